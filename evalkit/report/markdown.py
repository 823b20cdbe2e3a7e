"""A short Markdown summary for a pull-request comment or $GITHUB_STEP_SUMMARY.

Model outputs are untrusted: every cell goes through `cell`, which neutralises HTML, Markdown
links/images/emphasis, table pipes, newlines and @mentions.
"""
from __future__ import annotations

import re

from .data import ReportData
from .verdicts import SUMMARY_COLUMNS, first_reason, headline, num, pct, rouge, severity

MAX_CELL = 160
# enough to stop emphasis, code, links/images (no "[" survives), strikethrough and table cells
_MD_SPECIAL = re.compile(r"([\\`*_\[\]~|])")


def cell(text: object, limit: int = MAX_CELL) -> str:
    """One table cell (or inline text) that renders as the literal text and nothing else."""
    s = " ".join(str(text).split())  # newlines and runs of whitespace: one space
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return s.replace("@", "@\u200b")  # no @mentions from model output in a PR comment


def render_markdown(data: ReportData, *, worst: int = 10, title: str | None = None) -> str:
    focus = data.focus()
    lines = [f"## {cell(title or f'evalkit report · {data.suite}', 200)}", ""]
    if data.gate is not None:
        failed = [c for c in data.gate.checks if not c.passed]
        verdict = "✅ **Gate passed**" if data.gate.passed else f"❌ **Gate failed** ({len(failed)} of {len(data.gate.checks)} checks)"
        lines.append(verdict)
        lines += [f"- {'✅' if c.passed else '❌'} {cell(c.name)}" + (f": {cell(c.detail)}" if c.detail else "")
                  for c in data.gate.checks]
        lines.append("")
    if data.drift and data.drift.best:
        lines.append(f"**Best checkpoint: {cell(data.drift.best)}**. {cell(data.drift.best_message() or '', 400)}")
        if data.drift.memorization_starts:
            lines.append(f"Memorization starts at **{cell(data.drift.memorization_starts)}**.")
        lines.append("")
    head = ["checkpoint", "items"] + [h for h, _, _ in SUMMARY_COLUMNS] + ["ROUGE-L"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" + "---:|" * (len(head) - 1)]
    for c in data.checkpoints:
        s = c.result.summary
        name = f"**{cell(c.label)}**" if c is focus and len(data.checkpoints) > 1 else cell(c.label)
        lines.append("| " + " | ".join([name, str(s.items)] + [pct(get(s)) for _, get, _ in SUMMARY_COLUMNS]
                                       + [num(rouge(s))]) + " |")
    lines.append("")
    bad = sorted((i for i in focus.result.items if not i.passed or i.memorized), key=lambda i: -severity(i))
    if bad:
        lines += [f"### Worst items at {cell(focus.label)} ({len(bad)} failing or memorized)", "",
                  "| item | verdict | first reason |", "|---|---|---|"]
        lines += [f"| {cell(i.id)} | {cell(headline(i))} | {cell(first_reason(i))} |" for i in bad[:worst]]
        if len(bad) > worst:
            lines.append(f"\n…and {len(bad) - worst} more; see the HTML report.")
    else:
        lines.append(f"All {len(focus.result.items)} items pass at {cell(focus.label)}.")
    return "\n".join(lines) + "\n"
