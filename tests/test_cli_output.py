"""What `packet` prints: whole words on a terminal, a line per stage in a pipe, counts that agree
with their nouns, -q and -v, a quiet end when the reader goes away, and --json for scripts.

The demo case is read from the session's OCR cache (filled by the demo build), so these runs
cost seconds; one scan is added that every build rejects (an empty file).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from packet.progress import StageProgress
from packet.terminal import plural, verdict, wrap
from tests.conftest import DemoBuild, run_packet

TERMINAL = {"TTY_COMPATIBLE": "1", "COLUMNS": "60", "NO_COLOR": "1"}


@dataclass
class Runs:
    case_dir: Path
    cache: Path
    piped: subprocess.CompletedProcess[str]
    quiet: subprocess.CompletedProcess[str]
    verbose: subprocess.CompletedProcess[str]
    terminal: subprocess.CompletedProcess[str]

    def run(self, *args: str | Path, env: dict[str, str] | None = None):
        return run_packet(*args, "--cache-dir", self.cache, env=env)


@pytest.fixture(scope="module")
def runs(demo_build: DemoBuild, ocr_cache: Path, tmp_path_factory) -> Runs:
    case_dir = tmp_path_factory.mktemp("cli-output") / "demo-case"
    shutil.copytree(demo_build.case_dir, case_dir, ignore=shutil.ignore_patterns("out"))
    (case_dir / "scans/empty.jpg").write_bytes(b"")

    def check(*options: str, env: dict[str, str] | None = None):
        return run_packet("check", case_dir, *options, "--cache-dir", ocr_cache, env=env)

    return Runs(
        case_dir,
        ocr_cache,
        check(),
        check("-q"),
        check("--verbose"),
        check(env=TERMINAL),
    )


@pytest.mark.e2e
def test_counts_agree_with_their_nouns(runs: Runs) -> None:
    lines = runs.piped.stdout.splitlines()
    assert lines[0].startswith("Review page: ")  # first, so the verdict stays the last line
    assert lines[1].endswith(": 12 documents read, 13 pages, 1 file rejected.")
    assert runs.piped.stdout.rstrip().endswith("2 errors, 3 warnings: not ready to file")


def test_plural_and_verdict_words() -> None:
    assert [plural(n, "file") for n in (0, 1, 2)] == ["0 files", "1 file", "2 files"]
    assert plural(1, "entry", "entries") == "1 entry" and plural(3, "entry", "entries") == (
        "3 entries"
    )

    @dataclass
    class F:
        severity: str

    assert verdict([F("error"), F("warning")]) == "1 error, 1 warning: not ready to file"
    assert verdict([]) == "0 errors, 0 warnings: ready to file"


@pytest.mark.e2e
def test_a_pipe_gets_one_line_per_stage_on_stderr_and_whole_lines_on_stdout(runs: Runs) -> None:
    assert runs.piped.returncode == 1
    assert "Reading scans (OCR): 12 files" in runs.piped.stderr.splitlines()
    assert "\x1b[" not in runs.piped.stderr + runs.piped.stdout
    finding = next(line for line in runs.piped.stdout.splitlines() if "[children[1]]" in line)
    assert finding.endswith("under `documents:` in case.yaml.")  # one line, however long


@pytest.mark.e2e
def test_on_a_terminal_lines_break_between_words_at_its_width(runs: Runs) -> None:
    lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", runs.terminal.stdout).splitlines()
    # Only a single word longer than the terminal (a path) may overflow it.
    assert lines and all(len(line) <= 60 or " " not in line.strip() for line in lines)
    assert "US-citizen" in "\n".join(lines)  # never "US-c / itizen"
    at = next(i for i, line in enumerate(lines) if line.startswith("  [children[1]] "))
    assert lines[at + 1].startswith("    ") and not lines[at + 1].startswith("     ")


def test_wrap_keeps_words_and_hangs_the_rest() -> None:
    text = "  [children[1]] No birth certificate names a claimed US-citizen child here."
    assert wrap(text, 30) == [
        "  [children[1]] No birth",
        "    certificate names a",
        "    claimed US-citizen child",
        "    here.",
    ]
    assert wrap(text, None) == [text]


@pytest.mark.e2e
def test_quiet_prints_only_the_errors_and_the_verdict(runs: Runs) -> None:
    quiet = runs.quiet
    assert quiet.returncode == 1
    assert quiet.stderr == ""
    assert "Errors (2)" in quiet.stdout and "Warnings" not in quiet.stdout
    assert "documents read" not in quiet.stdout and "JFMAMJJASOND" not in quiet.stdout
    assert quiet.stdout.rstrip().endswith("2 errors, 3 warnings: not ready to file")


@pytest.mark.e2e
def test_verbose_prints_each_stages_time(runs: Runs) -> None:
    stderr = runs.verbose.stderr
    assert re.search(r"^Reading scans \(OCR\): 12 files in \d+\.\d s$", stderr, re.M)
    timings = re.search(r"^Timings: (.*); total \d+\.\d\d s$", stderr, re.M)
    assert timings, stderr
    stages = [part.split()[0] for part in timings.group(1).split(", ")]
    assert stages[:1] == ["ingest"] and {"classify", "check"} <= set(stages)


def test_quiet_and_verbose_together_are_refused(tmp_path: Path) -> None:
    result = run_packet("check", tmp_path, "-q", "-v")
    assert result.returncode == 2
    assert "--quiet and --verbose contradict each other" in result.stderr


@pytest.mark.e2e
def test_a_reader_that_stops_early_ends_the_command_quietly(runs: Runs) -> None:
    """`packet check CASE | head -1`: exit 0, no traceback, no 'Broken pipe'."""
    command = [sys.executable, "-m", "packet", "check", str(runs.case_dir)]
    with subprocess.Popen(
        [*command, "--cache-dir", str(runs.cache)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.readline()
        child.stdout.close()  # what `head -1` does after its line
        stderr = child.stderr.read().decode()
        assert child.wait(timeout=120) == 0, stderr
    assert "Traceback" not in stderr and "Broken pipe" not in stderr
    assert "Exception ignored" not in stderr


def test_a_bar_with_an_eta_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    with StageProgress().stage("Reading scans (OCR)", 3, "file") as advance:
        for _ in range(3):
            time.sleep(0.15)
            advance()
    assert "ETA" in capsys.readouterr().err


@pytest.mark.e2e
def test_check_json_is_one_object_with_a_schema_verdict_and_stable_keys(runs: Runs) -> None:
    result = runs.run("check", runs.case_dir, "--json")
    assert result.returncode == 1
    content = json.loads(result.stdout)
    assert content["schema"] == "packet-check/1" and content["exit_code"] == 1
    assert content["error"] is None
    assert content["verdict"] == {
        "ready_to_file": False,
        "errors": 2,
        "warnings": 3,  # the translator's certificate has no telephone number or signature
        "info": 0,
        "summary": "2 errors, 3 warnings: not ready to file",
    }
    keys = {"code", "severity", "claim", "file", "page", "from", "to", "message"}
    assert all(set(f) == keys for f in content["findings"])
    assert content["rejected"] == [
        {"file": "scans/empty.jpg", "reason": content["rejected"][0]["reason"]}
    ]


def test_check_json_on_a_bad_case_file_is_an_error_object(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text("schema: 1\nrespondent: {name: Ana, a_number: 1}\n")
    result = run_packet("check", tmp_path, "--json")
    assert result.returncode == 2
    content = json.loads(result.stdout)
    assert content["exit_code"] == 2 and content["verdict"] is None and content["findings"] is None
    assert content["error"]["kind"] == "case-file" and content["error"]["code"] == 2
    assert "respondent.a_number" in content["error"]["message"]
    assert "respondent.a_number" in result.stderr  # and the person still reads why


def test_json_on_a_folder_that_does_not_exist_is_an_error_object(tmp_path: Path) -> None:
    result = run_packet("build", tmp_path / "nowhere", "--json")
    assert result.returncode == 2
    content = json.loads(result.stdout)
    assert content["schema"] == "packet-build/1" and content["error"]["kind"] == "usage"
    assert "does not exist" in content["error"]["message"] and "Usage:" in result.stderr
