"""Word stems, shared by the search index and matching so both read words alike; and the
tests of what a claim's text says, kept per text."""
import functools
import re

import lemminflect
import snowballstemmer
from breame.spelling import BRITISH_ENGLISH_SPELLINGS
from spellchecker import SpellChecker

_stemmer = snowballstemmer.stemmer("english")
_porter = snowballstemmer.stemmer("porter")

# Words whose Snowball stem they share with words of another meaning, each kept a stem of its
# own: "tolerance" (an effect that fades) is not "well tolerated" (few side effects), and
# "dependence" is not "depends on the dose".
KEPT_APART = {"tolerance": "tolerance", "tolerances": "tolerance", "tolerant": "tolerance",
              "dependence": "dependence", "dependency": "dependence", "dependencies": "dependence",
              "dependent": "dependence"}


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem: "sleeping" and "sleeps" are "sleep" (but see `KEPT_APART`)."""
    return KEPT_APART.get(word) or _snowball(word)


@functools.lru_cache(maxsize=65536)
def _snowball(word: str) -> str:
    """Snowball's own stem, kept per word: `kept_apart` asks for it of a dozen word pairs a question."""
    return _stemmer.stemWord(word)


def kept_apart(word: str, other: str) -> bool:
    """Two words Snowball would stem alike that `KEPT_APART` parts ("tolerance", "tolerated")."""
    return stem(word) != stem(other) and _snowball(word) == _snowball(other)


@functools.lru_cache(maxsize=65536)
def full_text_stem(word: str) -> str:
    """The stem SQLite's FTS5 porter tokenizer gives the word (the original Porter algorithm, not
    Snowball's: "evening" is "even"), so what a full-text query will score can be counted."""
    return _porter.stemWord(word)


# Prefixes studies join to a word people use alone: an "antidepressant" effect is about
# depression, a "neuroprotective" one about protecting.
PREFIXES = ("anti", "neuro")


@functools.cache
def english() -> SpellChecker:
    """pyspellchecker's English words and their frequencies, loaded once a process."""
    return SpellChecker(distance=1)


@functools.lru_cache(maxsize=65536)
def american(word: str) -> str:
    """The American spelling of a British one ("anaemia": "anemia", "diarrhoea": "diarrhea"; breame's
    list), else the word: claims written in British English answer questions typed in American.
    A medical word breame does not list loses its British digraph when only the American spelling
    is English ("apnoea": "apnea", "oedema": "edema", "coeliac": "celiac")."""
    spelled = BRITISH_ENGLISH_SPELLINGS.get(word)
    if spelled:
        return spelled
    if ("ae" in word or "oe" in word) and not english().word_frequency[word]:
        plain = word.replace("ae", "e").replace("oe", "e")
        if english().word_frequency[plain]:
            return plain
    return word


# Irregular forms read as themselves: people ask about the metal, never about having "led to" something.
NOT_A_FORM = frozenset({"led"})


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of an irregular form ("slept": "sleep", "teeth": "tooth"; lemminflect's
    lexicon), which no stemmer reaches; else the word. A form that is also a word of its own
    ("felt", "found", "left") stays itself."""
    forms = {form for kind, forms in lemminflect.getAllLemmas(word).items() if kind in ("NOUN", "VERB")
             for form in forms}
    return forms.pop() if len(forms) == 1 and word not in forms and word not in NOT_A_FORM else word


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def names_a_class(held: str, word: str) -> bool:
    """Whether `held` is a plural of `word` behind a prefix (`PREFIXES`): "antidepressants" are
    medicines, which a question about depression does not ask about."""
    return _plural(held) and any(held.startswith(p) and stem(held[len(p):]) == stem(word) for p in PREFIXES)


def stems_held(word: str) -> tuple[str, ...]:
    """The stems a claim's word holds: its own, its dictionary form's (`lemma`), its American
    spelling's, and that of what follows a prefix (`PREFIXES`) unless the word is a plural: an
    "antidepressant" effect is about depression, "SSRI antidepressants" are medicines, and
    "antibodies" no body."""
    plural = _plural(word)
    return tuple(dict.fromkeys((stem(word), stem(lemma(word)), stem(american(word))) + tuple(
        stem(word[len(p):]) for p in PREFIXES if word.startswith(p) and len(word) - len(p) >= 5 and not plural)))


@functools.lru_cache(maxsize=16384)
def says(pattern: re.Pattern, text: str) -> bool:
    """Whether `text` holds `pattern`, kept per pattern and text: the same claims are candidates
    for question after question, and each is read by the same few tests every time."""
    return pattern.search(text) is not None
