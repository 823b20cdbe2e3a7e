"""`evalkit drift` wall time over the demo's checkpoints: a first run, then a re-run with one
checkpoint added, side by side in one process. The re-run should cost about one checkpoint's
share of the first run (generation cache, stored results and cached baselines do the rest).

    python bench/drift.py [--epochs 8] [--no-baselines]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evalkit.demo.pipeline import demo_settings, demo_target, evaluated_epochs  # noqa: E402
from evalkit.demo.series import build_series  # noqa: E402
from evalkit.drift.run import run_drift  # noqa: E402
from evalkit.generate.cache import GenerationCache  # noqa: E402
from evalkit.run.runner import RunOptions  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--models", type=Path, default=ROOT / "runs" / "demo" / "model",
                    help="where the demo's model series is (built there if missing)")
    args = ap.parse_args()

    target = demo_target()
    series = build_series(target, args.models, demo_settings(args.epochs), log=print)
    keep = set(evaluated_epochs(len(series.adapters)))
    adapters = [a for n, a in enumerate(series.adapters, start=1) if n in keep]
    with tempfile.TemporaryDirectory() as tmp:
        options = RunOptions(cache=GenerationCache(Path(tmp) / "cache"))
        import os

        os.environ["EVALKIT_CACHE_DIR"] = str(Path(tmp) / "cache")  # baselines cache too
        baselines = not args.no_baselines
        t0 = time.perf_counter()
        first = run_drift(target, adapters[:-1], Path(tmp) / "drift", options=options, baselines=baselines)
        t1 = time.perf_counter()
        second = run_drift(target, adapters, Path(tmp) / "drift", options=options, baselines=baselines)
        t2 = time.perf_counter()
    n = len(first.report.points)
    share = (t1 - t0) / n
    print(f"\n{'run':<34}{'checkpoints':>12}{'wall s':>9}")
    print(f"{'first run':<34}{n:>12}{t1 - t0:>9.1f}")
    print(f"{'re-run, one checkpoint added':<34}{len(second.report.points):>12}{t2 - t1:>9.1f}")
    print(f"one checkpoint's share of the first run: {share:.1f}s; the re-run cost {(t2 - t1) / share:.2f} shares "
          f"(reused {len(second.reused)} of {len(second.report.points)} checkpoints)")
    print("parts of the first run: " + ", ".join(f"{k} {v:.1f}s" for k, v in first.seconds.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
