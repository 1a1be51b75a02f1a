"""The seventeenth blind corpus: four invented families who prove their years here and their
equities with small everyday papers more than with official certificates (money-order and
remittance receipts, a consular ID, a clinic's visit history, an ITIN notice, a parish letter,
pay stubs, utility bills, report cards), each a case folder of what a legal-aid office really
receives (desk photos on dark and pale desks, dim and bright, cards in a landscape frame a
quarter or half turn off, copier stacks of two or three documents, papers photographed page by
page, a paper scanned twice), a case.yaml whose claims the documents bear out or, where the
truth says so, do not, and the truth it is scored against. Written from plain descriptions of
real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind17.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind17 import documents as doc
from tests.realistic import capture
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    drawn,
    write_from_command_line,
    write_plans,
)

D = dt.date

# Every paper is dated on or before this day and the claimed residence is covered up to it
# where the truth expects no gap. After late 2027 the newest evidence is more than a year old.
AS_OF = D(2026, 11, 30)


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def _passport_paper(label: str, person: Person, language: Any, seed: int, **kw: Any) -> Paper:
    sheets, zone = doc.passport(person=person, seed=seed, **kw)
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _about(paper: Paper, *others: str) -> Paper:
    """A paper a paralegal could file under either person (a letter about a father's care
    that is as much about the daughter who gives it)."""
    assert isinstance(paper.about, str)
    paper.about = (paper.about, *others)
    return paper


def _day(d: dt.date) -> tuple[dt.date, dt.date]:
    return (d, d)


SPANISH_LABELS = [
    "Tipo / Type",
    "Clave / Code",
    "Pasaporte No. / Passport No.",
    "Apellidos / Surnames",
    "Nombres / Given names",
    "Nacionalidad / Nationality",
    "Fecha de nacimiento / Date of birth",
    "Sexo / Sex",
    "Lugar de nacimiento / Place of birth",
    "Fecha de expedición / Date of issue",
    "Fecha de vencimiento / Date of expiry",
    "Autoridad / Authority",
]


# ---------------------------------------------------------------- 1. Baltimore, Maryland


def argueta() -> CasePlan:
    """A Salvadoran man in Baltimore, here twenty-two years, beaten with a pipe by the landlord
    he shared a row house with and helpful to the police: his years proven year by year with
    remittance and money-order receipts, an ITIN notice and a 1040, a clinic's visit history
    (which prints his year of birth wrong), an expired consular ID, a remittance history
    photographed page by page; a police report and a protective order in one PDF, a signed
    Supplement B, his pastor's letter."""
    jose = Person("José Wilfredo", "Argueta Portillo", D(1979, 7, 3), "M", "Chalatenango")
    a_number = "208-417-593"
    street, city = "418 S. Conkling Street, Apt 3", "Baltimore, MD 21224"
    first_home = ["3412 Eastern Avenue, 2nd Fl", "Baltimore, MD 21224"]
    old_home = ["527 S. Ellwood Avenue", "Baltimore, MD 21224"]
    itin = "912-78-4416"
    rep = _rep(
        "Marisol Quintanilla-Brandt",
        "Highlandtown Immigrant Legal Clinic",
        ["3600 Fleet Street, Suite 2", "Baltimore, MD 21224"],
        "410-555-0117",
        "mquintanilla@hilc.example",
        "MQ771203",
    )
    rep_form = {**rep, "bar": "MARYLAND COURT OF APPEALS", "bar_no": "1012150233"}
    seed = 17100
    wire = doc.remittance_receipt(
        jose,
        first_home,
        D(2004, 8, 14),
        "María Portillo de Argueta",
        "Chalatenango",
        150.0,
        "CX-004417",
        seed,
    )
    order = doc.money_order_receipt(
        jose,
        first_home,
        D(2005, 7, 1),
        "Ramon Pineda (landlord)",
        325.0,
        "19382740615",
        "HIGHLANDTOWN",
    )
    cp565 = doc.itin_notice(jose, first_home, itin, D(2006, 5, 22))
    return_2024 = doc.form_1040(
        jose, [street, city], itin, 2024, 38460.0, 2610.0, "Drywall finisher", D(2025, 3, 14)
    )
    visits = [
        (D(2007, 3, 12), "Adult Medicine", "K. Mendez, NP", "New patient - establish care"),
        (D(2007, 11, 5), "Adult Medicine", "K. Mendez, NP", "Flu vaccine; back pain"),
        (D(2008, 9, 22), "Adult Medicine", "K. Mendez, NP", "Annual physical"),
        (D(2009, 6, 30), "Dental", "R. Okoye, DDS", "Tooth pain, extraction #19"),
        (D(2010, 4, 14), "Adult Medicine", "J. Farrell, MD", "Cut left hand at work"),
        (D(2011, 2, 8), "Adult Medicine", "J. Farrell, MD", "Annual physical, labs"),
        (D(2011, 12, 1), "Adult Medicine", "J. Farrell, MD", "Flu vaccine"),
        (D(2012, 10, 17), "Adult Medicine", "J. Farrell, MD", "Elevated blood pressure"),
        (D(2013, 8, 6), "Adult Medicine", "J. Farrell, MD", "Hypertension follow-up"),
        (D(2014, 5, 20), "Dental", "R. Okoye, DDS", "Cleaning"),
        (D(2015, 1, 27), "Adult Medicine", "S. Baptiste, MD", "Hypertension follow-up"),
        (D(2015, 9, 14), "Adult Medicine", "S. Baptiste, MD", "Annual physical"),
    ]
    clinic = doc.clinic_history(jose, D(1978, 7, 3), [street, city], "0041877", visits)
    history_rows = []
    for year in range(2016, 2024):
        for month, day in ((1, 9), (4, 16), (8, 2), (11, 27)):
            when = D(year, month, day)
            if when <= D(2023, 4, 22):
                history_rows.append(
                    (when, "MARIA PORTILLO DE ARGUETA", "CHALATENANGO", 150.0 + (year % 3) * 50)
                )
    history_rows.append((D(2023, 4, 22), "MARIA PORTILLO DE ARGUETA", "CHALATENANGO", 300.0))
    history = doc.remittance_history(jose, old_home, history_rows, seed)
    narrative = [
        "ON THE ABOVE DATE AND TIME R/O RESPONDED TO 527 S ELLWOOD AVE FOR A CALL FOR AN "
        "ASSAULT IN PROGRESS. UPON ARRIVAL R/O OBSERVED THE VICTIM, ARGUETA PORTILLO, JOSE, "
        "SITTING ON THE FRONT STEPS BLEEDING FROM THE HEAD AND HOLDING HIS LEFT ARM.",
        "THE VICTIM STATED IN SPANISH, TRANSLATED BY OFC. RIVAS #4471, THAT HE RENTS A ROOM ON "
        "THE THIRD FLOOR FROM THE SUSPECT, WHO ALSO LIVES IN THE HOUSE. WHEN HE ASKED THE "
        "SUSPECT TO RETURN HIS DEPOSIT BECAUSE HE WAS MOVING OUT, THE SUSPECT STRUCK HIM "
        "SEVERAL TIMES WITH A METAL PIPE.",
        "A NEIGHBOR, WHO CALLED 911, CONFIRMED SEEING THE SUSPECT CHASE THE VICTIM OUT OF THE "
        "HOUSE WITH THE PIPE. THE PIPE WAS RECOVERED FROM THE FRONT HALLWAY AND SUBMITTED TO "
        "EVIDENCE CONTROL UNDER PROPERTY NO. 24-118402.",
        "THE SUSPECT, DOBBINS, RAYMOND EARL, WAS PLACED UNDER ARREST WITHOUT INCIDENT AND "
        "TRANSPORTED TO CENTRAL BOOKING. THE VICTIM WAS TRANSPORTED BY MEDIC 41 TO JOHNS "
        "HOPKINS BAYVIEW. THE VICTIM WAS ADVISED OF THE PROCEDURE TO OBTAIN A PROTECTIVE ORDER "
        "AND GIVEN A VICTIM RIGHTS PAMPHLET IN SPANISH. CASE CLOSED BY ARREST.",
    ]
    report = doc.bpd_report(
        jose,
        old_home,
        "443-555-0182",
        "DOBBINS, RAYMOND EARL",
        dt.datetime(2024, 5, 18, 23, 40),
        "24E05183",
        "OFC. L. MARCHETTI #3902",
        narrative,
    )
    order_pages = doc.protective_order(
        jose,
        "DOBBINS, RAYMOND EARL",
        [street, city],
        "0801-SP-01427-24",
        D(2024, 6, 4),
        D(2025, 6, 4),
        "ANGELA M. PRZYBYLSKI",
    )
    supp_b = doc.supplement_b(
        jose, a_number, D(2024, 5, 18), "24E05183", "Denise L. Harrington", D(2025, 8, 12)
    )
    pastor = doc.parish_letter(jose, D(2026, 7, 15), 2005)
    g28 = doc.g28(jose, a_number, [street, city], rep_form, D(2026, 10, 30))
    placed = [
        capture.card_photo(
            _passport_paper(
                "salvadoran_passport",
                jose,
                ["es", "en"],
                seed + 1,
                country="EL SALVADOR",
                code="SLV",
                number="B01938472",
                issued=D(2022, 2, 8),
                expiry=D(2032, 2, 7),
                authority="CONSULADO GENERAL WASHINGTON D.C.",
                nationality="SALVADOREÑA",
                labels=SPANISH_LABELS,
                heading=["REPÚBLICA DE EL SALVADOR", "PASAPORTE / PASSPORT"],
                tint=((214, 226, 244), (232, 238, 248)),
                date_language="es",
            ),
            "scans/pasaporte.jpg",
            seed + 1,
            turn=90,
        ),
        capture.card_photo(
            drawn(
                "salvadoran_consular_id",
                doc.consular_id(jose, seed + 2, first_home, D(2011, 6, 20)),
                "identity_document",
                jose,
                "identity",
                ["es", "en"],
                proves=_day(D(2011, 6, 20)),
                is_card=True,
            ),
            "scans/IMG_0412.jpg",
            seed + 2,
            turn=270,
        ),
        capture.copier(
            [
                drawn(
                    "remittance_receipt",
                    wire,
                    ("residence_record", "other"),
                    jose,
                    "length_of_residence",
                    ["es", "en"],
                    proves=_day(D(2004, 8, 14)),
                ),
                drawn(
                    "money_order_receipt",
                    order,
                    ("residence_record", "other"),
                    jose,
                    "length_of_residence",
                    proves=_day(D(2005, 7, 1)),
                ),
            ],
            "scans/recibos 2004 2005.pdf",
            seed + 3,
        ),
        capture.copier(
            [
                drawn(
                    "irs_cp565",
                    cp565,
                    "tax_record",
                    jose,
                    ("employment_and_taxes", "length_of_residence"),
                    proves=_day(D(2006, 5, 22)),
                ),
                drawn(
                    "form_1040_itin",
                    return_2024,
                    "tax_record",
                    jose,
                    ("employment_and_taxes", "length_of_residence"),
                    proves=(D(2024, 1, 1), D(2024, 12, 31)),
                ),
            ],
            "scans/IRS papers.pdf",
            seed + 4,
            dpi=200,
        ),
        capture.scan(
            drawn(
                "clinic_visit_history",
                clinic,
                "medical_record",
                jose,
                ("length_of_residence", "medical"),
                proves=(D(2007, 3, 12), D(2015, 9, 14)),
            ),
            "scans/clinic visits.pdf",
            seed + 5,
            dpi=150,
        ),
        capture.desk(
            drawn(
                "remittance_history",
                history,
                ("residence_record", "other"),
                jose,
                "length_of_residence",
                ["es", "en"],
                proves=(D(2016, 1, 9), D(2023, 4, 22)),
            ),
            ["scans/IMG_0457.jpg", "scans/IMG_0458.jpg"],
            seed + 6,
            surface="pale",
            dim=False,
            quality=62,
        ),
        capture.copier(
            [
                drawn(
                    "baltimore_police_report",
                    report,
                    "police_report",
                    jose,
                    "crime_victim",
                    proves=_day(D(2024, 5, 18)),
                ),
                drawn(
                    "maryland_final_protective_order",
                    order_pages,
                    "protective_order",
                    jose,
                    "crime_victim",
                    proves=_day(D(2024, 6, 4)),
                ),
            ],
            "scans/police and court.pdf",
            seed + 7,
        ),
        capture.scan(
            drawn(
                "i918_supplement_b",
                supp_b,
                "u_visa_certification",
                jose,
                ("law_enforcement_cooperation", "crime_victim"),
                proves=_day(D(2025, 8, 12)),
            ),
            "scans/I-918 Supp B signed.pdf",
            seed + 8,
            dpi=200,
        ),
        capture.desk(
            drawn(
                "parish_letter",
                pastor,
                "letter_of_support",
                jose,
                "community_ties",
                proves=_day(D(2026, 7, 15)),
            ),
            "scans/carta padre tomas.jpg",
            seed + 9,
            quality=44,
        ),
        capture.scan(drawn("g28", g28, "g28", jose, "other"), "scans/G28.pdf", seed + 10, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": jose.name,
            "a_number": a_number,
            "date_of_birth": jose.born,
            "country": "El Salvador",
            "entered_us": D(2004, 2, 18),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Baltimore, MD",
            "next_hearing": D(2027, 3, 9),
            "hearing_type": "master",
            "opla_office": "Baltimore",
            "nta_date": D(2019, 10, 2),
            "charges": ["INA 212(a)(6)(A)(i)"],
            "relief_sought": ["U nonimmigrant status (Form I-918, filed with USCIS)"],
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Argueta Portillo has lived in Baltimore since February 2004. In "
            "May 2024 he was beaten with a metal pipe by his landlord; he cooperated with the "
            "police and the prosecution, obtained a final protective order, and the Baltimore "
            "Police Department certified his helpfulness on Form I-918 Supplement B. His U visa "
            "petition is pending with USCIS.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2004, 3, 1),
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 11, 16), "served_by": rep["name"]},
    }
    findings = [
        # The clinic's registration prints his date of birth as 07/03/1978, a year off from
        # his passport, his consular ID and case.yaml (07/03/1979).
        {"code": "inconsistent-identity", "file": "scans/clinic visits.pdf"},
    ]
    allowed = [
        # Receipts and a transfer history: proof of residence or "other" are both defensible,
        # and a build that leaves them unclassified is not wrong about what they are.
        {"code": "unclassified-document", "file": "scans/recibos 2004 2005.pdf"},
        {"code": "unclassified-document", "file": "scans/IMG_0457.jpg"},
    ]
    return CasePlan(
        "argueta",
        "blind17",
        case,
        placed,
        findings,
        allowed,
        notes="residence 2004-2026 covered year by year; the clinic history's year of birth is "
        "wrong",
    )


# ---------------------------------------------------------------- 2. Las Vegas, Nevada


def macaraeg() -> CasePlan:
    """A Filipino caregiver in Las Vegas, filing pro se, renewing a 2025 denial: her
    naturalized father has Parkinson's disease and had a stroke in 2026. A passport a quarter
    turn off, her PSA birth certificate scanned twice at two resolutions, her son's Nevada
    birth certificate a quarter turn off, her father's naturalization certificate, his
    neurologist's and home-care agency's letters in one PDF, the I-130 approval, a 2018 DUI
    disclosed with the certificate of disposition and the DUI school's certificate in one PDF,
    OPLA's denial, her parish's letter."""
    rowena = Person("Rowena Bautista", "Macaraeg", D(1976, 10, 2), "F", "San Carlos City")
    ernesto = Person("Ernesto Dizon", "Macaraeg", D(1941, 5, 17), "M", "San Carlos City")
    adrian = Person("Adrian Macaraeg", "Villanueva", D(2011, 4, 9), "M", "Las Vegas")
    a_number = "215-660-384"
    street, city = "5308 Bristol Bend Court", "Las Vegas, NV 89135"
    seed = 17200
    psa = drawn(
        "psa_certificate_of_live_birth",
        doc.psa_birth(
            rowena,
            "Ernesto Dizon Macaraeg",
            "Lourdes Tabago Bautista",
            "76-1544",
            D(1976, 10, 20),
            D(2024, 8, 5),
            seed + 2,
        ),
        "birth_certificate",
        rowena,
        "identity",
    )
    son = drawn(
        "nevada_birth_certificate",
        doc.nevada_birth(
            adrian,
            rowena,
            "MARVIN CRUZ VILLANUEVA",
            "119 2011 014478",
            D(2011, 4, 21),
            D(2024, 9, 3),
            seed + 3,
        ),
        "birth_certificate",
        adrian,
        "us_family",
    )
    natz = drawn(
        "certificate_of_naturalization",
        doc.naturalization(
            ernesto,
            "22719044",
            "A037 118 402",
            D(1996, 9, 12),
            "United States District Court at Las Vegas, Nevada",
            "Las Vegas, Nevada",
            seed + 4,
        ),
        "naturalization_certificate",
        ernesto,
        ("caretaker", "us_family"),
    )
    neuro = drawn(
        "neurologist_letter",
        doc.neurologist_letter(ernesto, rowena, D(2026, 9, 18)),
        "medical_record",
        ernesto,
        "caretaker",
    )
    agency = _about(
        drawn(
            "home_care_agency_letter",
            doc.home_care_letter(ernesto, rowena, D(2026, 9, 24)),
            ("letter_of_support", "medical_record"),
            ernesto,
            "caretaker",
        ),
        rowena.name,
    )
    approval = _about(
        drawn(
            "i797_i130_approval",
            doc.i797_approval(rowena, ernesto, D(2016, 3, 2), D(2017, 8, 29), "WAC1690482177"),
            "other",
            rowena,
            ("us_family", "other"),
        ),
        ernesto.name,
    )
    disposition = drawn(
        "nevada_certificate_of_disposition",
        doc.nv_disposition(
            rowena, "18M28411X", D(2018, 11, 24), D(2019, 2, 5), D(2019, 8, 20), rowena.born
        ),
        "court_record",
        rowena,
        ("rehabilitation", "other"),
    )
    school = drawn(
        "dui_school_certificate",
        doc.dui_program(rowena, D(2019, 4, 13), D(2019, 5, 8)),
        "other",
        rowena,
        "rehabilitation",
    )
    denial = drawn(
        "opla_denial",
        doc.opla_denial(rowena, a_number, D(2025, 3, 11), D(2024, 11, 20)),
        "other",
        rowena,
        "other",
    )
    parish = drawn(
        "parish_letter",
        doc.parish_filipino(rowena, ernesto, D(2026, 10, 4)),
        "letter_of_support",
        rowena,
        "community_ties",
    )
    placed = [
        capture.card_photo(
            _passport_paper(
                "philippine_passport",
                rowena,
                ["en", "tl"],
                seed + 1,
                country="PHILIPPINES",
                code="PHL",
                number="P4418207C",
                issued=D(2022, 6, 14),
                expiry=D(2032, 6, 13),
                authority="DFA LOS ANGELES",
                nationality="FILIPINO",
                labels=[
                    "Uri/Type",
                    "Kodigo/Code",
                    "Pasaporte Blg./Passport No.",
                    "Apelyido/Surname",
                    "Mga Pangalan/Given Names",
                    "Nasyonalidad/Nationality",
                    "Petsa ng Kapanganakan/Date of Birth",
                    "Kasarian/Sex",
                    "Lugar ng Kapanganakan/Place of Birth",
                    "Petsa ng Pagkakaloob/Date of Issue",
                    "Valid Until/Petsa ng Pagkawalang Bisa",
                    "Maykapangyarihang Nagkaloob/Authority",
                ],
                heading=[
                    "REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES",
                    "PASAPORTE / PASSPORT",
                ],
                tint=((238, 226, 232), (246, 238, 240)),
            ),
            "scans/passport.jpg",
            seed + 1,
            turn=270,
        ),
        capture.twice(psa, ("scans/psa_birth_certificate.jpg", "scans/scan_0007.jpg"), seed + 2),
        capture.desk(
            son,
            "scans/adrian birth cert.jpg",
            seed + 3,
            turn=90,
            surface="pale",
            dim=False,
            quality=58,
        ),
        capture.desk(natz, "scans/tatay naturalization.jpg", seed + 4, quality=48),
        capture.copier([neuro, agency], "scans/papa doctor and home care.pdf", seed + 5),
        capture.scan(approval, "scans/I-797 approval.jpg", seed + 6),
        capture.copier([disposition, school], "scans/DUI papers.pdf", seed + 7),
        capture.scan(denial, "scans/denial 2025.pdf", seed + 8, dpi=150),
        capture.desk(parish, "scans/IMG_5530.jpg", seed + 9, surface="pale", quality=66),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rowena.name,
            "a_number": a_number,
            "date_of_birth": rowena.born,
            "country": "Philippines",
            "entered_us": D(2007, 10, 6),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Las Vegas, NV",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "individual",
            "opla_office": "Los Angeles (Las Vegas)",
            "nta_date": D(2020, 1, 14),
            "relief_sought": [
                "adjustment of status when her F1 visa (I-130 approved 2017) becomes current"
            ],
        },
        "request": {
            "type": "administrative_closure",
            "prior_request": {
                "date": D(2025, 3, 11),
                "outcome": "denied",
                "changes": "In February 2026 my father had a stroke. He now needs help day and "
                "night, a home-care agency comes only three hours a day, and I am the one who "
                "cares for him the rest of the time.",
            },
            "narrative": "I ask that my case be closed while I wait for my visa. My father, a "
            "U.S. citizen, petitioned for me in 2016 and the petition was approved in 2017. I "
            "take care of him every day. I was convicted of DUI in 2019; I did everything the "
            "court ordered and I have not had any problem since.",
        },
        "claims": {
            "children": [{"name": adrian.name, "date_of_birth": adrian.born, "status": "usc"}],
            "caretaker": {
                "person": ernesto.name,
                "condition": "Parkinson's disease with dementia; ischemic stroke in 2026",
            },
            "community_ties": True,
        },
        "service": {"method": "mail", "date": D(2026, 11, 12), "served_by": rowena.name},
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "DUI, first offense (NRS 484C.110), Justice Court, Las Vegas "
                "Township",
                "date": D(2019, 2, 5),
                "disposition": "fine paid, DUI school and Victim Impact Panel completed; case "
                "closed August 20, 2019",
            }
        ],
    }
    findings = [
        {"code": "duplicate-document", "file": "scans/scan_0007.jpg"},
    ]
    allowed = [
        # A renewal: the old papers (birth certificates, the naturalization) predate the
        # denial, the new ones (the 2026 letters) do not; an info note is fair.
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        {"code": "unclassified-document", "file": "scans/denial 2025.pdf"},
        {"code": "unclassified-document", "file": "scans/DUI papers.pdf", "pages": [2, 2]},
        {"code": "unclassified-document", "file": "scans/I-797 approval.jpg"},
    ]
    return CasePlan(
        "macaraeg",
        "blind17",
        case,
        placed,
        findings,
        allowed,
        notes="a pro se renewal; the PSA certificate scanned twice",
    )


# ---------------------------------------------------------------- 3. Decatur, Georgia


def nwachukwu() -> CasePlan:
    """A Nigerian Army veteran in Decatur who enlisted through MAVNI and never naturalized: a
    passport upside down, a National Population Commission birth certificate, a WAEC
    certificate on a dark desk, a two-page community college transcript, a DD-214 with its
    boxes, a two-page VA rating letter photographed page by page, an Army Achievement Medal
    certificate a quarter turn off, his employer's letter and three pay stubs. He claims a US
    citizen wife and brings no marriage certificate; nothing dates his years from late 2020 to
    2024."""
    emeka = Person("Chukwuemeka Obinna", "Nwachukwu", D(1991, 2, 14), "M", "Enugu")
    wife = "Danielle Renee Carter"
    a_number = "219-043-772"
    street, city = "2231 Lawrenceville Hwy, Apt 14B", "Decatur, GA 30033"
    rep = _rep(
        "Tobias Wainwright-Ndukwe",
        "Georgia Veterans Immigration Project",
        ["1100 Spring Street NW, Suite 410", "Atlanta, GA 30309"],
        "404-555-0148",
        "twainwright@gavip.example",
        "TW552918",
    )
    seed = 17300
    terms = [
        (
            "FALL 2011",
            [
                ("ENGL 1101", "English Composition I", "B", 3.0),
                ("MATH 1111", "College Algebra", "A", 3.0),
                ("BUSA 1105", "Introduction to Business", "A", 3.0),
                ("ESL 0099", "Academic Writing Support", "A", 0.0),
            ],
        ),
        (
            "SPRING 2012",
            [
                ("ENGL 1102", "English Composition II", "B", 3.0),
                ("ACCT 2101", "Principles of Accounting I", "B", 3.0),
                ("POLS 1101", "American Government", "A", 3.0),
            ],
        ),
        (
            "FALL 2012",
            [
                ("ACCT 2102", "Principles of Accounting II", "C", 3.0),
                ("ECON 2105", "Principles of Macroeconomics", "B", 3.0),
                ("HIST 2111", "U.S. History I", "A", 3.0),
            ],
        ),
        (
            "SPRING 2013",
            [
                ("ECON 2106", "Principles of Microeconomics", "B", 3.0),
                ("BUSA 2106", "Legal Environment of Business", "A", 3.0),
                ("BIOL 1107", "Principles of Biology I", "B", 4.0),
            ],
        ),
        (
            "FALL 2013",
            [
                ("MGMT 2215", "Team Dynamics", "A", 3.0),
                ("CISM 2201", "Computer Applications", "A", 3.0),
                ("PHED 1010", "Fitness for Life", "A", 1.0),
            ],
        ),
    ]
    stubs = [
        drawn(
            "pay_stub",
            doc.pay_stub(
                emeka,
                "2231 LAWRENCEVILLE HWY APT 14B, DECATUR GA 30033",
                period,
                paid,
                hours,
                27.40,
                ytd,
                n,
            ),
            "pay_record",
            emeka,
            "employment_and_taxes",
            proves=_day(paid),
        )
        for n, (period, paid, hours, ytd) in enumerate(
            [
                ((D(2026, 8, 2), D(2026, 8, 15)), D(2026, 8, 21), 88.0, 39617.10),
                ((D(2026, 8, 30), D(2026, 9, 12)), D(2026, 9, 18), 86.5, 44542.30),
                ((D(2026, 9, 27), D(2026, 10, 10)), D(2026, 10, 16), 90.0, 49606.80),
            ],
            1,
        )
    ]
    placed = [
        capture.card_photo(
            _passport_paper(
                "nigerian_passport",
                emeka,
                "en",
                seed + 1,
                country="NIGERIA",
                code="NGA",
                number="A07731952",
                issued=D(2023, 4, 20),
                expiry=D(2033, 4, 19),
                authority="NIS ATLANTA",
                nationality="NIGERIAN",
                labels=[
                    "Type",
                    "Code",
                    "Passport No.",
                    "Surname",
                    "Given Names",
                    "Nationality",
                    "Date of Birth",
                    "Sex",
                    "Place of Birth",
                    "Date of Issue",
                    "Date of Expiry",
                    "Issuing Authority",
                ],
                heading=["FEDERAL REPUBLIC OF NIGERIA", "PASSPORT"],
                tint=((218, 236, 222), (236, 244, 238)),
            ),
            "scans/passport_page.jpg",
            seed + 1,
            turn=180,
        ),
        capture.scan(
            drawn(
                "npc_birth_certificate",
                doc.npc_birth(
                    emeka,
                    "Obinna Cletus Nwachukwu",
                    "Ngozi Adaeze Nwachukwu",
                    "NPC/EN/ENN/0098714",
                    D(2010, 11, 3),
                    seed + 2,
                ),
                "birth_certificate",
                emeka,
                "identity",
            ),
            "scans/birth certificate nigeria.jpg",
            seed + 2,
            colour=True,
        ),
        capture.desk(
            drawn(
                "waec_certificate",
                doc.waec(
                    emeka,
                    "4150107032",
                    2008,
                    [
                        ("ENGLISH LANGUAGE", "B3 - GOOD"),
                        ("MATHEMATICS", "B2 - VERY GOOD"),
                        ("ECONOMICS", "B3 - GOOD"),
                        ("CIVIC EDUCATION", "A1 - EXCELLENT"),
                        ("BIOLOGY", "C4 - CREDIT"),
                        ("GEOGRAPHY", "C5 - CREDIT"),
                        ("IGBO LANGUAGE", "B2 - VERY GOOD"),
                        ("COMMERCE", "A1 - EXCELLENT"),
                    ],
                    seed + 3,
                ),
                ("diploma", "school_record"),
                emeka,
                "education",
            ),
            "scans/WAEC.jpg",
            seed + 3,
            quality=40,
        ),
        capture.scan(
            drawn(
                "community_college_transcript",
                doc.transcript(
                    emeka,
                    "900418533",
                    terms,
                    "ASSOCIATE OF SCIENCE - BUSINESS ADMINISTRATION",
                    D(2013, 12, 13),
                ),
                "school_record",
                emeka,
                "education",
                proves=(D(2011, 8, 22), D(2013, 12, 13)),
            ),
            "scans/GVCC transcript.pdf",
            seed + 4,
            dpi=200,
        ),
        capture.scan(
            drawn(
                "dd214",
                doc.dd214(emeka, "XXX-XX-4407", D(2014, 3, 4), D(2020, 3, 3), seed + 5),
                "military_record",
                emeka,
                "military_service",
                proves=(D(2014, 3, 4), D(2020, 3, 3)),
            ),
            "scans/DD214.pdf",
            seed + 5,
            dpi=200,
        ),
        capture.desk(
            drawn(
                "va_rating_letter",
                doc.va_rating(emeka, "29 418 553", D(2020, 10, 16), [street, city]),
                ("military_record", "medical_record"),
                emeka,
                ("military_service", "medical"),
                proves=_day(D(2020, 10, 16)),
            ),
            ["scans/IMG_2231.jpg", "scans/IMG_2232.jpg"],
            seed + 6,
            quality=52,
        ),
        capture.desk(
            drawn(
                "army_achievement_medal",
                doc.aam_certificate(emeka, D(2018, 2, 10), seed),
                "military_record",
                emeka,
                "military_service",
            ),
            "scans/AAM certificate.jpg",
            seed + 7,
            turn=270,
            surface="pale",
            dim=False,
            quality=68,
        ),
        capture.scan(
            drawn(
                "employer_letter",
                doc.logistics_letter(emeka, D(2026, 10, 5), D(2024, 5, 13)),
                "employment_letter",
                emeka,
                "employment_and_taxes",
                proves=_day(D(2026, 10, 5)),
            ),
            "scans/employment letter.jpg",
            seed + 8,
            dpi=150,
        ),
        capture.copier(stubs, "scans/paystubs.pdf", seed + 9),
        capture.scan(
            drawn(
                "g28",
                doc.g28(emeka, a_number, [street, city], rep, D(2026, 10, 27), accredited=True),
                "g28",
                emeka,
                "other",
            ),
            "scans/G-28.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": emeka.name,
            "a_number": a_number,
            "date_of_birth": emeka.born,
            "country": "Nigeria",
            "entered_us": D(2011, 8, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Atlanta, GA",
            "next_hearing": D(2027, 2, 2),
            "hearing_type": "master",
            "opla_office": "Atlanta",
            "nta_date": D(2023, 6, 27),
            "charges": ["INA 237(a)(1)(C)(i)"],
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Nwachukwu came to study in 2011 and enlisted in the Army in 2014 "
            "through the MAVNI program. He served six years, deployed to Kuwait, and was "
            "honorably discharged as a sergeant; his naturalization application was never "
            "adjudicated while he served. He is 70% service-connected disabled and works full "
            "time. He married a U.S. citizen in 2025.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2011, 8, 10),
            "military": {"member": "self", "branch": "Army"},
            "education": True,
            "spouse": {"name": wife, "status": "usc"},
        },
        "service": {"method": "email", "date": D(2026, 11, 9), "served_by": rep["name"]},
    }
    findings = [
        # Nothing dated about him from the VA letter (October 2020) to the pay stubs (August
        # 2026); the employer's letter says he was hired in May 2024, which still leaves
        # more than three years.
        {"code": "residence-gap", "claim": "residence_since"},
        # A US-citizen wife is claimed; there is no marriage certificate and nothing about her.
        {"code": "missing-evidence", "claim": "spouse"},
    ]
    return CasePlan(
        "nwachukwu",
        "blind17",
        case,
        placed,
        findings,
        [],
        notes="a residence gap from late 2020; no marriage certificate for the claimed wife",
    )


# ---------------------------------------------------------------- 4. Woodburn, Oregon


def santiago() -> CasePlan:
    """A Mexican mother from San Juan Mixtepec, Oaxaca, in Woodburn, Oregon: a passport a
    quarter turn off, her acta de nacimiento with its translation and certificate in one PDF,
    her children's Oregon birth certificates in another, two report cards in a third, a lease
    photographed page by page, a power bill and a gas bill in one PDF, a teacher's letter sent
    over WhatsApp, the nursery owner's letter in Spanish with no translation. Before the 2023
    lease nothing dated is about her but her children's births."""
    yolanda = Person(
        "Yolanda Rufina", "Santiago Hernández", D(1987, 1, 19), "F", "San Juan Mixtepec"
    )
    diego = Person("Diego Alejandro", "Ramírez Santiago", D(2012, 3, 8), "M", "Salem")
    valeria = Person("Valeria Guadalupe", "Ramírez Santiago", D(2015, 11, 21), "F", "Salem")
    a_number = "212-908-156"
    home = ["1642 Evergreen Road, Unit 7", "Woodburn, OR 97071"]
    father, mother = "Fortino Santiago Ramírez", "Rufina Hernández Cruz"
    curp = "SAHY870119MOCNRL09"
    translator = {
        "name": "Beatriz Olmedo-Kerr",
        "address": ["455 Court Street NE, Suite 3", "Salem, OR 97301"],
        "phone": "503-555-0139",
    }
    rep = _rep(
        "Catherine Huynh-Alvarado",
        "Willamette Valley Immigrant Law Project",
        ["390 N. Front Street", "Woodburn, OR 97071"],
        "503-555-0112",
        "chuynh@wvilp.example",
        "CH310775",
    )
    rep_form = {**rep, "bar": "OREGON STATE BAR", "bar_no": "114802"}
    seed = 17400
    acta = drawn(
        "mexican_acta_de_nacimiento",
        doc.acta(yolanda, father, mother, curp, D(1987, 3, 2), "00231", seed + 2),
        "birth_certificate",
        yolanda,
        "identity",
        "es",
    )
    translation = drawn(
        "acta_translation",
        doc.acta_translation(
            yolanda,
            father,
            mother,
            curp,
            D(1987, 3, 2),
            "00231",
            translator["name"],
            translator["address"],
            translator["phone"],
            D(2026, 9, 30),
        ),
        "certificate_of_translation",
        yolanda,
        "identity",
    )
    kids = [
        drawn(
            "oregon_birth_certificate",
            doc.oregon_birth(
                child,
                yolanda,
                "JUAN CARLOS RAMIREZ LOPEZ",
                number,
                filed,
                D(2025, 1, 16),
                seed + 3 + n,
            ),
            "birth_certificate",
            child,
            "us_family",
        )
        for n, (child, number, filed) in enumerate(
            [
                (diego, "136-2012-006183", D(2012, 3, 19)),
                (valeria, "136-2015-028840", D(2015, 12, 2)),
            ]
        )
    ]
    cards = [
        drawn(
            "report_card",
            doc.report_card(
                diego,
                yolanda,
                "Pudding River Middle School",
                "8",
                "2025-2026",
                "MR. A. GALLEGOS",
                [
                    ("English Language Arts", "3", "3", "3"),
                    ("Mathematics", "2", "3", "3"),
                    ("Science", "3", "3", "4"),
                    ("Social Studies", "3", "3", "3"),
                    ("Spanish for Heritage Speakers", "4", "4", "4"),
                    ("Physical Education", "4", "4", "4"),
                ],
                5,
            ),
            "school_record",
            diego,
            ("education", "us_family"),
        ),
        drawn(
            "report_card",
            doc.report_card(
                valeria,
                yolanda,
                "Cascade Heights Elementary School",
                "4",
                "2025-2026",
                "MS. L. FUENTES",
                [
                    ("Reading (English)", "4", "4", "4"),
                    ("Lectura (Español)", "4", "4", "4"),
                    ("Writing", "3", "3", "4"),
                    ("Mathematics", "3", "3", "3"),
                    ("Science", "3", "4", "4"),
                    ("Work Habits", "4", "4", "4"),
                ],
                3,
            ),
            "school_record",
            valeria,
            ("education", "us_family"),
        ),
    ]
    lease = drawn(
        "oregon_rental_agreement",
        doc.lease_pages(
            yolanda, "Harold J. Wiebe", home, D(2023, 9, 1), D(2024, 8, 31), 1450, D(2023, 8, 22)
        ),
        "residence_record",
        yolanda,
        "length_of_residence",
        proves=(D(2023, 9, 1), D(2024, 8, 31)),
    )
    bills = [
        drawn(
            "pge_bill",
            doc.pge_bill(yolanda, home, D(2025, 2, 11), "8841-2207-35", 812, 139.52),
            "residence_record",
            yolanda,
            "length_of_residence",
            proves=_day(D(2025, 2, 11)),
        ),
        drawn(
            "nw_natural_bill",
            doc.nwnatural_bill(yolanda, home, D(2026, 1, 14), "2291047-6", 96, 141.87),
            "residence_record",
            yolanda,
            "length_of_residence",
            proves=_day(D(2026, 1, 14)),
        ),
    ]
    teacher = _about(
        drawn(
            "teacher_letter",
            doc.teacher_letter(valeria, yolanda, D(2026, 10, 20)),
            "letter_of_support",
            yolanda,
            ("us_family", "community_ties", "education"),
        ),
        valeria.name,
    )
    vivero = drawn(
        "nursery_employer_letter_spanish",
        doc.vivero_letter(yolanda, D(2026, 10, 9), 2009),
        "employment_letter",
        yolanda,
        ("employment_and_taxes", "length_of_residence"),
        "es",
    )
    placed = [
        capture.card_photo(
            _passport_paper(
                "mexican_passport",
                yolanda,
                ["es", "en"],
                seed + 1,
                country="MEXICO",
                code="MEX",
                number="G37104528",
                issued=D(2019, 7, 2),
                expiry=D(2029, 7, 1),
                authority="CONSULADO DE MEXICO EN PORTLAND",
                nationality="MEXICANA",
                labels=[
                    *SPANISH_LABELS[:9],
                    "Fecha de expedición / Date of issue",
                    "Fecha de caducidad / Date of expiry",
                    "Autoridad / Authority",
                ],
                heading=["ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT"],
                tint=((222, 236, 226), (240, 244, 236)),
                date_language="es",
                extra=("CURP", curp),
            ),
            "scans/pasaporte yolanda.jpg",
            seed + 1,
            turn=90,
        ),
        capture.copier([acta, translation], "scans/acta y traduccion.pdf", seed + 2),
        capture.copier(kids, "scans/birth certificates kids.pdf", seed + 3),
        capture.copier(cards, "scans/report cards.pdf", seed + 5),
        capture.desk(
            lease,
            ["scans/lease_p1.jpg", "scans/lease_p2.jpg", "scans/lease_p3.jpg"],
            seed + 6,
            surface="pale",
            dim=False,
            quality=60,
        ),
        capture.copier(bills, "scans/bills.pdf", seed + 9),
        capture.desk(
            teacher, "scans/WhatsApp Image 2026-10-21 at 7.14.03 PM.jpeg", seed + 10, quality=36
        ),
        capture.desk(vivero, "scans/carta del vivero.jpg", seed + 11, quality=55),
        capture.scan(
            drawn(
                "g28",
                doc.g28(yolanda, a_number, home, rep_form, D(2026, 10, 28)),
                "g28",
                yolanda,
                "other",
            ),
            "scans/G-28 Santiago.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": yolanda.name,
            "a_number": a_number,
            "date_of_birth": yolanda.born,
            "country": "Mexico",
            "entered_us": D(2008, 4, 9),
            "address": home,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Portland, OR",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "master",
            "opla_office": "Seattle (Portland)",
            "nta_date": D(2024, 2, 20),
            "relief_sought": ["cancellation of removal for non-permanent residents (EOIR-42B)"],
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "residence_since": D(2008, 4, 15),
            "children": [
                {"name": diego.name, "date_of_birth": diego.born, "status": "usc"},
                {"name": valeria.name, "date_of_birth": valeria.born, "status": "usc"},
            ],
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "ecas", "date": D(2026, 11, 18), "served_by": rep["name"]},
    }
    findings = [
        {"code": "untranslated-document", "file": "scans/carta del vivero.jpg"},
        # From April 2008 to the September 2023 lease nothing dated is about her (her
        # children's birth certificates name her as mother, in 2012 and 2015, which still
        # leaves years uncovered).
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "santiago",
        "blind17",
        case,
        placed,
        findings,
        [],
        notes="an untranslated Spanish letter; a residence gap before 2023",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "argueta": argueta,
    "macaraeg": macaraeg,
    "nwachukwu": nwachukwu,
    "santiago": santiago,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
