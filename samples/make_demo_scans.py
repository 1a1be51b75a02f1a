"""Generate the demo case's scans: invented people, rendered like phone photos and scanner output.

Deterministic: the same script writes the same bytes, so the OCR cache stays warm across runs.
Pages are rendered at 200 dpi with a real TrueType font, turned slightly, speckled and saved as
JPEG, the way a client's phone or a library scanner delivers them. Usage:

    python samples/make_demo_scans.py samples/demo-case
"""

from __future__ import annotations

import io
import random
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

DPI = 200
PAGE = (int(8.5 * DPI), int(11 * DPI))
FONTS = Path(reportlab.__file__).parent / "fonts"

# A document is a list of blocks: (kind, text). Kinds: title, heading, text, field, rule, gap.
BIRTH_CERTIFICATE = [
    ("small", "STATE OF ILLINOIS - DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS"),
    ("title", "CERTIFICATE OF LIVE BIRTH"),
    ("small", "Cook County Clerk - Certified Copy"),
    ("rule", ""),
    ("field", "CHILD'S NAME:  Sofía Hernández Márquez"),
    ("field", "DATE OF BIRTH:  August 14, 2012        SEX:  Female"),
    ("field", "PLACE OF BIRTH:  Mount Sinai Hospital, Chicago, Cook County, Illinois"),
    ("rule", ""),
    ("field", "MOTHER'S NAME:  Rosa Delia Márquez Fuentes"),
    ("field", "MOTHER'S BIRTHPLACE:  Puebla, Mexico"),
    ("field", "FATHER'S NAME:  Julián Hernández Soto"),
    ("field", "FATHER'S BIRTHPLACE:  Oaxaca, Mexico"),
    ("rule", ""),
    ("field", "DATE FILED:  08/21/2012        FILE NUMBER:  112-2012-048213"),
    ("gap", ""),
    (
        "text",
        "This is to certify that this is a true and correct copy of the official record "
        "filed with the Illinois Department of Public Health.",
    ),
    ("gap", ""),
    ("field", "Registrar of Vital Records        Issued: 03/02/2024"),
]

ACTA = [
    ("small", "ESTADOS UNIDOS MEXICANOS - REGISTRO CIVIL - ESTADO DE PUEBLA"),
    ("title", "ACTA DE NACIMIENTO"),
    ("rule", ""),
    ("field", "Nombre:  Rosa Delia Márquez Fuentes"),
    ("field", "Fecha de nacimiento:  19 de abril de 1986"),
    ("field", "Lugar de nacimiento:  Atlixco, Puebla, México"),
    ("field", "Sexo:  Mujer"),
    ("rule", ""),
    ("heading", "Datos de los padres"),
    ("field", "Madre:  Elena Fuentes Ramírez        Nacionalidad: Mexicana"),
    ("field", "Padre:  Tomás Márquez Villa        Nacionalidad: Mexicano"),
    ("rule", ""),
    ("field", "Oficialía:  0003        Libro:  2        Acta:  00415"),
    ("field", "Fecha de registro:  2 de mayo de 1986"),
    ("gap", ""),
    (
        "text",
        "El Juez del Registro Civil certifica que los datos asentados son copia fiel "
        "del acta que obra en el archivo de esta oficina.",
    ),
]

REPORT_CARD = [
    [
        ("small", "CHICAGO PUBLIC SCHOOLS - DISTRICT 299"),
        ("title", "STUDENT REPORT CARD"),
        ("small", "Benito Juárez Community Academy - School Year 2023-2024"),
        ("rule", ""),
        ("field", "Student:  Sofía Hernández Márquez        Grade:  6"),
        ("field", "Student ID:  50417732        Homeroom Teacher:  Ms. Patricia Novak"),
        ("rule", ""),
        ("field", "SUBJECT                 Q1    Q2    Q3    Q4"),
        ("field", "English Language Arts    A     A     A-    A"),
        ("field", "Mathematics              B+    A-    A     A"),
        ("field", "Science                  A     A     B+    A"),
        ("field", "Social Science           A     A     A     A"),
        ("field", "Physical Education       A     A     A     A"),
        ("rule", ""),
        ("field", "Attendance: 176 of 178 days present"),
    ],
    [
        ("heading", "Teacher comments"),
        (
            "text",
            "Sofía is a dedicated student who helps her classmates and participates in the "
            "science club. She reads above grade level and has been on the honor roll every "
            "quarter this year.",
        ),
        ("gap", ""),
        (
            "text",
            "Parent or guardian: Rosa Delia Márquez Fuentes attended all parent-teacher "
            "conferences this school year.",
        ),
        ("gap", ""),
        ("field", "Principal:  Dr. Alan Whitaker        Date:  June 12, 2024"),
    ],
]

TAX_2019 = [
    ("small", "Department of the Treasury - Internal Revenue Service"),
    ("title", "Tax Return Transcript"),
    ("field", "Request Date: 02-15-2024        Response Date: 02-15-2024"),
    ("field", "Tax Period Ending: Dec. 31, 2019"),
    ("rule", ""),
    ("field", "SSN/ITIN Provided: 9XX-XX-4417"),
    ("field", "Spouse SSN: (none)"),
    ("field", "Name(s) Shown on Return: ROSA D MARQUEZ FUENTES"),
    ("field", "Address: 2718 S KOMENSKY AVE, CHICAGO, IL 60623"),
    ("field", "Filing Status: Head of Household"),
    ("field", "Form Number: 1040"),
    ("rule", ""),
    ("field", "WAGES, SALARIES, TIPS, ETC: ..................... $31,240.00"),
    ("field", "ADJUSTED GROSS INCOME: .......................... $31,240.00"),
    ("field", "TAXABLE INCOME: ................................. $12,840.00"),
    ("field", "TOTAL TAX LIABILITY TP FIGURES: ................... $1,286.00"),
]

TAX_2022 = [
    ("small", "Department of the Treasury - Internal Revenue Service"),
    ("title", "Tax Return Transcript"),
    ("field", "Request Date: 02-15-2024        Response Date: 02-15-2024"),
    ("field", "Tax Period Ending: Dec. 31, 2022"),
    ("rule", ""),
    ("field", "SSN/ITIN Provided: 9XX-XX-4417"),
    ("field", "Name(s) Shown on Return: ROSA D MARQUEZ FUENTES"),
    ("field", "Address: 2718 S KOMENSKY AVE, CHICAGO, IL 60623"),
    ("field", "Filing Status: Head of Household"),
    ("field", "Form Number: 1040"),
    ("rule", ""),
    ("field", "WAGES, SALARIES, TIPS, ETC: ..................... $38,905.00"),
    ("field", "ADJUSTED GROSS INCOME: .......................... $38,905.00"),
    ("field", "TAXABLE INCOME: ................................. $18,105.00"),
]

LEASE = [
    ("title", "RESIDENTIAL LEASE AGREEMENT"),
    ("rule", ""),
    (
        "text",
        "This Lease Agreement is made on May 20, 2014 between Komensky Properties LLC "
        "(Landlord) and Rosa Delia Márquez Fuentes (Tenant).",
    ),
    ("field", "Premises:  2718 S. Komensky Ave., Apt. 2, Chicago, IL 60623"),
    ("field", "Term:  June 1, 2014 through May 31, 2016"),
    ("field", "Monthly rent:  $875.00, due on the first day of each month"),
    ("field", "Security deposit:  $875.00"),
    ("gap", ""),
    (
        "text",
        "Tenant shall keep the premises clean and sanitary and shall not sublet without "
        "the written consent of the Landlord. Utilities other than water are paid by Tenant.",
    ),
    ("gap", ""),
    ("field", "Landlord: Gary Kowalski, Komensky Properties LLC"),
    ("field", "Tenant: Rosa Delia Márquez Fuentes"),
]

UTILITY = [
    ("title", "ComEd  -  Your Electric Bill"),
    ("field", "Account Number:  0448 21 7730        Bill Date: March 8, 2023"),
    ("field", "Service Address:  2718 S KOMENSKY AVE APT 2, CHICAGO IL 60623"),
    ("field", "Customer:  ROSA MARQUEZ"),
    ("rule", ""),
    ("field", "Billing Period:  Feb 3, 2023 - Mar 6, 2023   (31 days)"),
    ("field", "Electricity used: 412 kWh"),
    ("field", "Amount Due:  $68.44        Due Date: March 29, 2023"),
]

PASTOR = [
    ("title", "Parroquia San Pío V"),
    ("small", "1919 S. Ashland Ave., Chicago, IL 60608"),
    ("rule", ""),
    ("field", "January 10, 2025"),
    ("gap", ""),
    ("field", "To Whom It May Concern:"),
    ("gap", ""),
    (
        "text",
        "I write this letter of support for Rosa Delia Márquez Fuentes, whom I have known "
        "since 2009 as an active member of our parish. Every Saturday she volunteers at our "
        "food pantry, and she has taught catechism to the children of our congregation for "
        "more than ten years.",
    ),
    ("gap", ""),
    (
        "text",
        "Rosa is honest, hardworking and deeply devoted to her two children. Our community "
        "would lose a generous neighbor if she were removed. I respectfully ask that you "
        "allow her to remain with her family.",
    ),
    ("gap", ""),
    ("field", "Sincerely,"),
    ("field", "Rev. Michael Dunne, Pastor"),
]

EMPLOYER = [
    ("title", "Lakeside Commercial Cleaning, Inc."),
    ("small", "4400 W. 26th Street, Chicago, IL 60623 - (773) 555-0142"),
    ("rule", ""),
    ("field", "February 3, 2025"),
    ("gap", ""),
    ("heading", "Employment Verification"),
    (
        "text",
        "This letter is to verify employment of Rosa Delia Márquez Fuentes, who has been "
        "employed by our company since March 2017 in the position of shift supervisor. "
        "She works full-time, 40 hours per week, at $21.50 per hour.",
    ),
    ("gap", ""),
    (
        "text",
        "Ms. Márquez is a reliable supervisor who trains new staff and has never missed a "
        "shift without notice. We would gladly continue her employment.",
    ),
    ("gap", ""),
    ("field", "Linda Park, Human Resources Manager"),
]

G28 = [
    ("small", "DEPARTMENT OF HOMELAND SECURITY"),
    ("title", "Form G-28"),
    ("heading", "Notice of Entry of Appearance as Attorney or Accredited Representative"),
    ("rule", ""),
    ("field", "Part 1. Information About Attorney or Accredited Representative"),
    ("field", "Name:  Laura Beth Okafor        EOIR ID:  XK493021"),
    ("field", "Organization:  Lakeshore Immigrant Legal Aid"),
    ("field", "Address:  77 W. Jackson Blvd., Suite 410, Chicago, IL 60604"),
    ("rule", ""),
    ("field", "Part 2. Eligibility Information for Attorney or Accredited Representative"),
    ("field", "[X] I am an attorney eligible to practice law in Illinois."),
    ("rule", ""),
    ("field", "Part 3. Notice of Appearance: Client"),
    ("field", "Client:  Rosa Delia Márquez Fuentes        A-Number:  A208-415-337"),
    ("rule", ""),
    ("field", "Part 4. Client's Consent to Representation and Signature"),
    ("field", "Signature of client: ____________________    Date: 01/06/2025"),
]

COMPLETION = [
    ("small", "CIRCUIT COURT OF COOK COUNTY - ADULT PROBATION DEPARTMENT"),
    ("title", "CERTIFICATE OF COMPLETION"),
    ("rule", ""),
    (
        "text",
        "This certifies that Rosa Delia Márquez Fuentes, defendant in case number "
        "14-DT-003318, has completed all conditions of probation, including twelve "
        "hours of alcohol risk education and a victim impact panel.",
    ),
    ("gap", ""),
    ("field", "Probation term:  September 15, 2014 to September 14, 2015"),
    ("field", "Disposition:  Probation completed satisfactorily"),
    ("gap", ""),
    ("field", "Probation Officer: Denise Carter        Date: September 21, 2015"),
]

TRANSLATION = [
    "Translation from Spanish into English",
    "",
    "UNITED MEXICAN STATES - CIVIL REGISTRY - STATE OF PUEBLA",
    "BIRTH CERTIFICATE (Acta de nacimiento)",
    "",
    "Name: Rosa Delia Márquez Fuentes",
    "Date of birth: April 19, 1986",
    "Place of birth: Atlixco, Puebla, Mexico",
    "Sex: Female",
    "Mother: Elena Fuentes Ramírez, Mexican",
    "Father: Tomás Márquez Villa, Mexican",
    "Office: 0003   Book: 2   Certificate: 00415",
    "Date of registration: May 2, 1986",
    "The Judge of the Civil Registry certifies that the data entered are a true copy of the",
    "certificate kept in the archive of this office.",
    "",
    "CERTIFICATE OF TRANSLATION",
    "",
    "I, Carmen Ibarra Solís, certify that I am competent to translate from Spanish into",
    "English, and that the above is a true and accurate translation of the attached",
    "birth certificate (acta de nacimiento) of Rosa Delia Márquez Fuentes.",
    "",
    "Signature: ______________________     Date: January 8, 2025",
    "Carmen Ibarra Solís, 3150 W. Cermak Rd., Chicago, IL 60623",
]


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / ("VeraBd.ttf" if bold else "Vera.ttf")), size)


def render(blocks: list[tuple[str, str]]) -> Image.Image:
    page = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(page)
    margin, y = 170, 190
    styles = {
        "title": (58, True),
        "heading": (38, True),
        "small": (28, False),
        "field": (34, False),
        "text": (34, False),
    }
    for kind, text in blocks:
        if kind == "rule":
            draw.line([(margin, y + 10), (PAGE[0] - margin, y + 10)], fill=40, width=3)
            y += 40
            continue
        if kind == "gap":
            y += 30
            continue
        size, bold = styles[kind]
        face = font(size, bold)
        lines = textwrap.wrap(text, 78) if kind == "text" else [text]
        for line in lines:
            width = draw.textlength(line, font=face)
            x = (PAGE[0] - width) / 2 if kind in ("title", "small") else margin
            draw.text((x, y), line, font=face, fill=20)
            y += int(size * 1.5)
    return page


def as_scan(page: Image.Image, rng: random.Random) -> Image.Image:
    """Make a clean render look scanned: a slight turn, soft focus, speckles, grey paper."""
    page = page.rotate(rng.uniform(-1.6, 1.6), resample=Image.Resampling.BICUBIC, fillcolor=235)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    speckles = Image.frombytes("L", page.size, rng.randbytes(page.size[0] * page.size[1]))
    speckles = speckles.point(lambda v: 0 if v < 2 else 255)  # ~1% dark specks
    page = Image.composite(page, Image.new("L", page.size, 90), speckles)
    return page.point(lambda v: int(235 * v / 255) + 12)


def jpeg_bytes(image: Image.Image, quality: int = 72, exif: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality, dpi=(DPI, DPI), **({"exif": exif} if exif else {}))
    return buf.getvalue()


def sideways_with_exif(image: Image.Image) -> bytes:
    """A phone photo held sideways: pixels stored turned, EXIF orientation 6 says how to show it."""
    exif = Image.Exif()
    exif[0x0112] = 6
    return jpeg_bytes(image.transpose(Image.Transpose.ROTATE_90), exif=exif.tobytes())


def scanned_pdf(pages: list[Image.Image]) -> bytes:
    buf = io.BytesIO()
    fixed = datetime(
        2025, 1, 6, 9, 30
    ).timetuple()  # a real time would make every run write new bytes
    pages[0].save(
        buf,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=pages[1:],
        creationDate=fixed,
        modDate=fixed,
    )
    return buf.getvalue()


def png_bytes(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=(DPI, DPI), optimize=True)
    return buf.getvalue()


def translation_pdf() -> bytes:
    """A born-digital translation, typed by the translator: it has a text layer of its own."""
    pdfmetrics.registerFont(TTFont("Vera", str(FONTS / "Vera.ttf")))
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=LETTER, invariant=True)
    canvas.setFont("Vera", 11)
    y = 720
    for line in TRANSLATION:
        canvas.drawString(72, y, line)
        y -= 17
    canvas.save()
    return buf.getvalue()


def demo_files() -> dict[str, bytes]:
    rng = random.Random(20261124)

    def scan(blocks: list[tuple[str, str]]) -> Image.Image:
        return as_scan(render(blocks), rng)

    return {
        "scans/IMG_2041.jpg": sideways_with_exif(scan(BIRTH_CERTIFICATE)),
        "scans/acta_nacimiento.jpg": jpeg_bytes(scan(ACTA)),
        "scans/acta_translation.pdf": translation_pdf(),
        "scans/report_card_2024.pdf": scanned_pdf([scan(p) for p in REPORT_CARD]),
        "scans/irs_transcript_2019.jpg": jpeg_bytes(scan(TAX_2019)),
        "scans/irs_transcript_2022.png": png_bytes(scan(TAX_2022)),
        "scans/lease_2014.jpg": jpeg_bytes(scan(LEASE)),
        "scans/comed_bill_2023.jpg": jpeg_bytes(scan(UTILITY)),
        "scans/letter_pastor.jpg": jpeg_bytes(scan(PASTOR)),
        "scans/employment_letter.jpg": jpeg_bytes(scan(EMPLOYER)),
        "scans/g28.pdf": scanned_pdf([scan(G28)]),
        "scans/probation_completion.jpg": jpeg_bytes(scan(COMPLETION)),
    }


def write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def main(case_dir: Path) -> None:
    written = [
        name for name, data in demo_files().items() if write_if_changed(case_dir / name, data)
    ]
    print(f"demo scans in {case_dir / 'scans'}: {len(written)} written, the rest unchanged")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "demo-case"))
