"""The `ledger` command: exit codes, output, help text."""
import json
import sqlite3

import pytest

from service import ledger
from service.cli import cli
from service.db import connect


def test_export_lists_entries_in_chain_order(runner, db_path):
    result = runner.invoke(cli, ["export", "semax"])
    assert result.exit_code == 0
    entries = [json.loads(line) for line in result.output.splitlines()]
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert all(e["prev_hash"] == p["hash"] for p, e in zip(entries, entries[1:]))
    assert {"s1", "s84", "s86"} <= {e["id"] for e in entries if e["kind"] == "source"}
    claim = next(e for e in entries if e["kind"] == "claim")
    assert {"id", "text", "tier", "source", "hash"} <= set(claim)


def test_verify_ok(runner, db_path):
    result = runner.invoke(cli, ["verify", "semax"])
    assert result.exit_code == 0
    assert result.output.startswith("semax: OK")


def test_verify_names_the_edited_entry(runner, db_path):
    conn = sqlite3.connect(db_path)
    seq = conn.execute("SELECT entry FROM claims WHERE topic = 'semax' AND id = 'c5'").fetchone()[0]
    conn.execute("UPDATE claims SET text = 'edited' WHERE topic = 'semax' AND id = 'c5'")
    conn.commit()
    result = runner.invoke(cli, ["verify", "semax"])
    assert result.exit_code == 1
    assert f"entry {seq}" in result.output


def test_verify_json(runner, db_path):
    result = runner.invoke(cli, ["verify", "--json"])
    report = json.loads(result.output.splitlines()[0])
    assert report["ok"] is True and len(report["head"]) == 64


@pytest.mark.parametrize("args, message", [
    (["export", "nosuch"], "no topic 'nosuch'"),
    (["verify", "nosuch"], "no topic 'nosuch'"),
    (["init"], "already exists"),
])
def test_bad_arguments_are_one_line_errors(runner, db_path, args, message):
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_missing_ledger_is_built_from_data_first(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_DB", str(tmp_path / "fresh.db"))
    result = runner.invoke(cli, ["ask", "--json", "semax|does it cause hair loss"])
    assert result.exit_code == 0
    assert "building it from data/" in result.stderr
    assert "s84" in [m["source"] for m in json.loads(result.stdout)["matches"]]
    assert runner.invoke(cli, ["verify", "semax"]).exit_code == 0


def test_init_force_rebuilds(runner, db_path):
    result = runner.invoke(cli, ["init", "--force"])
    assert result.exit_code == 0
    assert "semax: " in result.stdout and "building" in result.stderr


def test_every_command_documents_itself_with_an_example():
    for name, command in cli.commands.items():
        assert command.help and "Example:" in command.help, name


def test_reindex_rebuilds_the_search_index(runner, db_path):
    conn = sqlite3.connect(db_path)
    runner.invoke(cli, ["ask", "semax|hair loss"])              # builds the index
    conn.execute("DELETE FROM claim_search WHERE claim_id = 'c17'")
    conn.commit()
    assert runner.invoke(cli, ["verify", "semax"]).exit_code == 1
    assert runner.invoke(cli, ["reindex", "semax"]).output == "semax: search index rebuilt\n"
    assert runner.invoke(cli, ["verify", "semax"]).exit_code == 0


def _merged(conn) -> bool:
    """Whether the full-text index is one segment: merging it again ('optimize') changes nothing."""
    before = conn.execute("SELECT count(*), sum(length(block)) FROM claim_search_data").fetchone()
    conn.execute("INSERT INTO claim_search (claim_search) VALUES ('optimize')")
    after = conn.execute("SELECT count(*), sum(length(block)) FROM claim_search_data").fetchone()
    conn.rollback()
    return before == after


def test_a_built_or_reindexed_ledger_has_its_full_text_index_merged(runner, db_path):
    conn = sqlite3.connect(db_path)
    assert _merged(conn)  # as built
    for n in range(3):  # three writes, three more segments
        ledger.add_evidence(connect(str(db_path)), "semax", {"kind": "paste", "title": "t", "tier": "anecdote",
                                                              "auto": True},
                            [{"text": f"pasted finding {n}", "tier": "anecdote", "section": "pasted", "auto": True}])
    assert not _merged(conn)
    assert runner.invoke(cli, ["reindex", "semax"]).exit_code == 0
    assert _merged(conn)
