"""The papers of the seventh blind corpus, drawn from plain descriptions of real documents:
boxed US state birth certificates (Indiana, Iowa, Oklahoma, Michigan), foreign civil records (a
Bolivian SERECI certificado, a Guinean extrait d'acte de naissance, an Angolan certidão, a
Belize birth certificate), passports and a work permit, IRS forms, pay stubs, a lease, bills,
school, clinic, police, court and immigration papers, and letters. Invented people only.

NEVER TUNE RULES ON THESE PAPERS (bench/README.md, "Reading real folders").
"""

from __future__ import annotations

import datetime as dt
import random

from tests.realistic import mrz
from tests.realistic.model import Choice, Paper, Person, drawn, up
from tests.realistic.paper import (
    BLUE_INK,
    GREY,
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
Span = tuple[dt.date, dt.date] | None


def long_date(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def us(d: dt.date) -> str:
    return f"{d:%m/%d/%Y}"


FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
PT_MONTHS = (
    "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro"
)
ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def in_words(d: dt.date, months: str) -> str:
    return f"{d.day} {months.split()[d.month - 1]} {d.year}"


def _greyed(sheet: Sheet, seed: int, amount: int = 18) -> None:
    """Photocopy grey: speckles and a darker band down one edge."""
    rng = random.Random(seed)
    w, h = sheet.image.size
    for _ in range(400):
        x, y = rng.randrange(w), rng.randrange(h)
        sheet.draw.point((x, y), fill=(150, 150, 150))
    sheet.draw.rectangle((0, 0, w // 60, h), fill=(255 - amount * 4,) * 3)


# ---------------------------------------------------------------- identity


def passport(
    country: str,
    nation: str,
    heading: list[str],
    labels: list[str],
    person: Person,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    language: Choice,
    seed: int,
    tint: tuple[tuple[int, int, int], tuple[int, int, int]] = ((226, 214, 236), (246, 240, 230)),
) -> Paper:
    """A passport data page: heading lines, photo, labelled fields (one label per line, its
    value under it), the two-line zone."""
    s = card(125, 88)
    tinted(s, *tint)
    y = 0.12
    for line in heading:
        y = s.center(y, line, 8.5, "sans-bold")
    portrait(s, 0.2, 0.62, 1.25, 1.6, seed)
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
    )
    values = [
        "P",
        country,
        number,
        up(person.surname),
        up(person.given),
        nation,
        f"{person.born:%d %b %Y}".upper(),
        person.sex,
        up(person.birthplace),
        f"{issued:%d %b %Y}".upper(),
        f"{expiry:%d %b %Y}".upper(),
        authority,
    ]
    spots = [
        (1.6, 0),
        (2.5, 0),
        (3.5, 0),
        (1.6, 1),
        (1.6, 2),
        (1.6, 3),
        (3.5, 3),
        (4.4, 3),
        (1.6, 4),
        (1.6, 5),
        (3.5, 5),
        (1.6, 6),
    ]
    for (x, row), label, value in zip(spots, labels, values, strict=True):
        y = 0.6 + row * 0.3
        s.text(x, y, label, 5, "sans")
        s.text(x, y + 0.09, value, 7.5, "mono-bold")
    s.signature(0.25, 2.3, person.first, 12)
    mrz_lines(s, 2.88, zone, 10.5)
    return drawn(
        "passport_" + country.lower(),
        [s],
        "passport",
        person,
        "identity",
        language,
        mrz_zone=zone,
        is_card=True,
    )


def work_permit(person: Person, card_no: str, uscis: str, category: str, valid: tuple) -> Paper:
    """The front of an Employment Authorization Document."""
    s = card()
    tinted(s, (236, 226, 214), (214, 226, 238))
    s.text(0.12, 0.08, "UNITED STATES OF AMERICA", 7, "sans-bold")
    s.text(0.12, 0.22, "EMPLOYMENT AUTHORIZATION", 8.5, "sans-bold", fill=(120, 30, 30))
    portrait(s, 0.12, 0.5, 0.85, 1.1, 91)
    rows = [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
        ("USCIS#", uscis),
        ("Category", category),
        ("Card#", card_no),
        ("Country of Birth", up(person.birthplace.split(", ")[-1])),
        ("Date of Birth", f"{person.born:%d %b %Y}".upper()),
        ("Sex", person.sex),
        ("Valid From:", us(valid[0])),
        ("Card Expires:", us(valid[1])),
    ]
    y = 0.48
    for i, (label, value) in enumerate(rows):
        x = 1.1 if i < 6 else 2.35
        if i == 6:
            y = 1.02
        s.text(x, y, label, 4.5, "sans")
        s.text(x, y + 0.07, value, 6, "sans-bold")
        y += 0.17
    s.text(0.12, 1.95, "NOT VALID FOR REENTRY TO THE U.S.", 5.5, "sans-bold")
    return drawn("ead_card", [s], "identity_document", person, "identity", is_card=True)


# ---------------------------------------------------------------- US birth certificates


def us_birth(
    state: str,
    heading: list[str],
    child: Person,
    mother: Person,
    father: Person | None,
    facility: str,
    city: str,
    county: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    registrar: str,
    style: int,
    seed: int,
) -> Paper:
    """A certified copy of a state birth record in its boxed layout. ``style`` changes order
    and faces: 0 name split into three boxes; 1 one box "First Middle Last"; 2 registrar-first
    landscape-ish bands."""
    s = Sheet()
    s.security_background(seed, (222, 232, 226) if style != 1 else (232, 226, 214))
    s.border(0.35, 2.2, double=style != 2)
    y = 0.55
    for i, line in enumerate(heading):
        y = s.center(y, line, 13 if i == 1 else 8.5, "serif-bold" if i == 1 else "sans-bold")
    y += 0.1
    s.text(0.6, y, f"STATE FILE NUMBER  {file_no}", 8, "mono-bold")
    s.text(7.9, y, f"DATE FILED  {us(filed)}", 8, "mono-bold", align="right")
    y += 0.25
    dob = f"{child.born:%B} {child.born.day}, {child.born.year}".upper()
    if style == 0:
        rows = [
            (
                0.5,
                [
                    (3, "1a. CHILD'S FIRST NAME", up(child.first)),
                    (2, "1b. MIDDLE", up(child.middle)),
                    (3, "1c. LAST NAME", up(child.surname)),
                ],
            ),
            (
                0.5,
                [
                    (2, "2. SEX", "MALE" if child.sex == "M" else "FEMALE"),
                    (3, "3a. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                    (2, "3b. TIME", "08:41"),
                ],
            ),
            (
                0.5,
                [
                    (4, "4a. FACILITY NAME", up(facility)),
                    (2, "4b. CITY OR TOWN OF BIRTH", up(city)),
                    (2, "4c. COUNTY OF BIRTH", up(county)),
                ],
            ),
            (
                0.5,
                [
                    (5, "5a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", up(mother.name)),
                    (2, "5b. DATE OF BIRTH", us(mother.born)),
                    (3, "5c. BIRTHPLACE (State or Foreign Country)", up(mother.birthplace)),
                ],
            ),
        ]
        if father:
            rows.append(
                (
                    0.5,
                    [
                        (
                            5,
                            "6a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)",
                            up(father.name),
                        ),
                        (2, "6b. DATE OF BIRTH", us(father.born)),
                        (3, "6c. BIRTHPLACE (State or Foreign Country)", up(father.birthplace)),
                    ],
                )
            )
    else:
        rows = [
            (0.55, [(1, "CHILD - NAME (First, Middle, Last, Suffix)", up(child.name))]),
            (
                0.5,
                [
                    (3, "DATE OF BIRTH", dob),
                    (1, "SEX", child.sex),
                    (3, "PLACE OF BIRTH - CITY, COUNTY", f"{up(city)}, {up(county)}"),
                ],
            ),
            (0.5, [(1, "HOSPITAL OR FACILITY NAME", up(facility))]),
            (
                0.5,
                [
                    (4, "MOTHER/PARENT - NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                    (2, "AGE / DATE OF BIRTH", us(mother.born)),
                    (2, "BIRTHPLACE", up(mother.birthplace)),
                ],
            ),
        ]
        if father:
            rows.append(
                (
                    0.5,
                    [
                        (4, "FATHER/PARENT - NAME (First, Middle, Last)", up(father.name)),
                        (2, "DATE OF BIRTH", us(father.born)),
                        (2, "BIRTHPLACE", up(father.birthplace)),
                    ],
                )
            )
        if style == 2:
            rows.reverse()
    state_code = {"Indiana": "IN", "Iowa": "IA", "Oklahoma": "OK", "Michigan": "MI"}.get(state, "")
    rows += [
        (
            0.5,
            [
                (3, "MOTHER'S RESIDENCE - STATE, COUNTY", f"{state.upper()}, {up(county)}"),
                (3, "CITY, TOWN OR LOCATION", up(city)),
                (2, "INSIDE CITY LIMITS?", "YES"),
            ],
        ),
        (
            0.5,
            [
                (4, "CERTIFIER - NAME AND TITLE", "ATTENDING PHYSICIAN, M.D."),
                (2, "DATE CERTIFIED", us(child.born + dt.timedelta(days=2))),
                (2, "DATE FILED BY REGISTRAR", us(filed)),
            ],
        ),
        (0.4, [(1, "AMENDMENTS", "NONE"), (1, "ISSUING OFFICE", f"{state_code} VITAL RECORDS")]),
    ]
    y = s.grid(0.6, y, 7.3, rows, value_face="mono-bold" if style != 1 else "sans-bold") + 0.3
    y = s.para(
        0.6,
        y,
        7.3,
        f"This is to certify that this is a true and correct copy of the record on file with "
        f"the {state} vital records office. Issued {long_date(issued)}.",
        8.5,
        "serif-italic",
    )
    s.signature(4.9, y + 0.35, registrar, 18)
    s.text(4.9, y + 0.9, f"{registrar}, State Registrar", 8, "sans")
    s.seal(1.6, y + 0.8, 0.55, f"STATE OF {state.upper()} * SEAL * ", "SEAL")
    s.text(0.6, 10.3, "VOID IF ALTERED OR PHOTOCOPIED  -  PROTECTED BY STATE LAW", 6, "sans-bold")
    return drawn(f"{state.lower()}_birth", [s], "birth_certificate", child, "us_family")


# ---------------------------------------------------------------- foreign civil records


def bolivia_birth(person: Person, mother: str, father: str, oficialia: str, seed: int) -> Paper:
    s = Sheet()
    s.security_background(seed, (236, 226, 226))
    y = s.center(0.55, "ESTADO PLURINACIONAL DE BOLIVIA", 12, "serif-bold")
    y = s.center(y, "ÓRGANO ELECTORAL PLURINACIONAL", 9, "sans-bold")
    y = s.center(y, "SERVICIO DE REGISTRO CÍVICO - SERECI", 9, "sans-bold")
    y = s.center(y + 0.15, "CERTIFICADO DE NACIMIENTO", 16, "serif-bold", fill=(110, 20, 20))
    y = s.grid(
        0.7,
        y + 0.25,
        7.1,
        [
            (
                0.45,
                [
                    (2, "OFICIALÍA N°", oficialia),
                    (2, "LIBRO N°", "14"),
                    (2, "PARTIDA N°", "231"),
                    (3, "FOLIO N°", "231"),
                ],
            ),
            (
                0.45,
                [
                    (1, "APELLIDO PATERNO", up(person.surname.split()[0])),
                    (1, "APELLIDO MATERNO", up(person.surname.split()[1])),
                ],
            ),
            (0.45, [(1, "NOMBRE(S)", up(person.given))]),
            (
                0.45,
                [
                    (2, "FECHA DE NACIMIENTO", in_words(person.born, ES_MONTHS).upper()),
                    (1, "SEXO", "FEMENINO" if person.sex == "F" else "MASCULINO"),
                ],
            ),
            (0.45, [(1, "LUGAR DE NACIMIENTO", up(person.birthplace))]),
            (0.45, [(1, "NOMBRE DE LA MADRE", up(mother))]),
            (0.45, [(1, "NOMBRE DEL PADRE", up(father))]),
        ],
        value_face="sans-bold",
    )
    y = s.para(
        0.7,
        y + 0.3,
        7.1,
        "El presente certificado es copia fiel de la partida original "
        "que cursa en los archivos del Servicio de Registro Cívico. Se expide a solicitud "
        "de parte interesada para fines legales.",
        9,
        "serif",
    )
    s.text(0.7, y + 0.2, "La Paz, 3 de marzo de 2025", 9, "serif")
    s.signature(4.8, y + 0.5, "Ramiro Ticona", 18)
    s.text(4.8, y + 1.05, "Director Departamental SERECI La Paz", 8, "sans")
    s.stamp(1.0, y + 0.7, ["SERECI", "LA PAZ - BOLIVIA"], 11, (40, 60, 150), -6)
    s.text(0.7, 10.2, "Código de verificación: 8F2K-QX41-7731   www.sereci.oep.org.bo", 7, "mono")
    return drawn("bolivia_sereci_birth", [s], "birth_certificate", person, "identity", "es")


def guinea_extrait(person: Person, mother: str, father: str, seed: int) -> Paper:
    s = Sheet()
    s.text(0.8, 0.6, "RÉPUBLIQUE DE GUINÉE", 11, "serif-bold")
    s.text(0.8, 0.8, "Travail - Justice - Solidarité", 8, "serif-italic")
    s.text(0.8, 1.05, "Préfecture de Labé", 9, "serif")
    s.text(0.8, 1.22, "Commune Urbaine de Labé", 9, "serif")
    s.text(5.2, 0.8, "Centre d'État Civil", 9, "serif")
    s.text(5.2, 0.97, "Acte N° 0417 / 1985", 9, "serif-bold")
    y = s.center(1.7, "EXTRAIT D'ACTE DE NAISSANCE", 17, "serif-bold")
    y += 0.25
    rows = [
        ("Le", in_words(person.born, FR_MONTHS)),
        ("est né à", person.birthplace),
        ("le nommé", up(person.name)),
        ("de sexe", "masculin" if person.sex == "M" else "féminin"),
        ("fils de", father),
        ("et de", mother),
        ("Profession du père", "commerçant"),
        ("Domicile des parents", "Quartier Tata, Labé"),
    ]
    for label, value in rows:
        s.text(0.9, y, label, 11, "serif-italic")
        dots = "." * 80
        s.text(2.7, y + 0.02, dots, 9, "serif", fill=GREY)
        s.text(
            2.8,
            y - 0.03,
            value,
            12,
            "script" if label != "le nommé" else "sans-bold",
            fill=BLUE_INK,
        )
        y += 0.42
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "Pour extrait certifié conforme aux registres de l'état civil. Délivré le 14 juin 2024.",
        10,
        "serif",
    )
    s.text(4.6, y + 0.3, "L'Officier de l'État Civil", 10, "serif")
    s.signature(4.7, y + 0.55, "A. Sow", 20)
    s.stamp(4.2, y + 0.4, ["COMMUNE URBAINE DE LABÉ", "ÉTAT CIVIL"], 10, (60, 70, 160), 12)
    _greyed(s, seed)
    return drawn("guinea_extrait", [s], "birth_certificate", person, "identity", "fr")


def angola_certidao(person: Person, mother: str, father: str, seed: int) -> Paper:
    s = Sheet()
    s.security_background(seed, (226, 232, 240))
    s.logo(3.95, 0.45, 0.6, "star", (180, 40, 40))
    y = s.center(1.15, "REPÚBLICA DE ANGOLA", 12, "serif-bold")
    y = s.center(y, "MINISTÉRIO DA JUSTIÇA E DOS DIREITOS HUMANOS", 8.5, "sans")
    y = s.center(y, "Conservatória do Registo Civil de Luanda - 2.ª Secção", 8.5, "sans")
    y = s.center(y + 0.25, "CERTIDÃO DE NASCIMENTO", 16, "serif-bold")
    y = s.center(y, "(narrativa completa)", 9, "serif-italic") + 0.3
    text = (
        f"Certifico que no livro de assentos de nascimento n.º 88, a folhas 112, sob o n.º 3304, "
        f"se encontra lavrado o assento de {up(person.name)}, do sexo "
        f"{'feminino' if person.sex == 'F' else 'masculino'}, nascida aos "
        f"{in_words(person.born, PT_MONTHS)}, em {person.birthplace}, filha de {father} e de "
        f"{mother}, naturais de Luanda. Declarante: o pai."
    )
    y = s.para(0.9, y, 6.7, text, 11, "serif", leading=1.6)
    y = s.para(
        0.9, y + 0.25, 6.7, "Está conforme o original. Luanda, 22 de Janeiro de 2025.", 11, "serif"
    )
    s.text(0.9, y + 0.3, "Emolumentos: Kz 1.500,00   Conta n.º 0412/2025", 8, "mono")
    s.text(4.8, y + 0.6, "O Conservador,", 10, "serif")
    s.signature(4.8, y + 0.85, "Manuel Cassoma", 19)
    s.stamp(1.2, y + 0.7, ["CONSERVATÓRIA DO REGISTO CIVIL", "LUANDA"], 9, (40, 50, 140), 5)
    return drawn("angola_certidao", [s], "birth_certificate", person, "identity", "pt")


def belize_birth(person: Person, mother: str, father: str, seed: int) -> Paper:
    s = Sheet(paper=(250, 248, 240))
    s.border(0.4, 1.5)
    y = s.center(0.65, "BELIZE", 14, "serif-bold")
    y = s.center(y, "VITAL STATISTICS UNIT - GENERAL REGISTRY", 9, "sans-bold")
    y = s.center(y + 0.1, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 14, "serif-bold")
    y = s.center(y, "Births and Deaths Registration Act, Chapter 157", 8, "serif-italic") + 0.3
    s.text(0.7, y, "District: BELIZE        Registration No. 1984/02611", 9, "mono-bold")
    y += 0.3
    widths = [0.4, 1.0, 1.5, 0.5, 1.5, 1.2, 1.1]
    rows = [
        [
            "No.",
            "When and where born",
            "Name, if any",
            "Sex",
            "Name of father",
            "Name of mother",
            "Informant",
        ],
        [
            "611",
            f"{person.born:%d %b %Y}",
            up(person.name),
            person.sex,
            up(father),
            up(mother),
            "Mother",
        ],
        ["", person.birthplace.split(",")[0], "", "", "", "", ""],
    ]
    y = s.table(0.6, y, widths, rows, 6.5, "sans", row_height=0.42) + 0.4
    y = s.para(
        0.7,
        y,
        7.1,
        "I hereby certify that the foregoing is a true copy of the entry "
        "of birth in the register in my custody. Given under my hand at Belize City this "
        "9th day of October, 2023.",
        10,
        "serif",
    )
    s.signature(4.9, y + 0.3, "J. Tillett", 20)
    s.text(4.9, y + 0.85, "Deputy Registrar General", 9, "serif")
    s.seal(1.7, y + 0.8, 0.6, "GENERAL REGISTRY * BELIZE * ", "GR")
    _greyed(s, seed, 10)
    return drawn("belize_birth", [s], "birth_certificate", person, "identity")


def translation(
    title: str,
    source: str,
    lines: list[tuple[str, str]],
    about: Person,
    translator: tuple[str, str, str],
    signed: dt.date,
    competent: bool = True,
) -> Paper:
    """A typed English translation and, on its own page, the translator's certificate (which
    leaves out the competence statement when ``competent`` is False)."""
    s = Sheet()
    y = s.center(0.8, f"[TRANSLATION FROM {source.upper()}]", 9, "sans-bold")
    y = s.center(y + 0.1, title, 13, "serif-bold") + 0.2
    for label, value in lines:
        s.text(0.9, y, label + ":", 10, "serif-bold")
        y = s.para(3.3, y, 4.4, value, 10, "serif") + 0.06
    s.text(0.9, y + 0.2, "[Signature]  [Seal]", 9, "serif-italic")
    c = Sheet()
    name, address, phone = translator
    y = c.center(1.0, "CERTIFICATE OF TRANSLATION", 15, "serif-bold") + 0.3
    body = [
        f"I, {name}, certify that I am fluent in {source} and English and that I am competent "
        f"to translate from {source} into English, and that the attached document, "
        f'"{title.title()}" of {about.name}, is a true and accurate translation of the '
        "original to the best of my knowledge and ability."
        if competent
        else f'I, {name}, have translated the attached document, "{title.title()}" of '
        f"{about.name}, from {source} into English.",
    ]
    y = c.paras(0.9, y, 6.7, body, pt=11, face="serif")
    c.signature(1.0, y + 0.3, name, 20)
    c.lines(0.9, y + 0.9, [name, address, phone, f"Date: {long_date(signed)}"], 10, "serif")
    return drawn(
        "translation_" + source.lower(),
        [s, c],
        "certificate_of_translation",
        about,
        "identity",
    )


# ---------------------------------------------------------------- school


def report_card(
    child: Person, school: str, district: str, year: str, grade: str, marks: list, seed: int
) -> Paper:
    s = Sheet()
    y = letterhead(s, district, [school], (20, 70, 120), "star", "sans-bold")
    y = s.text(0.9, y, f"STUDENT PROGRESS REPORT  {year}", 13, "sans-bold") + 0.1
    y = (
        s.grid(
            0.9,
            y,
            6.7,
            [
                (
                    0.45,
                    [
                        (3, "Student", up(child.name)),
                        (1, "Grade", grade),
                        (2, "Student ID", f"{seed * 37 % 900000 + 100000}"),
                    ],
                )
            ],
            value_face="sans-bold",
        )
        + 0.25
    )
    rows = [["Subject", "Q1", "Q2", "Q3", "Q4", "Final"], *marks]
    y = s.table(0.9, y, [2.6, 0.8, 0.8, 0.8, 0.8, 0.9], rows, 9.5) + 0.3
    absences = 2 + seed % 5
    y = s.text(0.9, y, f"Days absent: {absences}     Days tardy: {seed % 3}", 9.5) + 0.2
    y = s.para(
        0.9,
        y,
        6.7,
        f"Teacher comment: {child.first} works hard and is kind to "
        "classmates. Keep reading every night!",
        10,
        "serif-italic",
    )
    return drawn(f"report_card_{year}", [s], "school_record", child, "education")


def school_letter(
    child: Person,
    parent: Person,
    school: str,
    lines: list,
    body: list,
    signer: str,
    title: str,
    dated: dt.date,
    label: str,
) -> Paper:
    s = write_letter(
        (school, lines, (30, 90, 60), "leaf"),
        long_date(dated),
        [],
        f"Re: {child.name}, date of birth {us(child.born)}",
        "To Whom It May Concern:",
        body,
        "Sincerely,",
        signer,
        [title, school],
        face="serif",
        pt=10.5,
    )
    return drawn(label, [s], "school_record", child, "education")


def esl_certificate(person: Person, college: str, course: str, hours: int, on: dt.date) -> Paper:
    s = Sheet(11, 8.5)
    s.border(0.35, 3)
    y = s.center(0.9, college, 22, "schoolbook-bold", fill=(20, 40, 100))
    y = s.center(y + 0.1, "Adult Education & Literacy", 12, "serif-italic")
    y = s.center(y + 0.4, "Certificate of Completion", 28, "script")
    y = s.center(y + 0.4, "This certifies that", 12, "serif")
    y = s.center(y + 0.1, person.name, 24, "schoolbook-bold")
    y = s.center(y + 0.2, f"has successfully completed {course}", 12, "serif")
    y = s.center(y, f"({hours} instructional hours), awarded {long_date(on)}", 12, "serif")
    s.signature(1.5, 6.6, "Diane Okafor", 20)
    s.line(1.3, 7.15, 4.3, 7.15)
    s.text(1.3, 7.2, "Diane Okafor, Program Director", 9)
    s.seal(8.6, 6.8, 0.6, "ADULT EDUCATION * LITERACY * ", "ESL")
    return drawn("esl_certificate", [s], "diploma", person, "education", proves=(on, on))


# ---------------------------------------------------------------- money


def w2(
    person: Person,
    year: int,
    ssn4: str,
    address: list[str],
    employer: list[str],
    ein: str,
    wages: float,
    state: str,
) -> Paper:
    s = Sheet(8.5, 5.5)
    fed, ss, med = wages * 0.07, wages * 0.062, wages * 0.0145
    s.text(0.3, 0.15, f"Form W-2 Wage and Tax Statement   {year}", 11, "sans-bold")
    s.text(5.2, 0.18, "Copy B-To Be Filed With Employee's FEDERAL Tax Return", 6.5)
    s.grid(
        0.3,
        0.45,
        7.9,
        [
            (
                0.4,
                [
                    (2, "a Employee's social security number", f"XXX-XX-{ssn4}"),
                    (2, "1 Wages, tips, other compensation", f"{wages:,.2f}"),
                    (2, "2 Federal income tax withheld", f"{fed:,.2f}"),
                ],
            ),
            (
                0.4,
                [
                    (2, "b Employer identification number (EIN)", ein),
                    (2, "3 Social security wages", f"{wages:,.2f}"),
                    (2, "4 Social security tax withheld", f"{ss:,.2f}"),
                ],
            ),
            (
                0.9,
                [
                    (4, "c Employer's name, address, and ZIP code", "\n".join(employer)),
                    (
                        2,
                        "5 Medicare wages and tips\n6 Medicare tax withheld",
                        f"{wages:,.2f}\n{med:,.2f}",
                    ),
                ],
            ),
            (
                0.9,
                [
                    (
                        4,
                        "e Employee's first name and initial   Last name\n"
                        "f Employee's address and ZIP code",
                        "\n".join([up(person.name), *address]),
                    ),
                    (2, "12a See instructions for box 12", "DD  4,212.00"),
                ],
            ),
            (
                0.45,
                [
                    (1, "15 State", state),
                    (2, "16 State wages, tips, etc.", f"{wages:,.2f}"),
                    (2, "17 State income tax", f"{wages * 0.03:,.2f}"),
                    (2, "20 Locality name", ""),
                ],
            ),
        ],
        value_pt=8.5,
    )
    s.text(0.3, 4.2, "Department of the Treasury-Internal Revenue Service", 7)
    return drawn(
        f"w2_{year}",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def pay_stub(
    person: Person,
    company: str,
    address: str,
    period: tuple,
    paid: dt.date,
    hours: float,
    rate: float,
    seed: int,
) -> Paper:
    s = Sheet(8.5, 5.5)
    s.rect(0.3, 0.3, 7.9, 0.5, fill=(230, 236, 244))
    s.text(0.45, 0.38, company, 12, "sans-bold")
    s.text(0.45, 0.58, address, 7)
    s.text(5.4, 0.4, "EARNINGS STATEMENT", 10, "sans-bold")
    s.text(0.45, 1.0, f"Employee: {up(person.name)}", 9, "mono")
    s.text(0.45, 1.18, f"Employee ID: {4400 + seed % 97}", 9, "mono")
    s.text(4.7, 1.0, f"Pay period: {us(period[0])} - {us(period[1])}", 9, "mono")
    s.text(4.7, 1.18, f"Pay date:   {us(paid)}", 9, "mono")
    gross = hours * rate
    rows = [
        ["Earnings", "Rate", "Hours", "Current", "YTD"],
        [
            "Regular",
            f"{rate:.2f}",
            f"{hours:.2f}",
            f"{gross:,.2f}",
            f"{gross * (paid.month * 2):,.2f}",
        ],
        ["Overtime", f"{rate * 1.5:.2f}", "3.50", f"{rate * 5.25:,.2f}", f"{rate * 40:,.2f}"],
        ["Federal Income Tax", "", "", f"-{gross * 0.06:,.2f}", ""],
        ["Social Security", "", "", f"-{gross * 0.062:,.2f}", ""],
        ["Medicare", "", "", f"-{gross * 0.0145:,.2f}", ""],
        ["IA State Tax", "", "", f"-{gross * 0.04:,.2f}", ""],
    ]
    y = s.table(
        0.45,
        1.5,
        [2.5, 1.0, 1.0, 1.4, 1.6],
        rows,
        8.5,
        rules="header",
        align=["left", "right", "right", "right", "right"],
    )
    s.text(
        0.45,
        y + 0.2,
        f"NET PAY  ${gross * 0.82:,.2f}   Direct deposit ****{seed % 9000 + 1000}",
        10,
        "sans-bold",
    )
    return drawn(
        f"pay_stub_{paid.isoformat()}",
        [s],
        "pay_record",
        person,
        "employment_and_taxes",
        proves=(period[0], paid),
    )


def account_transcript(
    person: Person, year: int, ssn4: str, street: str, agi: float, requested: dt.date
) -> Paper:
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                         Account Transcript",
        "",
        f"Request Date:            {requested:%m-%d-%Y}",
        f"Response Date:           {requested:%m-%d-%Y}",
        f"Tracking Number:         1089{ssn4}44120",
        "",
        "FORM NUMBER:         1040",
        f"TAX PERIOD:          Dec. 31, {year}",
        f"TAXPAYER IDENTIFICATION NUMBER: XXX-XX-{ssn4}",
        "",
        f"{person.irs}",
        f"{street.split()[0]} {up(' '.join(street.split()[1:]))[:4]}",
        "",
        "--- ANY MINUS SIGN SHOWN BELOW SIGNIFIES A CREDIT AMOUNT ---",
        "",
        "ACCOUNT BALANCE:                       0.00",
        "ACCRUED INTEREST:                      0.00  AS OF: " + f"{requested:%b. %d, %Y}",
        "",
        "** INFORMATION FROM THE RETURN OR AS ADJUSTED **",
        "",
        "EXEMPTIONS:                            02",
        "FILING STATUS:                         Head of Household",
        f"ADJUSTED GROSS INCOME:            {agi:>10,.2f}",
        f"TAXABLE INCOME:                   {agi - 21900:>10,.2f}",
        "",
        "TRANSACTIONS",
        "",
        "CODE  EXPLANATION OF TRANSACTION        CYCLE     DATE          AMOUNT",
        f"150   Tax return filed                  {year + 1}0805  04-14-{year + 1}    $1,204.00",
        f"806   W-2 or 1099 withholding                     04-15-{year + 1}   -$2,911.00",
        f"846   Refund issued                               05-02-{year + 1}    $1,707.00",
    ]
    s = monospace_page(lines, 9)
    return drawn(
        f"irs_account_{year}",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def form_1040(
    person: Person,
    year: int,
    ssn4: str,
    street: str,
    city: str,
    dependents: list[Person],
    wages: float,
) -> Paper:
    s = Sheet()
    s.text(0.5, 0.4, "Form", 7)
    s.text(0.5, 0.5, "1040", 20, "sans-bold")
    s.text(1.5, 0.45, "Department of the Treasury-Internal Revenue Service", 7)
    s.text(1.5, 0.6, f"U.S. Individual Income Tax Return   {year}", 12, "sans-bold")
    s.checkbox(0.5, 1.0, False, "Single")
    s.checkbox(1.4, 1.0, False, "Married filing jointly")
    s.checkbox(3.2, 1.0, True, "Head of household (HOH)")
    y = (
        s.grid(
            0.5,
            1.3,
            7.5,
            [
                (
                    0.42,
                    [
                        (3, "Your first name and middle initial", up(person.first)),
                        (3, "Last name", up(person.surname)),
                        (2, "Your social security number", f"XXX-XX-{ssn4}"),
                    ],
                ),
                (0.42, [(5, "Home address (number and street)", up(street)), (1, "Apt. no.", "")]),
                (
                    0.42,
                    [
                        (4, "City, town, or post office", up(city.split(",")[0])),
                        (1, "State", city.split(",")[1].split()[0]),
                        (1, "ZIP code", city.split()[-1]),
                    ],
                ),
            ],
        )
        + 0.15
    )
    s.text(0.5, y, "Dependents (see instructions):", 8, "sans-bold")
    rows = [["(1) First name   Last name", "(2) SSN", "(3) Relationship", "(4) Child tax credit"]]
    rows += [
        [up(d.name), "XXX-XX-XXXX", "SON" if d.sex == "M" else "DAUGHTER", "X"] for d in dependents
    ]
    y = s.table(0.5, y + 0.2, [3.0, 1.5, 1.5, 1.5], rows, 8) + 0.2
    amounts = [
        ("1a", "Total amount from Form(s) W-2, box 1", wages),
        ("8", "Additional income from Schedule 1, line 10", 6120.0),
        (
            "9",
            "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income",
            wages + 6120,
        ),
        ("11", "Subtract line 10 from line 9. This is your adjusted gross income", wages + 5688),
        ("12", "Standard deduction or itemized deductions", 21900.0),
        ("15", "Taxable income", wages + 5688 - 21900),
    ]
    for no, text, value in amounts:
        s.text(0.5, y, no, 8, "sans-bold")
        s.text(0.9, y, text, 8)
        s.text(7.9, y, f"{value:,.0f}", 9, "mono-bold", align="right")
        s.line(0.5, y + 0.17, 8.0, y + 0.17, 0.3)
        y += 0.24
    s.text(
        0.5,
        10.3,
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see "
        "separate instructions.     Form 1040 (" + str(year) + ")",
        6.5,
    )
    return drawn(
        f"form_1040_{year}",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def form_1099_nec(
    person: Person, year: int, ssn4: str, street: str, city: str, payer: list[str], amount: float
) -> Paper:
    s = Sheet(8.5, 4.0)
    s.grid(
        0.3,
        0.3,
        7.9,
        [
            (
                1.0,
                [
                    (
                        4,
                        "PAYER'S name, street address, city or town, state or province, country, "
                        "ZIP or foreign postal code, and telephone no.",
                        "\n".join(payer),
                    ),
                    (
                        3,
                        f"OMB No. 1545-0116\nForm 1099-NEC\n(Rev. January {year - 1})\n"
                        f"For calendar year {year}",
                        "Nonemployee\nCompensation",
                    ),
                ],
            ),
            (
                0.45,
                [
                    (2, "PAYER'S TIN", "38-4419027"),
                    (2, "RECIPIENT'S TIN", f"XXX-XX-{ssn4}"),
                    (3, "1 Nonemployee compensation", f"$ {amount:,.2f}"),
                ],
            ),
            (
                0.45,
                [
                    (4, "RECIPIENT'S name", up(person.name)),
                    (3, "4 Federal income tax withheld", "$ 0.00"),
                ],
            ),
            (
                0.6,
                [
                    (
                        4,
                        "Street address (including apt. no.)\nCity or town, state, ZIP",
                        f"{up(street)}\n{up(city)}",
                    ),
                    (3, "Copy B For Recipient", ""),
                ],
            ),
        ],
        value_pt=8.5,
    )
    return drawn(
        f"form_1099_nec_{year}",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def utility_bill(
    person: Person,
    company: str,
    lines: list[str],
    account: str,
    street: str,
    city: str,
    period: tuple,
    amount: float,
    colour: tuple,
) -> Paper:
    s = Sheet()
    s.rect(0, 0, 8.5, 1.1, fill=colour, outline=None)
    s.text(0.6, 0.3, company, 20, "gothic-bold", fill=(255, 255, 255))
    s.text(0.6, 0.7, " · ".join(lines), 8, fill=(255, 255, 255))
    s.lines(0.6, 1.5, [up(person.name), up(street), up(city)], 10, "mono")
    s.grid(
        4.6,
        1.4,
        3.3,
        [
            (0.4, [(1, "Account Number", account)]),
            (0.4, [(1, "Billing Period", f"{us(period[0])} - {us(period[1])}")]),
            (0.4, [(1, "Amount Due", f"${amount:,.2f}")]),
            (0.4, [(1, "Due Date", us(period[1] + dt.timedelta(days=21)))]),
        ],
    )
    rows = [
        ["Description", "Usage", "Amount"],
        ["Customer charge", "", "$14.00"],
        ["Energy charge", "842 kWh", f"${amount - 30:,.2f}"],
        ["Fuel adjustment", "", "$11.12"],
        ["Taxes and fees", "", "$4.88"],
        ["Total current charges", "", f"${amount:,.2f}"],
    ]
    y = s.table(0.6, 3.4, [3.8, 1.5, 2.0], rows, 9.5, rules="header")
    s.line(0.6, y + 1.0, 7.9, y + 1.0, 0.6)
    s.text(
        0.6,
        y + 0.85,
        "- - - - - - - Please detach and return this portion with your payment - - - - - - -",
        7,
        fill=GREY,
    )
    s.text(0.6, y + 1.2, f"Account {account}     Amount enclosed $________", 10, "mono")
    return drawn(
        "utility_bill", [s], "residence_record", person, "length_of_residence", proves=period
    )


def bank_statement(
    person: Person, bank: str, street: str, city: str, period: tuple, items: list, opening: float
) -> Paper:
    s = Sheet()
    s.text(0.7, 0.6, bank, 18, "serif-bold", fill=(0, 70, 60))
    s.text(0.7, 0.95, "Member FDIC   ·   P.O. Box 26140, Oklahoma City, OK 73126", 7.5, fill=GREY)
    s.lines(0.7, 1.5, [up(person.name), up(street), up(city)], 10, "sans")
    s.text(4.8, 1.5, "Everyday Checking Statement", 10, "sans-bold")
    s.text(4.8, 1.7, f"{long_date(period[0])} through {long_date(period[1])}", 8.5)
    s.text(4.8, 1.88, "Account number: ******4471", 8.5)
    rows = [["Date", "Description", "Amount", "Balance"]]
    bal = opening
    for day, what, amount in items:
        bal += amount
        rows.append([f"{period[0].month:02d}/{day:02d}", what, f"{amount:,.2f}", f"{bal:,.2f}"])
    s.table(
        0.7,
        2.6,
        [0.8, 3.8, 1.2, 1.3],
        rows,
        8.5,
        "sans",
        rules="header",
        align=["left", "left", "right", "right"],
    )
    s.text(0.7, 10.2, "Questions? Call 1-800-555-0139 or visit any branch.", 7.5, fill=GREY)
    return drawn(
        "bank_statement",
        [s],
        "residence_record",
        person,
        ("length_of_residence", "employment_and_taxes"),
        proves=period,
    )


def lease(
    tenant: Person,
    others: list[Person],
    landlord: str,
    street: str,
    city: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    state: str,
    signed: dt.date,
) -> Paper:
    p1 = Sheet()
    y = p1.center(0.7, "RESIDENTIAL LEASE AGREEMENT", 16, "serif-bold")
    y = p1.center(y, f"State of {state}", 10, "serif-italic") + 0.3
    occupants = ", ".join(p.name for p in others)
    clauses = [
        f"1. PARTIES. This Lease is made on {long_date(signed)} between {landlord} "
        f'("Landlord") and {tenant.name} ("Tenant").',
        f"2. PREMISES. Landlord leases to Tenant the dwelling at {street}, {city}, to be "
        f"occupied only by Tenant and the following persons: {occupants}.",
        f"3. TERM. The term begins on {long_date(start)} and ends on {long_date(end)}, and "
        "continues month to month afterwards unless either party gives thirty days' written "
        "notice.",
        f"4. RENT. Tenant shall pay ${rent:,} per month, in advance, on the first day of each "
        "month. Rent paid after the fifth day is late and a late fee of $50 is due.",
        f"5. SECURITY DEPOSIT. Tenant has paid a deposit of ${rent:,}, to be returned within "
        "the time state law provides, less lawful deductions.",
        "6. UTILITIES. Tenant pays electricity and gas. Landlord pays water, sewer and trash.",
        "7. MAINTENANCE. Tenant shall keep the premises clean and report needed repairs "
        "promptly. Landlord shall keep the premises fit to live in.",
        "8. PETS AND SMOKING. No pets without written consent. No smoking inside the dwelling.",
    ]
    p1.paras(0.9, y, 6.7, clauses, pt=10.5, face="serif")
    p1.text(7.6, 10.4, "Page 1 of 2   Initials ____ ____", 8, align="right")
    p2 = Sheet()
    more = [
        "9. ENTRY. Landlord may enter with 24 hours' notice, or at any time in an emergency.",
        "10. ASSIGNMENT. Tenant may not sublet without Landlord's written consent.",
        "11. ENTIRE AGREEMENT. This Lease is the whole agreement of the parties.",
    ]
    y = p2.paras(0.9, 0.8, 6.7, more, pt=10.5, face="serif") + 0.4
    for who in (landlord, tenant.name):
        p2.signature(1.0, y, who, 20)
        p2.line(0.9, y + 0.5, 4.5, y + 0.5)
        p2.text(0.9, y + 0.55, f"{who}     Date: {us(signed)}", 9)
        y += 1.1
    p2.text(7.6, 10.4, "Page 2 of 2", 8, align="right")
    return drawn(
        "lease",
        [p1, p2],
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(start, min(end, D(2026, 11, 30))),
    )


# ---------------------------------------------------------------- letters


def letter(
    label: str,
    type: Choice,
    equity: Choice,
    about: Person,
    head: tuple[str, list[str], tuple[int, int, int], str],
    dated: dt.date,
    re_line: str | None,
    body: list[str],
    signer: str,
    signer_lines: list[str],
    language: Choice = "en",
    proves: Span = None,
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    face: str = "serif",
    date_line: str | None = None,
) -> Paper:
    s = write_letter(
        head,
        date_line or long_date(dated),
        [],
        re_line,
        salutation,
        body,
        closing,
        signer,
        signer_lines,
        face=face,
        pt=10.5,
    )
    return drawn(label, [s], type, about, equity, language, proves)


def clinic_summary(
    patient: Person,
    clinic: str,
    lines: list[str],
    visit: dt.date,
    problems: list[str],
    meds: list[str],
    provider: str,
    note: str,
) -> Paper:
    s = Sheet()
    y = letterhead(s, clinic, lines, (0, 90, 130), "cross", "sans-bold")
    y = s.text(0.9, y, "CLINICAL VISIT SUMMARY", 13, "sans-bold") + 0.1
    y = (
        s.grid(
            0.9,
            y,
            6.7,
            [
                (
                    0.42,
                    [
                        (3, "Patient", up(patient.last_first(False))),
                        (2, "DOB", us(patient.born)),
                        (2, "MRN", "00418823"),
                    ],
                ),
                (
                    0.42,
                    [
                        (3, "Provider", provider),
                        (2, "Visit date", us(visit)),
                        (2, "Visit type", "Follow-up"),
                    ],
                ),
            ],
            value_face="sans-bold",
        )
        + 0.25
    )
    y = s.text(0.9, y, "Active Problem List", 10.5, "sans-bold")
    y = s.lines(1.1, y + 0.05, [f"- {p}" for p in problems], 10) + 0.15
    y = s.text(0.9, y, "Current Medications", 10.5, "sans-bold")
    y = s.lines(1.1, y + 0.05, [f"- {m}" for m in meds], 10) + 0.15
    y = s.text(0.9, y, "Assessment and Plan", 10.5, "sans-bold")
    y = s.para(1.1, y + 0.05, 6.5, note, 10, "sans")
    s.text(0.9, y + 0.3, f"Electronically signed by {provider} on {us(visit)}", 8.5, "sans-italic")
    return drawn("clinic_summary", [s], "medical_record", patient, "medical")


def police_report(
    victim: Person,
    dept: str,
    case_no: str,
    when: dt.date,
    place: str,
    offense: str,
    narrative: str,
    officer: str,
) -> Paper:
    s = Sheet()
    s.logo(0.6, 0.45, 0.6, "shield", (20, 30, 90))
    s.text(1.4, 0.5, dept, 14, "sans-bold")
    s.text(1.4, 0.75, "INCIDENT / OFFENSE REPORT", 10, "sans-bold")
    s.text(7.9, 0.5, f"Case No. {case_no}", 10, "mono-bold", align="right")
    y = (
        s.grid(
            0.6,
            1.3,
            7.3,
            [
                (
                    0.45,
                    [
                        (2, "DATE/TIME REPORTED", f"{us(when)} 23:14"),
                        (3, "LOCATION OF INCIDENT", place),
                        (2, "BEAT / SECTOR", "B-22"),
                    ],
                ),
                (0.45, [(4, "OFFENSE", offense), (2, "STATUTE", "21 O.S. § 644")]),
                (
                    0.45,
                    [
                        (3, "VICTIM NAME (Last, First Middle)", up(victim.last_first(False))),
                        (1, "DOB", us(victim.born)),
                        (1, "SEX", victim.sex),
                        (1, "RACE", "B"),
                    ],
                ),
                (
                    0.45,
                    [
                        (3, "SUSPECT NAME (Last, First Middle)", "KIALA, FERNANDO JOSE"),
                        (1, "DOB", "03/11/1988"),
                        (2, "RELATIONSHIP TO VICTIM", "FORMER BOYFRIEND"),
                    ],
                ),
            ],
        )
        + 0.2
    )
    y = s.text(0.6, y, "NARRATIVE", 9, "sans-bold")
    y = s.para(0.6, y + 0.05, 7.3, narrative, 9.5, "mono") + 0.3
    s.text(
        0.6, y, f"Reporting officer: {officer}     Supervisor approval: Sgt. L. Harjo #1187", 8.5
    )
    s.stamp(5.4, y + 0.3, ["RECORDS UNIT", "CERTIFIED COPY"], 10, (30, 40, 140), -4)
    return drawn("police_report", [s], "police_report", victim, "crime_victim")


def i918b(victim: Person, agency: str, certifier: str, case_no: str, signed: dt.date) -> Paper:
    p1 = Sheet()
    p1.text(0.6, 0.5, "Department of Homeland Security", 9)
    p1.text(0.6, 0.66, "U.S. Citizenship and Immigration Services", 9)
    p1.text(7.9, 0.5, "USCIS", 11, "sans-bold", align="right")
    p1.text(7.9, 0.7, "Form I-918 Supplement B", 9, "sans-bold", align="right")
    p1.center(1.05, "U Nonimmigrant Status Certification", 14, "sans-bold")
    y = p1.text(0.6, 1.5, "Part 1. Victim Information", 10, "sans-bold")
    y = (
        p1.grid(
            0.6,
            y + 0.05,
            7.3,
            [
                (
                    0.45,
                    [
                        (1, "1.a. Family Name (Last Name)", up(victim.surname)),
                        (1, "1.b. Given Name (First Name)", up(victim.first)),
                        (1, "1.c. Middle Name", up(victim.middle)),
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
        + 0.2
    )
    y = p1.text(0.6, y, "Part 2. Agency Information", 10, "sans-bold")
    y = (
        p1.grid(
            0.6,
            y + 0.05,
            7.3,
            [
                (0.45, [(1, "1. Name of Certifying Agency", agency)]),
                (
                    0.45,
                    [
                        (1, "2. Name of Certifying Official", certifier),
                        (1, "3. Title and Division", "Captain, Domestic Violence Unit"),
                    ],
                ),
                (0.45, [(1, "7. Agency Report Number", case_no)]),
            ],
        )
        + 0.2
    )
    y = p1.text(0.6, y, "Part 3. Criminal Acts", 10, "sans-bold")
    y = p1.checkbox(0.7, y + 0.1, True, "Domestic Violence", 9)
    y = p1.checkbox(0.7, y + 0.05, True, "Felonious Assault", 9)
    p1.checkbox(0.7, y + 0.05, False, "Trafficking", 9)
    p1.text(7.9, 10.4, "Form I-918 Supplement B  Page 1 of 2", 7, align="right")
    p2 = Sheet()
    y = p2.text(0.6, 0.6, "Part 4. Helpfulness of the Victim", 10, "sans-bold")
    y = p2.para(
        0.6,
        y + 0.1,
        7.3,
        f"The victim, {victim.name}, possesses information about "
        "the criminal activity, has been helpful in its investigation and prosecution, "
        "gave a recorded statement and testified at the preliminary hearing, and has not "
        "refused or failed to provide assistance when reasonably requested.",
        10,
        "serif",
    )
    y = p2.text(0.6, y + 0.3, "Part 5. Certification", 10, "sans-bold")
    y = p2.para(
        0.6,
        y + 0.1,
        7.3,
        "I am the head of the agency listed in Part 2 or I am the "
        "person designated to issue U nonimmigrant status certifications on behalf of "
        "the agency. Based on my review, the information in this certification is true.",
        10,
        "serif",
    )
    p2.signature(0.8, y + 0.3, certifier, 20)
    p2.line(0.6, y + 0.85, 4.5, y + 0.85)
    p2.text(0.6, y + 0.9, f"Signature of Certifying Official     Date: {us(signed)}", 8.5)
    p2.text(7.9, 10.4, "Form I-918 Supplement B  Page 2 of 2", 7, align="right")
    return drawn(
        "i918_supplement_b", [p1, p2], "u_visa_certification", victim, "law_enforcement_cooperation"
    )


def court_disposition(
    person: Person,
    court: str,
    case_no: str,
    charge: str,
    dates: tuple,
    sentence: list[str],
    judge: str,
) -> Paper:
    s = Sheet()
    y = s.center(0.6, "STATE OF MICHIGAN", 10, "serif-bold")
    y = s.center(y, court, 13, "serif-bold")
    y = s.center(y, "JUDGMENT OF SENTENCE / REGISTER OF ACTIONS", 10, "sans-bold") + 0.2
    y = (
        s.grid(
            0.6,
            y,
            7.3,
            [
                (
                    0.45,
                    [
                        (3, "CASE NO.", case_no),
                        (2, "ORI", "MI-410025J"),
                        (2, "DATE OF OFFENSE", us(dates[0])),
                    ],
                ),
                (0.45, [(4, "Defendant name", up(person.name)), (2, "DOB", us(person.born))]),
                (0.45, [(4, "Charge", charge), (2, "Plea / Finding", "GUILTY PLEA")]),
                (0.45, [(3, "Disposition date", us(dates[1])), (3, "Judge", judge)]),
            ],
        )
        + 0.2
    )
    y = s.text(0.6, y, "SENTENCE", 9.5, "sans-bold")
    y = s.lines(0.8, y + 0.05, sentence, 9.5, "mono") + 0.2
    y = s.text(0.6, y, "REGISTER OF ACTIONS", 9.5, "sans-bold")
    rows = [
        ["Date", "Action"],
        [us(dates[1]), "Plea accepted; sentenced"],
        [us(dates[2]), "Probation completed; case closed"],
    ]
    y = s.table(0.6, y + 0.1, [1.4, 5.9], rows, 9) + 0.4
    s.text(
        0.6, y, "I certify that this is a true copy of the record of this court.", 9, "serif-italic"
    )
    s.signature(4.6, y + 0.2, "K. VanderMolen", 18)
    s.text(4.6, y + 0.7, "Deputy Court Clerk", 8.5)
    s.seal(1.6, y + 0.9, 0.5, "61ST DISTRICT COURT * ", "SEAL")
    return drawn(
        "court_disposition",
        [s],
        "court_record",
        person,
        ("rehabilitation", "other"),
        proves=(dates[0], dates[2]),
    )


def eoir_notice(
    person: Person,
    a_number: str,
    court: str,
    address: list[str],
    hearing: dt.datetime,
    mailed: dt.date,
) -> Paper:
    lines = [
        "                 UNITED STATES DEPARTMENT OF JUSTICE",
        "             EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
        f"                  IMMIGRATION COURT - {court.upper()}",
        *[f"                  {a}" for a in address],
        "",
        f"RE: {up(person.surname)}, {up(person.given)}",
        f"FILE: {a_number}                              DATE: {mailed:%b %d, %Y}",
        "",
        "                       NOTICE OF HEARING IN REMOVAL PROCEEDINGS",
        "",
        "Your case has been scheduled for a MASTER hearing before the Immigration",
        f"Court on {hearing:%b %d, %Y} at {hearing:%I:%M %p} at:",
        *[f"     {a}" for a in address],
        "",
        "You may be represented in these proceedings, at no expense to the",
        "Government, by an attorney or other individual authorized and qualified",
        "to represent persons before an Immigration Court.",
        "",
        "Failure to appear at your hearing except for exceptional circumstances may",
        "result in one or more of the following actions: (1) You may be taken into",
        "custody; (2) your hearing may be held in your absence and an order of",
        "removal may be entered.",
        "",
        "CERTIFICATE OF SERVICE",
        "THIS DOCUMENT WAS SERVED BY: MAIL (M) PERSONAL SERVICE (P)",
        "TO: [ ] ALIEN [X] ALIEN c/o Custodial Officer [X] Alien's ATT/REP [X] DHS",
        f"DATE: {mailed:%m/%d/%Y}   BY: COURT STAFF  TW",
    ]
    s = monospace_page(lines, 9, 0.7)
    return drawn("eoir_hearing_notice", [s], ("other", "court_record"), person, "other")


def g28(person: Person, a_number: str, rep: dict, street: str, city: str, signed: dt.date) -> Paper:
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 13, "sans-bold")
    s.text(0.6, 0.68, "as Attorney or Accredited Representative", 13, "sans-bold")
    s.text(7.9, 0.45, "Form G-28", 11, "sans-bold", align="right")
    s.text(7.9, 0.65, "OMB No. 1615-0105", 7, align="right")
    s.text(7.9, 0.78, "Department of Homeland Security", 7, align="right")
    y = s.text(
        0.6,
        1.1,
        "Part 1. Information About Attorney or Accredited Representative",
        9.5,
        "sans-bold",
    )
    first, *_, last = rep["name"].split()
    y = (
        s.grid(
            0.6,
            y + 0.05,
            7.3,
            [
                (
                    0.42,
                    [
                        (1, "2.a. Family Name (Last Name)", up(last)),
                        (1, "2.b. Given Name (First Name)", up(first)),
                    ],
                ),
                (
                    0.42,
                    [
                        (2, "3.a. Street Number and Name", up(rep["address"][0])),
                        (2, "3.c. City or Town, State, ZIP", up(rep["address"][1])),
                    ],
                ),
                (0.42, [(1, "4. Daytime Telephone", rep["phone"]), (1, "6. Email", rep["email"])]),
            ],
        )
        + 0.15
    )
    y = s.text(0.6, y, "Part 2. Eligibility Information", 9.5, "sans-bold")
    y = s.checkbox(
        0.7,
        y + 0.08,
        True,
        "1.a. I am an attorney eligible to practice law in "
        f"{rep['bar_state']}; Bar Number {rep['bar_number']}",
        8.5,
    )
    y = s.text(0.6, y + 0.15, "Part 3. Notice of Appearance", 9.5, "sans-bold")
    y = s.checkbox(0.7, y + 0.08, True, "2. U.S. Immigration and Customs Enforcement (ICE)", 8.5)
    y = s.text(0.6, y + 0.15, "Information About Client", 9.5, "sans-bold")
    y = (
        s.grid(
            0.6,
            y + 0.05,
            7.3,
            [
                (
                    0.42,
                    [
                        (1, "5.a. Family Name (Last Name)", up(person.surname)),
                        (1, "5.b. Given Name (First Name)", up(person.given)),
                    ],
                ),
                (
                    0.42,
                    [(1, "10. A-Number (if any)", a_number), (1, "Date of Birth", us(person.born))],
                ),
                (
                    0.42,
                    [
                        (1, "12.a. Street Number and Name", up(street)),
                        (1, "12.c. City or Town, State, ZIP", up(city)),
                    ],
                ),
            ],
        )
        + 0.2
    )
    y = s.text(0.6, y, "Part 4. Client's Consent to Representation and Signature", 9.5, "sans-bold")
    s.signature(0.8, y + 0.15, person.name, 18)
    s.text(0.6, y + 0.7, f"Signature of Client     Date: {us(signed)}", 8.5)
    s.signature(0.8, y + 1.0, rep["name"], 18)
    s.text(0.6, y + 1.55, f"Signature of Attorney     Date: {us(signed)}", 8.5)
    s.text(0.6, 10.4, "Form G-28 Edition 09/17/18", 7)
    return drawn("g28", [s], "g28", person, "other")
