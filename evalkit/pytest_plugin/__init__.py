"""evalkit's pytest plugin (the `pytest11` entry point `evalkit`): golden items as tests.

    pytest --evalkit suites/gpu-supply.yaml --evalkit-checkpoint runs/epoch-03 -m evalkit_suite

adds one test per golden item (`suites/gpu-supply.yaml::q9`, a node id pytest takes back), one per suite gate (`...::gate[hallucination_rate]`,
`...::gate[regression]` with --evalkit-baseline), the fixtures `evalkit_target`, `evalkit_suite`,
`evalkit_model` and `evalkit_score` for hand-written tests, and an "evalkit" section in the terminal summary.

The plugin is loaded by every pytest run in an environment where evalkit is installed, so importing
this module costs nothing (pytest and the standard library only) and every hook returns at once
unless a suite is configured: `--evalkit CONFIG`, the ini option `evalkit_config`, or `config` in the
`[tool.evalkit]` table of pyproject.toml (command line > ini > pyproject).

Generation happens once per session, in one batch, lazily when the first golden item or gate runs
(so `--collect-only` never loads a model): through `runner.generate_outputs` and the SQLite
generation cache, under a file lock, so pytest-xdist workers generate each prompt once between
them: the first worker to take the lock generates, the others then find every answer in the cache.
"""
from __future__ import annotations

# pytest finds hooks and fixtures among this module's attributes: the plugin is the package
from .fixtures import evalkit_model, evalkit_score, evalkit_suite, evalkit_target
from .options import pytest_addoption
from .session import pytest_configure

__all__ = ["evalkit_model", "evalkit_score", "evalkit_suite", "evalkit_target", "pytest_addoption",
           "pytest_configure"]
