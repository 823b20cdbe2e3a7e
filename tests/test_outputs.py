"""Replay outputs: every bad line reported with its number; the good lines still scored."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evalkit import InputError, load_suite
from evalkit.outputs import load_outputs, missing_items

from .test_suite_loader import MINIMAL, write_suite


@pytest.fixture
def suite(tmp_path):
    return load_suite(write_suite(tmp_path, MINIMAL))


def test_reads_good_lines_and_reports_bad_ones(tmp_path, suite):
    path = tmp_path / "out.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "q9", "output": "HBM3, 80GB."}),
        "{not json",
        json.dumps({"id": "q99", "output": "x"}),
        json.dumps({"id": "q9", "output": "again"}),
        json.dumps(["a", "list"]),
        json.dumps({"output": "no id"}),
        json.dumps({"id": "u1", "output": ""}),
        "",
    ]), encoding="utf-8")
    outputs, problems = load_outputs(path, suite)
    assert outputs == {"q9": "HBM3, 80GB.", "u1": ""}
    assert [str(p) for p in problems] == [
        f"{path}:2: invalid JSON: Expecting property name enclosed in double quotes at column 2",
        f"{path}:3: item 'q99': unknown id 'q99' (did you mean 'q9'?); not in suite 'gpu-supply'",
        f"{path}:4: item 'q9': duplicate id 'q9' (first on line 1); keeping the first",
        f"{path}:5: expected an object {{\"id\": ..., \"output\": ...}}, found list",
        f"{path}:6: missing or empty \"id\"",
        f"{path}:7: item 'u1': empty output; scored as an empty answer",
    ]
    assert [p.severity for p in problems][-1] == "warning"


def test_missing_items_are_listed(tmp_path, suite):
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps({"id": "q9", "output": "x"}) + "\n", encoding="utf-8")
    outputs, problems = load_outputs(path, suite)
    assert problems == []
    assert [str(p) for p in missing_items(suite, outputs, path)] == [
        f"{path}: 1 of 2 golden items have no output and are left out of the scores: u1"]


def test_missing_file_is_an_input_error(tmp_path, suite):
    with pytest.raises(InputError) as info:
        load_outputs(tmp_path / "nope.jsonl", suite)
    assert str(info.value) == f"{tmp_path / 'nope.jsonl'}: outputs file not found"
