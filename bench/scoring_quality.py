"""Scorer quality on the hand-labelled replays of golden/gpu-supply/replays/.

Prints confusion matrices for `hallucinated`, `attributed` and `abstained` against labels.jsonl,
the targets of the scorers issue (wrong facts caught >= 95%, correct answers flagged <= 5%,
citation errors caught >= 95%), and every disagreement so a miss can be read, not guessed at.

    python bench/scoring_quality.py [--no-embeddings] [--json OUT] [--judge NAME [--judge-config RUN_CONFIG]]

With `--judge`, the named judge scorer (e.g. `llm-judge`, `nli-judge`, set up in the run
config's `scoring.plugins.<NAME>`) also judges the same answers, deciding on its own, and its
agreement with the labels and with the built-in verdicts is printed (counts and Cohen's kappa).
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
    ap.add_argument("--judge", metavar="NAME", help="also run this judge scorer and report its agreement")
    ap.add_argument("--judge-config", type=Path, metavar="RUN_CONFIG", help="run config with scoring.plugins.NAME")
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
    if args.judge:
        return judge_agreement(args, target, context, by_file)
    return 0


# --- a judge's agreement (--judge) ---------------------------------------------------------------

def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two raters' yes/no: (observed - chance agreement) / (1 - chance)."""
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    yes_a, yes_b = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    chance = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def agreement_line(name: str, pairs: list[tuple[bool, bool]], other: str) -> dict:
    both_yes = sum(a and b for a, b in pairs)
    both_no = sum(not a and not b for a, b in pairs)
    other_only = sum(a and not b for a, b in pairs)
    judge_only = sum(b and not a for a, b in pairs)
    k = kappa(pairs)
    n = len(pairs)
    agree = (both_yes + both_no) / n if n else float("nan")
    print(f"  {name:<34} {n:>4} {agree:>7.1%} {both_yes:>9} {both_no:>8} {other_only:>11} {judge_only:>11} {k:>7.3f}")
    return {"n": n, "agreement": agree, "both_yes": both_yes, "both_no": both_no,
            f"{other}_only": other_only, "judge_only": judge_only, "kappa": k}


def judge_agreement(args, target, context, by_file) -> int:
    """Run judge `args.judge` alone (decide on) over the labelled answers; print its agreement with
    the labels and with the built-in verdicts, and what the combined verdict (OR) would score."""
    import dataclasses
    import inspect

    from evalkit.cli.app import print_problems
    from evalkit.errors import InputError
    from evalkit.scoring.registry import build_scorer, get_scorer

    name = args.judge
    try:
        judge_target = load_target(args.judge_config) if args.judge_config else target
        scoring = judge_target.config.scoring
        factory = get_scorer(name, judge_target.config.file)
        own = dict(scoring.plugins.get(name, {}))
        if "decide" in inspect.signature(factory).parameters:
            own["decide"] = True  # the judge's own verdicts are what is compared
        scoring = scoring.model_copy(update={"plugins": {**scoring.plugins, name: own}})
        judge = build_scorer(name, scoring, judge_target.config.file)
        judge_context = dataclasses.replace(context, config_file=judge_target.config.file, scorer_fns={})
        rows = []  # (label, built-in ItemResult, judge ScoreResult)
        t0 = time.perf_counter()
        for file, labs in sorted(by_file.items()):
            outputs, _ = load_outputs(REPLAYS / file, target.suite)
            pairs = [(target.suite.item(l["id"]), outputs[l["id"]]) for l in labs]
            builtin = score_items(context, pairs)
            judged = judge([judge_context.case(item, output) for item, output in pairs], judge_context)
            rows.extend(zip(labs, builtin, judged))
        elapsed = time.perf_counter() - t0
    except InputError as exc:
        print_problems(exc.problems, "errors")
        return 2

    print(f"\njudge '{name}' on {len(rows)} labelled answers in {elapsed:.1f}s "
          f"(its own verdicts: decide on, combined with nothing)")
    print(f"  {'':<34} {'n':>4} {'agree':>7} {'both yes':>9} {'both no':>8} {'other only':>11} "
          f"{'judge only':>11} {'kappa':>7}")
    out: dict = {}
    for field in ("hallucinated", "correct"):
        given = [(lab, r, j) for lab, r, j in rows if getattr(j, field) is not None]
        if not given:
            print(f"  {field}: the judge gave no verdict")
            continue
        skipped = len(rows) - len(given)
        labelled = [(bool(lab[field]), bool(getattr(j, field))) for lab, r, j in given if lab.get(field) is not None]
        if labelled:
            out[f"{field} vs labels"] = agreement_line(f"{field} vs labels", labelled, "label")
        if hasattr(given[0][1], field):  # ItemResult carries the built-in verdict
            out[f"{field} vs built-in"] = agreement_line(
                f"{field} vs built-in", [(bool(getattr(r, field)), bool(getattr(j, field))) for _, r, j in given],
                "built-in")
        if not labelled and not hasattr(given[0][1], field):
            yes = sum(bool(getattr(j, field)) for _, _, j in given)
            print(f"  {field}: nothing to compare with (no labels, no built-in verdict); "
                  f"the judge said yes on {yes} of {len(given)}")
            out[field] = {"n": len(given), "judge_yes": yes}
        if skipped:
            print(f"  {field}: no verdict from the judge on {skipped} answers (abstentions, unanswerable "
                  "items, unreadable replies), left out above")
    combined = [(bool(lab["hallucinated"]), bool(r.hallucinated) or bool(j.hallucinated))
                for lab, r, j in rows if lab.get("hallucinated") is not None]
    c = confusion(combined)
    recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
    fpr = c["fp"] / (c["fp"] + c["tn"]) if c["fp"] + c["tn"] else float("nan")
    print(f"\n  built-in OR judge (decide: true): wrong-fact answers caught {recall:.1%}, "
          f"correct answers flagged {fpr:.1%}")
    out["combined hallucinated"] = {"recall": recall, "fpr": fpr, **c}
    if args.json and args.json.is_file():
        data = json.loads(args.json.read_text())
        data["judge"] = {"name": name, **out}
        args.json.write_text(json.dumps(data, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
