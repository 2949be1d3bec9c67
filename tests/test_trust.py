"""Trust under attack, through the real webhook and CLI: retries, floods, forged URLs, big bodies,
bad files, the sender-hash key and what export prints."""
import json

import pytest

from service import create_app, ledger
from service.cli import cli
from conftest import sign

PASTE = ("ingest semax|In a small open trial, patients reported sharper focus after two weeks of use. "
         "Several of them also described better sleep, though the authors did not measure it.")


def count(db, table):
    return db.conn.execute(f"SELECT count(*) FROM {table} WHERE topic = 'semax'").fetchone()[0]


# --- retries: one MessageSid, one write, one reply ----------------------------------

def test_a_retried_paste_gets_its_original_reply_and_writes_once(text, db):
    _, first = text(PASTE, sid="SM" + "1" * 32)
    sources = count(db, "sources")
    _, retry = text(PASTE, sid="SM" + "1" * 32)
    assert first.startswith("Added s") and retry == first
    assert count(db, "sources") == sources


def test_a_retried_question_gets_its_original_reply_and_writes_once(text, db):
    _, first = text("semax|does it cause hair loss", sid="SM" + "2" * 32)
    entries = ledger.head(db, "semax")[0]
    _, retry = text("semax|does it cause hair loss", sid="SM" + "2" * 32)
    assert retry == first and ledger.head(db, "semax")[0] == entries


def test_the_same_paste_in_a_new_message_is_a_duplicate(text, db):
    text(PASTE)
    _, again = text(PASTE)
    assert again.startswith("Already in the semax ledger")


def test_a_paste_written_before_its_receipt_was_kept_is_not_written_twice(db):
    """A delivery that races the first one finds the source inside the write transaction."""
    from service import ingest
    first = ingest.ingest(db, "semax", PASTE.split("|", 1)[1], message_sid="SMrace")
    second = ingest.ingest(db, "semax", PASTE.split("|", 1)[1], message_sid="SMrace")
    assert second.source_id == first.source_id and second.claims == first.claims and not second.duplicate_of


# --- rate limits --------------------------------------------------------------------

def test_a_sender_pasting_too_fast_is_told_politely_and_nothing_is_kept(text, db):
    before = count(db, "sources")
    replies = [text(f"ingest semax|Spam paste number {i} says that semax cures every disease known.")[1]
               for i in range(8)]
    assert all(r.startswith("Added s") for r in replies[:5])
    assert all("faster than we can answer" in r for r in replies[5:])
    assert count(db, "sources") == before + 5
    _, other = text("ingest semax|Another person entirely reports calmer mornings on it.", sender="+15559990000")
    assert other.startswith("Added s")


def test_a_sender_texting_too_fast_is_told_politely(text):
    replies = [text(f"semax|question {i} about focus")[1] for i in range(22)]
    assert "faster than we can answer" in replies[-1] and "faster" not in replies[0]


def test_counting_senders_starts_no_thread_and_expired_counters_are_dropped(app, monkeypatch):
    """limits' MemoryStorage started a timer thread on every hit after the last had run out; the
    storage behind `memory://` expires counters inline instead, at most every SWEEP_SECONDS."""
    import threading
    import time

    from service import throttle
    with app.app_context():
        for i in range(5):
            time.sleep(0.02)  # a timer MemoryStorage started would run 10 ms: none is left from before
            assert throttle.sender_allowed(f"sender{i}", ingesting=True)
            assert not [t for t in threading.enumerate() if isinstance(t, threading.Timer) and t.is_alive()]
        storage = throttle.limiter.storage
        assert isinstance(storage, throttle.InlineExpiry) and len(storage.storage) == 20
        storage.expirations.update(dict.fromkeys(storage.expirations, time.time() - 1))  # their windows passed
        storage.next_sweep = time.monotonic()
        assert throttle.sender_allowed("someone new", ingesting=False)
        assert sorted(storage.storage) == sorted(k for k in storage.storage if "someone new" in k)
        assert len(storage.storage) == 2


def test_stop_is_honoured_over_the_limit(text):
    sender = "whatsapp:+15551230000"
    for i in range(21):
        text(f"semax|question {i} about focus", sender=sender)
    _, reply = text("STOP", sender=sender)
    assert "faster than we can answer" not in (reply or "")


def test_an_opted_out_sender_over_the_limit_gets_no_reply_and_nothing_is_kept(text, db):
    sender = "whatsapp:+15551230001"
    text("STOP", sender=sender)
    receipts = db.conn.execute("SELECT count(*) FROM receipts").fetchone()[0]
    got = [text(f"semax|question {i} about focus", sender=sender, sid=f"SMstopped{i:025d}")[1] for i in range(25)]
    assert got == [None] * 25
    assert db.conn.execute("SELECT count(*) FROM receipts").fetchone()[0] == receipts
    assert "subscribed again" in text("START", sender=sender)[1]
    assert "Not medical advice" in text("semax|does it help focus?", sender=sender)[1]


def test_a_retry_of_a_message_from_before_stop_gets_no_reply(text):
    sender = "whatsapp:+15551230002"
    _, first = text("semax|does it help focus?", sender=sender, sid="SM" + "7" * 32)
    text("STOP", sender=sender)
    assert first and text("semax|does it help focus?", sender=sender, sid="SM" + "7" * 32)[1] is None


def test_an_unsigned_request_does_not_use_up_a_senders_allowance(client, text):
    for i in range(30):
        params = {"MessageSid": f"SMforged{i}", "From": "+15551234567", "Body": "semax|focus"}
        assert client.post("/webhook", data=params, headers={"X-Twilio-Signature": "forged"}).status_code == 403
    assert "faster" not in text("semax|focus")[1]


def test_the_web_form_is_limited_per_client_with_a_polite_page(client):
    statuses = [client.post("/semax", data={"q": f"question {i}"}).status_code for i in range(11)]
    assert statuses[:10] == [200] * 10 and statuses[10] == 429
    page = client.post("/semax", data={"q": "one more"})
    assert b"faster than we can answer" in page.data
    api = client.get("/api/semax/ask?q=x")
    assert api.status_code == 200  # reading has its own, larger allowance


def test_behind_a_trusted_proxy_each_client_has_its_own_allowance(db_path, monkeypatch):
    monkeypatch.setenv("LEDGER_TRUSTED_PROXIES", "1")
    client = create_app({"TESTING": True, "LEDGER_DB": str(db_path)}).test_client()
    for i in range(10):
        client.post("/semax", data={"q": f"question {i}"}, headers={"X-Forwarded-For": "203.0.113.1"})
    limited = client.post("/semax", data={"q": "one more"}, headers={"X-Forwarded-For": "203.0.113.1"})
    other = client.post("/semax", data={"q": "one more"}, headers={"X-Forwarded-For": "203.0.113.2"})
    assert limited.status_code == 429 and other.status_code == 200


# --- signatures and bodies ----------------------------------------------------------

def test_with_public_url_only_that_url_is_accepted(db_path):
    app = create_app({"TESTING": True, "LEDGER_DB": str(db_path), "TWILIO_AUTH_TOKEN": "test-token",
                      "PUBLIC_URL": "https://ledger.example.org"})
    client = app.test_client()
    params = {"MessageSid": "SM" + "3" * 32, "From": "+15551234567", "Body": "semax|focus"}
    spoofed = client.post("/webhook", data=params, base_url="https://attacker.example",
                          headers={"X-Twilio-Signature": sign(params, url="https://attacker.example/webhook")})
    assert spoofed.status_code == 403
    genuine = client.post("/webhook", data=params, base_url="https://attacker.example",
                          headers={"X-Twilio-Signature": sign(params, url="https://ledger.example.org/webhook")})
    assert genuine.status_code == 200


def test_an_unsigned_large_body_is_refused_unread(client, db):
    before = ledger.head(db, "semax")
    response = client.post("/webhook", data={"Body": "x" * 5_000_000})
    assert response.status_code == 403 and ledger.head(db, "semax") == before


def test_a_body_over_the_limit_is_refused(client, db):
    before = ledger.head(db, "semax")
    response = client.post("/webhook", data={"Body": "ingest semax|" + "x" * 100_000},
                           headers={"X-Twilio-Signature": "anything"})
    assert response.status_code == 413 and ledger.head(db, "semax") == before


# --- pastes: cap, encoding, size -------------------------------------------------

def test_a_texted_paste_with_too_many_claims_is_refused_whole(text, db):
    flood = " ".join(f"Claim number {i} says it works well." for i in range(45))
    sources = count(db, "sources")
    _, reply = text(f"ingest semax|{flood}")
    assert "45 claims" in reply and "at most 40" in reply and "Nothing was recorded" in reply
    assert count(db, "sources") == sources


def test_a_non_utf8_file_is_a_one_line_error(runner, db, tmp_path):
    paste = tmp_path / "latin1.txt"
    paste.write_bytes("Patients reported caf\xe9-like alertness on it for weeks.".encode("latin-1"))
    result = runner.invoke(cli, ["ingest", "semax", str(paste)])
    assert result.exit_code == 1 and "not UTF-8" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_long_paste_shows_progress_and_is_written_once(runner, db, tmp_path):
    paste = tmp_path / "long.txt"
    paste.write_text("\n\n".join(f"Report {i}: patients in the trial said their focus improved in week {i}."
                                 for i in range(600)))
    result = runner.invoke(cli, ["ingest", "semax", str(paste), "--json"])
    assert result.exit_code == 0, result.output
    assert "splitting" in result.stderr and "checking" in result.stderr
    assert len(json.loads(result.stdout)["claims"]) == 600


def test_the_cli_claim_cap_is_an_option(runner, tmp_path):
    paste = tmp_path / "p.txt"
    paste.write_text(" ".join(f"Claim number {i} says it works well." for i in range(12)))
    result = runner.invoke(cli, ["ingest", "semax", str(paste), "--max-claims", "10"])
    assert result.exit_code == 1 and "at most 10" in result.output


# --- the sender-hash key and export ------------------------------------------------

def test_serving_refuses_without_the_secret(db_path, monkeypatch):
    monkeypatch.delenv("LEDGER_SECRET")
    monkeypatch.delenv("LEDGER_DEV", raising=False)
    with pytest.raises(ledger.MissingSecret, match="LEDGER_SECRET"):
        create_app({"TESTING": True, "LEDGER_DB": str(db_path)})


def test_development_mode_serves_and_says_so(db_path, monkeypatch, caplog):
    monkeypatch.delenv("LEDGER_SECRET")
    monkeypatch.setenv("LEDGER_DEV", "1")
    create_app({"TESTING": True, "LEDGER_DB": str(db_path)})
    assert "DEVELOPMENT MODE" in caplog.text


def test_ledger_serve_without_the_secret_is_a_one_line_error(runner, monkeypatch):
    monkeypatch.delenv("LEDGER_SECRET")
    monkeypatch.delenv("LEDGER_DEV", raising=False)
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 1 and "LEDGER_SECRET is not set" in result.output


def test_a_key_an_older_version_stored_is_moved_out(db, db_path, monkeypatch):
    db.conn.execute("INSERT INTO settings (key, value) VALUES ('secret', 'old-key-in-the-file')")
    monkeypatch.delenv("LEDGER_SECRET")
    monkeypatch.delenv("LEDGER_DEV", raising=False)
    with pytest.raises(ledger.MissingSecret, match="move it out"):
        create_app({"TESTING": True, "LEDGER_DB": str(db_path)})
    monkeypatch.setenv("LEDGER_SECRET", "old-key-in-the-file")
    create_app({"TESTING": True, "LEDGER_DB": str(db_path)})
    assert db.conn.execute("SELECT count(*) FROM settings WHERE key = 'secret'").fetchone()[0] == 0
    assert b"old-key-in-the-file" not in db_path.read_bytes()


def test_the_key_is_never_written_to_the_database(text, db, db_path):
    text("semax|does it cause hair loss")
    assert db.conn.execute("SELECT count(*) FROM settings WHERE key = 'secret'").fetchone()[0] == 0
    assert b"test-only-sender-hash-key" not in db_path.read_bytes()


def test_export_never_prints_sender_hashes(runner, text, db):
    text("semax|does it cause hair loss", sender="+15557654321")
    asker = ledger.asker_hash(db, "+15557654321")
    result = runner.invoke(cli, ["export", "semax"])
    assert result.exit_code == 0 and asker not in result.output and '"asker"' not in result.output
    assert json.loads(result.output.splitlines()[-1])["kind"] == "question"
