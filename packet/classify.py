"""Classify: decide each document's type, whom it is about, its equity, language and key fields.

Input: the ``ReadSource``s, the Case and the rules in config/document_types.yaml. Output: a
``Document`` per source, each with a confidence and the reasons a person can check. A
``documents:`` entry in case.yaml overrides any decision. ``decide`` keeps every step of the
decision (rules fired, runners-up, people considered) so that ``packet explain`` can show it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from rapidfuzz.distance import Levenshtein

from packet import fields as document_fields
from packet.case import Case, Person
from packet.config import Config, TranslationRules, TypeRule, TypeRules
from packet.dates import Span, build_date
from packet.memo import DECISIONS_MEMO, TYPES_MEMO, Memo, code_version, content_key, fingerprint
from packet.records import Document, Fields, ReadSource
from packet.text.anumbers import a_numbers_in
from packet.text.dates import dates_in
from packet.text.fold import fold, reading_text, without_accents, words
from packet.text.language import read_language
from packet.text.mrz import Zone, read_zone
from packet.text.names import (
    BOUNDARIES,
    MARRIED_SHARE,
    MASK,
    NameMatch,
    find_by_title,
    find_masked_name,
    find_name,
    given_names,
    married_names,
    name_tokens,
    name_words,
    same_name,
    same_name_word,
    slipped_letters,
    without_names,
)
from packet.text.phrases import contains_phrase, find_phrase

UNCLASSIFIED = "other"
UNTITLED_CONFIDENCE = 0.8  # a type won on its evidence, with no title, is less certain
HitKind = Literal["strong", "salutation", "evidence", "supporting", "negative", "heading", "mrz"]


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    phrase: str
    weight: float
    seen: str  # as OCR read it


@dataclass(frozen=True)
class TypeScore:
    type: str
    score: float
    hits: tuple[Hit, ...]
    untitled: bool = False  # wins on the weight of its evidence, with no title phrase

    @property
    def titled(self) -> bool:
        return any(h.kind in ("strong", "salutation", "mrz") for h in self.hits)

    @property
    def eligible(self) -> bool:
        return self.titled or self.untitled

    @property
    def reasons(self) -> tuple[str, ...]:
        def quoted(h: Hit) -> str:
            return f"'{h.phrase}'" + (f" (read as '{h.seen}')" if h.seen != h.phrase else "")

        zone = [h.phrase for h in self.hits if h.kind == "mrz"]
        strong = [f"contains {quoted(h)}" for h in self.hits if h.kind == "strong"]
        greeting = [f"greets its reader {quoted(h)}" for h in self.hits if h.kind == "salutation"]
        heading = [f"'{h.phrase}' heads the page" for h in self.hits if h.kind == "heading"]
        evidence = [f"shows {quoted(h)}" for h in self.hits if h.kind == "evidence"]
        supporting = [h.phrase for h in self.hits if h.kind == "supporting"]
        negative = [f"but contains {quoted(h)}" for h in self.hits if h.kind == "negative"]
        mentions = [f"mentions {', '.join(repr(p) for p in supporting)}"] if supporting else []
        untitled = (
            [f"no title phrase, but the evidence weighs {self.score:g}"] if not self.titled else []
        )
        return (*zone, *strong, *greeting, *heading, *evidence, *mentions, *negative, *untitled)


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
    fields: Fields
    overridden: bool


def classify(read: list[ReadSource], case: Case, config: Config) -> list[Document]:
    documents = [classify_one(r, case, config) for r in read]
    return pair_translations(documents, case, config)


def classify_one(read: ReadSource, case: Case, config: Config) -> Document:
    first = read.pieces[0] if read.pieces else None
    pages = first.pages if first and not first.whole else None
    if _kept:
        d = _kept.decided(read.text, read.source.file, case, config, pages)
    else:
        d = Decided.of(decide(read.text, read.source.file, case, config, pages))
    return Document(
        file=read.source.file,
        sha256=read.source.sha256,
        pdf=read.pdf,
        page_texts=read.page_texts,
        page_confidences=read.page_confidences,
        page_drawn=read.page_drawn,
        normalized=read.normalized,
        type=d.type,
        equity=d.equity,
        about=d.about,
        about_claim=d.about_claim,
        language=d.language,
        confidence=d.confidence,
        reasons=d.reasons,
        fields=d.fields,
        overridden=d.overridden,
        pieces=read.pieces,
    )


@dataclass(frozen=True)
class Decided:
    """What a document's record keeps of the ``Decision`` about it."""

    type: str
    equity: str
    about: str | None
    about_claim: str | None
    language: str
    confidence: float
    reasons: tuple[str, ...]
    fields: Fields
    overridden: bool

    @classmethod
    def of(cls, d: Decision) -> Decided:
        return cls(
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


def decide(
    text: str,
    file: str,
    case: Case,
    config: Config,
    pages: tuple[int, int] | None = None,
    as_type: str | None = None,
) -> Decision:
    """Every decision about one document's text (``pages`` of ``file``, or all of it), with
    what led to it; ``as_type``: of that type, as a translation says its original is."""
    rules = config.rules
    override = case.override_for(file, pages)
    zone = read_zone(text)
    doc_type, conf, reasons, ranked = type_of(text, config)
    if as_type:
        score = next(t for t in ranked if t.type == as_type)
        runner_up = max((t.score for t in ranked if t.type != as_type), default=0.0)
        doc_type, conf, reasons = as_type, confidence(score.score, runner_up), list(score.reasons)
    if override and override.type:
        where = f"{file}, pages {override.pages}" if pages else file
        doc_type, conf, reasons = override.type, 1.0, [f"type set in case.yaml for {where}"]
    rule = rules.types.get(doc_type)
    if rule and (issuer := _issuer_reason(text, rules)):
        reasons.append(issuer)
    # a travel document pairs its captions with English ("PASSAPORTE / PASSPORT"), as ICAO 9303
    # asks, whether or not OCR read its zone: a type that carries one reads as one
    travel_document = zone is not None or bool(rule and rule.mrz)
    reading = read_language(
        without_names(text, [p.name for p in case.people()]), config.languages, travel_document
    )
    language = reading.code
    if reading.bilingual:
        reasons.append(
            f"bilingual: {config.languages.name(reading.found)} with "
            f"{config.languages.name(language)} throughout, so it needs no translation"
        )
    day_first = config.languages.languages[language].day_first
    candidates = tuple(people_named(text, case, rule, rules, day_first, zone))
    person, why = _about(candidates, case, override.about if override else None)
    if person is None and not candidates and case.respondent.a_number in a_numbers_in(text):
        # a G-28 or a notice whose boxes broke the name apart still gives the respondent's
        # A-number, which is no one else's
        person = case.people()[0]
        why = f"gives {person.name}'s A-number ({person.claim} in case.yaml)"
    if why:
        reasons.append(why)
    found = document_fields.extract(text, rule.covers if rule else None, rules.fields, day_first)
    tags = equity_tags(person, case, found.covers.start if found.covers else found.issued)
    asks_accused = rule is not None and isinstance(rule.equity, dict) and "accused" in rule.equity
    if person and asks_accused and _named_as_accused(text, person, rules.people.accused_labels):
        tags.insert(0, "accused")
    if rule:
        tags += told_claims(text, rule, tags)
    equity, equity_key = rule.equity_for(tags) if rule else ("other", "untyped")
    if rule and not isinstance(rule.equity, str):
        reasons.append(f"equity {equity}: {_equity_why(equity_key, person)}")
    if zone:
        found = dataclasses.replace(
            found,
            names=(*found.names, zone.name) if zone.name not in found.names else found.names,
            document_number=zone.number or None,
            expires=zone.expires,
        )
    if rule and rule.subject.dated:
        dob = _date_of_birth(text, person, rules, day_first)
        if dob:
            found = dataclasses.replace(found, date_of_birth=dob)
    if doc_type in rules.fields.place_labels.types:
        place = document_fields.place_of_birth(text, rules.fields.place_labels)
        found = dataclasses.replace(found, place=place)
    if zone and zone.birth_date and not found.date_of_birth:
        found = dataclasses.replace(found, date_of_birth=zone.birth_date)
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


def type_of(text: str, config: Config) -> tuple[str, float, list[str], tuple[TypeScore, ...]]:
    """The type one text as OCR read it (a document, or one page of a file) reads as on its
    own, its confidence and reasons, and every type's score, best first: its machine-readable
    zone, if any, and its phrases. Segment (packet/segment.py) asks it of each page to find
    where one document ends and the next begins, and the build asks it of each scan while the
    others are still read (``read_ahead``): each text's answer is kept for this process."""
    known = _typed.get(text)
    if known is None or known[0] is not config:
        ranked = _kept.ranked(text, config.rules) if _kept else _scored(text, config.rules)
        doc_type, conf, reasons = _choose_type(ranked, config.settings.classify.min_score)
        known = (config, (doc_type, conf, tuple(reasons), ranked))
        with _typed_lock:  # the build's thread that reads ahead writes here too
            _typed[text] = known
            while len(_typed) > TYPED_KEPT:
                _typed.pop(next(iter(_typed)))
    elif _kept:  # worked out while the scans were read: remembered for the next check too
        _kept.keep(text, config.rules, known[1][3])
    doc_type, conf, reasons_kept, ranked = known[1]
    return doc_type, conf, list(reasons_kept), ranked


def _scored(text: str, rules: TypeRules) -> tuple[TypeScore, ...]:
    return tuple(score_types(reading_text(text), rules, read_zone(text)))


TYPED_KEPT = 4096  # texts whose type is kept (a 1000-page case's pages and documents)
_typed: dict[str, tuple[Config, tuple[str, float, tuple[str, ...], tuple[TypeScore, ...]]]] = {}
_typed_lock = threading.Lock()


# Texts scored and documents decided, kept per memo (~1.4 and ~0.8 KB each): a 1000-page case's
# pages and documents, with each memo small enough to read back in a few tens of ms when full.
REMEMBERED = 5000


@contextlib.contextmanager
def remembered_decisions(cache_dir: Path | None) -> Iterator[None]:
    """While inside, ``type_of`` scores only texts it has not scored before with these rules
    and this code, and ``classify`` decides only documents it has not decided before with this
    text, this case.yaml, this config, this code and this day, remembering both in ``cache_dir``
    (packet/memo.py): a warm check finds them there instead of trying every rule again."""
    global _kept
    if cache_dir is None or _kept is not None:  # none asked for, or already remembering
        yield
        return
    _kept = _Remembered(cache_dir)
    try:
        yield
        _kept.save()
    finally:
        _kept = None


class _Remembered:
    """The memos of one cache folder, for whichever config and case.yaml ask."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.rules: TypeRules | None = None
        self.types: Memo | None = None
        self.settings: tuple[Config, dt.date] | None = None
        self.decisions: Memo | None = None
        self.cases: tuple[Case, str] | None = None

    def _types_for(self, rules: TypeRules) -> Memo:
        if rules is not self.rules or self.types is None:
            if self.types:
                self.types.save()
            fingerprint = _types_fingerprint(rules)
            self.types = Memo(self.cache_dir / TYPES_MEMO, fingerprint, REMEMBERED)
            self.rules = rules
        return self.types

    def ranked(self, text: str, rules: TypeRules) -> tuple[TypeScore, ...]:
        with _typed_lock:
            memo, key = self._types_for(rules), content_key(text)
            if (ranked := _scores_from(memo.get(key), rules)) is not None:
                return ranked
        ranked = _scored(text, rules)
        with _typed_lock:
            memo.put(key, _scores_fact(ranked))
        return ranked

    def keep(self, text: str, rules: TypeRules, ranked: tuple[TypeScore, ...]) -> None:
        with _typed_lock:
            memo, key = self._types_for(rules), content_key(text)
            if _scores_from(memo.get(key), rules) is None:
                memo.put(key, _scores_fact(ranked))

    def decided(
        self, text: str, file: str, case: Case, config: Config, pages: tuple[int, int] | None
    ) -> Decided:
        today = build_date()
        made = self.settings
        if not made or made[0] is not config or made[1] != today or self.decisions is None:
            if self.decisions:
                self.decisions.save()
            fingerprint = _decisions_fingerprint(config, today)
            self.decisions = Memo(self.cache_dir / DECISIONS_MEMO, fingerprint, REMEMBERED)
            self.settings = (config, today)
        if self.cases is None or self.cases[0] is not case:
            self.cases = (case, content_key(case.model_dump_json()))
        where = json.dumps([self.cases[1], file, pages])
        key = content_key(f"{where}\n{text}")
        if (known := _decided_from(self.decisions.get(key))) is not None:
            return known
        decided = Decided.of(decide(text, file, case, config, pages))
        self.decisions.put(key, _decided_fact(decided))
        return decided

    def save(self) -> None:
        for memo in (self.types, self.decisions):
            if memo is not None:
                memo.save()


_kept: _Remembered | None = None


def _types_fingerprint(rules: TypeRules) -> str:
    """Everything besides the text that a type's score depends on: the rules, the code that
    applies them (packet/text/phrases.py, mrz.py...) and the libraries it calls."""
    import mrz
    import rapidfuzz

    return fingerprint(
        rules=rules.model_dump_json(),
        code=code_version(),
        mrz=mrz.__version__,
        rapidfuzz=rapidfuzz.__version__,
    )


def _decisions_fingerprint(config: Config, today: dt.date) -> str:
    """Everything besides the text, the file and case.yaml that a decision depends on: all of
    config/, the code, the libraries it calls (the language model's among them) and the day
    (a zone's two-digit years are read as the latest such year not in the future)."""
    from importlib import metadata

    import mrz
    import rapidfuzz

    return fingerprint(
        config=config.model_dump_json(),
        code=code_version(),
        mrz=mrz.__version__,
        rapidfuzz=rapidfuzz.__version__,
        py3langid=metadata.version("py3langid"),
        today=today.isoformat(),
    )


def _decided_fact(d: Decided) -> list[object]:
    """A decision as JSON: its values in ``Decided``'s order, the fields' in ``Fields``'."""
    f, day = d.fields, _iso
    covers = [day(f.covers.start), day(f.covers.end), f.covers.file] if f.covers else None
    fields = [
        *(day(f.date_of_birth), list(f.names), f.issuer, day(f.issued)),
        *([day(x) for x in f.dates], covers, f.tax_year, f.document_number),
        *(day(f.expires), f.place),
    ]
    head = [d.type, d.equity, d.about, d.about_claim, d.language, d.confidence]
    return [*head, list(d.reasons), fields, d.overridden]


def _decided_from(fact: object) -> Decided | None:
    """The decision ``_decided_fact`` wrote, or None when the fact is not one."""
    if not isinstance(fact, list) or len(fact) != len(_DECIDED) or not isinstance(fact[7], list):
        return None
    if len(fact[7]) != len(_FIELDS):  # written before Fields changed: decided again
        return None
    if not all(isinstance(x, str) for x in (*fact[:2], fact[4], *fact[6])):
        return None
    try:
        born, names, issuer, issued, dates, covers, tax_year, number, expires, place = fact[7]
        span = Span(_day(covers[0]), _day(covers[1]), covers[2]) if covers else None
        fields = Fields(
            date_of_birth=_date(born),
            names=tuple(names),
            issuer=issuer,
            issued=_date(issued),
            dates=tuple(_day(x) for x in dates),
            covers=span,
            tax_year=tax_year,
            document_number=number,
            expires=_date(expires),
            place=place,
        )
        kind, equity, about, about_claim, language, confidence, reasons, _, overridden = fact
        return Decided(
            *(kind, equity, about, about_claim, language, confidence),
            *(tuple(reasons), fields, overridden),
        )
    except (TypeError, ValueError, IndexError):
        return None


_DECIDED, _FIELDS = dataclasses.fields(Decided), dataclasses.fields(Fields)
_SCORE, _HIT = dataclasses.fields(TypeScore), dataclasses.fields(Hit)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso is not None else None


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _scores_fact(ranked: tuple[TypeScore, ...]) -> list[object]:
    """The scores as JSON, best first; a type nothing in the text spoke for as its bare key."""
    return [
        s.type
        if not s.hits and not s.untitled and type(s.score) is int and s.score == 0
        else [s.type, s.score, s.untitled, [[h.kind, h.phrase, h.weight, h.seen] for h in s.hits]]
        for s in ranked
    ]


def _scores_from(fact: object, rules: TypeRules) -> tuple[TypeScore, ...] | None:
    """The scores ``_scores_fact`` wrote, or None when the fact is not one for these rules."""
    if not isinstance(fact, list) or len(fact) != len(rules.types):
        return None
    try:
        ranked = tuple(_score_from(s) for s in fact)
    except (TypeError, ValueError, IndexError):
        return None
    return ranked if {s.type for s in ranked} == rules.types.keys() else None


def _score_from(fact: str | list[Any]) -> TypeScore:
    if isinstance(fact, str):
        return TypeScore(fact, 0, ())
    if len(fact) != len(_SCORE) or any(len(h) != len(_HIT) for h in fact[3]):
        raise ValueError("scores written by a version whose scores held other values")
    key, score, untitled, hits = fact
    return TypeScore(key, score, tuple(Hit(*h) for h in hits), untitled)


def read_ahead(read: ReadSource, config: Config) -> None:
    """Work out the types of a scan's pages (segment asks them) and of the scan as a whole
    (classify asks it of a file of one document) now, while the OCR workers read the others:
    they are then found done, instead of worked out after the last scan, when one core works
    and the other idles."""
    for text in (*read.page_texts, read.text):
        type_of(text, config)


def score_types(read: str, rules: TypeRules, zone: Zone | None = None) -> list[TypeScore]:
    """Every type's score on this text (see ``reading_text``), best first. A type with no title
    phrase can still win when its evidence weighs ``untitled.min_score`` and leads every other
    type by ``untitled.lead`` (a clinic's letter about a diagnosis, a W-2's box labels)."""
    weights = rules.weights
    heading = read[: rules.heading_chars]
    longer_than_a_card = len(read.split()) > rules.card_most_words
    scores = []
    for key, rule in rules.types.items():
        hits = []
        if zone and zone.code in rule.mrz:
            how = "checks out" if zone.valid else "birth date check digit holds"
            what = f"machine-readable zone '{zone.code}' ({how})"
            hits.append(Hit("mrz", what, weights.strong, zone.code))
            hits.append(Hit("heading", "machine-readable zone", weights.heading, zone.code))
        titled_in = heading if rule.card and longer_than_a_card else read
        hits += [
            Hit("strong", h.phrase, weights.strong, h.seen)
            for p in rule.strong
            if (h := find_phrase(titled_in, p))
        ]
        titles = [h for h in hits if h.kind == "strong" and find_phrase(heading, h.phrase)]
        if titles:
            hits.append(Hit("heading", titles[0].phrase, weights.heading, titles[0].seen))
        # a greeting makes a letter of its type, but weighs less than a title and never heads
        # the page as one: a clinic's or a school's letter opens "To whom it may concern" too
        greeting = next((h for p in rule.salutation if (h := find_phrase(read, p))), None)
        if greeting:  # one counts: a letter has one greeting
            hits.append(Hit("salutation", greeting.phrase, weights.salutation, greeting.seen))
        evidence = [
            Hit("evidence", h.phrase, weights.evidence, h.seen)
            for p in rule.evidence
            if (h := find_phrase(read, p))
        ]
        hits += evidence[: rules.most_evidence]
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
    scores = [_untitled(s, scores, rules) for s in scores]
    return sorted(scores, key=lambda s: (s.eligible, s.score), reverse=True)


def _untitled(score: TypeScore, scores: list[TypeScore], rules: TypeRules) -> TypeScore:
    if score.titled or score.score < rules.untitled.min_score:
        return score
    others = max((s.score for s in scores if s.type != score.type), default=0.0)
    if score.score - others < rules.untitled.lead:
        return score
    return dataclasses.replace(score, untitled=True)


def confidence(best: float, runner_up: float) -> float:
    """High when the best type scores well and clearly ahead of the next one."""
    if best <= 0:
        return 0.0
    separation = max(0.0, best - max(runner_up, 0.0)) / best
    return round(best / (best + 2.0) * (0.6 + 0.4 * separation), 2)


def _choose_type(ranked: tuple[TypeScore, ...], min_score: float) -> tuple[str, float, list[str]]:
    best, runner_up = ranked[0], ranked[1]
    if best.eligible and best.score >= min_score:
        sure = confidence(best.score, runner_up.score)
        sure *= UNTITLED_CONFIDENCE if best.untitled else 1.0
        return best.type, round(sure, 2), list(best.reasons)
    near = f" (best: {best.type}, {best.score:g})" if best.score > 0 else ""
    return UNCLASSIFIED, 0.0, [f"no document type scored {min_score:g} or more{near}"]


def _issuer_reason(text: str, rules: TypeRules) -> str | None:
    issuer = document_fields.issuing_authority(text, rules.fields.issuer_markers)
    return f"issuer '{issuer}'" if issuer else None


# --- whom it is about ---


def people_named(
    text: str,
    case: Case,
    rule: TypeRule | None,
    rules: TypeRules,
    day_first: bool,
    zone: Zone | None = None,
) -> list[Candidate]:
    """The people of the case named in the text, the likeliest subject first. The holder named
    in a machine-readable zone whose check digits hold is the subject; a name masked as IRS
    transcripts print it counts below a whole one."""
    tokens = name_tokens(text)
    holder = name_tokens(zone.name) if zone else []
    dates = set(dates_in(text, day_first))
    subject = rule.subject if rule else None
    own_labels = [(words(label), label) for label in (subject.labels if subject else [])]
    # a letter names its subject's kin in passing; only a form's boxes make them other parties
    in_prose = subject is not None and not subject.labels
    others = rules.people.other_labels + ([] if in_prose else rules.people.kin_labels)
    other_labels = [(words(label), label) for label in others]
    written = {person.name: find_name(person.name, tokens) for person in case.people()}
    # a form's record written as a letter (a therapist's "I have seen Ayélé twice a week"):
    # none of its subject's labels stands in it
    labelled = any(_labelled_at(tokens, label) for label, _ in own_labels)
    candidates = []
    for person in case.people():
        masked = False
        matches = _own_matches(person.name, written)
        if not matches:
            matches = find_masked_name(person.name, tokens)
            masked = bool(matches)
        in_zone = bool(holder) and bool(find_name(person.name, holder))
        if not matches and in_zone:
            matches = find_name(person.name, holder)
        married = False
        if not matches and not _born_otherwise(person, text, dates, rules, day_first):
            matches = _under_spouse_surname(person, case)(tokens)
            married = bool(matches)
        titled = False
        if not matches:
            others = [p.name for p in case.people() if not same_name(p.name, person.name)]
            matches = find_by_title(person.name, others, tokens, rules.people.honorifics)
            titled = bool(matches)
        given_only = False
        if not matches and person.date_of_birth in dates:
            matches = _by_given_name(person, case.people(), tokens, own_labels)
            given_only = bool(matches)
        by_surnames = False
        if not matches and subject and subject.dated and person.date_of_birth in dates:
            matches = _by_surnames(person, tokens)
            by_surnames = bool(matches)
        called = False
        # a letter calls its own subject by the given name; others it names so only in passing
        # ("their children Diego and Camila"), so only the type's first preferred person
        first_preferred = bool(
            subject and subject.prefer and subject.prefer[0] in _roles(person, case)
        )
        if not matches and (in_prose or not labelled) and first_preferred:
            conditions = _conditions_of(person, case)
            matches = _called_by_given_name(person, case.people(), tokens, text, conditions)
            called = bool(matches)
        if not matches:
            continue
        placed = [(m, _label_of(tokens, m, masked, own_labels, other_labels)) for m in matches]
        if by_surnames:  # the family's surnames stand in the parents' boxes, by their labels
            placed = [(m, ("none", "")) for m, _ in placed]
        only_as_other = all(kind == "other" for _, (kind, _) in placed)
        match, (kind, label) = max(placed, key=lambda p: _label_score(p[1][0]) + p[0].score)
        score = match.score + _label_score(kind)
        notes = []
        if kind != "none":
            notes.append(f"after '{label}'")
        if masked:
            notes.append("masked as the IRS prints names")
        if married:
            notes.append("under the spouse's surname")
        if titled:
            notes.append("called by a title and one word of the name")
        if given_only:
            notes.append("by the given name alone, beside that person's date of birth")
        if by_surnames:
            notes.append("by the family's surnames, beside that person's date of birth")
        if called:
            notes.append("called by the given name, as a letter calls its subject")
        if in_zone:
            score += 3.0
            notes.append("the holder in its machine-readable zone")
        if subject and subject.dated and person.date_of_birth in dates:
            score += 3.0
            notes.append("with that person's date of birth")
        prefer = subject.prefer if subject else []
        preferred = [prefer.index(r) for r in _roles(person, case) if r in prefer]
        if preferred:
            score += max(0.5, 3.0 - min(preferred))
        score -= 0.001 * match.position  # the first named, when all else is equal
        candidates.append(Candidate(person, match, round(score, 3), tuple(notes), only_as_other))
    if subject and subject.youngest:
        candidates = _youngest_first(candidates, dates)
    return sorted(candidates, key=lambda c: (c.only_as_other, -c.score))


def _labelled_at(tokens: list[str], label: list[str]) -> bool:
    return next(_label_ends(tokens, label), None) is not None


def _label_ends(tokens: list[str], label: list[str]) -> Iterator[int]:
    """Where each writing of the label's words in the text's words ends."""
    n = len(label)
    if n:
        yield from (i + n for i in range(len(tokens) - n + 1) if tokens[i : i + n] == label)


def _own_matches(name: str, written: dict[str, list[NameMatch]]) -> list[NameMatch]:
    """Where the person's name is written, less the places that write another person of the
    case whole: "VILLASENOR, MARCO ANTONIO" is the son Marco Antonio Villaseñor, not a partial
    writing of his father Rogelio Antonio Villaseñor Ibarra, whose words it shares but for his
    first name."""
    others = [
        m
        for other, found in written.items()
        if not same_name(other, name)
        for m in found
        if _whole(m, other)
    ]
    return [m for m in written[name] if _whole(m, name) or not any(m.overlaps(o) for o in others)]


def _whole(match: NameMatch, name: str) -> bool:
    return set(name_words(name)) <= set(match.parts)


def _youngest_first(candidates: list[Candidate], dates: set[dt.date]) -> list[Candidate]:
    """A birth record names the registrant's parents, who are a generation older: of the
    people of the case it names, the one born that long after another is its subject, whether
    or not OCR read the boxes' captions or the dates. Of two children it may be, the one whose
    date of birth it writes."""
    born = [c for c in candidates if c.person.date_of_birth and not c.only_as_other]
    if len(born) < 2:
        return candidates
    eldest = min(born, key=lambda c: c.person.date_of_birth or dt.date.max)

    def youngest_of(pool: list[Candidate]) -> Candidate:
        return max(pool, key=lambda c: c.person.date_of_birth or dt.date.min)

    dated = [c for c in born if c.person.date_of_birth in dates]
    youngest = youngest_of(dated) if dated else None
    if youngest is None or not _generation_apart(youngest, eldest):
        youngest = youngest_of(born)
    if not _generation_apart(youngest, eldest):
        return candidates
    note = "born a generation after another person it names, as a registrant is"
    return [
        dataclasses.replace(c, score=round(c.score + GENERATION_BONUS, 3), notes=(*c.notes, note))
        if c is youngest
        else c
        for c in candidates
    ]


def _generation_apart(young: Candidate, old: Candidate) -> bool:
    a, b = young.person.date_of_birth, old.person.date_of_birth
    return a is not None and b is not None and (a - b).days >= GENERATION_DAYS


GENERATION_DAYS = 12 * 365  # a parent named on a birth record is at least this much older
GENERATION_BONUS = 4.0  # outweighs the +3 of a parent's date of birth printed in its box


def _roles(person: Person, case: Case) -> list[str]:
    """The roles a type's ``prefer`` can name the person by: their own, and ``cared_for`` when
    the caretaker claim is about them (most often a child of the case, whose role is child)."""
    caretaker = case.claims.caretaker
    cared_for = caretaker is not None and same_name(caretaker.person, person.name)
    return [person.role, "cared_for"] if cared_for and person.role != "cared_for" else [person.role]


Label = tuple[list[str], str]  # its words as read, and as written in the rules


def _born_otherwise(
    person: Person, text: str, dates: set[dt.date], rules: TypeRules, day_first: bool
) -> bool:
    """Whether the document gives a date of birth and it is not the person's: a record of
    another woman of the same given name and married surname ("PENA, MARIA E", born 1991)."""
    if person.date_of_birth is None or person.date_of_birth in dates:
        return False
    born = document_fields.date_of_birth(text, rules.fields.date_of_birth_labels, day_first)
    return born is not None


def _under_spouse_surname(person: Person, case: Case) -> Callable[[list[str]], list[NameMatch]]:
    """A finder of the respondent written under the spouse's surname (``married_names``), when
    case.yaml names a spouse and no one else of the case shares the respondent's first given
    name (a daughter named after her mother carries the father's surname too)."""
    spouse = case.claims.spouse
    first = name_words(person.name)[:1]
    if (
        person.role != "respondent"
        or spouse is None
        or not first
        or any(first[0] in name_words(p.name) for p in case.people() if p.claim != person.claim)
    ):
        return lambda tokens: []
    names = married_names(person.name, spouse.name)

    def finder(tokens: list[str]) -> list[NameMatch]:
        for name in names:
            found = find_name(name, tokens)
            if found:
                return [
                    dataclasses.replace(m, score=round(m.score * MARRIED_SHARE, 3)) for m in found
                ]
        return []

    return finder


def _by_given_name(
    person: Person, everyone: list[Person], tokens: list[str], own: list[Label]
) -> list[NameMatch]:
    """A person written by the given name alone right after the type's own label ("Patient:
    Sofia  DOB: 08/14/2012"), with the initial of the second given name as records systems
    print a name ("PENA, MARIA E": a hospital that took down her husband's surname), or spelt
    exactly where OCR lost the rest of the name box and its caption ("BRYAN" above the child's
    date of birth on a photographed certificate), found only when the document also writes
    that person's date of birth (the caller's condition) and nobody else of the case has that
    given name."""
    parts = name_words(person.name)
    if not parts:
        return []
    first = parts[0]
    if sum(name_words(p.name)[:1] == [first] for p in everyone) > 1:
        return []
    second = parts[1] if len(given_names(parts)) > 1 else None

    def initialled(i: int) -> bool:
        return second is not None and i + 1 < len(tokens) and tokens[i + 1] == second[0]

    return [
        NameMatch(i, (first,), GIVEN_ONLY_SCORE)
        for i, word in enumerate(tokens)
        if word == first
        or (
            same_name_word(first, word)
            and (initialled(i) or (own and _label_before(tokens, i, own, [])[0] == "own"))
        )
    ]


GIVEN_ONLY_SCORE = 1.0  # below a masked name (1.5): one word of the name, held up by the date


def _by_surnames(person: Person, tokens: list[str]) -> list[NameMatch]:
    """A person written by the family's surnames alone (every word of the name but the given
    names, each allowed two letters misread, as a given name before surnames is), found only on
    a record that writes that person's date of birth (the caller's condition): a photographed
    birth certificate whose child's name box OCR lost, but whose boxes give the surnames
    ("MANUNYO AGBCOJAN" for Ayélé Mawunyo Agbodjan) and whose date box the child's date of
    birth."""
    parts = name_words(person.name)
    given = given_names(parts)
    surnames = [p for p in parts if p not in given]
    n = len(surnames)
    at = [next((i for i, t in enumerate(tokens) if _surname_read(s, t)), None) for s in surnames]
    if not surnames or None in at:
        return []
    for i in range(1, len(tokens) - n + 1):
        together = zip(surnames, tokens[i : i + n], strict=True)
        if all(_surname_read(s, t) for s, t in together) and _spelled_given_name(
            tokens[i - 1], given
        ):
            # the surnames written together after another spelling of the given name ("Sofía"
            # for Sophia, which check points at): not a lost name box
            return []
    return [NameMatch(min(i for i in at if i is not None), tuple(surnames), SURNAMES_SCORE)]


def _surname_read(surname: str, seen: str) -> bool:
    return same_name_word(surname, seen) or slipped_letters(surname, seen)


def _spelled_given_name(word: str, given: set[str]) -> bool:
    """Whether a word is a spelling of one of the given names: "sofia" of "sophia", not the
    garble OCR makes of a photographed box ("avtut")."""
    return word.isalpha() and any(
        len(word) >= 3 and Levenshtein.distance(word, g) <= max(1, len(g) // 3) for g in given
    )


SURNAMES_SCORE = 1.5  # as a masked name: the family's words, held up by the date of birth


def _called_by_given_name(
    person: Person, everyone: list[Person], tokens: list[str], text: str, conditions: list[str]
) -> list[NameMatch]:
    """A person a letter calls by the given name, as letters do ("Conozco a Anselmo como un
    hombre trabajador"), where nobody else of the case has that given name and the letter also
    writes the family's surname ("la familia Bautista"), calls another of the family by theirs
    ("sus hijos Jonathan y Dulce"), names the condition the case claims for the person, or
    writes a long given name only alone. The names must be capitalised where they stand:
    "Esperanza" is also hope."""
    parts = name_words(person.name)
    if len(parts) < 2 or sum(name_words(p.name)[:1] == parts[:1] for p in everyone) > 1:
        return []
    first = parts[0]
    plain = without_accents(unicodedata.normalize("NFKD", text))
    if not _written_as_name(first, plain):
        return []
    surname = any(s in tokens for s in parts[1:] if s not in given_names(parts))
    kin = any(
        _written_as_name(words_of[0], plain)
        for other in everyone
        if (words_of := name_words(other.name))
        and words_of[0] != first
        and sum(name_words(p.name)[:1] == words_of[:1] for p in everyone) == 1
    )
    # a clinician's letter calls its patient by the given name and names the condition the
    # case claims for them ("Ayélé ... for lower-limb weakness due to spina bifida")
    condition = any(contains_phrase(reading_text(fold(text)), fold(c)) for c in conditions)
    if not (surname or kin or condition or _only_as_given_name(first, parts, plain)):
        return []
    return [NameMatch(i, (first,), GIVEN_ONLY_SCORE) for i, w in enumerate(tokens) if w == first]


ALONE_GIVEN_NAME = 5  # letters a given name needs to be its holder's with nothing else to say so


def _only_as_given_name(first: str, parts: list[str], plain: str) -> bool:
    """Whether a long given name stands only alone ("vivo al lado de Yariela desde hace cinco
    años"), never before a surname the person does not have ("Gloria Espinoza" is another
    Gloria): a neighbour's letter that calls its subject as neighbours do."""
    if len(first) < ALONE_GIVEN_NAME:
        return False
    written = "|".join(re.escape(w) for w in (first[:1].upper() + first[1:], first.upper()))
    for match in re.finditer(rf"(?<![^\W\d_])(?:{written})(?![^\W\d_])\s*(\w*)", plain):
        after = match.group(1)
        if after[:1].isupper() and fold(after) not in parts:
            return False
    return True


def _conditions_of(person: Person, case: Case) -> list[str]:
    """The conditions the case claims for a person: the caretaker's and the medical claim's."""
    claims, found = case.claims, []
    if claims.caretaker and same_name(claims.caretaker.person, person.name):
        found.append(claims.caretaker.condition)
    medical = claims.medical
    if medical and (
        same_name(medical.person, person.name)
        or (medical.person == "self" and person.role == "respondent")
    ):
        found.append(medical.condition)
    return found


def _written_as_name(word: str, plain: str) -> bool:
    """Whether a folded name word stands in the text capitalised, as a name is written."""
    written = "|".join(re.escape(w) for w in (word[:1].upper() + word[1:], word.upper()))
    return re.search(rf"(?<![^\W\d_])(?:{written})(?![^\W\d_])", plain) is not None


def _label_of(
    tokens: list[str], match: NameMatch, masked: bool, own: list[Label], other: list[Label]
) -> tuple[str, str]:
    """The label a name is written after: its own, or, for the second of two names joined by
    "and" after one label ("Tenants: Luis A. Torres and Rosa D. Hernandez", "Padres: ... y
    ..."), the first name's."""
    found = _label_before(tokens, _joint_start(tokens, match, masked), own, other)
    at = match.position
    if found[0] == "none":
        found = _label_above(tokens, at, own, other)
    if found[0] == "none":
        found = _other_party_before(tokens, at, other)
    if found[0] != "none" or at < 2 or tokens[at - 1] not in JOINERS:
        return found
    for start in range(at - 2, max(at - 2 - JOINED_NAME_WORDS, -1), -1):
        if tokens[start] in BOUNDARIES:
            break
        shared = _label_before(tokens, start, own, other)
        if shared[0] != "none":
            return shared
    return found


def _other_party_before(tokens: list[str], at: int, other: list[Label]) -> tuple[str, str]:
    """Another party's label a word or two before the name found: the words between are that
    party's first names ("Name of Mother: IFEOMA GRACE OKONKWO" holds "Grace Okonkwo", a
    daughter's given name and the family's surname, but it is the mother's name)."""
    for skipped in range(1, OTHER_FIRST_NAMES + 1):
        start = at - skipped
        skipped_words = tokens[start:at]
        if start < 1 or any(
            t in BOUNDARIES or t in JOINERS or not t.isalpha() for t in skipped_words
        ):
            break  # "... LLC ("Landlord") and Iryna Kovalenko": "and" starts another party
        found = _label_before(tokens, start, [], other)
        if found[0] == "other":
            return found
    return "none", ""


OTHER_FIRST_NAMES = 2  # given names of another party looked past for their label


JOINERS = {"and", "y", "e", "et"}
JOINED_NAME_WORDS = 4  # the words of the first of two joined names that are looked past


def _joint_start(tokens: list[str], match: NameMatch, masked: bool) -> int:
    """Where the label of a masked name is sought: an IRS transcript prints a joint return's
    filers on one line after one label ("NAME(S) SHOWN ON RETURN: JORG OSPI & LUZ REST"), so
    the second filer's name stands after the first's and is labelled as much as it."""
    at = match.position
    before = tokens[at - MASK_PAIR : at] if at >= MASK_PAIR else []
    if masked and len(before) == MASK_PAIR and all(_masked_word(w) for w in before):
        return at - MASK_PAIR
    return at


MASK_PAIR = 2  # a masked name: first name and surname, each cut to four letters


def _masked_word(word: str) -> bool:
    return word.isalpha() and 1 < len(word) <= MASK


def _label_before(
    tokens: list[str], position: int, own: list[Label], other: list[Label]
) -> tuple[str, str]:
    """The label written closest before a name: ("own" | "other" | "none", the label)."""
    before = [t for t in tokens[max(0, position - 8) : position] if t not in BOUNDARIES][-6:]
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


def _label_above(
    tokens: list[str], position: int, own: list[Label], other: list[Label]
) -> tuple[str, str]:
    """The label of a form's box whose caption OCR reads on the line above its value: a row of
    boxes comes out as a line of captions ("Patient name (Last, First MI)  DOB  MRN") over a
    line of values, so a name opening its line belongs to the caption opening the short line
    before it ("Emergency contact  Contact phone" over the respondent's name)."""
    if position < 2 or tokens[position - 1] not in BOUNDARIES:
        return "none", ""
    start = position - 1
    while start > 0 and tokens[start - 1] not in BOUNDARIES:
        start -= 1
    caption = tokens[start : position - 1]
    if not caption or len(caption) > CAPTION_WORDS:
        return "none", ""
    best: tuple[int, str, str] | None = None  # (length, kind, label)
    for kind, labels in (("own", own), ("other", other)):
        for label, written in labels:
            if caption[: len(label)] == label and (best is None or len(label) > best[0]):
                best = (len(label), kind, written)
    return (best[1], best[2]) if best else ("none", "")


CAPTION_WORDS = 10  # a row of box captions; a longer line is prose, not captions


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


def equity_tags(person: Person | None, case: Case, dated: dt.date | None = None) -> list[str]:
    """What is known of the person a document is about, most specific first (the keys of an
    equity mapping in document_types.yaml), then the claims the case makes. ``dated``: the
    first day the document speaks for; only a paper of the respondent's childhood is evidence
    of arriving as a child."""
    claims = case.claims
    tags: list[str] = []
    if person is None:
        tags.append("nobody")
    elif person.role == "respondent":
        # a paper shows the childhood here only if it is dated then: an undated diploma is
        # the education it certifies
        young = dated is not None and not case.respondent.adult_on(dated)
        if case.respondent.arrived_as_child and young:
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


ACCUSED_REACH = 8  # words after an accused label within which the accused's name stands


def _named_as_accused(text: str, person: Person, labels: list[str]) -> bool:
    """Whether the person is written just after a label of the accused ("ARRESTEE NAME (LAST,
    FIRST MIDDLE)  MONTEIRO, ADILSON JORGE")."""
    tokens = name_tokens(text)
    return any(
        find_name(person.name, tokens[end : end + ACCUSED_REACH + len(person.name.split())])
        for label in labels
        for end in _label_ends(tokens, words(label))
    )


def told_claims(text: str, rule: TypeRule, tags: list[str]) -> list[str]:
    """``tells_<claim>`` for each claim the case makes (in ``tags``) of which the text tells in
    one of the type's ``topics`` phrases: a shelter advocate's letter tells of the abuse."""
    read = reading_text(text) if rule.topics else ""
    return [
        f"tells_{claim}"
        for claim, phrases in rule.topics.items()
        if f"claims_{claim}" in tags and any(find_phrase(read, p) for p in phrases)
    ]


def _status(person: Person, case: Case) -> str | None:
    if person.role == "child":
        return next((c.status for c in case.claims.children if c.name == person.name), None)
    if person.role == "spouse" and case.claims.spouse:
        return case.claims.spouse.status
    return None


def _equity_why(key: str, person: Person | None) -> str:
    if key == "default":
        return "the type's default"
    if key == "accused":
        return f"{person.name if person else 'its subject'} is the one accused"
    if key.startswith("tells_"):
        return f"it tells of the {key.removeprefix('tells_').replace('_', ' ')} case.yaml claims"
    if key.startswith("claims_"):
        return f"case.yaml claims {key.removeprefix('claims_').replace('_', ' ')}"
    if person is None:
        return "about no one named in case.yaml"
    return f"about {person.name} ({key.replace('_', ' ')})"


# --- translations ---


def pair_translations(documents: list[Document], case: Case, config: Config) -> list[Document]:
    """Join each translation to the foreign-language document it translates (by ``name``: a
    file, or the pages of one): as case.yaml says, else by what both say
    (``translation_score``), else a certificate of translation to the one foreign document about
    its person."""
    by_name = {d.name: d for d in documents}
    pairs: dict[str, str] = {}
    for entry in case.documents:
        named = (d for d in documents if (d.file, d.file_pages) == (entry.file, entry.page_range))
        original = next(named, None)
        if original and entry.translation in by_name:
            pairs[original.name] = entry.translation
    for original_name, translation_name in _paired_by_content(documents, pairs, config):
        pairs[original_name] = translation_name
    for translation in documents:
        if translation.type != "certificate_of_translation" or translation.name in pairs.values():
            continue
        if translation.name in pairs:  # an original with its own translation translates nothing
            continue
        certifies = _types_named(translation.text, config)
        candidates = [
            d
            for d in documents
            if d.language != "en"
            and d.name not in pairs
            and d.name not in pairs.values()  # never a translation, never the file itself
            and d.name != translation.name
            and (_about_one_person(d, translation) or _unnamed_of_kind(d, certifies))
            and _may_translate(d, certifies)
        ]
        if len(candidates) == 1:
            pairs[candidates[0].name] = translation.name
    for original_name, translation_name in pairs.items():
        original = by_name[original_name]
        if (original.type == UNCLASSIFIED or original.about is None) and not original.overridden:
            original = _typed_by_translation(original, by_name[translation_name], case, config)
        by_name[original_name] = dataclasses.replace(original, translation=translation_name)
        by_name[translation_name] = dataclasses.replace(
            by_name[translation_name],
            translates=original_name,
            equity=original.equity,
            about=original.about,
            about_claim=original.about_claim,
            reasons=(*by_name[translation_name].reasons, f"translates {original_name}"),
        )
    return [by_name[d.name] for d in documents]


def _about_one_person(original: Document, translation: Document) -> bool:
    """Whether the original is about the translation's person, or names them: a marriage
    record names both spouses, and each paper may be filed under the other."""
    if original.about == translation.about:
        return True
    return bool(translation.about and find_name(translation.about, name_tokens(original.text)))


def _unnamed_of_kind(original: Document, named: set[str]) -> bool:
    """Whether the original is of the kind a translation names ("the attached English
    translation of the Certification of Birth Record") but OCR read no one's name on it (a
    photo a messaging app shrank): then the translation tells whose it is."""
    return original.about is None and original.type in named


def _may_translate(original: Document, named: set[str]) -> bool:
    """Whether a translation or certificate naming the types ``named`` ("the attached English
    translation of the Brazilian birth certificate") may be the original's: a paper of another
    kind it is not (one OCR could not type may be of any)."""
    return not named or original.type in named or original.type == UNCLASSIFIED


def _types_named(text: str, config: Config) -> set[str]:
    """The document types other than a translation's whose title phrases the text holds."""
    ranked = type_of(text, config)[3]
    return {
        s.type
        for s in ranked
        if s.type != "certificate_of_translation" and any(h.kind == "strong" for h in s.hits)
    }


def _typed_by_translation(
    original: Document, translation: Document, case: Case, config: Config
) -> Document:
    """An original OCR could not type (a record in a script Tesseract was not asked to read, a
    photo read badly) is what its certified translation says it is: its type, person, equity
    and fields are decided on the translation's text before the translator's certificate. One
    typed by a title OCR did read but whose person it did not keeps its type, and is about
    whom its translation says."""
    lines = translation.text.splitlines()
    phrases = config.requirements.translation.certificate_phrases
    starts = [
        i for i, line in enumerate(lines) if any(contains_phrase(fold(line), p) for p in phrases)
    ]
    # what marks it a translation ("[Translated from Ukrainian: Birth Certificate]") weighs
    # against the original's type, as it should when the translation itself is typed
    markers = "|".join(re.escape(m) for m in config.rules.translations.markers)
    marks = re.compile(rf"\b(?:english\s+)?(?:{markers})\b(?:\s+(?:from|into)\s+\w+)?", re.I)
    text = marks.sub(" ", "\n".join(lines[: starts[0]] if starts else lines))
    if starts and starts[0] == 0:
        return original  # a certificate alone: no translated text to read
    if original.type != UNCLASSIFIED:
        kind, why = original.type, f"its person read from its translation {translation.name}"
    else:
        ranked = type_of(text, config)[3]
        best = next((t for t in ranked if t.eligible and t.type not in TRANSLATION_TYPES), None)
        if best is None or best.score < config.settings.classify.min_score:
            return original
        kind, why = best.type, f"typed by its translation {translation.name}: {best.type}"
    d = decide(text, original.file, case, config, as_type=kind)
    if original.type != UNCLASSIFIED and d.person is None:
        return original
    return dataclasses.replace(
        original,
        type=d.type,
        equity=d.equity,
        about=d.person.name if d.person else None,
        about_claim=d.person.claim if d.person else None,
        confidence=d.confidence,
        fields=d.fields,
        reasons=(*original.reasons, why, *d.reasons),
    )


TRANSLATION_TYPES = ("certificate_of_translation", UNCLASSIFIED)


def _paired_by_content(
    documents: list[Document], pairs: dict[str, str], config: Config
) -> list[tuple[str, str]]:
    default = config.languages.default
    rules = config.rules.translations
    taken = set(pairs) | set(pairs.values())
    originals = [d for d in documents if d.language != default and d.name not in taken]
    translations = [
        d
        for d in documents
        if d.language == default and d.name not in taken and is_translation(d, rules.markers)
    ]
    kept = {d.name: kept_words(d.text) for d in documents}
    written_by = Counter(w for words_of in kept.values() for w in words_of)
    named = {t.name: _types_named(t.text, config) for t in translations}
    scored = sorted(
        (
            (score, o.name, t.name)
            for o in originals
            for t in translations
            if _may_translate(o, named[t.name])
            and (
                score := translation_score(o, t, config.rules)
                + _kept_score(kept[o.name], kept[t.name], written_by, rules)
            )
            >= rules.min_score
        ),
        reverse=True,
    )
    chosen: list[tuple[str, str]] = []
    for score, original, translation in scored:
        if original in taken or translation in taken:
            continue
        rivals = [s for s, o, t in scored if (o == original) != (t == translation)]
        if any(s == score for s in rivals):  # two equally good pairings: leave it to case.yaml
            continue
        chosen.append((original, translation))
        taken |= {original, translation}
    return chosen


def kept_words(text: str) -> set[str]:
    """The words a translator copies as they stand: capitalised words (names of people, streets
    and towns) and runs of four digits or more (street, ZIP and phone numbers), folded."""
    found = set()
    for token in KEPT_TOKEN.findall(text):
        if token.isdigit():
            if len(token) >= 4:
                found.add(token)
        elif len(token) >= 4 and token[0].isupper():
            found.add(fold(token))
    return found


KEPT_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def _kept_score(
    original: set[str], translation: set[str], written_by: Counter[str], rules: TranslationRules
) -> float:
    """The words only these two documents of the case write: a name or number another document
    also writes (the respondent's name, her address) says nothing of which is whose."""
    only_these = sum(1 for w in original & translation if written_by[w] == 2)
    return (
        float(min(only_these, rules.kept_words_most))
        if only_these >= rules.kept_words_least
        else 0.0
    )


def is_translation(doc: Document, markers: list[str]) -> bool:
    if doc.type == "certificate_of_translation":
        return True
    read = reading_text(doc.text)
    return any(find_phrase(read, m, fuzzy=False) for m in markers)


def _renders_type(doc_type: str, translation: Document, rules: TypeRules) -> bool:
    if doc_type == UNCLASSIFIED or doc_type not in rules.types:
        return False
    if translation.type == doc_type:
        return True
    read = reading_text(translation.text)
    # a letter has no title: its greeting, rendered ("Your Honor"), says the same
    rule = rules.types[doc_type]
    return translation.type == "certificate_of_translation" and any(
        find_phrase(read, p) for p in (*rule.strong, *rule.salutation)
    )


def translation_score(original: Document, translation: Document, rules: TypeRules) -> float:
    """How surely ``translation`` renders ``original``: the same type (a translation typed by
    its certificate counts when it holds a title of the original's type: "BIRTH RECORD"),
    person, dates and names. Without a date or the person in common, no score (a type alone is
    no pairing)."""
    # a translator copies the original's dates as written ("09.07.2015"), which English reads
    # month first: either reading of a date whose day could be a month is the same date
    written = set(translation.fields.dates) | {
        d.replace(day=d.month, month=d.day) for d in translation.fields.dates if d.day <= 12
    }
    same_dates = len(set(original.fields.dates) & written)
    same_person = original.about is not None and original.about == translation.about
    if not same_dates and not same_person:
        return 0.0
    same_names = any(
        same_name(a, b) for a in original.fields.names for b in translation.fields.names
    )
    return (
        2.0 * _renders_type(original.type, translation, rules)
        + 2.0 * same_person
        + min(same_dates, 3)
        + 1.0 * same_names
    )
