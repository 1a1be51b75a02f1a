"""Which language a text is in: py3langid's model, asked to choose among the languages of
config/languages.yaml only, and whether a foreign text also carries the default language
throughout (a bilingual passport or certificate, which needs no translation)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from packet.config import Languages

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


def read_language(text: str, languages: Languages) -> Reading:
    default = languages.default
    if sum(len(w) for w in _WORD.findall(text)) < languages.min_letters:
        return Reading(default, default)
    identify = _identifier(tuple(languages.languages))
    found, probability = identify.classify(text)
    if found == default or probability < languages.min_probability:
        return Reading(default, default)
    if (
        _share_in(text, default, identify) >= languages.bilingual_share
        or _paired_labels(text, default, found, identify) >= languages.bilingual_labels
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
        hits += n if identify.classify(segment)[0] == code else 0
    return hits / total if total else 0.0


def _paired_labels(text: str, default: str, found: str, identify: LanguageIdentifier) -> int:
    """Lines that pair a label in both languages ("Nacionalidad / Nationality: HONDUREÑA")."""
    pairs = 0
    for line in text.splitlines():
        sides = [side.split(":")[0] for side in _PAIRED.split(line)]
        if len(sides) < 2:
            continue
        seen = {identify.classify(side)[0] for side in sides if _WORD.search(side)}
        pairs += {default, found} <= seen
    return pairs


@functools.lru_cache(maxsize=4)
def _identifier(codes: tuple[str, ...]) -> LanguageIdentifier:
    # loading the model takes ~0.8 s: once per process and set of languages
    identifier = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(codes))
    return identifier
