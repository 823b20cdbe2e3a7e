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


def test_header_and_failure_card_count_originals_and_paraphrases_apart(tmp_path):
    html = render_html(_data(tmp_path))
    meta = re.search(r'<p class="meta">(.*?)</p>', html).group(1)
    assert "9 items + 4 paraphrased" in meta and "13 items" not in meta
    card = re.search(r'<div class="card [a-z]+" id="failures">.*?</div></div>', html, re.S).group(0)
    assert '<div class="big">3 of 9</div>' in card and "paraphrased questions: 2 of 4 fail" in card


def test_markdown_worst_items_label_paraphrases(tmp_path):
    md = render_markdown(_data(tmp_path), worst=20)
    assert "### Worst items at epoch-01 (3 of 9 items, 2 of 4 paraphrased questions failing or memorized)" in md
    rows = [line for line in md.splitlines() if line.startswith("| q")]
    assert sum("(paraphrased)" in r for r in rows) == 2 and all(("~p" in r) == ("(paraphrased)" in r) for r in rows)


def test_a_checkpoint_scoring_no_item_shows_dashes_not_zero(tmp_path):
    from evalkit.results.wording import summary_line

    empty = RunResult(suite="s", label="epoch-00", items=[], summary=summarize([]))
    path = empty.save(tmp_path / "epoch-00" / "results.json")
    data = ReportData(tmp_path, tmp_path, [Checkpoint("epoch-00", empty, path)])
    html = render_html(data)
    table = re.search(r'<table id="summary-table">.*?</table>', html, re.S).group(0)
    assert "0%" not in table and "<td>–" in table
    assert "pass 0%" not in html and "pass –" in html
    md = render_markdown(data)
    row = next(line for line in md.splitlines() if line.startswith("| epoch-00"))
    assert "0%" not in row and "No item scored at epoch-00." in md
    assert "pass –" in summary_line(empty.summary) and "0%" not in summary_line(empty.summary)


def test_the_kind_of_a_failing_item_says_what_failed():
    """The pytest summary's "worst items" word: an answer that misses the key fact is not correct,
    not "abstained" (it did not abstain)."""
    from types import SimpleNamespace

    from evalkit.results.wording import failure_kind

    def item(**kw):
        base = dict(hallucinated=False, answerable=True, abstained=False, correct=True, attributed=True)
        return SimpleNamespace(**{**base, **kw})

    assert failure_kind(item(hallucinated=True)) == "hallucinated"
    assert failure_kind(item(correct=False)) == "not correct"
    assert failure_kind(item(abstained=True, correct=False)) == "abstained"
    assert failure_kind(item(attributed=False)) == "not attributed"
    assert failure_kind(item(correct=None, attributed=True)) == "failed"     # an old result, no `correct`
    assert failure_kind(item(answerable=False)) == "no abstention"
