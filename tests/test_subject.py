"""What a question is about: its nouns, named only in words the matching claims use too."""
import pytest

from service import replies, subject


@pytest.mark.parametrize("question, runs", [
    ("does it actually raise bdnf in ppl or just in rats", [["bdnf"]]),     # "raise" is a verb here
    ("will it mess up my sleep", [["sleep"]]),                                # a noun after "my"
    ("stroke recovery", [["stroke", "recovery"]]),
    ("how fast does tolerance build up", [["tolerance"]]),                   # "build up": a verb
    ("tried it 2 weeks, felt nothing", []),                                   # a measure, a verb form
    ("every day or just when i need it", []),                                 # too common to name a subject
    ("my clinic stopped selling it last year. was it pulled?", []),           # background, not the question
    ("is that a known reaction?", []),
    ("stack w alpha?", [["stack"]]),                                          # a topic's name is no subject
    ("any human studies or is it all mice", []),                              # kinds of evidence
    ("suicidal thoughts?", [["suicidal", "thoughts"], ["thoughts"]]),         # with its adjective, then without
])
def test_candidates_are_the_nouns_of_the_sentence_that_asks(question, runs):
    assert subject.candidates(question, {"alpha"}) == runs


@pytest.mark.parametrize("claims, said", [
    ({"s1": ["Helped my ADHD focus."], "s2": ["Two adhd patients improved."]}, "ADHD"),   # the claims' capitals
    ({"s1": ["Helped my ADHD focus."], "s2": ["Better sleep."]}, None),                   # not every source says it
    ({"s1": ["Gave me headaches for a week."]}, "headaches"),                              # same lemma, as asked
])
def test_a_subject_is_named_only_where_every_source_says_it(claims, said):
    runs = subject.candidates("does it help adhd or cause headaches", set())
    assert subject.named(runs, claims) == said


@pytest.mark.parametrize("claims, said", [
    ({"s1": ["The label warns of suicidal thoughts."]}, "suicidal thoughts"),
    ({"s1": ["The label warns of suicidal thoughts."], "s2": ["Users describe racing thoughts."]}, "thoughts"),
])
def test_a_subject_keeps_its_adjective_where_every_source_says_it(claims, said):
    assert subject.named(subject.candidates("does it cause suicidal thoughts", set()), claims) == said


def test_a_subject_is_never_another_word_sharing_its_stem():
    runs = subject.candidates("did anyone lose their emotions", set())
    assert subject.named(runs, {"s1": ["Felt emotionally flat."]}) is None


def test_bottom_line_names_the_subject_on_the_strongest_tier_whose_every_source_says_it():
    matching = [{"tier": "human", "source": "s2", "claim": "In 110 stroke patients BDNF rose."},
                {"tier": "human", "source": "s7", "claim": "Stroke patients recovered faster."},
                {"tier": "anecdote", "source": "s30", "claim": "Helped my focus."}]
    said = replies.bottom_line(matching, asked=subject.candidates("does it help after a stroke", set()))
    assert said == "2 human studies on stroke and 1 user report, all reporting benefit."


def _sleep_section(claim: str) -> dict:
    return {"topic": {"slug": "x", "name": "X"}, "qid": "ABCDEF", "head": (9, "f" * 64),
            "matches": [{"tier": "anecdote", "source": "s1", "claim": claim, "auto_generated": False}],
            "matching": [{"tier": "anecdote", "source": "s1", "claim": claim}], "unconfirmed": [],
            "summaries": {}, "asked": [["sleep"]]}


def test_the_answer_names_what_it_is_about_where_every_source_says_it():
    reply, shown = replies.answer(sections=[_sleep_section("Reported deeper sleep.")], channel="sms")
    assert reply.startswith("X on sleep: 1 user report.") and shown == [1]


def test_by_sms_the_subject_is_named_only_where_it_costs_no_finding():
    claim = "Reported deeper sleep, " + "quieter evenings, " * 7 + "then calm."   # fits only without " on sleep"
    reply, shown = replies.answer(sections=[_sleep_section(claim)], channel="sms")
    assert shown == [1] and reply.startswith("X: 1 user report.") and claim in reply
    whatsapp, _ = replies.answer(sections=[_sleep_section(claim)], channel="whatsapp")
    assert whatsapp.startswith("*X* on sleep: 1 user report.")


def test_a_texted_answer_says_what_it_is_about(text):
    _, reply = text("semax|does it cause hair loss")
    assert reply.startswith("Semax on hair loss: ")
