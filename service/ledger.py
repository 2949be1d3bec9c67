"""The ledger store: the one place that writes, and the reads everything else builds on.

Writes go through `_append`, which holds one `BEGIN IMMEDIATE` transaction per
call: the chain entries and the table rows they stand for land together or not
at all. Nothing is ever updated or deleted; a curator's confirmation is a new
entry, and so is evidence linked to a question.
"""
import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import checkpoint, search_index, tally
from .chain import GENESIS, canonical, entry_hash, row_agrees, row_for
from .db import CHAINED_TABLES, DECLARED, fit_columns, writing

TIERS = ("human", "preclinical", "published", "anecdote")
QUESTION_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: easy to type on a phone
QUESTION_ID_LENGTH = 6
log = logging.getLogger(__name__)


class LedgerError(Exception):
    """Base class for everything the ledger refuses."""


class UnknownTopic(LedgerError):
    """No topic has that slug."""


class UnknownSource(LedgerError):
    """The topic has no source with that id."""


class UnknownQuestion(LedgerError):
    """No question node has that id."""


class ForeignQuestion(LedgerError):
    """The question node belongs to another topic."""


class DuplicateEntry(LedgerError):
    """The row being written would replace an existing one."""


class AlreadyRecorded(LedgerError):
    """The write was made before (the same MessageSid, the same paste, or the same asker's same
    question); `existing` names what was written then, `by` how the repeat was recognised, and
    `held` is set when it is another texter's paste held in quarantine, which the writer may
    not be told about (`held_from`)."""

    def __init__(self, existing: str | None, by: str = "message_sid", held: bool = False):
        super().__init__(f"already recorded as {existing}")
        self.existing, self.by, self.held = existing, by, held


# --- writing -------------------------------------------------------------

def _append(db, topic: str, items) -> list[int]:
    """Append `items` (kind, data) to `topic`'s chain and tables, atomically.

    `items` may be a function of the connection, called inside the transaction, that returns
    them: ids it allocates (`_next_number`) and anything it checks still hold when they are
    written, whatever other writers do. The claim counts (`service.tally`), the id counters
    and the search index are written in the same transaction.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        if callable(items):
            items = items(conn)
        seq, prev = conn.execute(
            "SELECT seq, hash FROM chain WHERE topic = ? ORDER BY seq DESC LIMIT 1", [topic]
        ).fetchone() or (0, GENESIS)
        before = seq
        touched = tally.affected(conn, topic, items)
        counted = tally.snapshot(conn, topic, touched)
        written, claim_ids, numbers = [], [], {}
        fitted = {table: columns.keys() for table, columns in DECLARED.items()}  # columns each table has here
        for kind, data in items:
            seq += 1
            digest = entry_hash(topic, seq, kind, data, prev)
            conn.execute(
                "INSERT INTO chain (topic, seq, kind, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
                [topic, seq, kind, canonical(data), prev, digest],
            )
            row = row_for(topic, seq, kind, data)
            table = CHAINED_TABLES[kind]
            if not row.keys() <= fitted[table]:  # a field the schema has no column for: once per table and append
                try:
                    fit_columns(conn, table, row)
                except ValueError as exc:
                    raise LedgerError(f"{kind} {data.get('id', '')}: {exc}") from exc
                fitted[table] = fitted[table] | row.keys()
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            try:
                conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
            except sqlite3.IntegrityError as exc:
                if "UNIQUE" not in str(exc):
                    raise LedgerError(f"{kind} {data.get('id', '')} is incomplete: {exc}") from exc
                raise DuplicateEntry(f"{kind} {data.get('id', '')} already exists in {topic}") from exc
            written.append(seq)
            if kind in NUMBERED and str(data.get("id", ""))[1:].isdigit():
                prefix = NUMBERED[kind]
                numbers[prefix] = max(numbers.get(prefix, 0), int(data["id"][1:]))
            if kind == "claim":
                claim_ids.append(data["id"])
            prev = digest
        if claim_ids:
            search_index.add(conn, topic, claim_ids)
        tally.update(conn, topic, counted, touched + claim_ids)
        tally.add_questions(conn, topic, items)
        conn.executemany(
            "INSERT INTO id_counters (topic, prefix, last) VALUES (?, ?, ?)"
            " ON CONFLICT (topic, prefix) DO UPDATE SET last = max(last, excluded.last)",
            [(topic, prefix, last) for prefix, last in numbers.items()])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    checkpoint.after_append(db, topic, before, seq)
    return written


def add_topic(db, topic: dict) -> None:
    _append(db, topic["slug"], [("topic", topic)])


# Kinds whose ids are numbered per topic, and their prefix (s1, c1 ...).
NUMBERED = {"source": "s", "claim": "c"}


def _next_number(conn, prefix: str, topic: str) -> int:
    """The next free number after the highest `prefix` id the topic holds: one row read.
    Call it inside `_append`'s transaction (pass `items` as a function) so no other writer
    takes the same number."""
    row = conn.execute("SELECT last FROM id_counters WHERE topic = ? AND prefix = ?", [topic, prefix]).fetchone()
    return (row[0] if row else 0) + 1


def add_sources(db, topic: str, sources: list[dict]) -> None:
    """Write sources that carry their own ids (the seed article's)."""
    require_topic(db, topic)
    _append(db, topic, [("source", source) for source in sources])


def add_claims(db, topic: str, claims: list[dict]) -> list[str]:
    """Write claims of existing sources, numbering them c1, c2 ... in order."""
    require_topic(db, topic)
    ids = []

    def items(conn):
        first = _next_number(conn, "c", topic)
        ids[:] = [f"c{first + i}" for i in range(len(claims))]
        return [("claim", {"id": claim_id, **claim}) for claim_id, claim in zip(ids, claims)]

    _append(db, topic, items)
    return ids


def add_evidence(db, topic: str, source: dict, claims: list[dict], question: str | None = None) -> tuple[str, list]:
    """Write a new source (next free sN), its claims and the link to `question`, as one entry group.

    Inside the write transaction, so that parallel deliveries cannot both write: a source with
    the same `message_sid` or paste `fingerprint` raises AlreadyRecorded naming it, and a claim
    whose fingerprint the topic already holds is dropped. Returns the source id and, for each of
    `claims`, its new id or None when it was dropped; AlreadyRecorded when every claim was.
    """
    require_topic(db, topic)
    if question is not None:
        node = get_question(db, question)
        if node["topic"] != topic:
            raise ForeignQuestion(f"q:{question} belongs to {node['topic']}, not {topic}")
    allocated = {}

    def items(conn):
        for column in ("message_sid", "fingerprint"):
            if source.get(column):
                repeat = earlier_source(conn, topic, column, source[column], source.get("asker"))
                if repeat:
                    raise repeat
        fresh = [not claim.get("fingerprint") or not conn.execute(
            "SELECT 1 FROM claims WHERE topic = ? AND fingerprint = ?", [topic, claim["fingerprint"]]).fetchone()
            for claim in claims]
        if claims and not any(fresh):
            raise AlreadyRecorded(None, by="claims")
        source_id = allocated["source"] = f"s{_next_number(conn, 's', topic)}"
        first = _next_number(conn, "c", topic)
        numbers = iter(range(first, first + sum(fresh)))
        allocated["claims"] = [f"c{next(numbers)}" if keep else None for keep in fresh]
        # "auto" is always written: its column defaults to 0, and an entry without it would
        # disagree with its own row (read as edited, and withheld)
        group = [("source", {"auto": False, **source, "id": source_id, "question": question})]
        group += [("claim", {"auto": False, **claim, "id": claim_id, "source": source_id})
                  for claim_id, claim in zip(allocated["claims"], claims) if claim_id]
        if question is not None:
            group.append(("evidence", {"question": question, "source": source_id}))
        return group

    _append(db, topic, items)
    return allocated["source"], allocated["claims"]


def held_from(conn, topic: str, source_id: str, asker: str | None) -> bool:
    """Whether `source_id` is another texter's paste that `asker` may not see (`visible_to`):
    pasted by someone else, and neither it nor any of its claims confirmed by a curator.
    A few indexed lookups, so it can run inside the write transaction."""
    return conn.execute(
        "SELECT 1 FROM sources s WHERE s.topic = ? AND s.id = ? AND s.auto = 1 AND s.asker IS NOT NULL"
        " AND s.asker IS NOT ? AND NOT EXISTS (SELECT 1 FROM confirmations f WHERE f.topic = s.topic"
        " AND (f.target = s.id OR f.target IN (SELECT id FROM claims c WHERE c.topic = s.topic AND c.source = s.id)))",
        [topic, source_id, asker]).fetchone() is not None


def earlier_source(conn, topic: str, column: str, value, asker: str | None) -> AlreadyRecorded | None:
    """The repeat a new source would be: the source holding the same `column` (message_sid or
    fingerprint) `value`, flagged `held` when it is another texter's paste in quarantine."""
    row = conn.execute(f"SELECT id FROM sources WHERE topic = ? AND {column} = ?", [topic, value]).fetchone()
    if row is None:
        return None
    return AlreadyRecorded(row[0], by=column, held=column == "fingerprint" and held_from(conn, topic, row[0], asker))


def source_by_message(db, topic: str, message_sid: str) -> str | None:
    """The source a paste sent as `message_sid` became, if any."""
    row = db.conn.execute("SELECT id FROM sources WHERE topic = ? AND message_sid = ?", [topic, message_sid]).fetchone()
    return row[0] if row else None


def link_evidence(db, topic: str, question: str, source: str) -> bool:
    """Link an existing source to a question node (once); True when a link was written."""
    node = get_question(db, question)
    if node["topic"] != topic:
        raise ForeignQuestion(f"q:{question} belongs to {node['topic']}, not {topic}")
    get_source(db, topic, source)
    linked = db.conn.execute("SELECT 1 FROM evidence_links WHERE topic = ? AND question = ? AND source = ?",
                             [topic, question, source]).fetchone()
    if linked:
        return False
    _append(db, topic, [("evidence", {"question": question, "source": source})])
    return True


class CuratorRefused(LedgerError):
    """A curator act that does not apply to its target (rejecting curated evidence, retracting a paste...)."""


@dataclass
class CuratorAct:
    """What a confirm, reject or retract did: `already` is set (and nothing written) when it had been done."""
    action: str
    topic: str
    target: str
    source: dict
    claims: list = field(default_factory=list)     # the claims the act covers
    skipped: list = field(default_factory=list)    # a confirmed source's lines that are no claims (citation debris)
    already: str | None = None                     # "confirmed", "curated", "rejected", "retracted"
    reason: str | None = None


def _target(db, topic: str, target: str) -> tuple[dict, list[dict]]:
    """(the source, its claims) for a source id, or (the claim's source, [the claim]) for a claim id."""
    require_topic(db, topic)
    target = target.strip().lower()
    if target.startswith("c"):
        found = claims(db, topic, ids=[target], withdrawn=True)
        if not found:
            raise UnknownSource(f"{topic} has no claim {target}")
        return get_source(db, topic, found[0]["source"]), found
    return get_source(db, topic, target), claims(db, topic, source=target, withdrawn=True)


def confirm(db, topic: str, target: str, curator: str | None = None) -> CuratorAct:
    """A curator confirms an auto-generated source or a single claim (idempotent).

    Confirming a source confirms the source and those of its pending claims that read as
    claims today: a journal line or author list split out of a paste stays unconfirmed.
    """
    from .extract import is_claim
    source, rows = _target(db, topic, target)
    target = target.strip().lower()
    item = rows[0] if target.startswith("c") else source
    act = CuratorAct("confirm", topic, target, source)
    if item["status"] in ("rejected", "retracted"):
        raise CuratorRefused(f"{target} was {item['status']} ({item.get('withdrawn_reason')}); nothing confirmed")
    if item["status"] in ("curated", "confirmed"):
        act.already, act.claims = item["status"], [r for r in rows if r["status"] in ("curated", "confirmed")]
        return act
    pending = [r for r in rows if r["status"] == "pending"]
    act.claims = [r for r in pending if is_claim(r["text"])]
    act.skipped = [r for r in pending if not is_claim(r["text"])]
    data = {"target": target, "curator": curator}
    if not target.startswith("c"):
        data["claims"] = [r["id"] for r in act.claims]
    _append(db, topic, [("confirm", data)])
    from . import notify; notify.evidence_confirmed(db, topic, target)  # texts askers waiting for it (NOTIFY)
    return act


def _withdraw(db, action: str, topic: str, target: str, reason: str, curator: str | None) -> CuratorAct:
    reason = " ".join((reason or "").split())
    if not reason:
        raise CuratorRefused(f"{action} needs a reason")
    source, rows = _target(db, topic, target)
    target = target.strip().lower()
    item = rows[0] if target.startswith("c") else source
    done = "rejected" if action == "reject" else "retracted"
    act = CuratorAct(action, topic, target, source, claims=rows, reason=reason)
    if item["status"] == done:
        act.already, act.reason = done, item.get("withdrawn_reason")
        return act
    if item["status"] in ("rejected", "retracted"):
        raise CuratorRefused(f"{target} was already {item['status']} ({item.get('withdrawn_reason')})")
    if action == "reject" and item["status"] != "pending":
        raise CuratorRefused(f"{target} is {item['status']} evidence: retract it (with a reason) instead")
    if action == "retract" and item["status"] == "pending":
        raise CuratorRefused(f"{target} is an unconfirmed paste: reject it (with a reason) instead")
    _append(db, topic, [(action, {"target": target, "reason": reason, "curator": curator})])
    return act


def reject(db, topic: str, target: str, reason: str, curator: str | None = None) -> CuratorAct:
    """Hide auto-generated (pasted, unconfirmed) evidence: a source or one claim. The rows stay."""
    return _withdraw(db, "reject", topic, target, reason, curator)


def retract(db, topic: str, target: str, reason: str, curator: str | None = None) -> CuratorAct:
    """Supersede curated or confirmed evidence: answers stop using it, the article lists it
    under retractions with the reason. The rows and their entries stay."""
    return _withdraw(db, "retract", topic, target, reason, curator)


def new_question_id(conn) -> str:
    """A random id no node has: one lookup per try (31^6 ids, so almost always one)."""
    while True:
        qid = "".join(secrets.choice(QUESTION_ALPHABET) for _ in range(QUESTION_ID_LENGTH))
        if not conn.execute("SELECT 1 FROM questions WHERE id = ?", [qid]).fetchone():
            return qid


def _earlier_question(conn, topic: str, fields: dict, once_per_asker: bool) -> str | None:
    """The node a question repeats: the same MessageSid (a Twilio retry), or with `once_per_asker`
    the same asker's same question."""
    if fields.get("message_sid"):
        row = conn.execute("SELECT id FROM questions WHERE message_sid = ?", [fields["message_sid"]]).fetchone()
        if row:
            return row[0]
    if once_per_asker and fields.get("asker"):
        row = conn.execute("SELECT id FROM questions WHERE topic = ? AND asker = ? AND text = ?",
                           [topic, fields["asker"], fields["text"]]).fetchone()
        return row[0] if row else None
    return None


def record_question(db, topic: str, question, *, once_per_asker: bool = False, prefer: str | None = None) -> str:
    """Write a question node and return its id. `question` holds text, channel, asker, matches,
    tiers, reply; or it is a function of the node's id that returns them (a reply names its
    node). The id is picked inside the write transaction, so two writers never share one; and
    there a repeat (`_earlier_question`) is found, so parallel deliveries of one MessageSid make
    one node: the id returned is then the earlier node's. `prefer` is an id picked beforehand
    (`new_question_id`), taken when still free, so a caller can compose the reply that names it
    before the write lock and the function only hands it over."""
    made = {}

    def items(conn):
        free = prefer and not conn.execute("SELECT 1 FROM questions WHERE id = ?", [prefer]).fetchone()
        qid = (question.get("id") if isinstance(question, dict) else None) or (prefer if free else new_question_id(conn))
        fields = question(qid) if callable(question) else question
        earlier = _earlier_question(conn, topic, fields, once_per_asker)
        if earlier is not None:
            raise AlreadyRecorded(earlier)
        made["id"] = qid
        return [("question", {"id": qid, "asked_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                              **fields})]

    try:
        _append(db, topic, items)
    except AlreadyRecorded as repeat:
        return repeat.existing
    return made["id"]


# --- receipts --------------------------------------------------------------

RECEIPT_DAYS = 2  # Twilio retries within minutes; a receipt is kept a little longer, then dropped


def receipt(db, message_sid: str) -> str | None:
    """The reply a message was given, when it was delivered before."""
    row = db.conn.execute("SELECT reply FROM receipts WHERE message_sid = ?", [message_sid]).fetchone()
    return row[0] if row else None


def keep_receipt(db, message_sid: str, reply: str) -> str:
    """Keep the reply given to `message_sid` (the first one wins when deliveries race) and return
    the reply kept. Receipts are operational, not evidence: no chain entry; old ones are dropped."""
    with writing(db.conn):
        db.conn.execute("INSERT OR IGNORE INTO receipts (message_sid, reply, at) VALUES (?, ?, datetime('now'))",
                        [message_sid, reply])
        db.conn.execute("DELETE FROM receipts WHERE at < datetime('now', ?)", [f"-{RECEIPT_DAYS} days"])
    return receipt(db, message_sid) or reply


# --- senders -------------------------------------------------------------

DEV_SECRET = b"development only: sender hashes made with this key are not private"


class MissingSecret(Exception):
    """LEDGER_SECRET is not set, and no development mode was asked for."""


def development_mode() -> bool:
    return os.environ.get("LEDGER_DEV", "") not in ("", "0")


def server_secret() -> bytes:
    """The key for senders' keyed hashes: $LEDGER_SECRET, from outside the database (whoever holds
    a copy of `ledger.db` must not be able to try every phone number against its hashes). In
    development mode ($LEDGER_DEV=1) a fixed, public key stands in, and says so."""
    secret = os.environ.get("LEDGER_SECRET", "")
    if secret:
        return secret.encode()
    if development_mode():
        return DEV_SECRET
    raise MissingSecret("LEDGER_SECRET is not set: set it to a long random value (e.g. `openssl rand -hex 32`), "
                        "kept outside the database; or run in development mode with LEDGER_DEV=1")


def move_out_stored_secret(db) -> bool:
    """An older version kept the sender-hash key in the database's settings. Once LEDGER_SECRET is
    set (to that key, to keep earlier questions linked to their senders) or in development mode,
    remove it, overwriting its bytes; without either, refuse to go on. True when one was removed."""
    row = db.conn.execute("SELECT value FROM settings WHERE key = 'secret'").fetchone()
    if row is None:
        return False
    if not os.environ.get("LEDGER_SECRET") and not development_mode():
        raise MissingSecret(
            "this ledger keeps its sender-hash key in the database, as an older version did: move it out with "
            "export LEDGER_SECRET=$(sqlite3 LEDGER_DB \"SELECT value FROM settings WHERE key = 'secret'\") "
            "and start again (it is then removed from the database)")
    db.conn.execute("PRAGMA secure_delete = ON")
    db.conn.execute("DELETE FROM settings WHERE key = 'secret'")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return True


def asker_hash(db, sender: str | None) -> str | None:
    """A keyed hash of the sender's number: stable per sender, never the number itself."""
    if not sender:
        return None
    return hmac.new(server_secret(), sender.encode(), hashlib.sha256).hexdigest()[:32]


# --- reading -------------------------------------------------------------

def _rows(db, sql: str, params=()) -> list[dict]:
    """A read's rows as dicts, straight from the connection: what an answer reads. (sqlite_utils'
    `query` wraps each statement in a savepoint, to undo a write passed to it by mistake: two
    statements more per read, six reads an answer.)"""
    cursor = db.conn.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]


def _decode(row: dict, *names) -> dict:
    for name in names:
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name])
    return row


class Directory(Mapping):
    """Every topic's aliases by slug, and its slug, name and aliases (`spellings`), as read at one
    version of the topics; read-only. `directory` hands out the same object while no topic
    changes, and it is hashed by identity, so what is derived from every topic's names (the
    grammar's lookup, `matching.every_name`) is cached on it: keyed by their contents, every read
    rebuilt a key of all the names, a millisecond at 744 topics and several reads a message."""

    def __init__(self, topics):
        self.spellings = tuple((t["slug"], t.get("name") or "", tuple(t.get("aliases") or ())) for t in topics)
        self._aliases = {slug: aliases for slug, _, aliases in self.spellings}

    def __getitem__(self, slug):
        return self._aliases[slug]

    def __iter__(self):
        return iter(self._aliases)

    def __len__(self):
        return len(self._aliases)

    __eq__ = object.__eq__
    __hash__ = object.__hash__


_topics_read: dict = {}  # ledger file -> (the hashes of its topics' chain entries, those topics decoded, their Directory)


def _topics_kept(db) -> tuple:
    """The topics as decoded, and their Directory, kept per ledger file: every message reads them
    all (their names), and decoding a hundred topics' aliases and words took 1.4 ms. They are
    read again when the hashes of the topics' chain entries change: a topic is added or changed,
    or the file is another ledger (a backup restored over it). The hashes are read from an index
    of their own (`chain_topic_hashes`): read from the entries, which hold whole topics, they
    took 3.8 ms at 744 topics."""
    conn = db.conn
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    hashes = conn.execute("SELECT group_concat(hash) FROM chain INDEXED BY chain_topic_hashes"
                          " WHERE kind = 'topic'").fetchone()[0]
    key = (path, search_index.file_identity(path)) if path else None
    kept = _topics_read.get(key)
    if kept is None or kept[0] != hashes:
        topics = [_decode(r, "aliases", "words") for r in _rows(db, "SELECT * FROM topics ORDER BY slug")]
        kept = hashes, topics, Directory(topics)
        if key is not None:
            _topics_read[key] = kept
    return kept


def list_topics(db) -> list[dict]:
    """Every topic, by slug (each a copy: what a caller does to it stays with it)."""
    return [dict(topic) for topic in _topics_kept(db)[1]]


def directory(db) -> Directory:
    """Every topic's names (`Directory`): one object per version of the topics."""
    return _topics_kept(db)[2]


def get_topic(db, slug: str) -> dict | None:
    row = next(iter(_rows(db, "SELECT * FROM topics WHERE slug = ?", [slug])), None)
    return _decode(row, "aliases", "words") if row else None


def require_topic(db, slug: str) -> dict:
    topic = get_topic(db, slug)
    if topic is None:
        raise UnknownTopic(f"no topic {slug!r}")
    return topic


def _agreeing(db, topic: str, rows: list[dict]) -> list[dict]:
    """Withhold (and log) every row that disagrees with its chain entry: an edit made straight
    into the table is never shown, whatever `ledger verify` has not yet been run to say."""
    if not rows:
        return rows
    entries = {seq: rest for seq, *rest in db.conn.execute(
        "SELECT seq, kind, data, prev_hash, hash FROM chain WHERE topic = ? AND seq IN (SELECT value FROM json_each(?))",
        [topic, json.dumps([row["entry"] for row in rows])])}
    kept = []
    for row in rows:
        if row_agrees(topic, row, entries.get(row["entry"])):
            kept.append(row)
        else:
            log.warning("withheld %s %s: the row disagrees with chain entry %s; run ledger verify",
                        topic, row.get("id"), row["entry"])
    return kept


STORED = "_stored"  # a row read unchecked keeps its columns as stored under this key, for `agreeing`


def agreeing(db, topic: str, rows: list[dict]) -> list[dict]:
    """The rows, read with `claims(..., checked=False)`, that agree with their chain entries (as
    they were stored: `_apply` has since set their status); the others are withheld and logged."""
    stored = [row[STORED] for row in rows]
    kept = {id(row) for row in _agreeing(db, topic, stored)}
    return [row for row, as_stored in zip(rows, stored) if id(as_stored) in kept]


@dataclass
class Curation:
    """A topic's curator acts, applied on read: confirmed ids, and withdrawn ids with their reasons."""
    confirmed: set = field(default_factory=set)
    rejected: dict = field(default_factory=dict)
    retracted: dict = field(default_factory=dict)
    cited: set = field(default_factory=set)      # sources of which a curator confirmed a single claim

    def status(self, row: dict, source: str | None = None) -> tuple[str, str | None]:
        """(status, reason) of a source row, or of a claim row with its `source` id.

        curated (written by a curator) or confirmed: public. pending: a paste awaiting a
        curator, shown to no one but its sender. rejected, retracted: withdrawn, with a reason.
        """
        for withdrawn, name in ((self.retracted, "retracted"), (self.rejected, "rejected")):
            for key in (row["id"], source):
                if key in withdrawn:
                    return name, withdrawn[key]
        if not row["auto"]:
            return "curated", None
        if row["id"] in self.confirmed or source is None and row["id"] in self.cited:
            return "confirmed", None
        return "pending", None


def curation(db, topic: str, targets=None, *, claim_rows: bool = False) -> Curation:
    """`topic`'s curator acts. With `targets` (the ids of the rows to be shown and, for claims,
    of their sources) only the acts on those are read, through indexes on (topic, target): an
    answer reads the few acts its candidates need, not every act the topic has. Claim rows
    never use `cited`, so with `claim_rows` it is not read."""
    found = Curation()
    params = {"t": topic, "ids": None if targets is None else json.dumps(sorted(targets))}
    on = "" if targets is None else " AND target IN (SELECT value FROM json_each(:ids))"
    for target, listed, source_claims in db.conn.execute(
            "SELECT target, claims, (SELECT json_group_array(id) FROM claims c WHERE c.topic = f.topic"
            f" AND c.source = f.target) FROM confirmations f WHERE topic = :t{on}", params):
        found.confirmed.add(target)
        if target.startswith("s"):  # entries written before `claims` was recorded confirmed every claim
            found.confirmed.update(json.loads(listed if listed is not None else source_claims))
    found.cited = set() if targets is not None and claim_rows else {r[0] for r in db.conn.execute(
        "SELECT c.source FROM confirmations f JOIN claims c ON c.topic = f.topic AND c.id = f.target WHERE f.topic = :t"
        if targets is None else  # from the sources' claims to their confirmations, not the other way
        "SELECT c.source FROM claims c CROSS JOIN confirmations f ON f.topic = c.topic AND f.target = c.id"
        " WHERE c.topic = :t AND c.source IN (SELECT value FROM json_each(:ids))", params)}
    for table, into in (("rejections", found.rejected), ("retractions", found.retracted)):
        indexed = "" if targets is None else f" INDEXED BY {table}_by_target"
        for target, reason in db.conn.execute(f"SELECT target, reason FROM {table}{indexed} WHERE topic = :t{on}"
                                              " ORDER BY entry", params):
            into.setdefault(target, reason)
    return found


def _targets(rows: list[dict], claim_rows: bool) -> set:
    """What `curation` needs for `rows`: their ids and, for claims, their sources' ids."""
    return {r["id"] for r in rows} | ({r["source"] for r in rows} if claim_rows else set())


def _apply(rows: list[dict], found: Curation, claim_rows: bool) -> list[dict]:
    for row in rows:
        row["status"], row["withdrawn_reason"] = found.status(row, row["source"] if claim_rows else None)
        row["auto"] = row["status"] == "pending"
    return rows


PUBLIC = ("curated", "confirmed")


def sources(db, topic: str, ids=None, *, withdrawn: bool = False) -> list[dict]:
    """Sources in id order (or those with the given ids), each with its `status`; `auto` is true
    while it awaits a curator. Rejected and retracted sources are left out unless `withdrawn`."""
    sql, params = "SELECT * FROM sources WHERE topic = ?", [topic]
    if ids is not None:
        sql, params = sql + " AND id IN (SELECT value FROM json_each(?))", params + [json.dumps(sorted(ids))]
    order = SOURCE_NUMBER if ids is None else "+" + SOURCE_NUMBER  # a few by id: sorted, not found by a walk
    rows = _agreeing(db, topic, list(db.query(f"{sql} ORDER BY {order}", params)))
    rows = _apply(rows, curation(db, topic, None if ids is None else _targets(rows, claim_rows=False)), claim_rows=False)
    return rows if withdrawn else [r for r in rows if r["status"] not in ("rejected", "retracted")]


def summaries(db, topic: str, ids) -> dict:
    """The one-line summary of each source in `ids` (withdrawn ones too), from rows checked against
    their entries: what an answer may show in place of a claim too long for its reply. No curator
    act changes a summary, so none is read."""
    rows = _agreeing(db, topic, _rows(
        db, f"SELECT * FROM sources WHERE topic = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY +{SOURCE_NUMBER}",
        [topic, json.dumps(sorted(ids))]))
    return {row["id"]: row["summary"] for row in rows}


def get_source(db, topic: str, source_id: str) -> dict:
    """One source with its `status` (withdrawn ones too: callers decide who may see what)."""
    row = next(iter(_agreeing(db, topic, list(db.query(
        "SELECT * FROM sources WHERE topic = ? AND id = ?", [topic, source_id])))), None)
    if row is None:
        raise UnknownSource(f"{topic} has no source {source_id}")
    return _apply([row], curation(db, topic, {source_id}), claim_rows=False)[0]


def claims(db, topic: str, source: str | None = None, ids=None, *, withdrawn: bool = False,
           sources=None, checked: bool = True) -> list[dict]:
    """Claims in id order (of one source, of the `sources` given, or with the given ids), each with
    its `status`; `auto` is true until a curator confirms it. Rejected and retracted claims (or
    claims of such a source) are left out unless `withdrawn`. With `checked=False` the rows are
    not yet checked against their entries: the caller passes those it will show to `agreeing`."""
    sql, params = "topic = ?", [topic]
    if source:
        sql, params = sql + " AND source = ?", params + [source]
    if sources is not None:
        sql, params = sql + " AND source IN (SELECT value FROM json_each(?))", params + [json.dumps(sorted(sources))]
    if ids is not None:
        sql, params = sql + " AND id IN (SELECT value FROM json_each(?))", params + [json.dumps(sorted(ids))]
    narrowed = bool(source) or ids is not None or sources is not None
    return _read_claims(db, topic, sql, params, narrowed=narrowed, withdrawn=withdrawn, by_index=not narrowed,
                        checked=checked)[0]


CLAIM_NUMBER = "CAST(substr(id, 2) AS INTEGER)"  # claim ids are c1, c2 ...; index claims_by_number holds it
SOURCE_NUMBER = CLAIM_NUMBER  # s1, s2 ...; index sources_by_number


def _read_claims(db, topic: str, where: str, params: list, *, narrowed: bool, withdrawn: bool,
                 limit: int | None = None, by_index: bool = True, checked: bool = True) -> tuple[list[dict], list[str]]:
    """The one reader of claim rows: (those matching `where`, in id order, each checked against
    its chain entry (`_agreeing`) and given its curation status; the ids of every row read,
    kept or not). A `narrowed` read fetches only the curator acts on its rows; else every act
    is needed anyway. Rejected and retracted claims are left out unless `withdrawn`. Without
    `by_index` the few rows found by id or source are sorted, rather than every claim of the
    topic walked in claims_by_number's order to find them (SQLite's choice otherwise)."""
    sql = f"SELECT * FROM claims WHERE {where} ORDER BY {'' if by_index else '+'}{CLAIM_NUMBER}"
    if limit is not None:
        sql, params = sql + " LIMIT ?", params + [limit]
    read = _rows(db, sql, params)
    ids = [row["id"] for row in read]
    if checked:
        rows = _agreeing(db, topic, read)
    else:  # what `agreeing` will check: the row as stored, before its status is added
        rows = read
        for row in rows:
            row[STORED] = dict(row)
    rows = _apply(rows, curation(db, topic, _targets(rows, claim_rows=True) if narrowed else None, claim_rows=True),
                  claim_rows=True)
    return (rows if withdrawn else [r for r in rows if r["status"] not in ("rejected", "retracted")]), ids


SOURCE_STATE = """CASE
 WHEN s.id IN (SELECT target FROM rejections w WHERE w.topic = :t)
   OR s.id IN (SELECT target FROM retractions w WHERE w.topic = :t) THEN 2
 WHEN s.auto = 0 OR s.id IN (SELECT target FROM confirmations f WHERE f.topic = :t)
   OR s.id IN (SELECT c.source FROM confirmations f JOIN claims c ON c.topic = f.topic AND c.id = f.target
               WHERE f.topic = :t) THEN 0
 WHEN s.asker IS NOT NULL THEN 3
 ELSE 1 END"""  # a source's state by the rule of `Curation.status` and `visible_to`, numbered as `tally.STATE`
COUNT_CAP = 2_000  # `first_claims` and `first_sources` count at most this many rows


def first_claims(db, topic: str, n: int, *, pending: bool = False, section: str | None = None,
                 source: str | None = None) -> tuple[list[dict], int]:
    """(the first `n` claims anyone may see, in id order: curated or confirmed ones, or with
    `pending` those awaiting a curator (texters' held pastes never); how many there are, counted
    up to COUNT_CAP). SQL picks the rows by `tally.STATE`, with LIMIT, and the one reader
    (`claims`) checks them against their entries and gives them their status: a list on a page
    costs the same at a hundred claims or a million."""
    where, params = f"c.topic = :t AND {tally.STATE} = :state", {"t": topic, "state": tally.PENDING if pending
                                                                      else tally.CURATED}
    for column, value in (("section", section), ("source", source)):
        if value is not None:
            where, params = where + f" AND c.{column} = :{column}", {**params, column: value}
    if pending:  # through the partial index claims_auto: only pasted rows can be awaiting a curator
        where += " AND c.auto = 1"
    order = "+" if source is not None else ""  # one source's claims: through claims_by_source, then sorted
    ids = [r[0] for r in db.conn.execute(f"SELECT c.id FROM claims c WHERE {where} ORDER BY {order}{CLAIM_NUMBER} LIMIT :n",
                                         {**params, "n": n})]
    count = db.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM claims c WHERE {where} LIMIT :cap)",
                            {**params, "cap": COUNT_CAP}).fetchone()[0]
    rows = claims(db, topic, ids=ids) if ids else []
    return [r for r in rows if r["auto"] == pending], count


def first_sources(db, topic: str, n: int, where: str = "1", *, pending: bool = False,
                  few: bool = False) -> tuple[list[dict], int]:
    """`first_claims` for sources: the first `n` in id order, public ones or with `pending` those
    awaiting a curator that anyone may see, also matching `where` (SQL on `s`, or a subquery
    naming the topic :t); how many there are, counted up to COUNT_CAP. With `few` (`where` picks
    a few sources by id) those are sorted, rather than every source walked in id order."""
    where = f"s.topic = :t AND {SOURCE_STATE} = :state AND ({where})" + (" AND s.auto = 1" if pending else "")
    params = {"t": topic, "state": tally.PENDING if pending else tally.CURATED}
    ids = [r[0] for r in db.conn.execute(f"SELECT s.id FROM sources s WHERE {where}"
                                         f" ORDER BY {'+' if few else ''}{SOURCE_NUMBER} LIMIT :n",
                                         {**params, "n": n})]
    count = db.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM sources s WHERE {where} LIMIT :cap)",
                            {**params, "cap": COUNT_CAP}).fetchone()[0]
    rows = sources(db, topic, ids=ids) if ids else []
    return [r for r in rows if r["auto"] == pending], count


def source_tally(db, topic: str) -> dict[tuple[str, str, int], int]:
    """(kind, tier, state as `SOURCE_STATE` numbers it) -> how many of `topic`'s sources: one
    GROUP BY in SQL, not a row per source read into Python."""
    return {(kind, tier, state): n for kind, tier, state, n in db.conn.execute(
        f"SELECT s.kind, s.tier, {SOURCE_STATE}, count(*) FROM sources s WHERE s.topic = :t GROUP BY 1, 2, 3",
        {"t": topic})}


def held_count(db, topic: str) -> int:
    """Texters' pastes held for a curator (not withdrawn): through the partial index sources_quarantined."""
    return db.conn.execute(f"SELECT count(*) FROM sources s WHERE s.topic = :t AND s.auto = 1 AND s.asker IS NOT NULL"
                           f" AND {SOURCE_STATE} = {tally.HELD}", {"t": topic}).fetchone()[0]


PAGE_SPAN = 10_000  # claim numbers a page request looks through at most (ids are unique: at most this many rows)
PAGE_BATCH = 100    # rows fetched at least per query while filling a page


def claims_page(db, topic: str, *, after: int = 0, limit: int = 100, tier: str | None = None,
                source: str | None = None, text: str | None = None, hidden=frozenset()) -> tuple[list[dict], int | None]:
    """(up to `limit` claims numbered above `after`, in id order; the number to continue after,
    or None when no claim is left): the public listing, paged by keyset on the claim number.

    Each claim is checked and given its status as `claims` does; withdrawn claims, and pastes a
    reader may not see (`shown` with `hidden` = `quarantined(...)`), are skipped. `tier` and
    `source` match exactly, `text` is a case-insensitive substring (ASCII case is folded in SQL,
    the rest in Python). Rows are read through index claims_by_number in batches until the page
    is full, the topic ends, or PAGE_SPAN numbers were looked through: so a page costs the same
    at a thousand claims or a million, and a rare filter may give a short (even empty) page
    whose continuation is not None."""
    needle = (text or "").casefold()
    where, params = f"topic = ? AND {CLAIM_NUMBER} > ? AND {CLAIM_NUMBER} <= ?", [topic]
    filters, values = "", []
    if tier:
        filters, values = filters + " AND tier = ?", values + [tier]
    if source:
        filters, values = filters + " AND source = ?", values + [source]
    if needle and needle.isascii():
        filters, values = filters + " AND instr(lower(text), ?)", values + [needle]
    last = db.conn.execute(f"SELECT {CLAIM_NUMBER} FROM claims WHERE topic = ? ORDER BY {CLAIM_NUMBER} DESC LIMIT 1",
                           [topic]).fetchone()
    last = last[0] if last else 0
    end = min(last, after + PAGE_SPAN)
    page, low = [], after
    while low < end and len(page) < limit:
        fetch = max(limit - len(page) + 1, PAGE_BATCH)
        rows, read = _read_claims(db, topic, where + filters, params + [low, end] + values, narrowed=True,
                                  withdrawn=False, limit=fetch)
        for row in rows:
            if shown(row, hidden) and needle in row["text"].casefold():
                if len(page) == limit:
                    return page, _number(page[-1]["id"])
                page.append(row)
        low = _number(read[-1]) if len(read) == fetch else end
    return page, None if low >= last else low


def _number(claim_id: str) -> int:
    return int(claim_id[1:])


def visible_to(source: dict, asker: str | None) -> bool:
    """Whether `asker` may see a source. A paste from a texter (it has an `asker`) is held in
    quarantine: until a curator confirms it, only that texter sees it, and a rejected one
    stays theirs alone. Curated, confirmed and retracted sources, and auto-generated ones the
    ledger's own operators added (data/ articles, `ledger ingest`), are visible to all."""
    if source["status"] in PUBLIC or source["status"] == "retracted":
        return True
    if source.get("asker"):
        return source["asker"] == asker
    return source["status"] == "pending"


def quarantined(db, topic: str, but_for: str | None = None) -> set[str]:
    """Ids of the sources texters other than `but_for` pasted: their claims still awaiting a
    curator (`auto`) are seen by no one else, even once the source or some of its claims are
    confirmed. One indexed query, for every answer."""
    return {r[0] for r in db.conn.execute(
        "SELECT id FROM sources WHERE topic = ? AND auto = 1 AND asker IS NOT NULL AND asker IS NOT ?",
        [topic, but_for])}


def shown(claim: dict, held: set) -> bool:
    """Whether a claim may be shown to someone for whom `held` = `quarantined(...)`."""
    return not (claim["auto"] and claim["source"] in held)


def review_queue(db, topic: str) -> list[dict]:
    """Sources awaiting a curator, oldest first, each with its pending claims under `pending`."""
    require_topic(db, topic)
    waiting = defaultdict(list)
    for claim in claims(db, topic):
        if claim["status"] == "pending":
            waiting[claim["source"]].append(claim)
    queue = [{**s, "pending": waiting[s["id"]]} for s in sources(db, topic)
             if s["status"] == "pending" or waiting[s["id"]]]
    return sorted(queue, key=lambda s: s["entry"])


def withdrawals(db, topic: str) -> list[dict]:
    """Every rejection and retraction, in chain order: action, target, reason, curator, entry."""
    return [dict(r) for r in db.query(
        "SELECT 'reject' AS action, target, reason, curator, entry FROM rejections WHERE topic = :t UNION ALL "
        "SELECT 'retract', target, reason, curator, entry FROM retractions WHERE topic = :t ORDER BY entry",
        {"t": topic})]


def get_question(db, qid: str) -> dict:
    """A question node, checked against its chain entry like sources and claims (`_agreeing`):
    a row edited in the table reads as no node at all, and is logged."""
    row = next(db.query("SELECT * FROM questions WHERE id = ?", [qid]), None)
    if row is not None and not _agreeing(db, row["topic"], [row]):
        row = None
    if row is None:
        raise UnknownQuestion(f"no question node q:{qid}")
    return _decode(row, "matches", "unconfirmed", "tiers")


def question_by_message(db, message_sid: str) -> dict | None:
    row = next(db.query("SELECT * FROM questions WHERE message_sid = ?", [message_sid]), None)
    return _decode(row, "matches", "unconfirmed", "tiers") if row else None


def questions(db, topic: str) -> list[dict]:
    return [_decode(r, "matches", "unconfirmed", "tiers") for r in db.query("SELECT * FROM questions WHERE topic = ? ORDER BY entry", [topic])]


def open_questions(db, topic: str, limit: int) -> tuple[list[dict], int]:
    """(the newest `limit` question nodes nothing answered, newest first; how many there are):
    read through a partial index and a count kept at write time, so the cost does not grow
    with the number of nodes. A row that disagrees with its chain entry is withheld (`_agreeing`)."""
    rows = _agreeing(db, topic, list(db.query(
        f"SELECT * FROM questions INDEXED BY questions_open WHERE topic = ? AND {tally.OPEN}"
        " ORDER BY entry DESC LIMIT ?", [topic, limit])))
    return [_decode(r, "matches", "unconfirmed", "tiers") for r in rows], tally.open_count(db.conn, topic)


def evidence_for(db, qid: str) -> list[dict]:
    """Sources added for a question node, oldest first."""
    return list(db.query(
        "SELECT s.* FROM evidence_links l JOIN sources s ON s.topic = l.topic AND s.id = l.source"
        " WHERE l.question = ? ORDER BY l.entry", [qid]))


def evidence_linked(db, qids: list[str]) -> dict[str, list[str]]:
    """Question id -> the ids of the sources added for it, oldest first: `evidence_for` for many
    nodes in one query (a page lists up to a couple of hundred)."""
    linked = {}
    for qid, source in db.conn.execute(
            "SELECT question, source FROM evidence_links WHERE question IN (SELECT value FROM json_each(?))"
            " ORDER BY entry", [json.dumps(qids)]):
        linked.setdefault(qid, []).append(source)
    return linked


def head(db, topic: str) -> tuple[int, str]:
    """(entry count, head hash) of `topic`'s chain: the ledger state an answer rests on."""
    row = db.conn.execute("SELECT seq, hash FROM chain WHERE topic = ? ORDER BY seq DESC LIMIT 1", [topic]).fetchone()
    return row if row else (0, GENESIS)


def content_head(db, topic: str) -> tuple[int, str]:
    """(seq, hash) of `topic`'s latest entry that is not a question node or an evidence link:
    its hash commits to every source, claim and curator act the topic holds, so what is
    computed from those alone stays valid while it is unchanged, however many questions are
    asked. One lookup in the partial index chain_content."""
    row = db.conn.execute("SELECT seq, hash FROM chain INDEXED BY chain_content WHERE topic = ?"
                          " AND kind NOT IN ('question', 'evidence') ORDER BY seq DESC LIMIT 1", [topic]).fetchone()
    return row if row else (0, GENESIS)


ENVELOPE = ("seq", "kind", "hash", "prev_hash")
PRIVATE = ("asker",)  # a sender's keyed hash links all of one person's questions: never exported


def entries(db, topic: str):
    """Chain entries in order, each as a flat dict: seq, kind, hash, prev_hash and the entry's
    fields, except the sender hashes (`PRIVATE`).

    A field whose name the envelope already uses is prefixed with the entry kind
    (a source's own `kind`, study or reddit, becomes `source_kind`).
    """
    for seq, kind, data, prev_hash, digest in db.conn.execute(
            "SELECT seq, kind, data, prev_hash, hash FROM chain WHERE topic = ? ORDER BY seq", [topic]):
        fields = {f"{kind}_{k}" if k in ENVELOPE else k: v for k, v in json.loads(data).items() if k not in PRIVATE}
        yield {"seq": seq, "kind": kind, "hash": digest, "prev_hash": prev_hash, **fields}


def entry(db, topic: str, seq: int) -> dict | None:
    """One chain entry as stored: seq, kind, data (parsed), prev_hash."""
    row = db.conn.execute("SELECT kind, data, prev_hash FROM chain WHERE topic = ? AND seq = ?", [topic, seq]).fetchone()
    return {"seq": seq, "kind": row[0], "data": json.loads(row[1]), "prev_hash": row[2]} if row else None


def claim_counts(db, topic: str) -> tuple[dict[str, int], int]:
    """(curated and confirmed claims per tier, every tier present; claims awaiting a curator that
    anyone may see), as kept at write time (`service.tally`). Withdrawn claims count in neither,
    nor do texters' pastes held in quarantine: their number would show spam volume to everyone."""
    curated, pending = dict.fromkeys(TIERS, 0), 0
    for (tier, state), count in tally.counts(db.conn, topic).items():
        if state == tally.PENDING:
            pending += count
        elif state == tally.CURATED:
            curated[tier] = curated.get(tier, 0) + count
    return curated, pending


_WITHDRAWN = ("id IN (SELECT target FROM rejections WHERE topic = :t)"
              " OR id IN (SELECT target FROM retractions WHERE topic = :t)")
_CONFIRMED = "id IN (SELECT target FROM confirmations WHERE topic = :t)"


def source_count(db, topic: str) -> int:
    """Public sources: curated or confirmed, not withdrawn (one indexed count, not a scan in Python)."""
    return db.conn.execute(f"SELECT count(*) FROM sources WHERE topic = :t AND (auto = 0 OR {_CONFIRMED})"
                           f" AND NOT ({_WITHDRAWN})", {"t": topic}).fetchone()[0]
