"""Overfitting drift across a series of checkpoints: trends, verdicts and the numbers behind them.

The seed case: early epochs invent facts; late epochs repeat the references word for word, which
looks perfect on the training questions and says nothing about learning. Drift separates the two
with the held-out items and the paraphrased training questions, and watches general ability
through lm-eval baselines. Every verdict carries the numbers it rests on.

Rules (documented in the README, thresholds in the run config's `drift` section):
- memorization starts at the first checkpoint whose verbatim rate on training questions reaches
  `verbatim` while the ROUGE-L gap between training questions and held-out or paraphrased ones
  reaches `gap` (without held-out or paraphrase data, the verbatim rate alone decides);
- forgetting: a baseline score falls more than `forgetting_drop` below its value at the first
  point of the series (the base model when it was evaluated);
- regressions: items that passed at one checkpoint and fail at the next, by id;
- best checkpoint: among the fine-tuned checkpoints (not the untuned base) before memorization
  starts and without forgetting (all fine-tuned ones when none qualifies), the highest pass rate
  (grounded, attributed answers; abstentions where the documents hold no answer); ties go to the
  lower hallucination rate, then the higher held-out pass rate, then the earlier checkpoint.
  Lowest hallucination alone is no rule: an answer with nothing checkable in it cannot hallucinate,
  and the untuned base model scored 0% hallucination in the demo by saying nothing at all.
"""
from __future__ import annotations

from pydantic import BaseModel, Field

from .series import natural_key
from ..config import DriftRules
from ..results.metrics import drift_values
from ..results.model import ItemResult, RunResult
from ..suite import is_paraphrase_id


class DriftPoint(BaseModel):
    label: str
    is_base: bool = False   # the untuned base model: a reference point, never the best checkpoint
    epoch: float | None = None
    step: int | None = None
    metrics: dict[str, float | None]
    baselines: dict[str, float] = Field(default_factory=dict)
    passed: list[str] = Field(default_factory=list)   # ids of original items that passed
    failed: list[str] = Field(default_factory=list)


class Verdict(BaseModel):
    kind: str            # best | memorization | forgetting | regression | note
    checkpoint: str | None
    message: str
    evidence: dict[str, float | int | str | None] = Field(default_factory=dict)


class Regression(BaseModel):
    before: str
    after: str
    items: list[str]


class DriftReport(BaseModel):
    suite: str
    points: list[DriftPoint]
    rules: DriftRules
    best: str | None = None
    memorization_starts: str | None = None
    forgetting: list[Verdict] = Field(default_factory=list)
    regressions: list[Regression] = Field(default_factory=list)
    verdicts: list[Verdict] = Field(default_factory=list)


def is_paraphrase(item: ItemResult) -> bool:
    return is_paraphrase_id(item.id)


def point_metrics(result: RunResult) -> dict[str, float | None]:
    """The per-checkpoint numbers of the drift table (defined in the metric catalogue)."""
    return drift_values(result.items)


def make_point(result: RunResult, *, epoch: float | None = None, step: int | None = None,
               baselines: dict[str, float] | None = None, is_base: bool = False) -> DriftPoint:
    originals = [i for i in result.items if not is_paraphrase(i)]
    return DriftPoint(
        label=result.label, epoch=epoch, step=step, is_base=is_base, metrics=point_metrics(result),
        baselines=baselines or {},
        passed=[i.id for i in originals if i.passed], failed=[i.id for i in originals if not i.passed],
    )


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def analyze(suite: str, points: list[DriftPoint], rules: DriftRules | None = None) -> DriftReport:
    """Verdicts over an ordered series of checkpoints."""
    rules = rules or DriftRules()
    report = DriftReport(suite=suite, points=points, rules=rules)
    if not points:
        return report

    # memorization
    for p in points:
        verbatim, gap = p.metrics.get("verbatim_rate"), p.metrics.get("generalization_gap")
        if verbatim is None or verbatim < rules.verbatim:
            continue
        if gap is not None and gap < rules.gap:
            continue
        report.memorization_starts = p.label
        why = (f"verbatim rate on training questions {_fmt(verbatim)} ≥ {rules.verbatim:.2f}"
               + (f", while ROUGE-L on training questions exceeds held-out/paraphrased ones by {_fmt(gap)} "
                  f"(≥ {rules.gap:.2f})" if gap is not None else " (no held-out or paraphrase data to compare)"))
        report.verdicts.append(Verdict(kind="memorization", checkpoint=p.label,
                                       message=f"memorization starts at {p.label}: {why}",
                                       evidence={"verbatim_rate": verbatim, "generalization_gap": gap,
                                                 "rougeL_train": p.metrics.get("rougeL_train"),
                                                 "rougeL_heldout": p.metrics.get("rougeL_heldout"),
                                                 "rougeL_paraphrase": p.metrics.get("rougeL_paraphrase")}))
        break

    # forgetting, per baseline metric, against the first point that has it
    forgetting_at: dict[str, str] = {}
    names = sorted({k for p in points for k in p.baselines})
    for name in names:
        series = [(p, p.baselines[name]) for p in points if name in p.baselines]
        if len(series) < 2:
            continue
        first_point, reference = series[0]
        for p, value in series[1:]:
            if value < reference - rules.forgetting_drop:
                forgetting_at.setdefault(p.label, name)
                v = Verdict(kind="forgetting", checkpoint=p.label,
                            message=f"forgetting at {p.label}: {name} {reference:.3f} at {first_point.label} → "
                                    f"{value:.3f} ({value - reference:+.3f}, beyond −{rules.forgetting_drop:.2f})",
                            evidence={"baseline": name, "reference": reference, "value": value})
                report.forgetting.append(v)
                report.verdicts.append(v)
                break

    # regressions between consecutive checkpoints
    for before, after in zip(points, points[1:]):
        lost = sorted(set(before.passed) & set(after.failed), key=natural_key)
        if lost:
            report.regressions.append(Regression(before=before.label, after=after.label, items=lost))
            report.verdicts.append(Verdict(
                kind="regression", checkpoint=after.label,
                message=f"{len(lost)} item(s) passed at {before.label} and fail at {after.label}: {', '.join(lost)}",
                evidence={"count": len(lost)}))

    # best checkpoint
    mem_index = next((i for i, p in enumerate(points) if p.label == report.memorization_starts), len(points))
    tuned = [p for p in points if not p.is_base] or points
    candidates = [p for p in tuned if points.index(p) < mem_index and p.label not in forgetting_at]
    pool_note = "checkpoints before memorization starts and without forgetting"
    if not candidates:
        candidates = tuned
        pool_note = "all fine-tuned checkpoints (none is free of memorization and forgetting)"
    if candidates:
        order = {p.label: i for i, p in enumerate(points)}
        best = min(candidates, key=lambda p: (
            -(p.metrics.get("pass_rate") or 0.0),
            p.metrics.get("hallucination_rate") if p.metrics.get("hallucination_rate") is not None else 1.0,
            -(p.metrics.get("pass_heldout") or 0.0),
            order[p.label],
        ))
        report.best = best.label
        last = points[-1]
        extra = ""
        if best.label != last.label:
            extra = (f"; the last checkpoint {last.label} has hallucination {_fmt(last.metrics.get('hallucination_rate'))}"
                     f" and verbatim rate {_fmt(last.metrics.get('verbatim_rate'))}")
        report.verdicts.insert(0, Verdict(
            kind="best", checkpoint=best.label,
            message=(f"best checkpoint: {best.label}: highest pass rate {_fmt(best.metrics.get('pass_rate'))} among "
                     f"{pool_note} (hallucination {_fmt(best.metrics.get('hallucination_rate'))}, held-out pass "
                     f"{_fmt(best.metrics.get('pass_heldout'))}, attribution {_fmt(best.metrics.get('attribution_rate'))}, "
                     f"verbatim {_fmt(best.metrics.get('verbatim_rate'))})" + extra),
            evidence={k: best.metrics.get(k) for k in ("pass_rate", "hallucination_rate", "pass_heldout",
                                                       "attribution_rate", "verbatim_rate")}))
    return report
