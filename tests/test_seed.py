"""The embedded Semax ledger: every listed source with its id, reproducible builds, computed counts."""
import re
from pathlib import Path

from service import ledger
from service.build import DATA_DIR, build
from service.db import connect

SEED_SOURCE_IDS = {
    "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12", "s13", "s14", "s15", "s16",
    "s17", "s18", "s19", "s20", "s21", "s22", "s23", "s24", "s25", "s26", "s27", "s28", "s29", "s30", "s31",
    "s32", "s33", "s34", "s35", "s36", "s37", "s38", "s39", "s40", "s41", "s49", "s60", "s61", "s62", "s66",
    "s73", "s76", "s77", "s78", "s80", "s81", "s84", "s85", "s86",
}


def test_every_listed_source_is_present(db):
    ids = {s["id"] for s in ledger.sources(db, "semax")}
    assert len(SEED_SOURCE_IDS) == 55
    assert SEED_SOURCE_IDS <= ids


def test_unlisted_sources_say_so_and_sit_outside_the_seed_ids(db):
    extra = [s for s in ledger.sources(db, "semax") if s["id"] not in SEED_SOURCE_IDS and not s["auto"]]
    assert extra
    for source in extra:
        assert int(source["id"][1:]) > 86
        assert "not listed" in source["title"]


def test_every_claim_has_a_known_source_and_tier(db):
    ids = {s["id"] for s in ledger.sources(db, "semax")}
    for claim in ledger.claims(db, "semax"):
        assert claim["source"] in ids
        assert claim["tier"] in {"human", "preclinical", "published", "anecdote"}


def test_tiers_follow_the_seed(db):
    by_id = {s["id"]: s for s in ledger.sources(db, "semax")}
    assert by_id["s1"]["tier"] == "preclinical"
    assert by_id["s2"]["tier"] == "human"
    assert by_id["s10"]["tier"] == "published"
    assert by_id["s84"]["tier"] == "anecdote"
    assert by_id["s13"]["platform"] == "r/Nootropics"
    assert by_id["s78"]["kind"] == "instagram"


def test_why_people_take_it_claims_are_anecdotes(db):
    why = [c for c in ledger.claims(db, "semax") if c["section"] == "why_people_take"]
    assert len(why) == 10
    assert {c["tier"] for c in why} == {"anecdote"}


def export_lines(path):
    from service.chain import canonical
    db = connect(str(path))
    lines = [canonical(e) for e in ledger.entries(db, "semax")]
    db.conn.close()
    return lines


def test_two_builds_are_identical(tmp_path):
    build(str(tmp_path / "a.db"))
    build(str(tmp_path / "b.db"))
    assert export_lines(tmp_path / "a.db") == export_lines(tmp_path / "b.db")


def test_build_replaces_only_when_complete(tmp_path):
    target = tmp_path / "ledger.db"
    target.write_text("old")
    build(str(target))
    assert not Path(f"{target}.building").exists()
    assert ledger.get_topic(connect(str(target)), "semax")["name"] == "Semax"


def test_data_files_hold_no_inventory_figures():
    """Counts are computed from the rows; the seed's inventory numbers are never transcribed."""
    text = (DATA_DIR / "semax" / "topic.json").read_text()
    assert not re.search(r"\b(68|102|103)\b", text)
