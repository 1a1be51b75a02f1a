"""A tuning case about WHOM each document is about (`hernandez`, Oakland): every paper names
more than one person of the family, and names them as offices do, not as case.yaml does.

- a county's boxed birth certificate in capitals, the child's names in three boxes and the
  mother (the respondent) with one surname and no accents, the father beside her;
- a school's attendance letter addressed to the mother, "Re: Sofía Hernández, DOB ..." (the
  daughter with one surname), and a report card naming "TORRES, MATEO" and his parent;
- a pediatric letter naming the doctor, the patient ("HERNANDEZ, SOFIA") and the parent;
- pay stubs naming the employer and the employee last name first with a middle initial
  ("HERNANDEZ MARQUEZ, ROSA D"), one of them the husband's;
- a one-line rent receipt, a certificate of completion of a training course, a clinic's letter
  about the respondent ("Re: Rosa Hernandez Marquez (DOB ...)"), a neighbour's letter that
  names the whole family.

Written from what such papers look like; rules may be tuned on these, never on the blind
corpus. Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic.dates import long, us
from tests.realistic.model import CasePlan, Paper, Person, drawn, plain, up
from tests.realistic.paper import GREY, Sheet, letterhead, write_letter

D = dt.date


def alameda_birth_boxes(child: Person, mother: Person, father: Person, *, issued: dt.date) -> Paper:
    """A county's certified copy of a birth record: numbered boxes in capitals, the child's
    first, middle and last names in separate boxes, the parents' names in theirs, the mother
    written with her first surname only, as the hospital's form took it down."""
    s = Sheet()
    s.center(0.55, "STATE OF CALIFORNIA", 11, "serif-bold")
    s.center(0.78, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    s.center(1.08, "COUNTY OF ALAMEDA - CLERK-RECORDER", 9, "sans")
    first, *middle = up(child.given).split()
    m_first, *m_middle = up(mother.given).split()
    f_first, *f_middle = up(father.given).split()
    y = s.grid(
        0.6,
        1.4,
        7.3,
        [
            (
                0.5,
                [
                    (1, "1A. NAME OF CHILD - FIRST (GIVEN)", first),
                    (1, "1B. MIDDLE", " ".join(middle)),
                    (1.4, "1C. LAST (FAMILY)", up(child.surname)),
                ],
            ),
            (
                0.5,
                [
                    (0.6, "2. SEX", child.sex),
                    (1, "4A. DATE OF BIRTH - MM/DD/CCYY", us(child.born)),
                    (1.2, "5A. PLACE OF BIRTH - NAME OF HOSPITAL", "HIGHLAND HOSPITAL"),
                ],
            ),
            (
                0.5,
                [
                    (1, "8A. NAME OF FATHER/PARENT - FIRST", f_first),
                    (1, "8B. MIDDLE", " ".join(f_middle)),
                    (1.4, "8C. LAST", up(father.surname.split()[0])),
                ],
            ),
            (
                0.5,
                [
                    (1, "9A. NAME OF MOTHER/PARENT - FIRST", m_first),
                    (1, "9B. MIDDLE", " ".join(m_middle)),
                    (1.4, "9C. LAST (BIRTH NAME)", up(mother.surname.split()[0])),
                ],
            ),
            (
                0.5,
                [
                    (1, "10. BIRTHPLACE OF MOTHER", "MEXICO"),
                    (1, "11. DATE OF BIRTH OF MOTHER", us(mother.born)),
                    (1.4, "12. LOCAL REGISTRAR", "DR. KWAME ASANTE-BELL"),
                ],
            ),
        ],
    )
    s.text(0.6, y + 0.3, f"DATE ISSUED: {us(issued)}", 9, "sans-bold")
    s.para(
        0.6,
        y + 0.6,
        7.3,
        "This is a true and exact reproduction of the document officially registered and "
        "placed on file in the office of the Alameda County Clerk-Recorder.",
        8,
        "sans",
    )
    return drawn("alameda_birth_boxes", [s], "birth_certificate", child, "us_family")


def attendance_letter(
    student: Person, parent: Person, *, school: str, year: str, dated: dt.date
) -> Paper:
    """A middle school's short attendance letter to a parent, the pupil in a "Re:" line with
    one surname and a date of birth."""
    s = write_letter(
        (
            school,
            ["1100 35th Avenue", "Oakland, CA 94601", "(510) 555-0144"],
            (30, 70, 40),
            "shield",
        ),
        long(dated),
        [
            f"Ms. {parent.first} {parent.surname.split()[0]}",
            "88 Palm Street, Apt. 3",
            "Oakland, CA 94606",
        ],
        f"Re: {student.first} {parent.surname.split()[0]}, DOB {us(student.born)}",
        f"Dear Ms. {parent.surname.split()[0]}:",
        [
            f"This letter confirms that {student.first} has attended {school} during the {year} "
            f"school year, with 171 days present and 4 days absent.",
        ],
        "Sincerely,",
        "Dolores Achebe-Lind",
        ["Attendance Clerk"],
    )
    return drawn("school_attendance_letter", [s], "school_record", student, "education")


def report_card(student: Person, parent: Person, *, school: str, year: str) -> Paper:
    """An elementary school's report card: the pupil last name first, the parent's name and
    the mailing address above the marks."""
    s = Sheet()
    letterhead(s, school, ["Oakland Unified School District"], (20, 60, 120), "shield")
    s.center(1.7, f"STUDENT PROGRESS REPORT  {year}", 13, "sans-bold")
    s.lines(
        0.8,
        2.1,
        [
            f"Student: {up(student.surname.split()[0])}, {up(student.first)}    Grade: 3",
            f"Parent/Guardian: {up(parent.surname)}, {up(parent.first)}",
            "88 PALM ST APT 3, OAKLAND CA 94606",
        ],
        10,
        "mono",
    )
    s.table(
        0.8,
        3.0,
        [2.6, 1.1, 1.1, 1.1],
        [
            ["Subject", "T1", "T2", "T3"],
            ["English Language Arts", "3", "3", "4"],
            ["Mathematics", "3", "4", "4"],
            ["Science", "3", "3", "3"],
            ["Days absent", "1", "2", "0"],
        ],
        9,
    )
    return drawn("report_card_parent", [s], "school_record", student, "education")


def pediatric_letter(patient: Person, parent: Person, *, dated: dt.date) -> Paper:
    """A pediatric clinic's letter naming the patient (last name first), the parent and the
    treating doctor."""
    s = Sheet()
    y = letterhead(
        s,
        "Fruitvale Children's Clinic",
        ["3451 E. 12th Street", "Oakland, CA 94601"],
        (120, 30, 90),
        "cross",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.15
    y = s.lines(
        0.9,
        y,
        [
            f"Patient: {up(patient.surname.split()[-1])}, {up(patient.first)}",
            f"DOB: {us(patient.born)}",
            f"Parent/Guardian: {parent.first} {parent.middle[:1]}. "
            f"{plain(parent.surname.split()[0])}",
        ],
        11,
        "serif",
    )
    y = s.paras(
        0.9,
        y + 0.2,
        6.7,
        [
            f"{patient.first} is a patient of our clinic with severe persistent asthma. "
            f"{patient.he.capitalize()} uses a daily inhaled steroid and has needed two "
            "emergency visits this year. Her mother brings her to every appointment and gives "
            "her medication every morning and night.",
        ],
        gap=0.12,
        pt=11,
        face="serif",
    )
    s.signature(1.0, y + 0.05, "Miriam Castellanos Reyes", 20)
    s.lines(0.9, y + 0.6, ["Miriam Castellanos Reyes, MD", "Pediatrician"], 10, "serif")
    return drawn(
        "clinic_asthma_letter_parent",
        [s],
        "medical_record",
        patient,
        "medical",
        proves=(dated, dated),
    )


def stub(person: Person, *, company: str, period: tuple[dt.date, dt.date], rate: float) -> Paper:
    """A payroll service's pay statement: the employer's name and address, then the employee
    last name first with a middle initial."""
    gross = rate * 80
    s = Sheet()
    s.text(0.6, 0.5, company, 12, "sans-bold")
    s.lines(0.6, 0.72, ["2200 Adeline Street", "Oakland, CA 94607"], 8.5, "sans", fill=GREY)
    s.center(1.2, "EARNINGS STATEMENT", 13, "sans-bold")
    initial = person.middle[:1]
    s.lines(
        0.6,
        1.6,
        [
            f"Employee: {up(person.surname)}, {up(person.first)} {initial}",
            f"Pay period: {us(period[0])} - {us(period[1])}    Pay date: {us(period[1])}",
        ],
        9.5,
        "mono",
    )
    s.table(
        0.6,
        2.2,
        [2.2, 1.0, 1.0, 1.4],
        [
            ["Earnings", "Hours", "Rate", "Current"],
            ["Regular", "80.00", f"{rate:.2f}", f"{gross:,.2f}"],
            ["Federal withholding", "", "", f"{gross * 0.07:,.2f}"],
            ["Net pay", "", "", f"{gross * 0.82:,.2f}"],
        ],
        9,
    )
    return drawn(
        "payroll_stub_last_first", [s], "pay_record", person, "employment_and_taxes", proves=period
    )


def one_line_receipt(tenant: Person, *, paid: dt.date, landlord: str) -> Paper:
    """A receipt-book slip: one line written out, the landlord's signature."""
    s = Sheet(width=6.0, height=2.6)
    s.text(0.3, 0.25, "RECEIPT", 14, "serif-bold")
    s.text(4.2, 0.3, f"Date {us(paid)}", 10, "serif")
    s.para(
        0.3,
        0.8,
        5.4,
        f"Received from {tenant.first} {plain(tenant.surname.split()[0])} the sum of $1,150.00 "
        f"for rent of 88 Palm St Apt 3, {paid:%B %Y}.",
        11,
        "serif",
    )
    s.signature(3.4, 1.7, landlord, 16)
    s.text(3.4, 2.2, landlord, 9, "serif")
    return drawn(
        "one_line_rent_receipt",
        [s],
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(paid, paid),
    )


def training_certificate(person: Person, *, completed: dt.date) -> Paper:
    """A community college's certificate of completion of a short vocational course."""
    s = Sheet(width=11.0, height=8.5)
    s.border(0.4, 2.0)
    s.center(1.0, "LANEY COLLEGE - CONTINUING EDUCATION", 13, "serif-bold")
    s.center(1.7, "Certificate of Completion", 26, "serif-bold")
    s.center(2.6, "is awarded to", 12, "serif-italic")
    s.center(
        3.1,
        f"{person.first} {person.middle[:1]}. {plain(person.surname.split()[0])}",
        22,
        "serif-bold",
    )
    s.center(3.9, "for completing the 75-hour Home Health Aide Training Program", 13, "serif")
    s.center(4.3, f"on {long(completed)}", 12, "serif")
    s.signature(7.0, 5.4, "Harriet Okonkwo-Diaz", 18)
    s.line(6.8, 6.0, 9.8, 6.0, 0.6)
    s.text(6.9, 6.05, "Program Coordinator", 9, "serif")
    return drawn(
        "training_completion_certificate",
        [s],
        "diploma",
        person,
        "education",
        proves=(completed, completed),
    )


def clinic_letter_re(patient: Person, spouse: Person, *, dated: dt.date) -> Paper:
    """A women's health clinic's letter about the respondent: "Re:" line without accents, the
    husband named as the one who drives her to treatment, signed by the physician."""
    s = write_letter(
        (
            "La Clínica de la Raza",
            ["1515 Fruitvale Avenue", "Oakland, CA 94601"],
            (20, 90, 110),
            "cross",
        ),
        long(dated),
        [],
        f"Re: {plain(patient.name)} (DOB {us(patient.born)})",
        "To the Immigration Court:",
        [
            f"Ms. {plain(patient.surname.split()[0])} has been under my care since 2019 for "
            "type 2 diabetes with early kidney disease. She is seen every three months and "
            "takes insulin twice a day.",
            f"Her husband, {spouse.first} {spouse.surname.split()[0]}, drives her to each visit.",
        ],
        "Sincerely,",
        "Anand Varghese-Moreno, MD",
        ["Internal Medicine"],
    )
    return drawn(
        "clinic_letter_re_line", [s], "medical_record", patient, "medical", proves=(dated, dated)
    )


def neighbour_letter(
    subject: Person, spouse: Person, kids: list[Person], *, dated: dt.date
) -> Paper:
    """A neighbour's letter about the respondent that names the whole family."""
    s = write_letter(
        ("Beatrice Lindqvist", ["90 Palm Street", "Oakland, CA 94606"], (60, 60, 60), "house"),
        long(dated),
        [],
        None,
        "Dear Judge,",
        [
            f"I have known {subject.first} {subject.surname.split()[0]} since 2014, when she and "
            f"her husband {spouse.first} moved in next door with their children "
            f"{kids[0].first} and {kids[1].first}. {subject.first} watches my grandchildren "
            "when I work late and brings me groceries since my surgery.",
            "She is a good neighbor and a devoted mother. Please let her stay with her family.",
        ],
        "Respectfully,",
        "Beatrice Lindqvist",
        [],
    )
    return drawn(
        "neighbour_letter_family",
        [s],
        "letter_of_support",
        subject,
        "community_ties",
        proves=(dated, dated),
    )


def teacher_letter(subject: Person, child: Person, *, dated: dt.date) -> Paper:
    """A teacher's letter for the mother that names the pupil first and the mother as "her
    mother"."""
    s = write_letter(
        (
            "Bret Harte Middle School",
            ["1047 E. 27th Street", "Oakland, CA 94610"],
            (30, 70, 40),
            "shield",
        ),
        long(dated),
        [],
        None,
        "To the Honorable Immigration Judge,",
        [
            f"I am {child.first} {child.surname.split()[0]}'s sixth grade teacher. I have known "
            f"her mother, {subject.first} {plain(subject.surname.split()[0])}, for six years. "
            f"{subject.first} volunteers in our classroom every week, and never misses a "
            "parent conference.",
            "I respectfully ask that she be allowed to stay with her family.",
        ],
        "Sincerely,",
        "Karen Whitfield",
        ["Sixth Grade Teacher"],
    )
    return drawn(
        "teacher_letter_for_mother",
        [s],
        "letter_of_support",
        subject,
        "community_ties",
        proves=(dated, dated),
    )


def attendance_certificate(student: Person, *, year: str) -> Paper:
    """A school's small certificate for perfect attendance: three lines and a signature."""
    s = Sheet(width=8.5, height=5.5)
    s.border(0.3, 1.5)
    s.center(0.7, "Garfield Elementary School", 13, "serif-bold")
    s.center(1.2, "Certificate of Attendance", 22, "serif-bold")
    s.center(2.0, f"This certifies that {student.first} {student.surname.split()[0]}", 13, "serif")
    s.center(2.4, f"had perfect attendance for the {year} school year.", 13, "serif")
    s.signature(5.0, 3.4, "Grace Oyelaran", 16)
    s.text(5.0, 4.0, "Principal", 9, "serif")
    return drawn("attendance_certificate", [s], "school_record", student, "education")


def hernandez() -> CasePlan:
    """Oakland: a Mexican mother, her US-citizen husband and two US-citizen children; every
    paper names several of them, in the ways offices write names."""
    rosa = Person("Rosa Delia", "Hernández Márquez", D(1987, 3, 22), "F", "Puebla")
    luis = Person("Luis Alberto", "Torres Cano", D(1984, 9, 9), "M", "Oakland")
    sofia = Person("Sofía", "Torres Hernández", D(2012, 8, 14), "F", "Oakland")
    mateo = Person("Mateo", "Torres Hernández", D(2016, 1, 5), "M", "Oakland")
    seed = 9900
    rep: dict[str, Any] = {
        "name": "Ingrid Solorzano-Baptiste",
        "organization": "East Bay Immigrant Defense Clinic",
        "address": ["2501 International Blvd", "Oakland, CA 94601"],
        "phone": "510-555-0190",
        "email": "intake@example.org",
        "eoir_id": "OK330912",
    }
    street, city = "88 Palm Street, Apt. 3", "Oakland, CA 94606"
    placed = [
        capture.card_photo(
            doc.passport_page(
                "MEX",
                rosa,
                number="G51730284",
                issued=D(2022, 1, 17),
                expiry=D(2032, 1, 16),
                equity="identity",
                seed=seed,
            ),
            "scans/pasaporte rosa.jpg",
            seed,
            turn=90,
        ),
        capture.scan(
            alameda_birth_boxes(mateo, rosa, luis, issued=D(2024, 2, 6)),
            "scans/mateo birth.pdf",
            seed + 1,
            dpi=200,
        ),
        capture.scan(
            attendance_letter(
                sofia,
                rosa,
                school="Bret Harte Middle School",
                year="2024-2025",
                dated=D(2025, 6, 12),
            ),
            "scans/attendance sofia.jpg",
            seed + 2,
        ),
        capture.copier(
            [
                report_card(mateo, rosa, school="Garfield Elementary School", year="2024-2025"),
                pediatric_letter(sofia, rosa, dated=D(2025, 9, 3)),
            ],
            "scans/school and clinic.pdf",
            seed + 3,
        ),
        capture.scan(
            stub(
                rosa,
                company="Bayside Linen Services Inc.",
                period=(D(2025, 10, 1), D(2025, 10, 15)),
                rate=19.5,
            ),
            "scans/paystub rosa.pdf",
            seed + 4,
        ),
        capture.scan(
            stub(
                luis,
                company="East Bay Tile & Stone LLC",
                period=(D(2025, 10, 1), D(2025, 10, 15)),
                rate=31.0,
            ),
            "scans/paystub luis.pdf",
            seed + 5,
        ),
        capture.scan(
            one_line_receipt(rosa, paid=D(2025, 3, 1), landlord="Walter Ostrowski"),
            "scans/receipt march.jpg",
            seed + 6,
        ),
        capture.desk(
            training_certificate(rosa, completed=D(2023, 5, 19)),
            "scans/IMG_3310.jpg",
            seed + 7,
        ),
        capture.scan(
            clinic_letter_re(rosa, luis, dated=D(2025, 8, 20)),
            "scans/clinica letter.pdf",
            seed + 8,
        ),
        capture.scan(
            neighbour_letter(rosa, luis, [sofia, mateo], dated=D(2025, 11, 2)),
            "scans/neighbor.pdf",
            seed + 9,
        ),
        capture.scan(
            teacher_letter(rosa, sofia, dated=D(2025, 10, 14)),
            "scans/teacher letter.pdf",
            seed + 10,
        ),
        capture.scan(
            attendance_certificate(mateo, year="2024-2025"),
            "scans/mateo attendance.jpg",
            seed + 11,
        ),
        capture.scan(
            doc.nyc_marriage(
                luis, rosa, married=D(2010, 6, 19), seed=seed + 12, about=(rosa, luis)
            ),
            "scans/marriage.pdf",
            seed + 12,
        ),
        capture.scan(
            doc.g28_single(
                rosa,
                a_number="A218-441-907",
                rep={**rep, "bar_state": "California", "bar_number": "301774"},
                address=(street, city),
                signed=D(2026, 10, 30),
            ),
            "scans/G-28.pdf",
            seed + 13,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rosa.name,
            "a_number": "218-441-907",
            "date_of_birth": rosa.born,
            "country": "Mexico",
            "entered_us": D(2011, 4, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "San Francisco, CA",
            "next_hearing": D(2027, 2, 9),
            "hearing_type": "master",
            "opla_office": "San Francisco",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "children": [
                {"name": sofia.name, "date_of_birth": sofia.born, "status": "usc"},
                {"name": mateo.name, "date_of_birth": mateo.born, "status": "usc"},
            ],
            "spouse": {"name": luis.name, "status": "usc"},
            "education": True,
            "medical": {"person": "self", "condition": "type 2 diabetes with kidney disease"},
            "community_ties": True,
        },
    }
    findings = [
        # true gaps: the daughter's birth certificate and the husband's citizenship are not in
        # the folder
        {"code": "missing-evidence", "claim": "children[0]"},
        {"code": "missing-evidence", "claim": "spouse"},
    ]
    return CasePlan(
        "hernandez",
        "tuning",
        case,
        placed,
        findings,
        notes="true: no birth certificate of the daughter, nothing proves the husband a citizen",
    )
