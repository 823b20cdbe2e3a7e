"""Scorers: claims and atoms, evidence, hallucination, attribution, abstention, similarity.

Names are imported lazily so that `evalkit.scoring.atoms` and friends load without the rest.
"""
from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "build_context": "pipeline", "score_answer": "pipeline", "score_items": "pipeline", "score_outputs": "pipeline",
    "ScoreResult": "result", "combine": "result",
    "ScorerFn": "registry", "available_scorers": "registry", "get_scorer": "registry", "scorer": "registry",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
