"""The plugin's hooks: `pytest_configure` checks the settings and, when a suite is configured,
registers `EvalkitHooks`, which hands each pytest event to the module whose job it is (collect,
render, baseline) with the session's `EvalkitRun` (state)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from .baseline import update_baseline
from .collect import EvalkitItem, GoldenItem, collect_file, collect_suite
from .options import Settings, resolve_settings
from ..results.wording import clip
from .render import write_summary
from .state import RUN_KEY, WORKEROUTPUT_KEY, EvalkitRun


# --- configuration -------------------------------------------------------------------------------

def pytest_configure(config: pytest.Config) -> None:
    """The plugin's error contract: a user's mistake in the settings or the config is a usage error
    (pytest exits 4) naming the file and line; anything unexpected is a usage error of one line saying
    it is a bug and where its traceback was saved. Never an INTERNALERROR traceback."""
    from ..errors import InputError, bug_message

    try:
        _configure(config)
    except pytest.UsageError:
        raise
    except InputError as exc:
        raise pytest.UsageError(f"evalkit: {exc}") from None
    except Exception as exc:  # noqa: BLE001
        raise pytest.UsageError(f"evalkit: {bug_message(exc)}") from None


def _guarded(hook):
    """A hook after collection: an unexpected exception is one line in the terminal, not an INTERNALERROR."""
    import functools

    @functools.wraps(hook)
    def run(self, *args, **kwargs):
        from ..errors import InputError, bug_message

        try:
            return hook(self, *args, **kwargs)
        except InputError as exc:
            self.run.baseline_note = f"evalkit: {exc}"
        except Exception as exc:  # noqa: BLE001
            self.run.baseline_note = f"evalkit: {bug_message(exc)}"
        if hook.__name__ == "pytest_terminal_summary":   # too late for a note: say it now
            (kwargs.get("terminalreporter") or args[0]).write_line(self.run.baseline_note, red=True)
    return run


def _configure(config: pytest.Config) -> None:
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
    elif not Path(settings.checkpoint).exists() and not _named_not_pathed(settings):
        raise pytest.UsageError(f"evalkit: checkpoint not found: {settings.checkpoint} "
                                "(expected a model or adapter directory or a replay .jsonl)")
    run = config.stash[RUN_KEY] = EvalkitRun(config, settings)
    config.pluginmanager.register(EvalkitHooks(run), "evalkit-run")


def _named_not_pathed(settings: Settings) -> bool:
    """A served model name (with a server URL or a non-local backend) or a hub id: no path to check."""
    from ..generate.hub import parse_hub_id

    return bool(settings.base_url) or settings.backend in ("openai", "vllm") or \
        parse_hub_id(settings.checkpoint or "") is not None


def _report_header(run: "EvalkitRun") -> list[str] | None:
    s = run.settings
    if not s.checkpoint:
        return [f"evalkit: {s.config} (fixtures only: no checkpoint given, golden items are not collected)"]
    cache = "off" if s.no_cache else str(_cache_folder(s))
    return [f"evalkit: {s.config} · checkpoint {s.checkpoint} · generation cache {cache}"]


def _cache_folder(s: Settings) -> Path:
    from ..generate.cache import cache_dir

    return cache_dir(s.cache_dir)


# --- hooks, registered only when a suite is configured ---------------------------------------------

class EvalkitHooks:
    """Thin: each hook records what pytest reports in the run's state or calls the module that acts."""

    def __init__(self, run: EvalkitRun):
        self.run = run

    def pytest_report_header(self, config: pytest.Config) -> list[str] | None:
        return None if hasattr(config, "workerinput") else _report_header(self.run)

    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector):
        if self.run.settings.collects:
            return collect_file(self.run, file_path, parent)
        return None

    @pytest.hookimpl(tryfirst=True)   # before -k, -m and --deselect choose among the items
    def pytest_collection_modifyitems(self, session: pytest.Session, items: list[pytest.Item]) -> None:
        if self.run.settings.collects:
            collect_suite(self.run, session, items)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        ours = [i for i in session.items if isinstance(i, EvalkitItem)]
        whole = any(not isinstance(i, GoldenItem) for i in ours) or (ours and self.run.settings.update_baseline is not None)
        # gates and baselines need every item; golden items alone need only the selected ones
        self.run.needed = None if whole else [i.golden.id for i in ours if isinstance(i, GoldenItem)]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Gate outcomes as the terminal process sees them (reports come from xdist workers too)."""
        props = dict(report.user_properties or ())
        name = props.get("evalkit_gate")
        if name and (report.when == "call" or report.skipped):
            detail = props.get("detail") or (report.longreprtext.strip().splitlines() or [""])[0]
            if report.skipped and isinstance(report.longrepr, tuple):
                detail = report.longrepr[2].removeprefix("Skipped: ")
            self.run.gate_reports[f"gate[{name}]"] = (report.outcome, clip(str(detail), 300))

    @pytest.hookimpl(tryfirst=True)   # on a worker: before xdist sends workeroutput
    @_guarded
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(session.config, "workerinput"):   # the controller reports and records
            payload = self.run.payload()
            if payload is not None:
                session.config.workeroutput[WORKEROUTPUT_KEY] = payload   # type: ignore[attr-defined]
            return
        update_baseline(self.run)

    @_guarded
    def pytest_terminal_summary(self, terminalreporter, config: pytest.Config) -> None:
        if not hasattr(config, "workerinput"):
            run = self.run
            write_summary(terminalreporter, run.final_payload(), run.gate_reports, run.baseline_note)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        self.run.close()

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node) -> None:
        """xdist controller: with --evalkit-no-cache the workers still share one cache, private to this run."""
        run = self.run
        if run.settings.no_cache:
            if run.private_cache is None:
                run.private_cache = Path(tempfile.mkdtemp(prefix="evalkit-pytest-"))
            node.workerinput["evalkit_cache_dir"] = str(run.private_cache)

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node, error) -> None:
        """xdist controller: keep what the workers computed, for the summary and the baseline."""
        payload = (getattr(node, "workeroutput", None) or {}).get(WORKEROUTPUT_KEY)
        if payload:
            self.run.worker_payloads[node.gateway.id] = payload
