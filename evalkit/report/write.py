"""Writing the reports of a run: the one call `report`, `run`, `drift` and `demo` make."""
from __future__ import annotations

from pathlib import Path

from ..store import write_text_atomic
from .data import ReportData, load_run
from .html import render_html
from .jsonout import render_json
from .junit import render_junit
from .markdown import render_markdown

RENDERERS = {"html": render_html, "markdown": render_markdown, "junit": render_junit, "json": render_json}
DEFAULT_NAMES = {"html": "report.html", "markdown": "report.md"}


def default_outputs(data: ReportData) -> dict[str, Path]:
    """With no output named: report.html and report.md in the run directory."""
    return {kind: data.root / name for kind, name in DEFAULT_NAMES.items()}


def write_reports(run_dir: str | Path | None = None, *, html: str | Path | None = None,
                  markdown: str | Path | None = None, junit: str | Path | None = None,
                  json: str | Path | None = None, data: ReportData | None = None) -> dict[str, Path]:
    """Render and write (atomically) each report asked for; none asked for: the defaults.

    Pass `data` to reuse an already loaded run. Returns {"html": path, ...} of what was written.
    """
    if data is None:
        if run_dir is None:
            raise ValueError("write_reports needs run_dir or data")
        data = load_run(run_dir)
    wanted = {k: Path(v) for k, v in {"html": html, "markdown": markdown, "junit": junit, "json": json}.items()
              if v is not None}
    wanted = wanted or default_outputs(data)
    return {kind: write_text_atomic(path, RENDERERS[kind](data)) for kind, path in wanted.items()}
