"""The documents of the fifth blind corpus, drawn from plain descriptions of what offices
receive: boxed state birth certificates (Connecticut, Ohio, Nebraska, North Carolina), civil
registry records of Ecuador, Cameroon, Guatemala and Jamaica and their translations, passports
and a work permit, IRS forms and transcripts, pay stubs, leases and receipts, bills, school
papers, clinic records, doctors' letters, letters of support, a police report and a U visa
certification, a court's DUI judgment, an immigration court notice and a declined request.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.realistic import dates, mrz
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

Head = tuple[str, list[str], tuple[int, int, int], str]


# ---------------------------------------------------------------- US birth certificates

STATES: dict[str, dict[str, Any]] = {
    "CT": {
        "top": ["STATE OF CONNECTICUT", "DEPARTMENT OF PUBLIC HEALTH"],
        "title": "CERTIFICATE OF LIVE BIRTH",
        "tint": (214, 226, 238),
        "certify": "I hereby certify that this is a true copy of the record of birth on file in "
        "the office of the Registrar of Vital Statistics of the Town of {town}, Connecticut.",
        "officer": "Registrar of Vital Statistics",
        "seal": "TOWN OF {town} * CONNECTICUT * ",
    },
    "OH": {
        "top": ["STATE OF OHIO", "DEPARTMENT OF HEALTH", "OFFICE OF VITAL STATISTICS"],
        "title": "CERTIFICATION OF BIRTH",
        "tint": (236, 226, 210),
        "certify": "This is a certified copy of the original record filed with the Ohio "
        "Department of Health, issued by the local registrar of vital statistics for {town}.",
        "officer": "Local Registrar, Columbus Public Health",
        "seal": "OHIO DEPARTMENT OF HEALTH * VITAL STATISTICS * ",
    },
    "NE": {
        "top": ["NEBRASKA DEPARTMENT OF HEALTH AND HUMAN SERVICES", "DIVISION OF PUBLIC HEALTH"],
        "title": "CERTIFICATE OF LIVE BIRTH",
        "tint": (222, 232, 214),
        "certify": "This is a true certification of the name and facts as recorded on the "
        "original certificate on file with Nebraska Vital Records, Lincoln, Nebraska.",
        "officer": "State Registrar, Vital Records",
        "seal": "STATE OF NEBRASKA * VITAL RECORDS * ",
    },
    "NC": {
        "top": ["STATE OF NORTH CAROLINA", "DEPARTMENT OF HEALTH AND HUMAN SERVICES"],
        "title": "CERTIFIED COPY OF BIRTH CERTIFICATE",
        "tint": (230, 220, 234),
        "certify": "I certify that this is a true and correct copy of the certificate of birth "
        "on file in the Office of the Register of Deeds, {county} County, North Carolina.",
        "officer": "Register of Deeds, {county} County",
        "seal": "{county} COUNTY * REGISTER OF DEEDS * ",
    },
}


def us_birth(
    state: str,
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    facility: str,
    town: str,
    county: str,
    residence: tuple[str, str, str],  # street, city, zip
    file_number: str,
    filed: dt.date,
    issued: dt.date,
    registrar: str,
    certifier: str,
    seed: int,
) -> Paper:
    """A state's boxed birth certificate, numbered boxes as the 2003 standard certificate."""
    spec = STATES[state]
    s = Sheet()
    s.security_background(seed, spec["tint"])
    s.border(0.35, 2.2)
    y = 0.66
    for line in spec["top"]:
        y = s.center(y, line, 10.5, "sans-bold")
    y = s.center(y + 0.05, spec["title"], 16, "serif-bold") + 0.05
    s.text(7.9, 0.45, f"STATE FILE NUMBER {file_number}", 7, "sans-bold", align="right")
    s.text(0.5, 0.45, "LOCAL FILE NO. " + str(1000 + seed % 8000), 7, "sans", align="left")
    x, w = 0.85, 6.8
    s.vertical(0.6, y, 1.9, "CHILD")
    y0 = y
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.48,
                [
                    (5, "1. CHILD'S NAME (First, Middle, Last, Suffix)", child.upper),
                    (1.5, "2. TIME OF BIRTH (24 hr)", f"{8 + seed % 12:02d}{seed % 60:02d}"),
                ],
            ),
            (
                0.48,
                [
                    (1.3, "3. SEX", "FEMALE" if child.sex == "F" else "MALE"),
                    (2.2, "4. DATE OF BIRTH (Mo/Day/Yr)", dates.us(child.born)),
                    (
                        3.0,
                        "5. FACILITY NAME (If not institution, give street and number)",
                        facility,
                    ),
                ],
            ),
            (
                0.48,
                [
                    (3, "6. CITY, TOWN, OR LOCATION OF BIRTH", town.upper()),
                    (3, "7. COUNTY OF BIRTH", county.upper()),
                ],
            ),
        ],
    )
    y += 0.12
    s.vertical(0.6, y, 1.5, "MOTHER")
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.48,
                [
                    (
                        4.2,
                        "8a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last, Suffix)",
                        mother.upper,
                    ),
                    (1.8, "8b. DATE OF BIRTH (Mo/Day/Yr)", dates.us(mother.born)),
                ],
            ),
            (
                0.48,
                [
                    (
                        4.2,
                        "8c. MOTHER'S NAME PRIOR TO FIRST MARRIAGE (First, Middle, Last)",
                        mother.upper,
                    ),
                    (
                        1.8,
                        "8d. BIRTHPLACE (State, Territory, or Foreign Country)",
                        up(mother.birthplace),
                    ),
                ],
            ),
            (
                0.48,
                [
                    (1.4, "9a. RESIDENCE OF MOTHER-STATE", state),
                    (1.6, "9b. COUNTY", county.upper()),
                    (1.5, "9c. CITY, TOWN, OR LOCATION", residence[1].upper()),
                    (2.5, "9d. STREET AND NUMBER", residence[0].upper()),
                ],
            ),
        ],
    )
    y += 0.12
    s.vertical(0.6, y, 0.5, "FATHER")
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.48,
                [
                    (
                        4.2,
                        "10a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last, Suffix)",
                        father.upper if father else "",
                    ),
                    (1.2, "10b. DATE OF BIRTH", dates.us(father.born) if father else ""),
                    (1.6, "10c. BIRTHPLACE", up(father.birthplace) if father else ""),
                ],
            )
        ],
    )
    y += 0.12
    s.vertical(0.6, y, 0.9, "CERTIFIER")
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.48,
                [
                    (3.6, "11. CERTIFIER'S NAME AND TITLE", certifier),
                    (1.7, "12. DATE CERTIFIED (Mo/Day/Yr)", dates.us(child.born)),
                    (1.7, "13. DATE FILED BY REGISTRAR", dates.us(filed)),
                ],
            )
        ],
    )
    del y0
    y += 0.35
    text = spec["certify"].format(town=town, county=county)
    y = s.para(0.95, y, 6.6, text, 9.5, "serif")
    y += 0.25
    s.signature(4.6, y, registrar, 18)
    s.line(4.5, y + 0.45, 7.6, y + 0.45, 0.6)
    s.text(4.5, y + 0.5, registrar, 8.5, "sans")
    s.text(4.5, y + 0.66, spec["officer"].format(county=county), 8, "sans")
    s.text(0.95, y + 0.5, f"DATE ISSUED: {dates.us(issued)}", 8.5, "sans-bold")
    s.seal(2.4, y + 1.45, 0.62, spec["seal"].format(town=town.upper(), county=county.upper()))
    s.text(
        4.25,
        10.35,
        "THIS COPY IS NOT VALID WITHOUT THE RAISED SEAL. DO NOT ACCEPT IF ALTERED.",
        6.5,
        "sans-bold",
        fill=GREY,
        align="center",
    )
    return drawn(f"{state.lower()}_birth_certificate", [s], "birth_certificate", child, "us_family")


# ---------------------------------------------------------------- foreign birth records


def _signed_block(s: Sheet, x: float, y: float, name: str, title: list[str]) -> float:
    s.signature(x + 0.1, y, name, 18)
    s.line(x, y + 0.45, x + 3.0, y + 0.45, 0.6)
    return s.lines(x, y + 0.5, [name, *title], 8.5, "sans")


def ecuador_partida(
    person: Person,
    father: str,
    mother: str,
    *,
    parish: str,
    canton: str,
    province: str,
    tomo: str,
    acta: str,
    registered: dt.date,
    issued: dt.date,
    cedula: str,
    seed: int,
) -> Paper:
    """Ecuador's Registro Civil certificate of a birth inscription (partida de nacimiento)."""
    s = Sheet()
    s.security_background(seed, (222, 232, 220))
    s.logo(0.8, 0.5, 0.6, "shield", (30, 70, 130))
    s.text(1.6, 0.55, "REPÚBLICA DEL ECUADOR", 13, "serif-bold")
    s.text(
        1.6,
        0.8,
        "DIRECCIÓN GENERAL DE REGISTRO CIVIL, IDENTIFICACIÓN Y CEDULACIÓN",
        8.5,
        "sans-bold",
    )
    s.text(7.7, 0.55, f"N.º {seed * 37 % 1000000:06d}", 9, "mono-bold", align="right")
    y = s.center(1.35, "CERTIFICADO DE INSCRIPCIÓN DE NACIMIENTO", 14, "serif-bold")
    y = s.center(y, "(Partida de nacimiento)", 10, "serif-italic") + 0.2
    rows = [
        ("Tomo", tomo),
        ("Página / Acta", acta),
        ("Año de inscripción", str(registered.year)),
        ("Lugar de inscripción", f"{parish}, {canton}, {province}"),
        ("Fecha de inscripción", dates.day_month_year(registered)),
        ("Apellidos", up(person.surname)),
        ("Nombres", up(person.given)),
        ("Número de cédula", cedula),
        ("Fecha de nacimiento", dates.spelled(person.born, "es")),
        ("Lugar de nacimiento", f"{parish}, cantón {canton}, provincia del {province}"),
        ("Sexo", "MUJER" if person.sex == "F" else "HOMBRE"),
        ("Nacionalidad", "ECUATORIANA"),
        ("Nombres y apellidos del padre", up(father)),
        ("Nacionalidad del padre", "ECUATORIANA"),
        ("Nombres y apellidos de la madre", up(mother)),
        ("Nacionalidad de la madre", "ECUATORIANA"),
        ("Observaciones", "NINGUNA"),
    ]
    for label, value in rows:
        s.text(0.9, y, label + ":", 9.5, "sans")
        s.text(3.5, y, value, 9.5, "mono-bold")
        s.line(3.45, y + 0.19, 7.6, y + 0.19, 0.3, GREY)
        y += 0.3
    y += 0.2
    y = s.para(
        0.9,
        y,
        6.7,
        "CERTIFICO: que la presente es fiel copia de la inscripción que consta en los archivos "
        "de esta Dirección, a la que me remito en caso necesario. Se otorga a petición de la "
        f"parte interesada en Cuenca, a {dates.spelled(issued, 'es')}.",
        9.5,
        "serif",
    )
    _signed_block(
        s,
        4.4,
        y + 0.3,
        "Ing. Marlene Patricia Ordóñez Vera",
        ["Responsable de Archivo", "Agencia Cuenca - Registro Civil"],
    )
    s.seal(2.2, y + 0.95, 0.55, "REGISTRO CIVIL * ECUADOR * CUENCA * ")
    s.text(
        0.9, 10.3, f"Código de verificación: {seed:04d}-{cedula[-4:]}-EC{issued.year}", 7.5, "mono"
    )
    return drawn("ecuador_partida", [s], "birth_certificate", person, "identity", "es")


def cameroon_acte(
    person: Person,
    father: Person,
    mother: Person,
    *,
    centre: str,
    number: str,
    drawn_up: dt.date,
    declarant: str,
    officer: str,
    secretary: str,
    copied: dt.date,
    seed: int,
) -> Paper:
    """A francophone Cameroonian acte de naissance: the two-language state heading, the
    civil status centre, the facts in the set phrases of the register, two signatures."""
    s = Sheet()
    s.security_background(seed, (238, 232, 214))
    s.lines(
        0.7,
        0.5,
        [
            "RÉPUBLIQUE DU CAMEROUN",
            "Paix - Travail - Patrie",
            "-------",
            "RÉGION DU CENTRE",
            "DÉPARTEMENT DU MFOUNDI",
            f"COMMUNE D'ARRONDISSEMENT DE {centre.upper()}",
        ],
        8,
        "sans-bold",
    )
    s.lines(
        5.2,
        0.5,
        [
            "REPUBLIC OF CAMEROON",
            "Peace - Work - Fatherland",
            "-------",
            "CENTRE REGION",
            "MFOUNDI DIVISION",
        ],
        8,
        "sans-bold",
    )
    s.logo(3.95, 0.55, 0.55, "star", (30, 110, 60))
    y = s.center(1.75, f"CENTRE D'ÉTAT CIVIL DE {centre.upper()}", 11, "serif-bold")
    y = s.center(y + 0.05, f"ACTE DE NAISSANCE N° {number}", 15, "serif-bold") + 0.25
    pairs = [
        ("Nom de l'enfant", up(person.surname)),
        ("Prénoms de l'enfant", person.given),
        ("Né(e) le", dates.spelled(person.born, "fr")),
        ("À", f"Yaoundé, Hôpital Central ({centre})"),
        ("De sexe", "Féminin" if person.sex == "F" else "Masculin"),
        ("Fils / fille de", up(father.name)),
        ("Né le", f"{dates.spelled(father.born, 'fr')} à {father.birthplace}"),
        ("Domicile", "Yaoundé"),
        ("Profession", "Enseignant"),
        ("Et de", up(mother.name)),
        ("Née le", f"{dates.spelled(mother.born, 'fr')} à {mother.birthplace}"),
        ("Domicile", "Yaoundé"),
        ("Profession", "Ménagère"),
    ]
    for label, value in pairs:
        s.text(0.9, y, label, 10, "serif-italic")
        s.text(2.9, y, ".......", 10, "serif", fill=GREY)
        s.text(3.35, y, value, 10, "mono-bold")
        y += 0.31
    y += 0.15
    y = s.para(
        0.9,
        y,
        6.7,
        f"Dressé le {dates.spelled(drawn_up, 'fr')}, sur la déclaration de {declarant}, "
        f"lesquels ont signé avec Nous, {officer}, Officier d'État Civil, assisté de "
        f"{secretary}, Secrétaire d'État Civil, après lecture faite.",
        10,
        "serif",
    )
    y += 0.2
    s.text(0.9, y, "Le Secrétaire d'État Civil", 9, "sans-bold")
    s.text(4.8, y, "L'Officier d'État Civil", 9, "sans-bold")
    s.signature(1.0, y + 0.2, secretary.split()[-1], 16)
    s.signature(4.9, y + 0.2, officer.split()[-1], 16)
    s.text(0.9, y + 0.7, secretary, 8.5, "sans")
    s.text(4.8, y + 0.7, officer, 8.5, "sans")
    s.stamp(
        0.9,
        y + 1.15,
        ["COPIE CERTIFIÉE CONFORME", f"Yaoundé, le {dates.day_month_year(copied)}"],
        10,
        (40, 60, 150),
        angle=-6,
    )
    s.seal(6.1, y + 1.7, 0.55, f"MAIRIE DE {centre.upper()} * ÉTAT CIVIL * ")
    return drawn("cameroon_acte", [s], "birth_certificate", person, "identity", "fr")


def renap_certificado(
    person: Person,
    father: str,
    mother: str,
    *,
    municipio: str,
    departamento: str,
    cui: str,
    libro: str,
    folio: str,
    partida: str,
    registered: dt.date,
    issued: dt.date,
    registrar: str,
    seed: int,
) -> Paper:
    """A Guatemalan RENAP birth certificate: the registrar certifies the inscription in prose
    and then sets out its data in labelled lines."""
    s = Sheet()
    s.security_background(seed, (214, 228, 240))
    s.logo(0.8, 0.5, 0.62, "shield", (20, 80, 160))
    s.text(1.6, 0.52, "REGISTRO NACIONAL DE LAS PERSONAS", 13, "sans-bold", fill=(20, 80, 160))
    s.text(1.6, 0.78, "REPÚBLICA DE GUATEMALA, C.A.", 9, "sans-bold")
    s.text(1.6, 0.95, "Registro Civil de las Personas", 9, "sans")
    s.text(7.7, 0.55, f"No. {seed * 913 % 10000000:07d}", 9, "mono-bold", align="right")
    y = s.center(1.5, "CERTIFICADO DE NACIMIENTO", 16, "serif-bold") + 0.2
    y = s.para(
        0.9,
        y,
        6.7,
        "El infrascrito Registrador Civil de las Personas del Registro Nacional de las Personas "
        f"CERTIFICA: que en el Registro Civil de las Personas del municipio de {municipio}, "
        f"departamento de {departamento}, se encuentra inscrito el nacimiento siguiente:",
        10,
        "serif",
    )
    y += 0.2
    rows = [
        ("Código Único de Identificación (CUI)", cui),
        ("Nombre del inscrito", up(person.name)),
        ("Sexo", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        ("Fecha de nacimiento", dates.spelled(person.born, "es").upper()),
        ("Lugar de nacimiento", f"{up(municipio)}, {up(departamento)}"),
        ("Nombre de la madre", up(mother)),
        ("Nacionalidad de la madre", "GUATEMALTECA"),
        ("Nombre del padre", up(father)),
        ("Nacionalidad del padre", "GUATEMALTECA"),
        ("Libro / Folio / Partida", f"{libro} / {folio} / {partida}"),
        ("Fecha de inscripción", dates.day_month_year(registered)),
    ]
    for label, value in rows:
        s.rect(0.9, y, 6.7, 0.34, 0.4, GREY)
        s.text(1.0, y + 0.08, label, 8.5, "sans")
        s.text(3.9, y + 0.07, value, 9.5, "mono-bold")
        y += 0.34
    y += 0.25
    y = s.para(
        0.9,
        y,
        6.7,
        "Y para los usos legales que al interesado convengan, se extiende la presente "
        f"certificación en la ciudad de Guatemala, el {dates.spelled(issued, 'es')}.",
        10,
        "serif",
    )
    _signed_block(s, 4.4, y + 0.35, registrar, ["Registrador Civil de las Personas", "RENAP"])
    s.seal(2.1, y + 1.0, 0.55, "RENAP * GUATEMALA * REGISTRO CIVIL * ")
    s.text(
        0.9,
        10.25,
        "Verifique la autenticidad de este certificado con el número de "
        f"formulario y el CUI {cui}.",
        7.5,
        "sans",
        fill=GREY,
    )
    return drawn("renap_certificado", [s], "birth_certificate", person, "identity", "es")


def jamaica_rgd(
    person: Person,
    father: str,
    mother: str,
    *,
    district: str,
    parish: str,
    entry: str,
    registered: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """A Jamaican Registrar General's Department certified copy of an entry of birth: the
    register's columns across a landscape page."""
    s = Sheet(11.0, 8.5)
    s.security_background(seed, (226, 236, 222))
    s.border(0.3, 2.0)
    s.logo(5.25, 0.45, 0.5, "shield", (0, 110, 60))
    y = s.center(1.0, "REGISTRAR GENERAL'S DEPARTMENT", 13, "serif-bold")
    y = s.center(y, "JAMAICA", 12, "serif-bold")
    y = s.center(y + 0.05, "BIRTH CERTIFICATE", 16, "serif-bold")
    y = s.center(y, "Certified Copy of an Entry of Birth", 10, "serif-italic") + 0.1
    s.text(0.7, y, f"Registration District: {district}", 9.5, "sans-bold")
    s.text(5.5, y, f"Parish: {parish}", 9.5, "sans-bold")
    s.text(10.3, y, f"Entry No. {entry}", 9.5, "sans-bold", align="right")
    y += 0.3
    head = [
        "No.",
        "When and where born",
        "Name (if any)",
        "Sex",
        "Name and surname\nof father",
        "Name and maiden\nsurname of mother",
        "Rank or profession\nof father",
        "Signature, description and\nresidence of informant",
        "When\nregistered",
    ]
    widths = [0.4, 1.5, 1.45, 0.5, 1.35, 1.4, 1.0, 1.55, 0.85]
    values = [
        entry,
        f"{dates.long(person.born)}\n{person.birthplace}",
        up(person.name),
        person.sex,
        up(father),
        up(mother),
        "Mechanic",
        f"{mother.split()[0]} {mother.split()[-1]}\nMother\n{district}",
        dates.long(registered),
    ]
    x = 0.7
    for w, h, v in zip(widths, head, values, strict=True):
        s.field(x, y, w, 1.35, h, v, label_pt=6.5, value_pt=7.5, value_face="mono-bold")
        x += w
    y += 1.6
    y = s.para(
        0.7,
        y,
        9.6,
        f"I hereby certify that the foregoing is a true copy of the entry No. {entry} in the "
        f"Register Book of Births for the {district} Registration District of the parish of "
        f"{parish}, Jamaica, in the custody of the Registrar General.",
        10,
        "serif",
    )
    s.text(
        0.7,
        y + 0.25,
        f"Dated this {issued.day} day of {dates.month(issued)}, {issued.year}.",
        10,
        "serif",
    )
    _signed_block(s, 6.8, y + 0.3, "Claudette A. Morrison-Pryce", ["Deputy Registrar General"])
    s.seal(2.6, y + 1.35, 0.55, "REGISTRAR GENERAL * JAMAICA * ")
    return drawn("jamaica_rgd_birth", [s], "birth_certificate", person, "identity")


def translation(
    of: str,
    language: str,
    about: Person,
    body: list[tuple[str, str]],
    *,
    translator: str,
    address: list[str],
    phone: str,
    signed: dt.date,
    complete: bool = True,
    heading: list[str] | None = None,
) -> Paper:
    """An English translation with the translator's certificate. ``complete=False`` leaves out
    the statement of competence and the translator's address, which ICPM 3.3(a) requires."""
    s = Sheet()
    y = s.center(0.7, "ENGLISH TRANSLATION", 14, "sans-bold")
    y = s.center(y, f"Translated from {language} — {of}", 9.5, "sans-italic") + 0.25
    for line in heading or []:
        y = s.center(y, line, 9.5, "serif-bold")
    y += 0.15
    for label, value in body:
        lines = s.wrap(value, 4.1, 10, "serif")
        s.text(0.9, y, label + ":", 10, "serif-bold")
        for line in lines:
            s.text(3.4, y, line, 10, "serif")
            y += 0.23
        y += 0.05
    y += 0.2
    s.line(0.9, y, 7.6, y, 0.8)
    y += 0.15
    if complete:
        y = s.center(y, "CERTIFICATE OF TRANSLATION", 11, "sans-bold") + 0.1
        text = (
            f"I, {translator}, certify that I am competent to translate from {language} into "
            f"English, and that the above is a true, complete and accurate translation of the "
            f"attached document, {of} of {about.name}, to the best of my knowledge and ability."
        )
    else:
        y = s.center(y, "TRANSLATOR", 11, "sans-bold") + 0.1
        text = "The above translation is true and correct."
    y = s.para(0.9, y, 6.7, text, 10.5, "serif") + 0.2
    s.signature(1.0, y, translator, 18)
    signed_by = [translator, *address, phone] if complete else [translator]
    y = s.lines(0.9, y + 0.55, signed_by, 9.5, "serif")
    s.text(0.9, y + 0.1, f"Date: {dates.long(signed)}" if complete else "", 9.5, "serif")
    return drawn(
        f"translation_{'complete' if complete else 'incomplete'}",
        [s],
        "certificate_of_translation",
        about,
        "identity",
    )


# ---------------------------------------------------------------- passports and cards

PASSPORTS: dict[str, dict[str, Any]] = {
    "ECU": {
        "head": ["REPÚBLICA DEL ECUADOR", "PASAPORTE  PASSPORT"],
        "labels": [
            "Tipo/Type",
            "Código/Code",
            "Pasaporte N.º/Passport No.",
            "Apellidos/Surname",
            "Nombres/Given names",
            "Nacionalidad/Nationality",
            "Fecha de nacimiento/Date of birth",
            "Sexo/Sex",
            "Lugar de nacimiento/Place of birth",
            "Fecha de emisión/Date of issue",
            "Fecha de caducidad/Date of expiry",
            "Autoridad/Authority",
        ],
        "nationality": "ECUATORIANA",
        "authority": "DIGERCIC CUENCA",
        "tint": ((236, 226, 200), (214, 226, 240)),
        "date": "es",
        "language": ("es", "en"),
    },
    "CMR": {
        "head": ["RÉPUBLIQUE DU CAMEROUN  REPUBLIC OF CAMEROON", "PASSEPORT  PASSPORT"],
        "labels": [
            "Type",
            "Code du pays/Country code",
            "N° du passeport/Passport No.",
            "Nom/Surname",
            "Prénoms/Given names",
            "Nationalité/Nationality",
            "Date de naissance/Date of birth",
            "Sexe/Sex",
            "Lieu de naissance/Place of birth",
            "Date de délivrance/Date of issue",
            "Date d'expiration/Date of expiry",
            "Autorité/Authority",
        ],
        "nationality": "CAMEROUNAISE/CAMEROONIAN",
        "authority": "DGSN",
        "tint": ((222, 236, 220), (240, 230, 206)),
        "date": "fr",
        "language": ("fr", "en"),
    },
    "GTM": {
        "head": ["REPÚBLICA DE GUATEMALA", "PASAPORTE  PASSPORT"],
        "labels": [
            "Tipo/Type",
            "Código/Code",
            "Pasaporte No./Passport No.",
            "Apellidos/Surname",
            "Nombres/Given names",
            "Nacionalidad/Nationality",
            "Fecha de nacimiento/Date of birth",
            "Sexo/Sex",
            "Lugar de nacimiento/Place of birth",
            "Fecha de emisión/Date of issue",
            "Fecha de vencimiento/Date of expiry",
            "Autoridad/Authority",
        ],
        "nationality": "GUATEMALTECA",
        "authority": "IGM GUATEMALA",
        "tint": ((214, 230, 244), (236, 240, 246)),
        "date": "es",
        "language": ("es", "en"),
    },
    "JAM": {
        "head": ["JAMAICA", "PASSPORT"],
        "labels": [
            "Type",
            "Country Code",
            "Passport No.",
            "Surname",
            "Given Names",
            "Nationality",
            "Date of Birth",
            "Sex",
            "Place of Birth",
            "Date of Issue",
            "Date of Expiry",
            "Authority",
        ],
        "nationality": "JAMAICAN",
        "authority": "PICA KINGSTON",
        "tint": ((234, 232, 200), (212, 232, 216)),
        "date": "en",
        "language": "en",
    },
}


def passport(
    country: str,
    person: Person,
    *,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    place: str,
    seed: int,
) -> Paper:
    """A passport's data page (125 x 88 mm): the labels in the issuing country's languages,
    the holder's photo on the left and the two-line TD3 zone at the foot."""
    spec = PASSPORTS[country]
    s = card(125, 88)
    tinted(s, *spec["tint"])
    s.center(0.1, spec["head"][0], 9, "sans-bold")
    s.center(0.28, spec["head"][1], 8, "sans-bold")
    portrait(s, 0.2, 0.55, 1.25, 1.6, seed)
    lab = spec["labels"]
    x1, x2, x3 = 1.6, 2.75, 3.75
    when = spec["date"]
    cells = [
        (x1, 0.5, lab[0], "P"),
        (x2, 0.5, lab[1], country),
        (x3, 0.5, lab[2], number),
        (x1, 0.82, lab[3], up(person.surname)),
        (x1, 1.14, lab[4], up(person.given)),
        (x1, 1.46, lab[5], spec["nationality"]),
        (x1, 1.78, lab[6], dates.card(person.born, when)),
        (x3, 1.78, lab[7], person.sex),
        (x1, 2.1, lab[8], up(person.birthplace)),
        (x1, 2.42, lab[9], dates.card(issued, when)),
        (x3, 2.42, lab[10], dates.card(expiry, when)),
        (x1, 2.1 + 0.0, "", ""),
    ]
    for x, y, label, value in cells:
        if label:
            s.text(x, y, label, 4.8, "sans", fill=GREY)
            s.text(x, y + 0.1, value, 7.5, "mono-bold")
    s.text(x3, 2.1, lab[11], 4.8, "sans", fill=GREY)
    s.text(x3, 2.2, spec["authority"], 6.5, "mono-bold")
    s.signature(0.25, 2.2, person.first, 10)
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
    s.rect(0.1, 2.78, s.width - 0.2, 0.6, outline=None, fill=(248, 248, 246))
    mrz_lines(s, 2.85, zone, 10.5)
    del place
    return drawn(
        f"passport_{country.lower()}",
        [s],
        "passport",
        person,
        "identity",
        spec["language"],
        mrz_zone=zone,
        is_card=True,
    )


def work_permit(
    person: Person,
    *,
    uscis: str,
    card_number: str,
    category: str,
    country: str,
    valid_from: dt.date,
    expires: dt.date,
    seed: int,
) -> Paper:
    """A Form I-766 employment authorization card, front side."""
    s = card()
    tinted(s, (240, 236, 228), (222, 232, 238))
    s.text(0.12, 0.08, "UNITED STATES OF AMERICA", 7, "sans-bold", fill=(40, 50, 110))
    s.text(0.12, 0.22, "EMPLOYMENT AUTHORIZATION", 8.5, "sans-bold", fill=(140, 30, 40))
    portrait(s, 0.12, 0.5, 0.8, 1.05, seed)
    rows = [
        (1.05, 0.48, "Surname", up(person.surname)),
        (1.05, 0.72, "Given Name", up(person.given)),
        (1.05, 0.96, "USCIS#", uscis),
        (2.25, 0.96, "Category", category),
        (1.05, 1.2, "Card#", card_number),
        (1.05, 1.44, "Country of Birth", up(country)),
        (1.05, 1.68, "Terms and Conditions", "None"),
        (1.05, 1.92, "Date of Birth", dates.abbreviated(person.born).upper().replace(".", "")),
        (2.45, 1.92, "Sex", person.sex),
        (0.12, 1.92, "Valid From:", dates.us(valid_from)),
        (0.12, 1.68, "Card Expires:", dates.us(expires)),
    ]
    for x, y, label, value in rows:
        s.text(x, y, label, 4.5, "sans", fill=GREY)
        s.text(x, y + 0.08, value, 6.2, "mono-bold")
    s.text(1.6, 2.02, "NOT VALID FOR REENTRY TO U.S.", 4.8, "sans-bold")
    return drawn(
        "work_permit_i766",
        [s],
        "identity_document",
        person,
        ("identity", "employment_and_taxes"),
        is_card=True,
    )


# ---------------------------------------------------------------- tax and pay


def w2(
    person: Person,
    year: int,
    *,
    ssn4: str,
    street: str,
    city: str,
    employer: str,
    employer_address: tuple[str, str],
    ein: str,
    wages: float,
    withheld: float,
    state: str,
    state_id: str,
    state_tax: float,
    control: str,
) -> Paper:
    """Form W-2, Copy B, in its box grid."""
    s = Sheet()
    y = 0.7
    ss, med = round(wages * 0.062, 2), round(wages * 0.0145, 2)
    s.text(0.6, y - 0.25, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 8, "sans-bold")
    rows = [
        (
            0.5,
            [
                (2.2, "a  Employee's social security number", f"XXX-XX-{ssn4}"),
                (2.8, "OMB No. 1545-0008", ""),
            ],
        ),
        (
            0.5,
            [
                (2.8, "b  Employer identification number (EIN)", ein),
                (1.5, "1  Wages, tips, other compensation", f"{wages:,.2f}"),
                (1.5, "2  Federal income tax withheld", f"{withheld:,.2f}"),
            ],
        ),
        (
            0.9,
            [
                (
                    2.8,
                    "c  Employer's name, address, and ZIP code",
                    f"{employer}\n{employer_address[0]}\n{employer_address[1]}",
                ),
                (1.5, "3  Social security wages", f"{wages:,.2f}"),
                (1.5, "4  Social security tax withheld", f"{ss:,.2f}"),
            ],
        ),
        (
            0.5,
            [
                (2.8, "d  Control number", control),
                (1.5, "5  Medicare wages and tips", f"{wages:,.2f}"),
                (1.5, "6  Medicare tax withheld", f"{med:,.2f}"),
            ],
        ),
        (
            0.9,
            [
                (
                    2.8,
                    "e  Employee's first name and initial   Last name   Suff.",
                    f"{up(person.first)} {up(person.surname)}",
                ),
                (1.5, "7  Social security tips", ""),
                (1.5, "8  Allocated tips", ""),
            ],
        ),
        (
            0.7,
            [
                (2.8, "f  Employee's address and ZIP code", f"{street}\n{city}"),
                (1.5, "10  Dependent care benefits", ""),
                (1.5, "12a  See instructions", ""),
            ],
        ),
        (
            0.5,
            [
                (0.8, "15  State", state),
                (2.0, "Employer's state ID number", state_id),
                (1.5, "16  State wages, tips, etc.", f"{wages:,.2f}"),
                (1.5, "17  State income tax", f"{state_tax:,.2f}"),
            ],
        ),
    ]
    y = s.grid(0.6, y, 7.3, rows, label_pt=5.8, value_pt=9)
    s.text(0.6, y + 0.1, "Form", 7, "sans")
    s.text(0.95, y + 0.02, "W-2", 20, "sans-bold")
    s.text(1.9, y + 0.08, "Wage and Tax Statement", 11, "sans-bold")
    s.text(4.4, y + 0.02, str(year), 20, "sans-bold")
    s.text(
        7.9,
        y + 0.1,
        "Department of the Treasury—Internal Revenue Service",
        6.5,
        "sans",
        align="right",
    )
    s.text(
        0.6,
        y + 0.5,
        "This information is being furnished to the Internal Revenue Service.",
        6.5,
        "sans",
    )
    return drawn(
        "w2",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )


def nec1099(
    person: Person,
    year: int,
    *,
    tin4: str,
    street: str,
    city: str,
    payer: str,
    payer_address: tuple[str, str],
    payer_tin: str,
    amount: float,
) -> Paper:
    """Form 1099-NEC, Copy B for the recipient."""
    s = Sheet()
    s.text(0.6, 0.5, "CORRECTED (if checked)  [ ]", 7, "sans")
    rows = [
        (
            1.0,
            [
                (
                    3.3,
                    "PAYER'S name, street address, city or town, state or province, country, "
                    "ZIP or foreign postal code, and telephone no.",
                    f"{payer}\n{payer_address[0]}\n{payer_address[1]}",
                ),
                (
                    1.4,
                    "OMB No. 1545-0116",
                    f"Form 1099-NEC\n(Rev. January 2024)\nFor calendar year {year}",
                ),
                (1.6, "Nonemployee\nCompensation", ""),
            ],
        ),
        (
            0.5,
            [
                (1.65, "PAYER'S TIN", payer_tin),
                (1.65, "RECIPIENT'S TIN", f"XXX-XX-{tin4}"),
                (3.0, "1  Nonemployee compensation", f"$ {amount:,.2f}"),
            ],
        ),
        (
            0.5,
            [
                (3.3, "RECIPIENT'S name", up(person.name)),
                (3.0, "2  Payer made direct sales totaling $5,000 or more", ""),
            ],
        ),
        (
            0.5,
            [
                (3.3, "Street address (including apt. no.)", street),
                (3.0, "4  Federal income tax withheld", "$ 0.00"),
            ],
        ),
        (
            0.5,
            [
                (
                    3.3,
                    "City or town, state or province, country, and ZIP or foreign postal code",
                    city,
                ),
                (1.5, "5  State tax withheld", "$ 0.00"),
                (1.5, "6  State/Payer's state no.", "NC 60-448213"),
            ],
        ),
        (
            0.4,
            [
                (3.3, "Account number (see instructions)", ""),
                (3.0, "7  State income", f"$ {amount:,.2f}"),
            ],
        ),
    ]
    y = s.grid(0.6, 0.7, 7.3, rows, label_pt=5.8, value_pt=9)
    s.text(0.6, y + 0.08, "Form 1099-NEC (Rev. 1-2024)", 8, "sans-bold")
    s.text(3.0, y + 0.08, "Copy B For Recipient", 9, "sans-bold")
    s.text(
        7.9,
        y + 0.08,
        "Department of the Treasury - Internal Revenue Service",
        6.5,
        "sans",
        align="right",
    )
    s.para(
        0.6,
        y + 0.35,
        7.3,
        "This is important tax information and is being furnished to "
        "the IRS. If you are required to file a return, a negligence penalty or other "
        "sanction may be imposed on you if this income is taxable and the IRS determines "
        "that it has not been reported.",
        7,
        "sans",
    )
    return drawn(
        "form_1099_nec",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )


def return_transcript(
    person: Person,
    year: int,
    *,
    ssn4: str,
    street: str,
    zip_code: str,
    status: str,
    requested: dt.date,
    business: float,
    wages: float,
    tax: float,
    refund: float,
    two_pages: bool,
    dependent: str = "",
) -> Paper:
    """The IRS Tax Return Transcript as printed from an online account: a monospace printout,
    the names cut to four letters and the street masked."""
    masked = " ".join(
        w[:3] + "*" * max(0, len(w) - 3) if i else w for i, w in enumerate(street.upper().split())
    )
    agi = wages + business * 0.92
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                         Tax Return Transcript",
        "",
        f"Request Date:  {dates.dashed(requested)}",
        f"Response Date: {dates.dashed(requested)}",
        f"Tracking Number: 1089{ssn4}{year}771",
        f"SSN Provided: XXX-XX-{ssn4}",
        f"Tax Period Ending: Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR),",
        "and the amount as adjusted (PC), if applicable. They do not show",
        "subsequent activity on the account.",
        "",
        f"SSN:                                    XXX-XX-{ssn4}",
        "SPOUSE SSN:",
        f"NAME(S) SHOWN ON RETURN:                {person.irs}",
        f"ADDRESS:                                {masked} {zip_code}",
        f"FILING STATUS:                          {status}",
        "FORM NUMBER:                            1040",
        f"CYCLE POSTED:                           {year + 1}1205",
        f"RECEIVED DATE:                          Apr. 0{3 + year % 5}, {year + 1}",
        "REMITTANCE:                             $0.00",
        "EXEMPTION NUMBER:                       0",
        f"DEPENDENT 1 NAME CTRL:                  {dependent}",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:                          ${wages:,.2f}",
        "TAXABLE INTEREST INCOME: SCH B:                      $0.00",
        f"BUSINESS INCOME OR LOSS (Schedule C):                ${business:,.2f}",
        "CAPITAL GAIN OR LOSS:                                $0.00",
        f"TOTAL INCOME:                                        ${wages + business:,.2f}",
        "",
        "Adjustments to Income",
        f"SELF EMPLOYMENT TAX DEDUCTION:                       ${business * 0.0706:,.2f}",
        f"ADJUSTED GROSS INCOME:                               ${agi:,.2f}",
    ]
    second = [
        f"Tax Return Transcript, Tax Period Ending Dec. 31, {year}   (continued)",
        f"SSN Provided: XXX-XX-{ssn4}",
        "",
        "Tax and Credits",
        "STANDARD DEDUCTION PER COMPUTER:                     $22,500.00",
        f"TAXABLE INCOME:                                      ${max(0.0, agi - 22500):,.2f}",
        f"TENTATIVE TAX:                                       ${tax:,.2f}",
        "CHILD & OTHER DEPENDENT CREDIT:                      $2,000.00",
        "",
        "Other Taxes",
        f"SE TAX:                                              ${business * 0.1413:,.2f}",
        f"TOTAL TAX LIABILITY TP FIGURES:                      ${tax + business * 0.1413:,.2f}",
        "",
        "Payments",
        "FEDERAL INCOME TAX WITHHELD:                         $0.00",
        "EARNED INCOME CREDIT:                                $1,212.00",
        "ADDITIONAL CHILD TAX CREDIT:                         $1,700.00",
        "",
        "Refund or Amount Owed",
        f"REFUND AMOUNT:                                       ${refund:,.2f}",
        "",
        "Schedule SE--Self-Employment Tax",
        f"NAME:                                   {person.irs}",
        f"SE INCOME PER COMPUTER:                              ${business:,.2f}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    pages = [monospace_page(lines, 9)]
    if two_pages:
        pages.append(monospace_page(second, 9))
    else:
        pages[0].lines(0.75, 7.0, second[3:12], 9, "mono")
    return drawn(
        "irs_return_transcript",
        pages,
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )


def pay_stub(
    person: Person,
    *,
    employer: str,
    employer_lines: list[str],
    employee_id: str,
    street: str,
    city: str,
    period: tuple[dt.date, dt.date],
    paid: dt.date,
    rate: float,
    hours: float,
    overtime: float,
    ytd_gross: float,
    state: str,
) -> Paper:
    """A pay stub printed from a payroll service on plain paper: earnings, taxes, net pay."""
    s = Sheet()
    s.text(0.7, 0.6, employer, 13, "sans-bold")
    s.lines(0.7, 0.85, employer_lines, 8.5, "sans", fill=GREY)
    s.text(7.8, 0.6, "EARNINGS STATEMENT", 12, "sans-bold", align="right")
    s.text(7.8, 0.85, f"Check Date: {dates.us(paid)}", 9, "sans", align="right")
    s.text(
        7.8,
        1.02,
        f"Period: {dates.us(period[0])} - {dates.us(period[1])}",
        9,
        "sans",
        align="right",
    )
    y = s.grid(
        0.7,
        1.45,
        7.1,
        [
            (
                0.55,
                [
                    (3, "EMPLOYEE", f"{up(person.name)}"),
                    (1.5, "EMPLOYEE ID", employee_id),
                    (2, "DEPARTMENT", "PRODUCTION 2ND SHIFT"),
                ],
            ),
            (0.55, [(4.5, "ADDRESS", f"{street}, {city}"), (2, "PAY FREQUENCY", "Bi-Weekly")]),
        ],
        label_pt=6,
        value_pt=8.5,
    )
    gross = round(rate * hours + rate * 1.5 * overtime, 2)
    fed, ss, med = round(gross * 0.06, 2), round(gross * 0.062, 2), round(gross * 0.0145, 2)
    st = round(gross * 0.03, 2)
    y = s.table(
        0.7,
        y + 0.3,
        [2.4, 1.2, 1.2, 1.2, 1.1],
        [
            ["Earnings", "Rate", "Hours", "This Period", "Year to Date"],
            ["Regular", f"{rate:.2f}", f"{hours:.2f}", f"{rate * hours:,.2f}", f"{ytd_gross:,.2f}"],
            [
                "Overtime",
                f"{rate * 1.5:.2f}",
                f"{overtime:.2f}",
                f"{rate * 1.5 * overtime:,.2f}",
                "",
            ],
            ["Gross Pay", "", "", f"{gross:,.2f}", f"{ytd_gross + gross:,.2f}"],
        ],
        pt=9,
        align=["left", "right", "right", "right", "right"],
    )
    y = s.table(
        0.7,
        y + 0.3,
        [3.6, 1.75, 1.75],
        [
            ["Taxes and Deductions", "This Period", "Year to Date"],
            ["Federal Income Tax", f"{fed:,.2f}", f"{fed * 9:,.2f}"],
            ["Social Security", f"{ss:,.2f}", f"{ss * 9:,.2f}"],
            ["Medicare", f"{med:,.2f}", f"{med * 9:,.2f}"],
            [f"{state} State Income Tax", f"{st:,.2f}", f"{st * 9:,.2f}"],
        ],
        pt=9,
        align=["left", "right", "right"],
    )
    net = gross - fed - ss - med - st
    s.rect(4.8, y + 0.3, 3.0, 0.5, 1.2)
    s.text(4.9, y + 0.42, f"NET PAY   $ {net:,.2f}", 12, "sans-bold")
    s.text(0.7, y + 0.42, "Direct Deposit  Acct ****8821", 9, "sans")
    return drawn(
        "pay_stub", [s], "pay_record", person, "employment_and_taxes", proves=(period[0], period[1])
    )


# ---------------------------------------------------------------- home


def lease_two_pages(
    tenants: list[Person],
    occupants: list[Person],
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
) -> Paper:
    """A two-page residential lease from a stationery-store form, filled in and signed."""
    p1 = Sheet()
    y = p1.center(0.7, "RESIDENTIAL LEASE AGREEMENT", 15, "serif-bold")
    y = p1.center(y, f"(State of {state})", 9.5, "serif-italic") + 0.25
    names = " and ".join(t.name for t in tenants)
    clauses = [
        f"1. PARTIES. This Lease is made on {dates.long(signed)} between {landlord} "
        f'("Landlord") and {names} ("Tenant").',
        f"2. PREMISES. Landlord leases to Tenant the dwelling at {address}, {city} "
        '(the "Premises"), together with the appliances in it.',
        f"3. TERM. The term begins on {dates.long(start)} and ends on {dates.long(end)}. "
        "If Tenant remains after the end of the term with Landlord's consent, the tenancy "
        "continues from month to month on the same terms.",
        f"4. RENT. Tenant shall pay ${rent:,} per month, in advance, on the first day of each "
        "month, to Landlord at the address Landlord gives. Rent received after the tenth of the "
        "month is late and a late charge of $50 is due.",
        f"5. SECURITY DEPOSIT. Tenant has paid a security deposit of ${deposit:,}, held as the "
        "law of the state requires and returned with interest within thirty days after Tenant "
        "leaves, less the cost of damage beyond ordinary wear and tear.",
        "6. UTILITIES. Tenant pays electricity and gas. Landlord pays water, sewer and trash.",
        "7. OCCUPANTS. The Premises shall be occupied only by Tenant and: "
        + (", ".join(o.name for o in occupants) or "no other person")
        + ".",
        "8. USE. Tenant shall use the Premises as a private residence only and shall not "
        "disturb the neighbours or break any law on the Premises.",
    ]
    p1.paras(0.9, y, 6.7, clauses, gap=0.15, pt=10.5, face="serif")
    p1.text(
        4.25, 10.4, "Page 1 of 2      Tenant's initials ____  ____", 8.5, "serif", align="center"
    )
    p2 = Sheet()
    more = [
        "9. REPAIRS. Tenant shall keep the Premises clean and report any needed repair "
        "promptly. Landlord shall make repairs needed to keep the Premises fit to live in.",
        "10. ENTRY. Landlord may enter at reasonable times, on at least twenty-four hours' "
        "notice, to inspect or repair, and at any time in an emergency.",
        "11. PETS. No pets without Landlord's written consent.",
        "12. ENTIRE AGREEMENT. This Lease is the whole agreement of the parties. Any change "
        "must be in writing and signed by both parties.",
    ]
    y = p2.paras(0.9, 0.8, 6.7, more, gap=0.15, pt=10.5, face="serif") + 0.4
    for who, role in [(landlord, "LANDLORD"), *[(t.name, "TENANT") for t in tenants]]:
        p2.signature(1.0, y, who, 18)
        p2.line(0.9, y + 0.45, 4.4, y + 0.45, 0.6)
        p2.text(0.9, y + 0.5, f"{role}: {who}", 9.5, "serif")
        p2.text(5.0, y + 0.3, dates.us(signed), 10, "serif")
        p2.line(4.9, y + 0.45, 6.8, y + 0.45, 0.6)
        p2.text(4.9, y + 0.5, "Date", 9.5, "serif")
        y += 1.1
    p2.text(4.25, 10.4, "Page 2 of 2", 8.5, "serif", align="center")
    return drawn(
        "lease_two_pages",
        [p1, p2],
        "residence_record",
        tenants[0],
        "length_of_residence",
        proves=(start, end),
    )


def rent_receipts(
    person: Person,
    *,
    landlord: str,
    address: str,
    rent: int,
    months: list[dt.date],
    first_number: int,
) -> Paper:
    """Three carbon copies from a rent receipt book, copied onto one page."""
    s = Sheet()
    y = 0.6
    for i, month in enumerate(months):
        s.rect(0.7, y, 7.1, 3.0, 1.0)
        s.text(0.85, y + 0.12, "RENT RECEIPT", 13, "sans-bold")
        s.text(
            7.65,
            y + 0.12,
            f"No. {first_number + i:04d}",
            11,
            "mono-bold",
            fill=(160, 30, 30),
            align="right",
        )
        s.text(0.85, y + 0.6, f"Date  {dates.us(month.replace(day=2))}", 10.5, "serif")
        s.text(0.85, y + 0.95, f"Received from  {person.name}", 10.5, "serif")
        s.text(
            0.85,
            y + 1.3,
            f"The sum of  {_words(rent)} and 00/100 dollars   ${rent:,}.00",
            10.5,
            "serif",
        )
        last = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        s.text(0.85, y + 1.65, f"For rent at  {address}", 10.5, "serif")
        s.text(
            0.85, y + 2.0, f"For the period  {dates.us(month)}  to  {dates.us(last)}", 10.5, "serif"
        )
        s.checkbox(0.85, y + 2.45, True, "Cash", 9)
        s.checkbox(1.8, y + 2.45, False, "Check", 9)
        s.checkbox(2.9, y + 2.45, False, "Money order", 9)
        s.signature(5.0, y + 2.15, landlord, 15)
        s.text(5.0, y + 2.6, f"Received by  {landlord}", 8.5, "serif")
        y += 3.25
    return drawn(
        "rent_receipts",
        [s],
        "residence_record",
        person,
        "length_of_residence",
        proves=(months[0], months[-1] + dt.timedelta(days=27)),
    )


def _words(n: int) -> str:
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    hundreds = n // 100
    rest = n % 100
    tens = {0: "", 50: "fifty", 25: "twenty-five", 75: "seventy-five"}
    thousand = "One thousand " if hundreds >= 10 else ""
    h = hundreds % 10
    text = thousand + (f"{ones[h]} hundred" if h else "")
    return (text + (" " + tens.get(rest, str(rest)) if rest else "")).strip().capitalize()


def utility_bill(
    person: Person,
    *,
    company: str,
    company_lines: list[str],
    colour: tuple[int, int, int],
    account: str,
    street: str,
    city: str,
    period: tuple[dt.date, dt.date],
    billed: dt.date,
    kwh: list[int],
    amount: float,
) -> Paper:
    """An electric bill's first page: account box, amount due, usage bars, the stub."""
    s = Sheet()
    s.rect(0, 0, 8.5, 1.1, outline=None, fill=colour)
    s.text(0.6, 0.3, company, 18, "sans-bold", fill=(255, 255, 255))
    s.lines(0.6, 0.7, company_lines, 8, "sans", fill=(240, 240, 240))
    y = s.grid(
        0.6,
        1.35,
        7.3,
        [
            (
                0.55,
                [
                    (3.5, "Account holder", up(person.name)),
                    (2, "Account number", account),
                    (1.8, "Bill date", dates.us(billed)),
                ],
            ),
            (
                0.55,
                [
                    (3.5, "Service address", f"{street}, {city}"),
                    (3.8, "Service period", f"{dates.us(period[0])} to {dates.us(period[1])}"),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    s.rect(0.6, y + 0.25, 3.4, 1.3, 1.4)
    s.text(0.75, y + 0.35, "Amount due", 11, "sans-bold")
    s.text(0.75, y + 0.65, f"${amount:,.2f}", 22, "sans-bold")
    due = billed + dt.timedelta(days=21)
    s.text(0.75, y + 1.15, f"Due by {dates.long(due)}", 9.5, "sans")
    s.text(4.3, y + 0.3, "Your monthly electricity use (kWh)", 9, "sans-bold")
    base = y + 1.55
    for i, value in enumerate(kwh):
        h = value / max(kwh) * 1.0
        s.rect(4.35 + i * 0.28, base - h, 0.2, h, outline=None, fill=colour)
    y = s.table(
        0.6,
        base + 0.4,
        [2.6, 1.5, 1.5, 1.7],
        [
            ["Charges for this period", "Meter reading", "Usage", "Amount"],
            ["Basic customer charge", "", "", "14.00"],
            [
                "Energy charge",
                f"{41200 + kwh[-1]} A",
                f"{kwh[-1]} kWh",
                f"{amount - 14 - 3.1:,.2f}",
            ],
            ["State and local taxes", "", "", "3.10"],
            ["Total current charges", "", "", f"{amount:,.2f}"],
        ],
        pt=9,
        align=["left", "right", "right", "right"],
    )
    s.line(0.4, 9.0, 8.1, 9.0, 0.8, GREY)
    s.text(0.6, 9.1, "Please return this portion with your payment.", 8, "sans", fill=GREY)
    s.text(0.6, 9.35, up(person.name), 9, "mono")
    s.text(0.6, 9.52, street.upper(), 9, "mono")
    s.text(0.6, 9.69, city.upper(), 9, "mono")
    s.text(5.0, 9.35, f"Account {account}", 9, "mono")
    s.text(5.0, 9.52, f"Amount due ${amount:,.2f}", 9, "mono")
    del y
    return drawn(
        "utility_bill", [s], "residence_record", person, "length_of_residence", proves=period
    )


# ---------------------------------------------------------------- school


def report_card(
    child: Person,
    *,
    district: str,
    school: str,
    address: str,
    year: int,
    grade: str,
    teacher: str,
    absences: int,
    marks: list[tuple[str, str, str, str]],
    comment: str,
) -> Paper:
    """An elementary standards-based report card: marks per quarter, attendance, a comment."""
    s = Sheet()
    y = s.center(0.55, district.upper(), 11, "sans-bold")
    y = s.center(y, school, 13, "serif-bold")
    y = s.center(y, address, 8.5, "sans", fill=GREY)
    y = s.center(y + 0.1, f"Elementary Progress Report {year}-{year + 1}", 12, "sans-bold") + 0.1
    y = s.grid(
        0.7,
        y,
        7.1,
        [(0.5, [(3, "Student", child.name), (1.2, "Grade", grade), (2.9, "Teacher", teacher)])],
        label_pt=6.5,
        value_pt=10,
        value_face="sans-bold",
    )
    rows = [["Subject / Standard", "Q1", "Q2", "Q3"]]
    rows += [list(m) for m in marks]
    y = s.table(0.7, y + 0.25, [4.4, 0.9, 0.9, 0.9], rows, pt=9.5)
    s.text(
        0.7,
        y + 0.15,
        "4 = Exceeds standard   3 = Meets standard   2 = Approaching   1 = Beginning",
        8,
        "sans",
        fill=GREY,
    )
    y = s.table(
        0.7,
        y + 0.5,
        [3.2, 1.3, 1.3, 1.3],
        [
            ["Attendance", "Q1", "Q2", "Q3"],
            ["Days present", "44", "41", "45"],
            ["Days absent", str(absences), "1", "0"],
            ["Tardies", "0", "1", "0"],
        ],
        pt=9.5,
    )
    s.text(0.7, y + 0.3, "Teacher comments", 10, "sans-bold")
    y = s.para(0.7, y + 0.55, 7.1, comment, 10, "serif")
    s.signature(0.8, y + 0.3, teacher.split()[-1], 16)
    s.text(0.7, y + 0.8, f"{teacher}, Classroom Teacher", 9, "sans")
    return drawn(
        "report_card", [s], "school_record", child, ("education", "us_family"), proves=None
    )


def school_letter(
    head: Head,
    child: Person,
    parent: Person,
    *,
    dated: dt.date,
    body: list[str],
    signer: str,
    title: list[str],
) -> Paper:
    """A school's letter on its letterhead about a pupil's enrolment and attendance."""
    s = write_letter(
        head,
        dates.long(dated),
        [],
        f"Re: {child.name}, date of birth {dates.us(child.born)}",
        "To Whom It May Concern:",
        body,
        "Sincerely,",
        signer,
        title,
    )
    del parent
    return drawn(
        "school_attendance_letter", [s], "school_record", child, ("education", "us_family")
    )


def adult_ed_certificate(
    person: Person,
    *,
    program: str,
    lines: list[str],
    course: str,
    hours: int,
    awarded: dt.date,
    signers: list[tuple[str, str]],
    start: dt.date,
) -> Paper:
    """An adult education program's certificate of completion (ESL), landscape, bordered."""
    s = Sheet(11.0, 8.5)
    s.border(0.4, 3.0)
    s.rect(0.62, 0.62, 9.76, 7.26, 0.8)
    y = s.center(1.0, program.upper(), 16, "serif-bold")
    for line in lines:
        y = s.center(y, line, 9.5, "sans", fill=GREY)
    y = s.center(y + 0.3, "Certificate of Completion", 30, "script", fill=(60, 40, 110))
    y = s.center(y + 0.3, "This certifies that", 12, "serif-italic")
    y = s.center(y + 0.1, person.name, 24, "serif-bold")
    s.line(2.5, y + 0.05, 8.5, y + 0.05, 0.8)
    y = s.center(y + 0.25, "has successfully completed", 12, "serif-italic")
    y = s.center(y + 0.05, course, 15, "serif-bold")
    y = s.center(
        y + 0.05,
        f"{hours} hours of instruction, {dates.month(start)} {start.year} to "
        f"{dates.month(awarded)} {awarded.year}",
        11,
        "serif",
    )
    y = s.center(y + 0.05, f"Awarded {dates.long(awarded)}", 11, "serif")
    x = 1.5
    for name, title in signers:
        s.signature(x + 0.1, 6.5, name, 17)
        s.line(x, 7.0, x + 3.2, 7.0, 0.6)
        s.text(x, 7.05, name, 9.5, "serif")
        s.text(x, 7.25, title, 8.5, "serif-italic")
        x += 4.8
    s.seal(5.5, 6.9, 0.45, f"{program.upper()} * ")
    return drawn(
        "esl_certificate",
        [s],
        ("diploma", "school_record"),
        person,
        "education",
        proves=(start, awarded),
    )


# ---------------------------------------------------------------- medical


def clinic_visit(
    patient: Person,
    *,
    clinic: str,
    clinic_lines: list[str],
    colour: tuple[int, int, int],
    mrn: str,
    visit: dt.date,
    provider: str,
    guardian: str,
    problems: list[str],
    medications: list[str],
    labs: list[list[str]] | None,
    assessment: str,
    plan: list[str],
    two_pages: bool,
    label: str,
) -> Paper:
    """A clinic's visit summary as printed from its health record: header, patient box, the
    problem list, medications, results, the assessment and plan; one or two pages."""
    s = Sheet()
    y = letterhead(s, clinic, clinic_lines, colour, "cross", "sans-bold")
    y = s.center(y - 0.1, "AFTER VISIT SUMMARY / CLINICAL NOTE", 12, "sans-bold") + 0.1
    y = s.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.5,
                [
                    (3, "Patient", f"{up(patient.surname)}, {up(patient.given)}"),
                    (1.5, "DOB", dates.us(patient.born)),
                    (1.5, "MRN", mrn),
                ],
            ),
            (
                0.5,
                [
                    (2, "Visit date", dates.us(visit)),
                    (2.5, "Provider", provider),
                    (2, "Guardian / contact", guardian),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    y += 0.25
    y = s.text(0.8, y, "Problem list", 10.5, "sans-bold")
    y = s.lines(1.0, y + 0.03, problems, 9.5, "sans") + 0.15
    y = s.text(0.8, y, "Current medications", 10.5, "sans-bold")
    y = s.lines(1.0, y + 0.03, medications, 9.5, "sans") + 0.15
    page2 = Sheet() if two_pages else s
    if two_pages:
        s.text(4.25, 10.4, "Page 1 of 2", 8, "sans", align="center")
        y2 = 0.7
        y2 = (
            page2.text(
                0.8,
                y2,
                f"{up(patient.surname)}, {up(patient.given)}  DOB "
                f"{dates.us(patient.born)}  MRN {mrn}  (continued)",
                9,
                "sans-bold",
            )
            + 0.2
        )
    else:
        y2 = y
    if labs:
        y2 = page2.text(0.8, y2, "Results", 10.5, "sans-bold")
        y2 = page2.table(0.8, y2 + 0.05, [2.6, 1.4, 1.4, 1.5], labs, pt=9) + 0.2
    y2 = page2.text(0.8, y2, "Assessment", 10.5, "sans-bold")
    y2 = page2.para(1.0, y2 + 0.03, 6.6, assessment, 10, "serif") + 0.15
    y2 = page2.text(0.8, y2, "Plan", 10.5, "sans-bold")
    for item in plan:
        y2 = page2.para(1.0, y2 + 0.03, 6.6, "• " + item, 10, "serif")
    page2.text(
        0.8, y2 + 0.3, f"Electronically signed by {provider} on {dates.us(visit)}", 9, "sans-italic"
    )
    if two_pages:
        page2.text(4.25, 10.4, "Page 2 of 2", 8, "sans", align="center")
    pages = [s, page2] if two_pages else [s]
    return drawn(label, pages, "medical_record", patient, "medical")


def doctor_letter(
    head: Head,
    patient: Person,
    carer: Person,
    *,
    dated: dt.date,
    body: list[str],
    signer: str,
    title: list[str],
) -> Paper:
    """A treating physician's letter about a patient's condition and who cares for them."""
    s = write_letter(
        head,
        dates.long(dated),
        [],
        f"Re: {patient.name}, DOB {dates.us(patient.born)}",
        "To Whom It May Concern:",
        body,
        "Sincerely,",
        signer,
        title,
    )
    del carer
    return drawn(
        "caregiver_doctor_letter", [s], "medical_record", patient, ("caretaker", "medical")
    )


# ---------------------------------------------------------------- letters


def letter(
    head: Head,
    about: Person,
    *,
    dated: dt.date,
    body: list[str],
    signer: str,
    title: list[str],
    type: Choice,
    equity: Choice,
    label: str,
    language: str = "en",
    salutation: str = "To Whom It May Concern:",
    closing: str = "Sincerely,",
    recipient: list[str] | None = None,
    re_line: str | None = None,
) -> Paper:
    s = write_letter(
        head,
        dated_line(dated, language),
        recipient or [],
        re_line,
        salutation,
        body,
        closing,
        signer,
        title,
    )
    return drawn(label, [s], type, about, equity, language)


def dated_line(d: dt.date, language: str) -> str:
    return dates.long(d) if language == "en" else f"Omaha, Nebraska, {dates.spelled(d, 'es')}"


def handwritten_note(
    about: Person, *, dated: dt.date, body: list[str], signer: str, lines: list[str]
) -> Paper:
    """A neighbour's letter in Spanish, written out by hand on lined paper."""
    s = Sheet()
    for i in range(32):
        s.line(0.6, 0.9 + i * 0.3, 7.9, 0.9 + i * 0.3, 0.4, (170, 190, 215))
    s.line(1.1, 0.3, 1.1, 10.8, 0.6, (210, 140, 140))
    y = 0.68
    s.text(5.0, y, f"Omaha, Ne. {dates.day_month_year(dated)}", 14, "script", fill=BLUE_INK)
    y += 0.6
    s.text(1.3, y, "A quien corresponda:", 15, "script", fill=BLUE_INK)
    y += 0.6
    for para in body:
        for line in s.wrap(para, 6.4, 14, "script"):
            s.text(1.3, y, line, 14, "script", fill=BLUE_INK)
            y += 0.3
        y += 0.3
    s.text(1.3, y, "Atentamente,", 14, "script", fill=BLUE_INK)
    s.signature(1.4, y + 0.3, signer, 20)
    y += 0.9
    for line in [signer, *lines]:
        s.text(1.3, y, line, 13, "script", fill=BLUE_INK)
        y += 0.3
    return drawn("neighbour_letter_es", [s], "letter_of_support", about, "community_ties", "es")


# ---------------------------------------------------------------- police and courts


def police_report(
    victim: Person,
    *,
    agency: str,
    agency_lines: list[str],
    report_no: str,
    occurred: dt.datetime,
    location: str,
    offense: str,
    victim_address: str,
    narrative: str,
    officer: str,
    badge: str,
    approved: str,
) -> Paper:
    """A police incident report, boxed as a records unit prints it for the victim."""
    s = Sheet()
    s.logo(0.7, 0.45, 0.6, "shield", (20, 40, 90))
    s.text(1.5, 0.48, agency.upper(), 13, "sans-bold")
    s.lines(1.5, 0.74, agency_lines, 8.5, "sans", fill=GREY)
    s.text(7.8, 0.5, "INCIDENT REPORT", 13, "sans-bold", align="right")
    s.text(7.8, 0.75, f"Report No. {report_no}", 10, "mono-bold", align="right")
    s.text(7.8, 0.93, "PUBLIC COPY - VICTIM", 7.5, "sans-bold", align="right")
    y = s.grid(
        0.7,
        1.4,
        7.1,
        [
            (
                0.48,
                [
                    (2.4, "Date / time occurred", occurred.strftime("%m/%d/%Y %H%M")),
                    (
                        2.4,
                        "Date / time reported",
                        (occurred + dt.timedelta(minutes=18)).strftime("%m/%d/%Y %H%M"),
                    ),
                    (2.3, "Zone / precinct", "Zone 4 - Precinct 16"),
                ],
            ),
            (
                0.48,
                [
                    (4.6, "Location of occurrence", location),
                    (2.5, "Premise type", "Parking lot / street"),
                ],
            ),
            (0.48, [(4.6, "Offense(s)", offense), (2.5, "Weapon", "Handgun")]),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    s.text(0.7, y + 0.15, "VICTIM", 9, "sans-bold")
    y = s.grid(
        0.7,
        y + 0.35,
        7.1,
        [
            (
                0.48,
                [
                    (3.6, "Name (Last, First, Middle)", victim.last_first(False)),
                    (1.5, "Date of birth", dates.us(victim.born)),
                    (1.0, "Sex", victim.sex),
                    (1.0, "Injured", "Yes"),
                ],
            ),
            (0.48, [(7.1, "Address", victim_address)]),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    s.text(0.7, y + 0.15, "SUSPECT(S)", 9, "sans-bold")
    y = s.grid(
        0.7,
        y + 0.35,
        7.1,
        [
            (
                0.48,
                [
                    (3.6, "Name", "UNKNOWN"),
                    (1.5, "Sex / race", "M / UNK"),
                    (2.0, "Age range", "20-30"),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    s.text(0.7, y + 0.15, "NARRATIVE", 9, "sans-bold")
    s.rect(0.7, y + 0.35, 7.1, 4.0, 0.6)
    s.para(0.8, y + 0.45, 6.9, narrative, 9.5, "mono")
    y += 4.5
    s.grid(
        0.7,
        y,
        7.1,
        [
            (
                0.5,
                [
                    (3.6, "Reporting officer / badge", f"{officer} #{badge}"),
                    (3.5, "Approved by", approved),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    return drawn("police_incident_report", [s], "police_report", victim, "crime_victim")


def i918b(
    victim: Person,
    *,
    a_number: str,
    agency: str,
    agency_address: str,
    official: str,
    title: str,
    case_no: str,
    crime_date: dt.date,
    statute: str,
    description: str,
    signed: dt.date,
) -> Paper:
    """Form I-918, Supplement B, U Nonimmigrant Status Certification: two pages."""
    p1 = Sheet()
    p1.text(0.6, 0.45, "Department of Homeland Security", 9, "sans-bold")
    p1.text(0.6, 0.62, "U.S. Citizenship and Immigration Services", 9, "sans")
    p1.text(7.9, 0.45, "USCIS", 12, "sans-bold", align="right")
    p1.text(7.9, 0.66, "Form I-918", 9, "sans-bold", align="right")
    p1.text(7.9, 0.82, "Supplement B", 9, "sans-bold", align="right")
    p1.text(7.9, 0.98, "OMB No. 1615-0104", 7, "sans", align="right")
    y = p1.center(1.15, "Supplement B,", 14, "sans-bold")
    y = p1.center(y, "U Nonimmigrant Status Certification", 14, "sans-bold") + 0.2
    p1.rect(0.6, y, 7.3, 0.3, outline=None, fill=(40, 40, 40))
    p1.text(0.7, y + 0.06, "Part 1.  Victim Information", 10, "sans-bold", fill=(255, 255, 255))
    y = p1.grid(
        0.6,
        y + 0.3,
        7.3,
        [
            (
                0.5,
                [
                    (2.6, "1.a. Family Name (Last Name)", up(victim.surname)),
                    (2.6, "1.b. Given Name (First Name)", up(victim.given)),
                    (2.1, "1.c. Middle Name", ""),
                ],
            ),
            (
                0.5,
                [
                    (2.6, "3. Date of Birth (mm/dd/yyyy)", dates.us(victim.born)),
                    (2.6, "4. Alien Registration Number (A-Number)", a_number),
                    (2.1, "5. Gender", "Male" if victim.sex == "M" else "Female"),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9.5,
    )
    y += 0.2
    p1.rect(0.6, y, 7.3, 0.3, outline=None, fill=(40, 40, 40))
    p1.text(0.7, y + 0.06, "Part 2.  Agency Information", 10, "sans-bold", fill=(255, 255, 255))
    y = p1.grid(
        0.6,
        y + 0.3,
        7.3,
        [
            (
                0.5,
                [
                    (3.6, "1. Name of Certifying Official", official),
                    (3.7, "2. Title and Division/Office of Certifying Official", title),
                ],
            ),
            (
                0.5,
                [
                    (3.6, "3. Name of Certifying Agency", agency),
                    (3.7, "4. Agency Address", agency_address),
                ],
            ),
            (
                0.5,
                [
                    (3.6, "5. Agency Case Number", case_no),
                    (3.7, "6. FBI Number or State Identification Number", ""),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    y += 0.2
    p1.rect(0.6, y, 7.3, 0.3, outline=None, fill=(40, 40, 40))
    p1.text(0.7, y + 0.06, "Part 3.  Criminal Acts", 10, "sans-bold", fill=(255, 255, 255))
    y = (
        p1.text(
            0.6,
            y + 0.4,
            "1. The applicant is a victim of criminal activity involving or "
            "similar to violations of one of the following:",
            9,
            "sans",
        )
        + 0.05
    )
    acts = [
        "Abduction",
        "Abusive Sexual Contact",
        "Blackmail",
        "Domestic Violence",
        "Extortion",
        "False Imprisonment",
        "Felonious Assault",
        "Hostage",
        "Involuntary Servitude",
        "Kidnapping",
        "Manslaughter",
        "Murder",
        "Obstruction of Justice",
        "Perjury",
        "Stalking",
        "Witness Tampering",
    ]
    for i, act in enumerate(acts):
        p1.checkbox(0.8 + (i % 4) * 1.8, y + (i // 4) * 0.25, act == "Felonious Assault", act, 8.5)
    y += 1.15
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.5,
                [
                    (3.0, "2. Date(s) of Criminal Activity", dates.us(crime_date)),
                    (4.3, "3. Statutory Citation(s) for the Criminal Activity", statute),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    p1.text(0.6, 10.4, "Form I-918 Supplement B  Edition 04/01/24", 7.5, "sans")
    p1.text(7.9, 10.4, "Page 1 of 2", 7.5, "sans", align="right")
    p2 = Sheet()
    y = p2.text(0.6, 0.6, "Part 3.  Criminal Acts (continued)", 10, "sans-bold") + 0.05
    y = p2.text(
        0.6,
        y,
        "5. Provide a description of the criminal activity being investigated or prosecuted:",
        9,
        "sans",
    )
    p2.rect(0.6, y + 0.05, 7.3, 1.9, 0.6)
    p2.para(0.7, y + 0.15, 7.1, description, 9.5, "mono")
    y += 2.2
    p2.rect(0.6, y, 7.3, 0.3, outline=None, fill=(40, 40, 40))
    p2.text(
        0.7, y + 0.06, "Part 4.  Helpfulness of the Victim", 10, "sans-bold", fill=(255, 255, 255)
    )
    y += 0.45
    y = p2.para(
        0.6,
        y,
        7.3,
        "1. The victim possesses information concerning the criminal activity listed in Part 3.",
        9.5,
        "sans",
    )
    p2.checkbox(6.8, y - 0.2, True, "Yes", 8.5)
    y = p2.para(
        0.6,
        y + 0.1,
        7.3,
        "2. The victim has been, is being, or is likely to be helpful "
        "in the investigation or prosecution of the criminal activity detailed above.",
        9.5,
        "sans",
    )
    p2.checkbox(6.8, y - 0.2, True, "Yes", 8.5)
    y = p2.para(
        0.6,
        y + 0.1,
        7.3,
        "3. Since the initiation of cooperation, the victim has not "
        "refused or failed to provide information and assistance reasonably requested.",
        9.5,
        "sans",
    )
    p2.checkbox(6.8, y - 0.2, True, "Yes", 8.5)
    y += 0.3
    p2.rect(0.6, y, 7.3, 0.3, outline=None, fill=(40, 40, 40))
    p2.text(0.7, y + 0.06, "Part 6.  Certification", 10, "sans-bold", fill=(255, 255, 255))
    y = (
        p2.para(
            0.6,
            y + 0.45,
            7.3,
            "I am the head of the agency listed in Part 2. or I am the "
            "person in the agency who has been specifically designated by the head of the "
            "agency to issue U Nonimmigrant Status Certifications on behalf of the agency. "
            "Based upon investigation of the facts, I certify, under penalty of perjury, "
            "that the individual noted in Part 1. is or was a victim of one or more of the "
            "crimes listed in Part 3.",
            9.5,
            "sans",
        )
        + 0.3
    )
    p2.signature(0.8, y, official, 18)
    p2.grid(
        0.6,
        y + 0.5,
        7.3,
        [
            (
                0.5,
                [
                    (4.8, "Signature of Certifying Official Identified in Part 2.", ""),
                    (2.5, "Date of Signature (mm/dd/yyyy)", dates.us(signed)),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9.5,
    )
    p2.text(0.6, 10.4, "Form I-918 Supplement B  Edition 04/01/24", 7.5, "sans")
    p2.text(7.9, 10.4, "Page 2 of 2", 7.5, "sans", align="right")
    return drawn(
        "i918_supplement_b", [p1, p2], "u_visa_certification", victim, "law_enforcement_cooperation"
    )


def dui_judgment(
    person: Person,
    *,
    court: str,
    county: str,
    case_no: str,
    arrested: dt.date,
    sentenced: dt.date,
    discharged: dt.date,
    judge: str,
    clerk: str,
) -> Paper:
    """A county court's journal entry on a first-offense DUI, with the later discharge from
    probation entered beneath it, certified by the clerk."""
    s = Sheet()
    y = (
        s.center(
            0.7, f"IN THE {court.upper()} OF {county.upper()} COUNTY, NEBRASKA", 12, "serif-bold"
        )
        + 0.2
    )
    s.lines(
        0.9,
        y,
        [
            "STATE OF NEBRASKA,",
            "                    Plaintiff,",
            "",
            "      vs.",
            "",
            f"{up(person.name)},",
            "                    Defendant.",
        ],
        10.5,
        "serif",
    )
    s.line(4.1, y, 4.1, y + 1.6, 0.8)
    s.lines(
        4.4,
        y + 0.2,
        [f"Case No. {case_no}", "", "JOURNAL ENTRY AND ORDER", "(Judgment and Sentence)"],
        10.5,
        "serif-bold",
    )
    y += 1.9
    body = [
        f"This matter came on for sentencing on {dates.long(sentenced)}. The defendant appeared "
        "in person and with counsel. The State appeared by a Deputy County Attorney.",
        f"The defendant, date of birth {dates.us(person.born)}, having entered a plea of no "
        "contest to the charge of Driving Under the Influence of Alcohol, First Offense, Neb. "
        f"Rev. Stat. § 60-6,196, a Class W misdemeanor, arising from an arrest on "
        f"{dates.long(arrested)}, the Court accepted the plea and found the defendant guilty.",
        "IT IS ORDERED that the defendant is sentenced to probation for a term of six (6) "
        "months; pay a fine of $500.00 and costs; complete an alcohol evaluation and any "
        "recommended treatment and a victim impact panel; and that the defendant's operator's "
        "license is revoked for sixty (60) days, with eligibility for an ignition interlock "
        "permit.",
    ]
    y = s.paras(0.9, y, 6.7, body, gap=0.15, pt=10.5, face="serif")
    s.text(0.9, y + 0.1, "BY THE COURT:", 10.5, "serif")
    s.signature(1.0, y + 0.3, judge.split()[-1], 18)
    s.text(0.9, y + 0.8, f"{judge}, County Judge", 10, "serif")
    y += 1.25
    s.line(0.9, y, 7.6, y, 0.6)
    y = s.text(0.9, y + 0.1, "ORDER OF DISCHARGE FROM PROBATION", 11, "serif-bold") + 0.05
    y = s.para(
        0.9,
        y,
        6.7,
        f"On {dates.long(discharged)}, the probation officer having reported "
        "that the defendant has satisfactorily completed all conditions of probation, "
        "the defendant is discharged from probation and the case is closed.",
        10.5,
        "serif",
    )
    s.stamp(
        4.6,
        y + 0.2,
        ["CERTIFIED COPY", "Clerk of the County Court", f"{clerk}"],
        9,
        (40, 60, 150),
        angle=5,
    )
    return drawn("dui_judgment", [s], "court_record", person, ("rehabilitation", "other"))


def hearing_notice(
    person: Person,
    *,
    a_number: str,
    court_address: list[str],
    hearing: dt.datetime,
    judge: str,
    mailed: dt.date,
    street: str,
    city: str,
) -> Paper:
    """An immigration court's notice of hearing in removal proceedings."""
    s = Sheet()
    s.center(0.6, "U.S. Department of Justice", 10, "serif-bold")
    s.center(0.8, "Executive Office for Immigration Review", 10, "serif")
    s.center(1.0, "Immigration Court", 10, "serif")
    s.lines(0.8, 1.35, court_address, 9.5, "serif")
    s.lines(0.8, 2.2, [f"{up(person.name)}", street, city], 10, "mono")
    s.text(5.0, 2.2, f"A-Number: {a_number}", 10, "mono-bold")
    s.text(5.0, 2.4, f"Date: {dates.us(mailed)}", 10, "mono")
    y = s.center(3.1, "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS", 12, "serif-bold")
    y = s.para(0.8, y + 0.2, 6.9, f"In the Matter of: {up(person.name)}", 10.5, "serif")
    y = s.para(
        0.8,
        y + 0.15,
        6.9,
        "Your case has been scheduled for a MASTER hearing before "
        f"Immigration Judge {judge} on {dates.long(hearing.date())} at "
        f"{hearing.strftime('%I:%M %p')} at the court address above.",
        10.5,
        "serif",
    )
    y = s.para(
        0.8,
        y + 0.15,
        6.9,
        "You may be represented in these proceedings, at no expense "
        "to the Government, by an attorney or other individual authorized and qualified "
        "to represent persons before an Immigration Court. If you fail to appear at your "
        "hearing, you may be ordered removed in your absence. You must notify the Court "
        "within five days of any change of address using Form EOIR-33/IC.",
        10.5,
        "serif",
    )
    s.text(0.8, y + 0.3, "CERTIFICATE OF SERVICE", 10, "serif-bold")
    s.para(
        0.8,
        y + 0.55,
        6.9,
        f"This document was served by mail to the alien c/o the "
        f"attorney of record and to DHS on {dates.us(mailed)}.  By: Court Staff  KM",
        9.5,
        "serif",
    )
    return drawn("eoir_hearing_notice", [s], ("court_record", "other"), person, "other")


def pd_denial(
    person: Person,
    *,
    a_number: str,
    dated: dt.date,
    requested: dt.date,
    office: list[str],
    rep: str,
    rep_lines: list[str],
    signer: str,
) -> Paper:
    """OPLA's letter declining a request for prosecutorial discretion."""
    head: Head = (
        "U.S. Immigration and Customs Enforcement",
        ["Office of the Principal Legal Advisor", *office],
        (30, 40, 80),
        "shield",
    )
    body = [
        f"This letter responds to the request for prosecutorial discretion received on "
        f"{dates.long(requested)} on behalf of your client, {person.name}, in the above "
        "removal proceedings.",
        "After careful review of the request, the supporting documents and the totality of the "
        "circumstances, OPLA has determined that it will not exercise prosecutorial discretion "
        "in this case at this time. This decision is not subject to appeal.",
        "Nothing in this letter precludes your client from submitting a new request should his "
        "circumstances change materially, or from seeking any relief for which he may be "
        "eligible before the Immigration Court.",
    ]
    s = write_letter(
        head,
        dates.long(dated),
        [rep, *rep_lines],
        f"Re: {up(person.surname)}, {person.given}  A{a_number}",
        "Dear Counsel:",
        body,
        "Sincerely,",
        signer,
        ["Deputy Chief Counsel", "OPLA Charlotte"],
    )
    return drawn("pd_denial_letter", [s], ("other", "court_record"), person, "other")


# ---------------------------------------------------------------- representation


def g28(
    person: Person,
    *,
    a_number: str,
    rep: dict[str, Any],
    client_address: tuple[str, str],
    signed: dt.date,
) -> Paper:
    """Form G-28, Notice of Entry of Appearance as Attorney or Accredited Representative: its
    first page with Part 1 (the attorney), Part 2 (eligibility) and Part 3 (the client)."""
    s = Sheet()
    s.text(0.6, 0.45, "Department of Homeland Security", 9, "sans-bold")
    s.text(7.9, 0.45, "Form G-28", 10, "sans-bold", align="right")
    s.text(7.9, 0.62, "OMB No. 1615-0105", 7, "sans", align="right")
    y = s.center(0.85, "Notice of Entry of Appearance", 14, "sans-bold")
    y = s.center(y, "as Attorney or Accredited Representative", 14, "sans-bold") + 0.2

    def band(y: float, text: str) -> float:
        s.rect(0.6, y, 7.3, 0.28, outline=None, fill=(40, 40, 40))
        s.text(0.7, y + 0.05, text, 9.5, "sans-bold", fill=(255, 255, 255))
        return y + 0.28

    y = band(y, "Part 1.  Information About Attorney or Accredited Representative")
    family, given = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.5,
                [
                    (2.4, "1. USCIS Online Account Number (if any)", ""),
                    (2.4, "2.a. Family Name (Last Name)", family.upper()),
                    (2.5, "2.b. Given Name (First Name)", given.upper()),
                ],
            ),
            (
                0.5,
                [
                    (4.3, "3.a. Street Number and Name", rep["address"][0]),
                    (3.0, "3.b. City or Town, State, ZIP Code", rep["address"][1]),
                ],
            ),
            (
                0.5,
                [
                    (2.4, "4. Daytime Telephone Number", rep["phone"]),
                    (4.9, "6. Email Address (if any)", rep["email"]),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    y = band(y + 0.15, "Part 2.  Eligibility Information for Attorney or Accredited Representative")
    s.checkbox(
        0.7,
        y + 0.12,
        True,
        "1.a. I am an attorney eligible to practice law in, and a "
        "member in good standing of, the bar of the highest courts of:",
        8.5,
    )
    y = s.grid(
        0.6,
        y + 0.4,
        7.3,
        [
            (
                0.5,
                [
                    (3.0, "Licensing Authority", rep["bar_state"]),
                    (2.0, "1.b. Bar Number (if applicable)", rep["bar_number"]),
                    (2.3, "1.d. Name of Law Firm or Organization", rep["organization"]),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    y = band(y + 0.15, "Part 3.  Notice of Appearance as Attorney or Accredited Representative")
    s.checkbox(
        0.7,
        y + 0.12,
        True,
        "1.c. This appearance relates to immigration matters "
        "before ICE (Specific matter: request for prosecutorial discretion)",
        8.5,
    )
    y = band(y + 0.45, "Part 3 (continued). Information About Client")
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.5,
                [
                    (3.6, "5.a. Client's Family Name (Last Name)", up(person.surname)),
                    (3.7, "5.b. Client's Given Name (First Name)", up(person.given)),
                ],
            ),
            (
                0.5,
                [
                    (2.4, "8. Client's A-Number (if any)", a_number),
                    (2.4, "Client's Date of Birth", dates.us(person.born)),
                    (2.5, "Daytime Telephone", ""),
                ],
            ),
            (
                0.5,
                [
                    (4.3, "13.a. Street Number and Name", client_address[0]),
                    (3.0, "13.c. City or Town, State, ZIP Code", client_address[1]),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    y = band(y + 0.15, "Part 4.  Client's Consent to Representation and Signature")
    s.signature(0.9, y + 0.15, person.name, 16)
    s.grid(
        0.6,
        y + 0.55,
        7.3,
        [
            (
                0.45,
                [
                    (5.0, "2.a. Signature of Client", ""),
                    (2.3, "2.b. Date of Signature", dates.us(signed)),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    s.signature(0.9, y + 1.15, rep["name"], 16)
    s.grid(
        0.6,
        y + 1.55,
        7.3,
        [
            (
                0.45,
                [
                    (5.0, "Part 5. Signature of Attorney or Accredited Representative", ""),
                    (2.3, "Date of Signature", dates.us(signed)),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9,
    )
    s.text(0.6, 10.4, "Form G-28  Edition 09/17/18", 7.5, "sans")
    return drawn("g28", [s], "g28", person, ("other", "identity"))
