"""The one place that composes what a texter reads.

Every function returns text finished for its channel: SMS is transliterated to
GSM-7 and kept within three segments (Twilio bills per segment and recommends
320 characters or fewer); WhatsApp keeps Unicode, may use *bold* and stays
under 1,600 characters; "web" and "cli" get the WhatsApp layout without the
asterisks. Claims are quoted from the ledger, never paraphrased, and every
answer says it is not medical advice.
"""
import re

from . import sms
from .ledger import TIERS

NOT_ADVICE = "Not medical advice."
SMS_CLAIMS = 3
LONG_CLAIMS = 5
CLAIM_MIN_CHARS = 50


def finish(text: str, channel: str) -> str:
    if channel == "sms":
        return sms.fit(text)
    if channel != "whatsapp":
        text = text.replace("*", "")
    return sms.fit_whatsapp(text)


def _bold(text: str, channel: str) -> str:
    return f"*{text}*" if channel == "whatsapp" else text


def _dot(channel: str) -> str:
    return " - " if channel == "sms" else " · "


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 3, 1)].rsplit(" ", 1)[0].rstrip(",;:- ")
    return cut + "..."


def _excerpt(text: str, limit: int, terms=()) -> str:
    """`text` within `limit` characters, keeping the words the question matched.

    "Mixed/negative on the peptide (minimal effect even at 1mg), positive on its cousin for deep
    sleep." asked about sleep reads "...positive on its cousin for deep sleep.", not a cut
    that ends before the only part that answers. Terms match at a word's start, as
    stems do ("sleep" finds "sleeping").
    """
    if len(text) <= limit:
        return text
    stems = [re.escape(t[:max(4, len(t) - 2)]) for t in terms if t]
    found = re.search(r"\b(?:" + "|".join(stems) + ")", text, re.I) if stems else None
    if not found or found.end() <= limit - 3:
        return _shorten(text, limit)
    room = limit - 3
    if len(text) - found.start() <= room:        # the match is near the end: show all that fits before it
        tail = text[len(text) - room:]
        starts_mid_word = text[len(text) - room - 1] != " " and " " in tail
        return "..." + (tail.split(" ", 1)[1] if starts_mid_word else tail)
    start = text.rfind(" ", 0, max(found.start() - room // 3, 0)) + 1
    return "..." + _shorten(text[start:], room - 3)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def tier_line(counts: dict, channel: str) -> str:
    return _dot(channel).join(f"{tier} {counts.get(tier, 0)}" for tier in TIERS)


def holdings_line(holdings: tuple[dict, int], channel: str, *, tiers: bool) -> str:
    """How much evidence the ledger holds: curated claims (per tier when asked) and auto-generated ones."""
    curated, pending = holdings
    if not tiers:
        return f"{sum(curated.values())} curated + {pending} auto claims"
    return f"{sum(curated.values())} curated claims ({tier_line(curated, channel)}) + {pending} auto-generated"


def _state(head: tuple[int, str]) -> str:
    return f"{head[0]} entries, head {head[1][:8]}"


def _add_evidence(slug: str, qid: str) -> str:
    return f"add evidence: ingest {slug}|q:{qid}|..."


def answer(*, topic: dict, question: str, qid: str | None, confirmed: list, unconfirmed: list, tiers: dict,
           pending: int, holdings: tuple[dict, int], head: tuple[int, str], channel: str,
           asks_dose: bool = False) -> str:
    """The reply to `slug|question`: best claims first, then gaps, ledger state, node id, disclaimer.

    Curated claims answer. Auto-generated ones (pasted, not yet confirmed by a
    curator) are named apart, or shown under a low-confidence label when they
    are all there is. With no match at all it says so plainly and keeps the
    question open: unrelated claims are never dressed up as an answer.
    """
    name, slug = _bold(topic["name"], channel), topic["slug"]
    dose_note = ["Sources only: this service gives no dosing advice."] if asks_dose else []
    closing = [NOT_ADVICE if channel == "sms" else f"{NOT_ADVICE} Anecdote = reports, not proof."]
    if not confirmed and not unconfirmed:
        kept = (f"Kept as open question q:{qid}; {_add_evidence(slug, qid)}" if qid
                else "Not recorded: ask by text or with the form to keep it as an open question.")
        lines = [f"{name}: nothing in the ledger answers \"{_shorten(question, 80)}\" yet. {kept}", *dose_note,
                 f"Ledger: {holdings_line(holdings, channel, tiers=True)}, {_state(head)}", *closing]
        return finish("\n".join(lines), channel)
    if confirmed:
        header = f"{name}: {_count(len(confirmed), 'matching source')}, best first:"
        shown, also = confirmed, [m.source for m in unconfirmed]
    else:
        header = f"{name}: nothing confirmed answers this yet. Unconfirmed, auto-generated (low confidence):"
        shown, also = unconfirmed, []
    also_line = [f"Also unconfirmed (auto-generated): {', '.join(also[:4])}"] if also and channel != "sms" else []
    footer = [*also_line, *dose_note,
              f"Matches: {tier_line(tiers, channel)}{f' (+{pending} auto)' if pending else ''}",
              f"Ledger: {holdings_line(holdings, channel, tiers=False)}, {_state(head)}",
              *([f"q:{qid} - {_add_evidence(slug, qid)}"] if qid else []), *closing]
    shown = shown[: SMS_CLAIMS if channel == "sms" else LONG_CLAIMS]
    per_claim = 240
    if channel == "sms":
        room = sms.SMS_MAX_CHARS - len(sms.to_gsm7("\n".join([header] + footer))) - 1
        while len(shown) > 1 and room // len(shown) < CLAIM_MIN_CHARS + 16:
            shown = shown[:-1]
        per_claim = room // len(shown) - 1
    claims = []
    for number, match in enumerate(shown, 1):
        label = f"[{match.tier} {match.source}] "
        claims.append(f"{number}. {label}{_excerpt(match.text, per_claim - len(label) - 3, match.terms)}")
    return finish("\n".join([header, *claims, *footer]), channel)


def topic_card(topic: dict, holdings: tuple[dict, int], sources: int, suggestions: list[str], channel: str) -> str:
    """`slug` alone: what it is, how much evidence the ledger holds, what to ask."""
    slug = topic["slug"]
    tries = ", ".join(f"{slug}|{q}" for q in suggestions)
    lines = [f"{_bold(topic['name'], channel)}: {topic.get('focus') or topic.get('what_it_is') or ''}",
             f"Ledger: {holdings_line(holdings, channel, tiers=True)}, from {sources} sources.",
             f"Try: {tries}" if tries else f"Ask: {slug}|your question",
             NOT_ADVICE]
    if channel == "sms":
        room = sms.SMS_MAX_CHARS - len(sms.to_gsm7("\n".join(lines[1:]))) - 1
        lines[0] = _shorten(lines[0], room)
    return finish("\n".join(lines), channel)


def source_detail(topic: dict, source: dict, claims: list[dict], channel: str) -> str:
    """`slug|s84`: the source in full, the way to go deeper from a reply."""
    where = source.get("platform") or source.get("kind") or ""
    ids = ", ".join(f"{k.upper()} {source[k]}" for k in ("pmid", "doi", "nct") if source.get(k))
    lines = [f"{_bold(source['id'], channel)} ({source['tier']}{', ' + where if where else ''}"
             f"{', ' + str(source['year']) if source.get('year') else ''}): {source.get('title') or ''}"]
    if source.get("summary") and source["summary"] != source.get("title"):
        lines.append(source["summary"])
    if source.get("status") in ("rejected", "retracted"):
        lines.append(f"{STATUS_WORDS[source['status']].capitalize()}: {source.get('withdrawn_reason')}. "
                     "Answers no longer use it.")
    elif source.get("auto"):
        lines.append(f"Auto-generated / low-confidence. {HELD}")
    lines.append(f"{_count(len(claims), 'claim')} in the {topic['name']} ledger.")
    if ids:
        lines.append(ids)
    lines.append(f"Link: {source['url']}" if source.get("url") else "No link recorded.")
    lines.append(NOT_ADVICE)
    return finish("\n".join(lines), channel)


WITHHELD = "personal details withheld"


def node_status(node: dict, evidence: list[dict], claims_added: dict, channel: str) -> str:
    """`q:ID` alone: what was asked, whether the ledger answered, and evidence added since."""
    qid, slug = node["id"], node["topic"]
    matched = [m["source"] for m in node.get("matches") or []]
    status = (f"answered from {', '.join(matched[:5])}" if matched
              else "open: nothing confirmed in the ledger answered it when asked")
    lines = [f"q:{qid} ({slug}, {str(node.get('asked_at') or '')[:10]}): \"{_shorten(node['text'] or WITHHELD, 100)}\"",
             f"Status: {status}."]
    if evidence:
        added = "; ".join(f"{s['id']} ({s['kind']}, {_count(claims_added.get(s['id'], 0), 'claim')})"
                          for s in evidence)
        lines.append(f"Evidence added since: {added}.")
    else:
        lines.append("No evidence added since.")
    lines += [f"Add: ingest {slug}|q:{qid}|...", NOT_ADVICE]
    return finish("\n".join(lines), channel)


def help_text(slugs: list[str], channel: str) -> str:
    first = slugs[0] if slugs else "topic"
    lines = [f"Ask the evidence ledger: {first}|your question (e.g. {first}|does it help sleep?)",
             f"Overview: {first}. A source: {first}|s2. A question node: q:ID.",
             f"Add evidence: ingest {first}|q:ID|paste text or a link.",
             f"Topics: {', '.join(slugs) or 'none yet'}.",
             f"{NOT_ADVICE} Reply STOP to opt out."]
    return finish("\n".join(lines), channel)


def welcome_back(slugs: list[str], channel: str) -> str:
    return finish("You are subscribed again. " + help_text(slugs, channel), channel)


def unknown_topic(typed: str, nearest: list[str], channel: str, *, ingesting: bool = False,
                  counted: int = 0) -> str:
    """A topic the ledger lacks. `counted`: how many times it has been asked for, this one
    included (0 when the request was not counted)."""
    near = ", ".join(nearest)
    first = nearest[0] if nearest else "topic"
    how = (f"Nothing was recorded. Paste like this: ingest {first}|q:ID|text" if ingesting
           else f"Ask like this: {first}|your question.")
    named = (f"No topic \"{_shorten(typed, 30)}\" in the ledger." if typed else "Which topic?")
    if counted:
        named = (f"\"{_shorten(typed, 30)}\" is not in the ledger yet. Your request was counted "
                 f"({_count(counted, 'request')} so far) for the curators.")
    lines = [named + (f" Topics: {near}." if not typed and near else f" Nearest: {near}." if near else ""),
             f"{how} Send help for more."]
    return finish("\n".join(lines), channel)


def slow_down(channel: str) -> str:
    """A sender over their rate limit (service.throttle)."""
    return finish("You are sending messages faster than we can answer. Please wait a few minutes and send it "
                  "again; nothing was recorded.", channel)


def problem(message: str, channel: str) -> str:
    """What the ledger refused, said plainly (unknown node, unknown source, foreign node...)."""
    return finish(f"Sorry: {message}. Nothing was recorded. Send help for usage.", channel)


def too_long(limit: int, channel: str) -> str:
    return finish(f"That message is too long (over {limit} characters). Please shorten it. Nothing was recorded.",
                  channel)


def ingest_usage(slug: str, channel: str) -> str:
    return finish(f"Nothing to add. Paste the evidence after the bar: ingest {slug}|q:ID|text or a link "
                  f"(or ingest {slug}|text).", channel)


def ingest_result(result, channel: str) -> str:
    """What an ingest did: "Added s91 (study, PMID 34201112): 3 claims - 3 preclinical. Linked to q:7K3MX2." """
    linked = f" Linked to q:{result.question}." if result.question else ""
    if result.duplicate_of:
        return finish(f"Already in the {result.topic} ledger as {result.duplicate_of} (pasted before). "
                      f"Nothing added.{linked}", channel)
    if result.link_only:
        return finish(f"Added {result.source_id} ({_link_name(result)} link): no claims yet. A curator, or a paste "
                      f"of its text, is needed for claims.{linked}\n{HELD} Status: {result.topic}|{result.source_id}.",
                      channel)
    where = ", ".join(f"{claim} in {source}" for claim, source in result.already[:4])
    if not result.claims:
        return finish(f"Every claim in that paste is already in the ledger ({where}). Nothing added.{linked}",
                      channel)
    ids = result.identifiers
    tag = next((f"{label} {ids[key][0]}" for key, label in (("pmids", "PMID"), ("dois", "DOI"), ("ncts", "NCT"))
                if ids.get(key)), None)
    counts = ", ".join(f"{n} {tier}" for tier, n in sorted(result.tiers.items(), key=lambda kv: TIERS.index(kv[0])))
    lines = [f"Added {result.source_id} ({result.kind}{', ' + tag if tag else ''}): "
             f"{_count(len(result.claims), 'claim')} - {counts}.{linked}"]
    if result.already:
        lines.append(f"Already in the ledger, not added again: {where}.")
    lines.append(f"Auto-generated / low-confidence. {HELD} Status: {result.topic}|{result.source_id}.")
    return finish("\n".join(lines), channel)


HELD = "Held for review: only you see it until a curator confirms it."


def _link_name(result) -> str:
    from .extract import link_label
    return link_label(result.kind, result.url or "")


# --- curators -------------------------------------------------------------------

STATUS_WORDS = {"curated": "curated", "confirmed": "confirmed by a curator", "pending": "awaiting a curator",
                "rejected": "rejected by a curator", "retracted": "retracted by a curator"}


def _claim_line(claim: dict, limit: int) -> str:
    return f"{claim['id']} [{claim['tier']}] {_shorten(claim['text'], limit)}"


def curator_act(act, channel: str) -> str:
    """What a confirm, reject or retract did, with what it covers; says so when it had been done."""
    what = act.target if act.target == act.source["id"] else f"{act.target} (of {act.source['id']})"
    if act.already:
        head = f"{act.topic}: {what} was already {act.already}{f' ({act.reason})' if act.reason and act.already in ('rejected', 'retracted') else ''}. Nothing recorded."
    else:
        done = {"confirm": "confirmed", "reject": "rejected", "retract": "retracted"}[act.action]
        head = f"{act.topic}: {done} {what}{f' ({act.reason})' if act.reason else ''}."
    lines = [head, f"{act.source['id']}: {_shorten(act.source.get('title') or '', 90)}"]
    limit = 100 if channel == "sms" else 200
    lines += [_claim_line(c, limit) for c in act.claims[:SMS_CLAIMS if channel == "sms" else 12]]
    if len(act.claims) > (SMS_CLAIMS if channel == "sms" else 12):
        lines.append(f"... {len(act.claims)} claims in all.")
    if act.skipped:
        lines.append(f"Left unconfirmed, not claims (citation lines): {', '.join(c['id'] for c in act.skipped)}.")
    return finish("\n".join(lines), channel)


def review(slug: str, queue: list[dict], channel: str) -> str:
    """The queue of pasted sources awaiting a curator, oldest first, each with its claims."""
    if not queue:
        return finish(f"{slug}: nothing awaits review.", channel)
    lines = [f"{slug}: {_count(len(queue), 'source')} awaiting review, oldest first."]
    texted = channel in ("sms", "whatsapp")  # one line a source; the CLI shows every claim
    for source in queue[: {"sms": 3, "whatsapp": 10}.get(channel, len(queue))]:
        link = f" {source['url']}" if source.get("url") else ""
        lines.append(f"{source['id']} ({source['kind']}, {_count(len(source['pending']), 'claim')}){link}: "
                     f"{_shorten(source.get('title') or '', 40 if texted else 200)}")
        if not texted:
            lines += [f"  {_claim_line(c, 300)}" for c in source["pending"]]
    lines.append(f"confirm {slug} ID | reject {slug} ID reason")
    return finish("\n".join(lines), channel)


def not_a_curator(channel: str) -> str:
    return finish("Only curators can confirm, reject or retract evidence. Nothing was recorded. Send help for usage.",
                  channel)


def curator_usage(channel: str) -> str:
    return finish("Curator commands: review SLUG | confirm SLUG ID | reject SLUG ID reason | retract SLUG ID reason. "
                  "Nothing was recorded.", channel)
