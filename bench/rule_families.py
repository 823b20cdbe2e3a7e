"""Which rule families decide the verdicts on labelled answers: per family, how often it fails a
wrong answer (W) and a right one (R), and how often it is the only reason the answer fails (W1,
R1: what demoting that family to a report that does not fail would gain and lose).

A family is what one finding says: `h:<reason>:<kind>` for a hallucination finding ("h:contradicted:
polarity", "h:absent:quantity"), `c:<why>` for a correctness failure (its reason's words before any
quoted value), `abstained` for a refusal on an answerable item. Measure it on the set the rules were
least tuned to (the newest set that has turned dev), where a family's precision is what it will be
on a user's documents.

    python bench/rule_families.py [--rounds "round 10"] [--half dev]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality_sets as qs  # noqa: E402

_FINDING_REASONS = ("absent", "contradicted", "misbound", "substituted", "no citation", "cites")


def families(result) -> set[str]:
    """The families that make this result fail."""
    found = {f"h:{f.reason}:{f.kind}" for c in result.claims for f in c.unsupported}
    if result.correct is False:
        why = next((r for r in result.reasons if not r.startswith(_FINDING_REASONS)), "")
        words = [w for w in re.split(r"['\"‘’“]", why)[0].split() if w[:1].islower()]
        found.add("c:" + " ".join(words[:4]))
    if result.abstained and result.answerable:
        found.add("abstained")
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", default="round 10")
    ap.add_argument("--half", choices=["dev", "held", "all"], default="dev")
    args = ap.parse_args()
    counts: dict[str, Counter] = defaultdict(Counter)
    for round_name in args.rounds.split(","):
        for name in qs.ROUNDS[round_name.strip()]:
            folder = qs.QUALITY / "sets" / name
            answers = [a for a in qs._lines(folder / "answers.jsonl") if args.half == "all" or a["half"] == args.half]
            for a, r in zip(answers, qs._score(folder / "suite.yaml", answers, True)):
                side = "R" if a["label"]["verdict"] == "right" else "W"
                found = families(r)
                for f in found:
                    counts[f][side] += 1
                    if len(found) == 1 and not r.passed:
                        counts[f][side + "1"] += 1
    print(f"{'family':<52}{'W':>5}{'R':>5}{'W1':>5}{'R1':>5}")
    for f, c in sorted(counts.items(), key=lambda kv: -(kv[1]["W"] + kv[1]["R"])):
        print(f"{f[:52]:<52}{c['W']:>5}{c['R']:>5}{c['W1']:>5}{c['R1']:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
