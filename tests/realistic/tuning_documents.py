"""The tuning corpus's documents: real kinds of immigration evidence in other editions, issuers
and wordings than the blind corpus's (bench/blind/), so that rules tuned here are measured
there on text they never saw. Rules may be tuned on these; never on the blind corpus.

Every person, number and signature is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.realistic import mrz
from tests.realistic.dates import abbreviated, card, dashed, day_month_year, long, spelled, us
from tests.realistic.model import Paper, Person, drawn, up
from tests.realistic.paper import (
    GREY,
    Sheet,
    monospace_page,
    mrz_lines,
    portrait,
    tinted,
    write_letter,
)
from tests.realistic.paper import card as card_sheet

D = dt.date


# ---------------------------------------------------------------- US vital records


def california_birth_numbered(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    hospital: str,
    city: str,
    county: str,
    accepted: dt.date,
    issued: dt.date,
    officer: str,
    seed: int,
) -> Paper:
    """A California Certificate of Live Birth in the older county layout: one box per name
    ("1. CHILD'S NAME (First, Middle, Last)"), "4a. DATE OF BIRTH", the county health
    officer's certification under it, on blue security paper."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (216, 224, 240))
    s.center(0.5, f"COUNTY OF {up(county)} — DEPARTMENT OF PUBLIC HEALTH", 9, "sans-bold")
    s.center(0.7, "OFFICE OF VITAL RECORDS", 8, "sans")
    s.center(1.0, "CERTIFICATE OF LIVE BIRTH", 16, "serif-bold")
    s.center(1.3, "STATE OF CALIFORNIA", 10, "serif-bold")
    s.text(0.6, 1.5, f"STATE FILE NO. {rng.randint(10**9, 10**10)}", 7.5, "mono")
    s.text(7.9, 1.5, f"LOCAL REG. NO. {rng.randint(10**4, 10**5)}", 7.5, "mono", align="right")
    father_name = f"{up(father.given)} {up(father.surname)}" if father else ""
    rows = [
        (0.45, [(1, "1. CHILD'S NAME (First, Middle, Last)", up(child.name))]),
        (
            0.45,
            [
                (1, "2. SEX", "FEMALE" if child.sex == "F" else "MALE"),
                (1.4, "3. THIS BIRTH (Single, Twin, etc.)", "SINGLE"),
                (2, "4a. DATE OF BIRTH (Month, Day, Year)", long(child.born).upper()),
                (1, "4b. TIME", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
            ],
        ),
        (
            0.45,
            [
                (3, "5a. PLACE OF BIRTH—NAME OF FACILITY", up(hospital)),
                (1.7, "5b. CITY", up(city)),
                (1.5, "5c. COUNTY", up(county)),
            ],
        ),
        (
            0.45,
            [
                (3.4, "6. MOTHER'S NAME (First, Middle, Last (Birth Name))", up(mother.name)),
                (1.6, "7. BIRTHPLACE (State or Country)", up(mother.birthplace)),
                (1.4, "8. DATE OF BIRTH", us(mother.born)),
            ],
        ),
        (
            0.45,
            [
                (3.4, "9. FATHER'S NAME (First, Middle, Last)", father_name),
                (1.6, "10. BIRTHPLACE (State or Country)", up(father.birthplace) if father else ""),
                (1.4, "11. DATE OF BIRTH", us(father.born) if father else ""),
            ],
        ),
        (
            0.5,
            [
                (2.2, "12. INFORMANT—RELATIONSHIP", "MOTHER"),
                (2.6, "13. CERTIFIER—NAME AND TITLE", "ATTENDING PHYSICIAN"),
                (1.6, "14. DATE ACCEPTED BY LOCAL REGISTRAR", us(accepted)),
            ],
        ),
    ]
    y = s.grid(0.6, 1.7, 7.3, rows, value_pt=10)
    y = s.para(
        0.6,
        y + 0.5,
        7.3,
        "CERTIFIED COPY OF VITAL RECORDS. This is a true and exact reproduction of the document "
        "officially registered and placed on file in the office of the "
        f"{county} County Department of Public Health.",
        9,
        "serif",
    )
    s.text(0.6, y + 0.25, f"DATE ISSUED  {us(issued)}", 10, "sans-bold")
    s.signature(4.5, y + 0.2, officer, 18)
    s.line(4.3, y + 0.7, 7.8, y + 0.7, 0.6)
    s.text(4.3, y + 0.75, f"{officer}, M.D., Health Officer and Local Registrar", 7.5)
    s.seal(2.3, y + 1.5, 0.5, f"{up(county)} COUNTY * PUBLIC HEALTH * ", "SEAL")
    s.center(
        10.4,
        "This copy is not valid unless prepared on engraved border displaying seal "
        "and signature of Registrar.",
        6.5,
    )
    return drawn("california_birth_numbered", [s], "birth_certificate", child, "us_family")


def florida_birth(
    child: Person,
    mother: Person,
    father: Person | None,
    *,
    county: str,
    filed: dt.date,
    issued: dt.date,
    seed: int,
) -> Paper:
    """The State of Florida's Certification of Birth: captions in capitals with values beside
    them, issued by the Bureau of Vital Statistics."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (236, 230, 214))
    s.border(0.4, 2.5)
    s.center(0.8, "STATE OF FLORIDA", 18, "serif-bold")
    s.center(1.15, "CERTIFICATION OF BIRTH", 14, "serif-bold")
    s.center(1.45, "DEPARTMENT OF HEALTH · BUREAU OF VITAL STATISTICS", 8.5, "serif")
    fields = [
        ("NAME", up(child.name)),
        ("DATE OF BIRTH", us(child.born)),
        ("SEX", "FEMALE" if child.sex == "F" else "MALE"),
        ("COUNTY OF BIRTH", up(county)),
        ("MOTHER'S/PARENT'S MAIDEN SURNAME", up(mother.surname)),
        ("MOTHER'S/PARENT'S NAME", up(mother.name)),
        ("FATHER'S/PARENT'S NAME", up(father.name) if father else ""),
        ("DATE FILED", us(filed)),
        ("STATE FILE NUMBER", f"{filed.year}-{rng.randint(100000, 999999)}"),
    ]
    y = 2.0
    for caption, value in fields:
        s.text(0.9, y, caption + ":", 9, "sans-bold")
        s.text(3.8, y - 0.02, value, 11, "mono-bold")
        y += 0.4
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        "THIS IS TO CERTIFY THAT THE ABOVE IS A TRUE AND CORRECT "
        "ABSTRACT OF THE OFFICIAL RECORD ON FILE IN THIS OFFICE.",
        9,
        "serif",
    )
    s.text(0.9, y + 0.2, f"ISSUED: {us(issued)}", 10, "sans-bold")
    s.signature(4.6, y + 0.2, "K. Adebayo-Lindström", 17)
    s.line(4.4, y + 0.7, 7.6, y + 0.7, 0.6)
    s.text(4.4, y + 0.75, "State Registrar", 8)
    s.seal(2.3, y + 1.5, 0.5, "STATE OF FLORIDA * VITAL STATISTICS * ", "SEAL")
    return drawn("florida_birth", [s], "birth_certificate", child, "us_family")


def nyc_marriage(
    one: Person, two: Person, *, married: dt.date, seed: int, about: tuple[Person, ...]
) -> Paper:
    """The City Clerk of New York's Certificate of Marriage Registration."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (226, 236, 230))
    s.center(0.7, "THE CITY OF NEW YORK", 12, "serif-bold")
    s.center(0.95, "OFFICE OF THE CITY CLERK · MARRIAGE LICENSE BUREAU", 9, "serif")
    s.center(1.4, "CERTIFICATE OF MARRIAGE REGISTRATION", 16, "serif-bold")
    y = s.para(0.9, 2.0, 6.7, "This is to certify that", 11, "serif") + 0.1
    for person in (one, two):
        y = s.text(1.3, y, up(person.name), 13, "mono-bold")
        y = (
            s.text(
                1.3,
                y,
                f"residing in New York, born {long(person.born)} in {person.birthplace}",
                9.5,
                "serif-italic",
            )
            + 0.15
        )
        if person is one:
            y = s.text(0.9, y, "and", 11, "serif") + 0.1
    y = s.para(
        0.9,
        y + 0.1,
        6.7,
        f"were married on {long(married)} in the Borough of "
        "Manhattan, City of New York, as shown by the duly registered license and "
        "certificate of marriage on file in this office.",
        11,
        "serif",
    )
    s.text(
        0.9,
        y + 0.3,
        f"Marriage License Number  M-{married.year}-{rng.randint(10**5, 10**6)}",
        10,
        "mono",
    )
    s.signature(4.4, y + 0.7, "Devora Nakashima-Reyes", 17)
    s.line(4.2, y + 1.2, 7.6, y + 1.2, 0.6)
    s.text(4.2, y + 1.25, "City Clerk of the City of New York", 8.5, "serif")
    return Paper(
        "nyc_marriage",
        [s.image],
        "marriage_certificate",
        tuple(p.name for p in about),
        "us_family",
        "en",
        (married, married),
    )


# ---------------------------------------------------------------- foreign civil records


def guatemala_renap(
    person: Person,
    father: Person,
    mother: Person,
    *,
    municipality: str,
    department: str,
    inscribed: dt.date,
    issued: dt.date,
    cui: str,
    seed: int,
    equity: str = "identity",
) -> Paper:
    """A Guatemalan RENAP birth certificate (certificado de nacimiento): the registrar's
    certification of the inscription, the CUI, the parents."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (220, 232, 244))
    s.center(0.5, "REPÚBLICA DE GUATEMALA, C.A.", 11, "serif-bold")
    s.center(0.75, "REGISTRO NACIONAL DE LAS PERSONAS — RENAP", 11, "serif-bold")
    s.center(1.2, "CERTIFICADO DE NACIMIENTO", 16, "serif-bold")
    s.text(7.8, 1.5, f"No. {rng.randint(10**7, 10**8)}", 9, "mono", align="right")
    y = s.para(
        0.9,
        1.8,
        6.7,
        f"El infrascrito Registrador Civil de las Personas del municipio "
        f"de {municipality}, departamento de {department}, CERTIFICA: que en el Registro "
        "Civil de las Personas se encuentra inscrito el nacimiento con los datos "
        "siguientes:",
        11,
        "serif",
    )
    y += 0.2
    for caption, value in [
        ("Código Único de Identificación (CUI)", cui),
        ("Nombre del inscrito", up(person.name)),
        ("Sexo", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        ("Fecha de nacimiento", spelled(person.born, "es")),
        ("Lugar de nacimiento", f"{municipality}, {department}"),
        ("Nombre de la madre", up(mother.name)),
        ("Nombre del padre", up(father.name)),
        ("Fecha de inscripción", spelled(inscribed, "es")),
    ]:
        s.text(0.9, y, caption + ":", 10.5, "serif-bold")
        s.text(3.9, y, value, 10.5, "serif")
        y += 0.32
    y = s.para(
        0.9,
        y + 0.2,
        6.7,
        "Y para los usos legales que al interesado convengan, se "
        f"extiende, sella y firma la presente en {municipality}, el "
        f"{spelled(issued, 'es')}.",
        11,
        "serif",
    )
    s.signature(3.3, y + 0.3, "Lic. Otto René Sical", 17)
    s.line(2.8, y + 0.8, 5.8, y + 0.8, 0.6)
    s.center(y + 0.85, "Registrador Civil de las Personas", 9, "serif")
    s.seal(6.5, y + 0.6, 0.5, "RENAP * GUATEMALA * ", "SELLO")
    return drawn("guatemala_renap", [s], "birth_certificate", person, equity, "es")


def guatemala_renap_translation(
    person: Person,
    father: Person,
    mother: Person,
    *,
    municipality: str,
    department: str,
    inscribed: dt.date,
    issued: dt.date,
    cui: str,
    translator: dict,
    signed: dt.date,
    equity: str = "identity",
) -> Paper:
    """One page: the English rendering and, below a rule, the translator's statement of
    competency and accuracy."""
    s = Sheet()
    s.text(0.9, 0.55, "TRANSLATED FROM SPANISH", 9, "sans-bold")
    s.center(0.9, "REPUBLIC OF GUATEMALA, C.A.", 11, "serif-bold")
    s.center(1.12, "NATIONAL REGISTRY OF PERSONS — RENAP", 11, "serif-bold")
    s.center(1.45, "BIRTH CERTIFICATE", 14, "serif-bold")
    y = s.para(
        0.9,
        1.8,
        6.7,
        f"The undersigned Civil Registrar of Persons of the municipality "
        f"of {municipality}, department of {department}, CERTIFIES: that the following "
        "birth is inscribed in the Civil Registry of Persons:",
        10.5,
        "serif",
    )
    y += 0.15
    for caption, value in [
        ("Unique Identification Code (CUI)", cui),
        ("Name of the registered person", up(person.name)),
        ("Sex", "FEMALE" if person.sex == "F" else "MALE"),
        ("Date of birth", long(person.born)),
        ("Place of birth", f"{municipality}, {department}"),
        ("Mother's name", up(mother.name)),
        ("Father's name", up(father.name)),
        ("Date of inscription", long(inscribed)),
    ]:
        s.text(0.9, y, caption + ":", 10, "serif-bold")
        s.text(3.9, y, value, 10, "serif")
        y += 0.28
    y = s.para(
        0.9,
        y + 0.1,
        6.7,
        "For the legal purposes that suit the interested party, this "
        f"is issued, sealed and signed in {municipality} on {long(issued)}. [Signature] "
        "Civil Registrar of Persons. [Seal of RENAP]",
        10.5,
        "serif",
    )
    s.line(0.9, y + 0.2, 7.6, y + 0.2, 1.2)
    s.text(0.9, y + 0.35, "TRANSLATOR'S CERTIFICATE OF COMPETENCY AND ACCURACY", 11, "sans-bold")
    y = s.para(
        0.9,
        y + 0.65,
        6.7,
        f"I, {translator['name']}, am competent to translate "
        "Spanish into English. I certify that the translation above of the birth "
        f"certificate of {person.name} is true and accurate to the best of my abilities.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator["name"], 17)
    s.line(0.9, y + 0.55, 4.2, y + 0.55, 0.6)
    s.lines(
        0.9,
        y + 0.6,
        [
            f"{translator['name']}   ·   {translator['phone']}",
            ", ".join(translator["address"]),
            f"Signed {long(signed)}",
        ],
        9.5,
        "serif",
    )
    return drawn("guatemala_renap_translation", [s], "certificate_of_translation", person, equity)


def angola_certidao(
    person: Person,
    father: Person,
    mother: Person,
    *,
    place: str,
    assento: dt.date,
    issued: dt.date,
    seed: int,
    equity: str = "identity",
) -> Paper:
    """An Angolan certidão de nascimento from a civil registry office, in Portuguese."""
    rng = random.Random(seed)
    s = Sheet()
    s.center(0.55, "REPÚBLICA DE ANGOLA", 13, "serif-bold")
    s.center(0.8, "MINISTÉRIO DA JUSTIÇA E DOS DIREITOS HUMANOS", 9, "serif")
    s.center(1.0, f"CONSERVATÓRIA DO REGISTO CIVIL DE {up(place)}", 9, "serif")
    s.center(1.45, "CERTIDÃO DE NASCIMENTO", 16, "serif-bold")
    s.center(1.75, f"Assento n.º {rng.randint(100, 9999)} do ano de {assento.year}", 10, "serif")
    y = 2.2
    for caption, value in [
        ("Nome completo", up(person.name)),
        ("Sexo", "Masculino" if person.sex == "M" else "Feminino"),
        ("Data de nascimento", spelled(person.born, "pt")),
        ("Hora", f"{rng.randint(0, 23)} horas e {rng.randint(0, 59)} minutos"),
        ("Local de nascimento", f"Hospital Américo Boavida, {place}"),
        ("Filho(a) de", f"{father.name} e de {mother.name}"),
        ("Naturalidade dos pais", f"{place}, Angola"),
        ("Avós paternos", "Manuel Quiala e Teresa Domingos"),
        ("Avós maternos", "Francisco Neto e Joana Bento"),
    ]:
        s.text(0.9, y, caption + ":", 10.5, "serif-italic")
        s.text(3.3, y, value, 10.5, "serif")
        y += 0.36
    y = s.para(
        0.9,
        y + 0.3,
        6.7,
        "É certidão de teor que fiz extrair e vai conforme ao "
        f"original, a que me reporto. {place}, aos {spelled(issued, 'pt')}.",
        10.5,
        "serif",
    )
    s.text(4.6, y + 0.4, "O Conservador,", 10.5, "serif-italic")
    s.signature(4.6, y + 0.65, "Adelino Vunge", 17)
    s.stamp(0.9, y + 0.5, ["CONSERVATÓRIA", f"{up(place)}", "REGISTO CIVIL"], 8, (40, 80, 140), 6)
    return drawn("angola_certidao", [s], "birth_certificate", person, equity, "pt")


def angola_translation(
    person: Person,
    father: Person,
    mother: Person,
    *,
    place: str,
    issued: dt.date,
    translator: dict,
    signed: dt.date,
    equity: str = "identity",
) -> Paper:
    s = Sheet()
    s.text(0.9, 0.55, "Translation from Portuguese", 9, "serif-italic")
    s.center(0.9, "REPUBLIC OF ANGOLA — MINISTRY OF JUSTICE AND HUMAN RIGHTS", 10, "serif-bold")
    s.center(1.15, f"CIVIL REGISTRY OFFICE OF {up(place)}", 10, "serif")
    s.center(1.5, "BIRTH CERTIFICATE", 14, "serif-bold")
    y = s.lines(
        0.9,
        2.0,
        [
            f"Full name: {up(person.name)}",
            f"Sex: {'Male' if person.sex == 'M' else 'Female'}",
            f"Date of birth: {long(person.born)}",
            f"Place of birth: Américo Boavida Hospital, {place}",
            f"Child of: {father.name} and {mother.name}",
            "Paternal grandparents: Manuel Quiala and Teresa Domingos",
            "Maternal grandparents: Francisco Neto and Joana Bento",
            "",
            f"This is a full certificate, extracted and true to the original. {place}, "
            f"{long(issued)}. The Registrar, [signature]. [Stamp]",
        ],
        10.5,
        "serif",
    )
    s.line(0.9, y + 0.2, 7.6, y + 0.2, 1.0)
    s.text(0.9, y + 0.35, "CERTIFICATION BY TRANSLATOR", 11, "serif-bold")
    y = s.para(
        0.9,
        y + 0.65,
        6.7,
        f"I, {translator['name']}, certify that I am fluent in "
        "Portuguese and English and competent to translate between them, and that this "
        f"is a complete and accurate translation of the birth certificate of "
        f"{person.name}.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator["name"], 17)
    s.lines(
        0.9,
        y + 0.65,
        [translator["name"], ", ".join(translator["address"]), translator["phone"], us(signed)],
        9.5,
        "serif",
    )
    return drawn("angola_translation", [s], "certificate_of_translation", person, equity)


def haiti_extrait(
    person: Person,
    father: Person,
    mother: Person,
    *,
    commune: str,
    declared: dt.date,
    issued: dt.date,
    seed: int,
    equity: str = "us_family",
) -> Paper:
    """An extract of a Haitian birth record in French: the officer's account of the
    declaration, as the Archives Nationales d'Haïti issue it."""
    rng = random.Random(seed)
    s = Sheet()
    s.center(0.55, "RÉPUBLIQUE D'HAÏTI", 14, "serif-bold")
    s.center(0.82, "ARCHIVES NATIONALES D'HAÏTI", 10, "serif")
    s.center(1.25, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL", 13, "serif-bold")
    s.center(1.55, "ACTE DE NAISSANCE", 12, "serif-bold")
    s.text(
        0.9,
        1.95,
        f"Registre {declared.year}  —  Feuillet {rng.randint(10, 99)}  —  Acte "
        f"n° {rng.randint(100, 999)}",
        10,
        "mono",
    )
    y = s.paras(
        0.9,
        2.35,
        6.7,
        [
            f"L'an {declared.year}, et le {spelled(declared, 'fr')}, par devant nous, Officier de "
            f"l'État Civil de la commune de {commune}, soussigné, a comparu le sieur "
            f"{father.name}, "
            f"demeurant à {commune}, lequel nous a déclaré que l'enfant "
            f"{'de sexe féminin' if person.sex == 'F' else 'de sexe masculin'} nommé(e) "
            f"{up(person.name)} est né(e) en cette commune le {spelled(person.born, 'fr')}, de "
            f"son union avec la dame {mother.name}.",
            "Et ont, le comparant et les témoins, signé avec nous le présent acte, après lecture.",
            f"Pour extrait conforme, délivré à {commune} le {spelled(issued, 'fr')}.",
        ],
        gap=0.2,
        pt=11.5,
        face="serif",
    )
    s.text(4.5, y + 0.3, "L'Officier de l'État Civil", 10.5, "serif-italic")
    s.signature(4.5, y + 0.55, "J. Charlemagne", 18)
    s.seal(1.8, y + 0.9, 0.55, "ÉTAT CIVIL * HAÏTI * ", "SCEAU")
    return drawn("haiti_extrait", [s], "birth_certificate", person, equity, "fr")


def haiti_extrait_translation(
    person: Person,
    father: Person,
    mother: Person,
    *,
    commune: str,
    declared: dt.date,
    issued: dt.date,
    translator: dict,
    signed: dt.date,
    equity: str = "us_family",
) -> Paper:
    s = Sheet()
    s.text(0.9, 0.55, "[Translation from French]", 9, "serif-italic")
    s.center(0.9, "REPUBLIC OF HAITI — NATIONAL ARCHIVES OF HAITI", 11, "serif-bold")
    s.center(1.2, "EXTRACT FROM THE CIVIL REGISTERS — BIRTH RECORD", 12, "serif-bold")
    y = s.paras(
        0.9,
        1.7,
        6.7,
        [
            f"In the year {declared.year}, on {long(declared)}, before us, Civil Registrar of the "
            f"commune of {commune}, appeared Mr. {father.name}, residing in {commune}, who "
            "declared "
            f"that the {'girl' if person.sex == 'F' else 'boy'} named {up(person.name)} was born "
            f"in this commune on {long(person.born)}, of his union with Mrs. {mother.name}.",
            f"True extract, issued in {commune} on {long(issued)}. [Signature] Civil Registrar. "
            "[Seal]",
        ],
        gap=0.15,
        pt=10.5,
        face="serif",
    )
    s.line(0.9, y + 0.2, 7.6, y + 0.2, 1.0)
    s.text(0.9, y + 0.35, "CERTIFICATION", 11, "serif-bold")
    y = s.para(
        0.9,
        y + 0.65,
        6.7,
        f"I, {translator['name']}, certify that I am competent in "
        "French and English and that the above translation of the birth record of "
        f"{person.name} is accurate and complete.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator["name"], 17)
    s.lines(
        0.9,
        y + 0.65,
        [
            translator["name"],
            ", ".join(translator["address"]),
            translator["phone"],
            f"Date: {long(signed)}",
        ],
        9.5,
        "serif",
    )
    return drawn("haiti_extrait_translation", [s], "certificate_of_translation", person, equity)


def haiti_sertifika(
    person: Person,
    father: Person,
    mother: Person,
    *,
    commune: str,
    registered: dt.date,
    issued: dt.date,
    seed: int,
    equity: str = "us_family",
) -> Paper:
    """A Haitian birth certificate in Creole, laid out as captioned fields."""
    rng = random.Random(seed)
    s = Sheet()
    s.security_background(seed, (238, 228, 226))
    s.center(0.6, "REPIBLIK DAYITI", 15, "sans-bold")
    s.center(0.9, f"OFIS ETA SIVIL KOMIN {up(commune)}", 10, "sans")
    s.center(1.35, "SÈTIFIKA NESANS", 17, "sans-bold")
    y = 2.0
    for caption, value in [
        ("Non", person.given),
        ("Siyati", up(person.surname)),
        ("Sèks", "Fi" if person.sex == "F" else "Gason"),
        ("Dat li fèt", spelled(person.born, "ht")),
        ("Kote li fèt", f"{commune}, Dayiti"),
        ("Non papa", father.name),
        ("Non manman", mother.name),
        ("Dat anrejistreman", day_month_year(registered)),
        ("Nimewo rejis", f"{registered.year}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"),
    ]:
        s.text(1.0, y, caption + ":", 11, "sans-bold")
        s.text(3.2, y, value, 11.5, "mono-bold")
        y += 0.42
    y = s.para(
        1.0,
        y + 0.3,
        6.5,
        "Nou sètifye enfòmasyon sa yo konfòm ak sa ki ekri nan rejis "
        "nesans lan. Sètifika sa a bay pou sèvi kote li nesesè.",
        11,
        "sans",
    )
    s.text(1.0, y + 0.25, f"{commune}, {spelled(issued, 'ht')}", 11, "sans")
    s.text(4.6, y + 0.7, "Ofisye Eta Sivil", 10.5, "sans")
    s.signature(4.6, y + 0.95, "M. Estimé", 18)
    s.stamp(1.0, y + 0.9, ["ETA SIVIL", up(commune)], 9, (120, 40, 40), -4)
    return drawn("haiti_sertifika", [s], "birth_certificate", person, equity, "ht")


# ---------------------------------------------------------------- passports and cards

_PASSPORTS = {
    "MEX": (
        "ESTADOS UNIDOS MEXICANOS",
        "PASAPORTE · PASSPORT · PASSEPORT",
        "MEXICANA",
        "SECRETARÍA DE RELACIONES EXTERIORES",
        ((232, 222, 214), (242, 238, 226)),
        ("es", "en", "fr"),
        {
            "surname": "Apellidos / Surname / Nom",
            "given": "Nombres / Given names / Prénoms",
            "nationality": "Nacionalidad / Nationality / Nationalité",
            "born": "Fecha de nacimiento / Date of birth / Date de naissance",
            "sex": "Sexo / Sex / Sexe",
            "place": "Lugar de nacimiento / Place of birth",
            "issued": "Fecha de expedición / Date of issue",
            "expiry": "Fecha de caducidad / Date of expiry",
            "number": "Pasaporte No. / Passport No.",
        },
    ),
    "SLV": (
        "REPÚBLICA DE EL SALVADOR",
        "PASAPORTE / PASSPORT",
        "SALVADOREÑA",
        "DIRECCIÓN GENERAL DE MIGRACIÓN Y EXTRANJERÍA",
        ((214, 226, 236), (236, 242, 246)),
        ("es", "en"),
        {
            "surname": "Apellidos / Surnames",
            "given": "Nombres / Given names",
            "nationality": "Nacionalidad / Nationality",
            "born": "Fecha de nac. / Date of birth",
            "sex": "Sexo / Sex",
            "place": "Lugar de nac. / Place of birth",
            "issued": "Fecha de emisión / Issued",
            "expiry": "Válido hasta / Valid until",
            "number": "No. Pasaporte / Passport No.",
        },
    ),
    "HND": (
        "REPÚBLICA DE HONDURAS",
        "PASAPORTE · PASSPORT",
        "HONDUREÑA",
        "INSTITUTO NACIONAL DE MIGRACIÓN",
        ((222, 232, 244), (240, 244, 250)),
        ("es", "en"),
        {
            "surname": "Apellidos / Surname",
            "given": "Nombres / Given Names",
            "nationality": "Nacionalidad / Nationality",
            "born": "Fecha de Nacimiento / Date of Birth",
            "sex": "Sexo / Sex",
            "place": "Lugar de Nacimiento / Place of Birth",
            "issued": "Fecha de Emisión / Date of Issue",
            "expiry": "Fecha de Vencimiento / Date of Expiry",
            "number": "Pasaporte N° / Passport N°",
        },
    ),
    "SEN": (
        "RÉPUBLIQUE DU SÉNÉGAL",
        "PASSEPORT · PASSPORT",
        "SÉNÉGALAISE",
        "DIRECTION DE LA POLICE DE L'AIR ET DES FRONTIÈRES",
        ((230, 240, 228), (246, 244, 232)),
        ("fr", "en"),
        {
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nationality": "Nationalité / Nationality",
            "born": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "place": "Lieu de naissance / Place of birth",
            "issued": "Date de délivrance / Date of issue",
            "expiry": "Date d'expiration / Date of expiry",
            "number": "N° du passeport / Passport No.",
        },
    ),
    "USA": (
        "UNITED STATES OF AMERICA",
        "PASSPORT",
        "UNITED STATES OF AMERICA",
        "United States Department of State",
        ((230, 232, 240), (244, 238, 232)),
        "en",
        {
            "surname": "Surname",
            "given": "Given Names",
            "nationality": "Nationality",
            "born": "Date of birth",
            "sex": "Sex",
            "place": "Place of birth",
            "issued": "Date of issue",
            "expiry": "Date of expiration",
            "number": "Passport No.",
        },
    ),
}


def passport_page(
    code: str,
    person: Person,
    *,
    number: str,
    issued: dt.date,
    expiry: dt.date,
    equity: str,
    seed: int,
) -> Paper:
    """A passport data page laid out in two columns of captions under the holder's photo
    band, with its TD3 zone."""
    country, title, nationality, authority, colours, language, labels = _PASSPORTS[code]
    s = card_sheet(125, 88)
    tinted(s, *colours)
    s.security_background(seed + 7, tuple(max(0, c - 12) for c in colours[1]))
    s.text(0.15, 0.1, f"{country}   ·   {title}", 8, "sans-bold")
    s.text(4.75, 0.3, f"{labels['number']}  {number}", 7, "sans-bold", align="right")
    portrait(s, 3.55, 0.55, 1.2, 1.55, seed)
    rows = [
        ("surname", up(person.surname)),
        ("given", up(person.given)),
        ("nationality", nationality),
        ("born", card(person.born, language[0])),
        ("sex", person.sex),
        ("place", up(person.birthplace)),
        ("issued", card(issued, language[0])),
        ("expiry", card(expiry, language[0])),
    ]
    y = 0.5
    for key, value in rows:
        s.text(0.2, y, labels[key], 4.6, "sans", fill=(80, 70, 70))
        s.text(0.2, y + 0.07, value, 7.5, "sans-bold")
        y += 0.26
    s.text(
        0.2,
        y,
        f"Autoridad / Authority: {authority}" if code != "USA" else f"Authority: {authority}",
        5,
        "sans",
    )
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
    )
    s.rect(0, 2.72, s.width, 0.75, outline=None, fill=(246, 246, 242))
    mrz_lines(s, 2.82, zone)
    return drawn(
        f"passport_page_{code.lower()}",
        [s],
        "passport",
        person,
        equity,
        language,
        mrz_zone=zone,
        is_card=True,
    )


def resident_card(
    person: Person,
    *,
    a_number: str,
    card_number: str,
    category: str,
    country: str,
    country_code: str,
    since: dt.date,
    expiry: dt.date,
    equity: str,
    seed: int,
) -> Paper:
    """A permanent resident card of the 2017 design: captions in a single column to the right
    of a large photo, the zone on the back."""
    digits = a_number.replace("-", "").replace("A", "").zfill(9)
    front = card_sheet()
    tinted(front, (226, 236, 226), (214, 226, 234))
    front.text(0.12, 0.05, "UNITED STATES OF AMERICA", 6.5, "sans-bold")
    front.text(0.12, 0.17, "PERMANENT RESIDENT", 10, "sans-bold", fill=(40, 70, 60))
    portrait(front, 0.12, 0.4, 1.05, 1.4, seed)
    y = 0.38
    for label, value in [
        ("SURNAME", up(person.surname)),
        ("GIVEN NAME", up(person.given)),
        ("USCIS #", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"),
        ("CATEGORY", category),
        ("COUNTRY OF BIRTH", up(country)),
        ("DATE OF BIRTH    SEX", f"{card(person.born)}    {person.sex}"),
        ("CARD EXPIRES", card(expiry)),
        ("RESIDENT SINCE", card(since)),
    ]:
        front.text(1.3, y, label, 4.5, "sans", fill=(60, 70, 70))
        front.text(1.3, y + 0.065, value, 6.4, "sans-bold")
        y += 0.2
    back = card_sheet()
    tinted(back, (220, 232, 224), (232, 236, 228))
    back.text(0.12, 0.12, f"{card_number[:3]}  {card_number[3:]}", 8, "mono-bold")
    zone = mrz.td1(
        kind="C1",
        country="USA",
        number=card_number,
        surname=person.surname,
        given=person.given,
        nationality=country_code,
        birth=person.born,
        sex=person.sex,
        expiry=expiry,
    )
    back.rect(0, 1.45, back.width, 0.68, outline=None, fill=(242, 244, 240))
    mrz_lines(back, 1.5, zone, pt=11)
    return Paper(
        "resident_card_2017",
        [front.image, back.image],
        "permanent_resident_card",
        person.name,
        equity,
        "en",
        None,
        zone,
        True,
    )


# ---------------------------------------------------------------- taxes and pay


def tax_return_transcript(
    person: Person,
    year: int,
    *,
    ssn_last4: str,
    street: str,
    spouse: Person | None,
    wages: float,
    agi: float,
    tax: float,
    requested: dt.date,
    seed: int,
) -> Paper:
    """An IRS Tax Return Transcript: the lines of Form 1040 as filed, the filers' names cut
    to four letters of first and last name."""
    rng = random.Random(seed)
    names = person.irs + (f" & {spouse.irs.split()[0]}" if spouse else "")
    status = "Married Filing Joint" if spouse else "Head of Household"
    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "",
        "                          Tax Return Transcript",
        "",
        f"Request Date:                 {dashed(requested)}",
        f"Response Date:                {dashed(requested)}",
        f"Tracking Number:              {rng.randint(10**11, 10**12 - 1)}",
        f"SSN Provided:                 XXX-XX-{ssn_last4}",
        f"Tax Period Ending:            Dec. 31, {year}",
        "",
        "The following items reflect the amount as shown on the return (PR), and the amount",
        "as adjusted (PC), if applicable. They do not show subsequent activity on the account.",
        "",
        f"SSN:                          XXX-XX-{ssn_last4}",
        f"NAME(S) SHOWN ON RETURN:      {names}",
        f"ADDRESS:                      {up(street)[:6]}",
        "",
        f"FILING STATUS:                {status}",
        "FORM NUMBER:                  1040",
        f"CYCLE POSTED:                 {year + 1}{rng.randint(10, 20)}05",
        f"RECEIVED DATE:                {abbreviated(D(year + 1, 3, rng.randint(1, 28)))}",
        "",
        "Income",
        f"WAGES, SALARIES, TIPS, ETC:...............................${wages:,.2f}",
        "TAXABLE INTEREST INCOME:..................................$0.00",
        "ORDINARY DIVIDEND INCOME:.................................$0.00",
        "BUSINESS INCOME OR LOSS (Schedule C):.....................$0.00",
        f"TOTAL INCOME:..............................................${wages:,.2f}",
        "",
        "Adjustments to Income",
        f"ADJUSTED GROSS INCOME:.....................................${agi:,.2f}",
        "",
        "Tax and Credits",
        f"TAXABLE INCOME:............................................${max(0, agi - 21900):,.2f}",
        f"TOTAL TAX LIABILITY TP FIGURES:............................${tax:,.2f}",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return drawn(
        "irs_tax_return_transcript",
        [monospace_page(lines, 9.5, 0.7)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def wage_income_with_1099(
    person: Person,
    year: int,
    *,
    ssn_last4: str,
    street: str,
    employer: str,
    wages: float,
    payer: str,
    nec: float,
    requested: dt.date,
    seed: int,
) -> Paper:
    """An IRS Wage and Income Transcript listing a W-2 and a 1099-NEC for the year."""
    rng = random.Random(seed)

    def masked(name: str) -> str:
        return " ".join(w[:4] for w in up(name).split()[:2])

    lines = [
        "This Product Contains Sensitive Taxpayer Data",
        "                       Wage and Income Transcript",
        f"Request Date: {dashed(requested)}          Response Date: {dashed(requested)}",
        f"Tracking Number: {rng.randint(10**11, 10**12 - 1)}",
        f"SSN Provided: XXX-XX-{ssn_last4}",
        f"Tax Period Requested: December, {year}",
        "",
        "Form W-2 Wage and Tax Statement",
        f"Employer: EIN XXXXX{rng.randint(1000, 9999)}  {masked(employer)}",
        f"Employee: XXX-XX-{ssn_last4}  {person.irs}  {up(street)[:6]}",
        f"Wages, Tips and Other Compensation:           ${wages:,.2f}",
        f"Federal Income Tax Withheld:                  ${wages * 0.04:,.2f}",
        f"Social Security Wages:                        ${wages:,.2f}",
        f"Medicare Wages and Tips:                      ${wages:,.2f}",
        "",
        "Form 1099-NEC Nonemployee Compensation",
        f"Payer: EIN XXXXX{rng.randint(1000, 9999)}  {masked(payer)}",
        f"Recipient: XXX-XX-{ssn_last4}  {person.irs}  {up(street)[:6]}",
        "Submission Type:                              Original document",
        f"Nonemployee compensation:                     ${nec:,.2f}",
        "Federal income tax withheld:                  $0.00",
        "Second Notice Indicator:                      No Second Notice",
        "",
        "This Product Contains Sensitive Taxpayer Data",
    ]
    return drawn(
        "irs_wage_income_1099",
        [monospace_page(lines, 10, 0.8)],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def w2_four_up(
    person: Person,
    year: int,
    *,
    employer: str,
    employer_address: tuple[str, str],
    ein: str,
    ssn_last4: str,
    street: str,
    city: str,
    wages: float,
    withheld: float,
    state: str,
    seed: int,
) -> Paper:
    """A payroll service's W-2 sheet: four copies (B, C, 2, 2) in the quarters of a letter
    page, each a compact grid of the numbered boxes."""
    rng = random.Random(seed)
    s = Sheet()
    copies = [
        "Copy B To Be Filed with Employee's FEDERAL Tax Return",
        "Copy C For EMPLOYEE'S RECORDS",
        "Copy 2 To Be Filed with Employee's State, City, or Local Income Tax Return",
        "Copy 2 To Be Filed with Employee's State, City, or Local Income Tax Return",
    ]
    lv = {"label_pt": 4.5, "value_pt": 7}
    for i, copy in enumerate(copies):
        x, y = 0.35 + (i % 2) * 3.95, 0.4 + (i // 2) * 5.3
        w = 3.75
        y = s.grid(
            x,
            y,
            w,
            [
                (
                    0.36,
                    [
                        (1, "a Employee's soc. sec. no.", f"XXX-XX-{ssn_last4}"),
                        (1, "1 Wages, tips, other comp.", f"{wages:,.2f}"),
                    ],
                ),
                (
                    0.36,
                    [
                        (1, "b Employer ID number (EIN)", ein),
                        (1, "2 Federal income tax withheld", f"{withheld:,.2f}"),
                    ],
                ),
                (
                    0.36,
                    [
                        (1, "3 Social security wages", f"{wages:,.2f}"),
                        (1, "4 Social security tax withheld", f"{wages * 0.062:,.2f}"),
                    ],
                ),
                (
                    0.36,
                    [
                        (1, "5 Medicare wages and tips", f"{wages:,.2f}"),
                        (1, "6 Medicare tax withheld", f"{wages * 0.0145:,.2f}"),
                    ],
                ),
                (
                    0.7,
                    [
                        (
                            1,
                            "c Employer's name, address, and ZIP code",
                            f"{up(employer)}\n{up(employer_address[0])}\n{up(employer_address[1])}",
                        )
                    ],
                ),
                (
                    0.36,
                    [
                        (1, "d Control number", f"{rng.randint(100000, 999999)}"),
                        (1, "12a Code See instructions", "DD  " + f"{rng.randint(2000, 9000)}.00"),
                    ],
                ),
                (
                    0.7,
                    [
                        (
                            1,
                            "e/f Employee's name, address, and ZIP code",
                            f"{up(person.name)}\n{up(street)}\n{up(city)}",
                        )
                    ],
                ),
                (
                    0.36,
                    [
                        (0.5, "15 State", state),
                        (1, "16 State wages, tips, etc.", f"{wages:,.2f}"),
                        (1, "17 State income tax", f"{wages * 0.02:,.2f}"),
                    ],
                ),
            ],
            **lv,
        )
        s.text(x, y + 0.05, f"W-2  Wage and Tax Statement  {year}", 8, "sans-bold")
        s.text(x, y + 0.22, "OMB No. 1545-0008   Dept. of the Treasury — IRS", 5.5)
        s.para(x, y + 0.34, w, copy, 5.5, "sans")
    s.line(4.25, 0.3, 4.25, 10.7, 0.4, GREY)
    s.line(0.2, 5.5, 8.3, 5.5, 0.4, GREY)
    return drawn(
        "w2_four_up",
        [s],
        "tax_record",
        person,
        "employment_and_taxes",
        proves=(D(year, 1, 1), D(year, 12, 31)),
    )


def earnings_statement(
    person: Person,
    *,
    company: str,
    company_address: str,
    street: str,
    city: str,
    period: tuple[dt.date, dt.date],
    check_date: dt.date,
    rate: float,
    hours: float,
    ytd: float,
    seed: int,
) -> Paper:
    """A classic earnings statement: company code block, earnings and statutory deductions
    with this period and year to date, the net pay and the voided check at the foot."""
    rng = random.Random(seed)
    s = Sheet()
    gross = rate * hours
    taxes = [
        ("Federal Income Tax", 0.07),
        ("Social Security Tax", 0.062),
        ("Medicare Tax", 0.0145),
        ("State Income Tax", 0.03),
    ]
    net = gross * (1 - sum(t for _, t in taxes))
    s.lines(
        0.6,
        0.5,
        [
            "CO.  FILE  DEPT.  CLOCK  NUMBER",
            f"{rng.choice(['K7Y', 'R2F', 'ZQ4'])}  "
            f"{rng.randint(100000, 999999)}  {rng.randint(100, 999)}  "
            f"{rng.randint(1000, 9999)}  {rng.randint(10**6, 10**7)}  1",
        ],
        7.5,
        "mono",
    )
    s.lines(0.6, 0.9, [company, company_address], 8.5, "sans")
    s.text(7.9, 0.5, "Earnings Statement", 14, "sans-bold", align="right")
    s.lines(
        5.3,
        0.85,
        [
            f"Period Beginning:  {us(period[0])}",
            f"Period Ending:     {us(period[1])}",
            f"Pay Date:          {us(check_date)}",
        ],
        8.5,
        "mono",
    )
    s.lines(4.4, 1.6, [up(person.name), up(street), up(city)], 10, "sans-bold")
    s.text(0.6, 1.6, "Filing Status: Single/Married filing separately", 7.5)
    s.text(0.6, 1.75, "Exemptions/Allowances: Federal: Standard", 7.5)
    y = s.table(
        0.6,
        2.5,
        [1.6, 0.7, 0.7, 1.1, 1.2],
        [
            ["Earnings", "rate", "hours", "this period", "year to date"],
            ["Regular", f"{rate:.4f}", f"{hours:.2f}", f"{gross:,.2f}", f"{ytd:,.2f}"],
            ["Gross Pay", "", "", f"${gross:,.2f}", f"{ytd:,.2f}"],
        ],
        pt=8,
        rules="header",
        header_fill=None,
        align=["left", "right", "right", "right", "right"],
    )
    rows = [["Statutory Deductions", "", "", "this period", "year to date"]]
    for name, share in taxes:
        rows.append([name, "", "", f"-{gross * share:,.2f}", f"{ytd * share:,.2f}"])
    y = s.table(
        0.6,
        y + 0.2,
        [1.6, 0.7, 0.7, 1.1, 1.2],
        rows,
        pt=8,
        rules="header",
        header_fill=None,
        align=["left", "right", "right", "right", "right"],
    )
    s.text(0.6, y + 0.2, f"Net Pay   ${net:,.2f}", 10, "sans-bold")
    s.lines(
        6.1,
        2.5,
        [
            "Other Benefits and",
            "Information",
            f"Totl Hrs Worked {hours:.2f}",
            f"Vacation Bal {rng.randint(8, 60)}.00",
            "",
            "Important Notes",
            "YOUR COMPANY'S PHONE",
            f"NUMBER IS 713-555-01{rng.randint(10, 99)}",
        ],
        7.5,
        "sans",
    )
    s.line(0.4, 7.2, 8.1, 7.2, 0.6, GREY)
    s.text(0.6, 7.35, company, 9, "sans-bold")
    s.text(7.9, 7.35, f"Advice number: {rng.randint(10**5, 10**6)}", 8, "mono", align="right")
    s.text(7.9, 7.55, f"Pay date: {us(check_date)}", 8, "mono", align="right")
    s.text(0.6, 8.0, f"Deposited to the account of {up(person.name)}", 9, "mono")
    s.text(0.6, 8.25, f"Checking  xxxx{rng.randint(1000, 9999)}  ${net:,.2f}", 9, "mono")
    s.text(4.25, 9.1, "NON-NEGOTIABLE", 14, "sans-bold", align="center", fill=GREY)
    return drawn(
        "earnings_statement", [s], "pay_record", person, "employment_and_taxes", proves=period
    )


# ---------------------------------------------------------------- home and school


def lease_agreement(
    tenant: Person,
    household: list[Person],
    *,
    landlord: str,
    address: str,
    start: dt.date,
    end: dt.date,
    rent: int,
    signed: dt.date,
    seed: int,
) -> Paper:
    """A three-page lease agreement written as headed sections, the household listed, the
    landlord's and tenant's signatures at the end."""
    rng = random.Random(seed)
    pages = []
    sections = [
        (
            "THE PARTIES",
            f"This Lease Agreement is made on {long(signed)} between {landlord} "
            f'(the "Landlord") and {tenant.name} (the "Tenant").',
        ),
        (
            "THE PROPERTY",
            f"The Landlord agrees to rent to the Tenant the residence at {address} "
            '(the "Property"), unfurnished, with one assigned parking space.',
        ),
        (
            "LEASE TERM",
            f"The lease begins on {us(start)} and ends on {us(end)}. The Tenant may "
            "renew for another year by written notice thirty days before the end date.",
        ),
        (
            "RENT",
            f"The monthly rent is ${rent:,}.00, due on the first day of each month. "
            "Payments are made to the Landlord by check or electronic transfer.",
        ),
        (
            "SECURITY DEPOSIT",
            f"The Tenant has paid a security deposit of ${rent:,}.00, to be "
            "returned within thirty days after the Tenant moves out, less any lawful deductions.",
        ),
        (
            "OCCUPANTS",
            "The Property will be occupied only by the Tenant and: "
            + ", ".join(p.name for p in household)
            + ".",
        ),
        (
            "UTILITIES",
            "The Tenant pays electricity, gas, internet and cable. The Landlord pays "
            "water, sewer and garbage.",
        ),
        (
            "REPAIRS",
            "The Tenant will report any needed repair promptly. The Landlord will make "
            "repairs necessary to keep the Property safe and habitable.",
        ),
        (
            "ALTERATIONS",
            "The Tenant will not paint, remodel or change the locks without the "
            "Landlord's written permission.",
        ),
        (
            "NOISE AND CONDUCT",
            "The Tenant will respect the quiet enjoyment of the neighbors and "
            "follow the community rules attached to this Lease.",
        ),
        (
            "DEFAULT",
            "If the Tenant fails to pay rent or breaks a term of this Lease, the "
            "Landlord may end the Lease as permitted by state law.",
        ),
        (
            "GOVERNING LAW",
            "This Lease is governed by the laws of the State in which the Property is located.",
        ),
    ]
    chunks = [sections[:5], sections[5:10], sections[10:]]
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        y = 0.7
        if n == 1:
            y = s.center(0.7, "LEASE AGREEMENT", 17, "sans-bold") + 0.3
        for i, (head, body) in enumerate(chunk):
            number = sum(len(c) for c in chunks[: n - 1]) + i + 1
            y = s.text(0.9, y, f"{number}. {head}", 11, "sans-bold") + 0.05
            y = s.para(0.9, y, 6.7, body, 11, "sans") + 0.2
        if n == 3:
            y += 0.4
            for who, name in (("Landlord", landlord), ("Tenant", tenant.name)):
                s.signature(1.1, y, name, 17)
                s.line(0.9, y + 0.5, 4.5, y + 0.5, 0.6)
                s.text(0.9, y + 0.55, f"{who}: {name}", 9.5, "sans")
                s.text(5.0, y + 0.3, f"Date: {us(signed)}", 10, "sans")
                y += 1.1
        s.text(7.6, 10.4, f"Page {n} of 3", 8, "sans", align="right")
        s.text(0.9, 10.4, f"Lease #{rng.randint(1000, 9999)}", 8, "sans")
        pages.append(s)
    return drawn(
        "lease_agreement_sections",
        pages,
        "residence_record",
        tenant,
        "length_of_residence",
        proves=(start, end),
    )


def district_report_card(
    child: Person, *, district: str, campus: str, grade: int, year: int, seed: int
) -> Paper:
    """A district report card with numeric averages for six grading periods and the
    semester exams."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.5, up(district), 11, "serif-bold")
    s.text(0.6, 0.72, f"{campus}  —  REPORT CARD  {year}-{year + 1}", 10, "serif")
    s.lines(
        0.6,
        1.1,
        [
            f"Student: {up(child.surname)}, {up(child.given)}",
            f"Grade: {grade:02d}    Student ID: {rng.randint(10**5, 10**6)}",
            f"Date of birth: {us(child.born)}",
        ],
        9.5,
        "serif",
    )
    rows = [["Course", "1", "2", "3", "Ex", "S1", "4", "5", "6", "Ex", "S2"]]
    for course in [
        "Reading",
        "Language Arts",
        "Mathematics",
        "Science",
        "Social Studies",
        "Art",
        "Music",
        "Physical Ed.",
    ]:
        marks = [rng.randint(78, 99) for _ in range(6)]
        rows.append(
            [
                course,
                *map(str, marks[:3]),
                str(rng.randint(75, 98)),
                str(sum(marks[:3]) // 3),
                *map(str, marks[3:]),
                str(rng.randint(75, 98)),
                str(sum(marks[3:]) // 3),
            ]
        )
    y = s.table(0.6, 2.0, [2.0] + [0.5] * 10, rows, pt=8.5, face="serif", header_face="serif-bold")
    s.text(
        0.6,
        y + 0.3,
        "Absences by period:  " + "  ".join(str(rng.randint(0, 2)) for _ in range(6)),
        9,
        "serif",
    )
    s.text(0.6, y + 0.55, "Promoted to grade " + str(grade + 1) + ".", 9, "serif")
    s.text(0.6, y + 0.9, "Parent signature: ______________________", 9, "serif")
    return drawn(
        "district_report_card",
        [s],
        "school_record",
        child,
        "education",
        proves=(D(year, 8, 20), D(year + 1, 5, 30)),
    )


def enrollment_verification(
    student: Person,
    *,
    school: str,
    school_lines: list[str],
    registrar: str,
    grade: int,
    since: dt.date,
    dated: dt.date,
) -> Paper:
    """A school registrar's letter verifying a student's enrollment."""
    s = write_letter(
        (school, school_lines, (120, 60, 20), "house"),
        long(dated),
        [],
        "Re: Verification of Enrollment",
        "To Whom It May Concern:",
        [
            f"This letter verifies that {student.name}, date of birth "
            f"{us(student.born)}, is currently enrolled at {school} in grade "
            f"{grade}, and has attended our school continuously since "
            f"{long(since)}.",
            f"{student.first} attends regularly and is in good standing.",
        ],
        "Respectfully,",
        registrar,
        ["Registrar", school],
    )
    return drawn(
        "enrollment_verification", [s], "school_record", student, "education", proves=(since, dated)
    )


# ---------------------------------------------------------------- letters


def medical_necessity_letter(
    patient: Person,
    caregiver: Person,
    *,
    practice: str,
    practice_lines: list[str],
    physician: str,
    title: list[str],
    condition: str,
    dated: dt.date,
    equity: str = "caretaker",
) -> Paper:
    """A pediatric practice's letter of medical necessity about a child in its care."""
    s = write_letter(
        (practice, practice_lines, (40, 90, 150), "cross"),
        long(dated),
        ["U.S. Department of Homeland Security"],
        f"Letter of Medical Necessity — Patient: {patient.name} (DOB {us(patient.born)})",
        "Dear Officer:",
        [
            f"{patient.first} has been my patient since infancy. {patient.he.capitalize()} "
            f"has {condition}. {patient.he.capitalize()} uses a wheelchair, needs "
            "help with feeding and dressing, and takes anti-seizure medication twice "
            "a day.",
            f"{patient.first} attends physical therapy three times a week and sees a "
            "neurologist and an orthopedic surgeon regularly. These appointments are "
            f"coordinated by {patient.his} mother, {caregiver.name}, who is trained in "
            f"{patient.his} care and is {patient.his} only full-time caregiver.",
            f"It is medically necessary for {patient.first} to keep the continuity of "
            f"care {patient.he} receives here, and to keep the caregiver who knows "
            f"{patient.his} needs. Please contact me with any questions.",
        ],
        "Sincerely,",
        physician,
        title,
    )
    return drawn(
        "medical_necessity_letter", [s], "medical_record", patient, equity, proves=(dated, dated)
    )


def va_service_letter(
    veteran: Person,
    *,
    center: str,
    center_lines: list[str],
    branch: str,
    entered: dt.date,
    discharged: dt.date,
    dated: dt.date,
    equity: str = "military_service",
) -> Paper:
    """A VA medical center's letter verifying a veteran's service and enrollment in VA care."""
    s = write_letter(
        (f"Department of Veterans Affairs — {center}", center_lines, (20, 50, 100), "shield"),
        long(dated),
        [],
        f"Re: Veteran {veteran.name}",
        "To Whom It May Concern:",
        [
            f"This letter verifies that {veteran.name} served on active duty in "
            f"the {branch} from {long(entered)} to {long(discharged)} and was "
            "honorably discharged.",
            f"{veteran.he.capitalize()} is enrolled in VA health care at this "
            "medical center and is rated service-connected by the Veterans Benefits "
            "Administration.",
            "This verification is provided at the veteran's request.",
        ],
        "Sincerely,",
        "Eileen Moretti-Banks",
        ["Eligibility Supervisor", "Health Administration Service"],
    )
    return drawn(
        "va_service_letter", [s], "military_record", veteran, equity, proves=(dated, dated)
    )


def support_letter(
    about: Person,
    *,
    org: str,
    org_lines: list[str],
    colour,
    mark: str,
    signer: str,
    title: list[str],
    body: list[str],
    dated: dt.date,
    label: str,
) -> Paper:
    s = write_letter(
        (org, org_lines, colour, mark),
        long(dated),
        [],
        None,
        "Dear Immigration Officer:",
        body,
        "With gratitude,",
        signer,
        title,
        align="center",
    )
    return drawn(label, [s], "letter_of_support", about, "community_ties", proves=(dated, dated))


def carta(
    about: Person,
    *,
    writer: str,
    lines: list[str],
    place: str,
    dated: dt.date,
    body: list[str],
    language: str = "es",
) -> Paper:
    """A personal letter in Spanish on plain paper, typed and signed."""
    s = Sheet()
    y = s.text(0.9, 0.9, f"{place}, a {spelled(dated, 'es')}", 11.5, "serif") + 0.3
    y = s.text(0.9, y, "A las autoridades de inmigración:", 11.5, "serif") + 0.15
    y = s.paras(0.9, y, 6.7, body, gap=0.15, pt=11.5, face="serif")
    y = s.text(0.9, y + 0.1, "Sin más por el momento, quedo a sus órdenes.", 11.5, "serif")
    s.signature(1.0, y + 0.1, writer, 20)
    s.lines(0.9, y + 0.65, [writer, *lines], 10.5, "serif")
    return drawn(
        "carta_apoyo",
        [s],
        "letter_of_support",
        about,
        "community_ties",
        language,
        proves=(dated, dated),
    )


def carta_translation(
    about: Person,
    *,
    writer: str,
    lines: list[str],
    place: str,
    dated: dt.date,
    body: list[str],
    translator: dict,
    signed: dt.date,
) -> Paper:
    s = Sheet()
    s.text(0.9, 0.6, "ENGLISH TRANSLATION", 9, "sans-bold")
    y = s.text(0.9, 0.95, f"{place}, {long(dated)}", 11, "serif") + 0.25
    y = s.text(0.9, y, "To the immigration authorities:", 11, "serif") + 0.15
    y = s.paras(0.9, y, 6.7, body, gap=0.12, pt=11, face="serif")
    y = s.text(0.9, y + 0.05, "Without further ado, I remain at your service.", 11, "serif")
    y = s.lines(0.9, y + 0.1, [f"[signed] {writer}", *lines], 10.5, "serif")
    s.line(0.9, y + 0.15, 7.6, y + 0.15, 1.0)
    y = s.para(
        0.9,
        y + 0.35,
        6.7,
        f"TRANSLATOR'S CERTIFICATION. I, {translator['name']}, "
        "certify that I am competent to translate from Spanish into English and that "
        f"the above is a true and accurate translation of the letter of {writer}.",
        10.5,
        "serif",
    )
    s.signature(1.0, y + 0.1, translator["name"], 17)
    s.lines(
        0.9,
        y + 0.6,
        [translator["name"], ", ".join(translator["address"]), translator["phone"], long(signed)],
        9.5,
        "serif",
    )
    return drawn(
        "carta_apoyo_translation",
        [s],
        "certificate_of_translation",
        about,
        "community_ties",
        proves=(dated, dated),
    )


def employer_letter(
    employee: Person,
    *,
    company: str,
    lines: list[str],
    signer: str,
    since: dt.date,
    job: str,
    dated: dt.date,
) -> Paper:
    s = write_letter(
        (company, lines, (90, 60, 30), "house"),
        long(dated),
        [],
        None,
        "To whom it may concern,",
        [
            f"{employee.name} has worked for {company} as a {job} since "
            f"{long(since)}. {employee.he.capitalize()} is a full-time employee in "
            "good standing.",
            f"{employee.first} is punctual, careful and trusted by our customers. "
            "We depend on people like her and hope to keep her on our team.",
        ],
        "Regards,",
        signer,
        ["Owner", company],
    )
    return drawn(
        "employer_letter",
        [s],
        "employment_letter",
        employee,
        "employment_and_taxes",
        proves=(since, dated),
    )


# ---------------------------------------------------------------- military, police, courts


def dd214_1988(
    veteran: Person,
    *,
    branch: str,
    rank: str,
    entered: dt.date,
    separated: dt.date,
    specialty: str,
    character: str,
    seed: int,
    equity: str = "military_service",
) -> Paper:
    """DD Form 214 in its November 1988 edition: dates as YYMMDD, fewer and wider boxes."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.5, 0.35, "CAUTION: NOT TO BE USED FOR", 6.5, "sans-bold")
    s.text(0.5, 0.47, "IDENTIFICATION PURPOSES", 6.5, "sans-bold")
    s.center(0.45, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 11, "sans-bold")
    s.text(8.0, 0.35, "THIS IS AN IMPORTANT RECORD.", 6.5, "sans-bold", align="right")
    s.text(8.0, 0.47, "SAFEGUARD IT.", 6.5, "sans-bold", align="right")

    def yymmdd(d: dt.date) -> str:
        return d.strftime("%y %m %d")

    lv = {"label_pt": 5.2, "value_pt": 8}
    y = s.grid(
        0.5,
        0.7,
        7.5,
        [
            (
                0.4,
                [
                    (3, "1. NAME (Last, First, Middle)", up(f"{veteran.surname}, {veteran.given}")),
                    (2.5, "2. DEPARTMENT, COMPONENT AND BRANCH", up(branch)),
                    (2, "3. SOCIAL SECURITY NUMBER", f"XXX XX {rng.randint(1000, 9999)}"),
                ],
            ),
            (
                0.4,
                [
                    (2.5, "4a. GRADE, RATE OR RANK", up(rank)),
                    (1.5, "b. PAY GRADE", "E04"),
                    (1.8, "5. DATE OF BIRTH (YYMMDD)", yymmdd(veteran.born)),
                    (
                        1.7,
                        "6. RESERVE OBLIG. TERM. DATE",
                        yymmdd(entered.replace(year=entered.year + 8)),
                    ),
                ],
            ),
            (
                0.4,
                [
                    (3.75, "7a. PLACE OF ENTRY INTO ACTIVE DUTY", "LOS ANGELES, CA"),
                    (3.75, "b. HOME OF RECORD AT TIME OF ENTRY", "LOS ANGELES, CA"),
                ],
            ),
            (
                0.4,
                [
                    (3.75, "8a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND", "HQ BN 1ST MARDIV FMF"),
                    (3.75, "b. STATION WHERE SEPARATED", "MCB CAMP PENDLETON, CA"),
                ],
            ),
            (
                1.2,
                [
                    (3.75, "11. PRIMARY SPECIALTY", up(specialty)),
                    (
                        3.75,
                        "12. RECORD OF SERVICE          YEAR(S)  MONTH(S)  DAY(S)",
                        f"a. DATE ENTERED AD THIS PERIOD      {yymmdd(entered)}\n"
                        f"b. SEPARATION DATE THIS PERIOD      {yymmdd(separated)}\n"
                        f"c. NET ACTIVE SERVICE THIS PERIOD   "
                        f"{(separated - entered).days // 365:02d} 00 00",
                    ),
                ],
            ),
            (
                0.6,
                [
                    (
                        7.5,
                        "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS "
                        "AWARDED OR "
                        "AUTHORIZED",
                        "GOOD CONDUCT MEDAL//NATIONAL DEFENSE SERVICE MEDAL//SEA SERVICE "
                        "DEPLOYMENT RIBBON//RIFLE EXPERT BADGE",
                    )
                ],
            ),
            (0.6, [(7.5, "18. REMARKS", "//NOTHING FOLLOWS//")]),
            (
                0.4,
                [
                    (3.75, "23. TYPE OF SEPARATION", "RELEASE FROM ACTIVE DUTY"),
                    (3.75, "24. CHARACTER OF SERVICE (Include upgrades)", up(character)),
                ],
            ),
            (
                0.4,
                [
                    (3.75, "25. SEPARATION AUTHORITY", "MCO P1900.16F PAR 1005"),
                    (1.9, "26. SEPARATION CODE", "MBK1"),
                    (1.85, "27. REENTRY CODE", "RE-1A"),
                ],
            ),
            (
                0.4,
                [
                    (
                        5,
                        "28. NARRATIVE REASON FOR SEPARATION",
                        "COMPLETION OF REQUIRED ACTIVE SERVICE",
                    ),
                    (2.5, "29. DATES OF TIME LOST DURING THIS PERIOD", "NONE"),
                ],
            ),
        ],
        **lv,
    )
    s.text(0.5, y + 0.08, "DD FORM 214, NOV 88", 7.5, "sans-bold")
    s.text(4.25, y + 0.08, "PREVIOUS EDITIONS ARE OBSOLETE.", 6.5, align="center")
    s.text(8.0, y + 0.08, "MEMBER - 4", 7.5, "sans-bold", align="right")
    return drawn("dd214_1988", [s], "military_record", veteran, equity, proves=(entered, separated))


def sheriff_report(
    victim: Person,
    *,
    agency: str,
    number: str,
    occurred: dt.date,
    location: str,
    suspect: str,
    narrative: list[str],
    deputy: str,
    seed: int,
) -> Paper:
    """A sheriff's incident report in headed sections with a narrative."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.5, up(agency), 12, "serif-bold")
    s.text(0.6, 0.75, "INCIDENT REPORT", 11, "serif-bold")
    s.text(7.9, 0.5, f"File No. {number}", 10, "mono-bold", align="right")
    s.text(7.9, 0.72, f"Reporting District {rng.randint(100, 999)}", 8, "mono", align="right")
    y = 1.15
    for head, lines in [
        (
            "INCIDENT",
            [
                "Crime/Incident: Spousal abuse, PC 273.5(a)",
                f"Date: {us(occurred)}",
                f"Location: {location}",
            ],
        ),
        (
            "VICTIM",
            [
                f"Name: {up(victim.surname)}, {up(victim.given)}",
                f"DOB: {us(victim.born)}",
                "Sex: F    Language: Spanish",
            ],
        ),
        ("SUSPECT", [f"Name: {up(suspect)}", "Relationship: Spouse", "Arrested: Yes"]),
    ]:
        s.rect(0.6, y, 7.3, 0.22, outline=None, fill=(225, 225, 225))
        s.text(0.7, y + 0.03, head, 8.5, "sans-bold")
        y = s.lines(0.8, y + 0.3, lines, 9.5, "mono") + 0.1
    s.rect(0.6, y, 7.3, 0.22, outline=None, fill=(225, 225, 225))
    s.text(0.7, y + 0.03, "NARRATIVE", 8.5, "sans-bold")
    y = s.paras(0.8, y + 0.3, 7.0, narrative, gap=0.1, pt=9.5, face="mono")
    s.text(0.6, y + 0.3, f"Reporting Deputy: {deputy}   #{rng.randint(100000, 999999)}", 9, "mono")
    return drawn(
        "sheriff_incident_report",
        [s],
        "police_report",
        victim,
        "crime_victim",
        proves=(occurred, occurred),
    )


def dv130(
    protected: Person,
    restrained: str,
    *,
    county: str,
    case_number: str,
    hearing: dt.date,
    expires: dt.date,
    judge: str,
    seed: int,
) -> Paper:
    """California form DV-130, Restraining Order After Hearing (Order of Protection): the
    numbered items on two pages."""
    p1 = Sheet()
    p1.rect(0.5, 0.4, 3.6, 1.3, 0.6)
    p1.lines(
        0.6,
        0.45,
        [
            "Clerk stamps date here when form is filed.",
            "",
            "FILED",
            "SUPERIOR COURT OF CALIFORNIA",
            f"COUNTY OF {up(county)}",
            us(hearing),
        ],
        7.5,
    )
    p1.text(7.9, 0.45, "DV-130", 20, "sans-bold", align="right")
    p1.text(7.9, 0.9, "Restraining Order After Hearing", 11, "sans-bold", align="right")
    p1.text(7.9, 1.1, "(Order of Protection)", 11, "sans-bold", align="right")
    p1.field(4.3, 1.4, 3.6, 0.45, "Case Number:", case_number)
    y = 2.0
    items = [
        (
            "1",
            "Protected Person",
            f"Full name: {protected.name}   Age: {(hearing - protected.born).days // 365}",
        ),
        (
            "2",
            "Restrained Person",
            f"Full name: {restrained}   Gender: M   Relationship to protected person: Spouse",
        ),
        ("3", "Additional Protected Persons", "None listed."),
        (
            "4",
            "Expiration Date",
            f"This Order, except for any award of custody, expires at 11:59 p.m. on {us(expires)}.",
        ),
        (
            "5",
            "Hearing",
            f"There was a hearing on {us(hearing)} in Dept. {random.Random(seed).randint(1, 30)}"
            f" before Judge {judge}. The protected person and the restrained person were there.",
        ),
        (
            "6",
            "Personal Conduct Orders",
            "The person in 2 must not harass, attack, strike, "
            "threaten, assault, hit, follow, stalk, molest, destroy personal property of, or "
            "disturb the peace of the person in 1.",
        ),
        (
            "7",
            "Stay-Away Order",
            "The person in 2 must stay at least 100 yards away from the "
            "person in 1, her home, her job and her vehicle.",
        ),
        (
            "8",
            "Move-Out Order",
            "The person in 2 must move out immediately from the residence "
            "shared with the person in 1.",
        ),
    ]
    for number, head, body in items:
        p1.text(0.5, y, number, 10, "sans-bold")
        y = p1.text(0.8, y, head, 10, "sans-bold")
        y = p1.para(0.8, y, 7.1, body, 9.5, "sans") + 0.15
    p1.text(0.5, 10.4, "This is a Court Order.", 8, "sans-bold")
    p1.text(7.9, 10.4, "DV-130, Page 1 of 2", 8, align="right")
    p2 = Sheet()
    y = p2.paras(
        0.6,
        0.7,
        7.2,
        [
            "9  No Guns or Other Firearms or Ammunition. The person in 2 cannot own, possess, "
            "have, "
            "buy or try to buy, receive or try to receive, or otherwise get guns, other "
            "firearms or "
            "ammunition.",
            "Warnings and Notices to the Restrained Person in 2: If you do not obey this "
            "order, you "
            "can be arrested and charged with a crime. This order is enforceable anywhere in "
            "California, in any state, tribal land or U.S. territory.",
        ],
        gap=0.2,
        pt=10,
        face="sans",
    )
    p2.text(0.6, y + 0.4, f"Date: {us(hearing)}", 10)
    p2.signature(4.3, y + 0.2, judge, 17)
    p2.line(4.1, y + 0.7, 7.8, y + 0.7, 0.6)
    p2.text(4.1, y + 0.75, "Judicial Officer", 8)
    p2.text(7.9, 10.4, "DV-130, Page 2 of 2", 8, align="right")
    return drawn(
        "dv130", [p1, p2], "protective_order", protected, "crime_victim", proves=(hearing, hearing)
    )


def texas_judgment(
    defendant: Person,
    *,
    county: str,
    cause: str,
    offense: str,
    committed: dt.date,
    sentenced: dt.date,
    supervision: str,
    judge: str,
    seed: int,
) -> Paper:
    """A Texas county court's judgment of conviction on a plea of guilty, with community
    supervision (probation): the familiar table of captions and entries."""
    rng = random.Random(seed)
    s = Sheet()
    s.text(0.6, 0.5, f"CAUSE NO. {cause}", 10, "mono-bold")
    s.lines(0.6, 0.85, ["THE STATE OF TEXAS", "", "v.", "", up(defendant.name)], 10, "serif")
    s.lines(
        5.0,
        0.85,
        [
            "§   IN THE COUNTY CRIMINAL",
            "§",
            f"§   COURT AT LAW NO. {rng.randint(1, 15)}",
            "§",
            f"§   {up(county)} COUNTY, TEXAS",
        ],
        10,
        "serif",
    )
    s.center(2.0, "JUDGMENT OF CONVICTION BY COURT—WAIVER OF JURY TRIAL", 11, "serif-bold")
    s.center(2.22, "(COMMUNITY SUPERVISION)", 10, "serif")
    rows = [
        ("Judge Presiding:", f"Hon. {judge}"),
        ("Date Judgment Entered:", us(sentenced)),
        ("Attorney for State:", "Asst. County Attorney"),
        ("Attorney for Defendant:", "Appointed"),
        ("Offense for which Defendant Convicted:", up(offense)),
        ("Charging Instrument:", "INFORMATION"),
        ("Date of Offense:", us(committed)),
        ("Degree of Offense:", "CLASS B MISDEMEANOR"),
        ("Plea to Offense:", "GUILTY"),
        ("Terms of Plea Bargain:", supervision),
        ("Punishment and Place of Confinement:", "180 DAYS COUNTY JAIL, SUSPENDED"),
        ("Fine:", "$500.00"),
        ("Date Sentence Imposed:", us(sentenced)),
        ("Date of Birth of Defendant:", us(defendant.born)),
    ]
    y = s.table(
        0.6,
        2.6,
        [3.2, 4.1],
        [["", ""]] + [[a, b] for a, b in rows],
        pt=9,
        face="serif",
        header_face="serif",
        header_fill=None,
    )
    y = s.para(
        0.6,
        y + 0.3,
        7.3,
        "The Court, having found the Defendant guilty, suspends the "
        "imposition of the sentence and places the Defendant on community supervision "
        "for the period stated above, subject to the conditions set out in the order "
        "attached hereto.",
        9.5,
        "serif",
    )
    s.text(0.6, y + 0.3, f"Signed and entered on {long(sentenced)}.", 10, "serif")
    s.signature(4.4, y + 0.45, judge, 17)
    s.line(4.2, y + 0.95, 7.8, y + 0.95, 0.6)
    s.text(4.2, y + 1.0, "JUDGE PRESIDING", 8.5, "serif")
    return drawn(
        "texas_judgment",
        [s],
        "court_record",
        defendant,
        "rehabilitation",
        proves=(sentenced, sentenced),
    )


def supervision_discharge(
    defendant: Person, *, county: str, cause: str, placed: dt.date, discharged: dt.date, judge: str
) -> Paper:
    s = Sheet()
    s.text(0.6, 0.5, f"CAUSE NO. {cause}", 10, "mono-bold")
    s.center(1.1, "ORDER OF DISCHARGE FROM COMMUNITY SUPERVISION", 12, "serif-bold")
    y = s.paras(
        0.9,
        1.7,
        6.7,
        [
            f"On {long(discharged)}, the Court finds that the Defendant, {up(defendant.name)}, who "
            f"was placed on community supervision on {long(placed)} in {county} County, Texas, has "
            "satisfactorily fulfilled the conditions of community supervision and that the period "
            "of supervision has expired.",
            "IT IS THEREFORE ORDERED that the Defendant is discharged from community supervision.",
        ],
        gap=0.2,
        pt=11,
        face="serif",
    )
    s.signature(4.4, y + 0.4, judge, 17)
    s.line(4.2, y + 0.9, 7.8, y + 0.9, 0.6)
    s.text(4.2, y + 0.95, f"JUDGE, {up(county)} COUNTY CRIMINAL COURT AT LAW", 8.5, "serif")
    return drawn(
        "supervision_discharge",
        [s],
        "court_record",
        defendant,
        "rehabilitation",
        proves=(placed, discharged),
    )


# ---------------------------------------------------------------- immigration forms


def g28_single(
    client: Person, *, a_number: str, rep: dict, address: tuple[str, str], signed: dt.date
) -> Paper:
    """Form G-28's first and second pages as an office fills them in a PDF editor: typed
    entries in the fields, parts headed by grey bars."""
    digits = a_number.replace("-", "").replace("A", "").zfill(9)
    p1 = Sheet()
    p1.text(
        0.5,
        0.45,
        "Notice of Entry of Appearance as Attorney or Accredited Representative",
        11,
        "sans-bold",
    )
    p1.text(0.5, 0.68, "Department of Homeland Security", 8.5)
    p1.text(8.0, 0.45, "Form G-28", 12, "sans-bold", align="right")
    y = 1.0
    parts = [
        (
            "Part 1. Information About Attorney or Accredited Representative",
            [
                ("Name of Attorney (Family, Given)", rep["name"]),
                ("Address", ", ".join(rep["address"])),
                ("Daytime Telephone", rep["phone"]),
                ("Email Address", rep["email"]),
            ],
        ),
        (
            "Part 2. Eligibility Information",
            [
                ("[X] I am an attorney eligible to practice law in", rep["bar_state"]),
                ("Bar Number", rep["bar_number"]),
                ("Name of Law Firm or Organization", rep["organization"]),
            ],
        ),
        (
            "Part 3. Notice of Appearance",
            [
                ("This appearance relates to immigration matters before", "[X] ICE"),
                ("Specific matter", "Prosecutorial discretion request"),
                ("At the request of the", "[X] Respondent"),
                ("Client's Family Name / Given Name", f"{client.surname} / {client.given}"),
                ("Client's A-Number", f"A{digits}"),
                ("Client's Mailing Address", ", ".join(address)),
            ],
        ),
    ]
    for head, fields in parts:
        p1.rect(0.5, y, 7.5, 0.22, outline=None, fill=(200, 200, 205))
        p1.text(0.6, y + 0.04, head, 8.5, "sans-bold")
        y += 0.3
        for label, value in fields:
            p1.text(0.6, y, label, 7.5)
            p1.text(3.8, y - 0.01, value, 9, "mono")
            p1.line(3.75, y + 0.17, 8.0, y + 0.17, 0.3, GREY)
            y += 0.3
        y += 0.15
    p1.text(0.5, 10.5, "Form G-28 Edition 09/17/18", 7)
    p1.text(8.0, 10.5, "Page 1 of 4", 7, align="right")
    p2 = Sheet()
    p2.rect(0.5, 0.6, 7.5, 0.22, outline=None, fill=(200, 200, 205))
    p2.text(0.6, 0.64, "Part 4. Client's Consent to Representation and Signature", 8.5, "sans-bold")
    y = p2.para(
        0.6,
        0.95,
        7.3,
        "I have requested the representation of and consented to being "
        "represented by the attorney named in Part 1. of this form.",
        9,
        "sans",
    )
    p2.signature(0.9, y + 0.2, client.name, 16)
    p2.text(5.5, y + 0.4, f"Date {us(signed)}", 9)
    y += 1.0
    p2.rect(0.5, y, 7.5, 0.22, outline=None, fill=(200, 200, 205))
    p2.text(
        0.6,
        y + 0.04,
        "Part 5. Signature of Attorney or Accredited Representative",
        8.5,
        "sans-bold",
    )
    p2.signature(0.9, y + 0.4, rep["name"], 16)
    p2.text(5.5, y + 0.6, f"Date {us(signed)}", 9)
    p2.text(0.5, 10.5, "Form G-28 Edition 09/17/18", 7)
    p2.text(8.0, 10.5, "Page 2 of 4", 7, align="right")
    return drawn("g28_filled", [p1, p2], "g28", client, "other")


def ice_release(
    respondent: Person,
    *,
    a_number: str,
    released: dt.date,
    office: str,
    report_on: dt.date,
    seed: int,
) -> Paper:
    """ICE Form I-220A, Order of Release on Recognizance."""
    digits = a_number.replace("-", "").replace("A", "").zfill(9)
    s = Sheet()
    s.text(0.6, 0.5, "U.S. Department of Homeland Security", 9)
    s.text(7.9, 0.5, "Order of Release on Recognizance", 12, "sans-bold", align="right")
    s.text(0.6, 0.9, f"File No: A{digits[:3]} {digits[3:6]} {digits[6:]}", 10, "mono-bold")
    s.text(5.0, 0.9, f"Date: {us(released)}", 10, "mono")
    s.text(0.6, 1.2, f"Name: {up(respondent.surname)}, {up(respondent.given)}", 10, "mono-bold")
    y = s.paras(
        0.6,
        1.6,
        7.3,
        [
            "You have been arrested and placed in removal proceedings. In accordance with section "
            "236 of the Immigration and Nationality Act and the applicable provisions of Title 8 "
            "of the Code of Federal Regulations, you are being released on your own recognizance "
            "provided you comply with the following conditions:",
            "[X] You must report for any hearing or interview as directed by Immigration and "
            "Customs Enforcement or the Executive Office for Immigration Review.",
            "[X] You must surrender for removal from the United States if so ordered.",
            f"[X] You must report in person to {office} on {us(report_on)}.",
            "[X] You must not change your place of residence without first securing written "
            "permission from the officer listed below.",
            "[X] You must not violate any local, State or Federal laws or ordinances.",
        ],
        gap=0.12,
        pt=10,
        face="sans",
    )
    s.signature(4.5, y + 0.3, "Officer R. Blankenship", 15)
    s.line(4.3, y + 0.8, 7.8, y + 0.8, 0.6)
    s.text(4.3, y + 0.85, "Signature and title of officer", 8)
    s.text(0.6, 10.4, "Form I-220A (Rev. 08/01/07)", 7.5)
    return drawn("ice_i220a", [s], "other", respondent, "other", proves=(released, released))
