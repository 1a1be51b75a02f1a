"""The key fields of a document, read from its text as part of classify: names, dates, the issuing
authority and the span of dates the document shows (``covers``), which the residence check uses.

How each type's covered span is found is data (``covers`` in config/document_types.yaml).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

from packet.config import Covers, FieldRules, Kind, PlaceLabels
from packet.dates import ONE_DAY, Span, add_months
from packet.records import Fields
from packet.text.dates import DateMention, dates_at, month_year_at, years_at
from packet.text.fold import fold, reading_text
from packet.text.names import names_after

LABEL_REACH = 60  # characters after a label in which its value is looked for
PERIOD_REACH = 160  # a "from ... to ..." range can run over a line or two
_DURATION = re.compile(r"\b(\d{1,2})\s*(?:\(\w+\)\s*)?(months?|meses|years?|anos)\b")
_RANGE_GLUE = re.compile(r"^\s*(?:-|to|through|thru|until|al|hasta|a|y)?\s*$")
_SCHOOL_YEAR = re.compile(r"\b((?:19|20)\d{2})\s*[-/]\s*((?:19|20)?\d{2})\b")


def extract(text: str, covers: Covers | None, rules: FieldRules, day_first: bool) -> Fields:
    folded = fold(text)
    mentions = dates_at(text, day_first)
    issued = document_date(folded, mentions, rules.document_date_labels, rules.date_of_birth_labels)
    span = (
        covered(folded, mentions, covers, rules, issued) if covers and covers.by != "none" else None
    )
    if span is None and covers and covers.by == "tax_year":
        span = _year_alone(text)
    if covers and covers.rows:
        span = _dated_rows(text, day_first, covers.rows, rules, covers.row_dates) or span
    return Fields(
        names=tuple(names_after(text, rules.name_labels)),
        issuer=issuing_authority(text, rules.issuer_markers),
        issued=issued,
        # the first and last of them are the residence check's days of evidence when a
        # document states no covered range
        dates=tuple(sorted({m.date for m in mentions})),
        covers=Span(*span) if span else None,
        # a tax year, unless the span is an earnings record's many years
        tax_year=span[0].year
        if span and covers and covers.by == "tax_year" and span[0].year == span[1].year
        else None,
    )


_SCHOOL_YEAR_ROW = re.compile(r"^(?:19|20)\d{2}\s*[-/]\s*(?:19|20)?\d{2}\b")  # "2009-10  K  ..."
# "2013    $9,876    $9,876", also as OCR reads a table's rule before it ("[2020", "(2015")
_YEAR_ROW = re.compile(r"^[\[(|]?((?:19|20)\d{2})\s+\S*\d")


def _dated_rows(
    text: str, day_first: bool, least: int, rules: FieldRules, by_dates: bool = True
) -> tuple[dt.date, dt.date] | None:
    """The first and last date of the rows that begin with one ("06/14/2016  L. Ortiz, NP  New
    patient visit"), the first and last school year of the rows that begin with one (a
    cumulative record's "2009-10  K  Kalihi Uka Elementary"), or the first and last year of the
    rows that begin with a year and go on with figures (an earnings record's "2013   $9,876"),
    when there are at least ``least`` such rows. A date of birth is no row, though OCR may set
    it on a line of its own under its column's caption ("DOB\n\n07/03/1978")."""
    births = set(_dates_after(fold(text), dates_at(text, day_first), rules.date_of_birth_labels))
    days, school_years, years = [], [], []
    for line in text.splitlines():
        line = line.strip()
        mentions = dates_at(line, day_first)
        if mentions and mentions[0].start == 0 and mentions[0].date not in births:
            days.append(mentions[0].date)
        elif (school := _SCHOOL_YEAR_ROW.match(line)) and (span := _school_year(school[0], rules)):
            school_years.append(span)
        elif year := _YEAR_ROW.match(line):
            years.append(int(year.group(1)))
    if by_dates and len(days) >= least:
        return min(days), max(days)
    if len(school_years) >= least:
        return min(s for s, _ in school_years), max(e for _, e in school_years)
    if len(years) >= least:
        return dt.date(min(years), 1, 1), dt.date(max(years), 12, 31)
    return None


def issuing_authority(text: str, markers: list[str]) -> str | None:
    marker = _any_of(tuple(markers))
    for line in text.splitlines()[:15]:
        folded = fold(line)
        if marker.search(folded):
            cleaned = re.sub(r"\s+", " ", line).strip(" -:|")
            return cleaned[:100] if cleaned else None
    return None


# Words an authority's name keeps in lower case after its first word ("Department of the Army").
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "las", "los", "y", "e"})
_PARTS = re.compile(r"\s+[-\u2013\u2014|/\u2022]+\s*|\s*[-\u2013\u2014|/\u2022]{2,}\s*|\s*\|\s*")
_NOT_A_NAME = re.compile(r"[^\w\s.,'&]|\d")


def issuer_name(issuer: str | None, markers: list[str], most: int = 2) -> str | None:
    """The issuing authority as a description prints it: the parts of its heading line that
    name an authority (a marker), stray marks dropped, in title case, at most ``most`` parts
    ("State of Illinois, Department of Public Health"); None when no part reads cleanly, since
    a misread name in a filed index is worse than none."""
    if not issuer:
        return None
    marker = _any_of(tuple(markers))
    named = []
    for part in _PARTS.split(issuer):
        part = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z]{3})", " ", part)  # "DE-PUEBLA"
        part = part.strip(" .,:;*'\u00bf\u00a1")
        if not part or not marker.search(fold(part)):
            continue
        if _NOT_A_NAME.search(part) or len(part.split()) > 8:
            return None  # a stray mark or digit inside: misread, or not a name at all
        words_ = part.split()
        named.append(
            " ".join(
                w.lower() if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:].lower()
                for i, w in enumerate(words_)
            )
        )
    return ", ".join(named[:most]) or None


@functools.lru_cache(maxsize=64)
def _any_of(markers: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of words from config/, compiled once per build, not per line."""
    return re.compile(rf"(?<![a-z])(?:{'|'.join(re.escape(fold(m)) for m in markers)})(?![a-z])")


def date_of_birth(text: str, labels: list[str], day_first: bool) -> dt.date | None:
    folded = fold(text)
    return next(iter(_dates_after(folded, dates_at(text, day_first), labels)), None)


def _dates_after(folded: str, mentions: list[DateMention], labels: list[str]) -> list[dt.date]:
    found = []
    for end in _after_label(folded, labels):
        found += [m.date for m in mentions if end <= m.start <= end + LABEL_REACH][:1]
    return found


def _after_label(folded: str, labels: list[str]) -> list[int]:
    """Where the value of each label starts, label by label in the order given."""
    found = []
    for label in labels:
        found += [m.end() for m in _label_pattern(label).finditer(folded)]
    return found


@functools.lru_cache(maxsize=4096)
def _label_pattern(label: str) -> re.Pattern[str]:
    spaced = re.escape(fold(label)).replace(r"\ ", r"[\s.,:'/-]*")
    return re.compile(r"(?<![a-z])" + spaced + r"(?![a-z])")


# A box's number starting the next box on the line ("5b. CITY"), as forms print them.
# Where a box's label starts: the line's start or a box number ("5c. COUNTY").
_BOX_START = re.compile(r"(?:^|\s\d{1,2}[a-z]?\.)\s*$|^\s*\d{1,2}[a-z]?\.?\s*$")
_NEXT_BOX = re.compile(r"\s(?:\d{1,2}[a-z]?\.|\d{1,2}\.?[a-z]\.)\s")
_PLACE_WORD = r"[^\W\d_][^\W\d_'.-]*(?:[-'][^\W\d_]+)*\.?"
_PLACE = re.compile(rf"^(?:{_PLACE_WORD})(?:,?\s+(?:{_PLACE_WORD})){{0,6}}$")
# what follows a label but is the form's wording, not a place ("(State or Country)")
_PLACE_FORM_WORDS = frozenset(
    {
        "name",
        "date",
        "sex",
        "birth",
        "of",
        "state",
        "country",
        "place",
        "mother",
        "father",
        "parent",
        "fecha",
        "sexo",
        "nacimiento",
        "lugar",
        "day",
        "month",
        "year",
        "time",
        "hour",
    }
)

# words a place never holds but a label does ("Fecha de expedicion", "Date of issue")
_NOT_IN_A_PLACE = _PLACE_FORM_WORDS - {"of", "state", "country"} | {"issue", "expedicion", "sex"}


def place_of_birth(text: str, labels: PlaceLabels) -> str | None:
    """Where a birth took place, as its labelled boxes say: the place label's value, else the
    city's and the county's ("Chicago, Cook County"); a hospital's name is left out. None when
    no value reads cleanly as a place: a misread place in a filed index is worse than none."""
    lines = [line for line in text.splitlines() if line.strip()]
    whole = _labelled_value(lines, labels.place, labels)
    if whole:
        return whole
    city = _labelled_value(lines, labels.city, labels)
    county = _labelled_value(lines, labels.county, labels)
    if county and not fold(county).endswith("county"):
        county = f"{county} County"
    return ", ".join(p for p in (city, county) if p) or None


def _labelled_value(lines: list[str], labels: list[str], rules: PlaceLabels) -> str | None:
    facility = rules.facility
    for i, line in enumerate(lines):
        # folded one character for one, so that a label's end is a position in the line
        folded = "".join(fold(c)[:1] or " " for c in line)
        for label in labels:
            for match in _label_pattern(label).finditer(folded):
                rest = line[match.end() :]
                if not (_BOX_START.search(folded[: match.start()]) or rest.lstrip()[:1] == ":"):
                    continue  # in a sentence ("the Riverside County Department of ..."): no box
                after = re.findall(r"[a-z]+", fold(rest))[:1]
                if after and after[0] in rules.not_after:
                    continue  # "COUNTY CLERK", "COUNTY OF RIVERSIDE": another thing's name
                if _any_of(tuple(facility)).match(fold(rest).strip(" -:/—–")):
                    continue  # "PLACE OF BIRTH - NAME OF FACILITY": the hospital's box
                boxes = _NEXT_BOX.split(f" {rest} ")
                value = _place_in(boxes[0], rules)
                # the label alone in its box, its value below: only when the box is the
                # line's only one, since a row of boxes puts their values side by side
                below = lines[i + 1] if i + 1 < len(lines) else ""
                if (
                    value is None
                    and len(boxes) == 1
                    and _only_form_words(rest)
                    and not _NEXT_BOX.search(f" {below} ")
                ):
                    value = _place_in(below, rules)
                if value:
                    return value
    return None


def _only_form_words(text: str) -> bool:
    return set(re.findall(r"[a-z]+", fold(text))) <= _PLACE_FORM_WORDS


def _place_in(rest: str, rules: PlaceLabels) -> str | None:
    rest = re.sub(r"^[\s:.\-\u2013\u2014/]*(?:\([^)]*\)[\s:.\-\u2013/]*)?", "", rest)
    rest = re.split(r"\s{2,}|\s\S+:|\t|\s[-\u2013]\s|\s/\s", rest)[0].strip(" .,;")
    said = set(re.findall(r"[a-z]+", fold(rest)))
    if not rest or not _PLACE.match(rest) or said & _NOT_IN_A_PLACE:
        return None  # a form's wording: the next label, not a value
    if fold(rest) in {fold(label) for label in (*rules.place, *rules.city, *rules.county)}:
        return None  # the next box's label ("CITY OF BIRTH  COUNTY")
    if not all(_reads_as_a_place_word(w) for w in re.split(r"[\s,]+", rest) if w):
        return None  # OCR's misreading ("Atlixco, eee México"): none rather than a wrong place
    facility = rules.facility
    kept = [
        part.strip()
        for part in rest.split(",")
        if part.strip() and not _any_of(tuple(facility)).search(fold(part))
    ]
    if not kept:
        return None
    return ", ".join(_place_case(part) for part in kept)


_TRIPLED = re.compile(r"([a-z])\1\1")


def _reads_as_a_place_word(word: str) -> bool:
    """A word of a place as a clerk writes it: capitalized (or all capitals) unless a small
    word ("de", "of"), with a vowel, no letter three times over."""
    folded = fold(word).strip(".'-")
    if folded in _SMALL_WORDS:
        return True
    if not word[:1].isupper() or _TRIPLED.search(folded):
        return False
    return len(folded) < 3 or bool(re.search(r"[aeiouy]", folded))


def _place_case(part: str) -> str:
    """A place as an index prints it: "MIAMI-DADE COUNTY" reads "Miami-Dade County"."""
    words_ = part.split()
    return " ".join(
        w.lower()
        if i and w.lower() in _SMALL_WORDS
        else "-".join(x[:1].upper() + x[1:].lower() for x in w.split("-"))
        for i, w in enumerate(words_)
    )


@dataclass(frozen=True)
class KindRead:
    """The kind of document a text shows itself to be, and its date with what the date means."""

    label: str
    dated: str
    date: dt.date | None


def kind_of(text: str, kinds: list[Kind], day_first: bool) -> KindRead | None:
    """The first of ``kinds`` whose phrases the text holds (and none of its ``unless``), with
    the date written after one of its date labels, if any."""
    folded = fold(text)
    for kind in kinds:
        if not _any_of(tuple(kind.phrases)).search(folded):
            continue
        if kind.unless and _any_of(tuple(kind.unless)).search(folded):
            continue
        labelled = _dates_after(folded, dates_at(text, day_first), kind.date_labels)
        return KindRead(kind.label, kind.dated, labelled[0] if labelled else None)
    return None


def document_date(
    folded: str, mentions: list[DateMention], labels: list[str], birth_labels: list[str]
) -> dt.date | None:
    """The date written after one of the labels, else the first date in the text that is not
    someone's date of birth (a record's "Patient ... DOB 11/05/1977" heads it, but dates the
    patient, not the record), else the first date."""
    labelled = _dates_after(folded, mentions, labels)
    if labelled:
        return labelled[0]
    births = set(_dates_after(folded, mentions, birth_labels))
    dated = [m.date for m in mentions if m.date not in births]
    return dated[0] if dated else (mentions[0].date if mentions else None)


def covered(
    folded: str,
    mentions: list[DateMention],
    covers: Covers,
    rules: FieldRules,
    issued: dt.date | None,
) -> tuple[dt.date, dt.date] | None:
    span = None
    if covers.by == "tax_year":
        return _tax_year(folded, mentions, covers.labels)  # a request date says nothing of it
    if covers.by == "period":
        span = _period(folded, mentions, covers.labels) or _any_range(folded, mentions)
        start = None if span or not covers.since else _since(folded, mentions, covers.since)
        if start:
            span = (start, max(start, issued or start))
    elif covers.by == "school_year":
        span = _school_year(folded, rules) or _any_range(folded, mentions)
    elif covers.by == "since":
        start = _since(folded, mentions, covers.labels)
        if start:
            span = (start, max(start, issued or start))
    if span is None and issued:
        span = (issued, issued)
    return span


def _tax_year(
    folded: str, mentions: list[DateMention], labels: list[str]
) -> tuple[dt.date, dt.date] | None:
    read = reading_text(folded)
    year = None
    for end in _after_label(read, labels):
        after = [y for _, y in years_at(read[end : end + 40])]
        before = [y for _, y in years_at(read[max(0, end - 60) : end])]
        year = after[0] if after else (before[-1] if before else None)
        if year:
            break
    if year is None:
        year = next((m.date.year for m in mentions if (m.date.month, m.date.day) == (12, 31)), None)
    return (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else None


_LONE_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*$", re.MULTILINE)


def _year_alone(text: str) -> tuple[dt.date, dt.date] | None:
    """A form that prints its tax year large and alone in a box (a W-2's "2022"), when no label
    names it: the first line holding nothing but a year."""
    match = _LONE_YEAR.search(text)
    if not match:
        return None
    year = int(match.group(1))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def stated_period(text: str, labels: list[str]) -> tuple[dt.date, dt.date] | None:
    """The period written after one of ``labels`` ("Statement period 08/01/2026 - 08/31/2026")."""
    folded = fold(text)
    if not labels or not _after_label(folded, labels):
        return None  # most pages state no period: their dates need not be read
    return _period(folded, dates_at(text), labels)


def _period(
    folded: str, mentions: list[DateMention], labels: list[str]
) -> tuple[dt.date, dt.date] | None:
    for end in _after_label(folded, labels):
        near = [m for m in mentions if end <= m.start <= end + PERIOD_REACH]
        if len(near) >= 2 and near[0].date < near[1].date:
            return near[0].date, near[1].date
        if near:
            months = _duration_months(folded[end : end + PERIOD_REACH])
            if months:
                return near[0].date, add_months(near[0].date, months) - ONE_DAY
    return None


def _any_range(folded: str, mentions: list[DateMention]) -> tuple[dt.date, dt.date] | None:
    """Two dates joined by "to", "through", "-", "al": "June 1, 2014 through May 31, 2016"."""
    for first, second in itertools.pairwise(mentions):
        if first.date < second.date and _RANGE_GLUE.match(folded[first.end : second.start]):
            return first.date, second.date
    return None


def _duration_months(folded: str) -> int | None:
    match = _DURATION.search(folded)
    if not match:
        return None
    n = int(match.group(1))
    return n if match.group(2).startswith(("month", "mes")) else 12 * n


def _school_year(folded: str, rules: FieldRules) -> tuple[dt.date, dt.date] | None:
    for match in _SCHOOL_YEAR.finditer(folded):
        first, second = int(match.group(1)), match.group(2)
        second_year = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if second_year == first + 1:
            start_month, start_day = map(int, rules.school_year.starts.split("-"))
            end_month, end_day = map(int, rules.school_year.ends.split("-"))
            return (
                dt.date(first, start_month, start_day),
                dt.date(second_year, end_month, end_day),
            )
    return _terms(folded, rules.school_year.terms)


def _terms(folded: str, terms: dict[str, tuple[str, str]]) -> tuple[dt.date, dt.date] | None:
    """A college transcript's terms, "Fall 2014" to "Spring 2017": the first one's first day to
    the last one's last."""
    if not terms:
        return None
    pattern = re.compile(rf"\b({'|'.join(map(re.escape, terms))})\s+((?:19|20)\d{{2}})\b")
    spans = []
    for match in pattern.finditer(folded):
        year = int(match.group(2))
        first, last = (map(int, day.split("-")) for day in terms[match.group(1)])
        spans.append((dt.date(year, *first), dt.date(year, *last)))
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


def _since(folded: str, mentions: list[DateMention], labels: list[str]) -> dt.date | None:
    # "known her since 2009" gives only a year: count from its last day, so a letter never
    # covers more of the timeline than it says.
    bare_years = [
        DateMention(pos, pos + 4, dt.date(year, 12, 31)) for pos, year in years_at(folded)
    ]
    month_years = month_year_at(folded)
    # Each label's nearest date; the earliest of them is when the writer first saw the person
    # here ("I hired her on August 1, 2017 ... since 2021 she has been our manager").
    starts = []
    for end in _after_label(folded, labels):
        reach = _SINCE_REACH.match(folded, end)
        limit = end + max(30, reach.end() - end if reach else 0)
        near = [m for m in [*mentions, *month_years, *bare_years] if end <= m.start <= limit]
        if near:
            starts.append(min(near, key=lambda m: (m.start, m.date)).date)
    return min(starts, default=None)


# A label's date may follow the person's name ("hired Keyla Suyapa Banegas Ordonez on"): reach
# over up to six words after it, beyond the 30 characters any label's value may take.
_SINCE_REACH = re.compile(r"(?:\s+[^\s\d]+){1,6}\s+(?:on|in|el|en)?\s*")
