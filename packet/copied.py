"""Letters of support that share their body: one letter signed by several writers.

OPLA reads every letter of a packet; the same paragraphs under three signatures make all three
worth nothing. The body is compared with names, dates and numbers left out (each writer puts
their own), so only letters that say the same in the same words are grouped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from packet.config import CopiedLetterRule
from packet.records import Document
from packet.text.dates import MONTHS
from packet.text.fold import fold, words
from packet.text.names import name_words


@dataclass(frozen=True)
class Letter:
    """A letter's body, and where it is: ``case`` names its case in a docket ("" for one case)."""

    case: str
    document: Document
    body: str  # its words, names, dates and numbers left out


def letters(documents: Iterable[Document], rule: CopiedLetterRule, case: str = "") -> list[Letter]:
    found = []
    for d in documents:
        if d.type not in rule.types or d.translates:
            continue
        body = body_words(d)
        if len(body) >= rule.min_words:
            found.append(Letter(case, d, " ".join(body)))
    return found


def body_words(doc: Document) -> list[str]:
    names = {w for n in doc.fields.names for w in name_words(n)}
    months = {fold(m) for m in MONTHS}
    return [w for w in words(doc.text) if not w.isdigit() and w not in names and w not in months]


def copied(found: list[Letter], rule: CopiedLetterRule) -> list[list[Letter]]:
    """Groups of two or more letters with the same body, in the order given; the same paper
    scanned twice is a duplicate, not a copy, so letters of one paper are never grouped."""
    groups: list[list[Letter]] = []
    for letter in found:
        for group in groups:
            first = group[0]
            if first.document.paper != letter.document.paper and (
                fuzz.ratio(first.body, letter.body) >= 100 * rule.min_similarity
            ):
                group.append(letter)
                break
        else:
            groups.append([letter])
    return [g for g in groups if len(g) > 1]
