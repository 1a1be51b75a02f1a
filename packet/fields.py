"""The key fields of a document, read from its text as part of classify: names, dates, the issuing
authority and the span of dates the document shows (``covers``), which the residence check uses.

How each type's covered span is found is data (``covers`` in config/document_types.yaml).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from packet.config import Covers, FieldRules
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
    return Fields(
        names=tuple(names_after(text, rules.name_labels)),
        issuer=issuing_authority(text, rules.issuer_markers),
        issued=issued,
        # the first and last of them are the residence check's days of evidence when a
        # document states no covered range
        dates=tuple(sorted({m.date for m in mentions})),
        covers=Span(*span) if span else None,
        tax_year=span[0].year if span and covers and covers.by == "tax_year" else None,
    )


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
    return None


def _since(folded: str, mentions: list[DateMention], labels: list[str]) -> dt.date | None:
    # "known her since 2009" gives only a year: count from its last day, so a letter never
    # covers more of the timeline than it says.
    bare_years = [
        DateMention(pos, pos + 4, dt.date(year, 12, 31)) for pos, year in years_at(folded)
    ]
    month_years = month_year_at(folded)
    for end in _after_label(folded, labels):
        near = [m for m in [*mentions, *month_years, *bare_years] if end <= m.start <= end + 30]
        if near:
            return min(near, key=lambda m: (m.start, m.date)).date
    return None
