from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..outputs import load_outputs, missing_items
from ..results.wording import summary_line
from .app import INCLUDE_DRAFTS, EXIT_INPUT, app, console, err_console, open_target, print_problems, safe, user_errors
from .tables import items_view
from .view import FORMAT_OPTION, Format, resolve_format


@app.command()
def score(
    suite: Path = typer.Argument(..., help="A golden suite file or a run config."),
    outputs: Path = typer.Option(..., "--outputs", "-o", help="JSON Lines of {\"id\", \"output\"}, one per item."),
    json_out: Path = typer.Option(None, "--json", help="Write the results JSON here."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Summary only, no per-item table."),
    include_drafts: bool = INCLUDE_DRAFTS,
    fmt: Optional[Format] = FORMAT_OPTION,
) -> None:
    """Score pre-recorded answers (replay) against a golden suite."""
    from ..scoring import score_outputs  # imported here so other commands start fast

    target = open_target(suite, include_drafts)
    with user_errors():
        answers, problems = load_outputs(outputs, target.suite)
    problems += missing_items(target.suite, answers, outputs)
    with user_errors():
        result = score_outputs(target, answers, label=outputs.name, problems=problems)
    if json_out:
        result.save(json_out)
    fmt = resolve_format(fmt, console)
    talk = console if fmt in (Format.table, Format.plain) else err_console   # stdout carries the data
    if fmt is Format.json:
        view = items_view(result)
        view.extra["summary"] = result.summary.model_dump(mode="json")
        view.print(console, fmt)
    elif not quiet:
        items_view(result).print(console, fmt)
    talk.print(summary_line(result.summary), soft_wrap=True)
    if json_out:
        talk.print(f"results written to {safe(json_out)}", soft_wrap=True)
    if problems:
        print_problems(problems, "problem in the outputs")
    if any(p.severity == "error" for p in problems):
        err_console.print("[red]some outputs could not be scored[/] (the rest were scored and written)")
        raise typer.Exit(EXIT_INPUT)
