"""Safety before matching: which fixed lines a question gets before anything the ledger holds.

An emergency happening now (one's own thoughts of suicide, "I think I overdosed", "I have chest
pain", "can't breathe", a child who swallowed it) gets only the emergency line: no matching, no
node. A question that only names one ("heart attack recovery", "can you overdose on it", "does it
cause suicidal thoughts") gets a short emergency or crisis line first, then the answer, as do
children, pregnancy or breastfeeding, and a named medicine taken alongside, each with its own line ("im 16" is a child). A question about an animal someone
keeps ("can I give it to my dog") is answered only by claims about that animal. Dosing stays refused
(`matching.asks_about_dose`). The patterns are general English about people and
medicines, nothing about any one compound.
"""
import functools
import re

from .text import says
from .vocabulary import MEDICINE_CLASSES, NURSING_NOT_MOTHER, spelled_out

_SOMEONE = r"(?:i|i've|ive|i have|he|she|they|we|you|he's|she's|they've|my \w+)"
EMERGENCY = re.compile(
    r"\b(kill(ing)? my ?self|end my life|want to die|self[- ]?harm\w*"
    rf"|{_SOMEONE} (?:just |might have |may have )?(?:overdosed|od'?d)|(?:is|am|are|i'm|im) overdosing"
    r"|can'?t breathe|cannot breathe|trouble breathing"
    r"|struggling to breathe|(?:have|having|got|getting|with) (?:a |bad |sharp |severe |really bad )?chest pains?"
    r"|chest pains? (?:right )?now|having a (?:heart attack|seizure|stroke)|(is|am|keeps?) seizing"
    r"|passed out|unconscious|(?:won'?t|not|isn'?t|can'?t) wak(?:e|ing)(?: up)?|throat (is )?closing)\b", re.I)
# Suicide said of oneself, or of someone now, is an emergency ("feeling suicidal since I started it",
# "can it make me suicidal", "my son is suicidal"); asked about as a drug's risk ("heard it makes
# people suicidal", "suicidal thoughts?") it is named: the crisis line comes first, then the answer.
SUICIDAL_NOW = re.compile(
    r"\b(?:i|i'm|im|i am|i've|ive|me|myself|feel|feeling|felt|been)\b[^.?!]{0,40}\bsuicid\w*"
    r"|\bsuicid\w*[^.?!]{0,20}\b(?:right now|now|tonight)\b"
    r"|\bmy \w+ (?:is|has been|was|seems|feels) (?:\w+ )?suicid",
    re.I)
SUICIDE_NAMED = re.compile(r"\bsuicid\w*", re.I)
# A question that names an emergency without saying it is happening ("heart attack recovery",
# "overdose symptoms") is answered, after a line saying what to do if it is.
EMERGENCY_NAMED = re.compile(
    r"\b(overdos\w*|od|heart attacks?|chest pains?|seizures?|anaphyla\w*)\b", re.I)
# "my son says it helps older people", "my daughter bought me some": a son or daughter who tells or
# gives is no child taking it
_TELLS = (r"(?! (?:says|said|sent|bought|told|tells|thinks|showed|recommended|suggested|got me|gave me|wants me|keeps"
          r"|is (?:1[89]|[2-9]\d)\b))")  # nor one grown up ("my son is 19")
_YOUNG = (r"(?<!my )(?:child|children|kids?)|toddlers?|(?<!like a )(?<!for a )bab(?:y|ies)(?! aspirin)|infants?|teens?"
          r"|teenage|teenagers?|minors|under 18|adolescents?|pediatric|paediatric")
YOUNG = re.compile(rf"\b(?:{_YOUNG})\b", re.I)
# a son, a daughter or "my kids" raise the children's line, but may be grown or not the ones taking it ("my son
# has bipolar", "snapping at my kids"): only someone young (`YOUNG`, an age under 18) keeps the answer to claims
# about children (`about`)
CHILDREN = re.compile(rf"\b(?:{_YOUNG}|my son{_TELLS}|my daughter{_TELLS}|my (?:kids?|child|children))\b", re.I)
AGE = re.compile(r"\b(\d{1,2}) ?(yo|y/?o|years? old|yrs? old|year-old)\b", re.I)
# "my son (14)", "my daughter is 9": a son's or daughter's age said after them
RELATIVE_AGE = re.compile(r"\bmy (?:son|daughter)(?: \(| is |, )(\d{1,2})\b(?! ?(?:mg|mcg|g|ml|%|days?|weeks?|months?))", re.I)
# "im 16 can i take it": an age said of oneself, not a dose or a count ("i'm 16 days in")
SAID_AGE = re.compile(r"\b(?:i'?m|i am|he'?s|she'?s|he is|she is) (\d{1,2})\b(?! ?(?:mg|mcg|g|ml|%|days?|weeks?|months?"
                      r"|hours?|minutes?|times?|pills?|caps?|doses?|sprays?|drops?|units?))", re.I)
# "can I give it to my dog": an animal someone keeps, answered only by claims about that animal
# ("for my cat allergy" is the texter's allergy to cats)
ANIMAL_KEPT = re.compile(r"\b(?:(?:my|our|his|her|their) (?:\w+ )?|(?:for|to|can|do|does|should|are) )"
                         r"(dogs?|pupp(?:y|ies)|cats?|kittens?|horses?|pets?)\b(?! (?:allerg|dander))", re.I)
ANIMALS = {"dog": r"dogs?|pupp(?:y|ies)|canine", "cat": r"cats?|kittens?|feline", "horse": r"horses?|equine|racehorses?",
           "pet": r"dogs?|cats?|horses?|pets?|canine|feline|equine|veterinar\w*"}
# (a nursing home or student is no nursing mother)
_PREGNANT = rf"pregnan\w*|breast ?-?feed\w*|lactati(?:on|ng)|nursing(?! (?:{NURSING_NOT_MOTHER})\b)"
PREGNANCY = re.compile(rf"\b({_PREGNANT}|trying to conceive|ttc|expecting a baby)\b", re.I)
# a claim is about pregnancy or breastfeeding when it says so, or says what reaches the unborn
# child or the milk ("passes into breast milk", "harmed the fetus")
ABOUT_PREGNANCY = re.compile(rf"\b({_PREGNANT}|breast ?milk|human milk|f(?:o)?etus(?:es)?|f(?:o)?etal|placentas?"
                             r"|miscarriages?|birth defects?)\b", re.I)
# every word of a medicine group: a claim that spells one out ("proton pump inhibitors", "ppi") names a medicine
MEDICINE_WORDS = frozenset(w for group in MEDICINE_CLASSES for w in group.split())
# "antidepressant-like effects in rats" describes the compound, not a medicine taken with it.
MEDICINES = (
    r"(?:" + "|".join(sorted(MEDICINE_WORDS, key=len, reverse=True))
    + r")(?!-like)|bupropion|wellbutrin|modafinil|armodafinil"
    r"|lithium|blood thinners?|birth control|the pill|antipsychotics?|gabapentin|pregabalin"
    r"|beta blockers?|blood pressure (meds|medication|pills)|alcohol|my meds|my medications?"
    r"|(?:other|any) (?:meds|medications?|medicines?)|medications?|prescriptions?")
INTERACTION = re.compile(
    rf"\b(interact\w*|contraindicat\w*)\b|\b(with|w/?|and|plus|alongside|on|taking|mix\w*|combin\w*|stack\w*)\b"
    rf"[\w\s']{{0,30}}?\b({MEDICINES})\b|\b({MEDICINES})\b[\w\s']{{0,30}}?\b(with|and|together|at the same time)\b",
    re.I)

EMERGENCY_LINE = ("If this is an emergency, call your local emergency number now (911 in the US, 112 in Europe). "
                  "Thoughts of suicide: call or text 988 (US) or your local crisis line. "
                  "This service cannot help in an emergency.")
LINES = {
    "children": "Safety first: nothing here shows it is safe for children. Ask a paediatrician before giving it.",
    "pregnancy": "Safety first: nothing here shows it is safe in pregnancy or breastfeeding. Ask your doctor first.",
    "interaction": "Safety first: how it mixes with other medicines is not established. Ask a pharmacist first.",
    "emergency": "If this is happening now, call your local emergency number (911 in the US, 112 in Europe).",
    "suicide": "Thoughts of suicide: call or text 988 (US) or your local crisis line now.",
}
# a child-to-be is both: one line, so the answer still fits two SMS segments
BOTH = ("children", "pregnancy")
LINES[BOTH] = ("Safety first: nothing here shows it is safe for children or in pregnancy or breastfeeding. "
               "Ask your doctor first.")


# "my toddler got into my capsules", "she ate half the bottle": a child who swallowed it is an emergency
SWALLOWED = re.compile(r"\b(got into|swallowed|ate|eaten|drank|chewed) (?:my|the|some|half|all|a|an|her|his|your)\b",
                       re.I)


def is_emergency(text: str) -> bool:
    text = text or ""
    return bool(EMERGENCY.search(text) or SUICIDAL_NOW.search(text)
                or CHILDREN.search(text) and SWALLOWED.search(text))


def concerns(text: str, names=frozenset()) -> list[str]:
    """Which of suicide, emergency, children, pregnancy, interaction the question raises, in that order.
    `names`: the words that name the topic asked about, which is not another medicine taken
    alongside ("I'm taking modafinil, is it safe?" asked of modafinil)."""
    return list(_concerns(text or "", frozenset(names)))


@functools.lru_cache(maxsize=1024)
def _concerns(text: str, names: frozenset) -> tuple[str, ...]:
    """(`concerns`: read once per question, though matching, safety lines and the test of what
    answers each ask for them.)"""
    found = ["suicide"] if SUICIDE_NAMED.search(text) else []
    if EMERGENCY_NAMED.search(text):
        found.append("emergency")
    if CHILDREN.search(text) or _under_18(text):
        found.append("children")
    if PREGNANCY.search(text):
        found.append("pregnancy")
    if INTERACTION.search(_without(text, names)):
        found.append("interaction")
    return tuple(found)


def _under_18(text: str) -> bool:
    return (any(int(age) < 18 for age, _ in AGE.findall(text))
            or any(int(age) < 18 for age in SAID_AGE.findall(text) + RELATIVE_AGE.findall(text)))


def _without(text: str, names) -> str:
    return _names_pattern(frozenset(names)).sub(" ", text) if names else text


@functools.lru_cache(maxsize=256)
def _names_pattern(names: frozenset) -> re.Pattern:
    """The topic's names as one pattern, made once per set of names: every question reads it."""
    spelled = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"\b(?:{spelled})\b", re.I)


# A claim about another medicine names one, or the liver enzymes that break medicines down.
NAMES_MEDICINE = re.compile(
    rf"\b({MEDICINES})\b"
    r"|\bcyp\d\w*|\bcytochrome|\bp-?glycoprotein|\bbreaks? down (?:many |other |some )?(?:medicines|drugs)\b"
    r"|\bdrug metaboli\w+", re.I)
TAKEN_TOGETHER = re.compile(r"\b(interact\w*|combin\w*|together with|alongside|co-?administ\w*|added to"
                            r"|at the same time)\b", re.I)


@functools.lru_cache(maxsize=16384)
def names_medicine(claim: str) -> bool:
    """Does the claim name a medicine, by name, class or a class spelled out?"""
    return bool(NAMES_MEDICINE.search(claim)) or not spelled_out(claim.lower()).isdisjoint(MEDICINE_WORDS)


def about(text: str, asking: str | None = None, names=frozenset(), raised: list | None = None):
    """For a question about pregnancy, children or another medicine taken alongside, a test a claim
    (its text, and its section when known) must pass to answer it: it names them too, or a medicine,
    or taking two together, or is filed under interactions; None otherwise. "can I take it while pregnant" is not
    answered by "clean focus", nor "can I take it with zoloft" by "antidepressant-like effects".
    Pregnancy and children count anywhere in the message, children only when said to be young ("my
    son has bipolar" may be about a grown son, "snapping at my kids" is about the texter: +86 -15 over
    every set); a medicine only in the sentence
    that asks (`asking`, default all of it): "tried modafinil and it wrecked my sleep. does it help fog?"
    asks about fog."""
    raised = concerns(text, names) if raised is None else raised  # (`concerns`, when the caller has them)
    young = "children" in raised and (YOUNG.search(text) or _under_18(text))
    tests = [{"children": lambda claim, section: says(CHILDREN, claim) or says(AGE, claim),
              "pregnancy": lambda claim, section: says(ABOUT_PREGNANCY, claim)}[c]
             for c in raised if c == "pregnancy" or c == "children" and young]
    kept = ANIMAL_KEPT.search(text)
    if kept:
        # "can I give it to my dog" is not answered by a study in rats, nor by one in people
        kind = next(k for k in ("dog", "cat", "horse", "pet") if re.fullmatch(ANIMALS[k], kept.group(1), re.I))
        animal = re.compile(rf"\b(?:{ANIMALS[kind]})\b", re.I)
        tests.append(lambda claim, section: animal.search(claim))
    if asks_together(text, asking, names):
        # "can I take it with zoloft", "any interaction with aricept": a claim about taking it alongside,
        # or one its curators filed under interactions
        tests.append(lambda claim, section: names_medicine(claim) or says(TAKEN_TOGETHER, claim)
                     or section == "interactions")
    if not tests:
        return None
    return lambda claim, section=None: any(test(claim, section) for test in tests)


def asks_together(text: str, asking: str | None = None, names=frozenset()) -> bool:
    """Does the sentence that asks (`asking`, default all of it) ask about taking it with another medicine?"""
    return "interaction" in concerns(asking or text, names)


def says_together(claim: str, section: str | None = None) -> bool:
    """Does the claim say what taking it with something else does, or is it filed under interactions?"""
    return says(TAKEN_TOGETHER, claim) or section == "interactions"


def lines(text: str, names=frozenset()) -> list[str]:
    """The fixed safety lines a question gets before its answer (`names`: see `concerns`)."""
    raised = concerns(text, names)
    if set(BOTH) <= set(raised):
        raised = [BOTH, *[c for c in raised if c not in BOTH]]
    return [LINES[concern] for concern in raised]
