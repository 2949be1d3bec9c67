"""Matching: people's words to the ledger's claims, and abstaining when nothing answers.

Every shipped topic is exercised the same way: the matcher knows none of them.
"""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from service import build, embedding, ledger, matching, search_index, vocabulary
from service.db import connect

ROOT = Path(__file__).resolve().parent.parent


def top_sources(db, question, topic="semax", n=3):
    ranked, _ = matching.search(db, topic, question)
    return [m.source for m in ranked[:n] if not m.auto]


@pytest.mark.parametrize("topic, question, expected", [
    ("semax", "hair loss", "s84"),
    ("semax", "does it feel like adderall", "s80"),
    ("semax", "migrane", "s61"),                       # typo mended against the topic's words
    ("semax", "alzhiemers mouse model", "s3"),
    ("semax", "hairloss", "s84"),                      # a run-together word split into the topic's words
    ("semax", "copper", "s28"),
    ("selank", "does it help with anxiety", "s1"),
    ("selank", "anxeity in ppl", "s1"),
    ("bpc-157", "achilles tendon", "s1"),
    ("bpc-157", "is it banned in sport", "s22"),
    ("bpc-157", "is it safe", "s21"),                  # only everyday words: similarity alone decides
])
def test_finds_the_source_that_answers(db, topic, question, expected):
    assert expected in top_sources(db, question, topic)


@pytest.mark.parametrize("topic", ["semax", "selank", "bpc-157"])
@pytest.mark.parametrize("question", ["ringing in my ears, tinnitus", "does it help with psoriasis", "is it safe for my parrot",
                                      "does it help ALS", "does it help with ocd",  # acronyms are never "mended"
                                      "help with weight loss?"])  # "loss" of hair loss is not weight loss
def test_abstains_when_the_topic_lacks_the_subject(db, topic, question):
    assert top_sources(db, question, topic) == []


@pytest.mark.parametrize("topic, question, expected", [
    ("selank", "can i take it with xanax", "s1"),       # xanax is a benzodiazepine; s1 compares it with medazepam
    ("selank", "nasal spray or pin it", "s30"),        # "pin" is injecting
    ("bpc-157", "does it even work if u swallow it", "s28"),  # swallowing is taking it orally
    ("bpc-157", "iv drip safe?", "s14"),               # a drip is an intravenous infusion
    ("semax", "can it help after a concussion", "s16"),  # a concussion is a traumatic brain injury (TBI)
    ("semax", "memory after head injury", "s16"),    # and so is a head injury
    ("semax", "does it protect the brain from damage", "s41"),  # protecting the brain: neuroprotection
    ("bpc-157", "how long does it stay in ur system", "s11"),  # staying in the system: elimination, clearance
    ("selank", "does it stop working if i take it daily", "s31"),  # stopping working: "faded", tolerance
    ("bpc-157", "will it show up on a drug test", "s22"),  # a drug test is doping control (WADA)
    ("semax", "have they done brain scans on ppl taking it", "s9"),  # on people: in humans, the human tier
    ("selank", "how fast does it kick in", "s23"),     # how soon it works: a claim that says "within about 15 minutes"
])
def test_lay_words_are_held_by_the_words_studies_use(db, topic, question, expected):
    assert expected in top_sources(db, question, topic)


def test_a_medicine_named_by_brand_is_held_by_claims_naming_its_class(db):
    # every claim about a benzodiazepine answers "xanax"; s8 gives Selank together with diazepam (in rats)
    ranked, _ = matching.search(db, "selank", "can i take it with xanax")
    assert all("xanax" in m.terms for m in ranked[:5]) and "s8" in [m.source for m in ranked[:5]]


@pytest.mark.parametrize("question, finding", [
    ("can i take it with oxycodone", "The label warns that X-1 strengthens the effects of opioid painkillers."),
    ("overdose symptoms", "Case reports of X-1 intoxication describe drowsiness and agitation."),
    ("will it keep me up", "User reports that X-1 taken late in the day disrupted their sleep."),
    ("bedsores", "In a phase 2 trial X-1 gel sped the healing of pressure ulcers."),
    ("is the research all company funded", "The trial was sponsored by the manufacturer."),
    ("can i legally buy it", "X-1 is not approved as a medicine and may not be sold for human use."),
        ("can u take it with ambien", "The label warns that X-1 strengthens the effect of hypnotics."),
    ("is it ok with birth control", "The label says hormonal contraceptives taken alongside raise X-1 levels."),
        ("would narcan even work on it", "In one case report naloxone reversed an X-1 overdose within minutes."),
    ("im on suboxone, ok to take it?", "The label warns that X-1 adds to the effects of opioid painkillers."),
    ("how do i know it isnt laced", "Lab tests of X-1 products found impurities and other drugs."),
        ("will it give me a clear head", "Users report sharper mental clarity in the first week on X-1."),
        ("im on prednisone, ok to take it?", "The label warns that glucocorticoids taken alongside blunt X-1."),
    ("does it need to be refrigerated", "Unopened vials of X-1 can be stored at room temperature."),
        ("heart racing?", "Users describe palpitations after their first dose of X-1."),
        ("does it make you smarter", "In 30 healthy adults X-1 improved scores on cognitive tests."),
    ("tummy ache?", "Users report abdominal discomfort in the first week on X-1."),
        ("how do ppl actually take it", "X-1 is sold as a nasal spray and as vials for injection."),
        ("does it raise gh", "X-1 makes the pituitary release growth hormone in pulses."),
        ("how long does x-1 last in the body", "X-1 is cleared from the blood within an hour of an injection."),
        ("on eliquis, any problem?", "The label warns that X-1 may add to the effect of blood thinners."),
    ("on metformin, ok?", "In diabetic rats X-1 added to the effect of antidiabetic drugs."),
        ("how do people get off it", "Case reports describe withdrawal, with sweating and cravings, in daily users of X-1."),
    ("does it get u high", "Users describe a short euphoria after large amounts of X-1."),
    ("is the stuff sold online contaminated", "Lab tests of X-1 bought from websites found impurities."),
    # a medicine's class spelled out ("proton pump inhibitors") answers the medicine ("omeprazole")
    ("can i take x-1 with omeprazole", "Antacids and other acid-lowering medicines (such as proton pump inhibitors)"
     " taken at the same time can dissolve the coating of X-1 capsules too early."),
    ("can i take x-1 with my crestor", "Taken with statins, X-1 may add to the risk of muscle pain."),
    # and a class named by what it treats ("diabetes medicines", "blood pressure tablets")
    ("can i take it with metformin", "X-1 may lower blood sugar, so it can add to the effect of diabetes medicines."),
    ("on lisinopril, any problem?", "X-1 may lower blood pressure further in people on blood pressure tablets."),
    ("im on propranolol, ok?", "X-1 may slow the heart further in people taking beta-blockers."),
    ("is it ok with sumatriptan", "Taking X-1 with triptans raises the risk of serotonin syndrome."),
    ("does it mess with birth control", "The label says birth-control pills taken alongside raise X-1 levels."),
    ("i take tacrolimus after a transplant, is x-1 ok", "X-1 may weaken the effect of immunosuppressive drugs."),
    ("does it make u gassy", "Users report flatulence and bloating in their first week on X-1."),
    ("i have cirrhosis, is x-1 ok for me", "People with advanced liver disease should not take X-1."),
    ("does x-1 help u last longer in bed", "In a trial in 60 men X-1 delayed premature ejaculation."),
    ("does x-1 help bones heal", "Orthopaedic surgeons have tried X-1 after fractures."),
    ("i feel like i dont care about anything since starting x-1",
     "Users describe emotional blunting after a few weeks on X-1."),
    ("x-1 and aspirin together ok?", "Taken with warfarin or other blood thinners, X-1 may raise the risk of bleeding."),
    ("whats the active ingredient in x-1", "X-1 seed oil contains thymoquinone, thought to cause most of its effects."),
    # an operation coming up, whatever its kind (a knee, a gallbladder), asks what to do before surgery
    *((question, "Stop taking X-1 two weeks before scheduled surgery, as it may add to bleeding.") for question in (
        "got a knee op in 3 weeks, do i need to stop x-1", "having my gallbladder out next month, should i stop x-1 before?",
        "getting my wisdom teeth out next week, should i stop the x-1", "i have knee surgery in 2 weeks, should i stop my x-1")),
    *((question, "People given 20 mg of X-1 did not feel intoxicated and showed no impairment.")
      for question in ("does x-1 get you high", "can u get high off x-1", "is x-1 psychoactive")),
    # a toddler is a child, and one who got into it asks about poisoning
    *((question, "Calls to poison centres about children swallowing X-1 gummies rose fivefold.")
      for question in ("my toddler got into the x-1 gummies and ate half the bottle, is she ok", "can i give my toddler x-1")),
    ("what happens when i stop x-1", "After people stopped taking X-1, their muscle levels drifted back over a month."),
    # a medicine that stops working: its effect wanes, or it stopped working for users
    ("does x-1 stop working after a while", "In a year-long trial the benefit of X-1 waned after six months."),
    ("x-1|stopped working", "Some long-term users say X-1 stopped working after several months."),
    # stopping at once is what labels call stopping suddenly; noise in the ears is tinnitus
    ("can u stop x-1 cold turkey", "Stopping X-1 suddenly can cause anxiety and poor sleep."),
    ("does x-1 help ringing in ears", "Users credit X-1 with less noise in the head or ears."),
    # "gi" before what goes wrong there is the gut
    ("x-1|gi bleed", "In 300 adults X-1 caused more gastrointestinal bleeding than placebo."),
    # living longer is what trials call survival
    ("does x-1 help u live longer", "In 2,000 people with heart failure X-1 improved survival over two years."),
    # calming down is anxiety, and a day at the beach or a sunbed asks about the sun
    ("does x-1 help u chill out", "In 60 adults with generalised anxiety X-1 eased anxiety more than placebo."),
    ("going on a beach holiday, is x-1 ok", "The label warns that X-1 can cause photosensitivity."),
    ("x-1|sunbeds", "The label warns that X-1 can cause photosensitivity."),
    # too much: held by a claim on the limit, not by one on its use
    *((question, "The US upper limit for X-1 is 45 mg a day for adults, set to avoid stomach upset.")
      for question in ("x-1|how much is too much", "can u take too much x-1", "can u overdo x-1")),
])
def test_everyday_words_are_held_by_the_words_studies_use_in_any_topic(tmp_path, question, finding):
    db = two_claim_topic(tmp_path, "X-1", finding, "In 40 patients who keep a diary X-1 improved memory.")
    assert top_sources(db, question, "x-1") == ["s1"]


@pytest.mark.parametrize("question", ["my coworker swears by x-1, does it help u sleep",
                                      "gf says x-1 helped her sleep, is that real", "how tf does x-1 help sleep"])
def test_who_told_them_and_chat_words_are_context_never_what_is_asked(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "In 40 adults with insomnia X-1 improved sleep quality.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert top_sources(db, question, "x-1") == ["s1"]


@pytest.mark.parametrize("question", ["can i take x-1 with xanax", "x-1 and xanax together ok?"])
def test_taking_two_together_is_answered_first_by_a_claim_about_taking_them_together(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "Taken together with benzodiazepines, X-1 may add to their drowsiness.",
                         "In a trial in 36 adults X-1 calmed anxiety as well as the benzodiazepine oxazepam.")
    assert top_sources(db, question, "x-1")[0] == "s1"


@pytest.mark.parametrize("question", ["does x-1 cause weight gain", "x-1|stretch marks"])
def test_a_term_of_two_words_is_not_held_by_a_claim_with_one_of_them(tmp_path, question):
    # "weight" of "weight gain" is not held by a dose set by body weight, nor "marks" by dark marks
    db = two_claim_topic(tmp_path, "X-1", "Children's doses of X-1 are set by their body weight.",
                         "In 40 patients X-1 faded dark marks left by acne.")
    assert top_sources(db, question, "x-1") == []


@pytest.mark.parametrize("question", ["how long till x-1 kicks in", "how fast does x-1 work", "x-1|how soon will i notice anything"])
def test_how_soon_is_answered_by_a_claim_that_says_how_soon_not_how_long_a_trial_ran(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "Users say X-1 calms them within about 15 minutes of a dose.",
                         "In an eight-week trial in 40 adults X-1 improved sleep over several weeks.")
    assert top_sources(db, question, "x-1") == ["s1"]


@pytest.mark.parametrize("question", ["how much x-1 do people take", "x-1|dosage", "what doses did the studies use"])
def test_how_much_is_answered_by_a_claim_that_states_an_amount(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "In the trial, adults took 300 mg of X-1 a day for a month.",
                         "Higher doses of X-1 did not improve memory more than lower doses in 40 patients.")
    assert top_sources(db, question, "x-1") == ["s1"]


def test_who_is_tested_is_context_of_a_drug_test_question(tmp_path):
    # the powerlifting meet is not what it asks: a claim on the doping list answers it
    db = two_claim_topic(tmp_path, "X-1", "X-1 is not on the World Anti-Doping Agency's prohibited list.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    index, info = search_index.topic_index(db, "x-1"), ledger.require_topic(db, "x-1")
    question = matching.read_question(index, "i compete in powerlifting meets, would x-1 get me popped on a drug test",
                                      *matching.names_in_questions(info))
    asked, context = question.text.split(". ")
    assert asked == "doping" and {"powerlifting", "popped"} <= set(context.split())


def test_the_topics_own_name_is_no_neighbour_of_what_is_asked(tmp_path):
    # "thymus" embeds near "thymosin", a word of every claim of a topic named so
    db = two_claim_topic(tmp_path, "Thymosin X", "Thymosin X is made in the thymus gland.",
                         "In 40 patients thymosin X improved sleep quality.")
    assert top_sources(db, "what does it have to do with the thymus", "thymosin-x") == ["s1"]


def test_a_half_life_is_asked_with_the_words_for_elimination(db):
    read = matching.read_question(search_index.topic_index(db, "selank"), "whats the half life", {"selank"})
    assert {"half", "life", "elimination"} <= set(read.words)


def test_a_greeting_in_the_question_weighs_nothing(db):
    yo, plain = (matching.read_question(search_index.topic_index(db, "selank"), q, {"selank"})
                 for q in ("yo does it help anxiety", "does it help anxiety"))
    assert yo.words == plain.words


@pytest.mark.parametrize("text, read", [("30mg", "30 mg"), ("5htp", "5 htp"), ("my A1c?", "my a1c ?"),
                                        ("CYP3A4", "cyp3a4")])
def test_a_number_is_split_from_its_unit_not_from_a_name(text, read):
    assert matching.plain(text) == read


SPELLED_OUT_ROWS = [
    ("post-traumatic stress disorder", "ptsd"), ("posttraumatic stress disorder", "ptsd"), ("attention-deficit/hyperactivity disorder", "adhd"),
    ("obsessive-compulsive disorder", "ocd"), ("traumatic brain injury", "tbi"), ("irritable bowel syndrome", "ibs"),
    ("inflammatory bowel disease", "ibd"), ("monoamine oxidase inhibitors", "maoi"), ("MAO inhibitor", "maoi"),
    ("selective serotonin reuptake inhibitors", "ssri"), ("multiple sclerosis", "ms"),
    ("amyotrophic lateral sclerosis", "als"), ("mild cognitive impairment", "mci"),
    ("pulmonary tuberculosis", "tb"), ("tuberculous meningitis", "tb"),
    ("generalised anxiety disorder", "gad"), ("generalized anxiety disorder", "gad"),
    ("major depressive disorder", "mdd"), ("chronic fatigue syndrome", "cfs"), ("polycystic ovary syndrome", "pcos"),
    ("chronic obstructive pulmonary disease", "copd"), ("emphysema", "copd"), ("chronic bronchitis", "copd"),
    ("low mood", "depression"), ("a blocked nose", "congestion"), ("gastro-oesophageal reflux", "gerd"),
    ("gastroesophageal reflux disease", "gerd"), ("urinary tract infections", "uti"),
    ("small intestinal bacterial overgrowth", "sibo"), ("postural orthostatic tachycardia syndrome", "pots"),
    ("human growth hormone", "hgh"), ("natural killer cells", "nk"), ("HbA1c", "a1c"),
    ("inclusion body myositis", "ibm"), ("Duchenne muscular dystrophy", "dmd"), ("atrial fibrillation", "afib"),
    ("non-alcoholic fatty liver disease", "nafld"), ("fatty liver", "nafld"), ("steatohepatitis", "nash"),
    ("critically ill", "icu"), ("intensive care", "icu"), ("C. difficile", "cdiff"),
    ("Clostridioides difficile", "cdiff"), ("hot flushes", "flashes"), ("a hot flash", "flushes"),
    ("girls under 18", "children"), ("anyone under the age of 16", "children"), ("under 12s", "children"),
    ("under 18 girls", "children"),
    ("loose stools", "diarrhea"), ("watery stools", "diarrhea"),
    ("non-steroidal anti-inflammatory drugs", "nsaid"),
    ("noise in the ears", "tinnitus"), ("discontinuation symptoms", "withdrawal"), ("tachyphylaxis", "tolerance"),
    ("the effect waning", "tolerance"), ("bladder infections", "uti"), ("beta-blockers", "betablocker"),
    ("anti-epileptic drugs", "anticonvulsant"), ("doses that wear off", "tolerance"),
    ("lipoprotein(a)", "lpa"), ("Lp(a)", "lpa"), ("low blood sugar", "hypoglycemia"),
    ("low bone mineral density", "osteoporosis"), ("brittle bones", "osteoporosis"), ("fine lines", "wrinkles"),
    ("photoageing", "wrinkles"),
]


@pytest.mark.parametrize("phrase, acronym", SPELLED_OUT_ROWS)
def test_every_spelled_out_acronym_is_found_in_a_claim(tmp_path, phrase, acronym):
    db = two_claim_topic(tmp_path, "X-1", f"In 40 people with {phrase} X-1 eased symptoms.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    index = search_index.topic_index(db, "x-1")
    assert [claim["source"] for claim in ledger.claims(db, "x-1", ids=index.spelled_out.get(acronym, []))] == ["s1"]


@pytest.mark.parametrize("phrase, acronym", SPELLED_OUT_ROWS)
def test_what_a_phrase_requires_is_in_every_text_that_spells_it_out(phrase, acronym):
    # the strings derived from the phrase's pattern, one alternative of which a text must hold to be searched
    said = re.search(rf"\b(?:{vocabulary.SPELLED_OUT_AS[acronym]})\b", phrase.lower()).group()
    assert any(all(string in said for string in strings) for strings in vocabulary._REQUIRED[acronym])


@pytest.mark.parametrize("text", [
    # phrases that overlap: the one that begins first is the one found, as one pattern of all would find
    "growth hormone replacement therapy", "post-traumatic brain injury in girls under 18",
    "hot flushes and loose watery stools", "an over-the-counter drug test for alcoholic fatty liver disease",
    "no data: low blood sugar on blood sugar lowering drugs, beta blockers and proton pump inhibitors",
    "the label: in 60 patients with type 2 diabetes and atrial fibrillation on water pills", "nothing spelled out",
])
def test_spelled_out_finds_what_one_pattern_of_every_phrase_finds(text):
    # only the phrases whose anchors the text holds are searched for; which one matches first never changes
    every_phrase = re.compile("|".join(rf"\b(?P<{acronym}>{pattern})\b"
                                       for acronym, pattern in vocabulary.SPELLED_OUT_AS.items()))
    assert vocabulary.spelled_out(text) == {match.lastgroup for match in every_phrase.finditer(text)}


@pytest.mark.parametrize("phrase", ["under 15 mg a day", "below 10 weeks", "younger than 18 months",
                                    "levels below 12 ng/ml", "under 15 per cent"])
def test_an_amount_or_a_span_under_a_number_is_no_age(tmp_path, phrase):
    db = two_claim_topic(tmp_path, "X-1", f"In 40 people taking {phrase} X-1 eased symptoms.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert "children" not in search_index.topic_index(db, "x-1").spelled_out


def test_the_claims_that_spell_out_an_acronym_are_candidates_for_it(tmp_path):
    # a claim far from "maoi" in embedding space, in a topic too large to score every claim, is
    # still a candidate: the index keeps which claims spell out each acronym
    db = two_claim_topic(tmp_path, "X-1", "The label forbids X-1 with MAO inhibitors.",
                         "In 40 patients with multiple sclerosis X-1 improved memory.")
    index = search_index.topic_index(db, "x-1")
    spelled_out = {acronym: [ledger.claims(db, "x-1", ids=ids)[0]["source"] for ids in [claims]]
                   for acronym, claims in index.spelled_out.items()}
    assert spelled_out == {"maoi": ["s1"], "ms": ["s2"]}


@pytest.mark.parametrize("question, sources", [("can i give it to my dog for anxiety", []),
                                               ("can i give it to my old cat for anxiety", []),
                                               ("can i give it to my horse for anxiety", ["s2"]),
                                               ("is it safe for dogs with anxiety", []),
                                               ("can horses take it for anxiety", ["s2"])])
def test_a_question_about_an_animal_someone_keeps_is_answered_only_about_that_animal(tmp_path, question, sources):
    db = two_claim_topic(tmp_path, "X-1", "In rats X-1 eased anxiety-like behaviour.",
                         "In racehorses X-1 eased anxiety before a race.")
    assert top_sources(db, question, "x-1") == sources


def test_an_allergy_to_an_animal_is_the_texters_own(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In adults with allergic rhinitis X-1 eased sneezing and itchy eyes.",
                         "In dogs X-1 eased itching.")
    assert top_sources(db, "is it good for my cat allergy", "x-1") == ["s1"]
    assert top_sources(db, "can i give it to my dog for itching", "x-1") == ["s2"]


def test_a_gene_that_is_regulated_is_not_a_legal_question(tmp_path):
    # "regulated" shares its stem with "regulate": as a word for legal it brought in every claim about genes
    db = two_claim_topic(tmp_path, "X-1", "X-1 is not approved by the FDA for any use.",
                         "In 40 patients X-1 regulated genes that control sleep.")
    assert top_sources(db, "is it legal", "x-1") == ["s1"]


def test_a_name_and_number_typed_together_read_as_the_claims_write_them(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In 30 older men X-1 raised IGF-1 by a fifth.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert words_read(db, "does it raise igf1") == ["igf"]


def test_a_possessive_typed_without_its_apostrophe_is_no_typo(tmp_path):
    # "parkinsons" is no dictionary word, and a fuzzy match would make it "prisons"
    db = two_claim_topic(tmp_path, "X-1", "Since 2016 those who supply X-1 in the UK face fines or time in prisons.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert words_read(db, "does it help parkinsons") == ["parkinson"]
    assert top_sources(db, "does it help parkinsons", "x-1") == []


def test_a_word_that_asks_for_a_kind_of_evidence_is_no_typo(tmp_path):
    # "reddit" is in no dictionary, and a fuzzy match would make it the claims' "Redd"
    db = two_claim_topic(tmp_path, "X-1", "Redd and colleagues found X-1 eased tendon pain in 40 patients.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert words_read(db, "x-1 reddit experiences") == ["reddit"]


def test_two_words_typed_apart_that_the_claims_write_as_one_read_as_it(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "Children with chickenpox given X-1 more often had severe skin infections.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert words_read(db, "ok with chicken pox?") == ["chickenpox"]
    assert top_sources(db, "ok with chicken pox?", "x-1") == ["s1"]


def test_an_acronym_in_the_plural_is_no_everyday_word(tmp_path):
    # "AGEs" is advanced glycation end products, not "ages" (a word of context such as "all ages")
    db = two_claim_topic(tmp_path, "X-1", "In 20 people with diabetes X-1 lowered advanced glycation end products (AGEs).",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert words_read(db, "does it lower AGEs") == ["ages"]
    assert words_read(db, "safe for all ages?") == ["safe"]
    assert top_sources(db, "AGEs", "x-1") == ["s1"]


@pytest.mark.parametrize("question", ["will it make my hair fall out", "is my hair falling out bc of it",
                                      "am i going bald from it", "does it cause thinning hair"])
def test_hair_falling_out_is_read_as_hair_loss(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "A few users reported hair loss in the second month of X-1.",
                         "Blood pressure fell by 5 points in 40 patients on X-1.")
    assert words_read(db, question) == ["hair", "loss"]
    assert top_sources(db, question, "x-1") == ["s1"]


def test_dying_is_asked_after_in_the_words_claims_use(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "After a contaminated batch of X-1, five deaths were reported in Japan.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    index = search_index.topic_index(db, "x-1")
    deaths, memory = [c["id"] for c in ledger.claims(db, "x-1")]
    for question, claim, word in (("why did people die from it", deaths, "die"),
                                  ("will it help me remember stuff", memory, "remember")):
        read = matching.read_question(index, question, {"x-1"})
        assert word in matching.coverage(index, read, [claim])[claim].held
        assert float(read.weights.sum()) > 0  # a word the topic holds: not a question of everyday words


def test_a_claims_section_says_what_it_is_about(tmp_path):
    # the curator filed these under "forms_of_use" and "interactions"; their own words say neither
    db = two_claim_topic(tmp_path, "X-1", "X-1 is sold as capsules, teas and tinctures.",
                         "Taken with warfarin, X-1 raised the INR of two patients.", sections=("forms_of_use", "interactions"))
    assert top_sources(db, "what forms does it come in", "x-1") == ["s1"]
    assert top_sources(db, "any interactions?", "x-1") == ["s2"]


def test_three_letters_in_no_dictionary_are_no_neighbour_by_meaning(tmp_path):
    # the model embeds "hne" close to "acne" by their shared ending, not by what they mean
    db = two_claim_topic(tmp_path, "X-1", "In 30 smokers X-1 lowered HNE, a marker of oxidative damage.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert top_sources(db, "does x-1 help acne", "x-1") == []


def test_a_verb_the_topic_never_uses_counts_half(tmp_path):
    # "swapping" says how the texter tells it; "addiction" is what they ask about
    db = two_claim_topic(tmp_path, "X-1", "Case reports describe addiction to X-1 in people who used it daily.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    index = search_index.topic_index(db, "x-1")
    read = matching.read_question(index, "am i swapping one addiction for another", {"x-1"})
    weight = dict(zip(read.words, read.weights.tolist()))
    assert weight["swapping"] < weight["addiction"]
    assert top_sources(db, "am i just swapping one addiction for another?", "x-1") == ["s1"]


# One finding against the same everyday other ("In 40 patients who keep a diary X-1 improved
# memory."): the sources that answer the question (s1: the finding, s2: the other).
FINDING_ANSWERS = [
    # "drink" is not held by a claim about drinking water: "drink on it" asks about alcohol
    ("ok to drink alcohol on it", "Users say X-1 made them forget to drink water all day.", []),
    ("can u drink on x-1", "Users say X-1 made them forget to drink water all day.", []),
    # "does it fight cancer" asks about cancer; "weight loss" is one noun, "it fight" is not
    ("does it fight cancer", "In lab cells X-1 slowed the growth of colon cancer.", ["s1"]),
    # "weight loss" is not held by "hair loss", but "heart palpitations" are palpitations
    ("heart palpitations", "Users describe palpitations and feeling wired after starting X-1.", ["s1"]),
    # a claim that spells out an acronym holds it
    ("does it help ptsd", "In survivors with post-traumatic stress disorder X-1 eased nightmares.", ["s1"]),
    ("MAOI warning?", "The label forbids X-1 with MAO inhibitors.", ["s1"]),
    # British and American spellings are one word, either way round
    ("does it cause anemia", "High doses of X-1 caused anaemia in rats.", ["s1"]),
    ("does it cause anaemia", "High doses of X-1 caused anemia in rats.", ["s1"]),
    # a long word cut short reads as the claims' word it begins
    ("rhabdo?", "A young man who took X-1 before hard exercise developed rhabdomyolysis.", ["s1"]),
    ("any gastro side effects", "In 40 patients gastrointestinal upset was the commonest side effect of X-1.", ["s1"]),
    # and a British medical spelling no list holds loses its digraph ("apnoea", "oedema")
    ("sleep apnea", "X-1 is approved for sleepiness caused by obstructive sleep apnoea.", ["s1"]),
    ("swollen ankles, edema?", "Ankle oedema was reported in 3 of 40 patients on X-1.", ["s1"]),
    # the WHO is the World Health Organization, whether written as letters or spelled out, and
    # the pronoun is filler ("who should not", "patients who keep a diary")
    ("what did the WHO say", "In 2023 the WHO advised against X-1 for weight control.", ["s1"]),
    ("what did the WHO say", "The World Health Organization lists X-1 as an essential medicine.", ["s1"]),
    ("who takes it for memory", "In 2023 the WHO advised against X-1 for weight control.", ["s2"]),
    # as the UK is, in letters or in full
    ("is it legal in the uk", "In the United Kingdom X-1 is a prescription-only medicine.", ["s1"]),
    ("can i get it otc", "X-1 tablets can be bought over the counter in pharmacies.", ["s1"]),
    # "contraceptive" embeds near "contraindications" by its first letters
    ("contraceptive?", "The label lists no contraindications for X-1.", []),
    # a claim that says what it can bring about answers whether it causes that, in a clinical setting too
    ("can it cause a stroke", "X-1 carries a boxed warning that the blood pressure rise seen in treatment could "
                              "raise the risk of stroke.", ["s1"]),
    ("could it be causing my hepatitis", "Among 25 patients with acute hepatitis after taking X-1, most developed "
                                         "jaundice.", ["s1"]),
    # that no one knows how much to take answers how much to take
    ("what dose do people use", "Without human trials no one knows the right dose of X-1.", ["s1"]),
    ("dosage?", "Its safe dose, side effects and long-term risks in people are unknown.", ["s1"]),
    # being hungry, or the munchies, is what a claim calls appetite
    ("y does it make me so hungry", "Users describe a big increase in appetite on X-1.", ["s1"]),
    # epilepsy is what its seizures are, whichever a claim names
    ("does it help epilepsy", "In rats X-1 delayed the onset of convulsions.", ["s1"]),
    ("i have epilepsy, is it ok for me", "The label warns that X-1 can lower the seizure threshold.", ["s1"]),
    # "eczema" embeds near "emphysema" by its last letters
    ("does it help eczema", "In lung cells X-1 reversed genes linked to emphysema.", []),
    # "autism" near "autophagy" and "gout" near "gym" by the first piece the model cuts them into
    ("does it help autism", "In mice X-1 switched on autophagy in colon cells.", []),
    ("gout?", "Users take X-1 before the gym for a better pump.", []),
    # an acronym is held by a claim that says it or spells it out, never by a neighbour of its letters
    ("any good for a uti", "Some men take X-1 for urinary symptoms of an enlarged prostate.", []),
    ("any good for a uti", "In women with recurrent urinary tract infections X-1 halved relapses.", ["s1"]),
    # while words that begin alike for longer are often kin
    ("surgery?", "Patients took X-1 for a week after a surgical operation.", ["s1"]),
    # and "hair" near "impairment" by the three letters they share
    ("hair loss?", "Fewer people with cognitive impairment on X-1 reported memory loss.", []),
    ("hair loss?", "In the trial people on X-1 lost a little weight.", []),   # "loss" needs "hair" here too
    # "patients" and "treatment" read as treating; a reported harm is still one
    ("can it cause mania", "Doctors reported two patients who needed treatment for mania after a week of X-1.", ["s1"]),
    # "tolerance" (an effect that fades) is not "well tolerated", nor "dependence" "depends on"
    ("does it build tolerance", "X-1 was well tolerated in the trial, with only mild side effects.", []),
    ("does it stop working after a while", "Users say the effect of X-1 faded after a few weeks.", ["s1"]),
    ("can u get dependent on it", "How well X-1 works depends on the time of day it is taken.", []),
    # "go blind" asks about vision, which a double-blind trial is not about; "coke" is cocaine
    ("can it make u go blind", "In rare cases X-1 was linked to a sudden loss of vision.", ["s1"]),
    ("can it make u go blind", "In a double-blind trial X-1 eased tension headaches.", []),
    ("blurry vision?", "In 60 men X-1 improved visual pattern recognition.", []),
    # an age under 18 is a child, and "teenage" boys are teens
    ("is it ok for my 14 yr old", "Safety of X-1 has not been established in children.", ["s1"]),
    ("is it safe for teens", "In 75 teenage boys X-1 caused no serious side effects.", ["s1"]),
    ("im 17 can i use it", "Safety of X-1 has not been established in children.", ["s1"]),
    # and "old people" or an age of 65 or more are the elderly, or older adults
    # a claim about pregnancy answers a pregnant asker, whatever else she says
    ("im 28 weeks pregnant with awful brain fog, is it ok to take",
     "There are no studies of X-1 in pregnancy, and pregnant women are advised to avoid it.", ["s1"]),
    ("is it ok for old people", "In 120 older adults X-1 improved walking speed.", ["s1"]),
    ("my dad is 70 would it help him", "In 40 elderly people X-1 improved balance.", ["s1"]),
    ("safe for people over 65?", "In 40 elderly people X-1 improved balance.", ["s1"]),
    ("is over 70mg too much", "In 40 elderly people X-1 improved balance.", []),
    ("does it help ED", "In 40 men with erectile dysfunction X-1 improved erections.", ["s1"]),
    # a word of a group is found by its stem: "funds" is in the group of "funded" and "company"
    ("who funds it", "Two of the authors worked for the company that makes X-1.", ["s1"]),
    # "does it actually work" asks whether it is effective: any finding of an outcome answers, the
    # trial in people (s2: improved memory) first
    ("does it actually work", "A review judged X-1 no more effective than placebo for anxiety.", ["s2", "s1"]),
    ("can it help me get off coke", "In 60 people with cocaine dependence X-1 reduced craving.", ["s1"]),
    ("is it ok with benadryl", "X-1 may counteract anticholinergic drugs such as some allergy medicines.", ["s1"]),
    ("can i take it with zyrtec", "Taking X-1 with antihistamines adds to their drowsiness.", ["s1"]),
    # paranoia is a symptom of psychosis; stopping cold turkey is stopping abruptly
    ("does it make u paranoid", "Case reports linked high doses of X-1 to psychosis.", ["s1"]),
    ("can i quit it cold turkey", "Stopping X-1 abruptly can bring back high blood pressure.", ["s1"]),
    ("ok to take every nite?", "Taken at night X-1 shortened the time to fall asleep.", ["s1"]),
    ("gotu kola and xanax ok?", "X-1 may add to the drowsiness of sedatives.", ["s1"]),  # xanax is a sedative
    ("is it safe with my ambien", "X-1 may add to the drowsiness of sedatives.", ["s1"]),
    # "interactions?" alone is answered by every claim on taking it with a medicine
    ("drug interactions?", "Taken with warfarin, X-1 raised the bleeding risk in one case report.", ["s1"]),
    ("can i take it with my other meds", "Taken with warfarin, X-1 raised the bleeding risk in one case report.",
     ["s1"]),
    ("does it mess with other meds", "Taken with warfarin, X-1 raised the bleeding risk in one case report.", ["s1"]),
    ("any downsides?", "Stomach upset was the most common complaint in the X-1 trials.", ["s1"]),
    ("any hidden viagra in it", "Lab tests found undeclared sildenafil in some X-1 products.", ["s1"]),
    ("can u get hooked on it", "One man became dependent on X-1 after months of high doses.", ["s1"]),
    ("good for brain fog?", "In adults with mild cognitive impairment, X-1 improved test scores.", ["s1"]),
    ("does it help focus", "X-1 improved attention in a reaction-time test.", ["s1"]),
    ("will it give me man boobs", "Men given X-1 more often had breast enlargement.", ["s1"]),
    ("does it thin your blood", "X-1 may add to the effect of blood thinners such as warfarin.", ["s1"]),
    ("will it make me live longer", "In worms, X-1 extended lifespan by about a third.", ["s1"]),
    ("ok with sudafed?", "X-1 must not be combined with decongestants such as pseudoephedrine.", ["s1"]),
    ("does it lower crp", "In 60 adults X-1 lowered C-reactive protein, a marker of inflammation.", ["s1"]),
    # period cramps are menstrual pain, not stomach cramps; erectile dysfunction is not any dysfunction
    ("does it help period cramps", "Some users get stomach cramps in the first week on X-1.", []),
    ("does it help period cramps", "In 80 women X-1 eased menstrual pain more than placebo.", ["s1"]),
    ("does it help erectile dysfunction", "X-1 improved kidney dysfunction in rats.", []),
    ("does it raise nk cells", "X-1 raised the activity of natural killer cells in older adults.", ["s1"]),
    ("can it give you a-fib", "In a large trial, more people on X-1 developed atrial fibrillation.", ["s1"]),
    ("what meds dont mix with it", "X-1 lowered blood levels of warfarin and other medicines in 12 volunteers.", ["s1"]),
    ("is it better than flomax", "In 200 men X-1 eased urinary symptoms about as much as tamsulosin.", ["s1"]),
    ("is it safe with depakote", "X-1 sped up the breakdown of carbamazepine in healthy adults.", ["s1"]),
    ("can it make u manic", "People with bipolar disorder reported hypomania on X-1.", ["s1"]),
    ("does it help heartburn", "In 60 adults X-1 eased acid reflux more than placebo.", ["s1"]),
    ("does it help car sickness", "In 80 sailors X-1 reduced motion sickness at sea.", ["s1"]),
    ("does it help in the icu", "In 300 critically ill adults X-1 did not shorten the hospital stay.", ["s1"]),
    ("is it good for working out", "In 20 men X-1 raised power output during exercise.", ["s1"]),
    ("cagrisema vs ozempic", "X-1 with semaglutide took off more weight than semaglutide alone.", ["s1"]),  # a brand
    ("will it raise my vo2 max", "In 40 cyclists X-1 raised peak oxygen uptake by 4 %.", ["s1"]),
    ("cant stop throwing up on it is this normal", "Nausea was the most common side effect of X-1.", ["s1"]),
    ("we want to try for a baby next year, when do i stop it",
     "Women are advised to stop X-1 a month before trying to get pregnant.", ["s1"]),
    ("we are ttc, should my husband take it",
     "In infertile men, X-1 improved sperm motility; too few were studied to tell if it helps pregnancy.", ["s1"]),
    # an irregular form is its word, which no stemmer reaches: "slept" is sleep, "teeth" a tooth
    ("does it affect sleep", "Some users say they slept badly when they took X-1 in the evening.", ["s1"]),
    ("i slept terribly on it, is that a thing", "Users report insomnia in the first week of X-1.", ["s1"]),
    ("is it bad for your tooth", "In rats X-1 weakened the enamel of the teeth.", ["s1"]),
    # but "led to" is no lead, the metal people ask about
    ("any lead in it", "In one small trial X-1 led to fewer migraines.", []),
    # nerve cells and the nervous system are no anxiety; a claim's "calm their nerves" is
    ("does it help anxiety", "In rats X-1 protected nerve cells and acted on the central nervous system.", []),
    ("im nervous before exams, would it help", "People drink X-1 tea to calm their nerves.", ["s1"]),
    # a word that only shares a stem is no word of a group: "Memorial Sloan" is no memory
    ("does it help memory", "Memorial Sloan Kettering lists X-1 as sold for fatigue.", ["s2"]),
    ("will it shrink my testicles", "X-1 was tested in 40 men with high blood pressure.", []),
    ("does it help borderline personality disorder", "In 300 people X-1 improved personal and social functioning.", []),
    # "drowsy" as labels say it
    ("does it make you drowsy", "Somnolence was reported in 12 % of patients taking X-1.", ["s1"]),
    ("why do i feel like a zombie on it", "Somnolence was reported in 12 % of patients taking X-1.", ["s1"]),
    # people's words for stools and tablets, and a product's strengths
    ("does it make u poop", "X-1 loosened stools in 20 % of patients.", ["s1"]),
    ("can it make you go deaf", "High doses of X-1 caused high-tone hearing loss in 5 % of patients.", ["s1"]),
    ("are the tabs ok to take", "X-1 tablets were well tolerated in 200 adults.", ["s1"]),
    ("forms and strengths", "X-1 comes as 5 mg and 10 mg tablets and as an oral solution.", ["s1"]),
    # "SSRI antidepressants" are medicines, no depression; an antidepressant effect is about it
    ("can it cause depression", "Taking X-1 with SSRI antidepressants raised the risk of bleeding.", []),
    ("does it help depression", "X-1 had an antidepressant effect in stressed rats.", ["s1"]),
    # a claim's "hair thinning" is hair loss, its "skin reactions" a rash
    ("does it make your hair fall out", "Some users report hair thinning and shedding on X-1.", ["s1"]),
    ("can it give u a rash", "Rare serious skin reactions to X-1 have been reported.", ["s1"]),
    # a claim's "period pain" is menstrual pain, as a question's "period cramps" is; "a period of" is no period
    ("does it help period cramps", "Across 80 trials, NSAIDs including X-1 relieved period pain.", ["s1"]),
    # what dose: a claim that says no dose is established answers it, as one stating an amount does
    ("what dose do people use", "Effective and safe doses of X-1 in people have not been established.", ["s1"]),
    ("how many capsules should i take", "There is no established medicinal dose of X-1.", ["s1"]),
    # "lp(a)" is lipoprotein(a), however its brackets are read
    ("does it lower lp(a)", "In 300 adults X-1 lowered lipoprotein(a) modestly.", ["s1"]),
    # an antidote is what a label calls a reversal agent
    ("is there an antidote if i bleed", "Andexanet, a reversal drug, stopped major bleeding in 350 people on X-1.",
     ["s1"]),
    ("is there an antidote", "Protamine sulfate can partly reverse an X-1 overdose.", ["s1"]),
    # a heart rhythm problem, as people and labels say it; a body clock's rhythm is none
    ("is it safe for my heart rhythm", "X-1 can lengthen the QT interval and rarely trigger torsades de pointes.",
     ["s1"]),
    ("can it cause an irregular heartbeat", "In a large trial, more people on X-1 developed arrhythmias.", ["s1"]),
    ("is it risky for heart rhythm problems", "The label advises caution with X-1 in people with heart-rhythm problems.",
     ["s1"]),
    ("does it mess with heart rhythm", "X-1 shifted the circadian rhythm of sleep in 20 adults.", []),
    # a biologic's generic is a biosimilar
    ("is there a generic yet", "In 2024 the FDA approved the first biosimilars to X-1.", ["s1"]),
    # how long it lasts is answered by its half-life too
    ("how long does it last", "X-1 has a half-life of about 9 hours, so some effect can linger into the next day.",
     ["s1"]),
    ("does it help period cramps", "Over a period of 8 weeks X-1 eased muscle pain in 40 runners.", []),
    # "long covid" is held only whole
    ("does it help long covid", "In 200 adults in hospital with COVID-19, X-1 did not shorten their stay.", []),
    # a letter held down is read once or twice, whichever is a word
    ("dry mouth is soooo bad on it, normal??", "Dry mouth was the most common side effect of X-1.", ["s1"]),
    # brands name antacids; "over the counter" is answered by a claim that it is prescription-only
    ("can i take it with tums", "Antacids containing calcium bind X-1 in the gut.", ["s1"]),
    ("is it over the counter", "X-1 is a prescription-only medicine in the US.", ["s1"]),
    # a blood pressure medicine named stays named beside its class; "od'd" is an overdose
    ("x-1 and metoprolol ok?", "X-1 raised the blood levels of metoprolol in 12 volunteers.", ["s1"]),
    ("my friend od'd last year, would it have helped", "X-1 reversed opioid overdose in 100 adults.", ["s1"]),
    # "low blood sugar" is hypoglycaemia, either way round; a "urinary infection" is a UTI
    ("can it cause low blood sugar", "People on X-1 had more hypoglycaemia than on placebo.", ["s1"]),
    ("does it cause hypoglycemia", "Some users report episodes of low blood sugar on X-1.", ["s1"]),
    ("does it help utis", "X-1 is not useful for most urinary infections.", ["s1"]),
    # a "hypo" is hypoglycaemia; "ckd" and "egfr" are the kidneys'
    ("does x-1 cause hypos", "People on X-1 had more hypoglycaemia than on placebo.", ["s1"]),
    ("ok with ckd?", "X-1 should not be used in severe kidney impairment.", ["s1"]),
    ("my egfr is 35, what about it", "X-1 should not be used in severe kidney impairment.", ["s1"]),
    # "a beer" is alcohol, as "a few beers" is
    ("can i have a beer on it", "The label says alcohol does not interact with X-1.", ["s1"]),
    ("is x-1 cheap", "X-1 is an old generic drug and inexpensive in most countries.", ["s1"]),
    # "erectile dysfunction" is ED, held by "erectile problems"; "while bf'ing" is breastfeeding; "status" asks nothing
    ("x-1|erectile dysfunction", "Some men on X-1 reported erectile problems.", ["s1"]),
    ("can i take it while bf'ing", "X-1 passes into breast milk, and breastfed babies were sleepier.", ["s1"]),
    ("x-1 legal status", "X-1 is a controlled drug in the UK and illegal to sell without a licence.", ["s1"]),
    # conditions people text as acronyms or in other words than the claims'
    ("does x-1 work for bv", "In 235 women with bacterial vaginosis, X-1 cured most infections.", ["s1"]),
    ("does x-1 help rls", "In 30 people with restless legs syndrome X-1 eased symptoms at night.", ["s1"]),
    ("does x-1 cause tinnitus", "Some users report ringing in the ears on X-1.", ["s1"]),
    ("can x-1 get rid of the ringing in my ears", "In 60 adults with tinnitus X-1 did not reduce its loudness.", ["s1"]),
    ("im a competitive cyclist, is x-1 on the wada list", "X-1 is not on the World Anti-Doping Agency prohibited list.",
     ["s1"]),
    ("what happens if i just stop taking x-1", "People who stopped X-1 saw their blood pressure rise again within days.",
     ["s1"]),
    ("x-1|liver damage?", "X-1 caused hepatotoxicity in a few patients.", ["s1"]),
    ("x-1 + bf my 2 month old, safe?", "X-1 passes into breast milk in small amounts; breastfeeding is thought safe.", ["s1"]),
    ("i almost passed out getting out of bed on x-1, is that normal?", "X-1 can cause fainting on standing up.", ["s1"]),
    ("my dad took 10 of his x-1 tablets by mistake what happens", "An overdose of X-1 causes very low blood pressure.",
     ["s1"]),
    # the strengths it comes in are answered by a claim that states amounts
    ("what strengths does it come in", "X-1 comes as 100 mg and 300 mg tablets.", ["s1"]),
    ("x-1 n molly is that dangerous", "Taking X-1 with MDMA raised the risk of serotonin syndrome.", ["s1"]),
    # a c-section is a caesarean
    ("was it tried in a c-section", "In 300 women having a caesarean, X-1 reduced blood loss.", ["s1"]),
    ("is it safe during a c section", "In 300 women having a cesarean, X-1 reduced blood loss.", ["s1"]),
    # a question's period is the monthly one
    ("x-1 period changes", "Some women on X-1 report changes to their menstrual cycle.", ["s1"]),
    ("does x-1 mess with ur period", "Some women on X-1 report changes to their menstrual cycle.", ["s1"]),
    ("missed my period on x-1", "Some women on X-1 report changes to their menstrual cycle.", ["s1"]),
    # losing muscle is losing lean mass
    ("will i lose muscle on x-1", "About 40 percent of the weight lost on X-1 was lean (non-fat) mass.", ["s1"]),
]


@pytest.mark.parametrize("question, finding, sources", FINDING_ANSWERS)
def test_a_question_is_answered_by_the_finding_that_answers_it_and_no_other(tmp_path, question, finding, sources):
    db = two_claim_topic(tmp_path, "X-1", finding, "In 40 patients who keep a diary X-1 improved memory.")
    assert top_sources(db, question, "x-1") == sources


def test_a_word_after_the_topic_named_as_the_subject_is_its_verb(tmp_path):
    # "how does zetamycin kill bacteria" asks about bacteria: "kill bacteria" is no noun like "weight loss"
    db = two_claim_topic(tmp_path, "Zetamycin", "Zetamycin stops bacteria making proteins.",
                         "In 40 patients who keep a diary Zetamycin improved memory.")
    assert top_sources(db, "how does zetamycin kill bacteria", "zetamycin") == ["s1"]
    assert top_sources(db, "how does it kill bacteria", "zetamycin") == ["s1"]


def test_how_it_works_on_something_asks_its_mechanism_there(tmp_path):
    # "bladder" alone is held as well by every trial in overactive bladder, which says nothing of how
    db = two_claim_topic(tmp_path, "X-1", "X-1 blocks the receptors that make the bladder contract.",
                         "In 400 women with overactive bladder X-1 improved bladder symptoms over 12 weeks.",
                         sections=("how_it_works", "evidence"))
    assert words_read(db, "how does x-1 work on the bladder") == ["mechanism", "bladder"]
    assert words_read(db, "does x-1 work on the bladder") == ["bladder"]


def test_the_pill_is_the_contraceptive_and_pills_are_tablets(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "X-1 comes as a 500 mg pill taken with water.", "X-1 improved memory.")
    assert "pill" not in words_read(db, "will it stop my birth control pill working")
    assert "contraceptive" in words_read(db, "on the combined pill, is it ok")
    assert "contraceptive" not in words_read(db, "do the pills actually work")


def test_harms_said_in_everyday_words_are_read_as_labels_say_them(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "Overdoses of X-1 have been fatal.", "X-1 improved memory.")
    assert "death" in words_read(db, "can x-1 kill you")
    assert "death" not in words_read(db, "does x-1 kill bacteria")
    assert "flushing" in words_read(db, "face goes red and hot after x-1, why")
    assert "overdose" in words_read(db, "my dad took 10 of his x-1 tablets by mistake")
    assert "photosensitivity" in words_read(db, "do i burn easier in the sun on x-1")


def test_a_name_of_one_word_is_not_read_as_a_lay_phrase(tmp_path):
    # "losartan" is among the blood pressure medicines people name, but in its own topic it names the topic
    db = two_claim_topic(tmp_path, "Losartan", "Losartan did not help adults in hospital with COVID-19.",
                         "In 40 adults losartan lowered blood pressure.")
    index = search_index.topic_index(db, "losartan")
    names = matching.names_in_questions(ledger.require_topic(db, "losartan"))
    assert matching.read_question(index, "does losartan help long covid", *names).words == ["long", "covid"]


def test_a_message_of_only_names_asks_about_the_forms_few_claims_name(tmp_path):
    # "ozempic vs wegovy", "noble or tudei kava", "keenmind any good?": brands or forms of the topic,
    # named in its aliases
    db, index, names = trials_topic(tmp_path, ["alphaform", "betaform"], [
        "Alphaform and betaform X-1 differ only in how long they last.",
        "The two kinds of X-1 sold online differ mostly in price.",
        "In 40 patients X-1 improved memory more than placebo.",
        "X-1 caused mild headaches in a third of users."])
    assert matching.read_question(index, "alphaform vs betaform?", *names).words == ["alphaform", "betaform"]
    assert matching.read_question(index, "whats the difference between alphaform and betaform", *names).words == \
        ["alphaform", "betaform"]  # "difference" says only that two things are compared
    assert matching.read_question(index, "x-1 or alphaform, which is better", *names).words == ["alphaform"]
    assert matching.read_question(index, "x-1?", *names).words == []  # the name most claims use names the topic
    # a form or brand named with nothing else asked is what is asked about
    assert matching.read_question(index, "alphaform?", *names).words == ["alphaform"]
    assert matching.read_question(index, "is alphaform any good", *names).words == ["alphaform"]
    assert matching.read_question(index, "wat is alphaform", *names).words == ["alphaform"]
    # but not in a long message whose other sentences say what it is about
    assert "alphaform" not in matching.read_question(
        index, "my memory is going at 67. would alphaform do anything?", *names).words
    assert top_sources(db, "alphaform vs betaform?", "x-1") == ["s1"]



def trials_topic(tmp_path, aliases, findings):
    """A ledger of one topic, X-1 with `aliases`, a human trial (s1, s2, ...) for each finding:
    the ledger, the topic's index and its names as questions read them."""
    topic = tmp_path / "data" / "x-1"
    topic.mkdir(parents=True)
    (topic / "topic.json").write_text(json.dumps({"slug": "x-1", "name": "X-1", "aliases": aliases}))
    (topic / "sources.jsonl").write_text("".join(json.dumps({"id": f"s{n}", "kind": "trial", "title": "Trial",
                                                             "tier": "human"}) + "\n" for n in range(1, len(findings) + 1)))
    (topic / "claims.jsonl").write_text("".join(json.dumps({"source": f"s{n}", "section": "evidence", "tier": "human",
                                                            "text": text}) + "\n" for n, text in enumerate(findings, 1)))
    build.build(str(tmp_path / "ledger.db"), data_dir=tmp_path / "data")
    db = connect(str(tmp_path / "ledger.db"))
    return db, search_index.topic_index(db, "x-1"), matching.names_in_questions(ledger.require_topic(db, "x-1"))


def words_read(db, question: str, topic: str = "x-1") -> list:
    """The words `matching.read_question` takes from a question to a topic named only by its slug."""
    return matching.read_question(search_index.topic_index(db, topic), question, {topic}).words


def two_claim_topic(tmp_path, name, finding, other, what_it_is="", sections=("safety", "summary")):
    """A ledger of one topic: `finding` (source s1, published) and `other` (s2, human)."""
    slug = name.lower().replace(" ", "-")
    topic = tmp_path / "data" / slug
    topic.mkdir(parents=True)
    (topic / "topic.json").write_text(json.dumps({"slug": slug, "name": name, "aliases": [name.lower()],
                                                  "what_it_is": what_it_is}))
    (topic / "sources.jsonl").write_text('{"id": "s1", "kind": "label", "title": "Label", "tier": "published"}\n'
                                         '{"id": "s2", "kind": "trial", "title": "Trial", "tier": "human"}\n')
    (topic / "claims.jsonl").write_text(
        json.dumps({"source": "s1", "section": sections[0], "tier": "published", "text": finding}) + "\n"
        + json.dumps({"source": "s2", "section": sections[1], "tier": "human", "text": other}) + "\n")
    database = str(tmp_path / "ledger.db")
    build.build(database, data_dir=tmp_path / "data")
    return connect(database)


def test_a_british_spelling_is_found_among_more_claims_than_either_search_returns(tmp_path):
    # full-text search reads "goiter" and "goitre" as two words, and "goiter" alone embeds near
    # nothing: with more claims than each candidate search returns, the claim was never a candidate
    db = two_claim_topic(tmp_path, "X-1", "Too much X-1 caused goitre in older adults.",
                         "In a trial of 60 adults X-1 improved sleep quality over eight weeks.")
    ledger.add_claims(db, "x-1", [{"source": "s2", "section": "evidence", "tier": "human",
                                   "text": f"In a trial of {n} adults X-1 improved sleep quality over eight weeks."}
                                  for n in range(100, 100 + 2 * matching.CANDIDATES)])
    assert top_sources(db, "goiter?", "x-1") == ["s1"]


def test_animal_studies_are_the_claims_of_that_tier_whatever_animal_they_name(tmp_path):
    # "studies" says only that evidence is asked for: the animal claims say "rabbits", never "animal", and hold
    # "animal" by their tier, but not "studies"
    topic = tmp_path / "data" / "x-1"
    topic.mkdir(parents=True)
    (topic / "topic.json").write_text(json.dumps({"slug": "x-1", "name": "X-1", "aliases": ["x-1"]}))
    (topic / "sources.jsonl").write_text('{"id": "s1", "kind": "study", "title": "Rabbits", "tier": "preclinical"}\n'
                                         '{"id": "s2", "kind": "trial", "title": "Trial", "tier": "human"}\n')
    (topic / "claims.jsonl").write_text("".join(json.dumps(claim) + "\n" for claim in [
        {"source": "s1", "section": "evidence", "tier": "preclinical",
         "text": "In rabbits whose coronary artery was blocked, X-1 shrank the damaged area of heart muscle."},
        *({"source": "s2", "section": "evidence", "tier": "human",
           "text": f"In a study of {n} adults X-1 improved sleep quality over eight weeks."}
          for n in (100, 200, 300))]))
    build.build(str(tmp_path / "ledger.db"), data_dir=tmp_path / "data")
    db = connect(str(tmp_path / "ledger.db"))
    assert top_sources(db, "any animal studies", "x-1")[0] == "s1"


def test_a_word_with_a_prefix_joined_on_holds_the_word(db):
    # "antidepressant-like effects in a rat model": a finding about depression, in full
    index = search_index.topic_index(db, "semax")
    question = matching.read_question(index, "depression", matching.topic_names(ledger.require_topic(db, "semax")))
    claim = next(c for c in ledger.claims(db, "semax") if "antidepressant" in c["text"])
    share, held = matching.coverage(index, question, [claim["id"]])[claim["id"]][:2]
    assert share == pytest.approx(1.0) and held == ("depression",)


@pytest.mark.parametrize("topic, question", [("selank", "how does it even work"), ("bpc-157", "how does it even work"),
                                             ("selank", "how does selank work")])
def test_how_does_it_work_is_answered_by_how_it_works(db, topic, question):
    ranked, _ = matching.search(db, topic, question)
    sections = {c["id"]: c["section"] for c in ledger.claims(db, topic)}
    assert ranked and sections[ranked[0].claim_id] == "how_it_works"


@pytest.mark.parametrize("topic", ["semax", "selank", "bpc-157"])
@pytest.mark.parametrize("question", ["wat even is it lol", "whats this", "who came up with it", "tell me about it",
                                      "info?", "any information", "explain it to me",
                                      "wat is it even for lol my dr just put me on it"])  # words of no weight
def test_what_is_it_is_answered_by_the_sources_of_its_description(db, topic, question):
    described = re.findall(r"s\d+", ledger.require_topic(db, topic)["what_it_is"])
    assert top_sources(db, question, topic)[0] == described[0]


def test_what_is_it_leads_with_the_source_the_description_cites_not_the_nearest_claim(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "X-1 was first made in 1982 in a Moscow laboratory.",
                         "In 40 patients who keep a diary X-1 improved memory.",
                         what_it_is="X-1 is a peptide first made in Moscow (s1); it improved memory in patients (s2).")
    assert top_sources(db, "wat is x-1", "x-1")[:2] == ["s1", "s2"]
    assert top_sources(db, "does it help memory", "x-1") == ["s2"]


@pytest.mark.parametrize("topic", ["selank", "bpc-157"])
@pytest.mark.parametrize("question", ["does it raise blood pressure", "will it help me put on muscle mass"])
def test_a_term_of_two_words_is_held_only_whole(db, topic, question):
    # their claims speak of blood flow, blood levels and muscle healing, never of blood pressure or muscle mass
    assert top_sources(db, question, topic) == []


@pytest.mark.parametrize("question", ["does it help kidney stones", "will it make my hair grow back",
                                      "restless legs at night?", "can it treat heart failure"])
def test_a_condition_of_two_words_is_not_answered_by_a_claim_holding_one(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "In 30 adults X-1 did not change kidney function, the growth of cells"
                         " or the rate of treatment failure.",
                         "In 40 patients who felt restless, X-1 improved sleep.")
    assert top_sources(db, question, "x-1") == []


def test_dry_eyes_are_not_answered_by_a_claim_about_dry_skin(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "Users rub X-1 oil on dry, flaky skin and say it soothes it.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert top_sources(db, "x-1|dry eyes", "x-1") == []
    assert top_sources(db, "x-1|dry skin", "x-1") == ["s1"]


@pytest.mark.parametrize("question", ["x-1|felt absolutely nothing, is that normal", "x-1 dosent do anything for me",
                                      "is x-1 overhyped tbh", "did other ppl also get nothing from x-1"])
def test_feeling_nothing_is_answered_by_a_claim_that_says_it_had_no_effect(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "Users on forums often report feeling no effects from X-1 at all.",
                         "Users on forums report X-1 effects on focus within a week.")
    assert top_sources(db, question, "x-1")[0] == "s1"


@pytest.mark.parametrize("question, holding_words, saying_it", [
    # how long it keeps, not how long it lasts in use
    ("how long does x-1 powder keep once opened", "X-1 is sold as a powder that users say lasts them a month.",
     "Store X-1 in the fridge once opened, the label says."),
    # a term held only whole
    ("x-1|fatty liver", "In rats X-1 raised short-chain fatty acids in the gut.",
     "In 40 adults with fatty liver X-1 lowered the fat in the liver on scans."),
    # type 1 diabetes, which a finding in diabetes in general (mostly type 2) does not answer
    ("x-1|type 1 diabetes", "In 500 adults with type 2 diabetes X-1 lowered HbA1c.",
     "In 40 teenagers with type 1 diabetes X-1 did not lower HbA1c."),
    ("is x-1 ok for t1d", "In non-insulin-dependent diabetes X-1 lowered blood sugar.",
     "X-1 is not approved for insulin-dependent diabetes."),
])
def test_a_claim_holding_the_words_but_not_what_is_asked_does_not_answer(tmp_path, question, holding_words, saying_it):
    db = two_claim_topic(tmp_path, "X-1", holding_words, saying_it)
    assert top_sources(db, question, "x-1") == ["s2"]


@pytest.mark.parametrize("typed, read", [("can u take it while preggo", "pregnant"),
                                         ("do u need a script for it", "prescription"),
                                         ("my dr said no", "doctor"), ("hw long till it works", "how"),
                                         ("it dosent work", "doesnt")])
def test_chat_words_are_read_as_the_words_they_stand_for(typed, read):
    assert read in matching.plain(typed).split()


@pytest.mark.parametrize("question", ["is x-1 gud for sleep", "x-1 for sleep or smth?", "any sleep probs on x-1",
                                      "x-1 helps sleep tbf iirc", "dunno if x-1 helps sleep tho"])
def test_chat_words_around_a_question_leave_only_what_it_asks(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "In 40 adults with insomnia X-1 improved sleep.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert words_read(db, question) == ["sleep"]
    assert top_sources(db, question, "x-1")[0] == "s1"


@pytest.mark.parametrize("question", ["why do ppl take it anyway", "is it pointless", "reddit says its useless lol",
                                      "cheap capsules off amazon, legit?"])
def test_a_word_that_closes_or_judges_a_question_or_names_a_shop_asks_nothing(tmp_path, question):
    db = two_claim_topic(tmp_path, "X-1", "People take X-1 mainly to sharpen focus.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert not {"anyway", "pointless", "useless", "amazon"} & set(words_read(db, question))


def test_living_longer_is_answered_by_a_finding_on_mortality(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In 16,000 adults, those taking X-1 had lower all-cause mortality.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    assert top_sources(db, "does it make you live longer", "x-1") == ["s1"]


def test_memory_loss_is_read_as_memory(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In 120 adults aged 65 or older X-1 did not affect delayed memory recall.",
                         "In 40 adults X-1 lowered blood sugar.")
    for question in ("does x-1 cause memory loss", "x-1|memory loss?", "x-1 and loss of memory"):
        assert words_read(db, question) == ["memory"]
        assert top_sources(db, question, "x-1") == ["s1"]


def test_a_span_of_time_called_a_period_says_nothing_of_periods(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In a five-period crossover study X-1 improved memory.",
                         "Over a 12-week period and a washout period, X-1 lowered blood sugar in 40 adults.")
    assert top_sources(db, "does x-1 mess with ur period", "x-1") == []
    db = two_claim_topic(tmp_path / "2", "X-1", "Women on X-1 describe irregular periods.",
                         "Over a 12-week period, X-1 lowered blood sugar in 40 adults.")
    assert top_sources(db, "does x-1 mess with ur period", "x-1") == ["s1"]


def test_hair_growing_back_is_read_as_hair_growth(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In 60 men with thinning hair, X-1 lotion improved hair growth over placebo.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    for question in ("will it make my hair grow back", "does it regrow hair", "hair regrowth?"):
        assert words_read(db, question) == ["hair", "growth"]
        assert top_sources(db, question, "x-1") == ["s1"]


def test_multiple_sclerosis_is_not_held_by_multiple_reports(db):
    # a Semax source gathers "multiple user anecdotes"; no claim names the disease
    assert top_sources(db, "multiple sclerosis", "semax") == []


@pytest.mark.parametrize("question", ["what does reddit say about it", "any forum stories?", "wat does it feel like",
                                      "what do ppl actually feel on it", "what do people say about it",
                                      "what do other patients say", "what do people on selank say about it",
                                      "real experiences?"])
def test_asking_for_reports_is_answered_by_the_anecdote_tier(db, question):
    ranked, _ = matching.search(db, "selank", question)
    assert ranked and {m.tier for m in ranked} == {"anecdote"}


def test_a_drug_test_is_not_answered_by_claims_about_drugs_or_tests(db):
    # Semax's claims say nothing about doping control, and many mention a drug or a test.
    assert top_sources(db, "will it show up on a drug test") == []


def test_a_name_of_several_words_names_the_topic_only_whole():
    words, phrases = matching.names_in_questions({"slug": "x-1", "name": "X-1", "aliases": ["x-1 nasal spray", "n-acetyl x-1 amidate"]})
    assert {"amidate", "acetyl"} <= words and not {"nasal", "spray"} & words
    assert phrases.sub(" ", "x 1 nasal spray or pin it").split() == ["or", "pin", "it"]
    assert phrases.sub(" ", "nasal spray or pin it").split() == ["nasal", "spray", "or", "pin", "it"]


def test_a_question_about_another_medicine_is_answered_only_by_claims_naming_one(db):
    # Semax's claims name no medicine taken alongside; "antidepressant-like effects" is not one.
    assert top_sources(db, "can i take it with zoloft") == []
    assert top_sources(db, "ok to take with my ssri antidepressant") == []
    assert top_sources(db, "dad is on aricept for his dementia, any interaction with it") == []
    # A medicine in the background does not narrow what the sentence that asks is about.
    assert top_sources(db, "been depressed for like a year, zoloft didnt do much. someone on tiktok said it fixes "
                           "depression. is there any proof it helps depression?", n=10)


def test_context_in_a_long_message_narrows_but_never_blocks(db):
    question = ("my dad had a stroke in march and hes in rehab now. his neurologist never heard of this. "
                "is there any real evidence it helps stroke patients recover?")
    assert "s2" in top_sources(db, question)


def test_a_harm_report_does_not_answer_whether_it_treats(db):
    assert "s61" in top_sources(db, "did anyone get migraines from it")
    assert "s61" not in top_sources(db, "can it cure my migraines", n=10)


def test_stronger_evidence_comes_first_among_answers(db):
    ranked, _ = matching.search(db, "semax", "stroke patients")
    tiers = [m.tier for m in ranked if m.score >= matching.STRONG_SHARE * max(r.score for r in ranked)]
    assert tiers == sorted(tiers, key=matching.TIER_RANK.get) and tiers[0] == "human"


def test_a_human_trial_of_something_else_does_not_pass_the_topics_own_studies_for_its_tier(tmp_path):
    # a compound little studied, its literature filled out with a comparator's trial (titled "Trial")
    db = two_claim_topic(tmp_path, "Zetamycin", "In mice Zetamycin eased depression within four days.",
                         "In a crossover trial at one centre, a single intravenous ketamine infusion given to 18 adults "
                         "with treatment-resistant depression eased it within hours.")
    assert top_sources(db, "does zetamycin work for depression", "zetamycin") == ["s1", "s2"]


def test_below_the_best_answers_relevance_decides_not_the_tier():
    def match(source, tier, score):
        return matching.Match(f"c{source}", source, tier, "A finding.", False, score, 0.5, 0.3, ())
    ranked = [match("s1", "anecdote", 1.0), match("s2", "published", 0.8), match("s3", "human", 0.6)]
    assert [m.source for m in matching.order(ranked)] == ["s1", "s2", "s3"]
    close = [match("s1", "anecdote", 1.0), match("s2", "human", 0.97), match("s3", "human", 0.6)]
    assert [m.source for m in matching.order(close)] == ["s2", "s1", "s3"]  # within 95 %: the stronger tier first


@pytest.mark.parametrize("text, describes", [
    ("2026 guide on Semax dosage, benefits, and FDA-related updates.", True),
    ("June 2026 article reviewing evidence for ADHD.", True),
    ("2024 study showing it reverses anhedonia in stressed rats.", False),
    ("In a study of 110 patients after stroke, BDNF rose.", False),
])
def test_a_line_that_only_describes_its_source(text, describes):
    assert bool(matching.DESCRIPTION.match(text)) is describes


def test_index_follows_new_claims(db):
    assert top_sources(db, "tinnitus") == []
    source, _ = ledger.add_evidence(db, "semax", {"kind": "paste", "title": "t", "tier": "anecdote", "auto": False},
                                    [{"text": "My tinnitus got louder on it.", "tier": "anecdote",
                                      "section": "pasted", "auto": False}])
    assert top_sources(db, "tinnitus") == [source]


def test_claim_vectors_are_stored_with_the_claim_and_match_a_fresh_embedding(db):
    claim = ledger.claims(db, "selank")[0]
    (blob,) = db.conn.execute("SELECT vector FROM claim_vectors WHERE topic = 'selank' AND claim_id = ?",
                              [claim["id"]]).fetchone()
    text, context = db.conn.execute("SELECT text, context FROM claim_search WHERE topic = 'selank' AND claim_id = ?",
                                    [claim["id"]]).fetchone()
    fresh = embedding.embed([search_index.embedded_text(text, context)])[0]
    assert abs(embedding.from_blobs([blob])[0] - fresh).max() < 1e-5


def test_the_model_loads_from_its_wheel_without_a_network(monkeypatch):
    import requests
    monkeypatch.setattr(requests, "get", lambda *a, **k: pytest.fail("the model tried to download"))
    vectors = embedding.embed(["sleep", "insomnia", "kidney"])
    assert vectors.shape == (3, embedding.DIMENSIONS)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_words_embedded_once_per_process_are_the_words_embedded_together(monkeypatch):
    monkeypatch.setattr(embedding, "_WORDS_KEPT", 4)
    monkeypatch.setattr(embedding, "_word_vectors", {})
    words = ["sleep", "insomnia", "sleep", "kidney"]
    assert (embedding.embed_words(words) == embedding.embed(words)).all()
    more = ["hair", "loss", "sleep"]  # past the limit the store starts again, still right
    assert (embedding.embed_words(more) == embedding.embed(more)).all()
    assert set(embedding._word_vectors) == {"hair", "loss"}  # what it embedded after starting again
    assert embedding.embed_words([]).shape == (0, embedding.DIMENSIONS)


def test_no_topic_is_named_in_the_code():
    found = subprocess.run(["grep", "-rilE", "semax|selank|bpc", "service", "handlers", "--include=*.py"],
                           cwd=ROOT, capture_output=True, text=True).stdout
    assert found == ""


@pytest.mark.parametrize("word, low, high", [("stuff", 0.0, 0.01), ("testosterone", 0.99, 1.0),
                                             ("qwzxv", 1.0, 1.0), ("42", 0.0, 0.0)])
def test_topicality(word, low, high):
    assert low <= matching.topicality(word) <= high


@pytest.mark.parametrize("question, asks", [("what dose should I take", True), ("how much mg", True),
                                            ("does it help sleep", False)])
def test_asks_about_dose(question, asks):
    assert matching.asks_about_dose(question) is asks


@pytest.mark.parametrize("question", ["", "   ", "??", "🙂"])
def test_questions_with_no_words_never_fail(db, question):
    ranked, every = matching.search(db, "semax", question)
    assert all(re.search(r"\w", m.text) for m in ranked)


def test_a_word_asking_for_a_kind_of_evidence_is_held_by_claims_of_that_tier(db):
    index = search_index.topic_index(db, "semax")
    read = matching.read_question(index, "any human data", matching.topic_names(ledger.get_topic(db, "semax")))
    claims = ledger.claims(db, "semax")
    human = next(c for c in claims if c["tier"] == "human" and "human" not in c["text"].lower())
    animal = next(c for c in claims if c["tier"] == "preclinical" and "human" not in c["text"].lower())
    covered = matching.coverage(index, read, [human["id"], animal["id"]],
                                {human["id"]: "human", animal["id"]: "preclinical"})
    assert covered[human["id"]].share > covered[animal["id"]].share


@pytest.mark.parametrize("topic", ["semax", "selank", "bpc-157"])
def test_the_kind_of_evidence_after_or_just_is_not_asked_for(db, topic):
    ranked, _ = matching.search(db, topic, "has it been tested on actual humans or just rats")
    assert ranked and ranked[0].tier == "human"


def test_a_study_in_human_cells_is_not_evidence_in_humans(db):
    ranked, _ = matching.search(db, "selank", "any evidence in humans")
    assert ranked and all(m.tier == "human" for m in ranked if not m.auto)


@pytest.mark.parametrize("topic", ["selank", "bpc-157"])
def test_a_question_of_no_content_words_is_answered_by_the_closest_claims_only(db, topic):
    # (and by the sources the topic's description cites, when it asks what it is)
    described = set(re.findall(r"s\d+", ledger.require_topic(db, topic)["what_it_is"]))
    _, answering = matching.search(db, topic, "wat even is it")
    best = max(m.similarity for m in answering)
    assert answering and all(m.similarity >= matching.GENERAL_SHARE * best for m in answering
                             if m.source not in described)
    assert len({m.source for m in answering} - described) < len(ledger.sources(db, topic)) / 3


def test_a_common_word_that_is_only_a_noun_names_the_subject(db):
    # "hair" is common English, but not filler: the topic's "grow" does not answer it
    index = search_index.topic_index(db, "selank")
    read = matching.read_question(index, "will it help my hair grow", set())
    assert read.weights[read.words.index("hair")] > read.weights.sum() / 2
    assert top_sources(db, "will it help my hair grow", "selank") == []


def test_a_long_word_one_letter_off_a_rare_english_word_is_mended_into_it(db):
    assert matching._mend("insomina", search_index.topic_index(db, "bpc-157")) == ["insomnia"]


def test_a_word_in_no_dictionary_is_not_mended_into_a_topic_word_of_another_first_letter(tmp_path):
    # "macular" is in no spelling dictionary and one letter and one more from "vascular"
    db = two_claim_topic(tmp_path, "X-1", "X-1 reduced vascular stiffness in 40 adults.",
                         "X-1 improved memory in 30 patients.")
    assert matching._mend("macular", search_index.topic_index(db, "x-1")) != ["vascular"]
    assert top_sources(db, "does it help macular degeneration", "x-1") == []
    assert matching._mend("vascualr", search_index.topic_index(db, "x-1")) == ["vascular"]


def test_a_claim_that_no_human_study_exists_answers_any_human_studies(tmp_path):
    folder = tmp_path / "data" / "x-1"
    folder.mkdir(parents=True)
    (folder / "topic.json").write_text(json.dumps({"slug": "x-1", "name": "X-1"}))
    sources = [("published", "X-1 has not been tested in humans; all of its evidence comes from rats and mice."),
               ("preclinical", "In rats, X-1 improved maze learning after a stroke."),
               ("preclinical", "In mice, X-1 lowered anxiety-like behaviour in an elevated maze."),
               ("anecdote", "Users on forums report better sleep and calmer mornings on X-1.")]
    (folder / "sources.jsonl").write_text("".join(json.dumps({"id": f"s{n}", "kind": "study", "title": f"Source {n}",
                                                              "tier": tier}) + "\n"
                                                  for n, (tier, _) in enumerate(sources, 1)))
    (folder / "claims.jsonl").write_text("".join(json.dumps({"source": f"s{n}", "text": text}) + "\n"
                                                 for n, (_, text) in enumerate(sources, 1)))
    build.build(str(tmp_path / "ledger.db"), data_dir=tmp_path / "data")
    db = connect(str(tmp_path / "ledger.db"))
    assert top_sources(db, "any human trials?", "x-1")[:1] == ["s1"]
    assert top_sources(db, "has it been tested on humans or just rats", "x-1")[:1] == ["s1"]


def test_a_claim_about_erections_answers_a_question_about_ed(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "Some men in these posts say X-1 gave them stronger erections.",
                         "X-1 improved memory in 30 patients.")
    assert top_sources(db, "does it help with ED", "x-1") == ["s1"]


def test_a_lower_case_acronym_is_never_mended(db):
    assert matching._mend("adhd", search_index.topic_index(db, "bpc-157")) == ["adhd"]


def test_only_words_held_in_so_many_words_stand_in_for_similarity():
    assert not matching.answers(0.05, 0.8, held=0.0)   # covered through embedding neighbours only
    assert matching.answers(0.05, 0.8, held=0.8)
    assert not matching.answers(0.05, 0.5, held=0.5)


def test_a_claim_covered_only_through_neighbours_needs_the_question_to_be_similar():
    assert matching.answers(0.12, 0.5, held=0.3)
    assert not matching.answers(0.12, 0.5, held=0.0)
    assert matching.answers(0.16, 0.5, held=0.0)


def test_what_follows_or_just_is_the_contrast_not_the_ask():
    assert matching._sentences("tested on humans or just rats") == ("tested on humans", "")
    assert matching._sentences("every day or just when i need it") == ("every day", "when i need it")



def test_a_ledger_rebuilt_at_the_same_path_is_read_afresh(tmp_path, db_path):
    """A running worker's cache must not mix the vectors of an archived ledger with its successor's."""
    import json
    import shutil
    from service.build import build
    from service.db import connect
    folder = tmp_path / "data" / "semax"
    folder.mkdir(parents=True)
    (folder / "topic.json").write_text(json.dumps({"slug": "semax", "name": "Semax"}))
    (folder / "sources.jsonl").write_text(json.dumps({"id": "s1", "title": "t", "tier": "human"}) + "\n")
    (folder / "claims.jsonl").write_text("".join(json.dumps({"source": "s1", "text": f"Finding number {i}."}) + "\n"
                                                 for i in range(3)))
    path = tmp_path / "served.db"
    build(str(path), data_dir=tmp_path / "data")
    small = connect(str(path))
    assert len(search_index.topic_index(small, "semax").claim_ids) == 3
    small.conn.close()
    shutil.copy(db_path, tmp_path / "rebuilt.db")
    (tmp_path / "rebuilt.db").replace(path)  # as `ledger init --archive` swaps in a new build
    served = connect(str(path))
    stored = [r[0] for r in served.conn.execute("SELECT claim_id FROM claim_vectors WHERE topic = 'semax' ORDER BY rowid")]
    assert search_index.topic_index(served, "semax").claim_ids == stored


def test_a_large_topic_ranks_full_text_by_the_words_it_can_afford(db, monkeypatch):
    """FTS5 scores every row holding any word of the query: past LEXICAL_ROWS rows the words held
    by the most claims are left out, rarest kept first, and a question of only such words gets
    no full-text candidates (similarity still answers it). A smaller topic never drops a word."""
    index = search_index.topic_index(db, "semax")
    assert index.postings("bdnf") > index.postings("stroke") > index.postings("hair")
    assert matching.affordable(index, ["bdnf", "hair", "stroke"]) == ["bdnf", "hair", "stroke"]
    monkeypatch.setattr(matching, "LEXICAL_ROWS", index.postings("hair") + index.postings("stroke"))
    assert matching.affordable(index, ["bdnf", "hair", "stroke"]) == ["hair", "stroke"]
    assert matching.affordable(index, ["bdnf"]) == []
    assert matching.lexical(db, "semax", ["bdnf"], index=index) == []
    ranked = matching.lexical(db, "semax", ["bdnf", "hair"], index=index)
    assert ranked == matching.lexical(db, "semax", ["hair"])
    assert matching.search(db, "semax", "does bdnf go up")[0]  # answered by similarity and coverage


@pytest.mark.parametrize("word", ["even", "evening", "general", "generalized", "stroke", "bdnf"])
def test_the_full_text_budget_counts_the_rows_a_query_scores(db, word):
    # FTS5 stems with Porter ("evening" is "even"), not Snowball: the count is what a query scores
    index = search_index.topic_index(db, "semax")
    scored = db.conn.execute("SELECT count(*) FROM claim_search WHERE claim_search MATCH ? AND topic = 'semax'",
                             [f'"{word}"']).fetchone()[0]
    assert index.postings(word) >= scored


def test_a_claim_about_either_side_of_an_or_answers(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In 30 adults with low mood, X-1 improved mood scores.",
                         "X-1 was first made in 1982 in a Moscow laboratory.")
    assert top_sources(db, "would x-1 help his mood or his motivation", "x-1") == ["s1"]
    # without the "or", motivation is asked as much as mood, and no claim speaks of it
    assert top_sources(db, "would x-1 help his mood and his motivation", "x-1") == []


def test_two_things_alone_either_side_of_an_or_are_a_choice(db):
    # "spray or shots?" asks which: the claims comparing both come first, as without the "or"
    assert top_sources(db, "spray or shots", "semax")[:2] == top_sources(db, "spray shots", "semax")[:2]


def test_who_is_asking_is_context_not_what_is_asked(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "X-1 is not on the WADA Prohibited List, so it is not banned in sport.",
                         "X-1 was first made in 1982 in a Moscow laboratory.")
    question = "im a competitive rower and get drug tested, can i take x-1 or will it flag"
    index = search_index.topic_index(db, "x-1")
    read = matching.read_question(index, question, matching.topic_names(ledger.require_topic(db, "x-1")))
    asked, context = read.text.split(". ")
    assert "rower" not in asked.split() and "rower" in context.split()


def test_words_of_the_context_do_not_make_an_answer_less_firm(tmp_path):
    # the claim holds all the asking sentence asks (a drug test); who is tested, and when, is context
    db = two_claim_topic(tmp_path, "X-1", "X-1 is not on the WADA Prohibited List, so it is not banned in sport.",
                         "X-1 was first made in 1982 in a Moscow laboratory.")
    assert top_sources(db, "college swimmer here, conference meet next month. will x-1 get me flagged on a drug test",
                       "x-1") == ["s1"]


@pytest.mark.parametrize("question", ["my yoga teacher recommended it, any issue with bleeding?",
                                      "his friend at temple swears by it. does it cause bleeding"])
def test_who_recommended_it_is_context(db, question):
    index = search_index.topic_index(db, "semax")
    read = matching.read_question(index, question, matching.topic_names(ledger.require_topic(db, "semax")))
    assert read.words[:read.asked] == ["bleeding"]


def test_what_keeps_happening_to_me_is_no_one_who_recommends_it(db):
    index = search_index.topic_index(db, "semax")
    read = matching.read_question(index, "my sleep keeps getting worse, will it help",
                                  matching.topic_names(ledger.require_topic(db, "semax")))
    assert "sleep" in read.words[:read.asked]


def test_humans_asked_beside_animals_asks_about_humans(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In mice, X-1 extended lifespan by a tenth.",
                         "In 40 older adults, X-1 improved memory scores over placebo.")
    assert top_sources(db, "is x-1 just a mouse thing or does it work in humans", "x-1")[0] == "s2"


@pytest.mark.parametrize("question, words", [
    ("im on lisinopril, can i take it", ["lisinopril", "blood", "pressure"]),  # named, and a blood pressure medicine
    ("will it help me in my exams", ["memory"]),
    ("does it make u hornier", ["libido"]),
    ("does it give u the runs", ["diarrhea"]),
    ("does it help doms after leg day", ["doms", "workout"]),
    ("anyone actually notice a difference", ["reddit", "forum"]),  # "difference" only says two are compared
    ("what do ppl online say about it", ["reddit", "forum"]),
    ("is there any real evidence for it", []),                     # as "any evidence": a question of everyday words
    ("does it make ur boobs bigger", ["breast", "bigger"]),
    ("whats the evidence overall", ["review"]),                     # what reviews of it conclude
    ("overall verdict?", ["review"]),
    ("is it true it helps anxiety", ["anxiety"]),
    ("is it even real", ["real"]),                                  # whether the product is genuine
    ("does it work or is it an old wives tale", ["effective"]),
    ("how does it work", ["mechanism"]),                          # how, not whether
    ("wat does it actually do in the brain", ["mechanism", "brain"]),  # what it does there is how it works ...
    ("what does it do for acne", ["acne"]),                       # ... what it does for something is an effect
    ("is that combo dangerous", ["combination", "dangerous"]),
    ("does it help a stuffy nose", ["congestion", "nose"]),
    ("does it help with c. diff", ["cdiff"]),
    ("does it interfere w my other meds", ["interact"]),
    ("is it ok to add it to my fluoxetine or will they clash", ["add", "fluoxetine", "interact"]),
    ("whats actually in it", ["ingredient"]),
    ("can i have a glass of wine on it", ["alcohol"]),
    ("does it make u fat", ["weight", "gain"]),
    ("how long does the powder keep once opened", ["storage"]),   # how long it keeps, not how long it acts
    ("fridge or nah", ["storage"]),
    ("how long does it last once you take it", ["duration", "elimination"]),  # its effect, and in the body
    ("how long does the numbness last", ["duration"]),  # an effect's, only
    ("how long does semax last", ["duration", "elimination"]),
    ("how fast does it wear off", ["duration", "elimination"]),  # how soon it wears off is how long it lasts
])
def test_everyday_phrases_are_read_as_the_words_studies_use(db, question, words):
    index = search_index.topic_index(db, "semax")
    read = matching.read_question(index, question, matching.topic_names(ledger.require_topic(db, "semax")))
    assert read.words == words


def test_a_drug_test_for_a_job_is_no_doping_control(db):
    index = search_index.topic_index(db, "semax")
    names = matching.topic_names(ledger.require_topic(db, "semax"))
    assert "doping" in matching.read_question(index, "will it show up on a drug test", names).words
    work = matching.read_question(index, "will it show up on a work drug test", names).words
    assert "employer" in work and "doping" not in work


def test_a_drug_test_is_answered_by_a_claim_about_drug_tests_not_by_any_screening(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In mice, X-1 reduced immobility in standard antidepressant screening tests.",
                         "X-1 can cause a false-positive result for amphetamines on a urine drug screen.")
    assert top_sources(db, "will x-1 show up on a drug test", "x-1") == ["s2"]


def test_an_aim_is_held_only_beside_what_it_is_for(tmp_path):
    # "migraine prevention": a claim that it did not prevent something else holds no part of it
    db = two_claim_topic(tmp_path, "X-1", "In 1,442 people with atrial fibrillation, a year of X-1 did not prevent the"
                         " arrhythmia from coming back.", "X-1 was first made in 1982 in a Moscow laboratory.")
    assert top_sources(db, "x-1 for migraine prevention?", "x-1") == []
    assert top_sources(db, "x-1 to prevent afib coming back", "x-1") == ["s1"]


def test_an_interaction_with_a_medicine_the_topic_never_names_is_not_answered_by_another(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "The label lists one drug interaction: X-1 raises blood levels of cyclosporine.",
                         "X-1 was first made in 1982 in a Moscow laboratory.")
    assert top_sources(db, "x-1 and omeprazole interaction?", "x-1") == []
    assert top_sources(db, "x-1 and cyclosporine interaction?", "x-1") == ["s1"]
    assert top_sources(db, "x-1 interactions?", "x-1") == ["s1"]
    assert top_sources(db, "does x-1 interact with my meds", "x-1") == ["s1"]  # nothing named: any interaction answers


def test_another_topic_of_the_ledger_is_a_medicine_however_common_its_name_in_english(tmp_path):
    # "grapefruit" is common English, so only the ledger says it is something taken with X-1
    db = two_claim_topic(tmp_path, "X-1", "The label lists one drug interaction: X-1 raises blood levels of cyclosporine.",
                         "X-1 was first made in 1982 in a Moscow laboratory.")
    assert top_sources(db, "does x-1 interact with grapefruit juice", "x-1") == ["s1"]
    ledger.add_topic(db, {"slug": "grapefruit", "name": "Grapefruit", "aliases": []})
    assert top_sources(db, "does x-1 interact with grapefruit juice", "x-1") == []
    assert top_sources(db, "does x-1 interact with cyclosporine", "x-1") == ["s1"]


def test_a_name_of_another_topic_is_read_as_the_name_the_claims_use(tmp_path):
    # texters name the brand ("accutane"), the claims the medicine: the ledger's topic for it says they are one
    db = two_claim_topic(tmp_path, "X-1", "Taking X-1 with isotretinoin raised the risk of pressure around the brain.",
                         "X-1 was first made in 1982 in a Moscow laboratory.")
    assert top_sources(db, "x-1 with accutane ok?", "x-1") == []
    ledger.add_topic(db, {"slug": "isotretinoin", "name": "Isotretinoin", "aliases": ["accutane", "absorica"]})
    assert top_sources(db, "x-1 with accutane ok?", "x-1") == ["s1"]
    # a name two topics share names neither
    ledger.add_topic(db, {"slug": "acne-gel", "name": "Acne gel", "aliases": ["accutane"]})
    assert top_sources(db, "x-1 with accutane ok?", "x-1") == []


def test_an_expired_pack_is_answered_by_a_claim_about_expired_products_not_by_one_about_a_store(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "Store-brand X-1 contains the same active ingredient as the brand.",
                         "X-1 tablets tested years past their expiry date still held most of their labelled dose.")
    assert top_sources(db, "is expired x-1 still ok to take", "x-1") == ["s2"]
    assert top_sources(db, "found some x-1 that is out of date, still good?", "x-1") == ["s2"]


def test_trying_for_a_baby_asks_about_pregnancy_unless_it_asks_about_sperm(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "X-1 is not recommended in pregnancy; anyone planning one should ask their"
                         " doctor about switching.", "In 40 healthy men, X-1 did not change heart rate.")
    assert top_sources(db, "trying to conceive on x-1", "x-1") == ["s1"]
    assert top_sources(db, "ttc and on x-1, do i need to switch", "x-1") == ["s1"]
    assert top_sources(db, "does x-1 lower sperm count, were trying for a baby", "x-1") == []


def test_a_medicine_of_a_class_is_held_by_a_claim_about_the_class(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "Tricyclic antidepressants can blunt the effect of X-1.",
                         "Drinking alcohol with X-1 can make you dizzy.")
    assert top_sources(db, "x-1 with amitriptyline", "x-1") == ["s1"]
    assert top_sources(db, "can i have a pint on x-1", "x-1") == ["s2"]


def test_how_strong_the_evidence_is_is_answered_first_by_what_reviews_conclude(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "A 2020 systematic review of 12 small trials judged the evidence that X-1"
                         " eases knee pain to be of low quality.", "In 40 adults, X-1 did not change resting heart rate"
                         " over eight weeks.")
    assert top_sources(db, "how strong is the evidence overall", "x-1")[:1] == ["s1"]
    assert top_sources(db, "what does the research say about x-1", "x-1")[:1] == ["s1"]


def test_the_alcohol_of_an_extract_or_a_cream_is_no_drink(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In rats, an alcohol extract of X-1 leaves lowered blood sugar.",
                         "X-1 adds to the sedating effect of alcohol, so drinking on it is best avoided.")
    assert top_sources(db, "can i drink alcohol on x-1", "x-1") == ["s2"]


@pytest.mark.parametrize("question, answered", [("x-1|beer ok?", ["s2"]), ("x-1 n booze ok??", ["s2"]),
                                                ("is x-1 on the beers list", ["s1"]),
                                                ("is brewers yeast in x-1", [])])
def test_a_drink_named_is_alcohol_but_a_list_or_a_yeast_is_not(tmp_path, question, answered):
    db = two_claim_topic(tmp_path, "X-1", "X-1 is on the Beers list of medicines older adults should avoid.",
                         "X-1 adds to the sedating effect of alcohol, so drinking on it is best avoided.")
    assert top_sources(db, question, "x-1")[:1] == answered


def test_a_claim_about_non_alcoholic_liver_disease_says_nothing_of_alcohol(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "In 60 adults with non-alcoholic fatty liver disease, X-1 lowered liver fat.",
                         "X-1 was first made in 1982 in a Moscow laboratory.")
    assert top_sources(db, "can i drink alcohol on x-1", "x-1") == []
    assert top_sources(db, "does x-1 help a fatty liver", "x-1") == ["s1"]


def test_every_topic_name_is_read_again_once_a_topic_is_added(db):
    """Every topic's names are kept per process (every message reads them), by their spellings: a
    topic added since is among them at once."""
    before = matching.every_name(ledger.directory(db))
    assert before == set().union(*(matching.topic_names(t) for t in ledger.list_topics(db)))
    assert "zorbitol" not in before
    ledger.add_topic(db, {"slug": "zorbitol", "name": "Zorbitol", "aliases": ["zorbi nasal gel"]})
    after = matching.every_name(ledger.directory(db))
    assert {"zorbitol", "zorbi"} <= after and before < after


def test_blood_lactate_is_not_breastfeeding(tmp_path):
    """"lactate" and "lactation" share a stem; only the second is about breastfeeding."""
    db = two_claim_topic(tmp_path, "X-1", "After eight weeks of X-1, cyclists had less blood lactate during hard sprints.",
                         "X-1 was first made in 1982 in a Moscow laboratory.")
    index = search_index.topic_index(db, "x-1")
    names = matching.topic_names(ledger.require_topic(db, "x-1"))
    claims = [claim["id"] for claim in ledger.claims(db, "x-1")]
    nursing = matching.coverage(index, matching.read_question(index, "ok while breastfeeding?", names), claims)
    sprints = matching.coverage(index, matching.read_question(index, "lactate after sprints?", names), claims)
    assert max(covered.share for covered in nursing.values()) == 0
    assert max(covered.share for covered in sprints.values()) > 0.5


@pytest.mark.parametrize("question, users", [
    ("reviews?", True), ("did it work for u guys", True), ("what do the reviews say about it", False),
    ("do systematic reviews back it up", False),
])
def test_reviews_and_what_worked_for_others_ask_what_users_report(db, question, users):
    """"X reviews" asks what users say (anecdote sources); "the reviews" are published ones."""
    index = search_index.topic_index(db, "semax")
    names = matching.topic_names(ledger.require_topic(db, "semax"))
    assert ("reddit" in matching.read_question(index, question, names).words) is users


def test_a_name_of_several_words_is_read_whole_before_any_lay_phrase(tmp_path):
    """"horny" alone asks about libido; in the topic's name "horny goat weed" it names the topic."""
    db = two_claim_topic(tmp_path, "Horny Goat Weed", "In rats, horny goat weed raised mounting behaviour.",
                         "Horny goat weed was first sold as a tea in China.")
    index = search_index.topic_index(db, "horny-goat-weed")
    names = matching.names_in_questions(ledger.require_topic(db, "horny-goat-weed"))
    assert "libido" not in matching.read_question(index, "is horny goat weed safe for my liver", *names).words
    assert "libido" in matching.read_question(index, "will it make me horny", *names).words


def test_how_people_take_it_is_read_apart_from_the_word_after_it(db):
    """"how do you take semax powder": the routes, then "powder", not a word "nasalsemax"."""
    index = search_index.topic_index(db, "semax")
    words = matching.read_question(index, "how do you take semax powder", *matching.names_in_questions(
        ledger.require_topic(db, "semax"))).words
    assert {"injection", "oral", "nasal", "powder"} <= set(words) and all("nasal" == w or "nasal" not in w for w in words)


def test_context_no_claim_holds_does_not_block_an_answer(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "X-1 was first made in 1982 in a Moscow laboratory.",
                         "In 60 adults with insomnia, X-1 improved sleep quality over placebo.")
    # the grandmother, the soup and the winters are said of no claim; what is asked is
    assert top_sources(db, "we lived near vladivostok and my grandma stirred x-1 into the borscht every winter."
                           " does x-1 help with sleep?", "x-1") == ["s2"]
    # a word the topic never uses still blocks where it is asked
    assert top_sources(db, "we lived near vladivostok and my grandma stirred x-1 into the borscht every winter."
                           " does x-1 help with kidney stones?", "x-1") == []


def test_a_form_named_beside_a_question_narrows_the_answer_but_never_decides_it(tmp_path):
    # "x-1 tea" and "slow release x-1" are names of the topic that few of its claims use: forms of it
    db, index, names = trials_topic(tmp_path, ["x-1 tea", "slow release x-1"], [
        "In 40 adults with high blood pressure, X-1 capsules lowered it by 6 points.",
        "In 20 adults, drinking X-1 tea every day lowered blood pressure by 3 points.",
        "In 40 patients X-1 improved memory more than placebo.",
        "X-1 caused mild headaches in a third of users.",
        "Slow release X-1 caused fewer headaches than the plain tablets."])
    assert matching.read_question(index, "does x-1 tea lower blood pressure", *names).words == \
        ["tea", "blood", "pressure"]
    assert top_sources(db, "does x-1 tea lower blood pressure", "x-1")[0] == "s2"
    assert top_sources(db, "slow release x-1 headaches?", "x-1")[0] == "s5"
    assert top_sources(db, "x-1 tea any good?", "x-1") == ["s2"]  # the form is all that is asked: it decides
    # beside a question the topic holds nothing on, the form answers nothing
    assert top_sources(db, "can x-1 tea help me sleep", "x-1") == []
    assert top_sources(db, "is x-1 tea good for acne", "x-1") == []


def test_a_finding_in_children_or_pregnancy_counts_less_unless_they_are_asked_about(tmp_path):
    """Relevance is coverage plus similarity, less POPULATION_PENALTY for a finding in pregnant
    women (or children) when the question names neither."""
    db = two_claim_topic(tmp_path, "X-1", "In 300 adults with constipation X-1 eased constipation.",
                         "In 40 pregnant women with constipation X-1 eased constipation.")

    def penalty(question):
        return {m.source: round(m.coverage + m.similarity - m.score, 6)
                for m in matching.search(db, "x-1", question)[1]}
    assert penalty("does it help constipation") == {"s1": 0.0, "s2": matching.POPULATION_PENALTY}
    assert penalty("im pregnant, does it help constipation") == {"s2": 0.0}  # only claims about pregnancy answer


def test_does_it_work_is_answered_by_a_claim_that_reports_an_outcome(tmp_path):
    db = two_claim_topic(tmp_path, "X-1", "X-1 is sold as a 500 mg capsule in most pharmacies.",
                         "In 300 adults X-1 improved memory more than placebo.")
    assert top_sources(db, "does it actually work", "x-1") == ["s2"]


def test_a_rare_word_of_the_topics_glossary_is_read_as_the_term_it_explains(tmp_path):
    # the claims say "ondansetron"; only the topic's glossary says it is sold as Zofran
    topic = tmp_path / "data" / "x-1"
    topic.mkdir(parents=True)
    (topic / "topic.json").write_text(json.dumps({
        "slug": "x-1", "name": "X-1", "aliases": ["x-1"],
        "words": {"ondansetron": "Zofran, a prescription anti-sickness medicine", "emesis": "vomiting",
                  "LH": "the signal that tells the testes to make testosterone",
                  "HSDD": "hypoactive sexual desire disorder, low desire that causes distress"}}))
    findings = ["In 120 women with morning sickness, X-1 eased nausea as much as ondansetron did.",
                "In 60 patients after surgery, X-1 shortened the hospital stay by a day.",
                "In 30 men X-1 lowered LH, and some said their testicles shrank.",
                "In 400 women with hypoactive desire, X-1 raised the number of satisfying sexual events."]
    (topic / "sources.jsonl").write_text("".join(json.dumps({"id": f"s{n}", "kind": "trial", "title": "Trial",
                                                             "tier": "human"}) + "\n" for n in (1, 2, 3, 4)))
    (topic / "claims.jsonl").write_text("".join(json.dumps({"source": f"s{n}", "section": "evidence", "tier": "human",
                                                            "text": text}) + "\n" for n, text in enumerate(findings, 1)))
    build.build(str(tmp_path / "ledger.db"), data_dir=tmp_path / "data")
    db = connect(str(tmp_path / "ledger.db"))
    index = search_index.topic_index(db, "x-1")
    explained = matching.glossary(index, ledger.require_topic(db, "x-1")["words"])
    # a word of everyday English in a meaning ("prescription"), a term the claims never use ("emesis") and a word
    # the vocabulary reads as another the claims use ("testes": "testicles") are not read as the term; a term
    # the claims never use is read as the rare words of its meaning that they do
    assert explained == {"zofran": ("ondansetron",), "hsdd": ("hypoactive",)}
    ranked, _ = matching.search(db, "x-1", "does it work as well as zofran")
    assert [m.source for m in ranked] == ["s1"] and ranked[0].terms == ("ondansetron",)
    assert [m.source for m in matching.search(db, "x-1", "x-1 for hsdd?")[0]] == ["s4"]


def test_a_glossary_terms_other_name_in_brackets_and_its_initials_are_read_as_the_term(tmp_path):
    # the claims say "pelvic inflammatory disease"; only the glossary, and a forum thread's title, say "PID"
    topic = tmp_path / "data" / "x-1"
    topic.mkdir(parents=True)
    (topic / "topic.json").write_text(json.dumps({
        "slug": "x-1", "name": "X-1", "aliases": ["x-1"],
        "words": {"pelvic inflammatory disease (PID)": "an infection of the womb, tubes or ovaries",
                  "seasonal affective disorder (SAD)": "low mood in the darker months",
                  "HFpEF": "heart failure with preserved ejection fraction, where the heart pumps normally"}}))
    sources = [{"id": "s1", "kind": "study", "title": "Cohort", "tier": "human"},
               {"id": "s2", "kind": "reddit", "title": "Rash on PID meds", "tier": "anecdote"}]
    findings = [("s1", "human", "In 430 women treated for pelvic inflammatory disease, X-1 caused more serious side effects than "
                                "the other drugs, mostly liver injury."),
                ("s2", "anecdote", "Women on pelvic inflammatory disease treatment describe an itchy rash in the first weeks."),
                ("s1", "human", "In 40 adults with seasonal affective disorder, X-1 did not lift mood."),
                ("s1", "human", "In 44 people with heart failure with preserved ejection fraction, X-1 did not "
                                "improve walking distance.")]
    (topic / "sources.jsonl").write_text("".join(json.dumps(s) + "\n" for s in sources))
    (topic / "claims.jsonl").write_text("".join(json.dumps({"source": source, "section": "safety", "tier": tier,
                                                            "text": text}) + "\n" for source, tier, text in findings))
    build.build(str(tmp_path / "ledger.db"), data_dir=tmp_path / "data")
    db = connect(str(tmp_path / "ledger.db"))
    explained = matching.glossary(search_index.topic_index(db, "x-1"), ledger.require_topic(db, "x-1")["words"])
    # "PID" fewer claims hold (only the thread, by its title) than the term; "sad" is an everyday word
    assert explained["pid"] == ("pelvic", "inflammatory") and "sad" not in explained
    assert top_sources(db, "is x-1 the worst pid drug for side effects", "x-1")[0] == "s1"
    # a term the claims never use, spelled by the initials of its meaning's first words, is read as those words
    assert explained["hfpef"] == ("heart", "failure", "preserved", "ejection", "fraction")
    assert top_sources(db, "x-1|hfpef?", "x-1") == ["s1"]


def form_topic(tmp_path, aliases, claims):
    """A ledger of one topic "X-1" with `aliases` and `claims` (text, tier) from sources s1, s2, ..."""
    topic = tmp_path / "data" / "x-1"
    topic.mkdir(parents=True)
    (topic / "topic.json").write_text(json.dumps({"slug": "x-1", "name": "X-1 (Exone)", "aliases": aliases}))
    (topic / "sources.jsonl").write_text("".join(
        json.dumps({"id": f"s{i}", "kind": "trial", "title": f"Study {i}", "tier": tier}) + "\n"
        for i, (_, tier) in enumerate(claims, 1)))
    (topic / "claims.jsonl").write_text("".join(
        json.dumps({"source": f"s{i}", "section": "safety", "tier": tier, "text": text}) + "\n"
        for i, (text, tier) in enumerate(claims, 1)))
    database = str(tmp_path / "ledger.db")
    build.build(database, data_dir=tmp_path / "data")
    return connect(database)


FORM_CLAIMS = [
    ("The commonest side effects of X-1 were nausea and headache.", "published"),
    ("In 400 adults with heart failure, Duoxa (X-1 with a second blocker) caused dizziness in one in five.",
     "human"),
    ("X-1 lowered blood pressure by 10 mmHg in 300 adults.", "human"),
    ("X-1 is taken once a day with or without food.", "published"),
    ("Users say X-1 took two weeks to work.", "anecdote"),
]


def test_a_name_of_one_word_for_a_form_narrows_the_answer_to_the_claims_about_it(tmp_path):
    # "duoxa", a blend of the topic with another medicine, is a form: the claims about it answer first
    db = form_topic(tmp_path, ["x-1", "exone", "duoxa"], FORM_CLAIMS)
    assert matching.forms_of(ledger.require_topic(db, "x-1"), search_index.topic_index(db, "x-1")) == {"duoxa"}
    assert top_sources(db, "duoxa side effects", "x-1")[0] == "s2"
    assert top_sources(db, "exone side effects", "x-1")[0] == "s1"  # the topic's own brand, in its name


def test_the_topics_name_cut_short_is_no_form(tmp_path):
    # "exo" is its brand ("Exone") cut short, even where a claim uses it as the form above uses "duoxa"
    db = form_topic(tmp_path, ["x-1", "exone", "exo"],
                    [*FORM_CLAIMS, ("Users of exo say it took two weeks to work.", "anecdote")])
    assert not matching.forms_of(ledger.require_topic(db, "x-1"), search_index.topic_index(db, "x-1"))


@pytest.mark.parametrize("question", ["animal studies?", "was it tested in rats", "any mouse data"])
def test_a_question_about_animals_is_held_more_by_claims_in_animals_than_in_cells(tmp_path, question):
    # both claims are preclinical, the tier such a question asks for; only one is about animals
    topic = tmp_path / "data" / "x-1"
    topic.mkdir(parents=True)
    (topic / "topic.json").write_text(json.dumps({"slug": "x-1", "name": "X-1", "aliases": ["x-1"]}))
    (topic / "sources.jsonl").write_text(
        '{"id": "s1", "kind": "study", "title": "Cells", "tier": "preclinical"}\n'
        '{"id": "s2", "kind": "study", "title": "Animals", "tier": "preclinical"}\n')
    (topic / "claims.jsonl").write_text(
        json.dumps({"source": "s1", "section": "how_it_works", "tier": "preclinical",
                    "text": "X-1 was first identified in 1979 as the coenzyme bacteria use in their alcohol-burning"
                            " enzymes, where it does the job NAD does."}) + "\n"
        + json.dumps({"source": "s2", "section": "evidence", "tier": "preclinical",
                      "text": "The authors linked the fragile skin of X-1-deprived mice to weaker cross-linking of collagen."}) + "\n")
    build.build(str(tmp_path / "ledger.db"), data_dir=tmp_path / "data")
    _, answering = matching.search(connect(str(tmp_path / "ledger.db")), "x-1", question)
    coverage = {m.source: m.coverage for m in answering}
    assert coverage["s2"] == 1.0 and coverage["s1"] < coverage["s2"]


@pytest.mark.parametrize("question, either", [
    ("does it help his mood or his motivation", [("mood", "motivation")]),
    # a rough amount is no alternative: "two" of "a beer or two" does not stand for alcohol
    ("can my husband have a beer or two on it", []), ("is it ok to take it for a week or so", []),
])
def test_either_side_of_an_or_are_alternatives_unless_the_second_is_a_rough_amount(tmp_path, question, either):
    db = two_claim_topic(tmp_path, "X-1", "In 40 adults X-1 improved mood, motivation and sleep within two weeks.",
                         "In 40 patients who keep a diary X-1 improved memory.")
    read = matching.read_question(search_index.topic_index(db, "x-1"), question, {"x-1"})
    assert [(read.words[one], read.words[other]) for one, other in read.either] == either


def test_a_topics_words_are_read_in_one_order_whatever_the_hash_seed(tmp_path):
    # typo repair takes the first of equally near words ("macular": "macula" or "maculas"), so the order of
    # the topic's words must not follow Python's per-process string hashing, or a restart changes answers
    db = two_claim_topic(tmp_path, "X-1", "In rats X-1 protected the macula and the maculas of both eyes.",
                         "X-1 eased dry eyes, glaucoma, cataracts and retinal degeneration in older dogs.")
    script = ("import sys; from service import search_index; from service.db import connect; "
              "print(search_index.topic_index(connect(sys.argv[1]), 'x-1').vocabulary)")
    orders = {subprocess.run([sys.executable, "-c", script, str(tmp_path / "ledger.db")], capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(orders) == 1
