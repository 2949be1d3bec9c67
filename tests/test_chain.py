"""The hash chain: appends verify, and every way of corrupting a table is caught and named."""
import sqlite3

import pytest

from service import chain, ledger, search_index
from service.db import connect


def test_built_ledger_verifies(db):
    result = chain.verify(db, "semax")
    assert result.ok, result.problem
    assert result.entries == ledger.head(db, "semax")[0]
    assert result.head == ledger.head(db, "semax")[1]


def test_append_extends_chain(db):
    before, head_before = ledger.head(db, "semax")
    ledger.add_evidence(db, "semax", {"kind": "paste", "title": "t", "tier": "anecdote", "auto": True},
                        [{"text": "I felt sharper on it.", "tier": "anecdote", "section": "pasted", "auto": True}])
    count, head = ledger.head(db, "semax")
    assert count == before + 2
    last = list(ledger.entries(db, "semax"))[-1]
    assert last["hash"] == head and last["seq"] == count
    assert list(ledger.entries(db, "semax"))[-2]["prev_hash"] == head_before
    assert chain.verify(db, "semax").ok


def test_entry_hash_depends_on_every_field():
    base = chain.entry_hash("semax", 1, "claim", {"text": "a"}, chain.GENESIS)
    assert base != chain.entry_hash("semax", 2, "claim", {"text": "a"}, chain.GENESIS)
    assert base != chain.entry_hash("semax", 1, "source", {"text": "a"}, chain.GENESIS)
    assert base != chain.entry_hash("semax", 1, "claim", {"text": "b"}, chain.GENESIS)
    assert base != chain.entry_hash("semax", 1, "claim", {"text": "a"}, "1" * 64)
    assert base != chain.entry_hash("other", 1, "claim", {"text": "a"}, chain.GENESIS)


def tamper(db_path, sql, *params):
    conn = sqlite3.connect(db_path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def claim_entry(db, claim_id):
    return db.conn.execute("SELECT entry FROM claims WHERE topic='semax' AND id=?", [claim_id]).fetchone()[0]


@pytest.mark.parametrize("sql, words", [
    ("UPDATE claims SET text = 'Semax cures everything.' WHERE id = 'c3'", "edited (text)"),
    ("UPDATE claims SET tier = 'anecdote' WHERE id = 'c3'", "edited (tier)"),
    ("DELETE FROM claims WHERE id = 'c3'", "deleted"),
])
def test_claim_row_tampering_is_named(db, db_path, sql, words):
    seq = claim_entry(db, "c3")
    tamper(db_path, sql)
    result = chain.verify(db, "semax")
    assert not result.ok
    assert result.bad_seq == seq
    assert words in result.problem


def test_inserted_claim_row_is_caught(db, db_path):
    tamper(db_path, "INSERT INTO claims (topic, id, source, text, tier, section, auto, entry) "
                    "VALUES ('semax', 'c999', 's2', 'Forged human claim.', 'human', 'summary', 0, 9999)")
    result = chain.verify(db, "semax")
    assert not result.ok and "no chain entry wrote" in result.problem


def test_inserted_row_reusing_an_entry_number_is_caught(db, db_path):
    seq = claim_entry(db, "c3")
    tamper(db_path, "INSERT INTO claims (topic, id, source, text, tier, section, auto, entry) "
                    "VALUES ('semax', 'c999', 's2', 'Forged.', 'human', 'summary', 0, ?)", seq)
    assert not chain.verify(db, "semax").ok


@pytest.mark.parametrize("rowid", [-2**63, -1, 0, 2**63 - 1])
def test_an_edited_row_is_caught_at_any_rowid(db, db_path, rowid):
    """verify compares each table with its entries in rowid slices, which together cover every rowid."""
    seq = claim_entry(db, "c3")
    tamper(db_path, "UPDATE claims SET rowid = ?, text = 'NOT ' || text WHERE topic = 'semax' AND id = 'c3'", rowid)
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq == seq and "edited (text)" in result.problem


def test_swapped_claim_rows_are_caught(db, db_path):
    a, b = claim_entry(db, "c3"), claim_entry(db, "c4")
    tamper(db_path, "UPDATE claims SET entry = -1 WHERE id = 'c3'")
    tamper(db_path, "UPDATE claims SET entry = ? WHERE id = 'c4'", a)
    tamper(db_path, "UPDATE claims SET entry = ? WHERE id = 'c3'", b)
    assert not chain.verify(db, "semax").ok


@pytest.mark.parametrize("table, sql", [
    ("sources", "UPDATE sources SET summary = 'edited' WHERE id = 's84'"),
    ("topics", "UPDATE topics SET name = 'Semaks'"),
    ("sources", "UPDATE sources SET tier = 'human' WHERE id = 's84'"),
])
def test_other_tables_are_checked(db, db_path, table, sql):
    tamper(db_path, sql)
    result = chain.verify(db, "semax")
    assert not result.ok and table in result.problem


def test_edited_chain_data_is_caught(db, db_path):
    tamper(db_path, "UPDATE chain SET data = replace(data, 'hair loss', 'hair growth') WHERE seq = 10")
    tamper(db_path, "UPDATE chain SET data = replace(data, 'hair loss', 'hair growth') WHERE kind = 'claim'")
    result = chain.verify(db, "semax")
    assert not result.ok and "altered" in result.problem


def test_deleted_chain_entry_is_caught(db, db_path):
    tamper(db_path, "DELETE FROM chain WHERE seq = 5")
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq == 5


def test_reordered_chain_entries_are_caught(db, db_path):
    tamper(db_path, "UPDATE chain SET seq = -1 WHERE seq = 5")
    tamper(db_path, "UPDATE chain SET seq = 5 WHERE seq = 6")
    tamper(db_path, "UPDATE chain SET seq = 6 WHERE seq = -1")
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq == 5


def test_rehashed_entry_without_table_change_is_caught(db, db_path):
    """Editing a claim and recomputing its chain hash still breaks the next entry's link."""
    seq = claim_entry(db, "c3")
    row = db.conn.execute("SELECT data, prev_hash FROM chain WHERE topic='semax' AND seq=?", [seq]).fetchone()
    data = row[0].replace('"text":"', '"text":"NOT ')
    import json
    new_hash = chain.entry_hash("semax", seq, "claim", json.loads(data), row[1])
    tamper(db_path, "UPDATE chain SET data = ?, hash = ? WHERE seq = ?", data, new_hash, seq)
    tamper(db_path, "UPDATE claims SET text = 'NOT ' || text WHERE id = 'c3'")
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq == seq + 1


@pytest.mark.parametrize("sql", [
    "UPDATE claim_search SET text = 'Semax cures baldness.' WHERE claim_id = 'c17'",
    "DELETE FROM claim_search WHERE claim_id = 'c17'",
    "INSERT INTO claim_search (claim_id, text, context, topic) VALUES ('c17', 'duplicate', '', 'semax')",
    "UPDATE claim_vectors SET vector = (SELECT vector FROM claim_vectors WHERE claim_id = 'c2') WHERE claim_id = 'c17'",
    "DELETE FROM claim_vectors WHERE claim_id = 'c17'",
    # the same vector row, moved after every other: the rows no longer follow the claims' order
    "UPDATE claim_vectors SET rowid = (SELECT max(rowid) + 1 FROM claim_vectors) WHERE topic = 'semax' AND claim_id = 'c17'",
    "UPDATE claim_search SET rowid = rowid + 1000 WHERE topic = 'semax' AND claim_id = 'c17'",
])
def test_search_index_tampering_is_caught_and_reindex_mends_it(db, db_path, sql):
    assert chain.verify(db, "semax").ok
    tamper(db_path, sql)
    result = chain.verify(db, "semax")
    assert not result.ok and "index" in result.problem and "reindex" in result.problem
    search_index.rebuild(db, "semax")
    assert chain.verify(db, "semax").ok


@pytest.mark.parametrize("sql, named, words", [
    ("UPDATE claim_search SET text = 'Semax cures baldness.' WHERE claim_id = 'c17'", "c17", "does not hold claim c17"),
    ("UPDATE claim_search SET context = 'edited' WHERE claim_id = 'c17'", "c17", "does not hold claim c17"),
    ("DELETE FROM claim_vectors WHERE claim_id = 'c17'", "c17", "embedding index does not match the claims (at c17)"),
    # c17's vector row moved after every other: c18's is the first out of the claims' order
    ("UPDATE claim_vectors SET rowid = (SELECT max(rowid) + 1 FROM claim_vectors) WHERE topic = 'semax' AND claim_id = 'c17'",
     "c18", "(at c18)"),
])
def test_the_first_claim_unlike_its_index_rows_is_named(db, db_path, sql, named, words):
    tamper(db_path, sql)
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq == claim_entry(db, named) and words in result.problem


def test_an_index_in_an_older_format_is_rebuilt_when_the_ledger_is_opened(db_path):
    """After an upgrade that changes what the index holds, the old rows are never used."""
    tamper(db_path, "UPDATE claim_search SET context = context || ' stale'")
    tamper(db_path, "UPDATE settings SET value = '1' WHERE key = 'index_format'")
    db = connect(str(db_path))
    assert not db.conn.execute("SELECT count(*) FROM claim_search WHERE context LIKE '% stale'").fetchone()[0]
    assert chain.verify(db, "semax").ok  # and what it was rebuilt to holds every claim as written


# --- verify cannot be emptied or fooled ------------------------------------------

@pytest.mark.parametrize("table", ["topics", "sources", "claims"])
def test_an_emptied_table_fails_verify(runner, db_path, table):
    from service.cli import cli
    tamper(db_path, f"DELETE FROM {table}")
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 1 and "deleted" in result.output, result.output


def test_an_emptied_ledger_fails_verify(runner, db_path):
    from service.cli import cli
    from service.db import CHAINED_TABLES
    for table in ["chain", *CHAINED_TABLES.values()]:
        tamper(db_path, f"DELETE FROM {table}")
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 1 and "chain is empty" in result.output


def test_rows_of_a_topic_without_a_chain_fail_verify(db, db_path):
    tamper(db_path, "INSERT INTO topics (slug, name, entry) VALUES ('forged', 'Forged', 1)")
    results = chain.verify_ledger(db)
    assert [r.topic for r in results if not r.ok] == ["forged"]
    assert "has no chain" in results[-1].problem


def test_every_chained_topic_is_verified(db):
    assert {r.topic for r in chain.verify_ledger(db)} == {"semax", "selank", "bpc-157"}
    assert all(r.ok for r in chain.verify_ledger(db))


def test_a_repeated_key_in_entry_data_fails(db, db_path):
    """json.loads keeps the last of two keys, so parsed values would still match: bytes are compared."""
    seq = claim_entry(db, "c3")
    tamper(db_path, """UPDATE chain SET data = '{"text":"Semax cures ADHD.",' || substr(data, 2)
                       WHERE topic = 'semax' AND seq = ?""", seq)
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq == seq and "canonical" in result.problem


def test_reencoded_entry_data_fails(db, db_path):
    seq = claim_entry(db, "c3")
    tamper(db_path, "UPDATE chain SET data = replace(data, '\":', '\": ') WHERE topic = 'semax' AND seq = ?", seq)
    result = chain.verify(db, "semax")
    assert not result.ok and "canonical" in result.problem


def test_an_edited_claim_is_never_quoted(db, db_path, caplog):
    from service.answer import ask
    before = ask(db, "semax", "does it cause hair loss", record=False)
    quoted = [m["claim"] for m in before.matches]
    assert quoted
    target = before.matches[0]
    tamper(db_path, "UPDATE claims SET text = 'Semax is proven to cure ADHD in children.' WHERE topic = 'semax' AND id = ?",
           target["claim_id"])
    after = ask(db, "semax", "does it cause hair loss", record=False)
    assert "cure ADHD" not in after.reply and target["claim_id"] not in [m["claim_id"] for m in after.matches]
    assert f"withheld semax {target['claim_id']}" in caplog.text



@pytest.mark.parametrize("sql", [
    "UPDATE chain SET data = replace(data, '\":', '\": ') WHERE topic = 'semax' AND seq = ?",  # re-encoded
    "UPDATE chain SET prev_hash = upper(prev_hash) WHERE topic = 'semax' AND seq = ?",   # a link that is no hash
])
def test_a_claim_whose_entry_was_rewritten_is_never_quoted(db, db_path, caplog, sql):
    from service.answer import ask
    target = ask(db, "semax", "does it cause hair loss", record=False).matches[0]
    tamper(db_path, sql, claim_entry(db, target["claim_id"]))
    after = ask(db, "semax", "does it cause hair loss", record=False)
    assert target["claim_id"] not in [m["claim_id"] for m in after.matches]
    assert f"withheld semax {target['claim_id']}" in caplog.text

@pytest.mark.parametrize("edit, agrees", [
    (lambda row, unset: {}, True),
    (lambda row, unset: {"text": row["text"] + " Edited."}, False),
    (lambda row, unset: {"tier": None}, False),                    # a column its entry sets, emptied
    (lambda row, unset: {unset: "benefit"}, False),                 # a column its entry leaves empty, set
    (lambda row, unset: {"entry": row["entry"] + 1}, False),
    (lambda row, unset: {"topic": "selank"}, False),
    (lambda row, unset: {"auto": bool(row["auto"])}, True),         # 0 and false are equal, as ever
    (lambda row, unset: {"added": None}, True),                     # an empty column is an absent one
])
def test_a_row_agrees_with_its_entry_only_as_its_entry_wrote_it(db, edit, agrees):
    row = ledger._rows(db, "SELECT * FROM claims WHERE topic = 'semax' AND id = 'c3'")[0]
    entry = db.conn.execute("SELECT kind, data, prev_hash, hash FROM chain WHERE topic = 'semax' AND seq = ?",
                            [row["entry"]]).fetchone()
    unset = next(column for column, value in row.items() if value is None)
    assert chain.row_agrees("semax", {**row, **edit(row, unset)}, entry) is agrees


def test_an_edited_claim_is_not_on_the_article(client, db_path):
    tamper(db_path, "UPDATE claims SET text = 'Semax is proven to cure ADHD in children.' WHERE topic = 'semax' AND id = 'c3'")
    assert b"cure ADHD" not in client.get("/semax").data
    assert b"cure ADHD" not in client.get("/api/semax").data

def test_the_stored_bytes_hash_as_the_entry_does(db):
    for seq, kind, data, prev, digest in db.conn.execute(
            "SELECT seq, kind, data, prev_hash, hash FROM chain WHERE topic = 'bpc-157' ORDER BY seq LIMIT 50"):
        import json
        assert chain._hash_of_stored("bpc-157", seq, kind, data, prev) == chain.entry_hash(
            "bpc-157", seq, kind, json.loads(data), prev) == digest


def test_an_edited_question_node_is_never_shown(client, db, db_path, caplog):
    from handlers import Message, dispatch
    qid = dispatch(db, Message("semax|does it help my cat purr", sender="+15550000003")).answer.question_id
    other = dispatch(db, Message("semax|does it help with kidney stones", sender="+15550000003")).answer.question_id
    assert "cat purr" in client.get("/semax").get_data(as_text=True)
    tamper(db_path, "UPDATE questions SET text = 'is it true semax cures cancer' WHERE id = ?", qid)
    body = client.get("/semax").get_data(as_text=True)
    assert "cures cancer" not in body and "cat purr" not in body and "kidney stones" in body
    assert b"cures cancer" not in client.get("/api/semax").data
    assert client.get(f"/api/semax/questions/{qid}").status_code == 404
    assert client.get(f"/api/semax/questions/{other}").status_code == 200
    assert "cures cancer" not in dispatch(db, Message(f"q:{qid}", sender="+15550000004")).reply
    assert f"withheld semax {qid}" in caplog.text


def rewrite_last_entry(db, db_path, topic, edit):
    """Rewrite `topic`'s last entry's data with `edit` and rehash it (no later entry to break)."""
    import json
    seq, kind, data, prev = db.conn.execute("SELECT seq, kind, data, prev_hash FROM chain WHERE topic = ?"
                                            " ORDER BY seq DESC LIMIT 1", [topic]).fetchone()
    payload = edit(json.loads(data))
    tamper(db_path, "UPDATE chain SET data = ?, hash = ? WHERE topic = ? AND seq = ?", chain.canonical(payload),
           chain.entry_hash(topic, seq, kind, payload, prev), topic, seq)
    return seq


@pytest.mark.parametrize("topic", ["semax", "selank"])  # the topic holding most rows, and a smaller one
@pytest.mark.parametrize("sql, words", [
    ("UPDATE claims SET text = CAST(text AS BLOB) WHERE topic = ? AND id = ?", "edited (text)"),
    ("UPDATE claims SET section = 'tampered' WHERE topic = ? AND id = ?", "edited (section)"),
    ("UPDATE claims SET stance = 1 WHERE topic = ? AND id = ?", "edited (stance)"),
    ("DELETE FROM claims WHERE topic = ? AND id = ?", "deleted"),
])
def test_a_row_differing_in_value_or_type_is_named_in_any_topic(db, db_path, topic, sql, words):
    """The same bytes stored as a BLOB, or a value in a column that held NULL, is an edit too."""
    claim_id, seq = db.conn.execute("SELECT id, entry FROM claims WHERE topic = ? ORDER BY entry DESC LIMIT 1",
                                    [topic]).fetchone()
    tamper(db_path, sql, topic, claim_id)
    result = chain.verify(db, topic)
    assert not result.ok and result.bad_seq == seq and words in result.problem


def test_a_field_no_column_holds_is_caught(db, db_path):
    ledger.add_evidence(db, "semax", {"kind": "paste", "title": "t", "tier": "anecdote", "auto": True},
                        [{"text": "I felt sharper on it.", "tier": "anecdote", "section": "pasted", "auto": True}])
    seq = rewrite_last_entry(db, db_path, "semax", lambda data: {**data, "zzz": "hidden"})
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq == seq and "edited (zzz)" in result.problem


def test_a_null_field_no_column_holds_agrees(db, db_path):
    """Absent and null are the same to a row: the check in SQL suspects it, `row_for` clears it."""
    rewrite_last_entry(db, db_path, "semax", lambda data: {**data, "zzz": None})
    assert chain.verify(db, "semax").ok


def test_a_ledger_in_memory_is_verified_on_its_one_connection(db, db_path):
    import sqlite_utils
    memory = sqlite3.connect(":memory:", isolation_level=None)
    db.conn.backup(memory)
    in_memory = sqlite_utils.Database(memory)
    assert chain.verify(in_memory, "semax").ok
    memory.execute("UPDATE claims SET text = 'Semax cures everything.' WHERE topic = 'semax' AND id = 'c3'")
    result = chain.verify(in_memory, "semax")
    assert not result.ok and result.bad_seq == claim_entry(db, "c3") and "edited (text)" in result.problem


# verify compares most rows with their entries as one string, the canonical JSON of the data a
# row says it was written from; these rows would pass that comparison if it were careless.
@pytest.mark.parametrize("table, pick, sql, words", [
    ("claims", "auto = 1", "UPDATE claims SET auto = 2 WHERE rowid = ?", "edited (auto)"),
    ("claims", "tier_reason IS NOT NULL", "UPDATE claims SET tier_reason = NULL WHERE rowid = ?", "edited (tier_reason)"),
    ("claims", "tier_reason IS NULL", "UPDATE claims SET tier_reason = 'made up' WHERE rowid = ?", "edited (tier_reason)"),
    ("claims", "tier_reason IS NULL", "UPDATE claims SET tier_reason = '' WHERE rowid = ?", "edited (tier_reason)"),
    ("claims", "1", "UPDATE claims SET text = CAST(text AS BLOB) WHERE rowid = ?", "edited (text)"),
    ("sources", "nct IS NULL", "UPDATE sources SET nct = 'NCT00000001' WHERE rowid = ?", "edited (nct)"),
    ("sources", "doi IS NULL", "UPDATE sources SET doi = '10.1000/made.up' WHERE rowid = ?", "edited (doi)"),
])
def test_a_row_edited_in_a_way_json_could_blur_is_caught(db, db_path, table, pick, sql, words):
    rowid, topic, seq = db.conn.execute(f"SELECT rowid, topic, entry FROM {table} WHERE {pick} ORDER BY rowid LIMIT 1").fetchone()
    tamper(db_path, sql, rowid)
    result = chain.verify(db, topic)
    assert not result.ok and result.bad_seq == seq and words in result.problem


def test_a_real_printed_as_the_datas_number_is_caught(db, db_path):
    """SQLite prints a real to 15 digits: 2006.0000000000005 prints as 2006.0, which the data
    may hold. The new source has the shape of the ledger's first, so it is compared as a string."""
    import json
    first = db.conn.execute("SELECT h.data FROM sources t JOIN chain h ON h.topic = t.topic AND h.seq = t.entry"
                            " ORDER BY t.rowid LIMIT 1").fetchone()[0]
    ledger.add_sources(db, "semax", [{**json.loads(first), "id": "s999", "year": 2006.0}])
    assert chain.verify(db, "semax").ok
    tamper(db_path, "UPDATE sources SET year = 2006.0000000000005 WHERE topic = 'semax' AND id = 's999'")
    result = chain.verify(db, "semax")
    assert not result.ok and "edited (year)" in result.problem


def test_claims_of_any_characters_verify_and_an_edit_of_one_is_caught(db, db_path):
    """Characters JSON escapes, as SQLite's json_object and `canonical` both do. (With a
    fingerprint the claim has the usual shape, so it is compared as one string.)"""
    text = 'He said "no" \\ then\n\ttabbed\r\x01\x1f\x7f é 漢字 😀 \u2028 end'
    _, (claim_id,) = ledger.add_evidence(db, "semax", {"kind": "paste", "title": "t", "tier": "anecdote", "auto": True},
                                         [{"text": text, "tier": "anecdote", "section": "pasted", "auto": True,
                                           "fingerprint": "f" * 64}])
    assert db.conn.execute("SELECT text FROM claims WHERE topic = 'semax' AND id = ?", [claim_id]).fetchone()[0] == text
    assert chain.verify(db, "semax").ok
    tamper(db_path, "UPDATE claims SET text = replace(text, char(1), char(2)) WHERE topic = 'semax' AND id = ?", claim_id)
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq == claim_entry(db, claim_id) and "edited (text)" in result.problem
