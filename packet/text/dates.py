"""The dates written in a text: "August 14, 2012", "08/14/2012", "14 de agosto de 2012".

Calendar arithmetic on dates once read is packet/dates.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from packet.text.fold import fold

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "ene": 1,
    "abr": 4,
    "ago": 8,
    "dic": 12,
    # Portuguese, French and Haitian Creole certificates (folded: "março" reads "marco");
    # Creole's short month names (mas, me, jen, out) are left out: they are English words too
    "janeiro": 1,
    "fevereiro": 2,
    "marco": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9,
    "outubro": 10,
    "dezembro": 12,
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "janvye": 1,
    "fevriye": 2,
    "jiye": 7,
    "septanm": 9,
    "oktob": 10,
    "novanm": 11,
    "desanm": 12,
    # Indonesian, Polish (the genitive a date writes: "14 marca 1985") and Turkish records
    "januari": 1,
    "februari": 2,
    "maret": 3,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "oktober": 10,
    "desember": 12,
    "stycznia": 1,
    "lutego": 2,
    "marca": 3,
    "kwietnia": 4,
    "maja": 5,
    "czerwca": 6,
    "lipca": 7,
    "sierpnia": 8,
    "wrzesnia": 9,
    "pazdziernika": 10,
    "listopada": 11,
    "grudnia": 12,
    "ocak": 1,
    "subat": 2,
    "mart": 3,
    "nisan": 4,
    "mayis": 5,
    "haziran": 6,
    "temmuz": 7,
    "agustos": 8,
    "eylul": 9,
    "ekim": 10,
    "kasim": 11,
    "aralik": 12,
}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(\d{1,2})(?:st|nd|rd|th|o|ro)?"
_YEAR = r"((?:19|20)\d{2})"
# (pattern, order of its groups); numeric "a/b/yyyy" is decided by dates_at (US or day-first)
_DATE_PATTERNS = [
    # August 14, 2012 / Dec. 31, 2019 / JUN 01 2014 / August 14,2012 (OCR drops the space) /
    # July 15.2026 (OCR reads the comma as a full stop)
    (
        re.compile(rf"\b({_MONTH})\.?\s+{_DAY}(?:[,.]\s*|\s+)(?:de\s+)?{_YEAR}\b"),
        ("month", "day", "year"),
    ),
    # 14 de agosto de 2012 / 14 August 2012 / 31-DEC-2019 / 1o. de junio del 2014 / this 24th
    # day of May, 2014 (diplomas, certificates, court orders, notaries' jurats)
    (
        re.compile(
            rf"\b{_DAY}\.?[\s-]+(?:de\s+|day\s+of\s+)?({_MONTH})\.?,?[\s-]+(?:de\s+|del\s+)?{_YEAR}\b"
        ),
        ("day", "month", "year"),
    ),
    # 2022 October 19 / 1990 January 01: CBP's I-94 printout (a day followed by a year is the
    # month-first date after it: "2012 August 14, 2013")
    (
        re.compile(rf"\b{_YEAR}\s+({_MONTH})\.?\s+{_DAY}\b(?![,.]?\s*(?:19|20)\d{{2}})"),
        ("year", "month", "day"),
    ),
    # a los 9 dias del mes de mayo de 2023 (how Latin American registries date a certification)
    (
        re.compile(
            rf"\b{_DAY}\s+dias?\s+del\s+mes\s+de\s+({_MONTH})\s+(?:de\s+|del\s+)?(?:ano\s+)?{_YEAR}\b"
        ),
        ("day", "month", "year"),
    ),
    # 08/14/2012, 14.08.2012, 8-14-2012
    (re.compile(rf"\b(\d{{1,2}})\s?[/.-]\s?(\d{{1,2}})\s?[/.-]\s?{_YEAR}\b"), ("a", "b", "year")),
    # 2012-08-14, 2012/08/14
    (re.compile(rf"\b{_YEAR}[/-](\d{{1,2}})[/-](\d{{1,2}})\b"), ("year", "month", "day")),
    # 20120814 and 2012 08 14 (the DD-214's year, month and day boxes)
    (
        re.compile(r"\b((?:19|20)\d{2})\s?(0[1-9]|1[0-2])\s?(0[1-9]|[12]\d|3[01])\b"),
        ("year", "month", "day"),
    ),
]
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?,?\s+(?:de\s+|del\s+|of\s+)?{_YEAR}\b")
_YEAR_ONLY = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])")


@dataclass(frozen=True)
class DateMention:
    start: int  # position in the folded text
    end: int
    date: dt.date


def dates_at(text: str, day_first: bool = False) -> list[DateMention]:
    """Every full date written in the text, in reading order.

    A numeric date "03/04/2011" is read month first unless ``day_first`` (a Spanish or Central
    American document) or the first number cannot be a month ("14/08/2012").
    """
    folded = fold(text)
    found: dict[int, DateMention] = {}
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(folded):
            if any(m.start <= match.start() < m.end for m in found.values()):
                continue
            parts = dict(zip(order, match.groups(), strict=True))
            day = _to_date(parts, day_first)
            if day:
                found[match.start()] = DateMention(match.start(), match.end(), day)
    return sorted(found.values(), key=lambda m: m.start)


def _to_date(parts: dict[str, str], day_first: bool) -> dt.date | None:
    if "a" in parts:
        a, b = int(parts["a"]), int(parts["b"])
        month, day = (b, a) if day_first or a > 12 else (a, b)
    else:
        month = MONTHS.get(parts["month"]) or int(parts["month"])
        day = int(parts["day"])
    try:
        return dt.date(int(parts["year"]), month, day)
    except ValueError:
        return None  # 31/02, or a phone number that looked like a date


def dates_in(text: str, day_first: bool = False) -> list[dt.date]:
    return sorted({m.date for m in dates_at(text, day_first)})


def month_year_at(folded: str) -> list[DateMention]:
    """ "March 2017", "marzo de 2017": the first day of that month."""
    return [
        DateMention(m.start(), m.end(), dt.date(int(m.group(2)), MONTHS[m.group(1)], 1))
        for m in _MONTH_YEAR.finditer(folded)
    ]


def years_at(folded: str) -> list[tuple[int, int]]:
    """(position, year) of every four-digit year standing on its own."""
    return [(m.start(), int(m.group(1))) for m in _YEAR_ONLY.finditer(folded)]
