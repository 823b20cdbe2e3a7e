"""Drift plots: the metrics over epochs as SVG and PNG, written beside the results."""
from __future__ import annotations

from pathlib import Path

from .rules import DriftReport

# (metric key, label) per panel; a metric absent from every point is left out
QUALITY = [("hallucination_rate", "hallucination rate"), ("attribution_rate", "attribution rate"),
           ("abstention_rate", "abstention (unanswerable)"), ("verbatim_rate", "verbatim rate (train)")]
SIMILARITY = [("rougeL_train", "ROUGE-L train questions"), ("rougeL_heldout", "ROUGE-L held-out"),
              ("rougeL_paraphrase", "ROUGE-L paraphrased"), ("bertscore_f1", "BERTScore F1")]


def _x(report: DriftReport) -> tuple[list[float], str]:
    if all(p.epoch is not None for p in report.points):
        return [p.epoch for p in report.points], "epoch"
    if all(p.step is not None for p in report.points):
        return [p.step for p in report.points], "step"
    return list(range(len(report.points))), "checkpoint"


def plot_drift(report: DriftReport, out_dir: str | Path) -> list[Path]:
    """Write drift-1-quality, drift-2-generalization and (with baselines) drift-3-baselines, as SVG and PNG."""
    import matplotlib

    matplotlib.use("Agg")  # no display here, nor in CI
    import matplotlib.pyplot as plt

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    xs, xlabel = _x(report)
    # numbered so that a report listing the plots by name shows them in this order
    panels = [("drift-1-quality", "Answer quality over training", QUALITY),
              ("drift-2-generalization", "Training vs held-out and paraphrased questions", SIMILARITY)]
    baseline_names = sorted({k for p in report.points for k in p.baselines})
    written: list[Path] = []
    for name, title, series in panels + ([("drift-3-baselines", "General ability (lm-eval baselines)", None)]
                                         if baseline_names else []):
        fig, ax = plt.subplots(figsize=(7.5, 3.6), dpi=110)
        if series is None:
            lines = [(k, k, [p.baselines.get(k) for p in report.points]) for k in baseline_names]
        else:
            lines = [(k, label, [p.metrics.get(k) for p in report.points]) for k, label in series]
        for _, label, ys in lines:
            pts = [(x, y) for x, y in zip(xs, ys) if y is not None]
            if pts:
                ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", markersize=3.5, linewidth=1.6, label=label)
        for verdict, style, text, ha in ((report.best, "--", "best ", "right"),
                                         (report.memorization_starts, ":", " memorization starts", "left")):
            if verdict is not None:
                x = xs[[p.label for p in report.points].index(verdict)]
                ax.axvline(x, linestyle=style, color="#555", linewidth=1)
                # best to the left of its line, memorization to the right: adjacent lines stay legible
                ax.annotate(text, (x, 1.02), xycoords=("data", "axes fraction"), fontsize=8, ha=ha, color="#333")
        ax.set_ylim(-0.02, 1.02)
        ax.set_xlabel(xlabel)
        ax.set_title(title, fontsize=10, pad=14)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7.5, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
        fig.tight_layout()
        for ext in ("svg", "png"):
            path = out / f"{name}.{ext}"
            fig.savefig(path, format=ext, metadata={"Date": None} if ext == "svg" else None)
            written.append(path)
        plt.close(fig)
    return written
