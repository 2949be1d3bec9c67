"""Is a message written in another language? Decided only on enough text.

py3langid (a maintained, offline, deterministic n-gram classifier) names the language.
Short English is often misread ("is it safe" reads as Frisian, "hi" as Serbian), so a
message counts as foreign only when it has at least MIN_WORDS words besides topic names
and the classifier is at least MIN_CONFIDENCE sure it is another language. Over the 2,074
English questions in bench/questions the most confident misreading was 0.81 ("calcium in
nerve cells??" as Latin); "ayuda con la ansiedad" reads as Spanish at 0.86. Text mostly
in another script (Cyrillic, Han ...) needs no vote.

A message holding one of English's own small words ("with", "the", "does" ...) is English
whatever the vote: the classifier read "can i get hmb from food" as Nigerian Pidgin, and
"can my 10 yr old with adhd take it", once the words of topic names were left out, as Welsh.
The words are ones other languages written in Latin letters rarely use (not "de", "la", "in",
"is", "was", "will" or "an").
"""
import functools
import re
import unicodedata

from py3langid.langid import MODEL_FILE, LanguageIdentifier

MIN_WORDS = 3
MIN_CONFIDENCE = 0.85
ENGLISH_WORDS = frozenset("the it its does what how my with and you your are this that can get from be have"
                          " should would".split())


@functools.cache
def _identifier():
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def ready() -> None:
    """Load the classifier's model (about 0.45 s, decompressed from the package) before the
    workers fork, not on the first text that reaches the vote."""
    _identifier()


def _latin(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


def is_foreign(text: str, names: set = frozenset()) -> bool:
    """True when `text` is confidently not English; `names` (topic names) are left out of the vote."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 8 and sum(not _latin(ch) for ch in letters) > len(letters) / 2:
        return True
    words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in names]
    if len(words) < MIN_WORDS or ENGLISH_WORDS.intersection(words):
        return False
    language, confidence = _identifier().classify(" ".join(words))
    return language != "en" and confidence >= MIN_CONFIDENCE
