"""Scoring a long list of answers in worker processes, one per free core.

The rules are pure Python: one process scores on one core however many the machine has. Forked
children share the parent's suite index, evidence, key facts and encoded sentences copy-on-write
(nothing is pickled on the way in) and send back their ItemResults. Only where `fork` exists
(Linux: elsewhere a child would start bare and rebuild the suite), never from a daemon process,
and with `scoring.workers: auto` only for the built-in scorers: a plugin may hold a connection or
a device that a forked child must not share, so its user opts in with a number.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Literal, Sequence, TypeVar

from ..cores import free_cores, whole_cores

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

# fewer answers than this per process and the fork, the children's own first readings of the
# evidence and the results' pickling cost about what a second core saves (bench/scoring_speed.py)
MIN_PER_WORKER = 150
# the fewest items a process takes at a time: each take is one call of the scoring function, whose
# encodes are batched per call (a run of a few answers encodes a few claims at a time)
MIN_TAKE = 8

_JOB: tuple[Callable, Sequence, Any] | None = None   # what the forked children run: inherited, not pickled


def worker_count(requested: int | Literal["auto"], n_answers: int, fork_safe: bool) -> int:
    """How many processes score `n_answers`: `requested`, or with "auto" one per free core, at most
    one per MIN_PER_WORKER answers, and 1 for scorers that are not `fork_safe`."""
    if requested == "auto":
        if not fork_safe or not sys.platform.startswith("linux") or n_answers < 2 * MIN_PER_WORKER:
            return 1
        want = min(whole_cores(free_cores()), n_answers // MIN_PER_WORKER)
    else:
        want = min(requested, n_answers)
    if want <= 1 or "fork" not in mp.get_all_start_methods() or mp.current_process().daemon:
        return 1
    return want


def map_in_processes(fn: Callable[[Sequence[T]], list[R]], items: Sequence[T], workers: int) -> list[R]:
    """`fn` over `items` in `workers` forked processes; the results in the order of `items`.

    Each process has a contiguous part of `items` and calls `fn` on runs of it from its start,
    long at first and shorter as the work left shrinks (`_take`); one whose part is done takes
    runs from the end of the part with most left. So neighbouring items (the caller puts together
    those that read the same evidence) stay in one process, and the processes finish together
    however the items' costs vary and whatever else the cores run. What a child that dies
    (killed for memory) had taken or left is scored in this process after, part by part."""
    global _JOB
    context = mp.get_context("fork")
    cuts = _cuts(len(items), workers)
    left = context.Array("q", [x for cut in cuts for x in cut])   # [next, end) of each part
    _JOB = (fn, items, left)
    results: list = [None] * len(items)
    scored = [False] * len(items)
    pool = ProcessPoolExecutor(len(cuts), mp_context=context)
    try:
        futures = [pool.submit(_run_part, k) for k in range(len(cuts))]
        for future in futures:
            try:
                runs = future.result()
            except BrokenProcessPool:
                log.warning("a scoring process ended abruptly; its answers are scored here instead")
                continue
            for start, part in runs:
                results[start:start + len(part)] = part
                scored[start:start + len(part)] = [True] * len(part)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        _JOB = None
    # the results are in: the children end on their own, unwaited (a child's exit, its memory
    # given back, took 0.1-0.3 s of a 1,000-answer run)
    pool.shutdown(wait=False)
    for a, b in cuts:
        missing = [i for i in range(a, b) if not scored[i]]
        if missing:
            for i, result in zip(missing, fn([items[i] for i in missing])):
                results[i] = result
    return results


def _cuts(n: int, workers: int) -> list[tuple[int, int]]:
    """[start, end) of at most `workers` non-empty contiguous parts of n items, of equal length."""
    size = -(-n // workers)
    return [(k, min(n, k + size)) for k in range(0, n, size)]


def _take(left, k: int) -> tuple[int, int] | None:
    """The next run for process k, [start, end): from the front of its own part, a 2*workers-th of
    all that is left (at least MIN_TAKE items), so that the runs shorten towards the end; its own
    part done, from the end of the part with most left, at most half of it. None when all is taken."""
    with left.get_lock():
        parts = len(left) // 2
        remaining = [left[2 * j + 1] - left[2 * j] for j in range(parts)]
        total = sum(remaining)
        if not total:
            return None
        size = max(MIN_TAKE, -(-total // (2 * parts)))
        if remaining[k]:
            start = left[2 * k]
            end = left[2 * k] = min(left[2 * k + 1], start + size)
            return start, end
        j = max(range(parts), key=remaining.__getitem__)
        end = left[2 * j + 1]
        start = left[2 * j + 1] = end - min(size, -(-remaining[j] // 2))
        return start, end


def _run_part(k: int) -> list[tuple[int, list]]:
    """Runs of process k's part (and of others', its own done) scored: (start, results) each."""
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)   # one core per process: the encoder's threads would wait on each other
    fn, items, left = _JOB
    done = []
    while (run := _take(left, k)) is not None:
        done.append((run[0], fn(items[run[0]:run[1]])))
    return done
