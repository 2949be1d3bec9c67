"""What a topic's article holds, computed from the ledger.

The HTML page and the JSON API both render `article()`; nothing here knows about
Flask. Every count is computed from the rows, never copied from the seed.

Auto-generated (pasted, not yet confirmed) sources and claims are kept apart:
they never feed the sections, the inventory's per-tier counts, the confidence
figure or the suggested questions, so a paste cannot move what the article says
before a curator has looked at it. They are listed on their own in the footer.
"""
import functools
import re
from collections import Counter, defaultdict
from urllib.parse import quote

import lemminflect

from . import demand, ledger, privacy, tally
from .matching import topic_names
from .vocabulary import FILLER

SCIENTIFIC_KINDS = frozenset({"study", "review", "web"})

# The seed's confidence formula (DESIGN.md, "Ledger").
CLAIM_WEIGHTS = {"human": 0.12, "preclinical": 0.04, "anecdote": 0.015}
SCIENTIFIC_SOURCE_WEIGHT = 0.01
SCIENTIFIC_SOURCES_CAP = 0.10
CONFIDENCE_CAP = 0.95
MODERATE = "moderate — human claims present in ledger"
PRELIMINARY = "preliminary — preclinical only"
LOW = "low — anecdotes only"

EVIDENCE_TYPES = {
    "preclinical": "Animal or lab work — shows mechanism or early signal, not proof in people.",
    "human": "Tagged human evidence in this ledger — check sample size and design.",
    "published": "Published research.",
}

LOGIC_CHAIN_LINKS = 6  # the seed's IF … THEN chain stops after six steps
OPEN_QUESTIONS_SHOWN = 20  # newest first; the rest are counted, not listed
OPEN_QUESTIONS_READ = 200  # the newest open nodes read to find the repeats of those shown
LIST_SHOWN = 50  # claims or sources per list on the article; the rest are counted, and paged by the claims API
AUTO_CLAIMS_SHOWN = 250  # pasted claims in the footer, all sources together (the seed's four hold 232)
SUGGESTIONS = 8  # one-tap questions on the page, as in the seed ("8 suggested prompts")

SOURCE_FIELDS = ("id", "kind", "title", "url", "platform", "year", "tier", "summary",
                 "pmid", "doi", "nct", "question", "auto", "entry")
CLAIM_FIELDS = ("id", "source", "text", "tier", "section", "stance", "auto", "status", "entry")
QUESTION_FIELDS = ("id", "text", "channel", "asked_at", "matches", "unconfirmed", "tiers",
                   "ledger_entries", "ledger_head", "entry")


# --- rows as the article shows them ----------------------------------------

def public_claim(claim: dict) -> dict:
    return {field: claim.get(field) for field in CLAIM_FIELDS}


def public_source(source: dict) -> dict:
    """A source's public fields plus where it was posted and safe links to it."""
    shown = {field: source.get(field) for field in SOURCE_FIELDS}
    shown["where"] = where_posted(source)
    shown["status"] = source.get("status")
    shown["links"] = [] if source.get("auto") else source_links(source)  # an unconfirmed URL is never a link
    if source.get("tier") != "anecdote":
        shown["evidence_type"] = EVIDENCE_TYPES.get(source.get("tier"))
    return shown


def public_question(question: dict, keep=(), hidden=frozenset()) -> dict:
    """A question node as anyone may see it: without its asker or message id, which never leave
    the ledger, with its text reduced to what it asks (`privacy.public_text`; `keep`: topic names),
    and without leads from the asker's own pastes still held for a curator (sources in `hidden`)."""
    shown = {field: question.get(field) for field in QUESTION_FIELDS}
    shown["text"] = privacy.public_text(question.get("text") or "", keep)
    shown["unconfirmed"] = [lead for lead in shown.get("unconfirmed") or [] if lead.get("source") not in hidden]
    return shown


def where_posted(source: dict) -> str | None:
    """'Reddit, r/Nootropics', 'X', 'YouTube' or 'online' for anecdotes, as the seed prints them."""
    if source.get("tier") != "anecdote":
        return None
    if source.get("kind") == "reddit":
        return ", ".join(filter(None, ["Reddit", source.get("platform")]))
    return {"x": "X", "youtube": "YouTube"}.get(source.get("kind"), "online")


def source_links(source: dict) -> list[dict]:
    """Links a reader can follow: the source's own URL (http/https only) and its identifiers.

    Pasted sources are untrusted, so a `javascript:` or `data:` URL is never made a link.
    """
    links = []
    url = (source.get("url") or "").strip()
    if re.match(r"https?://", url, re.IGNORECASE):
        links.append({"label": "Source", "text": url, "href": url})
    pmid = str(source.get("pmid") or "")
    if pmid.isdigit():
        links.append({"label": "PMID", "text": pmid, "href": f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"})
    doi = source.get("doi") or ""
    if doi.startswith("10."):
        links.append({"label": "DOI", "text": doi, "href": "https://doi.org/" + quote(doi, safe="/:;()._-")})
    nct = (source.get("nct") or "").upper()
    if re.fullmatch(r"NCT\d{8}", nct):
        links.append({"label": "Trial", "text": nct, "href": f"https://clinicaltrials.gov/study/{nct}"})
    return links


# --- counts and confidence -------------------------------------------------

def is_scientific(source: dict) -> bool:
    """A study, review or web source that is not itself an anecdote."""
    return source.get("kind") in SCIENTIFIC_KINDS and source.get("tier") != "anecdote"


def confidence(claims_by_tier: dict, scientific_sources: int) -> tuple[float, str]:
    """The seed's confidence figure and its label, from confirmed claims and scientific sources."""
    claims_term = sum(weight * claims_by_tier.get(tier, 0) for tier, weight in CLAIM_WEIGHTS.items())
    sources_term = min(scientific_sources * SCIENTIFIC_SOURCE_WEIGHT, SCIENTIFIC_SOURCES_CAP)
    value = round(min(claims_term + sources_term, CONFIDENCE_CAP), 4)
    if claims_by_tier.get("human"):
        return value, MODERATE
    if claims_by_tier.get("preclinical"):
        return value, PRELIMINARY
    return value, LOW


def inventory(db, slug: str) -> dict:
    """What the ledger holds for `slug`, counted.

    Keys: scientific_sources, claims (tier -> count), anecdote_sources,
    reddit_sources, x_sources, other_anecdote_sources, total_sources (the sources
    anyone may see), total_claims, auto_sources, auto_claims, confidence,
    confidence_label. Per-tier and per-kind counts leave auto-generated rows out.
    Claims are counted from the tallies kept at write time (`ledger.claim_counts`),
    sources by one GROUP BY (`ledger.source_tally`, `_kept`): no row is read into Python.
    """
    ledger.require_topic(db, slug)
    claims_by_tier, pending = ledger.claim_counts(db, slug)
    sources = _kept("sources", db, slug, lambda: ledger.source_tally(db, slug))
    public = {key: n for key, n in sources.items() if key[2] == tally.CURATED}
    anecdotes = {kind: n for (kind, tier, _), n in public.items() if tier == "anecdote"}
    scientific = sum(n for (kind, tier, _), n in public.items() if is_scientific({"kind": kind, "tier": tier}))
    value, label = confidence(claims_by_tier, scientific)
    waiting = sum(n for key, n in sources.items() if key[2] == tally.PENDING)
    return {
        "scientific_sources": scientific,
        "claims": {tier: claims_by_tier.get(tier, 0) for tier in ledger.TIERS},
        "anecdote_sources": sum(anecdotes.values()),
        "reddit_sources": anecdotes.get("reddit", 0),
        "x_sources": anecdotes.get("x", 0),
        "other_anecdote_sources": sum(n for kind, n in anecdotes.items() if kind not in ("reddit", "x")),
        "total_sources": sum(public.values()) + waiting,
        "total_claims": sum(claims_by_tier.values()) + pending,
        "auto_sources": waiting,
        "auto_claims": pending,
        "confidence": value,
        "confidence_label": label,
    }


_computed: dict[tuple, tuple] = {}  # (what, topic) -> (ledger.content_head when computed, the value): per worker


def _kept(what: str, db, slug: str, compute):
    """`compute()`, computed again only when the topic's sources, claims or curator acts changed
    (`ledger.content_head`, whose hash commits to all of them): what reads every row of a topic
    (100k claims: 7 s to rank themes) or groups every source is not redone per request, and
    question nodes never move it. The value is shared: callers do not change it."""
    head = ledger.content_head(db, slug)
    kept = _computed.get((what, slug))
    if kept is None or kept[0] != head:
        kept = _computed[(what, slug)] = head, compute()
    return kept[1]


# --- suggested questions ---------------------------------------------------

FUNCTION_WORDS = frozenset("""
a about above across after again against all also although am among an and any are around as at cannot
be because been before being below between both but by can could did do does doing down during each
either even few for from further had has have having he her here hers him his how however i if in
into is it its itself just like may me might more most my neither no nor not now of off on once only
or other our out over own per same she should since so some still such than that the their them
then there these they this those though through to too under until up upon very via vs was we were
what when where whether which while who whom why will with within without would yet you your
""".split())

# Words about the document or its evidence type rather than a subject a reader asks about.
DOCUMENT_WORDS = frozenset("""
user report study review article post video discussion overview guide experience effect benefit
evidence research data model source seed ledger note people comment thread trial paper researcher
human animal rat mouse mice cell lab patient subject day week year time level peptide drug compound
mechanism potential anecdote outcome result use context lack version issue first single acute
strong multiple initial full available existing positive negative neutral mixed
show increase include improve feel note explain discuss highlight mention examine compare emphasize
describe provide cover reverse restore reduce try call switch develop require pair
felt say said take took taken give given gave get got make made go went seem found change hour
product thing lot author rather alone also still even just only both either within without
colleague participant volunteer composite paraphrase username
""".split())

# The ledger gives no dosing advice, so it never suggests asking for it.
NOT_SUGGESTED = frozenset({"dose", "dosage", "dosing", "protocol"})

ADJECTIVE_ENDINGS = ("ive", "al", "ic", "ed", "ous", "ful", "ly", "ing", "ian", "'s")
VERB_ENDINGS = (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*")


def _theme_key(word: str) -> str:
    """Lower case, plural folded: 'Effects' and 'effect' count as one theme word."""
    key = word.lower()
    if key.endswith("ies") and len(key) > 5:
        return key[:-3] + "y"
    if key.endswith("s") and len(key) > 3 and not key.endswith(("ss", "us", "is")):
        return key[:-1]
    return key


def _stems(key: str) -> set[str]:
    """The key and its likely verb stems ('increased' -> 'increase'), to match the word lists."""
    return {key} | {key[:-len(ending)] + stem for ending, stem in VERB_ENDINGS
                    if key.endswith(ending) and len(key) > len(ending) + 2}


def _allowed(word: str, blocked: frozenset) -> bool:
    """Not a function word, nor (as any of its stems) a blocked word."""
    key = _theme_key(word)
    if len(key) < 3 or {word.lower(), key} & FUNCTION_WORDS:
        return False
    return not _stems(key) & blocked


def _noun_like(word: str) -> bool:
    """A cheap guard against adjectives standing alone ('cognitive', 'long-term'); acronyms pass."""
    return word.isupper() or not (word.lower().endswith(ADJECTIVE_ENDINGS) or "-" in word)


@functools.lru_cache(maxsize=65536)
def _names_a_subject(word: str) -> bool:
    """Can the word alone be a theme? Not a word questions fill with ("many", "better"), nor one
    that can be an adjective ("new", "small"); acronyms and words English does not list can."""
    if word.isupper():
        return True
    kinds = set(lemminflect.getAllLemmas(word.lower()))
    return word.lower() not in FILLER and (not kinds or ("NOUN" in kinds and "ADJ" not in kinds))


def _themes_in(text: str, blocked: frozenset) -> dict[str, str]:
    """Theme key -> surface form for each single word and two-word phrase in `text`.

    A phrase may start with an adjective ('nasal spray') and may end in 'effects'
    although that is a document word ('side effects').
    """
    words = WORD.findall(text)
    allowed = {word: _allowed(word, blocked) for word in set(words)}
    found = {}
    for first, second in zip(words, words[1:] + [""]):
        if not allowed[first]:
            continue
        if _noun_like(first) and _names_a_subject(first):
            found.setdefault(_theme_key(first), first)
        if second and _noun_like(second) and (allowed[second] or _theme_key(second) == "effect"):
            found.setdefault(f"{_theme_key(first)} {_theme_key(second)}", f"{first} {second}")
    return found


def _topic_words(topic: dict, sources: list[dict]) -> frozenset:
    """Words naming the topic itself or where sources were posted: never a theme."""
    names = [topic["slug"], topic["name"], *(topic.get("aliases") or [])]
    names += [f"{s['kind']} {s.get('platform') or ''}" for s in sources]
    return frozenset(_theme_key(w) for name in names for w in WORD.findall(name))


def _surface(forms: Counter) -> str:
    """How to print a theme: lower case when anyone wrote it so, else its commonest spelling."""
    lower = [form for form in forms if form == form.lower()]
    return lower[0] if lower else forms.most_common(1)[0][0]


def rank_themes(topic: dict, sources: list[dict], claims: list[dict]) -> list[dict]:
    """Themes of the confirmed evidence, most widely mentioned first.

    A theme scores one per source that mentions it (title, summary or claims)
    plus one per source on the less represented side, research or anecdote:
    themes both sides touch are where a reader can compare tiers. Each theme:
    text, key, sources, anecdote_sources.
    """
    confirmed_sources = [s for s in sources if not s["auto"]]
    claims_by_source = defaultdict(list)
    for claim in claims:
        if not claim["auto"]:
            claims_by_source[claim["source"]].append(claim["text"])
    blocked = _topic_words(topic, confirmed_sources) | DOCUMENT_WORDS | NOT_SUGGESTED
    mentions, anecdote_mentions, forms = Counter(), Counter(), defaultdict(Counter)
    for source in confirmed_sources:
        text = " ".join([source["title"] or "", source["summary"] or "", *claims_by_source[source["id"]]])
        for key, form in _themes_in(text, blocked).items():
            mentions[key] += 1
            anecdote_mentions[key] += source["tier"] == "anecdote"
            forms[key][form] += 1

    def score(key):
        research_mentions = mentions[key] - anecdote_mentions[key]
        return mentions[key] + min(research_mentions, anecdote_mentions[key])

    ranked = sorted(mentions, key=lambda key: (-score(key), -key.count(" "), key))
    return [{"text": _surface(forms[key]), "key": key, "sources": mentions[key],
             "anecdote_sources": anecdote_mentions[key]} for key in ranked]


THEME_SOURCES = 500  # themes are ranked over the topic's first this many public sources and their claims


def themes(db, slug: str) -> list[dict]:
    """`rank_themes` over the topic's first THEME_SOURCES public sources (every source of a topic
    as the shipped ones are), ranked again only when they changed (`_kept`): the article and
    the SMS topic card ask for it on every request, and ranking every claim of a large topic
    after each paste took 7.5 s at 100k claims."""
    topic = ledger.require_topic(db, slug)

    def ranked():
        sources, _ = ledger.first_sources(db, slug, THEME_SOURCES)
        return rank_themes(topic, sources, ledger.claims(db, slug, sources=[s["id"] for s in sources]))
    return _kept("themes", db, slug, ranked)


def _distinct(ranked: list[dict], n: int) -> list[dict]:
    """The first `n` themes sharing no word with a theme already taken ('Sleep' hides 'Sleep quality')."""
    taken, used_words = [], set()
    for theme in ranked:
        words = set(theme["key"].split())
        if words & used_words:
            continue
        taken.append(theme)
        used_words |= words
        if len(taken) == n:
            break
    return taken


def _as_question(theme: dict) -> str:
    if theme["anecdote_sources"] * 2 > theme["sources"]:
        return f"What do people report about {theme['text']}?"
    return f"What does research say about {theme['text']}?"


def _suggest(ranked: list[dict], n: int) -> list[dict]:
    return [{"theme": theme["text"], "question": _as_question(theme)} for theme in _distinct(ranked, n)]


def suggestions(db, slug: str, n: int = SUGGESTIONS) -> list[dict]:
    """Up to `n` distinct themes, each with the question a tap on it asks: theme, question."""
    return _suggest(themes(db, slug), n)


def suggested_questions(db, slug: str, n: int = SUGGESTIONS) -> list[str]:
    """About `n` one-tap questions drawn from the ledger's most widely mentioned themes."""
    return [suggestion["question"] for suggestion in suggestions(db, slug, n)]


# --- the article -----------------------------------------------------------

def _section(db, slug: str, name: str, more: dict) -> list[dict]:
    """The first LIST_SHOWN confirmed claims of a section; how many more there are goes in `more`."""
    rows, count = ledger.first_claims(db, slug, LIST_SHOWN, section=name)
    more[name] = count - len(rows)
    return [public_claim(c) for c in rows]


# Where the article lists confirmed sources: SQL on the source `s`.
SOURCE_GROUPS = {"scientists": "s.tier IS NOT 'anecdote'",
                 "reddit": "s.tier = 'anecdote' AND s.kind = 'reddit'",
                 "x": "s.tier = 'anecdote' AND s.kind = 'x'",
                 "elsewhere": "s.tier = 'anecdote' AND s.kind NOT IN ('reddit', 'x')"}


def _source_groups(db, slug: str, more: dict) -> dict[str, list[dict]]:
    """The first LIST_SHOWN confirmed sources of each group: scientists, reddit, x, elsewhere."""
    groups = {}
    for group, where in SOURCE_GROUPS.items():
        rows, count = ledger.first_sources(db, slug, LIST_SHOWN, where)
        groups[group], more[group] = [public_source(s) for s in rows], count - len(rows)
    return groups


def open_questions(db, slug: str) -> dict:
    """Question nodes nothing in the ledger matched yet, grouped by meaning as `ledger questions`
    groups them (`demand.group_questions`, WordLlama embeddings), newest group first: each shown
    once with its ask count ("blood pressure", asked 4 times), its repeats and the evidence pasted
    since (pastes still held for a curator are not named). Only public text is read: questions
    are grouped and labelled by what `privacy.public_text` leaves of them, and messages with no
    question left in them ("1", "more") are counted, not listed. Only the newest
    OPEN_QUESTIONS_READ nodes are grouped, so the page costs the same however many there are."""
    newest, count = ledger.open_questions(db, slug, OPEN_QUESTIONS_READ)
    names = topic_names(ledger.require_topic(db, slug))
    hidden = ledger.quarantined(db, slug)
    keep = frozenset(names)
    texts = [_public_text(q["text"] or "", keep) for q in newest]
    shown = []
    grouped = _grouped(tuple(texts), frozenset(names))
    linked = ledger.evidence_linked(db, [newest[p]["id"] for positions, _, _ in grouped for p in positions])
    for positions, said, first in grouped:
        nodes = [newest[p] for p in positions]
        evidence = []
        for node in nodes:
            evidence += [s for s in linked.get(node["id"], ())
                         if s not in evidence and ledger.visible_to(ledger.get_source(db, slug, s), None)]
        shown.append({**public_question(newest[first], names, hidden), "text": texts[first], "label": said,
                      "asks": len(nodes), "repeats": [n["id"] for n in nodes if n["id"] != newest[first]["id"]],
                      "evidence": evidence})
    return {"count": count, "shown": shown}


@functools.lru_cache(maxsize=64)
def _grouped(texts: tuple, names: frozenset) -> list[tuple[list, str, int]]:
    """(positions, label, the position shown) of the newest groups of `texts`, remembered per
    worker: grouping by meaning was a third of the page once questions accumulate, and the
    newest nodes' texts stay the same from one page view to the next (each node is still read,
    and checked against its entry, on every view)."""
    groups, _ = demand.group_questions(list(texts), names)
    grouped = []
    for positions in sorted(groups, key=min)[:OPEN_QUESTIONS_SHOWN]:  # newest first (`texts` is)
        positions = sorted(positions)
        said = demand.label([texts[p] for p in positions], names)
        grouped.append((positions, said, next(p for p in positions if demand.content(texts[p], names) == said)))
    return grouped


@functools.lru_cache(maxsize=4096)
def _public_text(text: str, keep: frozenset) -> str:
    """`privacy.public_text`, remembered per worker: a node's text never changes (an edited row is
    withheld on read), and the page reads the same newest nodes again and again."""
    return privacy.public_text(text, keep)


PENDING_CLAIMS = "s.id IN (SELECT c.source FROM claims c WHERE c.topic = :t AND c.auto = 1" \
                 f" AND {tally.STATE} = {tally.PENDING})"


def _auto_generated(db, slug: str, more: dict) -> list[dict]:
    """The first LIST_SHOWN sources that are, or hold claims that are, auto-generated, each with
    its such claims, AUTO_CLAIMS_SHOWN in all (`more_claims`: how many a source holds beyond those)."""
    waiting, pending = ledger.first_sources(db, slug, LIST_SHOWN, pending=True)
    confirmed, holding = ledger.first_sources(db, slug, LIST_SHOWN, PENDING_CLAIMS, few=True)
    shown = sorted(waiting + confirmed, key=lambda s: int(s["id"][1:]))[:LIST_SHOWN]
    more["auto_generated"] = pending + holding - len(shown)
    listed, budget = [], AUTO_CLAIMS_SHOWN
    for source in shown:
        rows, held = ledger.first_claims(db, slug, budget, pending=True, source=source["id"])
        budget -= len(rows)
        listed.append({**public_source(source), "claims": [public_claim(c) for c in rows], "more_claims": held - len(rows)})
    return listed


def mechanism(claim: dict) -> bool:
    """A link of the logic chain: a curated step of how it works that rests on a study of
    people, animals or cells, not a line describing a source or a reader's report."""
    return claim["section"] == "how_it_works" and claim["tier"] in ("human", "preclinical")


CITATION = re.compile(r"\s*\(((?:s\d+)(?:,\s*s\d+)*)\)")


def cited(text: str | None) -> list[dict]:
    """A topic's prose ("... nasal drops (s25, s11). It is not approved ...") as statements,
    each with the sources it cites: text, sources."""
    statements = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", (text or "").strip()):
        if sentence:
            cites = [source for group in CITATION.findall(sentence) for source in re.findall(r"s\d+", group)]
            sources = list(dict.fromkeys(cites))
            statements.append({"text": CITATION.sub("", sentence).strip(), "sources": sources})
    return statements


def marked(statements: list[dict], retracted: set) -> list[dict]:
    """Prose statements with the sources they cite that a curator has since retracted
    (`retracted`), and `unsupported` when every source a statement cites is retracted: the
    prose in topic.json is curated text, and a retraction must not leave it reading as if its
    evidence still stood."""
    return [{**s, "retracted": [source for source in s["sources"] if source in retracted],
             "unsupported": bool(s["sources"]) and all(source in retracted for source in s["sources"])}
            for s in statements]


def retractions(db, slug: str) -> list[dict]:
    """Curated evidence a curator retracted: what it was, why, and the entry that says so."""
    withdrawn = [w for w in ledger.withdrawals(db, slug) if w["action"] == "retract"]
    if not withdrawn:
        return []
    targets = {act["target"] for act in withdrawn}  # only the withdrawn rows are read
    sources = {s["id"]: s for s in ledger.sources(db, slug, ids={t for t in targets if t.startswith("s")},
                                                  withdrawn=True)}
    claims = {c["id"]: c for c in ledger.claims(db, slug, ids={t for t in targets if t.startswith("c")},
                                                withdrawn=True)}
    shown = []
    for act in withdrawn:
        item = sources.get(act["target"]) or claims.get(act["target"]) or {}
        shown.append({"target": act["target"], "kind": "source" if act["target"] in sources else "claim",
                      "text": item.get("title") or item.get("text"), "tier": item.get("tier"),
                      "source": item.get("source", act["target"]), "reason": act["reason"], "entry": act["entry"]})
    return shown


def article(db, slug: str) -> dict:
    """Everything the article shows, in the seed's order, as plain data. Texters' pastes held
    for a curator are only counted (`held_for_review`), never shown.

    Each list (a section's claims, a group of sources, the auto-generated evidence) holds its
    first LIST_SHOWN items, read with LIMIT; `more` says how many each leaves out (counted in
    SQL up to ledger.COUNT_CAP), and the claims API pages through all of them: so the page
    costs the same at a hundred claims or a million, apart from the counts."""
    topic = ledger.require_topic(db, slug)
    entries, head_hash = ledger.head(db, slug)
    more = {}
    steps = _section(db, slug, "how_it_works", more)
    withdrawn = retractions(db, slug)
    retracted = {item["target"] for item in withdrawn if item["kind"] == "source"}
    return {
        "slug": slug,
        "name": topic["name"],
        "title": topic["title"],
        "focus": topic["focus"],
        "what_it_is": marked(cited(topic["what_it_is"]), retracted),
        "how_it_works": steps,
        "logic_chain": [c for c in steps if mechanism(c)][:LOGIC_CHAIN_LINKS],
        "why_people_take": _section(db, slug, "why_people_take", more),
        "inventory": inventory(db, slug),
        **_source_groups(db, slug, more),
        "unknowns": _section(db, slug, "unknowns", more),
        "open_questions": open_questions(db, slug),
        "safety": marked(cited(topic["safety"]), retracted),
        "retractions": withdrawn,
        "held_for_review": ledger.held_count(db, slug),
        "auto_generated": _auto_generated(db, slug, more),
        "more": more,
        "list_shown": LIST_SHOWN,
        "more_capped": ledger.COUNT_CAP - LIST_SHOWN,  # a `more` this large was counted no further
        "ledger": {"entries": entries, "head": head_hash},
        "suggestions": suggestions(db, slug),
    }


def chain_entry(db, slug: str, seq: int) -> dict:
    """One chain entry's position and hashes (not its data: the row it wrote is shown instead)."""
    entry = db["chain"].get((slug, seq))
    return {"seq": seq, "hash": entry["hash"], "prev_hash": entry["prev_hash"], "kind": entry["kind"]}


def source_page(db, slug: str, source_id: str) -> dict:
    """One source with its claims and the chain entry that wrote it: where a reply's `s2` leads."""
    topic = ledger.require_topic(db, slug)
    source = ledger.get_source(db, slug, source_id)
    if not ledger.visible_to(source, None):  # a texter's paste held for a curator, or rejected
        raise ledger.UnknownSource(f"{slug} has no source {source_id}")
    entries, _ = ledger.head(db, slug)
    retracted = source["status"] == "retracted"
    return {
        "slug": slug,
        "name": topic["name"],
        "source": {**public_source(source), "withdrawn_reason": source.get("withdrawn_reason")},
        "claims": [public_claim(c) for c in ledger.claims(db, slug, source=source_id, withdrawn=retracted)
                   if ledger.shown(c, ledger.quarantined(db, slug))],
        "chain": {**chain_entry(db, slug, source["entry"]), "entries": entries},
    }
