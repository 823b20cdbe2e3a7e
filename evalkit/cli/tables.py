"""Rich tables for results, shared by `score`, `run` and `demo` (their one-line summary is
`results.wording.summary_line`)."""
from __future__ import annotations

from rich.table import Table

from ..errors import terminal_text as safe
from ..results.model import RunResult
from ..results.wording import first_reason


def _flag(value: bool | None, bad_when: bool) -> str:
    if value is None:
        return "[dim]–[/]"
    text = "yes" if value else "no"
    return f"[red]{text}[/]" if value == bad_when else text


def items_table(result: RunResult) -> Table:
    table = Table(title=f"{safe(result.suite)} · {safe(result.label)}", title_justify="left", expand=False)
    for col, kw in [("item", {}), ("result", {}), ("halluc.", {}), ("attrib.", {}), ("abstain", {}),
                    ("memor.", {}), ("ROUGE-L", {"justify": "right"}), ("verbatim", {"justify": "right"}),
                    ("why", {"overflow": "fold", "max_width": 60})]:
        table.add_column(col, **kw)
    for item in result.items:
        ok = item.passed
        table.add_row(
            safe(item.id),
            "[green]pass[/]" if ok else "[bold red]FAIL[/]",
            _flag(item.hallucinated, True),
            _flag(item.attributed, False),
            _flag(item.abstained, item.answerable) if item.answerable else _flag(item.abstained, False),
            _flag(item.memorized, True) if item.answerable else "[dim]–[/]",
            f"{item.scores['rougeL']:.2f}" if "rougeL" in item.scores else "–",
            f"{item.scores['verbatim']:.2f}" if "verbatim" in item.scores else "–",
            "" if ok and not item.memorized else safe(first_reason(item) or ""),
        )
    return table
