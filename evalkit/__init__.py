"""evalkit: evaluation and regression testing for fine-tuned language models.

The public API. Heavy parts (torch, transformers, lm-eval) load only when a function needs them.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .config import RunConfig, Target, load_config, load_target
from .errors import InputError, Problem
from .results.model import ClaimResult, ItemResult, RunResult, Summary
from .suite import Document, Item, Suite, load_suite, with_paraphrases

_LAZY = {
    # scoring
    "build_context": "scoring", "score_answer": "scoring", "score_items": "scoring", "score_outputs": "scoring",
    "scorer": "scoring", "available_scorers": "scoring",
    # generation
    "CheckpointSpec": "run", "RunOptions": "run", "generate_outputs": "run", "run_checkpoints": "run",
    # drift and baselines
    "DriftReport": "drift.rules", "analyze": "drift.rules", "run_drift": "drift.run",
    "run_baselines": "drift.lmeval", "discover": "drift.series",
    # gates and golden baselines
    "GateResult": "gate.compare", "candidate_result": "gate.candidate", "compare": "gate.compare",
    "gate_markdown": "report.markdown", "run_gate": "gate.compare",
    "Baseline": "gate.golden", "baseline_path": "gate.golden", "find_baseline": "gate.golden",
    "load_baseline": "gate.golden", "record_baseline": "gate.golden",
    # reports
    "ReportData": "report", "load_run": "report", "render_html": "report", "render_json": "report",
    "render_junit": "report", "render_markdown": "report", "write_reports": "report",
}

__all__ = sorted([
    "ClaimResult", "Document", "InputError", "Item", "ItemResult", "Problem", "RunConfig", "RunResult",
    "Suite", "Summary", "Target", "load_config", "load_suite", "load_target", "with_paraphrases", *_LAZY,
])


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
