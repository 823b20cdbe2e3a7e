"""evalkit: evaluation and regression testing for fine-tuned language models.

The public API. Heavy parts (torch, transformers, lm-eval) load only when a function needs them.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .config import RunConfig, Target, load_config, load_target
from .errors import InputError, Problem
from .results import ClaimResult, ItemResult, RunResult, Summary
from .suite import Document, Item, Suite, load_suite, with_paraphrases

_LAZY = {
    # scoring
    "build_context": "scoring", "score_answer": "scoring", "score_items": "scoring", "score_outputs": "scoring",
    "scorer": "scoring", "available_scorers": "scoring",
    # generation
    "CheckpointSpec": "runner", "RunOptions": "runner", "generate_outputs": "runner", "run_checkpoints": "runner",
    # drift and baselines
    "DriftReport": "drift", "analyze": "drift", "run_drift": "drift_run", "run_baselines": "baselines",
    "discover": "checkpoints",
    # gates and golden baselines
    "GateResult": "gate", "candidate_result": "gate", "compare": "gate", "gate_markdown": "gate", "run_gate": "gate",
    "Baseline": "snapshot", "baseline_path": "snapshot", "find_baseline": "snapshot", "load_baseline": "snapshot",
    "record_baseline": "snapshot",
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
