"""Duplicates: the same paper scanned twice (or the same file copied), found by its words.

Two scans of one paper differ only where OCR misread a letter; a different number or name makes
another paper, unless the page images show OCR misread it (a speck read as a digit, a 5 as a 6
on a scan at another resolution): pages that look alike (packet/likeness.py) and carry the same
ink (packet/ink.py) are one paper. Check reports each copy (``duplicate-document``) and the
pipeline files one of them (``left_out``). A missed duplicate costs a page, a false one costs
trust: when in doubt, two documents are two papers.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from packet import likeness
from packet.config import Config, DuplicateRule
from packet.records import Document
from packet.text.fold import fold, words


def duplicate_copies(documents: list[Document], config: Config) -> dict[str, str]:
    """Each copy of a paper found earlier → the document kept in its place.

    The copy kept is one already paired with a translation or set in case.yaml, else the first
    by file name, so the packet does not change with the order files were read in.
    """
    rule = config.requirements.duplicates
    ranked = sorted(
        documents,
        key=lambda d: (
            not (d.translation or d.translates or d.overridden),
            d.file,
            d.file_pages or (0, 0),
        ),
    )
    by_sha256: dict[str, Document] = {}
    # Only papers alike in type, subject and pages can be one paper, and only those with every
    # number alike or pages that look alike: so a year of pay stubs is not compared stub by stub.
    alike: dict[tuple[str, str, int], list[Document]] = defaultdict(list)
    copies: dict[str, str] = {}
    for d in ranked:
        group = alike[_paper_key(d)]
        original = by_sha256.get(d.paper) or next(
            (k for k in group if _may_be_one_paper(k, d) and same_paper(k, d, rule)), None
        )
        if original:
            copies[d.name] = original.name
        else:
            by_sha256[d.paper] = d
            group.append(d)
    return copies


def _paper_key(doc: Document) -> tuple[str, str, int]:
    return (doc.type, fold(doc.about or ""), doc.pages)


def _may_be_one_paper(a: Document, b: Document) -> bool:
    return _digits(_words(a.text)) == _digits(_words(b.text)) or _look_alike(a, b)


def _look_alike(a: Document, b: Document) -> bool:
    """Whether the two documents' page images have near perceptual hashes (normalize's)."""
    return likeness.look_alike(
        tuple(p.image_hash for p in a.normalized), tuple(p.image_hash for p in b.normalized)
    )


def _same_ink(a: Document, b: Document) -> bool:
    # OpenCV takes a third of a second to import: only a build that compares page images pays.
    from packet import ink

    return ink.same_ink(a.pdf, b.pdf)


def _digits(text_words: Sequence[str]) -> str:
    return re.sub(r"\D", "", "".join(text_words))


def left_out(copies: dict[str, str], documents: list[Document]) -> set[str]:
    """Files the packet leaves out: copies of a paper it already holds.

    A copy paired with a translation stays, or its translation would be filed alone.
    """
    by_name = {d.name: d for d in documents}
    return {c for c in copies if not (by_name[c].translation or by_name[c].translates)}


def same_paper(a: Document, b: Document, rule: DuplicateRule) -> bool:
    """Byte-identical, or two scans of one paper: the same words but for misread letters."""
    if a.paper == b.paper:
        return True
    if a.overridden or b.overridden:
        return False  # the representative said what each is: they are not one paper
    if (a.type, fold(a.about or ""), a.pages) != (b.type, fold(b.about or ""), b.pages):
        return False
    alike = same_words(a.text, b.text, rule)
    return alike is True or (alike == LOOKS and _look_alike(a, b) and _same_ink(a, b))


LOOKS = "looks"  # the words may be one paper's: the page images must tell


def same_words(a: str, b: str, rule: DuplicateRule) -> bool | str:
    """Whether two texts read as one paper read twice: True, False, or ``LOOKS`` when only
    the page images can tell (OCR misread a number, or read a boxed form in another order)."""
    wa, wb = _words(a), _words(b)
    if min(len(wa), len(wb)) < rule.min_words:
        return False
    if Indel.normalized_similarity(wa, wb) < rule.min_similarity:
        # A boxed form read at another resolution comes out in another order, its box numbers
        # read on one scan only: the same words in any order, and the same ink, are one paper.
        return LOOKS if _same_words_in_any_order(wa, wb, rule) else False
    differences = sum(_substantive(left, right) for left, right in _differences(wa, wb))
    if not differences:
        return True
    # OCR reads a number differently on two scans of one paper; another paper of the same form
    # differs in its dates and amounts. Where the text cannot tell, the page images do.
    allowed = max(rule.max_misreads, int(rule.max_misread_share * min(len(wa), len(wb))))
    return LOOKS if differences <= allowed else False


def _same_words_in_any_order(a: Sequence[str], b: Sequence[str], rule: DuplicateRule) -> bool:
    """Whether the two texts hold the same words, counted but not ordered (Dice's share)."""
    shared = sum((Counter(a) & Counter(b)).values())
    return 2 * shared / (len(a) + len(b)) >= rule.min_similarity


def _differences(
    a: Sequence[str], b: Sequence[str]
) -> Iterator[tuple[Sequence[str], Sequence[str]]]:
    """The runs of words that differ between two texts, each as (its words in a, in b): the
    words between two runs both texts share (their longest common subsequence)."""
    start: tuple[int, int] | None = None
    for op in Indel.opcodes(a, b):
        if op.tag != "equal":
            start = start or (op.src_start, op.dest_start)
            continue
        if start:
            yield a[start[0] : op.src_start], b[start[1] : op.dest_start]
            start = None
    if start:
        yield a[start[0] :], b[start[1] :]


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    return tuple(words(text))  # each document meets every other one of its type: read it once


def _substantive(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether words that differ between two scans are a different text, not OCR noise.

    A different number (a date, an amount, a grade) or a different name is substantive; "Hemandez"
    for "Hernandez", or a speck read as "i", is not.
    """
    if _digits(left) != _digits(right):
        return True
    a, b = "".join(left), "".join(right)
    if max(len(a), len(b)) <= 3:
        return False  # stray marks read as a letter or two
    similar = max(fuzz.ratio(a, b), fuzz.ratio(_confusable(a), _confusable(b)))
    return similar < 75


# Letter shapes Tesseract confuses on phone photos: "rn" read as "m", "l" as "i", "cl" as "d".
_CONFUSIONS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("l", "i"), ("1", "i"), ("0", "o"))


def _confusable(text: str) -> str:
    for shape, same in _CONFUSIONS:
        text = text.replace(shape, same)
    return text
