"""`evalkit report RUN_DIR`: HTML, Markdown, JUnit and JSON reports of a run directory or results file."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .app import app, console, err_console, safe, user_errors


@app.command()
def report(
    run_dir: Path = typer.Argument(..., help="A run directory (RUN_DIR/<checkpoint>/results.json) or one results.json."),
    html: Optional[Path] = typer.Option(None, "--html", help="Write the self-contained HTML report here."),
    markdown: Optional[str] = typer.Option(None, "--markdown",
                                           help="Write the Markdown summary here ('-' for standard output)."),
    junit: Optional[Path] = typer.Option(None, "--junit", help="Write JUnit XML here."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Write the combined results JSON here."),
) -> None:
    """Write reports people read. With no output named: report.html and report.md in RUN_DIR."""
    from ..report import load_run, render_markdown, write_reports

    with user_errors():
        data = load_run(run_dir)
    to_stdout = markdown == "-"
    files = {"html": html, "markdown": None if to_stdout else markdown, "junit": junit, "json": json_out}
    with user_errors():
        # `--markdown -` alone writes nothing else; no option at all writes the defaults
        written = {} if to_stdout and not any(files.values()) else write_reports(data=data, **files)
    if to_stdout:
        sys.stdout.write(render_markdown(data))
    for note in data.notes:
        err_console.print(f"[yellow]note[/] {safe(note)}", soft_wrap=True)
    out = err_console if to_stdout else console  # keep stdout clean when it carries the Markdown
    for kind, path in written.items():
        out.print(f"{kind} report: {safe(path)}", soft_wrap=True)
