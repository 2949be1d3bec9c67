"""Turn pasted evidence text into tiered claims.

Pure functions over strings: no database, no I/O, standard library only. The
usual flow is normalise -> find_identifiers -> guess_source -> tier_paste (which
is split_claims -> tier_claims, plus what the layout shows), with fingerprint as
the de-duplication key for what gets stored.

A tier says what kind of evidence a claim rests on, not whether it is true:
human (people were studied), preclinical (animals or cells), published (a
written source, no cue of its own) and anecdote (someone's experience).
"""
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

MAX_PASTE_CHARS = 20000
MAX_CLAIM_CHARS = 400
MIN_CLAIM_CHARS = 20  # "Some report hair loss." is a claim; "Between 2-10 hours." is not
TITLE_CHARS = 100
ABSTRACT_CLAIMS = 15  # about the sentences in a structured abstract; see tier_claims

TIERS = ("human", "preclinical", "published", "anecdote")
SOCIAL_KINDS = ("reddit", "x", "youtube", "instagram")
SOURCE_TIERS = {"study": "published", "web": "published", "paste": "published",
                **{kind: "anecdote" for kind in SOCIAL_KINDS}}


class PasteTooLong(ValueError):
    """The paste is over MAX_PASTE_CHARS."""


class EmptyPaste(ValueError):
    """Nothing left after normalising."""


# --- normalising -------------------------------------------------------------

def normalise(text: str, *, allow_long: bool = False) -> str:
    """NFKC, one kind of newline, no control or invisible format characters,
    single spaces, at most one blank line in a row, stripped.

    The length limit applies to the normalised text, which is what gets stored.
    """
    text = "\n".join(unicodedata.normalize("NFKC", text).splitlines()).replace("\t", " ")
    text = "".join(c for c in text if c == "\n" or unicodedata.category(c) not in ("Cc", "Cf"))
    text = re.sub(r" ?\n ?", "\n", re.sub(r" {2,}", " ", text))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise EmptyPaste("nothing left after normalising")
    if len(text) > MAX_PASTE_CHARS and not allow_long:
        raise PasteTooLong(f"paste is {len(text)} characters; the limit is {MAX_PASTE_CHARS}")
    return text


# --- identifiers -------------------------------------------------------------

@dataclass(frozen=True)
class Identifiers:
    urls: tuple[str, ...]
    pmids: tuple[str, ...]
    dois: tuple[str, ...]
    ncts: tuple[str, ...]


_URL = re.compile(r"\bhttps?://[^\s<>\"']+|(?<![\w.@/])www\.[^\s<>\"']+", re.I)
_PMID = re.compile(r"(?:\bPMID\s*[:#-]?\s*|pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d{1,8})\b",
                   re.I)
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"'<>?#]+")
_NCT = re.compile(r"\bNCT\d{8}\b", re.I)
_CLOSERS = {")": "(", "]": "[", "}": "{"}


def _trim(found: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets a URL or DOI
    picked up from the prose around it; keep balanced ones, as in
    10.1016/S0140-6736(20)30183-5."""
    while found and (found[-1] in ".,;:!?'\"’”*"
                     or found[-1] in _CLOSERS and found.count(found[-1]) > found.count(_CLOSERS[found[-1]])):
        found = found[:-1]
    return found


def _unique(values, key=str) -> tuple[str, ...]:
    seen, kept = set(), []
    for value in values:
        if key(value) not in seen:
            seen.add(key(value))
            kept.append(value)
    return tuple(kept)


def find_identifiers(text: str) -> Identifiers:
    """URLs, PMIDs, DOIs and NCT numbers, each deduplicated in order of
    appearance. Bare www. addresses get https:// so every URL is a link;
    DOIs compare case-insensitively, as the DOI system does."""
    urls = (_trim(m.group()) for m in _URL.finditer(text))
    return Identifiers(
        urls=_unique(u if "://" in u else "https://" + u for u in urls),
        pmids=_unique(m.group(1) for m in _PMID.finditer(text)),
        dois=_unique((_trim(m.group()) for m in _DOI.finditer(text)), key=str.casefold),
        ncts=_unique(m.group().upper() for m in _NCT.finditer(text)),
    )


# --- source ------------------------------------------------------------------

@dataclass(frozen=True)
class SourceGuess:
    kind: str
    platform: str | None
    url: str | None
    title: str


_SOCIAL_HOSTS = {"reddit.com": "reddit", "redd.it": "reddit", "x.com": "x", "twitter.com": "x",
                 "youtube.com": "youtube", "youtu.be": "youtube", "instagram.com": "instagram"}
_PLATFORMS = {"reddit": "Reddit", "x": "X", "youtube": "YouTube", "instagram": "Instagram"}
_STUDY_HOSTS = ("pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "doi.org", "clinicaltrials.gov")
_SUBREDDIT = re.compile(r"(?:^|\W)r/([A-Za-z0-9_]{2,21})\b")
SUBREDDIT_WINDOW = 200  # a Reddit post pasted without its URL names its subreddit near the start


def _host(url: str) -> str:
    host = re.match(r"(?:\w+://)?([^/?#:]*)", url).group(1).lower()
    return host.removeprefix("www.")


def _on(host: str, domains) -> str | None:
    """The domain in domains that host is, or is a subdomain of."""
    return next((d for d in domains if host == d or host.endswith("." + d)), None)


def guess_source(text: str, ids: Identifiers) -> SourceGuess:
    """Where the paste came from, judged in this order: a social post (its
    first URL, or an r/Name near the start), then a study (any PMID, DOI, NCT
    or study-registry URL), then the web page of its first URL, else a paste.

    Social comes first because a Reddit post citing a DOI is still a post.
    """
    url = ids.urls[0] if ids.urls else None
    host = _host(url) if url else None
    title = _title(text)
    social = _SOCIAL_HOSTS.get(_on(host, _SOCIAL_HOSTS) if host else None)
    if social == "reddit":
        subreddit = _SUBREDDIT.search(url)
        return SourceGuess("reddit", f"r/{subreddit.group(1)}" if subreddit else "Reddit", url, title)
    if social:
        return SourceGuess(social, _PLATFORMS[social], url, title)
    subreddit = _SUBREDDIT.search(text[:SUBREDDIT_WINDOW])
    if subreddit:
        return SourceGuess("reddit", f"r/{subreddit.group(1)}", url, title)
    if ids.pmids or ids.dois or ids.ncts or any(_on(_host(u), _STUDY_HOSTS) for u in ids.urls):
        return SourceGuess("study", host, url, title)
    return SourceGuess("web" if url else "paste", host, url, title)


_STUDY_SITES = {"pubmed.ncbi.nlm.nih.gov": "PubMed", "ncbi.nlm.nih.gov": "PubMed", "doi.org": "DOI",
                "clinicaltrials.gov": "ClinicalTrials.gov"}


def link_label(kind: str, url: str) -> str:
    """What a bare link is, in a word: Reddit, X, YouTube, PubMed, DOI, or its site."""
    if kind in _PLATFORMS:
        return _PLATFORMS[kind]
    host = _host(url)
    site = _on(host, _STUDY_SITES)
    return _STUDY_SITES[site] if site else host or "Link"


def _title(text: str) -> str:
    """The first sentence of the first line that is more than identifiers."""
    lines = [line.strip(" •*#>-") for line in text.split("\n")]
    line = next((line for line in lines if not _only_identifiers(line)), lines[0])
    return _shorten(_sentences(line)[0] if line else line, TITLE_CHARS)


def _shorten(text: str, limit: int) -> str:
    """text cut to at most limit characters at a word boundary, marked "..."."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 2].rsplit(" ", 1)[0].rstrip(" ,;:.-")
    return cut + "..."


# --- claims ------------------------------------------------------------------

_BULLET = re.compile(r"^(?:[•◦▪‣⁃●○■➢➤►✓✔*+–—-]|\d{1,2}[.)])\s+")
_WRAP_CHARS = 60  # a line this long that stops mid-sentence was hard-wrapped
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Za-z0-9]|doi:|https?://|www\.)")
_ABBREVIATIONS = {"al.", "vs.", "v.", "dr.", "prof.", "approx.", "ca.", "cf.", "fig.", "figs.",
                  "mr.", "mrs.", "ms.", "st.", "inc.", "ltd.", "jr.", "sr.", "resp."}
# These end a sentence before a capital ("anxiety, etc. The drug...") but not before
# a lowercase word ("5 min. after dosing", "stress, etc. and").
_SOFT_ABBREVIATIONS = {"etc.", "incl.", "esp.", "min.", "max.", "sec.", "hr.", "hrs.", "wk.", "wks.", "mo.",
                       "yr.", "yrs.", "no.", "nos.", "vol.", "ed.", "eds.", "pp.", "ref.", "refs.", "co.",
                       "corp.", "dept.", "viz.", "avg.", "sp.", "spp.", "var."}
_INITIALS = re.compile(r"(?:[a-z]\.)+")  # e.g. i.e. U.S. J.
_VERBISH = re.compile(r"""\b(?:am|is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might
    |will|would|should|must|makes?|made|helps?|works?|feels?|felt|gets?|got|takes?|took|gives?|gave
    |causes?|seems?|shows?|\w+ed)\b|n['’]t\b|['’](?:s|re|ve|m|ll|d)\b""", re.I | re.X)
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
                "or", "the", "to", "vs", "vs.", "with", "&"}
_BOILERPLATE = re.compile(r"""
      not\ (?:intended\ as\ |a\ substitute\ for\ )?medical\ advice
    | for\ (?:general\ |educational\ )?informational\ purposes
    | not\ (?:a\ |an\ )?(?:recommendation|endorsement)
    | not\ been\ evaluated\ by\ the\ (?:FDA|food\ and\ drug)
    | not\ intended\ to\ (?:diagnose|treat)
    | (?:consult|talk\ to|speak\ (?:to|with)|check\ with)\ (?:with\ )?
      (?:your\ (?:doctor|physician|health\ ?care)|a\ (?:doctor|physician)\ before)
    | qualified\ (?:medical|health)\ professional
    | replace\ (?:conventional\ |professional\ )?medical\ (?:care|advice)
    """, re.I | re.X)  # disclaimers; "stop and consult a doctor for chest pain" is safety advice and stays
_NAVIGATION = re.compile(r"""
      \bread\ (?:on|more)\b | \bclick\ here\b | \bsubscribe\b | \bshare\ this\b | \bsign\ up\b
    | \blearn\ more\ about\b | ^learn\ more\b | \bcontact\ (?:our|us)\b | \bnewsletter\b
    | \bfollow\ us\b | \bbuy\ now\b | \bcoupon\b | \bdiscount\ code\b | \bcalculator\b | ^watch:
    """, re.I | re.X)
# A sentence that only explains a figure's symbols ("The arrow signifies the point of
# administration.") means nothing without the figure.
_LEGEND = re.compile(r"""^(?:the\ |an?\ )?(?:arrows?|arrowheads?|asterisks?|error\ bars?|dashed\ lines?
    |dotted\ lines?|[xy]-axis|scale\ bars?|shaded\ areas?)\b[^.]{0,40}?\b(?:signif\w*|indicat\w*
    |represent\w*|denot\w*|marks?|shows?)\b""", re.I | re.X)
_FILLER = re.compile(r"^(?:who knows|who cares|go figure)\b", re.I)  # rhetorical, no claim in it
# A citation's author list ("Dolotov OV, Karpenko EA, Inozemtseva LS, et al. Brain Res.") names who
# wrote a paper; it claims nothing.
_AUTHORS = re.compile(r"^(?:[A-Z][\w'’-]+ [A-Z]{1,3}\.?(?:,|;| and)\s+){2,}")
# The section labels of a structured abstract: "RESULTS: Motor deficits improved..." is
# the claim "Motor deficits improved...". Patients/participants/animals labels carry a
# tier cue and stay.
_LABEL = re.compile(r"""^(?:background|introduction|context|objectives?|aims?|purpose|rationale|hypothesis
    |(?:materials\ and\ )?methods?|methodology|design|(?:study\ )?design\ and\ setting|setting|interventions?
    |main\ outcome\ measures?|measurements?|outcomes?|results?|findings|conclusions?|interpretation
    |significance|summary|discussion)\s*:\s+(?=\S)""", re.I | re.X)
# A citation's journal line: "Zh Nevrol Psikhiatr Im S S Korsakova.", "Brain Res. 2006;1117(1):54-60."
_VOLUME = re.compile(r"\b(?:19|20)\d{2}\s*;\s*\d+\s*(?:\(\d+\))?\s*:\s*e?\d+")
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’"}
LEAD_IN_WORDS = 3  # a shorter heading over a list ("Benefits:") adds little to its bullets


@dataclass
class _Block:
    text: str
    bullet: bool
    after_blank: bool  # a blank line (or the start) comes before it
    heading: bool = False  # a Markdown heading ("## Side effects"), whatever its words


def split_claims(text: str) -> list[str]:
    """Claim-sized statements, in order, without boilerplate or duplicates.

    A bullet is one claim; other lines are regrouped into paragraphs (joining
    hard-wrapped lines) and split into sentences. Headings, questions,
    disclaimers, navigation, figure legends, identifier-only lines and
    fragments are dropped; Markdown table rows too, since a row means nothing
    without its header. A bullet that is only a fragment ("Transient ischemic
    attacks") takes the heading or lead-in above its list as context
    ("On-label indications for the 1% solution: Transient ischemic attacks").
    """
    return [claim for claim, _ in _statements(text)]


def _statements(text: str, tick=None) -> list[tuple[str, str | None]]:
    """(claim, retold) pairs: retold names the heading or lead-in whose
    retelling of someone's experience the claim belongs to (see tier_paste).
    `tick(done, total)` is told each block read, for a progress bar."""
    blocks = _blocks(text)
    claims, seen = [], set()
    lead_in = None      # the heading or colon lead-in the next bullets hang from
    retold = None       # (reason, ends at a blank line) while inside a retelling
    started = False     # the retelling has had a block of its own
    for i, block in enumerate(blocks):
        if tick:
            tick(i + 1, len(blocks))
        if retold and retold[1] and started and block.after_blank:
            retold = None
        if block.heading or not block.bullet and _is_heading(block.text):
            lead_in, started = block.text.rstrip(" :"), False
            retold = (f'under "{_shorten(lead_in, 60)}"', block.text.endswith(":")) if _tells(block.text) else None
            continue
        if block.bullet:
            statements = [_with_lead_in(block.text.rstrip(" ;,"), lead_in)]
        else:
            statements, lead_in = _sentences(block.text), None
            last = statements[-1] if statements else ""
            if re.search(r":[\"'”’)]*$", last):
                lead_in = last.rstrip(" :")
                if i + 1 < len(blocks) and blocks[i + 1].bullet:
                    statements = statements[:-1]    # the list says it, bullet by bullet
                if _tells(last):
                    claims += _keep(statements, retold and retold[0], seen)
                    retold, started = (f'retold after "{_shorten(lead_in, 60)}"', True), False
                    continue
        claims += _keep(statements, retold and retold[0], seen)
        started = started or retold is not None
    return claims


def _tells(line: str) -> bool:
    """The line introduces someone's account: "What Users Report", "A Redditor wrote:"."""
    cue = _first_cue(line)
    return bool(cue) and cue[0] == "anecdote"


def _keep(statements: list[str], retold: str | None, seen: set) -> list[tuple[str, str | None]]:
    kept = []
    for statement in statements:
        claim = _shorten(_strip_label(_unquote(statement)).rstrip(" ;,"), MAX_CLAIM_CHARS)
        key = " ".join(claim.casefold().split())
        if key not in seen and is_claim(claim):
            seen.add(key)
            kept.append((claim, retold))
    return kept


def _with_lead_in(bullet: str, lead_in: str | None) -> str:
    """A list item that is no sentence of its own, under a lead-in that says what
    the list is, reads as "lead-in: item"; a full sentence stays as it is."""
    fragment = bullet[:1].islower() or not re.search(r"[.!?][\"'”’)]*$", bullet)
    if lead_in and fragment and (len(lead_in.split()) >= LEAD_IN_WORDS or len(bullet) < MIN_CLAIM_CHARS):
        return f"{lead_in}: {bullet}"
    return bullet


def _strip_label(sentence: str) -> str:
    stripped = _LABEL.sub("", sentence)
    return stripped if len(stripped) >= MIN_CLAIM_CHARS else sentence


def _blocks(text: str) -> list[_Block]:
    """One per bullet or paragraph. A line continues the block above when that
    one stops mid-sentence and either the line starts in lowercase or the block
    is wrap-length and no heading; otherwise it starts a block, which keeps
    one-newline headings apart from their text. A line of only a link or
    other identifiers never joins its neighbours."""
    blocks: list[_Block] = []
    open_block, blank = False, True
    for raw in text.split("\n"):
        line = raw.strip().lstrip(">").strip()
        if line.startswith("#"):
            blocks.append(_Block(line.lstrip("#").strip(), False, blank, heading=True))
            open_block, blank = False, False
            continue
        if not line or line.startswith("|"):
            open_block, blank = False, blank or not line
            continue
        bullet = _BULLET.match(line)
        if bullet:
            blocks.append(_Block(line[bullet.end():], True, blank))
        elif open_block and _continues(blocks[-1].text, line):
            blocks[-1].text += " " + line
        else:
            blocks.append(_Block(line, False, blank))
        open_block, blank = True, False
    return blocks


def _continues(previous: str, line: str) -> bool:
    if re.search(r"[.!?:;][\"'”’)]*$", previous) or _identifier_line(previous) or _identifier_line(line):
        return False
    return line[0].islower() or (len(previous) >= _WRAP_CHARS and not _is_heading(previous))


def _identifier_line(line: str) -> bool:
    return any(p.search(line) for p in (_URL, _DOI, _PMID, _NCT)) and _only_identifiers(line)


def _sentences(block: str) -> list[str]:
    """Split at . ! ? followed by a capital, digit or identifier, except
    after abbreviations and initials (e.g., et al., vs., Dr., U.S.). A
    lowercase start splits too ("trkB rose", a tweet's "not for everyone")
    unless an abbreviation or an ellipsis comes before it. Decimals such as
    1.4-fold have no space after the point, so never split; nor inside a
    quotation that closes further on. A verbless scrap too short to be a
    claim ("Between 2-10 hours.") stays with the sentence before it."""
    sentences, start = [], 0
    for m in _BOUNDARY.finditer(block):
        word = block[:m.start() + 1].rsplit(None, 1)[-1].lstrip("(\"'“‘[").lower()
        if word in _ABBREVIATIONS or _INITIALS.fullmatch(word) or _inside_quotation(block, m.end()):
            continue
        starts_lower = re.match(r"[\"'“‘(\[]?[a-z]", block[m.end():])
        if starts_lower and (word in _SOFT_ABBREVIATIONS or m.group().startswith("..")
                             or not re.fullmatch(r"[^\W_]{2,}[.!?]", word)):
            continue
        sentences.append(block[start:m.end()].strip())
        start = m.end()
    sentences.append(block[start:].strip())
    merged: list[str] = []
    for sentence in filter(None, sentences):
        if (merged and len(sentence) < MIN_CLAIM_CHARS and not _VERBISH.search(sentence)
                and not _identifier_line(sentence) and not sentence.endswith("?")):  # "Anyone else?" asks
            merged[-1] += " " + sentence
        else:
            merged.append(sentence)
    return merged


def _inside_quotation(block: str, at: int) -> bool:
    """A double quotation opened before `at` closes within a claim's length after it."""
    before, after = block[:at], block[at:at + MAX_CLAIM_CHARS]
    return (before.count('"') % 2 == 1 and '"' in after
            or before.count("“") > before.count("”") and "”" in after)


def _is_heading(line: str) -> bool:
    """A line of up to 12 words that does not end a sentence and is under five
    words, a lead-in ending in a colon, mostly Capitalised Words, or has
    nothing verb-like (a caption or figure legend). An unpunctuated line with
    a verb, as in a tweet ("this has been great for my focus"), stays."""
    words = line.split()
    if re.search(r"[.!][\"'”’)]*$", line) or len(words) > 12:
        return False
    lettered = [w.lstrip("(\"'“‘[") for w in words
                if re.search(r"[^\W\d_]", w) and w.lower() not in _SMALL_WORDS]
    capitalised = sum(w[:1].isupper() for w in lettered)
    return (len(words) < 5 or line.endswith(":") or capitalised * 3 >= len(lettered) * 2
            or not _VERBISH.search(line))


def _unquote(sentence: str) -> str:
    sentence = sentence.strip()
    m = re.fullmatch(r"(.)(.*?)(.)([.!]?)", sentence, re.S)
    if m and _QUOTES.get(m.group(1)) == m.group(3) and m.group(3) not in m.group(2):
        return (m.group(2) + m.group(4)).strip()
    return sentence


def _only_identifiers(line: str) -> bool:
    """Fewer than three words once URLs, DOIs, PMIDs and NCT numbers are gone."""
    for pattern in (_URL, _DOI, _PMID, _NCT):
        line = pattern.sub(" ", line)
    return len(re.findall(r"[^\W\d_]{2,}", line)) < 3


def _citation(sentence: str) -> bool:
    """A journal line or a title-cased name with no verb: it says where something was printed,
    not what was found. Confirming its source never makes it a curated claim."""
    if _VERBISH.search(sentence):
        return False
    if _VOLUME.search(sentence) and len(re.findall(r"[^\W\d_]{3,}", _VOLUME.sub(" ", sentence))) < 8:
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", sentence) if w.lower() not in _SMALL_WORDS]
    return len(words) <= 12 and all(w[0].isupper() for w in words) and any(len(w) <= 2 for w in words)


def is_claim(sentence: str) -> bool:
    """Whether a statement is claim-sized and states something: not a question, disclaimer,
    navigation, figure legend, author list, journal line or bare identifier."""
    return not (len(sentence) < MIN_CLAIM_CHARS
                or _citation(sentence)
                or re.search(r"\?[\"'”’)]*$", sentence)  # a question asks, it does not claim
                or _BOILERPLATE.search(sentence)
                or _NAVIGATION.search(sentence)
                or _LEGEND.search(sentence)
                or _FILLER.search(sentence)
                or _AUTHORS.search(sentence)
                or _only_identifiers(sentence))


# --- tiers -------------------------------------------------------------------

def _rule(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


# Checked in order: the first rule that matches decides, unless its tier has a
# negated cue in the claim (see _NEGATION and _first_cue).
TIER_RULES: list[tuple[str, re.Pattern, str]] = [
    # people were the subjects: "110 patients", "healthy volunteers", "participants"
    ("human", _rule(r"\b(?:patients?|volunteers?|participants?)\b"), "people were studied"),
    # a design that only exists for people
    ("human", _rule(r"\b(?:clinical trials?|RCTs?|randomi[sz]ed|placebo[- ]controlled|double[- ]blind(?:ed)?"
                    r"|cohort|case (?:reports?|series)|p(?:a)?ediatric)\b"), "clinical study design"),
    # humans named as the population: "in humans", "200 people", "healthy male users", "women aged 40"
    ("human", _rule(r"\b(?:in humans|human (?:trials?|stud(?:y|ies)|subjects|volunteers|data)"
                    r"|(?:healthy|elderly) (?:\w+ )?(?:adults|people|men|women|subjects|users|males|females)"
                    r"|\d+ (?:people|adults|men|women|children|subjects)|(?:men|women) aged)\b"),
     "humans were the population"),
    # animals were the subjects: "Wistar rats", "mice", "test animals"
    ("preclinical", _rule(r"\b(?:rats?|mice|mouse|rodents?|murine|zebrafish|primates?|monkeys?|animals?"
                          r"|Wistar|Sprague[- ]Dawley)\b"), "animals were studied"),
    # a route of dosing almost only used in animal work: "0.6 mg/kg, i.p."
    ("preclinical", _rule(r"\b(?:intraperitoneal(?:ly)?|i\.p\.)(?!\w)"), "an animal dosing route"),
    # a disease made in the lab: "experimental focal ischemia", "MCAO"
    ("preclinical", _rule(r"\b(?:experimental (?:\w+ )?isch(?:a)?emia|middle cerebral artery occlusion|MCAO"
                          r"|induced (?:ischemia|stroke))\b"), "an animal disease model"),
    # cells or tissue in a dish
    ("preclinical", _rule(r"\b(?:in vitro|ex vivo|cell[- ]cultures?|cell lines?|cultured (?:neurons|cells)"
                          r"|primary cultures?|cell-based|in cells)\b"), "cells were studied"),
    # someone speaking for themselves: "I", "I've", "my", "me" (not "type I", "phase I")
    ("anecdote", re.compile(r"(?<![Tt]ype )(?<![Pp]hase )\bI\b|(?i:\b(?:my|me|myself)\b)"),
     "first-person account"),
    # experience retold: "users report", "a Redditor", "anecdotal", "self-reports", "one individual"
    ("anecdote", _rule(r"\b(?:(?:users?|people|some) (?:report|claim|say)\w*|redditors?|anecdot\w*"
                       r"|(?:self|subjective)[- ]report\w*|biohackers?|one (?:individual|person|user))\b"),
     "reported experience"),
]

# A negation at most two words before a cue cancels it: "no Western RCTs",
# "none were placebo-controlled", "lack of clinical trials", "missing: RCTs".
# Further back it usually negates the result, not the evidence: "did not
# improve memory in healthy volunteers" is still a human finding. "None of the
# animals died" counts animals that existed, so "none of" is no negation.
_NEGATION = re.compile(r"(?:\b(?:no|not|never|without|lacks?|lacking|absence|missing)|\bnone(?! of)|n['’]t"
                       r"|\black(?:s|ing)?(?:\s+[\w-]+){0,3}?\s+of):?(?:\s+[\w'’-]+){0,2}\s*$", re.I)


def _cue(claim: str) -> tuple[str, str] | None:
    """(tier, reason) from the claim's own words, or None if it has no cue.

    The main text is read before parentheses, which hold asides: "rats were
    measured ... (a bit like dancing in humans)" is about rats.
    """
    main = re.sub(r"\([^()]*\)", " ", claim)
    return _first_cue(main) or (_first_cue(claim) if main != claim else None)


def _first_cue(text: str) -> tuple[str, str] | None:
    """The first rule, in table order, that matches. A tier whose first cue
    in the text is negated is out: "What's missing: Western RCTs ... in
    healthy people" is not human evidence, while "All three clinical trials
    were done in Russia but none were placebo-controlled" is."""
    matches = [(tier, why, m) for tier, pattern, why in TIER_RULES for m in pattern.finditer(text)]
    first: dict[str, re.Match] = {}
    for tier, _, m in matches:
        if tier not in first or m.start() < first[tier].start():
            first[tier] = m
    negated = {tier for tier, m in first.items() if _NEGATION.search(text, 0, m.start())}
    return next(((tier, f'{why}: "{m.group()}"') for tier, why, m in matches if tier not in negated), None)


def _source_tier(source_kind: str) -> tuple[str, str]:
    if source_kind not in SOURCE_TIERS:
        raise ValueError(f"unknown source kind {source_kind!r}")
    tier = SOURCE_TIERS[source_kind]
    return tier, f"no cue of its own; a {source_kind} source counts as {tier}"


def tier_for(claim: str, source_kind: str) -> tuple[str, str]:
    """(tier, reason) for one claim on its own.

    A post on Reddit, X, YouTube or Instagram is always an anecdote, even when
    it mentions "a study in rats": a retold study is still someone's retelling,
    and the study itself should be pasted to be tiered. Otherwise the claim's
    own cue decides, and without one the source kind does.
    """
    if source_kind in SOCIAL_KINDS:
        return "anecdote", f"posted on {_PLATFORMS[source_kind]}: a retelling counts as an anecdote"
    return _cue(claim) or _source_tier(source_kind)


def tier_claims(claims: list[str], source_kind: str) -> list[tuple[str, str, str]]:
    """(claim, tier, reason) for each claim.

    In a paste about one piece of research, a claim without a cue of its own
    inherits the paste's dominant cue: in a rat-study abstract "BDNF rose
    1.4-fold" is about the rats. That holds for a study, and for a web page or
    paste of up to ABSTRACT_CLAIMS claims; a long article mixes patients, rats
    and asides, so its generic sentences take the source's tier instead.
    """
    if source_kind in SOCIAL_KINDS:
        return [(claim, *tier_for(claim, source_kind)) for claim in claims]
    cues = [_cue(claim) for claim in claims]
    if source_kind == "study" or len(claims) <= ABSTRACT_CLAIMS:
        fallback = _dominant([cue[0] for cue in cues if cue], source_kind)
    else:
        fallback = _source_tier(source_kind)
    return [(claim, *(cue or fallback)) for claim, cue in zip(claims, cues)]


def _dominant(cued_tiers: list[str], source_kind: str) -> tuple[str, str]:
    """The most frequent tier among cued claims; on a tie, or with none, the source's."""
    ranked = Counter(cued_tiers).most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return _source_tier(source_kind)
    tier, count = ranked[0]
    return tier, f"no cue of its own; {count} of {len(cued_tiers)} cued claims in this paste are {tier}"


def tier_paste(text: str, source_kind: str, tick=None) -> list[tuple[str, str, str]]:
    """(claim, tier, reason) for a normalised paste: split_claims then
    tier_claims, plus what only the layout shows. What follows a lead-in that
    introduces someone's account ("A Redditor articulated why ...:"), up to
    the next blank line or heading, and a section under a heading such as
    "What Users Report" or "My Experience", is that account: an anecdote,
    even where it mentions clinical trials.
    """
    statements = _statements(text, tick)
    own = iter(tier_claims([claim for claim, retold in statements if not retold], source_kind))
    return [(claim, "anecdote", f"someone's account, {retold}") if retold else next(own)
            for claim, retold in statements]


# --- de-duplication ----------------------------------------------------------

def fingerprint(text: str) -> str:
    """sha256 hex of the text casefolded, NFKC-normalised and reduced to
    words separated by single spaces, so case, spacing and punctuation
    differences give the same key."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return hashlib.sha256(" ".join(re.sub(r"[\W_]+", " ", folded).split()).encode("utf-8")).hexdigest()
