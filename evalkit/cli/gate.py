"""`evalkit gate` and `evalkit baseline record|list`: golden baselines and pre-merge gates."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from .app import EXIT_FAILED, app, console, err_console, open_target, safe, user_errors
from .run import API_KEY, BACKEND, BASE_URL, CHAT, CONCURRENCY, DEADLINE, HEADER, OFFLINE, backend_options

baseline_app = typer.Typer(help="Record and list golden baselines (golden/<set>/baselines/*.json).",
                           no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")

_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red", "skip": "dim"}


def _candidate(target, path: Path, device: str, no_cache: bool, cache_dir: Optional[Path], base_model: Optional[str],
               **backend):
    from ..gate.candidate import candidate_result
    from ..run.runner import RunOptions
    from .run import cache_for

    # only a checkpoint directory generates; replays and results files ignore the cache
    options = RunOptions(cache=cache_for(no_cache, cache_dir), device=device, **backend)
    return candidate_result(target, path, options=options, base=base_model)


_DEVICE = typer.Option("auto", "--device", help="For a checkpoint directory: cuda, mps, cpu or auto.")
_NO_CACHE = typer.Option(False, "--no-cache", help="For a checkpoint directory: generate everything.")
_CACHE_DIR = typer.Option(None, "--cache-dir", envvar="EVALKIT_CACHE_DIR", help="Generation cache folder.")
_BASE = typer.Option(None, "--base-model", help="Base model directory for an adapter (overrides adapter_config.json).")


@baseline_app.command("record")
def record(
    config: Path = typer.Argument(..., help="A run config or a golden suite file."),
    checkpoint: Path = typer.Option(..., "--checkpoint", "-c", help="results .json, replay .jsonl, run directory "
                                                                     "or checkpoint directory."),
    name: Optional[str] = typer.Option(None, "--name", help="Baseline name (default: the checkpoint's label)."),
    device: str = _DEVICE, no_cache: bool = _NO_CACHE, cache_dir: Optional[Path] = _CACHE_DIR,
    base_model: Optional[str] = _BASE,
) -> None:
    """Record a checkpoint's verdicts as a golden baseline next to the golden suite."""
    from ..gate.golden import baseline_path, default_name, record_baseline, run_settings
    from ..results.wording import summary_line

    target = open_target(config, include_drafts=False)
    with user_errors():
        result = _candidate(target, checkpoint, device, no_cache, cache_dir, base_model)
        path = baseline_path(target, name or default_name(result))
        baseline, outcome = record_baseline(result, path, settings=run_settings(target))
    console.print(f"baseline [bold]{safe(path.stem)}[/] {safe(outcome)}: {safe(path)}", soft_wrap=True)
    console.print(f"  {summary_line(result.summary)}", soft_wrap=True)
    if result.missing:
        err_console.print(f"  [yellow]warning[/] {len(result.missing)} golden items have no result and are not in "
                          f"the baseline: {safe(', '.join(result.missing[:12]))}{' …' if len(result.missing) > 12 else ''}", soft_wrap=True)


@baseline_app.command("list")
def list_(config: Path = typer.Argument(..., help="A run config or a golden suite file.")) -> None:
    """List the recorded baselines of the suite."""
    from ..gate.golden import list_baselines, load_baseline

    target = open_target(config, include_drafts=False)
    table = Table(title=f"baselines of {safe(target.suite.name)}", title_justify="left")
    for col in ("name", "label", "items", "pass", "created", "fingerprint"):
        table.add_column(col)
    with user_errors():
        for path in list_baselines(target):
            b = load_baseline(path)
            table.add_row(safe(b.name), safe(b.label), str(len(b.items)), f"{100 * b.summary.pass_rate:.0f}%", safe(b.created),
                          safe(b.fingerprint or "–"))
    console.print(table)


def print_gate(result) -> None:
    console.print(f"[bold]gate[/] {safe(result.suite)}: candidate [bold]{safe(result.candidate)}[/] vs baseline "
                  f"[bold]{safe(result.baseline)}[/] ({safe(result.baseline_choice or 'given')}; {result.paired_items} paired items)",
                  soft_wrap=True)
    if result.gates_from:
        console.print(f"gates from {safe(result.gates_from)}:", soft_wrap=True)
        for line in result.gates:
            console.print(f"  · {safe(line)}", soft_wrap=True)
    table = Table(show_lines=False, expand=False)
    table.add_column("check")
    table.add_column("result")
    table.add_column("detail", overflow="fold")
    for c in result.checks:
        table.add_row(safe(c.name), f"[{_STYLE[c.status]}]{c.status}[/]", safe(c.detail))
    console.print(table)
    if result.regressed:
        console.print(f"[bold]{len(result.regressed)} regressed items[/] (passed in the baseline, fail now):")
        for c in result.regressed:
            console.print(f"  [red]{safe(c.id)}[/]  {safe(c.reason or '')}", soft_wrap=True)
    fails, warns = result.failures, result.warnings
    if result.passed:
        console.print("[bold green]PASS[/]" + (f" with {len(warns)} warnings" if warns else ""))
    else:
        console.print(f"[bold red]FAIL[/]: {safe(', '.join(c.name for c in fails))}"
                      + (f" ({len(warns)} warnings)" if warns else ""))


@app.command()
def gate(
    config: Path = typer.Argument(..., help="A run config or a golden suite file."),
    candidate: Path = typer.Option(..., "--candidate", "-c", help="results .json, replay .jsonl, run directory, "
                                                                  "checkpoint directory, hub id org/name, or with "
                                                                  "--base-url a served model name."),
    baseline: Optional[str] = typer.Option(None, "--baseline", "-b", help="Baseline file or name (default: "
                                           "gates.baseline, the only one, default.json, or the most recent)."),
    markdown: Optional[Path] = typer.Option(None, "--markdown", help="Write a Markdown summary here."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Write the gate result JSON here."),
    device: str = _DEVICE, no_cache: bool = _NO_CACHE, cache_dir: Optional[Path] = _CACHE_DIR,
    base_model: Optional[str] = _BASE,
    backend: str = BACKEND, base_url: Optional[str] = BASE_URL, chat: Optional[bool] = CHAT,
    concurrency: Optional[int] = CONCURRENCY, api_key: Optional[str] = API_KEY, header: list[str] = HEADER,
    request_deadline: Optional[float] = DEADLINE, offline: bool = OFFLINE,
) -> None:
    """Gate a candidate against thresholds and a recorded baseline. Exit 0 pass, 1 fail, 2 input error."""
    from ..gate.compare import run_gate
    from ..report.markdown import gate_markdown
    from ..gate.golden import find_baseline, load_baseline
    from ..store import write_json_atomic, write_text_atomic

    target = open_target(config, include_drafts=False)
    with user_errors():
        path, why = find_baseline(target, baseline)   # before generating: a missing baseline fails fast
        recorded = load_baseline(path)
        served = backend_options(target, base_url=base_url, chat=chat, concurrency=concurrency, api_key=api_key,
                                 headers=header, deadline=request_deadline, offline=offline)
        result = _candidate(target, candidate, device, no_cache, cache_dir, base_model, backend=backend, **served)
        verdict = run_gate(target, result, recorded, candidate_path=candidate, baseline_choice=why)
    print_gate(verdict)
    md = gate_markdown(verdict)
    if markdown:
        write_text_atomic(markdown, md)
    if json_out:
        write_json_atomic(json_out, verdict.model_dump(mode="json"))
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:  # GitHub Actions shows this file on the run's page; append, other steps write too
        with open(summary_file, "a", encoding="utf-8") as fh:
            fh.write(md + "\n")
    if not verdict.passed:
        raise typer.Exit(EXIT_FAILED)
