"""`evalkit demo`: build the tiny fine-tune offline and evaluate every epoch."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from .app import app, console, user_errors


def _pct(v) -> str:
    return "–" if v is None else f"{100 * v:.0f}%"


def demo_table(rows: list[dict]) -> Table:
    table = Table(title="per-epoch evaluation", title_justify="left")
    for col in ("checkpoint", "train loss", "hallucination", "attribution", "memorized", "verbatim (train)",
                "halluc. (held-out)", "pass", "first item's answer"):
        table.add_column(col, justify="left" if col in ("checkpoint", "first item's answer") else "right",
                         overflow="fold", max_width=48 if col == "first item's answer" else None)
    for r in rows:
        table.add_row(r["checkpoint"], "–" if r["loss"] is None else f"{r['loss']:.3f}", _pct(r["hallucination"]),
                      _pct(r["attribution"]), _pct(r["memorization"]), _pct(r["verbatim_train"]),
                      _pct(r["heldout_hallucination"]), _pct(r["pass"]), r["example"][:120])
    return table


@app.command()
def demo(
    epochs: int = typer.Option(20, "--epochs", min=1, help="LoRA epochs (one adapter saved per epoch)."),
    out: Path = typer.Option(Path("runs/demo"), "--out", help="Where the model, adapters and results go."),
    pretrain_steps: int = typer.Option(600, "--pretrain-steps", min=1, help="Base model pretraining steps."),
    suite: Optional[Path] = typer.Option(None, "--suite", help="Golden suite (default golden/gpu-supply/suite.yaml)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not use the generation cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", envvar="EVALKIT_CACHE_DIR"),
) -> None:
    """Train a tiny model on the golden documents, LoRA-tune it on the golden Q&A, evaluate each epoch."""
    from ..demo.pipeline import run_demo, summary_rows
    from ..runner import RunOptions
    from .run import RichProgress, cache_for

    started = time.perf_counter()
    with user_errors():
        result = run_demo(out, epochs=epochs, pretrain_steps=pretrain_steps, suite=suite,
                          options=RunOptions(cache=cache_for(no_cache, cache_dir)), progress=RichProgress(),
                          log=lambda m: console.print(f"[dim]{m}[/]"))
    console.print(demo_table(summary_rows(result)))
    s = result.series
    console.print(f"base model: {s.base}  (a transformers directory: evalkit run CONFIG --checkpoint {s.base})")
    console.print(f"adapters: {s.root / 'adapters'} ({len(s.adapters)} epochs){'  [dim](reused)[/]' if s.reused else ''}")
    console.print(f"results: {result.out_dir / 'eval'}   "
                  f"[dim]build {result.seconds['build']:.0f}s, evaluation {result.seconds['evaluate']:.0f}s, "
                  f"total {time.perf_counter() - started:.0f}s[/]")
