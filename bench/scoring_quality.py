"""Scorer quality on the hand-labelled replays of golden/gpu-supply/replays/.

Prints confusion matrices for `hallucinated`, `attributed` and `abstained` against labels.jsonl,
the targets of the scorers issue (wrong facts caught >= 95%, correct answers flagged <= 5%,
citation errors caught >= 95%), and every disagreement so a miss can be read, not guessed at.

    python bench/scoring_quality.py [--no-embeddings] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evalkit import load_target  # noqa: E402
from evalkit.outputs import load_outputs  # noqa: E402
from evalkit.scoring import build_context, score_items  # noqa: E402

SUITE = ROOT / "golden" / "gpu-supply" / "suite.yaml"
REPLAYS = SUITE.parent / "replays"


def confusion(pairs: list[tuple[bool, bool]]) -> dict[str, int]:
    c = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for truth, pred in pairs:
        c[("t" if truth == pred else "f") + ("p" if pred else "n")] += 1
    return c


def report(name: str, c: dict[str, int]) -> dict[str, float]:
    tp, fp, fn, tn = c["tp"], c["fp"], c["fn"], c["tn"]
    n = tp + fp + fn + tn
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    fpr = fp / (fp + tn) if fp + tn else float("nan")
    acc = (tp + tn) / n if n else float("nan")
    print(f"\n{name}  (n={n})")
    print(f"                 predicted yes   predicted no")
    print(f"  labelled yes   {tp:>13}   {fn:>12}")
    print(f"  labelled no    {fp:>13}   {tn:>12}")
    print(f"  precision {precision:.3f}  recall {recall:.3f}  false-positive rate {fpr:.3f}  accuracy {acc:.3f}")
    return {"precision": precision, "recall": recall, "fpr": fpr, "accuracy": acc, **c}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    target = load_target(SUITE)
    if args.no_embeddings:
        target = target.model_copy(update={"config": target.config.model_copy(
            update={"scoring": target.config.scoring.model_copy(update={"embeddings": False})})})
    context = build_context(target)
    labels = [json.loads(line) for line in (REPLAYS / "labels.jsonl").read_text().splitlines() if line.strip()]
    by_file: dict[str, list[dict]] = defaultdict(list)
    for lab in labels:
        by_file[lab["file"]].append(lab)

    pairs = {"hallucinated": [], "attributed": [], "abstained": []}
    misses = []
    t0 = time.perf_counter()
    for file, labs in sorted(by_file.items()):
        outputs, _ = load_outputs(REPLAYS / file, target.suite)
        results = {r.id: r for r in score_items(context, [(target.suite.item(l["id"]), outputs[l["id"]]) for l in labs])}
        for lab in labs:
            r = results[lab["id"]]
            for field in pairs:
                truth = lab.get(field)
                if truth is None:
                    continue
                pred = getattr(r, field)
                pairs[field].append((bool(truth), bool(pred)))
                if bool(truth) != bool(pred):
                    misses.append((field, file, lab["id"], truth, pred, r.reasons[:2], r.output[:160]))
    elapsed = time.perf_counter() - t0

    print(f"scored {len(labels)} labelled answers in {elapsed:.1f}s (embeddings {'off' if args.no_embeddings else 'on'})")
    summary = {field: report(field, confusion(p)) for field, p in pairs.items()}
    h, a = summary["hallucinated"], summary["attributed"]
    print("\ntargets")
    print(f"  wrong-fact answers caught   {h['recall']:.1%}  (target >= 95%)")
    print(f"  correct answers flagged     {h['fpr']:.1%}  (target <= 5%)")
    citation_errors_caught = a["tn"] / (a["tn"] + a["fp"]) if a["tn"] + a["fp"] else float("nan")
    print(f"  citation errors caught      {citation_errors_caught:.1%}  (target >= 95%)")
    print(f"\n{len(misses)} disagreements:")
    for field, file, item_id, truth, pred, reasons, output in misses:
        print(f"  {field:<12} {file:<22} {item_id:<4} labelled {truth!s:<5} predicted {pred!s:<5} {reasons}")
        print(f"      {output!r}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
