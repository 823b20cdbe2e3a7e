"""Reports people read: a self-contained HTML page, a Markdown summary, JUnit XML and JSON.

    data = load_run(run_dir)                 # whatever the run directory holds
    render_html(data) / render_markdown(data) / render_junit(data) / render_json(data) -> str
    gate_markdown(gate_result) -> str        # a gate's verdict for a PR or $GITHUB_STEP_SUMMARY
    write_reports(run_dir, html=..., markdown=..., junit=..., json=...) -> {"html": Path, ...}
"""
from __future__ import annotations

from .data import Checkpoint, Drift, DriftVerdict, Gate, GateCheck, Plot, ReportData, load_run
from .html import HtmlOptions, render_html
from .jsonout import render_json
from .junit import render_junit
from .markdown import gate_markdown, render_markdown
from .write import default_outputs, write_reports

__all__ = ["Checkpoint", "Drift", "DriftVerdict", "Gate", "GateCheck", "HtmlOptions", "Plot", "ReportData",
           "default_outputs", "gate_markdown", "load_run", "render_html", "render_json", "render_junit", "render_markdown",
           "write_reports"]
