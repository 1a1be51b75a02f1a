"""The fifteenth blind corpus: four invented families whose papers have been through many hands
(faxed pages, photocopies of photocopies, forms filled in by hand with stamps across them,
carbon-copy rent receipts, a page stapled crooked, school and clinic records from the early
2000s), each a case folder as a legal-aid office receives it (phone photos on a desk, passports
in a landscape frame, copier stacks of two to four documents, a form photographed page by page,
fax files), a case.yaml whose claims the documents bear out, and the truth it is scored
against. Written from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind15.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind15 import documents as doc
from tests.realistic import capture
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    drawn,
    write_from_command_line,
    write_plans,
)

D = dt.date

# Every paper is dated on or before this day and the claimed residence is covered up to it.
AS_OF = D(2026, 11, 30)


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def _worn(paper: Paper, wear: Callable[..., Any], seed: int, **kw: Any) -> Paper:
    """The paper as it reached the family: each page put through ``wear`` (a copier, a fax)."""
    paper.pages = [doc.flattened(wear(p, seed + i, **kw)) for i, p in enumerate(paper.pages)]
    return paper


def _passport(label: str, person: Person, language: Any, **kw: Any) -> Paper:
    sheets, zone = doc.passport_page(person=person, **kw)
    return drawn(
        label, sheets, "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


# ---------------------------------------------------------------- 1. Louisville, Kentucky


def carpintero() -> CasePlan:
    """A Ngäbe mother from the Comarca Ngäbe-Buglé of Panama in Louisville, whose first language
    is Ngäbere and whose papers are in Spanish: a bilingual passport a quarter turn off, the
    Tribunal Electoral's birth certificate with its translation and certificate in one copier
    PDF, her son's Kentucky birth certificate copied from a copy, a faxed two-page police
    report, Form I-918 Supplement B filled in by hand and photographed page by page, an order
    of protection and a two-page ER discharge in one PDF, a parish letter in Spanish never
    translated, an interpreter network's letter, a faxed employer letter and a G-28."""
    elida = Person("Elida Rosa", "Carpintero Bejerano", D(1994, 3, 8), "F", "Kankintú")
    dylan = Person("Dylan Josué", "Carpintero", D(2018, 6, 22), "M", "Louisville")
    father, mother = "Tomás Carpintero Santos", "Eusebia Bejerano Atencio"
    cedula = "12-708-1945"
    a_number = "214-883-570"
    street, city = "4512 Southern Parkway, Apt. 3", "Louisville, KY 40214"
    rep = _rep(
        "Anne-Marie Guidry",
        "Kentuckiana Immigrant Justice Project",
        ["515 W. Market Street, Suite 300", "Louisville, KY 40202"],
        "502-555-0110",
        "amguidry@kijp.example",
        "KY604418",
    )
    translator = {
        "name": "Marisol Contreras Vidal",
        "address": ["2210 Bardstown Road, Suite 4", "Louisville, KY 40205"],
        "phone": "502-555-0157",
    }
    incident, attacked = "80-22-061347", D(2022, 8, 13)
    seed = 15100

    birth = doc.panama_birth(elida, father, mother, cedula, D(2021, 7, 14))
    translation = doc.panama_birth_translation(elida, father, mother, cedula, D(2021, 7, 14))
    certificate = doc.translator_certificate(
        translator=translator["name"],
        address=translator["address"],
        phone=translator["phone"],
        source="Spanish",
        title="birth certificate (Certificado de Nacimiento)",
        person=elida,
        signed=D(2026, 9, 21),
        place="Louisville, Kentucky",
    )
    kentucky = _worn(
        drawn(
            "kentucky_birth_copy_of_copy",
            doc.kentucky_birth(
                dylan, elida, "Aurelio Santos Montezuma", "118-2018-026904", D(2019, 2, 4), seed
            ),
            "birth_certificate",
            dylan,
            "us_family",
        ),
        doc.photocopied,
        seed + 1,
    )
    police = drawn(
        "lmpd_offense_report_fax",
        doc.lmpd_report(elida, "RUIZ MENDEZ, OSCAR", incident, attacked, f"{street}, {city}"),
        "police_report",
        elida,
        "crime_victim",
        proves=(attacked, attacked),
    )
    police.pages = [
        doc.fax_header(p, f"03/02/2023 09:31  LMPD RECORDS UNIT 502-574-2166   P.00{i + 1}/002")
        for i, p in enumerate(police.pages)
    ]
    supp_b = drawn(
        "i918_supplement_b_handwritten",
        doc.i918b(elida, a_number, incident, attacked, D(2023, 3, 14), seed),
        "u_visa_certification",
        elida,
        ("law_enforcement_cooperation", "crime_victim"),
        proves=(D(2023, 3, 14), D(2023, 3, 14)),
    )
    dvo = drawn(
        "kentucky_order_of_protection",
        doc.kentucky_dvo(elida, "RUIZ MENDEZ, OSCAR", "22-D-504217-001", D(2022, 8, 26)),
        "protective_order",
        elida,
        "crime_victim",
        proves=(D(2022, 8, 26), D(2022, 8, 26)),
    )
    er = drawn(
        "er_discharge_two_pages",
        doc.er_discharge(elida, attacked, "FC0418832"),
        "medical_record",
        elida,
        ("crime_victim", "medical"),
        proves=(attacked, attacked + dt.timedelta(days=1)),
    )
    parish = drawn(
        "parish_constancia_spanish",
        doc.parish_letter_es(elida, D(2015, 10, 1), D(2026, 10, 4)),
        "letter_of_support",
        elida,
        "community_ties",
        "es",
        proves=(D(2015, 10, 1), D(2026, 10, 4)),
    )
    language = drawn(
        "ngabere_interpreter_letter",
        doc.language_letter(elida, D(2026, 10, 20), D(2022, 9, 1)),
        "letter_of_support",
        elida,
        ("other", "community_ties"),
        proves=(D(2022, 9, 1), D(2026, 10, 20)),
    )
    linen = drawn(
        "linen_employer_letter_fax",
        doc.linen_letter(elida, D(2016, 2, 15), D(2026, 9, 29)),
        "employment_letter",
        elida,
        "employment_and_taxes",
        proves=(D(2016, 2, 15), D(2026, 9, 29)),
    )
    linen.pages = [
        doc.fax_header(p, "SEP-29-2026 15:12  DERBY CITY LINEN HR  5025550149   P.01")
        for p in linen.pages
    ]
    placed = [
        capture.card_photo(
            _passport(
                "panama_passport_bilingual",
                elida,
                ("es", "en"),
                country="PANAMA",
                code="PAN",
                number="PA0781453",
                nationality="PANAMEÑA",
                issued=D(2023, 5, 10),
                expiry=D(2028, 5, 9),
                authority="AUTORIDAD DE PASAPORTES DE PANAMA",
                labels={
                    "type": "Tipo/Type",
                    "code": "Código/Code",
                    "number": "Pasaporte No./Passport No.",
                    "surname": "Apellidos/Surname",
                    "given": "Nombres/Given names",
                    "nationality": "Nacionalidad/Nationality",
                    "birth": "Fecha de nacimiento/Date of birth",
                    "sex": "Sexo/Sex",
                    "place": "Lugar de nacimiento/Place of birth",
                    "issued": "Fecha de expedición/Date of issue",
                    "expiry": "Fecha de expiración/Date of expiry",
                    "authority": "Autoridad/Authority",
                },
                title=["REPÚBLICA DE PANAMÁ", "PASAPORTE / PASSPORT"],
                tint=((236, 228, 214), (222, 214, 204)),
                seed=seed + 2,
                personal="127081945",
                place="KANKINTU, COMARCA NGABE BUGLE",
                date_language="es",
            ),
            "scans/IMG_20261002_181544.jpg",
            seed + 3,
            turn=270,
        ),
        capture.copier(
            [
                drawn(
                    "panama_certificado_nacimiento",
                    birth,
                    "birth_certificate",
                    elida,
                    "identity",
                    "es",
                ),
                drawn(
                    "panama_birth_translation",
                    translation,
                    ("certificate_of_translation", "birth_certificate"),
                    elida,
                    "identity",
                ),
                drawn(
                    "translator_certificate_complete",
                    certificate,
                    "certificate_of_translation",
                    elida,
                    "identity",
                ),
            ],
            "scans/acta de nacimiento con traduccion.pdf",
            seed + 4,
        ),
        capture.scan(kentucky, "scans/dylan birth cert.jpg", seed + 5, dpi=150),
        doc.faxed(police, "scans/LMPD report fax.pdf", seed + 6, dpi=150),
        capture.desk(
            supp_b,
            ["scans/supp b page 1.jpg", "scans/supp b page 2.jpg"],
            seed + 7,
        ),
        capture.copier([dvo, er], "scans/court order and hospital.pdf", seed + 8),
        capture.desk(parish, "scans/WhatsApp Image 2026-10-05 at 19.02.11.jpeg", seed + 9),
        capture.scan(language, "scans/language access letter.pdf", seed + 10),
        doc.faxed(linen, "scans/fax_20260929_151244.tif", seed + 11, dpi=100),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    client=elida,
                    a_number=a_number,
                    rep=rep,
                    client_address=[street, city],
                    signed=D(2026, 10, 22),
                    seed=seed,
                    bar="KENTUCKY SUPREME COURT",
                ),
                "g28",
                elida,
                "other",
            ),
            "scans/G28 signed.pdf",
            seed + 12,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": elida.name,
            "a_number": a_number,
            "date_of_birth": elida.born,
            "country": "Panama",
            "entered_us": D(2015, 9, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Memphis, TN",
            "next_hearing": D(2027, 3, 17),
            "hearing_type": "master",
            "opla_office": "Office of the Principal Legal Advisor, New Orleans (Memphis)",
            "relief_sought": ["U nonimmigrant status (Form I-918), pending with USCIS"],
        },
        "request": {
            "type": "dismissal",
            "narrative": "Ms. Carpintero Bejerano speaks Ngäbere, an Indigenous language of "
            "western Panama. She was assaulted by her former partner in 2022, helped police "
            "and the prosecutor, and her petition for U nonimmigrant status is pending.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2015, 9, 10),
            "children": [{"name": dylan.name, "date_of_birth": dylan.born, "status": "usc"}],
            "crime_victim": {"kind": "domestic_violence"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "email", "date": D(2026, 11, 24), "served_by": rep["name"]},
    }
    findings = [
        # The parish's constancia is in Spanish and no translation of it is in the folder.
        {
            "code": "untranslated-document",
            "file": "scans/WhatsApp Image 2026-10-05 at 19.02.11.jpeg",
        },
    ]
    allowed = [
        # Between 2016 and 2022 only letters' "since" dates (parish, employer) cover the years.
        {"code": "residence-gap", "claim": "residence_since"},
        # A 100 dpi fax: a correct build may say its text was read with low confidence.
        {"code": "low-ocr-confidence", "file": "scans/fax_20260929_151244.tif"},
    ]
    return CasePlan(
        "carpintero",
        "blind15",
        case,
        placed,
        findings,
        allowed,
        notes="a Spanish parish letter with no translation",
    )


# ---------------------------------------------------------------- 2. Philadelphia, Pennsylvania


def lumingkewas() -> CasePlan:
    """A Minahasan father from Manado, Indonesia, in South Philadelphia since 2002, married to
    a lawful permanent resident: a bilingual Indonesian passport, a Kutipan Akta Perkawinan
    (a copy of a copy, photographed on a desk) whose translator's statement never says she is
    competent or the translation accurate, the translation stapled crooked, his wife's green
    card copied front and back onto a page, two Pennsylvania certifications of birth in one
    PDF, three carbon-copy rent receipts from 2002-2004 in one PDF, employer and pastor
    letters and a G-28."""
    johannes = Person("Johannes Ferdinand", "Lumingkewas", D(1978, 11, 2), "M", "Manado")
    grace = Person("Grace Novita", "Rumengan", D(1980, 2, 14), "F", "Tomohon")
    kevin = Person("Kevin Immanuel", "Lumingkewas", D(2006, 4, 12), "M", "Philadelphia")
    stefani = Person("Stefani Maria", "Lumingkewas", D(2011, 9, 30), "F", "Philadelphia")
    a_number = "097-412-385"
    street, city = "1527 S. 8th Street", "Philadelphia, PA 19147"
    married, akta_no = D(2001, 5, 19), "245/KAP/2001"
    rep = _rep(
        "Daniel Okafor-Reyes",
        "South Philadelphia Immigrant Legal Clinic",
        ["1500 Walnut Street, Suite 900", "Philadelphia, PA 19102"],
        "215-555-0125",
        "dokafor@spilc.example",
        "PA772015",
    )
    translator = {
        "name": "Maria Tambunan",
        "address": ["2440 S. 17th Street", "Philadelphia, PA 19145"],
        "phone": "215-555-0193",
    }
    couple = (johannes, grace)
    seed = 15200

    def about_couple(paper: Paper) -> Paper:
        paper.about = (johannes.name, grace.name)
        return paper

    akta = about_couple(
        _worn(
            drawn(
                "kutipan_akta_perkawinan_copy",
                doc.akta_perkawinan(*couple, married, akta_no, seed),
                "marriage_certificate",
                johannes,
                "us_family",
                "id",
            ),
            doc.photocopied,
            seed + 1,
        )
    )
    translation = about_couple(
        drawn(
            "akta_translation_stapled",
            doc.akta_translation(*couple, married, akta_no),
            ("certificate_of_translation", "marriage_certificate"),
            johannes,
            "us_family",
        )
    )
    translation.pages = [doc.stapled_crooked(p, seed + 2) for p in translation.pages]
    statement = about_couple(
        drawn(
            "translator_statement_incomplete",
            doc.translator_certificate(
                translator=translator["name"],
                address=translator["address"],
                phone=translator["phone"],
                source="Indonesian",
                title="marriage certificate (Kutipan Akta Perkawinan)",
                person=johannes,
                signed=D(2026, 8, 30),
                complete=False,
            ),
            "certificate_of_translation",
            johannes,
            "us_family",
        )
    )
    card_sheets, card_zone = doc.green_card(
        grace, "MSC1390456712", "098-551-204", D(2013, 5, 14), D(2033, 5, 13), seed + 3
    )
    receipts = [
        drawn(
            f"carbon_rent_receipt_{when.year}",
            doc.rent_receipt(
                no,
                when,
                johannes,
                "$550.00",
                "Five hundred fifty and 00/100",
                period,
                seed + 10 + i,
            ),
            "residence_record",
            johannes,
            "length_of_residence",
            proves=(when, when + dt.timedelta(days=30)),
        )
        for i, (no, when, period) in enumerate(
            [
                ("0381", D(2002, 8, 1), "Aug 1 to Aug 31, 2002"),
                ("0392", D(2003, 7, 1), "July 1 - July 31, 2003"),
                ("0403", D(2004, 6, 1), "June 2004"),
            ]
        )
    ]
    placed = [
        capture.card_photo(
            _passport(
                "indonesia_paspor_bilingual",
                johannes,
                ("id", "en"),
                country="INDONESIA",
                code="IDN",
                number="C4827193",
                nationality="INDONESIA",
                issued=D(2022, 1, 18),
                expiry=D(2032, 1, 17),
                authority="KJRI NEW YORK",
                labels={
                    "type": "Jenis/Type",
                    "code": "Kode Negara/Code of Issuing State",
                    "number": "No. Paspor/Passport No.",
                    "name": "Nama Lengkap/Full Name",
                    "nationality": "Kewarganegaraan/Nationality",
                    "birth": "Tanggal Lahir/Date of Birth",
                    "sex": "Jenis Kelamin/Sex",
                    "place": "Tempat Lahir/Place of Birth",
                    "issued": "Tanggal Pengeluaran/Date of Issue",
                    "expiry": "Tanggal Habis Berlaku/Date of Expiry",
                    "authority": "Kantor yang Mengeluarkan/Issuing Office",
                },
                title=["REPUBLIK INDONESIA", "PASPOR / PASSPORT"],
                tint=((218, 230, 222), (204, 218, 210)),
                seed=seed + 4,
                place="MANADO",
                full_name=True,
            ),
            "scans/paspor johannes.jpg",
            seed + 5,
        ),
        capture.desk(akta, "scans/IMG_4471.JPG", seed + 6, surface="pale"),
        capture.copier([translation, statement], "scans/akta translation.pdf", seed + 7),
        capture.card_copy(
            drawn(
                "green_card_copy",
                card_sheets,
                "permanent_resident_card",
                grace,
                "us_family",
                mrz_zone=card_zone,
                is_card=True,
            ),
            "scans/grace green card copy.jpg",
            seed + 8,
            dpi=150,
        ),
        capture.copier(
            [
                drawn(
                    "pennsylvania_certification_of_birth",
                    doc.pennsylvania_birth(
                        kevin, grace, johannes, "2006-0468213", D(2019, 3, 8), seed + 20
                    ),
                    "birth_certificate",
                    kevin,
                    "us_family",
                ),
                drawn(
                    "pennsylvania_certification_of_birth",
                    doc.pennsylvania_birth(
                        stefani, grace, johannes, "2011-0811592", D(2019, 3, 8), seed + 21
                    ),
                    "birth_certificate",
                    stefani,
                    "us_family",
                ),
            ],
            "scans/kids birth certificates.pdf",
            seed + 9,
        ),
        capture.copier(receipts, "scans/rent receipts 2002-2004.pdf", seed + 10),
        capture.scan(
            drawn(
                "seafood_employer_letter",
                doc.seafood_letter(johannes, D(2005, 3, 14), D(2026, 10, 9)),
                "employment_letter",
                johannes,
                "employment_and_taxes",
                proves=(D(2005, 3, 14), D(2026, 10, 9)),
            ),
            "scans/employer letter.pdf",
            seed + 11,
        ),
        capture.scan(
            drawn(
                "indonesian_church_letter",
                doc.church_letter_philly(johannes, grace, D(2002, 8, 4), D(2026, 10, 18)),
                "letter_of_support",
                johannes,
                "community_ties",
                proves=(D(2002, 8, 4), D(2026, 10, 18)),
            ),
            "scans/pastor sumampouw letter.jpg",
            seed + 12,
        ),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    client=johannes,
                    a_number=a_number,
                    rep=rep,
                    client_address=[street, city],
                    signed=D(2026, 10, 27),
                    seed=seed,
                    bar="SUPREME COURT OF PENNSYLVANIA",
                ),
                "g28",
                johannes,
                "other",
            ),
            "scans/G-28.pdf",
            seed + 13,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": johannes.name,
            "a_number": a_number,
            "date_of_birth": johannes.born,
            "country": "Indonesia",
            "entered_us": D(2002, 7, 15),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Philadelphia, PA",
            "next_hearing": D(2027, 4, 6),
            "hearing_type": "individual",
            "opla_office": "Office of the Principal Legal Advisor, Philadelphia",
            "nta_date": D(2009, 2, 17),
            "charges": ["INA 237(a)(1)(B)"],
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "residence_since": D(2002, 7, 15),
            "children": [
                {"name": kevin.name, "date_of_birth": kevin.born, "status": "usc"},
                {"name": stefani.name, "date_of_birth": stefani.born, "status": "usc"},
            ],
            "spouse": {"name": grace.name, "status": "lpr"},
            "community_ties": True,
        },
        "translator": translator,
        "service": {"method": "ecas", "date": D(2026, 11, 23), "served_by": rep["name"]},
    }
    findings = [
        # The translator's statement never says she is competent or the translation accurate.
        {"code": "incomplete-translation-certificate", "file": "scans/akta translation.pdf"},
    ]
    allowed = [
        # From mid-2004 on, only the employer's and the pastor's "since" dates cover the years.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "lumingkewas",
        "blind15",
        case,
        placed,
        findings,
        allowed,
        notes="an LPR spouse; a translator's statement without competence or accuracy",
    )


# ---------------------------------------------------------------- 3. Sacramento, California


def chand() -> CasePlan:
    """An Indo-Fijian man who arrived in Sacramento at eight, with a 2013 misdemeanor disclosed:
    a Fijian passport a quarter turn off, a Fijian certified copy of an entry of birth, the
    blue California School Immunization Record filled in by hand and copied from a copy, a
    clinic's 2004 dot-matrix encounter history, three school records in one copier PDF (a
    third-grade report card, a middle-school cumulative record, a two-page high school
    transcript), the court's case summary faxed by his old lawyer, the 1203.4 order, his
    daughter's California birth certificate, his employer's letter and a G-28. Nothing dates
    his presence between his 2011 graduation and his 2013 arrest: a true residence gap."""
    shalvin = Person("Shalvin Ravneel", "Chand", D(1993, 2, 17), "M", "Lautoka")
    aaliyah = Person("Aaliyah Priya", "Chand", D(2017, 12, 3), "F", "Sacramento")
    priya = Person("Priya Nandini", "Lal", D(1995, 7, 28), "F", "Sacramento")
    a_number = "203-117-648"
    street, city = "6831 Stockton Boulevard, Apt. 14", "Sacramento, CA 95823"
    case_no = "13M03187"
    rep = _rep(
        "Gurpreet Sandhu-Ellis",
        "Sacramento Valley Immigrant Defense",
        ["1006 4th Street, 7th Floor", "Sacramento, CA 95814"],
        "916-555-0166",
        "gsandhu@svid.example",
        "CA390027",
    )
    seed = 15300
    child = ("arrived_as_child", "length_of_residence")
    blue = _worn(
        drawn(
            "california_school_immunization_record",
            doc.blue_card(shalvin, "Vijay Kumar Chand", seed),
            "medical_record",
            shalvin,
            child,
            proves=(D(2001, 8, 27), D(2001, 9, 4)),
        ),
        doc.photocopied,
        seed + 1,
    )
    school = [
        drawn(
            "report_card_grade_3",
            doc.report_card(
                shalvin,
                "Golden Poppy Elementary School",
                "2001-2002",
                "3",
                "Mrs. D. Halvorsen",
                "Shalvin arrived from Fiji in August and has worked so hard on his English. He "
                "is a kind friend and loves math. Keep reading every night!",
                (2, 3, 1),
                seed + 2,
            ),
            "school_record",
            shalvin,
            ("arrived_as_child", "education", "length_of_residence"),
            proves=(D(2001, 9, 4), D(2002, 6, 13)),
        ),
        drawn(
            "middle_school_cumulative_record",
            doc.cumulative_record(shalvin, "Fruitridge Heights Middle School"),
            "school_record",
            shalvin,
            ("arrived_as_child", "education", "length_of_residence"),
            proves=(D(2004, 8, 30), D(2007, 6, 14)),
        ),
        drawn(
            "high_school_transcript_two_pages",
            doc.hs_transcript(shalvin, "Camellia Park High School"),
            "school_record",
            shalvin,
            ("education", "arrived_as_child", "length_of_residence"),
            proves=(D(2007, 8, 29), D(2011, 6, 10)),
        ),
    ]
    docket = drawn(
        "sacramento_case_summary_fax",
        doc.docket(shalvin, case_no),
        "court_record",
        shalvin,
        ("rehabilitation", "other"),
        proves=(D(2013, 3, 23), D(2016, 5, 14)),
    )
    placed = [
        capture.card_photo(
            _passport(
                "fiji_passport",
                shalvin,
                "en",
                country="FIJI",
                code="FJI",
                number="B0482917",
                nationality="FIJIAN",
                issued=D(2021, 6, 2),
                expiry=D(2031, 6, 1),
                authority="FIJI EMBASSY WASHINGTON",
                labels={
                    "type": "Type",
                    "code": "Code",
                    "number": "Passport No.",
                    "surname": "Surname",
                    "given": "Given Names",
                    "nationality": "Nationality",
                    "birth": "Date of Birth",
                    "sex": "Sex",
                    "place": "Place of Birth",
                    "issued": "Date of Issue",
                    "expiry": "Date of Expiry",
                    "authority": "Authority",
                },
                title=["REPUBLIC OF FIJI", "PASSPORT"],
                tint=((214, 228, 240), (200, 216, 232)),
                seed=seed + 3,
                place="LAUTOKA",
            ),
            "scans/passport.jpg",
            seed + 4,
            turn=90,
        ),
        capture.scan(
            drawn(
                "fiji_birth_certificate",
                doc.fiji_birth(
                    shalvin,
                    "Vijay Kumar Chand",
                    "Sunita Devi Prasad",
                    "1993/LTK/01728",
                    D(2019, 11, 5),
                ),
                "birth_certificate",
                shalvin,
                "identity",
            ),
            "scans/fiji birth certificate.jpg",
            seed + 5,
            colour=True,
        ),
        capture.scan(blue, "scans/immunization card 2001.jpg", seed + 6, dpi=150),
        capture.scan(
            drawn(
                "clinic_encounter_history_2004",
                doc.clinic_history(shalvin, "0034417729"),
                "medical_record",
                shalvin,
                child,
                proves=(D(2002, 10, 15), D(2004, 3, 9)),
            ),
            "scans/clinic records 2002-2004.pdf",
            seed + 7,
            dpi=150,
        ),
        capture.copier(school, "scans/school records.pdf", seed + 8),
        doc.faxed(docket, "scans/case summary 13M03187 fax.pdf", seed + 9, dpi=150),
        capture.scan(
            drawn(
                "california_cr181_order_for_dismissal",
                doc.cr181(shalvin, case_no, D(2019, 8, 16)),
                "court_record",
                shalvin,
                ("rehabilitation", "other"),
                proves=(D(2019, 8, 16), D(2019, 8, 16)),
            ),
            "scans/1203.4 order.pdf",
            seed + 10,
        ),
        capture.desk(
            drawn(
                "sacramento_certificate_of_live_birth",
                doc.california_birth(
                    aaliyah, priya, shalvin, "3201734408926", D(2018, 1, 22), seed + 11
                ),
                "birth_certificate",
                aaliyah,
                "us_family",
            ),
            "scans/20261011_183012.jpg",
            seed + 11,
        ),
        capture.scan(
            drawn(
                "logistics_employer_letter",
                doc.logistics_letter(shalvin, D(2016, 3, 7), D(2026, 10, 12)),
                "employment_letter",
                shalvin,
                "employment_and_taxes",
                proves=(D(2016, 3, 7), D(2026, 10, 12)),
            ),
            "scans/delta breeze letter.pdf",
            seed + 12,
        ),
        capture.scan(
            drawn(
                "g28",
                doc.g28(
                    client=shalvin,
                    a_number=a_number,
                    rep=rep,
                    client_address=[street, city],
                    signed=D(2026, 10, 30),
                    seed=seed,
                    bar="SUPREME COURT OF CALIFORNIA",
                ),
                "g28",
                shalvin,
                "other",
            ),
            "scans/G28.pdf",
            seed + 13,
            dpi=150,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": shalvin.name,
            "a_number": a_number,
            "date_of_birth": shalvin.born,
            "country": "Fiji",
            "entered_us": D(2001, 8, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Sacramento, CA",
            "next_hearing": D(2027, 5, 12),
            "hearing_type": "master",
            "opla_office": "Office of the Principal Legal Advisor, San Francisco (Sacramento)",
        },
        "request": {"type": "dismissal"},
        "representative": rep,
        "claims": {
            "residence_since": D(2001, 8, 20),
            "children": [{"name": aaliyah.name, "date_of_birth": aaliyah.born, "status": "usc"}],
            "education": True,
        },
        "service": {"method": "email", "date": D(2026, 11, 25), "served_by": rep["name"]},
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "Misdemeanor vandalism under $400 (Cal. Penal Code 594(a)), "
                "Sacramento County Superior Court case 13M03187",
                "date": D(2013, 5, 14),
                "disposition": "36 months informal probation, completed May 2016; conviction "
                "set aside and dismissed under Penal Code 1203.4 on August 16, 2019",
            }
        ],
    }
    findings = [
        # Nothing dates his presence from his June 2011 graduation to his March 2013 arrest.
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    return CasePlan(
        "chand",
        "blind15",
        case,
        placed,
        findings,
        notes="arrived as a child; a disclosed misdemeanor; a true residence gap 2011-2013",
    )


# ---------------------------------------------------------------- 4. Billings, Montana


def nakato() -> CasePlan:
    """A Ugandan nursing assistant in Billings, filing pro se after her U.S. citizen husband
    died with her I-130 pending, the only parent of a daughter with type 1 diabetes: a Ugandan
    passport, the Yellowstone County marriage license and certificate, his death certificate
    faxed by the funeral home, two Montana birth certificates in one PDF, the I-130 receipt
    notice, a two-page after-visit summary photographed page by page, two earnings statements
    and a tax return transcript in one PDF, her director of nursing's and her pastor's
    letters."""
    harriet = Person("Harriet", "Nakato", D(1987, 9, 3), "F", "Masaka")
    daniel = Person("Daniel Ray", "Whitford", D(1979, 1, 22), "M", "Miles City")
    joshua = Person("Joshua Mukasa", "Whitford", D(2017, 10, 5), "M", "Billings")
    esther = Person("Esther Nalwoga", "Whitford", D(2019, 5, 19), "F", "Billings")
    a_number = "216-004-739"
    street, city = "1418 Lewis Avenue", "Billings, MT 59102"
    seed = 15400
    marriage = drawn(
        "montana_marriage_license_and_certificate",
        doc.montana_marriage(harriet, daniel, D(2016, 7, 23), "ML-2016-01187"),
        "marriage_certificate",
        harriet,
        "us_family",
        proves=(D(2016, 7, 12), D(2016, 8, 2)),
    )
    marriage.about = (harriet.name, daniel.name)
    death = drawn(
        "montana_death_certificate_fax",
        doc.montana_death(daniel, harriet, D(2025, 2, 11), "2025-MT-001842"),
        "other",
        daniel,
        ("us_family", "other"),
    )
    receipt = drawn(
        "i797c_i130_receipt",
        doc.i797c(daniel, harriet, "MSC1891204417", D(2018, 3, 12)),
        "other",
        harriet,
        ("us_family", "other"),
    )
    receipt.about = (harriet.name, daniel.name)
    pay = [
        drawn(
            "earnings_statement",
            doc.paystub(harriet, period, paid, 72.0, 19.40, ytd, check),
            "pay_record",
            harriet,
            "employment_and_taxes",
            proves=period,
        )
        for period, paid, ytd, check in [
            ((D(2026, 9, 27), D(2026, 10, 10)), D(2026, 10, 16), 29876.0, "0088412"),
            ((D(2026, 10, 11), D(2026, 10, 24)), D(2026, 10, 30), 31272.8, "0088977"),
        ]
    ]
    transcript = drawn(
        "tax_return_transcript_2024",
        doc.tax_transcript(harriet, daniel, 2024, "71,406.00"),
        "tax_record",
        harriet,
        "employment_and_taxes",
        proves=(D(2024, 1, 1), D(2024, 12, 31)),
    )
    placed = [
        capture.card_photo(
            _passport(
                "uganda_passport",
                harriet,
                "en",
                country="UGANDA",
                code="UGA",
                number="A00417382",
                nationality="UGANDAN",
                issued=D(2022, 11, 10),
                expiry=D(2032, 11, 9),
                authority="EMBASSY OF UGANDA WASHINGTON",
                labels={
                    "type": "Type",
                    "code": "Country Code",
                    "number": "Passport No.",
                    "surname": "Surname",
                    "given": "Given Names",
                    "nationality": "Nationality",
                    "birth": "Date of Birth",
                    "sex": "Sex",
                    "place": "Place of Birth",
                    "issued": "Date of Issue",
                    "expiry": "Date of Expiry",
                    "authority": "Authority",
                },
                title=["THE REPUBLIC OF UGANDA", "PASSPORT"],
                tint=((238, 226, 214), (226, 212, 200)),
                seed=seed + 1,
                place="MASAKA",
            ),
            "scans/passport harriet.jpg",
            seed + 2,
        ),
        capture.scan(
            _worn(marriage, doc.photocopied, seed + 3, generations=1),
            "scans/marriage certificate.pdf",
            seed + 4,
        ),
        doc.faxed(death, "scans/death certificate from funeral home.pdf", seed + 5, dpi=150),
        capture.copier(
            [
                drawn(
                    "montana_birth_certificate",
                    doc.montana_birth(
                        joshua, harriet, daniel, "2017-011873", D(2025, 3, 20), seed + 20
                    ),
                    "birth_certificate",
                    joshua,
                    "us_family",
                ),
                drawn(
                    "montana_birth_certificate",
                    doc.montana_birth(
                        esther, harriet, daniel, "2019-006215", D(2025, 3, 20), seed + 21
                    ),
                    "birth_certificate",
                    esther,
                    "us_family",
                ),
            ],
            "scans/birth certificates.pdf",
            seed + 6,
        ),
        capture.scan(receipt, "scans/I-130 receipt 2018.jpg", seed + 7),
        capture.desk(
            drawn(
                "endocrinology_after_visit_summary",
                doc.avs(esther, harriet, D(2026, 9, 15), "YC2290471"),
                "medical_record",
                esther,
                ("medical", "us_family"),
            ),
            ["scans/IMG_3310.jpg", "scans/IMG_3311.jpg"],
            seed + 8,
            surface="pale",
        ),
        capture.copier([*pay, transcript], "scans/pay and taxes.pdf", seed + 9),
        capture.scan(
            drawn(
                "care_center_letter",
                doc.care_center_letter(harriet, D(2017, 1, 9), D(2026, 10, 26)),
                "employment_letter",
                harriet,
                "employment_and_taxes",
                proves=(D(2017, 1, 9), D(2026, 10, 26)),
            ),
            "scans/letter director of nursing.jpg",
            seed + 10,
        ),
        capture.desk(
            drawn(
                "pastor_letter",
                doc.church_letter_billings(harriet, D(2026, 11, 1)),
                "letter_of_support",
                harriet,
                "community_ties",
            ),
            "scans/IMG_3342.jpg",
            seed + 11,
        ),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": harriet.name,
            "a_number": a_number,
            "date_of_birth": harriet.born,
            "country": "Uganda",
            "entered_us": D(2014, 8, 18),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Salt Lake City, UT",
            "next_hearing": D(2027, 2, 23),
            "hearing_type": "master",
            "opla_office": "Office of the Principal Legal Advisor, Denver (Salt Lake City)",
            "relief_sought": ["adjustment of status as the widow of a U.S. citizen (Form I-360)"],
        },
        "request": {
            "type": "administrative_closure",
            "narrative": "My husband Daniel, a U.S. citizen, filed a petition for me in 2018. "
            "He died in February 2025 before it was decided. I am the only parent of our two "
            "children, and our daughter Esther has type 1 diabetes. I ask that my case be "
            "closed so I can file my widow's petition with USCIS.",
        },
        "claims": {
            "children": [
                {"name": joshua.name, "date_of_birth": joshua.born, "status": "usc"},
                {"name": esther.name, "date_of_birth": esther.born, "status": "usc"},
            ],
            "spouse": {"name": daniel.name, "status": "usc"},
            "medical": {"person": esther.name, "condition": "type 1 diabetes"},
            "community_ties": True,
        },
        "service": {"method": "mail", "date": D(2026, 11, 27), "served_by": harriet.name},
    }
    allowed = [
        # Neither proves an equity on its face: a correct build may leave them unclassified.
        {"code": "unclassified-document", "file": "scans/death certificate from funeral home.pdf"},
        {"code": "unclassified-document", "file": "scans/I-130 receipt 2018.jpg"},
    ]
    return CasePlan(
        "nakato",
        "blind15",
        case,
        placed,
        allowed=allowed,
        notes="pro se; a widow of a U.S. citizen; no deliberate finding",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "carpintero": carpintero,
    "lumingkewas": lumingkewas,
    "chand": chand,
    "nakato": nakato,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
