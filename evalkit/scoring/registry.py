"""Scorer registry. A scorer is a function `(cases, context) -> list[Verdict]`, registered by name.

Built-in scorers and plugins are found through the `evalkit.scorers` entry point group, as
inspect_ai and pytest find theirs: a plugin package declares

    [project.entry-points."evalkit.scorers"]
    nli-judge = "evalkit_nli.scorer:nli_judge"

and a run config lists it under `scoring.scorers`. `@scorer("name")` registers a function
defined in code (tests, notebooks) without packaging it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Callable, Protocol

from ..errors import InputError, Problem, did_you_mean

ENTRY_POINT_GROUP = "evalkit.scorers"

# Names of the built-in scorers and where they live; used when the package metadata is absent
# (running from a source tree that was never pip-installed).
BUILTINS = {
    "similarity": "evalkit.scoring.builtin:similarity",
    "abstention": "evalkit.scoring.builtin:abstention",
    "attribution": "evalkit.scoring.builtin:attribution",
    "hallucination": "evalkit.scoring.builtin:hallucination",
    "bertscore": "evalkit.scoring.builtin:bertscore",
}
DEFAULT_SCORERS = ("similarity", "abstention", "attribution", "hallucination")


@dataclass
class Verdict:
    """What one scorer says of one answer: numeric scores and ItemResult fields it decides."""

    scores: dict[str, float] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)


class ScorerFn(Protocol):
    def __call__(self, cases: list, context: Any) -> list[Verdict]: ...


_registered: dict[str, ScorerFn] = {}


def scorer(name: str) -> Callable[[ScorerFn], ScorerFn]:
    """Register a scorer function under `name` (overrides an entry point of the same name)."""

    def wrap(fn: ScorerFn) -> ScorerFn:
        _registered[name] = fn
        fn.scorer_name = name  # type: ignore[attr-defined]
        return fn

    return wrap


def available_scorers() -> dict[str, str]:
    """Scorer name -> where it comes from ("module:function" or "registered")."""
    found = dict(BUILTINS)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found[ep.name] = ep.value
    found.update({name: "registered" for name in _registered})
    return found


def get_scorer(name: str, config_file=None) -> ScorerFn:
    """The scorer called `name`; an InputError naming the run config when there is none."""
    if name in _registered:
        return _registered[name]
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            return ep.load()
    if name in BUILTINS:
        module, attr = BUILTINS[name].split(":")
        return getattr(import_module(module), attr)
    known = available_scorers()
    raise InputError([Problem(
        file=config_file or Path("<run config>"),
        message=f"scoring.scorers: unknown scorer '{name}'{did_you_mean(name, known)}; "
        f"available: {', '.join(sorted(known))}",
    )])
