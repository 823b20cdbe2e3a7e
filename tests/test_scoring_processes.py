"""Scoring in worker processes (scoring/processes.py): the same ItemResults as one process, errors
and a killed child handled, and how many processes `scoring.workers` gives."""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
from pathlib import Path

import pytest

from evalkit import InputError, load_target
from evalkit.errors import Problem
from evalkit.scoring import build_context, score_items, scorer
from evalkit.scoring import processes
from evalkit.scoring.processes import MIN_PER_WORKER, map_in_processes, worker_count
from evalkit.scoring.result import ScoreResult

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "golden" / "gpu-supply" / "suite.yaml"

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="needs fork")


def _with(target, **scoring):
    s = target.config.scoring.model_copy(update=scoring)
    return target.model_copy(update={"config": target.config.model_copy(update={"scoring": s})})


def _replay_pairs(target):
    pairs = []
    for file in sorted((SUITE.parent / "replays").glob("*.jsonl")):
        if file.name != "labels.jsonl":
            for rec in map(json.loads, file.read_text().splitlines()):
                pairs.append((target.suite.item(rec["id"]), rec["output"]))
    return pairs


@pytest.mark.parametrize("embeddings", [False, True])
def test_two_processes_give_the_results_of_one(embeddings):
    target = load_target(SUITE)
    pairs = _replay_pairs(target)
    assert len(pairs) == 217
    one = score_items(build_context(_with(target, embeddings=embeddings, workers=1)), pairs)
    two = score_items(build_context(_with(target, embeddings=embeddings, workers=2)), pairs)
    assert [r.model_dump() for r in two] == [r.model_dump() for r in one]
    assert [r.id for r in two] == [item.id for item, _ in pairs]   # in the order given


def test_auto_takes_one_process_per_free_core_for_long_lists(monkeypatch):
    monkeypatch.setattr(processes, "free_cores", lambda: 2.0)
    monkeypatch.setattr(processes.sys, "platform", "linux")
    assert worker_count("auto", 2 * MIN_PER_WORKER, fork_safe=True) == 2
    assert worker_count("auto", 10_000, fork_safe=True) == 2
    assert worker_count("auto", 2 * MIN_PER_WORKER - 1, fork_safe=True) == 1   # too short to pay
    assert worker_count("auto", 10_000, fork_safe=False) == 1                  # a plugin scorer
    monkeypatch.setattr(processes, "free_cores", lambda: 1.6)                  # the other core busy
    assert worker_count("auto", 10_000, fork_safe=True) == 1
    monkeypatch.setattr(processes, "free_cores", lambda: 7.8)
    assert worker_count("auto", 5 * MIN_PER_WORKER, fork_safe=True) == 5       # a share each worth a fork
    monkeypatch.setattr(processes.sys, "platform", "darwin")
    assert worker_count("auto", 10_000, fork_safe=True) == 1


def test_a_number_of_workers_is_taken_as_given_up_to_one_per_answer(monkeypatch):
    monkeypatch.setattr(processes, "free_cores", lambda: 0.0)   # never asked for an explicit number
    assert worker_count(3, 10, fork_safe=False) == 3
    assert worker_count(3, 2, fork_safe=True) == 2
    assert worker_count(1, 10_000, fork_safe=True) == 1


def test_workers_setting_is_checked():
    from pydantic import ValidationError

    from evalkit.config import ScoringConfig

    assert ScoringConfig().workers == "auto" and ScoringConfig(workers=4).workers == 4
    for bad in (0, -1, "many", 1.5):
        with pytest.raises(ValidationError):
            ScoringConfig(workers=bad)


def test_parts_come_back_in_order():
    assert map_in_processes(lambda part: [x * x for x in part], list(range(11)), 3) == [x * x for x in range(11)]


def test_runs_take_every_item_once_shorter_towards_the_end():
    left = mp.get_context("fork").Array("q", [x for cut in processes._cuts(100, 2) for x in cut])
    runs = []
    while (run := processes._take(left, 0)) is not None:   # process 0 alone: the other never starts
        runs.append(run)
    assert runs[0] == (0, 25)                  # a quarter of all that is left for one of two
    assert sorted(i for a, b in runs for i in range(a, b)) == list(range(100))
    assert runs[2] == (44, 50) and runs[3] == (87, 100)   # its own part done, from the end of the other's


def _in_a_child() -> bool:
    return mp.parent_process() is not None


def test_an_input_error_in_a_child_reaches_the_caller_with_its_problems():
    @scorer(name="fails-in-children")
    def fails():
        def score(cases, context):
            if _in_a_child():
                raise InputError([Problem(Path("plugin.yaml"), "bad setting", line=3)])
            return [ScoreResult() for _ in cases]
        return score

    target = _with(load_target(SUITE), scorers=("abstention", "fails-in-children"), embeddings=False, workers=2)
    with pytest.raises(InputError) as info:
        score_items(build_context(target), _replay_pairs(target)[:20])
    assert [(p.file, p.message, p.line) for p in info.value.problems] == [(Path("plugin.yaml"), "bad setting", 3)]


def test_a_child_killed_leaves_its_answers_to_the_caller(caplog):
    @scorer(name="dies-in-children")
    def dies():
        def score(cases, context):
            if _in_a_child():
                os.kill(os.getpid(), signal.SIGKILL)   # as the kernel's out-of-memory killer does
            return [ScoreResult(scores={"n": float(len(cases))}) for _ in cases]
        return score

    target = _with(load_target(SUITE), scorers=("abstention", "dies-in-children"), embeddings=False, workers=2)
    pairs = _replay_pairs(target)[:30]
    results = score_items(build_context(target), pairs)
    assert [r.id for r in results] == [item.id for item, _ in pairs]
    assert {r.scores["n"] for r in results} == {15.0}   # each half scored here, after its child died
    assert "ended abruptly" in caplog.text
