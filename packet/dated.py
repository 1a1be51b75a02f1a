"""When a document is dated: the one reading of its dates that check and compose share.

Two questions, each answered once here from the ``Fields`` classify read:

- ``dated_span``: the first and last day a document speaks for: the span it covers (a lease's
  term, a tax year), else the day it was issued. Compose orders and describes exhibits by it,
  and a renewal's "new since the denial" (check's stale-evidence finding and the letter's list
  of new evidence) is decided by it. A letter issued in 2020 that mentions a 2024 date is not
  new evidence in 2024: what it mentions is not when it was written.
- ``presence_spans``: the days a document shows the respondent was here, for the residence
  timeline. Without a covered span its first and last dates are single days of evidence, since
  a paper that mentions a day usually shows its holder was here then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from packet.dates import Span
from packet.records import Document


def dated_span(doc: Document) -> Span | None:
    """The days a document speaks for: its covered span, else its issue date, else None."""
    f = doc.fields
    if f.covers and f.covers.start <= f.covers.end:
        return Span(f.covers.start, f.covers.end, doc.name)
    if f.issued:
        return Span(f.issued, f.issued, doc.name)
    return None


def last_dated(doc: Document, today: dt.date) -> dt.date | None:
    """The latest day a document speaks for, leaving out days still to come (a lease's end)."""
    span = dated_span(doc)
    return min(span.end, today) if span else None


def new_since(doc: Document, decided: dt.date, today: dt.date) -> bool:
    """Whether a document is dated after ``decided`` (a prior request's decision)."""
    last = last_dated(doc, today)
    return last is not None and last > decided


def presence_spans(
    doc: Document, today: dt.date, period: bool = False, births: Collection[dt.date] = ()
) -> list[Span]:
    """When a document shows the respondent was here: its covered range, else its dates.

    Without a covered range, the first and last dates on the page are single days of evidence
    (a birth certificate dated 2012 and issued in 2024 says nothing about the years between),
    unless the document is a ``period`` (a lease: its dates bound its term). Dates after today
    are expiry dates, not presence.
    """
    f = doc.fields
    if f.covers and f.covers.start <= f.covers.end and f.covers.start <= today:
        return [Span(f.covers.start, f.covers.end, doc.name)]
    days = sorted({d for d in (f.earliest_date, f.latest_date) if d and d <= today})
    if period and len(days) == 2 and days[0] not in births:
        return [Span(days[0], days[1], doc.name)]
    return [Span(d, d, doc.name) for d in days]
