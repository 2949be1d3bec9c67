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
import functools
import hashlib
import json
import queue
import re
import sqlite3
import threading
from dataclasses import dataclass

import sqlite_utils

from . import search_index, tally
from .db import CHAINED_TABLES

GENESIS = "0" * 64
_HEX_HASH = re.compile("[0-9a-f]{64}")
LEAF_PREFIX = b"\x00"
_BATCH = 8192  # rows fetched per call while walking a chain


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


def _normalise(row: dict) -> dict:
    """Drop columns left NULL by the schema so absent and null compare equal."""
    return {k: v for k, v in row.items() if v is not None}


def row_agrees(topic: str, row: dict, entry: tuple | None) -> bool:
    """The cheap check on read: `row` is what its chain entry (kind, data, prev_hash, hash) says,
    and that entry's hash recomputes. Rewriting a row and its entry together still breaks the
    next entry's link, which `verify` names; this only keeps answers from quoting an edit.

    Verdicts are kept (per process, a bounded number) under everything they were computed
    from, the row's columns and the entry as stored, each with its type: a row or entry that
    changes in any way is a new key and is checked afresh. The rows an answer reads repeat."""
    if entry is None:
        return False
    values = tuple(row.values())
    return _agrees(topic, tuple(row), values, tuple(map(type, values)), tuple(entry), tuple(map(type, entry)))


@functools.lru_cache(maxsize=4096)
def _agrees(topic: str, columns: tuple, values: tuple, _value_types: tuple, entry: tuple, _entry_types: tuple) -> bool:
    """`row_agrees` itself. The hash is taken over the data as stored (`_hash_of_stored`), not
    re-encoded: `_append` stores the canonical bytes it hashed, so they recompute unless edited
    or re-encoded (and every link is a hex hash, so one that is not is an edit too). The data is
    parsed once, to compare its fields with the row's columns."""
    row = dict(zip(columns, values))
    kind, data, prev_hash, stored_hash = entry
    seq = row["entry"]
    if not isinstance(prev_hash, str) or not _HEX_HASH.fullmatch(prev_hash) or _hash_of_stored(
            topic, seq, kind, data, prev_hash) != stored_hash:
        return False
    try:
        payload = json.loads(data)
    except (TypeError, ValueError):
        return False
    if not isinstance(payload, dict):
        return False
    return _is_row_for(row, topic, seq, kind, payload)


def _is_row_for(row: dict, topic: str, seq: int, kind: str, payload: dict) -> bool:
    """`_normalise(row_for(topic, seq, kind, payload)) == _normalise(row)`, without building
    either dict: every column the entry sets (not null) holds its value, and the row has no
    other column set."""
    expected = (seq is not None) + (kind != "topic" and topic is not None)  # entry; topic, but in a topic's own row
    for key, value in payload.items():
        if key == "entry" or key == "topic" and kind != "topic":
            continue
        if value is None:
            if row.get(key) is not None:
                return False
            continue
        expected += 1
        if isinstance(value, (list, dict)):
            value = canonical(value)
        if key not in row or row[key] is not value and row[key] != value:  # as dicts compare values
            return False
    if row.get("entry") != seq or kind != "topic" and row.get("topic") != topic:
        return False
    return sum(value is not None for value in row.values()) == expected


def topics(db) -> list[str]:
    """Every topic the chain holds: what `verify_ledger` walks, whatever the tables say."""
    return [row[0] for row in db.conn.execute("SELECT DISTINCT topic FROM chain ORDER BY topic")]


def verify_ledger(db, vectors: bool = True) -> list[Verification]:
    """Verify every topic the chain holds, and fail for rows of a topic the chain does not hold
    or for a ledger whose chain is empty (an emptied ledger is not a verified one)."""
    chained = topics(db)
    results = [verify(db, topic, vectors=vectors) for topic in chained]
    for table in CHAINED_TABLES.values():
        column = "slug" if table == "topics" else "topic"
        for (stray,) in db.conn.execute(f"SELECT DISTINCT {column} FROM {table} ORDER BY 1"):
            if stray not in chained:
                results.append(Verification(stray, 0, GENESIS, f"{table} holds rows of {stray!r}, which has no chain", 1))
    if not chained and not results:
        results.append(Verification("(ledger)", 0, GENESIS, "the chain is empty: there is nothing to verify", 1))
    return results


def _hash_of_stored(topic: str, seq: int, kind: str, data: str, prev_hash: str) -> str:
    """`entry_hash` computed over the data exactly as stored, without parsing it: the keys of
    the entry in canonical (sorted) order around the stored text. It recomputes only if the
    stored text is byte for byte the canonical encoding that was hashed, so a re-encoded
    entry (a repeated key, reordered keys, added spaces) fails like an edited one. `prev_hash`
    is quoted as is: `verify` has already found it equal to the hex hash before it."""
    body = f'{{"data":{data},"kind":{_quoted(kind)},"prev_hash":"{prev_hash}","seq":{seq},"topic":{_quoted(topic)}}}'
    return hashlib.sha256(LEAF_PREFIX + body.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=4096)
def _quoted(text: str) -> str:
    """canonical() of a string, cached: kinds and topics repeat."""
    return canonical(text)


def verify(db, topic: str, since: int = 0, vectors: bool = True) -> Verification:
    """Walk `topic`'s chain and compare every chained table and the derived index against it.

    Streams (memory does not grow with the ledger). With `since`, entries up to that seq are
    taken as verified (a signed checkpoint's consistency proof covers them): the walk starts
    after it and only rows and index entries written since are compared. `vectors=False`
    skips recomputing the embeddings (the slowest check, about 20k claims a second).
    """
    conn = db.conn
    result = Verification(topic, since, GENESIS)

    def fail(seq, problem):
        result.problem, result.bad_seq = problem, seq
        return result

    prev = GENESIS
    if since:
        row = conn.execute("SELECT hash FROM chain WHERE topic = ? AND seq = ?", [topic, since]).fetchone()
        if row is None:
            return fail(since, f"entry {since} is missing")
        prev = row[0]
    scan = _holds_most(conn, topic)
    tests = {kind: _suspects(conn, kind, table) for kind, table in CHAINED_TABLES.items()}
    rows = [functools.partial(_rows_against_entries, topic=topic, since=since, scan=scan, tests=tests, part=part)
            for part in _slices(conn)]
    walked_out = threading.Event()  # the index's rows are read into Python after the walk (`search_index.problem`)
    with _Beside(conn, lambda own: search_index.problem(sqlite_utils.Database(own), topic, since, vectors, scan,
                                                        ready=walked_out.wait),
                 lambda own: tally.problem(own, topic, scan), *rows) as beside:
        try:
            walked = _walk(conn, topic, since, prev)
        finally:
            walked_out.set()
        if walked[0] is not None:
            return fail(*walked[:2])
        _, _, result.entries, result.head, per_kind = walked
        indexed, counted, *slices = beside.results()
    for kind, table in CHAINED_TABLES.items():
        problem = _table_problem(conn, topic, kind, table, since, per_kind[kind], *(found[kind] for found in slices))
        if problem:
            return fail(*problem)
    if counted:
        result.problem = f"{counted}; run `ledger reindex {topic}`"
        return result
    return _index_verdict(db, topic, result, indexed)


def _holds_most(conn, topic: str) -> bool:
    """Whether `topic` wrote most of the chain, and so most rows of every table. Its rows are
    then read by scanning each table in the order the writer wrote it (entry order), so the
    entries beside them are looked up in order too; a smaller topic's rows are read through
    the topic's index (visiting them at random, which costs little when they are few)."""
    mine = conn.execute("SELECT max(seq) FROM chain WHERE topic = ?", [topic]).fetchone()[0] or 0
    return 2 * mine > (conn.execute("SELECT max(rowid) FROM chain").fetchone()[0] or 0)


def _walk(conn, topic: str, since: int, prev: str) -> tuple:
    """Walk `topic`'s chain after entry `since` (whose hash is `prev`): every entry must follow
    the one before and its stored bytes must hash to its hash. (bad seq, problem, None...) at
    the first that does not, else (None, None, entries, head hash, entries per kind).

    The hot loop (about 2.5 us an entry, most of it fetching): `_hash_of_stored` written inline."""
    position, per_kind = since, dict.fromkeys(CHAINED_TABLES, 0)
    quoted, topic_json, sha256 = {kind: canonical(kind) for kind in CHAINED_TABLES}, canonical(topic), hashlib.sha256
    cursor = conn.execute("SELECT seq, kind, data, prev_hash, hash FROM chain WHERE topic = ? AND seq > ?"
                          " ORDER BY seq", [topic, since])
    while batch := cursor.fetchmany(_BATCH):
        for seq, kind, data, prev_hash, stored_hash in batch:
            position += 1
            if seq != position:
                return position, f"entry {position} is missing or out of order (found seq {seq})", None, None, None
            if prev_hash != prev:
                return seq, f"entry {seq} does not follow entry {seq - 1} (prev_hash mismatch)", None, None, None
            kind_json = quoted.get(kind)
            if kind_json is None:
                return seq, f"entry {seq} has unknown kind {kind!r}", None, None, None
            body = f'\x00{{"data":{data},"kind":{kind_json},"prev_hash":"{prev_hash}","seq":{seq},"topic":{topic_json}}}'
            if sha256(body.encode("utf-8")).hexdigest() != stored_hash:
                return seq, _why_not(topic, seq, kind, data, prev_hash, stored_hash), None, None, None
            per_kind[kind] += 1
            prev = stored_hash
    return None, None, position, prev, per_kind


class _Beside:
    """Runs `works` (each a function of a connection) on two threads, each on its own
    connection to the same file, while the caller walks the chain; the caller, done walking,
    joins in on its own connection. SQLite lets go of Python's lock while it runs a statement,
    and the checks beside the walk (rows against entries, the kept counts, the search index)
    are mostly SQL, so they share both cores with the walk, which holds the lock to hash. Each
    thread takes the next work no one has taken, so with the longest listed first and short
    ones last, all end close together rather than one long work finishing alone on a core (a
    thread per work only time-slices them). An in-memory ledger has no second connection: the
    caller then runs every work when results are asked for. Leaving the block early (a broken
    chain) interrupts the works; their results are then never read."""

    THREADS = 2

    def __init__(self, conn, *works):
        self._conn, self._works = conn, works
        self._path = conn.execute("PRAGMA database_list").fetchone()[2]
        self._threads, self._connections, self._outcomes = [], [], [None] * len(works)
        self._untaken, self._stopped = queue.SimpleQueue(), False
        for n in range(len(works)):
            self._untaken.put(n)

    def __enter__(self):
        if self._path:
            for _ in range(min(self.THREADS, len(self._works))):
                connection = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False, timeout=30)
                self._connections.append(connection)
                self._threads.append(threading.Thread(target=self._run, args=(connection,), daemon=True))
                self._threads[-1].start()
        return self

    def _run(self, connection):
        while not self._stopped:
            try:
                n = self._untaken.get_nowait()
            except queue.Empty:
                return
            try:
                self._outcomes[n] = (self._works[n](connection), None)
            except Exception as error:  # raised in the caller by results()
                self._outcomes[n] = (None, error)

    def results(self) -> list:
        self._run(self._conn)
        for thread in self._threads:
            thread.join()
        for _, error in self._outcomes:
            if error is not None:
                raise error
        return [value for value, _ in self._outcomes]

    def __exit__(self, *_):
        self._stopped = True
        for thread, connection in zip(self._threads, self._connections):
            if thread.is_alive():
                connection.interrupt()
            thread.join()
            connection.close()


_SLICES = 4  # parts of every chained table compared with its entries, each a work of `_Beside`


def _slices(conn) -> list[dict[str, tuple[int, int]]]:
    """[{table: (first rowid, last rowid)}], `_SLICES` of them splitting every chained table by
    rowid: `verify` compares each slice with its entries as a work of its own, so the largest
    table's check (about a third of verify's work) is shared by both cores and the last slices
    fill in around the longer works. Together the slices cover every rowid (the first from
    below any, the last to above any), so the split can only move work, never skip a row."""
    parts = [{} for _ in range(_SLICES)]
    for table in CHAINED_TABLES.values():
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
        cuts = [-2**63 - 1] + [top * n // _SLICES for n in range(1, _SLICES)] + [2**63 - 1]  # SQLite's rowids are int64
        for n, part in enumerate(parts):
            part[table] = (cuts[n] + 1, cuts[n + 1])
    return parts


def _rows_against_entries(conn, topic: str, since: int, scan: bool, tests: dict, part: dict) -> dict:
    """{kind: (rows, suspects)} by `_table_rows` for one slice (`part`, see `_slices`) of every
    chained table, `tests` holding each kind's `_suspects`."""
    return {kind: _table_rows(conn, topic, kind, table, since, scan, tests[kind], *part[table])
            for kind, table in CHAINED_TABLES.items()}


def _why_not(topic: str, seq: int, kind: str, data: str, prev_hash: str, stored_hash: str) -> str:
    """What is wrong with an entry whose stored bytes do not hash to its hash (the slow path)."""
    try:
        payload = json.loads(data)
    except ValueError:
        return f"entry {seq} holds data that is not JSON"
    if canonical(payload) != data:
        return (f"entry {seq} ({kind}) holds data that is not in canonical form "
                "(a repeated key, reordered keys or other re-encoding)")
    return f"entry {seq} ({kind}) was altered: its hash does not recompute"


def _table_rows(conn, topic: str, kind: str, table: str, since: int, scan: bool, suspect: str, first: int,
                last: int) -> tuple[int, list]:
    """(rows of `topic` in `table` after entry `since` with rowids `first` to `last`, [entry, rowid] of each row
    among them that may not be what its chain entry says).

    One SQL statement counts the rows and compares each with its entry's data in C
    (`suspect`, by `_suspects`), returning only those that may differ; `_table_problem` then judges each of
    those by `row_for`, the rule the writer used, so SQL can only narrow the search, never pass
    a row Python would fail. `scan`: see `_holds_most`; `first` and `last`: see `_slices`."""
    column = "slug" if table == "topics" else "topic"
    where = f"+t.{column}" if scan else f"t.{column}"
    rows, suspects = conn.execute(f"SELECT count(*), json_group_array(json_array(t.entry, t.rowid))"
                                  f" FILTER (WHERE {suspect}) FROM {table} t LEFT JOIN chain h"
                                  f" ON h.topic = :topic AND h.seq = t.entry WHERE {where} = :topic"
                                  f" AND t.entry > :since AND t.rowid BETWEEN :first AND :last",
                                  {"topic": topic, "since": since, "kind": kind, "first": first, "last": last}).fetchone()
    return rows, json.loads(suspects)


def _table_problem(conn, topic: str, kind: str, table: str, since: int, expected: int, *parts):
    """(seq, problem) for the first row of `table`, in entry order, that is not what its chain
    entry says (among the suspects of `parts`, each (rows, suspects) from `_table_rows`), or for
    an entry of `kind` with no row, or for more rows than the chain's `expected`; None when
    they agree."""
    column = "slug" if table == "topics" else "topic"
    suspects = [pair for _, found in parts for pair in found]
    for _, rowid in sorted(suspects, key=lambda pair: (str(type(pair[0])), pair[0])):
        problem = _row_problem(conn, topic, kind, table, column, rowid)
        if problem:
            return problem
    if sum(rows for rows, _ in parts) != expected:
        missing = conn.execute(f"SELECT min(seq) FROM chain WHERE topic = ? AND kind = ? AND seq > ? AND seq NOT IN"
                               f" (SELECT entry FROM {table} WHERE {column} = ?)", [topic, kind, since, topic]).fetchone()[0]
        if missing is not None:
            return missing, f"entry {missing}: its row in {table} was deleted"
        return None, f"{table} holds more rows than the chain wrote"
    return None


def _suspects(conn, kind: str, table: str) -> str:
    """An SQL test, over a row `t` of `table` beside its entry `h`, that holds for every row
    that may not be what its entry says.

    Most rows pass at once: their entry's data is, byte for byte, the canonical JSON that
    `_written_as` rebuilds from the row, one string comparison. The rest (data the rebuild
    does not reproduce: a list column, a null field, a key order or encoding of its own) are
    judged field by field: no entry of :kind at its seq, data that is not a JSON object, a key
    the table has no column for (json_remove of the columns leaves more than {}), or a column
    that differs from the data's field. The columns are compared as `+t.x`, which has no
    affinity, so SQLite never makes '1' equal 1 (1 and 1.0 are equal, as they are to
    `row_for`). A false alarm (a null field the table has no column for) only costs a look by
    `_row_problem`."""
    derived = {"entry"} | ({"topic"} if kind != "topic" else set())
    checked = [name for (_, name, *_) in conn.execute(f"PRAGMA table_info({table})") if name not in derived]
    paths = ", ".join(f"'$.\"{name}\"'" for name in checked)
    differs = " OR ".join(f"+t.\"{name}\" IS NOT json_extract(h.data, '$.\"{name}\"')" for name in checked)
    return (f"CASE WHEN h.kind = :kind AND h.data = {_written_as(conn, kind, table, checked)} THEN 0"
            f" WHEN h.kind IS NOT :kind OR NOT json_valid(h.data) OR json_type(h.data) != 'object' THEN 1"
            f" ELSE json_remove(h.data, {paths}) != '{{}}' OR {differs} END")


def _written_as(conn, kind: str, table: str, checked: list[str]) -> str:
    """An SQL expression: the canonical JSON of the data a row `t` of `table` was written from,
    or NULL where the row cannot say it unambiguously (the slow test then judges the row).

    The writer's data for a kind has a usual shape, learned from the first `_SAMPLES` entries
    of `kind`: the columns it always holds as fields (a null one as null) and those it holds
    as booleans. A column it does not always hold is written only when it holds a value: for
    up to `_OPTIONAL` such columns (those some entries held first) the row decides whether the
    string has the field; a row holding a value in any other is left to the slow test.
    `json_object` writes the fields in sorted order: a text as `canonical` escapes it, an
    integer as digits, 0 and 1 in a boolean field as false and true (which `row_for` finds
    equal to 0 and 1), a NULL as null. A value JSON would print as another gives NULL instead:
    a blob (which json_object refuses; `x < x''` holds for any text), a real (printed to 15
    digits, which Python may read as another number; a column of TEXT affinity never holds
    one), a boolean field other than 0 or 1.

    Data equal to this string parses to exactly these fields and values, so `row_for` of it is
    the row: equality passes no row that `_row_problem` would fail. One string comparison
    replaces parsing the data for every field; json_object builds the string in one call (a
    chain of || or of replace() costs more than the parsing it replaces)."""
    column = "slug" if table == "topics" else "topic"
    samples = []
    for (data,) in conn.execute(f"SELECT h.data FROM {table} t CROSS JOIN chain h ON h.topic = t.{column}"
                                f" AND h.seq = t.entry AND h.kind = ? LIMIT {_SAMPLES}", [kind]):
        try:
            samples.append(json.loads(data))
        except ValueError:
            pass
    samples = [sample for sample in samples if isinstance(sample, dict)] or [{}]
    text_affinity = {name for (_, name, declared, *_) in conn.execute(f"PRAGMA table_info({table})")
                     if "INT" not in declared.upper() and any(word in declared.upper() for word in ("CHAR", "CLOB", "TEXT"))}
    names = sorted(checked)
    always = [name for name in names if all(name in sample for sample in samples)]
    optional = sorted((name for name in names if name not in always),
                      key=lambda name: not any(name in sample for sample in samples))[:_OPTIONAL]
    plain, fields = [], {}  # what every column must hold; the SQL of each field's value
    for name in names:
        value = f'+t."{name}"'
        if name not in always and name not in optional:
            plain.append(f"{value} IS NULL")
        elif any(isinstance(sample.get(name), bool) for sample in samples):
            plain.append(f"{value} IN (0, 1)")
            fields[name] = f"CASE {value} WHEN 0 THEN json('false') ELSE json('true') END"
        else:
            plain.append(f"({value} < x'' OR {value} IS NULL)" if name in text_affinity
                         else f"typeof({value}) NOT IN ('real', 'blob')")
            fields[name] = value

    def shaped(decided: int, lacking: set) -> str:  # the string, once the row has decided `optional[:decided]`
        if decided == len(optional):
            return "json_object(" + ", ".join(f"{_sql_text(name)}, {fields[name]}" for name in names
                                              if name in fields and name not in lacking) + ")"
        name = optional[decided]
        return (f'CASE WHEN +t."{name}" IS NULL THEN {shaped(decided + 1, lacking | {name})}'
                f" ELSE {shaped(decided + 1, lacking)} END")

    return f"CASE WHEN {' AND '.join(plain) or 1} THEN {shaped(0, set())} END"


_SAMPLES = 64  # entries of a kind its usual shape is learned from
_OPTIONAL = 3  # columns not always written that a row may hold (2**3 strings)


def _sql_text(text: str) -> str:
    """`text` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _row_problem(conn, topic: str, kind: str, table: str, column: str, rowid: int):
    """(seq, problem) when the row at `rowid` is not what its entry says (by `row_for`), else None."""
    cursor = conn.execute(f"SELECT h.kind, h.data, t.* FROM {table} t LEFT JOIN chain h ON h.topic = ?"
                          f" AND h.seq = t.entry WHERE t.rowid = ?", [topic, rowid])
    names = [d[0] for d in cursor.description][2:]
    entry_kind, data, *values = cursor.fetchone()
    have = dict(zip(names, values))
    seq = have["entry"]
    if entry_kind != kind:
        return seq, f"{table} holds a row no chain entry wrote (entry {seq})"
    try:
        payload = json.loads(data)
    except ValueError:
        return seq, f"entry {seq} holds data that is not JSON"
    if not isinstance(payload, dict):
        return seq, f"entry {seq} ({kind}) holds data that is not a JSON object"
    want = row_for(topic, seq, kind, payload)
    if _normalise(have) == _normalise(want):
        return None
    if conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ? AND entry = ?", [topic, seq]).fetchone()[0] > 1:
        return seq, f"{table} holds a row no chain entry wrote (a second row for entry {seq})"
    changed = sorted(k for k in set(have) | set(want) if have.get(k) != want.get(k))
    return seq, f"entry {seq}: its row in {table} was edited ({', '.join(changed)})"


def _index_verdict(db, topic: str, result: Verification, found) -> Verification:
    """The search index picks the claims an answer shows, so it must hold exactly the claims'
    rows and their embeddings (it is derived: `ledger reindex` rebuilds it). `found` is what
    `search_index.problem` said of it."""
    if found:
        claim_id, problem = found
        seq = db.conn.execute("SELECT entry FROM claims WHERE topic = ? AND id = ?", [topic, claim_id]).fetchone()
        result.problem = f"{problem}; run `ledger reindex {topic}`"
        result.bad_seq = seq[0] if seq else None
    return result
