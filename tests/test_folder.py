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
