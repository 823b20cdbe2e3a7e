"""`evalkit drift`: every checkpoint of a series through generation, scoring and lm-eval baselines,
then the drift verdicts, the table's data and the plots, written under one run directory.

Nothing is done twice: generations come from the generation cache, a checkpoint whose results in
the run directory match its fingerprint and the run's settings is not scored again, and baseline
scores are cached per checkpoint fingerprint. Adding one checkpoint to a series costs one
checkpoint's share.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .lmeval import BaselineSpec, run_baselines, spec_from_config
from .series import SeriesPoint, discover
from ..config import Target
from .rules import DriftReport, analyze, make_point
from ..results.model import RunResult
from ..run.runner import CheckpointSpec, ProgressHook, RunOptions, run_checkpoints
from ..errors import InputError
from ..rundir import (RESULTS, CheckpointEntry, RunManifest, RunWriter, read_manifest, read_result,
                      settings_digest)
from ..suite import with_paraphrases


@dataclass
class DriftRun:
    report: DriftReport
    out_dir: Path
    results: dict[str, RunResult]
    plots: list[Path] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)      # labels whose results were reused
    seconds: dict[str, float] = field(default_factory=dict)


def drift_target(target: Target) -> Target:
    """The target as drift runs it: paraphrased questions added, BERTScore among the scorers."""
    rules = target.config.drift
    suite = with_paraphrases(target.suite) if rules.paraphrases else target.suite
    scoring = target.config.scoring
    if rules.bertscore and "bertscore" not in scoring.scorers and _has_bert_score():
        scoring = scoring.model_copy(update={"scorers": scoring.scorers + ("bertscore",)})
    config = target.config.model_copy(update={"scoring": scoring})
    return target.model_copy(update={"suite": suite, "config": config})


def _has_bert_score() -> bool:
    import importlib.util

    return importlib.util.find_spec("bert_score") is not None


@dataclass(frozen=True)
class SeriesEntry:
    """One checkpoint of the series: where it stands, how to run it, what it is (fingerprint, kind)."""

    point: SeriesPoint
    spec: CheckpointSpec
    info: object            # generate.checkpoint.CheckpointInfo
    is_base: bool = False   # the adapters' untuned base model, added as epoch 0


@dataclass(frozen=True)
class ServedInfo:
    """A served model of a series (`--base-url`): its identity is what the server says of it."""

    name: str
    fingerprint: str
    kind: str = "served"
    base: None = None


def served_points(names: Sequence[str | Path], options: RunOptions) -> list[SeriesEntry]:
    """Served model names, in the order given (epochs 1, 2, ...)."""
    import re

    from ..generate.registry import make_backend

    out = []
    for i, name in enumerate(map(str, names), start=1):
        label = re.sub(r"[^\w.-]", "_", name)[:100]
        spec = CheckpointSpec(name, label=label)
        out.append(SeriesEntry(SeriesPoint(path=Path(name), label=label, epoch=float(i), step=None), spec,
                               ServedInfo(name, make_backend(spec, options, None).fingerprint)))
    return out


def series_points(checkpoints: Sequence[str | Path], include_base: bool, base: str | None = None,
                  options: RunOptions | None = None) -> list[SeriesEntry]:
    """Ordered checkpoints, each inspected once, with the adapters' shared base model first as
    epoch 0 when asked. With a server URL in `options`, served model names in the order given."""
    from ..generate.checkpoint import inspect_checkpoint

    if options is not None and options.openai_url and options.backend in ("auto", "openai"):
        return served_points(checkpoints, options)
    points = discover(list(checkpoints))
    out = [SeriesEntry(p, CheckpointSpec(str(p.path), base=base, label=p.label), inspect_checkpoint(p.path, base))
           for p in points]
    bases = {str(e.info.base) for e in out if e.info.kind == "adapter"}
    if not (include_base and len(bases) == 1 and all(e.info.kind == "adapter" for e in out)):
        return out
    base_dir = Path(bases.pop())
    label = "base" if all(p.label != "base" for p in points) else "base-model"
    out.insert(0, SeriesEntry(SeriesPoint(path=base_dir, label=label, epoch=0.0, step=0),
                              CheckpointSpec(str(base_dir), label=label), inspect_checkpoint(base_dir), is_base=True))
    return out


def _manifest(out: Path) -> RunManifest | None:
    """What the runner listed (generation stats), kept when the series is written in order."""
    try:
        return read_manifest(out)
    except InputError:
        return None


def _reusable(path: Path, fingerprint: str, digest: str) -> RunResult | None:
    if not path.is_file():
        return None
    try:
        result = read_result(path)
    except InputError:  # an old or broken file is simply redone
        return None
    return result if result.fingerprint == fingerprint and result.settings_digest == digest else None


def _eta(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def shown_path(path: str | Path, out: Path, *, served: bool = False) -> str:
    """A checkpoint's path as drift.json gives it: relative to the run directory (so the file moves
    with its checkpoints), absolute where no relative path exists; a served model's name as it is."""
    import os

    if served:
        return str(path)
    try:
        return Path(os.path.relpath(Path(path).resolve(), out.resolve())).as_posix()
    except ValueError:   # another drive (Windows)
        return str(Path(path).resolve())


def run_drift(target: Target, checkpoints: Sequence[str | Path], out_dir: str | Path, *,
              options: RunOptions | None = None, include_base: bool = True, base: str | None = None,
              baselines: BaselineSpec | None | bool = True, progress: ProgressHook | None = None,
              log: Callable[[str], None] | None = None) -> DriftRun:
    """Generate, score and baseline every checkpoint (reusing what is stored), then analyse."""
    log = log or (lambda _m: None)
    options = options or RunOptions()
    out = Path(out_dir)
    t0 = time.perf_counter()
    dtarget = drift_target(target)
    digest = settings_digest(dtarget)
    series = series_points(checkpoints, include_base, base, options)

    results: dict[str, RunResult] = {}
    todo: list[CheckpointSpec] = []
    for e in series:
        reused = _reusable(out / e.spec.label / RESULTS, e.info.fingerprint, digest)
        if reused is not None:
            results[e.spec.label] = reused
        else:
            todo.append(e.spec)
    reused_labels = [label for label in results]
    if reused_labels:
        log(f"reusing stored results of {len(reused_labels)} checkpoint(s): {', '.join(reused_labels)}")
    if todo and hasattr(progress, "plan"):
        progress.plan(len(todo))
    if todo:  # the runner writes each result once, with the digest that makes it reusable
        for run in run_checkpoints(dtarget, todo, out_dir=out, options=options, progress=progress):
            results[run.outputs.label] = run.result
    t1 = time.perf_counter()

    spec = spec_from_config(dtarget.config) if baselines is True else (baselines or None)
    scores: dict[str, dict[str, float]] = {}
    if spec is not None:
        local = [e for e in series if e.info.kind != "served"]
        for e in series:
            if e.info.kind == "served":
                log(f"no lm-eval baselines for served model {e.spec.label}")
        spent: list[float] = []
        for n, e in enumerate(local, start=1):
            left = "" if not spent else f", about {_eta(sum(spent) / len(spent) * (len(local) - n + 1))} left"
            log(f"[{n}/{len(local)}] lm-eval baselines on {e.spec.label} ({', '.join(spec.tasks)}){left}")
            t = time.perf_counter()
            outcome = run_baselines(e.info, spec)
            scores[e.spec.label] = outcome.scores
            if not getattr(outcome, "cached", False):
                spent.append(time.perf_counter() - t)
    t2 = time.perf_counter()

    points = [make_point(results[e.spec.label], epoch=e.point.epoch, step=e.point.step,
                         baselines=scores.get(e.spec.label), is_base=e.is_base)
              for e in series]
    for e, p in zip(series, points):
        p.path = shown_path(e.spec.path, out, served=e.info.kind == "served")
    report = analyze(dtarget.suite.name, points, dtarget.config.drift)
    report.best_path = next((p.path for p in points if p.label == report.best), None)
    writer = RunWriter(out, suite=dtarget.suite.name, config=target.path, manifest=_manifest(out))
    writer.order(CheckpointEntry(label=e.spec.label, dir=e.spec.label, checkpoint=e.spec.path, epoch=e.point.epoch,
                                 step=e.point.step, fingerprint=e.info.fingerprint) for e in series)
    writer.drift(report)
    from .plots import plot_drift

    plots = plot_drift(report, out / "plots")
    t3 = time.perf_counter()
    return DriftRun(report, out, results, plots, reused_labels,
                    {"evaluate": t1 - t0, "baselines": t2 - t1, "analysis": t3 - t2})
