"""Answering `slug|question`: match, compose, record the question node. One path for
the webhook, the CLI and the web form, so they all give the same answer."""
from dataclasses import dataclass, field

from . import ledger, matching, replies


@dataclass
class Answer:
    topic: str
    question_id: str | None                           # None when the answer was not recorded (a GET)
    reply: str
    matches: list = field(default_factory=list)       # curated claims that answer, best first
    tiers: dict = field(default_factory=dict)         # curated matching claims per tier
    head: tuple = (0, "")
    unconfirmed: list = field(default_factory=list)   # auto-generated claims the asker may see that match

    @property
    def abstained(self) -> bool:
        return not self.matches

    def as_dict(self) -> dict:
        return {"topic": self.topic, "question_id": f"q:{self.question_id}" if self.question_id else None, "reply": self.reply,
                "matches": self.matches, "unconfirmed": self.unconfirmed, "tiers": self.tiers,
                "abstained": self.abstained,
                "ledger": {"entries": self.head[0], "head": self.head[1]}}


def _from_node(node: dict) -> Answer:
    return Answer(node["topic"], node["id"], node["reply"], node["matches"], node["tiers"],
                  (node.get("ledger_entries") or 0, node.get("ledger_head") or ""), node.get("unconfirmed") or [])


def ask(db, slug: str, text: str, *, channel: str = "sms", sender: str | None = None,
        message_sid: str | None = None, record: bool = True, once_per_asker: bool = False) -> Answer:
    """Answer `text` about topic `slug` and, when `record`, record it as a question node.

    A MessageSid seen before gets the node (and reply) recorded the first time:
    Twilio retries a webhook it did not hear back from, sometimes many times at
    once, so the check is repeated inside the write transaction. With
    `once_per_asker` (the web form) an asker's repeat of a question gets the
    node recorded the first time. `record=False` (GET requests) writes nothing.
    """
    if message_sid:
        node = ledger.question_by_message(db, message_sid)
        if node is not None:
            return _from_node(node)
    topic = ledger.require_topic(db, slug)
    asker = ledger.asker_hash(db, sender)
    ranked, matching_claims = matching.search(db, slug, text, hidden=ledger.quarantined(db, slug, but_for=asker))
    confirmed = [m for m in ranked if not m.auto]
    unconfirmed = [m for m in ranked if m.auto]
    tiers = dict.fromkeys(ledger.TIERS, 0)
    for match in matching_claims:
        if not match.auto:
            tiers[match.tier] = tiers.get(match.tier, 0) + 1
    head = ledger.head(db, slug)
    holdings = ledger.claim_counts(db, slug)
    matches = [m.as_dict() for m in confirmed]
    leads = [m.as_dict() for m in unconfirmed]
    replied = {}

    def node(qid):  # called inside the write transaction, once the node's id is picked
        replied["qid"] = qid
        replied["reply"] = replies.answer(
            topic=topic, question=text, qid=qid, confirmed=confirmed, unconfirmed=unconfirmed, tiers=tiers,
            pending=sum(m.auto for m in matching_claims), holdings=holdings, head=head,
            channel=channel, asks_dose=matching.asks_about_dose(text))
        return {"text": text, "channel": channel, "asker": asker, "message_sid": message_sid, "matches": matches,
                "unconfirmed": leads, "tiers": tiers, "reply": replied["reply"],
                "ledger_entries": head[0], "ledger_head": head[1]}

    if not record:
        node(None)
        return Answer(slug, None, replied["reply"], matches, tiers, head, leads)
    qid = ledger.record_question(db, slug, node, once_per_asker=once_per_asker)
    if qid != replied.get("qid"):  # a repeat: the node written the first time answers it
        return _from_node(ledger.get_question(db, qid))
    return Answer(slug, qid, replied["reply"], matches, tiers, head, leads)
