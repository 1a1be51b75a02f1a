"""The eighteenth blind corpus: four invented families whose folders mix languages and odd
captures (a Haitian family in Miami, a Vietnamese father in Houston, a Senegalese mother in the
Bronx filing pro se, a K'iche' man from Guatemala in Grand Island, Nebraska, renewing a denied
request): civil records in French, Haitian Creole, Vietnamese and Spanish with the clerk's
handwriting and stamps, faxes at fax resolution, a passport booklet photographed open, a copier
PDF with one page upside down, a translation stapled before its original, an e-mail letter
saved as a phone screenshot, a certificate scanned twice; a case.yaml per case and the truth it
is scored against. Written from plain descriptions of real documents.

NEVER TUNE RULES ON THIS CORPUS (bench/README.md, "Reading real folders"). Usage:

    python -m bench.blind18.cases OUT_DIR    # writes OUT_DIR/<case>/ and OUT_DIR/<case>.truth.json
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import img2pdf
import numpy as np
from PIL import Image, ImageDraw

from bench.blind18 import documents as doc
from tests.realistic import capture
from tests.realistic.model import (
    CasePlan,
    Paper,
    Person,
    Placed,
    drawn,
    write_from_command_line,
    write_plans,
)
from tests.realistic.paper import DPI, font

D = dt.date

# Every paper is dated on or before this day and the claimed residence is covered up to it
# (where the truth expects no gap). After late 2027 the newest evidence is more than a year
# old; move the dates on then.
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


def _record(paper: Paper, file: str, **where: Any) -> dict[str, Any]:
    return {"file": file, **where, "source_pages": len(paper.pages), **paper.truth()}


# ---------------------------------------------------------------- odd captures


def fax(
    paper: Paper, file: str, seed: int, header: str, fine: bool = True, tiff: bool = False
) -> Placed:
    """A page as a fax server stores it: the sending machine's header line across the top,
    1-bit black and white at 204 x 196 dpi (fine) or 204 x 98 dpi (standard), speckles and a
    streak where the sender's scanner glass was dirty. A PDF, or a multi-page TIFF (Group 4)."""
    rng = np.random.default_rng(seed)
    vertical = 196 if fine else 98
    pages = []
    n = len(paper.pages)
    for i, page in enumerate(paper.pages):
        grey = page.convert("L")
        draw = ImageDraw.Draw(grey)
        draw.rectangle((0, 0, grey.width, round(0.3 * DPI)), fill=255)
        draw.text(
            (round(0.3 * DPI), round(0.08 * DPI)),
            f"{header}  P.{i + 1:03d}/{n:03d}",
            font=font("mono", round(8 * DPI / 72)),
            fill=0,
        )
        size = (round(grey.width * 204 / DPI), round(grey.height * vertical / DPI))
        small = np.asarray(grey.resize(size, Image.Resampling.BILINEAR), np.float32)
        small = small + rng.normal(0, 18, small.shape)
        bits = small > 150
        speckle = rng.random(bits.shape) < 0.0015
        bits[speckle] = False
        x = int(rng.integers(size[0] // 5, size[0] * 4 // 5))
        bits[:, x : x + 2] = False  # a streak down the page
        image = Image.fromarray((bits * 255).astype(np.uint8), "L").convert("1")
        image.info["dpi"] = (204, vertical)
        pages.append(image)
    buf = io.BytesIO()
    if tiff:
        pages[0].save(
            buf,
            "TIFF",
            save_all=True,
            append_images=pages[1:],
            compression="group4",
            dpi=(204, vertical),
        )
        data = buf.getvalue()
    else:
        pngs = []
        for image in pages:
            out = io.BytesIO()
            image.save(out, "PNG", dpi=(204, vertical))
            pngs.append(out.getvalue())
        data = img2pdf.convert(pngs)
    return Placed({file: data}, [_record(paper, file)])


def copier_with_a_page_turned(
    papers: list[Paper], file: str, seed: int, upside_down: set[int], dpi: int = 150
) -> Placed:
    """A copier stack in which one sheet was fed upside down: that page is stored turned half
    way (``upside_down`` holds its page numbers, 1-based)."""
    jpegs, records, page = [], [], 1
    for n, paper in enumerate(papers):
        for i, p in enumerate(paper.pages):
            scanned = capture._scanned(p, dpi, seed + 31 * n + i)
            if page + i in upside_down:
                scanned = scanned.transpose(Image.Transpose.ROTATE_180)
            jpegs.append(capture._jpeg(scanned, 72, dpi))
        last = page + len(paper.pages) - 1
        records.append(_record(paper, file, pages=[page, last]))
        page = last + 1
    return Placed({file: img2pdf.convert(jpegs)}, records)


def screenshot(paper: Paper, file: str) -> Placed:
    """A phone screenshot, kept as the phone saved it (PNG, the screen's pixels)."""
    buf = io.BytesIO()
    paper.pages[0].save(buf, "PNG", optimize=True)
    return Placed({file: buf.getvalue()}, [_record(paper, file)])


# ---------------------------------------------------------------- 1. Miami, Florida


def saint_fleur() -> CasePlan:
    """A Haitian mother in Miami with TPS, two US-citizen children, the younger with asthma:
    a bilingual passport a quarter turn off, the Archives Nationales' extrait with the
    translation stapled on top of it in one PDF, two Florida certifications of birth, the TPS
    receipt (its A-number with two digits swapped) and the work-permit approval in one PDF, her
    pastor's letter in Haitian Creole with no translation, a school attendance summary, the
    pediatrician's faxed letter, an FPL bill, the G-28."""
    nadege = Person("Nadège Philomène", "Saint-Fleur", D(1987, 9, 23), "F", "Les Cayes")
    kenson = Person("Kenson", "Pierre-Louis", D(2016, 5, 11), "M", "North Miami Beach")
    esther = Person("Esther Nadia", "Pierre-Louis", D(2019, 2, 27), "F", "North Miami Beach")
    kids_father = "Wisner Pierre-Louis"
    father, mother = "Dieuseul Saint-Fleur", "Anne-Marie Jeanty"
    a_number = "218-604-395"
    address = ["7415 NE 4th Court, Apt 3", "Miami, FL 33138"]
    rep = _rep(
        "Marc-Henry Valcourt",
        "Haitian Legal Rights Project",
        ["7810 NE 2nd Ave, Suite 204", "Miami, FL 33138"],
        "305-555-0150",
        "mvalcourt@hlrp.example",
        "MV902214",
    )
    translator = ("Guerline Bazile", ["1390 NE 125th Street", "North Miami, FL 33161"])
    tr = (*translator, "305-555-0142")
    seed = 18100

    sheet, zone = doc.passport(
        person=nadege,
        seed=seed,
        country="HTI",
        heads=["RÉPUBLIQUE D'HAÏTI / REPUBLIC OF HAITI", "PASSEPORT / PASSPORT"],
        labels=[
            ("Type / Type", "P"),
            ("Code du pays / Country code", "{country}"),
            ("No. du passeport / Passport No.", "{number}"),
            ("Nom / Surname", "{surname}"),
            ("Prénoms / Given names", "{given}"),
            ("Nationalité / Nationality", "{nationality}"),
            ("Date de naissance / Date of birth", "{born}"),
            ("Sexe / Sex", "{sex}"),
            ("Lieu de naissance / Place of birth", "{place}"),
            ("Date de délivrance / Date of issue", "{issued}"),
            ("Date d'expiration / Date of expiry", "{expiry}"),
            ("Autorité / Authority", "D.I.E. PORT-AU-PRINCE"),
        ],
        number="PP2291847",
        nationality="HAÏTIENNE",
        issued=D(2022, 4, 6),
        expiry=D(2032, 4, 5),
        tint=((220, 228, 240), (200, 214, 232)),
    )
    passport = drawn(
        "haiti_passport",
        [sheet],
        "passport",
        nadege,
        "identity",
        ["fr", "en"],
        mrz_zone=zone,
        is_card=True,
    )
    extrait = drawn(
        "haiti_extrait_acte_naissance",
        [doc.haiti_extrait(nadege, father, mother, father)],
        "birth_certificate",
        nadege,
        "identity",
        "fr",
    )
    translation = drawn(
        "haiti_extrait_translation",
        [doc.haiti_translation(nadege, father, mother, father, tr)],
        "certificate_of_translation",
        nadege,
        "identity",
    )
    births = [
        drawn(
            "florida_certification_of_birth",
            [doc.florida_birth(child, nadege, kids_father, no, filed, D(2026, 10, 7))],
            "birth_certificate",
            child,
            "us_family",
        )
        for child, no, filed in (
            (kenson, "109-2016-041228", D(2016, 5, 19)),
            (esther, "109-2019-018835", D(2019, 3, 8)),
        )
    ]
    tps_body = [
        "RECEIPT NOTICE. This notice confirms that USCIS received your application or petition "
        "(this form) as shown above. It does not grant any immigration status or benefit. "
        "You filed Form I-821 to re-register for Temporary Protected Status (TPS) for Haiti.",
        "If you have an Employment Authorization Document based on TPS Haiti, its validity is "
        "automatically extended as provided in the Federal Register notice for the current "
        "designation. Keep this notice with your card.",
        "Biometrics: we will mail you a notice if you need to come to an Application Support "
        "Center. We will notify you by mail when we make a decision.",
    ]
    receipt = doc.uscis_notice(
        nadege,
        "218-640-395",  # two digits swapped by whoever typed the application
        "IOE0921774306",
        "I-821 - APPLICATION FOR TEMPORARY PROTECTED STATUS",
        "RECEIPT NOTICE",
        D(2025, 7, 2),
        D(2025, 7, 9),
        tps_body,
    )
    approval = doc.uscis_notice(
        nadege,
        a_number,
        "IOE0921774311",
        "I-765 - APPLICATION FOR EMPLOYMENT AUTHORIZATION",
        "APPROVAL NOTICE",
        D(2025, 7, 2),
        D(2026, 2, 17),
        [
            "The above application has been approved. Your new Employment Authorization "
            "Document (EAD) will be mailed separately. Eligibility category: A12 (Temporary "
            "Protected Status).",
            "If you change your mailing address, you must notify USCIS within 10 days.",
        ],
        extra=[(2, "Class", "A12"), (2, "Valid from / Valid to", "02/17/2026 - 02/03/2027")],
    )
    notices = [
        drawn("uscis_i797c_tps_receipt", [receipt], "other", nadege, "other"),
        drawn("uscis_i797_ead_approval", [approval], "other", nadege, "other"),
    ]
    church = drawn(
        "creole_church_letter",
        [doc.creole_church_letter(nadege)],
        "letter_of_support",
        nadege,
        "community_ties",
        "ht",
    )
    school = drawn(
        "miami_dade_attendance_summary",
        [doc.school_attendance(kenson, "0412887", nadege)],
        "school_record",
        kenson,
        "education",
    )
    asthma = drawn(
        "pediatric_asthma_letter",
        [doc.asthma_letter(esther, nadege)],
        "medical_record",
        esther,
        "medical",
    )
    fpl = drawn(
        "fpl_electric_bill",
        [doc.fpl_bill(nadege, address, "47810-22391", D(2026, 9, 12), D(2026, 10, 12), 123.33)],
        "residence_record",
        nadege,
        "length_of_residence",
        proves=(D(2026, 9, 12), D(2026, 10, 12)),
    )
    g28 = drawn("g28", [doc.g28(nadege, a_number, rep, D(2026, 10, 29))], "g28", nadege, "other")
    placed = [
        capture.card_photo(passport, "scans/IMG_4471.jpg", seed + 1, turn=90),
        capture.copier([translation, extrait], "scans/acte naissance + traduction.pdf", seed + 2),
        capture.copier(births, "scans/birth certs kenson esther.pdf", seed + 3),
        capture.copier(notices, "scans/uscis tps notices.pdf", seed + 4),
        capture.desk(
            church, "scans/let legliz.jpg", seed + 5, surface="pale", dim=False, quality=62
        ),
        capture.desk(school, "scans/IMG_4490.jpg", seed + 6, dim=True, quality=48),
        fax(
            asthma,
            "scans/fax_pediatric_letter.pdf",
            seed + 7,
            "NOV-12-2026 14:32  FROM:LITTLE RIVER PEDS 3055550188  TO:3055550151",
        ),
        capture.scan(fpl, "scans/fpl bill oct 2026.pdf", seed + 8, dpi=150, colour=True),
        capture.scan(g28, "scans/G28 saint-fleur.pdf", seed + 9, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": nadege.name,
            "a_number": a_number,
            "date_of_birth": nadege.born,
            "country": "Haiti",
            "entered_us": D(2014, 11, 20),
            "address": address,
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Miami, FL",
            "next_hearing": D(2027, 5, 18),
            "hearing_type": "master",
            "opla_office": "Miami",
            "nta_date": D(2019, 8, 6),
        },
        "request": {
            "type": "dismissal",
            "narrative": "Ms. Saint-Fleur holds Temporary Protected Status for Haiti and has "
            "re-registered in every period. She is the sole caregiver of two U.S. citizen "
            "children; her daughter Esther has moderate persistent asthma.",
        },
        "representative": rep,
        "claims": {
            "children": [
                {"name": kenson.name, "date_of_birth": kenson.born, "status": "usc"},
                {"name": esther.name, "date_of_birth": esther.born, "status": "usc"},
            ],
            "education": True,
            "medical": {"person": esther.name, "condition": "moderate persistent asthma"},
            "community_ties": True,
        },
        "translator": {"name": tr[0], "address": tr[1], "phone": tr[2]},
        "service": {"method": "email", "date": D(2026, 11, 20), "served_by": rep["name"]},
    }
    findings = [
        # The pastor's letter is in Haitian Creole and nobody translated it.
        {"code": "untranslated-document", "file": "scans/let legliz.jpg"},
        # The TPS receipt gives A218-640-395; her A-number is 218-604-395.
        {"code": "inconsistent-identity", "file": "scans/uscis tps notices.pdf"},
    ]
    allowed = [
        # USCIS notices prove status, no equity of the taxonomy: they may stay unclassified.
        {"code": "unclassified-document", "file": "scans/uscis tps notices.pdf"},
        # a fax at fax resolution may read poorly
        {"code": "low-ocr-confidence", "file": "scans/fax_pediatric_letter.pdf"},
    ]
    return CasePlan(
        "saint_fleur",
        "blind18",
        case,
        placed,
        findings,
        allowed,
        notes="Creole letter untranslated; TPS receipt A-number with two digits swapped; the "
        "translation of the extrait is the first page of its PDF, the extrait the second.",
    )


# ---------------------------------------------------------------- 2. Houston, Texas


def tran() -> CasePlan:
    """A Vietnamese nail technician in Houston raising his US-citizen daughter: his passport
    photographed open (the data page and the facing page with an exit stamp), a bản sao giấy
    khai sinh with its translation scanned apart, a 2024 Form 1040 and a 2021 account
    transcript in one PDF, a 2025 W-2, two pay stubs, the salon's letter faxed at standard
    resolution, a lease photographed page by page, a Texas birth certificate, the G-28. He
    claims education and brought nothing for it."""
    phuc = Person("Phúc Văn", "Trần", D(1983, 2, 14), "M", "Cần Thơ")
    emily = Person("Emily Ngọc Hân", "Trần", D(2022, 9, 29), "F", "Houston")
    father, mother = ("Trần Văn Hùng", 1955), ("Nguyễn Thị Lan", 1958)
    father_plain, mother_plain = ("Tran Van Hung", 1955), ("Nguyen Thi Lan", 1958)
    a_number = "241-377-058"
    street, city = "9800 Bellaire Blvd, Apt 214", "Houston, TX 77036"
    rep = _rep(
        "Minh-Thu Pham-Reyes",
        "Gulf Coast Immigrant Legal Collaborative",
        ["6100 Corporate Drive, Suite 310", "Houston, TX 77036"],
        "713-555-0124",
        "mtpham@gcilc.example",
        "HP553018",
    )
    tr = ("Ngoc Bao Do", ["11205 Bellaire Blvd, Suite B-12", "Houston, TX 77072"], "281-555-0191")
    ssn = "627-41-4417"
    seed = 18200

    data_page, zone = doc.passport(
        person=phuc,
        seed=seed,
        country="VNM",
        heads=[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / SOCIALIST REPUBLIC OF VIET NAM",
            "HỘ CHIẾU / PASSPORT",
        ],
        labels=[
            ("Loại / Type", "P"),
            ("Mã số / Code", "{country}"),
            ("Số hộ chiếu / Passport No.", "{number}"),
            ("Họ và tên / Full name", "TRẦN VĂN PHÚC"),
            ("Quốc tịch / Nationality", "{nationality}"),
            ("Ngày sinh / Date of birth", "{born_dmy}"),
            ("Giới tính / Sex", "NAM / M"),
            ("Nơi sinh / Place of birth", "CẦN THƠ"),
            ("Ngày cấp / Date of issue", "{issued_dmy}"),
            ("Có giá trị đến / Date of expiry", "{expiry_dmy}"),
            ("Nơi cấp / Place of issue", "CỤC QUẢN LÝ XUẤT NHẬP CẢNH"),
        ],
        number="C7741205",
        nationality="VIỆT NAM / VIETNAMESE",
        issued=D(2019, 7, 10),
        expiry=D(2029, 7, 10),
        tint=((236, 226, 240), (222, 210, 230)),
        surname="TRAN",
        given="VAN PHUC",
        face="dv-sans",
        bold="dv-sans-bold",
    )
    booklet = doc.spread(data_page, doc.vn_facing_page(seed))
    passport = drawn(
        "vietnam_passport_open_booklet",
        [booklet],
        "passport",
        phuc,
        "identity",
        ["vi", "en"],
        mrz_zone=zone,
        is_card=True,
    )
    birth = drawn(
        "vietnam_giay_khai_sinh_ban_sao",
        [doc.vn_birth(phuc, father, mother)],
        "birth_certificate",
        phuc,
        "identity",
        "vi",
    )
    translation = drawn(
        "giay_khai_sinh_translation",
        [doc.vn_translation(phuc, father_plain, mother_plain, tr)],
        "certificate_of_translation",
        phuc,
        "identity",
    )
    f1040 = drawn(
        "form_1040_2024",
        doc.form_1040(phuc, ssn, [street.split(",")[0], city], emily, 31842),
        "tax_record",
        phuc,
        "employment_and_taxes",
        proves=(D(2024, 1, 1), D(2024, 12, 31)),
    )
    transcript = drawn(
        "irs_account_transcript_2021",
        [doc.account_transcript(phuc, 2021, "4417", D(2026, 10, 5))],
        "tax_record",
        phuc,
        "employment_and_taxes",
        proves=(D(2021, 1, 1), D(2021, 12, 31)),
    )
    salon = ["LOTUS NAILS & SPA LLC", "6025 WESTHEIMER RD STE C", "HOUSTON TX 77057"]
    w2 = drawn(
        "w2_2025",
        [doc.w2(2025, phuc, ssn, salon, "76-0418823", 33510.4, [street, city])],
        "tax_record",
        phuc,
        "employment_and_taxes",
        proves=(D(2025, 1, 1), D(2025, 12, 31)),
    )
    stubs = [
        drawn(
            "salon_pay_stub",
            [doc.pay_stub(phuc, start, end, paid, 78.5, 12.0, 421.0, ytd, n)],
            "pay_record",
            phuc,
            "employment_and_taxes",
            proves=(start, end),
        )
        for n, (start, end, paid, ytd) in enumerate(
            [
                (D(2026, 10, 18), D(2026, 10, 31), D(2026, 11, 6), 28110.0),
                (D(2026, 11, 1), D(2026, 11, 14), D(2026, 11, 20), 29473.0),
            ]
        )
    ]
    letter = drawn(
        "nail_salon_employer_letter",
        [doc.salon_letter(phuc)],
        "employment_letter",
        phuc,
        "employment_and_taxes",
    )
    lease = drawn(
        "texas_apartment_lease",
        doc.tx_lease(phuc, emily, street.split(",")[0], city, D(2022, 10, 1), D(2023, 9, 30), 1085),
        "residence_record",
        phuc,
        "length_of_residence",
        proves=(D(2022, 10, 1), D(2023, 9, 30)),
    )
    tx_birth = drawn(
        "texas_birth_certificate",
        [doc.texas_birth(emily, phuc, "Le Thi Thu Ha", "142-22-118406", D(2026, 9, 14))],
        "birth_certificate",
        emily,
        "us_family",
    )
    g28 = drawn("g28", [doc.g28(phuc, a_number, rep, D(2026, 11, 2))], "g28", phuc, "other")
    placed = [
        capture.card_photo(passport, "scans/passport open.jpg", seed + 1, fill=0.8),
        capture.desk(birth, "scans/IMG_20261028_141207.jpg", seed + 2, turn=270, quality=55),
        capture.scan(translation, "scans/giay khai sinh translation.pdf", seed + 3),
        capture.copier([f1040, transcript], "scans/taxes.pdf", seed + 4),
        capture.scan(w2, "scans/W2 2025.jpg", seed + 5, dpi=150),
        capture.desk(
            stubs[0], "scans/paystub 10-31.jpg", seed + 6, surface="pale", dim=False, quality=66
        ),
        capture.desk(
            stubs[1], "scans/paystub 11-14.jpg", seed + 7, surface="pale", dim=False, quality=64
        ),
        fax(
            letter,
            "scans/salon letter fax.tif",
            seed + 8,
            "11/16/2026 09:05  LOTUS NAILS SPA  7135550148",
            fine=False,
            tiff=True,
        ),
        capture.desk(lease, ["scans/lease_p1.jpg", "scans/lease_p2.jpg"], seed + 9, quality=52),
        capture.scan(tx_birth, "scans/emily birth certificate.jpg", seed + 11, colour=True),
        capture.scan(g28, "scans/G-28.pdf", seed + 12, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": phuc.name,
            "a_number": a_number,
            "date_of_birth": phuc.born,
            "country": "Vietnam",
            "entered_us": D(2020, 6, 3),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Houston, TX",
            "next_hearing": D(2027, 3, 2),
            "hearing_type": "master",
            "opla_office": "Houston",
        },
        "request": {"type": "administrative_closure"},
        "representative": rep,
        "claims": {
            "residence_since": D(2020, 6, 15),
            "children": [{"name": emily.name, "date_of_birth": emily.born, "status": "usc"}],
            "education": True,
        },
        "translator": {"name": tr[0], "address": tr[1], "phone": tr[2]},
        "service": {"method": "ecas", "date": D(2026, 11, 24), "served_by": rep["name"]},
    }
    findings = [
        # The intake form says he finished adult ESL classes; no certificate or school record
        # is in the folder.
        {"code": "missing-evidence", "claim": "education"},
    ]
    allowed = [
        {"code": "low-ocr-confidence", "file": "scans/salon letter fax.tif"},
    ]
    return CasePlan(
        "tran",
        "blind18",
        case,
        placed,
        findings,
        allowed,
        notes="education claimed with nothing to show it; the salon letter is a standard-mode "
        "fax (204 x 98 dpi); the passport is one photo of the open booklet.",
    )


# ---------------------------------------------------------------- 3. Bronx, New York


def sow() -> CasePlan:
    """A Senegalese mother in the Bronx with chronic kidney disease, filing pro se: a passport
    upside down, the extrait (fed upside down) and its translation in one copier PDF, two New
    York City birth certificates (one a desk photo a quarter turn off), the nephrologist's
    letter, the food pantry's e-mail as a phone screenshot, two Con Edison bills in one PDF, a
    rent-stabilized renewal lease photographed page by page, her association's letter in French
    and English, the immigration court's hearing notice."""
    ndeye = Person("Ndèye Coumba", "Sow", D(1986, 6, 3), "F", "Kaolack")
    mamadou = Person("Mamadou Lamine", "Ba", D(2015, 3, 19), "M", "Bronx")
    aissatou = Person("Aïssatou", "Ba", D(2018, 11, 2), "F", "Bronx")
    kids_father = "Cheikh Tidiane Ba"
    father, mother = "Abdoulaye Sow", "Fatou Ndiaye"
    a_number = "206-118-942"
    street, city = "1947 Mapes Avenue, Apt 3F", "Bronx, NY 10460"
    tr = ("Mariama Diallo-Fofana", ["2340 Valentine Avenue", "Bronx, NY 10458"], "347-555-0133")
    seed = 18300

    sheet, zone = doc.passport(
        person=ndeye,
        seed=seed,
        country="SEN",
        heads=["RÉPUBLIQUE DU SÉNÉGAL / REPUBLIC OF SENEGAL", "CEDEAO  ECOWAS", "PASSEPORT"],
        labels=[
            ("Type", "P"),
            ("Code du pays / Country code", "{country}"),
            ("N° de passeport / Passport No.", "{number}"),
            ("Nom / Surname", "{surname}"),
            ("Prénoms / Given names", "{given}"),
            ("Nationalité / Nationality", "{nationality}"),
            ("Date de naissance / Date of birth", "{born}"),
            ("Sexe / Sex", "{sex}"),
            ("Lieu de naissance / Place of birth", "{place}"),
            ("Date de délivrance / Date of issue", "{issued}"),
            ("Date d'expiration / Date of expiry", "{expiry}"),
        ],
        number="A02918374",
        nationality="SÉNÉGALAISE",
        issued=D(2021, 1, 12),
        expiry=D(2031, 1, 11),
        tint=((226, 236, 222), (210, 226, 206)),
    )
    passport = drawn(
        "senegal_passport",
        [sheet],
        "passport",
        ndeye,
        "identity",
        ["fr", "en"],
        mrz_zone=zone,
        is_card=True,
    )
    extrait = drawn(
        "senegal_extrait_registre_naissance",
        [doc.senegal_extrait(ndeye, father, mother)],
        "birth_certificate",
        ndeye,
        "identity",
        "fr",
    )
    translation = drawn(
        "senegal_extrait_translation",
        [doc.senegal_translation(ndeye, father, mother, tr)],
        "certificate_of_translation",
        ndeye,
        "identity",
    )
    nyc = [
        drawn(
            "nyc_certificate_of_birth",
            [doc.nyc_birth(child, ndeye, kids_father, no, hospital, D(2026, 8, 20))],
            "birth_certificate",
            child,
            "us_family",
        )
        for child, no, hospital in (
            (mamadou, "156-15-011872", "BRONX RIVERSIDE HOSPITAL"),
            (aissatou, "156-18-062341", "NORTH CENTRAL BRONX HOSPITAL"),
        )
    ]
    hospital = drawn(
        "nephrology_letter",
        [doc.hospital_letter(ndeye, "BRH-00718823")],
        "medical_record",
        ndeye,
        "medical",
    )
    email = Paper(
        "food_pantry_email_screenshot",
        [doc.email_screenshot(ndeye)],
        "letter_of_support",
        ndeye.name,
        "community_ties",
    )
    account = "4630 1822 7700 014"
    bills = [
        drawn(
            "con_edison_bill",
            [doc.con_ed_bill(ndeye, [street, city], account, start, end, amount)],
            "residence_record",
            ndeye,
            "length_of_residence",
            proves=(start, end),
        )
        for start, end, amount in (
            (D(2026, 8, 14), D(2026, 9, 14), 96.41),
            (D(2026, 9, 14), D(2026, 10, 14), 81.07),
        )
    ]
    renewal = drawn(
        "nys_dhcr_renewal_lease",
        doc.dhcr_renewal(ndeye, "1947 Mapes Avenue", "3F", D(2025, 9, 1), D(2026, 8, 31), 1318.4),
        "residence_record",
        ndeye,
        "length_of_residence",
        proves=(D(2025, 9, 1), D(2026, 8, 31)),
    )
    association = drawn(
        "senegalese_association_letter",
        [doc.association_letter(ndeye)],
        "letter_of_support",
        ndeye,
        "community_ties",
        ["fr", "en"],
    )
    notice = drawn(
        "eoir_hearing_notice",
        [doc.hearing_notice(ndeye, a_number, D(2027, 3, 9), [street, city])],
        ("other", "court_record"),
        ndeye,
        "other",
    )
    placed = [
        capture.card_photo(passport, "scans/passeport.jpg", seed + 1, turn=180),
        copier_with_a_page_turned(
            [extrait, translation], "scans/extrait + translation.pdf", seed + 2, {1}
        ),
        capture.desk(nyc[0], "scans/IMG_0912.jpg", seed + 3, turn=90, quality=40),
        capture.scan(nyc[1], "scans/aissatou birth.pdf", seed + 4, dpi=150),
        capture.scan(hospital, "scans/hospital letter.jpg", seed + 5),
        screenshot(email, "scans/Screenshot_20261118-201544.png"),
        capture.copier(bills, "scans/coned.pdf", seed + 6),
        capture.desk(
            renewal,
            ["scans/renewal lease 1.jpg", "scans/renewal lease 2.jpg"],
            seed + 7,
            surface="pale",
            dim=True,
            quality=50,
        ),
        capture.desk(association, "scans/IMG_0931.jpg", seed + 9, surface="pale", dim=False),
        capture.scan(notice, "scans/court notice.pdf", seed + 10, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": ndeye.name,
            "a_number": a_number,
            "date_of_birth": ndeye.born,
            "country": "Senegal",
            "entered_us": D(2013, 10, 2),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "New York City, NY",
            "next_hearing": D(2027, 3, 9),
            "hearing_type": "master",
            "opla_office": "New York",
        },
        "request": {
            "type": "dismissal",
            "narrative": "I have lived in the Bronx since 2013. I raise my two children, who "
            "were born here, and I am treated for kidney disease at Bronx Riverside Hospital.",
        },
        "claims": {
            "children": [
                {"name": mamadou.name, "date_of_birth": mamadou.born, "status": "usc"},
                {"name": aissatou.name, "date_of_birth": aissatou.born, "status": "usc"},
            ],
            "medical": {
                "person": "self",
                "condition": "chronic kidney disease, stage 3b, from hypertension",
            },
            "community_ties": True,
        },
        "translator": {"name": tr[0], "address": tr[1], "phone": tr[2]},
        "service": {"method": "mail", "date": D(2026, 11, 23), "served_by": ndeye.name},
    }
    allowed = [
        {"code": "unclassified-document", "file": "scans/court notice.pdf"},
    ]
    return CasePlan(
        "sow",
        "blind18",
        case,
        placed,
        [],
        allowed,
        notes="pro se; no deliberate finding. The extrait is page 1 of its PDF, stored upside "
        "down; the food pantry's letter is an e-mail screenshot.",
    )


# ---------------------------------------------------------------- 4. Grand Island, Nebraska


def xiloj() -> CasePlan:
    """A K'iche' man from Quiché in Grand Island, Nebraska, renewing a 2025 denial: a passport
    a quarter turn off, the RENAP certificado on a pale desk with its translation scanned apart,
    the beef plant's letter, W-2s of 2010, 2011 and 2024 in one PDF (nothing dates 2012-2019
    but a 2015 court case), the county court's certificate of disposition (charges dismissed
    after diversion), the diversion certificate scanned twice, a 2026 course certificate, the
    G-28."""
    tomas = Person("Tomás", "Xiloj Tzunún", D(1985, 11, 2), "M", "Santa Cruz del Quiché")
    cui = "2548 87311 1401"
    father, mother = "Sebastián Xiloj Ixcoy", "Juana Tzunún Lux"
    a_number = "209-771-436"
    street, city = "1612 W. Koenig Street", "Grand Island, NE 68801"
    rep = _rep(
        "Catalina Oyelaran-Pruitt",
        "Heartland Immigrant Justice Partners",
        ["4223 S. 24th Street", "Omaha, NE 68107"],
        "402-555-0167",
        "coyelaran@hijp.example",
        "NC718402",
    )
    tr = ("Ana Lucía Sic Morales", ["2302 N. Webb Road", "Grand Island, NE 68803"], "308-555-0155")
    seed = 18400

    sheet, zone = doc.passport(
        person=tomas,
        seed=seed,
        country="GTM",
        heads=["REPÚBLICA DE GUATEMALA", "PASAPORTE / PASSPORT"],
        labels=[
            ("Tipo / Type", "P"),
            ("Código de país / Country code", "{country}"),
            ("No. de pasaporte / Passport No.", "{number}"),
            ("Apellidos / Surname", "{surname}"),
            ("Nombres / Given names", "{given}"),
            ("Nacionalidad / Nationality", "{nationality}"),
            ("Fecha de nacimiento / Date of birth", "{born_es}"),
            ("Sexo / Sex", "{sex}"),
            ("Lugar de nacimiento / Place of birth", "QUICHÉ, GTM"),
            ("Fecha de emisión / Date of issue", "{issued_es}"),
            ("Fecha de vencimiento / Date of expiry", "{expiry_es}"),
            ("CUI / Personal No.", cui),
            ("Autoridad / Authority", "INSTITUTO GUATEMALTECO DE MIGRACIÓN"),
        ],
        number="G05518274",
        nationality="GUATEMALTECA",
        issued=D(2024, 3, 8),
        expiry=D(2034, 3, 7),
        tint=((220, 232, 244), (204, 220, 238)),
        personal=cui.replace(" ", ""),
    )
    passport = drawn(
        "guatemala_passport",
        [sheet],
        "passport",
        tomas,
        "identity",
        ["es", "en"],
        mrz_zone=zone,
        is_card=True,
    )
    birth = drawn(
        "renap_certificado_de_nacimiento",
        [doc.renap(tomas, cui, father, mother)],
        "birth_certificate",
        tomas,
        "identity",
        "es",
    )
    translation = drawn(
        "renap_translation",
        [doc.renap_translation(tomas, cui, father, mother, tr)],
        "certificate_of_translation",
        tomas,
        "identity",
    )
    plant = drawn(
        "meatpacking_employer_letter",
        [doc.plant_letter(tomas)],
        "employment_letter",
        tomas,
        "employment_and_taxes",
        proves=(D(2019, 9, 9), D(2026, 10, 20)),
    )
    dairy = ["PRAIRIE GOLD DAIRY LLC", "2290 ROAD 435", "LEXINGTON NE 68850"]
    beef = ["PLATTE VALLEY BEEF PROCESSING LLC", "4100 W OLD POTASH HWY", "GRAND ISLAND NE 68803"]
    old_home = ["410 E. 7th Street", "Lexington, NE 68850"]
    w2s = [
        drawn(
            "w2",
            [doc.w2(year, tomas, "XXX-XX-6620", employer, ein, wages, home, "NE", control)],
            ("tax_record", "pay_record"),
            tomas,
            "employment_and_taxes",
            proves=(D(year, 1, 1), D(year, 12, 31)),
        )
        for year, employer, ein, wages, home, control in (
            (2010, dairy, "47-0815562", 21480.0, old_home, "0031"),
            (2011, dairy, "47-0815562", 22915.5, old_home, "0031"),
            (2024, beef, "84-2290417", 47266.8, [street, city], "GI-11873"),
        )
    ]
    court = drawn(
        "certificate_of_disposition",
        [doc.disposition(tomas, "CR15-2281")],
        "court_record",
        tomas,
        ("rehabilitation", "other"),
        proves=(D(2015, 7, 18), D(2016, 1, 12)),
    )
    diversion = drawn(
        "diversion_completion_certificate",
        [doc.diversion_certificate(tomas)],
        "other",
        tomas,
        "rehabilitation",
    )
    course = drawn(
        "alcohol_education_certificate",
        [doc.alcohol_course(tomas)],
        "other",
        tomas,
        "rehabilitation",
        proves=(D(2026, 5, 5), D(2026, 8, 18)),
    )
    g28 = drawn("g28", [doc.g28(tomas, a_number, rep, D(2026, 10, 26))], "g28", tomas, "other")
    first, second = "scans/diversion certificate.jpg", "scans/diversion certificate (2).jpg"
    placed = [
        capture.card_photo(passport, "scans/pasaporte.jpg", seed + 1, turn=270),
        capture.desk(
            birth, "scans/certificado renap.jpg", seed + 2, surface="pale", dim=False, quality=58
        ),
        capture.scan(translation, "scans/renap translation.pdf", seed + 3),
        capture.scan(plant, "scans/employer letter.pdf", seed + 4, dpi=150),
        capture.copier(w2s, "scans/W-2s.pdf", seed + 5),
        capture.scan(court, "scans/certificate of disposition.pdf", seed + 6),
        capture.twice(diversion, (first, second), seed + 7),
        capture.desk(course, "scans/IMG_3307.jpg", seed + 8, dim=True, quality=44),
        capture.scan(g28, "scans/G28.pdf", seed + 9, dpi=150),
    ]
    case = {
        "schema": 1,
        "respondent": {
            "name": tomas.name,
            "a_number": a_number,
            "date_of_birth": tomas.born,
            "country": "Guatemala",
            "entered_us": D(2009, 3, 10),
            "address": [street, city],
        },
        "proceedings": {
            "stage": "in_proceedings",
            "detained": False,
            "court": "Omaha, NE",
            "next_hearing": D(2027, 4, 20),
            "hearing_type": "individual",
            "opla_office": "Omaha",
        },
        "request": {
            "type": "dismissal",
            "prior_request": {
                "date": D(2025, 5, 14),
                "outcome": "denied",
                "changes": "Since the denial he completed a 16-week alcohol and drug education "
                "and relapse prevention group, was promoted to line lead at the plant, and "
                "obtained the court's certificate showing the 2015 charges were dismissed.",
            },
            "narrative": "Mr. Xiloj's first language is K'iche'; he speaks some Spanish and "
            "little English. He has lived in Nebraska since 2009.",
        },
        "representative": rep,
        "claims": {"residence_since": D(2009, 3, 10)},
        "translator": {"name": tr[0], "address": tr[1], "phone": tr[2]},
        "service": {"method": "email", "date": D(2026, 11, 25), "served_by": rep["name"]},
        "negative_factors": [
            {
                "kind": "arrest",
                "description": "Disturbing the peace and consuming alcohol in public, Grand "
                "Island, Hall County Court case CR15-2281",
                "date": D(2015, 7, 18),
                "disposition": "dismissed January 12, 2016 after pretrial diversion; no conviction",
            }
        ],
    }
    findings = [
        # W-2s date 2010-2011, the court case 2015-2016, the plant letter 2019 on: nothing
        # dates January 2012 to July 2015 or January 2016 to September 2019.
        {"code": "residence-gap", "claim": "residence_since"},
        {"code": "duplicate-document", "file": [second, first]},
    ]
    allowed = [
        # DESIGN.md: a renewal whose folder holds evidence older than the denial (old W-2s,
        # the 2016 certificate) may get a note.
        {"code": "stale-evidence", "claim": "request.prior_request"},
        {"code": "unclassified-document", "file": [first, second]},
    ]
    return CasePlan(
        "xiloj",
        "blind18",
        case,
        placed,
        findings,
        allowed,
        notes="a renewal; true residence gaps 2012-01..2015-07 and 2016-01..2019-09 (only the "
        "employer letter dates 2019-2023); the diversion certificate scanned twice.",
    )


CASES: dict[str, Callable[[], CasePlan]] = {
    "saint_fleur": saint_fleur,
    "tran": tran,
    "sow": sow,
    "xiloj": xiloj,
}


def write_corpus(root: Path, only: list[str] | None = None) -> list[Path]:
    """Write every case of this corpus (or those named) under ``root``; returns the folders."""
    return write_plans(CASES, root, only)


if __name__ == "__main__":
    write_from_command_line(CASES, __doc__)
