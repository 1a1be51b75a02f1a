"""The third blind corpus: four invented families (Honduran Garifuna in Louisiana, Mixtec from
Oaxaca in Oregon, Colombian in Georgia, Punjabi in Washington), each a case folder of the
evidence a legal-aid office really receives (phone photos on a desk, a passport and a work
permit photographed in a landscape frame, copier stacks, a report photographed page by page,
Spanish originals with and without their translations), a case.yaml whose claims the documents
bear out, and the truth it is scored against. Written from plain descriptions of real
documents, without reading the rules, the other blind corpora or the tuning corpus.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind3.cases OUT_DIR     # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind3 import documents as doc
from tests.realistic import capture
from tests.realistic.model import CasePlan, Person, write_from_command_line, write_plans

D = dt.date
T = dt.datetime

# Every paper is dated on or before this day, and claimed residence is judged up to it.
AS_OF = D(2026, 11, 30)

SPANISH_LABELS = {
    "type": "Tipo / Type",
    "code": "Código / Code",
    "number": "Pasaporte No. / Passport No.",
    "surname": "Apellidos / Surname",
    "given": "Nombres / Given names",
    "nationality": "Nacionalidad / Nationality",
    "born": "Fecha de nacimiento / Date of birth",
    "sex": "Sexo / Sex",
    "place": "Lugar de nacimiento / Place of birth",
    "issued": "Fecha de expedición / Date of issue",
    "authority": "Autoridad / Authority",
    "expiry": "Fecha de vencimiento / Date of expiry",
}


def _representative(rep: dict[str, Any]) -> dict[str, Any]:
    """The case.yaml block for a representative (the G-28 also carries the bar admission)."""
    return {k: rep[k] for k in ("name", "organization", "address", "phone", "email", "eoir_id")}


# ---------------------------------------------------------------- 1. New Orleans, Louisiana


def guity() -> CasePlan:
    """A Garifuna mother from the north coast of Honduras in New Orleans, robbed and beaten at
    a bus stop and helpful to the police: a Honduran passport photographed a quarter turn off,
    her birth record in Spanish with a translation whose translator never says she is
    competent or that it is accurate, two boxed Louisiana birth certificates, two W-2s in one
    copier PDF, the police report photographed page by page, an I-918 Supplement B."""
    dilcia = Person(
        "Dilcia Marleny", "Guity Bernárdez", D(1989, 2, 17), "F", "Sambo Creek, Atlántida"
    )
    mother_bc = Person(dilcia.given, dilcia.surname, dilcia.born, "F", "Honduras")
    wilmer = Person("Wilmer Antonio", "Castillo Suazo", D(1986, 8, 30), "M", "Honduras")
    keyla = Person("Keyla Yamileth", "Castillo Guity", D(2017, 6, 3), "F", "New Orleans")
    jaden = Person("Jaden Wilmer", "Castillo Guity", D(2020, 11, 19), "M", "New Orleans")
    cirilo = Person("Cirilo", "Guity Martínez", D(1958, 4, 2), "M", "Honduras")
    francisca = Person("Francisca", "Bernárdez Lacayo", D(1962, 9, 12), "F", "Honduras")
    rep = {
        "name": "Rebecca Thibodeaux-Núñez",
        "organization": "Gulf Coast Immigrant Justice Center",
        "address": ["1001 Howard Avenue, Suite 1800", "New Orleans, LA 70113"],
        "phone": "504-555-0161",
        "email": "rthibodeaux@gcijc.example",
        "eoir_id": "LA318840",
        "bar": ("Louisiana", "38217"),
    }
    street, city = "2417 Allen Street", "New Orleans, LA 70119"
    seed = 3100
    birth = doc.honduras_birth(
        dilcia,
        cirilo,
        francisca,
        municipality="Jutiapa",
        department="Atlántida",
        registered=D(1989, 3, 20),
        issued=D(2025, 7, 8),
        dni="0107-1989-00418",
        seed=seed + 2,
    )
    translated = doc.translation(
        birth,
        dilcia,
        "Certification of Birth Record",
        [
            ("Identity Number (DNI)", "0107-1989-00418"),
            ("Given names", "DILCIA MARLENY"),
            ("Surnames", "GUITY BERNARDEZ"),
            ("Sex", "FEMALE"),
            ("Date of birth", "February 17, 1989"),
            ("Place of birth", "Jutiapa, Atlántida, Honduras"),
            ("Father's name", "CIRILO GUITY MARTINEZ"),
            ("Mother's name", "FRANCISCA BERNARDEZ LACAYO"),
            ("Date of registration", "March 20, 1989"),
        ],
        "The undersigned Municipal Civil Registrar CERTIFIES that this is a true copy of the "
        "birth record entered in the Civil Registry of this municipality, with no marginal "
        "notes. Issued in Jutiapa, Atlántida, on July 8, 2025. National Registry of Persons "
        "(RNP), Republic of Honduras.",
        translator={
            "name": "Marvin Ezequiel Lacayo",
            "address": ["3320 Tulane Avenue, Apt. 4", "New Orleans, LA 70119"],
            "phone": "504-555-0178",
        },
        signed=D(2026, 9, 22),
        complete=False,
    )
    placed = [
        capture.card_photo(
            doc.passport(
                dilcia,
                code="HND",
                country=["REPÚBLICA DE HONDURAS", "REPUBLIC OF HONDURAS · PASAPORTE / PASSPORT"],
                nationality="HONDUREÑA / HONDURAN",
                number="G4281937",
                issued=D(2023, 5, 16),
                expiry=D(2033, 5, 15),
                authority="INM · CONSULADO NUEVA ORLEANS",
                labels=SPANISH_LABELS,
                colour=(200, 215, 235),
                seed=seed + 1,
                language=["es", "en"],
            ),
            "scans/IMG_4471.jpg",
            seed + 1,
            turn=90,
        ),
        capture.scan(birth, "scans/partida nacimiento dilcia.jpg", seed + 2, colour=True),
        capture.scan(translated, "scans/traduccion partida.pdf", seed + 3, dpi=150),
        capture.desk(
            doc.louisiana_birth(
                keyla,
                mother_bc,
                wilmer,
                parish="Orleans",
                city="New Orleans",
                facility="Crescent City Women's and Infants Hospital",
                time="0612",
                file_no="117-2017-014283",
                filed=D(2017, 6, 19),
                issued=D(2025, 1, 14),
                mother_address=f"{street}, New Orleans, Orleans",
                seed=seed + 4,
            ),
            "scans/IMG_4475.jpg",
            seed + 4,
        ),
        capture.scan(
            doc.louisiana_birth(
                jaden,
                mother_bc,
                wilmer,
                parish="Orleans",
                city="New Orleans",
                facility="Crescent City Women's and Infants Hospital",
                time="2147",
                file_no="117-2020-031907",
                filed=D(2020, 12, 4),
                issued=D(2025, 1, 14),
                mother_address=f"{street}, New Orleans, Orleans",
                seed=seed + 5,
            ),
            "scans/jaden birth cert.pdf",
            seed + 5,
            dpi=150,
        ),
        capture.copier(
            [
                doc.w2(
                    dilcia,
                    year,
                    ssn="XXX-XX-7730",
                    employer="Crescent Hospitality Group LLC",
                    employer_lines=[
                        "d/b/a The Faubourg Inn",
                        "615 Canal Street",
                        "New Orleans, LA 70130",
                    ],
                    ein="72-1480396",
                    street=street,
                    city=city,
                    wages=wages,
                    federal=fed,
                    state="LA",
                    state_id="3309128-001",
                    state_tax=wages * 0.021,
                    seed=seed + 10 + year,
                )
                for year, wages, fed in [(2019, 21880.4, 812.0), (2020, 16412.75, 390.0)]
            ],
            "scans/w2s.pdf",
            seed + 6,
        ),
        capture.desk(
            doc.police_report(
                dilcia,
                agency="NEW ORLEANS POLICE DEPARTMENT",
                agency_lines=[
                    "Seventh District Station · 10555 Lake Forest Blvd.",
                    "Public Integrity Bureau copy request #PR-24-1180",
                ],
                item="C-14722-21",
                occurred=T(2021, 3, 14, 22, 40),
                reported=T(2021, 3, 14, 23, 5),
                location="Chef Menteur Hwy at Downman Rd (RTA bus stop)",
                offense="64 - Armed robbery / 35 - Simple battery",
                victim_address=f"{street}, New Orleans, LA 70119",
                suspect="B/M, 20-25, 5'10\", black hoodie, armed with a handgun",
                narrative=[
                    "On 3/14/2021 at approx. 2305 hrs R/O was dispatched to Chef Menteur Hwy "
                    "at Downman Rd in reference to an armed robbery. R/O met the victim, "
                    "DILCIA GUITY, who stated in Spanish (translated by R/O's partner, "
                    "Ofc. Mejía) that she was waiting for the 94 bus after her shift at the "
                    "hotel when a male approached, displayed a black handgun and demanded her "
                    "bag.",
                    "When the victim hesitated the subject struck her in the face with the "
                    "handgun, took her bag containing her phone and wallet, and fled on foot "
                    "toward Downman Rd. The victim had a laceration above her left eye. EMS "
                    "(Unit 12) treated her on the scene and transported her to University "
                    "Medical Center.",
                    "The victim viewed a photo lineup on 3/22/2021 and identified the subject "
                    "with certainty. She agreed to testify and has kept in contact with the "
                    "investigating detective. Case referred to Robbery Division, Det. A. "
                    "Fontenot.",
                ],
                officer="P.O. Gregory Landry",
                badge="2291",
            ),
            ["scans/IMG_4490.jpg", "scans/IMG_4491.jpg"],
            seed + 7,
        ),
        capture.scan(
            doc.u_visa_certification(
                dilcia,
                a_number="A209331874",
                agency="Orleans Parish District Attorney's Office",
                agency_address="619 S. White Street, New Orleans, LA 70119",
                certifier="Monique Delacroix-Perry",
                title="First Assistant District Attorney",
                phone="504-555-0193",
                case_no="C-14722-21",
                crime_date=D(2021, 3, 14),
                activity="Armed robbery with battery",
                statute="La. R.S. 14:64; La. R.S. 14:35",
                helpful="Ms. Guity Bernárdez reported the robbery immediately, identified the "
                "defendant in a photographic lineup, met with prosecutors four times and "
                "testified at the preliminary examination on September 8, 2021. The "
                "defendant pleaded guilty to armed robbery on May 2, 2022.",
                signed=D(2022, 8, 11),
            ),
            "scans/supplement b.pdf",
            seed + 8,
            dpi=150,
        ),
        capture.desk(
            doc.report_card(
                keyla,
                school="Bayou Magnolia Charter Elementary",
                school_lines=[
                    "A public charter school in Orleans Parish",
                    "4100 Franklin Avenue, New Orleans, LA 70122 · (504) 555-0140",
                ],
                year="2025-2026",
                grade="3",
                teacher="Ms. Danielle Broussard",
                marks=[
                    ("English Language Arts", "B", "B+", ""),
                    ("Mathematics", "A-", "A", ""),
                    ("Science", "B+", "A-", ""),
                    ("Social Studies", "B", "B", ""),
                    ("Music", "A", "A", ""),
                ],
                absent=2,
                tardy=1,
                comment="Keyla is a kind and curious student who reads every day. She has "
                "grown in math fluency and helps classmates who are new to English. Her "
                "mother comes to every conference.",
            ),
            "scans/IMG_4502.jpg",
            seed + 9,
        ),
        capture.scan(
            doc.letter(
                "pastor_letter",
                head=(
                    "Iglesia Bautista Garífuna Nueva Esperanza",
                    [
                        "New Hope Garifuna Baptist Church",
                        "3912 St. Claude Avenue, New Orleans, LA 70117 · (504) 555-0127",
                    ],
                    (60, 40, 100),
                    "cross",
                ),
                dated="October 30, 2026",
                recipient=[
                    "Office of the Principal Legal Advisor",
                    "U.S. Immigration and Customs Enforcement",
                    "New Orleans, Louisiana",
                ],
                re_line="Re: Dilcia Marleny Guity Bernárdez",
                salutation="To Whom It May Concern:",
                body=[
                    "I am the senior pastor of New Hope Garifuna Baptist Church, where our "
                    "congregation of about two hundred families worships in Garifuna, Spanish "
                    "and English. I have known Sister Dilcia since she arrived in New Orleans "
                    "in 2015 and began attending with her cousins.",
                    "Dilcia leads our children's choir on Sunday mornings and cooks for the "
                    "church's Garifuna Settlement Day celebration every November. After she "
                    "was attacked in 2021 she was afraid to ride the bus at night, yet she "
                    "kept working and kept bringing her children to church every week.",
                    "She is a devoted mother to Keyla and Jaden and a trusted member of our "
                    "community. I ask with respect that she be allowed to remain with her "
                    "children in the United States.",
                ],
                closing="In Christ,",
                signer="Rev. Nathaniel Arzú Palacios",
                signer_lines=["Senior Pastor"],
                type="letter_of_support",
                about=dilcia,
                equity="community_ties",
            ),
            "scans/carta pastor.jpg",
            seed + 11,
            dpi=150,
        ),
        capture.scan(
            doc.g28(
                dilcia,
                a_number="209331874",
                rep=rep,
                client_street=street,
                client_city=city,
                signed=D(2026, 11, 3),
            ),
            "scans/G28.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": dilcia.name,
            "a_number": "A209-331-874",
            "date_of_birth": dilcia.born,
            "country": "Honduras",
            "entered_us": D(2015, 9, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "New Orleans, LA",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "master",
            "opla_office": "New Orleans",
        },
        "request": {"type": "dismissal"},
        "representative": _representative(rep),
        "claims": {
            "children": [
                {"name": keyla.name, "date_of_birth": keyla.born, "status": "usc"},
                {"name": jaden.name, "date_of_birth": jaden.born, "status": "usc"},
            ],
            "education": True,
            "crime_victim": {"kind": "other"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 12, 8), "served_by": rep["name"]},
    }
    findings = [
        # The translator signed and dated but never certified competence and accuracy.
        {
            "code": "incomplete-translation-certificate",
            "file": ["scans/traduccion partida.pdf", "scans/partida nacimiento dilcia.jpg"],
        },
    ]
    return CasePlan(
        "guity",
        "blind3",
        case,
        placed,
        findings,
        notes="true finding: the translation's certificate lacks competence and accuracy",
    )


# ---------------------------------------------------------------- 2. Woodburn, Oregon


def bautista() -> CasePlan:
    """A Mixtec farmworker from the Oaxacan highlands in Woodburn, Oregon, twenty years here
    with two US-citizen children, type 2 diabetes and a DUII from 2013: a Mexican passport in a
    landscape frame, his acta photographed on the desk with its translation, a copier PDF of a
    birth certificate, a report card and rent receipts, two tax return transcripts in one PDF,
    a neighbour's handwritten letter in Spanish that nobody translated."""
    anselmo = Person("Anselmo", "Bautista Cruz", D(1983, 8, 9), "M", "San Juan Mixtepec, Oaxaca")
    father_bc = Person(anselmo.given, anselmo.surname, anselmo.born, "M", "Mexico")
    rosalba = Person("Rosalba", "Ramírez López", D(1987, 1, 15), "F", "Mexico")
    yaretzi = Person("Yaretzi", "Bautista Ramírez", D(2010, 3, 22), "F", "Salem")
    emiliano = Person("Emiliano", "Bautista Ramírez", D(2014, 12, 5), "M", "Silverton")
    felix = Person("Félix", "Bautista Santiago", D(1955, 1, 1), "M", "Oaxaca")
    juana = Person("Juana", "Cruz Mendoza", D(1960, 6, 24), "F", "Oaxaca")
    rep = {
        "name": "Samuel Okafor-Reyes",
        "organization": "Willamette Valley Immigrant Legal Services",
        "address": ["385 N. First Street", "Woodburn, OR 97071"],
        "phone": "503-555-0119",
        "email": "sokafor@wvils.example",
        "eoir_id": "OR207734",
        "bar": ("Oregon", "114392"),
    }
    translator = {
        "name": "Itzel Mariana Sosa Vidal",
        "address": ["1630 Hawthorne Ave. NE", "Salem, OR 97301"],
        "phone": "503-555-0186",
    }
    street, city = "1455 Cascade Drive, Space 38", "Woodburn, OR 97071"
    seed = 3300
    acta = doc.mexico_birth(
        anselmo,
        felix,
        juana,
        municipality="San Juan Mixtepec",
        state="Oaxaca",
        registered=D(1983, 10, 3),
        issued=D(2024, 11, 18),
        curp="BACA830809HOCTRN04",
        seed=seed + 2,
    )
    translated = doc.translation(
        acta,
        anselmo,
        "Birth Certificate",
        [
            ("CURP", "BACA830809HOCTRN04"),
            ("Given name(s)", "ANSELMO"),
            ("First surname", "BAUTISTA"),
            ("Second surname", "CRUZ"),
            ("Sex", "MALE"),
            ("Date of birth", "08-09-1983 (August 9, 1983)"),
            ("Place of birth", "SAN JUAN MIXTEPEC, OAXACA"),
            ("Father", "FELIX BAUTISTA SANTIAGO"),
            ("Mother", "JUANA CRUZ MENDOZA"),
            ("Date of registration", "10-03-1983 (October 3, 1983)"),
        ],
        "It is certified that the data correspond to what is entered in the birth record kept "
        "in the archives of the Civil Registry of the State of Oaxaca. Issued in Oaxaca de "
        "Juárez, Oaxaca, on November 18, 2024. United Mexican States.",
        translator=translator,
        signed=D(2026, 10, 5),
    )
    placed = [
        capture.card_photo(
            doc.passport(
                anselmo,
                code="MEX",
                country=[
                    "ESTADOS UNIDOS MEXICANOS",
                    "UNITED MEXICAN STATES · PASAPORTE / PASSPORT",
                ],
                nationality="MEXICANA",
                number="N03817264",
                issued=D(2023, 2, 7),
                expiry=D(2033, 2, 6),
                authority="SRE · CONSULADO PORTLAND",
                labels=SPANISH_LABELS,
                colour=(205, 228, 210),
                seed=seed + 1,
                language=["es", "en"],
            ),
            "scans/pasaporte.jpg",
            seed + 1,
        ),
        capture.desk(acta, "scans/IMG_20251104_101522.jpg", seed + 2),
        capture.scan(translated, "scans/acta translation.pdf", seed + 3, dpi=150),
        capture.scan(
            doc.oregon_birth(
                yaretzi,
                rosalba,
                father_bc,
                county="Marion",
                city="Salem",
                facility="Salem Valley Regional Hospital",
                file_no="136-2010-008412",
                filed=D(2010, 4, 6),
                issued=D(2024, 6, 3),
                seed=seed + 4,
            ),
            "scans/yaretzi birth.jpg",
            seed + 4,
        ),
        capture.copier(
            [
                doc.oregon_birth(
                    emiliano,
                    rosalba,
                    father_bc,
                    county="Marion",
                    city="Silverton",
                    facility="Silver Falls Community Hospital",
                    file_no="136-2014-029955",
                    filed=D(2014, 12, 22),
                    issued=D(2024, 6, 3),
                    seed=seed + 5,
                ),
                doc.report_card(
                    emiliano,
                    school="Pudding River Elementary School",
                    school_lines=[
                        "Woodburn School District 103",
                        "1275 Young Street, Woodburn, OR 97071 · (503) 555-0152",
                    ],
                    year="2025-2026",
                    grade="6",
                    teacher="Mr. Tobias Nakamura",
                    marks=[
                        ("Reading / Lectura", "3", "3", ""),
                        ("Writing / Escritura", "2", "3", ""),
                        ("Mathematics", "4", "4", ""),
                        ("Science", "3", "3", ""),
                        ("Physical Education", "4", "4", ""),
                    ],
                    absent=3,
                    tardy=0,
                    comment="Emiliano works hard in our dual-language class and is one of the "
                    "strongest math students in sixth grade. (4 = exceeds, 3 = meets, 2 = "
                    "approaching the standard.)",
                ),
                doc.rent_receipts(
                    anselmo,
                    landlord="Gerald Huffstetler",
                    address="1455 Cascade Dr. Sp. 38",
                    months=[D(2025, m, 1) for m in range(1, 7)],
                    amount=725,
                    first_no=4416,
                ),
            ],
            "scans/scan_0012.pdf",
            seed + 5,
        ),
        capture.copier(
            [
                doc.tax_return_transcript(
                    anselmo,
                    year,
                    ssn4="4471",
                    street=street,
                    filing_status="Married Filing Joint",
                    wages=wages,
                    business=0.0,
                    agi=wages,
                    tax=tax,
                    requested=D(2026, 10, 27),
                    seed=seed + 20 + year,
                )
                for year, wages, tax in [(2019, 29410.0, 0.0), (2022, 38975.0, 611.0)]
            ],
            "scans/impuestos.pdf",
            seed + 6,
        ),
        capture.scan(
            doc.dui_judgment(
                anselmo,
                county="Marion",
                case_no="13CR04418",
                arrested=D(2013, 2, 9),
                judged=D(2013, 5, 20),
                judge="Hon. Patricia L. Vandermolen",
                address="892 Young Street, Woodburn, OR 97071",
            ),
            "scans/court papers 2013.pdf",
            seed + 7,
            dpi=150,
        ),
        capture.desk(
            doc.visit_summary(
                anselmo,
                clinic="Salud del Valle Community Health Center",
                clinic_lines=[
                    "Woodburn Clinic · 1118 N. Pacific Hwy, Woodburn, OR 97071",
                    "(503) 555-0107 · Se habla español y mixteco",
                ],
                visit=D(2025, 11, 12),
                provider="Elena Marchetti-Ruiz, FNP-C",
                mrn="SV-0448192",
                reason="Diabetes follow-up, foot check",
                problems=[
                    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
                    ("I10", "Essential (primary) hypertension"),
                ],
                vitals="BP 138/86, pulse 78, weight 182 lb, A1c 8.4 % (was 9.1 % in May)",
                medications=[
                    "metformin 1000 mg twice a day with meals",
                    "glipizide 5 mg every morning",
                    "lisinopril 10 mg once a day",
                ],
                notes=[
                    "Your A1c is better than in May. Keep taking metformin with breakfast and "
                    "dinner. Check your sugar every morning before you eat and write it in "
                    "your log. Bring the log and the meter to your next visit.",
                    "Diabetes education class with the promotora (in Mixteco and Spanish) on "
                    "Thursdays at 5 pm. Eye exam referral sent. Return in 3 months.",
                ],
            ),
            "scans/IMG_20251112_183040.jpg",
            seed + 8,
        ),
        capture.scan(
            doc.handwritten_letter(
                anselmo,
                place_date="Woodburn, Oregon, 2 de noviembre de 2026",
                salutation="A quien corresponda:",
                body=[
                    "Mi nombre es Graciela Montes Quiroga y soy vecina de la familia Bautista en "
                    "el parque de casas móviles desde hace once años. Conozco a Anselmo como un "
                    "hombre trabajador y responsable que se levanta antes del amanecer para ir "
                    "a trabajar en los viveros y en la cosecha.",
                    "Cuando mi esposo se enfermó, Anselmo nos llevaba al hospital en Salem y "
                    "arregló el techo de nuestra casa sin cobrarnos nada. Sus hijos Yaretzi y "
                    "Emiliano son niños buenos que estudian mucho.",
                    "Les pido que le permitan quedarse con su familia. Es una persona muy "
                    "querida en nuestra comunidad.",
                ],
                closing="Atentamente,",
                signer="Graciela Montes Quiroga",
                lines=["1455 Cascade Dr., Espacio 41", "Woodburn, OR 97071", "Tel. 503-555-0134"],
                language="es",
            ),
            "scans/carta vecina.jpg",
            seed + 9,
            dpi=150,
        ),
        capture.scan(
            doc.g28(
                anselmo,
                a_number="206418553",
                rep=rep,
                client_street=street,
                client_city=city,
                signed=D(2026, 10, 21),
            ),
            "scans/g-28 anselmo.pdf",
            seed + 10,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": anselmo.name,
            "a_number": "206-418-553",
            "date_of_birth": anselmo.born,
            "country": "Mexico",
            "entered_us": D(2006, 4, 15),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Portland, OR",
            "next_hearing": D(2027, 4, 6),
            "hearing_type": "master",
            "opla_office": "Portland",
        },
        "request": {
            "type": "dismissal",
            "narrative": "Mr. Bautista Cruz's only contact with the criminal system was a "
            "misdemeanor DUII in February 2013. He pleaded guilty, completed alcohol "
            "treatment and two years of probation, and has had no arrest in the thirteen years "
            "since.",
        },
        "representative": _representative(rep),
        "translator": translator,
        "claims": {
            "residence_since": D(2006, 4, 15),
            "children": [
                {"name": yaretzi.name, "date_of_birth": yaretzi.born, "status": "usc"},
                {"name": emiliano.name, "date_of_birth": emiliano.born, "status": "usc"},
            ],
            "education": True,
            "medical": {"person": "self", "condition": "type 2 diabetes"},
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 12, 9), "served_by": rep["name"]},
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "DUII (ORS 813.010), Marion County Circuit Court case 13CR04418",
                "date": D(2013, 5, 20),
                "disposition": "guilty plea; 24 months bench "
                "probation and treatment, completed 2015",
            }
        ],
    }
    findings = [
        # The neighbour wrote in Spanish and nobody translated her letter.
        {"code": "untranslated-document", "file": "scans/carta vecina.jpg"},
        # Twenty years claimed; the folder dates only 2013, 2019, 2022 and early 2025.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "bautista",
        "blind3",
        case,
        placed,
        findings,
        notes=(
            "true findings: an untranslated Spanish letter; residence since 2006 proved in patches"
        ),
    )


# ---------------------------------------------------------------- 3. Lawrenceville, Georgia


def cardona() -> CasePlan:
    """A Colombian mother in Gwinnett County renewing a denied request: since the denial her
    mother had a stroke and she is her caregiver. A bilingual Colombian passport, a registro
    civil with its translation, a Georgia birth certificate photographed on a desk, two pay
    stubs in one PDF, a neurologist's letter, a school's attendance letter, an ESL certificate,
    an immigration court hearing notice and OPLA's letter declining discretion."""
    luz = Person("Luz Adriana", "Cardona Restrepo", D(1979, 10, 4), "F", "Pereira, Risaralda")
    mother_bc = Person(luz.given, luz.surname, luz.born, "F", "Colombia")
    gloria = Person(
        "Gloria Inés", "Restrepo de Cardona", D(1951, 3, 28), "F", "Santa Rosa de Cabal"
    )
    jaime = Person("Jaime Alberto", "Cardona Giraldo", D(1948, 11, 9), "M", "Colombia")
    mauricio = Person("Mauricio Andrés", "Ospina Vélez", D(1977, 2, 21), "M", "Colombia")
    santiago = Person("Santiago Andrés", "Ospina Cardona", D(2012, 7, 14), "M", "Lawrenceville")
    rep = {
        "name": "Naomi Feldstein-Arango",
        "organization": "Piedmont Refugee & Immigrant Law Project",
        "address": ["3480 Peachtree Road NE, Suite 500", "Atlanta, GA 30326"],
        "phone": "404-555-0172",
        "email": "nfeldstein@prilp.example",
        "eoir_id": "GA551208",
        "bar": ("Georgia", "402918"),
    }
    translator = {
        "name": "Camilo Ernesto Buitrago",
        "address": ["5900 Jimmy Carter Blvd., Suite 212", "Norcross, GA 30071"],
        "phone": "770-555-0145",
    }
    street, city = "1186 Hurricane Shoals Road NW", "Lawrenceville, GA 30043"
    seed = 3500
    registro = doc.colombia_birth(
        luz,
        jaime,
        gloria,
        municipality="Pereira",
        department="Risaralda",
        registered=D(1979, 11, 2),
        issued=D(2025, 8, 19),
        serial="4521877",
        seed=seed + 2,
    )
    translated = doc.translation(
        registro,
        luz,
        "Civil Registry of Birth",
        [
            ("Serial indicator", "4521877"),
            ("Registry office", "Second Notary's Office of Pereira"),
            ("First surname", "CARDONA"),
            ("Second surname", "RESTREPO"),
            ("Given name(s)", "LUZ ADRIANA"),
            ("Date of birth", "04 OCTOBER 1979"),
            ("Sex", "FEMALE"),
            ("Place of birth", "COLOMBIA, RISARALDA, PEREIRA"),
            ("Mother", "GLORIA INES RESTREPO DE CARDONA"),
            ("Father", "JAIME ALBERTO CARDONA GIRALDO"),
            ("Date of registration", "02 NOVEMBER 1979"),
        ],
        "This is a true copy of the original Civil Registry of Birth kept in this office, "
        "issued to prove kinship and for other legal purposes (Decree 1260 of 1970). Issued in "
        "Pereira, Risaralda, on August 19, 2025. National Civil Registry, Republic of Colombia.",
        translator=translator,
        signed=D(2026, 9, 30),
    )
    placed = [
        capture.card_photo(
            doc.passport(
                luz,
                code="COL",
                country=["REPÚBLICA DE COLOMBIA", "REPUBLIC OF COLOMBIA · PASAPORTE / PASSPORT"],
                nationality="COLOMBIANA",
                number="AX482915",
                issued=D(2021, 4, 22),
                expiry=D(2031, 4, 21),
                authority="CONSULADO EN ATLANTA",
                labels=SPANISH_LABELS,
                colour=(240, 226, 200),
                seed=seed + 1,
                language=["es", "en"],
            ),
            "scans/IMG_8812.jpg",
            seed + 1,
        ),
        capture.scan(registro, "scans/registro civil.jpg", seed + 2, colour=True),
        capture.scan(translated, "scans/registro civil english.pdf", seed + 3, dpi=150),
        capture.desk(
            doc.georgia_birth(
                santiago,
                mother_bc,
                mauricio,
                county="Gwinnett",
                city="Lawrenceville",
                facility="Gwinnett Regional Women's Hospital",
                time="03:52 AM",
                file_no="GA 2012-088314",
                filed=D(2012, 7, 30),
                issued=D(2025, 10, 2),
                seed=seed + 4,
            ),
            "scans/IMG_8820.jpg",
            seed + 4,
        ),
        capture.copier(
            [
                doc.pay_stub(
                    luz,
                    employer="Brillante Commercial Cleaning LLC",
                    employer_lines=[
                        "5525 Oakbrook Parkway, Suite 140",
                        "Norcross, GA 30093 · (770) 555-0110",
                    ],
                    start=start,
                    end=end,
                    paid=paid,
                    hours=hours,
                    rate=17.5,
                    ytd=ytd,
                    employee_id="BCC-20417",
                    street=street,
                    city=city,
                )
                for start, end, paid, hours, ytd in [
                    (D(2026, 9, 28), D(2026, 10, 11), D(2026, 10, 16), 72.0, 27930.0),
                    (D(2026, 10, 12), D(2026, 10, 25), D(2026, 10, 30), 76.5, 29268.75),
                ]
            ],
            "scans/talones de pago.pdf",
            seed + 5,
        ),
        capture.scan(
            doc.letter(
                "neurology_letter",
                head=(
                    "Gwinnett Neurology & Stroke Associates",
                    [
                        "1120 Medical Center Blvd., Suite 300, Lawrenceville, GA 30046",
                        "Phone (678) 555-0188 · Fax (678) 555-0189",
                    ],
                    (20, 80, 130),
                    "shield",
                ),
                dated="October 14, 2026",
                recipient=[],
                re_line="RE: Gloria Inés Restrepo de Cardona, DOB 03/28/1951",
                salutation="To Whom It May Concern:",
                body=[
                    "Mrs. Restrepo de Cardona has been under my care since June 2025, when she "
                    "was admitted with an acute ischemic stroke of the right middle cerebral "
                    "artery (ICD-10 I63.511). She has residual left-sided hemiparesis and "
                    "expressive aphasia. She cannot walk without a walker and standby help, "
                    "and she needs assistance with bathing, dressing, toileting and her "
                    "medications, which include apixaban and atorvastatin.",
                    "Her daughter, Luz Adriana Cardona Restrepo, lives with her and is her "
                    "primary caregiver. She brings her to every appointment and to outpatient "
                    "physical and speech therapy three times a week, manages her medications "
                    "and provides her care at night. In my medical opinion Mrs. Restrepo de "
                    "Cardona cannot live safely alone, and the loss of her daughter's care "
                    "would put her at high risk of falls, a second stroke and placement in a "
                    "nursing facility.",
                    "Please contact my office with any questions.",
                ],
                closing="Sincerely,",
                signer="Thomas Adeyemi-Kline, MD",
                signer_lines=[
                    "Board Certified in Neurology and Vascular Neurology",
                    "Georgia Medical License 071844",
                ],
                type="medical_record",
                about=gloria,
                equity="caretaker",
            ),
            "scans/dr letter mom.jpg",
            seed + 6,
        ),
        capture.desk(
            doc.letter(
                "attendance_letter",
                head=(
                    "Yellow River High School",
                    [
                        "Gwinnett County Public Schools",
                        "2450 Sugarloaf Parkway, Lawrenceville, GA 30045 · (770) 555-0163",
                    ],
                    (120, 20, 30),
                    "star",
                ),
                dated="November 4, 2026",
                recipient=[],
                re_line=(
                    "Re: Enrollment and attendance of Santiago Ospina Cardona (Student ID 1440982)"
                ),
                salutation="To Whom It May Concern:",
                body=[
                    "This letter confirms that Santiago Andrés Ospina Cardona, born July 14, "
                    "2012, is enrolled in the ninth grade at Yellow River High School for the "
                    "2026-2027 school year. He attended Gwinnett County Public Schools from "
                    "kindergarten in August 2017.",
                    "Santiago has missed one day of school this year and received a perfect "
                    "attendance certificate for the 2025-2026 school year. He is on the honor "
                    "roll and plays trumpet in the marching band. His mother attends his "
                    "parent-teacher conferences and keeps in close contact with his counselor.",
                ],
                closing="Sincerely,",
                signer="Dr. Keisha Montgomery-Ruiz",
                signer_lines=["Assistant Principal"],
                type="school_record",
                about=santiago,
                equity="education",
            ),
            "scans/IMG_8833.jpg",
            seed + 7,
        ),
        capture.scan(
            doc.certificate_award(
                luz,
                org="Gwinnett Technical College · Adult Education",
                title="Certificate of Completion",
                lines=[
                    "for successfully completing",
                    "English as a Second Language — High Intermediate (Level 5)",
                    "96 hours of instruction, Spring 2026",
                ],
                dated=D(2026, 5, 7),
                signers=[
                    ("Pamela Okonkwo-Reid", "Director of Adult Education"),
                    ("Luis F. Berrío", "ESL Instructor"),
                ],
                colour=(20, 60, 110),
            ),
            "scans/esl certificate.jpg",
            seed + 8,
            dpi=150,
        ),
        capture.scan(
            doc.hearing_notice(
                luz,
                a_number="212-876-430",
                court=["IMMIGRATION COURT", "180 TED TURNER DR SW, SUITE 241", "ATLANTA, GA 30303"],
                hearing=T(2027, 3, 16, 8, 30),
                judge="Harrington",
                address=[street, city],
                mailed=D(2026, 8, 20),
            ),
            "scans/court notice.pdf",
            seed + 9,
            dpi=150,
        ),
        capture.scan(
            doc.letter(
                "opla_declination",
                head=(
                    "U.S. Department of Homeland Security",
                    [
                        "U.S. Immigration and Customs Enforcement",
                        "Office of the Principal Legal Advisor · Atlanta Field Location",
                        "180 Ted Turner Drive SW, Suite 332, Atlanta, GA 30303",
                    ],
                    (30, 40, 80),
                    "shield",
                ),
                dated="March 18, 2025",
                recipient=[rep["name"], rep["organization"], *rep["address"]],
                re_line="Re: CARDONA RESTREPO, Luz Adriana  A212-876-430",
                salutation="Dear Counsel:",
                body=[
                    "The Office of the Principal Legal Advisor (OPLA) has reviewed your request "
                    "dated January 6, 2025, that OPLA exercise prosecutorial discretion by "
                    "moving to dismiss the removal proceedings of the above-named respondent.",
                    "After careful consideration of the totality of the circumstances, OPLA has "
                    "determined not to exercise prosecutorial discretion in this matter at this "
                    "time. This decision does not preclude the respondent from seeking any "
                    "relief or protection before the immigration court, and a new request may "
                    "be submitted should circumstances change materially.",
                ],
                closing="Sincerely,",
                signer="Kathryn M. Oduya",
                signer_lines=["Deputy Chief Counsel", "OPLA Atlanta"],
                type=("other", "court_record"),
                about=luz,
                equity="other",
            ),
            "scans/ice denial letter.pdf",
            seed + 10,
            dpi=150,
        ),
        capture.scan(
            doc.letter(
                "employer_letter",
                head=(
                    "Brillante Commercial Cleaning LLC",
                    [
                        "5525 Oakbrook Parkway, Suite 140, Norcross, GA 30093",
                        "(770) 555-0110 · office@brillantecleaning.example",
                    ],
                    (0, 110, 160),
                    "leaf",
                ),
                dated="October 27, 2026",
                recipient=[],
                re_line="Re: Employment verification — Luz Adriana Cardona Restrepo",
                salutation="To Whom It May Concern:",
                body=[
                    "Luz Adriana Cardona Restrepo has worked for Brillante Commercial Cleaning "
                    "since March 2017. She began as a cleaning technician and since 2021 has "
                    "been the crew supervisor for our medical-office accounts, leading a team "
                    "of six. She works about 37 hours a week at $17.50 an hour.",
                    "Luz is reliable, honest and trusted with the keys and alarm codes of our "
                    "clients' offices. When her mother had her stroke we moved her to an "
                    "evening schedule so that she could take her to therapy, and she has not "
                    "missed a shift. We would be glad to keep her with us for many years.",
                ],
                closing="Sincerely,",
                signer="Rodrigo Almánzar",
                signer_lines=["Owner and General Manager"],
                type="employment_letter",
                about=luz,
                equity="employment_and_taxes",
            ),
            "scans/employer letter.pdf",
            seed + 11,
            dpi=150,
        ),
        capture.scan(
            doc.g28(
                luz,
                a_number="212876430",
                rep=rep,
                client_street=street,
                client_city=city,
                signed=D(2026, 10, 9),
            ),
            "scans/g28 luz.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": luz.name,
            "a_number": "212-876-430",
            "date_of_birth": luz.born,
            "country": "Colombia",
            "entered_us": D(2008, 12, 3),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Atlanta, GA",
            "next_hearing": D(2027, 3, 16),
            "hearing_type": "master",
            "opla_office": "Atlanta",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 3, 18),
                "outcome": "denied",
                "changes": "In June 2025 Ms. Cardona Restrepo's mother had a stroke that left "
                "her partly paralysed and unable to speak clearly; Ms. Cardona is her caregiver.",
            },
        },
        "representative": _representative(rep),
        "translator": translator,
        "claims": {
            "children": [{"name": santiago.name, "date_of_birth": santiago.born, "status": "usc"}],
            "education": True,
            "caretaker": {
                "person": gloria.name,
                "condition": "left-side paralysis and aphasia after a stroke",
            },
        },
        "service": {"method": "email", "date": D(2026, 12, 7), "served_by": rep["name"]},
    }
    allowed = [
        # A renewal whose new evidence postdates the denial may get an info note.
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        # A hearing notice and OPLA's declination prove no equity: either may be left `other`.
        {"code": "unclassified-document", "file": "scans/court notice.pdf"},
        {"code": "unclassified-document", "file": "scans/ice denial letter.pdf"},
    ]
    return CasePlan(
        "cardona",
        "blind3",
        case,
        placed,
        allowed=allowed,
        notes="no deliberate gap; the caregiving began after the 2025 denial",
    )


# ---------------------------------------------------------------- 4. Kent, Washington


def gill() -> CasePlan:
    """A Punjabi truck driver in Kent, Washington, with asylum pending and a US-citizen
    daughter with asthma, filing without a lawyer: an Indian passport and a work permit in a
    landscape frame (the permit a quarter turn off), his English-language Punjab birth
    certificate, a Washington birth certificate, a copier PDF of a two-page lease, a rent
    ledger and a power bill, another of a W-2, a 1099-NEC and a tax return transcript."""
    gurpreet = Person("Gurpreet Singh", "Gill", D(1986, 4, 12), "M", "Jalandhar, Punjab")
    father_bc = Person(gurpreet.given, gurpreet.surname, gurpreet.born, "M", "India")
    manpreet = Person("Manpreet", "Kaur", D(1990, 9, 2), "F", "India")
    simran = Person("Simran Kaur", "Gill", D(2019, 5, 27), "F", "Kent")
    balwinder = Person("Balwinder Singh", "Gill", D(1957, 1, 1), "M", "Punjab")
    paramjit = Person("Paramjit", "Kaur", D(1962, 1, 1), "F", "Punjab")
    street, city = "23810 104th Avenue SE, Apt. C-214", "Kent, WA 98031"
    seed = 3700
    placed = [
        capture.card_photo(
            doc.passport(
                gurpreet,
                code="IND",
                country=["REPUBLIC OF INDIA", "PASSPORT"],
                nationality="INDIAN",
                number="W4829173",
                issued=D(2022, 9, 14),
                expiry=D(2032, 9, 13),
                authority="SAN FRANCISCO",
                labels={
                    "type": "Type",
                    "code": "Country Code",
                    "number": "Passport No.",
                    "surname": "Surname",
                    "given": "Given Name(s)",
                    "nationality": "Nationality",
                    "born": "Date of Birth",
                    "sex": "Sex",
                    "place": "Place of Birth",
                    "issued": "Date of Issue",
                    "authority": "Place of Issue",
                    "expiry": "Date of Expiry",
                },
                colour=(215, 220, 240),
                seed=seed + 1,
                language="en",
            ),
            "scans/passport.jpg",
            seed + 1,
        ),
        capture.card_photo(
            doc.work_permit(
                gurpreet,
                uscis="216-447-903",
                category="C08",
                card_no="IOE0918273645",
                birth_country="India",
                valid_from=D(2025, 3, 1),
                expires=D(2030, 2, 28),
                seed=seed + 2,
            ),
            "scans/work permit.jpg",
            seed + 2,
            turn=90,
        ),
        capture.scan(
            doc.india_birth(
                gurpreet,
                balwinder,
                paramjit,
                place="Village Rurka Kalan",
                district="Jalandhar",
                registration_no="B-1986-0412-0037",
                registered=D(1986, 4, 30),
                issued=D(2016, 3, 9),
                address="VPO Rurka Kalan, Tehsil Phillaur, District Jalandhar, Punjab 144039",
                seed=seed + 3,
            ),
            "scans/birth certificate india.jpg",
            seed + 3,
            dpi=150,
        ),
        capture.scan(
            doc.washington_birth(
                simran,
                manpreet,
                father_bc,
                county="King",
                city="Kent",
                facility="Green River Family Birth Center",
                file_no="2019-017-044281",
                filed=D(2019, 6, 10),
                issued=D(2024, 1, 22),
                seed=seed + 4,
            ),
            "scans/simran birth certificate.pdf",
            seed + 4,
        ),
        capture.desk(
            doc.visit_summary(
                simran,
                clinic="Kent Valley Children's Clinic",
                clinic_lines=[
                    "24920 104th Ave SE, Suite 110, Kent, WA 98030",
                    "(253) 555-0129 · Punjabi and Spanish interpreters available",
                ],
                visit=D(2026, 9, 18),
                provider="Hannah Lindqvist, MD (Pediatrics)",
                mrn="KVC-3318207",
                reason="Asthma follow-up after ER visit 09/06/2026",
                problems=[
                    ("J45.41", "Moderate persistent asthma with (acute) exacerbation"),
                    ("J30.2", "Other seasonal allergic rhinitis"),
                ],
                vitals="Temp 98.4 F, RR 22, SpO2 97 % room air, weight 51 lb",
                medications=[
                    "Fluticasone HFA 44 mcg, 2 puffs twice a day with spacer (controller)",
                    "Albuterol HFA 90 mcg, 2-4 puffs every 4 hours as needed (rescue)",
                    "Cetirizine 5 mg once a day",
                ],
                notes=[
                    "Simran had a bad asthma attack on September 6 and needed treatment in the "
                    "emergency room. Give the controller inhaler every day, even when she feels "
                    "well. Use the rescue inhaler for cough, wheeze or fast breathing. Her "
                    "school has a copy of her Asthma Action Plan.",
                    "Keep her away from smoke and wildfire smoke days; run the air purifier in "
                    "her bedroom. Return in 6 weeks, sooner if she needs the rescue inhaler "
                    "more than twice a week.",
                ],
                guardian="father, Gurpreet Singh Gill (Punjabi interpreter used)",
            ),
            "scans/IMG_1207.jpg",
            seed + 5,
        ),
        capture.copier(
            [
                doc.lease(
                    [gurpreet],
                    [manpreet],
                    landlord="Meeker Creek Apartments LLC",
                    address="23810 104th Avenue SE, Apt. C-214",
                    city="Kent, WA 98031",
                    start=D(2017, 3, 1),
                    end=D(2019, 2, 28),
                    rent=1385,
                    deposit=900,
                    signed=D(2017, 2, 20),
                    state="Washington",
                    manager="Deborah Kwiatkowski",
                ),
                doc.tenant_ledger(
                    gurpreet,
                    company="Meeker Creek Apartments",
                    company_lines=[
                        "Managed by Cascade Residential Partners",
                        "23800 104th Ave SE, Kent, WA 98031 · (253) 555-0150",
                    ],
                    unit="C-214",
                    start=D(2019, 3, 1),
                    end=D(2023, 12, 1),
                    rent=1495.0,
                    printed=D(2026, 10, 19),
                ),
                doc.utility_bill(
                    gurpreet,
                    company="Puget Lowlands Energy",
                    company_lines=[
                        "PO Box 90877, Bellevue, WA 98009",
                        "Customer care 1-888-555-0123",
                    ],
                    account="2207 4419 0315",
                    street="23810 104th Ave SE Apt C-214",
                    city="Kent, WA 98031",
                    start=D(2026, 8, 15),
                    end=D(2026, 9, 14),
                    kwh=612,
                    amount=88.73,
                    due=D(2026, 10, 8),
                ),
            ],
            "scans/scan0007.pdf",
            seed + 6,
        ),
        capture.copier(
            [
                doc.w2(
                    gurpreet,
                    2017,
                    ssn="XXX-XX-5518",
                    employer="Evergreen Cold Storage Inc",
                    employer_lines=["19400 68th Avenue S", "Kent, WA 98032"],
                    ein="91-2270463",
                    street="23810 104th Ave SE Apt C-214",
                    city="Kent, WA 98031",
                    wages=31240.0,
                    federal=2214.0,
                    state="WA",
                    state_id="602-118-447",
                    state_tax=0.0,
                    seed=seed + 7,
                ),
                doc.nec1099(
                    gurpreet,
                    2024,
                    tin="XXX-XX-5518",
                    payer="Cascadia Freight Lines Inc",
                    payer_lines=["8801 S 190th Street", "Kent, WA 98031", "(253) 555-0101"],
                    payer_tin="91-1873302",
                    street="23810 104th Ave SE Apt C-214",
                    city="Kent, WA 98031",
                    amount=84612.0,
                    seed=seed + 8,
                ),
                doc.tax_return_transcript(
                    gurpreet,
                    2025,
                    ssn4="5518",
                    street="23810 104th Ave SE",
                    filing_status="Married Filing Joint",
                    wages=0.0,
                    business=61230.0,
                    agi=56546.0,
                    tax=3120.0,
                    requested=D(2026, 11, 9),
                    seed=seed + 9,
                ),
            ],
            "scans/irs papers.pdf",
            seed + 7,
        ),
        capture.scan(
            doc.letter(
                "gurdwara_letter",
                head=(
                    "Gurdwara Singh Sabha of South King County",
                    [
                        "A registered non-profit religious organization",
                        "22015 84th Avenue S, Kent, WA 98032 · (253) 555-0191",
                    ],
                    (200, 110, 0),
                    "star",
                ),
                dated="November 1, 2026",
                recipient=["To the Immigration Court and the Department of Homeland Security"],
                re_line="Re: Gurpreet Singh Gill",
                salutation="Respected Sir or Madam,",
                body=[
                    "I am the secretary of the management committee of our Gurdwara, which "
                    "serves about nine hundred Sikh families in South King County. Gurpreet "
                    "Singh Gill has been a member of our sangat since 2016.",
                    "Every Sunday he does seva in the langar, the free community kitchen, "
                    "cooking and serving meals to anyone who comes, and he drives elderly "
                    "members to the Gurdwara and to their doctors. During the 2021 heat wave "
                    "he delivered water and fans to families in our neighbourhood.",
                    "He is an honest, peaceful and hard-working man and a loving father. We "
                    "pray that he be allowed to stay with his wife and daughter.",
                ],
                closing="With respect,",
                signer="Jaswinder Singh Dhaliwal",
                signer_lines=["Secretary, Management Committee"],
                type="letter_of_support",
                about=gurpreet,
                equity="community_ties",
            ),
            "scans/gurdwara letter.jpg",
            seed + 10,
            dpi=150,
        ),
        capture.desk(
            doc.letter(
                "coach_letter",
                head=(
                    "Kent Valley Youth Soccer Association",
                    [
                        "PO Box 6402, Kent, WA 98064",
                        "kvysa.example · Recreational and select soccer for ages 4-18",
                    ],
                    (0, 120, 60),
                    "star",
                ),
                dated="October 25, 2026",
                recipient=[],
                re_line="Re: Letter of support for Gurpreet Singh Gill",
                salutation="To Whom It May Concern:",
                body=[
                    "I coach the Kent Valley Kestrels, our under-8 girls' recreational team. "
                    "Gurpreet Gill has been my volunteer assistant coach for the last two "
                    "seasons, since his daughter Simran joined the team.",
                    "He comes to every Tuesday and Thursday practice straight from his truck "
                    "route, sets up the field, and keeps the girls' inhalers and water bottles "
                    "on the bench; he made sure every parent knew what to do if a child has an "
                    "asthma attack. The girls and the parents trust him.",
                    "Our association would be poorer without him. I am glad to answer any "
                    "questions at (253) 555-0138.",
                ],
                closing="Sincerely,",
                signer="Melissa Tran-Ferguson",
                signer_lines=[
                    "Head Coach, U8 Girls Recreational",
                    "Kent Valley Youth Soccer Association",
                ],
                type="letter_of_support",
                about=gurpreet,
                equity="community_ties",
            ),
            "scans/IMG_1215.jpg",
            seed + 11,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": gurpreet.name,
            "a_number": "216447903",
            "date_of_birth": gurpreet.born,
            "country": "India",
            "entered_us": D(2016, 7, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Seattle, WA",
            "next_hearing": D(2027, 5, 11),
            "hearing_type": "individual",
            "opla_office": "Seattle",
            "relief_sought": ["asylum and withholding of removal (I-589)"],
        },
        "request": {"type": "administrative_closure"},
        "claims": {
            "residence_since": D(2016, 7, 20),
            "children": [{"name": simran.name, "date_of_birth": simran.born, "status": "usc"}],
            "medical": {"person": simran.name, "condition": "moderate persistent asthma"},
            "community_ties": True,
        },
        "service": {"method": "mail", "date": D(2026, 12, 4), "served_by": gurpreet.name},
    }
    return CasePlan(
        "gill",
        "blind3",
        case,
        placed,
        notes="no deliberate gap: files pro se; residence covered by a W-2, a lease, a rent "
        "ledger, a 1099-NEC, a transcript and a power bill",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "guity": guity,
    "bautista": bautista,
    "cardona": cardona,
    "gill": gill,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
