"""Scoring throughput: the full scorer set on >= 1,000 answers, with and without embeddings.

Replicates the labelled replays of golden/gpu-supply to N answers, scores them in one call as
`evalkit score` does, and reports items/s after the model is loaded and the load time apart
(with the imports and the evidence index, warmed on a few answers). Each replica starts with a
different neutral phrase, so no per-text cache makes the repeats free and no fact is added.

    python bench/scoring_speed.py [--n 1000,10000] [--quick]

Also: the per-suite index build time (evidence of every item, evidence sentences embedded) for
each suite in the repository, and the time per output as outputs grow (1, 2, 4, 8 and 16 different
answers joined): the cost should grow linearly with the output's length; and the refusal
recogniser alone (`find_abstention`) on the labelled refusals and near-misses mixed with plain answers.
"""
from __future__ import annotations

import argparse
import json
import os
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


SUITES = [SUITE, *sorted((ROOT / "bench" / "quality" / "sets").glob("*/suite.yaml")),
          ROOT / "tests" / "data" / "mini-suite" / "suite.yaml"]


def index_times(embeddings: bool = True) -> list[tuple[str, int, float]]:
    """Per suite: items and the seconds of its index (context + warm), the embedding model loaded."""
    out = []
    for path in SUITES:
        target = load_target(path)
        cfg = target.config.model_copy(update={"scoring": target.config.scoring.model_copy(update={"embeddings": embeddings})})
        target = target.model_copy(update={"config": cfg})
        ctx = build_context(target)
        if embeddings:
            ctx.embedder.encode(["warm-up"])  # the model load, not the index
        t = time.perf_counter()
        ctx.warm()
        out.append((path.parent.name, len(target.suite.items), time.perf_counter() - t))
    return out


def growth(target, reps=(1, 2, 4, 8, 16), n: int = 120, embeddings: bool = True) -> list[tuple[int, int, float]]:
    """Seconds per output for outputs made of the same answers repeated `r` times."""
    cfg = target.config.model_copy(update={"scoring": target.config.scoring.model_copy(update={"embeddings": embeddings})})
    t = target.model_copy(update={"config": cfg})
    ctx = build_context(t)
    ctx.warm()
    base = answers(target, n)
    score_items(ctx, base[:3])
    rows = []
    for r in reps:
        # r different answers joined (distinct sentences: no per-sentence cache makes the repeats free)
        pairs = [(item, " ".join(base[(i + k * 7) % len(base)][1] for k in range(r)))
                 for i, (item, _) in enumerate(base)]
        runs = []
        for _ in range(2):  # the faster of two: the first also fills per-sentence caches
            t0 = time.perf_counter()
            score_items(ctx, [(item, f"Run {len(runs)}. " + text) for item, text in pairs])
            runs.append((time.perf_counter() - t0) / len(pairs))
        secs = min(runs)
        rows.append((r, sum(len(x.split()) for _, x in pairs) // len(pairs), secs))
    return rows


def refusal_rate(repeats: int = 3) -> tuple[int, float]:
    """Answers/s of `find_abstention` on a realistic mix: every labelled refusal and near-miss of
    bench/quality (the worst case: each clause is looked at) and as many answers of the gpu-supply
    replays (most without negation: turned away by the cheap word test); best of `repeats` runs."""
    from evalkit.scoring.abstention import find_abstention

    texts = [json.loads(line)["text"] for f in sorted((ROOT / "bench" / "quality").glob("refusals*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    mix = texts + [a for _, a in answers(load_target(SUITE), len(texts))]
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in mix:
            find_abstention(text)
        best = min(best, time.perf_counter() - start)
    return len(mix), len(mix) / best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", default="1000,10000", help="answer counts, comma-separated")
    ap.add_argument("--quick", action="store_true", help="1,000 answers only")
    args = ap.parse_args()
    target = load_target(SUITE)
    counts = [1000] if args.quick else [int(x) for x in args.n.split(",")]
    print(f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}; full scorer set "
          f"({', '.join(target.config.scoring.scorers)})")
    print(f"{'answers':>8} {'embeddings':<11}{'load s':>8}{'index s':>9}{'score s':>9}{'items/s':>9}")
    for n in counts:
        pairs = answers(target, n)
        for emb in (False, True):
            load, index, secs = run(target, pairs, emb)
            print(f"{n:>8} {'on' if emb else 'off':<11}{load:>8.2f}{index:>9.2f}{secs:>9.2f}{n / secs:>9.0f}", flush=True)
    print("target: >= 200 items/s with embeddings after the model is loaded")
    print(f"\nper-suite index (embeddings on, model loaded)\n{'suite':<16}{'items':>6}{'index s':>9}")
    for name, items, secs in index_times():
        print(f"{name:<16}{items:>6}{secs:>9.2f}")
    print(f"\noutput length (embeddings on, 120 outputs each)\n{'repeats':>7}{'words':>7}{'ms/output':>10}{'ms/100 words':>13}")
    rows = growth(target)
    for r, words, secs in rows:
        print(f"{r:>7}{words:>7}{1000 * secs:>10.2f}{100000 * secs / words:>13.2f}")
    (r0, w0, s0), (r1, w1, s1) = rows[0], rows[-1]
    print(f"time per output grew {s1 / s0:.1f}x for {w1 / w0:.1f}x the words (linear: the same factor)")
    n, rate = refusal_rate()
    print(f"\nrefusal recogniser alone: {rate:,.0f} answers/s ({n} answers: labelled refusals and near-misses, "
          "as many replay answers)")
    print(f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
