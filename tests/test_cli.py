"""The command line reads well and does not pretend."""

from __future__ import annotations

import pytest

from tests.conftest import run_packet


@pytest.mark.parametrize("command", ["build", "check", "batch", "init", "explain"])
def test_each_subcommand_has_help(command: str) -> None:
    result = run_packet(command, "--help")
    assert result.returncode == 0
    assert "Usage: " in result.stdout
