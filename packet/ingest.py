"""Ingest: find the case's files, identify each by content, hash it, and reject what cannot be used.

Input: the case folder and its Case. Output: ``Intake`` (sources to read, files rejected with
a reason). Files are only ever opened for reading.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import hashlib
import logging
import mmap
import os
import stat
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from packet.config import IntakeSettings
from packet.records import Intake, Rejection, Source, SourceKind

if TYPE_CHECKING:
    from PIL import Image

    from packet.case import Case

# Nothing here parses a file in the build's own process, so Pillow, pypdf and pillow-heif are
# imported only where a worker inspects one (``inspect``): pillow-heif alone takes longer to
# import than hashing a whole case. The other way round, a worker that imports this module to
# open a file needs neither the case model nor the report (0.1 s of its start): the steps that
# find the case's files import them.

# pypdf logs what it repairs ("EOF marker not found"); the report gives the verdict instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)

OUTPUT_FOLDER = "out"
HEAD_BYTES = 1024  # what a file is, is decided from this much of its start
# The first bytes of each accepted image format, and the kind they make a file.
IMAGE_SIGNATURES: dict[bytes, SourceKind] = {
    b"\xff\xd8\xff": "jpeg",
    b"\x89PNG\r\n\x1a\n": "png",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"GIF87a": "gif",
    b"GIF89a": "gif",
    b"BM": "bmp",
}
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1"}
PDF_HEADER = b"%PDF-"
BEFORE_PDF_HEADER = b" \t\r\n\x00\xef\xbb\xbf"  # what a sound PDF may start with: whitespace, a BOM
PILLOW_FORMATS: dict[SourceKind, str] = {
    "jpeg": "JPEG",
    "png": "PNG",
    "tiff": "TIFF",
    "gif": "GIF",
    "bmp": "BMP",
    "webp": "WEBP",
    "heic": "HEIF",
}
SAME_NAME = (
    "another file has the same name once its accents are written the same way (one was "
    "copied from a Mac, one from elsewhere); rename one of them"
)
MAX_SHOWN_DETAIL = 120  # characters of a library's own explanation quoted in a reason


class Unusable(Exception):
    """The file cannot go into a packet; the message says why, for a person."""


def ingest(case_dir: Path, case: Case, settings: IntakeSettings, out_dir: Path) -> Intake:
    """Find and recognise the case's files. Nothing here parses a file: its format is read from
    its first bytes and it is hashed; opening it as a PDF or an image is left to ``inspect``,
    which runs in a worker under time and memory limits."""
    from packet.case import same_form

    intake = Intake()
    seen: dict[str, str] = {}
    for path in _case_files(case_dir, out_dir, settings.not_evidence):
        stored = path.relative_to(case_dir).as_posix()
        file = same_form(stored)  # as case.yaml and the report name it
        if seen.setdefault(file, stored) != stored:
            intake.rejected.append(Rejection(file, SAME_NAME))
            continue
        override = case.override_for(file)
        if override and override.exclude:
            intake.excluded.append(file)
            continue
        try:
            _refuse_links_out(path, case_dir)
            source = recognise(path, file)
            if override and override.normalize:
                source = dataclasses.replace(source, normalize=override.normalize.settings())
            intake.sources.append(source)
        except Unusable as exc:
            intake.rejected.append(Rejection(file, str(exc)))
    return intake


def _case_files(case_dir: Path, out_dir: Path, not_evidence: list[str]) -> list[Path]:
    """The evidence: every file in the case folder but case.yaml, hidden files and folders,
    editor backups and copies of case.yaml (``not_evidence``), and the output folder."""
    from packet.case import CASE_FILE

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
    from packet.report import REPORT_NAME, SCHEMA

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


def identify(path: Path, file: str, settings: IntakeSettings) -> Source:
    """Decide what a file is from its bytes, never from its name, and open it to count its
    pages; raises ``Unusable`` with the reason when it cannot go into a packet."""
    return inspect(recognise(path, file), settings)


def recognise(path: Path, file: str) -> Source:
    """The file's format from its first bytes, and its SHA-256: what is known without parsing it.

    A file is what its first bytes say: a JPEG that carries "%PDF-" in a comment and a PDF after
    its end is a JPEG (every viewer shows the photo), never read as the PDF hidden in it. Only
    regular files are read: a named pipe would make the build wait for a writer forever.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise Unusable(f"cannot be read ({exc.strerror}); check the file's permissions") from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise Unusable(
                "not a regular file (a named pipe, a device or a socket); "
                "copy the document in as a file"
            )
        head = f.read(HEAD_BYTES)
        if not head:
            raise Unusable("the file is empty (0 bytes); scan or copy it again")
        kind = kind_of(head)
        if kind is None:
            raise Unusable("not a PDF or an image (identified by its content, not its name)")
        # In chunks, and only for usable files: a large video named .jpg is never read whole.
        f.seek(0)
        return Source(path, file, hashlib.file_digest(f, "sha256").hexdigest(), kind)


def kind_of(head: bytes) -> SourceKind | None:
    """The kind of file whose first bytes are ``head``, or None for none this tool reads."""
    for signature, kind in IMAGE_SIGNATURES.items():
        if head.startswith(signature):
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS:
        return "heic"
    if head.lstrip(BEFORE_PDF_HEADER).startswith(PDF_HEADER):
        return "pdf"
    return None


def inspect(source: Source, settings: IntakeSettings) -> Source:
    """The source with its pages counted, or ``Unusable``: it opens the file as what its first
    bytes said, so it runs where a hostile file can do no harm (a bounded worker)."""
    if source.kind == "pdf":
        pages = _pdf_pages(source.path, settings)
    else:
        pages = _image_pages(source.path, source.kind, settings)
    return dataclasses.replace(source, pages=pages)


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

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unusable("the PDF is protected by a password; save an unlocked copy and use that")
        pages = len(reader.pages)
    except Unusable:
        raise
    except FileNotFoundError:
        raise Unusable(VANISHED) from None
    except NotImplementedError as exc:  # the reader knows the PDF is encrypted, but not how
        raise Unusable(_unknown_encryption(path, exc)) from None
    except MemoryError:
        raise Unusable(TOO_LARGE) from None
    except Exception as exc:  # whatever a damaged PDF makes the reader raise, it is one file
        raise Unusable(
            f"the PDF is damaged and cannot be read ({detail(exc, path)}); export or scan it again"
        ) from None
    if pages == 0:
        raise Unusable("the PDF has no pages")
    if pages > settings.max_pdf_pages:
        raise Unusable(
            f"the PDF has {pages} pages, more than the limit of {settings.max_pdf_pages}; "
            "split it into the documents it holds"
        )
    return pages


VANISHED = "could not be read: it was moved or deleted while the case was read; build again"
TOO_LARGE = (
    "reading it needs more memory than one document may use (a possible decompression bomb); "
    "export or scan it again"
)


def _unknown_encryption(path: Path, exc: NotImplementedError) -> str:
    """Why an encrypted PDF cannot be opened: public-key (certificate) security says so."""
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        # The encryption dictionary is never itself encrypted or compressed into a stream.
        if data.find(b"/Adobe.PubSec") >= 0:
            return (
                "the PDF is encrypted for the holders of certain certificates (public-key "
                "security), not with a password; open it with the certificate and save an "
                "unencrypted copy"
            )
    return (
        f"the PDF is encrypted with a method this tool cannot open ({detail(exc, path)}); "
        "save an unencrypted copy and use that"
    )


def detail(exc: BaseException, path: Path) -> str:
    """A library's own explanation, short enough to quote in a reason, without the file's path
    (the report names files relative to the case, never where the case is)."""
    text = " ".join(str(exc).replace(str(path), path.name).split()) or type(exc).__name__
    return text[:MAX_SHOWN_DETAIL] + ("..." if len(text) > MAX_SHOWN_DETAIL else "")


def refuse_bomb(width: int, height: int, limit: int, what: str = "the image") -> None:
    """One image (a photo, a page of a TIFF, an image inside a PDF page) against the pixel limit,
    before anything decodes it."""
    if width * height > limit:
        raise Unusable(
            f"{what} is larger than {limit:,} pixels ({width:,} x {height:,}: a possible "
            "decompression bomb); export or scan it again at 300 dpi"
        )


def _image_pages(path: Path, kind: SourceKind, settings: IntakeSettings) -> int:
    """How many pages an image holds, each checked against the pixel limit from its header."""
    from PIL import Image, UnidentifiedImageError

    if kind == "heic":
        heif_support()
    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "Corrupt EXIF data": the report says enough
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Opened as what its first bytes said, so that Pillow cannot find another format in it.
            with Image.open(path, formats=[PILLOW_FORMATS[kind]]) as image:
                # Only headers are read here: decoding every scan on every build would make a
                # cached rebuild slow. A damaged image is found, and rejected, by normalize.
                return _frames_within_limits(image, settings)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Unusable(
            f"the image is larger than {settings.max_image_pixels:,} pixels (a possible "
            "decompression bomb); rescan it at 300 dpi"
        ) from None
    except Unusable:
        raise
    except FileNotFoundError:
        raise Unusable(VANISHED) from None
    except MemoryError:
        raise Unusable(TOO_LARGE) from None
    except UnidentifiedImageError:  # its start is right, the rest is not
        raise Unusable("the image is damaged or truncated; copy or scan it again") from None
    except Exception as exc:  # struct.error, OSError, ...: whatever it raises, one damaged file
        raise Unusable(
            f"the image is damaged or truncated ({detail(exc, path)}); copy or scan it again"
        ) from None


def _frames_within_limits(image: Image.Image, settings: IntakeSettings) -> int:
    """Count the frames (pages) by seeking, never past the page limit, each frame's size checked
    against the same pixel limit as the first."""
    pages = 0
    while True:
        refuse_bomb(*image.size, settings.max_image_pixels, f"page {pages + 1} of the image")
        pages += 1
        if pages > settings.max_pdf_pages:
            raise Unusable(
                f"the image has more than {settings.max_pdf_pages} pages, the limit; "
                "split it into the documents it holds"
            )
        try:
            image.seek(pages)
        except EOFError:
            return pages
