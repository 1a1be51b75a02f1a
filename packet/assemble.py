"""Assemble: merge front matter and exhibits into the PDFs that are filed, served and e-filed.

Input: a ``Composition``. Output: an ``Output`` per PDF written (a variant, or one part of a split
``efile``). Numbered pages (front matter and exhibits) carry the same stamped number, with the
A-number, in every variant; unnumbered pages (cover page, tab dividers, certificate of service,
the blank backs that keep a tab on its own sheet) carry no stamp, and the PDF page labels say what
they are ("Tab C"). Bookmarks nest front matter, each equity, and each exhibit under its equity.

Each packet is written once: qpdf's page merging (in this process, packet/_exec/qpdf.py) copies
the pages without reading their streams, pikepdf adds stamps, labels and bookmarks to that
document, and its one save reads each image from its source while writing it, never decoded or
re-encoded. bench/assembly.py measured the choice: pikepdf's own page copying holds every image
in memory, and merging to a file first wrote every image twice. Pages arrive as normalize makes
them: US letter, portrait, upright (no /Rotate); the stamp is drawn for that page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pikepdf
from pikepdf import Dictionary, Name, OutlineItem, OutlineItemFlag, String
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from packet import typeset
from packet._exec import qpdf
from packet.atomic import Staging
from packet.case import Case, format_a_number
from packet.config import Config
from packet.errors import BuildError
from packet.records import TABBED, Composition, Exhibit, Output, Variant

STAMP_SIZE = 8.5
STAMP_BASELINE = 0.22 * 72
# Exhibit pages are shrunk into the page above this bottom strip so the stamp never covers them:
# scans keep normalize's margin, but a born-digital page may print to its edge (4% smaller).
STAMP_BAND = 0.45 * 72
CONTINUED = " (continued)"  # the bookmark of an exhibit's later pieces, when it is split
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
    """What every output of one build shares: the stamps, the document information and the
    blank page that backs a tab."""

    stamps: pikepdf.Pdf  # one page per packet page number, the stamp alone
    info: dict[str, str]
    blank: Path  # a blank letter page, merged by qpdf like any other page
    # while error findings remain, every page carries the draft mark: the numbered stamps draw
    # it, and one more page after them holds it alone for the unnumbered pages
    draft: bool = False
    first: int = 1  # the number of the first stamp page (a supplement's go on from the filed)


def assemble(
    composition: Composition,
    case: Case,
    config: Config,
    staging: Staging,
    variants: tuple[Variant, ...],
    max_mb: float | None = None,
    created: dt.datetime | None = None,
    variant_done: Callable[[], None] = lambda: None,
    draft: bool = False,
) -> list[Output]:
    """Write each variant into ``staging``; nothing replaces a final file until it commits.
    A ``draft`` (error findings remain) carries the draft mark on every page of every variant."""
    settings = config.settings.packet
    # the last page number; a supplement's first is the filed packet's last + 1, and its stamps
    # say "Page 58 of 64": of the record as a whole
    first = composition.first_page
    total = first - 1 + composition.front_matter.pages
    total += sum(e.pages for e in composition.exhibits)
    mark = settings.draft_mark if draft else None
    a_number = format_a_number(case.respondent.a_number)
    stamps = _stamp_pages(settings.stamp, a_number, first, total, mark)
    with pikepdf.open(io.BytesIO(stamps)) as stamps_pdf, staging.scratch() as blank:
        _blank_pdf(blank)
        info = _info(composition, case, config, created)
        stamping = Stamping(stamps_pdf, info, blank, draft=draft, first=first)
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
    number = composition.first_page + composition.front_matter.pages
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
    front, start = composition.front_matter, composition.first_page
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
            number=start + i,
            section=sections.get(i),
            fit=start + i in forms,
            origin=forms.get(start + i, ""),
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
    found = pdf.stat()
    pages = _pages_in(pdf, found.st_mtime_ns, found.st_size)
    if pages == 1:
        return (Leaf(pdf, 0, label=label),)
    return tuple(Leaf(pdf, i, label=f"{label} {i + 1}") for i in range(pages))


@functools.lru_cache(maxsize=4096)
def _pages_in(pdf: Path, mtime_ns: int, size: int) -> int:
    """Counted once for all the variants that insert it (the file's time and size in the key)."""
    with pikepdf.open(pdf) as insert:
        return len(insert.pages)


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
    # Part by part: the estimate comes from the sources' sizes, so a part that comes out too big
    # is packed again with a tighter budget, which the parts after it keep; parts that fit are
    # never written twice.
    budget, remaining, retries = limit, segments, 0
    outputs: list[Output] = []
    while remaining:
        part, *rest = _pack(remaining, budget, costs)
        output = _write_part(part, len(outputs) + 1, stamping, staging)
        if output.bytes <= limit:
            outputs.append(output)
            remaining = [segment for later in rest for segment in later]
            continue
        staging.discard(output.path.name)
        if output.pages == 1:
            raise _too_big(_leaves(part)[0], limit)
        retries += 1
        if retries > 8:
            raise BuildError(
                f"could not split the e-filing copy into parts under {limit / MEGABYTE} MB."
            )
        budget = int(budget * limit / output.bytes * 0.95)
    return outputs


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
    continued = title if title.endswith(CONTINUED) else f"{title}{CONTINUED}"
    for leaf in segment.leaves:
        if piece and spent + costs[leaf] > budget:
            yield dataclasses.replace(segment, title=title, leaves=tuple(piece))
            piece, spent, title = [], 0.0, continued
        piece.append(leaf)
        spent += costs[leaf]
    yield dataclasses.replace(segment, title=title, leaves=tuple(piece))


def _write_pdf(
    segments: list[Segment], stamping: Stamping, staging: Staging, file: BinaryIO
) -> None:
    """The packet written once: qpdf merges the pages without reading their images, the stamps,
    labels and bookmarks are added to the merged document in memory, and one save streams each
    image from its source file into the packet."""
    leaves = _leaves(segments)
    stamps = stamping.stamps.pages
    with qpdf.merged(_runs(leaves, stamping.blank)) as pdf:
        for leaf, page in zip(leaves, pdf.pages, strict=True):
            _name_xobjects_in_order(pdf, page)
            if leaf.number is not None:
                _stamp(pdf, page, stamps[leaf.number - stamping.first], leaf.fit)
            elif stamping.draft:
                _stamp(pdf, page, stamps[len(stamps) - 1], False)
        resolve_page_links(pdf, leaves)
        _share_fonts(pdf)
        pdf.Root.PageLabels = Dictionary(Nums=_page_labels(leaves))
        _bookmark(pdf, segments)
        _describe(pdf, stamping.info)
        _save_with_content_id(pdf, file)


def resolve_page_links(pdf: pikepdf.Pdf, leaves: list[Leaf]) -> None:
    """The front matter's links to packet pages (typeset.page_link) made links to those pages
    in this output; a link to a page another part of a split copy holds is removed (the
    citation's page number still finds it)."""
    where = {leaf.number: i for i, leaf in enumerate(leaves) if leaf.number is not None}
    for page in pdf.pages:
        annots = page.obj.get(Name.Annots)
        if not annots:
            continue
        kept = pikepdf.Array()
        for annot in annots:
            action = annot.get(Name.A)
            uri = str(action.get(Name.URI, "")) if action is not None else ""
            if not uri.startswith(typeset.PAGE_LINK):
                kept.append(annot)
                continue
            target = where.get(int(uri.removeprefix(typeset.PAGE_LINK) or 0))
            if target is None:
                continue
            del annot[Name.A]
            annot.Dest = pikepdf.Array([pdf.pages[target].obj, Name.Fit])
            kept.append(annot)
        page.obj.Annots = kept


# The packet's ID is a hash of its content, so the same packet has the same bytes. qpdf's own
# deterministic ID is an MD5 taken as it writes, 2 s of the 5 s that 1000 pages took
# (bench/README.md); SHA-256 of the file read back from the page cache costs a third of that.
PLACEHOLDER_ID = bytes(16)
_WRITTEN_ID = re.compile(rb"/ID \[<0{32}><[0-9a-f]{32}>\]")
TAIL = 1 << 20  # the ID is in the trailer, written last but for the compressed cross-references


def _save_with_content_id(pdf: pikepdf.Pdf, file: BinaryIO) -> None:
    """Save with a placeholder ID, then write the hash of what was saved in its place: the
    same length, so nothing else moves. ``file`` must be readable too."""
    start = file.tell()
    pdf.trailer.ID = pikepdf.Array([String(PLACEHOLDER_ID), String(PLACEHOLDER_ID)])
    pdf.save(
        file,
        static_id=True,  # no ID of its own (qpdf would mix in the time): the placeholder stays
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
        stream_decode_level=pikepdf.StreamDecodeLevel.none,  # images pass through as is
    )
    end = file.tell()
    file.seek(start)
    digest = hashlib.sha256()
    while chunk := file.read(1 << 20):  # from the page cache: the file was just written
        digest.update(chunk)
    ident = digest.digest()[:16].hex().encode()
    tail = max(start, end - TAIL)
    file.seek(tail)
    found = list(_WRITTEN_ID.finditer(file.read(end - tail)))
    if len(found) != 1:
        raise BuildError("the packet's ID was not where pikepdf writes it; please report this.")
    file.seek(tail + found[0].start())
    file.write(b"/ID [<" + ident + b"><" + ident + b">]")
    file.seek(end)


def _runs(leaves: list[Leaf], blank: Path) -> list[tuple[Path, int, int]]:
    """The pages to merge as runs of consecutive pages of one file (pdf, first, last; 1-based),
    a blank back as the page of ``blank``: qpdf places every page, none is inserted after."""
    runs: list[tuple[Path, int, int]] = []
    for leaf in leaves:
        pdf = leaf.pdf or blank
        if runs and runs[-1][0] == pdf and runs[-1][2] == leaf.index and leaf.pdf:
            runs[-1] = (pdf, runs[-1][1], leaf.index + 1)
        else:
            runs.append((pdf, leaf.index + 1, leaf.index + 1))
    return runs


def _blank_pdf(path: Path) -> None:
    # Saved through memory: pikepdf saving to a path writes its own ".pikepdf.*" stand-in
    # beside it, which a build killed at that moment would leave in the output folder.
    buffer = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=LETTER)
        pdf.save(buffer)
    path.write_bytes(buffer.getvalue())


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


def _share_fonts(pdf: pikepdf.Pdf) -> None:
    """One copy of each embedded font in the packet.

    Each generated PDF (the letter, every tab divider, the stamps...) brings its own copy of the
    same font subset (see typeset.SHARED_CHARACTERS), and each OCR'd scan its own copy of
    Tesseract's invisible-text font: fonts alike in every byte but their resource name are
    replaced by the first one met. Only resources are walked; no image is read.
    """
    first: dict[bytes, pikepdf.Object] = {}
    prints: dict[tuple[int, int], bytes] = {}
    seen: set[tuple[int, int]] = set()
    pending = [page.obj.get(Name.Resources) for page in pdf.pages]
    while pending:
        resources = pending.pop()
        if not isinstance(resources, Dictionary) or _visited(resources, seen):
            continue
        fonts = resources.get(Name.Font)
        if isinstance(fonts, Dictionary):
            for key, font in list(fonts.items()):
                if font.is_indirect:
                    fonts[key] = first.setdefault(_fingerprint(font, pdf, prints), font)
        for xobject in (resources.get(Name.XObject) or Dictionary()).values():
            if xobject.get(Name.Subtype) == Name.Form:  # stamps, OCR text layers
                pending.append(xobject.get(Name.Resources))


def _visited(obj: pikepdf.Object, seen: set[tuple[int, int]]) -> bool:
    if not obj.is_indirect:
        return False
    if obj.objgen in seen:
        return True
    seen.add(obj.objgen)
    return False


_REFERENCE = re.compile(rb"(\d+) (\d+) R\b")
_RESOURCE_NAME = re.compile(rb"/Name /[^\s/\[\]<>()]+")


def _fingerprint(
    obj: pikepdf.Object, pdf: pikepdf.Pdf, prints: dict[tuple[int, int], bytes]
) -> bytes:
    """A digest of an indirect object and all it refers to (streams by their encoded bytes),
    leaving out a font's resource name. Written out by qpdf, references replaced by the digests
    of what they point to: one call per object, not one per number in a font's widths."""
    if not isinstance(obj, pikepdf.Object):  # an indirect number (a length) comes as an int
        return repr(obj).encode()
    objgen = obj.objgen
    if objgen in prints:
        return prints[objgen]
    digest = hashlib.sha256()
    if isinstance(obj, pikepdf.Stream):
        digest.update(b"stream" + obj.read_raw_bytes())
        obj = obj.stream_dict
    text = _RESOURCE_NAME.sub(b"", obj.unparse(resolved=True))
    start = 0
    for ref in _REFERENCE.finditer(text):
        target = pdf.get_object(int(ref[1]), int(ref[2]))
        digest.update(text[start : ref.start()] + _fingerprint(target, pdf, prints))
        start = ref.end()
    digest.update(text[start:])
    prints[objgen] = digest.digest()
    return prints[objgen]


def _unused_name(page: pikepdf.Page) -> Name:
    """A fixed resource name, so that the same packet has the same bytes (pikepdf's are random)."""
    taken = page.resources.get(Name.XObject, Dictionary())
    n = 0
    while (name := Name(f"/PacketStamp{n or ''}")) in taken:
        n += 1
    return name


def _stamp_pages(
    template: str, a_number: str, first: int, total: int, draft_mark: str | None = None
) -> bytes:
    """One page per packet page number from ``first`` with its stamp; with a ``draft_mark``, the
    mark on each of them too, and one more page with the mark alone (for the unnumbered pages)."""
    # the letter's embedded face and subset, so the stamps add no font of their own
    buf = io.BytesIO()
    canvas = typeset.new_canvas(buf, pagesize=LETTER, invariant=True)
    for number in range(first, total + 1):  # ~2 ms a page: none for pages filed before
        canvas.setFont(typeset.FONT, STAMP_SIZE)
        text = template.format(a_number=a_number, page=number, pages=total)
        canvas.drawCentredString(LETTER[0] / 2, STAMP_BASELINE, text)
        if draft_mark:
            _draw_draft_mark(canvas, draft_mark)
        canvas.showPage()
    if draft_mark:
        _draw_draft_mark(canvas, draft_mark)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _draw_draft_mark(canvas: Canvas, mark: str) -> None:
    """The mark in red at the top edge, in the margin every page keeps, boxed so that it reads
    as a mark on the copy and not as part of a document."""
    size = 11
    width = pdfmetrics.stringWidth(mark, typeset.FONT, size)
    top = LETTER[1] - 0.3 * 72
    canvas.saveState()
    canvas.setFillColorRGB(0.75, 0, 0)
    canvas.setStrokeColorRGB(0.75, 0, 0)
    canvas.setFont(typeset.FONT, size)
    canvas.drawCentredString(LETTER[0] / 2, top, mark)
    canvas.rect((LETTER[0] - width) / 2 - 6, top - 4, width + 12, size + 6, stroke=1, fill=0)
    canvas.restoreState()


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
