"""The machine-readable zone of a passport or ID card (ICAO 9303), read from OCR text and checked
with the `mrz` library's check digits. A zone that checks out says what the document is, whom it
is about and their date of birth, even when OCR made little of the rest of the page."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td2 import TD2CodeChecker
from mrz.checker.td3 import TD3CodeChecker

from packet.dates import build_date

# (lines, characters a line, checker): passports TD3, ID cards and green cards TD1, visas TD2
_FORMATS = ((2, 44, TD3CodeChecker), (3, 30, TD1CodeChecker), (2, 36, TD2CodeChecker))
_SLACK = 2  # characters OCR may drop or add on a line; padded or cut back to its width
_ZONE_CHARS = re.compile(r"^[A-Z0-9<]+$")
# What OCR makes of the filler: guillemets, a spaced-out run, "<" read as "K" only in long runs
_FILLER = (("«", "<<"), ("‹", "<"), ("＜", "<"), (" ", ""))
_K_RUN = re.compile(r"(?<=<)K{2,}|K{2,}(?=<)")
_NOT_ZONE_CHAR = re.compile(r"[^A-Z0-9<]")
_MOST_STRAY = 2  # characters outside the zone's alphabet a line may hold and still be one
_STRAY_FILLER = 8  # filler a line with such characters needs to be read as a zone


@dataclass(frozen=True)
class Zone:
    code: str  # document code: "P" passport, "C1" a US green card, "I"/"ID" an ID card
    country: str  # issuing state, ISO 3166 alpha-3 ("MEX", "USA")
    surname: str
    given: str
    birth_date: dt.date | None
    expires: dt.date | None
    number: str
    valid: bool  # every check digit holds; else only the birth date's did

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}".strip()


def read_zone(text: str) -> Zone | None:
    """The first machine-readable zone in the text whose birth date check digit holds."""
    lines = [_clean(line) for line in text.splitlines()]
    candidates = [(i, line) for i, line in enumerate(lines) if _looks_like_zone(line)]
    for count, width, checker in _FORMATS:
        for k in range(len(candidates) - count + 1):
            group = candidates[k : k + count]
            if group[-1][0] - group[0][0] != count - 1:  # lines one after another
                continue
            if not all(abs(len(line) - width) <= _SLACK for _, line in group):
                continue
            code = "\n".join(_fit(line, width) for _, line in group)
            zone = _checked(code, checker)
            if zone:
                return zone
    return None


def _clean(line: str) -> str:
    line = line.strip().upper()
    for seen, meant in _FILLER:
        line = line.replace(seen, meant)
    line = _K_RUN.sub(lambda m: "<" * len(m.group()), line)
    stray = _NOT_ZONE_CHAR.findall(line)
    if 0 < len(stray) <= _MOST_STRAY and line.count("<") >= _STRAY_FILLER:
        # a mark or two OCR made of a photo's edge ("<<<<§G"): a filler run says it is a zone,
        # and the check digits still decide whether it reads right
        line = _NOT_ZONE_CHAR.sub("<", line)
    return line


def _looks_like_zone(line: str) -> bool:
    return len(line) >= 28 and bool(_ZONE_CHARS.match(line)) and line.count("<") >= 2


def _fit(line: str, width: int) -> str:
    return line[:width].ljust(width, "<")


def _checked(code: str, checker: type) -> Zone | None:
    try:
        result = checker(code)
    except Exception:  # the library raises its own errors for malformed fields
        return None
    f = result.fields()
    valid = bool(result)
    if not valid and not _digit_holds(code, f.birth_date, f.birth_date_hash):
        return None
    return Zone(
        code=f.document_type.replace("<", "").strip(),
        country=f.country.replace("<", ""),
        surname=f.surname.strip(),
        given=f.name.strip(),
        birth_date=_date(f.birth_date, past=True),
        expires=_date(f.expiry_date, past=False),
        number=(f.document_number or "").replace("<", ""),
        valid=valid,
    )


def _digit_holds(code: str, field: str | None, digit: str | None) -> bool:
    return bool(field and digit and digit.isdigit() and check_digit(field) == digit)


def check_digit(field: str) -> str:
    """ICAO 9303's check digit: weights 7, 3, 1 over digits, letters (A=10) and filler (0)."""
    total = 0
    for i, c in enumerate(field):
        value = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _date(yymmdd: str | None, past: bool) -> dt.date | None:
    """A zone writes YYMMDD: a birth date is the latest such day not in the future; an expiry
    date the earliest within the next 50 years' reach."""
    if not yymmdd or not yymmdd.isdigit() or len(yymmdd) != 6:
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    this_year = build_date().year % 100
    latest = this_year if past else 69  # an expiry date is never decades back
    century = 2000 if yy <= latest else 1900
    try:
        return dt.date(century + yy, mm, dd)
    except ValueError:
        return None
