"""Per-item `passed` and per-checkpoint counts agree across HTML, Markdown, JUnit and JSON, with
originals and paraphrased questions counted and labelled apart everywhere."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from evalkit.report.data import Checkpoint, ReportData
from evalkit.report.html import render_html
from evalkit.report.jsonout import render_json
from evalkit.report.junit import render_junit
from evalkit.report.markdown import render_markdown
from evalkit.results import RunResult, summarize
from tests.test_snapshot import make_item


def _data(tmp_path) -> ReportData:
    items = [make_item(f"q{i}", i % 3 != 0) for i in range(9)]                  # 6 of 9 pass
    items += [make_item(f"q{i}~p1", i % 2 == 0) for i in range(4)]              # 2 of 4 paraphrases pass
    result = RunResult(suite="s", label="epoch-01", items=items, summary=summarize(items))
    path = result.save(tmp_path / "epoch-01" / "results.json")
    return ReportData(tmp_path, tmp_path, [Checkpoint("epoch-01", result, path)])


def test_counts_agree_across_reports(tmp_path):
    data = _data(tmp_path)
    out = json.loads(render_json(data))["checkpoints"][0]
    assert (out["items"], out["passed"], out["paraphrases"], out["paraphrases_passed"]) == (9, 6, 4, 2)
    suites = {s.get("name"): s for s in ET.fromstring(render_junit(data)).findall("testsuite")}
    assert (suites["epoch-01"].get("tests"), suites["epoch-01"].get("failures")) == ("9", "3")
    assert (suites["epoch-01 (paraphrased)"].get("tests"), suites["epoch-01 (paraphrased)"].get("failures")) == ("4", "2")
    md = render_markdown(data)
    row = next(line for line in md.splitlines() if line.startswith("| epoch-01"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1:3] == ["9", "6"] and cells[-1] == "2/4"
    html = render_html(data)
    table = re.search(r'<table id="summary-table">.*?</table>', html, re.S).group(0)
    assert "<td>9</td><td>6</td>" in table and "<td>2/4</td>" in table and "paraphrased passed" in table
