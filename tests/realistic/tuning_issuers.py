"""A third set of tuning documents, in issuers' layouts and wordings the first two sets do not
use: a Salvadoran municipal certification that opens "El infrascrito Jefe del Registro del
Estado Familiar CERTIFICA" with no title, a Colombian Registro Civil de Nacimiento, an Arizona
certificate with "Registrant" boxes, IRS wage and income and record-of-account transcripts with
masked names (a three-letter first name, a joint return), a single W-2 grid, a pay stub with no
title, a receipt-book rent receipt, an unofficial middle-school transcript, a "report to
parents", a school's enrolment letter opening "To whom it may concern", a pediatric
endocrinologist's and a therapist's letter (no title phrase, no physician), a VA summary of
benefits, a church's letter in Spanish, a neighbour's letter with no salutation phrase, a city
police "departmental report", a municipal court disposition and an alcohol-education
completion certificate. Written from what such documents look like; rules may be tuned on
these, never on the blind corpus. Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from tests.realistic.dates import dashed, long, month, spelled, us
from tests.realistic.model import Paper, Person, drawn, up
from tests.realistic.paper import GREY, Sheet, letterhead, monospace_page, write_letter

D = dt.date


def _words_es(n: int) -> str:
    names = [
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
    ]
    return names[n] if n < len(names) else str(n)


# ---------------------------------------------------------------- civil registries


def salvador_certificacion(
    person: Person,
    mother: Person,
    father: Person,
    *,
    municipio: str,
    departamento: str,
    book: int,
    entry: int,
    issued: dt.date,
    seed: int,
) -> Paper:
    """An Alcaldía's certification of a birth entry: no title line, only "El infrascrito Jefe
    del Registro del Estado Familiar ... CERTIFICA: que en el Libro de Partidas de Nacimiento"
    and the entry copied as prose, then the seal and the signature."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (232, 236, 244))
    s.center(0.6, f"ALCALDÍA MUNICIPAL DE {municipio.upper()}", 14, "serif-bold")
    s.center(0.9, f"DEPARTAMENTO DE {departamento.upper()}, EL SALVADOR, C.A.", 9, "sans")
    born = person.born
    body = [
        "El infrascrito Jefe del Registro del Estado Familiar de esta ciudad, CERTIFICA: que en "
        f"el Libro de Partidas de Nacimiento número {book} que esta oficina lleva en el año "
        f"{born.year}, se encuentra asentada la partida número {entry}, que literalmente dice:",
        f"«Partida número {entry}. {up(person.name)}, sexo "
        f"{'femenino' if person.sex == 'F' else 'masculino'}, nació en "
        f"{person.birthplace}, a las {_words_es(rng.randint(1, 12))} horas del día "
        f"{spelled(born, 'es')}, hijo(a) de {up(mother.name)}, de oficios domésticos, "
        f"originaria de {mother.birthplace}, y de {up(father.name)}, agricultor, originario de "
        f"{father.birthplace}. Dio los datos la madre, quien firma. Alcaldía Municipal de "
        f"{municipio}, {spelled(born + dt.timedelta(days=9), 'es')}.»",
        "Es conforme con su original con el cual se confrontó, y para los usos que se estime "
        f"conveniente se extiende la presente en la Alcaldía Municipal de {municipio}, a los "
        f"{issued.day} días del mes de {month(issued, 'es')} de {issued.year}.",
    ]
    y = s.paras(0.9, 1.5, 6.7, body, gap=0.2, pt=11, face="serif")
    s.seal(2.2, y + 0.9, 0.55, f"ALCALDIA MUNICIPAL {up(municipio)} * ", "REF")
    s.signature(4.6, y + 0.4, "Julio C. Arévalo Mena", 18)
    s.line(4.3, y + 0.95, 7.5, y + 0.95, 0.6)
    s.text(4.4, y + 1.0, "Jefe del Registro del Estado Familiar", 8.5, "serif")
    return drawn(
        "salvador_alcaldia_certificacion", [s], "birth_certificate", person, "identity", "es"
    )


def colombia_registro_civil(
    person: Person,
    mother: Person,
    father: Person,
    *,
    notaria: str,
    city: str,
    serial: str,
    issued: dt.date,
    seed: int,
) -> Paper:
    """The Registraduría's "Registro Civil de Nacimiento": boxes under section headings ("Datos
    del inscrito", "Datos de la madre", "Datos del padre"), NUIP and indicativo serial."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (236, 240, 228))
    s.text(0.6, 0.5, "REPÚBLICA DE COLOMBIA", 11, "serif-bold")
    s.text(0.6, 0.72, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", 9, "sans-bold")
    s.text(5.2, 0.5, "REGISTRO CIVIL", 13, "sans-bold")
    s.text(5.2, 0.75, "DE NACIMIENTO", 13, "sans-bold")
    s.text(5.2, 1.0, f"Indicativo Serial {serial}", 8.5, "sans")
    first_surname, _, second_surname = person.surname.partition(" ")
    born = person.born
    y = s.grid(
        0.6,
        1.35,
        7.3,
        [
            (
                0.45,
                [
                    (4, "Datos de la oficina de registro - Clase de oficina", f"NOTARÍA {notaria}"),
                    (3, "País - Departamento - Municipio", f"COLOMBIA - {up(city)}"),
                ],
            ),
            (0.3, [(1, "DATOS DEL INSCRITO", "")]),
            (
                0.45,
                [
                    (2, "Primer Apellido", up(first_surname)),
                    (2, "Segundo Apellido", up(second_surname)),
                    (3, "Nombre(s)", up(person.given)),
                ],
            ),
            (
                0.45,
                [
                    (3, "Fecha de nacimiento  Día / Mes / Año", born.strftime("%d / %m / %Y")),
                    (1, "Sexo", "FEMENINO" if person.sex == "F" else "MASCULINO"),
                    (3, "Lugar de nacimiento", up(person.birthplace)),
                ],
            ),
            (
                0.45,
                [(4, "NUIP", str(rng.randint(10**9, 10**10 - 1))), (3, "Grupo sanguíneo", "O+")],
            ),
            (0.3, [(1, "DATOS DE LA MADRE", "")]),
            (
                0.45,
                [
                    (4, "Apellidos y nombres completos", up(mother.surname + " " + mother.given)),
                    (3, "Nacionalidad", "COLOMBIANA"),
                ],
            ),
            (0.3, [(1, "DATOS DEL PADRE", "")]),
            (
                0.45,
                [
                    (4, "Apellidos y nombres completos", up(father.surname + " " + father.given)),
                    (3, "Nacionalidad", "COLOMBIANA"),
                ],
            ),
            (
                0.45,
                [
                    (
                        4,
                        "Fecha de inscripción",
                        (born + dt.timedelta(days=20)).strftime("%d/%m/%Y"),
                    ),
                    (3, "Firma del funcionario", ""),
                ],
            ),
        ],
        value_pt=9.5,
    )
    s.para(
        0.6,
        y + 0.3,
        7.3,
        f"ES FIEL COPIA DEL ORIGINAL. Expedida en {city} el {spelled(issued, 'es')}. "
        "Válido para demostrar parentesco.",
        9,
        "sans",
    )
    s.signature(4.5, y + 0.8, "Margarita Useche", 17)
    s.text(4.4, y + 1.35, "Notario(a)", 8.5)
    return drawn(
        "colombia_registro_civil_nacimiento",
        [s],
        "birth_certificate",
        person,
        "identity",
        "es",
    )


def translation_of(
    original_label: str,
    person: Person,
    lines: list[str],
    *,
    translator: str,
    language: str,
    dated: dt.date,
    equity: str,
    contact: Sequence[str] = (),
) -> Paper:
    """An English rendering of a foreign record laid out as plain lines under a heading, with
    the translator's certificate at its foot: what a legal-aid office's volunteer types.
    ``contact``: the translator's address and telephone lines under the name; without them the
    certificate lacks what ICPM 3.3(a) asks (incomplete-translation-certificate)."""
    s = Sheet()
    y = s.center(0.7, "ENGLISH TRANSLATION", 13, "serif-bold")
    y = s.center(y + 0.05, f"(Translated from {language})", 9, "serif")
    y = s.lines(0.9, y + 0.3, lines, 10.5, "serif")
    y = s.para(
        0.9,
        y + 0.4,
        6.7,
        f"I, {translator}, certify that I am fluent in {language} and English, and that the "
        "above is a complete and accurate translation of the attached document, to the best of "
        "my knowledge and ability.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator, 18)
    s.lines(0.9, y + 0.7, [translator, *contact, f"Date: {long(dated)}"], 10, "serif")
    return drawn(f"{original_label}_translation", [s], "certificate_of_translation", person, equity)


def arizona_birth(
    child: Person,
    mother: Person,
    father: Person,
    *,
    county: str,
    hospital: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """A state office's certified copy: "Registrant's name" boxes, facts in a grid, a
    registrar's certification at the foot and a warning about alterations."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (240, 232, 222))
    s.center(0.5, "ARIZONA DEPARTMENT OF HEALTH SERVICES", 11, "sans-bold")
    s.center(0.72, "Bureau of Vital Records", 9, "sans")
    s.center(0.98, "CERTIFICATE OF BIRTH", 15, "serif-bold")
    given, _, middle = child.given.partition(" ")
    y = s.grid(
        0.6,
        1.35,
        7.3,
        [
            (
                0.5,
                [
                    (3, "REGISTRANT'S NAME - FIRST", up(given)),
                    (2, "MIDDLE", up(middle)),
                    (3, "LAST", up(child.surname)),
                ],
            ),
            (
                0.5,
                [
                    (2, "SEX", "FEMALE" if child.sex == "F" else "MALE"),
                    (3, "DATE OF BIRTH", long(child.born).upper()),
                    (3, "STATE FILE NUMBER", f"{child.born.year}-{rng.randint(10**5, 10**6)}"),
                ],
            ),
            (
                0.5,
                [
                    (4, "FACILITY NAME", up(hospital)),
                    (2, "CITY OF BIRTH", up(child.birthplace)),
                    (2, "COUNTY", up(county)),
                ],
            ),
            (
                0.5,
                [
                    (5, "PARENT 1 - NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                    (3, "BIRTHPLACE", up(mother.birthplace)),
                ],
            ),
            (
                0.5,
                [
                    (5, "PARENT 2 - NAME", up(father.name)),
                    (3, "BIRTHPLACE", up(father.birthplace)),
                ],
            ),
            (0.5, [(4, "DATE RECEIVED BY REGISTRAR", us(filed)), (4, "DATE ISSUED", us(issued))]),
        ],
    )
    s.para(
        0.6,
        y + 0.25,
        7.3,
        "I certify that this is a true and correct copy of the official record on file with "
        "the Arizona Department of Health Services. Any alteration or erasure voids this "
        "certificate.",
        8.5,
        "serif",
    )
    s.signature(4.6, y + 0.8, "Corinne T. Valdespino", 17)
    s.text(4.5, y + 1.3, "State Registrar of Vital Records", 8)
    return drawn("arizona_certificate_registrant", [s], "birth_certificate", child, "us_family")


# ---------------------------------------------------------------- taxes and pay


def wage_income_transcript(
    person: Person,
    year: int,
    *,
    ssn_last4: str,
    employer: str,
    employer_address: str,
    wages: float,
    withheld: float,
    requested: dt.date,
    seed: int,
) -> Paper:
    """An IRS Wage and Income Transcript with one Form W-2, the employee's name cut to four
    letters (three for a three-letter first name) as the IRS masks it."""
    rng = random.Random(seed)
    ein = f"XXXXX{rng.randint(1000, 9999)}"
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                          Wage and Income Transcript",
        "",
        f"Request Date:            {dashed(requested)}",
        f"Response Date:           {dashed(requested)}",
        f"Tracking Number:         {rng.randint(10**11, 10**12 - 1)}",
        f"SSN Provided:            XXX-XX-{ssn_last4}",
        f"Tax Period Requested:    December, {year}",
        "",
        "Form W-2 Wage and Tax Statement",
        "",
        "Employer:",
        f"Employer Identification Number (EIN):{ein}",
        f"{up(employer)[:4]} {up(employer).split()[1][:4] if len(employer.split()) > 1 else ''}",
        f"{up(employer_address)[:10]} XXX",
        "",
        "Employee:",
        f"Employee's Social Security Number:XXX-XX-{ssn_last4}",
        person.irs,
        "",
        "Submission Type:                                   Original document",
        f"Wages, Tips and Other Compensation:               ${wages:,.2f}",
        f"Federal Income Tax Withheld:                      ${withheld:,.2f}",
        f"Social Security Wages:                            ${wages:,.2f}",
        f"Social Security Tax Withheld:                     ${wages * 0.062:,.2f}",
        f"Medicare Wages and Tips:                          ${wages:,.2f}",
        f"Medicare Tax Withheld:                            ${wages * 0.0145:,.2f}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return drawn(
        "irs_wage_income_w2_only",
        [monospace_page(lines, 9, 0.7)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def record_of_account_joint(
    primary: Person,
    spouse: Person,
    year: int,
    *,
    ssn_last4: str,
    street: str,
    agi: float,
    filed: dt.date,
    requested: dt.date,
    seed: int,
) -> Paper:
    """A Record of Account for a joint return: both names masked on one line ("ROSA PORT &
    DWAY HALV"), the return's lines then its transactions, over two pages."""
    rng = random.Random(seed)
    head = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                               Record of Account",
        "",
        f"Request Date:               {dashed(requested)}",
        f"Tracking Number:            {rng.randint(10**11, 10**12 - 1)}",
        "FORM NUMBER:                1040",
        f"TAX PERIOD:                 Dec. 31, {year}",
        f"TAXPAYER IDENTIFICATION NUMBER: XXX-XX-{ssn_last4}",
        f"SPOUSE TAXPAYER IDENTIFICATION NUMBER: XXX-XX-{rng.randint(1000, 9999)}",
        f"{primary.irs} & {spouse.irs}",
        f"{up(street)[:9]} XXX",
        "",
        "ACCOUNT BALANCE:                 0.00",
        "ACCRUED INTEREST:                0.00  AS OF: " + dashed(requested),
        "",
        "FILING STATUS:                   Married Filing Joint",
        f"ADJUSTED GROSS INCOME:           {agi:,.2f}",
        f"TAXABLE INCOME:                  {max(0.0, agi - 27700):,.2f}",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:      {agi:,.2f}",
        "TAXABLE INTEREST INCOME:         0.00",
    ]
    tail = [
        "Account Transcript portion",
        "",
        "TRANSACTIONS",
        "CODE  EXPLANATION OF TRANSACTION         CYCLE      DATE          AMOUNT",
        f"150   Tax return filed              {year + 1}0805  {dashed(filed)}       $0.00",
        f"806   W-2 or 1099 withholding                  {dashed(D(year + 1, 4, 15))}  "
        f"-{rng.uniform(500, 2000):,.2f}",
        f"846   Refund issued                            {dashed(filed + dt.timedelta(days=18))}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return drawn(
        "irs_record_of_account_joint",
        [monospace_page(head, 9, 0.7), monospace_page(tail, 9, 0.7)],
        "tax_record",
        primary,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def w2_single(
    person: Person,
    year: int,
    *,
    employer: str,
    employer_lines: list[str],
    ssn_last4: str,
    street: str,
    city: str,
    wages: float,
    seed: int,
) -> Paper:
    """One W-2 copy filling the top of a page: the lettered and numbered boxes, the form name
    only in small type at the foot."""
    rng = random.Random(seed)
    s = Sheet()
    given, _, _ = person.given.partition(" ")
    rows = [
        (
            0.45,
            [
                (3, "a Employee's social security number", f"XXX-XX-{ssn_last4}"),
                (3, "OMB No. 1545-0008", ""),
            ],
        ),
        (
            0.45,
            [
                (3, "b Employer identification number (EIN)", f"86-{rng.randint(10**6, 10**7)}"),
                (2, "1 Wages, tips, other compensation", f"{wages:,.2f}"),
                (2, "2 Federal income tax withheld", f"{wages * 0.07:,.2f}"),
            ],
        ),
        (
            0.8,
            [
                (
                    3,
                    "c Employer's name, address, and ZIP code",
                    "\n".join([employer, *employer_lines]),
                ),
                (2, "3 Social security wages", f"{wages:,.2f}"),
                (2, "4 Social security tax withheld", f"{wages * 0.062:,.2f}"),
            ],
        ),
        (
            0.45,
            [
                (
                    3,
                    "e Employee's first name and initial   Last name",
                    f"{up(given)}  {up(person.surname)}",
                ),
                (2, "5 Medicare wages and tips", f"{wages:,.2f}"),
                (2, "6 Medicare tax withheld", f"{wages * 0.0145:,.2f}"),
            ],
        ),
        (
            0.6,
            [
                (3, "f Employee's address and ZIP code", f"{street}\n{city}"),
                (4, "12a", "DD 3120.44"),
            ],
        ),
    ]
    y = s.grid(0.5, 0.6, 7.5, rows, value_pt=9)
    s.text(0.5, y + 0.08, f"Form W-2 Wage and Tax Statement {year}", 9, "sans-bold")
    s.text(4.6, y + 0.08, "Department of the Treasury—Internal Revenue Service", 7, "sans")
    s.text(0.5, y + 0.3, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 7, "sans")
    return drawn(
        "w2_single_copy_b",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def untitled_stub(
    person: Person,
    *,
    company: str,
    company_lines: list[str],
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    rate: float,
    hours: float,
    seed: int,
) -> Paper:
    """A small employer's stub printed by accounting software: the company, the employee's
    name and address, a pay period and pay date, earnings and taxes tables; no title."""
    rng = random.Random(seed)
    gross = rate * hours
    fed, ss, med, st = gross * 0.06, gross * 0.062, gross * 0.0145, gross * 0.025
    net = gross - fed - ss - med - st
    s = Sheet()
    s.text(0.6, 0.5, company, 12, "sans-bold")
    s.lines(0.6, 0.72, company_lines, 8.5, "sans", fill=GREY)
    s.lines(0.6, 1.35, [up(person.name), *["2231 W. Roeser Rd, Apt 12", "Phoenix, AZ 85041"]], 9.5)
    s.table(
        4.4,
        1.3,
        [1.6, 1.5],
        [
            ["Pay Period", f"{us(period[0])} - {us(period[1])}"],
            ["Pay Date", us(paid)],
            ["Employee ID", str(rng.randint(100, 999))],
        ],
        8.5,
        header_fill=None,
    )
    y = s.table(
        0.6,
        2.3,
        [2.2, 1.0, 1.0, 1.4, 1.4],
        [
            ["Earnings", "Hours", "Rate", "Current", "YTD"],
            ["Hourly", f"{hours:.2f}", f"{rate:.2f}", f"{gross:,.2f}", f"{gross * 19:,.2f}"],
            ["Tips", "", "", f"{rng.uniform(50, 200):,.2f}", f"{rng.uniform(2000, 4000):,.2f}"],
        ],
        8.5,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.6,
        y + 0.2,
        [3.2, 1.4, 1.4],
        [
            ["Taxes", "Current", "YTD"],
            ["Federal Income Tax", f"{fed:,.2f}", f"{fed * 19:,.2f}"],
            ["Social Security", f"{ss:,.2f}", f"{ss * 19:,.2f}"],
            ["Medicare", f"{med:,.2f}", f"{med * 19:,.2f}"],
            ["AZ Income Tax", f"{st:,.2f}", f"{st * 19:,.2f}"],
        ],
        8.5,
        align=["left", "right", "right"],
    )
    s.text(0.6, y + 0.25, f"Gross Pay  {gross:,.2f}      Net Pay  {net:,.2f}", 10, "sans-bold")
    return drawn(
        "untitled_software_stub", [s], "pay_record", person, "employment_and_taxes", proves=period
    )


# ---------------------------------------------------------------- residence


def rent_receipt(
    tenant: Person,
    *,
    number: int,
    dated: dt.date,
    amount: float,
    address: str,
    landlord: str,
) -> Paper:
    """A page of a stationery-store receipt book: "RECEIPT", number, date, "Received from",
    the sum in words, "For" rent of a month, the landlord's signature."""
    s = Sheet()
    s.rect(0.6, 0.6, 7.3, 3.2, 1.2)
    s.text(0.8, 0.75, "RECEIPT", 16, "sans-bold")
    s.text(5.4, 0.8, f"No. {number}", 11, "sans-bold", fill=(160, 30, 30))
    s.text(5.4, 1.1, f"Date  {us(dated)}", 10.5, "sans")
    s.text(0.8, 1.4, "Received from", 9, "sans")
    s.text(2.1, 1.35, tenant.name, 13, "serif-italic", fill=(24, 40, 120))
    s.line(2.0, 1.6, 7.6, 1.6, 0.5)
    dollars = int(amount)
    s.text(0.8, 1.85, "the sum of", 9, "sans")
    s.text(2.1, 1.8, f"{dollars} and 00/100", 13, "serif-italic", fill=(24, 40, 120))
    s.text(6.3, 1.85, "Dollars", 9)
    s.line(2.0, 2.05, 6.2, 2.05, 0.5)
    s.text(0.8, 2.3, "For", 9, "sans")
    s.text(
        2.1,
        2.25,
        f"rent {month(dated)} {dated.year} - {address}",
        12,
        "serif-italic",
        fill=(24, 40, 120),
    )
    s.line(2.0, 2.5, 7.6, 2.5, 0.5)
    s.checkbox(0.8, 2.8, True, "Cash")
    s.checkbox(1.8, 2.8, False, "Check")
    s.checkbox(2.9, 2.8, False, "Money Order")
    s.text(0.8, 3.2, f"Amount  ${amount:,.2f}", 11, "sans-bold")
    s.text(4.6, 3.35, "Received by", 8, "sans")
    s.signature(5.4, 3.0, landlord, 16)
    return drawn(
        "receipt_book_rent",
        [s],
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(dated, dated),
    )


# ---------------------------------------------------------------- school


def unofficial_transcript(
    student: Person,
    *,
    district: str,
    school: str,
    grades: list[tuple[str, str, list[tuple[str, str]]]],
    printed: dt.date,
    seed: int,
) -> Paper:
    """A student information system's printout: "Unofficial Transcript", the student's number
    and birth date, one block of courses and marks per school year."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.5, district, 12, "sans-bold")
    s.text(0.6, 0.75, school, 10, "sans")
    s.text(5.3, 0.5, "UNOFFICIAL TRANSCRIPT", 11, "sans-bold")
    s.text(5.3, 0.75, f"Printed {us(printed)}", 8, "sans", fill=GREY)
    y = s.table(
        0.6,
        1.1,
        [2.7, 1.5, 1.5, 1.6],
        [
            ["Student", "Student ID", "Birthdate", "Grade"],
            [student.last_first(False), str(rng.randint(10**6, 10**7)), us(student.born), "08"],
        ],
        9,
    )
    for year, level, courses in grades:
        y = s.text(0.6, y + 0.2, f"School Year {year}   Grade {level}", 9.5, "sans-bold")
        y = s.table(
            0.6,
            y + 0.05,
            [4.0, 1.2, 1.2],
            [["Course", "S1", "S2"], *[[c, m, m] for c, m in courses]],
            8.5,
            rules="header",
        )
    s.text(0.6, y + 0.3, "This is not an official transcript.", 7.5, "sans", fill=GREY)
    return drawn("sis_unofficial_transcript", [s], "school_record", student, "education")


def report_to_parents(
    student: Person,
    *,
    district: str,
    school: str,
    year: str,
    teacher: str,
    seed: int,
) -> Paper:
    """A standards-based "Report to Parents/Guardians": a band of student facts, marks 1-4 per
    standard and trimester, attendance, a teacher's comment."""
    rng = random.Random(seed)
    s = Sheet()
    s.center(0.5, district.upper(), 11, "sans-bold")
    s.center(0.75, "Elementary Report to Parents/Guardians", 13, "serif-bold")
    s.center(1.0, f"{school}  ·  {year}", 9, "sans")
    y = s.grid(
        0.6,
        1.3,
        7.3,
        [
            (
                0.45,
                [
                    (3, "Student", up(student.name)),
                    (1, "Grade", "4"),
                    (2, "Teacher", teacher),
                    (2, "Student #", str(rng.randint(10**5, 10**6))),
                ],
            )
        ],
    )
    marks = [["Standard", "T1", "T2", "T3"]]
    for subject in [
        "Reading: foundational skills",
        "Writing",
        "Mathematics: operations",
        "Science",
        "Social studies",
        "Work habits",
    ]:
        marks.append([subject, str(rng.randint(2, 4)), str(rng.randint(2, 4)), ""])
    y = s.table(0.6, y + 0.25, [4.3, 1.0, 1.0, 1.0], marks, 9)
    y = s.table(
        0.6,
        y + 0.25,
        [4.3, 1.0, 1.0, 1.0],
        [
            ["Attendance", "T1", "T2", "T3"],
            ["Days absent", "1", "0", ""],
            ["Days tardy", "0", "2", ""],
        ],
        9,
    )
    s.para(
        0.6,
        y + 0.3,
        7.3,
        f"Comment: {student.first} is a kind classmate and reads with growing confidence. "
        "Keep practising multiplication facts at home.",
        9.5,
        "serif",
    )
    s.text(0.6, y + 1.0, "Key: 4 exceeds  3 meets  2 approaching  1 not yet", 8, "sans", fill=GREY)
    return drawn("report_to_parents", [s], "school_record", student, "education")


def enrolment_letter(
    student: Person,
    *,
    school: str,
    school_lines: list[str],
    grade: str,
    year: str,
    since: dt.date,
    signer: str,
    dated: dt.date,
) -> Paper:
    """A school office's letter on letterhead confirming a pupil is enrolled, opening "To whom
    it may concern", as registrars write them for any agency that asks."""
    s = write_letter(
        (school, school_lines, (20, 80, 50), "shield"),
        long(dated),
        [],
        None,
        "To Whom It May Concern:",
        [
            f"This letter confirms that {student.name}, date of birth {us(student.born)}, is "
            f"currently enrolled at {school} in grade {grade} for the {year} school year. "
            f"{student.he.capitalize()} has attended our school since {long(since)}.",
            "Please contact the main office if you need further information.",
        ],
        "Sincerely,",
        signer,
        ["Registrar", school],
    )
    return drawn("school_enrolment_letter", [s], "school_record", student, "education")


# ---------------------------------------------------------------- medical


def pediatric_specialist_letter(
    patient: Person,
    parent: Person,
    *,
    practice: str,
    practice_lines: list[str],
    physician: str,
    title: list[str],
    dated: dt.date,
) -> Paper:
    """A pediatric subspecialty clinic's letter about a child with type 1 diabetes: letterhead,
    "Patient:" and "DOB:" lines, no title or salutation phrase the rules name."""
    s = Sheet()
    y = letterhead(s, practice, practice_lines, (120, 30, 90), "cross")
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.15
    y = s.lines(0.9, y, [f"Patient: {patient.name}", f"DOB: {us(patient.born)}"], 11, "serif")
    y = s.text(0.9, y + 0.15, "To the immigration court:", 11, "serif") + 0.1
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"{patient.first} has been followed in our endocrinology clinic since "
            f"{patient.his} type 1 diabetes mellitus was found in 2021. {patient.he.capitalize()}"
            " uses an insulin pump and a continuous glucose monitor, and needs an adult who "
            "can count carbohydrates, adjust doses and treat low blood sugar at any hour.",
            f"{parent.name}, {patient.his} mother, manages this every day and comes to every "
            "visit every three months. Losing her would put the child at serious risk of "
            "diabetic ketoacidosis and hospital admission.",
        ],
        gap=0.12,
        pt=11,
        face="serif",
    )
    s.signature(1.0, y + 0.05, physician, 20)
    s.lines(0.9, y + 0.6, [physician, *title], 10, "serif")
    return drawn(
        "pediatric_endocrinology_letter",
        [s],
        "medical_record",
        patient,
        "caretaker",
        proves=(dated, dated),
    )


def therapist_letter(
    client: Person,
    *,
    agency: str,
    agency_lines: list[str],
    therapist: str,
    credentials: list[str],
    since: dt.date,
    dated: dt.date,
) -> Paper:
    """A counselling agency's letter by a licensed clinical social worker: "To whom it may
    concern", sessions since a date, symptoms of trauma, no physician."""
    s = write_letter(
        (agency, agency_lines, (60, 60, 130), "circle"),
        long(dated),
        [],
        f"Re: {client.name}, DOB {us(client.born)}",
        "To Whom It May Concern:",
        [
            f"I am a licensed clinical social worker at {agency}. {client.name} has attended "
            f"weekly individual therapy sessions with me since {long(since)}.",
            f"{client.first} came to us after the assault she survived and presents with "
            "symptoms consistent with post-traumatic stress: nightmares, hypervigilance and "
            "panic attacks. She is engaged in treatment, has made steady progress, and is "
            "committed to continuing her sessions.",
            "Continuity of counseling is essential to her recovery.",
        ],
        "Respectfully,",
        therapist,
        credentials,
    )
    return drawn(
        "lcsw_therapy_letter", [s], "medical_record", client, "medical", proves=(since, dated)
    )


# ---------------------------------------------------------------- military


def va_benefit_summary(
    veteran: Person,
    *,
    branch: str,
    entered: dt.date,
    left: dt.date,
    dated: dt.date,
    rating: int,
) -> Paper:
    """A VA benefit summary letter: the address block, "Dear Mr.", the service period table
    with character of service, then the rating."""
    s = Sheet()
    y = letterhead(
        s,
        "DEPARTMENT OF VETERANS AFFAIRS",
        ["Regional Office", "3333 N. Central Avenue, Phoenix, AZ 85012"],
        (20, 50, 100),
        "shield",
    )
    y = s.text(0.9, y, long(dated), 11, "serif") + 0.15
    y = s.lines(
        0.9, y, [up(veteran.name), "2231 W ROESER RD APT 12", "PHOENIX AZ 85041"], 10.5, "mono"
    )
    y = s.text(0.9, y + 0.2, f"Dear Mr. {veteran.surname}:", 11, "serif") + 0.1
    y = s.para(
        0.9,
        y,
        6.7,
        "This letter is a summary of benefits you currently receive from the Department of "
        "Veterans Affairs. We are providing this letter to disabled Veterans to use in "
        "applying for benefits such as housing entitlements and state or local property or "
        "vehicle tax relief.",
        11,
        "serif",
    )
    y = s.text(0.9, y + 0.15, "Your VA Benefits Summary", 11, "serif-bold")
    y = s.table(
        0.9,
        y + 0.1,
        [1.7, 1.8, 1.8, 1.5],
        [
            ["Branch of Service", "Character of Service", "Entered Active Duty", "Release Date"],
            [branch, "Honorable", us(entered), us(left)],
        ],
        8.5,
    )
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        f"Your combined service-connected evaluation is {rating} percent. You are being paid "
        "monthly. You are considered to be totally and permanently disabled due solely to "
        "your service-connected disabilities: No.",
        11,
        "serif",
    )
    s.text(0.9, y + 0.25, "Sincerely yours,", 11, "serif")
    s.lines(0.9, y + 0.55, ["Regional Office Director"], 10, "serif")
    return drawn(
        "va_benefit_summary_letter",
        [s],
        "military_record",
        veteran,
        "military_service",
        proves=(dated, dated),
    )


# ---------------------------------------------------------------- letters of support


def carta_iglesia(
    about: Person,
    *,
    church: str,
    lines: list[str],
    pastor: str,
    since_year: int,
    dated: dt.date,
    city: str,
) -> Paper:
    """A pastor's letter in Spanish addressed "Honorable Juez de Inmigración", vouching for a
    member of the congregation since a year."""
    s = write_letter(
        (church, lines, (100, 40, 40), "cross"),
        f"{city}, {spelled(dated, 'es')}",
        [],
        None,
        "Honorable Juez de Inmigración:",
        [
            f"Yo, {pastor}, pastor de {church}, doy fe de que la hermana {about.name} asiste "
            f"fielmente a nuestra congregación desde el año {since_year}.",
            "Ella sirve en el ministerio de niños todos los domingos y ayuda a preparar la "
            "despensa para las familias necesitadas del barrio. Es una madre dedicada y una "
            "mujer honrada, trabajadora y de buen testimonio.",
            "Por lo anterior, le pido respetuosamente que tome en cuenta su buen carácter y "
            "el apoyo que su familia necesita de ella.",
        ],
        "Bendiciones,",
        pastor,
        ["Pastor principal"],
    )
    return drawn(
        "carta_pastor_honorable_juez",
        [s],
        "letter_of_support",
        about,
        "community_ties",
        "es",
        proves=(D(since_year, 1, 1), dated),
    )


def neighbour_note(
    about: Person, *, writer: str, address: str, years: int, dated: dt.date
) -> Paper:
    """A neighbour's typed letter with no letterhead and no set salutation: "To the Judge",
    who she is, what she has seen, a phone number."""
    s = Sheet()
    y = s.lines(0.9, 0.8, [writer, address], 11, "serif")
    y = s.text(0.9, y + 0.2, long(dated), 11, "serif")
    y = s.text(0.9, y + 0.3, "To the Judge,", 11, "serif") + 0.1
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"My name is {writer} and I live next door to {about.name} and her family at "
            f"{address.split(',')[0].rsplit(' ', 1)[0]}. We have been neighbors for {years} "
            "years.",
            f"{about.first} watches my grandson after school when I work late, she checks on "
            "me when I am sick, and she shovels snow from my steps every winter without being "
            "asked. Her children play with my grandchildren. She is a good person and our "
            "street is better with her family on it.",
            "Please let her stay with her family.",
        ],
        gap=0.12,
        pt=11,
        face="serif",
    )
    s.signature(1.0, y + 0.05, writer, 20)
    s.text(0.9, y + 0.6, f"{writer}   (973) 555-0148", 10, "serif")
    return drawn(
        "neighbour_note_to_the_judge",
        [s],
        "letter_of_support",
        about,
        "community_ties",
        proves=(dated, dated),
    )


# ---------------------------------------------------------------- police and courts


def departmental_report(
    victim: Person,
    *,
    department: str,
    number: str,
    occurred: dt.date,
    reported: dt.date,
    officer: str,
    seed: int,
) -> Paper:
    """A city police "Departmental Report": the DR number, offense code and title, persons
    listed by role (V1 victim, S1 suspect), then the narrative."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.5, up(department), 12, "sans-bold")
    s.text(0.6, 0.75, "DEPARTMENTAL REPORT", 11, "sans-bold")
    s.text(5.2, 0.5, f"DR # {number}", 11, "mono-bold")
    y = s.grid(
        0.6,
        1.05,
        7.3,
        [
            (
                0.45,
                [
                    (3, "OFFENSE", "AGGRAVATED ASSAULT - DV"),
                    (2, "ARS CODE", "13-1204"),
                    (2, "DATE/TIME OCCURRED", f"{us(occurred)} 2140"),
                ],
            ),
            (
                0.45,
                [
                    (4, "LOCATION", "2231 W ROESER RD, PHOENIX AZ"),
                    (3, "DATE REPORTED", us(reported)),
                ],
            ),
            (
                0.45,
                [
                    (1, "V1", "VICTIM"),
                    (4, "NAME (LAST, FIRST MIDDLE)", victim.last_first(False)),
                    (2, "DOB", us(victim.born)),
                ],
            ),
            (
                0.45,
                [
                    (1, "S1", "SUSPECT"),
                    (4, "NAME (LAST, FIRST MIDDLE)", "DOE, JOHN (UNKNOWN)"),
                    (2, "DOB", "UNK"),
                ],
            ),
        ],
    )
    y = s.text(0.6, y + 0.2, "NARRATIVE", 10, "sans-bold")
    s.para(
        0.6,
        y + 0.05,
        7.3,
        f"On the above date I responded to a call of a woman screaming. V1 {up(victim.name)} "
        "stated that S1, known to her from a previous job, forced his way into the apartment "
        "and struck her with a metal pipe. V1 had visible injuries to her left arm and was "
        "treated by PFD at the scene. V1 gave a recorded statement, identified S1 from a "
        "photo line-up and agreed to assist with prosecution. Case referred to the "
        "Family Investigations Bureau.",
        9.5,
        "serif",
    )
    s.text(0.6, 9.8, f"Reporting officer: {officer}   Serial {rng.randint(4000, 9999)}", 9)
    return drawn(
        "city_departmental_report",
        [s],
        "police_report",
        victim,
        "crime_victim",
        proves=(reported, reported),
    )


def municipal_disposition(
    defendant: Person,
    *,
    court: str,
    complaint: str,
    offense_date: dt.date,
    disposed: dt.date,
) -> Paper:
    """A municipal court's printout of a complaint's disposition: the complaint number, the
    charge, plea, finding and penalties in columns."""
    lines = [
        f"{court.upper()}",
        "                         DISPOSITION REPORT",
        "",
        f"COMPLAINT NUMBER:  {complaint}",
        f"DEFENDANT:         {defendant.last_first(False)}",
        f"DATE OF BIRTH:     {us(defendant.born)}",
        f"OFFENSE DATE:      {us(offense_date)}",
        "",
        "STATUTE     DESCRIPTION                       PLEA     FINDING   DISP DATE",
        f"39:4-50     DRIVING WHILE INTOXICATED         GUILTY   GUILTY    {us(disposed)}",
        f"39:4-97     CARELESS DRIVING                  N/A      DISMISSED {us(disposed)}",
        "",
        "PENALTIES:",
        "  FINE $300.00   COSTS $33.00   VCCB $50.00   SAF $75.00",
        "  LICENSE SUSPENSION 3 MONTHS",
        "  IDRC 12 HOURS",
        "",
        "BALANCE DUE: 0.00",
        "",
        "CERTIFIED A TRUE COPY OF THE RECORDS OF THIS COURT",
        "",
        "                                      ______________________",
        "                                      Court Administrator",
    ]
    return drawn(
        "municipal_court_disposition",
        [monospace_page(lines, 9.5, 0.8)],
        "court_record",
        defendant,
        "rehabilitation",
    )


def program_completion(
    participant: Person,
    *,
    program: str,
    agency: str,
    hours: int,
    completed: dt.date,
    director: str,
) -> Paper:
    """A state program's certificate that a driver completed the classes a court ordered:
    framed, "This is to certify that", the program and hours, a director's signature."""
    s = Sheet()
    s.border(0.4, 2.0)
    s.center(1.0, agency.upper(), 12, "serif-bold")
    s.center(1.6, "Certificate of Completion", 24, "serif-bold")
    s.center(2.4, "This is to certify that", 12, "serif-italic")
    s.center(2.9, participant.name, 20, "serif-bold")
    s.center(3.6, f"has completed the {hours}-hour {program}", 12, "serif")
    s.center(3.9, f"as required by the Municipal Court, on {long(completed)}.", 12, "serif")
    s.signature(4.8, 5.0, director, 18)
    s.line(4.6, 5.55, 7.5, 5.55, 0.6)
    s.text(4.7, 5.6, "Program Director", 9, "serif")
    return drawn(
        "idrc_program_completion",
        [s],
        ("court_record", "diploma"),
        participant,
        "rehabilitation",
        proves=(completed, completed),
    )


# ---------------------------------------------------------------- marriages


def maricopa_marriage(
    spouse_a: Person,
    spouse_b: Person,
    *,
    married: dt.date,
    officiant: str,
    recorded: dt.date,
    seed: int,
) -> Paper:
    """A county clerk's "License and Certificate of Marriage": the two parties in numbered
    boxes ("Party A", "Party B"), the officiant's certificate, the recording stamp."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (236, 236, 226))
    s.center(0.5, "CLERK OF THE SUPERIOR COURT · MARICOPA COUNTY, ARIZONA", 10, "sans-bold")
    s.center(0.78, "LICENSE AND CERTIFICATE OF MARRIAGE", 14, "serif-bold")
    s.text(6.0, 1.0, f"No. {rng.randint(10**6, 10**7)}", 8, "sans")
    y = s.grid(
        0.6,
        1.25,
        7.3,
        [
            (
                0.5,
                [
                    (5, "1. PARTY A - FULL NAME", up(spouse_a.name)),
                    (2, "2. DATE OF BIRTH", us(spouse_a.born)),
                ],
            ),
            (0.5, [(5, "3. BIRTHPLACE", up(spouse_a.birthplace)), (2, "4. AGE", "33")]),
            (
                0.5,
                [
                    (5, "5. PARTY B - FULL NAME", up(spouse_b.name)),
                    (2, "6. DATE OF BIRTH", us(spouse_b.born)),
                ],
            ),
            (0.5, [(5, "7. BIRTHPLACE", up(spouse_b.birthplace)), (2, "8. AGE", "29")]),
        ],
    )
    s.para(
        0.6,
        y + 0.3,
        7.3,
        f"I HEREBY CERTIFY that the above named persons were joined by me in marriage on "
        f"{long(married)} at Phoenix, Arizona, in the presence of the witnesses named below.",
        10,
        "serif",
    )
    s.signature(1.0, y + 1.0, officiant, 17)
    s.text(0.9, y + 1.5, f"{officiant}, Officiant", 9, "serif")
    s.stamp(5.2, y + 1.2, ["RECORDED", us(recorded), "MARICOPA COUNTY"])
    return drawn(
        "maricopa_license_and_certificate",
        [s],
        "marriage_certificate",
        spouse_b,
        "us_family",
        proves=(married, married),
    )


def colombia_registro_matrimonio(
    spouse_a: Person,
    spouse_b: Person,
    *,
    notaria: str,
    married: dt.date,
    serial: str,
    seed: int,
) -> Paper:
    """The Registraduría's "Registro Civil de Matrimonio": the two contrayentes in boxes, the
    notary's office, the date; copied as one page."""
    s = Sheet()
    s.security_background(seed, (228, 236, 240))
    s.text(0.6, 0.5, "REPÚBLICA DE COLOMBIA", 11, "serif-bold")
    s.text(0.6, 0.72, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", 9, "sans-bold")
    s.text(5.0, 0.55, "REGISTRO CIVIL DE MATRIMONIO", 11, "sans-bold")
    s.text(5.0, 0.8, f"Indicativo Serial {serial}", 8.5, "sans")
    y = s.grid(
        0.6,
        1.2,
        7.3,
        [
            (
                0.45,
                [
                    (4, "Notaría", f"NOTARÍA {notaria}"),
                    (3, "Fecha de celebración", married.strftime("%d/%m/%Y")),
                ],
            ),
            (0.3, [(1, "DATOS DEL CONTRAYENTE", "")]),
            (
                0.45,
                [
                    (4, "Apellidos y nombres", up(spouse_a.surname + " " + spouse_a.given)),
                    (3, "Fecha de nacimiento", spouse_a.born.strftime("%d/%m/%Y")),
                ],
            ),
            (0.3, [(1, "DATOS DE LA CONTRAYENTE", "")]),
            (
                0.45,
                [
                    (4, "Apellidos y nombres", up(spouse_b.surname + " " + spouse_b.given)),
                    (3, "Fecha de nacimiento", spouse_b.born.strftime("%d/%m/%Y")),
                ],
            ),
        ],
    )
    s.para(0.6, y + 0.3, 7.3, "ES FIEL COPIA DEL ORIGINAL QUE REPOSA EN ESTA NOTARÍA.", 9, "sans")
    s.signature(4.5, y + 0.7, "Margarita Useche", 17)
    s.text(4.4, y + 1.25, "Notario(a)", 8.5)
    return drawn(
        "colombia_registro_civil_matrimonio",
        [s],
        "marriage_certificate",
        spouse_a,
        "us_family",
        "es",
        proves=(married, married),
    )
