"""`python -m packet` and the `packet` command.

Starting the command loads many libraries (up to a second or more on a busy machine). Ctrl-C
in that time, or while the command line is read, ends it as Ctrl-C does later: one line and
exit 130, never a traceback.
"""

import sys

INTERRUPTED = 130


def run() -> None:
    try:
        import click

        from packet.cli import main

        code = main(standalone_mode=False)
    except (KeyboardInterrupt, EOFError):
        _interrupted()
    except Exception as exc:
        if type(exc).__name__ != "Abort":  # click's word for Ctrl-C while it reads the line
            if isinstance(exc, click.ClickException):
                exc.show()
                sys.exit(exc.exit_code)
            raise
        _interrupted()
    sys.exit(code if isinstance(code, int) else 0)


def _interrupted() -> None:
    sys.stderr.write("\ninterrupted; nothing was written.\n")
    sys.exit(INTERRUPTED)


if __name__ == "__main__":
    run()
