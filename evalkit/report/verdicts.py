"""What an item's result means for a reader: verdict tags, the first reason, a severity to sort by.

Shared by every renderer so HTML, Markdown and JUnit never disagree.
"""
from __future__ import annotations

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


def first_reason(item: ItemResult) -> str:
    """The most specific reason: an unsupported atom with its conflict, else the first reason line."""
    if reason := item.first_reason():
        return reason
    if item.memorized:
        return "repeats the reference verbatim (memorized)"
    return ""


def severity(item: ItemResult | None) -> float:
    """Higher is worse: hallucination, then missing attribution, then other failures, then memorization."""
    if item is None:
        return 0.0
    atoms = sum(len(c.unsupported) for c in item.claims)
    if item.hallucinated:
        return 3 + min(atoms, 9) / 10
    if not item.passed:
        return 2 if item.answerable and item.attributed is False else 1
    return 0.5 if item.memorized else 0.0


def pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


# Summary columns every renderer shows: (header, getter, higher_is_better)
SUMMARY_COLUMNS = [
    ("pass", lambda s: s.pass_rate, True),
    ("hallucination", lambda s: s.hallucination_rate, False),
    ("attribution", lambda s: s.attribution_rate, True),
    ("abstention (unanswerable)", lambda s: s.abstention_rate, True),
    ("false abstention", lambda s: s.false_abstention_rate, False),
    ("memorized", lambda s: s.memorization_rate, False),
]


def rouge(summary: Summary) -> float | None:
    return summary.mean_scores.get("rougeL")
