"""A topic's data folder, as a curator writes it: checked whole before anything is written."""
import json

import pytest

from service import ledger, matching
from service.build import build
from service.db import connect
from service.folder import FolderError, read


def write_folder(root, topic, sources, claims):
    folder = root / topic.get("slug", "x")
    folder.mkdir(parents=True)
    (folder / "topic.json").write_text(json.dumps(topic))
    (folder / "sources.jsonl").write_text("".join(json.dumps(s) + "\n" for s in sources))
    (folder / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims))
    return folder


SOURCES = [{"id": "s1", "kind": "study", "title": "Trial in mild cognitive impairment", "tier": "Human"},
           {"id": "s2", "kind": "reddit", "title": "gave me headaches", "tier": "anecdote"}]
CLAIMS = [{"source": "s1", "text": "In 53 patients with mild cognitive impairment, memory scores improved over 56 days."},
          {"source": "s2", "tier": "anecdote", "section": "safety", "text": "A user reported headaches after a week."}]


def test_a_minimal_folder_builds_and_answers(tmp_path):
    write_folder(tmp_path / "data", {"slug": "noopept", "aliases": ["omberacetam"]}, SOURCES, CLAIMS)
    build(str(tmp_path / "l.db"), data_dir=tmp_path / "data")
    db = connect(str(tmp_path / "l.db"))
    topic = ledger.get_topic(db, "noopept")
    assert topic["name"] == "noopept" and topic["aliases"] == ["omberacetam"]
    claims = ledger.claims(db, "noopept")
    assert [(c["tier"], c["section"]) for c in claims] == [("human", "summary"), ("anecdote", "safety")]
    ranked, _ = matching.search(db, "noopept", "does it help memory")
    assert ranked[0].source == "s1"


@pytest.mark.parametrize("sources, claims, problem", [
    ([{"id": "1", "tier": "human"}], [], "sources.jsonl:1: id must look like s1"),
    ([{"id": "s1", "tier": "great"}], [], "sources.jsonl:1: tier must be one of"),
    (SOURCES + [SOURCES[0]], [], "sources.jsonl:3: s1 appears twice"),
    (SOURCES, [{"source": "s9", "text": "x"}], "claims.jsonl:1: source 's9' is not in sources.jsonl"),
    (SOURCES, [{"source": "s1", "text": "  "}], "claims.jsonl:1: text is empty"),
])
def test_a_bad_line_is_named_and_nothing_is_built(tmp_path, sources, claims, problem):
    write_folder(tmp_path / "data", {"slug": "noopept"}, sources, claims)
    with pytest.raises(FolderError, match=problem):
        read(tmp_path / "data" / "noopept")
    with pytest.raises(FolderError):
        build(str(tmp_path / "l.db"), data_dir=tmp_path / "data")
    assert list(tmp_path.glob("l.db*")) == []


def test_init_reports_a_bad_folder_in_one_line(tmp_path, runner, monkeypatch):
    from service.cli import cli
    folder = write_folder(tmp_path / "data", {"slug": "noopept"}, SOURCES, CLAIMS)
    (folder / "claims.jsonl").write_text('{"source": "s1", "text": broken}\n')
    monkeypatch.setenv("LEDGER_DB", str(tmp_path / "new.db"))
    monkeypatch.setenv("LEDGER_DATA", str(tmp_path / "data"))
    result = runner.invoke(cli, ["init"])
    assert result.exit_code == 1
    assert "claims.jsonl:1: not JSON" in result.output and "Traceback" not in result.output


def test_fields_the_contract_does_not_name_are_kept_and_verified(tmp_path):
    """A curator's sources may carry more than the contract names ("journal", a list of authors)
    and write a year or a PMID as the other type: all is kept, in the chain and in the rows, and
    the ledger verifies as built; an edit of a kept field in the file is still caught."""
    from service import chain
    sources = [{**SOURCES[0], "year": "2019", "pmid": 31234567, "journal": "Neurology", "authors": ["A. B", "C. D"]},
               SOURCES[1]]
    claims = [{**CLAIMS[0], "quote": "memory scores improved"}, CLAIMS[1]]
    write_folder(tmp_path / "data", {"slug": "noopept", "class": "racetam-like"}, sources, claims)
    build(str(tmp_path / "l.db"), data_dir=tmp_path / "data")
    db = connect(str(tmp_path / "l.db"))
    assert chain.verify(db, "noopept").ok
    row = db.conn.execute("SELECT year, pmid, journal, authors FROM sources WHERE id = 's1'").fetchone()
    assert row == (2019, "31234567", "Neurology", '["A. B","C. D"]')
    kept = [json.loads(data) for (data,) in db.conn.execute("SELECT data FROM chain WHERE topic = 'noopept'")]
    assert kept[0]["class"] == "racetam-like" and kept[1]["journal"] == "Neurology"
    assert any(entry.get("quote") == "memory scores improved" for entry in kept)
    assert ledger.claims(db, "noopept")[0]["text"].startswith("In 53 patients")
    db.conn.execute("UPDATE sources SET journal = 'Lancet' WHERE id = 's1'")
    found = chain.verify(db, "noopept")
    assert not found.ok and "journal" in found.problem


def test_a_byte_order_mark_and_windows_line_ends_are_read(tmp_path):
    folder = write_folder(tmp_path / "data", {"slug": "noopept", "aliases": "omberacetam, GVS-111"}, SOURCES, CLAIMS)
    for name in ("sources.jsonl", "claims.jsonl"):
        lines = (folder / name).read_text().splitlines()
        (folder / name).write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    read_back = read(folder)
    assert [s["id"] for s in read_back.sources] == ["s1", "s2"] and len(read_back.claims) == 2
    assert read_back.topic["aliases"] == ["omberacetam", "GVS-111"]


@pytest.mark.parametrize("field", ["Journal Name", "rowid"])
def test_a_field_that_cannot_be_a_column_is_refused_by_name(tmp_path, field):
    write_folder(tmp_path / "data", {"slug": "noopept"}, [{**SOURCES[0], field: "x"}, SOURCES[1]], CLAIMS)
    with pytest.raises(FolderError, match=f"sources.jsonl:1: field '{field}'"):
        build(str(tmp_path / "l.db"), data_dir=tmp_path / "data")
    assert list(tmp_path.glob("l.db*")) == []
