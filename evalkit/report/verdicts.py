"""What an item's result means for a reader: verdict tags, a headline word, its colour; the
summary columns. The first reason and the worst-first order are `results.wording`'s.

Shared by every renderer so HTML, Markdown and JUnit never disagree.
"""
from __future__ import annotations

from ..results.metrics import SUMMARY_RATES, Metric, fmt, summary_value
from ..results.model import ItemResult, Summary

# the tags the HTML filter offers, in the order it offers them
VERDICTS = ("pass", "fail", "hallucinated", "unattributed", "memorized", "abstained", "missing")


def verdict_tags(item: ItemResult | None) -> list[str]:
    """`pass`/`fail` first, then every flag that applies; `missing` when the checkpoint has no output."""
    if item is None:
        return ["missing"]
    tags = ["pass" if item.passed else "fail"]
    if item.hallucinated:
        tags.append("hallucinated")
    if item.answerable and item.attributed is False:
        tags.append("unattributed")
    if item.memorized:
        tags.append("memorized")
    if item.abstained:
        tags.append("abstained")
    return tags


def headline(item: ItemResult | None) -> str:
    """One word for a badge: why it failed, or pass (memorized is a warning on a pass)."""
    if item is None:
        return "no output"
    if item.passed:
        return "memorized" if item.memorized else "pass"
    if item.hallucinated:
        return "hallucinated"
    if not item.answerable:
        return "should abstain" if not item.abstained else "fail"
    if item.abstained:
        return "declined"
    if item.attributed is False:
        return "unattributed"
    return "fail"


def css_class(word: str) -> str:
    """The colour family of a headline word."""
    return {"pass": "pass", "memorized": "memorized", "hallucinated": "hallucinated",
            "no output": "missing"}.get(word, "fail")


def pct(value: float | None) -> str:
    return fmt(value, "pct")


def num(value: float | None) -> str:
    return fmt(value, "num")


# the Summary columns every renderer shows, in order: the metric catalogue's Summary rates
SUMMARY_COLUMNS: tuple[Metric, ...] = SUMMARY_RATES


def counts(items) -> dict[str, int]:
    """Original and paraphrased items, and how many of each passed: every renderer counts these,
    the same way (the Summary's rates are over the originals only)."""
    from ..suite import is_paraphrase_id

    orig = [i for i in items if not is_paraphrase_id(i.id)]
    para = [i for i in items if is_paraphrase_id(i.id)]
    return {"items": len(orig), "passed": sum(i.passed for i in orig),
            "paraphrases": len(para), "paraphrases_passed": sum(i.passed for i in para)}


def rate(summary: Summary, m: Metric) -> str:
    """A Summary column's cell: '–' where the run covered no item the metric is defined on."""
    return m.show(summary_value(summary, m))


def items_phrase(originals: int, paraphrases: int) -> str:
    """"79 items + 47 paraphrased": originals and paraphrased questions labelled apart."""
    text = f"{originals} item{'s' * (originals != 1)}"
    return text + (f" + {paraphrases} paraphrased" if paraphrases else "")


def rouge(summary: Summary) -> float | None:
    return summary.mean_scores.get("rougeL")
