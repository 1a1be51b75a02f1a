"""Check: hold the claims in case.yaml against the documents found, and say what is missing.

Input: the Case, the classified ``Document``s and the files ingest rejected. Output: a list of
``Finding``s, each naming the claim, file or page it concerns and what to do about it. What
proves what, and how severe each finding is, is data in config/requirements.yaml.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from packet.case import Case
from packet.classify import UNCLASSIFIED, Document
from packet.config import ClaimRequirement, Config
from packet.ingest import Rejection

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    claim: str | None = None
    file: str | None = None
    page: int | None = None
    extra: tuple[tuple[str, Any], ...] = ()  # e.g. (("from", "2009-01-01"), ("to", "2011-06-30"))


def check(
    case: Case, documents: list[Document], rejected: list[Rejection], config: Config
) -> list[Finding]:
    severity = config.requirements.severity

    def finding(code: str, message: str, **where: Any) -> Finding:
        return Finding(code, severity[code], message, **where)

    findings = [
        finding("rejected-file", f"{r.file} was left out of the packet: {r.reason}.", file=r.file)
        for r in rejected
    ]
    findings += [
        finding(code, message, **where)
        for code, message, where in _problems(case, documents, config)
    ]
    return sorted(
        findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.code, f.claim or "", f.file or "")
    )


def _problems(case: Case, documents: list[Document], config: Config):
    yield from missing_evidence(case, documents, config)
    yield from missing_identity(documents, config)
    if case.representative and not any(d.type == "g28" for d in documents):
        yield (
            "missing-g28",
            f"{case.representative.name} represents the respondent but no Form G-28 was found; "
            "add the signed G-28 to the case folder.",
            {},
        )
    yield from untranslated(documents)
    yield from unaddressed_negative_factors(case, documents, config)
    yield from duplicates(documents)
    for d in documents:
        if d.type == UNCLASSIFIED and not d.overridden:
            yield (
                "unclassified-document",
                f"{d.file}: could not tell what kind of document this is; set its type under "
                "`documents:` in case.yaml, or exclude it.",
                {"file": d.file},
            )


def _proves(doc: Document, requirement: ClaimRequirement, person: str | None) -> bool:
    return doc.type in requirement.types and (requirement.about == "any" or doc.about == person)


def missing_evidence(case: Case, documents: list[Document], config: Config):
    claims = case.claims
    rules = config.requirements.claims
    label = config.taxonomy.document_types
    for i, child in enumerate(claims.children):
        rule = rules["children"]
        if child.status in rule.when and not any(_proves(d, rule, child.name) for d in documents):
            kinds = " or ".join(label[t].lower() for t in rule.types)
            status = {"usc": "US-citizen", "lpr": "permanent-resident"}.get(child.status, "")
            yield (
                "missing-evidence",
                f"No {kinds} names {child.name} (claimed {status} child). Add a copy of the "
                "child's birth certificate to the case folder.",
                {"claim": f"children[{i}]"},
            )
    for name, rule in rules.items():
        if name == "children" or not getattr(claims, name):
            continue
        if not any(_proves(d, rule, None) for d in documents):
            kinds = ", ".join(label[t].lower() for t in rule.types)
            yield (
                "missing-evidence",
                f"The case claims {name.replace('_', ' ')}, but no supporting document was "
                f"found (expected: {kinds}).",
                {"claim": name},
            )


def missing_identity(documents: list[Document], config: Config):
    types = config.requirements.identity.types
    if not any(d.type in types and d.about_claim == "respondent" for d in documents):
        yield (
            "missing-identity",
            "No document identifies the respondent (passport, birth certificate or national "
            "ID naming them); add one.",
            {"claim": "respondent"},
        )


def untranslated(documents: list[Document]):
    for d in documents:
        if d.language != "en" and not d.translation and not d.translates:
            yield (
                "untranslated-document",
                f"{d.file} is in {d.language!r} and has no English translation with a "
                "certificate of translation; add one, or pair it under `documents:` "
                "with `translation:`.",
                {"file": d.file},
            )


def unaddressed_negative_factors(case: Case, documents: list[Document], config: Config):
    narrative = (case.request.narrative or "").lower()
    evidence = any(d.type in config.requirements.negative_factor_evidence for d in documents)
    for i, factor in enumerate(case.negative_factors):
        if evidence or factor.description.lower() in narrative:
            continue
        yield (
            "unaddressed-negative-factor",
            f"The {factor.kind} ({factor.description}) is not addressed: explain it in "
            "request.narrative or add its disposition or proof of rehabilitation.",
            {"claim": f"negative_factors[{i}]"},
        )


def duplicates(documents: list[Document]):
    seen: dict[str, list[str]] = defaultdict(list)
    for d in documents:
        seen[d.sha256].append(d.file)
    for files in seen.values():
        for extra in files[1:]:
            yield (
                "duplicate-document",
                f"{extra} is the same file as {files[0]}; the packet keeps one copy.",
                {"file": extra},
            )


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
