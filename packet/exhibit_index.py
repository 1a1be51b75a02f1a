"""The exhibit index: the forms filed with the request, then each equity's exhibits, as a table."""

from __future__ import annotations

import html

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, Table, TableStyle

from packet import typeset
from packet.config import Config
from packet.records import Document, Exhibit

IndexEntry = tuple[str, str, int, int]  # tab letter, description, first and last page


def index_groups(
    exhibits: list[Exhibit], forms: list[tuple[Document, int]], config: Config
) -> list[tuple[str, list[IndexEntry]]]:
    """The index's sections in packet order: the forms filed with the request, then each
    equity that has exhibits, under its label."""
    groups: list[tuple[str, list[IndexEntry]]] = []
    if forms:
        filed = [
            ("\u2014", config.taxonomy.document_types[f.type], first, first + f.pages - 1)
            for f, first in forms
        ]
        groups.append(("Filed with this request", filed))
    for key, label in config.taxonomy.equities.items():
        shown = [
            (e.letter, e.description, e.first_page, e.last_page)
            for e in exhibits
            if e.equity == key
        ]
        if shown:
            groups.append((label, shown))
    return groups


def index_table(
    exhibits: list[Exhibit],
    forms: list[tuple[Document, int]],
    config: Config,
    style: dict[str, ParagraphStyle],
) -> Table:
    def row(tab: str, description: str, first: int, last: int) -> list[Paragraph | str]:
        pages = str(first) if first == last else f"{first}\u2013{last}"
        return [
            Paragraph(tab, style["cell"]),
            Paragraph(html.escape(description, quote=False), style["cell"]),
            Paragraph(pages, style["cell"]),
        ]

    header = ["<b>Tab</b>", "<b>Description</b>", "<b>Pages</b>"]
    rows: list[list[Paragraph | str]] = [[Paragraph(h, style["cell"]) for h in header]]
    heading_rows = []
    for label, entries in index_groups(exhibits, forms, config):
        heading_rows.append(len(rows))
        rows.append([Paragraph(f"<b>{html.escape(label, quote=False)}</b>", style["cell"]), "", ""])
        rows.extend(row(*entry) for entry in entries)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), typeset.FONT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in heading_rows:
        commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), "#eeeeee")]
    table = Table(rows, colWidths=[0.6 * inch, 5.1 * inch, 0.8 * inch], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table
