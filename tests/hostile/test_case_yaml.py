"""A bad case.yaml exits 2 naming the file, the key path and what to do, and writes nothing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from pypdf import PdfReader

from packet.cli import main
from tests.hostile.conftest import (
    TINY_CASE_YAML,
    limited_memory,
    make_tiny_case,
    packet_command,
    snapshot,
)

GOOD = TINY_CASE_YAML


def respondent(extra: str) -> str:
    return GOOD.replace('  a_number: "A111-222-333"\n', f'  a_number: "A111-222-333"\n{extra}')


BAD_CASE_FILES = {
    "invalid YAML": ("schema: 1\nrespondent: {name: [unclosed\n", "is not closed"),
    "tab indentation": ("schema: 1\nrespondent:\n\tname: x\n", "indent with spaces"),
    "not a mapping": ("- just\n- a list\n", "expected a mapping"),
    "wrong type": (GOOD + "claims: {children: yes}\n", "claims.children"),
    "wrong nested type": (
        GOOD + "claims:\n  children:\n    - {name: Ana, status: usc, date_of_birth: [1]}\n",
        "claims.children[0].date_of_birth",
    ),
    "unknown key": (GOOD.replace("request:", "requets:"), 'did you mean "request"'),
    "unknown nested key": (respondent("  date_of_brith: 1990-01-01\n"), "date_of_birth"),
    "impossible date": (respondent("  date_of_birth: 2023-02-30\n"), "respondent.date_of_birth"),
    "impossible month": (respondent("  entered_us: 2003-13-01\n"), "respondent.entered_us"),
    "future birth": (respondent("  date_of_birth: 2999-01-01\n"), "in the future"),
    "entered before born": (
        respondent("  date_of_birth: 1990-01-01\n  entered_us: 1980-01-01\n"),
        "before respondent.date_of_birth",
    ),
    "short A-number": (GOOD.replace("A111-222-333", "A111-222"), "respondent.a_number"),
    "long A-number": (GOOD.replace("A111-222-333", "A111-222-333-4"), "8 or 9 digits"),
    "missing respondent": ("schema: 1\nrequest: {type: dismissal}\n", "respondent: required"),
    "unknown request type": (GOOD.replace("dismissal", "amnesty"), "request.type"),
    "document outside with ../": (
        GOOD + "documents:\n  - {file: ../outside.jpg, type: other}\n",
        "documents[0].file",
    ),
    "document absolute path": (
        GOOD + "documents:\n  - {file: /etc/passwd, type: other}\n",
        "outside the case folder",
    ),
    "document through a link outside": (
        GOOD + "documents:\n  - {file: scans/escape/outside.jpg, type: other}\n",
        "outside the case folder",
    ),
    "document listed twice": (
        GOOD
        + "documents:\n  - {file: scans/letter-0.jpg, type: other}\n"
        + "  - {file: scans/letter-0.jpg, exclude: true}\n",
        "documents[1].file",
    ),
    "document with a NUL byte": (
        GOOD + 'documents:\n  - {file: "scans/a\\0b.jpg", type: other}\n',
        "documents[0].file",
    ),
    "a list as a key": (GOOD + "? [a, b]\n: c\n", "a key that is not a plain word"),
    "a key given twice": (
        respondent('  a_number: "A999-888-777"\n'),
        "respondent.a_number: lines 4 and 5",
    ),
    "a section given twice": (
        GOOD
        + "claims:\n  children:\n    - {name: Ana Invented, status: usc}\n"
        + "claims:\n  education: true\n",
        "claims: lines 7 and 10",
    ),
    "a file as its own translation": (
        GOOD + "documents:\n  - {file: scans/letter-0.jpg, translation: scans/letter-0.jpg}\n",
        "documents[0].translation: 'scans/letter-0.jpg' is named as its own translation",
    ),
    "translations both ways": (
        GOOD
        + "documents:\n  - {file: scans/letter-0.jpg, translation: scans/letter-1.jpg}\n"
        + "  - {file: scans/letter-1.jpg, translation: scans/letter-0.jpg}\n",
        "documents[1].translation: 'scans/letter-1.jpg' is itself the translation of",
    ),
    "a translation of a translation": (
        GOOD
        + "documents:\n  - {file: scans/letter-0.jpg, translation: scans/letter-1.jpg}\n"
        + "  - {file: scans/letter-1.jpg, translation: scans/letter-2.jpg}\n",
        "pair 'scans/letter-2.jpg' with 'scans/letter-0.jpg' instead",
    ),
    "one translation of two files": (
        GOOD
        + "documents:\n  - {file: scans/letter-0.jpg, translation: scans/letter-2.jpg}\n"
        + "  - {file: scans/letter-1.jpg, translation: scans/letter-2.jpg}\n",
        "is already the translation of 'scans/letter-0.jpg'",
    ),
    "deep nesting": ("schema: " + "[" * 5000 + "]" * 5000 + "\n", "nested more than"),
    "alias bomb": (
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n"
            for i in range(9)
        ),
        "aliases",
    ),
    "huge file": ("# padding\n" * 200_000, "larger than"),
    "a control character in a name": (
        GOOD.replace("Tomasa Invented Ruiz", '"Tomasa\\e[2J\\e]0;x\\a Ruiz"'),
        "respondent.name: holds a control character",
    ),
    "a name of 200 KB": (
        GOOD.replace("Tomasa Invented Ruiz", "Tomasa " * 30_000),
        "respondent.name: is 209,999 characters long, more than 500",
    ),
    "a narrative of 200 KB": (
        GOOD + "  narrative: " + "Our client works. " * 11_000 + "\n",
        "request.narrative: is 197,999 characters long, more than 20,000",
    ),
    "not UTF-8": (GOOD.replace("Tomasa", "Tom\udce1sa"), "cannot be read"),
}


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    case = make_tiny_case(tmp_path / "case", scans=3)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "outside.jpg").write_bytes(b"not the case's")
    (case / "scans" / "escape").symlink_to(outside)
    return case


def write_case(case: Path, text: str) -> None:
    (case / "case.yaml").write_bytes(text.encode("utf-8", "surrogateescape"))


@pytest.mark.parametrize("name", sorted(BAD_CASE_FILES))
def test_a_bad_case_file_exits_2_names_the_key_and_writes_nothing(
    case_dir: Path, name: str
) -> None:
    text, expected = BAD_CASE_FILES[name]
    write_case(case_dir, text)
    before = snapshot(case_dir)
    result = CliRunner().invoke(main, ["build", str(case_dir)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # no uncaught exception
    assert "case.yaml" in result.output
    assert expected in result.output
    assert "Traceback" not in result.output
    assert snapshot(case_dir) == before
    assert not (case_dir / "out").exists()


@pytest.mark.parametrize("name", ["alias bomb", "deep nesting", "huge file"])
def test_bombs_are_refused_in_bounded_time_and_memory(case_dir: Path, name: str) -> None:
    write_case(case_dir, BAD_CASE_FILES[name][0])
    result = subprocess.run(
        packet_command("check", case_dir),
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limited_memory,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    assert result.returncode == 2, result.stderr
    assert BAD_CASE_FILES[name][1] in result.stderr


def test_the_good_case_file_is_accepted(case_dir: Path, ocr_cache: Path) -> None:
    # The same fixture with the good file passes validation: the failures above are the edits.
    args = ["check", str(case_dir), "--jobs", "1", "--cache-dir", str(ocr_cache)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 1), result.output


# Blank lines, banners, page breaks, caption cells and titles typed inside values.
INJECTED = (
    GOOD.replace("Tomasa Invented Ruiz", '"Tomasa Invented\\n\\n## Ruiz"')
    + 'proceedings:\n  court: "Chicago, IL\\n\\n|| cell || cell"\n'
    + "representative:\n  name: Jane Invented\n"
    + '  organization: "Example Legal Aid\\n\\n!! DETAINED\\n\\n===\\n\\n# Title"\n'
    + "  eoir_id: AB123456\n"
)


def test_values_are_text_in_the_letter_never_markup(case_dir: Path, ocr_cache: Path) -> None:
    write_case(case_dir, INJECTED)
    out = case_dir.parent / "out"
    result = subprocess.run(
        packet_command("build", case_dir, "-o", out, "--cache-dir", ocr_cache),
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # was 3: LayoutError
    letter = PdfReader(out / "packet-efile.pdf").pages[0].extract_text()
    flat = " ".join(letter.split())
    assert "Example Legal Aid !! DETAINED === # Title" in flat  # printed as typed, one line
    assert "Tomasa Invented ## Ruiz" in flat
    assert "Chicago, IL || cell || cell" in flat
    assert "Custody: not detained" in flat
    assert flat.count("DETAINED") == 1  # no banner


def test_a_name_with_markup_brackets_is_printed_as_it_is(case_dir: Path, ocr_cache: Path) -> None:
    write_case(case_dir, GOOD.replace("Tomasa Invented Ruiz", "Tomasa [/] [bold]Ruiz"))
    args = ["check", str(case_dir), "--jobs", "1", "--cache-dir", str(ocr_cache)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 1), result.output
    assert "Tomasa [/] [bold]Ruiz" in result.output


# File names that try to write keys of their own into the case.yaml `packet init` writes.
INJECTING_NAMES = (
    "scan\nclaims:\n  children: []\ndocuments:\n  - {file: letter-0.jpg, exclude: true}\n#.jpg",
    "scan\u2028respondent: {name: Someone Else}\u2028#.jpg",  # Unicode line separators
    "scan\x85request: {type: termination}\x85#.jpg",  # NEL
)


def test_packet_init_writes_every_name_as_yaml_data(tmp_path: Path, ocr_cache: Path) -> None:
    scans = make_tiny_case(tmp_path / "scans")
    (scans / "case.yaml").unlink()
    for name in INJECTING_NAMES:
        (scans / "scans" / name).write_bytes(b"")  # empty: rejected, and listed as such
    result = subprocess.run(
        packet_command("init", scans, "--cache-dir", ocr_cache),
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    written = (scans / "case.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(written)
    assert set(data) == {"schema", "respondent", "request", "claims", "documents"}
    assert data["claims"] is None  # only comments under it: no children: [] slipped in
    assert data["request"] == {"type": "FILL_IN"}
    assert [d["file"] for d in data["documents"]] == ["scans/letter-0.jpg"]
    assert "exclude" not in data["documents"][0]
    for name in INJECTING_NAMES:  # each still listed, escaped, among the rejected files
        assert name.split("\n")[0].split("\u2028")[0].split("\x85")[0] in written
    assert "\x85" not in written and "\u2028" not in written
