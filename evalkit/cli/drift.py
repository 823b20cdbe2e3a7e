"""`evalkit drift`: the per-epoch table and the verdicts over a series of checkpoints."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.table import Table

from ..drift.rules import DriftReport
from .app import INCLUDE_DRAFTS, app, console, open_target, safe, user_errors
from .run import (API_KEY, BACKEND, BASE_URL, CHAT, CONCURRENCY, DEADLINE, HEADER, MAX_LORAS, OFFLINE, TENSOR_PARALLEL,
                  backend_options, print_reports)

_COLUMNS = [("hallucination_rate", "halluc."), ("attribution_rate", "attrib."), ("abstention_rate", "abstain*"),
            ("rougeL", "ROUGE-L"), ("bertscore_f1", "BERTScore"), ("verbatim_rate", "verbatim†"),
            ("rougeL_heldout", "R-L held-out"), ("rougeL_paraphrase", "R-L paraphr."), ("pass_train", "pass train"),
            ("pass_heldout", "pass held-out")]


def _short(name: str) -> str:
    task, _, metric = name.partition("/")
    return f"{task.removeprefix('evalkit_')} {metric}"


def drift_table(report: DriftReport) -> Table:
    unc = report.best_uncertainty
    caption = "* on unanswerable items   † near-verbatim copies of the reference, training questions"
    if unc is not None:
        caption += (f"\nP(best): share of {unc.resamples} paired bootstrap resamples of {unc.items} items in which the "
                    f"checkpoint has the highest pass rate; ≈ indistinguishable from the best at alpha {unc.alpha:g}")
    if report.transitions:
        caption += "\nvs prev: items lost/gained since the previous checkpoint, McNemar p; ▼ a significant regression"
    table = Table(title=f"drift · {safe(report.suite)}", title_justify="left", caption=caption,
                  caption_justify="left")
    table.add_column("checkpoint")
    table.add_column("epoch", justify="right")
    shown = [(k, t) for k, t in _COLUMNS if any(p.metrics.get(k) is not None for p in report.points)]
    for _, title in shown:
        table.add_column(title, justify="right")
    baselines = sorted({k for p in report.points for k in p.baselines if not k.endswith("acc_norm")})
    for name in baselines:
        table.add_column(safe(_short(name)), justify="right")
    if unc is not None:
        table.add_column("P(best)", justify="right")
    if report.transitions:
        table.add_column("vs prev", justify="right")
    step = {t.after: t for t in report.transitions}
    for p in report.points:
        marks = ("  [bold green]◀ best[/]" if p.label == report.best else "") + (
            "  [yellow]memorizes[/]" if p.label == report.memorization_starts else "")
        epoch = "" if p.epoch is None else (f"{p.epoch:g}")
        cells = ["–" if p.metrics.get(k) is None else f"{p.metrics[k]:.2f}" for k, _ in shown]
        cells += ["–" if n not in p.baselines else f"{p.baselines[n]:.2f}" for n in baselines]
        if unc is not None:
            cells.append("" if p.label not in unc.p_best else
                          f"{unc.p_best[p.label]:.2f}" + (" ≈" if p.label in unc.indistinguishable else ""))
        if report.transitions:
            t = step.get(p.label)
            cells.append("" if t is None else transition_cell(t))
        table.add_row(safe(p.label) + marks, epoch, *cells)
    return table


def transition_cell(t) -> str:
    """'−3/+5 p=0.73', with ▼ for a significant regression."""
    p = "" if t.p_value is None else (" p<0.001" if t.p_value < 0.001 else f" p={t.p_value:.2f}")
    return f"−{len(t.items)}/+{len(t.gained)}{p}" + (" ▼" if t.significant and t.p_value is not None else "")


def print_verdicts(report: DriftReport) -> None:
    colours = {"best": "green", "memorization": "yellow", "forgetting": "red", "regression": "red"}
    for v in report.verdicts:
        console.print(f"[{colours.get(v.kind, 'white')}]{safe(f'{v.kind:>12}')}[/]  {safe(v.message)}", soft_wrap=True)


@app.command()
def drift(
    config: Path = typer.Argument(..., help="A run config or golden suite."),
    checkpoints: List[str] = typer.Argument(..., help="Checkpoint directories, globs, or a folder of epoch-*/checkpoint-*; "
                                                      "with --base-url, served model names in epoch order."),
    out: Optional[Path] = typer.Option(None, "--out", help="Run directory (default runs/<suite>-drift)."),
    base_model: Optional[str] = typer.Option(None, "--base-model", help="Base model for the adapters."),
    include_base: bool = typer.Option(True, "--base/--no-base", help="Evaluate the adapters' base model as epoch 0."),
    baselines: bool = typer.Option(True, "--baselines/--no-baselines", help="Run the config's lm-eval tasks."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not use the generation cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", envvar="EVALKIT_CACHE_DIR"),
    device: str = typer.Option("auto", "--device"),
    include_drafts: bool = INCLUDE_DRAFTS,
    backend: str = BACKEND, base_url: Optional[str] = BASE_URL, chat: Optional[bool] = CHAT,
    concurrency: Optional[int] = CONCURRENCY, api_key: Optional[str] = API_KEY, header: List[str] = HEADER,
    request_deadline: Optional[float] = DEADLINE, offline: bool = OFFLINE,
    tensor_parallel: Optional[int] = TENSOR_PARALLEL, max_loras: int = MAX_LORAS,
) -> None:
    """Overfitting drift across epochs: hallucination, attribution, verbatim rate, held-out gap, baselines."""
    from ..drift.run import run_drift
    from ..run.runner import RunOptions
    from .run import RichProgress, cache_for

    target = open_target(config, include_drafts)
    out = out or Path("runs") / f"{target.suite.name}-drift"
    served = backend_options(target, base_url=base_url, chat=chat, concurrency=concurrency, api_key=api_key,
                             headers=header, deadline=request_deadline, offline=offline,
                             tensor_parallel=tensor_parallel, max_loras=max_loras)
    options = RunOptions(cache=cache_for(no_cache, cache_dir), device=device, backend=backend, **served)
    with user_errors():
        run = run_drift(target, checkpoints, out, options=options,
                        include_base=include_base, base=base_model, baselines=baselines, progress=RichProgress(),
                        log=lambda m: console.print(f"[dim]{safe(m)}[/]", soft_wrap=True))
    console.print(drift_table(run.report))
    print_verdicts(run.report)
    console.print(f"drift data: {safe(out / 'drift.json')}   plots: {safe(out / 'plots')}", soft_wrap=True)
    print_reports(out)
