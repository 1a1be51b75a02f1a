"""What the cover letter says: the context its templates (config/templates/) are rendered with.

Who writes to whom (``parties``, shared with the cover page and the certificates), in whose
voice, which equities it argues (each with its exhibits), and for a renewal which exhibits are
new since the denial. The wording itself is in the templates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from packet import typeset
from packet.case import Case, NegativeFactor, format_a_number
from packet.check import (
    addressing,
    claimed,
    dispositions,
    is_paperwork,
    mentions,
    proof_of_claim,
)
from packet.config import Config
from packet.dated import new_since
from packet.dates import Span, long_date, whole_years
from packet.opla import address_lines, find_office
from packet.records import BuildContext, Document, Exhibit
from packet.text.fold import fold
from packet.timeline import residence_timeline


@dataclass(frozen=True)
class Voice:
    """Who is speaking: counsel about "Respondent", or the respondent pro se in the first person."""

    we: str
    We: str
    our: str
    us: str
    subj: str
    poss: str
    Poss: str
    obj: str
    has: str
    is_: str


COUNSEL = Voice("we", "We", "our", "us", "Respondent", "Respondent's", "Respondent's",
                "Respondent", "has", "is")  # fmt: skip
PRO_SE = Voice("I", "I", "my", "me", "I", "my", "My", "me", "have", "am")


def letter_context(
    ctx: BuildContext, exhibits: list[Exhibit], forms: Iterable[Document] = ()
) -> dict[str, Any]:
    case, config, today = ctx.case, ctx.config, ctx.today
    rep, resp, proc = case.representative, case.respondent, case.proceedings
    by_equity = {key: [e for e in exhibits if e.equity == key] for key in config.taxonomy.equities}
    forms = list(forms)
    return {
        **parties(case, config),
        "date": long_date(today),
        "today": today,
        "v": PRO_SE if rep is None else COUNSEL,
        "pro_se": rep is None,
        "proceedings": proc,
        "next_hearing": proc.next_hearing,
        "request_label": config.taxonomy.request_types[case.request.type].label,
        "narrative": typeset.paragraphs(case.request.narrative or ""),
        "claims": case.claims,
        "respondent_record": resp,
        "equities": present_equities(case, by_equity, config),
        "exhibits": by_equity,
        "birth_certificate_of": lambda name: _exhibit_of(exhibits, "birth_certificate", name),
        "marriage_certificate": next(
            (e for e in exhibits if e.documents[0].type == "marriage_certificate"), None
        ),
        "proof_of": lambda claim: _proof_of(exhibits, claim, config),
        "years_between": whole_years,
        # the stretches of the claimed residence no filed exhibit dates (check's residence-gap
        # rule): the letter says their evidence will be supplemented, not that it is enclosed
        "residence_gaps": residence_gaps(ctx, exhibits),
        "age_at_entry": resp.age_at_entry,
        "negative_factors": case.negative_factors,
        "rehabilitation": by_equity.get("rehabilitation", []),
        "prior": case.request.prior_request,
        "new_evidence": new_evidence(case, exhibits, today, config),
        "first_letter": exhibits[0].letter if exhibits else "",
        "last_letter": exhibits[-1].letter if exhibits else "",
        "forms": [config.taxonomy.document_types[f.type] for f in forms],
        # counsel files a G-28 with the request: when none was found the enclosures say so
        "papers": [],  # what the request encloses after the index (compose fills it in)
        "g28_missing": rep is not None and not any(f.type == "g28" for f in forms),
        "brief": lambda e: e.description,
        "proof": lambda path: claim_proof(ctx, exhibits, path),
        "factor_proof": lambda factor: factor_proof(ctx, exhibits, factor),
        "addressed": lambda factor: _addressed(ctx, exhibits, factor),
        "disposition_filed": lambda factor: _disposition_filed(ctx, exhibits, factor),
        "shows": lambda e: disposition_shows(e, config),
        "relief_sought": proc.relief_sought,
        "charges": proc.charges,
        "nta_date": proc.nta_date,
        "final_order_date": proc.final_order_date,
        "changes": typeset.paragraphs(case.request.prior_request.changes or "")
        if case.request.prior_request
        else [],
    }


# A line of an address that continues the one before it: the unit of a street address
# ("Suite 410" after "77 W. Jackson Blvd."), or a state and ZIP code after the city. case.yaml
# lists often split there, because an unquoted comma ends a YAML list item.
_CONTINUES = re.compile(
    r"^(?:(?:suite|ste\.?|apt\.?|apartment|unit|floor|fl\.?|room|rm\.?|#)\s*\w|"
    r"[A-Z]{2}\s+\d{5}(?:-\d{4})?$)",
    re.IGNORECASE,
)


def address_block(lines: Iterable[str]) -> list[str]:
    """An address as it is printed: each part that continues the line before it joined to it
    ("77 W. Jackson Blvd., Suite 410"; "Chicago, IL 60604"), one line per delivery line."""
    block: list[str] = []
    for line in lines:
        if block and _CONTINUES.match(line):
            block[-1] = f"{block[-1].rstrip(',')}, {line}"
        else:
            block.append(line)
    return block


def parties(case: Case, config: Config) -> dict[str, Any]:
    """Who writes, to whom, about whom: shared by the letter, cover page and certificates."""
    rep, resp, proc = case.representative, case.respondent, case.proceedings
    office = find_office(proc, config.opla_offices)
    if rep:
        sender = [
            rep.name,
            *([rep.organization] if rep.organization else []),
            *address_block(rep.address),
        ]
        contact = [v for v in (rep.phone, rep.email) if v]
        signer = [rep.name, *([f"EOIR ID {rep.eoir_id}"] if rep.eoir_id else [])]
        signer_role = f"Counsel for {resp.name}"
    else:
        sender, contact = [resp.name, *address_block(resp.address)], []
        signer, signer_role = [resp.name], "Respondent, pro se"
    return {
        "sender": sender,
        "contact": contact,
        "signer": signer,
        "signer_role": signer_role,
        "signer_name": rep.name if rep else resp.name,
        "respondent_address": address_block(resp.address),
        "service": case.service,
        "office": address_block(address_lines(office)),
        "office_email": office.email,
        "respondent": resp.name,
        "a_number": format_a_number(resp.a_number),
        "court": proc.court,
        "judge": proc.judge,
        "detained": proc.detained,
        "stage": proc.stage,
    }


def residence_gaps(ctx: BuildContext, exhibits: list[Exhibit]) -> list[Span]:
    """The gaps check reports in the residence claimed, over what the packet files."""
    timeline = residence_timeline(ctx, [d for e in exhibits for d in e.documents])
    return list(timeline.gaps) if timeline else []


def _claimed_equities(case: Case) -> set[str]:
    """The equities case.yaml claims: each is worth a paragraph even without its documents."""
    c, r = case.claims, case.respondent
    claimed = {
        "us_family": bool(c.children or c.spouse),
        "length_of_residence": bool(c.residence_since or r.entered_us),
        "arrived_as_child": r.arrived_as_child,
        "identity": bool(r.country),
        "education": c.education,
        "military_service": bool(c.military),
        "community_ties": c.community_ties,
        "medical": bool(c.medical),
        "caretaker": bool(c.caretaker),
        "crime_victim": bool(c.crime_victim),
        "law_enforcement_cooperation": c.law_enforcement_cooperation,
    }
    return {k for k, v in claimed.items() if v}


def present_equities(
    case: Case, by_equity: dict[str, list[Exhibit]], config: Config
) -> list[dict[str, Any]]:
    claimed = _claimed_equities(case)
    return [
        {"key": key, "label": label, "exhibits": by_equity[key]}
        for key, label in config.taxonomy.equities.items()
        if by_equity[key] or key in claimed
    ]


def _exhibit_of(exhibits: list[Exhibit], doc_type: str, name: str) -> Exhibit | None:
    return next(
        (e for e in exhibits if e.documents[0].type == doc_type and e.documents[0].about == name),
        None,
    )


def _proof_of(exhibits: list[Exhibit], claim: str, config: Config) -> list[Exhibit]:
    """The exhibits config/requirements.yaml accepts as proof of a claim, whatever their equity
    (a U visa certification is filed as crime-victim evidence but proves cooperation too)."""
    types = {t for rule in config.requirements.claims.get(claim, []) for t in rule.types}
    return [e for e in exhibits if e.documents[0].type in types]


def new_evidence(
    case: Case, exhibits: list[Exhibit], today: dt.date, config: Config
) -> list[Exhibit]:
    """For a renewal: the exhibits dated after the prior request was decided (packet/dated.py,
    the rule check's stale-evidence finding uses), filing paperwork aside as check leaves it
    (a translator's certificate dated last week is no changed circumstance)."""
    prior = case.request.prior_request
    if not prior:
        return []
    return [
        e
        for e in exhibits
        if not is_paperwork(e.documents[0], config) and new_since(e.documents[0], prior.date, today)
    ]


@dataclass(frozen=True)
class Proof:
    """What the letter may say of one claim: the exhibits that prove it (check's rule) and
    whether they prove all of it; a claim not proven is written as to be supplemented."""

    exhibits: list[Exhibit]
    proven: bool


def claim_proof(ctx: BuildContext, exhibits: list[Exhibit], path: str) -> Proof:
    """``path`` is the claim's key path in case.yaml (``children[1]``, ``caretaker``)."""
    claim = next((c for c in claimed(ctx.case) if c.path == path), None)
    if claim is None:
        return Proof([], False)
    filed = [e.documents[0] for e in exhibits]
    documents, proven = proof_of_claim(claim, filed, ctx.config)
    names = {d.name for d in documents}
    return Proof([e for e in exhibits if e.documents[0].name in names], proven)


def factor_proof(
    ctx: BuildContext, exhibits: list[Exhibit], factor: NegativeFactor
) -> list[Exhibit]:
    """The exhibits that address a negative factor (check's rule): cited under it."""
    names = {
        d.name for d in addressing(factor, [e.documents[0] for e in exhibits], ctx.case, ctx.config)
    }
    return [e for e in exhibits if e.documents[0].name in names]


def _addressed(ctx: BuildContext, exhibits: list[Exhibit], factor: NegativeFactor) -> bool:
    """Whether check counts the factor addressed (no unaddressed-negative-factor finding)."""
    return mentions(ctx.case.request.narrative or "", factor) or bool(
        factor_proof(ctx, exhibits, factor)
    )


def _disposition_filed(ctx: BuildContext, exhibits: list[Exhibit], factor: NegativeFactor) -> bool:
    """Whether a court record of the factor is filed (check's rule: else a finding says so)."""
    return bool(dispositions(factor, [e.documents[0] for e in exhibits], ctx.case, ctx.config))


def disposition_shows(exhibit: Exhibit, config: Config) -> list[str]:
    """What a disposition states (plea, sentence, completion), by requirements.yaml's
    `negative_factors.shows`: only what its text says, each fact once, in the rules' order."""
    text = fold(exhibit.documents[0].text)
    said: list[str] = []
    for fact in config.requirements.negative_factors.shows:
        m = re.search(fact.pattern, text)
        if m:
            sentence = fact.says.replace("{0}", m.group(0)).replace(
                "{1}", (m.group(1) if m.groups() and m.group(1) else "")
            )
            if sentence not in said:
                said.append(sentence)
    return said


_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen", "twenty"),
        )
    )
} | {"thirty": 30, "forty": 40}
_YEARS_SAID = re.compile(
    r"\b(?P<hedge>nearly|almost|close to|about|around|over|more than)?\s*"
    r"(?P<n>\d{1,2}|(?:twenty|thirty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|[a-z]+teen|ten|eleven|twelve|two|three|four|five|six|seven|eight|nine)\s+years\b"
)
_ABOUT_RESIDENCE = re.compile(r"\b(?:lived|living|resided|residing|here|since)\b")


def _years(said: str) -> int | None:
    if said.isdigit():
        return int(said)
    tens, _, unit = said.replace("-", " ").partition(" ")
    if tens in _NUMBER_WORDS and (not unit or unit in _NUMBER_WORDS):
        return _NUMBER_WORDS[tens] + (_NUMBER_WORDS[unit] if unit else 0)
    return None


def narrative_disagreements(case: Case, today: dt.date) -> list[str]:
    """Where request.narrative's years of residence disagree with the years the letter counts
    ("nearly twenty years" beside "for 21 years"): a warning, since both would be filed."""
    since = case.claims.residence_since or case.respondent.entered_us
    narrative = case.request.narrative or ""
    if not since or not narrative:
        return []
    counted = whole_years(since, today)
    said = []
    for sentence in re.split(r"(?<=[.!?])\s+", " ".join(narrative.split())):
        folded = sentence.lower()
        if not _ABOUT_RESIDENCE.search(folded):
            continue
        for m in _YEARS_SAID.finditer(folded):
            n, hedge = _years(m["n"]), m["hedge"]
            if n is None:
                continue
            agrees = {
                "nearly": n - 2 <= counted < n,
                "almost": n - 2 <= counted < n,
                "close to": n - 2 <= counted < n,
                "about": abs(counted - n) <= 1,
                "around": abs(counted - n) <= 1,
                "over": counted >= n,
                "more than": counted >= n,
            }.get(hedge or "", counted == n)
            if not agrees:
                said.append(
                    f"request.narrative says {m.group(0).strip()!r}, but the letter counts "
                    f"{counted} years of residence (since {long_date(since)}); make them agree."
                )
    return said
