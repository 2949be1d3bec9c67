"""Replies: what a texter reads, composed in one place."""
import re

from handlers import Message, dispatch
import pytest

from service import answer, ledger, replies, sms


def test_reply_ends_with_node_ledger_state_and_disclaimer_on_one_line(db):
    result = answer.ask(db, "semax", "does it cause hair loss")
    count, head = result.head
    assert result.reply.splitlines()[-1] == f"q:{result.question_id} - {count} entries, head {head[:8]} - " \
                                            "Not medical advice."


def test_reply_opens_with_a_bottom_line_from_what_matched(db):
    reply = answer.ask(db, "semax", "does it cause hair loss").reply
    assert reply.splitlines()[0] == "Semax on hair loss: 1 user report (harms). No human study matches."


def test_gaps_count_every_matching_claim_by_tier(db):
    result = answer.ask(db, "semax", "stroke")
    assert result.tiers["human"] >= 1
    assert sum(result.tiers.values()) >= len(result.matches)


def test_dose_questions_say_no_dosing_advice(db):
    assert "no dosing advice" in answer.ask(db, "semax", "what dose should I take").reply.lower()


def test_sms_shows_at_most_three_claims_whatsapp_more(db):
    sms_reply = answer.ask(db, "semax", "focus", channel="sms").reply
    whatsapp_reply = answer.ask(db, "semax", "focus", channel="whatsapp").reply
    assert sum(line[:3] in {"1. ", "2. ", "3. ", "4. "} for line in sms_reply.splitlines()) <= 3
    assert "4. " in whatsapp_reply


def test_replies_are_gsm7_even_with_unicode_claims(db):
    reply = answer.ask(db, "semax", "hippocampus BDNF in rats").reply
    assert sms.is_gsm7(reply) and sms.segments(reply) <= 3


def test_topic_card_counts_what_the_ledger_holds(db):
    reply = dispatch(db, Message("semax")).reply
    curated, pending = ledger.claim_counts(db, "semax")
    assert f"{sum(curated.values())} curated claims" in reply
    assert f"human {curated['human']}" in reply and f"+ {pending} auto-generated" in reply
    assert "semax|" in reply


def test_ask_json_shape_via_cli(runner, db_path):
    import json
    from service.cli import cli
    result = runner.invoke(cli, ["ask", "--json", "semax|does it help ADHD?"])
    payload = json.loads(result.stdout)
    assert payload["question_id"].startswith("q:")
    assert payload["reply"] and payload["matches"]
    assert {"source", "tier", "claim"} <= set(payload["matches"][0])


def test_cli_ask_prints_the_texters_reply(runner, db_path):
    from service.cli import cli
    result = runner.invoke(cli, ["ask", "semax|hair loss"])
    assert result.exit_code == 0 and "s84" in result.stdout and sms.is_gsm7(result.stdout)
    whatsapp = runner.invoke(cli, ["ask", "--channel", "whatsapp", "semax|hair loss"])
    assert whatsapp.stdout.startswith("*Semax*")


def test_confirmed_claims_count_as_curated(db):
    curated, pending = ledger.claim_counts(db, "semax")
    auto_source = next(s for s in ledger.sources(db, "semax") if s["auto"])
    n = len(ledger.claims(db, "semax", source=auto_source["id"]))
    ledger.confirm(db, "semax", auto_source["id"])
    after, left = ledger.claim_counts(db, "semax")
    assert sum(after.values()) == sum(curated.values()) + n and left == pending - n


def test_auto_generated_claims_are_named_apart(db):
    """Claims nobody has confirmed never stand in the answer itself."""
    result = answer.ask(db, "semax", "is it safe during pregnancy")
    assert result.matches == [] and result.abstained
    assert result.unconfirmed and all(m["auto_generated"] for m in result.unconfirmed)
    assert "nothing confirmed answers this yet" in result.reply and "low confidence" in result.reply


def test_confirmed_evidence_joins_the_answer(db):
    source = answer.ask(db, "semax", "is it safe during pregnancy").unconfirmed[0]["source"]
    ledger.confirm(db, "semax", source)
    assert source in [m["source"] for m in answer.ask(db, "semax", "is it safe during pregnancy").matches]


@pytest.mark.parametrize("matching, expected", [
    ([{"tier": "human", "source": "s2", "claim": "Patients improved after stroke."}],
     "1 human study (benefit)."),
    ([{"tier": "human", "source": "s2", "claim": "Patients improved."},
      {"tier": "anecdote", "source": "s9", "claim": "It helped my focus."},
      {"tier": "anecdote", "source": "s8", "claim": "Gave me headaches, negative."}],
     "1 human study (benefit), 2 user reports (mixed)."),
    ([{"tier": "preclinical", "source": "s4", "claim": "Rats improved."},
      {"tier": "anecdote", "source": "s9", "claim": "It helped my focus."}],
     "1 lab study and 1 user report, all reporting benefit. No human study matches."),
    ([{"tier": "published", "source": "s6", "claim": "A review of the literature."},
      {"tier": "published", "source": "s7", "claim": "Another article."}],
     "2 articles. No human study matches."),
])
def test_bottom_line_says_what_kind_of_evidence_and_which_way(matching, expected):
    assert replies.bottom_line(matching) == expected


def _claim_lines(reply):
    lines = [line.replace(":*", ":").lstrip("*") for line in reply.splitlines()]
    return [line.split(": ", 1)[1] for line in lines if line[:1].isdigit() and ". " in line[:4]]


@pytest.mark.parametrize("question", ["will it mess with my sleep", "stroke recovery", "does it help ADHD?",
                                      "alzheimers", "side effects", "focus"])
def test_claims_are_shown_whole_or_as_their_sources_summary(db, question):
    whole = {c["text"] for c in ledger.claims(db, "semax")} | {s["summary"] for s in ledger.sources(db, "semax")}
    for channel in ("sms", "whatsapp"):
        reply = answer.ask(db, "semax", question, channel=channel).reply
        lines = _claim_lines(reply)
        assert lines and all(sms.to_gsm7(line) in {sms.to_gsm7(t) for t in whole if t} for line in lines), reply
        assert "..." not in reply and reply.endswith("Not medical advice.")


def test_a_claim_too_long_for_sms_gives_way_to_its_sources_summary():
    match = {"tier": "human", "source": "s2", "claim": "word " * 120, "auto_generated": False}
    section = {"topic": {"slug": "x", "name": "X"}, "qid": "ABCDEF", "head": (9, "f" * 64), "matches": [match],
               "matching": [match], "unconfirmed": [], "summaries": {"s2": "A trial in 110 patients."}}
    reply, shown = replies.answer(sections=[section], channel="sms")
    assert "1. human s2: A trial in 110 patients." in reply and shown == [1]
    assert sms.segments(reply) <= 2 and reply.endswith("Not medical advice.")


def test_human_evidence_comes_first_when_it_matches(db):
    result = answer.ask(db, "semax", "stroke recovery")
    assert result.tiers["human"] and _claim_lines(result.reply)
    assert result.reply.splitlines()[1].startswith("1. human ")


def test_an_open_question_offers_notify(db):
    reply = answer.ask(db, "semax", "does it help with psoriasis").reply
    assert "nothing in the ledger answers this yet" in reply and "Reply NOTIFY to hear when evidence arrives." in reply


def _long_claim_section(claims: list[str], summary: str) -> dict:
    matching = [{"tier": "human", "source": "s2", "claim": c, "auto_generated": False} for c in claims]
    return {"topic": {"slug": "x", "name": "X"}, "qid": "ABCDEF", "head": (9, "f" * 64), "matches": matching[:1],
            "matching": matching, "unconfirmed": [], "summaries": {"s2": summary}}


def test_a_claim_too_long_for_sms_gives_way_first_to_another_claim_of_its_source():
    section = _long_claim_section(["word " * 60, "In 110 stroke patients BDNF rose."], "summary " * 40)
    reply, shown = replies.answer(sections=[section], channel="sms")
    assert "\n1. human s2: In 110 stroke patients BDNF rose.\n" in reply and shown == [1]
    assert sms.segments(reply) <= 2


def test_with_no_finding_short_enough_sms_shows_the_bottom_line_and_offers_the_source():
    section = _long_claim_section(["word " * 60], "summary " * 40)
    reply, shown = replies.answer(sections=[section], channel="sms")
    assert shown == [] and "word" not in reply and "summary" not in reply
    assert reply.splitlines()[1] == "Reply 1 for the source or more for its findings."
    assert sms.segments(reply) <= 2 and reply.endswith("Not medical advice.")


def test_an_sms_answer_without_a_finding_leads_on_to_its_source_and_findings(text):
    _, reply = text("selank|does it actually work for anxiety")
    assert sms.segments(reply) <= 2 and not _claim_lines(reply)
    assert "Reply 1 for the strongest source or more for its findings." in reply
    _, source = text("1")
    assert re.match(r"s\d+ \(human", source)
    _, more = text("more")   # the findings, whole, in up to three segments as asked for
    assert re.search(r"\n\d\. human s\d+: ", more) and sms.segments(more) <= 3


def test_unconfirmed_claims_too_long_to_show_are_announced_without_a_dangling_colon():
    auto = {"tier": "published", "source": "s93", "claim": "word " * 60, "auto_generated": True}
    section = {"topic": {"slug": "x", "name": "X"}, "qid": "ABCDEF", "head": (9, "f" * 64), "matches": [],
               "matching": [], "unconfirmed": [auto], "summaries": {}}
    reply, shown = replies.answer(sections=[section], channel="sms", safety=["Safety first: " + "x" * 80])
    assert shown == [] and not any(line.endswith(":") for line in reply.splitlines())
    assert "X: nothing confirmed answers this yet, only auto-generated claims (low confidence)." in reply
    assert "Reply 1 for the source" in reply and sms.segments(reply) <= 2


@pytest.mark.parametrize("claim, way", [
    ("Two adults given infusions showed no adverse changes in heart or liver markers.", ""),
    ("No serious adverse events were reported in the trial.", ""),
    ("User reports headaches and side effects after the first dose.", "harms"),
    ("User reports stopping abruptly with no rebound anxiety or withdrawal symptoms.", ""),
    ("A case report described psychotic symptoms during withdrawal.", "harms"),
    ("In a trial in 330 adults, none of four doses improved symptoms more than placebo.", "no effect"),
    ("No study has tested whether it prevents flu in people.", ""),  # no one looked: no way at all
    ("In 110 patients after stroke, it was used in clinical rehabilitation.", ""),  # context, not a finding
    ("In rats with skin burns, the gel sped wound closure.", "benefit"),
])
def test_which_way_a_finding_points(claim, way):
    assert replies._direction([claim]) == way


def test_a_benefit_beside_a_finding_of_no_effect_is_mixed():
    assert replies._direction(["Children's symptoms improved on it.",
                               "In adults, none of four doses improved symptoms more than placebo."]) == "mixed"
