"""What a person reads on the terminal: counts that agree with their nouns, lines that fit.

Kept free of heavy imports: every command (and its --help) loads it.
"""

from __future__ import annotations

import re
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


# What a terminal acts on instead of showing: C0 and C1 controls (ESC starts colours, a clear
# screen, a window title), DEL, line and paragraph separators, and the bidirectional controls
# that make a name read differently from what it is.
_UNSHOWN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


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


def control_character(text: str) -> str | None:
    """The first character of ``text`` a terminal acts on instead of showing; tabs and line
    breaks are spacing, not counted."""
    return next((m.group() for m in _UNSHOWN.finditer(text) if m.group() not in "\t\n\r"), None)
