"""Word stems, shared by the search index and matching so both read words alike."""
import functools

import snowballstemmer

_stemmer = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem: "sleeping" and "sleeps" are "sleep"."""
    return _stemmer.stemWord(word)
