"""Facts remembered beside the OCR cache (packet/memo.py): a file's kind and pages, a text's
language. Remembered facts give the same answers as working them out, limits still apply, and
a missing, damaged or other-version memo is worked out again."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from packet.config import load_config
from packet.ingest import INTAKE_MEMO_NAME, Unusable, identify, intake_memo
from packet.memo import Memo
from packet.text import language
from packet.text.language import read_language, remembered_readings
from tests import make_inputs as make

CONFIG = load_config()
SETTINGS = CONFIG.settings.intake

SPANISH = (
    "El suscrito certifica que la señora vive en esta ciudad desde hace diez años, que asiste "
    "cada domingo a la iglesia y que ayuda a sus vecinos con la comida de la semana."
)


def test_a_memo_keeps_facts_and_forgets_another_fingerprint(tmp_path: Path) -> None:
    memo = Memo(tmp_path / "facts.json", "one")
    memo.put("a", [1, 2])
    memo.save()
    assert stat.S_IMODE((tmp_path / "facts.json").stat().st_mode) == 0o600
    assert Memo(tmp_path / "facts.json", "one").get("a") == [1, 2]
    assert Memo(tmp_path / "facts.json", "two").get("a") is None


@pytest.mark.parametrize("content", ["", "{not json", '{"format": 1}', "[1, 2]", '"facts"'])
def test_a_damaged_memo_is_worked_out_again(tmp_path: Path, content: str) -> None:
    (tmp_path / "facts.json").write_text(content)
    memo = Memo(tmp_path / "facts.json", "one")
    assert memo.get("a") is None
    memo.put("a", 3)
    memo.save()
    assert Memo(tmp_path / "facts.json", "one").get("a") == 3


def test_files_identified_again_from_the_memo_are_the_same(tmp_path: Path) -> None:
    files = {
        "a.pdf": make.text_pdf(pages=2),
        "b.tif": make.tiff_pages(),
        "c.png": make.png_palette(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    cache = tmp_path / "cache"
    first = intake_memo(cache, SETTINGS)
    opened = [identify(tmp_path / n, n, SETTINGS, first) for n in files]
    first.save()
    assert json.loads((cache / INTAKE_MEMO_NAME).read_text())["facts"]
    remembered = intake_memo(cache, SETTINGS)
    assert [identify(tmp_path / n, n, SETTINGS, remembered) for n in files] == opened
    assert opened == [identify(tmp_path / n, n, SETTINGS) for n in files]
    assert not remembered.changed  # every answer came from the memo


def test_the_page_limit_applies_to_remembered_files(tmp_path: Path) -> None:
    (tmp_path / "fax.tif").write_bytes(make.tiff_pages(pages=3))
    memo = intake_memo(tmp_path / "cache", SETTINGS)
    identify(tmp_path / "fax.tif", "fax.tif", SETTINGS, memo)
    memo.save()
    small = SETTINGS.model_copy(update={"max_pdf_pages": 2})
    with pytest.raises(Unusable, match="3 pages, more than the limit of 2"):
        identify(tmp_path / "fax.tif", "fax.tif", small, intake_memo(tmp_path / "cache", small))


def test_a_rejected_file_is_not_remembered(tmp_path: Path) -> None:
    (tmp_path / "locked.pdf").write_bytes(make.encrypted_pdf())
    memo = intake_memo(tmp_path / "cache", SETTINGS)
    with pytest.raises(Unusable, match="password"):
        identify(tmp_path / "locked.pdf", "locked.pdf", SETTINGS, memo)
    assert not memo.changed


def test_remembered_languages_are_the_model_s(tmp_path: Path, monkeypatch) -> None:
    texts = [SPANISH, "The undersigned certifies that she has lived here for ten years. " * 3]
    fresh = [read_language(t, CONFIG.languages) for t in texts]
    with remembered_readings(tmp_path):
        assert [read_language(t, CONFIG.languages) for t in texts] == fresh
    assert fresh[0].code == "es"

    def no_model(*_):
        raise AssertionError("the model was asked about a remembered text")

    monkeypatch.setattr(language, "_identify", no_model)
    with remembered_readings(tmp_path):
        assert [read_language(t, CONFIG.languages) for t in texts] == fresh
    other = CONFIG.languages.model_copy(update={"min_probability": 0.99})
    with remembered_readings(tmp_path), pytest.raises(AssertionError, match="remembered"):
        read_language(SPANISH, other)  # other settings: the memo does not answer for them
