"""The papers of the eighth blind corpus, drawn as their issuers print them: boxed US birth
certificates of Delaware, Missouri, New Mexico and Alabama, a Sierra Leone register entry, an
Ivorian extrait, an Argentine partida and a Costa Rican certificación, passports with their
zones, a work permit, IRS printouts and forms, leases, receipts, bills, school papers, letters
on letterhead, police, court and immigration papers. Invented people and offices only.

Written from plain descriptions of real documents, without reading the rules that read them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import mrz
from tests.realistic.model import Choice, Paper, Person, drawn, plain, up
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
    INK,
    Sheet,
    card,
    letterhead,
    monospace_page,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)

D = dt.date
Head = tuple[str, list[str], tuple[int, int, int], str]

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def fr(d: dt.date) -> str:
    return f"{d.day} {MONTHS_FR.split()[d.month - 1]} {d.year}"


def es(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES.split()[d.month - 1]} de {d.year}"


def _money(x: float) -> str:
    return f"{x:,.2f}"


# ---------------------------------------------------------------- US birth certificates


def us_birth(
    state: str,
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    hospital: str,
    city: str,
    county: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    registrar: str,
    seed: int,
) -> Paper:
    """A state's certified copy of a birth record, each state in its own layout."""
    s = Sheet()
    s.security_background(seed, (222, 232, 226) if state != "Missouri" else (230, 226, 238))
    s.border(0.35, 2.2)
    father_name = father.name.upper() if father else ""
    if state == "Delaware":
        s.center(0.6, "STATE OF DELAWARE", 15, "serif-bold")
        s.center(0.88, "DIVISION OF PUBLIC HEALTH  -  OFFICE OF VITAL STATISTICS", 8.5, "sans")
        s.center(1.08, "CERTIFICATE OF LIVE BIRTH", 14, "serif-bold")
        s.text(6.0, 1.38, f"STATE FILE NO. {file_no}", 8, "sans-bold")
        s.grid(
            0.7,
            1.6,
            7.1,
            [
                (
                    0.52,
                    [
                        (3, "1a. CHILD - FIRST NAME", up(child.first)),
                        (2, "1b. MIDDLE", up(child.middle)),
                        (3, "1c. LAST", up(child.surname)),
                    ],
                ),
                (
                    0.52,
                    [
                        (2, "2. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                        (1, "3. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                        (2, "4. TIME OF BIRTH", "04:37 AM"),
                        (3, "5. COUNTY OF BIRTH", county.upper()),
                    ],
                ),
                (
                    0.52,
                    [
                        (4, "6. FACILITY NAME", hospital.upper()),
                        (3, "7. CITY, TOWN OR LOCATION OF BIRTH", city.upper()),
                    ],
                ),
                (
                    0.52,
                    [
                        (5, "8a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", mother.upper),
                        (2, "8b. DATE OF BIRTH", us(mother.born)),
                        (3, "8c. BIRTHPLACE (State/Country)", up(mother.birthplace)),
                    ],
                ),
                (
                    0.52,
                    [
                        (5, "9a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)", father_name),
                        (2, "9b. DATE OF BIRTH", us(father.born) if father else ""),
                        (3, "9c. BIRTHPLACE", up(father.birthplace) if father else ""),
                    ],
                ),
                (
                    0.52,
                    [
                        (3, "10. DATE FILED BY REGISTRAR", us(filed)),
                        (4, "11. CERTIFIER", "R. OYELARAN-PIKE, CNM"),
                    ],
                ),
            ],
        )
    elif state == "Missouri":
        s.center(0.65, "MISSOURI DEPARTMENT OF HEALTH AND SENIOR SERVICES", 10, "sans-bold")
        s.center(0.88, "BUREAU OF VITAL RECORDS", 9, "sans")
        s.center(1.2, "CERTIFICATION OF BIRTH", 18, "bookman-bold")
        rows = [
            ("NAME", child.upper),
            ("DATE OF BIRTH", long(child.born).upper()),
            ("SEX", "MALE" if child.sex == "M" else "FEMALE"),
            ("PLACE OF BIRTH", f"{city.upper()}, {county.upper()}"),
            ("FACILITY", hospital.upper()),
            ("MOTHER/PARENT", mother.upper),
            ("MOTHER'S BIRTHPLACE", up(mother.birthplace)),
            ("FATHER/PARENT", father_name),
            ("FATHER'S BIRTHPLACE", up(father.birthplace) if father else ""),
            ("DATE FILED", long(filed).upper()),
            ("STATE FILE NUMBER", file_no),
        ]
        y = 1.95
        for label, value in rows:
            s.text(1.0, y, label, 8.5, "sans")
            s.text(3.3, y - 0.02, value, 11, "mono-bold")
            s.line(3.25, y + 0.2, 7.5, y + 0.2, 0.4, GREY)
            y += 0.42
    elif state == "New Mexico":
        s.center(0.55, "STATE OF NEW MEXICO", 13, "gothic-bold")
        s.center(0.8, "NEW MEXICO DEPARTMENT OF HEALTH", 8.5, "sans")
        s.center(0.96, "BUREAU OF VITAL RECORDS AND HEALTH STATISTICS", 8.5, "sans")
        s.center(1.2, "CERTIFICATE OF BIRTH", 15, "gothic-bold")
        s.text(0.7, 1.5, f"STATE FILE NUMBER {file_no}", 8, "sans-bold")
        bands = [
            (
                "CHILD",
                [
                    (
                        0.52,
                        [
                            (5, "1. CHILD'S NAME (First, Middle, Last, Suffix)", child.upper),
                            (2, "2. TIME OF BIRTH", "11:52 PM"),
                        ],
                    ),
                    (
                        0.52,
                        [
                            (1, "3. SEX", child.sex),
                            (2, "4. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                            (3, "5. FACILITY NAME", hospital.upper()),
                        ],
                    ),
                    (
                        0.52,
                        [
                            (3, "6. CITY, TOWN, OR LOCATION OF BIRTH", city.upper()),
                            (3, "7. COUNTY OF BIRTH", county.upper()),
                        ],
                    ),
                ],
            ),
            (
                "MOTHER",
                [
                    (
                        0.52,
                        [
                            (5, "8a. MOTHER'S CURRENT LEGAL NAME", mother.upper),
                            (2, "8b. DATE OF BIRTH", us(mother.born)),
                        ],
                    ),
                    (
                        0.52,
                        [
                            (
                                5,
                                "8c. BIRTHPLACE (State, Territory, or Foreign Country)",
                                up(mother.birthplace),
                            )
                        ],
                    ),
                ],
            ),
            (
                "FATHER",
                [
                    (
                        0.52,
                        [
                            (5, "9a. FATHER'S CURRENT LEGAL NAME", father_name),
                            (2, "9b. DATE OF BIRTH", us(father.born) if father else ""),
                        ],
                    ),
                ],
            ),
        ]
        y = 1.7
        for name, rows in bands:
            top = y
            y = s.grid(1.0, y, 6.8, rows)
            s.rect(0.7, top, 0.3, y - top, 0.6)
            s.vertical(0.76, top, y - top, name)
        s.grid(
            1.0,
            y,
            6.8,
            [
                (
                    0.52,
                    [
                        (3, "10. DATE RECEIVED BY REGISTRAR", us(filed)),
                        (3, "11. REGISTRAR", registrar.upper()),
                    ],
                )
            ],
        )
    else:  # Alabama
        s.text(0.7, 0.6, "STATE OF ALABAMA", 13, "serif-bold")
        s.text(0.7, 0.85, "ALABAMA DEPARTMENT OF PUBLIC HEALTH", 8, "sans")
        s.text(0.7, 1.0, "CENTER FOR HEALTH STATISTICS", 8, "sans")
        s.text(7.8, 0.62, f"Certificate No. {file_no}", 9, "mono-bold", align="right")
        s.center(1.35, "CERTIFICATE OF BIRTH", 16, "serif-bold")
        s.grid(
            0.7,
            1.75,
            7.1,
            [
                (0.5, [(6, "1. CHILD'S NAME (First, Middle, Last)", child.upper)]),
                (
                    0.5,
                    [
                        (2, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                        (3, "3a. DATE OF BIRTH", long(child.born).upper()),
                        (2, "3b. HOUR", "8:15 A.M."),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "4a. PLACE OF BIRTH - HOSPITAL", hospital.upper()),
                        (2, "4b. CITY", city.upper()),
                        (2, "4c. COUNTY", county.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (4, "5a. MOTHER - NAME PRIOR TO FIRST MARRIAGE", mother.upper),
                        (2, "5b. BIRTHPLACE", up(mother.birthplace)),
                        (2, "5c. AGE", str(child.born.year - mother.born.year)),
                    ],
                ),
                (
                    0.5,
                    [
                        (4, "6a. FATHER - NAME", father_name),
                        (2, "6b. BIRTHPLACE", up(father.birthplace) if father else ""),
                        (2, "6c. AGE", str(child.born.year - father.born.year) if father else ""),
                    ],
                ),
                (0.5, [(4, "7. DATE FILED", us(filed)), (4, "8. ATTENDANT", "M. DEVLIN, M.D.")]),
            ],
        )
    y = 7.3
    s.para(
        0.9,
        y,
        6.7,
        f"This is a true and correct copy of the official record filed with the {state} vital "
        "records office. This copy is not valid unless prepared on security paper bearing the "
        "raised seal of the issuing office.",
        8.5,
        "sans",
    )
    s.text(0.9, 8.3, f"DATE ISSUED: {us(issued)}", 9, "sans-bold")
    s.signature(4.9, 8.05, registrar, 18)
    s.line(4.8, 8.55, 7.6, 8.55)
    s.text(4.8, 8.6, f"{registrar}, State Registrar", 8, "sans")
    s.seal(2.0, 9.4, 0.6, f" STATE OF {state.upper()} * VITAL RECORDS * ", "SEAL")
    s.text(4.0, 10.2, "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE", 6.5, "sans", fill=GREY)
    return drawn(
        f"{state.lower().replace(' ', '_')}_birth", [s], "birth_certificate", child, "us_family"
    )


# ---------------------------------------------------------------- foreign birth records


def sierra_leone_birth(person: Person, father: str, mother: str, issued: dt.date) -> Paper:
    """A certified copy of an entry in the register of births: one ruled row of columns."""
    s = Sheet()
    s.security_background(81, (236, 228, 214))
    s.center(0.6, "REPUBLIC OF SIERRA LEONE", 15, "serif-bold")
    s.center(0.9, "BIRTHS AND DEATHS REGISTRATION ACT", 9, "serif")
    s.center(1.15, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 13, "serif-bold")
    s.center(1.45, "Registration Area: WESTERN AREA URBAN  -  Freetown", 9, "sans")
    s.table(
        0.45,
        1.8,
        [0.45, 1.0, 1.3, 0.5, 1.35, 1.35, 0.9, 0.75],
        [
            [
                "No.",
                "When born",
                "Name",
                "Sex",
                "Name of father",
                "Name of mother",
                "Registered",
                "Registrar",
            ],
            [
                "4471",
                person.born.strftime("%d-%m-%Y"),
                up(person.name)[:18],
                person.sex,
                father[:20],
                mother[:20],
                person.born.replace(day=28).strftime("%d-%m-%Y"),
                "A.K.",
            ],
        ],
        pt=7.5,
        row_height=0.42,
    )
    s.text(0.5, 2.8, "(continued)  Name in full: " + up(person.name), 8, "mono")
    s.para(
        0.6,
        3.4,
        7.3,
        "I hereby certify that the above is a true copy of the entry No. 4471 in the Register of "
        "Births for the Registration Area above named, which register is now legally in my "
        f"custody. Given under my hand this {issued.day} day of {issued.strftime('%B %Y')}.",
        10,
        "serif",
    )
    s.signature(5.0, 4.4, "Aminata K. Conteh", 18)
    s.text(5.0, 4.95, "Chief Registrar of Births and Deaths", 8.5, "serif")
    s.stamp(1.0, 4.5, ["HEALTH & SANITATION", "BIRTHS REGISTRY", "FREETOWN"], 9, (60, 60, 150))
    s.text(0.6, 6.0, "Fee paid: Le 50.00    Receipt No. 0098213", 8, "sans", fill=GREY)
    return drawn("sierra_leone_birth", [s], "birth_certificate", person, "identity")


def ivorian_extrait(person: Person, father: str, mother: str, issued: dt.date) -> Paper:
    """An extrait du registre des actes de l'état civil: a prose act under the republic's head."""
    s = Sheet()
    s.text(0.7, 0.6, "RÉPUBLIQUE DE CÔTE D'IVOIRE", 11, "serif-bold")
    s.text(0.9, 0.82, "Union - Discipline - Travail", 8, "serif-italic")
    s.text(0.7, 1.15, "DÉPARTEMENT DE BOUAKÉ", 9, "sans")
    s.text(0.7, 1.32, "COMMUNE DE BOUAKÉ", 9, "sans")
    s.text(0.7, 1.49, "CENTRE D'ÉTAT CIVIL PRINCIPAL", 9, "sans")
    s.text(5.0, 1.15, f"Pour l'année {person.born.year}", 10, "serif")
    s.text(5.0, 1.35, f"N° 1187 du {person.born.strftime('%d/%m/%Y')}", 10, "serif")
    s.center(2.0, "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL", 13, "serif-bold")
    s.center(2.3, "ACTE DE NAISSANCE", 12, "serif-bold")
    y = s.paras(
        0.9,
        2.8,
        6.7,
        [
            f"Le {fr(person.born)},",
            f"est née à Bouaké : {person.given} {up(person.surname)}",
            f"fille de {father}, cultivateur, domicilié à Bouaké,",
            f"et de {mother}, ménagère, domiciliée à Bouaké.",
            "MENTIONS (éventuellement) : Marié(e) le ........ avec ........ Néant",
            "Divorcé(e) le ........ Décédé(e) le ........ Néant",
        ],
        gap=0.18,
        pt=11.5,
        face="serif",
    )
    s.para(
        0.9,
        y + 0.3,
        6.7,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        10.5,
        "serif-italic",
    )
    s.text(4.6, y + 1.0, f"Délivré à Bouaké, le {fr(issued)}", 10, "serif")
    s.text(4.6, y + 1.25, "L'Officier de l'État Civil", 10, "serif-bold")
    s.signature(4.8, y + 1.5, "K. Tanoh", 20)
    s.stamp(1.2, y + 1.2, ["MAIRIE DE BOUAKÉ", "ÉTAT CIVIL"], 10, (40, 70, 150), -6)
    s.text(0.9, 10.2, "Timbre fiscal : 500 F CFA", 8, "sans", fill=GREY)
    return drawn("ivorian_extrait", [s], "birth_certificate", person, "identity", "fr")


def argentine_partida(person: Person, father: str, mother: str, issued: dt.date) -> Paper:
    """A RENAPER-issued copy of a provincial registry's act: a header band and the act text."""
    declared = person.born + dt.timedelta(days=6)
    sex = "masculino" if person.sex == "M" else "femenino"
    s = Sheet()
    s.rect(0.6, 0.5, 7.3, 1.1, 1.0, fill=(232, 240, 250))
    s.text(0.8, 0.6, "REPÚBLICA ARGENTINA", 12, "sans-bold", fill=(20, 60, 130))
    s.text(0.8, 0.85, "MINISTERIO DEL INTERIOR", 8.5, "sans")
    s.text(0.8, 1.02, "REGISTRO NACIONAL DE LAS PERSONAS (RENAPER)", 8.5, "sans")
    s.text(0.8, 1.19, "Registro Civil de la Provincia de Santa Fe", 8.5, "sans")
    s.text(7.7, 0.65, "PARTIDA DE", 12, "sans-bold", align="right")
    s.text(7.7, 0.9, "NACIMIENTO", 12, "sans-bold", align="right")
    s.text(7.7, 1.2, "Copia fiel - Ley 26.413", 7.5, "sans", align="right")
    s.grid(
        0.6,
        1.9,
        7.3,
        [
            (
                0.45,
                [
                    (1, "Acta N°", "812"),
                    (1, "Tomo", "2 A"),
                    (1, "Folio", "406"),
                    (1, "Año", str(person.born.year)),
                ],
            ),
            (0.45, [(3, "Oficina / Seccional", "Rosario - Sección 3ra.")]),
        ],
        value_face="mono",
    )
    y = s.paras(
        0.8,
        3.0,
        6.9,
        [
            f"En la ciudad de Rosario, Provincia de Santa Fe, a los {es(declared)}, "
            "ante mí, Jefa del Registro, comparece el padre y declara:",
            f"Que el día {es(person.born)}, a las 06:20 horas, en el Hospital Provincial del "
            f"Centenario, nació una persona de sexo {sex} "
            f"a quien se le da el nombre de {up(person.given)} {up(person.surname)}.",
            f"Hijo de {father}, argentino, D.N.I. 11.204.873, y de {mother}, argentina, "
            "D.N.I. 12.661.045, domiciliados en calle Pellegrini 1840, Rosario.",
            "Leída el acta, la firman el declarante y los testigos conmigo. Notas marginales: no "
            "registra.",
        ],
        gap=0.16,
        pt=10.5,
        face="serif",
    )
    s.text(0.8, y + 0.4, f"Se expide la presente en Rosario, el {es(issued)}.", 10, "serif")
    s.signature(4.8, y + 0.8, "Graciela M. Ibarra", 18)
    s.text(4.8, y + 1.35, "Graciela M. Ibarra - Oficial Público", 8.5, "sans")
    s.seal(2.0, y + 1.3, 0.55, " REGISTRO CIVIL * SANTA FE * ", "RC")
    s.text(0.8, 10.3, "Código de verificación: 7H2K-QX91-RR04", 8, "mono", fill=GREY)
    return drawn("argentine_partida", [s], "birth_certificate", person, "identity", "es")


def costa_rica_certificacion(person: Person, father: str, mother: str, issued: dt.date) -> Paper:
    """The Tribunal Supremo de Elecciones' digital certificación: labelled lines, a code."""
    s = Sheet()
    s.logo(0.8, 0.5, 0.55, "shield", (30, 60, 120))
    s.text(1.55, 0.55, "TRIBUNAL SUPREMO DE ELECCIONES", 13, "sans-bold", fill=(30, 60, 120))
    s.text(1.55, 0.82, "REGISTRO CIVIL  -  República de Costa Rica", 9, "sans")
    s.line(0.8, 1.2, 7.7, 1.2, 1.0, (30, 60, 120))
    s.center(1.5, "CERTIFICACIÓN DE NACIMIENTO", 14, "sans-bold")
    s.center(1.8, "(Literal)", 9, "sans")
    rows = [
        ("Cita de inscripción", "Provincia 3  Tomo 0412  Folio 077  Asiento 0154"),
        ("Nombre", up(person.given)),
        ("Primer apellido", up(person.surname.split()[0])),
        ("Segundo apellido", up(person.surname.split()[-1])),
        ("Fecha de nacimiento", es(person.born)),
        ("Lugar de nacimiento", "Cartago, Cartago, Oriental"),
        ("Sexo", "Femenino" if person.sex == "F" else "Masculino"),
        ("Nombre del padre", father),
        ("Nombre de la madre", mother),
        ("Número de cédula", "3-0412-0821"),
        ("Marginales", "No tiene"),
    ]
    y = 2.3
    for label, value in rows:
        s.text(0.9, y, f"{label}:", 10, "sans-bold")
        s.text(3.2, y, value, 10, "sans")
        y += 0.34
    s.para(
        0.9,
        y + 0.3,
        6.7,
        "La presente certificación se expide a solicitud de parte interesada, con firma digital "
        "y tiene validez por tres meses a partir de su emisión. Ley 8454.",
        9,
        "sans",
    )
    s.text(0.9, y + 1.1, f"San José, {es(issued)}", 10, "sans")
    s.text(0.9, y + 1.5, "Firmado digitalmente por: LUIS DIEGO ARAYA SOTO (FIRMA)", 8, "mono")
    s.rect(5.9, y + 1.0, 1.5, 1.5, 1.0)
    for i in range(7):
        for j in range(7):
            if (i * 3 + j * 5) % 4 == 0:
                s.rect(5.95 + i * 0.2, y + 1.05 + j * 0.2, 0.2, 0.2, outline=None, fill=INK)
    s.text(0.9, 10.2, "Verifique en www.tse.go.cr  código: 8D2A 19CF 44B0", 8, "mono", fill=GREY)
    return drawn("costa_rica_certificacion", [s], "birth_certificate", person, "identity", "es")


def translation(
    person: Person,
    title: str,
    lines: list[str],
    translator: str,
    address: list[str],
    phone: str,
    source: str,
    signed: dt.date,
    competent: bool = True,
) -> Paper:
    """A certified translation: the English text of the record, then the translator's
    certificate under it, signed (``competent`` False: it never says the translator is)."""
    s = Sheet()
    s.center(0.7, "CERTIFIED ENGLISH TRANSLATION", 13, "serif-bold")
    s.center(0.98, f"[Translated from {source}]", 9, "serif-italic")
    s.center(1.35, title, 12, "serif-bold")
    y = s.paras(0.9, 1.75, 6.7, lines, gap=0.08, pt=10.5, face="serif")
    y += 0.3
    s.line(0.9, y, 7.6, y, 0.8)
    y = s.text(0.9, y + 0.15, "TRANSLATOR'S CERTIFICATION", 11, "serif-bold") + 0.1
    if competent:
        text = (
            f"I, {translator}, certify that I am competent to translate from {source} into "
            "English, and that the above is a complete and accurate translation of the attached "
            f"document, to the best of my knowledge and ability."
        )
    else:
        text = (
            f"I, {translator}, hereby certify that the foregoing is a true translation of the "
            f"attached {source} document."
        )
    y = s.para(0.9, y, 6.7, text, 10.5, "serif")
    s.signature(1.0, y + 0.2, translator, 18)
    s.lines(
        0.9, y + 0.8, [translator, *address, f"Tel. {phone}", f"Date: {long(signed)}"], 9.5, "serif"
    )
    return drawn("translation", [s], "certificate_of_translation", person, "identity")


# ---------------------------------------------------------------- travel and identity cards


def passport(
    country: str,
    code: str,
    person: Person,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    labels: str,
    colour: tuple[int, int, int],
    seed: int,
    language: Choice = "en",
) -> Paper:
    """A passport data page: its republic's name, labelled lines, a photo and the TD3 zone.
    ``labels``: "en" or a pair like "fr/en" printed label over label."""
    surname = person.surname
    zone = mrz.td3(
        kind="P",
        country=code,
        surname=surname,
        given=person.given,
        number=number,
        nationality=code,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
    )
    words = {
        "en": [
            "Surname",
            "Given names",
            "Nationality",
            "Date of birth",
            "Sex",
            "Place of birth",
            "Date of issue",
            "Date of expiry",
            "Passport No.",
        ],
        "fr": [
            "Nom",
            "Prénoms",
            "Nationalité",
            "Date de naissance",
            "Sexe",
            "Lieu de naissance",
            "Date de délivrance",
            "Date d'expiration",
            "N° du passeport",
        ],
        "es": [
            "Apellidos",
            "Nombres",
            "Nacionalidad",
            "Fecha de nacimiento",
            "Sexo",
            "Lugar de nacimiento",
            "Fecha de expedición",
            "Fecha de vencimiento",
            "Pasaporte N°",
        ],
    }
    parts = labels.split("/")
    names = [" / ".join(words[p][i] for p in parts) for i in range(9)]
    c = card(125, 88)
    tinted(c, tuple(min(255, v + 150) for v in colour), (245, 245, 240))
    c.text(0.18, 0.1, country.upper(), 10, "sans-bold", fill=colour)
    c.text(
        4.7,
        0.1,
        "PASAPORTE / PASSPORT"
        if parts[0] == "es"
        else "PASSEPORT / PASSPORT"
        if parts[0] == "fr"
        else "PASSPORT",
        10,
        "sans-bold",
        fill=colour,
        align="right",
    )
    portrait(c, 0.2, 0.5, 1.15, 1.5, seed)
    values = [
        up(surname),
        up(person.given),
        country.upper(),
        person.born.strftime("%d %b %Y").upper(),
        person.sex,
        up(person.birthplace),
        issued.strftime("%d %b %Y").upper(),
        expiry.strftime("%d %b %Y").upper(),
        number,
    ]
    y = 0.45
    for i in (8, 0, 1, 2, 3, 4, 5, 6, 7):
        c.text(1.55, y, names[i], 5.5, "sans", fill=GREY)
        c.text(1.55, y + 0.09, values[i], 8, "sans-bold")
        y += 0.27
    c.signature(0.25, 2.1, person.first, 10, INK)
    mrz_lines(c, 2.75, zone, 11)
    return drawn(
        f"passport_{code.lower()}",
        [c],
        "passport",
        person,
        "identity",
        language,
        mrz_zone=zone,
        is_card=True,
    )


def work_permit(
    person: Person, card_no: str, category: str, valid: dt.date, expires: dt.date, seed: int
) -> Paper:
    """The front of an employment authorization card."""
    c = card()
    tinted(c, (236, 222, 226), (226, 236, 240))
    c.text(0.12, 0.08, "UNITED STATES OF AMERICA", 7.5, "sans-bold", fill=(40, 40, 100))
    c.text(0.12, 0.22, "EMPLOYMENT AUTHORIZATION", 9, "sans-bold", fill=(120, 20, 40))
    portrait(c, 0.12, 0.55, 0.85, 1.1, seed)
    rows = [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
        ("USCIS#", "219-604-187"),
        ("Category", category),
        ("Card#", card_no),
        ("Country of Birth", up(person.birthplace.split(",")[-1].strip())),
        ("Date of Birth", person.born.strftime("%d %b %Y").upper()),
        ("Valid From", valid.strftime("%m/%d/%y")),
        ("Card Expires", expires.strftime("%m/%d/%y")),
    ]
    y = 0.45
    for label, value in rows:
        c.text(1.1, y, label, 5, "sans", fill=GREY)
        c.text(1.75, y - 0.01, value, 6.5, "sans-bold")
        y += 0.15
    c.text(0.12, 1.95, "NOT VALID FOR REENTRY TO U.S.", 5.5, "sans-bold")
    return drawn("work_permit", [c], "identity_document", person, "identity", is_card=True)


# ---------------------------------------------------------------- taxes and pay


def w2(
    person: Person,
    year: int,
    employer: str,
    emp_address: str,
    ein: str,
    wages: float,
    address: list[str],
) -> Paper:
    """Copy C of a Form W-2: its box grid, filled by the employer's payroll software."""
    s = Sheet()
    fed, ss, med = wages * 0.08, wages * 0.062, wages * 0.0145
    s.text(0.6, 0.5, f"Form W-2 Wage and Tax Statement {year}", 12, "sans-bold")
    s.text(7.9, 0.52, "Copy C-For EMPLOYEE'S RECORDS", 8, "sans", align="right")
    s.grid(
        0.6,
        0.9,
        7.3,
        [
            (
                0.45,
                [
                    (3, "a Employee's social security number", "XXX-XX-4418"),
                    (4, "OMB No. 1545-0008", ""),
                ],
            ),
            (
                0.45,
                [
                    (3, "b Employer identification number (EIN)", ein),
                    (2, "1 Wages, tips, other compensation", _money(wages)),
                    (2, "2 Federal income tax withheld", _money(fed)),
                ],
            ),
            (
                0.8,
                [
                    (3, "c Employer's name, address, and ZIP code", f"{employer}\n{emp_address}"),
                    (2, "3 Social security wages", _money(wages)),
                    (2, "4 Social security tax withheld", _money(ss)),
                ],
            ),
            (
                0.45,
                [
                    (3, "d Control number", f"{year}-0{len(employer)}"),
                    (2, "5 Medicare wages and tips", _money(wages)),
                    (2, "6 Medicare tax withheld", _money(med)),
                ],
            ),
            (
                0.8,
                [
                    (
                        3,
                        "e Employee's first name and initial   Last name",
                        f"{up(person.given)} {up(person.surname)}\n" + "\n".join(address).upper(),
                    ),
                    (2, "12a", ""),
                    (2, "13 Statutory employee / Retirement plan", ""),
                ],
            ),
            (
                0.45,
                [
                    (1, "15 State", address[-1].split(",")[-1].split()[0]),
                    (2, "16 State wages, tips, etc.", _money(wages)),
                    (2, "17 State income tax", _money(wages * 0.035)),
                    (2, "20 Locality name", ""),
                ],
            ),
        ],
    )
    s.text(0.6, 5.3, "Department of the Treasury-Internal Revenue Service", 7.5, "sans")
    return drawn(
        f"w2_{year}",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def irs_account(
    person: Person, year: int, address: list[str], requested: dt.date, agi: float
) -> Paper:
    """An IRS record of account, in its terminal layout, the name masked to its first letters."""
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        f"Request Date: {us(requested)}",
        f"Response Date: {us(requested)}",
        "Tracking Number: 10847723" + str(year)[-2:] + "0551",
        "",
        "                          Record of Account",
        "",
        "SSN Provided: XXX-XX-4418",
        f"Tax Period Ending: Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and the",
        "amount as adjusted (PCA), if applicable. They do not show subsequent activity.",
        "",
        f"Taxpayer: {person.irs}",
        f"Address:  {plain(address[0]).upper()[:4]} {'X' * 8}",
        "",
        "FILING STATUS:                                      Head of Household",
        "EXEMPTION NUMBER:                                                  2",
        f"ADJUSTED GROSS INCOME:                                  ${_money(agi)}",
        f"TAXABLE INCOME:                                         ${_money(agi * 0.55)}",
        f"TOTAL TAX LIABILITY TAXPAYER FIGURES:                   ${_money(agi * 0.03)}",
        "",
        "ACCOUNT BALANCE:                                                 0.00",
        "",
        "TRANSACTIONS",
        "CODE  EXPLANATION OF TRANSACTION         CYCLE     DATE         AMOUNT",
        f"150   Tax return filed                    {year + 1}0805  03-10-{year + 1}     $0.00",
        f"806   W-2 or 1099 withholding                 04-15-{year + 1}  -${_money(agi * 0.07)}",
        f"846   Refund issued                           03-31-{year + 1}   ${_money(agi * 0.04)}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return drawn(
        "irs_record_of_account",
        [monospace_page(lines, 9)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def irs_wage_income(
    person: Person, year: int, employer: str, wages: float, requested: dt.date
) -> Paper:
    """An IRS wage and income transcript: one W-2 block, the name masked."""
    lines = [
        "Internal Revenue Service",
        "United States Department of the Treasury",
        f"This Product Contains Sensitive Taxpayer Data      Request Date: {us(requested)}",
        "",
        "                      Wage and Income Transcript",
        "",
        "SSN Provided:         XXX-XX-7302",
        f"Tax Period Requested: December, {year}",
        "",
        "Form W-2 Wage and Tax Statement",
        "Employer:",
        "Employer Identification Number (EIN): XXXXX6641",
        f"{plain(employer).upper()[:20]}",
        "Employee:",
        f"{person.irs}",
        "",
        f"Wages, Tips and Other Compensation:                   ${_money(wages)}",
        f"Federal Income Tax Withheld:                          ${_money(wages * 0.06)}",
        f"Social Security Wages:                                ${_money(wages)}",
        f"Medicare Wages and Tips:                              ${_money(wages)}",
        "Submission Type:                                      Original document",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return drawn(
        "irs_wage_income",
        [monospace_page(lines, 9.5)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def form_1040(person: Person, year: int, address: list[str], wages: float) -> Paper:
    """The first page of a Form 1040 as tax software prints it."""
    s = Sheet()
    s.rect(0.5, 0.4, 7.5, 0.6, 1.2)
    s.text(0.6, 0.45, "Form 1040", 16, "sans-bold")
    s.text(2.2, 0.45, "U.S. Individual Income Tax Return", 11, "sans-bold")
    s.text(2.2, 0.68, "Department of the Treasury-Internal Revenue Service", 7, "sans")
    s.text(7.9, 0.45, str(year), 20, "sans-bold", align="right")
    s.text(0.6, 1.1, "Filing Status", 8, "sans-bold")
    s.checkbox(1.6, 1.1, False, "Single")
    s.checkbox(2.5, 1.1, False, "Married filing jointly")
    s.checkbox(4.3, 1.1, True, "Head of household (HOH)")
    y = s.grid(
        0.5,
        1.45,
        7.5,
        [
            (
                0.45,
                [
                    (3, "Your first name and middle initial", up(person.given)),
                    (3, "Last name", up(person.surname)),
                    (2, "Your social security number", "XXX-XX-5120"),
                ],
            ),
            (
                0.45,
                [(6, "Home address (number and street)", address[0].upper()), (2, "Apt. no.", "")],
            ),
            (0.45, [(8, "City, town, or post office. State. ZIP code", address[1].upper())]),
        ],
    )
    rows = [
        ["", "Income", ""],
        ["1a", "Total amount from Form(s) W-2, box 1", _money(wages)],
        ["1z", "Add lines 1a through 1h", _money(wages)],
        ["9", "This is your total income", _money(wages)],
        ["11", "This is your adjusted gross income", _money(wages)],
        ["12", "Standard deduction", _money(20800.00)],
        ["15", "This is your taxable income", _money(max(0.0, wages - 20800))],
        ["24", "This is your total tax", _money(max(0.0, wages - 20800) * 0.1)],
        ["33", "These are your total payments", _money(wages * 0.07)],
    ]
    s.table(
        0.5, y + 0.3, [0.5, 5.3, 1.7], rows, pt=8.5, rules="header", align=["left", "left", "right"]
    )
    s.text(
        0.5,
        7.2,
        "Sign Here   Under penalties of perjury, I declare that I have examined this return...",
        7.5,
        "sans",
    )
    s.signature(1.3, 7.4, person.name, 16)
    s.text(5.0, 7.55, f"Date 04/02/{year + 1}   Occupation: cook", 8, "sans")
    return drawn(
        f"form_1040_{year}",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def pay_stub(
    person: Person,
    employer: str,
    emp_lines: list[str],
    start: dt.date,
    end: dt.date,
    hours: float,
    rate: float,
    ytd: float,
) -> Paper:
    """A pay statement printed from a payroll service: header block, earnings table, totals."""
    s = Sheet(8.5, 5.5)
    gross = hours * rate
    s.text(0.5, 0.35, employer, 12, "sans-bold")
    s.lines(0.5, 0.6, emp_lines, 8, "sans")
    s.text(8.0, 0.35, "EARNINGS STATEMENT", 11, "sans-bold", align="right")
    s.lines(
        5.2,
        0.65,
        [
            f"Period Beginning: {us(start)}",
            f"Period Ending:    {us(end)}",
            f"Pay Date:         {us(end + dt.timedelta(days=5))}",
        ],
        8,
        "mono",
    )
    s.text(
        0.5, 1.35, f"Employee: {person.name.upper()}    ID 00{len(person.name)}81", 9, "sans-bold"
    )
    y = s.table(
        0.5,
        1.7,
        [2.2, 1.0, 1.0, 1.4, 1.4],
        [
            ["Earnings", "Rate", "Hours", "This Period", "Year to Date"],
            ["Regular", f"{rate:.2f}", f"{hours:.2f}", _money(gross), _money(ytd)],
            ["Federal Income Tax", "", "", f"-{_money(gross * 0.07)}", f"-{_money(ytd * 0.07)}"],
            ["Social Security", "", "", f"-{_money(gross * 0.062)}", f"-{_money(ytd * 0.062)}"],
            ["Medicare", "", "", f"-{_money(gross * 0.0145)}", f"-{_money(ytd * 0.0145)}"],
        ],
        pt=8,
        align=["left", "right", "right", "right", "right"],
    )
    s.text(5.2, y + 0.2, f"NET PAY: ${_money(gross * 0.8535)}", 11, "sans-bold")
    return drawn("pay_stub", [s], "pay_record", person, "employment_and_taxes", proves=(start, end))


# ---------------------------------------------------------------- home


def lease(tenant: Person, landlord: str, premises: list[str], start: dt.date, rent: int) -> Paper:
    """A two-page residential lease agreement, signed at the end of its second page."""
    end = D(start.year + 1, start.month, 1) - dt.timedelta(days=1)
    p1 = Sheet()
    p1.center(0.7, "RESIDENTIAL LEASE AGREEMENT", 15, "serif-bold")
    clauses = [
        f"THIS LEASE is made on {long(start - dt.timedelta(days=10))} between {landlord} "
        f'("Landlord") and {tenant.name} ("Tenant").',
        f"1. PREMISES. Landlord leases to Tenant the dwelling at {', '.join(premises)}, together "
        "with the appliances in it.",
        f"2. TERM. The term begins on {long(start)} and ends on {long(end)}. If neither party "
        "gives sixty (60) days' written notice, the lease continues from month to month.",
        f"3. RENT. Tenant shall pay ${rent} per month, in advance, on the first day of each "
        "month. Rent paid after the fifth day is late and a fee of $50.00 is due.",
        f"4. SECURITY DEPOSIT. Tenant has paid a deposit of ${rent}, which Landlord will return "
        "within twenty days after Tenant moves out, less lawful deductions.",
        "5. UTILITIES. Tenant pays for electricity and gas. Landlord pays for water, sewer and "
        "trash collection.",
        "6. OCCUPANTS. The premises shall be occupied only by Tenant and Tenant's minor children.",
        "7. MAINTENANCE. Tenant shall keep the premises clean and report needed repairs promptly.",
    ]
    p1.paras(0.9, 1.3, 6.7, clauses, gap=0.16, pt=10.5, face="serif")
    p1.text(7.6, 10.4, "Page 1 of 2   Tenant's initials ____", 8, "sans", align="right")
    p2 = Sheet()
    y = p2.paras(
        0.9,
        0.8,
        6.7,
        [
            "8. PETS. No pets without Landlord's written consent.",
            "9. ENTRY. Landlord may enter at reasonable times with 24 hours' notice, except in an "
            "emergency.",
            "10. ENTIRE AGREEMENT. This lease is the entire agreement of the parties and may be "
            "changed only in a writing signed by both.",
        ],
        gap=0.16,
        pt=10.5,
        face="serif",
    )
    for role, name, yy in (("LANDLORD", landlord, y + 0.6), ("TENANT", tenant.name, y + 1.6)):
        p2.signature(1.0, yy, name, 18)
        p2.line(0.9, yy + 0.5, 4.5, yy + 0.5)
        p2.text(0.9, yy + 0.55, f"{role}: {name}", 9, "sans")
        p2.text(5.0, yy + 0.3, f"Date: {us(start - dt.timedelta(days=10))}", 9, "sans")
    p2.text(7.6, 10.4, "Page 2 of 2", 8, "sans", align="right")
    paper = drawn(
        "lease", [p1, p2], "residence_record", tenant, "length_of_residence", proves=(start, end)
    )
    return paper


def rent_receipts(
    tenant: Person, landlord: str, premises: str, months: list[dt.date], rent: int
) -> Paper:
    """A page of tear-off rent receipts from a receipt book, filled by hand, photocopied."""
    s = Sheet()
    y = 0.5
    for i, month in enumerate(months):
        s.rect(0.6, y, 7.3, 1.6, 1.0)
        s.text(0.75, y + 0.08, "RENT RECEIPT", 11, "sans-bold")
        s.text(7.7, y + 0.08, f"No. {3100 + i}", 9, "sans", align="right")
        s.text(0.75, y + 0.45, "Date", 8, "sans")
        s.text(1.2, y + 0.38, us(month), 13, "script", fill=BLUE_INK)
        s.text(3.0, y + 0.45, "Received from", 8, "sans")
        s.text(4.0, y + 0.36, tenant.name, 14, "script", fill=BLUE_INK)
        s.text(0.75, y + 0.85, f"The sum of ${rent}.00 for rent of {premises}", 8.5, "sans")
        s.text(0.75, y + 1.15, f"For the period {month.strftime('%B %Y')}", 8.5, "sans")
        s.signature(5.0, y + 1.0, landlord, 14)
        y += 1.85
    return drawn(
        "rent_receipts",
        [s],
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(months[0], months[-1]),
    )


def utility_bill(
    person: Person,
    company: str,
    lines: list[str],
    address: list[str],
    period: tuple[dt.date, dt.date],
    amount: float,
    account: str,
) -> Paper:
    """A monthly utility bill: logo band, account box, usage chart, remittance stub."""
    s = Sheet()
    s.rect(0, 0, 8.5, 1.0, outline=None, fill=(0, 84, 150))
    s.text(0.6, 0.28, company, 20, "sans-bold", fill=(255, 255, 255))
    s.text(7.9, 0.4, "Your Monthly Statement", 10, "sans", fill=(255, 255, 255), align="right")
    s.lines(0.6, 1.3, [person.name.upper(), *[a.upper() for a in address]], 10, "sans")
    s.grid(
        4.8,
        1.25,
        3.1,
        [
            (0.45, [(1, "Account Number", account)]),
            (0.45, [(1, "Service Period", f"{us(period[0])} - {us(period[1])}")]),
            (0.45, [(1, "Amount Due", f"${_money(amount)}")]),
        ],
        value_face="sans-bold",
    )
    s.text(0.6, 3.0, "Usage History (kWh)", 9, "sans-bold")
    for i in range(12):
        h = 0.3 + ((i * 7) % 5) * 0.15
        s.rect(0.7 + i * 0.3, 4.2 - h, 0.2, h, outline=None, fill=(120, 150, 190))
    s.table(
        4.8,
        3.0,
        [2.0, 1.1],
        [
            ["Charges", "Amount"],
            ["Base charge", "14.50"],
            ["Energy charge", _money(amount - 14.5)],
            ["Total current charges", _money(amount)],
        ],
        pt=8.5,
    )
    s.lines(0.6, 4.8, lines, 7.5, "sans", fill=GREY)
    s.line(0.3, 8.2, 8.2, 8.2, 0.6, GREY)
    s.text(0.6, 8.3, "- - - - detach and return with payment - - - -", 7, "sans", fill=GREY)
    s.text(0.6, 8.6, f"Account {account}   Amount due ${_money(amount)}", 9, "mono-bold")
    s.lines(0.6, 9.0, [person.name.upper(), *[a.upper() for a in address]], 9, "mono")
    return drawn(
        "utility_bill", [s], "residence_record", person, "length_of_residence", proves=period
    )


def bank_statement(
    person: Person,
    bank: str,
    address: list[str],
    period: tuple[dt.date, dt.date],
    rows: list[list[str]],
) -> Paper:
    """A two-page checking account statement."""
    p1 = Sheet()
    letterhead(
        p1,
        bank,
        ["Member FDIC", "P.O. Box 2290, Albuquerque, NM 87103"],
        (0, 90, 70),
        "leaf",
        face="sans-bold",
    )
    p1.lines(0.9, 1.9, [person.name.upper(), *[a.upper() for a in address]], 10, "mono")
    p1.text(5.0, 1.9, "Everyday Checking ...0417", 10, "sans-bold")
    p1.text(5.0, 2.1, f"Statement period {us(period[0])} to {us(period[1])}", 9, "sans")
    p1.table(
        0.9,
        3.0,
        [1.1, 3.7, 1.0, 1.0],
        [["Date", "Description", "Amount", "Balance"], *rows[:8]],
        pt=8.5,
        rules="header",
        align=["left", "left", "right", "right"],
    )
    p1.text(7.6, 10.4, "Page 1 of 2", 8, "sans", align="right")
    p2 = Sheet()
    p2.text(0.9, 0.6, f"{person.name.upper()}  -  Everyday Checking ...0417", 9, "sans-bold")
    p2.table(
        0.9,
        1.0,
        [1.1, 3.7, 1.0, 1.0],
        [["Date", "Description", "Amount", "Balance"], *rows[8:]],
        pt=8.5,
        rules="header",
        align=["left", "left", "right", "right"],
    )
    p2.para(
        0.9,
        5.0,
        6.7,
        "In case of errors or questions about your electronic transfers, "
        "call us at 1-800-555-0134 as soon as you can.",
        8,
        "sans",
    )
    p2.text(7.6, 10.4, "Page 2 of 2", 8, "sans", align="right")
    return drawn(
        "bank_statement", [p1, p2], "residence_record", person, "length_of_residence", proves=period
    )


# ---------------------------------------------------------------- letters


def letter(
    label: str,
    head: Head,
    dated: dt.date,
    body: list[str],
    signer: str,
    signer_lines: list[str],
    type: Choice,
    about: Person,
    equity: Choice,
    *,
    salutation: str = "To Whom It May Concern:",
    recipient: list[str] | None = None,
    re_line: str | None = None,
    closing: str = "Sincerely,",
    face: str = "serif",
    align: str = "left",
    language: Choice = "en",
    proves: tuple[dt.date, dt.date] | None = None,
    date_line: str | None = None,
) -> Paper:
    s = write_letter(
        head,
        date_line or long(dated),
        recipient or [],
        re_line,
        salutation,
        body,
        closing,
        signer,
        signer_lines,
        face=face,
        align=align,
    )
    return drawn(label, [s], type, about, equity, language, proves)


def handwritten_letter(
    person: Person, writer: str, place: str, dated: str, body: list[str], language: str
) -> Paper:
    """A neighbour's letter written by hand on lined paper."""
    s = Sheet()
    for i in range(28):
        s.line(0.5, 1.0 + i * 0.34, 8.0, 1.0 + i * 0.34, 0.4, (170, 190, 215))
    y = s.text(5.0, 0.62, f"{place}, {dated}", 14, "script", fill=BLUE_INK)
    y = 1.0 + 0.34 * 1
    for para in body:
        for line in s.wrap(para, 6.8, 15, "script"):
            s.text(0.8, y - 0.06, line, 15, "script", fill=BLUE_INK)
            y += 0.34
        y += 0.34
    s.signature(4.5, y, writer, 20)
    s.text(4.5, y + 0.45, writer, 14, "script", fill=BLUE_INK)
    return drawn("neighbour_letter", [s], "letter_of_support", person, "community_ties", language)


# ---------------------------------------------------------------- school


def report_card(
    child: Person, school: str, district: str, year: str, grade: str, teacher: str
) -> Paper:
    s = Sheet(11, 8.5)
    s.text(0.5, 0.4, district.upper(), 9, "sans-bold", fill=(90, 30, 30))
    s.text(0.5, 0.6, school, 14, "serif-bold")
    s.text(10.5, 0.45, f"STUDENT PROGRESS REPORT {year}", 11, "sans-bold", align="right")
    s.text(
        0.5,
        1.0,
        f"Student: {child.last_first()}    Grade: {grade}    Teacher: {teacher}",
        9.5,
        "sans",
    )
    rows = [
        ["Subject", "Q1", "Q2", "Q3", "Q4", "Comments"],
        ["English Language Arts", "3", "3", "4", "", "Reads with growing fluency"],
        ["Mathematics", "2", "3", "3", "", "Practising multiplication facts"],
        ["Science", "3", "3", "3", "", ""],
        ["Social Studies", "3", "4", "4", "", "Great project on Delaware history"],
        ["Physical Education", "4", "4", "4", "", ""],
        ["Days Absent", "1", "0", "2", "", ""],
        ["Days Tardy", "0", "1", "0", "", ""],
    ]
    y = s.table(0.5, 1.4, [3.0, 0.7, 0.7, 0.7, 0.7, 4.2], rows, pt=9)
    s.text(
        0.5,
        y + 0.3,
        "4 = Exceeds standard  3 = Meets standard  2 = Approaching  1 = Beginning",
        8,
        "sans",
        fill=GREY,
    )
    s.signature(7.5, y + 0.7, teacher, 16)
    return drawn("report_card", [s], "school_record", child, "education")


def certificate(
    person: Person, org: str, line: str, title: str, dated: dt.date, signers: list[str], label: str
) -> Paper:
    """A certificate of completion in landscape, with a border and two signatures."""
    s = Sheet(11, 8.5)
    s.border(0.4, 3.0)
    s.center(1.0, org, 18, "schoolbook-bold")
    s.center(1.8, "CERTIFICATE OF COMPLETION", 26, "schoolbook-bold")
    s.center(2.7, "This certifies that", 13, "serif-italic")
    s.center(3.2, person.name, 30, "script")
    s.center(4.2, line, 13, "serif")
    s.center(4.6, title, 16, "serif-bold")
    s.center(5.2, f"Awarded {long(dated)}", 12, "serif")
    for i, signer in enumerate(signers):
        x = 2.0 + i * 4.5
        s.signature(x, 6.2, signer.split(",")[0], 18)
        s.line(x - 0.2, 6.75, x + 2.8, 6.75)
        s.text(x - 0.2, 6.8, signer, 9, "serif")
    s.seal(5.5, 6.9, 0.55, f" {org.upper()[:28]} * ", "")
    return drawn(label, [s], "diploma", person, "education")


# ---------------------------------------------------------------- police, courts, immigration


def police_report(
    victim: Person,
    agency: str,
    address: str,
    case_no: str,
    occurred: dt.date,
    offence: str,
    narrative: list[str],
    officer: str,
    pages: int = 2,
) -> Paper:
    """An incident report: boxed header block, persons table, narrative continued over pages."""
    p1 = Sheet()
    p1.text(0.6, 0.45, agency.upper(), 13, "sans-bold")
    p1.text(0.6, 0.7, address, 8.5, "sans")
    p1.text(7.9, 0.45, "INCIDENT REPORT", 13, "sans-bold", align="right")
    y = p1.grid(
        0.6,
        1.1,
        7.3,
        [
            (
                0.45,
                [
                    (2, "CASE NUMBER", case_no),
                    (2, "DATE/TIME OCCURRED", f"{us(occurred)} 21:40"),
                    (2, "DATE REPORTED", us(occurred)),
                ],
            ),
            (0.45, [(4, "OFFENSE", offence.upper()), (2, "DISPOSITION", "OPEN")]),
        ],
        value_face="sans-bold",
        value_pt=8.5,
    )
    y = p1.table(
        0.6,
        y + 0.2,
        [0.7, 2.6, 1.2, 0.6, 2.2],
        [
            ["Role", "Name (Last, First Middle)", "DOB", "Sex", "Address"],
            ["V-1", victim.last_first(False), us(victim.born), victim.sex, "on file"],
            ["S-1", "UNKNOWN / SEE NARRATIVE", "", "M", ""],
        ],
        pt=8,
    )
    y = p1.text(0.6, y + 0.25, "NARRATIVE", 10, "sans-bold")
    half = len(narrative) // 2 if pages == 2 else len(narrative)
    p1.paras(0.6, y + 0.05, 7.3, narrative[:half], gap=0.1, pt=9.5, face="mono")
    p1.text(7.9, 10.4, f"Page 1 of {pages}", 8, "sans", align="right")
    sheets = [p1]
    if pages == 2:
        p2 = Sheet()
        p2.text(0.6, 0.45, f"{agency.upper()}  -  CASE {case_no}  (continuation)", 9, "sans-bold")
        y = p2.paras(0.6, 0.9, 7.3, narrative[half:], gap=0.1, pt=9.5, face="mono")
        sheets.append(p2)
    last = sheets[-1]
    yy = 8.8
    last.signature(0.8, yy, officer.split()[-1], 16)
    last.text(0.6, yy + 0.5, f"Reporting officer: {officer}", 9, "sans")
    last.text(4.5, yy + 0.5, "Supervisor approval: Sgt. L. Whitcomb", 9, "sans")
    if pages == 2:
        last.text(7.9, 10.4, "Page 2 of 2", 8, "sans", align="right")
    return drawn("police_report", sheets, "police_report", victim, "crime_victim")


def protective_order(
    petitioner: Person, respondent: str, court: str, file_no: str, entered: dt.date, until: dt.date
) -> Paper:
    s = Sheet()
    s.center(0.6, court.upper(), 12, "serif-bold")
    s.center(0.85, "IN AND FOR NEW CASTLE COUNTY", 9, "serif")
    s.text(0.8, 1.3, f"{petitioner.name.upper()},", 10, "serif")
    s.text(1.2, 1.5, "Petitioner,", 10, "serif")
    s.text(0.8, 1.8, "v.", 10, "serif")
    s.text(0.8, 2.05, f"{respondent.upper()},", 10, "serif")
    s.text(1.2, 2.25, "Respondent.", 10, "serif")
    s.text(5.0, 1.5, f"File No. {file_no}", 10, "serif")
    s.text(5.0, 1.75, "Petition No. 24-31877", 10, "serif")
    s.center(2.8, "ORDER OF PROTECTION FROM ABUSE", 13, "serif-bold")
    s.center(3.05, "(Consent / After Hearing)", 9, "serif-italic")
    y = s.paras(
        0.9,
        3.5,
        6.7,
        [
            "The Court finds that the Respondent has committed abuse against the Petitioner as "
            "defined by 10 Del. C. § 1041, and it is ORDERED that:",
            "1. Respondent shall not abuse, threaten, harass or contact Petitioner directly or "
            "through others, by telephone, text message, social media or in person.",
            "2. Respondent shall stay at least 100 yards away from Petitioner, her residence, her "
            "workplace and the school of the parties' child.",
            "3. Petitioner is granted temporary custody of the minor child.",
            f"4. This Order is effective immediately and remains in effect until {long(until)}.",
        ],
        gap=0.14,
        pt=10.5,
        face="serif",
    )
    s.text(
        0.9,
        y + 0.4,
        f"SO ORDERED this {entered.day} day of {entered.strftime('%B, %Y')}.",
        10.5,
        "serif",
    )
    s.signature(4.6, y + 0.9, "Commissioner D. Haskell", 16)
    s.line(4.5, y + 1.4, 7.6, y + 1.4)
    s.text(4.5, y + 1.45, "Commissioner", 9, "serif")
    s.stamp(1.0, y + 1.0, ["FILED", entered.strftime("%b %d %Y").upper(), "FAMILY COURT"], 10)
    return drawn("protective_order", [s], "protective_order", petitioner, "crime_victim")


def supplement_b(
    victim: Person, agency: str, certifier: str, offence: str, occurred: dt.date, signed: dt.date
) -> Paper:
    """Form I-918 Supplement B, two pages: the certifying agency attests helpfulness."""
    p1 = Sheet()
    p1.text(0.6, 0.4, "Department of Homeland Security", 9, "sans")
    p1.text(0.6, 0.56, "U.S. Citizenship and Immigration Services", 9, "sans")
    p1.text(7.9, 0.4, "USCIS", 9, "sans-bold", align="right")
    p1.text(7.9, 0.56, "Form I-918", 9, "sans-bold", align="right")
    p1.text(7.9, 0.72, "Supplement B", 9, "sans-bold", align="right")
    p1.center(1.0, "U Nonimmigrant Status Certification", 14, "sans-bold")
    p1.rect(0.6, 1.4, 7.3, 0.3, outline=None, fill=(215, 215, 215))
    p1.text(0.7, 1.45, "Part 1. Victim Information", 10, "sans-bold")
    y = p1.grid(
        0.6,
        1.75,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1.a. Family Name (Last Name)", up(victim.surname)),
                    (1, "1.b. Given Name (First Name)", up(victim.given)),
                ],
            ),
            (
                0.45,
                [
                    (1, "3. Date of Birth (mm/dd/yyyy)", us(victim.born)),
                    (1, "4. Gender", "Female" if victim.sex == "F" else "Male"),
                ],
            ),
        ],
    )
    p1.rect(0.6, y + 0.2, 7.3, 0.3, outline=None, fill=(215, 215, 215))
    p1.text(0.7, y + 0.25, "Part 2. Agency Information", 10, "sans-bold")
    y = p1.grid(
        0.6,
        y + 0.55,
        7.3,
        [
            (0.45, [(2, "1. Name of Certifying Agency", agency)]),
            (
                0.45,
                [
                    (1, "2. Name of Certifying Official", certifier),
                    (1, "3. Title and Division", "Lieutenant, Criminal Investigations"),
                ],
            ),
        ],
    )
    p1.rect(0.6, y + 0.2, 7.3, 0.3, outline=None, fill=(215, 215, 215))
    p1.text(0.7, y + 0.25, "Part 3. Criminal Acts", 10, "sans-bold")
    y = p1.text(
        0.7,
        y + 0.65,
        "1. The applicant is a victim of criminal activity involving or similar to:",
        9,
    )
    p1.checkbox(0.9, y + 0.05, True, "Felonious Assault")
    p1.checkbox(3.0, y + 0.05, False, "Domestic Violence")
    p1.checkbox(5.0, y + 0.05, False, "Trafficking")
    p1.grid(
        0.6,
        y + 0.4,
        7.3,
        [
            (
                0.45,
                [
                    (1, "2. Date(s) of criminal activity", us(occurred)),
                    (2, "3. Statutory citation", offence),
                ],
            )
        ],
    )
    p1.text(7.9, 10.4, "Form I-918 Supplement B  Page 1 of 2", 8, "sans", align="right")
    p2 = Sheet()
    p2.rect(0.6, 0.5, 7.3, 0.3, outline=None, fill=(215, 215, 215))
    p2.text(0.7, 0.55, "Part 4. Helpfulness of the Victim", 10, "sans-bold")
    y = p2.checkbox(
        0.8, 1.0, True, "1. The victim possesses information concerning the criminal activity.", 9
    )
    y = p2.checkbox(
        0.8,
        y + 0.1,
        True,
        "2. The victim has been, is being, or is likely to be "
        "helpful in the investigation or prosecution.",
        9,
    )
    y = p2.para(
        0.8,
        y + 0.2,
        7.0,
        "3. Describe: The victim identified the suspect in a photo "
        "line-up, gave a recorded statement and appeared at the preliminary hearing.",
        9.5,
        "sans",
    )
    p2.rect(0.6, y + 0.3, 7.3, 0.3, outline=None, fill=(215, 215, 215))
    p2.text(0.7, y + 0.35, "Part 6. Certification", 10, "sans-bold")
    y = p2.para(
        0.8,
        y + 0.8,
        7.0,
        "I am the head of the agency listed in Part 2 or a person "
        "designated to issue U Nonimmigrant Status Certifications. I certify under "
        "penalty of perjury that the information is true and correct.",
        9.5,
        "sans",
    )
    p2.signature(1.0, y + 0.3, certifier, 18)
    p2.text(0.8, y + 0.85, f"Signature of Certifying Official    Date: {us(signed)}", 8.5, "sans")
    p2.text(7.9, 10.4, "Form I-918 Supplement B  Page 2 of 2", 8, "sans", align="right")
    return drawn(
        "i918_supplement_b", [p1, p2], "u_visa_certification", victim, "law_enforcement_cooperation"
    )


def disposition(
    person: Person,
    court: str,
    case_no: str,
    charge: str,
    offence_date: dt.date,
    disposed: dt.date,
    outcome: str,
) -> Paper:
    """A certified case disposition printed from a municipal court's case management system."""
    s = Sheet()
    s.center(0.55, court.upper(), 12, "serif-bold")
    s.center(0.8, "CERTIFIED RECORD OF DISPOSITION", 11, "serif-bold")
    lines = [
        f"Case Number ......... {case_no}",
        f"Defendant ........... {person.last_first(False)}",
        f"Date of Birth ....... {us(person.born)}",
        f"Offense Date ........ {us(offence_date)}",
        f"Charge .............. {charge}",
        "Plea ................ GUILTY",
        f"Disposition Date .... {us(disposed)}",
        f"Disposition ......... {outcome}",
        "Balance Due ......... $0.00   PAID IN FULL",
        "Case Status ......... CLOSED",
    ]
    s.lines(0.9, 1.4, lines, 10, "mono")
    s.para(
        0.9,
        4.3,
        6.7,
        "I certify that the above is a true and accurate abstract of the "
        "record of the court in the above case.",
        10,
        "serif",
    )
    s.signature(4.6, 5.0, "Renee Albrecht", 16)
    s.text(4.6, 5.5, "Renee Albrecht, Court Administrator", 9, "serif")
    s.seal(2.0, 5.4, 0.55, " MUNICIPAL COURT * SEAL * ", "")
    return drawn("court_disposition", [s], "court_record", person, ("rehabilitation", "other"))


def hearing_notice(
    person: Person, a_number: str, court_address: list[str], when: dt.date, judge: str
) -> Paper:
    s = Sheet()
    s.text(0.6, 0.5, "U.S. Department of Justice", 10, "serif-bold")
    s.text(0.6, 0.7, "Executive Office for Immigration Review", 10, "serif")
    s.text(0.6, 0.9, "Immigration Court", 10, "serif")
    s.lines(0.6, 1.2, court_address, 9, "sans")
    s.text(0.6, 2.0, f"RE: {up(person.surname)}, {up(person.given)}", 10, "mono")
    s.text(0.6, 2.2, f"FILE: A{a_number}", 10, "mono")
    s.text(5.0, 2.2, f"DATE: {us(when - dt.timedelta(days=80))}", 10, "mono")
    s.center(2.8, "NOTICE OF HEARING IN REMOVAL PROCEEDINGS", 12, "serif-bold")
    s.paras(
        0.9,
        3.3,
        6.7,
        [
            f"Your case has been scheduled for a MASTER hearing before the Immigration Judge on "
            f"{when.strftime('%b %d, %Y')} at 08:30 A.M. at the address above, Courtroom 2, before "
            f"{judge}.",
            "You may be represented in these proceedings, at no expense to the Government, by an "
            "attorney or other individual authorized to appear before the Immigration Court.",
            "Failure to appear at your hearing except for exceptional circumstances may result in "
            "one or more of the following actions: you may be taken into custody; you may be "
            "ordered removed in your absence.",
        ],
        gap=0.14,
        pt=10,
        face="serif",
    )
    s.text(0.6, 8.0, "CERTIFICATE OF SERVICE: THIS DOCUMENT WAS SERVED BY: MAIL (M)", 8, "mono")
    s.text(0.6, 8.2, "TO: [ ] ALIEN  [X] ALIEN c/o Custodial Officer  [ ] DHS", 8, "mono")
    s.text(0.6, 8.4, "BY: COURT STAFF  CL", 8, "mono")
    return drawn("eoir_hearing_notice", [s], "other", person, "other")


def pd_denial(
    person: Person, a_number: str, office: list[str], dated: dt.date, requested: dt.date
) -> Paper:
    """OPLA's letter declining a request for prosecutorial discretion."""
    s = Sheet()
    letterhead(
        s,
        "Office of the Principal Legal Advisor",
        [
            "U.S. Department of Homeland Security - U.S. Immigration and Customs Enforcement",
            *office,
        ],
        (30, 50, 90),
        "shield",
        face="sans-bold",
    )
    s.lines(0.9, 1.9, [long(dated), "", person.name, f"A{a_number}"], 10.5, "serif")
    s.paras(
        0.9,
        3.0,
        6.7,
        [
            "Re: Request for Prosecutorial Discretion",
            f"The Office of the Principal Legal Advisor (OPLA) has received your request dated "
            f"{long(requested)} that OPLA exercise prosecutorial discretion in your case.",
            "After careful consideration of the totality of the circumstances, OPLA has decided "
            "not to exercise prosecutorial discretion at this time. This decision does not "
            "preclude a future request should your circumstances change.",
        ],
        gap=0.16,
        pt=10.5,
        face="serif",
    )
    s.signature(1.0, 6.0, "M. Quintanilla", 18)
    s.lines(0.9, 6.55, ["Chief Counsel (Acting)", "OPLA Kansas City Field Location"], 10, "serif")
    return drawn("pd_denial", [s], "other", person, "other")


def g28(
    person: Person, a_number: str, rep: dict[str, Any], address: list[str], signed: dt.date
) -> Paper:
    """Form G-28, first page: attorney's and client's information in numbered boxes."""
    s = Sheet()
    s.text(0.6, 0.4, "Notice of Entry of Appearance", 13, "sans-bold")
    s.text(0.6, 0.62, "as Attorney or Accredited Representative", 13, "sans-bold")
    s.text(7.9, 0.4, "DHS", 10, "sans-bold", align="right")
    s.text(7.9, 0.58, "Form G-28", 10, "sans-bold", align="right")
    s.text(7.9, 0.76, "OMB No. 1615-0105", 8, "sans", align="right")
    s.rect(0.6, 1.1, 7.3, 0.28, outline=None, fill=(215, 215, 215))
    s.text(
        0.7,
        1.14,
        "Part 1. Information About Attorney or Accredited Representative",
        9.5,
        "sans-bold",
    )
    y = s.grid(
        0.6,
        1.45,
        7.3,
        [
            (
                0.45,
                [
                    (1, "2.a. Family Name (Last Name)", rep["name"].split()[-1].upper()),
                    (1, "2.b. Given Name (First Name)", rep["name"].split()[0].upper()),
                ],
            ),
            (0.45, [(2, "3.a. Street Number and Name", rep["address"][0])]),
            (0.45, [(2, "3.c. City or Town, State, ZIP Code", rep["address"][1])]),
            (0.45, [(1, "4. Daytime Telephone", rep["phone"]), (1, "6. Email", rep["email"])]),
        ],
    )
    s.rect(0.6, y + 0.2, 7.3, 0.28, outline=None, fill=(215, 215, 215))
    s.text(
        0.7,
        y + 0.24,
        "Part 3. Notice of Appearance as Attorney or Accredited Representative",
        9.5,
        "sans-bold",
    )
    y = s.grid(
        0.6,
        y + 0.55,
        7.3,
        [
            (
                0.45,
                [
                    (1, "6.a. Family Name of Client", up(person.surname)),
                    (1, "6.b. Given Name of Client", up(person.given)),
                ],
            ),
            (
                0.45,
                [
                    (1, "10. A-Number (if any)", f"A-{a_number}"),
                    (1, "EOIR ID of representative", rep["eoir_id"]),
                ],
            ),
            (0.45, [(2, "12.a. Client's Mailing Address", ", ".join(address))]),
        ],
    )
    s.text(0.7, y + 0.3, "Part 5. Signature of Client", 9.5, "sans-bold")
    s.signature(1.0, y + 0.5, person.name, 16)
    s.text(5.0, y + 0.7, f"Date {us(signed)}", 9, "sans")
    s.text(0.7, y + 1.3, "Part 6. Signature of Attorney", 9.5, "sans-bold")
    s.signature(1.0, y + 1.5, rep["name"], 16)
    s.text(5.0, y + 1.7, f"Date {us(signed)}", 9, "sans")
    return drawn("g28", [s], "g28", person, "other")
