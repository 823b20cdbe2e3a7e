"""The session's run: settings checked at configure time, then target, generator, outputs and
results computed once, lazily, and the hooks that need them (registered only when a suite is set)."""
from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

from .collect import GoldenItem, _collect_suite, _EvalkitItem
from .keys import RUN_KEY, WORKEROUTPUT_KEY
from .options import Settings, resolve_settings
from .render import _clip, _terminal_summary, _update_baseline, _worst

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Target, Threshold
    from ..results.model import ItemResult, RunResult
    from ..run.runner import CheckpointOutputs
    from ..scoring.context import ScoringContext
    from ..suite import Item


# --- configuration -------------------------------------------------------------------------------

def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "evalkit_suite(name): a golden item or suite gate collected by evalkit")
    if not any(line.split(":")[0].strip() == "slow" for line in config.getini("markers")):
        config.addinivalue_line("markers", "slow: slow to run (evalkit: generation by a real model)")
    settings = resolve_settings(config)
    if not settings.active:
        for flag, value in (("--evalkit-checkpoint", settings.checkpoint), ("--evalkit-gate", config.getoption("evalkit_gates")),
                            ("--evalkit-baseline", config.getoption("evalkit_baseline")),
                            ("--evalkit-update-baseline", settings.update_baseline)):
            if value:
                raise pytest.UsageError(f"{flag} needs a suite: give --evalkit CONFIG (or evalkit_config in the "
                                        "ini file, or config in [tool.evalkit])")
        return
    if not settings.config.is_file():
        raise pytest.UsageError(f"evalkit: config not found: {settings.config} "
                                f"(from {settings.sources.get('config')})")
    if not settings.checkpoint:
        for flag, value in (("--evalkit-update-baseline", settings.update_baseline),
                            ("--evalkit-gate", config.getoption("evalkit_gates")),
                            ("--evalkit-baseline", config.getoption("evalkit_baseline"))):
            if value is not None and value != []:
                raise pytest.UsageError(f"{flag} needs a checkpoint: give --evalkit-checkpoint PATH")
    elif not Path(settings.checkpoint).exists():
        raise pytest.UsageError(f"evalkit: checkpoint not found: {settings.checkpoint} "
                                "(expected a model or adapter directory or a replay .jsonl)")
    run = config.stash[RUN_KEY] = EvalkitRun(config, settings)
    config.pluginmanager.register(run, "evalkit-run")


def _report_header(run: "EvalkitRun") -> list[str] | None:
    s = run.settings
    if not s.checkpoint:
        return [f"evalkit: {s.config} (fixtures only: no checkpoint given, golden items are not collected)"]
    cache = "off" if s.no_cache else str(_cache_folder(s))
    return [f"evalkit: {s.config} · checkpoint {s.checkpoint} · generation cache {cache}"]


def _cache_folder(s: Settings) -> Path:
    from ..generate.cache import cache_dir

    return cache_dir(s.cache_dir)


# --- the session's run: target, generator, outputs, results ---------------------------------------

class EvalkitRun:
    """Everything the plugin computes once per session (per xdist worker), loaded lazily."""

    def __init__(self, config: pytest.Config, settings: Settings):
        self.config, self.settings = config, settings
        self._target: Target | None = None
        self._target_error: BaseException | None = None
        self._context: ScoringContext | None = None
        self._generator = None
        self._cache = None
        self.needed: list[str] | None = None       # golden ids whose answers this session needs
        self.gate_names: list[str] = []
        self.outputs: CheckpointOutputs | None = None
        self.result: RunResult | None = None
        self._results: dict[str, ItemResult] | None = None
        self._error: BaseException | None = None
        self.private_cache: Path | None = None      # xdist + --evalkit-no-cache
        self.worker_payloads: dict[str, dict] = {}
        self.gate_reports: dict[str, tuple[str, str]] = {}   # gate item name -> (outcome, detail)
        self.baseline_note: str | None = None

    # -- hooks (this object is registered as a plugin only when a suite is configured)
    def pytest_report_header(self, config: pytest.Config) -> list[str] | None:
        return None if hasattr(config, "workerinput") else _report_header(self)

    @pytest.hookimpl(tryfirst=True)   # before -k, -m and --deselect choose among the items
    def pytest_collection_modifyitems(self, session: pytest.Session, items: list[pytest.Item]) -> None:
        if self.settings.collects:
            _collect_suite(self, session, items)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        ours = [i for i in session.items if isinstance(i, _EvalkitItem)]
        whole = any(not isinstance(i, GoldenItem) for i in ours) or (ours and self.settings.update_baseline is not None)
        # gates and baselines need every item; golden items alone need only the selected ones
        self.needed = None if whole else [i.golden.id for i in ours if isinstance(i, GoldenItem)]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Gate outcomes as the terminal process sees them (reports come from xdist workers too)."""
        props = dict(report.user_properties or ())
        name = props.get("evalkit_gate")
        if name and (report.when == "call" or report.skipped):
            detail = props.get("detail") or (report.longreprtext.strip().splitlines() or [""])[0]
            if report.skipped and isinstance(report.longrepr, tuple):
                detail = report.longrepr[2].removeprefix("Skipped: ")
            self.gate_reports[f"gate[{name}]"] = (report.outcome, _clip(str(detail), 300))

    @pytest.hookimpl(tryfirst=True)   # on a worker: before xdist sends workeroutput
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(session.config, "workerinput"):   # the controller reports and records
            payload = self.payload()
            if payload is not None:
                session.config.workeroutput[WORKEROUTPUT_KEY] = payload   # type: ignore[attr-defined]
            return
        _update_baseline(self)

    def pytest_terminal_summary(self, terminalreporter, config: pytest.Config) -> None:
        if not hasattr(config, "workerinput"):
            _terminal_summary(self, terminalreporter)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        self.close()

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node) -> None:
        """xdist controller: with --evalkit-no-cache the workers still share one cache, private to this run."""
        if self.settings.no_cache:
            if self.private_cache is None:
                self.private_cache = Path(tempfile.mkdtemp(prefix="evalkit-pytest-"))
            node.workerinput["evalkit_cache_dir"] = str(self.private_cache)

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node, error) -> None:
        """xdist controller: keep what the workers computed, for the summary and the baseline."""
        payload = (getattr(node, "workeroutput", None) or {}).get(WORKEROUTPUT_KEY)
        if payload:
            self.worker_payloads[node.gateway.id] = payload

    # -- loading
    def target(self) -> Target:
        if self._target_error is not None:
            raise self._target_error
        if self._target is None:
            from ..config import load_target

            try:
                self._target = load_target(self.settings.config)
            except Exception as exc:
                self._target_error = exc
                raise
        return self._target

    def context(self) -> ScoringContext:
        if self._context is None:
            from ..scoring import build_context

            self._context = build_context(self.target())
        return self._context

    def cache(self):
        if self._cache is None:
            from ..generate.cache import GenerationCache

            private = getattr(self.config, "workerinput", {}).get("evalkit_cache_dir")
            if self.settings.no_cache and not private:
                return None
            self._cache = GenerationCache(private or self.settings.cache_dir)
        return self._cache

    def generator(self):
        if self._generator is None:
            if not self.settings.checkpoint:
                raise RuntimeError("no checkpoint configured")
            from ..run import runner

            options = runner.RunOptions(cache=self.cache(), device=self.settings.device)
            spec = runner.CheckpointSpec(self.settings.checkpoint, base=self.settings.base_model)
            self._generator = runner.Generators(self.target(), options).make(spec)
        return self._generator

    @property
    def is_replay(self) -> bool:
        c = self.settings.checkpoint
        return bool(c) and Path(c).suffix in (".jsonl", ".json") and Path(c).is_file()

    @property
    def label(self) -> str:
        c = self.settings.checkpoint or ""
        return Path(c).stem if self.is_replay else (Path(c.rstrip("/")).name or "checkpoint")

    # -- generation
    def generate(self, items: list[Item]) -> CheckpointOutputs:
        """Answers of the checkpoint to `items` (golden or ad hoc), through the cache, under the lock."""
        from ..run import runner
        from ..config import Target
        from ..suite import Suite

        target = self.target()
        suite = target.suite
        sub = target if [i.id for i in items] == [i.id for i in suite.items] else Target(
            suite=Suite(name=suite.name, description=suite.description, documents=suite.documents,
                        items=tuple(items), file=suite.file), config=target.config, path=target.path)
        gen = self.generator()
        options = runner.RunOptions(cache=self.cache(), device=self.settings.device)
        cache = self.cache()
        lock = _file_lock(cache.path.parent / "locks" / f"{gen.fingerprint}.lock") if cache and not self.is_replay \
            else contextlib.nullcontext()
        with lock:
            return runner.generate_outputs(sub, gen, cache=cache, settings=runner.effective_settings(target, options),
                                           label=self.label, checkpoint=self.settings.checkpoint)

    def results(self) -> dict[str, ItemResult]:
        """Every needed item's result: generated in one batch and scored together, the first time."""
        if self._error is not None:
            raise self._error
        if self._results is None:
            try:
                self._compute()
            except Exception as exc:
                self._error = exc
                raise
        return self._results

    def _compute(self) -> None:
        from ..scoring import score_outputs

        target = self.target()
        wanted = set(self.needed) if self.needed is not None else {i.id for i in target.suite.items}
        items = [i for i in target.suite.items if i.id in wanted]
        self.outputs = out = self.generate(items)
        result = score_outputs(target, out.outputs, label=out.label, checkpoint=out.checkpoint,
                               fingerprint=out.fingerprint, context=self.context(), problems=out.problems)
        self.result = result.model_copy(update={"missing": [i.id for i in items if i.id not in out.outputs]})
        self._results = {r.id: r for r in self.result.items}

    def complete(self) -> bool:
        """Whether the results cover the whole suite (a baseline and the gates need that)."""
        return self.result is not None and (self.needed is None or
                                            set(self.needed) == {i.id for i in self.target().suite.items})

    def score(self, item: Item | str, answer: str) -> ItemResult:
        from ..scoring import score_answer

        return score_answer(self.target(), self.item(item), answer, self.context())

    def item(self, item: Item | str) -> Item:
        if not isinstance(item, str):
            return item
        suite = self.target().suite
        try:
            return suite.item(item)
        except KeyError:
            from ..errors import did_you_mean

            raise LookupError(f"no item '{item}' in suite '{suite.name}'"
                              f"{did_you_mean(item, [i.id for i in suite.items])}") from None

    def missing_reason(self, item_id: str) -> str:
        out = self.outputs
        why = [p.message for p in (out.problems if out else []) if getattr(p, "item", None) == item_id]
        return (f"no output for item '{item_id}' in {self.settings.checkpoint}"
                + (f" ({'; '.join(why)})" if why else ""))

    # -- thresholds
    def thresholds(self) -> dict[str, Threshold]:
        from ..config import Threshold

        merged = dict(self.target().config.gates.thresholds)
        for metric, side, value, _ in self.settings.gates:
            merged[metric] = (merged.get(metric) or Threshold()).model_copy(update={side: value})
        return merged

    # -- what the terminal process reports
    def payload(self) -> dict | None:
        if self.result is None:
            return None
        r, out = self.result, self.outputs
        stats = out.stats if out else None
        data = {
            "suite": r.suite, "label": r.label, "checkpoint": r.checkpoint, "items": len(r.items),
            "summary": r.summary.model_dump(mode="json"), "missing": r.missing, "complete": self.complete(),
            "problems": [str(p) for p in (out.problems if out else []) if getattr(p, "severity", "error") == "error"],
            "worst": _worst(r.items, self.settings.worst),
            "generation": None if stats is None or self.is_replay else
            {"generated": stats.generated, "cached": stats.cached, "tokens": stats.tokens,
             "seconds": round(stats.seconds, 2)},
        }
        if self.settings.update_baseline is not None:
            data["result"] = r.model_dump(mode="json")
        return data

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
        if self.private_cache is not None:
            shutil.rmtree(self.private_cache, ignore_errors=True)


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock across processes (xdist workers): one generates, the others wait and read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as fh:
        try:
            import fcntl
        except ImportError:  # Windows
            import msvcrt
            import time

            while True:
                try:
                    msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    time.sleep(0.2)
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
            return
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


