"""Suites and configs are read under YAML 1.2's core schema: what a person writes as text stays text."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evalkit import load_suite
from evalkit.yamlfile import load_core

SUITE = """\
name: hours
documents:
  - id: a
    title: Office hours
    path: a.md
items:
  - id: q1
    question: When does the office open?
    answer: {answer}
    source: a
"""


@pytest.mark.parametrize("written", ["14:00", "yes", "no", "on", "off", "2026-03-01", "0755", "1_000", "12:30:15"])
def test_reference_answers_yaml_1_1_would_retype_stay_text(tmp_path: Path, written: str):
    (tmp_path / "a.md").write_text("The office opens at 14:00.\n")
    (tmp_path / "suite.yaml").write_text(SUITE.format(answer=written))
    assert load_suite(tmp_path / "suite.yaml").items[0].answer == written


def test_a_bare_number_answer_is_still_a_located_error(tmp_path: Path):
    (tmp_path / "a.md").write_text("Four.\n")
    (tmp_path / "suite.yaml").write_text(SUITE.format(answer="4"))
    with pytest.raises(Exception) as exc:
        load_suite(tmp_path / "suite.yaml")
    assert "suite.yaml:9" in str(exc.value) and "'answer' must be text" in str(exc.value)


def test_numbers_booleans_and_nulls_keep_their_types():
    assert load_core("[42, -7, -1.5, .5, 3., 1e3, 2.5E-2, 0x1F, 0o17, true, False, null, ~, .inf, -.INF]") == [
        42, -7, -1.5, 0.5, 3.0, 1000.0, 0.025, 31, 15, True, False, None, None, float("inf"), float("-inf")]
    assert load_core("base: &b {x: 1}\nitem: {<<: *b, y: 2}\nempty:\n") == {"base": {"x": 1}, "item": {"x": 1, "y": 2}, "empty": None}


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?", fullmatch=True))
def test_clock_times_are_text(text: str):
    assert load_core(f"t: {text}") == {"t": text}
