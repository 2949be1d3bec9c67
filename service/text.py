"""Word stems, shared by the search index and matching so both read words alike."""
import functools

import snowballstemmer
from breame.spelling import BRITISH_ENGLISH_SPELLINGS

_stemmer = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem: "sleeping" and "sleeps" are "sleep"."""
    return _stemmer.stemWord(word)


# Prefixes studies join to a word people use alone: an "antidepressant" effect is about
# depression, a "neuroprotective" one about protecting.
PREFIXES = ("anti", "neuro")


def american(word: str) -> str:
    """The American spelling of a British one ("anaemia": "anemia", "diarrhoea": "diarrhea"; breame's
    list), else the word: claims written in British English answer questions typed in American."""
    return BRITISH_ENGLISH_SPELLINGS.get(word, word)


def stems_held(word: str) -> tuple[str, ...]:
    """The stems a claim's word holds: its own, its American spelling's, and that of what follows a
    prefix (`PREFIXES`)."""
    return tuple(dict.fromkeys((stem(word), stem(american(word))) + tuple(
        stem(word[len(p):]) for p in PREFIXES if word.startswith(p) and len(word) - len(p) >= 5)))
