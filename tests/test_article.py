"""service.article: the article's content, counts, confidence and suggested questions, computed from the ledger."""
from collections import Counter

import pytest

from service import article, ledger

SCIENCE = {"study", "review", "web"}


def rows_from_export(db, slug="semax"):
    """Sources and claims folded from the chain entries alone (what `ledger export` prints).

    Independent of the tables and of service.article: a confirmation clears the
    auto flag of its target (a source's confirmation covers its claims).
    """
    sources, claims, confirmed = {}, {}, set()
    for entry in ledger.entries(db, slug):
        if entry["kind"] == "source":
            sources[entry["id"]] = {"kind": entry["source_kind"], "tier": entry["tier"],
                                    "auto": bool(entry.get("auto"))}
        elif entry["kind"] == "claim":
            claims[entry["id"]] = {"tier": entry["tier"], "source": entry["source"], "section": entry["section"],
                                   "auto": bool(entry.get("auto"))}
        elif entry["kind"] == "confirm":
            confirmed.add(entry["target"])
    for sid, source in sources.items():
        source["auto"] = source["auto"] and sid not in confirmed
    for cid, claim in claims.items():
        claim["auto"] = claim["auto"] and cid not in confirmed and claim["source"] not in confirmed
    return sources, claims


def expected_inventory(db):
    sources, claims = rows_from_export(db)
    kept = [s for s in sources.values() if not s["auto"]]
    anecdotes = [s for s in kept if s["tier"] == "anecdote"]
    return {
        "scientific_sources": sum(s["kind"] in SCIENCE and s["tier"] != "anecdote" for s in kept),
        "claims": dict(Counter(c["tier"] for c in claims.values() if not c["auto"])),
        "reddit_sources": sum(s["kind"] == "reddit" for s in anecdotes),
        "x_sources": sum(s["kind"] == "x" for s in anecdotes),
        "other_anecdote_sources": sum(s["kind"] not in ("reddit", "x") for s in anecdotes),
        "anecdote_sources": len(anecdotes),
        "total_sources": len(sources),
        "total_claims": len(claims),
        "auto_sources": sum(s["auto"] for s in sources.values()),
        "auto_claims": sum(c["auto"] for c in claims.values()),
    }


def formula(claims, scientific):
    value = claims.get("human", 0) * 0.12 + claims.get("preclinical", 0) * 0.04 \
        + claims.get("anecdote", 0) * 0.015 + min(scientific * 0.01, 0.10)
    return min(value, 0.95)


def paste(db, text, tier="human", question=None):
    """Auto-generated evidence, the way ingest writes it."""
    source = {"kind": "paste", "title": text[:40], "summary": text, "tier": tier, "auto": True}
    claims = [{"text": text, "tier": tier, "section": "pasted", "auto": True}]
    return ledger.add_evidence(db, "semax", source, claims, question=question)


# --- inventory -------------------------------------------------------------

def test_inventory_matches_the_chain(db):
    counts = article.inventory(db, "semax")
    expected = expected_inventory(db)
    for key, value in expected.items():
        if key == "claims":
            assert {t: n for t, n in counts["claims"].items() if n} == value
        else:
            assert counts[key] == value, key


def test_inventory_has_every_tier_even_when_empty(db):
    assert set(article.inventory(db, "semax")["claims"]) == set(ledger.TIERS)


def test_the_seed_ledger_holds_evidence_of_every_kind(db):
    counts = article.inventory(db, "semax")
    assert counts["scientific_sources"] and counts["reddit_sources"] and counts["x_sources"]
    assert counts["other_anecdote_sources"] and all(counts["claims"].values())


def test_anecdote_sources_split_into_reddit_x_and_other(db):
    counts = article.inventory(db, "semax")
    split = counts["reddit_sources"] + counts["x_sources"] + counts["other_anecdote_sources"]
    assert split == counts["anecdote_sources"]


def test_inventory_of_an_unknown_topic_raises(db):
    with pytest.raises(ledger.UnknownTopic):
        article.inventory(db, "nope")


# --- confidence ------------------------------------------------------------

@pytest.mark.parametrize("claims, scientific, value, label", [
    ({"human": 1}, 0, 0.12, article.MODERATE),
    ({"preclinical": 2}, 0, 0.08, article.PRELIMINARY),
    ({"anecdote": 4}, 0, 0.06, article.LOW),
    ({"published": 9}, 0, 0.0, article.LOW),
    ({}, 3, 0.03, article.LOW),
    ({}, 25, 0.10, article.LOW),
    ({"human": 2, "preclinical": 1, "anecdote": 2}, 5, 0.24 + 0.04 + 0.03 + 0.05, article.MODERATE),
    ({"human": 9}, 0, 0.95, article.MODERATE),
])
def test_confidence_formula(claims, scientific, value, label):
    assert article.confidence(claims, scientific) == (pytest.approx(value), label)


def test_semax_confidence_follows_the_formula(db):
    expected = expected_inventory(db)
    counts = article.inventory(db, "semax")
    assert counts["confidence"] == pytest.approx(formula(expected["claims"], expected["scientific_sources"]))
    assert counts["confidence_label"] == article.MODERATE


def test_auto_generated_claims_do_not_count(db):
    before = article.inventory(db, "semax")
    paste(db, "In a trial of 40 patients with stroke, Semax helped.")
    after = article.inventory(db, "semax")
    assert after["claims"] == before["claims"] and after["confidence"] == before["confidence"]
    assert after["auto_claims"] == before["auto_claims"] + 1
    assert after["total_sources"] == before["total_sources"] + 1


def test_confirmed_claims_count(db):
    before = article.inventory(db, "semax")
    source_id, _ = paste(db, "In a trial of 40 patients with stroke, Semax helped.")
    ledger.confirm(db, "semax", source_id)
    assert article.inventory(db, "semax")["claims"]["human"] == before["claims"]["human"] + 1


# --- sections --------------------------------------------------------------

@pytest.fixture
def page(db):
    return article.article(db, "semax")


def test_sections_hold_the_confirmed_claims_of_their_section(db, page):
    _, claims = rows_from_export(db)
    for section in ("how_it_works", "why_people_take", "unknowns"):
        expected = [cid for cid, c in claims.items() if c["section"] == section and not c["auto"]]
        assert [c["id"] for c in page[section]] == expected


def test_logic_chain_is_built_from_mechanism_steps_only(page):
    mechanisms = [c for c in page["how_it_works"] if c["tier"] in ("human", "preclinical")]
    assert page["logic_chain"] == mechanisms[:article.LOGIC_CHAIN_LINKS]
    assert page["logic_chain"] and all("Hash-chained" not in c["text"] for c in page["logic_chain"])


def test_source_lists_partition_the_confirmed_sources(db, page):
    sources, _ = rows_from_export(db)
    listed = [s["id"] for group in ("scientists", "reddit", "x", "elsewhere") for s in page[group]]
    assert sorted(listed) == sorted(sid for sid, s in sources.items() if not s["auto"])
    assert len(page["reddit"]) == page["inventory"]["reddit_sources"]
    assert len(page["x"]) == page["inventory"]["x_sources"]
    assert len(page["elsewhere"]) == page["inventory"]["other_anecdote_sources"]


def test_scientists_carry_their_evidence_type(page):
    by_id = {s["id"]: s for s in page["scientists"]}
    assert by_id["s1"]["evidence_type"] == article.EVIDENCE_TYPES["preclinical"]
    assert by_id["s2"]["evidence_type"] == article.EVIDENCE_TYPES["human"]
    assert by_id["s10"]["evidence_type"] == "Published research."


@pytest.mark.parametrize("source, where", [
    ({"tier": "anecdote", "kind": "reddit", "platform": "r/Nootropics"}, "Reddit, r/Nootropics"),
    ({"tier": "anecdote", "kind": "reddit", "platform": None}, "Reddit"),
    ({"tier": "anecdote", "kind": "x", "platform": "X"}, "X"),
    ({"tier": "anecdote", "kind": "youtube", "platform": "YouTube"}, "YouTube"),
    ({"tier": "anecdote", "kind": "instagram", "platform": "Instagram"}, "online"),
    ({"tier": "human", "kind": "study", "platform": None}, None),
])
def test_where_posted(source, where):
    assert article.where_posted(source) == where


def test_auto_generated_evidence_is_kept_apart(db):
    source_id, (claim_id,) = paste(db, "Pasted: my cousin grew wings.", tier="anecdote")
    page = article.article(db, "semax")
    apart = {s["id"]: [c["id"] for c in s["claims"]] for s in page["auto_generated"]}
    assert apart[source_id] == [claim_id]
    listed = [s["id"] for group in ("scientists", "reddit", "x", "elsewhere") for s in page[group]]
    assert source_id not in listed


def test_ledger_state_is_the_chain_head(db, page):
    assert (page["ledger"]["entries"], page["ledger"]["head"]) == tuple(ledger.head(db, "semax"))


# --- open questions --------------------------------------------------------

def ask_node(db, text, matches):
    return ledger.record_question(db, "semax", {"text": text, "channel": "sms", "asker": "hash-of-number",
                                                "message_sid": f"SM{text}", "matches": matches, "tiers": {},
                                                "reply": "r"})


def test_unanswered_questions_are_open(db):
    open_id = ask_node(db, "does it help my cat", [])
    ask_node(db, "stroke", [{"source": "s2"}])
    shown = article.open_questions(db, "semax")["shown"]
    assert [q["id"] for q in shown] == [open_id]


def test_open_questions_never_show_the_asker(db):
    ask_node(db, "does it help my cat", [])
    node = article.open_questions(db, "semax")["shown"][0]
    assert "asker" not in node and "message_sid" not in node


def test_open_questions_show_evidence_pasted_since(db):
    qid = ask_node(db, "does it help my cat", [])
    source_id, _ = paste(db, "My cat liked it.", tier="anecdote", question=qid)
    assert article.open_questions(db, "semax")["shown"][0]["evidence"] == [source_id]


SUBJECTS = ["kidney stones", "hair loss", "tinnitus", "eczema", "migraine", "asthma", "insomnia", "anxiety",
            "depression", "acne", "weight gain", "memory", "libido", "fatigue", "nausea", "pregnancy", "alcohol",
            "caffeine", "driving", "dosage timing", "shelf life", "price", "legal status", "nasal spray",
            "injection site", "dogs", "sleep apnea", "blood sugar", "liver enzymes"]  # no two mean the same


def test_open_questions_list_the_newest_and_count_all(db):
    ids = [ask_node(db, f"does it help {subject}", []) for subject in SUBJECTS[:article.OPEN_QUESTIONS_SHOWN + 2]]
    found = article.open_questions(db, "semax")
    assert found["count"] == len(ids)
    assert [q["id"] for q in found["shown"]] == ids[::-1][:article.OPEN_QUESTIONS_SHOWN]


# --- suggested questions ---------------------------------------------------

def confirmed_text(db):
    sources = [s for s in ledger.sources(db, "semax") if not s["auto"]]
    texts = [f"{s['title']} {s['summary']}" for s in sources]
    texts += [c["text"] for c in ledger.claims(db, "semax") if not c["auto"]]
    return " ".join(texts).lower()


def test_eight_suggested_questions_by_default(db):
    questions = article.suggested_questions(db, "semax")
    assert len(questions) == 8 == len(set(questions))


def test_suggested_questions_respect_n(db):
    assert len(article.suggested_questions(db, "semax", n=3)) == 3


def test_suggestions_come_from_what_the_ledger_holds(db):
    text = confirmed_text(db)
    for suggestion in article.suggestions(db, "semax"):
        assert suggestion["theme"].lower() in text
        assert suggestion["theme"] in suggestion["question"]


def test_suggestions_include_the_ledgers_main_themes(db):
    themes = {s["theme"] for s in article.suggestions(db, "semax")}
    assert {"focus", "BDNF", "stroke"} <= themes


def test_suggestions_never_name_the_topic_or_ask_for_doses(db):
    for suggestion in article.suggestions(db, "semax", n=30):
        assert not {"semax", "dose", "dosing", "dosage", "reddit"} & set(suggestion["theme"].lower().split())


def test_themes_are_subjects_not_how_a_source_is_written():
    # a topic no one tuned for: its sources credit colleagues, say what is new, and note how a
    # report was put together; a reader asks about headaches and sleep
    topic = {"slug": "x-1", "name": "X-1", "aliases": []}
    sources = [{"id": f"s{i}", "kind": "study", "platform": None, "tier": tier, "auto": False,
                "title": f"Report {i}", "summary": "Composite paraphrase of many posts; no real usernames."}
               for i, tier in enumerate(["human", "human", "anecdote", "anecdote"], 1)]
    claims = [{"source": s["id"], "auto": False,
               "text": "Smith and colleagues found new, better evidence that X-1 eases headaches and sleep."}
              for s in sources]
    themes = {t["key"] for t in article.rank_themes(topic, sources, claims)}
    assert {"headache", "sleep"} <= themes
    assert not {"colleague", "new", "better", "many", "composite", "paraphrase", "username"} & themes


def test_pasted_text_does_not_steer_the_suggestions(db):
    for i in range(12):
        paste(db, f"Quokka quokka report number {i}: quokka.", tier="anecdote")
    assert not any("quokka" in t["key"] for t in article.themes(db, "semax"))


def test_themes_and_counts_are_computed_again_when_the_evidence_changes_and_only_then(db):
    """Ranking themes and counting the inventory read every row: a question node (or many) must
    not make them run again; a paste, a confirmation or a retraction must."""
    before, counted = article.themes(db, "semax"), article.inventory(db, "semax")
    ledger.record_question(db, "semax", {"text": "quokkas?", "channel": "web", "matches": [], "tiers": {}})
    reads = []
    db.conn.set_trace_callback(reads.append)
    try:
        assert article.themes(db, "semax") == before and article.inventory(db, "semax") == counted
    finally:
        db.conn.set_trace_callback(None)
    assert not [s for s in reads if "FROM claims" in s or "FROM sources" in s], reads
    pasted = [paste(db, f"Quokka quokka report number {i}: quokka.", tier="anecdote")[0] for i in range(12)]
    assert not any("quokka" in t["key"] for t in article.themes(db, "semax"))
    assert article.inventory(db, "semax")["auto_sources"] == counted["auto_sources"] + 12
    for source_id in pasted:
        ledger.confirm(db, "semax", source_id)
    assert [t["sources"] for t in article.themes(db, "semax") if t["key"] == "quokka"] == [12]
    assert article.inventory(db, "semax")["anecdote_sources"] == counted["anecdote_sources"] + 12
    ledger.retract(db, "semax", pasted[0], "a joke")
    assert [t["sources"] for t in article.themes(db, "semax") if t["key"] == "quokka"] == [11]
    assert article.inventory(db, "semax")["anecdote_sources"] == counted["anecdote_sources"] + 11


def test_themes_sharing_a_word_are_suggested_once(db):
    words = [w for s in article.suggestions(db, "semax", n=20) for w in s["theme"].lower().split()]
    assert len(words) == len(set(words))


# --- sources ---------------------------------------------------------------

def test_source_page_names_its_chain_entry(db):
    page = article.source_page(db, "semax", "s84")
    entry = next(e for e in ledger.entries(db, "semax") if e["kind"] == "source" and e["id"] == "s84")
    assert (page["chain"]["seq"], page["chain"]["hash"], page["chain"]["prev_hash"]) == \
        (entry["seq"], entry["hash"], entry["prev_hash"])
    assert [c["source"] for c in page["claims"]] == ["s84"] * len(page["claims"]) and page["claims"]


def test_source_page_of_an_unknown_source_raises(db):
    with pytest.raises(ledger.UnknownSource):
        article.source_page(db, "semax", "s9999")


@pytest.mark.parametrize("source, hrefs", [
    ({"url": "https://example.org/a"}, ["https://example.org/a"]),
    ({"url": "javascript:alert(1)"}, []),
    ({"url": "data:text/html,hi"}, []),
    ({"pmid": "12345678"}, ["https://pubmed.ncbi.nlm.nih.gov/12345678/"]),
    ({"pmid": "12<b>"}, []),
    ({"doi": "10.1000/xyz(1)"}, ["https://doi.org/10.1000/xyz(1)"]),
    ({"nct": "nct01234567"}, ["https://clinicaltrials.gov/study/NCT01234567"]),
])
def test_source_links_are_safe(source, hrefs):
    assert [link["href"] for link in article.source_links(source)] == hrefs


def test_public_question_drops_the_asker():
    node = {"id": "ABC234", "text": "q", "asker": "h", "message_sid": "SM1", "topic": "semax"}
    shown = article.public_question(node)
    assert shown["id"] == "ABC234" and "asker" not in shown and "message_sid" not in shown


def test_topic_prose_keeps_every_source_a_sentence_cites():
    statements = article.cited("It is studied in rats (s1), mice (s3) and people (s2, s1). It is not approved (s9).")
    assert statements == [{"text": "It is studied in rats, mice and people.", "sources": ["s1", "s3", "s2"]},
                          {"text": "It is not approved.", "sources": ["s9"]}]


def test_open_questions_are_regrouped_when_a_question_arrives(db):
    from service import article
    before = article.open_questions(db, "semax")
    ledger.record_question(db, "semax", {"id": "ZZ0001", "text": "does it help with tinnitus ringing",
                                         "channel": "sms", "matches": [], "tiers": {}})
    after = article.open_questions(db, "semax")
    assert after["count"] == before["count"] + 1
    assert any("tinnitus" in q["text"] for q in after["shown"])
    assert article.open_questions(db, "semax") == after


def test_themes_are_ranked_over_a_bounded_number_of_sources(db, monkeypatch):
    monkeypatch.setattr(article, "THEME_SOURCES", 3)
    monkeypatch.setattr(article, "_computed", {})
    ranked = article.themes(db, "selank")
    assert ranked and max(theme["sources"] for theme in ranked) <= 3
    monkeypatch.setattr(article, "THEME_SOURCES", 500)
    monkeypatch.setattr(article, "_computed", {})
    assert max(theme["sources"] for theme in article.themes(db, "selank")) > 3
