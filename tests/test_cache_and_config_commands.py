"""`packet cache info|clear` (the OCR cache holds clients' text) and `packet config export|path`
(the bundled rules, templates and settings, copied out to edit)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from packet.cache import VERSIONS_NAME, OcrCache, cache_key
from packet.config import bundled_config_dir, load_config
from packet.memo import QUOTING_MEMOS
from packet.thumbnails import FOLDER as THUMBNAILS
from tests.conftest import run_packet

DAY = 86_400


def filled_cache(root: Path, tmp_path: Path, ages_in_days: list[int]) -> OcrCache:
    """Entries written ``ages_in_days`` ago (their folders' times set back)."""
    cache = OcrCache(root)
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 1000 + b"\n%%EOF\n")
    for i, age in enumerate(ages_in_days):
        entry = cache.put(cache_key(f"{i:064x}", {}, {}), pdf, ("text",), (90.0,))
        then = time.time() - age * DAY
        os.utime(entry.pdf.parent, (then, then))
    cache.record_versions({"tesseract": "5"})
    return cache


def test_cache_info_says_where_it_is_and_what_it_holds(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    filled_cache(root, tmp_path, [1, 200])
    result = run_packet("cache", "info", env={"PACKET_CACHE_DIR": str(root)})
    assert result.returncode == 0
    assert f"OCR cache: {root}" in result.stdout
    assert "2 scans read, 0.0 MB" in result.stdout


def test_cache_clear_older_than_keeps_recent_entries(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    cache = filled_cache(root, tmp_path, [1, 100, 200])
    result = run_packet("cache", "clear", "--older-than", "90d", "--cache-dir", root)
    assert result.returncode == 0, result.stderr
    assert "Removed 2 scans read more than 90d ago" in result.stdout and "1 scan left" in (
        result.stdout
    )
    assert cache.usage().entries == 1


def test_cache_clear_removes_every_entry_and_nothing_else(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    filled_cache(root, tmp_path, [1, 2])
    own = root / "notes.txt"  # a file the cache did not make
    own.write_text("mine")
    for name in QUOTING_MEMOS:  # what was read in the texts: names, dates, phrases
        (root / name).write_text("{}")
    drawn = root / THUMBNAILS / "ab" / "ab12.json"  # the review page's pictures of the pages
    drawn.parent.mkdir(parents=True)
    drawn.write_text("{}")
    result = run_packet("cache", "clear", env={"PACKET_CACHE_DIR": str(root)})
    assert result.returncode == 0
    assert "Removed 2 scans" in result.stdout and "0 scans left" in result.stdout
    assert own.read_text() == "mine" and (root / VERSIONS_NAME).is_file()
    assert not any((root / name).exists() for name in QUOTING_MEMOS)
    assert not drawn.exists() and not drawn.parent.exists()
    assert OcrCache(root).usage().entries == 0


def test_cache_clear_older_than_keeps_recent_thumbnails(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    filled_cache(root, tmp_path, [1, 100])
    old, new = (root / THUMBNAILS / "ab" / f"{name}.json" for name in ("old", "new"))
    old.parent.mkdir(parents=True)
    for drawn, age in ((old, 100), (new, 1)):
        drawn.write_text("{}")
        then = time.time() - age * DAY
        os.utime(drawn, (then, then))
    result = run_packet("cache", "clear", "--older-than", "90d", "--cache-dir", root)
    assert result.returncode == 0, result.stderr
    assert not old.exists() and new.exists()


def test_a_bad_age_says_how_to_write_one(tmp_path: Path) -> None:
    result = run_packet("cache", "clear", "--older-than", "3 months", "--cache-dir", tmp_path)
    assert result.returncode == 2
    assert "write a number and a unit, e.g. 90d (days), 12w (weeks) or 36h (hours)" in (
        result.stderr
    )


def test_the_cache_folder_follows_packet_cache_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from packet.cache import default_cache_dir

    monkeypatch.setenv("PACKET_CACHE_DIR", str(tmp_path / "moved"))
    assert default_cache_dir() == tmp_path / "moved"


def test_config_export_copies_every_file_and_packet_reads_the_copy(tmp_path: Path) -> None:
    target = tmp_path / "office-config"
    result = run_packet("config", "export", target)
    assert result.returncode == 0, result.stderr
    bundled = sorted(p.relative_to(bundled_config_dir()) for p in bundled_config_dir().rglob("*"))
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == bundled
    assert f"export PACKET_CONFIG_DIR={target.resolve()}" in result.stdout
    settings = target / "settings.yaml"
    settings.write_text(settings.read_text().replace("tab_cut: 5", "tab_cut: 3"))
    assert load_config(target).settings.packet.tab_cut == 3
    path = run_packet("config", "path", env={"PACKET_CONFIG_DIR": str(target)})
    assert path.stdout.strip() == str(target)


def test_config_export_does_not_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "office-config"
    assert run_packet("config", "export", target).returncode == 0
    (target / "settings.yaml").write_text("edited")
    again = run_packet("config", "export", target)
    assert again.returncode == 2 and "add --force to overwrite them" in again.stderr
    assert (target / "settings.yaml").read_text() == "edited"
    assert run_packet("config", "export", target, "--force").returncode == 0
    assert (target / "settings.yaml").read_text() != "edited"


def test_a_config_copy_missing_a_file_says_how_to_restore_it(tmp_path: Path) -> None:
    target = tmp_path / "office-config"
    assert run_packet("config", "export", target).returncode == 0
    (target / "taxonomy.yaml").unlink()
    (tmp_path / "case").mkdir()
    result = run_packet("check", tmp_path / "case", env={"PACKET_CONFIG_DIR": str(target)})
    assert result.returncode == 2
    message = " ".join(result.stderr.split())
    assert "taxonomy.yaml: missing configuration file. PACKET_CONFIG_DIR points at" in message
    assert "`packet config export`" in message
