"""What evalkit says about an item or a run, in one place: the first reason an item fails, the
one-line summary of a run, and which failing items a reader should see first.

The terminal, the pytest plugin, golden baselines, gates and the reports all call these, so they
never disagree. Items are read by attribute; this module imports no result class.
"""
from __future__ import annotations

from typing import Any, Iterable

from .metrics import SUMMARY_RATES, fmt, summary_value

MEMORIZED = "repeats the reference verbatim (memorized)"


def clip(text: str, limit: int = 60) -> str:
    """One readable line of at most about `limit` characters: a degenerate model can emit a
    500-character "atom" (H100100100...). Both ends are kept, and how much was cut is said."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    keep = max(limit - 24, 8)
    return f"{text[:keep - keep // 4]}…[{len(text) - keep} chars]…{text[-(keep // 4):]}"


def specific_reason(item: Any) -> str:
    """The most specific thing wrong with the answer, in one line: its first unsupported atom,
    a substituted or contradicted one (with the value it conflicts with) before a merely absent
    one, else its first reason line ("" when there is none)."""
    findings = [f for claim in item.claims for f in claim.unsupported]
    if findings:
        rank = {"substituted": 0, "contradicted": 1}
        f = min(findings, key=lambda f: rank.get(f.reason, 2))  # min keeps the earliest of a rank
        conflict = f" ≠ {clip(f.conflicts_with)}" if f.conflicts_with else ""
        return f"{f.reason} {f.kind} '{clip(f.text)}'{conflict}"
    return item.reasons[0] if item.reasons else ""


def first_reason(item: Any) -> str:
    """Why an item fails (or, when it passes but repeats the reference, that it is memorized), in
    one line; "" for a clean pass. Never empty for a failing item."""
    if item.passed and not item.memorized:
        return ""
    if reason := specific_reason(item):
        return reason
    if item.passed:
        return MEMORIZED
    if not item.answerable:
        return "did not abstain on an unanswerable question"
    return "abstained" if item.abstained else ("not attributed" if not item.attributed else "failed")


def failure_kind(item: Any) -> str:
    """One word for a failing item's kind, as the terminal lists the worst ones."""
    if item.hallucinated:
        return "hallucinated"
    if item.answerable:
        if item.abstained:
            return "abstained"
        if item.correct is False:
            return "not correct"   # the key fact missing: no abstention, whatever the citation
        return "not attributed" if not item.attributed else "failed"
    return "no abstention"


def severity(item: Any | None) -> float:
    """Higher is worse: hallucination (more unsupported atoms, worse), then missing attribution,
    then other failures, then memorization; 0 for a clean pass or a missing item."""
    if item is None:
        return 0.0
    atoms = sum(len(c.unsupported) for c in item.claims)
    if item.hallucinated:
        return 3 + min(atoms, 9) / 10
    if not item.passed:
        return 2 if item.answerable and item.attributed is False else 1
    return 0.5 if item.memorized else 0.0


def worst_items(items: Iterable[Any], n: int | None = None, *, memorized: bool = False) -> list[Any]:
    """The items a reviewer should read first: failing ones (and memorized passes, with
    `memorized`), worst first; among equals, the answer furthest from the reference first."""
    bad = [i for i in items if not i.passed or (memorized and i.memorized)]
    bad.sort(key=lambda i: (-severity(i), i.scores.get("rougeL", 1.0)))
    return bad if n is None else bad[:n]


def summary_line(summary: Any) -> str:
    """A run in one line: item counts, every Summary rate, ROUGE-L when scored."""
    s = summary
    rates = " · ".join(f"{_long(m.name, m.label)} {fmt(summary_value(s, m))}" for m in SUMMARY_RATES)
    rouge = s.mean_scores.get("rougeL")
    return (f"{s.items} items ({s.answerable} answerable, {s.unanswerable} unanswerable) · {rates}"
            + (f" · ROUGE-L {rouge:.2f}" if rouge is not None else ""))


def _long(name: str, label: str) -> str:
    return "abstention on unanswerable" if name == "abstention_rate" else label
