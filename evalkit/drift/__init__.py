"""Drift across a series of checkpoints: discover and order the series (`series`), run every
checkpoint with the lm-eval baselines (`run`, `lmeval`), the verdicts over the series (`rules`),
and the plots (`plots`). The lm-eval baseline tasks ship as package data in `tasks/`."""
from .rules import DriftPoint, DriftReport, analyze, make_point

__all__ = ["DriftPoint", "DriftReport", "analyze", "make_point"]
