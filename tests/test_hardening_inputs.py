"""Hostile input files: located errors or clean reads, the good lines kept, never a traceback."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from evalkit import InputError, load_suite
from evalkit.errors import read_user_text
from evalkit.outputs import load_outputs
from evalkit.store import write_json_atomic

SUITE = """\
name: s
documents:
  - id: d
    title: D
    path: {path}
items:
  - id: q1
    question: What does the H100 SXM use?
    answer: The H100 SXM uses HBM3.
    source: d
  - id: q2
    question: Which memory?
    answer: HBM3.
    source: d
"""


def suite_at(tmp_path: Path, doc_path: str = "doc.md"):
    (tmp_path / "doc.md").write_text("The H100 SXM uses HBM3.\n", encoding="utf-8")
    path = tmp_path / "suite.yaml"
    path.write_text(SUITE.format(path=json.dumps(doc_path)), encoding="utf-8")
    return path


def test_outputs_lone_surrogate_is_a_located_error_and_the_rest_is_kept(tmp_path):
    suite = load_suite(suite_at(tmp_path))
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "q1", "output": "bad \\ud800 half"}\n{"id": "q2", "output": "HBM3."}\n', encoding="utf-8")
    outputs, problems = load_outputs(out, suite)
    assert outputs == {"q2": "HBM3."}
    assert [(p.line, p.item) for p in problems] == [(1, "q1")] and "surrogate" in problems[0].message
    # and a results file holding one anyway is still written
    write_json_atomic(tmp_path / "r.json", {"x": "a\ud800b"})
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == {"x": "a\ud800b"}


def test_outputs_deep_nesting_is_a_located_error(tmp_path):
    suite = load_suite(suite_at(tmp_path))
    out = tmp_path / "o.jsonl"
    out.write_text("[" * 100_000 + "]" * 100_000 + '\n{"id": "q2", "output": "HBM3."}\n', encoding="utf-8")
    outputs, problems = load_outputs(out, suite)
    assert outputs == {"q2": "HBM3."} and [p.line for p in problems] == [1]


def test_outputs_bom_keeps_the_first_line(tmp_path):
    suite = load_suite(suite_at(tmp_path))
    out = tmp_path / "o.jsonl"
    out.write_bytes(b'\xef\xbb\xbf{"id": "q1", "output": "x"}\n{"id": "q2", "output": "y"}\n')
    outputs, problems = load_outputs(out, suite)
    assert outputs == {"q1": "x", "q2": "y"} and problems == []


def test_user_text_with_a_bom_is_read(tmp_path):
    path = tmp_path / "b.json"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}')
    assert json.loads(read_user_text(path, "missing", "a JSON file")) == {"a": 1}
    suite = suite_at(tmp_path)
    suite.write_bytes(b"\xef\xbb\xbf" + suite.read_bytes())
    assert load_suite(suite).name == "s"


@pytest.mark.parametrize("doc_path, says", [("doc\x00.md", "NUL"), ("d" * 5000 + ".md", "not a usable file name"),
                                            ("sub", "is a directory"), ("fifo", "is a FIFO")])
def test_bad_document_paths_are_located_errors(tmp_path, doc_path, says):
    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputError) as exc:
        load_suite(suite_at(tmp_path, doc_path))
    (problem,) = exc.value.problems
    assert says in problem.message and problem.line == 5 and len(str(problem)) < 600


def test_outputs_from_a_device_or_fifo_are_refused(tmp_path):
    suite = load_suite(suite_at(tmp_path))
    with pytest.raises(InputError, match="is a character device"):
        load_outputs(Path("/dev/zero"), suite)
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputError, match="FIFO"):
        load_outputs(tmp_path / "fifo", suite)


def test_outputs_larger_than_the_cap_are_refused(tmp_path, monkeypatch):
    import evalkit.errors

    suite = load_suite(suite_at(tmp_path))
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "q1", "output": "' + "x" * 5000 + '"}\n', encoding="utf-8")
    monkeypatch.setattr(evalkit.errors, "MAX_USER_FILE_BYTES", 1000)
    monkeypatch.setattr(evalkit.errors.read_user_bytes, "__defaults__", (1000,))
    with pytest.raises(InputError, match="larger than"):
        load_outputs(out, suite)
