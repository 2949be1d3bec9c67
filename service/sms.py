"""Fit replies into SMS segments (and WhatsApp's length cap).

Why this module exists: Twilio bills SMS per *segment*, not per message.

* A message written entirely in the GSM 03.38 7-bit alphabet ("GSM-7") fits
  160 septets in one segment; once it is longer, each segment carries a
  User Data Header and only 153 septets fit.
* A single character outside GSM-7 (an emoji, a curly quote, "μ", "·") switches
  the *whole* message to UCS-2: 70 UTF-16 code units in one segment, 67 per
  segment once it is split.  One stray "’" can thus more than double the cost.

So replies are transliterated to GSM-7 first (``to_gsm7``) and then trimmed at
a line or word boundary to at most ``SMS_MAX_SEGMENTS`` segments (``fit``).
Doing the transliteration ourselves (rather than relying on a carrier's
"smart encoding") keeps what we store in the ledger identical to what was sent.

Pure functions, standard library only.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable

__all__ = [
    "GSM7_BASIC",
    "GSM7_EXTENDED",
    "SMS_MAX_SEGMENTS",
    "SMS_MAX_CHARS",
    "WHATSAPP_MAX_CHARS",
    "is_gsm7",
    "septets",
    "to_gsm7",
    "segments",
    "fit",
    "fit_whatsapp",
]

# GSM 03.38 default alphabet, in table order (0x00-0x7F; 0x1B is the escape).
GSM7_BASIC: frozenset[str] = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: each is sent as ESC + char, so it costs 2 septets.
GSM7_EXTENDED: frozenset[str] = frozenset("^{}\\[~]|€")
_GSM7 = GSM7_BASIC | GSM7_EXTENDED

# The same sets as single regexes, so a reply is checked and counted in C rather than one
# character at a time in Python: the composer counts many candidate replies per answer.
_NON_GSM7 = re.compile("[^" + "".join(sorted(map(re.escape, _GSM7))) + "]")
_EXTENDED_CHARS = re.compile("[" + "".join(sorted(map(re.escape, GSM7_EXTENDED))) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 code units each

SMS_MAX_SEGMENTS = 3
SMS_MAX_CHARS = 459  # 3 * 153 septets: three concatenated GSM-7 segments
WHATSAPP_MAX_CHARS = 1600  # Twilio's body limit for WhatsApp messages

_GSM7_SINGLE, _GSM7_MULTI = 160, 153  # septets per segment
_UCS2_SINGLE, _UCS2_MULTI = 70, 67  # UTF-16 code units per segment
_ELLIPSIS = "..."

# Explicit replacements, applied before the generic NFKD fallback.  These are
# the characters that typically leak in from generated or pasted text.
_REPLACEMENTS: dict[str, str] = {
    # dashes and separators
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u00b7": "-", "\u2022": "-", "\u2027": "-",
    "\u2043": "-", "\u2219": "-",
    # quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2039": "'", "\u203a": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    # symbols common in evidence summaries
    "\u2026": "...", "\u03bc": "u", "\u00b5": "u", "\u00d7": "x",
    "\u2265": ">=", "\u2264": "<=", "\u2260": "!=", "\u00b1": "+/-",
    "\u00f7": "/", "\u2044": "/", "\u2192": "->", "\u2190": "<-",
    "\u2194": "<->", "\u21d2": "=>", "\u2248": "~", "\u00a9": "(c)",
    "\u00ae": "(R)",
    # letters NFKD does not decompose
    "\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D",
    "\u0153": "oe", "\u0152": "OE", "\u0131": "i",
    # whitespace that is not GSM-7
    "\t": " ", "\u2028": "\n", "\u2029": "\n",
}

_DROPPED = "\x00"  # placeholder for characters we could not encode
# A run of spaces/placeholders containing at least one placeholder.
_DROP_RUN = re.compile(r"[ \x00]*\x00[ \x00]*")


def is_gsm7(text: str) -> bool:
    """True if every character can be sent in the GSM-7 alphabet (incl. the
    extension table) -- i.e. the message will not fall back to UCS-2."""
    return _NON_GSM7.search(text) is None


def septets(text: str) -> int:
    """Length of ``text`` in GSM-7 septets: extension-table chars cost 2.

    Only meaningful for GSM-7 text; any other character is counted as 1
    (such text is really sent as UCS-2 -- see ``segments``)."""
    return len(text) + len(_EXTENDED_CHARS.findall(text))


@functools.lru_cache(maxsize=4096)
def _to_gsm7_char(ch: str) -> str:
    """GSM-7 replacement for one character; ``_DROPPED`` if there is none."""
    if ch in _GSM7:
        return ch
    if ch in _REPLACEMENTS:
        return _REPLACEMENTS[ch]
    if unicodedata.category(ch) == "Zs":  # NBSP, thin space, em space, ...
        return " "
    # Accented letters (á, ō, ç, ...) and compatibility forms (ﬁ, ², Ａ):
    # decompose and keep the encodable parts, dropping combining marks.
    base = "".join(
        _REPLACEMENTS.get(c, c)
        for c in unicodedata.normalize("NFKD", ch)
        if c in _GSM7 or c in _REPLACEMENTS
    )
    return base or _DROPPED


def _squeeze_drop(match: re.Match[str]) -> str:
    """Replace a run of dropped chars (and the spaces around them) with at most
    one space, and with none at the edge of the text or of a line, so that
    "ok 👍 thanks" -> "ok thanks" and "done 👍" -> "done"."""
    text, start, end = match.string, match.start(), match.end()
    at_edge = (
        start == 0
        or end == len(text)
        or text[start - 1] == "\n"
        or text[end] in "\r\n"
    )
    if at_edge or " " not in match.group():
        return ""
    return " "


def to_gsm7(text: str) -> str:
    """Transliterate ``text`` so that ``is_gsm7(result)`` holds.

    Typographic punctuation becomes ASCII ("—" -> "-", "’" -> "'", "…" -> "...",
    "·" -> "-", "μg" -> "ug", "≥" -> ">="), accented letters that GSM-7 lacks
    lose their accents (via NFKD), and whatever is still unencodable (emoji,
    CJK, control chars) is dropped, collapsing the doubled space it leaves.
    Spacing elsewhere in the text is left alone."""
    out = _NON_GSM7.sub(lambda m: _to_gsm7_char(m.group()), text)
    if _DROPPED in out:
        out = _DROP_RUN.sub(_squeeze_drop, out)
    return out


def _count_segments(text: str, wide: re.Pattern, single: int, multi: int) -> int:
    """Segments needed for ``text``, whose characters cost 1 except those ``wide`` finds, which
    cost 2 (an ESC pair or a UTF-16 surrogate pair) and are never split across two segments.

    Walks from one 2-cost character to the next, filling the segments with the 1-cost runs
    between them arithmetically: the same greedy fill as one character at a time, in C."""
    doubles = [m.start() for m in wide.finditer(text)]
    total = len(text) + len(doubles)
    if total <= single:
        return 1
    if not doubles:
        return -(-total // multi)
    count, used, prev = 1, 0, 0
    for pos in [*doubles, len(text)]:
        used += pos - prev  # the 1-cost characters before this one
        if used > multi:
            count, used = count + (used - 1) // multi, (used - 1) % multi + 1
        if pos == len(text):
            break
        if used + 2 > multi:
            count, used = count + 1, 0
        used, prev = used + 2, pos + 1
    return count


def segments(text: str) -> int:
    """Number of SMS segments Twilio will bill for ``text``.

    GSM-7: 1 segment up to 160 septets, otherwise 153 septets per segment.
    UCS-2 (any non-GSM-7 char): 1 up to 70 UTF-16 units, otherwise 67 each.
    This is ceil(length / 153) (or / 67) except that a 2-septet extension char
    or a 2-unit surrogate pair is never split across segments, which can add
    one segment.  Empty text counts as 1: a (blank) message is still sent."""
    if is_gsm7(text):
        return _count_segments(text, _EXTENDED_CHARS, _GSM7_SINGLE, _GSM7_MULTI)
    return _count_segments(text, _ASTRAL, _UCS2_SINGLE, _UCS2_MULTI)


def _truncate(text: str, fits: Callable[[str], bool]) -> str:
    """Longest readable cut of ``text`` ending in "..." that ``fits``.

    Prefers a line boundary (whole lines read best), unless that would throw
    away more than half of what fits; then a word boundary; and only when the
    text has no whitespace at all (e.g. one huge URL) a hard cut.  ``fits``
    must be monotonic: if a string fits, so does each of its prefixes."""
    # Binary search for the longest prefix that fits together with "...".
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(text[:mid] + _ELLIPSIS):
            lo = mid
        else:
            hi = mid - 1
    limit = lo

    head = text[:limit]
    line_end = head.rfind("\n")
    if line_end >= limit // 2:
        head = head[:line_end]
    elif limit < len(text) and not text[limit].isspace():
        # The cut falls inside a word: back up to the last whitespace.
        space = max(head.rfind(" "), head.rfind("\n"))
        if space > 0:
            head = head[:space]
    head = head.rstrip(" \t\r\n,;:-")
    return head + _ELLIPSIS


def fit(text: str, max_segments: int = SMS_MAX_SEGMENTS) -> str:
    """GSM-7 version of ``text`` that costs at most ``max_segments`` segments.

    Transliterates with ``to_gsm7`` (so the message never silently becomes
    UCS-2 and 2-3x as expensive), then, if still too long, cuts at a line
    boundary, else at a word boundary, and appends "...".  Never cuts inside
    a word unless the text has no whitespace to cut at."""
    if max_segments < 1:
        raise ValueError("max_segments must be >= 1")
    gsm = to_gsm7(text)
    if segments(gsm) <= max_segments:
        return gsm
    return _truncate(gsm, lambda s: segments(s) <= max_segments)


def fit_whatsapp(text: str) -> str:
    """``text`` cut to at most ``WHATSAPP_MAX_CHARS`` characters.

    WhatsApp is not billed per segment and renders unicode, so nothing is
    transliterated; only Twilio's 1600-character body limit applies.  Cuts at
    a line boundary (else a word boundary) and appends "..." when cut."""
    if len(text) <= WHATSAPP_MAX_CHARS:
        return text
    return _truncate(text, lambda s: len(s) <= WHATSAPP_MAX_CHARS)
