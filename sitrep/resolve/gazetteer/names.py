"""Name keys for gazetteer lookups: an exact folded key and a transliteration-tolerant skeleton.

The folded key makes "Ma‘arrat an-Nu‘mān" and "maarrat an numan" one key. The skeleton goes
further for Arabic, Kurdish and Persian names written in several romanisations ("Deir ez-Zor",
"Dayr az Zawr", "Deir al-Zour"): it drops the article, vowels and doubled letters, so the
spellings meet in one index row; rapidfuzz then keeps only close spellings among what it finds.
"""

from __future__ import annotations

import re

from anyascii import anyascii
from rapidfuzz import fuzz

# The Arabic article in its assimilated forms ("ad-", "an-", "ash-") and a few common particles.
ARTICLES = frozenset(
    "al el ad ed an en ar er as es ash esh at et az ez ath adh ul ud ut us ur".split()
)
_QUOTES = re.compile(r"['`\u2018\u2019\u02bb\u02bc\u02be\u02bf]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"),
             ("ph", "f"), ("q", "k"), ("c", "k"), ("j", "g"), ("z", "s"))
_VOWELISH = re.compile(r"[aeiouyw]")
_REPEATS = re.compile(r"(.)\1+")

# A name must be this similar (rapidfuzz ratio, 0-100) to a query that met it only by skeleton.
FUZZY_MIN = 82.0


def fold(name: str) -> str:
    """Lower-case ASCII words: transliterated, quotes dropped, other punctuation as spaces."""
    ascii_name = anyascii(name).lower()
    ascii_name = _QUOTES.sub("", ascii_name)
    return " ".join(_NON_ALNUM.sub(" ", ascii_name).split())


def skeleton(key: str) -> str:
    """The consonant skeleton of a folded key; empty when too little is left to be telling."""
    words = [word for word in key.split() if word not in ARTICLES] or key.split()
    parts = []
    for word in words:
        for old, new in _DIGRAPHS:
            word = word.replace(old, new)
        # The first letter stays: "Idlib"/"Edlib" differ there, but "Homs"/"Hums" do not.
        word = word[:1].replace("e", "i") + _VOWELISH.sub("", word[1:])
        parts.append(_REPEATS.sub(r"\1", word))
    result = "".join(parts)
    return result if len(result) >= 3 else ""


def similarity(query: str, name: str) -> float:
    return fuzz.ratio(query, name)


def is_latin(name: str) -> bool:
    """True for names written in Latin script (with diacritics): other scripts transliterate
    poorly ("إدلب" -> "'dlb") and would only add noise to the index."""
    return all(ord(ch) < 0x250 or ch in "\u2018\u2019\u02bb\u02bc\u02be\u02bf" for ch in name)


def usable_alternate(name: str) -> bool:
    """Alternate names worth indexing: Latin script, not a code ("DAM", "SY-13") or a link."""
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name) or "/" in name:
        return False
    if len(name) <= 4 and name.isupper():
        return False
    return is_latin(name)
