"""Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: a run's summary (`render_markdown`)
and a gate's verdict (`gate_markdown`).

Model outputs are untrusted: every cell goes through `cell`, which neutralises control characters
and bidi overrides (shown as `\\x1b`, `\\u202e`), HTML, Markdown links/images/emphasis, table pipes,
newlines and @mentions.
"""
from __future__ import annotations

import re

from ..errors import visible_controls
from ..gate.compare import GateResult
from ..results.wording import first_reason, worst_items
from ..suite import is_paraphrase_id
from .data import ReportData, best_reason
from .verdicts import SUMMARY_COLUMNS, counts, headline, num, rate, rouge

MAX_CELL = 160
# enough to stop emphasis, code, links/images (no "[" survives), strikethrough and table cells
_MD_SPECIAL = re.compile(r"([\\`*_\[\]~|])")


def cell(text: object, limit: int = MAX_CELL) -> str:
    """One table cell (or inline text) that renders as the literal text and nothing else."""
    # ESC, C1 and bidi controls shown as escapes; newlines and runs of whitespace: one space
    s = " ".join(visible_controls(text).split())
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return s.replace("@", "@\u200b")  # no @mentions from model output in a PR comment


def render_markdown(data: ReportData, *, worst: int = 10, title: str | None = None) -> str:
    focus = data.focus()
    lines = [f"## {cell(title or f'evalkit report · {data.suite}', 200)}", ""]
    if data.gate is not None:
        lines += _gate_lines(data.gate)
    if data.drift and data.drift.best:
        reason = best_reason(data.drift)
        lines.append(f"**Best checkpoint: {cell(data.drift.best)}**" + (f". {cell(reason, 400)}" if reason else ""))
        if data.drift.memorization_starts:
            mem = next((v.message for v in data.drift.verdicts if v.kind == "memorization"), "")
            lines.append(f"Memorization starts at **{cell(data.drift.memorization_starts)}**. {cell(mem, 600)}")
        lines.append("")
        lines += _drift_lines(data.drift)
    paraphrased = any(s.paraphrases for s in (c.result.summary for c in data.checkpoints))
    head = (["checkpoint", "items", "passed"] + [m.label for m in SUMMARY_COLUMNS] + ["ROUGE-L"]
            + (["paraphrased passed"] if paraphrased else []))
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" + "---:|" * (len(head) - 1)]
    for c in data.checkpoints:
        s = c.result.summary
        k = counts(c.result.items)
        name = f"**{cell(c.label)}**" if c is focus and len(data.checkpoints) > 1 else cell(c.label)
        lines.append("| " + " | ".join([name, str(k["items"]), str(k["passed"])]
                                       + [rate(s, m) for m in SUMMARY_COLUMNS] + [num(rouge(s))]
                                       + ([f"{k['paraphrases_passed']}/{k['paraphrases']}"] if paraphrased else []))
                     + " |")
    lines.append("")
    bad = worst_items(focus.result.items, memorized=True)
    k = counts(focus.result.items)
    para = sum(map(is_paraphrase_id, (i.id for i in bad)))
    if bad:
        what = f"{len(bad) - para} of {k['items']} items"
        if k["paraphrases"]:
            what += f", {para} of {k['paraphrases']} paraphrased questions"
        lines += [f"### Worst items at {cell(focus.label)} ({what} failing or memorized)", "",
                  "| item | verdict | first reason |", "|---|---|---|"]
        lines += [f"| {cell(i.id)}{' (paraphrased)' if is_paraphrase_id(i.id) else ''} | {cell(headline(i))} | "
                  f"{cell(first_reason(i))} |" for i in bad[:worst]]
        if len(bad) > worst:
            lines.append(f"\n…and {len(bad) - worst} more; see the HTML report.")
    elif not focus.result.items:
        lines.append(f"No item scored at {cell(focus.label)}.")
    else:
        what = f"{k['items']} items" + (f" and {k['paraphrases']} paraphrased questions" if k["paraphrases"] else "")
        lines.append(f"All {what} pass at {cell(focus.label)}.")
    return "\n".join(lines) + "\n"


def _drift_lines(drift) -> list[str]:
    """P(best) per candidate and every transition with its p-value; item ids one click away."""
    lines: list[str] = []
    unc = drift.best_uncertainty
    if unc is not None:
        lines += [f"P(best) over {unc.resamples} paired bootstrap resamples of {unc.items} items "
                  f"(≈ indistinguishable from the best at alpha {unc.alpha:g}): "
                  + ", ".join(f"{cell(k)} {v:.2f}{' ≈' if k in unc.indistinguishable else ''}"
                              for k, v in unc.p_best.items()), ""]
    if drift.transitions:
        lines += ["| transition | lost | gained | net | McNemar p | regression |", "|---|---:|---:|---:|---:|---|"]
        for t in drift.transitions:
            p = "–" if t.p_value is None else f"{t.p_value:.3g}"
            lines.append(f"| {cell(t.before)} → {cell(t.after)} | {len(t.items)} | {len(t.gained)} | {t.net:+d} | {p} | "
                         f"{'**yes**' if t.significant and t.p_value is not None else 'no'} |")
        flips = [t for t in drift.transitions if t.items or t.gained]
        if flips:
            lines += ["", "<details><summary>items that flipped between checkpoints</summary>", ""]
            lines += [f"- {cell(t.before)} → {cell(t.after)}: lost {cell(', '.join(t.items) or '–', 2000)}; "
                      f"gained {cell(', '.join(t.gained) or '–', 2000)}" for t in flips]
            lines += ["", "</details>"]
        lines.append("")
    return lines


# --- gates --------------------------------------------------------------------------------------

_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌", "skip": "➖"}


def _gate_lines(gate: GateResult) -> list[str]:
    """A gate inside a run's summary: its verdict, then each check with its own status."""
    failed, warned = gate.failures, gate.warnings
    if not gate.passed:
        verdict = f"❌ **Gate failed** ({len(failed)} of {len(gate.checks)} checks)"
    elif warned:
        verdict = f"⚠️ **Gate passed with warnings** ({len(warned)} of {len(gate.checks)} checks)"
    else:
        verdict = "✅ **Gate passed**"
    return ([verdict] + [f"- {_ICON[c.status]} {cell(c.name)}" + (f": {cell(c.detail)}" if c.detail else "")
                         for c in gate.checks] + [""] + _gates_applied(gate))


def _gates_applied(gate: GateResult) -> list[str]:
    """Which gates applied and why, as `gate.compare.gates_in_force` words it; nothing for a
    gate.json that predates the two fields."""
    if not gate.gates_from:
        return []
    return [f"Gates from {cell(gate.gates_from, 400)}:", ""] + [f"- {cell(g, 400)}" for g in gate.gates] + [""]


def gate_markdown(result: GateResult) -> str:
    """A gate's verdict for pull requests and $GITHUB_STEP_SUMMARY. Suite names, labels, item ids
    and reasons are untrusted: every one goes through `cell`."""
    verdict = "PASS" if result.passed else "FAIL"
    lines = [f"### evalkit gate: {verdict} — {cell(result.suite, 200)}", "",
             f"Candidate {cell(result.candidate, 200)} vs baseline {cell(result.baseline, 200)} on "
             f"{result.paired_items} paired items.", ""]
    lines += _gates_applied(result)
    lines += ["| check | result | detail |", "|---|---|---|"]
    lines += [f"| {cell(c.name)} | {_ICON[c.status]} {c.status} | {cell(c.detail, 2000)} |" for c in result.checks]
    if result.regressed:
        lines += ["", f"<details><summary>{len(result.regressed)} regressed items (passed in the baseline, fail now)"
                      "</summary>", "", "| item | first reason |", "|---|---|"]
        lines += [f"| {cell(c.id)} | {cell(c.reason or '')} |" for c in result.regressed]
        lines += ["", "</details>"]
    if result.fixed:
        lines += ["", f"{len(result.fixed)} items fixed: {', '.join(cell(c.id) for c in result.fixed)}"]
    return "\n".join(lines) + "\n"
