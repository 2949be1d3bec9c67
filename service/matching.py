"""Which claims answer a question, and when nothing does.

Full-text ranking (SQLite FTS5, BM25, Porter stemming) finds candidates;
rapidfuzz mends typos against the ledger's own words; the table in
`vocabulary` bridges the words people text and the words claims use.

A question becomes a few *concepts* (a synonym row, or a content word). Each
concept is weighted by how rare it is in the topic (an unknown word weighs
most: it is what the ledger does not cover). A claim's coverage is the share
of the question's weight it matches; at or below MIN_COVERAGE (half of it) it is not an answer,
so "does it help with weight loss" matches nothing rather than a claim about
hair loss.
"""
import functools
import math
import re
import unicodedata
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from spellchecker import SpellChecker

from . import ledger
from .db import INDEX_FORMAT, INDEX_ROWS, index_is_current
from .vocabulary import (ADVERSE_REPORT, AGES, BENEFIT_REPORT, CAUSE_ASK, CHAT_SPELLINGS, EXCLUSION, HARM_ASK, INTENSIFIERS, OVERVIEW_TERMS, OVERVIEW_TRIGGER, PERSONAL_WORDS,
                         COMPARATOR, SKEPTIC_TAIL, TIME_CONTEXT, SUBJECT_WORDS, STOPWORDS, SYNONYMS, TREATMENT_ASK, VAGUE_WORDS)

FILLER = STOPWORDS | VAGUE_WORDS | PERSONAL_WORDS

MIN_COVERAGE = 0.5
AUTO_PENALTY = 0.85  # auto-generated claims rank below curated ones that match as well
TIER_RANK = {"human": 0, "preclinical": 1, "published": 2, "anecdote": 3}
FUZZY_CUTOFF = 85
COMMON_ZIPF, RARE_ZIPF = 5.0, 4.0  # an unknown word this common is filler; this rare, a topic
KNOWN_FLOOR = 0.25  # a word the ledger uses counts at least this much, however common in English
TOPICAL = 0.5       # an answer must match at least one concept this specific, not only everyday words
COMPARED = 0.5      # how much a word the ledger lacks counts when it is what Semax is compared with
BACKGROUND = 0.5    # how much a word the ledger lacks counts when only a message's background names it

_TRIGGERS = sorted({(trigger.replace("-", " "), terms) for triggers, terms in SYNONYMS for trigger in triggers},
                   key=lambda pair: (-len(pair[0]), pair[0]))
_TRIGGER_WORDS = frozenset(word for trigger, _ in _TRIGGERS for word in trigger.split())


@dataclass(frozen=True)
class Concept:
    words: str            # what the person wrote (after typo repair)
    terms: tuple          # what is searched for
    scale: float = 1.0    # how much an unmatched concept counts (see `topicality`)


@dataclass
class Match:
    claim_id: str
    source: str
    tier: str
    text: str
    auto: bool
    score: float
    coverage: float
    terms: tuple = ()     # the search terms of the concepts this claim matched (for excerpts)

    def as_dict(self) -> dict:
        return {"source": self.source, "tier": self.tier, "claim": self.text, "claim_id": self.claim_id,
                "score": round(self.score, 4), "auto_generated": self.auto}


# --- the index -----------------------------------------------------------

def rebuild_index(db, topic: str) -> None:
    """Throw the topic's search index away and build it again from the claims."""
    db.conn.execute("DELETE FROM claim_search WHERE topic = ?", [topic])
    db.conn.execute("DELETE FROM settings WHERE key = ?", [f"indexed:{topic}"])
    ensure_index(db, topic)


def ensure_index(db, topic: str) -> None:
    """Bring the search index (`claim_search`, derived, see db.SCHEMA) up to the topic's chain.

    The ledger only grows, so only claims written after the last indexed entry are added.
    """
    conn = db.conn
    key = f"indexed:{topic}"
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row and int(row[0]) >= ledger.head(db, topic)[0] and index_is_current(db):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not index_is_current(db):  # written by an older version: start again, every topic
            conn.execute("DELETE FROM claim_search")
            conn.execute("DELETE FROM settings WHERE key LIKE 'indexed:%'")
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('index_format', ?)", [INDEX_FORMAT])
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        done = int(row[0]) if row else 0
        count, _ = ledger.head(db, topic)
        conn.execute("INSERT INTO claim_search (claim_id, text, context, topic) "
                     f"SELECT id, text, context, topic FROM ({INDEX_ROWS})", [topic, done])
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, str(count)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# --- understanding the question -------------------------------------------

def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"\d+(\.\d+)?\s*%", " concentration ", text)  # "0.1% or 1%?" asks which concentration
    text = re.sub(r"(\d)([a-z])", r"\1 \2", text)  # "5pm", "30mg": a number and its unit
    return re.sub(r"[^a-z0-9' ]+", " ", text)  # hyphens too: "na-semax" is "na semax"


def _fts_terms(terms) -> str:
    return " OR ".join(t if t.startswith('"') else '"' + t.replace('"', "") + '"' for t in terms)


def _df(db, topic: str, terms) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM claim_search WHERE claim_search MATCH ? AND topic = ?", [_fts_terms(terms), topic]
    ).fetchone()[0]


def _vocabulary(db, topic: str) -> list[str]:
    rows = db.conn.execute("SELECT text || ' ' || context FROM claim_search WHERE topic = ?", [topic])
    words = {w for (text,) in rows for w in re.findall(r"[a-z][a-z0-9]{3,}", text.lower())}
    words.update(t for t, _ in _TRIGGERS if " " not in t)
    return sorted(words)


@functools.cache
def _english():
    return SpellChecker(distance=1)


def topicality(word: str) -> float:
    """How much an unknown word names a topic (1.0) rather than filling a sentence (0.0).

    Judged by how common the word is in English (pyspellchecker's frequency
    list): "stuff", "keep", "weird" are everyday words that a question wraps
    around its topic; "testosterone", "kidney", "acne" name one. Words in no
    dictionary count fully: they are names, jargon or typos we could not mend.
    Numbers alone never name a topic; a population or a substance ("dog", "coffee") always does.
    """
    if word in SUBJECT_WORDS:
        return 1.0
    if word.isdigit():
        return 0.0
    english = _english()
    count = english.word_frequency[word]
    if not count:
        return 1.0
    zipf = math.log10(count / english.word_frequency.total_words * 1e9)
    return min(1.0, max(0.0, (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)))


def _mend(db, topic: str, text: str) -> str:
    """Mend typos word by word, against the ledger's own words first, then English.

    Only words that are in no dictionary, not in the ledger and no trigger of
    the vocabulary are touched: "migrane" becomes "migraine", "workin"
    becomes "working", "blood" stays "blood".
    """
    vocabulary = []

    def mend(match):
        word = match.group(0)
        if (len(word) < 4 or word in FILLER or word in _TRIGGER_WORDS
                or _english().word_frequency[word] or _df(db, topic, [word])):
            return word
        if not vocabulary:
            vocabulary.extend(_vocabulary(db, topic))
        best = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best:
            return best[0]
        corrected = _english().correction(word)
        # A rare "correction" ("covid" -> "covin") only trades one unknown word for another.
        return corrected if corrected and topicality(corrected) < 1 else word

    return re.sub(r"[a-z][a-z0-9]*", mend, text)


def _suffixes(trigger: str) -> str:
    """Endings a trigger may take: "numb" matches "numbness", "stack" matches "stacking"; short words
    only take a plural, so "rat" never matches "rating" (and no "-ly": "lately" is not "late")."""
    return r"(?:s|es|ed|ing|ness)?" if len(trigger.rsplit(" ", 1)[-1]) >= 4 else r"(?:s|es)?"


@functools.cache
def _trigger_patterns() -> list:
    """The vocabulary's triggers, longest first, compiled once (there are more than `re` caches)."""
    return [(trigger, terms, re.compile(rf"(?<![a-z0-9]){re.escape(trigger)}{_suffixes(trigger)}(?![a-z0-9])"))
            for trigger, terms in _TRIGGERS]


def _content_words(text: str, topic_words) -> list:
    """The question's words left after the vocabulary's triggers, in order; None where a phrase breaks."""
    words = []
    for token in re.findall(r"[a-z0-9][a-z0-9']*|\|", text):
        word = token.strip("'")
        filler = len(word) < 2 or word in FILLER or word in topic_words
        words.append(None if token == "|" or filler else word)
    return words


def _ages(text: str) -> str:
    """"my 10 year old" is a child, "a 74 yo" an older person: who the question is about."""
    def who(match):
        age = int(match.group(1))
        return " " + next(word for limit, word in AGES if age < limit) + " "
    text = re.sub(r"(?<![0-9])([0-9]{1,3}) (?:year|years|yo)(?: old)?(?![a-z])", who, text)
    # "im 70 and getting forgetful" (but not "im 10 days in")
    return re.sub(r"(?<![a-z])(?:im|i m|i am|aged?) ([0-9]{2,3})(?![0-9])(?! (?:days?|weeks?|months?|hours?|mins?"
                  r"|minutes?|mg|mcg|ml|percent|lbs?|kg|pounds?)\b)", who, text)


def _subject(db, topic: str, question: str, wanted: list[Concept], topic_words) -> int | None:
    """The concept a question is about when it names something other than Semax as its subject.

    "does selank make your hair fall out" asks about Selank: a claim must name it.
    """
    match = re.match(r"\s*(?:does|do|did|can|could|will|would|is|are|has|have)\s+(([a-z0-9]+).*)", _plain(question))
    if not match or match.group(2) in FILLER or match.group(2) in topic_words or not topicality(match.group(2)):
        return None
    named = next((c for c in concepts(db, topic, match.group(1), topic_words)
                  if c.words.split()[0] == match.group(2)), None)
    return next((i for i, c in enumerate(wanted) if named and c.terms == named.terms), None)


def concepts(db, topic: str, question: str, topic_words=()) -> list[Concept]:
    """Split a question into concepts.

    Typos are mended, then synonym rows matched (the longest trigger wins, a
    plural too), then the content words left over. A word the ledger never
    uses is kept as an unmatched concept weighted by its topicality; next to
    a word the ledger only uses in a compound it makes a compound the ledger
    lacks ("weight loss" is not "hair loss").
    """
    spelled = _ages(" ".join(CHAT_SPELLINGS.get(w, w) for w in _plain(question).split()))
    words = [w for w in _mend(db, topic, spelled).split() if w not in INTENSIFIERS]
    text = re.sub(SKEPTIC_TAIL, " ", " " + " ".join(words) + " ")
    text = re.sub(TIME_CONTEXT, " | ", text)
    text = re.sub(EXCLUSION, " | ", text)
    compared = set(re.findall(COMPARATOR, text))
    found = []

    def add(concept):
        if all(c.terms != concept.terms for c in found):
            found.append(concept)

    for trigger, terms, pattern in _trigger_patterns():
        if pattern.search(text):
            add(Concept(trigger, terms))
            text = pattern.sub(" | ", text)
    words = _content_words(text, topic_words)
    known = {w: bool(_df(db, topic, [w])) for w in words if w}
    skip = False
    for word, following in zip(words, words[1:] + [None]):
        if skip or word is None:
            skip = False
            continue
        if following and known[word] != known[following]:
            head, other = (word, following) if known[word] else (following, word)
            side = "after" if head == word else "before"
            if topicality(other) >= TOPICAL and _always_compounded(db, topic, head, side):
                add(Concept(f"{word} {following}", (f'"{word} {following}"',), 1.0))
                skip = True
                continue
        scale = max(topicality(word), KNOWN_FLOOR) if known[word] else topicality(word)
        if word in compared and not known[word]:
            scale *= COMPARED
        add(Concept(word, (word,), scale))
    for amount in _amounts(db, topic, question):
        add(amount)
    if not found and re.search(OVERVIEW_TRIGGER, text):
        found.append(Concept("overview", OVERVIEW_TERMS))
    return [c for c in found if c.scale > 0]


def _amounts(db, topic: str, question: str) -> list[Concept]:
    """Amounts the ledger names ("400mcg 4 days a week", "1mg subq"): the report that names one is the answer.

    Numbers alone never name a topic, and an amount the ledger lacks ("is 5mg too much")
    adds nothing; one it holds is as specific as a rare word.
    """
    amounts = []
    for number, unit in re.findall(r"(?<![\w.])(\d+(?:\.\d+)?) ?(mcg|mg|ug|ml)(?![a-z])", question.lower()):
        terms = (f"{number}{unit}", f'"{number} {unit}"')
        if _df(db, topic, terms):
            amounts.append(Concept(f"{number}{unit}", terms))
    return amounts


def _always_compounded(db, topic: str, word: str, side: str) -> bool:
    """Does the ledger use `word` only with another content word on `side` ("loss" only in "hair loss")?"""
    texts = db.conn.execute("SELECT text || ' . ' || context FROM claim_search WHERE claim_search MATCH ? AND topic = ?",
                            [_fts_terms([word]), topic]).fetchall()
    stem = re.escape(word[:max(4, len(word) - 2)])
    # Only a space or a hyphen joins a compound: "for compounding, benefits" is two phrases.
    neighbour = (r"([a-z0-9]+)[\s-]+" + stem + r"[a-z]*\b" if side == "before"
                 else r"\b" + stem + r"[a-z]*[\s-]+([a-z0-9]+)")
    found = False
    for (text,) in texts:
        for match in re.finditer(neighbour, text.lower()):
            found = True
            if match.group(1) in STOPWORDS:
                return False
    return found


def asks_about_dose(question: str) -> bool:
    """Does the question ask how much to take? (The reply then says it gives no dosing advice.)"""
    return bool(re.search(r"(?<![a-z])(dose|doses|dosage|dosing|how much|how many|mg|mcg|protocol)(?![a-z])",
                          _plain(question)))


def _wrong_stance(question: str):
    """Which claims answer the opposite of what the question asks, as a test on a claim's text, or None.

    "can it cure migraines" is not answered by "only migraine reported" (a harm), nor
    "can it trigger seizures" by "improved memory after seizures" (a benefit).
    """
    plain = _plain(question)
    treats, harms = re.search(TREATMENT_ASK, plain), re.search(HARM_ASK, plain)
    if treats and not harms:
        return lambda text: re.search(ADVERSE_REPORT, text)
    if re.search(CAUSE_ASK, plain) and not treats:
        return lambda text: re.search(BENEFIT_REPORT, text) and not re.search(ADVERSE_REPORT, text)
    return None


# --- ranking ---------------------------------------------------------------

def _foreground(db, topic: str, question: str, topic_words, wanted: list[Concept]) -> list[Concept]:
    """Words the ledger lacks count for less when only the background of a message names them.

    "my dad had a stroke last yr and his neurologist never heard of this. is there any
    proof it helps stroke ppl": the question is the sentence that asks (one with a "?",
    else the last that names anything); the sentences around it are its background. What
    the background names that the ledger holds ("my nan has alzheimers. will it help her
    memory?") still counts in full: it is often what the question is about.
    """
    sentences = [s for s in re.split(r"(?<=[!?;\n])|(?<=\.)(?=\s)", question) if s.strip()]
    if len(sentences) < 2:
        return wanted
    named = [(s, {c.terms for c in concepts(db, topic, s, topic_words)}) for s in sentences]
    named = [(s, terms) for s, terms in named if terms]
    asking = [terms for s, terms in named if "?" in s] or [terms for _, terms in named[-1:]]
    foreground = set().union(*asking)
    if not foreground or len(named) < 2:
        return wanted
    return [replace(c, scale=c.scale * BACKGROUND) if c.terms not in foreground and not _df(db, topic, c.terms) else c
            for c in wanted]


def _alternatives(db, topic: str, question: str, topic_words, wanted: list[Concept]) -> list[tuple[set, set]]:
    """(concepts, of which one must match) a claim may cover instead of the whole question.

    "will it calm my anxiety or make me jittery" is answered by a claim about either;
    each side of an "or" keeps the concepts the other side does not name alone, and a
    claim must match one that is its own (not only "nasal" in "does the nasal spray burn
    or sting"). A claim that covers both still scores higher (the score is over the whole
    question).
    """
    everything = set(range(len(wanted)))
    if not re.search(r"(?<![a-z])or(?![a-z])", _plain(question)):
        return [(everything, everything)]
    sides = [concepts(db, topic, side, topic_words) for side in re.split(r"(?<![a-z])or(?![a-z])", _plain(question))]
    sides = [{c.terms for c in side} for side in sides if side]
    if len(sides) < 2:
        return [(everything, everything)]
    named = [{i for i, c in enumerate(wanted) if c.terms in side} for side in sides]
    others = [set().union(*(named[:k] + named[k + 1:])) for k in range(len(named))]
    own = [named[k] - others[k] for k in range(len(named))]
    if not all(own):
        return [(everything, everything)]
    return [(everything - (others[k] - named[k]), own[k]) for k in range(len(named))]


def _cap_unknown(weights: list[float], hits: list[dict], among) -> list[float]:
    """The weights of the concepts `among`, where words the ledger never uses weigh, together,
    as much as the heaviest of them.

    One missing subject ("testosterone") should outweigh what the ledger holds;
    a long message's asides ("in march", "coincidence?") should not add up to more.
    Each side of an "or" is capped on its own: in "mix it with caffeine or coffee"
    each drink is a whole missing subject for the side that names it.
    """
    capped = [weights[i] for i in among]
    unknown = [k for k, i in enumerate(among) if not hits[i]]
    if len(unknown) > 1:
        share = max(capped[k] for k in unknown) / sum(capped[k] for k in unknown)
        for k in unknown:
            capped[k] *= share
    return capped


def search(db, topic: str, question: str, limit: int = 10) -> tuple[list[Match], list[Match]]:
    """(best claim per source, ranked, at most `limit`; every claim that answers)."""
    ensure_index(db, topic)
    info = ledger.get_topic(db, topic) or {}
    topic_words = {w for name in (topic, info.get("name", "")) for w in _plain(name).split()}
    wanted = _foreground(db, topic, question, topic_words, concepts(db, topic, question, topic_words))
    if not wanted:
        return [], []
    total = db.conn.execute("SELECT count(*) FROM claim_search WHERE topic = ?", [topic]).fetchone()[0]
    raw_weights, hits = [], []
    for concept in wanted:
        rows = db.conn.execute(
            "SELECT claim_id, -bm25(claim_search, 1.0, 0.4) FROM claim_search"
            " WHERE claim_search MATCH ? AND topic = ?", [_fts_terms(concept.terms), topic]).fetchall()
        in_text = db.conn.execute("SELECT count(*) FROM claim_search WHERE claim_search MATCH ? AND topic = ?",
                                  ["text : (" + _fts_terms(concept.terms) + ")", topic]).fetchone()[0]
        raw_weights.append((math.log((total + 1) / (in_text + 1)) + 1) * concept.scale)
        best = max((r[1] for r in rows), default=1.0) or 1.0
        hits.append({claim_id: 0.5 + 0.5 * max(rank, 0) / best for claim_id, rank in rows})
    weights = _cap_unknown(raw_weights, hits, range(len(wanted)))
    weight_sum = sum(weights)
    alternatives = [(side, own, dict(zip(sorted(side), _cap_unknown(raw_weights, hits, sorted(side)))))
                    for side, own in _alternatives(db, topic, question, topic_words, wanted)]
    candidates = set().union(*hits)
    if not candidates:
        return [], []
    by_id = {c["id"]: c for c in ledger.claims(db, topic, ids=candidates)}
    wrong_stance = _wrong_stance(question)
    subject = _subject(db, topic, question, wanted, topic_words)
    excluded = [rf"(?<![a-z0-9]){re.escape(word)}" for word in re.findall(EXCLUSION, _plain(question))]
    matches = []
    for claim_id, claim in by_id.items():
        text = claim["text"].lower()
        if (wrong_stance and wrong_stance(text) or any(re.search(w, text) for w in excluded)
                or subject is not None and claim_id not in hits[subject]):
            continue
        covered = max((sum(w for i, w in side_weights.items() if claim_id in hits[i]) / sum(side_weights.values())
                       for side, own, side_weights in alternatives if any(claim_id in hits[i] for i in own)), default=0)
        specific = any(claim_id in h and c.scale >= TOPICAL for c, h in zip(wanted, hits))
        if covered <= MIN_COVERAGE or not specific:
            continue
        score = sum(w * h[claim_id] for w, h in zip(weights, hits) if claim_id in h) / weight_sum
        if claim["auto"]:
            score *= AUTO_PENALTY
        terms = tuple(t.strip('"') for c, h in zip(wanted, hits) if claim_id in h for t in c.terms)
        matches.append(Match(claim_id, claim["source"], claim["tier"], claim["text"], claim["auto"], score, covered,
                             terms))
    matches.sort(key=lambda m: (-round(m.score, 6), TIER_RANK.get(m.tier, 9), int(m.claim_id[1:])))
    ranked, seen = [], set()
    for match in matches:
        if match.source not in seen:
            seen.add(match.source)
            ranked.append(match)
    return ranked[:limit], matches
