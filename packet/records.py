"""The records that flow through the pipeline, in the order the stages make them.

Read this first: each stage (packet/pipeline.py) takes the records above its own and returns the
next one. Records are frozen; a stage that refines one (classify pairing translations, compose
numbering exhibits) makes a new one with ``dataclasses.replace``.

    ingest     Source, Rejection (in an Intake)
    normalize  NormalizedSource (PageImage per page of an image, with its PageNormalization)
    ocr        ReadSource
    segment    ReadSource per document found in the files (Piece: which files, which pages)
    classify   Document (with its Fields)
    check      CheckResult: Finding, Timeline (Span), the copies left out
    compose    Composition: Exhibit, FrontMatter
    assemble   Output
    report     report.json, where the records become JSON (dates as ISO strings)

``BuildContext`` is what a stage needs from the whole build of one case: the validated case, the
configuration, the day it is built (SOURCE_DATE_EPOCH) and its private work folder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from packet.dates import Span, clip, month_span, overlap

if TYPE_CHECKING:  # the command line reads VARIANTS from here before pydantic is loaded
    from packet.case import Case
    from packet.config import Config, FindingCode, Severity

SourceKind = Literal["pdf", "jpeg", "png", "tiff", "gif", "bmp", "webp", "heic"]
Variant = Literal["efile", "filing", "service"]
VARIANTS: tuple[Variant, ...] = ("efile", "filing", "service")
TABBED: tuple[Variant, ...] = ("filing", "service")  # a tab divider before each exhibit
MonthCover = Literal["evidence", "gap", "uncovered"]


@dataclass(frozen=True)
class BuildContext:
    """What every stage of one case's build may ask about the build as a whole."""

    case: Case
    config: Config
    today: dt.date  # packet/dates.build_date(): the letter's date and what "today" means to check
    work: Path  # private, removed at the end of the build
    variants: tuple[Variant, ...] = ("efile",)  # the copies asked for: `service` needs `service:`
    filed: FiledRecord | None = None  # --supplement-to: what was filed before (packet/filed.py)


# --- the filed record (a supplement builds on it) ------------------------------------------------


@dataclass(frozen=True)
class FiledPaper:
    """One document as a filed report.json records it: where it came from and where it sits."""

    name: str  # its ``Document.name`` when filed
    file: str
    pieces: tuple[tuple[str, int, int], ...]  # sha256 of each file, first and last page of it
    letter: str
    packet_pages: tuple[int, int]
    filed_on: dt.date


@dataclass(frozen=True)
class FiledExhibit:
    """An exhibit already filed: it keeps its letter and pages in every later filing."""

    letter: str
    equity: str
    description: str
    first_page: int
    last_page: int
    filed_on: dt.date
    papers: tuple[FiledPaper, ...]
    replaced_by: str | None = None  # the letter of a later exhibit that is a better copy of it

    @property
    def page_ref(self) -> str:
        return page_ref(self.first_page, self.last_page)

    @property
    def citation(self) -> str:
        return f"Exhibit {self.letter}, {self.page_ref}"


@dataclass(frozen=True)
class FiledRecord:
    """What the filings so far hold, read from the last one's report.json (packet/filed.py)."""

    path: Path
    sha256: str  # of the report.json file: a supplement names exactly the filing it follows
    date: dt.date  # the day that packet was built
    request: str  # the request type it made
    exhibits: tuple[FiledExhibit, ...]  # of every filing so far, in letter order
    last_page: int  # the last numbered page of the filing

    @property
    def filings(self) -> tuple[dt.date, ...]:
        """The days of the filings the record holds, oldest first."""
        return tuple(sorted({e.filed_on for e in self.exhibits} | {self.date}))


# --- ingest ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A usable input file."""

    path: Path
    file: str  # path relative to the case folder, with forward slashes: the name users see
    sha256: str
    kind: SourceKind  # from its first bytes
    pages: int | None = None  # known once inspected (in a worker) or read from the OCR cache
    normalize: tuple[tuple[str, bool], ...] = ()  # case.yaml's `normalize:` for this file


@dataclass(frozen=True)
class Rejection:
    file: str
    reason: str


@dataclass
class Intake:
    sources: list[Source] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)


# --- normalize, ocr ----------------------------------------------------------------------------


TURNS = {90: "a quarter turn left", 180: "upside down", 270: "a quarter turn right"}


@dataclass(frozen=True)
class PageNormalization:
    """What normalize did to one page image, for `packet explain` and report.json."""

    photo: tuple[int, int] = (0, 0)  # the image as read (EXIF applied), width x height pixels
    sheet: tuple[tuple[int, int], ...] = ()  # the sheet's corners in ``photo``, when cut out
    perspective: bool = False  # the sheet was warped square: the camera was tilted
    light_flattened: bool = False
    turned: int = 0  # degrees counter-clockwise turned without EXIF (text direction, landscape)
    skew: float = 0.0  # degrees counter-clockwise straightened
    image_hash: str = ""  # perceptual hash of the stored page (packet/likeness.py)
    saved: tuple[int, int] = (0, 0)  # the file's own pixels, as saved: before EXIF and any
    # reduced decoding of a large JPEG; (0, 0): as ``photo``
    exif: int = 1  # the EXIF orientation the file was saved with (1: none)
    # OCR read what its first reading left unread: many of its letters lay in no word read
    # (packet/unread.py)
    read_again: bool = False
    # OCR read a copy this many times larger: the page's letters were too small for it as they
    # were (a photo a messaging app shrank); 1: read at its own size
    read_enlarged: int = 1

    def steps(self) -> list[str]:
        """What was done, in words, in the order it was done."""
        done = []
        if self.sheet:
            w, h = self.photo
            how = ", perspective corrected" if self.perspective else ""
            done.append(f"cropped to the sheet of paper from a {w}x{h} photo{how}")
        if self.light_flattened:
            done.append("uneven light flattened")
        if self.turned:
            done.append(f"turned {TURNS[self.turned]} to read upright (no EXIF said so)")
        if self.skew:
            done.append(f"straightened by {abs(self.skew):.1f}°")
        if self.read_enlarged > 1:
            done.append(
                f"read enlarged {self.read_enlarged}x: its letters were too small for OCR as "
                "they were"
            )
        if self.read_again:
            done.append(
                "read a second time for what the first reading left: many of its letters lay "
                "in no word read"
            )
        return done

    def summary(self) -> dict[str, object]:
        """The steps for report.json: only what was done."""
        record: dict[str, object] = {}
        if self.sheet:
            record["cropped_from"] = list(self.photo)
            record["perspective_corrected"] = self.perspective
            record["sheet"] = [list(p) for p in self.sheet_as_saved()]
        if self.light_flattened:
            record["light_flattened"] = True
        if self.turned:
            record["turned"] = self.turned
        if self.skew:
            record["deskewed"] = round(self.skew, 1)
        if self.read_enlarged > 1:
            record["read_enlarged"] = self.read_enlarged
        if self.read_again:
            record["read_again"] = True
        return record

    def sheet_as_saved(self) -> tuple[tuple[int, int], ...]:
        """The sheet's corners in the file's own pixels as saved (before its EXIF turn), in
        the order they became the stored page's top-left, top-right, bottom-right and
        bottom-left: after the crop the page may have been turned by its text, and each
        quarter turn counter-clockwise brings the next corner to the top-left."""
        if len(self.sheet) != 4:
            return ()
        w, h = self.photo
        saved = self.saved if self.saved[0] else self.photo
        upright = saved[::-1] if self.exif in EXIF_SIDEWAYS else saved
        sx, sy = upright[0] / (w or 1), upright[1] / (h or 1)
        points = [_before_exif(x * sx, y * sy, upright, self.exif) for x, y in self.sheet]
        k = self.turned // 90 % 4
        return tuple((round(x), round(y)) for x, y in points[k:] + points[:k])

    def as_json(self) -> dict[str, object]:
        return {
            "photo": list(self.photo),
            "sheet": [list(p) for p in self.sheet],
            "perspective": self.perspective,
            "light_flattened": self.light_flattened,
            "turned": self.turned,
            "skew": self.skew,
            "image_hash": self.image_hash,
            "saved": list(self.saved),
            "exif": self.exif,
            "read_again": self.read_again,
            "read_enlarged": self.read_enlarged,
        }

    @classmethod
    def from_json(cls, data: dict) -> PageNormalization:
        return cls(
            (int(data["photo"][0]), int(data["photo"][1])),
            tuple((int(x), int(y)) for x, y in data["sheet"]),
            bool(data["perspective"]),
            bool(data["light_flattened"]),
            int(data["turned"]),
            float(data["skew"]),
            str(data["image_hash"]),
            (int(data["saved"][0]), int(data["saved"][1])),
            int(data["exif"]),
            bool(data.get("read_again", False)),
            int(data.get("read_enlarged", 1)),
        )


EXIF_SIDEWAYS = (5, 6, 7, 8)  # EXIF orientations that show the saved image a quarter turn off


def _before_exif(
    x: float, y: float, upright: tuple[int, int], orientation: int
) -> tuple[float, float]:
    """A point of an image shown upright by its EXIF ``orientation`` (``upright``: that image's
    width and height), in the pixels of the image as saved: each EXIF turn or mirror undone."""
    w, h = upright
    return {
        2: (w - x, y),
        3: (w - x, h - y),
        4: (x, h - y),
        5: (y, x),
        6: (y, w - x),
        7: (h - y, w - x),
        8: (h - y, x),
    }.get(orientation, (x, y))


@dataclass(frozen=True)
class PageImage:
    """A page made from an image: the file OCR reads and where it sits on the letter page."""

    image: Path  # as it goes into the packet: straightened, maybe 1-bit
    box: tuple[float, float, float, float]  # left, bottom, width, height in points
    size: tuple[int, int]  # of ``image``, in pixels
    ocr_copy: Path | None = None  # the page before straightening and thresholding, if it was
    ocr_size: tuple[int, int] = (0, 0)  # of ``ocr_image``, in pixels
    skew: float = 0.0  # degrees counter-clockwise that turn ``ocr_image`` into ``image``
    bitonal: bool = False
    record: PageNormalization = PageNormalization()

    @property
    def ocr_image(self) -> Path:
        """What Tesseract reads: resampling a page to straighten it costs it letters, and its
        own line finding copes with a slight turn, so it reads the page as scanned."""
        return self.ocr_copy or self.image


@dataclass(frozen=True)
class NormalizedSource:
    source: Source
    pdf: Path
    pages: int
    images: tuple[PageImage, ...] = ()  # image sources only, one per page

    @property
    def records(self) -> tuple[PageNormalization, ...]:
        """What was done to each page; empty for PDFs drawn as text and vectors."""
        return tuple(p.record for p in self.images)


@dataclass(frozen=True)
class ReadSource:
    source: Source
    pdf: Path  # letter-size pages with a text layer
    page_texts: tuple[str, ...]
    page_confidences: tuple[float | None, ...] = ()  # mean word confidence; None: not OCR'd
    page_drawn: tuple[bool, ...] = ()  # per page: holds an image or ink (see Document)
    from_cache: bool = False
    normalized: tuple[PageNormalization, ...] = ()  # per page, for page images only
    # Set by segment (packet/segment.py) when this is one document found in the files rather
    # than a whole file: the files and pages it came from; ``pdf`` then holds exactly its pages.
    pieces: tuple[Piece, ...] = ()
    # The page images as drawn into ``pdf`` (image sources read here, not from the cache): work
    # files, gone once the read is done; the worker draws the review page's thumbnails from them.
    page_images: tuple[PageImage, ...] = ()

    @property
    def text(self) -> str:
        return whole_text(self.page_texts)


@dataclass(frozen=True)
class Piece:
    """Pages of one source file that belong to one document: 1-based, first to last."""

    file: str
    sha256: str
    first: int
    last: int
    whole: bool  # the piece is every page of its file

    @property
    def pages(self) -> tuple[int, int]:
        return (self.first, self.last)


# --- classify ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fields:
    """The key fields classify read from a document's text (packet/fields.py). Real dates here;
    report.json writes them as ISO strings (packet/report.py)."""

    date_of_birth: dt.date | None = None  # of the person it is about, for a dated subject
    names: tuple[str, ...] = ()  # written after a name label
    issuer: str | None = None
    issued: dt.date | None = None  # the labelled document date, else the first date written
    dates: tuple[dt.date, ...] = ()  # every full date written, sorted, each once
    covers: Span | None = None  # the days the document speaks for (`covers` in the rules)
    tax_year: int | None = None
    document_number: str | None = None  # from a machine-readable zone
    expires: dt.date | None = None  # likewise
    place: str | None = None  # where the event it registers took place ("Chicago, Cook County")

    @property
    def earliest_date(self) -> dt.date | None:
        return self.dates[0] if self.dates else None

    @property
    def latest_date(self) -> dt.date | None:
        return self.dates[-1] if self.dates else None


@dataclass(frozen=True)
class Document:
    file: str
    sha256: str
    pdf: Path
    page_texts: tuple[str, ...]
    type: str  # a key of taxonomy.yaml's document_types (config, so not a closed set in code)
    equity: str  # a key of taxonomy.yaml's equities
    about: str | None  # a person's name as written in case.yaml
    about_claim: str | None  # the case.yaml claim that names that person, e.g. "children[0]"
    language: str
    confidence: float
    reasons: tuple[str, ...]
    fields: Fields = Fields()
    overridden: bool = False
    translation: str | None = None  # ``name`` of the document that translates this one
    translates: str | None = None  # for a translation: the ``name`` of the one it translates
    page_confidences: tuple[float | None, ...] = ()  # OCR word confidence per page; None: not OCR'd
    # Per page: whether it holds an image or an ink, stamp or form annotation (a pasted or drawn
    # signature); read with the page, so that check need not open the PDF. Empty: not known.
    page_drawn: tuple[bool, ...] = ()
    normalized: tuple[PageNormalization, ...] = ()  # what normalize did to each page image
    pieces: tuple[Piece, ...] = ()  # where it came from (packet/segment.py); (): all of ``file``

    @property
    def pages(self) -> int:
        return len(self.page_texts)

    @property
    def file_pages(self) -> tuple[int, int] | None:
        """The pages of ``file`` it occupies, when it is part of a file that holds several."""
        first = self.pieces[0] if self.pieces else None
        return first.pages if first and not first.whole else None

    @property
    def more_files(self) -> tuple[str, ...]:
        """The files after ``file`` that hold its later pages (a document photographed page by
        page)."""
        return tuple(p.file for p in self.pieces[1:])

    @property
    def name(self) -> str:
        """What the document is called wherever one document must be told from another (pairs,
        copies, messages): its file, with its pages when the file holds several documents."""
        pages = self.file_pages
        if pages is None:
            return self.file
        first, last = pages
        return (
            f"{self.file}, page {first}" if first == last else f"{self.file}, pages {first}-{last}"
        )

    @property
    def paper(self) -> str:
        """The identity of its content: its file's hash, and the pages, for part of a file."""
        if not self.pieces:
            return self.sha256
        return "+".join(
            p.sha256 if p.whole else f"{p.sha256}:{p.first}-{p.last}" for p in self.pieces
        )

    @property
    def text(self) -> str:
        return whole_text(self.page_texts)


def whole_text(page_texts: tuple[str, ...]) -> str:
    """A document's text as classify reads it: its pages, one after another."""
    return "\n".join(page_texts)


# --- check -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    code: FindingCode
    severity: Severity
    message: str
    claim: str | None = None
    file: str | None = None
    page: int | None = None
    extra: tuple[tuple[str, Any], ...] = ()  # e.g. (("from", "2009-01-01"), ("to", "2011-06-30"))


@dataclass(frozen=True)
class Timeline:
    """The claimed residence, from ``since`` to ``until``, against the dated evidence."""

    since: dt.date
    until: dt.date
    evidence: tuple[Span, ...]  # each document's dated span, clipped to since..until
    gaps: tuple[Span, ...]  # uncovered stretches longer than ``gap_months``
    gap_months: int

    def month(self, year: int, month: int) -> MonthCover | None:
        """'evidence', 'gap' (part of a reported gap), 'uncovered' (a shorter one), or None
        for a month outside the claimed residence."""
        days = month_span(year, month)
        if clip(days, self.since, self.until) is None:
            return None
        if any(overlap(s, days) for s in self.evidence):
            return "evidence"
        return "gap" if any(overlap(g, days) for g in self.gaps) else "uncovered"

    def files_in(self, year: int) -> list[str]:
        """The documents dated in a year, in date order, each once."""
        year_span = Span(dt.date(year, 1, 1), dt.date(year, 12, 31))
        return list(
            dict.fromkeys(s.file for s in self.evidence if s.file and overlap(s, year_span))
        )


@dataclass(frozen=True)
class CheckResult:
    """What check found: the findings, the residence timeline `packet check` draws, and the
    copies of one paper (copy -> the document kept) of which the packet files one."""

    findings: tuple[Finding, ...]
    timeline: Timeline | None
    copies: dict[str, str]
    # documents (``name``) compose leaves out: copies already filed, and unreadable untyped ones
    left_out: frozenset[str]

    def filed(self, documents: list[Document]) -> list[Document]:
        return [d for d in documents if d.name not in self.left_out]


# --- compose -----------------------------------------------------------------------------------


def page_ref(first: int, last: int) -> str:
    return f"p. {first}" if first == last else f"pp. {first}\u2013{last}"


@dataclass(frozen=True)
class Exhibit:
    letter: str
    equity: str
    description: str
    documents: tuple[Document, ...]  # the document, its translation, the translation's certificate
    first_page: int = 0  # packet page numbers, 1-based, once known
    last_page: int = 0

    @property
    def pages(self) -> int:
        return sum(d.pages for d in self.documents)

    @property
    def page_ref(self) -> str:
        return page_ref(self.first_page, self.last_page)

    @property
    def citation(self) -> str:
        return f"Exhibit {self.letter}, {self.page_ref}"


@dataclass(frozen=True)
class FrontMatter:
    pdf: Path
    pages: int
    sections: tuple[tuple[str, int], ...]  # (title, 0-based page index) for bookmarks
    documents: tuple[tuple[Document, int], ...] = ()  # forms inside it, with their first page


@dataclass(frozen=True)
class Composition:
    """What assemble merges. Numbered pages (front matter, exhibits) are the same in every
    variant, so page references hold in all of them; variant-only pages are unnumbered."""

    title: str
    front_matter: FrontMatter  # numbered: cover letter, exhibit index, forms
    exhibits: tuple[Exhibit, ...]
    # The unnumbered pages, drawn only for the variants being built (None, {}: not built)
    cover_page: Path | None  # court cover page (filing, service)
    dividers: dict[str, Path]  # exhibit letter -> tab divider page (filing, service)
    certificate_of_service: Path | None  # completed (service)
    # where the letter's own figures disagree with request.narrative: said, to make them agree
    warnings: tuple[str, ...] = ()
    # A supplement (--supplement-to) numbers its pages on from the filed packet's last page and
    # files only new evidence; what was filed keeps its letter and pages.
    first_page: int = 1
    earlier: tuple[FiledExhibit, ...] = ()  # the exhibits already filed, with their pages
    on_file: dict[str, FiledPaper] = field(default_factory=dict)  # ``Document.name`` -> filed


# --- assemble ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Output:
    variant: Variant
    path: Path
    pages: int
    bytes: int
    part: int | None = None  # 1, 2, ... when the variant was split to stay under --max-mb
    numbered: tuple[int, int] | None = None  # first and last stamped page number it holds


# --- batch -------------------------------------------------------------------------------------


class CaseStatus(StrEnum):
    """How one case of a batch ended (batch-report.json, the summary table, the progress lines)."""

    ready = "ready"
    findings = "findings"
    failed = "failed"
