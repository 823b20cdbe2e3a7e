"""How sure drift's verdicts are: P(best) and the indistinguishable set (paired bootstrap over
items), memorization onset with its interval, transitions with exact McNemar; checked against
exact expectations and scipy.stats where it computes the same quantity."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evalkit.config import DriftRules
from evalkit.drift import analyze, make_point
from evalkit.results import RunResult, summarize
from evalkit.stats import best_of_many, mcnemar_exact, min_significant_flips
from tests.test_snapshot import make_item


def run(label: str, flags: list[bool], memorized: list[bool] | None = None, rouge: float = 0.5) -> RunResult:
    items = [make_item(f"q{i}", ok, score=rouge) for i, ok in enumerate(flags)]
    for item, m in zip(items, memorized or []):
        item.memorized = m
    return RunResult(suite="s", label=label, items=items, summary=summarize(items))


def series(*flag_lists, memorized=None):
    return [make_point(run(f"epoch-{n + 1:02d}", f, (memorized or {}).get(n)), epoch=n + 1)
            for n, f in enumerate(flag_lists)]


def test_identical_checkpoints_share_the_best_and_are_indistinguishable():
    flags = np.array([[1, 1, 1]] * 10 + [[0, 0, 0]] * 10, dtype=float)
    r = best_of_many(flags)
    assert r.p_best == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert r.indistinguishable == (0, 1, 2) and r.best == 0


def test_a_dominating_checkpoint_is_best_for_sure_and_alone():
    flags = np.array([[1, 0]] * 20 + [[1, 1]] * 10, dtype=float)   # 30/30 against 10/30
    r = best_of_many(flags)
    assert r.p_best == (1.0, 0.0) and r.indistinguishable == (0,)
    assert r.values == (1.0, pytest.approx(1 / 3))


@pytest.mark.parametrize("lost, gained", [(20, 0), (6, 1), (3, 2), (0, 0), (10, 5), (16, 2)])
def test_indistinguishable_agrees_with_scipys_paired_bootstrap_interval(lost, gained):
    stats = pytest.importorskip("scipy.stats")
    n = 60
    a = np.array([1] * lost + [0] * gained + [1] * (n - lost - gained), dtype=float)
    b = np.array([0] * lost + [1] * gained + [1] * (n - lost - gained), dtype=float)
    ours = best_of_many(np.stack([a, b], axis=1), resamples=4000)
    if lost == gained:
        assert ours.indistinguishable == (0, 1)
        return
    ci = stats.bootstrap((a - b,), np.mean, method="percentile", confidence_level=0.95, n_resamples=4000,
                         random_state=np.random.default_rng(1)).confidence_interval
    assert (1 in ours.indistinguishable) == (ci.low <= 0)


def test_smallest_detectable_change_agrees_with_scipys_binomial_test():
    stats = pytest.importorskip("scipy.stats")
    for alpha in (0.05, 0.01, 0.1):
        m = min_significant_flips(alpha)
        assert stats.binomtest(m, m, 0.5).pvalue < alpha <= stats.binomtest(m - 1, m - 1, 0.5).pvalue


def test_transition_p_values_are_exact_mcnemar_and_only_significant_ones_regress():
    stats = pytest.importorskip("scipy.stats")
    a = [True] * 30
    b = [False] * 9 + [True] * 21            # 9 lost, 0 gained: p = 2/2**9
    c = [False] * 8 + [True] * 22            # vs b: 1 lost? no — q8 gained, nothing lost
    report = analyze("s", series(a, b, c))
    t1, t2 = report.transitions
    assert (len(t1.items), len(t1.gained), t1.significant) == (9, 0, True)
    assert t1.p_value == pytest.approx(stats.binomtest(0, 9, 0.5).pvalue, rel=1e-6)
    assert (len(t2.items), t2.gained, t2.significant, t2.p_value) == (0, ["q8"], False, 1.0)
    assert [r.after for r in report.regressions] == ["epoch-02"]
    (v,) = [v for v in report.verdicts if v.kind == "regression"]
    assert v.message == "epoch-01 → epoch-02: 9 items lost, 0 gained (net -9), McNemar p=0.00391 < 0.05: a regression"


def test_best_names_its_indistinguishable_set_and_prefer_earliest_picks_its_first():
    e1 = [True] * 20 + [False] * 20           # 50%
    e2 = [True] * 33 + [False] * 7            # 82.5%
    e3 = [True] * 34 + [False] * 6            # 85%: the best, but not by much over e2
    e4 = [True] * 32 + [False] * 8            # 80%
    pts = series(e1, e2, e3, e4)
    report = analyze("s", pts)
    unc = report.best_uncertainty
    assert report.best == "epoch-03" and unc.top == "epoch-03"
    assert unc.indistinguishable == ["epoch-02", "epoch-03", "epoch-04"]
    assert unc.p_best["epoch-01"] == 0.0 and sum(unc.p_best.values()) == pytest.approx(1.0, abs=1e-3)
    assert report.verdicts[0].message.startswith(
        "best checkpoint: epoch-03; epoch-02 to epoch-04 are indistinguishable at alpha 0.05 (P(best) ")
    early = analyze("s", pts, DriftRules(prefer="earliest"))
    assert early.best == "epoch-02"
    assert "the earliest checkpoint indistinguishable from epoch-03" in early.verdicts[0].message


def test_memorization_onset_comes_with_its_interval():
    n = 40
    flags = [True] * n
    mem = {0: [False] * n, 1: [i < 10 for i in range(n)], 2: [i < 21 for i in range(n)], 3: [True] * n}
    report = analyze("s", series(flags, flags, flags, flags, memorized=mem), DriftRules(verbatim=0.5))
    assert report.memorization_starts == "epoch-03"    # 21/40 ≥ 0.5, barely
    onset = report.memorization_uncertainty
    assert onset.low == "epoch-03" and onset.high == "epoch-04"
    assert 0.3 < onset.p_onset["epoch-03"] < 0.8
    assert sum(onset.p_onset.values()) + onset.p_none == pytest.approx(1.0, abs=1e-3)
    (v,) = [v for v in report.verdicts if v.kind == "memorization"]
    assert "onset 95% interval epoch-03 to epoch-04 (paired bootstrap over 40 items" in v.message


@settings(max_examples=30, deadline=None)
@given(rows=st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=30),
       data=st.data())
def test_best_of_many_never_depends_on_item_order(rows, data):
    perm = data.draw(st.permutations(rows))
    a = best_of_many(np.array(rows, dtype=float), resamples=300)
    b = best_of_many(np.array(perm, dtype=float), resamples=300)
    assert a == b


def test_mcnemar_matches_scipy_on_transition_counts():
    stats = pytest.importorskip("scipy.stats")
    for lost, gained in [(1, 0), (10, 1), (4, 4), (17, 5)]:
        assert mcnemar_exact(lost, gained) == pytest.approx(stats.binomtest(gained, lost + gained, 0.5).pvalue,
                                                            rel=1e-12)
