"""Exit codes and the exceptions that carry them.

Every failure a person can act on is raised as a ``PacketError`` whose message names the file
(or the case.yaml key path) and says what to do; the CLI catches the base class once and exits
with its code. Anything else is a bug and still exits 3 with a short message.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    findings = 1  # built or checked, but error-level findings remain
    bad_input = 2  # bad invocation or invalid case.yaml / config
    build_failed = 3  # the case could not be built at all
    interrupted = 130  # Ctrl-C (128 + SIGINT), as shells report it
    terminated = 143  # SIGTERM (128 + SIGTERM)


class PacketError(Exception):
    exit_code = ExitCode.build_failed

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CaseFileError(PacketError):
    """case.yaml is missing, unreadable or invalid."""

    exit_code = ExitCode.bad_input


class ConfigError(PacketError):
    """A file in config/ is invalid; the message names it."""

    exit_code = ExitCode.bad_input


class UsageError(PacketError):
    exit_code = ExitCode.bad_input


DOCTOR_HINT = "`packet doctor` shows every program packet uses and what is missing."


class MissingProgramError(PacketError):
    """An external program the pipeline needs (Tesseract, Ghostscript, qpdf) is not installed.

    Raised only when the program is about to be used: a build whose every scan is in the OCR
    cache needs no OCR engine. The message names the package that brings it.
    """

    exit_code = ExitCode.build_failed

    def __init__(self, what: str, install: str) -> None:
        super().__init__(f"{what}: install it with `{install}`. {DOCTOR_HINT}")
        self.install = install


class BuildError(PacketError):
    exit_code = ExitCode.build_failed


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: unwind like Ctrl-C (temporary files removed), then exit 143."""
