"""The session's state: one `EvalkitRun` per pytest process, kept in the config's stash.

Every other module of the plugin imports this one and it imports none of them back (only
`options` and `render`, which import nothing of the plugin): the hooks in `session` stay thin and
the import graph has no cycle. Target, generator, outputs and results are computed once, lazily,
so `--collect-only` never loads a model.
"""
from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

from .options import Settings
from .render import worst_items

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Target, Threshold
    from ..generate.base import Generator
    from ..results.model import ItemResult, RunResult
    from ..run.runner import CheckpointOutputs
    from ..scoring.context import ScoringContext
    from ..suite import Item

RUN_KEY = pytest.StashKey["EvalkitRun"]()
WORKEROUTPUT_KEY = "evalkit"   # where an xdist worker's payload travels to the controller


def active_run(config: pytest.Config) -> "EvalkitRun | None":
    """The session's run, or None when no suite is configured."""
    return config.stash.get(RUN_KEY, None)


def current_run(config: pytest.Config) -> "EvalkitRun":
    """The session's run, for code that runs only when a suite is configured (evalkit's own items)."""
    return config.stash[RUN_KEY]


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

    # -- loading
    def target(self) -> Target:
        if self._target_error is not None:
            raise self._target_error
        if self._target is None:
            from ..config import load_target

            try:
                self._target = load_target(self.settings.config).usable(self.settings.include_drafts)
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

    def run_options(self):
        """The runner's options: cache, device, backend and server (key from the environment only)."""
        from ..generate.openai import resolve_api_key
        from ..run import runner

        target = self.target()
        server = target.config.server
        key = resolve_api_key(None, server.api_key_env, target.config.file or target.path)
        return runner.RunOptions(cache=self.cache(), device=self.settings.device, backend=self.settings.backend,
                                 openai_url=self.settings.base_url or server.base_url, openai_chat=server.chat,
                                 openai_concurrency=server.concurrency, openai_api_key=key,
                                 openai_headers=dict(server.headers), openai_timeout_s=server.timeout_s,
                                 openai_deadline_s=server.deadline_s)

    def generator(self) -> Generator:
        if self._generator is None:
            if not self.settings.checkpoint:
                raise RuntimeError("no checkpoint configured")
            from ..run import runner

            options = self.run_options()
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
        options = self.run_options()
        cache = self.cache()
        lock = file_lock(cache.path.parent / "locks" / f"{gen.fingerprint}.lock") if cache and gen.generates \
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
            "worst": worst_items(r.items, self.settings.worst),
            "generation": None if stats is None or self.is_replay else
            {"generated": stats.generated, "cached": stats.cached, "tokens": stats.tokens,
             "seconds": round(stats.seconds, 2)},
        }
        if self.settings.update_baseline is not None:
            data["result"] = r.model_dump(mode="json")
        return data

    def final_payload(self) -> dict | None:
        """What the terminal process reports: its own results, else those the xdist workers sent."""
        local = self.payload()
        if local is not None:
            return local
        if not self.worker_payloads:
            return None
        # each worker scored the same items; prefer one that covers the suite
        payloads = sorted(self.worker_payloads.items(), key=lambda kv: (not kv[1]["complete"], kv[0]))
        merged = dict(payloads[0][1])
        merged["workers"] = {wid: p.get("generation") for wid, p in payloads}
        return merged

    def known(self, item_id: str) -> ItemResult | None:
        """The item's result if the golden run already scored it (no generation)."""
        return (self._results or {}).get(item_id)

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
        if self.private_cache is not None:
            shutil.rmtree(self.private_cache, ignore_errors=True)


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
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
