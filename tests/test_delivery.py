"""Replies by Twilio's REST API (REPLY_BY=rest): signed texts are accepted at once with an empty
TwiML response and kept encrypted; `ledger deliver` answers them and the real twilio REST
client sends each reply to a local stand-in for the Messages API."""
import logging
import time
import xml.etree.ElementTree as ET

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from conftest import ACCOUNT, sign
from service import create_app, delivery
from service.cli import cli

SENDER, OUR_NUMBER = "+14155550123", "+15550001111"


@pytest.fixture
def api(messages_api_server):
    return messages_api_server


@pytest.fixture
def rest_app(api, db_path):
    return create_app({"TESTING": True, "LEDGER_DB": str(db_path), "TWILIO_AUTH_TOKEN": "test-token",
                       "REPLY_BY": "rest"})


@pytest.fixture
def webhook(rest_app):
    """Text the webhook of an app that replies by REST; returns the response's <Message> texts."""
    client = rest_app.test_client()

    def send(body, sid, sender=SENDER):
        params = {"MessageSid": sid, "AccountSid": ACCOUNT, "From": sender, "To": OUR_NUMBER, "Body": body,
                  "NumMedia": "0"}
        response = client.post("/webhook", data=params, headers={"X-Twilio-Signature": sign(params)})
        assert response.status_code == 200
        return [m.text for m in ET.fromstring(response.data).findall("./Message")]

    return send


@pytest.fixture
def deliver(rest_app):
    """`ledger deliver --once`, in process: answer what is due and send it to the stand-in."""
    return lambda: delivery.run(rest_app, delivery.rest_client(), once=True)


def nodes_of(db, sid):
    return db.conn.execute("SELECT count(*) FROM questions WHERE message_sid = ?", [sid]).fetchone()[0]


def test_a_text_is_accepted_at_once_then_answered_by_rest(webhook, api, db, deliver):
    assert webhook("semax|does it cause hair loss", "SM" + "1" * 32) == []   # an empty <Response/>
    assert delivery.waiting(db) == 1 and nodes_of(db, "SM" + "1" * 32) == 0
    assert deliver() == {"sent": 1}
    [sent] = api.received
    assert sent["path"] == f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
    assert (sent["form"]["To"], sent["form"]["From"]) == (SENDER, OUR_NUMBER)
    assert "s84" in sent["form"]["Body"] and "Not medical advice" in sent["form"]["Body"]
    assert delivery.waiting(db) == 0 and nodes_of(db, "SM" + "1" * 32) == 1


def test_the_reply_is_the_one_the_webhook_would_have_given(webhook, api, text, deliver):
    """The same dispatch either way: a TwiML reply and a REST reply to the same words match but for the node id."""
    _, in_response = text("semax|does it help with focus", sender="+14155550999")
    webhook("semax|does it help with focus", "SM" + "2" * 32)
    deliver()
    by_rest = api.received[0]["form"]["Body"]
    assert by_rest.rsplit("q:", 1)[0] == in_response.rsplit("q:", 1)[0]


def test_waiting_texts_are_encrypted_in_the_file(webhook, db, db_path):
    webhook("semax|my number is 4155550123, does it help my psoriasis", "SM" + "3" * 32)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = db_path.read_bytes()
    assert b"4155550123" not in stored and b"psoriasis" not in stored
    [(sealed,)] = db.conn.execute("SELECT message FROM inbox").fetchall()
    with pytest.raises(InvalidTag):   # a copy of the file, without the key kept outside it
        AESGCM(AESGCM.generate_key(bit_length=256)).decrypt(sealed[:12], sealed[12:], None)


def test_a_retried_delivery_is_answered_once(webhook, api, db, deliver):
    sid = "SM" + "4" * 32
    webhook("semax|does it help with sleep", sid)
    webhook("semax|does it help with sleep", sid)         # Twilio retried before the reply went out
    assert deliver() == {"sent": 1, "duplicate": 1}
    webhook("semax|does it help with sleep", sid)         # and again after the reply went out
    assert deliver() == {"duplicate": 1}
    assert delivery.waiting(db) == 0 and len(api.received) == 1 and nodes_of(db, sid) == 1


def test_texts_are_answered_in_the_order_they_came(webhook, api, db, deliver):
    for n, body in enumerate(["semax|does it help with focus", "what about sleep?", "help"]):
        webhook(body, f"SM{n:032d}")
    assert deliver() == {"sent": 3}
    first, follow_up, help_text = (m["form"]["Body"] for m in api.received)
    assert first.startswith("Semax") and follow_up.startswith("Semax")   # the follow-up kept the first's topic
    assert help_text != follow_up


def test_a_failed_send_is_tried_again_with_the_same_reply(webhook, api, db, deliver):
    api.statuses = [500]
    sid = "SM" + "5" * 32
    webhook("semax|does it cause hair loss", sid)
    assert deliver() == {"retry": 1}
    due, attempts = db.conn.execute("SELECT due, attempts FROM inbox").fetchone()
    assert attempts == 1 and 0 < due - time.time() <= delivery.FIRST_PAUSE
    assert deliver() == {}                                   # not before its time
    db.conn.execute("UPDATE inbox SET due = 0")                # the pause has passed
    assert deliver() == {"sent": 1}
    first, second = (m["form"]["Body"] for m in api.received)
    assert first == second and nodes_of(db, sid) == 1 and delivery.waiting(db) == 0


def test_a_send_twilio_refuses_is_dropped_and_logged(webhook, api, db, caplog, deliver):
    api.statuses = [400]
    webhook("semax|does it cause hair loss", "SM" + "6" * 32)
    with caplog.at_level(logging.ERROR, logger="service.delivery"):
        assert deliver() == {"dropped": 1}
    assert delivery.waiting(db) == 0 and "refused" in caplog.text and SENDER not in caplog.text


def test_a_text_sealed_under_another_key_is_kept_not_lost(webhook, api, db, deliver, monkeypatch, caplog):
    webhook("semax|does it cause hair loss", "SM" + "6" * 31 + "1")
    monkeypatch.setenv("LEDGER_NOTIFY_KEY", Fernet.generate_key().decode())   # the deliverer's key is not the webhook's
    with caplog.at_level(logging.ERROR, logger="service.delivery"):
        assert deliver() == {"unreadable": 1}
    assert delivery.waiting(db) == 1 and api.received == [] and "cannot be decrypted" in caplog.text


def test_a_text_taken_by_a_deliverer_that_died_is_answered_after_its_lease(webhook, api, db, deliver):
    webhook("semax|does it cause hair loss", "SM" + "7" * 32)
    db.conn.execute("UPDATE inbox SET due = due + ?, attempts = 1", [delivery.LEASE_SECONDS])  # taken, never finished
    assert deliver() == {} and api.received == []
    db.conn.execute("UPDATE inbox SET due = 0")
    assert deliver() == {"sent": 1}


def test_an_opted_out_sender_is_neither_answered_nor_kept(webhook, api, db, deliver):
    webhook("STOP", "SM" + "8" * 31 + "1")
    webhook("semax|does it help with focus", "SM" + "8" * 31 + "2")
    assert deliver() == {"silent": 2} and api.received == []
    assert delivery.waiting(db) == 0 and nodes_of(db, "SM" + "8" * 31 + "2") == 0


def test_rest_replies_need_a_known_mode_and_a_key(db_path, monkeypatch):
    config = {"TESTING": True, "LEDGER_DB": str(db_path), "TWILIO_AUTH_TOKEN": "test-token"}
    with pytest.raises(delivery.NotConfigured, match="REPLY_BY"):
        create_app({**config, "REPLY_BY": "sms"})
    for name in ("LEDGER_NOTIFY_KEY", "LEDGER_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LEDGER_DEV", "1")
    with pytest.raises(delivery.NotConfigured, match="encrypted"):
        create_app({**config, "REPLY_BY": "rest"})


def test_ledger_deliver_answers_what_waits(webhook, api, runner, monkeypatch):
    webhook("semax|does it cause hair loss", "SM" + "9" * 32)
    monkeypatch.setenv("REPLY_BY", "rest")
    result = runner.invoke(cli, ["deliver", "--once"])
    assert result.exit_code == 0 and result.stdout.strip() == "1 sent", result.output
    assert "1 texts waiting" in result.stderr and len(api.received) == 1


def test_ledger_serve_refuses_a_reply_mode_it_does_not_know(runner, monkeypatch):
    monkeypatch.setenv("REPLY_BY", "sms")
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 1 and "REPLY_BY is 'sms'" in result.output and "Traceback" not in result.output


def test_ledger_deliver_says_what_it_lacks(runner, monkeypatch):
    monkeypatch.setenv("REPLY_BY", "rest")
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    result = runner.invoke(cli, ["deliver", "--once"])
    assert result.exit_code == 1 and "TWILIO_ACCOUNT_SID" in result.output
    monkeypatch.setenv("REPLY_BY", "twiml")
    result = runner.invoke(cli, ["deliver", "--once"])
    assert result.exit_code == 0 and "nothing waits" in result.output
