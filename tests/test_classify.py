"""Classification on the labelled corpus (tests/corpus.py) and the reading it rests on."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from pathlib import Path

import pytest

from packet.case import Caretaker, Case
from packet.check import check
from packet.classify import decide
from packet.config import load_config
from packet.dates import Span
from packet.text.dates import dates_in
from packet.text.fold import reading_text
from packet.text.names import find_name, name_tokens
from packet.text.phrases import find_phrase
from tests.corpus import (
    FAMILIES,
    TEMPLATES,
    Sample,
    corpus,
    degrade,
    degraded_corpus,
    held_out_corpus,
)

TARGET = 0.97


def _case(family_key: str, **changes) -> Case:
    family = next(f for f in FAMILIES if f.key == family_key)
    return Case.model_validate({**family.case, **changes})


def _accuracy(samples: list[Sample]) -> tuple[float, float, float, list[str]]:
    config = load_config()
    cases = {f.key: Case.model_validate(f.case) for f in FAMILIES}
    right: Counter[str] = Counter()
    misses = []
    for s in samples:
        d = decide(s.text, "scan.jpg", cases[s.family.key], config)
        about = s.family.name(s.about) if s.about else None
        got = {"type": d.type == s.type, "equity": d.equity == s.equity}
        got["about"] = (d.person.name if d.person else None) == about
        right.update(k for k, ok in got.items() if ok)
        if not all(got.values()):
            misses.append(f"{s.id}: {d.type}/{d.equity}/{d.person} expected {s.type}/{s.equity}")
    n = len(samples)
    return right["type"] / n, right["equity"] / n, right["about"] / n, misses


def test_the_corpus_is_large_and_varied() -> None:
    samples = corpus()
    assert len(samples) >= 80
    taxonomy = load_config().taxonomy.document_types
    assert set(TEMPLATES) == set(taxonomy)  # every type, `other` included
    assert all(len(templates) >= 3 for templates in TEMPLATES.values())
    assert {s.language for s in samples} == {"en", "es"}


@pytest.mark.parametrize(
    "samples",
    [corpus(), degraded_corpus(level=0.08), held_out_corpus()],
    ids=["clean", "degraded", "later-wordings"],
)
def test_type_equity_and_person_meet_the_target(samples: list[Sample]) -> None:
    type_rate, equity_rate, about_rate, misses = _accuracy(samples)
    assert type_rate >= TARGET, misses
    assert equity_rate >= TARGET, misses
    assert about_rate >= 0.95, misses


def test_a_poor_scan_is_never_a_confident_wrong_guess() -> None:
    config = load_config()
    cases = {f.key: Case.model_validate(f.case) for f in FAMILIES}
    decided = [
        (s, decide(s.text, "scan.jpg", cases[s.family.key], config))
        for s in degraded_corpus(seed=11, level=0.2)
    ]
    wrong = [(s.id, d.type, d.confidence) for s, d in decided if d.type != s.type]
    right = [d.confidence for s, d in decided if d.type == s.type]
    # The scans must be poor enough to be misread, or there is nothing to test ...
    assert wrong, "no sample was misread at this noise level: raise it"
    # ... a wrong guess is never confident ...
    assert all(confidence < 0.8 for _, _, confidence in wrong), wrong
    # ... and the threshold means something: most right guesses clear it.
    assert sum(c >= 0.8 for c in right) >= len(right) // 3, right


def test_text_that_matches_no_rule_is_other_with_a_finding() -> None:
    case = _case("castillo")
    text = "Weekly bulletin\nBake sale after mass on Sunday. Choir practice Thursday."
    d = decide(text, "scans/flyer.jpg", case, load_config())
    assert (d.type, d.equity, d.confidence) == ("other", "other", 0.0)
    assert "no document type scored" in d.reasons[0]


def test_unclassified_documents_get_a_finding(tmp_path: Path) -> None:
    from packet.classify import classify
    from packet.records import BuildContext, ReadSource, Source

    source = Source(tmp_path / "x.jpg", "scans/x.jpg", "0" * 64, "jpeg", 1)
    case = _case("castillo")
    docs = classify(
        [ReadSource(source, tmp_path / "x.pdf", ("Choir practice Thursday",))], case, load_config()
    )
    findings = check(
        BuildContext(case, load_config(), dt.date.today(), tmp_path), docs, []
    ).findings
    assert [f.file for f in findings if f.code == "unclassified-document"] == ["scans/x.jpg"]


def test_an_employers_letter_counts_from_the_hire_date_written_after_the_name() -> None:
    # an owner's plain letter: no title, the hire date after the employee's name, and a later
    # "since" about a promotion that must not cut the years short
    case = _case("castillo")
    text = """Ortiz Tire & Auto
To the Department of Homeland Security:
October 14, 2026
I am the owner of this shop. I hired María Elena Castillo Ramírez on August 1, 2017 as a
cashier. Since 2021 she has managed our front desk. She works about 38 hours a week and is
paid through our payroll like every other employee."""
    d = decide(text, "scan.jpg", case, load_config())
    assert (d.type, d.equity) == ("employment_letter", "employment_and_taxes")
    assert d.fields.covers == Span(dt.date(2017, 8, 1), dt.date(2026, 10, 14))


def test_a_landlords_letter_covers_the_tenancy_since_the_date_it_gives() -> None:
    case = _case("castillo")
    text = """November 2, 2026
To Whom It May Concern:
This letter confirms that María Elena Castillo Ramírez has rented the apartment at 3912 Elm
Avenue from our company since July 1, 2015, and lives there today with her two children.
Her rent of $940 a month has always been paid on time.
Sincerely,
Gary Stoltz, Property Manager"""
    d = decide(text, "landlord.pdf", case, load_config())
    assert (d.type, d.equity) == ("residence_record", "length_of_residence"), d.reasons
    assert d.fields.covers == Span(dt.date(2015, 7, 1), dt.date(2026, 11, 2))


def test_a_pastors_letter_covers_the_years_since_she_began_attending() -> None:
    text = """Iglesia Cristiana Fuente de Vida
November 8, 2026
To Whom It May Concern:
I am the pastor of Fuente de Vida. María Elena Castillo Ramírez began attending our church in
October 2014, a few weeks after she arrived in the city, and she has been a member ever since.
Sincerely,"""
    d = decide(text, "carta pastor.jpg", _case("castillo"), load_config())
    assert d.type == "letter_of_support", d.reasons
    assert d.fields.covers == Span(dt.date(2014, 10, 1), dt.date(2026, 11, 8))


def test_a_power_bill_photo_without_its_title_is_a_proof_of_residence() -> None:
    # the bill's logo and title did not survive the photo; what it charges for did
    text = """MARIA ELENA CASTILLO RAMIREZ
1519 COTTON AVENUE SW
Usage History (kWh)
Account 04418-27730 Amount due $132.48
09/18/2026 - 10/17/2026
Base charge 14.50
Energy charge 117.98
Total current charges 132.48"""
    d = decide(text, "power bill.jpg", _case("castillo"), load_config())
    assert d.type == "residence_record", d.reasons
    statement = """Canadian Valley Federal Credit Union
MARIA ELENA CASTILLO RAMIREZ   Everyday Checking Statement
October 1, 2026 through October 31, 2026
10/05 RENT - CHECK 1021 -895.00 605.94"""
    bank = decide(statement, "bank.pdf", _case("castillo"), load_config())
    assert bank.type == "residence_record", bank.reasons


def test_a_civil_registers_narrative_birth_entry_is_a_birth_certificate() -> None:
    # the title "PARTIDA DE NACIMIENTO" printed in two columns, read apart
    text = """REPUBLICA ARGENTINA
PARTIDA DE
REGISTRO NACIONAL DE LAS PERSONAS (RENAPER) NACIMIENTO
En la ciudad de Rosario, a los 5 de septiembre de 1982, ante mí, Jefa del Registro, comparece el
padre y declara: Que el día 30 de agosto de 1982, en el Hospital Provincial, nació una persona
de sexo femenino a quien se le da el nombre de MARIA ELENA CASTILLO RAMIREZ."""
    d = decide(text, "partida.pdf", _case("castillo"), load_config())
    assert d.type == "birth_certificate", d.reasons


def test_a_u_visa_certification_whose_given_name_ocr_lost_names_its_victim() -> None:
    # the given-name box is empty in OCR; the family name and the date of birth are read
    case = _family("Karla Vanessa Solis Jimenez", "1993-01-27", [])
    text = """U Nonimmigrant Status Certification
Form I-918 Supplement B
Part 1. Victim Information
1.a Family Name (Last Name)
1.b Given Name (First Name)
SOLIS JIMENEZ ies
3. Date of Birth (mm/dd/yyyy) 01/27/1993 Female
Part 2. Agency Information"""
    d = decide(text, "uvisa.pdf", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons


def test_a_national_identity_card_is_an_identity_document() -> None:
    text = "REPUBLICA DE HONDURAS\nDOCUMENTO NACIONAL DE IDENTIFICACION\nNombre / Forename MARIA"
    assert decide(text, "scan.jpg", _case("castillo"), load_config()).type == "identity_document"


def test_a_college_transcript_of_one_who_came_as_a_child_is_education() -> None:
    # came at 13: her school records from then are arriving as a child, her college's from
    # when she was grown are education
    case = _case(
        "castillo",
        respondent={
            "name": "María Elena Castillo Ramírez",
            "a_number": "A201-555-014",
            "date_of_birth": "1996-07-19",
            "entered_us": "2009-10-05",
        },
    )
    config = load_config()
    high_school = "REPORT CARD 2010-2011\nStudent: CASTILLO RAMIREZ, MARIA ELENA  Grade 8\nGPA 3.4"
    college = "ACADEMIC TRANSCRIPT\nStudent: CASTILLO RAMIREZ, MARIA ELENA\n2015-2016 GPA 3.4"
    assert decide(high_school, "a.pdf", case, config).equity == "arrived_as_child"
    assert decide(college, "b.pdf", case, config).equity == "education"


def test_a_college_transcript_covers_its_terms() -> None:
    text = """ACADEMIC TRANSCRIPT
Name: CASTILLO RAMIREZ, MARIA ELENA   Student ID: A00482211
FALL 2014  ENGL 1010 English Composition I  3.0 A
SPRING 2015  ACCT 1010 Principles of Accounting I  3.0 B
SPRING 2017  BUSN 2990 Business Capstone  3.0 A
DEGREE AWARDED: ASSOCIATE OF APPLIED SCIENCE, 05/06/2017"""
    d = decide(text, "scan.pdf", _case("castillo"), load_config())
    assert d.type == "school_record"
    assert d.fields.covers == Span(dt.date(2014, 8, 15), dt.date(2017, 5, 31))


def test_a_birth_certificate_is_about_the_child_not_the_parents() -> None:
    case = _case("castillo")
    text = """CERTIFICATE OF LIVE BIRTH
MOTHER'S NAME: MARIA ELENA CASTILLO RAMIREZ
FATHER'S NAME: HECTOR ORTIZ MENDOZA
CHILD: ORTIZ CASTILLO, KEVIN   DATE OF BIRTH: 10/22/2014"""
    d = decide(text, "scan.jpg", case, load_config())
    assert d.person and d.person.claim == "children[1]"
    assert (d.equity, d.fields.date_of_birth) == ("us_family", dt.date(2014, 10, 22))


def test_a_birth_certificate_of_someone_not_in_the_case_is_about_no_one() -> None:
    case = _case("castillo")
    text = "CERTIFICATE OF LIVE BIRTH\nChild: Luis Ortiz\nMother: María Elena Castillo Ramírez"
    d = decide(text, "scan.jpg", case, load_config())
    assert d.person is None
    assert any("only as another party" in r for r in d.reasons)


@pytest.mark.parametrize(
    "written",
    [
        "MARIA ELENA CASTILLO RAMIREZ",
        "Castillo Ramírez, María Elena",
        "Maria E. Castillo Ramirez",
        "M. CASTILLO RAMIREZ",
        "Elena Castillo",
        "MARÍA ELENA CASTILL0 RAMlREZ",  # OCR: 0 for O, l for I
        "Maria Elena Castilo Ramirez",  # a letter lost
        "María Elena Castillo de Ramírez",
    ],
)
def test_names_survive_case_accents_order_initials_and_ocr(written: str) -> None:
    assert find_name("María Elena Castillo Ramírez", name_tokens(f"Name: {written}\nDate"))


@pytest.mark.parametrize(
    "written", ["Kevin Ortiz Castillo", "ORTIZ CASTILLO, KEVIN", "Héctor Ortiz", "Ortiz Mendoza"]
)
def test_a_sibling_or_parent_is_not_taken_for_the_child(written: str) -> None:
    assert not find_name("Daniela Ortiz Castillo", name_tokens(written))


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("March 3, 2011", False, dt.date(2011, 3, 3)),
        ("03/03/2011", False, dt.date(2011, 3, 3)),
        ("3 de marzo de 2011", False, dt.date(2011, 3, 3)),
        ("Dec. 31, 2019", False, dt.date(2019, 12, 31)),
        ("July 15.2026", False, dt.date(2026, 7, 15)),  # OCR read the comma as a full stop
        ("Jakarta, 19 Mei 2001", True, dt.date(2001, 5, 19)),  # Indonesian
        ("dnia 14 marca 1985 r.", True, dt.date(1985, 3, 14)),  # Polish
        ("12 Ocak 2020", True, dt.date(2020, 1, 12)),  # Turkish
        ("14/08/2012", False, dt.date(2012, 8, 14)),
        ("04/05/2012", True, dt.date(2012, 5, 4)),
        ("04/05/2012", False, dt.date(2012, 4, 5)),
        ("1o. de junio del 2014", False, dt.date(2014, 6, 1)),
        ("31-DEC-2019", False, dt.date(2019, 12, 31)),
        ("DATE ENTERED AD 20090615", False, dt.date(2009, 6, 15)),
        # diplomas, certificates, court orders and notaries' jurats
        ("Given this 24th day of May, 2014", False, dt.date(2014, 5, 24)),
        ("Sworn to before me this 3rd day of June 2020", False, dt.date(2020, 6, 3)),
    ],
)
def test_dates_in_us_and_spanish_formats(text: str, day_first: bool, expected: dt.date) -> None:
    assert dates_in(text, day_first) == [expected]


def test_phrases_are_found_through_ocr_slips_but_not_inside_other_words() -> None:
    read = reading_text("CERTIFICATE 0F LlVE B1RTH issued to the lieutenant")
    assert find_phrase(read, "certificate of live birth")
    assert not find_phrase(read, "tenant")


def test_a_texts_type_is_worked_out_once_and_its_reasons_are_the_callers_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from packet import classify as classify_module

    config = load_config()
    text = "CERTIFICATE OF LIVE BIRTH  Name of child: Ana Ruiz  Date of birth: May 2, 2010"
    first = classify_module.type_of(text, config)
    first[2].append("a reason the caller added")
    calls: list[object] = []
    real = classify_module.score_types
    monkeypatch.setattr(classify_module, "score_types", lambda *a: calls.append(a) or real(*a))
    again = classify_module.type_of(text, config)
    assert calls == []  # kept from the first time
    assert again[0] == first[0] == "birth_certificate"
    assert "a reason the caller added" not in again[2]


def test_the_quick_test_for_a_slipped_phrase_never_rules_out_one_the_alignment_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every phrase of the rules, garbled by as many slips as find_phrase forgives, inside
    other text: found with the quick test exactly when found by the alignment alone."""
    from packet.text import phrases

    rng = random.Random(7)
    rules = load_config().rules
    wanted = sorted(
        {
            phrases._wanted(p)
            for rule in rules.types.values()
            for p in (*rule.strong, *rule.evidence, *rule.negative)
        }
    )
    long_ones = [w for w in wanted if len(w) >= 12]
    assert len(long_ones) > 100
    letters = "abcdefghijklmnopqrstuvwxyz"
    texts = []
    for phrase in long_ones:
        garbled = list(phrase)
        for _ in range(len(phrase) // 10):
            at = rng.randrange(len(garbled))
            edit = rng.choice("sid")
            if edit == "s":
                garbled[at] = rng.choice(letters)
            elif edit == "i":
                garbled.insert(at, rng.choice(letters))
            else:
                del garbled[at]
        texts.append(f"the page reads {''.join(garbled)} and goes on")
    for sample in corpus()[:40]:
        texts.append(reading_text(sample.text))
    found = [[find_phrase(t, p) for p in long_ones] for t in texts]
    monkeypatch.setattr(phrases, "_could_be_near", lambda read, wanted: True)
    assert found == [[find_phrase(t, p) for p in long_ones] for t in texts]
    assert sum(hit is not None for row in found for hit in row) > len(long_ones) // 2


@pytest.mark.parametrize(
    ("template_id", "covers"),
    [
        ("castillo/irs_transcript", None),  # the year is random: checked against the sample
        ("castillo/lease", ("2015-08-01", "2016-07-31")),
        ("castillo/cps_report_card", ("2022-08-01", "2023-06-30")),
        ("castillo/month_to_month", ("2010-03-01", "2011-02-28")),
        ("castillo/dd214_modern", ("2009-06-15", "2015-06-14")),
        ("castillo/hr_letter", ("2012-06-01", "2025-01-08")),
    ],
)
def test_each_document_says_which_dates_it_covers(template_id: str, covers) -> None:
    sample = next(s for s in corpus() if s.id == template_id)
    d = decide(sample.text, "scan.jpg", _case("castillo"), load_config())
    expected = covers or sample.covers
    assert d.fields.covers
    assert (d.fields.covers.start.isoformat(), d.fields.covers.end.isoformat()) == expected


def test_a_tax_record_covers_its_tax_year_not_the_request_date() -> None:
    text = """Internal Revenue Service  Tax Return Transcript
Request Date: 03-04-2024
Tax Period Ending: Dec. 31, 2016
Name(s) Shown on Return: MARIA E CASTILLO RAMIREZ"""
    d = decide(text, "scan.jpg", _case("castillo"), load_config())
    assert d.fields.covers == Span(dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    assert d.fields.tax_year == 2016


def test_a_letter_of_support_covers_from_the_year_the_writer_met_the_respondent() -> None:
    text = """January 10, 2025
To Whom It May Concern:
I write this letter of support for Maria Elena Castillo Ramirez, whom I have known since 2009
as a member of our parish. She volunteers at our food pantry. Sincerely, Rev. Paul Diaz"""
    d = decide(text, "scan.jpg", _case("castillo"), load_config())
    assert d.type == "letter_of_support"
    # only the year is given: counted from its last day, never earlier than the letter says
    assert d.fields.covers == Span(dt.date(2009, 12, 31), dt.date(2025, 1, 10))


def test_a_letter_that_gives_no_start_covers_only_its_own_date() -> None:
    text = """March 3, 2024
To Whom It May Concern: I write in support of Maria Elena Castillo Ramirez, a kind neighbor
and a member of our community. Sincerely, Ana Ruiz"""
    d = decide(text, "scan.jpg", _case("castillo"), load_config())
    assert d.fields.covers == Span(dt.date(2024, 3, 3), dt.date(2024, 3, 3))


def test_equity_follows_the_claims() -> None:
    report = "CHICAGO POLICE DEPARTMENT  INCIDENT REPORT\nVictim: Maria Elena Castillo Ramirez"
    config = load_config()
    plain = decide(report, "scan.jpg", _case("castillo"), config)
    assert plain.equity == "crime_victim"
    cooperating = _case(
        "castillo", claims={**FAMILIES[0].case["claims"], "law_enforcement_cooperation": True}
    )
    assert decide(report, "scan.jpg", cooperating, config).equity == "law_enforcement_cooperation"
    medical = "MEDICAL RECORD\nPatient name: Emily Hernandez\nDiagnosis: epilepsy"
    assert decide(medical, "scan.jpg", _case("hernandez"), config).equity == "caretaker"


def test_a_protective_order_reads_by_the_words_of_its_orders() -> None:
    # OCR lost the title of this c. 209A order; its orders, not a mention of identification
    # cards to surrender, say what it is, and the plaintiff is the person it protects
    order = """TRIAL COURT OF MASSACHUSETTS  DISTRICT COURT DEPARTMENT  G.L. c. 209A
PLAINTIFF (NAME) MARIA ELENA CASTILLO RAMIREZ  DEFENDANT (NAME) HECTOR ORTIZ MENDOZA
1. YOU ARE ORDERED NOT TO ABUSE THE PLAINTIFF by harming, threatening or attempting to harm.
2. YOU ARE ORDERED NOT TO CONTACT THE PLAINTIFF and to stay at least 100 yards away.
6. YOU ARE ORDERED TO SURRENDER ALL GUNS, AMMUNITION, GUN LICENSES AND FIREARMS
IDENTIFICATION CARDS to the police department.
VIOLATION OF THIS ORDER IS A CRIMINAL OFFENSE. Date of birth 02/11/1985. Expires 03/09/2027"""
    d = decide(order, "scan.jpg", _case("castillo"), load_config())
    assert (d.type, d.equity) == ("protective_order", "crime_victim")
    assert d.person is not None and d.person.role == "respondent"


def test_a_letter_that_tells_of_the_claimed_crime_speaks_for_it() -> None:
    letter = """Harborlight House  Domestic Violence Shelter & Advocacy Services
To Whom It May Concern: I am a victim advocate. I have known Maria Elena Castillo Ramirez since
she came to our shelter with her children. She obtained an abuse prevention order.
Sincerely, Danielle Okonkwo, Senior Domestic Violence Advocate"""
    config = load_config()
    claims = {**FAMILIES[0].case["claims"], "crime_victim": {"kind": "domestic_violence"}}
    victim = decide(letter, "scan.jpg", _case("castillo", claims=claims), config)
    assert (victim.type, victim.equity) == ("letter_of_support", "crime_victim")
    # without the claim, the same letter is one of community ties
    assert decide(letter, "scan.jpg", _case("castillo"), config).equity == "community_ties"


def test_case_yaml_overrides_type_and_about() -> None:
    override = {"file": "a.jpg", "type": "medical_record", "about": "Kevin Ortiz Castillo"}
    case = _case("castillo", documents=[override])
    d = decide("RESIDENTIAL LEASE AGREEMENT", "a.jpg", case, load_config())
    assert d.person is not None
    assert (d.type, d.person.claim, d.confidence, d.overridden) == (
        "medical_record",
        "children[1]",
        1.0,
        True,
    )
    assert d.reasons[0] == "type set in case.yaml for a.jpg"


def test_degrading_changes_the_text() -> None:
    sample = corpus()[0]
    assert degrade(sample.text, random.Random(1), 0.2) != sample.text


def test_every_topic_names_a_claim() -> None:
    from packet.case import Claims

    topics = {c for rule in load_config().rules.types.values() for c in rule.topics}
    assert topics and topics <= set(Claims.model_fields)


def test_a_medical_record_is_about_the_cared_for_child_it_names_first() -> None:
    # a portal's after visit summary: the child on the top line with no label, the respondent
    # named further down as the caregiver who came to the visit
    summary = """MetroWest Pediatrics  AFTER VISIT SUMMARY
Emily Hernandez  DOB: 06/09/2016  MRN: 00418822  Visit date: 08/18/2026
Diagnoses: Focal epilepsy (G40.209)  Your Medication List: levetiracetam 5 mL twice daily
Caregiver today: Jose Luis Hernandez de la Cruz (father)"""
    d = decide(summary, "scan.jpg", _case("hernandez"), load_config())
    assert d.person is not None and d.person.name == "Emily Hernández"
    assert d.equity == "caretaker"


def test_letters_to_the_judge_in_portuguese_and_french_are_letters_of_support() -> None:
    config = load_config()
    for letter in [
        """Framingham, 3 de outubro de 2026. Excelentíssimo Senhor Juiz de Imigração, Eu, Ana
Lima, venho por meio desta declarar que conheço María Elena Castillo Ramírez há dez anos.
Peço com todo o respeito que ela possa ficar com os filhos. Atenciosamente, Ana Lima""",
        """Lowell, le 3 octobre 2026. Monsieur le Juge, Je soussignée Marie Joseph déclare que
María Elena Castillo Ramírez est une mère dévouée. Veuillez agréer, Monsieur le Juge,
l'expression de mes salutations distinguées. Marie Joseph""",
    ]:
        d = decide(letter, "scan.jpg", _case("castillo"), config)
        assert (d.type, d.equity) == ("letter_of_support", "community_ties"), d.reasons


def _family(respondent: str, born: str, children: list[tuple[str, str]]) -> Case:
    return Case.model_validate(
        {
            "schema": 1,
            "respondent": {"name": respondent, "a_number": "A201-555-019", "date_of_birth": born},
            "request": {"type": "dismissal"},
            "claims": {
                "children": [{"name": n, "date_of_birth": b, "status": "usc"} for n, b in children]
            },
        }
    )


def test_a_g28_whose_boxes_broke_the_name_apart_is_about_the_respondent_by_her_a_number() -> None:
    case = _family("Tomás Xiloj Tzunún", "1985-11-02", [])
    text = """DHS Form G-28  Notice of Entry of Appearance as Attorney or Accredited Representative
Part 3. Notice of Appearance as Attorney or Accredited Representative
5.a. Family Name (Last Name)
XILOJ TZUNUN
5.b. Given Name (First Name]
TOMS
7. Alien Registration Number (A-Number)
A-201555019"""
    d = decide(text, "G28.pdf", case, load_config())
    assert d.type == "g28" and d.person and d.person.name == "Tomás Xiloj Tzunún", d.reasons
    assert any("A-number" in r for r in d.reasons)
    # another person's number says nothing of whom it is about
    other = decide(text.replace("A-201555019", "A-209771436"), "G28.pdf", case, load_config())
    assert other.person is None


def test_a_name_written_whole_for_one_person_is_not_a_partial_name_of_another() -> None:
    # the son carries two of his father's four names: the record that writes the son whole
    # is the son's, though the father is preferred for a service record and shares the words
    case = _family(
        "Anselmo Ignacio Barrientos Quiroga",
        "1966-02-14",
        [("Tomas Ignacio Barrientos", "1994-07-08")],
    )
    text = """CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY
1. NAME (Last, First, Middle)  BARRIENTOS, TOMAS IGNACIO
4a. GRADE, RATE OR RANK  SPECIALIST    12b. SEPARATION DATE THIS PERIOD 2017 03 01
24. CHARACTER OF SERVICE  HONORABLE"""
    d = decide(text, "dd214.pdf", case, load_config())
    assert d.person and d.person.claim == "children[0]", d.reasons


def test_the_fathers_partial_name_still_names_him_where_nobody_else_is_written_there() -> None:
    case = _family(
        "Anselmo Ignacio Barrientos Quiroga",
        "1966-02-14",
        [("Tomas Ignacio Barrientos", "1994-07-08")],
    )
    text = "EMPLOYMENT VERIFICATION\nThis is to certify that Ignacio Barrientos has worked here."
    d = decide(text, "letter.pdf", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons


def test_a_birth_record_whose_captions_ocr_lost_is_about_the_child_it_names() -> None:
    # a photographed birth certificate: the box captions garbled, the child's date of birth
    # misread, the father's printed in his box; the child is the one born a generation later
    case = _family(
        "Oswaldo Efrain Linares Cuesta", "1985-03-17", [("Kevin Efrain Linares Paz", "2013-09-21")]
    )
    text = """CERTIFICATE OF LIVE BIRTH
STATE OF CALIFORNIA
ERT RT UR TERR
KEVIN EFRAIN LINARES PAZ
SINGLE 29/21/2013
ATA OF aR PT Fone
OSWALDO EFRAIN LINARES CUESTA
EL SALVADOR 03/17/1985
MIRNA DEL CARMEN PAZ ORELLANA
SIGNATURE ON FILE MOTHER"""
    d = decide(text, "birth.jpg", case, load_config())
    assert d.person and d.person.claim == "children[0]", d.reasons
    assert d.equity == "us_family"
    assert any("a generation after" in r for r in d.reasons)


def test_a_birth_record_whose_name_box_ocr_lost_is_the_child_whose_birth_date_it_gives() -> None:
    # invented family: two children with the same surnames; the younger carries the father's
    # given name, which the father's box prints; the child's name box is garbled and only the
    # elder child's date of birth stands on the record
    case = _family(
        "Dunia Marleny Bonilla Arzu",
        "1989-02-17",
        [
            ("Keyra Yolani Castro Bonilla", "2017-06-03"),
            ("Jairo Wilmer Castro Bonilla", "2020-11-19"),
        ],
    )
    text = """STATE OF LOUISIANA
Vital Records Registry
CERTIFICATE OF LIVE BIRTH
[Sar Se e ad 7
JUNE 3, 2017 0612
DUNIA MARLENY BONILLA ARZU 02/17/1989
WILMER ANTONIO CASTRO SUAZO 06/30/1986
DATE ISSUED: 01/14/2025"""
    d = decide(text, "birth.jpg", case, load_config())
    assert d.person and d.person.claim == "children[0]", d.reasons
    assert any("surnames" in r for r in d.reasons)


def test_surnames_written_after_another_given_name_are_no_lost_name_box() -> None:
    # "Sofía" for Sophia, born the claimed day: a spelling of its own, which check points at
    # (a near miss), not a name box OCR lost
    case = _family("Rosa Marquez Lopez", "1986-04-19", [("Sophia Hernandez Marquez", "2012-08-14")])
    text = """CERTIFICATE OF LIVE BIRTH
CHILD'S NAME: SOFIA HERNANDEZ MARQUEZ
DATE OF BIRTH: August 14, 2012"""
    d = decide(text, "bc_sofia.jpg", case, load_config())
    assert d.person is None or d.person.claim != "children[0]", d.reasons


def test_a_clinic_record_is_about_the_patient_born_on_the_date_it_gives() -> None:
    # the father who brought the child is named whole, his caption ("father") misread
    case = _family("Harjit Singh Bains", "1986-04-12", [("Navleen Kaur Bains", "2019-05-27")])
    text = """Kent Valley Children's Clinic
AFTER VISIT SUMMARY
Patient: BAINS. NAVLEEN KAUR  DOB: 05/27/2019
Accompanied by: tather, Harjit Singh Bains
Diagnoses addressed today: moderate persistent asthma"""
    d = decide(text, "visit.jpg", case, load_config())
    assert d.person and d.person.claim == "children[0]", d.reasons


def test_a_letter_calling_the_respondent_by_the_given_name_is_about_the_respondent() -> None:
    case = _family("Anacleto Ruiz Cabrera", "1980-03-02", [("Xochitl Ruiz Mendez", "2012-09-09")])
    text = """A quien corresponda:
Mi nombre es Graciela Montes y soy vecina de la familia Ruiz desde hace once años.
Conozco a Anacleto como un hombre trabajador y responsable.
Sus hijos son niños buenos que estudian mucho.
Atentamente,
Graciela Montes"""
    d = decide(text, "carta.jpg", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons
    # a long given name standing only alone is the neighbour's way of calling its subject
    alone = text.replace("de la familia Ruiz", "del barrio")
    d = decide(alone, "carta.jpg", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons
    # but written before a surname the respondent does not have, it is someone else
    other = alone.replace("a Anacleto como", "a Anacleto Gomez como")
    assert decide(other, "carta.jpg", case, load_config()).person is None
    # and a short one ("Ana") is too little without a word of the family's name
    short = _family("Ana Ruiz Cabrera", "1980-03-02", [("Xochitl Ruiz Mendez", "2012-09-09")])
    assert (
        decide(alone.replace("Anacleto", "Ana"), "carta.jpg", short, load_config()).person is None
    )


def test_a_name_after_another_partys_label_past_their_first_given_name_is_theirs() -> None:
    # the mother's box holds the daughter's given name and the family's surname
    case = _family("Chibuike Emmanuel Obi", "1983-07-19", [("Adaeze Grace Obi", "2018-04-27")])
    text = """NATIONAL POPULATION COMMISSION
CERTIFICATE OF BIRTH
Name of Child: CHIBUIKE EMMANUEL OBI
Date of Birth: July 19, 1983
Name of Father: IKECHUKWU PAUL OBI
Name of Mother: IFEOMA GRACE OBI"""
    d = decide(text, "birth.pdf", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons


def test_a_party_after_anothers_defined_term_and_and_is_not_that_party() -> None:
    # a lease's parties clause: the landlord's defined term in parentheses, then "and" the tenant
    case = _family("Iryna Kovalenko", "1991-04-23", [])
    text = """RESIDENTIAL LEASE AGREEMENT
1. PARTIES. This Residential Lease Agreement is made on July 15, 2019 between Northeast
Rowhome Rentals LLC ("Landlord") and Iryna Kovalenko ("Tenant").
3. TERM. The term begins on August 1, 2019 and ends on July 31, 2022."""
    d = decide(text, "lease 1.jpg", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons


def test_a_letter_calling_the_family_by_their_given_names_is_about_the_respondent() -> None:
    case = _family(
        "Irma Yolanda Tzul Ajpop",
        "1985-01-01",
        [("Jonathan Alexander Lopez Tzul", "2012-01-01"), ("Dulce Maria Lopez Tzul", "2015-01-01")],
    )
    text = """A quien corresponda:
Yo, Guadalupe Ramirez Soto, vivo al lado de la familia de Irma desde hace nueve años.
La conozco como una buena vecina y una madre muy dedicada a sus hijos Jonathan y Dulce.
Atentamente,
Guadalupe Ramirez Soto"""
    d = decide(text, "carta.jpg", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons


def test_a_passport_photo_that_kept_only_its_headings_is_bilingual() -> None:
    # a phone photo loses a passport's small captions; its heading over its translation (or
    # the document's name beside its English) still pairs the two languages, which on a
    # travel document whose machine-readable zone checks is enough
    import datetime as dt

    from tests.realistic.mrz import td3

    case = _family("Luz Adriana Quintero Restrepo", "1979-10-04", [])
    zone = td3(
        kind="P",
        country="COL",
        surname="QUINTERO RESTREPO",
        given="LUZ ADRIANA",
        number="AX482915",
        nationality="COL",
        birth=dt.date(1979, 10, 4),
        sex="F",
        expiry=dt.date(2031, 4, 21),
    )
    page = """REPUBLICA DE COLOMBIA
REPUBLIC OF COLOMBIA
P COL AX482915
QUINTERO RESTREPO
LUZ ADRIANA
COLOMBIANA
04 OCT 1979 F
PEREIRA, RISARALDA
22 APR 2021 CONSULADO EN ATLANTA
21 APR 2031
"""
    d = decide(page + "\n".join(zone), "passport.jpg", case, load_config())
    assert (d.type, d.language) == ("passport", "en"), d.reasons
    assert any(r.startswith("bilingual") for r in d.reasons)
    # a heading and one caption paired are too few on a paper with no zone
    from packet.text.language import read_language

    captions = "REPUBLICA DE HONDURAS\nREPUBLIC OF HONDURAS - PASAPORTE / PASSPORT\nHONDUREÑA"
    captions += "\nSAMBO CREEK, ATLANTIDA\n16 MAY 2023 INM.CONSULADO NUEVA ORLEANS"
    languages = load_config().languages
    assert not read_language(captions, languages).bilingual
    assert read_language(captions, languages, travel_document=True).bilingual


def test_a_spanish_record_with_one_english_heading_still_needs_a_translation() -> None:
    from packet.text.language import read_language

    text = """REPUBLICA DE HONDURAS
REGISTRO NACIONAL DE LAS PERSONAS
CERTIFICACION DE ACTA DE NACIMIENTO
El infrascrito Registrador Civil Municipal certifica que en el Libro de Nacimientos
se encuentra inscrita la partida de nacimiento de una niña, hija de los padres
que se indican, nacida en la ciudad de La Ceiba, departamento de Atlántida.
Se extiende la presente a solicitud de la interesada para los usos que estime convenientes."""
    reading = read_language(text, load_config().languages)
    assert (reading.code, reading.bilingual) == ("es", False)


def test_a_passport_pairing_short_captions_with_english_is_bilingual() -> None:
    # captions of a word or two ("Given names", "Passport No.") are too short for the model to
    # place among all its languages; each side is asked only which of the two it is
    from packet.text.language import read_language

    text = """REPUBLIQUE D'HAITI — REPUBLIC OF HAITI
Nom / Surname
LOUIS
Prénoms / Given names
MARIE-ANGE
Date de naissance / Date of birth
14 MAR 1991
PASSEPORT / PASSPORT
N° du passeport / Passport No.
RK4417733
Autorité / Authority
DIRECTION DE L'IMMIGRATION"""
    reading = read_language(text, load_config().languages)
    assert (reading.code, reading.bilingual) == ("en", True)


def test_a_given_name_misread_by_two_letters_before_both_surnames_is_still_that_person() -> None:
    case = _family("Yesenia Marisol Ocampo Vidal", "1990-06-02", [])
    w2 = """Form W-2 Wage and Tax Statement 2025
e Employee's first name and initial  Last name
YESEMIO OCAMPO VIDAL
1 Wages, tips, other compensation 36,240.00"""
    d = decide(w2, "w2.jpg", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons
    # a spelling of its own (another length) is no misreading: the document stays unassigned
    other = w2.replace("YESEMIO", "JESSICA")
    assert decide(other, "w2.jpg", case, load_config()).person is None


def test_a_childs_given_name_alone_beside_its_date_of_birth_names_the_child() -> None:
    # OCR kept only the given name of the child's box and lost the captions; the mother's
    # whole name and date of birth are printed in hers
    case = _family(
        "Rosalba Ines Quintanilla Rey",
        "1988-01-30",
        [("Joel Andres Paz Quintanilla", "2015-10-04")],
    )
    text = """STATE OF NEVADA CERTIFICATE OF BIRTH
FLT RST RT UR
JOEL
10/04/2015
PRT TERR ARE
ROSALBA INES QUINTANILLA REY 01/30/1988"""
    d = decide(text, "birth.jpg", case, load_config())
    assert d.person and d.person.claim == "children[0]", d.reasons


def test_a_certified_copy_of_an_entry_of_birth_is_a_birth_certificate() -> None:
    case = _family("Efua Adjoa Owusu", "1983-02-11", [])
    text = """REPUBLIC OF GHANA
BIRTHS AND DEATHS REGISTRY
CERTIFIED COPY OF AN ENTRY OF BIRTH
Registration District: Cape Coast
1. Name of child  EFUA ADJOA OWUSU
2. Date of birth  February 11, 1983"""
    d = decide(text, "birth.jpg", case, load_config())
    assert (d.type, d.equity) == ("birth_certificate", "identity"), d.reasons
    assert d.person and d.person.role == "respondent"


# --- learnt from blind9 and blind10 (invented families; texts as OCR read their photos) ---


def test_a_birth_record_whose_surname_boxes_ocr_misread_is_still_the_dated_child() -> None:
    # the child's first-name box lost, her middle name and surname each two letters misread
    case = _family(
        "Kossi Mawuli Agbodjan",
        "1985-07-11",
        [("Elikem Yao Agbodjan", "2019-05-14"), ("Ayélé Mawunyo Agbodjan", "2022-01-30")],
    )
    text = """NORTH DAKOTA DEPARTMENT OF HEALTH AND HUMAN SERVICES
CERTIFIED COPY OF BIRTH RECORD
[ome re war ar
 avtut     MANUNYO     AGBCOJAN
 r   01/30/2022   one
 AKOSSIMA AFI MENSAH   03/29/1990
 KOSSI MANULI AGBOOJAM   07/11/1985
tasued 08/01/2025"""
    d = decide(text, "IMG_1430.jpg", case, load_config())
    assert d.person and d.person.claim == "children[1]", d.reasons
    assert d.equity == "us_family"


def _caring_for(child: str, born: str, condition: str) -> Case:
    case = _family("Kossi Mawuli Agbodjan", "1985-07-11", [(child, born)])
    claims = case.claims.model_copy(
        update={"caretaker": Caretaker(person=child, condition=condition)}
    )
    return case.model_copy(update={"claims": claims})


def test_a_therapists_letter_calling_the_child_by_her_given_name_and_condition_is_hers() -> None:
    case = _caring_for("Ayélé Mawunyo Agbodjan", "2022-01-30", "spina bifida")
    text = """Red River Pediatric Therapy
4450 31st Ave S, Fargo, ND 58104
October 6, 2026
To Whom It May Concern:
I am Ayélé's physical therapist and have seen her twice a week since March 2023 for
lower-limb weakness due to spina bifida.
Her father attends every session and carries out her home exercise program each day.
Sincerely,
Megan Thorsrud, PT, DPT
Pediatric Physical Therapist"""
    d = decide(text, "Scan0013.pdf", case, load_config())
    assert d.type == "medical_record", d.reasons
    assert d.person and d.person.claim == "children[0]", d.reasons
    assert d.equity == "caretaker"
    # without the claimed condition, a given name this short is no one's
    other = _caring_for("Ayélé Mawunyo Agbodjan", "2022-01-30", "cerebral palsy")
    assert decide(text.replace("Ayélé", "Ana"), "x.pdf", other, load_config()).person is None


def test_a_counsellors_letter_with_a_clinical_opinion_is_a_medical_record() -> None:
    case = _family(
        "Devendra Ramesh Persaud", "1984-02-09", [("Rohan Kishore Persaud", "2015-01-27")]
    )
    text = """Riverbanks Child & Family Counseling
1440 Gervais Street, Columbia, SC 29201
To Whom It May Concern:
RE: Rohan Kishore Persaud (DOB 01/27/2015)
Rohan has been in weekly therapy with me since February 2025 for separation anxiety disorder.
His father attends every session. In my clinical opinion, his father's removal would seriously
set back his treatment.
Sincerely,
Danielle Okonjo-Brewer, LPC
Licensed Professional Counselor"""
    d = decide(text, "IMG_8820.jpg", case, load_config())
    assert d.type == "medical_record", d.reasons
    assert d.person and d.person.claim == "children[0]"


def test_a_landlords_letter_about_the_tenancy_is_proof_of_residence_since_its_date() -> None:
    case = _family("Shivani Devika Rampersad", "1987-12-05", [])
    text = """Kenyon Square Apartments
Owner-managed - 3907 14th Street NW, Washington DC
Office 202-555-0139
November 12, 2026
To Whom It May Concern:
Shivani Rampersad has rented an apartment in this building since March 1, 2012, first unit 12
and since 2016 unit 31, which she shares with her two children.
She pays her rent on time and is well liked by her neighbours.
Sincerely,
Walter Greenidge
Owner and Manager"""
    d = decide(text, "IMG_1204.jpg", case, load_config())
    assert d.type == "residence_record", d.reasons
    assert d.equity == "length_of_residence"
    assert d.fields.covers and d.fields.covers.start == dt.date(2012, 3, 1)


def test_opla_declining_a_request_is_no_letter_of_support() -> None:
    case = _family("Devendra Ramesh Persaud", "1984-02-09", [])
    text = """U.S. Immigration and Customs Enforcement
Office of the Principal Legal Advisor - Charlotte Field Location
April 22, 2025
Dear Counsel:
RE: PERSAUD, Devendra Ramesh A# 209-554-617
This office has reviewed your request that the Department of Homeland Security exercise
prosecutorial discretion in the above matter. After careful consideration of the totality of
the circumstances, OPLA declines to exercise prosecutorial discretion at this time.
Sincerely,
Chief Counsel"""
    d = decide(text, "denial letter 2025.pdf", case, load_config())
    assert d.type == "other", d.reasons


def test_a_work_permits_own_header_makes_it_an_identity_document() -> None:
    # a photographed EAD whose smaller print OCR lost: only its two header lines and boxes
    case = _family("Kossi Mawuli Agbodjan", "1985-07-11", [])
    text = """UNITED STATES OF AMERICA
EMPLOYMENT AUTHORIZATION
AGBODJAN
KOSSI MAWULI
100917734521
07/11/1985
M
02/18/2025
02/17/2030"""
    d = decide(text, "IMG_1422.jpg", case, load_config())
    assert (d.type, d.equity) == ("identity_document", "identity"), d.reasons
    # a letter that says the respondent has employment authorization is still a letter
    letter = """Red River Valley Foods
To Whom It May Concern:
This letter is to verify that Kossi Agbodjan has been employed by our company as a
maintenance technician since March 2021. He works 40 hours a week and holds employment
authorization from USCIS.
Sincerely, Dana Lee, Human Resources"""
    assert decide(letter, "letter.pdf", case, load_config()).type == "employment_letter"


# --- learnt from blind11 and blind12 (invented families; texts as OCR read them) ---


def test_an_arrest_report_about_the_respondent_is_no_evidence_of_a_crime_against_them() -> None:
    case = _family("Adilson Jorge Fernandes Monteiro", "1992-02-18", [])
    text = """BROCKTON POLICE DEPARTMENT                 ARREST REPORT
ARREST #          DATE OF ARREST     LOCATION OF ARREST
 22-1187-AR        04/09/2022         MONTELLO ST AT CENTRE ST
ARRESTEE NAME (LAST, FIRST MIDDLE)              DOB
 MONTEIRO, ADILSON JORGE                         02/18/1992
CHARGES  ASSAULT & BATTERY c265 S13A(a)
NARRATIVE Officers were dispatched to the area of a bar for a report of a fight. The reporting
party stated that he had been pushed to the ground and punched. The suspect was placed under
arrest. Reporting officer: Ofc. Rezendes"""
    d = decide(text, "court papers 2022.pdf", case, load_config())
    assert (d.type, d.equity) == ("police_report", "other"), d.reasons
    assert any("the one accused" in r for r in d.reasons)
    # the victim's own report stays hers
    victim = text.replace("ARRESTEE NAME (LAST, FIRST MIDDLE)", "VICTIM NAME (LAST, FIRST MIDDLE)")
    assert decide(victim, "report.pdf", case, load_config()).equity == "crime_victim"


def test_a_social_security_earnings_record_covers_its_years() -> None:
    case = _family("Adilson Jorge Fernandes Monteiro", "1992-02-18", [])
    rows = "\n".join(
        f"   {y}        ${20000 + 100 * i:,}        ${20000 + 100 * i:,}"
        for i, y in enumerate(range(2013, 2026))
    )
    text = f"""Social Security Administration        Your Social Security Statement
Prepared especially for Adilson J. Monteiro        October 14, 2026
Your Earnings Record
   Work Year     Taxed Social Security Earnings     Taxed Medicare Earnings
{rows}
Form SSA-7005-SM-OL"""
    d = decide(text, "SSA statement.pdf", case, load_config())
    assert d.type == "tax_record", d.reasons
    assert d.fields.covers == Span(dt.date(2013, 1, 1), dt.date(2025, 12, 31))
    assert d.fields.tax_year is None
    # OCR reads a table's rule before the first year's row
    ruled = text.replace("   2013 ", "(2013 ")
    covers = decide(ruled, "SSA statement.pdf", case, load_config()).fields.covers
    assert covers == Span(dt.date(2013, 1, 1), dt.date(2025, 12, 31))


def test_a_managers_letter_about_the_work_is_an_employment_letter_since_he_joined() -> None:
    case = _family("Geoffrey Kiplagat Chepkwony", "1986-03-02", [])
    text = """Red River Distribution Center
2250 International Boulevard, Clarksville, Tennessee 37040
October 20, 2026
To Whom It May Concern:
I am the operations manager of the Red River Distribution Center and I have supervised Geoffrey
Chepkwony since he joined us on July 8, 2019. Geoffrey is our Inventory Control Lead on first
shift. He works full time, forty hours a week, and he is paid $23.40 an hour.
Sincerely,
Rodney J. Pruitt"""
    d = decide(text, "IMG_171502.jpg", case, load_config())
    assert (d.type, d.equity) == ("employment_letter", "employment_and_taxes"), d.reasons
    assert d.fields.covers and d.fields.covers.start == dt.date(2019, 7, 8)


def test_a_caregiver_programs_letter_tells_of_the_care_the_case_claims() -> None:
    case = _family("Martín Ezequiel Olivera Pereyra", "1979-11-03", [])
    claims = case.claims.model_copy(
        update={"caretaker": Caretaker(person="Nélida Pereyra Silva", condition="dementia")}
    )
    case = case.model_copy(update={"claims": claims})
    text = """Pima Area Agency on Aging
8487 E. Broadway Blvd, Tucson, AZ 85710
March 9, 2026
MARTIN OLIVERA PEREYRA
Re: Enrollment - Family Caregiver Support Program
Dear Mr. Olivera Pereyra:
Your enrollment in the Family Caregiver Support Program as the caregiver of your mother, Nélida
Pereyra Silva, has been approved. You have been approved for up to 16 hours of in-home respite
each month.
Sincerely,
Yesenia Robles, Care Coordinator"""
    d = decide(text, "IMG_3390.jpg", case, load_config())
    assert (d.type, d.equity) == ("letter_of_support", "caretaker"), d.reasons


def test_a_schools_certificate_of_grades_in_spanish_is_a_school_record() -> None:
    case = _family("Yokasta Altagracia Peña Rosario", "1987-11-02", [])
    text = """REPÚBLICA DOMINICANA
MINISTERIO DE EDUCACIÓN (MINERD)
LICEO SECUNDARIO PROFESORA ANA JOSEFA PUELLO
CERTIFICACIÓN
A quien pueda interesar:
Por medio de la presente, la Dirección de este centro educativo certifica que la estudiante YOKASTA
ALTAGRACIA PENA ROSARIO cursó y aprobó en este liceo los grados 1ro., 2do. y 3ro. del Nivel Medio
durante los años escolares 2001-2002, 2002-2003 y 2003-2004, con las calificaciones finales:
Lic. Carmen Liriano de Vargas, Directora"""
    d = decide(text, "certificacion liceo.jpg", case, load_config())
    assert (d.type, d.equity) == ("school_record", "education"), d.reasons


def test_a_dominican_acta_inextensa_is_a_birth_certificate() -> None:
    case = _family("Yokasta Altagracia Peña Rosario", "1987-11-02", [])
    text = """REPUBLICA DOMINICANA
JUNTA CENTRAL ELECTORAL
ACTA INEXTENSA DE NACIMIENTO
compareció el señor Rafael Antonio Peña Ureña, portador de la cédula de identidad No. 031-0098812-4,
y me declaró que en fecha dos (2) del mes de noviembre del año 1987 nació una niña a quien se le ha
dado el nombre de YOKASTA ALTAGRACIA. NOTA: Apellidos de la inscrita: PEÑA ROSARIO."""
    d = decide(text, "WhatsApp Image.jpeg", case, load_config())
    assert d.type == "birth_certificate", d.reasons


def test_a_translation_headed_as_one_is_no_birth_certificate() -> None:
    case = _family("Boubacar Sidiki Traoré", "1979-06-14", [])
    text = """ENGLISH TRANSLATION
REPUBLIC OF MALI
BIRTH CERTIFICATE
Date of birth   June 14, 1979
First name(s)   Boubacar Sidiki
Last name       TRAORE
Translator's note
Translated by Fatoumata Sow. I speak and write French, Bambara and English fluently."""
    d = decide(text, "translation acte.jpg", case, load_config())
    assert d.type == "certificate_of_translation", d.reasons


def test_a_pastors_letter_addressed_to_opla_is_still_a_letter_of_support() -> None:
    case = _family("Yokasta Altagracia Peña Rosario", "1987-11-02", [])
    text = """Iglesia Cristiana Monte de Sion
112 Broadway, Lawrence, Massachusetts 01841
To: Office of the Principal Legal Advisor, Boston
Yokasta has been a faithful member of our congregation since 2019. She serves in our church's
children's ministry every Sunday.
Pastor Elias Fermin"""
    d = decide(text, "IMG_5531.jpg", case, load_config())
    assert d.type == "letter_of_support", d.reasons


def test_a_name_that_prose_wraps_over_a_line_end_is_still_the_name() -> None:
    # a civil register's narrative: the given names run over the line's end, the surnames are
    # given in a note below; within a line, a name is still never pieced from two lines
    case = _family("Yokasta Altagracia Peña Rosario", "1987-11-02", [])
    text = """ACTA INEXTENSA DE NACIMIENTO
me declaró que nació una niña a quien se le ha dado el nombre de YOKASTA
ALTAGRACIA, hija del declarante y de la señora Mercedes Rosario Tavárez.
NOTA: Apellidos de la inscrita: PEÑA ROSARIO."""
    d = decide(text, "acta.jpeg", case, load_config())
    assert d.person and d.person.role == "respondent", d.reasons


# --- learnt from blind14 ---


def test_a_money_transfer_history_is_proof_of_residence_over_its_rows() -> None:
    case = _family("Rosemène Dorvil", "1979-06-21", [])
    rows = "\n".join(
        f"{d} CX{i:09d} AGT 1187 LITTLE HAITI MIAMI FL 150.00 4.99 PAID"
        for i, d in enumerate(["12/05/2009", "03/06/2010", "06/08/2010", "09/08/2010"])
    )
    text = f"""CARIBE EXPRESS TRANSFERS Customer Transaction History
Customer: ROSEMENE DORVIL Customer No.: CX-0733-18874
Beneficiary: MARIE-ANGE CELESTIN - Jacmel, Haiti (cash pickup)
Date MTCN / Ref. Sending agent Amount USD Fee Status
{rows}"""
    d = decide(text, "caribe express history.pdf", case, load_config())
    assert (d.type, d.equity) == ("residence_record", "length_of_residence"), d.reasons
    assert d.fields.covers == Span(dt.date(2009, 12, 5), dt.date(2010, 9, 8))


def test_a_visit_historys_rows_start_at_the_first_visit_not_the_date_of_birth() -> None:
    # OCR set the date of birth on a line of its own under its column's caption
    case = _family("Rosemène Dorvil", "1979-06-21", [])
    text = """Esperanza Family Health Center
PATIENT VISIT HISTORY  Page 2 of 2
PATIENT NAME
DORVIL, ROSEMENE
DOB
06/21/1979
Date Department Provider Reason for visit
12/01/2011 Adult Medicine Y. Farrell, MD Flu vaccine
10/17/2012 Adult Medicine Y. Farrell, MD Elevated blood pressure
08/06/2013 Adult Medicine Y. Farrell, MD Hypertension follow-up"""
    d = decide(text, "clinic visits.pdf", case, load_config())
    assert d.type == "medical_record", d.reasons
    assert d.fields.covers == Span(dt.date(2011, 12, 1), dt.date(2013, 8, 6))


def test_a_pharmacys_prescription_history_is_a_medical_record() -> None:
    case = _family("Afiavi Rosine Houngbédji", "1985-07-22", [])
    text = """Northern Lights Pharmacy #214
PRESCRIPTION HISTORY
Patient: HOUNGBEDJI, AFIAVI R   DOB: 07/22/1985
Date filled  Rx number  Medication  Qty  Days supply  Prescriber  Refills remaining
09/30/2026  6620417  ONDANSETRON 8 MG TAB  30  10  K. Lindqvist MD  2
10/21/2026  6620988  DEXAMETHASONE 4 MG TAB  12  3  K. Lindqvist MD  1"""
    d = decide(text, "scan_001.pdf", case, load_config())
    assert (d.type, d.equity) == ("medical_record", "medical"), d.reasons


def test_a_unions_letter_about_its_member_is_a_letter_of_support() -> None:
    case = _family("Sione Tevita Fifita", "1971-04-02", [])
    text = """Hawaii Hotel & Resort Workers Union, Local 5
To Whom It May Concern:
Sione Fifita has been a member in good standing of our local since 2009 and serves as a shop
steward for the engineering department. Our union members rely on him.
In solidarity,
Kalani Akana, President"""
    d = decide(text, "scan_11122026.pdf", case, load_config())
    assert (d.type, d.equity) == ("letter_of_support", "community_ties"), d.reasons


def test_an_account_transcripts_dated_transactions_do_not_move_its_tax_year() -> None:
    # its rows are dated in the year after the tax year: the earnings record's year rows span
    # its years, a transcript's transactions do not
    case = _family("Fatmata Kamara", "1989-04-17", [])
    text = """Record of Account
Tax Period Ending: Dec. 31, 2020
CODE EXPLANATION OF TRANSACTION CYCLE DATE AMOUNT
150 Tax return filed
03-10-2021 $0.00
806 W-2 or 1099 withholding
04-15-2021 -$1,276.80
846 Refund issued
03-31-2021 $729.60
971 Notice issued
08-05-2021 $0.00"""
    d = decide(text, "scan_0008.pdf", case, load_config())
    assert d.type == "tax_record", d.reasons
    assert d.fields.covers == Span(dt.date(2020, 1, 1), dt.date(2020, 12, 31))
