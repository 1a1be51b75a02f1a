"""The OCR cache: searchable PDFs and their text, stored by what produced them.

An entry's key is the SHA-256 of the input file plus every setting and tool version that
changes the result, so a rebuild OCRs only what changed. Entries are written into a temporary
folder and renamed into place, and verified when read: a damaged entry is removed and redone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from packet.ingest import file_sha256

ENTRY_FORMAT = 3  # 3: what normalize did to each page (cropping, light, turns, hash)
PDF_NAME = "searchable.pdf"
INDEX_NAME = "entry.json"


def default_cache_dir() -> Path:
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
