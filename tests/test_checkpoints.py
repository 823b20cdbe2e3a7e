"""Checkpoint discovery and ordering: epoch-2 before epoch-10, trainer_state.json first."""
from __future__ import annotations

import json

import pytest

from evalkit import InputError
from evalkit.drift.series import discover, natural_key


def make(path, state=None):
    path.mkdir(parents=True)
    (path / "adapter_config.json").write_text("{}")
    if state is not None:
        (path / "trainer_state.json").write_text(json.dumps(state))
    return path


def test_natural_order_of_epoch_names(tmp_path):
    for n in (10, 2, 1, 33):
        make(tmp_path / f"epoch-{n}")
    (tmp_path / "notes").mkdir()
    points = discover([tmp_path])
    assert [p.label for p in points] == ["epoch-1", "epoch-2", "epoch-10", "epoch-33"]
    assert [p.epoch for p in points] == [1.0, 2.0, 10.0, 33.0]


def test_trainer_state_overrides_the_name(tmp_path):
    make(tmp_path / "checkpoint-500", {"epoch": 2.0, "global_step": 500})
    make(tmp_path / "checkpoint-1000", {"epoch": 4.0, "global_step": 1000})
    make(tmp_path / "checkpoint-250", {"epoch": 1.0, "global_step": 250})
    points = discover([tmp_path])
    assert [(p.label, p.epoch, p.step) for p in points] == [
        ("checkpoint-250", 1.0, 250), ("checkpoint-500", 2.0, 500), ("checkpoint-1000", 4.0, 1000)]


def test_steps_without_state_order_by_number(tmp_path):
    for n in (1000, 200, 30):
        make(tmp_path / f"checkpoint-{n}")
    assert [p.step for p in discover([tmp_path])] == [30, 200, 1000]


def test_globs_and_explicit_paths_deduplicate(tmp_path):
    a, b = make(tmp_path / "epoch-01"), make(tmp_path / "epoch-02")
    points = discover([str(tmp_path / "epoch-*"), a, b])
    assert [p.label for p in points] == ["epoch-01", "epoch-02"]


def test_bad_paths_are_named(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(InputError) as info:
        discover([tmp_path / "missing", tmp_path / "empty", tmp_path / "file.txt", str(tmp_path / "nothing-*")])
    assert [p.message for p in info.value.problems] == [
        "no such checkpoint directory",
        "neither a checkpoint (no config.json or adapter_config.json) nor a folder of epoch-*/checkpoint-* checkpoints",
        "not a directory: a checkpoint is a model or adapter directory",
        "the pattern matches no path",
    ]


def test_natural_key():
    assert sorted(["epoch-10", "epoch-2", "epoch-1"], key=natural_key) == ["epoch-1", "epoch-2", "epoch-10"]
