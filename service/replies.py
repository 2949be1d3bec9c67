"""The one place that composes what a texter reads.

Every function returns text finished for its channel: SMS is transliterated to
GSM-7 and composed to fit, counted in septets as the carrier bills them (Twilio
bills per segment): an answer about one topic in two segments, never more (one
naming two topics, or "more", may take three so each shows a finding);
WhatsApp keeps Unicode, may use *bold*, shows more claims and stays under 1,600
characters; "web" and "cli" get the WhatsApp layout without the asterisks.
Claims are quoted whole from the ledger, never paraphrased or cut (a claim too
long is replaced by its source's one-line summary), and every answer ends with
"Not medical advice", which no length limit removes.
"""
import functools
import re

from . import findings, sms, subject
from .ledger import TIERS

NOT_ADVICE = "Not medical advice."
SMS_CLAIMS = 3
SMS_TARGET_SEGMENTS = 2   # what an SMS answer costs; only "more", asked for, may take a third
LONG_CLAIMS = 5


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


def footer(sections: list[dict], channel: str) -> str:
    """The one compact line every answer ends with: node id, the ledger state it rests on, the disclaimer."""
    dot = _dot(channel)
    if channel == "sms" and len(sections) > 1:
        # Several topics by SMS: "q:ID slug entries:head" each, so that each topic's finding has room.
        nodes = dot.join(f"{'q:' + s['qid'] if s['qid'] else 'not recorded'} {s['topic']['slug']} "
                         f"{s['head'][0]}:{s['head'][1][:8]}" for s in sections)
        return f"{nodes}{dot}{NOT_ADVICE}"
    nodes = dot.join(f"{'q:' + s['qid'] if s['qid'] else 'not recorded'}"
                     f"{' ' + s['topic']['slug'] if len(sections) > 1 else ''}{dot}{_state(s['head'])}"
                     for s in sections)
    return f"{nodes}{dot}{NOT_ADVICE}"


TIER_NOUNS = {"human": ("human study", "human studies"), "preclinical": ("lab study", "lab studies"),
              "published": ("article", "articles"), "anecdote": ("user report", "user reports")}


def _direction(texts: list[str]) -> str:
    """Which way the matching claims of one tier point: benefit, harms, mixed, no effect, or
    nothing said. ("positive" would read as "safe" to someone asking whether it is safe.)"""
    reports = [findings.reports(t) for t in texts]
    good = sum(benefit and not harm for benefit, harm, _ in reports)
    bad = sum(harm for _, harm, _ in reports)
    null = sum(none and not harm for _, harm, none in reports)
    if good and (bad or null):
        return "mixed"
    return "benefit" if good else "harms" if bad else "no effect" if null else ""


def bottom_line(matching: list[dict], *, say_no_human: bool = True, asked: list[list[str]] = ()) -> str:
    """What the evidence that matched amounts to, in plain words, from the claims themselves, per
    tier and counted by source: "2 human studies (benefit), 3 user reports (mixed). No human
    study matches." is said only when none does; one direction shared by all is said once.
    `asked`: what the question may be about (subject.candidates), said once, of the strongest
    tier whose every source says it ("3 human studies on anxiety (benefit), 5 user reports")."""
    return _bottom_line(matching, say_no_human, asked)[0]


def _bottom_line(matching: list[dict], say_no_human: bool, asked: list[list[str]]) -> tuple[str, str | None]:
    """`bottom_line`, and the subject it named (None when it named none)."""
    parts, on = [], None
    for tier in TIERS:
        found = [m for m in matching if m["tier"] == tier]
        sources = {m["source"] for m in found}
        if sources:
            one, many = TIER_NOUNS.get(tier, (f"{tier} source", f"{tier} sources"))
            here = subject.named(asked, _claims_by_source(found)) if asked and not on else None
            on = on or here
            parts.append((f"{len(sources)} {one if len(sources) == 1 else many}{' on ' + here if here else ''}",
                          _direction([m["claim"] for m in found])))
    ways = {way for _, way in parts}
    if len(parts) > 1 and len(ways) == 1 and "" not in ways:
        said = f"{', '.join(p for p, _ in parts[:-1])} and {parts[-1][0]}, all reporting {ways.pop()}."
    else:
        said = ", ".join(f"{p} ({way})" if way else p for p, way in parts) + "."
    if say_no_human and not any(m["tier"] == "human" for m in matching):
        said += " No human study matches."
    return said, on


def _claims_by_source(matching: list[dict]) -> dict[str, list[str]]:
    """Each source's matching claims, in order."""
    by_source = {}
    for m in matching:
        by_source.setdefault(m["source"], []).append(m["claim"])
    return by_source


def _finding_line(number: int, match: dict, text: str, channel: str) -> str:
    label = f"{number}. {match['tier']} {match['source']}{' (auto)' if match.get('auto_generated') else ''}:"
    return f"{_bold(label, channel)} {text}"


def _fits(lines: list[str], channel: str, segments: int) -> bool:
    text = "\n".join(lines)
    if channel == "sms":
        return sms.segments(sms.to_gsm7(text)) <= segments
    return len(text) <= sms.WHATSAPP_MAX_CHARS


def _segments(lines: list[str]) -> int:
    return sms.segments(sms.to_gsm7("\n".join(lines)))


def _claims_within(head: list[str], shown: list[tuple[int, dict]], tail: list[str], texts, channel: str,
                   topic_of: dict | None = None, budgets: tuple = (SMS_TARGET_SEGMENTS,)) -> tuple[list[str], list[int]]:
    """Claim lines, whole, in the order given (strongest first), that fit between head and tail;
    and the numbers shown.

    `texts(match)` gives what may stand for a match, best first: the claim, other claims of the
    same source that also answer, its source's one-line summary; a line is never cut. SMS leads
    with the first finding of the strongest tier that fits the first of `budgets` (segments),
    else the next: weaker evidence never goes first, and when no finding of the strongest tier
    fits at all, no finding is shown (the bottom line speaks, "1" opens the source). With two
    topics (`topic_of`: id(match) -> topic) each leads with its own finding (`_leads`). Further
    findings only where they fit SMS_TARGET_SEGMENTS. What does not fit is left for "more".
    """
    def line_for(number, match, budget, lines):
        for text in texts(match):
            line = _finding_line(number, match, text, channel) if text else None
            if line and _fits([*head, *lines, line, *tail], channel, budget):
                return line
        return None

    if channel != "sms":  # each topic's strongest finding first, then the rest in order
        firsts = {}
        for number, match in shown:
            firsts.setdefault((topic_of or {}).get(id(match)), number)
        order = sorted(shown[:LONG_CLAIMS * 2], key=lambda nm: nm[0] not in firsts.values())
        lines, numbers = [], []
        for number, match in order:
            line = line_for(number, match, None, lines)
            if line and len(lines) < LONG_CLAIMS:
                lines.append(line)
                numbers.append(number)
        ranked = sorted(range(len(numbers)), key=lambda i: numbers[i])
        return [lines[i] for i in ranked], [numbers[i] for i in ranked]
    led = _leads(head, shown, tail, texts, topic_of, budgets) if topic_of and len(set(topic_of.values())) > 1 \
        else None
    if led:
        numbers, lines = [n for n, _ in led], [line for _, line in led]
    else:
        lead = None
        for budget in budgets:
            tier = None
            for number, match in shown:
                if tier is not None and match["tier"] != tier:
                    break
                tier = match["tier"]
                line = line_for(number, match, budget, [])
                if line:
                    lead = (number, line)
                    break
            if lead:
                break
        if lead is None:
            return [], []
        lines, numbers = [lead[1]], [lead[0]]
    for number, match in shown:
        if len(lines) >= SMS_CLAIMS:
            break
        if number in numbers:
            continue
        line = line_for(number, match, SMS_TARGET_SEGMENTS, lines)
        if line:
            lines.append(line)
            numbers.append(number)
    order = sorted(range(len(numbers)), key=lambda i: numbers[i])
    return [lines[i] for i in order], [numbers[i] for i in order]


def _leads(head: list[str], shown: list[tuple[int, dict]], tail: list[str], texts,
           topic_of: dict, budgets: tuple) -> list[tuple[int, str]] | None:
    """An SMS answer about several topics: one whole finding for each, within the first of
    `budgets` (segments) if it can be, else the next; (number, line) per topic, or None when not
    even one fits.

    A topic's options, best first: its strongest matching finding whole, another matching claim of
    that source, that source's summary, then the next finding of the same tier likewise (a weaker
    tier never stands in). A topic none of whose options fits even alone is left out, its bottom
    line speaking for it. While the message is too long, the topic whose line is longest moves on
    to its next, shorter option. When even so they do not all fit, the topic whose best finding is
    weakest (`shown` is strongest first) is left out too.
    """
    options = {}
    for number, match in shown:
        topic = topic_of.get(id(match))
        first = options.setdefault(topic, (match["tier"], []))
        if match["tier"] == first[0]:
            first[1].extend((number, _finding_line(number, match, text, "sms")) for text in texts(match) if text)
    topics = [t for t in options if any(_fits([*head, line, *tail], "sms", budgets[-1]) for _, line in options[t][1])]
    while topics:
        for budget in budgets:
            picked = {t: 0 for t in topics}
            while True:
                lines = [options[t][1][picked[t]][1] for t in topics]
                if _fits([*head, *lines, *tail], "sms", budget):
                    return sorted(options[t][1][picked[t]] for t in topics)
                longest = max(topics, key=lambda t: len(options[t][1][picked[t]][1]))
                length = len(options[longest][1][picked[longest]][1])
                shorter = next((i for i, (_, line) in enumerate(options[longest][1]) if i > picked[longest]
                                and len(line) < length), None)
                if shorter is None:
                    break
                picked[longest] = shorter
        topics.pop()
    return None


def _numbers(numbers: list[int]) -> str:
    """The numbers shown, as the texter can reply them: "1", "1-3", or "3 or 6" when not from 1."""
    if numbers == list(range(1, len(numbers) + 1)):
        return "1" if len(numbers) == 1 else f"1-{len(numbers)}"
    return f"{', '.join(map(str, numbers[:-1]))} or {numbers[-1]}" if len(numbers) > 1 else str(numbers[0])


def _offer(numbers: list[int], more_left: bool, thin: bool, short: bool = False, sources: int = 2) -> list[str]:
    """What the texter can reply, longest first: the caller keeps the first that fits. The last is
    what the claims are budgeted with when NOTIFY applies; `short` budgets its shorter wording
    (SMS, where room is scarce). With no finding shown, "1" opens the strongest of the `sources`
    numbered and "more" shows the findings."""
    pick = f"{_numbers(numbers)} for a source" if numbers else \
        f"1 for the {'strongest ' if sources > 1 else ''}source" if more_left else ""
    further = ("more for more" if numbers else "more for its findings") if more_left else ""
    options = [pick, further, "NOTIFY to hear when evidence arrives" if thin else ""]
    said = [o for o in options if o]
    full = f"Reply {', '.join(said[:-1]) + ' or ' + said[-1] if len(said) > 1 else said[0]}." if said else ""
    notify = ("Reply NOTIFY for new evidence." if short else "Reply NOTIFY to hear when evidence arrives.") if thin \
        else ""
    shorter = f"Reply {pick} or NOTIFY for new evidence." if pick and thin else ""
    lines = [line for line in (full, shorter) if line and line != notify]
    return lines + [notify] if notify else lines   # with NOTIFY offered, its own line comes last: it was budgeted


def answer(*, sections: list[dict], channel: str, safety: list[str] = (), asks_dose: bool = False) -> tuple[str, list]:
    """The reply to a question, as a sourced summary: (text, the claims shown, as their places in the
    strongest-first order, in the order shown; they are numbered 1, 2 ... in the text).

    Each section is one topic's answer: topic, qid, head, `matches` (curated, best per source,
    ranked), `matching` (every curated claim that answers), `unconfirmed`, `summaries` (source id
    -> its one-line summary). Layout: safety lines; per topic a bottom line in plain words;
    whole claims, strongest tier first, numbered for "1"-"3"; what to reply (NOTIFY when the
    answer is open or thin); the compact footer, which is never dropped. Unrelated claims are
    never dressed up as an answer: with no match it says so and keeps the question open.
    A section's `asked` (subject.candidates) lets its bottom line say what the evidence is about;
    by SMS only where that costs no finding.
    """
    composed, named = _compose(sections, channel, safety, asks_dose, about=True)
    if channel == "sms" and named:  # with no subject named, the plain composition is this one
        plain, _ = _compose(sections, channel, safety, asks_dose, about=False)
        if len(plain[1]) > len(composed[1]):
            return plain
    return composed


def _compose(sections: list[dict], channel: str, safety: list[str], asks_dose: bool,
             about: bool) -> tuple[tuple[str, list], bool]:
    """`answer`, with the bottom lines saying what the evidence is about (`about`) or not; and
    whether any bottom line named a subject."""
    head = [*safety, *(["No dosing advice here: sources only."] if asks_dose else [])]
    claims_by_section, thin, named = [], False, False
    # by SMS, "No human study matches" is said once for topics that all lack one
    none_human = channel == "sms" and len(sections) > 1 and all(
        s["matches"] and not any(m["tier"] == "human" for m in s["matching"]) for s in sections)
    for number, section in enumerate(sections, 1):
        name = _bold(section["topic"]["name"], channel)
        matches, unconfirmed = section["matches"], section["unconfirmed"]
        if matches:
            # what the question is about: of the whole answer when every source says it, else of a tier
            # what the question is about: of the whole answer where every source says it ("Alpha on
            # sleep: 3 user reports"), else of the strongest tier whose every source does
            asked = section.get("asked", ()) if about else ()
            whole = subject.named(asked, _claims_by_source(section["matching"]))
            said, on = _bottom_line(section["matching"], not none_human, () if whole else asked)
            named = named or bool(whole or on)
            head.append(f"{name}{' on ' + whole if whole else ''}: {said}{' No human study matches for either.' if none_human and number == len(sections) else ''}")
            shown = matches
            thin = thin or all(m["tier"] == "anecdote" for m in matches)
        elif unconfirmed:
            head.append(f"{name}: {UNCONFIRMED}")
            shown, thin = unconfirmed, True
        else:
            head.append(f"{name}: nothing in the ledger answers this yet."
                        f"{' The question stays open.' if section['qid'] else ''}")
            shown, thin = [], True
        claims_by_section.append(strongest_first(shown))
    tail = [footer(sections, channel)]
    numbered = list(enumerate(strongest_first(interleave(claims_by_section)), 1))
    offers = _offer([1], len(numbered) > 1, thin, short=channel == "sms")
    stand_ins, topic_of = {}, {}   # by id(match): what may stand for it, and its topic (source ids repeat across topics)
    for section in sections:
        by_source = _claims_by_source(section["matching"])
        for m in section["matches"] + section["unconfirmed"]:
            topic_of[id(m)] = section["topic"]["slug"]
            stand_ins[id(m)] = [m["claim"], *[c for c in by_source.get(m["source"], []) if c != m["claim"]],
                                section["summaries"].get(m["source"])]
    # one topic: SMS_TARGET_SEGMENTS, a summary or no finding rather than a third; two: a third so each has its own
    budgets = (SMS_TARGET_SEGMENTS,) if len(sections) == 1 else (SMS_TARGET_SEGMENTS, sms.SMS_MAX_SEGMENTS)
    lines, numbers = _claims_within(head, numbered, [offers[-1], *tail] if thin else tail,
                                    lambda m: stand_ins[id(m)], channel, topic_of, budgets)
    if not lines:   # nothing shown: the line that announced unconfirmed claims says what there is instead
        head = [line.replace(UNCONFIRMED, UNCONFIRMED_UNSHOWN) for line in head]
    # what is shown is numbered 1, 2 ... as shown (a reply never starts at "2."); the caller numbers the rest after it
    lines = [re.sub(r"^(\*?)\d+\. ", lambda found: f"{found.group(1)}{n}. ", line, count=1)
             for n, line in enumerate(lines, 1)]
    return (_with_offer(head, lines, tail, _offer(list(range(1, len(lines) + 1)), len(numbers) < len(numbered), thin,
                                                  short=channel == "sms",
                                                  sources=len(numbered)), channel), numbers), named


UNCONFIRMED = "nothing confirmed answers this yet. Unconfirmed, auto-generated (low confidence):"
UNCONFIRMED_UNSHOWN = "nothing confirmed answers this yet, only auto-generated claims (low confidence)."


def _with_offer(head: list[str], lines: list[str], tail: list[str], offers: list[str], channel: str) -> str:
    """The message with the longest offer that costs no extra segment (the NOTIFY offer was budgeted);
    with no finding shown the offer is what leads on, so it may take up to SMS_TARGET_SEGMENTS."""
    if not offers:
        return finish("\n".join([*head, *lines, *tail]), channel)
    budget = None
    if channel == "sms":  # what the claims were fitted to: with the NOTIFY offer only when it was budgeted
        budget = _segments([*head, *lines, *offers[-1:], *tail]) if offers[-1].startswith("Reply NOTIFY") else \
            _segments([*head, *lines, *tail])
        budget = budget if lines else max(budget, SMS_TARGET_SEGMENTS)
    offer = next((o for o in offers if _fits([*head, *lines, o, *tail], channel, budget)), None)
    return finish("\n".join([*head, *lines, *([offer] if offer else []), *tail]), channel)


def strongest_first(matches: list[dict]) -> list[dict]:
    """Human evidence before preclinical, published and anecdote; relevance order within a tier."""
    return sorted(matches, key=lambda m: TIERS.index(m["tier"]) if m["tier"] in TIERS else len(TIERS))


def interleave(lists: list[list]) -> list:
    """Two topics' claims taken in turn, so both are shown."""
    out = []
    for i in range(max((len(x) for x in lists), default=0)):
        out += [x[i] for x in lists if i < len(x)]
    return out


def more(*, topic: dict, qid: str, head: tuple, rest: list[tuple[int, dict]], summaries: dict,
         channel: str) -> tuple[str, list]:
    """"more": the next claims of the last answer, numbered as they were; (text, numbers shown)."""
    if not rest:
        return finish(f"That was all the ledger holds for that question. Ask another, or reply 1-3 for a source. "
                      f"{NOT_ADVICE}", channel), []
    top = [f"{_bold(topic['name'], channel)}, more:"]
    tail = [footer([{"topic": topic, "qid": qid, "head": head}], channel)]
    lines, numbers = _claims_within(top, rest, tail, lambda m: [m["claim"], summaries.get(m["source"])], channel,
                                    budgets=(SMS_TARGET_SEGMENTS, sms.SMS_MAX_SEGMENTS))   # asked for: never empty
    left = len(rest) > len(numbers)
    offers = [f"Reply a number for a source{', more for more' if left else ''}."]
    return _with_offer(top, lines, tail, offers, channel), numbers


def topic_card(topic: dict, holdings: tuple[dict, int], sources: int, suggestions: list[str], channel: str) -> str:
    """`slug` alone: what it is, how much evidence the ledger holds, what to ask."""
    slug = topic["slug"]
    tries = ", ".join(f"{slug}|{q}" for q in suggestions)
    about = topic.get("focus") or re.sub(r"\s*\((?:s\d+(?:,\s*)?)+\)", "", topic.get("what_it_is") or "")
    lines = [f"{_bold(topic['name'], channel)}: {about or 'in the ledger, with no evidence yet.'}",
             f"Ledger: {holdings_line(holdings, channel, tiers=True)}, from {sources} sources.",
             f"Try: {tries}" if tries else f"Ask: {slug}|your question",
             NOT_ADVICE]
    if channel == "sms":
        room = sms.SMS_MAX_CHARS - len(sms.to_gsm7("\n".join(lines[1:]))) - 1
        lines[0] = _shorten(lines[0], room)
    return finish("\n".join(lines), channel)


def link(source: dict) -> str | None:
    """Where to read a source: PubMed from a PMID, doi.org from a DOI, else its recorded URL."""
    if source.get("pmid"):
        return f"https://pubmed.ncbi.nlm.nih.gov/{str(source['pmid']).strip()}/"
    if source.get("doi"):
        return f"https://doi.org/{str(source['doi']).strip()}"
    if source.get("nct"):
        return f"https://clinicaltrials.gov/study/{str(source['nct']).strip()}"
    return source.get("url") or None


def source_detail(topic: dict, source: dict, claims: list[dict], channel: str) -> str:
    """`s84`, `1` or `slug|s84`: title, platform, year, summary and a link, the way to go deeper from a reply."""
    where = source.get("platform") or source.get("kind") or ""
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
    where_to_read = link(source)
    lines.append(f"Link: {where_to_read}" if where_to_read else "No link recorded.")
    lines.append(NOT_ADVICE)
    if channel == "sms" and len(lines) > 4 and not _fits(lines, channel, sms.SMS_MAX_SEGMENTS):
        del lines[1]   # the summary goes before the link or the disclaimer would
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
    lines = [f"Ask in plain words, e.g. \"does {first} help sleep?\" (or {first}|your question).",
             "Then: more, 1-3 or s2 for a source, NOTIFY, forget me.",
             f"Overview: {first}. A question node: q:ID.",
             f"Add evidence: ingest {first}|q:ID|paste text or a link.",
             f"Topics: {', '.join(slugs) or 'none yet'}.",
             f"{NOT_ADVICE} Reply STOP to opt out."]
    return finish("\n".join(lines), channel)


def welcome_back(slugs: list[str], channel: str) -> str:
    return finish("You are subscribed again. " + help_text(slugs, channel), channel)


def unknown_topic(typed: str, nearest: list[str], channel: str, *, ingesting: bool = False,
                  counted: int = 0, meant: bool = False) -> str:
    """A topic the ledger lacks. `counted`: how many times it has been asked for, this one
    included (0 when the request was not counted); `meant`: `nearest` are the topics a sentence
    naming none seems to misspell."""
    near = (" or " if meant else ", ").join(nearest)
    first = nearest[0] if nearest else "topic"
    how = (f"Nothing was recorded. Paste like this: ingest {first}|q:ID|text" if ingesting
           else f"Ask like this: {first}|your question.")
    named = (f"No topic \"{_shorten(typed, 30)}\" in the ledger." if typed else "Which topic?")
    if counted:
        named = (f"\"{_shorten(typed, 30)}\" is not in the ledger yet. Your request was counted "
                 f"({_count(counted, 'request')} so far) for the curators.")
    lines = [named + (f" Did you mean {near}?" if meant else f" Topics: {near}." if not typed and near
                      else f" Nearest: {near}." if near else ""),
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
    held = _count(len(result.held), "claim") + (" is" if len(result.held) == 1 else " are")
    if not result.claims and result.held and not result.already:  # another texter's paste: never named
        return finish(f"Received: {RECEIVED}{linked}", channel)
    if not result.claims:
        also = f" {held} held for review." if result.held else ""
        return finish(f"Every claim in that paste is already in the ledger ({where}).{also} Nothing added.{linked}",
                      channel)
    ids = result.identifiers
    tag = next((f"{label} {ids[key][0]}" for key, label in (("pmids", "PMID"), ("dois", "DOI"), ("ncts", "NCT"))
                if ids.get(key)), None)
    counts = ", ".join(f"{n} {tier}" for tier, n in sorted(result.tiers.items(), key=lambda kv: TIERS.index(kv[0])))
    lines = [f"Added {result.source_id} ({result.kind}{', ' + tag if tag else ''}): "
             f"{_count(len(result.claims), 'claim')} - {counts}.{linked}"]
    if result.already:
        lines.append(f"Already in the ledger, not added again: {where}.")
    if result.held:
        lines.append(f"{held} already held for review, not added again.")
    lines.append(f"Auto-generated / low-confidence. {HELD} Status: {result.topic}|{result.source_id}.")
    return finish("\n".join(lines), channel)


HELD = "Held for review: only you see it until a curator confirms it."
RECEIVED = "held for review until a curator confirms it. Nothing more to do."


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


# --- the conversation around answers ------------------------------------------------

SMALL_TALK = {
    "greeting": "Hi! Ask me what the evidence says about {topics}, e.g. \"{example}\".",
    "thanks": "You're welcome. Ask another question any time.",
    "ok": "OK. Ask another question any time, or reply more for more of the last answer.",
    "puzzled": "Ask me a question in plain words, e.g. \"{example}\". Send help for everything else.",
}


def small_talk(kind: str, slugs: list[str], last_topic: str | None, channel: str) -> str:
    """"hi", "thanks", "ok", "?": a short human reply; nothing is recorded."""
    topic = last_topic or (slugs[0] if slugs else "topic")
    named = last_topic or (", ".join(slugs[:-1]) + f" or {slugs[-1]}" if len(slugs) > 1 else topic)
    return finish(SMALL_TALK[kind].format(topics=named, example=f"does {topic} help sleep?"), channel)


def emergency(channel: str) -> str:
    from .safety import EMERGENCY_LINE
    return finish(EMERGENCY_LINE, channel)


def english_only(channel: str) -> str:
    return finish("Sorry, this service answers in English only. Please ask again in English.", channel)


def media_only(channel: str) -> str:
    return finish("Only text is read: photos and other media are not opened. Please type your question.", channel)


def forgotten(channel: str) -> str:
    return finish("Done: this number's conversation and notifications are erased, and your questions can no "
                  "longer be linked to it. They stay in the ledger, anonymous.", channel)


def unsubscribed(channel: str) -> str:
    return finish("You are unsubscribed: no more messages from this number. Reply START to resubscribe.", channel)


def nothing_to_follow(what: str, slugs: list[str], channel: str) -> str:
    """"more" or "2" with no answer to follow (none yet, or a day of silence)."""
    first = slugs[0] if slugs else "topic"
    return finish(f"There is no recent answer to show {what} of. Ask a question first, "
                  f"e.g. \"does {first} help sleep?\"", channel)


def no_such_number(number: int, cited: int, channel: str) -> str:
    return finish(f"The last answer cited {_count(cited, 'source')}; reply a number from 1 to {cited}." if cited
                  else f"The last answer cited no sources, so there is no {number} to open.", channel)


def notify_subscribed(qid: str, channel: str) -> str:
    return finish(f"OK: you'll get one text when a curator confirms evidence for q:{qid}. "
                  "Reply forget me to cancel.", channel)


def notify_unavailable(channel: str) -> str:
    return finish("Sorry, notifications are not set up on this service yet. "
                  "Text the question's q:ID later to see any evidence added.", channel)


def notify_nothing_open(channel: str) -> str:
    return finish("There is no open question to be notified about. Ask one first; "
                  "if the ledger can't answer it yet, reply NOTIFY.", channel)


def notify_message(qid: str, topic: str, sources: list[str], channel: str) -> str:
    """The one outbound text when evidence for someone's question is confirmed."""
    return finish(f"New evidence for your {topic} question q:{qid}: a curator confirmed "
                  f"{', '.join(sources)}. Reply q:{qid} to see it. {NOT_ADVICE}", channel)
