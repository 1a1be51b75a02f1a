"""A tuning case of kinds and layouts the other tuning cases do not hold (`banegas`, Nashville):
a young woman brought from Honduras as a child, now married to a naturalized Army veteran.

- a Honduran identity card (DNI) photographed front and back as two files, its zone on the back;
- a Honduran birth certificate from the Registro Nacional de las Personas (RNP), photographed
  on a desk, and its English translation in a file of its own, no `documents:` entry pairing
  them;
- a Tennessee certificate of birth of the son, its facts in numbered boxes;
- a copier PDF of a three-page psychological evaluation, the husband's DD-214 (the 2009 form,
  its numbered boxes and character of service) and his certificate of naturalization;
- a high-school diploma in landscape, photographed as a HEIC, and a community college's
  academic transcript of terms and courses;
- a Form 1040 (not a transcript) with an ITIN, a credit union's monthly statement to her
  address, two pay stubs of two months (current and year-to-date columns: not duplicates) and
  a letter from the restaurant that employs her.

Written from what such papers look like; rules may be tuned on these, never on the blind
corpus. Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from tests.realistic import capture, mrz
from tests.realistic import tuning_documents as doc
from tests.realistic.dates import card, long, spelled, us
from tests.realistic.model import CasePlan, Paper, Person, drawn, up
from tests.realistic.paper import (
    GREY,
    Sheet,
    letterhead,
    mrz_lines,
    portrait,
    tinted,
)
from tests.realistic.paper import card as card_sheet
from tests.realistic.tuning_issuers import translation_of

D = dt.date
STREET, CITY = "2716 Nolensville Pike, Apt. 5", "Nashville, TN 37211"


def honduras_dni(person: Person, *, number: str, issued: dt.date, expiry: dt.date) -> Paper:
    """A Honduran identity card (Documento Nacional de Identificación, 2021 design): captions
    in Spanish and English beside the photo, the ID number in large type, the zone on the back."""
    front = card_sheet()
    tinted(front, (214, 228, 240), (236, 240, 246))
    front.text(0.12, 0.06, "REPÚBLICA DE HONDURAS", 7, "sans-bold", fill=(20, 50, 110))
    front.text(0.12, 0.18, "DOCUMENTO NACIONAL DE IDENTIFICACIÓN", 5.5, "sans-bold")
    portrait(front, 0.12, 0.42, 1.0, 1.3, 7731)
    y = 0.4
    for label, value in [
        ("Nombre / Forename", up(person.given)),
        ("Apellido / Surname", up(person.surname)),
        ("Fecha de Nacimiento / Date of Birth", card(person.born)),
        ("Lugar de Nacimiento / Place of Birth", up(person.birthplace)),
        ("Sexo / Sex    Nacionalidad / Nationality", f"{person.sex}    HONDUREÑA"),
        ("Fecha de Expiración / Date of Expiry", card(expiry)),
    ]:
        front.text(1.25, y, label, 4.3, "sans", fill=(60, 70, 80))
        front.text(1.25, y + 0.062, value, 6.3, "sans-bold")
        y += 0.2
    front.text(0.12, 1.85, number, 9, "mono-bold")
    back = card_sheet()
    tinted(back, (228, 234, 242), (240, 242, 246))
    back.text(0.12, 0.12, f"Fecha de Emisión / Date of Issue  {card(issued)}", 5.5, "sans")
    back.text(0.12, 0.26, "Registro Nacional de las Personas", 5.5, "sans-bold")
    back.signature(0.2, 0.45, "Nelson A. Turcios", 11)
    compact = number.replace("-", "")
    zone = mrz.td1(
        kind="ID",
        country="HND",
        number=compact[:9],
        optional1=compact[9:],
        surname=person.surname,
        given=person.given,
        nationality="HND",
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
    )
    back.rect(0, 1.45, back.width, 0.68, outline=None, fill=(244, 246, 248))
    mrz_lines(back, 1.5, zone, pt=11)
    return Paper(
        "honduras_dni",
        [front.image, back.image],
        "identity_document",
        person.name,
        "identity",
        ("es", "en"),
        None,
        zone,
        True,
    )


def rnp_birth(person: Person, mother: Person, father: Person, *, issued: dt.date) -> Paper:
    """A Honduran certification of a birth record from the RNP: the registry's header, the
    record's volume and folio, the facts as caption and value lines, the registrar's signature."""
    s = Sheet()
    s.security_background(5120, (226, 232, 240))
    s.center(0.55, "REPÚBLICA DE HONDURAS", 12, "serif-bold")
    s.center(0.8, "REGISTRO NACIONAL DE LAS PERSONAS", 11, "serif-bold")
    s.center(1.0, "Registro Civil Municipal de San Pedro Sula, Cortés", 9, "serif")
    s.center(1.35, "CERTIFICACIÓN DE ACTA DE NACIMIENTO", 15, "serif-bold")
    s.text(5.6, 1.75, "No. de Certificación: 0501-2023-118842", 8, "sans")
    y = 2.1
    for label, value in [
        ("Número de Identidad:", "0501-1996-07342"),
        ("Tomo / Folio / Asiento:", "01273 / 0412 / 00824"),
        ("Nombre del inscrito:", up(person.name)),
        ("Sexo:", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        ("Fecha de nacimiento:", spelled(person.born, "es")),
        ("Lugar de nacimiento:", "SAN PEDRO SULA, CORTÉS"),
        ("Nombre de la madre:", up(mother.name)),
        ("Nacionalidad de la madre:", "HONDUREÑA"),
        ("Nombre del padre:", up(father.name)),
        ("Nacionalidad del padre:", "HONDUREÑA"),
        ("Fecha de inscripción:", spelled(D(1996, 8, 2), "es")),
    ]:
        s.text(0.9, y, label, 10, "serif-bold")
        s.text(3.3, y, value, 10, "mono-bold")
        y += 0.3
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        "El infrascrito Registrador Civil Municipal CERTIFICA que la presente es fiel copia "
        "de la inscripción que obra en el Registro Nacional de las Personas. Y para los fines "
        f"que al interesado convengan, se extiende en San Pedro Sula, el {spelled(issued, 'es')}.",
        10,
        "serif",
    )
    s.signature(3.4, y + 0.3, "Karen Y. Zepeda", 18)
    s.center(y + 0.95, "Abog. Karen Yolany Zepeda Matute", 9.5, "serif")
    s.center(y + 1.12, "Registrador Civil Municipal", 9, "serif")
    s.seal(1.7, y + 1.0, 0.55, "REGISTRO NACIONAL DE LAS PERSONAS · HONDURAS · ", "RNP")
    return drawn("rnp_certificacion_nacimiento", [s], "birth_certificate", person, "identity", "es")


def tennessee_birth(child: Person, mother: Person, father: Person, *, issued: dt.date) -> Paper:
    """A Tennessee certified copy: the department's header, numbered boxes, the state
    registrar's certification and the raised seal."""
    s = Sheet()
    s.security_background(6611, (236, 230, 238))
    s.center(0.5, "STATE OF TENNESSEE", 12, "serif-bold")
    s.center(0.73, "DEPARTMENT OF HEALTH · OFFICE OF VITAL RECORDS", 8, "sans")
    s.center(1.0, "CERTIFICATE OF BIRTH", 16, "serif-bold")
    s.text(0.6, 1.35, "CERTIFIED COPY", 8, "sans-bold")
    s.text(6.1, 1.35, "STATE FILE NUMBER 118-2018-041907", 7, "sans")
    given, _, middle = child.given.partition(" ")
    y = s.grid(
        0.6,
        1.55,
        7.3,
        [
            (
                0.5,
                [
                    (1.4, "1. CHILD'S NAME  First", up(given)),
                    (1.2, "Middle", up(middle) or "-"),
                    (1.6, "Last", up(child.surname)),
                    (0.7, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                ],
            ),
            (
                0.5,
                [
                    (1.2, "3. DATE OF BIRTH", long(child.born).upper()),
                    (1.4, "4. PLACE OF BIRTH (Hospital)", "TRISTAR SOUTHERN HILLS MEDICAL CTR"),
                    (1.0, "5. COUNTY OF BIRTH", "DAVIDSON"),
                ],
            ),
            (
                0.5,
                [
                    (2.2, "6a. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                    (1.0, "6b. DATE OF BIRTH", us(mother.born)),
                    (1.2, "6c. BIRTHPLACE", "HONDURAS"),
                ],
            ),
            (
                0.5,
                [
                    (2.2, "7a. FATHER'S NAME", up(father.name)),
                    (1.0, "7b. DATE OF BIRTH", us(father.born)),
                    (1.2, "7c. BIRTHPLACE", "EL SALVADOR"),
                ],
            ),
            (
                0.5,
                [
                    (2.2, "8. ATTENDANT'S NAME AND TITLE", "OLUWASEUN BRANDT-REYES, CNM"),
                    (1.2, "9. DATE FILED", "10/09/2018"),
                ],
            ),
        ],
    )
    s.para(
        0.6,
        y + 0.35,
        7.3,
        "This is to certify that this is a true and correct copy of the official record filed "
        "with the Office of Vital Records, Tennessee Department of Health.",
        8.5,
        "sans",
    )
    s.text(0.6, y + 0.8, f"ISSUED: {us(issued)}", 9, "sans-bold")
    s.signature(4.8, y + 0.65, "Marguerite Ellison-Pak", 16)
    s.text(4.8, y + 1.15, "State Registrar", 8, "sans")
    s.seal(2.6, y + 1.7, 0.55, "STATE OF TENNESSEE · VITAL RECORDS · ", "SEAL")
    return drawn("tennessee_birth", [s], "birth_certificate", child, "us_family")


def psychological_evaluation(client: Person, *, dated: dt.date) -> Paper:
    """A forensic psychological evaluation: three pages of headed sections (identifying
    information, reason for referral, procedures, history, tests, diagnostic impressions),
    a running header with the client's name, page numbers, the psychologist's signature."""
    sections = [
        (
            "IDENTIFYING INFORMATION",
            f"{client.name} is a {dated.year - client.born.year}-year-old married woman born in "
            f"San Pedro Sula, Honduras, on {long(client.born)}. She came to the United States "
            "in 2009, at the age of thirteen, to join her mother in Nashville.",
        ),
        (
            "REASON FOR REFERRAL",
            "Ms. Banegas was referred by her attorney for an evaluation of her psychological "
            "functioning and of the likely effect on her of removal to Honduras.",
        ),
        (
            "PROCEDURES",
            "Clinical interview (two sessions, 4.5 hours in total, in English and Spanish); "
            "review of records; Mental Status Examination; PTSD Checklist for DSM-5 (PCL-5); "
            "Beck Depression Inventory-II (BDI-II); Beck Anxiety Inventory (BAI).",
        ),
        (
            "RELEVANT HISTORY",
            "Ms. Banegas reports that before she left Honduras an uncle who lived with the "
            "family was killed in front of their house, and that gang members threatened her "
            "on her way to school. She describes nightmares since then, startling at loud "
            "noises and avoiding news from Honduras. She finished high school in Nashville, "
            "completed an associate degree and works as a shift manager. She lives with her "
            "husband and their son.",
        ),
        (
            "MENTAL STATUS",
            "She was alert and oriented, cooperative and tearful when describing the events "
            "in Honduras. Her thought process was logical; she denied suicidal ideation.",
        ),
        (
            "TEST RESULTS",
            "PCL-5 total score 52 (above the cut-off of 33, consistent with PTSD). BDI-II score "
            "24 (moderate depression). BAI score 27 (moderate anxiety). Validity indicators "
            "were within normal limits; there was no evidence of exaggeration.",
        ),
        (
            "DIAGNOSTIC IMPRESSIONS",
            "F43.10 Posttraumatic stress disorder, chronic. F33.1 Major depressive disorder, "
            "recurrent, moderate.",
        ),
        (
            "SUMMARY AND RECOMMENDATIONS",
            "Ms. Banegas's symptoms are consistent with trauma she suffered as a child in "
            "Honduras. She has done well with the support of her family and of weekly therapy. "
            "In my professional opinion, removal to the place of her trauma and separation "
            "from her husband and son would very likely cause a severe worsening of her "
            "symptoms. I recommend that she continue trauma-focused psychotherapy.",
        ),
    ]
    pages: list[Sheet] = []
    chunks = [sections[:3], sections[3:6], sections[6:]]
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        if n == 1:
            y = letterhead(
                s,
                "Cumberland Psychological Services, PLLC",
                ["3200 West End Avenue, Suite 500, Nashville, TN 37203", "615-555-0148"],
                (60, 60, 110),
                "leaf",
            )
            y = s.center(y, "PSYCHOLOGICAL EVALUATION", 14, "serif-bold") + 0.1
            y = s.lines(
                0.9,
                y,
                [
                    f"Name: {client.name}",
                    f"Date of birth: {us(client.born)}",
                    f"Date of report: {long(dated)}",
                    "Evaluator: Tobias Mercado-Lund, Psy.D., Licensed Psychologist",
                ],
                10.5,
                "serif",
            )
            y += 0.2
        else:
            s.text(0.9, 0.5, f"Psychological Evaluation: {client.name}", 9, "serif-italic")
            y = 0.9
        for heading, body in chunk:
            y = s.text(0.9, y, heading, 11, "serif-bold") + 0.04
            y = s.para(0.9, y, 6.7, body, 11, "serif") + 0.2
        if n == len(chunks):
            s.signature(1.0, y + 0.1, "Tobias Mercado-Lund", 20)
            s.lines(
                0.9,
                y + 0.65,
                ["Tobias Mercado-Lund, Psy.D.", "Licensed Psychologist, Tennessee No. 3318"],
                10,
                "serif",
            )
        s.center(10.4, f"Page {n} of {len(chunks)}", 9, "serif")
        pages.append(s)
    return drawn(
        "psychological_evaluation",
        pages,
        "medical_record",
        client,
        "medical",
        proves=(dated, dated),
    )


def dd214_2009(member: Person, *, entered: dt.date, separated: dt.date) -> Paper:
    """DD Form 214, AUG 2009: the certificate of release or discharge from active duty, its
    numbered boxes in rows, the character of service in box 24."""
    s = Sheet()
    s.text(0.5, 0.35, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES", 7, "sans-bold")
    s.text(
        7.9,
        0.35,
        "THIS REPORT CONTAINS INFORMATION SUBJECT TO THE PRIVACY ACT",
        6,
        "sans",
        align="right",
    )
    s.center(0.58, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 12, "sans-bold")
    y = s.grid(
        0.5,
        0.85,
        7.5,
        [
            (
                0.42,
                [
                    (3, "1. NAME (Last, First, Middle)", up(f"{member.surname}, {member.given}")),
                    (2, "2. DEPARTMENT, COMPONENT AND BRANCH", "ARMY/RA"),
                    (1.5, "3. SOCIAL SECURITY NUMBER", "XXX-XX-4471"),
                ],
            ),
            (
                0.42,
                [
                    (1.6, "4.a. GRADE, RATE OR RANK", "SGT"),
                    (1.0, "b. PAY GRADE", "E05"),
                    (1.6, "5. DATE OF BIRTH (YYYYMMDD)", member.born.strftime("%Y%m%d")),
                    (2.4, "6. RESERVE OBLIGATION TERMINATION DATE (YYYYMMDD)", "20210612"),
                ],
            ),
            (
                0.42,
                [
                    (3.3, "7.a. PLACE OF ENTRY INTO ACTIVE DUTY", "NASHVILLE, TN"),
                    (3.3, "b. HOME OF RECORD AT TIME OF ENTRY", "NASHVILLE, TN 37211"),
                ],
            ),
            (
                0.42,
                [
                    (3.3, "8.a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND", "HHC 2BCT 101ABN DIV"),
                    (3.3, "b. STATION WHERE SEPARATED", "FORT CAMPBELL, KY"),
                ],
            ),
            (
                0.55,
                [
                    (3.3, "11. PRIMARY SPECIALTY", "88M10 MOTOR TRANSPORT OPERATOR - 5 YRS"),
                    (
                        3.3,
                        "12. RECORD OF SERVICE        YEAR(S) MONTH(S) DAY(S)",
                        f"a. DATE ENTERED AD THIS PERIOD {entered.strftime('%Y %m %d')}\n"
                        f"b. SEPARATION DATE THIS PERIOD {separated.strftime('%Y %m %d')}",
                    ),
                ],
            ),
            (
                0.55,
                [
                    (
                        6.6,
                        "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS",
                        "ARMY COMMENDATION MEDAL//ARMY GOOD CONDUCT MEDAL//NATIONAL DEFENSE "
                        "SERVICE MEDAL//AFGHANISTAN CAMPAIGN MEDAL W/ CAMPAIGN STAR",
                    ),
                ],
            ),
            (
                0.42,
                [
                    (3.3, "21.a. MEMBER BEING SEPARATED", "ELECTRONICALLY SIGNED"),
                    (3.3, "22.a. OFFICIAL AUTHORIZED TO SIGN", "RUTH K. ABERNATHY-SOLIS, GS09"),
                ],
            ),
            (
                0.42,
                [
                    (3.3, "23. TYPE OF SEPARATION", "RELEASE FROM ACTIVE DUTY"),
                    (3.3, "24. CHARACTER OF SERVICE (Include upgrades)", "HONORABLE"),
                ],
            ),
            (
                0.42,
                [
                    (2.2, "25. SEPARATION AUTHORITY", "AR 635-200, CHAP 4"),
                    (1.4, "26. SEPARATION CODE", "MBK"),
                    (1.4, "27. REENTRY CODE", "1"),
                    (
                        1.6,
                        "28. NARRATIVE REASON FOR SEPARATION",
                        "COMPLETION OF REQUIRED ACTIVE SERVICE",
                    ),
                ],
            ),
        ],
    )
    s.text(0.5, y + 0.1, "DD FORM 214, AUG 2009", 7, "sans-bold")
    s.text(7.9, y + 0.1, "PREVIOUS EDITION IS OBSOLETE.", 7, "sans", align="right")
    s.text(3.6, y + 0.1, "MEMBER - 4", 7, "sans-bold")
    return drawn("dd214_member_copy_4", [s], "military_record", member, "military_service")


def naturalization_certificate(
    person: Person, *, number: str, a_number: str, naturalized: dt.date
) -> Paper:
    """A certificate of naturalization: the holder's description on the left, the photo, the
    certificate number in red, the oath's wording and the director's signature."""
    s = Sheet()
    s.security_background(8820, (228, 234, 224))
    s.border(0.35, 2.5)
    s.text(6.2, 0.6, f"No. {number}", 12, "sans-bold", fill=(170, 40, 40))
    s.center(1.0, "THE UNITED STATES OF AMERICA", 16, "serif-bold")
    s.center(1.45, "CERTIFICATE OF NATURALIZATION", 20, "serif-bold")
    s.text(0.8, 2.0, f"USCIS Registration No.  {a_number}", 10, "sans")
    y = s.lines(
        0.8,
        2.4,
        [
            "Personal description of holder as of date of naturalization:",
            f"Date of birth: {up(long(person.born))}",
            f"Sex: {'MALE' if person.sex == 'M' else 'FEMALE'}",
            "Height: 5 feet 9 inches",
            "Marital status: MARRIED",
            "Country of former nationality: EL SALVADOR",
        ],
        9.5,
        "serif",
    )
    portrait(s, 6.0, 2.3, 1.3, 1.6, 8821)
    s.signature(5.7, 4.05, person.name, 14, fill=(24, 24, 28))
    y = s.paras(
        0.8,
        y + 0.4,
        6.9,
        [
            "I certify that the description given is true, and that the photograph affixed "
            "hereto is a likeness of me.",
            f"Be it known that, pursuant to an application filed with the Secretary of Homeland "
            "Security at Fort Campbell, Kentucky, the Secretary having found that "
            f"{up(person.name)} "
            "then residing in NASHVILLE, TENNESSEE, intends to reside in the United States when "
            "so required by the Naturalization Laws of the United States, and had in all other "
            "respects complied with the applicable provisions of such naturalization laws, and "
            f"was entitled to be admitted to citizenship, such person having taken the oath of "
            f"allegiance at a ceremony conducted by the U.S. Citizenship and Immigration Services "
            f"at Fort Campbell, Kentucky on {long(naturalized)}, was admitted as a citizen of the "
            "United States of America.",
        ],
        pt=11,
        face="serif",
    )
    s.signature(4.8, y + 0.3, "Leonard M. Ostrowski", 18)
    s.text(4.8, y + 0.85, "Director, U.S. Citizenship and Immigration Services", 8, "sans")
    s.seal(2.0, y + 0.9, 0.6, "DEPARTMENT OF HOMELAND SECURITY · ", "USCIS")
    s.text(0.8, 10.3, "N-550 (Rev. 08/07/17) N", 7, "sans")
    return drawn(
        "naturalization_certificate", [s], "naturalization_certificate", person, "us_family"
    )


def diploma(graduate: Person, *, school: str, district: str, city: str, given: dt.date) -> Paper:
    """A high-school diploma in landscape: a double border, the school's name in large type,
    the conferring words, the date written out, three signatures and a gold seal."""
    s = Sheet(11, 8.5)
    s.border(0.4, 3)
    s.center(0.95, district, 14, "schoolbook")
    s.center(1.45, school, 30, "schoolbook-bold")
    s.center(2.3, "This certifies that", 14, "serif-italic")
    s.center(2.8, graduate.name, 30, "script")
    s.center(
        3.7,
        "has satisfactorily completed the Course of Study prescribed for graduation",
        14,
        "serif-italic",
    )
    s.center(
        4.0, "by the State Board of Education and is therefore awarded this", 14, "serif-italic"
    )
    s.center(4.55, "Diploma", 34, "schoolbook-bold")
    s.center(
        5.4,
        f"Given at {city}, this {_ordinal(given.day)} day of {long(given).split()[0]}, "
        f"{given.year}",
        13,
        "serif-italic",
    )
    for x, signer, title in (
        (1.2, "Wendell Okoro-Hayes", "Principal"),
        (4.2, "Adriana Kessel-Moore", "Director of Schools"),
        (7.2, "Bernard Tullis", "Chair, Board of Education"),
    ):
        s.signature(x + 0.2, 6.35, signer, 16, fill=(24, 24, 28))
        s.line(x, 6.95, x + 2.6, 6.95, 0.6)
        s.text(x + 1.3, 7.0, title, 10, "serif", align="center")
    s.seal(5.5, 7.55, 0.45, "HIGH SCHOOL · DIPLOMA · ", "SEAL")
    # earned at seventeen by one who came at thirteen: her schooling here as a child, or her
    # education; a paralegal could file it under either
    equity = ("education", "arrived_as_child")
    return drawn("hs_diploma_landscape", [s], "diploma", graduate, equity, proves=(given, given))


def _ordinal(n: int) -> str:
    words = ("first", "second", "third", "fourth", "fifth")
    words += ("sixth", "seventh", "eighth", "ninth", "tenth")
    if n <= 10:
        return words[n - 1]
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def college_transcript(student: Person, *, seed: int) -> Paper:
    """A community college's academic transcript: the college's name, the student's block
    (name, ID, date of birth, program), then terms with a table of courses, credits and grades,
    term and cumulative GPA, and the degree awarded at the end."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.45, "NASHVILLE STATE COMMUNITY COLLEGE", 14, "sans-bold")
    s.text(
        0.6,
        0.72,
        "120 White Bridge Pike · Nashville, TN 37209 · Office of the Registrar",
        8,
        "sans",
        fill=GREY,
    )
    s.text(7.9, 0.45, "ACADEMIC TRANSCRIPT", 11, "sans-bold", align="right")
    s.lines(
        0.6,
        1.05,
        [
            f"Name: {up(student.surname)}, {up(student.given)}      "
            f"Student ID: A00{rng.randint(10**5, 10**6)}",
            f"Date of Birth: {us(student.born)}      Program: A.A.S. Business Management",
        ],
        9,
        "sans",
    )
    y = 1.55
    courses = {
        "Fall 2014": [
            ("ENGL 1010", "English Composition I"),
            ("MATH 1130", "College Algebra"),
            ("BUSN 1305", "Introduction to Business"),
        ],
        "Spring 2015": [
            ("ENGL 1020", "English Composition II"),
            ("ACCT 1010", "Principles of Accounting I"),
            ("SPCH 1010", "Fundamentals of Communication"),
        ],
        "Fall 2015": [("ECON 2010", "Principles of Macroeconomics"), ("BUSN 2380", "Business Law")],
        "Spring 2016": [
            ("ACCT 1020", "Principles of Accounting II"),
            ("MGMT 2310", "Human Resource Management"),
        ],
        "Fall 2016": [
            ("MKTG 2050", "Principles of Marketing"),
            ("BUSN 2340", "Small Business Management"),
        ],
        "Spring 2017": [("MGMT 2550", "Supervision"), ("BUSN 2990", "Business Capstone")],
    }
    points = {"A": 4.0, "B": 3.0, "C": 2.0}
    earned, total = 0.0, 0
    for term, rows in courses.items():
        s.text(0.6, y, term.upper(), 9, "sans-bold")
        y += 0.2
        table = [["Course", "Title", "Cr", "Grade"]]
        term_points, term_credits = 0.0, 0
        for code, title in rows:
            grade = rng.choice("AAB BC".replace(" ", ""))
            table.append([code, title, "3.0", grade])
            term_points += 3 * points[grade]
            term_credits += 3
        y = s.table(0.6, y, [1.1, 4.0, 0.6, 0.8], table, pt=8, rules="header", header_fill=None)
        earned += term_points
        total += term_credits
        s.text(
            0.6,
            y + 0.03,
            f"Term GPA {term_points / term_credits:.2f}    Cum GPA {earned / total:.2f}    "
            f"Cum Credits {total}",
            7.5,
            "sans",
        )
        y += 0.32
    s.text(
        0.6, y + 0.05, "DEGREE AWARDED: ASSOCIATE OF APPLIED SCIENCE, 05/06/2017", 9, "sans-bold"
    )
    s.text(0.6, y + 0.3, "Business Management · Graduated with Honors", 8.5, "sans")
    s.signature(5.3, y + 0.25, "Dolores Fenwick", 14)
    s.text(5.3, y + 0.7, "Registrar", 8, "sans")
    return drawn(
        "community_college_transcript",
        [s],
        "school_record",
        student,
        "education",
        proves=(D(2014, 8, 25), D(2017, 5, 6)),
    )


def form_1040(person: Person, spouse: Person, *, year: int, itin: str, wages: int) -> Paper:
    """Page 1 of a Form 1040 as filed: the form's header band, filing status checkboxes, the
    filers' names and numbers in boxes, the address, then income lines with their amounts."""
    s = Sheet()
    s.rect(0.5, 0.4, 7.5, 0.55, weight=1.2)
    s.text(0.6, 0.45, "Form", 7, "sans")
    s.text(0.6, 0.55, "1040", 20, "sans-bold")
    s.text(1.5, 0.45, "Department of the Treasury—Internal Revenue Service", 7, "sans")
    s.text(1.5, 0.6, "U.S. Individual Income Tax Return", 12, "sans-bold")
    s.text(6.3, 0.5, str(year), 20, "sans-bold")
    s.text(6.3, 0.8, "OMB No. 1545-0074", 6, "sans")
    y = 1.05
    s.text(0.55, y, "Filing Status", 8, "sans-bold")
    s.checkbox(1.5, y, False, "Single", 7.5)
    s.checkbox(2.3, y, True, "Married filing jointly", 7.5)
    s.checkbox(4.0, y, False, "Married filing separately (MFS)", 7.5)
    s.checkbox(6.1, y, False, "Head of household (HOH)", 7.5)
    y = s.grid(
        0.5,
        y + 0.25,
        7.5,
        [
            (
                0.4,
                [
                    (2.4, "Your first name and middle initial", up(person.given)),
                    (2.4, "Last name", up(person.surname)),
                    (1.6, "Your social security number", itin),
                ],
            ),
            (
                0.4,
                [
                    (
                        2.4,
                        "If joint return, spouse's first name and middle initial",
                        up(spouse.given),
                    ),
                    (2.4, "Last name", up(spouse.surname)),
                    (1.6, "Spouse's social security number", "XXX-XX-4471"),
                ],
            ),
            (
                0.4,
                [
                    (
                        5.0,
                        "Home address (number and street). If you have a P.O. box, see "
                        "instructions.",
                        up(STREET.split(",")[0]),
                    ),
                    (1.4, "Apt. no.", "5"),
                ],
            ),
            (
                0.4,
                [
                    (3.6, "City, town, or post office.", "NASHVILLE"),
                    (1.2, "State", "TN"),
                    (1.6, "ZIP code", "37211"),
                ],
            ),
        ],
        value_pt=9,
    )
    s.text(0.55, y + 0.1, "Dependents (see instructions):", 8, "sans-bold")
    s.text(
        2.6, y + 0.1, "(1) First name   Last name        (2) SSN        (3) Relationship", 7, "sans"
    )
    s.text(2.6, y + 0.28, "MATEO         ALVARADO BANEGAS    XXX-XX-8815      SON", 8, "mono-bold")
    y += 0.65
    interest = 38
    rows = [
        ("1a", "Total amount from Form(s) W-2, box 1", f"{wages:,}"),
        ("2b", "Taxable interest", f"{interest}"),
        ("9", "This is your total income", f"{wages + interest:,}"),
        ("11", "This is your adjusted gross income", f"{wages + interest:,}"),
        ("12", "Standard deduction", "24,000"),
        ("15", "Taxable income", f"{max(0, wages + interest - 24000):,}"),
    ]
    for number, label, amount in rows:
        s.text(0.6, y, number, 8.5, "sans-bold")
        s.text(1.0, y, label, 8.5, "sans")
        s.line(1.0 + s.length(label, 8.5) + 0.1, y + 0.12, 6.4, y + 0.12, 0.3, GREY)
        s.text(6.5, y, number, 8.5, "sans-bold")
        s.text(7.9, y, amount, 9, "mono-bold", align="right")
        y += 0.3
    s.text(0.55, y + 0.2, "Sign Here", 10, "sans-bold")
    s.text(
        1.6,
        y + 0.2,
        "Under penalties of perjury, I declare that I have examined this return",
        7,
        "sans",
    )
    s.signature(1.7, y + 0.4, person.name, 14)
    s.signature(4.5, y + 0.4, spouse.name, 14)
    s.text(1.7, y + 0.85, f"Your occupation: SHIFT MANAGER     Date: 03/02/{year + 1}", 7.5, "sans")
    s.text(
        0.5,
        10.45,
        f"For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see "
        f"separate instructions.    Cat. No. 11320B    Form 1040 ({year})",
        6.5,
        "sans",
    )
    return drawn(
        "form_1040_page1",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def credit_union_statement(person: Person, *, period: tuple[dt.date, dt.date], seed: int) -> Paper:
    """A credit union's monthly statement: its logo and address, the member's name and mailing
    address in the window block, the statement period, then a table of transactions."""
    rng = random.Random(seed)
    s = Sheet()
    s.logo(0.6, 0.45, 0.45, "star", (20, 90, 60))
    s.text(1.15, 0.45, "Music City Community Credit Union", 13, "sans-bold", fill=(20, 90, 60))
    s.text(1.15, 0.7, "PO Box 40118 · Nashville, TN 37204 · 615-555-0190", 8, "sans", fill=GREY)
    s.text(7.9, 0.45, "MEMBER STATEMENT", 11, "sans-bold", align="right")
    s.text(7.9, 0.65, f"{us(period[0])} through {us(period[1])}", 8.5, "sans", align="right")
    s.lines(1.0, 1.35, [up(person.name), up(STREET), up(CITY)], 10, "sans")
    s.text(5.2, 1.35, f"Account number: ******{rng.randint(1000, 9999)}", 8.5, "sans")
    s.text(5.2, 1.55, "Member since: 2016", 8.5, "sans")
    y = s.text(0.6, 2.4, "SHARE DRAFT CHECKING", 10, "sans-bold") + 0.05
    balance = 1214.37
    table = [["Date", "Description", "Amount", "Balance"]]
    table.append([us(period[0]), "Beginning balance", "", f"{balance:,.2f}"])
    day = period[0]
    for desc in (
        "DEPOSIT PAYROLL EL FOGON",
        "POS NASHVILLE ELECTRIC SERVICE",
        "POS KROGER #0541",
        "DEPOSIT PAYROLL EL FOGON",
        "CHECK 1043 RENT",
        "POS PIEDMONT NATURAL GAS",
        "ATM WITHDRAWAL NOLENSVILLE PK",
    ):
        day = day + dt.timedelta(days=rng.randint(2, 5))
        amount = rng.uniform(600, 900) if desc.startswith("DEPOSIT") else -rng.uniform(40, 300)
        if "RENT" in desc:
            amount = -1150.00
        balance += amount
        table.append([us(day), desc, f"{amount:,.2f}", f"{balance:,.2f}"])
    table.append([us(period[1]), "Ending balance", "", f"{balance:,.2f}"])
    s.table(
        0.6,
        y,
        [1.0, 3.9, 1.2, 1.2],
        table,
        pt=8.5,
        rules="header",
        align=["left", "left", "right", "right"],
    )
    return drawn(
        "credit_union_statement",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=period,
    )


def restaurant_stub(
    person: Person, *, period: tuple[dt.date, dt.date], paid: dt.date, hours: float, ytd: float
) -> Paper:
    """A payroll service's pay stub: the employer and employee blocks, then an earnings table
    with rate, hours, current and year-to-date columns, taxes, and the net pay."""
    s = Sheet(8.5, 5.5)
    s.text(0.5, 0.35, "EL FOGÓN CATRACHO LLC", 12, "sans-bold")
    s.text(0.5, 0.58, "4400 Nolensville Pike, Nashville, TN 37211", 8, "sans", fill=GREY)
    s.text(8.0, 0.35, "EARNINGS STATEMENT", 11, "sans-bold", align="right")
    s.lines(
        5.2,
        0.6,
        [
            f"Pay period: {us(period[0])} - {us(period[1])}",
            f"Pay date: {us(paid)}",
            "Employee ID: 0142",
        ],
        8,
        "sans",
    )
    s.lines(0.5, 0.95, [up(person.name), up(STREET), up(CITY)], 8.5, "sans")
    rate = 19.25
    gross = rate * hours
    ytd_gross = ytd + gross
    rows = [
        ["Earnings", "Rate", "Hours", "Current", "YTD"],
        ["Regular", f"{rate:.2f}", f"{hours:.2f}", f"{gross:,.2f}", f"{ytd_gross:,.2f}"],
        ["Federal Income Tax", "", "", f"{gross * 0.07:,.2f}", f"{ytd_gross * 0.07:,.2f}"],
        ["Social Security", "", "", f"{gross * 0.062:,.2f}", f"{ytd_gross * 0.062:,.2f}"],
        ["Medicare", "", "", f"{gross * 0.0145:,.2f}", f"{ytd_gross * 0.0145:,.2f}"],
    ]
    y = s.table(
        0.5,
        1.75,
        [2.4, 0.9, 0.9, 1.4, 1.4],
        rows,
        pt=8.5,
        align=["left", "right", "right", "right", "right"],
    )
    net = gross * (1 - 0.07 - 0.062 - 0.0145)
    s.text(8.0, y + 0.15, f"NET PAY  ${net:,.2f}", 11, "sans-bold", align="right")
    s.text(0.5, y + 0.15, "Direct deposit: Music City Community CU ****", 8, "sans")
    s.text(0.5, 5.1, "Processed by Volunteer State Payroll Inc.", 6.5, "sans", fill=GREY)
    return drawn(
        "restaurant_pay_stub",
        [s],
        "pay_record",
        person,
        "employment_and_taxes",
        proves=(period[0], paid),
    )


def owner_letter(employee: Person, *, hired: dt.date, dated: dt.date) -> Paper:
    """A restaurant owner's letter on the restaurant's letterhead, in plain words, about how
    long the respondent has worked there and what she does."""
    s = Sheet()
    y = letterhead(
        s,
        "El Fogón Catracho",
        ["Honduran Kitchen · 4400 Nolensville Pike, Nashville, TN 37211", "615-555-0137"],
        (150, 60, 20),
        "star",
        face="gothic-bold",
        align="center",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = s.text(0.9, y, "To the Department of Homeland Security:", 11, "serif") + 0.15
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"I am the owner of El Fogón Catracho. I hired {employee.name} on {long(hired)} "
            "as a server. Since 2021 she has been our shift manager: she opens the restaurant, "
            "trains new staff, handles the cash and the orders from our suppliers.",
            "She works about 38 hours a week and is paid through our payroll like every other "
            "employee. She has never missed a shift without calling, and our regular customers "
            "ask for her by name.",
            "If you need anything else about her employment, please call me at the number above.",
        ],
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, "Respectfully,", 11, "serif")
    s.signature(1.0, y + 0.05, "Osman Reyes Laínez", 20)
    s.lines(0.9, y + 0.6, ["Osman Reyes Laínez", "Owner"], 10, "serif")
    return drawn(
        "restaurant_owner_letter",
        [s],
        "employment_letter",
        employee,
        "employment_and_taxes",
        proves=(hired, dated),
    )


def banegas() -> CasePlan:
    """Nashville: brought from Honduras at thirteen, a high-school and college graduate, married
    to a naturalized Army veteran, mother of a US-citizen son, treated for PTSD."""
    keyla = Person("Keyla Suyapa", "Banegas Ordóñez", D(1996, 7, 19), "F", "San Pedro Sula")
    mother = Person("Dilcia Marina", "Ordóñez Paz", D(1974, 2, 3), "F")
    father = Person("Santos Efraín", "Banegas Mejía", D(1970, 11, 28), "M")
    wilmer = Person("Wilmer Josué", "Alvarado Pineda", D(1993, 4, 9), "M", "Santa Ana")
    mateo = Person("Mateo", "Alvarado Banegas", D(2018, 9, 27), "M", "Nashville")
    rep = {
        "name": "Priscilla Adebayo-Whitfield",
        "organization": "Middle Tennessee Immigrant Justice Center",
        "address": ["1600 Church Street, Suite 220", "Nashville, TN 37203"],
        "phone": "615-555-0109",
        "email": "padebayo@mtijc.example",
        "eoir_id": "TN553017",
    }
    seed = 11200
    translation_lines = [
        "REPUBLIC OF HONDURAS",
        "NATIONAL REGISTRY OF PERSONS",
        "Municipal Civil Registry of San Pedro Sula, Cortés",
        "",
        "CERTIFICATION OF BIRTH RECORD",
        "Certification No.: 0501-2023-118842",
        "",
        "Identity Number: 0501-1996-07342",
        "Volume / Page / Entry: 01273 / 0412 / 00824",
        f"Name of the registered person: {up(keyla.name)}",
        "Sex: FEMALE",
        f"Date of birth: {long(keyla.born)}",
        "Place of birth: SAN PEDRO SULA, CORTÉS",
        f"Mother's name: {up(mother.name)}      Nationality: HONDURAN",
        f"Father's name: {up(father.name)}      Nationality: HONDURAN",
        "Date of registration: August 2, 1996",
        "",
        "The undersigned Municipal Civil Registrar CERTIFIES that this is a true copy of the",
        "entry in the National Registry of Persons. Issued in San Pedro Sula on March 14, 2023.",
        "[signature] Karen Yolany Zepeda Matute, Attorney, Municipal Civil Registrar [seal]",
    ]
    placed = [
        capture.card_photo(
            honduras_dni(
                keyla, number="0501-1996-07342", issued=D(2022, 5, 11), expiry=D(2032, 5, 10)
            ),
            ["scans/dni frente.jpg", "scans/dni reverso.jpg"],
            seed + 1,
        ),
        capture.desk(
            rnp_birth(keyla, mother, father, issued=D(2023, 3, 14)),
            "scans/acta de nacimiento.jpg",
            seed + 3,
        ),
        capture.scan(
            translation_of(
                "rnp_certificacion_nacimiento",
                keyla,
                translation_lines,
                translator="Gabriela Hutchins-Mora",
                language="Spanish",
                dated=D(2026, 10, 2),
                equity="identity",
                contact=["1600 Church Street, Suite 220, Nashville, TN 37203", "615-555-0111"],
            ),
            "scans/birth certificate translation.pdf",
            seed + 4,
        ),
        capture.scan(
            tennessee_birth(mateo, keyla, wilmer, issued=D(2019, 1, 15)),
            "scans/mateo birth cert.pdf",
            seed + 5,
            dpi=150,
        ),
        capture.copier(
            [
                psychological_evaluation(keyla, dated=D(2026, 10, 20)),
                dd214_2009(wilmer, entered=D(2012, 6, 13), separated=D(2017, 6, 12)),
                naturalization_certificate(
                    wilmer, number="42917730", a_number="208-441-639", naturalized=D(2014, 3, 6)
                ),
            ],
            "scans/scan_0001.pdf",
            seed + 6,
        ),
        capture.desk(
            diploma(
                keyla,
                school="John Overton High School",
                district="Metropolitan Nashville Public Schools",
                city="Nashville, Tennessee",
                given=D(2014, 5, 24),
            ),
            "scans/IMG_0412.heic",
            seed + 10,
            heic=True,
        ),
        capture.scan(
            college_transcript(keyla, seed=seed + 11), "scans/NSCC transcript.pdf", seed + 11
        ),
        capture.scan(
            form_1040(keyla, wilmer, year=2018, itin="9XX-78-2213", wages=41260),
            "scans/2018 taxes.pdf",
            seed + 12,
        ),
        capture.scan(
            credit_union_statement(keyla, period=(D(2019, 11, 1), D(2019, 11, 30)), seed=seed + 13),
            "scans/bank statement nov 2019.jpg",
            seed + 13,
        ),
        capture.scan(
            restaurant_stub(
                keyla,
                period=(D(2026, 8, 10), D(2026, 8, 23)),
                paid=D(2026, 8, 28),
                hours=76.5,
                ytd=24310.0,
            ),
            "scans/paystub august.jpg",
            seed + 14,
        ),
        capture.scan(
            restaurant_stub(
                keyla,
                period=(D(2026, 9, 7), D(2026, 9, 20)),
                paid=D(2026, 9, 25),
                hours=79.0,
                ytd=27264.13,
            ),
            "scans/paystub september.jpg",
            seed + 15,
        ),
        capture.desk(
            owner_letter(keyla, hired=D(2017, 8, 1), dated=D(2026, 10, 14)),
            "scans/letter from work.jpg",
            seed + 16,
        ),
        capture.scan(
            doc.g28_single(
                keyla,
                a_number="A219-377-054",
                rep={**rep, "bar_state": "TN", "bar_number": "038812"},
                address=(STREET, CITY),
                signed=D(2026, 11, 3),
            ),
            "scans/G-28.pdf",
            seed + 17,
            dpi=150,
        ),
    ]
    case: dict[str, Any] = {
        "schema": 1,
        "respondent": {
            "name": keyla.name,
            "a_number": "219-377-054",
            "date_of_birth": keyla.born,
            "country": "Honduras",
            "entered_us": D(2009, 10, 5),
            "address": [STREET, CITY],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Memphis, TN",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "master",
            "opla_office": "Memphis",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2014, 5, 24),
            "children": [{"name": mateo.name, "date_of_birth": mateo.born, "status": "usc"}],
            "spouse": {"name": wilmer.name, "status": "usc"},
            "military": {"member": "spouse", "branch": "Army"},
            "education": True,
            "medical": {"person": "self", "condition": "posttraumatic stress disorder"},
        },
    }
    return CasePlan(
        "banegas",
        "tuning",
        case,
        placed,
        # the folder holds no marriage certificate: the spouse claim is truly unproved
        [{"code": "missing-evidence", "claim": "spouse"}],
        notes="no deliberate gap: diploma 2014, college 2014-2017, work since 2017",
    )
