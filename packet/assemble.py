"""Assemble: merge front matter and exhibits into the PDFs that are filed, served and e-filed.

Input: a ``Composition``. Output: an ``Output`` per PDF written (a variant, or one part of a split
``efile``). Numbered pages (front matter and exhibits) carry the same stamped number, with the
A-number, in every variant; unnumbered pages (cover page, tab dividers, certificate of service,
the blank backs that keep a tab on its own sheet) carry no stamp, and the PDF page labels say what
they are ("Tab C"). Bookmarks nest front matter, each equity, and each exhibit under its equity.

qpdf merges the pages (their streams copied untouched, so images are never decoded or
re-encoded, and read from disk only while written); pikepdf, on the same libqpdf, then stamps,
labels and bookmarks the merged file, which it also reads lazily. bench/assembly.py measured the
choice: pikepdf alone holds every copied image in memory. Pages
arrive as normalize makes them: US letter, portrait, upright (no /Rotate); the stamp is drawn
for that page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pikepdf
import reportlab
from pikepdf import Dictionary, Name, OutlineItem, OutlineItemFlag, String
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from packet._exec import qpdf
from packet.atomic import Staging
from packet.case import Case, format_a_number
from packet.config import Config
from packet.errors import BuildError
from packet.records import Composition, Exhibit, Output, Variant

TABBED = ("filing", "service")  # variants with a tab divider before each exhibit
STAMP_FONT = "PacketStamp"
STAMP_SIZE = 8.5
STAMP_BASELINE = 0.22 * 72
# Exhibit pages are shrunk into the page above this bottom strip so the stamp never covers them:
# scans keep normalize's margin, but a born-digital page may print to its edge (4% smaller).
STAMP_BAND = 0.45 * 72
MEGABYTE = 1_000_000  # e-filing limits are stated in decimal megabytes; the smaller reading


@dataclass(frozen=True)
class Leaf:
    """One page of an output: where it comes from and what number or label it carries."""

    pdf: Path | None  # None: a blank back that keeps the next tab on its own sheet
    index: int = 0  # page index in ``pdf``
    number: int | None = None  # the stamped packet page number; None for unnumbered pages
    label: str = ""  # the page label of an unnumbered page
    fit: bool = False  # shrink the content above the stamp band (exhibit pages)
    section: str | None = None  # a bookmark under its segment's bookmark starts here
    origin: str = ""  # the case file the page comes from, for messages


@dataclass(frozen=True)
class Segment:
    """A bookmarked run of pages: the front matter, one exhibit, or the certificate of service."""

    title: str
    leaves: tuple[Leaf, ...]
    group: str | None = None  # the equity bookmark this one nests under


@dataclass(frozen=True)
class Stamping:
    """What every output of one build shares: the stamps and the document information."""

    stamps: bytes  # one PDF page per packet page number, the stamp alone
    info: dict[str, str]


def assemble(
    composition: Composition,
    case: Case,
    config: Config,
    staging: Staging,
    variants: tuple[Variant, ...],
    max_mb: float | None = None,
    created: dt.datetime | None = None,
    variant_done: Callable[[], None] = lambda: None,
) -> list[Output]:
    """Write each variant into ``staging``; nothing replaces a final file until it commits."""
    settings = config.settings.packet
    total = composition.front_matter.pages + sum(e.pages for e in composition.exhibits)
    stamping = Stamping(
        _stamp_pages(settings.stamp, format_a_number(case.respondent.a_number), total),
        _info(composition, case, config, created),
    )
    outputs: list[Output] = []
    for variant in variants:
        segments = layout(composition, variant, config)
        if variant == "efile":
            limit = int((max_mb or settings.efile_max_mb) * MEGABYTE)
            outputs += _write_split(segments, stamping, staging, limit)
        else:
            outputs.append(_write_whole(segments, stamping, staging, variant))
        variant_done()
    return outputs


def stale_outputs(out_dir: Path, variants: tuple[str, ...]) -> list[Path]:
    """Packets of these variants that an earlier build wrote (a lone packet or its parts)."""
    found = []
    for variant in variants:
        found += [out_dir / f"packet-{variant}.pdf", *out_dir.glob(f"packet-{variant}-part*.pdf")]
    return found


# --- layout: which page goes where, numbered or not, in each variant ---


def layout(composition: Composition, variant: Variant, config: Config) -> list[Segment]:
    tabbed = variant in TABBED
    segments = [_front_segment(composition, with_cover=tabbed)]
    number = composition.front_matter.pages + 1
    for exhibit in composition.exhibits:
        if exhibit.first_page != number:
            raise BuildError(
                f"Exhibit {exhibit.letter} is indexed from page {exhibit.first_page} but falls on "
                f"page {number}; this is a bug in compose, please report it."
            )
        segments.append(_exhibit_segment(composition, exhibit, config, tabbed))
        number += exhibit.pages
    if variant == "service":
        certificate = _required(composition.certificate_of_service, "certificate of service")
        leaves = _insert_leaves(certificate, "Certificate of service")
        segments.append(Segment("Certificate of service", leaves))
    if tabbed and config.settings.packet.double_sided:
        segments = _double_sided(segments)
    return segments


def _front_segment(composition: Composition, with_cover: bool) -> Segment:
    front = composition.front_matter
    sections = dict((page, title) for title, page in front.sections)
    forms: dict[
        int, str
    ] = {}  # a form filed in the front matter (the G-28) is a scan like any exhibit page
    for document, first in front.documents:
        forms |= {first + i: document.file for i in range(document.pages)}
    leaves = [
        Leaf(
            front.pdf,
            i,
            number=i + 1,
            section=sections.get(i),
            fit=i + 1 in forms,
            origin=forms.get(i + 1, ""),
        )
        for i in range(front.pages)
    ]
    if with_cover and composition.cover_page:
        cover = _insert_leaves(composition.cover_page, "Cover")
        leaves = [dataclasses.replace(cover[0], section="Cover page"), *cover[1:], *leaves]
    return Segment("Front matter", tuple(leaves))


def _exhibit_segment(
    composition: Composition, exhibit: Exhibit, config: Config, tabbed: bool
) -> Segment:
    leaves: list[Leaf] = []
    if tabbed:
        divider = _required(
            composition.dividers.get(exhibit.letter), f"tab divider for Exhibit {exhibit.letter}"
        )
        leaves += _insert_leaves(divider, f"Tab {exhibit.letter}")
    number = exhibit.first_page
    for document in exhibit.documents:
        for i in range(document.pages):
            leaves.append(Leaf(document.pdf, i, number=number, fit=True, origin=document.file))
            number += 1
    title = f"Exhibit {exhibit.letter}: {exhibit.description}"
    return Segment(title, tuple(leaves), group=config.taxonomy.equities[exhibit.equity])


def _insert_leaves(pdf: Path, label: str) -> tuple[Leaf, ...]:
    """The unnumbered pages of a generated insert, labelled "Tab C" (or "Cover 1", "Cover 2")."""
    with pikepdf.open(pdf) as insert:
        pages = len(insert.pages)
    if pages == 1:
        return (Leaf(pdf, 0, label=label),)
    return tuple(Leaf(pdf, i, label=f"{label} {i + 1}") for i in range(pages))


def _required(pdf: Path | None, what: str) -> Path:
    if pdf is None:
        raise BuildError(f"compose made no {what}; the filing and service variants need it.")
    return pdf


def _double_sided(segments: list[Segment]) -> list[Segment]:
    """Blank backs so that each cover, tab and certificate starts a sheet and owns its sheets."""
    padded: list[list[Leaf]] = []
    count = 0
    for segment in segments:
        leaves: list[Leaf] = []
        for i, leaf in enumerate(segment.leaves):
            before = segment.leaves[i - 1] if i else None
            if leaf.number is None and (before is None or before.number is not None) and count % 2:
                # the page before is a front: give it a blank back (in its own segment, so that
                # this segment's bookmark still lands on the insert)
                target = leaves if leaves else padded[-1]
                target.append(_back_of(target[-1]))
                count += 1
            leaves.append(leaf)
            count += 1
            after = segment.leaves[i + 1] if i + 1 < len(segment.leaves) else None
            if leaf.number is None and after is not None and after.number is not None and count % 2:
                leaves.append(_back_of(leaf))
                count += 1
        padded.append(leaves)
    return [dataclasses.replace(s, leaves=tuple(p)) for s, p in zip(segments, padded, strict=True)]


def _back_of(leaf: Leaf) -> Leaf:
    return Leaf(None, label=f"{leaf.label or leaf.number} (back)")


# --- writing ---


def _write_whole(
    segments: list[Segment], stamping: Stamping, staging: Staging, variant: Variant
) -> Output:
    name = f"packet-{variant}.pdf"
    size = staging.write(name, lambda f: _write_pdf(segments, stamping, staging, f))
    return Output(variant, staging.folder / name, _page_count(segments), size)


def _write_split(
    segments: list[Segment], stamping: Stamping, staging: Staging, limit: int
) -> list[Output]:
    """The e-filing copy, whole when it fits under ``limit`` bytes, else in parts that each do."""
    costs = _page_costs(segments)
    if sum(costs.values()) <= limit * 1.25:  # likely to fit whole: try that first
        whole = _write_whole(segments, stamping, staging, "efile")
        if whole.bytes <= limit:
            return [whole]
        staging.discard(whole.path.name)
    budget = limit
    for _ in range(8):  # the estimate comes from the sources' sizes; tighten it until parts fit
        parts = _pack(segments, budget, costs)
        outputs = [_write_part(part, n, stamping, staging) for n, part in enumerate(parts, start=1)]
        for part, output in zip(parts, outputs, strict=True):
            if output.bytes > limit and output.pages == 1:
                raise _too_big(_leaves(part)[0], limit)
        largest = max(o.bytes for o in outputs)
        if largest <= limit:
            return outputs
        for o in outputs:
            staging.discard(o.path.name)
        budget = int(budget * limit / largest * 0.95)
    raise BuildError(f"could not split the e-filing copy into parts under {limit / MEGABYTE} MB.")


def _too_big(page: Leaf, limit: int) -> BuildError:
    return BuildError(
        f"page {page.number} ({page.origin or 'front matter'}) alone is larger than the "
        f"e-filing limit of {limit / MEGABYTE:g} MB; scan it again at a lower resolution, "
        "or raise --max-mb."
    )


def _write_part(part: list[Segment], n: int, stamping: Stamping, staging: Staging) -> Output:
    name = f"packet-efile-part{n}.pdf"
    size = staging.write(name, lambda f: _write_pdf(part, stamping, staging, f))
    numbers = [leaf.number for s in part for leaf in s.leaves if leaf.number is not None]
    numbered = (min(numbers), max(numbers)) if numbers else None
    return Output("efile", staging.folder / name, _page_count(part), size, n, numbered)


def _page_costs(segments: list[Segment]) -> dict[Leaf, float]:
    """Each page's share of its source file's bytes: what it will add to a part, roughly."""
    pages_of: dict[Path, int] = {}
    for leaf in _leaves(segments):
        if leaf.pdf:
            pages_of[leaf.pdf] = pages_of.get(leaf.pdf, 0) + 1
    sizes = {pdf: pdf.stat().st_size for pdf in pages_of}
    return {
        leaf: sizes[leaf.pdf] / pages_of[leaf.pdf] if leaf.pdf else 0.0
        for leaf in _leaves(segments)
    }


def _pack(segments: list[Segment], budget: float, costs: dict[Leaf, float]) -> list[list[Segment]]:
    """Segments in order, filled into parts up to ``budget``; a segment too big alone is cut
    between pages, its later pieces bookmarked "(continued)"."""
    parts: list[list[Segment]] = [[]]
    room = budget
    for segment in segments:
        cost = sum(costs[leaf] for leaf in segment.leaves)
        if cost > room and parts[-1]:
            parts.append([])
            room = budget
        if cost <= room:
            parts[-1].append(segment)
            room -= cost
            continue
        for piece in _cut(segment, budget, costs):
            if parts[-1]:
                parts.append([])
            parts[-1].append(piece)
            room = budget - sum(costs[leaf] for leaf in piece.leaves)
    return parts


def _cut(segment: Segment, budget: float, costs: dict[Leaf, float]) -> Iterator[Segment]:
    piece: list[Leaf] = []
    spent = 0.0
    title = segment.title
    for leaf in segment.leaves:
        if piece and spent + costs[leaf] > budget:
            yield dataclasses.replace(segment, title=title, leaves=tuple(piece))
            piece, spent, title = [], 0.0, f"{segment.title} (continued)"
        piece.append(leaf)
        spent += costs[leaf]
    yield dataclasses.replace(segment, title=title, leaves=tuple(piece))


def _write_pdf(
    segments: list[Segment], stamping: Stamping, staging: Staging, file: BinaryIO
) -> None:
    leaves = _leaves(segments)
    with staging.scratch() as merged:
        qpdf.merge(_runs(leaves), merged)
        with (
            pikepdf.open(merged, access_mode=pikepdf.AccessMode.stream) as pdf,
            pikepdf.open(io.BytesIO(stamping.stamps)) as stamps,
        ):
            for i, leaf in enumerate(leaves):
                if leaf.pdf is None:
                    pdf.pages.insert(i, _blank_page(pdf))
                    continue
                _name_xobjects_in_order(pdf, pdf.pages[i])
                if leaf.number is not None:
                    _stamp(pdf, pdf.pages[i], stamps.pages[leaf.number - 1], leaf.fit)
            pdf.Root.PageLabels = Dictionary(Nums=_page_labels(leaves))
            _bookmark(pdf, segments)
            _describe(pdf, stamping.info)
            del pdf.trailer.ID  # qpdf would keep the merged file's random half of the ID
            pdf.save(
                file,
                deterministic_id=True,  # the ID is a hash of the content: same packet, same bytes
                object_stream_mode=pikepdf.ObjectStreamMode.generate,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,  # images pass through as is
            )


def _runs(leaves: list[Leaf]) -> list[tuple[Path, int, int]]:
    """The pages to merge as runs of consecutive pages of one file (pdf, first, last; 1-based)."""
    runs: list[tuple[Path, int, int]] = []
    for leaf in leaves:
        if leaf.pdf is None:
            continue
        if runs and runs[-1][0] == leaf.pdf and runs[-1][2] == leaf.index:
            runs[-1] = (leaf.pdf, runs[-1][1], leaf.index + 1)
        else:
            runs.append((leaf.pdf, leaf.index + 1, leaf.index + 1))
    return runs


def _blank_page(pdf: pikepdf.Pdf) -> pikepdf.Page:
    page = Dictionary(
        Type=Name.Page, MediaBox=pikepdf.Array([0, 0, *LETTER]), Resources=Dictionary()
    )
    return pikepdf.Page(pdf.make_indirect(page))


def _stamp(pdf: pikepdf.Pdf, page: pikepdf.Page, stamp: pikepdf.Page, fit: bool) -> None:
    form = pdf.copy_foreign(stamp.as_form_xobject())
    name = page.add_resource(form, Name.XObject, _unused_name(page))
    scale = (LETTER[1] - STAMP_BAND) / LETTER[1]
    shrink = f"{scale:.4f} 0 0 {scale:.4f} {LETTER[0] * (1 - scale) / 2:.2f} {STAMP_BAND:.2f} cm\n"
    page.contents_add(b"q\n" + (shrink.encode() if fit else b""), prepend=True)
    page.contents_add(f"\nQ\n{name} Do\n".encode())


def _name_xobjects_in_order(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Rename the page's images and forms /X1, /X2, ... in the order its content draws them.

    Earlier stages name them at random (OCRmyPDF) or after a temporary path (reportlab), so the
    same scan OCR'd twice would otherwise give a packet with other bytes.
    """
    xobjects = page.resources.get(Name.XObject)
    if not xobjects:
        return
    try:
        operations = pikepdf.parse_content_stream(page)
    except pikepdf.PdfError:
        return  # content qpdf cannot parse is left exactly as it came
    renamed: dict[str, Name] = {}
    for n, instruction in enumerate(operations):
        operands, operator = instruction.operands, instruction.operator
        if str(operator) == "Do" and operands and str(operands[0]) in xobjects:
            new = renamed.setdefault(str(operands[0]), Name(f"/X{len(renamed) + 1}"))
            operations[n] = pikepdf.ContentStreamInstruction([new], operator)
    page.Resources.XObject = Dictionary({str(new): xobjects[old] for old, new in renamed.items()})
    page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(operations))


def _unused_name(page: pikepdf.Page) -> Name:
    """A fixed resource name, so that the same packet has the same bytes (pikepdf's are random)."""
    taken = page.resources.get(Name.XObject, Dictionary())
    n = 0
    while (name := Name(f"/PacketStamp{n or ''}")) in taken:
        n += 1
    return name


def _stamp_pages(template: str, a_number: str, total: int) -> bytes:
    if STAMP_FONT not in pdfmetrics.getRegisteredFontNames():
        # an embedded TrueType font, so the stamp prints the same everywhere
        vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
        pdfmetrics.registerFont(TTFont(STAMP_FONT, str(vera)))
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=LETTER, invariant=True, pageCompression=1)
    for number in range(1, total + 1):
        canvas.setFont(STAMP_FONT, STAMP_SIZE)
        text = template.format(a_number=a_number, page=number, pages=total)
        canvas.drawCentredString(LETTER[0] / 2, STAMP_BASELINE, text)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _page_labels(leaves: list[Leaf]) -> pikepdf.Array:
    """A decimal range wherever numbering starts or resumes, a fixed label for each other page."""
    nums: list[object] = []
    for i, leaf in enumerate(leaves):
        before = leaves[i - 1] if i else None
        if leaf.number is None:
            nums += [i, Dictionary(P=String(leaf.label))]
        elif before is None or before.number is None or before.number + 1 != leaf.number:
            nums += [i, Dictionary(S=Name.D, St=leaf.number)]
    return pikepdf.Array(nums)


def _bookmark(pdf: pikepdf.Pdf, segments: list[Segment]) -> None:
    with pdf.open_outline() as outline:
        group: OutlineItem | None = None
        start = 0
        for segment in segments:
            item = OutlineItem(segment.title, start)
            for offset, leaf in enumerate(segment.leaves):
                if leaf.section:
                    item.children.append(OutlineItem(leaf.section, start + offset))
            if segment.group is None:
                item.flags = OutlineItemFlag.Bold
                outline.root.append(item)
                group = None
            else:
                if group is None or group.title != segment.group:
                    group = OutlineItem(segment.group, start, flags=OutlineItemFlag.Bold)
                    outline.root.append(group)
                group.children.append(item)
            start += len(segment.leaves)


def _info(
    composition: Composition, case: Case, config: Config, created: dt.datetime | None
) -> dict[str, str]:
    """What the packet says about itself: nothing the pages do not show, nothing about the tool."""
    author = case.representative.name if case.representative else case.respondent.name
    info = {
        "/Title": composition.title,
        "/Subject": config.taxonomy.request_types[case.request.type].label,
        "/Author": author,
        "/Creator": "evidence-packet",
    }
    if created:
        stamp = created.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%SZ")
        info |= {"/CreationDate": stamp, "/ModDate": stamp}
    return info


def _describe(pdf: pikepdf.Pdf, info: dict[str, str]) -> None:
    for key, value in info.items():
        pdf.docinfo[Name(key)] = String(value)
    pdf.Root.PageMode = Name.UseOutlines  # open with the bookmarks showing
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    pdf.Root.Lang = String("en-US")


def _leaves(segments: list[Segment]) -> list[Leaf]:
    return [leaf for segment in segments for leaf in segment.leaves]


def _page_count(segments: list[Segment]) -> int:
    return sum(len(s.leaves) for s in segments)
