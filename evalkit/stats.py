"""Paired statistics for comparing two runs on the same items: bootstrap intervals, exact McNemar.

A gate on a few dozen items is noisy; these say how much of a difference is real. Everything is
exact or seeded, so the same inputs always give the same numbers (a gate must never flake).
"""
from __future__ import annotations

from dataclasses import dataclass
from math import comb
from typing import Sequence

import numpy as np


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value for b and c discordant pairs (e.g. pass→fail, fail→pass).

    p = min(1, 2·P(X ≤ min(b, c))) with X ~ Bin(b + c, 1/2), summed in integers so it is exact
    up to the final rounding to float.
    """
    if b < 0 or c < 0:
        raise ValueError(f"discordant counts must be non-negative, got b={b}, c={c}")
    n = b + c
    if n == 0:
        return 1.0
    tail = sum(comb(n, k) for k in range(min(b, c) + 1))
    return min(1.0, tail / 2 ** (n - 1))   # 2·tail/2**n; int/int division rounds once


def min_significant_flips(alpha: float) -> int:
    """The fewest discordant pairs, all in one direction, that McNemar calls significant (p < alpha)."""
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    m = 1
    while mcnemar_exact(m, 0) >= alpha:   # p = 2**(1-m): halves with each flip
        m += 1
    return m


def smallest_detectable_change(n: int, alpha: float) -> float | None:
    """The smallest change of a rate over n paired items that can reach significance at all
    (every flip in one direction); None when even n flips cannot."""
    m = min_significant_flips(alpha)
    return m / n if 0 < m <= n else None


@dataclass(frozen=True)
class PairedDifference:
    """candidate − baseline of a mean over paired items, with a percentile bootstrap interval."""

    n: int
    baseline: float
    candidate: float
    diff: float
    low: float
    high: float
    confidence: float


def paired_bootstrap(baseline: Sequence[float], candidate: Sequence[float], *, resamples: int = 10_000,
                     confidence: float = 0.95, seed: int = 0) -> PairedDifference:
    """Resample items (pairs stay together) to bound the difference of the means.

    Pairing removes the between-item variance: on the same items, a real change shows up even
    when both runs vary a lot from item to item.
    """
    base = np.asarray(baseline, dtype=float)
    cand = np.asarray(candidate, dtype=float)
    if base.shape != cand.shape or base.ndim != 1:
        raise ValueError(f"paired samples must be 1-d and of equal length, got {base.shape} and {cand.shape}")
    n = base.size
    if n == 0:
        raise ValueError("no paired items to compare")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be in (0, 1), got {confidence}")
    d = cand - base
    rng = np.random.default_rng(seed)
    means = np.empty(resamples)
    chunk = max(1, 2_000_000 // n)   # bounds memory for large suites
    for start in range(0, resamples, chunk):
        stop = min(resamples, start + chunk)
        means[start:stop] = d[rng.integers(0, n, size=(stop - start, n))].mean(axis=1)
    tail = (1 - confidence) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    diff = float(d.mean())
    # min/max only guard float rounding: the interval of a mean always straddles the mean itself
    return PairedDifference(n=n, baseline=float(base.mean()), candidate=float(cand.mean()), diff=diff,
                            low=min(float(low), diff), high=max(float(high), diff), confidence=confidence)


# --- many checkpoints on the same items -------------------------------------------------------

def resample_counts(n: int, *, resamples: int, seed: int) -> np.ndarray:
    """How often each of n items is drawn in each bootstrap resample: a (resamples, n) matrix of
    counts summing to n per row. Rates over resampled items are then `counts @ flags / n`, which
    keeps every checkpoint on the same resampled items (the pairing)."""
    if n <= 0:
        raise ValueError("no items to resample")
    rng = np.random.default_rng(seed)
    return rng.multinomial(n, np.full(n, 1.0 / n), size=resamples)


@dataclass(frozen=True)
class BestOfMany:
    """Which of k series is best on the same items, and how sure that is."""

    values: tuple[float, ...]            # each one's value on the items as they are
    p_best: tuple[float, ...]            # share of resamples in which it is best (ties shared)
    indistinguishable: tuple[int, ...]   # indices whose gap to the best is not significant
    best: int                            # index of the highest value (the earliest on ties)
    alpha: float
    resamples: int


def best_of_many(values: np.ndarray, *, alpha: float = 0.05, resamples: int = 2000, seed: int = 0,
                 counts: np.ndarray | None = None, best: int | None = None) -> BestOfMany:
    """A paired bootstrap over items for k columns of per-item values (n items × k, e.g. pass
    flags of k checkpoints): each column's probability of having the highest mean, and the columns
    whose mean is statistically indistinguishable from the best's.

    Column j is indistinguishable from the best b when the one-sided bootstrap share of resamples
    in which j's mean is at least b's exceeds alpha/2 (equivalently, the two-sided 1−alpha
    percentile interval of mean_b − mean_j reaches 0). `best`: the column to compare with when a
    rule other than the highest mean chose it (drift's ties). Everything is seeded: same inputs, same
    answer, whatever the item order within a column-consistent permutation of rows.
    """
    v = np.asarray(values, dtype=float)
    if v.ndim != 2 or v.shape[0] == 0 or v.shape[1] == 0:
        raise ValueError(f"values must be a non-empty items × series matrix, got shape {v.shape}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    n, k = v.shape
    # rows in a canonical order: the verdict must not depend on the order items are listed in
    v = v[np.lexsort(v.T[::-1])]
    w = resample_counts(n, resamples=resamples, seed=seed) if counts is None else counts
    means = (w @ v) / n                                   # (resamples, k)
    point = v.mean(axis=0)
    if best is None:
        best = int(np.flatnonzero(point >= point.max() - 1e-12)[0])
    top = means.max(axis=1, keepdims=True)
    at_top = means >= top - 1e-12
    p_best = (at_top / at_top.sum(axis=1, keepdims=True)).mean(axis=0)
    reach = (means >= means[:, [best]] - 1e-12).mean(axis=0)   # P*(mean_j ≥ mean_best)
    same = tuple(j for j in range(k) if j == best or reach[j] > alpha / 2)
    return BestOfMany(values=tuple(float(x) for x in point), p_best=tuple(float(p) for p in p_best),
                      indistinguishable=same, best=best, alpha=alpha, resamples=int(w.shape[0]))
