"""What the one writer keeps in its transaction: claim counts and id counters, right under
concurrent writers; and the topic list readers keep, right as topics are added or the file replaced."""
import json
import shutil
import sqlite3
import threading

import pytest

from handlers import grammar
from service import chain, ledger, tally
from service.build import build
from service.db import connect

PASTE = {"kind": "paste", "title": "t", "tier": "anecdote", "auto": True}


def paste(db, text, topic="semax"):
    return ledger.add_evidence(db, topic, PASTE, [{"text": text, "tier": "anecdote", "section": "pasted",
                                                   "auto": True}])


@pytest.mark.parametrize("topic", ["semax", "selank", "bpc-157"])
def test_kept_counts_match_a_recount_of_the_built_ledger(db, topic):
    assert tally.counts(db.conn, topic) == tally.recount(db.conn, topic)
    assert sum(tally.counts(db.conn, topic).values()) == len(ledger.claims(db, topic))


def test_a_paste_counts_as_pending_and_a_confirmation_moves_it_to_curated(db):
    curated, pending = ledger.claim_counts(db, "semax")
    source_id, _ = paste(db, "I slept better on it for a week.")
    after_paste = ledger.claim_counts(db, "semax")
    assert after_paste == (curated, pending + 1)
    ledger.confirm(db, "semax", source_id)
    confirmed, left = ledger.claim_counts(db, "semax")
    assert left == pending and confirmed["anecdote"] == curated["anecdote"] + 1
    assert tally.counts(db.conn, "semax") == tally.recount(db.conn, "semax")


def test_confirming_one_claim_moves_only_that_claim(db):
    _, pending = ledger.claim_counts(db, "semax")
    _, claim_ids = ledger.add_evidence(db, "semax", PASTE, [
        {"text": "First finding pasted here.", "tier": "anecdote", "section": "pasted", "auto": True},
        {"text": "Second finding pasted here.", "tier": "anecdote", "section": "pasted", "auto": True}])
    ledger.confirm(db, "semax", claim_ids[0])
    assert ledger.claim_counts(db, "semax")[1] == pending + 1
    assert tally.counts(db.conn, "semax") == tally.recount(db.conn, "semax")


def test_edited_counts_fail_verify_and_reindex_mends_them(db, db_path, runner):
    db.conn.execute("UPDATE claim_tally SET n = n + 5 WHERE topic = 'semax' AND tier = 'human'")
    result = chain.verify(db, "semax")
    assert not result.ok and "claim counts" in result.problem and "reindex" in result.problem
    from service.cli import cli
    assert runner.invoke(cli, ["reindex", "semax"]).exit_code == 0
    assert chain.verify(db, "semax").ok


def test_a_failed_write_leaves_counts_and_counters_untouched(db):
    counts = tally.counts(db.conn, "semax")
    counters = db.conn.execute("SELECT * FROM id_counters ORDER BY 1, 2").fetchall()
    with pytest.raises(ledger.LedgerError):
        ledger.add_claims(db, "semax", [{"source": "s1", "tier": "human", "section": "x"}])  # no text
    assert tally.counts(db.conn, "semax") == counts
    assert db.conn.execute("SELECT * FROM id_counters ORDER BY 1, 2").fetchall() == counters


def test_new_ids_follow_the_highest_id_even_with_gaps(db):
    highest = max(int(s["id"][1:]) for s in ledger.sources(db, "semax"))
    claims = max(int(c["id"][1:]) for c in ledger.claims(db, "semax"))
    source_id, claim_ids = paste(db, "Pasted after the seed sources.")
    assert (source_id, claim_ids) == (f"s{highest + 1}", [f"c{claims + 1}"])


def test_a_ledger_without_counters_gets_them_when_opened(db_path):
    old = sqlite3.connect(db_path)
    old.execute("DELETE FROM id_counters")
    old.execute("DELETE FROM claim_tally")
    old.execute("DELETE FROM settings WHERE key = 'kept_format'")
    old.commit()
    old.close()
    db = connect(str(db_path))
    highest = max(int(s["id"][1:]) for s in ledger.sources(db, "semax"))
    assert paste(db, "Pasted into a ledger from before.")[0] == f"s{highest + 1}"
    assert chain.verify(db, "semax").ok
    db.conn.close()


def test_concurrent_writers_each_get_their_own_ids(db_path):
    """Eight writers, each with its own connection, paste at once: every paste is stored, once."""
    results, errors = [], []

    def writer(n):
        db = connect(str(db_path))
        try:
            for i in range(5):
                results.append(paste(db, f"Writer {n} paste {i} reports better focus."))
            results.append(("q", ledger.record_question(db, "semax", {"text": f"q{n}", "channel": "sms",
                                                                    "matches": [], "tiers": {}})))
        except Exception as exc:  # collected: an assertion in a thread would be lost
            errors.append(exc)
        finally:
            db.conn.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    sources = [r[0] for r in results if r[0] != "q"]
    claims = [c for r in results if r[0] != "q" for c in r[1]]
    questions = [r[1] for r in results if r[0] == "q"]
    assert len(set(sources)) == len(sources) == 40
    assert len(set(claims)) == len(claims) == 40
    assert len(set(questions)) == 8
    db = connect(str(db_path))
    assert chain.verify(db, "semax").ok
    db.conn.close()


def test_open_questions_are_counted_at_write_time_and_listed_newest_first(db):
    from service import article
    before = article.open_questions(db, "semax")["count"]
    from test_article import SUBJECTS
    opened = [ledger.record_question(db, "semax", {"text": f"does it help {subject}", "channel": "sms",
                                                   "matches": [], "tiers": {}}) for subject in SUBJECTS[:25]]
    ledger.record_question(db, "semax", {"text": "answered", "channel": "sms", "tiers": {},
                                         "matches": [{"source": "s2", "tier": "human", "claim": "x"}]})
    found = article.open_questions(db, "semax")
    assert found["count"] == before + 25 == tally.open_count(db.conn, "semax")
    assert [q["id"] for q in found["shown"]] == opened[::-1][:article.OPEN_QUESTIONS_SHOWN]
    assert chain.verify(db, "semax", vectors=False).ok


def test_an_edited_open_question_count_fails_verify(db):
    db.conn.execute("INSERT OR REPLACE INTO open_questions (topic, n) VALUES ('semax', 7)")
    result = chain.verify(db, "semax", vectors=False)
    assert not result.ok and "open questions" in result.problem


def test_a_preferred_question_id_is_taken_only_while_free(db):
    first = ledger.record_question(db, "semax", lambda qid: {"text": "one", "channel": "sms", "matches": [],
                                                             "tiers": {}, "reply": f"q:{qid}"}, prefer="ABC234")
    second = ledger.record_question(db, "semax", lambda qid: {"text": "two", "channel": "sms", "matches": [],
                                                              "tiers": {}, "reply": f"q:{qid}"}, prefer="ABC234")
    assert first == "ABC234" and second != "ABC234"
    assert ledger.get_question(db, second)["reply"] == f"q:{second}"


def test_the_topics_kept_per_ledger_follow_a_topic_added_by_another_connection(db, db_path):
    before = [t["slug"] for t in ledger.list_topics(db)]
    other = connect(db_path)  # another worker's connection adds a topic
    ledger.add_topic(other, {"slug": "x-1", "name": "X-1", "aliases": ["xone"]})
    after = ledger.list_topics(db)
    assert [t["slug"] for t in after] == sorted(before + ["x-1"])
    assert next(t for t in after if t["slug"] == "x-1")["aliases"] == ["xone"]
    after[0]["name"] = "changed by a caller"  # what a caller does to its copy stays with it
    assert ledger.list_topics(db)[0]["name"] != "changed by a caller"


def test_a_ledger_file_overwritten_in_place_shows_its_own_topics(tmp_path):
    # restored from a backup over the same file (the same inode): the topics kept for the old
    # contents must not be served for the new
    def built(alias):
        data = tmp_path / f"data-{alias}" / "x-1"
        data.mkdir(parents=True)
        (data / "topic.json").write_text(json.dumps({"slug": "x-1", "name": "X-1", "aliases": [alias]}))
        (data / "sources.jsonl").write_text('{"id": "s1", "kind": "trial", "title": "Trial", "tier": "human"}\n')
        (data / "claims.jsonl").write_text('{"source": "s1", "section": "summary", "tier": "human", '
                                           '"text": "In 40 patients X-1 improved memory."}\n')
        path = str(tmp_path / f"{alias}.db")
        build(path, data_dir=data.parent)
        connect(path).conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return path

    path, other = built("first"), built("second")
    assert ledger.list_topics(connect(path))[0]["aliases"] == ["first"]
    shutil.copyfile(other, path)  # truncates and rewrites the same file
    assert ledger.list_topics(connect(path))[0]["aliases"] == ["second"]


def test_every_topics_names_are_one_object_until_a_topic_changes(db, db_path):
    """What every message derives from all the topics' names is cached on the ledger's Directory,
    so it must be the same object while no topic changes, and a new one once another worker's
    connection changes one."""
    before = ledger.directory(db)
    assert ledger.directory(db) is before and hash(ledger.directory(db)) == hash(before)
    assert dict(before) == {t["slug"]: tuple(t["aliases"] or ()) for t in ledger.list_topics(db)}
    ledger.add_topic(connect(db_path), {"slug": "x-1", "name": "X-1", "aliases": ["xone"]})
    after = ledger.directory(db)
    assert after is not before and after["x-1"] == ("xone",)
    assert grammar.resolve_slug("xonee", after) == "x-1"  # the arranged names follow
