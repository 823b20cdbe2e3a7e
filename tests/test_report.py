"""Reports: loading a run directory, HTML/Markdown/JUnit/JSON rendering, escaping, the CLI."""
from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from evalkit.errors import InputError
from evalkit.report import (load_run, render_html, render_json, render_junit, render_markdown, write_reports)
from evalkit.report.escape import script_json
from evalkit.report.highlight import segments
from evalkit.report.markdown import cell
from evalkit.results import AtomFinding, ClaimResult, RunResult
from tests.browser.support import (FIXTURES, PAYLOADS, REPLAY_RUN, SEED_RUN, _scored, make_analysed_run, make_run,
                                   poison)


@pytest.fixture(scope="module")
def replay_run(tmp_path_factory):
    return make_run(tmp_path_factory.mktemp("report") / "run", REPLAY_RUN, extras=True)


@pytest.fixture(scope="module")
def data(replay_run):
    return load_run(replay_run)


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory):
    root = tmp_path_factory.mktemp("poison") / "run"
    poison(_scored("wrong-facts.jsonl", "x")).save(root / "epoch-1" / "results.json")
    return load_run(root)


# ---------------------------------------------------------------- loading

def test_checkpoints_in_natural_order_with_extras(data):
    assert data.labels == ["epoch-2", "epoch-10"]  # not lexical
    assert data.suite == "gpu-supply"
    assert data.gate is not None and not data.gate.passed and len(data.gate.checks) == 3
    assert data.drift is not None and data.drift.best == "epoch-10" and len(data.drift.points) == 2
    assert [p.name for p in data.plots] == ["hallucination_rate"] and data.plots[0].mime == "image/svg+xml"
    assert data.focus().label == "epoch-10"
    assert len(data.item_ids()) == len(data.checkpoints[0].result.items) > 50


def test_manifest_order_wins_and_unfinished_checkpoints_are_noted(tmp_path):
    root = make_run(tmp_path / "run", REPLAY_RUN, manifest=["epoch-10", "epoch-2", "epoch-99"])
    d = load_run(root)
    assert d.labels == ["epoch-10", "epoch-2"]
    assert any("epoch-99" in n for n in d.notes)


def test_single_results_file_and_demo_layout(tmp_path):
    root = make_run(tmp_path / "demo" / "eval", {"base": "wrong-facts.jsonl", "epoch-01": "paraphrase-cited.jsonl"})
    single = load_run(root / "epoch-01" / "results.json")
    assert single.labels == ["epoch-01"] and single.gate is None and single.drift is None
    demo = load_run(tmp_path / "demo")  # `evalkit demo --out DIR` puts the run under DIR/eval
    assert demo.labels == ["base", "epoch-01"]  # names without a number first


def test_located_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_run(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no results.json"):
        load_run(tmp_path / "empty")
    bad = tmp_path / "bad" / "epoch-1" / "results.json"
    bad.parent.mkdir(parents=True)
    bad.write_text('{"suite": "s",\n  "items": [,]}')
    with pytest.raises(InputError) as exc:
        load_run(tmp_path / "bad")
    assert exc.value.problems[0].file == bad and exc.value.problems[0].line == 2
    bad.write_text('{"suite": "s"}')
    with pytest.raises(InputError, match="label"):
        load_run(tmp_path / "bad")


def test_broken_optional_files_are_notes_not_errors(tmp_path):
    root = make_run(tmp_path / "run", SEED_RUN)
    (root / "gate.json").write_text("{oops")
    (root / "drift.json").write_text("[1, 2]")
    d = load_run(root)
    assert d.gate is None and d.drift is None and len(d.notes) == 2
    two_more = int(re.search(r"<summary>(\d+) input notes</summary>", render_html(d)).group(1))
    (root / "drift.json").unlink()
    assert f"<summary>{two_more - 1} input note" in render_html(load_run(root))


# ---------------------------------------------------------------- highlighting

def test_atoms_are_found_in_the_answer(data):
    w1 = data.checkpoints[0].item("w1")
    segs = segments(w1.output, w1.claims)
    assert "".join(s.text for s in segs) == w1.output
    marked = {s.text: s.atoms[0] for s in segs if s.atoms}
    assert marked["8,424 H100s"].reason == "contradicted"
    assert marked["350,000"].reason == "absent"


def test_every_unsupported_atom_is_highlighted_or_listed(data):
    for c in data.checkpoints:
        for item in c.result.items:
            segs = segments(item.output, item.claims)
            assert "".join(s.text for s in segs) == item.output
            assert sum(len(s.atoms) for s in segs) <= sum(len(cl.unsupported) for cl in item.claims)


def _marked(segs) -> list[tuple[int, str]]:
    """(offset, text) of each highlighted atom."""
    out, pos = [], 0
    for s in segs:
        if s.atoms:
            out.append((pos, s.text))
        pos += len(s.text)
    return out


def test_an_atom_is_highlighted_where_it_is_not_inside_another_word():
    # an absent number "1" must not be marked inside "H100"
    output = "The H100 has 1 die."
    claim = ClaimResult(text=output, supported=False, start=0, end=len(output), unsupported=[
        AtomFinding(text="1", kind="number", reason="absent", start=13, end=14)])
    assert _marked(segments(output, [claim])) == [(13, "1")]


def test_results_without_spans_highlight_nothing():
    # results.json written before spans: no highlight rather than a wrong one
    output = "The H100 has 1 die."
    claim = ClaimResult(text=output, supported=False, unsupported=[AtomFinding(text="1", kind="number", reason="absent")])
    segs = segments(output, [claim])
    assert "".join(s.text for s in segs) == output and _marked(segs) == [] and all(s.claim is None for s in segs)


def test_scored_spans_index_the_output(data):
    for c in data.checkpoints:
        for item in c.result.items:
            for claim in item.claims:
                assert claim.start is not None and claim.end is not None
                for f in claim.unsupported:
                    assert item.output[f.start:f.end] == f.text.strip()


# ---------------------------------------------------------------- HTML

def test_html_is_self_contained(data):
    page = render_html(data)
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:|//|file:)""", page, re.I)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert 'src="data:image/svg+xml;base64,' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_html_overview_and_items(data):
    page = render_html(data)
    assert 'id="summary-table"' in page and 'id="drift-table"' in page
    assert ">FAILED<" in page and "w4, w7" in page            # the gate and its failing check
    assert "Best checkpoint" in page and "<div class=\"big\">epoch-10</div>" in page
    assert "best checkpoint: epoch-10" not in page           # the card names it; the drift list does not again
    assert page.count('<article class="item"') == len(data.item_ids())
    assert page.index("<b>epoch-2</b>") < page.index("<b>epoch-10</b>")
    # the unsupported atom, its reason, the conflicting value and the evidence passage
    w1 = page[page.index('id="item-w1"'):page.index('id="item-w2"')]
    assert 'data-reason="contradicted"' in w1 and "8,424 H100s" in w1
    assert "the evidence has “tens of thousands of H100s”" in w1
    assert "Zuck is probably burning <mark>tens of thousands of H100s</mark>" in w1  # expanded evidence
    assert "cited: <b>gpu-wave</b>" in w1 and "grounded in <b>gpu-wave</b>" in w1


def test_html_without_drift_draws_its_own_chart(tmp_path):
    d = load_run(make_run(tmp_path / "run", SEED_RUN))
    page = render_html(d)
    assert '<svg class="chart"' in page and 'id="drift-table"' not in page and "not run" in page


def test_script_json_cannot_close_its_script():
    s = script_json({"x": "</script><!-- & \u2028"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"x": "</script><!-- & \u2028"}


OUR_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "main", "section",
            "div", "span", "b", "ul", "ol", "li", "details", "summary", "table", "thead", "tbody", "tr", "th", "td",
            "svg", "rect", "form", "label", "select", "option", "input", "button", "article", "i", "mark", "q",
            "cite", "br", "blockquote", "footer", "script"}


def _tags(page: str) -> list[tuple[str, list]]:
    from html.parser import HTMLParser

    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collect().feed(page)
    return found


def test_html_escapes_everything_untrusted(poisoned):
    page = render_html(poisoned)
    # only our own two scripts, style and the structure we wrote; no payload becomes markup
    assert page.count("<script") == 2 and page.count("</script>") == 2
    tags = _tags(page)
    assert {t for t, _ in tags} <= OUR_TAGS, {t for t, _ in tags} - OUR_TAGS
    assert not [a for _, attrs in tags for a, _ in attrs if a.startswith("on") or a in ("href", "autofocus")]
    assert [dict(a).get("src", "")[:5] for t, a in tags if t == "img"] == []
    assert page.count('<article class="item"') == len(poisoned.checkpoints[0].result.items)
    assert page.count("<details") == page.count("</details>")
    assert page.count("<article") == page.count("</article>")
    data_block = page[page.index('id="evalkit-data">') + 18:page.index("</script>")]
    assert json.loads(data_block)["items"][0]["id"].endswith(PAYLOADS[0])
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in page


# ---------------------------------------------------------------- Markdown

def test_markdown_summary(data):
    md = render_markdown(data)
    assert md.startswith("## evalkit report · gpu-supply")
    assert "❌ **Gate failed** (1 of 3 checks)" in md and "**Best checkpoint: epoch-10**" in md
    rows = [line for line in md.splitlines() if line.startswith("| epoch-") or line.startswith("| **epoch-")]
    assert [r.split("|")[1].strip(" *") for r in rows] == ["epoch-2", "epoch-10"]
    focus = data.checkpoints[-1].result
    if all(i.passed and not i.memorized for i in focus.items):
        assert f"All {len(focus.items)} items pass at epoch-10." in md
    else:
        assert "### Worst items at epoch-10" in md


def test_markdown_worst_items_with_first_reason(tmp_path):
    d = load_run(make_run(tmp_path / "run", {"epoch-1": "wrong-facts.jsonl"}))
    md = render_markdown(d, worst=5)
    bad = [i for i in d.checkpoints[0].result.items if not i.passed or i.memorized]
    assert f"### Worst items at epoch-1 ({len(bad)} of {len(bad)} items failing or memorized)" in md
    assert f"…and {len(bad) - 5} more" in md
    rows = [line for line in md.splitlines() if line.startswith("| ") and "hallucinated" in line]
    assert len(rows) == 5  # the most unsupported atoms first
    assert "| w1 | hallucinated | contradicted quantity '8,424 H100s' ≠ tens of thousands of H100s |" in (
        render_markdown(d, worst=100))


def test_markdown_cells_are_inert():
    nasty = "a | b\nc <img src=x onerror=alert(1)> [x](javascript:y) ![i](http://t/i.png) `c` *e* @team"
    out = cell(nasty)
    assert "\n" not in out and "<" not in out and " | " not in out.replace("\\|", "")
    assert "\\[x\\]" in out and "!\\[i\\]" in out and "\\`c\\`" in out and "\\*e\\*" in out
    assert "@team" not in out  # no mention pings from model output


def test_markdown_of_poisoned_run_keeps_its_tables(poisoned):
    md = render_markdown(poisoned, worst=20)
    assert "<" not in md.replace("&lt;", "")
    tables, current = [], []
    for line in md.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    assert len(tables) >= 2
    for table in tables:  # every row has exactly its header's columns: no pipe leaked from a cell
        counts = {len(re.findall(r"(?<!\\)\|", line)) for line in table}
        assert len(counts) == 1, table


# ---------------------------------------------------------------- JUnit and JSON

def test_junit(data):
    root = ET.fromstring(render_junit(data))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["epoch-2", "epoch-10", "gate"]
    cases = suites[0].findall("testcase")
    first = data.checkpoints[0].result
    assert len(cases) == len(first.items) + len(first.missing) and suites[0].get("skipped") == str(len(first.missing))
    assert len(first.missing) > 0  # q1..q10 have no output in this replay: skipped, not passed
    w1 = next(c for c in cases if c.get("name") == "w1")
    assert w1.find("failure").get("message").startswith("hallucinated: contradicted quantity '8,424 H100s'")
    props = {p.get("name"): p.get("value") for p in w1.find("properties")}
    assert float(props["rougeL"]) == pytest.approx(data.checkpoints[0].item("w1").scores["rougeL"], abs=1e-3)
    assert props["verdicts"].startswith("fail hallucinated")
    assert suites[0].get("failures") == str(sum(not i.passed for i in first.items))
    assert suites[2].get("failures") == "1"
    assert root.get("tests") == str(sum(len(c.result.items) + len(c.result.missing) for c in data.checkpoints) + 3)


def test_junit_of_poisoned_run_is_valid_xml(poisoned):
    text = render_junit(poisoned).replace("\u2028", "")
    root = ET.fromstring(text.encode("utf-8"))
    names = [c.get("name") for c in root.iter("testcase")]
    assert any(n.endswith(PAYLOADS[0]) for n in names)


def test_json_report(data):
    out = json.loads(render_json(data))
    assert out["format"] == "evalkit-report/1"
    assert [c["label"] for c in out["checkpoints"]] == ["epoch-2", "epoch-10"]
    RunResult.model_validate(out["checkpoints"][0]["result"])
    assert out["gate"]["passed"] is False and out["drift"]["best"] == "epoch-10"


# ---------------------------------------------------------------- writing and the CLI

def test_write_reports_defaults_and_explicit(tmp_path):
    root = make_run(tmp_path / "run", SEED_RUN)
    written = write_reports(root)
    assert written == {"html": root / "report.html", "markdown": root / "report.md"}
    assert all(p.is_file() for p in written.values())
    out = write_reports(root, junit=tmp_path / "o" / "junit.xml", json=tmp_path / "o" / "r.json")
    assert set(out) == {"junit", "json"} and (tmp_path / "o" / "junit.xml").is_file()


def _app():
    from evalkit.cli import app
    import evalkit.cli.report  # noqa: F401  (registers `report` if evalkit.cli does not yet)

    return app


def test_cli_report(tmp_path):
    root = make_run(tmp_path / "run", SEED_RUN)
    r = CliRunner().invoke(_app(), ["report", str(root), "--html", str(tmp_path / "r.html"), "--junit",
                                    str(tmp_path / "j.xml"), "--json", str(tmp_path / "r.json"),
                                    "--markdown", str(tmp_path / "r.md")])
    assert r.exit_code == 0, r.output
    assert all((tmp_path / n).is_file() for n in ("r.html", "j.xml", "r.json", "r.md"))
    assert "html report:" in r.output


def test_cli_markdown_to_stdout_and_errors(tmp_path):
    root = make_run(tmp_path / "run", SEED_RUN)
    r = CliRunner().invoke(_app(), ["report", str(root / "epoch-50" / "results.json"), "--markdown", "-"])
    assert r.exit_code == 0 and r.stdout.startswith("## evalkit report · gpu-supply")
    assert not (root / "epoch-50" / "report.html").exists()
    r = CliRunner().invoke(_app(), ["report", str(tmp_path / "missing")])
    assert r.exit_code == 2 and "no such file or directory" in r.output
    shutil.rmtree(root / "epoch-05")
    r = CliRunner().invoke(_app(), ["report", str(root)])
    assert r.exit_code == 0 and (root / "report.html").is_file() and (root / "report.md").is_file()


# ---------------------------------------------------------------- the run directory's owner

def _warned_gate():
    from evalkit.gate.compare import Check, GateResult

    return GateResult(passed=True, suite="gpu-supply", candidate="epoch-10", baseline="ref", paired_items=69, checks=[
        Check(name="threshold pass_rate", passed=True, status="pass", detail="pass_rate 90.0% meets min 80.0%"),
        Check(name="items", passed=True, status="warn", detail="2 items passed in the baseline and fail now: w4, w7")])


def test_report_on_a_results_file_ignores_an_unrelated_gate_json(tmp_path):
    root = make_run(tmp_path / "run", {"epoch-1": "wrong-facts.jsonl"})
    shutil.copy(FIXTURES / "gate.json", root / "epoch-1" / "gate.json")   # someone else's gate, same folder
    shutil.copy(FIXTURES / "gate.json", root / "gate.json")
    d = load_run(root / "epoch-1" / "results.json")
    assert d.gate is None and "Gate" not in render_markdown(d)


def test_report_on_a_results_file_gets_the_gate_its_manifest_records(tmp_path):
    from evalkit.rundir import CheckpointEntry, RunWriter, read_run

    root = tmp_path / "run"
    writer = RunWriter(root, suite="gpu-supply")
    for label, replay in REPLAY_RUN.items():
        writer.checkpoint(_scored(replay, label), CheckpointEntry(label=label, dir=label))
    writer.gate(_warned_gate(), "epoch-10")
    assert load_run(root / "epoch-10" / "results.json").gate is not None
    assert load_run(root / "epoch-2" / "results.json").gate is None      # the gate is about epoch-10 only
    run = read_run(root)
    assert type(run.gate).__name__ == "GateResult" and [c.label for c in run.checkpoints] == ["epoch-10", "epoch-2"]


def test_a_gate_warning_shows_as_a_warning(tmp_path):
    root = make_run(tmp_path / "run", {"epoch-10": "paraphrase-cited.jsonl"})
    (root / "gate.json").write_text(_warned_gate().model_dump_json(), encoding="utf-8")
    d = load_run(root)
    assert d.gate is not None and d.gate.passed and len(d.gate.warnings) == 1
    md = render_markdown(d)
    assert "⚠️ **Gate passed with warnings**" in md
    assert "- ⚠️ items: 2 items passed" in md and "- ✅ items" not in md
    page = render_html(d)
    assert ">PASSED WITH WARNINGS<" in page
    assert re.search(r'<span class="tick-warn"[^>]*>⚠</span> <b>items</b>', page)
    assert not re.search(r"✓</span> <b>items</b>", page)


def test_best_checkpoint_is_named_once(data):
    md = render_markdown(data)
    line = next(x for x in md.splitlines() if x.startswith("**Best checkpoint"))
    assert line.startswith("**Best checkpoint: epoch-10**. ") and "best checkpoint: epoch-10" not in line.lower()[20:]
    card = re.search(r'<div class="card info" id="best">.*?</div></div>', render_html(data), re.S).group(0)
    assert card.lower().count("best checkpoint") == 1   # the heading; the reason does not repeat it


# ---------------------------------------------------------------- a run as evalkit leaves it

@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    """REPLAY_RUN with its drift analysed by evalkit.drift and a real gate under the default gates."""
    return load_run(make_analysed_run(tmp_path_factory.mktemp("analysed") / "run"))


def _card(page: str, card_id: str) -> str:
    """The gate or best card, up to the next card."""
    start = page.index(f'id="{card_id}"')
    return page[start:page.index('<div class="card', start)]


DEFAULT_GATES_FROM = ("defaults: a bare golden suite has no gates (`evalkit init SUITE` writes a run config with them, "
                      "to edit)")
DEFAULT_GATES = ["regression: no significant drop of the pass rate against the baseline (beyond 5 pts and McNemar "
                 "p < 0.05, at any suite size)",
                 "regression: no significant rise of the hallucination rate against the baseline (beyond 5 pts and "
                 "McNemar p < 0.05, at any suite size)"]


def test_html_gate_card_says_which_gates_applied_and_why(analysed):
    """The gate card shows `gates_from` and `gates` as the terminal and `evalkit gate --markdown` do,
    after the checks; the words are the gate's own (gate.compare.gates_in_force)."""
    assert analysed.gate.gates_from == DEFAULT_GATES_FROM and analysed.gate.gates == DEFAULT_GATES
    card = _card(render_html(analysed), "gate")
    assert card.endswith(
        '<div class="gates-applied"><p>Gates from defaults: a bare golden suite has no gates (`evalkit init SUITE` '
        'writes a run config with them, to edit):</p><ul class="gates">'
        '<li>regression: no significant drop of the pass rate against the baseline (beyond 5 pts and McNemar '
        'p &lt; 0.05, at any suite size)</li>'
        '<li>regression: no significant rise of the hallucination rate against the baseline (beyond 5 pts and '
        'McNemar p &lt; 0.05, at any suite size)</li></ul></div></div>')
    assert card.index("<b>regression pass_rate</b>") < card.index("Gates from")   # the checks first
    assert card.count("Gates from") == 1


def test_gates_from_a_run_config_in_the_gate_card_and_both_markdowns(tmp_path):
    from evalkit.gate.compare import Check, GateResult
    from evalkit.report.markdown import gate_markdown

    gate = GateResult(passed=True, suite="gpu-supply", candidate="epoch-10", baseline="ref", paired_items=69,
                      checks=[Check(name="threshold hallucination_rate", passed=True, status="pass", detail="ok")],
                      gates_from="the gates section of suites/<gpu>.yaml",
                      gates=["threshold: hallucination rate ≤ 0.25"])
    root = make_run(tmp_path / "run", {"epoch-10": "paraphrase-cited.jsonl"})
    (root / "gate.json").write_text(gate.model_dump_json(), encoding="utf-8")
    d = load_run(root)
    assert _card(render_html(d), "gate").endswith(
        '<div class="gates-applied"><p>Gates from the gates section of suites/&lt;gpu&gt;.yaml:</p>'
        '<ul class="gates"><li>threshold: hallucination rate ≤ 0.25</li></ul></div></div>')
    block = "Gates from the gates section of suites/&lt;gpu&gt;.yaml:\n\n- threshold: hallucination rate ≤ 0.25\n"
    assert block in render_markdown(d)          # the run's summary, after its checks
    assert render_markdown(d).index("- ✅ threshold hallucination\\_rate: ok") < render_markdown(d).index(block)
    assert block in gate_markdown(gate)         # the step summary, before its table


def test_a_gate_json_without_the_gates_fields_shows_no_gates_line(data):
    assert data.gate.gates_from is None          # the fixture: the minimal legacy shape
    assert '<div class="gates-applied">' not in render_html(data) and "Gates from" not in render_markdown(data)


def test_drift_list_does_not_repeat_the_best_checkpoint(analysed):
    """The best checkpoint, why, and its P(best)/indistinguishable sentence are the card at the top,
    once; the drift section lists the other verdicts (here none) and keeps the P(best) column."""
    page = render_html(analysed)
    (message,) = [v.message for v in analysed.drift.verdicts if v.kind == "best"]
    assert message.startswith("best checkpoint: epoch-10; epoch-10 is the only one distinguishable from the rest "
                              "at alpha 0.05 (P(best) 1.00, paired bootstrap over ")
    reason = message.removeprefix("best checkpoint: epoch-10; ")
    best = _card(page, "best")
    assert best.startswith('id="best"><h3>Best checkpoint (drift analysis)</h3><div class="big">epoch-10</div>'
                           f'<p>{reason}</p>')   # the label kept as written: not "Epoch-10 is the only one"
    drift = page[page.index('<h2 id="drift">'):page.index('<section id="items">')]
    assert "<ul class=verdicts>" not in drift and "best checkpoint" not in drift.lower()
    assert page.lower().count("best checkpoint") == 1
    assert page.count("(P(best) 1.00,") == 1 and page.count("is the only one distinguishable") == 1
    # the P(best) column, each row's last cell: epoch-2 0.00, epoch-10 1.00 ≈
    assert "<th>P(best)</th></tr>" in drift
    assert drift.count("<td>0.00</td></tr>") == 1 and drift.count("<td>1.00 ≈</td></tr>") == 1


def test_drift_list_keeps_every_other_verdict(data):
    """The fixture's drift: its best verdict is the card's; the note stays, as it was."""
    drift = render_html(data).split('<h2 id="drift">', 1)[1]
    assert drift.startswith('Drift across checkpoints</h2><ul class=verdicts><li><span class="tag">note</span> '
                            'no memorization: the verbatim rate on training questions stays below 0.50</li></ul>')


def test_a_best_verdict_the_card_does_not_show_stays_in_the_list(data):
    from evalkit.drift.rules import Verdict

    other = Verdict(kind="best", checkpoint="epoch-2", message="best checkpoint: epoch-2: by another rule")
    drift = data.drift.model_copy(update={"best": None, "verdicts": [other, *data.drift.verdicts[1:]]})
    d = load_run(data.source)
    d.drift = drift
    page = render_html(d)
    assert '<li><span class="tag">best</span> best checkpoint: epoch-2: by another rule</li>' in page
    assert "Best checkpoint (drift analysis)" not in page


def test_best_reason_keeps_a_checkpoint_label_as_written(analysed, data):
    from evalkit.report.data import best_reason

    assert best_reason(analysed.drift).startswith("epoch-10 is the only one")
    assert best_reason(data.drift).startswith("Lowest hallucination rate 0.00")   # a sentence: a capital
    md = render_markdown(analysed)
    assert "**Best checkpoint: epoch-10**. epoch-10 is the only one distinguishable" in md


def test_chart_mark_on_the_last_checkpoint_reads_leftwards():
    from evalkit.report.chart import rates_chart
    from evalkit.results.model import Summary

    s = [Summary(items=1, answerable=1, unanswerable=0, hallucination_rate=0.0, attribution_rate=None,
                 abstention_rate=None, false_abstention_rate=None, memorization_rate=None, pass_rate=r)
         for r in (0.2, 0.5, 0.9)]
    svg = rates_chart(["a", "b", "c"], s, marks={"c": "best", "a": "memorization"})
    # the last point sits at x = 844 (860 wide, 16 right margin): its note ends 4 px left of the line
    assert '<text x="840.0" text-anchor="end" y="26" class="mark-label">best</text>' in svg
    assert '<text x="48.0" y="26" class="mark-label">memorization</text>' in svg
    assert svg.index('class="mark-label"') > svg.rindex("<circle")   # drawn over the lines
