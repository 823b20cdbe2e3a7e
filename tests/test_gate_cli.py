"""`evalkit baseline record` and `evalkit gate` end to end: exit codes 0/1/2 on the real replays,
$GITHUB_STEP_SUMMARY, every kind of candidate, and two epochs of the tiny fine-tuned model."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import evalkit.cli.gate  # noqa: F401  (registers `gate` and `baseline` if evalkit.cli does not yet)
from evalkit import load_target
from evalkit.cli import app
from evalkit.gate import candidate_result
from tests.conftest import MINI_SUITE

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "golden" / "gpu-supply"
REPLAYS = GOLDEN / "replays"

# the gates of suites/gpu-supply.yaml; embeddings off keeps scoring a replay to a few seconds
CONFIG = """\
golden: golden/gpu-supply/suite.yaml
scoring:
  embeddings: false
gates:
  thresholds:
    hallucination_rate: {max: 0.25}
    attribution_rate: {min: 0.6}
    abstention_rate: {min: 0.5}
  regression: {tolerance: 0.05, alpha: 0.05, min_items: 30}
"""


@pytest.fixture(autouse=True)
def _no_ci_summary(monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def _copy_golden(root: Path) -> Path:
    """The golden set without its recorded baselines, and a run config pointing at it."""
    shutil.copytree(GOLDEN, root / "golden" / "gpu-supply", ignore=shutil.ignore_patterns("baselines"))
    config = root / "gpu-supply.yaml"
    config.write_text(CONFIG)
    return config


@pytest.fixture(scope="session")
def scored(tmp_path_factory):
    """paraphrase-cited and wrong-facts scored once per session, as results.json files."""
    root = tmp_path_factory.mktemp("scored")
    target = load_target(_copy_golden(root))
    out = {}
    for name in ("paraphrase-cited", "wrong-facts"):
        result = candidate_result(target, REPLAYS / f"{name}.jsonl")      # (b) a replay
        out[name] = result.save(root / name / "results.json")
    return out


@pytest.fixture
def config(tmp_path) -> Path:
    return _copy_golden(tmp_path)


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def test_wrong_facts_against_reference_answers_fails_with_the_regressed_items(config, scored, tmp_path):
    rec = invoke("baseline", "record", config, "--checkpoint", REPLAYS / "paraphrase-cited.jsonl",
                 "--name", "reference-answers")
    assert rec.exit_code == 0, rec.output
    recorded = config.parent / "golden" / "gpu-supply" / "baselines" / "reference-answers.json"
    assert recorded.is_file() and "created" in rec.output

    summary = tmp_path / "step-summary.md"
    summary.write_text("## earlier step\n")
    gate = invoke("gate", config, "--candidate", REPLAYS / "wrong-facts.jsonl", "--json", tmp_path / "gate.json",
                  "--markdown", tmp_path / "gate.md", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert gate.exit_code == 1, gate.output
    assert "FAIL" in gate.output and "regressed items" in gate.output
    verdict = json.loads((tmp_path / "gate.json").read_text())
    assert verdict["passed"] is False and verdict["baseline"] == "reference-answers"
    failed = {c["name"] for c in verdict["checks"] if not c["passed"]}
    assert {"threshold hallucination_rate", "regression pass_rate", "regression hallucination_rate"} <= failed
    regressed = {r["id"]: r["reason"] for r in verdict["regressed"]}
    assert len(regressed) > 50 and "21 days" in regressed["w2"]
    assert "w2" in gate.output
    text = summary.read_text()
    assert text.startswith("## earlier step\n") and "### evalkit gate: FAIL — gpu-supply" in text
    assert (tmp_path / "gate.md").read_text() in text


def test_reference_answers_against_wrong_facts_passes(config, scored, tmp_path):
    rec = invoke("baseline", "record", config, "--checkpoint", scored["wrong-facts"])   # (a) results.json
    assert rec.exit_code == 0, rec.output
    assert (config.parent / "golden" / "gpu-supply" / "baselines" / "wrong-facts.json").is_file()
    summary = tmp_path / "step-summary.md"
    gate = invoke("gate", config, "--candidate", scored["paraphrase-cited"].parent,   # (c) a run directory
                  "--json", tmp_path / "gate.json", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert gate.exit_code == 0, gate.output
    assert "PASS" in gate.output
    verdict = json.loads((tmp_path / "gate.json").read_text())
    assert verdict["passed"] is True and not verdict["regressed"] and len(verdict["fixed"]) > 50
    assert "### evalkit gate: PASS" in summary.read_text()


def test_re_recording_is_a_no_op(config, scored):
    args = ("baseline", "record", config, "--checkpoint", scored["paraphrase-cited"], "--name", "ref")
    assert invoke(*args).exit_code == 0
    path = config.parent / "golden" / "gpu-supply" / "baselines" / "ref.json"
    before = path.read_bytes()
    again = invoke(*args)
    assert again.exit_code == 0 and "unchanged" in again.output and path.read_bytes() == before
    listed = invoke("baseline", "list", config)
    assert listed.exit_code == 0 and "ref" in listed.output


def test_input_errors_exit_2_and_say_what(config, scored, tmp_path):
    baselines = config.parent / "golden" / "gpu-supply" / "baselines"
    wf = scored["wrong-facts"]

    none = invoke("gate", config, "--candidate", wf)
    assert none.exit_code == 2 and "no baseline recorded for suite 'gpu-supply'" in none.output

    assert invoke("baseline", "record", config, "--checkpoint", scored["paraphrase-cited"], "--name", "ref").exit_code == 0

    missing = invoke("gate", config, "--candidate", tmp_path / "nope.jsonl")
    assert missing.exit_code == 2 and "candidate not found" in missing.output

    partial = invoke("gate", config, "--candidate", REPLAYS / "bad-citation.jsonl")   # has no u1–u10
    assert partial.exit_code == 2 and "no result for 10 of the 69 baseline items: u1" in partial.output

    other = tmp_path / "other.json"
    other.write_text((baselines / "ref.json").read_text().replace('"suite": "gpu-supply"', '"suite": "mini"'))
    wrong_suite = invoke("gate", config, "--candidate", wf, "--baseline", other)
    assert wrong_suite.exit_code == 2 and "baseline is for suite 'mini', not 'gpu-supply'" in wrong_suite.output

    broken = tmp_path / "broken.json"
    broken.write_text((baselines / "ref.json").read_text().replace('"w3": {"abstained": false', '"w3": {"abstained": 3'))
    bad = invoke("gate", config, "--candidate", wf, "--baseline", broken)
    assert bad.exit_code == 2 and "item 'w3'" in bad.output and "broken.json:" in bad.output

    unknown = invoke("gate", config, "--candidate", wf, "--baseline", "rf")
    assert unknown.exit_code == 2 and "no baseline 'rf' (did you mean 'ref'?)" in unknown.output

    not_results = invoke("gate", config, "--candidate", baselines / "ref.json")
    assert not_results.exit_code == 2 and "is a baseline, not results" in not_results.output

    run_dir = tmp_path / "run"
    for label in ("epoch-01", "epoch-02"):
        shutil.copytree(wf.parent, run_dir / label)
    several = invoke("gate", config, "--candidate", run_dir)
    assert several.exit_code == 2 and "a run directory with 2 checkpoints" in several.output

    (baselines / "ref2.json").write_text((baselines / "ref.json").read_text())   # same `created`: a tie
    ambiguous = invoke("gate", config, "--candidate", wf)
    assert ambiguous.exit_code == 2 and "pass --baseline NAME (one of: ref, ref2)" in ambiguous.output

    bad_name = invoke("baseline", "record", config, "--checkpoint", wf, "--name", "../escape")
    assert bad_name.exit_code == 2


def test_candidate_for_another_suite_is_refused(config, tmp_path):
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"suite": "mini", "label": "x", "items": [], "summary": {
        "items": 0, "answerable": 0, "unanswerable": 0, "hallucination_rate": 0, "attribution_rate": None,
        "abstention_rate": None, "false_abstention_rate": None, "memorization_rate": None, "pass_rate": 0}}))
    r = invoke("baseline", "record", config, "--checkpoint", results)
    assert r.exit_code == 2 and "results are for suite 'mini', not 'gpu-supply'" in r.output


# --- the tiny fine-tuned model: two epochs, one better, one worse ----------------------------

@pytest.mark.slow
def test_demo_epochs_recorded_and_gated(tiny_adapters, tmp_path):
    """Baselines of epochs 1 and 3 of the tiny model, recorded from the checkpoint directories
    (generated through the runner). The epoch that hallucinates more is 'worse': gated against the
    better one's baseline it fails exactly when the flips are significant; the reverse passes. The
    tiny model's answers change with its training recipe, so the verdict is derived from the
    recorded baselines rather than hard-coded."""
    from evalkit.stats import mcnemar_exact

    shutil.copytree(MINI_SUITE.parent, tmp_path / "mini")
    config = tmp_path / "mini.yaml"
    config.write_text("golden: mini/suite.yaml\ngeneration:\n  max_new_tokens: 16\nscoring:\n  embeddings: false\n"
                      "gates:\n  regression: {min_items: 8, metrics: [hallucination_rate]}\n")
    for adapter in (tiny_adapters[0], tiny_adapters[2]):
        r = invoke("baseline", "record", config, "--checkpoint", adapter, "--device", "cpu")
        assert r.exit_code == 0, r.output
    recorded = {name: json.loads((tmp_path / "mini" / "baselines" / f"{name}.json").read_text())
                for name in ("epoch-01", "epoch-03")}
    assert recorded["epoch-01"]["fingerprint"] != recorded["epoch-03"]["fingerprint"]
    better, worse = sorted(recorded, key=lambda n: recorded[n]["summary"]["hallucination_rate"])
    flags = {n: {k: v["hallucinated"] for k, v in recorded[n]["items"].items()} for n in recorded}
    b = sum(flags[worse][k] and not flags[better][k] for k in flags[better])
    c = sum(flags[better][k] and not flags[worse][k] for k in flags[better])
    assert b > c, "the two epochs should differ in hallucination"
    adapter = {a.name: a for a in tiny_adapters}

    gated = invoke("gate", config, "--candidate", adapter[worse], "--baseline", better, "--device", "cpu",
                   "--json", tmp_path / "worse.json")
    verdict = json.loads((tmp_path / "worse.json").read_text())
    (halluc,) = verdict["comparisons"]
    assert (halluc["worse"], halluc["better"]) == (b, c)   # re-generated answers match the recording
    significant = mcnemar_exact(b, c) < 0.05 and (b - c) / 8 > 0.05
    assert gated.exit_code == (1 if significant else 0), gated.output
    assert halluc["status"] == ("fail" if significant else "warn")

    ok = invoke("gate", config, "--candidate", adapter[better], "--baseline", worse, "--device", "cpu")
    assert ok.exit_code == 0 and "improved" in ok.output, ok.output

    same = invoke("gate", config, "--candidate", adapter[worse], "--baseline", worse, "--device", "cpu",
                  "--json", tmp_path / "same.json")
    verdict = json.loads((tmp_path / "same.json").read_text())
    assert same.exit_code == 0 and not verdict["regressed"] and not verdict["fixed"]
    assert any(ch["name"] == "identity" for ch in verdict["checks"])
