from __future__ import annotations

from pathlib import Path

import typer

from .app import app, console, open_target, safe


@app.command()
def validate(path: Path = typer.Argument(..., help="A golden suite file or a run config.")) -> None:
    """Check a suite or run config; print every problem with file and line. Exit 2 on error."""
    target = open_target(path)
    suite = target.suite
    answerable = sum(i.answerable for i in suite.items)
    splits = {s: sum(i.split == s for i in suite.items) for s in ("train", "heldout")}
    console.print(
        f"[green]ok[/] {safe(path)}: suite '{safe(suite.name)}', {len(suite.documents)} documents, "
        f"{len(suite.items)} items ({answerable} answerable, {len(suite.items) - answerable} unanswerable; "
        f"{splits['train']} train, {splits['heldout']} held-out)",
        soft_wrap=True,
    )
