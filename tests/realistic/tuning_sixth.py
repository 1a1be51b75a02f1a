"""A tuning case hard on WHOM each document is about (`cruz`, Houston): a Mexican mother with two
surnames, her husband (a permanent resident) and two US-citizen children who carry the father's
surname first, so every member of the family shares a surname with another.

- a matrícula consular photographed in a landscape frame, a quarter turn off, no zone;
- a Mexican birth record (the printed "Acta de Nacimiento" with the CURP, given names and the
  two surnames in separate fields, the parents' filiation below) photographed on a desk, and
  its English translation;
- two Texas birth abstracts of the children (one of them inside a copier stack);
- a school district's monthly attendance summary of the son, the mother named as guardian;
- a state immunization history of the daughter, the parent named below the patient;
- a pediatric pulmonologist's letter "RE:" the daughter, naming her mother as "Mrs. Cruz";
- two joint tax return transcripts, names cut to four letters ("MARI CRUZ & JORG PENA");
- a residential lease naming both spouses as tenants;
- a gas bill in the husband's name only (it proves nothing of her residence);
- a church letter calling her "Sister María" and "Mrs. Cruz";
- a clinic's visit record about the respondent, "PATIENT: CRUZ VILLALOBOS, MARIA ELENA" and a
  DOB field, the husband as emergency contact; names with and without accents (Peña / PENA);
- the son's IEP (the mother as parent and participant), a teacher's letter for the mother, whom
  the school calls "Mrs. Peña" after her children; a hospital statement under the husband's
  surname ("PENA, MARIA E") that only the date of birth ties to her; the husband's pay stub.

Written from what such papers look like; rules may be tuned on these, never on the blind
corpus. Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from tests.realistic import capture
from tests.realistic import tuning_documents as doc
from tests.realistic.dates import dashed, day_month_year, long, us
from tests.realistic.model import CasePlan, Paper, Person, drawn, plain, up
from tests.realistic.paper import GREY, Sheet, letterhead, monospace_page, portrait, tinted
from tests.realistic.paper import card as card_sheet
from tests.realistic.tuning_issuers import translation_of
from tests.realistic.tuning_widened import texas_birth_abstract

D = dt.date
STREET, CITY = "8814 Bellfort Avenue, Apt. 208", "Houston, TX 77061"


def matricula_consular(person: Person, *, number: str, issued: dt.date, expiry: dt.date) -> Paper:
    """A matrícula consular de alta seguridad: the consulate's name across the top, the photo on
    the left, given names and surnames on separate lines, the address abroad, no zone."""
    s = card_sheet()
    tinted(s, (226, 236, 226), (244, 240, 232))
    s.text(0.1, 0.06, "ESTADOS UNIDOS MEXICANOS", 6.5, "sans-bold", fill=(20, 90, 50))
    s.text(0.1, 0.17, "SECRETARÍA DE RELACIONES EXTERIORES", 5, "sans")
    s.text(3.25, 0.06, "MATRÍCULA CONSULAR", 7, "sans-bold", align="right", fill=(120, 30, 30))
    s.text(3.25, 0.18, "DE ALTA SEGURIDAD", 5, "sans-bold", align="right")
    portrait(s, 0.1, 0.36, 0.9, 1.12, 4417)
    y = 0.34
    for label, value in [
        ("NOMBRE", up(person.given)),
        ("APELLIDOS", up(person.surname)),
        ("FECHA DE NACIMIENTO", day_month_year(person.born)),
        ("LUGAR DE NACIMIENTO", up(person.birthplace)),
        ("DOMICILIO EN EL EXTERIOR", f"{up(STREET)}, {up(CITY)}"),
    ]:
        s.text(1.1, y, label, 4.3, "sans", fill=(70, 70, 70))
        y = s.text(1.1, y + 0.06, value, 5.8 if len(value) < 30 else 4.6, "sans-bold") + 0.02
    s.text(1.1, y + 0.02, f"EXPEDICIÓN {day_month_year(issued)}", 4.8, "sans")
    s.text(2.2, y + 0.02, f"VIGENCIA {day_month_year(expiry)}", 4.8, "sans")
    s.text(0.1, 1.58, "CONSULADO GENERAL DE MÉXICO EN HOUSTON, TX", 5.2, "sans-bold")
    s.text(0.1, 1.75, f"No. {number}", 8, "mono-bold")
    s.signature(2.2, 1.6, "M. E. Cruz", 9)
    return Paper(
        "matricula_consular",
        [s.image],
        "identity_document",
        person.name,
        "identity",
        "es",
        None,
        None,
        True,
    )


def acta_nacimiento(
    person: Person, mother: Person, father: Person, *, curp: str, issued: dt.date
) -> Paper:
    """The Mexican birth record as the civil registry prints it today: the national header,
    the electronic identifier and CURP, the registered person's given names and first and second
    surnames in fields of their own, the parents' filiation in the same fields."""
    s = Sheet()
    s.security_background(8120, (232, 236, 228))
    s.center(0.5, "ESTADOS UNIDOS MEXICANOS", 13, "serif-bold")
    s.center(0.78, "ACTA DE NACIMIENTO", 17, "serif-bold")
    s.text(0.7, 1.15, "Identificador Electrónico 19033000119890004127", 8, "sans")
    s.text(7.8, 1.15, f"CURP {curp}", 8, "sans-bold", align="right")
    s.text(0.7, 1.35, "Entidad de registro: NUEVO LEÓN    Municipio: LINARES", 8.5, "sans")
    s.text(0.7, 1.52, "Oficialía: 01    Libro: 02    Acta: 00412    Año: 1989", 8.5, "sans")

    def band(y: float, title: str) -> float:
        s.rect(0.7, y, 7.1, 0.24, outline=None, fill=(208, 214, 206))
        s.text(0.78, y + 0.04, title, 9, "sans-bold")
        return y + 0.3

    def persona(y: float, who: Person, extra: list[tuple[str, str]]) -> float:
        first, second = [*who.surname.split(), ""][:2]
        y = s.grid(
            0.7,
            y,
            7.1,
            [
                (
                    0.45,
                    [
                        (1.3, "Nombre(s)", up(who.given)),
                        (1.0, "Primer apellido", up(first)),
                        (1.0, "Segundo apellido", up(second)),
                    ],
                ),
                (0.45, [(1.0, label, value) for label, value in extra]),
            ],
            label_pt=6.5,
            value_pt=9.5,
        )
        return y + 0.12

    y = band(1.8, "DATOS DE LA PERSONA REGISTRADA")
    y = persona(
        y,
        person,
        [
            ("Sexo", "MUJER" if person.sex == "F" else "HOMBRE"),
            ("Fecha de nacimiento", day_month_year(person.born)),
            ("Lugar de nacimiento", "LINARES, NUEVO LEÓN"),
        ],
    )
    y = band(y, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA")
    y = s.text(0.78, y, "PADRE", 8, "sans-bold")
    y = persona(y, father, [("Edad", "31"), ("Nacionalidad", "MEXICANA")])
    y = s.text(0.78, y, "MADRE", 8, "sans-bold")
    y = persona(y, mother, [("Edad", "24"), ("Nacionalidad", "MEXICANA")])
    y = s.para(
        0.7,
        y + 0.2,
        7.1,
        "Se certifica que la presente es copia fiel del acta que obra en la base de datos "
        "nacional del Registro Civil. La presente certificación se expide con fundamento en "
        f"el Código Civil del Estado. Fecha de expedición: {day_month_year(issued)}.",
        9,
        "serif",
    )
    s.signature(3.2, y + 0.2, "Lic. Aurelio Garza", 16)
    s.center(y + 0.75, "LIC. AURELIO GARZA IBARRA", 9, "serif")
    s.center(y + 0.92, "Director del Registro Civil del Estado", 8.5, "serif")
    s.seal(6.6, y + 0.7, 0.5, "REGISTRO CIVIL · NUEVO LEÓN · MÉXICO · ", "RC")
    return drawn("acta_nacimiento_curp", [s], "birth_certificate", person, "identity", "es")


ACTA_TRANSLATION = [
    "UNITED MEXICAN STATES",
    "BIRTH RECORD",
    "Electronic Identifier 19033000119890004127",
    "Place of registration: NUEVO LEON    Municipality: LINARES",
    "Office: 01    Book: 02    Record: 00412    Year: 1989",
    "",
    "DATA OF THE REGISTERED PERSON",
    "Given name(s): MARIA ELENA    First surname: CRUZ    Second surname: VILLALOBOS",
    "Sex: FEMALE    Date of birth: 23/01/1989    Place of birth: LINARES, NUEVO LEON",
    "",
    "PARENTAGE OF THE REGISTERED PERSON",
    "FATHER: ERNESTO    CRUZ    SALINAS    Age: 31    Nationality: MEXICAN",
    "MOTHER: ROSA AMELIA    VILLALOBOS    TREVINO    Age: 24    Nationality: MEXICAN",
    "",
    "It is certified that this is a true copy of the record in the national database of the",
    "Civil Registry. Date of issue: 02/09/2025.",
    "[signature] LIC. AURELIO GARZA IBARRA, Director of the State Civil Registry [seal]",
]


def attendance_summary(student: Person, guardian: Person, *, year: str, dated: dt.date) -> Paper:
    """A district student information system's attendance summary: a header block of student
    fields (last name first, ID, grade, guardian), then a table of days by month."""
    s = Sheet()
    s.text(0.6, 0.5, "HOUSTON-AREA INDEPENDENT SCHOOL DISTRICT", 11, "sans-bold")
    s.text(0.6, 0.72, "Student Information System", 8, "sans", fill=GREY)
    s.text(7.9, 0.5, "ATTENDANCE SUMMARY BY MONTH", 11, "sans-bold", align="right")
    s.text(7.9, 0.72, f"School Year {year}", 8, "sans", align="right")
    s.line(0.6, 0.95, 7.9, 0.95, 1.0)
    first, *rest = up(student.given).split()
    rows = [
        ("Student:", f"{up(student.surname)}, {first} {rest[0][0] if rest else ''}".strip()),
        ("Student ID:", "1048823"),
        ("Birthdate:", us(student.born)),
        ("Grade:", "07"),
        ("Campus:", "042 - Edison Middle School"),
        ("Guardian:", f"{guardian.given} {guardian.surname}"),
        ("Home Phone:", "(713) 555-0164"),
        ("Address:", f"{STREET}, {CITY}"),
    ]
    y = 1.1
    for label, value in rows:
        s.text(0.7, y, label, 9, "sans-bold")
        y = s.text(2.0, y, value, 9, "sans") + 0.02
    months = ["AUG", "SEP", "OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY"]
    rng = random.Random(1048823)
    table = [["Month", "Days Enrolled", "Days Present", "Excused Abs.", "Unexcused Abs."]]
    total = [0, 0, 0, 0]
    for m in months:
        enrolled = rng.randint(15, 21) if m not in ("AUG", "DEC") else rng.randint(8, 14)
        excused = rng.choice([0, 0, 0, 1, 2])
        present = enrolled - excused
        table.append([m, str(enrolled), str(present), str(excused), "0"])
        total = [total[0] + enrolled, total[1] + present, total[2] + excused, total[3]]
    table.append(["TOTAL", *map(str, total)])
    y = s.table(
        0.7,
        y + 0.25,
        [1.2, 1.5, 1.5, 1.4, 1.5],
        table,
        pt=9,
        align=["left", "right", "right", "right", "right"],
    )
    rate = 100 * total[1] / total[0]
    s.text(0.7, y + 0.2, f"Attendance rate: {rate:.1f}%", 9.5, "sans-bold")
    s.text(0.7, y + 0.45, f"Printed {us(dated)} by ATTENDANCE OFFICE (user: jtrevino)", 8, "sans")
    s.text(0.7, 10.4, "Page 1 of 1", 7, "sans", fill=GREY)
    return drawn("sis_attendance_summary", [s], "school_record", student, "education")


def immunization_history(patient: Person, parent: Person, *, printed: dt.date) -> Paper:
    """A state immunization registry's history printout: the patient block (last, first, DOB,
    gender), the parent or guardian, then vaccines in rows with the dates given."""
    s = Sheet()
    s.text(0.6, 0.5, "TEXAS IMMUNIZATION REGISTRY", 12, "sans-bold")
    s.text(0.6, 0.74, "Official Immunization History", 9.5, "sans")
    s.text(7.9, 0.5, f"Printed: {us(printed)}", 8, "sans", align="right")
    s.line(0.6, 1.0, 7.9, 1.0, 1.0)
    y = s.grid(
        0.6,
        1.1,
        7.3,
        [
            (
                0.45,
                [
                    (1.4, "PATIENT LAST NAME", up(patient.surname)),
                    (1.2, "FIRST NAME", up(patient.first)),
                    (0.9, "MIDDLE", up(patient.middle)),
                    (0.9, "DATE OF BIRTH", us(patient.born)),
                    (0.6, "GENDER", patient.sex),
                ],
            ),
            (
                0.45,
                [
                    (2.4, "PARENT / GUARDIAN", up(f"{parent.surname}, {parent.given}")),
                    (2.6, "ADDRESS", f"{up(STREET)} {up(CITY)}"),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    b = patient.born
    shots = [
        ("DTaP", [60, 120, 180, 450, 1500]),
        ("IPV (Polio)", [60, 120, 180, 1500]),
        ("Hep B", [0, 30, 180]),
        ("Hib", [60, 120, 365]),
        ("PCV13", [60, 120, 180, 365]),
        ("MMR", [366, 1500]),
        ("Varicella", [366, 1500]),
        ("Hep A", [366, 560]),
        ("Influenza", [2400, 2770, 3130]),
    ]
    rows = [["Vaccine", "Dose 1", "Dose 2", "Dose 3", "Dose 4", "Dose 5"]]
    for name, days in shots:
        cells = [us(b + dt.timedelta(days=d)) for d in days]
        rows.append([name, *cells, *([""] * (5 - len(cells)))])
    y = s.table(0.6, y + 0.3, [1.5, 1.16, 1.16, 1.16, 1.16, 1.16], rows, pt=8.5)
    s.para(
        0.6,
        y + 0.3,
        7.3,
        "This record meets the requirements for school and child-care entry in Texas. "
        "Provider of record: Gulfgate Pediatrics, 7350 Gulf Freeway, Houston, TX 77017.",
        8.5,
        "sans",
    )
    return drawn(
        "state_immunization_history",
        [s],
        "medical_record",
        patient,
        ("caretaker", "medical", "us_family"),
    )


def pulmonology_letter(patient: Person, mother: Person, *, dated: dt.date) -> Paper:
    """A pediatric specialist's letter about a child: the RE block with the child's name and
    DOB, the mother named only as "Mrs." and her first surname, the diagnosis and the care."""
    s = Sheet()
    y = letterhead(
        s,
        "Bayou City Pediatric Pulmonology",
        [
            "6621 Fannin Street, Suite 1450, Houston, TX 77030",
            "Tel 713-555-0190 · Fax 713-555-0191",
        ],
        (20, 80, 130),
        "leaf",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = s.text(0.9, y, "To Whom It May Concern:", 11, "serif") + 0.15
    y = s.lines(
        0.9,
        y,
        [f"RE: {patient.first} {plain(patient.surname)}", f"DOB: {us(patient.born)}"],
        11,
        "serif-bold",
    )
    mrs = f"Mrs. {mother.surname.split()[0]}"
    y = s.paras(
        0.9,
        y + 0.2,
        6.7,
        [
            f"{patient.first} has been followed in our clinic since 2021 for severe persistent "
            "asthma with two admissions to the pediatric intensive care unit. She takes a daily "
            "inhaled corticosteroid and a long-acting bronchodilator and uses a nebulizer at "
            "home when she has an exacerbation.",
            f"Her mother, {mrs}, is her primary caregiver. {mrs} gives her medications, "
            "recognizes early warning signs, keeps the home free of triggers and brings her "
            "to every appointment. An interruption of this care would put the child at "
            "serious risk of a life-threatening attack.",
            "Please contact our office if you need further information.",
        ],
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, "Sincerely,", 11, "serif")
    s.signature(1.0, y + 0.05, "Obinna Haraldsen", 20)
    s.lines(
        0.9,
        y + 0.6,
        ["Obinna Haraldsen, MD", "Pediatric Pulmonology", "Texas License No. R4471"],
        10,
        "serif",
    )
    return drawn(
        "pulmonology_letter_mrs",
        [s],
        "medical_record",
        patient,
        ("caretaker", "medical"),
        proves=(dated, dated),
    )


def joint_transcript(
    person: Person, spouse: Person, year: int, *, requested: dt.date, agi: float
) -> Paper:
    """An IRS tax return transcript of a joint return, the newer printout: the filers and the
    address masked ("MARI CRUZ & JORG PENA", "8814 BEL"), the filing status, then income."""
    rng = random.Random(year * 7)
    names = f"{person.irs} & {spouse.irs}"
    lines = [
        "Form 1040 Tax Return Transcript",
        "",
        f"Request Date: {dashed(requested)}",
        f"Response Date: {dashed(requested)}",
        f"Tracking Number: {rng.randint(10**11, 10**12 - 1)}",
        "",
        "SSN Provided: XXX-XX-7730",
        f"Tax Period Ending: Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and the amount",
        "as adjusted (PC), if applicable. They do not show subsequent activity on the account.",
        "",
        "SSN: XXX-XX-7730",
        "Spouse SSN: XXX-XX-2281",
        f"Name(s) Shown on Return: {names}",
        f"Address: {up(STREET)[:8]}",
        "",
        "Filing Status:                                    Married Filing Joint",
        "Form Number:                                      1040",
        "Cycle Posted:                                     " + f"{year + 1}1105",
        "Received Date:                                    " + dashed(D(year + 1, 3, 28)),
        "Remittance:                                       $0.00",
        "Exemption Number:                                 4",
        "Dependent 1 Name Ctrl:                            PENA",
        "Dependent 2 Name Ctrl:                            PENA",
        "",
        "Income",
        f"Wages, salaries, tips, etc:                       ${agi:,.2f}",
        "Taxable interest income:                          $0.00",
        f"Total income:                                     ${agi:,.2f}",
        f"Adjusted gross income:                            ${agi:,.2f}",
        "",
        "Tax and Credits",
        "Standard deduction:                               $29,200.00",
        f"Taxable income:                                   ${max(0.0, agi - 29200):,.2f}",
        "Child tax credit:                                 $4,000.00",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    s = monospace_page(lines, pt=9, top=0.7)
    return drawn(
        "irs_transcript_joint_masked",
        [s],
        "tax_record",
        None,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def residential_lease(
    tenants: list[Person], *, start: dt.date, end: dt.date, rent: int, signed: dt.date
) -> Paper:
    """A one-page apartment lease of numbered paragraphs: the parties (both spouses as
    residents), the dwelling, the term, the rent, the occupants, signatures of both."""
    s = Sheet()
    s.center(0.55, "RESIDENTIAL LEASE AGREEMENT", 14, "serif-bold")
    s.center(0.8, "Bellfort Gardens Apartments", 10, "serif")
    names = " and ".join(f"{t.first} {t.middle[:1]}. {plain(t.surname)}" for t in tenants)
    paragraphs = [
        f'1. PARTIES. This Lease is between {names} ("Residents") and Bellfort Gardens '
        'Apartments, L.P. ("Owner"). All Residents are jointly and severally liable for all '
        "obligations of this Lease.",
        f"2. DWELLING. Residents will rent Apartment No. 208 at {STREET.split(',')[0]}, "
        f"{CITY}, for use as a private residence only.",
        f"3. TERM. The Lease begins on {long(start)} and ends at midnight on {long(end)}.",
        f"4. RENT. Residents will pay ${rent:,} per month, due on the first day of each month "
        "without demand. Rent is late after the third day of the month.",
        "5. SECURITY DEPOSIT. Residents have paid a security deposit of $500.",
        "6. OCCUPANTS. The dwelling will be occupied only by the Residents and their minor "
        "children.",
        "7. UTILITIES. Residents will pay for electricity and gas in their own names; Owner "
        "pays for water, sewer and trash.",
        "8. NOTICE. Either party must give 30 days' written notice before the end of the term.",
    ]
    y = s.paras(0.9, 1.2, 6.7, paragraphs, gap=0.12, pt=10.5, face="serif")
    y += 0.3
    for t in tenants:
        s.line(0.9, y + 0.45, 4.0, y + 0.45, 0.6)
        s.signature(1.0, y, f"{t.first} {t.surname.split()[0]}", 16)
        s.text(0.9, y + 0.5, f"Resident: {t.name}", 9, "serif")
        s.text(4.6, y + 0.5, f"Date: {us(signed)}", 9, "serif")
        y += 0.85
    s.line(0.9, y + 0.45, 4.0, y + 0.45, 0.6)
    s.signature(1.0, y, "Dwayne Okafor-Lindqvist", 16)
    s.text(0.9, y + 0.5, "Owner's Representative: Dwayne Okafor-Lindqvist, Manager", 9, "serif")
    return drawn(
        "apartment_lease_two_residents",
        [s],
        "residence_record",
        None,
        "length_of_residence",
        proves=(start, end),
    )


def gas_bill(holder: Person, *, billed: dt.date, amount: float) -> Paper:
    """A gas utility's statement: the account holder as the utility has it (first name, middle
    initial, first surname, no accent), the service address, the meter reading and the amount."""
    s = Sheet()
    s.rect(0, 0, 8.5, 1.1, outline=None, fill=(0, 70, 120))
    s.text(0.6, 0.3, "GULF COAST NATURAL GAS", 16, "sans-bold", fill=(255, 255, 255))
    s.text(0.6, 0.68, "Residential Service Statement", 9, "sans", fill=(220, 230, 240))
    first_surname = plain(holder.surname.split()[0]).upper()
    y = s.lines(
        0.6,
        1.4,
        [
            f"{up(holder.first)} {up(holder.middle)[:1]} {first_surname}",
            up(STREET),
            up(CITY),
        ],
        10,
        "sans",
    )
    s.lines(
        5.0,
        1.4,
        [
            "Account Number: 6402 1187 305",
            f"Statement Date: {us(billed)}",
            f"Amount Due: ${amount:,.2f}",
            f"Due Date: {us(billed + dt.timedelta(days=21))}",
        ],
        9,
        "sans",
    )
    start = billed - dt.timedelta(days=31)
    y = s.table(
        0.6,
        y + 0.5,
        [2.6, 1.6, 1.6, 1.5],
        [
            ["Service Period", "Previous Read", "Current Read", "CCF Used"],
            [f"{us(start)} - {us(billed)}", "4,112", "4,139", "27"],
        ],
        pt=9,
    )
    y = s.table(
        0.6,
        y + 0.4,
        [5.3, 2.0],
        [
            ["Charges", "Amount"],
            ["Customer charge", "$22.50"],
            ["Gas cost (27 CCF)", f"${amount - 31.10:,.2f}"],
            ["Delivery charge", "$8.60"],
            ["Total current charges", f"${amount:,.2f}"],
        ],
        pt=9,
        align=["left", "right"],
    )
    s.line(0.6, 8.4, 7.9, 8.4, 0.6)
    s.text(0.6, 8.5, "Please return this portion with your payment.", 8, "sans")
    s.text(0.6, 8.75, f"{up(holder.first)} {first_surname}   Account 6402 1187 305", 9, "mono")
    return drawn("gas_bill_holder_only", [s], "residence_record", holder, "length_of_residence")


def church_letter(member: Person, husband: Person, children: list[Person], *, dated: dt.date):
    """A Baptist church's letter: the member as "Sister María" and "Mrs. Cruz", her husband and
    children by first name, what she does in the congregation, the pastor's signature."""
    s = Sheet()
    y = letterhead(
        s,
        "Iglesia Bautista Nueva Esperanza",
        ["New Hope Baptist Church · 7710 Telephone Road, Houston, TX 77061", "(713) 555-0122"],
        (90, 40, 100),
        "cross",
        align="center",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = s.text(0.9, y, "To the Honorable Immigration Judge:", 11, "serif") + 0.15
    first = member.first
    mrs = f"Mrs. {member.surname.split()[0]}"
    kids = " and ".join(c.first for c in children)
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"It is my privilege to write on behalf of Sister {first}, who has been a faithful "
            "member of our congregation since the spring of 2014. She attends worship every "
            f"Sunday with her husband, Brother {husband.first}, and their children {kids}.",
            f"{mrs} teaches the four- and five-year-olds in our Sunday school and organizes the "
            "meals our church takes to families who have lost a loved one. When the flood came "
            "in 2017 she cooked for the families sheltered in our fellowship hall for a week.",
            f"Sister {first} is honest, hard-working and devoted to her children. Our church "
            f"family would suffer a great loss without her. I ask that {mrs} be allowed to remain "
            "with her family.",
        ],
        pt=11,
        face="serif",
    )
    y = s.text(0.9, y + 0.1, "In Christ,", 11, "serif")
    s.signature(1.0, y + 0.05, "Rev. Abimael Thornton", 20)
    s.lines(0.9, y + 0.6, ["Rev. Abimael Thornton", "Senior Pastor"], 10, "serif")
    return drawn(
        "church_letter_sister",
        [s],
        "letter_of_support",
        member,
        "community_ties",
        proves=(dated, dated),
    )


def visit_record(patient: Person, contact: Person, *, seen: dt.date) -> Paper:
    """A community clinic's visit record printed from its records system: a patient banner
    "LAST, FIRST MIDDLE" with DOB, MRN and sex, the emergency contact, then vitals, the
    assessment and the plan."""
    s = Sheet()
    s.text(0.6, 0.45, "SOUTHEAST HOUSTON COMMUNITY HEALTH CENTER", 11, "sans-bold")
    s.text(0.6, 0.66, "5315 Griggs Road, Houston, TX 77021 · 713-555-0150", 8, "sans", fill=GREY)
    s.text(7.9, 0.45, "CLINIC VISIT NOTE", 11, "sans-bold", align="right")
    s.rect(0.6, 0.95, 7.3, 0.62, fill=(235, 238, 242))
    s.text(0.7, 1.0, patient.last_first(accents=False), 11, "sans-bold")
    s.text(0.7, 1.25, f"DOB: {us(patient.born)}   Sex: F   MRN: 00718842", 9, "sans")
    s.text(5.0, 1.0, f"Visit date: {us(seen)}", 9, "sans")
    s.text(5.0, 1.25, "Provider: Hollis Nakagawa, FNP-C", 9, "sans")
    y = s.lines(
        0.7,
        1.75,
        [
            f"Address: {STREET}, {CITY}",
            f"Emergency contact: {up(contact.surname)}, {up(contact.given)} (spouse) 713-555-0164",
            "Preferred language: Spanish   Interpreter used: yes",
        ],
        9,
        "sans",
    )
    sections = [
        ("CHIEF COMPLAINT", "Follow-up of elevated blood sugar and fatigue."),
        ("VITALS", "BP 138/86   HR 78   Wt 172 lb   BMI 31.4   A1c 7.9 %"),
        (
            "ASSESSMENT",
            "E11.9 Type 2 diabetes mellitus without complications. E66.9 Obesity.",
        ),
        (
            "PLAN",
            "Continue metformin 1000 mg twice daily. Diabetes education class referral. "
            "Diet and exercise counseling given in Spanish. Return in 3 months with labs.",
        ),
    ]
    y += 0.2
    for heading, body in sections:
        y = s.text(0.7, y, heading, 9.5, "sans-bold") + 0.02
        y = s.para(0.7, y, 7.0, body, 9.5, "sans") + 0.15
    s.text(0.7, y + 0.2, f"Electronically signed by Hollis Nakagawa, FNP-C on {us(seen)}", 8.5)
    return drawn(
        "clinic_visit_note_last_first",
        [s],
        "medical_record",
        patient,
        ("medical", "length_of_residence"),
        proves=(seen, seen),
    )


def iep_page(student: Person, parent: Person, *, met: dt.date) -> Paper:
    """The first page of an individualized education program: the student block in boxes,
    the parent as the one who took part in the meeting, eligibility and services."""
    s = Sheet()
    s.center(0.5, "HOUSTON-AREA INDEPENDENT SCHOOL DISTRICT", 10, "sans-bold")
    s.center(0.72, "Special Education Department", 8.5, "sans")
    s.center(1.0, "INDIVIDUALIZED EDUCATION PROGRAM (IEP)", 13, "sans-bold")
    y = s.grid(
        0.6,
        1.35,
        7.3,
        [
            (
                0.45,
                [
                    (
                        2.2,
                        "Student Name",
                        f"{student.first} {student.middle[:1]}. {student.surname}",
                    ),
                    (1.0, "Date of Birth", us(student.born)),
                    (0.6, "Grade", "7"),
                    (1.0, "Student ID", "1048823"),
                ],
            ),
            (
                0.45,
                [
                    (2.6, "Parent / Guardian", parent.name),
                    (2.2, "Home Language", "Spanish"),
                ],
            ),
            (
                0.45,
                [
                    (2.6, "Meeting Date", us(met)),
                    (2.2, "Meeting Type", "Annual Review"),
                ],
            ),
        ],
        label_pt=6,
        value_pt=9.5,
        value_face="sans",
    )
    y = s.text(0.6, y + 0.25, "ELIGIBILITY", 10, "sans-bold") + 0.05
    y = s.para(
        0.6,
        y,
        7.3,
        "Primary disability: Specific Learning Disability (reading fluency and written "
        "expression). The student continues to meet eligibility for special education and "
        "related services.",
        9.5,
        "sans",
    )
    y = s.text(0.6, y + 0.2, "SERVICES", 10, "sans-bold") + 0.05
    y = s.table(
        0.6,
        y,
        [3.0, 1.6, 1.4, 1.3],
        [
            ["Service", "Location", "Frequency", "Minutes"],
            ["Reading intervention", "Resource room", "Daily", "45"],
            ["Written expression support", "General ed.", "3x weekly", "30"],
            ["Speech-language therapy", "Therapy room", "Weekly", "30"],
        ],
        pt=9,
    )
    y = s.text(0.6, y + 0.3, "PARTICIPANTS", 10, "sans-bold") + 0.05
    s.lines(
        0.6,
        y,
        [
            f"{parent.first} {parent.surname.split()[0]} - Parent (Spanish interpreter provided)",
            "Kendra Obi-Marsh - Special Education Teacher",
            "Luis Fairbanks - General Education Teacher",
            "Dr. Ingrid Solberg-Ruiz - LSSP",
            "Patricia Nwachukwu - Administrator",
        ],
        9.5,
        "sans",
    )
    s.text(0.6, 10.4, "IEP page 1 of 9", 7, "sans", fill=GREY)
    return drawn("iep_first_page", [s], "school_record", student, "education")


def teacher_letter_mrs(mother: Person, son: Person, *, dated: dt.date) -> Paper:
    """A teacher's letter of support for the mother, who the school knows as "Mrs. Peña"
    (her children's surname): the son by first name, the mother by full name once."""
    married = f"Mrs. {son.surname.split()[0]}"
    return _plain_letter(
        "Edison Middle School",
        ["6901 Avenue I, Houston, TX 77011", "(713) 555-0133"],
        dated,
        [
            f"I have taught Diego in my seventh-grade science class this year, and I have known "
            f"his mother, {married}, since he started at Edison in 2024.",
            f"{married} comes to every parent conference and volunteers at our family science "
            "nights, where she helps translate for Spanish-speaking parents. Her full name is "
            f"{mother.name}; everyone at our school knows her as {married}.",
            "She is a devoted mother and a generous member of our school community. I hope "
            "she will be allowed to stay with her family.",
        ],
        "Rebecca Tanaka-Ford",
        ["Science Teacher, Edison Middle School"],
        label="teacher_letter_married_name",
        about=mother,
    )


def _plain_letter(
    org: str,
    lines: list[str],
    dated: dt.date,
    body: list[str],
    signer: str,
    title: list[str],
    *,
    label: str,
    about: Person,
) -> Paper:
    s = Sheet()
    y = letterhead(s, org, lines, (30, 90, 60), "star")
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.2
    y = s.text(0.9, y, "To Whom It May Concern:", 11, "serif") + 0.15
    y = s.paras(0.9, y, 6.7, body, pt=11, face="serif")
    y = s.text(0.9, y + 0.1, "Sincerely,", 11, "serif")
    s.signature(1.0, y + 0.05, signer, 20)
    s.lines(0.9, y + 0.6, [signer, *title], 10, "serif")
    return drawn(label, [s], "letter_of_support", about, "community_ties", proves=(dated, dated))


def hospital_statement(patient: Person, married_surname: str, *, served: dt.date) -> Paper:
    """A hospital's patient statement: the guarantor and patient under the husband's surname,
    as US registration desks often take a married woman's name ("PENA, MARIA E"), identified
    by the date of birth and the account number."""
    s = Sheet()
    s.text(0.6, 0.45, "HARRISBURG GENERAL HOSPITAL", 12, "sans-bold")
    s.text(0.6, 0.68, "Patient Financial Services · PO Box 4410, Houston, TX 77210", 8, "sans")
    s.text(7.9, 0.45, "PATIENT STATEMENT", 12, "sans-bold", align="right")
    name = f"{up(married_surname)}, {up(patient.first)} {up(patient.middle)[:1]}"
    s.lines(0.6, 1.2, [name, up(STREET), up(CITY)], 10, "mono")
    s.lines(
        5.0,
        1.2,
        [
            f"Statement date: {us(served + dt.timedelta(days=40))}",
            "Account No.: 20551873",
            "Amount due: $184.20",
        ],
        9,
        "sans",
    )
    y = s.table(
        0.6,
        2.3,
        [1.6, 2.6, 1.6, 1.5],
        [
            ["Patient", "Date of birth", "Guarantor", "Insurance"],
            [name, us(patient.born), name, "Self-pay / charity 75%"],
        ],
        pt=8.5,
    )
    y = s.table(
        0.6,
        y + 0.35,
        [1.3, 4.0, 2.0],
        [
            ["Date", "Description", "Amount"],
            [us(served), "Emergency dept visit level 3", "$612.00"],
            [us(served), "Laboratory - comprehensive metabolic panel", "$124.80"],
            [us(served), "Financial assistance adjustment", "-$552.60"],
        ],
        pt=8.5,
        align=["left", "left", "right"],
    )
    s.text(0.6, y + 0.3, "Questions? Call 713-555-0199, Monday to Friday 8 am - 5 pm.", 8.5)
    return drawn(
        "hospital_statement_married_name",
        [s],
        ("medical_record", "residence_record"),
        patient,
        ("medical", "length_of_residence"),
        proves=(served, served),
    )


def spouse_stub(person: Person, *, period: tuple[dt.date, dt.date], paid: dt.date) -> Paper:
    """A construction company's check stub: the employee last name first with both surnames
    and the middle initial, the pay period, hours and totals."""
    s = Sheet(8.5, 4.0)
    s.text(0.5, 0.3, "LONE STAR CONCRETE & MASONRY INC.", 11, "sans-bold")
    s.text(8.0, 0.3, "PAY STUB", 11, "sans-bold", align="right")
    first, *rest = up(person.given).split()
    s.text(0.5, 0.6, f"Employee: {up(person.surname)}, {first} {rest[0][:1] if rest else ''}", 9)
    s.text(0.5, 0.8, f"Period: {us(period[0])} to {us(period[1])}    Check date: {us(paid)}", 9)
    rows = [
        ["Description", "Hours", "Rate", "This period", "Year to date"],
        ["Regular", "80.00", "24.50", "1,960.00", "41,160.00"],
        ["Overtime", "6.00", "36.75", "220.50", "3,307.50"],
        ["Fed. withholding", "", "", "-178.40", "-3,746.40"],
        ["FICA", "", "", "-166.81", "-3,401.66"],
    ]
    y = s.table(0.5, 1.15, [2.4, 0.9, 0.9, 1.4, 1.9], rows, pt=8.5)
    s.text(8.0, y + 0.15, "NET PAY 1,835.29", 10, "sans-bold", align="right")
    return drawn(
        "construction_stub_last_first",
        [s],
        "pay_record",
        person,
        "employment_and_taxes",
    )


def _about(paper: Paper, about: tuple[str, ...]) -> Paper:
    paper.about = about
    return paper


def cruz() -> CasePlan:
    """Houston: a Mexican mother with two surnames, her husband a permanent resident, two
    US-citizen children with the father's surname first, the younger with severe asthma."""
    maria = Person("María Elena", "Cruz Villalobos", D(1989, 1, 23), "F", "Linares, Nuevo León")
    mother = Person("Rosa Amelia", "Villalobos Treviño", D(1964, 8, 2), "F")
    father = Person("Ernesto", "Cruz Salinas", D(1957, 11, 19), "M")
    jorge = Person("Jorge Luis", "Peña Soto", D(1986, 6, 4), "M", "Monterrey")
    diego = Person("Diego Alejandro", "Peña Cruz", D(2013, 9, 12), "M", "Houston")
    camila = Person("Camila Sofía", "Peña Cruz", D(2017, 3, 11), "F", "Houston")
    both = (maria.name, jorge.name)
    rep = {
        "name": "Thandiwe Guerrero-Lindahl",
        "organization": "Gulf Coast Immigrant Defense Project",
        "address": ["2900 Wesleyan Street, Suite 410", "Houston, TX 77027"],
        "phone": "713-555-0107",
        "email": "tguerrero@gcidp.example",
        "eoir_id": "TX771204",
    }
    seed = 12400
    placed = [
        capture.card_photo(
            matricula_consular(
                maria, number="0000019347712", issued=D(2024, 5, 14), expiry=D(2030, 5, 14)
            ),
            "scans/matricula.jpg",
            seed + 1,
            turn=90,
        ),
        capture.desk(
            acta_nacimiento(maria, mother, father, curp="CUVM890123MNLRLR04", issued=D(2025, 9, 2)),
            "scans/acta maria.jpg",
            seed + 2,
        ),
        capture.scan(
            translation_of(
                "acta_nacimiento_curp",
                maria,
                ACTA_TRANSLATION,
                translator="Lucía Brennan-Ortiz",
                language="Spanish",
                dated=D(2026, 10, 6),
                equity="identity",
                contact=["2900 Wesleyan Street, Suite 410, Houston, TX 77027", "713-555-0108"],
            ),
            "scans/acta translation.pdf",
            seed + 3,
        ),
        capture.scan(
            texas_birth_abstract(
                diego,
                maria,
                jorge,
                county="Harris",
                filed=D(2013, 9, 30),
                issued=D(2022, 8, 3),
                seed=seed + 4,
            ),
            "scans/diego birth.pdf",
            seed + 4,
        ),
        capture.copier(
            [
                texas_birth_abstract(
                    camila,
                    maria,
                    jorge,
                    county="Harris",
                    filed=D(2017, 3, 29),
                    issued=D(2022, 8, 3),
                    seed=seed + 5,
                ),
                immunization_history(camila, maria, printed=D(2026, 8, 4)),
                attendance_summary(diego, maria, year="2025-2026", dated=D(2026, 6, 5)),
            ],
            "scans/kids papers.pdf",
            seed + 6,
        ),
        capture.scan(
            pulmonology_letter(camila, maria, dated=D(2026, 10, 21)),
            "scans/camila doctor.pdf",
            seed + 7,
        ),
        capture.scan(
            _about(
                joint_transcript(maria, jorge, 2021, requested=D(2026, 9, 15), agi=48210.0),
                both,
            ),
            "scans/transcript 2021.pdf",
            seed + 8,
        ),
        capture.scan(
            _about(
                joint_transcript(maria, jorge, 2024, requested=D(2026, 9, 15), agi=55980.0),
                both,
            ),
            "scans/transcript 2024.pdf",
            seed + 9,
        ),
        capture.desk(
            _about(
                residential_lease(
                    [jorge, maria],
                    start=D(2022, 6, 1),
                    end=D(2023, 5, 31),
                    rent=1245,
                    signed=D(2022, 5, 18),
                ),
                both,
            ),
            "scans/lease.jpg",
            seed + 10,
        ),
        capture.scan(
            gas_bill(jorge, billed=D(2024, 2, 9), amount=64.35),
            "scans/gas bill.jpg",
            seed + 11,
        ),
        capture.scan(
            church_letter(maria, jorge, [diego, camila], dated=D(2026, 10, 12)),
            "scans/iglesia letter.pdf",
            seed + 12,
        ),
        capture.scan(
            visit_record(maria, jorge, seen=D(2025, 12, 2)),
            "scans/clinic visit.pdf",
            seed + 13,
        ),
        capture.scan(iep_page(diego, maria, met=D(2026, 3, 4)), "scans/diego IEP.pdf", seed + 15),
        capture.desk(
            teacher_letter_mrs(maria, diego, dated=D(2026, 10, 28)),
            "scans/IMG_5521.jpg",
            seed + 16,
        ),
        capture.scan(
            hospital_statement(maria, "Peña", served=D(2023, 11, 7)),
            "scans/hospital bill.pdf",
            seed + 17,
        ),
        capture.scan(
            spouse_stub(jorge, period=(D(2026, 10, 5), D(2026, 10, 18)), paid=D(2026, 10, 23)),
            "scans/jorge paystub.jpg",
            seed + 18,
        ),
        capture.scan(
            doc.g28_single(
                maria,
                a_number="A216-904-338",
                rep={**rep, "bar_state": "TX", "bar_number": "24088130"},
                address=(STREET, CITY),
                signed=D(2026, 11, 5),
            ),
            "scans/G-28.pdf",
            seed + 14,
            dpi=150,
        ),
    ]
    case: dict[str, Any] = {
        "schema": 1,
        "respondent": {
            "name": maria.name,
            "a_number": "216-904-338",
            "date_of_birth": maria.born,
            "country": "Mexico",
            "entered_us": D(2008, 3, 15),
            "address": [STREET, CITY],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "court": "Houston, TX",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "master",
            "opla_office": "Houston",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2021, 1, 1),
            "children": [
                {"name": diego.name, "date_of_birth": diego.born, "status": "usc"},
                {"name": camila.name, "date_of_birth": camila.born, "status": "usc"},
            ],
            "spouse": {"name": jorge.name, "status": "lpr"},
            "education": True,
            "caretaker": {"person": camila.name, "condition": "severe persistent asthma"},
            "community_ties": True,
        },
    }
    findings = [
        # the folder holds no marriage certificate and no green card: the spouse claim is
        # truly unproved (a joint return and a joint lease are not a marriage record)
        {"code": "missing-evidence", "claim": "spouse"},
        # the matrícula is in Spanish only and no translation of it is in the folder
        {"code": "untranslated-document", "file": "scans/matricula.jpg"},
    ]
    return CasePlan(
        "cruz",
        "tuning",
        case,
        placed,
        findings,
        notes="no deliberate gap: transcript 2021, lease 2022-23, transcript 2024, clinic 2025, "
        "church 2026; the gas bill is the husband's alone",
    )
