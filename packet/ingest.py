"""Ingest: find the case's files, identify each by content, hash it, and reject what cannot be used.

Input: the case folder and its Case. Output: ``Intake`` (sources to read, files rejected with
a reason). Files are only ever opened for reading.
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import logging
import os
import warnings
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from packet.case import CASE_FILE, Case
from packet.config import IntakeSettings
from packet.memo import Memo, fingerprint
from packet.records import Intake, Rejection, Source, SourceKind
from packet.report import REPORT_NAME, SCHEMA

if TYPE_CHECKING:
    from pypdf import PdfReader

# Pillow and pypdf are imported when the first image or PDF is identified, pillow-heif only
# for a file no common signature names (a HEIC phone photo): it takes longer to import than
# hashing a whole case.

# pypdf logs what it repairs ("EOF marker not found"); the report gives the verdict instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)

OUTPUT_FOLDER = "out"
IMAGE_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")
IMAGE_KINDS: dict[str, SourceKind] = {
    "JPEG": "jpeg",
    "PNG": "png",
    "TIFF": "tiff",
    "GIF": "gif",
    "BMP": "bmp",
    "WEBP": "webp",
    "HEIF": "heic",
}


class Unusable(Exception):
    """The file cannot go into a packet; the message says why, for a person."""


def ingest(
    case_dir: Path,
    case: Case,
    settings: IntakeSettings,
    out_dir: Path,
    cache_dir: Path | None = None,
) -> Intake:
    """The case's files, identified; with ``cache_dir``, files identified before are not opened
    again (``intake_memo``)."""
    intake = Intake()
    memo = intake_memo(cache_dir, settings) if cache_dir else None
    for path in _case_files(case_dir, out_dir, settings.not_evidence):
        file = path.relative_to(case_dir).as_posix()
        override = case.override_for(file)
        if override and override.exclude:
            intake.excluded.append(file)
            continue
        try:
            _refuse_links_out(path, case_dir)
            source = identify(path, file, settings, memo)
            if override and override.normalize:
                source = replace(source, normalize=override.normalize.settings())
            intake.sources.append(source)
        except Unusable as exc:
            intake.rejected.append(Rejection(file, str(exc)))
    if memo:
        memo.save()
    return intake


INTAKE_MEMO_NAME = "intake.json"


def intake_memo(cache_dir: Path, settings: IntakeSettings) -> Memo:
    """The kind and pages of PDFs and images that passed intake's checks, by their SHA-256: a
    warm rebuild then need not import pypdf or Pillow to count pages (packet/memo.py). The page
    limit is checked again each time; the pixel limit is in the fingerprint."""
    from importlib import metadata

    return Memo(
        cache_dir / INTAKE_MEMO_NAME,
        fingerprint(
            pypdf=metadata.version("pypdf"),
            pillow=metadata.version("pillow"),
            max_image_pixels=settings.max_image_pixels,
        ),
    )


def _case_files(case_dir: Path, out_dir: Path, not_evidence: list[str]) -> list[Path]:
    """The evidence: every file in the case folder but case.yaml, hidden files and folders,
    editor backups and copies of case.yaml (``not_evidence``), and the output folder."""
    skip = {out_dir.resolve(), (case_dir / OUTPUT_FOLDER).resolve()}
    found: list[Path] = []
    for root, dirs, files in os.walk(case_dir):
        here = Path(root)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and (here / d).resolve() not in skip
            and not _packet_output(here / d)
        )
        # os.walk does not enter linked folders; they are listed so that they are reported.
        found.extend(here / d for d in dirs if (here / d).is_symlink())
        for name in sorted(files):
            if name.startswith(".") or (here == case_dir and name == CASE_FILE):
                continue
            if not_evidence_name(name, not_evidence):
                continue
            found.append(here / name)
    return found


def not_evidence_name(name: str, patterns: list[str]) -> bool:
    folded = name.lower()
    return any(fnmatch.fnmatchcase(folded, p.lower()) for p in patterns)


def evidence_folders(case_dir: Path, settings: IntakeSettings) -> set[Path]:
    """The folders below the case folder that hold evidence, wherever the output goes."""
    root = case_dir.resolve()
    files = _case_files(case_dir, case_dir / OUTPUT_FOLDER, settings.not_evidence)
    return {p.parent.resolve() for p in files if p.parent.resolve() != root}


def _packet_output(folder: Path) -> bool:
    """Whether a folder is the output of an earlier build (`-o` given then): its report.json
    says so. It is never evidence, wherever it is."""
    try:
        with (folder / REPORT_NAME).open("rb") as f:
            return SCHEMA.encode() in f.read(200)
    except OSError:
        return False


def _refuse_links_out(path: Path, case_dir: Path) -> None:
    """A link is followed only to a file inside the case folder, never out of it."""
    if not path.is_symlink():
        return
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise Unusable(
            "a link that leads nowhere (a loop or a missing file); replace it with the file"
        ) from None
    if target.is_dir():
        raise Unusable("a link to a folder, which is not followed; copy the files in instead")
    if not target.is_relative_to(case_dir.resolve()):
        raise Unusable(
            "a link to a file outside the case folder, which is not followed; "
            "copy the file into the case folder instead"
        )


def identify(path: Path, file: str, settings: IntakeSettings, memo: Memo | None = None) -> Source:
    """Decide what a file is from its bytes, never from its name (from ``memo`` when the same
    bytes passed before)."""
    try:
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError as exc:
        raise Unusable(f"cannot be read ({exc.strerror}); check the file's permissions") from None
    if not head:
        raise Unusable("the file is empty (0 bytes); scan or copy it again")
    pdf, signed = b"%PDF-" in head, head.startswith(IMAGE_SIGNATURES)
    if not (memo and (pdf or signed)):  # unknown bytes are never hashed: a video may be huge
        kind, pages = _kind_and_pages(path, settings, pdf, signed)
        return Source(path, file, file_sha256(path), kind, pages)
    sha256 = file_sha256(path)
    known = memo.get(sha256)
    if isinstance(known, list) and len(known) == 2 and known[0] in _KINDS and type(known[1]) is int:
        kind, pages = (
            known[0],
            _within_page_limit(known[1], settings, "PDF" if pdf else "image"),
        )
    else:
        kind, pages = _kind_and_pages(path, settings, pdf, signed)
        memo.put(sha256, [kind, pages])
    return Source(path, file, sha256, kind, pages)


_KINDS: set[str] = {"pdf", *IMAGE_KINDS.values()}


def _kind_and_pages(
    path: Path, settings: IntakeSettings, pdf: bool, signed: bool
) -> tuple[SourceKind, int]:
    if pdf:
        return "pdf", _pdf_pages(path, settings)
    return _image_kind(path, settings, signed)


def file_sha256(path: Path) -> str:
    # In chunks, and only for usable files: a large video named .jpg is never read whole.
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


@functools.cache
def heif_support() -> None:
    """Let Pillow open HEIC and HEIF images (iPhone photos)."""
    import pillow_heif

    pillow_heif.register_heif_opener()


def _pdf_pages(path: Path, settings: IntakeSettings) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unusable("the PDF is protected by a password; save an unlocked copy and use that")
        pages = len(reader.pages)
        _refuse_huge_images(reader, settings)
    except Unusable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise Unusable(
            f"the PDF is damaged and cannot be read ({exc}); export or scan it again"
        ) from None
    if pages == 0:
        raise Unusable("the PDF has no pages")
    return _within_page_limit(pages, settings, "PDF")


def _within_page_limit(pages: int, settings: IntakeSettings, what: str) -> int:
    if pages > settings.max_pdf_pages:
        raise Unusable(
            f"the {what} has {pages} pages, more than the limit of {settings.max_pdf_pages}; "
            "split it into the documents it holds"
        )
    return pages


def _refuse_huge_images(reader: PdfReader, settings: IntakeSettings) -> None:
    """OCR rasterizes a page at its images' resolution: a claimed 60,000-pixel image is a bomb."""
    seen: set[int] = set()
    for page in reader.pages:
        pending = [page.get("/Resources")]
        while pending:
            resources = pending.pop()
            resources = resources.get_object() if resources is not None else None
            if not isinstance(resources, dict) or id(resources) in seen:
                continue
            seen.add(id(resources))
            xobjects = resources.get("/XObject")
            for xobject in xobjects.get_object().values() if xobjects else ():
                xobject = xobject.get_object()
                if xobject.get("/Subtype") == "/Form":
                    pending.append(xobject.get("/Resources"))
                elif xobject.get("/Subtype") == "/Image":
                    pixels = int(xobject.get("/Width", 0)) * int(xobject.get("/Height", 0))
                    if pixels > settings.max_image_pixels:
                        raise Unusable(
                            f"a page holds an image of {pixels:,} pixels, more than the limit "
                            f"of {settings.max_image_pixels:,} (a possible decompression bomb); "
                            "export or scan it again at 300 dpi"
                        )


def _image_kind(path: Path, settings: IntakeSettings, signed: bool) -> tuple[SourceKind, int]:
    from PIL import Image, UnidentifiedImageError

    if not signed:
        heif_support()
    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "Corrupt EXIF data": the report says enough
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                kind = IMAGE_KINDS.get(image.format or "")
                if kind is None:
                    raise Unusable(
                        f"{image.format} images are not accepted; convert it to JPEG or PDF"
                    )
                # Only the header is read here: decoding every scan on every build would make
                # a cached rebuild slow. A damaged image is found, and rejected, by normalize.
                pages = getattr(image, "n_frames", 1)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Unusable(
            f"the image is larger than {settings.max_image_pixels:,} pixels (a possible "
            "decompression bomb); rescan it at 300 dpi"
        ) from None
    except Unusable:
        raise
    except UnidentifiedImageError:
        if signed:
            raise Unusable("the image is damaged or truncated; copy or scan it again") from None
        raise Unusable("not a PDF or an image (identified by its content, not its name)") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise Unusable(
            f"the image is damaged or truncated ({exc}); copy or scan it again"
        ) from None
    return kind, _within_page_limit(pages, settings, "image")
