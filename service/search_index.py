"""The derived search data: a full-text row and an embedding for every claim.

Both are written in the same transaction as the claims they index (`add`, called
by the ledger's one writer), rebuilt by `ledger reindex` (`rebuild`) and checked by
`ledger verify` (`problem`). Answering reads them and never embeds the corpus.

A claim's indexed text is the claim; its *context* is its source's title, platform
and summary as a curator wrote them. A pasted claim's context is only its platform:
a paste's title and summary are guessed from its own first lines, and would make
every claim of a long article match what its opening says. A claim's context ends with
its section as the curator named it ("legal", "interactions", "forms_of_use" as "forms of
use"): a label of what it is about that its own words may not say ("is it fda approved" is
answered by "not approved for any use", filed under legal). A section people ask after in
other words (`vocabulary.SECTION_WORDS`: "is it safe?") gives those words instead.

Readers keep each topic's vectors and vocabulary in memory (`topic_index`), keyed
by the index's version, so a new claim costs one incremental load, not a reload.
"""
import itertools
import json
import os
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from . import ann, embedding, formats, tally
from .text import american, full_text_stem, stems_held
from .vocabulary import SECTION_WORDS, solvents_apart, spelled_out

# Bump when what is indexed changes: an index in an older format is rebuilt on open.
INDEX_FORMAT = f"8/{embedding.MODEL}"
# A topic's full-text rows have rowids (topic key << KEY_BITS) + the claim's entry, so a
# search reads only its topic's rows (an FTS5 rowid range) while BM25's statistics stay
# those of the whole table, as before the table was partitioned.
KEY_BITS = 40
REBUILD_BATCH = 5000  # claims embedded at a time by `rebuild`
LOAD_BATCH = 20000    # rows read at a time into a reader's memory (`topic_index`)
SPELLED_OUT_KEPT = 30  # claims kept per acronym they spell out, candidates for a question that uses it

# What a claim's full-text context is, from its source `s` and the claim `c` (see the module docstring).
_CONTEXT = f"""CASE WHEN s.auto THEN coalesce(s.platform, '') ELSE
       coalesce(s.title, '') || ' ' || coalesce(s.platform, '') || ' ' ||
       CASE WHEN s.summary = c.text THEN '' ELSE coalesce(s.summary, '') END END
       || CASE c.section {" ".join(f"WHEN '{name}' THEN ' {words}'" for name, words in SECTION_WORDS.items())}
          ELSE ' ' || replace(coalesce(c.section, ''), '_', ' ') END"""
_ROWS = f"""
SELECT c.id, c.text, {_CONTEXT} AS context, c.entry
FROM claims c JOIN sources s ON s.topic = c.topic AND s.id = c.source
WHERE c.topic = ?
"""


def _rows(conn, topic: str, ids=None):
    if ids is None:
        return conn.execute(_ROWS + " ORDER BY c.entry", [topic]).fetchall()
    return conn.execute(_ROWS + " AND c.id IN (SELECT value FROM json_each(?)) ORDER BY c.entry",
                        [topic, json.dumps(list(ids))]).fetchall()


def embedded_text(text: str, context: str) -> str:
    """What a claim's vector is made from: the claim, then its source's words."""
    return f"{text} {context}".strip()


def topic_range(conn, topic: str, create: bool = False) -> tuple[int, int] | None:
    """(first, last) full-text rowid of `topic`'s rows; None for a topic never indexed (unless
    `create`, which gives it the next key)."""
    row = conn.execute("SELECT key FROM topic_keys WHERE slug = ?", [topic]).fetchone()
    if row is None:
        if not create:
            return None
        row = conn.execute("SELECT coalesce(max(key), 0) + 1 FROM topic_keys").fetchone()
        conn.execute("INSERT INTO topic_keys (slug, key) VALUES (?, ?)", [topic, row[0]])
    return row[0] << KEY_BITS, ((row[0] + 1) << KEY_BITS) - 1


def add(conn, topic: str, claim_ids) -> None:
    """Index claims just written (inside the writer's transaction)."""
    rows = _rows(conn, topic, claim_ids)
    if not rows:
        return
    first, _ = topic_range(conn, topic, create=True)
    conn.executemany("INSERT INTO claim_search (rowid, claim_id, text, context, topic) VALUES (?, ?, ?, ?, ?)",
                     [(first + entry, cid, text, context, topic) for cid, text, context, entry in rows])
    vectors = embedding.embed([embedded_text(text, context) for _, text, context, _ in rows])
    conn.executemany("INSERT INTO claim_vectors (topic, claim_id, vector) VALUES (?, ?, ?)",
                     [(topic, row[0], embedding.to_blob(v)) for row, v in zip(rows, vectors)])


def rebuild(db, topic: str) -> None:
    """Throw the topic's index away and build it again from its claims, in one transaction; then
    its approximate index file, when the topic is large enough to have one."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        _rebuild(conn, topic)
        compact(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    approximate(db, [topic], fresh=True)


def approximate(db, topics=None, fresh: bool = False) -> list[str]:
    """Build (`fresh`) or bring up to date the approximate index file of each topic (all by
    default) with at least `ann.MIN_CLAIMS` claims, using every core, and wait for it. Returns
    the topics whose file was written. (Workers do this themselves in the background when a file is
    missing or behind; `ledger reindex` and `service.build` do it before anyone answers.)"""
    conn = db.conn
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return []
    done = []
    for topic in topics or [row[0] for row in conn.execute("SELECT slug FROM topic_keys ORDER BY key")]:
        span = topic_range(conn, topic)
        (count,) = conn.execute("SELECT count(*) FROM claim_vectors WHERE topic = ?", [topic]).fetchone()
        if span is not None and count >= ann.MIN_CLAIMS and ann.build(path, topic, span[0] >> KEY_BITS, fresh=fresh):
            done.append(topic)
    return done


def _rebuild(conn, topic: str) -> None:
    conn.execute("DELETE FROM claim_search WHERE topic = ?", [topic])
    conn.execute("DELETE FROM claim_vectors WHERE topic = ?", [topic])
    ids = [row[0] for row in conn.execute("SELECT id FROM claims WHERE topic = ? ORDER BY entry", [topic])]
    for start in range(0, len(ids), REBUILD_BATCH):  # memory stays flat at any size
        add(conn, topic, ids[start:start + REBUILD_BATCH])
    tally.rebuild(conn, topic)  # the other derived rows answers read, recounted with the index


def ensure_current(db) -> None:
    """Rebuild every topic's index when it was made in another format or by another model."""
    formats.rebuild_once(db.conn, "index_format", INDEX_FORMAT, _reindex_all)


def _reindex_all(conn) -> None:
    conn.execute("DELETE FROM claim_search")
    conn.execute("DELETE FROM claim_vectors")
    for (topic,) in conn.execute("SELECT DISTINCT topic FROM claims").fetchall():
        _rebuild(conn, topic)
    compact(conn)


def compact(conn) -> None:
    """Merge the full-text index into one segment (FTS5's 'optimize'), once a ledger is built or
    reindexed. Written a batch at a time, it is dozens of segments, and a query looks each word
    up in every one of them and merges what they hold: at 100k claims a query took 1.39 ms
    before, 1.14 ms after (0.6 s to merge; nothing when it is one segment already). The rows and
    BM25's statistics are the same, so are the rankings. Claims written since are merged by
    FTS5 as it goes (automerge), a few segments per size."""
    conn.execute("INSERT INTO claim_search (claim_search) VALUES ('optimize')")


def problem(db, topic: str, since: int = 0, vectors: bool = True, scan: bool = False,
            ready=None) -> tuple[str, str] | None:
    """(claim id, what is wrong) for the first claim whose index rows differ from what it
    would be indexed as now, or None. Vectors are recomputed and compared (unless not
    `vectors`); with `since`, only claims of entries after it. With `scan` (the topic holds most
    of the ledger) its claims are read by scanning the table, not through the topic's index at
    random.

    The rows are compared in SQL, one pass in entry order that hands Python three integers a
    claim (`_unlike`): every claim must have its full-text row at its own rowid (topic key and
    entry) holding its id, text and context as `add` would write them now, and one vector row,
    their rowids rising with the entries (the writer and `rebuild` insert them in entry order);
    then neither index may hold more rows than that. Only the recomputed embeddings stream the
    claims' texts and stored vectors, a batch at a time. Memory does not grow with the ledger.

    `ready`, when given, is called once SQLite has made the pass (sorting every claim's integer
    into entry order) and before Python reads them: `chain.verify` returns only once its walk is
    done. A thread reading a million rows takes Python's lock back after every row; beside the
    walk, which takes it back after every entry, both waited on it at each row (27,000 context
    switches, 1.7 CPU seconds more at 1M).
    """
    conn = db.conn
    first, last = topic_range(conn, topic) or (0, -1)
    stray = conn.execute(f"SELECT c3 FROM {_CONTENT} WHERE id < ? AND c2 = ? UNION ALL"
                         f" SELECT c3 FROM {_CONTENT} WHERE id > ? AND c2 = ? LIMIT 1",
                         [first, topic, last, topic]).fetchone()
    if stray:
        return stray[0], "the search index holds a row no claim has"
    found, claims, first_vector = _unlike(conn, topic, since, first, scan, ready)
    if found:
        return found
    (held,) = conn.execute(f"SELECT count(*) FROM {_CONTENT} WHERE id BETWEEN ? AND ?", [first + since + 1, last]).fetchone()
    if held != claims:
        extra = conn.execute(f"SELECT c3 FROM {_CONTENT} WHERE id BETWEEN ? AND ? AND id - ? NOT IN"
                             " (SELECT entry FROM claims WHERE topic = ? AND entry > ?) LIMIT 1",
                             [first + since + 1, last, first, topic, since]).fetchone()
        return (extra[0] if extra else None), "the search index holds a row no claim has"
    if first_vector is None:
        return None
    (held,) = conn.execute("SELECT count(*) FROM claim_vectors WHERE topic = ? AND rowid >= ?",
                           [topic, first_vector]).fetchone()
    if held != claims:
        extra = conn.execute("SELECT claim_id FROM claim_vectors WHERE topic = ? AND rowid >= ? AND claim_id NOT IN"
                             " (SELECT id FROM claims WHERE topic = ? AND entry > ?) LIMIT 1",
                             [topic, first_vector, topic, since]).fetchone()
        return (extra[0] if extra else None), f"the embedding index does not match the claims (at {extra[0] if extra else '?'})"
    return _stale_vector(conn, topic, since, first_vector, scan) if vectors else None


_CONTENT = "claim_search_content"  # FTS5's own table of what `claim_search` holds (c0 text, c1 context, c2 topic, c3 claim_id)


def _unlike(conn, topic: str, since: int, first: int, scan: bool, ready=None) -> tuple[tuple | None, int, int | None]:
    """(claim id and problem for the first claim after `since`, in entry order, whose full-text row
    is missing or not as written, or whose vector row is missing or out of order; how many claims
    there are; the rowid of the first claim's vector row). A full-text row is read by its rowid
    from the FTS table's content, as the FTS table itself returns it.

    The pass hands Python one integer a claim: its vector row's rowid, -1 for none, -2 for a
    full-text row not as written. Every claim is as it should be when these rise, as -1 and -2
    never rise above what came before; the first that does not is named by `_named`. (One
    integer a row costs a million claims 0.4 s less CPU than the three it would take to name
    the claim on the way.)"""
    params = {"first": first, "topic": topic, "since": since}
    cursor = conn.execute(f"SELECT CASE WHEN {_NOT_AS_WRITTEN} THEN -2 ELSE coalesce(v.rowid, -1) END"
                          f" {_claims_indexed(scan)}", params)
    if ready is not None:
        ready()
    claims, previous, first_vector = 0, -1, None
    while batch := cursor.fetchmany(_CHECK_BATCH):
        rowids = np.fromiter(itertools.chain.from_iterable(batch), dtype=np.int64, count=len(batch))
        if first_vector is None:
            first_vector = int(rowids[0])
        unordered = np.flatnonzero(rowids <= np.concatenate(([previous], rowids[:-1])))
        if unordered.size:
            return _named(conn, scan, params, claims + int(unordered[0])), claims, first_vector
        previous, claims = int(rowids[-1]), claims + len(batch)
    return None, claims, first_vector


_NOT_AS_WRITTEN = f"s.id IS NULL OR f.c3 IS NOT c.id OR f.c0 IS NOT c.text OR f.c1 IS NOT ({_CONTEXT})"


def _claims_indexed(scan: bool) -> str:
    """FROM the claims of :topic after :since beside their source, full-text row and vector row,
    in entry order (`scan`: see `problem`)."""
    return (f"FROM claims c LEFT JOIN sources s ON s.topic = c.topic AND s.id = c.source"
            f" LEFT JOIN {_CONTENT} f ON f.id = :first + c.entry"
            f" LEFT JOIN claim_vectors v ON v.topic = c.topic AND v.claim_id = c.id"
            f" WHERE {'+c.topic' if scan else 'c.topic'} = :topic AND c.entry > :since ORDER BY c.entry")


def _named(conn, scan: bool, params: dict, position: int) -> tuple[str, str]:
    """(claim id, problem) for the claim `_unlike` found unlike its index rows, at `position` (0
    for the first after :since) in entry order."""
    claim_id, unwritten = conn.execute(
        f"SELECT c.id, {_NOT_AS_WRITTEN} {_claims_indexed(scan)} LIMIT 1 OFFSET :position",
        {**params, "position": position}).fetchone()
    return claim_id, (f"the search index does not hold claim {claim_id} as written" if unwritten
                      else f"the embedding index does not match the claims (at {claim_id})")


_CHECK_BATCH = 65536


def _stale_vector(conn, topic: str, since: int, first_vector: int, scan: bool) -> tuple[str, str] | None:
    """The first claim after `since` whose stored vector is not its text's embedding now. The
    rows are known to pair up (`_unlike`): claims in entry order beside vector rows in rowid order."""
    rows = _ROWS.replace("WHERE c.topic = ?", "WHERE +c.topic = ?") if scan else _ROWS
    claims = conn.execute(rows + " AND c.entry > ? ORDER BY c.entry", [topic, since])
    vector_rows = conn.execute("SELECT vector FROM claim_vectors WHERE topic = ? AND rowid >= ? ORDER BY rowid",
                               [topic, first_vector])
    while batch := claims.fetchmany(2048):
        stored = vector_rows.fetchmany(len(batch))
        fresh = embedding.embed([embedded_text(text, context) for _, text, context, _ in batch])
        kept = embedding.from_blobs([blob for (blob,) in stored])
        bad = np.flatnonzero(np.abs(fresh - kept).max(axis=1) > 1e-4)
        if bad.size:
            return batch[bad[0]][0], f"the embedding of claim {batch[bad[0]][0]} does not match its text"
    return None


# --- what readers keep in memory --------------------------------------------

CAPITALS = re.compile(r"\b[A-Z]{2,6}s?\b")  # "WHO", and an acronym's plural ("AGEs")
WORD = re.compile(r"(?:non-)?[a-z][a-z0-9]+")  # "non-alcoholic" is one word: it does not hold "alcohol"


@dataclass
class TopicIndex:
    """One topic's claim vectors and vocabulary, as of `version` (the last vector row read).

    A topic below `ann.MIN_CLAIMS` holds every vector and scans them all (`nearest`); a larger
    one opens its approximate index file (`ann`) and holds only the vectors written after it
    (the tail), scanned exactly beside it."""
    topic: str = ""
    version: int = 0
    first: int = 0                                     # the topic's first vector row (a reindex moves it)
    claim_ids: list = field(default_factory=list)      # every claim of the topic, in vector-row order
    # the vector row of each claim the approximate index covers (they are the first of `claim_ids`)
    covered_rowids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    ann: object = None                                 # ann.Ann, or None: everything is scanned exactly
    exact_ids: list = field(default_factory=list)      # claim id of each row of `vectors`
    exact_rowids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    position: dict = field(default_factory=dict)       # claim id -> row in vectors
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, embedding.DIMENSIONS), np.float32))
    words: dict = field(default_factory=dict)          # word -> position in word_vectors
    vocabulary: list = field(default_factory=list)     # position -> word
    by_initial: dict = field(default_factory=dict)     # first letter -> the words that begin with it (typo repair)
    stems: dict = field(default_factory=dict)          # stem -> positions of the words that have it
    indexed: dict = field(default_factory=dict)        # full-text (Porter) stem -> positions of its words
    word_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, embedding.DIMENSIONS), np.float32))
    claim_words: dict = field(default_factory=dict)    # claim id -> positions of its words (text and context)
    df: Counter = field(default_factory=Counter)       # word -> number of claims that use it
    spelled_out: dict = field(default_factory=dict)    # acronym -> claims that spell it out (`vocabulary.spelled_out`)
    acronyms: set = field(default_factory=set)         # words the claims write in capitals ("WHO") or spell out
    british: dict = field(default_factory=dict)        # American spelling -> the claims' British ones ("goitre")
    derived: dict = field(default_factory=dict)        # what matching derives per version (`matching._per_version`)

    def neighbours(self, words: list[str], positions: np.ndarray) -> np.ndarray:
        """Cosine of each word against the topic's words at `positions`: (len(words),
        len(positions)). Computed as those words times the question's, transposed: the same sums,
        in half the time of the question's words times theirs transposed (a strided operand)."""
        return (self.word_vectors[positions] @ embedding.embed_words(words).T).T

    def postings(self, word: str) -> int:
        """About how many claims a full-text query for `word` scores: those holding any word of
        its full-text stem (an upper bound: a claim holding two of them counts twice)."""
        return sum(self.df[self.vocabulary[p]] for p in self.indexed.get(full_text_stem(word), ()))

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k claims most similar to `vector` (cosine), best first. The vectors held are
        scanned exactly, the top k picked by partition (linear) and only they sorted; the
        approximate index adds its 2k nearest with the cosines it holds. Nothing is read from
        the ledger: reading their stored vectors to score them exactly cost 80 random rows an
        answer, most of a first answer's time at a million claims."""
        sims = self.vectors @ vector
        top = np.argpartition(-sims, k - 1)[:k] if len(sims) > k else np.arange(len(sims))
        top = top[np.argsort(-sims[top], kind="stable")]
        found = [(self.exact_ids[i], float(sims[i])) for i in top]
        if self.ann is None:
            return found
        rowids, near = self.ann.search(vector, 2 * k)
        covered = self.covered_rowids
        if len(covered):
            at = np.minimum(np.searchsorted(covered, rowids), len(covered) - 1)
            found += [(self.claim_ids[i], float(sim)) for i, rowid, sim in zip(at, rowids, near) if covered[i] == rowid]
        return sorted(found, key=lambda pair: -pair[1])[:k]

    def similarity(self, conn, claim_ids: list[str], vector: np.ndarray) -> list[float]:
        """Cosine of each claim with `vector`: from the vectors held, else from the stored ones."""
        if all(c in self.position for c in claim_ids):
            return (self.vectors[[self.position[c] for c in claim_ids]] @ vector).tolist()
        stored = dict(conn.execute("SELECT claim_id, vector FROM claim_vectors WHERE topic = ? AND claim_id IN"
                                   " (SELECT value FROM json_each(?))", [self.topic, json.dumps(claim_ids)]))
        return [float(self.vectors[self.position[c]] @ vector) if c in self.position
                else float(embedding.from_blobs([stored[c]])[0] @ vector) if c in stored else 0.0
                for c in claim_ids]


_cache: dict = {}
_lock = threading.Lock()


def file_identity(path: str) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None  # an in-memory or temporary database


def topic_index(db, topic: str) -> TopicIndex:
    """The topic's vectors and vocabulary, brought up to date with any rows added since last read,
    and its approximate index once it has one (building it in the background when it is due)."""
    conn = db.conn
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    # two statements: SQLite answers a lone min() or max() from the index, both together by a scan
    (first,), (latest,) = (conn.execute(f"SELECT coalesce({end}(rowid), 0) FROM claim_vectors WHERE topic = ?",
                                        [topic]).fetchone() for end in ("min", "max"))
    key = (path, file_identity(path), topic)  # a ledger rebuilt at the same path is another file
    with _lock:
        index = _cache.get(key)
        if index is None or latest < index.version or first != index.first:
            index = _cache[key] = TopicIndex(topic=topic, first=first)  # new, or reindexed
        key = _open_ann(conn, path, index) if path else None
        if latest > index.version:
            _load(conn, topic, index)
        if path:
            _build_when_due(path, index, key)
        return index


def resident(db, topic: str) -> None:
    """Hold the topic's approximate index, if it has one, in memory rather than mapped
    (`ann.Ann.resident`): `service.warm` does so before the workers fork."""
    index = topic_index(db, topic)
    with _lock:
        if index.ann is not None:
            index.ann = index.ann.resident()


def _open_ann(conn, path: str, index: TopicIndex) -> int | None:
    """Open (or reopen, after a fold) the topic's approximate index and drop the vectors it now
    covers. Returns the topic's key, or None for a small topic (checked again once it grows)."""
    if index.ann is None and index.version and len(index.claim_ids) < ann.MIN_CLAIMS:
        return None
    span = topic_range(conn, index.topic)
    if span is None:
        return None
    key = span[0] >> KEY_BITS
    opened = ann.current(conn, path, index.topic, key, index.ann)
    if opened is not None and opened.count < ann.MIN_CLAIMS:
        opened = None  # a file made under a lower threshold: the topic is scanned exactly
    if opened is not None and opened is not index.ann:
        index.ann = opened
        keep = int(np.searchsorted(index.exact_rowids, opened.covered, side="right"))
        index.covered_rowids = np.concatenate([index.covered_rowids, index.exact_rowids[:keep]])
        index.vectors, index.exact_rowids = index.vectors[keep:].copy(), index.exact_rowids[keep:]
        index.exact_ids = index.exact_ids[keep:]
        index.position = {c: i for i, c in enumerate(index.exact_ids)}
    return key


def _build_when_due(path: str, index: TopicIndex, key: int | None) -> None:
    """Start a builder when the topic is large and its file missing, stale or FOLD_AT rows behind.
    Meanwhile a file that disappeared or stopped holding stays mapped and still holds the rows
    it covers (a reindex, which moves them, starts a new TopicIndex: see `topic_index`)."""
    if key is None or len(index.claim_ids) < ann.MIN_CLAIMS:
        return
    if index.ann is None or len(index.exact_ids) >= ann.FOLD_AT or index.ann.stale:
        ann.build_in_background(path, index.topic, key)


def _load(conn, topic: str, index: TopicIndex) -> None:
    """Add the rows written since `index.version`, LOAD_BATCH at a time, so a worker opening a
    large topic holds the vectors once, not the rows, their blobs and the vectors together. The
    vectors the approximate index covers are not read into memory."""
    covered = index.ann.covered if index.ann is not None else 0
    cursor = conn.execute(
        "SELECT v.rowid, v.claim_id, CASE WHEN v.rowid > ? THEN v.vector END, s.text || ' ' || s.context"
        " FROM claim_vectors v JOIN claim_search s ON s.claim_id = v.claim_id AND s.topic = v.topic"
        " WHERE v.topic = ? AND v.rowid > ? ORDER BY v.rowid", [covered, topic, index.version])
    blocks, rowids, covered_rowids, new_words, version = [], [], [], [], index.version
    while rows := cursor.fetchmany(LOAD_BATCH):
        index.claim_ids.extend(row[1] for row in rows)
        if rows[0][2] is None:  # rows the approximate index covers (the first a worker reads, if any)
            covered_rowids.append(np.fromiter((row[0] for row in rows if row[2] is None), dtype=np.int64))
        held = [row for row in rows if row[2] is not None]
        for row in held:
            index.position[row[1]] = len(index.exact_ids)
            index.exact_ids.append(row[1])
        if held:
            blocks.append(embedding.from_blobs([r[2] for r in held]))
            rowids.append(np.fromiter((r[0] for r in held), dtype=np.int64, count=len(held)))
        for _, claim_id, _, text in rows:
            acronyms = {w.lower() for w in CAPITALS.findall(text)}
            text = text.lower()
            words = set(WORD.findall(solvents_apart(text)))
            acronyms_spelled = spelled_out(text)
            for acronym in acronyms_spelled:
                claims = index.spelled_out.setdefault(acronym, [])
                if len(claims) < SPELLED_OUT_KEPT:
                    claims.append(claim_id)
            words |= acronyms_spelled
            acronyms |= acronyms_spelled
            index.acronyms |= acronyms
            index.df.update(words)
            for word in sorted(words):  # in one order whatever the hash seed: typo repair breaks ties by it
                if word not in index.words:
                    index.words[word] = len(index.vocabulary)
                    for word_stem in stems_held(word):
                        index.stems.setdefault(word_stem, []).append(len(index.vocabulary))
                    index.indexed.setdefault(full_text_stem(word), []).append(len(index.vocabulary))
                    index.vocabulary.append(word)
                    index.by_initial.setdefault(word[:1], []).append(word)
                    if american(word) != word:
                        index.british.setdefault(american(word), []).append(word)
                    new_words.append(word)
            index.claim_words[claim_id] = np.fromiter((index.words[w] for w in words), dtype=np.int32)
        version = rows[-1][0]
    if version == index.version:
        return
    if covered_rowids:  # once, when a worker opens a large topic: not on every claim written after
        index.covered_rowids = np.concatenate([index.covered_rowids, *covered_rowids])
    if blocks:
        index.vectors = np.vstack([index.vectors, *blocks])
        index.exact_rowids = np.concatenate([index.exact_rowids, *rowids])
    if new_words:
        index.word_vectors = np.vstack([index.word_vectors, embedding.embed(new_words)])
    index.version = version
