"""Replies: what a texter reads, composed in one place."""
from handlers import Message, dispatch
import pytest

from service import answer, ledger, replies, sms


def test_reply_names_ledger_state_and_gaps(db):
    result = answer.ask(db, "semax", "does it cause hair loss")
    count, head = result.head
    assert f"{count} entries, head {head[:8]}" in result.reply
    assert "human 0 - preclinical 0" in result.reply
    assert f"q:{result.question_id}" in result.reply
    assert f"ingest semax|q:{result.question_id}|" in result.reply


def test_gaps_count_every_matching_claim_by_tier(db):
    result = answer.ask(db, "semax", "stroke")
    assert result.tiers["human"] >= 1
    assert sum(result.tiers.values()) >= len(result.matches)


def test_dose_questions_say_no_dosing_advice(db):
    assert "no dosing advice" in answer.ask(db, "semax", "what dose should I take").reply


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


CLAIM = "Mixed/negative on Semax (minimal effect even at 1mg), positive on Selank for deep sleep."


@pytest.mark.parametrize("terms, limit, expected", [
    (("sleep",), 200, CLAIM),                                              # it fits: untouched
    (("negative",), 40, "Mixed/negative on Semax (minimal..."),            # the match is early: cut the end
    (("sleep",), 40, "...positive on Selank for deep sleep."),             # the match is late: keep the end
    (("minimal",), 30, "...on Semax (minimal..."),                   # in the middle: a window around it
    ((), 40, "Mixed/negative on Semax (minimal..."),
])
def test_sms_excerpts_keep_the_words_the_question_matched(terms, limit, expected):
    excerpt = replies._excerpt(CLAIM, limit, terms)
    assert excerpt == expected and len(excerpt) <= limit


def test_a_short_sms_answer_shows_the_part_of_a_claim_that_answers(db):
    reply = answer.ask(db, "semax", "will it mess with my sleep").reply
    assert "Selank for deep sleep." in reply
