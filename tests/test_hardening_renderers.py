"""The shared hostile corpus (tests/hostile.py) through EVERY renderer people read: the terminal, the
HTML report, the Markdown summary, JUnit XML, the gate's step summary and pytest's failure text.

Properties: no raw ESC, C0/C1 control, bidi override or lone surrogate reaches the output (an answer
cannot clear a screen or display a fake "Verdict: PASS"); JUnit parses as XML; user text adds no
HTML tag or attribute; Markdown tables keep their column count.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console

from evalkit.gate.compare import Check, GateResult, ItemChange
from evalkit.report import render_html, render_junit, render_markdown
from evalkit.report.data import Checkpoint, ReportData
from evalkit.report.escape import esc
from evalkit.report.markdown import cell, gate_markdown
from evalkit.results.model import AtomFinding, ClaimResult, ItemResult, RunResult, summarize

from .hostile import BIDI_CONTROLS, HOSTILE

_RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _no_raw_controls(out: str, where: str) -> None:
    found = _RAW.search(out)
    assert found is None, f"{where}: raw {found.group()!r} at {found.start()}: {out[max(0, found.start() - 60):found.start() + 20]!r}"
    assert not any(c in out for c in BIDI_CONTROLS), where


def _item(text: str, n: int = 0) -> ItemResult:
    out = f"The answer is {text} really"
    at = out.index(text) if text else 0
    return ItemResult(
        id=(text or "x") + f"#{n}", question=text + "?", reference=text, output=out, source=text or None,
        answerable=True, tags=[text or "t"], hallucinated=True, attributed=False, abstained=False, memorized=False,
        cited=[text or "c"], grounded_in=text or None, missing_key_facts=[text or "k"], correct=False, passed=False,
        scores={(text or "s")[:20]: 0.5},
        claims=[ClaimResult(text=out, supported=False, evidence=text, evidence_source=text or None, start=0, end=len(out),
                            unsupported=[AtomFinding(text=text or "a", kind="entity", reason="contradicted",
                                                     conflicts_with=text, start=at, end=at + max(len(text), 1))])],
        reasons=[text or "r", f"reason: {text}"])


def _gate(text: str) -> GateResult:
    return GateResult(passed=False, suite=text or "s", candidate=text or "c", baseline=text or "b",
                      baseline_choice=text, paired_items=1,
                      checks=[Check(name=text or "n", passed=False, status="fail", detail=f"detail {text}"),
                              Check(name=f"w {text}", passed=True, status="warn", detail=text),
                              Check(name=f"s {text}", passed=True, status="skip", detail=text)],
                      regressed=[ItemChange(id=text or "i", reason=text)], fixed=[ItemChange(id=f"f {text}")],
                      gates_from=text or None, gates=[text])


def _data(text: str, tmp: Path) -> ReportData:
    items = [_item(text, 0), _item(text, 1).model_copy(update={"passed": True, "hallucinated": False})]
    results = [RunResult(suite=text or "s", label=label, items=items, summary=summarize(items), evalkit_version="0",
                         missing=[f"missing {text}"]) for label in [f"{text} a", f"{text} b"]]
    return ReportData(tmp, tmp, [Checkpoint(r.label, r, tmp / "results.json") for r in results], gate=_gate(text),
                      notes=[f"note {text}"])


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[tuple[str, str]] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add((tag, ""))
        self.tags.update((tag, name) for name, _ in attrs)


def _tags(html: str) -> set[tuple[str, str]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def _table_widths(md: str) -> list[list[int]]:
    """For each Markdown table, the number of unescaped pipes of each row."""
    tables: list[list[int]] = []
    previous = False
    for line in md.splitlines():
        row = line.startswith("|")
        if row:
            pipes, i = 0, 0
            while i < len(line):
                if line[i] == "\\":
                    i += 2
                    continue
                pipes += line[i] == "|"
                i += 1
            if not previous:
                tables.append([])
            tables[-1].append(pipes)
        previous = row
    return tables


@pytest.fixture(scope="module")
def benign_tags(tmp_path_factory):
    return _tags(render_html(_data("plain words", tmp_path_factory.mktemp("benign"))))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_through_every_renderer(text, tmp_path, benign_tags):
    from evalkit.cli.gate import print_gate
    from evalkit.cli.tables import items_table
    from evalkit.pytest_plugin.render import format_failure, format_gate, item_properties

    data = _data(text, tmp_path)

    # the terminal
    console = Console(record=True, width=200, force_terminal=True, emoji=False, color_system=None)
    console.print(items_table(data.checkpoints[0].result))
    _no_raw_controls(console.export_text(), "terminal items table")

    # HTML: nothing from user text becomes markup
    html = render_html(data)
    _no_raw_controls(html, "html")
    assert _tags(html) <= benign_tags, _tags(html) - benign_tags
    assert "<script>alert" not in html and "<img src=x" not in html
    # which gates applied and why (the gate's gates_from and gates) in the gate card: escaped text
    applied = f'<div class="gates-applied"><p>Gates from {esc(text)}:</p><ul class="gates"><li>{esc(text)}</li></ul></div>'
    assert (applied in html) if text else ('<div class="gates-applied">' not in html)

    # Markdown: the run's summary and the gate's (the step summary); tables keep their columns
    for name, md in [("markdown", render_markdown(data)), ("gate markdown", gate_markdown(data.gate))]:
        _no_raw_controls(md, name)
        for widths in _table_widths(md):
            assert len(set(widths)) == 1, (name, widths, md)
        assert "<script>" not in md and "<img" not in md
        if text:   # the same two fields, each a cell
            assert f"Gates from {cell(text, 400)}:\n\n- {cell(text, 400)}\n" in md, name

    # JUnit: well-formed XML 1.0 that parses
    xml = render_junit(data)
    _no_raw_controls(xml.replace("\n", " "), "junit")
    ET.fromstring(xml.encode("utf-8"))

    # pytest's failure text, gate text and JUnit properties
    failure = format_failure(data.checkpoints[0].result.items[0])
    _no_raw_controls(failure, "pytest failure")
    _no_raw_controls(format_gate(data.gate), "pytest gate")
    for _, value in item_properties(data.checkpoints[0].result.items[0]):
        _no_raw_controls(str(value), "pytest property")

    # the CLI's gate table
    console = Console(record=True, width=200, force_terminal=True, emoji=False, color_system=None)
    import evalkit.cli.gate as cli_gate

    saved, cli_gate.console = cli_gate.console, console
    try:
        print_gate(data.gate)
    finally:
        cli_gate.console = saved
    _no_raw_controls(console.export_text(), "terminal gate")


def test_bidi_is_shown_not_obeyed_everywhere(tmp_path):
    """The issue's example: an answer that would display a fake 'Verdict: PASS'."""
    from evalkit.pytest_plugin.render import format_failure

    data = _data("\u202eSSAP :tcidreV\u202c", tmp_path)
    for out in [render_html(data), render_markdown(data), render_junit(data), gate_markdown(data.gate),
                format_failure(data.checkpoints[0].result.items[0])]:
        assert "\\u202e" in out and "\u202e" not in out


def test_report_markdown_to_stdout_is_clean(tmp_path):
    """`evalkit report --markdown -` writes no raw ESC or bidi to standard output."""
    from typer.testing import CliRunner

    from evalkit.cli import app

    for k, text in enumerate(["\x1b[2J\x1b[H cleared", "\u202eSSAP :tcidreV\u202c", "\x9b31m"]):
        data = _data(text, tmp_path)
        data.checkpoints[0].result.save(tmp_path / f"run{k}" / "epoch-1" / "results.json")
        result = CliRunner().invoke(app, ["report", str(tmp_path / f"run{k}"), "--markdown", "-"])
        assert result.exit_code == 0, result.output
        _no_raw_controls(result.stdout, "report --markdown -")
        assert "\\x1b" in result.stdout or "\\u202e" in result.stdout or "\\x9b" in result.stdout


def test_pytest_terminal_summary_shows_controls():
    from evalkit.pytest_plugin.render import write_summary

    class Reporter:
        def __init__(self):
            self.lines: list[str] = []

        def section(self, title):
            self.lines.append(title)

        def write_line(self, line, **markup):
            self.lines.append(line)

    tr = Reporter()
    write_summary(tr, None, {"gate[\x1b[2J]": ("failed", "\u202eSSAP")}, None)
    for line in tr.lines:
        _no_raw_controls(line, "pytest summary")
