"""Gate verdicts on hand-made results: thresholds, significant and noisy regressions, small suites."""
from __future__ import annotations

from pathlib import Path

import pytest

from evalkit.config import GatesConfig, RegressionRule, Threshold
from evalkit.errors import InputError
from evalkit.gate.compare import compare
from evalkit.report.markdown import gate_markdown
from evalkit.gate.golden import baseline_from_result
from tests.test_snapshot import make_run

PASS_ONLY = RegressionRule(metrics=("pass_rate", "hallucination_rate"))


def gates(**kw) -> GatesConfig:
    return GatesConfig(regression=kw.pop("regression", PASS_ONLY), **kw)


def check(result, name):
    (c,) = [c for c in result.checks if c.name == name]
    return c


def flips(n: int, worse: int, better: int = 0) -> tuple[list[bool], list[bool]]:
    """Baseline and candidate pass flags over n items with `worse` pass→fail and `better` fail→pass flips."""
    base = [True] * (n - better) + [False] * better
    cand = [False] * worse + [True] * (n - better - worse) + [True] * better
    return base, cand


def test_identical_runs_pass():
    base, _ = flips(40, 0)
    r = compare(baseline_from_result(make_run(base)), make_run(base), gates())
    assert r.passed and not r.regressed
    assert "unchanged → ok" in check(r, "regression pass_rate").detail


def test_threshold_failure():
    flags = [True] * 32 + [False] * 8          # 20% hallucinated in both: no regression, over the max
    r = compare(baseline_from_result(make_run(flags)), make_run(flags),
                gates(thresholds={"hallucination_rate": Threshold(max=0.1), "pass_rate": Threshold(min=0.5)}))
    assert not r.passed
    c = check(r, "threshold hallucination_rate")
    assert c.status == "fail" and c.detail == "hallucination_rate 20.0% above max 10.0%"
    assert check(r, "threshold pass_rate").status == "pass"
    assert check(r, "regression pass_rate").status == "pass"
    assert [c.name for c in r.failures] == ["threshold hallucination_rate"]


def test_threshold_on_a_mean_score_and_unknown_names():
    flags = [True] * 4
    r = compare(baseline_from_result(make_run(flags)), make_run(flags), gates(thresholds={"rougeL": Threshold(min=0.6)}))
    assert check(r, "threshold rougeL").detail == "rougeL 0.500 below min 0.600"
    with pytest.raises(InputError, match="unknown metric 'halucination_rate' \\(did you mean 'hallucination_rate'\\?\\)"):
        compare(baseline_from_result(make_run(flags)), make_run(flags),
                gates(thresholds={"halucination_rate": Threshold(max=0.1)}), config_file=Path("suites/x.yaml"))


def test_threshold_without_a_value_is_skipped():
    flags = [True] * 4   # no unanswerable items: abstention_rate is None
    r = compare(baseline_from_result(make_run(flags)), make_run(flags), gates(thresholds={"abstention_rate": Threshold(min=0.5)}))
    assert check(r, "threshold abstention_rate").status == "skip" and r.passed


def test_significant_regression_beyond_tolerance_fails():
    base, cand = flips(60, worse=8)            # −13.3 pts, McNemar p = 2/2**8 = 0.0078
    r = compare(baseline_from_result(make_run(base)), make_run(cand), gates())
    assert not r.passed
    c = check(r, "regression pass_rate")
    assert c.status == "fail"
    assert c.detail.startswith("pass rate 100.0% → 86.7%, −13.3 pts [95% CI ")
    assert "McNemar p=0.008 (8 worse, 0 better of 60): beyond tolerance 5 pts and significant → FAIL" in c.detail
    (cmp,) = [m for m in r.comparisons if m.metric == "pass_rate"]
    assert cmp.ci_low <= cmp.diff <= cmp.ci_high < 0 and cmp.p_value == pytest.approx(2 / 2**8)
    assert [x.id for x in r.regressed] == [f"q{i}" for i in range(1, 9)]
    assert r.regressed[0].reason == "invented fact in q1"
    assert check(r, "items").status == "warn" and "8 items passed in the baseline and fail now" in check(r, "items").detail


def test_regression_beyond_tolerance_but_not_significant_is_a_warning():
    base, cand = flips(60, worse=5, better=1)  # −6.7 pts, McNemar p = 2·7/64 = 0.219
    r = compare(baseline_from_result(make_run(base)), make_run(cand), gates())
    assert r.passed
    c = check(r, "regression pass_rate")
    assert c.status == "warn"
    assert "p=0.219 (5 worse, 1 better of 60): beyond tolerance 5 pts but not significant at alpha 0.05 → warning" in c.detail


def test_significant_but_within_tolerance_passes():
    base, cand = flips(200, worse=8)           # −4 pts: significant (p=0.008) but tolerated
    r = compare(baseline_from_result(make_run(base)), make_run(cand), gates())
    c = check(r, "regression pass_rate")
    assert r.passed and c.status == "pass" and "within tolerance 5 pts → ok" in c.detail


def test_small_suite_significant_collapse_fails_at_any_size():
    base, cand = flips(10, worse=7)            # −70 pts, p = 0.016: significant, on only 10 items
    r = compare(baseline_from_result(make_run(base)), make_run(cand), gates())
    assert not r.passed
    c = check(r, "regression pass_rate")
    assert c.status == "fail"
    assert "beyond tolerance 5 pts and significant even on 10 paired items (< min_items 30) → FAIL" in c.detail


def test_small_suite_gets_a_power_warning_for_a_change_that_is_not_significant():
    base, cand = flips(10, worse=4)            # −40 pts, p = 0.125: not significant on 10 items
    r = compare(baseline_from_result(make_run(base)), make_run(cand), gates())
    assert r.passed
    c = check(r, "regression pass_rate")
    assert c.status == "warn"
    assert "only 10 paired items (< min_items 30)" in c.detail
    assert "only changes of 60 pts or more (6 items flipping one way) can reach significance" in c.detail
    # an unchanged small suite is still flagged: the gate could not have seen a 50-pt drop
    r = compare(baseline_from_result(make_run(base)), make_run(base), gates())
    assert check(r, "regression pass_rate").status == "warn"
    tiny = compare(baseline_from_result(make_run([True] * 4)), make_run([True] * 4), gates())
    assert "no change can reach significance" in check(tiny, "regression pass_rate").detail


def test_min_items_is_configurable():
    base, cand = flips(10, worse=4)
    r = compare(baseline_from_result(make_run(base)), make_run(cand),
                gates(regression=PASS_ONLY.model_copy(update={"min_items": 10})))
    c = check(r, "regression pass_rate")
    assert r.passed and c.status == "warn" and "not significant" in c.detail and "min_items" not in c.detail


def test_improvement_passes():
    base, cand = flips(60, worse=0, better=12)
    r = compare(baseline_from_result(make_run(base)), make_run(cand), gates())
    assert r.passed
    c = check(r, "regression pass_rate")
    assert c.status == "pass" and "+20.0 pts" in c.detail and "improved → ok" in c.detail
    assert len(r.fixed) == 12 and r.fixed[0].reason == "invented fact in q49"
    assert "improved" in check(r, "regression hallucination_rate").detail


def test_rates_use_their_own_items():
    # 40 answerable items unchanged, 10 unanswerable that stop abstaining
    base = make_run([True] * 40, unanswerable=10)
    cand = make_run([True] * 40, unanswerable=10)
    for item in cand.items[40:]:
        item.abstained, item.hallucinated = False, True
    every_rate = RegressionRule(min_items=10, metrics=("pass_rate", "hallucination_rate", "attribution_rate",
                                                        "abstention_rate"))
    r = compare(baseline_from_result(base), cand, GatesConfig(regression=every_rate))
    (abst,) = [m for m in r.comparisons if m.metric == "abstention_rate"]
    (attr,) = [m for m in r.comparisons if m.metric == "attribution_rate"]
    assert (abst.n, abst.worse, abst.diff) == (10, 10, -1.0) and abst.status == "fail"
    assert (attr.n, attr.diff) == (40, 0.0)
    assert not r.passed


def test_inputs_that_cannot_be_compared():
    base = baseline_from_result(make_run([True] * 5))
    with pytest.raises(InputError, match="baseline is for suite 'toy', the candidate for 'other'"):
        compare(base, make_run([True] * 5, suite="other"), gates())
    with pytest.raises(InputError, match="no result for 2 of the 5 baseline items: q4, q5"):
        compare(base, make_run([True] * 3), gates())
    with pytest.raises(InputError, match="unknown rate 'pass'"):
        compare(base, make_run([True] * 5), gates(regression=RegressionRule(metrics=("pass",))))


def test_extra_candidate_items_are_named_not_compared():
    r = compare(baseline_from_result(make_run([True] * 3)), make_run([True] * 5), gates())
    c = check(r, "coverage")
    assert r.passed and c.status == "warn" and "2 candidate items are not in the baseline" in c.detail
    assert r.paired_items == 3


def test_verdicts_are_deterministic_and_serialisable():
    base, cand = flips(60, worse=6, better=1)
    one = compare(baseline_from_result(make_run(base)), make_run(cand), gates())
    two = compare(baseline_from_result(make_run(base)), make_run(cand), gates())
    assert one.model_dump() == two.model_dump()
    data = one.model_dump(mode="json")
    assert isinstance(data["passed"], bool)
    assert all(set(c) >= {"name", "passed", "detail"} for c in data["checks"])


def test_markdown_summary():
    base, cand = flips(60, worse=8)
    md = gate_markdown(compare(baseline_from_result(make_run(base)), make_run(cand), gates()))
    assert md.startswith("### evalkit gate: FAIL — toy")
    assert "| regression pass\\_rate | ❌ fail |" in md  # "_" escaped: renders as pass_rate
    assert "<details><summary>8 regressed items" in md and "| q1 | invented fact in q1 |" in md


def test_markdown_neutralises_untrusted_names_and_ids():
    """Suite names, labels and item ids come from users' files and end up in $GITHUB_STEP_SUMMARY."""
    nasty = "x<img src=x onerror=alert(1)> <!-- a|b\nc [link](http://u) @team"
    base, cand = flips(40, worse=4)
    b = make_run(base, suite=nasty, label=nasty, prefix=nasty)
    c = make_run(cand, suite=nasty, label=nasty, prefix=nasty)
    md = gate_markdown(compare(baseline_from_result(b), c, gates()))
    assert "<img" not in md and "<!--" not in md and "[link](" not in md and "@team" not in md
    assert "&lt;img src=x onerror=alert(1)&gt;" in md and "\\[link\\]" in md
    for line in md.splitlines():
        if line.startswith("| "):   # no cell leaks a pipe or a newline: every row keeps its columns
            assert len([m for m in range(len(line)) if line[m] == "|" and line[m - 1] != "\\"]) in (3, 4)
    regressed = [line for line in md.splitlines() if line.startswith("| x&lt;img")]
    assert len(regressed) == 4
