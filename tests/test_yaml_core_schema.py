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


@pytest.mark.parametrize("written", ["4", "6.", "18", "007", "0x1F", "1e3", "2.50", "-3", ".5"])
def test_a_number_in_a_text_field_is_the_text_as_written(tmp_path: Path, written: str):
    # YAML reads `answer: 6.` as the float 6.0; its author wrote the answer "6."
    (tmp_path / "a.md").write_text("Four.\n")
    (tmp_path / "suite.yaml").write_text(SUITE.format(answer=written).replace("id: q1", f"id: {written}")
                                         .replace("title: Office hours", f"title: {written}"))
    suite = load_suite(tmp_path / "suite.yaml")
    assert (suite.items[0].answer, suite.items[0].id, suite.documents[0].title) == (written, written, written)


def test_numbers_in_tags_and_paraphrases_are_text(tmp_path: Path):
    (tmp_path / "a.md").write_text("Four.\n")
    (tmp_path / "suite.yaml").write_text(SUITE.format(answer="4") + "    tags: [2027, x]\n    paraphrases: [1.50]\n")
    item = load_suite(tmp_path / "suite.yaml").items[0]
    assert (item.tags, item.paraphrases) == (("2027", "x"), ("1.50",))


def test_a_boolean_answer_is_still_a_located_error(tmp_path: Path):
    (tmp_path / "a.md").write_text("Four.\n")
    (tmp_path / "suite.yaml").write_text(SUITE.format(answer="true"))
    with pytest.raises(Exception) as exc:
        load_suite(tmp_path / "suite.yaml")
    assert "suite.yaml:9" in str(exc.value) and "'answer' must be text" in str(exc.value)


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[-+]?(?:(?:0|[1-9][0-9]{0,5})(?:\.[0-9]{0,3})?|\.[0-9]{1,3})(?:[eE][-+]?[0-9]{1,2})?", fullmatch=True))
def test_any_number_written_as_a_reference_is_read_back_as_written(text: str):
    from evalkit.suite import _normalise_ids
    from evalkit.yamlfile import parse_yaml_with_lines

    data, _ = parse_yaml_with_lines = parse_yaml_with_lines(SUITE.format(answer=text), Path("/nonexistent/suite.yaml"))
    assert data["items"][0]["answer"] == float(text)  # YAML still reads a number ...
    assert _normalise_ids(data["items"][0])["answer"] == text  # ... the item keeps its text


def test_numbers_booleans_and_nulls_keep_their_types():
    assert load_core("[42, -7, -1.5, .5, 3., 1e3, 2.5E-2, 0x1F, 0o17, true, False, null, ~, .inf, -.INF]") == [
        42, -7, -1.5, 0.5, 3.0, 1000.0, 0.025, 31, 15, True, False, None, None, float("inf"), float("-inf")]
    assert load_core("base: &b {x: 1}\nitem: {<<: *b, y: 2}\nempty:\n") == {"base": {"x": 1}, "item": {"x": 1, "y": 2}, "empty": None}


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?", fullmatch=True))
def test_clock_times_are_text(text: str):
    assert load_core(f"t: {text}") == {"t": text}
