"""Typesetting for compose: turns the text the templates write into letter-size PDF pages.

The templates in config/templates/ write a small block markup, so that wording and layout can be
edited without code. Blocks are separated by blank lines; the first characters of a block say
what it is:

    # Title          a centred bold title
    ## Heading       a bold heading, kept with the block after it
    ^ text           centred text
    > text           text against the right margin
    !! TEXT          a boxed banner (DETAINED)
    + text           an indented block (the subject lines of a letter)
    ~ text           a block kept on the same page as the block after it (closing + signature)
    || a || b        a row of a boxed two-column caption; consecutive rows form one table
    ===              a page break
    anything else    a paragraph

Inside a block reportlab's inline tags work (<b>, <i>, <u>, <br/>). What people wrote (case
values, names read from scans) is text, never markup: the template engine writes every value
through ``literal``, which escapes the tags and every character the block markup reads, and
puts it on one line, so that no value can open a block, draw a banner or break a page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

# Bitstream Vera ships with reportlab and covers Latin-1 (á, é, ñ, ü...) and typographic
# punctuation; embedding it means Spanish names print the same on every reader.
FONT_DIR = Path(reportlab.__file__).parent / "fonts"
FONT, BOLD, ITALIC, BOLD_ITALIC = (
    "PacketSans",
    "PacketSans-Bold",
    "PacketSans-Italic",
    "PacketSans-BoldItalic",
)
MARGIN = inch
# Every generated PDF (letter, index, cover page, each tab divider, each certificate, the page
# stamps) embeds the same subset of each face: printable ASCII, then these, in this order. The
# subsets come out byte for byte alike, so assemble keeps one copy of each face for the whole
# packet instead of one per page it inserts (bench/README.md, "Packet size").
SHARED_CHARACTERS = "".join(map(chr, range(0xA1, 0x100))) + "–—‘’‚“”„•…‹›€™"


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in (
        (FONT, "Vera.ttf"),
        (BOLD, "VeraBd.ttf"),
        (ITALIC, "VeraIt.ttf"),
        (BOLD_ITALIC, "VeraBI.ttf"),
    ):
        font = TTFont(name, str(FONT_DIR / file))
        # Every generated PDF asks for the same subset (SHARED_CHARACTERS): make it once, not
        # once per tab divider. reportlab offers no hook for this but the face's own method.
        font.face.makeSubset = _made_once(font.face.makeSubset)  # type: ignore[method-assign,assignment]
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


def _made_once(make_subset: Callable[[Sequence[int]], bytes]) -> Callable[[Sequence[int]], bytes]:
    made: dict[tuple[int, ...], bytes] = {}

    def subset(characters: Sequence[int]) -> bytes:
        key = tuple(characters)
        if key not in made:
            made[key] = make_subset(characters)
        return made[key]

    return subset


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=8)
    return {
        "body": body,
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=BOLD, spaceBefore=4, spaceAfter=4, keepWithNext=1
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER
        ),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "indent": ParagraphStyle("indent", parent=body, leftIndent=0.5 * inch),
        "banner": ParagraphStyle(
            "banner",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            borderWidth=1.5,
            borderColor=colors.black,
            borderPadding=5,
            leftIndent=5,  # the border is drawn outside the text: keep it inside the margins
            rightIndent=5,
            spaceBefore=14,
            spaceAfter=14,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=body, spaceAfter=0),
    }


_PREFIXES = {"# ": "title", "## ": "heading", "^ ": "centre", "> ": "right", "+ ": "indent"}


# The characters the block markup reads (a title, a banner, a caption row, a page break...);
# ">" needs no entry, html.escape writes it "&gt;".
_MARKUP_CHARACTERS = re.compile(r"[#^+~|!=]")
# Blocks are separated by a line that is empty or holds only white space.
_BLOCK_BREAK = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[str]:
    """The blocks (paragraphs) of a text, as the typesetter splits them: the letter splits a
    narrative with this too, so each of its paragraphs is one block here."""
    return [p.strip() for p in _BLOCK_BREAK.split(text.strip()) if p.strip()]


def literal(text: str) -> str:
    """Someone's own words as inline markup that prints them as they are: tags escaped, every
    character the block markup reads written as a character reference, and all on one line
    (a blank line would start a block), wherever in a template the value lands."""
    escaped = html.escape(re.sub(r"\s+", " ", text), quote=False)
    return _MARKUP_CHARACTERS.sub(lambda m: f"&#{ord(m.group())};", escaped)


def flowables(markup: str, style: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The block markup (module docstring) as reportlab flowables."""
    out: list[Flowable] = []
    caption: list[list[Paragraph]] = []
    keep: list[Flowable] = []
    for block in paragraphs(markup):
        if block.startswith("||"):
            cells = [c.strip() for c in block.removeprefix("||").split("||")]
            caption.append([Paragraph(_joined(c), style["caption"]) for c in cells])
            continue
        if caption:
            out.append(_caption_table(caption))
            caption = []
        item = _block(block, style)
        if block.startswith("~ "):
            keep.append(item)
            continue
        if keep:
            out.append(KeepTogether([*keep, item]))
            keep = []
        else:
            out.append(item)
    if caption:
        out.append(_caption_table(caption))
    out.extend(keep)
    return out


def _block(block: str, style: dict[str, ParagraphStyle]) -> Flowable:
    if block == "===":
        return PageBreak()
    if block.startswith("!! "):
        return Paragraph(_joined(block[3:]), style["banner"])
    if block.startswith("~ "):
        block = block[2:]
    for prefix, name in _PREFIXES.items():
        if block.startswith(prefix):
            return Paragraph(_joined(block[len(prefix) :]), style[name])
    return Paragraph(_joined(block), style["body"])


def _joined(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text.strip())


def _caption_table(rows: list[list[Paragraph]]) -> Table:
    width = LETTER[0] - 2 * MARGIN
    table = Table(rows, colWidths=[width * 0.55, width * 0.45])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, "black"),
                ("LINEAFTER", (0, 0), (0, -1), 0.8, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


class SectionMark(Flowable):
    """Records on which page (0-based) a section starts, for the bookmarks."""

    def __init__(self, title: str, marks: list[tuple[str, int]]) -> None:
        super().__init__()
        self.title, self.marks = title, marks

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.marks.append((self.title, self.canv.getPageNumber() - 1))


def build(pdf: Path, story: list[Flowable], title: str) -> int:
    """Lay the story out on letter-size pages; returns the number of pages."""
    register_fonts()
    doc = SimpleDocTemplate(
        str(pdf),
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=0.9 * inch,
        bottomMargin=0.9 * inch,  # the packet's page stamp goes in this margin
        invariant=True,
        title=title,
        author="evidence-packet",
    )
    doc.build(story, canvasmaker=new_canvas)
    return doc.page


def new_canvas(*args: Any, **kwargs: Any) -> Canvas:
    """A reportlab canvas whose fonts embed the packet's shared subsets."""
    register_fonts()
    # Our own face from the first page on, so no unembedded Helvetica is declared in the PDF.
    # Uncompressed: these files only go into a packet, whose writer compresses each stream once
    # (one copy of the font for every divider); compressing them here was most of compose's time.
    canvas = Canvas(*args, **{**kwargs, "initialFontName": FONT, "pageCompression": 0})
    for face in (FONT, BOLD, ITALIC, BOLD_ITALIC):
        font = pdfmetrics.getFont(face)
        assert isinstance(font, TTFont)
        # assigns each character its code in the subset; embeds nothing until a face is used.
        # The subsets belong to the canvas's document, which reportlab keeps as _doc.
        font.splitString(SHARED_CHARACTERS, canvas._doc)  # type: ignore[attr-defined]
    return canvas


def one_page(pdf: Path, draw: Callable[[Canvas], None], size: tuple[float, float] = LETTER) -> Path:
    canvas = new_canvas(str(pdf), pagesize=size, invariant=True)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return pdf


# A link to a packet page, as the front matter writes it: reportlab makes it a URI link, since
# the page is in another PDF until assembly, and assemble turns it into a link to that page
# in each output that holds it (assemble.resolve_page_links).
PAGE_LINK = "packet-page:"


def page_link(number: int, markup: str) -> str:
    """``markup`` as a link to packet page ``number`` (no link while the page is unknown)."""
    return f'<a href="{PAGE_LINK}{number}">{markup}</a>' if number > 0 else markup


# Printable tab dividers are 9 x 11 in. sheets: an 8.5 x 11 in. body with the tabs in the half
# inch past its right edge, the height divided into `cut` tabs (5-cut: 2.2 in. each). On that
# stock the label must be printed in the half inch, where a letter-size page has no paper.
TAB_STOCK = (9 * inch, 11 * inch)
TAB_STOCK_TAB = 0.5 * inch


def tab_divider(
    pdf: Path, letter: str, description: str, position: int, cut: int, stock: bool = True
) -> Path:
    """A divider page: the letter on a tab at the right edge, at `position` of `cut` tabs
    down the page like cut tab stock, and the exhibit's description in the middle. With
    ``stock`` the page is a 9 x 11 in. tab-stock sheet, the label in its tab; without, a
    letter-size sheet of plain paper with the tab drawn inside its edge."""
    if stock:
        return _tab_stock_divider(pdf, letter, description, position, cut)
    width, height = LETTER
    span = (height - 2 * MARGIN) / cut
    top = height - MARGIN - position * span
    tab_width = 0.55 * inch
    style = styles()
    caption = Paragraph(
        description, ParagraphStyle("d", parent=style["centre"], fontSize=13, leading=17)
    )

    def draw(c: Canvas) -> None:
        c.setLineWidth(1.2)
        c.setFillGray(0.88)
        c.roundRect(width - tab_width, top - span, tab_width + 12, span, 10, stroke=1, fill=1)
        c.setFillGray(0)
        size = 26 if len(letter) == 1 else 18
        c.setFont(BOLD, size)
        c.drawCentredString(width - tab_width / 2, top - span / 2 - size / 3, letter)
        c.setFont(BOLD, 30)
        c.drawCentredString((width - tab_width) / 2, height / 2 + 40, f"EXHIBIT {letter}")
        text_width = width - 2 * MARGIN - tab_width
        _, h = caption.wrap(text_width, height)
        caption.drawOn(c, MARGIN, height / 2 - h)

    return one_page(pdf, draw)


def _tab_stock_divider(pdf: Path, letter: str, description: str, position: int, cut: int) -> Path:
    width, height = TAB_STOCK
    body = width - TAB_STOCK_TAB
    span = height / cut
    top = height - position * span
    style = styles()
    caption = Paragraph(
        description, ParagraphStyle("d", parent=style["centre"], fontSize=13, leading=17)
    )

    def draw(c: Canvas) -> None:
        size = 20 if len(letter) == 1 else 14
        c.setFont(BOLD, size)
        c.drawCentredString(body + TAB_STOCK_TAB / 2, top - span / 2 - size / 3, letter)
        c.setFont(BOLD, 30)
        c.drawCentredString(body / 2, height / 2 + 40, f"EXHIBIT {letter}")
        _, h = caption.wrap(body - 2 * MARGIN, height)
        caption.drawOn(c, MARGIN, height / 2 - h)

    return one_page(pdf, draw, TAB_STOCK)
