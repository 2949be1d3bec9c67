"""Signed checkpoints: the ledger proves it extends one, and every way of rolling back, truncating
or rewriting it, or forging the checkpoint, is caught and named."""
import json
import os
import sqlite3
import stat

import pytest

from service import chain, checkpoint, ledger, merkle, search_index
from service.cli import cli
from service.db import CHAINED_TABLES


@pytest.fixture
def key(tmp_path, monkeypatch):
    path = tmp_path / "signing.key"
    checkpoint.keygen(str(path))
    monkeypatch.setenv("LEDGER_SIGNING_KEY", str(path))
    return path


@pytest.fixture
def signed(db, key, tmp_path):
    """A checkpoint of semax as built, saved to a file the way an auditor keeps one."""
    made = checkpoint.publish(db, "semax", checkpoint.signing_key())
    path = tmp_path / "kept.json"
    path.write_text(json.dumps(made))
    return path


def verify_against(runner, kept, *extra):
    return runner.invoke(cli, ["verify", "semax", "--checkpoint", str(kept), *extra])


# --- keys ------------------------------------------------------------------

def test_keygen_writes_a_private_key_only_its_owner_reads(runner, tmp_path):
    path = tmp_path / "k"
    result = runner.invoke(cli, ["keygen", str(path)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert b"PRIVATE KEY" in path.read_bytes() and b"PUBLIC KEY" in (tmp_path / "k.pub").read_bytes()


def test_keygen_refuses_to_overwrite(runner, tmp_path):
    path = tmp_path / "k"
    path.write_text("precious")
    result = runner.invoke(cli, ["keygen", str(path)])
    assert result.exit_code == 1 and "already exists" in result.output
    assert path.read_text() == "precious"


def test_the_signing_key_is_kept_until_its_file_changes(tmp_path):
    """The writer signs every few entries: the key is read once, and again when the file is replaced."""
    path, other = str(tmp_path / "signing.key"), str(tmp_path / "next.key")
    first, second = checkpoint.keygen(path), checkpoint.keygen(other)
    assert checkpoint.signing_key(path) is checkpoint.signing_key(path)
    os.replace(other, path)
    assert checkpoint.key_id(checkpoint.signing_key(path).public_key()) == second != first


def test_checkpoint_needs_a_key(runner, monkeypatch):
    monkeypatch.delenv("LEDGER_SIGNING_KEY", raising=False)
    result = runner.invoke(cli, ["checkpoint", "semax"])
    assert result.exit_code == 1 and "LEDGER_SIGNING_KEY" in result.output


def test_checkpoint_prints_a_signed_tree_head(runner, db, key):
    result = runner.invoke(cli, ["checkpoint", "semax"])
    assert result.exit_code == 0, result.output
    made = json.loads(result.output)
    assert set(made) == {"topic", "size", "root", "time", "key_id", "signature"}
    assert made["size"] == ledger.head(db, "semax")[0]
    assert made["root"] == merkle.root(checkpoint.leaves(db, "semax")).hex()
    checkpoint.check_signature(made, checkpoint.public_key(f"{key}.pub"))


def test_the_key_never_enters_the_database(db, db_path, key):
    checkpoint.publish(db, "semax", checkpoint.signing_key())
    pem = key.read_bytes().split(b"\n")[1]
    assert pem not in db_path.read_bytes()


# --- the good proof ----------------------------------------------------------

def test_the_ledger_as_signed_verifies(runner, signed, key):
    result = verify_against(runner, signed, "--public-key", f"{key}.pub")
    assert result.exit_code == 0, result.output
    assert "extends the checkpoint" in result.output


def test_a_ledger_that_grew_still_extends_its_checkpoint(runner, db, signed):
    ledger.add_evidence(db, "semax", {"kind": "paste", "title": "t", "tier": "anecdote", "auto": True},
                        [{"text": "I felt sharper on it for weeks.", "tier": "anecdote", "section": "pasted",
                          "auto": True}])
    result = verify_against(runner, signed)
    assert result.exit_code == 0, result.output


# --- attacks -------------------------------------------------------------------

def rehash(db_path, topic, start):
    """What an attacker with the file does after editing: recompute every hash from `start` on."""
    conn = sqlite3.connect(db_path)
    prev = conn.execute("SELECT hash FROM chain WHERE topic = ? AND seq = ?", [topic, start - 1]).fetchone()
    prev = prev[0] if prev else chain.GENESIS
    rows = conn.execute("SELECT seq, kind, data FROM chain WHERE topic = ? AND seq >= ? ORDER BY seq",
                        [topic, start]).fetchall()
    for seq, kind, data in rows:
        digest = chain.entry_hash(topic, seq, kind, json.loads(data), prev)
        conn.execute("UPDATE chain SET prev_hash = ?, hash = ? WHERE topic = ? AND seq = ?", [prev, digest, topic, seq])
        prev = digest
    conn.commit()
    conn.close()


def truncate(db, db_path, keep):
    """Drop every semax entry after `keep`, with its rows: the chain stays internally consistent."""
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM chain WHERE topic = 'semax' AND seq > ?", [keep])
    for table in CHAINED_TABLES.values():
        column = "slug" if table == "topics" else "topic"
        conn.execute(f"DELETE FROM {table} WHERE {column} = 'semax' AND entry > ?", [keep])
    conn.commit()
    conn.close()
    search_index.rebuild(db, "semax")


@pytest.mark.parametrize("dropped", [1, 10])
def test_a_truncated_ledger_fails_though_its_chain_verifies(runner, db, db_path, signed, dropped):
    size = ledger.head(db, "semax")[0]
    truncate(db, db_path, size - dropped)
    assert chain.verify(db, "semax").ok  # the chain alone cannot tell
    result = verify_against(runner, signed)
    assert result.exit_code == 1
    assert "rolled back or truncated" in result.output and f"holds {size - dropped} entries" in result.output


def rewrite_claim(db, db_path, claim_id, text):
    seq = db.conn.execute("SELECT entry FROM claims WHERE topic = 'semax' AND id = ?", [claim_id]).fetchone()[0]
    conn = sqlite3.connect(db_path)
    data = json.loads(conn.execute("SELECT data FROM chain WHERE topic = 'semax' AND seq = ?", [seq]).fetchone()[0])
    data["text"] = text
    conn.execute("UPDATE chain SET data = ? WHERE topic = 'semax' AND seq = ?", [chain.canonical(data), seq])
    conn.execute("UPDATE claims SET text = ? WHERE topic = 'semax' AND id = ?", [text, claim_id])
    conn.commit()
    conn.close()
    rehash(db_path, "semax", seq)
    search_index.rebuild(db, "semax")


def test_a_rewritten_and_rehashed_claim_fails(runner, db, db_path, signed):
    rewrite_claim(db, db_path, "c3", "Semax is proven to cure ADHD in children.")
    assert chain.verify(db, "semax").ok  # every hash recomputes: only the checkpoint can tell
    result = verify_against(runner, signed)
    assert result.exit_code == 1 and "rewritten" in result.output


def test_reordered_and_rehashed_entries_fail(runner, db, db_path, signed):
    conn = sqlite3.connect(db_path)
    a, b = (conn.execute("SELECT data FROM chain WHERE topic = 'semax' AND seq = ?", [s]).fetchone()[0] for s in (3, 4))
    conn.execute("UPDATE chain SET data = ? WHERE topic = 'semax' AND seq = 3", [b])
    conn.execute("UPDATE chain SET data = ? WHERE topic = 'semax' AND seq = 4", [a])
    conn.commit()
    conn.close()
    rehash(db_path, "semax", 3)
    result = verify_against(runner, signed)
    assert result.exit_code == 1


def test_a_rollback_then_new_entries_past_the_checkpoint_fails(runner, db, db_path, signed):
    """Truncated, then grown back beyond the signed size with other entries: a rewrite, not an extension."""
    size = ledger.head(db, "semax")[0]
    truncate(db, db_path, size - 3)
    for i in range(3):
        ledger.add_evidence(db, "semax", {"kind": "paste", "title": f"t{i}", "tier": "anecdote", "auto": True},
                            [{"text": f"A different account number {i} of how it felt.", "tier": "anecdote",
                              "section": "pasted", "auto": True}])
    assert ledger.head(db, "semax")[0] > size and chain.verify(db, "semax").ok
    result = verify_against(runner, signed)
    assert result.exit_code == 1 and "rewritten" in result.output


@pytest.mark.parametrize("field, value", [("size", 1), ("root", "00" * 32), ("time", "2020-01-01T00:00:00+00:00"),
                                          ("topic", "selank")])
def test_an_edited_checkpoint_has_a_bad_signature(runner, signed, field, value):
    made = json.loads(signed.read_text())
    made[field] = value
    signed.write_text(json.dumps(made))
    result = runner.invoke(cli, ["verify", made["topic"], "--checkpoint", str(signed)])
    assert result.exit_code == 1 and "bad signature" in result.output


def test_a_checkpoint_signed_with_another_key_fails(runner, db, signed, tmp_path):
    other = tmp_path / "other.key"
    checkpoint.keygen(str(other))
    forged = checkpoint.make(db, "semax", checkpoint.signing_key(str(other)))
    signed.write_text(json.dumps(forged))
    result = verify_against(runner, signed)
    assert result.exit_code == 1 and "not the trusted key" in result.output


def test_a_checkpoint_file_that_is_not_json_is_one_line(runner, signed):
    signed.write_text("not json")
    result = verify_against(runner, signed)
    assert result.exit_code == 1 and "not a checkpoint" in result.output and "Traceback" not in result.output


# --- publishing and the API ------------------------------------------------------

def add_pastes(db, n):
    for i in range(n):
        ledger.add_evidence(db, "semax", {"kind": "paste", "title": f"p{i}", "tier": "anecdote", "auto": True},
                            [{"text": f"Report number {i}: I slept better on it.", "tier": "anecdote",
                              "section": "pasted", "auto": True}])


def test_the_writer_publishes_a_checkpoint_every_n_entries(db, key, monkeypatch):
    monkeypatch.setenv("LEDGER_CHECKPOINT_EVERY", "4")
    add_pastes(db, 1)
    first = checkpoint.latest(db, "semax")
    assert first["size"] == ledger.head(db, "semax")[0]  # none yet: the first write makes one
    add_pastes(db, 4)  # eight more entries: past two multiples of four
    latest = checkpoint.latest(db, "semax")
    assert ledger.head(db, "semax")[0] - latest["size"] < 4 and latest["size"] > first["size"]
    history = (checkpoint.directory(db) / "semax.jsonl").read_text().splitlines()
    assert len(history) >= 3


def test_no_checkpoint_is_published_without_a_key(db, monkeypatch):
    monkeypatch.delenv("LEDGER_SIGNING_KEY", raising=False)
    add_pastes(db, 2)
    assert checkpoint.latest(db, "semax") is None


def test_the_api_serves_the_latest_checkpoint(client, signed):
    response = client.get("/api/semax/checkpoint")
    assert response.status_code == 200
    assert response.get_json() == json.loads(signed.read_text())


def test_the_api_says_when_there_is_no_checkpoint(client):
    response = client.get("/api/semax/checkpoint")
    assert response.status_code == 404 and "ledger checkpoint semax" in response.get_json()["message"]


def test_an_inclusion_proof_from_the_api_verifies_against_the_signed_root(client, db, signed, key):
    add_pastes(db, 1)  # the chain is now past the checkpoint; the proof is still against it
    made = json.loads(signed.read_text())
    proof = client.get("/api/semax/proof/7").get_json()
    assert proof["size"] == made["size"] and proof["root"] == made["root"] and proof["checkpoint"] == made
    leaf = merkle.leaf_hash(proof["leaf"].encode())
    assert leaf.hex() == proof["leaf_hash"]
    merkle.verify_inclusion(leaf, 6, proof["size"], [bytes.fromhex(h) for h in proof["path"]],
                            bytes.fromhex(made["root"]))
    with pytest.raises(merkle.ProofError):  # and the same proof for another position fails
        merkle.verify_inclusion(leaf, 7, proof["size"], [bytes.fromhex(h) for h in proof["path"]],
                                bytes.fromhex(made["root"]))


def test_a_question_entry_proof_withholds_its_private_bytes(client, db):
    ledger.record_question(db, "semax", {"text": "my private worry", "channel": "sms"})
    seq = ledger.head(db, "semax")[0]
    proof = client.get(f"/api/semax/proof/{seq}").get_json()
    assert proof["kind"] == "question" and proof["leaf"] is None and proof["leaf_hash"]


@pytest.mark.parametrize("url, status", [("/api/semax/proof/0", 404), ("/api/semax/proof/999999", 404),
                                         ("/api/semax/proof/5?size=3", 400), ("/api/semax/proof/5?size=x", 400),
                                         ("/api/semax/consistency", 400), ("/api/semax/consistency?from=0", 400),
                                         ("/api/semax/proof/5?size=²", 400), ("/api/semax/consistency?from=²", 400)])
def test_bad_proof_requests_are_refused(client, url, status):
    assert client.get(url).status_code == status


def test_a_consistency_proof_from_the_api_verifies(client, db, signed):
    made = json.loads(signed.read_text())
    add_pastes(db, 2)
    answer = client.get(f"/api/semax/consistency?from={made['size']}").get_json()
    assert answer["old_root"] == made["root"]
    merkle.verify_consistency(answer["old_size"], answer["new_size"], [bytes.fromhex(h) for h in answer["proof"]],
                              bytes.fromhex(made["root"]), bytes.fromhex(answer["new_root"]))


# --- incremental verify ----------------------------------------------------------

def test_verify_since_the_checkpoint_walks_only_what_was_written_after_it(runner, db, signed):
    size = json.loads(signed.read_text())["size"]
    ledger.add_evidence(db, "semax", {"kind": "paste", "title": "t", "tier": "anecdote", "auto": True},
                        [{"text": "I felt calmer on it for weeks.", "tier": "anecdote", "section": "pasted",
                          "auto": True}])
    result = verify_against(runner, signed, "--since-checkpoint")
    assert result.exit_code == 0, result.output
    assert f"OK, {size + 2} entries" in result.output
    assert chain.verify(db, "semax", since=size).entries == size + 2


def test_verify_since_the_checkpoint_still_catches_an_edit_after_it(runner, db, db_path, signed):
    _, (claim_id,) = ledger.add_evidence(db, "semax", {"kind": "paste", "title": "t", "tier": "anecdote",
                                                       "auto": True},
                                         [{"text": "I felt calmer on it.", "tier": "anecdote", "section": "pasted",
                                           "auto": True}])
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE claims SET text = 'Cures everything.' WHERE topic = 'semax' AND id = ?", [claim_id])
    conn.commit()
    conn.close()
    result = verify_against(runner, signed, "--since-checkpoint")
    assert result.exit_code == 1 and "edited (text)" in result.output


def test_verify_since_the_checkpoint_fails_first_on_a_rewrite_before_it(runner, db, db_path, signed):
    rehash_from = 3
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE chain SET data = replace(data, 'BDNF', 'BNDF') WHERE topic = 'semax' AND seq = ?",
                 [rehash_from])
    conn.commit()
    conn.close()
    rehash(db_path, "semax", rehash_from)
    result = verify_against(runner, signed, "--since-checkpoint")
    assert result.exit_code == 1 and "FAILED against the checkpoint" in result.output


def test_since_checkpoint_needs_a_checkpoint(runner, db):
    result = runner.invoke(cli, ["verify", "semax", "--since-checkpoint"])
    assert result.exit_code == 1 and "needs --checkpoint" in result.output


def test_a_build_publishes_one_checkpoint_per_topic_at_the_end(tmp_path, key):
    from service.build import build
    from service.db import connect
    path = tmp_path / "fresh.db"
    build(str(path))
    db = connect(str(path))
    for topic in ("semax", "selank", "bpc-157"):
        history = (checkpoint.directory(db) / f"{topic}.jsonl").read_text().splitlines()
        assert len(history) == 1 and json.loads(history[0])["size"] == ledger.head(db, topic)[0]
    db.conn.close()


def test_a_rebuilt_ledger_replaces_the_served_checkpoint(db, key):
    """The latest is always made from the chain as it stands, even when it is shorter."""
    checkpoint.publish(db, "semax", checkpoint.signing_key())
    db.conn.execute("DELETE FROM chain WHERE topic = 'semax' AND seq > 10")
    checkpoint.publish(db, "semax", checkpoint.signing_key())
    assert checkpoint.latest(db, "semax")["size"] == 10


def test_the_writers_tree_head_follows_new_entries_and_a_rewritten_chain(db, db_path):
    assert checkpoint.tree_head(db, "semax").root() == merkle.root(checkpoint.leaves(db, "semax"))
    ledger.record_question(db, "semax", {"text": "does it help sleep", "channel": "sms"})
    head = checkpoint.tree_head(db, "semax")
    assert (head.size, head.root()) == (len(checkpoint.leaves(db, "semax")), merkle.root(checkpoint.leaves(db, "semax")))
    truncate(db, db_path, head.size - 2)  # the remembered leaf is gone: read again from the start
    assert checkpoint.tree_head(db, "semax").root() == merkle.root(checkpoint.leaves(db, "semax"))
