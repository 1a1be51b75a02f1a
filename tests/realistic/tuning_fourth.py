"""A tuning case about whom each document is about and which findings a reviewer would raise
(`funes`, Charlotte): papers that name two or three people of the family, only one of whom
the paper is about.

- a developmental pediatrician's letter about the son ("Re: ... DOB") that names the mother as
  his caregiver, and a school report card with the pupil in its header box beside the homeroom
  teacher and the principal, photographed on a dark desk;
- a bilingual (English/Spanish) enrollment verification;
- a letter of support written by the respondent's US-citizen adult daughter, who introduces
  herself and signs with her own name: it is about the mother;
- a dialysis unit's treatment summary whose patient is the respondent's husband, the respondent
  named as his emergency contact;
- a police incident report where the respondent is the victim and an offender is named;
- an IRS wage and income transcript with masked names ("DILC FUNE", the employer "WHIT");
- a W-2 whose employer is a company named after people ("Whitaker Ashby Inc.");
- a coworker's letter in Spanish with its English translation, and a Brazilian church's
  "declaração" in Portuguese with its translation, each in its own file and no `documents:`
  entry pairing them.

`dorvil` (North Miami) was written after the rules were fixed for `funes`, as a check that
they carry over: a Haitian Creole church letter with its translation, a memory clinic's note
about the respondent's mother naming him as the responsible party (phone photo), a letter by
his adult son who is in no claim, a school's letter addressed to him about his daughter, pay
statements of a company named after its founders, a Florida certification of birth.

Written from what such papers look like; rules may be tuned on these, never on the blind
corpus. Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic.dates import dashed, long, spelled, us
from tests.realistic.model import CasePlan, Paper, Person, drawn, plain, up
from tests.realistic.paper import GREY, Sheet, letterhead
from tests.realistic.tuning_issuers import translation_of

D = dt.date
STREET, CITY = "4410 Farm Pond Lane, Apt. 2B", "Charlotte, NC 28212"


def nc_birth(child: Person, mother: Person, father: Person, *, issued: dt.date) -> Paper:
    """A county register of deeds' certified copy of a North Carolina birth certificate:
    numbered boxes, the child's whole name in one box, the parents' names in theirs."""
    s = Sheet()
    s.security_background(4411, (222, 232, 226))
    s.center(0.5, "STATE OF NORTH CAROLINA", 11, "serif-bold")
    s.center(0.72, "DEPARTMENT OF HEALTH AND HUMAN SERVICES · VITAL RECORDS", 8, "sans")
    s.center(0.98, "CERTIFICATE OF BIRTH", 17, "serif-bold")
    s.text(6.2, 1.35, "STATE FILE NO. 2013-118406", 7.5, "sans")
    y = s.grid(
        0.6,
        1.55,
        7.3,
        [
            (
                0.5,
                [
                    (3, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                    (0.8, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                ],
            ),
            (
                0.5,
                [
                    (1.2, "3a. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                    (0.8, "3b. TIME OF BIRTH", "0612"),
                    (2, "4. FACILITY NAME", "NOVANT HEALTH PRESBYTERIAN MEDICAL CENTER"),
                ],
            ),
            (
                0.5,
                [
                    (1.6, "5. CITY, TOWN OR LOCATION OF BIRTH", "CHARLOTTE"),
                    (1.4, "6. COUNTY OF BIRTH", "MECKLENBURG"),
                ],
            ),
            (
                0.5,
                [
                    (2.4, "7a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(mother.name)),
                    (1, "7b. DATE OF BIRTH", us(mother.born)),
                    (1.2, "7c. BIRTHPLACE (State or Foreign Country)", "HONDURAS"),
                ],
            ),
            (
                0.5,
                [
                    (2.4, "8a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(father.name)),
                    (1, "8b. DATE OF BIRTH", us(father.born)),
                    (1.2, "8c. BIRTHPLACE (State or Foreign Country)", "BRAZIL"),
                ],
            ),
            (
                0.5,
                [
                    (2, "9. CERTIFIER'S NAME AND TITLE", "PRIYA RAMANATHAN-COLE, MD"),
                    (1.2, "10. DATE FILED BY REGISTRAR", "09/12/2013"),
                ],
            ),
        ],
    )
    s.para(
        0.6,
        y + 0.35,
        7.3,
        "I, Fredericka Oyelowo-Marsh, Register of Deeds of Mecklenburg County, certify that "
        "this is a true and correct copy of the certificate on file in this office.",
        8.5,
        "sans",
    )
    s.text(0.6, y + 0.85, f"DATE ISSUED: {us(issued)}", 9, "sans-bold")
    s.signature(4.8, y + 0.7, "Fredericka Oyelowo-Marsh", 16)
    s.text(4.8, y + 1.2, "Register of Deeds", 8, "sans")
    s.seal(2.6, y + 1.7, 0.55, "MECKLENBURG COUNTY · NORTH CAROLINA · ", "SEAL")
    return drawn("nc_birth_certificate", [s], "birth_certificate", child, "us_family")


def developmental_letter(patient: Person, mother: Person, *, dated: dt.date) -> Paper:
    """A developmental pediatrician's letter about a child with autism, the mother named as
    the caregiver who brings him to therapy; signed by the doctor."""
    s = Sheet()
    y = letterhead(
        s,
        "Carolina Piedmont Developmental Pediatrics",
        [
            "1918 Randolph Road, Suite 210, Charlotte, NC 28207",
            "Tel 704-555-0163 · Fax 704-555-0164",
        ],
        (30, 80, 130),
        "leaf",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.15
    y = s.text(0.9, y, f"RE: {patient.name}    DOB: {us(patient.born)}", 11, "serif-bold")
    y = s.text(0.9, y + 0.1, "To Whom It May Concern:", 11, "serif") + 0.12
    age = dated.year - patient.born.year
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"{patient.first} is a {age}-year-old boy who has been followed in our practice since "
            "2016 for autism spectrum disorder, requiring substantial support (level 2), with "
            "a language disorder and sleep disturbance.",
            f"He receives applied behavior analysis therapy three afternoons a week and speech "
            f"therapy at school. His mother, {mother.first} {mother.surname}, is his primary "
            "caregiver. She brings him to every appointment and carries out his behavior plan "
            "at home; he does not tolerate changes in routine or unfamiliar caregivers.",
            "In my medical opinion, separation from his mother would cause serious regression "
            "in his communication and self-care skills.",
        ],
        gap=0.12,
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.05, "Sincerely,", 11, "serif")
    s.signature(1.0, y + 0.05, "Hannah Lindqvist-Obi", 20)
    s.lines(
        0.9,
        y + 0.6,
        ["Hannah Lindqvist-Obi, MD, FAAP", "Developmental-Behavioral Pediatrics"],
        10,
        "serif",
    )
    return drawn(
        "developmental_pediatrics_letter",
        [s],
        "medical_record",
        patient,
        ("caretaker", "medical"),
        proves=(dated, dated),
    )


def report_card_header_box(student: Person, *, year: str) -> Paper:
    """A middle school report card: the district's name, a header box holding the student's
    name, ID, grade, homeroom teacher and principal, then a grid of marks."""
    s = Sheet()
    s.text(0.6, 0.5, "CHARLOTTE-MECKLENBURG SCHOOLS", 13, "sans-bold")
    s.text(
        0.6,
        0.75,
        "Albemarle Road Middle School · 6900 Democracy Drive, Charlotte, NC",
        8.5,
        "sans",
        fill=GREY,
    )
    s.text(7.9, 0.5, f"REPORT CARD {year}", 11, "sans-bold", align="right")
    s.grid(
        0.6,
        1.1,
        7.3,
        [
            (
                0.45,
                [
                    (2.6, "Student", student.name),
                    (1.2, "Student ID", "2450178812"),
                    (0.6, "Grade", "07"),
                ],
            ),
            (
                0.45,
                [
                    (2.2, "Homeroom Teacher", "Patricia Okwuosa-Grant"),
                    (2.2, "Principal", "Dr. Reginald Thornberry"),
                ],
            ),
        ],
        value_face="sans",
        label_pt=6.5,
        value_pt=10,
    )
    y = s.table(
        0.6,
        2.2,
        [2.5, 1.5, 0.8, 0.8, 0.8, 0.9],
        [
            ["Course", "Teacher", "Q1", "Q2", "Q3", "Q4"],
            ["Language Arts 7", "Okwuosa-Grant", "B", "B", "B+", "A-"],
            ["Math 7", "Delacroix", "C+", "B-", "B", "B"],
            ["Science 7", "Haverford", "B", "B", "B+", "B+"],
            ["Social Studies 7", "Mbeki-Sloan", "A-", "B+", "A-", "A"],
            ["Exceptional Children Resource", "Fairbanks", "P", "P", "P", "P"],
            ["Physical Education", "Rutledge", "A", "A", "A", "A"],
        ],
        9,
    )
    s.table(
        0.6,
        y + 0.3,
        [2.5, 1.0, 1.0, 1.0, 1.0],
        [
            ["Attendance", "Q1", "Q2", "Q3", "Q4"],
            ["Days absent", "1", "3", "0", "2"],
            ["Days tardy", "0", "1", "0", "0"],
        ],
        9,
    )
    s.para(
        0.6,
        y + 1.4,
        7.3,
        "Teacher comment: Davi works hard and has grown in his reading. He does best with a "
        "visual schedule and advance notice of changes.",
        9.5,
        "serif-italic",
    )
    return drawn("report_card_header_box", [s], "school_record", student, "education")


def bilingual_enrollment(student: Person, parent: Person, *, dated: dt.date) -> Paper:
    """A district's bilingual enrollment verification: every label in English and Spanish."""
    s = Sheet()
    letterhead(
        s,
        "Charlotte-Mecklenburg Schools",
        [
            "Student Placement Office / Oficina de Asignación Estudiantil",
            "600 E. Fourth Street, Charlotte, NC 28202",
        ],
        (20, 60, 120),
        "star",
    )
    s.center(1.75, "VERIFICATION OF ENROLLMENT", 13, "sans-bold")
    s.center(2.0, "VERIFICACIÓN DE MATRÍCULA", 12, "sans-bold")
    y = s.grid(
        0.8,
        2.4,
        6.9,
        [
            (
                0.5,
                [
                    (2, "Student name / Nombre del estudiante", student.name),
                    (1, "Date of birth / Fecha de nacimiento", us(student.born)),
                ],
            ),
            (
                0.5,
                [
                    (2, "School / Escuela", "Albemarle Road Middle School"),
                    (1, "Grade / Grado", "7"),
                ],
            ),
            (
                0.5,
                [
                    (1.5, "Enrolled since / Inscrito desde", "08/26/2019"),
                    (1.5, "Status / Estado", "Active / Activo"),
                ],
            ),
            (0.5, [(3, "Parent or guardian / Padre, madre o tutor", parent.name)]),
        ],
        value_face="sans",
        label_pt=6.5,
        value_pt=10,
    )
    y = s.para(
        0.8,
        y + 0.3,
        6.9,
        "This is to certify that the student named above is currently enrolled in "
        "Charlotte-Mecklenburg Schools and attends classes regularly.",
        10,
        "serif",
    )
    y = s.para(
        0.8,
        y + 0.1,
        6.9,
        "Por medio de la presente se certifica que el estudiante nombrado arriba está "
        "inscrito actualmente en las Escuelas de Charlotte-Mecklenburg y asiste a clases "
        "con regularidad.",
        10,
        "serif-italic",
    )
    s.signature(1.0, y + 0.3, "Monique Abernathy", 18)
    s.lines(
        0.8,
        y + 0.85,
        ["Monique Abernathy, Registrar / Registradora", f"Date / Fecha: {us(dated)}"],
        9.5,
        "serif",
    )
    return drawn(
        "bilingual_enrollment_verification",
        [s],
        "school_record",
        student,
        "education",
        ("en", "es"),
        proves=(dated, dated),
    )


def daughter_letter(mother: Person, daughter: Person, *, dated: dt.date) -> Paper:
    """A letter of support typed by the respondent's adult US-citizen daughter, her own name
    and address at the top, signed by her: it is about the mother."""
    s = Sheet()
    y = s.lines(0.9, 0.8, [daughter.name, STREET, CITY, "(704) 555-0128"], 11, "serif") + 0.2
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = s.text(0.9, y, "Dear Honorable Immigration Judge,", 11, "serif") + 0.12
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"My name is {daughter.name}. I am {dated.year - daughter.born.year} years old and "
            "a United States citizen, born in Charlotte, North Carolina. I am writing this "
            f"letter for my mother, {mother.name}.",
            "My mother has lived in Charlotte for as long as I can remember. She raised me and my "
            f"little brother {'Davi'} while working nights cleaning offices. When my father "
            "started dialysis in 2022 she took over everything: his appointments, the bills, "
            "and my brother's therapies. I am in nursing school and I could not do this alone.",
            "My mother is the center of our family. Please allow her to stay with us.",
        ],
        gap=0.12,
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.05, "Respectfully,", 11, "serif")
    s.signature(1.0, y + 0.05, daughter.name, 20)
    s.text(0.9, y + 0.6, daughter.name, 11, "serif")
    return drawn(
        "daughter_support_letter",
        [s],
        "letter_of_support",
        mother,
        ("community_ties", "us_family"),
        proves=(dated, dated),
    )


def dialysis_summary(patient: Person, wife: Person, *, dated: dt.date) -> Paper:
    """A dialysis unit's treatment summary: the patient last name first with an MRN, the
    nephrologist, the diagnosis with its ICD-10 code, and the wife as emergency contact."""
    s = Sheet()
    y = letterhead(
        s,
        "Piedmont Kidney Care - Eastland Dialysis",
        ["5601 Central Avenue, Charlotte, NC 28212", "Phone 704-555-0190"],
        (110, 40, 40),
        "cross",
    )
    y = s.center(y, "PATIENT TREATMENT SUMMARY", 13, "sans-bold") + 0.1
    first, *middle = up(patient.given).split()
    y = s.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.45,
                [
                    (
                        2.4,
                        "Patient name (Last, First MI)",
                        f"{up(patient.surname)}, {first} {' '.join(m[0] for m in middle)}".strip(),
                    ),
                    (1.1, "DOB", us(patient.born)),
                    (1.1, "MRN", "00482251"),
                ],
            ),
            (
                0.45,
                [
                    (2.4, "Attending nephrologist", "Samuel Achterberg, MD"),
                    (2.2, "Modality", "In-center hemodialysis, 3x weekly"),
                ],
            ),
            (
                0.45,
                [
                    (2.4, "Emergency contact", f"{up(wife.surname)}, {up(wife.first)} (SPOUSE)"),
                    (2.2, "Contact phone", "(704) 555-0127"),
                ],
            ),
        ],
        value_face="sans",
        label_pt=6.5,
        value_pt=10,
    )
    y = s.lines(
        0.8,
        y + 0.25,
        [
            "Diagnosis: N18.6 End stage renal disease; I12.0 Hypertensive chronic kidney disease",
            "Dialysis start date: 03/14/2022    Schedule: Mon / Wed / Fri, 05:30 chair 14",
            "Vascular access: left upper arm AV fistula",
            "Transplant status: on waiting list since 11/2023",
        ],
        10,
        "sans",
    )
    y = s.para(
        0.8,
        y + 0.2,
        6.9,
        "Assessment: Patient adherent to treatment schedule. Requires assistance with "
        "transportation to and from treatment and with his fluid and dietary restrictions; "
        "his wife provides this care. Missed treatments carry a risk of fluid overload and "
        "hyperkalemia.",
        10,
        "serif",
    )
    s.signature(1.0, y + 0.2, "Samuel Achterberg", 18)
    s.lines(
        0.8, y + 0.75, ["Samuel Achterberg, MD, Nephrology", f"Date: {us(dated)}"], 9.5, "serif"
    )
    return drawn(
        "kidney_unit_treatment_summary",
        [s],
        "medical_record",
        patient,
        "medical",
        proves=(dated, dated),
    )


def cmpd_incident(victim: Person, *, occurred: dt.date, reported: dt.date) -> Paper:
    """A city police incident/investigation report: header boxes, the victim's block, the
    suspect's block, and the officer's narrative."""
    s = Sheet()
    s.text(0.6, 0.45, "CHARLOTTE-MECKLENBURG POLICE DEPARTMENT", 12, "sans-bold")
    s.text(0.6, 0.7, "INCIDENT / INVESTIGATION REPORT", 10, "sans-bold")
    s.text(7.9, 0.45, "Complaint No. 20250317-1842-02", 9, "mono-bold", align="right")
    first, *middle = up(victim.given).split()
    y = s.grid(
        0.6,
        1.05,
        7.3,
        [
            (
                0.45,
                [
                    (1.4, "Date reported", us(reported)),
                    (1.4, "Date/time occurred", f"{us(occurred)} 2140"),
                    (2.5, "Offense", "ROBBERY - COMMON LAW (STRONG ARM)"),
                ],
            ),
            (
                0.45,
                [
                    (3, "Location of occurrence", "5400 ALBEMARLE RD (PARKING LOT)"),
                    (1.3, "Division", "EASTWAY"),
                ],
            ),
        ],
        value_face="mono",
        label_pt=6,
        value_pt=9,
    )
    s.rect(0.6, y + 0.1, 7.3, 0.22, outline=None, fill=(220, 220, 220))
    s.text(0.65, y + 0.12, "VICTIM 1", 8, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.32,
        7.3,
        [
            (
                0.45,
                [
                    (
                        3,
                        "Name (Last, First, Middle)",
                        f"{up(victim.surname)}, {first} {' '.join(middle)}",
                    ),
                    (0.5, "Sex", victim.sex),
                    (1.0, "DOB", us(victim.born)),
                ],
            ),
            (0.45, [(3, "Address", up(f"{STREET} {CITY}")), (1.5, "Injury", "MINOR - ABRASIONS")]),
        ],
        value_face="mono",
        label_pt=6,
        value_pt=9,
    )
    s.rect(0.6, y + 0.1, 7.3, 0.22, outline=None, fill=(220, 220, 220))
    s.text(0.65, y + 0.12, "SUSPECT 1", 8, "sans-bold")
    y = s.grid(
        0.6,
        y + 0.32,
        7.3,
        [
            (
                0.45,
                [
                    (3, "Name (Last, First, Middle)", "PRUITT, CODY RAY"),
                    (0.5, "Sex", "M"),
                    (1.0, "DOB", "02/19/1994"),
                ],
            ),
            (0.45, [(3, "Status", "ARRESTED - CUSTODIAL"), (1.5, "Charge", "G.S. 14-87.1")]),
        ],
        value_face="mono",
        label_pt=6,
        value_pt=9,
    )
    y = s.text(0.6, y + 0.2, "NARRATIVE", 9, "sans-bold")
    y = s.para(
        0.6,
        y + 0.05,
        7.3,
        f"On the above date and time officers responded to a robbery call. Victim "
        f"{plain(victim.surname.split()[0])} stated she was walking to her vehicle after her "
        "shift when the suspect pushed her to the ground and took her purse containing her "
        "phone and $312 in cash. A witness provided a description of the suspect and his "
        "vehicle. Officers located the suspect near Sharon Amity Rd and recovered the purse. "
        "The victim was cooperative and identified the suspect at the scene. A Spanish "
        "interpreter was used (Language Line).",
        9.5,
        "mono",
        1.25,
    )
    s.lines(
        0.6,
        y + 0.3,
        ["Reporting officer: Ofc. J. Nakamura-Hale #4417", "Approved: Sgt. D. Whitcombe #2290"],
        9,
        "mono",
    )
    return drawn(
        "police_incident_victim_block",
        [s],
        "police_report",
        victim,
        "crime_victim",
        proves=(occurred, occurred),
    )


def wage_income(person: Person, year: int, *, requested: dt.date) -> Paper:
    """An IRS wage and income transcript as printed: monospace, names masked to their first
    four letters, the employer's too."""
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                       Wage and Income Transcript",
        "",
        f"Request Date:             {dashed(requested)}",
        f"Response Date:            {dashed(requested)}",
        "Tracking Number:          108840117263",
        "SSN Provided:             XXX-XX-6620",
        f"Tax Period Requested:     December, {year}",
        "",
        "Form W-2 Wage and Tax Statement",
        "Employer:",
        "Employer Identification Number (EIN):XXXXX4512",
        "WHIT ASHB",
        "1200 W",
        "Employee:",
        "Employee's Social Security Number:XXX-XX-6620",
        person.irs,
        "4410 F",
        "",
        "Submission Type:.....................................Original document",
        "Wages, Tips and Other Compensation:..........................$24,312.00",
        "Federal Income Tax Withheld:....................................$610.00",
        "Social Security Wages:.......................................$24,312.00",
        "Social Security Tax Withheld:.................................$1,507.34",
        "Medicare Wages and Tips:.....................................$24,312.00",
        "Medicare Tax Withheld:..........................................$352.52",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    s = Sheet()
    s.lines(0.75, 0.6, lines, 9.5, "mono")
    end = D(year, 12, 31)
    return drawn(
        "irs_wage_income_masked",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), end),
    )


def w2_grid(person: Person, year: int, *, employer: str) -> Paper:
    """Form W-2 (Copy B) as an employer's payroll prints it: the lettered boxes a-f at left,
    the numbered money boxes at right."""
    s = Sheet()
    s.text(0.6, 0.45, f"Form W-2 Wage and Tax Statement {year}", 11, "sans-bold")
    s.text(
        7.9,
        0.45,
        "Copy B - To Be Filed With Employee's FEDERAL Tax Return",
        7,
        "sans",
        align="right",
    )
    first, *middle = person.given.split()
    initial = middle[0][0] if middle else ""
    s.grid(
        0.6,
        0.8,
        7.3,
        [
            (
                0.42,
                [
                    (1.6, "a  Employee's social security number", "XXX-XX-6620"),
                    (1.3, "1  Wages, tips, other compensation", "26,904.00"),
                    (1.3, "2  Federal income tax withheld", "702.00"),
                ],
            ),
            (
                0.42,
                [
                    (1.6, "b  Employer identification number (EIN)", "56-2894512"),
                    (1.3, "3  Social security wages", "26,904.00"),
                    (1.3, "4  Social security tax withheld", "1,668.05"),
                ],
            ),
            (
                0.75,
                [
                    (
                        1.6,
                        "c  Employer's name, address, and ZIP code",
                        f"{employer}\n1200 West Blvd\nCharlotte NC 28208",
                    ),
                    (1.3, "5  Medicare wages and tips", "26,904.00"),
                    (1.3, "6  Medicare tax withheld", "390.11"),
                ],
            ),
            (
                0.42,
                [
                    (1.6, "d  Control number", "000318"),
                    (1.3, "7  Social security tips", ""),
                    (1.3, "8  Allocated tips", ""),
                ],
            ),
            (
                0.42,
                [
                    (0.95, "e  Employee's first name and initial", f"{first} {initial}".strip()),
                    (0.65, "Last name", person.surname),
                    (1.3, "12a", ""),
                    (1.3, "13  Statutory / Retirement / Third-party", ""),
                ],
            ),
            (
                0.75,
                [
                    (1.6, "f  Employee's address and ZIP code", f"{STREET}\n{CITY}"),
                    (1.3, "14  Other", ""),
                    (1.3, "12b", ""),
                ],
            ),
            (
                0.42,
                [
                    (0.5, "15  State", "NC"),
                    (1.1, "Employer's state ID number", "600812447"),
                    (1.3, "16  State wages, tips, etc.", "26,904.00"),
                    (1.3, "17  State income tax", "655.00"),
                ],
            ),
        ],
        value_face="mono",
        label_pt=5.5,
        value_pt=9,
    )
    s.text(0.6, 5.1, "Department of the Treasury - Internal Revenue Service", 7, "sans")
    return drawn(
        "w2_person_named_employer",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


CARTA_BODY = [
    "Conozco a Dilcia Maribel Funes Zavala desde el año 2014, cuando empezamos a trabajar "
    "juntas en el turno de noche limpiando oficinas en el centro de Charlotte.",
    "Dilcia es una persona responsable y trabajadora. Cuando su esposo enfermó de los riñones, "
    "ella siguió trabajando y cuidando a su hijo Davi, que tiene autismo. Nunca la he visto "
    "faltar a su familia ni a su trabajo.",
    "Por eso le pido respetuosamente que le permitan quedarse en este país con su familia.",
]
CARTA_BODY_EN = [
    "I have known Dilcia Maribel Funes Zavala since 2014, when we began working together on "
    "the night shift cleaning offices in downtown Charlotte.",
    "Dilcia is a responsible and hard-working person. When her husband fell ill with kidney "
    "disease, she kept working and caring for her son Davi, who has autism. I have never seen "
    "her fail her family or her job.",
    "For this reason I respectfully ask that she be allowed to remain in this country with "
    "her family.",
]


def declaracao_igreja(member: Person, husband: Person, *, dated: dt.date) -> Paper:
    """A Brazilian congregation's "declaração" in Portuguese on its letterhead: the member and
    her husband, since when they attend, what she does there; signed by the pastor."""
    s = Sheet()
    y = letterhead(
        s,
        "Igreja Evangélica Assembleia de Deus Brasileira",
        ["3025 Eastway Drive, Charlotte, NC 28205", "Telefone (704) 555-0186"],
        (30, 90, 60),
        "cross",
        align="center",
    )
    y = s.center(y + 0.1, "DECLARAÇÃO", 15, "serif-bold") + 0.25
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"Declaramos, para os devidos fins, que a irmã {member.name} e seu esposo "
            f"{husband.name} são membros ativos desta igreja desde março de 2011.",
            "A irmã Dilcia coordena o ministério infantil aos domingos e ajuda na distribuição "
            "de alimentos às famílias necessitadas da nossa comunidade todas as quartas-feiras. "
            "É uma pessoa honesta, dedicada à família e muito querida por todos os irmãos.",
            "Sem mais, colocamo-nos à disposição para quaisquer esclarecimentos.",
        ],
        gap=0.15,
        pt=11.5,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, f"Charlotte, {spelled(dated, 'pt')}.", 11.5, "serif")
    s.signature(1.0, y + 0.15, "Josué Carvalho Nunes", 20)
    s.lines(0.9, y + 0.75, ["Pr. Josué Carvalho Nunes", "Pastor Presidente"], 10.5, "serif")
    return drawn(
        "declaracao_igreja",
        [s],
        "letter_of_support",
        member,
        "community_ties",
        "pt",
        proves=(dated, dated),
    )


def funes() -> CasePlan:
    """Charlotte: a Honduran mother who cares for her autistic son and her husband on
    dialysis, the victim of a robbery; her adult daughter writes for her."""
    dilcia = Person("Dilcia Maribel", "Funes Zavala", D(1981, 4, 22), "F", "San Pedro Sula")
    anderson = Person("Anderson", "Barbosa Lima", D(1977, 11, 5), "M", "Brazil")
    keyla = Person("Keyla", "Barbosa Funes", D(2003, 6, 18), "F", "Charlotte")
    davi = Person("Davi", "Barbosa Funes", D(2013, 9, 3), "M", "Charlotte")
    seed = 10400
    rep: dict[str, Any] = {
        "name": "Adaeze Thorvaldsen-Ruiz",
        "organization": "Queen City Immigrant Legal Aid",
        "address": ["1801 N. Tryon Street, Suite 400", "Charlotte, NC 28206"],
        "phone": "704-555-0150",
        "email": "athorvaldsen@example.org",
        "eoir_id": "QC418812",
    }
    translator = {
        "name": "Marcela Ibarra Toledo",
        "address": ["1801 N. Tryon Street, Suite 400", "Charlotte, NC 28206"],
        "phone": "704-555-0151",
    }
    carta_args: dict[str, Any] = {
        "writer": "Reina Isabel Cruz Mejía",
        "lines": ["2215 Kilborne Drive, Charlotte, NC 28205", "Tel. (704) 555-0172"],
        "place": "Charlotte, Carolina del Norte",
        "dated": D(2026, 10, 20),
    }
    declaracao = declaracao_igreja(dilcia, anderson, dated=D(2026, 10, 11))
    placed = [
        capture.card_photo(
            doc.passport_page(
                "HND",
                dilcia,
                number="F482719",
                issued=D(2022, 3, 8),
                expiry=D(2032, 3, 7),
                equity="identity",
                seed=seed,
            ),
            "scans/pasaporte.jpg",
            seed,
        ),
        capture.scan(
            nc_birth(davi, dilcia, anderson, issued=D(2024, 1, 9)),
            "scans/davi birth cert.pdf",
            seed + 1,
        ),
        capture.scan(
            developmental_letter(davi, dilcia, dated=D(2026, 9, 29)),
            "scans/dr letter davi.pdf",
            seed + 2,
        ),
        capture.desk(
            report_card_header_box(davi, year="2025-2026"),
            "scans/IMG_20260612_183355.jpg",
            seed + 3,
        ),
        capture.scan(
            bilingual_enrollment(davi, dilcia, dated=D(2026, 9, 8)),
            "scans/enrollment.jpg",
            seed + 4,
        ),
        capture.scan(
            daughter_letter(dilcia, keyla, dated=D(2026, 11, 3)),
            "scans/letter keyla.pdf",
            seed + 5,
        ),
        capture.scan(
            dialysis_summary(anderson, dilcia, dated=D(2026, 10, 6)),
            "scans/anderson dialysis.pdf",
            seed + 6,
        ),
        capture.scan(
            cmpd_incident(dilcia, occurred=D(2025, 3, 17), reported=D(2025, 3, 17)),
            "scans/police report.pdf",
            seed + 7,
        ),
        capture.scan(
            wage_income(dilcia, 2025, requested=D(2026, 10, 1)),
            "scans/irs 2025.pdf",
            seed + 8,
        ),
        capture.scan(
            w2_grid(dilcia, 2024, employer="Whitaker Ashby Inc."),
            "scans/w2 2024.pdf",
            seed + 9,
        ),
        capture.scan(
            doc.carta(dilcia, body=CARTA_BODY, **carta_args),
            "scans/carta reina.pdf",
            seed + 10,
        ),
        capture.scan(
            doc.carta_translation(
                dilcia,
                body=CARTA_BODY_EN,
                translator=translator,
                signed=D(2026, 10, 27),
                **{**carta_args, "place": "Charlotte, North Carolina"},
            ),
            "scans/reina letter english.pdf",
            seed + 11,
        ),
        capture.scan(declaracao, "scans/declaracao igreja.pdf", seed + 12),
        capture.scan(
            translation_of(
                "declaracao_igreja",
                dilcia,
                [
                    "Evangelical Church Assembly of God (Brazilian)",
                    "3025 Eastway Drive, Charlotte, NC 28205",
                    "",
                    "DECLARATION",
                    "",
                    f"We declare, for all due purposes, that sister {dilcia.name} and",
                    f"her husband {anderson.name} have been active members of this",
                    "church since March 2011.",
                    "Sister Dilcia coordinates the children's ministry on Sundays and helps",
                    "distribute food to needy families of our community every Wednesday.",
                    "She is an honest person, devoted to her family and dearly loved.",
                    "",
                    "Charlotte, October 11, 2026.",
                    "[signed] Pr. Josué Carvalho Nunes, Senior Pastor",
                ],
                translator=translator["name"],
                language="Portuguese",
                dated=D(2026, 10, 27),
                equity="community_ties",
            ),
            "scans/church letter translation.pdf",
            seed + 13,
        ),
        capture.scan(
            doc.g28_single(
                dilcia,
                a_number="A209-553-118",
                rep={**rep, "bar_state": "North Carolina", "bar_number": "48812"},
                address=(STREET, CITY),
                signed=D(2026, 11, 5),
            ),
            "scans/G-28.pdf",
            seed + 14,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": dilcia.name,
            "a_number": "209-553-118",
            "date_of_birth": dilcia.born,
            "country": "Honduras",
            "entered_us": D(2001, 8, 14),
            "address": [STREET, CITY],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Charlotte, NC",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "master",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2024, 1, 1),
            "children": [
                {"name": davi.name, "date_of_birth": davi.born, "status": "usc"},
                {"name": keyla.name, "date_of_birth": keyla.born, "status": "usc"},
            ],
            "education": True,
            "medical": {"person": anderson.name, "condition": "end-stage renal disease"},
            "caretaker": {"person": davi.name, "condition": "autism spectrum disorder"},
            "crime_victim": {"kind": "other"},
            "community_ties": True,
        },
        "translator": translator,
    }
    findings = [
        # true gap: nothing in the folder proves the adult daughter is the respondent's US
        # citizen child; her own letter of support does not
        {"code": "missing-evidence", "claim": "children[1]"},
    ]
    allowed = [
        # the volunteer's certificate under the church letter gives no address or phone of its
        # own (case.yaml's translator block does): a reviewer may ask for them
        {
            "code": "incomplete-translation-certificate",
            "file": "scans/church letter translation.pdf",
        },
    ]
    return CasePlan(
        "funes",
        "tuning",
        case,
        placed,
        findings,
        allowed,
        notes="true: no birth certificate of the adult daughter",
    )


# ---------------------------------------------------------------- dorvil (Miami)

MIAMI_STREET, MIAMI_CITY = "1290 NE 131st Street, Apt. 4", "North Miami, FL 33161"


def florida_birth_card(child: Person, mother: str, father: str, *, issued: dt.date) -> Paper:
    """A Florida certification of birth as the state prints it: a framed page, captions with
    colons on the left, the values beside them, the state registrar's signature."""
    s = Sheet()
    s.security_background(7112, (226, 226, 236))
    s.border(0.35, 1.8)
    s.center(0.7, "STATE OF FLORIDA", 12, "serif-bold")
    s.center(0.95, "BUREAU OF VITAL STATISTICS", 9, "sans")
    s.center(1.3, "CERTIFICATION OF BIRTH", 18, "serif-bold")
    rows = [
        ("NAME:", up(child.name)),
        ("DATE OF BIRTH:", us(child.born)),
        ("SEX:", "FEMALE" if child.sex == "F" else "MALE"),
        ("PLACE OF BIRTH:", "MIAMI-DADE COUNTY"),
        ("MOTHER'S MAIDEN NAME:", up(mother)),
        ("FATHER'S NAME:", up(father)),
        ("DATE FILED:", us(child.born + dt.timedelta(days=9))),
        ("STATE FILE NUMBER:", "115-2015-088417"),
    ]
    y = 2.0
    for caption, value in rows:
        s.text(1.0, y, caption, 9.5, "sans-bold")
        s.text(3.6, y, value, 10.5, "mono-bold")
        y += 0.36
    s.text(1.0, y + 0.3, f"DATE ISSUED: {us(issued)}", 9.5, "sans-bold")
    s.signature(4.6, y + 0.6, "Ellery Vanterpool", 16)
    s.text(4.6, y + 1.1, "State Registrar", 8.5, "sans")
    return drawn("florida_certification_framed", [s], "birth_certificate", child, "us_family")


def memory_clinic_note(patient: Person, son: Person, *, seen: dt.date) -> Paper:
    """A geriatric memory clinic's visit note about the respondent's mother, her son (the
    respondent) written as the responsible party who brings her."""
    s = Sheet()
    y = letterhead(
        s,
        "Biscayne Geriatric & Memory Center",
        ["12550 Biscayne Blvd., Suite 300, North Miami, FL 33181", "Tel 305-555-0148"],
        (90, 40, 110),
        "leaf",
    )
    y = s.center(y, "OFFICE VISIT NOTE", 12, "sans-bold") + 0.1
    y = s.lines(
        0.9,
        y,
        [
            f"Name: {up(patient.surname)}, {up(patient.given)}      DOB: {us(patient.born)}",
            f"Visit date: {us(seen)}      Provider: Renata Oyelaran-Fisk, MD",
            f"Responsible party: {son.name} (son)   Phone: (305) 555-0191",
        ],
        10.5,
        "sans",
    )
    s.paras(
        0.9,
        y + 0.2,
        6.7,
        [
            "Chief complaint: follow-up of memory loss. Accompanied by her son, who reports "
            "that she wanders at night and no longer recognises the neighbours.",
            "Assessment: Alzheimer's disease, moderate stage (G30.1, F02.B0). MoCA 12/30. "
            "She cannot manage medications or meals and must not be left alone.",
            "Plan: continue donepezil 10 mg nightly; home safety measures; her son remains her "
            "full-time caregiver. Return in 3 months.",
        ],
        gap=0.12,
        pt=10.5,
        face="serif",
    )
    return drawn(
        "memory_clinic_visit_note", [s], "medical_record", patient, "medical", proves=(seen, seen)
    )


LET_LEGLIZ = [
    "Mwen menm, Pastè Jacques Elie Fontaine, responsab Legliz Batis Betel nan North Miami, "
    "sètifye ke frè Wilner Dorvil se yon manm aktif legliz nou depi ane 2009.",
    "Frè Dorvil chante nan koral la chak dimanch epi li ede nou distribye manje bay fanmi ki "
    "nan bezwen. Se yon bon moun, yon papa ki renmen pitit li, e li pran swen manman l ki "
    "malad lakay li.",
    "Nou mande otorite yo pou yo kite l rete ak fanmi li.",
]


def let_legliz(member: Person, *, dated: dt.date) -> Paper:
    """A Haitian congregation's letter in Creole on its letterhead, signed by the pastor."""
    s = Sheet()
    y = letterhead(
        s,
        "Legliz Batis Betel",
        ["740 NE 125th Street, North Miami, FL 33161", "Telefòn (305) 555-0139"],
        (20, 60, 120),
        "cross",
    )
    y = s.text(0.9, y, f"North Miami, {spelled(dated, 'ht')}", 11.5, "serif") + 0.25
    y = s.text(0.9, y, "Pou otorite imigrasyon yo,", 11.5, "serif") + 0.15
    y = s.paras(0.9, y, 6.7, LET_LEGLIZ, gap=0.15, pt=11.5, face="serif")
    s.signature(1.0, y + 0.1, "Jacques Elie Fontaine", 20)
    s.lines(0.9, y + 0.7, ["Pastè Jacques Elie Fontaine", "Legliz Batis Betel"], 10.5, "serif")
    return drawn(
        "let_legliz_kreyol",
        [s],
        "letter_of_support",
        member,
        "community_ties",
        "ht",
        proves=(dated, dated),
    )


def legliz_translation(
    member: Person, *, dated: dt.date, signed: dt.date, translator: dict
) -> Paper:
    s = Sheet()
    y = s.text(0.9, 0.7, "TRANSLATION FROM HAITIAN CREOLE", 10, "sans-bold") + 0.2
    y = (
        s.lines(
            0.9,
            y,
            ["Bethel Baptist Church", "740 NE 125th Street, North Miami, FL 33161"],
            10.5,
            "serif",
        )
        + 0.2
    )
    y = s.text(0.9, y, f"North Miami, {long(dated)}", 11, "serif") + 0.2
    y = s.text(0.9, y, "To the immigration authorities,", 11, "serif") + 0.15
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            "I, Pastor Jacques Elie Fontaine, head of Bethel Baptist Church in North Miami, "
            f"certify that brother {member.name} has been an active member of our church since "
            "2009.",
            "Brother Dorvil sings in the choir every Sunday and helps us distribute food to "
            "families in need. He is a good person, a father who loves his child, and he takes "
            "care of his sick mother at home.",
            "We ask the authorities to let him stay with his family.",
            "[signed] Pastor Jacques Elie Fontaine",
        ],
        gap=0.12,
        pt=11,
        face="serif",
    )
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        f"CERTIFICATE OF TRANSLATION. I, {translator['name']}, certify that I am competent to "
        "translate from Haitian Creole into English and that the above is a true and accurate "
        "translation of the attached letter.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator["name"], 17)
    s.lines(
        0.9,
        y + 0.6,
        [translator["name"], ", ".join(translator["address"]), translator["phone"], long(signed)],
        9.5,
        "serif",
    )
    return drawn(
        "let_legliz_kreyol_translation",
        [s],
        "certificate_of_translation",
        member,
        "community_ties",
        proves=(dated, dated),
    )


def son_letter(father: Person, son: Person, *, dated: dt.date) -> Paper:
    """A letter from the respondent's adult son, who is in no claim: about the father."""
    s = Sheet()
    y = s.text(0.9, 0.9, long(dated), 11, "serif") + 0.25
    y = s.text(0.9, y, "To the Honorable Immigration Judge:", 11, "serif") + 0.15
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"I, {son.name}, am writing in support of my father, {father.name}. I was born in "
            "Miami in 2001 and I am a United States citizen serving in the Florida Army "
            "National Guard.",
            "My father takes care of my grandmother, who has Alzheimer's disease, and of my "
            "little sister Sabrina. He has worked at the same warehouse for eleven years and "
            "never missed a day when we needed him.",
            "I ask you with all my heart to let my father stay with our family.",
        ],
        gap=0.12,
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.05, "Respectfully,", 11, "serif")
    s.signature(1.0, y + 0.05, son.name, 20)
    s.lines(0.9, y + 0.6, [son.name, "SPC, Florida Army National Guard"], 10.5, "serif")
    return drawn(
        "son_support_letter",
        [s],
        "letter_of_support",
        father,
        ("community_ties", "us_family"),
        proves=(dated, dated),
    )


def school_letter_to_father(student: Person, father: Person, *, dated: dt.date) -> Paper:
    """An elementary school's letter to the father, his name in the address block, the pupil
    in the body with her student number."""
    s = Sheet()
    y = letterhead(
        s,
        "Natural Bridge Elementary School",
        ["1650 NE 141st Street, North Miami, FL 33181", "Miami-Dade County Public Schools"],
        (20, 90, 60),
        "star",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = s.lines(0.9, y, [f"Mr. {father.name}", MIAMI_STREET, MIAMI_CITY], 11, "serif") + 0.2
    y = s.text(0.9, y, f"Dear Mr. {father.surname}:", 11, "serif") + 0.12
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"This letter verifies that {student.name} (Student ID 0418827) is enrolled in the "
            "fifth grade at Natural Bridge Elementary School for the 2026-2027 school year and "
            "has attended our school since kindergarten.",
            "Sabrina is a kind and attentive student who reads above grade level.",
        ],
        gap=0.12,
        pt=11,
        face="serif",
    )
    s.signature(1.0, y + 0.05, "Odalys Ferrer-Whitlock", 18)
    s.lines(0.9, y + 0.6, ["Odalys Ferrer-Whitlock", "Principal"], 10.5, "serif")
    return drawn(
        "school_letter_to_father", [s], "school_record", student, "education", proves=(dated, dated)
    )


def warehouse_stub(person: Person, *, period: tuple[dt.date, dt.date]) -> Paper:
    """A logistics company's pay statement: the company (named after its founders) above, the
    employee's name and address in a window block, a table of earnings."""
    s = Sheet()
    s.text(0.6, 0.5, "Baker Mitchell Logistics LLC", 12, "sans-bold")
    s.text(0.6, 0.72, "3300 NW 112th Avenue, Doral, FL 33172", 8.5, "sans", fill=GREY)
    s.text(7.9, 0.5, "PAY STATEMENT", 12, "sans-bold", align="right")
    s.lines(1.0, 1.3, [up(person.name), up(MIAMI_STREET), up(MIAMI_CITY)], 10, "mono")
    s.lines(
        5.0,
        1.3,
        [
            f"Period start: {us(period[0])}",
            f"Period end:   {us(period[1])}",
            f"Pay date:     {us(period[1] + dt.timedelta(days=5))}",
        ],
        9,
        "mono",
    )
    s.table(
        0.6,
        2.3,
        [2.4, 1.0, 1.0, 1.3, 1.3],
        [
            ["Earnings", "Rate", "Hours", "This period", "Year to date"],
            ["Regular", "18.25", "80.00", "1,460.00", "29,200.00"],
            ["Overtime", "27.38", "6.00", "164.28", "2,190.40"],
            ["Federal income tax", "", "", "-97.46", "-1,949.20"],
            ["Net pay", "", "", "1,365.06", "27,301.20"],
        ],
        9,
    )
    return drawn(
        "warehouse_pay_statement", [s], "pay_record", person, "employment_and_taxes", proves=period
    )


def dorvil() -> CasePlan:
    """North Miami: a Haitian father, caregiver of his mother with Alzheimer's disease and of
    his US-citizen daughter; his adult son writes for him; his church writes in Creole."""
    wilner = Person("Wilner", "Dorvil", D(1975, 2, 14), "M", "Jacmel")
    marie = Person("Marie Ange", "Dorvil", D(1948, 3, 12), "F", "Jacmel")
    jonathan = Person("Jonathan", "Dorvil", D(2001, 7, 30), "M", "Miami")
    sabrina = Person("Sabrina", "Dorvil", D(2015, 5, 21), "F", "Miami")
    seed = 10600
    rep: dict[str, Any] = {
        "name": "Ketty Laurent-Abara",
        "organization": "Little Haiti Legal Services",
        "address": ["5900 NE 2nd Avenue", "Miami, FL 33137"],
        "phone": "305-555-0120",
        "email": "klaurent@example.org",
        "eoir_id": "LH552190",
    }
    translator = {
        "name": "Fabienne Celestin",
        "address": ["5900 NE 2nd Avenue", "Miami, FL 33137"],
        "phone": "305-555-0121",
    }
    church_dated = D(2026, 10, 18)
    placed = [
        capture.scan(
            florida_birth_card(sabrina, "Nadege Etienne", wilner.name, issued=D(2025, 8, 4)),
            "scans/sabrina birth.pdf",
            seed + 1,
        ),
        capture.desk(
            memory_clinic_note(marie, wilner, seen=D(2026, 9, 15)),
            "scans/IMG_5521.jpg",
            seed + 2,
        ),
        capture.scan(let_legliz(wilner, dated=church_dated), "scans/let legliz.pdf", seed + 3),
        capture.scan(
            legliz_translation(
                wilner, dated=church_dated, signed=D(2026, 10, 25), translator=translator
            ),
            "scans/church translation.pdf",
            seed + 4,
        ),
        capture.scan(
            son_letter(wilner, jonathan, dated=D(2026, 11, 1)), "scans/jonathan.pdf", seed + 5
        ),
        capture.scan(
            school_letter_to_father(sabrina, wilner, dated=D(2026, 9, 10)),
            "scans/school letter.jpg",
            seed + 6,
        ),
        capture.scan(
            warehouse_stub(wilner, period=(D(2025, 2, 3), D(2025, 2, 16))),
            "scans/stub feb 2025.pdf",
            seed + 7,
        ),
        capture.scan(
            warehouse_stub(wilner, period=(D(2025, 11, 3), D(2025, 11, 16))),
            "scans/stub nov 2025.pdf",
            seed + 8,
        ),
        capture.scan(
            warehouse_stub(wilner, period=(D(2026, 10, 5), D(2026, 10, 18))),
            "scans/stub oct 2026.pdf",
            seed + 9,
        ),
        capture.scan(
            doc.g28_single(
                wilner,
                a_number="A204-118-660",
                rep={**rep, "bar_state": "Florida", "bar_number": "1088412"},
                address=(MIAMI_STREET, MIAMI_CITY),
                signed=D(2026, 11, 6),
            ),
            "scans/G-28.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": wilner.name,
            "a_number": "204-118-660",
            "date_of_birth": wilner.born,
            "country": "Haiti",
            "entered_us": D(1999, 12, 2),
            "address": [MIAMI_STREET, MIAMI_CITY],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Miami, FL",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "master",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2025, 1, 1),
            "children": [{"name": sabrina.name, "date_of_birth": sabrina.born, "status": "usc"}],
            "education": True,
            "medical": {"person": marie.name, "condition": "Alzheimer's disease"},
            "community_ties": True,
        },
        "translator": translator,
    }
    # true: no passport or other identity document of the respondent is in the folder
    findings = [{"code": "missing-identity"}]
    return CasePlan("dorvil", "tuning", case, placed, findings, notes="true: no identity document")
