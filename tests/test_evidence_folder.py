"""What the case folder's evidence is, where a packet may be written, and a case with nothing to
build: no OCR involved (an unreadable scan is read for real in test_check_command.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from packet.case import load_case
from packet.config import load_config
from packet.errors import CaseFileError, ExitCode, UsageError
from packet.pipeline import Options, open_case
from tests import make_inputs as make
from tests.conftest import run_packet

CONFIG = load_config()
CASE = {
    "schema": 1,
    "respondent": {
        "name": "Lucía Beltrán Ochoa",
        "a_number": "A123-456-789",
        "address": ["1420 W. Cermak Rd", "Chicago, IL 60608"],
    },
    "request": {"type": "dismissal"},
    "proceedings": {"opla_office": "Chicago"},
    "claims": {"children": [{"name": "Tomás Beltrán Ochoa", "status": "usc"}]},
}


def case_folder(tmp_path: Path, files: dict[str, bytes], **parts: object) -> Path:
    folder = tmp_path / "case"
    (folder / "scans").mkdir(parents=True)
    (folder / "case.yaml").write_text(yaml.safe_dump({**CASE, **parts}, allow_unicode=True))
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def test_backups_swap_files_and_case_yaml_copies_are_not_evidence(tmp_path: Path) -> None:
    page = make.text_pdf()
    folder = case_folder(
        tmp_path,
        {
            "scans/passport.pdf": page,
            "case.init.yaml.bak": b"schema: 1\n",
            "case.yaml.orig": b"schema: 1\n",
            "case-old.yaml": b"schema: 1\n",
            "scans/passport.pdf.bak": page,
            "scans/letter.pdf~": page,
            "scans/.letter.pdf.swp": b"swap",
            "scans/notes.swp": b"swap",
            "scans/letter.orig": page,
        },
    )
    opened = open_case(folder, Options(), CONFIG)
    assert [s.file for s in opened.intake.sources] == ["scans/passport.pdf"]
    assert opened.intake.rejected == []


def test_a_file_that_only_looks_like_a_backup_is_evidence(tmp_path: Path) -> None:
    page = make.text_pdf()
    folder = case_folder(tmp_path, {"scans/backup-letter.pdf": page, "scans/case.pdf": page})
    opened = open_case(folder, Options(), CONFIG)
    assert [s.file for s in opened.intake.sources] == ["scans/backup-letter.pdf", "scans/case.pdf"]


@pytest.mark.parametrize("out", ["scans", "scans/out", "."])
def test_an_output_folder_among_the_evidence_is_refused(tmp_path: Path, out: str) -> None:
    folder = case_folder(tmp_path, {"scans/passport.pdf": make.text_pdf()})
    with pytest.raises(UsageError, match="holds the case's evidence") as refused:
        open_case(folder, Options(out_dir=folder / out), CONFIG)
    assert refused.value.exit_code == ExitCode.bad_input
    assert "-o" in refused.value.message


@pytest.mark.parametrize("out", ["out", "packets", "../elsewhere"])
def test_an_output_folder_of_its_own_is_accepted(tmp_path: Path, out: str) -> None:
    folder = case_folder(tmp_path, {"scans/passport.pdf": make.text_pdf()})
    opened = open_case(folder, Options(out_dir=folder / out), CONFIG)
    assert [s.file for s in opened.intake.sources] == ["scans/passport.pdf"]


def test_the_cli_refuses_o_inside_the_scans(tmp_path: Path) -> None:
    folder = case_folder(tmp_path, {"scans/passport.pdf": make.text_pdf()})
    before = sorted(p.name for p in (folder / "scans").iterdir())
    result = run_packet("build", folder, "-o", folder / "scans")
    assert result.returncode == ExitCode.bad_input, result.stderr
    assert "holds the case's evidence" in result.stderr
    assert sorted(p.name for p in (folder / "scans").iterdir()) == before


@pytest.mark.parametrize(
    "files", [{}, {"scans/empty.jpg": b""}, {"scans/notes.txt": b"just words"}], ids=str
)
def test_nothing_usable_exits_3_and_writes_no_packet(tmp_path: Path, files) -> None:
    folder = case_folder(tmp_path, files)
    result = run_packet("build", folder)
    assert result.returncode == ExitCode.build_failed, result.stderr
    assert "Nothing to build" in result.stderr and "Add the scans" in result.stderr
    assert not (folder / "out").exists()
    for name in files:
        assert name in result.stderr


def test_about_naming_nobody_in_case_yaml_is_refused(tmp_path: Path) -> None:
    folder = case_folder(
        tmp_path,
        {"scans/bc.pdf": make.text_pdf()},
        documents=[{"file": "scans/bc.pdf", "about": "Sophia Hernandez"}],
    )
    with pytest.raises(CaseFileError) as refused:
        load_case(folder, CONFIG)
    message = refused.value.message
    assert "documents[0].about" in message and "'Sophia Hernandez'" in message
    assert "Lucía Beltrán Ochoa" in message and "Tomás Beltrán Ochoa" in message


def test_about_naming_a_person_of_the_case_is_accepted(tmp_path: Path) -> None:
    folder = case_folder(
        tmp_path,
        {"scans/bc.pdf": make.text_pdf()},
        documents=[{"file": "scans/bc.pdf", "about": "TOMAS BELTRAN OCHOA"}],
    )
    assert load_case(folder, CONFIG).documents[0].about == "TOMAS BELTRAN OCHOA"


def test_an_earlier_output_folder_is_not_evidence(tmp_path: Path) -> None:
    page = make.text_pdf()
    folder = case_folder(
        tmp_path,
        {
            "scans/passport.pdf": page,
            "packets/packet-efile.pdf": page,
            "packets/report.json": b'{\n  "schema": "packet-report/1",\n  "case": {}\n}\n',
            "letters/report.json": b'{"not": "ours"}',
            "letters/letter.pdf": page,
        },
    )
    opened = open_case(folder, Options(), CONFIG)
    assert [s.file for s in opened.intake.sources] == ["letters/letter.pdf", "scans/passport.pdf"]
    # a report.json that is not ours is the user's file: read, and rejected as no document
    assert [r.file for r in opened.intake.rejected] == ["letters/report.json"]
