"""Tesseract, called directly on page images we already hold: the only place that runs it so.

For image sources the pipeline has the upright, fitted page image in hand, so it asks
Tesseract for exactly what it needs in one process per document: a text-only PDF layer (to
graft under our page), the plain text, and word confidences (TSV). OCRmyPDF would rasterize
the page again, re-encode it and pay its own start-up per file; see bench/README.md.
"""

from __future__ import annotations

import atexit
import csv
import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from packet._exec import dies_with_parent
from packet.errors import MissingProgramError

INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa"
PAGE_BREAK = "\f"
# Names for the language codes of ocr.languages a message is likely to meet; others show as codes.
LANGUAGE_NAMES = {
    "eng": "English",
    "spa": "Spanish",
    "fra": "French",
    "por": "Portuguese",
    "hat": "Haitian Creole",
    "chi_sim": "Chinese (simplified)",
    "chi_tra": "Chinese (traditional)",
    "vie": "Vietnamese",
    "kor": "Korean",
    "ara": "Arabic",
    "rus": "Russian",
    "ukr": "Ukrainian",
}


class TesseractFailed(Exception):
    """Tesseract could not read a page; the message is its own explanation."""


@dataclass(frozen=True)
class Reading:
    """What Tesseract read from a list of page images, one entry per image, in order."""

    text_pdf: Path  # one invisible-text page per image, sized by the image's DPI
    texts: tuple[str, ...]
    confidences: tuple[float | None, ...]  # mean word confidence 0-100; None: no words
    words: tuple[int, ...]
    # each page's words as boxes (left, top, width, height in its image's pixels)
    boxes: tuple[tuple[tuple[int, int, int, int], ...], ...] = ()
    # each page's letters in words read at least CONFIDENT: how much was read well
    confident_letters: tuple[int, ...] = ()
    # each page's text of only the words read at least LEGIBLE, line by line: a sparse reading
    # of a page's leftovers also "reads" its rules and specks, at low confidence
    legible_texts: tuple[str, ...] = ()


CONFIDENT = 70.0  # a word read at least this surely (0-100) counts as read well
LEGIBLE = 50.0  # below this a sparse reading's "word" is most often a rule or a speck


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["tesseract", *args],
            capture_output=True,
            text=True,
            env=_environment(),
            check=False,
            preexec_fn=dies_with_parent(),
        )
    except FileNotFoundError:
        raise MissingProgramError("Tesseract (the OCR engine) is not installed", INSTALL) from None


def _environment() -> dict[str, str]:
    # One thread per process: documents already run one per core (see executor.py).
    return {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}


_version_asked: subprocess.Popen[str] | None = None


def ask_version() -> None:
    """Start `tesseract --version` without waiting for it: every cache key holds the version,
    but a command needs it only after reading case.yaml and config/ and hashing the scans,
    and meanwhile Tesseract's ~25 ms start-up is spent on another core. ``version()`` takes
    the answer (or, with nothing asked, asks and waits)."""
    global _version_asked
    if _version_asked is not None or version.cache_info().currsize:
        return
    try:
        _version_asked = subprocess.Popen(
            ["tesseract", "--version"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=_environment(),
            preexec_fn=dies_with_parent(),
        )
    except OSError:
        return  # not installed: version() says so, when a command needs it
    atexit.register(_answer_unread)


def _answer_unread() -> None:
    """A command that stopped before it needed the version (a mistake in case.yaml) still
    collects the process it started."""
    if _version_asked is not None:
        _version_asked.communicate()


@cache
def version() -> str:
    global _version_asked
    asked, _version_asked = _version_asked, None
    if asked is None:
        result = _run(["--version"])
        out, err = result.stdout, result.stderr
    else:
        out, err = asked.communicate()
    return (out or err).split("\n", 1)[0].strip()


@cache
def installed_languages() -> frozenset[str]:
    """The language data Tesseract has (`tesseract --list-langs`), e.g. {"eng", "spa", "osd"}."""
    result = _run(["--list-langs"])
    lines = (result.stdout or result.stderr).splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def language_package(code: str) -> str:
    """The Debian package that brings a language's data: chi_sim -> tesseract-ocr-chi-sim."""
    return "tesseract-ocr-" + code.lower().replace("_", "-")


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def require_languages(languages: Sequence[str]) -> None:
    """Refuse, in one short sentence, to read with a language whose data is not installed."""
    missing = [code for code in languages if code not in installed_languages()]
    if missing:
        names = ", ".join(f"{language_name(c)} ({c})" for c in missing)
        raise MissingProgramError(
            f"Tesseract has no {names} language data; it reads {'+'.join(languages)} "
            "(ocr.languages in config/settings.yaml)",
            "sudo apt-get install " + " ".join(language_package(c) for c in missing),
        )


# Sparse text: every piece of text found wherever it stands, with no layout analysis to give
# up on a region (Tesseract's page segmentation mode 11), each against the paper around it
# (Sauvola's local thresholding: a photocopy's grey gradient or a shaded cell stays paper)
SPARSE_TEXT = ("--psm", "11", "-c", "thresholding_method=2")


def read(
    images: Sequence[Path], out_base: Path, languages: list[str], options: Sequence[str] = ()
) -> Reading:
    """OCR ``images`` in one Tesseract process (one start-up, one language-model load)."""
    require_languages(languages)
    listing = out_base.with_suffix(".list")
    listing.write_text("".join(f"{p}\n" for p in images), encoding="utf-8")
    outputs = ["pdf", "txt", "tsv"]  # invisible-text PDF layer, plain text, word confidences
    result = _run(
        [
            str(listing),
            str(out_base),
            "-l",
            "+".join(languages),
            "-c",
            "textonly_pdf=1",
            *options,
            *outputs,
        ]
    )
    pdf, txt, tsv = (out_base.with_suffix(s) for s in (".pdf", ".txt", ".tsv"))
    if result.returncode != 0 or not pdf.exists():
        raise TesseractFailed(_last_line(result.stderr) or f"exit status {result.returncode}")
    texts = txt.read_text(encoding="utf-8").split(PAGE_BREAK)[: len(images)]
    texts += [""] * (len(images) - len(texts))
    return _with_words(pdf, tuple(texts), tsv)


def _with_words(pdf: Path, texts: tuple[str, ...], tsv: Path) -> Reading:
    """The reading with each page's word confidences and boxes from Tesseract's TSV."""
    pages = len(texts)
    found: list[list[float]] = [[] for _ in range(pages)]
    boxes: list[list[tuple[int, int, int, int]]] = [[] for _ in range(pages)]
    letters = [0] * pages
    # each page's lines of words read at least LEGIBLE, keyed by block, paragraph and line
    legible: list[dict[tuple[str, str, str], list[str]]] = [{} for _ in range(pages)]
    with tsv.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            word = (row["text"] or "").strip()
            confidence = float(row["conf"])
            if row["level"] != "5" or not word or confidence < 0:
                continue
            n = int(row["page_num"]) - 1
            found[n].append(confidence)
            boxes[n].append(
                (int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]))
            )
            if confidence >= CONFIDENT:
                letters[n] += sum(c.isalnum() for c in word)
            if confidence >= LEGIBLE:
                line = (row["block_num"], row["par_num"], row["line_num"])
                legible[n].setdefault(line, []).append(word)
    means = tuple(round(sum(c) / len(c), 1) if c else None for c in found)
    return Reading(
        pdf,
        texts,
        means,
        tuple(len(c) for c in found),
        tuple(tuple(b) for b in boxes),
        tuple(letters),
        tuple("\n".join(" ".join(words) for words in lines.values()) for lines in legible),
    )


ROTATE = re.compile(r"Rotate:\s*(\d+)")
ORIENTATION_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def upright_turn(image: Path, min_confidence: float) -> int:
    """Degrees to turn ``image`` counter-clockwise so its text reads upright; 0 when unsure."""
    result = _run([str(image), "-", "--psm", "0"])
    turn, confidence = ROTATE.search(result.stdout), ORIENTATION_CONFIDENCE.search(result.stdout)
    if result.returncode != 0 or not turn or not confidence:
        return 0  # too little text to tell: leave the page as it is
    if float(confidence.group(1)) < min_confidence:
        return 0
    # Tesseract's "Rotate" is clockwise; Pillow's rotate() turns counter-clockwise.
    return (360 - int(turn.group(1))) % 360


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""
