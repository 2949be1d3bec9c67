"""Pasted evidence becomes a tiered, sourced, chained source with its claims.

One pipeline for the webhook (`ingest slug|q:ID|text`), the CLI (`ledger
ingest`) and the build (the long-form seed articles): normalise, pull out
identifiers, guess the source, split into claims, tier them, drop what the
topic already holds, then write source, claims and question link as one
atomic chain append. Everything written is flagged auto-generated until a
curator confirms it (`ledger confirm SLUG sN`).
"""
from collections import Counter
from dataclasses import dataclass, field

from . import extract, ledger

SECTION = "pasted"


class IngestRefused(ledger.LedgerError):
    """The paste cannot become evidence (empty, too long, no claim in it)."""


class TooManyClaims(IngestRefused):
    """One paste holds more claims than a paste may add."""


@dataclass
class IngestResult:
    topic: str
    source_id: str | None = None          # the new source; None when nothing was added
    kind: str = ""
    identifiers: dict = field(default_factory=dict)
    claims: list = field(default_factory=list)      # (claim id, tier, text) added
    already: list = field(default_factory=list)     # (existing claim id, its source) for repeated claims
    duplicate_of: str | None = None       # the source this very paste already is
    held: list = field(default_factory=list)        # (claim id or None for the whole paste, source) already
    #                                                 in another texter's paste held for review: never named
    question: str | None = None
    link_only: bool = False               # a bare link: a source with its URL, no claims until someone adds them
    url: str | None = None

    @property
    def tiers(self) -> Counter:
        return Counter(tier for _, tier, _ in self.claims)

    def as_dict(self) -> dict:
        return {"topic": self.topic, "source": self.source_id, "kind": self.kind, "identifiers": self.identifiers,
                "claims": [{"id": i, "tier": t, "text": x} for i, t, x in self.claims],
                "already_in_ledger": [{"claim": c, "source": s} for c, s in self.already],
                "duplicate_of": self.duplicate_of, "held_for_review": len(self.held), "question": f"q:{self.question}" if self.question else None,
                "link_only": self.link_only, "url": self.url, "status": "pending" if self.source_id else None}


def _check_node(db, slug: str, question: str | None) -> None:
    if question is not None:
        node = ledger.get_question(db, question)
        if node["topic"] != slug:
            raise ledger.ForeignQuestion(f"q:{question} belongs to {node['topic']}, not {slug}")


def _link_known(db, slug: str, question: str | None, sources: list[str]) -> None:
    """Evidence already in the ledger, pasted again for a node, still answers that node."""
    if question is not None:
        for source in dict.fromkeys(sources):
            ledger.link_evidence(db, slug, question, source)


def _repeat(db, slug: str, result: IngestResult, repeat: ledger.AlreadyRecorded) -> IngestResult:
    """What a paste that was already written (found inside the write transaction) reports: the
    same MessageSid gets the source it became, as the first delivery did; the same paste is a
    duplicate of it; claims all held already are listed as such."""
    if repeat.by == "message_sid":
        result.source_id, result.kind = repeat.existing, ledger.get_source(db, slug, repeat.existing)["kind"]
        result.claims = [(c["id"], c["tier"], c["text"]) for c in ledger.claims(db, slug, source=repeat.existing)]
        result.already = []
    elif repeat.by == "fingerprint":
        if repeat.held:  # another texter's paste in quarantine: received, but its id is not theirs to know
            result.held = [(None, repeat.existing)]
        else:
            result.duplicate_of = repeat.existing
        _link_known(db, slug, result.question, [repeat.existing])
    return result


def _hide_held(db, slug: str, result: IngestResult, asker: str | None) -> None:
    """Move the repeated claims that sit unconfirmed in other texters' pastes from `already`
    (which the reply names) to `held` (which it only counts)."""
    quarantined = ledger.quarantined(db, slug, but_for=asker) if result.already else set()
    candidates = [claim for claim, source in result.already if source in quarantined]
    if not candidates:
        return
    hidden = {c["id"] for c in ledger.claims(db, slug, ids=candidates) if not ledger.shown(c, quarantined)}
    result.held = [pair for pair in result.already if pair[0] in hidden]
    result.already = [pair for pair in result.already if pair[0] not in hidden]


def ingest(db, slug: str, text: str, *, question: str | None = None, allow_long: bool = False,
           progress=None, tick=None, asker: str | None = None, message_sid: str | None = None,
           max_claims: int | None = None) -> IngestResult:
    """Add `text` to topic `slug` as one new source, linked to `question` when given.

    `asker` is the keyed hash of the sender who pasted it: until a curator confirms
    the source, only that sender sees it. A bare link (a URL, PMID or DOI and no
    statement) becomes a source with its URL and kind and no claims. Refuses (and
    writes nothing) for an unknown topic or node, a node of another topic, an
    empty or over-long paste, a paste with neither a claim nor a link, or one with
    more than `max_claims` claims. The paste sent as `message_sid` is written once,
    however many times it is delivered. Progress goes to `progress(message)`, and
    `tick(stage, done, total)` while the paste is split and its claims checked.
    """
    say = progress or (lambda message: None)
    ledger.require_topic(db, slug)
    _check_node(db, slug, question)
    result = IngestResult(slug, question=question)
    if message_sid and (earlier := ledger.source_by_message(db, slug, message_sid)):
        return _repeat(db, slug, result, ledger.AlreadyRecorded(earlier))
    try:
        clean = extract.normalise(text, allow_long=allow_long)
    except (extract.EmptyPaste, extract.PasteTooLong) as problem:
        raise IngestRefused(str(problem)) from problem
    say(f"normalised: {len(clean):,} characters")
    paste_key = extract.fingerprint(clean)
    earlier = ledger.earlier_source(db.conn, slug, "fingerprint", paste_key, asker)
    if earlier:  # checked again inside the write transaction (`ledger.add_evidence`)
        return _repeat(db, slug, result, earlier)
    ids = extract.find_identifiers(clean)
    guess = extract.guess_source(clean, ids)
    result.kind = guess.kind
    result.identifiers = {name: list(values) for name, values in vars(ids).items() if values}
    tiered = extract.tier_paste(clean, guess.kind, tick and (lambda done, total: tick("splitting", done, total)))
    link = guess.url or _identifier_link(ids)
    if not tiered and link:
        return _add_link(db, result, guess, ids, link, paste_key, asker, message_sid)
    if not tiered:
        raise IngestRefused("found no claim-sized statement in it (sentences of 20+ characters)")
    if max_claims is not None and len(tiered) > max_claims:
        raise TooManyClaims(f"that paste holds {len(tiered)} claims and one paste can add at most {max_claims}; "
                            "send it in smaller parts")
    say(f"split: {len(tiered)} claims from a {guess.kind} source")
    rows, seen = [], set()
    for done, (text_, tier, reason) in enumerate(tiered, 1):
        key = extract.fingerprint(text_)
        same = db.conn.execute("SELECT id, source FROM claims WHERE topic = ? AND fingerprint = ?", [slug, key]).fetchone()
        if same:
            result.already.append(tuple(same))
        elif key not in seen:
            seen.add(key)
            rows.append({"text": text_, "tier": tier, "tier_reason": reason, "section": SECTION,
                         "fingerprint": key, "auto": True})
        if tick:
            tick("checking", done, len(tiered))
    say(f"tiered: {dict(Counter(r['tier'] for r in rows))}; {len(result.already)} already in the ledger")
    _hide_held(db, slug, result, asker)
    if not rows:
        _link_known(db, slug, question, [source for _, source in result.already + result.held])
        return result
    source = {
        "kind": guess.kind, "title": guess.title, "url": guess.url, "platform": guess.platform,
        "tier": Counter(r["tier"] for r in rows).most_common(1)[0][0], "summary": rows[0]["text"][:300],
        "pmid": ids.pmids[0] if ids.pmids else None, "doi": ids.dois[0] if ids.dois else None,
        "nct": ids.ncts[0] if ids.ncts else None, "fingerprint": paste_key, "message_sid": message_sid,
        "auto": True, **({"asker": asker} if asker else {}),
    }
    try:
        result.source_id, claim_ids = ledger.add_evidence(db, slug, source, rows, question)
    except ledger.AlreadyRecorded as repeat:
        if repeat.by == "claims":  # another paste wrote them all meanwhile
            _link_known(db, slug, question, [source for _, source in result.already + result.held])
            return result
        return _repeat(db, slug, result, repeat)
    result.claims = [(cid, r["tier"], r["text"]) for cid, r in zip(claim_ids, rows) if cid]
    say(f"written: {result.source_id} with {len(result.claims)} claims")
    return result


def _identifier_link(ids) -> str | None:
    """Where a bare PMID or DOI can be read."""
    if ids.pmids:
        return f"https://pubmed.ncbi.nlm.nih.gov/{ids.pmids[0]}/"
    if ids.dois:
        return f"https://doi.org/{ids.dois[0]}"
    return None


def _add_link(db, result: IngestResult, guess, ids, link: str, paste_key: str, asker: str | None,
              message_sid: str | None) -> IngestResult:
    """A bare link becomes a source with its URL and kind, and no claims: a curator, or a paste
    of its text, has to say what it holds."""
    result.link_only, result.url = True, link
    source = {
        "kind": guess.kind, "title": f"{extract.link_label(guess.kind, link)} link: {link}",
        "url": link, "platform": guess.platform, "tier": extract.SOURCE_TIERS.get(guess.kind, "published"),
        "summary": "A link with no text: a curator, or a paste of its text, is needed for claims.",
        "pmid": ids.pmids[0] if ids.pmids else None, "doi": ids.dois[0] if ids.dois else None,
        "nct": ids.ncts[0] if ids.ncts else None, "fingerprint": paste_key, "message_sid": message_sid,
        "auto": True, **({"asker": asker} if asker else {}),
    }
    try:
        result.source_id, _ = ledger.add_evidence(db, result.topic, source, [], result.question)
    except ledger.AlreadyRecorded as repeat:
        result.link_only = False
        return _repeat(db, result.topic, result, repeat)
    return result
