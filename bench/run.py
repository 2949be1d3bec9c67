"""Benchmarks: retrieval quality per topic and method, time to answer, time to verify.

Run with `make bench` (or `.venv/bin/python bench/run.py`). Each timing is the
median of several runs on this machine, next to a baseline measured in the
same run. Results are printed; nothing here is asserted.
"""
import hashlib
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import answer, chain, embedding, ledger, matching, search_index  # noqa: E402
from service.build import build  # noqa: E402
from service.db import connect  # noqa: E402

QUESTIONS = ROOT / "bench" / "questions"
SEED = ROOT.parent / "shared" / "seeds" / "002_d4894dcc3e0b3e6e.txt"
# (name, question files, topic, folder of topic data): development sets, then the blind one,
# a topic no code or threshold was tuned on (bench/topics/), built into a ledger of its own.
SETS = [
    ("semax, tuned-on sets", sorted(QUESTIONS.glob("semax-tuned-*.jsonl")), "semax", None),
    ("semax, fresh", [QUESTIONS / "semax-fresh.jsonl"], "semax", None),
    ("selank, dev", [QUESTIONS / "selank-dev.jsonl"], "selank", None),
    ("bpc-157, dev", [QUESTIONS / "bpc-157-dev.jsonl"], "bpc-157", None),
    ("cerebrolysin, blind", [QUESTIONS / "cerebrolysin-blind.jsonl"], "cerebrolysin", ROOT / "bench" / "topics"),
]


def median_seconds(fn, runs=7):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def load(paths):
    return [json.loads(line) for path in paths for line in path.read_text().splitlines() if line.strip()]


def route(db, message, topic):
    """The topic and question a message asks, as the webhook reads it."""
    from handlers import grammar
    topics = {t["slug"]: t["aliases"] or [] for t in ledger.list_topics(db)}
    command = grammar.parse(message, topics)
    return (command.slug, command.text) if command.kind == "ask" else (topic, message)


def bm25_only(db, topic, text):
    info = ledger.require_topic(db, topic)
    index = search_index.topic_index(db, topic)
    words = matching.read_question(index, text, matching.topic_names(info)).words
    return matching.lexical(db, topic, words)


def embeddings_only(db, topic, text):
    return matching.semantic(search_index.topic_index(db, topic), embedding.embed([text])[0])


def shipped(db, topic, text):
    """What a texter gets: the answer's curated matches, in order."""
    return [(m.claim_id, m.score) for m in matching.search(db, topic, text)[0] if not m.auto]


def score(db, questions, topic, method, listed=None):
    """recall@3, MRR@10 over answerable questions; abstained / unanswerable (a ranking alone never abstains)."""
    by_claim = {c["id"]: c["source"] for c in ledger.claims(db, topic) if not c["auto"]}
    r3 = mrr = answerable = abstained = unanswerable = 0
    for q in questions:
        slug, text = route(db, q["msg"], topic)
        cited = list(dict.fromkeys(by_claim[c] for c, _ in method(db, slug, text) if c in by_claim
                                   and (listed is None or by_claim[c] in listed)))[:10] if slug == topic else []
        if q["relevant"]:
            answerable += 1
            hits = [i for i, s in enumerate(cited) if s in q["relevant"]]
            r3 += bool(hits and hits[0] < 3)
            mrr += 1 / (hits[0] + 1) if hits else 0
        else:
            unanswerable += 1
            abstained += not cited
    return r3 / answerable, mrr / answerable, abstained, unanswerable


def retrieval_table(ledgers):
    print(f"{'set':24} {'n':>5} | {'BM25 alone':^22} | {'embeddings alone':^22} | {'shipped matcher':^30}")
    print(f"{'':24} {'':>5} | {'R@3':>6} {'MRR':>6} {'':>8} | {'R@3':>6} {'MRR':>6} {'':>8} | {'R@3':>6} {'MRR':>6} {'abstained':>14}")
    listed = set(re.findall(r"\(source (s\d+)\)", SEED.read_text())) if SEED.exists() else None
    for name, files, topic, folder in SETS:
        questions = load(files)
        db = ledgers[folder]
        seed_only = listed if topic == "semax" else None
        cells = [score(db, questions, topic, method, seed_only) for method in (bm25_only, embeddings_only, shipped)]
        (b3, bm, *_), (e3, em, *_), (s3, sm, ab, un) = cells
        print(f"{name:24} {len(questions):>5} | {b3:6.3f} {bm:6.3f} {'':>8} | {e3:6.3f} {em:6.3f} {'':>8} | "
              f"{s3:6.3f} {sm:6.3f} {ab:>5}/{un:<3} {ab / max(un, 1):4.0%}")


def answer_times(db, questions, topic, runs=1):
    """p50 and p99 of one in-process answer (match, compose, record), over the set's questions."""
    times = []
    for q in questions:
        slug, text = route(db, q["msg"], topic)
        start = time.perf_counter()
        answer.ask(db, slug, text)
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def big_ledger(path, entries):
    db = connect(path)
    ledger.add_topic(db, {"slug": "big", "name": "Big", "title": "Big", "aliases": ["big"]})
    ledger.add_sources(db, "big", [{"id": "s1", "kind": "paste", "title": "bulk", "tier": "anecdote", "auto": False}])
    batch = 10_000
    for start in range(0, entries - 2, batch):
        ledger.add_claims(db, "big", [{"source": "s1", "text": f"Synthetic claim number {n}.", "tier": "anecdote",
                                       "section": "summary", "auto": False}
                                      for n in range(start, min(start + batch, entries - 2))])
    return db


def webhook_over_http(path, texts, runs=100):
    """Median time for a signed text through the Procfile's gunicorn over loopback HTTP, next to GET /healthz."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, LEDGER_DB=path, TWILIO_AUTH_TOKEN="bench-token")
    server = subprocess.Popen([str(Path(sys.executable).with_name("gunicorn")), "--workers", "2", "--bind",
                               f"127.0.0.1:{port}", "service:create_app()"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)

        def text(n):
            params = {"MessageSid": f"SMbench{n:026d}", "From": "+15550000001", "To": "+15550000002",
                      "Body": texts[n % len(texts)]}
            signature = RequestValidator("bench-token").compute_signature(base + "/webhook", params)
            request = urllib.request.Request(base + "/webhook", data=urllib.parse.urlencode(params).encode(),
                                             headers={"X-Twilio-Signature": signature})
            urllib.request.urlopen(request, timeout=10).read()

        for n in range(20):  # each worker loads its word list once, as a running server has
            text(n)
        counter = iter(range(20, 20 + runs))
        full = median_seconds(lambda: text(next(counter)), runs)
        base_time = median_seconds(lambda: urllib.request.urlopen(base + "/healthz").read(), runs)
        return full, base_time
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    work = Path(tempfile.mkdtemp())
    path = str(work / "ledger.db")
    build(path)
    db = connect(path)
    blind = str(work / "blind.db")
    build(blind, data_dir=ROOT / "bench" / "topics")
    ledgers = {None: db, ROOT / "bench" / "topics": connect(blind)}

    print("== retrieval per question set (semax: the seed article's sources only)")
    retrieval_table(ledgers)

    print("\n== time to answer in-process, every question of a set once (p50 / p99)")
    matching.topicality("warm")  # load the English word list once, as a running server has
    for name, files, topic, folder in SETS[1:4]:
        p50, p99 = answer_times(ledgers[folder], load(files), topic)
        base = median_seconds(lambda: bm25_only(db, topic, "does it help with sleep"))
        print(f"{name:24} p50 {p50 * 1000:5.1f} ms  p99 {p99 * 1000:5.1f} ms   (baseline: one BM25 query {base * 1000:5.2f} ms)")

    print("\n== ledger verify (median of 5)")
    for topic in ("semax", "selank", "bpc-157"):
        count = ledger.head(db, topic)[0]
        print(f"{topic:8} {count} entries: {median_seconds(lambda: chain.verify(db, topic), 5) * 1000:.0f} ms")
    big = big_ledger(str(work / "big.db"), 100_000)
    count = ledger.head(big, "big")[0]
    rows = big.conn.execute("SELECT data FROM chain WHERE topic = 'big'").fetchall()
    baseline = median_seconds(lambda: [hashlib.sha256(r[0].encode()).digest() for r in rows], 3)
    full = median_seconds(lambda: chain.verify(big, "big"), 3)
    print(f"synthetic ledger, {count} entries: {full:.2f} s   (baseline: sha256 of every entry alone {baseline:.2f} s)")

    print("\n== a signed text through the Procfile's gunicorn over loopback HTTP (median of 100)")
    texts = [q["msg"] for q in load(SETS[1][1])]
    full, base = webhook_over_http(path, texts)
    print(f"POST /webhook {full * 1000:6.1f} ms   (baseline: GET /healthz {base * 1000:5.2f} ms)")

    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
