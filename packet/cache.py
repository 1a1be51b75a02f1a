"""The OCR cache: searchable PDFs and their text, stored by what produced them.

An entry's key is the SHA-256 of the input file plus every setting and tool version that
changes the result, so a rebuild OCRs only what changed. Entries are written into a temporary
folder and renamed into place, and verified when read: a damaged entry is removed and redone.

An entry is never trusted for where it lies. Its index records what it was made from (the
input's SHA-256, the settings and versions) and its page texts, all under one checksum, with the
PDF's own checksum inside: an entry copied over another's folder (a sync tool, a restore), or
one whose texts were edited, does not prove it belongs to the source it is asked for, and is
read again. The checksums find mistakes and damage; they are no signature against someone who
can write to the cache and recompute them (the cache folder is the user's own, 0700).

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
from functools import cached_property
from pathlib import Path

from packet.atomic import private_dir
from packet.ingest import file_sha256
from packet.memo import QUOTING_MEMOS

ENTRY_FORMAT = 7  # 3: what normalize did to each page; 4: what made it, under one checksum;
# 5: badly read pages also tried turned over (a card upside down after the crop);
# 6: each page's size and EXIF orientation as saved (where its sheet lies in the file);
# 7: whether each page holds an image or ink (a signature check without opening the PDF)
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


@dataclass(frozen=True)
class EntryKey:
    """What an entry is the result of: an input file, and the settings and tool versions that
    change what reading it gives."""

    input_sha256: str
    settings: str  # the settings and versions, as canonical JSON

    @cached_property
    def digest(self) -> str:
        """The entry's folder name."""
        made = {"format": ENTRY_FORMAT, "input": self.input_sha256, "made_by": self.settings}
        return _digest(made)


def cache_key(sha256: str, settings: dict, versions: dict[str, str]) -> EntryKey:
    return EntryKey(sha256, _canonical({"settings": settings, "versions": versions}))


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _digest(value: object) -> str:
    return hashlib.sha256(_canonical(value).encode()).hexdigest()


@dataclass(frozen=True)
class CachedOcr:
    pdf: Path
    page_texts: tuple[str, ...]
    page_confidences: tuple[float | None, ...]
    normalized: tuple[dict, ...] = ()  # per page image: PageNormalization.as_json()
    page_drawn: tuple[bool, ...] = ()


class OcrCache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _private_root(self) -> Path:
        # Scans of birth certificates: owner only, whatever the umask, when it is made here; a
        # folder given with --cache-dir that already exists keeps its mode (its entries are
        # each in a private folder of their own).
        return private_dir(self.root)

    def entry_folder(self, key: EntryKey) -> Path:
        """Where the entry for ``key`` lives (whether or not it exists yet)."""
        return self.root / key.digest[:2] / key.digest

    def get(self, key: EntryKey) -> CachedOcr | None:
        entry = self.entry_folder(key)
        try:
            index = json.loads((entry / INDEX_NAME).read_text(encoding="utf-8"))
            pdf = entry / PDF_NAME
            _check_index(index, key)
            if file_sha256(pdf) != index["pdf_sha256"]:
                raise ValueError("the PDF is not the one the entry was made with")
            texts, confidences = tuple(index["page_texts"]), tuple(index["page_confidences"])
            drawn = tuple(bool(d) for d in index["page_drawn"])
            return CachedOcr(pdf, texts, confidences, tuple(index["normalized"]), drawn)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # damaged, or another source's: read the source again rather than trust it
            shutil.rmtree(entry, ignore_errors=True)
            return None

    def put(
        self,
        key: EntryKey,
        pdf: Path,
        page_texts: tuple[str, ...],
        page_confidences: tuple[float | None, ...],
        normalized: tuple[dict, ...] = (),
        page_drawn: tuple[bool, ...] = (),
    ) -> CachedOcr:
        entry = self.entry_folder(key)
        parent = self._private_root() / key.digest[:2]
        parent.mkdir(exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=parent))
        try:
            shutil.copyfile(pdf, staging / PDF_NAME)
            index = _index(
                key,
                file_sha256(staging / PDF_NAME),
                page_texts,
                page_confidences,
                normalized,
                page_drawn,
            )
            (staging / INDEX_NAME).write_text(json.dumps(index), encoding="utf-8")
            shutil.rmtree(entry, ignore_errors=True)
            os.replace(staging, entry)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if not entry.exists():
                raise
        return CachedOcr(entry / PDF_NAME, page_texts, page_confidences, normalized, page_drawn)

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
        returns what was removed. Only entry folders are touched, and with them the memos that
        quote what the texts say (packet/memo.py; remade as needed) and the review page's
        thumbnails of the pages (packet/thumbnails.py) written as long ago: small pictures of
        clients' papers are as private as their text. Never other files."""
        from packet.thumbnails import FOLDER as THUMBNAILS

        cutoff = None if older_than_seconds is None else time.time() - older_than_seconds
        removed = [e for e in self.entries() if cutoff is None or e.written < cutoff]
        for entry in removed:
            shutil.rmtree(entry.folder, ignore_errors=True)
        if removed:
            for name in QUOTING_MEMOS:
                (self.root / name).unlink(missing_ok=True)
        for drawn in (self.root / THUMBNAILS).glob("*/*.json"):
            with contextlib.suppress(OSError):
                if cutoff is None or drawn.stat().st_mtime < cutoff:
                    drawn.unlink()
                    drawn.parent.rmdir()  # only once empty: other pages' may remain
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


def _index(
    key: EntryKey,
    pdf_sha256: str,
    page_texts: tuple[str, ...],
    page_confidences: tuple[float | None, ...],
    normalized: tuple[dict, ...],
    page_drawn: tuple[bool, ...] = (),
) -> dict:
    record = {
        "format": ENTRY_FORMAT,
        "key": key.digest,
        "input_sha256": key.input_sha256,
        "made_by": key.settings,
        "pdf_sha256": pdf_sha256,
        "page_texts": list(page_texts),
        "page_confidences": list(page_confidences),
        "normalized": list(normalized),
        "page_drawn": list(page_drawn),
    }
    return {**record, "checksum": _digest(record)}


def _check_index(index: dict, key: EntryKey) -> None:
    """Raise ValueError unless the index is whole and records the source and settings of ``key``."""
    record = {k: v for k, v in index.items() if k != "checksum"}
    if index.get("checksum") != _digest(record) or index["format"] != ENTRY_FORMAT:
        raise ValueError("the entry's index is damaged or of another format")
    made_of = (index["key"], index["input_sha256"], index["made_by"])
    if made_of != (key.digest, key.input_sha256, key.settings):
        raise ValueError("the entry was made from another source or with other settings")
    texts, confidences = index["page_texts"], index["page_confidences"]
    if len(texts) != len(confidences) or not all(isinstance(t, str) for t in texts):
        raise ValueError("the entry's pages do not agree")
    if index["normalized"] and len(index["normalized"]) != len(texts):
        raise ValueError("the entry's pages do not agree")
    if index["page_drawn"] and len(index["page_drawn"]) != len(texts):
        raise ValueError("the entry's pages do not agree")


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
