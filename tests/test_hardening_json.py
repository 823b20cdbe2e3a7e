"""JSON files evalkit reads besides suites and outputs: a gate's candidate results, a run directory's
results.json (reports), `RunResult.load`. Each goes through `errors.read_user_json`: a BOM is
dropped, a directory or FIFO, a non-UTF-8 or invalid file, deep nesting, a huge number or the
wrong shape is a located InputError naming the file (and the line), never a traceback."""
from __future__ import annotations

import json
import os

import pytest

from evalkit import InputError, RunResult, load_target
from evalkit.gate.candidate import candidate_result
from evalkit.report import load_run
from evalkit.results.model import ItemResult, summarize

from .conftest import MINI_SUITE


def _result_text() -> str:
    items = [ItemResult(id="q1", question="q?", reference="r", output="o", source=None, answerable=True,
                        hallucinated=False, attributed=True, abstained=False, memorized=False)]
    return json.dumps(RunResult(suite="mini", label="epoch-1", items=items, summary=summarize(items)).model_dump(mode="json"),
                      indent=1)


def _loaders():
    target = load_target(MINI_SUITE)
    return {"candidate": lambda p: candidate_result(target, p), "report": load_run, "RunResult.load": RunResult.load}


BAD = {
    "invalid JSON": (b'{"suite": "mini",\n  "items": [,]}', "invalid JSON", 2),
    "not UTF-8": (b'{"suite": "\xff"}', "not UTF-8", None),
    "a list": (b"[1, 2]", "expected", None),
    "a string": (b'"results"', "expected", None),
    "deep nesting": (b"[" * 100_000, "nested", None),
    "a huge number": (b'{"suite": ' + b"9" * 10_000 + b"}", "number", None),
    "empty": (b"", "invalid JSON", 1),
    "wrong fields": (b'{"suite": "mini", "items": 3}', "items", None),
}


@pytest.mark.parametrize("loader", ["candidate", "report", "RunResult.load"])
@pytest.mark.parametrize("case", list(BAD))
def test_bad_json_is_located(tmp_path, loader, case):
    data, words, line = BAD[case]
    path = tmp_path / "run" / "results.json"
    path.parent.mkdir()
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        _loaders()[loader](path)
    problem = exc.value.problems[0]
    assert problem.file == path, exc.value
    assert words in str(exc.value), str(exc.value)
    if line:
        assert problem.line == line


@pytest.mark.parametrize("loader", ["candidate", "report", "RunResult.load"])
def test_a_bom_is_dropped(tmp_path, loader):
    path = tmp_path / "run" / "results.json"
    path.parent.mkdir()
    path.write_bytes(b"\xef\xbb\xbf" + _result_text().encode())
    loaded = _loaders()[loader](path)
    assert loaded is not None


@pytest.mark.parametrize("loader", ["report", "RunResult.load"])
def test_not_a_regular_file(tmp_path, loader):
    path = tmp_path / "results.json"
    os.mkfifo(path)   # reading it would block forever
    with pytest.raises(InputError, match="FIFO"):
        _loaders()[loader](path)
    with pytest.raises(InputError):
        RunResult.load(tmp_path)   # a directory
