"""evalkit: evaluation and regression testing for fine-tuned language models."""
from __future__ import annotations

__version__ = "0.1.0"

from .config import RunConfig, Target, load_config, load_target
from .errors import InputError, Problem
from .results import ClaimResult, ItemResult, RunResult, Summary
from .suite import Document, Item, Suite, load_suite

__all__ = [
    "ClaimResult", "Document", "InputError", "Item", "ItemResult", "Problem", "RunConfig", "RunResult",
    "Suite", "Summary", "Target", "load_config", "load_suite", "load_target",
]
