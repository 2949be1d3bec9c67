"""The approximate index of a large topic (service/ann.py): a real usearch file beside a real
ledger file. The threshold is lowered so the shipped Semax topic (about 300 claims) counts as
large; what is checked is what a worker sees, not how fast."""
import json
import os
import shutil

import pytest
from click.testing import CliRunner

from service import ann, chain, embedding, ledger, matching, search_index
from service.cli import cli
from service.db import connect


@pytest.fixture
def large(monkeypatch, db_path):
    """The shipped ledger with Semax over the threshold and its file built (workers' caches cleared)."""
    monkeypatch.setattr(ann, "MIN_CLAIMS", 100)
    monkeypatch.setattr(search_index, "_cache", {})
    monkeypatch.setattr(ann, "_refused", {})
    db = connect(str(db_path))
    assert search_index.approximate(db, fresh=True) == ["semax"]
    yield db
    ann.join()
    db.conn.close()


def nearest(db, text, k=10):
    return matching.semantic(search_index.topic_index(db, "semax"), embedding.embed([text])[0], k)


def write(db, texts):
    """New claims, as a curator's evidence is written: one source and its claims."""
    source = {"kind": "study", "title": "Zebrafish swimming study", "tier": "preclinical", "auto": False}
    return ledger.add_evidence(db, "semax", source, [{"text": t, "tier": "preclinical", "section": "how_it_works", "auto": False}
                                                     for t in texts])[1]


def fresh_worker(monkeypatch):
    """What a newly started worker holds: nothing."""
    monkeypatch.setattr(search_index, "_cache", {})
    monkeypatch.setattr(ann, "_refused", {})


def test_a_large_topic_is_answered_from_the_file_without_holding_its_vectors(large, monkeypatch, db_path):
    index = search_index.topic_index(large, "semax")
    assert index.ann is not None and not index.ann.stale
    assert index.ann.count == len(index.claim_ids) and len(index.vectors) == 0
    approximate = nearest(large, "does it help with sleep")
    monkeypatch.setattr(ann, "MIN_CLAIMS", 10**9)  # the same topic, scanned exactly
    fresh_worker(monkeypatch)
    exact = nearest(large, "does it help with sleep")
    # an approximate graph built on every core may miss a neighbour now and then (once, under load)
    assert len({c for c, _ in approximate} & {c for c, _ in exact}) >= 9
    exact_of = dict(exact)
    # the file holds the vectors in half precision: its cosines are within 0.001 of the exact ones
    assert all(score == pytest.approx(exact_of[c], abs=1e-3) for c, score in approximate if c in exact_of)


def test_a_claim_written_after_the_file_answers_at_once(large, db_path):
    search_index.topic_index(large, "semax")  # a running worker, file opened
    (new,) = write(large, ["Zebrafish larvae swam faster after intranasal dosing."])
    index = search_index.topic_index(large, "semax")
    assert index.ann.covered < large.conn.execute("SELECT max(rowid) FROM claim_vectors").fetchone()[0]
    assert index.exact_ids == [new]  # the tail, scanned exactly beside the file
    assert nearest(large, "zebrafish larvae swimming")[0][0] == new
    assert matching.search(large, "semax", "did zebrafish larvae swim faster")[0][0].claim_id == new


def test_the_tail_is_folded_into_the_file_once_it_is_long_enough(large, monkeypatch):
    monkeypatch.setattr(ann, "FOLD_AT", 2)
    search_index.topic_index(large, "semax")
    ids = write(large, [f"Finding {n} about zebrafish larvae." for n in range(3)])
    search_index.topic_index(large, "semax")  # sees the tail and starts the fold
    ann.join()
    index = search_index.topic_index(large, "semax")
    assert index.ann.count == len(index.claim_ids) and index.exact_ids == []
    assert {c for c, _ in nearest(large, "zebrafish larvae finding")[:3]} == set(ids)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "manifest", "deleted"])
def test_a_damaged_file_is_scanned_around_and_rebuilt(large, monkeypatch, db_path, damage):
    folder = ann.folder(str(db_path))
    manifest = next(folder.glob("*.json"))
    file = folder / json.loads(manifest.read_text())["file"]
    if damage == "truncated":
        file.write_bytes(file.read_bytes()[:1000])
    elif damage == "garbage":
        file.write_bytes(b"\0" * file.stat().st_size)
    elif damage == "manifest":
        manifest.write_text("{not json")
    else:
        shutil.rmtree(folder)
    fresh_worker(monkeypatch)
    exact = nearest(large, "hair loss")  # answered by the exact scan while the file is rebuilt
    index = search_index.topic_index(large, "semax")
    assert index.ann is None
    ann.join()
    index = search_index.topic_index(large, "semax")
    assert index.ann is not None and not index.ann.stale and len(index.vectors) == 0
    assert [c for c, _ in nearest(large, "hair loss")] == [c for c, _ in exact]


def test_a_file_that_no_longer_describes_the_rows_is_never_used(large, monkeypatch, tmp_path, db_path):
    """A copy of the ledger whose vector rows were written again under other rowids (as a reindex
    does when other topics' rows follow) gets the old folder copied beside it: its stamp no
    longer holds, so it is rebuilt."""
    other = tmp_path / "other.db"
    shutil.copy(db_path, other)
    copy = connect(str(other))
    copy.conn.execute("UPDATE claim_vectors SET rowid = rowid + 100000 WHERE topic = 'semax'")
    shutil.copytree(ann.folder(str(db_path)), ann.folder(str(other)))
    fresh_worker(monkeypatch)
    assert search_index.topic_index(copy, "semax").ann is None
    ann.join()
    index = search_index.topic_index(copy, "semax")
    assert index.ann.count == len(index.claim_ids) and len(index.vectors) == 0
    copy.conn.close()


def test_a_copy_with_more_claims_uses_the_file_and_scans_the_rest(large, monkeypatch, tmp_path, db_path):
    other = tmp_path / "other.db"
    shutil.copy(db_path, other)
    shutil.copytree(ann.folder(str(db_path)), ann.folder(str(other)))
    copy = connect(str(other))
    (new,) = write(copy, ["A claim only the copy has."])
    fresh_worker(monkeypatch)
    assert search_index.topic_index(copy, "semax").exact_ids == [new]
    copy.conn.close()


def test_reindex_builds_the_file_and_verify_never_reads_it(large, monkeypatch, db_path):
    shutil.rmtree(ann.folder(str(db_path)))
    result = CliRunner().invoke(cli, ["reindex", "semax"])
    assert result.exit_code == 0, result.output
    fresh_worker(monkeypatch)
    index = search_index.topic_index(large, "semax")
    assert index.ann.count == len(index.claim_ids) and len(index.vectors) == 0
    shutil.rmtree(ann.folder(str(db_path)))  # a cache: the chain and the ledger's tables are what verify checks
    assert chain.verify(large, "semax").ok


def test_readying_a_worker_reads_the_file_into_memory_and_answers_the_same(large, monkeypatch):
    """A mapped file's pages fault in during a worker's first answers; `warm.ready` reads it in
    before the workers fork. The answers are those of the mapped file."""
    from service import warm
    fresh_worker(monkeypatch)
    mapped = search_index.topic_index(large, "semax").ann
    size = os.path.getsize(mapped.file)
    assert mapped.index.memory_usage < size / 4  # a view: the file's pages are the operating system's
    before = nearest(large, "does it help with sleep")
    warm.ready(large)
    held = search_index.topic_index(large, "semax").ann
    assert held is not mapped and held.index.memory_usage > size / 2 and held.identity == mapped.identity
    assert nearest(large, "does it help with sleep") == before


def test_a_file_that_cannot_be_read_in_stays_mapped(large, monkeypatch):
    fresh_worker(monkeypatch)
    mapped = search_index.topic_index(large, "semax").ann
    monkeypatch.setattr(mapped, "file", mapped.file + ".gone")
    search_index.resident(large, "semax")
    assert search_index.topic_index(large, "semax").ann is mapped
