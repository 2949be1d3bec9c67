"""What the service remembers about one sender between texts: conversation state, not evidence.

Nothing here is chained or exported, and no number is kept in the clear: rows are keyed
by `ledger.asker_hash` (a keyed hash of the number). Three things are remembered:

* the conversation: the topic last asked about, the last question node, the sources its
  answer cited (so "1" or "s84" opens one) and the claims it left for "more". It lapses
  after a day of silence (`EXPIRES`).
* the sender's pseudonym on question nodes. A node records `pseudonym(db, sender)`, a hash
  salted per sender; "forget me" deletes the salt, so the nodes stay in the chain but
  nothing can tie them to the number again (the chain itself is never edited).
* an opt-out (STOP ... until START).

`forget` erases all of it, and the sender's notify requests (`service.notify`).
"""
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from . import ledger
from .db import writing

EXPIRES = timedelta(days=1)


@dataclass
class State:
    topic: str | None = None
    question: str | None = None                     # the last question node's id
    cited: list = field(default_factory=list)       # source ids the last answer numbered 1, 2, 3
    rest: list = field(default_factory=list)        # matches (dicts) not shown yet, for "more"
    thin: bool = False                              # the last answer was abstained or thin: NOTIFY applies
    head: list = field(default_factory=list)        # (entries, head hash) the last answer rested on


def _now() -> datetime:
    return datetime.now(timezone.utc)


def key(db, sender: str | None) -> str | None:
    return ledger.asker_hash(db, sender)


def load(db, sender: str | None) -> State:
    """The sender's conversation, or a fresh one when there is none or it lapsed."""
    who = key(db, sender)
    if who is None:
        return State()
    row = db.conn.execute("SELECT topic, question, cited, rest, thin, seen_at, head FROM conversations"
                          " WHERE sender = ?", [who]).fetchone()
    if row is None or datetime.fromisoformat(row[5]) < _now() - EXPIRES:
        return State()
    return State(row[0], row[1], json.loads(row[2] or "[]"), json.loads(row[3] or "[]"), bool(row[4]),
                 json.loads(row[6] or "[]"))


def save(db, sender: str | None, state: State) -> None:
    """Remember the sender's conversation; conversations silent for a day are deleted on the way."""
    who = key(db, sender)
    if who is None:
        return
    row = [who, state.topic, state.question, json.dumps(state.cited), json.dumps(state.rest), int(state.thin),
           _now().isoformat(timespec="seconds"), json.dumps(list(state.head))]
    with writing(db.conn):
        expire(db)
        db.conn.execute("INSERT OR REPLACE INTO conversations (sender, topic, question, cited, rest, thin, seen_at, head)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)


def touch(db, sender: str | None) -> None:
    """A text that changes nothing ("thanks") still keeps the conversation from lapsing."""
    who = key(db, sender)
    if who is not None:
        db.conn.execute("UPDATE conversations SET seen_at = ? WHERE sender = ?",
                        [_now().isoformat(timespec="seconds"), who])


def expire(db) -> int:
    """Delete conversations silent for longer than EXPIRES; how many went."""
    cutoff = (_now() - EXPIRES).isoformat(timespec="seconds")
    return db.conn.execute("DELETE FROM conversations WHERE seen_at < ?", [cutoff]).rowcount


def pseudonym(db, sender: str | None, *, create: bool = True) -> str | None:
    """What a question node records as its asker: stable per sender until "forget me".
    With `create=False` (reading, e.g. whether a node is the sender's own) none is made."""
    who = key(db, sender)
    if who is None:
        return None
    row = db.conn.execute("SELECT salt FROM pseudonyms WHERE sender = ?", [who]).fetchone()
    if row is None and create:  # written once per sender, read after: another worker's salt may have won
        db.conn.execute("INSERT OR IGNORE INTO pseudonyms (sender, salt) VALUES (?, ?)", [who, secrets.token_hex(16)])
        row = db.conn.execute("SELECT salt FROM pseudonyms WHERE sender = ?", [who]).fetchone()
    return hmac.new(row[0].encode(), who.encode(), hashlib.sha256).hexdigest()[:32] if row else None


def opted_out(db, sender: str | None) -> bool:
    who = key(db, sender)
    return who is not None and db.conn.execute("SELECT 1 FROM opt_outs WHERE sender = ?", [who]).fetchone() is not None


def opt_out(db, sender: str | None, channel: str) -> None:
    """STOP: remembered (SMS too, though the carrier enforces it there); pending notifications are dropped."""
    who = key(db, sender)
    if who is None:
        return
    db.conn.execute("INSERT OR REPLACE INTO opt_outs (sender, channel, since) VALUES (?, ?, ?)",
                    [who, channel, _now().isoformat(timespec="seconds")])
    db.conn.execute("DELETE FROM notify_requests WHERE sender = ?", [who])


def opt_in(db, sender: str | None) -> bool:
    """START: True when the sender had stopped (and now has not)."""
    who = key(db, sender)
    return who is not None and db.conn.execute("DELETE FROM opt_outs WHERE sender = ?", [who]).rowcount > 0


def forget(db, sender: str | None) -> None:
    """Erase everything that links this sender to anything: state, pseudonym salt (so their nodes,
    pastes and topic requests are no one's), notify requests."""
    who = key(db, sender)
    if who is None:
        return
    for table in ("conversations", "pseudonyms", "notify_requests"):
        db.conn.execute(f"DELETE FROM {table} WHERE sender = ?", [who])

