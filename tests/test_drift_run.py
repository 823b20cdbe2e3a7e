"""`evalkit drift` on the tiny model: real generation, scoring and lm-eval on every checkpoint, and
a re-run after adding a checkpoint that does only the new one."""
from __future__ import annotations

import json

import pytest

from evalkit.drift.lmeval import LOCAL_TASKS, BaselineSpec
from evalkit.drift.run import run_drift
from evalkit.run.runner import RunOptions


@pytest.fixture(autouse=True)
def _datasets_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-datasets"))


def test_drift_then_rerun_with_one_more_checkpoint(mini_target, tiny_adapters, tmp_path, monkeypatch):
    from evalkit.generate.cache import GenerationCache

    import lm_eval

    calls = []
    real = lm_eval.simple_evaluate
    monkeypatch.setattr(lm_eval, "simple_evaluate", lambda **kw: calls.append(kw["model_args"]) or real(**kw))
    spec = BaselineSpec(tasks=("evalkit_general_mc",), include_path=LOCAL_TASKS, limit=4)
    options = RunOptions(cache=GenerationCache(tmp_path / "cache"))
    out = tmp_path / "drift"

    first = run_drift(mini_target, tiny_adapters[:2], out, options=options, baselines=spec)
    labels = [p.label for p in first.report.points]
    assert labels == ["base", "epoch-01", "epoch-02"]
    assert first.report.points[0].is_base and first.report.best in ("epoch-01", "epoch-02")
    assert all(set(p.baselines) == {"evalkit_general_mc/acc", "evalkit_general_mc/acc_norm"} for p in first.report.points)
    assert len(calls) == 3 and first.reused == []
    # paraphrased questions were asked and scored beside the originals
    ids = {i.id for i in first.results["epoch-01"].items}
    assert any("~p" in i for i in ids)
    assert first.report.points[1].metrics["rougeL_paraphrase"] is not None
    drift = json.loads((out / "drift.json").read_text())
    assert drift["best"] == first.report.best
    assert [c["label"] for c in json.loads((out / "run.json").read_text())["checkpoints"]] == labels
    assert {p.name for p in first.plots} >= {"drift-1-quality.svg", "drift-2-generalization.svg", "drift-3-baselines.svg"}

    calls.clear()
    second = run_drift(mini_target, tiny_adapters, out, options=options, baselines=spec)
    assert [p.label for p in second.report.points] == ["base", "epoch-01", "epoch-02", "epoch-03"]
    assert second.reused == ["base", "epoch-01", "epoch-02"]
    assert len(calls) == 1 and "epoch-03" in calls[0]
    assert second.report.points[1].metrics == first.report.points[1].metrics


def test_drift_cli_prints_table_and_verdicts(mini_target, tiny_adapters, tmp_path):
    from typer.testing import CliRunner

    from evalkit.cli import app
    from tests.conftest import MINI_SUITE

    out = tmp_path / "d"
    result = CliRunner().invoke(app, ["drift", str(MINI_SUITE), str(tiny_adapters[0].parent), "--out", str(out),
                                      "--no-baselines", "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert "drift · mini" in result.output
    for label in ("base", "epoch-01", "epoch-02", "epoch-03"):
        assert label in result.output
    assert "best checkpoint:" in result.output
    assert (out / "report.html").is_file() and (out / "report.md").is_file()


def test_drift_cli_names_a_bad_checkpoint(tmp_path):
    from typer.testing import CliRunner

    from evalkit.cli import app
    from tests.conftest import MINI_SUITE

    result = CliRunner().invoke(app, ["drift", str(MINI_SUITE), str(tmp_path / "nope"), "--no-baselines"])
    assert result.exit_code == 2
    assert f"{tmp_path / 'nope'}: no such checkpoint directory" in result.output
