"""The sixth blind corpus: four invented families, each a case folder of the evidence a
legal-aid office really receives (phone photos on a desk, a passport and a work permit in a
landscape frame a quarter turn off, copier stacks of several documents, a lease and a police
report photographed page by page, civil records in Vietnamese, Spanish and Ukrainian with
their translations), a case.yaml whose claims the documents bear out, and the truth it is
scored against. Written from plain descriptions of real documents, without reading the rules.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind6.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind6 import documents as doc
from tests.realistic import capture
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date

# The date the corpus is written as of: every letter and stub is dated on or before it, and a
# claimed residence is covered up to it. Move the dates on before late 2027.
AS_OF = D(2026, 11, 30)

CORPUS = "blind6"


def _rep(
    name: str, org: str, address: list[str], phone: str, email: str, eoir: str, bar: tuple[str, str]
) -> dict[str, Any]:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
        "bar_state": bar[0],
        "bar_number": bar[1],
    }


def _representative(rep: dict[str, Any]) -> dict[str, Any]:
    return {k: rep[k] for k in ("name", "organization", "address", "phone", "email", "eoir_id")}


# ---------------------------------------------------------------- 1. Wichita, Kansas


def nguyen() -> CasePlan:
    """A Vietnamese mother of two US-citizen children in Wichita who cares for her husband
    after a spinal cord injury, filing pro se: a bilingual Vietnamese passport, a giấy khai
    sinh photographed on the desk with its translation, two Kansas birth certificates, two
    W-2s in one copier PDF, a two-page lease and rent receipts in another. Her evidence of the
    years 2015-2022 is not in the folder: a true residence gap."""
    hoa = Person("Hoa Thi", "Nguyen", D(1988, 3, 14), "F", "Can Tho, Viet Nam")
    hoa_bc = Person(hoa.given, hoa.surname, hoa.born, "F", "Vietnam")
    tuan = Person("Tuan Van", "Pham", D(1985, 9, 2), "M", "Vietnam")
    kevin = Person("Kevin Minh", "Pham", D(2015, 6, 9), "M", "Wichita, Kansas")
    emily = Person("Emily Anh", "Pham", D(2019, 2, 21), "F", "Wichita, Kansas")
    street, city = "2914 S. Seneca Street, Apt. 4", "Wichita, KS 67217"
    translator = {
        "name": "Lan Phuong Tran-Hollis",
        "address": ["1550 N. Broadway, Suite 3", "Wichita, KS 67214"],
        "phone": "316-555-0183",
    }
    kansas = (
        "STATE OF KANSAS",
        "Kansas Department of Health and Environment, Office of Vital Statistics",
        "CERTIFICATE OF LIVE BIRTH",
    )
    seed = 6100
    w2s = [
        doc.w2(
            hoa,
            year,
            ssn4="3381",
            address=(street, city),
            employer=employer,
            employer_address=eaddr,
            ein=ein,
            wages=wages,
            withheld=withheld,
            state="KS",
            state_id="036-1187442F-01",
            state_tax=round(wages * 0.031, 2),
            seed=seed + year,
        )
        for year, employer, eaddr, ein, wages, withheld in [
            (
                2023,
                "Plains Aero Composites LLC",
                ("4100 W. Pawnee Street", "Wichita, KS 67209"),
                "48-1177205",
                36412.80,
                2104.00,
            ),
            (
                2024,
                "Plains Aero Composites LLC",
                ("4100 W. Pawnee Street", "Wichita, KS 67209"),
                "48-1177205",
                38955.16,
                2380.00,
            ),
        ]
    ]
    placed = [
        capture.card_photo(
            doc.passport(
                hoa,
                code="VNM",
                country="Viet Nam",
                header=[
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "SOCIALIST REPUBLIC OF VIET NAM",
                    "HỘ CHIẾU / PASSPORT",
                ],
                labels=[
                    "Loại / Type",
                    "Mã số / Code",
                    "Số hộ chiếu / Passport No.",
                    "Họ / Surname",
                    "Chữ đệm và tên / Given names",
                    "Quốc tịch / Nationality",
                    "Ngày sinh / Date of birth",
                    "Giới tính / Sex",
                    "Nơi sinh / Place of birth",
                    "Ngày cấp / Date of issue",
                    "Có giá trị đến / Date of expiry",
                    "Cơ quan cấp / Authority",
                ],
                number="C7714028",
                issued=D(2022, 5, 16),
                expiry=D(2032, 5, 16),
                authority="BỘ CÔNG AN",
                language=["vi", "en"],
                tint=((236, 226, 206), (214, 226, 218)),
                seed=seed + 1,
            ),
            "scans/IMG_4410.jpg",
            seed + 1,
        ),
        capture.desk(
            doc.viet_birth(
                hoa,
                "Nguyễn Thị Hoa",
                "Nguyễn Văn Thành",
                "Lê Thị Bích",
                commune="Phường An Hòa",
                district="Quận Ninh Kiều",
                province="Cần Thơ",
                registered=D(1988, 3, 30),
                book="112",
                signer="Trần Quốc Dũng",
                seed=seed + 2,
            ),
            "scans/IMG_4412.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.translation(
                hoa,
                title="Translated from Vietnamese: Birth Certificate (copy)",
                source="Vietnamese",
                lines=[
                    ("People's Committee:", "An Hoa Ward, Ninh Kieu District, Can Tho"),
                    ("Number:", "112, Book No. 01/1988"),
                    ("Full name:", "NGUYEN THI HOA"),
                    ("Date of birth:", "14/03/1988"),
                    ("Sex:", "Female"),
                    ("Ethnicity:", "Kinh"),
                    ("Nationality:", "Vietnam"),
                    ("Place of birth:", "Can Tho General Hospital"),
                    ("Mother:", "LE THI BICH"),
                    ("Father:", "NGUYEN VAN THANH"),
                    ("Date of registration:", "30/03/1988"),
                    ("Signed:", "Tran Quoc Dung, Chairman [red seal]"),
                ],
                translator=translator,
                signed=D(2026, 9, 14),
                label="translation_giay_khai_sinh",
            ),
            "scans/giay khai sinh english.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.us_birth(
                kevin,
                hoa_bc,
                tuan,
                state=kansas,
                facility="Wesley Medical Center",
                city="Wichita",
                county="Sedgwick",
                filed=D(2015, 6, 22),
                issued=D(2023, 1, 9),
                registrar="Elaine K. Brockhoff",
                file_no="2015-041877",
                tint=(226, 232, 240),
                label="kansas_birth",
                seed=seed + 4,
            ),
            "scans/IMG_4415.jpg",
            seed + 4,
        ),
        capture.scan(
            doc.us_birth(
                emily,
                hoa_bc,
                tuan,
                state=kansas,
                facility="Via Christi Hospital St. Joseph",
                city="Wichita",
                county="Sedgwick",
                filed=D(2019, 3, 4),
                issued=D(2023, 1, 9),
                registrar="Elaine K. Brockhoff",
                file_no="2019-013904",
                tint=(226, 232, 240),
                label="kansas_birth",
                seed=seed + 5,
            ),
            "scans/emily birth cert.jpg",
            seed + 5,
        ),
        capture.copier(w2s, "scans/w2s.pdf", seed + 6),
        capture.copier(
            [
                doc.lease(
                    [hoa, tuan],
                    landlord="Riverside Flats Management LLC",
                    premises="2914 S. Seneca Street, Apt. 4",
                    city="Wichita, KS 67217",
                    start=D(2024, 6, 1),
                    end=D(2026, 5, 31),
                    rent=895,
                    deposit=895,
                    signed=D(2024, 5, 20),
                    state="Kansas",
                    pages=2,
                    about=hoa,
                    seed=seed + 7,
                ),
                doc.rent_receipts(
                    hoa,
                    landlord="Darlene Voss",
                    premises="2914 S. Seneca St. #4",
                    months=[D(2026, 7, 1), D(2026, 8, 1), D(2026, 9, 1), D(2026, 10, 1)],
                    rent=925,
                    seed=seed + 8,
                ),
            ],
            "scans/scan0007.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.letter(
                (
                    "Sedgwick Spine & Rehabilitation Associates",
                    ["3311 E. Murdock Street, Wichita, KS 67208", "Phone (316) 555-0124"],
                    (30, 80, 120),
                    "leaf",
                ),
                D(2026, 10, 21),
                [
                    f"I am the treating physiatrist of Mr. {tuan.name} (date of birth "
                    f"{doc.mdy(tuan.born)}), who has been under my care since a fall from a roof "
                    "at work in August 2023 caused an incomplete spinal cord injury at the C6 "
                    "level (ICD-10 S14.126).",
                    "Mr. Pham has weakness of both hands and legs. He walks only a few steps with "
                    "a walker, cannot drive and needs help with bathing, dressing, his bowel "
                    "program and his medications. He attends outpatient physical therapy three "
                    "times a week.",
                    f"His wife, {hoa.name}, is his primary caregiver. She brings him to every "
                    "appointment and does his daily care at home. In my medical opinion he could "
                    "not live safely at home without her.",
                ],
                "Raymond J. Okafor-Lindqvist, MD",
                ["Physical Medicine and Rehabilitation", "Kansas License 04-33817"],
                type="medical_record",
                about=tuan,
                equity="caretaker",
                label="physician_caregiver_letter",
            ),
            "scans/dr letter tuan.pdf",
            seed + 9,
        ),
        capture.desk(
            doc.letter(
                (
                    "Our Lady of La Vang Catholic Church",
                    ["1240 E. Pawnee Street, Wichita, KS 67211", "Catholic Diocese of Wichita"],
                    (110, 30, 40),
                    "cross",
                ),
                D(2026, 11, 2),
                [
                    f"It is my privilege to write for {hoa.name}, a parishioner of Our Lady of La "
                    "Vang since she came to Wichita. She sings in our Vietnamese choir and, for "
                    "six years, has cooked for the Tet festival that raises money for our school.",
                    "Since her husband's accident she has carried the family with great "
                    "patience: she works, cares for him at home and still brings Kevin and Emily "
                    "to catechism every Sunday. Our parish families help her with rides, and she "
                    "helps them in turn.",
                    "I have no doubt that she is a woman of good character. Her family needs her "
                    "here.",
                ],
                "Rev. Peter Dinh Vu",
                ["Pastor"],
                type="letter_of_support",
                about=hoa,
                equity="community_ties",
                label="pastor_letter",
                closing="In Christ,",
            ),
            "scans/IMG_4420.jpg",
            seed + 10,
        ),
        capture.scan(
            doc.certificate(
                hoa,
                org="Wichita Adult Learning Center",
                org_line="Adult Education and "
                "English Language Acquisition · 2422 S. Hillside, Wichita, KS",
                title="Certificate of Completion",
                lines=[
                    "for completing English as a Second Language, Level 4 (Intermediate)",
                    "120 hours of instruction",
                ],
                dated=D(2014, 5, 16),
                signers=["Marjorie T. Ellison, Program Director", "Quynh Bui, Instructor"],
                colour=(40, 70, 130),
                label="esl_certificate",
                type=("diploma", "school_record"),
                seed=seed + 11,
            ),
            "scans/esl certificate.jpg",
            seed + 11,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": hoa.name,
            "a_number": "A208-371-554",
            "date_of_birth": hoa.born,
            "country": "Vietnam",
            "entered_us": D(2013, 1, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Kansas City, MO",
            "next_hearing": D(2027, 4, 7),
            "hearing_type": "master",
            "opla_office": "Kansas City",
        },
        "request": {"type": "dismissal"},
        "translator": translator,
        "claims": {
            "residence_since": D(2013, 1, 10),
            "children": [
                {"name": kevin.name, "date_of_birth": kevin.born, "status": "usc"},
                {"name": emily.name, "date_of_birth": emily.born, "status": "usc"},
            ],
            "caretaker": {"person": tuan.name, "condition": "spinal cord injury"},
            "education": True,
            "community_ties": True,
        },
    }
    findings = [
        # Nothing about her is dated between the 2014 ESL course and the 2023 W-2.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "nguyen",
        CORPUS,
        case,
        placed,
        findings,
        notes="true gap: no evidence of residence 2014-2023",
    )


# ---------------------------------------------------------------- 2. Aurora, Colorado


def okonkwo() -> CasePlan:
    """A Nigerian father of two US-citizen children in Aurora, the elder with persistent
    asthma, with a 2019 DUI he discloses, filing pro se: his passport photographed a quarter
    turn off, an NPC birth certificate, two Colorado birth certificates, a two-page asthma
    visit summary with the school's attendance letter in one copier PDF, a 1099-NEC and a gas
    and electric bill in another, the court disposition and his hearing notice."""
    chinedu = Person("Chinedu Emmanuel", "Okonkwo", D(1983, 7, 19), "M", "Nsukka, Enugu State")
    chinedu_bc = Person(chinedu.given, chinedu.surname, chinedu.born, "M", "Nigeria")
    chiamaka = Person("Chiamaka Blessing", "Okonkwo", D(1987, 1, 30), "F", "Nigeria")
    father = Person("Ikechukwu Paul", "Okonkwo", D(1950, 3, 3), "M", "Nigeria")
    mother = Person("Ifeoma Grace", "Okonkwo", D(1956, 8, 8), "F", "Nigeria")
    daniel = Person("Daniel Chukwuemeka", "Okonkwo", D(2014, 10, 3), "M", "Aurora, Colorado")
    grace = Person("Grace Oluchi", "Okonkwo", D(2018, 4, 27), "F", "Aurora, Colorado")
    street, city = "15820 E. Alameda Drive, Unit 208", "Aurora, CO 80017"
    colorado = (
        "STATE OF COLORADO",
        "Colorado Department of Public Health and Environment, Vital Records Section",
        "CERTIFICATE OF LIVE BIRTH",
    )
    seed = 6200
    placed = [
        capture.card_photo(
            doc.passport(
                chinedu,
                code="NGA",
                country="Nigeria",
                header=["FEDERAL REPUBLIC OF NIGERIA", "PASSPORT"],
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
                number="B50718834",
                issued=D(2021, 9, 6),
                expiry=D(2031, 9, 5),
                authority="NIS HOUSTON",
                language="en",
                tint=((214, 232, 214), (236, 240, 226)),
                seed=seed + 1,
            ),
            "scans/IMG_20261104_101522.jpg",
            seed + 1,
            turn=90,
        ),
        capture.scan(
            doc.npc_birth(
                chinedu,
                father,
                mother,
                state="Enugu",
                lga="Nsukka",
                centre="Nsukka Urban",
                registered=D(2009, 11, 2),
                cert_no="EN/NSK/0418823",
                registrar="Chukwudi A. Eze",
                seed=seed + 2,
            ),
            "scans/birth certificate nigeria.pdf",
            seed + 2,
            colour=True,
        ),
        capture.desk(
            doc.us_birth(
                daniel,
                chiamaka,
                chinedu_bc,
                state=colorado,
                facility="The Medical Center of Aurora",
                city="Aurora",
                county="Arapahoe",
                filed=D(2014, 10, 16),
                issued=D(2022, 8, 1),
                registrar="Tamsin Reyes-Holt",
                file_no="2014-0098231",
                tint=(232, 228, 216),
                label="colorado_birth",
                seed=seed + 3,
            ),
            "scans/IMG_20261104_101840.jpg",
            seed + 3,
            surface="pale",
        ),
        capture.scan(
            doc.us_birth(
                grace,
                chiamaka,
                chinedu_bc,
                state=colorado,
                facility="Children's Hospital Colorado, Anschutz",
                city="Aurora",
                county="Adams",
                filed=D(2018, 5, 9),
                issued=D(2022, 8, 1),
                registrar="Tamsin Reyes-Holt",
                file_no="2018-0051174",
                tint=(232, 228, 216),
                label="colorado_birth",
                seed=seed + 4,
            ),
            "scans/grace bc.pdf",
            seed + 4,
        ),
        capture.copier(
            [
                doc.visit_summary(
                    daniel,
                    clinic="Aurora Pediatric Pulmonology",
                    clinic_lines=[
                        "1400 S. Potomac Street, Suite 250, Aurora, CO 80012",
                        "Tel 303-555-0157",
                    ],
                    provider="Sunita Halvorsen, MD",
                    visit=D(2026, 9, 29),
                    reason="Asthma follow-up after emergency visit",
                    problems=[
                        "Asthma, moderate persistent (J45.40)",
                        "Emergency department visit 09/14/2026 for exacerbation",
                        "Allergic rhinitis",
                    ],
                    medications=[
                        "Fluticasone/salmeterol 115/21 mcg, 2 puffs twice daily",
                        "Albuterol HFA 90 mcg, 2-4 puffs every 4 hours as needed",
                        "Montelukast 5 mg at bedtime",
                    ],
                    vitals=[
                        ["Weight", "Height", "SpO2", "Peak flow"],
                        ["38.2 kg", "146 cm", "97 %", "260 L/min (78 %)"],
                    ],
                    plan=[
                        "Continue controller inhaler every day, even when well. Use a "
                        "spacer with every dose.",
                        "Asthma action plan reviewed with father; copy given for school. "
                        "School nurse may give albuterol.",
                        "Avoid smoke and strong fumes. Flu vaccine given today.",
                        "Return in 3 months, sooner if night symptoms more than twice a week.",
                    ],
                    mrn="APP-0447192",
                    pages=2,
                    about=daniel,
                    equity="medical",
                    seed=seed + 5,
                ),
                doc.letter(
                    (
                        "Vista PEAK Exploratory School",
                        [
                            "Aurora Public Schools",
                            "24551 E. 1st Avenue, Aurora, CO 80018  ·  303-555-0109",
                        ],
                        (80, 30, 110),
                        "star",
                    ),
                    D(2026, 10, 6),
                    [
                        f"This letter confirms that {daniel.name}, a sixth-grade student at our "
                        "school, missed six days of school in September 2026, including two days "
                        "in the hospital for asthma. All of these absences are excused.",
                        "Daniel's father, Mr. Chinedu Okonkwo, called the attendance office each "
                        "morning and brought in the doctor's notes. Our school nurse keeps "
                        "Daniel's inhaler and asthma action plan on file.",
                        "Daniel is a good student with no unexcused absences this year. Please "
                        "contact me if you need any further information.",
                    ],
                    "Loretta Quintanilla-Barr",
                    ["Attendance Secretary"],
                    type="school_record",
                    about=daniel,
                    equity=("education", "medical"),
                    label="school_attendance_letter",
                ),
            ],
            "scans/daniel school and doctor.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.nec1099(
                    chinedu,
                    2024,
                    payer="SwiftCart Delivery Services Inc.",
                    payer_lines=("500 Howard Street, Floor 9", "San Jose, CA 95113"),
                    payer_tin="47-3318821",
                    tin4="7702",
                    address=(street, city),
                    amount=11480.55,
                    seed=seed + 7,
                ),
                doc.utility_bill(
                    chinedu,
                    company="Front Range Power & Gas",
                    company_lines=[
                        "P.O. Box 9477, Denver, CO 80209",
                        "Customer service 1-800-555-0143",
                    ],
                    colour=(0, 90, 140),
                    address=(street, city),
                    account="53-2209-8817-4",
                    billed=D(2026, 10, 24),
                    usage=[
                        ["Electric service 612 kWh", "$86.14"],
                        ["Natural gas service 31 therms", "$38.90"],
                        ["Taxes and fees", "$6.72"],
                    ],
                    due=131.76,
                    kind="energy",
                    seed=seed + 8,
                ),
            ],
            "scans/scan_0412.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.letter(
                (
                    "Mile High Cold Storage Co.",
                    ["18300 E. 40th Avenue, Aurora, CO 80011", "Human Resources · 720-555-0166"],
                    (20, 60, 120),
                    "house",
                ),
                D(2026, 11, 5),
                [
                    f"This is to confirm that {chinedu.name} has been employed by Mile High Cold "
                    "Storage Co. since March 2, 2015. He works full time, 40 hours a week, as a "
                    "forklift operator and, since 2021, as lead of the night receiving crew.",
                    "His current rate of pay is $24.75 an hour. Mr. Okonkwo has an excellent "
                    "attendance record and has trained most of the operators on his shift. We "
                    "value him and expect his employment to continue.",
                ],
                "Karen Lutz-Mbeki",
                ["Human Resources Manager"],
                type="employment_letter",
                about=chinedu,
                equity="employment_and_taxes",
                label="employment_letter",
                proves=(D(2015, 3, 2), D(2026, 11, 5)),
                face="sans",
            ),
            "scans/employment letter.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.court_disposition(
                chinedu,
                court="Aurora Municipal and Arapahoe County Court",
                county="Arapahoe",
                case_no="19T004417",
                offense="Driving under the influence  42-4-1301(1)(a)",
                filed=D(2019, 9, 20),
                sentenced=D(2019, 12, 12),
                terms=[
                    "12 months supervised probation",
                    "Level II alcohol education and therapy, 24 hours",
                    "48 hours useful public service",
                    "Fines and costs $1,142.50 - PAID",
                ],
                judge="A. Montoya-Weiss",
                seed=seed + 10,
            ),
            "scans/court papers dui.pdf",
            seed + 10,
        ),
        capture.scan(
            doc.hearing_notice(
                chinedu,
                a_number="219-604-382",
                court_lines=[
                    "Denver Immigration Court",
                    "1961 Stout Street, Suite 3101",
                    "Denver, CO 80294",
                ],
                hearing=dt.datetime(2027, 2, 10, 8, 30),
                judge="Harriet Nakamura",
                sent=D(2026, 10, 15),
                seed=seed + 11,
            ),
            "scans/hearing notice.pdf",
            seed + 11,
            dpi=150,
        ),
        capture.desk(
            doc.letter(
                (
                    "Aurora Rapids Youth Soccer Club",
                    [
                        "Meadowood Park fields, Aurora, CO",
                        "aurorarapids.example · Registered 501(c)(3)",
                    ],
                    (200, 80, 20),
                    "star",
                ),
                D(2026, 11, 12),
                [
                    f"I have coached with {chinedu.name} for five seasons. He began by driving "
                    "his son Daniel to practice and soon became our U12 assistant coach. He "
                    "never misses a Saturday, and he is the coach who makes sure every child "
                    "has a ride home and a water bottle.",
                    "He also keeps the spare inhalers in his bag because several of our players, "
                    "Daniel among them, have asthma. Parents trust him with their children.",
                    "Our club would lose a great volunteer if he had to leave.",
                ],
                "Brian Kowalczyk",
                ["Head Coach, U12 Boys", "303-555-0131"],
                type="letter_of_support",
                about=chinedu,
                equity="community_ties",
                label="coach_letter",
                face="sans",
            ),
            "scans/IMG_20261104_102301.jpg",
            seed + 12,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": chinedu.name,
            "a_number": "219604382",
            "date_of_birth": chinedu.born,
            "country": "Nigeria",
            "entered_us": D(2014, 8, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Denver, CO",
            "next_hearing": D(2027, 2, 10),
            "hearing_type": "master",
            "opla_office": "Denver",
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Okonkwo was convicted of driving under the influence in 2019. "
            "He pleaded guilty, completed probation, alcohol education and public service "
            "in 2020, and has had no arrest or traffic offense since.",
        },
        "claims": {
            "residence_since": D(2014, 8, 20),
            "children": [
                {"name": daniel.name, "date_of_birth": daniel.born, "status": "usc"},
                {"name": grace.name, "date_of_birth": grace.born, "status": "usc"},
            ],
            "medical": {"person": daniel.name, "condition": "persistent asthma"},
            "community_ties": True,
        },
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "driving under the influence",
                "date": D(2019, 9, 14),
                "disposition": "guilty plea; probation and alcohol education completed 2020",
            },
        ],
    }
    allowed = [  # a hearing notice proves no equity: a correct build may leave it `other`
        {"code": "unclassified-document", "file": "scans/hearing notice.pdf"},
    ]
    return CasePlan(
        "okonkwo",
        CORPUS,
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap: the DUI is disclosed and addressed",
    )


# ---------------------------------------------------------------- 3. Lexington, Kentucky


def castillo() -> CasePlan:
    """A Cuban woman in Lexington who cares for her mother with Parkinson's disease and has
    type 2 diabetes herself, the victim of an armed robbery at work, renewing a request that
    was denied in 2025: a bilingual passport, a certificación de nacimiento photographed on
    the desk with a translation whose certificate never says the translator is competent, the
    police report photographed page by page, the I-918 Supplement B and her mother's doctor's
    letter in one copier PDF, three pay stubs in another, and a neighbour's letter in Spanish
    that nobody translated."""
    yoandra = Person("Yoandra", "Castillo Ferrer", D(1979, 8, 5), "F", "Holguín, Cuba")
    migdalia = Person("Migdalia", "Ferrer Rosales", D(1951, 2, 11), "F", "Holguín, Cuba")
    rep = _rep(
        "Margaret Osei-Lindgren",
        "Bluegrass Immigrant Justice Project",
        ["639 E. Main Street, Suite 2", "Lexington, KY 40508"],
        "859-555-0172",
        "mosei@bijp.example",
        "KY330981",
        ("Kentucky", "96114"),
    )
    street, city = "1834 Eastland Parkway, Apt. 12", "Lexington, KY 40505"
    translator = {
        "name": "Osmany Rivero Díaz",
        "address": ["411 Southland Drive", "Lexington, KY 40503"],
        "phone": "859-555-0190",
    }
    seed = 6300
    stubs = [
        doc.pay_stub(
            yoandra,
            employer="Bluegrass Quick Mart #14",
            employer_lines=["2290 Versailles Road", "Lexington, KY 40504"],
            period=period,
            paid=paid,
            hours=hours,
            rate=14.25,
            ytd=ytd,
            emp_id="BQM-1142",
            seed=seed + n,
        )
        for n, (period, paid, hours, ytd) in enumerate(
            [
                ((D(2026, 6, 1), D(2026, 6, 14)), D(2026, 6, 19), 72.0, 12312.00),
                ((D(2026, 8, 10), D(2026, 8, 23)), D(2026, 8, 28), 76.5, 16840.13),
                ((D(2026, 10, 19), D(2026, 11, 1)), D(2026, 11, 6), 80.0, 21655.50),
            ]
        )
    ]
    placed = [
        capture.card_photo(
            doc.passport(
                yoandra,
                code="CUB",
                country="Cuba",
                header=["REPÚBLICA DE CUBA", "PASAPORTE / PASSPORT"],
                labels=[
                    "Tipo / Type",
                    "Código / Code",
                    "Pasaporte No. / Passport No.",
                    "Apellidos / Surname",
                    "Nombres / Given names",
                    "Nacionalidad / Nationality",
                    "Fecha de nacimiento / Date of birth",
                    "Sexo / Sex",
                    "Lugar de nacimiento / Place of birth",
                    "Fecha de expedición / Date of issue",
                    "Fecha de vencimiento / Date of expiry",
                    "Autoridad / Authority",
                ],
                number="K8831470",
                issued=D(2023, 2, 20),
                expiry=D(2033, 2, 19),
                authority="DIE WASHINGTON",
                language=["es", "en"],
                tint=((222, 228, 240), (238, 232, 222)),
                seed=seed + 1,
            ),
            "scans/pasaporte.jpg",
            seed + 1,
        ),
        capture.desk(
            doc.cuba_birth(
                yoandra,
                "Reinaldo Castillo Pupo",
                "Migdalia Ferrer Rosales",
                municipality="Holguín",
                province="Holguín",
                tomo="187",
                folio="342",
                issued=D(2024, 11, 8),
                registrar="Mayelín Ochoa Batista",
                seed=seed + 2,
            ),
            "scans/IMG_0931.jpg",
            seed + 2,
        ),
        capture.scan(
            doc.translation(
                yoandra,
                title="Translated from Spanish: Birth Certification",
                source="Spanish",
                lines=[
                    ("Republic of Cuba,", "Ministry of Justice"),
                    ("Civil Registry of:", "Holguin, Holguin"),
                    ("Volume / Page:", "187 / 342"),
                    ("Name and surnames:", "YOANDRA CASTILLO FERRER"),
                    ("Sex:", "Female"),
                    ("Date of birth:", "August 5, 1979"),
                    ("Place of birth:", "Holguin, Holguin"),
                    ("Father:", "REINALDO CASTILLO PUPO"),
                    ("Mother:", "MIGDALIA FERRER ROSALES"),
                    ("Issued:", "November 8, 2024"),
                    ("Signed:", "Lic. Mayelin Ochoa Batista, Registrar [seal]"),
                ],
                translator=translator,
                signed=D(2026, 8, 30),
                competent=False,
                label="translation_certificacion",
            ),
            "scans/traduccion certificacion.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.police_report(
                yoandra,
                agency="Lexington Police Department",
                agency_lines=[
                    "150 E. Main Street, Lexington, KY 40507",
                    "Records Section (859) 555-0100",
                ],
                report_no="LPD 24-118203",
                occurred=dt.datetime(2024, 3, 9, 22, 47),
                location="Bluegrass Quick Mart #14, 2290 Versailles Road",
                offense="Robbery 1st degree KRS 515.020",
                narrative=[
                    "On 03/09/2024 at approximately 2250 hours I responded to a robbery in "
                    "progress at the listed business. On arrival I met the victim, the store "
                    f"clerk {yoandra.name}, who was bleeding from a cut on her left forearm.",
                    "The victim stated that a white male in a grey hooded sweatshirt entered, "
                    "showed a knife and demanded the money in the register. When she stepped "
                    "back he cut her arm and took approximately $640 and two cartons of "
                    "cigarettes, then left on foot toward Red Mile Road.",
                    "The victim gave a detailed description through a Spanish-speaking "
                    "officer and the store video was collected. On 03/12/2024 she identified "
                    "the suspect from a photo line-up; he was arrested the same day.",
                ],
                officer="Ofc. Jared Pennington #2217",
                seed=seed + 4,
            ),
            ["scans/IMG_0940.jpg", "scans/IMG_0941.jpg"],
            seed + 4,
        ),
        capture.copier(
            [
                doc.i918b(
                    yoandra,
                    agency="Fayette County Commonwealth's Attorney",
                    address=["116 N. Upper Street, Suite 300", "Lexington, KY 40507"],
                    certifier="Lauren Whitcomb-Ayala",
                    title="First Assistant Commonwealth's Attorney",
                    crime="Felonious Assault",
                    occurred=D(2024, 3, 9),
                    signed=D(2025, 1, 17),
                    case_no="24-CR-00871",
                    seed=seed + 5,
                ),
                doc.letter(
                    (
                        "UK HealthCare Neurology Associates",
                        [
                            "740 S. Limestone, Lexington, KY 40536",
                            "Movement Disorders Clinic  ·  859-555-0114",
                        ],
                        (0, 50, 120),
                        "shield",
                    ),
                    D(2026, 10, 30),
                    [
                        f"Mrs. {migdalia.name}, born {doc.fmt(migdalia.born)}, is my patient in "
                        "the Movement Disorders Clinic. She has idiopathic Parkinson's disease "
                        "(ICD-10 G20.A1), diagnosed in 2019, now at Hoehn and Yahr stage 4.",
                        "She has severe rigidity and slowness, falls often and cannot walk "
                        "without help. She needs assistance with dressing, bathing, meals and "
                        "her medicines, which are given five times a day.",
                        f"Her daughter, {yoandra.name}, lives with her and is her only "
                        "caregiver. Without her daughter's daily care she would need to be "
                        "placed in a nursing facility.",
                    ],
                    "Anjali Brennan-Toure, MD",
                    ["Associate Professor of Neurology"],
                    type="medical_record",
                    about=migdalia,
                    equity="caretaker",
                    label="neurologist_caregiver_letter",
                ),
            ],
            "scans/scan_20261109.pdf",
            seed + 5,
        ),
        capture.scan(
            doc.visit_summary(
                yoandra,
                clinic="HealthFirst Bluegrass",
                clinic_lines=[
                    "Community health center · 1055 Red Mile Place, Lexington, KY 40504",
                    "859-555-0136",
                ],
                provider="Teresa Alcántara, APRN",
                visit=D(2026, 10, 7),
                reason="Diabetes follow-up",
                problems=[
                    "Type 2 diabetes mellitus with hyperglycemia (E11.65)",
                    "Essential hypertension (I10)",
                    "Obesity, BMI 33",
                ],
                medications=[
                    "Metformin 1000 mg twice daily",
                    "Insulin glargine 22 units at bedtime",
                    "Lisinopril 10 mg daily",
                ],
                vitals=[
                    ["Blood pressure", "Weight", "Hemoglobin A1c", "Glucose"],
                    ["138/86", "84.1 kg", "8.9 %", "212 mg/dL"],
                ],
                plan=[
                    "A1c is higher than at the last visit. Increase glargine to 24 units; "
                    "check sugars before breakfast and supper.",
                    "Diabetes education referral; eye exam and foot exam due.",
                    "Return in 3 months with glucose log.",
                ],
                mrn="HFB-228104",
                pages=1,
                about=yoandra,
                equity="medical",
                seed=seed + 6,
            ),
            "scans/clinic diabetes.pdf",
            seed + 6,
        ),
        capture.copier(stubs, "scans/paystubs.pdf", seed + 7),
        capture.scan(
            doc.letter(
                (
                    "U.S. Immigration and Customs Enforcement",
                    ["Office of the Principal Legal Advisor", "Memphis Field Location"],
                    (30, 40, 80),
                    "shield",
                ),
                D(2025, 4, 22),
                [
                    "This office has received and reviewed the request for prosecutorial "
                    "discretion submitted on behalf of your client in the above matter.",
                    "After careful consideration of the totality of the circumstances, OPLA has "
                    "decided not to exercise prosecutorial discretion in this case at this "
                    "time. This decision does not preclude a future request based on new or "
                    "changed circumstances.",
                ],
                "Assistant Chief Counsel",
                ["Office of the Principal Legal Advisor"],
                type=("other", "court_record"),
                about=yoandra,
                equity="other",
                recipient=[rep["name"], rep["organization"], *rep["address"]],
                re_line="Re: CASTILLO FERRER, Yoandra  A-220-418-693",
                salutation="Dear Counsel:",
                label="opla_pd_denial",
            ),
            "scans/ice denial 2025.pdf",
            seed + 8,
        ),
        capture.desk(
            doc.letter(
                (
                    "Carta de apoyo",
                    ["1836 Eastland Parkway, Apt. 11, Lexington, KY 40505"],
                    (60, 60, 60),
                    "house",
                ),
                D(2026, 11, 3),
                [
                    f"Yo, Dagoberto Leyva Sánchez, vecino de {yoandra.name} desde el año 2018, "
                    "quiero decir que ella es una persona trabajadora, honrada y muy buena "
                    "vecina.",
                    "Todos los días la veo cuidar a su mamá, que está enferma de Parkinson: la "
                    "baña, le da sus medicinas y la lleva al médico. Cuando yo me operé de la "
                    "rodilla ella me traía la comida.",
                    "Pido con todo respeto que le permitan quedarse aquí con su madre, que la "
                    "necesita.",
                ],
                "Dagoberto Leyva Sánchez",
                ["Tel. 859-555-0158"],
                type="letter_of_support",
                about=yoandra,
                equity="community_ties",
                language="es",
                salutation="A quien pueda interesar:",
                closing="Atentamente,",
                date_line="Lexington, 3 de noviembre de 2026",
                label="neighbour_letter_es",
            ),
            "scans/IMG_0950.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                yoandra,
                a_number="220418693",
                rep=rep,
                client_address=(street, city),
                signed=D(2026, 11, 10),
                seed=seed + 10,
            ),
            "scans/g28.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": yoandra.name,
            "a_number": "A220-418-693",
            "date_of_birth": yoandra.born,
            "country": "Cuba",
            "entered_us": D(2016, 7, 28),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Memphis, TN",
            "next_hearing": D(2027, 3, 23),
            "hearing_type": "master",
            "opla_office": "Memphis",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 4, 22),
                "outcome": "denied",
                "changes": "Since the denial her mother's Parkinson's disease has advanced "
                "to stage 4 and her own diabetes now needs insulin.",
            },
        },
        "representative": _representative(rep),
        "translator": translator,
        "claims": {
            "caretaker": {"person": migdalia.name, "condition": "Parkinson's disease"},
            "medical": {"person": "self", "condition": "type 2 diabetes"},
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
    }
    findings = [
        # The certificate says the translation is accurate, never that the translator is
        # competent to translate Spanish: ICPM 3.3(a) asks for both.
        {
            "code": "incomplete-translation-certificate",
            "file": "scans/traduccion certificacion.pdf",
        },
        # The neighbour's letter is in Spanish and nobody translated it.
        {"code": "untranslated-document", "file": "scans/IMG_0950.jpg"},
    ]
    allowed = [
        {"code": "unclassified-document", "file": "scans/ice denial 2025.pdf"},
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
    ]
    return CasePlan(
        "castillo",
        CORPUS,
        case,
        placed,
        findings,
        allowed,
        notes="true: an incomplete translation certificate, an untranslated letter",
    )


# ---------------------------------------------------------------- 4. Philadelphia, PA


def kovalenko() -> CasePlan:
    """A Ukrainian mother of a US-citizen daughter in Philadelphia: a bilingual Ukrainian
    passport, a svidotstvo in Cyrillic with its translation, a Pennsylvania birth certificate
    photographed on the desk, a work permit photographed a quarter turn off, a kindergarten
    report card and attendance letter in one copier PDF, a GED, a lease photographed page by
    page, and a bill, an employer's letter and a tax return transcript in another copier
    PDF."""
    iryna = Person("Iryna", "Kovalenko", D(1991, 4, 23), "F", "Vinnytsia, Ukraine")
    iryna_bc = Person(iryna.given, iryna.surname, iryna.born, "F", "Ukraine")
    andriy = Person("Andriy", "Kovalenko", D(1988, 12, 1), "M", "Ukraine")
    sofia = Person("Sofia Maria", "Kovalenko", D(2020, 12, 2), "F", "Philadelphia, PA")
    rep = _rep(
        "Daniel Feldman-Arce",
        "Liberty Immigrant Legal Services",
        ["1500 Walnut Street, Suite 700", "Philadelphia, PA 19102"],
        "215-555-0163",
        "dfeldman@lils.example",
        "PA772014",
        ("Pennsylvania", "318442"),
    )
    translator = {
        "name": "Olena Hrytsenko",
        "address": ["9810 Bustleton Avenue", "Philadelphia, PA 19115"],
        "phone": "215-555-0197",
    }
    street, city = "7321 Castor Avenue, 2nd Floor", "Philadelphia, PA 19149"
    pennsylvania = (
        "COMMONWEALTH OF PENNSYLVANIA",
        "Department of Health, Division of Vital Records",
        "CERTIFICATION OF BIRTH",
    )
    seed = 6400
    placed = [
        capture.card_photo(
            doc.passport(
                iryna,
                code="UKR",
                country="Ukraine",
                header=["УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT"],
                labels=[
                    "Тип / Type",
                    "Код держави / Code of State",
                    "Паспорт № / Passport No.",
                    "Прізвище / Surname",
                    "Ім'я / Given Names",
                    "Громадянство / Nationality",
                    "Дата народження / Date of birth",
                    "Стать / Sex",
                    "Місце народження / Place of birth",
                    "Дата видачі / Date of issue",
                    "Дійсний до / Date of expiry",
                    "Орган, що видав / Authority",
                ],
                number="FX418027",
                issued=D(2019, 2, 14),
                expiry=D(2029, 2, 14),
                authority="0512",
                language=["uk", "en"],
                tint=((218, 228, 242), (242, 236, 210)),
                seed=seed + 1,
            ),
            "scans/passport iryna.jpg",
            seed + 1,
        ),
        capture.scan(
            doc.ukraine_birth(
                iryna,
                ("Коваленко", "Ірина", "Олександрівна"),
                "Коваленко Олександр Петрович",
                "Коваленко Тетяна Іванівна",
                place="м. Вінниця, Україна",
                record="1187",
                office="Вінницький міський відділ ДРАЦС",
                issued=D(2017, 6, 5),
                series="I-АМ № 204731",
                seed=seed + 2,
            ),
            "scans/svidotstvo.jpg",
            seed + 2,
            colour=True,
        ),
        capture.scan(
            doc.translation(
                iryna,
                title="Translated from Ukrainian: Birth Certificate",
                source="Ukrainian",
                lines=[
                    ("Country:", "Ukraine"),
                    ("Surname:", "KOVALENKO"),
                    ("Given name:", "Iryna"),
                    ("Patronymic:", "Oleksandrivna"),
                    ("Was born:", "23.04.1991"),
                    ("Place of birth:", "Vinnytsia, Ukraine"),
                    ("Father:", "Kovalenko Oleksandr Petrovych"),
                    ("Mother:", "Kovalenko Tetiana Ivanivna"),
                    ("Record No.:", "1187 of 04.05.1991"),
                    ("Registered by:", "Vinnytsia City Civil Registry Office"),
                    ("Date of issue:", "05.06.2017"),
                    ("Series:", "I-AM No. 204731"),
                ],
                translator=translator,
                signed=D(2026, 10, 2),
                label="translation_svidotstvo",
            ),
            "scans/birth certificate translation.pdf",
            seed + 3,
        ),
        capture.desk(
            doc.us_birth(
                sofia,
                iryna_bc,
                andriy,
                state=pennsylvania,
                facility="Jefferson Frankford Hospital",
                city="Philadelphia",
                county="Philadelphia",
                filed=D(2020, 12, 14),
                issued=D(2024, 3, 18),
                registrar="Gwendolyn S. Marsh",
                file_no="2020-1194476",
                tint=(238, 226, 226),
                label="pennsylvania_birth",
                seed=seed + 4,
            ),
            "scans/IMG_5521.jpg",
            seed + 4,
        ),
        capture.card_photo(
            doc.work_permit(
                iryna,
                card_no="IOE0918827461",
                uscis="220-791-305",
                category="C08",
                valid=(D(2025, 9, 3), D(2030, 9, 2)),
                country="Ukraine",
                seed=seed + 5,
            ),
            "scans/IMG_5530.jpg",
            seed + 5,
            turn=270,
        ),
        capture.copier(
            [
                doc.report_card(
                    sofia,
                    district="The School District of Philadelphia",
                    school="Solis-Cohen Elementary School",
                    year="2025-2026",
                    grade="K",
                    teacher="Ms. Renata Obuya",
                    marks=[
                        ["Reading foundational skills", "2", "3", "3"],
                        ["Writing", "2", "2", "3"],
                        ["Mathematics: counting and cardinality", "3", "3", "4"],
                        ["Science", "3", "3", "3"],
                        ["Social-emotional learning", "3", "4", "4"],
                    ],
                    absences=(3, 1),
                    comment="Sofia has grown so much this year! She reads "
                    "simple books, counts to 100 and is a kind friend to her "
                    "classmates. Her mother reads with her every night.",
                    seed=seed + 6,
                ),
                doc.letter(
                    (
                        "Solis-Cohen Elementary School",
                        [
                            "7001 Horrocks Street, Philadelphia, PA 19149",
                            "The School District of Philadelphia · 215-555-0120",
                        ],
                        (0, 70, 50),
                        "star",
                    ),
                    D(2026, 10, 14),
                    [
                        f"This letter verifies that {sofia.name}, date of birth "
                        f"{doc.mdy(sofia.born)}, is enrolled in first grade at Solis-Cohen "
                        "Elementary School for the 2026-2027 school year, and attended "
                        "kindergarten here in 2025-2026.",
                        "Sofia had 3 absences last year, all excused, and has had none so far "
                        "this year. Her mother attends every parent-teacher conference.",
                    ],
                    "Mr. Terrence Albright",
                    ["Principal"],
                    type="school_record",
                    about=sofia,
                    equity="education",
                    label="school_enrollment_letter",
                ),
            ],
            "scans/school.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.certificate(
                iryna,
                org="Commonwealth of Pennsylvania",
                org_line="Department of Education",
                title="Commonwealth Secondary School Diploma",
                lines=[
                    "having passed the GED® test",
                    "the equivalent of graduation from a Pennsylvania public high school",
                ],
                dated=D(2019, 6, 12),
                signers=["Secretary of Education", "Director, Adult Education"],
                colour=(20, 50, 110),
                label="ged_diploma",
                type="diploma",
                seed=seed + 7,
            ),
            "scans/ged.jpg",
            seed + 7,
        ),
        capture.desk(
            doc.lease(
                [iryna, andriy],
                landlord="Northeast Rowhome Rentals LLC",
                premises="6214 Oxford Avenue",
                city="Philadelphia, PA 19111",
                start=D(2019, 8, 1),
                end=D(2022, 7, 31),
                rent=1150,
                deposit=2300,
                signed=D(2019, 7, 15),
                state="Pennsylvania",
                pages=3,
                about=iryna,
                seed=seed + 8,
            ),
            ["scans/lease 1.jpg", "scans/lease 2.jpg", "scans/lease 3.jpg"],
            seed + 8,
        ),
        capture.copier(
            [
                doc.utility_bill(
                    iryna,
                    company="Delaware Valley Electric",
                    company_lines=[
                        "P.O. Box 37621, Philadelphia, PA 19101",
                        "1-800-555-0178  ·  dvelectric.example",
                    ],
                    colour=(120, 30, 60),
                    address=(street, city),
                    account="4471 0228 19",
                    billed=D(2026, 11, 9),
                    usage=[
                        ["Delivery charges 540 kWh", "$48.21"],
                        ["Supply charges", "$54.40"],
                        ["State tax adjustment", "$0.31"],
                    ],
                    due=102.92,
                    kind="electric",
                    seed=seed + 9,
                ),
                doc.letter(
                    (
                        "Greenway Home Care Agency",
                        [
                            "2600 Cottman Avenue, Philadelphia, PA 19149",
                            "Licensed by the Pennsylvania Department of Health",
                        ],
                        (30, 110, 70),
                        "leaf",
                    ),
                    D(2026, 11, 16),
                    [
                        f"Greenway Home Care Agency has employed {iryna.name} as a home health "
                        "aide since March 1, 2021. She works 36 to 40 hours each week caring for "
                        "elderly clients in their homes in Northeast Philadelphia.",
                        "She earns $17.50 an hour. Ms. Kovalenko is certified in CPR and first "
                        "aid, and our clients and their families ask for her by name. She is in "
                        "good standing and we hope to keep her on our staff.",
                    ],
                    "Patricia Nwosu-Grant, RN",
                    ["Director of Operations"],
                    type="employment_letter",
                    about=iryna,
                    equity="employment_and_taxes",
                    label="employment_letter",
                    proves=(D(2021, 3, 1), D(2026, 11, 16)),
                ),
                doc.tax_return_transcript(
                    iryna,
                    2025,
                    ssn4="9046",
                    address=(street, city),
                    requested=D(2026, 11, 12),
                    status="Married Filing Jointly",
                    wages=61310.0,
                    agi=61310.0,
                    tax=3412.0,
                    seed=seed + 10,
                ),
            ],
            "scans/scan0003.pdf",
            seed + 9,
        ),
        capture.scan(
            doc.g28(
                iryna,
                a_number="220791305",
                rep=rep,
                client_address=(street, city),
                signed=D(2026, 11, 18),
                seed=seed + 11,
            ),
            "scans/G28.pdf",
            seed + 11,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": iryna.name,
            "a_number": "220-791-305",
            "date_of_birth": iryna.born,
            "country": "Ukraine",
            "entered_us": D(2018, 9, 15),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Philadelphia, PA",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "master",
            "opla_office": "Philadelphia",
        },
        "request": {"type": "dismissal"},
        "representative": _representative(rep),
        "translator": translator,
        "claims": {
            "residence_since": D(2018, 9, 15),
            "children": [{"name": sofia.name, "date_of_birth": sofia.born, "status": "usc"}],
            "education": True,
        },
    }
    return CasePlan(
        "kovalenko",
        CORPUS,
        case,
        placed,
        notes="no deliberate gap: every claim is proved and residence is covered",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "nguyen": nguyen,
    "okonkwo": okonkwo,
    "castillo": castillo,
    "kovalenko": kovalenko,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
