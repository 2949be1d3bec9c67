"""Demand: what people ask that the ledger cannot answer yet, and topics it lacks.

Open questions are grouped by meaning for curators (`ledger questions SLUG`): each
question is reduced to its content words (the topic's names and filler dropped), embedded
with the matching model (`service.embedding`), and joins the first group whose centroid is
at least GROUP_SIMILARITY similar, oldest question first. "blood pressure?", "what about
blood pressure" and "does it raise blood pressure" become one group asked three times.

Requests for topics the ledger lacks are counted in `topic_requests`, a table outside the
chain: a request is no evidence and no answer is built from it, and a chain per typed name
would let anyone create chains at will.
"""
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from . import embedding, ledger
from .matching import plain, topic_names
from .vocabulary import FILLER

GROUP_SIMILARITY = 0.6  # content-word cosine at which two questions ask the same thing (WordLlama)
NAME = re.compile(r"^[\w][\w .+'-]{0,38}[\w+]$|^\w$")
MAX_NAME_WORDS = 3


@dataclass
class Group:
    label: str
    questions: list = field(default_factory=list)   # question nodes, oldest first

    @property
    def count(self) -> int:
        return len(self.questions)


def content(text: str, names: set) -> str:
    """The words of a question that say what it asks: no filler, no names of the topic."""
    return " ".join(w for w in plain(text).split() if len(w) > 1 and w not in FILLER and w not in names
                    and re.search(r"[a-z]", w))


def group_questions(texts: list[str], names: set = frozenset()) -> tuple[list[list[int]], list[int]]:
    """(groups of positions in `texts`, largest first; positions with no content at all)."""
    words = [content(t, names) for t in texts]
    empty = [i for i, w in enumerate(words) if not w]
    kept = [i for i, w in enumerate(words) if w]
    vectors = embedding.embed([words[i] for i in kept])
    groups, sums = [], []
    for row, position in enumerate(kept):
        vector = vectors[row]
        if sums:
            centroids = np.asarray(sums)
            centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-9)
            best = int(np.argmax(centroids @ vector))
            if float(centroids[best] @ vector) >= GROUP_SIMILARITY:
                groups[best].append(position)
                sums[best] = sums[best] + vector
                continue
        groups.append([position])
        sums.append(vector.copy())
    order = sorted(range(len(groups)), key=lambda g: (-len(groups[g]), groups[g][0]))
    return [groups[g] for g in order], empty


def open_question_groups(db, slug: str) -> tuple[list[Group], int]:
    """(open questions of `slug` grouped by meaning, most asked first; messages with no question in them)."""
    topic = ledger.require_topic(db, slug)
    open_nodes = [q for q in ledger.questions(db, slug) if not q["matches"]]
    names = topic_names(topic)
    groups, empty = group_questions([q["text"] for q in open_nodes], names)
    shown = []
    for positions in groups:
        nodes = [open_nodes[p] for p in positions]
        shown.append(Group(label([n["text"] for n in nodes], names), nodes))
    return shown, len(empty)


def label(texts: list[str], names: set = frozenset()) -> str:
    """What a group of questions asks, in its commonest words ("blood pressure"), the shortest
    when there is a tie; empty when none has content."""
    said = Counter(words for words in (content(t, names) for t in texts) if words)
    return min(said, key=lambda w: (-said[w], len(w))) if said else ""


# --- topics the ledger lacks ---------------------------------------------------------

def plausible_name(typed: str) -> bool:
    """A typed slug that could name a compound ("xyzal", "new peptide 7"), not a sentence."""
    typed = typed.strip()
    return bool(NAME.match(typed)) and len(typed.split()) <= MAX_NAME_WORDS and bool(re.search(r"[^\W\d_]", typed))


def count_request(db, typed: str, asker: str | None) -> int:
    """Count one request for a topic the ledger lacks; how often it has been asked for."""
    name = " ".join(typed.lower().split())
    db.conn.execute("INSERT INTO topic_requests (name, asker, asked_at) VALUES (?, ?, ?)",
                    [name, asker, datetime.now(timezone.utc).isoformat(timespec="seconds")])
    return db.conn.execute("SELECT count(*) FROM topic_requests WHERE name = ?", [name]).fetchone()[0]


def requests(db) -> list[dict]:
    """Topics asked for that the ledger still lacks, most asked first: name, asks, askers, last."""
    known = {name.lower() for t in ledger.list_topics(db) for name in [t["slug"], t["name"], *(t["aliases"] or [])]}
    rows = db.conn.execute("SELECT name, count(*), count(DISTINCT asker), max(asked_at) FROM topic_requests"
                           " GROUP BY name ORDER BY count(*) DESC, name").fetchall()
    return [{"name": n, "asks": asks, "askers": askers, "last": last} for n, asks, askers, last in rows
            if n not in known]
