"""Start `ledger serve` and the Procfile's gunicorn as real processes and text them over HTTP."""
import contextlib
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import sign


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running(command: list[str], db: Path, seconds: int = 20):
    """Run `command` (a server reading $PORT) over the ledger at `db`; yield its base URL once /healthz answers."""
    port = free_port()
    env = dict(os.environ, LEDGER_DB=str(db), TWILIO_AUTH_TOKEN="serve-token", PORT=str(port),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    process = subprocess.Popen([part.replace("$PORT", str(port)) for part in command], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(seconds * 10):
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1):
                    break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"{command[0]} exited with {process.returncode} before answering /healthz")
                time.sleep(0.1)
        else:
            pytest.fail(f"{command[0]} did not answer /healthz within {seconds} s")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)  # gunicorn lets its workers finish for up to 30 s (graceful_timeout)
        except subprocess.TimeoutExpired:
            process.kill()  # a loaded machine: never leave a server behind for the next test
            process.wait(timeout=10)


@pytest.fixture
def server(built_ledger, tmp_path):
    db = tmp_path / "served.db"
    shutil.copy(built_ledger, db)
    with running(["ledger", "serve"], db) as base:
        yield base


def post(url, params, signature):
    request = urllib.request.Request(url, data=urllib.parse.urlencode(params).encode(),
                                     headers={"X-Twilio-Signature": signature})
    return urllib.request.urlopen(request, timeout=10)


def test_text_the_running_server(server):
    url = server + "/webhook"
    params = {"MessageSid": "SM" + "9" * 32, "From": "+15551234567", "To": "+15550001111",
              "Body": "semax|does it cause hair loss"}
    with post(url, params, sign(params, url=url, token="serve-token")) as response:
        reply = ET.fromstring(response.read()).find("./Message").text
    assert "s84" in reply and "Not medical advice" in reply


def test_running_server_rejects_forgery(server):
    params = {"MessageSid": "SM" + "8" * 32, "From": "+15551234567", "Body": "semax|focus"}
    with pytest.raises(urllib.error.HTTPError) as error:
        post(server + "/webhook", params, "forged")
    error.value.close()
    assert error.value.code == 403


def test_the_procfile_serves_a_fresh_deployment(tmp_path):
    """The Procfile (gunicorn, two workers, preloaded) and no ledger yet: it is built before the workers start."""
    procfile = (Path(__file__).resolve().parent.parent / "Procfile").read_text()
    assert procfile.startswith("web: gunicorn ")  # DESIGN.md's contract
    command = shlex.split(procfile.split("web:", 1)[1])
    db = tmp_path / "deployed.db"
    with running(command, db, seconds=60) as base:
        url = base + "/webhook"
        params = {"MessageSid": "SM" + "7" * 32, "From": "+15551234567", "Body": "semax|hair loss"}
        with post(url, params, sign(params, url=url, token="serve-token")) as response:
            assert "s84" in ET.fromstring(response.read()).find("./Message").text
        with urllib.request.urlopen(base + "/api/semax/verify", timeout=10) as response:
            assert b'"ok": true' in response.read().replace(b'"ok":true', b'"ok": true')


@pytest.fixture(scope="module")
def gunicorn(built_ledger, tmp_path_factory):
    """The Procfile's server (gunicorn, two workers) over a copy of the built ledger: (base URL, ledger path)."""
    procfile = (Path(__file__).resolve().parent.parent / "Procfile").read_text()
    db = tmp_path_factory.mktemp("gunicorn") / "ledger.db"
    shutil.copy(built_ledger, db)
    with running(shlex.split(procfile.split("web:", 1)[1]), db, seconds=60) as base:
        yield base, db


def deliver(base, params):
    """One signed delivery; a long timeout, since two workers serve twenty of them in turn on a busy machine."""
    url = base + "/webhook"
    request = urllib.request.Request(url, data=urllib.parse.urlencode(params).encode(),
                                     headers={"X-Twilio-Signature": sign(params, url=url, token="serve-token")})
    with urllib.request.urlopen(request, timeout=120) as response:
        return ET.fromstring(response.read()).find("./Message").text


def test_parallel_deliveries_of_one_message_make_one_node(gunicorn):
    """Twilio may deliver one message many times at once: one node, one reply for all."""
    from concurrent.futures import ThreadPoolExecutor
    from service.db import connect
    base, db_path = gunicorn
    params = {"MessageSid": "SM" + "5" * 32, "From": "+15553334444", "Body": "semax|does it help with focus"}
    with ThreadPoolExecutor(20) as pool:
        replies = list(pool.map(lambda _: deliver(base, params), range(20)))
    db = connect(str(db_path))
    nodes = db.conn.execute("SELECT count(*) FROM questions WHERE message_sid = ?", [params["MessageSid"]]).fetchone()
    assert nodes[0] == 1 and len(set(replies)) == 1


def test_distinct_pastes_from_many_senders_at_once_are_each_stored_once(gunicorn):
    """Eight at a time, every paste is kept exactly once, and the ledger still verifies
    (bench/trust.py runs the same with 400)."""
    from concurrent.futures import ThreadPoolExecutor
    from service import chain
    from service.db import connect
    base, db_path = gunicorn

    def paste(i):
        return deliver(base, {"MessageSid": f"SMpaste{i:026d}", "From": f"+1555200{i:04d}",
                              "Body": f"ingest semax|Reader {i} wrote that after {i} days on it their focus "
                                      f"at work improved and stayed better for {i + 3} weeks."})

    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(paste, range(40)))
    assert all(reply.startswith("Added s") for reply in replies), [r for r in replies if not r.startswith("Added")]
    db = connect(str(db_path))
    stored = db.conn.execute("SELECT count(*), count(DISTINCT message_sid) FROM sources "
                             "WHERE topic = 'semax' AND message_sid LIKE 'SMpaste%'").fetchone()
    assert stored == (40, 40)
    assert all(result.ok for result in chain.verify_ledger(db))


def test_a_topic_added_to_the_live_ledger_is_served_without_a_restart(gunicorn):
    """`ledger topic add` writes to the ledger the Procfile's workers serve; every worker answers
    about the new topic at once, over HTTP and by text."""
    base, db_path = gunicorn
    data = Path(__file__).resolve().parent.parent / "data" / "selank"
    env = dict(os.environ, LEDGER_DB=str(db_path))
    ledger_cli = [str(Path(sys.executable).parent / "ledger")]
    added = subprocess.run(ledger_cli + ["topic", "add", "selank-live", "--name", "Selank live", "--from", str(data)],
                           env=env, capture_output=True, text=True, timeout=120)
    assert added.returncode == 1 and "is for 'selank'" in added.stderr  # the folder names its own topic
    added = subprocess.run(ledger_cli + ["topic", "add", "newpeptide", "--name", "New peptide"],
                           env=env, capture_output=True, text=True, timeout=120)
    assert added.returncode == 0, added.stderr
    for _ in range(6):  # requests land on both workers
        with urllib.request.urlopen(base + "/api/newpeptide", timeout=10) as response:
            assert response.status == 200
    reply = deliver(base, {"MessageSid": "SM" + "7" * 32, "From": "+15556667777",
                           "Body": "newpeptide|does it help sleep"})
    assert reply.startswith("New peptide") and "nothing in the ledger answers" in reply


def test_serving_loads_what_answers_need_before_the_workers_fork(app, db_path):
    """`ledger serve` readies the master (warm.before_fork) so that no worker's first texter waits
    while it loads the models and each topic's vectors; what is loaded is frozen out of the GC."""
    import gc

    from service import embedding, language, matching, search_index, warm
    search_index._cache.clear()
    embedding._model.cache_clear()
    matching._same_by_stem.cache_clear()
    language._identifier.cache_clear()
    try:
        warm.before_fork(app)
        loaded = {key[-1] for key, index in search_index._cache.items() if key[0] == str(db_path) and index.version}
        assert loaded == {"semax", "selank", "bpc-157"}
        assert embedding._model.cache_info().currsize == 1 and gc.get_freeze_count() > 0
        assert matching._same_by_stem.cache_info().currsize == 1
        assert language._identifier.cache_info().currsize == 1  # the language vote's model
    finally:
        gc.unfreeze()


def test_replies_by_rest_from_running_processes(built_ledger, tmp_path, messages_api_server, monkeypatch):
    """REPLY_BY=rest end to end: `ledger serve` accepts a signed text with an empty TwiML response,
    and `ledger deliver`, another process, answers it through the real twilio REST client."""
    monkeypatch.setenv("REPLY_BY", "rest")
    db = tmp_path / "rest.db"
    shutil.copy(built_ledger, db)
    with running(["ledger", "serve"], db) as base:
        url = base + "/webhook"
        params = {"MessageSid": "SM" + "4" * 32, "From": "+14155550199", "To": "+15550001111",
                  "Body": "semax|does it cause hair loss"}
        with post(url, params, sign(params, url=url, token="serve-token")) as response:
            assert ET.fromstring(response.read()).find("./Message") is None   # answered at once, with nothing
        deliverer = subprocess.Popen([str(Path(sys.executable).with_name("ledger")), "deliver"],
                                     env=dict(os.environ, LEDGER_DB=str(db)),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(300):
                if messages_api_server.received:
                    break
                time.sleep(0.1)
        finally:
            deliverer.terminate()
            assert deliverer.wait(timeout=30) == 0   # SIGTERM: it finishes the text in hand and stops
    [sent] = messages_api_server.received
    assert (sent["form"]["To"], sent["form"]["From"]) == ("+14155550199", "+15550001111")
    assert "s84" in sent["form"]["Body"] and "Not medical advice" in sent["form"]["Body"]
