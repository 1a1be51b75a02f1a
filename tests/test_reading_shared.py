"""One-page scans read a few to a worker, their pages in one Tesseract process (real Tesseract):
each scan reads exactly as it does alone, and a bad one never costs the others."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from packet._exec import tesseract
from packet.cache import OcrCache
from packet.config import load_config
from packet.executor import Limits, ProcessExecutor
from packet.ingest import identify
from packet.ocr import versions as ocr_versions
from packet.reading import (
    GroupDone,
    ReadGroup,
    SourceDone,
    SourceJob,
    SourceOutcome,
    SourceTask,
    _first_readings,
    _normalized,
    _ocred,
    engine_versions,
    grouped,
    read_groups,
    read_here,
    read_sources,
    source_cache_key,
)
from packet.records import ReadSource
from tests import make_inputs as make

CONFIG = load_config()
SCANS = {
    "lease.jpg": make.save(make.text_page(), "JPEG", quality=85, dpi=(make.DPI, make.DPI)),
    "letter.png": make.save(
        make.text_page(
            lines=("LETTER OF SUPPORT", "I have known Lucia Ortega Ruiz", "since 2009 as a")
        ),
        "PNG",
        dpi=(make.DPI, make.DPI),
    ),
    "card.jpg": make.save(
        make.text_page(inches=(3.4, 2.1), lines=("IDENTIFICATION CARD", "Lucia Ortega")),
        "JPEG",
        quality=90,
        dpi=(200, 200),
    ),
    "upside_down.jpg": make.upside_down(),
}


def tasks_for(folder: Path, cache: Path, work: Path) -> list[SourceTask]:
    work.mkdir(parents=True, exist_ok=True)
    versions = engine_versions(OcrCache(cache))
    return [
        SourceTask(
            identify(p, p.name, CONFIG.settings.intake), work, cache, CONFIG.settings, versions
        )
        for p in sorted(folder.iterdir())
    ]


def scans_in(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def as_read(outcome: SourceOutcome) -> ReadSource:
    assert outcome.read is not None, outcome.rejection
    return outcome.read


def layer_texts(read: ReadSource) -> list[str]:
    return [page.extract_text() for page in PdfReader(read.pdf).pages]


def tesseract_readings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts, per Tesseract process that reads pages, how many it was given."""
    calls: list[int] = []
    run = tesseract._run

    def counted(args: list[str]) -> object:
        if args and args[0].endswith(".list"):
            calls.append(len(Path(args[0]).read_text(encoding="utf-8").splitlines()))
        return run(args)

    monkeypatch.setattr(tesseract, "_run", counted)
    return calls


def test_scans_read_together_read_exactly_as_each_read_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = scans_in(tmp_path / "scans", SCANS)
    alone = [
        as_read(read_sources([task])[0])
        for task in tasks_for(folder, tmp_path / "cache-alone", tmp_path / "work-alone")
    ]
    calls = tesseract_readings(monkeypatch)
    together = [
        as_read(o)
        for o in read_sources(tasks_for(folder, tmp_path / "cache-shared", tmp_path / "work"))
    ]
    assert calls[0] == len(SCANS)  # every scan's page in the first Tesseract process
    for one, shared in zip(alone, together, strict=True):
        assert shared.page_texts == one.page_texts, one.source.file
        assert shared.page_confidences == one.page_confidences, one.source.file
        assert shared.normalized == one.normalized, one.source.file
        assert shared.page_drawn == one.page_drawn
        assert layer_texts(shared) == layer_texts(one), one.source.file
    assert "Ortega Ruiz" in together[1].page_texts[0]  # the lease: read, not just equal


def test_each_scan_read_together_gets_its_own_cache_entry(tmp_path: Path) -> None:
    folder = scans_in(tmp_path / "scans", SCANS)
    tasks = tasks_for(folder, tmp_path / "cache", tmp_path / "work")
    read = [as_read(o) for o in read_sources(tasks)]
    cache = OcrCache(tmp_path / "cache")
    for task, one in zip(tasks, read, strict=True):
        found = cache.get(source_cache_key(task.source, CONFIG.settings, ocr_versions()))
        assert found is not None and found.page_texts == one.page_texts
    again = [as_read(o) for o in read_sources(tasks)]
    assert all(r.from_cache for r in again)


def test_a_damaged_scan_in_a_group_is_rejected_and_the_others_are_read(tmp_path: Path) -> None:
    files = {**SCANS, "broken.jpg": make.truncated(SCANS["lease.jpg"])}
    folder = scans_in(tmp_path / "scans", files)
    tasks = tasks_for(folder, tmp_path / "cache", tmp_path / "work")
    by_file = dict(zip((t.source.file for t in tasks), read_sources(tasks), strict=True))
    assert by_file["broken.jpg"].rejection is not None
    assert "damaged or truncated" in by_file["broken.jpg"].rejection.reason
    for name in SCANS:
        assert as_read(by_file[name]).page_texts[0].strip(), name


def test_a_page_tesseract_cannot_read_fails_only_its_own_scan(tmp_path: Path) -> None:
    """The shared Tesseract call fails on one page: each scan is read again alone, and only
    that one is rejected."""
    folder = scans_in(tmp_path / "scans", SCANS)
    tasks = tasks_for(folder, tmp_path / "cache", tmp_path / "work")
    group = []
    for task in tasks:
        key = source_cache_key(task.source, CONFIG.settings, ocr_versions())
        normalized = _normalized(task, key)
        assert not isinstance(normalized, SourceOutcome)
        group.append(normalized)
    spoiled = group[2]  # its page image spoiled on disk after normalize made it
    spoiled.pages.images[0].ocr_image.write_bytes(b"not an image any more")
    firsts = _first_readings(group)
    assert firsts == [None] * len(group)  # the shared call failed: each is read alone
    outcomes = [_ocred(n, first) for n, first in zip(group, firsts, strict=True)]
    rejection = outcomes[2].rejection
    assert rejection is not None and rejection.file == spoiled.task.source.file
    assert rejection.reason  # Tesseract's own last line
    for i in (0, 1, 3):
        assert as_read(outcomes[i]).page_texts[0].strip()


def dies_reading_several(group: ReadGroup) -> GroupDone:
    """A worker that dies (as on a file that crashes a reader) whenever it reads two or more."""
    if len(group.jobs) > 1:
        os._exit(1)
    return read_here(group)


def test_a_group_whose_worker_dies_is_read_again_one_scan_at_a_time(tmp_path: Path) -> None:
    folder = scans_in(tmp_path / "scans", SCANS)
    tasks = tasks_for(folder, tmp_path / "cache", tmp_path / "work")
    jobs = [
        SourceJob(source_cache_key(t.source, CONFIG.settings, ocr_versions()), t) for t in tasks
    ]
    done: list[SourceDone] = []
    executor = ProcessExecutor(1, Limits(1536 * 2**20, 120))
    read_groups(executor, dies_reading_several, [ReadGroup(tuple(jobs))], done.append)
    assert sorted(d.key.digest for d in done) == sorted(j.key.digest for j in jobs)
    assert all(d.outcome.read is not None for d in done)


def test_one_page_scans_are_grouped_and_others_read_alone(tmp_path: Path) -> None:
    folder = scans_in(
        tmp_path / "scans",
        {f"scan{i:02d}.jpg": SCANS["card.jpg"] for i in range(10)}
        | {"stack.tiff": make.tiff_pages(), "lease.pdf": make.scanned_pdf()},
    )
    tasks = tasks_for(folder, tmp_path / "cache", tmp_path / "work")
    jobs = [SourceJob(source_cache_key(t.source, CONFIG.settings, {}), t) for t in tasks]
    groups = grouped(jobs, workers=2)
    sizes = sorted(len(g.jobs) for g in groups)
    assert sizes == [1, 1, 2, 2, 2, 2, 2]  # ten one-page scans in twos (two workers, two rounds)
    assert all(len(g.jobs) == 1 for g in grouped(jobs[:3], workers=2))  # too few to share
