"""A labelled corpus of invented documents for measuring classification: every document type in
several real-world wordings (US states and counties, Mexican and Central American registries,
DD-214 editions, school districts, IRS forms, landlords, utilities, letters), English and
Spanish, names written every way OCR and clerks write them, and text degraded like a poor scan.

Each ``Sample`` knows its true type, the person it is about and the equity it supports, so that
tests and bench/classification.py can score ``classify`` on text it was not written against.
Nothing here is read by the rules: they live in config/document_types.yaml.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

# --- the families: invented people, one case.yaml each ---


@dataclass(frozen=True)
class Family:
    key: str
    case: dict[str, Any]  # a case.yaml, as data

    def person(self, who: str) -> dict[str, Any]:
        claims = self.case["claims"]
        if who == "respondent":
            return self.case["respondent"]
        if who.startswith("child"):
            return claims["children"][int(who.removeprefix("child"))]
        return claims[who]

    def name(self, who: str) -> str:
        return self.person(who)["name"]

    def claim_path(self, who: str) -> str:
        if who.startswith("child"):
            return f"children[{who.removeprefix('child')}]"
        return who

    def case_yaml(self) -> str:
        return yaml.safe_dump(self.case, allow_unicode=True, sort_keys=False)


def _case(respondent: dict, claims: dict, **rest: Any) -> dict[str, Any]:
    return {
        "schema": 1,
        "respondent": {"a_number": "A201-555-014", **respondent},
        "request": {"type": "dismissal"},
        "claims": claims,
        **rest,
    }


FAMILIES = [
    Family(
        "castillo",
        _case(
            {
                "name": "María Elena Castillo Ramírez",
                "date_of_birth": "1985-02-11",
                "entered_us": "2004-07-01",
                "country": "Mexico",
            },
            {
                "residence_since": "2004-07-01",
                "children": [
                    {
                        "name": "Daniela Ortiz Castillo",
                        "date_of_birth": "2011-03-03",
                        "status": "usc",
                    },
                    {
                        "name": "Kevin Ortiz Castillo",
                        "date_of_birth": "2014-10-22",
                        "status": "usc",
                    },
                ],
                "spouse": {"name": "Héctor Ortiz Mendoza", "status": "lpr"},
                "education": True,
                "community_ties": True,
            },
        ),
    ),
    Family(
        "hernandez",
        _case(
            {
                "name": "José Luis Hernández de la Cruz",
                "date_of_birth": "1990-09-30",
                "entered_us": "2001-05-15",
                "country": "Guatemala",
            },
            {
                "residence_since": "2001-05-15",
                "children": [
                    {"name": "Emily Hernández", "date_of_birth": "2016-06-09", "status": "usc"}
                ],
                "spouse": {"name": "Karla Beatriz Sánchez", "status": "usc"},
                "medical": {"person": "self", "condition": "asthma"},
                "caretaker": {"person": "Emily Hernández", "condition": "epilepsy"},
                "education": True,
            },
        ),
    ),
    Family(
        "perez",
        _case(
            {
                "name": "Wendy Marisol Pérez",
                "date_of_birth": "1979-12-01",
                "entered_us": "1999-03-20",
                "country": "Honduras",
            },
            {
                "residence_since": "1999-03-20",
                "children": [
                    {
                        "name": "Brayan Alexis Pérez Gómez",
                        "date_of_birth": "2008-01-17",
                        "status": "usc",
                    }
                ],
                "spouse": {"name": "Michael Johnson", "status": "usc"},
                "military": {"member": "spouse", "branch": "Army"},
                "crime_victim": {"kind": "domestic_violence"},
                "law_enforcement_cooperation": True,
            },
        ),
    ),
]

# --- how a name gets written on paper ---


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def written(name: str, rng: random.Random) -> str:
    """The name as a clerk, a form or OCR writes it: capitals, no accents, surname first..."""
    parts = name.split()
    style = rng.choice(["as is", "upper", "no accents", "surname first", "initial", "upper plain"])
    if style == "upper":
        return name.upper()
    if style == "no accents":
        return plain(name)
    if style == "upper plain":
        return plain(name).upper()
    if style == "surname first" and len(parts) >= 3:
        return f"{' '.join(parts[-2:])}, {' '.join(parts[:-2])}".upper()
    if style == "initial" and len(parts) >= 4:
        return f"{parts[0]} {parts[1][0]}. {' '.join(parts[2:])}"
    return name


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def us_long(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def us_numeric(d: dt.date) -> str:
    return f"{d:%m/%d/%Y}"


SPANISH_MONTHS = [
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


def es_long(d: dt.date) -> str:
    return f"{d.day} de {SPANISH_MONTHS[d.month - 1]} de {d.year}"


def es_numeric(d: dt.date) -> str:
    return f"{d:%d/%m/%Y}"


# --- the documents ---


@dataclass(frozen=True)
class Sample:
    id: str
    family: Family
    type: str
    about: str | None  # "respondent", "child0", "spouse"... or None
    equity: str
    language: str
    text: str
    covers: tuple[str, str] | None = None  # the covered span, where the document states one


@dataclass(frozen=True)
class Draft:
    text: str
    about: str | None
    covers: tuple[str, str] | None = None


Template = Callable[[Family, random.Random], Draft]
TEMPLATES: dict[str, list[tuple[str, Template]]] = {}


def template(doc_type: str, language: str = "en") -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        TEMPLATES.setdefault(doc_type, []).append((language, fn))
        return fn

    return register


def _child(f: Family) -> str:
    return "child0"


def _parents(f: Family, child: str) -> tuple[str, str]:
    """Mother and father as written on a child's birth certificate."""
    resp, spouse = f.name("respondent"), f.name("spouse")
    female = f.key != "hernandez"
    return (resp, spouse) if female else (spouse, resp)


@template("birth_certificate")
def texas_birth(f: Family, rng: random.Random) -> Draft:
    c = f.person("child0")
    mother, father = _parents(f, "child0")
    return Draft(
        f"""THE STATE OF TEXAS
DEPARTMENT OF STATE HEALTH SERVICES - VITAL STATISTICS SECTION
CERTIFICATION OF BIRTH
NAME {written(c["name"], rng)}
DATE OF BIRTH {us_numeric(day(c["date_of_birth"]))}   SEX F
PLACE OF BIRTH HARRIS COUNTY, HOUSTON
MOTHER {written(mother, rng)}
FATHER {written(father, rng)}
DATE FILED {us_numeric(day(c["date_of_birth"]) + dt.timedelta(days=9))}
This is a true and exact reproduction of the document officially registered and placed on
file in the Vital Statistics Section. State Registrar""",
        "child0",
    )


@template("birth_certificate")
def california_birth(f: Family, rng: random.Random) -> Draft:
    c = f.person("child0")
    mother, father = _parents(f, "child0")
    born = day(c["date_of_birth"])
    return Draft(
        f"""CERTIFICATION OF VITAL RECORD
COUNTY OF LOS ANGELES - REGISTRAR-RECORDER/COUNTY CLERK
CERTIFICATE OF LIVE BIRTH   STATE FILE NUMBER 2011-19-004417
1A. NAME OF CHILD - FIRST  MIDDLE  LAST
{written(c["name"], rng)}
2. SEX  3A. THIS BIRTH - SINGLE   4A. DATE OF BIRTH {us_numeric(born)}  4B. HOUR 0412
5A. PLACE OF BIRTH - NAME OF HOSPITAL  ST. FRANCIS MEDICAL CENTER
7A. NAME OF FATHER {written(father, rng)}   8. BIRTHPLACE MEXICO
9A. NAME OF MOTHER {written(mother, rng)}   10. BIRTHPLACE MEXICO
LOCAL REGISTRAR  DATE ACCEPTED FOR REGISTRATION {us_numeric(born + dt.timedelta(days=12))}
This is a true certified copy of the record if it bears the seal, imprinted with the
signature of the Registrar.""",
        "child0",
    )


@template("birth_certificate")
def illinois_birth(f: Family, rng: random.Random) -> Draft:
    c = f.person("child0")
    mother, father = _parents(f, "child0")
    born = day(c["date_of_birth"])
    return Draft(
        f"""State of Illinois  Cook County
Certificate of Birth
Child: {written(c["name"], rng)}
Born on {us_long(born)} at Stroger Hospital, Chicago
Mother's maiden name: {written(mother, rng)}
Father's name: {written(father, rng)}
I certify that the above is a true and correct abstract of the official record filed in
the Office of the County Clerk. Issued {us_numeric(born + dt.timedelta(days=400))}
Karen A. Yarbrough, County Clerk""",
        "child0",
    )


@template("birth_certificate", "es")
def acta_mexico(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    born = day(r["date_of_birth"])
    return Draft(
        f"""ESTADOS UNIDOS MEXICANOS
REGISTRO CIVIL
ACTA DE NACIMIENTO
Entidad de registro: MICHOACAN   Municipio: ZAMORA   Oficialía: 01   Acta: 00882
Datos de la persona registrada
Nombre: {written(r["name"], rng)}
Sexo: {"Mujer" if f.key != "hernandez" else "Hombre"}
Fecha de nacimiento: {es_numeric(born)}
Lugar de nacimiento: Zamora, Michoacán
CURP: CARM850211MMNSMR07
Datos de filiación de la persona registrada
Padre: Rogelio Castillo Nava   Nacionalidad: Mexicana
Madre: Luz María Ramírez Ochoa   Nacionalidad: Mexicana
Fecha de registro: {es_long(born + dt.timedelta(days=40))}
Se certifica que los datos son copia fiel del acta que obra en los archivos del Registro Civil.""",
        "respondent",
    )


@template("birth_certificate", "es")
def renap_guatemala(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    born = day(r["date_of_birth"])
    return Draft(
        f"""REPUBLICA DE GUATEMALA
REGISTRO NACIONAL DE LAS PERSONAS - RENAP
CERTIFICADO DE NACIMIENTO
El Registrador Civil de las Personas certifica que en el registro de nacimientos se encuentra
inscrita la partida siguiente:
Inscrito: {written(r["name"], rng)}
Fecha de nacimiento: {es_long(born)}
Lugar: Municipio de Huehuetenango, departamento de Huehuetenango
Nombre del padre: Esteban Hernández Pop
Nombre de la madre: Juana de la Cruz Tzoc
Se extiende la presente en Huehuetenango el {es_long(dt.date(2019, 2, 4))}.""",
        "respondent",
    )


@template("birth_certificate", "es")
def partida_honduras(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    born = day(r["date_of_birth"])
    return Draft(
        f"""REPUBLICA DE HONDURAS
REGISTRO NACIONAL DE LAS PERSONAS
CERTIFICACION DE ACTA DE NACIMIENTO
El infrascrito Registrador Civil Municipal certifica: que en el tomo 0023, folio 112 del
libro de nacimientos se encuentra inscrito el de: {written(r["name"], rng)},
nacida el {es_long(born)} en San Pedro Sula, Cortés.
Hija de: Rosa Amelia Pérez (madre)
Registrado el {es_long(born + dt.timedelta(days=20))}.""",
        "respondent",
    )


@template("marriage_certificate")
def marriage_nevada(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""STATE OF NEVADA  CLARK COUNTY
CERTIFICATE OF MARRIAGE
This is to certify that the undersigned did on {us_long(dt.date(2009, 11, 14))} join in lawful
wedlock {written(f.name("respondent"), rng)} and {written(f.name("spouse"), rng)}
with their mutual consent in the presence of the witnesses below.
Officiant: Rev. Paul Anders    Witness: Linda Moreno
Recorded at the request of the Clark County Recorder""",
        "spouse",
    )


@template("marriage_certificate")
def marriage_license_cook(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""COOK COUNTY CLERK - BUREAU OF VITAL RECORDS
MARRIAGE LICENSE AND CERTIFICATE
Party A: {written(f.name("spouse"), rng)}      Party B: {written(f.name("respondent"), rng)}
Date of marriage: {us_numeric(dt.date(2012, 6, 2))}   Place of marriage: Chicago, Illinois
I certify that the persons named above were united in marriage by me.
Signature of officiant""",
        "spouse",
    )


@template("marriage_certificate", "es")
def acta_matrimonio(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""ESTADOS UNIDOS MEXICANOS - REGISTRO CIVIL
ACTA DE MATRIMONIO
Contrayentes:
{written(f.name("respondent"), rng)}  edad 23
{written(f.name("spouse"), rng)}  edad 25
Régimen matrimonial: sociedad conyugal
Fecha de celebración: {es_long(dt.date(2008, 4, 19))}
Testigos: Ana Rivera Díaz, Pedro Luna Gil""",
        "spouse",
    )


@template("passport")  # bilingual: its English needs no translation
def passport_mexico(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    return Draft(
        f"""ESTADOS UNIDOS MEXICANOS   PASAPORTE / PASSPORT
Tipo / Type P   Clave del país / Country code MEX   Pasaporte No. G41552093
Apellidos / Surname {plain(" ".join(r["name"].split()[-2:])).upper()}
Nombres / Given names {plain(" ".join(r["name"].split()[:-2])).upper()}
Nacionalidad / Nationality MEXICANA
Fecha de nacimiento / Date of birth {day(r["date_of_birth"]):%d %m %Y}
Fecha de expedición / Date of issue 14 03 2019   Fecha de caducidad / Date of expiry 14 03 2029
Autoridad / Authority SRE CHICAGO
P<MEX{plain(r["name"].split()[-2]).upper()}<<{plain(r["name"].split()[0]).upper()}<<<<<<<""",
        "respondent",
    )


@template("passport")
def passport_us_child(f: Family, rng: random.Random) -> Draft:
    c = f.person("child0")
    parts = plain(c["name"]).upper().split()
    return Draft(
        f"""PASSPORT   UNITED STATES OF AMERICA
Type P   Code USA   Passport No. 584112093
Surname {" ".join(parts[1:])}
Given Names {parts[0]}
Nationality UNITED STATES OF AMERICA
Date of birth {day(c["date_of_birth"]):%d %b %Y}
Place of birth ILLINOIS, U.S.A.
Date of issue 02 Jul 2022   Date of expiration 01 Jul 2027
Authority United States Department of State""",
        "child0",
    )


@template("passport")  # bilingual
def passport_honduras(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    return Draft(
        f"""REPUBLICA DE HONDURAS  PASAPORTE  PASSPORT
No. de pasaporte / Passport No. E1234567
Nombre / Name: {written(r["name"], rng)}
Nacionalidad / Nationality: HONDUREÑA
Fecha de nacimiento / Date of birth: {es_numeric(day(r["date_of_birth"]))}
Fecha de vencimiento / Date of expiry: 10/10/2030
Autoridad / Authority: Instituto Nacional de Migración""",
        "respondent",
    )


@template("identity_document", "es")
def matricula(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    return Draft(
        f"""CONSULADO DE MEXICO EN CHICAGO
MATRICULA CONSULAR DE ALTA SEGURIDAD
Nombre: {written(r["name"], rng)}
Fecha de nacimiento: {es_numeric(day(r["date_of_birth"]))}
Domicilio: 4410 W 31ST ST CHICAGO IL
Vigencia: 2028
Secretaría de Relaciones Exteriores""",
        "respondent",
    )


@template("identity_document", "es")
def ine(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    return Draft(
        f"""INSTITUTO NACIONAL ELECTORAL
CREDENCIAL PARA VOTAR
NOMBRE {written(r["name"], rng)}
DOMICILIO C LAS FLORES 12 COL CENTRO ZAMORA MICH
CLAVE DE ELECTOR CSRMML85021116M400   CURP CARM850211MMNSMR07
FECHA DE NACIMIENTO {es_numeric(day(r["date_of_birth"]))}   SECCION 1044   VIGENCIA 2031""",
        "respondent",
    )


@template("identity_document")
def illinois_id(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    return Draft(
        f"""ILLINOIS   STATE ID CARD   Secretary of State
DL/ID No. C235-4418-5032
{written(r["name"], rng)}
4410 W 31ST ST CHICAGO IL 60623
DOB {us_numeric(day(r["date_of_birth"]))}   EXP 02/11/2029   SEX F   HGT 5-03   EYES BRN
Identification card - not a driver's license""",
        "respondent",
    )


@template("identity_document", "es")
def dui_el_salvador(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    return Draft(
        f"""REPUBLICA DE EL SALVADOR
REGISTRO NACIONAL DE LAS PERSONAS NATURALES
DOCUMENTO UNICO DE IDENTIDAD
Nombre: {written(r["name"], rng)}
Fecha de nacimiento: {es_numeric(day(r["date_of_birth"]))}   Sexo: F
Fecha de expedición: 12/01/2015""",
        "respondent",
    )


@template("naturalization_certificate")
def naturalization(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""THE UNITED STATES OF AMERICA
CERTIFICATE OF NATURALIZATION   No. 38177452
Personal description of holder as of date of naturalization:
Name: {written(f.name("spouse"), rng)}    Country of former nationality: MEXICO
Be it known that the person named above, having complied with the applicable provisions of
the nationality laws of the United States, was admitted as a citizen of the United States of
America on {us_long(dt.date(2015, 9, 17))}.
U.S. Citizenship and Immigration Services - Department of Homeland Security""",
        "spouse",
    )


@template("naturalization_certificate")
def naturalization_old(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""No. 21002233
UNITED STATES DEPARTMENT OF JUSTICE - IMMIGRATION AND NATURALIZATION SERVICE
NATURALIZATION CERTIFICATE
Petition No. 845-221
{written(f.name("spouse"), rng)}, then residing at Chicago, Illinois, having taken the oath of
allegiance, became a citizen of the United States of America on {us_long(dt.date(1998, 5, 4))}.""",
        "spouse",
    )


@template("naturalization_certificate")
def citizenship_certificate(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""UNITED STATES OF AMERICA  DEPARTMENT OF HOMELAND SECURITY
CERTIFICATE OF CITIZENSHIP   No. AA 1180443
Name: {written(f.name("spouse"), rng)}
This certifies that the person named above became a citizen of the United States on
{us_numeric(dt.date(2006, 8, 30))}. Issued by U.S. Citizenship and Immigration Services.""",
        "spouse",
    )


@template("permanent_resident_card")
def green_card(f: Family, rng: random.Random) -> Draft:
    parts = plain(f.name("spouse")).upper().split()
    return Draft(
        f"""UNITED STATES OF AMERICA
PERMANENT RESIDENT
Surname {" ".join(parts[1:])}
Given Name {parts[0]}
USCIS# 201-555-990   Category IR6   Country of Birth Mexico
Date of Birth 04 MAY 1983   Sex M
Card Expires 11/07/33   Resident Since 11/08/23""",
        "spouse",
    )


@template("permanent_resident_card")
def resident_alien_card(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""RESIDENT ALIEN CARD  FORM I-551
UNITED STATES DEPARTMENT OF JUSTICE - IMMIGRATION AND NATURALIZATION SERVICE
{written(f.name("spouse"), rng)}
Alien registration A 098 554 120   Admission date 06 12 97""",
        "spouse",
    )


@template("permanent_resident_card")
def green_card_copy(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Copy of Permanent Resident Card (front and back)
Name: {written(f.name("spouse"), rng)}
Lawful permanent resident of the United States. Category: CR6. Card expires: 03/02/2030.""",
        "spouse",
    )


@template("school_record")
def cps_report_card(f: Family, rng: random.Random) -> Draft:
    c = f.person("child0")
    return Draft(
        f"""CHICAGO PUBLIC SCHOOLS
ELEMENTARY PROGRESS REPORT  School Year 2022-2023
Student: {written(c["name"], rng)}   Grade: 5   Homeroom: 214
Reading A  Math B+  Science A  Social Science A-
Attendance: present 171 of 174 days
Teacher comments: A kind and hardworking student.""",
        "child0",
        ("2022-08-01", "2023-06-30"),
    )


@template("school_record")
def houston_transcript(f: Family, rng: random.Random) -> Draft:
    c = f.person("child0")
    return Draft(
        f"""HOUSTON INDEPENDENT SCHOOL DISTRICT
ACADEMIC ACHIEVEMENT RECORD (Official Transcript)
Name: {written(c["name"], rng)}   Student ID 2270195
Year 2021-2022  Grade 07   English I 92  Algebra 88  Biology 90
Cumulative GPA 3.6   Credits earned 6.0
Registrar signature""",
        "child0",
        ("2021-08-01", "2022-06-30"),
    )


@template("school_record")
def enrollment_letter(f: Family, rng: random.Random) -> Draft:
    c = f.person("child0")
    return Draft(
        f"""Los Angeles Unified School District - Hoover Street Elementary
VERIFICATION OF ENROLLMENT
Date: {us_long(dt.date(2024, 9, 12))}
This letter certifies that {written(c["name"], rng)} is enrolled as a full-time student
in grade 4 at our school for the 2024-2025 school year and has attended regularly.
Principal""",
        "child0",
        ("2024-08-01", "2025-06-30"),
    )


@template("school_record", "es")
def boleta_sep(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""SECRETARIA DE EDUCACION PUBLICA
BOLETA DE EVALUACION  Ciclo escolar 2000-2001
Escuela Primaria Benito Juárez   Grado: 6   Grupo: B
Alumno: {written(f.name("respondent"), rng)}
Español 9  Matemáticas 8  Ciencias Naturales 9  Historia 10
Promedio general 9.0   Asistencia 96%""",
        "respondent",
        ("2000-08-01", "2001-06-30"),
    )


@template("school_record")
def respondent_transcript(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""FAIRFAX COUNTY PUBLIC SCHOOLS - JEB STUART HIGH SCHOOL
STUDENT TRANSCRIPT
Student name: {written(f.name("respondent"), rng)}
School year 2005-2006  Grade 10  English 10 B  Geometry C+  ESOL 3 A
Attendance: 168 days""",
        "respondent",
        ("2005-08-01", "2006-06-30"),
    )


@template("diploma")
def hs_diploma(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Board of Education of the City of Chicago
Benito Juárez Community Academy
This certifies that {written(f.name("respondent"), rng)}
has satisfactorily completed the course of study prescribed for graduation and is therefore
awarded this DIPLOMA
Given at Chicago, Illinois, {us_long(dt.date(2008, 6, 14))}""",
        "respondent",
    )


@template("diploma")
def ged(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""GED TESTING SERVICE
High School Equivalency Credential
{written(f.name("respondent"), rng)}
has passed the GED test and is awarded this certificate. Date: {us_numeric(dt.date(2017, 3, 9))}""",
        "respondent",
    )


@template("diploma")
def esl_certificate(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Harold Washington College - Adult Education
Certificate of Achievement
presented to {written(f.name("respondent"), rng)}
for completing 120 hours of instruction in English as a Second Language, Level 4.
{us_long(dt.date(2022, 12, 10))}""",
        "respondent",
    )


@template("diploma", "es")
def certificado_secundaria(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""SECRETARIA DE EDUCACION PUBLICA
CERTIFICADO DE TERMINACION DE ESTUDIOS
La Escuela Secundaria Técnica No. 12 certifica que
{written(f.name("respondent"), rng)}
concluyó la educación secundaria con promedio de 8.7.
Zamora, Mich., {es_long(dt.date(2000, 7, 7))}""",
        "respondent",
    )


@template("military_record")
def dd214_modern(f: Family, rng: random.Random) -> Draft:
    parts = plain(f.name("spouse")).upper().split()
    return Draft(
        f"""CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY
THIS REPORT CONTAINS INFORMATION SUBJECT TO THE PRIVACY ACT OF 1974
1. NAME (Last, First, Middle) {parts[-1]}, {" ".join(parts[:-1])}
2. DEPARTMENT, COMPONENT AND BRANCH ARMY/RA
4a. GRADE, RATE OR RANK SGT   b. PAY GRADE E05
12. RECORD OF SERVICE  a. DATE ENTERED AD THIS PERIOD 20090615
b. SEPARATION DATE THIS PERIOD 20150614
c. NET ACTIVE SERVICE THIS PERIOD 0006 00 00
24. CHARACTER OF SERVICE HONORABLE
25. SEPARATION AUTHORITY AR 635-200
28. NARRATIVE REASON FOR SEPARATION COMPLETION OF REQUIRED ACTIVE SERVICE
DD FORM 214, AUG 2009""",
        "spouse",
        ("2009-06-15", "2015-06-14"),
    )


@template("military_record")
def dd214_old(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""DD FORM 214  REPORT OF SEPARATION FROM ACTIVE DUTY
DEPARTMENT OF THE NAVY
LAST NAME - FIRST NAME - MIDDLE NAME  {written(f.name("spouse"), rng)}
TYPE OF SEPARATION: DISCHARGE   CHARACTER OF SERVICE: HONORABLE
DATE ENTERED ACTIVE DUTY THIS PERIOD 12 Jan 1995   DATE OF SEPARATION 11 Jan 1999""",
        "spouse",
        ("1995-01-12", "1999-01-11"),
    )


@template("military_record")
def ngb22(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""NATIONAL GUARD BUREAU
NGB FORM 22  REPORT OF SEPARATION AND RECORD OF SERVICE
Name: {written(f.name("spouse"), rng)}   Branch: Army National Guard
Period of service: {us_numeric(dt.date(2016, 2, 1))} to {us_numeric(dt.date(2022, 1, 31))}
Character of service: Honorable""",
        "spouse",
        ("2016-02-01", "2022-01-31"),
    )


@template("military_record")
def honorable_discharge(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""UNITED STATES MARINE CORPS
HONORABLE DISCHARGE
This is to certify that {written(f.name("spouse"), rng)}, Corporal, was honorably discharged
from the United States Marine Corps on the {us_long(dt.date(2013, 5, 3))}.
This certificate is awarded as a testimonial of honest and faithful service.""",
        "spouse",
    )


@template("tax_record")
def irs_transcript(f: Family, rng: random.Random) -> Draft:
    year = rng.choice([2016, 2018, 2020, 2023])
    return Draft(
        f"""This Product Contains Sensitive Taxpayer Data
Internal Revenue Service
Tax Return Transcript
Request Date: 03-04-2024   Response Date: 03-04-2024
Tax Period Ending: Dec. 31, {year}
SSN/ITIN Provided: 9XX-XX-2201
Name(s) Shown on Return: {plain(written(f.name("respondent"), rng)).upper()}
Filing Status: Head of Household   Form Number: 1040
ADJUSTED GROSS INCOME: $28,115.00   TAXABLE INCOME: $9,020.00""",
        "respondent",
        (f"{year}-01-01", f"{year}-12-31"),
    )


@template("tax_record")
def w2(f: Family, rng: random.Random) -> Draft:
    year = rng.choice([2015, 2019, 2021])
    return Draft(
        f"""Form W-2 Wage and Tax Statement {year}
Department of the Treasury - Internal Revenue Service
a Employee's social security number XXX-XX-4471
b Employer identification number (EIN) 36-4417201
c Employer's name, address: Lakeside Commercial Cleaning Inc, Chicago IL
e Employee's first name and initial  Last name: {written(f.name("respondent"), rng)}
1 Wages, tips, other compensation 31240.00   2 Federal income tax withheld 1980.00
3 Social security wages 31240.00   5 Medicare wages and tips 31240.00""",
        "respondent",
        (f"{year}-01-01", f"{year}-12-31"),
    )


@template("tax_record")
def form_1040(f: Family, rng: random.Random) -> Draft:
    year = rng.choice([2012, 2017, 2022])
    return Draft(
        f"""Form 1040  U.S. Individual Income Tax Return  {year}
Department of the Treasury—Internal Revenue Service  OMB No. 1545-0074
For the year Jan. 1-Dec. 31, {year}, or other tax year beginning
Your first name and middle initial / Last name: {written(f.name("respondent"), rng)}
Filing Status: Married filing jointly
1 Wages, salaries, tips 27,400   11 Adjusted gross income 27,400
Sign here: under penalties of perjury""",
        "respondent",
        (f"{year}-01-01", f"{year}-12-31"),
    )


@template("tax_record")
def account_transcript(f: Family, rng: random.Random) -> Draft:
    year = rng.choice([2010, 2014])
    return Draft(
        f"""IRS  Account Transcript
FORM NUMBER: 1040   TAX PERIOD: Dec. 31, {year}
TAXPAYER IDENTIFICATION NUMBER: 9XX-XX-1180
{plain(f.name("respondent")).upper()}
ACCOUNT BALANCE: 0.00   ACCRUED INTEREST: 0.00
TRANSACTIONS: 150 Tax return filed 04-15-{year + 1}""",
        "respondent",
        (f"{year}-01-01", f"{year}-12-31"),
    )


@template("pay_record")
def adp_stub(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Lakeside Commercial Cleaning Inc.   Earnings Statement
Period Beginning: 05/01/2023   Period Ending: 05/14/2023   Pay Date: 05/19/2023
{written(f.name("respondent"), rng)}
Earnings      rate     hours    this period    year to date
Regular      21.50     80.00      1720.00       15480.00
Gross Pay                          1720.00
Federal Income Tax  -142.00   Social Security -106.64   Medicare -24.94
Net Pay                            1446.42""",
        "respondent",
        ("2023-05-01", "2023-05-14"),
    )


@template("pay_record")
def paystub_simple(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""PAY STUB - Rivera Landscaping LLC
Employee: {written(f.name("respondent"), rng)}
Pay period: 08/07/2019 - 08/13/2019   Check date: 08/16/2019
Hours worked: 44   Overtime: 4
Gross pay: $704.00   Deductions: $61.20   Net pay: $642.80""",
        "respondent",
        ("2019-08-07", "2019-08-13"),
    )


@template("pay_record", "es")
def recibo_nomina(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""RECIBO DE NOMINA
Empresa: Empacadora del Valle S.A. de C.V.
Trabajador: {written(f.name("respondent"), rng)}
Periodo de pago: 01/03/2021 al 15/03/2021
Percepciones: sueldo 4,200.00   Deducciones: IMSS 120.00
Neto a pagar: 4,080.00""",
        "respondent",
        ("2021-03-01", "2021-03-15"),
    )


@template("residence_record")
def lease(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""RESIDENTIAL LEASE AGREEMENT
This Lease is made on {us_long(dt.date(2015, 7, 20))} between Pilsen Homes LLC ("Landlord")
and {written(f.name("respondent"), rng)} ("Tenant").
1. PREMISES. 1822 W. 21st Place, Unit 1R, Chicago, IL 60608.
2. TERM. The term begins on {us_long(dt.date(2015, 8, 1))}
and ends on {us_long(dt.date(2016, 7, 31))}.
3. RENT. Tenant shall pay monthly rent of $950.00. Security deposit: $950.00.""",
        "respondent",
        ("2015-08-01", "2016-07-31"),
    )


@template("residence_record")
def month_to_month(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""MONTH-TO-MONTH RENTAL AGREEMENT
Owner/Lessor: Frank Dolan
Resident/Lessee: {written(f.name("respondent"), rng)}
Property: 5512 S. Kedzie Ave, Apt 3, Chicago IL
Commencing {us_numeric(dt.date(2010, 3, 1))} for a term of 12 months, rent $700 per month.""",
        "respondent",
        ("2010-03-01", "2011-02-28"),
    )


@template("residence_record")
def peoples_gas(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Peoples Gas   Your Gas Bill
Account number 2 0012 4410 88   Bill date {us_numeric(dt.date(2019, 1, 9))}
Customer: {written(f.name("respondent"), rng)}
Service address: 4410 W 31st St, Chicago IL 60623
Service period: Dec 5, 2018 to Jan 6, 2019   Therms used 121
Total amount due $142.18   Due date 01/30/2019""",
        "respondent",
        ("2018-12-05", "2019-01-06"),
    )


@template("residence_record", "es")
def contrato_arrendamiento(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""CONTRATO DE ARRENDAMIENTO
En la ciudad de Chicago, el arrendador Sr. Tomás Rivas y el arrendatario
{written(f.name("respondent"), rng)} convienen lo siguiente:
PRIMERA. El inmueble ubicado en 2940 S. Millard Ave.
SEGUNDA. Plazo: del {es_long(dt.date(2007, 1, 1))} al {es_long(dt.date(2007, 12, 31))}.
TERCERA. Renta mensual de $600 dólares y un depósito de $600.""",
        "respondent",
        ("2007-01-01", "2007-12-31"),
    )


@template("residence_record")
def bank_statement(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Chase  Total Checking  Account statement
{us_long(dt.date(2020, 9, 1))} through {us_long(dt.date(2020, 9, 30))}
{plain(f.name("respondent")).upper()}
4410 W 31ST ST CHICAGO IL 60623
Beginning balance $1,204.11   Deposits $2,880.00   Ending balance $998.40""",
        "respondent",
        ("2020-09-01", "2020-09-30"),
    )


@template("letter_of_support")
def pastor_letter(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""St. Agnes of Bohemia Parish
{us_long(dt.date(2024, 11, 2))}
Dear Honorable Immigration Judge,
I have known {written(f.name("respondent"), rng)} for twelve years as a faithful member of our
congregation. She organizes our food drive and is an honest, hardworking mother.
Respectfully, Fr. Thomas Keane, Pastor""",
        "respondent",
    )


@template("letter_of_support")
def neighbor_letter(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""{us_numeric(dt.date(2025, 1, 15))}
To whom it may concern:
My name is Gloria Stevens and I am a neighbor of {written(f.name("respondent"), rng)}. I have
lived next door for eight years. This family shovels the snow for the elderly on our block and
watches our children when we work late. They are good people and our community needs them.
Sincerely, Gloria Stevens""",
        "respondent",
    )


@template("letter_of_support", "es")
def carta_apoyo(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Chicago, Illinois, a {es_long(dt.date(2024, 12, 3))}
A quien corresponda:
Por medio de la presente hago constar que conozco a {written(f.name("respondent"), rng)}
desde hace quince años. Es una persona honesta, trabajadora y muy dedicada a su familia y
a nuestra comunidad de la iglesia.
Atentamente, Guadalupe Ríos""",
        "respondent",
    )


@template("letter_of_support")
def teacher_letter(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""{us_long(dt.date(2025, 2, 20))}
Letter in support of {written(f.name("respondent"), rng)}
I am writing on behalf of a parent I have come to admire as a teacher at Whittier Elementary.
She volunteers in our classroom every Friday and is devoted to her children's education.
Sincerely, Ms. Hannah Fields, 3rd grade teacher""",
        "respondent",
    )


@template("employment_letter")
def hr_letter(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Midwest Poultry Processing Co.
{us_long(dt.date(2025, 1, 8))}
RE: Verification of Employment
This letter confirms that {written(f.name("respondent"), rng)} has been employed by our company
since June 2012 as a line supervisor, working full time at $19.75 per hour.
Human Resources Department""",
        "respondent",
        ("2012-06-01", "2025-01-08"),
    )


@template("employment_letter", "es")
def constancia_trabajo(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Restaurante El Molcajete
CONSTANCIA DE TRABAJO
Chicago, IL, {es_long(dt.date(2024, 10, 1))}
Por medio de la presente se hace constar que {written(f.name("respondent"), rng)}
labora en esta empresa desde marzo de 2016 en el puesto de cocinera, con un salario de
$17 por hora.
Atentamente, Juan Ortega, gerente""",
        "respondent",
        ("2016-03-01", "2024-10-01"),
    )


@template("employment_letter")
def employer_letter_short(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Green Acres Landscaping
{us_numeric(dt.date(2023, 3, 14))}
To Whom It May Concern:
{written(f.name("respondent"), rng)} is employed by Green Acres Landscaping as a crew leader.
Date of hire: {us_numeric(dt.date(2014, 4, 7))}. Please call me with any questions.
Robert Hale, Owner""",
        "respondent",
        ("2014-04-07", "2023-03-14"),
    )


@template("medical_record")
def pediatric_letter(f: Family, rng: random.Random) -> Draft:
    c = f.person("child0")
    return Draft(
        f"""Lurie Children's Hospital - Division of Neurology
{us_long(dt.date(2024, 6, 18))}
Patient name: {written(c["name"], rng)}   DOB: {us_numeric(day(c["date_of_birth"]))}
To whom it may concern: this patient is under my care for a chronic neurological condition
requiring daily medication and regular specialist visits. Her parent is her primary caregiver.
Diagnosis: G40.909 epilepsy. Dr. Anita Rao, M.D., treating physician""",
        "child0",
    )


@template("medical_record")
def visit_summary(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Esperanza Health Centers
After Visit Summary
Patient: {written(f.name("respondent"), rng)}   Date of service: {us_numeric(dt.date(2023, 11, 2))}
Provider: Luis Cardenas, MD
Diagnoses: Moderate persistent asthma
Medications: fluticasone inhaler, albuterol as needed. Follow up in 3 months.""",
        "respondent",
    )


@template("medical_record", "es")
def constancia_medica(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Clínica San Rafael
CONSTANCIA MEDICA
Fecha: {es_numeric(dt.date(2022, 5, 9))}
Paciente: {written(f.name("respondent"), rng)}
Diagnóstico: diabetes mellitus tipo 2 en tratamiento con metformina.
Se extiende la presente a solicitud del interesado. Dr. Ernesto Vidal, médico cirujano""",
        "respondent",
    )


@template("police_report")
def chicago_pd(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""CHICAGO POLICE DEPARTMENT
ORIGINAL CASE INCIDENT REPORT   RD# JB-221904
Date of incident: {us_numeric(dt.date(2018, 4, 27))}
Offense: Domestic battery
Victim: {written(f.name("respondent"), rng)}
Offender: John Doe, 41
Narrative: R/O responded to a call of a domestic disturbance. The victim stated that...
Reporting officer: P.O. Sandra Kim #11873""",
        "respondent",
    )


@template("police_report", "es")
def denuncia(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""FISCALIA GENERAL DEL ESTADO - MINISTERIO PUBLICO
ACTA DE DENUNCIA
En San Pedro Sula, el {es_long(dt.date(1998, 11, 3))}, comparece la denunciante
{written(f.name("respondent"), rng)}, quien manifiesta haber sido víctima del delito de
amenazas y lesiones por parte de integrantes de una pandilla.""",
        "respondent",
    )


@template("police_report")
def sheriff_report(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""HARRIS COUNTY SHERIFF'S OFFICE
OFFENSE REPORT  Case No. 19-0041552
Report date: {us_long(dt.date(2019, 8, 2))}
Complainant: {written(f.name("respondent"), rng)}
Offense: Robbery   Suspect: unknown male
The complainant stated she was robbed at gunpoint at the bus stop and cooperated fully with
deputies and identified the suspect.""",
        "respondent",
    )


@template("protective_order")
def illinois_op(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS - DOMESTIC RELATIONS DIVISION
PLENARY ORDER OF PROTECTION
Petitioner: {written(f.name("respondent"), rng)}
Respondent: John Doe
The Court finds that the petitioner has been abused. Respondent shall stay away from
Petitioner and shall have no contact. This order expires on {us_long(dt.date(2020, 5, 1))}.""",
        "respondent",
    )


@template("protective_order")
def california_dvro(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES
DV-130 RESTRAINING ORDER AFTER HEARING (ORDER OF PROTECTION)
Protected person: {written(f.name("respondent"), rng)}
Restrained person: John Doe
Hearing date: {us_numeric(dt.date(2017, 9, 22))}. The restrained person must not harass, strike
or contact the protected person and must stay at least 100 yards away.""",
        "respondent",
    )


@template("protective_order", "es")
def orden_proteccion(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""JUZGADO DE PAZ DE LO PENAL
ORDEN DE PROTECCION
A favor de: {written(f.name("respondent"), rng)}
Se ordenan medidas de protección: el agresor deberá abstenerse de acercarse a la víctima.
Dado el {es_long(dt.date(1998, 12, 1))}.""",
        "respondent",
    )


@template("u_visa_certification")
def i918b(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Form I-918 Supplement B, U Nonimmigrant Status Certification
Department of Homeland Security - U.S. Citizenship and Immigration Services
Part 1. Victim Information  Family Name: {written(f.name("respondent"), rng)}
Part 2. Agency Information  Certifying Agency: Chicago Police Department
Part 3. Criminal Acts  Qualifying criminal activity: domestic violence
Part 4. Helpfulness  The victim has been helpful in the investigation.
Certifying official signature   Date {us_numeric(dt.date(2019, 2, 11))}""",
        "respondent",
    )


@template("u_visa_certification")
def i918b_short(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""I-918, SUPPLEMENT B
Name of victim: {written(f.name("respondent"), rng)}
Certifying official: Lt. Maria Gonzales, Harris County Sheriff's Office
The victim possesses information concerning the qualifying criminal activity and is being
helpful to the prosecution.""",
        "respondent",
    )


@template("u_visa_certification")
def t_visa_declaration(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Form I-914 Supplement B
Declaration of Law Enforcement Officer for Victim of Trafficking in Persons
Victim: {written(f.name("respondent"), rng)}
Agency: U.S. Department of Labor, Office of Inspector General
Date {us_long(dt.date(2021, 10, 5))}""",
        "respondent",
    )


@template("court_record")
def certificate_disposition(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""CRIMINAL COURT OF THE CITY OF NEW YORK
CERTIFICATE OF DISPOSITION   Docket No. 2013NY044120
The People of the State of New York vs. {written(f.name("respondent"), rng)}
Charge: VTL 1192.3 Driving while intoxicated
Disposition: pled guilty to VTL 1192.1; sentenced to conditional discharge, fine $500
Date of disposition: {us_numeric(dt.date(2013, 10, 2))}  Clerk of the court""",
        "respondent",
    )


@template("court_record")
def probation_discharge(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Adult Probation Department - Maricopa County
Order of Discharge from Probation
Probationer: {written(f.name("respondent"), rng)}
Term of probation: {us_numeric(dt.date(2016, 1, 5))} to {us_numeric(dt.date(2017, 1, 4))}
The probationer has completed all conditions of probation and is discharged.""",
        "respondent",
        ("2016-01-05", "2017-01-04"),
    )


@template("court_record")
def docket(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""SUPERIOR COURT OF ARIZONA - CASE SUMMARY
State of Arizona v. {written(f.name("respondent"), rng)}   Case number CR2015-004127
Charges: 1. Shoplifting (misdemeanor) - DISMISSED
{us_numeric(dt.date(2015, 6, 1))}  Arraignment
{us_numeric(dt.date(2015, 8, 14))}  Order of dismissal entered""",
        "respondent",
    )


@template("certificate_of_translation")
def translation_birth(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    return Draft(
        f"""Translation from Spanish into English
UNITED MEXICAN STATES - CIVIL REGISTRY
BIRTH CERTIFICATE
Name: {written(r["name"], rng)}
Date of birth: {us_long(day(r["date_of_birth"]))}
Place of birth: Zamora, Michoacán, Mexico
CERTIFICATE OF TRANSLATION
I, Carmen Ibarra, certify that I am competent to translate from Spanish into English and that
the above is a true and accurate translation of the original document.
Date: {us_numeric(dt.date(2025, 1, 8))}""",
        "respondent",
    )


@template("certificate_of_translation")
def translator_certification(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""TRANSLATOR'S CERTIFICATION
I, Jorge Mena, certify that I am fluent in English and Spanish and that the attached English
translation of the employment letter of {written(f.name("respondent"), rng)} is complete and
accurate to the best of my knowledge and ability.
Signature ____________  Date {us_long(dt.date(2024, 12, 10))}""",
        "respondent",
    )


@template("certificate_of_translation")
def translation_of_letter(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""English translation
To whom it may concern:
By means of this letter I state that I have known {written(f.name("respondent"), rng)} for
fifteen years. She is an honest and hardworking person.
Sincerely, Guadalupe Ríos
Certification of translation: I certify that this is a true and correct translation from
Spanish into English. Maria Lopez, translator""",
        "respondent",
    )


@template("g28")
def g28(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Notice of Entry of Appearance as Attorney or Accredited Representative
Department of Homeland Security   Form G-28   OMB No. 1615-0105
Part 1. Information About Attorney or Accredited Representative
Family name: Okafor   Given name: Laura   State bar number 6310442
Part 3. Notice of Appearance as Attorney or Accredited Representative
Client's family name and given name: {written(f.name("respondent"), rng)}
Part 4. Client's Consent to Representation and Signature""",
        "respondent",
    )


@template("g28")
def g28_short(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""FORM G-28
NOTICE OF ENTRY OF APPEARANCE AS ATTORNEY
Attorney: Daniel Brooks, Illinois ARDC 6291133, recognized organization: Casa Legal
Client: {written(f.name("respondent"), rng)}   A-Number: A201-555-014""",
        "respondent",
    )


@template("g28")
def g28_page2(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Form G-28  Edition 09/17/18   Page 2 of 4
Part 2. Eligibility Information for Attorney or Accredited Representative
1.a. I am an attorney eligible to practice law in the highest courts of Illinois.
Licensing authority: Supreme Court of Illinois   Bar number 6310442
Client: {written(f.name("respondent"), rng)}""",
        "respondent",
    )


@template("other")
def receipt(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""JEWEL-OSCO #3421  CHICAGO IL
{us_numeric(dt.date(2023, 7, 4))} 14:22
MILK 2% GAL        3.49
TORTILLAS          2.99
BANANAS            1.12
SUBTOTAL           7.60   TAX 0.17   TOTAL 7.77
VISA ****4471   THANK YOU FOR SHOPPING""",
        None,
    )


@template("other")
def flyer(f: Family, rng: random.Random) -> Draft:
    return Draft(
        """FREE COMMUNITY FAIR!
Saturday in the park - music, food, games for kids
Health screenings and flu shots available
Bring your family and neighbors. Everyone welcome.""",
        None,
    )


@template("other")
def insurance_card(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""STATE FARM  Illinois Insurance Identification Card
Named insured: {written(f.name("respondent"), rng)}
Policy number 123 4567-B12-13   Effective 01/15/2024 to 07/15/2024
2012 Honda Civic  VIN 19XFB2F59CE004417""",
        "respondent",
    )


@template("other", "es")
def receta_cocina(f: Family, rng: random.Random) -> Draft:
    return Draft(
        """Tamales de la abuela
Ingredientes: masa, manteca, chile guajillo, carne de cerdo, hojas de maíz.
Remojar las hojas, preparar la masa y cocer al vapor por una hora.""",
        None,
    )


EQUITY_BY_TYPE = {
    "marriage_certificate": "us_family",
    "school_record": "education",
    "diploma": "education",
    "military_record": "military_service",
    "tax_record": "employment_and_taxes",
    "pay_record": "employment_and_taxes",
    "employment_letter": "employment_and_taxes",
    "residence_record": "length_of_residence",
    "letter_of_support": "community_ties",
    "protective_order": "crime_victim",
    "u_visa_certification": "crime_victim",
    "police_report": "crime_victim",
    "court_record": "rehabilitation",
    "certificate_of_translation": "other",
    "g28": "other",
    "other": "other",
}


def expected_equity(doc_type: str, about: str | None, family: Family) -> str:
    """The equity a paralegal would file this document under (DESIGN.md), written out by hand."""
    claims = family.case["claims"]
    arrived_as_child = (
        day(family.case["respondent"]["entered_us"])
        - day(family.case["respondent"]["date_of_birth"])
    ).days < 18 * 365
    if doc_type in ("birth_certificate", "passport", "identity_document"):
        if about == "respondent":
            return "identity"
        status = family.person(about)["status"] if about else "usc"
        return "us_family" if doc_type == "birth_certificate" or status == "usc" else "identity"
    if doc_type in ("naturalization_certificate", "permanent_resident_card"):
        return "identity" if about == "respondent" else "us_family"
    if doc_type in ("school_record", "diploma") and about == "respondent" and arrived_as_child:
        return "arrived_as_child"
    if doc_type == "medical_record":
        cared_for = claims.get("caretaker", {}).get("person")
        return "caretaker" if about and family.name(about) == cared_for else "medical"
    if doc_type == "u_visa_certification" and claims.get("law_enforcement_cooperation"):
        return "law_enforcement_cooperation"  # it certifies the victim's helpfulness
    if doc_type == "police_report" and not claims.get("crime_victim"):
        return (
            "law_enforcement_cooperation"
            if claims.get("law_enforcement_cooperation")
            else "crime_victim"
        )
    return EQUITY_BY_TYPE[doc_type]


def corpus(seed: int = 5) -> list[Sample]:
    """Every template for every family: the clean corpus."""
    rng = random.Random(seed)
    samples = []
    for family in FAMILIES:
        for doc_type, templates in TEMPLATES.items():
            for language, fn in templates:
                draft = fn(family, rng)
                samples.append(
                    Sample(
                        id=f"{family.key}/{fn.__name__}",
                        family=family,
                        type=doc_type,
                        about=draft.about,
                        equity=expected_equity(doc_type, draft.about, family),
                        language=language,
                        text=draft.text,
                        covers=draft.covers,
                    )
                )
    return samples


# --- degradation: what a phone photo and Tesseract do to text ---

_CONFUSIONS = [("O", "0"), ("l", "1"), ("I", "l"), ("rn", "m"), ("e", "c"), ("S", "5"), ("i", "í")]


def degrade(text: str, rng: random.Random, level: float) -> str:
    """OCR-like damage: letters confused, accents lost or gained, stray marks, broken lines.

    ``level`` is the share of words touched (0.05 is a fair phone photo, 0.15 a poor one).
    """
    lines = []
    for line in text.splitlines():
        out = []
        for word in line.split(" "):
            roll = rng.random()
            if roll < level * 0.4:
                old, new = rng.choice(_CONFUSIONS)
                word = word.replace(old, new, 1)
            elif roll < level * 0.7:
                word = plain(word)
            elif roll < level * 0.85 and len(word) > 6:
                at = rng.randrange(1, len(word) - 1)
                word = word[:at] + word[at + 1 :]  # a letter lost in a fold or a speck
            elif roll < level:
                word = word + rng.choice([",", ".", "'", "~", "|"])
            out.append(word)
        if rng.random() < level * 0.5:
            lines.append(" ".join(out[: len(out) // 2]))
            lines.append(" ".join(out[len(out) // 2 :]))
        else:
            lines.append(" ".join(out))
    return "\n".join(lines)


def degraded_corpus(seed: int = 5, level: float = 0.08) -> list[Sample]:
    rng = random.Random(seed * 7919)
    return [
        Sample(
            s.id + "~ocr",
            s.family,
            s.type,
            s.about,
            s.equity,
            s.language,
            degrade(s.text, rng, level),
            s.covers,
        )
        for s in corpus(seed)
    ]


# --- held out: wordings written after the rules were frozen, never used to tune them ---

HELD_OUT: dict[str, list[tuple[str, Template]]] = {}


def held_out(doc_type: str, language: str = "en") -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        HELD_OUT.setdefault(doc_type, []).append((language, fn))
        return fn

    return register


@held_out("birth_certificate", "es")
def partida_el_salvador(f: Family, rng: random.Random) -> Draft:
    r = f.person("respondent")
    return Draft(
        f"""ALCALDIA MUNICIPAL DE SAN MIGUEL
El infrascrito Jefe del Registro del Estado Familiar CERTIFICA: que en el Libro de Partidas de
Nacimiento número 12 que esta oficina lleva se encuentra la partida que literalmente dice:
{written(r["name"], rng)}, nació el día {es_long(day(r["date_of_birth"]))},
hija de María Gómez, de oficios domésticos.""",
        "respondent",
    )


@held_out("tax_record")
def wage_income_transcript(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Wage and Income Transcript
Request Date: 01-22-2025   Tax Period Requested: December, 2018
Form W-2 Wage and Tax Statement
Employer: Midwest Poultry Processing Co.
Employee: {plain(f.name("respondent")).upper()}
Wages, Tips and Other Compensation: $30,118.00""",
        "respondent",
        ("2018-01-01", "2018-12-31"),
    )


@held_out("tax_record")
def illinois_return(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Illinois Department of Revenue
2020 Form IL-1040 Individual Income Tax Return
Your first name and initial / Your last name: {written(f.name("respondent"), rng)}
Federal adjusted gross income 26,300   Illinois income tax 1,190""",
        "respondent",
        ("2020-01-01", "2020-12-31"),
    )


@held_out("pay_record")
def deposit_advice(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""ADVICE OF DEPOSIT - NON NEGOTIABLE
Pay date 11/22/2024   Period 11/04/2024 - 11/17/2024
{written(f.name("respondent"), rng)}
Gross pay 1,640.00   Taxes 201.15   Net pay 1,438.85   YTD gross 36,080.00""",
        "respondent",
        ("2024-11-04", "2024-11-17"),
    )


@held_out("residence_record", "es")
def contrato_renta_casa(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""CONTRATO DE RENTA DE CASA HABITACION
Arrendador: Sra. Delia Fuentes   Arrendatario: {written(f.name("respondent"), rng)}
Domicilio del inmueble: 3317 W 38th St, Chicago
Vigencia: del 1 de marzo de 2012 al 28 de febrero de 2013. Renta mensual $800.""",
        "respondent",
        ("2012-03-01", "2013-02-28"),
    )


@held_out("residence_record")
def nicor_statement(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Nicor Gas   Statement date: 02/11/2021
{plain(f.name("respondent")).upper()}
Service address 3317 W 38TH ST CHICAGO IL
Service from 01/08/2021 to 02/08/2021   Amount due $88.20""",
        "respondent",
        ("2021-01-08", "2021-02-08"),
    )


@held_out("residence_record")
def phone_bill(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""T-Mobile   Your monthly bill
Account holder: {written(f.name("respondent"), rng)}
Bill period: Apr 12, 2022 - May 11, 2022   Total due $75.00 by May 30, 2022""",
        "respondent",
        ("2022-04-12", "2022-05-11"),
    )


@held_out("letter_of_support", "es")
def carta_pastor(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Iglesia Cristiana Fuente de Vida
{es_long(dt.date(2025, 2, 2))}
Estimado Juez de Inmigración:
Conozco a {written(f.name("respondent"), rng)} desde hace diez años. Sirve en nuestra iglesia
cada domingo y es una persona responsable y muy querida en la comunidad.
Pastor Rubén Salas""",
        "respondent",
    )


@held_out("letter_of_support")
def character_reference(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Re: {written(f.name("respondent"), rng)} - character reference
I coach the youth soccer league where this family has volunteered since 2016. I have never
met a more generous neighbor. I hope the court will let them stay.
Mark Ellison""",
        "respondent",
    )


@held_out("employment_letter")
def works_since(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""ABC Roofing & Siding
{us_long(dt.date(2024, 8, 9))}
To whom it may concern,
This is to certify that {written(f.name("respondent"), rng)} works for our company as a roofer
since May 2015. He is paid $24 per hour and works 45 hours a week.
Tom Becker, owner""",
        "respondent",
        ("2015-05-01", "2024-08-09"),
    )


@held_out("medical_record")
def mental_health(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Heartland Health Outreach - Behavioral Health
Psychological Evaluation   Date of evaluation: {us_numeric(dt.date(2023, 4, 4))}
Client: {written(f.name("respondent"), rng)}
Diagnosis: posttraumatic stress disorder (F43.10), major depressive disorder
Recommendation: continued weekly therapy.""",
        "respondent",
    )


@held_out("school_record")
def attendance_verification(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""Aurora West School District 129
Attendance Verification - 2019-2020
Student: {written(f.person("child0")["name"], rng)}   Grade 2
Days enrolled 150   Days present 146""",
        "child0",
        ("2019-08-01", "2020-06-30"),
    )


@held_out("military_record")
def dd214_1970s(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""ARMED FORCES OF THE UNITED STATES
REPORT OF TRANSFER OR DISCHARGE
1. LAST NAME - FIRST NAME - MIDDLE NAME {written(f.name("spouse"), rng)}
4. GRADE, RATE OR RANK SP4   TYPE OF TRANSFER OR DISCHARGE: HONORABLE
DD FORM 214 1 JUL 66""",
        "spouse",
    )


@held_out("police_report")
def nypd_dir(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""NEW YORK CITY POLICE DEPARTMENT
DOMESTIC INCIDENT REPORT
Victim: {written(f.name("respondent"), rng)}
Date/time of occurrence: {us_numeric(dt.date(2016, 3, 12))} 23:10
Offender threatened victim with a knife.""",
        "respondent",
    )


@held_out("court_record")
def dismissal_order(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""IN THE COUNTY COURT OF DALLAS COUNTY, TEXAS
THE STATE OF TEXAS v. {written(f.name("respondent"), rng)}   Cause No. M1544120
ORDER
On motion of the State, the charge of driving with an invalid license is DISMISSED.
Signed {us_long(dt.date(2015, 11, 3))}.  Judge presiding""",
        "respondent",
    )


@held_out("identity_document", "es")
def dpi_guatemala(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""REPUBLICA DE GUATEMALA  RENAP
DOCUMENTO PERSONAL DE IDENTIFICACION
Nombre: {written(f.name("respondent"), rng)}
Fecha de nacimiento: {es_numeric(day(f.person("respondent")["date_of_birth"]))}
CUI 2466 55012 1301""",
        "respondent",
    )


@held_out("protective_order")
def tro(f: Family, rng: random.Random) -> Draft:
    return Draft(
        f"""DISTRICT COURT, DENVER COUNTY, COLORADO
TEMPORARY CIVIL PROTECTION ORDER
Protected person: {written(f.name("respondent"), rng)}
The restrained party shall not contact, harass or threaten the protected person.""",
        "respondent",
    )


@held_out("other")
def church_bulletin(f: Family, rng: random.Random) -> Draft:
    return Draft(
        """St. Agnes Parish weekly bulletin
Our community picnic is Sunday after mass. Volunteers needed for the food pantry.
Congregation members: please bring a dish to share. Thank you, honest hardworking friends!""",
        None,
    )


def held_out_corpus(seed: int = 5) -> list[Sample]:
    rng = random.Random(seed)
    samples = []
    for family in FAMILIES:
        for doc_type, templates in HELD_OUT.items():
            for language, fn in templates:
                draft = fn(family, rng)
                samples.append(
                    Sample(
                        f"{family.key}/{fn.__name__}",
                        family,
                        doc_type,
                        draft.about,
                        expected_equity(doc_type, draft.about, family),
                        language,
                        draft.text,
                        draft.covers,
                    )
                )
    return samples
