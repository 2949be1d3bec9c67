"""The per-topic hash chain: canonical encoding, entry hashes, verification.

Each write to the ledger is one chain entry (topic, seq, kind, data) whose hash
is sha256 over a 0x00 prefix and the canonical JSON of the entry including the
previous entry's hash. The prefix keeps an entry hash from ever being confused
with any other hash this project might compute (RFC 9162 style).

Verification re-derives everything: the chain must be contiguous and every hash
must recompute, *and* every chained table must hold exactly the rows the chain
says it holds, so an edit, delete or insert made straight into `claims` with
sqlite3 is caught and named by its entry. Hash-chained sources verify
integrity, not clinical truth.
"""
import hashlib
import json
from dataclasses import dataclass

from . import search_index, tally
from .db import CHAINED_TABLES

GENESIS = "0" * 64
LEAF_PREFIX = b"\x00"


def canonical(value) -> str:
    """One encoding for one value: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def leaf_bytes(topic: str, seq: int, kind: str, data: dict, prev_hash: str) -> str:
    """An entry's bytes: what its hash, and its leaf in the topic's Merkle tree, are computed over."""
    return canonical({"topic": topic, "seq": seq, "kind": kind, "data": data, "prev_hash": prev_hash})


def entry_hash(topic: str, seq: int, kind: str, data: dict, prev_hash: str) -> str:
    """SHA-256(0x00 || entry bytes): the RFC 9162 leaf hash, so chain hashes are the tree's leaves."""
    return hashlib.sha256(LEAF_PREFIX + leaf_bytes(topic, seq, kind, data, prev_hash).encode("utf-8")).hexdigest()


def row_for(topic: str, seq: int, kind: str, data: dict) -> dict:
    """The table row an entry stands for: its data (lists as canonical JSON), its entry seq and topic."""
    row = {k: canonical(v) if isinstance(v, (list, dict)) else v for k, v in data.items()}
    row["entry"] = seq
    if kind != "topic":
        row["topic"] = topic
    return row


@dataclass
class Verification:
    topic: str
    entries: int
    head: str
    problem: str | None = None
    bad_seq: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def as_dict(self) -> dict:
        return {"topic": self.topic, "ok": self.ok, "entries": self.entries, "head": self.head,
                "problem": self.problem, "bad_entry": self.bad_seq}


def _rows(db, table: str, topic: str) -> tuple[dict[int, dict], int | None]:
    """The table's rows for `topic` keyed by entry, and the first entry claimed by two rows."""
    column = "slug" if table == "topics" else "topic"
    cursor = db.conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", [topic])
    names = [d[0] for d in cursor.description]
    rows, twice = {}, None
    for row in (dict(zip(names, r)) for r in cursor):
        if row["entry"] in rows and twice is None:
            twice = row["entry"]
        rows[row["entry"]] = row
    return rows, twice


def _normalise(row: dict) -> dict:
    """Drop columns left NULL by the schema so absent and null compare equal."""
    return {k: v for k, v in row.items() if v is not None}


def row_agrees(topic: str, row: dict, entry: tuple | None) -> bool:
    """The cheap check on read: `row` is what its chain entry (kind, data, prev_hash, hash) says,
    and that entry's hash recomputes. Rewriting a row and its entry together still breaks the
    next entry's link, which `verify` names; this only keeps answers from quoting an edit."""
    if entry is None:
        return False
    kind, data, prev_hash, stored_hash = entry
    try:
        payload = json.loads(data)
    except ValueError:
        return False
    return (entry_hash(topic, row["entry"], kind, payload, prev_hash) == stored_hash
            and _normalise(row_for(topic, row["entry"], kind, payload)) == _normalise(row))


def topics(db) -> list[str]:
    """Every topic the chain holds: what `verify_ledger` walks, whatever the tables say."""
    return [row[0] for row in db.conn.execute("SELECT DISTINCT topic FROM chain ORDER BY topic")]


def verify_ledger(db) -> list[Verification]:
    """Verify every topic the chain holds, and fail for rows of a topic the chain does not hold
    or for a ledger whose chain is empty (an emptied ledger is not a verified one)."""
    chained = topics(db)
    results = [verify(db, topic) for topic in chained]
    for table in CHAINED_TABLES.values():
        column = "slug" if table == "topics" else "topic"
        for (stray,) in db.conn.execute(f"SELECT DISTINCT {column} FROM {table} ORDER BY 1"):
            if stray not in chained:
                results.append(Verification(stray, 0, GENESIS, f"{table} holds rows of {stray!r}, which has no chain", 1))
    if not chained and not results:
        results.append(Verification("(ledger)", 0, GENESIS, "the chain is empty: there is nothing to verify", 1))
    return results


def verify(db, topic: str) -> Verification:
    """Walk `topic`'s chain and compare every chained table against it."""
    entries = db.conn.execute(
        "SELECT seq, kind, data, prev_hash, hash FROM chain WHERE topic = ? ORDER BY seq", [topic]
    ).fetchall()
    expected = {table: {} for table in CHAINED_TABLES.values()}
    prev = GENESIS
    result = Verification(topic, len(entries), GENESIS)

    def fail(seq, problem):
        result.problem, result.bad_seq = problem, seq
        return result

    for position, (seq, kind, data, prev_hash, stored_hash) in enumerate(entries, start=1):
        if seq != position:
            return fail(position, f"entry {position} is missing or out of order (found seq {seq})")
        if prev_hash != prev:
            return fail(seq, f"entry {seq} does not follow entry {seq - 1} (prev_hash mismatch)")
        try:
            payload = json.loads(data)
        except ValueError:
            return fail(seq, f"entry {seq} holds data that is not JSON")
        if canonical(payload) != data:
            return fail(seq, f"entry {seq} ({kind}) holds data that is not in canonical form "
                             "(a repeated key, reordered keys or other re-encoding)")
        if kind not in CHAINED_TABLES:
            return fail(seq, f"entry {seq} has unknown kind {kind!r}")
        if entry_hash(topic, seq, kind, payload, prev_hash) != stored_hash:
            return fail(seq, f"entry {seq} ({kind}) was altered: its hash does not recompute")
        expected[CHAINED_TABLES[kind]][seq] = row_for(topic, seq, kind, payload)
        prev = stored_hash
    result.head = prev

    for table, rows in expected.items():
        actual, twice = _rows(db, table, topic)
        if twice is not None:
            return fail(twice, f"{table} holds a row no chain entry wrote (a second row for entry {twice})")
        for seq, want in rows.items():
            have = actual.pop(seq, None)
            if have is None:
                return fail(seq, f"entry {seq}: its row in {table} was deleted")
            if _normalise(have) != _normalise(want):
                changed = sorted(k for k in set(have) | set(want) if have.get(k) != want.get(k))
                return fail(seq, f"entry {seq}: its row in {table} was edited ({', '.join(changed)})")
        if actual:
            seq = min(actual)
            return fail(seq, f"{table} holds a row no chain entry wrote (entry {seq})")
    return _check_index(db, topic, result)


def _check_index(db, topic: str, result: Verification) -> Verification:
    """The search index picks the claims an answer shows, so it must hold exactly the claims'
    rows and their embeddings (it is derived: `ledger reindex` rebuilds it)."""
    counted = tally.problem(db.conn, topic)
    if counted:
        result.problem = f"{counted}; run `ledger reindex {topic}`"
        return result
    found = search_index.problem(db, topic)
    if found:
        claim_id, problem = found
        seq = db.conn.execute("SELECT entry FROM claims WHERE topic = ? AND id = ?", [topic, claim_id]).fetchone()
        result.problem = f"{problem}; run `ledger reindex {topic}`"
        result.bad_seq = seq[0] if seq else None
    return result
