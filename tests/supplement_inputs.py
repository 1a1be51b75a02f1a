"""Evidence that arrives after the demo packet was filed (invented people), for supplements.

Scans are rendered like the demo's (samples/make_demo_scans.py) and deterministic, so the OCR
cache stays warm across runs. ``renewal`` is what the first supplement adds (a birth certificate
issued after the denial, a letter written before it, a clearer rescan of the pastor's letter
saved over the old file); ``late_evidence`` what the second adds (a letter, and the signed
translator's certificate for the birth certificate translation filed in the first, whose own
certificate had no telephone number and an empty signature line).
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from samples.make_demo_scans import FONTS, PASTOR, as_scan, jpeg_bytes, render

DENIED = "2025-06-02"
CHANGES = (
    "Since the denial, Ms. Márquez obtained her son Mateo's birth certificate, and her "
    "neighbors have written in her support."
)

MATEO_BIRTH_CERTIFICATE = [
    ("small", "STATE OF ILLINOIS - DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS"),
    ("title", "CERTIFICATE OF LIVE BIRTH"),
    ("small", "Cook County Clerk - Certified Copy"),
    ("rule", ""),
    ("field", "CHILD'S NAME:  Mateo Hernández Márquez"),
    ("field", "DATE OF BIRTH:  February 27, 2016        SEX:  Male"),
    ("field", "PLACE OF BIRTH:  Mount Sinai Hospital, Chicago, Cook County, Illinois"),
    ("rule", ""),
    ("field", "MOTHER'S NAME:  Rosa Delia Márquez Fuentes"),
    ("field", "FATHER'S NAME:  Julián Hernández Soto"),
    ("rule", ""),
    ("field", "FILE NUMBER:  112-2016-011872"),  # no filing date: the copy's date is its issue
    ("gap", ""),
    (
        "text",
        "This is to certify that this is a true and correct copy of the official record "
        "filed with the Illinois Department of Public Health.",
    ),
    ("gap", ""),
    ("field", "DATE ISSUED:  09/15/2025"),
    ("field", "Registrar of Vital Records"),
]


def support_letter(day: str, writer: str, body: str) -> list[tuple[str, str]]:
    return [
        ("title", writer),
        ("rule", ""),
        ("field", day),
        ("gap", ""),
        ("field", "To Whom It May Concern:"),
        ("gap", ""),
        ("text", body),
        ("gap", ""),
        ("field", "Sincerely,"),
        ("field", writer),
    ]


NEIGHBOR = support_letter(
    "March 10, 2025",  # before the denial: not new evidence for the renewal
    "Gloria Esperanza Ruiz",
    "I write this letter of support for Rosa Delia Márquez Fuentes, my neighbor since 2011. "
    "She cares for the children of our building after school and helps the elderly neighbors "
    "with their shopping.",
)
COACH = support_letter(
    "January 12, 2026",
    "Daniel Okonkwo Reyes",
    "I write this letter of support for Rosa Delia Márquez Fuentes. Since 2024 she has "
    "coached the youth soccer team of our neighborhood park and drives the children to every "
    "game.",
)


def renewal(case_dir: Path) -> None:
    """The first supplement: case.yaml renews the denied request; three scans arrive."""
    rng = random.Random(21)
    scans = case_dir / "scans"
    (scans / "mateo_birth.jpg").write_bytes(
        jpeg_bytes(as_scan(render(MATEO_BIRTH_CERTIFICATE), rng))
    )
    (scans / "letter_neighbor.jpg").write_bytes(jpeg_bytes(as_scan(render(NEIGHBOR), rng)))
    # the same paper scanned again, better: other bytes under the same name
    (scans / "letter_pastor.jpg").write_bytes(jpeg_bytes(as_scan(render(PASTOR), rng), 90))
    case_yaml = case_dir / "case.yaml"
    text = case_yaml.read_text(encoding="utf-8")
    prior = f'  prior_request:\n    date: {DENIED}\n    outcome: denied\n    changes: "{CHANGES}"\n'
    case_yaml.write_text(
        text.replace("  type: dismissal\n", f"  type: dismissal\n{prior}"), encoding="utf-8"
    )


def late_evidence(case_dir: Path) -> None:
    """The second supplement: one more letter, and the translator's signed certificate."""
    rng = random.Random(2126)
    (case_dir / "scans" / "letter_coach.jpg").write_bytes(jpeg_bytes(as_scan(render(COACH), rng)))
    (case_dir / "scans" / "acta_certificate.pdf").write_bytes(late_certificate_pdf())


# The translator's certificate, signed, sent after the translation was filed: it completes the
# translation filed in the first packet (Exhibit A), whose own certificate lacked a telephone
# number and a signature.
LATE_CERTIFICATE = [
    "CERTIFICATE OF TRANSLATION",
    "",
    "I, Carmen Ibarra Solís, certify that I am competent to translate from Spanish into",
    "English, and that the English translation of the birth certificate (acta de nacimiento)",
    "of Rosa Delia Márquez Fuentes, filed with it, is a true and accurate translation.",
    "",
    "Signature: /s/ Carmen Ibarra Solís     Date: January 20, 2026",
    "Carmen Ibarra Solís, 3150 W. Cermak Rd., Chicago, IL 60623",
    "Telephone: (312) 555-0144",
]


def late_certificate_pdf() -> bytes:
    """Typed by the translator and signed electronically ("/s/"): a text layer of its own."""
    pdfmetrics.registerFont(TTFont("Vera", str(FONTS / "Vera.ttf")))
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=LETTER, invariant=True)
    canvas.setFont("Vera", 11)
    for i, line in enumerate(LATE_CERTIFICATE):
        canvas.drawString(72, 720 - 17 * i, line)
    canvas.save()
    return buf.getvalue()
