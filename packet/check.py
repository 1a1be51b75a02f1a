"""Check: hold the claims in case.yaml against the documents found, and say what is missing.

Input: the Case, the classified ``Document``s and the files ingest rejected. Output: a list of
``Finding``s, each naming the claim, file or page it concerns and what to do about it, plus the
residence ``Timeline`` that `packet check` draws. What proves what, and how severe each finding
is, is data in config/requirements.yaml.

A finding that is wrong teaches users to ignore all of them, so every rule here errs towards
silence when the evidence is ambiguous: a missed duplicate costs a page, a false one costs trust.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from packet import likeness
from packet.case import Case, NegativeFactor
from packet.classify import UNCLASSIFIED, Document
from packet.config import ClaimRule, Config, DuplicateRule
from packet.errors import ConfigError
from packet.ingest import Rejection
from packet.text import (
    LANGUAGE_NAMES,
    contains_phrase,
    dates_in,
    fold,
    language_of,
    long_date,
    name_position,
    same_name,
    words,
)

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
REQUIREMENTS_FILE = "config/requirements.yaml"
STATUS_WORDS = {"usc": "US-citizen", "lpr": "permanent-resident", "other": ""}
OVERRIDE_HINT = (
    "if it is already in the folder, set its `type` and `about` under `documents:` in case.yaml"
)

Problem = tuple[str, str, dict[str, Any]]  # (code, message, where: claim/file/page/extra)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    claim: str | None = None
    file: str | None = None
    page: int | None = None
    extra: tuple[tuple[str, Any], ...] = ()  # e.g. (("from", "2009-01-01"), ("to", "2011-06-30"))


@dataclass(frozen=True, order=True)
class Span:
    """Days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date
    file: str | None = field(default=None, compare=False)  # the document dated in this span


@dataclass(frozen=True)
class Timeline:
    """The claimed residence, from ``since`` to ``until``, against the dated evidence."""

    since: dt.date
    until: dt.date
    evidence: tuple[Span, ...]  # each document's dated span, clipped to since..until
    gaps: tuple[Span, ...]  # uncovered stretches longer than ``gap_months``
    gap_months: int

    def month(self, year: int, month: int) -> str | None:
        """'evidence', 'gap' (part of a reported gap), 'uncovered' (a shorter one), or None
        for a month outside the claimed residence."""
        first = dt.date(year, month, 1)
        month_span = Span(first, add_months(first, 1) - dt.timedelta(days=1))
        if _clip(month_span, self.since, self.until) is None:
            return None
        if any(_overlap(s, month_span) for s in self.evidence):
            return "evidence"
        return "gap" if any(_overlap(g, month_span) for g in self.gaps) else "uncovered"

    def files_in(self, year: int) -> list[str]:
        """The documents dated in a year, in date order, each once."""
        year_span = Span(dt.date(year, 1, 1), dt.date(year, 12, 31))
        return list(
            dict.fromkeys(s.file for s in self.evidence if s.file and _overlap(s, year_span))
        )


def check(
    case: Case,
    documents: list[Document],
    rejected: list[Rejection],
    config: Config,
    today: dt.date | None = None,
    copies: dict[str, str] | None = None,
) -> list[Finding]:
    """Findings for a case. ``copies`` is ``duplicate_copies(documents, config)`` when the
    caller already has it (the pipeline needs it again to leave copies out of the packet)."""
    if copies is None:
        copies = duplicate_copies(documents, config)
    findings = [
        _finding(code, message, where, config)
        for code, message, where in _problems(case, documents, rejected, config, today, copies)
    ]
    return sorted(
        findings,
        key=lambda f: (
            SEVERITY_ORDER[f.severity],
            f.code,
            f.claim or "",
            f.file or "",
            f.page or 0,
        ),
    )


def _problems(
    case: Case,
    documents: list[Document],
    rejected: list[Rejection],
    config: Config,
    today: dt.date | None,
    copies: dict[str, str],
) -> Iterator[Problem]:
    today = today or dt.date.today()
    dropped = _left_out(copies, {d.file: d for d in documents})
    filed = [d for d in documents if d.file not in dropped]  # what the packet will hold
    yield from rejected_files(rejected)
    yield from missing_evidence(case, documents, config)
    yield from request_prerequisites(case, config)
    yield from missing_identity(case, documents, config)
    yield from missing_g28(case, documents)
    yield from residence_gaps(residence_timeline(case, documents, config, today))
    yield from untranslated(case, filed, config)
    yield from unaddressed_negative_factors(case, documents, config)
    yield from stale_evidence(case, documents, config, today)
    yield from duplicates(documents, copies)
    yield from unclassified(filed)
    yield from low_ocr_confidence(filed, config)


def _finding(code: str, message: str, where: dict[str, Any], config: Config) -> Finding:
    where = dict(where)
    severity = where.pop("severity", None) or config.requirements.severity[code]
    return Finding(code, severity, message, **where)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


# --- rejected, unclassified and hard-to-read files -----------------------------------------------


def rejected_files(rejected: list[Rejection]) -> Iterator[Problem]:
    for r in rejected:
        yield (
            "rejected-file",
            f"{r.file} was left out of the packet: {r.reason}. If it is not meant to be filed, "
            "set `exclude: true` for it under `documents:` in case.yaml.",
            {"file": r.file},
        )


def unclassified(documents: list[Document]) -> Iterator[Problem]:
    for d in documents:
        if d.type == UNCLASSIFIED and not d.overridden and not d.translates:
            yield (
                "unclassified-document",
                f"{d.file}: could not tell what kind of document this is, so it is filed under "
                "'Other evidence' and proves no claim; set its `type` (and `about`) under "
                "`documents:` in case.yaml, or `exclude: true` it.",
                {"file": d.file},
            )


def low_ocr_confidence(documents: list[Document], config: Config) -> Iterator[Problem]:
    threshold = config.settings.ocr.low_confidence
    for d in documents:
        for page, confidence in enumerate(d.page_confidences, start=1):
            if confidence is not None and confidence < threshold:
                yield (
                    "low-ocr-confidence",
                    f"{d.file}, page {page}: the text was hard to read (OCR confidence "
                    f"{confidence:.0f} of 100), so its type and dates may be wrong; check it, or "
                    "rescan it flat, in focus and at 300 dpi.",
                    {"file": d.file, "page": page},
                )


# --- claims against evidence ---------------------------------------------------------------------


@dataclass(frozen=True)
class Claimed:
    """One claim of case.yaml, as the rules in requirements.yaml see it."""

    key: str  # the key under `claims:` in requirements.yaml, e.g. "children"
    path: str  # where it is in case.yaml, e.g. "children[1]"
    person: str | None  # the person it names, as written in case.yaml
    values: dict[str, str]  # what `when` tests and the message may say: status, condition, ...


def claimed(case: Case) -> Iterator[Claimed]:
    claims, respondent = case.claims, case.respondent.name
    spouse = claims.spouse.name if claims.spouse else None
    for i, child in enumerate(claims.children):
        yield Claimed("children", f"children[{i}]", child.name, {"status": child.status})
    if claims.spouse:
        yield Claimed("spouse", "spouse", spouse, {"status": claims.spouse.status})
    if claims.military:
        member = claims.military.member
        person = {"self": respondent, "spouse": spouse}.get(member)
        yield Claimed("military", "military", person, {"member": member})
    if claims.education:
        yield Claimed("education", "education", None, {})
    if claims.medical:
        person = respondent if claims.medical.person == "self" else claims.medical.person
        yield Claimed("medical", "medical", person, {"condition": claims.medical.condition})
    if claims.caretaker:
        condition = claims.caretaker.condition
        yield Claimed("caretaker", "caretaker", claims.caretaker.person, {"condition": condition})
    if claims.crime_victim:
        yield Claimed("crime_victim", "crime_victim", None, {"kind": claims.crime_victim.kind})
    if claims.law_enforcement_cooperation:
        yield Claimed("law_enforcement_cooperation", "law_enforcement_cooperation", None, {})
    if claims.community_ties:
        yield Claimed("community_ties", "community_ties", None, {})


# The claims `claimed` reads from case.yaml: the keys `claims:` in requirements.yaml may use.
CHECKED_CLAIMS = (
    "children",
    "spouse",
    "military",
    "education",
    "medical",
    "caretaker",
    "crime_victim",
    "law_enforcement_cooperation",
    "community_ties",
)


def missing_evidence(case: Case, documents: list[Document], config: Config) -> Iterator[Problem]:
    rules = config.requirements.claims
    unknown = sorted(set(rules) - set(CHECKED_CLAIMS))
    if unknown:  # a misspelt claim would otherwise go unchecked without a word
        raise ConfigError(
            f"{REQUIREMENTS_FILE}: claims: {', '.join(unknown)} is not a claim; "
            f"use one of: {', '.join(CHECKED_CLAIMS)}."
        )
    for claim in claimed(case):
        for rule in rules.get(claim.key, []):
            if not _applies(rule, claim) or any(
                _satisfies(d, rule, claim.person) for d in documents
            ):
                continue
            yield (
                "missing-evidence",
                f"{_sentence(rule.missing, claim)} {rule.add}; {OVERRIDE_HINT}.",
                {"claim": claim.path},
            )


def _applies(rule: ClaimRule, claim: Claimed) -> bool:
    return all(claim.values.get(key) in allowed for key, allowed in rule.when.items())


def _satisfies(doc: Document, rule: ClaimRule, person: str | None) -> bool:
    if doc.type not in rule.types:
        return False
    if rule.match == "any" or person is None or same_name(doc.about, person):
        return True
    return rule.match == "names" and name_position(person, words(doc.text)) is not None


def _sentence(template: str, claim: Claimed) -> str:
    values = {
        "name": claim.person or "the person claimed",
        **claim.values,
        "status": STATUS_WORDS.get(claim.values.get("status", ""), ""),
    }
    try:
        return re.sub(r"\s+", " ", template.format_map(values))
    except (KeyError, ValueError) as exc:
        known = ", ".join("{" + key + "}" for key in values)
        raise ConfigError(
            f"{REQUIREMENTS_FILE}: claims.{claim.key}: cannot fill in {template!r} ({exc}); "
            f"use only {known}."
        ) from None


def request_prerequisites(case: Case, config: Config) -> Iterator[Problem]:
    for rule in config.requirements.request_types.get(case.request.type, []):
        value = case_value(case, rule.key)
        met = value is not None if rule.equals is None else value == rule.equals
        if not met:
            yield ("missing-evidence", f"{rule.missing} {rule.add}.", {"claim": rule.key})


def case_value(case: Case, key: str) -> Any:
    """The value at a case.yaml key path such as ``proceedings.final_order_date``."""
    value: Any = case
    for part in key.split("."):
        if not hasattr(value, part) or part.startswith("_"):
            raise ConfigError(
                f"{REQUIREMENTS_FILE}: request_types: {key!r} is not a case.yaml key "
                "(see docs/case-yaml.md)."
            )
        value = getattr(value, part)
    return value


def missing_identity(case: Case, documents: list[Document], config: Config) -> Iterator[Problem]:
    types = config.requirements.identity.types
    respondent = case.respondent.name
    if not any(d.type in types and same_name(d.about, respondent) for d in documents):
        yield (
            "missing-identity",
            f"No document identifies {respondent}: add their passport, birth certificate or "
            f"national ID (with a certified translation if not in English); {OVERRIDE_HINT}.",
            {"claim": "respondent"},
        )


def missing_g28(case: Case, documents: list[Document]) -> Iterator[Problem]:
    if case.representative and not any(d.type == "g28" for d in documents):
        yield (
            "missing-g28",
            f"{case.representative.name} represents the respondent but no Form G-28 was found; "
            f"add the signed G-28 to the case folder; {OVERRIDE_HINT}.",
            {"claim": "representative"},
        )


# --- residence timeline --------------------------------------------------------------------------


def residence_timeline(
    case: Case, documents: list[Document], config: Config, today: dt.date
) -> Timeline | None:
    """The residence claimed since ``claims.residence_since``, and what dated evidence covers."""
    since = case.claims.residence_since
    if since is None or since > today:
        return None
    paperwork = set(config.requirements.filing_paperwork)
    periods = set(config.requirements.residence.period_types)
    # A court record or pay stub that prints a date of birth does not cover the years since it.
    births = case.birthdays()
    evidence = sorted(
        clipped
        for d in documents
        if d.type not in paperwork and not d.translates
        for span in dated_spans(d, today, d.type in periods, births)
        if (clipped := _clip(span, since, today))
    )
    months = config.requirements.residence.gap_months
    gaps = [g for g in _uncovered(evidence, since, today) if _longer_than(g, months)]
    return Timeline(since, today, tuple(evidence), tuple(gaps), months)


def dated_spans(
    doc: Document, today: dt.date, period: bool = False, births: Collection[dt.date] = ()
) -> list[Span]:
    """When a document shows the respondent was here: its covered range, else its dates.

    Without a covered range, the first and last dates on the page are single days of evidence
    (a birth certificate dated 2012 and issued in 2024 says nothing about the years between),
    unless the document is a ``period`` (a lease: its dates bound its term). Dates after today
    are expiry dates, not presence.
    """
    covers = doc.fields.get("covers")
    if isinstance(covers, dict):
        start, end = _iso(covers.get("from")), _iso(covers.get("to"))
        if start and end and start <= end and start <= today:
            return [Span(start, end, doc.file)]
    days = sorted(
        {d for key in ("earliest_date", "latest_date") if (d := _iso(doc.fields.get(key)))}
    )
    days = [d for d in days if d <= today]
    if period and len(days) == 2 and days[0] not in births:
        return [Span(days[0], days[1], doc.file)]
    return [Span(d, d, doc.file) for d in days]


def _iso(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _clip(span: Span, since: dt.date, until: dt.date) -> Span | None:
    start, end = max(span.start, since), min(span.end, until)
    return Span(start, end, span.file) if start <= end else None


def _overlap(a: Span, b: Span) -> bool:
    return a.start <= b.end and b.start <= a.end


def _uncovered(evidence: list[Span], since: dt.date, until: dt.date) -> Iterator[Span]:
    day = dt.timedelta(days=1)
    cursor = since  # the first day not yet covered
    for span in evidence:
        if span.start > cursor:
            yield Span(cursor, span.start - day)
        cursor = max(cursor, span.end + day)
    if cursor <= until:
        yield Span(cursor, until)


def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    month += 1
    year += day.year
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def _longer_than(span: Span, months: int) -> bool:
    return span.end >= add_months(span.start, months)


def duration(span: Span) -> str:
    """'3 years 2 months'; under two years, with the days left over ('1 year 5 days')."""
    after = span.end + dt.timedelta(days=1)
    months = (after.year - span.start.year) * 12 + after.month - span.start.month
    months -= after.day < span.start.day
    days = (after - add_months(span.start, months)).days
    years, months = divmod(months, 12)
    parts = [(years, "year"), (months, "month")] + ([(days, "day")] if years < 2 else [])
    return " ".join(f"{n} {unit}{'s' * (n != 1)}" for n, unit in parts if n) or "0 days"


def residence_gaps(timeline: Timeline | None) -> Iterator[Problem]:
    if timeline is None:
        return
    for gap in timeline.gaps:
        yield (
            "residence-gap",
            f"No dated evidence of residence from {long_date(gap.start)} to "
            f"{long_date(gap.end)} ({duration(gap)}). "
            "Add evidence from that time: tax transcripts, leases, bills, pay stubs, school or "
            "medical records, or letters saying since when the writer has known the respondent.",
            {
                "claim": "residence_since",
                "extra": (("from", gap.start.isoformat()), ("to", gap.end.isoformat())),
            },
        )


# --- translations --------------------------------------------------------------------------------


def untranslated(case: Case, documents: list[Document], config: Config) -> Iterator[Problem]:
    by_file = {d.file: d for d in documents}
    phrases = config.requirements.translation.certificate_phrases
    for d in documents:
        if d.translates:
            continue
        if d.translation:
            translation = by_file.get(d.translation)
            # with a translator named in case.yaml, compose adds the certificate for them to sign
            if (
                translation
                and not certified(translation, phrases)
                and not case.translator_for(d.file, translation.file)
            ):
                yield (
                    "untranslated-document",
                    f"The translation of {d.file} ({d.translation}) has no certificate of "
                    "translation; add the translator's signed statement that they are competent "
                    "to translate and that the translation is accurate, or name the translator "
                    "under `translator:` in case.yaml and the packet will include one to sign.",
                    {"file": d.file},
                )
        elif d.language != "en":
            yield (
                "untranslated-document",
                f"{d.file} is in {_language(d.language)} and has no English translation with a "
                "certificate of translation; add one, or name it under `documents:` in "
                "case.yaml with `translation:`.",
                {"file": d.file},
            )
        else:
            yield from _untranslated_pages(d)


def _untranslated_pages(doc: Document) -> Iterator[Problem]:
    """An English document can still hold a page in another language (a letter attached)."""
    if doc.pages < 2:
        return
    for number, text in enumerate(doc.page_texts, start=1):
        language = language_of(text)
        if language != "en":
            yield (
                "untranslated-document",
                f"{doc.file}, page {number} is in {_language(language)} and has no English "
                "translation with a certificate of translation; add one.",
                {"file": doc.file, "page": number},
            )


def certified(translation: Document, phrases: list[str]) -> bool:
    """Whether a translation carries its translator's certificate. Compose asks the same
    question to decide whether to add one, so a finding never promises a page it will not add."""
    if translation.type == "certificate_of_translation":  # classify recognised the certificate
        return True
    folded = fold(translation.text)
    return any(contains_phrase(folded, p) for p in phrases)


def _language(code: str) -> str:
    return LANGUAGE_NAMES.get(code, repr(code))


# --- negative factors ----------------------------------------------------------------------------

# Short words skipped when an acronym is spelled out: DUI is Driving Under the Influence.
_ACRONYM_SKIPS = {"the", "of", "a", "an", "and", "in", "on", "to", "with"}
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_NOT_KEY_WORDS = _ACRONYM_SKIPS | {"for", "from", "under", "over", "into", "was", "were", "not"}


def mentions(text: str, factor: NegativeFactor) -> bool:
    """Whether a text speaks of a negative factor: its description, an acronym in it spelled out
    or the other way round ("DUI" / "driving under the influence"), or most of its words."""
    description = factor.description
    if contains_phrase(fold(text), description):
        return True
    text_words = words(text)
    present = set(text_words)
    for acronym in (a.lower() for a in _ACRONYM.findall(description)):
        if acronym in present or acronym in _initialisms(text_words, len(acronym)):
            return True
    described = words(description)
    spelled = "".join(w[0] for w in described if w not in _ACRONYM_SKIPS)
    if len(described) > 1 and spelled in {a.lower() for a in _ACRONYM.findall(text)}:
        return True
    key = [w for w in described if len(w) >= 3 and w not in _NOT_KEY_WORDS]
    return bool(key) and 3 * sum(w in present for w in key) >= 2 * len(key)


def _initialisms(text_words: list[str], size: int) -> set[str]:
    content = [w for w in text_words if w not in _ACRONYM_SKIPS]
    return {"".join(w[0] for w in content[i : i + size]) for i in range(len(content) - size + 1)}


def unaddressed_negative_factors(
    case: Case, documents: list[Document], config: Config
) -> Iterator[Problem]:
    narrative = case.request.narrative or ""
    for i, factor in enumerate(case.negative_factors):
        if mentions(narrative, factor) or any(
            _addresses(d, factor, case, config) for d in documents
        ):
            continue
        what = ", ".join([factor.description] + ([long_date(factor.date)] if factor.date else []))
        said = (
            f" case.yaml says {factor.disposition!r}, but no record shows it."
            if factor.disposition
            else ""
        )
        yield (
            "unaddressed-negative-factor",
            f"The {factor.kind} ({what}) is not addressed: request.narrative does not mention it "
            f"and no court disposition, certificate of completion or letter speaks of it.{said} "
            "Explain it in request.narrative, or add the disposition or proof of rehabilitation; "
            "OPLA will find it anyway, and an unexplained negative costs credibility.",
            {"claim": f"negative_factors[{i}]"},
        )


def _addresses(doc: Document, factor: NegativeFactor, case: Case, config: Config) -> bool:
    rule = config.requirements.negative_factors
    if doc.type in rule.letter_types:
        return mentions(doc.text, factor)
    if doc.type not in rule.disposition_types:
        return False
    if mentions(doc.text, factor) or (factor.date and factor.date in dates_in(doc.text)):
        return True
    # With one negative factor, the respondent's own disposition can only be about that one.
    return len(case.negative_factors) == 1 and same_name(doc.about, case.respondent.name)


# --- renewals ------------------------------------------------------------------------------------


def stale_evidence(
    case: Case, documents: list[Document], config: Config, today: dt.date
) -> Iterator[Problem]:
    prior = case.request.prior_request
    if prior is None or prior.outcome != "denied":
        return
    paperwork = set(config.requirements.filing_paperwork)
    evidence = [d for d in documents if d.type not in paperwork and not d.translates]
    dated = {d.file: last for d in evidence if (last := last_dated(d, today))}
    new = sorted((day, file) for file, day in dated.items() if day > prior.date)
    undated = len(evidence) - len(dated)
    denied = long_date(prior.date)
    if new:
        listed = "; ".join(f"{file} ({long_date(day)})" for day, file in new)
        yield (
            "stale-evidence",
            f"Renewal of the request denied on {denied}: {len(new)} document"
            f"{'s are' if len(new) != 1 else ' is'} dated after the denial: {listed}. "
            "Make sure the letter says what changed.",
            # Not a problem: it tells the representative which evidence is new.
            {"claim": "request.prior_request", "severity": "info"},
        )
        return
    unknown = (
        f" {undated} document{'s carry' if undated != 1 else ' carries'} no date; if any is "
        "new, say so in request.narrative."
        if undated
        else ""
    )
    yield (
        "stale-evidence",
        f"This renews a request denied on {denied}, but no document is dated after the denial."
        f"{unknown} A renewal needs changed circumstances: add evidence of what changed since "
        "then (a new child's birth certificate, new medical records, recent letters or "
        "records).",
        {"claim": "request.prior_request"},
    )


def last_dated(doc: Document, today: dt.date) -> dt.date | None:
    """The latest day a document speaks of, leaving out dates still to come (expiry dates)."""
    spans = dated_spans(doc, today)
    return min(max(s.end for s in spans), today) if spans else None


# --- duplicates ----------------------------------------------------------------------------------


def duplicates(documents: list[Document], copies: dict[str, str]) -> Iterator[Problem]:
    by_file = {d.file: d for d in documents}
    dropped = _left_out(copies, by_file)
    for copy, kept in copies.items():
        if by_file[copy].sha256 == by_file[kept].sha256:
            how = f"{copy} is the same file as {kept} (identical bytes)"
        else:
            how = (
                f"{copy} looks like another scan of the same paper as {kept} (the same words "
                "and numbers); if they are two different papers, give one a `type` under "
                "`documents:` in case.yaml and both are kept"
            )
        keep = (
            f"the packet keeps {kept} only"
            if copy in dropped
            else "both are filed because each is paired with a translation; remove one copy "
            "from the folder or set `exclude: true` for it under `documents:`"
        )
        yield ("duplicate-document", f"{how}; {keep}.", {"file": copy})


def duplicate_copies(documents: list[Document], config: Config) -> dict[str, str]:
    """Each copy of a paper found earlier → the document kept in its place.

    The copy kept is one already paired with a translation or set in case.yaml, else the first
    by file name, so the packet does not change with the order files were read in.
    """
    rule = config.requirements.duplicates
    ranked = sorted(
        documents, key=lambda d: (not (d.translation or d.translates or d.overridden), d.file)
    )
    by_sha256: dict[str, Document] = {}
    # Only papers alike in type, subject and pages can be one paper, and only those with every
    # number alike or pages that look alike: so a year of pay stubs is not compared stub by stub.
    alike: dict[tuple[str, str, int], list[Document]] = defaultdict(list)
    copies: dict[str, str] = {}
    for d in ranked:
        group = alike[_paper_key(d)]
        original = by_sha256.get(d.sha256) or next(
            (k for k in group if _may_be_one_paper(k, d) and same_paper(k, d, rule)), None
        )
        if original:
            copies[d.file] = original.file
        else:
            by_sha256[d.sha256] = d
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


def _digits(text_words: Sequence[str]) -> str:
    return re.sub(r"\D", "", "".join(text_words))


def left_out(
    documents: list[Document], config: Config, copies: dict[str, str] | None = None
) -> set[str]:
    """Files the packet leaves out: copies of a paper it already holds.

    A copy paired with a translation stays, or its translation would be filed alone.
    """
    if copies is None:
        copies = duplicate_copies(documents, config)
    return _left_out(copies, {d.file: d for d in documents})


def _left_out(copies: dict[str, str], by_file: dict[str, Document]) -> set[str]:
    return {c for c in copies if not (by_file[c].translation or by_file[c].translates)}


def same_paper(a: Document, b: Document, rule: DuplicateRule) -> bool:
    """Byte-identical, or two scans of one paper: the same words but for misread letters."""
    if a.sha256 == b.sha256:
        return True
    if a.overridden or b.overridden:
        return False  # the representative said what each is: they are not one paper
    if (a.type, fold(a.about or ""), a.pages) != (b.type, fold(b.about or ""), b.pages):
        return False
    wa, wb = _words(a.text), _words(b.text)
    if min(len(wa), len(wb)) < rule.min_words:
        return False
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    if matcher.quick_ratio() < rule.min_similarity or matcher.ratio() < rule.min_similarity:
        return False
    differences = sum(
        _substantive(wa[i1:i2], wb[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    )
    if not differences:
        return True
    # OCR reads a number differently on two scans of one paper (a speck read as a digit, a 5
    # as a 6); another paper of the same form differs in its dates and amounts. Where the text
    # cannot tell, the page images do: the same paper has the same ink.
    return differences <= rule.max_misreads and _look_alike(a, b) and _same_ink(a, b)


def _same_ink(a: Document, b: Document) -> bool:
    # OpenCV takes a third of a second to import: only a build that compares page images pays.
    from packet import ink

    return ink.same_ink(a.pdf, b.pdf)


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
    similar = max(
        difflib.SequenceMatcher(None, a, b).ratio(),
        difflib.SequenceMatcher(None, _confusable(a), _confusable(b)).ratio(),
    )
    return similar < 0.75


# Letter shapes Tesseract confuses on phone photos: "rn" read as "m", "l" as "i", "cl" as "d".
_CONFUSIONS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("l", "i"), ("1", "i"), ("0", "o"))


def _confusable(text: str) -> str:
    for shape, same in _CONFUSIONS:
        text = text.replace(shape, same)
    return text
