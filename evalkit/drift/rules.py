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
- transitions: between consecutive checkpoints, the items lost (passed, now fail) and gained, by
  id, with an exact McNemar p-value on those flips; a transition is a regression only when it is
  significant at `alpha` and more items were lost than gained (single items flip with noise);
- best checkpoint: among the fine-tuned checkpoints (not the untuned base) before memorization
  starts and without forgetting (all fine-tuned ones when none qualifies), the highest pass rate
  (grounded, attributed answers; abstentions where the documents hold no answer); ties go to the
  lower hallucination rate, then the higher held-out pass rate, then the earlier checkpoint.
  Lowest hallucination alone is no rule: an answer with nothing checkable in it cannot hallucinate,
  and the untuned base model scored 0% hallucination in the demo by saying nothing at all.

Uncertainty (`alpha`, `resamples`, `seed`): a paired bootstrap over items (every checkpoint on the
same resampled items) gives each candidate's probability of having the highest pass rate, and the
set whose pass rate is statistically indistinguishable from the best's; with `prefer: earliest`
the best is the earliest of that set. Memorization onset is re-decided on every resample (the
paraphrased questions travel with their original), giving the probability of each onset and its
1−alpha interval. All seeded: the same results give the same drift.json, byte for byte.
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, Field, PrivateAttr

from .series import natural_key
from ..config import DriftRules
from ..results.metrics import drift_values
from ..results.model import ItemResult, RunResult
from ..stats import best_of_many, mcnemar_exact, resample_counts
from ..suite import PARAPHRASE_MARK, is_paraphrase_id

DIGITS = 4   # probabilities in drift.json: enough to read, stable to compare


class DriftPoint(BaseModel):
    label: str
    path: str | None = None   # what was evaluated: relative to the folder of drift.json when inside it or beside it
    is_base: bool = False   # the untuned base model: a reference point, never the best checkpoint
    epoch: float | None = None
    step: int | None = None
    metrics: dict[str, float | None]
    baselines: dict[str, float] = Field(default_factory=dict)
    passed: list[str] = Field(default_factory=list)   # ids of original items that passed
    failed: list[str] = Field(default_factory=list)
    # the per-item results, for the memorization bootstrap; not written to drift.json
    _items: list = PrivateAttr(default_factory=list)


class Verdict(BaseModel):
    kind: str            # best | memorization | forgetting | regression | note
    checkpoint: str | None
    message: str
    evidence: dict[str, float | int | str | None] = Field(default_factory=dict)


class Transition(BaseModel):
    """From one checkpoint to the next: which original items were lost and gained, and whether the
    net change is more than noise (exact McNemar on the flips)."""

    before: str
    after: str
    items: list[str]                  # lost: passed at `before`, fail at `after`
    gained: list[str] = Field(default_factory=list)
    p_value: float | None = None      # None in drift.json files written before transitions had one
    significant: bool = True          # a regression: significant at alpha, more lost than gained

    @property
    def net(self) -> int:
        return len(self.gained) - len(self.items)


Regression = Transition   # the old name: drift.json's `regressions` keeps its shape


class BestUncertainty(BaseModel):
    """How sure the best checkpoint is: a paired bootstrap of the pass rate over items."""

    metric: str = "pass_rate"
    items: int                         # original items every candidate has
    resamples: int
    alpha: float
    prefer: str
    top: str                           # the best by the rule on the point estimates
    p_best: dict[str, float]           # candidate → probability of the highest pass rate
    indistinguishable: list[str]       # candidates not significantly below `top`, in series order


class OnsetUncertainty(BaseModel):
    """How sure the memorization onset is: the rule re-decided on each bootstrap resample."""

    items: int
    resamples: int
    alpha: float
    p_onset: dict[str, float]          # checkpoint → share of resamples where memorization starts there
    p_none: float                      # share where it never starts
    low: str | None                    # the 1−alpha interval of the onset (None: never starts)
    high: str | None


class DriftReport(BaseModel):
    suite: str
    points: list[DriftPoint]
    rules: DriftRules
    best: str | None = None
    best_path: str | None = None          # the best checkpoint's path (as the points give it)
    memorization_starts: str | None = None
    forgetting: list[Verdict] = Field(default_factory=list)
    regressions: list[Transition] = Field(default_factory=list)    # the significant transitions
    transitions: list[Transition] = Field(default_factory=list)    # every consecutive pair
    best_uncertainty: BestUncertainty | None = None
    memorization_uncertainty: OnsetUncertainty | None = None
    verdicts: list[Verdict] = Field(default_factory=list)


def is_paraphrase(item: ItemResult) -> bool:
    return is_paraphrase_id(item.id)


def point_metrics(result: RunResult) -> dict[str, float | None]:
    """The per-checkpoint numbers of the drift table (defined in the metric catalogue)."""
    return drift_values(result.items)


def make_point(result: RunResult, *, epoch: float | None = None, step: int | None = None,
               baselines: dict[str, float] | None = None, is_base: bool = False) -> DriftPoint:
    originals = [i for i in result.items if not is_paraphrase(i)]
    point = DriftPoint(
        label=result.label, epoch=epoch, step=step, is_base=is_base, metrics=point_metrics(result),
        baselines=baselines or {},
        passed=[i.id for i in originals if i.passed], failed=[i.id for i in originals if not i.passed],
    )
    point._items = list(result.items)
    return point


def span(labels: list[str], series: list[str]) -> str:
    """'epoch-12 to epoch-15' for consecutive checkpoints of the series, else a list."""
    if len(labels) <= 2:
        return " and ".join(labels)
    pos = [series.index(label) for label in labels]
    if pos == list(range(pos[0], pos[0] + len(pos))):
        return f"{labels[0]} to {labels[-1]}"
    return ", ".join(labels)


def _common_ids(points: list[DriftPoint]) -> list[str]:
    sets = [set(p.passed) | set(p.failed) for p in points]
    return sorted(set.intersection(*sets), key=natural_key) if sets else []


def best_uncertainty(points: list[DriftPoint], candidates: list[DriftPoint], top: DriftPoint,
                     rules: DriftRules) -> BestUncertainty | None:
    """The pass rate of every candidate on the same resampled items: P(best) and the set not
    significantly below `top`."""
    ids = _common_ids(candidates)
    if not ids or len(candidates) < 1:
        return None
    flags = np.array([[i in set(p.passed) for p in candidates] for i in ids], dtype=float)
    res = best_of_many(flags, alpha=rules.alpha, resamples=rules.resamples, seed=rules.seed,
                       best=candidates.index(top))
    series = [p.label for p in points]
    same = sorted((candidates[j].label for j in res.indistinguishable), key=series.index)
    return BestUncertainty(items=len(ids), resamples=res.resamples, alpha=rules.alpha, prefer=rules.prefer,
                           top=top.label, p_best={p.label: round(res.p_best[j], DIGITS) for j, p in enumerate(candidates)},
                           indistinguishable=same)


def _original(item_id: str) -> str:
    return item_id.split(PARAPHRASE_MARK, 1)[0]


def onset_uncertainty(points: list[DriftPoint], rules: DriftRules) -> OnsetUncertainty | None:
    """Memorization onset re-decided on each bootstrap resample of the original items (their
    paraphrases travel with them). Needs the per-item results (`make_point`)."""
    if not points or any(not p._items for p in points):
        return None
    ids = _common_ids(points)
    if not ids:
        return None
    index = {i: n for n, i in enumerate(ids)}
    n, k = len(ids), len(points)
    train = np.zeros(n)
    held = np.zeros(n)
    mem = np.zeros((n, k))
    rl = {g: (np.zeros((n, k)), np.zeros((n, k))) for g in ("train", "heldout", "paraphrase")}   # sums, counts
    for j, p in enumerate(points):
        for item in p._items:
            row = index.get(_original(item.id))
            if row is None or not item.answerable:
                continue
            if is_paraphrase_id(item.id):
                group = "paraphrase"
            else:
                group = "train" if item.split == "train" else "heldout" if item.split == "heldout" else None
                train[row] = item.split == "train"
                held[row] = item.split == "heldout"
                mem[row, j] = item.memorized
            if group and "rougeL" in item.scores:
                rl[group][0][row, j] += item.scores["rougeL"]
                rl[group][1][row, j] += 1
    w = resample_counts(n, resamples=rules.resamples, seed=rules.seed).astype(float)

    def mean(num: np.ndarray, den: np.ndarray) -> np.ndarray:
        top, bottom = w @ num, w @ den
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1), np.nan)

    verbatim = mean(mem * train[:, None], np.repeat(train[:, None], k, axis=1))
    r_train, r_held, r_para = (mean(*rl[g]) for g in ("train", "heldout", "paraphrase"))
    others = np.fmin(r_held, r_para)                    # the lower of the two; nan only when both are
    gap = r_train - others
    hit = (verbatim >= rules.verbatim - 1e-12) & (np.isnan(gap) | (gap >= rules.gap - 1e-12))
    hit &= ~np.isnan(verbatim)
    onset = np.where(hit.any(axis=1), hit.argmax(axis=1), k)   # k: never
    counts = np.bincount(onset, minlength=k + 1) / len(onset)
    tail = rules.alpha / 2
    low, high = (int(np.quantile(onset, q, method="inverted_cdf")) for q in (tail, 1 - tail))
    label = lambda j: points[j].label if j < k else None  # noqa: E731
    return OnsetUncertainty(items=n, resamples=int(w.shape[0]), alpha=rules.alpha,
                            p_onset={p.label: round(float(counts[j]), DIGITS) for j, p in enumerate(points)
                                     if counts[j] > 0},
                            p_none=round(float(counts[k]), DIGITS), low=label(low), high=label(high))


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _onset_interval(onset: OnsetUncertainty, series: list[str]) -> str:
    """'95% interval epoch-13 to epoch-17 (P here 0.55)' in words."""
    conf = f"{100 * (1 - onset.alpha):g}%"
    lo, hi = onset.low or "never", onset.high or "never"
    where = lo if lo == hi else f"{lo} to {hi}"
    top = max(onset.p_onset.items(), key=lambda kv: kv[1], default=None)
    likeliest = f"; likeliest {top[0]} (P {top[1]:.2f})" if top else ""
    return (f"onset {conf} interval {where} (paired bootstrap over {onset.items} items, "
            f"P(never) {onset.p_none:.2f}{likeliest})")


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

    onset = onset_uncertainty(points, rules)
    report.memorization_uncertainty = onset
    if onset is not None:
        interval = _onset_interval(onset, [p.label for p in points])
        for v in report.verdicts:
            if v.kind == "memorization":
                v.message += f"; {interval}"
                v.evidence.update({"p_onset": onset.p_onset.get(v.checkpoint or "", 0.0),
                                   "onset_low": onset.low, "onset_high": onset.high})
        if report.memorization_starts is None and onset.p_none < 1 - rules.alpha:
            report.verdicts.append(Verdict(kind="note", checkpoint=None,
                                           message=f"no memorization on these items, but {interval}",
                                           evidence={"p_none": onset.p_none}))

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

    # transitions between consecutive checkpoints: net flips, and a regression only when significant
    for before, after in zip(points, points[1:]):
        lost = sorted(set(before.passed) & set(after.failed), key=natural_key)
        gained = sorted(set(before.failed) & set(after.passed), key=natural_key)
        p_value = mcnemar_exact(len(lost), len(gained))
        significant = p_value < rules.alpha and len(lost) > len(gained)
        t = Transition(before=before.label, after=after.label, items=lost, gained=gained,
                       p_value=p_value, significant=significant)
        report.transitions.append(t)
        if significant:
            report.regressions.append(t)
            report.verdicts.append(Verdict(
                kind="regression", checkpoint=after.label,
                message=(f"{before.label} → {after.label}: {len(lost)} items lost, {len(gained)} gained "
                         f"(net {t.net:+d}), McNemar p={p_value:.3g} < {rules.alpha:g}: a regression"),
                evidence={"lost": len(lost), "gained": len(gained), "p_value": p_value}))

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
        top = min(candidates, key=lambda p: (
            -(p.metrics.get("pass_rate") or 0.0),
            p.metrics.get("hallucination_rate") if p.metrics.get("hallucination_rate") is not None else 1.0,
            -(p.metrics.get("pass_heldout") or 0.0),
            order[p.label],
        ))
        unc = best_uncertainty(points, candidates, top, rules)
        report.best_uncertainty = unc
        best = top
        if unc is not None and rules.prefer == "earliest":
            best = next(p for p in points if p.label == unc.indistinguishable[0])
        report.best = best.label
        last = points[-1]
        extra = ""
        if best.label != last.label:
            extra = (f"; the last checkpoint {last.label} has hallucination {_fmt(last.metrics.get('hallucination_rate'))}"
                     f" and verbatim rate {_fmt(last.metrics.get('verbatim_rate'))}")
        how = (f"highest pass rate {_fmt(best.metrics.get('pass_rate'))}" if best is top else
               f"the earliest checkpoint indistinguishable from {top.label} (pass rate {_fmt(top.metrics.get('pass_rate'))}), "
               f"pass rate {_fmt(best.metrics.get('pass_rate'))}")
        sure = ""
        if unc is not None:
            series = [p.label for p in points]
            same = unc.indistinguishable
            sure = (f"; {span(same, series)} {'are' if len(same) > 1 else 'is the only one'} "
                    f"{'indistinguishable' if len(same) > 1 else 'distinguishable from the rest'} at alpha {rules.alpha:g}"
                    f" (P(best) {unc.p_best.get(best.label, 0):.2f}, paired bootstrap over {unc.items} items)")
        report.verdicts.insert(0, Verdict(
            kind="best", checkpoint=best.label,
            message=(f"best checkpoint: {best.label}{sure}: {how} among "
                     f"{pool_note} (hallucination {_fmt(best.metrics.get('hallucination_rate'))}, held-out pass "
                     f"{_fmt(best.metrics.get('pass_heldout'))}, attribution {_fmt(best.metrics.get('attribution_rate'))}, "
                     f"verbatim {_fmt(best.metrics.get('verbatim_rate'))})" + extra),
            evidence={**{k: best.metrics.get(k) for k in ("pass_rate", "hallucination_rate", "pass_heldout",
                                                          "attribution_rate", "verbatim_rate")},
                      **({"p_best": unc.p_best.get(best.label), "indistinguishable": ", ".join(unc.indistinguishable)}
                         if unc is not None else {})}))
    return report
