"""Scoring throughput: the full scorer set on >= 1,000 answers, with and without embeddings.

Replicates the labelled replays of golden/gpu-supply to N answers, scores them in one call as
`evalkit score` does, and reports items/s after the model is loaded and the load time apart
(with the imports and the evidence index, warmed on a few answers). Each replica starts with a
different neutral phrase, so no per-text cache makes the repeats free and no fact is added.

    python bench/scoring_speed.py [--n 1200]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evalkit import load_target  # noqa: E402
from evalkit.scoring import build_context, score_items  # noqa: E402

SUITE = ROOT / "golden" / "gpu-supply" / "suite.yaml"
REPLAYS = SUITE.parent / "replays"


def answers(target, n: int):
    base = []
    for file in sorted(REPLAYS.glob("*.jsonl")):
        if file.name == "labels.jsonl":
            continue
        for line in file.read_text().splitlines():
            rec = json.loads(line)
            base.append((target.suite.item(rec["id"]), rec["output"]))
    openers = ["", "Briefly, ", "In short, ", "Overall, ", "Put simply, ", "To summarise, ", "Well, ", "So, "]
    out = []
    i = 0
    while len(out) < n:
        item, text = base[i % len(base)]
        replica = i // len(base)
        opener = openers[replica % len(openers)] + ("as noted, " * (replica // len(openers)))
        out.append((item, opener + text[:1].lower() + text[1:] if opener else text))
        i += 1
    return out


def run(target, pairs, embeddings: bool) -> tuple[float, float, float]:
    cfg = target.config.model_copy(update={"scoring": target.config.scoring.model_copy(update={"embeddings": embeddings})})
    t = target.model_copy(update={"config": cfg})
    t0 = time.perf_counter()
    ctx = build_context(t)
    if embeddings:
        ctx.embedder.encode(["warm-up"])  # the model load, timed apart
    score_items(ctx, [(item, "Warm-up answer.") for item, _ in pairs[:5]])  # imports
    load = time.perf_counter() - t0
    t1 = time.perf_counter()
    ctx.warm()  # evidence of every item; evidence sentences embedded once per suite
    index = time.perf_counter() - t1
    t2 = time.perf_counter()
    score_items(ctx, pairs)
    return load, index, time.perf_counter() - t2


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1200)
    args = ap.parse_args()
    target = load_target(SUITE)
    pairs = answers(target, args.n)
    print(f"{len(pairs)} answers, full scorer set ({', '.join(target.config.scoring.scorers)})")
    print(f"{'embeddings':<12}{'load s':>8}{'index s':>9}{'score s':>9}{'items/s':>9}")
    for emb in (False, True):
        load, index, secs = run(target, pairs, emb)
        print(f"{'on' if emb else 'off':<12}{load:>8.2f}{index:>9.2f}{secs:>9.2f}{len(pairs) / secs:>9.0f}")
    print("target: >= 200 items/s with embeddings after the model is loaded")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
