"""What people see in a terminal and a CI log: the drift and item tables at 80 and 120 columns, in
every layout, never cut a checkpoint name, an id or a header."""
from __future__ import annotations

import json
import random

import pytest
from rich.console import Console

from evalkit.cli.drift import DEFAULT_COLUMNS, all_columns, drift_view, parse_columns
from evalkit.cli.view import Format
from evalkit.config import DriftRules
from evalkit.drift.rules import DriftPoint, analyze

HF = [f"checkpoint-{s}" for s in (1250, 2500, 3750, 5000, 6250, 7500, 8750, 10000, 11250, 12500)]
EPOCHS = [f"epoch-{n}" for n in range(1, 21)]


def series(labels: list[str], baselines=("evalkit_general_mc/acc", "evalkit_arith/acc")) -> object:
    rng = random.Random(0)
    ids = [f"q{i}" for i in range(1, 41)]
    points = []
    for n, label in enumerate(labels, start=1):
        share = min(0.95, 0.2 + n / len(labels))
        passed = [i for i in ids if rng.random() < share]
        metrics = {"pass_rate": len(passed) / len(ids), "hallucination_rate": 1 - share, "correct_rate": share,
                   "attribution_rate": 0.9, "abstention_rate": 0.5, "rougeL": 0.4 + n / 100, "bertscore_f1": 0.8,
                   "verbatim_rate": min(1.0, n / len(labels)), "pass_train": share, "pass_heldout": share - 0.1,
                   "pass_paraphrase": share - 0.2, "rougeL_train": 0.9, "rougeL_heldout": 0.5,
                   "rougeL_paraphrase": 0.45, "generalization_gap": 0.45}
        points.append(DriftPoint(label=label, path=f"../ckpts/{label}", epoch=float(n), metrics=metrics,
                                 baselines={b: 0.4 - n / 200 for b in baselines},
                                 passed=passed, failed=[i for i in ids if i not in passed]))
    report = analyze("gpu-supply", points, DriftRules(resamples=200))
    report.best_path = next(p.path for p in points if p.label == report.best)
    return report


def render(view, width: int, fmt: Format) -> str:
    console = Console(width=width, record=True, force_terminal=fmt is Format.table, color_system=None,
                      highlight=False, emoji=False)
    view.print(console, fmt)
    return console.export_text()


@pytest.mark.parametrize("labels", [HF, EPOCHS], ids=["trainer", "epochs"])
@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("wide", [False, True], ids=["default", "wide"])
def test_drift_table_never_cuts_a_name_and_fits(labels, width, wide):
    report = series(labels)
    view = drift_view(report, parse_columns(None, wide))
    text = render(view, width, Format.table)
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= width
    lines = text.splitlines()
    for label in labels:   # every checkpoint on a line of its own, whole, in every part of the table
        assert any(line.split() and line.split()[0] == label for line in lines), label
    for col in view.columns:   # every header whole
        assert col.header in text
    best_rows = [line for line in lines if line.startswith(report.best + " ")]
    assert best_rows and all("◀" in line for line in best_rows)   # the best mark stays on its row


def test_default_drift_columns_are_the_ones_that_decide_and_fit_80_columns():
    report = series(EPOCHS, baselines=())
    view = drift_view(report)
    assert [c.name for c in view.columns] == ["checkpoint", "mark", "epoch", "pass_rate", "hallucination_rate",
                                              "correct_rate", "attribution_rate", "verbatim_rate",
                                              "generalization_gap"]
    text = render(view, 80, Format.table)
    assert "(continued)" not in text   # one table at 80 columns
    assert "--wide" in text            # says how to see the rest


def test_drift_plain_is_one_line_per_checkpoint_without_a_width_limit():
    report = series(HF)
    text = render(drift_view(report, all_columns()), 80, Format.plain)
    rows = [line for line in text.splitlines() if line.startswith("checkpoint-")]
    assert len(rows) == len(HF)
    assert "…" not in text and "\x1b" not in text and "─" not in text


def test_drift_markdown_and_json_carry_paths():
    report = series(EPOCHS[:4])
    md = render(drift_view(report), 120, Format.markdown)
    assert md.count("\n| epoch-") == 4 and "|---|" in md
    data = json.loads(render(drift_view(report), 80, Format.json))
    assert data["best"] == report.best and data["best_path"] == f"../ckpts/{report.best}"
    assert [r["path"] for r in data["rows"]] == [f"../ckpts/{e}" for e in EPOCHS[:4]]


def test_columns_option_accepts_names_headers_and_aliases():
    assert parse_columns("pass, halluc,gap,p_best", False) == ("pass_rate", "hallucination_rate",
                                                              "generalization_gap", "p_best")
    assert parse_columns(None, False) == DEFAULT_COLUMNS
    import typer
    with pytest.raises(typer.BadParameter, match="nope"):
        parse_columns("pass,nope", False)


def test_series_progress_in_a_log_says_no_estimate_it_does_not_have():
    import io

    from rich.console import Console

    from evalkit.cli.run import RichProgress

    out = io.StringIO()
    progress = RichProgress(Console(file=out, force_terminal=False, width=200))
    progress.plan(3)
    progress.start("base", 10, 10)          # everything from the cache: no rate to estimate from
    progress.finish()
    progress.start("epoch-01", 10, 0)
    progress.advance(10, 320)
    progress.finish()
    first, second = out.getvalue().splitlines()
    assert first.startswith("[1/3] base: 10 items, 0 generated, 10 from the cache, ") and first.endswith("; 2 to go")
    assert "?" not in first
    assert second.startswith("[2/3] epoch-01: 10 items, 10 generated, 0 from the cache, ") and " left" in second


def _failing_run():
    from evalkit.results.model import ItemResult, RunResult, summarize

    reasons = ["substituted quantity '875 mm²' in place of '814 mm²': \"The H100 die measures 875 mm²\"",
               "absent entity 'Northwind Foundry' (not in the evidence): \"It is packaged by Northwind Foundry.\""]
    items = [ItemResult(id=f"q{i}", question="?", reference="r", output="o", source="doc", answerable=True,
                        hallucinated=True, attributed=True, abstained=False, memorized=False, correct=False,
                        passed=False, reasons=[why]) for i, why in enumerate(reasons, start=1)]
    return RunResult(suite="gpu-supply", label="epoch-05.jsonl", items=items, summary=summarize(items))


def test_item_table_at_80_columns_gives_each_reason_a_line_of_its_own():
    """A reason folded into a 14-column strip is unreadable: at 80 columns the reasons move to a
    continuation table beside their item ids, each whole on one line where it fits."""
    from evalkit.cli.tables import items_view

    text = render(items_view(_failing_run()), 80, Format.table)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "(continued)" in text
    assert any(line.startswith("q2    absent entity 'Northwind Foundry' (not in the evidence)") for line in text.splitlines())
    wide = render(items_view(_failing_run()), 160, Format.table)
    assert "(continued)" not in wide and "absent entity 'Northwind Foundry'" in wide


def test_messages_fold_between_words_on_a_terminal_and_stay_one_line_in_a_log():
    import io

    from evalkit.cli.app import _Console
    from evalkit.results.wording import summary_line

    line = summary_line(_failing_run().summary)
    term = _Console(file=io.StringIO(), force_terminal=True, width=80, color_system=None)
    term.print(line, soft_wrap=True)
    folded = term.file.getvalue().splitlines()
    assert len(folded) > 1 and all(len(x) <= 80 for x in folded)
    assert " ".join(folded).split() == line.split()   # no word cut in two
    log = _Console(file=io.StringIO(), force_terminal=False, width=80)
    log.print(line, soft_wrap=True)
    assert log.file.getvalue() == line + "\n"
