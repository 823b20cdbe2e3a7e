"""`evalkit run`: generate with one or more checkpoints, score, write a run directory."""
from __future__ import annotations

import time
from pathlib import Path
from typing import List, Optional

import typer

from .app import INCLUDE_DRAFTS, app, console, err_console, open_target, print_problems, safe, user_errors
from .view import FORMAT_OPTION, Format, resolve_format


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(round(seconds))
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else \
        f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class RichProgress:
    """Progress of generation: per checkpoint and, for a series, over the whole series, with counts
    and the time left (estimated from the items generated so far; cached ones cost nothing).

    On a terminal: rich bars (one per checkpoint, left on screen, and one for the series). Where the
    output is no terminal (CI logs, pipes) a bar would be re-printed on every refresh: one line per
    finished checkpoint instead, with the series' count and time left.
    """

    def __init__(self, out=None):
        self.out = out or console
        self.bar = None
        self.task = None
        self.series_task = None
        self.checkpoints: int | None = None   # how many this run generates (`plan`), for the series line
        self.done = 0
        self.series_t0 = None
        self.generated_items = 0              # items generated (not cached) so far, for the estimate
        self.generating_seconds = 0.0

    def plan(self, checkpoints: int) -> None:
        """Called before a series: how many checkpoints will be generated."""
        self.checkpoints, self.done, self.series_t0 = checkpoints, 0, time.perf_counter()

    def _left(self, generated: int) -> float | None:
        """Seconds left for the checkpoints still to come (None until something was generated)."""
        if not self.checkpoints or not self.generated_items:
            return None
        return self.generating_seconds / self.generated_items * (self.checkpoints - self.done) * generated

    def start(self, label: str, total: int, cached: int) -> None:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self.label, self.total, self.cached = label, total, cached
        self.tokens, self.t0, self.items_done = 0, time.perf_counter(), 0
        if not self.out.is_terminal:
            return
        if self.bar is None:
            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("left"),
                                TimeRemainingColumn(), console=self.out, transient=False)
            self.bar.start()
            if self.checkpoints and self.checkpoints > 1:
                self.series_task = self.bar.add_task(f"series ({self.checkpoints} checkpoints)",
                                                     total=self.checkpoints * total, rate="")
        note = f" ({cached} cached)" if cached else ""
        self.task = self.bar.add_task(f"{safe(label)}{note}", total=total, completed=cached, rate="")
        if self.series_task is not None:
            self.bar.update(self.series_task, advance=cached)

    def advance(self, items: int, tokens: int) -> None:
        self.tokens += tokens
        self.items_done += items
        if self.bar is not None:
            rate = self.tokens / max(1e-9, time.perf_counter() - self.t0)
            self.bar.update(self.task, advance=items, rate=f"{rate:,.0f} tok/s")
            if self.series_task is not None:
                self.bar.update(self.series_task, advance=items)

    def stop(self) -> None:
        """The checkpoint failed: take the bar down, count nothing."""
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

    def finish(self) -> None:
        seconds = time.perf_counter() - self.t0
        generated = self.total - self.cached
        self.generated_items += generated
        self.generating_seconds += seconds if generated else 0.0
        self.done += 1
        left = self._left(generated)
        if self.bar is not None:
            if not self.checkpoints or self.done >= self.checkpoints:
                self.bar.stop()
                self.bar = None
                self.series_task = None
            return
        rate = f", {self.tokens / seconds:,.0f} tok/s" if generated and seconds > 0 else ""
        count = f"[{self.done}/{self.checkpoints}] " if self.checkpoints and self.checkpoints > 1 else ""
        rest = ""
        if self.checkpoints and self.done < self.checkpoints:
            # no estimate until something was generated (a checkpoint served from the cache costs nothing)
            rest = f"; {self.checkpoints - self.done} to go" + (f", about {_eta(left)} left" if left is not None else "")
        self.out.print(f"{count}{safe(self.label)}: {self.total} items, {generated} generated, {self.cached} from the "
                       f"cache{rate}, {seconds:.1f}s{rest}", soft_wrap=True, highlight=False)


def cache_for(no_cache: bool, cache_dir: Optional[Path]):
    if no_cache:
        return None
    from ..generate.cache import GenerationCache

    return GenerationCache(cache_dir)


def parse_batch_size(value: Optional[str]):
    if value is None:
        return None
    if value == "auto":
        return "auto"
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise typer.BadParameter("a positive integer or 'auto'", param_hint="--batch-size")
    return n


# --- backend options shared by run, drift, gate ----------------------------------------------------
BACKEND = typer.Option("auto", "--backend", help="auto, hf, openai, vllm or replay.")
BASE_URL = typer.Option(None, "--base-url", help="OpenAI-compatible server, e.g. http://host:8000/v1 "
                                                 "(default: the run config's server.base_url).")
CHAT = typer.Option(None, "--chat/--completions", help="openai backend: /chat/completions or /completions.")
CONCURRENCY = typer.Option(None, "--concurrency", min=1, help="openai backend: parallel requests (default 8).")
API_KEY = typer.Option(None, "--api-key", help="openai backend: bearer token (default: $OPENAI_API_KEY, or the "
                                               "variable named by server.api_key_env). Never written anywhere.")
HEADER = typer.Option([], "--header", help="openai backend: an extra request header 'Name: value' (repeat).")
DEADLINE = typer.Option(None, "--request-deadline", min=1, help="openai backend: seconds one request may take, "
                                                                "retries included (default 600).")
OFFLINE = typer.Option(False, "--offline", help="Hub ids resolve from the Hugging Face cache only (as HF_HUB_OFFLINE=1).")
TENSOR_PARALLEL = typer.Option(None, "--tensor-parallel", min=1, help="vllm backend: GPUs per engine (default: all).")
MAX_LORAS = typer.Option(4, "--max-loras", min=1, help="vllm backend: adapters one engine holds at once.")


def backend_options(target, *, base_url=None, chat=None, concurrency=None, api_key=None, headers=(),
                    deadline=None, offline=False, tensor_parallel=None, max_loras=4) -> dict:
    """RunOptions fields from the command line, falling back on the run config's `server` section."""
    from ..generate.openai import parse_headers, resolve_api_key

    server = target.config.server
    if offline:
        from ..generate.hf import set_offline

        set_offline()
    with user_errors():
        key = resolve_api_key(api_key, server.api_key_env, target.config.file or target.path)
        extra = {**server.headers, **parse_headers(headers)}
    return dict(offline=True if offline else None, openai_url=base_url or server.base_url,
                openai_chat=server.chat if chat is None else chat,
                openai_concurrency=concurrency or server.concurrency, openai_api_key=key, openai_headers=extra,
                openai_timeout_s=server.timeout_s, openai_deadline_s=deadline or server.deadline_s,
                vllm_tensor_parallel=tensor_parallel, vllm_max_loras=max_loras)


@app.command()
def run(
    config: Path = typer.Argument(..., help="A run config or a golden suite file."),
    checkpoint: List[str] = typer.Option(..., "--checkpoint", "-c",
                                         help="Model or PEFT adapter directory, or a hub id org/name[@revision] "
                                              "(repeat for a series); with --backend openai a served model name; "
                                              "a .jsonl replays outputs."),
    out: Optional[Path] = typer.Option(None, "--out", help="Run directory (default runs/<suite>-<timestamp>)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Generate everything; read and store nothing."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", envvar="EVALKIT_CACHE_DIR",
                                             help="Generation cache folder (default ~/.cache/evalkit)."),
    batch_size: Optional[str] = typer.Option(None, "--batch-size", help="N or 'auto' (halves on out-of-memory)."),
    device: str = typer.Option("auto", "--device", help="cuda, mps, cpu or auto."),
    dtype: str = typer.Option("auto", "--dtype", help="auto (bf16 on GPUs that support it), float32, float16, bfloat16."),
    backend: str = BACKEND,
    base_model: Optional[str] = typer.Option(None, "--base-model", help="Base model folder or hub id for adapters "
                                                                        "(overrides adapter_config.json)."),
    base_url: Optional[str] = BASE_URL, chat: Optional[bool] = CHAT, concurrency: Optional[int] = CONCURRENCY,
    api_key: Optional[str] = API_KEY, header: List[str] = HEADER, request_deadline: Optional[float] = DEADLINE,
    offline: bool = OFFLINE, tensor_parallel: Optional[int] = TENSOR_PARALLEL, max_loras: int = MAX_LORAS,
    trust_remote_code: bool = typer.Option(False, "--trust-remote-code", help="Run model code shipped with a checkpoint."),
    allow_unsafe_weights: bool = typer.Option(False, "--allow-unsafe-weights",
                                              help="Also load pickle (.bin) weights, which can run code."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Summary lines only."),
    include_drafts: bool = INCLUDE_DRAFTS,
    fmt: Optional[Format] = FORMAT_OPTION,
) -> None:
    """Generate answers with each checkpoint, score them, and write results per checkpoint."""
    from ..run.runner import CheckpointSpec, RunOptions, default_run_dir, run_checkpoints
    from ..results.wording import summary_line
    from .tables import items_view

    target = open_target(config, include_drafts)
    options = RunOptions(cache=cache_for(no_cache, cache_dir), batch_size=parse_batch_size(batch_size),
                         device=device, dtype=dtype, trust_remote_code=trust_remote_code,
                         allow_unsafe_weights=allow_unsafe_weights,
                         **backend_options(target, base_url=base_url, chat=chat, concurrency=concurrency,
                                           api_key=api_key, headers=header, deadline=request_deadline,
                                           offline=offline, tensor_parallel=tensor_parallel, max_loras=max_loras))
    specs = [CheckpointSpec(c, backend=backend, base=base_model) for c in checkpoint]  # type: ignore[arg-type]
    out = out or default_run_dir(target)
    fmt = resolve_format(fmt, console)
    talk = console if fmt in (Format.table, Format.plain) else err_console   # stdout carries the data
    progress = RichProgress(talk)
    progress.plan(len(specs))
    with user_errors():
        runs = run_checkpoints(target, specs, out_dir=out, options=options, progress=progress)
    if fmt is Format.json:
        import json

        views = [items_view(r.result) for r in runs]
        for v, r in zip(views, runs):
            v.extra.update(checkpoint=r.outputs.label, directory=str(r.directory),
                           summary=r.result.summary.model_dump(mode="json"))
        console.out(json.dumps([json.loads(v.json()) for v in views], indent=2, ensure_ascii=False),
                    highlight=False)
    for r in runs:
        s = r.outputs.stats
        if not quiet and fmt is not Format.json:
            items_view(r.result).print(console, fmt)
        talk.print(f"[bold]{safe(r.outputs.label)}[/]: {summary_line(r.result.summary)}", soft_wrap=True)
        talk.print(f"  [dim]{s.generated} generated, {s.cached} cached, {s.tokens} tokens in {s.seconds:.1f}s"
                   f"{f' ({s.tokens_per_s:,.0f} tok/s)' if s.tokens else ''} → {safe(r.directory)}[/]", soft_wrap=True)
    notes = [p for r in runs for p in r.outputs.problems]
    if notes:
        print_problems(list(dict.fromkeys(notes)), "problem")
    talk.print(f"run written to {safe(out)}", soft_wrap=True)
    print_reports(out, talk)


def print_reports(run_dir: Path, out=None) -> None:
    """Write the HTML and Markdown reports of a run directory and say where they are."""
    from ..report import write_reports

    with user_errors():
        written = write_reports(run_dir)
    (out or console).print("reports: " + "  ".join(safe(p) for p in written.values()), soft_wrap=True)
