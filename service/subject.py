"""What a question is about, in words its matching claims also use: the subject a bottom line
may name ("Alpha on tolerance: 2 user reports", "3 human studies on anxiety").

A subject is a run of nouns in the sentence that asks: words lemminflect's English lexicon knows
only as nouns, or does not know at all (names and jargon: ADHD, BDNF), and words it knows as
nouns among other parts of speech ("sleep", "stroke") where they stand as nouns: after a
determiner, possessive, preposition or adjective, or opening the sentence ("brain fog"), not
before a particle or an object ("build up", "balance it out"). Words common enough to name
nothing ("day", "way": pyspellchecker's frequencies), filler, the topics' own names, words for
kinds of evidence ("studies", "video") and units of time are never subjects. A candidate is
named only where the matching claims say it too; when they do not, nothing is said about the
subject: a wrong subject reads as a finding, no subject only as less detail.
"""
import functools
import math
import re

import lemminflect

from . import matching
from .text import english
from .vocabulary import EVIDENCE_WORDS, FILLER

COMMON_ZIPF = 5.5   # "day" (5.75), "head" (5.49 names one: "head injury"): this common, a word names no subject
# Words that ask for a kind of evidence or a place it was published, not what it is about; units of
# time; nouns that only point at something ("the difference", "a known reaction").
EVIDENCE_WORDS = frozenset("""
study studies research researched evidence trial trials paper papers article articles review reviews overview
guide data source sources report reports story stories anecdote anecdotes experience experiences result results
video videos youtube reddit podcast podcasts post posts thread threads forum forums blog blogs link links info
lab labs second seconds minute minutes hour hours day days week weeks month months year years
difference kind kinds type types version versions option options reason reasons reaction reactions
""".split()) | EVIDENCE_WORDS
# Particles and object pronouns: an ambiguous word before one is a verb ("tolerance build up",
# "balance it out").
VERB_AFTER = frozenset("up down out off over away back on it them me him us".split())
# Words after which an ambiguous word ("sleep", "stroke") is a noun: determiners, possessives, prepositions.
NOUN_BEFORE = frozenset("""
a an the my your his her their our its this that these those some any no every each for of with about on in
after before during from against without like than per
""".split())


@functools.lru_cache(maxsize=8192)
def _reading(word: str) -> str:
    """"noun" (only a noun, or a name or jargon unknown to the lexicon), "maybe" (a noun among
    other parts of speech), "joins" (filler that is a noun, "effects": part of a subject, never
    one alone), or "" (never a noun, or too common to name a subject)."""
    if len(word) < 3 or not word.isalpha() or word in EVIDENCE_WORDS:
        return ""
    parts = set(lemminflect.getAllLemmas(word))
    if word in FILLER:
        return "joins" if "NOUN" in parts else ""
    count = english().word_frequency[word]
    if count and math.log10(count / english().word_frequency.total_words * 1e9) >= COMMON_ZIPF:
        return ""
    if not parts:   # a name or jargon, unless it reads as a verb form ("herniated")
        verb = lemminflect.getAllLemmasOOV(word, "VERB").get("VERB", (word,))[0]
        return "" if word.endswith(("ed", "ing")) and verb != word else "noun"
    if parts <= {"NOUN", "PROPN"}:
        return "noun"
    if "VERB" in parts and word not in lemminflect.getAllLemmas(word)["VERB"]:
        return ""   # an inflected verb that is also a noun ("felt", "building"): a verb in questions
    return "maybe" if "NOUN" in parts else ""


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str) -> frozenset:
    """Every lemma the word may have ("headaches": headache), itself included."""
    word = word.lower()
    found = {lemma for lemmas in lemminflect.getAllLemmas(word).values() for lemma in lemmas}
    if not found:   # a name or jargon: its plural read as a noun's ("nootropics": nootropic)
        found = set(lemminflect.getAllLemmasOOV(word, "NOUN").get("NOUN", ()))
    return frozenset(found | {word})


def warm(words) -> None:
    """Read the lemmas of `words` (a topic's vocabulary) ahead of the answers that need them, as
    many as `_lemmas` keeps."""
    for word in list(words)[:_lemmas.cache_info().maxsize]:
        _lemmas(word)


def asking(text: str) -> str:
    """The sentence that asks: the last with a question mark, else the last. What comes before it
    ("my clinic stopped selling it. was it pulled?") is background, not the subject."""
    sentences = [s for s in re.findall(r"[^.?!;\n]+[.?!;\n]*", text) if re.search(r"[A-Za-z]", s)]
    return next((s for s in reversed(sentences) if "?" in s), sentences[-1] if sentences else text)


def _licensed(words: list[str], i: int, names: set, single: bool) -> bool:
    """Whether words[i] may be a noun by its place: after a determiner, possessive, preposition
    or an adjective; or first (a topic's name aside), unless it stands alone and may be an
    adjective ("red itchy bump")."""
    before = words[i - 1] if i else ""
    if not before or before in names:
        return not (single and "ADJ" in lemminflect.getAllLemmas(words[i]))
    return before in NOUN_BEFORE or set(lemminflect.getAllLemmas(before)) == {"ADJ"}


def candidates(text: str, names: set) -> list[list[str]]:
    """The noun runs of the sentence that asks, as typed (lower case), the most topical first
    ("hair loss", "adhd"), each after itself with the adjective before it ("suicidal thoughts").
    `names`: every topic's names. A word after a number is a measure ("3 sprays"); an ambiguous
    word before a particle or an object is a verb ("build up")."""
    words = [matching.plain(w).strip() for w in re.findall(r"[A-Za-z0-9'-]+", asking(text))]
    runs, run = [], []
    for i, word in enumerate(words):
        measured = i > 0 and words[i - 1].isdigit()
        reading = "" if word in names or measured else _reading(word)
        if reading == "maybe" and i + 1 < len(words) and words[i + 1] in VERB_AFTER:
            reading = ""
        if reading:
            run.append((word, reading, i))
            continue
        runs.append(run)
        run = []
    runs.append(run)
    content = [w for w in words if w not in FILLER and w not in names and not w.isdigit()]
    kept = []
    for run in runs:
        # A run opens with a noun or with a maybe-noun where a noun may stand ("my sleep", "new
        # blood vessels", the sentence's start); "raise bdnf" is a verb before a noun. A run that
        # is all the question says ("help sleep?") stands as it is.
        alone = len(content) <= len([x for x in run if x[1] != "joins"])
        while run and (run[0][1] == "joins" or run[0][1] == "maybe" and not alone
                       and not _licensed(words, run[0][2], names, single=len(run) == 1)):
            run = run[1:]
        if any(r != "joins" for _, r, _ in run):
            before = words[run[0][2] - 1] if run[0][2] else ""
            if before.isalpha() and before not in FILLER and before not in names and set(
                    lemminflect.getAllLemmas(before)) == {"ADJ"}:
                kept.append([before] + [w for w, _, _ in run])  # "suicidal thoughts", where the claims say it
            kept.append([w for w, _, _ in run])
    kept.sort(key=lambda r: -max(matching.topicality(w) for w in r))
    return kept


@functools.lru_cache(maxsize=16384)
def _claim_words(claim: str) -> tuple[tuple, tuple]:
    """A claim's words, and the lemmas of each (`_lemmas`, read under the lower-case word, as
    `warm` keeps them): kept per claim text, as every bottom line reads the same matching claims
    again, per tier and per phrase."""
    words = tuple(re.findall(r"[A-Za-z0-9]+", re.sub(r"['’]s\b", "", claim)))
    return words, tuple(_lemmas(word.lower()) for word in words)


def _said(phrase: list[str], claim: str) -> str | None:
    """The phrase as the question typed it, where the claim says it too (the same lemmas, in
    order): in the claim's capitals for an acronym or a name ("ADHD", "Parkinson"); else None."""
    words, lemmas = _claim_words(claim)
    if not phrase:
        return ""
    first = _lemmas(phrase[0])
    # where the phrase may start: the claim's words sharing a lemma with its first word
    for i in range(len(words) - len(phrase) + 1):
        if first.isdisjoint(lemmas[i]):
            continue
        if all(_lemmas(want) & have for want, have in zip(phrase[1:], lemmas[i + 1:i + len(phrase)])):
            typed = words[i:i + len(phrase)]
            return " ".join(have if (have.isupper() and len(have) > 1) or (have[:1].isupper() and i + k > 0) else want
                            for k, (want, have) in enumerate(zip(phrase, typed)))
    return None


def named(runs: list[list[str]], claims_by_source: dict[str, list[str]]) -> str | None:
    """The first run, whole, that every source's claims say, as the question typed it; None when none is."""
    for run in runs:
        forms = [next(filter(None, (_said(run, c) for c in claims)), None) for claims in claims_by_source.values()]
        if claims_by_source and all(forms):
            return forms[0]
    return None
