"""Letters of support that share their body: one letter signed by several writers.

OPLA reads every letter of a packet; the same paragraphs under three signatures make all three
worth nothing. The body is compared with names, dates and numbers left out (each writer puts
their own), so only letters that say the same in the same words are grouped.

Across the cases of a docket (`packet batch`) the same holds, with one exception: a letter that
names the respondent of the other case is one letter about both (a couple's cases), filed in
each, not a copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from packet.config import CopiedLetterRule
from packet.records import Document
from packet.text.dates import MONTHS
from packet.text.fold import fold, words
from packet.text.names import name_position, name_words


@dataclass(frozen=True)
class Letter:
    """A letter's body, and where it is: ``case`` names its case in a docket ("" for one case)."""

    case: str
    name: str  # the document's name (packet/records.py ``Document.name``)
    paper: str  # ``Document.paper``: the same paper is a duplicate, never a copy
    body: str  # its words, names, dates and numbers left out
    # the other cases of the docket whose respondent it names
    mentions: frozenset[str] = frozenset()


def letters(
    documents: Iterable[Document],
    rule: CopiedLetterRule,
    case: str = "",
    respondents: Mapping[str, str] | None = None,
) -> list[Letter]:
    """The letters long enough to compare; ``respondents`` (case → respondent's name, in a
    docket) says whose name each letter writes."""
    found = []
    for d in documents:
        if d.type not in rule.types or d.translates:
            continue
        body = body_words(d)
        if len(body) >= rule.min_words:
            text_words = words(d.text)
            mentions = frozenset(
                other
                for other, name in (respondents or {}).items()
                if other != case and name_position(name, text_words) is not None
            )
            found.append(Letter(case, d.name, d.paper, " ".join(body), mentions))
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
            if (
                first.paper != letter.paper
                and not _about_both(first, letter)
                and fuzz.ratio(first.body, letter.body) >= 100 * rule.min_similarity
            ):
                group.append(letter)
                break
        else:
            groups.append([letter])
    return [g for g in groups if len(g) > 1]


def _about_both(a: Letter, b: Letter) -> bool:
    """Letters of two cases where either names the other's respondent: one letter about both."""
    return a.case != b.case and (b.case in a.mentions or a.case in b.mentions)
