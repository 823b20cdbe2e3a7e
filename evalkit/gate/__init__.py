"""Pre-merge gates: golden baselines recorded under `golden/` (`golden`), the candidate to gate
(`candidate`), and the paired comparison with its verdict (`compare`)."""
from .candidate import candidate_result
from .compare import Check, GateResult, ItemChange, MetricComparison, compare, run_gate
from .golden import Baseline, BaselineItem, baseline_path, find_baseline, load_baseline, record_baseline

__all__ = ["Baseline", "BaselineItem", "Check", "GateResult", "ItemChange", "MetricComparison", "baseline_path",
           "candidate_result", "compare", "find_baseline", "load_baseline", "record_baseline", "run_gate"]
