"""`evalkit demo`: build the tiny fine-tune offline, evaluate its epochs, show the drift verdicts."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

from .app import app, console, safe, user_errors


@app.command()
def demo(
    epochs: int = typer.Option(20, "--epochs", min=1, help="LoRA epochs (one adapter saved per epoch)."),
    out: Path = typer.Option(Path("runs/demo"), "--out", help="Where the model, adapters and results go."),
    pretrain_steps: int = typer.Option(600, "--pretrain-steps", min=1, help="Base model pretraining steps."),
    suite: Optional[Path] = typer.Option(None, "--suite", help="Run config or golden suite (default suites/gpu-supply.yaml)."),
    baselines: bool = typer.Option(True, "--baselines/--no-baselines", help="Run the lm-eval baseline tasks."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not use the generation cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", envvar="EVALKIT_CACHE_DIR",
                                             help="Generation cache folder (default ~/.cache/evalkit)."),
) -> None:
    """Train a tiny model on the golden documents, LoRA-tune it on the golden Q&A, evaluate its epochs."""
    from ..demo.pipeline import run_demo
    from ..run.runner import RunOptions
    from .drift import print_drift
    from .run import RichProgress, cache_for, print_reports

    started = time.perf_counter()
    with user_errors():
        result = run_demo(out, epochs=epochs, pretrain_steps=pretrain_steps, suite=suite, baselines=baselines,
                          options=RunOptions(cache=cache_for(no_cache, cache_dir)), progress=RichProgress(),
                          log=lambda m: console.print(f"[dim]{safe(m)}[/]", soft_wrap=True))
    print_drift(result.drift.report, None)
    s = result.series
    console.print(f"base model: {safe(s.base)}  (a transformers directory: evalkit run CONFIG --checkpoint {safe(s.base)})",
                  soft_wrap=True)
    console.print(f"adapters: {safe(s.root / 'adapters')} ({len(s.adapters)} epochs){'  [dim](reused)[/]' if s.reused else ''}",
                  soft_wrap=True)
    print_reports(result.out_dir / "eval")
    sec = result.seconds
    console.print(f"results: {safe(result.out_dir / 'eval')}  drift: {safe(result.out_dir / 'eval' / 'drift.json')}  "
                  f"plots: {safe(result.out_dir / 'eval' / 'plots')}", soft_wrap=True)
    console.print(f"[dim]build {sec['build']:.0f}s, generation+scoring {sec.get('evaluate', 0):.0f}s, "
                  f"lm-eval baselines {sec.get('baselines', 0):.0f}s, total {time.perf_counter() - started:.0f}s[/]")
