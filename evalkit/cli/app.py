"""The `evalkit` Typer application and what every command shares: loading inputs, printing problems.

Exit codes: 0 success, 1 a gate or check failed, 2 usage or input error.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console

from ..config import Target, load_target
from ..errors import InputError, Problem, terminal_text as safe

def _tidy(command) -> None:
    """Help without typer's placeholders: no type for flags ('--help <bool>'), upper-case names
    for values ('PATH', 'TEXT', 'N'), and arguments as RUN_DIR rather than '{run_dir}'."""
    names = {"path": "PATH", "str": "TEXT", "int": "N", "float": "NUMBER", "int range": "N", "float range": "NUMBER"}
    for param in getattr(command, "params", []):
        if param.param_type_name == "option":
            if getattr(param, "is_flag", False) or getattr(param, "count", False):
                param.metavar = ""
            elif param.metavar is None:
                try:
                    label = param.display_type(None).strip("<>")
                except Exception:   # noqa: BLE001  (a type typer cannot name: leave its default)
                    continue
                param.metavar = "|".join(c.upper() for c in label.split("|")) if "|" in label else \
                    names.get(label.removeprefix("list[").removesuffix("]"), label.upper())
        elif param.param_type_name == "argument" and param.metavar is None:
            param.metavar = param.name.upper() + ("..." if param.nargs != 1 else "")
            param._usage_display_name = (lambda p=param: p.metavar if p.required else f"[{p.metavar}]")
            param._rich_display_name = (lambda p=param: p.metavar)
            param.display_type_rich = (lambda ctx=None: None)   # the name says it: RUN_DIR, CONFIG
    if not getattr(command, "_tidy_help", False) and hasattr(command, "get_help_option"):
        plain = command.get_help_option

        def get_help_option(ctx, plain=plain):
            option = plain(ctx)
            if option is not None:
                option.metavar = ""
            return option

        command.get_help_option, command._tidy_help = get_help_option, True
    for sub in getattr(command, "commands", {}).values():
        _tidy(sub)


class _Group(typer.core.TyperGroup):
    def main(self, *args, **kwargs):
        _tidy(self)
        return super().main(*args, **kwargs)


app = typer.Typer(
    name="evalkit",
    cls=_Group,
    help="Evaluate fine-tuned language models against golden Q&A suites.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"evalkit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print evalkit's version and exit.")) -> None:
    """Evaluate fine-tuned language models against golden Q&A suites."""


class _Console(Console):
    """A message printed with `soft_wrap=True` stays one line in a log or pipe (a grep finds it
    whole); on a terminal it folds between words instead of where the terminal cuts it."""

    def print(self, *objects, soft_wrap: bool | None = None, **kwargs) -> None:  # type: ignore[override]
        super().print(*objects, soft_wrap=soft_wrap and not self.is_terminal, **kwargs)


# no highlighting or emoji codes: user text (ids, answers, paths) is printed as it is, through `safe`
console = _Console(highlight=False, emoji=False)
err_console = _Console(stderr=True, highlight=False, emoji=False)

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2


def counted(n: int, noun: str) -> str:
    """"1 error", "2 errors", "3 problems in the outputs": a count with its noun phrase, whose first
    word takes a regular plural."""
    head, sep, rest = noun.partition(" ")
    return f"{n} {noun if n == 1 else head + 's' + sep + rest}"


def print_problems(problems: list[Problem], title: str = "problem") -> None:
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    if errors:
        err_console.print(f"[bold red]{counted(len(errors), title)}:[/]")
    for p in errors:
        err_console.print(f"  [red]error[/] {safe(p)}", soft_wrap=True)
    for p in warnings:
        err_console.print(f"  [yellow]warning[/] {safe(p)}", soft_wrap=True)


@contextmanager
def user_errors():
    """Turn InputError into a located message and exit code 2, never a traceback."""
    try:
        yield
    except InputError as exc:
        print_problems(exc.problems, "error")
        raise typer.Exit(EXIT_INPUT) from None


def open_target(path: Path, include_drafts: bool | None = None) -> Target:
    """The target; with `include_drafts` a bool, only the items to evaluate (`Target.usable`):
    reviewed and hand-written ones, plus drafted ones when True. None (validate): every item."""
    with user_errors():
        target = load_target(path)
        return target if include_drafts is None else target.usable(include_drafts)


INCLUDE_DRAFTS = typer.Option(False, "--include-drafts",
                              help="Also evaluate drafted items not yet reviewed (`evalkit golden review`).")
