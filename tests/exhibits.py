"""Made-up compositions for assembly tests and the assembly benchmark: generated PDFs, no OCR.

``made_up_composition`` builds what compose hands to assemble (front matter, exhibits, a cover
page, tab dividers, a certificate of service) from tiny reportlab PDFs, so assembly is tested on
its own. Every page says what it is ("Exhibit C page 2 of 3"), so a test can read where it landed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from packet.case import Case
from packet.exhibits import exhibit_letter
from packet.records import Composition, Document, Exhibit, FrontMatter

CASE = {
    "schema": 1,
    "respondent": {"name": "Ana Invented Ruiz", "a_number": "A012-345-678"},
    "request": {"type": "dismissal"},
    "representative": {"name": "Pat Example", "organization": "Example Legal Aid"},
}


def made_up_case() -> Case:
    return Case.model_validate(CASE)


@dataclass(frozen=True)
class Planned:
    """One exhibit to make: its equity and the page count of each of its documents."""

    equity: str
    pages: tuple[int, ...]


def text_pdf(path: Path, lines_per_page: list[str], images: Sequence[Path] = ()) -> Path:
    """A letter-size PDF with one line of text per page, each page on the next of ``images``."""
    canvas = Canvas(str(path), pagesize=LETTER, invariant=True)
    for n, line in enumerate(lines_per_page):
        if images:
            # a JPEG given by path is embedded as it is, like normalize's scans
            canvas.drawImage(str(images[n % len(images)]), 29, 29, LETTER[0] - 58, LETTER[1] - 58)
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, LETTER[1] - 100, line)
        canvas.showPage()
    canvas.save()
    return path


def made_up_composition(
    folder: Path,
    planned: list[Planned],
    front_pages: int = 2,
    images: Sequence[Path] = (),
) -> Composition:
    folder.mkdir(parents=True, exist_ok=True)
    front = text_pdf(
        folder / "front-matter.pdf",
        ["Cover letter"] + ["Index of Exhibits"] * (front_pages - 1),
    )
    sections = (("Cover letter", 0), ("Exhibit index", front_pages - 1))
    exhibits, dividers = [], {}
    page = front_pages + 1
    for i, plan in enumerate(planned):
        letter = exhibit_letter(i)
        documents = tuple(
            _document(folder, letter, n, pages, plan.equity, images)
            for n, pages in enumerate(plan.pages)
        )
        total = sum(plan.pages)
        exhibits.append(
            Exhibit(
                letter,
                plan.equity,
                f"Document for tab {letter}",
                documents,
                page,
                page + total - 1,
            )
        )
        dividers[letter] = text_pdf(folder / f"tab-{letter}.pdf", [f"TAB {letter}"])
        page += total
    return Composition(
        title="Request for prosecutorial discretion: Ana Invented Ruiz, A012-345-678",
        front_matter=FrontMatter(front, front_pages, sections),
        exhibits=tuple(exhibits),
        cover_page=text_pdf(folder / "cover.pdf", ["COURT COVER PAGE"]),
        dividers=dividers,
        certificate_of_service=text_pdf(folder / "certificate.pdf", ["CERTIFICATE OF SERVICE"]),
    )


def _document(
    folder: Path, letter: str, n: int, pages: int, equity: str, images: Sequence[Path]
) -> Document:
    name = f"exhibit-{letter}-{n}"
    lines = [f"Exhibit {letter} document {n} page {p + 1} of {pages}" for p in range(pages)]
    pdf = text_pdf(folder / f"{name}.pdf", lines, images)
    return Document(
        file=f"scans/{name}.jpg",
        sha256=name,
        pdf=pdf,
        page_texts=tuple(lines),
        type="other",
        equity=equity,
        about=None,
        about_claim=None,
        language="en",
        confidence=1.0,
        reasons=(),
    )
