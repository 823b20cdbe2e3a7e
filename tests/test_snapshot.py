"""Golden baselines: round trip, diff-friendly files, stable re-records, located errors, lookup."""
from __future__ import annotations

import difflib
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from evalkit import load_target
from evalkit.errors import InputError
from evalkit.results import ItemResult, RunResult, summarize
from evalkit.gate.golden import (baseline_path, default_name, dumps_baseline, find_baseline, load_baseline,
                              record_baseline, run_settings)


def make_item(item_id: str, ok: bool = True, answerable: bool = True, score: float = 0.5) -> ItemResult:
    """An item that passes or fails for the plainest reason: an invented fact / no abstention."""
    return ItemResult(
        id=item_id, question=f"question {item_id}?", reference="ref" if answerable else None, output="out",
        source="doc" if answerable else None, answerable=answerable, hallucinated=not ok,
        attributed=True if answerable else None, abstained=not answerable and ok, memorized=False,
        scores={"rougeL": score}, reasons=[] if ok else [f"invented fact in {item_id}"])


def make_run(flags: list[bool], *, suite: str = "toy", label: str = "ckpt", unanswerable: int = 0,
             prefix: str = "q", fingerprint: str | None = None) -> RunResult:
    items = [make_item(f"{prefix}{n + 1}", ok) for n, ok in enumerate(flags)]
    items += [make_item(f"u{n + 1}", True, answerable=False) for n in range(unanswerable)]
    return RunResult(suite=suite, label=label, fingerprint=fingerprint, evalkit_version="0.1.0",
                     items=items, summary=summarize(items))


def test_round_trip(tmp_path):
    result = make_run([True, False, True], unanswerable=1, fingerprint="abc123")
    path = tmp_path / "b.json"
    baseline, outcome = record_baseline(result, path, settings={"scoring": {"embeddings": False}})
    assert outcome == "created"
    loaded = load_baseline(path)
    assert loaded.content() == baseline.content()
    assert list(loaded.items) == ["q1", "q2", "q3", "u1"]   # suite order, not sorted
    assert loaded.name == "b" and loaded.suite == "toy" and loaded.fingerprint == "abc123"
    assert loaded.items["q2"].passed is False and loaded.items["q2"].reason == "invented fact in q2"
    assert loaded.items["u1"].attributed is None and loaded.items["u1"].abstained
    assert loaded.summary.pass_rate == pytest.approx(0.75)
    assert loaded.settings == {"scoring": {"embeddings": False}}


def test_file_is_diff_friendly(tmp_path):
    path = tmp_path / "b.json"
    record_baseline(make_run([True] * 5, fingerprint="f"), path)
    text = path.read_text()
    lines = text.splitlines()
    data = json.loads(text)
    assert list(data) == sorted(data)                        # sorted top-level keys
    for item_id in data["items"]:                            # one line per item, compact and sorted
        (line,) = [ln for ln in lines if ln.lstrip().startswith(f'"{item_id}": {{')]
        assert line.startswith("    ") and line.rstrip(",").endswith("}")
        fields = json.loads(line.split(": ", 1)[1].rstrip(","))
        assert list(fields) == sorted(fields)
        assert "reason" not in fields                        # passing items: no null noise
    assert text.endswith("}\n") and "\t" not in text
    assert dumps_baseline(load_baseline(path)) == text       # the writer is a fixed point


def test_scores_are_rounded_so_float_noise_does_not_churn(tmp_path):
    path = tmp_path / "b.json"
    record_baseline(make_run([True], fingerprint="f"), path)
    noisy = make_run([True], fingerprint="f")
    noisy.items[0].scores["rougeL"] = 0.5 + 1e-9
    _, outcome = record_baseline(noisy, path)
    assert outcome == "unchanged"


def test_re_recording_identical_content_leaves_the_file_byte_identical(tmp_path, monkeypatch):
    import evalkit.gate.golden as snapshot

    path = tmp_path / "b.json"
    record_baseline(make_run([True, False]), path)
    before = path.read_bytes()

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2099, 1, 1, tzinfo=timezone.utc)

    monkeypatch.setattr(snapshot, "datetime", Later)
    _, outcome = record_baseline(make_run([True, False]), path)
    assert outcome == "unchanged" and path.read_bytes() == before

    # a changed verdict rewrites: the item's line, the summary and `created` change, nothing else
    _, outcome = record_baseline(make_run([True, True]), path)
    assert outcome == "updated"
    after = path.read_text()
    changed = [ln for ln in difflib.unified_diff(before.decode().splitlines(), after.splitlines(), lineterm="", n=0)
               if ln.startswith(("+", "-")) and not ln.startswith(("+++", "---"))]
    assert any('"q2"' in ln for ln in changed) and not any('"q1"' in ln for ln in changed)
    assert any("2099-01-01" in ln for ln in changed)
    assert len(changed) <= 2 * 4   # created, q2, pass_rate, hallucination_rate (+ mean scores unchanged)


def _write_broken(tmp_path, edit) -> Path:
    path = tmp_path / "b.json"
    record_baseline(make_run([True, False, True]), path)
    path.write_text(edit(path.read_text()))
    return path


def test_invalid_json_is_located(tmp_path):
    path = _write_broken(tmp_path, lambda t: t.replace('"q2": {', '"q2": {,', 1))
    with pytest.raises(InputError) as exc:
        load_baseline(path)
    (p,) = exc.value.problems
    assert p.line == next(n for n, ln in enumerate(path.read_text().splitlines(), 1) if '"q2"' in ln)
    assert "invalid JSON" in p.message


def test_bad_item_field_is_located_at_the_item_line(tmp_path):
    path = _write_broken(tmp_path, lambda t: t.replace('"q3": {"abstained": false', '"q3": {"abstained": "maybe"'))
    with pytest.raises(InputError) as exc:
        load_baseline(path)
    (p,) = exc.value.problems
    assert p.item == "q3" and "items.q3.abstained" in p.message
    assert p.line == next(n for n, ln in enumerate(path.read_text().splitlines(), 1) if '"q3"' in ln)


def test_misspelt_key_gets_did_you_mean(tmp_path):
    path = _write_broken(tmp_path, lambda t: t.replace('"q1": {"abstained"', '"q1": {"abstaned"'))
    with pytest.raises(InputError) as exc:
        load_baseline(path)
    messages = " ".join(p.message for p in exc.value.problems)
    assert "unknown key 'abstaned' (did you mean 'abstained'?)" in messages
    assert "'items.q1.abstained' is missing" in messages


def test_hand_removed_item_is_caught(tmp_path):
    path = _write_broken(tmp_path, lambda t: "\n".join(ln for ln in t.splitlines() if '"q2": {' not in ln))
    with pytest.raises(InputError, match="summary counts 3 items but the file lists 2"):
        load_baseline(path)


def test_results_file_and_newer_format_are_refused(tmp_path):
    results = tmp_path / "results.json"
    make_run([True]).save(results)
    with pytest.raises(InputError, match="looks like a results file"):
        load_baseline(results)
    path = _write_broken(tmp_path, lambda t: t.replace('"format": 1', '"format": 9'))
    with pytest.raises(InputError, match="newer than this evalkit"):
        load_baseline(path)
    with pytest.raises(InputError, match="not found"):
        load_baseline(tmp_path / "nope.json")


# --- where baselines live ---------------------------------------------------------------------

@pytest.fixture
def toy_target(tmp_path):
    golden = tmp_path / "golden" / "toy"
    (golden / "docs").mkdir(parents=True)
    (golden / "docs" / "doc.md").write_text("Doc text.\n")
    (golden / "suite.yaml").write_text(
        "name: toy\ndocuments:\n  - {id: doc, title: Doc, path: docs/doc.md}\n"
        "items:\n  - {id: q1, question: \"Q?\", answer: A., source: doc}\n")
    config = tmp_path / "suites" / "toy.yaml"
    config.parent.mkdir()
    config.write_text("golden: ../golden/toy/suite.yaml\n")
    return load_target(config)


def test_baseline_path_is_next_to_the_golden_suite(toy_target, tmp_path):
    assert baseline_path(toy_target, "epoch-03") == (tmp_path / "golden" / "toy" / "baselines" / "epoch-03.json").resolve()
    for bad in ("../x", "a/b", "x.json", "", ".hidden"):
        with pytest.raises(InputError):
            baseline_path(toy_target, bad)


def test_default_name_from_label():
    assert default_name(make_run([True], label="paraphrase-cited.jsonl")) == "paraphrase-cited"
    assert default_name(make_run([True], label="epoch-03")) == "epoch-03"
    assert default_name(make_run([True], label="org/model:v2")) == "org-model-v2"


def _record(target, name: str, created: str):
    path = baseline_path(target, name)
    record_baseline(make_run([True], suite="toy", label=name), path)
    path.write_text(path.read_text().replace(json.loads(path.read_text())["created"], created))
    return path


def test_find_baseline_choices(toy_target):
    with pytest.raises(InputError, match="no baseline recorded for suite 'toy'.*evalkit baseline record"):
        find_baseline(toy_target)
    a = _record(toy_target, "alpha", "2024-01-01T00:00:00+00:00")
    assert find_baseline(toy_target) == (a, "the only baseline")
    b = _record(toy_target, "beta", "2024-02-01T00:00:00+00:00")
    path, why = find_baseline(toy_target)
    assert path == b and "most recent of 2" in why
    d = _record(toy_target, "default", "2023-01-01T00:00:00+00:00")
    assert find_baseline(toy_target) == (d, "default.json")
    assert find_baseline(toy_target, "alpha") == (a, "given by name")
    assert find_baseline(toy_target, str(b)) == (b, "given")
    with pytest.raises(InputError, match="no baseline 'alpah' \\(did you mean 'alpha'\\?\\).*alpha, beta, default"):
        find_baseline(toy_target, "alpah")
    with pytest.raises(InputError, match="baseline file not found"):
        find_baseline(toy_target, "somewhere/else.json")


def test_find_baseline_refuses_ties_and_follows_the_config(toy_target):
    _record(toy_target, "alpha", "2024-01-01T00:00:00+00:00")
    _record(toy_target, "beta", "2024-01-01T00:00:00+00:00")
    with pytest.raises(InputError, match="tied \\(alpha, beta\\): pass --baseline NAME"):
        find_baseline(toy_target)
    gates = toy_target.config.gates.model_copy(update={"baseline": "beta"})
    target = toy_target.model_copy(update={"config": toy_target.config.model_copy(update={"gates": gates})})
    path, why = find_baseline(target)
    assert path.stem == "beta" and "gates.baseline" in why


def test_run_settings_leave_out_speed_only_knobs(toy_target):
    settings = run_settings(toy_target)
    assert set(settings) == {"prompt", "generation", "scoring"}
    assert "batch_size" not in settings["generation"] and "max_new_tokens" in settings["generation"]
