"""Curators keep a live ledger clean: topics added live, confirm / reject / retract as chained
entries, pastes held in quarantine, and the demand lists (open questions, missing topics)."""
import json
import shutil
from pathlib import Path

import pytest

from handlers import Message, dispatch
from service import article, build, chain, conversation, demand, extract, ingest, ledger
from service.cli import cli
from service.db import connect

DATA = Path(__file__).resolve().parent.parent / "data"
PASTER, OTHER, CURATOR = "+15550000001", "+15550000002", "+15550000009"
PASTE = "Since starting Semax my tinnitus disappeared completely within two days, which I did not expect."


def say(db, body, sender=OTHER, channel="sms"):
    return dispatch(db, Message(body=body, channel=channel, sender=sender)).reply


def paste(db, sender=PASTER, text=PASTE):
    return ingest.ingest(db, "semax", text, asker=conversation.pseudonym(db, sender))  # as the ingest handler records it


# --- confirm, reject, retract -----------------------------------------------------------

def test_confirm_is_idempotent_and_shows_what_it_confirms(db):
    source = paste(db).source_id
    first = ledger.confirm(db, "semax", source, "alice")
    assert first.already is None and [c["text"] for c in first.claims] == [PASTE]
    entries = ledger.head(db, "semax")[0]
    again = ledger.confirm(db, "semax", source, "alice")
    assert again.already == "confirmed" and ledger.head(db, "semax")[0] == entries
    assert ledger.confirm(db, "semax", "s2").already == "curated"


def test_confirming_a_source_leaves_its_citation_lines_unconfirmed(db):
    source, (finding, journal) = ledger.add_evidence(db, "semax", {"kind": "study", "tier": "human", "auto": True}, [
        {"text": "Semax improved recovery in 30 stroke patients.", "tier": "human", "section": "pasted", "auto": True},
        {"text": "Zh Nevrol Psikhiatr Im S S Korsakova.", "tier": "human", "section": "pasted", "auto": True}])
    act = ledger.confirm(db, "semax", source)
    assert [c["id"] for c in act.claims] == [finding] and [c["id"] for c in act.skipped] == [journal]
    status = {c["id"]: c["status"] for c in ledger.claims(db, "semax", source=source)}
    assert status == {finding: "confirmed", journal: "pending"}
    assert chain.verify(db, "semax").ok


@pytest.mark.parametrize("line", ["Zh Nevrol Psikhiatr Im S S Korsakova.", "Brain Res. 2006;1117(1):54-60.",
                                  "J Neurochem. 2006 Aug;98(3):123-30.",
                                  "Dolotov OV, Karpenko EA, Inozemtseva LS, et al. Brain Res."])
def test_citation_debris_is_never_a_claim(line):
    assert not extract.is_claim(line)
    assert extract.split_claims(f"Semax raised BDNF in rats.\n{line}") == ["Semax raised BDNF in rats."]


def test_reject_hides_a_paste_and_refuses_curated_evidence(db):
    source = paste(db).source_id
    act = ledger.reject(db, "semax", source, "no evidence, an advert")
    assert act.already is None
    assert source not in {s["id"] for s in ledger.sources(db, "semax")}
    assert ledger.reject(db, "semax", source, "again").already == "rejected"
    with pytest.raises(ledger.CuratorRefused, match="retract"):
        ledger.reject(db, "semax", "s2", "dislike")
    with pytest.raises(ledger.CuratorRefused, match="reason"):
        ledger.retract(db, "semax", "s2", " ")
    assert chain.verify(db, "semax").ok


def test_a_retracted_source_leaves_answers_and_is_listed_with_its_reason(db, client):
    question = "does it raise BDNF in stroke patients"
    assert "s2" in {m["source"] for m in ledger_answer(db, question)}
    ledger.retract(db, "semax", "s2", "the trial report was withdrawn", "alice")
    assert "s2" not in {m["source"] for m in ledger_answer(db, question)}
    listed = article.article(db, "semax")["retractions"]
    assert listed[0]["target"] == "s2" and listed[0]["reason"] == "the trial report was withdrawn"
    body = client.get("/semax").get_data(as_text=True)
    assert 'id="retractions"' in body and "the trial report was withdrawn" in body
    assert "Retracted by a curator" in client.get("/semax/sources/s2").get_data(as_text=True)
    assert "s2" not in {c["source"] for c in client.get("/api/semax/claims").get_json()["claims"]}
    assert chain.verify(db, "semax").ok


def ledger_answer(db, question):
    from service.answer import ask
    return ask(db, "semax", question, channel="web").matches


def test_retracting_one_claim_keeps_its_source(db):
    claim = ledger.claims(db, "semax", source="s84")[0]["id"]
    ledger.retract(db, "semax", claim, "misquoted")
    assert claim not in {c["id"] for c in ledger.claims(db, "semax")}
    assert ledger.get_source(db, "semax", "s84")["status"] == "curated"



def test_reading_a_few_rows_reads_their_curator_acts_as_the_whole_listing_does(db):
    """claims(ids=...), claims(source=...) and get_source read only the acts on their rows:
    each status must still be the one the full listing gives."""
    confirmed = paste(db).source_id
    ledger.confirm(db, "semax", confirmed)
    one_claim = paste(db, text="Semax gave me vivid dreams for a week, then they stopped on their own.")
    ledger.confirm(db, "semax", one_claim.claims[0][0])          # cites its source
    ledger.reject(db, "semax", paste(db, text="Semax cured my cat of everything, trust me on this one.").source_id, "spam")
    ledger.retract(db, "semax", "s84", "misquoted")
    ledger.retract(db, "semax", ledger.claims(db, "semax", source="s2")[0]["id"], "misquoted")
    claims = {c["id"]: c["status"] for c in ledger.claims(db, "semax", withdrawn=True)}
    sources = {s["id"]: s["status"] for s in ledger.sources(db, "semax", withdrawn=True)}
    assert {"confirmed", "pending", "rejected", "retracted", "curated"} <= set(claims.values())
    assert {"confirmed", "rejected", "retracted", "curated"} <= set(sources.values())
    for claim_id, status in claims.items():
        assert [c["status"] for c in ledger.claims(db, "semax", ids=[claim_id], withdrawn=True)] == [status]
    for source_id, status in sources.items():
        assert ledger.get_source(db, "semax", source_id)["status"] == status
        assert {c["id"]: c["status"] for c in ledger.claims(db, "semax", source=source_id, withdrawn=True)} == \
            {c: claims[c] for c in claims if ledger.claims(db, "semax", ids=[c], withdrawn=True)[0]["source"] == source_id}

# --- quarantine ---------------------------------------------------------------------------

def test_a_paste_is_seen_by_its_sender_only_until_confirmed(db, client):
    reply = say(db, f"ingest semax|{PASTE}", sender=PASTER)
    source = paste_id(reply)
    assert "only you see it" in reply
    own = dispatch(db, Message("semax|does it help tinnitus", sender=PASTER))
    assert "tinnitus disappeared" in own.reply
    node = client.get(f"/api/semax/questions/{own.answer.question_id}").get_json()
    assert "tinnitus disappeared" not in json.dumps(node)
    assert "tinnitus disappeared" not in say(db, "semax|does it help tinnitus", sender=OTHER)
    assert "tinnitus" in say(db, f"semax|{source}", sender=PASTER)
    assert f"no source {source}" in say(db, f"semax|{source}", sender=OTHER)
    assert "tinnitus disappeared" not in client.get("/semax").get_data(as_text=True)
    assert client.get(f"/semax/sources/{source}").status_code == 404
    assert client.get(f"/api/semax/sources/{source}").status_code == 404
    assert client.get("/api/semax/claims?q=tinnitus").get_json()["count"] == 0
    assert "tinnitus disappeared" not in json.dumps(client.get("/api/semax").get_json())
    assert "tinnitus disappeared" not in json.dumps(client.get("/api/semax/ask?q=does it help tinnitus").get_json())
    ledger.confirm(db, "semax", source)
    assert client.get("/api/semax/claims?q=tinnitus").get_json()["count"] == 1
    assert "tinnitus" in say(db, "semax|does it help tinnitus", sender=OTHER)


def test_the_topic_card_counts_only_the_auto_claims_anyone_may_see(db):
    card = say(db, "semax")
    for i in range(3):
        paste(db, sender=f"+1555000010{i}", text=f"Spam paste number {i}: semax cures every disease known to medicine.")
    assert say(db, "semax", sender=OTHER) == card
    assert chain.verify(db, "semax").ok
    ingest.ingest(db, "semax", "The ledger's operators added this study of 40 patients given semax for two weeks.")
    _, pending = ledger.claim_counts(db, "semax")
    assert f"+ {pending} auto-generated" in say(db, "semax", sender=OTHER) and f"+ {pending} " not in card


def test_pasting_again_what_another_texter_pasted_never_names_their_held_paste(db):
    held = paste_id(say(db, f"ingest semax|{PASTE}", sender=PASTER))
    qid = dispatch(db, Message("semax|does it help tinnitus", sender=OTHER)).answer.question_id
    entries = ledger.head(db, "semax")[0]
    reply = say(db, f"ingest semax|q:{qid}|{PASTE}", sender=OTHER)
    assert reply.startswith("Received: held for review") and held not in reply and "Already" not in reply
    assert ledger.head(db, "semax")[0] == entries + 1  # only the link of the node to the paste it repeats
    assert [s["id"] for s in ledger.evidence_for(db, qid)] == [held]
    assert held not in say(db, f"q:{qid}", sender=OTHER)
    assert f"as {held}" in say(db, f"ingest semax|{PASTE}", sender=PASTER)  # its own sender is told
    ledger.confirm(db, "semax", held)
    assert f"as {held}" in say(db, f"ingest semax|{PASTE} ", sender=OTHER)  # public now


def test_a_claim_another_texter_pasted_is_counted_not_named(db):
    held = paste_id(say(db, f"ingest semax|{PASTE}", sender=PASTER))
    claim = ledger.claims(db, "semax", source=held)[0]["id"]
    mine = "Semax made my morning runs feel much easier for about three weeks in a row."
    reply = say(db, f"ingest semax|{mine} {PASTE}", sender=OTHER)
    assert "Added s" in reply and "1 claim is already held for review" in reply
    assert held not in reply and claim not in reply


def test_a_held_paste_is_recognised_inside_the_write_transaction(db):
    pasted = paste(db)
    source = ledger.get_source(db, "semax", pasted.source_id)
    stranger = conversation.pseudonym(db, OTHER)
    with pytest.raises(ledger.AlreadyRecorded) as repeat:
        ledger.add_evidence(db, "semax", {"kind": "paste", "auto": True, "asker": stranger,
                                          "fingerprint": source["fingerprint"]}, [])
    assert repeat.value.held and repeat.value.existing == pasted.source_id
    with pytest.raises(ledger.AlreadyRecorded) as own:
        ledger.add_evidence(db, "semax", {"kind": "paste", "auto": True, "asker": source["asker"],
                                          "fingerprint": source["fingerprint"]}, [])
    assert not own.value.held


def paste_id(reply):
    return reply.split("Added ", 1)[1].split(" ", 1)[0]


def test_an_unconfirmed_url_is_never_a_link(db, client):
    result = ingest.ingest(db, "semax", "https://www.reddit.com/r/Nootropics/comments/abc/semax/")
    assert result.link_only and result.kind == "reddit"
    body = client.get(f"/semax/sources/{result.source_id}").get_data(as_text=True)
    assert 'href="https://www.reddit.com' not in body and "reddit.com/r/Nootropics" in body


@pytest.mark.parametrize("pasted, kind, label", [
    ("https://x.com/someone/status/123", "x", "X"),
    ("https://pubmed.ncbi.nlm.nih.gov/16996037/", "study", "PubMed"),
    ("PMID: 16996037", "study", "PubMed"),
])
def test_a_bare_link_becomes_a_source_that_needs_claims(db, pasted, kind, label):
    reply = say(db, f"ingest semax|{pasted}", sender=PASTER)
    assert f"({label} link): no claims yet" in reply and "a paste of its text, is needed for claims" in reply
    source = ledger.get_source(db, "semax", paste_id(reply))
    assert source["kind"] == kind and source["url"].startswith("https://")


# --- curators by text ---------------------------------------------------------------------

def test_curators_act_by_text_and_others_cannot(db, monkeypatch):
    monkeypatch.setenv("LEDGER_CURATORS", f"+1 555 000 0001, {CURATOR}")
    source = paste(db, sender=OTHER).source_id
    assert "Only curators" in say(db, f"confirm semax {source}", sender="+15557777777")
    assert source in say(db, "review semax", sender=f"whatsapp:{CURATOR}", channel="whatsapp")
    reply = say(db, f"confirm semax {source}", sender=CURATOR)
    assert f"confirmed {source}" in reply and "tinnitus" in reply
    assert "already confirmed" in say(db, f"confirm semax {source}", sender=CURATOR)
    assert "retracted" in say(db, f"retract semax {source} spam after all", sender="+15550000001")
    acts = [e for e in ledger.entries(db, "semax") if e["kind"] in ("confirm", "retract")]
    assert all(act["curator"] and "555" not in act["curator"] for act in acts)


# --- demand ---------------------------------------------------------------------------------

def test_questions_are_grouped_by_meaning(db, runner):
    for text in ["blood pressure", "blood pressure?", "what about blood pressure",
                 "can it increase my blood pressure", "does it cause kidney stones", "1"]:
        say(db, f"semax|{text}")
    groups, empty = demand.open_question_groups(db, "semax")
    assert (groups[0].label, groups[0].count) == ("blood pressure", 4)
    result = runner.invoke(cli, ["questions", "semax"])
    assert result.exit_code == 0 and "blood pressure ×4" in result.output


def test_a_missing_topic_is_counted_and_typos_still_find_the_nearest(db, runner):
    reply = say(db, "newpeptide|does it help anxiety")
    assert "not in the ledger yet" in reply and "counted" in reply
    say(db, "newpeptide|and sleep?", sender=PASTER)
    assert say(db, "thanks a lot").startswith("You're welcome")  # small talk, not a compound: not counted
    assert "Nearest: semax" in say(db, "semaxxx-plus|focus")
    assert say(db, "semx|does it help focus").startswith("Semax")
    result = runner.invoke(cli, ["requests"])
    assert result.exit_code == 0 and "newpeptide ×2 (2 senders" in result.output
    assert "ingest" not in result.output


# --- topics added live -------------------------------------------------------------------------

def test_topic_add_on_a_live_ledger_keeps_everything(tmp_path, monkeypatch, runner):
    data = tmp_path / "data"
    shutil.copytree(DATA / "semax", data / "semax")
    monkeypatch.setenv("LEDGER_DATA", str(data))
    monkeypatch.setenv("LEDGER_DB", str(tmp_path / "live.db"))
    assert runner.invoke(cli, ["init"]).exit_code == 0
    db = connect(str(tmp_path / "live.db"))
    assert [t["slug"] for t in ledger.list_topics(db)] == ["semax"]
    node = dispatch(db, Message("semax|does it help with kidney stones", sender=OTHER)).answer.question_id
    pasted = paste(db).source_id
    ledger.confirm(db, "semax", pasted, "alice")
    assert "counted" in say(db, "selank|does it help anxiety")
    assert "selank ×1" in runner.invoke(cli, ["requests"]).output
    before = list(ledger.entries(db, "semax"))

    refused = runner.invoke(cli, ["init", "--force"])
    assert refused.exit_code == 1 and "live entries" in refused.output and "--archive" in refused.output

    added = runner.invoke(cli, ["topic", "add", "selank", "--name", "Selank", "--alias", "slnk",
                                "--from", str(DATA / "selank")])
    assert added.exit_code == 0, added.output
    assert list(ledger.entries(db, "semax")) == before
    assert ledger.get_question(db, node)["topic"] == "semax"
    assert ledger.get_source(db, "semax", pasted)["status"] == "confirmed"
    assert "slnk" in ledger.get_topic(db, "selank")["aliases"]
    answer = dispatch(db, Message("selank|does it help anxiety", sender=OTHER)).answer
    assert answer.matches and answer.topic == "selank"
    assert "selank" not in runner.invoke(cli, ["requests"]).output
    assert runner.invoke(cli, ["verify"]).exit_code == 0
    again = runner.invoke(cli, ["topic", "add", "selank", "--name", "Selank"])
    assert again.exit_code == 1 and "already exists" in again.output


def test_topic_add_warns_when_a_name_of_the_new_topic_is_another_topics_own(db, runner):
    """An alias of several words whose rare word is another topic's name makes that word name
    the new topic too; the curator is told which, and the topic is added all the same."""
    blended = runner.invoke(cli, ["topic", "add", "semaxplus", "--name", "Semaxplus",
                                  "--alias", "semaxplus selank"])
    assert blended.exit_code == 0, blended.output
    assert "warning: 'selank' names semaxplus" in blended.output and "selank's own name" in blended.output
    assert ledger.get_topic(db, "semaxplus") is not None
    plain = runner.invoke(cli, ["topic", "add", "newtopic", "--name", "New Topic", "--alias", "newt"])
    assert plain.exit_code == 0 and "warning" not in plain.output


def test_a_running_server_answers_about_a_topic_added_after_it_started(db, client, runner):
    assert client.get("/newtopic").status_code == 404
    assert runner.invoke(cli, ["topic", "add", "newtopic", "--name", "New Topic"]).exit_code == 0
    assert client.get("/newtopic").status_code == 200
    assert "nothing in the ledger answers" in say(db, "newtopic|does it help sleep")
    assert say(db, "newtopic").startswith("New Topic: in the ledger, with no evidence yet.")


def test_init_archives_a_live_ledger_before_building(db_path, db, runner):
    say(db, "semax|does it help focus")
    result = runner.invoke(cli, ["init", "--archive"])
    assert result.exit_code == 0 and "archived" in result.output
    archived = [p for p in db_path.parent.iterdir() if p.name.startswith("ledger.db.") and p.suffix[1:].isalnum()
                and not p.name.endswith(("-wal", "-shm"))]
    assert len(archived) == 1
    old = connect(str(archived[0]))
    assert len(ledger.questions(old, "semax")) == 1 and build.live_entries(old) >= 1
    assert ledger.questions(connect(str(db_path)), "semax") == []


def test_confirming_one_claim_of_a_paste_publishes_that_claim_only(db, client):
    second = "Semax also gave me a mild headache on the first morning, which faded by noon."
    result = paste(db, text=f"{PASTE}\n\n{second}")
    kept = result.claims[0][0]
    ledger.confirm(db, "semax", kept)
    assert ledger.get_source(db, "semax", result.source_id)["status"] == "confirmed"
    page = client.get(f"/api/semax/sources/{result.source_id}").get_json()
    assert [c["id"] for c in page["claims"]] == [kept]
    assert "headache on the first morning" not in json.dumps(client.get("/api/semax").get_json())
    assert "1 claim in" in say(db, f"semax|{result.source_id}", sender=OTHER)
    assert "2 claims in" in say(db, f"semax|{result.source_id}", sender=PASTER)


@pytest.mark.parametrize("table, edit", [
    ("retractions", "UPDATE retractions SET reason = 'no reason' WHERE topic = 'semax'"),
    ("retractions", "DELETE FROM retractions WHERE topic = 'semax'"),
    ("rejections", "UPDATE rejections SET target = 's2' WHERE topic = 'semax'"),
    ("confirmations", "UPDATE confirmations SET claims = '[]' WHERE topic = 'semax'"),
])
def test_verify_names_an_edited_curator_act(db, table, edit):
    pasted = paste(db).source_id
    ledger.confirm(db, "semax", pasted)
    ledger.reject(db, "semax", paste(db, text="Semax gave me vivid dreams every single night for a whole week.")
                  .source_id, "off topic")
    ledger.retract(db, "semax", "s2", "withdrawn")
    assert chain.verify(db, "semax").ok
    db.conn.execute(edit)
    result = chain.verify(db, "semax")
    assert not result.ok and result.bad_seq


def test_the_article_shows_an_open_question_once_with_its_repeats(db, client):
    for text in ["blood pressure?", "what about blood pressure", "Blood pressure", "does it cause kidney stones"]:
        say(db, f"semax|{text}")
    shown = article.open_questions(db, "semax")["shown"]
    assert [(q["text"], q["asks"]) for q in shown][:2] == [("does it cause kidney stones", 1), ("Blood pressure", 3)]
    assert len(shown[1]["repeats"]) == 2
    assert "×3" in client.get("/semax").get_data(as_text=True)


def test_topic_prose_marks_a_source_a_curator_retracted(db, client):
    ledger.retract(db, "semax", "s2", "the trial report was withdrawn")
    page = article.article(db, "semax")
    bdnf = next(s for s in page["what_it_is"] if "plasma BDNF" in s["text"])
    assert bdnf["retracted"] == ["s2"] and not bdnf["unsupported"]
    assert all(not s["retracted"] for s in page["what_it_is"] if "s2" not in s["sources"])
    body = client.get("/semax").get_data(as_text=True)
    assert '<s><a href="/semax/sources/s2">s2</a></s> <span class="retracted">retracted</span>' in body
    assert client.get("/api/semax").get_json()["safety"][0]["retracted"] == ["s2"]


def test_topic_prose_resting_only_on_retracted_sources_is_flagged(db, client):
    for source in ("s1", "s27"):
        ledger.retract(db, "semax", source, "misattributed")
    first = article.article(db, "semax")["what_it_is"][0]
    assert first["sources"] == ["s1", "s27"] and first["unsupported"]
    assert "every source of this sentence was retracted" in client.get("/semax").get_data(as_text=True)


def test_the_article_groups_open_questions_by_meaning_in_public_words(db, client):
    for text in ["blood pressure", "what about blood pressure", "can it increase my blood pressure",
                 "my number is 07700 900125 and I have HIV. does it raise blood pressure?",
                 "does it cause kidney stones", "1", "more"]:
        say(db, f"semax|{text}")
    shown = article.open_questions(db, "semax")["shown"]
    assert [(q["label"], q["asks"]) for q in shown] == [("kidney stones", 1), ("blood pressure", 4)]
    assert "blood pressure" in shown[1]["text"] and len(shown[1]["repeats"]) == 3
    page = client.get("/semax").get_data(as_text=True)
    listed = client.get("/api/semax").get_json()["open_questions"]["shown"]
    assert f"“{shown[1]['text']}” <strong>×4</strong>" in page and [q["asks"] for q in listed] == [1, 4]
    assert [private for private in ("07700", "HIV", "“1”", "“more”") if private in page] == []
    assert "07700" not in json.dumps(listed) and "HIV" not in json.dumps(listed)


def test_the_article_groups_only_the_newest_open_questions(db, monkeypatch):
    for text in ["blood pressure?", "what about blood pressure", "does it raise blood pressure", "blood pressure!"]:
        ledger.record_question(db, "semax", {"text": text, "channel": "sms", "matches": [], "tiers": {}})
    monkeypatch.setattr(article, "OPEN_QUESTIONS_READ", 3)
    found = article.open_questions(db, "semax")
    assert found["count"] == 4 and [q["asks"] for q in found["shown"]] == [3]


def test_an_inclusion_proof_never_shows_a_held_paste(db, client):
    held = paste_id(say(db, f"ingest semax|{PASTE}", sender=PASTER))
    seq = ledger.get_source(db, "semax", held)["entry"]
    for entry in (seq, seq + 1):  # the source, then its claim
        proof = client.get(f"/api/semax/proof/{entry}").get_json()
        assert proof["leaf"] is None and proof["leaf_hash"]
    ledger.confirm(db, "semax", held)
    assert "tinnitus disappeared" in client.get(f"/api/semax/proof/{seq + 1}").get_json()["leaf"]
    assert client.get(f"/api/semax/proof/{seq}").get_json()["leaf"] is None  # it names its sender's pseudonym
