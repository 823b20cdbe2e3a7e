"""Orchestration: run_checkpoints writes a run directory; `evalkit run` on the tiny model."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from evalkit.generate.cache import GenerationCache
from evalkit.results import RunResult
from evalkit.run.runner import CheckpointSpec, RunOptions, run_checkpoints, unique_labels
from tests.conftest import MINI_SUITE


def _short(target):
    config = target.config.model_copy(update={
        "generation": target.config.generation.model_copy(update={"max_new_tokens": 16})})
    return target.model_copy(update={"config": config})


def test_run_checkpoints_writes_results_per_checkpoint(mini_target, tiny_base, tiny_adapters, tmp_path):
    from evalkit.run.runner import Generators

    target = _short(mini_target)
    options = RunOptions(cache=GenerationCache(tmp_path / "cache"), device="cpu")
    generators = Generators(target, options)
    specs = [CheckpointSpec(str(tiny_base), label="base")] + [CheckpointSpec(str(a)) for a in tiny_adapters]
    runs = run_checkpoints(target, specs, out_dir=tmp_path / "run", options=options, generators=generators)
    assert [r.outputs.label for r in runs] == ["base", "epoch-01", "epoch-02", "epoch-03"]
    assert generators.hf.base_loads == 1
    for r in runs:
        saved = RunResult.load(tmp_path / "run" / r.outputs.label / "results.json")
        assert saved.label == r.outputs.label and saved.fingerprint == r.outputs.fingerprint
        lines = (tmp_path / "run" / r.outputs.label / "outputs.jsonl").read_text().splitlines()
        assert {json.loads(line)["id"] for line in lines} == {i.id for i in target.suite.items}
    manifest = json.loads((tmp_path / "run" / "run.json").read_text())
    assert [c["label"] for c in manifest["checkpoints"]] == ["base", "epoch-01", "epoch-02", "epoch-03"]
    # replaying a written outputs file gives the same results
    (replayed,) = run_checkpoints(target, [CheckpointSpec(str(tmp_path / "run" / "epoch-03" / "outputs.jsonl"))])
    assert replayed.outputs.outputs == runs[-1].outputs.outputs


def test_labels_are_unique_and_folder_safe():
    specs = [CheckpointSpec("a/run1/epoch-01"), CheckpointSpec("b/run2/epoch-01"), CheckpointSpec("x/", label="m:1")]
    assert unique_labels(specs) == ["run1-epoch-01", "run2-epoch-01", "m_1"]


def test_cli_run_then_cached_rerun(tiny_adapters, tmp_path):
    from evalkit.cli import app
    import evalkit.cli.run  # noqa: F401  (registers `run` if evalkit.cli does not yet)

    config = tmp_path / "config.yaml"
    config.write_text(f"golden: {MINI_SUITE}\ngeneration:\n  max_new_tokens: 12\n")
    args = ["run", str(config), "--checkpoint", str(tiny_adapters[0]), "--checkpoint", str(tiny_adapters[1]),
            "--out", str(tmp_path / "run"), "--cache-dir", str(tmp_path / "cache"), "--batch-size", "4", "-q"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "8 generated, 0 cached" in first.output and (tmp_path / "run" / "epoch-02" / "results.json").is_file()
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0 and second.output.count("0 generated, 8 cached") == 2
    third = CliRunner().invoke(app, args + ["--no-cache"])
    assert "8 generated, 0 cached" in third.output
    bad = CliRunner().invoke(app, args[:-3] + ["--batch-size", "0"])
    assert bad.exit_code == 2
