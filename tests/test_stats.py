"""Paired statistics: exact McNemar against hand-computed binomial tails, a seeded bootstrap."""
from __future__ import annotations

from fractions import Fraction
from math import comb

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evalkit.stats import (mcnemar_exact, min_significant_flips, paired_bootstrap,
                           smallest_detectable_change)


@pytest.mark.parametrize("b, c, expected", [
    (0, 0, Fraction(1)),            # no discordant pairs: no evidence at all
    (1, 0, Fraction(1)),            # 2 · 1/2
    (5, 0, Fraction(1, 16)),        # 2 · 1/32
    (6, 0, Fraction(1, 32)),        # 2 · 1/64: the first one-sided run below 0.05
    (5, 1, Fraction(14, 64)),       # 2 · (1 + 6)/64
    (7, 1, Fraction(18, 256)),      # 2 · (1 + 8)/256
    (10, 2, Fraction(158, 4096)),   # 2 · (1 + 12 + 66)/4096
    (3, 3, Fraction(1)),            # 2 · 42/64 > 1: capped
])
def test_mcnemar_matches_hand_computed_binomial_tails(b, c, expected):
    assert mcnemar_exact(b, c) == pytest.approx(float(expected), rel=1e-15)
    assert mcnemar_exact(c, b) == mcnemar_exact(b, c)


def test_mcnemar_is_exact_for_large_counts():
    n, k = 400, 170
    exact = min(Fraction(1), 2 * Fraction(sum(comb(n, i) for i in range(k + 1)), 2 ** n))
    assert mcnemar_exact(n - k, k) == float(exact)


def test_mcnemar_agrees_with_scipy_when_installed():
    stats = pytest.importorskip("scipy.stats")
    for b, c in [(8, 0), (7, 2), (12, 5), (30, 18), (0, 9)]:
        assert mcnemar_exact(b, c) == pytest.approx(stats.binomtest(min(b, c), b + c, 0.5).pvalue, rel=1e-12)


def test_mcnemar_rejects_negative_counts():
    with pytest.raises(ValueError):
        mcnemar_exact(-1, 2)


counts = st.integers(min_value=0, max_value=300)


@given(counts, counts)
def test_mcnemar_is_a_symmetric_probability(b, c):
    p = mcnemar_exact(b, c)
    assert 0.0 <= p <= 1.0
    assert p == mcnemar_exact(c, b)


@given(counts, counts)
def test_mcnemar_more_one_sided_flips_never_raise_p(b, c):
    b, c = max(b, c), min(b, c)
    assert mcnemar_exact(b + 1, c) <= mcnemar_exact(b, c)


def test_power_helpers():
    assert min_significant_flips(0.05) == 6    # p = 2/2**6 = 0.031
    assert min_significant_flips(0.01) == 8    # p = 2/2**8 = 0.0078; 7 flips give 0.0156
    assert smallest_detectable_change(10, 0.05) == pytest.approx(0.6)
    assert smallest_detectable_change(60, 0.05) == pytest.approx(0.1)
    assert smallest_detectable_change(5, 0.05) is None


def test_bootstrap_point_and_interval_on_known_data():
    base = [1] * 100
    cand = [1] * 80 + [0] * 20        # 20 of 100 items lost: true paired difference −0.20
    d = paired_bootstrap(base, cand, resamples=10_000, seed=0)
    assert (d.n, d.baseline, d.candidate) == (100, 1.0, 0.8)
    assert d.diff == pytest.approx(-0.2)
    assert d.low < -0.2 < d.high < 0      # contains the truth, excludes "no change"
    assert d.confidence == 0.95


def test_bootstrap_is_deterministic_with_a_seed():
    rng = np.random.default_rng(7)
    base, cand = rng.integers(0, 2, 50), rng.integers(0, 2, 50)
    assert paired_bootstrap(base, cand, seed=3) == paired_bootstrap(base, cand, seed=3)
    # on 0/1 data the 10,000-resample quantiles sit on the same multiples of 1/n for most seeds
    # (stable gates); on continuous scores the seed is visible
    scores_a, scores_b = rng.random(50), rng.random(50)
    assert paired_bootstrap(scores_a, scores_b, seed=3) != paired_bootstrap(scores_a, scores_b, seed=4)


def test_bootstrap_interval_covers_the_true_difference_about_95_percent_of_the_time():
    # pass -> fail with probability .15, fail -> pass with .25, from a pass rate of .8:
    # the population's paired difference is .8·(−.15) + .2·.25 = −0.07
    rng = np.random.default_rng(12345)
    n, truth, trials, hits = 120, 0.8 * -0.15 + 0.2 * 0.25, 200, 0
    for t in range(trials):
        base = rng.random(n) < 0.8
        cand = np.where(base, rng.random(n) >= 0.15, rng.random(n) < 0.25)
        d = paired_bootstrap(base, cand, resamples=2_000, seed=t)
        hits += d.low <= truth <= d.high
    assert 0.88 <= hits / trials <= 0.99


def test_bootstrap_input_errors():
    with pytest.raises(ValueError):
        paired_bootstrap([], [])
    with pytest.raises(ValueError):
        paired_bootstrap([1, 0], [1])
    with pytest.raises(ValueError):
        paired_bootstrap([1], [1], confidence=1.0)


pairs = st.lists(st.tuples(st.integers(0, 1), st.integers(0, 1)), min_size=1, max_size=80)


@settings(max_examples=60, deadline=None)
@given(pairs, st.integers(0, 2**32 - 1))
def test_bootstrap_interval_straddles_the_point_estimate(data, seed):
    base, cand = zip(*data)
    d = paired_bootstrap(base, cand, resamples=300, seed=seed)
    assert -1.0 <= d.low <= d.diff <= d.high <= 1.0
    assert d.diff == pytest.approx(d.candidate - d.baseline)
