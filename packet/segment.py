"""Segment: find the documents in the files, between ocr and classify.

A copier's PDF often holds several documents (a birth certificate, then a school record, then
a W-2), and the pages of one document often arrive as separate photos (lease_p1.jpg,
lease_p2.jpg). Segment turns the ``ReadSource``s, one per file, into one ``ReadSource`` per
document: a file cut into its documents, page by page, and the photos of one document joined in
page order. Each such document carries its ``pieces`` (which files, which pages) and a PDF of
exactly its pages, so everything after it (classify, check, compose, assemble) sees documents,
not files. A file that is one document passes through unchanged.

Where one document ends is decided from each page's own evidence (``boundary``): a page that
reads as another type than the document running before it, with its title at its head (or,
as forms print it, at its foot); a page count that starts again ("Page 1 of 2"); the page
after a document's last ("Page 3 of 3"). A page that says it continues ("Page 2 of 3") or
reads as nothing of its own (a lease's second page, a letter's signature page) stays with the
document before it. The types are classify's
own reading of the page's text (``classify.type_of``): one set of rules, in config/.

``documents:`` entries in case.yaml correct both: ``pages: "3-4"`` cuts a file where the
representative says (pages no entry covers are still segmented on their own), ``more_pages:``
joins files, and an entry naming a whole file with a ``type`` or ``about`` keeps it whole.
docs/reading.md explains it for users.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from math import dist
from pathlib import Path, PurePosixPath

from rapidfuzz import fuzz

from packet.case import Case
from packet.classify import UNCLASSIFIED, TypeScore, type_of
from packet.config import Config
from packet.duplicates import same_words
from packet.errors import CaseFileError
from packet.fields import kind_of, stated_period
from packet.records import PageNormalization, Piece, ReadSource
from packet.text.fold import reading_text
from packet.text.mrz import read_zone
from packet.text.names import find_masked_name, find_name, name_tokens, names_after
from packet.text.phrases import find_phrase

# "Page 2 of 3", "Pág. 2 de 3", "2 / 3" at a page's foot is too often a date: only with a word.
# OCR of a small footer runs the words together and misreads "of" ("Page 20f3", "Page 20t3",
# "Page 1012" for "Page 1 of 2": of read as 01), and a photo's "Page" as "Puge" or "Paqe".
PAGE_WORD = r"\b(?:p[a-zá][gq]e|pg|p[aá]gina|p[aá]g|hoja)\.?\s*"
PAGE_COUNT = re.compile(
    PAGE_WORD + r"(\d{1,3}?)\s*(?:[o0]?[ft]|[o0][1l]|de|/)\s*(\d{1,3})\b", re.IGNORECASE
)
# A running head at the top of a later page: "Maria Lopez - Page 2", "Página 2", "- 2 -".
PAGE_HEAD = re.compile(PAGE_WORD + r"(\d{1,3})\b|^\s*[-–]\s*(\d{1,3})\s*[-–]\s*$", re.IGNORECASE)
HEAD_LINES = 3  # a running head stands in a page's first lines
# A later page that says so in its head: "NARRATIVE (CONTINUED)", "Continuation Sheet",
# "Report No. 24-118273 cont'd", "Hoja de continuación"
CONTINUED = re.compile(
    r"\(\s*(?:continued|cont'?d|contin[uú]a|continuaci[oó]n)\s*\)|\bcontinued(?: from\b|\s*$)"
    r"|\bcontinuation\b|\bcont'd\b|\bcontinuaci[oó]n\b",
    re.IGNORECASE,
)
CONTINUED_ANYWHERE = re.compile(
    r"\(\s*(?:continued|cont'?d|contin[uú]a|continuaci[oó]n)\s*\)", re.I
)
SENTENCE_END = re.compile(r"[.!?:;)\]\"”»]\s*$")
# A contract's numbered clause at the head of a line: "12. DEFAULT", "12) The Tenant ...".
CLAUSE = re.compile(r"^(?:§\s*)?(\d{1,2})\s*[.)]\s+\S")
CLAUSE_LINES = 6  # a later page's first clause stands in its first lines
INITIALS = re.compile(r"\b(?:initials?|iniciales)\b", re.IGNORECASE)
FOOT_LINES = 2  # a running footer stands in a page's last lines
GREETING_LINES = 12  # a letter's greeting stands below at most its letterhead, date and address
SAME_FOOTER = 0.85  # how alike two footers read through OCR's slips
# A card's number, printed on both sides: letters and at least six digits, no spaces.
CARD_NUMBER = re.compile(r"\b(?=[A-Z0-9]*\d{6})[A-Z0-9]{8,14}\b")
EXPIRES = re.compile(r"\b(?:expires?|expiration|exp|vence|vencimiento)\b", re.IGNORECASE)
# A file named as one page of a document: lease_p1.jpg, lease-page-2.png, contrato_pag3.jpg.
PAGE_NAME = re.compile(
    r"^(?P<base>.*?[a-z].*?)[ _.\-]*(?:p|pg|page|pag|pagina|página|hoja)[ _.\-]*(?P<n>\d{1,3})$",
    re.IGNORECASE,
)
# A file named as one side of a card or a sheet: dl_front.jpg, green card back.jpg, ine reverso.
SIDES = "front|back|frente|reverso|dorso|anverso|atr[aá]s|recto|verso"
SIDE_NAME = re.compile(rf"^(?P<base>.*?)[ _.\-]*(?P<side>{SIDES})$", re.IGNORECASE)
FIRST_SIDES = {"front", "frente", "anverso", "recto"}
# A second file a phone or a download saved under the first one's name: carta.jpeg, carta (1).jpeg.
COPY_NAME = re.compile(r"^(?P<base>.*?)\s*\((?P<n>\d{1,3})\)$")
# A file numbered by a camera or scanner: IMG_0001.jpg, scan0002.pdf, 20240312_101502.jpg.
COUNTER_NAME = re.compile(r"^(?P<base>.*?)(?P<n>\d{1,6})$")
# How a group of files is named; pages and sides say they are one document's, the rest only
# that the files were made one after another.
NAMED_AS = {
    "pages": "named as its pages",
    "sides": "named as the front and back of one card",
    "copies": "saved under one name",
    "counter": "numbered by the camera",
}
STRONG = ("pages", "sides")


@dataclass(frozen=True)
class PageReading:
    """What one page says of itself, for deciding where a document starts."""

    type: str  # classify's type for the page's text alone; "other" when it reads as nothing
    # the type's title stands at the head of the page, or at its foot as forms print it ("Form
    # W-2 Wage and Tax Statement" under the boxes)
    titled: bool
    count: tuple[int, int] | None  # "Page k of n"
    greeting: str = ""  # a letter's greeting that opens the page ("Dear Immigration Officer:")
    names: bool = True  # it names someone: a person of the case, or a name after a name label
    # the type's strong phrases the page holds: which form of the type it is ("tax return
    # transcript", "wage and tax statement")
    forms: frozenset[str] = frozenset()
    signed_off: bool = False  # its last lines close a letter or hold signature lines
    # the line among its first that gives an issuer's address or telephone number, with the
    # line above it (the issuer's name), folded; "" when it opens with none
    letterhead: str = ""
    # the forms printed one to a page whose names stand among its last lines, as a W-2's does
    # under its boxes (a transcript lists W-2s by that name too, but in its body)
    one_page_form: frozenset[str] = frozenset()
    # the period it says it covers ("Statement period 08/01/2026 - 08/31/2026"), if it says one
    period: tuple[dt.date, dt.date] | None = None
    # reading as no type, the known paper its head names (`kinds: other:` in
    # document_types.yaml: a USCIS notice of action, a hearing notice), else ""
    known: str = ""


@dataclass(frozen=True)
class Cut:
    """One document found in the files: pages of one file, or whole files in page order."""

    pieces: tuple[Piece, ...]
    why: str


def read_page(text: str, config: Config, case: Case | None = None) -> PageReading:
    """What one page says of itself; with ``case``, also whether it names anyone."""
    doc_type, _, _, ranked = type_of(text, config)
    score = next((s for s in ranked if s.type == doc_type), None)
    titled = bool(score and any(h.kind == "heading" for h in score.hits)) or _titled_at_foot(
        text, score
    )
    greeting = _greeting(text, config.settings.segment.greeting)
    names = case is None or _names_anyone(text, case, config)
    forms = frozenset(h.phrase for h in score.hits if h.kind == "strong") if score else frozenset()
    settings = config.settings.segment
    lines = [_folded(line) for line in _lines(text)]
    signed_off = bool(settings.signed_off) and any(
        re.match(settings.signed_off, line) for line in lines[-SIGNED_LINES:]
    )
    at = (
        next(
            (
                i
                for i, line in enumerate(lines[:LETTERHEAD_LINES])
                if re.search(settings.letterhead, line)
            ),
            None,
        )
        if settings.letterhead
        else None
    )
    letterhead = "" if at is None else " ".join(lines[max(0, at - 1) : at + 1])
    foot = reading_text("\n".join(lines[-SIGNED_LINES:]))
    one_page_form = frozenset(f for f in settings.one_page_forms if find_phrase(foot, f))
    count = _page_count(text).count
    period = stated_period(text, settings.period_labels)
    kinds = config.rules.kinds.get(UNCLASSIFIED, [])
    head = text[: config.rules.heading_chars]
    known = kind_of(head, kinds, day_first=False) if doc_type == UNCLASSIFIED and kinds else None
    return PageReading(
        doc_type,
        titled,
        count,
        greeting,
        names,
        forms,
        signed_off,
        letterhead,
        one_page_form,
        period,
        known.label if known else "",
    )


# A letter's closing stands above its signature, the writer's name, title and organisation;
# a contract's signature lines above the names signed
SIGNED_LINES = 6
TRANSLATION_HEAD_LINES = 3  # a translation says so in its heading
LETTERHEAD_LINES = 5  # an issuer's name, department and address head the page
SAME_ISSUER = 0.6  # how alike two letterheads read through OCR's slips, to be one issuer's


def _titled_at_foot(text: str, score: TypeScore | None) -> bool:
    """Whether one of the type's strong phrases stands in the page's last characters, where a
    form prints its name."""
    if score is None:
        return False
    # only the page's end is folded: folding never doubles a text's length
    foot = reading_text(text[-2 * FOOT_CHARS :])[-FOOT_CHARS:]
    return any(h.kind == "strong" and find_phrase(foot, h.phrase) for h in score.hits)


FOOT_CHARS = 160  # a form's name under its boxes stands in about its last two lines


def _greeting(text: str, pattern: str) -> str:
    """The line among a page's first that greets a letter's reader, or "": a letterhead, a
    date and an address may stand above it, but a letter's later page never opens with one."""
    if not pattern:
        return ""
    for line in _lines(text)[:GREETING_LINES]:
        if re.match(pattern, _folded(line)):
            return line
    return ""


def _names_anyone(text: str, case: Case, config: Config) -> bool:
    """Whether the page names a person of the case (whole or masked, as IRS transcripts print
    names) or writes a name after a name label."""
    tokens = name_tokens(text)
    if any(find_name(p.name, tokens) or find_masked_name(p.name, tokens) for p in case.people()):
        return True
    return bool(names_after(text, config.rules.fields.name_labels))


def boundary(
    running: str,
    previous: PageReading,
    page: PageReading,
    config: Config,
    continues: bool = False,
    translates: bool = False,
) -> str | None:
    """Why ``page`` starts a new document after ``previous`` (the running document's type so
    far is ``running``), or None when it continues it. ``continues``: something else says the
    page carries on (a running head, a sentence broken across the pages, clauses that number
    on, a name as a page). ``translates``: the page, a translation with its certificate, is in
    English after a page in another language (``translates_page_before``)."""
    if translates:
        return "it translates the page before, which is in another language"
    if page.count and page.count[0] > 1:
        return None  # "Page 2 of 3" says it continues
    if page.count and page.count[0] == 1:
        return f"its page count starts again ('page 1 of {page.count[1]}')"
    stays = page.type in config.settings.segment.stays_with_previous
    opens_letter = running != UNCLASSIFIED or bool(page.letterhead)
    if page.greeting and opens_letter and not continues and not stays:
        # Two letters in a row, each one page: the second opens with its own greeting (below
        # its letterhead, which says so also after a page that read as nothing).
        return f"it opens with a letter's greeting ('{page.greeting[:40]}')"
    if previous.signed_off and page.letterhead and not continues and not stays:
        # A signed letter or contract is whole: what follows under an address of its own is
        # another paper (a landlord's ledger after the lease, a court's notice after a letter).
        return "the page before ends signed and this one opens with a letterhead"
    if (
        page.letterhead
        and previous.letterhead
        and not continues
        and not stays
        and SequenceMatcher(None, page.letterhead, previous.letterhead).ratio() < SAME_ISSUER
    ):
        # A bill, then a bank statement: each page opens under its own issuer's letterhead
        # (a statement's later page repeats its own).
        return f"it opens under another issuer's letterhead ('{page.letterhead[:40]}')"
    if page.known and not continues and not stays and (running != UNCLASSIFIED or previous.known):
        # USCIS's notices stacked in one scan (a receipt, then an approval): each opens headed
        # as one, after a paper of a type or another such notice
        return f"it opens headed as a paper of its own ({page.known})"
    if page.type == UNCLASSIFIED or stays:
        return None  # reads as nothing of its own: a lease's second page, a signature page
    if previous.count and previous.count[0] == previous.count[1]:
        last = previous.count[1]
        return f"the page before was the last of its document ('page {last} of {last}')"
    if page.type != running and (page.titled or running != UNCLASSIFIED):
        title = " with its own title" if page.titled else ""
        return f"it reads as {page.type}{title}, the pages before as {running}"
    if page.type == running and page.titled and not continues:
        if previous.names and not page.names:
            # A titled part of the same record that names no one ("Account Transcript" on a
            # Record of Account's second page): another pay stub or W-2 names its own person.
            return None
        # Two pay stubs, two letters, two years' W-2s in a row: each opens with its own title.
        return f"it opens another {page.type} with its own title"
    if (
        page.type == running
        and not continues
        and previous.forms
        and page.forms
        and not previous.forms & page.forms
    ):
        # A tax return transcript, then a W-2 (whose title stands at its foot): one type, two
        # forms that share none of their names.
        return (
            f"it is another {page.type} ('{min(page.forms)}'; the page before: "
            f"'{min(previous.forms)}')"
        )
    if (
        page.type == running
        and not continues
        and (same := previous.one_page_form & page.one_page_form)
    ):
        # two W-2s in a row, each named under its boxes among the copy's instructions
        return f"it is another '{min(same)}', a form printed one to a page"
    if (
        page.type == running
        and not continues
        and page.period
        and previous.period
        and page.period != previous.period
    ):
        # two months' statements of one account, two pay stubs: each states its own period
        start, end = (d.strftime("%m/%d/%Y") for d in page.period)
        return f"it states another period ({start} - {end})"
    return None


def cut_pages(
    readings: Sequence[PageReading],
    config: Config,
    offset: int = 0,
    texts: Sequence[str] = (),
) -> Iterator[tuple[int, int, str]]:
    """The documents in a run of pages: (first, last, why), 1-based from ``offset`` + 1.
    ``texts``, the pages' own text, lets a titled page continue the page before it when it
    counts on from it or carries on its text."""
    start, running = 0, readings[0].type if readings else UNCLASSIFIED
    why = "the file's first page" if offset == 0 else "pages no case.yaml entry covers"
    for i in range(1, len(readings)):
        continues = bool(texts) and (
            counts_on(readings[i - 1], readings[i], texts[i])
            or carries_on(texts[i - 1], texts[i]) is not None
            or bool(clauses_number_on(texts[i - 1], texts[i]))
        )
        translates = bool(texts) and translates_page_before(texts[i], texts[i - 1], config)
        # the page before sends its reader on to this page's title: one paper, however typed
        pointed = bool(texts) and bool(sent_on(texts[i - 1], texts[i], readings[i].forms, config))
        reason = (
            None
            if pointed
            else boundary(running, readings[i - 1], readings[i], config, continues, translates)
        )
        if reason is None:
            if running == UNCLASSIFIED:
                running = readings[i].type
            continue
        yield offset + start + 1, offset + i, why
        start, running, why = i, readings[i].type, f"page {offset + i + 1} starts anew: {reason}"
    if readings:
        yield offset + start + 1, offset + len(readings), why


def check_ranges(case: Case, read: list[ReadSource]) -> None:
    """case.yaml's `pages:` ranges against the files' page counts (known once they are read:
    nothing opens a file before its bounded worker does)."""
    pages = {r.source.file: len(r.page_texts) for r in read}
    problems = []
    for i, entry in enumerate(case.documents):
        wanted = entry.page_range
        if wanted and entry.file in pages and wanted[1] > pages[entry.file]:
            problems.append(
                f"documents[{i}].pages: {entry.pages!r} runs past the end of {entry.file!r}, "
                f"which has {pages[entry.file]} page{'s' if pages[entry.file] != 1 else ''}."
            )
    if problems:
        raise CaseFileError(
            "case.yaml: invalid case file:\n" + "\n".join(f"  {p}" for p in problems)
        )


def segment(read: list[ReadSource], case: Case, config: Config, work: Path) -> list[ReadSource]:
    """One ``ReadSource`` per document found in the files, in the files' order."""
    by_file = {r.source.file: r for r in read}
    return [_document(cut, by_file, work) for cut in find_documents(read, case, config)]


def find_documents(read: list[ReadSource], case: Case, config: Config) -> list[Cut]:
    """The documents in the files, each as its pieces and why it starts where it does."""
    by_file = {r.source.file: r for r in read}
    cuts: dict[str, list[Cut]] = {r.source.file: list(_cuts_of(r, case, config)) for r in read}
    joined = _joins(read, cuts, case, config)
    excluded = {(e.file, e.page_range) for e in case.documents if e.exclude and e.page_range}
    found: list[Cut] = []
    for r in read:
        if r.source.file in joined.later:
            continue
        for cut in cuts[r.source.file]:
            if (cut.pieces[0].file, cut.pieces[0].pages) in excluded:
                continue
            if (files := joined.more.get(r.source.file)) and cut is cuts[r.source.file][-1]:
                cut = _joined(cut, [by_file[f] for f in files], joined.why[r.source.file])
            found.append(cut)
    return found


def _cuts_of(r: ReadSource, case: Case, config: Config) -> Iterator[Cut]:
    source = r.source
    n = len(r.page_texts)

    def piece(first: int, last: int) -> Piece:
        return Piece(source.file, source.sha256, first, last, first == 1 and last == n)

    entries = [e for e in case.documents if e.file == source.file]
    given = sorted((e.page_range for e in entries if e.page_range), key=lambda p: p[0])
    keep_whole = any(e.page_range is None and (e.type or e.about or e.more_pages) for e in entries)
    if n < 2 or keep_whole or not (given or config.settings.segment.split):
        yield Cut((piece(1, n),), "a file of one document")
        return
    readings = [read_page(text, config, case) for text in r.page_texts] if not given else []
    if not given:
        for first, last, why in cut_pages(readings, config, 0, r.page_texts):
            yield Cut((piece(first, last),), why)
        return
    # The representative's ranges, and between them the pages no entry covers, read alone.
    page = 1
    for first, last in [*given, (n + 1, n + 1)]:
        if first > page:
            if config.settings.segment.split:
                texts = r.page_texts[page - 1 : first - 1]
                run = [read_page(text, config, case) for text in texts]
                for a, b, why in cut_pages(run, config, page - 1, texts):
                    yield Cut((piece(a, b),), why)
            else:
                yield Cut((piece(page, first - 1),), "pages no case.yaml entry covers")
        if first <= n:
            yield Cut((piece(first, last),), f"pages {first}-{last} set in case.yaml")
        page = last + 1


@dataclass
class _Joins:
    more: dict[str, list[str]]  # first file -> the files of its later pages, in order
    why: dict[str, str]
    later: set[str]  # every file joined as a later page


def _joins(
    read: list[ReadSource], cuts: dict[str, list[Cut]], case: Case, config: Config
) -> _Joins:
    joins = _Joins({}, {}, set())
    present = {r.source.file for r in read}
    for entry in case.documents:
        if not entry.more_pages:
            continue
        files = [f for f in entry.more_pages if f in present]
        joins.later.update(files)  # excluded with the document, when its first file is
        if entry.file in present:
            joins.more[entry.file] = files
            joins.why[entry.file] = "its later pages are set in case.yaml (more_pages)"
    if not config.settings.segment.join:
        return joins
    named = {e.file for e in case.documents}
    # A file can join another only as a whole document of one page range, not named in case.yaml
    single = [
        r
        for r in read
        if len(cuts[r.source.file]) == 1
        and r.source.file not in joins.later
        and r.source.file not in joins.more
    ]
    for naming, group in _numbered_groups(single):
        run = []
        for r in group:
            first = read_page(r.page_texts[0], config, case)
            last = first if len(r.page_texts) == 1 else read_page(r.page_texts[-1], config, case)
            run.append(_Page(r, first, last, card_shaped(r, config)))
        _join_runs(run, naming, named, joins, config)
    return joins


def _page_count(text: str) -> PageReading:
    m = PAGE_COUNT.search(text)
    count = (int(m[1]), int(m[2])) if m and 0 < int(m[1]) <= int(m[2]) else None
    return PageReading(UNCLASSIFIED, False, count)


def counts_on(previous: PageReading, page: PageReading, text: str) -> bool:
    """Whether ``page`` counts on from ``previous`` ("Page 2 of 3"). After a page that gave its
    count, a garbled footer still counts when it holds the next number and the same total
    ("Page 3013" read from "Page 3 of 3")."""
    if page.count and page.count[0] > 1:
        return not previous.count or (page.count == (previous.count[0] + 1, previous.count[1]))
    if previous.count and previous.count[0] < previous.count[1]:
        k, n = previous.count
        return bool(re.search(PAGE_WORD + rf"{k + 1}\s*\S{{1,3}}\s*{n}\b", text, re.IGNORECASE))
    return False


def carries_on(before: str, text: str) -> str | None:
    """How a page shows it carries on the text of the page before, or None: a running head with
    a later page number, or a sentence broken off at the foot of one page and finished at the
    head of the next (no full stop before the break, a small letter after it)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:HEAD_LINES]:
        m = PAGE_HEAD.search(line)
        if m and int(m[1] or m[2]) > 1:
            return f"it is headed as a later page ('{line[:40]}')"
    if said := says_continued(text):
        return f"it says it continues ('{said[:40]}')"
    tail = [line.strip() for line in before.splitlines() if line.strip()]
    # a first line the page before opened with too is a head both pages print ("con Ed ison
    # Your energy bill", a logo OCR read small), not the rest of a sentence
    repeated = bool(tail) and lines[:1] == tail[:1]
    if lines and tail and not SENTENCE_END.search(tail[-1]) and _goes_on(lines[0]) and not repeated:
        return "its first sentence finishes the one the page before broke off"
    return None


# What sends a reader on to the page that holds a title named just before it: "review your
# earnings record on page 2", "the itemized charges on the next page", "see the back". OCR
# may run the title into the pointer ("recordon page 2").
ONWARD = re.compile(
    r"(?:on|see|in|at|over)\s*(?:the\s+)?"
    r"(?:page\s*[2-9]\b|next page|following page|reverse|back|overleaf)"
)
ONWARD_ALIKE = 85  # how alike the words before the pointer read to the title, through OCR


def sent_on(before: str, text: str, forms: frozenset[str], config: Config) -> str:
    """The title of the type this page opens with (one of ``forms``, its strong phrases) when
    the page before names it and sends the reader on to it ("Review your earnings record on
    page 2" before a page headed "Your Earnings Record"), else "": the statement's own later
    page, however titled."""
    if not forms:
        return ""
    head = reading_text(text)[: config.rules.heading_chars]
    read = reading_text(before)
    for form in sorted(f for f in forms if find_phrase(head, f)):
        for m in ONWARD.finditer(read):
            named = read[max(0, m.start() - len(form) - 4) : m.start()]
            if fuzz.partial_ratio(form, named) >= ONWARD_ALIKE:
                return form
    return ""


def says_continued(text: str) -> str:
    """The line among a page's first that says the page continues a document, or "". Its head
    may say so anywhere on the page in parentheses ("2025 (continued)"): OCR reads a running
    head's right-hand part where the column it lines up with falls."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = next((line for line in lines[:HEAD_LINES] if CONTINUED.search(line)), "")
    return head or next((line for line in lines if CONTINUED_ANYWHERE.search(line)), "")


def _goes_on(line: str) -> bool:
    """Whether a page's first line reads as the rest of a sentence: it starts in a small
    letter, with a word, or a letter and another small word ("a month"), not a form's box
    letter before its caption ("a Employee's social security number" on a W-2). A quote mark
    or a bar OCR made of a speck at the page's edge ("‘cook for the volunteers") is no
    letter."""
    line = line.lstrip(STRAY_MARKS)
    if not line:
        return False
    first, *rest = line.split(maxsplit=2)
    if not first[:1].islower() or len(line.split()) < SENTENCE_WORDS:
        return False  # a word or two alone: OCR's reading of a photo's edge ("om"), a value
    return len(first) > 1 or bool(rest and rest[0][:1].islower())


SENTENCE_WORDS = 3  # the rest of a sentence broken across pages fills a line
STRAY_MARKS = "‘’'`\"“”|"  # what OCR reads a speck before a page's first word as


@dataclass(frozen=True)
class _Page:
    """A file that may be one page of a document photographed page by page."""

    read: ReadSource
    first: PageReading
    last: PageReading
    card: bool = False  # photographed as one side of an ID card


def _numbered_groups(read: list[ReadSource]) -> Iterator[tuple[str, list[ReadSource]]]:
    """Files named alike but for a number (or a side), in that order: (how they are named, the
    files). Camera counters and timestamps need not count by one: a photo between may have
    been deleted, or taken of something else."""
    groups: dict[tuple[str, str, str], list[tuple[int, str, ReadSource]]] = {}
    claimed: set[str] = set()
    by_stem = {
        (str(PurePosixPath(r.source.file).parent), PurePosixPath(r.source.file).stem): r
        for r in read
    }
    for r in read:
        path = PurePosixPath(r.source.file)
        stem, folder = path.stem, str(path.parent)
        if m := PAGE_NAME.match(stem):
            naming, n = "pages", int(m["n"])
        elif m := SIDE_NAME.match(stem):
            naming, n = "sides", 0 if m["side"].lower() in FIRST_SIDES else 1
        elif m := COPY_NAME.match(stem):
            naming, n = "copies", int(m["n"])
            # The first file of the name has no number: carta.jpeg before carta (1).jpeg.
            if (plain := by_stem.get((folder, m["base"]))) is not None:
                key = (folder, m["base"].lower(), naming)
                members = groups.setdefault(key, [])
                if all(f is not plain for _, _, f in members):
                    members.append((0, plain.source.file, plain))
                    claimed.add(plain.source.file)
        elif m := COUNTER_NAME.match(stem):
            naming, n = "counter", int(m["n"])
        else:
            continue
        key = (folder, m["base"].lower().rstrip(" _.-"), naming)
        groups.setdefault(key, []).append((n, r.source.file, r))
    for (_, _, naming), members in groups.items():
        if naming == "counter":
            members = [m for m in members if m[1] not in claimed]
        if len(members) > 1:
            yield naming, [r for _, _, r in sorted(members, key=lambda m: (m[0], m[1]))]


def _join_runs(
    run: list[_Page], naming: str, named: set[str], joins: _Joins, config: Config
) -> None:
    """Join consecutive page files of one document. A file named as a page or a side
    (lease_p2.jpg, card back.jpg) joins the one before unless its own content starts a new
    document. Other names (IMG_0002.jpg, carta (1).jpeg) say nothing of pages, so such a file
    joins only when its page says it continues: it counts on ("Page 2 of 3"), or, having no
    title of its own, it is headed as a later page, finishes a sentence the page before broke
    off, or shows it carries on the document (``follows_on``), or it is the back of the card
    photographed before it (``card_back``). A titled page of the same type (a second pay stub)
    is a document of its own."""
    head: _Page | None = None
    previous: _Page | None = None
    running = UNCLASSIFIED
    document = ""  # the text of the document running so far, for the names and parties in it
    for item in run:
        first, file = item.first, item.read.source.file
        how = None
        if head and previous and file not in named and not _copy_of(previous, item, config):
            text, before = item.read.page_texts[0], previous.read.page_texts[-1]
            said = says_continued(text)  # a titled later page that says it continues
            numbered = clauses_number_on(before, text)  # or numbers its clauses on
            pointed = sent_on(before, text, first.forms, config)  # or the page before sends on
            if counts_on(previous.last, first, text):
                how = "each page counts on ('page k of n')"
            elif naming not in STRONG and pointed:
                how = f"{NAMED_AS[naming]}, and the page before sends its reader on to '{pointed}'"
            elif naming in STRONG and said:
                # named as the next page and headed as a continuation: whatever it reads as
                how = f"{NAMED_AS[naming]}, and it says it continues ('{said}')"
            elif (
                naming not in STRONG
                and _two_sides(head, previous, item)
                and (running == UNCLASSIFIED or first.type in (UNCLASSIFIED, running))
                and (back := card_back(before, text, config))
            ):
                # A card's back reads as its front's kind or as nothing; its zone may weigh as
                # a title would, so the back is not held to having none.
                how = f"{NAMED_AS[naming]}, and {back}"
            elif (
                boundary(
                    running,
                    previous.last,
                    first,
                    config,
                    naming in STRONG or bool(said or numbered),
                )
                is None
            ):
                if naming in STRONG:
                    how = NAMED_AS[naming]
                elif (not first.titled or said or numbered) and (
                    carried := carries_on(before, text)
                    or follows_on(before, text, document, first.type, config)
                ):
                    how = f"{NAMED_AS[naming]}, and {carried}"
        if how and head:
            head_file = head.read.source.file
            joins.more.setdefault(head_file, []).append(file)
            joins.later.add(file)
            joins.why[head_file] = f"joined with the files after it in page order: {how}"
            if running == UNCLASSIFIED:
                running = first.type
        else:
            head, running, document = item, first.type, ""
        document += "\n".join(item.read.page_texts) + "\n"
        previous = item


def _copy_of(previous: _Page, item: _Page, config: Config) -> bool:
    """Whether a file reads as the one before read again (a letter scanned twice, "carta
    (1).jpeg"): a copy, which check reports as one, not the page after. Where only the page
    images could tell a copy from another paper of the same form (a number read two ways), it
    is still no later page: no page of a document repeats the one before word for word."""
    before, text = previous.read.page_texts[-1], item.read.page_texts[0]
    return same_words(before, text, config.requirements.duplicates) is not False


def follows_on(before: str, text: str, document: str, page_type: str, config: Config) -> str | None:
    """How an untitled page shows it carries on the document before it when nothing counts
    its pages: its clauses number on ("12." after "11."), it holds the signature lines of the
    parties the pages before name ("Tenant: ____ Landlord: ____"), both pages have the parties'
    initials line, or, reading as nothing of its own, it has the page before's footer. A page
    that names a person the document before never mentions is not its page."""
    lines, tail = _lines(text), _lines(before)
    known = _folded(document)
    labels = config.rules.fields.name_labels
    if any(not _mentioned(name, known) for name in names_after(text, labels)):
        return None
    if numbered := clauses_number_on(before, text):
        return numbered
    roles = _signing_roles(text, config.settings.segment.signing_roles)
    if roles and all(_said(role, known) for role in roles):
        parties = ", ".join(roles)
        return f"it holds the signature lines of the parties the pages before name ({parties})"
    # OCR often loses the small labels under the signature lines; a page of nothing of its
    # own that names two of the contract's parties ("the Landlord and the Tenant") is its end.
    page = _folded(text)
    parties_named = [r for r in config.settings.segment.signing_roles if _said(r, page)]
    if (
        page_type == UNCLASSIFIED
        and len(parties_named) >= 2
        and all(_said(role, known) for role in parties_named)
    ):
        return f"it names the parties the pages before name ({', '.join(parties_named)})"
    if INITIALS.search(text) and INITIALS.search(before):
        return "each page has a line for the parties' initials"
    if head := _running_head(lines, tail):
        # a printout's head repeated on each page: the patient, the record number, the date
        return f"it has the running head of the page before ('{head[:40]}')"
    if reference := _shared_reference(lines, tail):
        # a letter's later page repeats the file or account number its first page gives
        return f"it repeats the page before's reference ('{reference[:40]}')"
    if page_type == UNCLASSIFIED:
        for footer in (_plain(line) for line in lines[-FOOT_LINES:]):
            for other in (_plain(line) for line in tail[-FOOT_LINES:]):
                alike = SequenceMatcher(None, footer, other).ratio() >= SAME_FOOTER
                if alike and sum(c.isalpha() for c in footer) >= 6:
                    return f"it has the footer of the page before ('{footer[:40]}')"
    return None


RUNNING_HEAD_LINES = 2  # a printout repeats its first lines (whose record, when) on each page
# A reference number after its label: "VA File Number: 29 418 553", "Account No. 4417 092 318"
REFERENCE = re.compile(r"([a-z][a-z .#]{2,30}?)\s*[:#]?\s*(\d[\d -]{4,}\d)\b")
REFERENCE_DIGITS = 6  # fewer digits are a year, a day or a sum
_LABEL_WORDS = re.compile(r"[a-z]+")
REFERENCE_LINES = 8  # a first page gives its references under its letterhead, by the date


def _shared_reference(lines: list[str], before: list[str]) -> str:
    """The labelled reference number (its label's last two words and its digits) that a page's
    first lines repeat from the head of the page before, else "": a VA letter's second page
    ("Chukwuemeka Nwachukwu  Page 2 / VA File Number 29 418 553")."""

    def references(head: list[str]) -> set[tuple[str, str]]:
        found = set()
        for line in head:
            for m in REFERENCE.finditer(_folded(line)):
                digits = re.sub(r"\D", "", m[2])
                label = " ".join(_LABEL_WORDS.findall(m[1])[-2:])
                if len(digits) >= REFERENCE_DIGITS and label:
                    found.add((label, digits))
        return found

    shared = references(lines[:HEAD_LINES]) & references(before[:REFERENCE_LINES])
    return " ".join(min(shared)) if shared else ""


def _running_head(lines: list[str], before: list[str]) -> str:
    """The first lines both pages open with, alike through OCR's slips in their words and the
    same in their numbers (whose record, which, of what day), else ""."""
    n = RUNNING_HEAD_LINES
    if len(lines) < n or len(before) < n:
        return ""
    head, other = (" ".join(_plain(line) for line in side[:n]) for side in (lines, before))
    digits = re.sub(r"\D", "", head)
    if sum(c.isalpha() for c in head) < 12 or not digits or digits != re.sub(r"\D", "", other):
        return ""
    return head if SequenceMatcher(None, head, other).ratio() >= SAME_FOOTER else ""


def clauses_number_on(before: str, text: str) -> str:
    """How a page's first clause numbers on from the last clause of the page before ("12."
    after "11."), or "": a contract's later page, even one whose clause names a title ("the
    address on the rent receipt")."""
    tail, lines = _lines(before), _lines(text)
    before_clauses = [int(m[1]) for line in tail if (m := CLAUSE.match(line))]
    clauses = [int(m[1]) for line in lines[:CLAUSE_LINES] if (m := CLAUSE.match(line))]
    if before_clauses and clauses and clauses[0] == before_clauses[-1] + 1:
        k = before_clauses[-1]
        return f"its clauses number on from the page before ('{k}.', then '{k + 1}.')"
    return ""


def translates_page_before(text: str, before: str, config: Config) -> bool:
    """Whether a page holds a translation, in English (it says it is one: "[TRANSLATION FROM
    SPANISH]", a translator's certificate), after a page in another language: the original and
    its translation are two documents, paired by what both say (classify)."""
    rules = config.rules.translations
    if not any(re.search(rf"\b{re.escape(m)}\b", _folded(text)) for m in rules.markers):
        return False
    head = " ".join(_folded(line) for line in _lines(text)[:TRANSLATION_HEAD_LINES])
    if any(re.search(rf"\b{re.escape(h)}\b", head) for h in rules.headings) and not any(
        re.search(rf"\b{re.escape(m)}\b", _folded(before)) for m in rules.markers
    ):
        # headed as a translation ("TRANSLATION FROM MONGOLIAN"), after a page that is none
        return True
    from packet.text.language import language_of  # only a translation's page asks it

    default = config.languages.default
    return (
        language_of(text, config.languages) == default
        and language_of(before, config.languages) != default
    )


def card_shaped(r: ReadSource, config: Config) -> bool:
    """Whether a file is a photo or scan of one side of an ID card: one image, cut out of the
    photo (or scanned) in the ID-1 shape, holding a card's little text."""
    if len(r.page_texts) != 1 or not r.normalized or not r.normalized[0].photo[0]:
        return False
    record = r.normalized[0]
    if len(record.sheet) == 4:
        a, b, c, d = record.sheet
        long_side, short_side = (dist(a, b) + dist(c, d)) / 2, (dist(b, c) + dist(d, a)) / 2
    else:
        long_side, short_side = record.photo
    if min(long_side, short_side) <= 0:
        return False
    aspect = max(long_side, short_side) / min(long_side, short_side)
    low, high = config.settings.segment.card_aspect
    words = len(r.page_texts[0].split())
    return low <= aspect <= high and words <= config.rules.card_most_words


def _two_sides(head: _Page, previous: _Page, item: _Page) -> bool:
    """Whether ``item`` may be the back of the card ``head``: both card photos, nothing joined
    to the front yet (a card has two sides)."""
    return head.card and item.card and head is previous


def card_back(front: str, text: str, config: Config) -> str | None:
    """How the second of two card photos reads as the first one's back, or None: it names no
    one after a label of its own, and the names in a machine-readable zone on it are the
    front's (when the front names anyone)."""
    if names_after(text, config.rules.fields.name_labels):
        return None  # a name of its own: another card's front
    zone = read_zone(text)
    feature = "no heading of its own"
    if zone:
        names_anyone = names_after(front, config.rules.fields.name_labels) or read_zone(front)
        if names_anyone and not _mentioned(zone.name, _folded(front)):
            return None  # another person's card
        feature = "a machine-readable zone"
    elif set(CARD_NUMBER.findall(text.upper())) & set(CARD_NUMBER.findall(front.upper())):
        feature = "the front's card number"
    elif EXPIRES.search(text):
        feature = "the card's expiry"
    return f"both photos are ID-card sized and the second reads as its back ({feature})"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _folded(text: str) -> str:
    """Lower case without accents, as OCR and typists drop them."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _plain(line: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", _folded(line)).strip()


def _mentioned(name: str, known: str) -> bool:
    """Whether any word of a person's name (of three letters or more) stands in ``known``."""
    words = [w for w in re.findall(r"[a-z]+", _folded(name)) if len(w) >= 3]
    return not words or any(re.search(rf"\b{w}\b", known) for w in words)


def _said(word: str, folded: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", folded) is not None


def _signing_roles(text: str, roles: list[str]) -> list[str]:
    """The parties whose signature lines the page holds: "Tenant: ____", "Landlord signature"."""
    found = []
    for role in roles:
        line = rf"\b{re.escape(role)}\b(?:'s)?[^\n:_]{{0,20}}(?:[:_]|\bsignature\b)"
        if re.search(line, _folded(text)):
            found.append(role)
    return found


def _joined(cut: Cut, later: list[ReadSource], why: str) -> Cut:
    pieces = [*cut.pieces]
    for r in later:
        n = len(r.page_texts)
        pieces.append(Piece(r.source.file, r.source.sha256, 1, n, True))
    return Cut(tuple(pieces), why)


def _document(cut: Cut, by_file: dict[str, ReadSource], work: Path) -> ReadSource:
    if len(cut.pieces) == 1 and cut.pieces[0].whole:
        return by_file[cut.pieces[0].file]  # a file that is one document: as it was read
    return dataclasses.replace(
        document_reading(cut, by_file), pdf=_pages_pdf(cut.pieces, by_file, work)
    )


def document_reading(cut: Cut, by_file: dict[str, ReadSource]) -> ReadSource:
    """A found document's pages as read (its text and OCR confidences), with its pieces; its
    ``pdf`` is still its first file's until ``segment`` writes its own."""
    first = by_file[cut.pieces[0].file]
    if len(cut.pieces) == 1 and cut.pieces[0].whole:
        return first
    texts: list[str] = []
    confidences: list[float | None] = []
    drawn: list[bool] = []
    normalized: list[PageNormalization] = []
    for p in cut.pieces:
        r = by_file[p.file]
        texts += r.page_texts[p.first - 1 : p.last]
        scores = r.page_confidences or (None,) * len(r.page_texts)
        confidences += scores[p.first - 1 : p.last]
        drawn += r.page_drawn[p.first - 1 : p.last]
        # What normalize did to each page goes with the page (a PDF's vector pages: nothing).
        records = r.normalized or (PageNormalization(),) * len(r.page_texts)
        normalized += records[p.first - 1 : p.last]
    return dataclasses.replace(
        first,
        page_texts=tuple(texts),
        page_confidences=tuple(confidences),
        page_drawn=tuple(drawn) if all(by_file[p.file].page_drawn for p in cut.pieces) else (),
        pieces=cut.pieces,
        normalized=tuple(normalized) if any(by_file[p.file].normalized for p in cut.pieces) else (),
    )


def described(cut: Cut) -> str:
    """'scans/x.pdf pages 2-3' or 'scans/lease_p1.jpg + scans/lease_p2.jpg', for explain."""
    parts = [p.file if p.whole else f"{p.file} {_pages(p.first, p.last)}" for p in cut.pieces]
    return " + ".join(parts)


def may_join(file: str, case: Case, folder: Sequence[str] = ()) -> bool:
    """Whether a file may be one page of a document in several files: named like a page, a
    card's side or a camera's counter, or in a `more_pages` entry (explain then reads the
    folder)."""
    stem = PurePosixPath(file).stem
    in_entry = any(file == e.file or file in e.more_pages for e in case.documents if e.more_pages)
    names = (PAGE_NAME, SIDE_NAME, COPY_NAME, COUNTER_NAME)
    if in_entry or any(n.match(stem) for n in names):
        return True
    # carta.jpeg may be the first page of carta (1).jpeg, among the case's other files
    path = PurePosixPath(file)
    return any(
        (m := COPY_NAME.match(PurePosixPath(f).stem)) and m["base"] == stem
        for f in folder
        if PurePosixPath(f).parent == path.parent
    )


def _pages_pdf(pieces: Sequence[Piece], by_file: dict[str, ReadSource], work: Path) -> Path:
    """A PDF of exactly a document's pages, in the build's private work folder: the pages are
    copied as they are (their images are not decoded), text layer and all."""
    from pypdf import PdfReader, PdfWriter  # only a file of several documents needs it

    folder = work / "documents"
    folder.mkdir(mode=0o700, exist_ok=True)
    name = "+".join(f"{p.sha256[:16]}-{p.first}-{p.last}" for p in pieces)
    if len(name) > 120:
        name = f"{pieces[0].sha256[:16]}-{pieces[0].first}-{pieces[0].last}+{len(pieces) - 1}"
    pdf = folder / f"{name}.pdf"
    writer = PdfWriter()
    for p in pieces:
        reader = PdfReader(by_file[p.file].pdf)
        for i in range(p.first - 1, p.last):
            writer.add_page(reader.pages[i])
    with pdf.open("wb") as f:
        writer.write(f)
    pdf.chmod(0o600)
    return pdf


def _pages(first: int, last: int) -> str:
    return f"page {first}" if first == last else f"pages {first}-{last}"
