"""Compose: the front matter staff used to type by hand, generated from the case and its exhibits.

Input: the Case, the classified ``Document``s and the findings. Output: a ``Composition``: the
exhibits in packet order with their letters and page ranges, and the front matter PDF (cover
letter, exhibit index). Wording lives in config/templates/, not here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import reportlab
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from packet.case import Case
from packet.classify import Document
from packet.config import Config

FONT_DIR = Path(reportlab.__file__).parent / "fonts"
FONT, BOLD = "PacketSans", "PacketSans-Bold"


@dataclass(frozen=True)
class Exhibit:
    letter: str
    equity: str
    description: str
    documents: tuple[Document, ...]  # the document, then its translation if it has one
    first_page: int = 0  # packet page numbers, 1-based, once known
    last_page: int = 0

    @property
    def pages(self) -> int:
        return sum(d.pages for d in self.documents)

    @property
    def page_ref(self) -> str:
        if self.first_page == self.last_page:
            return f"p. {self.first_page}"
        return f"pp. {self.first_page}\u2013{self.last_page}"


@dataclass(frozen=True)
class FrontMatter:
    pdf: Path
    pages: int
    sections: tuple[tuple[str, int], ...]  # (title, 0-based page index) for bookmarks


@dataclass(frozen=True)
class Composition:
    """What assemble merges. Numbered pages (front matter, exhibits) are the same in every
    variant, so page references hold in all of them; variant-only pages are unnumbered."""

    title: str
    front_matter: FrontMatter  # numbered: cover letter, exhibit index
    exhibits: tuple[Exhibit, ...]
    cover_page: Path | None  # unnumbered court cover page (filing, service)
    dividers: dict[str, Path]  # exhibit letter -> unnumbered tab divider page (filing, service)
    certificate_of_service: Path | None  # unnumbered, completed (service)


def exhibit_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: the way tab stock is lettered."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def plan_exhibits(documents: list[Document], config: Config) -> list[Exhibit]:
    """Exhibits in packet order: by equity (config order), then by date, one copy of each file."""
    by_file = {d.file: d for d in documents}
    seen: set[str] = set()
    kept = []
    for d in documents:
        if d.translates or d.sha256 in seen:
            continue  # a translation rides with its original; a duplicate is filed once
        seen.add(d.sha256)
        kept.append(d)
    kept.sort(
        key=lambda d: (
            config.taxonomy.equity_order(d.equity),
            d.fields.get("earliest_date", "9999"),
            d.file,
        )
    )
    exhibits = []
    for i, d in enumerate(kept):
        parts = (d, by_file[d.translation]) if d.translation else (d,)
        exhibits.append(Exhibit(exhibit_letter(i), d.equity, describe(d, config), parts))
    return exhibits


def describe(doc: Document, config: Config) -> str:
    text = config.taxonomy.document_types[doc.type]
    if doc.about:
        text += f" of {doc.about}"
    if dob := doc.fields.get("date_of_birth"):
        text += f", born {long_date(dt.date.fromisoformat(dob))}"
    if doc.translation:
        text += ", with certified English translation"
    return text


def long_date(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def format_a_number(digits: str) -> str:
    return f"A{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def compose(
    case: Case,
    documents: list[Document],
    config: Config,
    work: Path,
    today: dt.date,
    tab_cut: int = 5,
) -> Composition:
    exhibits = plan_exhibits(documents, config)
    pdf = work / "front-matter.pdf"
    front_pages = 2
    for _ in range(5):  # page references depend on the front matter's own length
        exhibits = _numbered(exhibits, first_page=front_pages + 1)
        sections, rendered = _render(pdf, case, exhibits, config, today)
        if rendered == front_pages:
            break
        front_pages = rendered
    a_number = format_a_number(case.respondent.a_number)
    title = f"Request for prosecutorial discretion: {case.respondent.name}, {a_number}"
    return Composition(
        title,
        FrontMatter(pdf, front_pages, sections),
        tuple(exhibits),
        cover_page=_cover_page(work / "cover-page.pdf", case, title),
        dividers={
            e.letter: _divider(work / f"tab-{e.letter}.pdf", e, i, tab_cut)
            for i, e in enumerate(exhibits)
        },
        certificate_of_service=_certificate_of_service(
            work / "certificate-of-service.pdf", case, config, today
        ),
    )


def _one_page(pdf: Path, draw) -> Path:
    _fonts()
    canvas = Canvas(str(pdf), pagesize=LETTER, invariant=True)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return pdf


def _cover_page(pdf: Path, case: Case, title: str) -> Path:
    def draw(c: Canvas) -> None:
        c.setFont(BOLD, 14)
        c.drawCentredString(LETTER[0] / 2, LETTER[1] / 2, title)

    return _one_page(pdf, draw)


def _divider(pdf: Path, exhibit: Exhibit, index: int, tab_cut: int) -> Path:
    height = (LETTER[1] - 2 * inch) / max(tab_cut, 1)
    top = LETTER[1] - inch - (index % max(tab_cut, 1)) * height

    def draw(c: Canvas) -> None:
        c.roundRect(LETTER[0] - 0.75 * inch, top - height, 0.9 * inch, height, 8)
        c.setFont(BOLD, 28)
        c.drawCentredString(LETTER[0] - 0.4 * inch, top - height / 2 - 10, exhibit.letter)
        c.setFont(BOLD, 22)
        c.drawCentredString(LETTER[0] / 2, LETTER[1] / 2 + 20, f"Exhibit {exhibit.letter}")
        c.setFont(FONT, 12)
        c.drawCentredString(LETTER[0] / 2, LETTER[1] / 2 - 10, exhibit.description)

    return _one_page(pdf, draw)


def _certificate_of_service(pdf: Path, case: Case, config: Config, today: dt.date) -> Path:
    def draw(c: Canvas) -> None:
        c.setFont(BOLD, 14)
        c.drawCentredString(LETTER[0] / 2, LETTER[1] - 1.5 * inch, "Certificate of Service")

    return _one_page(pdf, draw)


def _numbered(exhibits: list[Exhibit], first_page: int) -> list[Exhibit]:
    numbered, page = [], first_page
    for e in exhibits:
        numbered.append(
            Exhibit(e.letter, e.equity, e.description, e.documents, page, page + e.pages - 1)
        )
        page += e.pages
    return numbered


def _fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "VeraBd.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=8)
    return {
        "body": body,
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            spaceBefore=4,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=14, alignment=TA_CENTER, spaceAfter=14
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
    }


def letter_context(case: Case, exhibits: list[Exhibit], config: Config, today: dt.date) -> dict:
    rep, resp, proc = case.representative, case.respondent, case.proceedings
    office = config.opla_offices.get(proc.opla_office or "")
    office_lines = (
        [v for v in (office.name, office.street, office.city, office.email) if v]
        if office
        else ["Office of the Principal Legal Advisor"]
    )
    if rep:
        sender = [
            rep.name,
            *([rep.organization] if rep.organization else []),
            *rep.address,
            *([rep.phone] if rep.phone else []),
            *([rep.email] if rep.email else []),
        ]
        contact = ", ".join(v for v in (rep.name, rep.phone, rep.email) if v)
        signature = [
            rep.name,
            *([f"EOIR ID {rep.eoir_id}"] if rep.eoir_id else []),
            f"Counsel for {resp.name}",
        ]
    else:
        sender = [resp.name, *resp.address]
        contact = resp.name
        signature = [resp.name, "Respondent, pro se"]
    equities = []
    for key, label in config.taxonomy.equities.items():
        shown = [e for e in exhibits if e.equity == key]
        if shown:
            refs = "; ".join(f"{e.description} (Exhibit {e.letter}, {e.page_ref})" for e in shown)
            equities.append({"label": label, "summary": f"Enclosed: {refs}."})
    factors = [
        f"{f.kind.capitalize()}: {f.description}"
        + (f" ({long_date(f.date)})" if f.date else "")
        + (f". Disposition: {f.disposition}." if f.disposition else ".")
        for f in case.negative_factors
    ]
    return {
        "sender": sender,
        "date": long_date(today),
        "office": office_lines,
        "respondent": resp.name,
        "a_number": format_a_number(resp.a_number),
        "court": proc.court,
        "next_hearing": long_date(proc.next_hearing) if proc.next_hearing else None,
        "hearing_type": proc.hearing_type,
        "detained": proc.detained,
        "pro_se": rep is None,
        "request_asks": config.taxonomy.request_types[case.request.type].asks,
        "narrative": (case.request.narrative or "").strip(),
        "equities": equities,
        "negative_factors": factors,
        "contact": contact,
        "signature": signature,
    }


def render_template(config: Config, name: str, context: dict) -> str:
    env = Environment(
        loader=FileSystemLoader(config.templates),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template(name).render(context)


def blocks_to_flowables(text: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flowables: list[Flowable] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        block = block.strip()
        if block.startswith("## "):
            flowables.append(Paragraph(block[3:], styles["heading"]))
        elif block:
            flowables.append(Paragraph(block.replace("\n", " "), styles["body"]))
    return flowables


def _index_table(
    exhibits: list[Exhibit], config: Config, styles: dict[str, ParagraphStyle]
) -> Table:
    rows: list[list] = [
        [
            Paragraph("<b>Tab</b>", styles["cell"]),
            Paragraph("<b>Description</b>", styles["cell"]),
            Paragraph("<b>Pages</b>", styles["cell"]),
        ]
    ]
    heading_rows = []
    for key, label in config.taxonomy.equities.items():
        shown = [e for e in exhibits if e.equity == key]
        if not shown:
            continue
        heading_rows.append(len(rows))
        rows.append([Paragraph(f"<b>{label}</b>", styles["cell"]), "", ""])
        for e in shown:
            pages = (
                str(e.first_page)
                if e.first_page == e.last_page
                else f"{e.first_page}\u2013{e.last_page}"
            )
            rows.append(
                [
                    Paragraph(e.letter, styles["cell"]),
                    Paragraph(_escape(e.description), styles["cell"]),
                    Paragraph(pages, styles["cell"]),
                ]
            )
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("SPAN", (0, r), (-1, r)) for r in heading_rows]
    style += [("BACKGROUND", (0, r), (-1, r), "#eeeeee") for r in heading_rows]
    table = Table(rows, colWidths=[0.6 * inch, 5.1 * inch, 0.9 * inch], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _SectionMark(Flowable):
    """Records on which page a section starts, for the bookmarks."""

    def __init__(self, title: str, marks: list[tuple[str, int]]) -> None:
        super().__init__()
        self.title, self.marks = title, marks

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.marks.append((self.title, self.canv.getPageNumber() - 1))


def _render(
    pdf: Path, case: Case, exhibits: list[Exhibit], config: Config, today: dt.date
) -> tuple[tuple[tuple[str, int], ...], int]:
    _fonts()
    styles = _styles()
    marks: list[tuple[str, int]] = []
    letter = render_template(
        config, "cover_letter.j2", letter_context(case, exhibits, config, today)
    )
    story: list[Flowable] = [
        _SectionMark("Cover letter", marks),
        *blocks_to_flowables(letter, styles),
    ]
    story += [
        PageBreak(),
        _SectionMark("Exhibit index", marks),
        Paragraph("Index of Exhibits", styles["title"]),
        Paragraph(
            f"{_escape(case.respondent.name)}, {format_a_number(case.respondent.a_number)}",
            styles["body"],
        ),
        Spacer(0, 6),
        _index_table(exhibits, config, styles),
    ]
    doc = SimpleDocTemplate(
        str(pdf),
        pagesize=LETTER,
        leftMargin=inch,
        rightMargin=inch,
        topMargin=0.9 * inch,
        bottomMargin=0.9 * inch,
        invariant=True,
        title="Front matter",
    )
    doc.build(story)
    return tuple(marks), doc.page
