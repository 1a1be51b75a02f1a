"""`packet check` finds every missing exhibit and raises no false alarm.

Each finding code is tested both ways on generated cases: present when the evidence is missing,
absent when it is there. Documents are built directly as classify.Document records (no OCR), so
these tests pin the rules, not the classifier.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from packet import duplicates as duplicates_module
from packet.case import Case
from packet.check import case_value, check, mentions
from packet.config import FINDING_CODES, config_dir, load_config
from packet.dates import Span
from packet.duplicates import duplicate_copies, left_out
from packet.errors import ConfigError
from packet.fields import extract
from packet.records import BuildContext, Document, Fields, Finding, Rejection, Timeline
from packet.text.language import language_of
from packet.timeline import residence_timeline
from tests.realistic.mrz import td3

TODAY = dt.date(2026, 11, 1)
NO_FIELDS = Fields()
RESPONDENT = "Lucía Beltrán Ochoa"
CHILD = "Tomás Beltrán Ochoa"
SIBLING = "Elena Beltrán Ochoa"
SPOUSE = "Ramón Ibarra Cruz"
IRIS = {"name": "Iris Gómez", "eoir_id": "IG123456"}


@pytest.fixture(scope="module")
def config():
    return load_config()


def make_case(**parts: Any) -> Case:
    data: dict[str, Any] = {
        "schema": 1,
        "respondent": {
            "name": RESPONDENT,
            "a_number": "A123-456-789",
            "address": ["1420 W. Cermak Rd", "Chicago, IL 60608"],
        },
        "request": {"type": "dismissal"},
        "proceedings": {"opla_office": "Chicago"},
    }
    data.update(parts)
    return Case.model_validate(data)


def doc(
    file: str,
    type: str,
    about: str | None = RESPONDENT,
    text: str = "",
    *,
    pages: tuple[str, ...] | None = None,
    language: str = "en",
    fields: Fields = NO_FIELDS,
    sha256: str | None = None,
    translation: str | None = None,
    translates: str | None = None,
    overridden: bool = False,
) -> Document:
    return Document(
        file=file,
        sha256=sha256 or hashlib.sha256(file.encode()).hexdigest(),
        pdf=Path(file),
        page_texts=pages or (text or f"{type} of {about}",),
        type=type,
        equity="other",
        about=about,
        about_claim=None,
        language=language,
        confidence=0.9,
        reasons=(),
        fields=fields,
        overridden=overridden,
        translation=translation,
        translates=translates,
    )


# What a complete pro se dismissal case holds: identity, nothing else claimed.
PASSPORT = doc("scans/passport.jpg", "passport")


def context(case: Case, config, today: dt.date = TODAY) -> BuildContext:
    return BuildContext(case, config, today, Path("work-not-used-by-check"))


def findings(case: Case, documents: list[Document], config, **kw: Any) -> list[Finding]:
    ctx = context(case, config, kw.pop("today", TODAY))
    return list(check(ctx, documents, kw.pop("rejected", [])).findings)


def on(*days: str) -> Fields:
    """The fields classify reads from a document that shows these dates: the first is its date."""
    dates = tuple(sorted(dt.date.fromisoformat(d) for d in days))
    return Fields(issued=dt.date.fromisoformat(days[0]), dates=dates)


def codes(found: list[Finding], code: str) -> list[Finding]:
    return [f for f in found if f.code == code]


def test_a_complete_case_has_no_findings(config) -> None:
    case = make_case(
        representative=IRIS,
        claims={
            "residence_since": "2024-01-01",
            "children": [{"name": CHILD, "status": "usc"}],
            "community_ties": True,
        },
    )
    documents = [
        PASSPORT,
        doc("scans/g28.pdf", "g28"),
        doc(
            "scans/bc.jpg",
            "birth_certificate",
            CHILD,
            f"Certificate of live birth. Child: {CHILD}. Mother: {RESPONDENT}",
            fields=on("2024-02-01"),
        ),
        doc("scans/letter.jpg", "letter_of_support", fields=on("2025-01-15")),
        doc("scans/bill.jpg", "residence_record", fields=on("2026-01-01")),
    ]
    assert findings(case, documents, config) == []


# --- missing-evidence --------------------------------------------------------------------------


def test_a_usc_child_without_a_birth_certificate_is_named(config) -> None:
    case = make_case(
        claims={
            "children": [
                {"name": SIBLING, "status": "usc"},
                {"name": CHILD, "status": "usc"},
            ]
        }
    )
    found = codes(
        findings(case, [PASSPORT, doc("scans/bc.jpg", "birth_certificate", SIBLING)], config),
        "missing-evidence",
    )
    assert [(f.claim, f.severity) for f in found] == [("children[1]", "error")]
    assert CHILD in found[0].message and SIBLING not in found[0].message
    assert "birth certificate" in found[0].message and "documents:" in found[0].message


def test_each_child_with_a_birth_certificate_is_proved(config) -> None:
    case = make_case(
        claims={"children": [{"name": SIBLING, "status": "usc"}, {"name": CHILD, "status": "usc"}]}
    )
    documents = [
        PASSPORT,
        doc("scans/a.jpg", "birth_certificate", SIBLING),
        doc("scans/b.jpg", "birth_certificate", CHILD.upper().replace("Á", "A")),
    ]
    assert codes(findings(case, documents, config), "missing-evidence") == []


def test_a_birth_certificate_read_as_the_mothers_still_proves_the_child_it_names(config) -> None:
    case = make_case(claims={"children": [{"name": CHILD, "status": "usc"}]})
    text = f"Mother: {RESPONDENT}. Child: {CHILD}. Certificate of live birth."
    certificate = doc("scans/bc.jpg", "birth_certificate", RESPONDENT, text)
    assert codes(findings(case, [PASSPORT, certificate], config), "missing-evidence") == []


def test_a_child_without_status_needs_no_birth_certificate(config) -> None:
    case = make_case(claims={"children": [{"name": CHILD, "status": "other"}]})
    assert codes(findings(case, [PASSPORT], config), "missing-evidence") == []


def test_an_lpr_child_needs_a_green_card_too(config) -> None:
    case = make_case(claims={"children": [{"name": CHILD, "status": "lpr"}]})
    birth = doc("scans/bc.jpg", "birth_certificate", CHILD)
    found = codes(findings(case, [PASSPORT, birth], config), "missing-evidence")
    assert [f.claim for f in found] == ["children[0]"]
    assert "permanent resident card" in found[0].message
    card = doc("scans/card.jpg", "permanent_resident_card", CHILD)
    assert codes(findings(case, [PASSPORT, birth, card], config), "missing-evidence") == []


def test_a_citizen_spouse_needs_the_marriage_and_proof_of_citizenship(config) -> None:
    case = make_case(claims={"spouse": {"name": SPOUSE, "status": "usc"}})
    found = codes(findings(case, [PASSPORT], config), "missing-evidence")
    assert [f.claim for f in found] == ["spouse", "spouse"]
    assert any("marriage certificate" in f.message for f in found)
    assert any("U.S. citizen" in f.message for f in found)
    # The marriage certificate is about the first person named, the respondent, but names both.
    marriage = doc(
        "scans/m.jpg", "marriage_certificate", RESPONDENT, f"Bride {RESPONDENT} Groom {SPOUSE}"
    )
    citizen = doc("scans/n.jpg", "naturalization_certificate", SPOUSE)
    assert codes(findings(case, [PASSPORT, marriage, citizen], config), "missing-evidence") == []


def test_a_marriage_certificate_of_other_people_does_not_prove_the_spouse(config) -> None:
    case = make_case(claims={"spouse": {"name": SPOUSE, "status": "other"}})
    other = doc("scans/m.jpg", "marriage_certificate", None, "Bride Ana Ruiz Groom Luis Soto")
    found = codes(findings(case, [PASSPORT, other], config), "missing-evidence")
    assert [f.claim for f in found] == ["spouse"]


def test_a_child_birth_certificate_naming_the_father_is_no_proof_of_his_citizenship(
    config,
) -> None:
    case = make_case(claims={"spouse": {"name": SPOUSE, "status": "usc"}})
    marriage = doc("scans/m.jpg", "marriage_certificate", SPOUSE)
    child = doc("scans/bc.jpg", "birth_certificate", CHILD, f"Child {CHILD} Father {SPOUSE}")
    found = codes(findings(case, [PASSPORT, marriage, child], config), "missing-evidence")
    assert [f.claim for f in found] == ["spouse"]


CLAIMS = [
    # (claim in case.yaml, the document that proves it, one that does not)
    (
        {"military": {"member": "self"}},
        ("military_record", RESPONDENT),
        ("letter_of_support", None),
    ),
    ({"education": True}, ("diploma", CHILD), ("tax_record", RESPONDENT)),
    ({"education": True}, ("school_record", CHILD), ("medical_record", CHILD)),
    (
        {"medical": {"person": "self", "condition": "diabetes"}},
        ("medical_record", RESPONDENT),
        ("medical_record", CHILD),
    ),
    (
        {"caretaker": {"person": CHILD, "condition": "cerebral palsy"}},
        ("medical_record", CHILD),
        ("medical_record", SIBLING),
    ),
    ({"crime_victim": {"kind": "domestic_violence"}}, ("protective_order", RESPONDENT), None),
    ({"crime_victim": {"kind": "other"}}, ("police_report", RESPONDENT), ("court_record", None)),
    ({"law_enforcement_cooperation": True}, ("u_visa_certification", RESPONDENT), None),
    ({"community_ties": True}, ("letter_of_support", None), ("employment_letter", RESPONDENT)),
]


@pytest.mark.parametrize(("claims", "proof", "not_proof"), CLAIMS)
def test_each_claim_is_held_against_its_evidence(config, claims, proof, not_proof) -> None:
    case = make_case(claims={**claims, "children": [{"name": CHILD, "status": "other"}]})
    claim = next(iter(claims))
    wrong = [doc("scans/w.jpg", *not_proof)] if not_proof else []
    found = codes(findings(case, [PASSPORT, *wrong], config), "missing-evidence")
    assert [(f.claim, f.severity) for f in found] == [(claim, "error")]
    assert found[0].message.endswith("in case.yaml.")
    proved = [PASSPORT, *wrong, doc("scans/p.jpg", *proof)]
    assert codes(findings(case, proved, config), "missing-evidence") == []


def test_a_medical_record_naming_the_person_in_its_text_counts(config) -> None:
    case = make_case(claims={"medical": {"person": "self", "condition": "asthma"}})
    record = doc("scans/m.jpg", "medical_record", None, f"Patient name: {RESPONDENT.upper()}")
    assert codes(findings(case, [PASSPORT, record], config), "missing-evidence") == []


@pytest.mark.parametrize("request_type", ["joint_motion_to_reopen", "non_opposition_to_reopen"])
def test_reopening_needs_the_final_order_date(config, request_type: str) -> None:
    relief = {"relief_sought": ["cancellation of removal"]}
    case = make_case(request={"type": request_type}, proceedings=relief)
    found = codes(findings(case, [PASSPORT], config), "incomplete-case")
    assert [f.claim for f in found] == ["proceedings.final_order_date"]
    assert "proceedings.final_order_date" in found[0].message
    # a prerequisite is case.yaml's, not a missing document
    assert codes(findings(case, [PASSPORT], config), "missing-evidence") == []
    dated = make_case(
        request={"type": request_type}, proceedings={"final_order_date": "2019-03-04", **relief}
    )
    assert codes(findings(dated, [PASSPORT], config), "incomplete-case") == []


@pytest.mark.parametrize(
    "request_type",
    ["joint_motion_to_reopen", "non_opposition_to_reopen", "continuance"],
)
def test_a_request_that_must_say_what_it_leads_to_needs_the_relief_sought(
    config, request_type: str
) -> None:
    """The letter of these requests says what reopening or closure leads to, or the good cause
    for a continuance; without `relief_sought` it prints a blank, and check says what to add."""
    posture = {"final_order_date": "2019-03-04"}
    for relief in (None, []):  # not given, or an empty list: no relief named
        given = {**posture, "relief_sought": relief} if relief is not None else posture
        case = make_case(request={"type": request_type}, proceedings=given)
        found = codes(findings(case, [PASSPORT], config), "incomplete-case")
        assert [f.claim for f in found] == ["proceedings.relief_sought"]
        assert found[0].severity == "error" and "relief_sought" in found[0].message
    named = make_case(
        request={"type": request_type},
        proceedings={**posture, "relief_sought": ["a U visa petition pending with USCIS"]},
    )
    assert codes(findings(named, [PASSPORT], config), "incomplete-case") == []


def test_administrative_closure_may_rest_on_discretion_alone(config) -> None:
    """Its reason may be relief pursued elsewhere or prosecutorial discretion itself, which the
    letter argues: no relief_sought is asked."""
    case = make_case(request={"type": "administrative_closure"})
    assert codes(findings(case, [PASSPORT], config), "incomplete-case") == []


def test_release_from_detention_needs_a_detained_respondent(config) -> None:
    case = make_case(request={"type": "release_from_detention"})
    found = codes(findings(case, [PASSPORT], config), "incomplete-case")
    assert [f.claim for f in found] == ["proceedings.detained"]
    detained = make_case(request={"type": "release_from_detention"}, proceedings={"detained": True})
    assert codes(findings(detained, [PASSPORT], config), "incomplete-case") == []


def test_other_request_types_have_no_prerequisites_by_default(config) -> None:
    free = [t for t in config.taxonomy.request_types if t not in config.requirements.request_types]
    assert "dismissal" in free and len(free) >= 5, free  # the requests most cases make
    for request_type in free:
        case = make_case(request={"type": request_type})
        assert findings(case, [PASSPORT], config) == [], request_type


def test_a_request_rule_naming_no_case_key_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"proceedings\.final_order_day"):
        case_value(make_case(), "proceedings.final_order_day")


# --- missing-identity, missing-g28 -------------------------------------------------------------


def test_the_respondent_must_be_identified(config) -> None:
    child = doc("scans/bc.jpg", "birth_certificate", CHILD)
    found = codes(findings(make_case(), [child], config), "missing-identity")
    assert [(f.claim, f.severity) for f in found] == [("respondent", "error")]
    assert RESPONDENT in found[0].message
    for kind in config.requirements.identity.types:
        identity = doc("scans/id.jpg", kind)
        assert codes(findings(make_case(), [child, identity], config), "missing-identity") == []


def test_a_representative_needs_a_g28(config) -> None:
    case = make_case(representative=IRIS)
    found = codes(findings(case, [PASSPORT], config), "missing-g28")
    assert len(found) == 1 and "Iris Gómez" in found[0].message
    g28 = doc("scans/g28.pdf", "g28")
    assert codes(findings(case, [PASSPORT, g28], config), "missing-g28") == []
    assert codes(findings(make_case(), [PASSPORT], config), "missing-g28") == []  # pro se


# --- residence-gap -----------------------------------------------------------------------------


def dated(file: str, *days: str, type: str = "tax_record", **covers: str) -> Document:
    fields = on(*days) if days else Fields()
    if covers:
        span = Span(dt.date.fromisoformat(covers["start"]), dt.date.fromisoformat(covers["end"]))
        fields = dataclasses.replace(fields, covers=span)
    return doc(file, type, fields=fields)


def gaps(case: Case, documents: list[Document], config, today=TODAY) -> list[tuple[str, str]]:
    found = codes(findings(case, [PASSPORT, *documents], config, today=today), "residence-gap")
    assert all(f.severity == "warning" and f.claim == "residence_since" for f in found)
    return [(dict(f.extra)["from"], dict(f.extra)["to"]) for f in found]


def test_every_uncovered_stretch_over_a_year_is_reported_with_its_dates(config) -> None:
    case = make_case(claims={"residence_since": "2010-01-01"})
    documents = [
        dated("a.jpg", "2010-03-01"),
        dated("b.jpg", "2011-02-01"),  # 11 months later: not a gap
        dated("c.jpg", start="2013-06-01", end="2014-12-31"),  # a lease term
        dated("d.jpg", "2015-06-30"),
    ]
    # Two months uncovered at the start, six at the end: under a year, not reported.
    assert gaps(case, documents, config, today=dt.date(2016, 1, 1)) == [
        ("2011-02-02", "2013-05-31")
    ]


def test_the_stretch_to_today_and_from_the_claimed_start_count(config) -> None:
    case = make_case(claims={"residence_since": "2015-01-01"})
    found = gaps(case, [dated("a.jpg", "2017-03-01")], config, today=dt.date(2019, 1, 1))
    assert found == [("2015-01-01", "2017-02-28"), ("2017-03-02", "2019-01-01")]


def test_no_evidence_at_all_is_one_gap_over_the_whole_claim(config) -> None:
    case = make_case(claims={"residence_since": "2020-05-01"})
    assert gaps(case, [], config) == [("2020-05-01", TODAY.isoformat())]


def test_exactly_twelve_months_uncovered_is_not_a_gap_one_day_more_is(config) -> None:
    case = make_case(claims={"residence_since": "2015-01-01"})
    # Uncovered 2015-01-02 .. 2016-01-01: twelve months to the day.
    twelve = [dated("a.jpg", "2015-01-01"), dated("b.jpg", "2016-01-02")]
    assert gaps(case, twelve, config, today=dt.date(2016, 1, 2)) == []
    longer = [dated("a.jpg", "2015-01-01"), dated("b.jpg", "2016-01-03")]
    assert gaps(case, longer, config, today=dt.date(2016, 1, 3)) == [("2015-01-02", "2016-01-02")]


def test_the_threshold_is_configurable(config) -> None:
    residence = config.requirements.residence.model_copy(update={"gap_months": 36})
    lenient = config.model_copy(
        update={"requirements": config.requirements.model_copy(update={"residence": residence})}
    )
    case = make_case(claims={"residence_since": "2015-01-01"})
    documents = [dated("a.jpg", "2015-01-01"), dated("b.jpg", "2017-06-01")]
    today = dt.date(2017, 6, 1)
    assert gaps(case, documents, config, today=today) == [("2015-01-02", "2017-05-31")]
    assert gaps(case, documents, lenient, today=today) == []


def test_a_covered_range_beats_the_dates_on_the_page(config) -> None:
    case = make_case(claims={"residence_since": "2018-01-01"})
    lease = dated("lease.jpg", "2018-01-01", "2020-12-31", type="letter_of_support")
    assert gaps(case, [lease], config, today=dt.date(2021, 1, 1)) == [("2018-01-02", "2020-12-30")]
    lease = dated("lease.jpg", "2018-01-01", "2020-12-31", start="2018-01-01", end="2020-12-31")
    assert gaps(case, [lease], config, today=dt.date(2021, 1, 1)) == []


def test_a_lease_without_a_covered_range_covers_its_term(config) -> None:
    case = make_case(claims={"residence_since": "2018-01-01"})
    lease = dated("lease.jpg", "2018-01-01", "2020-12-31", type="residence_record")
    assert gaps(case, [lease], config, today=dt.date(2021, 1, 1)) == []


def test_a_clinics_visit_history_covers_its_first_visit_to_its_last(config) -> None:
    # a patient seen at one clinic about once a year for ten years lived here all along
    case = make_case(claims={"residence_since": "2016-05-12"})
    rows = "\n".join(
        f"{day}   L. Nakamura-Ortiz, NP   SLE follow-up"
        for day in ("06/14/2016", "03/14/2017", "09/14/2018", "11/14/2019", "10/14/2020")
    )
    text = f"PATIENT VISIT HISTORY AND PROBLEM LIST\nDate  Provider  Reason for visit\n{rows}"
    rule = config.rules.types["medical_record"]
    fields = extract(text, rule.covers, config.rules.fields, day_first=False)
    assert fields.covers and (fields.covers.start, fields.covers.end) == (
        dt.date(2016, 6, 14),
        dt.date(2020, 10, 14),
    )
    history = doc("scans/clinic records.pdf", "medical_record", text=text, fields=fields)
    assert gaps(case, [history], config, today=dt.date(2020, 12, 1)) == []
    # two dated rows are two visits, not a history
    two = "\n".join(text.splitlines()[:4])
    fields = extract(two, rule.covers, config.rules.fields, day_first=False)
    assert fields.covers is None or fields.covers.start == fields.covers.end


def test_a_cumulative_school_record_covers_its_school_years(config) -> None:
    # a district's attendance record of a child who arrived at five, a school year to a row
    rows = "\n".join(
        f"{y}-{(y + 1) % 100:02d} {g} Kalihi Uka Elementary W1 180 176 4 2"
        for g, y in zip(["K", "1", "2", "3", "4"], range(2009, 2014), strict=True)
    )
    text = f"STUDENT CUMULATIVE ATTENDANCE RECORD\nYEAR GR SCHOOL ENR PRES ABS TDY\n{rows}"
    rule = config.rules.types["school_record"]
    fields = extract(text, rule.covers, config.rules.fields, day_first=False)
    assert fields.covers and (fields.covers.start, fields.covers.end) == (
        dt.date(2009, 8, 1),
        dt.date(2014, 6, 30),
    )


def test_a_date_of_birth_on_a_court_record_does_not_open_a_period(config) -> None:
    case = make_case(
        respondent={"name": RESPONDENT, "a_number": "123456789", "date_of_birth": "1986-04-19"},
        claims={"residence_since": "2005-01-01"},
    )
    record = dated("disp.jpg", "1986-04-19", "2015-09-21", type="court_record")
    assert gaps(case, [record], config, today=dt.date(2015, 9, 21)) == [
        ("2005-01-01", "2015-09-20")
    ]


def test_expiry_dates_and_filing_paperwork_are_not_evidence_of_residence(config) -> None:
    case = make_case(claims={"residence_since": "2024-01-01"})
    documents = [
        dated("card.jpg", "2024-02-01", "2031-02-01", type="permanent_resident_card"),
        dated("g28.pdf", "2026-10-01", type="g28"),
        dated("cert.pdf", "2026-09-01", type="certificate_of_translation"),
    ]
    assert gaps(case, documents, config) == [("2024-02-02", TODAY.isoformat())]


def test_the_respondents_own_birth_certificate_issued_abroad_shows_no_years_here(config) -> None:
    # a copy of the respondent's birth record, issued in the country of birth in 2023, says
    # nothing of 2023 here; a child's birth certificate, born here, does
    case = make_case(claims={"residence_since": "2022-06-01"})
    own = dated("acta.jpg", "2023-03-14", type="birth_certificate")
    child = dataclasses.replace(
        dated("child.pdf", "2023-03-14", type="birth_certificate"),
        about="Ana Castillo",
        page_texts=(f"Child: Ana Castillo. Mother: {RESPONDENT}",),
    )
    assert gaps(case, [own], config, today=dt.date(2024, 1, 1)) == [("2022-06-01", "2024-01-01")]
    assert gaps(case, [child], config, today=dt.date(2024, 1, 1)) == []


def test_a_family_members_paper_shows_the_respondent_here_only_when_it_names_them(config) -> None:
    """A spouse's discharge papers date the spouse's service, not where the respondent lived; a
    child's birth certificate naming the mother, or a spouse's hospital record naming the
    respondent as next of kin, places the respondent here on its dates."""
    case = make_case(claims={"residence_since": "2006-01-01"})
    today = dt.date(2011, 1, 1)
    service = dataclasses.replace(
        dated("dd214.pdf", start="2006-01-01", end="2010-12-31", type="military_record"),
        about="Roberto Castillo",
        page_texts=("CERTIFICATE OF RELEASE OR DISCHARGE. Name: CASTILLO, ROBERTO",),
    )
    assert gaps(case, [service], config, today=today) == [("2006-01-01", "2011-01-01")]
    naming = dataclasses.replace(
        service, page_texts=(f"Patient: Roberto Castillo. Next of kin: {RESPONDENT} (wife)",)
    )
    assert gaps(case, [naming], config, today=today) == []
    unknown = dataclasses.replace(service, about=None)  # whom it is about not known: counted
    assert gaps(case, [unknown], config, today=today) == []


def test_no_residence_claim_means_no_timeline(config) -> None:
    assert residence_timeline(context(make_case(), config), [PASSPORT]) is None
    assert codes(findings(make_case(), [PASSPORT], config), "residence-gap") == []


def test_the_timeline_marks_each_month(config) -> None:
    case = make_case(claims={"residence_since": "2020-03-15"})
    documents = [dated("a.jpg", "2020-04-10"), dated("b.jpg", "2022-02-01")]
    timeline = residence_timeline(context(case, config, dt.date(2022, 3, 1)), documents)
    assert isinstance(timeline, Timeline)
    assert [timeline.month(2020, m) for m in (2, 3, 4, 5)] == [None, "uncovered", "evidence", "gap"]
    assert timeline.month(2022, 2) == "evidence" and timeline.month(2022, 4) is None
    assert timeline.files_in(2020) == ["a.jpg"] and timeline.files_in(2021) == []


# --- untranslated-document ---------------------------------------------------------------------

CERTIFIED = "Translation. CERTIFICATE OF TRANSLATION: I certify that I am competent to translate."


def test_a_spanish_document_without_a_translation_is_an_error(config) -> None:
    acta = doc("scans/acta.jpg", "birth_certificate", language="es")
    found = codes(findings(make_case(), [acta], config), "untranslated-document")
    assert [(f.file, f.severity) for f in found] == [("scans/acta.jpg", "error")]
    assert "Spanish" in found[0].message


def test_a_certified_translation_settles_it(config) -> None:
    acta = doc("scans/acta.jpg", "birth_certificate", language="es", translation="scans/t.pdf")
    english = doc("scans/t.pdf", "certificate_of_translation", text=CERTIFIED, translates=acta.file)
    assert codes(findings(make_case(), [acta, english], config), "untranslated-document") == []


def test_a_translation_without_its_certificate_is_not_enough(config) -> None:
    acta = doc("scans/acta.jpg", "birth_certificate", language="es", translation="scans/t.pdf")
    bare = doc("scans/t.pdf", "other", text="Birth certificate. Name: Lucía", translates=acta.file)
    found = codes(findings(make_case(), [acta, bare], config), "untranslated-document")
    assert [f.file for f in found] == ["scans/acta.jpg"]
    assert "certificate of translation" in found[0].message


def test_a_translation_classify_read_as_a_certificate_counts_whatever_its_wording(config) -> None:
    # "translator's certification" is not among the certificate phrases, but classify typed the
    # page a certificate of translation; compose then adds none, so check must not ask for one.
    acta = doc("scans/acta.jpg", "birth_certificate", language="es", translation="scans/t.pdf")
    english = doc(
        "scans/t.pdf",
        "certificate_of_translation",
        text="Birth certificate. Translator's certification: accurate rendering. Signed.",
        translates=acta.file,
    )
    assert codes(findings(make_case(), [acta, english], config), "untranslated-document") == []


def test_a_named_translator_gets_a_certificate_to_sign_instead_of_an_error(config) -> None:
    acta = doc("scans/acta.jpg", "birth_certificate", language="es", translation="scans/t.pdf")
    bare = doc("scans/t.pdf", "other", text="Birth certificate. Name: Lucía", translates=acta.file)
    case = make_case(translator={"name": "Marisol Cañas"})
    assert codes(findings(case, [acta, bare], config), "untranslated-document") == []


def test_a_spanish_page_inside_an_english_document_is_found_by_page(config) -> None:
    english = "This is the medical record of the patient, with the date of the visit and the plan."
    spanish = "Carta del médico: la paciente tiene que seguir con el tratamiento y la dieta por la"
    record = doc("scans/med.pdf", "medical_record", pages=(english, spanish + " salud"))
    found = codes(findings(make_case(), [record], config), "untranslated-document")
    assert [(f.file, f.page) for f in found] == [("scans/med.pdf", 2)]
    all_english = doc("scans/med.pdf", "medical_record", pages=(english, english))
    assert codes(findings(make_case(), [all_english], config), "untranslated-document") == []


def test_the_back_of_a_bilingual_card_is_not_a_page_to_translate(config) -> None:
    # an identity card's front pairs Spanish captions with English; its back holds a line or
    # two of Spanish and the machine-readable zone: read alone it leans Spanish
    front = (
        "REPUBLICA DE HONDURAS DOCUMENTO NACIONAL DE IDENTIFICACION\n"
        "Nombre / Forename KEYLA\nApellido / Surname BANEGAS\n"
        "Fecha de Nacimiento / Date of Birth 19 JUL 1996\n"
        "Lugar de Nacimiento / Place of Birth SAN PEDRO SULA\n"
        "Sexo / Sex F  Nacionalidad / Nationality HONDURENA\n"
        "Fecha de Expiracion / Date of Expiry 10 MAY 2032"
    )
    back = (
        "Fecha de Emision / Date of Issue 11 MAY 2022\nRegistro Nacional de las Personas de "
        "la Republica de Honduras\nIDHND0501199607342<<<<<<<<<<<<<<<"
    )
    card = doc("scans/dni.jpg", "identity_document", pages=(front, back))
    assert codes(findings(make_case(), [card], config), "untranslated-document") == []


def test_a_card_back_with_a_line_in_its_issuers_language_is_the_same_card(config) -> None:
    # the front pairs French captions with English; the back holds an address line in French
    # and the zone, no caption pairs: too little to be a paper of its own
    front = (
        "REPUBLIQUE DU CAMEROUN\nCARTE NATIONALE D'IDENTITE / NATIONAL IDENTITY CARD\n"
        "Nom / Surname NGUEMA\nPrénoms / Given names ESTELLE\n"
        "Date de naissance / Date of birth 02.11.1990\nLieu de naissance / Place of birth "
        "DOUALA\nSexe / Sex F\nDate de délivrance / Date of issue 14.06.2021"
    )
    back = (
        "Adresse: quartier Bonamoussadi, Douala. Autorité de délivrance: Délégation générale "
        "à la sûreté nationale\nIDCMR1029384756<<<<<<<<<<<<<<<"
    )
    assert language_of(back, config.languages) == "fr"
    card = doc("scans/cni.jpg", "identity_document", pages=(front, back))
    assert codes(findings(make_case(), [card], config), "untranslated-document") == []


def test_an_attached_page_is_to_translate_only_when_its_language_is_clear(config) -> None:
    # an English letter with a Spanish letter attached: that page needs its translation; a
    # notary's page in a script OCR read as Latin-letter noise is no attachment in any language
    letter = (
        "To whom it may concern: I have known Lucía Beltrán Ochoa for twelve years as a neighbour "
        "and a friend, and I can say that she is a kind and hard-working mother."
    )
    spanish = (
        "A quien corresponda: conozco a la señora Beltrán desde hace doce años. Es una mujer "
        "trabajadora y una madre dedicada a sus hijos, y la recomiendo sin reservas."
    )
    noise = (
        "YJICbIH BY PTT9JIMUH EPOHXMM TA3AP Topunarsznnit ayraap Duor auH Hop BATBAAP Hop OJOY "
        "Xyiic Dmorrou Topco oH cap exep onb1 capo Topcen ra3ap VYiaan6aarap xor Cyx6aarap"
    )
    with_spanish = doc("scans/letters.pdf", "letter_of_support", pages=(letter, spanish))
    found = codes(findings(make_case(), [with_spanish], config), "untranslated-document")
    assert [f.file for f in found] == ["scans/letters.pdf"]
    with_noise = doc("scans/notary.pdf", "letter_of_support", pages=(letter, noise))
    assert codes(findings(make_case(), [with_noise], config), "untranslated-document") == []


# --- incomplete-translation-certificate --------------------------------------------------------

COMPLETE_CERTIFICATE = (
    "CERTIFICATE OF TRANSLATION. I, Carmen Ibarra, certify that I am competent to translate "
    "from Spanish into English and that the above is a true and accurate translation. "
    "Signature: /s/ Carmen Ibarra  Date: January 8, 2025. 3150 W. Cermak Rd., Chicago, IL "
    "60623. Telephone: (312) 555-0144."
)


def certificate_findings(config, text: str, **changes: Any) -> list[Finding]:
    acta = doc("scans/acta.jpg", "birth_certificate", language="es", translation="scans/t.pdf")
    english = doc("scans/t.pdf", "birth_certificate", text=text, translates=acta.file)
    english = dataclasses.replace(english, **changes)
    return codes(
        findings(make_case(), [acta, english], config), "incomplete-translation-certificate"
    )


def test_a_complete_certificate_raises_nothing(config) -> None:
    assert certificate_findings(config, COMPLETE_CERTIFICATE) == []


CERTIFYING = (
    "CERTIFICATION BY TRANSLATOR. I, Camila Ferreira, certify that I am fluent in Spanish and "
    "English, and that the above is a complete and accurate translation of the attached "
    "document, to the best of my knowledge and ability.\n[signature]\nCamila Ferreira\n"
)


@pytest.mark.parametrize(
    "contact",
    [
        "418 Ferry Street, Apt. 2\nNewark, NJ 07105\nTel. (973) 555\u20130162",  # OCR: a dash
        "Phone: 973.555.0162\n418 Ferry Street\nNewark, New Jersey 07105",
        "Tel: 9735550162\nPO Box 9021, Newark",
        "Mailing address: Newark, New Jersey 07105\nCell 973/555-0162",
        "Telephone No. +1 973 555 0162\n418 Ferry St.",
    ],
)
def test_a_certificate_giving_address_and_telephone_as_people_write_them_is_complete(
    config, contact: str
) -> None:
    assert certificate_findings(config, CERTIFYING + contact + "\nDate: October 2, 2026") == []


@pytest.mark.parametrize(
    "accuracy",
    [
        "the above is a true, correct and complete translation of the original",
        "I have accurately translated the attached record",
        "this is a faithful and exact English translation",
        "the attached record has been translated by me fully and accurately",
    ],
)
def test_accuracy_worded_otherwise_is_still_stated(config, accuracy: str) -> None:
    text = COMPLETE_CERTIFICATE.replace("the above is a true and accurate translation", accuracy)
    assert certificate_findings(config, text) == []
    lacking = COMPLETE_CERTIFICATE.replace("the above is a true and accurate translation", "")
    [found] = certificate_findings(config, lacking)
    assert "the statement that the translation is accurate" in found.message


def test_a_translators_name_alone_is_a_certificate_lacking_its_statements(config) -> None:
    acta = doc("scans/acta.jpg", "birth_certificate", language="es", translation="scans/t.pdf")
    signed_off = (
        "Birth certificate. Name: Lucía Ortega.\nTranslated by: Marisol Cañas\nDate: 10/02/2026"
    )
    english = doc("scans/t.pdf", "birth_certificate", text=signed_off, translates=acta.file)
    found = findings(make_case(), [acta, english], config)
    assert codes(found, "untranslated-document") == []
    [incomplete] = codes(found, "incomplete-translation-certificate")
    assert incomplete.file == "scans/t.pdf"
    assert "statement of competence" in incomplete.message
    assert "the statement that the translation is accurate" in incomplete.message
    # with the translator named in case.yaml the packet carries a certificate to sign instead
    named = make_case(translator={"name": "Marisol Cañas"})
    assert (
        codes(findings(named, [acta, english], config), "incomplete-translation-certificate") == []
    )


def test_a_certificate_with_only_the_translators_name_and_date_lacks_both(config) -> None:
    [found] = certificate_findings(config, CERTIFYING + "Date: October 2, 2026")
    assert "the translator's address and the translator's telephone number" in found.message


def test_a_certificate_without_telephone_or_competence_names_what_it_lacks(config) -> None:
    text = COMPLETE_CERTIFICATE.replace("Telephone: (312) 555-0144.", "").replace(
        "I am competent to translate from Spanish into English and that ", ""
    )
    [found] = certificate_findings(config, text)
    assert (found.file, found.severity) == ("scans/t.pdf", "warning")
    assert "statement of competence to translate from Spanish" in found.message
    assert "telephone number" in found.message and "address" not in found.message
    assert "ICPM 3.3(a)" in found.message


def test_an_empty_signature_line_counts_only_on_a_typed_page(config, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    unsigned = COMPLETE_CERTIFICATE.replace("/s/ Carmen Ibarra", "______________")
    typed = tmp_path / "t.pdf"
    canvas = Canvas(str(typed))
    canvas.drawString(72, 720, "Signature: ______________")
    canvas.save()
    [found] = certificate_findings(config, unsigned, pdf=typed, page_confidences=(None,))
    assert "signature line is empty" in found.message
    # a scan (read by OCR): ink on the line reads as anything, so nothing is said
    assert certificate_findings(config, unsigned, pdf=typed, page_confidences=(91.0,)) == []


# --- unaddressed-negative-factor ---------------------------------------------------------------

DUI = {"kind": "conviction", "description": "DUI", "date": "2014-08-30"}
THEFT = {"kind": "arrest", "description": "retail theft", "date": "2017-02-11"}


def factor_findings(config, narrative: str | None, documents=(), factors=(DUI,)):
    case = make_case(
        request={"type": "dismissal", "narrative": narrative}, negative_factors=factors
    )
    return codes(findings(case, [PASSPORT, *documents], config), "unaddressed-negative-factor")


def test_a_negative_factor_nobody_explains_is_an_error(config) -> None:
    found = factor_findings(config, "She has lived here for ten years.")
    assert [(f.claim, f.severity) for f in found] == [("negative_factors[0]", "error")]
    assert "DUI" in found[0].message and "request.narrative" in found[0].message


@pytest.mark.parametrize(
    "narrative",
    [
        "In 2014 she was convicted of a DUI and completed probation.",
        "She was convicted of driving under the influence in 2014.",
    ],
)
def test_the_narrative_addresses_a_factor_it_mentions(config, narrative: str) -> None:
    # explained, so not an error; but with no court record filed, a warning asks for it
    found = factor_findings(config, narrative)
    assert [(f.claim, f.severity) for f in found] == [("negative_factors[0]", "warning")]
    assert "no court disposition of it is filed" in found[0].message


def errors(found) -> list:
    return [f for f in found if f.severity == "error"]


def test_an_acronym_in_the_narrative_matches_a_spelled_out_factor(config) -> None:
    spelled = {**DUI, "description": "driving under the influence"}
    assert errors(factor_findings(config, "Her 2014 DUI is behind her.", factors=(spelled,))) == []
    assert errors(factor_findings(config, "Her 2014 arrest is behind her.", factors=(spelled,)))


def test_a_disposition_addresses_the_only_factor(config) -> None:
    disposition = doc("scans/disp.jpg", "court_record", text="Certificate of disposition")
    assert factor_findings(config, None, [disposition]) == []


def test_with_two_factors_a_disposition_addresses_the_one_it_speaks_of(config) -> None:
    disposition = doc(
        "scans/disp.jpg", "court_record", text="Certificate of completion: DUI program, 2015"
    )
    found = factor_findings(config, None, [disposition], factors=(DUI, THEFT))
    assert [f.claim for f in found] == ["negative_factors[1]"]
    dated_order = doc("scans/order.jpg", "court_record", text="Order of dismissal 02/11/2017")
    assert factor_findings(config, None, [disposition, dated_order], factors=(DUI, THEFT)) == []


def test_a_letter_counts_only_when_it_speaks_of_the_factor(config) -> None:
    silent = doc("scans/l.jpg", "letter_of_support", text="She is an honest, hardworking woman.")
    assert factor_findings(config, None, [silent]) != []
    speaks = doc("scans/l.jpg", "letter_of_support", text="After her DUI she stopped drinking.")
    assert [f.severity for f in factor_findings(config, None, [speaks])] == ["warning"]


def test_a_disposition_claimed_in_case_yaml_is_not_evidence(config) -> None:
    claimed = {**DUI, "disposition": "probation completed 2015"}
    found = factor_findings(config, None, factors=(claimed,))
    assert len(found) == 1 and "probation completed 2015" in found[0].message


def test_mentions_needs_the_factor_not_just_any_words() -> None:
    from packet.case import NegativeFactor

    theft = NegativeFactor(kind="arrest", description="retail theft")
    assert mentions("In 2017 she was arrested for retail theft at a store.", theft)
    assert not mentions("She works in retail.", theft)
    dui = NegativeFactor(kind="conviction", description="DUI, Cook County")
    assert mentions("Her DUI was in 2014.", dui)
    assert not mentions("She has been a volunteer at the church for years.", dui)
    assert not mentions("Diego usually irons.", NegativeFactor(kind="x", description="dui"))


# --- stale-evidence ----------------------------------------------------------------------------

DENIED = {"type": "dismissal", "prior_request": {"date": "2023-05-01", "outcome": "denied"}}


def test_a_renewal_with_nothing_new_is_warned(config) -> None:
    case = make_case(request=DENIED)
    old = [
        dated("scans/tax.jpg", "2022-04-15"),
        doc("scans/g28.pdf", "g28", fields=on("2026-10-01")),
    ]
    found = codes(findings(case, [PASSPORT, *old], config), "stale-evidence")
    assert [(f.severity, f.claim) for f in found] == [("warning", "request.prior_request")]
    assert "May 1, 2023" in found[0].message and "changed circumstances" in found[0].message


def test_a_renewal_with_new_evidence_raises_nothing(config) -> None:
    # stale-evidence means "nothing new": it is never raised to say that all is fine
    case = make_case(request=DENIED)
    documents = [dated("scans/old.jpg", "2022-04-15"), dated("scans/new.jpg", "2024-06-01")]
    assert codes(findings(case, [PASSPORT, *documents], config), "stale-evidence") == []


@pytest.mark.parametrize("outcome", ["granted", "pending", "no_response"])
def test_only_a_denial_needs_new_evidence(config, outcome: str) -> None:
    case = make_case(
        request={**DENIED, "prior_request": {"date": "2023-05-01", "outcome": outcome}}
    )
    assert codes(findings(case, [PASSPORT], config), "stale-evidence") == []
    assert codes(findings(make_case(), [PASSPORT], config), "stale-evidence") == []


# --- duplicate-document ------------------------------------------------------------------------

LETTER = (
    "To whom it may concern. I have known Lucía Beltrán Ochoa since 2009 as an active member "
    "of our parish. Every Saturday she volunteers at our food pantry and she has never missed "
    "a week. She is honest and hardworking and cares for her children. "
    "Rev. Miguel Ángel Torres, St. Procopius Church, January 10, 2025"
)


def ocr_noise(text: str) -> str:
    """What a second photo of the same paper reads like: misread letters, a stray mark."""
    return (
        text.replace("concern", "concem")
        .replace("parish", "parlsh")
        .replace("Every", "Every i")
        .replace("2025", "2025;")
    )


def test_a_byte_identical_copy_is_found_and_filed_once(config) -> None:
    a = doc("scans/a.jpg", "letter_of_support", text=LETTER, sha256="1" * 64)
    b = doc("scans/b.jpg", "letter_of_support", text=LETTER, sha256="1" * 64)
    found = codes(findings(make_case(), [PASSPORT, a, b], config), "duplicate-document")
    assert [(f.file, f.severity) for f in found] == [("scans/b.jpg", "warning")]
    assert "identical" in found[0].message and "keeps scans/a.jpg" in found[0].message
    assert left_out(duplicate_copies([a, b], config), [a, b]) == {"scans/b.jpg"}


def test_the_same_paper_scanned_twice_is_found(config) -> None:
    a = doc("scans/a.jpg", "letter_of_support", text=LETTER)
    b = doc("scans/b.jpg", "letter_of_support", text=ocr_noise(LETTER))
    assert duplicate_copies([a, b], config) == {"scans/b.jpg": "scans/a.jpg"}
    found = codes(findings(make_case(), [PASSPORT, a, b], config), "duplicate-document")
    assert [f.file for f in found] == ["scans/b.jpg"] and "same paper" in found[0].message


def test_a_boxed_form_read_in_another_order_at_another_resolution_is_one_paper(
    config, monkeypatch
) -> None:
    # two scans of one marriage certificate: OCR read its boxes in another order on each, and
    # the box numbers on one only; the same words in any order are one paper when the page
    # images agree too (their perceptual hashes and their ink), never on the words alone
    boxes = [
        f"{n}. {label} {value}"
        for n, (label, value) in enumerate(
            [
                ("PARTY A NAME", "VIORICA TURCANU"),
                ("PARTY B NAME", "TOMASZ ANDRZEJ NOWICKI"),
                ("DATE OF CEREMONY", "09/17/2022"),
                ("COUNTY OF", "LARAMIE, STATE OF WYOMING"),
                ("OFFICIANT", "HON. MARGARET ELLISON, CIRCUIT COURT JUDGE"),
                ("WITNESS", "ANNA KOWALCZYK"),
                ("LICENSE NO", "2022-ML-01187"),
                ("FILED", "09/21/2022 COUNTY CLERK OF LARAMIE COUNTY"),
            ],
            start=1,
        )
    ]
    first = "CERTIFICATE OF MARRIAGE " + " ".join(boxes)
    second = "CERTIFICATE OF MARRIAGE " + " ".join(
        b.split(". ", 1)[1] for b in boxes[4:] + boxes[:4]
    )
    a = doc("scans/marriage certificate.jpg", "marriage_certificate", text=first)
    b = doc("scans/marriage certificate 150.jpg", "marriage_certificate", text=second)
    monkeypatch.setattr(duplicates_module, "_look_alike", lambda x, y: True)
    monkeypatch.setattr(duplicates_module, "_same_ink", lambda x, y: True)
    assert duplicate_copies([a, b], config) == {
        "scans/marriage certificate.jpg": "scans/marriage certificate 150.jpg"
    }
    monkeypatch.setattr(duplicates_module, "_same_ink", lambda x, y: False)
    assert duplicate_copies([a, b], config) == {}


def test_form_letters_signed_by_different_people_are_not_duplicates(config) -> None:
    a = doc("scans/a.jpg", "letter_of_support", text=LETTER)
    other = LETTER.replace("Rev. Miguel Ángel Torres", "Deacon Roberto Salinas")
    b = doc("scans/b.jpg", "letter_of_support", text=other)
    assert duplicate_copies([a, b], config) == {}


def test_pay_stubs_of_two_periods_are_not_duplicates(config) -> None:
    stub = (
        "Earnings statement. Employee Lucía Beltrán Ochoa. Pay period 03/01/2024 to 03/14/2024. "
        "Hours worked 80.00 Rate 16.50 Gross pay 1320.00 Net pay 1104.12 Year to date 6600.00 "
        "Deductions federal state social security medicare"
    )
    later = stub.replace("03/01/2024 to 03/14/2024", "03/15/2024 to 03/28/2024").replace(
        "6600.00", "7920.00"
    )
    a = doc("scans/a.jpg", "pay_record", text=stub)
    b = doc("scans/b.jpg", "pay_record", text=later)
    assert duplicate_copies([a, b], config) == {}


def test_report_cards_of_two_children_are_not_duplicates(config) -> None:
    card = (
        f"Student report card. Student: {CHILD}. Grade 4. Mathematics A Science A Reading B+ " * 2
    )
    a = doc("scans/a.jpg", "school_record", CHILD, card)
    b = doc("scans/b.jpg", "school_record", SIBLING, card.replace(CHILD, SIBLING))
    assert duplicate_copies([a, b], config) == {}


def test_a_document_typed_in_case_yaml_is_never_taken_for_a_copy(config) -> None:
    a = doc("scans/a.jpg", "letter_of_support", text=LETTER)
    b = doc("scans/b.jpg", "letter_of_support", text=ocr_noise(LETTER), overridden=True)
    assert duplicate_copies([a, b], config) == {}


def test_short_texts_are_too_little_to_call_duplicates(config) -> None:
    a = doc("scans/a.jpg", "other", None, "Photo of the family at the park")
    b = doc("scans/b.jpg", "other", None, "Photo of the family at the park")
    assert duplicate_copies([a, b], config) == {}


def test_the_copy_paired_with_a_translation_is_the_one_kept(config) -> None:
    spanish = "Acta de nacimiento " + LETTER
    a = doc("scans/a.jpg", "birth_certificate", text=spanish, language="es")
    b = doc(
        "scans/b.jpg",
        "birth_certificate",
        text=ocr_noise(spanish),
        language="es",
        translation="scans/t.pdf",
    )
    t = doc("scans/t.pdf", "certificate_of_translation", text=CERTIFIED, translates="scans/b.jpg")
    assert duplicate_copies([a, b, t], config) == {"scans/a.jpg": "scans/b.jpg"}
    assert left_out(duplicate_copies([a, b, t], config), [a, b, t]) == {"scans/a.jpg"}
    # The copy left out of the packet needs no translation of its own.
    found = findings(make_case(), [PASSPORT, a, b, t], config)
    assert codes(found, "untranslated-document") == []


def test_two_copies_each_with_a_translation_are_both_kept_and_reported(config) -> None:
    spanish = "Acta de nacimiento " + LETTER
    a = doc("scans/a.jpg", "birth_certificate", text=spanish, language="es", translation="t1")
    b = doc("scans/b.jpg", "birth_certificate", text=spanish, language="es", translation="t2")
    t1 = doc("t1", "certificate_of_translation", text=CERTIFIED, translates="scans/a.jpg")
    t2 = doc("t2", "certificate_of_translation", text=CERTIFIED + " ", translates="scans/b.jpg")
    assert left_out(duplicate_copies([a, b, t1, t2], config), [a, b, t1, t2]) == set()
    found = codes(findings(make_case(), [PASSPORT, a, b, t1, t2], config), "duplicate-document")
    assert [f.file for f in found] == ["scans/b.jpg"]
    assert "exclude: true" in found[0].message


# --- unclassified-document, rejected-file ------------------------------------------------------


def test_an_unclassified_document_is_reported_unless_typed_in_case_yaml(config) -> None:
    unknown = doc("scans/x.jpg", "other", None, "receipt")
    found = codes(findings(make_case(), [PASSPORT, unknown], config), "unclassified-document")
    assert [(f.file, f.severity) for f in found] == [("scans/x.jpg", "warning")]
    typed = doc("scans/x.jpg", "other", None, "receipt", overridden=True)
    assert codes(findings(make_case(), [PASSPORT, typed], config), "unclassified-document") == []
    assert codes(findings(make_case(), [PASSPORT], config), "unclassified-document") == []


def test_the_proceedings_own_papers_are_known_though_they_prove_no_equity(config) -> None:
    # a hearing notice and OPLA's answer to an earlier request are filed under "Other
    # evidence" (no equity's proof) but are not documents nobody could tell
    notice = doc(
        "scans/hearing notice.pdf",
        "other",
        text="EXECUTIVE OFFICE FOR IMMIGRATION REVIEW NOTICE OF IN-PERSON HEARING IN REMOVAL "
        "PROCEEDINGS Your case has been scheduled for a MASTER hearing",
    )
    denial = doc(
        "scans/ICE denial 2024.jpg",
        "other",
        text="Office of the Principal Legal Advisor. After considering the totality of the "
        "circumstances, OPLA declines to exercise prosecutorial discretion at this time.",
    )
    found = findings(make_case(), [PASSPORT, notice, denial], config)
    assert codes(found, "unclassified-document") == []


def test_a_rejected_file_is_an_error_naming_the_file_and_the_reason(config) -> None:
    rejected = [Rejection("scans/broken.pdf", "the PDF is damaged")]
    found = findings(make_case(), [PASSPORT], config, rejected=rejected)
    assert [(f.code, f.file, f.severity) for f in found] == [
        ("rejected-file", "scans/broken.pdf", "error")
    ]
    assert "damaged" in found[0].message and "exclude: true" in found[0].message


# --- severity, order, config -------------------------------------------------------------------


def test_errors_come_first(config) -> None:
    case = make_case(claims={"residence_since": "2020-01-01", "community_ties": True})
    found = findings(case, [doc("scans/x.jpg", "other", None, "receipt")], config)
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert {f.code for f in found} == {
        "missing-evidence",
        "missing-identity",
        "residence-gap",
        "unclassified-document",
    }


def test_every_message_says_what_to_do(config) -> None:
    case = make_case(
        representative=IRIS,
        request={**DENIED, "type": "release_from_detention", "narrative": "x"},
        claims={"residence_since": "2020-01-01", "children": [{"name": CHILD, "status": "usc"}]},
        negative_factors=[DUI],
        proceedings={"opla_office": "Springfield"},
    )
    documents = [
        doc("scans/acta.jpg", "birth_certificate", None, language="es"),
        doc("scans/x.jpg", "other", None, sha256="2" * 64),
        doc("scans/y.jpg", "other", None, sha256="2" * 64),
        doc("scans/notice.pdf", "court_record", None, "Respondent A123-456-780"),
        doc("scans/letter1.jpg", "letter_of_support", text=f"{LETTER_BODY} Ana Ruiz"),
        doc("scans/letter2.jpg", "letter_of_support", text=f"{LETTER_BODY} Pedro Gil"),
        doc("scans/cert.jpg", "other", None, language="es", translation="scans/c-en.pdf"),
        doc("scans/c-en.pdf", "other", None, text=CERTIFIED, translates="scans/cert.jpg"),
    ]
    found = findings(case, documents, config, rejected=[Rejection("a.docx", "not a PDF")])
    assert {f.code for f in found} >= set(FINDING_CODES) - {"low-ocr-confidence"}
    for f in found:
        assert re.search(
            r"\b(add|set|explain|remove|make sure|keeps|correct|ask)\b", f.message, re.I
        ), f
        assert f.claim or f.file, f


def _config_copy(tmp_path: Path, edit) -> Path:
    folder = tmp_path / "config"
    shutil.copytree(config_dir(), folder)
    path = folder / "requirements.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_a_severity_changed_in_config_is_followed(tmp_path: Path) -> None:
    folder = _config_copy(tmp_path, lambda d: d["severity"].update({"missing-identity": "info"}))
    found = findings(make_case(), [], load_config(folder))
    assert [(f.code, f.severity) for f in found] == [("missing-identity", "info")]


def test_a_misspelt_claim_in_requirements_yaml_is_refused(tmp_path: Path) -> None:
    folder = _config_copy(tmp_path, lambda d: d["claims"].update({"chidren": []}))
    with pytest.raises(ConfigError, match="chidren"):
        findings(make_case(), [], load_config(folder))


@pytest.mark.parametrize(
    ("edit", "complaint"),
    [
        (lambda d: d["severity"].pop("residence-gap"), "residence-gap"),
        (lambda d: d["severity"].update({"missing-photo": "error"}), "missing-photo"),
        (lambda d: d["claims"]["education"][0]["types"].append("report_kard"), "report_kard"),
        (lambda d: d["request_types"].update({"parole": []}), "parole"),
    ],
)
def test_a_mistake_in_requirements_yaml_is_refused_by_name(tmp_path: Path, edit, complaint) -> None:
    with pytest.raises(ConfigError, match=complaint):
        load_config(_config_copy(tmp_path, edit))


def test_the_verdict_counts_errors_and_warnings() -> None:
    from packet.cli import verdict

    error, warning, info = (Finding("x", s, "m") for s in ("error", "warning", "info"))
    assert verdict([error, error, warning, info]) == "2 errors, 1 warning: not ready to file"
    assert verdict([warning, warning]) == "0 errors, 2 warnings: ready to file"
    assert verdict([]) == "0 errors, 0 warnings: ready to file"


# --- incomplete-case -----------------------------------------------------------------------------


def test_a_pro_se_respondent_needs_an_address(config) -> None:
    data = {"name": RESPONDENT, "a_number": "A123-456-789"}
    found = codes(findings(make_case(respondent=data), [PASSPORT], config), "incomplete-case")
    assert [f.claim for f in found] == ["respondent.address"]
    assert "respondent.address" in found[0].message
    # represented, the letter gives the representative's address: no finding
    represented = make_case(respondent=data, representative=IRIS)
    g28 = doc("scans/g28.pdf", "g28", text=f"Client: {RESPONDENT}")
    assert codes(findings(represented, [PASSPORT, g28], config), "incomplete-case") == []


def test_a_representative_needs_an_eoir_id(config) -> None:
    g28 = doc("scans/g28.pdf", "g28", text=f"Client: {RESPONDENT}")
    case = make_case(representative={"name": "Iris Gómez"})
    found = codes(findings(case, [PASSPORT, g28], config), "incomplete-case")
    assert [f.claim for f in found] == ["representative.eoir_id"]
    assert (
        codes(findings(make_case(representative=IRIS), [PASSPORT, g28], config), "incomplete-case")
        == []
    )


def test_a_g28_in_a_pro_se_case_is_found(config) -> None:
    g28 = doc("scans/g28.pdf", "g28", text=f"Client: {RESPONDENT}")
    found = codes(findings(make_case(), [PASSPORT, g28], config), "incomplete-case")
    assert [(f.claim, f.file) for f in found] == [("representative", "scans/g28.pdf")]
    assert "exclude: true" in found[0].message
    assert codes(findings(make_case(), [PASSPORT], config), "incomplete-case") == []


def test_a_g28_for_another_respondent_is_found(config) -> None:
    other = doc(
        "scans/g28.pdf",
        "g28",
        None,
        "Client: Marta Ruiz Pardo   A-Number: A123-456-789",
        fields=Fields(names=("Marta Ruiz Pardo",)),
    )
    case = make_case(representative=IRIS)
    found = codes(findings(case, [PASSPORT, other], config), "incomplete-case")
    assert [f.file for f in found] == ["scans/g28.pdf"]
    assert "Marta Ruiz Pardo" in found[0].message
    # the respondent's own G-28, which also names the representative after a label
    own = doc(
        "scans/g28.pdf",
        "g28",
        text=f"Attorney: Iris Gómez\nClient: {RESPONDENT}   A-Number: A123-456-789",
        fields=Fields(names=("Iris Gómez", RESPONDENT)),
    )
    assert codes(findings(case, [PASSPORT, own], config), "incomplete-case") == []


def test_a_service_copy_needs_service_details(config) -> None:
    case = make_case()
    ctx = dataclasses.replace(context(case, config), variants=("efile", "service"))
    found = codes(list(check(ctx, [PASSPORT], []).findings), "incomplete-case")
    assert [f.claim for f in found] == ["service"]
    served = make_case(service={"method": "ecas", "date": "2026-10-30", "served_by": "Iris"})
    ctx = dataclasses.replace(context(served, config), variants=("efile", "service"))
    assert codes(list(check(ctx, [PASSPORT], []).findings), "incomplete-case") == []
    # by e-mail on an office whose mailbox no public source gives: the certificate's e-mail
    # line stays blank, a warning says how to fill it in
    mailed = make_case(service={"method": "email", "date": "2026-10-30", "served_by": "Iris"})
    ctx = dataclasses.replace(context(mailed, config), variants=("efile", "service"))
    found = codes(list(check(ctx, [PASSPORT], []).findings), "incomplete-case")
    assert [(f.claim, f.severity) for f in found] == [("service.method", "warning")]
    # no service copy asked for: nothing to serve
    assert codes(findings(case, [PASSPORT], config), "incomplete-case") == []


# --- inconsistent-identity -----------------------------------------------------------------------


def test_an_a_number_that_differs_from_case_yaml_is_found(config) -> None:
    g28 = doc("scans/g28.pdf", "g28", text=f"Client: {RESPONDENT}  A-Number: A123-456-788")
    case = make_case(representative=IRIS)
    found = codes(findings(case, [PASSPORT, g28], config), "inconsistent-identity")
    assert [f.file for f in found] == ["scans/g28.pdf"]
    assert "A123-456-788" in found[0].message and "A123-456-789" in found[0].message
    same = doc("scans/g28.pdf", "g28", text=f"Client: {RESPONDENT}  A# 123 456 789")
    assert codes(findings(case, [PASSPORT, same], config), "inconsistent-identity") == []


def test_a_u_visa_certification_with_another_a_number_is_found(config) -> None:
    # the certifying agency's Supplement B gives the victim's A-number in its own box
    supplement = doc(
        "scans/court papers.pdf",
        "u_visa_certification",
        text=f"Form I-918 Supplement B. Victim: {RESPONDENT}. "
        "3. Alien Registration Number (A-Number) (if any) A123-456-798",
    )
    found = codes(findings(make_case(), [PASSPORT, supplement], config), "inconsistent-identity")
    assert [f.file for f in found] == ["scans/court papers.pdf"]


def test_a_uscis_notice_about_the_respondent_with_another_a_number_is_found(config) -> None:
    # an approval notice, filed under `other`, gives her A-number with two digits swapped
    text = f"I-797 NOTICE OF ACTION. Beneficiary: {RESPONDENT}  A# A123-456-798"
    notice = doc("scans/uscis approval.jpg", "other", text=text)
    found = codes(findings(make_case(), [PASSPORT, notice], config), "inconsistent-identity")
    assert [f.file for f in found] == ["scans/uscis approval.jpg"]
    # about nobody in case.yaml, it may be a family member's notice
    anyone = doc("scans/uscis approval.jpg", "other", None, text)
    assert codes(findings(make_case(), [PASSPORT, anyone], config), "inconsistent-identity") == []


def test_a_notice_with_a_family_members_number_too_stays_quiet(config) -> None:
    notice = doc(
        "scans/notice.pdf",
        "court_record",
        text="Respondents: A123-456-789 and A123-456-790 (rider)",
    )
    assert codes(findings(make_case(), [PASSPORT, notice], config), "inconsistent-identity") == []


def test_a_name_spelled_otherwise_on_the_birth_certificate_is_found(config) -> None:
    claims = {"children": [{"name": "Tomás Beltrán Ochoa", "status": "usc"}]}
    misspelt = make_case(claims={"children": [{"name": "Tomás Beltrán Ochoe", "status": "usc"}]})
    bc = doc(
        "scans/bc.jpg",
        "birth_certificate",
        "Tomás Beltrán Ochoe",
        "CERTIFICATE OF LIVE BIRTH\nChild: Tomás Beltrán Ochoa",
    )
    found = codes(findings(misspelt, [PASSPORT, bc], config), "inconsistent-identity")
    assert [f.file for f in found] == ["scans/bc.jpg"]
    assert "'Ochoa'" in found[0].message and "children[0].name" in found[0].message
    # an OCR slip (rn read as m) is not a spelling, nor is a missing accent
    ocr = doc(
        "scans/bc.jpg",
        "birth_certificate",
        CHILD,
        "CERTIFICATE OF LIVE BIRTH\nChild: Tomas Beltran Ochoa",
    )
    assert (
        codes(findings(make_case(claims=claims), [PASSPORT, ocr], config), "inconsistent-identity")
        == []
    )


def test_a_date_of_birth_that_differs_is_found(config) -> None:
    case = make_case(
        claims={"children": [{"name": CHILD, "date_of_birth": "2012-08-14", "status": "usc"}]}
    )
    other_day = Fields(date_of_birth=dt.date(2012, 8, 15))
    bc = doc("scans/bc.jpg", "birth_certificate", CHILD, fields=other_day)
    found = codes(findings(case, [PASSPORT, bc], config), "inconsistent-identity")
    assert [f.file for f in found] == ["scans/bc.jpg"] and "2012-08-15" in found[0].message
    swapped = Fields(date_of_birth=dt.date(2012, 8, 14))
    bc = doc("scans/bc.jpg", "birth_certificate", CHILD, fields=swapped)
    assert codes(findings(case, [PASSPORT, bc], config), "inconsistent-identity") == []


def test_a_badly_read_document_does_not_disagree(config) -> None:
    g28 = dataclasses.replace(
        doc("scans/g28.pdf", "g28", text="Client A-Number: A123-456-788"), page_confidences=(41.0,)
    )
    found = findings(make_case(representative=IRIS), [PASSPORT, g28], config)
    assert codes(found, "inconsistent-identity") == []


# --- near misses ---------------------------------------------------------------------------------


def test_a_claim_spelled_otherwise_points_at_the_document(config) -> None:
    case = make_case(
        claims={
            "children": [
                {"name": "Sophia Beltrán Ochoa", "date_of_birth": "2012-08-14", "status": "usc"}
            ]
        }
    )
    bc = doc(
        "scans/IMG_2041.jpg",
        "birth_certificate",
        None,
        "CERTIFICATE OF LIVE BIRTH\nName: Sofía Beltrán Ochoa\nDate of birth: 08/14/2012",
        fields=Fields(names=("Sofía Beltrán Ochoa",), dates=(dt.date(2012, 8, 14),)),
    )
    found = codes(findings(case, [PASSPORT, bc], config), "missing-evidence")
    assert [f.claim for f in found] == ["children[0]"]
    assert (
        "scans/IMG_2041.jpg is the birth certificate of Sofía Beltrán Ochoa, born 2012-08-14: "
        "if this is the child, correct the name in case.yaml" in found[0].message
    )


def test_another_persons_certificate_is_no_near_miss(config) -> None:
    case = make_case(
        claims={"children": [{"name": CHILD, "date_of_birth": "2012-08-14", "status": "usc"}]}
    )
    bc = doc(
        "scans/bc.jpg",
        "birth_certificate",
        None,
        "CERTIFICATE OF LIVE BIRTH\nName: Marta Ruiz Pardo\nDate of birth: 03/02/2015",
        fields=Fields(names=("Marta Ruiz Pardo",), dates=(dt.date(2015, 3, 2),)),
    )
    found = codes(findings(case, [PASSPORT, bc], config), "missing-evidence")
    assert len(found) == 1 and "scans/bc.jpg" not in found[0].message


# --- copied-letter -------------------------------------------------------------------------------

LETTER_BODY = (
    "To whom it may concern. I have known Lucía for many years through our parish, where she "
    "volunteers every Sunday at the food pantry and helps the elderly neighbours of our block "
    "with their shopping and their appointments. She is honest, hard working and devoted to her "
    "children, and our community would lose a pillar if she were removed. I respectfully ask "
    "that her case be dismissed so that she can continue to care for her family."
)


def test_letters_with_one_body_are_found(config) -> None:
    letters = [
        doc(
            f"scans/letter{i}.jpg",
            "letter_of_support",
            text=f"{LETTER_BODY}\nSincerely, {who}\nMarch {i}, 2026",
        )
        for i, who in enumerate(["Ana Ruiz", "Pedro Gil", "Marta Pardo"], start=1)
    ]
    found = codes(findings(make_case(), [PASSPORT, *letters], config), "copied-letter")
    assert [f.file for f in found] == ["scans/letter2.jpg", "scans/letter3.jpg"]
    assert "scans/letter1.jpg" in found[0].message


def test_letters_in_their_own_words_are_not_copies(config) -> None:
    own = (
        "I am the pastor of Saint Pius parish and have known Lucía since 2012. Every week she "
        "organises the clothing drive, she brought meals to my mother for a year after her "
        "surgery, and she teaches catechism to the youngest children. Her removal would leave "
        "a gap in our parish that nobody could fill, and I ask you to let her stay with us."
    )
    letters = [
        doc("scans/letter1.jpg", "letter_of_support", text=LETTER_BODY),
        doc("scans/letter2.jpg", "letter_of_support", text=own),
    ]
    assert codes(findings(make_case(), [PASSPORT, *letters], config), "copied-letter") == []


# --- unreadable pages ----------------------------------------------------------------------------


def test_an_unreadable_untyped_page_is_an_error_left_out(config) -> None:
    blurry = dataclasses.replace(doc("scans/blurry.jpg", "other", None), page_confidences=(32.0,))
    result = check(context(make_case(), config), [PASSPORT, blurry], [])
    found = codes(list(result.findings), "low-ocr-confidence")
    assert [(f.severity, f.file) for f in found] == [("error", "scans/blurry.jpg")]
    assert "rescan this page" in found[0].message
    assert "scans/blurry.jpg" in result.left_out
    assert codes(list(result.findings), "unclassified-document") == []
    # typed in case.yaml, it is filed, with the warning only
    typed = dataclasses.replace(
        doc("scans/blurry.jpg", "school_record", None, overridden=True), page_confidences=(32.0,)
    )
    result = check(context(make_case(), config), [PASSPORT, typed], [])
    found = codes(list(result.findings), "low-ocr-confidence")
    assert [f.severity for f in found] == ["warning"] and not result.left_out


def _card_photo(zone: tuple[str, str], sure: float) -> Document:
    """A passport data page photographed on a desk: its captions read badly (confidence 45),
    its machine-readable zone as given."""
    text = "PASAPORTE  ESTADOS UNIDOS MEXICANOS\nApellidos RIVAS\n" + "\n".join(zone)
    page = doc("scans/pasaporte.jpg", "passport", text=text)
    return dataclasses.replace(page, page_confidences=(45.0,), confidence=sure)


ZONE = td3(
    kind="P",
    country="MEX",
    surname="Rivas Ochoa",
    given="Marisol",
    number="G40118273",
    nationality="MEX",
    birth=dt.date(1990, 4, 2),
    sex="F",
    expiry=dt.date(2031, 6, 9),
)


def test_a_badly_read_page_whose_zone_checks_out_raises_no_low_confidence(config) -> None:
    # the zone's check digits vouch for the holder, birth date and number: nothing to check
    found = findings(make_case(), [_card_photo(ZONE, sure=0.6)], config)
    assert codes(found, "low-ocr-confidence") == []
    # one digit misread: the zone proves nothing, and the page is still worth a look
    broken = (ZONE[0], ZONE[1][:9] + ("0" if ZONE[1][9] != "0" else "1") + ZONE[1][10:])
    found = findings(make_case(), [_card_photo(broken, sure=0.6)], config)
    assert [(f.severity, f.page) for f in codes(found, "low-ocr-confidence")] == [("warning", 1)]


def test_a_badly_read_page_typed_surely_raises_no_low_confidence(config) -> None:
    sure = config.settings.ocr.trust_type_at
    letter = doc("scans/letter.jpg", "letter_of_support", text="I have known Marisol for years")
    for confidence, expected in ((sure, []), (sure - 0.2, ["warning"])):
        page = dataclasses.replace(letter, page_confidences=(41.0,), confidence=confidence)
        found = codes(findings(make_case(), [PASSPORT, page], config), "low-ocr-confidence")
        assert [f.severity for f in found] == expected, confidence
