"""Which language a page is in, by counting each language's marker words (config/languages.yaml)."""

from __future__ import annotations

from packet.config import Languages
from packet.text.fold import words


def language_of(text: str, languages: Languages) -> str:
    """The code of the language the text is in: the default, unless another language's markers
    clearly outweigh the default's (see config/languages.yaml)."""
    counts = dict.fromkeys(languages.languages, 0)
    markers = {code: set(lang.markers) for code, lang in languages.languages.items()}
    for word in words(text):
        for code, known in markers.items():
            counts[code] += word in known
    default = counts[languages.default]
    best = max(
        (code for code in counts if code != languages.default),
        key=lambda code: counts[code],
        default=None,
    )
    if best is None:
        return languages.default
    outweighs = (
        counts[best] > default * languages.outweigh and counts[best] >= languages.min_markers
    )
    return best if outweighs else languages.default
