"""A small inline SVG line chart of the headline rates per checkpoint, for runs without drift plots.

Numbers only come from the results; labels go through the same escaping helper as the page.
"""
from __future__ import annotations

from ..results.metrics import label as metric_label
from .escape import esc

SERIES = [(metric_label(name), name, colour) for name, colour in (  # (label, summary attribute, colour)
    ("pass_rate", "#1a7f37"), ("hallucination_rate", "#cf222e"), ("attribution_rate", "#0969da"),
    ("memorization_rate", "#8250df"), ("abstention_rate", "#9a6700"))]  # good rates cool, bad ones warm


def rates_chart(labels: list[str], summaries: list, *, marks: dict[str, str] | None = None,
                width: int = 860, height: int = 280) -> str:
    """`marks`: checkpoint label -> note drawn as a dashed vertical line (best, memorization starts)."""
    left, right, top, bottom = 44, 16, 16, 64
    w, h = width - left - right, height - top - bottom
    n = len(labels)
    x = (lambda i: left + w / 2) if n == 1 else (lambda i: left + w * i / (n - 1))
    y = lambda v: top + h * (1 - v)  # noqa: E731
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="rates per checkpoint" xmlns="http://www.w3.org/2000/svg">']
    for tick in (0, 0.25, 0.5, 0.75, 1):
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" class="tick" text-anchor="end">{int(tick * 100)}%</text>')
    step = max(1, -(-n // 16))  # at most ~16 x labels
    for i, label in enumerate(labels):
        if i % step == 0 or i == n - 1:
            parts.append(f'<text class="tick" text-anchor="end" transform="translate({x(i):.1f},{top + h + 12}) '
                         f'rotate(-35)">{esc(label)}</text>')
    notes = []   # drawn last, over the lines, each on a white halo
    for label, note in (marks or {}).items():
        if label in labels:
            xi = x(labels.index(label))
            # the note reads away from the edge: a mark on the right half (the last checkpoint
            # too) has its note on the line's left, where the chart has room for it
            side = (f'x="{xi - 4:.1f}" text-anchor="end"' if xi > left + w / 2 else f'x="{xi + 4:.1f}"')
            parts.append(f'<line x1="{xi:.1f}" x2="{xi:.1f}" y1="{top}" y2="{top + h}" class="mark"/>')
            notes.append(f'<text {side} y="{top + 10}" class="mark-label">{esc(note)}</text>')
    for name, attr, colour in SERIES:
        values = [getattr(s, attr) for s in summaries]
        if all(v is None for v in values):
            continue
        pts = [(x(i), y(v)) for i, v in enumerate(values) if v is not None]
        if len(pts) > 1:
            path = " ".join(f"{'M' if k == 0 else 'L'}{px:.1f},{py:.1f}" for k, (px, py) in enumerate(pts))
            parts.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for i, v in enumerate(values):
            if v is not None:
                parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}">'
                             f'<title>{esc(labels[i])} · {esc(name)} {100 * v:.0f}%</title></circle>')
    parts += notes + ["</svg>"]
    legend = "".join(f'<span class="key"><i class="swatch sw-{k}"></i>{esc(name)}</span>'
                     for k, (name, attr, _) in enumerate(SERIES)
                     if any(getattr(s, attr) is not None for s in summaries))
    return f'<figure class="plot">{"".join(parts)}<figcaption>{legend}</figcaption></figure>'
