"""Classify: decide each document's type, whom it is about, its equity, language and key fields.

Input: the ``ReadSource``s, the Case and the rules in config/document_types.yaml. Output: a
``Document`` per source, each with a confidence and the reasons a person can check. A
``documents:`` entry in case.yaml overrides any decision.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packet.case import Case, Person
from packet.config import Config, TypeRule
from packet.ocr import ReadSource
from packet.text import contains_phrase, dates_in, fold, language_of, name_position, words

UNCLASSIFIED = "other"


@dataclass(frozen=True)
class Document:
    file: str
    sha256: str
    pdf: Path
    page_texts: tuple[str, ...]
    type: str
    equity: str
    about: str | None  # a person's name as written in case.yaml
    about_claim: str | None  # the case.yaml claim that names that person, e.g. "children[0]"
    language: str
    confidence: float
    reasons: tuple[str, ...]
    fields: dict[str, Any] = field(default_factory=dict)
    overridden: bool = False
    translation: str | None = None  # file of the document that translates this one
    translates: str | None = None  # for a translation: the file it translates

    @property
    def pages(self) -> int:
        return len(self.page_texts)

    @property
    def text(self) -> str:
        return "\n".join(self.page_texts)


@dataclass(frozen=True)
class TypeScore:
    type: str
    score: float
    reasons: tuple[str, ...]


def classify(read: list[ReadSource], case: Case, config: Config) -> list[Document]:
    documents = [classify_one(r, case, config) for r in read]
    return pair_translations(documents, case)


def score_types(folded: str, config: Config) -> list[TypeScore]:
    """Every type's score on this text, best first."""
    weights = config.rules.weights
    scores = []
    for key, rule in config.rules.types.items():
        strong = [p for p in rule.strong if contains_phrase(folded, p)]
        supporting = [p for p in rule.supporting if contains_phrase(folded, p)]
        negative = [p for p in rule.negative if contains_phrase(folded, p)]
        score = (
            len(strong) * weights.strong
            + len(supporting) * weights.supporting
            + len(negative) * weights.negative
        )
        reasons = tuple(
            [f"contains '{p}'" for p in strong]
            + ([f"mentions {', '.join(repr(p) for p in supporting)}"] if supporting else [])
            + [f"but contains '{p}'" for p in negative]
        )
        scores.append(TypeScore(key, score, reasons))
    return sorted(scores, key=lambda s: s.score, reverse=True)


def confidence(best: float, runner_up: float) -> float:
    """High when the best type scores well and clearly ahead of the next one."""
    if best <= 0:
        return 0.0
    separation = max(0.0, best - max(runner_up, 0.0)) / best
    return round(best / (best + 2.0) * (0.6 + 0.4 * separation), 2)


def classify_one(read: ReadSource, case: Case, config: Config) -> Document:
    text = "\n".join(read.page_texts)
    folded = fold(text)
    override = case.override_for(read.source.file)
    ranked = score_types(folded, config)
    best, runner_up = ranked[0], ranked[1]
    if override and override.type:
        doc_type, conf = override.type, 1.0
        reasons = [f"type set in case.yaml for {read.source.file}"]
    elif best.score >= config.settings.classify.min_score:
        doc_type, conf, reasons = (
            best.type,
            confidence(best.score, runner_up.score),
            list(best.reasons),
        )
    else:
        doc_type, conf = UNCLASSIFIED, 0.0
        reasons = [
            f"no document type scored {config.settings.classify.min_score:g} or more"
            + (f" (best: {best.type}, {best.score:g})" if best.score > 0 else "")
        ]
    rule = config.rules.types.get(doc_type)
    dates = dates_in(text)
    person, why = _about(text, dates, case, rule, override.about if override else None)
    if why:
        reasons.append(why)
    equity = rule.equity_for(person.role if person else None) if rule else "other"
    return Document(
        file=read.source.file,
        sha256=read.source.sha256,
        pdf=read.pdf,
        page_texts=read.page_texts,
        type=doc_type,
        equity=equity,
        about=person.name if person else None,
        about_claim=person.claim if person else None,
        language=language_of(text),
        confidence=conf,
        reasons=tuple(reasons),
        fields=_fields(doc_type, person, dates),
        overridden=bool(override and (override.type or override.about)),
    )


def _about(
    text: str, dates: list[dt.date], case: Case, rule: TypeRule | None, named: str | None
) -> tuple[Person | None, str | None]:
    people = case.people()
    if named:
        person = next((p for p in people if fold(p.name) == fold(named)), None)
        return person or Person(named, "other", "", None), "about set in case.yaml"
    text_words = words(text)
    found = sorted(
        ((pos, p) for p in people if (pos := name_position(p.name, text_words)) is not None),
        key=lambda item: item[0],
    )
    if not found:
        return None, None
    if rule and rule.subject == "dated_person":
        # On a birth certificate the parents are named too; the subject is the one born that day.
        dated = [p for _, p in found if p.date_of_birth in dates]
        if dated:
            p = dated[0]
            return p, f"names {p.name} ({p.claim} in case.yaml) with that person's date of birth"
    p = found[0][1]
    return p, f"names {p.name} ({p.claim} in case.yaml)"


def _fields(doc_type: str, person: Person | None, dates: list[dt.date]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if doc_type == "birth_certificate" and person and person.date_of_birth in dates:
        fields["date_of_birth"] = person.date_of_birth.isoformat()
    if dates:
        fields["earliest_date"] = dates[0].isoformat()
        fields["latest_date"] = dates[-1].isoformat()
    return fields


def pair_translations(documents: list[Document], case: Case) -> list[Document]:
    """Join each translation to the foreign-language document it translates."""
    by_file = {d.file: d for d in documents}
    pairs: dict[str, str] = {}
    for entry in case.documents:
        if entry.translation and entry.file in by_file and entry.translation in by_file:
            pairs[entry.file] = entry.translation
    for translation in documents:
        if translation.type != "certificate_of_translation" or translation.file in pairs.values():
            continue
        candidates = [
            d
            for d in documents
            if d.language != "en" and d.file not in pairs and d.about == translation.about
        ]
        if len(candidates) == 1:
            pairs[candidates[0].file] = translation.file
    for original_file, translation_file in pairs.items():
        original = by_file[original_file]
        by_file[original_file] = dataclasses.replace(original, translation=translation_file)
        by_file[translation_file] = dataclasses.replace(
            by_file[translation_file],
            translates=original_file,
            equity=original.equity,
            about=original.about,
            about_claim=original.about_claim,
            reasons=(*by_file[translation_file].reasons, f"translates {original_file}"),
        )
    return [by_file[d.file] for d in documents]
