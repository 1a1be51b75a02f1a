"""Check: hold the claims in case.yaml against the documents found, and say what is missing.

Input: the ``BuildContext``, the classified ``Document``s and the files ingest rejected.
Output: a ``CheckResult``: the ``Finding``s, each naming the claim, file or page it concerns and
what to do about it; the residence ``Timeline`` `packet check` draws (packet/timeline.py); and
the copies of one paper the packet files once (packet/duplicates.py). What proves what, and how
severe each finding is, is data in config/requirements.yaml.

A finding that is wrong teaches users to ignore all of them, so every rule here errs towards
silence when the evidence is ambiguous: a missed duplicate costs a page, a false one costs trust.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from packet.case import Case, NegativeFactor, Person, format_a_number
from packet.classify import UNCLASSIFIED
from packet.config import ClaimRule, Config, FindingCode, Languages
from packet.copied import copied, letters
from packet.dated import last_dated
from packet.dates import duration, long_date
from packet.duplicates import duplicate_copies, left_out
from packet.errors import ConfigError
from packet.fields import kind_of
from packet.filed import not_on_file
from packet.identity import Disagreement, disagreements, near_miss
from packet.opla import address_lines, find_office
from packet.records import BuildContext, CheckResult, Document, Finding, Rejection, Timeline
from packet.text.dates import dates_in
from packet.text.fold import fold, words
from packet.text.language import (
    attached_language,
    letter_count,
    pairs_labels,
    read_language,
)
from packet.text.mrz import read_zone
from packet.text.names import name_position, same_name, without_names
from packet.text.phrases import contains_phrase
from packet.timeline import residence_timeline

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
REQUIREMENTS_FILE = "config/requirements.yaml"
STATUS_WORDS = {"usc": "US-citizen", "lpr": "permanent-resident", "other": ""}
OVERRIDE_HINT = (
    "if it is already in the folder, set its `type` and `about` under `documents:` in case.yaml"
)

Problem = tuple[FindingCode, str, dict[str, Any]]  # (code, message, where: claim/file/page/extra)


def check(ctx: BuildContext, documents: list[Document], rejected: list[Rejection]) -> CheckResult:
    """The findings for a case, the residence timeline they were drawn from, and the copies of
    one paper the packet files once."""
    copies = duplicate_copies(documents, ctx.config)  # compared once: reported, then left out
    dropped = frozenset(left_out(copies, documents)) | unreadable(documents, ctx.config)
    timeline = residence_timeline(ctx, documents)
    problems = _problems(ctx, documents, rejected, copies, dropped, timeline)
    findings = sorted(
        (_finding(code, message, where, ctx.config) for code, message, where in problems),
        key=lambda f: (
            SEVERITY_ORDER[f.severity],
            f.code,
            f.claim or "",
            f.file or "",
            f.page or 0,
        ),
    )
    return CheckResult(tuple(findings), timeline, copies, dropped)


def _problems(
    ctx: BuildContext,
    documents: list[Document],
    rejected: list[Rejection],
    copies: dict[str, str],
    dropped: frozenset[str],
    timeline: Timeline | None,
) -> Iterator[Problem]:
    case, config = ctx.case, ctx.config
    filed = [d for d in documents if d.name not in dropped]  # what the packet will hold
    yield from rejected_files(rejected)
    yield from missing_evidence(case, documents, config)
    yield from request_prerequisites(case, config)
    yield from incomplete_case(ctx, documents)
    yield from inconsistent_identity(case, documents, config)
    yield from copied_letters([d for d in documents if d.name not in copies], config)
    yield from missing_identity(case, documents, config)
    yield from missing_g28(case, documents)
    yield from residence_gaps(timeline)
    yield from untranslated(case, filed, config)
    yield from incomplete_translation_certificates(case, filed, config)
    yield from unaddressed_negative_factors(case, documents, config)
    # a supplement's renewal is judged on what it adds, not on what was filed before
    yield from stale_evidence(
        case, not_on_file(documents, ctx.filed), config, ctx.today, ctx.filed is not None
    )
    yield from unknown_opla_office(case, config)
    yield from duplicates(documents, copies, dropped)
    yield from unclassified(filed, config)
    yield from low_ocr_confidence(filed, config)
    yield from unreadable_pages(documents, config)


def _finding(code: FindingCode, message: str, where: dict[str, Any], config: Config) -> Finding:
    where = dict(where)
    severity = where.pop("severity", None) or config.requirements.severity[code]
    return Finding(code, severity, message, **where)


def has_errors(findings: Sequence[Finding]) -> bool:
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


def _where(d: Document) -> dict[str, Any]:
    """A finding about a document names its file, and the pages when it is part of one."""
    return (
        {"file": d.file, "extra": (("pages", list(d.file_pages)),)}
        if d.file_pages
        else {"file": d.file}
    )


def _file_page(d: Document, page: int) -> tuple[str, int]:
    """The file and that file's page number of a document's ``page`` (1-based)."""
    for piece in d.pieces:
        if page <= piece.last - piece.first + 1:
            return piece.file, piece.first + page - 1
        page -= piece.last - piece.first + 1
    return d.file, page


def _where_page(d: Document, page: int) -> dict[str, Any]:
    file, number = _file_page(d, page)
    return {"file": file, "page": number}


def _page_name(d: Document, page: int) -> str:
    file, number = _file_page(d, page)
    return f"{file}, page {number}"


def unclassified(documents: list[Document], config: Config) -> Iterator[Problem]:
    # the proceedings' own papers (a hearing notice, OPLA's answer) are known, though `other`
    known = config.rules.kinds.get(UNCLASSIFIED, [])
    for d in documents:
        if d.type == UNCLASSIFIED and not d.overridden and not d.translates:
            if known and kind_of(d.text, known, day_first=False):
                continue
            yield (
                "unclassified-document",
                f"{d.name}: could not tell what kind of document this is, so it is filed under "
                "'Other evidence' and proves no claim; set its `type` (and `about`) under "
                "`documents:` in case.yaml, or `exclude: true` it.",
                _where(d),
            )


def _low_pages(d: Document, config: Config) -> list[tuple[int, float]]:
    threshold = config.settings.ocr.low_confidence
    return [
        (page, c)
        for page, c in enumerate(d.page_confidences, start=1)
        if c is not None and c < threshold
    ]


def unreadable(documents: list[Document], config: Config) -> frozenset[str]:
    """Documents with a page OCR could hardly read and no type: what they are is anyone's
    guess, so they stay out of the packet until case.yaml types (or includes) them."""
    return frozenset(
        d.name
        for d in documents
        if d.type == UNCLASSIFIED
        and not d.overridden
        and not d.translates
        and _low_pages(d, config)
    )


def unreadable_pages(documents: list[Document], config: Config) -> Iterator[Problem]:
    for d in documents:
        if d.name not in unreadable([d], config):
            continue
        for page, confidence in _low_pages(d, config):
            yield (
                "low-ocr-confidence",
                f"{_page_name(d, page)} could not be read (OCR confidence {confidence:.0f} of "
                "100) and could not be typed, so it is left out of the packet: rescan this page "
                "flat, in focus and at 300 dpi, or set its `type` (and `about`) under "
                "`documents:` in case.yaml to file it as it is.",
                {**_where_page(d, page), "severity": "error"},
            )


def low_ocr_confidence(documents: list[Document], config: Config) -> Iterator[Problem]:
    for d in documents:
        for page, confidence in _low_pages(d, config):
            if _read_well_enough(d, page, config):
                continue
            yield (
                "low-ocr-confidence",
                f"{_page_name(d, page)}: the text was hard to read (OCR confidence "
                f"{confidence:.0f} of 100), so its type and dates may be wrong; check it, or "
                "rescan it flat, in focus and at 300 dpi.",
                _where_page(d, page),
            )


def _read_well_enough(d: Document, page: int, config: Config) -> bool:
    """A badly read page that still gave what the packet takes from it: a machine-readable
    zone whose check digits all hold (the holder, birth date and number, whatever OCR made of
    the captions of a card photo), or a document typed on strong evidence. A type set in
    case.yaml says nothing of the reading, so it does not count."""
    zone = read_zone(d.page_texts[page - 1]) if page <= len(d.page_texts) else None
    if zone is not None and zone.valid:
        return True
    return not d.overridden and d.confidence >= config.settings.ocr.trust_type_at


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
    people = {p.claim: p for p in case.people()}
    for claim in claimed(case):
        for rule in rules.get(claim.key, []):
            if not _applies(rule, claim) or any(
                _satisfies(d, rule, claim.person) for d in documents
            ):
                continue
            near = _near_miss(people.get(claim.path), rule, documents, case, config)
            yield (
                "missing-evidence",
                f"{_sentence(rule.missing, claim)} {near or rule.add + '; ' + OVERRIDE_HINT}.",
                {"claim": claim.path},
            )


def proof_of_claim(
    claim: Claimed, documents: list[Document], config: Config
) -> tuple[list[Document], bool]:
    """The documents that prove a claim by requirements.yaml's rules, and whether every rule
    that applies is met: missing_evidence's test, so the letter states as fact exactly what
    check finds proven and cites the documents check counted."""
    rules = [r for r in config.requirements.claims.get(claim.key, []) if _applies(r, claim)]
    proof = [d for d in documents if any(_satisfies(d, r, claim.person) for r in rules)]
    proven = all(any(_satisfies(d, r, claim.person) for d in documents) for r in rules)
    return proof, proven


def _near_miss(
    person: Person | None, rule: ClaimRule, documents: list[Document], case: Case, config: Config
) -> str | None:
    """What to say when the folder holds the document, it seems, under another spelling."""
    if person is None or rule.match == "any":
        return None
    candidates = [d for d in documents if d.type in rule.types and not d.translates]
    found = near_miss(person, candidates, case, config)
    if found is None:
        return None
    label = config.taxonomy.document_types.get(found.document.type, found.document.type).lower()
    born = f", born {found.born.isoformat()}" if found.born else ""
    who = {"child": "the child", "spouse": "the spouse"}.get(person.role, "this person")
    return (
        f"{found.document.name} is the {label} of {found.written}{born}: if this is {who}, "
        f"correct the name in case.yaml ({person.claim}.name), or set its `about` under "
        "`documents:`"
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
        # set: given, and not an empty list (`relief_sought: []` names no relief)
        met = value not in (None, []) if rule.equals is None else value == rule.equals
        if not met:
            yield ("incomplete-case", f"{rule.missing} {rule.add}.", {"claim": rule.key})


def incomplete_case(ctx: BuildContext, documents: list[Document]) -> Iterator[Problem]:
    """What case.yaml lacks that the letter, the certificates or the forms filed need."""
    case = ctx.case
    g28s = [d for d in documents if d.type == "g28" and not d.translates]
    if case.representative is None:
        if not case.respondent.address:
            yield (
                "incomplete-case",
                "Filed pro se, the letter asks OPLA to reply to the respondent, but case.yaml "
                "gives no address: set respondent.address to the respondent's mailing address "
                "(one list item per line).",
                {"claim": "respondent.address"},
            )
        for d in g28s:
            yield (
                "incomplete-case",
                f"{d.name} is a Form G-28, but case.yaml names no representative, so the "
                "request is filed pro se with a representative's form among its papers: if "
                "someone represents the respondent, add `representative:` to case.yaml; if "
                "not, set `exclude: true` for it under `documents:`.",
                {"claim": "representative", **_where(d)},
            )
    else:
        rep = case.representative
        if not rep.eoir_id:
            yield (
                "incomplete-case",
                f"{rep.name} signs the request, but case.yaml gives no EOIR ID: set "
                "representative.eoir_id to the ID EOIR assigned them (eRegistry), as the Form "
                "EOIR-28 and the letter's signature block give it.",
                {"claim": "representative.eoir_id"},
            )
        respondent = case.respondent.name
        for d in g28s:
            others = [n for n in d.fields.names if not _named_party(n, case)]
            if others and not name_position(respondent, words(d.text)):
                yield (
                    "incomplete-case",
                    f"{d.name} is a Form G-28 for {others[0]}, not for {respondent}: add the "
                    "G-28 signed for this respondent, and set `exclude: true` for this one "
                    "under `documents:`.",
                    {"claim": "representative", **_where(d)},
                )
    if "service" in ctx.variants and case.service is None:
        yield (
            "incomplete-case",
            "A service copy is asked for, but case.yaml has no `service:`: the certificate of "
            "service needs how (method: email, ecas, mail or hand), when (date) and by whom "
            "(served_by) the copy is served on DHS.",
            {"claim": "service"},
        )
    office = find_office(case.proceedings, ctx.config.opla_offices)
    if (
        "service" in ctx.variants
        and case.service is not None
        and case.service.method == "email"
        and office.office is not None  # else unknown-opla-office already asks for its mailbox
        and not office.email
    ):
        # the certificate says where the copy went: served by e-mail, that is a mailbox
        yield (
            "incomplete-case",
            f"The service copy is served by e-mail, but no e-mail mailbox is known for "
            f"{office.office.name} (config/opla_offices.yaml gives none), so the certificate "
            "of service leaves the address it was sent to blank: add the office's mailbox to "
            "your own opla_offices.yaml (docs/opla-offices.md), or set service.method to the "
            "way the copy is served (ecas, mail or hand).",
            {"claim": "service.method", "severity": "warning"},
        )


def _named_party(name: str, case: Case) -> bool:
    """Whether a name a G-28 writes is the respondent's or the representative's."""
    rep = case.representative
    known = [case.respondent.name] + ([rep.name, rep.organization or ""] if rep else [])
    return any(same_name(name, k) or name_position(k, words(name)) is not None for k in known)


def inconsistent_identity(
    case: Case, documents: list[Document], config: Config
) -> Iterator[Problem]:
    for found in disagreements(case, documents, config):
        yield ("inconsistent-identity", _disagreement(found), _where(found.document))


def _disagreement(found: Disagreement) -> str:
    doc, person = found.document, found.person
    key = f"{'respondent' if person.role == 'respondent' else person.claim}"
    if found.what == "A-number":
        written = ", ".join(format_a_number(n) for n in found.written.split(", "))
        return (
            f"{doc.name} gives the A-number {written}, but case.yaml has "
            f"{format_a_number(found.given)}, which is stamped on every page: correct "
            f"{key}.a_number, or replace the document if it is another person's."
        )
    if found.what == "name":
        return (
            f"{doc.name} writes {person.name}'s name with {found.written.title()!r} where "
            f"case.yaml has {found.given.title()!r}: the letter and the index print case.yaml's "
            f"spelling; correct {key}.name to the spelling of the document, or have the "
            "document corrected."
        )
    return (
        f"{doc.name} gives {person.name}'s date of birth as {found.written}, but case.yaml has "
        f"{found.given}: correct {key}.date_of_birth, or check that this is their document."
    )


def copied_letters(documents: list[Document], config: Config) -> Iterator[Problem]:
    rule = config.requirements.copied_letters
    by_name = {d.name: d for d in documents}
    for group in copied(letters(documents, rule), rule):
        first, rest = by_name[group[0].name], [by_name[letter.name] for letter in group[1:]]
        for d in rest:
            yield (
                "copied-letter",
                f"{d.name} has the same body as {first.name}"
                + (f" (and {len(group) - 2} more)" if len(group) > 2 else "")
                + ": OPLA reads one letter signed by several people as no letter at all. Ask "
                "each writer for a letter in their own words about what they know of the "
                "respondent, or keep one and set `exclude: true` for the others under "
                "`documents:`.",
                _where(d),
            )


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
    by_name = {d.name: d for d in documents}
    phrases = config.requirements.translation.certificate_phrases
    # a translator's certificate sent on its own stands for the translation it follows
    sent_alone = {o.name for c in documents if (o := loose_certificate_for(c, documents))}
    for d in documents:
        if d.translates:
            continue
        if d.translation:
            translation = by_name.get(d.translation)
            # with a translator named in case.yaml, compose adds the certificate for them to sign
            if (
                translation
                and not certified(translation, phrases)
                and not attributed(translation, config)  # an incomplete certificate: below
                and d.name not in sent_alone
                and not case.translator_for(d.file, translation.file)
            ):
                yield (
                    "untranslated-document",
                    f"The translation of {d.name} ({d.translation}) has no certificate of "
                    "translation; add the translator's signed statement that they are competent "
                    "to translate and that the translation is accurate, or name the translator "
                    "under `translator:` in case.yaml and the packet will include one to sign.",
                    _where(d),
                )
        elif d.language != config.languages.default:
            yield (
                "untranslated-document",
                f"{d.name} is in {_language(d.language, config.languages)} and has no English "
                "translation with a certificate of translation; add one, or name it under "
                "`documents:` in case.yaml with `translation:`.",
                _where(d),
            )
        else:
            yield from _untranslated_pages(d, config.languages, [p.name for p in case.people()])


def _untranslated_pages(doc: Document, languages: Languages, names: list[str]) -> Iterator[Problem]:
    """An English document can still hold a page in another language (a letter attached).
    The case's people's names are left out, as classify leaves them out (they say nothing of
    the language)."""
    if doc.pages < 2:
        return
    # a bilingual paper's page (an ID card's back) may lean to its other language: while it
    # still pairs that language's labels with English, or holds only a line or two of it on a
    # paper that pairs them elsewhere (the card's front), it is the same paper, not an
    # attachment
    whole_text = without_names(doc.text, names)
    whole = read_language(whole_text, languages)
    # the paper pairs its labels somewhere (a card's front): asked once, of the whole text
    paired = whole.bilingual and pairs_labels(
        whole_text, languages, whole.found, languages.bilingual_labels
    )
    for number, page in enumerate(doc.page_texts, start=1):
        text = without_names(page, names)
        language = attached_language(text, languages)
        # a page written in both languages (a Head Start letter, each paragraph in English,
        # then in Spanish) is read as its own translation, as a whole document would be
        if (
            language == languages.default
            or read_language(text, languages).bilingual
            or (
                whole.bilingual
                and language == whole.found
                and (
                    pairs_labels(text, languages, language)
                    or (paired and letter_count(text) < languages.page_min_letters)
                )
            )
        ):
            continue
        yield (
            "untranslated-document",
            f"{_page_name(doc, number)} is in {_language(language, languages)} and has no "
            "English translation with a certificate of translation; add one.",
            _where_page(doc, number),
        )


def certified(translation: Document, phrases: list[str]) -> bool:
    """Whether a translation carries its translator's certificate. Compose asks the same
    question to decide whether to add one, so a finding never promises a page it will not add."""
    if translation.type == "certificate_of_translation":  # classify recognised the certificate
        return True
    folded = fold(translation.text)
    return any(contains_phrase(folded, p) for p in phrases)


def attributed(translation: Document, config: Config) -> bool:
    """Whether a translation without a certificate names its translator in a line that
    certifies nothing ("Translated by: ..."): a certificate lacking its statements."""
    rule = config.requirements.translation
    folded = fold(translation.text)
    return not certified(translation, rule.certificate_phrases) and any(
        contains_phrase(folded, p) for p in rule.attribution_phrases
    )


def incomplete_translation_certificates(
    case: Case, documents: list[Document], config: Config
) -> Iterator[Problem]:
    """A translator's certificate that lacks what ICPM 3.3(a) asks of it: the statements of
    competence and accuracy, the translator's address and telephone number, a signature. A
    certificate compose generates is not asked (its blanks are for the translator to fill in);
    a translation's certificate that a complete one sent later stands for is not either."""
    rule = config.requirements.translation
    if rule.certificate_must_hold is None:
        return
    by_name = {d.name: d for d in documents}
    loose = {d.name: o for d in documents if (o := loose_certificate_for(d, documents))}
    for original in documents:
        translation = by_name.get(original.translation or "")
        if translation is None:
            continue
        if not certified(translation, rule.certificate_phrases) and not (
            # with the translator named in case.yaml, compose adds the certificate to sign
            attributed(translation, config)
            and not case.translator_for(original.file, translation.file)
        ):
            continue
        lacks = certificate_lacks(translation, original, config)
        later = [c for c, o in loose.items() if o.name == original.name]
        if lacks and not any(not certificate_lacks(by_name[c], original, config) for c in later):
            yield _incomplete_certificate(translation, original, lacks)
    for name, original in loose.items():
        if lacks := certificate_lacks(by_name[name], original, config):
            yield _incomplete_certificate(by_name[name], original, lacks)


def loose_certificate_for(doc: Document, documents: list[Document]) -> Document | None:
    """The original a certificate of translation sent on its own speaks for (it arrived after
    the translation, which classify paired first): the one translated foreign-language document
    about its person. Compose files it for that original's exhibit."""
    if doc.type != "certificate_of_translation" or doc.translates or doc.about is None:
        return None
    candidates = [
        d
        for d in documents
        if d.translation and not d.translates and d.language != "en" and d.about == doc.about
    ]
    return candidates[0] if len(candidates) == 1 else None


def certificate_lacks(certificate: Document, original: Document, config: Config) -> list[str]:
    """What ICPM 3.3(a) asks of a translator's certificate that ``certificate`` does not hold."""
    rule = config.requirements.translation
    needs = rule.certificate_must_hold
    if needs is None:
        return []
    text = _certificate_text(certificate, [*rule.certificate_phrases, *rule.attribution_phrases])
    return [
        what
        for what, present in (
            (
                f"the translator's statement of competence to translate from "
                f"{_language(original.language, config.languages)} into English",
                any(contains_phrase(text, p) for p in needs.competence),
            ),
            (
                "the statement that the translation is accurate",
                any(contains_phrase(text, p) for p in needs.accuracy)
                or bool(needs.accuracy_wording and re.search(needs.accuracy_wording, text)),
            ),
            ("the translator's address", re.search(needs.address, text) is not None),
            ("the translator's telephone number", re.search(needs.telephone, text) is not None),
            (
                "the translator's signature (its signature line is empty)",
                not _unsigned(certificate, needs.blank_signature),
            ),
        )
        if not present
    ]


def _incomplete_certificate(certificate: Document, original: Document, lacks: list[str]) -> Problem:
    listed = lacks[0] if len(lacks) == 1 else ", ".join(lacks[:-1]) + " and " + lacks[-1]
    return (
        "incomplete-translation-certificate",
        f"The certificate of translation in {certificate.name} (for {original.name}) "
        f"lacks {listed}; ICPM 3.3(a) asks for each. Ask the translator to add what is "
        "missing and sign it, then replace the file with the signed copy.",
        _where(certificate),
    )


def _certificate_text(translation: Document, phrases: list[str]) -> str:
    """The certificate's part of a translation (folded): from just before its first
    certificate phrase, so the translated document's own addresses and numbers do not count."""
    folded = fold(translation.text)
    if translation.type == "certificate_of_translation":
        return folded
    found = [i for p in phrases if (i := folded.find(fold(p))) >= 0]
    # "I, Carmen Ibarra Solís, certify that I am competent ...": the name comes first
    return folded[max(0, min(found, default=0) - 150) :]


def _unsigned(doc: Document, blank_signature: str) -> bool:
    """Whether a typed page (its own text layer, not OCR: a scan's ink reads as anything)
    shows the signature line empty, with no image or ink drawn on the page to sign it."""
    for number, (text, confidence) in enumerate(
        zip(doc.page_texts, doc.page_confidences or (0.0,) * doc.pages, strict=False)
    ):
        if confidence is None and re.search(blank_signature, fold(text)):
            return not _drawn_on(doc, number)
    return False


def _drawn_on(doc: Document, index: int) -> bool:
    """Whether a page holds an image or an ink annotation (a pasted or drawn signature): as
    read with the page, else (a document not read by this version) from its PDF."""
    if index < len(doc.page_drawn):
        return doc.page_drawn[index]
    from packet.pdfpages import drawn_pages

    try:
        return drawn_pages(doc.pdf)[index]
    except Exception:  # damaged or missing: cannot tell, so stay silent
        return True


def _language(code: str, languages: Languages) -> str:
    return languages.name(code) or repr(code)


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
    """A negative factor nothing speaks of is an error; one that request.narrative or a letter
    explains but no court disposition is filed for is a warning: OPLA asks for the record."""
    narrative = case.request.narrative or ""
    for i, factor in enumerate(case.negative_factors):
        what = ", ".join([factor.description] + ([long_date(factor.date)] if factor.date else []))
        where = {"claim": f"negative_factors[{i}]"}
        if dispositions(factor, documents, case, config):
            continue
        if mentions(narrative, factor) or any(
            _addresses(d, factor, case, config) for d in documents
        ):
            said = f" (case.yaml says {factor.disposition!r})" if factor.disposition else ""
            yield (
                "unaddressed-negative-factor",
                f"The {factor.kind} ({what}) is explained, but no court disposition of it is "
                f"filed{said}: the letter says the disposition will be supplemented. Add the "
                "certified disposition (and any proof of completion); OPLA weighs the record, "
                "not the account of it.",
                {**where, "severity": "warning"},
            )
            continue
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
            where,
        )


def dispositions(
    factor: NegativeFactor, documents: list[Document], case: Case, config: Config
) -> list[Document]:
    """The court records (disposition, proof of completion) that address a negative factor."""
    types = config.requirements.negative_factors.disposition_types
    return [d for d in addressing(factor, documents, case, config) if d.type in types]


def addressing(
    factor: NegativeFactor, documents: list[Document], case: Case, config: Config
) -> list[Document]:
    """The documents that address a negative factor (its disposition, proof of completion, a
    letter that speaks of it): those the letter cites under it."""
    return [d for d in documents if _addresses(d, factor, case, config)]


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


# --- the OPLA office --------------------------------------------------------------------------


def unknown_opla_office(case: Case, config: Config) -> Iterator[Problem]:
    """An office the directory does not know, or knows without an address: the build goes on
    with the office named as given and a blank line for the address, and this says so."""
    match = find_office(case.proceedings, config.opla_offices)
    if not match.problem:
        return
    directory = config.opla_offices
    pages = [directory.sources[k].url or directory.sources[k].read_from for k in directory.check_at]
    yield (
        "unknown-opla-office",
        f"{match.problem[:1].upper()}{match.problem[1:]}: the cover letter and the certificate "
        f'of service are addressed to "{address_lines(match)[0]}" with a blank line for the '
        f"address. Find the office's address and PD mailbox at {' and '.join(map(str, pages))}, "
        "then set proceedings.opla_office to an office the directory knows, or add the office "
        "to your own opla_offices.yaml (docs/opla-offices.md).",
        {"claim": match.claim},
    )


# --- renewals ------------------------------------------------------------------------------------


def stale_evidence(
    case: Case,
    documents: list[Document],
    config: Config,
    today: dt.date,
    supplement: bool = False,
) -> Iterator[Problem]:
    """A renewal needs something new since the denial: what is new is decided by each
    document's own date (packet/dated.py), the rule the letter's list of new evidence uses."""
    prior = case.request.prior_request
    if prior is None or prior.outcome != "denied":
        return
    evidence = [d for d in documents if not is_paperwork(d, config) and not d.translates]
    dated = {d.name: last for d in evidence if (last := last_dated(d, today))}
    new = sorted((day, file) for file, day in dated.items() if day > prior.date)
    undated = len(evidence) - len(dated)
    if new:
        # Something is new since the denial: nothing to say (the letter lists what is new).
        return
    denied = long_date(prior.date)
    unknown = (
        f" {undated} document{'s carry' if undated != 1 else ' carries'} no date; if any is "
        "new, say so in request.narrative."
        if undated
        else ""
    )
    yield (
        "stale-evidence",
        f"This renews a request denied on {denied}, but no document "
        f"{'this supplement adds ' if supplement else ''}is dated after the denial."
        f"{unknown} A renewal needs changed circumstances: add evidence of what changed since "
        "then (a new child's birth certificate, new medical records, recent letters or "
        "records).",
        {"claim": "request.prior_request"},
    )


def is_paperwork(doc: Document, config: Config) -> bool:
    """A paper filed for the filing's sake (a G-28, a translator's certificate): its date says
    nothing of what changed, so neither stale-evidence nor the letter's new evidence counts it."""
    return doc.type in config.requirements.filing_paperwork


# --- duplicates ----------------------------------------------------------------------------------


def duplicates(
    documents: list[Document], copies: dict[str, str], dropped: frozenset[str]
) -> Iterator[Problem]:
    by_name = {d.name: d for d in documents}
    for copy, kept in copies.items():
        if by_name[copy].paper == by_name[kept].paper and not by_name[copy].file_pages:
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
        yield ("duplicate-document", f"{how}; {keep}.", _where(by_name[copy]))
