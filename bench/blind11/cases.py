# ruff: noqa: E501  (letters and papers keep their wording one printed line each)
"""The eleventh blind corpus: four invented families, each a case folder of the evidence a
legal-aid office really receives (phone photos on a desk, cards in a landscape frame a quarter
or half turn off, copier stacks of two or three documents, an IEP and a lease photographed page
by page, passports with bilingual labels, records in French, Spanish and Portuguese), a
case.yaml whose claims the documents bear out, and the truth it is scored against. Written
from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind11.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind11 import documents as doc
from tests.realistic import capture, mrz
from tests.realistic.dates import long, us
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    drawn,
    up,
    write_from_command_line,
    write_plans,
)

D = dt.date

# Every paper is dated on or before this day and the claimed residence is covered up to it
# (but for the gap the truth expects). After late 2027 the newest evidence is more than a year
# old; move the dates on then.
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


def _passport(
    label: str,
    person: Person,
    language: Any,
    seed: int,
    *,
    country: str,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    personal: str = "",
    **kw: Any,
) -> Paper:
    zone = mrz.td3(
        kind="P",
        country=country,
        surname=person.surname,
        given=person.given,
        number=number,
        nationality=country,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
        personal=personal,
    )
    sheets = doc.passport(
        person=person,
        seed=seed,
        code=country,
        number=number,
        zone=zone,
        issued=issued,
        expiry=expiry,
        **kw,
    )
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _both(paper: Paper, other: Person) -> Paper:
    """A paper a paralegal could file under either person."""
    assert isinstance(paper.about, str)
    paper.about = (paper.about, other.name)
    return paper


ENGLISH_LABELS = [
    "Type",
    "Country Code",
    "Passport No.",
    "Surname",
    "Given Names",
    "Nationality",
    "Date of Birth",
    "Sex",
    "Place of Birth",
    "Date of Issue",
    "Date of Expiry",
    "Authority",
]


# ---------------------------------------------------------------- 1. Clarksville, Tennessee


def chepkwony() -> CasePlan:
    """A Kenyan Army veteran in Clarksville, enlisted through MAVNI, renewing a 2025 denial
    after the VA raised his PTSD rating to 70 percent: a Kenyan passport a quarter turn off, a
    Kenyan certificate of birth, the DD 214, the VA decision (two pages) and his daughter's
    Tennessee birth certificate in one copier PDF, three W-2s in another, a lease photographed
    page by page, an employer's and a VFW post's letters, OPLA's denial, a G-28. His student
    years (2008-2013) have no paper: a true residence gap."""
    geoffrey = Person("Geoffrey Kiplagat", "Chepkwony", D(1986, 3, 2), "M", "Eldoret")
    faith = Person("Faith Jeptoo", "Kosgei", D(1989, 1, 12), "F", "Kapsabet")
    amani = Person("Amani Chelangat", "Chepkwony", D(2021, 6, 18), "F", "Clarksville")
    street, city = "1472 Needmore Road, Apt 12", "Clarksville, TN 37040"
    rep = _rep(
        "Tamsin Okafor-Reyes",
        "Cumberland Valley Immigrant Justice Project",
        ["310 Franklin Street, Suite 4", "Clarksville, TN 37040"],
        "931-555-0148",
        "tokafor@cvijp.example",
        "TK552019",
    )
    a_number = "217-448-309"
    seed = 11100
    employer = [
        "RED RIVER DISTRIBUTION CENTER LLC",
        "2250 INTERNATIONAL BLVD",
        "CLARKSVILLE TN 37040",
    ]

    def w2(year: int, wages: float, n: int) -> Paper:
        return drawn(
            f"w2_{year}",
            doc.w2(
                geoffrey,
                "4417",
                [street.upper(), city.upper()],
                employer,
                "62-1849307",
                year,
                wages,
                "TN",
                "",
                f"RR{year}-0{n}883",
            ),
            "tax_record",
            geoffrey,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )

    passport = _passport(
        "kenya_passport",
        geoffrey,
        "en",
        seed,
        country="KEN",
        number="AK0582241",
        issued=D(2023, 5, 2),
        expiry=D(2033, 5, 1),
        header=["REPUBLIC OF KENYA", "JAMHURI YA KENYA", "PASSPORT / PASIPOTI"],
        labels=ENGLISH_LABELS,
        nationality="KENYAN",
        authority="DIRECTORATE OF IMMIGRATION, WASHINGTON DC",
        tint=((232, 238, 228), (214, 228, 210)),
    )
    birth = drawn(
        "kenya_certificate_of_birth",
        doc.kenya_birth(
            geoffrey,
            "Wilson Kiprotich Chepkwony",
            "Esther Jelimo Chepkwony",
            "1147",
            "0481529",
            D(2008, 3, 14),
        ),
        "birth_certificate",
        geoffrey,
        "identity",
    )
    dd214 = drawn(
        "dd214_aug2009",
        doc.dd214(
            geoffrey,
            "4417",
            D(2013, 4, 9),
            D(2019, 5, 14),
            "CLARKSVILLE, TN",
            f"{street.upper()}, {city.upper()}",
        ),
        "military_record",
        geoffrey,
        "military_service",
        proves=(D(2013, 4, 9), D(2019, 5, 14)),
    )
    va = drawn(
        "va_rating_decision",
        doc.va_rating_letter(geoffrey, "4417", [street, city], D(2026, 2, 11), D(2025, 10, 1)),
        ("military_record", "medical_record", "other"),
        geoffrey,
        ("military_service", "medical"),
        proves=(D(2026, 2, 11), D(2026, 2, 11)),
    )
    tn_birth = drawn(
        "tennessee_certificate_of_birth",
        doc.tennessee_birth(
            amani,
            faith,
            geoffrey,
            "TENNOVA HEALTHCARE - CLARKSVILLE",
            "MONTGOMERY",
            "2021-0418876",
            D(2021, 6, 29),
            D(2025, 11, 3),
        ),
        "birth_certificate",
        amani,
        "us_family",
    )
    lease = drawn(
        "tennessee_lease",
        doc.lease(
            title="RESIDENTIAL LEASE AGREEMENT",
            state_line="State of Tennessee - Uniform Residential Landlord and Tenant Act, T.C.A. § 66-28",
            landlord="Needmore Crossing Apartments, LLC, by its agent Volunteer Property Group",
            tenants=["Geoffrey K. Chepkwony", "Faith J. Kosgei"],
            premises=f"{street}, {city}",
            start=D(2023, 8, 1),
            end=D(2025, 7, 31),
            rent=1185.0,
            deposit=1185.0,
            signed=D(2023, 7, 17),
            clauses=[
                "6. OCCUPANTS. The Premises shall be occupied only by the Tenants named above and "
                "by their minor child. Guests staying longer than fourteen (14) days require the "
                "Landlord's written consent.",
                "7. UTILITIES. Tenant shall place electric service (CDE Lightband) in Tenant's name. "
                "Landlord supplies water, sewer and trash removal.",
                "8. MILITARY CLAUSE. A Tenant who is a member of the armed forces may end this "
                "Lease as provided in T.C.A. § 66-28-402 and the Servicemembers Civil Relief Act.",
                "9. MAINTENANCE. Tenant shall keep the Premises clean and safe and report needed "
                "repairs promptly through the resident portal. Landlord shall make repairs needed "
                "to keep the Premises fit and habitable.",
                "10. ENTRY. Landlord may enter at reasonable times after twenty-four (24) hours' "
                "notice to inspect, repair or show the Premises, and at any time in an emergency.",
                "11. PETS. No pets without a signed pet addendum. Service animals are not pets.",
                "12. DEFAULT. If Tenant fails to pay rent when due, Landlord may give fourteen (14) "
                "days' written notice and end this Lease as the Act allows.",
                "13. ENTIRE AGREEMENT. This Lease and its addenda (move-in checklist, community "
                "rules) are the entire agreement of the parties.",
            ],
        ),
        "residence_record",
        geoffrey,
        "length_of_residence",
        proves=(D(2023, 8, 1), D(2025, 7, 31)),
    )
    work = drawn(
        "employer_letter",
        doc.letter(
            (
                "Red River Distribution Center",
                ["2250 International Boulevard", "Clarksville, Tennessee 37040", "(931) 555-0116"],
                (150, 40, 30),
                "house",
            ),
            long(D(2026, 10, 20)),
            [],
            None,
            "To Whom It May Concern:",
            [
                "I am the operations manager of the Red River Distribution Center and I have "
                "supervised Geoffrey Chepkwony since he joined us on July 8, 2019, two months after "
                "he left the Army.",
                "Geoffrey is our Inventory Control Lead on first shift. He works full time, forty "
                "hours a week, Monday through Friday from 6:00 a.m. to 2:30 p.m., and he is paid "
                "$23.40 an hour. He leads a team of nine associates, runs the cycle counts for the "
                "whole building, trains new hires on the warehouse management system and is one "
                "of our certified forklift trainers.",
                "He has never had a disciplinary write-up. When he needs time for his VA "
                "appointments he arranges it ahead and makes up the hours. In 2024 he was our "
                "Associate of the Year. We would be glad to keep him on for as long as he wants "
                "the job; you can reach me at the number above.",
            ],
            "Sincerely,",
            "Rodney J. Pruitt",
            ["Operations Manager"],
        ),
        "employment_letter",
        geoffrey,
        "employment_and_taxes",
        proves=(D(2019, 7, 8), D(2026, 10, 20)),
    )
    vfw = drawn(
        "vfw_post_letter",
        doc.letter(
            (
                "Veterans of Foreign Wars of the United States",
                ["Sgt. Leroy Hatcher Post 9117", "418 Kraft Street, Clarksville, TN 37040"],
                (30, 50, 120),
                "star",
            ),
            long(D(2026, 9, 28)),
            [],
            None,
            "To whom it may concern,",
            [
                "I am the commander of VFW Post 9117. Staff Sergeant Geoffrey Chepkwony became a "
                "life member of our post in 2020, after he came home from his tour at Fort Campbell "
                "and the deployment to Afghanistan that is on his discharge papers.",
                "He is our service officer's right hand. Two Saturdays a month he sits with "
                "younger veterans and their families and helps them gather records for their "
                "VA claims, and he has translated for Swahili-speaking families from the "
                "post's refugee outreach. Every December he organizes our Wreaths Across America "
                "day at the state veterans cemetery, and he has carried our colors in the "
                "Veterans Day parade for five years.",
                "He served this country with honor and he is one of us. Our post asks that he "
                "be allowed to stay with his daughter and keep serving this community.",
            ],
            "In comradeship,",
            "Harold W. Kimbrough",
            ["Commander, VFW Post 9117", "U.S. Army (Ret.)"],
        ),
        "letter_of_support",
        geoffrey,
        ("community_ties", "military_service"),
    )
    denial = drawn(
        "opla_denial",
        doc.letter(
            (
                "U.S. Department of Homeland Security",
                [
                    "U.S. Immigration and Customs Enforcement",
                    "Office of the Principal Legal Advisor - Memphis",
                    "167 North Main Street, Suite 1201",
                    "Memphis, TN 38103",
                ],
                (40, 50, 80),
                "shield",
            ),
            long(D(2025, 3, 18)),
            [rep["name"], rep["organization"], *rep["address"]],
            f"Re: CHEPKWONY, Geoffrey Kiplagat   A# {a_number}",
            f"Dear {rep['name']}:",
            [
                "The Office of the Principal Legal Advisor (OPLA) has received and reviewed your "
                "request for prosecutorial discretion on behalf of the above-referenced noncitizen, "
                "received on January 21, 2025.",
                "After careful consideration of the totality of the circumstances, OPLA declines "
                "to exercise prosecutorial discretion in this matter at this time. This decision "
                "does not preclude the noncitizen from pursuing any relief or protection for "
                "which he may be eligible before the immigration court.",
                "OPLA may reconsider this decision if presented with new, material information "
                "that was not previously available. This letter is not a decision on the merits "
                "of any application and creates no right or benefit.",
            ],
            "Sincerely,",
            "OPLA Memphis",
            ["Chief Counsel (Acting)", "Office of the Principal Legal Advisor"],
        ),
        "other",
        geoffrey,
        "other",
    )
    g28 = drawn(
        "g28",
        doc.g28(geoffrey, a_number, rep, D(2026, 10, 2), [street, city]),
        "g28",
        geoffrey,
        "other",
    )
    placed = [
        capture.card_photo(passport, "scans/IMG_20261004_091233.jpg", seed + 1, turn=90),
        capture.scan(birth, "scans/kenya birth certificate.jpg", seed + 2, colour=True),
        capture.desk(
            dd214, "scans/DD214.jpg", seed + 3, long_side=1800, surface="pale", quality=62
        ),
        capture.copier([va, tn_birth], "scans/VA letter and Amani birth cert.pdf", seed + 4),
        capture.copier(
            [w2(2020, 41876.2, 1), w2(2021, 44120.8, 2), w2(2022, 46905.35, 3)],
            "scans/W2s 2020-2022.pdf",
            seed + 5,
        ),
        capture.desk(lease, ["scans/lease p1.jpg", "scans/lease p2.jpg"], seed + 6, long_side=1500),
        capture.desk(work, "scans/IMG_20261021_171502.jpg", seed + 8, dim=False),
        capture.scan(vfw, "scans/VFW letter.pdf", seed + 9, dpi=150),
        capture.scan(denial, "scans/OPLA denial 2025.pdf", seed + 10, dpi=150),
        capture.scan(g28, "scans/G-28.pdf", seed + 11, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": geoffrey.name,
            "a_number": a_number,
            "date_of_birth": geoffrey.born,
            "country": "Kenya",
            "entered_us": D(2008, 8, 21),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Memphis, TN",
            "next_hearing": D(2027, 4, 13),
            "hearing_type": "master",
            "opla_office": "Memphis",
            "charges": ["INA 237(a)(1)(C)(i)"],
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 3, 18),
                "outcome": "denied",
                "changes": "Since the denial the VA raised his rating for service-connected "
                "post-traumatic stress disorder to 70 percent (February 2026), and he has kept "
                "working full time and caring for his daughter.",
            },
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2008, 8, 21),
            "children": [{"name": amani.name, "date_of_birth": amani.born, "status": "usc"}],
            "military": {"member": "self", "branch": "Army"},
            "community_ties": True,
        },
    }
    findings = [
        # He came as a student in August 2008; nothing in the folder is dated before he
        # enlisted in April 2013.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        {"code": "unclassified-document", "file": "scans/OPLA denial 2025.pdf"},
    ]
    return CasePlan(
        "chepkwony",
        "blind11",
        case,
        placed,
        findings,
        allowed,
        notes="a renewal; a true residence gap 2008-2013 (his student years, undocumented here)",
    )


# ---------------------------------------------------------------- 2. Providence, Rhode Island


def niyonzima() -> CasePlan:
    """A Burundian mother in Providence whose son has autism and an IEP: a passport in French
    and English, a Burundian extrait d'acte de naissance photographed on a pale desk with its
    translation, two Rhode Island birth certificates in one PDF (the children carry their own
    names, not hers), the IEP photographed page by page, the school psychologist's two-page
    evaluation and the speech therapist's letter in one PDF, two pay stubs in another, a G-28."""
    claudine = Person("Claudine", "Niyonzima", D(1990, 7, 14), "F", "Ngozi")
    divin = Person("Divin", "Irakoze", D(2017, 3, 22), "M", "Providence")
    grace = Person("Grace", "Ineza", D(2020, 11, 5), "F", "Providence")
    father = "Pacifique Habonimana"
    street, city = "118 Potters Avenue, 2nd Floor", "Providence, RI 02905"
    rep = _rep(
        "Odile Fontaine-Mbeki",
        "Narragansett Bay Immigrant Legal Clinic",
        ["1 Empire Plaza, Suite 610", "Providence, RI 02903"],
        "401-555-0193",
        "ofontaine@nbilc.example",
        "RF730418",
    )
    translator = {
        "name": "Aline Nkurunziza-Baptiste",
        "address": ["44 Gallup Street", "Providence, RI 02905"],
        "phone": "401-555-0127",
    }
    a_number = "218-903-455"
    seed = 11200
    passport = _passport(
        "burundi_passport",
        claudine,
        ["fr", "en"],
        seed,
        country="BDI",
        number="OP0148823",
        issued=D(2022, 9, 12),
        expiry=D(2032, 9, 11),
        header=["REPUBLIQUE DU BURUNDI / REPUBLIC OF BURUNDI", "PASSEPORT / PASSPORT"],
        labels=[
            "Type/Type",
            "Code/Code",
            "N° du passeport/Passport No.",
            "Nom/Surname",
            "Prénoms/Given names",
            "Nationalité/Nationality",
            "Date de naissance/Date of birth",
            "Sexe/Sex",
            "Lieu de naissance/Place of birth",
            "Date de délivrance/Date of issue",
            "Date d'expiration/Date of expiry",
            "Autorité/Authority",
        ],
        nationality="BURUNDAISE",
        authority="PAFE BUJUMBURA",
        date_language="fr",
        tint=((236, 228, 232), (222, 212, 228)),
    )
    acte = drawn(
        "burundi_extrait_acte_naissance",
        doc.burundi_acte(
            claudine, "Bizimana Théogène", "Nahimana Spéciose", "1204/1990", D(2014, 2, 3)
        ),
        "birth_certificate",
        claudine,
        "identity",
        "fr",
    )
    acte_en = drawn(
        "burundi_acte_translation",
        doc.translation(
            "EXTRACT OF BIRTH RECORD",
            [
                "REPUBLIC OF BURUNDI - MINISTRY OF THE INTERIOR",
                "PROVINCE OF NGOZI - COMMUNE OF NGOZI",
                "CIVIL REGISTRY SERVICE - No. 1204/1990",
            ],
            [
                "In the year nineteen hundred and ninety, on the 14th of July, a child of female "
                "sex was born at Ngozi, Province of Ngozi, who was given the name of:",
                "NIYONZIMA Claudine",
                "Daughter of: BIZIMANA Théogène, farmer, residing at Ngozi",
                "And of: NAHIMANA Spéciose, homemaker, residing at Ngozi",
                "On the declaration of the father, made on July 30, 1990 before Us, Civil Registry "
                "Officer of the Commune of Ngozi, who drew up this record entered in the register "
                "of births for the year 1990, volume II, folio 87.",
                "Certified true extract of the register. Issued at Ngozi, on 02/03/2014.",
                "The Civil Registry Officer [signature] NDIKUMANA Jean-Bosco. [Stamp: COMMUNE NGOZI - "
                "CIVIL REGISTRY - BURUNDI]. Fees collected: 2,000 FBu, receipt no. 0045117.",
            ],
            [
                f"I, {translator['name']}, certify that I am competent to translate from French "
                "into English, and that the above is a complete and accurate translation of the "
                "attached Extrait d'acte de naissance of NIYONZIMA Claudine, to the best of my "
                "knowledge and ability.",
            ],
            translator["name"],
            [*translator["address"], f"Tel. {translator['phone']}"],
            D(2026, 9, 14),
        ),
        "certificate_of_translation",
        claudine,
        "identity",
    )

    def ri(child: Person, hospital: str, number: str, issued: dt.date) -> Paper:
        return drawn(
            "rhode_island_certificate_of_live_birth",
            doc.rhode_island_birth(child, claudine, father, hospital, number, issued),
            "birth_certificate",
            child,
            "us_family",
        )

    iep = drawn(
        "rhode_island_iep",
        doc.iep(
            divin, claudine, "1003874412", D(2026, 10, 6), "MARY E. FOGARTY ELEMENTARY", "Third"
        ),
        "school_record",
        divin,
        ("caretaker", "education", "medical", "us_family"),
    )
    psych = drawn(
        "school_psychologist_evaluation",
        doc.psych_evaluation(divin, claudine, D(2025, 9, 30), "Mary E. Fogarty Elementary"),
        ("school_record", "medical_record"),
        divin,
        ("caretaker", "medical", "education"),
    )
    slp = drawn(
        "speech_therapist_letter",
        doc.letter(
            (
                "Ocean State Pediatric Therapy",
                [
                    "Speech-Language Pathology · Occupational Therapy",
                    "1010 Chalkstone Avenue, Providence, RI 02908",
                    "Tel (401) 555-0162  Fax (401) 555-0163",
                ],
                (20, 110, 120),
                "leaf",
            ),
            long(D(2026, 8, 24)),
            [],
            f"RE: Divin Irakoze    DOB: {us(divin.born)}",
            "To Whom It May Concern:",
            [
                "Divin has been seen at our clinic for outpatient speech-language therapy since "
                "September 2022 under the diagnoses of autism spectrum disorder (F84.0) and mixed "
                "receptive-expressive language disorder (F80.2). He is currently seen twice "
                "weekly for 45-minute sessions, in addition to the services he receives at school.",
                "At intake Divin used single words and gestures. He now combines two to three "
                "words to request and protest, follows routine one-step directions and is "
                "beginning to answer simple 'what' and 'where' questions. He still depends on "
                "picture supports and on an adult who knows his signals.",
                "His mother, Ms. Niyonzima, has brought him to nearly every session for four "
                "years. She takes part in each visit, practises the home program every day and "
                "has learned to use his communication board in Kirundi, French and English. "
                "Consistency of caregiver and routine is essential for a child with Divin's "
                "profile; an interruption would very likely cause regression in the skills he "
                "has worked hard to gain.",
            ],
            "Respectfully,",
            "Brianna Kettle",
            ["Brianna Kettle, M.S., CCC-SLP", "Speech-Language Pathologist, RI License SLP01882"],
        ),
        "medical_record",
        divin,
        ("caretaker", "medical"),
    )
    employer = [
        "PAWTUXET VALLEY HOSPITAL",
        "Environmental Services Department",
        "600 Pontiac Avenue, Cranston, RI 02910",
    ]

    def stub(period: tuple[dt.date, dt.date], paid: dt.date, ytd: float) -> Paper:
        return drawn(
            "hospital_earnings_statement",
            doc.pay_stub(
                claudine, "PV-208841", employer, period, paid, 64.0, 19.85, ytd, "EVS 2nd shift"
            ),
            "pay_record",
            claudine,
            "employment_and_taxes",
            proves=period,
        )

    g28 = drawn(
        "g28",
        doc.g28(claudine, a_number, rep, D(2026, 10, 14), [street, city]),
        "g28",
        claudine,
        "other",
    )
    placed = [
        capture.card_photo(passport, "scans/passport.jpg", seed + 1, quality=55),
        capture.desk(acte, "scans/IMG_4471.jpg", seed + 2, surface="pale", tilt=0.08),
        capture.scan(acte_en, "scans/acte translation.pdf", seed + 3),
        capture.copier(
            [
                ri(divin, "WOMEN & INFANTS HOSPITAL", "2017-001733", D(2024, 4, 2)),
                ri(grace, "WOMEN & INFANTS HOSPITAL", "2020-004918", D(2024, 4, 2)),
            ],
            "scans/kids birth certificates.pdf",
            seed + 4,
        ),
        capture.desk(
            iep, ["scans/IEP page 1.jpg", "scans/IEP page 2.jpg"], seed + 5, long_side=1700
        ),
        capture.copier([psych, slp], "scans/Divin evaluations.pdf", seed + 7),
        capture.copier(
            [
                stub((D(2026, 9, 27), D(2026, 10, 10)), D(2026, 10, 16), 31780.4),
                stub((D(2026, 10, 11), D(2026, 10, 24)), D(2026, 10, 30), 33104.8),
            ],
            "scans/paystubs.pdf",
            seed + 8,
        ),
        capture.scan(g28, "scans/G28 Niyonzima.pdf", seed + 9, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": claudine.name,
            "a_number": a_number,
            "date_of_birth": claudine.born,
            "country": "Burundi",
            "entered_us": D(2015, 6, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "individual",
            "opla_office": "Boston",
            "relief_sought": ["asylum (Form I-589)"],
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "children": [
                {"name": divin.name, "date_of_birth": divin.born, "status": "usc"},
                {"name": grace.name, "date_of_birth": grace.born, "status": "usc"},
            ],
            "caretaker": {"person": divin.name, "condition": "autism spectrum disorder"},
        },
        "translator": translator,
    }
    return CasePlan(
        "niyonzima",
        "blind11",
        case,
        placed,
        notes="no deliberate finding; the children's surnames are not their mother's",
    )


# ---------------------------------------------------------------- 3. Tucson, Arizona


def olivera() -> CasePlan:
    """A Uruguayan son in Tucson, filing pro se, the caregiver of his US-citizen mother with
    Alzheimer's disease: a passport in Spanish and English photographed upside down, a
    testimonio de partida with a friend's translation whose certificate never says the
    translation is accurate, his mother's certificate of naturalization, her discharge summary
    (two pages) and her doctor's letter in one PDF, three tax return transcripts in another,
    a power bill, a two-year lease, the county caregiver program's letter, a parish letter."""
    martin = Person("Martín Ezequiel", "Olivera Pereyra", D(1979, 11, 3), "M", "Montevideo")
    nelida = Person("Nélida", "Pereyra Silva", D(1946, 4, 27), "F", "Montevideo")
    street, city = "4418 E. Calle Aurora", "Tucson, AZ 85711"
    translator = {
        "name": "Rosana Ibarra",
        "address": ["2215 N. Columbus Blvd.", "Tucson, AZ 85712"],
        "phone": "520-555-0175",
    }
    a_number = "220-617-084"
    seed = 11300
    passport = _passport(
        "uruguay_passport",
        martin,
        ["es", "en"],
        seed,
        country="URY",
        number="C482913",
        issued=D(2018, 11, 20),
        expiry=D(2028, 11, 19),
        personal="43721558",
        header=["REPÚBLICA ORIENTAL DEL URUGUAY", "PASAPORTE / PASSPORT"],
        labels=[
            "Tipo/Type",
            "Código/Code",
            "Pasaporte N°/Passport No.",
            "Apellidos/Surname",
            "Nombres/Given names",
            "Nacionalidad/Nationality",
            "Fecha de nacimiento/Date of birth",
            "Sexo/Sex",
            "Lugar de nacimiento/Place of birth",
            "Fecha de expedición/Date of issue",
            "Fecha de vencimiento/Date of expiry",
            "Autoridad/Authority",
        ],
        nationality="URUGUAYA",
        authority="DNIC MONTEVIDEO",
        date_language="es",
        tint=((228, 234, 244), (210, 222, 240)),
    )
    partida = drawn(
        "uruguay_testimonio_partida",
        doc.uruguay_partida(
            martin, "Washington Olivera Acosta", "Nélida Pereyra Silva", "1.287", D(2018, 10, 4)
        ),
        "birth_certificate",
        martin,
        "identity",
        "es",
    )
    partida_en = drawn(
        "uruguay_partida_translation",
        doc.translation(
            "CERTIFIED COPY OF BIRTH RECORD",
            [
                "EASTERN REPUBLIC OF URUGUAY",
                "MINISTRY OF EDUCATION AND CULTURE",
                "GENERAL DIRECTORATE OF THE CIVIL REGISTRY",
            ],
            [
                "Department: Montevideo. Judicial Section: 4th. Year: 1979. Record No.: 1.287.",
                "In Montevideo, on the fifth day of November of nineteen hundred seventy-nine, "
                "before me, Civil Registry Officer of the Fourth Judicial Section, appears "
                "Washington Olivera Acosta, Uruguayan, thirty-four years old, employee, residing "
                "at 2417 Garibaldi Street, and declares that on November 3, 1979 at two twenty in "
                "the afternoon, at the Pereira Rossell Hospital of this city, a male child was born "
                "who was given the name MARTÍN EZEQUIEL, son of the declarant and of Nélida Pereyra "
                "Silva, Uruguayan, thirty-three years old, homemaker, of the same address. "
                "Paternal grandparents: Ramón Olivera and Blanca Acosta. Maternal grandparents: "
                "Héctor Pereyra and Nélida Silva. Witnesses: Julio Sosa and Raquel Ferreira.",
                "MARGINAL NOTES: None.",
                "TRUE COPY of the original record in this Registry. Montevideo, October 4, 2018. "
                "[signature] Civil Registry Officer. [Seal: CIVIL REGISTRY - MONTEVIDEO]",
            ],
            [
                f"I, {translator['name']}, hereby certify that I am fluent in the Spanish and "
                "English languages and competent to translate from Spanish into English.",
            ],
            translator["name"],
            [*translator["address"], translator["phone"]],
            D(2026, 8, 30),
        ),
        "certificate_of_translation",
        martin,
        "identity",
    )
    n550 = drawn(
        "certificate_of_naturalization",
        doc.naturalization_certificate(
            nelida, "A071338204", "33487219", D(2012, 3, 14), "Phoenix, Arizona"
        ),
        "naturalization_certificate",
        nelida,
        ("caretaker", "us_family"),
    )
    discharge = drawn(
        "hospital_discharge_summary",
        doc.discharge_summary(nelida, martin, D(2026, 1, 18), D(2026, 1, 23), "SRM-0488172"),
        "medical_record",
        nelida,
        ("caretaker", "medical"),
    )
    doctor = drawn(
        "geriatrician_letter",
        doc.letter(
            (
                "Sonoran Senior Health Associates",
                [
                    "Geriatric Medicine",
                    "1601 N. Tucson Blvd., Suite 14",
                    "Tucson, AZ 85716  ·  (520) 555-0151",
                ],
                (120, 70, 30),
                "cross",
            ),
            long(D(2026, 9, 8)),
            [],
            f"Re: Nélida Pereyra Silva, DOB {us(nelida.born)}",
            "To Whom It May Concern:",
            [
                "I have been Mrs. Pereyra's primary care physician since 2016. She is 80 years old "
                "and has Alzheimer's disease, now at a moderate stage (Montreal Cognitive Assessment "
                "11/30 in August 2026, down from 19/30 in 2020). She also has hypertension and "
                "osteoporosis and broke her wrist in a fall in 2024.",
                "She can no longer manage her medications, money, meals or bathing on her own, and "
                "she has wandered out of the house at night. She needs supervision around the clock. "
                "Her son, Martín Olivera Pereyra, has lived with her since 2019 and is her full-time "
                "caregiver. He gives her medicines, brings her to every appointment, and is the "
                "person the care team calls. He was with her throughout her hospital stay in "
                "January 2026 for delirium from a urinary infection.",
                "Mrs. Pereyra has no other family in the United States able to care for her. In my "
                "medical opinion, losing her son's care would very likely mean placement in a "
                "memory-care facility and a serious decline in her health.",
            ],
            "Sincerely,",
            "Alan J. Whitaker",
            ["Alan J. Whitaker, MD", "Board Certified, Internal Medicine and Geriatric Medicine"],
        ),
        "medical_record",
        nelida,
        ("caretaker", "medical"),
    )

    def irs(year: int, income: float, requested: dt.date) -> Paper:
        return drawn(
            f"tax_return_transcript_{year}",
            doc.tax_return_transcript(martin, "7731", "4418 E CALLE AUR", year, income, requested),
            "tax_record",
            martin,
            "employment_and_taxes",
            proves=(max(D(year, 1, 1), D(2019, 3, 15)), D(year, 12, 31)),
        )

    bill = drawn(
        "power_bill",
        doc.power_bill(
            martin,
            "2231-0874-55",
            [street, city],
            (D(2021, 9, 8), D(2021, 10, 7)),
            D(2021, 10, 11),
            1184,
            156.71,
        ),
        "residence_record",
        martin,
        "length_of_residence",
        proves=(D(2021, 9, 8), D(2021, 10, 7)),
    )
    lease = drawn(
        "arizona_lease",
        doc.lease(
            title="RESIDENTIAL RENTAL AGREEMENT",
            state_line="Arizona Residential Landlord and Tenant Act, A.R.S. § 33-1301 et seq.",
            landlord="Catalina Vista Rentals, LLC",
            tenants=["Martín E. Olivera Pereyra", "Nélida Pereyra Silva"],
            premises=f"{street}, {city}",
            start=D(2022, 8, 1),
            end=D(2024, 7, 31),
            rent=1340.0,
            deposit=1340.0,
            signed=D(2022, 7, 22),
            clauses=[
                "6. OCCUPANTS. The Premises shall be occupied only by the persons named above.",
                "7. ACCESSIBILITY. Landlord consents to the installation of grab bars in the bathroom "
                "and a handrail at the rear steps at Tenant's expense.",
                "8. UTILITIES. Tenant shall pay electric and gas service; Landlord pays water, sewer "
                "and refuse.",
                "9. TAX. Rent includes the City of Tucson residential rental tax where applicable.",
                "10. LANDLORD'S ENTRY. Landlord shall give two (2) days' notice before entering, "
                "except in an emergency (A.R.S. § 33-1343).",
                "11. BED BUGS AND POOL. Tenant acknowledges the bed bug and pool safety notices "
                "required by Arizona law were received.",
                "12. MOVE-IN INSPECTION. Tenant received the move-in inspection form and shall return "
                "it within five (5) days.",
            ],
        ),
        "residence_record",
        martin,
        "length_of_residence",
        proves=(D(2022, 8, 1), D(2024, 7, 31)),
    )
    caregiver_program = drawn(
        "caregiver_program_letter",
        doc.letter(
            (
                "Pima Area Agency on Aging",
                [
                    "Family Caregiver Support Program",
                    "8467 E. Broadway Blvd., Tucson, AZ 85710",
                    "Helpline (520) 555-0188",
                ],
                (60, 100, 60),
                "leaf",
            ),
            long(D(2026, 3, 9)),
            [up(martin.first) + " OLIVERA PEREYRA", street, city],
            "Re: Enrollment - Family Caregiver Support Program",
            "Dear Mr. Olivera Pereyra:",
            [
                "Thank you for meeting with our care coordinator on March 2, 2026. Your enrollment "
                "in the Family Caregiver Support Program as the caregiver of your mother, Nélida "
                "Pereyra Silva, has been approved.",
                "Based on the assessment, your mother needs help with six activities of daily "
                "living. You have been approved for up to 16 hours of in-home respite each month, "
                "the Savvy Caregiver dementia training series (six weekly sessions, in Spanish) "
                "and one incontinence supply delivery each month.",
                "Your care coordinator is Yesenia Robles. Please call her if your mother's needs "
                "change or if you are hospitalized or unable to provide care, so that we can "
                "arrange emergency respite.",
            ],
            "Sincerely,",
            "Yesenia Robles",
            ["Care Coordinator, Family Caregiver Support Program"],
        ),
        ("letter_of_support", "other"),
        martin,
        ("caretaker", "community_ties"),
        proves=(D(2026, 3, 9), D(2026, 3, 9)),
    )
    _both(caregiver_program, nelida)
    parish = drawn(
        "parish_letter",
        doc.letter(
            (
                "Our Lady of the Desert Catholic Parish",
                ["3030 N. Swan Road, Tucson, AZ 85712", "Parish Office (520) 555-0144"],
                (110, 30, 60),
                "cross",
            ),
            long(D(2026, 10, 4)),
            [],
            None,
            "To whom it may concern:",
            [
                "Martín Olivera has been a registered parishioner here since the spring of 2019, "
                "when he came to Tucson to look after his mother, Nélida, who has belonged to "
                "this parish since 1998.",
                "Until her illness made it too hard, the two of them came to the 9:30 Spanish Mass "
                "every Sunday. Now Martín comes when a neighbour can sit with her, and our "
                "ministers of care bring her Communion at home. He volunteers at our Saturday "
                "food pantry, and he has repaired the parish hall's doors and the pantry shelving "
                "without charge.",
                "He is a gentle, patient man, and his mother depends on him for everything.",
            ],
            "In Christ,",
            "Rev. Tomás Echeverría",
            ["Pastor"],
        ),
        "letter_of_support",
        martin,
        "community_ties",
    )
    placed = [
        capture.card_photo(passport, "scans/pasaporte.jpg", seed + 1, turn=180),
        capture.scan(partida, "scans/partida nacimiento.jpg", seed + 2, colour=True),
        capture.scan(partida_en, "scans/partida english.jpg", seed + 3),
        capture.desk(n550, "scans/mom naturalization.jpg", seed + 4, long_side=1800, quality=70),
        capture.copier([discharge, doctor], "scans/mama medical.pdf", seed + 5),
        capture.copier(
            [
                irs(2019, 18420.0, D(2026, 8, 11)),
                irs(2020, 16935.0, D(2026, 8, 11)),
                irs(2025, 22160.0, D(2026, 8, 11)),
            ],
            "scans/IRS transcripts.pdf",
            seed + 6,
        ),
        capture.desk(bill, "scans/DVP bill.jpg", seed + 9, surface="pale", dim=False),
        capture.scan(lease, "scans/lease 2022.pdf", seed + 10, dpi=150),
        capture.desk(caregiver_program, "scans/IMG_3390.jpg", seed + 12, turn=270),
        capture.scan(parish, "scans/carta parroquia.jpg", seed + 13),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": martin.name,
            "a_number": a_number,
            "date_of_birth": martin.born,
            "country": "Uruguay",
            "entered_us": D(2019, 3, 15),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Tucson, AZ",
            "next_hearing": D(2027, 1, 26),
            "hearing_type": "master",
            "opla_office": "Phoenix",
        },
        "request": {
            "type": "administrative_closure",
            "narrative": "I came in March 2019 to take care of my mother, who is a US citizen "
            "and has Alzheimer's disease. I am the only one who takes care of her.",
        },
        "claims": {
            "residence_since": D(2019, 3, 15),
            "caretaker": {"person": nelida.name, "condition": "Alzheimer's disease"},
            "community_ties": True,
        },
        "translator": translator,
    }
    findings = [
        # The certificate says the translator is fluent and competent but never that the
        # translation is complete and accurate.
        {
            "code": "incomplete-translation-certificate",
            "file": ["scans/partida english.jpg", "scans/partida nacimiento.jpg"],
        },
    ]
    return CasePlan(
        "olivera",
        "blind11",
        case,
        placed,
        findings,
        notes="pro se; the partida's translation certificate omits the statement of accuracy",
    )


# ---------------------------------------------------------------- 4. Brockton, Massachusetts


def monteiro() -> CasePlan:
    """A Cabo Verdean father in Brockton who came at fourteen, with a 2022 arrest for assault
    and battery disclosed and dismissed: a passport in Portuguese and English a quarter turn
    off, a certidão de nascimento on the desk with its translation, the two-page arrest report
    and the certified docket in one PDF, his son's Massachusetts birth record, high school and
    community college transcripts, a Social Security earnings record, an employer's letter, a
    parish letter in Portuguese that nobody translated, a G-28."""
    adilson = Person("Adilson Jorge", "Fernandes Monteiro", D(1992, 2, 18), "M", "Praia")
    ivone = Person("Ivone", "Tavares Semedo", D(1994, 8, 2), "F", "Assomada")
    kelvin = Person("Kelvin Adilson", "Monteiro", D(2015, 9, 27), "M", "Brockton")
    street, city = "57 N. Main Street, Apt 3", "Brockton, MA 02301"
    rep = _rep(
        "Joana Rocha Pimentel",
        "South Shore Immigrant Defense Collaborative",
        ["60 Main Street, 3rd Floor", "Brockton, MA 02301"],
        "508-555-0119",
        "jpimentel@ssidc.example",
        "JR418203",
    )
    translator = {
        "name": "Maria de Fátima Gomes",
        "address": ["22 Belmont Street", "Brockton, MA 02301"],
        "phone": "508-555-0161",
    }
    a_number = "213-776-540"
    seed = 11400
    passport = _passport(
        "cabo_verde_passport",
        adilson,
        ["pt", "en"],
        seed,
        country="CPV",
        number="PA0371852",
        issued=D(2021, 6, 7),
        expiry=D(2031, 6, 6),
        header=["REPÚBLICA DE CABO VERDE", "PASSAPORTE / PASSPORT / PASSEPORT"],
        labels=[
            "Tipo/Type",
            "Código/Code",
            "Passaporte n.º/Passport No.",
            "Apelido/Surname",
            "Nome próprio/Given names",
            "Nacionalidade/Nationality",
            "Data de nascimento/Date of birth",
            "Sexo/Sex",
            "Local de nascimento/Place of birth",
            "Data de emissão/Date of issue",
            "Válido até/Date of expiry",
            "Autoridade/Authority",
        ],
        nationality="CABO-VERDIANA",
        authority="CONSULADO GERAL BOSTON",
        tint=((226, 232, 246), (214, 218, 238)),
    )
    certidao = drawn(
        "cabo_verde_certidao_nascimento",
        doc.caboverde_certidao(
            adilson, "Jorge Tavares Monteiro", "Antónia Fernandes Semedo", "1452", D(2019, 3, 11)
        ),
        "birth_certificate",
        adilson,
        "identity",
        "pt",
    )
    certidao_en = drawn(
        "cabo_verde_certidao_translation",
        doc.translation(
            "BIRTH CERTIFICATE",
            [
                "REPUBLIC OF CABO VERDE - MINISTRY OF JUSTICE",
                "CIVIL REGISTRY OFFICE OF PRAIA",
                "Entry no. 1452 of the year 1992",
            ],
            [
                "1. Name: ADILSON JORGE FERNANDES MONTEIRO",
                "2. Sex: Male",
                "3. Date of birth: the eighteenth of February of nineteen ninety-two",
                "4. Time: 7:30 a.m.",
                "5. Place: Dr. Agostinho Neto Hospital, parish of Nossa Senhora da Graça",
                "6. Municipality: Praia, island of Santiago",
                "7. Father: Jorge Tavares Monteiro, native of Santa Catarina",
                "8. Mother: Antónia Fernandes Semedo, native of Praia",
                "9. Paternal grandparents: Jorge Monteiro and Maria Tavares",
                "10. Maternal grandparents: Domingos Fernandes and Antónia Semedo",
                "11. Declarant: the father",
                "This is a true copy of the original. Civil Registry Office of Praia, March 11, "
                "2019. The Registrar, [signature] Arlindo Barbosa Lopes. [Seal]. Fees: certificate "
                "350$00, stamp 50$00.",
            ],
            [
                f"I, {translator['name']}, certify that I am fluent in Portuguese and English and "
                "competent to translate from Portuguese into English, and that this translation of "
                "the attached Certidão de Nascimento is true, complete and accurate to the best of "
                "my knowledge and ability.",
            ],
            translator["name"],
            [*translator["address"], translator["phone"]],
            D(2026, 7, 21),
        ),
        "certificate_of_translation",
        adilson,
        "identity",
    )
    arrest = drawn(
        "brockton_arrest_report",
        doc.arrest_report(adilson, f"{street.upper()}, BROCKTON MA", D(2022, 4, 9), "22-5531-OF"),
        "police_report",
        adilson,
        ("other", "rehabilitation"),
    )
    docket = drawn(
        "district_court_docket",
        doc.district_court_docket(
            adilson, "2215CR002817", D(2022, 4, 9), D(2022, 8, 15), D(2026, 6, 30)
        ),
        "court_record",
        adilson,
        ("other", "rehabilitation"),
    )
    ma_birth = drawn(
        "massachusetts_birth_record",
        doc.massachusetts_birth(
            kelvin, ivone, adilson, "GOOD SAMARITAN MEDICAL CENTER", "2015-B-01422", D(2023, 2, 6)
        ),
        "birth_certificate",
        kelvin,
        "us_family",
    )

    def course(*rows: tuple[str, str, str]) -> list[tuple[str, str, str]]:
        return list(rows)

    hs = drawn(
        "high_school_transcript",
        doc.transcript(
            school=[
                "BROCKTON CITY HIGH SCHOOL",
                "1180 Forest Avenue, Brockton, Massachusetts 02301",
                "CEEB 220415   Brockton Public Schools",
            ],
            title="OFFICIAL TRANSCRIPT",
            student=adilson,
            student_id="BPS-0614472",
            terms=[
                (
                    "Grade 9  2006-2007  (entered 09/06/2006)",
                    course(
                        ("ESL I (Cape Verdean Creole/Port.)", "B", "5.0"),
                        ("Algebra I", "B-", "5.0"),
                        ("Biology", "C+", "5.0"),
                        ("World History", "B", "5.0"),
                        ("Physical Ed.", "A", "2.0"),
                    ),
                ),
                (
                    "Grade 10  2007-2008",
                    course(
                        ("ESL II", "A-", "5.0"),
                        ("Geometry", "B", "5.0"),
                        ("Chemistry", "C+", "5.0"),
                        ("U.S. History I", "B", "5.0"),
                        ("Auto Technology I", "A", "5.0"),
                    ),
                ),
                (
                    "Grade 11  2008-2009",
                    course(
                        ("English 11", "B", "5.0"),
                        ("Algebra II", "C+", "5.0"),
                        ("Physics", "B-", "5.0"),
                        ("U.S. History II", "B", "5.0"),
                        ("Auto Technology II", "A", "5.0"),
                    ),
                ),
                (
                    "Grade 12  2009-2010",
                    course(
                        ("English 12", "B+", "5.0"),
                        ("Pre-Calculus", "C+", "5.0"),
                        ("Environmental Sci.", "B", "5.0"),
                        ("Civics", "A-", "5.0"),
                        ("Auto Technology III", "A", "5.0"),
                    ),
                ),
            ],
            footer=[
                "GRADUATION DATE: 06/11/2010     DIPLOMA: STANDARD",
                "CUMULATIVE GPA: 2.94   CREDITS EARNED: 102.0 / 100 REQUIRED",
                "MCAS: ELA NEEDS IMPROVEMENT (2008, retest PROFICIENT 2009); MATH PROFICIENT",
            ],
            issued=D(2024, 11, 19),
        ),
        "school_record",
        adilson,
        ("arrived_as_child", "education", "length_of_residence"),
        proves=(D(2006, 9, 6), D(2010, 6, 11)),
    )
    college = drawn(
        "community_college_transcript",
        doc.transcript(
            school=[
                "OLD COLONY COMMUNITY COLLEGE",
                "One College Way, Brockton, MA 02302",
                "Office of the Registrar",
            ],
            title="ACADEMIC TRANSCRIPT",
            student=adilson,
            student_id="@00418827",
            terms=[
                (
                    "Fall 2010",
                    course(
                        ("ENG101 Composition I", "B", "3"),
                        ("MAT120 Intermediate Algebra", "C", "3"),
                        ("AUT110 Automotive Electrical", "A-", "4"),
                    ),
                ),
                (
                    "Spring 2011",
                    course(
                        ("ENG102 Composition II", "B-", "3"),
                        ("AUT120 Engine Repair", "A", "4"),
                        ("PSY101 Intro. Psychology", "B", "3"),
                    ),
                ),
                (
                    "Fall 2011",
                    course(
                        ("AUT210 Brakes and Suspension", "A", "4"),
                        ("COM101 Public Speaking", "B+", "3"),
                        ("BUS101 Intro. to Business", "C+", "3"),
                    ),
                ),
                (
                    "Spring 2012  (last attended 05/16/2012)",
                    course(
                        ("AUT220 Engine Performance", "B+", "4"),
                        ("AUT230 Climate Control", "A-", "4"),
                    ),
                ),
            ],
            footer=[
                "PROGRAM: AUTOMOTIVE TECHNOLOGY (CERTIFICATE)",
                "CERTIFICATE AWARDED: 05/24/2012",
                "TOTAL CREDITS: 41   CUMULATIVE GPA: 3.18",
            ],
            issued=D(2024, 12, 2),
        ),
        "school_record",
        adilson,
        ("education", "length_of_residence"),
        proves=(D(2010, 9, 7), D(2012, 5, 16)),
    )
    earnings = [
        (2013, 9876),
        (2014, 21455),
        (2015, 26310),
        (2016, 28822),
        (2017, 31640),
        (2018, 33905),
        (2019, 36117),
        (2020, 31288),
        (2021, 38470),
        (2022, 41206),
        (2023, 42915),
        (2024, 45380),
        (2025, 47062),
    ]
    ssa = drawn(
        "ssa_earnings_record",
        doc.ssa_statement(adilson, "2286", [street, city], D(2026, 10, 14), earnings),
        ("tax_record", "pay_record", "other"),
        adilson,
        ("employment_and_taxes", "length_of_residence"),
        proves=(D(2013, 1, 1), D(2025, 12, 31)),
    )
    work = drawn(
        "employer_letter",
        doc.letter(
            (
                "Bay State Fulfillment, Inc.",
                ["400 Oak Hill Way, Brockton, MA 02301", "Human Resources  (508) 555-0170"],
                (30, 80, 140),
                "house",
            ),
            long(D(2026, 10, 27)),
            [],
            "Re: Employment verification - Adilson J. Fernandes Monteiro",
            "To Whom It May Concern:",
            [
                "This letter confirms that Adilson J. Fernandes Monteiro has worked for Bay State "
                "Fulfillment since March 4, 2019. He started as a material handler and since 2023 "
                "he has been a maintenance technician, keeping our conveyor system, dock doors "
                "and forklifts running.",
                "He is a full-time, hourly employee on second shift (2:00 p.m. to 10:30 p.m., "
                "Monday through Friday), averaging 42 hours a week, at $26.75 an hour. He has "
                "completed our OSHA 10 and lockout/tagout training and is on the site's safety "
                "committee.",
                "His attendance and performance reviews are excellent. He is eligible for rehire "
                "and we would like him to keep working here.",
            ],
            "Sincerely,",
            "Denise M. Furtado",
            ["Human Resources Manager"],
        ),
        "employment_letter",
        adilson,
        "employment_and_taxes",
        proves=(D(2019, 3, 4), D(2026, 10, 27)),
    )
    parish = drawn(
        "parish_letter_portuguese",
        doc.letter(
            (
                "Paróquia de Nossa Senhora de Fátima",
                ["Comunidade Cabo-verdiana de Brockton", "45 Pleasant Street, Brockton, MA 02301"],
                (30, 70, 130),
                "cross",
            ),
            "Brockton, 2 de outubro de 2026",
            [],
            None,
            "A quem possa interessar,",
            [
                "Venho por meio desta declarar que o Sr. Adilson Jorge Fernandes Monteiro é "
                "membro ativo da nossa comunidade paroquial desde 2007, quando chegou a Brockton "
                "ainda adolescente com a sua mãe.",
                "O Adilson faz parte do grupo de jovens desde essa altura e hoje é um dos "
                "coordenadores da equipa que prepara a festa de São João e o almoço comunitário "
                "de Natal. Ajuda também na distribuição de alimentos às famílias recém-chegadas de "
                "Cabo Verde e acompanha muitas delas às consultas, servindo de intérprete.",
                "É um pai dedicado ao seu filho Kelvin, que frequenta a catequese connosco. "
                "Conhecemo-lo como um homem trabalhador, respeitador e sempre disponível para "
                "ajudar o próximo.",
            ],
            "Com os melhores cumprimentos,",
            "Pe. Armando Varela",
            ["Pároco"],
        ),
        "letter_of_support",
        adilson,
        "community_ties",
        "pt",
    )
    g28 = drawn(
        "g28",
        doc.g28(adilson, a_number, rep, D(2026, 10, 9), [street, city]),
        "g28",
        adilson,
        "other",
    )
    placed = [
        capture.card_photo(passport, "scans/IMG_7765.jpg", seed + 1, turn=270),
        capture.desk(certidao, "scans/IMG_7768.jpg", seed + 2, long_side=1600),
        capture.scan(certidao_en, "scans/certidao translation.pdf", seed + 3),
        capture.copier([arrest, docket], "scans/court papers 2022.pdf", seed + 4),
        capture.scan(ma_birth, "scans/Kelvin birth record.jpg", seed + 6, colour=True),
        capture.scan(hs, "scans/high school transcript.pdf", seed + 7),
        capture.desk(college, "scans/IMG_7770.jpg", seed + 8, surface="pale", quality=58),
        capture.scan(ssa, "scans/SSA statement.pdf", seed + 9, dpi=150),
        capture.desk(work, "scans/IMG_7772.jpg", seed + 10, dim=False, tilt=0.04),
        capture.desk(parish, "scans/carta igreja.jpg", seed + 11, long_side=1400),
        capture.scan(g28, "scans/G-28 Monteiro.pdf", seed + 12, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": adilson.name,
            "a_number": a_number,
            "date_of_birth": adilson.born,
            "country": "Cabo Verde",
            "entered_us": D(2006, 7, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "individual",
            "opla_office": "Boston",
            "relief_sought": ["cancellation of removal for non-permanent residents (EOIR-42B)"],
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2006, 7, 20),
            "children": [{"name": kelvin.name, "date_of_birth": kelvin.born, "status": "usc"}],
            "education": True,
            "community_ties": True,
        },
        "translator": translator,
        "negative_factors": [
            {
                "kind": "arrest",
                "description": "arrest for assault and battery and disorderly conduct after a "
                "parking-lot fight in Brockton",
                "date": D(2022, 4, 9),
                "disposition": "both charges dismissed at the request of the Commonwealth on "
                "August 15, 2022",
            }
        ],
    }
    findings = [
        # The parish letter is in Portuguese and the folder holds no translation of it.
        {"code": "untranslated-document", "file": "scans/carta igreja.jpg"},
    ]
    return CasePlan(
        "monteiro",
        "blind11",
        case,
        placed,
        findings,
        notes="a disclosed, dismissed arrest; a parish letter in Portuguese left untranslated",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "chepkwony": chepkwony,
    "niyonzima": niyonzima,
    "olivera": olivera,
    "monteiro": monteiro,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
