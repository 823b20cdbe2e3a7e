"""Collection: the golden suite as a pytest Collector, one item per golden item and per gate."""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .render import counted_items, format_failure, format_gate, item_properties, rates_line
from .state import EvalkitRun, current_run

if TYPE_CHECKING:  # pragma: no cover
    from ..suite import Item


# --- collection -----------------------------------------------------------------------------------

class EvalkitSuite(pytest.File):
    """The golden suite: one GoldenItem per item, then one GateItem per gate."""

    def __init__(self, *, run: EvalkitRun, **kwargs):
        super().__init__(**kwargs)
        self.run = run

    def collect(self):
        from ..yamlfile import load_yaml_with_lines, line_of

        self.config.stash[COLLECTED_KEY] = True
        run = self.run
        target = run.target()
        suite = target.suite
        lines: dict = {}
        if suite.file:
            with contextlib.suppress(Exception):
                lines = load_yaml_with_lines(Path(suite.file))[1]
        slow = not run.is_replay
        out: list[pytest.Item] = []
        for index, item in enumerate(suite.items):
            line = line_of(lines, ("items", index)) if lines else None
            node = GoldenItem.from_parent(self, name=item.id, golden=item,
                                          line=(line - 1) if line else None)
            out.append(node)
        thresholds = run.thresholds()
        for metric in thresholds:
            out.append(GateItem.from_parent(self, name=f"gate[{metric}]", metric=metric,
                                            nodeid=self._param_id("gate", metric)))
        if run.settings.baseline and run.settings.update_baseline is None:
            out.append(RegressionItem.from_parent(self, name="gate[regression]",
                                                  nodeid=self._param_id("gate", "regression")))
        for node in out:
            node.add_marker(pytest.mark.evalkit_suite(suite.name))
            if slow:
                node.add_marker(pytest.mark.slow)
        return out

    def _param_id(self, name: str, param: str):
        """`gate[pass_rate]` as pytest parses it back (name 'gate', params 'pass_rate'), so --lf, --sw
        and a pasted node id find the gate again."""
        return self.id.child(name).with_params(param) if hasattr(self, "id") else f"{self.nodeid}::{name}[{param}]"

    def repr_failure(self, excinfo):  # type: ignore[override]
        from ..errors import InputError

        if isinstance(excinfo.value, InputError):
            return f"evalkit could not load {self.run.settings.config}:\n{excinfo.value}"
        return super().repr_failure(excinfo)


class EvalkitItem(pytest.Item):
    def repr_failure(self, excinfo, style=None):
        from ..errors import InputError

        if isinstance(excinfo.value, EvalkitFailure):
            return excinfo.value.report
        if isinstance(excinfo.value, InputError):
            return f"evalkit: {excinfo.value}"
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, self.pasteable_id()

    def pasteable_id(self) -> str:
        """The node id as the command line that ran the session takes it back: relative to the
        directory pytest was started in, as pytest's own summary prints it (the failure header shows
        it, so pasting it reruns this item from there)."""
        return str(self.config.cwd_relative_nodeid(self.id if hasattr(self, "id") else self.nodeid))


class EvalkitFailure(AssertionError):
    """A verdict that fails a test; `report` is what pytest shows."""

    def __init__(self, report: str):
        super().__init__(report.splitlines()[0] if report else "evalkit check failed")
        self.report = report


class GoldenItem(EvalkitItem):
    def __init__(self, *, golden: Item, line: int | None, **kwargs):
        super().__init__(**kwargs)
        self.golden, self.line = golden, line
        # -k matches node names, markers and these: tags, split, answerable/unanswerable
        self.extra_keyword_matches.update(golden.tags)
        self.extra_keyword_matches.update({golden.split, "answerable" if golden.answerable else "unanswerable"})

    def runtest(self) -> None:
        run = current_run(self.config)
        result = run.results().get(self.golden.id)
        if result is None:   # reported at the item's line in the suite file, not here
            raise pytest.skip.Exception(run.missing_reason(self.golden.id), _use_item_location=self.line is not None)
        self.user_properties.extend(item_properties(result))
        if not result.passed:
            raise EvalkitFailure(format_failure(result, run.target().suite))

    def reportinfo(self):
        return self.path, self.line, self.pasteable_id()


class GateItem(EvalkitItem):
    def __init__(self, *, metric: str, **kwargs):
        super().__init__(**kwargs)
        self.metric = metric

    def runtest(self) -> None:
        from ..config import GatesConfig
        from ..gate.compare import threshold_checks

        run = current_run(self.config)
        self.user_properties.append(("evalkit_gate", self.metric))
        run.results()
        if not run.complete():
            pytest.skip("only part of the suite ran; suite gates need every item")
        thr = run.thresholds()[self.metric]
        (check,) = threshold_checks(run.result.summary, GatesConfig(thresholds={self.metric: thr}),
                                    run.target().path)
        value = getattr(run.result.summary, self.metric, None)
        if value is None:
            value = run.result.summary.mean_scores.get(self.metric)
        self.user_properties += [("detail", check.detail),
                                 ("value", "" if value is None else round(value, 6)),
                                 ("min", "" if thr.min is None else thr.min), ("max", "" if thr.max is None else thr.max)]
        if check.status == "skip":
            pytest.skip(check.detail)
        if check.status == "fail":
            raise EvalkitFailure(f"gate {self.metric} failed: {check.detail}\n"
                                 f"{rates_line(run.result.summary.model_dump())}" + counted_items(run.result, self.metric))


class RegressionItem(EvalkitItem):
    def runtest(self) -> None:
        from ..gate.compare import run_gate
        from ..gate.golden import find_baseline, load_baseline

        run = current_run(self.config)
        self.user_properties.append(("evalkit_gate", "regression"))
        target = run.target()
        path, why = find_baseline(target, run.settings.baseline)   # a missing baseline fails before generating
        baseline = load_baseline(path)
        run.results()
        if not run.complete():
            pytest.skip("only part of the suite ran; the regression check needs every item")
        gates = target.config.gates.model_copy(update={"thresholds": {}})   # thresholds are their own items
        bare = target.model_copy(update={"config": target.config.model_copy(update={"gates": gates})})
        verdict = run_gate(bare, run.result, baseline, candidate_path=Path(run.settings.checkpoint),
                           baseline_choice=why)
        failures, warnings = verdict.failures, verdict.warnings
        detail = f"vs baseline {verdict.baseline} ({verdict.paired_items} paired items): " + (
            "failed " + ", ".join(c.name for c in failures) if failures else
            "pass; warnings: " + ", ".join(c.name for c in warnings) if warnings else "pass")
        self.user_properties += [("detail", detail), ("baseline", str(path)),
                                 ("regressed", len(verdict.regressed)), ("fixed", len(verdict.fixed))]
        if not verdict.passed:
            raise EvalkitFailure(format_gate(verdict))


def suite_path(run: EvalkitRun) -> Path:
    """The file the golden items are read from (the config when the suite has no file of its own)."""
    try:
        return Path(run.target().suite.file or run.settings.config).resolve()
    except Exception:   # a broken config: shown as the collector's collection error
        return Path(run.settings.config).resolve()


def suite_nodeid(run: EvalkitRun, session: pytest.Session) -> str:
    """The suite file relative to the rootdir ('golden/suite.yaml', '../aquila/suite.yaml'): node ids
    `golden/suite.yaml::q7` that pytest takes back as arguments, from the rootdir."""
    import os

    path, root = suite_path(run), session.config.rootpath
    if path.is_relative_to(root):
        return path.relative_to(root).as_posix()
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:   # another drive
        return path.as_posix()


def collect_file(run: EvalkitRun, file_path: Path, parent: pytest.Collector) -> "EvalkitSuite | None":
    """`pytest golden/suite.yaml::q7`: the suite file named on the command line (or walked into) is
    collected as the suite, so a printed node id can be pasted back to rerun that item."""
    if file_path.resolve() != suite_path(run):
        return None
    return EvalkitSuite.from_parent(parent, path=file_path, run=run)


def collect_suite(run: EvalkitRun, session: pytest.Session, items: list[pytest.Item]) -> None:
    """Add the golden suite to what was collected, reported like any collector (errors included),
    unless pytest already collected it from its file."""
    if any(isinstance(i, EvalkitItem) for i in items) or session.config.stash.get(COLLECTED_KEY, False):
        return
    path = suite_path(run)
    name = suite_nodeid(run, session)
    collector = EvalkitSuite.from_parent(session, name=name, path=path, nodeid=name, run=run)
    collector.ihook.pytest_collectstart(collector=collector)
    report = collector.ihook.pytest_make_collect_report(collector=collector)
    collector.ihook.pytest_collectreport(report=report)
    if report.passed:
        items.extend(x for x in report.result if isinstance(x, pytest.Item))


COLLECTED_KEY = pytest.StashKey[bool]()
