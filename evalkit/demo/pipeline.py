"""`evalkit demo`: a real tiny fine-tune, built offline, evaluated epoch by epoch.

Early epochs answer with invented facts; late epochs repeat the references verbatim. The per-epoch
table is the story a drift analysis should tell.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..config import Target, load_target
from ..errors import InputError, Problem
from ..runner import CheckpointRun, CheckpointSpec, ProgressHook, RunOptions, run_checkpoints
from .finetune import FinetuneSettings
from .series import Series, SeriesSettings, build_series
from .tinymodel import TinyModelSettings

GOLDEN = Path("golden") / "gpu-supply" / "suite.yaml"
# most references + citation fit in 96 tokens of this tokenizer; the longest (256) would make every
# rambling early epoch generate 3x longer
DEMO_MAX_NEW_TOKENS = 96


def demo_settings(epochs: int = 20, pretrain_steps: int = 600) -> SeriesSettings:
    return SeriesSettings(model=TinyModelSettings(pretrain_steps=pretrain_steps),
                          finetune=FinetuneSettings(epochs=epochs))


def find_golden_suite(path: str | Path | None = None) -> Path:
    """--suite, else golden/gpu-supply/suite.yaml under the working directory or the source tree."""
    if path:
        return Path(path)
    for root in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (root / GOLDEN).is_file():
            return root / GOLDEN
    raise InputError([Problem(GOLDEN, "golden suite not found; run from the evalkit checkout or pass --suite")])


def demo_target(suite: str | Path | None = None) -> Target:
    target = load_target(find_golden_suite(suite))
    config = target.config.model_copy(update={
        "generation": target.config.generation.model_copy(update={"max_new_tokens": DEMO_MAX_NEW_TOKENS})})
    return target.model_copy(update={"config": config})


@dataclass
class DemoResult:
    series: Series
    runs: list[CheckpointRun]
    out_dir: Path
    seconds: dict[str, float] = field(default_factory=dict)


def run_demo(out_dir: str | Path = "runs/demo", *, epochs: int = 20, pretrain_steps: int = 600,
             suite: str | Path | None = None, options: RunOptions | None = None,
             progress: ProgressHook | None = None, log=None, include_base: bool = True) -> DemoResult:
    out_dir = Path(out_dir)
    target = demo_target(suite)
    t0 = time.perf_counter()
    series = build_series(target, out_dir / "model", demo_settings(epochs, pretrain_steps), log=log)
    t1 = time.perf_counter()
    specs = ([CheckpointSpec(str(series.base), label="base")] if include_base else []) + [
        CheckpointSpec(str(a), label=a.name) for a in series.adapters]
    runs = run_checkpoints(target, specs, out_dir=out_dir / "eval", options=options or RunOptions(),
                           progress=progress)
    t2 = time.perf_counter()
    return DemoResult(series, runs, out_dir, {"build": t1 - t0, "evaluate": t2 - t1})


def summary_rows(result: DemoResult) -> list[dict]:
    """One row per checkpoint: training loss and the headline rates, split by train/held-out."""
    rows = []
    for run in result.runs:
        items = run.result.items
        train = [i for i in items if i.answerable and i.split == "train"]
        held = [i for i in items if i.answerable and i.split == "heldout"]
        verbatim = [i for i in train if _verbatim(i.output, i.reference)]
        s = run.result.summary
        rows.append({
            "checkpoint": run.outputs.label,
            "loss": result.series.losses.get(run.outputs.label),
            "hallucination": s.hallucination_rate,
            "attribution": s.attribution_rate,
            "memorization": s.memorization_rate,
            "verbatim_train": len(verbatim) / len(train) if train else None,
            "heldout_hallucination": (sum(i.hallucinated for i in held) / len(held)) if held else None,
            "pass": s.pass_rate,
            "example": items[0].output if items else "",
        })
    return rows


def with_epochs(settings: SeriesSettings, epochs: int) -> SeriesSettings:
    return replace(settings, finetune=replace(settings.finetune, epochs=epochs))


def _verbatim(output: str, reference: str | None) -> bool:
    """The reference word for word, or its start up to the token limit."""
    out, ref = output.strip(), (reference or "").strip()
    return bool(ref) and (out.startswith(ref) or (len(out) >= 40 and ref.startswith(out.rsplit(" ", 1)[0])))
