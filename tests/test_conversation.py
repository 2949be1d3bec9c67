"""A conversation through the signed webhook: memory, follow-ups, small talk, consent, safety, forget me."""
import re

import pytest

from service import answer, chain, conversation, ledger, safety, sms


def nodes(db):
    return db.conn.execute("SELECT count(*) FROM questions").fetchone()[0]


SMS, WHATSAPP = "+15557654321", "whatsapp:+15557654321"


@pytest.mark.parametrize("sender", [SMS, WHATSAPP])
def test_a_scripted_conversation(text, db, sender):
    before = nodes(db)
    _, hi = text("hi", sender=sender)
    assert hi.startswith("Hi!") and nodes(db) == before

    _, first = text("does semax help with stroke recovery?", sender=sender)
    assert "1. human s2:" in first.replace("*", "") and "Not medical advice" in first and nodes(db) == before + 1

    _, more = text("more", sender=sender)                          # the next claims, numbered on
    assert "more:" in more and ("3. human s12" if sender == SMS else "6. anecdote") in more.replace("*", "")
    assert nodes(db) == before + 1

    _, follow = text("what about sleep?", sender=sender)          # no slug: the last topic
    qid = follow.rsplit("q:", 1)[1][:6]
    assert ledger.get_question(db, qid)["topic"] == "semax" and ledger.get_question(db, qid)["text"] == \
        "what about sleep?"

    _, opened = text("1", sender=sender)
    assert opened.lstrip("*").startswith("s36") and "Not medical advice" in opened

    _, by_id = text("s84", sender=sender)
    assert by_id.lstrip("*").startswith("s84") and "hair loss" in by_id

    _, thanks = text("thanks!", sender=sender)
    assert thanks.startswith("You're welcome") and nodes(db) == before + 2

    _, photo = text("", sender=sender, NumMedia="1", MediaUrl0="https://api.twilio.com/x.jpg",
                    MediaContentType0="image/jpeg")
    assert "Only text is read" in photo and nodes(db) == before + 2
    assert chain.verify(db, "semax").ok


def test_whatsapp_stop_is_confirmed_and_honoured_until_start(text, db):
    text("semax|focus", sender=WHATSAPP)
    _, stopped = text("STOP", sender=WHATSAPP)
    assert "unsubscribed" in stopped
    before = (nodes(db), db.conn.execute("SELECT count(*) FROM chain").fetchone()[0])
    for body in ("semax|does it help ADHD?", "hi", "more", "NOTIFY"):
        response, reply = text(body, sender=WHATSAPP)
        assert response.status_code == 200 and reply is None
    assert (nodes(db), db.conn.execute("SELECT count(*) FROM chain").fetchone()[0]) == before
    _, back = text("START", sender=WHATSAPP)
    assert "subscribed again" in back
    _, answered = text("semax|does it help ADHD?", sender=WHATSAPP)
    assert "Not medical advice" in answered and nodes(db) == before[0] + 1


def test_yes_resubscribes_only_someone_who_stopped(text, db):
    _, reply = text("yes", sender="whatsapp:+15550000077")
    assert "subscribed again" not in reply
    assert not conversation.opted_out(db, "whatsapp:+15550000077")


def test_sms_stop_is_recorded_though_the_carrier_answers_it(text, db):
    response, reply = text("STOP", sender="+15550000088")
    assert reply is None and conversation.opted_out(db, "+15550000088")
    assert "subscribed again" in text("START", sender="+15550000088")[1]


def test_with_no_earlier_topic_a_plain_question_asks_which(text):
    _, reply = text("what about sleep?", sender="+15550000099")
    assert reply.startswith("Which topic?") and "semax" in reply


def test_a_plain_question_with_a_misspelt_name_asks_whether_it_was_meant(text):
    _, reply = text("does selnak help with anxiety", sender="+15550000098")
    assert reply.startswith("Which topic? Did you mean selank?") and "selank|your question" in reply


def test_two_topics_in_one_question_answer_from_both(text, db):
    _, reply = text("semax vs selank for anxiety", sender="+15550000100")
    assert reply.startswith("Semax: ") and "\nSelank: " in reply
    assert re.search(r"q:\w{6} semax \d+:[0-9a-f]{8} - q:\w{6} selank \d+:[0-9a-f]{8} - Not medical advice\.$", reply)
    assert {q["topic"] for q in ledger.questions(db, "semax")[-1:] + ledger.questions(db, "selank")[-1:]} == \
        {"semax", "selank"}


def test_another_topic_named_by_an_alias_is_asked_about_as_its_claims_name_it(text, db):
    """Semax's claims name Selank, never its code name TP-7: taken together, the Semax part of the
    answer is its claims about Selank."""
    _, reply = text("semax and TP-7 together?", sender="+15550000103")
    assert reply.startswith("Semax: ") and "nothing in the ledger answers" not in reply.split("\nSelank: ")[0]
    matches = ledger.questions(db, "semax")[-1]["matches"]
    assert matches and "selank" in matches[0]["claim"].lower()


def test_a_topic_compared_with_another_is_answered_first_by_its_claims_that_name_it(text, db):
    """Set side by side, each topic is asked the question as it is: Semax's part of the answer to
    "semax vs selank for memory" is led by its claims about Selank, which compare the two."""
    text("semax vs selank for memory", sender="+15550000104")
    matches = ledger.questions(db, "semax")[-1]["matches"]
    assert matches and "selank" in matches[0]["claim"].lower()


@pytest.mark.parametrize("question", ["semax or selank for memory?", "semax or selank for sleep?",
                                      "semax and selank for memory"])
def test_two_topics_by_sms_show_a_whole_finding_for_each(text, db, question):
    """Each topic's finding is one of its source's claims or that source's summary, whole."""
    sender = "+15550000101"
    _, reply = text(question, sender=sender)
    cited = conversation.load(db, sender).cited
    shown = {}
    for number, source, said in re.findall(r"^(\d+)\. \w+ (s\d+): (.*)$", reply, re.M):
        slug, cited_source = cited[int(number) - 1]
        whole = {c["text"] for c in ledger.claims(db, slug, source=source)} | \
            {ledger.get_source(db, slug, source)["summary"]}
        assert cited_source == source and said in whole
        shown[slug] = said
    assert set(shown) == {"semax", "selank"} and reply.endswith("Not medical advice.")


def test_two_topics_by_sms_where_one_finding_fits_let_the_other_topics_bottom_line_speak(text, db):
    """Selank's strongest finding on sleep (a lab study that names Semax too) leaves no room in
    three segments for another: Semax's bottom line speaks for its claims."""
    _, reply = text("does selank or semax help sleep", sender="+15550000102")
    findings = re.findall(r"^\d+\. \w+ (s\d+): (.*)$", reply, re.M)
    assert [slug for slug, _ in conversation.load(db, "+15550000102").cited[:len(findings)]] == ["selank"]
    assert "\nSemax: 1 article, 6 user reports" in reply and sms.segments(reply) <= 3


def test_two_topics_by_whatsapp_show_each_topics_strongest_finding(text, db):
    sender = "whatsapp:+15550000102"
    _, reply = text("semax vs selank for anxiety", sender=sender)
    cited = conversation.load(db, sender).cited
    numbers = [int(n) for n in re.findall(r"^\*(\d+)\. ", reply, re.M)]
    assert {cited[n - 1][0] for n in numbers} == {"semax", "selank"} and numbers == sorted(numbers)


def test_a_day_of_silence_forgets_the_conversation(text, db):
    text("semax|stroke recovery", sender="+15550000111")
    db.conn.execute("UPDATE conversations SET seen_at = '2000-01-01T00:00:00+00:00'")
    _, reply = text("more", sender="+15550000111")
    assert reply.startswith("There is no recent answer")
    text("semax|stroke recovery", sender="+15550000112")       # any save deletes what lapsed
    assert db.conn.execute("SELECT count(*) FROM conversations WHERE seen_at < '2001'").fetchone()[0] == 0


def test_forget_me_unlinks_the_sender_and_keeps_the_nodes(text, db):
    sender = "+15550000122"
    text("ashwagandha|does it help sleep", sender=sender)                              # a counted request
    _, first = text("semax|does it help with psoriasis", sender=sender)
    qid = first.rsplit("q:", 1)[1][:6]
    asker = ledger.get_question(db, qid)["asker"]
    assert asker and asker == conversation.pseudonym(db, sender)
    _, forgotten = text("forget me", sender=sender)
    assert forgotten.startswith("Done:")
    who = ledger.asker_hash(db, sender)
    for table in ("conversations", "pseudonyms", "notify_requests"):
        assert db.conn.execute(f"SELECT count(*) FROM {table} WHERE sender = ?", [who]).fetchone()[0] == 0
    request_asker = db.conn.execute("SELECT asker FROM topic_requests").fetchone()[0]
    assert ledger.get_question(db, qid)["text"] == "does it help with psoriasis"       # the node stays
    text("semax|does it help with psoriasis", sender=sender)
    assert ledger.questions(db, "semax")[-1]["asker"] != asker                         # and no longer links
    assert request_asker == asker != conversation.pseudonym(db, sender)
    assert "+15550000122" not in str(db.conn.execute("SELECT * FROM conversations").fetchall())
    assert chain.verify(db, "semax").ok


@pytest.mark.parametrize("body", ["¿Semax ayuda con la ansiedad?", "est-ce que semax aide le sommeil",
                                  "Помогает ли семакс от тревоги?"])
def test_another_language_gets_a_short_english_reply(text, db, body):
    before = nodes(db)
    _, reply = text(body)
    assert "English only" in reply and nodes(db) == before


@pytest.mark.parametrize("body", ["hi", "semax?", "is it safe", "wat abt sleep", "semx halp slep", "and is it safe?",
                                  "is semax an essential nutrient", "can i get semax from food"])
def test_short_english_is_not_taken_for_another_language(text, body):
    assert "English only" not in text(body)[1]


def test_english_whose_common_words_name_topics_is_still_english(text, db):
    # the words of every topic's names are left out of the vote, "can", "with" and "take it" among them
    ledger.add_topic(db, {"slug": "calcium", "name": "Calcium", "aliases": ["calcium with vitamin d", "can take it",
                                                                           "old world"]})
    assert "English only" not in text("semax|can my 10 yr old with adhd take it")[1]


@pytest.mark.parametrize("body", ["semax|i took way too much and now have chest pain",
                                  "i think i overdosed on semax", "feeling suicidal since i started semax",
                                  "semax|can it make me suicidal", "my son is suicidal since he started semax",
                                  "my friend took semax and wont wake up", "i think im having a heart attack after semax",
                                  "my toddler got into my semax what do i do",
                                  "my daughter ate half the bottle of semax, is she gonna be ok"])
def test_an_emergency_gets_only_the_emergency_line(text, db, body):
    before = nodes(db)
    _, reply = text(body)
    assert reply == safety.EMERGENCY_LINE and nodes(db) == before


def test_the_topic_asked_about_is_not_another_medicine_taken_alongside(tmp_path):
    # a topic that is itself a medicine people name ("im taking ritalin") raises no interaction
    from handlers import Message, dispatch
    from service import build
    from service.db import connect
    folder = tmp_path / "data" / "ritalin"
    folder.mkdir(parents=True)
    (folder / "topic.json").write_text('{"slug": "ritalin", "name": "Ritalin", "aliases": ["ritalin"]}')
    (folder / "sources.jsonl").write_text('{"id": "s1", "kind": "trial", "title": "Trial", "tier": "human"}\n')
    (folder / "claims.jsonl").write_text(
        '{"source": "s1", "section": "summary", "tier": "human", "text": "In 80 children Ritalin improved focus."}\n')
    build.build(str(tmp_path / "ledger.db"), data_dir=tmp_path / "data")
    db = connect(str(tmp_path / "ledger.db"))
    alone = dispatch(db, Message(body="im taking ritalin, does it help focus?", channel="sms")).reply
    alongside = dispatch(db, Message(body="ritalin|can i take it with xanax", channel="sms")).reply
    assert safety.LINES["interaction"] not in alone and alongside.startswith(safety.LINES["interaction"])


@pytest.mark.parametrize("body, line", [
    ("semax|can my 12 year old take it for focus", "children"),
    ("semax|im 16, can i take it", "children"),
    ("semax|is it ok while breastfeeding", "pregnancy"),
    ("semax|can i take it with my zoloft", "interaction"),
    ("semax|im on adderall, will it interact", "interaction"),
    # naming an emergency is not having one: the answer follows a line for the case that it is
    ("semax|heart attack recovery", "emergency"),
    ("semax|my dad had a heart attack last year, would it help his heart", "emergency"),
    ("semax|overdose symptoms?", "emergency"),
    # a risk asked about, not thoughts someone has: the crisis line, then what the ledger holds
    ("semax|heard it makes people suicidal, is that true", "suicide"),
    ("semax|suicidal thoughts?", "suicide"),
])
def test_children_pregnancy_and_medicines_get_a_safety_line_first(text, body, line):
    _, reply = text(body)
    assert reply.startswith(safety.LINES[line]) and reply.endswith("Not medical advice.")


def test_a_child_to_be_gets_one_safety_line_for_both(text):
    _, reply = text("selank|i'm 8 weeks pregnant, is it safe for the baby?")
    assert reply.startswith(safety.LINES[safety.BOTH] + "\n") and reply.count("Safety first") == 1
    assert sms.segments(reply) <= 2 and reply.endswith("Not medical advice.")


@pytest.mark.parametrize("body", ["semax|does it help sleep", "semax|im 45, will it help my memory",
                                  "semax|im 16 days in, still nothing", "semax|will i sleep like a baby",
                                  "semax|we've been trying for a baby, does it affect sperm",
                                  "semax|i ate a meal first, is that ok", "semax|does it mess with my estrogen",
                                  "semax|does it help with gh levels", "semax|my hair got thinner with it",
                                  "semax|is it better with coffee",
                                  "semax|im 58, my daughter bought me some. will it help my memory",
                                  "semax|my son says it helps older people with stamina, true?",
                                  "semax|my son is 19 and gets irritable, would it help",
                                  "semax|does it lower lactate after sprints",
                                  "semax|im a nursing student, will it help me focus",
                                  "semax|my nan is in a nursing home, would it help her memory"])
def test_ordinary_questions_get_no_safety_line(body):
    assert safety.concerns(body) == [] and not safety.is_emergency(body)


def test_concerns_read_once_are_the_callers_own_list():
    question = "im pregnant and on zoloft, can i take it"
    raised = safety.concerns(question, {"semax"})
    assert raised == ["pregnancy", "interaction"]
    raised.insert(0, safety.BOTH)  # as `safety.lines` rewrites its copy
    assert safety.concerns(question, {"semax"}) == ["pregnancy", "interaction"]
    assert safety.concerns(question, {"zoloft"}) == ["pregnancy"]  # the topic's own name is no other medicine


@pytest.mark.parametrize("body, words", [("semax|can I take it while pregnant?", ("pregnan", "breastfeed")),
                                         ("semax|is it ok for kids", ("child", "kid", "pediatric", "year"))])
def test_a_pregnancy_or_child_question_is_answered_only_by_claims_about_it(db, body, words):
    from service import answer
    result = answer.ask(db, "semax", body.split("|", 1)[1])
    assert all(any(w in m["claim"].lower() for w in words) for m in result.matches + result.unconfirmed)


def test_a_son_or_daughter_of_no_age_gets_the_childrens_line_but_an_answer_about_anyone():
    # "my son has bipolar": a son may be grown, and "my kids" not the ones taking it, so the line is said
    # but the claims are not kept to children
    for grown in ("my son has bipolar with bad manic episodes. is it ever used for bipolar?",
                  "im snapping at my kids all the time, would it calm me down?"):
        assert "children" in safety.concerns(grown) and safety.about(grown) is None
    assert "children" not in safety.concerns("my dad is on a baby aspirin a day, will it help his memory")
    for young in ("my 10 year old son has bipolar. is it ever used for bipolar?", "my son (14) has bipolar, any use?",
                  "my daughter is 9 and has bipolar, any use?", "my son has bipolar, he's 15. is it ever used for kids?"):
        kept = safety.about(young)
        assert not kept("In adults with bipolar disorder it reduced mania.")
        assert kept("In children with bipolar disorder it reduced mania.")


def test_two_topics_asked_together_are_each_asked_about_the_other(db):
    # "can I take selank with semax" says nothing else: selank's claims about semax answer it
    asked = answer.ask(db, "selank", "can i take selank with semax", also=("semax",), record=False)
    assert asked.matches and all("semax" in m["claim"].lower() for m in asked.matches[:3])


def test_a_topic_the_asker_is_on_stays_in_what_the_other_is_asked(db):
    # "im on semax, is selank safe to add": the medicine taken is what the question is about
    asked = answer.ask(db, "selank", "im on semax, is selank safe to add", also=("semax",), record=False)
    assert asked.matches and "semax" in asked.matches[0]["claim"].lower()


def test_a_claim_about_what_reaches_the_milk_or_the_unborn_child_answers_pregnancy_questions():
    asks = safety.about("can i take it while breastfeeding")
    assert asks("In nursing mothers it passed into breast milk in small amounts.")
    assert asks("In rats, high doses harmed the fetus.")
    assert not asks("In 40 adults it improved memory scores over placebo.")


def test_a_claim_its_curators_filed_under_interactions_answers_taking_it_with_something():
    # "olestra lowered its blood levels" names no medicine, but it is what an interactions question asks
    asks = safety.about("any interactions?")
    assert asks("Eating snacks made with olestra lowered its blood levels.", "interactions")
    assert not asks("Eating snacks made with olestra lowered its blood levels.", "evidence")


def test_a_claim_about_the_enzymes_that_break_down_medicines_answers_taking_it_with_them():
    asks = safety.about("can i take it with my other medications")
    assert asks("In liver cells it switched on enzymes that break down medicines, including CYP3A4.")
    assert not asks("In 40 adults it improved memory scores over placebo.")
