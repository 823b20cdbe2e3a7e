"""The self-contained HTML report: overview (gate, best checkpoint, plots, tables) and every item
side by side across checkpoints, with unsupported atoms highlighted and their evidence.

Every untrusted string goes through `esc`; the data the script filters on is JSON in a
non-executing <script type="application/json"> block, escaped by `script_json`. A Content-Security-
Policy with the hashes of our own style and script means that even a missed escape could not run.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from .. import __version__
from ..results.model import AtomFinding, ClaimResult, ItemResult, Summary
from .assets import CSS, JS
from .chart import rates_chart
from ..drift.rules import DriftReport
from ..gate.compare import GateResult
from ..results.metrics import SUMMARY_RATES, summary_value
from ..results.metrics import label as metric_label
from ..results.metrics import show as show_metric
from .data import ReportData, best_message, best_reason
from .escape import esc, script_json
from .highlight import segments
from .verdicts import (SUMMARY_COLUMNS, VERDICTS, counts, css_class, headline, items_phrase, num, rate, rouge,
                       verdict_tags)

TIP_EVIDENCE_CHARS = 320  # the hover shows the start of the passage; the expanded view shows it all


@dataclass
class HtmlOptions:
    title: str | None = None
    collapse_after: int = 8   # answer groups shown before "show the other checkpoints"


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _bar(value: float | None, good: bool) -> str:
    if value is None:
        return ""
    w = max(0.0, min(1.0, value)) * 48
    colour = "#4ac26b" if good else "#e5534b"
    return (f'<svg class="bar" width="50" height="8" aria-hidden="true"><rect width="50" height="8" rx="2" '
            f'fill="#eef1f4"/><rect width="{w:.1f}" height="8" rx="2" fill="{colour}"/></svg>')


# ---------------------------------------------------------------- overview

_TICK = {"pass": ("tick-ok", "✓"), "warn": ("tick-warn", "⚠"), "fail": ("tick-bad", "✗"), "skip": ("tick-skip", "–")}


def _gate_card(gate: GateResult | None) -> str:
    if gate is None:
        return ('<div class="card neutral" id="gate"><h3>Gate</h3><div class="big">not run</div>'
                '<p>No gate.json in this run directory.</p></div>')
    failed, warned = gate.failures, gate.warnings
    rows = "".join(
        f'<li><span class="{_TICK[c.status][0]}" title="{esc(c.status)}">{_TICK[c.status][1]}</span> '
        f'<b>{esc(c.name)}</b>{" — " + esc(c.detail) if c.detail else ""}</li>' for c in gate.checks)
    summary = (f"{len(failed)} of {len(gate.checks)} checks failed" if failed
               else f"all {len(gate.checks)} checks passed")
    if warned:
        summary += f", {len(warned)} with a warning"
    cls, big = ("bad", "FAILED") if not gate.passed else ("warn", "PASSED WITH WARNINGS") if warned else ("ok", "PASSED")
    return (f'<div class="card {cls}" id="gate"><h3>Gate</h3>'
            f'<div class="big">{big}</div><p>{esc(summary)}</p><ul>{rows}</ul>{_gates_applied(gate)}</div>')


def _gates_applied(gate: GateResult) -> str:
    """Which gates applied and why, as `gate.compare.gates_in_force` words it (the terminal and
    the Markdown show the same two fields); nothing for a gate.json that predates them."""
    if not gate.gates_from:
        return ""
    gates = "".join(f"<li>{esc(g)}</li>" for g in gate.gates)
    return (f'<div class="gates-applied"><p>Gates from {esc(gate.gates_from)}:</p>'
            + (f'<ul class="gates">{gates}</ul>' if gates else "") + "</div>")


def _summary_text(s: Summary) -> str:
    return " · ".join(f"{m.label} {rate(s, m)}" for m in SUMMARY_RATES
                      if m.name in ("pass_rate", "hallucination_rate", "attribution_rate", "memorization_rate"))


def _focus_card(data: ReportData) -> str:
    focus = data.focus()
    drift = data.drift
    if drift and drift.best:
        message = best_reason(drift)
        mem = (f"<p>Memorization starts at <b>{esc(drift.memorization_starts)}</b>.</p>"
               if drift.memorization_starts else "")
        return (f'<div class="card info" id="best"><h3>Best checkpoint (drift analysis)</h3>'
                f'<div class="big">{esc(drift.best)}</div><p>{esc(message)}</p>{mem}'
                f'<p>{esc(_summary_text(focus.result.summary))}</p></div>')
    s = focus.result.summary
    what = "Checkpoint" if len(data.checkpoints) == 1 else "Last checkpoint"
    return (f'<div class="card info" id="best"><h3>{what}</h3><div class="big">{esc(focus.label)}</div>'
            f'<p>{esc(_summary_text(s))}</p><p>{s.items} items: {s.answerable} answerable, '
            f'{s.unanswerable} unanswerable' + (f'; {s.paraphrases} paraphrased questions besides' if s.paraphrases else '')
            + '.</p></div>')


def _worst_card(data: ReportData) -> str:
    """Failures among the original items (as the Summary counts them); paraphrased questions apart."""
    from ..suite import is_paraphrase_id

    focus = data.focus()
    originals = [i for i in focus.result.items if not is_paraphrase_id(i.id)]
    k = counts(focus.result.items)
    failed = [i for i in originals if not i.passed]
    kinds = {w: sum(1 for i in failed if headline(i) == w) for w in
             ("hallucinated", "unattributed", "declined", "should abstain", "fail")}
    mem = sum(1 for i in originals if i.memorized)
    lines = "".join(f"<li>{n} {esc(w)}</li>" for w, n in kinds.items() if n)
    if mem:
        lines += f"<li>{mem} memorized (verbatim reference)</li>"
    if not lines:
        lines = "<li>every item passes</li>" if originals else "<li>no item scored</li>"
    if k["paraphrases"]:
        lines += (f'<li class="para">paraphrased questions: {k["paraphrases"] - k["paraphrases_passed"]} of '
                  f'{k["paraphrases"]} fail</li>')
    cls = "bad" if failed else "warn" if mem else "ok" if originals else "neutral"
    big = f"{len(failed)} of {len(originals)}" if originals else "–"
    return (f'<div class="card {cls}" id="failures"><h3>Failures at {esc(focus.label)}</h3>'
            f'<div class="big">{big}</div><ul>{lines}</ul></div>')


def _summary_table(data: ReportData) -> str:
    focus = data.focus().label
    drift = data.drift
    head = "".join(_th(m.label) for m in SUMMARY_COLUMNS)
    paraphrased = any(c.result.summary.paraphrases for c in data.checkpoints)
    rows = []
    for c in data.checkpoints:
        s = c.result.summary
        k = counts(c.result.items)
        marks = ""
        if drift and drift.best == c.label:
            marks += ' <span class="tag best">best</span>'
        if drift and drift.memorization_starts == c.label:
            marks += ' <span class="tag memo">memorization starts</span>'
        cells = "".join(f"<td>{rate(s, m)}{_bar(summary_value(s, m), m.higher_is_better)}</td>"
                        for m in SUMMARY_COLUMNS)
        rows.append(f'<tr class="{"focus" if c.label == focus else ""}"><td><b>{esc(c.label)}</b>{marks}</td>'
                    f"<td>{k['items']}</td><td>{k['passed']}</td>{cells}<td>{num(rouge(s))}</td>"
                    f"<td>{len(c.result.missing) or ''}</td>"
                    + (f"<td>{k['paraphrases_passed']}/{k['paraphrases']}</td>" if paraphrased else "") + "</tr>")
    return ('<div class="table-wrap"><table id="summary-table"><thead><tr><th>checkpoint</th><th>items</th>'
            f'<th>passed</th>{head}{_th("ROUGE-L")}<th>no output</th>'
            + ("<th>paraphrased passed</th>" if paraphrased else "")
            + f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _th(text: str) -> str:
    """A column header that may wrap at spaces but not at a hyphen ("ROUGE-L" stays whole)."""
    import re

    return "<th>" + re.sub(r"(\S*-\S*)", r'<span class="nw">\1</span>', esc(text)) + "</th>"


def _metric(name: str, value) -> str:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "–" if value is None else esc(value)
    return show_metric(name, value)


def _drift_section(drift: DriftReport) -> str:
    # the best checkpoint's verdict (with P(best) and what it cannot be told from) is the card at
    # the top, `_focus_card`; listed again here it said "best best checkpoint: ..." a second time
    shown = best_message(drift) if drift.best else None
    verdicts = "".join(f'<li><span class="tag">{esc(v.kind)}</span> {esc(v.message)}</li>' for v in drift.verdicts
                       if not (v.kind == "best" and v.message == shown))
    metrics = list(dict.fromkeys(k for p in drift.points for k in p.metrics))
    baselines = list(dict.fromkeys(k for p in drift.points for k in p.baselines))
    head = "".join(_th(metric_label(m)) for m in metrics) + "".join(_th(b.replace('_', ' ')) for b in baselines)
    rows = []
    for p in drift.points:
        cells = "".join(f"<td>{_metric(k, p.metrics.get(k))}</td>" for k in metrics)
        cells += "".join(f"<td>{_metric(k, p.baselines.get(k))}</td>" for k in baselines)
        cls = "focus" if p.label == drift.best else ""
        rows.append(f'<tr class="{cls}"><td><b>{esc(p.label)}</b></td><td>{"–" if p.epoch is None else esc(f"{p.epoch:g}")}'
                    f'</td>{cells}</tr>')
    unc = drift.best_uncertainty
    if unc is not None:
        head += "<th>P(best)</th>"
        rows = [row.replace("</tr>", f"<td>{_p_best(unc, p.label)}</td></tr>")
                for row, p in zip(rows, drift.points)]
    table = (f'<div class="table-wrap"><table id="drift-table"><thead><tr><th>checkpoint</th><th>epoch</th>{head}'
             f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>') if drift.points else ""
    note = (f'<p class="note">P(best): share of {unc.resamples} paired bootstrap resamples of {unc.items} items in '
            f'which the checkpoint has the highest pass rate; ≈ statistically indistinguishable from the best at '
            f'alpha {unc.alpha:g}.</p>') if unc is not None else ""
    return (f'<h2 id="drift">Drift across checkpoints</h2>'
            f'{"<ul class=verdicts>" + verdicts + "</ul>" if verdicts else ""}{table}{note}{_transitions(drift)}')


def _p_best(unc, label: str) -> str:
    if label not in unc.p_best:
        return ""
    return f"{unc.p_best[label]:.2f}" + (" ≈" if label in unc.indistinguishable else "")


def _transitions(drift: DriftReport) -> str:
    """Each consecutive pair: lost and gained items (ids behind a click), McNemar p, regression or not."""
    if not drift.transitions:
        return ""
    rows = []
    for t in drift.transitions:
        ids = (f'<details><summary>{len(t.items)} lost, {len(t.gained)} gained</summary>'
               f'<p>lost: {esc(", ".join(t.items) or "–")}</p><p>gained: {esc(", ".join(t.gained) or "–")}</p></details>'
               if t.items or t.gained else "no item changed")
        p = "–" if t.p_value is None else esc(f"{t.p_value:.3g}")
        reg = '<span class="tag memo">regression</span>' if t.significant and t.p_value is not None else "no"
        rows.append(f"<tr><td>{esc(t.before)} → {esc(t.after)}</td><td>{t.net:+d}</td><td>{p}</td><td>{reg}</td>"
                    f"<td>{ids}</td></tr>")
    return ('<h3 id="transitions">Transitions</h3><div class="table-wrap"><table id="transitions-table"><thead><tr>'
            '<th>transition</th><th>net items</th><th>McNemar p</th><th>significant regression</th><th>items</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _plots(data: ReportData) -> str:
    if data.plots:
        figs = "".join(
            f'<figure class="plot"><img alt="{esc(p.name)}" src="data:{p.mime};base64,'
            f'{base64.b64encode(p.data).decode()}"><figcaption>{esc(p.name.replace("_", " "))}</figcaption></figure>'
            for p in data.plots)
        return f'<div class="plots" id="plots">{figs}</div>'
    if len(data.checkpoints) < 2:
        return ""
    marks = {}
    if data.drift and data.drift.memorization_starts:
        marks[data.drift.memorization_starts] = "memorization"
    if data.drift and data.drift.best:
        marks[data.drift.best] = "best"
    return f'<div class="plots" id="plots">{rates_chart(data.labels, [c.result.summary for c in data.checkpoints], marks=marks)}</div>'


def _notes(data: ReportData) -> str:
    lines = list(data.notes)
    # a note about a shared base model comes back with every adapter: list it once, with where
    seen: dict[str, list[str]] = {}
    for c in data.checkpoints:
        for p in c.result.problems:
            seen.setdefault(p, []).append(c.label)
    for problem, labels in seen.items():
        where = labels[0] if len(labels) == 1 else (
            "all checkpoints" if len(labels) == len(data.checkpoints) else ", ".join(labels))
        lines.append(f"{where}: {problem}")
    if not lines:
        return ""
    body = "".join(f"<li>{esc(x)}</li>" for x in lines[:200])
    more = f"<li>… {len(lines) - 200} more</li>" if len(lines) > 200 else ""
    return (f'<details class="notes"><summary>{len(lines)} input note{"s" * (len(lines) != 1)}</summary>'
            f'<ul>{body}{more}</ul></details>')


# ---------------------------------------------------------------- items

def _finding_words(f: AtomFinding) -> str:
    if f.reason == "substituted" and f.conflicts_with:
        return f"{f.reason} {f.kind}: the reference has “{f.conflicts_with}”"
    if f.conflicts_with:
        return f"{f.reason} {f.kind}: the evidence has “{f.conflicts_with}”"
    return f"{f.reason} {f.kind}: not in the evidence"


def _evidence_html(passage: str, conflict: list[str]) -> str:
    """The passage, escaped, with the conflicting values marked (found in the raw text first)."""
    spans = []
    low = passage.lower()
    for value in conflict:
        pos = low.find(value.lower()) if value else -1
        if pos >= 0 and all(pos + len(value) <= a or pos >= b for a, b in spans):
            spans.append((pos, pos + len(value)))
    out, cursor = [], 0
    for a, b in sorted(spans):
        out.append(esc(passage[cursor:a]) + "<mark>" + esc(passage[a:b]) + "</mark>")
        cursor = b
    out.append(esc(passage[cursor:]))
    return "".join(out)


def _tip(findings: tuple[AtomFinding, ...], claim: ClaimResult | None) -> str:
    words = "".join(f"<b>{esc(_finding_words(f))}</b><br>" for f in findings)
    ev = ""
    if claim and claim.evidence:
        text = claim.evidence if len(claim.evidence) <= TIP_EVIDENCE_CHARS else claim.evidence[:TIP_EVIDENCE_CHARS] + "…"
        source = "the reference answer" if claim.evidence_source == "reference" else claim.evidence_source or "unknown"
        ev = f"<q>{esc(text)}</q><cite>evidence: {esc(source)}</cite>"
    return f'<span class="tip" role="tooltip">{words}{ev}</span>'


def _answer_text(item: ItemResult) -> str:
    parts = []
    for seg in segments(item.output, item.claims):
        text = esc(seg.text)
        if seg.atoms:
            claim = item.claims[seg.claim] if seg.claim is not None else None
            if claim is None:  # an atom found outside its claim's text: use the claim it came from
                claim = next((c for c in item.claims if seg.atoms[0] in c.unsupported), None)
            reason = seg.atoms[0].reason
            text = (f'<mark class="atom r-{esc(reason)}" tabindex="0" data-reason="{esc(reason)}">{text}'
                    f"{_tip(seg.atoms, claim)}</mark>")
        if seg.claim is not None:
            text = f'<span class="claim-bad" title="claim not supported by the evidence">{text}</span>'
        parts.append(text)
    return "".join(parts) or '<span class="span-note">(empty answer)</span>'


def _citations(item: ItemResult) -> str:
    cited = ", ".join(esc(c) for c in item.cited) or "none"
    if item.attributed is None:
        attributed = '<span class="span-note">n/a (unanswerable)</span>'
    else:
        attributed = '<span class="yes">yes</span>' if item.attributed else '<span class="no">no</span>'
    grounded = esc(item.grounded_in) if item.grounded_in else "–"
    source = f" · source {esc(item.source)}" if item.source else ""
    return (f'<div class="cite-line">cited: <b>{cited}</b> · attributed {attributed} · grounded in '
            f'<b>{grounded}</b>{source}</div>')


def _own_reasons(item: ItemResult) -> list[str]:
    """Reason lines that the claim list does not already show (citation, abstention, ...)."""
    atom_lines = {(f.reason, f.text) for c in item.claims for f in c.unsupported}
    return [r for r in item.reasons if not any(r.startswith(reason) and f"'{text}'" in r for reason, text in atom_lines)]


def _why(item: ItemResult) -> str:
    bad = [c for c in item.claims if not c.supported]
    atoms = sum(len(c.unsupported) for c in bad)
    reasons = _own_reasons(item)
    if not bad and not reasons and not item.missing_key_facts:
        return ""
    claims, passages = [], {}  # a passage shared by several claims is shown once
    for c in bad:
        findings = "".join(
            f'<div class="finding"><mark class="r-{esc(f.reason)}">{esc(f.text)}</mark> {esc(_finding_words(f))}</div>'
            for f in c.unsupported)
        if not findings:
            score = f" (support {c.support_score:.2f})" if c.support_score is not None else ""
            findings = f'<div class="finding">no passage supports this claim{esc(score)}</div>'
        evidence = ""
        if c.evidence:
            source = "the reference answer" if c.evidence_source == "reference" else (c.evidence_source or "unknown")
            key = (c.evidence, c.evidence_source)
            if key in passages:
                evidence = f'<div class="src">evidence: {esc(source)}, the passage quoted at claim {passages[key]}</div>'
            else:
                passages[key] = len(claims) + 1
                conflicts = [f.conflicts_with for cc in bad if (cc.evidence, cc.evidence_source) == key
                             for f in cc.unsupported if f.conflicts_with]
                evidence = (f'<blockquote class="evidence">{_evidence_html(c.evidence, conflicts)}</blockquote>'
                            f'<div class="src">evidence: {esc(source)}</div>')
        claims.append(f'<li><div class="claim-text">“{esc(c.text.strip(" ,;"))}”</div>{findings}{evidence}</li>')
    missing = (f'<p><span class="lbl">missing key facts</span>{", ".join(esc(m) for m in item.missing_key_facts)}</p>'
               if item.missing_key_facts else "")
    reason_list = ("<ul class=reasons>" + "".join(f"<li>{esc(r)}</li>" for r in reasons) + "</ul>") if reasons else ""
    plural = "s" * (len(bad) != 1)
    if bad and atoms:
        title = f"{len(bad)} unsupported claim{plural} · {atoms} wrong or unknown fact{'s' * (atoms != 1)}"
    elif bad:  # no checkable fact at stake: only weak support for the wording
        title = f"{len(bad)} claim{plural} without clear support"
    else:
        title = "why it failed" if not item.passed else "details"
    return (f'<details class="why"><summary>{esc(title)}</summary>'
            f'{"<ol class=claims>" + "".join(claims) + "</ol>" if claims else ""}{missing}{reason_list}</details>')


def _answer_card(labels: list[str], item: ItemResult | None) -> str:
    word = headline(item)
    cls = css_class(word)
    span = esc(labels[0]) + (f' <span class="span-note">→ {esc(labels[-1])} ({len(labels)} checkpoints, same answer)</span>'
                             if len(labels) > 1 else "")
    head = f'<div class="answer-head"><span class="ckpt">{span}</span><span class="badge b-{cls}">{esc(word)}</span></div>'
    if item is None:
        return f'<div class="answer a-missing" data-checkpoint="{esc(labels[0])}">{head}<p class="answer-text">no output for this item</p></div>'
    scores = " · ".join(f"{esc(k)} {v:.2f}" for k, v in item.scores.items())
    return (f'<div class="answer a-{cls}" data-checkpoint="{esc(labels[0])}">{head}'
            f'<p class="answer-text">{_answer_text(item)}</p>{_citations(item)}'
            f'<div class="scores">{scores}</div>{_why(item)}</div>')


def _groups(data: ReportData, item_id: str) -> list[tuple[list[str], ItemResult | None]]:
    """Consecutive checkpoints with the same answer and verdict share one card."""
    groups: list[tuple[list[str], ItemResult | None]] = []
    for c in data.checkpoints:
        it = c.item(item_id)
        if groups:
            prev = groups[-1][1]
            same = (prev is None and it is None) or (
                prev is not None and it is not None and prev.output == it.output and prev.passed == it.passed
                and verdict_tags(prev) == verdict_tags(it))
            if same:
                groups[-1][0].append(c.label)
                continue
        groups.append(([c.label], it))
    return groups


def _visible_groups(data: ReportData, groups: list, limit: int) -> set[int]:
    """Which answer cards show at once when there are many: the first, the last, the checkpoint a
    reader decides about and where memorization starts, then evenly spaced ones; the rest fold."""
    if len(groups) <= limit:
        return set(range(len(groups)))
    wanted = {data.focus().label, data.drift.memorization_starts if data.drift else None}
    keep = {0, len(groups) - 1} | {k for k, (labels, _) in enumerate(groups) if wanted & set(labels)}
    step = (len(groups) - 1) / max(1, limit - 1)
    for j in range(limit):
        if len(keep) >= limit:
            break
        keep.add(round(j * step))
    return keep


def _item(data: ReportData, index: int, item_id: str, options: HtmlOptions) -> str:
    first = data.first(item_id)
    strip = "".join(
        f'<i class="s-{css_class(headline(c.item(item_id)))}" '
        f'title="{esc(c.label)}: {esc(headline(c.item(item_id)))}"></i>' for c in data.checkpoints)
    tags = "".join(f'<span class="tag">{esc(t)}</span>' for t in first.tags)
    meta = (f'{tags}<span class="tag">split: {esc(first.split)}</span>'
            + ('' if first.answerable else '<span class="tag">unanswerable</span>'))
    reference = (f'<div class="reference"><span class="lbl">Reference</span>{esc(first.reference)}</div>'
                 if first.reference else
                 '<div class="reference"><span class="lbl">Reference</span>none: the documents do not say; '
                 'the model should abstain</div>')
    groups = _groups(data, item_id)
    keep = _visible_groups(data, groups, options.collapse_after)
    shown = [_answer_card(labels, it) for k, (labels, it) in enumerate(groups) if k in keep]
    rest = [_answer_card(labels, it) for k, (labels, it) in enumerate(groups) if k not in keep]
    more = (f'<details class="more-answers"><summary>{len(rest)} more answer{"s" * (len(rest) != 1)} '
            f'from the checkpoints in between</summary>'
            f'<div class="answers">{"".join(rest)}</div></details>') if rest else ""
    return (f'<article class="item" id="item-{esc(item_id)}" data-index="{index}" data-id="{esc(item_id)}">'
            f'<div class="item-head"><h3><span class="item-id">{esc(item_id)}</span>{esc(first.question)}</h3>'
            f'<div class="strip" aria-label="verdict per checkpoint">{strip}</div></div>'
            f'<div class="item-meta">{meta}</div>{reference}<div class="answers">{"".join(shown)}</div>{more}</article>')


def _filters(data: ReportData, tags: list[str], splits: list[str]) -> str:
    def opts(values, labels=None):
        return "".join(f'<option value="{esc(v)}">{esc(l)}</option>' for v, l in zip(values, labels or values))

    ckpts = opts([str(i) for i in range(len(data.checkpoints))], data.labels)
    return (
        '<form class="filters" id="filters" role="search">'
        f'<label>verdict <select name="verdict"><option value="">any</option>{opts(list(VERDICTS))}</select></label>'
        f'<label>at <select name="checkpoint"><option value="">any checkpoint</option>{ckpts}</select></label>'
        f'<label>tag <select name="tag"><option value="">any</option>{opts(tags)}</select></label>'
        f'<label>split <select name="split"><option value="">any</option>{opts(splits)}</select></label>'
        '<label>search <input type="search" name="q" placeholder="id or text" autocomplete="off"></label>'
        '<button type="button" id="expand-all">expand all</button>'
        '<button type="button" id="collapse-all">collapse all</button>'
        '<span id="shown" aria-live="polite"></span></form>')


def _index_data(data: ReportData, ids: list[str]) -> dict:
    """What the filter script needs per item; text is lower-cased once here."""
    rows = []
    for item_id in ids:
        first = data.first(item_id)
        outputs = dict.fromkeys(c.item(item_id).output for c in data.checkpoints if c.item(item_id) is not None)
        text = " ".join([item_id, first.question, first.reference or "", *outputs]).lower()
        rows.append({"id": item_id, "tags": first.tags, "split": first.split,
                     "v": [verdict_tags(c.item(item_id)) for c in data.checkpoints], "text": text})
    return {"checkpoints": data.labels, "items": rows}


# ---------------------------------------------------------------- page

def render_html(data: ReportData, options: HtmlOptions | None = None) -> str:
    options = options or HtmlOptions()
    ids = data.item_ids()
    firsts = [data.first(i) for i in ids]
    tags = sorted({t for it in firsts for t in it.tags})
    splits = sorted({it.split for it in firsts})
    title = options.title or f"{data.suite} · evalkit report"
    last = data.checkpoints[-1].result
    meta = (f"{len(data.checkpoints)} checkpoint{'s' * (len(data.checkpoints) != 1)} · "
            f"{items_phrase(*data.item_counts())} · "
            f"{esc(data.source)} · results of {esc(last.created)} · evalkit {esc(last.evalkit_version or __version__)}")
    overview = (f'<section id="overview"><div class="cards">{_gate_card(data.gate)}{_focus_card(data)}'
                f'{_worst_card(data)}</div>{_notes(data)}'
                f'<h2>Checkpoints</h2>{_plots(data)}{_summary_table(data)}'
                f'{_drift_section(data.drift) if data.drift else ""}</section>')
    items = "".join(_item(data, k, item_id, HtmlOptions(collapse_after=options.collapse_after))
                    for k, item_id in enumerate(ids))
    body = (f'<header class="top"><h1><span class="tool">evalkit ·</span> {esc(data.suite)}</h1>'
            f'<p class="meta">{meta}</p></header><main>{overview}'
            f'<section id="items"><h2>Items</h2>{_filters(data, tags, splits)}<div id="item-list">{items}</div></section>'
            f'<footer>Generated by evalkit {esc(__version__)}. Hover or focus a highlighted value for its evidence; '
            f'expand “unsupported claims” for the full passage.</footer></main>')
    csp = (f"default-src 'none'; img-src data:; style-src {_sha256(CSS)}; script-src {_sha256(JS)}; "
           "base-uri 'none'; form-action 'none'")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(title)}</title><style>{CSS}</style></head><body>{body}'
        f'<script type="application/json" id="evalkit-data">{script_json(_index_data(data, ids))}</script>'
        f'<script>{JS}</script></body></html>\n')
