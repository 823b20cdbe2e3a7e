"""The machine's cores actually free: generation picks torch's thread count from it and scoring
its worker processes (a thread or a process on a busy core waits on the other work there)."""
from __future__ import annotations

import os
import time

_FREE_CORES: tuple[float, float] | None = None   # (when, value): one sample serves calls for a few seconds
FREE_CORES_TTL_S = 5.0


def free_cores(sample_s: float = 0.05, max_age_s: float = FREE_CORES_TTL_S) -> float:
    """Cores idle right now: /proc/stat sampled over `sample_s`, with what this process's own
    threads used meanwhile counted as idle; the load average where /proc is missing. A sample is
    reused for `max_age_s` (FREE_CORES_TTL_S), so a series of short calls (one per adapter) does not
    pay it each time; 0 takes a fresh one (a timed run, so that no sample falls inside it)."""
    global _FREE_CORES
    now = time.monotonic()
    if _FREE_CORES is not None and now - _FREE_CORES[0] < max_age_s:
        return _FREE_CORES[1]
    value = _sample_free_cores(sample_s)
    _FREE_CORES = (time.monotonic(), value)
    return value


def whole_cores(free: float) -> int:
    """The cores worth a thread or a process of their own out of `free` (`free_cores()`): a core
    busy 70% of the time is not free."""
    return int(free + 0.3)


def _sample_free_cores(sample_s: float) -> float:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

    def snap():
        with open("/proc/stat") as f:
            vals = [int(v) for v in f.readline().split()[1:]]
        return sum(vals[3:5]), sum(vals[:8])  # idle + iowait, total (guest time is inside user)

    try:
        idle0, total0 = snap()
        own0, wall0 = time.process_time(), time.monotonic()
        time.sleep(sample_s)
        idle1, total1 = snap()
        own1, wall1 = time.process_time(), time.monotonic()
        machine = os.cpu_count() or cores
        idle = machine * (idle1 - idle0) / max(1, total1 - total0)
        # this process's own threads (torch's pool spin-waits after a generate call) are no
        # other work: what they use is ours to use
        idle += max(0.0, own1 - own0) / max(1e-6, wall1 - wall0)
    except (OSError, ValueError, IndexError):
        idle = (os.cpu_count() or cores) - (os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0)
    return max(0.0, min(float(cores), idle))
