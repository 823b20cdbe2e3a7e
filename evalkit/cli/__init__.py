"""`evalkit` command line. Each command lives in its own module and registers on the shared app;
heavy libraries (torch, transformers, lm-eval) load inside the commands that need them.

The error contract: a user mistake is a located error and exit 2; anything unexpected is a bug,
said in one line naming the file the traceback was saved to, and exit 3. Never a bare traceback.
"""
from __future__ import annotations

import sys

from .app import EXIT_INPUT, app, err_console, print_problems, safe
from . import validate, score, run, drift, demo, cache, gate, report, init, golden  # noqa: F401,E402  (registers commands)

EXIT_BUG = 3


def main(argv: list[str] | None = None) -> None:
    from ..errors import InputError

    try:
        app(args=argv, prog_name="evalkit")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
    except InputError as exc:  # one raised outside a command's own user_errors()
        print_problems(exc.problems, "error")
        sys.exit(EXIT_INPUT)
    except Exception as exc:  # noqa: BLE001  (the one place every other exception ends)
        from ..errors import bug_message

        said = bug_message(exc)   # saves the traceback
        err_console.print(f"[bold red]internal error[/]{safe(said.removeprefix('internal error'))}", soft_wrap=True)
        sys.exit(EXIT_BUG)
