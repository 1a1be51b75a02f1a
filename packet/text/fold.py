"""Folding text for comparison: lower case, no accents, one space; OCR's digits read back as
the letters they stand for inside words."""

from __future__ import annotations

import re
import unicodedata

# What OCR reads for letters inside a word: "0F" for "OF", "B1RTH" for "BIRTH".
_OCR_DIGITS = str.maketrans({"0": "o", "1": "i", "5": "s", "8": "b"})


def fold(text: str) -> str:
    """Lower case, accents removed, runs of white space made one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = decomposed if decomposed.isascii() else without_accents(decomposed)
    return re.sub(r"\s+", " ", plain.lower()).strip()


class _CombiningMarks(dict[int, int | None]):
    """A str.translate table that drops combining marks (accents), filled in as characters
    are first met: translate runs in C, a test per character would run in Python."""

    def __missing__(self, code: int) -> int | None:
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_ACCENTS = _CombiningMarks()


def without_accents(decomposed: str) -> str:
    """A decomposed (NFKD) text without its combining marks."""
    return decomposed.translate(_ACCENTS)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def read_words(text: str) -> list[str]:
    """The words as they were meant: OCR's digits inside words turned back into letters."""
    return [_unmistake(w) for w in words(text)]


def _unmistake(word: str) -> str:
    """A word OCR spelled with digits among letters ("b1rth") back to letters."""
    if word.isdigit() or not any(c.isdigit() for c in word) or sum(c.isalpha() for c in word) < 2:
        return word
    return word.translate(_OCR_DIGITS)


def reading_text(text: str) -> str:
    """The folded text with OCR's digit-for-letter mistakes undone: what phrases are sought in."""
    return " ".join(read_words(text))
