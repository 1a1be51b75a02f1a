"""The papers of the third blind corpus, drawn from plain descriptions of real documents: boxed
state birth certificates, civil-registry extracts, passports and a work permit, IRS printouts
and forms, pay stubs, leases, ledgers, receipts and bills, school records, letters on
letterhead, clinic visit summaries, police and court papers, immigration forms and notices.

Each maker returns a ``Paper``: the page images and what the paper truly is (type, whom it is
about, equity, language, the stretch of residence it shows). NEVER TUNE RULES ON THESE.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from collections.abc import Sequence

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
Rows = list[tuple[float, list[tuple[float, str, str]]]]


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def money(x: float) -> str:
    return f"{x:,.2f}"


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


def largo(d: dt.date) -> str:
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


# ---------------------------------------------------------------- US birth certificates


def _state_birth(
    head: list[str],
    title: str,
    rows: Rows,
    footer: list[str],
    registrar: tuple[str, str],
    issued: dt.date,
    seed: int,
    tint: tuple[int, int, int],
    band: str,
) -> Sheet:
    """A certified copy of a state's birth record: security paper, the issuing office at the top,
    the record in numbered boxes, the registrar's attestation, signature and seal below."""
    s = Sheet()
    s.security_background(seed, tint)
    s.border(0.35, 2.2)
    y = 0.62
    for i, line in enumerate(head):
        y = s.center(y, line, 10 if i else 12, "serif-bold" if i == 0 else "serif")
    y = s.center(y + 0.08, title, 17, "serif-bold") + 0.12
    s.vertical(0.5, y, 3.2, band, 6.5)
    y = s.grid(0.72, y, 7.06, rows, label_pt=5.8, value_pt=9.5)
    y += 0.25
    y = s.paras(0.9, y, 6.7, footer, pt=8.5, face="serif")
    s.signature(4.7, y + 0.1, registrar[0], 18)
    s.line(4.5, y + 0.55, 7.6, y + 0.55, 0.6)
    s.text(4.5, y + 0.6, f"{registrar[0]}, {registrar[1]}", 7.5, "serif")
    s.text(0.9, y + 0.2, f"DATE ISSUED: {us(issued)}", 9, "sans-bold")
    s.seal(2.4, y + 0.95, 0.55, head[0].upper() + " * ", "SEAL")
    return s


def louisiana_birth(
    child: Person,
    mother: Person,
    father: Person,
    *,
    parish: str,
    city: str,
    facility: str,
    time: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    mother_address: str,
    seed: int,
) -> Paper:
    rows: Rows = [
        (0.5, [(4, "1. CHILD—NAME (First, Middle, Last, Suffix)", up(child.name))]),
        (
            0.5,
            [
                (2, "2. DATE OF BIRTH (Month, Day, Year)", long(child.born).upper()),
                (1, "3. HOUR", time),
                (1, "4. SEX", "FEMALE" if child.sex == "F" else "MALE"),
            ],
        ),
        (
            0.5,
            [
                (1.3, "5a. PARISH OF BIRTH", parish.upper()),
                (1.3, "5b. CITY, TOWN OR LOCATION OF BIRTH", city.upper()),
                (2, "5c. HOSPITAL OR INSTITUTION NAME", facility.upper()),
            ],
        ),
        (
            0.5,
            [
                (
                    3,
                    "6a. MOTHER—NAME PRIOR TO FIRST MARRIAGE (First, Middle, Last)",
                    up(mother.name),
                ),
                (1.2, "6b. DATE OF BIRTH", us(mother.born)),
            ],
        ),
        (
            0.5,
            [
                (2, "6c. BIRTHPLACE (State, Territory or Foreign Country)", up(mother.birthplace)),
                (3, "6d. RESIDENCE—STREET AND NUMBER, CITY, PARISH", mother_address.upper()),
            ],
        ),
        (
            0.5,
            [
                (3, "7a. FATHER—NAME (First, Middle, Last, Suffix)", up(father.name)),
                (1.2, "7b. DATE OF BIRTH", us(father.born)),
            ],
        ),
        (0.5, [(4, "7c. BIRTHPLACE (State, Territory or Foreign Country)", up(father.birthplace))]),
        (
            0.5,
            [
                (2, "STATE FILE NUMBER", file_no),
                (2, "DATE FILED", us(filed)),
                (2, "CERTIFIER", "ATTENDING PHYSICIAN"),
            ],
        ),
    ]
    footer = [
        "This is a true and correct reproduction of the original record as recorded and filed "
        "with the Vital Records Registry of the State of Louisiana. Issued under the authority "
        "of La. R.S. 40:32 et seq. Any alteration or erasure voids this certificate.",
    ]
    s = _state_birth(
        [
            "STATE OF LOUISIANA",
            "Louisiana Department of Health · Office of Public Health",
            "Vital Records Registry · New Orleans, Louisiana",
        ],
        "CERTIFICATE OF LIVE BIRTH",
        rows,
        footer,
        ("Ronald T. Fontenot-Barre", "State Registrar"),
        issued,
        seed,
        (226, 232, 242),
        "CHILD · PARENTS · FILING",
    )
    return drawn("louisiana_birth", [s], "birth_certificate", child, "us_family")


def oregon_birth(
    child: Person,
    mother: Person,
    father: Person,
    *,
    county: str,
    city: str,
    facility: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    rows: Rows = [
        (
            0.5,
            [
                (3, "1. CHILD'S NAME (First, Middle, Last, Suffix)", up(child.name)),
                (1, "2. SEX", child.sex),
            ],
        ),
        (
            0.5,
            [
                (1.4, "3. DATE OF BIRTH (Mo/Day/Yr)", us(child.born)),
                (1.4, "4. COUNTY OF BIRTH", county.upper()),
                (1.6, "5. CITY OF BIRTH", city.upper()),
            ],
        ),
        (
            0.5,
            [
                (
                    4,
                    "6. PLACE OF BIRTH (Name of facility; if not a facility, street address)",
                    facility.upper(),
                )
            ],
        ),
        (
            0.5,
            [
                (3, "7a. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (1.2, "7b. DATE OF BIRTH (Mo/Day/Yr)", us(mother.born)),
                (
                    1.6,
                    "7c. BIRTHPLACE (State, Territory or Foreign Country)",
                    up(mother.birthplace),
                ),
            ],
        ),
        (
            0.5,
            [
                (3, "8a. FATHER'S CURRENT LEGAL NAME", up(father.name)),
                (1.2, "8b. DATE OF BIRTH (Mo/Day/Yr)", us(father.born)),
                (
                    1.6,
                    "8c. BIRTHPLACE (State, Territory or Foreign Country)",
                    up(father.birthplace),
                ),
            ],
        ),
        (
            0.5,
            [
                (2, "STATE FILE NUMBER", file_no),
                (2, "DATE RECEIVED BY STATE REGISTRAR", us(filed)),
                (2, "AMENDMENTS", "NONE"),
            ],
        ),
    ]
    footer = [
        "I certify that this is a true and correct copy of the original record on file with the "
        "Oregon Health Authority, Center for Health Statistics. This copy is not valid unless it "
        "is printed on security paper bearing the raised seal of the State of Oregon.",
    ]
    s = _state_birth(
        [
            "STATE OF OREGON",
            "Oregon Health Authority · Public Health Division",
            "Center for Health Statistics · Portland, Oregon",
        ],
        "CERTIFICATE OF LIVE BIRTH",
        rows,
        footer,
        ("Dana K. Whitacre-Loomis", "State Registrar"),
        issued,
        seed,
        (230, 238, 226),
        "CHILD · MOTHER · FATHER",
    )
    return drawn("oregon_birth", [s], "birth_certificate", child, "us_family")


def georgia_birth(
    child: Person,
    mother: Person,
    father: Person,
    *,
    county: str,
    city: str,
    facility: str,
    time: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    rows: Rows = [
        (0.5, [(4, "1. CHILD'S NAME (FIRST, MIDDLE, LAST, SUFFIX)", up(child.name))]),
        (
            0.5,
            [
                (2, "2. DATE OF BIRTH (MONTH, DAY, YEAR)", long(child.born).upper()),
                (1, "3. TIME OF BIRTH", time),
                (1, "4. SEX", "FEMALE" if child.sex == "F" else "MALE"),
            ],
        ),
        (
            0.5,
            [
                (
                    2,
                    "5. FACILITY NAME (If not institution, give street and number)",
                    facility.upper(),
                ),
                (1.2, "6. CITY, TOWN OR LOCATION OF BIRTH", city.upper()),
                (1, "7. COUNTY OF BIRTH", county.upper()),
            ],
        ),
        (
            0.5,
            [
                (
                    3,
                    "8a. MOTHER'S CURRENT LEGAL NAME (FIRST, MIDDLE, LAST, SUFFIX)",
                    up(mother.name),
                ),
                (1.2, "8b. DATE OF BIRTH (MO/DAY/YR)", us(mother.born)),
            ],
        ),
        (
            0.5,
            [
                (3, "8c. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", up(mother.name)),
                (
                    1.6,
                    "8d. BIRTHPLACE (STATE, TERRITORY OR FOREIGN COUNTRY)",
                    up(mother.birthplace),
                ),
            ],
        ),
        (
            0.5,
            [
                (
                    3,
                    "9a. FATHER'S CURRENT LEGAL NAME (FIRST, MIDDLE, LAST, SUFFIX)",
                    up(father.name),
                ),
                (1.2, "9b. DATE OF BIRTH (MO/DAY/YR)", us(father.born)),
                (
                    1.6,
                    "9c. BIRTHPLACE (STATE, TERRITORY OR FOREIGN COUNTRY)",
                    up(father.birthplace),
                ),
            ],
        ),
        (
            0.5,
            [
                (2, "STATE FILE NUMBER", file_no),
                (2, "DATE FILED BY REGISTRAR", us(filed)),
                (2, "COUNTY CUSTODIAN", f"{county.upper()} COUNTY VITAL RECORDS"),
            ],
        ),
    ]
    footer = [
        "This is to certify that this is a true and correct abstract of the birth record on "
        "file in the State Office of Vital Records, Georgia Department of Public Health. "
        "O.C.G.A. § 31-10-26. Void if altered or if the raised seal is absent.",
    ]
    s = _state_birth(
        [
            "STATE OF GEORGIA",
            "Department of Public Health",
            "State Office of Vital Records · Atlanta, Georgia",
        ],
        "CERTIFICATE OF BIRTH",
        rows,
        footer,
        ("Cheryl A. Pettaway", "State Registrar and Custodian"),
        issued,
        seed,
        (240, 232, 224),
        "REGISTRANT · PARENTS",
    )
    return drawn("georgia_birth", [s], "birth_certificate", child, "us_family")


def washington_birth(
    child: Person,
    mother: Person,
    father: Person,
    *,
    county: str,
    city: str,
    facility: str,
    file_no: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    first, *middle = child.given.split()
    rows: Rows = [
        (
            0.5,
            [
                (1.3, "CHILD'S NAME — FIRST", up(first)),
                (1.3, "MIDDLE", up(" ".join(middle))),
                (1.4, "LAST", up(child.surname)),
            ],
        ),
        (
            0.5,
            [
                (1.3, "DATE OF BIRTH", us(child.born)),
                (0.7, "SEX", "F" if child.sex == "F" else "M"),
                (2, "PLACE OF BIRTH — FACILITY NAME", facility.upper()),
            ],
        ),
        (0.5, [(2, "CITY OR TOWN OF BIRTH", city.upper()), (2, "COUNTY OF BIRTH", county.upper())]),
        (
            0.5,
            [
                (3, "PARENT NAME PRIOR TO FIRST MARRIAGE / CIVIL UNION", up(mother.name)),
                (1.2, "PARENT DATE OF BIRTH", us(mother.born)),
                (1.6, "PARENT BIRTHPLACE", up(mother.birthplace)),
            ],
        ),
        (
            0.5,
            [
                (3, "PARENT NAME PRIOR TO FIRST MARRIAGE / CIVIL UNION", up(father.name)),
                (1.2, "PARENT DATE OF BIRTH", us(father.born)),
                (1.6, "PARENT BIRTHPLACE", up(father.birthplace)),
            ],
        ),
        (
            0.5,
            [
                (2, "STATE FILE NUMBER", file_no),
                (2, "DATE FILED", us(filed)),
                (2, "DATE ISSUED", us(issued)),
            ],
        ),
    ]
    footer = [
        "This is a true and accurate reproduction of the document officially registered and "
        "placed on file in the Washington State Department of Health, Center for Health "
        "Statistics (RCW 70.58A).",
    ]
    s = _state_birth(
        [
            "WASHINGTON STATE",
            "Department of Health",
            "Center for Health Statistics · Tumwater, Washington",
        ],
        "CERTIFICATE OF BIRTH",
        rows,
        footer,
        ("Marcus L. Inouye", "State Registrar"),
        issued,
        seed,
        (228, 236, 240),
        "REGISTRANT · PARENTS",
    )
    return drawn("washington_birth", [s], "birth_certificate", child, "us_family")


# ---------------------------------------------------------------- civil-registry extracts


def _registry_extract(
    head: list[str],
    title: str,
    entries: list[tuple[str, str]],
    notes: list[str],
    place_date: str,
    signer: tuple[str, str],
    seal: str,
    seed: int,
    tint: tuple[int, int, int],
) -> Sheet:
    s = Sheet()
    s.security_background(seed, tint)
    y = 0.6
    for i, line in enumerate(head):
        y = s.center(y, line, 11 if i == 0 else 9, "sans-bold" if i == 0 else "sans")
    y = s.center(y + 0.1, title, 15, "sans-bold") + 0.15
    y = s.table(
        0.8,
        y,
        [2.6, 4.3],
        [["", ""], *[[k, v] for k, v in entries]],
        pt=9,
        row_height=0.29,
        header_fill=None,
    )
    y += 0.2
    y = s.paras(0.8, y, 6.9, notes, pt=9, face="serif")
    y = s.text(0.8, y + 0.1, place_date, 9.5, "serif")
    s.signature(4.6, y + 0.25, signer[0], 18)
    s.line(4.3, y + 0.75, 7.6, y + 0.75)
    s.text(4.3, y + 0.8, signer[0], 8.5, "sans-bold")
    s.text(4.3, y + 0.95, signer[1], 8, "sans")
    s.seal(2.2, y + 0.8, 0.6, seal, "")
    return s


def honduras_birth(
    person: Person,
    father: Person,
    mother: Person,
    *,
    municipality: str,
    department: str,
    registered: dt.date,
    issued: dt.date,
    dni: str,
    seed: int,
) -> Paper:
    entries = [
        ("Número de Identidad (DNI)", dni),
        ("Nombres", up(person.given)),
        ("Apellidos", up(person.surname)),
        ("Sexo", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        ("Fecha de nacimiento", largo(person.born)),
        ("Lugar de nacimiento", f"{municipality}, {department}, Honduras"),
        ("Nombre del padre", up(father.name)),
        ("Nacionalidad del padre", "HONDUREÑA"),
        ("Nombre de la madre", up(mother.name)),
        ("Nacionalidad de la madre", "HONDUREÑA"),
        ("Fecha de inscripción", largo(registered)),
        ("Tomo / Folio / Acta", f"0{seed % 90 + 10} / {seed % 400 + 12} / {seed % 900 + 100}"),
    ]
    notes = [
        "El infrascrito Registrador Civil Municipal CERTIFICA: que la presente es fiel copia "
        "del acta de nacimiento inscrita en el Registro Civil de este municipio, la cual no "
        "contiene anotaciones marginales.",
    ]
    s = _registry_extract(
        [
            "REPÚBLICA DE HONDURAS",
            "REGISTRO NACIONAL DE LAS PERSONAS (RNP)",
            f"Registro Civil Municipal de {municipality}, {department}",
        ],
        "CERTIFICACIÓN DE ACTA DE NACIMIENTO",
        entries,
        notes,
        f"Extendida en {municipality}, {department}, el {largo(issued)}.",
        ("Lcda. Olga Marina Zúniga Castillo", "Registradora Civil Municipal"),
        "REGISTRO NACIONAL DE LAS PERSONAS * HONDURAS * ",
        seed,
        (222, 232, 246),
    )
    return drawn("honduras_birth", [s], "birth_certificate", person, "identity", "es")


def mexico_birth(
    person: Person,
    father: Person,
    mother: Person,
    *,
    municipality: str,
    state: str,
    registered: dt.date,
    issued: dt.date,
    curp: str,
    seed: int,
) -> Paper:
    entries = [
        ("CURP", curp),
        ("Nombre(s)", up(person.given)),
        ("Primer apellido", up(person.surname.split()[0])),
        ("Segundo apellido", up(person.surname.split()[-1])),
        ("Sexo", "HOMBRE" if person.sex == "M" else "MUJER"),
        ("Fecha de nacimiento", us(person.born).replace("/", "-")),
        ("Lugar de nacimiento", f"{up(municipality)}, {up(state)}"),
        ("Padre", up(father.name)),
        ("Nacionalidad", "MEXICANA"),
        ("Madre", up(mother.name)),
        ("Nacionalidad", "MEXICANA"),
        ("Fecha de registro", us(registered).replace("/", "-")),
        ("Oficialía / Libro / Acta", f"01 / {seed % 9 + 1} / {seed % 700 + 200:05d}"),
    ]
    notes = [
        "Se certifica que los datos corresponden a lo asentado en el acta de nacimiento que obra "
        "en los archivos del Registro Civil del Estado de Oaxaca. La presente se expide con "
        "fundamento en el Código Civil para el Estado de Oaxaca.",
    ]
    s = _registry_extract(
        [
            "ESTADOS UNIDOS MEXICANOS",
            "GOBIERNO DEL ESTADO DE OAXACA · DIRECCIÓN DEL REGISTRO CIVIL",
            "Oficialía del Registro Civil de " + municipality,
        ],
        "ACTA DE NACIMIENTO",
        entries,
        notes,
        f"Oaxaca de Juárez, Oaxaca, a {largo(issued)}.",
        ("Lic. Rubén Darío Matus Olivera", "Director del Registro Civil"),
        "REGISTRO CIVIL * OAXACA * MEXICO * ",
        seed,
        (228, 240, 230),
    )
    return drawn("mexico_birth", [s], "birth_certificate", person, "identity", "es")


def colombia_birth(
    person: Person,
    father: Person,
    mother: Person,
    *,
    municipality: str,
    department: str,
    registered: dt.date,
    issued: dt.date,
    serial: str,
    seed: int,
) -> Paper:
    entries = [
        ("Indicativo serial", serial),
        ("Oficina de registro", f"Notaría Segunda de {municipality}"),
        ("Primer apellido", up(person.surname.split()[0])),
        ("Segundo apellido", up(person.surname.split()[-1])),
        ("Nombre(s)", up(person.given)),
        (
            "Fecha de nacimiento",
            f"{person.born.day:02d} {MESES[person.born.month - 1].upper()} {person.born.year}",
        ),
        ("Sexo", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        ("Lugar de nacimiento", f"COLOMBIA, {up(department)}, {up(municipality)}"),
        ("Datos de la madre", up(mother.name) + " · C.C. 24.318.772"),
        ("Datos del padre", up(father.name) + " · C.C. 10.092.415"),
        (
            "Fecha de inscripción",
            f"{registered.day:02d} {MESES[registered.month - 1].upper()} {registered.year}",
        ),
    ]
    notes = [
        "Es fiel copia tomada del original del Registro Civil de Nacimiento que reposa en esta "
        "oficina. Se expide para acreditar parentesco y demás "
        "fines legales (Decreto 1260 de 1970).",
    ]
    s = _registry_extract(
        [
            "REPÚBLICA DE COLOMBIA",
            "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
            "Identificación Personal",
        ],
        "REGISTRO CIVIL DE NACIMIENTO",
        entries,
        notes,
        f"Expedido en {municipality}, {department}, el {largo(issued)}.",
        ("Hernando José Valencia Ospina", "Notario Segundo del Círculo de " + municipality),
        "NOTARIA SEGUNDA * " + up(municipality) + " * ",
        seed,
        (246, 238, 214),
    )
    return drawn("colombia_birth", [s], "birth_certificate", person, "identity", "es")


def india_birth(
    person: Person,
    father: Person,
    mother: Person,
    *,
    place: str,
    district: str,
    registration_no: str,
    registered: dt.date,
    issued: dt.date,
    address: str,
    seed: int,
) -> Paper:
    """A birth certificate of an Indian state, printed in English under the 1969 Act."""
    entries = [
        ("Name", up(person.name)),
        ("Sex", "MALE" if person.sex == "M" else "FEMALE"),
        ("Date of Birth", person.born.strftime("%d-%m-%Y")),
        ("Place of Birth", f"{place}, Tehsil Phillaur, District {district}"),
        ("Name of Mother", up(mother.name)),
        ("Name of Father", up(father.name)),
        ("Address of parents at the time of birth", address),
        ("Permanent address of parents", address),
        ("Registration Number", registration_no),
        ("Date of Registration", registered.strftime("%d-%m-%Y")),
    ]
    notes = [
        "This is to certify that the following information has been taken from the original "
        "record of birth which is the register for Village Panchayat Rurka Kalan of Tehsil "
        "Phillaur of District Jalandhar of the State of Punjab, India.",
        "Issued under Section 12/17 of the Registration of Births and Deaths Act, 1969 and "
        "Rule 8/13 of the Punjab Registration of Births and Deaths Rules, 2004.",
    ]
    s = _registry_extract(
        [
            "GOVERNMENT OF PUNJAB",
            "Department of Health & Family Welfare",
            "Office of the Registrar (Births & Deaths)",
        ],
        "BIRTH CERTIFICATE",
        entries,
        notes,
        f"Date of issue: {issued.strftime('%d-%m-%Y')}        Place: Phillaur",
        ("Dr. Kuldeep Kaur Bains", "Registrar (Births & Deaths), Phillaur"),
        "REGISTRAR BIRTHS AND DEATHS * PUNJAB * ",
        seed,
        (236, 236, 246),
    )
    return drawn("india_birth", [s], "birth_certificate", person, "identity")


def translation(
    original: Paper,
    about: Person,
    title: str,
    entries: list[tuple[str, str]],
    notes: str,
    *,
    translator: dict,
    signed: dt.date,
    complete: bool = True,
) -> Paper:
    """An English translation of a one-page record, with the translator's certificate below it.
    ``complete=False``: the translator signs, dates and gives an address, but never states
    being competent to translate or that the translation is accurate."""
    s = Sheet()
    y = s.text(0.9, 0.6, "[TRANSLATION FROM SPANISH]", 9, "sans-bold")
    y = s.center(y + 0.1, title, 14, "serif-bold") + 0.15
    y = s.table(
        0.9,
        y,
        [2.6, 4.1],
        [["", ""], *[[k, v] for k, v in entries]],
        pt=9,
        row_height=0.27,
        header_fill=None,
    )
    y = s.para(0.9, y + 0.15, 6.7, notes, 9.5, "serif")
    y = s.text(0.9, y + 0.05, "[Signature illegible]   [Seal]", 9, "serif-italic") + 0.3
    s.line(0.9, y, 7.6, y, 1.0)
    y += 0.2
    if complete:
        y = s.center(y, "CERTIFICATE OF TRANSLATION", 13, "serif-bold") + 0.1
        y = s.para(
            0.9,
            y,
            6.7,
            f"I, {translator['name']}, certify that I am competent to translate from Spanish "
            "into English, and that the above is a complete and accurate translation of the "
            f"attached {title.lower()}, to the best of my knowledge and ability.",
            10.5,
        )
    else:
        y = s.text(0.9, y, "Translated by:", 10.5, "serif-bold") + 0.05
    s.signature(1.0, y + 0.1, translator["name"], 18)
    y = s.lines(
        0.9,
        y + 0.6,
        [
            translator["name"],
            *translator["address"],
            f"Tel. {translator['phone']}",
            f"Date: {long(signed)}",
        ],
        9.5,
        "serif",
    )
    return drawn(
        original.label + "_translation",
        [s],
        (
            "certificate_of_translation",
            original.type if isinstance(original.type, str) else original.type[0],
        ),
        about,
        original.equity,
    )


# ---------------------------------------------------------------- passports and cards


def passport(
    person: Person,
    *,
    code: str,
    country: list[str],
    nationality: str,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    labels: dict[str, str],
    colour: tuple[int, int, int],
    seed: int,
    language: Choice,
    personal: str = "",
) -> Paper:
    """A passport's data page (125 x 88 mm): the country, the holder's photo, labelled fields
    (in the issuing country's language and English), and the two-line zone."""
    s = card(125, 88)
    tinted(s, (250, 248, 240), colour)
    y = 0.1
    for i, line in enumerate(country):
        y = s.text(
            2.46, y, line, 9 if i == 0 else 6.5, "sans-bold" if i == 0 else "sans", align="center"
        )
    portrait(s, 0.2, 0.6, 1.15, 1.45, seed)
    x = 1.55
    rows = [
        [(labels["type"], "P"), (labels["code"], code), (labels["number"], number)],
        [(labels["surname"], up(person.surname))],
        [(labels["given"], up(person.given))],
        [(labels["nationality"], nationality)],
        [(labels["born"], person.born.strftime("%d %b %Y").upper()), (labels["sex"], person.sex)],
        [(labels["place"], up(person.birthplace))],
        [(labels["issued"], issued.strftime("%d %b %Y").upper()), (labels["authority"], authority)],
        [(labels["expiry"], expiry.strftime("%d %b %Y").upper())],
    ]
    y = 0.52
    for row in rows:
        cx = x
        for label, value in row:
            s.text(cx, y, label, 5.2, "sans", fill=GREY)
            s.text(cx, y + 0.085, value, 8, "sans-bold")
            cx += max(1.1, s.length(value, 8, "sans-bold"), s.length(label, 5.2)) + 0.25
        y += 0.25
    zone = mrz.td3(
        kind="P",
        country=code,
        surname=person.surname,
        given=person.given,
        number=number,
        nationality=code,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
        personal=personal,
    )
    mrz_lines(s, 2.78, zone, 11.5)
    return drawn(
        f"passport_{code.lower()}",
        [s],
        "passport",
        person,
        "identity",
        language,
        mrz_zone=zone,
        is_card=True,
    )


def work_permit(
    person: Person,
    *,
    uscis: str,
    category: str,
    card_no: str,
    birth_country: str,
    valid_from: dt.date,
    expires: dt.date,
    seed: int,
) -> Paper:
    """The front of an employment authorization card (ID-1)."""
    s = card()
    tinted(s, (246, 236, 232), (214, 226, 240))
    s.text(0.15, 0.08, "UNITED STATES OF AMERICA", 7.5, "sans-bold", fill=(30, 50, 110))
    s.text(0.15, 0.22, "EMPLOYMENT AUTHORIZATION CARD", 9, "sans-bold", fill=(140, 30, 40))
    portrait(s, 0.15, 0.5, 0.85, 1.05, seed)
    x, y = 1.15, 0.48
    for label, value in [
        ("Surname", up(person.surname)),
        ("Given Name", up(person.given)),
        ("USCIS#", uscis),
        ("Category", category),
        ("Card#", card_no),
        ("Country of Birth", up(birth_country)),
    ]:
        s.text(x, y, label, 4.8, "sans", fill=GREY)
        s.text(x, y + 0.07, value, 6.8, "sans-bold")
        y += 0.19
    x2 = 2.45
    y = 1.05
    for label, value in [
        ("Date of Birth", person.born.strftime("%m/%d/%Y")),
        ("Sex", person.sex),
        ("Valid From:", valid_from.strftime("%m/%d/%Y")),
        ("Card Expires:", expires.strftime("%m/%d/%Y")),
    ]:
        s.text(x2, y, label, 4.8, "sans", fill=GREY)
        s.text(x2, y + 0.07, value, 6.8, "sans-bold")
        y += 0.19
    s.text(0.15, 1.95, "NOT VALID FOR REENTRY TO U.S.", 6, "sans-bold", fill=(140, 30, 40))
    return drawn(
        "work_permit", [s], ("identity_document", "other"), person, "identity", is_card=True
    )


# ---------------------------------------------------------------- IRS


def tax_return_transcript(
    person: Person,
    year: int,
    *,
    ssn4: str,
    street: str,
    filing_status: str,
    wages: float,
    business: float,
    agi: float,
    tax: float,
    requested: dt.date,
    seed: int,
) -> Paper:
    rng = random.Random(seed)
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                         Tax Return Transcript",
        "",
        f"Request Date: {requested.strftime('%m-%d-%Y')}",
        f"Response Date: {requested.strftime('%m-%d-%Y')}",
        f"Tracking Number: {rng.randrange(10**11, 10**12)}",
        f"SSN Provided: XXX-XX-{ssn4}",
        f"Tax Period Ending: Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR),",
        "and the amount as adjusted (PC), if applicable. They do not show",
        "subsequent activity on the account.",
        "",
        f"SSN: XXX-XX-{ssn4}",
        f"NAME(S) SHOWN ON RETURN: {person.irs}",
        f"ADDRESS: {street.upper()[:4]} {street.upper().split()[1][:3]}",
        "",
        f"FILING STATUS:                                {filing_status}",
        "FORM NUMBER:                                        1040",
        f"CYCLE POSTED:                                   {year + 1}{rng.randrange(10, 20)}05",
        f"RECEIVED DATE:                            Apr. {rng.randrange(2, 15)}, {year + 1}",
        "REMITTANCE:                                        $0.00",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:{'$' + money(wages):>30}",
        f"TAXABLE INTEREST INCOME: SCH B:{'$0.00':>26}",
        f"BUSINESS INCOME OR LOSS (Schedule C):{'$' + money(business):>20}",
        f"TOTAL INCOME:{'$' + money(wages + business):>44}",
        "",
        "Adjustments to Income",
        f"SELF EMPLOYMENT TAX DEDUCTION:{'$' + money(business * 0.0765):>27}",
        f"ADJUSTED GROSS INCOME:{'$' + money(agi):>35}",
        "",
        "Tax and Credits",
        f"STANDARD DEDUCTION PER COMPUTER:{'$' + money(min(agi, 12950.0)):>25}",
        f"TAXABLE INCOME:{'$' + money(max(0.0, agi - 12950.0)):>42}",
        f"TOTAL TAX LIABILITY TP FIGURES:{'$' + money(tax):>26}",
        "",
        "Payments",
        f"FEDERAL INCOME TAX WITHHELD:{'$' + money(tax * 0.8):>29}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    s = monospace_page(lines, 9.2)
    return drawn(
        "tax_return_transcript",
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
    ssn: str,
    employer: str,
    employer_lines: list[str],
    ein: str,
    street: str,
    city: str,
    wages: float,
    federal: float,
    state: str,
    state_id: str,
    state_tax: float,
    seed: int,
) -> Paper:
    s = Sheet()
    top = 0.7
    s.text(0.6, 0.35, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 8, "sans-bold")
    rows: Rows = [
        (
            0.42,
            [
                (1.5, "a  Employee's social security number", ssn),
                (1.2, "OMB No. 1545-0008", ""),
            ],
        ),
        (
            0.42,
            [
                (2, "b  Employer identification number (EIN)", ein),
                (1, "1  Wages, tips, other compensation", money(wages)),
                (1, "2  Federal income tax withheld", money(federal)),
            ],
        ),
        (
            0.95,
            [
                (
                    2,
                    "c  Employer's name, address, and ZIP code",
                    "\n".join([employer, *employer_lines]),
                ),
                (1, "3  Social security wages", money(wages)),
                (1, "4  Social security tax withheld", money(wages * 0.062)),
            ],
        ),
        (
            0.42,
            [
                (2, "d  Control number", f"{seed % 100000:05d}"),
                (1, "5  Medicare wages and tips", money(wages)),
                (1, "6  Medicare tax withheld", money(wages * 0.0145)),
            ],
        ),
        (
            0.95,
            [
                (
                    2,
                    "e  Employee's first name and initial      Last name      "
                    "Suff.\nf  Employee's address and ZIP code",
                    f"{up(person.given)} {up(person.surname)}\n{street.upper()}\n{city.upper()}",
                ),
                (1, "12a  See instructions for box 12", ""),
                (1, "13  Statutory employee / Retirement plan / Third-party sick pay", ""),
            ],
        ),
        (
            0.42,
            [
                (1, "15  State   Employer's state ID number", f"{state}   {state_id}"),
                (1, "16  State wages, tips, etc.", money(wages)),
                (1, "17  State income tax", money(state_tax)),
                (1, "20  Locality name", ""),
            ],
        ),
    ]
    y = s.grid(0.6, top, 7.3, rows, value_pt=9)
    s.text(0.6, y + 0.08, "Form W-2  Wage and Tax Statement", 13, "sans-bold")
    s.text(5.4, y + 0.08, str(year), 20, "sans-bold")
    s.text(0.6, y + 0.38, "Department of the Treasury—Internal Revenue Service", 7.5, "sans")
    return drawn(
        "w2",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def nec1099(
    person: Person,
    year: int,
    *,
    tin: str,
    payer: str,
    payer_lines: list[str],
    payer_tin: str,
    street: str,
    city: str,
    amount: float,
    seed: int,
) -> Paper:
    s = Sheet()
    rows: Rows = [
        (
            1.0,
            [
                (
                    2,
                    "PAYER'S name, street address, city or town, state or province, "
                    "country, ZIP or foreign postal code, and telephone no.",
                    "\n".join([payer, *payer_lines]),
                ),
                (
                    1,
                    "OMB No. 1545-0116\nForm 1099-NEC",
                    f"(Rev. January 2024)\nFor calendar year {year}",
                ),
            ],
        ),
        (
            0.42,
            [
                (1, "PAYER'S TIN", payer_tin),
                (1, "RECIPIENT'S TIN", tin),
                (1, "1  Nonemployee compensation", "$ " + money(amount)),
            ],
        ),
        (
            0.42,
            [
                (2, "RECIPIENT'S name", up(person.name)),
                (1, "2  Payer made direct sales totaling $5,000 or more", ""),
            ],
        ),
        (
            0.42,
            [(2, "Street address (including apt. no.)", street.upper()), (1, "3", "")],
        ),
        (
            0.42,
            [
                (
                    2,
                    "City or town, state or province, country, and ZIP or foreign postal code",
                    city.upper(),
                ),
                (1, "4  Federal income tax withheld", "$ 0.00"),
            ],
        ),
        (
            0.42,
            [
                (1, "Account number (see instructions)", f"{seed % 10000:04d}"),
                (1, "5  State tax withheld", ""),
                (1, "6  State/Payer's state no.", ""),
            ],
        ),
    ]
    y = s.grid(0.6, 0.8, 7.3, rows, value_pt=9)
    s.text(0.6, y + 0.1, "Form 1099-NEC", 13, "sans-bold")
    s.text(2.4, y + 0.12, "Nonemployee Compensation", 11, "sans-bold")
    s.text(
        0.6,
        y + 0.4,
        "Copy B  For Recipient      Department of the Treasury - Internal Revenue Service",
        8,
    )
    s.text(
        0.6, y + 0.6, "This is important tax information and is being furnished to the IRS.", 7.5
    )
    return drawn(
        "nec1099",
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
    employer_lines: list[str],
    start: dt.date,
    end: dt.date,
    paid: dt.date,
    hours: float,
    rate: float,
    ytd: float,
    employee_id: str,
    street: str,
    city: str,
) -> Paper:
    s = Sheet()
    s.text(0.7, 0.6, employer, 14, "sans-bold")
    s.lines(0.7, 0.85, employer_lines, 8.5, "sans", fill=GREY)
    s.text(5.2, 0.6, "EARNINGS STATEMENT", 12, "sans-bold")
    s.lines(
        5.2,
        0.85,
        [f"Period start: {us(start)}", f"Period end:   {us(end)}", f"Pay date:     {us(paid)}"],
        8.5,
        "mono",
    )
    s.lines(0.7, 1.6, [up(person.name), street.upper(), city.upper()], 9.5, "mono-bold")
    s.lines(
        5.2,
        1.6,
        [f"Employee ID: {employee_id}", "Pay frequency: Biweekly", "Federal filing: Single"],
        8.5,
        "mono",
    )
    gross = hours * rate
    fed, ss, med, st = gross * 0.04, gross * 0.062, gross * 0.0145, gross * 0.028
    y = s.table(
        0.7,
        2.4,
        [2.2, 1.0, 1.0, 1.3, 1.5],
        [
            ["Earnings", "Rate", "Hours", "This period", "Year to date"],
            ["Regular", money(rate), f"{hours:.2f}", money(gross), money(ytd)],
            ["Overtime", money(rate * 1.5), "0.00", "0.00", "0.00"],
            ["Gross pay", "", "", money(gross), money(ytd)],
        ],
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.7,
        y + 0.3,
        [3.2, 1.3, 1.5],
        [
            ["Deductions", "This period", "Year to date"],
            ["Federal income tax", money(fed), money(ytd * 0.04)],
            ["Social Security tax", money(ss), money(ytd * 0.062)],
            ["Medicare tax", money(med), money(ytd * 0.0145)],
            ["GA state income tax", money(st), money(ytd * 0.028)],
        ],
        align=["left", "right", "right"],
    )
    net = gross - fed - ss - med - st
    s.text(
        0.7,
        y + 0.3,
        f"NET PAY: ${money(net)}     Direct deposit: checking ******{employee_id[-4:]}",
        10.5,
        "sans-bold",
    )
    return drawn("pay_stub", [s], "pay_record", person, "employment_and_taxes", proves=(start, end))


# ---------------------------------------------------------------- housing


def lease(
    tenants: Sequence[Person],
    occupants: Sequence[Person],
    *,
    landlord: str,
    address: str,
    city: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    deposit: int,
    signed: dt.date,
    state: str,
    manager: str,
) -> Paper:
    """A two-page residential lease: parties, premises, term and rent; rules and signatures."""
    p1 = Sheet()
    y = p1.center(0.6, "RESIDENTIAL RENTAL AGREEMENT", 16, "serif-bold")
    y = p1.center(y, f"(State of {state} — Fixed Term Tenancy)", 10, "serif-italic") + 0.2
    names = " and ".join(t.name for t in tenants)
    clauses = [
        f"1. PARTIES. This Rental Agreement is made on {long(signed)} between {landlord} "
        f'("Landlord") and {names} ("Tenant").',
        f"2. PREMISES. Landlord rents to Tenant the dwelling at {address}, {city} (the "
        '"Premises"), together with the appliances listed in the move-in checklist.',
        "3. OCCUPANTS. The Premises shall be occupied only by Tenant and the following persons: "
        + ", ".join(o.name for o in occupants)
        + ".",
        f"4. TERM. The tenancy begins on {long(start)} and ends on {long(end)}. Unless either "
        "party gives written notice at least 30 days before the end of the term, the tenancy "
        "continues from month to month on the same terms.",
        f"5. RENT. Tenant shall pay ${rent:,} per month, in advance, on or before the first day "
        "of each month, to Landlord's office or through the resident portal. Rent received "
        "after the fifth day of the month is late and a late charge of $50.00 is due.",
        f"6. SECURITY DEPOSIT. Tenant has paid a security deposit of ${deposit:,}, to be held "
        "and returned as state law provides, less lawful deductions itemized in writing.",
        "7. UTILITIES. Tenant pays electricity and gas. Landlord pays water, sewer and garbage.",
    ]
    p1.paras(0.9, y, 6.7, clauses, pt=10.5)
    p2 = Sheet()
    more = [
        "8. USE AND CARE. Tenant shall keep the Premises clean and safe, shall not disturb "
        "neighbors, and shall promptly report any needed repair in writing.",
        "9. ENTRY. Landlord may enter at reasonable times after 24 hours' notice, except in "
        "an emergency.",
        "10. PETS. No animals without Landlord's written consent.",
        "11. ENTIRE AGREEMENT. This Agreement and its addenda are the entire agreement of the "
        "parties. Each Tenant is jointly and severally liable for all obligations.",
    ]
    y = p2.paras(0.9, 0.8, 6.7, more, pt=10.5) + 0.4
    p2.text(0.9, y, "LANDLORD:", 10, "serif-bold")
    p2.text(4.4, y, "TENANT(S):", 10, "serif-bold")
    p2.signature(0.95, y + 0.25, manager, 18)
    for i, t in enumerate(tenants):
        p2.signature(4.45, y + 0.25 + 0.8 * i, t.name, 18)
        p2.line(4.4, y + 0.75 + 0.8 * i, 7.6, y + 0.75 + 0.8 * i, 0.6)
        p2.text(4.4, y + 0.8 + 0.8 * i, f"{t.name}    Date: {us(signed)}", 8.5, "serif")
    p2.line(0.9, y + 0.75, 3.9, y + 0.75, 0.6)
    p2.text(0.9, y + 0.8, f"{manager}, for {landlord}", 8.5, "serif")
    return drawn(
        "lease",
        [p1, p2],
        "residence_record",
        tenants[0],
        "length_of_residence",
        proves=(start, end),
    )


def tenant_ledger(
    person: Person,
    *,
    company: str,
    company_lines: list[str],
    unit: str,
    start: dt.date,
    end: dt.date,
    rent: float,
    printed: dt.date,
) -> Paper:
    s = Sheet()
    y = letterhead(s, company, company_lines, (40, 70, 110), "house", "sans-bold")
    y = s.text(0.8, y - 0.1, "RESIDENT LEDGER", 13, "sans-bold")
    y = s.lines(
        0.8,
        y,
        [
            f"Resident: {person.name}",
            f"Unit: {unit}",
            f"Printed: {us(printed)}   Period: {us(start)} - {us(end)}",
        ],
        9,
        "sans",
    )
    rows = [["Date", "Description", "Charges", "Payments", "Balance"]]
    month = start
    while month <= end:
        rows.append([us(month), "Rent payment - thank you", "", money(rent), "0.00"])
        month = D(month.year + (month.month == 12), month.month % 12 + 1, 1)
    s.table(
        0.8,
        y + 0.1,
        [1.0, 3.0, 0.9, 1.0, 1.0],
        rows,
        pt=6.8,
        row_height=0.135,
        align=["left", "left", "right", "right", "right"],
    )
    return drawn(
        "tenant_ledger", [s], "residence_record", person, "length_of_residence", proves=(start, end)
    )


def rent_receipts(
    person: Person,
    *,
    landlord: str,
    address: str,
    months: list[dt.date],
    amount: int,
    first_no: int,
) -> Paper:
    """A page of carbon copies from a receipt book, six receipts of monthly rent, bilingual."""
    s = Sheet()
    for i, month in enumerate(months[:6]):
        x, y = 0.5 + (i % 2) * 3.85, 0.5 + (i // 2) * 3.4
        s.rect(x, y, 3.6, 3.1, 1.0)
        s.text(x + 0.12, y + 0.1, "RECIBO DE RENTA / RENT RECEIPT", 9.5, "sans-bold")
        s.text(x + 2.7, y + 0.1, f"No. {first_no + i}", 9, "sans-bold", fill=(170, 40, 50))
        lines = [
            ("Fecha / Date:", us(D(month.year, month.month, 2))),
            ("Recibí de / Received from:", person.name),
            ("La cantidad de / The sum of:", f"${amount:,}.00"),
            ("Por renta de / For rent of:", address),
            ("Periodo / Period:", f"{month.strftime('%B %Y')}"),
            ("Recibido por / Received by:", landlord),
        ]
        yy = y + 0.45
        for label, value in lines:
            s.text(x + 0.12, yy, label, 7.5, "sans", fill=GREY)
            s.text(x + 0.12, yy + 0.13, value, 9, "serif-italic", fill=BLUE_INK)
            yy += 0.4
        s.signature(x + 1.6, y + 2.55, landlord.split()[0], 14)
    last = months[-1]
    nxt = D(last.year + (last.month == 12), last.month % 12 + 1, 1) - dt.timedelta(days=1)
    return drawn(
        "rent_receipts",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=(months[0], nxt),
    )


def utility_bill(
    person: Person,
    *,
    company: str,
    company_lines: list[str],
    account: str,
    street: str,
    city: str,
    start: dt.date,
    end: dt.date,
    kwh: int,
    amount: float,
    due: dt.date,
) -> Paper:
    s = Sheet()
    y = letterhead(s, company, company_lines, (20, 100, 80), "leaf", "sans-bold")
    s.lines(0.9, y, [up(person.name), street.upper(), city.upper()], 10, "mono-bold")
    s.lines(
        4.8,
        y,
        [
            f"Account number: {account}",
            f"Statement date: {us(end + dt.timedelta(days=2))}",
            f"Amount due: ${money(amount)}",
            f"Due date: {us(due)}",
        ],
        9,
        "sans",
    )
    y += 1.0
    y = s.text(0.9, y, f"Service address: {street}, {city}", 9.5, "sans-bold") + 0.1
    y = s.table(
        0.9,
        y,
        [2.8, 1.3, 1.3, 1.3],
        [
            ["Electric service", "Meter", "Days", "Usage"],
            [
                f"Billing period {us(start)} - {us(end)}",
                "E-" + account[-5:],
                str((end - start).days),
                f"{kwh} kWh",
            ],
            ["Basic charge", "", "", money(11.0)],
            ["Energy charge", "", "", money(amount - 14.5)],
            ["Public purpose charge and taxes", "", "", money(3.5)],
            ["Total current charges", "", "", money(amount)],
        ],
        align=["left", "left", "right", "right"],
    )
    s.para(
        0.9,
        y + 0.3,
        6.7,
        "Thank you for your payment of the previous balance. To report an "
        "outage call 1-888-555-0123 any time, or visit our website.",
        9,
        "sans",
    )
    s.line(0.6, 9.2, 7.9, 9.2, 0.6)
    s.text(0.9, 9.3, "Please return this portion with your payment.", 8, "sans")
    s.text(
        0.9,
        9.5,
        f"{up(person.name)}   Account {account}   Amount due ${money(amount)}",
        9,
        "mono-bold",
    )
    return drawn(
        "utility_bill", [s], "residence_record", person, "length_of_residence", proves=(start, end)
    )


# ---------------------------------------------------------------- school


def report_card(
    student: Person,
    *,
    school: str,
    school_lines: list[str],
    year: str,
    grade: str,
    teacher: str,
    marks: list[tuple[str, str, str, str]],
    absent: int,
    tardy: int,
    comment: str,
) -> Paper:
    s = Sheet()
    y = letterhead(s, school, school_lines, (30, 60, 120), "star", "sans-bold")
    y = s.center(y - 0.1, f"STUDENT PROGRESS REPORT  {year}", 13, "sans-bold") + 0.05
    y = (
        s.lines(
            0.9,
            y,
            [
                f"Student: {student.name}    Grade: {grade}",
                f"Teacher: {teacher}    Student ID: {_student_id(student.name)}",
            ],
            9.5,
            "sans",
        )
        + 0.1
    )
    rows = [["Subject", "Quarter 1", "Quarter 2", "Quarter 3"], *[list(m) for m in marks]]
    y = s.table(0.9, y, [3.0, 1.2, 1.2, 1.2], rows, pt=9)
    y = s.table(
        0.9,
        y + 0.25,
        [3.0, 1.2, 1.2, 1.2],
        [
            ["Attendance", "Days absent", "Days tardy", ""],
            ["Year to date", str(absent), str(tardy), ""],
        ],
        pt=9,
    )
    y = s.text(0.9, y + 0.25, "Teacher comments:", 10, "sans-bold")
    s.para(0.9, y + 0.05, 6.7, comment, 10, "serif")
    return drawn("report_card", [s], "school_record", student, "education")


def certificate_award(
    person: Person,
    *,
    org: str,
    title: str,
    lines: list[str],
    dated: dt.date,
    signers: list[tuple[str, str]],
    colour: tuple[int, int, int],
) -> Paper:
    """A landscape certificate of completion, as adult-education programs hand out."""
    s = Sheet(11, 8.5)
    s.border(0.4, 4)
    y = s.center(0.9, org, 16, "serif-bold", fill=colour)
    y = s.center(y + 0.2, title, 26, "schoolbook-bold") + 0.2
    y = s.center(y, "is hereby awarded to", 12, "serif-italic") + 0.15
    y = s.center(y, person.name, 28, "script", fill=BLUE_INK) + 0.35
    for line in lines:
        y = s.center(y, line, 12, "serif")
    y = s.center(y + 0.15, f"Awarded {long(dated)}", 11, "serif-italic")
    for i, (name, role) in enumerate(signers):
        x = 1.5 + 4.5 * i
        s.signature(x + 0.2, 6.6, name, 18)
        s.line(x, 7.1, x + 3.4, 7.1)
        s.text(x, 7.15, name, 9, "serif")
        s.text(x, 7.32, role, 8.5, "serif-italic")
    return drawn("certificate_award", [s], ("diploma", "school_record"), person, "education")


# ---------------------------------------------------------------- letters


def letter(
    label: str,
    *,
    head: tuple[str, list[str], tuple[int, int, int], str],
    dated: str,
    recipient: list[str],
    re_line: str | None,
    salutation: str,
    body: list[str],
    closing: str,
    signer: str,
    signer_lines: list[str],
    type: Choice,
    about: Person,
    equity: Choice,
    language: Choice = "en",
    face: str = "serif",
    proves: tuple[dt.date, dt.date] | None = None,
) -> Paper:
    s = write_letter(
        head, dated, recipient, re_line, salutation, body, closing, signer, signer_lines, face=face
    )
    return drawn(label, [s], type, about, equity, language, proves)


def handwritten_letter(
    person: Person,
    *,
    place_date: str,
    salutation: str,
    body: list[str],
    closing: str,
    signer: str,
    lines: list[str],
    language: Choice,
) -> Paper:
    """A letter written by hand on lined paper (a neighbour's), in a script hand."""
    s = Sheet(paper=(252, 251, 244))
    for i in range(28):
        s.line(0.6, 1.0 + i * 0.34, 7.9, 1.0 + i * 0.34, 0.4, (170, 190, 215))
    y = s.text(5.0, 0.7, place_date, 12, "script", fill=BLUE_INK) + 0.15
    y = s.text(0.8, y, salutation, 13, "script", fill=BLUE_INK) + 0.1
    y = s.paras(0.8, y, 6.8, body, gap=0.1, pt=12.5, face="script", leading=1.4, fill=BLUE_INK)
    y = s.text(0.8, y + 0.1, closing, 13, "script", fill=BLUE_INK)
    s.signature(0.9, y + 0.1, signer, 22)
    s.lines(0.8, y + 0.75, [signer, *lines], 11, "script", fill=BLUE_INK)
    return drawn("handwritten_letter", [s], "letter_of_support", person, "community_ties", language)


# ---------------------------------------------------------------- medical


def visit_summary(
    patient: Person,
    *,
    clinic: str,
    clinic_lines: list[str],
    visit: dt.date,
    provider: str,
    mrn: str,
    reason: str,
    problems: list[tuple[str, str]],
    vitals: str,
    medications: list[str],
    notes: list[str],
    guardian: str = "",
    equity: Choice = "medical",
) -> Paper:
    s = Sheet()
    y = letterhead(s, clinic, clinic_lines, (0, 110, 120), "shield", "sans-bold")
    y = s.text(0.8, y - 0.1, "AFTER VISIT SUMMARY", 13, "sans-bold")
    info = [
        f"Patient: {up(patient.surname)}, {up(patient.given)}    "
        f"DOB: {us(patient.born)}    MRN: {mrn}",
        f"Visit date: {us(visit)}    Provider: {provider}",
        f"Reason for visit: {reason}",
    ]
    if guardian:
        info.append(f"Accompanied by: {guardian}")
    y = s.lines(0.8, y, info, 9.5, "sans") + 0.1
    y = s.text(0.8, y, "Diagnoses addressed today", 10, "sans-bold")
    y = s.table(
        0.8, y + 0.02, [1.2, 5.6], [["Code", "Diagnosis"], *[list(p) for p in problems]], pt=9
    )
    y = s.text(0.8, y + 0.15, f"Vitals: {vitals}", 9, "sans") + 0.05
    y = s.text(0.8, y, "Your medication list", 10, "sans-bold")
    y = s.lines(1.0, y + 0.02, [f"• {m}" for m in medications], 9, "sans") + 0.1
    y = s.text(0.8, y, "Instructions from your care team", 10, "sans-bold")
    s.paras(0.8, y + 0.05, 6.9, notes, pt=9.5, face="serif")
    s.text(
        0.8,
        10.3,
        f"Electronically signed by {provider} on {us(visit)}. Page 1 of 1",
        7.5,
        "sans",
        fill=GREY,
    )
    return drawn("visit_summary", [s], "medical_record", patient, equity)


# ---------------------------------------------------------------- police, courts, immigration


def police_report(
    victim: Person,
    *,
    agency: str,
    agency_lines: list[str],
    item: str,
    occurred: dt.datetime,
    reported: dt.datetime,
    location: str,
    offense: str,
    victim_address: str,
    suspect: str,
    narrative: list[str],
    officer: str,
    badge: str,
) -> Paper:
    """An incident report in two pages: the boxed face sheet and the officer's narrative."""
    p1 = Sheet()
    y = p1.center(0.5, agency, 13, "sans-bold")
    for line in agency_lines:
        y = p1.center(y, line, 8.5, "sans")
    y = p1.center(y + 0.05, "INCIDENT / OFFENSE REPORT", 14, "sans-bold") + 0.1
    rows: Rows = [
        (
            0.45,
            [
                (1.5, "ITEM NUMBER", item),
                (1.5, "DATE/TIME OCCURRED", occurred.strftime("%m/%d/%Y %H%M")),
                (1.5, "DATE/TIME REPORTED", reported.strftime("%m/%d/%Y %H%M")),
            ],
        ),
        (
            0.45,
            [(3, "LOCATION OF OCCURRENCE", location.upper()), (1.5, "DISTRICT / ZONE", "7 / 7L03")],
        ),
        (
            0.45,
            [
                (3, "OFFENSE / SIGNAL", offense.upper()),
                (1.5, "STATUS", "OPEN - PENDING INVESTIGATION"),
            ],
        ),
        (
            0.45,
            [
                (
                    2,
                    "VICTIM 1 — NAME (LAST, FIRST, MIDDLE)",
                    f"{up(victim.surname)}, {up(victim.given)}",
                ),
                (1, "DOB", us(victim.born)),
                (0.6, "SEX", victim.sex),
                (1, "INJURED", "YES"),
            ],
        ),
        (0.45, [(4, "VICTIM ADDRESS", victim_address.upper())]),
        (0.45, [(3, "SUSPECT 1", suspect.upper()), (1.5, "ARREST", "NO")]),
        (
            0.45,
            [
                (2, "REPORTING OFFICER", officer.upper()),
                (1, "BADGE", badge),
                (1.5, "APPROVING SUPERVISOR", "SGT. L. BOUDREAUX-HALL"),
            ],
        ),
    ]
    y = p1.grid(0.6, y, 7.3, rows, value_pt=9)
    y = p1.text(0.6, y + 0.2, "PROPERTY", 9, "sans-bold")
    p1.table(
        0.6,
        y + 0.05,
        [0.6, 3.4, 1.2, 2.1],
        [
            ["No.", "Description", "Value", "Status"],
            ["1", "Cell phone, Samsung Galaxy A15, blue", "$190.00", "STOLEN"],
            ["2", "Wallet with cash and cards", "$260.00", "STOLEN"],
        ],
        pt=8.5,
    )
    p1.text(0.6, 10.3, f"Item {item}    Page 1 of 2", 8, "sans", fill=GREY)
    p2 = Sheet()
    y = p2.text(0.6, 0.6, f"{agency} — ITEM {item} — NARRATIVE (CONTINUED)", 10, "sans-bold") + 0.15
    y = p2.paras(0.6, y, 7.2, narrative, pt=10, face="mono", leading=1.35) + 0.2
    p2.text(0.6, y, f"Reporting officer: {officer}, badge {badge}", 9.5, "mono")
    p2.text(0.6, 10.3, f"Item {item}    Page 2 of 2", 8, "sans", fill=GREY)
    return drawn(
        "police_report",
        [p1, p2],
        "police_report",
        victim,
        "crime_victim",
        proves=(occurred.date(), occurred.date()),
    )


def u_visa_certification(
    victim: Person,
    *,
    a_number: str,
    agency: str,
    agency_address: str,
    certifier: str,
    title: str,
    phone: str,
    case_no: str,
    crime_date: dt.date,
    activity: str,
    statute: str,
    helpful: str,
    signed: dt.date,
) -> Paper:
    """Form I-918 Supplement B, U Nonimmigrant Status Certification, its first two pages."""
    p1 = Sheet()
    p1.text(0.6, 0.4, "Department of Homeland Security", 9, "sans-bold")
    p1.text(0.6, 0.55, "U.S. Citizenship and Immigration Services", 9, "sans")
    p1.text(5.8, 0.4, "USCIS", 12, "sans-bold")
    p1.text(5.8, 0.6, "Form I-918 Supplement B", 9, "sans-bold")
    p1.text(5.8, 0.75, "OMB No. 1615-0104", 7.5, "sans")
    y = p1.center(1.0, "Supplement B, U Nonimmigrant Status Certification", 14, "sans-bold") + 0.15
    y = p1.text(0.6, y, "Part 1. Victim Information", 10, "sans-bold")
    rows: Rows = [
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
                (1, "2. Date of Birth (mm/dd/yyyy)", us(victim.born)),
                (1, "3. Gender", "Female" if victim.sex == "F" else "Male"),
                (1, "4. Alien Registration Number (A-Number)", a_number),
            ],
        ),
    ]
    y = p1.grid(0.6, y + 0.05, 7.3, rows, value_pt=9) + 0.15
    y = p1.text(0.6, y, "Part 2. Agency Information", 10, "sans-bold")
    rows = [
        (0.45, [(2, "1. Name of Certifying Agency", agency), (1, "2. Case Number", case_no)]),
        (0.45, [(3, "3. Agency Address", agency_address)]),
        (
            0.45,
            [
                (1.5, "4. Name of Certifying Official", certifier),
                (1.5, "5. Title / Division", title),
                (1, "6. Daytime Telephone", phone),
            ],
        ),
    ]
    y = p1.grid(0.6, y + 0.05, 7.3, rows, value_pt=9) + 0.15
    y = p1.text(0.6, y, "Part 3. Criminal Acts", 10, "sans-bold") + 0.05
    y = p1.text(
        0.6,
        y,
        "1. The applicant is a victim of criminal activity involving "
        "or similar to violations of the following:",
        8.5,
    )
    for i, (name, checked) in enumerate(
        [
            ("Abduction", False),
            ("Felonious Assault", True),
            ("Extortion", False),
            ("Domestic Violence", False),
            ("Obstruction of Justice", False),
            ("Other: " + activity, True),
        ]
    ):
        p1.checkbox(0.8 + (i % 3) * 2.4, y + 0.08 + (i // 3) * 0.22, checked, name, 8.5)
    y += 0.6
    rows = [
        (
            0.45,
            [
                (1, "2. Date(s) of Criminal Activity (mm/dd/yyyy)", us(crime_date)),
                (2, "3. Statutory Citation(s) for the Criminal Activity", statute),
            ],
        ),
        (
            0.9,
            [
                (
                    3,
                    "5. Provide a description of the criminal activity "
                    "being investigated and/or prosecuted",
                    activity + "; see attached incident report " + case_no + ".",
                )
            ],
        ),
    ]
    p1.grid(0.6, y, 7.3, rows, value_pt=9)
    p1.text(
        0.6,
        10.4,
        "Form I-918 Supplement B  Edition 04/01/24                               Page 1 of 2",
        7.5,
    )
    p2 = Sheet()
    y = p2.text(0.6, 0.6, "Part 4. Helpfulness of the Victim", 10, "sans-bold") + 0.05
    for i, (question, answer) in enumerate(
        [
            (
                "The victim possesses information concerning the "
                "criminal activity listed in Part 3.",
                True,
            ),
            (
                "The victim has been, is being, or is likely to be helpful to the "
                "investigation and/or prosecution of the criminal activity.",
                True,
            ),
            (
                "The victim has refused or failed to provide information "
                "and assistance reasonably requested.",
                False,
            ),
        ]
    ):
        p2.checkbox(0.7, y + 0.05, answer, "Yes", 8.5)
        p2.checkbox(1.3, y + 0.05, not answer, "No", 8.5)
        y = p2.para(1.9, y + 0.03, 5.9, f"{i + 1}. {question}", 8.5, "sans") + 0.1
    p2.rect(0.6, y + 0.05, 7.3, 1.6, 0.6)
    p2.para(0.7, y + 0.12, 7.1, helpful, 9, "serif")
    y += 1.85
    y = p2.text(0.6, y, "Part 6. Certification", 10, "sans-bold") + 0.05
    y = p2.para(
        0.6,
        y,
        7.3,
        "I am the head of the agency listed in Part 2. or I am the person in the agency who has "
        "been specifically designated by the head of the agency to issue U Nonimmigrant Status "
        "Certifications on behalf of the agency. Based upon investigation of the facts, I "
        "certify, under penalty of perjury, that the individual noted in Part 1. is or was a "
        "victim of one or more of the crimes listed in Part 3.",
        8.5,
        "sans",
    )
    p2.signature(1.0, y + 0.2, certifier, 18)
    rows = [
        (
            0.45,
            [
                (2, "Signature of Certifying Official", ""),
                (1, "Date of Signature (mm/dd/yyyy)", us(signed)),
            ],
        )
    ]
    p2.grid(0.6, y + 0.2, 7.3, rows, value_pt=9)
    p2.text(
        0.6,
        10.4,
        "Form I-918 Supplement B  Edition 04/01/24                               Page 2 of 2",
        7.5,
    )
    return drawn(
        "u_visa_certification",
        [p1, p2],
        "u_visa_certification",
        victim,
        ("law_enforcement_cooperation", "crime_victim"),
    )


def dui_judgment(
    person: Person,
    *,
    county: str,
    case_no: str,
    arrested: dt.date,
    judged: dt.date,
    judge: str,
    address: str,
) -> Paper:
    s = Sheet()
    y = s.center(0.6, "IN THE CIRCUIT COURT OF THE STATE OF OREGON", 12, "serif-bold")
    y = s.center(y, f"FOR THE COUNTY OF {county.upper()}", 12, "serif-bold") + 0.2
    s.lines(
        0.9,
        y,
        [
            "STATE OF OREGON,",
            "                 Plaintiff,",
            "       v.",
            f"{up(person.name)},",
            f"DOB {us(person.born)}",
            "                 Defendant.",
        ],
        10.5,
        "serif",
    )
    s.lines(
        4.8,
        y,
        [f"Case No. {case_no}", "", "JUDGMENT OF CONVICTION", "AND SENTENCE", "(Misdemeanor)"],
        10.5,
        "serif-bold",
    )
    y += 1.5
    s.line(0.9, y, 7.6, y)
    paras = [
        f"This matter came before the court on {long(judged)}. The defendant appeared in person "
        "with counsel, and the State appeared by a deputy district attorney. An interpreter "
        "(Spanish) was sworn.",
        "The defendant entered a plea of GUILTY to Count 1, Driving Under the Influence of "
        f"Intoxicants, ORS 813.010, a Class A misdemeanor, committed on or about {long(arrested)}. "
        "Count 2, Reckless Driving, ORS 811.140, is DISMISSED on the motion of the State.",
        "IT IS ADJUDGED that the defendant is convicted of Count 1 and is sentenced as follows: "
        "24 months of bench probation; a fine of $1,000.00, of which $745.00 is suspended on "
        "completion of probation; 48 hours of community service; an alcohol and drug "
        "evaluation and completion of the recommended treatment; attendance at a victim impact "
        "panel; driving privileges suspended for one year as ORS 813.400 requires.",
        f"Defendant's address: {address}.",
    ]
    y = s.paras(0.9, y + 0.2, 6.7, paras, pt=10.5)
    s.signature(4.6, y + 0.3, judge, 18)
    s.line(4.4, y + 0.8, 7.6, y + 0.8)
    s.text(4.4, y + 0.85, f"Circuit Court Judge {judge}", 9, "serif")
    s.text(0.9, y + 0.85, f"Signed: {us(judged)}", 9, "serif")
    s.stamp(
        0.9,
        y + 1.3,
        ["CERTIFIED TRUE COPY", f"TRIAL COURT ADMINISTRATOR · {county.upper()} COUNTY"],
        9,
        (40, 60, 140),
        4,
    )
    return drawn(
        "dui_judgment",
        [s],
        "court_record",
        person,
        ("rehabilitation", "other"),
        proves=(arrested, judged),
    )


def hearing_notice(
    person: Person,
    *,
    a_number: str,
    court: list[str],
    hearing: dt.datetime,
    judge: str,
    address: list[str],
    mailed: dt.date,
) -> Paper:
    s = Sheet()
    y = s.center(0.6, "UNITED STATES DEPARTMENT OF JUSTICE", 11, "sans-bold")
    y = s.center(y, "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW", 11, "sans-bold")
    for line in court:
        y = s.center(y, line, 9.5, "sans")
    y = s.lines(0.9, y + 0.3, [up(person.name), *[a.upper() for a in address]], 10, "mono") + 0.2
    y = (
        s.lines(
            0.9,
            y,
            [
                f"FILE: A{a_number}    DATE: {us(mailed)}",
                f"IN THE MATTER OF: {up(person.surname)}, {up(person.given)}",
            ],
            10,
            "mono-bold",
        )
        + 0.2
    )
    y = s.center(y, "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS", 12, "sans-bold") + 0.1
    body = [
        "Your case has been scheduled for a MASTER hearing before the Immigration Court on "
        f"{hearing.strftime('%b %d, %Y')} at {hearing.strftime('%I:%M %p')} at the address above, "
        f"before Immigration Judge {judge}.",
        "You may be represented in these proceedings, at no expense to the Government, by an "
        "attorney or other individual authorized and qualified to represent persons before an "
        "Immigration Court. Your hearing date has not been scheduled earlier than 10 days from "
        "the date of service of the Notice to Appear in order to permit you the opportunity to "
        "obtain an attorney or representative.",
        "Failure to appear at your hearing except for exceptional circumstances may result in "
        "one or more of the following actions: you may be taken into custody by the Department "
        "of Homeland Security and held for further action, or your hearing may be held in your "
        "absence and an order of removal may be entered against you.",
        "You may check your case status 24/7 through the Automated Case Information Portal or "
        "by calling 1-800-898-7180.",
    ]
    y = s.paras(0.9, y, 6.7, body, pt=10, face="serif")
    s.text(0.9, y + 0.3, "CERTIFICATE OF SERVICE", 9.5, "sans-bold")
    s.para(
        0.9,
        y + 0.5,
        6.7,
        "This document was served by mail to the alien c/o counsel and "
        f"to DHS on {us(mailed)}.  BY: COURT STAFF  EV",
        8.5,
        "sans",
    )
    return drawn("hearing_notice", [s], ("court_record", "other"), person, "other")


def g28(
    client: Person,
    *,
    a_number: str,
    rep: dict,
    client_street: str,
    client_city: str,
    signed: dt.date,
) -> Paper:
    """Form G-28, Notice of Entry of Appearance as Attorney or Accredited Representative."""
    s = Sheet()
    s.text(0.6, 0.4, "Department of Homeland Security", 9, "sans-bold")
    s.text(5.4, 0.4, "Form G-28", 12, "sans-bold")
    s.text(5.4, 0.6, "OMB No. 1615-0105", 7.5)
    y = s.center(0.9, "Notice of Entry of Appearance", 14, "sans-bold")
    y = s.center(y, "as Attorney or Accredited Representative", 12, "sans-bold") + 0.15
    first, *rest = rep["name"].split()
    y = s.text(
        0.6, y, "Part 1. Information About Attorney or Accredited Representative", 9.5, "sans-bold"
    )
    rows: Rows = [
        (
            0.42,
            [
                (1, "1. USCIS Online Account Number (if any)", ""),
                (1, "2.a. Family Name (Last Name)", up(rest[-1])),
                (1, "2.b. Given Name (First Name)", up(first)),
            ],
        ),
        (
            0.42,
            [
                (2, "3.a. Street Number and Name", rep["address"][0].upper()),
                (1, "3.b. City or Town, State, ZIP", rep["address"][1].upper()),
            ],
        ),
        (
            0.42,
            [
                (1, "4. Daytime Telephone Number", rep["phone"]),
                (2, "6. Email Address (if any)", rep["email"]),
            ],
        ),
    ]
    y = s.grid(0.6, y + 0.05, 7.3, rows, value_pt=8.5) + 0.12
    y = (
        s.text(
            0.6,
            y,
            "Part 2. Eligibility Information for Attorney or Accredited Representative",
            9.5,
            "sans-bold",
        )
        + 0.05
    )
    y = s.checkbox(
        0.7,
        y + 0.03,
        True,
        "1.a. I am an attorney eligible to practice law in, and a member in good "
        f"standing of, the bar of the highest court of {rep['bar'][0]}.",
        8,
    )
    rows = [
        (
            0.42,
            [
                (1, "1.b. Bar Number (if applicable)", rep["bar"][1]),
                (2, "1.d. Name of Law Firm or Organization (if applicable)", rep["organization"]),
            ],
        ),
        (0.42, [(1, "EOIR ID", rep["eoir_id"]), (2, "", "")]),
    ]
    y = s.grid(0.6, y + 0.05, 7.3, rows, value_pt=8.5) + 0.12
    y = (
        s.text(
            0.6,
            y,
            "Part 3. Notice of Appearance as Attorney or Accredited Representative",
            9.5,
            "sans-bold",
        )
        + 0.05
    )
    y = s.checkbox(
        0.7, y + 0.03, True, "1.a. USCIS    1.b. ICE    (Immigration and Customs Enforcement)", 8
    )
    y = s.text(0.6, y + 0.05, "Information About Client", 9.5, "sans-bold")
    rows = [
        (
            0.42,
            [
                (1, "5.a. Client's Family Name (Last Name)", up(client.surname)),
                (1, "5.b. Client's Given Name (First Name)", up(client.given)),
                (1, "5.c. Middle Name", ""),
            ],
        ),
        (
            0.42,
            [
                (1, "9. Client's A-Number (if any)", a_number),
                (1, "Date of Birth", us(client.born)),
                (1, "", ""),
            ],
        ),
        (
            0.42,
            [
                (2, "13.a. Street Number and Name", client_street.upper()),
                (1, "13.c. City or Town, State, ZIP", client_city.upper()),
            ],
        ),
    ]
    y = s.grid(0.6, y + 0.05, 7.3, rows, value_pt=8.5) + 0.12
    y = (
        s.text(0.6, y, "Part 4. Client's Consent to Representation and Signature", 9.5, "sans-bold")
        + 0.05
    )
    y = s.para(
        0.6,
        y,
        7.3,
        "I have requested the representation of and consented to being represented by the "
        "attorney or accredited representative named in Part 1. of this form.",
        8,
        "sans",
    )
    s.signature(0.9, y + 0.05, client.name, 16)
    s.signature(4.6, y + 0.05, rep["name"], 16)
    s.line(0.6, y + 0.5, 3.8, y + 0.5)
    s.line(4.3, y + 0.5, 7.9, y + 0.5)
    s.text(0.6, y + 0.55, f"Signature of Client    Date {us(signed)}", 8)
    s.text(4.3, y + 0.55, f"Signature of Attorney    Date {us(signed)}", 8)
    s.text(
        0.6,
        10.4,
        "Form G-28  Edition 09/17/18                                                 Page 1 of 4",
        7.5,
    )
    return drawn("g28", [s], "g28", client, ("other", "identity"))


def _student_id(name: str) -> int:
    """A six-digit student number of the name, the same on every run."""
    return zlib.crc32(name.encode()) % 900000 + 100000
