"""Reading OCR text: folding case and accents, finding phrases, names and dates.

OCR of a Spanish certificate gives "MARQUEZ" where case.yaml says "Márquez", and dates come as
"August 14, 2012", "08/14/2012" or "14 de agosto de 2012"; everything that compares text goes
through here so the comparison is the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

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
}
NAME_PARTICLES = {"de", "del", "la", "las", "los", "y", "van", "von", "da", "dos"}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS = [
    # August 14, 2012 / Dec. 31, 2019
    (re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b"), ("month", "day", "year")),
    # 14 de agosto de 2012 / 14 August 2012
    (
        re.compile(rf"\b(\d{{1,2}})\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})\b"),
        ("day", "month", "year"),
    ),
    # 08/14/2012 or 08-14-2012 (US order)
    (re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b"), ("month", "day", "year")),
    # 2012-08-14
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("year", "month", "day")),
]


def fold(text: str) -> str:
    """Lower case, accents removed, runs of white space made one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain.lower()).strip()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def contains_phrase(folded_text: str, phrase: str) -> bool:
    pattern = r"(?<![a-z0-9])" + re.escape(fold(phrase)) + r"(?![a-z0-9])"
    return re.search(pattern, folded_text) is not None


def name_words(name: str) -> list[str]:
    return [w for w in words(name) if w not in NAME_PARTICLES]


def name_position(name: str, text_words: list[str]) -> int | None:
    """Where a person's name is written in the text, or None.

    A name is found when its first given name stands near at least one of its surnames (within
    four words, either order: "Sofía Hernández" and "HERNANDEZ MARQUEZ, SOFIA" both count), so a
    sibling who shares the surnames but not the given name is not mistaken for the person.
    """
    parts = name_words(name)
    if not parts:
        return None
    given, surnames = parts[0], set(parts[1:])
    for i, word in enumerate(text_words):
        if word != given:
            continue
        if not surnames or surnames & set(text_words[max(0, i - 4) : i + 5]):
            return i
    return None


def dates_in(text: str) -> list[dt.date]:
    found = []
    folded = fold(text)
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(folded):
            parts = dict(zip(order, match.groups(), strict=True))
            month = parts["month"]
            try:
                found.append(
                    dt.date(
                        int(parts["year"]),
                        MONTHS[month] if month in MONTHS else int(month),
                        int(parts["day"]),
                    )
                )
            except ValueError:
                continue  # 31/02 or a phone number that looked like a date
    return sorted(set(found))


_LANGUAGE_MARKERS = {
    "en": {"the", "of", "and", "to", "is", "this", "that", "with", "for", "name", "date", "birth"},
    "es": {
        "el",
        "la",
        "los",
        "las",
        "del",
        "y",
        "que",
        "por",
        "con",
        "nombre",
        "fecha",
        "nacimiento",
    },
}


def language_of(text: str) -> str:
    counts = {lang: 0 for lang in _LANGUAGE_MARKERS}
    for word in words(text):
        for lang, markers in _LANGUAGE_MARKERS.items():
            counts[lang] += word in markers
    # "de" and "en" exist in both languages' documents; a Spanish page must clearly outweigh
    return "es" if counts["es"] > counts["en"] * 1.5 and counts["es"] >= 3 else "en"
