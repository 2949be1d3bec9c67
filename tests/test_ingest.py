"""Pasted evidence end to end (issue 4): message, webhook and CLI over a real copy of the built ledger.

Every test writes through the real pipeline (service.ingest -> service.ledger)
and checks what landed in the database, what the sender reads, and that the
chain still verifies. Nothing of ours is mocked.
"""
import json
import re
import sqlite3

import pytest

from handlers import Message, dispatch
from service import chain, extract, ingest, ledger
from service.cli import cli

# --- realistic pastes ----------------------------------------------------------

RAT_PUBMED = """Semax, an analogue of ACTH(4-10) with cognitive effects, regulates BDNF and trkB expression in the rat hippocampus.
Brain Res. 2006. PMID: 16996037

Male Wistar rats received a single intranasal dose of Semax (50 µg/kg). BDNF protein levels in the hippocampus \
rose 1.4-fold three hours after dosing. trkB tyrosine phosphorylation increased 1.6-fold over the same period. \
Exon III BDNF mRNA levels were three times higher at 24 hours. The treated animals also learned a conditioned \
avoidance task faster than controls."""

CLINICAL_ABSTRACT = """Semax in the acute period of hemispheric ischemic stroke: a randomized, placebo-controlled study.
doi:10.17116/jnevro2018118121

BACKGROUND: Semax is registered in Russia for the treatment of acute ischemic stroke.
METHODS: 110 patients with a first hemispheric ischemic stroke were randomised to intranasal Semax 12 mg/day \
or placebo for 10 days in addition to standard care.
RESULTS: Motor deficits improved faster with Semax than with placebo by day 21. Plasma BDNF rose in the Semax \
group, and higher levels went with a better functional outcome. No serious adverse events were attributed to the drug.
CONCLUSIONS: Semax was well tolerated and sped up functional recovery after stroke."""

BLOG = """I've been using Semax nasal spray (0.1%) for about three weeks now, two drops per nostril every morning. \
The first thing I noticed was that my focus at work lasted well into the afternoon. My sleep got worse when I dosed \
after lunch, so I stopped doing that. On days when I took more than 600 mcg I felt irritable and a bit wired. \
Overall I'd say the effect is subtle but real for me."""

REDDIT_URL = "https://www.reddit.com/r/Nootropics/comments/1c9xk2p/semax_three_month_review/"
REDDIT = f"""{REDDIT_URL}
Semax three month review - worth it for brain fog
Been taking N-Acetyl Semax Amidate at 300 mcg a day since March. The brain fog I had after COVID is mostly gone \
and I can read for hours again. Had a couple of headaches in the first week, then nothing. Someone linked a study \
in rats showing it raises BDNF, which might be why it works for me."""

X_URL = "https://x.com/peptidepete/status/1790012345678901234"
X_POST = f"""{X_URL}
semax has been great for my focus lately. 400mcg every morning and I'm done with coffee. not for everyone though, \
my brother got headaches from it"""

PASTES = {  # name: (text, kind, platform, url, identifier column and value, tier of every claim, claims)
    "rat pubmed summary": (RAT_PUBMED, "study", None, None, ("pmid", "16996037"), "preclinical", 6),
    "clinical abstract": (CLINICAL_ABSTRACT, "study", None, None, ("doi", "10.17116/jnevro2018118121"), "human", 7),
    "first-person blog": (BLOG, "paste", None, None, None, "anecdote", 5),
    "reddit post": (REDDIT, "reddit", "r/Nootropics", REDDIT_URL, ("url", REDDIT_URL), "anecdote", 4),
    "x post": (X_POST, "x", "X", X_URL, ("url", X_URL), "anecdote", 3),
}
SEED_CLAIM = "User liked Semax effects but reported hair loss as a negative outcome."  # c16, from s84
TABLES = ("chain", "topics", "sources", "claims", "questions", "evidence_links", "confirmations")


# --- helpers -------------------------------------------------------------------

def snapshot(db):
    """Row counts of every chained table and the chain head: what "nothing was written" compares."""
    counts = {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    return counts, ledger.head(db, "semax")


def send(db, body, channel="sms"):
    return dispatch(db, Message(body=body, channel=channel, sender="+15551234567", message_sid=None))


def ask_node(db, question="semax|does it help with tinnitus", channel="sms"):
    """A question node made the way a texter makes one; returns its id."""
    result = send(db, question, channel)
    assert result.command.kind == "ask"
    return result.answer.question_id


def added_source(reply):
    match = re.search(r"\bAdded (s\d+) \(", reply)
    assert match, reply
    return match.group(1)


# --- identifiers and source kinds ----------------------------------------------

@pytest.mark.parametrize("text, column, value", [
    ("Semax raised hippocampal BDNF in rats given 50 µg/kg. PMID: 16996037", "pmid", "16996037"),
    ("Semax raised hippocampal BDNF in rats. https://pubmed.ncbi.nlm.nih.gov/16996037/", "pmid", "16996037"),
    ("Semax sped recovery in 110 stroke patients. doi:10.1016/S0140-6736(20)30183-5.", "doi",
     "10.1016/S0140-6736(20)30183-5"),
    ("A randomized trial of Semax in 60 patients with chronic cerebral ischemia is registered as NCT01234567.",
     "nct", "NCT01234567"),
    ("https://examine.com/supplements/semax/\nSemax is a synthetic peptide derived from ACTH(4-10).", "url",
     "https://examine.com/supplements/semax/"),
    ("Read it at www.selfhacked.com/blog/semax where Semax is called a nootropic peptide.", "url",
     "https://www.selfhacked.com/blog/semax"),
])
def test_each_identifier_lands_on_the_source_row(db, text, column, value):
    result = ingest.ingest(db, "semax", text)
    source = ledger.get_source(db, "semax", result.source_id)
    assert source[column] == value
    assert result.identifiers  # reported back too


@pytest.mark.parametrize("text, kind, platform", [
    ("PMID: 16996037\nSemax raised BDNF 1.4-fold in the rat hippocampus.", "study", None),
    ("NCT01234567: Semax in 60 patients with chronic cerebral ischemia, randomized.", "study", None),
    (f"{REDDIT_URL}\nSemax cleared my brain fog within a week.", "reddit", "r/Nootropics"),
    ("https://old.reddit.com/r/Peptides/comments/x1/semax/\nSemax made me calmer under stress.", "reddit",
     "r/Peptides"),
    ("r/Nootropics • Posted by u/fogless\nSemax made me calmer under stress at work.", "reddit", "r/Nootropics"),
    ("https://x.com/someone/status/123\nSemax has been great for my focus lately.", "x", "X"),
    ("https://twitter.com/someone/status/123\nSemax has been great for my focus lately.", "x", "X"),
    ("https://www.youtube.com/watch?v=abc123\nIn this video I review two months on Semax.", "youtube", "YouTube"),
    ("https://youtu.be/abc123\nIn this video I review two months on Semax.", "youtube", "YouTube"),
    ("https://www.instagram.com/p/Cabc123/\nDay 10 on Semax and my focus is unreal.", "instagram", "Instagram"),
    ("https://examine.com/supplements/semax/\nSemax is a synthetic peptide derived from ACTH.", "web", "examine.com"),
    ("Semax is a synthetic peptide derived from a fragment of ACTH.", "paste", None),
])
def test_source_kind_and_platform(db, text, kind, platform):
    result = ingest.ingest(db, "semax", text)
    source = ledger.get_source(db, "semax", result.source_id)
    assert (result.kind, source["kind"], source["platform"]) == (kind, kind, platform)


@pytest.mark.parametrize("kind", ["reddit", "x", "youtube", "instagram"])
def test_social_posts_are_anecdotes_even_when_they_cite_trials(db, kind):
    url = {"reddit": REDDIT_URL, "x": X_URL, "youtube": "https://youtu.be/abc123",
           "instagram": "https://www.instagram.com/p/Cabc123/"}[kind]
    result = ingest.ingest(db, "semax", f"{url}\nA randomized trial in 110 stroke patients showed Semax works.")
    assert {tier for _, tier, _ in result.claims} == {"anecdote"}


# --- real pastes, one source each -------------------------------------------------

@pytest.mark.parametrize("name", PASTES)
def test_paste_becomes_one_new_source_with_tiered_claims(db, name):
    text, kind, platform, url, identifier, tier, count = PASTES[name]
    before, _ = snapshot(db)
    last = max(int(s["id"][1:]) for s in ledger.sources(db, "semax"))
    reply = send(db, f"ingest semax|{text}").reply
    sid = added_source(reply)
    after, _ = snapshot(db)
    assert after["sources"] == before["sources"] + 1
    assert after["claims"] == before["claims"] + count
    assert sid == f"s{last + 1}"                                   # numbering continues per topic
    source = ledger.get_source(db, "semax", sid)
    assert (source["kind"], source["platform"], source["url"]) == (kind, platform, url)
    assert source["auto"] is True and source["fingerprint"]
    if identifier:
        assert source[identifier[0]] == identifier[1]
    claims = ledger.claims(db, "semax", source=sid)
    assert [c["tier"] for c in claims] == [tier] * count, [(c["tier"], c["text"]) for c in claims]
    assert all(c["auto"] and c["section"] == ingest.SECTION and c["tier_reason"] for c in claims)
    assert f"{count} claims - {count} {tier}" in reply
    assert chain.verify(db, "semax").ok


def test_rat_summary_claims_read_like_the_abstract(db):
    result = ingest.ingest(db, "semax", RAT_PUBMED)
    texts = [text for _, _, text in result.claims]
    assert texts[1] == "Male Wistar rats received a single intranasal dose of Semax (50 μg/kg)."
    assert not any("PMID" in t or t.startswith("Brain Res") for t in texts)   # citation line is no claim
    assert result.as_dict()["identifiers"] == {"pmids": ["16996037"]}


def test_clinical_abstract_drops_section_labels(db):
    result = ingest.ingest(db, "semax", CLINICAL_ABSTRACT)
    texts = [text for _, _, text in result.claims]
    assert "Motor deficits improved faster with Semax than with placebo by day 21." in texts
    assert not any(re.match(r"(?i)(background|methods|results|conclusions):", t) for t in texts)


def test_reply_names_the_identifier(db):
    reply = send(db, f"ingest semax|{RAT_PUBMED}").reply
    assert re.match(r"Added s\d+ \(study, PMID 16996037\): 6 claims - 6 preclinical\.", reply), reply
    assert "Auto-generated / low-confidence" in reply


@pytest.mark.parametrize("name", PASTES)
def test_pasting_again_adds_nothing_and_says_where_it_is(db, name):
    text = PASTES[name][0]
    sid = added_source(send(db, f"ingest semax|{text}").reply)
    before = snapshot(db)
    reply = send(db, f"ingest semax|{text}").reply
    assert f"Already in the semax ledger as {sid}" in reply and "Nothing added" in reply
    assert snapshot(db) == before
    assert chain.verify(db, "semax").ok


def test_pasting_again_with_other_spacing_and_case_adds_nothing(db):
    sid = ingest.ingest(db, "semax", BLOG).source_id
    again = ingest.ingest(db, "semax", "  " + BLOG.upper().replace(". ", ".\n\n") + "\n")
    assert again.duplicate_of == sid and again.source_id is None


# --- splitting and de-duplication ----------------------------------------------------

def test_seed_claim_is_not_added_again(db):
    seed = db.conn.execute("SELECT id, source FROM claims WHERE text = ?", [SEED_CLAIM]).fetchone()
    assert seed == ("c16", "s84")
    before, _ = snapshot(db)
    result = ingest.ingest(db, "semax", f"{SEED_CLAIM} My brother also lost some hair after two weeks on it.")
    assert result.already == [("c16", "s84")]
    assert [text for _, _, text in result.claims] == ["My brother also lost some hair after two weeks on it."]
    after, _ = snapshot(db)
    assert after["claims"] == before["claims"] + 1
    assert db.conn.execute("SELECT count(*) FROM claims WHERE fingerprint = ?",
                           [extract.fingerprint(SEED_CLAIM)]).fetchone()[0] == 1


def test_reply_says_which_claims_were_already_there(db):
    reply = send(db, f"ingest semax|{SEED_CLAIM} My brother also lost some hair after two weeks on it.").reply
    assert "Added s" in reply and "not added again: c16 in s84" in reply


@pytest.mark.parametrize("variant", [
    SEED_CLAIM,
    SEED_CLAIM.upper(),
    "user liked semax effects, but reported hair loss as a negative outcome",
    f"• {SEED_CLAIM}",
])
def test_paste_of_only_known_claims_adds_nothing(db, variant):
    before = snapshot(db)
    reply = send(db, f"ingest semax|{variant}").reply
    assert "already in the ledger (c16 in s84)" in reply and "Nothing added" in reply
    assert snapshot(db) == before


def test_claim_repeated_inside_one_paste_is_added_once(db):
    text = ("Semax raised hippocampal BDNF in rats. It also raised NGF in the retina. "
            "semax raised hippocampal BDNF in rats!")
    result = ingest.ingest(db, "semax", text)
    assert [text for _, _, text in result.claims] == ["Semax raised hippocampal BDNF in rats.",
                                                      "It also raised NGF in the retina."]


def test_claim_from_an_earlier_paste_is_not_added_again(db):
    first = ingest.ingest(db, "semax", "Semax raised hippocampal BDNF 1.4-fold in rats given 50 µg/kg.")
    second = ingest.ingest(db, "semax", "Semax raised hippocampal BDNF 1.4-fold in rats given 50 µg/kg. "
                                        "NGF rose in the retina of the same rats.")
    assert second.already == [(first.claims[0][0], first.source_id)]
    assert len(second.claims) == 1


def test_splitting_drops_headings_disclaimers_and_questions(db):
    text = ("My Semax experience\n"
            "I took Semax for a month and my focus improved a lot.\n"
            "Does it work for everyone?\n"
            "This post is not medical advice.\n"
            "Subscribe to my newsletter for more peptide reviews.")
    result = ingest.ingest(db, "semax", text)
    assert [text for _, _, text in result.claims] == ["I took Semax for a month and my focus improved a lot."]


# --- atomicity -----------------------------------------------------------------------

GOOD_CLAIM = {"text": "Semax raised BDNF in rats.", "tier": "preclinical", "section": "pasted",
              "fingerprint": extract.fingerprint("Semax raised BDNF in rats."), "auto": True}
SOURCE = {"kind": "paste", "title": "half-written", "url": None, "platform": None, "tier": "preclinical",
          "summary": "x", "fingerprint": "f" * 64, "auto": True}


@pytest.mark.parametrize("bad_claim", [
    {k: v for k, v in GOOD_CLAIM.items() if k != "text"},        # claims.text is NOT NULL
    {**GOOD_CLAIM, "tier": None},                                  # claims.tier is NOT NULL
    {**GOOD_CLAIM, "no such column": 1},                           # a field that cannot name a column
], ids=["no text", "null tier", "unfit field"])
@pytest.mark.parametrize("with_question", [False, True])
def test_failure_halfway_leaves_nothing_behind(db, bad_claim, with_question):
    qid = ask_node(db) if with_question else None
    before = snapshot(db)
    with pytest.raises((ledger.LedgerError, sqlite3.Error)):
        ledger.add_evidence(db, "semax", SOURCE, [GOOD_CLAIM, bad_claim], qid)   # source and one claim went in
    assert snapshot(db) == before
    assert not db.conn.execute("SELECT 1 FROM sources WHERE title = 'half-written'").fetchone()
    assert chain.verify(db, "semax").ok
    assert ingest.ingest(db, "semax", BLOG, question=qid).source_id   # the ledger still takes writes


def test_conflicting_row_fails_the_whole_group(db):
    """The last entry of the group (the question link) hits a row sneaked into evidence_links:
    the source and claims written before it in the same append are rolled back too."""
    qid = ask_node(db)
    count, _ = ledger.head(db, "semax")
    link_entry = count + 1 + len(extract.split_claims(extract.normalise(BLOG))) + 1
    db.conn.execute("INSERT INTO evidence_links (topic, question, source, entry) VALUES ('semax', ?, 's1', ?)",
                    [qid, link_entry])
    before = snapshot(db)
    with pytest.raises(ledger.DuplicateEntry):
        ingest.ingest(db, "semax", BLOG, question=qid)
    assert snapshot(db) == before
    assert not db.conn.execute("SELECT 1 FROM sources WHERE title LIKE 'I''ve been using Semax%'").fetchone()
    db.conn.execute("DELETE FROM evidence_links WHERE entry = ?", [link_entry])
    assert chain.verify(db, "semax").ok
    assert ingest.ingest(db, "semax", BLOG, question=qid).source_id


# --- linking to question nodes ----------------------------------------------------------

def test_evidence_for_a_node_shows_up_everywhere(db, runner):
    qid = ask_node(db)
    reply = send(db, f"ingest semax|q:{qid}|{RAT_PUBMED}").reply
    sid = added_source(reply)
    assert f"Linked to q:{qid}." in reply
    assert [s["id"] for s in ledger.evidence_for(db, qid)] == [sid]
    assert ledger.get_source(db, "semax", sid)["question"] == qid
    node_reply = send(db, f"q:{qid}").reply
    assert f"{sid} (study, 6 claims)" in node_reply
    exported = [json.loads(line) for line in runner.invoke(cli, ["export", "semax"]).output.splitlines()]
    links = [e for e in exported if e["kind"] == "evidence"]
    assert links[-1]["question"] == qid and links[-1]["source"] == sid
    assert links[-1]["prev_hash"] == exported[links[-1]["seq"] - 2]["hash"]
    assert chain.verify(db, "semax").ok


@pytest.mark.parametrize("typed", ["q:{qid}", "Q:{qid}", "q {qid}", "q:{lower}"])
def test_node_id_is_read_the_way_people_type_it(db, typed):
    qid = ask_node(db)
    body = "ingest semax|" + typed.format(qid=qid, lower=qid.lower()) + "|" + BLOG
    sid = added_source(send(db, body).reply)
    assert [s["id"] for s in ledger.evidence_for(db, qid)] == [sid]


def test_two_pastes_for_one_node_both_listed(db):
    qid = ask_node(db)
    first = added_source(send(db, f"ingest semax|q:{qid}|{RAT_PUBMED}").reply)
    second = added_source(send(db, f"ingest semax|q:{qid}|{BLOG}").reply)
    assert [s["id"] for s in ledger.evidence_for(db, qid)] == [first, second]
    assert f"{first} (study, 6 claims); {second} (paste, 5 claims)" in send(db, f"q:{qid}").reply


def test_paste_without_a_node_links_nothing(db):
    before, _ = snapshot(db)
    reply = send(db, f"ingest semax|{BLOG}").reply
    assert "Linked" not in reply
    assert snapshot(db)[0]["evidence_links"] == before["evidence_links"]


def test_known_paste_for_a_new_node_is_linked_to_it(db):
    sid = ingest.ingest(db, "semax", RAT_PUBMED).source_id
    qid = ask_node(db)
    ingest.ingest(db, "semax", RAT_PUBMED, question=qid)
    assert [s["id"] for s in ledger.evidence_for(db, qid)] == [sid]


# --- refusals write nothing ------------------------------------------------------------

@pytest.fixture
def selank_node(db):
    """A node of another shipped topic."""
    return ask_node(db, "selank|does it help with anxiety")


@pytest.mark.parametrize("body, says", [
    ("ingest semax|q:ZZZZZZ|" + BLOG, "no question node q:ZZZZZZ"),
    ("ingest semax|q:{selank}|" + BLOG, "q:{selank} belongs to selank, not semax"),
    ("ingest semax|q:{semax}|", "Nothing to add"),
    ("ingest semax|", "Nothing to add"),
    ("ingest semax", "Nothing to add"),
    ("ingest semax|q:{semax}|\u200b\u200b \ufeff", "Nothing to add"),       # invisible characters only
    ("ingest semax|q:{semax}|" + "Rats given Semax had more BDNF in the hippocampus. " * 400, "limit is 20000"),
    ("ingest semax|ok thanks!", "no claim-sized statement"),
    ("ingest semax|Does semax help with ADHD? What dose?", "no claim-sized statement"),
    ("ingest nosuchpeptide|" + BLOG, 'No topic "nosuchpeptide"'),
])
@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
def test_refusals_write_nothing_and_say_why(db, selank_node, body, says, channel):
    semax_node = ask_node(db)
    body = body.format(selank=selank_node, semax=semax_node)
    says = says.format(selank=selank_node, semax=semax_node)
    before = snapshot(db)
    selank_head = ledger.head(db, "selank")
    reply = send(db, body, channel).reply
    assert says in reply, reply
    assert "Added" not in reply
    assert "Nothing" in reply or body.startswith("ingest nosuchpeptide")   # see the report: it should say so too
    assert snapshot(db) == before and ledger.head(db, "selank") == selank_head
    assert ledger.evidence_for(db, semax_node) == [] and ledger.evidence_for(db, selank_node) == []
    assert chain.verify(db, "semax").ok and chain.verify(db, "selank").ok


def test_oversize_paste_is_counted_after_normalising(db):
    """Spaces and blank lines a phone adds do not count toward MAX_PASTE_CHARS."""
    claim = "Rats given Semax had more BDNF in the hippocampus. "
    text = claim * ((extract.MAX_PASTE_CHARS - 1000) // len(claim))
    padded = text.replace(". ", ".      \n\n\n\n ")
    assert len(padded) > extract.MAX_PASTE_CHARS
    assert "Added s" in send(db, f"ingest semax|{padded}").reply


def test_schema_violation_is_not_called_a_duplicate(db):
    with pytest.raises(ledger.LedgerError) as problem:
        ledger.add_evidence(db, "semax", SOURCE, [{k: v for k, v in GOOD_CLAIM.items() if k != "text"}])
    assert "already exists" not in str(problem.value)


@pytest.mark.parametrize("call, error", [
    (lambda db: ingest.ingest(db, "nosuch", BLOG), ledger.UnknownTopic),
    (lambda db: ingest.ingest(db, "semax", BLOG, question="ZZZZZZ"), ledger.UnknownQuestion),
    (lambda db: ingest.ingest(db, "semax", ""), ingest.IngestRefused),
    (lambda db: ingest.ingest(db, "semax", "x" * (extract.MAX_PASTE_CHARS + 1)), ingest.IngestRefused),
    (lambda db: ingest.ingest(db, "semax", "Fine. Thanks!"), ingest.IngestRefused),
])
def test_pipeline_refusals_are_ledger_errors(db, call, error):
    before = snapshot(db)
    with pytest.raises(error):
        call(db)
    assert snapshot(db) == before


def test_foreign_node_refused_by_the_pipeline(db, selank_node):
    before = snapshot(db)
    with pytest.raises(ledger.ForeignQuestion):
        ingest.ingest(db, "semax", BLOG, question=selank_node)
    assert snapshot(db) == before


def test_long_paste_allowed_when_asked(db):
    claim = "Rats given Semax had more BDNF in the hippocampus. "
    text = claim + "Filler words without an end " * 800 + "."
    assert ingest.ingest(db, "semax", text, allow_long=True).source_id


# --- the webhook, with a real Twilio signature ---------------------------------------------

@pytest.mark.parametrize("sender, channel", [("+15551234567", "sms"), ("whatsapp:+15551234567", "whatsapp")])
def test_webhook_ingest_for_a_node(text, db, sender, channel):
    qid = ask_node(db, channel=channel)
    before, _ = snapshot(db)
    response, reply = text(f"ingest semax|q:{qid}|{RAT_PUBMED}", sender=sender)
    assert response.status_code == 200 and response.mimetype == "application/xml"
    assert re.match(r"Added s\d+ \(study, PMID 16996037\): 6 claims", reply), reply
    assert f"Linked to q:{qid}" in reply
    sid = added_source(reply)
    after, _ = snapshot(db)
    assert after["sources"] == before["sources"] + 1 and after["claims"] == before["claims"] + 6
    assert after["questions"] == before["questions"]          # an ingest is no question
    assert [s["id"] for s in ledger.evidence_for(db, qid)] == [sid]
    assert {c["tier"] for c in ledger.claims(db, "semax", source=sid)} == {"preclinical"}
    assert chain.verify(db, "semax").ok


@pytest.mark.parametrize("sender", ["+15551234567", "whatsapp:+15551234567"])
def test_webhook_paste_again_and_refusal(text, db, sender):
    _, first = text(f"ingest semax|{X_POST}", sender=sender)
    sid = added_source(first)
    before = snapshot(db)
    _, again = text(f"ingest semax|{X_POST}", sender=sender)
    assert f"Already in the semax ledger as {sid}" in again
    _, refused = text("ingest semax|q:ZZZZZZ|" + BLOG, sender=sender)
    assert "no question node q:ZZZZZZ" in refused and "Nothing was recorded" in refused
    assert snapshot(db) == before


def test_webhook_forged_signature_records_nothing(client, db):
    before = snapshot(db)
    params = {"MessageSid": "SM" + "1" * 32, "From": "+15551234567", "Body": f"ingest semax|{BLOG}"}
    response = client.post("/webhook", data=params, headers={"X-Twilio-Signature": "bm90LWEtc2lnbmF0dXJl"})
    assert response.status_code == 403
    assert snapshot(db) == before


def test_webhook_sms_reply_is_gsm7_within_three_segments(text):
    _, reply = text(f"ingest semax|{CLINICAL_ABSTRACT}")     # the fixture checks GSM-7 and segments
    assert reply.startswith("Added s")


# --- the CLI -------------------------------------------------------------------------

def test_cli_ingest_file(runner, db, tmp_path):
    path = tmp_path / "abstract.txt"
    path.write_text(RAT_PUBMED, encoding="utf-8")
    result = runner.invoke(cli, ["ingest", "semax", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Added s") and "6 claims - 6 preclinical" in result.stdout
    assert "normalised:" in result.stderr and "written:" in result.stderr
    assert "Added" not in result.stderr
    sid = added_source(result.stdout)
    assert ledger.get_source(db, "semax", sid)["pmid"] == "16996037"
    assert chain.verify(db, "semax").ok


def test_cli_ingest_stdin_for_a_node(runner, db):
    qid = ask_node(db)
    result = runner.invoke(cli, ["ingest", "semax", "--question", f"q:{qid}", "-"], input=BLOG)
    assert result.exit_code == 0, result.output
    assert "Added s" in result.stdout and f"Linked to q:{qid}" in result.stdout
    assert "split:" in result.stderr
    assert [s["kind"] for s in ledger.evidence_for(db, qid)] == ["paste"]


def test_cli_ingest_json(runner, db):
    result = runner.invoke(cli, ["ingest", "semax", "--json"], input=CLINICAL_ABSTRACT)
    added = json.loads(result.stdout)
    assert added["kind"] == "study" and added["identifiers"] == {"dois": ["10.17116/jnevro2018118121"]}
    assert {c["tier"] for c in added["claims"]} == {"human"} and added["source"].startswith("s")


def test_cli_ingest_again_adds_nothing(runner, db):
    first = runner.invoke(cli, ["ingest", "semax", "-"], input=BLOG)
    before = snapshot(db)
    again = runner.invoke(cli, ["ingest", "semax", "-"], input=BLOG)
    assert again.exit_code == 0 and f"as {added_source(first.stdout)}" in again.stdout
    assert snapshot(db) == before


@pytest.mark.parametrize("args, stdin, message", [
    (["ingest", "semax", "--question", "q:ZZZZZZ", "-"], BLOG, "no question node q:ZZZZZZ"),
    (["ingest", "semax", "--question", "q:12", "-"], BLOG, "is not a question node id"),
    (["ingest", "nosuch", "-"], BLOG, "no topic 'nosuch'"),
    (["ingest", "semax", "-"], "", "nothing left after normalising"),
    (["ingest", "semax", "-"], "Thanks! Bye.", "no claim-sized statement"),
    (["ingest", "semax", "/no/such/file.txt"], "", "No such file"),
])
def test_cli_ingest_errors_are_one_line(runner, db, args, stdin, message):
    before = snapshot(db)
    result = runner.invoke(cli, args, input=stdin)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1
    assert snapshot(db) == before


def test_cli_foreign_question_is_refused(runner, db, selank_node):
    result = runner.invoke(cli, ["ingest", "semax", "--question", f"q:{selank_node}", "-"], input=BLOG)
    assert result.exit_code != 0 and "belongs to selank" in result.output and "Traceback" not in result.output


def test_cli_confirm_source_clears_auto(runner, db):
    sid = added_source(runner.invoke(cli, ["ingest", "semax", "-"], input=RAT_PUBMED).stdout)
    assert ledger.get_source(db, "semax", sid)["auto"] is True
    result = runner.invoke(cli, ["confirm", "semax", sid, "--curator", "alice"])
    assert result.exit_code == 0 and f"confirmed {sid}" in result.stdout
    assert next(s for s in ledger.sources(db, "semax") if s["id"] == sid)["auto"] is False
    assert ledger.get_source(db, "semax", sid)["auto"] is False
    claims = ledger.claims(db, "semax", source=sid)
    assert claims and all(c["auto"] is False for c in claims)
    assert chain.verify(db, "semax").ok


def test_cli_confirm_one_claim(runner, db):
    result = ingest.ingest(db, "semax", RAT_PUBMED)
    first, second = result.claims[0][0], result.claims[1][0]
    assert runner.invoke(cli, ["confirm", "semax", first]).exit_code == 0
    auto = {c["id"]: c["auto"] for c in ledger.claims(db, "semax", source=result.source_id)}
    assert auto[first] is False and auto[second] is True
    # the source is cited by a confirmed claim now, so it is public; its other claim still awaits a curator
    assert ledger.get_source(db, "semax", result.source_id)["status"] == "confirmed"


def test_cli_confirm_unknown_target(runner, db):
    result = runner.invoke(cli, ["confirm", "semax", "s9999"])
    assert result.exit_code != 0 and "s9999" in result.output and "Traceback" not in result.output


# --- the built ledger ---------------------------------------------------------------------

def test_seed_articles_went_through_the_pipeline(db):
    auto = [s for s in ledger.sources(db, "semax") if s["auto"]]
    assert len(auto) == 4 and all(s["fingerprint"] for s in auto)
    for source in auto:
        claims = ledger.claims(db, "semax", source=source["id"])
        assert claims and all(c["auto"] and c["section"] == ingest.SECTION for c in claims)
    assert chain.verify(db, "semax").ok


@pytest.mark.parametrize("text, tier", [
    # article 000 quotes a Redditor after "A Redditor articulated why ...:": the quote is the Redditor's account
    ("In clinical trials, Selank demonstrated as good if not better anxiolytic effects as benzos", "anecdote"),
    ("Thus, Selank offers a likewise benefit for mental illness patients.", "anecdote"),
    # uncontrolled trials are still trials in people
    ("All three clinical trials were done in Russia but none were placebo-controlled.", "human"),
    ("Acting in conditions of experimental focal ischemia, Semax altered the gene expression", "preclinical"),
    # article 003's "What Users Report" section
    ("Individual variation is high (non-responders exist).", "anecdote"),
    ("On-label indications for Semax 1%: Transient ischemic attacks", "published"),
])
def test_seed_articles_tiered_as_a_curator_would(db, text, tier):
    rows = db.conn.execute("SELECT tier FROM claims WHERE auto = 1 AND text LIKE ?", [text + "%"]).fetchall()
    assert rows == [(tier,)]


@pytest.mark.parametrize("text", ["The arrow signifies the point of administration.", "Who knows how that's possible...",
                                  "Transient ischemic attacks", "increased brain BDNF levels"])
def test_seed_articles_hold_no_scraps(db, text):
    assert not db.conn.execute("SELECT 1 FROM claims WHERE text = ?", [text]).fetchone()


def test_ingest_for_an_unknown_topic_says_nothing_was_recorded(text):
    _, reply = text("ingest nosuchpeptide|Rats given it had more BDNF in the hippocampus.")
    assert "Nothing was recorded" in reply and re.search(r"ingest [a-z0-9-]+\|q:ID\|", reply)


def test_evidence_written_without_an_auto_flag_reads_back_and_verifies(db):
    source_id, (claim_id,) = ledger.add_evidence(
        db, "semax", {"kind": "study", "title": "A curated study", "tier": "human"},
        [{"text": "In 30 patients it did something measurable.", "tier": "human", "section": "summary"}])
    assert ledger.get_source(db, "semax", source_id)["id"] == source_id
    assert [c["id"] for c in ledger.claims(db, "semax", source=source_id)] == [claim_id]
    assert chain.verify(db, "semax").ok
