"""Review: OUT_DIR/review.html, the page a paralegal opens to see what the tool decided.

Input: what the pipeline read and checked (a ``Reading``) and, after a build, the
``Composition`` (exhibits with letters and page ranges) and the packets written. Output: one
self-contained HTML page rendered from config/templates/review.html.j2: the verdict, each
finding linked to its document card or case.yaml claim, each document with a thumbnail of
every page and the ``documents:`` entry that corrects it, the rejected files, duplicates side by
side, the claimed residence against the dated evidence as an SVG timeline, and the exhibit
order. Nothing on it is loaded from elsewhere (thumbnails are data: URIs, no scripts, no
fonts), and every file it names is relative to the case folder.

Where a document is filed comes from ``report.document_records``, so the page and report.json
never disagree about an exhibit letter or a page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from packet.case import Case, format_a_number
from packet.check import STATUS_WORDS, claimed, has_errors
from packet.config import Config
from packet.dates import Span, duration, long_date
from packet.errors import MissingProgramError
from packet.records import Composition, Document, Finding, Output, Timeline, page_ref
from packet.report import document_records
from packet.templates import Templates, keep_compiled
from packet.thumbnails import NoPictures, Thumbnail, Thumbnails

if TYPE_CHECKING:  # pipeline imports this module; the type is only named here
    from packet.pipeline import Reading

REVIEW_NAME = "review.html"
TEMPLATE = "review.html.j2"
SEVERITIES = ("error", "warning", "info")
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's, where built: faster


# --- what the page shows, one record per thing on it --------------------------------------------


@dataclass(frozen=True)
class Link:
    text: str
    href: str | None  # "#doc-3", "#claim-children-1", or None when there is nothing to show


@dataclass(frozen=True)
class FindingView:
    severity: str
    code: str
    message: str
    about: Link | None  # the document, rejected file or claim it is about


@dataclass(frozen=True)
class PageView:
    number: int  # 1-based, in the document
    anchor: str
    thumbnail: Thumbnail | None
    alt: str
    ocr_confidence: float | None
    in_packet: str | None  # "packet-efile.pdf#page=14": the page in the packet, when built


@dataclass(frozen=True)
class Card:
    anchor: str
    file: str
    type: str
    type_label: str
    equity_label: str
    about: Link | None
    language: str
    confidence: int  # percent
    reasons: tuple[str, ...]
    fields: tuple[tuple[str, str], ...]
    exhibit: str | None
    packet_pages: str | None  # "pp. 10–11"
    placement: str  # where the packet puts it, or why it does not
    pages: tuple[PageView, ...]
    pictures_note: str | None  # why there are no thumbnails
    entry: str  # the `documents:` entry, as YAML, to paste into case.yaml
    exclude_entry: str
    overridden: bool
    related: tuple[Link, ...]  # its translation, the original it translates, its duplicate
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class RejectedView:
    anchor: str
    file: str
    reason: str


@dataclass(frozen=True)
class DuplicatePair:
    copy: Card
    kept: Card
    identical: bool  # the same bytes, not only the same paper
    left_out: bool  # the packet files the kept one only


@dataclass(frozen=True)
class ClaimView:
    anchor: str
    key: str
    what: str
    documents: tuple[Link, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class ExhibitRow:
    tab: str  # the letter, or "" for the front matter
    title: str
    pages: str
    documents: tuple[Link, ...]


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    label: str  # what it is, in words, for the <title> a screen reader and a hover show
    day: bool = False  # a single dated day: drawn as a mark, not a bar
    note: str = ""  # a gap's length, written under it
    note_x: float = 0.0  # where: under its middle, but never past either end of the years


@dataclass(frozen=True)
class TimelineRow:
    y: float
    label: str
    href: str | None
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class TimelineDrawing:
    """The residence timeline laid out in SVG user units; the template only draws it."""

    width: float
    height: float
    left: float  # where the years start (the labels are to the left)
    axis_y: float
    row_height: float
    year_lines: tuple[float, ...]  # x of each 1 January
    ticks: tuple[tuple[float, str], ...]  # (x, year): each labelled year, at its middle
    claimed: Bar
    rows: tuple[TimelineRow, ...]
    gaps: tuple[Bar, ...]
    summary: str
    spans: tuple[tuple[str, str, str], ...]  # (file, from, to): the same as a table


# --- the page ------------------------------------------------------------------------------------


def render(
    reading: Reading, composition: Composition | None, outputs: list[Output], cache_dir: Path
) -> bytes:
    """review.html's bytes. ``composition`` is None for `packet check`: nothing filed yet.

    Thumbnails and the compiled template are kept in ``cache_dir``: drawing the one and
    compiling the other cost more than the rest of the page (bench/review.py)."""
    config, work, today = reading.context.config, reading.context.work, reading.context.today
    thumbnails = Thumbnails(cache_dir, work)
    context = page_context(reading, composition, outputs, config, thumbnails, today)
    keep_compiled(config, cache_dir)
    return Templates(config).render(TEMPLATE, context).encode("utf-8")


def page_context(
    reading: Reading,
    composition: Composition | None,
    outputs: list[Output],
    config: Config,
    thumbnails: Thumbnails,
    today: dt.date,
) -> dict[str, Any]:
    case, documents, timeline = reading.case, reading.documents, reading.checked.timeline
    anchors = Anchors(documents, [r.file for r in reading.rejected])
    findings = [finding_view(f, anchors) for f in reading.findings]
    pictures = Pictures(thumbnails)
    cards = document_cards(reading, composition, outputs, config, anchors, findings, pictures)
    by_file = {c.file: c for c in cards}
    sha256 = {d.name: d.sha256 for d in documents}
    return {
        "respondent": case.respondent.name,
        "a_number": format_a_number(case.respondent.a_number),
        "request": config.taxonomy.request_types[case.request.type].label,
        "today": today,
        "built": composition is not None,
        "ready": not has_errors(reading.findings),
        "counts": {s: sum(f.severity == s for f in reading.findings) for s in SEVERITIES},
        "findings": {s: [f for f in findings if f.severity == s] for s in SEVERITIES},
        "cards": cards,
        "pages_read": sum(d.pages for d in documents),
        "rejected": [
            RejectedView(anchors.rejected[r.file], r.file, r.reason) for r in reading.rejected
        ],
        "duplicates": [
            DuplicatePair(
                by_file[copy],
                by_file[kept],
                sha256[copy] == sha256[kept],
                copy in reading.checked.left_out,
            )
            for copy, kept in reading.checked.copies.items()
            if copy in by_file and kept in by_file
        ],
        "claims": claim_views(case, documents, findings, anchors, timeline),
        "timeline": timeline_drawing(timeline, anchors) if timeline else None,
        "exhibits": exhibit_rows(composition, config, anchors) if composition else [],
        "outputs": [
            {"name": o.path.name, "variant": o.variant, "part": o.part, "pages": o.pages}
            for o in outputs
        ],
        "pages_note": pictures.missing_program,
    }


class Anchors:
    """Each document's, rejected file's and claim's id on the page (ids, not file names: a file
    name may hold anything)."""

    def __init__(self, documents: list[Document], rejected: list[str]) -> None:
        # Keyed by Document.name: a file that holds several documents has one card for each.
        self.documents = {d.name: f"doc-{i}" for i, d in enumerate(documents, start=1)}
        self.pages_of = [(d.file, d.file_pages, self.documents[d.name]) for d in documents]
        self.rejected = {f: f"rejected-{i}" for i, f in enumerate(rejected, start=1)}

    def file(self, file: str | None) -> str | None:
        if file is None:
            return None
        anchor = self.documents.get(file) or self.rejected.get(file) or self._first_of(file)
        return f"#{anchor}" if anchor else None

    def _first_of(self, file: str) -> str | None:
        return next((anchor for f, _, anchor in self.pages_of if f == file), None)

    def page(self, file: str, page: int) -> str | None:
        """The id of a file's page ``page`` on the card of the document that holds it."""
        for f, pages, anchor in self.pages_of:
            first, last = pages or (1, page)
            if f == file and first <= page <= last:
                return f"#{anchor}-page-{page - first + 1}"
        return None

    @staticmethod
    def claim(key: str) -> str:
        return "claim-" + (re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "case")


def finding_view(f: Finding, anchors: Anchors) -> FindingView:
    about = None
    if f.file:
        place = f"{f.file}, page {f.page}" if f.page is not None else f.file
        href = anchors.file(f.file)
        if f.page is not None:
            href = anchors.page(f.file, f.page) or href
        about = Link(place, href)
    elif f.claim:
        about = Link(f.claim, f"#{anchors.claim(f.claim)}")
    return FindingView(f.severity, f.code, f.message, about)


class Pictures:
    """Thumbnails of a document's pages; when they cannot be drawn, the reason instead."""

    def __init__(self, thumbnails: Thumbnails) -> None:
        self.thumbnails = thumbnails
        self.missing_program: str | None = None  # pdftoppm not installed: said once, on top

    def of(self, doc: Document) -> tuple[tuple[Thumbnail, ...], str | None]:
        if self.missing_program:
            return (), None
        try:
            return self.thumbnails.of(doc.pdf), None
        except MissingProgramError as exc:
            self.missing_program = exc.message
            return (), None
        except NoPictures as exc:  # one document without pictures, not a page without any
            return (), f"No thumbnails: {exc}."
        except OSError as exc:  # its words only: the path is this machine's, not the case's
            return (), f"No thumbnails: its PDF could not be read ({exc.strerror or 'error'})."


# --- document cards ------------------------------------------------------------------------------


def document_cards(
    reading: Reading,
    composition: Composition | None,
    outputs: list[Output],
    config: Config,
    anchors: Anchors,
    findings: list[FindingView],
    pictures: Pictures,
) -> list[Card]:
    case, documents = reading.case, reading.documents
    records = document_records(documents, composition)
    descriptions = {
        d.name: e.description
        for e in (composition.exhibits if composition else ())
        for d in e.documents
    }
    cards = []
    for doc, record in zip(documents, records, strict=True):
        anchor = anchors.documents[doc.name]
        thumbnails, note = pictures.of(doc)
        first = record["packet_pages"][0] if record["packet_pages"] else None
        if record.get("previously_submitted"):
            first = None  # filed before (a supplement): its pages are in the packet on file
        start = composition.first_page if composition else 1
        pages = tuple(
            PageView(
                n,
                f"{anchor}-page-{n}",
                thumbnails[n - 1] if n <= len(thumbnails) else None,
                f"Page {n} of {doc.pages} of {doc.name}",
                _confidence(doc, n),
                in_packet(outputs, first + n - 1, start) if first else None,
            )
            for n in range(1, doc.pages + 1)
        )
        cards.append(
            Card(
                anchor=anchor,
                file=doc.name,
                type=doc.type,
                type_label=config.taxonomy.document_types[doc.type],
                equity_label=config.taxonomy.equities[doc.equity],
                about=Link(doc.about, f"#{anchors.claim(doc.about_claim)}")
                if doc.about and doc.about_claim
                else (Link(doc.about, None) if doc.about else None),
                language=config.languages.name(doc.language) or doc.language,
                confidence=round(100 * doc.confidence),
                reasons=doc.reasons,
                fields=tuple(_field(k, v) for k, v in record["fields"].items()),
                exhibit=record["exhibit"],
                packet_pages=page_ref(*record["packet_pages"]) if record["packet_pages"] else None,
                placement=_placement(doc, record, reading, composition, descriptions),
                pages=pages,
                pictures_note=note,
                entry=correction_entry(case, doc, record),
                exclude_entry=_yaml_entry({**_where(doc), "exclude": True}),
                overridden=case.override_for(doc.file, doc.file_pages) is not None,
                related=tuple(_related(doc, reading.checked.copies, anchors)),
                findings=tuple(f for f in findings if _is_about(f, anchor)),
            )
        )
    return cards


def _is_about(f: FindingView, anchor: str) -> bool:
    href = f.about.href if f.about else None
    return href is not None and (href == f"#{anchor}" or href.startswith(f"#{anchor}-page-"))


def _confidence(doc: Document, page: int) -> float | None:
    found = doc.page_confidences[page - 1] if page <= len(doc.page_confidences) else None
    return round(found) if found is not None else None


def in_packet(outputs: list[Output], number: int, first: int = 1) -> str | None:
    """Where packet page ``number`` is in the e-filing copy: its file and PDF page. The e-filing
    copy has no unnumbered pages, so page N of a part holding pages F-L is N - F + 1, and of a
    packet numbered from ``first`` (a supplement's) N - first + 1."""
    for o in outputs:
        if o.variant != "efile":
            continue
        if o.part is None:
            return f"{o.path.name}#page={number - first + 1}"
        if o.numbered and o.numbered[0] <= number <= o.numbered[1]:
            return f"{o.path.name}#page={number - o.numbered[0] + 1}"
    return None


def _placement(
    doc: Document,
    record: dict[str, Any],
    reading: Reading,
    composition: Composition | None,
    descriptions: dict[str, str],
) -> str:
    if doc.name in reading.checked.left_out:
        if kept := reading.checked.copies.get(doc.name):
            return f"Left out of the packet: another copy of {kept}."
        # check leaves out an untyped page OCR could not read, too (packet/check.py unreadable)
        return "Left out of the packet: it could not be read; rescan it, or set its `type`."
    if composition is None:
        return "Not filed yet: `packet build` gives it its exhibit letter and pages."
    if record["packet_pages"] is None:
        return "Not in the packet."
    pages = page_ref(*record["packet_pages"])
    if filed_on := record.get("previously_submitted"):
        day = long_date(dt.date.fromisoformat(filed_on))
        exhibit = record["exhibit"]
        return f"Previously submitted on {day} as Exhibit {exhibit}, {pages}: not filed again."
    if record["exhibit"] is None:
        return f"Filed with the request, before the exhibits (no tab), {pages}."
    return f"Exhibit {record['exhibit']}, {pages}: {descriptions.get(doc.name, '')}".rstrip(": ")


def _related(doc: Document, copies: dict[str, str], anchors: Anchors) -> Iterable[Link]:
    if doc.translation:
        yield Link(f"Translated by {doc.translation}", anchors.file(doc.translation))
    if doc.translates:
        yield Link(f"Translation of {doc.translates}", anchors.file(doc.translates))
    if doc.name in copies:
        yield Link(f"Another copy of {copies[doc.name]}", anchors.file(copies[doc.name]))
    for copy, kept in copies.items():
        if kept == doc.name:
            yield Link(f"Also scanned as {copy}", anchors.file(copy))


def _field(key: str, value: Any) -> tuple[str, str]:
    label = key.replace("_", " ").capitalize()
    if isinstance(value, dict):
        return label, ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return label, ", ".join(map(str, value))
    return label, str(value)


def correction_entry(case: Case, doc: Document, record: dict[str, Any]) -> str:
    """The `documents:` entry that says what the tool decided, to paste into case.yaml and
    correct: the file, its type and person, and what case.yaml already says of it (a
    translation, a translator). Pasted with another type or person, it overrides the tool."""
    entry = _where(doc)
    entry["type"] = doc.type
    if doc.about:
        entry["about"] = doc.about
    if existing := case.override_for(doc.file, doc.file_pages):
        said = existing.model_dump(mode="json", exclude_defaults=True, exclude={"file"})
        entry |= {k: v for k, v in said.items() if k not in entry or k == "pages"}
    return _yaml_entry(entry)


def _where(doc: Document) -> dict[str, Any]:
    """The keys of a `documents:` entry that say which pages it is: the file, and the pages of
    it (a file holding several documents) or the files of its later pages (page photos)."""
    entry: dict[str, Any] = {"file": doc.file}
    if doc.file_pages:
        first, last = doc.file_pages
        entry["pages"] = f"{first}-{last}" if first != last else str(first)
    if doc.more_files:
        entry["more_pages"] = list(doc.more_files)
    return entry


def _yaml_entry(entry: dict[str, Any]) -> str:
    """One list item in flow style, as docs/case-yaml.md writes them; quoted where YAML needs."""
    return yaml.dump(
        [entry],
        Dumper=SAFE_DUMPER,
        default_flow_style=None,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
    ).strip()


# --- claims --------------------------------------------------------------------------------------


def claim_views(
    case: Case,
    documents: list[Document],
    findings: list[FindingView],
    anchors: Anchors,
    timeline: Timeline | None,
) -> list[ClaimView]:
    """What case.yaml claims (and each other key a finding names), with the documents about it."""
    described: dict[str, str] = {
        "respondent": f"{case.respondent.name}, {format_a_number(case.respondent.a_number)}"
    }
    for c in claimed(case):
        values = [
            STATUS_WORDS.get(v, v) if k == "status" else f"{k}: {v}" for k, v in c.values.items()
        ]
        described[c.path] = ", ".join(x for x in (c.person, *values) if x) or "claimed"
    if case.claims.residence_since:
        described["residence_since"] = f"in the U.S. since {long_date(case.claims.residence_since)}"
    if case.representative:
        described["representative"] = case.representative.name
    for f in findings:
        if f.about and f.about.href and f.about.href.startswith("#claim-"):
            described.setdefault(f.about.text, "named in case.yaml")
    views = []
    for key, what in described.items():
        anchor = anchors.claim(key)
        if key == "residence_since":  # the documents dated in the years claimed
            files = dict.fromkeys(s.file for s in timeline.evidence if s.file) if timeline else {}
        else:
            files = dict.fromkeys(d.file for d in documents if d.about_claim == key)
        about = tuple(Link(file, anchors.file(file)) for file in files)
        views.append(
            ClaimView(
                anchor,
                key,
                what,
                about,
                tuple(f for f in findings if f.about and f.about.href == f"#{anchor}"),
            )
        )
    return views


# --- exhibits ------------------------------------------------------------------------------------


def exhibit_rows(composition: Composition, config: Config, anchors: Anchors) -> list[ExhibitRow]:
    """The packet in filing order: the front matter's parts, then each exhibit with its tab."""
    front = composition.front_matter
    starts = [page + 1 for _, page in front.sections]
    forms = {first: doc for doc, first in front.documents}
    rows = []
    for i, (title, page) in enumerate(front.sections):
        last = (starts[i + 1] - 1) if i + 1 < len(starts) else front.pages
        form = forms.get(page + 1)
        form_link = (Link(form.file, anchors.file(form.file)),) if form else ()
        rows.append(ExhibitRow("", title, page_ref(page + 1, max(page + 1, last)), form_link))
    for e in composition.exhibits:
        docs = tuple(Link(d.file, anchors.file(d.file)) for d in e.documents)
        label = config.taxonomy.equities[e.equity]
        rows.append(ExhibitRow(e.letter, f"{e.description} ({label})", e.page_ref, docs))
    return rows


# --- the residence timeline ----------------------------------------------------------------------

WIDTH = 960.0
LEFT = 250.0  # room for the file names
RIGHT = 16.0
ROW = 22.0
TOP = 30.0  # the claimed residence bar sits under the year labels
LABEL_CHARACTERS = 38  # of a file name, at 12 units a character is ~6.5 units wide
GAP_NOTE_HALF = 60.0  # half the width of "1 year 9 months 28 days" at 10.5 units
DAY_MARK = 5.0  # a single dated day is drawn this wide, so that it can be seen


def timeline_drawing(timeline: Timeline, anchors: Anchors) -> TimelineDrawing:
    """Years across, the claimed residence on top, one row per dated document, gaps marked."""
    start = dt.date(timeline.since.year, 1, 1)
    end = dt.date(timeline.until.year + 1, 1, 1)
    scale = (WIDTH - LEFT - RIGHT) / (end - start).days

    def bar(span: Span, label: str) -> Bar:
        x = LEFT + (span.start - start).days * scale
        width = ((span.end - span.start).days + 1) * scale
        if span.start == span.end:
            return Bar(x - DAY_MARK / 2, DAY_MARK, label, day=True)
        return Bar(x, max(width, 1.0), label)

    by_file: dict[str, list[Span]] = {}
    for span in timeline.evidence:
        by_file.setdefault(span.file or "", []).append(span)
    rows = []
    for i, (file, spans) in enumerate(by_file.items()):
        y = TOP + ROW * (i + 1)
        bars = tuple(bar(s, f"{file}: {_span_words(s)}") for s in spans)
        rows.append(TimelineRow(y, _shortened(file), anchors.file(file), bars))
    axis_y = TOP + ROW * (len(rows) + 1) + 6
    years = range(start.year, end.year)
    every = 1 if len(years) <= 25 else 2 if len(years) <= 50 else 5
    x_of = {y: LEFT + (dt.date(y, 1, 1) - start).days * scale for y in (*years, end.year)}
    ticks = tuple(
        ((x_of[y] + x_of[y + 1]) / 2, str(y)) for y in years if (y - start.year) % every == 0
    )
    gaps = tuple(_gap(bar(g, f"Gap: no dated evidence {_span_words(g)}"), g) for g in timeline.gaps)
    claimed_span = Span(timeline.since, timeline.until)
    return TimelineDrawing(
        width=WIDTH,
        height=axis_y + 64,
        left=LEFT,
        axis_y=axis_y,
        row_height=ROW,
        year_lines=tuple(x_of.values()),
        ticks=ticks,
        claimed=bar(claimed_span, f"Residence claimed {_span_words(claimed_span)}"),
        rows=tuple(rows),
        gaps=gaps,
        summary=_timeline_summary(timeline),
        spans=tuple(
            (s.file or "", s.start.isoformat(), s.end.isoformat()) for s in timeline.evidence
        ),
    )


def _gap(drawn: Bar, gap: Span) -> Bar:
    middle = drawn.x + drawn.width / 2
    note_x = min(max(middle, LEFT + GAP_NOTE_HALF), WIDTH - RIGHT - GAP_NOTE_HALF)
    return dataclasses.replace(drawn, note=duration(gap), note_x=note_x)


def _shortened(file: str) -> str:
    """What fits left of the years: the end of a long path (the file's own name)."""
    return file if len(file) <= LABEL_CHARACTERS else "…" + file[-(LABEL_CHARACTERS - 1) :]


def _span_words(span: Span) -> str:
    if span.start == span.end:
        return f"on {long_date(span.start)}"
    return f"from {long_date(span.start)} to {long_date(span.end)} ({duration(span)})"


def _timeline_summary(timeline: Timeline) -> str:
    claimed_since = f"Residence claimed since {long_date(timeline.since)}"
    if not timeline.gaps:
        months = timeline.gap_months
        return f"{claimed_since}; dated evidence leaves no gap longer than {months} months."
    gaps = "; ".join(_span_words(g) for g in timeline.gaps)
    count = len(timeline.gaps)
    return f"{claimed_since}; {count} gap{'s' * (count != 1)} with no dated evidence: {gaps}."


def with_review_name(path: Path) -> Path:
    """`--review PATH`: a folder gets review.html inside it."""
    return path / REVIEW_NAME if path.is_dir() else path
