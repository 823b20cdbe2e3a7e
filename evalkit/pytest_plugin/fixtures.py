"""Fixtures for hand-written tests: evalkit_target, evalkit_suite, evalkit_model, evalkit_score."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .state import EvalkitRun, active_run

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Target
    from ..results.model import ItemResult
    from ..suite import Item, Suite


# --- fixtures -------------------------------------------------------------------------------------

_NO_SUITE = ("evalkit: no suite configured (pass --evalkit CONFIG, or set evalkit_config in the ini file "
             "or config in [tool.evalkit] of pyproject.toml)")


def _active_run(config: pytest.Config) -> EvalkitRun:
    run = active_run(config)
    if run is None:
        pytest.skip(_NO_SUITE)
    return run


@pytest.fixture(scope="session")
def evalkit_target(request: pytest.FixtureRequest) -> Target:
    """The run config and golden suite under test (evalkit.config.Target)."""
    run = _active_run(request.config)
    from ..errors import InputError

    try:
        return run.target()
    except InputError as exc:
        problems = str(exc)
    pytest.fail(f"evalkit could not load {run.settings.config}:\n{problems}", pytrace=False)  # not chained


@pytest.fixture(scope="session")
def evalkit_suite(evalkit_target: Target) -> Suite:
    """The golden suite (evalkit.suite.Suite): `evalkit_suite.item("q9")`, `.items`, `.documents`."""
    return evalkit_target.suite


class EvalkitModel:
    """The checkpoint under test. `model(item)` answers a golden item (as in the golden run: same
    prompt, same cache); `model("a free question?")` answers any question; `model.answer("q9")`
    answers a golden item by id."""

    def __init__(self, run: EvalkitRun):
        self._run = run

    @property
    def label(self) -> str:
        return self._run.label

    @property
    def checkpoint(self) -> str:
        return self._run.settings.checkpoint

    @property
    def fingerprint(self) -> str:
        return self._run.generator().fingerprint

    def __call__(self, question_or_item: Item | str) -> str:
        if isinstance(question_or_item, str):
            from ..suite import Item

            if self._run.is_replay:
                raise LookupError("the checkpoint under test is a replay file: it answers golden items only "
                                  "(pass an item or use .answer(id))")
            item = Item(id="__evalkit_question__", question=question_or_item, answerable=False)
            return self._run.generate([item]).outputs[item.id]
        return self.answer(question_or_item)

    def answer(self, item: Item | str) -> str:
        item = self._run.item(item)
        known = self._run.known(item.id)
        if known is not None:
            return known.output
        out = self._run.generate([item]).outputs
        if item.id not in out:
            raise LookupError(self._run.missing_reason(item.id))
        return out[item.id]

    def answers(self, items) -> dict[str, str]:
        """Answers to many golden items in one batch, by id."""
        return self._run.generate([self._run.item(i) for i in items]).outputs

    def __repr__(self) -> str:
        return f"<EvalkitModel {self.label} ({self.checkpoint})>"


@pytest.fixture(scope="session")
def evalkit_model(request: pytest.FixtureRequest, evalkit_target: Target) -> EvalkitModel:
    """The checkpoint under test as a callable: `evalkit_model(item_or_question) -> str`."""
    run = _active_run(request.config)
    if not run.settings.checkpoint:
        pytest.skip("evalkit: no checkpoint under test (pass --evalkit-checkpoint PATH)")
    return EvalkitModel(run)


@pytest.fixture(scope="session")
def evalkit_score(request: pytest.FixtureRequest, evalkit_target: Target):
    """`evalkit_score(item_or_id, answer) -> ItemResult`, scored like the golden items:
    `assert not evalkit_score("q9", answer).hallucinated`."""
    run = _active_run(request.config)

    def score(item: Item | str, answer: str) -> ItemResult:
        return run.score(item, answer)

    return score


