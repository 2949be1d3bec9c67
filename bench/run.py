"""Benchmarks: retrieval quality by method, time to answer, time to verify.

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

from rapidfuzz import fuzz, process
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import answer, chain, ledger, matching  # noqa: E402
from service.build import build  # noqa: E402
from service.db import connect  # noqa: E402

QUESTION_FILES = sorted((ROOT / "bench").glob("*.jsonl")) + [ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"]


def median_seconds(fn, runs=7):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def questions():
    for path in QUESTION_FILES:
        if path.exists():
            yield from (json.loads(line) for line in path.read_text().splitlines() if line.strip())


def rapidfuzz_only(db, text):
    docs = {c["id"]: (c["source"], c["text"]) for c in ledger.claims(db, "semax")}
    ranked = process.extract(text, {k: v[1] for k, v in docs.items()}, scorer=fuzz.WRatio, limit=30)
    return [docs[key][0] for _, _, key in ranked]


def fts_only(db, text):
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w != "semax"]
    if not words:
        return []
    rows = db.conn.execute("SELECT claim_id FROM claim_search WHERE claim_search MATCH ? AND topic = 'semax' "
                           "ORDER BY bm25(claim_search) LIMIT 30", [" OR ".join(f'"{w}"' for w in words)])
    by_id = {c["id"]: c["source"] for c in ledger.claims(db, "semax")}
    return [by_id[r[0]] for r in rows]


def ours(db, text):
    """What a texter gets: the answer's matches (curated claims; auto-generated ones are named apart)."""
    return [m["source"] for m in answer.ask(db, "semax", text).matches]


def score(db, method, listed):
    r3 = mrr = answerable = abstained = unanswerable = 0
    for q in questions():
        text = re.split(r"[|:]", q["msg"], maxsplit=1)[1]
        cited = method(db, text)
        if q["relevant"]:
            answerable += 1
            ranked = list(dict.fromkeys(s for s in cited if s in listed))[:10]
            hits = [i for i, s in enumerate(ranked) if s in q["relevant"]]
            r3 += bool(hits and hits[0] < 3)
            mrr += 1 / (hits[0] + 1) if hits else 0
        else:
            unanswerable += 1
            abstained += not cited
    return f"recall@3={r3 / answerable:.3f} MRR@10={mrr / answerable:.3f} abstained={abstained}/{unanswerable}"


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
    matching.ensure_index(db, "semax")
    listed = {s["id"] for s in ledger.sources(db, "semax") if int(s["id"][1:]) <= 86}
    print("== ledger verify (median of 5)")
    count = ledger.head(db, "semax")[0]
    print(f"shipped ledger, {count} entries: {median_seconds(lambda: chain.verify(db, 'semax'), 5) * 1000:.0f} ms")
    big = big_ledger(str(work / "big.db"), 100_000)
    count = ledger.head(big, "big")[0]
    rows = big.conn.execute("SELECT data FROM chain WHERE topic = 'big'").fetchall()
    baseline = median_seconds(lambda: [hashlib.sha256(r[0].encode()).digest() for r in rows], 5)
    full = median_seconds(lambda: chain.verify(big, "big"), 5)
    print(f"synthetic ledger, {count} entries: {full:.2f} s   (baseline: sha256 of every entry alone {baseline:.2f} s)")

    print("\n== retrieval on bench/*.jsonl + shared dev questions (seed sources only)")
    for name, method in (("rapidfuzz only", rapidfuzz_only), ("FTS5 BM25 only", fts_only), ("ledger matching", ours)):
        print(f"{name:16} {score(db, method, listed)}")

    print("\n== time to answer one question in-process (median of 7)")
    matching.topicality("warm")  # load the English word list once, as a running server has
    for text in ("does it help with ADHD?", "will it mess with my sleep", "does it cure baldness"):
        base = median_seconds(lambda: fts_only(db, text))
        full = median_seconds(lambda: answer.ask(db, "semax", text))
        print(f"{text!r:32} ask {full * 1000:6.1f} ms   (baseline: one FTS5 query {base * 1000:5.2f} ms)")

    print("\n== a signed text through the Procfile's gunicorn over loopback HTTP (median of 100)")
    texts = [q["msg"] for q in questions()]
    full, base = webhook_over_http(path, texts)
    print(f"POST /webhook {full * 1000:6.1f} ms   (baseline: GET /healthz {base * 1000:5.2f} ms)")

    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
