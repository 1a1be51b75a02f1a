"""Scans for finding the documents in the files (packet/segment.py): invented people only.

A copier's PDF holding a birth certificate, a two-page report card, a W-2 and a letter; a lease
photographed page by page (lease_p1.jpg ... lease_p3.jpg); a two-page letter that is one
document; a fax's multi-page TIFF of a pay stub and a letter; an employment letter with its pay
stub scanned as one file; and a letter photographed by a phone's counter (IMG_0101.jpg,
IMG_0102.jpg) that only case.yaml can join. Pages are drawn at 150 dpi by tests/make_inputs.py.
Usage: ``python -m tests.segment_inputs FOLDER [--overrides]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

from tests.make_inputs import DPI, save, text_page

RESPONDENT = "Marisol Vega Torres"
CHILD = "Daniel Vega Torres"

BIRTH_CERTIFICATE = (
    "CERTIFICATE OF LIVE BIRTH",
    "State of Illinois - Department of Public Health",
    f"Child's name: {CHILD}",
    "Date of birth: March 3, 2013",
    "Place of birth: Saint Anthony Hospital, Chicago",
    f"Mother's name: {RESPONDENT}",
    "Father's name: Ernesto Vega Luna",
    "Date filed: March 10, 2013",
)
REPORT_CARD = (
    (
        "STUDENT REPORT CARD",
        "Chicago Public Schools - School Year 2023-2024",
        f"Student: {CHILD}    Grade: 5",
        "Homeroom teacher: Ms. Helen Brandt",
        "English Language Arts     A",
        "Mathematics               A-",
        "Science                   B+",
        "Attendance: 171 of 174 days present",
    ),
    (
        "Teacher comments",
        "Daniel is curious and kind to his classmates.",
        "He reads above grade level and helps others.",
        "Parent conferences were attended each quarter.",
        "Principal: Dr. Nora Quinlan",
        "Date: June 14, 2024",
    ),
)
W2 = (
    "Form W-2 Wage and Tax Statement 2022",
    "Employer: Lakeview Produce Company",
    "Employer identification number: 36-4410927",
    f"Employee: {RESPONDENT}",
    "Wages, tips, other compensation: 29,410.00",
    "Federal income tax withheld: 1,902.00",
    "Social security wages: 29,410.00",
    "Department of the Treasury - Internal Revenue Service",
)
SUPPORT_LETTER = (
    "Parroquia Santa Ana - 2200 W. 24th Street, Chicago",
    "January 12, 2025",
    "To Whom It May Concern:",
    "I write this letter of support for",
    f"{RESPONDENT}, whom I have known since 2010.",
    "She volunteers at our food pantry each week",
    "and is a devoted mother to her son.",
    "Sincerely,",
    "Rev. Paul Okonkwo, Pastor",
)
LEASE = (
    (
        "RESIDENTIAL LEASE AGREEMENT",
        "Landlord: Cermak Homes LLC",
        f"Tenant: {RESPONDENT}",
        "Premises: 3315 W. 25th Street, Apt. 1, Chicago",
        "Term: July 1, 2018 to June 30, 2020",
        "Monthly rent: 950 dollars due on the first",
    ),
    (
        "4. Tenant shall keep the premises clean.",
        "5. No pets without written consent.",
        "6. Repairs are reported in writing.",
        "7. Utilities other than water are paid",
        "by the tenant of the apartment.",
    ),
    (
        "8. This agreement binds both parties.",
        "Signed this 20th day of June, 2018.",
        "Landlord: Cermak Homes LLC",
        f"Tenant: {RESPONDENT}",
    ),
)
NEIGHBOUR_LETTER = (
    (
        "Dear Immigration Judge,",
        "January 20, 2025",
        "My name is Teresa Kowalczyk and I live",
        "next door to Marisol Vega Torres.",
        "I have known her for many years, since",
        "she moved to our block in 2012.",
        "Page 1 of 2",
    ),
    (
        "When my husband was sick she brought us",
        "meals and drove me to the hospital.",
        "She is honest and hardworking and our",
        "street would be poorer without her.",
        "Sincerely,",
        "Teresa Kowalczyk",
        "Page 2 of 2",
    ),
)
EMPLOYMENT_LETTER = (
    "Lakeview Produce Company - 1400 S. Blue Island Ave.",
    "Employment Verification",
    "February 2, 2025",
    "This letter is to verify that",
    f"{RESPONDENT} has been employed by our",
    "company since April 2016 as a packer.",
    "She works 40 hours per week.",
    "Ruth Adler, Office Manager",
)
PAY_STUB = (
    "EARNINGS STATEMENT",
    "Lakeview Produce Company",
    f"Employee: {RESPONDENT}",
    "Pay period: January 1, 2025 to January 15, 2025",
    "Gross pay: 1,240.00    Net pay: 1,051.00",
    "Federal withholding: 96.00",
)
LATER_PAY_STUB = tuple(
    line.replace(
        "January 1, 2025 to January 15, 2025", "January 16, 2025 to January 31, 2025"
    ).replace("1,051.00", "1,049.00")
    for line in PAY_STUB
)
SCHOOL_LETTER = (
    "Dear Immigration Judge,",
    "February 4, 2025",
    "I am the principal of the school her son",
    f"attends. {RESPONDENT} has volunteered",
    "at our library since 2019 and is known",
    "to every family of our community.",
    "Respectfully, Dr. Nora Quinlan",
)
TEACHER_LETTER = (
    (
        "Morrill Elementary School - 6011 S. Rockwell",
        "To Whom It May Concern:",
        "I am writing on behalf of my student's",
        f"mother, {RESPONDENT}. She has come",
        "to every school event since 2019.",
    ),
    (
        "She volunteers in our library on Fridays",
        "and our school community values her.",
        "Respectfully,",
        "Carla Jimenez, Teacher",
    ),
)

CASE_YAML = f"""schema: 1
respondent:
  name: {RESPONDENT}
  a_number: "A212-334-556"
  date_of_birth: 1988-06-02
  country: Mexico
  entered_us: 2008-05-01
proceedings: {{stage: in_proceedings, court: "Chicago, IL", opla_office: Chicago}}
request: {{type: dismissal}}
claims:
  residence_since: 2008-05-01
  children:
    - {{name: {CHILD}, date_of_birth: 2013-03-03, status: usc}}
  education: true
  community_ties: true
"""

OVERRIDES = """documents:
  - {file: scans/work.pdf, pages: "1-2", type: employment_letter, about: Marisol Vega Torres}
  - {file: scans/IMG_0101.jpg, more_pages: [scans/IMG_0102.jpg]}
"""


def scan_pdf(pages: list[tuple[str, ...]]) -> bytes:
    frames = [text_page(lines=lines, mode="L") for lines in pages]
    return save(frames[0], "PDF", resolution=DPI, save_all=True, append_images=frames[1:])


def photo(lines: tuple[str, ...]) -> bytes:
    page: Image.Image = text_page(lines=lines, mode="L")
    return save(page, "JPEG", quality=80, dpi=(DPI, DPI))


def fax_tiff(pages: list[tuple[str, ...]]) -> bytes:
    """A fax machine's multi-page TIFF, 1-bit, Group 4."""
    frames = [text_page(lines=lines, mode="1") for lines in pages]
    return save(
        frames[0],
        "TIFF",
        compression="group4",
        save_all=True,
        append_images=frames[1:],
        dpi=(DPI, DPI),
    )


def scans() -> dict[str, bytes]:
    return {
        "scans/copier_stack.pdf": scan_pdf([BIRTH_CERTIFICATE, *REPORT_CARD, W2, SUPPORT_LETTER]),
        "scans/lease_p1.jpg": photo(LEASE[0]),
        "scans/lease_p2.jpg": photo(LEASE[1]),
        "scans/lease_p3.jpg": photo(LEASE[2]),
        "scans/neighbour_letter.pdf": scan_pdf(list(NEIGHBOUR_LETTER)),
        "scans/work.pdf": scan_pdf([EMPLOYMENT_LETTER, PAY_STUB, W2]),
        "scans/IMG_0101.jpg": photo(TEACHER_LETTER[0]),
        "scans/IMG_0102.jpg": photo(TEACHER_LETTER[1]),
        "scans/fax.tiff": fax_tiff([LATER_PAY_STUB, SCHOOL_LETTER]),
    }


def write_case(folder: Path, overrides: bool = False) -> Path:
    """A case folder with every scan above; with ``overrides``, case.yaml corrects the reading."""
    for name, data in scans().items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (folder / "case.yaml").write_text(CASE_YAML + (OVERRIDES if overrides else ""), "utf-8")
    return folder


if __name__ == "__main__":
    write_case(Path(sys.argv[1]), overrides="--overrides" in sys.argv)
