"""evalkit's pytest plugin (the `pytest11` entry point `evalkit`): golden items as tests.

    pytest --evalkit suites/gpu-supply.yaml --evalkit-checkpoint runs/epoch-03 -m evalkit_suite

adds one test per golden item (`gpu-supply::q9`), one per suite gate (`gpu-supply::gate[hallucination_rate]`,
`gpu-supply::gate[regression]` with --evalkit-baseline), the fixtures `evalkit_target`, `evalkit_suite`,
`evalkit_model` and `evalkit_score` for hand-written tests, and an "evalkit" section in the terminal summary.

The plugin is loaded by every pytest run in an environment where evalkit is installed, so importing
this module costs nothing (pytest and the standard library only) and every hook returns at once
unless a suite is configured: `--evalkit CONFIG`, the ini option `evalkit_config`, or `config` in the
`[tool.evalkit]` table of pyproject.toml (command line > ini > pyproject).

Generation happens once per session, in one batch, lazily when the first golden item or gate runs
(so `--collect-only` never loads a model): through `runner.generate_outputs` and the SQLite
generation cache, under a file lock, so pytest-xdist workers generate each prompt once between
them: the first worker to take the lock generates, the others then find every answer in the cache.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import pytest

if TYPE_CHECKING:  # pragma: no cover
    from .config import Target, Threshold
    from .gate import GateResult
    from .results import ItemResult, RunResult
    from .runner import CheckpointOutputs
    from .scoring.context import ScoringContext
    from .suite import Item, Suite

GROUP = "evalkit"
WORKEROUTPUT_KEY = "evalkit"
_GATE_SPEC = re.compile(r"^\s*([A-Za-z_][\w.-]*)\s*(<=|>=|=<|=>)\s*([-+]?(?:\d+\.?\d*|\.\d+))\s*(%?)\s*$")
_PYPROJECT_KEYS = {"config": str, "checkpoint": str, "base_model": str, "baseline": str, "cache_dir": str,
                   "no_cache": bool, "device": str, "gates": (list, dict)}


# --- options --------------------------------------------------------------------------------------

def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup(GROUP, "evalkit: golden suites as tests (inactive unless a suite is configured)")
    group.addoption("--evalkit", dest="evalkit_config", metavar="CONFIG", default=None,
                    help="Run config (suites/*.yaml) or golden suite file: collect its golden items as tests "
                         "and provide the evalkit_* fixtures.")
    group.addoption("--evalkit-checkpoint", dest="evalkit_checkpoint", metavar="PATH", default=None,
                    help="Checkpoint under test: a model or PEFT adapter directory, or a replay .jsonl "
                         "({\"id\", \"output\"} per line).")
    group.addoption("--evalkit-base-model", dest="evalkit_base_model", metavar="PATH", default=None,
                    help="Base model directory for an adapter (overrides adapter_config.json).")
    group.addoption("--evalkit-no-cache", dest="evalkit_no_cache", action="store_true", default=None,
                    help="Generate every answer anew (xdist workers still share this run's answers).")
    group.addoption("--evalkit-cache-dir", dest="evalkit_cache_dir", metavar="DIR", default=None,
                    help="Generation cache folder (default $EVALKIT_CACHE_DIR or ~/.cache/evalkit).")
    group.addoption("--evalkit-device", dest="evalkit_device", metavar="DEVICE", default=None,
                    help="cuda, mps, cpu or auto (default).")
    group.addoption("--evalkit-gate", dest="evalkit_gates", metavar="METRIC<=X", action="append", default=[],
                    help="A suite gate, e.g. 'hallucination_rate<=0.2' or 'attribution_rate>=60%%'; overrides the "
                         "config's gates.thresholds bound for that metric. Repeatable.")
    group.addoption("--evalkit-baseline", dest="evalkit_baseline", metavar="NAME|FILE", default=None,
                    help="Add the regression check against this recorded baseline (a name under "
                         "golden/<set>/baselines/ or a file) as the item gate[regression].")
    group.addoption("--evalkit-update-baseline", dest="evalkit_update_baseline", metavar="NAME", nargs="?",
                    const="", default=None,
                    help="Record this run's verdicts as golden/<set>/baselines/NAME.json (default name: the "
                         "--evalkit-baseline name, else the checkpoint's label).")
    group.addoption("--evalkit-worst", dest="evalkit_worst", metavar="N", type=int, default=5,
                    help="How many failing items the summary lists (default 5).")
    parser.addini("evalkit_config", "evalkit: run config or golden suite (relative to the ini file)", default="")
    parser.addini("evalkit_checkpoint", "evalkit: checkpoint or replay file under test", default="")
    parser.addini("evalkit_base_model", "evalkit: base model directory for an adapter", default="")
    parser.addini("evalkit_baseline", "evalkit: baseline name or file for the regression check", default="")
    parser.addini("evalkit_cache_dir", "evalkit: generation cache folder", default="")
    parser.addini("evalkit_gates", "evalkit: suite gates, one per line (hallucination_rate<=0.2)",
                  type="linelist", default=[])


@dataclass
class Settings:
    """Where the plugin's settings came from, resolved to paths (command line > ini > pyproject)."""

    config: Path | None = None
    checkpoint: str | None = None
    base_model: str | None = None
    no_cache: bool = False
    cache_dir: Path | None = None
    device: str = "auto"
    gates: list[tuple[str, str, float, str]] = field(default_factory=list)  # (metric, min|max, value, spec)
    baseline: str | None = None
    update_baseline: str | None = None     # None: no update; "": the default name
    worst: int = 5
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.config is not None

    @property
    def collects(self) -> bool:
        return self.config is not None and self.checkpoint is not None


def _pyproject_settings(config: pytest.Config) -> dict[str, Any]:
    path = config.rootpath / "pyproject.toml"
    if not path.is_file():
        return {}
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError:
            return {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("evalkit", {})
    except (OSError, ValueError):
        return {}   # pytest reports a broken pyproject.toml itself when it is the ini file
    if not isinstance(table, dict):
        return {}
    for key, kind in _PYPROJECT_KEYS.items():
        if key in table and not isinstance(table[key], kind):
            raise pytest.UsageError(f"{path}: [tool.evalkit] {key} has the wrong type "
                                    f"({type(table[key]).__name__})")
    return table


def _parse_gate(spec: str, where: str) -> tuple[str, str, float, str]:
    m = _GATE_SPEC.match(spec)
    if not m:
        raise pytest.UsageError(f"{where}: cannot read the gate {spec!r}; write METRIC<=VALUE or METRIC>=VALUE, "
                                "e.g. 'hallucination_rate<=0.2' or 'attribution_rate>=60%'")
    metric, op, value, pct = m.groups()
    number = float(value) / (100 if pct else 1)
    return metric, ("max" if op in ("<=", "=<") else "min"), number, spec.strip()


def _resolve(value: str, base: Path) -> str:
    p = Path(value).expanduser()
    return str(p if p.is_absolute() else (base / p))


def resolve_settings(config: pytest.Config) -> Settings:
    opt = config.getoption
    cli_dir = config.invocation_params.dir
    ini_dir = config.inipath.parent if config.inipath else config.rootpath
    py = _pyproject_settings(config)
    s = Settings(worst=max(0, opt("evalkit_worst") or 0))

    def pick(name: str, ini_name: str, *, path: bool = True) -> str | None:
        value = opt(f"evalkit_{name}")
        if value:
            s.sources[name] = "command line"
            return _resolve(value, cli_dir) if path else value
        value = config.getini(ini_name) if ini_name else ""
        if value:
            s.sources[name] = f"ini {ini_name}"
            return _resolve(value, ini_dir) if path else value
        value = py.get(name)
        if value:
            s.sources[name] = "[tool.evalkit]"
            return _resolve(value, config.rootpath) if path else value
        return None

    config_path = pick("config", "evalkit_config")
    s.config = Path(config_path) if config_path else None
    checkpoint = pick("checkpoint", "evalkit_checkpoint")
    base = pick("base_model", "evalkit_base_model")
    s.checkpoint, s.base_model = checkpoint, base
    cache_dir = pick("cache_dir", "evalkit_cache_dir")
    s.cache_dir = Path(cache_dir) if cache_dir else None
    s.no_cache = bool(opt("evalkit_no_cache") or py.get("no_cache", False))
    s.device = opt("evalkit_device") or py.get("device") or "auto"
    # a baseline name stays a name; a file is resolved where it was given
    raw = opt("evalkit_baseline") or config.getini("evalkit_baseline") or py.get("baseline")
    if raw:
        base_dir = cli_dir if opt("evalkit_baseline") else (ini_dir if config.getini("evalkit_baseline")
                                                              else config.rootpath)
        looks_like_file = raw.endswith(".json") or "/" in raw or os.sep in raw
        s.baseline = _resolve(raw, base_dir) if looks_like_file else raw
    s.update_baseline = opt("evalkit_update_baseline")

    # gates: pyproject, then ini, then the command line; a later bound replaces an earlier one
    py_gates = py.get("gates", [])
    if isinstance(py_gates, dict):
        for metric, bounds in py_gates.items():
            if not isinstance(bounds, dict) or set(bounds) - {"min", "max"}:
                raise pytest.UsageError(f"[tool.evalkit] gates.{metric}: expected {{min = X}} and/or {{max = Y}}")
            s.gates += [(metric, side, float(v), f"{metric}{'>=' if side == 'min' else '<='}{v}")
                        for side, v in bounds.items()]
    else:
        s.gates += [_parse_gate(str(g), "[tool.evalkit] gates") for g in py_gates]
    s.gates += [_parse_gate(g, "ini evalkit_gates") for g in config.getini("evalkit_gates") if g.strip()]
    s.gates += [_parse_gate(g, "--evalkit-gate") for g in opt("evalkit_gates") or []]
    return s


# --- configuration -------------------------------------------------------------------------------

RUN_KEY = pytest.StashKey["EvalkitRun"]()


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
    from .generate.cache import cache_dir

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
            from .config import load_target

            try:
                self._target = load_target(self.settings.config)
            except Exception as exc:
                self._target_error = exc
                raise
        return self._target

    def context(self) -> ScoringContext:
        if self._context is None:
            from .scoring import build_context

            self._context = build_context(self.target())
        return self._context

    def cache(self):
        if self._cache is None:
            from .generate.cache import GenerationCache

            private = getattr(self.config, "workerinput", {}).get("evalkit_cache_dir")
            if self.settings.no_cache and not private:
                return None
            self._cache = GenerationCache(private or self.settings.cache_dir)
        return self._cache

    def generator(self):
        if self._generator is None:
            if not self.settings.checkpoint:
                raise RuntimeError("no checkpoint configured")
            from . import runner

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
        from . import runner
        from .config import Target
        from .suite import Suite

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
        from .scoring import score_outputs

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
        from .scoring import score_answer

        return score_answer(self.target(), self.item(item), answer, self.context())

    def item(self, item: Item | str) -> Item:
        if not isinstance(item, str):
            return item
        suite = self.target().suite
        try:
            return suite.item(item)
        except KeyError:
            from .errors import did_you_mean

            raise LookupError(f"no item '{item}' in suite '{suite.name}'"
                              f"{did_you_mean(item, [i.id for i in suite.items])}") from None

    def missing_reason(self, item_id: str) -> str:
        out = self.outputs
        why = [p.message for p in (out.problems if out else []) if getattr(p, "item", None) == item_id]
        return (f"no output for item '{item_id}' in {self.settings.checkpoint}"
                + (f" ({'; '.join(why)})" if why else ""))

    # -- thresholds
    def thresholds(self) -> dict[str, Threshold]:
        from .config import Threshold

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


def _run(config: pytest.Config) -> EvalkitRun:
    return config.stash[RUN_KEY]


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


# --- collection -----------------------------------------------------------------------------------

class EvalkitSuite(pytest.Collector):
    """The golden suite: one GoldenItem per item, then one GateItem per gate."""

    def __init__(self, *, run: EvalkitRun, **kwargs):
        super().__init__(**kwargs)
        self.run = run

    def collect(self):
        from .yamlfile import load_yaml_with_lines, line_of

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
            out.append(GateItem.from_parent(self, name=f"gate[{metric}]", metric=metric))
        if run.settings.baseline and run.settings.update_baseline is None:
            out.append(RegressionItem.from_parent(self, name="gate[regression]"))
        for node in out:
            node.add_marker(pytest.mark.evalkit_suite(suite.name))
            if slow:
                node.add_marker(pytest.mark.slow)
        return out

    def repr_failure(self, excinfo):  # type: ignore[override]
        from .errors import InputError

        if isinstance(excinfo.value, InputError):
            return f"evalkit could not load {self.run.settings.config}:\n{excinfo.value}"
        return super().repr_failure(excinfo)


class _EvalkitItem(pytest.Item):
    def repr_failure(self, excinfo, style=None):
        from .errors import InputError

        if isinstance(excinfo.value, EvalkitFailure):
            return excinfo.value.report
        if isinstance(excinfo.value, InputError):
            return f"evalkit: {excinfo.value}"
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"{self.parent.name}::{self.name}"


class EvalkitFailure(AssertionError):
    """A verdict that fails a test; `report` is what pytest shows."""

    def __init__(self, report: str):
        super().__init__(report.splitlines()[0] if report else "evalkit check failed")
        self.report = report


class GoldenItem(_EvalkitItem):
    def __init__(self, *, golden: Item, line: int | None, **kwargs):
        super().__init__(**kwargs)
        self.golden, self.line = golden, line
        # -k matches node names, markers and these: tags, split, answerable/unanswerable
        self.extra_keyword_matches.update(golden.tags)
        self.extra_keyword_matches.update({golden.split, "answerable" if golden.answerable else "unanswerable"})

    def runtest(self) -> None:
        run = _run(self.config)
        result = run.results().get(self.golden.id)
        if result is None:   # reported at the item's line in the suite file, not here
            raise pytest.skip.Exception(run.missing_reason(self.golden.id), _use_item_location=self.line is not None)
        self.user_properties.extend(item_properties(result))
        if not result.passed:
            raise EvalkitFailure(format_failure(result, run.target().suite))

    def reportinfo(self):
        return self.path, self.line, f"{self.parent.name}::{self.name}"


class GateItem(_EvalkitItem):
    def __init__(self, *, metric: str, **kwargs):
        super().__init__(**kwargs)
        self.metric = metric

    def runtest(self) -> None:
        from .config import GatesConfig
        from .gate import threshold_checks

        run = _run(self.config)
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
                                 f"{_rates_line(run.result.summary.model_dump())}" + _counted(run.result, self.metric))


class RegressionItem(_EvalkitItem):
    def runtest(self) -> None:
        from .gate import run_gate
        from .snapshot import find_baseline, load_baseline

        run = _run(self.config)
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


def _collect_suite(run: EvalkitRun, session: pytest.Session, items: list[pytest.Item]) -> None:
    """Add the golden suite to what was collected, reported like any collector (errors included)."""
    try:
        name, path = run.target().suite.name, Path(run.target().suite.file or run.settings.config)
    except Exception:   # shown as this collector's collection error, named after the config file
        path = Path(run.settings.config).resolve()
        rel = path.relative_to(session.config.rootpath) if path.is_relative_to(session.config.rootpath) else None
        name = rel.as_posix() if rel else path.name
    collector = EvalkitSuite.from_parent(session, name=name, path=path.resolve(), nodeid=name, run=run)
    collector.ihook.pytest_collectstart(collector=collector)
    report = collector.ihook.pytest_make_collect_report(collector=collector)
    collector.ihook.pytest_collectreport(report=report)
    if report.passed:
        items.extend(x for x in report.result if isinstance(x, pytest.Item))


# --- fixtures -------------------------------------------------------------------------------------

_NO_SUITE = ("evalkit: no suite configured (pass --evalkit CONFIG, or set evalkit_config in the ini file "
             "or config in [tool.evalkit] of pyproject.toml)")


def _active_run(config: pytest.Config) -> EvalkitRun:
    run = config.stash.get(RUN_KEY, None)
    if run is None:
        pytest.skip(_NO_SUITE)
    return run


@pytest.fixture(scope="session")
def evalkit_target(request: pytest.FixtureRequest) -> Target:
    """The run config and golden suite under test (evalkit.config.Target)."""
    run = _active_run(request.config)
    from .errors import InputError

    try:
        return run.target()
    except InputError as exc:
        pytest.fail(f"evalkit could not load {run.settings.config}:\n{exc}", pytrace=False)


@pytest.fixture(scope="session")
def evalkit_suite(evalkit_target: Target) -> Suite:
    """The golden suite (evalkit.suite.Suite): `evalkit_suite.item("q9")`, `.items`, `.documents`."""
    return evalkit_target.suite


class EvalkitModel:
    """The checkpoint under test. `model(item)` answers a golden item (as in the golden run: same
    prompt, same cache); `model("a free question?")` answers any question; `model.answer("q9")`
    answers a golden item by id."""

    def __init__(self, run: EvalkitRun):
        self._run = run

    @property
    def label(self) -> str:
        return self._run.label

    @property
    def checkpoint(self) -> str:
        return self._run.settings.checkpoint

    @property
    def fingerprint(self) -> str:
        return self._run.generator().fingerprint

    def __call__(self, question_or_item: Item | str) -> str:
        if isinstance(question_or_item, str):
            from .suite import Item

            if self._run.is_replay:
                raise LookupError("the checkpoint under test is a replay file: it answers golden items only "
                                  "(pass an item or use .answer(id))")
            item = Item(id="__evalkit_question__", question=question_or_item, answerable=False)
            return self._run.generate([item]).outputs[item.id]
        return self.answer(question_or_item)

    def answer(self, item: Item | str) -> str:
        item = self._run.item(item)
        known = self._run._results
        if known is not None and item.id in known:
            return known[item.id].output
        out = self._run.generate([item]).outputs
        if item.id not in out:
            raise LookupError(self._run.missing_reason(item.id))
        return out[item.id]

    def answers(self, items) -> dict[str, str]:
        """Answers to many golden items in one batch, by id."""
        return self._run.generate([self._run.item(i) for i in items]).outputs

    def __repr__(self) -> str:
        return f"<EvalkitModel {self.label} ({self.checkpoint})>"


@pytest.fixture(scope="session")
def evalkit_model(request: pytest.FixtureRequest, evalkit_target: Target) -> EvalkitModel:
    """The checkpoint under test as a callable: `evalkit_model(item_or_question) -> str`."""
    run = _active_run(request.config)
    if not run.settings.checkpoint:
        pytest.skip("evalkit: no checkpoint under test (pass --evalkit-checkpoint PATH)")
    return EvalkitModel(run)


@pytest.fixture(scope="session")
def evalkit_score(request: pytest.FixtureRequest, evalkit_target: Target):
    """`evalkit_score(item_or_id, answer) -> ItemResult`, scored like the golden items:
    `assert not evalkit_score("q9", answer).hallucinated`."""
    run = _active_run(request.config)

    def score(item: Item | str, answer: str) -> ItemResult:
        return run.score(item, answer)

    return score


# --- reports ----------------------------------------------------------------------------------------

def _flag(value) -> str:
    return "" if value is None else ("true" if value is True else "false" if value is False else str(value))


def item_properties(result: ItemResult) -> list[tuple[str, object]]:
    """JUnit <property> elements of a golden item: verdicts, then scores."""
    props: list[tuple[str, object]] = [
        ("passed", _flag(result.passed)), ("hallucinated", _flag(result.hallucinated)),
        ("attributed", _flag(result.attributed)), ("abstained", _flag(result.abstained)),
        ("memorized", _flag(result.memorized)), ("answerable", _flag(result.answerable)),
        ("split", result.split)]
    props += [(name, value) for name, value in result.scores.items()]
    reason = _first_reason(result)
    if reason:
        props.append(("reason", reason))
    return props


def _clip(text: str, limit: int) -> str:
    """Degenerate outputs make 300-character 'atoms': keep both ends, say how much was cut."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    keep = max(limit - 24, 8)
    return f"{text[:keep - keep // 4]}…[{len(text) - keep} chars]…{text[-(keep // 4):]}"


def _first_reason(result: ItemResult) -> str:
    """The one line that names a failure ("" for a passing item)."""
    from .snapshot import first_reason

    return "" if result.passed else _clip(first_reason(result) or "", 160)


def _wrap(label: str, text: str | None, width: int = 100, limit: int = 1500) -> list[str]:
    head = f"{label:<10} "
    if text is None or not str(text).strip():
        return [head + "(none)"]
    return textwrap.wrap(_clip(text, limit), width=width, initial_indent=head, subsequent_indent=" " * len(head),
                         break_on_hyphens=False) or [head]


def format_failure(result: ItemResult, suite: Suite | None = None) -> str:
    """A failed golden item for people: what was asked, expected and answered, and why it fails."""
    doc = suite.source_of(suite.item(result.id)) if suite and result.id in {i.id for i in suite.items} else None
    verdicts = []
    if result.hallucinated:
        verdicts.append("HALLUCINATED")
    if result.answerable:
        verdicts.append("attributed" if result.attributed else "NOT ATTRIBUTED")
        verdicts.append("ABSTAINED" if result.abstained else "answered")
    else:
        verdicts.append("abstained" if result.abstained else "DID NOT ABSTAIN (unanswerable)")
    lines = [f"{result.id}: {_first_reason(result) or 'failed'}", ""]
    lines += _wrap("question", result.question)
    lines += _wrap("reference", result.reference if result.answerable
                   else "(unanswerable: the documents do not say; the model must abstain)")
    lines += _wrap("answer", result.output)
    source = f"{result.source}" + (f" ({doc.title})" if doc else "") if result.source else "(none)"
    lines += _wrap("source", source + (f"; cited: {', '.join(result.cited)}" if result.cited else "; cited: nothing"))
    lines += _wrap("verdict", ", ".join(verdicts))
    bad = [c for c in result.claims if c.unsupported or not c.supported]
    if bad:
        lines += ["", "unsupported claims:"]
        for n, claim in enumerate(bad, start=1):
            lines += textwrap.wrap(f'{n}. "{_clip(claim.text, 600)}"', width=100, initial_indent="  ",
                                   subsequent_indent="     ")
            for atom in claim.unsupported:
                conflict = f" -- the evidence says {_clip(atom.conflicts_with, 80)}" if atom.conflicts_with else ""
                lines.append(f"     - {atom.kind} '{_clip(atom.text, 80)}': {atom.reason}{conflict}")
            if not claim.unsupported:
                score = f" (support {claim.support_score:.2f})" if claim.support_score is not None else ""
                lines.append(f"     - no evidence supports this claim{score}")
            if claim.evidence:
                where = f"evidence ({claim.evidence_source})" if claim.evidence_source else "evidence"
                lines += textwrap.wrap(f'{where}: "{_clip(claim.evidence, 800)}"', width=100,
                                       initial_indent="     ", subsequent_indent="       ")
    if result.missing_key_facts:
        lines += ["", f"missing key facts of the reference: {', '.join(result.missing_key_facts)}"]
    if result.answerable and result.attributed is False:
        expected = f"'{result.source}'" + (f" ({doc.title})" if doc else "")
        lines += ["", f"missing citation: the answer should name its source {expected}"
                      + (f"; it cites {', '.join(result.cited)}" if result.cited else "; it cites nothing")]
    if result.reasons:
        lines += ["", "why:"] + [f"  - {_clip(r, 300)}" for r in result.reasons]
    if result.scores:
        lines += ["", "scores:    " + "  ".join(f"{k}={v:.2f}" for k, v in result.scores.items())]
    return "\n".join(lines)


def format_gate(verdict: GateResult) -> str:
    lines = [f"regression gate failed: candidate {verdict.candidate} vs baseline {verdict.baseline} "
             f"({verdict.baseline_choice or 'given'}; {verdict.paired_items} paired items)", ""]
    mark = {"pass": "ok  ", "warn": "warn", "fail": "FAIL", "skip": "skip"}
    for c in verdict.checks:
        if c.name == "items" and verdict.regressed:
            continue   # listed below, one per line
        lines += textwrap.wrap(f"{mark[c.status]}  {c.name}: {_clip(c.detail, 700)}", width=110,
                               subsequent_indent="      ")
    if verdict.regressed:
        lines += ["", f"{len(verdict.regressed)} items passed in the baseline and fail now:"]
        lines += [f"  {c.id}: {_clip(c.reason or '', 110)}" for c in verdict.regressed[:20]]
        if len(verdict.regressed) > 20:
            lines.append(f"  … and {len(verdict.regressed) - 20} more")
    return "\n".join(lines)


def _counted(result: RunResult, metric: str) -> str:
    """The items that pull a rate the wrong way, e.g. the hallucinated ones for hallucination_rate."""
    from .gate import METRICS
    from .snapshot import baseline_from_result

    if metric not in METRICS:
        return ""
    applies, flag, higher = METRICS[metric]
    view = baseline_from_result(result).items
    bad = [i for i, b in view.items() if applies(b) and flag(b) != higher]
    if not bad:
        return ""
    shown = ", ".join(bad[:30]) + (f", … ({len(bad) - 30} more)" if len(bad) > 30 else "")
    return f"\nitems against it ({len(bad)}): {shown}"


def _pct(value) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _rates_line(s: dict) -> str:
    return (f"{s['items']} items ({s['answerable']} answerable, {s['unanswerable']} unanswerable) · "
            f"pass {_pct(s['pass_rate'])} · hallucination {_pct(s['hallucination_rate'])} · "
            f"attribution {_pct(s['attribution_rate'])} · abstention on unanswerable {_pct(s['abstention_rate'])} · "
            f"false abstention {_pct(s['false_abstention_rate'])} · memorized {_pct(s['memorization_rate'])}")


def _worst(items: list[ItemResult], n: int) -> list[list[str]]:
    """The failing items a reviewer should read first: hallucinations, then the rest; least overlap first."""
    failed = [i for i in items if not i.passed]
    failed.sort(key=lambda i: (not i.hallucinated, i.answerable is False, i.scores.get("rougeL", 1.0)))
    return [[i.id, "hallucinated" if i.hallucinated else "not attributed" if i.answerable and not i.attributed
             else "abstained" if i.answerable else "no abstention", _first_reason(i)]
            for i in failed[:n]]


def _final_payload(run: EvalkitRun) -> dict | None:
    local = run.payload()
    if local is not None:
        return local
    if not run.worker_payloads:
        return None
    # each worker scored the same items; prefer one that covers the suite
    payloads = sorted(run.worker_payloads.items(), key=lambda kv: (not kv[1]["complete"], kv[0]))
    merged = dict(payloads[0][1])
    merged["workers"] = {wid: p.get("generation") for wid, p in payloads}
    return merged


def _update_baseline(run: EvalkitRun) -> None:
    if run.settings.update_baseline is None:
        return
    from .errors import InputError
    from .results import RunResult
    from .snapshot import baseline_path, default_name, record_baseline, run_settings

    payload = _final_payload(run)
    if payload is None:
        run.baseline_note = "baseline not updated: no golden item ran"
        return
    if not payload["complete"]:
        run.baseline_note = ("baseline not updated: only part of the suite ran (deselected items); "
                             "a baseline records every item")
        return
    try:
        target = run.target()
        result = run.result or RunResult.model_validate(payload["result"])
        name = run.settings.update_baseline or run.settings.baseline or default_name(result)
        path = Path(name) if name.endswith(".json") or "/" in name or os.sep in name else baseline_path(target, name)
        _, outcome = record_baseline(result, path, settings=run_settings(target))
    except InputError as exc:
        run.baseline_note = f"baseline not updated: {exc}"
        return
    try:
        shown = path.resolve().relative_to(run.config.rootpath)
    except ValueError:
        shown = path
    run.baseline_note = f"baseline {path.stem} {outcome}: {shown}"


def _terminal_summary(run: EvalkitRun, terminalreporter) -> None:
    payload = _final_payload(run)
    if payload is None and not run.gate_reports and not run.baseline_note:
        return
    tr = terminalreporter
    tr.section("evalkit")
    if payload is not None:
        tr.write_line(f"suite {payload['suite']} · checkpoint {payload['label']} ({payload['checkpoint']})")
        workers = payload.get("workers")
        if workers and any(workers.values()):
            parts = [f"{wid}: {g['generated']} generated, {g['cached']} from cache" for wid, g in workers.items() if g]
            tr.write_line("generation: " + "; ".join(parts))
        elif payload.get("generation"):
            g = payload["generation"]
            tr.write_line(f"generation: {g['generated']} prompts generated, {g['cached']} answers from the cache"
                          + (f", {g['tokens']} tokens in {g['seconds']:.1f} s" if g["generated"] else ""))
        tr.write_line(_rates_line(payload["summary"]))
        if payload["missing"]:
            n = len(payload["missing"])
            tr.write_line(f"{n} item{' has' if n == 1 else 's have'} no output: {', '.join(payload['missing'][:12])}"
                          + (" …" if len(payload["missing"]) > 12 else ""), yellow=True)
        for problem in payload.get("problems", [])[:5]:
            tr.write_line(f"problem: {problem}", yellow=True)
    if run.gate_reports:
        tr.write_line("gates:")
        for name, (outcome, detail) in run.gate_reports.items():
            word = {"passed": "PASS", "failed": "FAIL", "skipped": "skip"}.get(outcome, outcome)
            tr.write_line(f"  {word:<4}  {name}: {detail}", red=outcome == "failed", green=outcome == "passed")
    if payload is not None and payload["worst"]:
        tr.write_line("worst items:")
        width = max(len(w[0]) for w in payload["worst"])
        for item_id, kind, reason in payload["worst"]:
            tr.write_line(f"  {item_id:<{width}}  {kind}: {reason}")
    if run.baseline_note:
        tr.write_line(run.baseline_note, bold=True)
