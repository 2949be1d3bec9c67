"""Claim counts per topic, tier and state, and open questions per topic, kept at write time.

Every answer prints what the ledger holds (curated claims per tier, claims awaiting a
curator). Counting them per answer is a scan of every claim; instead the one writer
(`ledger._append`) calls `update` inside its transaction with the entries it writes, and
readers read a handful of rows (`counts`). The table is derived, not chained: `problem`
recounts it for `ledger verify`, and `rebuild` recounts it.

A question node is open while nothing in the ledger answered it (OPEN, an SQL test on its
row); pages list the newest open ones through a partial index and print this count.

A claim's state is decided by one SQL expression (`STATE`), so the counts follow the
same rule as the rows readers see. A curator act (any entry with a `target`) changes the
state of the claim it names, or of every claim of the source it names: those claims are
counted out before the write and back in after it.
"""
import json
from collections import Counter

PENDING, CURATED, WITHDRAWN, HELD = 1, 0, 2, 3
# The rule `ledger.Curation.status` applies on read: 2 once a curator rejected or retracted the
# claim or its source; 0 when curated or confirmed (a source's confirmation covers the claims
# it lists, or every claim for entries written before it listed them); else awaiting a curator:
# 3 when a texter pasted it (held in quarantine, `ledger.quarantined`: seen by no one else, so
# counted apart and never shown to others), 1 otherwise (added by the ledger's operators).
# The subqueries name the topic as :t, not the claim's column, so SQLite builds each list once
# per statement rather than once per claim (a recount at 1M claims).
STATE = """CASE
 WHEN c.id IN (SELECT target FROM rejections w WHERE w.topic = :t)
   OR c.source IN (SELECT target FROM rejections w WHERE w.topic = :t)
   OR c.id IN (SELECT target FROM retractions w WHERE w.topic = :t)
   OR c.source IN (SELECT target FROM retractions w WHERE w.topic = :t) THEN 2
 WHEN c.auto = 0 OR c.id IN (SELECT target FROM confirmations f WHERE f.topic = :t)
   OR EXISTS (SELECT 1 FROM confirmations f WHERE f.topic = :t AND f.target = c.source
              AND (f.claims IS NULL OR c.id IN (SELECT value FROM json_each(f.claims)))) THEN 0
 WHEN EXISTS (SELECT 1 FROM sources s WHERE s.topic = :t AND s.id = c.source
              AND s.auto = 1 AND s.asker IS NOT NULL) THEN 3
 ELSE 1 END"""


OPEN = "coalesce(matches, '[]') = '[]'"  # the partial index questions_open uses the same test


def add_questions(conn, topic: str, items) -> None:
    """Count the open question nodes among `items` (call inside the writer's transaction)."""
    opened = sum(1 for kind, data in items if kind == "question" and not data.get("matches"))
    if opened:
        conn.execute("INSERT INTO open_questions (topic, n) VALUES (?, ?)"
                     " ON CONFLICT (topic) DO UPDATE SET n = n + excluded.n", [topic, opened])


def open_count(conn, topic: str) -> int:
    row = conn.execute("SELECT n FROM open_questions WHERE topic = ?", [topic]).fetchone()
    return row[0] if row else 0


def _recount_open(conn, topic: str) -> int:
    return conn.execute(f"SELECT count(*) FROM questions WHERE topic = ? AND {OPEN}", [topic]).fetchone()[0]


def _states(conn, topic: str, ids) -> Counter:
    if not ids:
        return Counter()
    rows = conn.execute(f"SELECT c.tier, {STATE}, count(*) FROM claims c WHERE c.topic = :t"
                        " AND c.id IN (SELECT value FROM json_each(:ids)) GROUP BY 1, 2",
                        {"t": topic, "ids": json.dumps(list(ids))})
    return Counter({(tier, state): n for tier, state, n in rows})


def affected(conn, topic: str, items) -> list[str]:
    """Existing claims whose state the curator acts among `items` may change."""
    ids = []
    for _, data in items:
        target = data.get("target") if isinstance(data, dict) else None
        if not target:
            continue
        if target.startswith("c"):
            ids.append(target)
        else:
            ids += [r[0] for r in conn.execute("SELECT id FROM claims WHERE topic = ? AND source = ?", [topic, target])]
    return ids


def snapshot(conn, topic: str, ids) -> Counter:
    """The states of `ids` as they are now (call before the write)."""
    return _states(conn, topic, ids)


def update(conn, topic: str, before: Counter, ids) -> None:
    """Move `ids` from the states in `before` to their states now (call after the write)."""
    delta = _states(conn, topic, ids)
    delta.subtract(before)
    conn.executemany(
        "INSERT INTO claim_tally (topic, tier, pending, n) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (topic, tier, pending) DO UPDATE SET n = n + excluded.n",
        [(topic, tier, state, n) for (tier, state), n in delta.items() if n])


def counts(conn, topic: str) -> Counter:
    """(tier, state: CURATED, PENDING, WITHDRAWN or HELD) -> number of claims."""
    return Counter({(tier, state): n for tier, state, n in
                    conn.execute("SELECT tier, pending, n FROM claim_tally WHERE topic = ?", [topic]) if n})


def recount(conn, topic: str, scan: bool = False) -> Counter:
    """The counts from the claims themselves (one pass). With `scan` (for a topic holding most
    claims) the pass reads the whole table in the order it was written instead of the topic's
    rows by index, which visits them at random: 4x faster at 100k claims."""
    where = "+c.topic" if scan else "c.topic"
    return Counter({(tier, state): n for tier, state, n in conn.execute(
        f"SELECT c.tier, {STATE}, count(*) FROM claims c WHERE {where} = :t GROUP BY 1, 2", {"t": topic})})


def rebuild(conn, topic: str) -> None:
    conn.execute("DELETE FROM open_questions WHERE topic = ?", [topic])
    conn.execute("INSERT INTO open_questions (topic, n) VALUES (?, ?)", [topic, _recount_open(conn, topic)])
    conn.execute("DELETE FROM claim_tally WHERE topic = ?", [topic])
    conn.executemany("INSERT INTO claim_tally (topic, tier, pending, n) VALUES (?, ?, ?, ?)",
                     [(topic, tier, state, n) for (tier, state), n in recount(conn, topic).items()])


def problem(conn, topic: str, scan: bool = False) -> str | None:
    """Why the kept counts differ from the claims and questions, or None (`scan`: see `recount`)."""
    kept_open, open_now = open_count(conn, topic), _recount_open(conn, topic)
    if kept_open != open_now:
        return f"the kept count of open questions is wrong ({kept_open} kept, {open_now} counted)"
    kept, actual = counts(conn, topic), recount(conn, topic, scan)
    wrong = sorted(key for key in set(kept) | set(actual) if kept.get(key, 0) != actual.get(key, 0))
    if wrong:
        key = wrong[0]
        return f"the kept claim counts are wrong ({key[0]}, {('curated', 'pending', 'withdrawn', 'held')[key[1]]}: " \
               f"{kept.get(key, 0)} kept, {actual.get(key, 0)} counted)"
    return None
