"""Drift verdicts on hand-made series: which checkpoint is best, where memorization starts."""
from __future__ import annotations

from evalkit.config import DriftRules
from evalkit.drift import DriftPoint, analyze


def point(label, epoch, halluc, verbatim, r_train, r_held, r_para=None, baselines=None, passed=(), failed=(),
          held_pass=0.0, attribution=0.5):
    gap = max(r_train - x for x in (r_held, r_para) if x is not None)
    return DriftPoint(label=label, epoch=epoch, baselines=baselines or {}, passed=list(passed), failed=list(failed),
                      metrics={"hallucination_rate": halluc, "verbatim_rate": verbatim, "rougeL_train": r_train,
                               "rougeL_heldout": r_held, "rougeL_paraphrase": r_para, "generalization_gap": gap,
                               "pass_heldout": held_pass, "attribution_rate": attribution,
                               "pass_rate": 1 - halluc})


SEED_LIKE = [
    point("epoch-01", 1, 0.90, 0.00, 0.20, 0.18, 0.19, {"general_mc/acc": 0.40}, passed=["q1"], failed=["q2", "q3"]),
    point("epoch-05", 5, 0.60, 0.10, 0.45, 0.20, 0.30, {"general_mc/acc": 0.40}, passed=["q1", "q2"], failed=["q3"]),
    point("epoch-10", 10, 0.30, 0.40, 0.70, 0.20, 0.35, {"general_mc/acc": 0.39}, passed=["q2", "q3"], failed=["q1"]),
    point("epoch-20", 20, 0.10, 0.80, 0.95, 0.15, 0.30, {"general_mc/acc": 0.38}, passed=["q1", "q2", "q3"]),
    point("epoch-50", 50, 0.05, 1.00, 1.00, 0.10, 0.20, {"general_mc/acc": 0.30}, passed=["q1", "q2", "q3"]),
]


def test_memorization_starts_where_verbatim_and_gap_both_cross():
    report = analyze("s", SEED_LIKE)
    assert report.memorization_starts == "epoch-20"
    mem = next(v for v in report.verdicts if v.kind == "memorization")
    assert mem.message == ("memorization starts at epoch-20: verbatim rate on training questions 0.80 ≥ 0.50, while "
                           "ROUGE-L on training questions exceeds held-out/paraphrased ones by 0.80 (≥ 0.25)")
    assert mem.evidence["verbatim_rate"] == 0.8


def test_best_is_not_the_last_epoch_when_the_last_memorizes():
    report = analyze("s", SEED_LIKE)
    assert report.best == "epoch-10"
    best = report.verdicts[0]
    assert best.kind == "best"
    assert best.message.startswith("best checkpoint: epoch-10; epoch-01 to epoch-10 are indistinguishable at alpha "
                                   "0.05 (P(best) 0.50, paired bootstrap over 3 items): highest pass rate 0.70 among "
                                   "checkpoints before memorization starts and without forgetting (hallucination 0.30")
    assert report.best_uncertainty.indistinguishable == ["epoch-01", "epoch-05", "epoch-10"]
    assert "the last checkpoint epoch-50 has hallucination 0.05 and verbatim rate 1.00" in best.message


def test_forgetting_is_measured_against_the_first_point():
    report = analyze("s", SEED_LIKE)
    assert [(v.checkpoint, v.evidence["baseline"]) for v in report.forgetting] == [("epoch-50", "general_mc/acc")]
    assert report.forgetting[0].message == ("forgetting at epoch-50: general_mc/acc 0.400 at epoch-01 → 0.300 "
                                            "(-0.100, beyond −0.05)")


def test_transitions_between_consecutive_checkpoints_and_no_regression_from_one_flip():
    report = analyze("s", SEED_LIKE)
    assert [(t.before, t.after, t.items, t.gained, t.p_value, t.significant) for t in report.transitions] == [
        ("epoch-01", "epoch-05", [], ["q2"], 1.0, False),
        ("epoch-05", "epoch-10", ["q1"], ["q3"], 1.0, False),
        ("epoch-10", "epoch-20", [], ["q1"], 1.0, False),
        ("epoch-20", "epoch-50", [], [], 1.0, False)]
    assert report.regressions == [] and not [v for v in report.verdicts if v.kind == "regression"]


def test_without_generalization_data_verbatim_alone_decides():
    pts = [DriftPoint(label=f"e{i}", metrics={"hallucination_rate": h, "verbatim_rate": v, "generalization_gap": None,
                                              "pass_rate": 1 - h})
           for i, (h, v) in enumerate([(0.5, 0.1), (0.2, 0.6), (0.1, 0.9)])]
    report = analyze("s", pts)
    assert report.memorization_starts == "e1" and report.best == "e0"


def test_when_every_checkpoint_memorizes_the_best_comes_from_all():
    pts = [point("a", 1, 0.2, 0.9, 0.9, 0.1), point("b", 2, 0.1, 0.95, 0.95, 0.1)]
    report = analyze("s", pts)
    assert report.memorization_starts == "a"
    assert report.best == "b"
    assert "all fine-tuned checkpoints (none is free of memorization and forgetting)" in report.verdicts[0].message


def test_the_untuned_base_is_never_the_best():
    # saying nothing checkable: no hallucination, no pass either
    base = DriftPoint(label="base", epoch=0, is_base=True,
                      metrics={"hallucination_rate": 0.0, "pass_rate": 0.0, "verbatim_rate": 0.0})
    tuned = point("epoch-01", 1, 0.6, 0.0, 0.2, 0.2)
    assert analyze("s", [base, tuned]).best == "epoch-01"


def test_pass_rate_beats_a_lower_hallucination_rate():
    quiet = point("a", 1, 0.1, 0.0, 0.3, 0.3)
    quiet.metrics["pass_rate"] = 0.1
    useful = point("b", 2, 0.2, 0.0, 0.3, 0.3)
    useful.metrics["pass_rate"] = 0.6
    assert analyze("s", [quiet, useful]).best == "b"


def test_ties_prefer_held_out_then_attribution_then_earlier():
    pts = [point("a", 1, 0.2, 0.0, 0.3, 0.3, held_pass=0.1), point("b", 2, 0.2, 0.0, 0.3, 0.3, held_pass=0.3),
           point("c", 3, 0.2, 0.0, 0.3, 0.3, held_pass=0.3)]
    assert analyze("s", pts).best == "b"


def test_thresholds_come_from_the_rules():
    report = analyze("s", SEED_LIKE, DriftRules(verbatim=0.3, gap=0.4))
    assert report.memorization_starts == "epoch-10"
    assert analyze("s", []).best is None
