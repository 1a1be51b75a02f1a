"""Machine-readable zones of travel documents (ICAO Doc 9303), for invented passports and cards.

TD3 is the passport data page (two lines of 44 characters), TD1 the ID-1 card (three lines of
30: green cards, national ID cards). Check digits use weights 7, 3, 1 over digits, letters
(A=10 ... Z=35) and the filler ``<`` (0). A document number longer than nine characters goes
on in the optional data, with ``<`` in its check digit's place, its check digit after its last
character and a filler before any further optional data (9303 Part 5, 4.2.4). Names are
upper case A-Z: diacritics are dropped, and spaces and hyphens become ``<``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

FILLER = "<"
_WEIGHTS = (7, 3, 1)


def check_digit(field: str) -> str:
    total = 0
    for i, char in enumerate(field):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        elif char == FILLER:
            value = 0
        else:
            raise ValueError(f"not an MRZ character: {char!r} in {field!r}")
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


def transliterated(text: str) -> str:
    """What a name becomes in the zone: Ñ to N, Á to A, spaces and hyphens to fillers."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).upper()
    return "".join(c if "A" <= c <= "Z" or c.isdigit() else FILLER for c in plain)


def _padded(text: str, width: int) -> str:
    if len(text) > width:
        return text[:width]
    return text + FILLER * (width - len(text))


def _names(surname: str, given: str, width: int) -> str:
    return _padded(f"{transliterated(surname)}{FILLER * 2}{transliterated(given)}", width)


def _date(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def td3(
    *,
    kind: str,
    country: str,
    surname: str,
    given: str,
    number: str,
    nationality: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    personal: str = "",
) -> tuple[str, str]:
    """The two lines of a passport data page."""
    line1 = _padded(f"{_padded(kind, 2)}{country}{_names(surname, given, 39)}", 44)
    doc = _padded(number, 9)
    personal = _padded(transliterated(personal), 14)
    personal_check = FILLER if set(personal) == {FILLER} else check_digit(personal)
    body = (
        f"{doc}{check_digit(doc)}{nationality}{_date(birth)}{check_digit(_date(birth))}{sex}"
        f"{_date(expiry)}{check_digit(_date(expiry))}{personal}{personal_check}"
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return line1, body + check_digit(composite)


def td1(
    *,
    kind: str,
    country: str,
    number: str,
    surname: str,
    given: str,
    nationality: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    optional1: str = "",
    optional2: str = "",
) -> tuple[str, str, str]:
    """The three lines of an ID-1 card (a green card, a national identity card)."""
    if len(number) > 9:
        doc = number[:9] + FILLER + number[9:] + check_digit(number)
        doc += FILLER + optional1 if optional1 else ""
    else:
        doc = _padded(number, 9) + check_digit(_padded(number, 9)) + optional1
    line1 = _padded(f"{_padded(kind, 2)}{country}{_padded(doc, 25)}", 30)
    middle = (
        f"{_date(birth)}{check_digit(_date(birth))}{sex}{_date(expiry)}"
        f"{check_digit(_date(expiry))}{nationality}{_padded(optional2, 11)}"
    )
    composite = line1[5:30] + middle[0:7] + middle[8:15] + middle[18:29]
    line2 = middle + check_digit(composite)
    return line1, line2, _names(surname, given, 30)


def valid(lines: tuple[str, ...]) -> bool:
    """Whether every check digit of a TD1 or TD3 zone agrees with its field."""
    try:
        if len(lines) == 2 and all(len(line) == 44 for line in lines):
            _, l2 = lines
            fields = [(l2[0:9], l2[9]), (l2[13:19], l2[19]), (l2[21:27], l2[27])]
            if l2[28:42] != FILLER * 14 or l2[42] != FILLER:
                fields.append((l2[28:42], l2[42]))
            fields.append((l2[0:10] + l2[13:20] + l2[21:43], l2[43]))
        elif len(lines) == 3 and all(len(line) == 30 for line in lines):
            l1, l2, _ = lines
            if l1[14] == FILLER:  # a long document number: it ends, with its check digit, at
                rest = l1[15:30].split(FILLER)[0]  # the first filler of the optional data
                fields = [(l1[5:14] + rest[:-1], rest[-1])]
            else:
                fields = [(l1[5:14], l1[14])]
            fields += [
                (l2[0:6], l2[6]),
                (l2[8:14], l2[14]),
                (l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29]),
            ]
        else:
            return False
        return all(check_digit(field) == digit for field, digit in fields)
    except ValueError:
        return False
