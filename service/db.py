"""The one module that opens the ledger database and knows its schema.

Every connection is opened in autocommit mode (`isolation_level=None`) so the
writer in `service.ledger` can hold an explicit `BEGIN IMMEDIATE` transaction
around each chain append: two gunicorn workers never hand out the same sequence
number. The schema is created on first use; it is idempotent.
"""
import contextlib
import logging
import os
import re
import sqlite3
import threading
import time

import sqlite_utils
from flask import current_app

from . import formats, search_index, tally

DEFAULT_DB = "ledger.db"

# Tables whose rows are written through the chain (kind of entry -> table).
CHAINED_TABLES = {
    "topic": "topics",
    "source": "sources",
    "claim": "claims",
    "question": "questions",
    "evidence": "evidence_links",
    "confirm": "confirmations",
    "reject": "rejections",
    "retract": "retractions",
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS chain (
    topic TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
    data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
    PRIMARY KEY (topic, seq));
CREATE TABLE IF NOT EXISTS topics (
    slug TEXT PRIMARY KEY, name TEXT, title TEXT, aliases TEXT, focus TEXT,
    what_it_is TEXT, safety TEXT, words TEXT, entry INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    topic TEXT NOT NULL, id TEXT NOT NULL, kind TEXT, title TEXT, url TEXT,
    platform TEXT, year INTEGER, tier TEXT, summary TEXT, pmid TEXT, doi TEXT,
    nct TEXT, question TEXT, fingerprint TEXT, message_sid TEXT, auto INTEGER NOT NULL DEFAULT 0,
    entry INTEGER NOT NULL, asker TEXT, PRIMARY KEY (topic, id));
CREATE TABLE IF NOT EXISTS claims (
    topic TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, text TEXT NOT NULL,
    tier TEXT NOT NULL, tier_reason TEXT, section TEXT NOT NULL, stance TEXT, fingerprint TEXT,
    auto INTEGER NOT NULL DEFAULT 0, entry INTEGER NOT NULL, PRIMARY KEY (topic, id));
CREATE TABLE IF NOT EXISTS questions (
    id TEXT PRIMARY KEY, topic TEXT NOT NULL, text TEXT NOT NULL, channel TEXT,
    asker TEXT, message_sid TEXT, matches TEXT, unconfirmed TEXT, tiers TEXT, reply TEXT,
    ledger_entries INTEGER, ledger_head TEXT, asked_at TEXT, entry INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS evidence_links (
    topic TEXT NOT NULL, question TEXT NOT NULL, source TEXT NOT NULL,
    entry INTEGER NOT NULL, PRIMARY KEY (topic, entry));
CREATE TABLE IF NOT EXISTS confirmations (
    topic TEXT NOT NULL, target TEXT NOT NULL, curator TEXT,
    entry INTEGER NOT NULL, claims TEXT, PRIMARY KEY (topic, entry));
CREATE TABLE IF NOT EXISTS rejections (
    topic TEXT NOT NULL, target TEXT NOT NULL, reason TEXT NOT NULL, curator TEXT,
    entry INTEGER NOT NULL, PRIMARY KEY (topic, entry));
CREATE TABLE IF NOT EXISTS retractions (
    topic TEXT NOT NULL, target TEXT NOT NULL, reason TEXT NOT NULL, curator TEXT,
    entry INTEGER NOT NULL, PRIMARY KEY (topic, entry));
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT);
-- Not chained: demand for topics the ledger lacks (service.demand). A request is no evidence and
-- answers are not built from it; a chain per typed name would let anyone create chains at will.
CREATE TABLE IF NOT EXISTS topic_requests (name TEXT NOT NULL, asker TEXT, asked_at TEXT NOT NULL);
-- Not chained: the reply each delivered message got, so a Twilio retry gets the same one.
CREATE TABLE IF NOT EXISTS receipts (message_sid TEXT PRIMARY KEY, reply TEXT NOT NULL, at TEXT NOT NULL);
-- Conversation state, not evidence: never chained, never holding a number in the clear
-- (service.conversation, service.notify). `sender` is ledger.asker_hash of the number.
CREATE TABLE IF NOT EXISTS conversations (
    sender TEXT PRIMARY KEY, topic TEXT, question TEXT, cited TEXT, rest TEXT, thin INTEGER,
    seen_at TEXT NOT NULL, head TEXT);
CREATE TABLE IF NOT EXISTS pseudonyms (sender TEXT PRIMARY KEY, salt TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS opt_outs (sender TEXT PRIMARY KEY, channel TEXT, since TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notify_requests (
    sender TEXT NOT NULL, question TEXT NOT NULL, topic TEXT NOT NULL, channel TEXT,
    number TEXT NOT NULL, asked_at TEXT NOT NULL, PRIMARY KEY (sender, question));
-- Not chained, encrypted: texts the webhook accepted and `ledger deliver` has not yet answered
-- (REPLY_BY=rest, service.delivery), in the order they came (rowid). `message` is AES-GCM
-- ciphertext; a row is deleted once answered. No index: each accepted text writes one page.
CREATE TABLE IF NOT EXISTS inbox (
    message BLOB NOT NULL, received REAL NOT NULL, due REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0);
-- Derived, not chained: the full-text index and the embeddings of claims (service.search_index).
CREATE TABLE IF NOT EXISTS claim_vectors (
    topic TEXT NOT NULL, claim_id TEXT NOT NULL, vector BLOB NOT NULL, UNIQUE (topic, claim_id));
-- Derived, not chained, kept by the writer in its transaction: claim counts (service.tally)
-- and the highest number used per id prefix and topic (ledger._next_number).
CREATE TABLE IF NOT EXISTS claim_tally (
    topic TEXT NOT NULL, tier TEXT NOT NULL, pending INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (topic, tier, pending));
CREATE TABLE IF NOT EXISTS open_questions (topic TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS id_counters (
    topic TEXT NOT NULL, prefix TEXT NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (topic, prefix));
CREATE TABLE IF NOT EXISTS topic_keys (slug TEXT PRIMARY KEY, key INTEGER NOT NULL UNIQUE);
CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5(
    text, context, topic UNINDEXED, claim_id UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2');
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS conversations_by_time ON conversations (seen_at);
CREATE INDEX IF NOT EXISTS claims_by_source ON claims (topic, source);
CREATE INDEX IF NOT EXISTS chain_content ON chain (topic, seq) WHERE kind NOT IN ('question', 'evidence');
CREATE INDEX IF NOT EXISTS chain_topic_hashes ON chain (topic, seq, hash) WHERE kind = 'topic';
CREATE INDEX IF NOT EXISTS claims_by_number ON claims (topic, CAST(substr(id, 2) AS INTEGER));
CREATE INDEX IF NOT EXISTS sources_by_number ON sources (topic, CAST(substr(id, 2) AS INTEGER));
CREATE INDEX IF NOT EXISTS claims_auto ON claims (topic, CAST(substr(id, 2) AS INTEGER)) WHERE auto = 1;
CREATE INDEX IF NOT EXISTS sources_auto ON sources (topic, CAST(substr(id, 2) AS INTEGER)) WHERE auto = 1;
CREATE INDEX IF NOT EXISTS claims_by_fingerprint ON claims (topic, fingerprint);
CREATE INDEX IF NOT EXISTS sources_by_fingerprint ON sources (topic, fingerprint);
CREATE INDEX IF NOT EXISTS sources_quarantined ON sources (topic) WHERE auto = 1 AND asker IS NOT NULL;
CREATE INDEX IF NOT EXISTS questions_by_sid ON questions (message_sid);
CREATE INDEX IF NOT EXISTS receipts_by_age ON receipts (at);
CREATE INDEX IF NOT EXISTS sources_by_sid ON sources (topic, message_sid);
CREATE INDEX IF NOT EXISTS questions_by_asker ON questions (asker);
CREATE INDEX IF NOT EXISTS links_by_question ON evidence_links (question);
CREATE INDEX IF NOT EXISTS questions_open ON questions (topic, entry) WHERE coalesce(matches, '[]') = '[]';
CREATE INDEX IF NOT EXISTS vectors_by_topic ON claim_vectors (topic);
CREATE INDEX IF NOT EXISTS confirmations_by_target ON confirmations (topic, target);
CREATE INDEX IF NOT EXISTS rejections_by_target ON rejections (topic, target);
CREATE INDEX IF NOT EXISTS retractions_by_target ON retractions (topic, target);
"""


def connect(path=None) -> sqlite_utils.Database:
    """Open (creating if needed) the ledger at `path` or $LEDGER_DB."""
    path = path or os.environ.get("LEDGER_DB", DEFAULT_DB)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    _add_new_columns(conn)
    conn.executescript(INDEXES)
    db = sqlite_utils.Database(conn)
    search_index.ensure_current(db)
    _ensure_kept(conn)
    return db


KEPT_FORMAT = "3"  # bump when what the writer keeps (claim_tally, open_questions, id_counters) changes


def _ensure_kept(conn) -> None:
    """A ledger made before the writer kept counts and id counters gets them computed once."""
    formats.rebuild_once(conn, "kept_format", KEPT_FORMAT, _recount)


def _recount(conn) -> None:
    conn.execute("DELETE FROM id_counters")
    for table, prefix in (("sources", "s"), ("claims", "c")):
        conn.execute(f"INSERT INTO id_counters (topic, prefix, last) SELECT topic, ?,"
                     f" max(CAST(substr(id, 2) AS INTEGER)) FROM {table} GROUP BY topic", [prefix])
    for (topic,) in conn.execute("SELECT slug FROM topics").fetchall():
        tally.rebuild(conn, topic)


def _declared() -> dict[str, dict[str, str]]:
    """Each table of SCHEMA: its columns and their declared types (TEXT or INTEGER)."""
    return {table: dict(re.findall(r"(?:^|,)\s*(\w+) (TEXT|INTEGER)", body))
            for table, body in re.findall(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\);", SCHEMA, re.S)}


DECLARED = _declared()
# A field of a chained row that has no column of the schema gets one of its own (`fit_columns`),
# named as it is: lower-case letters, digits and underscores, and never one of SQLite's names for rowid.
FIELD_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
ROWID_NAMES = frozenset({"rowid", "oid", "_rowid_"})


def _add_new_columns(conn) -> None:
    """A ledger made by an older version gets the columns added since (all nullable), so it keeps working."""
    for table, columns in DECLARED.items():
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for name, kind in columns.items():
            if name not in have:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")


def fit_columns(conn, table: str, names) -> None:
    """Give `table` a column for each of `names` it lacks (untyped, nullable), as sqlite-utils'
    `alter=True` does: a curator's data folder may carry fields the contract does not name
    ("journal", "authors"); the chain keeps them and so does the row. A name that cannot be a
    column raises ValueError (`service.folder` refuses such a field before anything is written)."""
    have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    for name in sorted(set(names) - have):
        if not FIELD_NAME.match(name) or name in ROWID_NAMES:
            raise ValueError(f"field {name!r} cannot be a column: use lower-case letters, digits and underscores")
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {name}")


def get_db() -> sqlite_utils.Database:
    """This worker's connection to the app's ledger: opened (and the schema checked) once per
    process and thread, then reused by every request. A connection is in autocommit mode and
    every write is its own BEGIN IMMEDIATE ... COMMIT, so nothing is left open between requests."""
    local = current_app.extensions.setdefault("ledger_connections", threading.local())
    if getattr(local, "db", None) is None or local.pid != os.getpid():
        local.db, local.pid = connect(current_app.config["LEDGER_DB"]), os.getpid()
        serving(local.db.conn)
        local.checkpoint_at, local.wal_frames = time.monotonic() + CHECKPOINT_SECONDS, 0
    return local.db


MMAP_BYTES = 1 << 40  # SQLite maps at most its own limit of the file (2 GB unless compiled otherwise)


def serving(conn) -> None:
    """Set up a worker's connection for answering. SQLite's automatic checkpoint is off:
    checkpoints come after replies (`checkpoint_after_reply`). The file is read through a
    memory map: an answer reads a few hundred pages at random (full-text doclists, claim and
    chain rows, 60 stored vectors) that its 2 MB page cache rarely holds, and each was a read()
    copying 4 KB; mapped pages are the operating system's page cache, shared by the workers, not
    memory of each. (Only workers' connections: a verify that maps a whole ledger as it streams
    it would count every page it touched in its peak memory.) At 100k claims the SQL inside an
    answer fell from 2.7-3.0 to 2.4-2.5 ms."""
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


CHECKPOINT_SECONDS = 1.0
CHECKPOINT_PAGES = 1000  # SQLite's own default for wal_autocheckpoint


def checkpoint_after_reply(response):
    """Copy the WAL back into the database file after the reply has gone out: once a second per
    worker, and after every reply while the WAL still holds CHECKPOINT_PAGES frames or more
    (SQLite's own rule, which keeps trying until a writer finds the WAL copied and rewinds
    it). SQLite's automatic checkpoint ran inside whichever request's commit took the WAL past
    1,000 pages (about one request in 80; a question node writes ~12 pages): that texter waited
    for the copy and two fsyncs, 7-15 ms on a quiet disk, 200 ms behind other writers' I/O.
    PASSIVE never waits for readers or the writer; what it cannot copy now, the next one does.
    Commits are not synced (synchronous=NORMAL, see README); a checkpoint is what syncs the
    WAL, so while texts arrive, at least once a second."""
    local = current_app.extensions.get("ledger_connections")
    db = getattr(local, "db", None)
    if db is not None and local.pid == os.getpid() and (
            local.wal_frames >= CHECKPOINT_PAGES or time.monotonic() >= local.checkpoint_at):
        local.checkpoint_at = time.monotonic() + CHECKPOINT_SECONDS
        response.call_on_close(lambda: _checkpoint(local, db.conn))
    return response


def _checkpoint(local, conn) -> None:
    try:
        local.wal_frames = checkpoint(conn)
    except sqlite3.Error:  # the reply is out; the next one tries again
        logging.getLogger(__name__).exception("WAL checkpoint failed")


def checkpoint(conn) -> int:
    """A PASSIVE checkpoint, then, when it copied the whole WAL, the WAL's rewind: returns the
    frames the WAL held. The first commit after a whole WAL was copied starts the WAL over from
    its beginning and fsyncs its new header (SQLite does so even with synchronous=NORMAL): that
    commit was the next texter's question node, 0.1 ms on a quiet disk and several behind other
    writers' I/O, inside the answer. A one-row write here (a counter in `settings`) takes that
    fsync instead, after the reply; the next commit appends to the WAL without syncing. Like
    the checkpoint, the rewind never waits: while another writer holds the lock (a long paste)
    it is left to that writer's commit, as before, and the worker goes on to its next request."""
    _, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    if frames > 0 and copied == frames:
        (waits,) = conn.execute("PRAGMA busy_timeout").fetchone()
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            with writing(conn):
                conn.execute("INSERT INTO settings (key, value) VALUES ('wal_rewinds', 1)"
                             " ON CONFLICT (key) DO UPDATE SET value = value + 1")
        except sqlite3.OperationalError:  # the write lock is taken
            pass
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(waits)}")
    return frames


@contextlib.contextmanager
def writing(conn):
    """One BEGIN IMMEDIATE ... COMMIT around a few writes outside the chain (conversation state,
    receipts): one write lock and one commit for them all, not one per statement, so a request
    takes the lock fewer times and the other worker waits on it less."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def init_app(app):
    app.extensions["ledger_connections"] = threading.local()
    app.after_request(checkpoint_after_reply)
