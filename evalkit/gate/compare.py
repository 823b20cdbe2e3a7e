"""Pre-merge gates: a candidate's results against absolute thresholds and a recorded baseline.

A regression fails the gate when it is both larger than the configured tolerance and
significant (exact McNemar on the paired flips of that rate), at any suite size: a gate that
fails on noise gets switched off, and one that passes a collapse is worse. `regression.min_items`
only governs a change that is *not* significant: below it, the gate warns that the suite is too
small to tell, naming the smallest change it could have detected.

With no `gates` section in the run config (a bare golden suite included), the documented defaults
apply (`DEFAULT_GATES`): no significant drop of the pass rate and no significant rise of the
hallucination rate against the baseline; `GateResult.gates` says which gates applied and why.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..config import RATE_METRICS, GatesConfig, RunConfig, Target
from ..errors import InputError, Problem, did_you_mean
from ..results.metrics import CATALOGUE, SUMMARY_RATES, Metric
from ..results.model import RunResult, Summary
from ..results.wording import first_reason
from .golden import Baseline, BaselineItem, baseline_from_result, run_settings
from ..stats import mcnemar_exact, min_significant_flips, paired_bootstrap, smallest_detectable_change

Status = Literal["pass", "warn", "fail", "skip"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Check(_Model):
    name: str
    passed: bool                 # False only for "fail": warnings never block a merge
    status: Status
    detail: str


class MetricComparison(_Model):
    metric: str
    n: int                       # paired items the rate is defined on in both runs
    baseline: float
    candidate: float
    diff: float                  # candidate − baseline
    ci_low: float
    ci_high: float
    confidence: float
    worse: int                   # items whose flag changed for the worse (McNemar b)
    better: int                  # ... for the better (McNemar c)
    p_value: float
    higher_is_better: bool
    beyond_tolerance: bool
    significant: bool
    enough_items: bool
    min_detectable: float | None  # smallest change that could be significant at this n
    status: Status


class ItemChange(_Model):
    id: str
    reason: str | None = None     # the candidate's first reason (regressions) or the baseline's (fixes)


class GateResult(_Model):
    passed: bool
    suite: str
    candidate: str
    candidate_checkpoint: str | None = None
    baseline: str
    baseline_file: str | None = None
    baseline_choice: str | None = None   # why this baseline was used
    paired_items: int
    checks: list[Check]
    comparisons: list[MetricComparison] = Field(default_factory=list)
    regressed: list[ItemChange] = Field(default_factory=list)   # passed in the baseline, fail now
    fixed: list[ItemChange] = Field(default_factory=list)       # failed in the baseline, pass now
    settings: dict = Field(default_factory=dict)
    gates_from: str | None = None                                # "defaults" or the run config file
    gates: list[str] = Field(default_factory=list)              # each gate that applied, in words

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if c.status == "fail"]

    @property
    def warnings(self) -> list[Check]:
        return [c for c in self.checks if c.status == "warn"]


# --- which rates, on which items ---------------------------------------------------------------

# the rates a gate compares: the catalogue's Summary rates (results/metrics.py)
METRICS: dict[str, Metric] = {m.name: m for m in SUMMARY_RATES}
assert set(METRICS) == set(RATE_METRICS)


def _pts(x: float) -> str:
    return f"{100 * x:+.1f}".replace("-", "−") + " pts"


def _num(x: float) -> str:
    return f"{x:.1f}".replace("-", "−")


def _p(p: float) -> str:
    return "p<0.001" if p < 0.001 else f"p={p:.3f}"


def _label(metric: str) -> str:
    return metric.replace("_", " ")


def compare_metric(metric: str, base: list[BaselineItem], cand: list[BaselineItem], gates: GatesConfig) -> MetricComparison | None:
    """Paired comparison of one rate over the items it is defined on in both runs."""
    rule = gates.regression
    m = METRICS[metric]
    higher = m.higher_is_better
    pairs = [(b, c) for b, c in zip(base, cand) if m.applies(b) and m.applies(c)]
    if not pairs:
        return None
    x = [float(m.flag(b)) for b, _ in pairs]
    y = [float(m.flag(c)) for _, c in pairs]
    # pairs in a canonical order: the interval (seeded resampling) must not depend on item order
    x, y = (list(t) for t in zip(*sorted(zip(x, y)))) if x else (x, y)
    d = paired_bootstrap(x, y, resamples=rule.resamples, confidence=rule.confidence, seed=rule.seed)
    went_up = sum(1 for a, b in zip(x, y) if b > a)
    went_down = sum(1 for a, b in zip(x, y) if b < a)
    worse, better = (went_down, went_up) if higher else (went_up, went_down)
    p = mcnemar_exact(worse, better)
    worsening = -d.diff if higher else d.diff
    beyond = worsening > rule.tolerance + 1e-12
    significant = p < rule.alpha and worse > better
    enough = d.n >= rule.min_items
    if beyond and significant:          # at any suite size: a significant collapse is no noise
        status: Status = "fail"
    elif beyond or (not enough and not significant):
        status = "warn"
    else:
        status = "pass"
    return MetricComparison(metric=metric, n=d.n, baseline=d.baseline, candidate=d.candidate, diff=d.diff,
                            ci_low=d.low, ci_high=d.high, confidence=d.confidence, worse=worse, better=better,
                            p_value=p, higher_is_better=higher, beyond_tolerance=beyond, significant=significant,
                            enough_items=enough, min_detectable=smallest_detectable_change(d.n, rule.alpha),
                            status=status)


def describe(c: MetricComparison, gates: GatesConfig) -> str:
    """One sentence a reviewer can act on, e.g.
    'pass rate −8.3 pts [95% CI −15.0, −1.7], McNemar p=0.031 (7 worse, 1 better of 60): beyond
    tolerance 5 pts and significant → FAIL'."""
    rule = gates.regression
    head = (f"{_label(c.metric)} {100 * c.baseline:.1f}% → {100 * c.candidate:.1f}%, {_pts(c.diff)} "
            f"[{100 * c.confidence:.0f}% CI {_num(100 * c.ci_low)}, {_num(100 * c.ci_high)}], "
            f"McNemar {_p(c.p_value)} ({c.worse} worse, {c.better} better of {c.n})")
    tol = f"{100 * rule.tolerance:g} pts"
    if c.beyond_tolerance:
        verdict = (f"beyond tolerance {tol} and significant" if c.significant
                   else f"beyond tolerance {tol} but not significant at alpha {rule.alpha:g}")
    elif (c.diff > 0) == c.higher_is_better and c.diff != 0:
        verdict = "improved"
    elif c.diff == 0 and c.worse == 0:
        verdict = "unchanged"
    else:
        verdict = f"within tolerance {tol}"
    if not c.enough_items and not c.significant:
        # few items: the test misses most real changes, so the gate does not claim to know
        m = min_significant_flips(rule.alpha)
        reach = (f"only changes of {100 * c.min_detectable:.0f} pts or more ({m} items flipping one way) can reach "
                 f"significance at alpha {rule.alpha:g}" if c.min_detectable is not None
                 else f"no change can reach significance at alpha {rule.alpha:g} ({m} flips needed)")
        verdict += f"; but only {c.n} paired items (< min_items {rule.min_items}): {reach}, so no verdict"
    elif not c.enough_items and c.status == "fail":
        verdict += f" even on {c.n} paired items (< min_items {rule.min_items})"
    arrow = {"fail": "FAIL", "warn": "warning", "pass": "ok", "skip": "skipped"}[c.status]
    return f"{head}: {verdict} → {arrow}"


# --- thresholds -------------------------------------------------------------------------------

# a threshold bounds a catalogued rate the Summary holds, or else a mean score
_RATE_FIELDS = [m.name for m in CATALOGUE if m.kind == "rate" and m.name in Summary.model_fields]


def threshold_checks(summary: Summary, gates: GatesConfig, config_file: Path | None = None) -> list[Check]:
    checks, unknown = [], []
    for key, thr in gates.thresholds.items():
        if key in _RATE_FIELDS:
            value, show = getattr(summary, key), (lambda v: f"{100 * v:.1f}%")
        elif key in summary.mean_scores:
            value, show = summary.mean_scores[key], (lambda v: f"{v:.3f}")
        else:
            unknown.append(key)
            continue
        name = f"threshold {key}"
        if value is None:
            checks.append(Check(name=name, passed=True, status="skip", detail=f"{key} has no value in this run (no items it applies to)"))
            continue
        bad = []
        if thr.min is not None and value < thr.min:
            bad.append(f"below min {show(thr.min)}")
        if thr.max is not None and value > thr.max:
            bad.append(f"above max {show(thr.max)}")
        bounds = " and ".join(x for x in (f"min {show(thr.min)}" if thr.min is not None else "",
                                          f"max {show(thr.max)}" if thr.max is not None else "") if x)
        detail = f"{key} {show(value)} " + (" and ".join(bad) if bad else f"meets {bounds or 'no bounds'}")
        checks.append(Check(name=name, passed=not bad, status="fail" if bad else "pass", detail=detail))
    if unknown:
        known = _RATE_FIELDS + sorted(summary.mean_scores)
        raise InputError([Problem(config_file or Path("gates.thresholds"),
                                  f"gates.thresholds: unknown metric '{k}'{did_you_mean(k, known)} "
                                  f"(known: {', '.join(known)})") for k in unknown])
    return checks


# --- the gate ---------------------------------------------------------------------------------

def _shown(changes: list[ItemChange], limit: int = 8) -> str:
    parts = [f"{c.id} ({c.reason})" if c.reason else c.id for c in changes[:limit]]
    return ", ".join(parts) + (f", … ({len(changes) - limit} more)" if len(changes) > limit else "")


def compare(baseline: Baseline, candidate: RunResult, gates: GatesConfig, *,
            config_file: Path | None = None, candidate_path: Path | None = None) -> GateResult:
    """Gate `candidate` against `baseline` under `gates`. Raises InputError when the two cannot be
    compared (another suite, baseline items the candidate lacks)."""
    bfile = baseline.file or Path(f"baseline '{baseline.name}'")
    cfile = candidate_path or Path(candidate.label)
    if baseline.suite != candidate.suite:
        raise InputError([Problem(bfile, f"baseline is for suite '{baseline.suite}', the candidate for "
                                         f"'{candidate.suite}'")])
    unknown = [m for m in gates.regression.metrics if m not in METRICS]
    if unknown:
        raise InputError([Problem(config_file or Path("gates.regression.metrics"),
                                  f"gates.regression.metrics: unknown rate '{m}'{did_you_mean(m, METRICS)}")
                          for m in unknown])
    cand_items = {i.id: i for i in candidate.items}
    lacking = [i for i in baseline.items if i not in cand_items]
    if lacking:
        shown = ", ".join(lacking[:20]) + (f", … ({len(lacking) - 20} more)" if len(lacking) > 20 else "")
        raise InputError([Problem(cfile, f"the candidate has no result for {len(lacking)} of the "
                                         f"{len(baseline.items)} baseline items: {shown}")])

    checks = threshold_checks(candidate.summary, gates, config_file)
    cand_b = baseline_from_result(candidate).items   # the same per-item view as the baseline
    ids = list(baseline.items)
    base_list = [baseline.items[i] for i in ids]
    cand_list = [cand_b[i] for i in ids]

    comparisons = []
    for metric in gates.regression.metrics:
        c = compare_metric(metric, base_list, cand_list, gates)
        if c is None:
            checks.append(Check(name=f"regression {metric}", passed=True, status="skip",
                                detail=f"{_label(metric)}: no paired items it applies to"))
            continue
        comparisons.append(c)
        checks.append(Check(name=f"regression {metric}", passed=c.status != "fail", status=c.status,
                            detail=describe(c, gates)))

    regressed = [ItemChange(id=i, reason=first_reason(cand_items[i]) or None) for i in ids
                 if baseline.items[i].passed and not cand_items[i].passed]
    fixed = [ItemChange(id=i, reason=baseline.items[i].reason) for i in ids
             if not baseline.items[i].passed and cand_items[i].passed]
    if regressed:
        checks.append(Check(name="items", passed=True, status="warn",
                            detail=f"{len(regressed)} items passed in the baseline and fail now: {_shown(regressed)}"))
    else:
        checks.append(Check(name="items", passed=True, status="pass",
                            detail=f"no item that passed in the baseline fails now ({len(fixed)} fixed)"))
    extra = [i for i in cand_items if i not in baseline.items]
    if extra:
        checks.append(Check(name="coverage", passed=True, status="warn",
                            detail=f"{len(extra)} candidate items are not in the baseline and are not compared: "
                                   f"{', '.join(extra[:12])}{' …' if len(extra) > 12 else ''} (re-record the baseline to include them)"))
    if baseline.fingerprint and baseline.fingerprint == candidate.fingerprint:
        checks.append(Check(name="identity", passed=True, status="warn",
                            detail=f"the candidate is the baseline's own checkpoint (fingerprint {baseline.fingerprint})"))
    return GateResult(
        passed=all(c.passed for c in checks), suite=candidate.suite, candidate=candidate.label,
        candidate_checkpoint=candidate.checkpoint, baseline=baseline.name,
        baseline_file=str(baseline.file) if baseline.file else None, paired_items=len(ids), checks=checks,
        comparisons=comparisons, regressed=regressed, fixed=fixed,
        settings=gates.model_dump(mode="json"),
    )


def gates_in_force(config: RunConfig, file: Path | None = None) -> tuple[str, list[str]]:
    """Where the gates come from ("defaults" or the run config file, with why) and each gate that
    applies, in words a reviewer can check against the config."""
    gates = config.gates
    where = str(file or config.file or "the run config")
    if "gates" in config.model_fields_set:
        origin = f"the gates section of {where}"
    elif "golden" in config.model_fields_set and file is not None and Path(config.golden_path) != Path(file).resolve():
        origin = (f"defaults: {where} has no gates section "
                  "(`evalkit init` writes a run config with them, to edit)")
    else:
        origin = ("defaults: a bare golden suite has no gates "
                  "(`evalkit init SUITE` writes a run config with them, to edit)")
    rule = gates.regression
    lines = []
    for key, thr in gates.thresholds.items():
        bounds = " and ".join(x for x in (f"≥ {thr.min:g}" if thr.min is not None else "",
                                          f"≤ {thr.max:g}" if thr.max is not None else "") if x)
        lines.append(f"threshold: {_label(key)} {bounds or '(no bounds)'}")
    for metric in rule.metrics:
        m = METRICS.get(metric)
        way = "drop" if (m is None or m.higher_is_better) else "rise"
        lines.append(f"regression: no significant {way} of the {_label(metric)} against the baseline "
                     f"(beyond {100 * rule.tolerance:g} pts and McNemar p < {rule.alpha:g}, at any suite size)")
    if not lines:
        lines.append("none: nothing can fail this gate")
    return origin, lines


def run_gate(target: Target, candidate: RunResult, baseline: Baseline, *, candidate_path: Path | None = None,
             baseline_choice: str | None = None) -> GateResult:
    """`compare` under the target's gates, after checking that the baseline fits the suite as it is now."""
    bfile = baseline.file or Path(baseline.name)
    if baseline.suite != target.suite.name:
        raise InputError([Problem(bfile, f"baseline is for suite '{baseline.suite}', not '{target.suite.name}'")])
    known = {i.id for i in target.suite.items}
    gone = [i for i in baseline.items if i not in known]
    if gone:
        raise InputError([Problem(bfile, f"{len(gone)} baseline items are no longer in suite '{target.suite.name}': "
                                         f"{', '.join(gone[:20])}; re-record the baseline", item=gone[0])])
    result = compare(baseline, candidate, target.config.gates, config_file=target.path, candidate_path=candidate_path)
    checks = result.checks + _settings_checks(baseline, target)
    origin, applied = gates_in_force(target.config, target.path)
    return result.model_copy(update={"baseline_choice": baseline_choice, "checks": checks,
                                     "gates_from": origin, "gates": applied})


def _settings_checks(baseline: Baseline, target: Target) -> list[Check]:
    """Verdicts scored under other settings are not comparable item by item: say so, loudly."""
    if baseline.settings is None:
        return []
    now = run_settings(target)
    changed = [f"{section}.{key}" for section in sorted(now) for key in sorted(now[section])
               if (baseline.settings.get(section) or {}).get(key) != now[section][key]]
    if not changed:
        return []
    return [Check(name="settings", passed=True, status="warn",
                  detail=f"the baseline was recorded with other settings: {', '.join(changed)}; "
                         f"differences may come from the settings, not the checkpoint")]
