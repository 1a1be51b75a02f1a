"""The command line reads well and does not pretend."""

from __future__ import annotations

import pytest

from tests.conftest import run_packet


@pytest.mark.parametrize("command", ["build", "check", "batch", "init", "explain"])
def test_each_subcommand_has_help(command: str) -> None:
    result = run_packet(command, "--help")
    assert result.returncode == 0
    assert "Usage: " in result.stdout


@pytest.mark.parametrize("args", [["init", "scans"], ["explain", "case", "file.jpg"]])
def test_unfinished_commands_say_so_and_exit_2(args: list[str]) -> None:
    result = run_packet(*args)
    assert result.returncode == 2
    assert "not implemented yet" in result.stderr
