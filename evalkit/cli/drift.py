"""`evalkit drift`: the per-epoch table and the verdicts over a series of checkpoints."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.table import Table

from ..drift.rules import DriftReport
from ..results.metrics import DRIFT_METRICS, GAP, label, show
from .view import FORMAT_OPTION, Col, Format, View, pct, resolve_format
from .app import INCLUDE_DRAFTS, app, console, err_console, open_target, safe, user_errors
from .run import (API_KEY, BACKEND, BASE_URL, CHAT, CONCURRENCY, DEADLINE, HEADER, MAX_LORAS, OFFLINE, TENSOR_PARALLEL,
                  backend_options, print_reports)

# short headers: the drift table has to fit 80 columns with its names whole
HEADERS = {"pass_rate": "pass", "hallucination_rate": "halluc", "correct_rate": "correct",
           "attribution_rate": "attrib", "abstention_rate": "abstain*", "rougeL": "ROUGE-L",
           "bertscore_f1": "BERTScore", "verbatim_rate": "verbatim†", "pass_train": "pass train",
           "pass_heldout": "pass held-out", "pass_paraphrase": "pass paraphr", "rougeL_train": "R-L train",
           "rougeL_heldout": "R-L held-out", "rougeL_paraphrase": "R-L paraphr", GAP: "gap‡"}
# the columns that decide which checkpoint to ship; --wide or --columns show the others
DEFAULT_COLUMNS = ("pass_rate", "hallucination_rate", "correct_rate", "attribution_rate", "verbatim_rate", GAP,
                   "baselines")
EXTRA = ("baselines", "p_best", "transitions")
ALIASES = {"gap": GAP, "held-out gap": GAP, "pass": "pass_rate", "hallucination": "hallucination_rate",
           "correct": "correct_rate", "attribution": "attribution_rate", "verbatim": "verbatim_rate",
           "abstention": "abstention_rate", "p(best)": "p_best", "vs-prev": "transitions", "vs_prev": "transitions"}


def all_columns() -> tuple[str, ...]:
    return ("pass_rate",) + tuple(m.name for m in DRIFT_METRICS if m.name != "pass_rate") + (GAP,) + EXTRA


def parse_columns(text: str | None, wide: bool) -> tuple[str, ...]:
    """--columns 'pass,halluc,...' (metric names, their short headers or aliases), --wide, or the default."""
    if not text:
        return all_columns() if wide else DEFAULT_COLUMNS
    known = {**{c: c for c in all_columns()}, **{h.rstrip("*†‡"): k for k, h in HEADERS.items()}, **ALIASES}
    chosen, unknown = [], []
    for part in (p.strip() for p in text.split(",")):
        if part:
            (chosen.append(known[part.lower()]) if part.lower() in known else unknown.append(part))
    if unknown or not chosen:
        raise typer.BadParameter(f"unknown column(s) {', '.join(unknown) or '(none given)'}; known: "
                                 f"{', '.join(all_columns())}", param_hint="--columns")
    return tuple(dict.fromkeys(chosen))


def _short(name: str) -> str:
    """A baseline's column header: 'general_mc' for evalkit_general_mc/acc, else 'task metric'."""
    task, _, metric = name.partition("/")
    task = task.removeprefix("evalkit_")
    return task if metric in ("acc", "") else f"{task} {metric}"


def drift_view(report: DriftReport, columns: tuple[str, ...] = DEFAULT_COLUMNS) -> View:
    """The drift table: one row per checkpoint, its name and path whole, the chosen columns."""
    unc = report.best_uncertainty
    metrics = [c for c in columns if c not in EXTRA and any(p.metrics.get(c) is not None for p in report.points)]
    baselines = sorted({k for p in report.points for k in p.baselines if not k.endswith("acc_norm")}) \
        if "baselines" in columns else []
    p_best = "p_best" in columns and unc is not None
    moves = "transitions" in columns and bool(report.transitions)
    cols = [Col("checkpoint", keep=True), Col("", key="mark", keep=True), Col("epoch", right=True)]
    cols += [Col(HEADERS.get(k, label(k)), key=k, right=True) for k in metrics]
    cols += [Col(_short(b), key=b, right=True) for b in baselines]
    if p_best:
        cols.append(Col("P(best)", key="p_best", right=True))
    if moves:
        cols.append(Col("vs prev", key="vs_prev", right=True))
    view = View(f"drift · {report.suite}", cols, extra={
        "suite": report.suite, "best": report.best, "best_path": report.best_path,
        "memorization_starts": report.memorization_starts, "columns": [c.name for c in cols]})
    step = {t.after: t for t in report.transitions}
    for p in report.points:
        best, memo = p.label == report.best, p.label == report.memorization_starts
        mark = ("◀" if best else "") + ("▲" if memo else "")
        cells = [p.label, mark, "" if p.epoch is None else f"{p.epoch:g}"]
        styles: list = ["bold green" if best else None, "bold green" if best else "yellow", None]
        data = {"checkpoint": p.label, "path": p.path, "epoch": p.epoch, "best": best, "memorization_starts": memo}
        for k in metrics:
            cells.append(show(k, p.metrics.get(k)))
            data[k] = p.metrics.get(k)
            styles.append(None)
        for b in baselines:
            cells.append(pct(p.baselines.get(b)))
            data[b] = p.baselines.get(b)
            styles.append(None)
        if p_best:
            pb = unc.p_best.get(p.label)
            cells.append("" if pb is None else f"{pb:.2f}" + (" ≈" if p.label in unc.indistinguishable else ""))
            data["p_best"] = pb
            styles.append(None)
        if moves:
            t = step.get(p.label)
            cells.append("" if t is None else transition_cell(t))
            data["vs_prev"] = None if t is None else {"lost": len(t.items), "gained": len(t.gained),
                                                      "p_value": t.p_value, "significant": t.significant}
            styles.append("red" if t is not None and t.significant and t.p_value is not None else None)
        view.add(cells, styles, data)
    notes = ["◀ best checkpoint   ▲ memorization starts"]
    legend = {"abstention_rate": "* abstention on unanswerable items",
              "verbatim_rate": "† verbatim: near-verbatim copies of the reference, training questions",
              GAP: "‡ gap: ROUGE-L on training questions minus held-out or paraphrased ones (the larger)"}
    notes += [text for k, text in legend.items() if k in metrics]
    if p_best:
        notes.append(f"P(best): share of {unc.resamples} paired bootstrap resamples of {unc.items} items in which the "
                     f"checkpoint has the highest pass rate; ≈ indistinguishable from the best at alpha {unc.alpha:g}")
    if moves:
        notes.append("vs prev: items lost/gained since the previous checkpoint, McNemar p; ▼ a significant regression")
    hidden = [c for c in all_columns() if c not in columns]
    if hidden:
        notes.append(f"more columns: --wide, or --columns with any of {', '.join(hidden)}")
    if report.best_path:
        notes.append(f"best: {report.best} ({report.best_path})")
    view.notes = notes
    return view


def drift_table(report: DriftReport, width: int = 120) -> Table:
    """The default drift view as one rich table (kept for callers that print a renderable)."""
    return drift_view(report).tables(width)[0]


def transition_cell(t) -> str:
    """'−3/+5 p=0.73', with ▼ for a significant regression."""
    p = "" if t.p_value is None else (" p<0.001" if t.p_value < 0.001 else f" p={t.p_value:.2f}")
    return f"−{len(t.items)}/+{len(t.gained)}{p}" + (" ▼" if t.significant and t.p_value is not None else "")


def print_verdicts(report: DriftReport, out=None) -> None:
    out = out or console
    colours = {"best": "green", "memorization": "yellow", "forgetting": "red", "regression": "red"}
    for v in report.verdicts:
        out.print(f"[{colours.get(v.kind, 'white')}]{safe(f'{v.kind:>12}')}[/]  {safe(v.message)}", soft_wrap=True)


def print_drift(report: DriftReport, fmt: Format | None, columns: tuple[str, ...] = DEFAULT_COLUMNS) -> None:
    """The drift table and its verdicts in the chosen layout (json: the table's rows and the verdicts)."""
    fmt = resolve_format(fmt, console)
    view = drift_view(report, columns)
    if fmt is Format.json:
        view.extra["verdicts"] = [v.model_dump(mode="json") for v in report.verdicts]
        view.print(console, fmt)
        return
    view.print(console, fmt)
    if fmt is Format.markdown:
        console.out("\n" + "\n".join(f"- **{safe(v.kind)}**: {safe(v.message)}" for v in report.verdicts),
                    highlight=False)
    else:
        print_verdicts(report)


WIDE = typer.Option(False, "--wide", help="Every column: ROUGE-L, BERTScore, abstention, pass on train/held-out/"
                                          "paraphrased, P(best), items lost/gained.")
COLUMNS = typer.Option(None, "--columns", help="Comma-separated columns to show, e.g. 'pass,halluc,rougeL,p_best' "
                                               "(default: pass, hallucination, correct, attribution, verbatim, "
                                               "held-out gap, baselines).")


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
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", envvar="EVALKIT_CACHE_DIR",
                                             help="Generation cache folder (default ~/.cache/evalkit)."),
    device: str = typer.Option("auto", "--device", help="cuda, mps, cpu or auto."),
    include_drafts: bool = INCLUDE_DRAFTS,
    fmt: Optional[Format] = FORMAT_OPTION, wide: bool = WIDE, columns: Optional[str] = COLUMNS,
    backend: str = BACKEND, base_url: Optional[str] = BASE_URL, chat: Optional[bool] = CHAT,
    concurrency: Optional[int] = CONCURRENCY, api_key: Optional[str] = API_KEY, header: List[str] = HEADER,
    request_deadline: Optional[float] = DEADLINE, offline: bool = OFFLINE,
    tensor_parallel: Optional[int] = TENSOR_PARALLEL, max_loras: int = MAX_LORAS,
) -> None:
    """Overfitting drift across epochs: hallucination, attribution, verbatim rate, held-out gap, baselines."""
    from ..drift.run import run_drift
    from ..run.runner import RunOptions
    from .run import RichProgress, cache_for

    shown = parse_columns(columns, wide)
    target = open_target(config, include_drafts)
    out = out or Path("runs") / f"{target.suite.name}-drift"
    fmt = resolve_format(fmt, console)
    talk = console if fmt in (Format.table, Format.plain) else err_console   # stdout carries the data
    served = backend_options(target, base_url=base_url, chat=chat, concurrency=concurrency, api_key=api_key,
                             headers=header, deadline=request_deadline, offline=offline,
                             tensor_parallel=tensor_parallel, max_loras=max_loras)
    options = RunOptions(cache=cache_for(no_cache, cache_dir), device=device, backend=backend, **served)
    with user_errors():
        run = run_drift(target, checkpoints, out, options=options,
                        include_base=include_base, base=base_model, baselines=baselines, progress=RichProgress(talk),
                        log=lambda m: talk.print(f"[dim]{safe(m)}[/]", soft_wrap=True))
    print_drift(run.report, fmt, shown)
    talk.print(f"drift data: {safe(out / 'drift.json')}   plots: {safe(out / 'plots')}", soft_wrap=True)
    print_reports(out, talk)
