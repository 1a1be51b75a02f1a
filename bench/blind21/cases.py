"""The twenty-first blind corpus: four invented families, each a case folder of what an urban
legal-aid office receives by e-mail and at intake (phone screenshots of a bank app, a school's
parent portal and a utility account, pages printed from the IRS and Social Security websites to
PDF, handwritten letters and a receipt-book page photographed, notarized affidavits, foreign
civil records with an apostille or a consul's legalization, hospital summaries, a sheriff's
report and Form I-918 Supplement B, DD-214s, an elderly citizen mother's papers), a case.yaml,
and the truth it is scored against. Written from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind21.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.blind21 import documents as doc
from tests.realistic import capture
from tests.realistic.dates import long, us
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    drawn,
    up,
    write_from_command_line,
    write_plans,
)
from tests.realistic.paper import BLUE_INK, GREY, INK, Sheet, letterhead

D = dt.date

# Every paper is dated on or before this day and the claimed residence is covered up to it,
# except where the truth expects a gap.
AS_OF = D(2026, 11, 30)
NAVY_D = (20, 45, 100)


def _rep(name: str, org: str, address: list[str], phone: str, email: str, eoir: str) -> dict:
    return {
        "name": name,
        "organization": org,
        "address": address,
        "phone": phone,
        "email": email,
        "eoir_id": eoir,
    }


def _passport(label: str, person: Person, language: Any, seed: int, **kw: Any) -> Paper:
    sheet, zone = doc.passport(person, seed=seed, **kw)
    return drawn(
        label, [sheet], "passport", person, "identity", language, mrz_zone=zone, is_card=True
    )


def _paper(label, sheets, type_, about, equity, language="en", proves=None) -> Paper:
    return drawn(label, sheets, type_, about, equity, language, proves)


def _text_paper(label, pages, type_, about, equity, language="en", proves=None) -> Paper:
    """A paper that exists only as a PDF with text (printed from a browser): no page image."""
    return Paper(label, [], type_, about.name, equity, language, proves)


# ================================================================ 1. Framingham, Massachusetts


def tavares() -> CasePlan:
    """A Brazilian drywall finisher in Framingham asking for administrative closure: a passport
    a quarter turn off, the certidão de nascimento with its apostille and translation in one
    PDF, two Massachusetts birth certificates in another, a bank app's transactions and the
    schools' parent portal as screenshots, an IRS account transcript printed to PDF, his
    employer's notarized affidavit, a lease page by page, a neighbour's handwritten letter,
    and a true residence gap from his 2005 arrival to 2012."""
    marcos = Person(
        "Marcos Vinícius", "Tavares Lima", D(1985, 9, 23), "M", "Governador Valadares, MG"
    )
    isabela = Person("Isabela", "Tavares Souza", D(2014, 7, 2), "F", "Framingham")
    davi = Person("Davi", "Tavares Souza", D(2017, 11, 19), "M", "Framingham")
    juliana = "Juliana Ferreira Souza"
    a_number = "219-447-305"
    rep = _rep(
        "Colleen Marchetti-Osei",
        "MetroWest Immigrant Legal Aid",
        ["46 Concord Street, Suite 210", "Framingham, MA 01702"],
        "508-555-0148",
        "cmarchetti@mwila.example",
        "MX772041",
    )
    street, city = "19 Waverley Street, Apt 2", "Framingham, MA 01702"
    seed = 21100

    # --- the passport: Polícia Federal, a quarter turn off in the photo
    pp = _passport(
        "brazil_passport",
        marcos,
        ("pt", "en"),
        seed,
        code="BRA",
        country=["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT"],
        labels=[
            "TIPO/TYPE",
            "PAÍS EMISSOR/ISSUING COUNTRY",
            "PASSAPORTE Nº/PASSPORT No.",
            "SOBRENOME/SURNAME",
            "NOME/GIVEN NAMES",
            "NACIONALIDADE/NATIONALITY",
            "DATA DE NASCIMENTO/DATE OF BIRTH",
            "SEXO/SEX",
            "LOCAL DE NASCIMENTO/PLACE OF BIRTH",
            "DATA DE EXPEDIÇÃO/DATE OF ISSUE",
            "VÁLIDO ATÉ/DATE OF EXPIRY",
            "AUTORIDADE/AUTHORITY",
        ],
        number="GB418207",
        nationality="BRASILEIRO(A)",
        issued=D(2022, 3, 15),
        expiry=D(2032, 3, 14),
        authority="CONSULADO-GERAL EM BOSTON",
        place="GOVERNADOR VALADARES/MG",
        tint=((214, 228, 214), (232, 236, 210)),
    )

    # --- the certidão de nascimento (segunda via) and its apostille
    c = Sheet()
    c.security_background(seed + 1, (225, 235, 225))
    c.border(0.4, 1.6)
    y = c.center(0.7, "REPÚBLICA FEDERATIVA DO BRASIL", 12, "serif-bold")
    y = c.center(y, "REGISTRO CIVIL DAS PESSOAS NATURAIS", 10, "serif")
    y = c.center(y + 0.15, "CERTIDÃO DE NASCIMENTO", 18, "serif-bold") + 0.25
    y = c.grid(
        0.7,
        y,
        7.1,
        [
            (0.5, [(1, "NOME", up(marcos.name))]),
            (0.5, [(3, "MATRÍCULA", "0412 3901 55 1985 1 00047 112 0018842 61")]),
            (
                0.5,
                [
                    (
                        1,
                        "DATA DE NASCIMENTO POR EXTENSO",
                        "VINTE E TRÊS DE SETEMBRO DE MIL NOVECENTOS E OITENTA E CINCO",
                    ),
                ],
            ),
            (
                0.5,
                [
                    (1, "DIA/MÊS/ANO", "23/09/1985"),
                    (1, "HORA", "06:40"),
                    (2, "MUNICÍPIO DE REGISTRO E UF", "GOVERNADOR VALADARES - MG"),
                ],
            ),
            (
                0.5,
                [
                    (2, "LOCAL DE NASCIMENTO", "HOSPITAL SAMARITANO, GOVERNADOR VALADARES - MG"),
                    (1, "SEXO", "MASCULINO"),
                ],
            ),
            (
                0.6,
                [
                    (
                        1,
                        "FILIAÇÃO",
                        "PAI: JOSÉ CARLOS TAVARES LIMA\nMÃE: ROSÂNGELA APARECIDA TAVARES",
                    )
                ],
            ),
            (
                0.6,
                [
                    (
                        1,
                        "AVÓS",
                        "PATERNOS: SEBASTIÃO LIMA E MARIA DAS GRAÇAS LIMA\nMATERNOS: "
                        "ANTÔNIO TAVARES E LUZIA TAVARES",
                    )
                ],
            ),
            (
                0.5,
                [
                    (1, "GÊMEO", "NÃO"),
                    (2, "DATA DO REGISTRO POR EXTENSO", "TRÊS DE OUTUBRO DE 1985"),
                ],
            ),
            (0.5, [(1, "OBSERVAÇÕES / AVERBAÇÕES", "NADA CONSTA")]),
        ],
    )
    y = c.para(
        0.7,
        y + 0.25,
        7.1,
        "O conteúdo da certidão é verdadeiro. Dou fé. Certidão "
        "emitida em 2ª via a requerimento da parte interessada.",
        10,
        "serif",
    )
    c.text(0.7, y + 0.2, "Governador Valadares, 11 de agosto de 2025.", 10, "serif")
    c.signature(4.4, y + 0.45, "Helena M. Pires", 18, fill=INK)
    c.line(4.2, y + 0.95, 7.6, y + 0.95)
    c.lines(
        4.2,
        y + 1.0,
        [
            "Helena Maria Pires",
            "Oficiala Substituta",
            "Cartório do Registro Civil - 1º Subdistrito",
        ],
        8.5,
        "serif",
    )
    c.stamp(
        0.8,
        y + 0.7,
        ["SELO DE FISCALIZAÇÃO", "ELETRÔNICO Nº FGH41207", "TJMG"],
        8,
        colour=(40, 90, 60),
        angle=-3,
    )
    ap = doc.apostille(
        heading=["REPÚBLICA FEDERATIVA DO BRASIL", "CONSELHO NACIONAL DE JUSTIÇA"],
        country="República Federativa do Brasil",
        signed_by="Helena Maria Pires",
        capacity="Oficiala Substituta",
        seal_of="Registro Civil das Pessoas Naturais de Governador Valadares",
        at="Governador Valadares - MG",
        on=D(2025, 8, 14),
        by="2º Tabelionato de Notas de Governador Valadares",
        number="GVD2025081400317",
        official="Renato A. Quintão",
        language="pt",
        seed=seed + 2,
    )
    certidao = _paper(
        "brazil_certidao_apostille", [c, ap], "birth_certificate", marcos, "identity", "pt"
    )
    tr = doc.translation(
        "FEDERATIVE REPUBLIC OF BRAZIL - CIVIL REGISTRY OF NATURAL PERSONS - BIRTH CERTIFICATE",
        [
            f"NAME: {up(marcos.name)}. REGISTRATION NUMBER (MATRÍCULA): 0412 3901 55 1985 1 "
            "00047 112 0018842 61.",
            "DATE OF BIRTH: September twenty-third, nineteen eighty-five (09/23/1985), at 6:40 "
            "a.m., at Hospital Samaritano, Governador Valadares, State of Minas Gerais. SEX: "
            "Male.",
            "PARENTS: Father: José Carlos Tavares Lima. Mother: Rosângela Aparecida Tavares. "
            "GRANDPARENTS: Paternal: Sebastião Lima and Maria das Graças Lima. Maternal: "
            "Antônio Tavares and Luzia Tavares. TWIN: No. DATE OF REGISTRATION: October 3, 1985."
            " NOTES / ANNOTATIONS: None.",
            "The content of this certificate is true. I attest. Second copy issued at the "
            "request of the interested party. Governador Valadares, August 11, 2025. [signed] "
            "Helena Maria Pires, Deputy Registrar. [Electronic inspection seal no. FGH41207, "
            "TJMG]",
            "[Second page:] APOSTILLE (Convention de La Haye du 5 octobre 1961). 1. Country: "
            "Federative Republic of Brazil. This public document 2. has been signed by Helena "
            "Maria Pires 3. acting in the capacity of Deputy Registrar 4. bears the seal of the "
            "Civil Registry of Natural Persons of Governador Valadares. Certified 5. at "
            "Governador Valadares - MG 6. on 08/14/2025 7. by the 2nd Notary Office of "
            "Governador Valadares 8. No. GVD2025081400317 9. Seal 10. Signature [signed].",
        ],
        note="(of the attached Portuguese-language certificate and apostille)",
        translator="Luciana Barros Whitfield",
        address="88 Lincoln Street, Framingham, MA 01702",
        phone="508-555-0191",
        source="Portuguese",
        when=D(2026, 9, 30),
    )
    translation = _paper(
        "certidao_translation", [tr], "certificate_of_translation", marcos, "identity"
    )

    # --- two Massachusetts birth certificates
    def mass(child: Person, n: int, file_no: str) -> Paper:
        sheet = doc.vital_record(
            heads=["THE COMMONWEALTH OF MASSACHUSETTS", "REGISTRY OF VITAL RECORDS AND STATISTICS"],
            title="CERTIFICATE OF LIVE BIRTH",
            rows=[
                (
                    0.5,
                    [
                        (3, "1. CHILD - NAME (First, Middle, Last)", up(child.name)),
                        (1, "2. SEX", "FEMALE" if child.sex == "F" else "MALE"),
                    ],
                ),
                (
                    0.5,
                    [
                        (1, "3. DATE OF BIRTH", us(child.born)),
                        (1, "4. TIME", "14:22" if n else "03:05"),
                        (2, "5. PLACE OF BIRTH - FACILITY", "METROWEST MEDICAL CENTER"),
                    ],
                ),
                (0.5, [(1, "6. CITY/TOWN OF BIRTH", "FRAMINGHAM"), (1, "7. COUNTY", "MIDDLESEX")]),
                (
                    0.5,
                    [
                        (3, "8. MOTHER/PARENT - NAME PRIOR TO FIRST MARRIAGE", up(juliana)),
                        (1, "9. BIRTHPLACE", "BRAZIL"),
                    ],
                ),
                (
                    0.5,
                    [
                        (3, "10. FATHER/PARENT - NAME", up(marcos.name)),
                        (1, "11. BIRTHPLACE", "BRAZIL"),
                    ],
                ),
                (
                    0.5,
                    [
                        (2, "12. RESIDENCE OF MOTHER/PARENT", f"{up(street)}, FRAMINGHAM MA"),
                        (1, "13. DATE FILED", us(child.born + dt.timedelta(days=6))),
                    ],
                ),
            ],
            file_no=file_no,
            registrar="Patricia Donnelly",
            registrar_title="TOWN CLERK, FRAMINGHAM - ATTEST",
            seal_ring="CITY OF FRAMINGHAM * MASSACHUSETTS *",
            certify="I, the undersigned, hereby certify that I am the keeper of the records of "
            "births for said city/town and that the above is a true copy from said records.",
            issued=D(2026, 6, 3),
            seed=seed + 10 + n,
        )
        return _paper("massachusetts_birth", [sheet], "birth_certificate", child, "us_family")

    # --- the bank app's list of transactions
    bank = doc.phone_screen(seed + 20, "9:41", "Verizon")
    bank.rect(0, 0.42, bank.width, 0.62, outline=None, fill=(18, 74, 60))
    bank.text(0.3, 0.5, "<", 16, "sans-bold", fill=(255, 255, 255))
    bank.center(0.55, "Everyday Checking ...4471", 12, "sans-bold", fill=(255, 255, 255))
    bank.center(0.8, "Bay Colony Community Bank", 8.5, "sans", fill=(210, 230, 220))
    y = bank.text(0.3, 1.2, "Available balance", 9, fill=GREY)
    y = bank.text(0.3, y, "$2,184.37", 20, "sans-bold")
    y = bank.text(0.3, y + 0.05, f"{up(marcos.name)}", 8.5, fill=GREY) + 0.12
    bank.line(0, y, bank.width, y, 0.6, (200, 200, 200))
    rows = [
        ("Nov 24, 2026", "DIRECT DEP  GRANITE WALL SYSTEMS", "+$1,386.52"),
        ("Nov 21, 2026", "MARKET BASKET #54 FRAMINGHAM MA", "-$142.18"),
        ("Nov 19, 2026", "EVERSOURCE ENERGY  WEB PMT", "-$118.40"),
        ("Nov 17, 2026", "DIRECT DEP  GRANITE WALL SYSTEMS", "+$1,386.52"),
        ("Nov 15, 2026", "ZELLE TO ROBERT KAVANAGH  RENT", "-$1,950.00"),
        ("Nov 12, 2026", "SHELL OIL 5741 FRAMINGHAM", "-$54.06"),
        ("Nov 10, 2026", "DIRECT DEP  GRANITE WALL SYSTEMS", "+$1,386.52"),
        ("Nov 07, 2026", "VERIZON WIRELESS  AUTOPAY", "-$96.30"),
        ("Nov 03, 2026", "DIRECT DEP  GRANITE WALL SYSTEMS", "+$1,386.52"),
        ("Oct 30, 2026", "BRAZIL EXPRESS REMESSA", "-$300.00"),
        ("Oct 27, 2026", "DIRECT DEP  GRANITE WALL SYSTEMS", "+$1,386.52"),
        ("Oct 15, 2026", "ZELLE TO ROBERT KAVANAGH  RENT", "-$1,950.00"),
        ("Oct 01, 2026", "FRAMINGHAM PUBLIC SCHOOLS  LUNCH", "-$40.00"),
    ]
    y += 0.1
    bank.text(0.3, y, "Posted transactions", 10, "sans-bold")
    y += 0.3
    for when, what, amount in rows:
        bank.text(0.3, y, when, 8, fill=GREY)
        bank.text(0.3, y + 0.15, what, 9)
        bank.text(
            bank.width - 0.3,
            y + 0.12,
            amount,
            10,
            "sans-bold",
            align="right",
            fill=(18, 110, 60) if amount.startswith("+") else INK,
        )
        y += 0.5
        bank.line(0.3, y - 0.08, bank.width - 0.3, y - 0.08, 0.5, (220, 220, 220))
    bank.rect(0, bank.height - 0.55, bank.width, 0.55, outline=None, fill=(245, 245, 245))
    for i, tab in enumerate(["Accounts", "Pay", "Deposit", "Menu"]):
        bank.text(0.55 + i * 1.0, bank.height - 0.35, tab, 8, fill=GREY)
    bank_paper = _paper(
        "bank_app_transactions",
        [bank],
        ("residence_record", "other"),
        marcos,
        "length_of_residence",
        proves=(D(2026, 10, 1), D(2026, 11, 24)),
    )

    # --- the parent portal: Isabela's attendance and grades
    sp = doc.phone_screen(seed + 21, "7:12", "Verizon")
    sp.rect(0, 0.42, sp.width, 0.7, outline=None, fill=(10, 50, 110))
    sp.text(0.3, 0.5, "Framingham Public Schools", 11, "sans-bold", fill=(255, 255, 255))
    sp.text(0.3, 0.75, "Family Portal", 9, fill=(200, 215, 240))
    y = sp.text(0.3, 1.3, f"{isabela.surname}, {isabela.given}", 13, "sans-bold")
    y = sp.text(0.3, y, "Grade 7  |  Fuller Middle School  |  ID 1004388", 8.5, fill=GREY)
    y = sp.text(0.3, y, "Homeroom: Ms. Okafor, Rm 214", 8.5, fill=GREY) + 0.15
    y = sp.text(0.3, y, "ATTENDANCE  2026-2027 (to 11/20/2026)", 9.5, "sans-bold") + 0.05
    y = (
        sp.table(
            0.3,
            y,
            [1.6, 0.9, 1.1],
            [
                ["", "Days", "Rate"],
                ["Membership", "55", ""],
                ["Present", "53", "96.4%"],
                ["Absent - excused", "2", ""],
                ["Absent - unexcused", "0", ""],
                ["Tardy", "1", ""],
            ],
            pt=8.5,
        )
        + 0.2
    )
    y = sp.text(0.3, y, "GRADES  Term 1 (ended 11/07/2026)", 9.5, "sans-bold") + 0.05
    sp.table(
        0.3,
        y,
        [1.9, 0.7, 1.0],
        [
            ["Course", "Grade", "Teacher"],
            ["ELA 7", "A-", "Okafor"],
            ["Math 7 Accel.", "B+", "Lindgren"],
            ["Science 7", "A", "Pereira"],
            ["Social Studies 7", "A-", "Haddad"],
            ["Spanish 1", "A", "Rosario"],
            ["Physical Ed.", "P", "Cho"],
        ],
        pt=8.5,
    )
    sp.rect(0, sp.height - 0.55, sp.width, 0.55, outline=None, fill=(240, 242, 248))
    for i, tab in enumerate(["Home", "Attendance", "Grades", "Messages"]):
        sp.text(0.35 + i * 0.98, sp.height - 0.35, tab, 8, fill=GREY)
    portal = _paper(
        "school_parent_portal", [sp], "school_record", isabela, ("education", "us_family")
    )

    # --- IRS account transcript, printed from the IRS online account to PDF
    name_control = up(marcos.surname.split()[0])[:4]
    mono = "Courier"
    irs_lines = [
        ("Helvetica-Bold", "Account Transcript", 13),
        ("Courier", "This Product Contains Sensitive Taxpayer Data", 9),
        ("rule", "", 0),
        (mono, "Request Date:              11-12-2026", 9),
        (mono, "Response Date:             11-12-2026", 9),
        (mono, "Tracking Number:           108533014627", 9),
        (mono, "FORM NUMBER:               1040", 9),
        (mono, "TAX PERIOD:                Dec. 31, 2023", 9),
        (mono, "TAXPAYER IDENTIFICATION NUMBER:  XXX-XX-8812", 9),
        (mono, f"{up(marcos.first)[:4]} {name_control}", 9),
        (mono, "19 WAVERLEY S", 9),
        ("rule", "", 0),
        (mono, "ACCOUNT BALANCE:                            0.00", 9),
        (mono, "ACCRUED INTEREST:          0.00  AS OF: Nov. 23, 2026", 9),
        (mono, "ACCRUED PENALTY:           0.00  AS OF: Nov. 23, 2026", 9),
        (mono, "EXEMPTIONS:                  00", 9),
        (mono, "FILING STATUS:         Married Filing Jointly", 9),
        (mono, "ADJUSTED GROSS INCOME:                  61,482.00", 9),
        (mono, "TAXABLE INCOME:                         31,282.00", 9),
        (mono, "TAX PER RETURN:                          3,373.00", 9),
        (mono, "SE TAXABLE INCOME TAXPAYER:                  0.00", 9),
        ("rule", "", 0),
        ("Courier-Bold", "TRANSACTIONS", 9),
        (mono, "CODE  EXPLANATION OF TRANSACTION          CYCLE     DATE       AMOUNT", 8),
        (mono, "150   Tax return filed                    20241005  03-04-2024  $3,373.00", 8),
        (mono, "      n/a 20221-063-41877-4", 8),
        (mono, "806   W-2 or 1099 withholding                       04-15-2024 -$4,012.00", 8),
        (mono, "766   Credit to your account                        04-15-2024 -$4,000.00", 8),
        (mono, "846   Refund issued                                 03-13-2024  $4,639.00", 8),
        ("rule", "", 0),
        ("Courier", "This product contains information that is sensitive. Do not share", 8),
        ("Courier", "it with anyone who is not authorized to see it.", 8),
    ]
    irs_pdf = doc.browser_pdf(
        "Tax Records | Internal Revenue Service",
        "https://www.irs.gov/account/records/transcripts",
        "11/12/26, 8:47 PM",
        [irs_lines],
    )
    irs = _text_paper(
        "irs_online_account_transcript",
        None,
        "tax_record",
        marcos,
        "employment_and_taxes",
        proves=(D(2023, 1, 1), D(2023, 12, 31)),
    )

    # --- the employer's affidavit, sworn before a notary
    aff = doc.affidavit(
        title="AFFIDAVIT OF EMPLOYMENT",
        venue=[
            "COMMONWEALTH OF MASSACHUSETTS )",
            "                                    ) ss.",
            "COUNTY OF MIDDLESEX            )",
        ],
        paras=[
            "I, Dennis P. Ruggiero, being duly sworn, depose and state as follows:",
            "1. I am the owner and president of Granite Wall Systems, Inc., a drywall and "
            "finish carpentry contractor at 410 Waverley Street, Framingham, Massachusetts. I "
            "make this affidavit on personal knowledge and our payroll records.",
            f"2. {marcos.name} has worked for my company as a drywall taper and finisher since "
            "April 2, 2012. He works full time, forty to forty-five hours a week, and is paid "
            "$34.00 an hour. Taxes are withheld from every paycheck and he has received a W-2 "
            "from us each year.",
            "3. Since 2019 he has led a crew of four men. He trains our new finishers and our "
            "general contractors ask for him by name. In fourteen years he has never missed a "
            "job without calling, and he has never had a safety violation.",
            "4. If he could no longer work, my company would lose its most experienced "
            "finisher, and I would have to turn down work.",
            "Signed under the pains and penalties of perjury.",
        ],
        affiant="Dennis P. Ruggiero",
        affiant_lines=["President, Granite Wall Systems, Inc.", "508-555-0163"],
        jurat=f"On this {long(D(2026, 11, 6))}, before me, the undersigned notary public, "
        "personally appeared Dennis P. Ruggiero, proved to me through satisfactory evidence "
        "of identification, which was a Massachusetts driver's license, to be the person whose "
        "name is signed on the preceding document, and who swore or affirmed to me that the "
        "contents of the document are truthful and accurate to the best of his knowledge.",
        notary="Maureen T. Kilcoyne",
        commission="My commission expires March 22, 2030",
        notary_state="COMMONWEALTH OF MASSACHUSETTS",
        seed=seed + 30,
    )
    affidavit = _paper(
        "notarized_employment_affidavit",
        [aff],
        "employment_letter",
        marcos,
        "employment_and_taxes",
        proves=(D(2012, 4, 2), D(2026, 11, 6)),
    )

    # --- the lease, two pages, one photo each
    l1, l2 = Sheet(), Sheet()
    y = l1.center(0.6, "RESIDENTIAL LEASE AGREEMENT", 15, "serif-bold")
    y = l1.center(y, "(Massachusetts - Fixed Term)", 9, "serif-italic") + 0.2
    y = l1.paras(
        0.9,
        y,
        6.7,
        [
            "1. PARTIES. This Lease is made on August 14, 2024 between Robert J. Kavanagh "
            '("Landlord"), 72 Cochituate Road, Wayland, MA 01778, and Marcos Vinicius Tavares '
            'Lima and Juliana Ferreira Souza ("Tenants").',
            f"2. PREMISES. The Landlord leases to the Tenants the second-floor apartment at "
            f"{street}, {city}, with two bedrooms, one bath, and one "
            f"parking space in the driveway.",
            "3. TERM. The term of this Lease is two years, beginning September 1, 2024 and ending "
            "August 31, 2026. Unless either party gives written notice sixty (60) days before the "
            "end of the term, this Lease continues from month to month on the same terms.",
            "4. RENT. The Tenants shall pay $1,950.00 a month, in advance, on or before the 15th "
            "day of each month... Rent paid more than thirty days late may be charged interest "
            "as G.L. c. 186, s. 15B allows.",
            "5. SECURITY DEPOSIT. The Tenants have paid a security deposit of $1,950.00, held in a "
            "separate interest-bearing account at Middlesex Savings Bank, account ending 0926. A "
            "statement of condition is attached.",
            "6. UTILITIES. Tenants pay electricity and gas (Eversource). Landlord pays water, "
            "sewer and trash.",
            "7. OCCUPANTS. The premises shall be occupied only by the Tenants and their children "
            "Isabela and Davi.",
            "8. LEAD PAINT. The Landlord has given the Tenants the Massachusetts Tenant Lead Law "
            "Notification and the building was built before 1978.",
        ],
        pt=10.5,
    )
    l1.text(7.4, 10.4, "Page 1 of 2", 8, align="right")
    y = (
        l2.paras(
            0.9,
            0.8,
            6.7,
            [
                "9. USE. The premises shall be used only as a private residence.",
                "10. REPAIRS. The Landlord shall keep the premises in good repair as the State "
                "Sanitary Code requires. Tenants shall report needed repairs promptly.",
                "11. PETS. No pets without the Landlord's written consent.",
                "12. ENTIRE AGREEMENT. This Lease is the entire agreement of the parties.",
                "IN WITNESS WHEREOF the parties have signed this Lease under "
                "seal on the date above.",
            ],
            pt=10.5,
        )
        + 0.3
    )
    for who, yy in (("Robert J. Kavanagh", y), (marcos.name, y + 0.9), (juliana, y + 1.8)):
        l2.signature(1.0, yy, who, 18)
        l2.line(0.9, yy + 0.5, 4.5, yy + 0.5)
        l2.text(
            0.9,
            yy + 0.55,
            who + ("  (Landlord)" if who.startswith("Robert") else "  (Tenant)"),
            9,
            "serif",
        )
        l2.text(5.2, yy + 0.3, "08/14/2024", 11, "script", fill=BLUE_INK)
    l2.text(7.4, 10.4, "Page 2 of 2", 8, align="right")
    lease = _paper(
        "massachusetts_lease",
        [l1, l2],
        "residence_record",
        marcos,
        "length_of_residence",
        proves=(D(2024, 9, 1), D(2026, 8, 31)),
    )

    # --- a neighbour's handwritten letter of support, photographed
    hw = doc.handwriting(
        [
            "November 2, 2026",
            "",
            "To the Immigration Judge / ICE,",
            "",
            "My name is Gail Fitzpatrick and I live at 21 Waverley",
            "Street, next door to Marcos and Juliana. I am 74 years",
            "old and a retired school nurse. I have known Marcos",
            "since 2013. When my husband Tom was sick in 2020",
            "Marcos shoveled our walk every storm and would not",
            "take a penny. He fixed our ceiling after a pipe burst.",
            "Their kids Isabela and Davi are good kids and they",
            "call me Vovó Gail. This family is the best of our",
            "street. Please let him stay with his children.",
            "",
            "Sincerely,",
            "Gail M. Fitzpatrick",
            "21 Waverley St, Framingham MA 01702",
            "(508) 555-0177",
        ],
        seed + 40,
        top=1.25,
    )
    neighbour = _paper(
        "handwritten_neighbour_letter",
        [hw],
        "letter_of_support",
        marcos,
        "community_ties",
        proves=(D(2013, 6, 1), D(2026, 11, 2)),
    )

    g = doc.g28(marcos, a_number, rep, D(2026, 10, 20), [street, city])
    g28 = _paper("g28", [g], "g28", marcos, "other")

    placed = [
        capture.card_photo(pp, "scans/IMG_4471.jpg", seed + 50, turn=90),
        capture.copier([certidao, translation], "scans/certidao e traducao.pdf", seed + 51),
        capture.copier(
            [mass(isabela, 1, "2014 0041388"), mass(davi, 0, "2017 0062914")],
            "scans/birth certs kids.pdf",
            seed + 52,
        ),
        doc.png_file(bank_paper, "scans/Screenshot_20261125-094112.png"),
        doc.png_file(portal, "scans/Screenshot_20261120-071233.png"),
        doc.pdf_file(irs, irs_pdf, "scans/Tax Records - IRS.pdf", 1),
        capture.scan(affidavit, "scans/affidavit employer.pdf", seed + 53, dpi=150),
        capture.desk(
            lease, ["scans/IMG_4480.jpg", "scans/IMG_4481.jpg"], seed + 54, long_side=1400
        ),
        capture.desk(neighbour, "scans/IMG_4492.jpg", seed + 56, long_side=1400),
        capture.scan(g28, "scans/G-28 Tavares.pdf", seed + 57, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": marcos.name,
            "a_number": a_number,
            "date_of_birth": marcos.born,
            "country": "Brazil",
            "entered_us": D(2005, 3, 14),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Boston, MA",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "master",
            "opla_office": "Boston",
            "nta_date": D(2019, 6, 10),
            "charges": ["INA 212(a)(6)(A)(i)"],
        },
        "request": {
            "type": "administrative_closure",
            "narrative": "Mr. Tavares Lima has lived in Framingham for more than twenty years, "
            "has worked for the same employer since 2012 and is the father of two US-citizen "
            "children in the Framingham public schools.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2005, 3, 14),
            "children": [
                {"name": isabela.name, "date_of_birth": isabela.born, "status": "usc"},
                {"name": davi.name, "date_of_birth": davi.born, "status": "usc"},
            ],
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 12, 7), "served_by": rep["name"]},
    }
    findings = [
        # his dated papers begin with his employer's affidavit (April 2012): 2005-2012 is bare
        {"code": "residence-gap", "claim": "residence_since"},
    ]
    allowed = [
        {"code": "unclassified-document", "file": "scans/Screenshot_20261125-094112.png"},
        {"code": "low-ocr-confidence", "file": "scans/IMG_4492.jpg"},
    ]
    return CasePlan(
        "tavares",
        "blind21",
        case,
        placed,
        findings,
        allowed,
        notes="residence gap 2005-2012; a bank app screenshot; a handwritten letter",
    )


# ================================================================ 2. Orlando, Florida


def dorvilus() -> CasePlan:
    """A Haitian mother in Orlando with an in absentia order, the victim of her former partner's
    assault, asking for a stay while her U visa petition is pending: a passport, a copier PDF
    of the extrait des archives with the ministry's and the consul's legalization, its
    translation, her church's letter in Haitian Creole and its translation, her daughter's
    Florida birth certificate scanned twice, the sheriff's incident report, Form I-918
    Supplement B, the hospital's discharge summary, the patient portal's visit summary as a
    screenshot, and a handwritten rent receipt."""
    widline = Person("Widline", "Dorvilus", D(1990, 2, 11), "F", "Saint-Marc")
    esther = Person("Esther Naïka", "Dorvilus", D(2018, 5, 30), "F", "Orlando")
    a_number = "208-631-574"
    rep = _rep(
        "Marjorie St. Fleur",
        "Central Florida Immigrant Justice Project",
        ["1011 W. Colonial Drive, Suite 4", "Orlando, FL 32804"],
        "407-555-0126",
        "mstfleur@cfijp.example",
        "FL390177",
    )
    street, city = "5320 Curry Ford Road, Apt 118", "Orlando, FL 32812"
    seed = 21200
    abuser = "Jean-Robert Milfort"

    pp = _passport(
        "haiti_passport",
        widline,
        ("fr", "en"),
        seed,
        code="HTI",
        country=["RÉPUBLIQUE D'HAÏTI / REPUBLIC OF HAITI", "PASSEPORT / PASSPORT"],
        labels=[
            "Type",
            "Code du pays/Country code",
            "No. du passeport/Passport No.",
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
        number="RD4418073",
        nationality="HAITIENNE",
        issued=D(2023, 1, 9),
        expiry=D(2033, 1, 8),
        authority="CONSULAT GENERAL MIAMI",
        place="SAINT-MARC",
        tint=((220, 225, 240), (236, 226, 232)),
    )

    # --- extrait des archives, with the ministry's and the consul's legalization on the back
    e = Sheet()
    e.security_background(seed + 1, (232, 228, 238))
    y = e.center(0.6, "RÉPUBLIQUE D'HAÏTI", 13, "serif-bold")
    y = e.center(y, "MINISTÈRE DE LA CULTURE ET DE LA COMMUNICATION", 9)
    y = e.center(y, "ARCHIVES NATIONALES D'HAÏTI", 11, "serif-bold")
    y = e.center(y + 0.15, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL", 14, "serif-bold")
    y = e.center(y, "ACTE DE NAISSANCE", 12, "serif-bold") + 0.25
    y = e.paras(
        0.9,
        y,
        6.7,
        [
            "Commune de Saint-Marc. Registre: N-1990. Acte No 412. Folio 83.",
            "L'an mil neuf cent quatre-vingt-dix et le vingt-six "
            "février, par-devant nous, Officier "
            "de l'État Civil de la commune de Saint-Marc, a comparu le sieur Wilner Dorvilus, "
            "cultivateur, demeurant à Saint-Marc, lequel nous a déclaré que le onze février mil "
            "neuf cent quatre-vingt-dix, à Saint-Marc, est née une enfant du sexe féminin, qu'il "
            "a reconnue pour sienne, qu'il a eue avec la dame Marie Lucienne Pierre, ménagère, et "
            "à laquelle il a donné le prénom de WIDLINE.",
            "Ledit acte a été dressé en présence des sieurs Fritz "
            "Augustin et Paul Exantus, témoins "
            "majeurs, et, lecture faite, signé par nous, le comparant et les témoins.",
            "Pour extrait conforme délivré à Port-au-Prince, le 4 mars 2025.",
        ],
        pt=11,
        face="serif",
    )
    e.signature(4.6, y + 0.2, "J. Cadet", 20, fill=INK)
    e.line(4.3, y + 0.7, 7.5, y + 0.7)
    e.lines(4.3, y + 0.75, ["Me Josué Cadet", "Directeur Général a.i., ANH"], 9, "serif")
    e.seal(2.2, y + 0.9, 0.6, "ARCHIVES NATIONALES D'HAITI * ", "ANH")
    e.stamp(0.9, y + 1.8, ["TIMBRE 50 GDES", "DGI No 7741203"], 8, colour=(60, 60, 140))
    v = Sheet()
    v.stamp(
        0.8,
        0.8,
        [
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES",
            "SERVICE DE LÉGALISATION",
            "Vu pour légalisation de la signature de",
            "Me Josué Cadet, Directeur Général a.i., ANH",
            "Port-au-Prince, le 12 mars 2025  No 25-08817",
        ],
        10,
        colour=(40, 40, 130),
        angle=1,
    )
    v.signature(2.5, 2.55, "M. Théodore", 18, fill=INK)
    v.stamp(
        1.4,
        4.2,
        [
            "CONSULAT GÉNÉRAL D'HAÏTI À MIAMI",
            "Vu pour légalisation de la signature de M. Théodore",
            "du Ministère des Affaires Étrangères",
            "Miami, le 2 avril 2025   Reg. No 1184/25",
            "Droits perçus: USD 50.00",
        ],
        10,
        colour=(150, 30, 60),
        angle=-4,
    )
    v.signature(3.6, 5.9, "R. Laguerre", 18, fill=INK)
    v.text(3.4, 6.4, "Consul Général", 9, "serif")
    extrait = _paper(
        "haiti_extrait_legalized", [e, v], "birth_certificate", widline, "identity", "fr"
    )
    tr_e = doc.translation(
        "REPUBLIC OF HAITI - NATIONAL ARCHIVES - EXTRACT FROM THE CIVIL REGISTRY: BIRTH RECORD",
        [
            "Commune of Saint-Marc. Register: N-1990. Record No. 412. Folio 83.",
            "In the year nineteen hundred ninety, on the twenty-sixth of February, before us, "
            "Civil Registrar of the commune of Saint-Marc, appeared Mr. Wilner Dorvilus, farmer, "
            "residing in Saint-Marc, who declared to us that on February eleventh, nineteen "
            "hundred ninety, in Saint-Marc, a female child was born, whom he acknowledged as his "
            "own, whom he had with Mrs. Marie Lucienne Pierre, homemaker, and to whom he gave "
            "the first name WIDLINE.",
            "The record was drawn up in the presence of Messrs. Fritz Augustin and Paul Exantus, "
            "adult witnesses, and, having been read, signed by us, the declarant and the "
            "witnesses. True extract issued at Port-au-Prince, March 4, 2025. [signed] Josué "
            "Cadet, Acting Director General, National Archives. [seal] [tax stamp 50 gourdes]",
            "[Reverse:] Ministry of Foreign Affairs and Worship, Legalization Service: seen for "
            "legalization of the signature of Josué Cadet, Port-au-Prince, March 12, 2025, No. "
            "25-08817 [signed]. Consulate General of Haiti in Miami: seen for legalization of "
            "the signature of M. Théodore of the Ministry of Foreign Affairs, Miami, April 2, "
            "2025, Reg. No. 1184/25, fee USD 50.00 [signed] R. Laguerre, Consul General.",
        ],
        note="(of the attached French-language birth record and its legalizations)",
        translator="Guerline Auguste",
        address="2207 S. Kirkman Road, Orlando, FL 32811",
        phone="407-555-0139",
        source="French",
        when=D(2026, 9, 12),
    )
    church = doc.letter(
        "Legliz Batis Nouvo Jerizalem",
        ["4715 Old Winter Garden Road, Orlando, FL 32811", "Tel: (407) 555-0182"],
        (90, 30, 90),
        "cross",
        "Orlando, 25 oktòb 2026",
        [],
        None,
        [
            f"Mwen menm, Pastè Elyse Fontilus, sètifye ke Sè {widline.name} se yon manm "
            "fidèl legliz nou depi 6 novanm 2016, lè li te fèk rive Orlando.",
            "Chak dimanch li la nan sèvis la ak pitit fi li Esther. Li chante nan koral fanm "
            "yo epi li ede nan pantri manje legliz la chak dezyèm samdi nan mwa a. Depi "
            "atak li te sibi an 2024 la, legliz la ap akonpaye l, e li kontinye kanpe djanm "
            "pou pitit li.",
            "Nou mande otorite yo pou yo ba li chans rete ak pitit fi li ki fèt isit la. Si "
            "nou ka ede nan nenpòt bagay, rele nou nan nimewo ki anwo a.",
        ],
        "Pastè Elyse Fontilus",
        ["Pastè Prensipal"],
        salutation="A tout moun sa konsène,",
        closing="Ak respè,",
    )
    church_paper = _paper(
        "church_letter_creole",
        [church],
        "letter_of_support",
        widline,
        "community_ties",
        "ht",
        proves=(D(2016, 11, 6), D(2026, 10, 25)),
    )
    tr_c = doc.translation(
        "New Jerusalem Baptist Church - letter of October 25, 2026",
        [
            "To whom it may concern,",
            f"I, Pastor Elyse Fontilus, certify that Sister {widline.name} has been a faithful "
            "member of our church since November 6, 2016, when she had just arrived in Orlando.",
            "Every Sunday she is at the service with her daughter Esther. She sings in the "
            "women's choir and she helps at the church's food pantry every second Saturday of "
            "the month. Since the attack she suffered in 2024, the church has been walking "
            "with her, and she keeps standing firm for her child.",
            "We ask the authorities to give her the chance to stay with her daughter who was "
            "born here. If we can help in any way, call us at the number above.",
            "With respect, [signed] Pastor Elyse Fontilus, Senior Pastor.",
        ],
        note="(of the attached letter written in Haitian Creole)",
        translator="Guerline Auguste",
        address="2207 S. Kirkman Road, Orlando, FL 32811",
        phone="407-555-0139",
        source="Haitian Creole",
        when=D(2026, 10, 28),
    )

    # --- Florida birth certificate of the daughter
    fl = doc.vital_record(
        heads=["STATE OF FLORIDA", "BUREAU OF VITAL STATISTICS"],
        title="CERTIFICATION OF BIRTH",
        rows=[
            (0.5, [(3, "NAME", up(esther.name)), (1, "SEX", "FEMALE")]),
            (
                0.5,
                [
                    (1, "DATE OF BIRTH", us(esther.born)),
                    (1, "COUNTY OF BIRTH", "ORANGE"),
                    (2, "PLACE OF BIRTH", "WINNIE PALMER HOSPITAL, ORLANDO"),
                ],
            ),
            (
                0.5,
                [
                    (3, "MOTHER'S MAIDEN NAME", up(widline.name)),
                    (1, "MOTHER'S BIRTHPLACE", "HAITI"),
                ],
            ),
            (0.5, [(3, "FATHER'S NAME", ""), (1, "FATHER'S BIRTHPLACE", "")]),
            (
                0.5,
                [(2, "DATE FILED", us(D(2018, 6, 8))), (2, "STATE FILE NUMBER", "109-2018-048213")],
            ),
        ],
        file_no="109-2018-048213",
        registrar="Kenneth T. Jones",
        registrar_title="STATE REGISTRAR",
        seal_ring="BUREAU OF VITAL STATISTICS * STATE OF FLORIDA *",
        certify="This is to certify that the above is a true and correct abstract of the "
        "official record on file in this office.",
        issued=D(2024, 8, 21),
        seed=seed + 10,
        tint=(236, 226, 214),
    )
    fl_paper = _paper("florida_birth_certification", [fl], "birth_certificate", esther, "us_family")

    # --- the sheriff's incident report, two pages
    r1, r2 = Sheet(), Sheet()
    y = r1.center(0.5, "ORANGE COUNTY SHERIFF'S OFFICE", 14, "sans-bold")
    y = r1.center(y, "INCIDENT / OFFENSE REPORT", 11, "sans-bold")
    r1.logo(0.6, 0.45, 0.55, "star", (120, 90, 20))
    y = r1.grid(
        0.5,
        y + 0.15,
        7.5,
        [
            (
                0.42,
                [
                    (1, "CASE NUMBER", "24-0318842"),
                    (1, "DATE REPORTED", "03/09/2024"),
                    (1, "TIME", "23:47"),
                    (1, "SECTOR/ZONE", "S4 / Z42"),
                ],
            ),
            (
                0.42,
                [
                    (2, "OFFENSE", "AGGRAVATED BATTERY - DOMESTIC (F.S. 784.045)"),
                    (1, "OCCURRED FROM", "03/09/2024 2310"),
                    (1, "STATUS", "ARREST"),
                ],
            ),
            (
                0.42,
                [
                    (3, "LOCATION OF OCCURRENCE", f"{up(street)}, ORLANDO FL 32812"),
                    (1, "PREMISES", "APARTMENT"),
                ],
            ),
            (
                0.42,
                [
                    (
                        2,
                        "VICTIM (LAST, FIRST MIDDLE)",
                        f"{up(widline.surname)}, {up(widline.given)}",
                    ),
                    (1, "DOB", us(widline.born)),
                    (1, "RACE/SEX", "B / F"),
                ],
            ),
            (
                0.42,
                [
                    (3, "VICTIM ADDRESS", f"{up(street)}, ORLANDO FL 32812"),
                    (1, "INJURY", "SERIOUS"),
                ],
            ),
            (
                0.42,
                [
                    (2, "SUSPECT / ARRESTEE", "MILFORT, JEAN-ROBERT"),
                    (1, "DOB", "10/02/1984"),
                    (1, "RELATIONSHIP", "FORMER PARTNER"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    y = r1.text(0.5, y + 0.2, "NARRATIVE", 10, "sans-bold")
    r1.paras(
        0.5,
        y + 0.05,
        7.5,
        [
            "On 03/09/2024 at approximately 2347 hours I responded to the above address reference "
            "a disturbance. On arrival I made contact with the victim, Widline Dorvilus, who was "
            "bleeding from the left eye and had swelling to the left side of her face. Her "
            "five-year-old daughter was in the apartment.",
            f"The victim stated that her former boyfriend, {abuser}, came to the apartment, "
            "demanded money and, when she refused, struck her in the face several times with a "
            "closed fist and pushed her into the kitchen counter. Neighbor Ms. Tamika Reeves (Apt "
            "117) stated she heard screaming and called 911.",
            "Orange County Fire Rescue Engine 51 transported the victim to Lake Conway Regional "
            "Medical Center. The suspect was located in the parking lot, and was arrested and "
            "transported to the Orange County Jail. Photographs were taken and placed into "
            "evidence. The victim provided a sworn written statement and was given the domestic "
            "violence victim's rights brochure and a Harbor House referral.",
        ],
        pt=9.5,
        face="sans",
    )
    y = (
        r2.center(
            0.5, "ORANGE COUNTY SHERIFF'S OFFICE - CASE 24-0318842 (CONTINUED)", 10, "sans-bold"
        )
        + 0.2
    )
    y = (
        r2.paras(
            0.5,
            y,
            7.5,
            [
                "SUPPLEMENT 1 (Det. A. Whitcomb, Domestic Violence Unit, "
                "03/12/2024): I met the victim "
                "at the hospital. She identified the suspect from a photo lineup and agreed to "
                "cooperate with the prosecution. She has kept every "
                "appointment with this unit and the "
                "State Attorney's Office since.",
                "SUPPLEMENT 2 (03/15/2024): The victim was granted a temporary injunction for "
                "protection against domestic violence, Case 2024-DR-004417-O.",
            ],
            pt=9.5,
            face="sans",
        )
        + 0.3
    )
    r2.grid(
        0.5,
        y,
        7.5,
        [
            (
                0.5,
                [
                    (2, "REPORTING DEPUTY / ID", "DEP. L. CASTELLANOS  #4418"),
                    (1, "APPROVED BY", "SGT. R. MOYE #2207"),
                    (1, "DATE", "03/10/2024"),
                ],
            ),
        ],
    )
    r2.stamp(
        4.5,
        y + 1.0,
        ["OCSO RECORDS SECTION", "CERTIFIED TRUE COPY", "08/05/2025"],
        10,
        colour=(30, 30, 120),
    )
    r2.text(0.5, 10.4, "Page 2 of 2", 8)
    r1.text(0.5, 10.4, "Page 1 of 2", 8)
    police = _paper(
        "sheriff_incident_report",
        [r1, r2],
        "police_report",
        widline,
        "crime_victim",
        proves=(D(2024, 3, 9), D(2024, 3, 15)),
    )

    # --- Form I-918 Supplement B, three pages
    def i918_page(n: int) -> Sheet:
        s = Sheet()
        s.text(0.5, 0.4, "Department of Homeland Security", 9, "sans-bold")
        s.text(0.5, 0.55, "U.S. Citizenship and Immigration Services", 8)
        s.text(6.3, 0.4, "USCIS", 9, "sans-bold")
        s.text(6.3, 0.55, "Form I-918", 9, "sans-bold")
        s.text(6.3, 0.7, "Supplement B", 9, "sans-bold")
        s.text(6.3, 0.85, "OMB No. 1615-0104", 7)
        if n == 1:
            s.center(0.9, "Supplement B,", 13, "sans-bold")
            s.center(1.12, "U Nonimmigrant Status Certification", 13, "sans-bold")
        s.text(0.5, 10.5, f"Form I-918 Supplement B  Edition 04/01/24          Page {n} of 5", 7.5)
        return s

    p1, p2, p3 = i918_page(1), i918_page(2), i918_page(5)
    y = p1.text(0.5, 1.5, "Part 1. Victim Information", 10, "sans-bold")
    y = p1.grid(
        0.5,
        y + 0.05,
        7.5,
        [
            (
                0.45,
                [
                    (1, "1.a. Family Name (Last Name)", up(widline.surname)),
                    (1, "1.b. Given Name (First Name)", up(widline.first)),
                    (1, "1.c. Middle Name", ""),
                ],
            ),
            (
                0.45,
                [
                    (1, "3. Date of Birth (mm/dd/yyyy)", us(widline.born)),
                    (1, "4. Gender", "Female"),
                    (1, "A-Number (if any)", f"A{a_number}"),
                ],
            ),
        ],
    )
    y = p1.text(0.5, y + 0.2, "Part 2. Agency Information", 10, "sans-bold")
    y = p1.grid(
        0.5,
        y + 0.05,
        7.5,
        [
            (
                0.45,
                [
                    (2, "1. Name of Certifying Agency", "Orange County Sheriff's Office"),
                    (1, "2. Name of Certifying Official", "Maj. Denise R. Holloway"),
                ],
            ),
            (
                0.45,
                [
                    (1, "3. Title", "Commander, Criminal Investigations"),
                    (1, "4. Division or Office", "Special Victims Section"),
                ],
            ),
            (
                0.45,
                [
                    (2, "5. Agency Address", "2500 W. Colonial Drive, Orlando, FL 32804"),
                    (1, "6. Daytime Telephone", "407-555-0100"),
                ],
            ),
            (
                0.45,
                [
                    (1, "9. Agency Type", "Local Law Enforcement"),
                    (1, "10. Case Number", "24-0318842"),
                    (1, "11. FBI/SID Number", ""),
                ],
            ),
        ],
    )
    y = p1.text(0.5, y + 0.2, "Part 3. Criminal Acts", 10, "sans-bold")
    y = p1.text(
        0.5,
        y + 0.05,
        "1. The applicant is a victim of criminal activity involving "
        "or similar to violations of the following Federal, state or local criminal "
        "offenses:",
        8,
    )
    for label, on in (
        ("Domestic Violence", True),
        ("Felonious Assault", True),
        ("Abduction", False),
        ("Trafficking", False),
        ("Stalking", False),
    ):
        y = p1.checkbox(0.8, y + 0.05, on, label, 8.5)
    p1.grid(
        0.5,
        y + 0.1,
        7.5,
        [
            (
                0.45,
                [
                    (1, "2. Date(s) of Criminal Activity", "03/09/2024"),
                    (2, "3. Statutory Citation(s)", "F.S. 784.045(1)(a); F.S. 741.28"),
                ],
            ),
        ],
    )
    y = p2.text(0.5, 1.2, "Part 3. Criminal Acts (continued)", 10, "sans-bold")
    y = p2.para(
        0.5,
        y + 0.05,
        7.5,
        "5. Provide a description of the criminal activity being "
        "investigated and/or prosecuted and the involvement of the individual named in "
        "Part 1:",
        8,
        "sans",
    )
    y = (
        p2.para(
            0.6,
            y + 0.05,
            7.3,
            f"On March 9, 2024, the victim's former partner, {abuser}, "
            "struck her repeatedly in the face with his fist at her apartment and pushed "
            "her into a counter, fracturing the floor of her left eye socket. She reported "
            "the crime, identified the suspect and gave a sworn statement.",
            9.5,
            "mono",
        )
        + 0.1
    )
    y = p2.para(
        0.5,
        y,
        7.5,
        "6. Provide a description of any known or documented injury to the victim:",
        8,
        "sans",
    )
    y = (
        p2.para(
            0.6,
            y + 0.05,
            7.3,
            "Left orbital floor fracture requiring surgical repair, "
            "facial contusions. Victim reports ongoing anxiety and nightmares.",
            9.5,
            "mono",
        )
        + 0.15
    )
    y = p2.text(0.5, y, "Part 4. Helpfulness of the Victim", 10, "sans-bold")
    for label, on in (
        ("1. The victim possesses information concerning the criminal activity", True),
        (
            "2. The victim has been, is being, or is likely to be helpful to the "
            "investigation and/or prosecution",
            True,
        ),
        ("3. The victim has not refused or failed to provide assistance", True),
    ):
        y = p2.checkbox(0.6, y + 0.07, on, label, 8.5)
    p2.para(
        0.6,
        y + 0.1,
        7.3,
        "The victim testified at the suspect's plea hearing on "
        "01/22/2025 (State v. Milfort, 2024-CF-003391-O). He pleaded no contest to "
        "aggravated battery.",
        9.5,
        "mono",
    )
    y = p3.text(0.5, 1.2, "Part 6. Certification", 10, "sans-bold")
    y = p3.para(
        0.5,
        y + 0.05,
        7.5,
        "I am the head of the agency listed in Part 2 or I am "
        "the person in the agency who has been specifically designated by the head of "
        "the agency to issue U Nonimmigrant Status Certifications on behalf of the "
        "agency. Based upon investigation of the facts, I certify, under penalty of "
        "perjury, that the individual in Part 1 is or was a victim of one or more of the "
        "crimes listed in Part 3, and has been, is being, or is likely to be helpful to "
        "the investigation or prosecution of that criminal activity.",
        9,
        "sans",
    )
    p3.signature(0.8, y + 0.2, "Denise R. Holloway", 20)
    p3.grid(
        0.5,
        y + 0.7,
        7.5,
        [
            (
                0.45,
                [
                    (3, "Signature of Certifying Official", ""),
                    (1, "Date of Signature", "06/18/2025"),
                ],
            ),
        ],
    )
    i918 = _paper(
        "i918_supplement_b",
        [p1, p2, p3],
        "u_visa_certification",
        widline,
        ("law_enforcement_cooperation", "crime_victim"),
    )

    # --- the hospital's discharge summary, two pages
    h1, h2 = Sheet(), Sheet()
    y = letterhead(
        h1,
        "Lake Conway Regional Medical Center",
        ["4400 Lake Margaret Drive, Orlando, FL 32812  |  (407) 555-0400"],
        (0, 90, 130),
        "cross",
    )
    y = h1.text(0.9, y - 0.1, "DISCHARGE SUMMARY", 13, "sans-bold")
    y = h1.grid(
        0.9,
        y + 0.05,
        6.7,
        [
            (
                0.42,
                [
                    (2, "PATIENT", f"{up(widline.surname)}, {up(widline.given)}"),
                    (1, "DOB", us(widline.born)),
                    (1, "MRN", "LC-00719334"),
                ],
            ),
            (
                0.42,
                [
                    (1, "ADMITTED", "03/10/2024"),
                    (1, "DISCHARGED", "03/13/2024"),
                    (2, "ATTENDING", "Priya Ramaswamy, MD (Trauma Surgery)"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    h1.paras(
        0.9,
        y + 0.15,
        6.7,
        [
            "ADMISSION DIAGNOSIS: Facial trauma after assault.",
            "DISCHARGE DIAGNOSES: 1. Left orbital floor fracture (S02.32XA). 2. Facial contusions. "
            "3. Assault by bodily force (Y04.0XXA), domestic.",
            "HOSPITAL COURSE: 34-year-old woman brought by EMS after being struck repeatedly by a "
            "former partner. CT maxillofacial showed a displaced left orbital floor fracture with "
            "herniation of orbital fat, without entrapment. Ophthalmology found no globe injury. "
            "On 03/11/2024 she underwent open reduction and repair of "
            "the left orbital floor with a "
            "titanium mesh implant (Dr. M. Ferreira, Oral and Maxillofacial Surgery), without "
            "complication. Social work met with the patient; a domestic violence advocate from "
            "Harbor House was called to the bedside and a safety plan was made.",
            "PROCEDURES: Open reduction, left orbital floor, with implant (03/11/2024).",
        ],
        pt=10,
        face="serif",
    )
    y = (
        h2.text(
            0.9, 0.7, f"DORVILUS, WIDLINE  MRN LC-00719334  DOB {us(widline.born)}", 9, "sans-bold"
        )
        + 0.15
    )
    y = h2.paras(
        0.9,
        y,
        6.7,
        [
            "CONDITION AT DISCHARGE: Stable. Vision intact. Pain controlled.",
            "DISCHARGE MEDICATIONS: Acetaminophen 650 mg every 6 hours as needed; oxycodone 5 mg "
            "every 6 hours as needed for severe pain, #12; amoxicillin-clavulanate 875 mg twice "
            "daily for 7 days; saline nasal spray. No nose blowing for 2 weeks.",
            "FOLLOW-UP: Oral and Maxillofacial Surgery clinic in 1 week. Ophthalmology in 2 weeks. "
            "Behavioral health referral (trauma-focused therapy) placed.",
            "Electronically signed by Priya Ramaswamy, MD on 03/13/2024 16:12.",
        ],
        pt=10,
        face="serif",
    )
    h2.text(
        0.9,
        10.4,
        "Lake Conway Regional Medical Center - Health Information Management - Page 2 of 2",
        7.5,
        fill=GREY,
    )
    discharge = _paper(
        "discharge_summary",
        [h1, h2],
        "medical_record",
        widline,
        ("medical", "crime_victim"),
        proves=(D(2024, 3, 10), D(2024, 3, 13)),
    )

    # --- the patient portal's after-visit summary, a desktop screenshot
    sc = Sheet(1280 / 150, 1500 / 150, 150, paper=(246, 247, 250))
    sc.rect(0, 0, sc.width, 0.45, outline=None, fill=(60, 60, 64))
    sc.text(
        0.2,
        0.12,
        "https://mychart.lakeconwayhealth.example/visits/summary?csn=88172034",
        8.5,
        fill=(230, 230, 230),
    )
    sc.rect(0, 0.45, sc.width, 0.6, outline=None, fill=(0, 90, 130))
    sc.text(0.3, 0.58, "LakeConway MyChart", 15, "sans-bold", fill=(255, 255, 255))
    sc.text(
        sc.width - 0.3,
        0.65,
        f"Hi, {widline.first}!  |  Log out",
        9,
        align="right",
        fill=(255, 255, 255),
    )
    sc.rect(0.3, 1.3, sc.width - 0.6, 8.4, outline=(210, 210, 210), fill=(255, 255, 255))
    y = sc.text(0.6, 1.5, "After Visit Summary", 16, "sans-bold")
    y = (
        sc.text(
            0.6, y, f"{widline.name}   DOB: {us(widline.born)}   MRN: LC-00719334", 9, fill=GREY
        )
        + 0.15
    )
    y = (
        sc.text(0.6, y, "Office Visit - October 14, 2026 - Behavioral Health", 11.5, "sans-bold")
        + 0.05
    )
    y = (
        sc.lines(
            0.6,
            y,
            [
                "Provider: Nathalie Beauséjour, LCSW    Department: LCRMC Behavioral Health Clinic",
                "Location: 4410 Lake Margaret Dr, Suite 200, Orlando, FL 32812",
            ],
            9.5,
        )
        + 0.2
    )
    y = sc.text(0.6, y, "Diagnoses addressed today", 11, "sans-bold")
    y = (
        sc.lines(
            0.8,
            y,
            [
                "- Posttraumatic stress disorder, chronic (F43.12)",
                "- Personal history of physical abuse in adulthood (Z91.410)",
            ],
            10,
        )
        + 0.2
    )
    y = sc.text(0.6, y, "Instructions from your care team", 11, "sans-bold")
    y = (
        sc.para(
            0.8,
            y,
            7.2,
            "Keep using the grounding exercise when you wake from a "
            "nightmare. Continue weekly trauma-focused CBT sessions (this was session 24). "
            "Keep your safety plan where you can reach it. Call 988 or go to the nearest "
            "emergency room if you have thoughts of harming yourself.",
            10,
            "sans",
        )
        + 0.2
    )
    y = sc.text(0.6, y, "Medications", 11, "sans-bold")
    y = (
        sc.lines(
            0.8,
            y,
            [
                "sertraline 100 mg tablet - take 1 tablet by mouth daily",
                "prazosin 2 mg capsule - take 1 capsule at bedtime",
            ],
            10,
        )
        + 0.2
    )
    y = sc.text(0.6, y, "Upcoming appointments", 11, "sans-bold")
    sc.table(
        0.8,
        y + 0.05,
        [1.6, 2.4, 2.6],
        [
            ["Date", "Visit", "Provider"],
            ["Oct 21, 2026 3:00 PM", "Therapy - follow up", "Nathalie Beauséjour, LCSW"],
            ["Nov 04, 2026 9:30 AM", "Psychiatry med check", "Omar Haddad, MD"],
        ],
        pt=9,
    )
    portal = _paper(
        "patient_portal_visit_summary",
        [sc],
        "medical_record",
        widline,
        "medical",
        proves=(D(2026, 10, 14), D(2026, 10, 14)),
    )

    # --- a handwritten rent receipt from a receipt book
    rc = Sheet(7.0, 3.2, 200, paper=(248, 246, 236))
    rc.rect(0.15, 0.15, 6.7, 2.9, weight=1.0)
    rc.text(0.3, 0.25, "RENT RECEIPT", 13, "sans-bold")
    rc.text(5.0, 0.28, "No.", 10, "sans-bold")
    rc.text(5.4, 0.28, "0417", 12, "mono-bold", fill=(170, 40, 50))
    rc.text(0.3, 0.7, "Date", 9)
    rc.line(0.75, 0.9, 2.8, 0.9, 0.5)
    rc.text(0.3, 1.15, "Received from", 9)
    rc.line(1.3, 1.35, 6.6, 1.35, 0.5)
    rc.text(0.3, 1.6, "the sum of", 9)
    rc.line(1.1, 1.8, 5.3, 1.8, 0.5)
    rc.text(5.4, 1.6, "Dollars $", 9)
    rc.text(0.3, 2.05, "For rent at", 9)
    rc.line(1.15, 2.25, 6.6, 2.25, 0.5)
    rc.text(0.3, 2.5, "From", 9)
    rc.line(0.7, 2.7, 2.9, 2.7, 0.5)
    rc.text(3.0, 2.5, "to", 9)
    rc.line(3.2, 2.7, 4.6, 2.7, 0.5)
    rc.text(4.7, 2.5, "By", 9)
    rc.line(4.95, 2.7, 6.6, 2.7, 0.5)
    for x, y, text in (
        (0.9, 0.62, "Nov 1, 2026"),
        (1.4, 1.07, "Widline Dorvilus"),
        (1.2, 1.52, "Nine hundred sixty and 00/100"),
        (6.0, 1.52, "960.00"),
        (1.25, 1.97, "5320 Curry Ford Rd #118"),
        (0.8, 2.42, "11/1/26"),
        (3.3, 2.42, "11/30/26"),
        (5.0, 2.4, "Raymond Okafor"),
    ):
        rc.text(x, y, text, 15, "script", fill=BLUE_INK)
    receipt = _paper(
        "handwritten_rent_receipt",
        [rc],
        "residence_record",
        widline,
        "length_of_residence",
        proves=(D(2026, 11, 1), D(2026, 11, 30)),
    )

    g = doc.g28(widline, a_number, rep, D(2026, 10, 30), [street, city])
    g28 = _paper("g28", [g], "g28", widline, "other")

    placed = [
        capture.card_photo(pp, "scans/passport.jpg", seed + 50),
        capture.copier(
            [
                extrait,
                _paper(
                    "extrait_translation", [tr_e], "certificate_of_translation", widline, "identity"
                ),
                church_paper,
                _paper(
                    "church_letter_translation",
                    [tr_c],
                    "certificate_of_translation",
                    widline,
                    "community_ties",
                ),
            ],
            "scans/Scan_0031.pdf",
            seed + 51,
        ),
        capture.twice(
            fl_paper, ("scans/esther birth.jpg", "scans/esther birth cert.jpg"), seed + 52
        ),
        capture.scan(police, "scans/OCSO report 24-0318842.pdf", seed + 53),
        capture.scan(i918, "scans/I-918B signed.pdf", seed + 54, dpi=150),
        capture.scan(discharge, "scans/discharge summary.pdf", seed + 55, dpi=150),
        doc.png_file(portal, "scans/Screenshot 2026-10-14 at 5.02.11 PM.png"),
        capture.desk(
            receipt, "scans/IMG_20261103_181522.jpg", seed + 56, long_side=1400, surface="pale"
        ),
        capture.scan(g28, "scans/G28.pdf", seed + 57, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": widline.name,
            "a_number": a_number,
            "date_of_birth": widline.born,
            "country": "Haiti",
            "entered_us": D(2016, 10, 3),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "final_order",
            "detained": False,
            "court": "Orlando, FL",
            "opla_office": "Orlando",
            "final_order_date": D(2019, 8, 27),
        },
        "request": {
            "type": "stay_of_removal",
            "narrative": "Ms. Dorvilus was ordered removed in absentia in 2019. In March 2024 "
            "her former partner assaulted her; she cooperated with the Sheriff's Office and the "
            "State Attorney, and her Form I-918 with a signed Supplement B is pending.",
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2016, 10, 3),
            "children": [{"name": esther.name, "date_of_birth": esther.born, "status": "usc"}],
            "medical": {
                "person": "self",
                "condition": "orbital fracture repair and post-traumatic stress disorder",
            },
            "crime_victim": {"kind": "domestic_violence"},
            "law_enforcement_cooperation": True,
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 12, 3), "served_by": rep["name"]},
    }
    findings = [{"code": "duplicate-document", "file": "scans/esther birth cert.jpg"}]
    allowed = [{"code": "low-ocr-confidence", "file": "scans/IMG_20261103_181522.jpg"}]
    return CasePlan(
        "dorvilus",
        "blind21",
        case,
        placed,
        findings,
        allowed,
        notes="the daughter's birth certificate scanned twice",
    )


# ================================================================ 3. Hyattsville, Maryland


def canas() -> CasePlan:
    """A Salvadoran painter in Hyattsville, filing pro se for dismissal, who cares for his
    naturalized mother with Alzheimer's disease and whose son served in the Army: a passport a
    quarter turn the other way, the partida de nacimiento with its apostille and translation in
    one PDF, his mother's certificate of naturalization and her geriatrician's letter, his
    son's Maryland birth certificate and DD-214, a comadre's handwritten letter in Spanish never
    translated, the utility's account page as a screenshot, the Social Security earnings record
    printed to PDF, and the 2013 DWI case record with the alcohol program's certificate."""
    rigo = Person("Rigoberto Antonio", "Cañas Mejía", D(1971, 6, 8), "M", "Chalatenango")
    mother = Person("María Teresa", "Mejía de Cañas", D(1944, 1, 17), "F", "Chalatenango")
    kevin = Person("Kevin Alexander", "Cañas Portillo", D(2000, 9, 14), "M", "Cheverly")
    a_number = "097-215-448"
    street, city = "6104 40th Avenue", "Hyattsville, MD 20782"
    seed = 21300

    pp = _passport(
        "el_salvador_passport",
        rigo,
        ("es", "en"),
        seed,
        code="SLV",
        country=["REPÚBLICA DE EL SALVADOR", "PASAPORTE / PASSPORT"],
        labels=[
            "Tipo/Type",
            "Código/Code",
            "Pasaporte No./Passport No.",
            "Apellidos/Surname",
            "Nombres/Given names",
            "Nacionalidad/Nationality",
            "Fecha de nacimiento/Date of birth",
            "Sexo/Sex",
            "Lugar de nacimiento/Place of birth",
            "Fecha de expedición/Date of issue",
            "Fecha de vencimiento/Date of expiry",
            "Autoridad/Authority",
        ],
        number="A70418826",
        nationality="SALVADOREÑA",
        issued=D(2024, 5, 2),
        expiry=D(2030, 5, 1),
        authority="CONSULADO GENERAL WASHINGTON",
        place="CHALATENANGO",
        tint=((222, 230, 244), (240, 240, 228)),
    )

    # --- partida de nacimiento with the apostille
    pn = Sheet()
    pn.security_background(seed + 1, (226, 232, 244))
    y = pn.center(0.6, "REPÚBLICA DE EL SALVADOR", 12, "serif-bold")
    y = pn.center(y, "ALCALDÍA MUNICIPAL DE CHALATENANGO", 11, "serif-bold")
    y = pn.center(y, "REGISTRO DEL ESTADO FAMILIAR", 10)
    y = pn.center(y + 0.2, "CERTIFICACIÓN DE PARTIDA DE NACIMIENTO", 14, "serif-bold") + 0.25
    y = pn.paras(
        0.9,
        y,
        6.7,
        [
            "El infrascrito Jefe del Registro del Estado Familiar de esta ciudad CERTIFICA: que en "
            "el Libro de Partidas de Nacimiento número CUARENTA Y DOS "
            "que esta Alcaldía llevó en el "
            "año de mil novecientos setenta y uno, a folio ciento "
            "catorce, se encuentra asentada la "
            "partida que literalmente dice:",
            '"NÚMERO DOSCIENTOS TREINTA Y OCHO. RIGOBERTO ANTONIO, del sexo masculino, nació en el '
            "Cantón Upatoro, jurisdicción de Chalatenango, a las cuatro "
            "horas del día ocho de junio "
            "de mil novecientos setenta y uno, hijo de Domingo Cañas Guardado, jornalero, y de "
            "María Teresa Mejía, de oficios domésticos, ambos salvadoreños y de este domicilio. "
            "Dio los datos el padre, quien firma. Alcaldía Municipal de Chalatenango, quince de "
            'junio de mil novecientos setenta y uno." Ilegible. Rubricadas.',
            "Es conforme con su original, con el cual se confrontó, y para los usos que el "
            "interesado estime convenientes se extiende la presente en la Alcaldía Municipal de "
            "Chalatenango, a los veinte días del mes de enero de dos mil veinticinco.",
        ],
        pt=11,
        face="serif",
    )
    pn.signature(4.5, y + 0.2, "Julio C. Alvarenga", 18, fill=INK)
    pn.line(4.3, y + 0.7, 7.5, y + 0.7)
    pn.lines(
        4.3,
        y + 0.75,
        ["Lic. Julio César Alvarenga", "Jefe del Registro del Estado Familiar"],
        9,
        "serif",
    )
    pn.seal(2.2, y + 1.0, 0.6, "ALCALDIA MUNICIPAL DE CHALATENANGO * REF * ", "REF")
    ap = doc.apostille(
        heading=["REPÚBLICA DE EL SALVADOR", "MINISTERIO DE RELACIONES EXTERIORES"],
        country="República de El Salvador",
        signed_by="Julio César Alvarenga",
        capacity="Jefe del Registro del Estado Familiar",
        seal_of="Alcaldía Municipal de Chalatenango",
        at="San Salvador",
        on=D(2025, 2, 3),
        by="Dirección General del Servicio Exterior",
        number="2025-APO-0118734",
        official="Ana Gabriela Menéndez",
        language="es",
        seed=seed + 2,
    )
    partida = _paper(
        "salvador_partida_apostille", [pn, ap], "birth_certificate", rigo, "identity", "es"
    )
    tr = doc.translation(
        "REPUBLIC OF EL SALVADOR - MUNICIPALITY OF CHALATENANGO - CERTIFIED BIRTH RECORD",
        [
            "The undersigned Head of the Family Status Registry of this city CERTIFIES: that in "
            "Book of Birth Records number FORTY-TWO kept by this Municipality in the year "
            "nineteen seventy-one, at folio one hundred fourteen, the following record appears:",
            '"NUMBER TWO HUNDRED THIRTY-EIGHT. RIGOBERTO ANTONIO, male, was born in Cantón '
            "Upatoro, jurisdiction of Chalatenango, at four o'clock on June eighth, nineteen "
            "seventy-one, son of Domingo Cañas Guardado, day laborer, and of María Teresa "
            "Mejía, homemaker, both Salvadoran and of this domicile. The father gave the "
            "information and signs. Municipality of Chalatenango, June fifteenth, nineteen "
            'seventy-one." Illegible. Initialed.',
            "It conforms to the original. Issued at the Municipality of Chalatenango on January "
            "20, 2025. [signed] Julio César Alvarenga, Head of the Family Status Registry. "
            "[seal]",
            "[Second page:] APOSTILLE (Hague Convention of October 5, 1961). 1. Country: "
            "Republic of El Salvador. 2. signed by Julio César Alvarenga 3. acting as Head of "
            "the Family Status Registry 4. bears the seal of the Municipality of Chalatenango. "
            "5. at San Salvador 6. on 02/03/2025 7. by the General Directorate of Foreign "
            "Service 8. No. 2025-APO-0118734 9. Seal 10. Signature [signed].",
        ],
        note="(of the attached Spanish-language birth record and apostille)",
        translator="Sonia Beatriz Quintanilla",
        address="3311 Toledo Terrace, Hyattsville, MD 20782",
        phone="301-555-0157",
        source="Spanish",
        when=D(2026, 8, 22),
    )
    translation = _paper(
        "partida_translation", [tr], "certificate_of_translation", rigo, "identity"
    )

    # --- the mother's certificate of naturalization (N-550)
    n = Sheet(paper=(244, 240, 226))
    n.security_background(seed + 3, (226, 222, 200))
    n.border(0.4, 2.5)
    n.text(0.8, 0.7, "No. 34418276", 13, "mono-bold", fill=(170, 40, 50))
    y = n.center(1.0, "THE UNITED STATES OF AMERICA", 18, "serif-bold")
    y = n.center(y + 0.1, "CERTIFICATE OF NATURALIZATION", 16, "serif-bold") + 0.2
    n.rect(0.9, y, 1.4, 1.8, weight=0.6, fill=(200, 200, 205))
    n.lines(
        2.6,
        y,
        [
            "USCIS Registration No.  A088 412 907",
            f"Name:  {up(mother.name)}",
            f"Date of birth:  {mother.born.strftime('%B %d, %Y').upper()}",
            "Sex:  FEMALE       Country of former nationality:  EL SALVADOR",
            "Marital status:  WIDOWED",
        ],
        10.5,
        "mono-bold",
    )
    y = n.paras(
        0.9,
        y + 2.1,
        6.7,
        [
            "Be it known that, pursuant to an application filed with the Secretary of Homeland "
            "Security at Baltimore, Maryland, the Secretary having found that the person whose "
            "name and photograph appear on this certificate intends to reside permanently in the "
            "United States, had in all respects complied with the applicable provisions of the "
            "naturalization laws of the United States, and was entitled to be admitted to "
            "citizenship, such person having taken the oath of allegiance at a ceremony conducted "
            "by the U.S. Citizenship and Immigration Services at Baltimore, Maryland on "
            "September 22, 2011, such person is admitted as a citizen of the United States of "
            "America.",
        ],
        pt=11,
        face="serif",
    )
    n.signature(1.0, y + 0.3, "María T. Mejía de Cañas", 18)
    n.line(0.9, y + 0.8, 4.0, y + 0.8)
    n.text(0.9, y + 0.85, "(Complete and true signature of holder)", 8, "serif-italic")
    n.signature(4.8, y + 0.3, "L. Whitaker", 18, fill=INK)
    n.line(4.5, y + 0.8, 7.6, y + 0.8)
    n.text(4.5, y + 0.85, "Director, U.S. Citizenship and Immigration Services", 8, "serif")
    n.seal(6.4, 3.2, 0.7, "DEPARTMENT OF HOMELAND SECURITY * ", "DHS")
    n.text(
        0.9,
        10.2,
        "IT IS PUNISHABLE BY U.S. LAW TO COPY, PRINT OR PHOTOGRAPH THIS "
        "CERTIFICATE WITHOUT LAWFUL AUTHORITY.",
        7,
        "sans-bold",
    )
    natz = _paper(
        "n550_naturalization", [n], "naturalization_certificate", mother, ("caretaker", "us_family")
    )

    # --- the geriatrician's letter on the mother's condition
    geri = doc.letter(
        "Prince George's Senior Health Associates",
        [
            "3001 Hospital Drive, Suite 410, Cheverly, MD 20785",
            "Tel 301-555-0133  Fax 301-555-0134",
        ],
        (30, 80, 60),
        "leaf",
        long(D(2026, 10, 8)),
        [
            "Office of the Principal Legal Advisor",
            "U.S. Immigration and Customs Enforcement",
            "Hyattsville, Maryland",
        ],
        f"Re: {mother.name} (DOB {us(mother.born)})",
        [
            f"I am a board-certified geriatrician and have treated Mrs. {mother.name}, age 82, "
            "since 2019. She has Alzheimer's disease, now at a moderate stage (MMSE 14/30 in "
            "September 2026), congestive heart failure with reduced ejection fraction (EF 30%), "
            "type 2 diabetes and chronic kidney disease stage 3.",
            "She can no longer manage her medications, cook or bathe safely, and she becomes "
            "disoriented and has wandered from the home twice this year. She needs supervision "
            "at all hours. Her son, Rigoberto Cañas Mejía, with whom she lives, gives her "
            "medications (eleven a day), checks her weight and blood sugar each morning, "
            "takes her to all her appointments and translates for her. He has been her "
            "principal caregiver since her diagnosis.",
            "Changes of caregiver and routine are especially harmful to patients with dementia "
            "and can speed their decline. In my medical opinion the loss of her son's care "
            "would place her health and safety at serious risk.",
        ],
        "Adaeze N. Okonjo, MD",
        ["Geriatric Medicine", "MD License D0087115"],
    )
    geri_paper = _paper(
        "geriatrician_letter", [geri], "medical_record", mother, ("caretaker", "medical")
    )

    # --- the son's Maryland birth certificate and DD-214
    md = doc.vital_record(
        heads=["STATE OF MARYLAND", "MARYLAND DEPARTMENT OF HEALTH - DIVISION OF VITAL RECORDS"],
        title="CERTIFICATE OF BIRTH",
        rows=[
            (0.5, [(3, "CHILD'S NAME", up(kevin.name)), (1, "SEX", "MALE")]),
            (
                0.5,
                [
                    (1, "DATE OF BIRTH", us(kevin.born)),
                    (1, "TIME OF BIRTH", "07:51 AM"),
                    (2, "PLACE OF BIRTH", "PRINCE GEORGE'S HOSPITAL CENTER, CHEVERLY"),
                ],
            ),
            (
                0.5,
                [
                    (2, "COUNTY OF BIRTH", "PRINCE GEORGE'S"),
                    (2, "CERTIFICATE NUMBER", "2000-051877"),
                ],
            ),
            (
                0.5,
                [
                    (3, "MOTHER'S NAME", "ANA GLADIS PORTILLO"),
                    (1, "MOTHER'S BIRTHPLACE", "EL SALVADOR"),
                ],
            ),
            (0.5, [(3, "FATHER'S NAME", up(rigo.name)), (1, "FATHER'S BIRTHPLACE", "EL SALVADOR")]),
        ],
        file_no="2000-051877",
        registrar="Leslie A. Turner",
        registrar_title="STATE REGISTRAR OF VITAL RECORDS",
        seal_ring="STATE OF MARYLAND * DIVISION OF VITAL RECORDS *",
        certify="I certify that this is a true copy of the birth record on file in the Division "
        "of Vital Records.",
        issued=D(2018, 3, 6),
        seed=seed + 5,
    )
    md_paper = _paper("maryland_birth", [md], "birth_certificate", kevin, "us_family")

    dd = Sheet()
    dd.text(0.4, 0.35, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES", 7, "sans-bold")
    dd.text(0.4, 0.5, "THIS IS AN IMPORTANT RECORD. SAFEGUARD IT.", 7, "sans-bold")
    dd.center(0.7, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 12, "sans-bold")
    dd.text(7.1, 0.35, "DD FORM 214", 8, "sans-bold")
    dd.text(7.1, 0.48, "MEMBER - 4", 7)
    y = dd.grid(
        0.4,
        1.0,
        7.7,
        [
            (
                0.42,
                [
                    (3, "1. NAME (Last, First, Middle)", "CANAS PORTILLO, KEVIN ALEXANDER"),
                    (2, "2. DEPARTMENT, COMPONENT AND BRANCH", "ARMY/RA"),
                ],
            ),
            (
                0.42,
                [
                    (1, "4.a. GRADE, RATE OR RANK", "SGT"),
                    (1, "4.b. PAY GRADE", "E05"),
                    (1, "5. DATE OF BIRTH (YYYYMMDD)", "20000914"),
                ],
            ),
            (
                0.42,
                [
                    (3, "6. RESERVE OBLIGATION TERMINATION DATE", "20260718"),
                    (2, "7.a. PLACE OF ENTRY INTO ACTIVE DUTY", "BALTIMORE, MD"),
                ],
            ),
            (
                0.42,
                [
                    (
                        3,
                        "8.a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND",
                        "HHC 1ST BN 502D INF REGT FORSCOM",
                    ),
                    (2, "8.b. STATION WHERE SEPARATED", "FORT CAMPBELL, KY"),
                ],
            ),
            (
                0.42,
                [
                    (2, "11. PRIMARY SPECIALTY", "11B10 INFANTRYMAN - 5 YRS 0 MOS"),
                    (1, "12.a. DATE ENTERED AD THIS PERIOD", "20180719"),
                    (1, "12.b. SEPARATION DATE THIS PERIOD", "20230718"),
                ],
            ),
            (
                0.42,
                [
                    (1, "12.c. NET ACTIVE SERVICE THIS PERIOD", "0005 00 00"),
                    (1, "12.f. FOREIGN SERVICE", "0000 09 14"),
                    (1, "12.h. EFFECTIVE DATE OF PAY GRADE", "20210801"),
                ],
            ),
            (
                0.7,
                [
                    (
                        1,
                        "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS AWARDED",
                        "ARMY COMMENDATION MEDAL//ARMY ACHIEVEMENT MEDAL (2ND "
                        "AWARD)//ARMY GOOD CONDUCT "
                        "MEDAL//NATIONAL DEFENSE SERVICE MEDAL//IRAQ CAMPAIGN MEDAL "
                        "W/ CAMPAIGN STAR",
                    )
                ],
            ),
            (0.42, [(1, "14. MILITARY EDUCATION", "BASIC LEADER COURSE, 4 WEEKS, 2021")]),
            (
                0.42,
                [
                    (2, "23. TYPE OF SEPARATION", "RELEASE FROM ACTIVE DUTY"),
                    (2, "24. CHARACTER OF SERVICE", "HONORABLE"),
                ],
            ),
            (
                0.42,
                [
                    (2, "25. SEPARATION AUTHORITY", "AR 635-200, CHAP 4"),
                    (1, "26. SEPARATION CODE", "LBK"),
                    (1, "27. REENTRY CODE", "1"),
                ],
            ),
            (
                0.42,
                [
                    (
                        3,
                        "28. NARRATIVE REASON FOR SEPARATION",
                        "COMPLETION OF REQUIRED ACTIVE SERVICE",
                    )
                ],
            ),
        ],
        value_pt=8.5,
    )
    dd.signature(0.7, y + 0.1, "Kevin A. Canas", 16)
    dd.signature(4.6, y + 0.1, "T. Marsh", 16, fill=INK)
    dd.grid(
        0.4,
        y + 0.05,
        7.7,
        [
            (
                0.55,
                [
                    (1, "21.a. MEMBER SIGNATURE", ""),
                    (1, "22.a. OFFICIAL AUTHORIZED TO SIGN", "TERESA L. MARSH, GS-09"),
                ],
            )
        ],
    )
    dd.text(0.4, 10.5, "DD FORM 214, AUG 2009          PREVIOUS EDITION IS OBSOLETE.", 7)
    dd214 = _paper("dd214", [dd], "military_record", kevin, "military_service")

    # --- a comadre's handwritten letter in Spanish, never translated
    hw = doc.handwriting(
        [
            "Hyattsville, 3 de noviembre de 2026",
            "",
            "Señor Juez de Inmigración:",
            "",
            "Yo, Dora Alicia Rivas, conozco a Rigoberto Cañas",
            "desde 1999 cuando trabajamos juntos en la iglesia",
            "San Marcos. Él es el padrino de mi hija menor.",
            "Es un hombre trabajador y honrado. Cuida a su",
            "mamá doña Teresa todos los días, la baña, le da",
            "sus pastillas y la lleva al doctor. Sin él ella",
            "no tiene a nadie que la cuide. Su hijo Kevin",
            "sirvió en el ejército y estamos orgullosos.",
            "Le ruego que le dé la oportunidad de quedarse.",
            "",
            "Atentamente,",
            "Dora Alicia Rivas",
            "Tel. (301) 555-0164",
        ],
        seed + 6,
        top=1.25,
        ink=INK,
    )
    letter_es = _paper(
        "handwritten_letter_spanish",
        [hw],
        "letter_of_support",
        rigo,
        ("community_ties", "caretaker"),
        "es",
    )

    # --- the utility's account page on the phone
    pe = doc.phone_screen(seed + 7, "10:18", "T-Mobile")
    pe.rect(0, 0.42, pe.width, 0.6, outline=None, fill=(0, 80, 150))
    pe.text(0.3, 0.55, "Potomac Edison & Gas", 12, "sans-bold", fill=(255, 255, 255))
    y = pe.text(0.3, 1.25, "My Account", 15, "sans-bold")
    y = pe.text(0.3, y, "Account # 5500 3187 442", 9, fill=GREY)
    y = pe.text(0.3, y, f"{up(rigo.name)}", 9.5, "sans-bold")
    y = (
        pe.lines(
            0.3, y, [f"Service address: {street.upper()}", "HYATTSVILLE MD 20782"], 8.5, fill=GREY
        )
        + 0.2
    )
    pe.rect(0.3, y, pe.width - 0.6, 1.0, outline=(200, 200, 200), fill=(240, 246, 252))
    pe.text(0.45, y + 0.1, "Amount due", 9, fill=GREY)
    pe.text(0.45, y + 0.3, "$187.62", 20, "sans-bold")
    pe.text(0.45, y + 0.72, "Due Dec 09, 2026   Autopay: Off", 8.5, fill=GREY)
    y += 1.25
    y = pe.text(0.3, y, "Billing history", 11, "sans-bold") + 0.05
    pe.table(
        0.3,
        y,
        [1.4, 1.1, 1.1],
        [
            ["Bill date", "Amount", "Paid"],
            ["Nov 17, 2026", "$187.62", "-"],
            ["Oct 16, 2026", "$142.09", "Nov 02"],
            ["Sep 17, 2026", "$201.33", "Oct 04"],
            ["Aug 18, 2026", "$236.90", "Sep 05"],
            ["Jul 17, 2026", "$219.48", "Aug 03"],
            ["Jun 16, 2026", "$158.71", "Jul 01"],
            ["May 15, 2026", "$121.04", "Jun 02"],
            ["Apr 16, 2026", "$133.56", "May 04"],
            ["Mar 17, 2026", "$171.22", "Apr 03"],
            ["Feb 13, 2026", "$214.87", "Mar 02"],
            ["Jan 16, 2026", "$228.30", "Feb 03"],
            ["Dec 16, 2025", "$196.45", "Jan 05"],
        ],
        pt=8.5,
        rules="header",
    )
    pe.rect(0, pe.height - 0.55, pe.width, 0.55, outline=None, fill=(245, 245, 245))
    for i, tab in enumerate(["Home", "Bill", "Usage", "Outages"]):
        pe.text(0.45 + i * 0.98, pe.height - 0.35, tab, 8, fill=GREY)
    utility = _paper(
        "utility_account_screen",
        [pe],
        "residence_record",
        rigo,
        "length_of_residence",
        proves=(D(2025, 12, 16), D(2026, 11, 17)),
    )

    # --- the Social Security earnings record, printed from the website to PDF
    years = list(range(1998, 2026))
    earnings = [int(9000 + (y - 1998) * 1450 + (y % 3) * 610) for y in years]
    head = [
        ("Helvetica-Bold", "Your Earnings Record", 14),
        ("Helvetica", f"{rigo.name}    Social Security Number: XXX-XX-6620", 9),
        ("Helvetica", "Review your earnings record. If you find an error, call us.", 9),
        ("rule", "", 0),
        ("Courier-Bold", "Work Year    Taxed Social Security    Taxed Medicare", 9),
        ("Courier", "             Earnings                 Earnings", 9),
    ]
    rows = [
        ("Courier", f"{y}         ${e:>10,}               ${e:>10,}", 9)
        for y, e in zip(years, earnings, strict=True)
    ]
    ssa_pdf = doc.browser_pdf(
        "my Social Security | Earnings Record",
        "https://secure.ssa.gov/myssa/earnings-record",
        "11/09/26, 4:21 PM",
        [
            head + rows[:16],
            [
                *rows[16:],
                ("rule", "", 0),
                ("Helvetica", "Earnings for 2026 may not be shown yet.", 9),
            ],
        ],
    )
    ssa = _text_paper(
        "ssa_earnings_record",
        None,
        ("tax_record", "pay_record"),
        rigo,
        "employment_and_taxes",
        proves=(D(1998, 3, 1), D(2025, 12, 31)),
    )

    # --- the District Court case record and the alcohol program's certificate
    k1, k2 = Sheet(), Sheet()
    y = k1.center(0.5, "District Court of Maryland", 14, "serif-bold")
    y = k1.center(y, "Case Information", 11, "sans-bold")
    y = k1.center(y, "Court System: District Court for Prince George's County - Traffic", 9)
    y = (
        k1.lines(
            0.7,
            y + 0.2,
            [
                "Case Number: 5E00418773          Tracking Number: 13-0917-442881",
                "Case Type: Traffic (Jailable)    Filing Date: 05/13/2013",
                "Case Status: Closed              Disposition Date: 06/20/2014",
            ],
            9.5,
            "mono",
        )
        + 0.15
    )
    y = k1.text(0.7, y, "Defendant Information", 11, "sans-bold")
    y = (
        k1.lines(
            0.7,
            y,
            [
                f"Name: {up(rigo.surname.replace('Ñ', 'N'))}, {up(rigo.given)}",
                f"DOB: {us(rigo.born)}    Sex: M",
                f"Address: {up(street)}, HYATTSVILLE, MD 20782",
            ],
            9.5,
            "mono",
        )
        + 0.15
    )
    y = k1.text(0.7, y, "Charge and Disposition Information", 11, "sans-bold")
    k1.table(
        0.7,
        y + 0.05,
        [0.5, 1.5, 2.7, 2.4],
        [
            ["No.", "Statute", "Charge Description", "Disposition"],
            ["001", "TR.21.902.A.1", "DRIVING WHILE UNDER THE INFLUENCE", "NOLLE PROSEQUI"],
            [
                "002",
                "TR.21.902.B.1",
                "DRIVING WHILE IMPAIRED BY ALCOHOL",
                "PROBATION BEFORE JUDGMENT",
            ],
            ["003", "TR.21.801.1", "FAILURE TO CONTROL SPEED", "NOLLE PROSEQUI"],
        ],
        pt=8.5,
    )
    y = k2.text(0.7, 0.6, "Sentencing / Probation (Charge 002)", 11, "sans-bold")
    y = (
        k2.lines(
            0.7,
            y + 0.05,
            [
                "Disposition Date: 09/16/2013   Judge: HON. PATRICE L. GRAHAM",
                "Probation Before Judgment (CP 6-220)",
                "Supervised probation: 1 year; fine $500.00, $350.00 suspended",
                "Special conditions: MVA Alcohol Education Program; MADD Victim Impact Panel",
                "Probation closed satisfactorily: 06/20/2014",
            ],
            9.5,
            "mono",
        )
        + 0.3
    )
    k2.text(
        0.7,
        y,
        "This is a printout of the public case index, not an official record.",
        8,
        "sans-italic",
    )
    k2.stamp(
        3.8,
        y + 0.5,
        ["CERTIFIED TRUE COPY", "DISTRICT COURT OF MARYLAND", "PRINCE GEORGE'S COUNTY  10/28/2026"],
        9,
        colour=(30, 30, 120),
    )
    court = _paper(
        "maryland_case_record",
        [k1, k2],
        "court_record",
        rigo,
        ("rehabilitation", "other"),
        proves=(D(2013, 5, 11), D(2014, 6, 20)),
    )
    ce = Sheet()
    ce.border(0.5, 3.0)
    y = ce.center(1.4, "Certificate of Completion", 26, "schoolbook-bold")
    y = ce.center(y + 0.3, "This certifies that", 12, "schoolbook")
    y = ce.center(y + 0.1, up(rigo.name), 20, "schoolbook-bold")
    y = ce.center(y + 0.2, "has satisfactorily completed the", 12, "schoolbook")
    y = ce.center(y + 0.1, "MARYLAND MVA ALCOHOL EDUCATION PROGRAM", 15, "schoolbook-bold")
    y = ce.center(y + 0.05, "12 hours of instruction, in Spanish", 11, "schoolbook")
    y = ce.center(y + 0.2, "Given at Riverdale, Maryland, on December 14, 2013", 11, "schoolbook")
    ce.center(y + 0.1, "Program ID MD-AE-0412  |  Nuevo Camino Counseling Services, LLC", 9)
    ce.signature(1.5, 7.2, "Rosa E. Villatoro", 20, fill=INK)
    ce.line(1.2, 7.7, 4.0, 7.7)
    ce.text(1.2, 7.75, "Rosa E. Villatoro, LCADC, Program Director", 9)
    ce.seal(6.0, 7.5, 0.6, "NUEVO CAMINO COUNSELING SERVICES * ", "")
    cert = _paper(
        "alcohol_education_certificate",
        [ce],
        ("other", "court_record"),
        rigo,
        ("rehabilitation", "other"),
    )

    placed = [
        capture.card_photo(pp, "scans/pasaporte.jpg", seed + 50, turn=270),
        capture.copier([partida, translation], "scans/partida apostillada.pdf", seed + 51),
        capture.scan(natz, "scans/mama naturalizacion.jpg", seed + 52, colour=True),
        capture.scan(geri_paper, "scans/doctor letter mom.pdf", seed + 53, dpi=150),
        capture.scan(md_paper, "scans/Kevin birth.jpg", seed + 54),
        capture.scan(dd214, "scans/DD214 Kevin.pdf", seed + 55, dpi=150),
        capture.desk(letter_es, "scans/carta Dora.jpg", seed + 56, long_side=1400),
        doc.png_file(utility, "scans/IMG_5120.PNG"),
        doc.pdf_file(ssa, ssa_pdf, "scans/Earnings Record.pdf", 2),
        capture.copier([court, cert], "scans/court papers DWI.pdf", seed + 57),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": rigo.name,
            "a_number": a_number,
            "date_of_birth": rigo.born,
            "country": "El Salvador",
            "entered_us": D(1998, 2, 20),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Hyattsville, MD",
            "next_hearing": D(2027, 3, 9),
            "hearing_type": "master",
            "opla_office": "Hyattsville",
        },
        "request": {"type": "dismissal"},
        "claims": {
            "residence_since": D(1998, 2, 20),
            "children": [{"name": kevin.name, "date_of_birth": kevin.born, "status": "usc"}],
            "military": {"member": "child", "branch": "Army"},
            "caretaker": {
                "person": mother.name,
                "condition": "Alzheimer's disease and congestive heart failure",
            },
            "community_ties": True,
        },
        "service": {"method": "mail", "date": D(2026, 12, 4), "served_by": rigo.name},
        "negative_factors": [
            {
                "kind": "conviction",
                "description": "Driving while impaired by alcohol, Prince George's County",
                "date": D(2013, 5, 11),
                "disposition": "probation before judgment; probation closed satisfactorily 2014",
            },
        ],
    }
    findings = [{"code": "untranslated-document", "file": "scans/carta Dora.jpg"}]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/carta Dora.jpg"},
        {"code": "unclassified-document", "file": "scans/court papers DWI.pdf"},
    ]
    return CasePlan(
        "canas",
        "blind21",
        case,
        placed,
        findings,
        allowed,
        notes="pro se; a handwritten Spanish letter never translated",
    )


# ================================================================ 4. Houston, Texas


def nwachukwu() -> CasePlan:
    """A Nigerian Army veteran in Houston who enlisted through MAVNI, renewing a 2025 denial
    of his request for dismissal: a passport, the National Population Commission's birth
    certificate, his DD-214, the VA's benefit summary letter downloaded as a PDF, the Harris
    County marriage certificate, his daughter's Texas birth certificate, the university's
    unofficial transcript, his employer's two-page letter photographed page by page, and a
    copier PDF of USCIS's naturalization decision (which prints his A-number with two digits
    swapped) and OPLA's denial; community ties claimed with no letter."""
    tobe = Person("Tobechukwu Daniel", "Nwachukwu", D(1989, 4, 7), "M", "Enugu")
    kendra = Person("Kendra Michelle", "Nwachukwu", D(1991, 12, 2), "F", "Houston")
    adaeze = Person("Adaeze Grace", "Nwachukwu", D(2021, 10, 3), "F", "Houston")
    a_number = "214-908-376"
    wrong = "214-980-376"
    rep = _rep(
        "Gregory T. Alvarado",
        "Bayou City Veterans Immigration Clinic",
        ["2900 Smith Street, Suite 500", "Houston, TX 77006"],
        "713-555-0119",
        "galvarado@bcvic.example",
        "TX618204",
    )
    street, city = "12814 Bellaire Boulevard, Apt 2206", "Houston, TX 77072"
    seed = 21400

    pp = _passport(
        "nigeria_passport",
        tobe,
        "en",
        seed,
        code="NGA",
        country=["FEDERAL REPUBLIC OF NIGERIA", "PASSPORT"],
        labels=[
            "Type",
            "Code of Issuing State",
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
        number="B04417260",
        nationality="NIGERIAN",
        issued=D(2023, 6, 12),
        expiry=D(2033, 6, 11),
        authority="NIS ATLANTA",
        place="ENUGU",
        tint=((214, 234, 218), (236, 240, 226)),
    )

    nb = Sheet()
    nb.security_background(seed + 1, (222, 238, 222))
    nb.border(0.4, 2.0)
    nb.logo(3.95, 0.55, 0.6, "shield", (20, 110, 50))
    y = nb.center(1.25, "NATIONAL POPULATION COMMISSION", 14, "serif-bold")
    y = nb.center(y, "FEDERAL REPUBLIC OF NIGERIA", 10, "serif")
    y = nb.center(y + 0.15, "CERTIFICATE OF BIRTH", 18, "serif-bold")
    y = (
        nb.center(
            y, "(Births and Deaths etc. (Compulsory Registration) Act 1992)", 8, "serif-italic"
        )
        + 0.25
    )
    y = nb.grid(
        0.8,
        y,
        6.9,
        [
            (0.48, [(2, "Certificate No.", "EN/ENS/0417/1989"), (1, "Sex", "MALE")]),
            (0.48, [(3, "Name of Child", up(tobe.name))]),
            (
                0.48,
                [
                    (1, "Date of Birth", "07/04/1989"),
                    (2, "Place of Birth", "PARKLANE HOSPITAL, ENUGU"),
                ],
            ),
            (
                0.48,
                [
                    (2, "Name of Father", "EMMANUEL OKECHUKWU NWACHUKWU"),
                    (1, "Nationality", "NIGERIAN"),
                ],
            ),
            (
                0.48,
                [
                    (2, "Name of Mother", "PATIENCE ADANNA NWACHUKWU"),
                    (1, "Nationality", "NIGERIAN"),
                ],
            ),
            (0.48, [(2, "Local Government Area", "ENUGU NORTH"), (1, "State", "ENUGU")]),
        ],
    )
    nb.para(
        0.8,
        y + 0.25,
        6.9,
        "I certify that the above is a true extract from the "
        "register of births kept at the Enugu North registration centre. Date of "
        "registration: 21/04/1989.",
        10,
        "serif",
    )
    nb.signature(4.6, y + 0.9, "C. O. Eze", 20, fill=INK)
    nb.line(4.3, y + 1.4, 7.5, y + 1.4)
    nb.text(4.3, y + 1.45, "Registrar, National Population Commission", 8.5, "serif")
    nb.seal(2.0, y + 1.4, 0.6, "NATIONAL POPULATION COMMISSION * ENUGU * ", "NPC")
    npc = _paper("nigeria_npc_birth", [nb], "birth_certificate", tobe, "identity")

    dd = Sheet()
    dd.text(0.4, 0.35, "CAUTION: NOT TO BE USED FOR IDENTIFICATION PURPOSES", 7, "sans-bold")
    dd.center(0.7, "CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY", 12, "sans-bold")
    dd.text(7.1, 0.35, "DD FORM 214", 8, "sans-bold")
    dd.text(7.1, 0.48, "MEMBER - 4", 7)
    dd.grid(
        0.4,
        1.0,
        7.7,
        [
            (
                0.42,
                [
                    (3, "1. NAME (Last, First, Middle)", "NWACHUKWU, TOBECHUKWU DANIEL"),
                    (2, "2. DEPARTMENT, COMPONENT AND BRANCH", "ARMY/RA"),
                ],
            ),
            (
                0.42,
                [
                    (1, "4.a. GRADE, RATE OR RANK", "SPC"),
                    (1, "4.b. PAY GRADE", "E04"),
                    (1, "5. DATE OF BIRTH (YYYYMMDD)", "19890407"),
                ],
            ),
            (
                0.42,
                [
                    (3, "7.a. PLACE OF ENTRY INTO ACTIVE DUTY", "HOUSTON, TX"),
                    (2, "7.b. HOME OF RECORD AT TIME OF ENTRY", "HOUSTON, TX"),
                ],
            ),
            (
                0.42,
                [
                    (
                        3,
                        "8.a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND",
                        "A CO 1ST BN 227TH AVN REGT FORSCOM",
                    ),
                    (2, "8.b. STATION WHERE SEPARATED", "FORT HOOD, TX"),
                ],
            ),
            (
                0.42,
                [
                    (2, "11. PRIMARY SPECIALTY", "68W10 HEALTH CARE SPECIALIST - 4 YRS"),
                    (1, "12.a. DATE ENTERED AD THIS PERIOD", "20150622"),
                    (1, "12.b. SEPARATION DATE THIS PERIOD", "20190621"),
                ],
            ),
            (
                0.7,
                [
                    (
                        1,
                        "13. DECORATIONS, MEDALS, BADGES, CITATIONS AND CAMPAIGN RIBBONS AWARDED",
                        "ARMY ACHIEVEMENT MEDAL//ARMY GOOD CONDUCT MEDAL//NATIONAL DEFENSE SERVICE "
                        "MEDAL//GLOBAL WAR ON TERRORISM SERVICE MEDAL//ARMY SERVICE RIBBON",
                    )
                ],
            ),
            (
                0.42,
                [
                    (2, "23. TYPE OF SEPARATION", "RELEASE FROM ACTIVE DUTY"),
                    (2, "24. CHARACTER OF SERVICE", "HONORABLE"),
                ],
            ),
            (
                0.42,
                [
                    (2, "25. SEPARATION AUTHORITY", "AR 635-200, CHAP 4"),
                    (1, "26. SEPARATION CODE", "LBK"),
                    (1, "27. REENTRY CODE", "1"),
                ],
            ),
            (
                0.42,
                [
                    (
                        3,
                        "28. NARRATIVE REASON FOR SEPARATION",
                        "COMPLETION OF REQUIRED ACTIVE SERVICE",
                    )
                ],
            ),
            (
                0.55,
                [
                    (1, "21.a. MEMBER SIGNATURE", ""),
                    (1, "22.a. OFFICIAL AUTHORIZED TO SIGN", "MARCUS J. BELL, GS-08"),
                ],
            ),
        ],
        value_pt=8.5,
    )
    dd.text(0.4, 10.5, "DD FORM 214, AUG 2009          PREVIOUS EDITION IS OBSOLETE.", 7)
    dd214 = _paper(
        "dd214",
        [dd],
        "military_record",
        tobe,
        "military_service",
        proves=(D(2015, 6, 22), D(2019, 6, 21)),
    )

    va_lines = [
        ("Helvetica-Bold", "DEPARTMENT OF VETERANS AFFAIRS", 12),
        ("Helvetica", "Houston Regional Office, 6900 Almeda Road, Houston, TX 77030", 9),
        ("rule", "", 0),
        ("Helvetica", "February 19, 2026", 10),
        ("Helvetica", f"{up(tobe.name)}", 10),
        ("Helvetica", up(street), 10),
        ("Helvetica", "HOUSTON TX 77072", 10),
        ("Helvetica", "", 10),
        ("Helvetica-Bold", "Benefit Summary and Service Verification Letter", 11),
        ("Helvetica", f"Dear {tobe.name}:", 10),
        ("Helvetica", "This letter is a summary of benefits you currently receive from the", 10),
        ("Helvetica", "Department of Veterans Affairs (VA).", 10),
        ("Helvetica-Bold", "Military Information", 10),
        ("Helvetica", "Branch of Service: Army    Character of Service: Honorable", 10),
        ("Helvetica", "Entered Active Duty: June 22, 2015    Released: June 21, 2019", 10),
        ("Helvetica-Bold", "VA Benefit Information", 10),
        ("Helvetica", "You have one or more service-connected disabilities:      Yes", 10),
        ("Helvetica", "Your combined service-connected evaluation is:            70%", 10),
        ("Helvetica", "Effective date of last change to current award:   December 1, 2025", 10),
        ("Helvetica", "Your current monthly award amount is:                 $1,808.45", 10),
        ("Helvetica", "", 10),
        ("Helvetica", "You can download this letter at any time at VA.gov.", 10),
        ("Helvetica", "Sincerely yours, Regional Office Director", 10),
    ]
    va_pdf = doc.browser_pdf(
        "VA Letters and Documents | Veterans Affairs",
        "https://www.va.gov/records/download-va-letters/letters",
        "2/19/26, 10:05 AM",
        [va_lines],
    )
    va = _text_paper(
        "va_benefit_summary_letter", None, ("military_record", "other"), tobe, "military_service"
    )

    mc = doc.vital_record(
        heads=["THE STATE OF TEXAS", "COUNTY OF HARRIS"],
        title="MARRIAGE LICENSE AND CERTIFICATE",
        rows=[
            (
                0.5,
                [
                    (2, "APPLICANT 1 - NAME", up(tobe.name)),
                    (1, "DATE OF BIRTH", us(tobe.born)),
                    (1, "PLACE OF BIRTH", "NIGERIA"),
                ],
            ),
            (
                0.5,
                [
                    (2, "APPLICANT 2 - NAME", "KENDRA MICHELLE THIBODEAUX"),
                    (1, "DATE OF BIRTH", us(kendra.born)),
                    (1, "PLACE OF BIRTH", "TEXAS"),
                ],
            ),
            (0.5, [(2, "LICENSE ISSUED", "08/03/2020"), (2, "LICENSE NO.", "202004518821")]),
            (
                0.5,
                [
                    (2, "DATE OF CEREMONY", "08/15/2020"),
                    (2, "PLACE OF CEREMONY", "HOUSTON, HARRIS COUNTY, TX"),
                ],
            ),
            (0.5, [(4, "OFFICIANT", "REV. CLARENCE D. WASHINGTON, ORDAINED MINISTER")]),
        ],
        file_no="202004518821",
        registrar="Teneshia Hudspeth",
        registrar_title="COUNTY CLERK, HARRIS COUNTY, TEXAS",
        seal_ring="COUNTY CLERK * HARRIS COUNTY TEXAS *",
        certify="I certify that this is a true and correct copy of the original record as it "
        "appears on file in my office.",
        issued=D(2025, 10, 14),
        seed=seed + 2,
    )
    marriage = _paper(
        "texas_marriage_certificate",
        [mc],
        "marriage_certificate",
        tobe,
        "us_family",
        proves=(D(2020, 8, 3), D(2020, 8, 15)),
    )
    marriage.about = (tobe.name, kendra.name)

    tx = doc.vital_record(
        heads=["THE STATE OF TEXAS", "DEPARTMENT OF STATE HEALTH SERVICES - VITAL STATISTICS"],
        title="CERTIFICATION OF BIRTH",
        rows=[
            (0.5, [(3, "NAME", up(adaeze.name)), (1, "SEX", "FEMALE")]),
            (
                0.5,
                [
                    (1, "DATE OF BIRTH", us(adaeze.born)),
                    (1, "COUNTY", "HARRIS"),
                    (2, "PLACE OF BIRTH", "HOUSTON"),
                ],
            ),
            (0.5, [(3, "MOTHER", "KENDRA MICHELLE THIBODEAUX"), (1, "BIRTHPLACE", "TEXAS")]),
            (0.5, [(3, "FATHER", up(tobe.name)), (1, "BIRTHPLACE", "NIGERIA")]),
            (0.5, [(2, "DATE FILED", "10/12/2021"), (2, "STATE FILE NUMBER", "142-21-1188604")]),
        ],
        file_no="142-21-1188604",
        registrar="Jennifer A. Shuford",
        registrar_title="STATE REGISTRAR",
        seal_ring="TEXAS DEPARTMENT OF STATE HEALTH SERVICES *",
        certify="This is a true and correct reproduction of the original record as recorded in "
        "this office.",
        issued=D(2022, 1, 20),
        seed=seed + 3,
        tint=(240, 228, 228),
    )
    texas = _paper("texas_birth_certification", [tx], "birth_certificate", adaeze, "us_family")

    ts = Sheet()
    y = ts.text(0.6, 0.5, "University of Houston-Downtown", 14, "serif-bold")
    y = ts.text(0.6, y, "UNOFFICIAL TRANSCRIPT - printed from myUHD Student Center", 9, "sans")
    y = (
        ts.text(
            0.6,
            y + 0.1,
            f"Name: {tobe.name}    Student ID: 1733024    Printed 11/10/2026",
            9,
            "mono",
        )
        + 0.15
    )
    rows = [["Term", "Course", "Title", "Grade", "Units"]]
    terms = [
        ("Fall 2012", [("ENG 1301", "Composition I", "A"), ("MATH 1314", "College Algebra", "A")]),
        (
            "Spring 2013",
            [("BIOL 1406", "General Biology I", "B+"), ("HIST 1301", "US History I", "A-")],
        ),
        ("Fall 2013", [("CHEM 1411", "General Chemistry I", "B"), ("PSY 2301", "Psychology", "A")]),
        (
            "Spring 2014",
            [("BIOL 2401", "Anatomy & Physiology", "A-"), ("STAT 2300", "Statistics", "A")],
        ),
        (
            "Fall 2014",
            [("BIOL 3301", "Microbiology", "B+"), ("CHEM 2423", "Organic Chemistry", "B")],
        ),
        ("Spring 2015", [("BIOL 4390", "Senior Seminar", "A"), ("PHIL 3303", "Ethics", "A-")]),
    ]
    for term, courses in terms:
        for code, title, grade in courses:
            rows.append([term, code, title, grade, "3.00"])
    y = ts.table(0.6, y, [1.3, 1.1, 3.0, 0.7, 0.8], rows, pt=9)
    ts.lines(
        0.6,
        y + 0.2,
        [
            "Degree Awarded: Bachelor of Science, Biological and Physical Sciences - 05/09/2015",
            "Cumulative GPA: 3.61    Hours earned: 120.00",
        ],
        9.5,
        "mono",
    )
    transcript = _paper(
        "university_unofficial_transcript",
        [ts],
        "school_record",
        tobe,
        "education",
        proves=(D(2012, 8, 27), D(2015, 5, 9)),
    )

    e1 = doc.letter(
        "Gulf Coast Mobile Diagnostics, LLC",
        ["8800 Westpark Drive, Suite 120, Houston, TX 77063", "(713) 555-0170  www.gcmd.example"],
        (150, 30, 40),
        "cross",
        long(D(2026, 11, 12)),
        [],
        f"Re: {tobe.name}",
        [
            f"I am the Director of Clinical Operations of Gulf Coast Mobile Diagnostics and "
            f"{tobe.name}'s supervisor. He joined us on September 16, 2019, three months after "
            "his honorable discharge from the Army, as a phlebotomist and mobile X-ray "
            "technician. He was promoted to Lead Technician in 2022 and to Field Operations "
            "Coordinator in May 2026. He earns $31.50 an hour, works full time, and is on our "
            "payroll with taxes withheld.",
            "Tobe schedules and supervises eleven technicians who bring lab draws and X-rays "
            "to home-bound patients and nursing homes across Harris and Fort Bend counties. "
            "During the 2021 winter storm he drove our van through the night so that dialysis "
            "patients could be tested. Our nursing-home clients ask for him by name.",
        ],
        "Lorraine B. Whitfield",
        [],
        salutation="To Whom It May Concern:",
        closing="",
    )
    e2 = Sheet()
    y = e2.paras(
        0.9,
        0.9,
        6.7,
        [
            "His Army training as a health care specialist shows every day. He is calm with "
            "frightened patients, careful with every sample and he trains our new hires on "
            "safety and infection control.",
            "Losing him would hurt our patients and our company. I ask that he be allowed to "
            "remain in the United States with his wife and his daughter. I can be reached at "
            "(713) 555-0171 to confirm anything in this letter.",
            "Sincerely,",
        ],
        pt=11,
        face="serif",
    )
    e2.signature(1.0, y + 0.05, "Lorraine B. Whitfield", 20)
    e2.lines(
        0.9,
        y + 0.6,
        [
            "Lorraine B. Whitfield, RN, MBA",
            "Director of Clinical Operations",
            "Gulf Coast Mobile Diagnostics, LLC",
        ],
        10,
        "serif",
    )
    e2.text(7.4, 10.4, "Page 2", 8, align="right")
    employer = _paper(
        "employer_letter_two_pages",
        [e1, e2],
        "employment_letter",
        tobe,
        "employment_and_taxes",
        proves=(D(2019, 9, 16), D(2026, 11, 12)),
    )

    # --- USCIS's decision on his N-400 (the A-number printed wrong) and OPLA's 2025 denial
    ud = Sheet()
    ud.text(0.8, 0.6, "U.S. Department of Homeland Security", 10, "sans-bold")
    ud.text(0.8, 0.77, "U.S. Citizenship and Immigration Services", 9)
    ud.text(0.8, 0.92, "Houston Field Office, 810 Gears Road, Houston, TX 77067", 9)
    ud.text(6.0, 0.6, "USCIS", 16, "sans-bold", fill=NAVY_D)
    y = (
        ud.lines(
            0.8,
            1.4,
            ["March 3, 2022", "", up(tobe.name), up(street), "HOUSTON TX 77072"],
            10,
            "serif",
        )
        + 0.15
    )
    y = ud.lines(
        0.8,
        y,
        [
            f"A-Number: A{wrong}",
            "Receipt Number: NBC*001874423",
            "Form N-400, Application for Naturalization",
        ],
        10,
        "mono-bold",
    )
    y = ud.center(y + 0.2, "DECISION", 13, "serif-bold") + 0.1
    ud.paras(
        0.8,
        y,
        6.9,
        [
            "Thank you for submitting Form N-400, Application for Naturalization, under section "
            "329 of the Immigration and Nationality Act (INA), on the basis of your honorable "
            "service in the U.S. Armed Forces.",
            "After a thorough review of your application and supporting documents, USCIS has "
            "determined that you are not eligible for naturalization. Section 329 requires that an "
            "applicant have been lawfully admitted for permanent residence or have enlisted while "
            "in the United States. The record shows that your enlistment contract was executed on "
            "the basis of a nonimmigrant status that had ended, and the Department of Defense did "
            "not certify your service on Form N-426 for a qualifying period. Therefore your "
            "application is denied.",
            "If you believe that USCIS incorrectly denied your Form N-400, you may request a "
            "hearing before an immigration officer by filing Form N-336 within 30 days.",
            "Sincerely, Field Office Director",
        ],
        pt=10.5,
        face="serif",
    )
    uscis = _paper("uscis_n400_decision", [ud], "other", tobe, ("military_service", "other"))
    od = doc.letter(
        "U.S. Immigration and Customs Enforcement",
        [
            "Office of the Principal Legal Advisor - Houston",
            "126 Northpoint Drive, Houston, TX 77060",
        ],
        NAVY_D,
        "shield",
        long(D(2025, 6, 16)),
        [rep["name"], rep["organization"], *rep["address"]],
        f"Re: {tobe.name}, A{a_number} - Request for Prosecutorial Discretion",
        [
            "The Office of the Principal Legal Advisor (OPLA) has reviewed your request that "
            "OPLA move to dismiss the removal proceedings of your client.",
            "After considering the totality of the circumstances, OPLA has declined to "
            "exercise prosecutorial discretion at this time. This decision is not a "
            "determination of your client's eligibility for any relief and does not preclude "
            "a future request based on new or changed circumstances.",
        ],
        "Assistant Chief Counsel",
        ["Office of the Principal Legal Advisor, Houston"],
        salutation="Dear Counsel:",
    )
    opla = _paper("opla_pd_denial", [od], "other", tobe, "other")

    g = doc.g28(tobe, a_number, rep, D(2026, 11, 2), [street, city])
    g28 = _paper("g28", [g], "g28", tobe, "other")

    placed = [
        capture.card_photo(pp, "scans/passport nga.jpg", seed + 50, turn=180),
        capture.scan(npc, "scans/birth certificate nigeria.jpg", seed + 51, colour=True),
        capture.scan(dd214, "scans/DD-214.pdf", seed + 52),
        doc.pdf_file(va, va_pdf, "scans/Benefit Summary Letter.pdf", 1),
        capture.scan(marriage, "scans/marriage cert.pdf", seed + 53, dpi=150),
        capture.scan(texas, "scans/adaeze birth.jpg", seed + 54),
        capture.scan(transcript, "scans/UHD transcript.pdf", seed + 55, dpi=150),
        capture.desk(
            employer,
            ["scans/IMG_0931.jpg", "scans/IMG_0932.jpg"],
            seed + 56,
            long_side=1400,
            surface="pale",
        ),
        capture.copier([uscis, opla], "scans/USCIS and ICE letters.pdf", seed + 58),
        capture.scan(g28, "scans/g-28.pdf", seed + 59, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": tobe.name,
            "a_number": a_number,
            "date_of_birth": tobe.born,
            "country": "Nigeria",
            "entered_us": D(2012, 8, 11),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Houston, TX",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "individual",
            "opla_office": "Houston",
            "nta_date": D(2022, 9, 7),
            "charges": ["INA 237(a)(1)(C)(i)"],
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 6, 16),
                "outcome": "denied",
                "changes": "Since the denial the VA raised his service-connected rating to 70 "
                "percent, and he was promoted to field operations coordinator.",
            },
        },
        "representative": rep,
        "claims": {
            "residence_since": D(2012, 8, 11),
            "children": [{"name": adaeze.name, "date_of_birth": adaeze.born, "status": "usc"}],
            "spouse": {"name": kendra.name, "status": "usc"},
            "military": {"member": "self", "branch": "Army"},
            "education": True,
            "community_ties": True,
        },
        "service": {"method": "email", "date": D(2026, 12, 8), "served_by": rep["name"]},
    }
    findings = [
        {"code": "inconsistent-identity", "file": "scans/USCIS and ICE letters.pdf"},
        {"code": "missing-evidence", "claim": "community_ties"},
    ]
    allowed = [
        {"code": "stale-evidence", "claim": "request.prior_request", "severity": "info"},
        {"code": "unclassified-document", "file": "scans/USCIS and ICE letters.pdf"},
    ]
    return CasePlan(
        "nwachukwu",
        "blind21",
        case,
        placed,
        findings,
        allowed,
        notes="a renewal; the N-400 decision's A-number has two digits swapped; "
        "community ties claimed with no letter",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "tavares": tavares,
    "dorvilus": dorvilus,
    "canas": canas,
    "nwachukwu": nwachukwu,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
