"""Answering a question about one topic (or two named together): safety, match, compose, record
the question node. One path for the webhook, the CLI and the web form, so they all give the
same answer."""
from dataclasses import dataclass, field

from . import conversation, ledger, matching, replies, safety, search_index, subject


@dataclass
class Answer:
    topic: str
    question_id: str | None                           # None when the answer was not recorded (a GET)
    reply: str
    matches: list = field(default_factory=list)       # curated claims that answer, best first
    tiers: dict = field(default_factory=dict)         # curated matching claims per tier
    head: tuple = (0, "")
    unconfirmed: list = field(default_factory=list)   # auto-generated claims the asker may see that match
    numbered: list = field(default_factory=list)      # (n, match with its topic): what "1", "2" ... open
    shown: list = field(default_factory=list)         # the numbers the reply showed; the rest is for "more"
    thin: bool = False                                # nothing answered, or only anecdotes: NOTIFY applies

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


def _by_own_names(db, slug: str, text: str, others: list[dict]) -> str:
    """The question with the other topics asked about beside this one named as this topic's claims
    name them: "paxil with strattera" asks paroxetine's claims, which say atomoxetine, about
    atomoxetine (the ledger's aliases say which brand is which medicine). Only a name the claims
    never use is followed by the other's own, and only when they use that: "vape" or "fish oil",
    said in the claims, stays as said."""
    if not others:
        return text  # one topic asked about: no index read on its behalf
    used = search_index.topic_index(db, slug).words
    for other in others:
        named, own = matching.names_pattern(other), other["slug"].replace("-", " ")
        if named and all(word in used for word in own.split()):
            text = named.sub(lambda said: said[0] if all(word in used for word in matching.plain(said[0]).split())
                             else f"{said[0]} {own}", text)
    return text


def _section(db, topic: dict, text: str, asker: str | None) -> dict:
    """One topic's answer: what matched (the asker's own held pastes too, no one else's).

    Each topic named is asked the question as it is, the other's names in it: "benazepril vs
    losartan for kidneys" is answered by benazepril's claims that compare it with losartan. (Asking
    each without the other's names, as stops 33 to 46 did, over the 5,448 bench messages that name
    two topics: 204 fewer right sources in the first three, 100 more unanswerable ones answered.)"""
    slug = topic["slug"]
    hidden = ledger.quarantined(db, slug, but_for=asker)
    ranked, matching_claims = matching.search(db, slug, text, hidden=hidden, info=topic)
    tiers = dict.fromkeys(ledger.TIERS, 0)
    for match in matching_claims:
        if not match.auto:
            tiers[match.tier] = tiers.get(match.tier, 0) + 1
    matches = [m.as_dict() for m in ranked if not m.auto]
    unconfirmed = [m.as_dict() for m in ranked if m.auto]
    summaries = {}
    for source_id, summary in ledger.summaries(db, slug, {m["source"] for m in matches + unconfirmed}).items():
        summary = (summary or "").strip()
        if summary and "\n" not in summary:
            summaries[source_id] = summary
    every_name = matching.every_name(ledger.directory(db))
    return {"topic": topic, "qid": None, "head": ledger.head(db, slug), "matches": matches,
            "asked": subject.candidates(text, every_name),
            "matching": [m.as_dict() for m in matching_claims if not m.auto], "unconfirmed": unconfirmed,
            "tiers": tiers, "summaries": summaries}


def ask(db, slug: str, text: str, *, channel: str = "sms", sender: str | None = None,
        message_sid: str | None = None, record: bool = True, once_per_asker: bool = False,
        also: tuple = ()) -> Answer:
    """Answer `text` about topic `slug` (and the topics in `also`) and, when `record`, record a
    question node per topic.

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
    slugs = [slug, *[s for s in also if s != slug]]
    topics = {s: ledger.require_topic(db, s) for s in slugs}  # read once: every step below needs them
    names = {s: matching.topic_names(topics[s]) for s in slugs}
    spoken = set().union(*names.values())  # the topics asked about are not medicines taken alongside
    asker = conversation.pseudonym(db, sender, create=record)
    sections = [_section(db, topics[s], _by_own_names(db, s, text, [topics[t] for t in slugs if t != s]), asker)
                for s in slugs]
    for section in sections[1:]:
        section["qid"] = ledger.new_question_id(db.conn) if record else None
    replied = {}

    def fields(section):
        return {"text": text, "channel": channel, "asker": asker, "matches": section["matches"],
                "unconfirmed": section["unconfirmed"], "tiers": section["tiers"], "reply": replied["reply"],
                "ledger_entries": section["head"][0], "ledger_head": section["head"][1]}

    def node(qid):
        sections[0]["qid"] = qid
        replied["reply"], replied["shown"] = replies.answer(
            sections=sections, channel=channel, safety=safety.lines(text, spoken), asks_dose=matching.asks_about_dose(text))
        return {**fields(sections[0]), "message_sid": message_sid}

    if not record:
        node(None)
    else:
        # The reply is composed for an id picked now, outside the write lock; inside it the id is
        # checked and, in the rare case another writer took it meanwhile, composed again.
        candidate = ledger.new_question_id(db.conn)
        prepared = node(candidate)
        qid = ledger.record_question(db, slug, lambda picked: prepared if picked == candidate else node(picked),
                                     once_per_asker=once_per_asker, prefer=candidate)
        if qid != sections[0]["qid"]:  # a repeat: the node written the first time answers it
            return _from_node(ledger.get_question(db, qid))
        for section in sections[1:]:
            ledger.record_question(db, section["topic"]["slug"], {"id": section["qid"], **fields(section)})
    first = sections[0]
    ordered = replies.strongest_first(replies.interleave([replies.strongest_first(s["matches"] or s["unconfirmed"])
                                                          for s in sections]))
    # numbered as the reply numbers them: what it showed first, then the rest in order, for "more"
    ordered = [ordered[n - 1] for n in replied["shown"]] + \
        [m for n, m in enumerate(ordered, 1) if n not in replied["shown"]]
    topic_of = {id(m): s["topic"]["slug"] for s in sections for m in s["matches"] + s["unconfirmed"]}
    numbered = [(n, {**m, "topic": topic_of[id(m)]}) for n, m in enumerate(ordered, 1)]
    thin = any(not s["matches"] or all(m["tier"] == "anecdote" for m in s["matches"]) for s in sections)
    return Answer(slug, first["qid"], replied["reply"], first["matches"], first["tiers"], first["head"],
                  first["unconfirmed"], numbered, list(range(1, len(replied["shown"]) + 1)), thin)
