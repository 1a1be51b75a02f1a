"""What was learnt from a text, remembered beside the OCR cache by the content's SHA-256: the
language a text reads as (packet/text/language.py), the type its phrases give it
(packet/classify.py).

Working it out again is cheap next to OCR but dear next to the rest of a warm `packet check`
(loading py3langid's model and NumPy cost more CPU than everything else it does), so a
rebuild whose texts are all known loads neither. A memo is one small JSON file per kind of
fact; its ``fingerprint`` names everything besides the content that changes the answer
(library versions, settings), and a memo made with another is ignored. Losing or damaging one
costs only the time to work its facts out again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from pathlib import Path
from typing import Any

MEMO_FORMAT = 1
TYPES_MEMO = "types.json"  # each text's type scores (packet/classify.py)
DECISIONS_MEMO = "decisions.json"  # what classify decided of each document
# These two quote what documents say (phrases as OCR read them, names, dates of birth), so
# `packet cache clear` removes them with the texts they were read from (packet/cache.py).
QUOTING_MEMOS = (TYPES_MEMO, DECISIONS_MEMO)
MEMO_LIMIT = 50_000  # facts kept per memo (each under 100 bytes); past it, the longest unused go


def content_key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class Memo:
    def __init__(self, path: Path, fingerprint: str, limit: int = MEMO_LIMIT) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.limit = limit
        self._facts: dict[str, Any] | None = None  # read when first asked
        self.changed = False

    def get(self, key: str) -> Any | None:
        facts = self._loaded()
        if (fact := facts.pop(key, None)) is not None:
            facts[key] = fact  # used last: kept longest when the memo is next written
        return fact

    def put(self, key: str, fact: Any) -> None:
        self._loaded()[key] = fact
        self.changed = True

    def _loaded(self) -> dict[str, Any]:
        if self._facts is None:
            self._facts = {}
            try:
                stored = json.loads(self.path.read_text(encoding="utf-8"))
                if stored["format"] == MEMO_FORMAT and stored["fingerprint"] == self.fingerprint:
                    self._facts = dict(stored["facts"])
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                pass  # missing, damaged or made with other versions: work the facts out again
        return self._facts

    def save(self) -> None:
        if not self.changed or self._facts is None:
            return
        from packet import atomic

        kept = dict(list(self._facts.items())[-self.limit :])
        content = {"format": MEMO_FORMAT, "fingerprint": self.fingerprint, "facts": kept}
        with contextlib.suppress(OSError):  # only a convenience: never a reason to stop
            atomic.private_dir(self.path.parent)
            with atomic.replacing(self.path) as f:
                f.write(json.dumps(content).encode())
        self.changed = False


def fingerprint(**material: Any) -> str:
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


@functools.cache
def code_version() -> str:
    """The SHA-256 of this package's source: a fact worked out by code that has since changed
    in any way is worked out again, with no version number to remember to raise (~2 ms)."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
