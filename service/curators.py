"""Who may curate by text: the numbers in $LEDGER_CURATORS, compared as keyed hashes.

LEDGER_CURATORS is a comma-separated list of phone numbers (`+15551234567`, WhatsApp
senders match their number) or of their keyed hashes as `ledger.asker_hash` makes them
(32 hex digits), so a deployment need not keep the numbers in its configuration at all.
Numbers are hashed on comparison and never written anywhere; a curator act records the
curator's hash.
"""
import os
import re

from . import ledger

HASHED = re.compile(r"^[0-9a-f]{32}$")


def number(sender: str | None) -> str:
    """`whatsapp:+1 555 123` and `+1555123` are one person."""
    return re.sub(r"[\s().-]", "", (sender or "").strip().lower().removeprefix("whatsapp:"))


def curator_hash(db, sender: str | None) -> str | None:
    return ledger.asker_hash(db, number(sender)) if sender else None


def is_curator(db, sender: str | None) -> bool:
    listed = [entry.strip() for entry in os.environ.get("LEDGER_CURATORS", "").split(",") if entry.strip()]
    if not sender or not listed:
        return False
    mine = curator_hash(db, sender)
    return any(entry.lower() == mine if HASHED.match(entry.lower()) else curator_hash(db, entry) == mine
               for entry in listed)
