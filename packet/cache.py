"""The OCR cache: searchable PDFs and their text, stored by what produced them.

An entry's key is the SHA-256 of the input file plus every setting and tool version that
changes the result, so a rebuild OCRs only what changed. Entries are written into a temporary
folder and renamed into place, and verified when read: a damaged entry is removed and redone.

The cache holds the text of clients' documents, so it is private to its owner, can be moved
(PACKET_CACHE_DIR), and is listed and emptied by `packet cache info|clear`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from packet.ingest import file_sha256

ENTRY_FORMAT = 4  # 3: what normalize did to each page (cropping, light, turns, hash); 4: badly
# read pages also tried turned over (a card upside down after the crop)
PDF_NAME = "searchable.pdf"
INDEX_NAME = "entry.json"
VERSIONS_NAME = "engine-versions.json"  # the OCR engines' versions when the cache was last filled
CACHE_DIR_ENV = "PACKET_CACHE_DIR"
_KEY = re.compile(r"[0-9a-f]{64}")


def default_cache_dir() -> Path:
    """PACKET_CACHE_DIR, else $XDG_CACHE_HOME/evidence-packet, else ~/.cache/evidence-packet."""
    if chosen := os.environ.get(CACHE_DIR_ENV):
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "evidence-packet"


def cache_key(sha256: str, settings: dict, versions: dict[str, str]) -> str:
    material = json.dumps(
        {"format": ENTRY_FORMAT, "input": sha256, "settings": settings, "versions": versions},
        sort_keys=True,
    )
    return hashlib.sha256(material.encode()).hexdigest()


@dataclass(frozen=True)
class CachedOcr:
    pdf: Path
    page_texts: tuple[str, ...]
    page_confidences: tuple[float | None, ...]
    normalized: tuple[dict, ...] = ()  # per page image: PageNormalization.as_json()


class OcrCache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _private_root(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o700)  # scans of birth certificates: owner only, whatever the umask
        return self.root

    def entry_folder(self, key: str) -> Path:
        """Where the entry for ``key`` lives (whether or not it exists yet)."""
        return self.root / key[:2] / key

    def get(self, key: str) -> CachedOcr | None:
        entry = self.entry_folder(key)
        try:
            index = json.loads((entry / INDEX_NAME).read_text(encoding="utf-8"))
            pdf = entry / PDF_NAME
            if index["format"] != ENTRY_FORMAT or file_sha256(pdf) != index["pdf_sha256"]:
                raise ValueError("entry does not match its index")
            texts, confidences = tuple(index["page_texts"]), tuple(index["page_confidences"])
            if len(texts) != len(confidences) or not all(isinstance(t, str) for t in texts):
                raise ValueError("entry's pages do not agree")
            normalized = tuple(index["normalized"])
            if normalized and len(normalized) != len(texts):
                raise ValueError("entry's pages do not agree")
            return CachedOcr(pdf, texts, confidences, normalized)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(entry, ignore_errors=True)  # damaged: redo rather than trust it
            return None

    def put(
        self,
        key: str,
        pdf: Path,
        page_texts: tuple[str, ...],
        page_confidences: tuple[float | None, ...],
        normalized: tuple[dict, ...] = (),
    ) -> CachedOcr:
        entry = self.entry_folder(key)
        parent = self._private_root() / key[:2]
        parent.mkdir(exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=parent))
        try:
            shutil.copyfile(pdf, staging / PDF_NAME)
            index = {
                "format": ENTRY_FORMAT,
                "pdf_sha256": file_sha256(staging / PDF_NAME),
                "page_texts": list(page_texts),
                "page_confidences": list(page_confidences),
                "normalized": list(normalized),
            }
            (staging / INDEX_NAME).write_text(json.dumps(index), encoding="utf-8")
            shutil.rmtree(entry, ignore_errors=True)
            os.replace(staging, entry)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if not entry.exists():
                raise
        return CachedOcr(entry / PDF_NAME, page_texts, page_confidences, normalized)

    def recorded_versions(self) -> dict[str, str] | None:
        """The engine versions the cache was last filled with; None if it never was."""
        try:
            found = json.loads((self.root / VERSIONS_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
            return None
        return found

    def record_versions(self, versions: dict[str, str]) -> None:
        """Remember the engines' versions, so that a build whose every scan is cached can find
        its entries on a computer (or a day) without Tesseract."""
        if self.recorded_versions() == versions:
            return
        with contextlib.suppress(OSError):  # only a convenience: never a reason to stop
            root = self._private_root()
            staged = root / f".{VERSIONS_NAME}.{os.getpid()}"
            staged.write_text(json.dumps(versions, sort_keys=True), encoding="utf-8")
            os.replace(staged, root / VERSIONS_NAME)

    def entries(self) -> Iterator[Entry]:
        """Every entry folder this cache holds (whatever settings or versions made it)."""
        if not self.root.is_dir():
            return
        for prefix in sorted(self.root.iterdir()):
            if len(prefix.name) != 2 or not prefix.is_dir() or prefix.is_symlink():
                continue
            for folder in sorted(prefix.iterdir()):
                if _KEY.fullmatch(folder.name) and folder.name.startswith(prefix.name):
                    with contextlib.suppress(OSError):  # removed meanwhile
                        yield Entry(folder, _folder_bytes(folder), folder.stat().st_mtime)

    def usage(self) -> Usage:
        found = list(self.entries())
        return Usage(
            self.root,
            len(found),
            sum(e.bytes for e in found),
            min((e.written for e in found), default=None),
            max((e.written for e in found), default=None),
        )

    def clear(self, older_than_seconds: float | None = None) -> Usage:
        """Remove every entry (or those written more than ``older_than_seconds`` ago);
        returns what was removed. Only entry folders are touched, never other files."""
        cutoff = None if older_than_seconds is None else time.time() - older_than_seconds
        removed = [e for e in self.entries() if cutoff is None or e.written < cutoff]
        for entry in removed:
            shutil.rmtree(entry.folder, ignore_errors=True)
        for prefix in {e.folder.parent for e in removed}:
            with contextlib.suppress(OSError):  # not empty: other entries (or staging) remain
                prefix.rmdir()
        return Usage(
            self.root,
            len(removed),
            sum(e.bytes for e in removed),
            min((e.written for e in removed), default=None),
            max((e.written for e in removed), default=None),
        )


@dataclass(frozen=True)
class Entry:
    folder: Path
    bytes: int
    written: float  # when it was stored (seconds since the epoch)


@dataclass(frozen=True)
class Usage:
    root: Path
    entries: int
    bytes: int
    oldest: float | None
    newest: float | None


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
