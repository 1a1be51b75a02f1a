"""Compose: the front matter staff used to type by hand, generated from the case and its exhibits.

Input: the ``BuildContext`` and the classified ``Document``s the packet files. Output: a
``Composition``: the exhibits in packet order with their letters and page ranges
(packet/exhibits.py), the numbered front matter (cover letter from packet/letter.py's context,
exhibit index from packet/exhibit_index.py, the G-28) and the unnumbered pages only some
variants carry (court cover page, tab dividers, certificate of service). Wording lives in
config/templates/ (packet/templates.py), layout in packet/typeset.py.

Page numbers are the same in every variant, so that "see Exhibit C, pp. 14–15" in the letter
holds in the e-filing copy and in the tabbed paper copy alike: everything a variant adds is
unnumbered, and the numbered front matter is identical in all of them.
"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import Flowable, PageBreak, Spacer

from packet import filed, typeset
from packet.case import format_a_number
from packet.check import loose_certificate_for
from packet.dates import long_date
from packet.errors import BuildError
from packet.exhibit_index import PaperPages, earlier_groups, index_table
from packet.exhibits import (
    describe,
    exhibit_letter,
    is_form,
    plan_exhibits,
    with_translation_certificates,
)
from packet.letter import letter_context, narrative_disagreements
from packet.records import (
    TABBED,
    VARIANTS,
    BuildContext,
    Composition,
    Document,
    Exhibit,
    FiledExhibit,
    FiledPaper,
    FiledRecord,
    FrontMatter,
    Variant,
    page_ref,
)
from packet.supplement_letter import supplement_context
from packet.templates import Templates


def compose(
    ctx: BuildContext,
    documents: list[Document],
    tab_cut: int = 5,
    variants: tuple[Variant, ...] = VARIANTS,
) -> Composition:
    """The front matter and exhibits of every variant, and the unnumbered pages of those in
    ``variants`` (typesetting a cover, a divider per exhibit and a certificate that no variant
    being built uses cost a batch of e-filing copies a fifth of its composing)."""
    templates = Templates(ctx.config)
    on_file = filed.on_file(documents, ctx.filed)  # a supplement files only what is new
    completes = _completing(documents, on_file)
    new = [_alone(d, completes) for d in documents if d.name not in on_file]
    forms = [d for d in new if is_form(d)]
    evidence = [d for d in new if not is_form(d)]
    exhibits = plan_exhibits(ctx, evidence, templates, _standing_with(documents, on_file))
    exhibits, earlier = _after_the_filed(exhibits, documents, ctx, completes)
    exhibits = with_translation_certificates(exhibits, ctx, templates)
    exhibits, front = front_matter(ctx, exhibits, forms, templates, earlier, completes)
    respondent = ctx.case.respondent
    title = (
        f"{'Supplement to the request' if ctx.filed else 'Request'} for prosecutorial "
        f"discretion: {respondent.name}, {format_a_number(respondent.a_number)}"
    )
    cut = max(1, tab_cut)
    tabbed = any(v in TABBED for v in variants)
    return Composition(
        title,
        front,
        tuple(exhibits),
        cover_page=cover_page(ctx, templates) if tabbed else None,
        dividers={
            e.letter: typeset.tab_divider(
                ctx.work / f"tab-{e.letter}.pdf",
                e.letter,
                html.escape(e.description, quote=False),
                i % cut,
                cut,
                ctx.config.settings.packet.tabs == "tab_stock",
            )
            for i, e in enumerate(exhibits)
            if tabbed
        },
        certificate_of_service=(
            certificate_of_service(ctx, templates) if "service" in variants else None
        ),
        warnings=tuple(narrative_disagreements(ctx.case, ctx.today)),
        first_page=filed.first_page(ctx.filed),
        earlier=earlier,
        on_file=on_file,
    )


Completing = dict[str, tuple[Document, FiledPaper]]  # new document -> the filed original


def _completing(documents: list[Document], on_file: dict[str, FiledPaper]) -> Completing:
    """The new documents that complete a document filed before: its translation, or a
    translator's certificate sent on its own (check's rule for which original that is)."""
    by_name = {d.name: d for d in documents}
    found: Completing = {}
    for d in documents:
        if d.name in on_file:
            continue
        original = by_name.get(d.translates or "") or loose_certificate_for(d, documents)
        if original is not None and original.name in on_file:
            found[d.name] = (original, on_file[original.name])
    return found


def _standing_with(
    documents: list[Document], on_file: dict[str, FiledPaper]
) -> dict[str, Document]:
    """A translator's certificate sent on its own for an original filed now (check's rule for
    which original that is), by the original's name: it stands in that original's exhibit,
    after the translation. One filed before, or for an original filed before, does not."""
    found: dict[str, Document] = {}
    for d in documents:
        original = loose_certificate_for(d, documents)
        if original is not None and d.name not in on_file and original.name not in on_file:
            found.setdefault(original.name, d)
    return found


def _alone(doc: Document, completes: Completing) -> Document:
    """A new translation or certificate of a document filed before is an exhibit of its own,
    filed under its original's equity."""
    if doc.name in completes:
        original, _ = completes[doc.name]
        return dataclasses.replace(doc, translates=None, equity=original.equity)
    return doc


def _after_the_filed(
    exhibits: list[Exhibit],
    documents: list[Document],
    ctx: BuildContext,
    completes: Completing | None = None,
) -> tuple[list[Exhibit], tuple[FiledExhibit, ...]]:
    """A supplement's exhibits lettered on after the last one filed, a fresh copy of a filed
    exhibit said to replace it, a late translation or certificate said to be for the filed
    exhibit it completes; and the filed exhibits, marked with what replaces them."""
    record = ctx.filed
    if record is None:
        return exhibits, ()
    start = filed.next_letter_index(record)
    present = {filed.paper_of(d) for d in documents}
    lettered, replacements = [], {}
    for i, e in enumerate(exhibits):
        e = dataclasses.replace(e, letter=exhibit_letter(start + i))
        old = filed.replaced(e.documents[0], record, present)
        if old is not None and old.letter not in replacements:
            replacements[old.letter] = e.letter
            note = f"replaces Exhibit {old.letter}, filed {long_date(old.filed_on)}"
            e = dataclasses.replace(e, description=f"{e.description} ({note})")
        if e.documents[0].name in (completes or {}):
            _, paper = (completes or {})[e.documents[0].name]
            note = f"for {paper_citation(paper, ctx.filed)}, filed {long_date(paper.filed_on)}"
            e = dataclasses.replace(e, description=f"{e.description}, {note}")
        lettered.append(e)
    return lettered, filed.carried_forward(record, replacements)


def paper_citation(paper: FiledPaper, record: FiledRecord | None) -> str:
    """'Exhibit A, pp. 5–6': the filed exhibit a document sits in, as the letter cites it."""
    exhibit = (
        next((e for e in record.exhibits if e.letter == paper.letter), None) if record else None
    )
    return (
        exhibit.citation if exhibit else f"Exhibit {paper.letter}, {page_ref(*paper.packet_pages)}"
    )


# --- the numbered front matter: cover letter, index, forms ---------------------------------------


MIN_TEXT_PAGES = 2  # a letter and an index, each at least a page
LIKELY_TEXT_PAGES = 3  # the letter of most cases takes two pages


def front_matter(
    ctx: BuildContext,
    exhibits: list[Exhibit],
    forms: list[Document],
    templates: Templates,
    earlier: tuple[FiledExhibit, ...] = (),
    completes: Completing | None = None,
) -> tuple[list[Exhibit], FrontMatter]:
    """Render until the page count settles: the letter cites pages that follow it.

    The first guess is the most common count, a letter of two pages and an index of one, so
    that most packets are typeset once; a shorter text is rendered once more at its own count.
    From then on the guess only grows, so this ends; should the text come out shorter than the
    pages its citations assumed, blank pages keep those citations true. The index lists the
    papers that follow it (a draft joint motion) at the pages the render before put them on,
    so it renders again until those agree too. A supplement's pages go on from the filed
    packet's last page."""
    text_pdf, pdf = ctx.work / "front-matter-text.pdf", ctx.work / "front-matter.pdf"
    start = filed.first_page(ctx.filed)
    form_pages = sum(f.pages for f in forms)
    text_pages = LIKELY_TEXT_PAGES
    may_shrink = True
    papers: list[PaperPages] | None = None
    for _ in range(8):
        exhibits = numbered(exhibits, first_page=start + text_pages + form_pages)
        placed = _placed_forms(forms, start + text_pages)
        marks, rendered, titles = _render_text(
            text_pdf, ctx, exhibits, placed, templates, earlier, completes or {}, papers
        )
        found = _paper_pages(marks, titles, rendered, start)
        if rendered < text_pages and may_shrink:  # the first guess was long: never pad it
            text_pages, papers, may_shrink = max(MIN_TEXT_PAGES, rendered), found, False
            continue
        may_shrink = False
        if rendered <= text_pages and found == (papers or []):
            break
        text_pages, papers = max(text_pages, rendered), found
    else:
        raise BuildError("the cover letter and index would not settle on a page count.")
    sections = list(marks)
    writer = PdfWriter()
    writer.append(PdfReader(text_pdf), import_outline=False)
    for _ in range(text_pages - rendered):
        writer.add_blank_page(*LETTER)
    for form, first in placed:
        sections.append((ctx.config.taxonomy.document_types[form.type], first - start))
        writer.append(PdfReader(form.pdf), import_outline=False)
    with pdf.open("wb") as f:
        writer.write(f)
    return exhibits, FrontMatter(pdf, text_pages + form_pages, tuple(sections), tuple(placed))


def numbered(exhibits: list[Exhibit], first_page: int) -> list[Exhibit]:
    out, page = [], first_page
    for e in exhibits:
        out.append(dataclasses.replace(e, first_page=page, last_page=page + e.pages - 1))
        page += e.pages
    return out


def _placed_forms(forms: list[Document], first_page: int) -> list[tuple[Document, int]]:
    placed, page = [], first_page
    for form in forms:
        placed.append((form, page))
        page += form.pages
    return placed


def _paper_pages(
    marks: list[tuple[str, int]], titles: list[str], rendered: int, start: int
) -> list[PaperPages]:
    """Where each paper after the index begins and ends: from its section mark to the next
    one (the last ends the rendered text)."""
    begins = [(title, page) for title, page in marks if title in titles]
    ends = [page - 1 for _, page in begins[1:]] + [rendered - 1] * bool(begins)
    return [(title, start + b, start + e) for (title, b), e in zip(begins, ends, strict=True)]


def _render_text(
    pdf: Path,
    ctx: BuildContext,
    exhibits: list[Exhibit],
    forms: list[tuple[Document, int]],
    templates: Templates,
    earlier: tuple[FiledExhibit, ...] = (),
    completes: Completing | None = None,
    paper_pages: list[PaperPages] | None = None,
) -> tuple[list[tuple[str, int]], int, list[str]]:
    """The letter, the index and the papers after it, rendered; with the section marks, the
    page count and the papers' titles. ``paper_pages``: where a render before put the papers
    (none yet: the index lists them at the page after it, to be corrected)."""
    style = typeset.styles()
    marks: list[tuple[str, int]] = []
    if ctx.filed:
        done = {
            e.letter: paper_citation(paper, ctx.filed)
            for e in exhibits
            if (found := (completes or {}).get(e.documents[0].name))
            for _, paper in [found]
        }
        context = supplement_context(ctx, exhibits, [f for f, _ in forms], earlier, templates)
        context["completes"] = lambda e: done.get(e.letter)
    else:
        context = letter_context(ctx, exhibits, (f for f, _ in forms))
    briefs = {e.letter: describe(e.documents[0], ctx, templates, False) for e in exhibits}
    context["brief"] = lambda e: briefs.get(e.letter, e.description)
    papers = templates.enclosures(ctx.case, context)
    context["papers"] = [title for title, _ in papers]
    if ctx.filed:
        letter = templates.render("supplement_letter.j2", context)
    else:
        letter = templates.render_letter(ctx.case, context)
    story: list[Flowable] = [
        typeset.SectionMark("Cover letter", marks),
        *typeset.flowables(letter, style),
        PageBreak(),
        typeset.SectionMark("Exhibit index", marks),
        *typeset.flowables(templates.render("exhibit_index.j2", context), style),
        Spacer(0, 4),
        index_table(
            exhibits,
            forms,
            ctx.config,
            style,
            earlier_groups(earlier),
            paper_pages if paper_pages is not None else [(t, 0, 0) for t, _ in papers],
        ),
    ]
    for title, markup in papers:  # after the index, in the numbered front matter
        story += [PageBreak(), typeset.SectionMark(title, marks), *typeset.flowables(markup, style)]
    rendered = typeset.build(pdf, story, "Cover letter and index of exhibits")
    return marks, rendered, [title for title, _ in papers]


# --- unnumbered pages: cover page, certificate of service ----------------------------------------


def _markup_page(pdf: Path, markup: str, title: str) -> Path:
    typeset.build(pdf, typeset.flowables(markup, typeset.styles()), title)
    return pdf


def _filing_context(ctx: BuildContext, templates: Templates) -> dict[str, Any]:
    context = letter_context(ctx, [])
    context["filing_title"] = templates.block(templates.request(ctx.case), "filing_title", context)
    if ctx.filed:  # a later filing in support of the same request
        context["filing_title"] = f"Supplement to {context['filing_title']}"
    return context


def cover_page(ctx: BuildContext, templates: Templates) -> Path:
    markup = templates.render("cover_page.j2", _filing_context(ctx, templates))
    return _markup_page(ctx.work / "cover-page.pdf", markup, "Cover page")


def certificate_of_service(ctx: BuildContext, templates: Templates) -> Path:
    markup = templates.render("certificate_of_service.j2", _filing_context(ctx, templates))
    return _markup_page(ctx.work / "certificate-of-service.pdf", markup, "Certificate of service")
