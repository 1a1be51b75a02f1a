"""The exhibit index: the forms filed with the request, then each equity's exhibits, as a table."""

from __future__ import annotations

import html

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, Table, TableStyle

from packet import typeset
from packet.config import Config
from packet.dates import long_date
from packet.records import Document, Exhibit, FiledExhibit

IndexEntry = tuple[str, str, int, int]  # tab letter, description, first and last page
IndexGroup = tuple[str, list[IndexEntry]]


def earlier_groups(earlier: tuple[FiledExhibit, ...]) -> list[IndexGroup]:
    """A supplement's index lists what was filed before, by filing, with its letters and pages
    as filed: "Previously submitted on February 3, 2025"."""
    days = sorted({e.filed_on for e in earlier})
    return [
        (
            f"Previously submitted on {long_date(day)}",
            [
                (
                    e.letter,
                    e.description
                    + (f" (replaced by Exhibit {e.replaced_by})" if e.replaced_by else ""),
                    e.first_page,
                    e.last_page,
                )
                for e in earlier
                if e.filed_on == day
            ],
        )
        for day in days
    ] + ([("Submitted with this supplement", [])] if earlier else [])


PaperPages = tuple[str, int, int]  # a paper the request encloses: its title, first, last page


def index_groups(
    exhibits: list[Exhibit],
    forms: list[tuple[Document, int]],
    config: Config,
    earlier: list[IndexGroup] | None = None,
    papers: list[PaperPages] | None = None,
) -> list[IndexGroup]:
    """The index's sections in packet order: what earlier filings hold (a supplement), the
    papers and forms filed with the request (a draft joint motion, a G-28), then each equity
    that has exhibits, under its label."""
    groups: list[IndexGroup] = list(earlier or [])
    filed = [("\u2014", title, first, last) for title, first, last in papers or []] + [
        ("\u2014", config.taxonomy.document_types[f.type], first, first + f.pages - 1)
        for f, first in forms
    ]
    if filed:
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
    earlier: list[IndexGroup] | None = None,
    papers: list[PaperPages] | None = None,
) -> Table:
    def row(
        tab: str, description: str, first: int, last: int, linked: bool = True
    ) -> list[Paragraph | str]:
        pages = str(first) if first == last else f"{first}\u2013{last}"
        # each cell a link to the first page of what it lists; what an earlier filing holds
        # is not in this file, so its rows link nowhere
        target = first if linked else 0
        return [
            Paragraph(typeset.page_link(target, tab), style["cell"]),
            Paragraph(
                typeset.page_link(target, html.escape(description, quote=False)), style["cell"]
            ),
            Paragraph(typeset.page_link(target, pages), style["cell"]),
        ]

    header = ["<b>Tab</b>", "<b>Description</b>", "<b>Pages</b>"]
    rows: list[list[Paragraph | str]] = [[Paragraph(h, style["cell"]) for h in header]]
    heading_rows = []
    before = len(earlier or [])
    for i, (label, entries) in enumerate(index_groups(exhibits, forms, config, earlier, papers)):
        heading_rows.append(len(rows))
        rows.append([Paragraph(f"<b>{html.escape(label, quote=False)}</b>", style["cell"]), "", ""])
        rows.extend(row(*entry, linked=i >= before) for entry in entries)
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
