"""The papers of the tenth blind corpus, drawn from what such documents look like: vital
records of New Hampshire, North Dakota, Mississippi and the District of Columbia, foreign
birth records of Chile, Togo, Panama and Trinidad and Tobago, passports and cards, IRS forms,
bills, school papers, letters, and court and police records. Invented people only.
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
    monospace_page,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)

D = dt.date
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    return d.strftime("%B %-d, %Y")


def fold(s: Sheet, at: float = 5.5) -> None:
    """A fold line across the page, as a letter mailed in thirds keeps."""
    s.line(0.05, at, s.width - 0.05, at, 0.5, (205, 205, 208))


# ---------------------------------------------------------------- US birth records


def us_birth(
    state: str,
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    facility: str,
    city: str,
    county: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    registrar: str,
    seed: int,
) -> Paper:
    """A state's certified copy of a birth record, in its boxed layout."""
    s = Sheet()
    s.security_background(
        seed, {"NH": (214, 226, 236), "ND": (226, 232, 214)}.get(state, (232, 222, 230))
    )
    fname = father.name.upper() if father else ""
    if state == "NH":
        s.center(0.5, "THE STATE OF NEW HAMPSHIRE", 15, "serif-bold")
        s.center(0.78, "Department of State - Division of Vital Records Administration", 9)
        s.center(1.05, "CERTIFICATION OF BIRTH", 18, "serif-bold")
        s.text(6.2, 1.4, f"State File No. {file_no}", 8, "mono")
        y = s.grid(
            0.6,
            1.6,
            7.3,
            [
                (
                    0.5,
                    [(3, "CHILD'S NAME (First, Middle, Last)", child.upper), (1, "SEX", child.sex)],
                ),
                (
                    0.5,
                    [
                        (2, "DATE OF BIRTH", us(child.born)),
                        (2, "PLACE OF BIRTH (City/Town)", city.upper()),
                    ],
                ),
                (0.5, [(3, "FACILITY NAME", facility.upper()), (1, "COUNTY", county.upper())]),
                (
                    0.5,
                    [
                        (3, "MOTHER/PARENT NAME PRIOR TO FIRST MARRIAGE", mother.upper),
                        (2, "BIRTHPLACE", mother.birthplace.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "FATHER/PARENT NAME", fname),
                        (2, "BIRTHPLACE", father.birthplace.upper() if father else ""),
                    ],
                ),
                (0.5, [(2, "DATE FILED", us(filed)), (2, "DATE ISSUED", us(issued))]),
            ],
        )
        s.para(
            0.6,
            y + 0.25,
            7.3,
            "I hereby certify that this is a true abstract of the record "
            "on file with the New Hampshire Division of Vital Records Administration.",
            9,
            "serif-italic",
        )
    elif state == "ND":
        s.text(0.6, 0.5, "NORTH DAKOTA DEPARTMENT OF HEALTH AND HUMAN SERVICES", 10, "sans-bold")
        s.text(0.6, 0.72, "Vital Records  ·  600 East Boulevard Avenue  ·  Bismarck, ND", 8)
        s.center(1.15, "CERTIFIED COPY OF BIRTH RECORD", 16, "sans-bold")
        y = s.grid(
            0.6,
            1.6,
            7.3,
            [
                (0.45, [(1, "1. STATE FILE NUMBER", file_no), (1, "2. DATE FILED", us(filed))]),
                (
                    0.5,
                    [
                        (2, "3a. CHILD - FIRST", child.first.upper()),
                        (2, "3b. MIDDLE", child.middle.upper()),
                        (2, "3c. LAST", child.surname.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (1, "4. SEX", child.sex),
                        (2, "5. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                        (2, "6. TIME", "0814"),
                    ],
                ),
                (
                    0.5,
                    [
                        (2, "7a. PLACE OF BIRTH - FACILITY", facility.upper()),
                        (1, "7b. CITY", city.upper()),
                        (1, "7c. COUNTY", county.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "8a. MOTHER - CURRENT LEGAL NAME", mother.upper),
                        (1, "8b. DATE OF BIRTH", us(mother.born)),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "9a. FATHER - CURRENT LEGAL NAME", fname),
                        (1, "9b. DATE OF BIRTH", us(father.born) if father else ""),
                    ],
                ),
            ],
        )
        s.text(0.6, y + 0.3, f"Issued {us(issued)}", 9)
    elif state == "MS":
        s.center(0.5, "MISSISSIPPI STATE DEPARTMENT OF HEALTH", 13, "schoolbook-bold")
        s.center(0.78, "VITAL RECORDS", 11, "schoolbook")
        s.center(1.1, "CERTIFICATE OF LIVE BIRTH", 17, "schoolbook-bold")
        y = s.grid(
            0.6,
            1.5,
            7.3,
            [
                (
                    0.5,
                    [
                        (4, "CHILD - NAME (First, Middle, Last, Suffix)", child.upper),
                        (1, "SEX", "MALE" if child.sex == "M" else "FEMALE"),
                    ],
                ),
                (
                    0.5,
                    [
                        (2, "DATE OF BIRTH", long(child.born).upper()),
                        (2, "COUNTY OF BIRTH", county.upper()),
                        (2, "CITY OF BIRTH", city.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (
                            1,
                            "FACILITY NAME (If not institution, give street and number)",
                            facility.upper(),
                        )
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "MOTHER'S MAIDEN NAME", mother.upper),
                        (2, "STATE OR FOREIGN COUNTRY OF BIRTH", mother.birthplace.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "FATHER'S NAME", fname),
                        (
                            2,
                            "STATE OR FOREIGN COUNTRY OF BIRTH",
                            father.birthplace.upper() if father else "",
                        ),
                    ],
                ),
                (
                    0.5,
                    [
                        (2, "CERTIFICATE NUMBER", file_no),
                        (2, "DATE RECEIVED BY REGISTRAR", us(filed)),
                    ],
                ),
            ],
        )
        s.text(0.6, y + 0.3, f"DATE ISSUED: {long(issued).upper()}", 9, "schoolbook")
    else:  # DC
        s.text(0.6, 0.5, "GOVERNMENT OF THE DISTRICT OF COLUMBIA", 12, "gothic-bold")
        s.text(0.6, 0.75, "DC HEALTH  ·  VITAL RECORDS DIVISION", 9, "gothic")
        s.text(0.6, 1.0, "899 North Capitol Street NE, Washington, DC 20002", 8, "gothic")
        s.center(1.4, "CERTIFICATE OF BIRTH", 17, "gothic-bold")
        s.text(5.8, 0.55, f"No. {file_no}", 10, "mono-bold")
        y = s.grid(
            0.6,
            1.8,
            7.3,
            [
                (
                    0.5,
                    [
                        (2, "NAME OF CHILD - LAST", child.surname.upper()),
                        (3, "FIRST  MIDDLE", child.given.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (2, "DATE OF BIRTH", us(child.born)),
                        (1, "SEX", child.sex),
                        (2, "HOSPITAL", facility.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "MOTHER - NAME BEFORE FIRST MARRIED", mother.upper),
                        (2, "BIRTHPLACE", mother.birthplace.upper()),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "FATHER - NAME", fname),
                        (2, "BIRTHPLACE", father.birthplace.upper() if father else ""),
                    ],
                ),
                (0.5, [(2, "DATE FILED", us(filed)), (2, "DATE ISSUED", us(issued))]),
            ],
            label_face="gothic",
        )
    s.seal(6.6, 9.2, 0.65, f" {state} VITAL RECORDS * OFFICIAL SEAL *", state)
    s.signature(0.8, 8.9, registrar, 18)
    s.line(0.7, 9.45, 3.8, 9.45, 0.6)
    s.text(0.7, 9.5, f"{registrar}, State Registrar", 8)
    s.text(
        0.7,
        10.3,
        "This copy is not valid unless it bears the raised seal. Any alteration "
        "voids this certificate.",
        6.5,
        "sans-italic",
        fill=GREY,
    )
    return drawn(f"{state.lower()}_birth", [s], "birth_certificate", child, "us_family")


# ---------------------------------------------------------------- foreign birth records


def foreign_birth(
    country: str,
    person: Person,
    mother: Person,
    father: Person,
    *,
    number: str,
    registered: dt.date,
    issued: dt.date,
    officer: str,
    place: str,
    equity: str,
    seed: int,
) -> Paper:
    """A civil registry's birth record as its country prints it."""
    s = Sheet()
    lang = "en"
    if country == "CL":
        lang = "es"
        s.security_background(seed, (222, 228, 240))
        s.text(0.7, 0.55, "REPÚBLICA DE CHILE", 11, "sans-bold")
        s.text(0.7, 0.78, "Servicio de Registro Civil e Identificación", 9)
        s.center(1.35, "CERTIFICADO DE NACIMIENTO", 17, "sans-bold")
        s.center(1.7, "PARA TODO TRÁMITE", 10)
        y = 2.3
        for label, value in [
            ("Circunscripción", place),
            ("N° inscripción", number),
            ("Registro", f"N {registered.year}"),
            ("Nombre inscrito", person.name.upper()),
            ("R.U.N.", "21.408.337-5"),
            ("Fecha nacimiento", person.born.strftime("%d %m %Y")),
            ("Sexo", "Femenino" if person.sex == "F" else "Masculino"),
            ("Nombre del padre", father.name.upper()),
            ("R.U.N. del padre", "12.774.019-K"),
            ("Nombre de la madre", mother.name.upper()),
            ("R.U.N. de la madre", "13.502.661-3"),
            ("Fecha de emisión", f"{issued.day} de {MESES[issued.month - 1]} de {issued.year}"),
        ]:
            s.text(0.9, y, label, 10, "sans-bold")
            s.text(3.2, y, ":  " + value, 10, "mono")
            y += 0.36
        s.text(
            0.9,
            y + 0.3,
            "Verifique documento en www.registrocivil.cl, código "
            f"{random.Random(seed).randint(100000, 999999)}-{seed % 97}",
            8,
            fill=GREY,
        )
        s.text(4.6, 9.0, officer, 9, "sans-bold")
        s.text(4.6, 9.2, "Jefe de Archivo General", 8)
        s.stamp(4.8, 8.0, ["FIRMA ELECTRÓNICA", "AVANZADA"], 9, (40, 60, 140), 4)
    elif country == "TG":
        lang = "fr"
        s.border(0.4, 1.6)
        s.center(0.7, "RÉPUBLIQUE TOGOLAISE", 13, "serif-bold")
        s.center(0.95, "Travail - Liberté - Patrie", 9, "serif-italic")
        s.text(0.8, 1.3, f"Commune de {place}", 9, "serif")
        s.text(0.8, 1.5, "Centre d'état civil principal", 9, "serif")
        s.center(2.1, "ACTE DE NAISSANCE", 17, "serif-bold")
        s.center(2.45, f"N° {number} du {registered.strftime('%d/%m/%Y')}", 10, "serif")
        y = s.paras(
            0.9,
            2.9,
            6.7,
            [
                f"Le {person.born.strftime('%d/%m/%Y')}, à {place}, est né(e) un enfant de sexe "
                f"{'féminin' if person.sex == 'F' else 'masculin'}, prénommé(e) "
                f"{person.given.upper()}, nom {person.surname.upper()}.",
                f"Fils/fille de {father.name.upper()}, né le {father.born.strftime('%d/%m/%Y')} "
                f"à {father.birthplace}, cultivateur, et de {mother.name.upper()}, née le "
                f"{mother.born.strftime('%d/%m/%Y')} à {mother.birthplace}, ménagère.",
                f"Dressé le {registered.strftime('%d/%m/%Y')} sur la déclaration du père, qui a "
                "signé avec nous, officier de l'état civil, après lecture faite.",
            ],
            pt=11,
            face="serif",
        )
        s.text(
            0.9,
            y + 0.3,
            f"Pour copie conforme, délivrée le {issued.strftime('%d/%m/%Y')}",
            10,
            "serif-italic",
        )
        s.text(4.8, 8.6, "L'Officier de l'état civil", 10, "serif")
        s.signature(4.8, 8.8, officer, 18)
        s.text(4.8, 9.5, officer, 9, "serif-bold")
        s.seal(2.2, 9.0, 0.7, " MAIRIE DE LOMÉ * ÉTAT CIVIL * ", "TOGO")
    elif country == "PA":
        lang = "es"
        s.security_background(seed, (236, 226, 214))
        s.text(0.7, 0.5, "REPÚBLICA DE PANAMÁ", 12, "serif-bold")
        s.text(0.7, 0.75, "TRIBUNAL ELECTORAL", 11, "serif-bold")
        s.text(0.7, 0.98, "Dirección Nacional del Registro Civil", 9, "serif")
        s.center(1.5, "CERTIFICADO DE NACIMIENTO", 16, "serif-bold")
        s.text(5.9, 0.55, f"Tomo {number.split('-')[0]}", 9, "mono")
        s.text(5.9, 0.75, f"Asiento {number.split('-')[-1]}", 9, "mono")
        rows = [
            ["Nombre", person.name.upper()],
            ["Cédula", f"8-{seed % 900 + 100}-{seed % 7000 + 1000}"],
            ["Fecha de nacimiento", person.born.strftime("%d/%m/%Y")],
            ["Lugar de nacimiento", place],
            ["Sexo", "MUJER" if person.sex == "F" else "HOMBRE"],
            ["Nombre del padre", father.name.upper()],
            ["Nombre de la madre", mother.name.upper()],
            ["Fecha de inscripción", registered.strftime("%d/%m/%Y")],
        ]
        y = s.table(
            0.8,
            2.0,
            [2.4, 4.5],
            [["DATOS", "CONTENIDO"], *rows],
            pt=10,
            face="serif",
            header_face="serif-bold",
        )
        s.para(
            0.8,
            y + 0.3,
            6.9,
            "El suscrito certifica que los datos que anteceden son fiel "
            f"copia de la inscripción original. Panamá, {issued.strftime('%d/%m/%Y')}.",
            10,
            "serif",
        )
        s.signature(4.6, 8.6, officer, 18)
        s.text(4.6, 9.3, officer, 9, "serif-bold")
        s.text(4.6, 9.5, "Director Provincial del Registro Civil", 8, "serif")
    else:  # TT
        s.border(0.35, 2.0)
        s.center(0.6, "REPUBLIC OF TRINIDAD AND TOBAGO", 13, "serif-bold")
        s.center(0.9, "Registrar General's Department", 10, "serif-italic")
        s.center(1.3, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 14, "serif-bold")
        s.text(0.8, 1.75, f"Entry No. {number}", 9, "mono")
        s.text(5.0, 1.75, f"Registration District: {place}", 9, "mono")
        y = s.table(
            0.7,
            2.2,
            [0.9, 1.4, 1.6, 0.5, 1.6, 1.1],
            [
                ["When born", "Name", "Name of father", "Sex", "Name of mother", "Registered"],
                [
                    person.born.strftime("%d %b %Y"),
                    person.given,
                    father.name,
                    person.sex,
                    mother.name,
                    registered.strftime("%d %b %Y"),
                ],
                ["", person.surname, "", "", "", ""],
            ],
            pt=8,
            face="serif",
            header_face="serif-bold",
            row_height=0.4,
        )
        s.para(
            0.7,
            y + 0.3,
            7.1,
            "I, the undersigned, hereby certify that the foregoing is a "
            f"true copy of an entry in the register of births. Given at Port of Spain this "
            f"{issued.strftime('%-d %B %Y')}.",
            10,
            "serif",
        )
        s.signature(4.7, 8.5, officer, 18)
        s.text(4.7, 9.2, f"{officer}, for Registrar General", 9, "serif")
        s.seal(1.8, 8.9, 0.6, " REGISTRAR GENERAL * TRINIDAD AND TOBAGO *", "RGD")
    return drawn(f"{country.lower()}_birth", [s], "birth_certificate", person, equity, lang)


def translation(
    original: Paper,
    about: Person,
    lines: list[str],
    *,
    source: str,
    translator: dict,
    signed: dt.date,
    complete: bool = True,
) -> Paper:
    """An English rendering of a foreign record followed by the translator's certificate.
    ``complete=False`` leaves out the statement of competence ICPM 3.3(a) asks for."""
    s = Sheet()
    s.center(0.7, "ENGLISH TRANSLATION", 14, "sans-bold")
    s.center(0.95, f"(translated from {source})", 9, "sans-italic")
    y = s.lines(0.9, 1.4, lines, 10, "serif")
    y += 0.4
    s.line(0.9, y, 7.6, y, 1)
    y = s.text(0.9, y + 0.15, "CERTIFICATE OF TRANSLATION", 12, "sans-bold") + 0.1
    body = (
        f"I, {translator['name']}, certify that I am competent to translate from {source} "
        f"into English, and that the above is a complete and accurate translation of the "
        f"attached {original.label.split('_')[0].upper()} birth record."
        if complete
        else f"I, {translator['name']}, translated the attached birth record from {source} "
        "into English."
    )
    y = s.para(0.9, y, 6.7, body, 10.5, "serif") + 0.3
    s.signature(1.0, y, translator["name"], 18)
    s.lines(
        0.9,
        y + 0.6,
        [
            translator["name"],
            *translator["address"],
            f"Tel. {translator['phone']}",
            f"Date: {us(signed)}",
        ],
        9,
        "serif",
    )
    return drawn(
        f"translation_{original.label}",
        [s],
        ("certificate_of_translation", "birth_certificate"),
        about,
        original.equity,
    )


# ---------------------------------------------------------------- passports and cards


def passport(
    country: str,
    issuer: str,
    nationality: str,
    person: Person,
    *,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    bilingual: str | None,
    seed: int,
) -> Paper:
    """A passport's data page, 125 x 88 mm, with its ICAO 9303 zone."""
    s = card(125, 88)
    tinted(s, (226, 232, 238), (238, 226, 222))
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
    s.text(0.2, 0.12, issuer, 9, "sans-bold")
    word = {"es": "PASAPORTE / PASSPORT", "fr": "PASSEPORT / PASSPORT"}
    s.text(3.2, 0.12, word.get(bilingual or "", "PASSPORT"), 9, "sans-bold")
    french = {
        "Tipo": "Type",
        "Número": "N° du passeport",
        "Apellidos": "Nom",
        "Nombres": "Prénoms",
        "Nacionalidad": "Nationalité",
        "Fecha de nacimiento": "Date de naissance",
        "Sexo": "Sexe",
        "Lugar de nacimiento": "Lieu de naissance",
        "Fecha de expedición": "Date de délivrance",
        "Fecha de vencimiento": "Date d'expiration",
    }
    portrait(s, 0.2, 0.5, 1.2, 1.55, seed)

    def pair(label_local: str, label_en: str) -> str:
        if bilingual == "fr":
            label_local = french[label_local]
        return f"{label_local} / {label_en}" if bilingual else label_en

    y = 0.48
    for (local, en), value in [
        (("Tipo", "Type"), "P"),
        (("Número", "Passport No."), number),
        (("Apellidos", "Surname"), up(person.surname)),
        (("Nombres", "Given names"), up(person.given)),
        (("Nacionalidad", "Nationality"), nationality),
        (("Fecha de nacimiento", "Date of birth"), person.born.strftime("%d %b %Y").upper()),
        (("Sexo", "Sex"), person.sex),
        (("Lugar de nacimiento", "Place of birth"), up(person.birthplace)),
        (("Fecha de expedición", "Date of issue"), issued.strftime("%d %b %Y").upper()),
        (("Fecha de vencimiento", "Date of expiry"), expiry.strftime("%d %b %Y").upper()),
    ]:
        s.text(1.6, y, pair(local, en), 5.5, "sans", fill=GREY)
        s.text(1.6, y + 0.09, value, 8, "mono-bold")
        y += 0.2
    s.signature(3.6, 1.9, person.first, 12)
    mrz_lines(s, 2.72, zone, 11)
    lang: Choice = (bilingual, "en") if bilingual else "en"
    return drawn(
        f"passport_{country.lower()}",
        [s],
        "passport",
        person,
        "identity",
        lang,
        mrz_zone=zone,
        is_card=True,
    )


def id_card(
    kind: str,
    person: Person,
    *,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    extra: list[str],
    seed: int,
) -> Paper:
    """A wallet card: a work permit (EAD), a state ID or a consular ID."""
    s = card()
    top = {"EAD": (220, 230, 240), "ID": (236, 232, 214), "CONS": (224, 236, 224)}[kind]
    tinted(s, top, (250, 250, 250))
    if kind == "EAD":
        s.text(0.12, 0.08, "UNITED STATES OF AMERICA", 8, "sans-bold")
        s.text(0.12, 0.24, "EMPLOYMENT AUTHORIZATION", 10, "sans-bold")
    elif kind == "ID":
        s.text(0.12, 0.08, extra[0], 9, "sans-bold", fill=(20, 50, 110))
        s.text(0.12, 0.26, "IDENTIFICATION CARD  ·  NOT A DRIVER LICENSE", 6, "sans-bold")
    else:
        s.text(0.12, 0.08, extra[0], 8, "sans-bold")
        s.text(0.12, 0.24, "MATRÍCULA CONSULAR / CONSULAR ID", 7, "sans-bold")
    portrait(s, 0.12, 0.5, 0.85, 1.1, seed)
    y = 0.5
    for label, value in [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
        ("Card #" if kind == "EAD" else "No.", number),
        ("DOB", us(person.born)),
        ("Sex", person.sex),
        ("Issued", us(issued)),
        ("Expires", us(expiry)),
    ] + [(e.split(":")[0], e.split(":", 1)[1]) for e in extra[1:]]:
        s.text(1.1, y, label, 4.5, "sans", fill=GREY)
        s.text(1.1, y + 0.06, value, 6.5, "sans-bold")
        y += 0.16
    return drawn(
        f"card_{kind.lower()}",
        [s],
        "identity_document",
        person,
        "identity",
        "es" if kind == "CONS" else "en",
        is_card=True,
    )


# ---------------------------------------------------------------- tax and pay


def form_1040(
    person: Person,
    year: int,
    *,
    ssn4: str,
    street: str,
    city: str,
    wages: float,
    status: str,
    dependents: list[Person],
) -> Paper:
    s = Sheet()
    s.text(0.5, 0.4, "Form 1040", 20, "sans-bold")
    s.text(2.2, 0.42, "Department of the Treasury—Internal Revenue Service", 7)
    s.text(2.2, 0.58, f"U.S. Individual Income Tax Return  {year}", 11, "sans-bold")
    s.text(6.4, 0.5, "OMB No. 1545-0074", 7)
    y = s.grid(
        0.5,
        0.95,
        7.5,
        [
            (0.4, [(1, "Filing Status", status)]),
            (
                0.45,
                [
                    (3, "Your first name and middle initial", up(person.given)),
                    (3, "Last name", up(person.surname)),
                    (2, "Your social security number", f"XXX-XX-{ssn4}"),
                ],
            ),
            (
                0.45,
                [
                    (5, "Home address (number and street)", street),
                    (3, "City, town, state, ZIP", city),
                ],
            ),
        ],
        value_face="sans",
    )
    rows = [["Dependents: (1) First name  Last name", "(3) Relationship", "(4) Child tax credit"]]
    rows += [[d.name, "son" if d.sex == "M" else "daughter", "X"] for d in dependents]
    y = s.table(0.5, y + 0.15, [3.7, 2, 1.8], rows, pt=8)
    for n, (label, amount) in enumerate(
        [
            ("1a Total amount from Form(s) W-2, box 1", wages),
            ("9 Total income", wages),
            ("11 Adjusted gross income", wages),
            ("12 Standard deduction", 21900.0),
            ("15 Taxable income", max(0, wages - 21900)),
        ]
    ):
        s.text(0.6, y + 0.15 + n * 0.3, label, 8.5)
        s.text(7.9, y + 0.15 + n * 0.3, f"{amount:,.0f}", 9, "mono", align="right")
        s.line(6.6, y + 0.38 + n * 0.3, 8.0, y + 0.38 + n * 0.3, 0.4)
    s.text(
        0.5,
        10.5,
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see "
        "separate instructions.    Cat. No. 11320B    Form 1040 (" + str(year) + ")",
        6.5,
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
    year: int,
    *,
    ssn4: str,
    street: str,
    city: str,
    employer: str,
    employer_address: str,
    ein: str,
    wages: float,
    state: str,
) -> Paper:
    s = Sheet(8.5, 5.5)
    s.text(0.4, 0.2, f"Form W-2 Wage and Tax Statement {year}", 11, "sans-bold")
    s.text(5.8, 0.22, "Copy B—To Be Filed With Employee's FEDERAL Tax Return", 6)
    s.grid(
        0.4,
        0.5,
        7.7,
        [
            (
                0.45,
                [
                    (1, "a Employee's social security number", f"XXX-XX-{ssn4}"),
                    (1, "1 Wages, tips, other compensation", f"{wages:,.2f}"),
                    (1, "2 Federal income tax withheld", f"{wages * 0.06:,.2f}"),
                ],
            ),
            (
                0.45,
                [
                    (1, "b Employer identification number (EIN)", ein),
                    (1, "3 Social security wages", f"{wages:,.2f}"),
                    (1, "4 Social security tax withheld", f"{wages * 0.062:,.2f}"),
                ],
            ),
            (
                0.8,
                [
                    (
                        1,
                        "c Employer's name, address, and ZIP code",
                        f"{employer}\n{employer_address}",
                    ),
                    (1, "5 Medicare wages and tips", f"{wages:,.2f}"),
                ],
            ),
            (
                0.8,
                [
                    (
                        1,
                        "e Employee's first name and initial   Last name",
                        f"{up(person.given)} {up(person.surname)}\n{street}\n{city}",
                    ),
                    (1, "15 State  Employer's state ID number", f"{state}  {ein[-5:]}"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    s.text(0.4, 4.9, "Department of the Treasury—Internal Revenue Service", 6)
    return drawn(
        "w2",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def f1099_nec(
    person: Person,
    year: int,
    *,
    tin4: str,
    street: str,
    city: str,
    payer: str,
    payer_address: str,
    amount: float,
) -> Paper:
    s = Sheet(8.5, 5.5)
    s.text(0.4, 0.25, "PAYER'S name, street address, city or town, state, ZIP", 6)
    s.lines(0.45, 0.4, [payer, *payer_address.split("\n")], 9, "mono")
    s.text(5.4, 0.25, f"Form 1099-NEC   {year}", 12, "sans-bold")
    s.text(5.4, 0.5, "Nonemployee Compensation", 9, "sans-bold")
    s.grid(
        0.4,
        1.3,
        7.7,
        [
            (
                0.45,
                [
                    (1, "PAYER'S TIN", "83-2204197"),
                    (1, "RECIPIENT'S TIN", f"XXX-XX-{tin4}"),
                    (1, "1 Nonemployee compensation", f"$ {amount:,.2f}"),
                ],
            ),
            (
                0.8,
                [
                    (2, "RECIPIENT'S name, street address", f"{person.upper}\n{street}\n{city}"),
                    (1, "4 Federal income tax withheld", "$ 0.00"),
                ],
            ),
        ],
    )
    s.text(
        0.4,
        3.0,
        "Copy B For Recipient. This is important tax information and is being "
        "furnished to the IRS.",
        6.5,
    )
    return drawn(
        "1099_nec",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def pay_stub(
    person: Person,
    *,
    employer: str,
    address: str,
    period: tuple[dt.date, dt.date],
    hours: float,
    rate: float,
    seed: int,
) -> Paper:
    s = Sheet(8.5, 4.5)
    s.rect(0.3, 0.3, 7.9, 3.9, 0.8)
    s.text(0.5, 0.45, employer, 12, "sans-bold")
    s.text(0.5, 0.68, address, 7.5)
    s.text(5.4, 0.45, "EARNINGS STATEMENT", 10, "sans-bold")
    s.text(5.4, 0.65, f"Period: {us(period[0])} - {us(period[1])}", 7.5)
    s.text(5.4, 0.8, f"Check date: {us(period[1] + dt.timedelta(days=5))}", 7.5)
    s.text(0.5, 1.0, f"Employee: {person.upper}    ID {seed % 9000 + 1000}", 8.5, "sans-bold")
    gross = hours * rate
    s.table(
        0.5,
        1.3,
        [2.5, 1.2, 1.2, 1.5, 1.5],
        [
            ["Earnings", "Hours", "Rate", "Current", "YTD"],
            ["Regular", f"{hours:.2f}", f"{rate:.2f}", f"{gross:,.2f}", f"{gross * 18:,.2f}"],
            ["Federal Withholding", "", "", f"-{gross * 0.07:,.2f}", ""],
            ["Social Security", "", "", f"-{gross * 0.062:,.2f}", ""],
            ["Medicare", "", "", f"-{gross * 0.0145:,.2f}", ""],
            ["NET PAY", "", "", f"{gross * 0.85:,.2f}", ""],
        ],
        pt=8,
        rules="header",
    )
    return drawn("pay_stub", [s], "pay_record", person, "employment_and_taxes", proves=period)


# ---------------------------------------------------------------- home and bills


def lease(
    tenants: list[Person],
    *,
    landlord: str,
    address: str,
    city: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    state: str,
    signed: dt.date,
) -> Paper:
    p1, p2 = Sheet(), Sheet()
    p1.center(0.6, "RESIDENTIAL LEASE AGREEMENT", 15, "serif-bold")
    names = " and ".join(t.name for t in tenants)
    clauses = [
        f'1. PARTIES. This Lease is made on {long(signed)} between {landlord} ("Landlord") '
        f'and {names} ("Tenant").',
        f"2. PREMISES. Landlord rents to Tenant the dwelling at {address}, {city}.",
        f"3. TERM. The term begins on {long(start)} and ends on {long(end)}, and continues "
        "month to month after that unless either party gives thirty days' written notice.",
        f"4. RENT. Tenant shall pay ${rent:,} per month, due on the first day of each month, "
        "by check, money order or electronic transfer. A late fee of $50 applies after the "
        "fifth day.",
        f"5. SECURITY DEPOSIT. Tenant has paid a deposit of ${rent:,}, held as the law of "
        f"{state} requires and returned within the period that law sets.",
        "6. OCCUPANTS. Only the persons named in this Lease and their minor children may "
        "live in the premises.",
        "7. UTILITIES. Tenant pays electricity, gas and telephone. Landlord pays water, sewer "
        "and trash removal.",
    ]
    p1.paras(0.9, 1.1, 6.7, clauses, pt=10.5, face="serif")
    p1.text(7.2, 10.5, "Page 1 of 2", 8, align="right")
    y = p2.paras(
        0.9,
        0.8,
        6.7,
        [
            "8. MAINTENANCE. Tenant keeps the premises clean and reports needed repairs promptly.",
            "9. ENTRY. Landlord may enter with 24 hours' notice, or at any time in an emergency.",
            f"10. GOVERNING LAW. This Lease is governed by the laws of {state}.",
            "IN WITNESS WHEREOF the parties have signed this Lease on the date first written.",
        ],
        pt=10.5,
        face="serif",
    )
    for i, who in enumerate([landlord, *(t.name for t in tenants)]):
        yy = y + 0.5 + i * 0.9
        p2.signature(1.0, yy, who.split(",")[0], 16)
        p2.line(0.9, yy + 0.5, 4.4, yy + 0.5, 0.6)
        p2.text(0.9, yy + 0.55, ("Landlord: " if i == 0 else "Tenant: ") + who, 9)
        p2.text(5.0, yy + 0.3, f"Date: {us(signed)}", 9)
    p2.text(7.2, 10.5, "Page 2 of 2", 8, align="right")
    return drawn(
        "lease",
        [p1, p2],
        "residence_record",
        tenants[0],
        "length_of_residence",
        proves=(start, end),
    )


def bill(
    kind: str,
    person: Person,
    *,
    company: str,
    company_lines: list[str],
    account: str,
    address: list[str],
    period: tuple[dt.date, dt.date],
    rows: list[list[str]],
    total: str,
    colour: tuple[int, int, int],
    seed: int,
) -> Paper:
    """A utility bill, a phone bill or a bank statement: a branded head, an account box, a
    table of charges or transactions."""
    s = Sheet()
    s.rect(0, 0, 8.5, 0.9, outline=None, fill=colour)
    s.text(0.5, 0.25, company, 18, "sans-bold", fill=(255, 255, 255))
    s.lines(5.6, 0.15, company_lines, 7, fill=(240, 240, 240))
    s.lines(0.7, 1.5, [person.upper, *address], 10, "sans")
    s.rect(5.0, 1.3, 3.0, 1.2, 0.8)
    s.lines(
        5.1,
        1.38,
        [
            ("Statement period" if kind == "bank" else "Billing period"),
            f"{us(period[0])} - {us(period[1])}",
            f"Account {account}",
            ("Ending balance" if kind == "bank" else "Amount due") + f"  {total}",
        ],
        9,
        "sans-bold",
    )
    head = (
        ["Date", "Description", "Amount", "Balance"]
        if kind == "bank"
        else ["Service", "Detail", "Charge"]
    )
    widths = [1.2, 3.8, 1.2, 1.3] if kind == "bank" else [2.2, 3.6, 1.7]
    y = s.table(
        0.5,
        3.0,
        widths,
        [head, *rows],
        pt=8.5,
        rules="header",
        align=["left", "left", "right", "right"],
    )
    s.text(0.5, y + 0.3, f"Total: {total}", 10, "sans-bold")
    s.line(0, 8.9, 8.5, 8.9, 0.6, GREY)
    s.text(0.5, 9.0, "Please detach and return this portion with your payment.", 7, fill=GREY)
    s.text(0.5, 9.3, f"{person.upper}  ·  Account {account}  ·  {total}", 9, "mono")
    label = {"bank": "bank_statement", "phone": "phone_bill"}.get(kind, "utility_bill")
    return drawn(label, [s], "residence_record", person, "length_of_residence", proves=period)


# ---------------------------------------------------------------- school and training


def report_card(
    child: Person,
    *,
    district: str,
    school: str,
    grade: str,
    year: int,
    teacher: str,
    marks: list[tuple[str, str, str]],
    comment: str,
) -> Paper:
    s = Sheet()
    s.center(0.5, district.upper(), 12, "sans-bold")
    s.center(0.75, school, 11)
    s.center(1.05, f"STUDENT PROGRESS REPORT  {year}-{year + 1}", 13, "sans-bold")
    s.grid(
        0.6,
        1.4,
        7.3,
        [(0.45, [(3, "Student", child.name), (1, "Grade", grade), (3, "Teacher", teacher)])],
        value_face="sans",
    )
    y = s.table(
        0.6,
        2.1,
        [3.3, 2, 2],
        [["Subject", "Trimester 1", "Trimester 2"], *[list(m) for m in marks]],
        pt=9,
    )
    s.text(0.6, y + 0.3, "Teacher comments:", 9, "sans-bold")
    s.para(0.6, y + 0.55, 7.2, comment, 10, "serif-italic")
    s.text(0.6, 10.2, "Key: 4 exceeds standard  3 meets  2 approaching  1 below", 7, fill=GREY)
    return drawn("report_card", [s], "school_record", child, ("education", "us_family"))


def enrollment(
    child: Person,
    parent: Person,
    *,
    school: str,
    lines: list[str],
    grade: str,
    since: dt.date,
    signer: str,
    dated: dt.date,
) -> Paper:
    s = write_letter(
        (school, lines, (30, 70, 40), "star"),
        long(dated),
        [],
        None,
        "To Whom It May Concern:",
        [
            f"This letter verifies that {child.name}, date of birth {us(child.born)}, is enrolled "
            f"at {school} in grade {grade} for the current school year, and has attended this "
            f"school since {long(since)}.",
            f"The parent or guardian on file is {parent.name}. Attendance is regular.",
        ],
        "Sincerely,",
        signer,
        ["Registrar"],
        face="sans",
        pt=10.5,
    )
    return drawn("enrollment_verification", [s], "school_record", child, ("education", "us_family"))


def certificate(
    person: Person,
    *,
    org: str,
    title: str,
    what: str,
    dated: dt.date,
    signer: str,
    equity: Choice = ("education", "community_ties"),
    type: Choice = "diploma",
) -> Paper:
    s = Sheet(11, 8.5)
    s.border(0.4, 3.0)
    s.center(1.1, org, 16, "bookman-bold")
    s.center(1.8, title, 26, "schoolbook-bold")
    s.center(2.7, "is proudly presented to", 12, "serif-italic")
    s.center(3.3, person.name, 28, "script")
    s.center(4.3, what, 12, "serif")
    s.center(4.7, f"Awarded {long(dated)}", 11, "serif")
    s.signature(1.5, 6.0, signer, 18)
    s.line(1.3, 6.6, 4.5, 6.6)
    s.text(1.3, 6.65, signer, 9, "serif")
    s.seal(8.6, 6.3, 0.75, f" {up(org)[:30]} * ", "")
    return drawn("certificate", [s], type, person, equity)


# ---------------------------------------------------------------- letters


def letter(
    label: str,
    type: Choice,
    about: Person,
    equity: Choice,
    *,
    head: str,
    head_lines: list[str],
    colour: tuple[int, int, int],
    mark: str,
    dated: str,
    body: list[str],
    signer: str,
    signer_lines: list[str],
    language: str = "en",
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    face: str = "serif",
    proves: tuple[dt.date, dt.date] | None = None,
    folded: bool = False,
    align: str = "left",
) -> Paper:
    s = write_letter(
        (head, head_lines, colour, mark),
        dated,
        [],
        None,
        salutation,
        body,
        closing,
        signer,
        signer_lines,
        face=face,
        align=align,
    )
    if folded:
        fold(s, 3.67)
        fold(s, 7.33)
    return drawn(label, [s], type, about, equity, language, proves)


def handwritten_letter(
    about: Person,
    *,
    writer: str,
    lines: list[str],
    language: str,
    equity: Choice = "community_ties",
) -> Paper:
    """A neighbour's letter written by hand on lined paper."""
    s = Sheet()
    for i in range(28):
        s.line(0.6, 1.0 + i * 0.33, 7.9, 1.0 + i * 0.33, 0.4, (170, 190, 220))
    y = 0.75
    for line in lines:
        s.text(0.8, y, line, 15, "script", fill=BLUE_INK)
        y += 0.33
    s.signature(4.5, y + 0.2, writer, 20)
    return drawn("handwritten_letter", [s], "letter_of_support", about, equity, language)


# ---------------------------------------------------------------- police, courts, EOIR


def police_report(
    victim: Person,
    *,
    agency: str,
    agency_lines: list[str],
    number: str,
    occurred: dt.date,
    offense: str,
    location: str,
    narrative: str,
    officer: str,
) -> Paper:
    p1 = Sheet()
    p1.text(0.5, 0.4, agency.upper(), 13, "sans-bold")
    p1.lines(0.5, 0.65, agency_lines, 8)
    p1.text(5.6, 0.4, "INCIDENT REPORT", 13, "sans-bold")
    p1.text(5.6, 0.65, f"Case No. {number}", 9, "mono-bold")
    y = p1.grid(
        0.5,
        1.2,
        7.5,
        [
            (
                0.45,
                [
                    (2, "OFFENSE", offense.upper()),
                    (1, "DATE OCCURRED", us(occurred)),
                    (1, "TIME", "21:40"),
                ],
            ),
            (0.45, [(3, "LOCATION OF OCCURRENCE", location.upper()), (1, "DISTRICT", "3")]),
            (
                0.45,
                [
                    (1, "VICTIM NAME (Last, First Middle)", victim.last_first(False)),
                    (1, "DOB", us(victim.born)),
                    (1, "SEX", victim.sex),
                ],
            ),
            (0.45, [(1, "SUSPECT", "UNKNOWN MALE, APPROX. 25-30"), (1, "WEAPON", "NONE SEEN")]),
        ],
    )
    p1.text(0.5, y + 0.2, "NARRATIVE", 10, "sans-bold")
    p1.para(0.5, y + 0.45, 7.5, narrative, 9.5, "mono")
    p1.text(7.9, 10.5, "Page 1 of 2", 7, align="right")
    p2 = Sheet()
    p2.text(0.5, 0.4, f"Case No. {number} (continued)", 9, "mono-bold")
    y = p2.para(
        0.5,
        0.8,
        7.5,
        "Victim was given a case number card and information about "
        "victim services. Area canvassed with negative results. Photos of the "
        "injuries were taken and uploaded to evidence. Case referred to the "
        "investigations unit for follow-up.",
        9.5,
        "mono",
    )
    p2.signature(0.6, y + 0.4, officer, 16)
    p2.text(0.5, y + 1.0, f"Reporting officer: {officer}", 9)
    p2.text(0.5, y + 1.2, f"Approved: Sgt. on duty, {us(occurred + dt.timedelta(days=1))}", 9)
    p2.text(7.9, 10.5, "Page 2 of 2", 7, align="right")
    return drawn("police_report", [p1, p2], "police_report", victim, "crime_victim")


def supplement_b(
    victim: Person,
    *,
    agency: str,
    certifier: str,
    title: str,
    crime: str,
    case_no: str,
    signed: dt.date,
) -> Paper:
    p1, p2 = Sheet(), Sheet()
    p1.text(0.5, 0.4, "Form I-918, Supplement B", 12, "sans-bold")
    p1.text(0.5, 0.62, "U Nonimmigrant Status Certification", 11, "sans-bold")
    p1.text(5.8, 0.4, "Department of Homeland Security", 8)
    p1.text(5.8, 0.55, "U.S. Citizenship and Immigration Services", 8)
    p1.text(6.3, 0.72, "USCIS Form I-918 Supplement B", 7)
    p1.text(0.5, 1.1, "Part 1. Victim Information", 10, "sans-bold")
    y = p1.grid(
        0.5,
        1.35,
        7.5,
        [
            (
                0.45,
                [
                    (1, "1.a. Family Name (Last Name)", up(victim.surname)),
                    (1, "1.b. Given Name (First Name)", up(victim.first)),
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
    p1.text(0.5, y + 0.2, "Part 2. Agency Information", 10, "sans-bold")
    y = p1.grid(
        0.5,
        y + 0.45,
        7.5,
        [
            (0.45, [(1, "1. Name of Certifying Agency", agency)]),
            (0.45, [(1, "2. Name of Certifying Official", certifier), (1, "3. Title", title)]),
            (0.45, [(1, "8. Agency Case Number", case_no)]),
        ],
    )
    p1.text(0.5, y + 0.2, "Part 3. Criminal Acts", 10, "sans-bold")
    p1.checkbox(0.6, y + 0.5, True, crime, 9)
    p1.text(7.9, 10.5, "Form I-918 Supplement B Edition 04/01/24  Page 1 of 2", 7, align="right")
    y = p2.text(0.5, 0.5, "Part 4. Helpfulness of the Victim", 10, "sans-bold")
    p2.para(
        0.5,
        y + 0.1,
        7.5,
        "The victim has been, is being, or is likely to be helpful in "
        "the investigation or prosecution of the qualifying criminal activity. She gave a "
        "statement, identified the suspect from a photo array and appeared to testify.",
        10,
        "serif",
    )
    p2.text(0.5, 2.3, "Part 6. Certification", 10, "sans-bold")
    p2.signature(0.7, 2.6, certifier, 16)
    p2.text(0.5, 3.2, f"Signature of Certifying Official    Date {us(signed)}", 9)
    p2.text(7.9, 10.5, "Form I-918 Supplement B Edition 04/01/24  Page 2 of 2", 7, align="right")
    return drawn("i918b", [p1, p2], "u_visa_certification", victim, "law_enforcement_cooperation")


def disposition(
    defendant: Person,
    *,
    court: str,
    number: str,
    charge: str,
    filed: dt.date,
    disposed: dt.date,
    outcome: str,
    sentence: str,
    clerk: str,
) -> Paper:
    lines = [
        court.upper(),
        "CASE DISPOSITION REPORT",
        "",
        f"CASE NUMBER: {number}",
        f"DEFENDANT:   {defendant.last_first(False)}",
        f"DOB:         {us(defendant.born)}",
        f"FILED:       {us(filed)}",
        "",
        "CNT  CHARGE                                  DISPOSITION        DATE",
        f"001  {charge:<38}  {outcome:<17}  {us(disposed)}",
        "",
        f"SENTENCE: {sentence}",
        "",
        "STATUS: CLOSED - ALL CONDITIONS SATISFIED",
        "",
        f"Certified a true copy of the record of this court. {clerk}, Clerk",
    ]
    s = monospace_page(lines, 9.5, 0.8)
    s.stamp(4.8, 7.8, ["CERTIFIED COPY", us(disposed + dt.timedelta(days=400))], 10)
    return drawn("court_disposition", [s], "court_record", defendant, "rehabilitation")


def eoir_notice(
    person: Person, *, a_number: str, court: str, address: list[str], hearing: dt.datetime
) -> Paper:
    s = Sheet()
    s.lines(
        0.6,
        0.5,
        [
            "UNITED STATES DEPARTMENT OF JUSTICE",
            "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
            "IMMIGRATION COURT",
            *address,
        ],
        9,
        "sans-bold",
    )
    s.text(0.6, 1.8, f"RE: {up(person.surname)}, {up(person.given)}", 10, "mono")
    s.text(0.6, 2.0, f"FILE: A{a_number}", 10, "mono")
    s.center(2.6, "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS", 12, "sans-bold")
    s.paras(
        0.6,
        3.1,
        7.3,
        [
            f"Your case has been scheduled for a MASTER hearing before the Immigration Court on "
            f"{hearing.strftime('%b %-d, %Y')} at {hearing.strftime('%I:%M %p')} at {court}.",
            "You may be represented in these proceedings, at no expense to the Government, by an "
            "attorney or other individual authorized to appear. Failure to appear may result in "
            "an order of removal in your absence.",
        ],
        pt=10,
        face="serif",
    )
    s.text(
        0.6,
        9.8,
        "CERTIFICATE OF SERVICE: this document was served by mail to the alien "
        "c/o custodial officer or attorney.",
        7,
    )
    return drawn("eoir_notice", [s], ("court_record", "other"), person, "other")


def pd_denial(
    person: Person, *, a_number: str, office: str, lines: list[str], dated: dt.date, signer: str
) -> Paper:
    s = write_letter(
        (
            "U.S. Immigration and Customs Enforcement",
            ["Office of the Principal Legal Advisor", office, *lines],
            (20, 40, 90),
            "shield",
        ),
        long(dated),
        [],
        f"Re: {person.name}, A{a_number}",
        "Dear Counsel:",
        [
            "OPLA has reviewed the request for prosecutorial discretion submitted on behalf of "
            "the above-named noncitizen. After considering the totality of the circumstances, "
            "OPLA declines to exercise prosecutorial discretion at this time.",
            "This decision does not preclude a future request based on changed circumstances.",
        ],
        "Sincerely,",
        signer,
        ["Chief Counsel"],
        face="serif",
        pt=11,
    )
    return drawn("pd_denial", [s], ("other", "court_record"), person, "other")


def g28(
    person: Person, *, a_number: str, rep: dict, street: str, city: str, signed: dt.date
) -> Paper:
    p = Sheet()
    p.text(0.5, 0.4, "Notice of Entry of Appearance", 12, "sans-bold")
    p.text(0.5, 0.62, "as Attorney or Accredited Representative", 11, "sans-bold")
    p.text(6.0, 0.4, "DHS Form G-28", 10, "sans-bold")
    p.text(6.0, 0.6, "OMB No. 1615-0105", 7)
    p.text(
        0.5, 1.0, "Part 1. Information About Attorney or Accredited Representative", 9, "sans-bold"
    )
    y = p.grid(
        0.5,
        1.2,
        7.5,
        [
            (
                0.45,
                [
                    (1, "2.a. Family Name", rep["name"].split()[-1].upper()),
                    (1, "2.b. Given Name", rep["name"].split()[0].upper()),
                ],
            ),
            (0.45, [(1, "Organization", rep["organization"])]),
            (0.45, [(1, "Street", rep["address"][0]), (1, "City, State ZIP", rep["address"][1])]),
            (0.45, [(1, "Daytime Telephone", rep["phone"]), (1, "Email", rep["email"])]),
        ],
        value_face="sans",
    )
    p.text(0.5, y + 0.2, "Part 3. Client's Information", 9, "sans-bold")
    y = p.grid(
        0.5,
        y + 0.4,
        7.5,
        [
            (
                0.45,
                [
                    (1, "6.a. Family Name", up(person.surname)),
                    (1, "6.b. Given Name", up(person.given)),
                ],
            ),
            (0.45, [(1, "9. A-Number", a_number), (1, "Street", street), (1, "City", city)]),
        ],
        value_face="sans",
    )
    p.text(0.5, y + 0.3, "Part 5. Signature of Client", 9, "sans-bold")
    p.signature(0.7, y + 0.55, person.name, 16)
    p.text(0.5, y + 1.1, f"Date {us(signed)}", 9)
    p.signature(4.3, y + 0.55, rep["name"], 16)
    p.text(4.3, y + 1.1, "Signature of Attorney or Representative", 8)
    return drawn("g28", [p], "g28", person, "identity")
