"""Which language a text is in: py3langid's model, asked to choose among the languages of
config/languages.yaml only, and whether a foreign text also carries the default language
throughout (a bilingual passport or certificate, which needs no translation).

Loading py3langid's model (and NumPy) costs more CPU than the rest of a warm `packet check`, so
what each text read as is remembered in the OCR cache's folder (``remembered_readings``,
packet/memo.py): a rebuild whose texts are all known loads neither.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from packet.config import Languages
from packet.memo import Memo, content_key, fingerprint

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# Bilingual forms pair their labels with a slash or put each language on its own line.
_SEGMENTS = re.compile(r"\n|\s/\s?|\s?/\s|[|:]")
_PAIRED = re.compile(r"\s/\s?|\s?/\s")
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_SEGMENT_WORDS = 2  # one word says too little of its language


@dataclass(frozen=True)
class Reading:
    code: str  # the language the text needs no translation from when it is `default`
    found: str  # what the model found, before the bilingual rule: "es" for a bilingual passport
    bilingual: bool = False


def language_of(text: str, languages: Languages) -> str:
    """The code of the language the text is read in (see ``read_language``)."""
    return read_language(text, languages).code


def read_language(text: str, languages: Languages, travel_document: bool = False) -> Reading:
    """``travel_document``: the text holds a machine-readable zone whose check digits hold
    (ICAO 9303), so fewer paired labels make it bilingual (``zone_bilingual_labels``)."""
    if _memo is not None:
        return _memo.read(text, languages, travel_document)
    return _identify(text, languages, travel_document)


def _identify(text: str, languages: Languages, travel_document: bool = False) -> Reading:
    default = languages.default
    needed = languages.zone_bilingual_labels if travel_document else languages.bilingual_labels
    captions = frozenset(languages.travel_captions) if travel_document else frozenset()
    if letter_count(text) < languages.min_letters:
        return Reading(default, default)
    identify = _identifier(tuple(languages.languages))
    ranked = _ranked(identify, text, languages)
    found, probability = ranked[0]
    if found == default or (
        probability < languages.min_probability
        and dict(ranked).get(default, 0.0) >= languages.unlike_default
    ):
        return Reading(default, default)
    if (
        _share_in(text, default, identify) >= languages.bilingual_share
        or _paired_labels(text, default, found, identify, captions) >= needed
    ):
        return Reading(default, found, bilingual=True)
    return Reading(found, found)


def _share_in(text: str, code: str, identify: LanguageIdentifier) -> float:
    """The share of the text's words in segments (lines, slash-paired labels) read as ``code``."""
    total = hits = 0
    for segment in _SEGMENTS.split(text):
        n = len(_WORD.findall(segment))
        if n < MIN_SEGMENT_WORDS:
            continue
        total += n
        hits += n if _classify(identify, segment)[0] == code else 0
    return hits / total if total else 0.0


def attached_language(text: str, languages: Languages) -> str:
    """The language of a page of an English document, as an attachment to translate: another
    language only when the model is at least ``page_min_probability`` sure of it (a letter in
    Spanish is; Latin-letter noise OCR made of another script, which several languages claim a
    third each, is not: it is the paper's own page in its script)."""
    if _memo is not None:
        return _memo.attached(text, languages)
    return _attached(text, languages)


def _attached(text: str, languages: Languages) -> str:
    if letter_count(text) < languages.min_letters:
        return languages.default
    found, probability = _ranked(_identifier(tuple(languages.languages)), text, languages)[0]
    return found if probability >= languages.page_min_probability else languages.default


def letter_count(text: str) -> int:
    """The letters of the text's words, as ``min_letters`` and ``page_min_letters`` count."""
    return sum(len(w) for w in _WORD.findall(text))


def pairs_labels(text: str, languages: Languages, found: str, at_least: int = 1) -> bool:
    """Whether the text pairs at least ``at_least`` labels in ``found`` with the default
    language's, as each side of a bilingual form or card does ("Fecha de Emisión / Date of
    Issue")."""
    identify = _identifier(tuple(languages.languages))
    return _paired_labels(text, languages.default, found, identify) >= at_least


def _paired_labels(
    text: str,
    default: str,
    found: str,
    identify: LanguageIdentifier,
    captions: frozenset[str] = frozenset(),
) -> int:
    """Labels paired in both languages: on one line ("Nacionalidad / Nationality: HONDUREÑA",
    "REPUBLIC OF HONDURAS - PASAPORTE / PASSPORT": the words beside the slash), or a heading
    over its own translation ("REPUBLICA DE COLOMBIA" over "REPUBLIC OF COLOMBIA").

    A label is a word or two, too little for the model to choose among all its languages
    ("Given names" reads as Haitian Creole, "Passport No." as Portuguese), so each side is only
    asked which of the two it is likelier to be; one of ``captions`` is ``default`` outright
    (the model reads "PASSPORT" alone as Portuguese rather than English)."""

    def language(side: str) -> str:
        if " ".join(_WORD.findall(side.lower())) in captions:
            return default
        return _likelier(identify, side, default, found)

    pairs = 0
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        sides = _PAIRED.split(line)
        if len(sides) < 2:
            continue
        # the words next to each slash: a heading or a value may share the label's line
        sides = [_LABEL_APART.split(side)[-1 if i == 0 else 0] for i, side in enumerate(sides)]
        seen = {language(side) for side in sides if _WORD.search(side)}
        pairs += {default, found} <= seen
    for above, below in pairwise(lines):
        heading = _translated_heading(above, below)
        if heading and {default, found} <= {
            _likelier(identify, h, default, found) for h in heading
        }:
            pairs += 1
    return pairs


# what sets a label apart from the rest of its line: a colon, a dash, a guillemet, a gap
_LABEL_APART = re.compile(r"\s*[:»«|•·]\s*|\s+[-–—]\s+|\s{3,}")
HEADING_WORDS = (2, 6)  # a heading's words: "REPUBLICA DE COLOMBIA", not a sentence


def _translated_heading(above: str, below: str) -> tuple[str, str] | None:
    """The two headings, when two lines read as a short heading over its translation: both a
    few words in capitals, as headings are printed, sharing a name (of four letters or more)
    that no translation changes, as a country's."""
    # a heading's own words, before a label paired on its line ("... - PASAPORTE / PASSPORT")
    above, below = (_LABEL_APART.split(_PAIRED.split(line)[0])[0] for line in (above, below))
    if not (_in_capitals(above) and _in_capitals(below)):
        return None
    a, b = (_WORD.findall(line.lower()) for line in (above, below))
    low, high = HEADING_WORDS
    if not (low <= len(a) <= high and low <= len(b) <= high) or a == b:
        return None
    shared = any(len(w) >= 4 for w in set(a) & set(b))
    return (above, below) if shared or _same_name(a[-1], b[-1]) else None


def _same_name(x: str, y: str) -> bool:
    """The name a heading ends with, in two languages: of six letters or more, the same but
    for one letter ("MOCAMBIQUE" over "MOZAMBIQUE", "BRASIL" over "BRAZIL")."""
    return min(len(x), len(y)) >= 6 and Levenshtein.distance(x, y) <= 1


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) >= MOSTLY_CAPITALS


def _likelier(identify: LanguageIdentifier, text: str, a: str, b: str) -> str:
    """Which of languages ``a`` and ``b`` the text is likelier written in (in lower case: a
    label's capitals say nothing of its language)."""
    scores = dict(identify.rank(text.lower()))
    return a if scores.get(a, 0.0) >= scores.get(b, 0.0) else b


def _classify(identify: LanguageIdentifier, text: str) -> tuple[str, float]:
    """The model's reading of ``text``. Its letter n-grams were learnt from ordinary mixed-case
    writing, and py3langid reads a text in capitals in lower case, but only when every letter
    is a capital: one letter OCR read small ("No.") and a Spanish matrícula in capitals reads
    as Portuguese at 0.34, lowered as Spanish at 0.99. So a text in capitals but for a few
    letters is lowered too. A form whose labels are capitals and whose values are not is
    read as it is: lowered, its Spanish names can outweigh its English words."""
    found, probability = identify.classify(_as_the_model_reads(text))
    return found, float(probability)


def _as_the_model_reads(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return text.lower() if letters and capitals / len(letters) >= MOSTLY_CAPITALS else text


MOSTLY_CAPITALS = 0.95  # of its letters: a text in capitals, as OCR read it


def _ranked(
    identify: LanguageIdentifier, text: str, languages: Languages
) -> list[tuple[str, float]]:
    """The model's languages for ``text``, likeliest first (read as _classify reads), without
    those below their own ``min_probability``: such a language claims a text only that surely
    and, below it, the text is read as if the language were not listed (its share given back
    to the rest, as a model narrowed to them would give it). Never empty."""
    ranked = [(c, float(p)) for c, p in identify.rank(_as_the_model_reads(text))]
    total = sum(p for _, p in ranked) or 1.0
    while len(ranked) > 1:
        code, probability = ranked[0]
        floor = languages.languages[code].min_probability
        if floor is None or probability / total >= floor:
            break
        ranked.pop(0)
        total -= probability
    return [(c, p / total) for c, p in ranked]


def _identifier(codes: tuple[str, ...]) -> LanguageIdentifier:
    from packet.cache import default_cache_dir

    return _identifier_kept_in(codes, default_cache_dir())


@functools.lru_cache(maxsize=4)
def _identifier_kept_in(codes: tuple[str, ...], folder: Path | None) -> LanguageIdentifier:
    """py3langid's model narrowed to ``codes``, once per process and set of languages.

    Its file is LZMA-compressed: unpacking it costs ~0.7 CPU s, the most of any step of a cold
    build besides OCR. So the narrowed model is kept unpacked in the user's cache folder
    (~40 MB, made from the library's file alone: nothing of a case), once for every build
    whatever its --cache-dir, and read back in ~0.05 s.
    """
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    kept = folder / f"{MODEL_COPY_PREFIX}{_model_key(codes)}.npz" if folder else None
    if kept and (identifier := _read_kept_model(kept)):
        return identifier
    identifier = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(codes))
    if kept:
        _keep_model(kept, identifier)
    return identifier


MODEL_COPY_PREFIX = "language-model-"


def _model_key(codes: tuple[str, ...]) -> str:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    size = (MODEL_DIR / MODEL_FILE).stat().st_size
    return fingerprint(py3langid=metadata.version("py3langid"), size=size, codes=codes)[:16]


def _read_kept_model(path: Path) -> LanguageIdentifier | None:
    """The narrowed model kept by ``_keep_model``, or None (none yet, or damaged: made again)."""
    import zipfile
    from array import array

    import numpy as np
    from py3langid.langid import LanguageIdentifier

    try:
        with np.load(path, allow_pickle=False) as data:
            nextmove, row = array("I"), array("H")  # the library's own types for them
            nextmove.frombytes(memoryview(data["nextmove"]).cast("B"))
            row.frombytes(memoryview(data["row"]).cast("B"))
            return LanguageIdentifier(
                data["ptc"],
                data["pc"],
                data["classes"].tolist(),
                nextmove,
                data["output"].tolist(),
                norm_probs=True,
                tk_row=row,
            )
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None


def _keep_model(path: Path, identifier: LanguageIdentifier) -> None:
    import numpy as np

    from packet import atomic

    if identifier.tk_nextmove.itemsize != 4 or identifier.tk_row.itemsize != 2:
        return  # another layout than the one read back below: keep nothing
    arrays = {
        "ptc": identifier.nb_ptc,
        "pc": identifier.nb_pc,
        "classes": np.array(identifier.nb_classes),
        "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=np.uint32),
        "row": np.frombuffer(identifier.tk_row, dtype=np.uint16),
        "output": np.array(identifier.tk_output, dtype=np.int32),
    }
    with contextlib.suppress(OSError):  # a read-only cache only costs the next build time
        atomic.private_dir(path.parent)
        with atomic.replacing(path, durable=False) as f:  # damaged, it is made again
            np.savez(f, **arrays)
        for older in path.parent.glob(f"{MODEL_COPY_PREFIX}*.npz"):
            if older != path:  # made for another version or other languages: 40 MB each
                older.unlink(missing_ok=True)


MEMO_NAME = "languages.json"


@contextlib.contextmanager
def remembered_readings(cache_dir: Path | None) -> Iterator[None]:
    """While inside, ``read_language`` asks the model only about texts it has not read before
    (with this model and these settings), remembering them in ``cache_dir`` (packet/memo.py)."""
    global _memo
    if cache_dir is None or _memo is not None:  # none asked for, or already remembering
        yield
        return
    _memo = _Remembered(cache_dir / MEMO_NAME)
    try:
        yield
        _memo.save()
    finally:
        _memo = None


class _Remembered:
    """The readings of one memo file, for whichever languages.yaml asks."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.languages: Languages | None = None
        self.memo: Memo | None = None

    def _for(self, languages: Languages) -> Memo:
        """The memo of readings made with these languages (another languages.yaml, another)."""
        if languages is not self.languages or self.memo is None:
            self.save()
            self.memo = Memo(self.path, _fingerprint(languages))
            self.languages = languages
        return self.memo

    def read(self, text: str, languages: Languages, travel_document: bool) -> Reading:
        memo = self._for(languages)
        key = content_key(text) + ("+zone" if travel_document else "")
        known = memo.get(key)
        if isinstance(known, list) and len(known) == 3 and isinstance(known[2], bool):
            code, found, bilingual = known
            return Reading(code, found, bilingual)
        reading = _identify(text, languages, travel_document)
        memo.put(key, [reading.code, reading.found, reading.bilingual])
        return reading

    def attached(self, text: str, languages: Languages) -> str:
        memo = self._for(languages)
        key = content_key(text) + "+attached"
        known = memo.get(key)
        if isinstance(known, str):
            return known
        code = _attached(text, languages)
        memo.put(key, code)
        return code

    def save(self) -> None:
        if self.memo is not None:
            self.memo.save()


_memo: _Remembered | None = None


def _fingerprint(languages: Languages) -> str:
    return fingerprint(
        py3langid=metadata.version("py3langid"),
        languages=languages.model_dump(),
        capitals=MOSTLY_CAPITALS,  # a reading made before capitals were lowered is not reused
        rules=RULES,
    )


# Raised when how a language is worked out from the model's answers changes, so readings kept
# by an earlier version are not reused: 2, paired labels judged between their two languages;
# 3, the words beside a slash, a heading over its translation, fewer pairs on a travel document;
# 4, a heading's name spelt its own way in each language ("MOCAMBIQUE" over "MOZAMBIQUE"), and
# noise no language claims that is no English either.
RULES = 4
