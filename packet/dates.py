"""Calendar arithmetic every stage shares: months, whole years, spans of days, the build's date.

One module, so that a lease of 12 months, a gap of 18 months and an age of 18 years are counted
the same way wherever they are asked about. Month arithmetic is python-dateutil's
``relativedelta``: adding a month to January 31 gives the last day of February, as people count.
Reading dates out of OCR text is packet/text/dates.py.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

ONE_DAY = dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day when it is shorter."""
    return day + relativedelta(months=months)


def whole_years(start: dt.date, end: dt.date) -> int:
    """Whole years from ``start`` to ``end``, as an age is counted: 18 on the 18th birthday."""
    return relativedelta(end, start).years


def long_date(day: dt.date) -> str:
    """A date as letters, findings and the terminal write it: "May 2, 2010"."""
    return f"{day:%B} {day.day}, {day.year}"


def build_date() -> dt.date:
    """Today, or SOURCE_DATE_EPOCH's day, so that a rebuild can reproduce a packet exactly.
    Every stage that asks what today is asks here."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()


def build_time() -> dt.datetime:
    """When the packet says it was made: SOURCE_DATE_EPOCH, else the build day at 00:00 UTC, so
    that two builds of the same case on the same day are byte-identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.combine(build_date(), dt.time(), dt.UTC)


@dataclass(frozen=True, order=True)
class Span:
    """Days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date
    file: str | None = field(default=None, compare=False)  # the document dated in this span


def clip(span: Span, since: dt.date, until: dt.date) -> Span | None:
    start, end = max(span.start, since), min(span.end, until)
    return Span(start, end, span.file) if start <= end else None


def overlap(a: Span, b: Span) -> bool:
    return a.start <= b.end and b.start <= a.end


def month_span(year: int, month: int) -> Span:
    first = dt.date(year, month, 1)
    return Span(first, add_months(first, 1) - ONE_DAY)


def uncovered(spans: Iterable[Span], since: dt.date, until: dt.date) -> Iterator[Span]:
    """The stretches from ``since`` to ``until`` that no span (sorted by start) covers."""
    cursor = since  # the first day not yet covered
    for span in spans:
        if span.start > cursor:
            yield Span(cursor, span.start - ONE_DAY)
        cursor = max(cursor, span.end + ONE_DAY)
    if cursor <= until:
        yield Span(cursor, until)


def longer_than(span: Span, months: int) -> bool:
    return span.end >= add_months(span.start, months)


def duration(span: Span) -> str:
    """'3 years 2 months'; under two years, with the days left over ('1 year 5 days')."""
    length = relativedelta(span.end + ONE_DAY, span.start)
    years, months, days = length.years, length.months, length.days
    parts = [(years, "year"), (months, "month")] + ([(days, "day")] if years < 2 else [])
    return " ".join(f"{n} {unit}{'s' * (n != 1)}" for n, unit in parts if n) or "0 days"
