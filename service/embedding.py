"""The static embedding model, behind a tiny interface (`embed`, `to_blob`, `from_blob`).

WordLlama (l2_supercat, 256 dimensions) ships its weights and tokenizer inside its
wheel, so nothing is downloaded at run time. `WordLlama.load()` looks for the
tokenizer under a folder name the wheel does not use; pointing `cache_dir` at the
package folder (which holds `weights/` and `tokenizers/`) finds both, and
`disable_download` makes a missing file an error instead of a network call.

Vectors are L2-normalised float32, so a dot product is the cosine similarity.
Swapping the model is this one file; `MODEL` is stored beside every vector so a
different model forces a rebuild rather than mixing vectors.
"""
import functools
import os
from pathlib import Path

import numpy as np

MODEL = "wordllama/l2_supercat/256"
DIMENSIONS = 256


@functools.cache
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import wordllama
    from wordllama import WordLlama
    return WordLlama.load(config="l2_supercat", dim=DIMENSIONS, cache_dir=Path(wordllama.__file__).parent,
                          disable_download=True)


def embed(texts: list[str]) -> np.ndarray:
    """One unit vector per text, as rows of a (len(texts), DIMENSIONS) float32 matrix."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = np.asarray(_model().embed(list(texts), norm=True), dtype=np.float32)
    return np.nan_to_num(vectors)  # a text with no known token embeds as zeros, not NaN


_WORDS_KEPT = 16384
_word_vectors: dict[str, np.ndarray] = {}


def embed_words(words: list[str]) -> np.ndarray:
    """`embed` of single words, each embedded once per process (the words of questions recur
    from one to the next: "sleep", "safe", "anxiety"); those not yet seen are embedded together.
    At most _WORDS_KEPT words are kept (about 16 MB): past that the store starts again. The rows
    returned are those read or embedded here, whatever another thread does to the store meanwhile."""
    if not words:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    found = {w: _word_vectors.get(w) for w in words}
    missing = [w for w, vector in found.items() if vector is None]
    if missing:
        found.update(zip(missing, embed(missing)))
        if len(_word_vectors) + len(missing) > _WORDS_KEPT:
            _word_vectors.clear()
        _word_vectors.update((w, found[w]) for w in missing)
    return np.vstack([found[w] for w in words])


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_blobs(blobs: list[bytes]) -> np.ndarray:
    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype="<f4").reshape(len(blobs), DIMENSIONS)


@functools.lru_cache(maxsize=65536)
def first_piece(word: str) -> str:
    """The first of the pieces the model's tokenizer cuts `word` into ("autism": "aut" of "aut" "ism")."""
    pieces = _model().tokenizer.encode(word, add_special_tokens=False).tokens
    return pieces[0] if pieces else ""
