"""Finding a rule's phrase in a text as OCR read it, tolerating a slip or two in long phrases."""

from __future__ import annotations

import functools
import itertools
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
    wanted = _wanted(phrase)
    if not wanted:
        return None
    exact = _whole_words_at(read, wanted)
    if exact >= 0:
        return PhraseHit(phrase, exact, wanted)
    if not fuzzy or len(wanted) < 12 or not _could_be_near(read, wanted):
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


def _could_be_near(read: str, wanted: str) -> bool:
    """Whether ``read`` could hold ``wanted`` with the slips ``find_phrase`` forgives (one in
    ten letters). Cut into one piece more than the slips allowed, the phrase keeps at least one
    piece whole wherever it stands so read, so a text holding none of them cannot hold the
    phrase: most texts are ruled out with a few ``str.find``s instead of an alignment."""
    return any(piece in read for piece in _pieces(wanted))


@functools.lru_cache(maxsize=8192)
def _pieces(wanted: str) -> tuple[str, ...]:
    count = len(wanted) // 10 + 1
    cuts = [round(i * len(wanted) / count) for i in range(count + 1)]
    return tuple(wanted[a:b] for a, b in itertools.pairwise(cuts))


@functools.lru_cache(maxsize=8192)
def _wanted(phrase: str) -> str:
    return " ".join(words(phrase))


_WORD_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _whole_words_at(read: str, wanted: str) -> int:
    """Where ``wanted`` first stands in ``read`` as whole words, or -1. str.find, not a regex:
    a pattern that opens with a look-behind is tried at every position of the text, and
    classify looks for a thousand phrases in every document."""
    start = read.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        if (start == 0 or read[start - 1] not in _WORD_CHARACTERS) and (
            end == len(read) or read[end] not in _WORD_CHARACTERS
        ):
            return start
        start = read.find(wanted, start + 1)
    return -1


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
