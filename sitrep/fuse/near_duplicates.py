"""Near-duplicate articles (syndicated wire copy, small edits) by MinHash over word shingles.

The signature's permutations are split into LSH bands; two articles whose signatures agree on
every row of any band are candidates, then confirmed by the estimated Jaccard similarity. Band keys
are plain strings so that the store can index them: looking up a new article's candidates costs
one indexed query per band, whatever the size of the store.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs above ~0.5 Jaccard become candidates with high probability
ROWS = NUM_PERM // BANDS
SHINGLE = 5  # words
THRESHOLD = 0.6  # estimated Jaccard at which two articles are the same story

_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (NUM_PERM unsigned 64-bit values) of an article's text."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch(list(_shingles(text)))
    return minhash.hashvalues.copy()


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two articles' shingle sets."""
    return float(np.mean(first == second))


def band_keys(sig: np.ndarray) -> list[str]:
    """One key per LSH band: ``"<band>:<hash of the band's rows>"``."""
    keys = []
    for band in range(BANDS):
        rows = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(f"{band}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return keys


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype(np.uint64).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint64)
