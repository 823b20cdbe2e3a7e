"""The per-item table of a run, shared by `score` and `run` (their one-line summary is
`results.wording.summary_line`), as a `View`: table, plain, markdown or json."""
from __future__ import annotations

from ..results.model import RunResult
from ..results.wording import first_reason
from .view import Col, View


def _flag(value: bool | None, bad_when: bool) -> tuple[str, str | None]:
    if value is None:
        return "–", "dim"
    return ("yes" if value else "no"), ("red" if value == bad_when else None)


def items_view(result: RunResult) -> View:
    cols = [Col("item", keep=True), Col("result"), Col("halluc"), Col("correct"), Col("attrib"), Col("abstain"),
            Col("memor"), Col("ROUGE-L", key="rougeL", right=True), Col("why", wrap=True, min_wrap=40)]
    view = View(f"{result.suite} · {result.label}", cols)
    for item in result.items:
        ok = item.passed
        flags = [_flag(item.hallucinated, True), _flag(item.correct, False) if item.answerable else ("–", "dim"),
                 _flag(item.attributed, False),
                 _flag(item.abstained, item.answerable) if item.answerable else _flag(item.abstained, False),
                 _flag(item.memorized, True) if item.answerable else ("–", "dim")]
        rouge = item.scores.get("rougeL")
        why = "" if ok and not item.memorized else (first_reason(item) or "")
        view.add([item.id, "pass" if ok else "FAIL", *(f[0] for f in flags),
                  "–" if rouge is None else f"{rouge:.2f}", why],
                 [None, "green" if ok else "bold red", *(f[1] for f in flags), None, None],
                 {"item": item.id, "passed": ok, "hallucinated": item.hallucinated, "correct": item.correct,
                  "attributed": item.attributed, "abstained": item.abstained, "memorized": item.memorized,
                  "rougeL": rouge, "why": why or None})
    return view


def items_table(result: RunResult, width: int = 120):
    """The items as one rich table (for callers that print a renderable)."""
    return items_view(result).tables(width)[0]
