"""The scale bench: ledgers of 10k, 100k and 1M claims, built from generated data folders.

Each size is a copy of the shipped `data/` whose Semax topic carries that many extra
claims (and one source per SOURCE_EVERY of them), generated from the words the shipped
claims and articles use, with their frequencies, so full-text and embedding candidates
look like real ones. The folders and the ledgers built from them through the ledger's
own write path (`service.build.build`, batched) are cached under bench/cache/
(gitignored) and rebuilt only when the generator changes (GENERATOR).
"""
import gc
import json
import os
import random
import re
import resource
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("LEDGER_SECRET", "bench-secret")  # the key for senders' hashes, as a deployment sets it
CACHE = ROOT / "bench" / "cache"
GENERATOR = "1"          # bump when the generated data changes: cached folders and ledgers are rebuilt
TOPIC = "semax"          # the topic that grows; the others stay as shipped
SOURCE_EVERY = 20        # claims per generated source
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
TIERS = ["preclinical", "anecdote", "human", "anecdote", "preclinical", "published"]
KINDS = {"preclinical": "study", "human": "study", "published": "review", "anecdote": "reddit"}


def _word_pool() -> tuple[list[str], list[int]]:
    """Words of the shipped claims and articles with their counts (the generator's distribution)."""
    counts = Counter()
    for path in sorted((ROOT / "data").glob("*/claims.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            counts.update(re.findall(r"[A-Za-z][A-Za-z0-9-]+", json.loads(line)["text"]))
    for path in sorted((ROOT / "data").glob("*/articles/*.txt")):
        counts.update(re.findall(r"[A-Za-z][A-Za-z0-9-]+", path.read_text(encoding="utf-8")))
    words = sorted(counts)
    return words, [counts[w] for w in words]


def generate(size: str) -> Path:
    """The data folder for `size` (generated once, then reused)."""
    folder = CACHE / f"data-{size}-g{GENERATOR}"
    if (folder / ".complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(ROOT / "data", folder)
    rng = random.Random(size)
    words, weights = _word_pool()
    topic_dir = folder / TOPIC
    sources = [json.loads(line) for line in (topic_dir / "sources.jsonl").read_text().splitlines() if line.strip()]
    next_source = 1 + max(int(s["id"][1:]) for s in sources)
    n = SIZES[size]
    with open(topic_dir / "sources.jsonl", "a", encoding="utf-8") as src, \
            open(topic_dir / "claims.jsonl", "a", encoding="utf-8") as out:
        for i in range(n):
            if i % SOURCE_EVERY == 0:
                source_id, tier = f"s{next_source}", TIERS[(i // SOURCE_EVERY) % len(TIERS)]
                next_source += 1
                title = " ".join(rng.choices(words, weights, k=8)).capitalize()
                src.write(json.dumps({"id": source_id, "kind": KINDS[tier], "title": title, "platform": None,
                                      "year": 1990 + i % 36, "tier": tier, "summary": title, "url": None}) + "\n")
            text = " ".join(rng.choices(words, weights, k=rng.randint(10, 28))).capitalize() + "."
            out.write(json.dumps({"source": source_id, "section": "how_it_works", "tier": tier, "text": text}) + "\n")
    (folder / ".complete").touch()
    return folder


def ledger_path(size: str) -> tuple[Path, float]:
    """(the built ledger for `size`, claims written per second when it was built)."""
    from service.build import build
    path = CACHE / f"ledger-{size}-g{GENERATOR}.db"
    info = path.with_suffix(".json")
    if path.exists() and info.exists():
        approximate_index(path)
        return path, json.loads(info.read_text())["claims_per_second"]
    data = generate(size)
    start = time.perf_counter()
    build(str(path), data_dir=data)
    rate = SIZES[size] / (time.perf_counter() - start)
    info.write_text(json.dumps({"claims_per_second": rate}))
    return path, rate


def approximate_index(path: Path) -> None:
    """Bring the cached ledger's approximate index files up to date (a ledger cached before they
    existed, or after an index format change), timing a build from scratch when there was one;
    and its full-text index merged as `service.build` leaves it (`search_index.compact`)."""
    from service import search_index
    from service.db import connect
    db = connect(str(path))
    search_index.compact(db.conn)
    start = time.perf_counter()
    built = search_index.approximate(db)
    seconds = time.perf_counter() - start
    db.conn.close()
    if built:
        print(f"  ({path.name}: approximate index of {', '.join(built)} built in {seconds:.0f} s)",
              file=sys.stderr, flush=True)


def copy_of(path: Path, work: Path) -> Path:
    """A scratch copy (answers and ingests write question nodes and sources; the cache stays as built)."""
    target = work / path.name
    shutil.copy(path, target)
    ann = Path(f"{path}.ann")
    if ann.exists():  # hard links: a builder never writes a file in place, it renames new ones in
        shutil.copytree(ann, f"{target}.ann", copy_function=os.link, ignore=shutil.ignore_patterns("*.lock"))
    return target


# --- in process ----------------------------------------------------------------

def answer_times(path: Path, messages: list[str]) -> tuple[float, float]:
    """p50 and p99 (seconds) of one in-process answer (match, compose, record), every message once,
    after readying the ledger as `ledger serve` readies its workers (service.warm.ready)."""
    from service import answer, search_index, warm
    from service.db import connect
    db = connect(str(path))
    warm.ready(db)
    gc.collect()
    gc.freeze()  # as in a worker (service.warm)
    times = []
    with as_worker(db):
        for message in messages:
            start = time.perf_counter()
            answer.ask(db, TOPIC, message)
            times.append(time.perf_counter() - start)
            after_reply(db)
    gc.unfreeze()
    db.conn.close()
    search_index._cache.clear()  # the topic's vectors, held for answering, are not the next measure's
    return percentile(times, 50), percentile(times, 99)


@contextmanager
def as_worker(db):
    """The connection as a server worker holds it (service.db.get_db, `serving`): SQLite's automatic
    WAL checkpoint off, since the worker copies the WAL back after the reply has gone out
    (`after_reply`), not inside whichever answer's commit crosses 1,000 pages; the file read
    through a memory map."""
    from service.db import serving
    serving(db.conn)
    try:
        yield db
    finally:
        db.conn.execute("PRAGMA wal_autocheckpoint = 1000")
        db.conn.execute("PRAGMA mmap_size = 0")


def after_reply(db):
    """The worker's checkpoint after a reply (service.db._checkpoint_after_reply, `db.checkpoint`),
    outside the time the texter waits: here after every answer, not once a second, so the WAL
    never grows."""
    from service.db import checkpoint
    checkpoint(db.conn)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


# Peak memory is the process's own high-water mark (VmHWM): ru_maxrss would count the
# parent's pages at fork (the bench holds a million vectors by then).
VERIFY = """
import re, sys, time
sys.path.insert(0, {root!r})
from service import chain
from service.db import connect
db = connect({path!r})
start = time.perf_counter()
result = chain.verify(db, {topic!r}, vectors={vectors})
peak = re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1)
print(result.ok, time.perf_counter() - start, peak)
"""


def verify_cost(path: Path, vectors: bool) -> tuple[bool, float, float]:
    """(ok, seconds, peak MB) of `verify` of the grown topic in a fresh process."""
    code = VERIFY.format(root=str(ROOT), path=str(path), topic=TOPIC, vectors=vectors)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return out[0] == "True", float(out[1]), int(out[2]) / 1024


def ingest_rate(path: Path, pastes: int = 100) -> float:
    """Pastes stored per second through the signed webhook (Flask's test client, distinct senders)."""
    from twilio.request_validator import RequestValidator

    from service import create_app
    app = create_app({"LEDGER_DB": str(path), "TWILIO_AUTH_TOKEN": "bench-token"})
    client = app.test_client()
    validator = RequestValidator("bench-token")
    rng = random.Random(7)
    words, weights = _word_pool()
    bodies = [f"ingest {TOPIC}|" + " ".join(rng.choices(words, weights, k=40)).capitalize() + "." for _ in range(pastes)]

    def send(n, body):
        params = {"MessageSid": f"SMingest{n:026d}", "From": f"+1555{n:07d}", "To": "+15550000002", "Body": body}
        signature = validator.compute_signature("http://localhost/webhook", params)
        response = client.post("/webhook", data=params, headers={"X-Twilio-Signature": signature})
        assert response.status_code == 200, response.status_code

    send(pastes, bodies[0])  # warm-up
    start = time.perf_counter()
    for n, body in enumerate(bodies):
        send(n, body)
    return pastes / (time.perf_counter() - start)


def write_rate(path: Path, nodes: int = 500) -> float:
    """Question nodes written per second through the one writer, one transaction each (the
    write every answer makes)."""
    from service import ledger
    from service.db import connect
    db = connect(str(path))
    start = time.perf_counter()
    for n in range(nodes):
        ledger.record_question(db, TOPIC, {"text": f"write rate {n}", "channel": "sms", "matches": [], "tiers": {}})
    db.conn.close()
    return nodes / (time.perf_counter() - start)


# --- over HTTP --------------------------------------------------------------------

HELLO = ROOT / "bench" / "hello.py"
WRK_SCRIPT = ROOT / "bench" / "signed.lua"


def wrk() -> str | None:
    """wrk's path, installed with apt when missing (as root); None when it cannot be had."""
    found = shutil.which("wrk")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], capture_output=True)
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "update", "-q"], capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], capture_output=True)
    return shutil.which("wrk")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(command: list[str], env: dict, port: int):
    """A server process on 127.0.0.1:port, up once /healthz answers; stopped afterwards. Its
    output goes to a log file beside the ledger, named when something fails."""
    log = open(Path(env.get("LEDGER_DB", tempfile.gettempdir())).parent / f"server-{port}.log", "w")
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 900  # `ledger serve` loads every topic's vectors first: a minute at 1M claims
        while time.monotonic() < deadline and process.poll() is None:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def gunicorn(app: str, port: int, workers: int = 2) -> list[str]:
    """gunicorn with the Procfile's worker count for `app` (the hello-world baseline, the article page)."""
    return [str(Path(sys.executable).with_name("gunicorn")), "--workers", str(workers), "--bind",
            f"127.0.0.1:{port}", app]


def serve_command(port: int, workers: int = 2) -> list[str]:
    """The Procfile's server as `ledger serve` runs it (gunicorn, `workers` sync workers, readied before they fork)."""
    return [str(Path(sys.executable).with_name("ledger")), "serve", "--workers", str(workers), "--port", str(port)]


def signed_requests(base: str, messages: list[str], count: int, work: Path) -> Path:
    """A file of `count` signed webhook posts (form body, tab, signature), each its own MessageSid
    and sender, for the wrk script to send in turn."""
    from twilio.request_validator import RequestValidator
    validator = RequestValidator("bench-token")
    path = work / f"requests-{count}.tsv"
    run = secrets.token_hex(4)  # MessageSids unique to this file: a Sid the ledger has seen gets its stored reply
    with open(path, "w") as out:
        for n in range(count):
            params = {"MessageSid": f"SM{run}{n:024d}", "From": f"+1666{n:07d}", "To": "+15550000002",
                      "Body": messages[n % len(messages)]}
            out.write(urllib.parse.urlencode(params) + "\t" + validator.compute_signature(base + "/webhook", params) + "\n")
    return path


def run_wrk(binary: str, base: str, requests: Path | None, seconds: int, connections: int, path: str = "/webhook"):
    """(requests per second, p50 ms, p99 ms) from one wrk run: signed posts from `requests`, or GETs of `path`."""
    command = [binary, f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if requests is not None:
        command += ["-s", str(WRK_SCRIPT), base + path, "--", str(requests)]
    else:
        command += [base + path]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1))
    p99 = _ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"wrk saw {errors.group(1)} error responses:\n{out}")
    return rate, p50, p99


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def python_load(base: str, requests: Path | None, seconds: int, connections: int, path: str = "/webhook"):
    """The fallback when wrk cannot be installed: `connections` threads of urllib, same measures."""
    import threading
    lines = requests.read_text().splitlines() if requests else []
    times, lock, stop = [], threading.Lock(), time.perf_counter() + seconds
    counter = iter(range(1 << 40))

    def client():
        while time.perf_counter() < stop:
            n = next(counter)
            if lines:
                body, signature = lines[n % len(lines)].split("\t")
                request = urllib.request.Request(base + path, data=body.encode(),
                                                 headers={"X-Twilio-Signature": signature})
            else:
                request = base + path
            start = time.perf_counter()
            urllib.request.urlopen(request, timeout=30).read()
            with lock:
                times.append(time.perf_counter() - start)

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(times) / seconds, percentile(times, 50) * 1000, percentile(times, 99) * 1000


def http_measures(path: Path, messages: list[str], work: Path, seconds: int = 10, connections: int = 8) -> dict:
    """Webhook and hello-world throughput on the same gunicorn, in the same run, with the same
    signed posts; and the latency of signed texts one at a time through `ledger serve`."""
    binary = wrk()
    load = (lambda *a, **k: run_wrk(binary, *a, **k)) if binary else python_load
    env = {"LEDGER_DB": str(path), "TWILIO_AUTH_TOKEN": "bench-token"}
    found = {"load": "wrk" if binary else "python threads (wrk could not be installed)"}
    port = free_port()
    with server(gunicorn("hello:app", port), {"PYTHONPATH": str(HELLO.parent), "LEDGER_DB": str(path)}, port) as base:
        requests = signed_requests(base, messages, 200_000, work)
        found["hello"] = load(base, requests, seconds, connections)
    found["webhook"] = found["serve"] = None
    try:
        with server(serve_command(port), env, port) as base:
            for message in messages[:20]:
                _post(base, message)
            found["webhook"] = load(base, requests, seconds, connections)
        port = free_port()
        with server(serve_command(port), env, port) as base:
            # enough distinct MessageSids that none repeats within the run (a repeat is a cheap stored reply)
            sequential = signed_requests(base, messages, 20_000, work)
            for message in messages[:5]:
                _post(base, message)
            found["serve"] = load(base, sequential, seconds, 1)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as problem:
        logs = sorted(path.parent.glob("server-*.log"), key=os.path.getmtime)
        tail = logs[-1].read_text().strip().splitlines()[-12:] if logs else []
        print(f"HTTP measures failed: {problem}", *tail, sep="\n", file=sys.stderr)
    return found


@contextmanager
def messages_api():
    """A local stand-in for Twilio's Messages API, which `ledger deliver` sends replies to: answers
    201 and notes when each reply arrived, by the number it went to. Yields (URL, arrivals)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    import threading
    arrived: dict[str, float] = {}

    class MessagesAPI(BaseHTTPRequestHandler):
        def do_POST(self):
            form = dict(urllib.parse.parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
            arrived[form.get("To", "")] = time.perf_counter()
            body = json.dumps({"sid": "SM" + secrets.token_hex(16), "to": form.get("To"), "status": "queued"}).encode()
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    api = ThreadingHTTPServer(("127.0.0.1", 0), MessagesAPI)
    thread = threading.Thread(target=api.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{api.server_address[1]}", arrived
    finally:
        api.shutdown()
        api.server_close()


def rest_measures(path: Path, messages: list[str], work: Path, seconds: int = 10, connections: int = 8,
                  drain_seconds: int = 15, texts: int = 100) -> dict:
    """Replies by Twilio's REST API (REPLY_BY=rest), on the gunicorn the webhook measures use:
    signed posts the webhook accepts a second (wrk, as for the webhook), replies one `ledger
    deliver` sends a second from the backlog that leaves (timed from its first reply, once it
    has loaded the ledger), and the time from posting a text to its reply reaching the stand-in
    for Twilio, one text at a time with the deliverer idle between them."""
    from cryptography.fernet import Fernet
    binary = wrk()
    load = (lambda *a, **k: run_wrk(binary, *a, **k)) if binary else python_load
    env = {"LEDGER_DB": str(path), "TWILIO_AUTH_TOKEN": "bench-token", "REPLY_BY": "rest",
           "LEDGER_NOTIFY_KEY": Fernet.generate_key().decode(), "TWILIO_ACCOUNT_SID": "AC" + "0" * 32}
    found = {"accepted": None, "answered": None, "reply": None}
    try:
        _rest_measures(found, env, load, path, messages, work, seconds, connections, drain_seconds, texts)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as problem:
        print(f"REST measures failed: {problem}", file=sys.stderr)
    return found


def _rest_measures(found, env, load, path, messages, work, seconds, connections, drain_seconds, texts):
    port = free_port()
    with messages_api() as (api, arrived), server(serve_command(port), env, port) as base:
        found["accepted"] = load(base, signed_requests(base, messages, 200_000, work), seconds, connections)
        log = open(path.parent / "deliver.log", "w")
        deliverer = subprocess.Popen([str(Path(sys.executable).with_name("ledger")), "deliver"], cwd=ROOT,
                                     env={**os.environ, **env, "TWILIO_API_URL": api}, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + 900
            while not arrived and time.monotonic() < deadline and deliverer.poll() is None:
                time.sleep(0.05)
            start, sent = time.perf_counter(), len(arrived)
            time.sleep(drain_seconds)
            found["answered"] = (len(arrived) - sent) / (time.perf_counter() - start)
            with sqlite3.connect(path, timeout=30) as conn:
                conn.execute("DELETE FROM inbox")  # the rest of the backlog: this is a scratch copy
            time.sleep(1)
            waits = []
            for n in range(texts):
                sender = f"+1777{n:07d}"
                posted = time.perf_counter()
                _post(base, messages[n % len(messages)], sender)
                while sender not in arrived and time.perf_counter() - posted < 30:
                    time.sleep(0.0005)
                waits.append(arrived.get(sender, float("inf")) - posted)
            found["reply"] = (percentile(waits, 50) * 1000, percentile(waits, 99) * 1000)
        finally:
            deliverer.terminate()
            deliverer.wait(timeout=30)
            log.close()


def _post(base, message, sender="+15550000009"):
    from twilio.request_validator import RequestValidator
    params = {"MessageSid": f"SMwarm{random.getrandbits(64):028d}", "From": sender, "To": "+15550000002",
              "Body": message}
    signature = RequestValidator("bench-token").compute_signature(base + "/webhook", params)
    request = urllib.request.Request(base + "/webhook", data=urllib.parse.urlencode(params).encode(),
                                     headers={"X-Twilio-Signature": signature})
    urllib.request.urlopen(request, timeout=900).read()


def article_rate(work: Path, steps=(0, 2_000, 20_000), seconds: int = 5) -> list[tuple[int, float]]:
    """(open question nodes, GET /<topic> requests per second) on the shipped ledger as nodes
    accumulate (written in batches through the writer)."""
    from service import ledger
    from service.build import build
    from service.db import connect
    path = work / "article.db"
    build(str(path))
    binary = wrk()
    load = (lambda *a, **k: run_wrk(binary, *a, **k)) if binary else python_load
    env = {"LEDGER_DB": str(path), "TWILIO_AUTH_TOKEN": "bench-token"}
    rates, written = [], 0
    for nodes in steps:
        db = connect(str(path))
        for start in range(written, nodes, 5000):
            ledger._append(db, TOPIC, [("question", {"id": f"B{n:06d}", "text": f"does it help cats {n}",
                                                      "channel": "sms", "matches": [], "tiers": {}})
                                       for n in range(start, min(start + 5000, nodes))])
        written = max(written, nodes)
        db.conn.close()
        port = free_port()
        with server(gunicorn("service:create_app()", port), env, port) as base:
            urllib.request.urlopen(f"{base}/{TOPIC}").read()
            rates.append((nodes, load(base, None, seconds, 4, path=f"/{TOPIC}")[0]))
    return rates


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="ledger-bench-"))
