"""The metric catalogue: every number evalkit reports about a run, defined once.

Each `Metric` says which items it covers, the per-item flag (a rate) or score (a mean) it is made
of, which direction is good, and how people see it. `summarize`, drift's per-checkpoint numbers,
the gate's paired comparisons and thresholds, config validation and every renderer's columns read
this table: adding a metric is one entry here.

Items are read by attribute (`passed`, `answerable`, `split`, `scores`, ...), so the same flags
work on an `ItemResult` and on a golden baseline's `BaselineItem`.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean
from typing import Any, Callable, Iterable, Literal, Sequence

from ..suite import is_paraphrase_id

Covers = Literal["all", "answerable", "unanswerable", "train", "heldout"]
Format = Literal["pct", "num"]

# which items a metric is defined on
COVERS: dict[str, Callable[[Any], bool]] = {
    "all": lambda i: True,
    "answerable": lambda i: i.answerable,
    "unanswerable": lambda i: not i.answerable,
    "train": lambda i: i.answerable and getattr(i, "split", "train") == "train",
    "heldout": lambda i: i.answerable and getattr(i, "split", "train") == "heldout",
}


@dataclass(frozen=True)
class Metric:
    name: str                       # the key in Summary, drift points, gates and configs
    label: str                      # a short column header for people
    covers: Covers
    higher_is_better: bool
    flag: Callable[[Any], bool] | None = None   # a rate: the share of covered items with the flag
    score: str | None = None                    # a mean: of this per-item score over covered items
    paraphrases: bool = False       # over the paraphrased questions ("q3~p1") instead of the originals
    summary: bool = False           # one of the run Summary's rates: gate-able, threshold-able

    @property
    def kind(self) -> Literal["rate", "mean"]:
        return "rate" if self.flag is not None else "mean"

    @property
    def fmt(self) -> Format:
        return "pct" if self.kind == "rate" else "num"

    def applies(self, item: Any) -> bool:
        """Whether the metric is defined on this item (ignoring the paraphrase split)."""
        return COVERS[self.covers](item)

    def items(self, items: Iterable[Any]) -> list[Any]:
        """The items the metric covers: originals or paraphrases by id, then `covers`."""
        return [i for i in items if is_paraphrase_id(i.id) == self.paraphrases and self.applies(i)]

    def value(self, items: Iterable[Any]) -> float | None:
        """The metric over `items` (None when it covers none of them)."""
        covered = self.items(items)
        if self.flag is not None:
            return sum(bool(self.flag(i)) for i in covered) / len(covered) if covered else None
        values = [i.scores[self.score] for i in covered if self.score in i.scores]
        return fmean(values) if values else None

    def good(self, flag: bool) -> bool:
        """Whether an item's flag pulls the rate the right way."""
        return flag == self.higher_is_better

    def show(self, value: float | None) -> str:
        return fmt(value, self.fmt)


def summary_value(summary: Any, m: Metric) -> float | None:
    """A Summary's rate as people should see it: None ('–') when the run covered no item the
    metric is defined on (a Summary stores 0.0 for the pass and hallucination rates of no items)."""
    value = getattr(summary, m.name, None)
    if m.paraphrases:
        return value if getattr(summary, "paraphrases", 0) else None
    covered = {"all": "items", "answerable": "answerable", "unanswerable": "unanswerable"}.get(m.covers)
    if covered is not None and getattr(summary, covered, 1) == 0:
        return None
    return value


def fmt(value: float | None, kind: Format = "pct") -> str:
    """How people see a number: '–' for none, '71%' for a rate, '0.42' for a mean."""
    if value is None:
        return "–"
    return f"{100 * value:.0f}%" if kind == "pct" else f"{value:.2f}"


def _passed(i: Any) -> bool:
    return i.passed


CATALOGUE: tuple[Metric, ...] = (
    # the run Summary's rates, in the order every table shows them
    Metric("pass_rate", "pass", "all", True, flag=_passed, summary=True),
    Metric("hallucination_rate", "hallucination", "all", False, flag=lambda i: i.hallucinated, summary=True),
    Metric("correct_rate", "correct", "answerable", True, flag=lambda i: getattr(i, "correct", None) is True,
           summary=True),
    Metric("attribution_rate", "attribution", "answerable", True, flag=lambda i: bool(i.attributed), summary=True),
    Metric("abstention_rate", "abstention (unanswerable)", "unanswerable", True, flag=lambda i: i.abstained,
           summary=True),
    Metric("false_abstention_rate", "false abstention", "answerable", False, flag=lambda i: i.abstained,
           summary=True),
    Metric("memorization_rate", "memorized", "answerable", False, flag=lambda i: i.memorized, summary=True),
    Metric("paraphrase_pass_rate", "pass (paraphrased)", "all", True, flag=_passed, paraphrases=True),
    # drift's per-checkpoint numbers
    Metric("rougeL", "ROUGE-L", "answerable", True, score="rougeL"),
    Metric("bertscore_f1", "BERTScore", "answerable", True, score="bertscore_f1"),
    Metric("verbatim_rate", "verbatim (train)", "train", False, flag=lambda i: i.memorized),
    Metric("pass_train", "pass train", "train", True, flag=_passed),
    Metric("pass_heldout", "pass held-out", "heldout", True, flag=_passed),
    Metric("pass_paraphrase", "pass paraphrased", "answerable", True, flag=_passed, paraphrases=True),
    Metric("rougeL_train", "ROUGE-L train", "train", True, score="rougeL"),
    Metric("rougeL_heldout", "ROUGE-L held-out", "heldout", True, score="rougeL"),
    Metric("rougeL_paraphrase", "ROUGE-L paraphrased", "answerable", True, score="rougeL", paraphrases=True),
)

METRICS: dict[str, Metric] = {m.name: m for m in CATALOGUE}
# the Summary's rates: what gates compare and thresholds bound (besides mean scores)
SUMMARY_RATES: tuple[Metric, ...] = tuple(m for m in CATALOGUE if m.summary)
RATE_NAMES: tuple[str, ...] = tuple(m.name for m in SUMMARY_RATES)
# drift's table: everything but the Summary-only paraphrase rate, plus the derived gap
DRIFT_METRICS: tuple[Metric, ...] = tuple(METRICS[n] for n in (
    "hallucination_rate", "correct_rate", "attribution_rate", "abstention_rate", "rougeL", "bertscore_f1", "verbatim_rate",
    "pass_rate", "pass_train", "pass_heldout", "pass_paraphrase", "rougeL_train", "rougeL_heldout",
    "rougeL_paraphrase"))
GAP = "generalization_gap"   # rougeL_train minus the lower of held-out / paraphrased ROUGE-L


def metric(name: str) -> Metric:
    return METRICS[name]


def generalization_gap(values: dict[str, float | None]) -> float | None:
    """How much better the training questions' ROUGE-L is than held-out or paraphrased ones."""
    train = values.get("rougeL_train")
    gaps = [train - other for other in (values.get("rougeL_heldout"), values.get("rougeL_paraphrase"))
            if train is not None and other is not None]
    return max(gaps) if gaps else None


def drift_values(items: Sequence[Any]) -> dict[str, float | None]:
    """Drift's per-checkpoint numbers over a run's items, the gap included."""
    values = {m.name: m.value(items) for m in DRIFT_METRICS}
    values[GAP] = generalization_gap(values)
    return values


def label(name: str) -> str:
    """The column header of a metric, or the name made readable when it is not catalogued."""
    m = METRICS.get(name)
    return m.label if m else name.replace("_", " ")


def show(name: str, value: float | None) -> str:
    """A value as people see it; uncatalogued names: rates by their name, else a plain number."""
    m = METRICS.get(name)
    if m is not None:
        return m.show(value)
    return fmt(value, "pct" if ("rate" in name or name.startswith("pass")) else "num")
