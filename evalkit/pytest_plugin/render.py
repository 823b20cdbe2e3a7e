"""What people read: failure reports, JUnit properties, the terminal summary. Text only: nothing here
writes a file or reads the session (the baseline is recorded by `baseline`)."""
from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ..errors import visible_controls
from ..results.wording import clip

if TYPE_CHECKING:  # pragma: no cover
    from ..gate.compare import GateResult
    from ..results.model import ItemResult, RunResult
    from ..suite import Suite


# --- reports ----------------------------------------------------------------------------------------

def _flag(value) -> str:
    return "" if value is None else ("true" if value is True else "false" if value is False else str(value))


def item_properties(result: ItemResult) -> list[tuple[str, object]]:
    """JUnit <property> elements of a golden item: verdicts, then scores."""
    props: list[tuple[str, object]] = [
        ("passed", _flag(result.passed)), ("hallucinated", _flag(result.hallucinated)),
        ("attributed", _flag(result.attributed)), ("abstained", _flag(result.abstained)),
        ("memorized", _flag(result.memorized)), ("answerable", _flag(result.answerable)),
        ("split", result.split)]
    props += [(name, value) for name, value in result.scores.items()]
    reason = _first_reason(result)
    if reason:
        props.append(("reason", reason))
    return [(name, visible_controls(value) if isinstance(value, str) else value) for name, value in props]


def _first_reason(result: ItemResult) -> str:
    """The one line that names a failure ("" for a passing item)."""
    from ..results.wording import first_reason

    return "" if result.passed else clip(first_reason(result) or "", 160)


def _wrap(label: str, text: str | None, width: int = 100, limit: int = 1500) -> list[str]:
    head = f"{label:<10} "
    if text is None or not str(text).strip():
        return [head + "(none)"]
    return textwrap.wrap(clip(text, limit), width=width, initial_indent=head, subsequent_indent=" " * len(head),
                         break_on_hyphens=False) or [head]


def _sentence(evidence: str, needle: str | None) -> str:
    """The one sentence of the evidence an atom was checked against: the one holding the value it
    conflicts with, else the first."""
    import re

    sentences = [x for x in re.split(r"(?<=[.!?])\s+", " ".join(str(evidence).split())) if x]
    if not sentences:
        return ""
    if needle:
        for x in sentences:
            if needle.lower() in x.lower():
                return x
    return sentences[0]


def format_failure(result: ItemResult, suite: Suite | None = None) -> str:
    """A failed golden item for people, in about 25 lines: the question, the reference, the answer
    (clipped), each failed verdict once, each unsupported fact once with the one sentence of evidence
    it was checked against (the reference is not printed twice)."""
    doc = suite.source_of(suite.item(result.id)) if suite and result.id in {i.id for i in suite.items} else None
    verdicts = []
    if result.hallucinated:
        verdicts.append("HALLUCINATED")
    if result.answerable:
        if result.correct is False:
            verdicts.append("NOT CORRECT")
        verdicts.append("attributed" if result.attributed else "NOT ATTRIBUTED")
        verdicts.append("ABSTAINED" if result.abstained else "answered")
    else:
        verdicts.append("abstained" if result.abstained else "DID NOT ABSTAIN (unanswerable)")
    lines = [f"{result.id}: {_first_reason(result) or 'failed'}", ""]
    lines += _wrap("question", result.question, limit=300)
    reference = " ".join(str(result.reference or "").split())
    lines += _wrap("reference", reference if result.answerable
                   else "(unanswerable: the documents do not say; the model must abstain)", limit=400)
    lines += _wrap("answer", result.output, limit=300)
    source = f"{result.source}" + (f" ({doc.title})" if doc else "") if result.source else "(none)"
    lines += _wrap("source", source + (f"; cited: {', '.join(result.cited)}" if result.cited else "; cited: nothing"))
    lines += _wrap("verdict", ", ".join(verdicts))
    groups: dict[str, list[str]] = {}   # the evidence a fact was checked against → the facts, in order
    seen: set[tuple] = set()
    for claim in result.claims:
        if not (claim.unsupported or not claim.supported):
            continue
        evidence = " ".join(str(claim.evidence or "").split())
        for atom in claim.unsupported or [None]:
            key = (atom.kind, atom.text, atom.reason) if atom else ("claim", claim.text)
            if key in seen:
                continue
            seen.add(key)
            if atom is None:
                score = f" (support {claim.support_score:.2f})" if claim.support_score is not None else ""
                fact = f'no evidence supports "{clip(claim.text, 100)}"{score}'
            else:
                conflict = f" ≠ {clip(atom.conflicts_with, 60)}" if atom.conflicts_with else ""
                fact = f"{atom.kind} '{clip(atom.text, 60)}' {atom.reason}{conflict}"
            sentence = _sentence(evidence, atom.conflicts_with if atom else None) if evidence else ""
            where = claim.evidence_source or "evidence"
            if sentence and where == "reference" and sentence in reference:
                said = "the reference (above)"
            elif sentence:
                said = f'{where}: "{clip(sentence, 200)}"'
            else:
                said = "no evidence found"
            groups.setdefault(said, []).append(fact)
    facts: list[str] = []
    for said, found in groups.items():
        facts += textwrap.wrap("; ".join(found), width=100, initial_indent="  - ", subsequent_indent="    ")
        facts += textwrap.wrap(f"checked against {said}", width=100, initial_indent="    ",
                               subsequent_indent="      ")
    if facts:
        lines += ["", "unsupported facts:"] + facts
    if result.missing_key_facts:
        lines += ["", f"missing key facts of the reference: {', '.join(result.missing_key_facts)}"]
    if result.answerable and result.attributed is False:
        expected = f"'{result.source}'" + (f" ({doc.title})" if doc else "")
        lines += ["", f"missing citation: the answer should name its source {expected}"
                      + (f"; it cites {', '.join(result.cited)}" if result.cited else "; it cites nothing")]
    if not facts and not result.missing_key_facts and result.attributed is not False and len(result.reasons) > 1:
        lines += ["", "why:"] + [f"  - {clip(r, 200)}" for r in result.reasons[:5]]
    if result.scores:
        lines += ["", "scores:    " + "  ".join(f"{k}={v:.2f}" for k, v in result.scores.items())]
    return visible_controls("\n".join(lines))  # an answer's ESC or bidi override shown, not obeyed


def format_gate(verdict: GateResult) -> str:
    lines = [f"regression gate failed: candidate {verdict.candidate} vs baseline {verdict.baseline} "
             f"({verdict.baseline_choice or 'given'}; {verdict.paired_items} paired items)", ""]
    mark = {"pass": "ok  ", "warn": "warn", "fail": "FAIL", "skip": "skip"}
    for c in verdict.checks:
        if c.name == "items" and verdict.regressed:
            continue   # listed below, one per line
        lines += textwrap.wrap(f"{mark[c.status]}  {c.name}: {clip(c.detail, 700)}", width=110,
                               subsequent_indent="      ")
    if verdict.regressed:
        lines += ["", f"{len(verdict.regressed)} items passed in the baseline and fail now:"]
        lines += [f"  {c.id}: {clip(c.reason or '', 110)}" for c in verdict.regressed[:20]]
        if len(verdict.regressed) > 20:
            lines.append(f"  … and {len(verdict.regressed) - 20} more")
    return visible_controls("\n".join(lines))


def counted_items(result: RunResult, metric: str) -> str:
    """The items that pull a rate the wrong way, e.g. the hallucinated ones for hallucination_rate."""
    from ..gate.compare import METRICS
    from ..gate.golden import baseline_from_result

    if metric not in METRICS:
        return ""
    m = METRICS[metric]
    view = baseline_from_result(result).items
    bad = [i for i, b in view.items() if m.applies(b) and not m.good(m.flag(b))]
    if not bad:
        return ""
    shown = ", ".join(bad[:30]) + (f", … ({len(bad) - 30} more)" if len(bad) > 30 else "")
    return f"\nitems against it ({len(bad)}): {shown}"


def rates_line(s: dict) -> str:
    from ..results.model import Summary
    from ..results.wording import summary_line

    return summary_line(Summary.model_validate(s))


def worst_items(items: list[ItemResult], n: int) -> list[list[str]]:
    """The failing items a reviewer should read first (`wording.worst_items`)."""
    from ..results import wording

    return [[i.id, wording.failure_kind(i), _first_reason(i)] for i in wording.worst_items(items, n)]


class _Visible:
    """A terminal reporter whose lines show ids', reasons' and problems' control characters and bidi
    overrides as escapes instead of obeying them."""

    def __init__(self, terminalreporter):
        self._tr = terminalreporter

    def section(self, title: str) -> None:
        self._tr.section(title)

    def write_line(self, line: str, **markup) -> None:
        self._tr.write_line(visible_controls(line), **markup)


def write_summary(terminalreporter, payload: dict | None, gate_reports: dict[str, tuple[str, str]],
                  baseline_note: str | None) -> None:
    """The "evalkit" section of the terminal summary: the run, its gates, the worst items, the baseline."""
    if payload is None and not gate_reports and not baseline_note:
        return
    tr = _Visible(terminalreporter)
    tr.section("evalkit")
    if payload is not None:
        tr.write_line(f"suite {payload['suite']} · checkpoint {payload['label']} ({payload['checkpoint']})")
        workers = payload.get("workers")
        if workers and any(workers.values()):
            parts = [f"{wid}: {g['generated']} generated, {g['cached']} from cache" for wid, g in workers.items() if g]
            tr.write_line("generation: " + "; ".join(parts))
        elif payload.get("generation"):
            g = payload["generation"]
            tr.write_line(f"generation: {g['generated']} prompts generated, {g['cached']} answers from the cache"
                          + (f", {g['tokens']} tokens in {g['seconds']:.1f} s" if g["generated"] else ""))
        tr.write_line(rates_line(payload["summary"]))
        if payload["missing"]:
            n = len(payload["missing"])
            tr.write_line(f"{n} item{' has' if n == 1 else 's have'} no output: {', '.join(payload['missing'][:12])}"
                          + (" …" if len(payload["missing"]) > 12 else ""), yellow=True)
        for problem in payload.get("problems", [])[:5]:
            tr.write_line(f"problem: {problem}", yellow=True)
    if gate_reports:
        tr.write_line("gates:")
        for name, (outcome, detail) in gate_reports.items():
            word = {"passed": "PASS", "failed": "FAIL", "skipped": "skip"}.get(outcome, outcome)
            tr.write_line(f"  {word:<4}  {name}: {detail}", red=outcome == "failed", green=outcome == "passed")
    if payload is not None and payload["worst"]:
        tr.write_line("worst items:")
        width = max(len(w[0]) for w in payload["worst"])
        for item_id, kind, reason in payload["worst"]:
            tr.write_line(f"  {item_id:<{width}}  {kind}: {reason}")
    if baseline_note:
        tr.write_line(baseline_note, bold=True)
