"""Scorer registry. A scorer is a factory: called with its settings, it returns the per-batch
function `(cases, context) -> list[ScoreResult]` (one result per case), as inspect_ai's
`@scorer` factories do:

    @scorer(name="similarity")
    def similarity(memorized_threshold: float = 0.9) -> ScorerFn:
        def score(cases, context): ...
        return score

Built-in scorers and plugins are found through the `evalkit.scorers` entry point group, as
inspect_ai and pytest find theirs: a plugin package declares

    [project.entry-points."evalkit.scorers"]
    nli-judge = "evalkit_nli.scorer:nli_judge"

and a run config lists it under `scoring.scorers`. `@scorer(name=...)` also registers a factory
defined in code (tests, notebooks) without packaging it.

Settings: the factory is called with the `scoring` fields its parameters name (e.g.
`memorized_threshold`, `embeddings`, `support_threshold`) and with `scoring.plugins.<name>`, the
scorer's own settings, which win.
"""
from __future__ import annotations

import inspect
from importlib import import_module
from importlib.metadata import entry_points
from pathlib import Path
from typing import Callable

from ..config import ScoringConfig
from ..errors import InputError, Problem, did_you_mean
from .context import Case, ScoringContext
from .result import ScoreResult

ENTRY_POINT_GROUP = "evalkit.scorers"

# Names of the built-in scorers and where they live; used when the package metadata is absent
# (running from a source tree that was never pip-installed).
BUILTINS = {
    "similarity": "evalkit.scoring.builtin:similarity",
    "abstention": "evalkit.scoring.builtin:abstention",
    "attribution": "evalkit.scoring.builtin:attribution",
    "hallucination": "evalkit.scoring.builtin:hallucination",
    "correctness": "evalkit.scoring.builtin:correctness",
    "bertscore": "evalkit.scoring.builtin:bertscore",
}
DEFAULT_SCORERS = ("similarity", "abstention", "attribution", "hallucination")
# `scoring` fields that are not settings of any one scorer
_NOT_SETTINGS = frozenset({"scorers", "plugins"})

ScorerFn = Callable[[list[Case], ScoringContext], list[ScoreResult]]
ScorerFactory = Callable[..., ScorerFn]

_registered: dict[str, ScorerFactory] = {}


def scorer(name: str) -> Callable[[ScorerFactory], ScorerFactory]:
    """Register a scorer factory under `name` (overrides an entry point of the same name)."""

    def wrap(factory: ScorerFactory) -> ScorerFactory:
        _registered[name] = factory
        factory.scorer_name = name  # type: ignore[attr-defined]
        return factory

    return wrap


def available_scorers() -> dict[str, str]:
    """Scorer name -> where its factory lives ("module:function")."""
    found = dict(BUILTINS)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found[ep.name] = ep.value
    found.update({name: f"{f.__module__}:{f.__qualname__}" for name, f in _registered.items()})
    return found


def get_scorer(name: str, config_file=None) -> ScorerFactory:
    """The factory of the scorer called `name`; an InputError naming the run config when there is none."""
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


def build_scorer(name: str, settings: ScoringConfig, config_file: Path | None = None) -> ScorerFn:
    """The per-batch function of scorer `name`, its factory called with its settings."""
    factory = get_scorer(name, config_file)
    return factory(**scorer_settings(name, factory, settings, config_file))


def scorer_settings(name: str, factory: ScorerFactory, settings: ScoringConfig,
                    config_file: Path | None = None) -> dict:
    """The keyword arguments for `factory`: the shared `scoring` fields it names, then its own."""
    params = inspect.signature(factory).parameters
    shared = {k: getattr(settings, k) for k in params if k in type(settings).model_fields and k not in _NOT_SETTINGS}
    own = dict(settings.plugins.get(name, {}))
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    unknown = sorted(set(own) - set(params)) if not takes_any else []
    if unknown:
        raise InputError([Problem(config_file or Path("<run config>"),
                                  f"scoring.plugins.{name}: unknown setting(s) {unknown}")])
    return {**shared, **own}
