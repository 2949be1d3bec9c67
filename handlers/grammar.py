"""The message grammar: the one place that knows how a text is read.

    slug|question          ask (also `slug: question`, a full-width bar, `slug question`)
    slug                   the topic card
    slug|s84               one source in full
    q:ID                   a question node's status
    ingest slug|q:ID|text  paste evidence for a node (`ingest slug|text` without one)
    confirm slug s95       curators: confirm, reject or retract (with a reason) an id; review slug
    help                   usage; STOP/START/HELP follow carrier conventions

And the conversation (`last_topic` is the topic the sender last asked about):

    a plain question       asks the topic it names anywhere ("is abc 123 safe"), else the
                           last topic, else the only topic; two named topics ask both
    more, next             the next claims of the last answer
    1-9, s84               a source the last answer cited, in full
    hi, thanks, ok, ?      small talk: a short human reply, nothing recorded
    notify                 be texted once when evidence for the last open question arrives
    forget me              erase what links the sender to anything

People type on phones: case, spaces around the bar and a typo in the slug are
forgiven (rapidfuzz against the topics' slugs and aliases).
"""
import functools
import math
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from service import ledger, matching
from service.vocabulary import FILLER

BARS = "|｜¦│∣"
SLUG_CUTOFF = 70
CLOSE_CUTOFF, CLOSE_LENGTH = 88, 7  # a misspelt first word beside a topic named as written: this close, this long
OPT_OUT = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "revoke"}
OPT_IN = {"start", "unstop", "subscribe", "yes"}
HELP_WORDS = {"help", "info", "commands", "menu"}
SMALL_TALK = {
    "greeting": r"(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|hi there|hello there)",
    "thanks": r"(thanks?( you)?( so much| a lot)?|thx|ty|cheers|much appreciated|thank u)",
    "ok": r"(ok|okay|k|kk|cool|great|got it|nice|alright|sure|fine|perfect|understood|ok thanks|ok thx)",
    "puzzled": r"(\?+|what\?*|huh\??|hm+\??)",
}
MORE = re.compile(r"^(more|next|more please|continue|go on|and\?|what else\??)$")
FORGET = re.compile(r"^(please )?(forget me|forget about me|delete me|delete my data|erase me|forget my number)$")
NOTIFY = re.compile(r"^(notify|notify me|tell me|yes notify|text me)$")
PICK = re.compile(r"^#?\s*([1-9])$")
NODE = re.compile(r"^q\s*[:#\-]?\s*([a-z0-9]{6})$", re.IGNORECASE)
SOURCE = re.compile(r"^s\s*(\d{1,6})$", re.IGNORECASE)
INGEST = re.compile(r"^ingest\b\s*[:|｜]?\s*(.*)$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Command:
    """What a message asks for. `kind` is one of: ask, topic, source, node, ingest, curate, help, opt_out,
    opt_in, unknown_topic, small_talk, more, pick, notify, forget."""
    kind: str
    slug: str | None = None
    text: str = ""
    node: str | None = None
    source: str | None = None
    typed_slug: str | None = None
    ingesting: bool = False       # an unknown topic named by `ingest`
    action: str | None = None     # curate: review, confirm, reject or retract
    also: tuple = ()              # further topics a question names ("alpha vs beta"), asked too
    number: int | None = None     # "2": the second source the last answer cited


def is_opt_out_or_in(body: str) -> bool:
    """STOP, START and their synonyms: always honoured, whatever rate limit the sender is over."""
    return _word(unicodedata.normalize("NFKC", body or "").strip()) in OPT_OUT | OPT_IN


def is_ingest(body: str) -> bool:
    """Whether a message pastes evidence (`ingest ...`): what the webhook counts against a
    sender's paste allowance before it is read any further."""
    return INGEST.match(unicodedata.normalize("NFKC", body or "").strip()) is not None


def normalise_node(text: str) -> str | None:
    """`q:7k3mx2`, `Q 7K3MX2`, `7K3MX2` -> `7K3MX2`; None when it is not a node id."""
    match = NODE.match(text.strip()) or re.match(r"^([a-z0-9]{6})$", text.strip(), re.IGNORECASE)
    return match.group(1).upper() if match else None


def resolve_slug(word: str, topics: dict[str, list[str]], fuzzy: bool = True, cutoff: int = SLUG_CUTOFF,
                 edits: int | None = None) -> str | None:
    """The topic a typed slug means: exact slug or alias first, then (if `fuzzy`) the closest by
    edit distance: `cutoff` similar, and, if `edits` is given, at most that many edits away."""
    typed = word.strip().lower()
    known = _lookup(topics)
    names = known.names
    if typed in names:
        return names[typed]
    if not fuzzy:
        return None
    # a sentence is no misspelt name: "is NAME safe" is as close to a long NAME as a typo is, and
    # "what is NAME" to "s-acetyl NAME"
    words = len(NAME_WORD.findall(typed))
    if words > 1 and _names_in(typed, topics):
        return None
    spellings = known.at_least[min(words, len(known.at_least) - 1)]
    best = process.extractOne(typed, spellings, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best and edits is not None and OSA.distance(typed, best[0]) > edits:
        return None
    return names[best[0]] if best else None


def nearest_topics(word: str, topics: dict[str, list[str]], limit: int = 3) -> list[str]:
    ranked = process.extract(word.lower(), list(topics), scorer=fuzz.WRatio, limit=limit)
    return [slug for slug, _, _ in ranked]


def misspelt_topics(text: str, topics: dict[str, list[str]], limit: int = 3) -> list[str]:
    """The topics a sentence that names none may mean by a misspelt name ("whats shatavarin IV",
    "does selnak help", "red yeats rice make u dizzy?"): a run of its words as long as a name,
    holding a word no dictionary knows, at most one edit from it in four letters (a swap of two
    letters is one). Closest first; only suggested, never taken as the topic."""
    words = NAME_WORD.findall(text.lower())
    known = _lookup(topics)
    names = known.names
    found = {}
    for width, spellings in known.by_width.items():
        for start in range(len(words) - width + 1):
            run = " ".join(words[start:start + width])
            if len(run) < 4 or not any(matching.topicality(word) == 1.0 for word in words[start:start + width]):
                continue
            best = process.extractOne(run, spellings, scorer=OSA.distance, score_cutoff=len(run) // 4)
            if best and best[1] < found.get(names[best[0]], len(run)):
                found[names[best[0]]] = best[1]
    return sorted(found, key=found.get)[:limit]


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


def _word(body: str) -> str:
    return re.sub(r"\s+", " ", body.lower()).strip(" .!")


def small_talk(body: str) -> str | None:
    """"hi", "thanks!", "ok", "?": which kind of small talk, or None."""
    word = _word(body).strip(" ,:)(")
    return next((kind for kind, pattern in SMALL_TALK.items() if re.fullmatch(pattern, word)), None)


def parse(body: str, topics: dict[str, list[str]], last_topic: str | None = None) -> Command:
    """Read one inbound message. `topics` maps each slug to its aliases; `last_topic` is what the
    sender last asked about (with one topic in the ledger, that one)."""
    body = unicodedata.normalize("NFKC", body or "").strip()
    word = _word(body)
    if last_topic is None and len(topics) == 1:
        last_topic = next(iter(topics))
    if not body or word in HELP_WORDS:
        return Command("help")
    if word in OPT_OUT:
        return Command("opt_out")
    if word in OPT_IN:
        return Command("opt_in", text=word)
    talk = small_talk(body)
    if talk:
        return Command("small_talk", last_topic, text=talk)
    if FORGET.match(word):
        return Command("forget")
    if NOTIFY.match(word):
        return Command("notify", last_topic)
    follow_up = _follow_up(word, last_topic)
    if follow_up:
        return follow_up
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
        return parse(rest, topics, last_topic) if rest else Command("help")
    asked, named = named_topics(body, topics, last_topic)
    first_means = None  # the topic a misspelt first word, or a word of a name, means
    if rest is None and " " in head:
        first, remainder = head.split(None, 1)
        # The first word of a plain sentence is a misspelt slug only if no dictionary knows it
        # ("been depressed ..." must not become a topic whose alias is "bepecin") and it is no
        # chat word ("im 8 weeks pregnant ..." is not "dim"), and, when the
        # message names a topic as written, only a long word a letter or two from a name
        # ("cagrilintied ... than ozempic", but not "gout flare ups, would NAME help" for an
        # alias "gotu"); and it is no slug of its own when it begins a longer name ("thymosin
        # alpha 1 ..." against "thymosin"). A word of a name ("clove" of "clove oil") means the one
        # topic whose names hold it, and none when several do ("vitamin", "capsules") or the message
        # names a topic as written ("nosebleed on NAME", for an alias "nosebleed plant"); any other
        # is at most one edit in four letters from a name, as `misspelt_topics` reads a typo:
        # "bullous" is 75 % like "bluelotus", but four edits from it.
        known = _lookup(topics)
        misspelt = (matching.topicality(first.lower()) == 1.0 and first.lower() not in FILLER
                    and (not named or len(first) >= CLOSE_LENGTH)
                    # a rare word of English ("resin", "watermelon") misspells no name, unless a name holds it
                    # ("clove": clove oil)
                    and (not matching.zipf(first.lower()) or first.lower() in known.holders))
        everyday = (first not in known.cased and first.lower() in known.uncased  # "Age is ...", not "AGE ..."
                    or _everyday_word([first], known, COMMON_NAME_ZIPF)  # "Mate said X ...", "Same here. X?"
                    and any(slug != known.names[first.lower()] for slug in named)
                    or _everyday_word([first], known, EVERYDAY_NAME_ZIPF) and last_topic)  # "Same for sleep?"
        typed = first.lower()
        holders = known.holders.get(typed, ())
        if typed in known.names:
            guess = known.names[typed]
        elif holders:  # a word of a name means the one topic whose names hold it, if one does and none is named
            guess = next(iter(holders)) if misspelt and len(holders) == 1 and not named else None
        else:
            guess = resolve_slug(first, topics, fuzzy=misspelt, cutoff=CLOSE_CUTOFF if named else SLUG_CUTOFF,
                                 edits=len(first) // 4)
        # a name first is the topic ("NAME does it help sleep"), unless the sentence that asks is about
        # another ("flomax gave me dry orgasms, would alfuzosin b any different"), not added to it ("... with it?")
        if not everyday and guess and not (asked and asked[0] != guess and guess in named
                                           and not WITH_IT.search(_asking(body))):
            named_first = next((slug for start, slug in _named_at(body, topics) if start == 0), None)
            if named_first in (None, known.names.get(typed)):
                head, rest, first_means = first, remainder, guess
    slug = resolve_slug(head, topics, fuzzy=False)
    if slug is None and rest is not None:  # "PS supplement|...": a name with a word around it, not a misspelt
        slug = next(iter(_names_in(head, topics)), None)  # "5-HTP supplement"
    slug = slug or first_means or resolve_slug(head, topics)
    if slug is None and rest is None:
        if named:
            slug, rest = named[0], body
        elif last_topic:
            slug, rest = last_topic, body
    if slug is None:
        if rest is None and " " in head.strip():   # a sentence naming no topic: ask which
            return Command("unknown_topic", text=body)
        return Command("unknown_topic", typed_slug=head[:40], text=rest or "")
    if not rest or not re.search(r"\w", rest):  # "slug|", "slug||", "slug|??"
        return Command("topic", slug)
    source = SOURCE.match(rest)
    if source:
        return Command("source", slug, source=f"s{int(source.group(1))}")
    follow_up = _follow_up(_word(rest), slug)
    if follow_up:
        return follow_up
    return Command("ask", slug, text=rest, also=tuple(t for t in asked if t != slug)[:1])


def _follow_up(word: str, topic: str | None) -> Command | None:
    """"more", "2" or "s84" on its own, about the last answer (or the topic given with a bar)."""
    if MORE.match(word):
        return Command("more", topic)
    pick = PICK.match(word)
    if pick:
        return Command("pick", topic, number=int(pick.group(1)))
    source = SOURCE.match(word)
    if source:
        return Command("source", topic, source=f"s{int(source.group(1))}") if topic else Command("unknown_topic")
    return None


def _asking(body: str) -> str:
    """The sentence that asks: the last with a question mark, else the last."""
    sentences = re.findall(r"[^.?!\n]+[.?!]*", body) or [body]
    return next((s for s in reversed(sentences) if "?" in s), sentences[-1])


# A word of a name or a message, in any alphabet: a name written partly in Cyrillic ("mака")
# read as Latin letters only would be "m", and name every message with "i'm" in it.
NAME_WORD = re.compile(r"[^\W_]+")
COMMON_NAME_ZIPF = 3.4  # a name this common in English is an everyday word too: "AGE", "HA", "mate", "ginger"
ON_IT = frozenset("on taking".split())  # "on X", "taking X": a medicine someone is on already
# "i take X" says so too, unless it asks: "can i take X", "should i take X"
ASKING_VERBS = frozenset("can could should would will do does did if may might cn shud cud wud".split())
# words between "on" or "i take" and what is taken: "on a baby aspirin", "i take low dose naltrexone"
HOW_TAKEN = frozenset("a an the some daily baby low dose regular prescribed".split())
# A clause after a comma that asks ("..., would X be better", "..., is X safe for me") names what is
# asked about, unless the name is set beside another ("is it like X", "better than X") or added to
# what came before ("..., should i take X with it")
COMPARING = frozenset("like as than compared vs versus or".split())
LIKENED = frozenset("as than compared".split())  # before what a medicine is likened to ("like" also means "such as")
WITH_IT = re.compile(r"\b(?:with|w) (?:it|that|this)\b", re.IGNORECASE)
ASKING_CLAUSE = re.compile(r"[,;]\s*(?=(?:would|could|can|should|is|are|does|do|will|what|how|which|why|any)\b)",
                           re.IGNORECASE)
EVERYDAY_NAME_ZIPF = 5.0  # a name in lower case this common ("same" for SAMe) is mostly the everyday word
ARTICLES = frozenset("the this that these those a an".split())  # and after one of these ("the same") always is


@dataclass(frozen=True)
class _Names:
    names: dict      # every slug and alias, lower case -> its topic
    squashed: dict   # a name's letters run together ("abc123") -> ((its number of words, topic), ...)
    widest: int      # the most words a name has
    cased: dict      # an alias in capitals that is an everyday word in lower case ("AGE") -> its topic
    uncased: frozenset  # those aliases in lower case ("age"), which name nothing
    common: dict     # a one-word name in lower case that is a word of English ("mate", "same") -> how common (zipf)
    holders: dict    # every word of every name ("clove" of "clove oil") -> the topics whose names hold it
    by_width: dict   # a number of words -> the names of that many words, in order (`misspelt_topics`)
    at_least: tuple  # at_least[n]: the names of n words or more, in order (`resolve_slug`)


def _lookup(topics: dict[str, list[str]]) -> _Names:
    """Every topic's names, arranged for reading a message: every message reads every topic's
    names, and a ledger of a hundred topics has a thousand. A ledger's `Directory` is one object
    per version of its topics, so they are arranged once per version; any other mapping of slugs
    to aliases is arranged each time, not kept."""
    if isinstance(topics, ledger.Directory):
        return _arranged(topics)
    return _arrange(ledger.Directory({"slug": slug, "aliases": aliases} for slug, aliases in topics.items()))


def _arrange(topics: ledger.Directory) -> _Names:
    """A topic's slug names that topic alone: another's alias spelled the same ("goldenseal" among
    berberine's, once goldenseal is a topic of its own) names nothing. An alias its curators wrote
    in capitals that is an everyday word in lower case ("AGE" for aged garlic extract, "HA" for
    hyaluronic acid) names its topic before a bar, and in a sentence only in capitals: "at my age"
    and "ha, no" name nothing. One in lower case ("mate" for yerba mate) is how people name it, and
    gives way only to another topic named beside it (`named_topics`)."""
    names, squashed, cased, common = {}, {}, {}, {}
    slugs = {"".join(NAME_WORD.findall(slug.lower())): slug for slug in topics}
    for slug, aliases in topics.items():
        for name in (slug, *aliases):
            parts = NAME_WORD.findall(name.lower())
            if slugs.get("".join(parts), slug) != slug:
                continue
            names[name.lower()] = slug
            if name != name.lower() and len(parts) == 1 and matching.zipf(parts[0]) >= COMMON_NAME_ZIPF:
                cased[name] = slug
                continue
            if parts:
                squashed.setdefault("".join(parts), []).append((len(parts), slug))
            if len(parts) == 1 and matching.zipf(parts[0]) >= COMMON_NAME_ZIPF:
                common[parts[0]] = matching.zipf(parts[0])
    # the candidates of the fuzzy readings, by number of words: counted per name for each message, they
    # took 10 ms at 744 topics
    width = {name: len(NAME_WORD.findall(name)) for name in names}
    by_width = {}
    for name in names:
        by_width.setdefault(width[name], []).append(name)
    at_least = tuple([name for name in names if width[name] >= n] for n in range(max(width.values(), default=0) + 2))
    return _Names(names, {k: tuple(v) for k, v in squashed.items()},
                  max((words for found in squashed.values() for words, _ in found), default=0), cased,
                  frozenset(name.lower() for name in cased), common,
                  _holders(names), by_width, at_least)


def _holders(names: dict) -> dict:
    """Each word of a name -> the topics whose names hold it."""
    holders = {}
    for name, slug in names.items():
        for word in NAME_WORD.findall(name):
            holders.setdefault(word, set()).add(slug)
    return {word: frozenset(slugs) for word, slugs in holders.items()}


_arranged = functools.lru_cache(maxsize=8)(_arrange)  # per Directory: one a version of a ledger's topics


def _names_in(text: str, topics, yielding: float = math.inf) -> list[str]:
    """Topics named word for word in `text`, in the order named. A name of several words or
    with a hyphen matches however it is spaced ("abc 123", "abc-123", "abc123"). A name inside a
    longer one names nothing of its own: "thymosin alpha 1" is not also "thymosin". A name that
    is a word of English at least `yielding` common (zipf; "same", "mate") names nothing."""
    return [slug for _, slug in _named_at(text, topics, yielding)]


def _named_at(text: str, topics, yielding: float = math.inf) -> list[tuple[int, str]]:
    """(first word, topic) of each topic named in `text`, in the order named (see `_names_in`)."""
    return [(start, slug) for start, slug, common in _named(text, _lookup(topics)) if common < yielding]


def _named(text: str, known: _Names) -> list[tuple[int, str, float]]:
    """(first word, topic, how common the name is as an English word as written, else -1) of each
    topic named in `text`, in the order named."""
    spans = list(NAME_WORD.finditer(text))
    written = [span.group() for span in spans]
    tokens = [token.lower() for token in written]
    # which side of a bar each word is on: no name runs across one ("colloidal-silver|ear infection")
    side = [sum(text.count(bar, 0, span.start()) for bar in BARS) for span in spans]
    found = [(at, at + 1, known.cased[token]) for at, token in enumerate(written) if token in known.cased]
    # a name of n words matches a window of up to n + 1 words whose letters run together are its own
    # ("ash wagandha", "golden seal"), but no filler word is part of a name ("seen a" is no "seena")
    for start in range(len(tokens)):
        for width in range(1, min(known.widest + 1, len(tokens) - start) + 1):
            if side[start + width - 1] != side[start]:
                break
            for words, slug in known.squashed.get("".join(tokens[start:start + width]), ()):
                if width <= words or FILLER.isdisjoint(tokens[start:start + width]):
                    found.append((start, start + width, slug))
    kept = [(start, end, slug) for start, end, slug in sorted(found) if not any(
        s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found)]
    named = [(start, slug, _as_english(written[start:end], known)) for start, end, slug in kept]
    # "is that the same as ...": one of the commonest words after an article is that word, never a name
    return list(dict.fromkeys((start, slug, common) for start, slug, common in named
                              if not (common >= EVERYDAY_NAME_ZIPF and start and tokens[start - 1] in ARTICLES)))


def _as_english(written: list[str], known: _Names) -> float:
    """How common a name as written is as a word of English (zipf), -1 if it is written only as a
    name: "same" and "Same" are the word, "SAMe" and "DIM" a name."""
    if len(written) != 1 or written[0] not in (written[0].lower(), written[0].title()):
        return -1.0
    return known.common.get(written[0].lower(), -1.0)


def _everyday_word(written: list[str], known: _Names, common: float) -> bool:
    """Is a name as written a word of English at least `common`?"""
    return _as_english(written, known) >= common


def named_topics(body: str, topics, conversation: str | None = None) -> tuple[list[str], list[str]]:
    """(topics named in the sentence that asks, in the order named; then every topic named, those
    of the sentence that asks first, the rest nearest to it first).

    The sentence that asks is read first: in "already on X. does Y help joints?" the question
    is about Y; "X vs Y for anxiety" asks about both; in "X gave me a rash, would Y be better" the
    clause that asks names Y (`ASKING_CLAUSE`). When it names none, the topic named last
    is what it asks about: "been on X for a year. people say Y does the same. legit?" asks
    about Y. Of two named in the sentence that asks, one someone is on ("on metformin, is Y ok?",
    "taking X, any issue with Y", "i take X, can i add Y") is what they take already: Y is asked about.

    A name that is also a word of English ("mate", "same") gives way to any other name ("my gym
    mate says X ...") unless the two are set side by side ("ginger or X?"); one of the commonest
    words ("same") gives way to any other name always ("is X the same as Y?") and to the
    `conversation` under way ("same for sleep?"), unless written as only a name is ("SAMe")."""
    known, asking = _lookup(topics), _asking(body)
    in_body, in_asking = _named(body, known), _named(asking, known)

    def below(found, yielding):
        return [(start, slug) for start, slug, common in found if common < yielding]
    yielding = (COMMON_NAME_ZIPF if below(in_body, COMMON_NAME_ZIPF) and not matching.COMPARED.search(asking)
                else EVERYDAY_NAME_ZIPF if conversation or below(in_body, EVERYDAY_NAME_ZIPF) else math.inf)
    named = [slug for _, slug in below(in_body, yielding)]
    # "reglan gave me tremors, would domperidone be better": the clause that asks names what is asked about
    clause = max((m.start() for m in ASKING_CLAUSE.finditer(asking)), default=None)
    if clause is not None and WITH_IT.search(asking[clause:]):  # "..., should i take choline with it": "it" is asked
        clause = None
    first_word = len(NAME_WORD.findall(asking[:clause].lower())) if clause is not None else 0
    words = NAME_WORD.findall(asking.lower())

    def in_clause(start):  # named in the clause that asks, not as what it is set beside ("is it like xanax")
        return (clause is not None and start >= first_word
                and not COMPARING.intersection(words[max(first_word, start - 3):start]))
    asked = [slug for _, slug in sorted(below(in_asking, yielding), key=lambda found: not in_clause(found[0]))]
    if len(asked) > 1:  # "on metformin, is X ok": the medicine they are on is context, X is asked about
        taken = set()
        for start, slug in below(in_asking, yielding):
            while start and words[start - 1] in HOW_TAKEN:  # "i take a baby aspirin"
                start -= 1
            if start and words[start - 1] in ON_IT or start >= 2 and words[start - 2:start] in (["i", "take"], ["i", "use"]) \
                    and (start == 2 or words[start - 3] not in ASKING_VERBS):
                taken.add(slug)
        asked = [s for s in asked if s not in taken] + [s for s in asked if s in taken]
    if asked:
        return asked, list(dict.fromkeys(asked + named[::-1]))
    # The sentence that asks names none: the topic named last, unless it is what another is likened to
    # ("a guy at my gym says X works better than viagra. any truth to that", "sold as a natural metformin")
    body_words, found = NAME_WORD.findall(body.lower()), below(in_body, yielding)
    beside = {slug for start, slug in found if LIKENED.intersection(body_words[max(0, start - 3):start])}
    return asked, list(dict.fromkeys([slug for _, slug in found[::-1] if slug not in beside][:1] + named[::-1]))


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
