"""User text printed by the CLI: no markup error, no escape sequence, no raw bidi control."""
from __future__ import annotations

import re

import pytest
from rich.console import Console

from evalkit.cli.tables import items_table
from evalkit.errors import Problem, terminal_text, visible_controls
from evalkit.results.model import ItemResult, RunResult, summarize

from .hostile import BIDI_CONTROLS, HOSTILE

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _check(out: str) -> None:
    assert "\x1b" not in out and not _CONTROL.search(out), repr(out)
    assert not any(c in out for c in BIDI_CONTROLS), repr(out)
    assert not any("\ud800" <= c <= "\udfff" for c in out)


def _item(text: str) -> ItemResult:
    return ItemResult(id=text or "x", question=text, reference=text, output=text, source=None, answerable=True,
                      hallucinated=True, attributed=False, abstained=False, memorized=False, reasons=[text])


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_safely(text):
    console = Console(record=True, width=200, force_terminal=True, emoji=False, color_system=None)
    items = [_item(text)]
    result = RunResult(suite=text or "s", label=text or "l", items=items, summary=summarize(items),
                       evalkit_version="0")
    console.print(items_table(result))
    console.print(f"[red]error[/] {terminal_text(Problem(__file__, text, line=1, item=text))}")
    out = console.export_text()
    _check(out)
    if "[/bold]" in text or "[link=" in text:
        assert text.split("]")[0] in out  # shown as itself, not taken as markup


def test_bidi_and_controls_are_shown_visibly():
    assert terminal_text("\u202eabc") == "\\u202eabc"
    assert terminal_text("a\x1b[2Jb\x9bc") == "a[2Jbc"
    assert visible_controls("a\x1b\u2066b\x00") == "a\\x1b\\u2066b\\x00"
    assert visible_controls("tab\tand\nnewline") == "tab\tand\nnewline"
    assert terminal_text("[link=https://x]y[/link]") == "\\[link=https://x]y\\[/link]"


def test_score_command_prints_hostile_ids_and_answers(tmp_path):
    import json

    from typer.testing import CliRunner

    from evalkit.cli import app

    (tmp_path / "doc.md").write_text("The H100 SXM uses HBM3.\n", encoding="utf-8")
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        "name: s\ndocuments:\n  - {id: d, title: D, path: doc.md}\nitems:\n"
        "  - id: '[/bold]'\n    question: q?\n    answer: The H100 SXM uses HBM3.\n    source: d\n"
        "  - id: '[link=https://evil.example]x'\n    question: q?\n    answerable: false\n", encoding="utf-8")
    outputs = tmp_path / "out.jsonl"
    outputs.write_text("".join(json.dumps({"id": i, "output": o}) + "\n" for i, o in [
        ("[/bold]", "\x1b[2J\u202eSSAP :tcidreV"), ("[link=https://evil.example]x", "[/]"),
        ("\x1b]8;;x\x1b\\[/bold]", "unknown id")]), encoding="utf-8")
    cfg = tmp_path / "run.yaml"
    cfg.write_text("golden: suite.yaml\nscoring: {embeddings: false}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(cfg), "-o", str(outputs)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    _check(result.output)
    assert "[/bold]" in result.output
