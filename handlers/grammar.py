"""The message grammar: the one place that knows how a text is read.

    slug|question          ask (also `slug: question`, a full-width bar, `slug question`)
    slug                   the topic card
    slug|s84               one source in full
    q:ID                   a question node's status
    ingest slug|q:ID|text  paste evidence for a node (`ingest slug|text` without one)
    confirm slug s95       curators: confirm, reject or retract (with a reason) an id; review slug
    help                   usage; STOP/START/HELP follow carrier conventions

People type on phones: case, spaces around the bar and a typo in the slug are
forgiven (rapidfuzz against the topics' slugs and aliases).
"""
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from service import matching

BARS = "|｜¦│∣"
SLUG_CUTOFF = 70
OPT_OUT = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "revoke"}
OPT_IN = {"start", "unstop", "subscribe", "yes"}
HELP_WORDS = {"help", "info", "?", "commands", "menu", "hi", "hello", "hey"}
NODE = re.compile(r"^q\s*[:#\-]?\s*([a-z0-9]{6})$", re.IGNORECASE)
SOURCE = re.compile(r"^s\s*(\d{1,6})$", re.IGNORECASE)
INGEST = re.compile(r"^ingest\b\s*[:|｜]?\s*(.*)$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Command:
    """What a message asks for. `kind` is one of: ask, topic, source, node, ingest, curate, help, opt_out,
    opt_in, unknown_topic."""
    kind: str
    slug: str | None = None
    text: str = ""
    node: str | None = None
    source: str | None = None
    typed_slug: str | None = None
    ingesting: bool = False       # an unknown topic named by `ingest`
    action: str | None = None     # curate: review, confirm, reject or retract


def is_ingest(body: str) -> bool:
    """Whether a message pastes evidence (`ingest ...`): what the webhook counts against a
    sender's paste allowance before it is read any further."""
    return INGEST.match(unicodedata.normalize("NFKC", body or "").strip()) is not None


def normalise_node(text: str) -> str | None:
    """`q:7k3mx2`, `Q 7K3MX2`, `7K3MX2` -> `7K3MX2`; None when it is not a node id."""
    match = NODE.match(text.strip()) or re.match(r"^([a-z0-9]{6})$", text.strip(), re.IGNORECASE)
    return match.group(1).upper() if match else None


def resolve_slug(word: str, topics: dict[str, list[str]], fuzzy: bool = True) -> str | None:
    """The topic a typed slug means: exact slug or alias first, then (if `fuzzy`) the closest by edit distance."""
    typed = word.strip().lower()
    names = {typed_name.lower(): slug for slug, aliases in topics.items() for typed_name in [slug, *aliases]}
    if typed in names:
        return names[typed]
    if not fuzzy:
        return None
    best = process.extractOne(typed, list(names), scorer=fuzz.ratio, score_cutoff=SLUG_CUTOFF)
    return names[best[0]] if best else None


def nearest_topics(word: str, topics: dict[str, list[str]], limit: int = 3) -> list[str]:
    ranked = process.extract(word.lower(), list(topics), scorer=fuzz.WRatio, limit=limit)
    return [slug for slug, _, _ in ranked]


def _split(body: str) -> tuple[str, str | None]:
    """(head, rest) at the first bar, else at a colon after one word; rest None when there is neither."""
    for bar in BARS:
        if bar in body:
            head, rest = body.split(bar, 1)
            return head.strip(), rest.strip()
    match = re.match(r"^([^\s:]+)\s*:\s*(.*)$", body, re.DOTALL)
    if match:
        return match.group(1), match.group(2).strip()
    return body, None


def parse(body: str, topics: dict[str, list[str]]) -> Command:
    """Read one inbound message. `topics` maps each slug to its aliases."""
    body = unicodedata.normalize("NFKC", body or "").strip()
    word = body.lower().strip(" .!")
    if not body or word in HELP_WORDS:
        return Command("help")
    if word in OPT_OUT:
        return Command("opt_out")
    if word in OPT_IN:
        return Command("opt_in")
    node = NODE.match(body)
    if node:
        return Command("node", node=node.group(1).upper())
    curate = _parse_curate(body, topics)
    if curate:
        return curate
    ingest = INGEST.match(body)
    if ingest:
        return _parse_ingest(ingest.group(1), topics)
    head, rest = _split(body)
    if not head:  # "|slug": the bar came first
        return parse(rest, topics) if rest else Command("help")
    if rest is None and " " in head:
        first, remainder = head.split(None, 1)
        # The first word of a plain sentence is a misspelt slug only if no dictionary knows it:
        # "been depressed ..." must not become a topic whose alias is "bepecin".
        if resolve_slug(first, topics, fuzzy=matching.topicality(first.lower()) == 1.0):
            head, rest = first, remainder
    slug = resolve_slug(head, topics)
    if slug is None and rest is None:
        slug = _named_topic(body, topics)
        head, rest = (head, body) if slug else (head, rest)
    if slug is None:
        return Command("unknown_topic", typed_slug=head[:40], text=rest or "")
    if not rest or not re.search(r"\w", rest):  # "slug|", "slug||", "slug|??"
        return Command("topic", slug)
    source = SOURCE.match(rest)
    if source:
        return Command("source", slug, source=f"s{int(source.group(1))}")
    return Command("ask", slug, text=rest)


def _named_topic(body: str, topics) -> str | None:
    """A topic named word for word inside a message with no bar ("does X help adhd").

    The sentence that asks (the last with a question mark, else the last) is read first:
    in "already on X. does Y help joints?" the question is about Y."""
    names = {name.lower(): slug for slug, aliases in topics.items() for name in [slug, *aliases]}
    sentences = re.findall(r"[^.?!\n]+[.?!]*", body.lower()) or [body.lower()]
    asking = next((s for s in reversed(sentences) if "?" in s), sentences[-1])
    for text in (asking, body.lower()):
        named = next((names[w] for w in re.findall(r"[\w\-]+", text) if w in names), None)
        if named:
            return named
    return None


def _parse_ingest(rest: str, topics) -> Command:
    head, text = _split(rest)
    if text is None:
        if " " in head:
            head, text = head.split(None, 1)
        else:
            text = ""
    slug = resolve_slug(head, topics)
    if slug is None:
        return Command("unknown_topic", typed_slug=head[:40], ingesting=True)
    node_part, bar_rest = _split(text) if any(b in text for b in BARS) else (text, None)
    node = NODE.match(node_part) if bar_rest is not None else None
    if node:
        return Command("ingest", slug, text=bar_rest, node=node.group(1).upper())
    return Command("ingest", slug, text=text)


CURATE = re.compile(r"^(confirm|reject|retract)\s+([^\s|｜]+)\s*[|｜]?\s*([sc]\d{1,6})\b\s*[|｜:-]?\s*(.*)$",
                    re.IGNORECASE | re.DOTALL)
REVIEW = re.compile(r"^review\s+([^\s|｜]+)\s*$", re.IGNORECASE)


def _parse_curate(body: str, topics) -> Command | None:
    """`confirm slug s95`, `reject slug c12 off topic`, `review slug`: only in exactly this shape,
    so "confirm it helps sleep?" is still a question."""
    review = REVIEW.match(body)
    if review and resolve_slug(review.group(1), topics):
        return Command("curate", resolve_slug(review.group(1), topics), action="review")
    act = CURATE.match(body)
    if act and resolve_slug(act.group(2), topics):
        return Command("curate", resolve_slug(act.group(2), topics), text=act.group(4).strip(),
                       source=act.group(3).lower(), action=act.group(1).lower())
    return None
