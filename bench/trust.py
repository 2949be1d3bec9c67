"""Issue 13's attacks, rerun and counted: `.venv/bin/python bench/trust.py [--big]`.

Against a copy of the built ledger and the Procfile's gunicorn on loopback:

  checkpoint   rollbacks, truncations, rewrites (rehashed) and forged checkpoints: how many the
               chain alone lets through (`ledger verify`) and how many pass `verify --checkpoint`
  emptied      each chained table emptied (after the traffic below and one of each curator
               act): how many `ledger verify` lets through
  GET          chain entries written by hammering every GET route, ask links included
  pastes       400 distinct pastes from 400 senders, 8 at a time: stored exactly once?
  retries      20 parallel deliveries of one MessageSid (a question, then a paste): nodes made
  spam         one sender, 200 pastes as fast as it can: how many are kept
  verify       `ledger verify` and `verify --checkpoint` (the served checkpoint) after all of it
  --big        a 10 MB paste through `ledger ingest`: seconds

Prints a table of counts; asserts nothing (tests/test_checkpoint.py, test_trust.py and
test_server.py assert the same on smaller numbers).
"""
import json
import os
import re
import shlex
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service import chain, checkpoint  # noqa: E402
from service.build import build  # noqa: E402
from service.db import CHAINED_TABLES  # noqa: E402

TOKEN = "bench-token"
LEDGER = str(Path(sys.executable).with_name("ledger"))


def run_ledger(db, *args, env=None):
    full = dict(os.environ, LEDGER_DB=str(db), **(env or {}))
    return subprocess.run([LEDGER, *args], env=full, capture_output=True, text=True)


# --- attacks on a copy of the file -------------------------------------------------

def rehash(conn, topic, start):
    prev = conn.execute("SELECT hash FROM chain WHERE topic = ? AND seq = ?", [topic, start - 1]).fetchone()
    prev = prev[0] if prev else chain.GENESIS
    for seq, kind, data in conn.execute("SELECT seq, kind, data FROM chain WHERE topic = ? AND seq >= ? ORDER BY seq",
                                        [topic, start]).fetchall():
        digest = chain.entry_hash(topic, seq, kind, json.loads(data), prev)
        conn.execute("UPDATE chain SET prev_hash = ?, hash = ? WHERE topic = ? AND seq = ?", [prev, digest, topic, seq])
        prev = digest


def truncate(conn, keep):
    conn.execute("DELETE FROM chain WHERE topic = 'semax' AND seq > ?", [keep])
    for table in CHAINED_TABLES.values():
        column = "slug" if table == "topics" else "topic"
        conn.execute(f"DELETE FROM {table} WHERE {column} = 'semax' AND entry > ?", [keep])


def size(conn):
    return conn.execute("SELECT max(seq) FROM chain WHERE topic = 'semax'").fetchone()[0]


def drop(n):
    return lambda conn: truncate(conn, size(conn) - n)


def rewrite_claim(conn):
    seq = conn.execute("SELECT entry FROM claims WHERE topic = 'semax' AND id = 'c3'").fetchone()[0]
    data = json.loads(conn.execute("SELECT data FROM chain WHERE topic = 'semax' AND seq = ?", [seq]).fetchone()[0])
    data["text"] = "Semax is proven to cure ADHD in children."
    conn.execute("UPDATE chain SET data = ? WHERE topic = 'semax' AND seq = ?", [chain.canonical(data), seq])
    conn.execute("UPDATE claims SET text = ? WHERE topic = 'semax' AND id = 'c3'", [data["text"]])
    rehash(conn, "semax", seq)


def reorder(conn):
    a, b = (conn.execute("SELECT data FROM chain WHERE topic = 'semax' AND seq = ?", [s]).fetchone()[0] for s in (3, 4))
    conn.execute("UPDATE chain SET data = ? WHERE topic = 'semax' AND seq = 3", [b])
    conn.execute("UPDATE chain SET data = ? WHERE topic = 'semax' AND seq = 4", [a])
    rehash(conn, "semax", 3)


def rollback_and_regrow(conn):
    keep = size(conn) - 3
    truncate(conn, keep)
    prev = conn.execute("SELECT hash FROM chain WHERE topic = 'semax' AND seq = ?", [keep]).fetchone()[0]
    for i in range(1, 6):
        data = {"target": f"c{i}", "curator": "attacker"}
        digest = chain.entry_hash("semax", keep + i, "confirm", data, prev)
        conn.execute("INSERT INTO chain VALUES ('semax', ?, 'confirm', ?, ?, ?)",
                     [keep + i, chain.canonical(data), prev, digest])
        conn.execute("INSERT INTO confirmations (topic, target, curator, entry) VALUES ('semax', ?, 'attacker', ?)",
                     [f"c{i}", keep + i])
        prev = digest


ATTACKS = [("drop last 1 entry", drop(1)), ("drop last 10 entries", drop(10)),
           ("rewrite a curated claim, rehash", rewrite_claim), ("reorder two entries, rehash", reorder),
           ("roll back 3, regrow 5 others", rollback_and_regrow)]


def checkpoint_attacks(built, work, key):
    rows = []
    for name, attack in ATTACKS:
        db = work / "attacked.db"
        shutil.copy(built, db)
        signed = run_ledger(db, "checkpoint", "semax", env={"LEDGER_SIGNING_KEY": str(key)})
        kept = work / "kept.json"
        kept.write_text(signed.stdout)
        conn = sqlite3.connect(db)
        attack(conn)
        conn.commit()
        conn.close()
        run_ledger(db, "reindex", "semax")  # what an attacker does so the index agrees
        plain = run_ledger(db, "verify", "semax", "--skip-vectors").returncode == 0
        anchored = run_ledger(db, "verify", "semax", "--checkpoint", str(kept), "--public-key", f"{key}.pub")
        rows.append((name, plain, anchored.returncode == 0, anchored.stdout.strip().splitlines()[-1][:110]))
    for name, field, value in [("checkpoint with its size edited", "size", 1),
                               ("checkpoint with its root edited", "root", "00" * 32)]:
        db = work / "attacked.db"
        shutil.copy(built, db)
        made = json.loads(run_ledger(db, "checkpoint", "semax", env={"LEDGER_SIGNING_KEY": str(key)}).stdout)
        made[field] = value
        kept = work / "kept.json"
        kept.write_text(json.dumps(made))
        anchored = run_ledger(db, "verify", "semax", "--checkpoint", str(kept), "--public-key", f"{key}.pub")
        rows.append((name, None, anchored.returncode == 0, anchored.stdout.strip().splitlines()[-1][:110]))
    return rows


def curate(db):
    """One of each curator act, so that every chained table holds rows before it is emptied."""
    conn = sqlite3.connect(db)
    pasted = conn.execute("SELECT id FROM sources WHERE topic = 'semax' AND message_sid LIKE 'SMbench%' "
                          "ORDER BY entry LIMIT 3").fetchall()
    conn.close()
    for args in (["confirm", "semax", pasted[0][0]], ["reject", "semax", pasted[1][0], "--reason", "bench: spam"],
                 ["confirm", "semax", pasted[2][0]], ["retract", "semax", pasted[2][0], "--reason", "bench: withdrawn"]):
        result = run_ledger(db, *args)
        if result.returncode:
            print(f"  ledger {' '.join(args)}: {result.stdout}{result.stderr}".rstrip())


def emptied_tables(source, work):
    rows = []
    for table in ["chain", *CHAINED_TABLES.values()]:
        db = work / "emptied.db"
        shutil.copy(source, db)
        if not count(db, f"SELECT count(*) FROM {table}"):
            rows.append((table, None, "held no rows to begin with"))
            continue
        conn = sqlite3.connect(db)
        conn.execute(f"DELETE FROM {table}")
        conn.commit()
        conn.close()
        result = run_ledger(db, "verify", "--skip-vectors")
        rows.append((table, result.returncode == 0, (result.stdout + result.stderr).strip().splitlines()[-1][:100]))
    return rows


# --- against gunicorn ---------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(db, env):
    port = free_port()
    procfile = (ROOT / "Procfile").read_text()
    command = [part.replace("$PORT", str(port)) for part in shlex.split(procfile.split("web:", 1)[1])]
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    process = subprocess.Popen(command, env=dict(os.environ, LEDGER_DB=str(db), TWILIO_AUTH_TOKEN=TOKEN,
                                                 PORT=str(port), PATH=path, **env),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).close()
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("gunicorn did not start")


def deliver(base, params):
    url = base + "/webhook"
    signature = RequestValidator(TOKEN).compute_signature(url, params)
    request = urllib.request.Request(url, data=urllib.parse.urlencode(params).encode(),
                                     headers={"X-Twilio-Signature": signature})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read().decode()


def entries(db):
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM chain").fetchone()[0]
    finally:
        conn.close()


def count(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def get_hammer(base, db, rounds=20):
    paths = ["/", "/semax", "/semax?q=does it cause hair loss", "/semax?q=is it safe for my parrot",
             "/api/semax/ask?q=does it help focus", "/api/semax/ask?q=my number is 07700 900125",
             "/api/semax", "/api/semax/verify", "/api/semax/checkpoint", "/api/semax/proof/3", "/robots.txt"]
    before, requests, limited = entries(db), 0, 0
    for _ in range(rounds):
        for path in paths:
            try:
                urllib.request.urlopen(base + urllib.parse.quote(path, safe="/?=&"), timeout=30).close()
            except urllib.error.HTTPError as error:
                limited += error.code == 429
                error.close()
            requests += 1
    return requests, entries(db) - before, limited


def many_pastes(base, db, n=400, parallel=8):
    def paste(i):
        return deliver(base, {"MessageSid": f"SMbench{i:027d}", "From": f"+1555300{i:04d}",
                              "Body": f"ingest semax|Reader {i} wrote that after {i} days on it their focus at "
                                      f"work improved and stayed better for {i + 3} weeks."})
    start = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        replies = list(pool.map(paste, range(n)))
    seconds = time.perf_counter() - start
    added = sum("Added s" in r for r in replies)
    stored = count(db, "SELECT count(*) FROM sources WHERE message_sid LIKE 'SMbench%'")
    distinct = count(db, "SELECT count(DISTINCT message_sid) FROM sources WHERE message_sid LIKE 'SMbench%'")
    return n, added, stored, distinct, seconds


def retries(base, db):
    ask = {"MessageSid": "SM" + "4" * 32, "From": "+15554440000", "Body": "semax|does it help with focus"}
    paste = {"MessageSid": "SM" + "6" * 32, "From": "+15554440001",
             "Body": "ingest semax|A reader said the nasal drops made their mornings calmer for a month."}
    with ThreadPoolExecutor(20) as pool:
        ask_replies = set(pool.map(lambda _: deliver(base, ask), range(20)))
        paste_replies = set(pool.map(lambda _: deliver(base, paste), range(20)))
    qid = re.search(r"q:([A-Z0-9]{6})", next(iter(ask_replies))).group(1)
    deliver(base, {"MessageSid": "SM" + "7" * 32, "From": "+15554440000",
                   "Body": f"ingest semax|q:{qid}|In my own trial of it, focus at work was steadier for weeks."})
    nodes = count(db, "SELECT count(*) FROM questions WHERE message_sid = ?", ask["MessageSid"])
    sources = count(db, "SELECT count(*) FROM sources WHERE message_sid = ?", paste["MessageSid"])
    return nodes, len(ask_replies), sources, len(paste_replies)


def spam(base, db, n=200):
    before = count(db, "SELECT count(*) FROM sources")
    start = time.perf_counter()
    replies = [deliver(base, {"MessageSid": f"SMspam{i:028d}", "From": "+15559998888",
                              "Body": f"ingest semax|Buy cheap semax number {i} now, it cures everything fast."})
               for i in range(n)]
    return n, count(db, "SELECT count(*) FROM sources") - before, sum("faster than" in r for r in replies), \
        time.perf_counter() - start


def main():
    work = Path(tempfile.mkdtemp(prefix="trust-bench-"))
    built = work / "built.db"
    build(str(built))
    key = work / "signing.key"
    checkpoint.keygen(str(key))

    print("checkpoint attacks (before = plain verify, after = verify --checkpoint):")
    rows = checkpoint_attacks(built, work, key)
    for name, plain, anchored, why in rows:
        before = "n/a" if plain is None else ("passed" if plain else "caught")
        print(f"  {name:34} before: {before:7} after: {'PASSED' if anchored else 'caught'}  {why}")
    plain_through = sum(1 for _, plain, _, _ in rows if plain)
    undetected = sum(1 for _, _, anchored, _ in rows if anchored)
    print(f"  undetected: {plain_through}/{len(ATTACKS)} by the chain alone, {undetected}/{len(rows)} against a checkpoint")

    served = work / "served.db"
    shutil.copy(built, served)
    process, base = start_gunicorn(served, {"LEDGER_SIGNING_KEY": str(key), "LEDGER_SECRET": "bench-secret"})
    try:
        requests, written, limited = get_hammer(base, served)
        print(f"GET: {requests} requests, {written} chain entries written, {limited} rate-limited (429)")
        n, added, stored, distinct, seconds = many_pastes(base, served)
        print(f"pastes: {n} distinct from {n} senders, 8 at a time: {added} replied 'Added', {stored} stored, "
              f"{distinct} distinct, in {seconds:.1f} s")
        nodes, ask_replies, sources, paste_replies = retries(base, served)
        print(f"retries: 20 parallel deliveries of one question -> {nodes} node ({ask_replies} distinct reply); "
              f"of one paste -> {sources} source ({paste_replies} distinct reply)")
        n, kept, slowed, seconds = spam(base, served)
        print(f"spam: one sender, {n} pastes in {seconds:.1f} s -> {kept} kept, {slowed} told to slow down")
        with urllib.request.urlopen(base + "/api/semax/checkpoint", timeout=30) as response:
            (work / "served-checkpoint.json").write_bytes(response.read())
    finally:
        process.terminate()
        process.wait(timeout=30)
    curate(served)
    plain = run_ledger(served, "verify")
    anchored = run_ledger(served, "verify", "semax", "--checkpoint", str(work / "served-checkpoint.json"),
                          "--public-key", f"{key}.pub")
    print(f"verify after all of it: exit {plain.returncode}; --checkpoint (served): exit {anchored.returncode}: "
          f"{anchored.stdout.strip().splitlines()[-1]}")

    print("emptied tables, after that traffic and one of each curator act (ledger verify):")
    for table, passed, why in emptied_tables(served, work):
        print(f"  {table:16} {'n/a' if passed is None else 'PASSED' if passed else 'caught'}  {why}")

    if "--big" in sys.argv:
        big = work / "big.txt"
        text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "semax" / "articles").glob("*.txt")))
        with big.open("w", encoding="utf-8") as out:
            written, i = 0, 0
            while written < 10_000_000:
                chunk = f"Report {i}.\n\n" + text.replace(". ", f". ({i}) ", 3) + "\n\n"
                out.write(chunk)
                written, i = written + len(chunk), i + 1
        start = time.perf_counter()
        result = run_ledger(served, "ingest", "semax", str(big), "--json")
        if result.returncode:
            print(result.stderr.strip().splitlines()[-1])
        print(f"10 MB paste: exit {result.returncode}, {len(json.loads(result.stdout)['claims']) if result.returncode == 0 else 0}"
              f" claims in {time.perf_counter() - start:.1f} s")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
