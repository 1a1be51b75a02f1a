"""People's names: the same name as people write it, a person's name in OCR text, and the names
written after a label ("Nombre: Rosa Márquez")."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from packet.text.fold import fold, read_words, without_accents, words

NAME_PARTICLES = {"de", "del", "la", "las", "los", "y", "e", "van", "von", "da", "dos", "di"}


BOUNDARY = "|"
SENTENCE_END = "|."  # a full stop: the words of a name in separate boxes are not sought across it
BOUNDARIES = frozenset((BOUNDARY, SENTENCE_END))
_BOUNDARIES = re.compile(r"([\n;:])|(?<=[a-z]{3})\.\s", re.IGNORECASE)


_LETTERS = re.compile(r"[^\W\d_]+")


def without_names(text: str, names: list[str]) -> str:
    """``text`` with every word of ``names`` taken out (accents and case aside): a person's
    name says nothing of the language a paper is written in, and the Spanish names on an
    English form or statement would otherwise pull its language towards Spanish."""
    drop = {word for name in names for word in words(name)}
    if not drop:
        return text
    return _LETTERS.sub(lambda m: "" if fold(m.group(0)) in drop else m.group(0), text)


def name_tokens(text: str) -> list[str]:
    """The text's words with a ``BOUNDARY`` at each line end and colon and a ``SENTENCE_END`` at
    each full stop (both in ``BOUNDARIES``), so that a name is never pieced together from the end
    of one line and the start of the next."""
    tokens: list[str] = []
    pieces = _BOUNDARIES.split(text)  # text, separator (None for a full stop), text, ...
    for i in range(0, len(pieces), 2):
        tokens += read_words(pieces[i])
        if i + 1 < len(pieces):
            tokens.append(BOUNDARY if pieces[i + 1] else SENTENCE_END)
    return [*tokens, BOUNDARY]


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names written by people (case.yaml, a `documents:` entry, a document's
    subject) are the same name, but for case, accents and spacing. OCR text goes to find_name."""
    return a is not None and b is not None and fold(a) == fold(b)


def name_words(name: str) -> list[str]:
    """The words of a name as case.yaml writes it, its particles left out ("de", "van"), but for
    a particle written with an accent, which is a name: Vietnamese "Văn" is a middle name."""
    return [
        w
        for raw in name.split()
        for w in words(raw)
        if w not in NAME_PARTICLES or not raw.isascii()
    ]


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
    length: int = 0  # words of the text the name takes up, when known (else its parts)

    def overlaps(self, other: NameMatch) -> bool:
        """Whether the two matches take up some of the same words of the text."""
        mine = self.length or len(self.parts)
        theirs = other.length or len(other.parts)
        return self.position < other.position + theirs and other.position < self.position + mine


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
    text_words = _syllables_joined(parts, text_words)
    # Most words of a long document are no word of the name: compare each distinct word once.
    named = _words_like(parts, text_words)
    # A name is read within a line; only if it is nowhere, across one line end, as prose wraps
    # a name ("el nombre de YOKASTA / ALTAGRACIA, hija de...")
    matches = _runs(parts, given, text_words, named, wrap=False) or _runs(
        parts, given, text_words, named, wrap=True
    )
    if not matches:
        matches = _scattered(parts, given, text_words)
    return sorted(matches, key=lambda m: (-m.score, m.position))


def _runs(
    parts: list[str], given: set[str], text_words: list[str], named: set[str], wrap: bool
) -> list[NameMatch]:
    """Each run of the text's words that writes the name (see ``find_name``)."""
    matches = []
    i = 0
    while i < len(text_words):
        if text_words[i] not in named and len(text_words[i]) != 1:  # no run can start here
            i += 1
            continue
        run = _name_run(parts, text_words, i, wrap)
        if not run:
            i += 1
            continue
        found = {p for p in parts for w in run if same_name_word(p, w)}
        initials = {p for p in given - found if any(w == p[0] for w in run)}
        has_given = bool(found & given)
        # both surnames written whole, and just before them a word two slips from a given name:
        # OCR of a photographed box ("TORASTA BATISTA FELIZ" for Yokasta Batista Féliz)
        slipped = (
            {g for g in given if slipped_letters(g, text_words[i - 1])}
            if i > 0 and not has_given and not initials and len(found - given) >= 2
            else set()
        )
        if (has_given and (len(found) >= 2 or len(parts) == 1)) or (
            (initials or slipped) and len(found - given) >= 2
        ):
            score = 2.0 * len(found & given) + len(found - given) + 0.5 * len(initials | slipped)
            at, length = (i - 1, len(run) + 1) if slipped else (i, len(run))
            named_parts = tuple(sorted(found | initials | slipped))
            matches.append(NameMatch(at, named_parts, _share(score, parts), length))
        i += len(run)
    return matches


SLIPPED_GIVEN = 6  # letters a given name needs before two slips in it are still that name


def slipped_letters(given: str, seen: str) -> bool:
    """Two letters misread, as OCR misreads them (one for another, the length kept): not a
    spelling of its own, which keeps its length no more than "Sofía" keeps "Sophia"'s."""
    return (
        len(given) >= SLIPPED_GIVEN
        and len(seen) == len(given)
        and sum(a != b for a, b in zip(given, seen, strict=True)) <= 2
    )


def _syllables_joined(parts: list[str], text_words: list[str]) -> list[str]:
    """The text with a word of the name that it writes in two ("LIN, XIAO MEI" for Xiaomei
    Lin, "Ji Hoon" for Jihoon, "Mari Carmen" for Maricarmen: romanised Chinese, Korean and
    Vietnamese given names are written joined, spaced or hyphenated) put back together. Both
    words become the joined one, so every position in the text keeps its word."""
    long_parts = [p for p in parts if len(p) >= JOINED_PART]
    if not long_parts:
        return text_words
    out = text_words
    for i in range(len(text_words) - 1):
        a, b = text_words[i], text_words[i + 1]
        if a in BOUNDARIES or b in BOUNDARIES or a in parts or b in parts:
            continue
        joined = a + b
        if joined in long_parts:
            if out is text_words:
                out = list(text_words)
            out[i] = out[i + 1] = joined
    return out


JOINED_PART = 6  # a name word this long may be written as two syllables; shorter ones are not


def find_by_title(
    name: str, others: list[str], text_words: list[str], titles: list[str]
) -> list[NameMatch]:
    """Where a person is called by a title and one word of the name, as letters call people
    ("Mrs. Cruz", "Sister María", "la Sra. Quiroz"): the word is one of the person's given names
    or the first surname (the one "Mrs." goes with), and no one of ``others`` (the rest of the
    case) has that word in those places, so a mother is told from children who carry her
    surname second. A title written with a full stop may be followed by OCR's sentence end."""
    parts = name_words(name)
    if len(parts) < 2:
        return []
    taken = set().union(*(_called_by(name_words(other)) for other in others))
    called = _called_by(parts) - taken
    if not called:
        return []
    forms = {w: title.strip().endswith(".") for title in titles for w in words(title)[-1:]}
    matches = []
    for i, word in enumerate(text_words[:-1]):
        if word not in forms:
            continue
        at = i + 1
        if forms[word] and text_words[at] in BOUNDARIES and at + 1 < len(text_words):
            at += 1
        # the title says a person is meant: a surname OCR misread by two letters still counts
        # ("Ms. Buthayar" for Batbayar), as a given name before both surnames does
        seen = text_words[at]
        found = [p for p in called if same_name_word(p, seen) or slipped_letters(p, seen)]
        if found:
            matches.append(NameMatch(at, (found[0],), TITLE_SCORE))
    return matches


TITLE_SCORE = 1.0  # one word of the name, held up by a title saying a person is meant


def _called_by(parts: list[str]) -> set[str]:
    """The words a title may call a person by: the given names and the first surname."""
    given = given_names(parts)
    return given | set(parts[len(given) : len(given) + 1])


def married_names(name: str, spouse: str) -> list[str]:
    """The names a person may be written under after taking the spouse's surname, as US
    insurers, banks, hospitals and schools register a married woman ("XIAOMEI L CHEN" for
    Xiaomei Lin, wife of Jianguo Chen): the person's given names with each word of the
    spouse's name that is not one of the spouse's given names nor already the person's."""
    parts, theirs = name_words(name), name_words(spouse)
    if len(parts) < 2 or len(theirs) < 2:
        return []
    given = parts[: len(given_names(parts))]
    surnames = [w for w in theirs[len(given_names(theirs)) :] if w not in parts]
    return [" ".join([*given, surname]) for surname in surnames]


MARRIED_SHARE = 0.8  # a name under the spouse's surname: less certain than the name as given


MASK = 4  # IRS transcripts print the first four letters of a first and a last name: "GRAC QUIR"


def find_masked_name(name: str, text_words: list[str]) -> list[NameMatch]:
    """Where a name is written masked, as IRS transcripts print it ("GRAC QUIR" for Graciela
    Quiroz): the first letters of the first given name, then of a surname, each cut to ``MASK``
    letters. A masked name is less certain than a whole one, so it scores lower."""
    parts = name_words(name)
    if len(parts) < 2:
        return []
    first = parts[0][:MASK]
    surnames = {p[:MASK] for p in parts[1:]}
    return [
        NameMatch(i, (parts[0], next(p for p in parts[1:] if p[:MASK] == text_words[i + 1])), 1.5)
        for i in range(len(text_words) - 1)
        if text_words[i] == first and text_words[i + 1] in surnames
    ]


def _words_like(parts: list[str], text_words: list[str]) -> set[str]:
    """The distinct words of the text that ``same_name_word`` takes for one of ``parts``."""
    return {w for w in set(text_words) if any(same_name_word(p, w) for p in parts)}


SCATTER = 8  # words between a given name and a surname written in separate boxes


def _scattered(parts: list[str], given: set[str], text_words: list[str]) -> list[NameMatch]:
    """A name written in separate boxes ("Surname ORTIZ CASTILLO / Given names DANIELA"): a given
    name and another word of the name within a few words, scored below a name written whole."""
    matches = []
    given_like = _words_like(sorted(given), text_words)
    for i, word in enumerate(text_words):
        if word not in given_like:
            continue
        near = _within_sentence(text_words, max(0, i - SCATTER), i, i + SCATTER + 1)
        found = {p for p in parts if any(same_name_word(p, w) for w in near)}
        if len(found - given) >= 1:
            score = 2.0 * len(found & given) + len(found - given)
            matches.append(NameMatch(i, tuple(sorted(found)), 0.6 * _share(score, parts)))
    return matches


def _within_sentence(text_words: list[str], start: int, at: int, end: int) -> list[str]:
    """The words from ``start`` to ``end`` around ``at`` that share its sentence: boxes of a form
    lie across lines, but a letter's "their children Diego and Camila. Mrs. Peña teaches" holds
    no name of Diego Peña."""
    before = text_words[start:at]
    if SENTENCE_END in before:
        start += len(before) - before[::-1].index(SENTENCE_END)
    after = text_words[at:end]
    if SENTENCE_END in after:
        end = at + after.index(SENTENCE_END)
    return text_words[start:end]


def _share(score: float, parts: list[str]) -> float:
    """A match's score out of 3, whatever the name's length: a long name found whole is no more
    certain than a short one found whole."""
    return round(3.0 * score / (len(parts) + len(given_names(parts))), 3)


def _name_run(parts: list[str], text_words: list[str], start: int, wrap: bool = False) -> list[str]:
    """The words from `start` that belong to one written name (empty if `start` is not one);
    ``wrap``: across one line end between two of its words."""

    def belongs(w: str) -> bool:
        return any(same_name_word(p, w) for p in parts) or (len(w) == 1 and w.isalpha())

    def may_skip(at: int) -> bool:
        return (
            text_words[at] not in BOUNDARIES
            and at + 1 < len(text_words)
            and belongs(text_words[at + 1])
        )

    if not any(same_name_word(p, text_words[start]) for p in parts) and not (
        len(text_words[start]) == 1
        and start + 1 < len(text_words)
        and belongs(text_words[start + 1])
    ):
        return []
    run: list[str] = []
    skipped, wrapped, end = 0, False, start
    while end < len(text_words) and len(run) < len(parts) + 3:
        w = text_words[end]
        if belongs(w) or w in NAME_PARTICLES:
            run.append(w)
        elif (
            wrap
            and not wrapped
            and w == BOUNDARY
            and run
            and end + 1 < len(text_words)
            and any(same_name_word(p, text_words[end + 1]) for p in parts)
        ):
            wrapped = True
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


# A row of a printed form's boxes, read as one line: each box's label starts with its number
# ("2. DEPARTMENT", "4a. DATE OF BIRTH", "5 Medicare wages").
_NEXT_BOX = re.compile(r"\s(?:\d{1,2}[a-z]?\.|\d{1,2}\.?[a-z]\.)\s+(?=[A-Z])")


def names_after(text: str, labels: list[str]) -> list[str]:
    """Names written after a label ("Nombre: Rosa Márquez", "CHILD'S NAME:"), on the same line or,
    when the label ends its line (a form's box), on the next."""
    lines = [line for line in text.splitlines() if line.strip()]
    found: list[str] = []
    for i, line in enumerate(lines):
        for rest in _after_labels(line, labels):
            rest = _NEXT_BOX.split(rest)[0]  # "1. NAME (Last, First) 2. DEPARTMENT": one box
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
        if _plain_label(label) not in plain_line:  # a few str searches instead of ~40 regexes
            continue
        spans += [(m.start(), m.end()) for m in _label_pattern(label).finditer(plain_line)]
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


@functools.lru_cache(maxsize=1024)
def _label_pattern(label: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])" + re.escape(_plain_label(label)) + r"(?![a-z])")


@functools.lru_cache(maxsize=1024)
def _plain_label(label: str) -> str:
    return _plain(label)


def _plain(text: str) -> str:
    """Lower case without accents, one character for one: positions carry over to the original."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", text))
    plain = (decomposed if decomposed.isascii() else without_accents(decomposed)).lower()
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


# Letters OCR takes for one another ("rn" read as "m" is r->m plus a dropped n): a name word that
# differs from case.yaml's only by these, or by a letter dropped or doubled, may be a misreading;
# any other letter changed is how the document spells the name.
_OCR_CONFUSABLE = {
    frozenset(pair)
    for pair in (
        "il", "lt", "ce", "eo", "co", "ao", "nu", "hb", "hn", "uv", "vy", "mn", "rm", "rn",
        "ft", "gq", "ij", "jl", "cd", "dl", "vw", "ad", "oq", "ec", "fr", "rt",
        # a photo's "ei" run together: "Mireille" read "Mirenlle"
        "in",
    )
}  # fmt: skip


def ocr_slip(expected: str, seen: str) -> bool:
    """Whether ``seen`` may be OCR's reading of ``expected`` (both folded words)."""
    return all(
        op.tag != "replace"
        or frozenset((expected[op.src_pos], seen[op.dest_pos])) in _OCR_CONFUSABLE
        for op in Levenshtein.editops(expected, seen)
    )


def spelled_otherwise(name: str, text: str) -> list[tuple[str, str]]:
    """Where a text that names a person spells a word of the name differently from ``name``
    beyond what OCR misreads: (the word as given, the word as the text writes it), folded.
    Empty when the text also writes the word as given anywhere, or does not name the person."""
    tokens = name_tokens(text)
    matches = find_name(name, tokens)
    if not matches:
        return []
    parts = name_words(name)
    best = matches[0]
    window = tokens[best.position : best.position + len(parts) + 3]
    present = set(tokens)
    differences = []
    for part in parts:
        if part in present:
            continue
        seen = [w for w in window if w not in BOUNDARIES and same_name_word(part, w)]
        if seen and not any(ocr_slip(part, w) for w in seen):
            differences.append((part, seen[0]))
    return differences
