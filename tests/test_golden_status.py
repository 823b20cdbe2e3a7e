"""Drafted items: `status` and `quote` in the suite format, and the one filter (`Suite.usable`)
that every entry point applies: accepted and hand-written items are evaluated, drafts only with
--include-drafts, rejected ones never."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evalkit.cli import app
from evalkit.errors import InputError
from evalkit.suite import load_suite

SUITE = """\
name: mixed
documents:
  - {id: d, title: Doc, path: d.md}
items:
  - id: hand
    question: What colour is the sky?
    answer: The sky is blue.
    source: d
  - id: acc
    question: What colour is grass?
    answer: Grass is green.
    source: d
    status: accepted
    quote: Grass is green.
  - id: dr
    question: What colour is snow?
    answer: Snow is white.
    source: d
    status: draft
    quote: Snow is white.
  - id: rej
    question: What colour is coal?
    answer: Coal is red.
    source: d
    status: rejected
"""


def _write(tmp_path: Path, text: str = SUITE) -> Path:
    (tmp_path / "d.md").write_text("The sky is blue. Grass is green. Snow is white. Coal is black.\n")
    path = tmp_path / "suite.yaml"
    path.write_text(text)
    return path


def test_usable_keeps_hand_written_and_accepted(tmp_path):
    suite = load_suite(_write(tmp_path))
    assert [i.id for i in suite.usable().items] == ["hand", "acc"]
    assert [i.id for i in suite.usable(include_drafts=True).items] == ["hand", "acc", "dr"]
    assert suite.item("acc").quote == "Grass is green."


def test_only_drafts_is_a_located_error(tmp_path):
    text = SUITE.replace("status: accepted", "status: draft").replace("status: rejected", "status: draft")
    text = text.replace("  - id: hand\n    question: What colour is the sky?\n    answer: The sky is blue.\n    source: d\n", "")
    suite = load_suite(_write(tmp_path, text))
    with pytest.raises(InputError) as exc:
        suite.usable()
    assert "3 of 3 items are unreviewed drafts" in str(exc.value) and "--include-drafts" in str(exc.value)


def test_unknown_status_is_located(tmp_path):
    with pytest.raises(InputError) as exc:
        load_suite(_write(tmp_path, SUITE.replace("status: draft", "status: maybe")))
    assert ":19:" in str(exc.value) and "'status' must be one of" in str(exc.value)


def test_validate_counts_drafts_and_score_skips_them(tmp_path):
    path = _write(tmp_path)
    runner = CliRunner()
    out = runner.invoke(app, ["validate", str(path)])
    assert out.exit_code == 0, out.output
    assert "4 items" in out.output and "1 drafts to review" in out.output and "1 rejected" in out.output
    outputs = tmp_path / "out.jsonl"
    outputs.write_text("".join(json.dumps({"id": i, "output": "It is green. Source: Doc"}) + "\n"
                               for i in ("hand", "acc", "dr", "rej")))
    res = tmp_path / "r.json"
    out = runner.invoke(app, ["score", str(path), "-o", str(outputs), "--json", str(res), "-q"])
    assert [i["id"] for i in json.loads(res.read_text())["items"]] == ["hand", "acc"], out.output
    out = runner.invoke(app, ["score", str(path), "-o", str(outputs), "--json", str(res), "-q", "--include-drafts"])
    assert [i["id"] for i in json.loads(res.read_text())["items"]] == ["hand", "acc", "dr"], out.output
