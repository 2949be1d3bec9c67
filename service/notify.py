"""NOTIFY: one text to an asker when a curator confirms evidence linked to their open question.

The number is needed to text them, and it is the one thing the service must not keep in
the clear: it is stored encrypted with Fernet (`cryptography`) under a key that lives
outside the database, $LEDGER_NOTIFY_KEY (a Fernet key, made by
`python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`).
Without it the key is derived from $LEDGER_SECRET by HKDF, so one secret kept
outside the database suffices; never from the database's own fallback secret, which would
put key and ciphertext side by side. The row is deleted once the text is sent, on STOP and
on "forget me".

Sending uses the twilio REST client (Messages API) with $TWILIO_ACCOUNT_SID,
$TWILIO_AUTH_TOKEN and $TWILIO_FROM or $TWILIO_MESSAGING_SERVICE_SID. It waits out quiet
hours (NOTIFY_QUIET_HOURS, default 21-8) in the recipient's time zone, read from the
number's country and area code (phonenumbers); a number spanning several zones waits
until it is daytime in all of them. What waits is sent by the next confirmation or by
`ledger notify`.
"""
import base64
import functools
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import phonenumbers
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from phonenumbers import timezone as number_zones

from . import ledger, replies

log = logging.getLogger(__name__)
QUIET_HOURS = "21-8"


class NotConfigured(Exception):
    """No key to encrypt numbers with ($LEDGER_NOTIFY_KEY or $LEDGER_SECRET)."""


@dataclass
class Outcome:
    question: str
    status: str          # sent, quiet (waits), failed (waits), unconfigured (waits), unreadable
    sid: str | None = None


def fernet() -> Fernet:
    """The key NOTIFY's numbers are encrypted with, from the environment (`sealer` derives the
    waiting texts' key from the same setting)."""
    return _fernet_for(os.environ.get("LEDGER_NOTIFY_KEY", ""), os.environ.get("LEDGER_SECRET", ""))


def sealer() -> AESGCM:
    """AES-GCM under a key derived from the same setting as `fernet`, for texts that wait for
    `ledger deliver`: sealing one costs a microsecond, a Fernet token eight (its cipher is set
    up anew per token), and the webhook seals every text it accepts."""
    fernet()  # the same checks of the setting, and the same error when there is none
    return _sealer_for(os.environ.get("LEDGER_NOTIFY_KEY") or os.environ["LEDGER_SECRET"])


@functools.lru_cache(maxsize=4)
def _sealer_for(material: str) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=b"evidence-ledger waiting texts").derive(material.encode()))


@functools.lru_cache(maxsize=4)
def _fernet_for(notify_key: str, secret: str) -> Fernet:
    """Made once per pair of settings: deriving the key costs as much as the encryption it serves."""
    if notify_key:
        try:
            return Fernet(notify_key.encode())
        except ValueError as problem:  # not 32 url-safe base64-encoded bytes
            raise NotConfigured(f"LEDGER_NOTIFY_KEY is not a Fernet key: {problem}") from problem
    if secret:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"evidence-ledger notify numbers").derive(
            secret.encode())
        return Fernet(base64.urlsafe_b64encode(key))
    raise NotConfigured("set LEDGER_NOTIFY_KEY (a Fernet key) or LEDGER_SECRET")


def subscribe(db, sender: str, channel: str, question: str, topic: str) -> None:
    """Remember (encrypted) whom to text once evidence for `question` is confirmed."""
    token = fernet().encrypt(sender.encode()).decode()
    db.conn.execute(
        "INSERT OR REPLACE INTO notify_requests (sender, question, topic, channel, number, asked_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [ledger.asker_hash(db, sender), question, topic, channel, token,
         datetime.now(timezone.utc).isoformat(timespec="seconds")])


def pending(db) -> list[dict]:
    return [dict(zip(("sender", "question", "topic", "channel", "number"), row)) for row in db.conn.execute(
        "SELECT sender, question, topic, channel, number FROM notify_requests ORDER BY asked_at")]


def confirmed_evidence(db, topic: str, question: str) -> list[str]:
    """Sources linked to the question node that stand confirmed (a source, or any of its claims),
    or that were curated to begin with; rejected and retracted ones never count."""
    linked = [s["id"] for s in ledger.evidence_for(db, question) if s["topic"] == topic]
    found = []
    for source_id in linked:
        source = ledger.get_source(db, topic, source_id)
        if source["status"] in ledger.PUBLIC or any(c["status"] in ledger.PUBLIC
                                                     for c in ledger.claims(db, topic, source=source_id)):
            found.append(source_id)
    return found


def quiet(number: str, now: datetime, hours: str | None = None) -> bool:
    """Is it night (NOTIFY_QUIET_HOURS, "21-8") anywhere the number may be?"""
    start, end = (int(h) for h in (hours or os.environ.get("NOTIFY_QUIET_HOURS") or QUIET_HOURS).split("-"))
    try:
        zones = number_zones.time_zones_for_number(phonenumbers.parse(number.removeprefix("whatsapp:")))
    except phonenumbers.NumberParseException:
        zones = ()
    zones = [z for z in zones if z != number_zones.UNKNOWN_TIMEZONE] or ["UTC"]
    for zone in zones:
        hour = now.astimezone(ZoneInfo(zone)).hour
        if (start <= hour or hour < end) if start > end else (start <= hour < end):
            return True
    return False


def client():
    """The twilio REST client from the environment; $TWILIO_API_URL points it elsewhere (a test stand-in)."""
    from twilio.rest import Client
    rest = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
    # the package logs every request it sends, headers and all, at INFO; a failure is logged here
    logging.getLogger("twilio.http_client").setLevel(logging.WARNING)
    if os.environ.get("TWILIO_API_URL"):
        rest.api.base_url = os.environ["TWILIO_API_URL"]
    return rest


def configured() -> bool:
    return bool(os.environ.get("TWILIO_ACCOUNT_SID") and os.environ.get("TWILIO_AUTH_TOKEN")
                and (os.environ.get("TWILIO_FROM") or os.environ.get("TWILIO_MESSAGING_SERVICE_SID")))


def send_text(rest, to: str, body: str, from_: str) -> str:
    """Send one text with the Messages API (from $TWILIO_MESSAGING_SERVICE_SID when it is set,
    else from `from_`); returns Twilio's MessageSid. Every text the service starts goes out here."""
    kwargs = {"to": to, "body": body}
    if os.environ.get("TWILIO_MESSAGING_SERVICE_SID"):
        kwargs["messaging_service_sid"] = os.environ["TWILIO_MESSAGING_SERVICE_SID"]
    else:
        kwargs["from_"] = from_
    return rest.messages.create(**kwargs).sid


def _send_one(rest, request: dict, number: str, sources: list[str]) -> str:
    sender = os.environ.get("TWILIO_FROM", "")
    whatsapp = request["channel"] == "whatsapp"
    body = replies.notify_message(request["question"], request["topic"], sources, request["channel"])
    return send_text(rest, number, body, f"whatsapp:{sender.removeprefix('whatsapp:')}" if whatsapp else sender)


def send_due(db, questions=None, *, now: datetime | None = None, rest=None) -> list[Outcome]:
    """Text every asker whose question now has confirmed evidence (only `questions`, when given).

    Opted-out senders have no requests left (STOP deletes them). A request in the
    recipient's quiet hours, or whose send failed, waits for the next run.
    """
    now = now or datetime.now(timezone.utc)
    outcomes = []
    for request in pending(db):
        if questions is not None and request["question"] not in questions:
            continue
        sources = confirmed_evidence(db, request["topic"], request["question"])
        if not sources:
            continue
        try:
            number = fernet().decrypt(request["number"].encode()).decode()
        except (InvalidToken, NotConfigured):
            outcomes.append(Outcome(request["question"], "unreadable"))
            continue
        if quiet(number, now):
            outcomes.append(Outcome(request["question"], "quiet"))
            continue
        if not configured() and rest is None:
            outcomes.append(Outcome(request["question"], "unconfigured"))
            continue
        try:
            sid = _send_one(rest or client(), request, number, sources)
        except Exception:  # a network or API error leaves the request for the next run
            log.exception("notify failed for q:%s", request["question"])
            outcomes.append(Outcome(request["question"], "failed"))
            continue
        db.conn.execute("DELETE FROM notify_requests WHERE sender = ? AND question = ?",
                        [request["sender"], request["question"]])
        outcomes.append(Outcome(request["question"], "sent", sid))
    return outcomes


def evidence_confirmed(db, topic: str, target: str) -> list[Outcome]:
    """The hook on a curator's confirm: text whoever waits for a question this evidence is linked to."""
    source = target
    if target.startswith("c"):
        row = db.conn.execute("SELECT source FROM claims WHERE topic = ? AND id = ?", [topic, target]).fetchone()
        source = row[0] if row else None
    questions = {r[0] for r in db.conn.execute(
        "SELECT question FROM evidence_links WHERE topic = ? AND source = ?", [topic, source])}
    waiting = {r["question"] for r in pending(db)} & questions
    return send_due(db, waiting) if waiting else []
