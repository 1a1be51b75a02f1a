"""Reading OCR text: folding case and accents, finding phrases, names and dates.

OCR of a Spanish certificate gives "MARQUEZ" where case.yaml says "Márquez", "0F" where the
paper says "OF", and dates come as "August 14, 2012", "08/14/2012", "14/08/2012" or
"14 de agosto de 2012"; everything that compares text goes through here so the comparison is
the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

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
}
NAME_PARTICLES = {"de", "del", "la", "las", "los", "y", "e", "van", "von", "da", "dos", "di"}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(\d{1,2})(?:st|nd|rd|th|o|ro)?"
_YEAR = r"((?:19|20)\d{2})"
# (pattern, order of its groups); numeric "a/b/yyyy" is decided by dates_at (US or day-first)
_DATE_PATTERNS = [
    # August 14, 2012 / Dec. 31, 2019 / JUN 01 2014 / August 14,2012 (OCR drops the space)
    (
        re.compile(rf"\b({_MONTH})\.?\s+{_DAY}(?:,\s*|\s+)(?:de\s+)?{_YEAR}\b"),
        ("month", "day", "year"),
    ),
    # 14 de agosto de 2012 / 14 August 2012 / 31-DEC-2019 / 1o. de junio del 2014
    (
        re.compile(rf"\b{_DAY}\.?[\s-]+(?:de\s+)?({_MONTH})\.?,?[\s-]+(?:de\s+|del\s+)?{_YEAR}\b"),
        ("day", "month", "year"),
    ),
    # 08/14/2012, 14.08.2012, 8-14-2012
    (re.compile(rf"\b(\d{{1,2}})\s?[/.-]\s?(\d{{1,2}})\s?[/.-]\s?{_YEAR}\b"), ("a", "b", "year")),
    # 2012-08-14, 2012/08/14
    (re.compile(rf"\b{_YEAR}[/-](\d{{1,2}})[/-](\d{{1,2}})\b"), ("year", "month", "day")),
    # 20120814 (the DD-214's boxes)
    (
        re.compile(r"\b((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b"),
        ("year", "month", "day"),
    ),
]
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?,?\s+(?:de\s+|del\s+|of\s+)?{_YEAR}\b")
_YEAR_ONLY = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])")
# What OCR reads for letters inside a word: "0F" for "OF", "B1RTH" for "BIRTH".
_OCR_DIGITS = str.maketrans({"0": "o", "1": "i", "5": "s", "8": "b"})


def fold(text: str) -> str:
    """Lower case, accents removed, runs of white space made one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain.lower()).strip()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def read_words(text: str) -> list[str]:
    """The words as they were meant: OCR's digits inside words turned back into letters."""
    return [_unmistake(w) for w in words(text)]


BOUNDARY = "|"
_BOUNDARIES = re.compile(r"[\n;:]|(?<=[a-z]{3})\.\s", re.IGNORECASE)


def name_tokens(text: str) -> list[str]:
    """The text's words with a ``BOUNDARY`` at each line end, colon and full stop, so that a name
    is never pieced together from the end of one line and the start of the next."""
    tokens: list[str] = []
    for piece in _BOUNDARIES.split(text):
        tokens += [*read_words(piece), BOUNDARY]
    return tokens


def _unmistake(word: str) -> str:
    """A word OCR spelled with digits among letters ("b1rth") back to letters."""
    if word.isdigit() or not any(c.isdigit() for c in word) or sum(c.isalpha() for c in word) < 2:
        return word
    return word.translate(_OCR_DIGITS)


def reading_text(text: str) -> str:
    """The folded text with OCR's digit-for-letter mistakes undone: what phrases are sought in."""
    return " ".join(read_words(text))


def contains_phrase(folded_text: str, phrase: str) -> bool:
    return find_phrase(folded_text, phrase, fuzzy=False) is not None


@dataclass(frozen=True)
class PhraseHit:
    phrase: str
    start: int
    seen: str  # the text as read, which differs from the phrase when OCR garbled it


def find_phrase(read: str, phrase: str, fuzzy: bool = True) -> PhraseHit | None:
    """Where `phrase` stands in `read` (see ``reading_text``), tolerating an OCR slip or two.

    Short phrases must match exactly ("irs", "ged"), since one wrong letter makes another word;
    a phrase of 12 characters or more may differ by one letter in ten, counted over whole words
    ("birth record" is not found in "birth recorded").
    """
    wanted, pattern = _phrase_pattern(phrase)
    if not wanted:
        return None
    exact = pattern.search(read)
    if exact:
        return PhraseHit(phrase, exact.start(), exact.group())
    if not fuzzy or len(wanted) < 12:
        return None
    found = fuzz.partial_ratio_alignment(wanted, read, score_cutoff=88)
    if found is None:
        return None
    start, end = _snap_to_words(read, wanted, found.dest_start, found.dest_end)
    seen = read[start:end].strip()
    # the words read must spell the phrase, or "tenant" would be found in "lieutenant"
    if seen[:1] != wanted[:1] or Levenshtein.distance(wanted, seen) > len(wanted) // 10:
        return None
    return PhraseHit(phrase, start, seen)


@functools.lru_cache(maxsize=8192)
def _phrase_pattern(phrase: str) -> tuple[str, re.Pattern[str]]:
    wanted = " ".join(words(phrase))
    return wanted, re.compile(r"(?<![a-z0-9])" + re.escape(wanted) + r"(?![a-z0-9])")


def _snap_to_words(read: str, wanted: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span of `read` to whole words (the alignment may cut a garbled word short),
    ending it where it best spells `wanted`."""
    while start > 0 and read[start - 1] != " ":
        start -= 1
    shorter = read.rfind(" ", start, end + 1)
    longer = read.find(" ", end)
    ends = {e for e in (shorter, len(read) if longer < 0 else longer) if e > start} or {end}
    best = max(ends, key=lambda e: fuzz.ratio(wanted, read[start:e].strip()))
    return start, best


# --- dates ---


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


def long_date(day: dt.date) -> str:
    """A date as letters, findings and the terminal write it: "May 2, 2010"."""
    return f"{day:%B} {day.day}, {day.year}"


def month_year_at(folded: str) -> list[DateMention]:
    """ "March 2017", "marzo de 2017": the first day of that month."""
    return [
        DateMention(m.start(), m.end(), dt.date(int(m.group(2)), MONTHS[m.group(1)], 1))
        for m in _MONTH_YEAR.finditer(folded)
    ]


def years_at(folded: str) -> list[tuple[int, int]]:
    """(position, year) of every four-digit year standing on its own."""
    return [(m.start(), int(m.group(1))) for m in _YEAR_ONLY.finditer(folded)]


# --- names ---


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names written by people (case.yaml, a `documents:` entry, a document's
    subject) are the same name, but for case, accents and spacing. OCR text goes to find_name."""
    return a is not None and b is not None and fold(a) == fold(b)


def name_words(name: str) -> list[str]:
    return [w for w in words(name) if w not in NAME_PARTICLES]


def same_name_word(expected: str, seen: str) -> bool:
    """One word of a name against one word of OCR text: exact for short words, else ~1 slip."""
    if expected == seen:
        return True
    if len(expected) < 5 or abs(len(expected) - len(seen)) > 1:
        return False
    return Levenshtein.distance(expected, seen) <= (1 if len(expected) < 9 else 2)


@dataclass(frozen=True)
class NameMatch:
    position: int  # index of the first matched word in the text's words
    parts: tuple[str, ...]  # the words of the name that were found
    score: float  # 3.0 for the whole name written together


def given_names(parts: list[str]) -> set[str]:
    """The words of a name that tell siblings apart: the first, and the second of four or more
    ("María Elena García López" goes by María or Elena; García López is the whole family)."""
    return set(parts[:2]) if len(parts) >= 4 else set(parts[:1])


def find_name(name: str, text_words: list[str]) -> list[NameMatch]:
    """Every place the person's name is written, best first.

    A name is a run of words of the name, in any order ("Sofía Hernández", "HERNANDEZ MARQUEZ,
    SOFIA"), allowed one unknown word inside (a middle name case.yaml leaves out). It counts when
    the run holds a given name (see ``given_names``) and another word of the name, so a sibling
    who shares the surnames is not mistaken for the person; an initial stands for a given name
    only beside two surnames ("R. MARQUEZ FUENTES").
    """
    parts = name_words(name)
    if not parts:
        return []
    given = given_names(parts)
    matches = []
    i = 0
    while i < len(text_words):
        run = _name_run(parts, text_words, i)
        if not run:
            i += 1
            continue
        found = {p for p in parts for w in run if same_name_word(p, w)}
        initials = {p for p in given - found if any(w == p[0] for w in run)}
        has_given = bool(found & given)
        if (has_given and (len(found) >= 2 or len(parts) == 1)) or (
            initials and len(found - given) >= 2
        ):
            score = 2.0 * len(found & given) + len(found - given) + 0.5 * len(initials)
            matches.append(NameMatch(i, tuple(sorted(found | initials)), _share(score, parts)))
        i += len(run)
    if not matches:
        matches = _scattered(parts, given, text_words)
    return sorted(matches, key=lambda m: (-m.score, m.position))


SCATTER = 8  # words between a given name and a surname written in separate boxes


def _scattered(parts: list[str], given: set[str], text_words: list[str]) -> list[NameMatch]:
    """A name written in separate boxes ("Surname ORTIZ CASTILLO / Given names DANIELA"): a given
    name and another word of the name within a few words, scored below a name written whole."""
    matches = []
    for i, word in enumerate(text_words):
        if not any(same_name_word(g, word) for g in given):
            continue
        near = text_words[max(0, i - SCATTER) : i + SCATTER + 1]
        found = {p for p in parts if any(same_name_word(p, w) for w in near)}
        if len(found - given) >= 1:
            score = 2.0 * len(found & given) + len(found - given)
            matches.append(NameMatch(i, tuple(sorted(found)), 0.6 * _share(score, parts)))
    return matches


def _share(score: float, parts: list[str]) -> float:
    """A match's score out of 3, whatever the name's length: a long name found whole is no more
    certain than a short one found whole."""
    return round(3.0 * score / (len(parts) + len(given_names(parts))), 3)


def _name_run(parts: list[str], text_words: list[str], start: int) -> list[str]:
    """The words from `start` that belong to one written name (empty if `start` is not one)."""

    def belongs(w: str) -> bool:
        return any(same_name_word(p, w) for p in parts) or (len(w) == 1 and w.isalpha())

    def may_skip(at: int) -> bool:
        return (
            text_words[at] != BOUNDARY and at + 1 < len(text_words) and belongs(text_words[at + 1])
        )

    if not any(same_name_word(p, text_words[start]) for p in parts) and not (
        len(text_words[start]) == 1
        and start + 1 < len(text_words)
        and belongs(text_words[start + 1])
    ):
        return []
    run, skipped, end = [], 0, start
    while end < len(text_words) and len(run) < len(parts) + 3:
        w = text_words[end]
        if belongs(w) or w in NAME_PARTICLES:
            run.append(w)
        elif skipped == 0 and may_skip(end):
            skipped = 1
            run.append(w)
        else:
            break
        end += 1
    while run and not any(same_name_word(p, run[-1]) for p in parts):
        run.pop()
    return run


def name_position(name: str, text_words: list[str]) -> int | None:
    matches = find_name(name, text_words)
    return min(m.position for m in matches) if matches else None


_NAME_WORD = r"[A-ZÁÉÍÓÚÑÜ][A-Za-zÁÉÍÓÚÑÜáéíóúñü'\-]+|[A-ZÁÉÍÓÚÑ]\.?|de|del|la|y"


def names_after(text: str, labels: list[str]) -> list[str]:
    """Names written after a label ("Nombre: Rosa Márquez", "CHILD'S NAME:"), on the same line or,
    when the label ends its line (a form's box), on the next."""
    lines = [line for line in text.splitlines() if line.strip()]
    found: list[str] = []
    for i, line in enumerate(lines):
        for rest in _after_labels(line, labels):
            name = _name_at(rest)
            if name is None and _only_form_words(rest) and i + 1 < len(lines):
                name = _name_at(lines[i + 1])
            if name and name not in found:
                found.append(name)
    return found


def _after_labels(line: str, labels: list[str]) -> list[str]:
    """What follows each label on the line, the longest label winning where labels overlap."""
    plain_line = _plain(line)
    spans = []
    for label in labels:
        pattern = r"(?<![a-z])" + re.escape(_plain(label)) + r"(?![a-z])"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, plain_line)]
    spans.sort(key=lambda span: (span[0], -span[1]))
    rests, covered_to = [], -1
    for start, end in spans:
        if start >= covered_to:
            rests.append(line[end:])
            covered_to = end
    return rests


def _name_at(rest: str) -> str | None:
    rest = re.sub(r"^[\s:.\-–,]*(?:\([^)]*\)[\s:.\-–]*)?", "", rest)
    rest = re.split(r"\s{2,}|\s\S+:|\t|\s[-–]\s", rest)[0]  # the next column or field
    match = re.match(rf"((?:(?:{_NAME_WORD}),? ){{1,6}}(?:{_NAME_WORD}))", rest)
    if not match:
        return None
    name = _clean_name(match.group(1))
    if len(name_words(name)) < 2 or _form_words(name):
        return None
    return name


_FORM_WORDS = {
    "report",
    "card",
    "date",
    "number",
    "address",
    "record",
    "certificate",
    "school",
    "grade",
    "form",
    "signature",
    "birth",
    "sex",
    "name",
    "id",
    "no",
    "fecha",
    "sexo",
    "of",
    "child",
    "father",
    "mother",
    "first",
    "middle",
    "last",
    "parent",
    "place",
    "shown",
    "return",
    "dob",
    "madre",
    "padre",
    "nombre",
    "lugar",
    "ssn",
    "itin",
    "student",
    "homeroom",
    "edad",
    "curp",
}


def _only_form_words(text: str) -> bool:
    return set(words(text)) <= _FORM_WORDS


def _form_words(name: str) -> bool:
    """True for what follows a label but is the form's own wording ("STUDENT REPORT CARD")."""
    return bool(set(words(name)) & _FORM_WORDS)


def _plain(text: str) -> str:
    """Lower case without accents, one character for one: positions carry over to the original."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return plain if len(plain) == len(text) else text.lower()


def _clean_name(raw: str) -> str:
    words_ = [w for w in re.split(r"[ ,]+", raw) if w]
    while words_ and (len(words_[-1]) <= 2 or words_[-1].lower() in NAME_PARTICLES):
        words_.pop()
    while words_ and words_[0].lower() in NAME_PARTICLES:
        words_.pop(0)
    return " ".join(_name_case(w) for w in words_)


def _name_case(word: str) -> str:
    """A word of a name as a clerk types it: "DE LA CRUZ" reads "de la Cruz"."""
    if word.lower() in NAME_PARTICLES:
        return word.lower()
    return word.title() if word.isupper() and len(word) > 1 else word


# --- language ---

LANGUAGE_NAMES = {"es": "Spanish", "en": "English"}  # the languages language_of tells apart

_LANGUAGE_MARKERS = {
    "en": {
        "the",
        "of",
        "and",
        "to",
        "is",
        "this",
        "that",
        "with",
        "for",
        "name",
        "date",
        "birth",
        "has",
        "was",
        "from",
    },
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
        "para",
        "una",
        "su",
        "al",
        "se",
        "sexo",
        "edad",
        "acta",
        "registro",
        "escuela",
        "grado",
        "ciclo",
        "periodo",
        "pago",
        "empresa",
        "trabajador",
        "nacionalidad",
        "apellidos",
        "nombres",
        "domicilio",
        "lugar",
    },
}


def language_of(text: str) -> str:
    counts = {lang: 0 for lang in _LANGUAGE_MARKERS}
    for word in words(text):
        for lang, markers in _LANGUAGE_MARKERS.items():
            counts[lang] += word in markers
    # "de" and "en" exist in both languages' documents; a Spanish page must clearly outweigh
    return "es" if counts["es"] > counts["en"] * 1.5 and counts["es"] >= 3 else "en"


# What a terminal acts on instead of showing: C0 and C1 controls (ESC starts colours, a clear
# screen, a window title), DEL, line and paragraph separators, and the bidirectional controls
# that make a name read differently from what it is.
_UNSHOWN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def control_character(text: str) -> str | None:
    """The first character of ``text`` a terminal acts on instead of showing; tabs and line
    breaks are spacing, not counted."""
    return next((m.group() for m in _UNSHOWN.finditer(text) if m.group() not in "\t\n\r"), None)


def printable(text: str, newlines: bool = False) -> str:
    """Text as it may be shown on a terminal or in a log: every control character written as an
    escape (``\\x1b``, ``\\n``), so that a file name can neither colour, clear or retitle the
    terminal nor fake a line of its own ("0 errors: ready to file"). ``newlines``: keep the line
    breaks of a message that has several lines."""

    def escaped(match: re.Match[str]) -> str:
        char = match.group()
        if newlines and char == "\n":
            return char
        return repr(char)[1:-1] if ord(char) < 0x100 else f"\\u{ord(char):04x}"

    return _UNSHOWN.sub(escaped, text)
