# ruff: noqa: E501 -- a form's rows of labelled boxes read best one row to a line
"""Templates of the fourth blind corpus: each draws one kind of document as real offices print
it and returns a ``Paper`` with what it truly is. Written from plain descriptions of real
documents, without reading the rules. NEVER TUNE RULES ON THESE (bench/README.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tests.realistic import mrz
from tests.realistic.model import Choice, Paper, Person, drawn, up
from tests.realistic.paper import (
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

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_ES = [
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


def long_date(d: dt.date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def us_date(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def fr_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def card_date(d: dt.date) -> str:
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def money(x: float) -> str:
    return f"{x:,.2f}"


# ---------------------------------------------------------------- US birth certificates


@dataclass
class Registry:
    """A state's vital records office and how its certified copies are headed and signed."""

    state: str  # "Maine"
    heading: list[str]  # the lines across the top
    title: str  # "CERTIFICATE OF LIVE BIRTH"
    registrar_title: str
    seal_ring: str
    tint: tuple[int, int, int]
    numbered: bool = True  # boxes numbered 1, 2, 3 ... (else labels only, as Virginia prints)


def us_birth(
    registry: Registry,
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    facility: str,
    city: str,
    county: str,
    mother_address: str,
    file_number: str,
    filed: dt.date,
    issued: dt.date,
    registrar: str,
    certifier: str,
    seed: int,
) -> Paper:
    """A certified copy of a state birth record in labelled boxes, on security paper."""
    s = Sheet()
    s.security_background(seed, registry.tint)
    s.border(0.35, 2.2)
    y = 0.6
    for i, line in enumerate(registry.heading):
        y = s.center(y, line, 10 if i == 0 else 8.5, "sans-bold" if i == 0 else "sans")
    y = s.center(y + 0.08, registry.title, 17, "serif-bold") + 0.05
    s.text(0.7, y, f"STATE FILE NUMBER  {file_number}", 8, "sans-bold")
    s.text(7.8, y, f"DATE FILED  {us_date(filed)}", 8, "sans-bold", align="right")
    y += 0.25

    def n(i: str, label: str) -> str:
        return f"{i}. {label}" if registry.numbered else label

    sex = "FEMALE" if child.sex == "F" else "MALE"
    rows = [
        (0.5, [(3, n("1", "CHILD'S NAME (First, Middle, Last, Suffix)"), up(child.name))]),
        (
            0.5,
            [
                (1.2, n("2", "DATE OF BIRTH (Mo/Day/Yr)"), us_date(child.born)),
                (0.8, n("3", "TIME OF BIRTH"), f"{(seed % 11) + 1:02d}:{seed % 60:02d}"),
                (0.8, n("4", "SEX"), sex),
            ],
        ),
        (
            0.5,
            [
                (
                    1.6,
                    n("5a", "FACILITY NAME (If not institution, give street and number)"),
                    up(facility),
                ),
                (1.0, n("5b", "CITY, TOWN, OR LOCATION OF BIRTH"), up(city)),
                (0.8, n("5c", "COUNTY OF BIRTH"), up(county)),
            ],
        ),
        (
            0.5,
            [
                (
                    1.9,
                    n("6a", "MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)"),
                    up(mother.name),
                ),
                (0.9, n("6b", "DATE OF BIRTH (Mo/Day/Yr)"), us_date(mother.born)),
                (
                    1.0,
                    n("6c", "BIRTHPLACE (State, Territory, or Foreign Country)"),
                    up(mother.birthplace),
                ),
            ],
        ),
        (
            0.5,
            [
                (
                    3,
                    n("7", "MOTHER'S NAME PRIOR TO FIRST MARRIAGE (First, Middle, Last)"),
                    up(mother.name),
                )
            ],
        ),
        (
            0.5,
            [
                (
                    3,
                    n("8", "RESIDENCE OF MOTHER (Street and Number, City, State, ZIP)"),
                    up(mother_address),
                )
            ],
        ),
    ]
    if father:
        rows.append(
            (
                0.5,
                [
                    (
                        1.9,
                        n("9a", "FATHER'S CURRENT LEGAL NAME (First, Middle, Last)"),
                        up(father.name),
                    ),
                    (0.9, n("9b", "DATE OF BIRTH (Mo/Day/Yr)"), us_date(father.born)),
                    (
                        1.0,
                        n("9c", "BIRTHPLACE (State, Territory, or Foreign Country)"),
                        up(father.birthplace),
                    ),
                ],
            )
        )
    else:
        rows.append((0.5, [(3, n("9a", "FATHER'S CURRENT LEGAL NAME (First, Middle, Last)"), "")]))
    rows.append(
        (
            0.55,
            [
                (1.8, n("10", "CERTIFIER'S NAME AND TITLE"), up(certifier)),
                (1.0, n("11", "DATE CERTIFIED (Mo/Day/Yr)"), us_date(child.born + dt.timedelta(2))),
                (1.0, n("12", "DATE RECEIVED BY REGISTRAR"), us_date(filed)),
            ],
        )
    )
    y = s.grid(0.7, y, 7.1, rows, label_pt=5.8, value_pt=10)
    y += 0.35
    y = s.para(
        0.8,
        y,
        6.9,
        f"This is a true and correct reproduction of the official record filed with the "
        f"{registry.heading[-1]}, State of {registry.state}. This copy is issued "
        f"under the authority of the laws of the State of {registry.state}.",
        9,
        "serif",
    )
    y += 0.2
    s.text(0.8, y + 0.45, f"DATE ISSUED: {us_date(issued)}", 9, "sans-bold")
    s.signature(4.6, y, registrar, 18)
    s.line(4.4, y + 0.55, 7.7, y + 0.55, 0.6)
    s.text(4.4, y + 0.6, f"{registrar}, {registry.registrar_title}", 8)
    s.seal(2.2, y + 1.6, 0.65, registry.seal_ring, registry.state.upper())
    s.text(
        0.8,
        10.3,
        "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE  ·  NOT VALID WITHOUT RAISED SEAL",
        6.5,
        "sans",
        fill=GREY,
    )
    return drawn(
        f"{registry.state.lower()}_birth_certificate",
        [s],
        "birth_certificate",
        child,
        "us_family",
    )


MAINE = Registry(
    "Maine",
    [
        "STATE OF MAINE",
        "DEPARTMENT OF HEALTH AND HUMAN SERVICES",
        "Maine CDC Data, Research and Vital Statistics",
    ],
    "CERTIFICATE OF LIVE BIRTH",
    "State Registrar of Vital Statistics",
    "STATE OF MAINE  DEPARTMENT OF HEALTH AND HUMAN SERVICES  ",
    (228, 232, 240),
)
VIRGINIA = Registry(
    "Virginia",
    [
        "COMMONWEALTH OF VIRGINIA",
        "VIRGINIA DEPARTMENT OF HEALTH",
        "Office of Vital Records",
    ],
    "CERTIFICATION OF BIRTH",
    "State Registrar",
    "COMMONWEALTH OF VIRGINIA  DEPARTMENT OF HEALTH  ",
    (232, 236, 228),
    numbered=False,
)
NEVADA = Registry(
    "Nevada",
    [
        "STATE OF NEVADA",
        "DEPARTMENT OF HEALTH AND HUMAN SERVICES  ·  DIVISION OF PUBLIC AND BEHAVIORAL HEALTH",
        "Office of Vital Records",
    ],
    "CERTIFICATE OF LIVE BIRTH",
    "State Registrar",
    "STATE OF NEVADA  OFFICE OF VITAL RECORDS  ",
    (240, 232, 226),
)
UTAH = Registry(
    "Utah",
    [
        "STATE OF UTAH",
        "UTAH DEPARTMENT OF HEALTH AND HUMAN SERVICES",
        "Office of Vital Records and Statistics",
    ],
    "CERTIFICATE OF BIRTH",
    "State Registrar",
    "STATE OF UTAH  VITAL RECORDS AND STATISTICS  ",
    (236, 228, 238),
)


# ---------------------------------------------------------------- foreign birth records


def drc_acte(
    person: Person,
    father: Person,
    mother: Person,
    *,
    commune: str,
    ville: str,
    number: str,
    volume: str,
    registered: dt.date,
    issued: dt.date,
    officer: str,
    seed: int,
) -> Paper:
    """A Congolese acte de naissance: a civil-status officer's narrative in French, the
    commune's stamp, the officer's signature."""
    s = Sheet()
    s.security_background(seed, (238, 236, 226))
    y = s.center(0.6, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", 13, "serif-bold")
    y = s.center(y, f"VILLE-PROVINCE DE {ville.upper()}", 10, "serif")
    y = s.center(y, f"COMMUNE DE {commune.upper()}", 10, "serif")
    y = s.center(y, "BUREAU DE L'ÉTAT CIVIL", 10, "serif-bold") + 0.25
    y = s.center(y, "ACTE DE NAISSANCE", 20, "serif-bold")
    y = s.center(y + 0.05, f"N° {number}  —  Volume {volume}  —  Folio {seed % 90 + 10}", 10)
    y += 0.3
    sex = "de sexe féminin" if person.sex == "F" else "de sexe masculin"
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            f"L'an {registered.year}, le {fr_date(registered)}, devant Nous, {officer}, "
            f"Officier de l'État Civil de la Commune de {commune}, a comparu Monsieur "
            f"{father.name}, né le {fr_date(father.born)} à {father.birthplace}, de "
            "nationalité congolaise, lequel nous a déclaré la naissance suivante :",
            f"Le {fr_date(person.born)}, à {ville}, Commune de {commune}, est né(e) un enfant "
            f"{sex}, prénommé(e) {person.given} et nommé(e) {person.surname}, fils/fille de "
            f"{father.name}, père, et de {mother.name}, mère, née le {fr_date(mother.born)} à "
            f"{mother.birthplace}, ménagère, tous deux domiciliés à {commune}, {ville}.",
            "Lecture faite, le comparant a signé avec Nous le présent acte, dressé "
            "conformément aux articles 116 et suivants du Code de la Famille.",
            f"Pour copie certifiée conforme à l'original, délivrée à {ville}, le "
            f"{fr_date(issued)}.",
        ],
        gap=0.16,
        pt=11.5,
        face="serif",
    )
    y += 0.4
    s.text(1.0, y, "Le Déclarant", 10, "serif-bold")
    s.text(4.8, y, "L'Officier de l'État Civil", 10, "serif-bold")
    s.signature(1.0, y + 0.25, father.first, 16)
    s.signature(4.9, y + 0.25, officer.split()[-1], 18)
    s.text(4.8, y + 0.85, officer, 10, "serif")
    s.stamp(4.3, y + 1.2, ["COMMUNE DE " + commune.upper(), "ÉTAT CIVIL"], 11, (60, 60, 150), -6)
    return drawn(
        "drc_acte_de_naissance", [s], "birth_certificate", person, "identity", language="fr"
    )


def nicaragua_certificado(
    person: Person,
    father: Person,
    mother: Person,
    *,
    municipio: str,
    departamento: str,
    tomo: str,
    folio: str,
    partida: str,
    registered: dt.date,
    issued: dt.date,
    registrar: str,
    seed: int,
) -> Paper:
    """A Nicaraguan certificado de nacimiento from the Registro del Estado Civil de las
    Personas: the inscription's book, page and entry numbers, the parents, the registrar."""
    s = Sheet()
    s.security_background(seed, (226, 234, 244))
    y = s.center(0.55, "REPÚBLICA DE NICARAGUA", 13, "serif-bold")
    y = s.center(y, "CONSEJO SUPREMO ELECTORAL", 10, "serif")
    y = s.center(y, "REGISTRO CENTRAL DEL ESTADO CIVIL DE LAS PERSONAS", 10, "serif-bold")
    y = s.center(y, f"Registro del Estado Civil de las Personas de {municipio}", 9) + 0.2
    y = s.center(y, "CERTIFICADO DE NACIMIENTO", 18, "serif-bold") + 0.2
    sexo = "FEMENINO" if person.sex == "F" else "MASCULINO"
    y = s.grid(
        0.8,
        y,
        6.9,
        [
            (
                0.5,
                [
                    (1, "Tomo", tomo),
                    (1, "Folio", folio),
                    (1, "Partida", partida),
                    (1.4, "Fecha de inscripción", es_date(registered)),
                ],
            ),
            (0.5, [(2, "Nombres", up(person.given)), (2, "Apellidos", up(person.surname))]),
            (
                0.5,
                [
                    (1.4, "Fecha de nacimiento", es_date(person.born)),
                    (0.8, "Sexo", sexo),
                    (1.8, "Lugar de nacimiento", f"{up(municipio)}, {up(departamento)}"),
                ],
            ),
            (
                0.5,
                [(2.6, "Nombre del padre", up(father.name)), (1.4, "Nacionalidad", "NICARAGÜENSE")],
            ),
            (
                0.5,
                [
                    (2.6, "Nombre de la madre", up(mother.name)),
                    (1.4, "Nacionalidad", "NICARAGÜENSE"),
                ],
            ),
            (0.5, [(4, "Declarante", f"{up(father.name)} (PADRE)")]),
        ],
        label_pt=7,
        value_pt=10,
    )
    y += 0.3
    y = s.para(
        0.8,
        y,
        6.9,
        "El suscrito Registrador del Estado Civil de las Personas certifica que los datos que "
        "anteceden son conformes con su original que se encuentra inscrito en el Libro de "
        f"Nacimientos de este Registro. Extendido en la ciudad de {municipio}, a los "
        f"{es_date(issued)}.",
        10.5,
    )
    s.signature(4.5, y + 0.3, registrar, 18)
    s.line(4.2, y + 0.9, 7.6, y + 0.9)
    s.text(4.2, y + 0.95, registrar, 9.5, "serif")
    s.text(4.2, y + 1.12, "Registrador del Estado Civil de las Personas", 9, "serif")
    s.seal(2.0, y + 1.1, 0.6, "REGISTRO DEL ESTADO CIVIL  NICARAGUA  ", "RECP")
    return drawn(
        "nicaragua_certificado_nacimiento",
        [s],
        "birth_certificate",
        person,
        "identity",
        language="es",
    )


def peru_acta(
    person: Person,
    father: Person,
    mother: Person,
    *,
    district: str,
    province: str,
    department: str,
    acta_number: str,
    cui: str,
    registered: dt.date,
    issued: dt.date,
    registrar: str,
    seed: int,
) -> Paper:
    """A Peruvian acta de nacimiento as RENIEC issues a certified copy: numbered boxed
    sections for the newborn, the mother, the father, the declarant."""
    s = Sheet()
    s.security_background(seed, (244, 228, 228))
    y = s.center(
        0.5, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL - RENIEC", 11, "sans-bold"
    )
    y = s.center(y, "REPÚBLICA DEL PERÚ", 9)
    y = s.center(y + 0.1, "ACTA DE NACIMIENTO", 18, "serif-bold")
    y = s.center(y, f"N° {acta_number}", 11, "mono-bold") + 0.15
    sexo = "FEMENINO" if person.sex == "F" else "MASCULINO"
    s.text(0.8, y, "DATOS DEL NACIDO", 8.5, "sans-bold")
    y = s.grid(
        0.8,
        y + 0.17,
        6.9,
        [
            (
                0.48,
                [
                    (2, "1. Prenombres", up(person.given)),
                    (2, "2. Primer y segundo apellido", up(person.surname)),
                ],
            ),
            (
                0.48,
                [
                    (1.3, "3. Fecha de nacimiento", us_date(person.born).replace("/", "-")),
                    (0.8, "4. Sexo", sexo),
                    (1.9, "5. CUI / DNI", cui),
                ],
            ),
            (
                0.48,
                [
                    (1.3, "6. Departamento", up(department)),
                    (1.3, "7. Provincia", up(province)),
                    (1.4, "8. Distrito", up(district)),
                ],
            ),
        ],
        label_pt=6.5,
    )
    s.text(0.8, y + 0.08, "DATOS DE LA MADRE", 8.5, "sans-bold")
    y = s.grid(
        0.8,
        y + 0.25,
        6.9,
        [
            (
                0.48,
                [
                    (3, "9. Nombres y apellidos", up(mother.name)),
                    (1, "10. Nacionalidad", "PERUANA"),
                ],
            )
        ],
        label_pt=6.5,
    )
    s.text(0.8, y + 0.08, "DATOS DEL PADRE", 8.5, "sans-bold")
    y = s.grid(
        0.8,
        y + 0.25,
        6.9,
        [
            (
                0.48,
                [
                    (3, "11. Nombres y apellidos", up(father.name)),
                    (1, "12. Nacionalidad", "PERUANA"),
                ],
            )
        ],
        label_pt=6.5,
    )
    s.text(0.8, y + 0.08, "DATOS DE LA INSCRIPCIÓN", 8.5, "sans-bold")
    y = s.grid(
        0.8,
        y + 0.25,
        6.9,
        [
            (
                0.48,
                [
                    (1.5, "13. Fecha de inscripción", us_date(registered).replace("/", "-")),
                    (
                        2.5,
                        "14. Oficina de registro",
                        f"OREC MUNICIPALIDAD DISTRITAL DE {up(district)}",
                    ),
                ],
            ),
            (0.48, [(4, "15. Registrador civil", up(registrar))]),
        ],
        label_pt=6.5,
    )
    y += 0.35
    y = s.para(
        0.8,
        y,
        6.9,
        "CERTIFICO: Que la presente es copia fiel del acta de nacimiento que obra en el "
        f"archivo del Registro del Estado Civil. Se expide a solicitud de parte en Lima, el "
        f"{es_date(issued)}.",
        10,
    )
    s.signature(4.6, y + 0.25, registrar.split()[0], 18)
    s.text(4.3, y + 0.9, "Registrador(a) Civil - RENIEC", 9)
    s.stamp(0.9, y + 0.4, ["RENIEC", "COPIA CERTIFICADA"], 11, (40, 90, 60), 5)
    return drawn(
        "peru_acta_de_nacimiento", [s], "birth_certificate", person, "identity", language="es"
    )


def psa_birth(
    person: Person,
    father: Person,
    mother: Person,
    *,
    municipality: str,
    province: str,
    registry_number: str,
    registered: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """A Philippine Certificate of Live Birth (Municipal Form No. 102) as the Philippine
    Statistics Authority issues it on its security paper: English, numbered boxes."""
    s = Sheet()
    s.security_background(seed, (232, 240, 230))
    s.text(0.6, 0.45, "Municipal Form No. 102", 7)
    s.text(0.6, 0.58, "(Revised January 2007)", 7)
    y = s.center(0.55, "Republic of the Philippines", 9.5, "serif")
    y = s.center(y, "OFFICE OF THE CIVIL REGISTRAR GENERAL", 10, "serif-bold")
    y = s.center(y, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold") + 0.05
    s.text(7.9, 0.5, f"Registry No. {registry_number}", 8, "sans-bold", align="right")
    y = s.grid(
        0.6,
        y + 0.1,
        7.3,
        [
            (0.42, [(1, "Province", up(province)), (1, "City/Municipality", up(municipality))]),
            (
                0.5,
                [
                    (1, "1. NAME  (First)", up(person.first)),
                    (0.7, "(Middle)", up(person.middle or mother.surname.split()[0])),
                    (0.8, "(Last)", up(person.surname)),
                ],
            ),
            (
                0.5,
                [
                    (0.6, "2. SEX", "FEMALE" if person.sex == "F" else "MALE"),
                    (
                        1.4,
                        "3. DATE OF BIRTH  (Day) (Month) (Year)",
                        f"{person.born.day} {MONTHS_EN[person.born.month - 1].upper()} {person.born.year}",
                    ),
                    (
                        1.6,
                        "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution)",
                        f"{up(municipality)}, {up(province)}",
                    ),
                ],
            ),
            (
                0.5,
                [
                    (2.2, "MOTHER  7. MAIDEN NAME (First, Middle, Last)", up(mother.name)),
                    (0.8, "8. CITIZENSHIP", "FILIPINO"),
                    (0.8, "9. RELIGION", "ROMAN CATHOLIC"),
                ],
            ),
            (
                0.5,
                [
                    (2.2, "FATHER  14. NAME (First, Middle, Last)", up(father.name)),
                    (0.8, "15. CITIZENSHIP", "FILIPINO"),
                    (0.8, "16. RELIGION", "ROMAN CATHOLIC"),
                ],
            ),
            (
                0.5,
                [
                    (
                        2,
                        "20a. DATE AND PLACE OF MARRIAGE OF PARENTS",
                        f"JUNE 2, {person.born.year - 3}  {up(municipality)}",
                    ),
                    (1.6, "21. ATTENDANT", "MIDWIFE"),
                ],
            ),
            (
                0.5,
                [
                    (2, "RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR", up(long_date(registered))),
                    (
                        1.6,
                        "REGISTERED AT THE OFFICE OF THE CIVIL REGISTRAR",
                        up(long_date(registered)),
                    ),
                ],
            ),
        ],
        label_pt=5.8,
        value_pt=9.5,
    )
    y += 0.3
    y = s.para(
        0.7,
        y,
        7.0,
        "This is to certify that this is a true reproduction of the Certificate of Live Birth "
        "on file with the Philippine Statistics Authority. Issued upon the request of the "
        f"document owner on {long_date(issued)} for whatever legal purpose it may serve.",
        10,
    )
    s.signature(4.8, y + 0.25, "Claire Dennis Mapa", 16)
    s.text(4.6, y + 0.85, "CLAIRE D. S. MAPA, Ph.D.", 9, "sans-bold")
    s.text(4.6, y + 1.02, "Undersecretary, National Statistician and Civil Registrar General", 7.5)
    s.text(
        0.7, 10.4, "PSA  ·  PHILIPPINE STATISTICS AUTHORITY  ·  SECPA", 7, "sans-bold", fill=GREY
    )
    return drawn("philippines_psa_birth", [s], "birth_certificate", person, "identity")


def translation(
    label: str,
    person: Person,
    equity: str,
    *,
    source_language: str,
    heading: list[str],
    fields: list[tuple[str, str]],
    closing: str,
    translator: dict,
    signed: dt.date,
    complete: bool = True,
) -> Paper:
    """An English translation of a foreign record, then the translator's certification. A
    complete certification states competence and accuracy with name, signature, address and
    date (ICPM 3.3(a)); the incomplete one only says who translated it and when."""
    s = Sheet()
    y = s.center(0.6, "ENGLISH TRANSLATION", 13, "sans-bold")
    y = s.center(y, f"[Translated from {source_language}]", 9, "sans-italic") + 0.2
    for line in heading:
        y = s.center(y, line, 10.5, "serif-bold")
    y += 0.2
    for key, value in fields:
        s.text(0.9, y, key + ":", 10, "serif-bold")
        y = s.para(3.2, y, 4.5, value, 10, "serif") + 0.06
    y = s.para(0.9, y + 0.1, 6.7, closing, 10, "serif") + 0.1
    y = s.text(0.9, y, "[Signature]   [Seal]", 9.5, "serif-italic") + 0.35
    s.line(0.9, y, 7.6, y, 1.0)
    y += 0.2
    if complete:
        y = s.center(y, "CERTIFICATE OF TRANSLATION", 12, "sans-bold") + 0.1
        y = s.para(
            0.9,
            y,
            6.7,
            f"I, {translator['name']}, certify that I am competent to translate from "
            f"{source_language} into English, and that the foregoing is a true, complete and "
            f"accurate translation of the attached document in {source_language}, to the best "
            "of my knowledge and ability.",
            10.5,
        )
        s.signature(1.0, y + 0.1, translator["name"], 18)
        y = s.lines(
            0.9,
            y + 0.7,
            [
                translator["name"],
                *translator["address"],
                f"Telephone: {translator['phone']}",
                f"Date: {long_date(signed)}",
            ],
            10,
            "serif",
        )
    else:
        y = s.text(0.9, y, f"Translated by: {translator['name']}", 10.5, "serif")
        y = s.text(0.9, y + 0.05, f"Date: {us_date(signed)}", 10.5, "serif")
        s.signature(1.0, y + 0.1, translator["name"], 16)
    return drawn(label, [s], "certificate_of_translation", person, equity)


# ---------------------------------------------------------------- passports and cards


@dataclass
class PassportStyle:
    country: str  # ICAO code
    nationality: str  # as printed
    heading: list[str]
    labels: dict[str, str]  # field key -> bilingual label
    tint: tuple[tuple[int, int, int], tuple[int, int, int]]
    language: Choice


def passport(
    style: PassportStyle,
    person: Person,
    *,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    authority: str,
    seed: int,
    equity: str = "identity",
) -> Paper:
    """A passport's data page (ID-3), bilingual labels, the holder's photo, and its zone."""
    c = card(125, 88)
    tinted(c, *style.tint)
    y = 0.1
    for line in style.heading:
        y = c.center(y, line, 8.5, "sans-bold")
    portrait(c, 0.2, 0.62, 1.25, 1.6, seed)
    x, w = 1.62, 1.55
    values = {
        "type": "P",
        "code": style.country,
        "number": number,
        "surname": up(person.surname),
        "given": up(person.given),
        "nationality": style.nationality,
        "born": card_date(person.born),
        "sex": person.sex,
        "place": up(person.birthplace),
        "issued": card_date(issued),
        "expiry": card_date(expiry),
        "authority": authority,
    }
    layout = [
        [("type", 0.6), ("code", 1.0), ("number", 1.6)],
        [("surname", 3.2)],
        [("given", 3.2)],
        [("nationality", 1.6), ("born", 1.6)],
        [("sex", 0.6), ("place", 2.6)],
        [("issued", 1.6), ("expiry", 1.6)],
        [("authority", 3.2)],
    ]
    y = 0.62
    for row in layout:
        cx = x
        for key, width in row:
            c.text(cx, y, style.labels[key], 5.2, "sans", fill=(70, 70, 90))
            c.text(cx, y + 0.085, values[key], 8, "sans-bold")
            cx += width * w / 1.6
        y += 0.25
    c.signature(0.25, 2.3, person.first, 9)
    zone = mrz.td3(
        kind="P",
        country=style.country,
        surname=person.surname,
        given=person.given,
        number=number,
        nationality=style.country,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
    )
    mrz_lines(c, 2.72, zone, 11.5)
    return drawn(
        f"passport_{style.country.lower()}",
        [c],
        "passport",
        person,
        equity,
        language=style.language,
        mrz_zone=zone,
        is_card=True,
    )


DRC_PASSPORT = PassportStyle(
    "COD",
    "CONGOLAISE",
    [
        "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
        "DEMOCRATIC REPUBLIC OF THE CONGO  ·  PASSEPORT / PASSPORT",
    ],
    {
        "type": "Type / Type",
        "code": "Code / Code",
        "number": "N° du passeport / Passport No.",
        "surname": "Nom / Surname",
        "given": "Prénoms / Given names",
        "nationality": "Nationalité / Nationality",
        "born": "Date de naissance / Date of birth",
        "sex": "Sexe / Sex",
        "place": "Lieu de naissance / Place of birth",
        "issued": "Date de délivrance / Date of issue",
        "expiry": "Date d'expiration / Date of expiry",
        "authority": "Autorité / Authority",
    },
    ((218, 232, 246), (246, 236, 214)),
    ["fr", "en"],
)
NICARAGUA_PASSPORT = PassportStyle(
    "NIC",
    "NICARAGUENSE",
    ["REPÚBLICA DE NICARAGUA  ·  REPUBLIC OF NICARAGUA", "PASAPORTE / PASSPORT"],
    {
        "type": "Tipo / Type",
        "code": "Código / Code",
        "number": "Pasaporte No. / Passport No.",
        "surname": "Apellidos / Surname",
        "given": "Nombres / Given names",
        "nationality": "Nacionalidad / Nationality",
        "born": "Fecha de nacimiento / Date of birth",
        "sex": "Sexo / Sex",
        "place": "Lugar de nacimiento / Place of birth",
        "issued": "Fecha de emisión / Date of issue",
        "expiry": "Fecha de vencimiento / Date of expiry",
        "authority": "Autoridad / Authority",
    },
    ((220, 236, 248), (236, 244, 250)),
    ["es", "en"],
)
PHILIPPINES_PASSPORT = PassportStyle(
    "PHL",
    "FILIPINO",
    ["REPUBLIKA NG PILIPINAS  ·  REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT"],
    {
        "type": "Uri / Type",
        "code": "Kodigo / Code",
        "number": "Pasaporte Blg / Passport No.",
        "surname": "Apelyido / Surname",
        "given": "Pangalan / Given names",
        "nationality": "Nasyonalidad / Nationality",
        "born": "Petsa ng kapanganakan / Date of birth",
        "sex": "Kasarian / Sex",
        "place": "Lugar ng kapanganakan / Place of birth",
        "issued": "Petsa ng pagkakaloob / Date of issue",
        "expiry": "Petsa ng pagkawalang bisa / Valid until",
        "authority": "Maykapangyarihan / Authority",
    },
    ((232, 226, 244), (246, 238, 230)),
    ["en", "tl"],
)
PERU_PASSPORT = PassportStyle(
    "PER",
    "PERUANA",
    ["REPÚBLICA DEL PERÚ  ·  REPUBLIC OF PERU", "PASAPORTE / PASSPORT"],
    {
        "type": "Tipo / Type",
        "code": "Código / Code",
        "number": "Nº de pasaporte / Passport No.",
        "surname": "Apellidos / Surname",
        "given": "Nombres / Given names",
        "nationality": "Nacionalidad / Nationality",
        "born": "Fecha de nacimiento / Date of birth",
        "sex": "Sexo / Sex",
        "place": "Lugar de nacimiento / Place of birth",
        "issued": "Fecha de expedición / Date of issue",
        "expiry": "Fecha de caducidad / Date of expiry",
        "authority": "Autoridad / Authority",
    },
    ((246, 226, 226), (240, 240, 246)),
    ["es", "en"],
)


def ead_card(
    person: Person,
    *,
    uscis_number: str,
    card_number: str,
    category: str,
    country: str,
    valid_from: dt.date,
    expiry: dt.date,
    seed: int,
) -> Paper:
    """Form I-766, the employment authorization card: its front, as people photograph it."""
    c = card()
    tinted(c, (238, 226, 232), (226, 236, 244))
    c.text(0.12, 0.08, "UNITED STATES OF AMERICA", 9, "sans-bold", fill=(30, 40, 100))
    c.text(0.12, 0.24, "EMPLOYMENT AUTHORIZATION CARD", 7, "sans-bold")
    portrait(c, 0.12, 0.5, 0.85, 1.1, seed)
    x = 1.08
    rows = [
        [("Surname", up(person.surname), 0)],
        [("Given Name", up(person.given), 0)],
        [("USCIS#", uscis_number, 0), ("Category", category, 1.25)],
        [("Card#", card_number, 0)],
        [("Country of Birth", up(country), 0)],
        [("Date of Birth", us_date(person.born), 0), ("Sex", person.sex, 1.25)],
        [("Valid From:", us_date(valid_from), 0), ("Card Expires:", us_date(expiry), 1.0)],
    ]
    y = 0.44
    for row in rows:
        for label, value, dx in row:
            c.text(x + dx, y, label, 4.6, "sans", fill=(80, 60, 70))
            c.text(x + dx, y + 0.06, value, 6.5, "sans-bold")
        y += 0.2
    c.text(0.12, 1.95, "NOT VALID FOR REENTRY TO U.S.", 6, "sans-bold", fill=(150, 30, 40))
    return drawn(
        "employment_authorization_card",
        [c],
        "identity_document",
        person,
        ("identity", "employment_and_taxes"),
        is_card=True,
    )


# ---------------------------------------------------------------- IRS and pay


def _year(year: int) -> tuple[dt.date, dt.date]:
    return (D(year, 1, 1), D(year, 12, 31))


def w2(
    person: Person,
    year: int,
    *,
    ssn4: str,
    address: tuple[str, str],
    employer: str,
    employer_address: tuple[str, str],
    ein: str,
    wages: float,
    state: str,
    state_id: str,
    control: str,
) -> Paper:
    """Form W-2, Copy B, in its box grid."""
    s = Sheet()
    fed = round(wages * 0.061, 2)
    ss, med = round(wages * 0.062, 2), round(wages * 0.0145, 2)
    st = round(wages * 0.042, 2)
    x, y, w = 0.6, 0.8, 7.3
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.42,
                [
                    (1.2, "a  Employee's social security number", f"XXX-XX-{ssn4}"),
                    (2.0, "OMB No. 1545-0029", ""),
                ],
            ),
            (
                0.42,
                [
                    (1.6, "b  Employer identification number (EIN)", ein),
                    (0.8, "1  Wages, tips, other compensation", money(wages)),
                    (0.8, "2  Federal income tax withheld", money(fed)),
                ],
            ),
            (
                0.8,
                [
                    (
                        1.6,
                        "c  Employer's name, address, and ZIP code",
                        f"{employer}\n{employer_address[0]}\n{employer_address[1]}",
                    ),
                    (0.8, "3  Social security wages", money(wages)),
                    (0.8, "4  Social security tax withheld", money(ss)),
                ],
            ),
            (
                0.42,
                [
                    (1.6, "d  Control number", control),
                    (0.8, "5  Medicare wages and tips", money(wages)),
                    (0.8, "6  Medicare tax withheld", money(med)),
                ],
            ),
            (
                0.42,
                [
                    (1.0, "e  Employee's first name and initial", up(person.given)),
                    (0.6, "Last name", up(person.surname)),
                    (0.8, "7  Social security tips", ""),
                    (0.8, "8  Allocated tips", ""),
                ],
            ),
            (
                0.8,
                [
                    (1.6, "f  Employee's address and ZIP code", f"{address[0]}\n{address[1]}"),
                    (0.8, "12a  See instructions for box 12", "DD  " + money(wages * 0.11)),
                    (0.8, "13  Statutory employee  Retirement plan", ""),
                ],
            ),
            (
                0.5,
                [
                    (0.4, "15  State", state),
                    (1.2, "Employer's state ID number", state_id),
                    (0.8, "16  State wages, tips, etc.", money(wages)),
                    (0.8, "17  State income tax", money(st)),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    s.text(x, y + 0.08, "Form", 7)
    s.text(x + 0.35, y + 0.02, "W-2", 20, "sans-bold")
    s.text(x + 1.1, y + 0.08, "Wage and Tax Statement", 12, "sans-bold")
    s.text(x + 4.2, y + 0.02, str(year), 20, "sans-bold")
    s.text(w + x, y + 0.08, "Department of the Treasury—Internal Revenue Service", 7, align="right")
    s.text(x, y + 0.45, "Copy B—To Be Filed With Employee's FEDERAL Tax Return.", 8, "sans-bold")
    s.text(x, y + 0.6, "This information is being furnished to the Internal Revenue Service.", 7)
    return drawn(
        "w2",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=_year(year),
    )


def form_1099_nec(
    person: Person,
    year: int,
    *,
    tin4: str,
    address: tuple[str, str],
    payer: str,
    payer_lines: tuple[str, str, str],
    payer_tin: str,
    amount: float,
) -> Paper:
    """Form 1099-NEC, Copy B for the recipient."""
    s = Sheet()
    x, y, w = 0.6, 0.8, 7.3
    s.text(x, 0.5, "CORRECTED (if checked)  ☐", 7)
    y = s.grid(
        x,
        y,
        w,
        [
            (
                1.0,
                [
                    (
                        2.2,
                        "PAYER'S name, street address, city or town, state or province, country, "
                        "ZIP or foreign postal code, and telephone no.",
                        "\n".join((payer, *payer_lines)),
                    ),
                    (
                        1.0,
                        "OMB No. 1545-0116\nForm 1099-NEC (Rev. April 2025)\nFor calendar year",
                        str(year),
                    ),
                    (1.1, "Nonemployee\nCompensation", ""),
                ],
            ),
            (
                0.45,
                [
                    (1.1, "PAYER'S TIN", payer_tin),
                    (1.1, "RECIPIENT'S TIN", f"XXX-XX-{tin4}"),
                    (2.1, "1  Nonemployee compensation", "$ " + money(amount)),
                ],
            ),
            (
                0.5,
                [
                    (2.2, "RECIPIENT'S name", up(person.name)),
                    (
                        2.1,
                        "2  Payer made direct sales totaling $5,000 or more of consumer "
                        "products to recipient for resale",
                        "",
                    ),
                ],
            ),
            (0.45, [(2.2, "Street address (including apt. no.)", address[0]), (2.1, "3", "")]),
            (
                0.45,
                [
                    (
                        2.2,
                        "City or town, state or province, country, and ZIP or foreign postal code",
                        address[1],
                    ),
                    (2.1, "4  Federal income tax withheld", "$ 0.00"),
                ],
            ),
            (
                0.45,
                [
                    (2.2, "Account number (see instructions)", ""),
                    (0.7, "5  State tax withheld", ""),
                    (0.7, "6  State/Payer's state no.", ""),
                    (0.7, "7  State income", ""),
                ],
            ),
        ],
        label_pt=5.5,
        value_pt=9,
    )
    s.text(x, y + 0.08, "Form 1099-NEC (Rev. 4-2025)", 8, "sans-bold")
    s.text(x + 2.4, y + 0.08, "Copy B For Recipient", 8, "sans-bold")
    s.text(
        x + w, y + 0.08, "Department of the Treasury - Internal Revenue Service", 7, align="right"
    )
    s.para(
        x,
        y + 0.3,
        w,
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on "
        "you if this income is taxable and the IRS determines that it has not been reported.",
        7,
        "sans",
    )
    return drawn(
        "form_1099_nec",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=_year(year),
    )


def tax_return_transcript(
    person: Person,
    year: int,
    *,
    ssn4: str,
    street: str,
    status: str,
    wages: float,
    dependents: list[Person],
    requested: dt.date,
    tracking: str,
) -> Paper:
    """An IRS Tax Return Transcript printed from the online account: masked name and street,
    monospace, the return's lines as filed."""
    masked_street = " ".join(w[:4] if i else w for i, w in enumerate(street.split()[:2]))
    agi = wages
    std = {"Married Filing Joint": 29200.0, "Head of Household": 21900.0}.get(status, 14600.0)
    taxable = max(0.0, agi - std)
    tax = round(taxable * 0.1, 2)
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                       Tax Return Transcript",
        "",
        f"Request Date:        {requested.strftime('%m-%d-%Y')}",
        f"Response Date:       {requested.strftime('%m-%d-%Y')}",
        f"Tracking Number:     {tracking}",
        f"SSN Provided:        XXX-XX-{ssn4}",
        f"Tax Period Ending:   Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR),",
        "and the amount as adjusted (PC), if applicable. They do not show",
        "subsequent activity on the account.",
        "",
        f"SSN:                                   XXX-XX-{ssn4}",
        f"NAME(S) SHOWN ON RETURN:               {person.irs}",
        f"ADDRESS:                               {masked_street}",
        f"FILING STATUS:                         {status}",
        "FORM NUMBER:                           1040",
        f"CYCLE POSTED:                          {year + 1}1505",
        f"RECEIVED DATE:                         Apr. 0{(year % 7) + 1}, {year + 1}",
        "REMITTANCE:                            $0.00",
    ]
    for i, d in enumerate(dependents, 1):
        lines += [
            f"DEPENDENT {i} NAME CTRL:                {up(d.surname)[:4]}",
            f"DEPENDENT {i} SSN:                      XXX-XX-{3100 + 7 * i}",
        ]
    lines += [
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:            ${money(wages)}",
        "TAXABLE INTEREST INCOME:               $0.00",
        "BUSINESS INCOME OR LOSS (Schedule C):  $0.00",
        f"TOTAL INCOME:                          ${money(wages)}",
        "",
        "Adjustments to Income",
        f"ADJUSTED GROSS INCOME:                 ${money(agi)}",
        "",
        "Tax and Credits",
        f"STANDARD DEDUCTION PER COMPUTER:       ${money(std)}",
        f"TAXABLE INCOME:                        ${money(taxable)}",
        f"TAX PER RETURN:                        ${money(tax)}",
        f"CHILD & OTHER DEPENDENT CREDIT:        ${money(min(tax, 2000.0 * len(dependents)))}",
        "",
        "Payments",
        f"FEDERAL INCOME TAX WITHHELD:           ${money(wages * 0.05)}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    s = Sheet()
    s.lines(0.75, 0.6, lines, 9, "mono")
    return drawn(
        "irs_tax_return_transcript",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=_year(year),
    )


def form_1040_page1(
    person: Person,
    year: int,
    *,
    ssn4: str,
    address: tuple[str, str],
    status: str,
    dependents: list[Person],
    wages: float,
) -> Paper:
    """The first page of a Form 1040 as filed: filing status, name, address, dependents, and
    the income lines."""
    s = Sheet()
    x, w = 0.55, 7.4
    s.text(x, 0.45, "Form", 7)
    s.text(x + 0.3, 0.38, "1040", 20, "sans-bold")
    s.text(x + 1.3, 0.38, "Department of the Treasury—Internal Revenue Service", 7)
    s.text(x + 1.3, 0.5, "U.S. Individual Income Tax Return", 12, "sans-bold")
    s.text(x + 5.0, 0.38, str(year), 20, "sans-bold")
    s.text(x + w, 0.45, "OMB No. 1545-0074", 7, align="right")
    y = 0.85
    s.line(x, y, x + w, y, 1.2)
    s.text(x, y + 0.05, f"For the year Jan. 1–Dec. 31, {year}, or other tax year beginning", 7)
    y += 0.28
    s.text(x, y, "Filing Status", 8, "sans-bold")
    cx = x + 1.0
    for option in [
        "Single",
        "Married filing jointly",
        "Married filing separately",
        "Head of household (HOH)",
        "Qualifying surviving spouse",
    ]:
        s.checkbox(cx, y, option.lower().startswith(status.lower()[:6]), option, 7)
        cx += 1.3
    y += 0.25
    y = s.grid(
        x,
        y,
        w,
        [
            (
                0.42,
                [
                    (2, "Your first name and middle initial", up(person.given)),
                    (2, "Last name", up(person.surname)),
                    (1.3, "Your social security number", f"XXX-XX-{ssn4}"),
                ],
            ),
            (
                0.42,
                [
                    (2, "If joint return, spouse's first name and middle initial", ""),
                    (2, "Last name", ""),
                    (1.3, "Spouse's social security number", ""),
                ],
            ),
            (
                0.42,
                [
                    (
                        4,
                        "Home address (number and street). If you have a P.O. box, see instructions.",
                        address[0],
                    ),
                    (1.3, "Apt. no.", ""),
                ],
            ),
            (
                0.42,
                [
                    (
                        5.3,
                        "City, town, or post office. If you have a foreign address, also complete "
                        "spaces below.  State  ZIP code",
                        address[1],
                    )
                ],
            ),
        ],
        label_pt=5.5,
    )
    y += 0.15
    s.text(x, y, "Dependents (see instructions)", 8, "sans-bold")
    rows = [["(1) First name     Last name", "(2) Social security number", "(3) Relationship"]]
    rows += [
        [d.name, f"XXX-XX-{4400 + i}", "SON" if d.sex == "M" else "DAUGHTER"]
        for i, d in enumerate(dependents)
    ]
    y = s.table(x + 1.8, y, [2.6, 1.6, 1.4], rows, 8) + 0.2
    std = 21900.0 if "head" in status.lower() else 14600.0
    lines = [
        ("1a", "Total amount from Form(s) W-2, box 1 (see instructions)", wages),
        ("1z", "Add lines 1a through 1h", wages),
        ("2b", "Taxable interest", 0.0),
        ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", wages),
        ("11", "Subtract line 10 from line 9. This is your adjusted gross income", wages),
        ("12", "Standard deduction or itemized deductions (from Schedule A)", std),
        ("15", "Subtract line 14 from line 11. This is your taxable income", max(0, wages - std)),
    ]
    for num, text, amount in lines:
        s.text(x + 0.1, y, num, 8, "sans-bold")
        s.text(x + 0.5, y, text + " " + "." * 20, 8)
        s.rect(x + 6.0, y - 0.03, 1.4, 0.22, 0.5)
        s.text(x + 7.35, y, money(amount), 9, "mono-bold", align="right")
        y += 0.27
    s.text(
        x,
        10.4,
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
        "instructions.        Cat. No. 11320B        Form 1040 (" + str(year) + ")",
        6.5,
    )
    return drawn(
        "form_1040_page_1",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=_year(year),
    )


# ---------------------------------------------------------------- where they live


def lease(
    tenant: Person,
    occupants: list[Person],
    *,
    landlord: str,
    landlord_address: str,
    premises: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    deposit: int,
    state: str,
    signed: dt.date,
) -> Paper:
    """A two-page residential lease of a stationer's form: parties, premises, term, rent,
    deposit, occupants, rules, then the signatures on the second page."""
    p1 = Sheet()
    y = p1.center(0.7, "RESIDENTIAL LEASE AGREEMENT", 16, "serif-bold")
    y = p1.center(y, f"(State of {state})", 10, "serif-italic") + 0.2
    clauses = [
        f"1. PARTIES. This Lease Agreement is made on {long_date(signed)} between {landlord} "
        f'("Landlord"), whose address is {landlord_address}, and {tenant.name} ("Tenant").',
        f"2. PREMISES. Landlord leases to Tenant the dwelling located at {premises} "
        '(the "Premises"), together with the appliances listed in the move-in checklist.',
        f"3. TERM. The term of this Lease begins on {long_date(start)} and ends on "
        f"{long_date(end)}. If Tenant remains after the end of the term with Landlord's "
        "consent, the tenancy continues from month to month on the same terms.",
        f"4. RENT. Tenant shall pay rent of ${rent:,}.00 per month, in advance, on or before "
        "the first (1st) day of each month. Rent paid after the fifth (5th) day of the month "
        "incurs a late charge of $50.00.",
        f"5. SECURITY DEPOSIT. Tenant has paid a security deposit of ${deposit:,}.00, to be "
        "held and returned as the law of the State requires, less lawful deductions.",
        "6. OCCUPANTS. The Premises shall be occupied only by Tenant and the following persons: "
        + (", ".join(o.name for o in occupants) or "none")
        + ".",
        "7. UTILITIES. Tenant shall pay for electricity, gas, internet and telephone service. "
        "Landlord shall pay for water, sewer and trash removal.",
        "8. MAINTENANCE. Tenant shall keep the Premises clean and sanitary and shall promptly "
        "notify Landlord of any needed repairs. Landlord shall make repairs within a "
        "reasonable time after notice.",
    ]
    p1.paras(0.9, y, 6.7, clauses, gap=0.14, pt=10.5)
    p1.text(
        0.9, 10.3, "Tenant's initials: ______    Landlord's initials: ______     Page 1 of 2", 8
    )
    p2 = Sheet()
    y = p2.paras(
        0.9,
        0.8,
        6.7,
        [
            "9. PETS AND SMOKING. No pets and no smoking are allowed on the Premises without "
            "Landlord's written consent.",
            "10. ENTRY. Landlord may enter the Premises at reasonable times upon twenty-four "
            "(24) hours' notice to inspect, make repairs or show the Premises.",
            "11. NOTICES. Notices to Tenant shall be delivered to the Premises; notices to "
            "Landlord to the address stated in paragraph 1.",
            "12. ENTIRE AGREEMENT. This Lease is the entire agreement of the parties and may be "
            "changed only in a writing signed by both.",
        ],
        gap=0.14,
        pt=10.5,
    )
    y += 0.5
    for role, name in (("LANDLORD", landlord), ("TENANT", tenant.name)):
        p2.signature(1.0, y - 0.3, name.split(",")[0], 18)
        p2.line(0.9, y + 0.25, 4.6, y + 0.25)
        p2.text(0.9, y + 0.3, f"{role}: {name}", 9.5)
        p2.text(5.0, y + 0.05, f"Date: {us_date(signed)}", 9.5)
        y += 1.1
    p2.text(0.9, 10.3, "Page 2 of 2", 8)
    return drawn(
        "residential_lease",
        [p1, p2],
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(start, end),
    )


def rent_receipts(
    tenant: Person,
    *,
    landlord: str,
    premises: str,
    rent: int,
    months: list[dt.date],
    first_number: int,
) -> Paper:
    """Three carbon copies from a rent receipt book, cut and taped on one page."""
    s = Sheet()
    y = 0.6
    for i, month in enumerate(months):
        s.rect(0.8, y, 6.9, 3.0, 1.0)
        s.text(1.0, y + 0.15, "RENT RECEIPT", 14, "sans-bold")
        s.text(
            7.5,
            y + 0.15,
            f"No. {first_number + i:04d}",
            12,
            "mono-bold",
            fill=(170, 40, 50),
            align="right",
        )
        s.text(1.0, y + 0.6, f"Date  {us_date(month + dt.timedelta(2))}", 11, "serif")
        s.text(1.0, y + 0.95, f"Received from  {tenant.name}", 11, "serif")
        s.text(
            1.0,
            y + 1.3,
            f"the sum of  {['Nine hundred', 'One thousand', 'Eleven hundred'][rent // 100 - 9 if 9 <= rent // 100 <= 11 else 0]} and 00/100 Dollars   $ {rent:,}.00",
            11,
            "serif",
        )
        end = (month.replace(day=28) + dt.timedelta(4)).replace(day=1) - dt.timedelta(1)
        s.text(1.0, y + 1.65, f"For rent at  {premises}", 11, "serif")
        s.text(1.0, y + 2.0, f"for the period  {us_date(month)}  to  {us_date(end)}", 11, "serif")
        s.checkbox(1.0, y + 2.45, i % 2 == 0, "Cash", 9)
        s.checkbox(1.9, y + 2.45, i % 2 == 1, "Money order", 9)
        s.text(4.2, y + 2.45, "Received by", 9)
        s.signature(5.1, y + 2.15, landlord.split()[0], 16)
        y += 3.25
    first, last = months[0], months[-1]
    end = (last.replace(day=28) + dt.timedelta(4)).replace(day=1) - dt.timedelta(1)
    return drawn(
        "rent_receipts",
        [s],
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(first, end),
    )


def utility_bill(
    person: Person,
    *,
    company: str,
    company_lines: list[str],
    colour: tuple[int, int, int],
    account: str,
    service_address: tuple[str, str],
    period: tuple[dt.date, dt.date],
    kind: str,  # "electric" or "gas"
    usage: int,
    amount: float,
) -> Paper:
    """A monthly utility statement: account summary, usage, and the payment stub below."""
    s = Sheet()
    y = letterhead(s, company, company_lines, colour, "star", "sans-bold")
    s.text(0.9, y, up(person.name), 10, "sans-bold")
    s.lines(0.9, y + 0.18, [service_address[0].upper(), service_address[1].upper()], 10)
    box = [
        ["Account Summary", ""],
        ["Account Number", account],
        ["Statement Date", us_date(period[1] + dt.timedelta(3))],
        ["Service Period", f"{us_date(period[0])} - {us_date(period[1])}"],
        ["Previous Balance", "$" + money(amount * 0.97)],
        ["Payment Received - Thank You", "-$" + money(amount * 0.97)],
        ["Current Charges", "$" + money(amount)],
        ["Total Amount Due", "$" + money(amount)],
        ["Due Date", us_date(period[1] + dt.timedelta(24))],
    ]
    s.table(4.3, y, [1.9, 1.4], box, 8.5, align=["left", "right"])
    y += 2.1
    unit = "kWh" if kind == "electric" else "CCF"
    s.text(0.9, y, f"Service Address: {service_address[0]}, {service_address[1]}", 9, "sans-bold")
    y = s.table(
        0.9,
        y + 0.25,
        [1.8, 1.3, 1.3, 1.2, 1.2],
        [
            ["Meter / Rate", "Previous Read", "Current Read", "Usage", "Amount"],
            [
                f"{kind.title()} Residential",
                str(40000 + usage * 7),
                str(40000 + usage * 8),
                f"{usage} {unit}",
                "$" + money(amount * 0.8),
            ],
            ["Delivery charge", "", "", "", "$" + money(amount * 0.15)],
            ["Taxes and fees", "", "", "", "$" + money(amount * 0.05)],
        ],
        8.5,
    )
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        "Your average daily use this period was "
        f"{usage // 30} {unit}. Budget billing is available: call us to enroll.",
        9,
        "sans",
    )
    s.line(0.6, 8.3, 7.9, 8.3, 0.8)
    s.text(
        4.25,
        8.2,
        "✂ - - - - - Please return this portion with your payment - - - - -",
        7,
        align="center",
    )
    s.text(0.9, 8.5, company, 10, "sans-bold", fill=colour)
    s.text(0.9, 8.75, f"Account Number  {account}", 9)
    s.text(0.9, 8.95, f"Amount Due  ${money(amount)}", 9, "sans-bold")
    s.text(0.9, 9.15, f"Due Date  {us_date(period[1] + dt.timedelta(24))}", 9)
    s.lines(4.6, 8.75, [up(person.name), service_address[0].upper(), service_address[1].upper()], 9)
    s.text(0.9, 9.9, f"||||| {account.replace('-', '')}0{int(amount * 100):07d} |||||", 10, "mono")
    return drawn(
        f"{kind}_bill",
        [s],
        "residence_record",
        person,
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
    year: int,
    grade: str,
    teacher: str,
    student_id: str,
    absences: tuple[int, int],
    comment: str,
) -> Paper:
    """An elementary progress report: standards marked per trimester, attendance, comment."""
    s = Sheet()
    y = s.center(0.5, district.upper(), 10, "sans-bold")
    y = s.center(y, school, 13, "serif-bold")
    for line in school_lines:
        y = s.center(y, line, 8.5, fill=GREY)
    y = s.center(y + 0.1, f"Standards-Based Report Card  {year}-{year + 1}", 12, "sans-bold") + 0.1
    y = s.grid(
        0.7,
        y,
        7.1,
        [
            (
                0.45,
                [
                    (2.4, "Student", student.name),
                    (0.9, "Grade", grade),
                    (1.2, "Student ID", student_id),
                    (1.8, "Teacher", teacher),
                ],
            )
        ],
        label_pt=6.5,
    )
    s.text(
        0.7,
        y + 0.1,
        "4 = Exceeds standard   3 = Meets standard   2 = Approaching   1 = Not yet",
        7.5,
    )
    rows = [["Subject / Standard", "T1", "T2", "T3"]]
    marks = ["3", "3", "4", "3", "2", "3", "3", "4"]
    for i, subject in enumerate(
        [
            "Reading: foundational skills",
            "Reading: comprehension",
            "Writing",
            "Speaking and listening",
            "Mathematics: operations",
            "Mathematics: problem solving",
            "Science",
            "Social studies",
        ]
    ):
        rows.append([subject, marks[i], marks[(i + 1) % 8], "" if year >= 2026 else marks[i]])
    y = s.table(0.7, y + 0.35, [4.4, 0.9, 0.9, 0.9], rows, 9) + 0.25
    y = (
        s.table(
            0.7,
            y,
            [3.0, 1.2, 1.2],
            [
                ["Attendance", "T1", "T2"],
                ["Days absent", str(absences[0]), str(absences[1])],
                ["Days tardy", "1", "0"],
            ],
            9,
        )
        + 0.25
    )
    s.text(0.7, y, "Teacher comments", 9, "sans-bold")
    s.para(0.7, y + 0.2, 7.0, comment, 10, "serif")
    return drawn("report_card", [s], "school_record", student, "education")


def adult_certificate(
    person: Person,
    *,
    issuer: list[str],
    title: str,
    body: str,
    awarded: dt.date,
    signers: list[tuple[str, str]],
    label: str,
    doc_type: Choice,
    seed: int,
) -> Paper:
    """A certificate of an adult education programme or a state equivalency diploma: a
    bordered landscape page, the holder's name large, the signatures below."""
    s = Sheet(11.0, 8.5)
    s.border(0.35, 3.0)
    y = 0.9
    for line in issuer:
        y = s.center(y, line, 13, "schoolbook-bold")
    y = s.center(y + 0.25, title, 26, "schoolbook-bold") + 0.2
    y = s.center(y, "This certifies that", 12, "serif-italic") + 0.1
    y = s.center(y, person.name, 26, "script")
    y += 0.2
    for line in s.wrap(body, 8.0, 12, "serif"):
        y = s.center(y, line, 12, "serif")
    y = s.center(y + 0.1, f"Awarded {long_date(awarded)}", 12, "serif") + 0.4
    x = 1.5
    for name, role in signers:
        s.signature(x + 0.2, y, name, 18)
        s.line(x, y + 0.55, x + 3.2, y + 0.55)
        s.text(x, y + 0.6, name, 9)
        s.text(x, y + 0.76, role, 8, fill=GREY)
        x += 4.6
    s.seal(5.5, 7.2, 0.55, " ".join(issuer[:1]).upper() + "  ", "")
    return drawn(label, [s], doc_type, person, "education", proves=(awarded, awarded))


# ---------------------------------------------------------------- letters and records


def letter(
    label: str,
    head: tuple[str, list[str], tuple[int, int, int], str],
    dated: str,
    recipient: list[str],
    re_line: str | None,
    salutation: str,
    body: list[str],
    closing: str,
    signer: str,
    signer_lines: list[str],
    *,
    doc_type: Choice,
    about: Person,
    equity: Choice,
    language: Choice = "en",
    proves: tuple[dt.date, dt.date] | None = None,
    face: str = "serif",
) -> Paper:
    sheet = write_letter(
        head, dated, recipient, re_line, salutation, body, closing, signer, signer_lines, face=face
    )
    return drawn(label, [sheet], doc_type, about, equity, language, proves)


def visit_summary(
    patient: Person,
    *,
    clinic: str,
    clinic_lines: list[str],
    colour: tuple[int, int, int],
    visit: dt.date,
    provider: str,
    reason: str,
    diagnoses: list[tuple[str, str]],
    vitals: list[tuple[str, str]],
    medications: list[tuple[str, str]],
    instructions: list[str],
    mrn: str,
    equity: str,
    label: str,
) -> Paper:
    """A clinic's after-visit summary printed from its health record: patient header,
    diagnoses with codes, vitals, medications, instructions."""
    s = Sheet()
    y = letterhead(s, clinic, clinic_lines, colour, "cross", "sans-bold")
    y = s.text(0.9, y - 0.1, "AFTER VISIT SUMMARY", 14, "sans-bold")
    y = s.grid(
        0.9,
        y + 0.05,
        6.7,
        [
            (
                0.42,
                [
                    (2.2, "Patient", patient.name),
                    (1.2, "DOB", us_date(patient.born)),
                    (1.0, "MRN", mrn),
                ],
            ),
            (
                0.42,
                [
                    (1.2, "Visit date", us_date(visit)),
                    (2.2, "Provider", provider),
                    (1.0, "Department", "Primary Care"),
                ],
            ),
        ],
        label_pt=6.5,
        value_pt=9.5,
        value_face="sans-bold",
    )
    y = s.text(0.9, y + 0.15, f"Reason for visit: {reason}", 10, "sans-bold") + 0.08
    y = s.text(0.9, y, "Diagnoses addressed today", 10, "sans-bold")
    y = (
        s.table(
            0.9, y + 0.05, [5.2, 1.5], [["Diagnosis", "ICD-10"], *[[a, b] for a, b in diagnoses]], 9
        )
        + 0.15
    )
    y = s.text(0.9, y, "Vitals", 10, "sans-bold")
    y = s.text(0.9, y + 0.02, "    ".join(f"{a}: {b}" for a, b in vitals), 9) + 0.1
    y = s.text(0.9, y, "Your medication list", 10, "sans-bold")
    y = (
        s.table(
            0.9,
            y + 0.05,
            [3.0, 3.7],
            [["Medication", "Instructions"], *[[a, b] for a, b in medications]],
            9,
        )
        + 0.15
    )
    y = s.text(0.9, y, "Instructions from your care team", 10, "sans-bold")
    for item in instructions:
        y = s.para(1.0, y + 0.02, 6.5, "•  " + item, 9.5, "sans")
    s.text(0.9, 10.3, f"Printed {us_date(visit)}  ·  {clinic}  ·  Page 1 of 1", 7, fill=GREY)
    return drawn(label, [s], "medical_record", patient, equity)


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
    victim_phone: str,
    suspect: str,
    narrative: list[str],
    officer: str,
    badge: str,
    approved: str,
) -> Paper:
    """A police incident report: the boxed face page (incident, victim, suspect), then the
    narrative on a continuation page."""
    p1 = Sheet()
    y = p1.center(0.5, agency.upper(), 14, "sans-bold")
    for line in agency_lines:
        y = p1.center(y, line, 8.5, fill=GREY)
    y = p1.center(y + 0.1, "INCIDENT / OFFENSE REPORT", 14, "sans-bold") + 0.1
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1.4, "CASE NUMBER", case_number),
                    (1.6, "DATE/TIME REPORTED", occurred.strftime("%m/%d/%Y %H%M")),
                    (1.6, "DATE/TIME OCCURRED", occurred.strftime("%m/%d/%Y %H%M")),
                ],
            ),
            (0.45, [(3.0, "OFFENSE(S)", offense), (1.6, "LOCATION OF OCCURRENCE", location)]),
        ],
        label_pt=6,
        value_pt=9,
    )
    p1.vertical(0.35, y, 1.35, "VICTIM")
    y = p1.grid(
        0.6,
        y + 0.1,
        7.3,
        [
            (
                0.45,
                [
                    (2.6, "NAME (LAST, FIRST, MIDDLE)", victim.last_first(accents=False)),
                    (0.6, "SEX", victim.sex),
                    (1.0, "DOB", us_date(victim.born)),
                    (0.8, "AGE", str(occurred.year - victim.born.year)),
                ],
            ),
            (0.45, [(3.4, "HOME ADDRESS", victim_address), (1.6, "PHONE", victim_phone)]),
            (
                0.45,
                [
                    (2.5, "INJURY", "LACERATION TO FOREARM, BRUISING"),
                    (2.5, "TREATED", "MAINE MEDICAL CENTER ED, RELEASED"),
                ],
            ),
        ],
        label_pt=6,
        value_pt=9,
    )
    p1.vertical(0.35, y + 0.1, 0.9, "SUSPECT")
    y = p1.grid(
        0.6,
        y + 0.1,
        7.3,
        [
            (
                0.45,
                [
                    (2.6, "NAME (LAST, FIRST, MIDDLE)", suspect),
                    (0.6, "SEX", "M"),
                    (1.8, "STATUS", "ARRESTED"),
                ],
            ),
            (0.45, [(5.0, "WEAPON / FORCE USED", "KNIFE (FOLDING, 3 IN. BLADE); HANDS/FISTS")]),
        ],
        label_pt=6,
        value_pt=9,
    )
    y = p1.text(0.6, y + 0.2, "NARRATIVE", 9, "sans-bold")
    y = p1.paras(0.6, y + 0.05, 7.3, narrative[:2], gap=0.1, pt=10, face="mono")
    p1.text(0.6, 10.3, f"CASE {case_number}   PAGE 1 OF 2   (CONTINUED)", 8, "sans-bold")
    p2 = Sheet()
    y = p2.text(
        0.6, 0.5, f"{agency.upper()}  —  CONTINUATION  —  CASE {case_number}", 9, "sans-bold"
    )
    y = p2.paras(0.6, y + 0.2, 7.3, narrative[2:], gap=0.1, pt=10, face="mono")
    y += 0.4
    p2.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.5,
                [
                    (2.4, "REPORTING OFFICER", officer),
                    (1.0, "BADGE", badge),
                    (2.4, "APPROVED BY", approved),
                    (1.2, "DATE", occurred.strftime("%m/%d/%Y")),
                ],
            )
        ],
        label_pt=6,
    )
    p2.signature(0.8, y + 0.55, officer.split()[-1], 16)
    p2.text(0.6, 10.3, f"CASE {case_number}   PAGE 2 OF 2", 8, "sans-bold")
    return drawn("police_incident_report", [p1, p2], "police_report", victim, "crime_victim")


def i918_supplement_b(
    victim: Person,
    *,
    agency: str,
    agency_address: tuple[str, str],
    official: str,
    official_title: str,
    phone: str,
    case_number: str,
    crime: str,
    occurred: dt.date,
    statute: str,
    signed: dt.date,
    description: str,
    helpfulness: str,
) -> Paper:
    """Form I-918, Supplement B, the U Nonimmigrant Status Certification: two pages."""
    head = (
        "U Nonimmigrant Status Certification",
        "Department of Homeland Security",
        "U.S. Citizenship and Immigration Services",
    )
    p1 = Sheet()
    p1.text(0.6, 0.45, head[0], 15, "sans-bold")
    p1.text(0.6, 0.72, head[1], 9)
    p1.text(0.6, 0.87, head[2], 9)
    p1.text(7.9, 0.45, "USCIS", 9, "sans-bold", align="right")
    p1.text(7.9, 0.6, "Form I-918", 9, "sans-bold", align="right")
    p1.text(7.9, 0.75, "Supplement B", 9, "sans-bold", align="right")
    p1.text(7.9, 0.9, "OMB No. 1615-0104", 7, align="right")
    y = 1.2
    p1.rect(0.6, y, 7.3, 0.26, outline=None, fill=(40, 40, 40))
    p1.text(0.7, y + 0.05, "Part 1.  Victim Information", 10, "sans-bold", fill=(255, 255, 255))
    y = p1.grid(
        0.6,
        y + 0.3,
        7.3,
        [
            (
                0.45,
                [
                    (1, "1.a. Family Name (Last Name)", up(victim.surname)),
                    (1, "1.b. Given Name (First Name)", up(victim.first)),
                    (1, "1.c. Middle Name", up(victim.middle) or "N/A"),
                ],
            ),
            (
                0.45,
                [
                    (1, "2. Date of Birth (mm/dd/yyyy)", us_date(victim.born)),
                    (2, "3. Gender", "Female" if victim.sex == "F" else "Male"),
                ],
            ),
        ],
        label_pt=6,
    )
    y += 0.15
    p1.rect(0.6, y, 7.3, 0.26, outline=None, fill=(40, 40, 40))
    p1.text(0.7, y + 0.05, "Part 2.  Agency Information", 10, "sans-bold", fill=(255, 255, 255))
    y = p1.grid(
        0.6,
        y + 0.3,
        7.3,
        [
            (0.45, [(2, "1. Name of Certifying Agency", agency)]),
            (
                0.45,
                [
                    (1, "2. Name of Certifying Official", official),
                    (1, "3. Title and Division/Office of Certifying Official", official_title),
                ],
            ),
            (
                0.45,
                [
                    (1, "4. Agency Street Address", agency_address[0]),
                    (1, "City, State, ZIP Code", agency_address[1]),
                ],
            ),
            (
                0.45,
                [
                    (1, "5. Daytime Telephone Number", phone),
                    (1, "6. Agency Type: Federal / State / Local", "Local"),
                ],
            ),
            (
                0.45,
                [
                    (1, "7. Case Number", case_number),
                    (1, "8. FBI Number or SID Number (if known)", ""),
                ],
            ),
        ],
        label_pt=6,
    )
    y += 0.15
    p1.rect(0.6, y, 7.3, 0.26, outline=None, fill=(40, 40, 40))
    p1.text(0.7, y + 0.05, "Part 3.  Criminal Acts", 10, "sans-bold", fill=(255, 255, 255))
    y += 0.35
    p1.text(
        0.6,
        y,
        "1. The applicant is a victim of criminal activity involving or similar to "
        "violations of one of the following Federal, state, or local criminal offenses:",
        8,
    )
    y += 0.22
    crimes = [
        "Abduction",
        "Abusive Sexual Contact",
        "Blackmail",
        "Domestic Violence",
        "Extortion",
        "False Imprisonment",
        "Felonious Assault",
        "Fraud in Foreign Labor Contracting",
        "Hostage",
        "Incest",
        "Involuntary Servitude",
        "Kidnapping",
        "Manslaughter",
        "Murder",
        "Obstruction of Justice",
        "Peonage",
        "Perjury",
        "Prostitution",
        "Rape",
        "Sexual Assault",
        "Sexual Exploitation",
        "Stalking",
        "Torture",
        "Trafficking",
        "Witness Tampering",
        "Other",
    ]
    for i, name in enumerate(crimes):
        p1.checkbox(0.7 + (i % 3) * 2.45, y + (i // 3) * 0.19, name == crime, name, 7.5)
    y += 9 * 0.19 + 0.1
    y = p1.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.45,
                [
                    (1, "2. Date(s) of Criminal Activity (mm/dd/yyyy)", us_date(occurred)),
                    (
                        2,
                        "3. Statutory Citation(s) for Criminal Activity Investigated or Prosecuted",
                        statute,
                    ),
                ],
            )
        ],
        label_pt=6,
    )
    p1.text(0.6, 10.35, "Form I-918 Supplement B  Edition 04/01/24", 7)
    p1.text(7.9, 10.35, "Page 1 of 2", 7, align="right")
    p2 = Sheet()
    y = 0.5
    y = p2.text(0.6, y, "Part 3.  Criminal Acts (continued)", 10, "sans-bold")
    y = p2.text(
        0.6,
        y + 0.05,
        "5. Provide a description of the criminal activity being investigated "
        "and/or prosecuted and the involvement of the applicant.",
        8,
    )
    y = p2.para(0.7, y + 0.05, 7.1, description, 10, "mono") + 0.2
    p2.rect(0.6, y, 7.3, 0.26, outline=None, fill=(40, 40, 40))
    p2.text(
        0.7, y + 0.05, "Part 4.  Helpfulness of the Victim", 10, "sans-bold", fill=(255, 255, 255)
    )
    y += 0.35
    p2.checkbox(
        0.7, y, True, "1. The victim possesses information concerning the criminal activity.", 8
    )
    p2.checkbox(
        0.7,
        y + 0.2,
        True,
        "2. The victim has been, is being, or is likely to be helpful "
        "to an investigation or prosecution of the criminal activity.",
        8,
    )
    y = p2.para(0.7, y + 0.5, 7.1, helpfulness, 10, "mono") + 0.2
    p2.rect(0.6, y, 7.3, 0.26, outline=None, fill=(40, 40, 40))
    p2.text(0.7, y + 0.05, "Part 5.  Certification", 10, "sans-bold", fill=(255, 255, 255))
    y = p2.para(
        0.6,
        y + 0.35,
        7.3,
        "I am the head of the agency listed in Part 2. or I am the person in the agency who "
        "has been specifically designated by the head of the agency to issue U Nonimmigrant "
        "Status Certifications on behalf of the agency. Based upon investigation of the facts, "
        "I certify, under penalty of perjury, that the individual noted in Part 1. is or was a "
        "victim of one or more of the crimes listed in Part 3.",
        8.5,
        "sans",
    )
    p2.signature(0.9, y + 0.2, official, 18)
    p2.grid(
        0.6,
        y + 0.75,
        7.3,
        [
            (
                0.45,
                [
                    (2, "Signature of Certifying Official", ""),
                    (1, "Date of Signature (mm/dd/yyyy)", us_date(signed)),
                ],
            )
        ],
        label_pt=6,
    )
    p2.text(0.6, 10.35, "Form I-918 Supplement B  Edition 04/01/24", 7)
    p2.text(7.9, 10.35, "Page 2 of 2", 7, align="right")
    return drawn(
        "i918_supplement_b",
        [p1, p2],
        "u_visa_certification",
        victim,
        "law_enforcement_cooperation",
    )


def dui_disposition(
    defendant: Person,
    *,
    court: list[str],
    case_number: str,
    offense_date: dt.date,
    hearing: dt.date,
    charge: str,
    code_section: str,
    sentence: list[str],
    judge: str,
    clerk: str,
    address: str,
) -> Paper:
    """A general district court's case disposition on a DUI: charge, plea, finding,
    sentence, and the clerk's certification of a true copy."""
    s = Sheet()
    y = 0.55
    for i, line in enumerate(court):
        y = s.center(y, line, 12 if i == 0 else 10, "serif-bold" if i == 0 else "serif")
    y = s.center(y + 0.1, "CASE DISPOSITION — CRIMINAL / TRAFFIC", 13, "sans-bold") + 0.15
    y = s.grid(
        0.7,
        y,
        7.1,
        [
            (
                0.45,
                [
                    (2.6, "COMMONWEALTH OF VIRGINIA v.", up(defendant.name)),
                    (1.4, "CASE NO.", case_number),
                ],
            ),
            (
                0.45,
                [
                    (2.6, "ADDRESS", address),
                    (0.7, "DOB", us_date(defendant.born)),
                    (0.7, "SEX", defendant.sex),
                ],
            ),
            (
                0.45,
                [
                    (1.4, "OFFENSE DATE", us_date(offense_date)),
                    (1.2, "CODE SECTION", code_section),
                    (1.4, "HEARING DATE", us_date(hearing)),
                ],
            ),
            (0.45, [(4, "CHARGE", charge)]),
            (
                0.45,
                [
                    (1.2, "PLEA", "GUILTY"),
                    (1.2, "FINDING", "GUILTY"),
                    (1.6, "ATTORNEY", "RETAINED"),
                ],
            ),
        ],
        label_pt=6,
        value_pt=9.5,
    )
    y = s.text(0.7, y + 0.2, "SENTENCE / DISPOSITION", 10, "sans-bold")
    for line in sentence:
        y = s.para(0.9, y + 0.04, 6.8, "▪ " + line, 10, "serif")
    y += 0.3
    s.signature(1.0, y, judge.split()[-1], 16)
    s.line(0.8, y + 0.55, 3.8, y + 0.55)
    s.text(0.8, y + 0.6, f"JUDGE  {judge}", 8.5)
    y += 1.1
    y = s.para(
        0.7,
        y,
        7.1,
        f"I certify that this is a true copy of the record of case {case_number} in this "
        f"court. Dated {long_date(hearing + dt.timedelta(days=2900))}.",
        9.5,
    )
    s.signature(4.5, y, clerk.split()[-1], 15)
    s.text(4.3, y + 0.55, f"{clerk}, Clerk", 8.5)
    s.stamp(0.9, y + 0.1, ["TRUE COPY", "CLERK'S OFFICE"], 10, (40, 40, 140), 4)
    return drawn(
        "dui_case_disposition",
        [s],
        "court_record",
        defendant,
        ("rehabilitation", "other"),
        proves=(offense_date, hearing),
    )


def hearing_notice(
    person: Person,
    *,
    a_number: str,
    court: str,
    court_address: tuple[str, str],
    when: dt.datetime,
    judge: str,
    mailed: dt.date,
    to_lines: list[str],
) -> Paper:
    """An immigration court's notice of a master calendar hearing, as EOIR mails it."""
    s = Sheet()
    y = s.center(0.55, "U.S. Department of Justice", 10, "serif")
    y = s.center(y, "Executive Office for Immigration Review", 11, "serif-bold")
    y = s.center(y, "Immigration Court", 10, "serif")
    y = s.center(y, f"{court_address[0]}  {court_address[1]}", 9) + 0.3
    s.lines(0.9, y, to_lines, 10)
    s.text(5.0, y, f"Date: {mailed.strftime('%b %d, %Y')}", 10)
    y += 1.0
    y = s.text(0.9, y, f"In the Matter of: {person.last_first(accents=False)}", 10.5, "serif-bold")
    y = s.text(0.9, y, f"File Number: A {a_number}", 10.5, "serif-bold") + 0.15
    y = s.center(y, "NOTICE OF IN-PERSON HEARING IN REMOVAL PROCEEDINGS", 12, "sans-bold") + 0.15
    y = s.paras(
        0.9,
        y,
        6.7,
        [
            "Your case has been scheduled for a MASTER hearing before the Immigration Judge on "
            f"{when.strftime('%b %d, %Y')} at {when.strftime('%I:%M %p')} at: {court_address[0]}, "
            f"{court_address[1]}.",
            f"Immigration Judge: {judge}.",
            "You may be represented in these proceedings, at no expense to the Government, by "
            "an attorney or other individual authorized and qualified to represent persons "
            "before an Immigration Court. If you fail to appear at your hearing except for "
            "exceptional circumstances, you may be ordered removed from the United States by "
            "the Immigration Judge in your absence.",
            "You must notify the Immigration Court of any change of address within five days "
            "using Form EOIR-33/IC.",
        ],
        pt=10,
    )
    s.text(0.9, y + 0.3, "CERTIFICATE OF SERVICE", 9, "sans-bold")
    s.para(
        0.9,
        y + 0.5,
        6.7,
        f"This document was served by: [ X ] Mail  [  ] Personal Service "
        f"To: [ X ] Alien's ATT/REP  [ X ] DHS   Date: {us_date(mailed)}  By: Court Staff  PLV",
        8.5,
        "sans",
    )
    return drawn("eoir_hearing_notice", [s], ("court_record", "other"), person, "other")


def g28(
    client: Person,
    *,
    a_number: str,
    rep: dict,
    client_address: tuple[str, str],
    bar: tuple[str, str],
    signed: dt.date,
) -> Paper:
    """Form G-28, Notice of Entry of Appearance, on one page: the attorney, eligibility, the
    matter (ICE), the client's consent and both signatures."""
    s = Sheet()
    s.text(0.6, 0.45, "Notice of Entry of Appearance", 14, "sans-bold")
    s.text(0.6, 0.7, "as Attorney or Accredited Representative", 14, "sans-bold")
    s.text(0.6, 0.95, "Department of Homeland Security", 9)
    s.text(7.9, 0.45, "DHS", 9, "sans-bold", align="right")
    s.text(7.9, 0.6, "Form G-28", 10, "sans-bold", align="right")
    s.text(7.9, 0.78, "OMB No. 1615-0105", 7, align="right")
    y = 1.25
    family, given = rep["name"].split()[-1], " ".join(rep["name"].split()[:-1])

    def band(y: float, text: str) -> float:
        s.rect(0.6, y, 7.3, 0.25, outline=None, fill=(45, 45, 45))
        s.text(0.7, y + 0.04, text, 9.5, "sans-bold", fill=(255, 255, 255))
        return y + 0.3

    y = band(y, "Part 1.  Information About Attorney or Accredited Representative")
    y = s.grid(
        0.6,
        y,
        7.3,
        [
            (
                0.42,
                [
                    (1.2, "1. Online Account Number (if any)", ""),
                    (1.2, "2.a. Family Name (Last Name)", family.upper()),
                    (1.2, "2.b. Given Name (First Name)", given.upper()),
                ],
            ),
            (
                0.42,
                [
                    (
                        3.6,
                        "3.a. Street Number and Name / 3.d. City or Town, State, ZIP Code",
                        f"{rep['address'][0]}, {rep['address'][1]}",
                    )
                ],
            ),
            (
                0.42,
                [
                    (1.2, "4. Daytime Telephone Number", rep["phone"]),
                    (2.4, "6. Email Address (if any)", rep["email"]),
                ],
            ),
        ],
        label_pt=6,
    )
    y = band(y + 0.1, "Part 2.  Eligibility Information for Attorney or Accredited Representative")
    s.checkbox(
        0.7,
        y,
        True,
        "1.a. I am an attorney eligible to practice law in, and a member in "
        "good standing of, the bar of the highest courts of the following states:",
        7.5,
    )
    y = s.grid(
        0.6,
        y + 0.25,
        7.3,
        [
            (
                0.42,
                [
                    (
                        1.6,
                        "Licensing Authority",
                        f"Supreme Court of {bar[0]}"
                        if bar[0] != "Maine"
                        else "Maine Board of Overseers of the Bar",
                    ),
                    (1.0, "1.b. Bar Number (if applicable)", bar[1]),
                    (1.0, "EOIR ID", rep["eoir_id"]),
                ],
            )
        ],
        label_pt=6,
    )
    y = band(y + 0.1, "Part 3.  Notice of Appearance as Attorney or Accredited Representative")
    s.checkbox(0.7, y, False, "1.a. USCIS", 7.5)
    s.checkbox(
        2.0, y, True, "2.a. ICE  —  2.b. List the specific matter: prosecutorial discretion", 7.5
    )
    y = s.grid(
        0.6,
        y + 0.25,
        7.3,
        [
            (
                0.42,
                [
                    (1.3, "6.a. Client Family Name (Last Name)", up(client.surname)),
                    (1.3, "6.b. Given Name (First Name)", up(client.given)),
                    (1.0, "10. A-Number (if any)", "A-" + a_number),
                ],
            ),
            (
                0.42,
                [
                    (
                        3.6,
                        "12.a. Street Number and Name / City or Town, State, ZIP Code",
                        f"{client_address[0]}, {client_address[1]}",
                    )
                ],
            ),
        ],
        label_pt=6,
    )
    y = band(y + 0.1, "Part 4.  Client's Consent to Representation and Signature")
    y = s.para(
        0.6,
        y,
        7.3,
        "I have requested the representation of and consented to being "
        "represented by the attorney or accredited representative named in Part 1. of "
        "this form.",
        8,
        "sans",
    )
    s.signature(0.9, y + 0.05, client.first + " " + client.surname.split()[0], 16)
    y = s.grid(
        0.6,
        y + 0.55,
        7.3,
        [
            (
                0.4,
                [
                    (2.6, "2.a. Signature of Client", ""),
                    (1, "2.b. Date of Signature", us_date(signed)),
                ],
            )
        ],
        label_pt=6,
    )
    y = band(y + 0.1, "Part 5.  Signature of Attorney or Accredited Representative")
    s.signature(0.9, y + 0.0, rep["name"], 16)
    s.grid(
        0.6,
        y + 0.5,
        7.3,
        [
            (
                0.4,
                [
                    (2.6, "1. Signature of Attorney or Accredited Representative", ""),
                    (1, "Date of Signature", us_date(signed)),
                ],
            )
        ],
        label_pt=6,
    )
    s.text(0.6, 10.35, "Form G-28  Edition 09/17/18", 7)
    s.text(7.9, 10.35, "Page 1 of 4", 7, align="right")
    return drawn("g28", [s], "g28", client, "other")


def plain_letter(
    label: str,
    writer: list[str],
    dated: str,
    salutation: str,
    body: list[str],
    closing: str,
    signer: str,
    *,
    about: Person,
    language: Choice = "en",
    face: str = "serif",
) -> Paper:
    """A letter a neighbour writes at home: no letterhead, the writer's address at the top,
    the body, a signature, the name and telephone below."""
    s = Sheet()
    y = s.lines(0.9, 0.8, writer, 11, face) + 0.25
    y = s.text(0.9, y, dated, 11, face) + 0.3
    y = s.text(0.9, y, salutation, 11, face) + 0.15
    y = s.paras(0.9, y, 6.7, body, gap=0.14, pt=11.5, face=face)
    y = s.text(0.9, y + 0.1, closing, 11, face)
    s.signature(1.0, y + 0.1, signer, 20)
    s.text(0.9, y + 0.75, signer, 11, face)
    return drawn(label, [s], "letter_of_support", about, "community_ties", language)
