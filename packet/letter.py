"""What the cover letter says: the context its templates (config/templates/) are rendered with.

Who writes to whom (``parties``, shared with the cover page and the certificates), in whose
voice, which equities it argues (each with its exhibits), and for a renewal which exhibits are
new since the denial. The wording itself is in the templates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from packet import typeset
from packet.case import Case, format_a_number
from packet.config import Config
from packet.dated import new_since
from packet.dates import long_date, whole_years
from packet.opla import address_lines, find_office
from packet.records import BuildContext, Document, Exhibit


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
        "age_at_entry": resp.age_at_entry,
        "negative_factors": case.negative_factors,
        "rehabilitation": by_equity.get("rehabilitation", []),
        "prior": case.request.prior_request,
        "new_evidence": new_evidence(case, exhibits, today),
        "first_letter": exhibits[0].letter if exhibits else "",
        "last_letter": exhibits[-1].letter if exhibits else "",
        "forms": [config.taxonomy.document_types[f.type] for f in forms],
        "brief": lambda e: e.description,
    }


def parties(case: Case, config: Config) -> dict[str, Any]:
    """Who writes, to whom, about whom: shared by the letter, cover page and certificates."""
    rep, resp, proc = case.representative, case.respondent, case.proceedings
    office = find_office(proc, config.opla_offices)
    if rep:
        sender = [rep.name, *([rep.organization] if rep.organization else []), *rep.address]
        contact = [v for v in (rep.phone, rep.email) if v]
        signer = [rep.name, *([f"EOIR ID {rep.eoir_id}"] if rep.eoir_id else [])]
        signer_role = f"Counsel for {resp.name}"
    else:
        sender, contact = [resp.name, *resp.address], []
        signer, signer_role = [resp.name], "Respondent, pro se"
    return {
        "sender": sender,
        "contact": contact,
        "signer": signer,
        "signer_role": signer_role,
        "signer_name": rep.name if rep else resp.name,
        "office": address_lines(office),
        "office_email": office.email,
        "respondent": resp.name,
        "a_number": format_a_number(resp.a_number),
        "court": proc.court,
        "judge": proc.judge,
        "detained": proc.detained,
        "stage": proc.stage,
    }


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


def new_evidence(case: Case, exhibits: list[Exhibit], today: dt.date) -> list[Exhibit]:
    """For a renewal: the exhibits dated after the prior request was decided (packet/dated.py,
    the rule check's stale-evidence finding uses)."""
    prior = case.request.prior_request
    if not prior:
        return []
    return [e for e in exhibits if new_since(e.documents[0], prior.date, today)]
