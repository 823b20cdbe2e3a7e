"""Long outputs: the sentence splitter is linear, and scoring clips runaway outputs (noted)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from evalkit.config import load_target
from evalkit.scoring import build_context, score_answer
from evalkit.scoring.claims import split_claims

SUITE = Path(__file__).resolve().parents[1] / "suites" / "gpu-supply.yaml"
UNIT = "The H100 SXM uses HBM3 memory from SK Hynix, e.g. 80GB in total. It shipped in 2023 at $30,000. "


def _text(n: int) -> str:
    return (UNIT * (n // len(UNIT) + 1))[:n]


def test_sentence_splitter_is_linear():
    t0 = time.perf_counter()
    claims = split_claims(_text(1_000_000))
    assert time.perf_counter() - t0 < 5  # was quadratic: 100 KB took 28 s
    assert len(claims) > 10_000
    # the windowed look-back still knows abbreviations and initials
    assert [c.text for c in split_claims("Ask Dr. Smith about it. J. Smith agreed. It works.")] == [
        "Ask Dr. Smith about it.", "J. Smith agreed.", "It works."]


@pytest.fixture(scope="module")
def target():
    t = load_target(SUITE)
    scoring = t.config.scoring.model_copy(update={"embeddings": False})
    return t.model_copy(update={"config": t.config.model_copy(update={"scoring": scoring})})


def test_a_megabyte_output_is_clipped_before_scoring(target):
    # what bounds the time: the scorer sees 20,000 characters (time per output: bench/scoring_speed.py)
    item = next(i for i in target.suite.items if i.answerable)
    context = build_context(target)
    context.warm([item])
    result = score_answer(target, item, _text(1_000_000), context)
    assert len(result.output) == 20_000
    assert any("clipped" in r and "max_output_chars" in r for r in result.reasons)


def test_max_output_chars_is_configurable(target):
    scoring = target.config.scoring.model_copy(update={"max_output_chars": 50})
    t = target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})
    item = next(i for i in t.suite.items if i.answerable)
    short = score_answer(t, item, "x" * 40)
    assert not any("clipped" in r for r in short.reasons)
    long = score_answer(t, item, "y" * 80)
    assert long.output == "y" * 50 and any("first 50 of 80" in r for r in long.reasons)
