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
from typing import Callable, Literal, Sequence, TypeVar

from ..cores import free_cores, whole_cores

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

# fewer answers than this per process and the fork, the children's own first readings of the
# evidence and the results' pickling cost about what a second core saves (bench/scoring_speed.py)
MIN_PER_WORKER = 150

_JOB: tuple[Callable, list] | None = None   # what the forked children run: inherited, not pickled


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
    """`fn` over `items` cut into `workers` contiguous parts, each in a forked process; the results
    in the order of `items`. A child that dies (killed for memory) leaves its part to this process."""
    global _JOB
    size = -(-len(items) // workers)
    parts = [list(items[k:k + size]) for k in range(0, len(items), size)]
    _JOB = (fn, parts)
    try:
        with ProcessPoolExecutor(len(parts), mp_context=mp.get_context("fork")) as pool:
            futures = [pool.submit(_run_part, k) for k in range(len(parts))]
            done: list[list[R]] = []
            for k, future in enumerate(futures):
                try:
                    done.append(future.result())
                except BrokenProcessPool:
                    log.warning("a scoring process ended abruptly; its answers are scored here instead")
                    done.append(fn(parts[k]))
    finally:
        _JOB = None
    return [r for part in done for r in part]


def _run_part(k: int) -> list:
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)   # one core per process: the encoder's threads would wait on each other
    fn, parts = _JOB
    return fn(parts[k])
