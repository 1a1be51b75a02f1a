"""Classify: decide each document's type, whom it is about, its equity, language and key fields.

Input: the ``ReadSource``s, the Case and the rules in config/document_types.yaml. Output: a
``Document`` per source, each with a confidence and the reasons a person can check. A
``documents:`` entry in case.yaml overrides any decision. ``decide`` keeps every step of the
decision (rules fired, runners-up, people considered) so that ``packet explain`` can show it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packet import fields as document_fields
from packet.case import Case, Person
from packet.config import Config, TypeRule, TypeRules
from packet.ocr import ReadSource
from packet.text import (
    BOUNDARY,
    NameMatch,
    dates_in,
    find_name,
    find_phrase,
    language_of,
    name_tokens,
    reading_text,
    same_name,
    words,
)

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
    page_confidences: tuple[float | None, ...] = ()  # OCR word confidence per page; None: not OCR'd

    @property
    def pages(self) -> int:
        return len(self.page_texts)

    @property
    def text(self) -> str:
        return "\n".join(self.page_texts)


@dataclass(frozen=True)
class Hit:
    kind: str  # strong | supporting | negative | heading
    phrase: str
    weight: float
    seen: str  # as OCR read it


@dataclass(frozen=True)
class TypeScore:
    type: str
    score: float
    hits: tuple[Hit, ...]

    @property
    def eligible(self) -> bool:
        return any(h.kind == "strong" for h in self.hits)

    @property
    def reasons(self) -> tuple[str, ...]:
        def quoted(h: Hit) -> str:
            return f"'{h.phrase}'" + (f" (read as '{h.seen}')" if h.seen != h.phrase else "")

        strong = [f"contains {quoted(h)}" for h in self.hits if h.kind == "strong"]
        heading = [f"'{h.phrase}' heads the page" for h in self.hits if h.kind == "heading"]
        supporting = [h.phrase for h in self.hits if h.kind == "supporting"]
        negative = [f"but contains {quoted(h)}" for h in self.hits if h.kind == "negative"]
        mentions = [f"mentions {', '.join(repr(p) for p in supporting)}"] if supporting else []
        return (*strong, *heading, *mentions, *negative)


@dataclass(frozen=True)
class Candidate:
    """A person of the case named in the document, and how strongly it seems to be about them."""

    person: Person
    match: NameMatch
    score: float
    notes: tuple[str, ...]
    only_as_other: bool  # named only as a parent, witness, landlord...


@dataclass(frozen=True)
class Decision:
    type: str
    confidence: float
    reasons: tuple[str, ...]
    ranked: tuple[TypeScore, ...]
    candidates: tuple[Candidate, ...]
    person: Person | None
    equity: str
    equity_key: str
    language: str
    fields: dict[str, Any]
    overridden: bool


def classify(read: list[ReadSource], case: Case, config: Config) -> list[Document]:
    documents = [classify_one(r, case, config) for r in read]
    return pair_translations(documents, case)


def classify_one(read: ReadSource, case: Case, config: Config) -> Document:
    d = decide("\n".join(read.page_texts), read.source.file, case, config)
    return Document(
        file=read.source.file,
        sha256=read.source.sha256,
        pdf=read.pdf,
        page_texts=read.page_texts,
        page_confidences=read.page_confidences,
        type=d.type,
        equity=d.equity,
        about=d.person.name if d.person else None,
        about_claim=d.person.claim if d.person else None,
        language=d.language,
        confidence=d.confidence,
        reasons=d.reasons,
        fields=d.fields,
        overridden=d.overridden,
    )


def decide(text: str, file: str, case: Case, config: Config) -> Decision:
    """Every decision about one document's text, with what led to it."""
    rules = config.rules
    override = case.override_for(file)
    ranked = tuple(score_types(reading_text(text), rules))
    doc_type, conf, reasons = _choose_type(ranked, config.settings.classify.min_score)
    if override and override.type:
        doc_type, conf, reasons = override.type, 1.0, [f"type set in case.yaml for {file}"]
    rule = rules.types.get(doc_type)
    if rule and (issuer := _issuer_reason(text, rules)):
        reasons.append(issuer)
    language = language_of(text)
    day_first = language == "es"
    candidates = tuple(people_named(text, case, rule, rules, day_first))
    person, why = _about(candidates, case, override.about if override else None)
    if why:
        reasons.append(why)
    tags = equity_tags(person, case)
    equity, equity_key = rule.equity_for(tags) if rule else ("other", "untyped")
    if rule and not isinstance(rule.equity, str):
        reasons.append(f"equity {equity}: {_equity_why(equity_key, person)}")
    found = document_fields.extract(text, rule.covers if rule else None, rules.fields, day_first)
    if rule and rule.subject.dated:
        dob = _date_of_birth(text, person, rules, day_first)
        if dob:
            found = {"date_of_birth": dob.isoformat(), **found}
    return Decision(
        type=doc_type,
        confidence=conf,
        reasons=tuple(reasons),
        ranked=ranked,
        candidates=candidates,
        person=person,
        equity=equity,
        equity_key=equity_key,
        language=language,
        fields=found,
        overridden=bool(override and (override.type or override.about)),
    )


# --- type ---


def score_types(read: str, rules: TypeRules) -> list[TypeScore]:
    """Every type's score on this text (see ``reading_text``), best first."""
    weights = rules.weights
    heading = read[: rules.heading_chars]
    scores = []
    for key, rule in rules.types.items():
        hits = [
            Hit("strong", h.phrase, weights.strong, h.seen)
            for p in rule.strong
            if (h := find_phrase(read, p))
        ]
        titles = [h for h in hits if find_phrase(heading, h.phrase)]
        if titles:
            hits.append(Hit("heading", titles[0].phrase, weights.heading, titles[0].seen))
        supporting = [p for p in rule.supporting if find_phrase(read, p, fuzzy=False)]
        hits += [
            Hit("supporting", p, weights.supporting, p) for p in supporting[: rules.most_supporting]
        ]
        hits += [
            Hit("negative", h.phrase, weights.negative, h.seen)
            for p in rule.negative
            if (h := find_phrase(read, p))
        ]
        scores.append(TypeScore(key, sum(h.weight for h in hits), tuple(hits)))
    return sorted(scores, key=lambda s: (s.eligible, s.score), reverse=True)


def confidence(best: float, runner_up: float) -> float:
    """High when the best type scores well and clearly ahead of the next one."""
    if best <= 0:
        return 0.0
    separation = max(0.0, best - max(runner_up, 0.0)) / best
    return round(best / (best + 2.0) * (0.6 + 0.4 * separation), 2)


def _choose_type(ranked: tuple[TypeScore, ...], min_score: float) -> tuple[str, float, list[str]]:
    best, runner_up = ranked[0], ranked[1]
    if best.eligible and best.score >= min_score:
        return best.type, confidence(best.score, runner_up.score), list(best.reasons)
    near = f" (best: {best.type}, {best.score:g})" if best.score > 0 else ""
    return UNCLASSIFIED, 0.0, [f"no document type scored {min_score:g} or more{near}"]


def _issuer_reason(text: str, rules: TypeRules) -> str | None:
    issuer = document_fields.issuing_authority(text, rules.fields.issuer_markers)
    return f"issuer '{issuer}'" if issuer else None


# --- whom it is about ---


def people_named(
    text: str, case: Case, rule: TypeRule | None, rules: TypeRules, day_first: bool
) -> list[Candidate]:
    """The people of the case named in the text, the likeliest subject first."""
    tokens = name_tokens(text)
    dates = set(dates_in(text, day_first))
    subject = rule.subject if rule else None
    own_labels = [(words(label), label) for label in (subject.labels if subject else [])]
    other_labels = [(words(label), label) for label in rules.people.other_labels]
    candidates = []
    for person in case.people():
        matches = find_name(person.name, tokens)
        if not matches:
            continue
        placed = [(m, _label_before(tokens, m.position, own_labels, other_labels)) for m in matches]
        only_as_other = all(kind == "other" for _, (kind, _) in placed)
        match, (kind, label) = max(placed, key=lambda p: _label_score(p[1][0]) + p[0].score)
        score = match.score + _label_score(kind)
        notes = []
        if kind != "none":
            notes.append(f"after '{label}'")
        if subject and subject.dated and person.date_of_birth in dates:
            score += 3.0
            notes.append("with that person's date of birth")
        if subject and person.role in subject.prefer:
            score += max(0.5, 3.0 - subject.prefer.index(person.role))
        score -= 0.001 * match.position  # the first named, when all else is equal
        candidates.append(Candidate(person, match, round(score, 3), tuple(notes), only_as_other))
    return sorted(candidates, key=lambda c: (c.only_as_other, -c.score))


Label = tuple[list[str], str]  # its words as read, and as written in the rules


def _label_before(
    tokens: list[str], position: int, own: list[Label], other: list[Label]
) -> tuple[str, str]:
    """The label written closest before a name: ("own" | "other" | "none", the label)."""
    before = [t for t in tokens[max(0, position - 8) : position] if t != BOUNDARY][-6:]
    best: tuple[int, int, str, str] | None = None  # (end, length, kind, label)
    for kind, labels in (("own", own), ("other", other)):
        for label, written in labels:
            n = len(label)
            for start in range(len(before) - n, -1, -1):
                if before[start : start + n] == label:
                    candidate = (start + n, n, kind, written)
                    best = max(best, candidate) if best else candidate
                    break
    if best is None or best[0] < len(before):  # a label must stand right before the name
        return "none", ""
    return best[2], best[3]


def _label_score(kind: str) -> float:
    return {"own": 2.0, "other": -3.0}.get(kind, 0.0)


def _about(
    candidates: tuple[Candidate, ...], case: Case, named: str | None
) -> tuple[Person | None, str | None]:
    if named:
        person = next((p for p in case.people() if same_name(p.name, named)), None)
        return person or Person(named, "other", "", None), "about set in case.yaml"
    eligible = [c for c in candidates if not c.only_as_other]
    if not eligible:
        if candidates:
            named_as = ", ".join(f"{c.person.name} ({'; '.join(c.notes)})" for c in candidates)
            return None, f"names {named_as} only as another party, not as its subject"
        return None, None
    best = eligible[0]
    p = best.person
    notes = f" {', '.join(best.notes)}" if best.notes else ""
    return p, f"names {p.name} ({p.claim} in case.yaml){notes}"


def _date_of_birth(
    text: str, person: Person | None, rules: TypeRules, day_first: bool
) -> dt.date | None:
    if person and person.date_of_birth and person.date_of_birth in dates_in(text, day_first):
        return person.date_of_birth
    return document_fields.date_of_birth(text, rules.fields.date_of_birth_labels, day_first)


# --- equity ---


def equity_tags(person: Person | None, case: Case) -> list[str]:
    """What is known of the person a document is about, most specific first (the keys of an
    equity mapping in document_types.yaml), then the claims the case makes."""
    claims = case.claims
    tags: list[str] = []
    if person is None:
        tags.append("nobody")
    elif person.role == "respondent":
        if _arrived_as_child(case):
            tags.append("respondent_arrived_as_child")
        tags.append("respondent")
    else:
        if claims.caretaker and same_name(claims.caretaker.person, person.name):
            tags.append("cared_for")
        status = _status(person, case)
        if status:
            tags.append(f"{person.role}_{status}")
        tags.append(person.role)
    tags += [f"claims_{name}" for name in type(claims).model_fields if getattr(claims, name)]
    return tags


def _status(person: Person, case: Case) -> str | None:
    if person.role == "child":
        return next((c.status for c in case.claims.children if c.name == person.name), None)
    if person.role == "spouse" and case.claims.spouse:
        return case.claims.spouse.status
    return None


def _arrived_as_child(case: Case) -> bool:
    born, entered = case.respondent.date_of_birth, case.respondent.entered_us
    return bool(born and entered and (entered - born).days < 18 * 365.25)


def _equity_why(key: str, person: Person | None) -> str:
    if key == "default":
        return "the type's default"
    if key.startswith("claims_"):
        return f"case.yaml claims {key.removeprefix('claims_').replace('_', ' ')}"
    if person is None:
        return "about no one named in case.yaml"
    return f"about {person.name} ({key.replace('_', ' ')})"


# --- translations ---


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
        if translation.file in pairs:  # an original with its own translation translates nothing
            continue
        candidates = [
            d
            for d in documents
            if d.language != "en"
            and d.file not in pairs
            and d.file not in pairs.values()  # never a translation, never the file itself
            and d.file != translation.file
            and d.about == translation.about
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
