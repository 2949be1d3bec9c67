"""POST /webhook with real Twilio signatures: both channels, every grammar form, forged and odd input."""
import pytest

from service import chain, ledger
from service.delivery import FALLBACK

from conftest import sign


def row_counts(db):
    return {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("chain", "questions", "sources", "claims", "evidence_links")}


SENDERS = ["+15551234567", "whatsapp:+15551234567"]
BODIES = ["semax|does it help ADHD?", "semax|hair loss", "semax|does it cure baldness", "semax", "semax|s84",
          "semax|s999", "help", "SEMAKS|focus", "semax: mess with my sleep", "bpc157|tendons", "", "🙂🙂🙂",
          "semax|" + "why " * 300, "q:ABCDEF", "START", "semax|what dose should I take", "ingest semax"]


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("body", BODIES)
def test_every_reply_fits_its_channel(text, body, sender):
    """The `text` fixture checks GSM-7 and segments (SMS) or length (WhatsApp) of every reply."""
    response, reply = text(body, sender=sender)
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    assert reply, "never an empty reply"


def test_answer_is_sourced_and_recorded(text, db):
    _, reply = text("semax|does it cause hair loss")
    assert "s84" in reply and "anecdote" in reply
    assert "Not medical advice" in reply
    qid = reply.split("q:")[1][:6]
    node = ledger.get_question(db, qid)
    assert node["channel"] == "sms" and node["text"] == "does it cause hair loss"
    assert node["matches"][0]["source"] == "s84"
    assert "+15551234567" not in str(node) and node["asker"]
    assert chain.verify(db, "semax").ok


def test_whatsapp_uses_its_own_formatting(text):
    _, reply = text("semax|does it cause hair loss", sender="whatsapp:+15551234567")
    assert reply.startswith("*Semax*") and "·" in reply


def test_unanswered_question_stays_open(text, db):
    _, reply = text("semax|does it help with psoriasis")
    assert "nothing in the ledger answers" in reply
    qid = reply.split("q:")[1][:6]
    assert ledger.get_question(db, qid)["matches"] == []


def test_same_message_sid_twice_records_one_node(text, db):
    before = row_counts(db)["questions"]
    first = text("semax|migraine", sid="SM" + "7" * 32)[1]
    second = text("semax|migraine", sid="SM" + "7" * 32)[1]
    assert first == second
    assert row_counts(db)["questions"] == before + 1


def test_same_sender_hashes_alike_and_differs_from_others(text, db):
    for sender in ("+15550000001", "+15550000001", "+15550000002"):
        text("semax|focus", sender=sender)
    askers = [q["asker"] for q in ledger.questions(db, "semax")[-3:]]
    assert askers[0] == askers[1] != askers[2]


@pytest.mark.parametrize("headers", [{}, {"X-Twilio-Signature": "forged"}, {"X-Twilio-Signature": "forgé"},
                                     {"X-Twilio-Signature": sign({"Body": "other"})}])
def test_bad_signature_is_403_and_leaves_no_trace(client, db, headers):
    before = row_counts(db)
    params = {"MessageSid": "SM" + "1" * 32, "From": "+15551234567", "Body": "semax|hair loss"}
    response = client.post("/webhook", data=params, headers=headers)
    assert response.status_code == 403
    assert row_counts(db) == before


def test_signature_for_another_token_is_rejected(client, db):
    before = row_counts(db)
    params = {"MessageSid": "SM" + "2" * 32, "From": "+15551234567", "Body": "semax|hair loss"}
    response = client.post("/webhook", data=params, headers={"X-Twilio-Signature": sign(params, token="other")})
    assert response.status_code == 403 and row_counts(db) == before


def test_public_url_is_what_twilio_signed(db_path):
    from service import create_app
    app = create_app({"TESTING": True, "LEDGER_DB": str(db_path), "TWILIO_AUTH_TOKEN": "test-token",
                      "PUBLIC_URL": "https://ledger.example.org"})
    params = {"MessageSid": "SM" + "3" * 32, "From": "+15551234567", "Body": "help"}
    signature = sign(params, url="https://ledger.example.org/webhook")
    assert app.test_client().post("/webhook", data=params, headers={"X-Twilio-Signature": signature}).status_code == 200


def test_missing_token_rejects_everything(db_path):
    from service import create_app
    app = create_app({"TESTING": True, "LEDGER_DB": str(db_path), "TWILIO_AUTH_TOKEN": ""})
    params = {"Body": "help"}
    response = app.test_client().post("/webhook", data=params, headers={"X-Twilio-Signature": sign(params)})
    assert response.status_code == 403


def test_stop_gets_no_message(text):
    response, reply = text("STOP")
    assert response.status_code == 200 and reply is None


def test_unknown_slug_names_the_nearest_topic(text):
    _, reply = text("semaxx-plus|focus")
    assert "Nearest: semax" in reply and "not in the ledger yet" in reply


def test_source_in_full(text):
    _, reply = text("semax|s84")
    assert reply.startswith("s84 (anecdote, X)") and "hair loss" in reply


def test_unknown_source_is_polite(text):
    _, reply = text("semax|s999")
    assert "no source s999" in reply and "Nothing was recorded" in reply


def test_node_status_after_asking(text):
    _, reply = text("semax|does it help with psoriasis")
    qid = reply.split("q:")[1][:6]
    _, status = text(f"q:{qid}")
    assert status.startswith(f"q:{qid} (semax") and "open" in status


def test_internal_failure_still_replies(text, db_path):
    import sqlite3
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TRIGGER broken BEFORE INSERT ON chain BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    conn.commit()
    response, reply = text("semax|focus")
    assert response.status_code == 200 and reply == FALLBACK
    assert conn.execute("SELECT count(*) FROM questions WHERE text = 'focus'").fetchone()[0] == 0


def test_the_wal_is_copied_into_the_ledger_file_after_the_reply(app, text, db_path, monkeypatch):
    """Request connections leave SQLite's automatic checkpoint off (it ran inside one texter's
    commit in ~80); the app checkpoints after the reply has gone, at most every CHECKPOINT_SECONDS."""
    from service import db as ledger_db
    monkeypatch.setattr(ledger_db, "CHECKPOINT_SECONDS", 0.0)
    response, reply = text("semax|does it help with zugzwangish moods?")
    assert "Not medical advice" in reply and b"zugzwangish" not in db_path.read_bytes()  # only in the WAL
    response.close()  # what a server does once the reply is sent (Flask's test client leaves it to us)
    assert b"zugzwangish" in db_path.read_bytes()
    with app.app_context():
        conn = ledger_db.get_db().conn
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] > 0  # workers read the file mapped (db.serving)


def test_after_a_checkpoint_the_next_question_appends_to_the_wal_without_starting_it_over(app, text, db_path,
                                                                                           monkeypatch):
    """A commit that starts a copied-back WAL over fsyncs the WAL's new header (even with
    synchronous=NORMAL); the checkpoint after a reply starts it over itself, so the next texter's
    question node only appends. The WAL's salts (header bytes 16-24) change when it starts over."""
    from service import db as ledger_db
    monkeypatch.setattr(ledger_db, "CHECKPOINT_SECONDS", 0.0)
    wal = db_path.with_name(db_path.name + "-wal")
    text("semax|does it help with sleep?")[0].close()  # replied, then checkpointed
    salts = wal.read_bytes()[16:24]
    monkeypatch.setattr(ledger_db, "CHECKPOINT_SECONDS", 3600.0)
    response, reply = text("semax|does it help with focus?")
    assert "Not medical advice" in reply and wal.read_bytes()[16:24] == salts
    response.close()


def test_without_the_rewind_the_next_commit_starts_the_wal_over(db_path):
    """The salts do tell: a plain checkpoint leaves starting over to the next commit."""
    from service.db import connect
    conn = connect(str(db_path)).conn
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    wal = db_path.with_name(db_path.name + "-wal")
    conn.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    salts = wal.read_bytes()[16:24]
    conn.execute("INSERT INTO settings (key, value) VALUES ('y', '1')")
    assert wal.read_bytes()[16:24] != salts


def test_the_rewind_after_a_checkpoint_never_waits_for_another_writer(db_path):
    """While another writer holds the lock, the rewind is left to that writer's commit: the worker
    is not kept from its next request (nor does it log a failed checkpoint after a long wait)."""
    import sqlite3

    from service.db import checkpoint, connect
    conn = connect(str(db_path)).conn
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert checkpoint(conn) > 0
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30000  # as connect set it
    finally:
        other.execute("ROLLBACK")
