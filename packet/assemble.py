"""Assemble: merge front matter and exhibits into the packet PDF that is filed.

Input: a ``Composition``. Output: an ``Output`` per PDF written. Every page gets a stamped page
number (and the A-number) in the bottom margin, PDF page labels match the stamps, bookmarks
nest front matter, equities and exhibits. Images are never decoded or re-encoded here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from packet import atomic
from packet.case import Case
from packet.compose import FONT, Composition, format_a_number
from packet.config import Config

STAMP_Y = 0.22 * 72  # inside the bottom margin that normalize leaves around every scan


@dataclass(frozen=True)
class Output:
    variant: str
    path: Path
    pages: int
    bytes: int


def assemble(
    composition: Composition, case: Case, config: Config, out_dir: Path, variant: str
) -> Output:
    writer = PdfWriter()
    writer.append(PdfReader(composition.front_matter.pdf), import_outline=False)
    for exhibit in composition.exhibits:
        for document in exhibit.documents:
            writer.append(PdfReader(document.pdf), import_outline=False)
    total = len(writer.pages)
    _stamp(writer, case, config)
    _bookmark(writer, composition, config)
    writer.set_page_label(0, total - 1, style="/D", start=1)
    writer.add_metadata(
        {
            "/Title": composition.title,
            "/Subject": config.taxonomy.request_types[case.request.type].label,
            "/Author": case.representative.name if case.representative else case.respondent.name,
            "/Creator": "evidence-packet",
            "/Producer": "evidence-packet",
        }
    )
    path = out_dir / f"packet-{variant}.pdf"
    with atomic.replacing(path) as f:
        writer.write(f)
    return Output(variant, path, total, path.stat().st_size)


def _stamp(writer: PdfWriter, case: Case, config: Config) -> None:
    total = len(writer.pages)
    a_number = format_a_number(case.respondent.a_number)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=LETTER, invariant=True)
    for number in range(1, total + 1):
        canvas.setFont(FONT, 8.5)
        text = config.settings.packet.stamp.format(a_number=a_number, page=number, pages=total)
        canvas.drawCentredString(LETTER[0] / 2, STAMP_Y, text)
        canvas.showPage()
    canvas.save()
    stamps = PdfReader(buf)
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        page.merge_page(stamp, over=True)


def _bookmark(writer: PdfWriter, composition: Composition, config: Config) -> None:
    front = composition.front_matter
    parent = writer.add_outline_item("Front matter", 0, bold=True)
    for title, page in front.sections:
        writer.add_outline_item(title, page, parent=parent)
    for key, label in config.taxonomy.equities.items():
        exhibits = [e for e in composition.exhibits if e.equity == key]
        if not exhibits:
            continue
        group = writer.add_outline_item(label, exhibits[0].first_page - 1, bold=True)
        for e in exhibits:
            writer.add_outline_item(
                f"Exhibit {e.letter}: {e.description}", e.first_page - 1, parent=group
            )
