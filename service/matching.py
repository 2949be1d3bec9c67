"""Which claims answer a question, and when nothing does.

Two candidate generators, one fused score, one calibrated decision:

1. `lexical`: FTS5 BM25 over each claim and its source's words (Porter stemming), top k.
2. `semantic`: cosine similarity between the question's embedding and the claims' stored
   embeddings (`service.embedding`, a static model shipped in its wheel), top k: every claim
   of a small topic, an approximate index (`service.ann`) of a large one.
3. The union is ranked by coverage + SIMILARITY_WEIGHT x similarity, the weight fitted on
   every question set (reciprocal rank fusion ranked worse there).
4. `answers`: a candidate answers only if it is similar enough to the question *and*
   covers enough of what the question asks. Coverage weighs each content word of the
   question by how specific it is in the topic (inverse document frequency; a word the
   topic never uses weighs as its rarest word, scaled by how rare it is in English) and
   credits a claim with each word it holds, or holds a near neighbour of in embedding
   space. A question about something the ledger lacks ("kidney stones") is then mostly
   uncovered, and nothing is returned rather than something unrelated. The thresholds
   were chosen on development question sets; README gives the curve they were read from.

Nothing here knows any topic: a topic's own names come from its `topic.json`, and the
only word lists (`service.vocabulary`) are general English: filler, chat spellings, and
how people ask whether something treats or causes a condition.
"""
import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

import lemminflect
import numpy as np
from rapidfuzz import fuzz, process

from . import embedding, findings, ledger, safety, search_index
from .text import american, english, kept_apart, lemma, names_a_class, says, stem
from .vocabulary import (ACRONYMS, ADVERSE_REPORT, BENEFIT_REPORT, CAUSE_ASK, CHAT_SPELLINGS, FILLER, HARM_ASK,
                         ASKED_AS, DOSE, EFFECTIVE, EXCESS, FINDS_BENEFIT, LAY_PHRASES, MECHANISM, NO_EFFECT, NOT_SAME,
                         NAME_SAID, NULL_FINDING, ONE_NAME_SAID, ONSET, POPULATION_WORDS, RISK_REPORT, SAME_AS,
                         SECTION_ASKS, SPELLED_OUT_AS, STUDY_WORDS, TERMS, TIER_WORDS, TREATMENT_ASK, EVIDENCE_WORDS,
                         ANIMAL_WORDS, HELD_ONLY_AS_SAID)

CANDIDATES = 30        # top k from each generator
LEXICAL_ROWS = 2000    # most rows one full-text query may score (see `affordable`)
# The decision and the order, chosen on the development sets (README, "How matching decides"):
MIN_COVERAGE = 0.25    # a claim answers if it covers this share of the question's weight ...
MIN_SIMILARITY = 0.10  # ... and is at least this similar to it,
FULL_COVERAGE = 0.75   # ... or holds this much of it in so many words: a few words ("humans or just rats") embed
                       # far from any claim
GENERAL_SIMILARITY = 0.20  # a question of only everyday words ("is it safe?") answers by similarity alone,
GENERAL_SHARE = 0.7    # with the claims at least this share as similar as the best
NEIGHBOUR_SIMILARITY = 0.15  # a claim that holds none of the question in so many words, only neighbours of it,
                             # answers only this similar to it
SIMILARITY_WEIGHT = 1.0  # relevance = coverage + SIMILARITY_WEIGHT x similarity (README: the sweep)
POPULATION_PENALTY = 0.1  # taken off a finding in children or pregnancy when neither is asked about (README)
TOGETHER_WEIGHT = 0.3    # added for a claim about taking two together when the question asks so (README: the sets)
AIM_WORDS = frozenset("prevent prevents prevented preventing prevention preventive preventative prophylaxis"
                      " prophylactic treated treatments therapy therapies".split())
NEAR, SAME = 0.40, 0.70  # word cosine at which a neighbour starts to count, and counts as the word itself
_CHOOSING = r"which|better|best|vs|versus|prefer|rather"
CHOICE = re.compile(rf"\b(?:{_CHOOSING})\b")                                   # asks which of two is better
COMPARED = re.compile(rf"\b(?:{_CHOOSING}|or|diff|difference|same|compared?)\b")  # or sets two side by side
# "a beer or two", "a week or so": a rough amount, no alternative
ROUGHLY = frozenset("two three four five so more".split())
EITHER_CREDIT = 0.7    # a claim holding one side of an "or" holds the other this much (one holding both ranks first)
SAME_CREDIT = 0.9      # a word for the same thing ("pin" for "injection") counts almost as the word itself
BACKGROUND = 0.5       # how much the words of a long message's background count, next to its question
SELF_DESCRIBED = re.compile(r"\b(?:i'?m|i am) an? ((?:[a-z0-9']+ ){0,2}?[a-z0-9']+)"
                            r"(?= (?:and|who|so|with|in|on|at|but|here)\b| ?[,.;!?\n]|$)")
# and who told them about it ("my yoga teacher recommended it", "his friend at temple swears by it")
RECOMMENDER = re.compile(r"\b(?:my|a|our|his|her|their) ((?:[a-z0-9']+ ){0,2}?[a-z0-9']+)(?= (?:recommended|recommends"
                         r"|suggested|suggests|swears|swore|says|said|told (?:me|us|him|her|them)|mentioned"
                         r"|keeps (?:saying|telling|pushing|recommending)|pushes|pushed|pushing)\b)")
CONTRAST = r"\bor (?:is it |are they |was it )?(?:just|only|all|mostly|simply)\b"
COMMON_ZIPF, RARE_ZIPF = 5.0, 3.5  # an unknown word this common in English is filler; this rare, a topic
INTERACTION_WORD = re.compile(r"interact\w*|contraindicat\w*|drugs?|meds|medications?|medicines?|mix\w*|combin\w*")
DOPING = "doping"      # what `vocabulary.LAY_PHRASES` reads a drug test as
FORM_SHARE = 0.25      # a name at most this share of a topic's claims use names one of its forms or brands
MEDICINE_ZIPF = 2.0    # a word the topic never uses this rare names what it is taken with ("omeprazole"; not "the pill")
NAME_ZIPF = 2.5        # a word of a topic's longer name this rare in English ("acetyl") names the topic alone
FUZZY_CUTOFF = 80
KNOWN_FLOOR = 0.25     # a word the topic uses counts at least this much, however common in English
NOUN_FLOOR = 0.5       # and a word it never uses, if it is only ever a noun
VERB_SHARE = 0.5       # a word it never uses that is only ever a verb counts half
TIER_RANK = {"human": 0, "preclinical": 1, "published": 2, "anecdote": 3}
# A claim that says no study in people exists ("no human trials have been published", "it has not been
# tested in humans") answers a question asking after human evidence, as a human study does.
NO_HUMAN_STUDY = re.compile(
    r"\b(?:no|never|not yet|lack of|absence of|without)\b(?: [\w'-]+){0,3}? (?:human|clinical|controlled)"
    r"(?: [\w-]+)? (?:trials?|stud(?:y|ies)|data|evidence|testing)\b"
    r"|\b(?:never|not|has not|have not|hasn't|haven't)(?: yet)?(?: been)?"
    r" (?:tested|studied|trialled|trialed|tried|given) (?:in|to) (?:humans|people|patients)\b", re.I)
# What a claim says when it says how soon something happened ("within 30 minutes", "peak blood
# levels two hours after a dose", "took four to eight weeks before they noticed"), as against how
# long a trial ran ("eight weeks of capsules"): only such a claim holds a question's `ONSET`.
SAYS_HOW_SOON = re.compile(
    r"\bwithin (?:[\w.-]+ ){0,4}?(?:minutes?|hours?|days?|weeks?|months?)\b"
    r"|\b(?:minutes?|hours?|days?|weeks?) (?:after (?:a|the|each|one|taking|dosing|starting|swallowing|use)"
    r"|(?:of (?:daily |regular )?(?:use|taking it) )?before\b)"
    r"|\b(?:took|takes|take|taking)\b(?: [\w-]+){0,4}? (?:minutes?|hours?|days?|weeks?|months?)\b"
    r"|\bpeak(?:ed|s)?\b|\bhighest (?:blood )?(?:levels?|concentrations?)\b|\bonset\b|\bkick(?:s|ed)? in\b"
    r"|\b(?:quickly|rapidly|fast)\b|\bafter (?:a|one|the first|a single) (?:dose|day|week)\b|\bfirst (?:few )?(?:days|weeks)\b"
    r"|\bafter (?:about |around |roughly |only |just )?(?:[\w-]+ ){0,3}?(?:minutes?|hours?|days?|weeks?|months?)\b"
    r"|\bby (?:week|day|month) \w+\b|\b(?:started|begins?|began|starts?) (?:to (?:work|act)|working|acting)\b", re.I)
# What a claim says when it states an amount ("300 mg a day", "2 to 3 g", "20 drops"), or that no dose is
# known ("no standard dose has been established", "doses have not been established"): only such a
# claim holds a question's `DOSE`.
SAYS_AN_AMOUNT = re.compile(
    r"\b\d+(?:[.,]\d+)?(?:\s?(?:to|-|–|or)\s?\d+(?:[.,]\d+)?)?\s?(?:mg|mcg|µg|g|grams?|milligrams?|micrograms?|ml|iu"
    r"|units?|drops?|capsules?|tablets?|cups?|teaspoons?|tablespoons?|sprays?)\b"
    r"|\bno (?:established|standard|recommended|proven|reliable|agreed|known|official|validated) (?:\w+ )?dos(?:e|es|age|ing)\b"
    r"|\bdos(?:e|es|age|ing)\b[^.;]{0,40}\b(?:has|have) not been (?:established|determined|set|defined)\b"
    # that no one knows how much to take: "its safe dose ... in people are unknown", "no one knows the right dose"
    r"|\b(?:right|safe|effective|optimal|correct|best|human) dos(?:e|es|age|ing)\b[^.;]{0,60}\b(?:unknown|not known)\b"
    r"|\b(?:no one|nobody) knows (?:the |a )?(?:right |safe |correct |best )?dos(?:e|es|age|ing)\b", re.I)
# What a claim says when it says something had no effect ("felt no effects", "no better than placebo",
# "did not improve memory", "calls it overrated"): only such a claim holds a question's `NO_EFFECT`.
SAYS_NO_EFFECT = re.compile(
    r"\bno (?:noticeable |real |clear |obvious |significant |measurable |meaningful )?(?:effects?|benefits?|difference"
    r"|improvement|change)\b|\b(?:felt|feel|feeling|noticed|notice) (?:nothing|no )|\bminimal (?:effects?|benefits?)\b"
    r"|\bno better than\b|\b(?:did|does) not (?:improve|help|reduce|differ|work|change)\b|\bfailed to (?:improve|help"
    r"|reduce|show)\b|\bdid nothing\b|\bnothing at all\b|\boverrated\b|\boverhyped\b|\bineffective\b"
    r"|\bnon-?responders?\b|\bunderwhelm\w*", re.I)
# What a claim says when it says what too much does or where the limit is ("the upper limit is 3.5 g a day",
# "more than 1,400 mg a day", "high doses caused", "toxic in overdose"): only such a claim holds `EXCESS`.
SAYS_TOO_MUCH = re.compile(
    r"\bupper (?:limits?|levels?|intakes?)\b|\btolerable\b|\bacceptable daily intake\b|\badi\b"
    r"|\bsafe (?:upper )?(?:limit|level|amount|intake)s?\b|\boverdos\w*|\btoxic\w*|\bpoison\w*"
    r"|\b(?:high|higher|large|larger|excess\w*|too much|very high|mega|high-dose)(?: [\w-]+){0,2}? (?:doses?|amounts?"
    r"|intakes?|levels?)\b|\bmegadoses?\b|\b(?:more than|above|over|exceed\w*) (?:about )?\d[\d,.]* ?(?:mg|g|mcg|µg|iu"
    r"|grams?|milligrams?|micrograms?|cups?|cans?)\b"
    r"|\b\d[\d,.]* ?(?:mg|g|mcg|iu|grams?)(?: a day| daily| per day)? or more\b", re.I)
# The words a claim holds by what it says, not by its words: each with the test of what it says.
# What a claim says when it reports an outcome, better or no different: only such a claim holds `EFFECTIVE`.
SAYS_AN_OUTCOME = re.compile(f"{FINDS_BENEFIT}|{NULL_FINDING}", re.I)
SAID = {ONSET: SAYS_HOW_SOON, DOSE: SAYS_AN_AMOUNT, NO_EFFECT: SAYS_NO_EFFECT, EXCESS: SAYS_TOO_MUCH,
        EFFECTIVE: SAYS_AN_OUTCOME}
STRONG_SHARE = 0.95    # answers this close to the best are ordered by evidence tier (README: the curve)
AUTO_PENALTY = 0.85    # a pasted, unconfirmed claim ranks below a curated one that matches as well
# A line that only describes its source ("2026 guide on dosage, benefits and FDA updates")
# rather than stating a finding.
DESCRIPTION = re.compile(r"^\s*(?:[a-z]+ )?\d{4}\s+(?:[a-z-]+\s+){0,2}(?:guide|article|overview|video|post|page"
                         r"|blog|listing|summary|thread|discussion|review|reviews|podcast)\b(?!.*\b(?:show|found|find"
                         r"|report|increase|decrease|reduce|improve|restor|revers)\w*\b)", re.I)


@dataclass
class Match:
    claim_id: str
    source: str
    tier: str
    text: str
    auto: bool
    score: float          # fused relevance
    coverage: float       # share of the question the claim covers
    similarity: float     # cosine between question and claim
    terms: tuple = ()     # the question's words the claim holds (for excerpts)

    def as_dict(self) -> dict:
        return {"source": self.source, "tier": self.tier, "claim": self.text, "claim_id": self.claim_id,
                "score": round(self.score, 4), "auto_generated": self.auto}


class Covered(NamedTuple):
    """What a claim covers of a question (`coverage`)."""
    share: float          # of the question's weight: what ranks it
    held: tuple           # the question's words it holds
    deciding: float       # of the weight less the context no claim of the topic holds: whether it answers


@dataclass
class Question:
    words: list           # content words, mended
    weights: np.ndarray   # how much each counts (specificity x foreground)
    text: str             # what is embedded
    asking: str = ""      # the sentence that asks, plain
    compounds: tuple = ()  # (modifier, head) positions in words: "weight loss" where the topic never says "weight"
    terms: tuple = ()      # (first, second) positions of a term of two words (`vocabulary.TERMS`)
    names: frozenset = frozenset()  # the words that name the topic
    either: tuple = ()     # (one, other) positions of words either side of an "or": a claim holding one holds both
    asked: int = 0         # how many of `words` (the first) the sentence that asks says; the rest is context
    unheld: np.ndarray | None = None  # the weight of each context word the topic never uses, 0 for the others
    narrowing: np.ndarray | None = None  # the weight of each word of a form or brand named beside what is asked


# --- reading the question ---------------------------------------------------

def topicality(word: str) -> float:
    """How much a word the topic never uses names a subject (1.0) rather than filling a sentence (0.0).

    Judged by how common the word is in English (pyspellchecker's frequency list):
    "stuff" and "weird" wrap a question; "kidney" and "acne" name what it asks about.
    Words in no dictionary count fully: names, jargon, or typos that could not be mended.
    """
    if word.isdigit():
        return 0.0
    return min(1.0, max(0.0, (COMMON_ZIPF - zipf(word)) / (COMMON_ZIPF - RARE_ZIPF)))


@functools.lru_cache(maxsize=65536)
def _word_classes(word: str) -> frozenset:
    """What a word can be in English ({"NOUN", "VERB", ...}; lemminflect's lexicon), kept per word."""
    return frozenset(lemminflect.getAllLemmas(word))


def _only_a_verb(word: str) -> bool:
    """"swapping", "plateaued": how a texter tells it, rarely what the question is about."""
    return _word_classes(word) == {"VERB"}


def _noun_floor(word: str) -> float:
    """However common in English, a word that is only ever a noun ("hair", "heart") names a subject."""
    return NOUN_FLOOR if _word_classes(word) == {"NOUN"} else 0.0


# Words after which the next is a verb: "does it fight cancer" is no noun "fight cancer".
BEFORE_A_VERB = frozenset("it they you i we he she to can could will would should may might must does do did "
                          "cannot cant wont doesnt dont didnt".split())


def _compound(modifier: str, head: str, asking: str, names=frozenset()) -> bool:
    """Are the two words, side by side in `asking`, one noun ("weight loss")? The first a noun and
    never an adjective, and not where a verb goes ("it fight", "does erythromycin kill": the topic's
    `names` said after a word that comes before a verb); the second only ever a noun."""
    side_by_side = re.search(rf"\b{re.escape(modifier)} {re.escape(head)}\b", asking)
    if not side_by_side:
        return False
    before = asking[:side_by_side.start()].split()
    if before and (before[-1] in BEFORE_A_VERB or before[-1] in names and before[-2:-1] and before[-2] in BEFORE_A_VERB):
        return False
    first = _word_classes(modifier)
    return "NOUN" in first and "ADJ" not in first and _word_classes(head) == {"NOUN"}


def zipf(word: str) -> float:
    """How common a word is in English: log10 of its count per billion words; 0 if in no dictionary."""
    count = english().word_frequency[word]
    return math.log10(count / english().word_frequency.total_words * 1e9) if count else 0.0


def plain(text: str) -> str:
    """Lower case, one apostrophe, a number split from its unit ("30mg"), chat spellings read as words
    (and a held-down letter: `_unstretched`), British spellings as American ones."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<![a-z0-9])(\d+)([a-z])", r"\1 \2", text)  # "30mg", not "a1c" or "cyp3a4"
    words = [_unstretched(w) for w in re.findall(r"[a-z0-9']+|[.?!;\n]", text)]
    return " ".join(CHAT_SPELLINGS.get(w) or american(w) for w in words)


def _unstretched(word: str) -> str:
    """A word typed with a letter held down ("soooo", "sleeeep", "plzzz") read with that letter twice
    when that is an English word ("sleep"), else once ("so")."""
    if not re.search(r"([a-z])\1\1", word):
        return word
    twice = re.sub(r"([a-z])\1{2,}", r"\1\1", word)
    return twice if english().word_frequency[twice] else re.sub(r"([a-z])\1{2,}", r"\1", word)


def _joined(text: str, index) -> str:
    """Two words typed apart that the claims write as one English word read as that word
    ("chicken pox": "chickenpox", "heart burn": "heartburn"). Never a filler word or an acronym
    ("for ms" is no "forms", "help ed" no "helped"), nor a name run together ("r/BreastCancer")."""
    words, joined = text.split(" "), []
    while words:
        one = words.pop(0)
        whole = one + words[0] if words else ""
        if (whole in index.words and english().word_frequency[whole]
                and not any(part in FILLER or part in ACRONYMS or len(part) < 3 for part in (one, words[0]))):
            one = whole
            words.pop(0)
        joined.append(one)
    return " ".join(joined)


def _sentences(text: str) -> tuple[str, str]:
    """(the sentence that asks, the rest). The question is the last sentence with a question
    mark, else the last one; what comes around it is background that narrows, never blocks."""
    sentences = [s.strip() for s in re.findall(r"[^.?!;\n]+[.?!;\n]*", text) if re.search(r"[a-z0-9]", s)]
    if len(sentences) < 2:
        asking, rest = text, ""
    else:
        asking = next((s for s in reversed(sentences) if "?" in s), sentences[-1])
        rest = " ".join(s for s in sentences if s is not asking)
    # "in humans or just rats": what follows "or just" is the contrast, not what is asked
    contrast = re.search(CONTRAST, asking)
    if contrast:
        # and the kind of evidence it names ("rats") is not asked for at all
        contrasted = " ".join(w for w in asking[contrast.end():].split() if w not in EVIDENCE_WORDS)
        asking, rest = asking[:contrast.start()], f"{rest} {contrasted}"
    return asking.strip(), rest.strip()


def _content(text: str, names: set, kept=frozenset()) -> list[str]:
    """The words of `text` that say something: no filler (unless `kept`: "AGEs" is no "ages"), no
    name of the topic, no word of one letter."""
    words = (w.strip("'") for w in text.split() if not re.fullmatch(r"[.?!;\n]", w))
    return [w for w in words if len(w) > 1 and (w not in FILLER or w in kept) and w not in names]


def _mend(word: str, index, acronyms=frozenset(), glossary=None) -> list[str]:
    """A word the topic's glossary explains and its claims never use is read as the term it explains
    (`glossary`: "zofran" as "ondansetron"). A word in no dictionary and not in the topic is mended:
    a plural or possessive typed without its apostrophe read as its word ("parkinsons": "parkinson",
    never "prisons"), a name and number
    read as the topic writes them ("igf1": "IGF-1"), split into two of the topic's words ("hairloss"), a
    word cut short read whole ("rhabdo": "rhabdomyolysis"), else the nearest
    of the topic's words that begins with the same letter ("alzhiemers"), else English ("hlp").
    A word typed in capitals ("ALS", "TBI") is an acronym, never a typo, and a word that asks for a kind
    of evidence ("reddit", which a claim's tier answers) is never mended into a word of the claims ("Redd")."""
    if glossary and word in glossary:
        return list(glossary[word])
    if (len(word) < 3 or word in index.words or english().word_frequency[word] or word.isdigit()
            or word in acronyms or word in ACRONYMS or word in SAME_AS or word in EVIDENCE_WORDS):
        return [word]
    if word.endswith("s") and (word[:-1] in index.words or english().word_frequency[word[:-1]]):
        return [word[:-1]]
    numbered = re.fullmatch(r"([a-z]{2,})\d{1,2}", word)
    if numbered and numbered[1] in index.words:
        return [numbered[1]]  # "igf1": the topic's claims write "IGF-1", indexed as "igf"
    for cut in range(3, len(word) - 2):
        if word[:cut] in index.words and word[cut:] in index.words:
            return [word[:cut], word[cut:]]
    if len(word) >= 5:
        # a long word cut short ("rhabdo", "gastro"): the one of the topic's words it begins that
        # most claims use
        whole = [w for w in index.by_initial.get(word[0], ()) if len(w) >= len(word) + 3 and w.startswith(word)]
        if whole:
            return [max(whole, key=index.df.__getitem__)]
    if len(word) > 4:
        # a typo rarely changes the first letter: "macular" is no "vascular"
        best = process.extractOne(word, index.by_initial.get(word[0], ()), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best:
            return [best[0]]
    corrected = _in_english(word)
    if len(word) <= 3 and corrected not in FILLER:
        return [word]  # "ocd", "tpa": one letter from too many words; only "hlp" -> "help" is safe
    return [corrected if corrected and (topicality(corrected) < 1 or len(word) >= 7) else word]


@functools.lru_cache(maxsize=65536)
def _in_english(word: str) -> str | None:
    """The English word one letter from `word`, if any (pyspellchecker), kept per word: about 0.8 ms
    a word in no dictionary, and texters name the same medicines again and again ("lisinopril")."""
    return english().correction(word)


def _per_version(index, name: str, key: tuple, build):
    """What `build()` derives from a topic's claims, kept on its index under `name` as of the index's
    version and `key` (the topic's data it reads), so a question pays for a tuple comparison; a claim
    written since moves the version and it is derived again."""
    key = (index.version, *key)
    kept = index.derived.get(name)
    if kept is None or kept[0] != key:
        kept = index.derived[name] = (key, build())
    return kept[1]


def glossary(index, words) -> dict[str, tuple[str, ...]]:
    """The rare words of a topic's own glossary (topic.json `words`: a term and what it means in plain
    words) that its claims never use, each with the words of the term it explains that they do use:
    "ondansetron": "Zofran, an anti-sickness drug" makes "does it work as well as zofran" ask about
    ondansetron, and "levodopa": "the main Parkinson's drug, in Sinemet" makes "sinemet" levodopa.
    A word the vocabulary groups with others is read only as a term of its group ("apixaban" as
    "anticoagulant", but "testes" as no "LH" for being named in what LH does). The other name a term
    gives in brackets is read as the term when fewer claims hold it: "tuberculosis (TB)" makes "is it
    the worst tb drug" ask about tuberculosis, which the studies say, not "TB", which only forum
    threads' titles say. Kept per glossary on the topic's index, as of its version (a claim may start
    using a word)."""
    pairs = _glossary_pairs(words)
    return _per_version(index, "glossary", pairs, lambda: _explained(index, pairs)) if pairs else {}


def _glossary_pairs(words) -> tuple:
    return tuple((str(t), str(m)) for t, m in words.items()) if isinstance(words, dict) else ()


def _explained(index, pairs: tuple) -> dict[str, tuple[str, ...]]:
    explained: dict[str, list[str]] = {}
    unused_terms = {}

    def explain(word, terms):
        explained[word] = explained.get(word, []) + [w for w in terms if w not in explained.get(word, ())]

    for term, meaning in pairs:
        used = [w for w in plain(term).split() if w in index.words and w not in FILLER]
        if not used:
            unused_terms[term] = meaning
            continue
        # the term's other name in brackets, which fewer claims use than the term ("tuberculosis (TB)",
        # "metronidazole (Flagyl)"), is read as the term
        named = [w for w in plain(re.sub(r"\([^)]*\)", " ", term)).split() if w in index.words and w not in FILLER]
        for word in plain(" ".join(re.findall(r"\(([^)]*)\)", term))).split() if named else ():
            if (len(word) >= 2 and word not in FILLER and zipf(word) < NAME_ZIPF
                    and index.df[word] < min(index.df[w] for w in named)):
                explain(word, named)
        for word in set(plain(meaning).split()) - set(plain(term).split()):
            if (len(word) >= 4 and word not in index.words and zipf(word) < NAME_ZIPF
                    and (word not in SAME_AS or SAME_AS[word].intersection(used))):
                explain(word, used)
    # and a term of one word the claims never use ("HSDD") as the rare words of its meaning that they do
    # ("hypoactive sexual desire disorder": "hypoactive"), else, when the term is the initials of the
    # meaning's first words, as those of them that they use ("HFpEF": "heart failure with preserved
    # ejection fraction")
    for term, meaning in unused_terms.items():
        said = plain(term).split()
        if len(said) == 1 and len(said[0]) >= 3 and said[0] not in explained:
            rare = [w for w in dict.fromkeys(plain(meaning).split())
                    if w in index.words and w not in FILLER and zipf(w) < NAME_ZIPF][:3]
            spelled = [w for w in _initialled(said[0], meaning) if w in index.words and w not in FILLER]
            if rare or spelled:
                explained[said[0]] = rare or spelled
    return {word: tuple(terms) for word, terms in explained.items()}


JOINING = frozenset("with of and the in to for on by a an or".split())  # no initial of its own in an acronym


def _initialled(acronym: str, meaning: str) -> list[str]:
    """The first words of `meaning` whose initials spell `acronym` ("hfpef": "heart failure with
    preserved ejection fraction", the joining "with" skipped), else nothing."""
    words = [w for w in plain(meaning).split() if w not in JOINING and re.fullmatch(r"[a-z0-9']+", w)]
    return words[:len(acronym)] if "".join(w[0] for w in words[:len(acronym)]) == acronym else []


def read_question(index, question: str, names: set, phrases: re.Pattern | None = None,
                  explained: dict | None = None, forms: frozenset = frozenset()) -> Question:
    """The question's content words and their weights. `names`: the words that name the topic;
    `phrases`: its names of several words, taken out whole first (`names_in_questions`);
    `explained`: the rare words its glossary explains (`glossary`); `forms`: its names of one word
    for one of its forms or brands (`forms_of`), read as such a name of several words is."""
    typed = search_index.CAPITALS.findall(question)  # "ALS", and a plural as written ("SSRIs")
    acronyms = frozenset(w.lower() for w in typed)
    # an acronym's plural ("AGEs", "SSRIs") is never a word of everyday English ("ages")
    plurals = frozenset(w.lower() for w in typed if w.endswith("s"))
    # a filler word typed in capitals that the claims write in capitals or spell out is their
    # acronym: "what did the WHO say" asks about the World Health Organization
    kept = plurals | (acronyms & index.acronyms)
    text = spoken = plain(question)
    # a name of several words is taken out whole, and no word of it is read as a lay phrase first
    # ("horny goat weed" asks nothing about libido), unless it names a form of the topic ("x tea")
    is_form = _form_test(index, names)
    # a name of one word for a form ("entresto side effects") narrows the answer to the claims about it
    formed = set(forms).intersection(re.findall(r"[a-z0-9]+", text))
    names = set(names) - formed

    def named(said: re.Match) -> str:
        if not is_form(said[0]):
            return NAME_SAID
        formed.update(re.findall(r"[a-z0-9]+", said[0]))
        return said[0]
    text = phrases.sub(named, text) if phrases else text
    # and a name of one word is kept from them too, then put back: "losartan" names the topic, not
    # the blood pressure medicines people take it with (a word of four letters or more: not the "5"
    # or "tri" of longer names)
    said_alone = []

    def held_back(said: re.Match) -> str:
        said_alone.append(said[0])
        return ONE_NAME_SAID
    one_word = _one_word_names(frozenset(names))
    text = one_word.sub(held_back, text) if one_word else text
    for pattern, word in LAY_PHRASES:
        text = pattern.sub(word, text)
    text = text.replace(NAME_SAID, " ")
    if said_alone:
        put_back = iter(said_alone)
        text = re.sub(ONE_NAME_SAID, lambda _: next(put_back, ""), text)
    # "im a competitive rower and get drug tested": who is asking is context, wherever it is said
    described = " ".join(SELF_DESCRIBED.findall(text) + RECOMMENDER.findall(text))
    text = RECOMMENDER.sub(" ", SELF_DESCRIBED.sub(" ", text))
    asking, background = _sentences(_joined(text, index))
    background = f"{background} {described}".strip()
    foreground = _content(" ".join(m for w in _content(asking, names, kept) for m in _mend(w, index, acronyms, explained)),
                          names, kept)
    if not TIER_WORDS["human"].isdisjoint(foreground):
        # "is it just a mouse thing or does it work in humans": the animals are the contrast
        foreground = [w for w in foreground if w not in TIER_WORDS["preclinical"]]
    if not TIER_WORDS["preclinical"].isdisjoint(foreground):
        # "any animal studies?": the kind of evidence is the ask, "studies" only says evidence (beside "human"
        # it stays: most claims are about people, and "human studies" asks for studies among them)
        foreground = [w for w in foreground if w not in STUDY_WORDS]
    if DOPING in foreground:
        # "would it get me popped on a drug test at my powerlifting meet": who is tested is context
        background = " ".join([background, *(w for w in foreground if w != DOPING)])
        foreground = [DOPING]
    sections_asked = [word for pattern, word in SECTION_ASKS if re.search(pattern, asking)]
    if not foreground:
        foreground = sections_asked
    elif MECHANISM in sections_asked:
        # "how does it work on the bladder" asks its mechanism there, not any trial in the bladder
        # (while "does it actually work for X" asks about X alone: read as asking for an outcome too,
        # +33 -36 over every set)
        foreground = [MECHANISM, *foreground]
    behind = _content(" ".join(m for w in _content(background, names, kept) for m in _mend(w, index, acronyms, explained)),
                      names, kept)
    if not foreground:
        # a name alone with nothing else asked ("keenmind any good?") asks about that form or brand;
        # beside another name it may be a comparison ("alpha vs beta"), answered by both
        alone = WHAT_IS.search(asking) or not (behind or COMPARED.search(asking))
        foreground = _forms_named(index, names, spoken, 1 if alone else 2)
    words, scales = [], []
    for word, scale in [(w, 1.0) for w in foreground] + [(w, BACKGROUND) for w in behind]:
        if word not in words:
            words.append(word)
            scales.append(scale)
    asked = len(dict.fromkeys(foreground))
    total = max(len(index.claim_ids), 1)
    rarest = math.log(total + 1) + 1
    weights, unused = [], []
    for word, scale in zip(words, scales):
        df = _df(index, word)
        specific = math.log((total + 1) / (df + 1)) + 1 if df else rarest
        weights.append(scale * specific * max(topicality(word), KNOWN_FLOOR if df else _noun_floor(word))
                       * (VERB_SHARE if not df and _only_a_verb(word) else 1.0))
        unused.append(not df)
    # A word of the context that no claim of the topic holds ("my babushka says", "I compete in
    # cycling") ranks the claims that hold a neighbour of it higher, but never blocks an answer: while
    # the asking sentence says something of weight, what a claim leaves of it uncovered is left out
    # of the share that decides (`Covered.deciding`).
    says_something = sum(weights[:asked]) > 0
    unheld = np.asarray([w if i >= asked and no_claim and says_something else 0.0
                         for i, (w, no_claim) in enumerate(zip(weights, unused))], dtype=np.float32)
    # A form or brand named beside a question ("is cinnamon tea ok in pregnancy") narrows the answer
    # to the claims about it, but only a question about the form alone ("pendulum glucose control any
    # good?") is decided by it.
    narrowing = np.asarray([w if i < asked and words[i] in formed else 0.0 for i, w in enumerate(weights)],
                           dtype=np.float32)
    if all(word in formed for word in words[:asked]):
        narrowing = None
    text = " ".join(ASKED_AS.get(word, word) for word in foreground) or asking
    if behind:
        text = f"{text}. {' '.join(behind)}"
    # "weight loss": a common head ("loss") needs its modifier, even where the topic holds only a
    # neighbour of it ("lost"); a rare one ("heart palpitations") does not
    compounds = tuple((words.index(a), words.index(b)) for a, b in zip(foreground, foreground[1:])
                      if not _df(index, a) and topicality(b) < 1 and _compound(a, b, asking, names))
    terms = tuple((words.index(a), words.index(b)) for a, b in zip(foreground, foreground[1:])
                  if f"{a} {b}" in TERMS and f"{a} {b}" in asking)
    either = tuple((words.index(a), words.index(b))
                   for a, b in _either(asking, foreground, index, names, acronyms, explained))
    return Question(words, np.asarray(weights, dtype=np.float32), text, asking, compounds, terms, frozenset(names),
                    either, asked, unheld, narrowing)


def forms_of(topic: dict, index) -> frozenset:
    """The topic's names of one word for one of its forms or brands: used by some of its claims, at
    most FORM_SHARE of them ("entresto", sacubitril with valsartan, in valsartan's), and neither a word
    of its slug or name ("Valsartan (Diovan)") nor that name cut short ("spiro", "tret", "sjw"): those
    name the topic itself. Kept on the topic's index, as of its version (a claim may start using one)."""
    spelled = _spellings(topic)
    return _per_version(index, "forms", spelled, lambda: _forms(index, *spelled))


def _forms(index, slug: str, title: str, aliases: tuple) -> frozenset:
    own = set(re.findall(r"[a-z0-9]+", plain(f"{slug} {title}".replace("-", " "))))
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", plain(slug.replace("-", " "))))
    most = FORM_SHARE * len(index.claim_ids)
    return frozenset(name for name in map(plain, aliases) if re.fullmatch(r"[a-z][a-z0-9]+", name)
                     and name not in own and name != initials and not any(w.startswith(name) for w in own)
                     and 0 < _df(index, name) <= most)


def _form_test(index, names: set):
    """A test of a name of several words: does it name one of the topic's forms or brands ("no flush
    niacin", "heat-killed akkermansia", "x tea")? The rarest of its words that do not name the topic
    alone is used by some of its claims, and by at most FORM_SHARE of them. Its own name ("saw
    palmetto", "lion's mane") is in most of them, and a misspelling or another language's in none."""
    most = FORM_SHARE * len(index.claim_ids)

    def is_form(name: str) -> bool:
        counts = [_df(index, w) for w in re.findall(r"[a-z0-9]+", name) if w not in FILLER and w not in names]
        return bool(counts) and 0 < min(counts) <= most
    return is_form


def _either(asking: str, foreground: list, index, names: set, acronyms, explained=None) -> list[tuple[str, str]]:
    """The content words either side of an "or" ("help his mood or his motivation"): a claim
    about either answers. Not where the two are about all that is said ("spray or shots?",
    "inject or sniff it") or it asks which is better: a choice, answered best by a claim about both."""
    if CHOICE.search(asking):
        return []
    said = [w for w in re.findall(r"[a-z0-9']+", asking) if w not in names and w != "or"]
    pairs = []
    for one, other in re.findall(r"(?=\b([a-z0-9']+) or (?:(?:his|her|my|your|their|the|a|an|its|some) )?([a-z0-9']+))",
                                 asking):
        if len([w for w in said if w not in (one, other)]) <= 1 or other in ROUGHLY:
            continue
        one, other = (_content(" ".join(_mend(w, index, acronyms, explained)), names) for w in (one, other))
        if one and other and one[0] != other[0] and {one[0], other[0]} <= set(foreground):
            pairs.append((one[0], other[0]))
    return pairs


def _forms_named(index, names: set, text: str, ways: int = 2) -> list[str]:
    """When a message says nothing but names the topic in two `ways` or more ("noble or tudei
    kava?", "ozempic vs wegovy"), or names one alone (`ways` 1: "what is deltaran", "keenmind any
    good?", "xuriden?"), the names few of its claims use are what it asks about: which form or brand."""
    said = list(dict.fromkeys(w for w in re.findall(r"[a-z0-9]+", text) if w in names))
    if len(said) < ways:
        return []
    return [w for w in said if 0 < _df(index, w) <= FORM_SHARE * len(index.claim_ids)]


def _held_as(index, word: str, same: bool = False) -> list[int]:
    """The topic's words (positions) with the word's stem; with `same`, those of every word of its
    group of words for the same thing (`same_as`). A word that only shares the stem (`vocabulary.NOT_SAME`)
    is not held: "memorial" holds no "memory"."""
    spellings = (same_as(word) or (word,)) if same else (word,)
    stems = dict.fromkeys(s for w in spellings for s in (stem(w), stem(lemma(w))))
    return [p for s in stems for p in index.stems.get(s, ())
            if index.vocabulary[p] not in NOT_SAME or index.vocabulary[p] in spellings]


@functools.lru_cache(maxsize=65536)
def same_as(word: str) -> frozenset:
    """The words for the same thing as `word` (`vocabulary.SAME_AS`), found by its stem too: "funds"
    is in the group of "funded" and "company"; a word that only shares a stem (`vocabulary.NOT_SAME`) is in none."""
    if word in NOT_SAME:
        return SAME_AS.get(word, frozenset())
    return SAME_AS.get(word) or _same_by_stem().get(stem(word)) or _same_by_stem().get(stem(lemma(word)), frozenset())


def ready() -> None:
    """Build what matching otherwise builds on the first question that needs it: the stems of
    every word of `vocabulary.SAME_AS` (10 to 30 ms of stemming), paid by a worker's first texter
    unless `service.warm` readies it before the workers fork."""
    _same_by_stem()


@functools.cache
def _same_by_stem() -> dict:
    by_stem = {}
    for word, group in SAME_AS.items():
        by_stem[stem(word)] = by_stem.get(stem(word), frozenset()) | group
    return by_stem


def _df(index, word: str) -> int:
    """Claims that hold the word, a word with its stem, or a word for the same thing."""
    return max((index.df[index.vocabulary[p]] for p in _held_as(index, word, same=True)), default=0)


# --- candidates ---------------------------------------------------------------

def lexical(db, topic: str, words: list[str], k: int = CANDIDATES, index=None) -> list[tuple[str, float]]:
    """FTS5 BM25 over claim text (weight 1) and its source's words (0.4); best first. With the
    topic's `index`, only the words it can afford (`affordable`)."""
    if index is not None:
        words = affordable(index, words)
    if not words:
        return []
    query = " OR ".join('"' + w.replace('"', "") + '"' for w in dict.fromkeys(words))
    span = search_index.topic_range(db.conn, topic)
    if span is None:
        return []
    # The topic's rows only (a rowid range), ranked on rowid and score alone; the claim ids of
    # the k best are read afterwards, in that order (CROSS JOIN keeps it).
    return db.conn.execute(
        "SELECT s.claim_id, top.score FROM (SELECT rowid, -bm25(claim_search, 1.0, 0.4) AS score FROM claim_search"
        " WHERE claim_search MATCH ? AND rowid BETWEEN ? AND ? ORDER BY score DESC LIMIT ?) AS top"
        " CROSS JOIN claim_search AS s ON s.rowid = top.rowid", [query, *span, k]).fetchall()


def affordable(index, words: list[str]) -> list[str]:
    """The words a full-text query ranks by: all of them unless the rows holding them add up
    to more than LEXICAL_ROWS; then the rarest first, as many as fit, and none when even the
    rarest does not. FTS5 scores every row that holds any word of the query (about 2 us a row),
    and the words held by thousands of claims are those BM25 weighs least; the claims they
    would bring are left to the similarity candidates. A topic of at most LEXICAL_ROWS claims
    never drops a word."""
    if len(index.claim_ids) <= LEXICAL_ROWS:
        return words
    rows = {w: index.postings(w) for w in words}
    kept, total = set(), 0
    for word in sorted(rows, key=rows.get):
        if total + rows[word] > LEXICAL_ROWS:
            break
        kept.add(word)
        total += rows[word]
    return [w for w in words if w in kept]


def semantic(index, vector: np.ndarray, k: int = CANDIDATES) -> list[tuple[str, float]]:
    """Cosine similarity between the question and the topic's claims: the k best, best first
    (every claim scanned below `ann.MIN_CLAIMS`, an approximate index above; see `search_index`)."""
    return index.nearest(vector, k)


def _said(words: list[str]) -> dict[str, re.Pattern]:
    """The question's words held only by the claims that say them, each with its test on a
    claim's text: those of `SAID`, and a filler word asked as an acronym ("what did the WHO
    say"), said by a claim that writes it in capitals or spells it out."""
    said = {word: test for word, test in SAID.items() if word in words}
    for word in words:
        if word in FILLER:
            # in capitals, and an acronym's plural as written ("AGEs" for the question's "ages")
            capitals = {word.upper(), word[:-1].upper() + "s" if word.endswith("s") else word.upper() + "s"}
            spelled = SPELLED_OUT_AS.get(word)
            said[word] = re.compile(rf"\b(?:{'|'.join(capitals)})\b" + (rf"|(?i:\b{spelled}\b)" if spelled else ""))
    return said


def coverage(index, question: Question, claim_ids, tiers=None, saying=None, medicines=frozenset()) -> dict[str, Covered]:
    """claim id -> what it covers: the share of the question's weight, the question words it holds,
    the share that decides whether it answers.

    A word counts fully where the claim holds it (same stem) and partly where the claim holds
    a near neighbour (word cosine between NEAR and SAME), so "insomnia" is partly covered by
    a claim about sleep, and "kidney" not at all by one about hair. A word that asks for a
    kind of evidence ("human", "rats") is held by every claim of that tier (`tiers`: claim id
    -> tier). A word of `SAID` is held only by the claims that say it (`saying`: word -> claim
    ids): `ONSET` by those that say how soon something happened, not by a claim about an
    eight-week trial; `DOSE` by those that state an amount; `NO_EFFECT` by those that say something had
    no effect; `EXCESS` by those that say what too much does or where the limit is; `EFFECTIVE` ("does it
    actually work") by those that report an outcome, better or no different; a filler word
    asked as an acronym by those that write it so (`_said`). `medicines`: the words that name any of the
    ledger's topics (`every_name`).
    """
    held_by = {c: index.claim_words.get(c) for c in claim_ids}
    if not question.words or not any(p is not None and len(p) for p in held_by.values()):
        return {c: Covered(0.0, (), 0.0) for c in claim_ids}
    # Only the words the candidates hold are compared with the question's (columns of `credit`), so
    # the cost follows the candidates, not the topic's whole vocabulary.
    filled = [c for c, positions in held_by.items() if positions is not None and len(positions)]
    flat = np.concatenate([held_by[c] for c in filled])
    columns = np.sort(flat)
    columns = columns[np.concatenate(([True], columns[1:] != columns[:-1]))]  # np.unique, without its hashing

    def word_at(column: int) -> str:
        return index.vocabulary[columns[column]]

    def local(positions) -> np.ndarray:
        """The columns of the topic's word positions that the candidates hold."""
        at = np.searchsorted(columns, positions)
        return at[(at < len(columns)) & (columns[np.minimum(at, len(columns) - 1)] == positions)]

    credit = np.clip((index.neighbours(question.words, columns) - NEAR) / (SAME - NEAR), 0, 1)
    # a word of a few letters (`_letters_only`: "ad", "hne") neighbours by its letters alone ("adhd", "acne"), and
    # the topic's own name, in nearly every claim, is no neighbour of what is asked ("thymus")
    near = np.flatnonzero(credit.max(axis=0) > 0) if credit.size else []
    credit[:, [p for p in near if _letters_only(word_at(p)) or word_at(p) in question.names]] = 0.0
    for i, word in enumerate(question.words):
        # the model embeds pieces of words: "eczema" is near "emphysema" by its ending, not its meaning
        # and "tolerance" is near "tolerated" by its letters, not its meaning (`text.KEPT_APART`), and
        # "antidepressants" are medicines, no depression (`text.names_a_class`)
        credit[i, [p for p in np.flatnonzero(credit[i])
                   if _spelled_alike(word, word_at(p)) or kept_apart(word, word_at(p))
                   or _negates(word_at(p), word) or names_a_class(word_at(p), word)]] = 0.0
        if word in ACRONYMS or word in HELD_ONLY_AS_SAID:
            # an acronym embeds by its letters ("uti" near "urination", "ibs" near "ibuprofen"), and
            # "menstrual" near a study's "period": only a claim that says it, or spells it out
            # (`vocabulary.SPELLED_OUT`), holds it
            credit[i] = 0.0
        if word in SAID or word in FILLER or word in EVIDENCE_WORDS:
            # Only the claim's tier holds a word that asks for a kind of evidence ("human" is near "rats"
            # in embedding space, and a study "in human cells" is not evidence in humans), and only what
            # a claim says holds a word of `SAID`, or a filler word asked as an acronym ("WHO", not
            # "people who"; all set below)
            credit[i] = 0.0
            continue
        credit[i, local(np.asarray(_held_as(index, word, same=True), dtype=np.int64))] = SAME_CREDIT
        credit[i, local(np.asarray(_held_as(index, word), dtype=np.int64))] = 1.0
    # Every candidate at once, a row each: the best credit of each question word among the claim's
    # words (the maximum over its columns, one segment per claim).
    sizes = np.fromiter((len(held_by[c]) for c in filled), dtype=np.int64, count=len(filled))
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    best = np.ascontiguousarray(np.maximum.reduceat(credit[:, np.searchsorted(columns, flat)], starts, axis=1).T)
    for tier, tier_words in TIER_WORDS.items():  # a word that asks for a kind of evidence: held by its tier's claims
        asked = [i for i, w in enumerate(question.words) if w in tier_words]
        of_tier = [row for row, c in enumerate(filled) if (tiers or {}).get(c) == tier] if asked else []
        if of_tier:
            best[np.ix_(of_tier, asked)] = 1.0
        # "any animal studies?", "tested in rats?": a preclinical claim about cells holds it less than one in animals
        in_animals = [i for i in asked if question.words[i] in ANIMAL_WORDS]
        if tier == "preclinical" and in_animals:
            in_cells = [row for row in of_tier if ANIMAL_WORDS.isdisjoint(index.vocabulary[p] for p in held_by[filled[row]])]
            best[np.ix_(in_cells, in_animals)] = SAME_CREDIT
    for word, ids in (saying or {}).items():
        best[[row for row, c in enumerate(filled) if c in ids], question.words.index(word)] = 1.0
    for modifier, head in question.compounds:
        best[best[:, modifier] < SAME_CREDIT, head] = 0.0  # "loss" of "weight loss" is not held by a claim about hair loss
    # an aim ("prevention", "therapy") is held only beside something of what it is for: "migraine prevention" is
    # not answered by a claim that it did not prevent a relapse of an arrhythmia
    aims = [i for i in range(question.asked) if question.words[i] in AIM_WORDS]
    mixing = [i for i in range(question.asked) if INTERACTION_WORD.fullmatch(question.words[i])]
    subjects = [i for i in range(question.asked) if i not in aims + mixing and question.weights[i] > 0]
    # and so is a word of taking it with something ("interaction", "mix") beside a medicine the topic never
    # names: "omeprazole interaction" is not answered by a claim about its interaction with something else.
    # A medicine is a word rare in English, or the name of another of the ledger's topics (`medicines`), however
    # common ("grapefruit", "weed", "lithium")
    if any(len(question.words[i]) >= 4 and question.words[i] not in index.words
           and (zipf(question.words[i]) < MEDICINE_ZIPF or question.words[i] in medicines) for i in subjects):
        aims += mixing
    if aims and subjects:
        best[np.ix_(best[:, subjects].max(axis=1) == 0, aims)] = 0.0
    for first, second in question.terms:
        weak = np.minimum(best[:, first], best[:, second]) < SAME_CREDIT
        best[weak, first] = best[weak, second] = 0.0
    for one, other in question.either:
        best[:, one], best[:, other] = (np.maximum(best[:, one], EITHER_CREDIT * best[:, other]),
                                        np.maximum(best[:, other], EITHER_CREDIT * best[:, one]))
    total = float(question.weights.sum()) or 1.0
    covered = best @ question.weights
    # what a claim leaves uncovered of the context words the topic never uses does not decide
    uncounted = (1 - best) @ question.unheld if question.unheld is not None else np.zeros(len(filled))
    # nor does a form named beside what is asked
    narrowing = question.narrowing if question.narrowing is not None else np.zeros(len(question.words), np.float32)
    decided, deciding_total = covered - best @ narrowing, total - float(narrowing.sum())
    result = dict.fromkeys(held_by, Covered(0.0, (), 0.0))
    for row, (claim_id, strong) in enumerate(zip(filled, (best >= SAME_CREDIT).tolist())):
        held = tuple(w for w, s in zip(question.words, strong) if s)
        result[claim_id] = Covered(float(covered[row]) / total, held,
                                   float(decided[row]) / ((deciding_total - float(uncounted[row])) or 1.0))
    return result


# Prefixes that begin words of unrelated meaning: "contraceptive" and "contraindications"
# share only their first letters.
SHARED_PREFIXES = ("contra", "anti", "neuro", "hyper", "hypo", "inter", "intra", "trans", "super", "micro",
                   "cardio", "gastro", "endo", "extra", "over", "under", "post", "pre", "pro", "dis", "non", "sub")


def _negates(held: str, word: str) -> bool:
    """A claim's "non-alcoholic" (one word to the index) is about anything but alcohol."""
    return held.startswith("non-") and stem(held[4:]) == stem(word)


def _letters_only(word: str) -> bool:
    """A word too short to be anyone's neighbour by meaning: one or two letters ("ad"), or three
    that are no English word ("hne"), which the model embeds by its letters ("acne")."""
    return len(word) <= 2 or len(word) == 3 and not english().word_frequency[word]


def _spelled_alike(word: str, other: str) -> bool:
    """Two words that end alike and are otherwise different ("eczema", "emphysema"), that begin
    apart and share three letters and no more ("hair", "impairment"), that share only a prefix
    ("contraceptive", "contraindications"), or that begin with the same piece of the model's
    tokenizer and fewer than four letters in common ("autism", "autophagy"; "gout", "gym": the
    model embeds a word as the mean of its pieces). Words that begin alike for longer ("surgery",
    "surgical"), hold one another ("flu", "influenza") or share a longer part ("thyroid",
    "levothyroxine") are often kin."""
    if word in other or other in word:
        return False
    if _begun_alike(word, other) < 4 and embedding.first_piece(word) == embedding.first_piece(other):
        return True
    if word[:3] != other[:3] and word[-3:] == other[-3:]:
        return True
    if word[:3] != other[:3] and _longest_shared(word, other) == 3:
        return True
    return any(word.startswith(p) and other.startswith(p) and word[len(p):][:3] != other[len(p):][:3]
               for p in SHARED_PREFIXES)


def _begun_alike(word: str, other: str) -> int:
    """How many letters the two words begin with in common."""
    return next((i for i, (a, b) in enumerate(zip(word, other)) if a != b), min(len(word), len(other)))


def _longest_shared(word: str, other: str) -> int:
    """The length of the longest run of letters both words hold, up to 4."""
    return next((n for n in (4, 3, 2, 1) if any(word[i:i + n] in other for i in range(len(word) - n + 1))), 0)


def answers(similarity: float, covered: float, general: bool = False, held: float = 0.0) -> bool:
    """The calibrated decision (thresholds from the development sets; see the module docstring).
    `held`: the share of the question the claim holds in so many words (not through neighbours)."""
    if general:
        return similarity >= GENERAL_SIMILARITY
    if not held:
        # its coverage is all neighbours' credit ("sleep" for "insomnia", "bacteria" for
        # "vaginosis"): the whole question's similarity has to bear it out
        return covered >= MIN_COVERAGE and similarity >= NEIGHBOUR_SIMILARITY
    return covered >= MIN_COVERAGE and (similarity >= MIN_SIMILARITY or held >= FULL_COVERAGE)


# --- what the question asks of a claim ----------------------------------------------

def asks_about_dose(question: str) -> bool:
    """Does the question ask how much to take? (The reply then says it gives no dosing advice.)"""
    return bool(re.search(r"(?<![a-z])(dose|doses|dosage|dosing|how much|how many|mg|mcg|protocol)(?![a-z])",
                          plain(question)))


def _wrong_stance(question: str):
    """Which claims answer the opposite of what the question asks, as a test on a claim's text, or None.

    "can it cure migraines" is not answered by "only migraine reported" (a harm), nor
    "can it trigger seizures" by "improved memory after seizures" (a benefit).
    """
    text = plain(question)
    treats, harms = re.search(TREATMENT_ASK, text), re.search(HARM_ASK, text)
    if treats and not harms:
        return lambda claim: re.search(ADVERSE_REPORT, claim)
    if re.search(CAUSE_ASK, text) and not treats:
        # a claim in a clinical setting is about treating, unless it reports a harm ("arrived with mania")
        return lambda claim: (re.search(BENEFIT_REPORT, claim) and not re.search(ADVERSE_REPORT, claim)
                              and not re.search(RISK_REPORT, claim) and not findings.reports(claim)[1])
    return None


def topic_names(topic: dict) -> set[str]:
    """The words that name the topic itself (slug, name, aliases): they say nothing about what is asked."""
    alone, phrases = _names(*_spellings(topic))
    return set(alone).union(*(phrase.split() for phrase in phrases))


@functools.lru_cache(maxsize=64)
def every_name(topics: ledger.Directory) -> frozenset:
    """The words that name any of a ledger's topics (`topic_names` of each), kept per version of
    the topics (`ledger.Directory`): every message reads them, and their union took 1.7 ms a
    message at 51 topics."""
    return frozenset().union(*(topic_names({"slug": slug, "name": name, "aliases": aliases})
                               for slug, name, aliases in topics.spellings))


def names_taken(topic: dict, others: list[dict]) -> dict[str, str]:
    """The words that name `topic` on their own and are another topic's own name (its slug or a
    one-word alias), each with that topic's slug. A text naming such a word is asked of both:
    an alias "empagliflozin metformin" makes "metformin", rare in English, name empagliflozin too."""
    alone = names_in_questions(topic)[0]
    taken = {}
    for other in others:
        if other.get("slug") == topic.get("slug"):
            continue
        own = _spelled((other.get("slug", ""), *(other.get("aliases") or ())))
        for word in sorted(alone & {name for name in own if len(name) > 1 and " " not in name}):
            taken.setdefault(word, other["slug"])
    return taken


def names_in_questions(topic: dict) -> tuple[frozenset, re.Pattern | None]:
    """(the words that name the topic on their own, a pattern of its names of several words).

    A name of several words names the topic only whole: "NAME nasal spray" is the topic, while
    "nasal spray or pin it" asks about the spray. Its words that English hardly uses name the
    topic on their own too, as "amidate" from an alias "n-acetyl NAME amidate"."""
    alone, phrases = _names(*_spellings(topic))
    return alone, _pattern(phrases)


def _spellings(topic: dict) -> tuple[str, str, tuple]:
    return topic.get("slug", ""), topic.get("name", ""), tuple(topic.get("aliases") or ())


@functools.lru_cache(maxsize=1024)
def _names(slug: str, title: str, aliases: tuple) -> tuple[frozenset, tuple]:
    """(words that name the topic alone, its names of several words, longest first), kept per
    spelling of the names: every message reads every topic's names."""
    spelled = _spelled((slug, title, *aliases))
    words = {name for name in spelled if " " not in name}
    words |= {w for name in spelled for w in name.split() if zipf(w) < NAME_ZIPF}
    words |= {re.sub(r"[^a-z0-9]", "", name.lower()) for name in (slug, title, *aliases)} - {""}
    return frozenset(words), tuple(sorted((name for name in spelled if " " in name), key=len, reverse=True))


def _spelled(names) -> set[str]:
    """A topic's names as questions and claims are read: plain words, a hyphen a space ("tp-7": "tp 7")."""
    return {plain(name.replace("-", " ")) for name in names} - {""}


def names_pattern(topic: dict) -> re.Pattern | None:
    """Any of the topic's names (its names of several words, and of one word of four letters or
    more) in a message as typed, whatever its capitals."""
    alone, phrases = _names(*_spellings(topic))
    return _any_case(tuple(sorted({*phrases, *(n for n in alone if re.fullmatch(r"[a-z][a-z0-9-]{3,}", n))},
                                  key=len, reverse=True)))


@functools.lru_cache(maxsize=1024)
def _any_case(names: tuple) -> re.Pattern | None:
    spelled = (re.escape(name).replace(r"\ ", r"[\s-]+") for name in names)  # "tp 7" as "TP-7" too
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(spelled) + r")(?![a-z0-9])", re.I) if names else None


@functools.lru_cache(maxsize=1024)
def _one_word_names(names: frozenset) -> re.Pattern | None:
    """A pattern of the topic's names of one word and four letters or more (`read_question`), kept
    per set of names: every question to the topic reads them."""
    return _pattern(tuple(sorted((n for n in names if re.fullmatch(r"[a-z][a-z0-9-]{3,}", n)), key=len, reverse=True)))


@functools.lru_cache(maxsize=1024)
def _pattern(phrases: tuple) -> re.Pattern | None:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, phrases)) + r")(?![a-z0-9])") if phrases else None


WHAT_IS = re.compile(r"^(?:so |ok |but )?(?:what|wat|wot|wut)(?: even| exactly| actually)? (?:is|are|r)\b"
                     r"|\bwho (?:came up with|made|makes|invented|developed|discovered|created)\b"
                     r"|\bwhere (?:does|did|do) (?:it|this|they) (?:even )?come from\b"
                     r"|\btell (?:me|us)\b|\binfo(?:rmation)?\b|\bexplain\b")  # "tell me about it", "info?"


def _everyday_ask(topic: dict, asking: str) -> str:
    """What a question of only everyday words is embedded as: "what is it" (or who made it, where
    it comes from) as the topic's own description (`what_it_is` in topic.json, without its source
    ids), anything else with the topic's name before it."""
    described = re.sub(r"\s*\((?:s\d+(?:,\s*)?)+\)", "", topic.get("what_it_is") or "")
    if described and WHAT_IS.search(asking):
        return described
    return f"what is {topic.get('name') or topic.get('slug')} {asking}"


def _defining(topic: dict, asking: str) -> tuple[str, ...]:
    """The sources the topic's description cites ("... an amino acid found in tea (s28, s29)"), in
    the order it cites them, when a question of everyday words asks what it is: a curator chose
    them to say so."""
    if not WHAT_IS.search(asking):
        return ()
    return tuple(dict.fromkeys(re.findall(r"\bs\d+\b", " ".join(
        re.findall(r"\(((?:s\d+(?:,\s*)?)+)\)", topic.get("what_it_is") or "")))))


def _read_for(info: dict, index, question: str, topics: ledger.Directory) -> Question:
    """The question read as one to this topic: with its names, its glossary, the names of the
    ledger's other topics (`other_names`) and its forms' names."""
    words = info.get("words")
    explained = _per_version(index, "explained", (topics, _glossary_pairs(words)),
                             lambda: {**other_names(index, topics), **glossary(index, words)})
    return read_question(index, question, *names_in_questions(info), explained, forms_of(info, index))


@functools.lru_cache(maxsize=4)
def _names_by_word(topics: ledger.Directory) -> dict[str, tuple[str, ...]]:
    """Each word that names one of the ledger's topics alone (its slug, name or an alias of one word:
    "accutane"), with every such word of that topic ("isotretinoin", "absorica", ...). A word that
    names several topics names none of them."""
    owners: dict[str, set] = {}
    words_of = {}
    for slug, title, aliases in topics.spellings:
        spelled = _spelled((slug, title, *aliases))
        words_of[slug] = tuple(sorted(w for w in spelled if len(w) >= 4 and " " not in w and w.isalpha()))
        for word in words_of[slug]:
            owners.setdefault(word, set()).add(slug)
    own = {word for word, slugs in owners.items() if len(slugs) == 1}
    return {word: tuple(w for w in words_of[next(iter(owners[word]))] if w in own) for word in own}


def other_names(index, topics: ledger.Directory) -> dict[str, tuple[str, ...]]:
    """The names of the ledger's other topics that this topic's claims never use, each with the
    names of the same topic that they do use: claims say "isotretinoin" where texters say
    "accutane", "atorvastatin" where they say "lipitor" ("doxycycline|accutane", "does grapefruit
    interact with lipitor"). Read as a glossary's terms are (`glossary`), which take precedence."""
    by_word = _names_by_word(topics)
    used = {names for word, names in by_word.items() if word in index.words}
    return {other: tuple(w for w in names if w in index.words)
            for names in used for other in names if other not in index.words}


# --- the search -----------------------------------------------------------------------

def search(db, topic: str, question: str, limit: int = 10, hidden=frozenset(),
           info: dict | None = None) -> tuple[list[Match], list[Match]]:
    """(best claim per source, ranked, at most `limit`; every claim that answers).

    Unconfirmed claims of the sources in `hidden` (other texters' pastes) never answer; nor do
    rejected or retracted claims, which `ledger.claims` leaves out. `info`: the topic's row, when
    the caller has read it already (`ledger.require_topic`)."""
    info = info or ledger.require_topic(db, topic)
    index = search_index.topic_index(db, topic)
    read = _read_for(info, index, question, ledger.directory(db))
    # a question of everyday words only that asks what it is ("wat is it even for lol my dr just put me on it")
    # is answered by the sources its description cites
    defining = _defining(info, read.asking) if not float(read.weights.sum()) else ()
    if not read.words:
        read.text = _everyday_ask(info, read.text)
    # Lay words are searched with the topic's words for the same thing ("pin": injection), and
    # American spellings with the British ones the claims use ("goiter": "goitre"; full-text
    # search does not read one as the other)
    same = list(dict.fromkeys([*(index.vocabulary[p] for w in read.words if same_as(w)
                                 for p in _held_as(index, w, same=True)),
                               *(british for w in read.words for british in index.british.get(w, ()))]))
    vector = embedding.embed([read.text])[0]
    lexical_ranking = lexical(db, topic, read.words + same, index=index)
    semantic_ranking = semantic(index, vector)
    sims = dict(semantic_ranking)
    # and a claim that spells out an acronym the question uses ("ptsd"), or one of its group ("omeprazole":
    # "proton pump inhibitors"), is a candidate too
    spelled_out = [c for w in read.words + same for c in index.spelled_out.get(w, ())]
    described = [c["id"] for c in ledger.claims(db, topic, sources=defining, checked=False)] if defining else []
    candidates = list(dict.fromkeys([*sims, *(c for c, _ in lexical_ranking), *spelled_out, *described]))
    missing = candidates[len(semantic_ranking):]
    if missing:
        sims.update(zip(missing, index.similarity(db.conn, missing, vector)))
    claims = {c["id"]: c for c in ledger.claims(db, topic, ids=candidates, checked=False)}
    # the tier a claim answers a question asking after a kind of evidence as (`NO_HUMAN_STUDY`)
    covered = coverage(index, read, candidates, {c: "human" if says(NO_HUMAN_STUDY, claim["text"]) else claim["tier"]
                                                 for c, claim in claims.items()},
                       {word: {c for c, claim in claims.items() if says(saying, claim["text"])}
                        for word, saying in _said(read.words).items()},
                       every_name(ledger.directory(db)))
    # A question of only everyday words the topic never uses ("side effects?", "is it safe")
    # names nothing specific that a claim could fail to cover: similarity alone decides.
    general = bool(read.words) and not float(read.weights.sum())
    specific = bool(read.words) and not general  # else coverage means nothing: similarity ranks
    weight_of, total_weight = dict(zip(read.words, read.weights.tolist())), float(read.weights.sum()) or 1.0
    # how firmly a claim answers is judged on what the asking sentence says: context narrows, never blocks
    asked_words = {w for i, w in enumerate(read.words[:read.asked]) if read.narrowing is None or not read.narrowing[i]}
    asked_weight = sum(weight_of[w] for w in asked_words)
    if not asked_weight:  # the asking sentence names nothing of weight ("is it worth it?"): the whole message
        asked_words, asked_weight = set(read.words), total_weight
    wrong_stance = _wrong_stance(question)
    raised = safety.concerns(question, read.names)
    about = safety.about(question, read.asking, read.names, raised)
    # a finding in children or in pregnancy answers a question that names neither less well
    general_population = not {"children", "pregnancy"} & set(raised)
    # "interactions?", "drug interactions": every claim about taking it with a medicine answers
    asks_interactions = bool(read.words) and all(INTERACTION_WORD.fullmatch(w) for w in read.words)
    # "can I take it with xanax": a claim about taking it together with what is named ranks above one that only
    # names a medicine (and one about taking it with something else gets nothing for it)
    asks_together = about is not None and safety.asks_together(question, read.asking, read.names)
    answering = []
    for claim_id in candidates:
        claim = claims.get(claim_id)
        share, held, deciding = covered[claim_id] if specific else (1.0, (), 1.0)
        firm = sum(weight_of[w] for w in held if w in asked_words) / asked_weight
        if claim is None or claim["auto"] and claim["source"] in hidden:
            continue
        # a claim about the people a question names as kept from it (pregnant, children) answers it
        # (`safety.about` keeps only such claims then), whatever else the question says
        said_of_them = about is not None and (asks_interactions or not POPULATION_WORDS.isdisjoint(held))
        if not (claim["source"] in defining or said_of_them or answers(sims[claim_id], deciding, general, firm)):
            continue
        answering.append((claim_id, claim, share, held))
    # The rows were read unchecked: only those that would answer are checked against their chain
    # entries (about a third of the candidates), and one that disagrees is withheld, as before.
    kept = {id(row) for row in ledger.agreeing(db, topic, [claim for _, claim, _, _ in answering])}
    matches = []
    for claim_id, claim, share, held in answering:
        if id(claim) not in kept:
            continue
        if wrong_stance and wrong_stance(claim["text"].lower()):
            continue
        if about and not about(claim["text"], claim["section"]):
            continue  # a question about pregnancy or children is answered only by claims about them
        relevance = (share if specific else 0.0) + SIMILARITY_WEIGHT * sims[claim_id]
        if general_population and (says(safety.CHILDREN, claim["text"]) or says(safety.ABOUT_PREGNANCY, claim["text"])):
            relevance -= POPULATION_PENALTY
        if asks_together and held and safety.says_together(claim["text"], claim["section"]):
            relevance += TOGETHER_WEIGHT
        score = relevance * (AUTO_PENALTY if claim["auto"] else 1.0)
        matches.append(Match(claim_id, claim["source"], claim["tier"], claim["text"], claim["auto"], score, share,
                             sims[claim_id], held))
    matches.sort(key=lambda m: -m.score)
    if not specific and matches:  # similarity alone decided: only the claims about as close as the best answer
        closest = GENERAL_SHARE * matches[0].similarity
        matches = [m for m in matches if m.similarity >= closest or m.source in defining]
    ranked, seen = [], set()
    for match in matches:
        if match.source not in seen:
            seen.add(match.source)
            ranked.append(match)
    ranked = order(ranked, _elsewhere(ranked, info, read.names, index))
    if defining:  # what it is: the sources its description cites first, in its order
        ranked.sort(key=lambda m: defining.index(m.source) if m.source in defining else len(defining))
    return ranked[:limit], matches


def _elsewhere(ranked: list[Match], info: dict, names, index) -> set:
    """The matches whose claims never name the topic, in their text (`names_pattern`) nor, with their
    sources' titles and summaries, among their words (`names`): a trial of a comparator ("ketamine")
    set beside a compound little studied. No match at all when the topic's names are nowhere to be
    found (a name of digits and hyphens the index does not hold, and no pattern of them)."""
    own = np.fromiter((index.words[n] for n in names if n in index.words), dtype=np.int64)
    pattern = names_pattern(info)
    if not len(own) and pattern is None:
        return set()
    return {id(m) for m in ranked if not np.isin(index.claim_words.get(m.claim_id, own[:0]), own).any()
            and not (pattern and pattern.search(m.text))}


def order(ranked: list[Match], elsewhere=frozenset()) -> list[Match]:
    """Among the claims that answer about as well as the best (STRONG_SHARE of its score),
    stronger evidence first; then the rest by relevance, whatever their tier (a human study far
    less relevant than a report does not pass it). A line that only describes its source comes
    after the findings of its tier, and after the other findings of the rest. A claim about
    something else (`elsewhere`: ids of matches that never name the topic) is not put first for
    its tier: a human trial of a comparator does not pass the compound's own mouse studies."""
    if not ranked:
        return ranked
    best = max(m.score for m in ranked)
    position = {id(m): i for i, m in enumerate(ranked)}

    def place(m: Match) -> tuple:
        strong = m.score >= STRONG_SHARE * best and id(m) not in elsewhere
        return not strong, TIER_RANK.get(m.tier, 9) if strong else 0, bool(DESCRIPTION.match(m.text)), position[id(m)]
    return sorted(ranked, key=place)
