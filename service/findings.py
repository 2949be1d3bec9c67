"""Which way a claim's finding points, read from its outcome words (`vocabulary.FINDS_BENEFIT`,
`FINDS_HARM`, `NULL_FINDING`): what a reply's bottom line says of the evidence, and what
matching holds against a claim that answers the opposite of what was asked ("can it cause
mania" is not answered by a finding that something improved)."""
import functools
import re

from .vocabulary import DENIED, FINDS_BENEFIT, FINDS_HARM, NULL_FINDING, UNTESTED


@functools.lru_cache(maxsize=16384)
def reports(text: str) -> tuple[bool, bool, bool]:
    """(reports a benefit, reports a harm, reports no effect): kept per claim text, which every
    answer it matches reads again."""
    lowered = text.lower()
    harms = (m for m in re.finditer(FINDS_HARM, lowered) if not re.search(DENIED, lowered[:m.start()]))
    outcome = bool(re.search(FINDS_BENEFIT, lowered)) and not re.search(UNTESTED, lowered)
    null = outcome and bool(re.search(NULL_FINDING, lowered))
    return outcome and not null, next(harms, None) is not None, null
