"""Finding a rule's phrase in a text as OCR read it, tolerating a slip or two in long phrases."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from packet.text.fold import words


def contains_phrase(folded_text: str, phrase: str) -> bool:
    return find_phrase(folded_text, phrase, fuzzy=False) is not None


@dataclass(frozen=True)
class PhraseHit:
    phrase: str
    start: int
    seen: str  # the text as read, which differs from the phrase when OCR garbled it


def find_phrase(read: str, phrase: str, fuzzy: bool = True) -> PhraseHit | None:
    """Where `phrase` stands in `read` (see ``reading_text``), tolerating an OCR slip or two.

    Short phrases must match exactly ("irs", "ged"), since one wrong letter makes another word;
    a phrase of 12 characters or more may differ by one letter in ten, counted over whole words
    ("birth record" is not found in "birth recorded").
    """
    wanted, pattern = _phrase_pattern(phrase)
    if not wanted:
        return None
    exact = pattern.search(read)
    if exact:
        return PhraseHit(phrase, exact.start(), exact.group())
    if not fuzzy or len(wanted) < 12:
        return None
    found = fuzz.partial_ratio_alignment(wanted, read, score_cutoff=88)
    if found is None:
        return None
    start, end = _snap_to_words(read, wanted, found.dest_start, found.dest_end)
    seen = read[start:end].strip()
    # the words read must spell the phrase, or "tenant" would be found in "lieutenant"
    if seen[:1] != wanted[:1] or Levenshtein.distance(wanted, seen) > len(wanted) // 10:
        return None
    return PhraseHit(phrase, start, seen)


@functools.lru_cache(maxsize=8192)
def _phrase_pattern(phrase: str) -> tuple[str, re.Pattern[str]]:
    wanted = " ".join(words(phrase))
    return wanted, re.compile(r"(?<![a-z0-9])" + re.escape(wanted) + r"(?![a-z0-9])")


def _snap_to_words(read: str, wanted: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span of `read` to whole words (the alignment may cut a garbled word short),
    ending it where it best spells `wanted`."""
    while start > 0 and read[start - 1] != " ":
        start -= 1
    shorter = read.rfind(" ", start, end + 1)
    longer = read.find(" ", end)
    ends = {e for e in (shorter, len(read) if longer < 0 else longer) if e > start} or {end}
    best = max(ends, key=lambda e: fuzz.ratio(wanted, read[start:e].strip()))
    return start, best
