"""How a text that reached the webhook gets its reply: in the webhook's response (TwiML, the
default) or later, by Twilio's REST API (REPLY_BY=rest).

Answering a text is milliseconds of matching, ten of them at 100k claims; a hello-world
TwiML endpoint costs a fraction of one. So a webhook that answers in its response serves a
few per cent of the texts a second that the same server could accept, and a burst waits in
Twilio's queue of webhook requests, each with its 15 s timeout. With REPLY_BY=rest the webhook
checks the signature, keeps the text in `inbox` and answers Twilio with an empty <Response/>
at once. `ledger deliver` answers what waits, oldest first, with the same `answer` as the
webhook's own replies (opt-outs, receipts, rate limits, dispatch), and sends each reply with
the twilio REST client, from the number the text was sent to. This is the pattern Twilio
advises for replies that take time.

- **Nothing in the clear.** A waiting text (number and words) is sealed with AES-GCM under a
  key derived from service.notify's, kept outside the database; the row is deleted once its
  reply is out.
- **Nothing lost, nothing answered twice.** The row is written before Twilio hears back, and
  is taken by moving its `due` time LEASE_SECONDS ahead: a deliverer that dies mid-way
  leaves it to be taken again, and the receipt kept before sending makes that second try
  send the same reply and write nothing (at least once, never two different answers). A
  text Twilio delivers twice is kept twice and answered once: the second copy finds the
  first's receipt.
- **Failures.** A send the network or Twilio's side fails (no answer, 5xx, 429) is tried
  again after a pause that doubles up to MAX_PAUSE; one Twilio refuses (another 4xx, such as
  a number that cannot receive texts) is logged and dropped, as retrying cannot change it. A
  text sealed under another key (the setting changed while texts waited) is kept and tried
  again later, never dropped.
"""
import contextlib
import json
import logging
import os
import threading
import time
import uuid

from cryptography.exceptions import InvalidTag

from handlers import Message, dispatch
from handlers.grammar import is_ingest, is_opt_out_or_in

from . import conversation, ledger, notify, replies, throttle, warm
from .db import connect, writing

log = logging.getLogger(__name__)
MODES = ("twiml", "rest")
FALLBACK = "Sorry, something went wrong on our side and nothing was recorded. Please try again. Send help for usage."
FIELDS = ("MessageSid", "From", "To", "Body", "NumMedia")  # what answering and replying read of Twilio's form
LEASE_SECONDS = 60.0   # how long a taken text is left to its deliverer before another may take it
FIRST_PAUSE, MAX_PAUSE = 2.0, 300.0
POLL_SECONDS = 0.01    # how often an idle deliverer looks for new texts (a read of an empty table)


class NotConfigured(Exception):
    """REPLY_BY names no mode, or replies by REST lack what they need."""


def mode(config) -> str:
    """REPLY_BY from the app's config: "twiml" (the default) or "rest"; anything else is refused."""
    chosen = (config.get("REPLY_BY") or "twiml").strip().lower()
    if chosen not in MODES:
        raise NotConfigured(f"REPLY_BY is {chosen!r}: use one of {', '.join(MODES)}")
    if chosen == "rest":
        try:
            notify.sealer()
        except notify.NotConfigured as problem:
            raise NotConfigured(f"REPLY_BY=rest keeps waiting texts encrypted: {problem}") from problem
    return chosen


def channel_of(sender: str) -> str:
    return "whatsapp" if sender.lower().startswith("whatsapp:") else "sms"


def message_from(form: dict) -> Message:
    """The Message a Twilio webhook form describes (NumMedia that is no number counts as none)."""
    try:
        media = int(form.get("NumMedia") or 0)
    except ValueError:
        media = 0
    sender = form.get("From", "")
    return Message(body=form.get("Body", ""), channel=channel_of(sender), sender=sender or None,
                   message_sid=form.get("MessageSid") or None, media=media)


def answer(db, message: Message) -> str:
    """The reply a delivered text is owed, '' for none.

    A sender who opted out (STOP) is checked first: until START they get no reply at all, and
    neither a receipt nor a rate-limit hit is kept for what they send. A MessageSid answered
    before gets the reply it got then (its receipt), so a Twilio retry is answered as the first
    delivery was and writes nothing (the writes themselves are de-duplicated by MessageSid
    inside their transaction, for deliveries that race). Each sender has a rate limit
    (service.throttle, in the app's context). Otherwise dispatch answers, and its reply is kept
    as the receipt; FALLBACK when anything failed, with the traceback logged."""
    consent = is_opt_out_or_in(message.body)
    if not consent and conversation.opted_out(db, message.sender):
        return ""
    if message.message_sid and (kept := ledger.receipt(db, message.message_sid)) is not None:
        return kept
    if message.sender and not consent and not throttle.sender_allowed(ledger.asker_hash(db, message.sender),
                                                                        is_ingest(message.body)):
        return replies.slow_down(message.channel)
    try:
        result = dispatch(db, message)
    except Exception:  # a reply is owed whatever happened
        log.exception("answering failed for %s", message.message_sid)
        return FALLBACK
    return ledger.keep_receipt(db, message.message_sid, result.reply) if message.message_sid else result.reply


def seal(form: dict) -> bytes:
    """A waiting text as AES-GCM ciphertext under service.notify's key: nonce, then ciphertext."""
    nonce = os.urandom(12)
    return nonce + notify.sealer().encrypt(nonce, json.dumps(form).encode(), None)


def unseal(sealed: bytes) -> dict:
    """The text `seal` made; InvalidTag when it was sealed under another key or altered."""
    return json.loads(notify.sealer().decrypt(sealed[:12], sealed[12:], None))


def accept(db, form: dict) -> None:
    """Keep a text for `ledger deliver`, encrypted. A MessageSid Twilio delivers twice is kept
    twice; the deliverer answers it once (its receipt)."""
    kept = {name: form.get(name, "") for name in FIELDS}
    kept["MessageSid"] = kept["MessageSid"] or f"local-{uuid.uuid4().hex}"
    sealed = seal(kept)
    now = time.time()
    db.conn.execute("INSERT INTO inbox (message, received, due) VALUES (?, ?, ?)", [sealed, now, now])


def waiting(db) -> int:
    return db.conn.execute("SELECT count(*) FROM inbox").fetchone()[0]


def _take(db, now: float):
    """The oldest text that is due, leased to this deliverer for LEASE_SECONDS; None when none is.
    An idle deliverer only reads: the write lock is taken once a text is due."""
    if db.conn.execute("SELECT 1 FROM inbox WHERE due <= ? LIMIT 1", [now]).fetchone() is None:
        return None
    with writing(db.conn):
        row = db.conn.execute("SELECT rowid, message, attempts FROM inbox WHERE due <= ? ORDER BY rowid LIMIT 1",
                              [now]).fetchone()
        if row is not None:
            db.conn.execute("UPDATE inbox SET due = ?, attempts = attempts + 1 WHERE rowid = ?",
                            [now + LEASE_SECONDS, row[0]])
    return row


def _permanent(problem: Exception) -> bool:
    """A refusal retrying cannot change: Twilio answered 4xx, other than 429 (too many requests)."""
    status = getattr(problem, "status", None)
    return isinstance(status, int) and 400 <= status < 500 and status != 429


def deliver_one(db, rest) -> str | None:
    """Answer and send the oldest due text. Returns what became of it (sent, silent: no reply is
    owed, duplicate, retry, dropped: Twilio refused it, unreadable: another key), or None when
    nothing is due."""
    row = _take(db, time.time())
    if row is None:
        return None
    row_id, sealed, attempts = row
    try:
        form = unseal(sealed)
    except InvalidTag:  # sealed under another key (one set wrong, or changed while texts waited)
        log.error("waiting text %d cannot be decrypted with this key; it is kept and tried again", row_id)
        db.conn.execute("UPDATE inbox SET due = ? WHERE rowid = ?", [time.time() + MAX_PAUSE, row_id])
        return "unreadable"
    message, sid = message_from(form), form["MessageSid"]
    if attempts == 0 and ledger.receipt(db, sid) is not None:
        db.conn.execute("DELETE FROM inbox WHERE rowid = ?", [row_id])  # Twilio delivered it again
        return "duplicate"                                              # and its reply went out
    reply = answer(db, message)
    outcome = "silent"
    if reply:
        try:
            notify.send_text(rest, form["From"], reply, form["To"])
            outcome = "sent"
        except Exception as problem:
            if not _permanent(problem):
                pause = min(FIRST_PAUSE * 2 ** attempts, MAX_PAUSE)
                log.warning("sending the reply to %s failed (%s); trying again in %.0f s", sid, problem, pause)
                db.conn.execute("UPDATE inbox SET due = ? WHERE rowid = ?", [time.time() + pause, row_id])
                return "retry"
            log.error("Twilio refused the reply to %s, dropped: %s", sid, problem)
            outcome = "dropped"
    db.conn.execute("DELETE FROM inbox WHERE rowid = ?", [row_id])
    return outcome


def run(app, rest, *, once: bool = False, stop: threading.Event | None = None, report=None) -> dict:
    """Deliver the due texts of `app`'s ledger, in its context (its config and rate limits),
    until `stop` is set (or, with `once`, until none is due); returns the count of each outcome.
    `report(outcome)` hears of each one as it happens."""
    stop = stop or threading.Event()
    counts: dict[str, int] = {}
    # its own connection, not a web worker's: SQLite's automatic checkpoint stays on, as no
    # request hook runs one after replies here (service.db.serving)
    db = connect(app.config["LEDGER_DB"])
    with app.app_context(), contextlib.closing(db.conn):
        warm.ready(db)  # as `ledger serve` readies its workers: the first text waits for nothing
        while not stop.is_set():
            outcome = deliver_one(db, rest)
            if outcome is None:
                if once:
                    break
                stop.wait(POLL_SECONDS)
                continue
            counts[outcome] = counts.get(outcome, 0) + 1
            if report:
                report(outcome)
    return counts


def rest_client():
    """The twilio REST client replies go out with; needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN."""
    missing = [name for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN") if not os.environ.get(name)]
    if missing:
        raise NotConfigured(f"set {' and '.join(missing)} to send replies with Twilio's REST API")
    return notify.client()
