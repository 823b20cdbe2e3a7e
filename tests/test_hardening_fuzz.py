"""Fuzzing the readers of users' files: each input is a located InputError or a clean load, fast."""
from __future__ import annotations

import json
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evalkit import InputError, load_suite
from evalkit.config import load_config
from evalkit.outputs import load_outputs

from .hostile import HOSTILE

VALID_SUITE = """\
name: s
documents:
  - id: d
    title: D
    path: doc.md
items:
  - id: q1
    question: What does the H100 SXM use?
    answer: The H100 SXM uses HBM3.
    source: d
  - id: u1
    question: What did it cost in Japan?
    answerable: false
"""
VALID_CONFIG = """\
golden: suite.yaml
prompt: {template: open-book}
scoring: {scorers: [similarity], max_output_chars: 1000}
gates:
  thresholds: {pass_rate: {min: 0.5}}
  regression: {resamples: 1000}
"""
FRAGMENTS = HOSTILE + ["&a [1, 2]", "*a", "<<: *a", "{", "}", "[", "- ", ": ", "\n", "  ", "'", '"', "#", "!!python/object:os.system",
                       "id: q1", "id: 7", "answerable: false", "source: d", "~", "null", "1e8", "\t", "---", "..."]
_SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))


def _mutated(base: str):
    return st.tuples(st.lists(st.tuples(st.integers(0, len(base)), st.integers(0, 20),
                                        st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20))), max_size=6)
                     ).map(lambda t: _apply(base, t[0]))


def _apply(base: str, edits) -> str:
    for pos, cut, insert in edits:
        pos = min(pos, len(base))
        base = base[:pos] + insert + base[pos + cut:]
    return base


def _check(path: Path, load) -> None:
    t0 = time.perf_counter()
    try:
        load(path)
    except InputError as exc:
        assert exc.problems and all(p.file for p in exc.problems) and str(exc)
    assert time.perf_counter() - t0 < 2


def _write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / "doc.md").write_text("The H100 SXM uses HBM3.\n", encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


@_SETTINGS
@given(text=st.one_of(_mutated(VALID_SUITE), st.text(max_size=300)))
def test_fuzz_suite_yaml(tmp_path_factory, text):
    tmp = tmp_path_factory.mktemp("suite")
    _check(_write(tmp, "suite.yaml", text), load_suite)


@_SETTINGS
@given(text=_mutated(VALID_CONFIG))
def test_fuzz_run_config_yaml(tmp_path_factory, text):
    tmp = tmp_path_factory.mktemp("config")
    _write(tmp, "suite.yaml", VALID_SUITE)
    _check(_write(tmp, "run.yaml", text), load_config)


_JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                                      st.sampled_from(HOSTILE), st.text(max_size=30)),
                            lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                    st.dictionaries(st.sampled_from(["id", "output", "x"]), inner, max_size=3)),
                            max_leaves=8)
_LINES = st.one_of(
    _JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=True)),
    st.builds(lambda i, o: json.dumps({"id": i, "output": o}), st.sampled_from(["q1", "u1", "q9", 1, "[/bold]"]),
              st.one_of(st.sampled_from(HOSTILE), st.text(max_size=50))),
    st.sampled_from(['{"id": "q1", "output": "\\ud800"}', "[" * 5000, "\ufeff{}", "{", "", "\x00"]),
    st.text(max_size=40),
)


@_SETTINGS
@given(lines=st.lists(_LINES, max_size=8), bom=st.booleans())
def test_fuzz_outputs_jsonl(tmp_path_factory, lines, bom):
    tmp = tmp_path_factory.mktemp("outputs")
    suite = load_suite(_write(tmp, "suite.yaml", VALID_SUITE))
    path = _write(tmp, "o.jsonl", ("\ufeff" if bom else "") + "\n".join(lines))
    t0 = time.perf_counter()
    try:
        outputs, problems = load_outputs(path, suite)
    except InputError as exc:
        assert exc.problems
    else:
        assert set(outputs) <= {"q1", "u1"}
        assert all(p.line or "no outputs" in p.message or "no output" in p.message for p in problems)
        for text in outputs.values():
            text.encode("utf-8")  # writable
    assert time.perf_counter() - t0 < 2
