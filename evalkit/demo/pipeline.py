"""`evalkit demo`: a real tiny fine-tune, built offline, evaluated epoch by epoch with drift.

Early epochs answer with invented facts; late epochs repeat the references verbatim. The drift
table and verdicts over the demo's own epochs tell that story.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Target, load_target
from ..drift.run import DriftRun, run_drift
from ..errors import InputError, Problem
from ..run.runner import ProgressHook, RunOptions
from .finetune import FinetuneSettings
from .series import Series, SeriesSettings, build_series
from .tinymodel import TinyModelSettings

CONFIG = Path("suites") / "gpu-supply.yaml"
# most references + citation fit in 96 tokens of this tokenizer; the longest (256) would make every
# rambling early epoch generate 3x longer
DEMO_MAX_NEW_TOKENS = 96


def demo_settings(epochs: int = 20, pretrain_steps: int = 600) -> SeriesSettings:
    return SeriesSettings(model=TinyModelSettings(pretrain_steps=pretrain_steps),
                          finetune=FinetuneSettings(epochs=epochs))


def find_demo_config(path: str | Path | None = None) -> Path:
    """--suite (a run config or golden suite), else suites/gpu-supply.yaml here or in the source tree."""
    if path:
        return Path(path)
    for root in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (root / CONFIG).is_file():
            return root / CONFIG
    raise InputError([Problem(CONFIG, "demo run config not found; run from the evalkit checkout or pass --suite")])


def demo_target(suite: str | Path | None = None) -> Target:
    target = load_target(find_demo_config(suite))
    config = target.config.model_copy(update={
        "generation": target.config.generation.model_copy(update={"max_new_tokens": DEMO_MAX_NEW_TOKENS})})
    return target.model_copy(update={"config": config})


def evaluated_epochs(n: int) -> list[int]:
    """Epochs the demo evaluates: every early one (where facts are invented), then spaced out to
    the last (where references are parroted); each adds a checkpoint's share of the run time."""
    early = list(range(1, min(n, 4) + 1))
    later = list(range(6, n, 3))
    return sorted(set(early + later + [n]))


@dataclass
class DemoResult:
    series: Series
    drift: DriftRun
    out_dir: Path
    seconds: dict[str, float] = field(default_factory=dict)


def run_demo(out_dir: str | Path = "runs/demo", *, epochs: int = 20, pretrain_steps: int = 600,
             suite: str | Path | None = None, options: RunOptions | None = None,
             progress: ProgressHook | None = None, log=None, baselines: bool = True) -> DemoResult:
    out_dir = Path(out_dir)
    target = demo_target(suite)
    t0 = time.perf_counter()
    series = build_series(target, out_dir / "model", demo_settings(epochs, pretrain_steps), log=log)
    t1 = time.perf_counter()
    keep = set(evaluated_epochs(len(series.adapters)))
    adapters = [a for n, a in enumerate(series.adapters, start=1) if n in keep]
    drift = run_drift(target, adapters, out_dir / "eval", options=options or RunOptions(), include_base=True,
                      baselines=baselines, progress=progress, log=log)
    t2 = time.perf_counter()
    return DemoResult(series, drift, out_dir, {"build": t1 - t0, "evaluate": t2 - t1, **drift.seconds})
