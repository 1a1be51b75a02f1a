"""What a person reads on the terminal: counts that agree with their nouns, lines that fit.

Kept free of heavy imports: every command (and its --help) loads it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Protocol


class _Severe(Protocol):
    @property
    def severity(self) -> str: ...


def plural(count: int, word: str, many: str | None = None) -> str:
    """The count and the noun that agrees with it: plural(1, "file") is "1 file"."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def wrap(text: str, width: int | None, hang: int = 2) -> list[str]:
    """``text``'s lines broken to ``width`` between words, never inside one ("US-citizen" stays
    whole). Each line keeps its own indent and continues ``hang`` spaces further in, so that a
    wrapped finding still reads as one item. ``width`` None: the lines as they are (a pipe)."""
    lines = text.splitlines() or [""]
    if not width:
        return lines
    wrapped: list[str] = []
    for line in lines:
        indent = line[: len(line) - len(line.lstrip())]
        if len(line) <= width or not line.strip():
            wrapped.append(line)
            continue
        wrapped += textwrap.wrap(
            line.strip(),
            width=max(width, len(indent) + hang + 20),
            initial_indent=indent,
            subsequent_indent=indent + " " * hang,
            break_long_words=False,
            break_on_hyphens=False,
        )
    return wrapped


def verdict(findings: Iterable[_Severe]) -> str:
    """The last line of a check: "1 error, 5 warnings: not ready to file"."""
    severities = [f.severity for f in findings]
    errors, warnings = severities.count("error"), severities.count("warning")
    counts = f"{plural(errors, 'error')}, {plural(warnings, 'warning')}"
    return f"{counts}: {'not ready to file' if errors else 'ready to file'}"
