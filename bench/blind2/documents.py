"""The documents of the second blind corpus, drawn from plain descriptions of real ones: what a
Maryland, Florida, Minnesota or New Jersey birth record looks like, a Venezuelan partida and a
Dominican extracto de acta, a Ghanaian certified copy of an entry of birth, passports with their
machine-readable zones, an employment authorization card, IRS transcripts and forms, leases,
receipts, bills, school papers, clinic records, police and court papers, letters.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import mrz
from tests.realistic.dates import card as card_date
from tests.realistic.dates import long, spelled, us
from tests.realistic.model import Choice, Paper, Person, drawn, up
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
    Sheet,
    card,
    letterhead,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)

D = dt.date


def _span(d: dt.date) -> tuple[dt.date, dt.date]:
    return (d, d)


class _NoLigatures:
    """A sheet's pen that never joins "fi" or "ffi": a police records system or the IRS's
    printer sets each character in its own cell."""

    def __init__(self, draw: Any) -> None:
        self._draw = draw

    def text(self, *args: Any, **kw: Any) -> None:
        kw.setdefault("features", ["-liga", "-clig"])
        self._draw.text(*args, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._draw, name)


def _printout() -> Sheet:
    s = Sheet()
    s.draw = _NoLigatures(s.draw)  # type: ignore[assignment]
    return s


# ---------------------------------------------------------------- US birth records


def maryland_birth(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    facility: str,
    city: str,
    county: str,
    filed: dt.date,
    issued: dt.date,
    file_number: str,
    seed: int,
) -> Paper:
    """A certified copy from the Maryland Division of Vital Records: boxed, numbered items."""
    s = Sheet()
    s.security_background(seed, (214, 226, 236))
    s.border(0.35, 2.2)
    s.center(0.6, "STATE OF MARYLAND", 15, "serif-bold")
    s.center(0.88, "MARYLAND DEPARTMENT OF HEALTH  ·  DIVISION OF VITAL RECORDS", 9, "sans")
    s.center(1.12, "CERTIFICATE OF BIRTH", 18, "serif-bold")
    s.text(0.6, 1.55, f"STATE FILE NO.  {file_number}", 9, "mono-bold")
    s.text(7.9, 1.55, f"DATE FILED  {us(filed)}", 9, "mono-bold", align="right")
    dad = father
    rows = [
        (
            0.5,
            [
                (3, "1. CHILD'S NAME  (First)", up(child.first)),
                (2, "(Middle)", up(child.middle)),
                (3, "(Last)", up(child.surname)),
            ],
        ),
        (
            0.5,
            [
                (2, "2. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                (1, "3. TIME OF BIRTH", "07:42 AM"),
                (1, "4. SEX", "FEMALE" if child.sex == "F" else "MALE"),
            ],
        ),
        (
            0.5,
            [
                (3, "5a. FACILITY NAME (If not institution, give street address)", up(facility)),
                (2, "5b. CITY, TOWN OR LOCATION OF BIRTH", up(city)),
                (2, "5c. COUNTY OF BIRTH", up(county)),
            ],
        ),
        (
            0.5,
            [
                (4, "6a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(mother.name)),
                (2, "6b. DATE OF BIRTH (Mo/Day/Yr)", us(mother.born)),
            ],
        ),
        (
            0.5,
            [
                (4, "6c. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (2, "6d. BIRTHPLACE (State, Territory or Foreign Country)", up(mother.birthplace)),
            ],
        ),
        (
            0.5,
            [
                (
                    4,
                    "7a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)",
                    up(dad.name) if dad else "",
                ),
                (2, "7b. DATE OF BIRTH (Mo/Day/Yr)", us(dad.born) if dad else ""),
            ],
        ),
        (
            0.5,
            [
                (
                    4,
                    "7c. BIRTHPLACE (State, Territory or Foreign Country)",
                    up(dad.birthplace) if dad else "",
                ),
                (2, "8. CERTIFIER'S TITLE", "M.D."),
            ],
        ),
    ]
    y = s.grid(0.6, 1.85, 7.3, rows, label_pt=6, value_pt=10)
    y = s.para(
        0.7,
        y + 0.35,
        7.1,
        "This is to certify that the above is a true and correct copy of the birth record on "
        "file with the Maryland Department of Health, Division of Vital Records, issued under "
        "the authority of Health-General Article, Section 4-217, Annotated Code of Maryland.",
        9,
        "serif",
    )
    s.text(0.7, y + 0.3, f"DATE ISSUED: {us(issued)}", 9, "mono-bold")
    s.signature(4.9, y + 0.35, "Lorraine P. Whitcomb", 18)
    s.text(4.9, y + 0.9, "Lorraine P. Whitcomb, State Registrar", 8.5, "sans")
    s.seal(1.8, y + 1.6, 0.6, "MARYLAND DEPARTMENT OF HEALTH ", "SEAL")
    s.text(
        0.6,
        10.35,
        "DHMH 1950 (REV. 2019)   ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE",
        6.5,
        "sans",
        fill=GREY,
    )
    return drawn(
        "maryland_birth", [s], "birth_certificate", child, "us_family", proves=_span(child.born)
    )


def florida_birth(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    county: str,
    facility: str,
    filed: dt.date,
    issued: dt.date,
    file_number: str,
    seed: int,
) -> Paper:
    """Florida's computer-printed Certification of Birth on green security paper: labels at the
    left, values at the right, in capitals."""
    s = Sheet()
    s.security_background(seed, (208, 232, 212))
    s.border(0.4, 1.6)
    s.center(0.65, "STATE OF FLORIDA", 16, "serif-bold")
    s.center(0.95, "DEPARTMENT OF HEALTH", 10, "sans-bold")
    s.center(1.15, "BUREAU OF VITAL STATISTICS", 10, "sans-bold")
    s.center(1.6, "CERTIFICATION OF BIRTH", 17, "serif-bold")
    s.text(0.8, 2.15, f"STATE FILE NUMBER: {file_number}", 9.5, "mono-bold")
    s.text(7.7, 2.15, f"DATE FILED: {card_date(filed)}", 9.5, "mono-bold", align="right")
    pairs = [
        ("NAME:", up(child.name)),
        ("DATE OF BIRTH:", card_date(child.born)),
        ("SEX:", "FEMALE" if child.sex == "F" else "MALE"),
        ("PLACE OF BIRTH:", up(facility)),
        ("COUNTY OF BIRTH:", up(county)),
        ("MOTHER'S/PARENT'S MAIDEN SURNAME:", up(mother.surname)),
        ("MOTHER'S/PARENT'S NAME:", up(mother.given)),
        ("BIRTHPLACE:", up(mother.birthplace)),
        ("FATHER'S/PARENT'S SURNAME:", up(father.surname) if father else ""),
        ("FATHER'S/PARENT'S NAME:", up(father.given) if father else ""),
        ("BIRTHPLACE:", up(father.birthplace) if father else ""),
    ]
    y = 2.7
    for label, value in pairs:
        s.text(0.9, y, label, 9, "sans-bold")
        s.text(4.1, y, value, 10, "mono-bold")
        y += 0.36
    s.line(0.8, y + 0.1, 7.7, y + 0.1, 0.8)
    y = s.para(
        0.9,
        y + 0.3,
        6.8,
        "THIS IS A CERTIFIED TRUE AND CORRECT ABSTRACT OF THE CERTIFICATE ON FILE IN THIS "
        "OFFICE. THIS DOCUMENT IS VALID ONLY WHEN PRINTED ON SECURITY PAPER WITH THE RAISED "
        "SEAL OF THE STATE OF FLORIDA.",
        8.5,
        "sans",
    )
    s.text(0.9, y + 0.25, f"ISSUE DATE: {card_date(issued)}", 9, "mono-bold")
    s.signature(4.6, y + 0.3, "Dennis R. Alcantar", 18)
    s.text(4.6, y + 0.85, "STATE REGISTRAR", 8, "sans-bold")
    s.seal(6.7, y + 1.8, 0.55, "STATE OF FLORIDA · VITAL STATISTICS ", "FL")
    s.text(0.8, 10.3, "DH FORM 1946 (03-22)", 6.5, "sans", fill=GREY)
    return drawn(
        "florida_birth", [s], "birth_certificate", child, "us_family", proves=_span(child.born)
    )


def minnesota_birth(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    county: str,
    city: str,
    filed: dt.date,
    issued: dt.date,
    file_number: str,
    seed: int,
) -> Paper:
    """A Minnesota certificate of birth issued by a county vital records office."""
    s = Sheet()
    s.security_background(seed, (230, 222, 236))
    s.border(0.35, 1.8)
    s.text(0.7, 0.6, "STATE OF MINNESOTA", 14, "serif-bold")
    s.text(7.8, 0.6, f"{county.upper()} COUNTY", 10, "sans-bold", align="right")
    s.text(7.8, 0.82, "VITAL RECORDS SERVICE CENTER", 8, "sans", align="right")
    s.center(1.2, "CERTIFICATE OF BIRTH", 19, "serif-bold")
    s.center(1.55, "Minnesota Department of Health  ·  Office of Vital Records", 8.5, "sans")
    s.vertical(0.42, 2.0, 1.4, "CHILD")
    s.vertical(0.42, 3.45, 1.4, "PARENTS")
    rows = [
        (
            0.48,
            [
                (3, "CHILD'S FIRST NAME", up(child.first)),
                (2, "MIDDLE NAME", up(child.middle)),
                (3, "LAST NAME", up(child.surname)),
            ],
        ),
        (
            0.48,
            [
                (2, "DATE OF BIRTH", long(child.born).upper()),
                (1, "SEX", child.sex),
                (2, "STATE FILE NUMBER", file_number),
            ],
        ),
        (
            0.48,
            [
                (3, "PLACE OF BIRTH - CITY/TOWNSHIP", up(city)),
                (2, "COUNTY", up(county)),
                (2, "DATE RECORD FILED", us(filed)),
            ],
        ),
        (
            0.48,
            [
                (4, "PARENT/MOTHER - NAME BEFORE FIRST MARRIAGE", up(mother.name)),
                (2, "DATE OF BIRTH", us(mother.born)),
            ],
        ),
        (
            0.48,
            [
                (4, "PARENT/MOTHER - PLACE OF BIRTH", up(mother.birthplace)),
                (2, "AGE AT BIRTH OF CHILD", str((child.born - mother.born).days // 365)),
            ],
        ),
        (
            0.48,
            [
                (4, "PARENT/FATHER - NAME", up(father.name) if father else ""),
                (2, "DATE OF BIRTH", us(father.born) if father else ""),
            ],
        ),
        (
            0.48,
            [
                (4, "PARENT/FATHER - PLACE OF BIRTH", up(father.birthplace) if father else ""),
                (2, "AMENDMENTS", "NONE"),
            ],
        ),
    ]
    y = s.grid(0.65, 2.0, 7.2, rows, label_pt=5.8, value_pt=10)
    y = s.para(
        0.7,
        y + 0.35,
        7.1,
        "I certify that this is a true copy or abstract of the record of birth filed with the "
        "Minnesota Office of Vital Records, St. Paul, Minnesota, as provided by Minnesota "
        "Statutes, section 144.225.",
        9,
        "serif",
    )
    s.text(0.7, y + 0.3, f"Issued: {long(issued)}", 9.5, "serif-bold")
    s.signature(4.8, y + 0.3, "Thomas K. Lindqvist", 18)
    s.text(4.8, y + 0.85, "Local Registrar, " + county + " County", 8.5, "sans")
    s.seal(1.7, y + 1.6, 0.58, "STATE OF MINNESOTA · GREAT SEAL ", "MN")
    return drawn(
        "minnesota_birth", [s], "birth_certificate", child, "us_family", proves=_span(child.born)
    )


def new_jersey_birth(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    municipality: str,
    county: str,
    facility: str,
    filed: dt.date,
    issued: dt.date,
    file_number: str,
    seed: int,
) -> Paper:
    """A New Jersey certification of birth from a municipal registrar: a wide boxed form."""
    s = Sheet()
    s.security_background(seed, (236, 228, 210))
    s.border(0.3, 2.0)
    s.center(0.55, "STATE OF NEW JERSEY", 15, "serif-bold")
    s.center(0.83, "DEPARTMENT OF HEALTH — OFFICE OF VITAL STATISTICS AND REGISTRY", 8.5, "sans")
    s.center(1.15, "CERTIFICATION OF BIRTH", 18, "serif-bold")
    s.center(1.45, "(Certified Copy)", 9, "serif-italic")
    rows = [
        (
            0.5,
            [
                (5, "NAME OF CHILD (First, Middle, Last)", up(child.name)),
                (2, "STATE FILE NUMBER", file_number),
            ],
        ),
        (
            0.5,
            [
                (2, "DATE OF BIRTH", us(child.born)),
                (1, "SEX", "F" if child.sex == "F" else "M"),
                (2, "PLURALITY", "SINGLE"),
                (2, "DATE FILED", us(filed)),
            ],
        ),
        (
            0.5,
            [
                (3, "PLACE OF BIRTH (Hospital or Street Address)", up(facility)),
                (2, "MUNICIPALITY", up(municipality)),
                (2, "COUNTY", up(county)),
            ],
        ),
        (
            0.5,
            [
                (4, "MOTHER/PARENT — NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (3, "BIRTHPLACE", up(mother.birthplace)),
            ],
        ),
        (
            0.5,
            [
                (4, "FATHER/PARENT — NAME", up(father.name) if father else ""),
                (3, "BIRTHPLACE", up(father.birthplace) if father else ""),
            ],
        ),
    ]
    y = s.grid(0.55, 1.85, 7.4, rows, label_pt=6, value_pt=10)
    y = s.para(
        0.65,
        y + 0.35,
        7.2,
        "I, the undersigned, hereby certify that the foregoing is a correct abstract of the "
        f"record of birth on file in the office of the Registrar of Vital Statistics of "
        f"{municipality}, {county} County, New Jersey, pursuant to N.J.S.A. 26:8-62.",
        9,
        "serif",
    )
    s.text(0.65, y + 0.3, f"Date Issued: {us(issued)}", 9.5, "sans-bold")
    s.signature(4.8, y + 0.3, "Gloria M. Santangelo", 18)
    s.text(4.8, y + 0.85, "Registrar of Vital Statistics", 8.5, "sans")
    s.seal(1.9, y + 1.6, 0.6, "STATE OF NEW JERSEY · VITAL RECORDS ", "NJ")
    s.text(0.55, 10.4, "REG-40  NOT VALID WITHOUT RAISED SEAL", 6.5, "sans", fill=GREY)
    return drawn(
        "new_jersey_birth", [s], "birth_certificate", child, "us_family", proves=_span(child.born)
    )


# ---------------------------------------------------------------- foreign birth records


def partida_venezuela(
    child: Person,
    mother: Person,
    father: Person,
    *,
    state: str,
    municipality: str,
    parish: str,
    act: str,
    registered: dt.date,
    registrar: str,
    equity: Choice,
    seed: int,
) -> Paper:
    """A Venezuelan acta de nacimiento from the Registro Civil: a narrative act, in Spanish."""
    s = Sheet()
    s.security_background(seed, (232, 232, 214))
    s.center(0.6, "REPÚBLICA BOLIVARIANA DE VENEZUELA", 13, "serif-bold")
    s.center(0.85, "CONSEJO NACIONAL ELECTORAL", 9.5, "sans-bold")
    s.center(1.03, "COMISIÓN DE REGISTRO CIVIL Y ELECTORAL", 9.5, "sans")
    s.center(
        1.23,
        f"ESTADO {state.upper()} · MUNICIPIO {municipality.upper()} · PARROQUIA {parish.upper()}",
        8.5,
        "sans",
    )
    s.center(1.65, "ACTA DE NACIMIENTO", 17, "serif-bold")
    s.text(7.7, 2.0, f"Acta N° {act}", 10, "mono-bold", align="right")
    born = child.born
    y = s.paras(
        0.9,
        2.4,
        6.7,
        [
            f"Yo, {registrar}, Registradora Civil de la Parroquia {parish} del Municipio "
            f"{municipality} del Estado {state}, hago constar que hoy, "
            f"{spelled(registered, 'es')}, ha sido presentado ante este despacho un niño "
            f"{'del sexo femenino' if child.sex == 'F' else 'del sexo masculino'}, "
            f"nacido vivo el día {spelled(born, 'es')}, en el Hospital Universitario de "
            f"Maracaibo, a quien se le ha dado el nombre de {up(child.name)}.",
            f"Es hijo de {up(father.name)}, venezolano, mayor de edad, titular de la cédula de "
            f"identidad N° V-17.482.903, nacido el {spelled(father.born, 'es')}, y de "
            f"{up(mother.name)}, venezolana, mayor de edad, titular de la cédula de identidad "
            "N° V-18.330.561, domiciliados en la Urbanización La Victoria, Maracaibo.",
            "Testigos: Carmen Elena Urdaneta y Wilmer José Fuenmayor, mayores de edad, "
            "venezolanos, de este domicilio. Leída la presente acta y conformes, firman.",
        ],
        pt=11,
        face="serif",
    )
    s.signature(1.2, y + 0.4, registrar, 18)
    s.text(1.2, y + 0.95, "Registradora Civil", 9, "serif")
    s.signature(4.8, y + 0.4, father.name, 16)
    s.text(4.8, y + 0.95, "El presentante", 9, "serif")
    s.stamp(
        4.6,
        y + 1.5,
        ["REGISTRO CIVIL", f"PARROQUIA {parish.upper()}", "ES COPIA FIEL"],
        10,
        colour=(40, 60, 140),
        angle=-6,
    )
    return drawn("partida_venezuela", [s], "birth_certificate", child, equity, "es", proves=None)


def extracto_dominicano(
    person: Person,
    mother: Person,
    father: Person,
    *,
    office: str,
    book: str,
    folio: str,
    act: str,
    year: int,
    issued: dt.date,
    equity: Choice,
    seed: int,
) -> Paper:
    """The Junta Central Electoral's extracto de acta de nacimiento: labelled lines, in Spanish."""
    s = Sheet()
    s.security_background(seed, (220, 228, 240))
    s.logo(3.95, 0.4, 0.6, "shield", (30, 60, 130))
    s.center(1.1, "REPÚBLICA DOMINICANA", 14, "serif-bold")
    s.center(1.38, "JUNTA CENTRAL ELECTORAL", 11, "sans-bold")
    s.center(1.6, f"OFICIALÍA DEL ESTADO CIVIL DE {office.upper()}", 9, "sans")
    s.center(2.0, "EXTRACTO DE ACTA DE NACIMIENTO", 15, "serif-bold")
    s.text(
        1.0,
        2.45,
        f"Libro No. {book}   Folio No. {folio}   Acta No. {act}   Año {year}",
        10,
        "mono-bold",
    )
    pairs = [
        ("Nombre(s):", up(person.given)),
        ("Apellido(s):", up(person.surname)),
        ("Fecha de nacimiento:", spelled(person.born, "es")),
        ("Lugar de nacimiento:", person.birthplace),
        ("Sexo:", "Femenino" if person.sex == "F" else "Masculino"),
        ("Nombre del padre:", up(father.name)),
        ("Nacionalidad del padre:", "Dominicana"),
        ("Nombre de la madre:", up(mother.name)),
        ("Nacionalidad de la madre:", "Dominicana"),
    ]
    y = 2.95
    for label, value in pairs:
        s.text(1.0, y, label, 10, "serif-bold")
        s.text(3.3, y, value, 10.5, "serif")
        s.line(3.25, y + 0.2, 7.5, y + 0.2, 0.4, GREY)
        y += 0.42
    y = s.para(
        1.0,
        y + 0.2,
        6.5,
        "Certifico que el presente extracto es fiel y conforme al original que reposa en los "
        "archivos de esta Oficialía. Se expide a solicitud de parte interesada para los fines "
        f"de ley, a los {spelled(issued, 'es')}.",
        10,
        "serif",
    )
    s.signature(4.2, y + 0.4, "Lcda. Mercedes A. Rosario", 17)
    s.text(4.2, y + 0.95, "Oficial del Estado Civil", 9, "serif")
    s.seal(2.0, y + 1.2, 0.55, "JUNTA CENTRAL ELECTORAL · REPÚBLICA DOMINICANA ", "JCE")
    return drawn("extracto_dominicano", [s], "birth_certificate", person, equity, "es")


def ghana_birth(
    person: Person,
    mother: Person,
    father: Person,
    *,
    district: str,
    entry: str,
    registered: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """Ghana's Births and Deaths Registry certified copy of an entry of birth: a landscape-style
    register row laid out as labelled lines, in English."""
    s = Sheet()
    s.security_background(seed, (236, 226, 206))
    s.border(0.35, 2.2)
    s.logo(3.95, 0.5, 0.6, "star", (20, 20, 20))
    s.center(1.22, "REPUBLIC OF GHANA", 15, "serif-bold")
    s.center(1.5, "BIRTHS AND DEATHS REGISTRY", 11, "sans-bold")
    s.center(1.72, "Registration of Births and Deaths Act, 2020 (Act 1027)", 8.5, "serif-italic")
    s.center(2.1, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 15, "serif-bold")
    s.text(0.9, 2.55, f"Registration District: {district}", 10, "serif")
    s.text(7.6, 2.55, f"Entry No. {entry}", 10, "mono-bold", align="right")
    rows = [
        ("1. Name of child", up(person.name)),
        ("2. Date of birth", long(person.born)),
        ("3. Sex", "Female" if person.sex == "F" else "Male"),
        ("4. Place of birth", person.birthplace),
        ("5. Name of father", up(father.name)),
        ("6. Nationality of father", "Ghanaian"),
        ("7. Name of mother", up(mother.name)),
        ("8. Nationality of mother", "Ghanaian"),
        ("9. Date of registration", long(registered)),
    ]
    y = s.table(
        0.9,
        2.9,
        [2.6, 4.1],
        [["Particulars", "Entry"], *[list(r) for r in rows]],
        pt=10,
        face="serif",
        row_height=0.38,
    )
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        "I hereby certify that the above is a true copy of the particulars recorded in the "
        "Register of Births kept at this office.",
        10,
        "serif",
    )
    s.text(0.9, y + 0.3, f"Date: {long(issued)}", 10, "serif")
    s.signature(4.6, y + 0.3, "Comfort A. Boateng", 17)
    s.text(4.6, y + 0.85, "for Registrar of Births and Deaths", 9, "serif")
    s.stamp(
        0.9,
        y + 1.0,
        ["BIRTHS AND DEATHS REGISTRY", "CERTIFIED TRUE COPY"],
        10,
        colour=(40, 40, 140),
        angle=5,
    )
    return drawn("ghana_birth", [s], "birth_certificate", person, "identity")


def translation(
    original_label: str,
    title: str,
    rows: list[tuple[str, str]],
    about: Person,
    type_: Choice,
    equity: Choice,
    translator: dict[str, Any],
    signed: dt.date,
    *,
    complete: bool = True,
) -> Paper:
    """An English translation typed by a translator, with the certificate the court asks for
    on its last lines; ``complete=False`` leaves out the statement of competence and accuracy."""
    s = Sheet()
    s.center(0.7, "ENGLISH TRANSLATION", 13, "sans-bold")
    s.center(0.98, f"[Translation of {original_label} from Spanish]", 9, "serif-italic")
    s.center(1.4, title, 13, "serif-bold")
    y = 1.9
    for label, value in rows:
        y = (
            max(
                s.para(0.9, y, 2.6, label, 10.5, "serif-bold"),
                s.para(3.6, y, 4.0, value, 10.5, "serif"),
            )
            + 0.08
        )
    y += 0.4
    s.line(0.9, y, 7.6, y, 0.8)
    y += 0.2
    if complete:
        s.center(y, "CERTIFICATE OF TRANSLATION", 12, "sans-bold")
        y = s.para(
            0.9,
            y + 0.35,
            6.7,
            f"I, {translator['name']}, certify that I am competent to translate from Spanish "
            "into English, and that the above is a complete and accurate translation of the "
            "attached document, to the best of my knowledge and ability.",
            10.5,
            "serif",
        )
    else:
        y = s.para(0.9, y + 0.1, 6.7, f"Translated by: {translator['name']}", 10.5, "serif")
    s.signature(0.9, y + 0.2, translator["name"], 17)
    y = s.lines(
        0.9,
        y + 0.8,
        [
            translator["name"],
            *translator["address"],
            f"Tel. {translator['phone']}",
            f"Date: {long(signed)}",
        ]
        if complete
        else [f"Date: {us(signed)}"],
        9.5,
        "serif",
    )
    return drawn("translation", [s], type_, about, equity, "en")


# ---------------------------------------------------------------- identity


def passport(
    country: str,
    code: str,
    holder: Person,
    *,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    nationality: str,
    bilingual: bool,
    colour: tuple[int, int, int],
    seed: int,
) -> Paper:
    """A passport data page (125 x 88 mm) with its two-line zone; labels in Spanish and English
    where ``bilingual``."""
    s = card(125, 88)
    tinted(s, (236, 240, 236), tuple(min(255, c + 120) for c in colour))  # type: ignore[arg-type]
    title = "PASAPORTE / PASSPORT" if bilingual else "PASSPORT"
    room = s.width - 0.5 - s.length(title, 10, "sans-bold")
    pt = min(10.0, 10 * room / s.length(up(country), 10, "sans-bold"))
    s.text(0.2, 0.12 + (10 - pt) / 144, up(country), pt, "sans-bold", fill=colour)
    s.text(s.width - 0.17, 0.12, title, 10, "sans-bold", fill=colour, align="right")
    portrait(s, 0.22, 0.55, 1.3, 1.65, seed)

    def lab(es: str, en: str) -> str:
        return f"{es} / {en}" if bilingual else en

    x, y = 1.7, 0.48
    items = [
        (
            lab("Tipo", "Type"),
            "P",
            lab("Código", "Code"),
            code,
            lab("No. de pasaporte", "Passport No."),
            number,
        ),
    ]
    for a, av, b, bv, c, cv in items:
        s.text(x, y, a, 5.5, "sans", fill=GREY)
        s.text(x + 0.55, y, b, 5.5, "sans", fill=GREY)
        s.text(x + 1.3, y, c, 5.5, "sans", fill=GREY)
        s.text(x, y + 0.09, av, 8.5, "sans-bold")
        s.text(x + 0.55, y + 0.09, bv, 8.5, "sans-bold")
        s.text(x + 1.3, y + 0.09, cv, 8.5, "sans-bold")
    y += 0.3
    fields = [
        (lab("Apellidos", "Surname"), up(holder.surname)),
        (lab("Nombres", "Given names"), up(holder.given)),
        (lab("Nacionalidad", "Nationality"), up(nationality)),
        (
            lab("Fecha de nacimiento", "Date of birth"),
            card_date(holder.born, "es" if bilingual else "en"),
        ),
        (lab("Sexo", "Sex"), holder.sex),
        (lab("Lugar de nacimiento", "Place of birth"), up(holder.birthplace)),
        (
            lab("Fecha de expedición", "Date of issue"),
            card_date(issued, "es" if bilingual else "en"),
        ),
        (
            lab("Fecha de vencimiento", "Date of expiry"),
            card_date(expiry, "es" if bilingual else "en"),
        ),
        (lab("Autoridad", "Authority"), authority),
    ]
    for label, value in fields:
        s.text(x, y, label, 5.5, "sans", fill=GREY)
        s.text(x, y + 0.085, value, 8, "sans-bold")
        y += 0.215
    zone = mrz.td3(
        kind="P",
        country=code,
        surname=holder.surname,
        given=holder.given,
        number=number,
        nationality=code,
        birth=holder.born,
        sex=holder.sex,
        expiry=expiry,
    )
    mrz_lines(s, 2.95, zone, 10.5)
    language: Choice = ("es", "en") if bilingual else "en"
    return drawn(
        "passport", [s], "passport", holder, "identity", language, mrz_zone=zone, is_card=True
    )


def employment_authorization(
    holder: Person,
    *,
    uscis: str,
    card_number: str,
    category: str,
    valid_from: dt.date,
    expires: dt.date,
    seed: int,
) -> Paper:
    """The front of a Form I-766 employment authorization card."""
    s = card()
    tinted(s, (246, 236, 232), (222, 226, 240))
    s.text(0.12, 0.08, "UNITED STATES OF AMERICA", 7.5, "sans-bold", fill=(30, 40, 110))
    s.text(
        3.25, 0.08, "EMPLOYMENT AUTHORIZATION", 7.5, "sans-bold", fill=(150, 30, 40), align="right"
    )
    portrait(s, 0.12, 0.42, 0.85, 1.1, seed)
    x, y = 1.08, 0.36
    rows = [
        ("Surname", up(holder.surname)),
        ("Given Name", up(holder.given)),
        ("USCIS#", uscis),
        ("Category", category),
        ("Card#", card_number),
        ("Country of Birth", up(holder.birthplace.split(",")[-1].strip())),
        ("Date of Birth", card_date(holder.born)),
        ("Sex", holder.sex),
        ("Valid From:", us(valid_from)),
        ("Card Expires:", us(expires)),
    ]
    for label, value in rows:
        s.text(x, y, label, 4.5, "sans", fill=GREY)
        s.text(x + 0.75, y - 0.01, value, 6, "sans-bold")
        y += 0.14
    s.text(0.12, 1.95, "NOT VALID FOR REENTRY TO U.S.", 6.5, "sans-bold", fill=(150, 30, 40))
    return drawn(
        "employment_authorization",
        [s],
        "identity_document",
        holder,
        ("identity", "employment_and_taxes"),
        is_card=True,
    )


# ---------------------------------------------------------------- taxes and pay


def _masked(person: Person) -> str:
    return person.irs


def tax_return_transcript(
    person: Person,
    *,
    year: int,
    ssn_last: str,
    street: str,
    city_line: str,
    wages: int,
    requested: dt.date,
    filing_status: str = "Head of Household",
) -> Paper:
    """An IRS Tax Return Transcript: a monospace printout with the name cut to four letters."""
    masked_street = street.split()[0] + " " + street.split()[1][:1]
    agi = wages
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        f"Request Date: {requested.strftime('%m-%d-%Y')}",
        f"Response Date: {requested.strftime('%m-%d-%Y')}",
        "Tracking Number: 1082" + ssn_last + "55170",
        "",
        "                     Form 1040 Tax Return Transcript",
        "",
        f"SSN Provided:                    XXX-XX-{ssn_last}",
        f"Tax Period Ending:               Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and the",
        "amount as adjusted (PC), if applicable. They do not show subsequent activity",
        "on the account.",
        "",
        f"SSN:                             XXX-XX-{ssn_last}",
        "SPOUSE SSN:",
        f"NAME(S) SHOWN ON RETURN:         {_masked(person)}",
        f"ADDRESS:                         {masked_street.upper()}",
        f"                                 {city_line.upper()[:3]}",
        f"FILING STATUS:                   {filing_status}",
        "FORM NUMBER:                     1040",
        f"CYCLE POSTED:                    {year + 1}1005",
        f"RECEIVED DATE:                   Apr.{10 + year % 7}, {year + 1}",
        "EXEMPTION NUMBER:                2",
        "DEPENDENT 1 NAME CTRL:           ****",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:                          ${wages:,}.00",
        "TAXABLE INTEREST INCOME: SCH B:                          $0.00",
        "BUSINESS INCOME OR LOSS (Schedule C):                    $0.00",
        f"TOTAL INCOME:                                        ${wages:,}.00",
        "",
        "Adjusted Gross Income",
        f"ADJUSTED GROSS INCOME:                               ${agi:,}.00",
        "",
        "Tax and Credits",
        "STANDARD DEDUCTION PER COMPUTER:                  $21,900.00",
        f"TAXABLE INCOME:                                      ${max(0, agi - 21900):,}.00",
        "CHILD & OTHER DEPENDENT CREDIT:                    $2,000.00",
        "",
        "Payments",
        f"FEDERAL INCOME TAX WITHHELD:                          ${wages // 14:,}.00",
        "EARNED INCOME CREDIT:                                   $0.00",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    s = _printout()
    s.lines(0.75, 0.6, lines, 9.5, "mono")
    return drawn(
        "tax_return_transcript",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def form_1040(
    person: Person,
    *,
    year: int,
    ssn_last: str,
    street: str,
    city: str,
    state: str,
    zip_code: str,
    wages: int,
    dependents: list[Person],
) -> Paper:
    """Page 1 of a Form 1040 as a tax preparer prints it: the boxed name and address band, the
    filing status checkboxes, dependents and the income lines."""
    s = Sheet()
    s.rect(0.5, 0.45, 7.5, 0.55, 1.2)
    s.text(0.6, 0.5, "Form 1040", 16, "sans-bold")
    s.text(2.0, 0.52, "Department of the Treasury—Internal Revenue Service", 7, "sans")
    s.text(2.0, 0.68, "U.S. Individual Income Tax Return", 11, "sans-bold")
    s.text(6.1, 0.55, str(year), 18, "sans-bold")
    s.text(7.0, 0.6, "OMB No. 1545-0074", 6, "sans")
    rows = [
        (
            0.42,
            [
                (3, "Your first name and middle initial", up(person.given)),
                (3, "Last name", up(person.surname)),
                (2, "Your social security number", f"XXX-XX-{ssn_last}"),
            ],
        ),
        (
            0.42,
            [
                (3, "If joint return, spouse's first name and middle initial", ""),
                (3, "Last name", ""),
                (2, "Spouse's social security number", ""),
            ],
        ),
        (
            0.42,
            [
                (
                    6,
                    "Home address (number and street). If you have a P.O. box, see instructions.",
                    up(street),
                ),
                (2, "Apt. no.", ""),
            ],
        ),
        (
            0.42,
            [
                (4, "City, town, or post office", up(city)),
                (2, "State", state),
                (2, "ZIP code", zip_code),
            ],
        ),
    ]
    y = s.grid(0.5, 1.05, 7.5, rows, label_pt=5.5, value_pt=9.5)
    s.text(0.55, y + 0.08, "Filing Status", 8, "sans-bold")
    s.checkbox(1.7, y + 0.1, False, "Single", 7.5)
    s.checkbox(2.6, y + 0.1, False, "Married filing jointly", 7.5)
    s.checkbox(4.3, y + 0.1, True, "Head of household (HOH)", 7.5)
    y += 0.45
    s.text(0.55, y, "Dependents (see instructions):", 8, "sans-bold")
    table = [["(1) First name    Last name", "(2) SSN", "(3) Relationship", "(4) Credit"]]
    for d in dependents:
        table.append(
            [
                up(d.name),
                "XXX-XX-" + str(4000 + d.born.year)[-4:],
                "SON" if d.sex == "M" else "DAUGHTER",
                "Child tax credit",
            ]
        )
    y = s.table(0.55, y + 0.22, [2.8, 1.3, 1.6, 1.7], table, pt=7.5)
    y += 0.2
    income = [
        ("1a", "Total amount from Form(s) W-2, box 1 (see instructions)", f"{wages:,}"),
        ("1z", "Add lines 1a through 1h", f"{wages:,}"),
        (
            "9",
            "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income",
            f"{wages:,}",
        ),
        ("11", "Subtract line 10 from line 9. This is your adjusted gross income", f"{wages:,}"),
        ("12", "Standard deduction or itemized deductions (from Schedule A)", "21,900"),
        (
            "15",
            "Subtract line 14 from line 11. If zero or less, enter -0-. This is your taxable "
            "income",
            f"{max(0, wages - 21900):,}",
        ),
    ]
    s.text(0.55, y, "Income", 9, "sans-bold")
    for line, text, amount in income:
        s.text(1.2, y, line, 7.5, "sans-bold")
        s.text(1.55, y, text, 7.5, "sans")
        s.rect(6.6, y - 0.03, 1.4, 0.26, 0.5)
        s.text(7.95, y, amount, 9, "mono-bold", align="right")
        y += 0.32
    y += 0.3
    s.text(0.55, y, "Sign Here", 9, "sans-bold")
    s.signature(1.6, y - 0.05, person.name, 16)
    s.text(5.0, y + 0.05, "Date " + us(D(year + 1, 3, 28)), 8, "sans")
    s.text(
        5.0,
        y + 0.25,
        "Your occupation  LINE COOK" if person.sex == "M" else "Your occupation  HOUSEKEEPER",
        8,
        "sans",
    )
    s.text(
        0.55,
        10.4,
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see "
        "separate instructions.    Cat. No. 11320B    Form 1040 (" + str(year) + ")",
        6,
        "sans",
    )
    return drawn(
        "form_1040",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def w2(
    person: Person,
    *,
    year: int,
    ssn_last: str,
    employer: tuple[str, list[str]],
    ein: str,
    street: str,
    city_line: str,
    wages: int,
    state: str,
) -> Paper:
    """A W-2, Copy B, printed on the top half of a letter page: the lettered and numbered
    boxes, the employer's block, the form's name along the bottom."""
    s = Sheet()
    x, w = 0.5, 7.5
    fed = round(wages * 0.07)
    ss = round(wages * 0.062)
    med = round(wages * 0.0145)
    rows = [
        (
            0.38,
            [
                (3, "a  Employee's social security number", f"XXX-XX-{ssn_last}"),
                (5, "OMB No. 1545-0008", ""),
            ],
        ),
        (
            0.38,
            [
                (4, "b  Employer identification number (EIN)", ein),
                (2, "1  Wages, tips, other compensation", f"{wages:,}.00"),
                (2, "2  Federal income tax withheld", f"{fed:,}.00"),
            ],
        ),
        (
            0.9,
            [
                (
                    4,
                    "c  Employer's name, address, and ZIP code",
                    "\n".join([employer[0].upper(), *employer[1]]),
                ),
                (2, "3  Social security wages", f"{wages:,}.00"),
                (2, "4  Social security tax withheld", f"{ss:,}.00"),
            ],
        ),
        (
            0.38,
            [
                (4, "d  Control number", ""),
                (2, "5  Medicare wages and tips", f"{wages:,}.00"),
                (2, "6  Medicare tax withheld", f"{med:,}.00"),
            ],
        ),
        (
            0.38,
            [
                (2, "e  Employee's first name and initial", up(person.first)),
                (2, "Last name", up(person.surname)),
                (4, "12a  See instructions for box 12", "DD | 4,812.00"),
            ],
        ),
        (
            0.6,
            [
                (4, "f  Employee's address and ZIP code", f"{up(street)}\n{up(city_line)}"),
                (4, "13  Statutory employee  Retirement plan  Third-party sick pay", ""),
            ],
        ),
        (
            0.38,
            [
                (1, "15  State", state),
                (2, "Employer's state ID number", ein.replace("-", "")),
                (2, "16  State wages, tips, etc.", f"{wages:,}.00"),
                (2, "17  State income tax", f"{round(wages * 0.04):,}.00"),
            ],
        ),
    ]
    y = s.grid(x, 0.6, w, rows, label_pt=5.5, value_pt=9)
    s.text(x, y + 0.08, "Form W-2  Wage and Tax Statement", 11, "sans-bold")
    s.text(x + 4.4, y + 0.08, str(year), 16, "sans-bold")
    s.text(x + 5.3, y + 0.06, "Department of the Treasury—Internal Revenue Service", 6, "sans")
    s.text(x, y + 0.35, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 7, "sans-bold")
    s.text(
        x,
        y + 0.5,
        "This information is being furnished to the Internal Revenue Service.",
        6.5,
        "sans",
    )
    return drawn(
        "w2",
        [s],
        ("tax_record", "pay_record"),
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def form_1099_nec(
    person: Person,
    *,
    year: int,
    payer: tuple[str, list[str]],
    payer_tin: str,
    tin_last: str,
    street: str,
    city_line: str,
    amount: int,
) -> Paper:
    """A 1099-NEC, Copy B, on the top third of a page."""
    s = Sheet()
    x = 0.5
    rows = [
        (
            1.0,
            [
                (
                    4,
                    "PAYER'S name, street address, city or town, state or province, country, "
                    "ZIP or foreign postal code, and telephone no.",
                    "\n".join([payer[0].upper(), *payer[1]]),
                ),
                (
                    2,
                    "OMB No. 1545-0116",
                    f"Form 1099-NEC\n(Rev. January 2024)\nFor calendar year {year}",
                ),
            ],
        ),
        (
            0.42,
            [
                (2, "PAYER'S TIN", payer_tin),
                (2, "RECIPIENT'S TIN", f"XXX-XX-{tin_last}"),
                (2, "1 Nonemployee compensation", f"$ {amount:,}.00"),
            ],
        ),
        (
            0.42,
            [
                (4, "RECIPIENT'S name", up(person.name)),
                (2, "2 Payer made direct sales totaling $5,000 or more", ""),
            ],
        ),
        (0.42, [(4, "Street address (including apt. no.)", up(street)), (2, "3", "")]),
        (
            0.42,
            [
                (
                    4,
                    "City or town, state or province, country, and ZIP or foreign postal code",
                    up(city_line),
                ),
                (2, "4 Federal income tax withheld", "$ 0.00"),
            ],
        ),
    ]
    y = s.grid(x, 0.6, 7.5, rows, label_pt=5.5, value_pt=9)
    s.text(x, y + 0.08, "Nonemployee Compensation", 11, "sans-bold")
    s.text(x + 4.2, y + 0.08, "Copy B  For Recipient", 9, "sans-bold")
    s.text(
        x,
        y + 0.3,
        "This is important tax information and is being furnished to the IRS.",
        6.5,
        "sans",
    )
    return drawn(
        "1099_nec",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


# ---------------------------------------------------------------- residence


def lease(
    tenants: list[Person],
    *,
    landlord: str,
    premises: str,
    begins: dt.date,
    ends: dt.date,
    rent: int,
    signed: dt.date,
    state: str,
) -> Paper:
    """A two-page residential lease of the kind sold at stationery stores, filled in by hand
    on its blanks (typed here), initialled, and signed on its second page."""
    names = " and ".join(t.name for t in tenants)
    p1 = Sheet()
    p1.center(0.6, "RESIDENTIAL LEASE AGREEMENT", 16, "serif-bold")
    p1.center(0.92, f"(State of {state})", 9, "serif-italic")
    terms = [
        f'1. PARTIES. This Lease is made on {long(signed)} between {landlord} ("Landlord") '
        f'and {names} ("Tenant").',
        f'2. PREMISES. Landlord rents to Tenant the dwelling at {premises} (the "Premises"), '
        "for use as a private residence only.",
        f"3. TERM. The term begins on {long(begins)} and ends on {long(ends)}. If Tenant stays "
        "on after the term with Landlord's consent, the tenancy continues from month to month.",
        f"4. RENT. Tenant shall pay ${rent:,}.00 per month, in advance, on the first day of "
        "each month. Rent received after the fifth day is late and a fee of $50.00 is due.",
        f"5. SECURITY DEPOSIT. Tenant has paid a security deposit of ${rent:,}.00, to be "
        "returned within 45 days after the end of the tenancy, less lawful deductions.",
        "6. UTILITIES. Tenant pays electricity and gas. Landlord pays water and trash removal.",
        "7. OCCUPANTS. Only Tenant and Tenant's minor children may live on the Premises.",
        "8. MAINTENANCE. Tenant keeps the Premises clean and reports needed repairs promptly.",
    ]
    y = p1.paras(0.9, 1.4, 6.7, terms, gap=0.16, pt=10.5, face="serif")
    p1.text(0.9, 10.2, "Tenant's initials: ______   Landlord's initials: ______", 9, "serif")
    p1.text(7.6, 10.2, "Page 1 of 2", 9, "serif", align="right")
    p2 = Sheet()
    more = [
        "9. ENTRY. Landlord may enter the Premises at reasonable times with 24 hours' notice.",
        "10. PETS. No pets without Landlord's written consent.",
        "11. NOTICES. Notices to Landlord go to the address below; to Tenant, at the Premises.",
        "12. ENTIRE AGREEMENT. This Lease is the whole agreement of the parties and may be "
        "changed only in writing signed by both.",
    ]
    y = p2.paras(0.9, 0.8, 6.7, more, gap=0.16, pt=10.5, face="serif")
    y += 0.4
    p2.text(0.9, y, "SIGNED by the parties on the date first written above.", 10.5, "serif")
    y += 0.5
    for who, title in [(landlord, "Landlord"), *[(t.name, "Tenant") for t in tenants]]:
        p2.signature(1.0, y, who, 18)
        p2.line(0.9, y + 0.55, 4.4, y + 0.55, 0.6)
        p2.text(0.9, y + 0.6, f"{who}, {title}", 9.5, "serif")
        p2.text(5.0, y + 0.35, f"Date: {us(signed)}", 9.5, "serif")
        y += 1.0
    p2.text(7.6, 10.2, "Page 2 of 2", 9, "serif", align="right")
    return drawn(
        "lease",
        [p1, p2],
        "residence_record",
        tenants[0],
        "length_of_residence",
        proves=(begins, ends),
    )


def rent_receipts(
    tenant: Person, *, landlord: str, premises: str, months: list[dt.date], rent: int, first: int
) -> Paper:
    """Carbon copies of a receipt book's slips, three to a page, filled in by the landlord."""
    s = Sheet()
    y = 0.6
    for i, month in enumerate(months):
        s.rect(0.7, y, 7.1, 3.0, 1.0)
        s.text(0.9, y + 0.15, "RENT RECEIPT", 14, "sans-bold")
        s.text(
            7.6,
            y + 0.18,
            f"No. {first + i:04d}",
            11,
            "mono-bold",
            fill=(170, 40, 50),
            align="right",
        )
        s.text(0.9, y + 0.65, "Date", 9, "sans")
        s.text(1.5, y + 0.6, us(month), 12, "script", fill=BLUE_INK)
        s.text(0.9, y + 1.05, "Received from", 9, "sans")
        s.text(2.1, y + 0.98, tenant.name, 13, "script", fill=BLUE_INK)
        s.text(0.9, y + 1.45, "the sum of", 9, "sans")
        s.text(2.1, y + 1.38, f"{rent:,} dollars and 00/100", 12, "script", fill=BLUE_INK)
        s.text(6.2, y + 1.45, f"$ {rent:,}.00", 11, "mono-bold")
        s.text(0.9, y + 1.85, "For rent at", 9, "sans")
        s.text(2.1, y + 1.8, premises, 11, "script", fill=BLUE_INK)
        s.text(0.9, y + 2.25, "For the period", 9, "sans")
        end = D(month.year + (month.month == 12), month.month % 12 + 1, 1) - dt.timedelta(1)
        s.text(2.1, y + 2.2, f"{us(month)} to {us(end)}", 11, "script", fill=BLUE_INK)
        s.text(4.8, y + 2.6, "Received by", 9, "sans")
        s.signature(5.7, y + 2.35, landlord, 14)
        y += 3.3
    return drawn(
        "rent_receipts",
        [s],
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(months[0], months[-1]),
    )


def utility_bill(
    customer: Person,
    *,
    company: str,
    company_lines: list[str],
    service: str,
    account: str,
    period: tuple[dt.date, dt.date],
    amount: str,
    usage: list[tuple[str, str, str]],
    colour: tuple[int, int, int],
    kind: str = "Electric",
) -> Paper:
    """A monthly utility bill: the company's mark, account and service address box, the
    amount due, a usage table and the tear-off payment stub."""
    s = Sheet()
    y = letterhead(s, company, company_lines, colour, "leaf", "sans-bold")
    s.rect(0.8, y, 3.6, 1.3, 0.8)
    s.lines(
        0.95, y + 0.12, [up(customer.name), *[up(line) for line in service.split(";")]], 9.5, "mono"
    )
    rows = [
        ("Account Number", account),
        ("Bill Date", us(period[1] + dt.timedelta(3))),
        ("Service Period", f"{us(period[0])} - {us(period[1])}"),
        ("Amount Due", amount),
        ("Due Date", us(period[1] + dt.timedelta(24))),
    ]
    yy = y
    for label, value in rows:
        s.text(4.7, yy + 0.1, label, 8.5, "sans")
        s.text(7.7, yy + 0.1, value, 9.5, "sans-bold", align="right")
        yy += 0.26
    y += 1.6
    s.text(0.8, y, f"{kind} Service Details", 11, "sans-bold", fill=colour)
    y = s.table(
        0.8,
        y + 0.3,
        [3.4, 1.8, 1.7],
        [["Charge", "Usage", "Amount"], *usage],
        pt=9,
        align=["left", "right", "right"],
    )
    s.text(
        0.8,
        y + 0.3,
        f"Total Amount Due by {us(period[1] + dt.timedelta(24))}: {amount}",
        11,
        "sans-bold",
    )
    s.line(0.5, 8.6, 8.0, 8.6, 0.6, GREY)
    s.text(0.8, 8.7, "Please return this portion with your payment.", 8, "sans", fill=GREY)
    s.lines(
        0.8,
        9.0,
        [
            f"Account Number  {account}",
            f"Amount Due  {amount}",
            up(customer.name),
            *[up(line) for line in service.split(";")],
        ],
        9,
        "mono",
    )
    return drawn(
        f"utility_bill_{kind.lower()}",
        [s],
        "residence_record",
        customer,
        "length_of_residence",
        proves=period,
    )


# ---------------------------------------------------------------- school


def report_card(
    student: Person,
    *,
    district: str,
    school: str,
    school_lines: list[str],
    grade: str,
    year: str,
    teacher: str,
    subjects: list[tuple[str, str, str, str]],
    present: int,
    absent: int,
    comment: str,
    colour: tuple[int, int, int],
) -> Paper:
    """An elementary or middle school progress report: district banner, student block, the
    marking-period grid, attendance, the teacher's comment."""
    s = Sheet()
    s.rect(0, 0, 8.5, 1.1, outline=None, fill=colour)
    s.text(0.7, 0.25, district.upper(), 13, "sans-bold", fill=(255, 255, 255))
    s.text(
        0.7, 0.6, f"{school}  ·  " + "  ·  ".join(school_lines), 8.5, "sans", fill=(255, 255, 255)
    )
    s.center(1.4, f"STUDENT PROGRESS REPORT  {year}", 14, "sans-bold")
    rows = [
        (
            0.45,
            [
                (3, "Student", student.name),
                (1, "Grade", grade),
                (2, "Date of Birth", us(student.born)),
            ],
        ),
        (0.45, [(3, "Homeroom Teacher", teacher), (3, "School", school)]),
    ]
    y = s.grid(0.7, 1.8, 7.1, rows, label_pt=6.5, value_pt=10, value_face="sans-bold")
    table = [["Subject", "MP1", "MP2", "MP3"], *[list(r) for r in subjects]]
    y = s.table(0.7, y + 0.35, [3.8, 1.1, 1.1, 1.1], table, pt=9.5, row_height=0.32)
    y = s.table(
        0.7,
        y + 0.35,
        [3.8, 1.65, 1.65],
        [
            ["Attendance", "Days Present", "Days Absent"],
            ["Year to date", str(present), str(absent)],
        ],
        pt=9.5,
    )
    s.text(0.7, y + 0.35, "Teacher Comments", 10, "sans-bold")
    s.para(0.7, y + 0.6, 7.0, comment, 10, "serif")
    s.text(
        0.7,
        10.2,
        "Key: 4 Exceeds standard · 3 Meets · 2 Approaching · 1 Not yet",
        8,
        "sans",
        fill=GREY,
    )
    return drawn("report_card", [s], "school_record", student, ("education", "us_family"))


def school_letter(
    student: Person,
    parent: Person,
    *,
    school: str,
    school_lines: list[str],
    colour: tuple[int, int, int],
    dated: dt.date,
    signer: str,
    title: str,
    body: list[str],
) -> Paper:
    s = write_letter(
        (school, school_lines, colour, "star"),
        long(dated),
        [],
        None,
        "To Whom It May Concern:",
        body,
        "Sincerely,",
        signer,
        [title, school],
    )
    return drawn(
        "school_letter",
        [s],
        "school_record",
        student,
        ("education", "us_family"),
        proves=_span(dated),
    )


def adult_certificate(
    person: Person,
    *,
    issuer: str,
    issuer_lines: list[str],
    heading: str,
    words: str,
    awarded: dt.date,
    signers: list[tuple[str, str]],
    type_: Choice,
    seed: int,
) -> Paper:
    """An award certificate: ornamental border, the issuer, the name large in the middle."""
    s = Sheet(11.0, 8.5)
    s.security_background(seed, (236, 232, 220))
    s.border(0.4, 3.0)
    s.center(0.9, issuer, 16, "serif-bold")
    for i, line in enumerate(issuer_lines):
        s.center(1.25 + i * 0.2, line, 9, "serif")
    s.center(2.0, heading, 28, "schoolbook-bold")
    s.center(2.8, "is presented to", 12, "serif-italic")
    s.center(3.25, person.name, 26, "script", fill=BLUE_INK)
    s.line(2.5, 3.9, 8.5, 3.9, 0.8)
    s.para(1.8, 4.15, 7.4, words, 12, "serif")
    s.center(5.3, f"Awarded {long(awarded)}", 11, "serif")
    x = 2.0
    for name, role in signers:
        s.signature(x, 6.0, name, 17)
        s.line(x - 0.1, 6.6, x + 3.0, 6.6, 0.6)
        s.text(x, 6.65, name, 9, "serif")
        s.text(x, 6.85, role, 8.5, "serif-italic")
        x += 4.2
    s.seal(5.5, 7.2, 0.45, f"{issuer.upper()} ", "SEAL")
    return drawn("adult_certificate", [s], type_, person, "education", proves=_span(awarded))


# ---------------------------------------------------------------- letters


def org_letter(
    label: str,
    head: tuple[str, list[str], tuple[int, int, int], str],
    dated: dt.date,
    subject: str | None,
    body: list[str],
    signer: str,
    signer_lines: list[str],
    *,
    type_: Choice,
    about: Person | tuple[Person, ...] | None,
    equity: Choice,
    language: Choice = "en",
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    proves: tuple[dt.date, dt.date] | None = None,
    recipient: list[str] | None = None,
) -> Paper:
    s = write_letter(
        head,
        long(dated) if language == "en" else spelled(dated, "es"),
        recipient or [],
        subject,
        salutation,
        body,
        closing,
        signer,
        signer_lines,
    )
    one = about if isinstance(about, Person) else None
    paper = drawn(label, [s], type_, one, equity, language, proves or _span(dated))
    if isinstance(about, tuple):  # a letter a paralegal could file under either person
        paper.about = tuple(p.name for p in about)
    return paper


def plain_letter(
    label: str,
    writer_lines: list[str],
    dated: str,
    salutation: str,
    body: list[str],
    closing: str,
    signer: str,
    signer_lines: list[str],
    *,
    about: Person,
    language: Choice = "en",
    on: dt.date,
) -> Paper:
    """A letter typed at home: the writer's address at the top right, no letterhead."""
    s = Sheet()
    for i, line in enumerate(writer_lines):
        s.text(7.6, 0.9 + i * 0.2, line, 10.5, "serif", align="right")
    y = 0.9 + 0.2 * len(writer_lines) + 0.3
    s.text(7.6, y, dated, 10.5, "serif", align="right")
    y += 0.6
    y = s.text(0.9, y, salutation, 11, "serif") + 0.1
    y = s.paras(0.9, y, 6.7, body, gap=0.14, pt=11, face="serif")
    y = s.text(0.9, y + 0.1, closing, 11, "serif")
    s.signature(1.0, y + 0.05, signer, 20)
    s.lines(0.9, y + 0.65, [signer, *signer_lines], 10, "serif")
    return drawn(
        label, [s], "letter_of_support", about, "community_ties", language, proves=_span(on)
    )


# ---------------------------------------------------------------- medical


def visit_summary(
    patient: Person,
    *,
    clinic: str,
    clinic_lines: list[str],
    colour: tuple[int, int, int],
    visit: dt.date,
    provider: str,
    mrn: str,
    diagnoses: list[tuple[str, str]],
    medications: list[str],
    vitals: str,
    plan: list[str],
    guardian: Person | None = None,
) -> Paper:
    """An after-visit summary printed by a clinic's electronic record: patient band, diagnoses
    with their ICD-10 codes, medications, plan."""
    s = Sheet()
    y = letterhead(s, clinic, clinic_lines, colour, "cross", "sans-bold")
    s.text(0.8, y, "AFTER VISIT SUMMARY", 13, "sans-bold")
    rows = [
        (0.42, [(3, "Patient", patient.name), (2, "DOB", us(patient.born)), (2, "MRN", mrn)]),
        (0.42, [(3, "Visit date", long(visit)), (4, "Provider", provider)]),
    ]
    if guardian:
        rows.append((0.42, [(7, "Parent/Guardian", guardian.name)]))
    y = s.grid(0.8, y + 0.35, 6.9, rows, label_pt=6.5, value_pt=9.5, value_face="sans-bold")
    s.text(0.8, y + 0.3, f"Vitals: {vitals}", 9.5, "sans")
    y = s.table(
        0.8,
        y + 0.65,
        [1.2, 5.7],
        [["ICD-10", "Diagnoses addressed this visit"], *[list(d) for d in diagnoses]],
        pt=9.5,
    )
    s.text(0.8, y + 0.3, "Your medication list", 10.5, "sans-bold")
    y = s.lines(1.0, y + 0.55, [f"• {m}" for m in medications], 9.5, "sans")
    s.text(0.8, y + 0.25, "Plan and instructions", 10.5, "sans-bold")
    y = s.paras(1.0, y + 0.5, 6.6, plan, gap=0.08, pt=9.5, face="sans")
    s.text(0.8, 10.3, f"Electronically signed by {provider} on {us(visit)}", 8, "sans", fill=GREY)
    return drawn("visit_summary", [s], "medical_record", patient, "medical", proves=_span(visit))


# ---------------------------------------------------------------- police, courts, agencies


def police_report(
    victim: Person,
    *,
    agency: str,
    agency_lines: list[str],
    case_number: str,
    offense: str,
    occurred: dt.datetime,
    location: str,
    victim_address: str,
    narrative: str,
    officer: str,
    badge: str,
    suspect: str,
) -> Paper:
    """A police department's incident report: the boxed header and parties, the narrative."""
    s = _printout()
    s.logo(0.6, 0.45, 0.7, "shield", (20, 40, 90))
    s.text(1.45, 0.48, agency.upper(), 13, "sans-bold", fill=(20, 40, 90))
    s.lines(1.45, 0.75, agency_lines, 8, "sans", fill=GREY)
    s.text(7.9, 0.5, "INCIDENT REPORT", 14, "sans-bold", align="right")
    rows = [
        (
            0.42,
            [
                (2, "CASE / REPORT NO.", case_number),
                (2, "DATE REPORTED", us(occurred.date())),
                (2, "TIME", occurred.strftime("%H%M")),
            ],
        ),
        (0.42, [(4, "OFFENSE / INCIDENT", offense), (2, "DATE OCCURRED", us(occurred.date()))]),
        (0.42, [(6, "LOCATION OF OCCURRENCE", location)]),
        (
            0.42,
            [
                (3, "VICTIM (Last, First Middle)", victim.last_first(False)),
                (1, "SEX", victim.sex),
                (2, "DOB", us(victim.born)),
            ],
        ),
        (0.42, [(6, "VICTIM ADDRESS", victim_address)]),
        (0.42, [(4, "SUSPECT", suspect), (2, "STATUS", "ARRESTED")]),
    ]
    y = s.grid(0.55, 1.35, 7.4, rows, label_pt=6, value_pt=9.5)
    s.rect(0.55, y + 0.15, 7.4, 5.0, 0.6)
    s.text(0.65, y + 0.2, "NARRATIVE", 7, "sans-bold")
    s.para(0.7, y + 0.45, 7.1, narrative, 10, "mono")
    s.text(0.6, 9.85, f"REPORTING OFFICER: {officer}   BADGE/ID: {badge}", 8.5, "sans-bold")
    s.signature(5.2, 9.6, officer.title(), 15)
    s.text(
        0.6,
        10.3,
        "COPY RELEASED TO VICTIM — PERSONAL IDENTIFIERS OF OTHERS REDACTED",
        7,
        "sans",
        fill=GREY,
    )
    return drawn(
        "police_report", [s], "police_report", victim, "crime_victim", proves=_span(occurred.date())
    )


def i918_supplement_b(
    victim: Person,
    *,
    agency: str,
    agency_address: str,
    official: str,
    official_title: str,
    case_number: str,
    occurred: dt.date,
    statute: str,
    description: str,
    signed: dt.date,
) -> Paper:
    """Form I-918, Supplement B, U Nonimmigrant Status Certification, two of its pages."""
    p1 = Sheet()
    p1.text(0.6, 0.5, "U Nonimmigrant Status Certification", 14, "sans-bold")
    p1.text(0.6, 0.78, "Department of Homeland Security", 8.5, "sans")
    p1.text(0.6, 0.94, "U.S. Citizenship and Immigration Services", 8.5, "sans")
    p1.text(7.9, 0.5, "USCIS", 12, "sans-bold", align="right")
    p1.text(7.9, 0.72, "Form I-918", 9, "sans-bold", align="right")
    p1.text(7.9, 0.88, "Supplement B", 9, "sans-bold", align="right")
    p1.text(7.9, 1.04, "OMB No. 1615-0104", 6.5, "sans", align="right")
    p1.line(0.6, 1.25, 7.9, 1.25, 1.5)
    p1.rect(0.6, 1.35, 7.3, 0.3, outline=None, fill=(220, 220, 220))
    p1.text(0.7, 1.4, "Part 1. Victim Information", 10, "sans-bold")
    rows = [
        (
            0.45,
            [
                (3, "1.a. Family Name (Last Name)", up(victim.surname)),
                (3, "1.b. Given Name (First Name)", up(victim.first)),
                (2, "1.c. Middle Name", up(victim.middle)),
            ],
        ),
        (
            0.45,
            [
                (3, "2. Other Names Used", "NONE"),
                (2, "3. Date of Birth (mm/dd/yyyy)", us(victim.born)),
                (2, "4. Gender", "Female" if victim.sex == "F" else "Male"),
            ],
        ),
    ]
    y = p1.grid(0.6, 1.75, 7.3, rows, label_pt=6, value_pt=9.5)
    p1.rect(0.6, y + 0.15, 7.3, 0.3, outline=None, fill=(220, 220, 220))
    p1.text(0.7, y + 0.2, "Part 2. Agency Information", 10, "sans-bold")
    rows = [
        (0.45, [(5, "1. Name of Certifying Agency", agency)]),
        (
            0.45,
            [
                (3, "2. Name of Certifying Official", official),
                (2, "3. Title and Division", official_title),
            ],
        ),
        (0.45, [(5, "4. Agency Address", agency_address)]),
        (0.45, [(2, "5. Agency Type", "Law Enforcement"), (3, "6. Case Number", case_number)]),
    ]
    y = p1.grid(0.6, y + 0.55, 7.3, rows, label_pt=6, value_pt=9.5)
    p1.rect(0.6, y + 0.15, 7.3, 0.3, outline=None, fill=(220, 220, 220))
    p1.text(0.7, y + 0.2, "Part 3. Criminal Acts", 10, "sans-bold")
    y += 0.6
    p1.text(
        0.7,
        y,
        "1. The applicant is a victim of criminal activity involving or similar "
        "to violations of one of the following:",
        8.5,
        "sans",
    )
    y += 0.25
    for i, (act, ticked) in enumerate(
        [
            ("Domestic Violence", True),
            ("Felonious Assault", True),
            ("Abduction", False),
            ("Stalking", False),
            ("Obstruction of Justice", False),
            ("Witness Tampering", False),
        ]
    ):
        p1.checkbox(0.8 + (i % 3) * 2.4, y + (i // 3) * 0.25, ticked, act, 8.5)
    y += 0.65
    rows = [
        (
            0.45,
            [
                (3, "2. Date(s) of Criminal Activity (mm/dd/yyyy)", us(occurred)),
                (4, "3. Statutory citation(s) for the criminal activity", statute),
            ],
        ),
        (
            1.5,
            [
                (
                    7,
                    "5. Briefly describe the criminal activity being investigated and/or "
                    "prosecuted and the involvement of the individual named in Part 1",
                    description,
                )
            ],
        ),
    ]
    p1.grid(0.6, y, 7.3, rows, label_pt=6, value_pt=8.5, value_face="sans")
    p1.text(0.6, 10.4, "Form I-918 Supplement B Edition 04/01/24", 7, "sans")
    p1.text(7.9, 10.4, "Page 1 of 2", 7, "sans", align="right")
    p2 = Sheet()
    p2.rect(0.6, 0.5, 7.3, 0.3, outline=None, fill=(220, 220, 220))
    p2.text(0.7, 0.55, "Part 4. Helpfulness of the Victim", 10, "sans-bold")
    y = 1.0
    for text in [
        "1. The victim possesses information concerning the criminal activity listed in Part 3.",
        "2. The victim has been, is being, or is likely to be helpful to the investigation "
        "and/or prosecution of the criminal activity detailed above.",
        "3. Since the initiation of cooperation, the victim has not refused or failed to provide "
        "information and assistance reasonably requested.",
    ]:
        p2.checkbox(0.8, y, True, "Yes", 8.5)
        y = p2.para(1.5, y, 6.2, text, 9, "sans") + 0.15
    p2.rect(0.6, y + 0.1, 7.3, 0.3, outline=None, fill=(220, 220, 220))
    p2.text(0.7, y + 0.15, "Part 6. Certification", 10, "sans-bold")
    y = p2.para(
        0.7,
        y + 0.55,
        7.1,
        "I am the head of the agency listed in Part 2 or I am the person in the agency who has "
        "been specifically designated by the head of the agency to issue U Nonimmigrant Status "
        "Certifications on behalf of the agency. Based upon investigation of the facts, I "
        "certify, under penalty of perjury, that the individual identified in Part 1 is or was "
        "a victim of one or more of the crimes listed in Part 3. I certify that the above "
        "information is complete, true, and correct to the best of my knowledge.",
        9,
        "sans",
    )
    rows = [
        (0.6, [(4, "Signature of Certifying Official", ""), (2, "Date of Signature", us(signed))]),
        (0.45, [(3, "Certifying Official's Name", official), (3, "Title", official_title)]),
    ]
    p2.grid(0.6, y + 0.3, 7.3, rows, label_pt=6, value_pt=9.5)
    p2.signature(0.9, y + 0.45, official, 16)
    p2.text(0.6, 10.4, "Form I-918 Supplement B Edition 04/01/24", 7, "sans")
    p2.text(7.9, 10.4, "Page 2 of 2", 7, "sans", align="right")
    return drawn(
        "i918_supplement_b",
        [p1, p2],
        "u_visa_certification",
        victim,
        ("law_enforcement_cooperation", "crime_victim"),
        proves=_span(signed),
    )


def court_disposition(
    defendant: Person,
    *,
    court: list[str],
    case_number: str,
    charge: str,
    plea: str,
    disposed: dt.date,
    sentence: list[str],
    judge: str,
    clerk: str,
) -> Paper:
    """A county court's judgment and sentence on a misdemeanour, certified by the clerk."""
    s = Sheet()
    y = 0.7
    for line in court:
        y = s.center(y, line, 11, "serif-bold")
    s.text(0.9, y + 0.35, "STATE OF FLORIDA,", 11, "serif")
    s.text(0.9, y + 0.6, "          Plaintiff,", 11, "serif")
    s.text(0.9, y + 0.85, "v.", 11, "serif")
    s.text(0.9, y + 1.1, up(defendant.name) + ",", 11, "serif")
    s.text(0.9, y + 1.35, "          Defendant.", 11, "serif")
    s.text(7.6, y + 0.6, f"CASE NO.: {case_number}", 11, "serif-bold", align="right")
    s.text(7.6, y + 0.85, f"DOB: {us(defendant.born)}", 10, "serif", align="right")
    s.center(y + 1.9, "JUDGMENT AND SENTENCE — DISPOSITION ORDER", 13, "serif-bold")
    rows = [["Count", "Charge", "Plea", "Disposition"], ["1", charge, plea, "ADJUDICATED GUILTY"]]
    y = s.table(0.9, y + 2.35, [0.6, 3.1, 1.4, 1.6], rows, pt=9, face="serif")
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        f"The Defendant, being personally before this Court on {long(disposed)}, represented "
        "by counsel, and having entered the plea shown above, the Court finds the plea freely "
        "and voluntarily entered and imposes the following sentence:",
        10.5,
        "serif",
    )
    y = s.lines(1.2, y + 0.15, [f"{i + 1}. {t}" for i, t in enumerate(sentence)], 10.5, "serif")
    s.text(0.9, y + 0.3, f"DONE AND ORDERED in open court on {long(disposed)}.", 10.5, "serif")
    s.signature(4.6, y + 0.65, judge, 17)
    s.text(4.6, y + 1.2, f"{judge}, County Court Judge", 9.5, "serif")
    s.stamp(
        0.9,
        y + 1.5,
        ["CERTIFIED TRUE COPY", f"CLERK OF COURT · {clerk}"],
        10,
        colour=(40, 60, 150),
        angle=-5,
    )
    return drawn(
        "court_disposition",
        [s],
        "court_record",
        defendant,
        ("rehabilitation", "other"),
        proves=_span(disposed),
    )


def eoir_hearing_notice(
    respondent: Person,
    *,
    a_number: str,
    court_address: list[str],
    hearing: dt.datetime,
    mailed: dt.date,
    judge: str,
    mailing: list[str],
) -> Paper:
    """A notice of hearing in removal proceedings, as the immigration court mails it."""
    s = Sheet()
    s.center(0.6, "U.S. Department of Justice", 10, "serif")
    s.center(0.8, "Executive Office for Immigration Review", 10, "serif-bold")
    s.center(1.0, "Immigration Court", 10, "serif")
    s.lines(0.9, 1.4, court_address, 10, "serif")
    s.lines(0.9, 2.2, [up(respondent.name), *[up(line) for line in mailing]], 10, "mono")
    s.text(7.6, 2.2, f"File: A{a_number}", 10, "mono-bold", align="right")
    s.text(7.6, 2.4, f"Date: {us(mailed)}", 10, "mono", align="right")
    s.text(0.9, 3.2, f"In the Matter of: {up(respondent.last_first(False))}", 10.5, "serif-bold")
    s.center(3.7, "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS", 12, "serif-bold")
    y = s.paras(
        0.9,
        4.15,
        6.7,
        [
            "Your case has been scheduled for a MASTER hearing before the Immigration Judge on "
            f"{long(hearing.date())} at {hearing.strftime('%I:%M %p')} at: "
            f"{', '.join(court_address)}.",
            f"Immigration Judge: {judge}.",
            "You may be represented in these proceedings, at no expense to the Government, by "
            "an attorney or accredited representative of your choosing. If you fail to appear "
            "at your hearing without reasonable cause, you may be ordered removed in your "
            "absence. You must report any change of your address within five days on Form "
            "EOIR-33/IC.",
        ],
        pt=10.5,
        face="serif",
    )
    s.text(0.9, y + 0.4, "CERTIFICATE OF SERVICE", 9, "sans-bold")
    s.para(
        0.9,
        y + 0.65,
        6.7,
        f"This document was served by mail to the alien c/o custodial "
        f"officer, and by electronic service to DHS, on {us(mailed)}. By: CTK",
        8.5,
        "sans",
    )
    return drawn("eoir_hearing_notice", [s], ("court_record", "other"), respondent, "other")


def pd_denial(
    respondent: Person,
    *,
    a_number: str,
    office: list[str],
    dated: dt.date,
    requested: dt.date,
    representative: str,
    rep_lines: list[str],
    signer: str,
) -> Paper:
    """An OPLA field office's letter declining a request for prosecutorial discretion."""
    s = Sheet()
    s.text(0.9, 0.55, "U.S. Department of Homeland Security", 9, "sans-bold")
    s.lines(
        0.9,
        0.72,
        [
            "U.S. Immigration and Customs Enforcement",
            "Office of the Principal Legal Advisor",
            *office,
        ],
        8.5,
        "sans",
    )
    s.text(7.6, 0.55, "U.S. Immigration", 9, "sans-bold", align="right")
    s.text(7.6, 0.72, "and Customs", 9, "sans-bold", align="right")
    s.text(7.6, 0.89, "Enforcement", 9, "sans-bold", align="right")
    y = s.text(0.9, 2.0, long(dated), 11, "serif") + 0.2
    y = s.lines(0.9, y, [representative, *rep_lines], 11, "serif") + 0.2
    y = s.text(0.9, y, f"Re: {up(respondent.name)}, A{a_number}", 11, "serif-bold")
    y = s.text(0.9, y, "Request for Prosecutorial Discretion", 11, "serif-bold") + 0.2
    y = s.text(0.9, y, f"Dear {representative.split()[-1]}:", 11, "serif") + 0.1
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"The Office of the Principal Legal Advisor (OPLA) has reviewed the request for "
            f"prosecutorial discretion submitted on behalf of the above-named noncitizen on "
            f"{long(requested)}.",
            "After careful consideration of the totality of the circumstances, including the "
            "information and evidence submitted, OPLA declines to exercise prosecutorial "
            "discretion in this matter at this time. This decision is discretionary and does "
            "not confer any right or benefit.",
            "Nothing in this letter prevents the submission of a new request should the "
            "circumstances change materially.",
        ],
        pt=11,
        face="serif",
    )
    s.text(0.9, y + 0.1, "Sincerely,", 11, "serif")
    s.signature(1.0, y + 0.3, signer, 18)
    s.lines(0.9, y + 0.9, [signer, "Deputy Chief Counsel"], 10.5, "serif")
    return drawn(
        "pd_denial", [s], ("court_record", "other"), respondent, "other", proves=_span(dated)
    )


def g28(
    client: Person,
    *,
    a_number: str,
    rep: dict[str, Any],
    client_address: str,
    signed: dt.date,
) -> Paper:
    """Form G-28, its first page: the representative's and the client's parts."""
    s = Sheet()
    s.text(0.6, 0.5, "Notice of Entry of Appearance", 13, "sans-bold")
    s.text(0.6, 0.75, "as Attorney or Accredited Representative", 13, "sans-bold")
    s.text(0.6, 1.0, "Department of Homeland Security", 8.5, "sans")
    s.text(7.9, 0.5, "DHS", 12, "sans-bold", align="right")
    s.text(7.9, 0.72, "Form G-28", 9, "sans-bold", align="right")
    s.text(7.9, 0.88, "OMB No. 1615-0105", 6.5, "sans", align="right")
    s.line(0.6, 1.25, 7.9, 1.25, 1.5)
    s.text(
        0.7, 1.4, "Part 1. Information About Attorney or Accredited Representative", 10, "sans-bold"
    )
    first, *_, last = rep["name"].split()
    rows = [
        (
            0.45,
            [
                (3, "2.a. Family Name (Last Name)", last.upper()),
                (3, "2.b. Given Name (First Name)", first.upper()),
                (2, "1. USCIS Online Account Number", ""),
            ],
        ),
        (
            0.45,
            [
                (6, "3.a. Street Number and Name", rep["address"][0].upper()),
                (2, "3.c. City or Town", rep["address"][1].split(",")[0].upper()),
            ],
        ),
        (
            0.45,
            [
                (3, "4. Daytime Telephone Number", rep["phone"]),
                (5, "6. Email Address", rep["email"]),
            ],
        ),
        (
            0.45,
            [
                (4, "Name of Law Firm or Organization", rep["organization"]),
                (2, "EOIR ID", rep["eoir_id"]),
            ],
        ),
    ]
    y = s.grid(0.6, 1.7, 7.3, rows, label_pt=6, value_pt=9)
    s.text(
        0.7,
        y + 0.2,
        "Part 3. Notice of Appearance as Attorney or Accredited Representative",
        10,
        "sans-bold",
    )
    s.checkbox(0.8, y + 0.5, True, "1.a. USCIS   1.b. ICE   2. CBP", 8.5)
    s.text(0.7, y + 0.85, "Information About Client", 10, "sans-bold")
    rows = [
        (
            0.45,
            [
                (3, "5.a. Client's Family Name (Last Name)", up(client.surname)),
                (3, "5.b. Client's Given Name (First Name)", up(client.first)),
                (2, "5.c. Middle Name", up(client.middle)),
            ],
        ),
        (
            0.45,
            [
                (3, "7. Date of Birth", us(client.born)),
                (3, "10. A-Number (if any)", f"A-{a_number}"),
            ],
        ),
        (0.45, [(8, "13. Mailing Address", up(client_address))]),
    ]
    y = s.grid(0.6, y + 1.15, 7.3, rows, label_pt=6, value_pt=9)
    s.text(
        0.7, y + 0.25, "Part 4. Client's Consent to Representation and Signature", 10, "sans-bold"
    )
    s.signature(1.0, y + 0.55, client.name, 16)
    s.text(5.0, y + 0.75, f"Date of Signature {us(signed)}", 9, "sans")
    s.signature(1.0, y + 1.3, rep["name"], 16)
    s.text(5.0, y + 1.5, f"Date of Signature {us(signed)}", 9, "sans")
    s.text(0.6, 10.4, "Form G-28 Edition 04/01/24", 7, "sans")
    return drawn("g28", [s], "g28", client, ("other", "identity"))
