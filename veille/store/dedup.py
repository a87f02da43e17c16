"""Near-duplicate articles: MinHash signatures of word 5-grams, banded for look-up in the store.

The same dispatch republished, re-headlined, reordered or cut short shares most of its 5-grams with
the original (5-grams stay within a paragraph, so moving paragraphs keeps them). Two articles are
near-duplicates when the shorter one is mostly contained in the other: the containment is derived
from the MinHash estimate of their Jaccard similarity and their sizes.
Articles on the same topic written separately share few 5-grams and are not merged (they may form a
story, see ``veille.corpus.stories``).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
# 64 bands of 2 rows: a pair with Jaccard 0.3 (a copy cut to a third) is a candidate 99.7% of the
# time; unrelated articles (Jaccard < 0.01) almost never are, and candidates are checked anyway
BANDS, ROWS = 64, 2
SHINGLE = 5
SEED = 1
# a text this contained in another (share of its 5-grams) is a copy of it; an updated dispatch
# (a new toll, an added paragraph) shares less and is kept as an article of its own
CONTAINMENT = 0.85
# below this many 5-grams a text is too short to compare: only exact copies are detected
MIN_SHINGLES = 8

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without accents: 'Mossoul, État' -> 'mossoul, etat'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_words(name: str) -> list[str]:
    """The folded words of a name that search matches on: 'Jean-Yves Le Drian' -> jean, yves, le, drian."""
    return re.findall(r"\w{2,}", fold(name))


def shingles(text: str) -> set[bytes]:
    """Word 5-grams of each paragraph (they do not cross paragraphs, so moving a paragraph keeps them)."""
    grams: set[bytes] = set()
    for paragraph in fold(text).split("\n"):
        words = _WORD.findall(paragraph)
        if 0 < len(words) < SHINGLE:
            grams.add(" ".join(words).encode())
        grams.update(" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1))
    return grams


@dataclass
class Fingerprint:
    """An article's MinHash signature and its number of distinct 5-grams."""

    signature: np.ndarray
    size: int

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        grams = shingles(text)
        m = MinHash(num_perm=NUM_PERM, seed=SEED)
        m.update_batch(list(grams))
        return cls(m.hashvalues.astype(np.uint64), len(grams))

    @classmethod
    def from_blob(cls, blob: bytes, size: int) -> Fingerprint:
        return cls(np.frombuffer(blob, dtype=np.uint64), size)

    def blob(self) -> bytes:
        return self.signature.tobytes()

    def buckets(self) -> list[tuple[int, int]]:
        """(band, bucket) keys: two signatures that agree on any band meet in that band's bucket."""
        keys = []
        for band in range(BANDS):
            part = self.signature[band * ROWS:(band + 1) * ROWS].tobytes()
            digest = hashlib.blake2b(part, digest_size=8).digest()
            keys.append((band, int.from_bytes(digest, "big", signed=True)))
        return keys

    def jaccard(self, other: Fingerprint) -> float:
        return float(np.count_nonzero(self.signature == other.signature)) / NUM_PERM

    def containment(self, other: Fingerprint) -> float:
        """Estimated share of the smaller text's 5-grams found in the other."""
        j = self.jaccard(other)
        if not self.size or not other.size:
            return 0.0
        shared = j * (self.size + other.size) / (1 + j)
        return min(1.0, shared / min(self.size, other.size))

    def copies(self, other: Fingerprint) -> bool:
        if min(self.size, other.size) < MIN_SHINGLES:
            return bool(np.array_equal(self.signature, other.signature))
        return self.containment(other) >= CONTAINMENT
