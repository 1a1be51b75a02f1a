"""Who a document says a person is, against case.yaml: the A-number, the name and the date of
birth it gives (check's `inconsistent-identity`), and the document that is probably a claimed
person's although case.yaml spells them otherwise (the near misses of `missing-evidence`).

Each question errs towards silence: a document that also writes what case.yaml says, a letter
OCR may have misread, a date whose day and month may be swapped, a page read badly, is no
disagreement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from packet.case import Case, Person
from packet.config import Config
from packet.records import Document
from packet.text.anumbers import a_numbers_in
from packet.text.fold import fold, words
from packet.text.names import name_words, same_name, spelled_otherwise

NEAR_NAME_EDITS = 2  # letters, over the whole name: "Sophia" for "Sofía" is two


@dataclass(frozen=True)
class Disagreement:
    document: Document
    what: str  # "A-number", "name", "date of birth"
    person: Person
    given: str  # as case.yaml has it
    written: str  # as the document has it


def read_well(doc: Document, config: Config) -> bool:
    """Whether every page was read with the confidence a disagreement needs."""
    threshold = config.settings.ocr.low_confidence
    return all(c is None or c >= threshold for c in doc.page_confidences)


def disagreements(case: Case, documents: list[Document], config: Config) -> Iterator[Disagreement]:
    rules = config.requirements.consistency
    everyone = case.people()
    people = {fold(p.name): p for p in everyone}
    respondent = everyone[0]
    for doc in documents:
        if doc.translates or not read_well(doc, config):
            continue
        person = people.get(fold(doc.about)) if doc.about else None
        if (doc.type in rules.a_number_types and (person is None or person == respondent)) or (
            doc.type in rules.a_number_types_about_respondent and person == respondent
        ):
            # a G-28 or a notice is the respondent's even when classify did not say so
            numbers = a_numbers_in(doc.text)
            if numbers and case.respondent.a_number not in numbers:
                yield Disagreement(
                    doc, "A-number", respondent, case.respondent.a_number, ", ".join(numbers)
                )
        if person is None:
            continue
        if doc.type in rules.name_types and not doc.overridden:
            for given, written in spelled_otherwise(person.name, doc.text):
                yield Disagreement(doc, "name", person, given, written)
        born = doc.fields.date_of_birth
        if (
            doc.type in rules.name_types
            and person.date_of_birth
            and born
            and born != person.date_of_birth
            and not _swapped(born, person.date_of_birth)
        ):
            yield Disagreement(
                doc, "date of birth", person, person.date_of_birth.isoformat(), born.isoformat()
            )


def _swapped(a: dt.date, b: dt.date) -> bool:
    """Day and month swapped (08/04 against 04/08): a reading, not a disagreement."""
    return a.year == b.year and a.day == b.month and a.month == b.day


@dataclass(frozen=True)
class NearMiss:
    document: Document
    written: str  # the name as the document writes it
    born: dt.date | None  # the claimed date of birth, when the document writes it too


def near_miss(
    person: Person, candidates: list[Document], case: Case, config: Config
) -> NearMiss | None:
    """A document of the kind a claim needs, about nobody in case.yaml, that names someone
    whose name is a letter or two from the claimed person's, or writes the claimed date of
    birth beside one of the person's surnames."""
    named = {fold(p.name) for p in case.people()}
    for doc in candidates:
        if doc.about and fold(doc.about) in named:
            continue  # it is someone else's, and proves their claim
        written = _closest_name(person.name, doc)
        if written is None:
            continue
        edits = Levenshtein.distance(" ".join(name_words(person.name)), " ".join(words(written)))
        born = person.date_of_birth if person.date_of_birth in doc.fields.dates else None
        if edits <= NEAR_NAME_EDITS or (born and _shares_surname(person.name, written)):
            return NearMiss(doc, written, born)
    return None


def _closest_name(name: str, doc: Document) -> str | None:
    """Of the names the document writes after a label, the one nearest ``name``."""
    names = [n for n in doc.fields.names if not same_name(n, name)]
    if not names:
        return None
    best = max(names, key=lambda n: fuzz.ratio(fold(n), fold(name)))
    return best if fuzz.ratio(fold(best), fold(name)) >= 70 else None


def _shares_surname(name: str, written: str) -> bool:
    parts = name_words(name)
    return bool(set(parts[1:]) & set(words(written)))
