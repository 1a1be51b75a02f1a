"""Reading real layouts without OCR: types that win on their evidence, labelled form boxes,
IRS-masked names, machine-readable zones and languages. Each rule has a near case that must stay
quiet. The texts are written as Tesseract reads such pages: labels and values on their own
lines, box numbers, upper case."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from packet.case import Case
from packet.classify import decide, pair_translations, translation_score, type_of
from packet.config import load_config
from packet.exhibits import describe
from packet.fields import place_of_birth
from packet.records import BuildContext, Document
from packet.templates import Templates
from packet.text.dates import dates_in
from packet.text.language import read_language
from packet.text.mrz import read_zone
from tests.realistic import mrz

CONFIG = load_config()
CASE = Case.model_validate(
    {
        "schema": 1,
        "respondent": {
            "a_number": "A201-555-777",
            "name": "Graciela Quiroz López",
            "date_of_birth": "1985-03-14",
            "entered_us": "2006-02-01",
            "country": "Mexico",
        },
        "request": {"type": "dismissal"},
        "claims": {
            "residence_since": "2006-02-01",
            "children": [{"name": "Mateo Quiroz", "date_of_birth": "2015-07-09", "status": "usc"}],
            "caretaker": {"person": "Mateo Quiroz", "condition": "asthma"},
        },
    }
)

CLINIC_LETTER = """Valley Pediatrics
Family Health Center - 1200 Orchard Ave, Fresno, CA 93701 - (559) 555-0142
March 3, 2024
Re: Mateo Quiroz, DOB 07/09/2015
Mateo has been my patient since 2017. He was diagnosed with moderate persistent asthma and
is treated with a daily inhaler. His mother, Graciela Quiroz, brings him to every follow up
appointment and gives his medication; he depends on her care.
Ana Ruiz, MD
Attending physician
"""

W2_GRID = """a Employee's social security number XXX-XX-4821 OMB No. 1545-0008
b Employer identification number (EIN) 12-3456789 1 Wages, tips, other compensation 28410.55
c Employer's name, address, and ZIP code 2 Federal income tax withheld 1904.12
SUNRISE PACKING LLC 3 Social security wages 28410.55
e Employee's first name and initial Last name 5 Medicare wages and tips 28410.55
GRACIELA QUIROZ LOPEZ
2022
"""

IRS_TRANSCRIPT = """This Product Contains Sensitive Taxpayer Data
Request Date: 04-15-2024
Response Date: 04-15-2024
Tracking Number: 108877665544
Tax Period Ending: Dec. 31, 2021
SSN Provided: XXX-XX-4821
Taxpayer Name: GRAC QUIR
Employer Identification Number (EIN):XXXXX6789
Wages, Tips and Other Compensation: $27,104.00
Federal Income Tax Withheld: $1,802.00
Submission Type: Original document
"""

PAY_STUB = """SUNRISE PACKING LLC
Employee: Graciela Quiroz Lopez   Employee ID 4417
Pay Period 05/01/2023 - 05/15/2023   Pay Date 05/19/2023
Earnings          Hours Rate   Current    YTD
Regular           80.00 17.50  1400.00  12600.00
Deductions  Federal Withholding 84.00  Social Security 86.80  Medicare 20.30
Gross Pay 1400.00   Net Pay 1208.90
"""

DD214_BOXES = """1. NAME (Last, First, Middle) 2. DEPARTMENT, COMPONENT AND BRANCH
QUIROZ, GRACIELA ARMY/RA
4.a. GRADE, RATE OR RANK 4.b. PAY GRADE
SPC E4
12. RECORD OF SERVICE a. DATE ENTERED AD THIS PERIOD 2008 06 02
b. SEPARATION DATE THIS PERIOD 2012 06 01
c. NET ACTIVE SERVICE THIS PERIOD 04 00 00
23. TYPE OF SEPARATION DISCHARGE 24. CHARACTER OF SERVICE HONORABLE
25. SEPARATION AUTHORITY AR 635-200 27. REENTRY CODE 1
"""

VA_LETTER = """DEPARTMENT OF VETERANS AFFAIRS
Veterans Benefits Administration - Oakland Regional Office
May 6, 2024
Graciela Quiroz
This letter is a summary of the benefits you currently receive from the Department of Veterans
Affairs. Our records show that you served on active duty from June 2, 2008 to June 1, 2012.
Your character of discharge is honorable.
"""

ACCOUNT_TRANSCRIPT = """This Product Contains Sensitive Taxpayer Data
Request Date: 04-15-2024
TAXPAYER IDENTIFICATION NUMBER: XXX-XX-4821
GRAC QUIR
TAX PERIOD: Dec. 31, 2020
ACCOUNT BALANCE: 0.00
ACCRUED INTEREST: 0.00 AS OF: Apr. 15, 2024
ADJUSTED GROSS INCOME: 26,880.00
"""

FOOD_PANTRY_LETTER = """Westside Community Food Pantry
1450 Olive Street, Fresno, CA
April 2, 2024
Graciela Quiroz has volunteered with us every Saturday since 2015. I have known her for nine
years: she sorts donations, drives deliveries to seniors and trains new volunteers. She is one
of the most reliable people in our neighborhood.
Sincerely,
Thomas Reyes, Coordinator
"""

CARTA_VECINA = """Carta
Fresno, 10 de abril de 2024
Yo, Rosa Medina, conozco a Graciela Quiroz desde hace doce años. Somos vecinas en la calle
Olive y la conozco como una madre trabajadora y honesta que cuida a su hijo Mateo.
Es una buena persona y mi vecina de confianza.
Atentamente,
Rosa Medina
"""

CHURCH_BULLETIN = """St. Agnes Parish weekly bulletin
Our community picnic is Sunday after mass. Volunteers needed for the food pantry.
Congregation members: please bring a dish to share.
"""

RECEIPT = """CORNER MARKET
2 x tortillas 3.98
1 x milk 4.29
TOTAL 8.27
CASH 10.00 CHANGE 1.73
"""

BOXED_BIRTH = """CERTIFICATE OF LIVE BIRTH
STATE OF CALIFORNIA
STATE FILE NUMBER 3201519000123
1A. CHILD'S NAME (FIRST, MIDDLE, LAST)
MATEO ANDRES QUIROZ
2. SEX 3A. THIS BIRTH 4A. DATE OF BIRTH (MM/DD/CCYY) 4B. HOUR
MALE SINGLE 07/09/2015 0815
5A. PLACE OF BIRTH - NAME OF HOSPITAL
COMMUNITY REGIONAL MEDICAL CENTER
6A. NAME OF MOTHER (FIRST, MIDDLE, LAST)
GRACIELA QUIROZ LOPEZ
"""


def _decide(text: str):
    return decide(text, "scans/x.jpg", CASE, CONFIG)


@pytest.mark.parametrize(
    ("text", "expected", "about"),
    [
        (CLINIC_LETTER, "medical_record", "Mateo Quiroz"),
        (W2_GRID, "tax_record", "Graciela Quiroz López"),
        (IRS_TRANSCRIPT, "tax_record", "Graciela Quiroz López"),
        (PAY_STUB, "pay_record", "Graciela Quiroz López"),
        (DD214_BOXES, "military_record", "Graciela Quiroz López"),
        (VA_LETTER, "military_record", "Graciela Quiroz López"),
        (ACCOUNT_TRANSCRIPT, "tax_record", "Graciela Quiroz López"),
        (FOOD_PANTRY_LETTER, "letter_of_support", "Graciela Quiroz López"),
        (CARTA_VECINA, "letter_of_support", "Graciela Quiroz López"),
        (BOXED_BIRTH, "birth_certificate", "Mateo Quiroz"),
    ],
    ids=[
        "clinic",
        "w2",
        "irs-masked",
        "pay-stub",
        "dd214",
        "va-letter",
        "account-transcript",
        "food-pantry",
        "carta",
        "boxed-birth",
    ],
)
def test_a_type_wins_on_the_weight_of_its_evidence(text: str, expected: str, about: str) -> None:
    d = _decide(text)
    assert (d.type, d.person.name if d.person else None) == (expected, about), d.reasons


CUSTODY_ORDER = """At a term of the Family Court of the State of New York, held in and for the
County of Queens, at 151-20 Jamaica Avenue, Jamaica, New York 11432
In the Matter of a Proceeding for Custody under Article 6 of the Family Court Act
Docket No. V-20931-23
GRACIELA QUIROZ LOPEZ, Petitioner, - against - RAUL MEDINA, Respondent.
ORDER OF CUSTODY AND VISITATION
PRESENT: Hon. Teresa M. Alvarez, Judge.
The petition having been filed by Graciela Quiroz Lopez seeking custody of the child Mateo
Quiroz (born 07/09/2015), and the parties having consented to this order;
ORDERED that the Petitioner is awarded sole legal and sole physical custody of the child;
ORDERED that the Respondent shall have parenting time on alternate Sundays;
ORDERED that the Petitioner may obtain the child's school, medical and passport records
without the Respondent's signature.
Dated: May 2, 2023                                   ENTER: Hon. Teresa M. Alvarez, J.F.C.
"""
BENEFITS_NOTICE = """Fresno County Department of Social Services
Notice Date: 04/11/2026                          Case Number: C 5512 0081
GRACIELA QUIROZ LOPEZ
1415 E. BELMONT AVE., APT. 3
FRESNO, CA 93701
NOTICE OF ACTION - APPROVAL OF BENEFITS
Beginning 04/01/2026 the people listed below will get health coverage with no share of cost.
You will get a Benefits Identification Card in the mail for anyone who does not already have
one. Name: MATEO QUIROZ   Date of birth: 07/09/2015   Coverage: full scope.
Your renewal is due in March 2027. You must report changes in income, address or household
within 10 days. This action is based on the California Code of Regulations, Title 22.
YOUR HEARING RIGHTS: If you think this action is wrong, you can ask for a hearing within 90
days of the date of this notice. Call the State Hearings Division or write to the address on
the back of this page. You may represent yourself or be represented by a friend or a lawyer.
"""
PHARMACY_PRINTOUT = """ORCHARD PHARMACY #2211
1200 ORCHARD AVE  FRESNO CA 93701  (559) 555-0190
PATIENT PRESCRIPTION REPORT   PRINTED 09/14/2026
PATIENT: QUIROZ, MATEO    DOB: 07/09/2015
RESP PARTY: QUIROZ LOPEZ, GRACIELA (MOTHER)
FILL DATE  RX#      DRUG / STRENGTH              QTY
06/02/2026 7781204  FLUTICASONE 44MCG INHALER    1
07/03/2026 7781204  FLUTICASONE 44MCG INHALER    1
08/02/2026 7790321  ALBUTEROL 90MCG INHALER      1
"""


AWARD_CERTIFICATE = """DEPARTMENT OF THE ARMY
THIS IS TO CERTIFY THAT THE SECRETARY OF THE ARMY HAS AWARDED
THE ARMY ACHIEVEMENT MEDAL
TO SPECIALIST GRACIELA QUIROZ LOPEZ, 1ST BATTALION, 9TH FIELD ARTILLERY
FOR MERITORIOUS SERVICE AS A SUPPLY SPECIALIST. GIVEN UNDER MY HAND THIS 3RD DAY OF MAY 2012"""
SCHOOL_LEAVING = """THE WEST AFRICAN EXAMINATIONS COUNCIL
WEST AFRICAN SENIOR SCHOOL CERTIFICATE   MAY/JUNE 2003
This is to certify that QUIROZ LOPEZ GRACIELA, Candidate No. 4150107032,
sat the examination and obtained the following results:
ENGLISH LANGUAGE  B3 - GOOD   MATHEMATICS  B2 - VERY GOOD   BIOLOGY  C4 - CREDIT"""
CARTA_PATRON = """Viveros Hermanos Quintana
9870 Butteville Road NE, Aurora, OR 97002  Tel. (503) 555-0154
Aurora, Oregón, a 9 de octubre de 2026
A quien corresponda:
Por medio de la presente hago constar que la señora Graciela Quiroz López trabaja en nuestro
vivero desde la temporada de 2009, cuarenta y cinco horas por semana, de marzo a noviembre.
Es una persona muy responsable y puntual.
Atentamente,
Rogelio Quintana, Propietario"""
CONSULAR_CARD = """Apellidos / Surnames  QUIROZ LOPEZ
Nombres / Given names  GRACIELA
Fecha de nacimiento / Date of birth  14 MAR 1985
Domicilio en EE.UU. / U.S. address  1415 E. BELMONT AVE., FRESNO, CA 93701
Emisión / Issued: 20 JUN 2011   Vence / Expires: 20 JUN 2016
CONSULADO DE MEXICO EN FRESNO"""
INTERPRETERS_LETTER = """Valley Indigenous Language Access Network
PO Box 4471, Fresno, CA 93701 - (559) 555-0163
October 20, 2026
Office of the Principal Legal Advisor
U.S. Immigration and Customs Enforcement
Re: Graciela Quiroz López, language needs
To the Assistant Chief Counsel:
Our interpreters have worked with Ms. Quiroz since 2022, at her son's clinic visits, at the
district court and with the Fresno Police Department. Her first language is Mixtec; she reads
Spanish only with difficulty. We ask that any proceeding be scheduled with notice enough to
arrange an interpreter.
Sincerely,
Rosa Abrego, Coordinator"""
BAPTISM = """Certificate of Baptism
This certifies that
Graciela Quiroz López
having confessed faith in the Lord Jesus Christ, was baptized on the 10th day of April, 2011
Iglesia Bautista Emanuel, 2021 E. Belmont Ave., Fresno, California
Rev. Tomás Ibarra, Pastor"""
PARISH_LETTER = """St. Lorenzo Ruiz Catholic Community, 7260 W. Sahara Avenue, Fresno, CA 93701
October 4, 2026
To Whom li May Coacern:
Graciela Quiroz López has been an active member of our community at this parish since 2009.
She sings in the choir and visits homebound elders. We ask that she be allowed to stay with
her family.
God bless,
Corazon M. Tolentino, Coordinator"""
TREATMENT_CERTIFICATE = """Central Valley Recovery Center - Hispanic Services, Fresno, California
CERTIFICATE OF COMPLETION
is awarded to
Graciela Quiroz López
for completing the 16-week Alcohol and Drug Education and Relapse Prevention group (32 hours),
attending every session from May 5 to August 18, 2026.
Awarded August 25, 2026   Group Facilitator   Clinical Director"""
MONEY_ORDER = """UNITED STATES POSTAL SERVICE
POSTAL MONEY ORDER - CUSTOMER'S RECEIPT   NOT NEGOTIABLE
SERIAL NUMBER 19382740615    2007-07-01    AMOUNT $425.00
PAY TO: Ramon Pineda (landlord)   ADDRESS: 1415 E. Belmont Ave., Fresno, CA 93701
Rent July - Graciela Quiroz Lopez"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AWARD_CERTIFICATE, "military_record"),
        (SCHOOL_LEAVING, "diploma"),
        (CARTA_PATRON, "employment_letter"),
        (CONSULAR_CARD, "identity_document"),
        (MONEY_ORDER, "residence_record"),
        # addressed to OPLA's attorney, it speaks for her, though it names the police
        (INTERPRETERS_LETTER, "letter_of_support"),
        (BAPTISM, "letter_of_support"),  # her congregation's record of her: community ties
        # its greeting misread past finding, the letter says what letters of support say
        (PARISH_LETTER, "letter_of_support"),
        # a treatment program's certificate: rehabilitation, filed with the court records
        (TREATMENT_CERTIFICATE, "court_record"),
    ],
    ids=[
        "award",
        "school-leaving",
        "carta-patron",
        "consular-card",
        "money-order",
        "to-opla",
        "baptism",
        "parish-letter",
        "treatment",
    ],
)
def test_everyday_papers_read_as_what_they_show(text: str, expected: str) -> None:
    d = _decide(text)
    assert (d.type, d.person.name if d.person else None) == (
        expected,
        "Graciela Quiroz López",
    ), d.reasons


def test_a_family_courts_custody_order_is_a_court_record_for_the_children() -> None:
    d = _decide(CUSTODY_ORDER)
    assert (d.type, d.equity) == ("court_record", "us_family"), d.reasons


def test_a_cards_name_in_a_notices_prose_is_no_title() -> None:
    # "a Benefits Identification Card in the mail" names a card the notice is not
    assert _decide(BENEFITS_NOTICE).type != "identity_document"
    # and a court order's "passport records" is no passport
    assert _decide(CUSTODY_ORDER).type != "passport"


def test_a_pharmacys_printout_is_a_medical_record_of_its_patient() -> None:
    d = _decide(PHARMACY_PRINTOUT)
    assert (d.type, d.person.name if d.person else None) == ("medical_record", "Mateo Quiroz")
    assert d.equity == "caretaker", d.reasons


def test_a_doctors_letter_is_not_a_letter_of_support() -> None:
    d = _decide("To whom it may concern,\n" + CLINIC_LETTER)
    assert d.type == "medical_record", d.reasons
    assert d.equity == "caretaker"  # about the cared-for child


@pytest.mark.parametrize("text", [CHURCH_BULLETIN, RECEIPT], ids=["bulletin", "receipt"])
def test_what_is_truly_unclear_stays_other(text: str) -> None:
    assert _decide(text).type == "other"


def test_an_untitled_win_says_so_and_is_less_sure() -> None:
    d = _decide(CLINIC_LETTER)
    assert any("no title phrase" in r for r in d.reasons)
    titled = _decide("MEDICAL LETTER\n" + CLINIC_LETTER)
    assert d.confidence < titled.confidence


def test_a_masked_irs_name_proves_the_respondents_tax_year() -> None:
    d = _decide(IRS_TRANSCRIPT)
    assert d.equity == "employment_and_taxes"
    assert d.fields.tax_year == 2021
    assert any("masked" in r for r in d.reasons)


def test_a_dd214s_year_month_day_boxes_give_its_service_period() -> None:
    covers = _decide(DD214_BOXES).fields.covers
    assert covers and (covers.start, covers.end) == (dt.date(2008, 6, 2), dt.date(2012, 6, 1))


def test_dates_in_portuguese_french_and_creole_are_read() -> None:
    written = "le 2 octobre 2011; 21 de março de 2009; 17 janvye 2013"
    assert dates_in(written) == [dt.date(2009, 3, 21), dt.date(2011, 10, 2), dt.date(2013, 1, 17)]


def test_an_account_transcripts_tax_period_is_its_year() -> None:
    assert _decide(ACCOUNT_TRANSCRIPT).fields.tax_year == 2020


def test_a_masked_name_needs_both_first_and_last_letters() -> None:
    # "GRAC" alone, or someone else's surname letters, is nobody of the case
    assert _decide(IRS_TRANSCRIPT.replace("GRAC QUIR", "GRAC MART")).person is None
    assert _decide(IRS_TRANSCRIPT.replace("GRAC QUIR", "MATE SOTO")).person is None


def test_labelled_boxes_give_the_childs_name_and_date_of_birth() -> None:
    d = _decide(BOXED_BIRTH)
    assert d.fields.date_of_birth == dt.date(2015, 7, 9)
    assert d.person and d.person.name == "Mateo Quiroz"


def _passport_zone(**changes: object) -> tuple[str, str]:
    fields: dict = dict(
        kind="P",
        country="MEX",
        number="G12345678",
        surname="QUIROZ LOPEZ",
        given="GRACIELA",
        nationality="MEX",
        birth=dt.date(1985, 3, 14),
        sex="F",
        expiry=dt.date(2030, 1, 1),
    )
    fields.update(changes)
    return mrz.td3(**fields)  # type: ignore[arg-type]


def test_a_passport_is_read_through_its_machine_readable_zone() -> None:
    # a page OCR made little of, but for the zone
    text = "ESTADOS UN1DOS MEX1CANOS\nxx ~~ ;;\n" + "\n".join(_passport_zone())
    d = _decide(text)
    assert d.type == "passport", d.reasons
    assert d.person and d.person.name == "Graciela Quiroz López"
    assert d.fields.date_of_birth == dt.date(1985, 3, 14)
    assert d.fields.expires == dt.date(2030, 1, 1)
    assert d.fields.document_number == "G12345678"


def test_a_zone_whose_check_digits_fail_says_nothing() -> None:
    first, second = _passport_zone()
    broken = second[:13] + ("0" if second[13] != "0" else "1") + second[14:]  # birth date's digit
    assert read_zone(f"{first}\n{broken}") is None


def test_a_mark_ocr_made_of_a_photos_edge_does_not_hide_the_zone() -> None:
    # the zone's last check digit read as "§g" at the card's edge: the birth date's still holds
    first, second = _passport_zone()
    zone = read_zone(f"{first}\n{second[:-1]}\u00a7g")
    assert zone and zone.birth_date == dt.date(1985, 3, 14) and not zone.valid
    # a line of prose with a stray mark is no zone
    assert (
        read_zone("Name of the holder: GRACIELA QUIROZ LOPEZ, born in Puebla \u00a7 1985") is None
    )


def test_a_green_card_zone_is_read_as_one() -> None:
    lines = mrz.td1(
        kind="C1",
        country="USA",
        number="SRC1234567",
        surname="QUIROZ LOPEZ",
        given="GRACIELA",
        nationality="MEX",
        birth=dt.date(1985, 3, 14),
        sex="F",
        expiry=dt.date(2030, 1, 1),
    )
    zone = read_zone("\n".join(lines))
    assert zone and zone.code == "C1" and zone.birth_date == dt.date(1985, 3, 14)
    assert type_of("\n".join(lines), CONFIG)[0] == "permanent_resident_card"


PORTUGUESE = """REPÚBLICA FEDERATIVA DO BRASIL
CERTIDÃO DE NASCIMENTO
Nome do registrado: Mateo Quiroz
Data de nascimento: nove de julho de dois mil e quinze. Local de nascimento: São Paulo.
Filiação: Graciela Quiroz. Avós maternos: não consta. O oficial do registro civil certifica.
"""
FRENCH = """RÉPUBLIQUE D'HAÏTI
EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL - ACTE DE NAISSANCE
L'an deux mille quinze et le neuf juillet, par devant nous officier de l'état civil, a comparu
la mère, Graciela Quiroz, laquelle nous a déclaré la naissance de l'enfant Mateo Quiroz.
"""
CREOLE = """REPIBLIK DAYITI
AK NESANS
Nou menm ofisye eta sivil la sètifye ke pitit la, Mateo Quiroz, fèt nan Pòtoprens nan dat
nèf jiyè de mil kenz. Manman li se Graciela Quiroz. Papa li pa deklare.
"""
POLISH = """RZECZPOSPOLITA POLSKA
ODPIS ZUPEŁNY AKTU URODZENIA
Urząd Stanu Cywilnego w Nowym Targu. Nazwisko: NOWAK. Imię (imiona): Anna Maria.
Data urodzenia: czternastego marca tysiąc dziewięćset osiemdziesiątego piątego roku.
Miejsce urodzenia: Nowy Targ. Imię i nazwisko ojca: Jan Nowak. Kierownik Urzędu Stanu Cywilnego.
"""
TURKISH = """TÜRKİYE CUMHURİYETİ İÇİŞLERİ BAKANLIĞI
Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü
NÜFUS KAYIT ÖRNEĞİ
Adı: Elif Soyadı: Demir Baba Adı: Mehmet Ana Adı: Ayşe Doğum Yeri ve Tarihi: Kayseri
Medeni Hali: Evli. Bu belge elektronik ortamda güvenli elektronik imza ile imzalanmıştır.
"""
INDONESIAN = """REPUBLIK INDONESIA
KUTIPAN AKTA KELAHIRAN
Berdasarkan Akta Kelahiran Nomor 4127/1981 menurut Stbld. 1917 No. 130 di Jakarta pada
tanggal dua puluh Maret seribu sembilan ratus delapan puluh satu telah lahir Budi, anak
laki-laki dari suami istri Santoso dan Sri. Kutipan ini dikeluarkan di Jakarta.
"""
# a driver license photo's OCR: names, codes and capitals, with little English in it
LICENSE_NOISE = """California usa DRIVER LICENSE FEDERAL LIMITS APPLY ot Y4471928 exP 08/17/2026
un WIJAYA FN BUDI SANTOSO 1219 S. CHAPEL AVE., APT. 7 ALHAMBRA, CA 91801 Dos 08/17/1981
RSTR NONE CLASS C SEX M HAIR BLK EYES BRN HGT 5-06 WGT 150 lb DD 08/17/2021 ISS"""
BILINGUAL_PASSPORT = """ESTADOS UNIDOS MEXICANOS
PASAPORTE / PASSPORT
Tipo / Type   Clave del país / Code of issuing state
Apellidos / Surname
QUIROZ LOPEZ
Nombres / Given names
GRACIELA
Nacionalidad / Nationality
Fecha de nacimiento / Date of birth
Lugar de nacimiento / Place of birth
Fecha de expedición / Date of issue
Fecha de caducidad / Date of expiry
"""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (PORTUGUESE, "pt"),
        (FRENCH, "fr"),
        (CREOLE, "ht"),
        (CARTA_VECINA, "es"),
        (POLISH, "pl"),
        (TURKISH, "tr"),
        (INDONESIAN, "id"),
    ],
    ids=["pt", "fr", "ht", "es", "pl", "tr", "id"],
)
def test_languages_other_than_english_are_told_apart(text: str, code: str) -> None:
    reading = read_language(text, CONFIG.languages)
    assert (reading.code, reading.bilingual) == (code, False)


def test_a_language_below_its_own_floor_leaves_the_text_to_the_others() -> None:
    spanish = CONFIG.languages.languages["es"]
    floored = CONFIG.languages.model_copy(
        update={
            "languages": {
                **CONFIG.languages.languages,
                "es": spanish.model_copy(update={"min_probability": 1.0}),
            }
        }
    )
    assert read_language(CARTA_VECINA, CONFIG.languages).code == "es"
    assert read_language(CARTA_VECINA, floored).code not in ("es", "en")


def test_a_bilingual_passport_needs_no_translation() -> None:
    reading = read_language(BILINGUAL_PASSPORT, CONFIG.languages)
    assert reading.code == "en" and reading.bilingual and reading.found == "es"


def test_a_passport_whose_zone_was_not_read_is_bilingual_by_one_pair() -> None:
    # a quarter-turned photo: the data page's captions, its zone lost
    text = """REPUBLICA FEDERATIVA DO BRASIL
PASSAPORTE / PASSPORT / PASSEPORT
TIPO TYPE  PAIS EMISSOR  BRA
SOBRENOME  QUIROZ LOPEZ   NOME  GRACIELA
NACIONALIDADE  BRASILEIRA   DATA DE NASCIMENTO  14 MAR 1985   SEXO F
NATURALIDADE  SAO PAULO/SP   DATA DE EXPEDICAO  02 FEV 2021   VALIDO ATE  01 FEV 2031
AUTORIDADE  POLICIA FEDERAL"""
    d = _decide(text)
    assert (d.type, d.language) == ("passport", "en"), d.reasons
    assert any("bilingual" in r for r in d.reasons)


def test_a_passport_photo_keeping_only_its_headings_is_bilingual_by_them() -> None:
    # a phone photo kept the data page's largest print only: the country's name over its
    # translation, spelt its own way in each language, on a page whose zone checks
    text = """REPUBLICA DE MOCAMBIQUE
REPUBLIC OF MOZAMBIQUE
PASSAPORTE / PASSPORT
MACUACUA
ALBERTINA FELIZARDA
MOCAMBICANA / MOZAMBICAN
23 JUL 1991   XAI-XAI, GAZA   02 NOV 2021   01 NOV 2031   SENAMI"""
    assert read_language(text, CONFIG.languages, travel_document=True).bilingual


def test_english_documents_with_spanish_names_stay_english() -> None:
    # the license's noise is what the model gives Indonesian first, below Indonesian's floor
    for text in (CLINIC_LETTER, W2_GRID, BOXED_BIRTH, PAY_STUB, LICENSE_NOISE):
        assert read_language(text, CONFIG.languages).code == "en"


def test_foreign_birth_certificates_are_typed() -> None:
    for text in (PORTUGUESE, FRENCH, CREOLE, POLISH, TURKISH, INDONESIAN):
        assert _decide(text).type == "birth_certificate", text.splitlines()[1]


# --- translations paired by what they say ---------------------------------------------------

ACTA = """ACTA DE NACIMIENTO
Registro Civil de Fresno
Nombre del registrado: Mateo Quiroz
Fecha de nacimiento: 09/07/2015
Nombre de la madre: Graciela Quiroz López
"""
ACTA_TRANSLATION = """English translation
BIRTH CERTIFICATE
Civil Registry of Fresno
Name of the registered person: Mateo Quiroz
Date of birth: July 9, 2015
Mother's name: Graciela Quiroz López
"""
OTHER_TRANSLATION = """English translation
BIRTH CERTIFICATE
Name of the registered person: Lucía Ortega
Date of birth: May 2, 2011
"""


def _document(file: str, text: str) -> Document:
    d = decide(text, file, CASE, CONFIG)
    return Document(
        file=file,
        sha256=file,
        pdf=Path("unused.pdf"),
        page_texts=(text,),
        type=d.type,
        equity=d.equity,
        about=d.person.name if d.person else None,
        about_claim=None,
        language=d.language,
        confidence=d.confidence,
        reasons=d.reasons,
        fields=d.fields,
    )


def test_an_original_and_its_translation_pair_by_content() -> None:
    acta = _document("scans/acta.jpg", ACTA)
    english = _document("scans/acta_english.jpg", ACTA_TRANSLATION)
    assert acta.language == "es" and english.language == "en"
    paired = {d.file: d for d in pair_translations([english, acta], CASE, CONFIG)}
    assert paired["scans/acta.jpg"].translation == "scans/acta_english.jpg"
    assert paired["scans/acta_english.jpg"].translates == "scans/acta.jpg"


def test_an_original_ocr_could_not_type_is_what_its_translation_says() -> None:
    # a record in a script Tesseract was not asked to read comes out as Latin-letter noise;
    # its dates survive, and its certified translation says what it is and whose
    garbled = """YKPAIHA
CBIIOHUTBO HPO HAPOJZKEHHA
Hapodueca(aaca) 09.07.2015
Axmoeuú sanuc Ne 1187 sia 04.08.2015
Hama eudaui 05.06.2017
Cepia I-AM W 204731"""
    translation = """ENGLISH TRANSLATION
[Translated from Ukrainian: Birth Certificate]
Surname: QUIROZ   Given name: Mateo
Was born: 09.07.2015
Record No.: 1187 of 04.08.2015
Date of issue: 05.06.2017
Series: FAM No. 204731
CERTIFICATE OF TRANSLATION
I, Olena Hrytsenko, certify that I am competent to translate from Ukrainian into English,
and that the above translation is complete and accurate."""
    original = _document("scans/svidotstvo.jpg", garbled)
    english = _document("scans/svidotstvo english.pdf", translation)
    assert original.type == "other"
    paired = {d.file: d for d in pair_translations([original, english], CASE, CONFIG)}
    typed = paired["scans/svidotstvo.jpg"]
    assert (typed.type, typed.about) == ("birth_certificate", "Mateo Quiroz"), typed.reasons
    assert any("typed by its translation" in r for r in typed.reasons)
    assert paired["scans/svidotstvo english.pdf"].about == "Mateo Quiroz"
    # a translation lacking its certificate still says what the original is
    bare = _document("scans/svidotstvo english.pdf", translation.split("CERTIFICATE OF")[0])
    paired = {d.file: d for d in pair_translations([original, bare], CASE, CONFIG)}
    assert paired["scans/svidotstvo.jpg"].type == "birth_certificate"


def test_a_translation_of_another_paper_is_not_paired() -> None:
    acta = _document("scans/acta.jpg", ACTA)
    other = _document("scans/other_english.jpg", OTHER_TRANSLATION)
    # and an English paper that is no translation, about the same child, is not one either
    us_birth = _document("scans/us_birth.jpg", BOXED_BIRTH)
    paired = pair_translations([acta, other, us_birth], CASE, CONFIG)
    assert all(d.translation is None and d.translates is None for d in paired)


def test_a_lone_certificate_naming_a_birth_certificate_certifies_no_letter() -> None:
    # the translator's certificate scanned apart names what it certifies: the one foreign
    # paper left about her is a letter, which it does not certify
    certificate = _document(
        "scans/translator cert.jpg",
        """Certification of Translation
I, Renata Quintela Moraes, certify that I am competent to translate from Portuguese into
English, and that the attached English translation of the Brazilian birth certificate
(Certidão de Nascimento) of Graciela Quiroz López is true, accurate and complete.""",
    )
    carta = _document("scans/carta.jpg", CARTA)
    assert carta.type == "letter_of_support" and carta.language == "pt"
    paired = pair_translations([carta, certificate], CASE, CONFIG)
    assert all(d.translation is None and d.translates is None for d in paired)


def test_a_lone_certificate_pairs_with_a_marriage_record_filed_under_the_other_spouse() -> None:
    # the original is filed under her husband, the certificate under her: the record names both
    record = _document(
        "scans/acta matrimonio.jpg",
        """REPUBLICA DE MEXICO  REGISTRO CIVIL
ACTA DE MATRIMONIO
Contrayentes: RAUL MEDINA SOTO y GRACIELA QUIROZ LOPEZ
Fecha de celebración: 14 de marzo de 2008. Lugar: Fresno, California.""",
    )
    certificate = _document(
        "scans/translator statement.jpg",
        """Certificate of Translation
I, Ana Ruiz, certify that I am competent to translate from Spanish into English and that the
attached translation of the marriage certificate of Graciela Quiroz López is accurate.""",
    )
    record = dataclasses.replace(record, about="Raúl Medina Soto")
    assert record.language == "es" and certificate.about == "Graciela Quiroz López"
    paired = {d.file: d for d in pair_translations([record, certificate], CASE, CONFIG)}
    assert paired["scans/acta matrimonio.jpg"].translation == "scans/translator statement.jpg"


CARTA = """Chicago, 3 de outubro de 2026
Excelentíssimo Senhor Juiz de Imigração,
Eu, Rosa Maria Lima, venho por meio desta declarar que conheço Graciela Quiroz López há dez anos.
Ela é uma mãe dedicada e cuida do filho todos os dias. Peço com todo o respeito que ela possa
ficar com a família. Atenciosamente, Rosa Maria Lima"""

CARTA_TRANSLATION = """TRANSLATION
Chicago, October 3, 2026
Your Honor,
I, Rosa Maria Lima, hereby declare that I have known Graciela Quiroz López for ten years. She is
a devoted mother and cares for her son every day. I respectfully ask that she may stay with her
family. Sincerely, Rosa Maria Lima
I, Ana Torres, certify that I am competent to translate from Portuguese into English and that
the foregoing is a true and accurate translation. Date: 10/09/2026"""

RECIBO = """RECIBO  US$ 1.450,00
Recebi de Graciela Quiroz López a importância de mil quatrocentos e cinquenta dólares, referente
ao aluguel do mês de abril de 2018. Chicago, 2 de abril de 2018. Gilberto Souza (proprietário)"""


def test_a_letter_pairs_with_its_translation_by_its_greeting_among_other_foreign_papers() -> None:
    # two papers in Portuguese about the respondent: the translation renders the letter's
    # greeting ("Your Honor"), not the receipt, which is a rent receipt in its own right
    carta = _document("scans/carta.jpg", CARTA)
    recibo = _document("scans/recibo.jpg", RECIBO)
    english = _document("scans/carta_english.pdf", CARTA_TRANSLATION)
    assert (carta.type, recibo.type) == ("letter_of_support", "residence_record")
    # the same type (by the greeting), the same person and the same date
    assert translation_score(carta, english, CONFIG.rules) == 5.0
    paired = {d.file: d for d in pair_translations([carta, recibo, english], CASE, CONFIG)}
    assert paired["scans/carta.jpg"].translation == "scans/carta_english.pdf"
    assert paired["scans/recibo.jpg"].translation is None


ILLINOIS_BIRTH = """STATE OF ILLINOIS
DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS
CERTIFICATE OF LIVE BIRTH
CHILD'S NAME: MATEO QUIROZ
DATE OF BIRTH: JULY 9, 2015   SEX: MALE
PLACE OF BIRTH: MOUNT SINAI HOSPITAL, CHICAGO, COOK COUNTY
MOTHER'S NAME: GRACIELA QUIROZ LOPEZ
"""


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lugar de nacimiento:  Atlixco, Puebla, México\nSexo: Mujer", "Atlixco, Puebla, México"),
        ("PLACE OF BIRTH HARRIS COUNTY, HOUSTON\nMOTHER X", "Harris County, Houston"),
        ("NAME: ANA\nCOUNTY OF BIRTH: MIAMI-DADE\nMOTHER'S NAME: X", "Miami-Dade County"),
        ("CITY OF BIRTH\nCHICAGO\nCOUNTY\nCOOK\n", "Chicago, Cook County"),  # boxes, values below
        ("Place of birth: Américo Boavida Hospital, Luanda", "Luanda"),
        (BOXED_BIRTH, None),  # the hospital's box names no place
        # a row of boxes puts the values side by side: which word is whose is not known
        (
            "5a. PLACE OF BIRTH—NAME OF FACILITY 5b. CITY 5c. COUNTY\nMERCY HOSPITAL CHICAGO COOK",
            None,
        ),
        ("FACILITY NAME CITY OF BIRTH COUNTY\nMERCY HOSPITAL HOUSTON HARRIS", None),
        # a label with its value elsewhere, then the next label: no place
        ("Lugar de nacimiento / Place of birth\nFecha de expedición / Date of issue\n", None),
        ("PLACE OF BIRTH: CH1CAGO, IL", None),  # misread: none rather than a wrong place
        ("Lugar de nacimiento:\nAtlixco, eee México\n", None),  # as OCR read a real scan
        # a county named in a heading, in a sentence or in a clerk's title is no place of birth
        ("COUNTY OF RIVERSIDE — DEPARTMENT OF PUBLIC HEALTH\nOFFICE OF VITAL RECORDS", None),
        ("a true copy on file in the office of the Riverside County Department of Health", None),
        ("COUNTY CLERK\nKaren Yarbrough", None),
        ("5c. COUNTY: COOK", "Cook County"),
        ("Lugar de nacimiento:\nAtlixco, Puebla, México\n", "Atlixco, Puebla, México"),
    ],
)
def test_the_place_of_birth_is_read_from_its_labelled_box(text: str, place: str | None) -> None:
    assert place_of_birth(text, CONFIG.rules.fields.place_labels) == place


def test_a_birth_certificates_description_names_where_the_birth_took_place(
    tmp_path: Path,
) -> None:
    d = _decide(ILLINOIS_BIRTH)
    assert d.type == "birth_certificate" and d.fields.place == "Chicago, Cook County"
    doc = Document(
        file="scans/x.jpg",
        sha256="",
        pdf=tmp_path / "x.pdf",
        page_texts=(ILLINOIS_BIRTH,),
        type=d.type,
        equity=d.equity,
        about=d.person.name if d.person else None,
        about_claim=d.person.claim if d.person else None,
        language=d.language,
        confidence=d.confidence,
        reasons=d.reasons,
        fields=d.fields,
    )
    ctx = BuildContext(CASE, CONFIG, dt.date(2025, 1, 6), tmp_path)
    assert describe(doc, ctx, Templates(CONFIG)) == (
        "Birth certificate of Mateo Quiroz, born July 9, 2015, Chicago, Cook County, Illinois "
        "(State of Illinois)"
    )
    # a document of another type says nothing of a place
    lease = _decide("RESIDENTIAL LEASE AGREEMENT\nTenant: Graciela Quiroz\nCITY: FRESNO\n")
    assert lease.fields.place is None
