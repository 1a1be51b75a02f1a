"""The command line reads well and does not pretend."""

from __future__ import annotations

import pytest

from tests.conftest import run_packet


@pytest.mark.parametrize("command", ["build", "check", "batch", "init", "explain"])
def test_each_subcommand_has_help(command: str) -> None:
    result = run_packet(command, "--help")
    assert result.returncode == 0
    assert "Usage: " in result.stdout


def test_ctrl_c_wrapped_by_python_on_its_way_up_is_still_ctrl_c() -> None:
    # Ctrl-C while a class is being made arrives as "RuntimeError: Error calling __set_name__"
    from packet.cli import _stopped_by
    from packet.errors import Terminated

    def wrapped(inner: BaseException) -> RuntimeError:
        try:
            try:
                raise inner
            except BaseException as exc:
                raise RuntimeError("Error calling __set_name__") from exc
        except RuntimeError as outer:
            return outer

    assert _stopped_by(wrapped(KeyboardInterrupt())) is KeyboardInterrupt
    assert _stopped_by(wrapped(Terminated())) is Terminated
    assert _stopped_by(wrapped(ValueError("a real bug"))) is None
