"""NOTIFY end to end: a signed text asks, NOTIFY subscribes, evidence is pasted for the node, a
curator confirms it with `ledger confirm`, and the real twilio REST client posts one message to a
local stand-in for Twilio's Messages API, whose request is checked byte for byte."""
import base64
from datetime import datetime, timezone

import pytest

from conftest import ACCOUNT
from service import ledger, notify
from service.cli import cli

NUMBER = "+14155550123"
FROM = "+15550001111"


@pytest.fixture
def messages_api(messages_api_server, monkeypatch):
    monkeypatch.setenv("TWILIO_FROM", FROM)
    monkeypatch.setenv("NOTIFY_QUIET_HOURS", "0-0")   # no quiet hours: the test must not depend on the clock
    return messages_api_server.received


def open_question(text, sender=NUMBER):
    _, reply = text("semax|does it help with psoriasis", sender=sender)
    assert "Reply NOTIFY" in reply
    return reply.rsplit("q:", 1)[1][:6]


def paste_evidence(text, qid, sender=NUMBER):
    _, added = text(f"ingest semax|q:{qid}|In a small trial, 20 patients with psoriasis improved on it (PMID 31234567).",
                    sender=sender)
    return added.split("Added ", 1)[1].split(" ", 1)[0]


def test_notify_sends_one_message_when_the_evidence_is_confirmed(text, db, runner, messages_api):
    qid = open_question(text)
    _, subscribed = text("NOTIFY", sender=NUMBER)
    assert f"q:{qid}" in subscribed
    stored = db.conn.execute("SELECT number FROM notify_requests").fetchone()[0]
    assert NUMBER not in stored and "4155550123" not in stored
    assert NUMBER not in str(db.conn.execute("SELECT * FROM notify_requests").fetchall())
    source = paste_evidence(text, qid)
    assert messages_api == []                                   # pasted is not confirmed

    result = runner.invoke(cli, ["confirm", "semax", source])
    assert result.exit_code == 0, result.output

    assert messages_api == [{
        "path": f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json",
        "auth": "Basic " + base64.b64encode(f"{ACCOUNT}:test-token".encode()).decode(),
        "form": {"To": NUMBER, "From": FROM,
                 "Body": f"New evidence for your semax question q:{qid}: a curator confirmed {source}. "
                         f"Reply q:{qid} to see it. Not medical advice."}}]
    assert db.conn.execute("SELECT count(*) FROM notify_requests").fetchone()[0] == 0   # the number is gone
    claim = ledger.claims(db, "semax", source=source)[0]["id"]
    runner.invoke(cli, ["confirm", "semax", claim])
    assert len(messages_api) == 1                                # once


def test_whatsapp_is_notified_on_whatsapp(text, runner, messages_api):
    sender = "whatsapp:" + NUMBER
    qid = open_question(text, sender)
    text("notify", sender=sender)
    runner.invoke(cli, ["confirm", "semax", paste_evidence(text, qid, sender)])
    assert [(m["form"]["To"], m["form"]["From"]) for m in messages_api] == [(sender, "whatsapp:" + FROM)]


@pytest.mark.parametrize("erase", ["STOP", "forget me"])
def test_stop_and_forget_me_erase_the_number(text, db, runner, messages_api, erase):
    sender = "whatsapp:" + NUMBER
    qid = open_question(text, sender)
    text("NOTIFY", sender=sender)
    source = paste_evidence(text, qid, sender)
    text(erase, sender=sender)
    assert db.conn.execute("SELECT count(*) FROM notify_requests").fetchone()[0] == 0
    runner.invoke(cli, ["confirm", "semax", source])
    assert messages_api == []


def test_quiet_hours_wait_and_ledger_notify_sends_later(text, db, runner, messages_api, monkeypatch):
    monkeypatch.setenv("NOTIFY_QUIET_HOURS", "0-24")            # always quiet while confirming
    qid = open_question(text)
    text("NOTIFY", sender=NUMBER)
    runner.invoke(cli, ["confirm", "semax", paste_evidence(text, qid)])
    assert messages_api == [] and db.conn.execute("SELECT count(*) FROM notify_requests").fetchone()[0] == 1
    monkeypatch.setenv("NOTIFY_QUIET_HOURS", "21-8")
    night, day = (datetime(2026, 11, 26, hour, 0, tzinfo=timezone.utc) for hour in (6, 18))  # 22:00, 10:00 in CA
    assert [o.status for o in notify.send_due(db, now=night)] == ["quiet"]
    assert [o.status for o in notify.send_due(db, now=day)] == ["sent"] and len(messages_api) == 1
    assert runner.invoke(cli, ["notify"]).output == ""          # nothing left to send


@pytest.mark.parametrize("number, hour_utc, quiet", [
    ("+14155550123", 6, True), ("+14155550123", 18, False),      # California: 22:00, 10:00
    ("+442071234567", 22, True), ("+442071234567", 12, False),  # London
    ("whatsapp:+4930123456", 21, True),                         # Berlin, 22:00
])
def test_quiet_hours_follow_the_numbers_time_zone(number, hour_utc, quiet):
    now = datetime(2026, 11, 26, hour_utc, 0, tzinfo=timezone.utc)
    assert notify.quiet(number, now, "21-8") is quiet


def test_a_malformed_key_is_not_set_up_either(text, db, monkeypatch):
    monkeypatch.setenv("LEDGER_NOTIFY_KEY", "not-a-fernet-key")
    open_question(text)
    assert "not set up" in text("NOTIFY", sender=NUMBER)[1]
    assert db.conn.execute("SELECT count(*) FROM notify_requests").fetchone()[0] == 0


def test_without_a_key_notify_says_so_and_stores_nothing(text, db, monkeypatch):
    monkeypatch.delenv("LEDGER_NOTIFY_KEY", raising=False)
    monkeypatch.delenv("LEDGER_SECRET", raising=False)
    monkeypatch.setenv("LEDGER_DEV", "1")      # development mode: senders hashed with a public key, no notify key
    open_question(text)
    _, reply = text("NOTIFY", sender=NUMBER)
    assert "not set up" in reply
    assert db.conn.execute("SELECT count(*) FROM notify_requests").fetchone()[0] == 0
