"""Generate and score checkpoints: the orchestration the CLI, the pytest plugin and the API share.

    generate_outputs(target, generator, cache=...)      one checkpoint -> outputs (cached)
    run_checkpoints(target, specs, out_dir=...)         many checkpoints -> RunResults on disk

Plain functions over dataclasses; printing is the caller's job (see `ProgressHook`).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator, Literal, Protocol, Sequence

from ..config import GenerationConfig, Target
from ..errors import Problem
from ..generate.base import Generation, Generator
from ..generate.cache import GenerationCache
from ..generate.caching import CachingGenerator, GenerationStats
from ..generate.prompts import build_prompts
from ..generate.registry import Shared, make_backend
from ..results.model import RunResult

# "auto" or a name in evalkit.generate.registry (hf, openai, vllm, replay, or one registered later)
Backend = str


@dataclass(frozen=True)
class CheckpointSpec:
    """One thing to evaluate: a model or adapter directory, a served model, or a replay file."""

    path: str
    backend: Backend = "auto"
    base: str | None = None      # overrides an adapter's base_model_name_or_path
    label: str | None = None


@dataclass
class RunOptions:
    cache: GenerationCache | None = None     # None: generate everything, store nothing
    batch_size: int | Literal["auto"] | None = None  # overrides the config's generation.batch_size
    device: str = "auto"
    dtype: str = "auto"
    trust_remote_code: bool = False
    allow_unsafe_weights: bool = False
    backend: Backend = "auto"                # for specs whose backend is "auto": hf, openai, vllm...
    offline: bool | None = None              # hub ids: None follows HF_HUB_OFFLINE; True reads the cache only
    openai_url: str | None = None            # for backend "openai": the server's /v1 URL
    openai_chat: bool = False
    openai_concurrency: int = 8
    openai_api_key: str | None = field(default=None, repr=False)   # never printed, stored or hashed
    openai_headers: dict[str, str] = field(default_factory=dict, repr=False)
    openai_timeout_s: float = 120.0
    openai_deadline_s: float = 600.0
    vllm_tensor_parallel: int | None = None  # None: every GPU the machine shows
    vllm_max_loras: int = 4
    vllm_max_lora_rank: int = 64


class ProgressHook(Protocol):
    def start(self, label: str, total: int, cached: int) -> None: ...
    def advance(self, items: int, tokens: int) -> None: ...
    def finish(self) -> None: ...
    # optional: `stop()`, called instead of finish() when the checkpoint failed


@dataclass
class CheckpointOutputs:
    label: str
    checkpoint: str
    fingerprint: str
    outputs: dict[str, str]
    problems: list[Problem] = field(default_factory=list)
    stats: GenerationStats = field(default_factory=GenerationStats)


@dataclass
class CheckpointRun:
    outputs: CheckpointOutputs
    result: RunResult
    directory: Path | None


def effective_settings(target: Target, options: RunOptions | None = None) -> GenerationConfig:
    settings = target.config.generation
    if options and options.batch_size is not None:
        settings = settings.model_copy(update={"batch_size": options.batch_size})
    return settings


def generate_outputs(target: Target, generator: Generator, *, cache: GenerationCache | None = None,
                     settings: GenerationConfig | None = None, progress: ProgressHook | None = None,
                     label: str | None = None, checkpoint: str | None = None) -> CheckpointOutputs:
    """Outputs of one backend for every item of the target, from the cache where possible
    (`CachingGenerator`: a run that dies resumes where it stopped)."""
    settings = settings or target.config.generation
    label = label or generator.name
    prompts = build_prompts(target.suite, target.config.prompt)
    ids = list(prompts)
    backend = CachingGenerator(generator, cache)
    plan = backend.lookup([prompts[i] for i in ids], settings)
    if not generator.generates:   # read from a file: nothing to show progress of
        progress = None
    if progress:
        progress.start(label, len(ids), plan.cached)

    def on_batch(indexes: list[int], gens: list[Generation]) -> None:
        progress.advance(len(indexes), sum(g.tokens for g in gens))

    try:
        gens = backend.generate([prompts[i] for i in ids], settings, on_batch=on_batch if progress else None,
                                lookup=plan)
    except BaseException:
        stop = getattr(progress, "stop", None)   # a failed checkpoint: no "N generated" line
        if stop is not None:
            stop()
        raise
    if progress:
        progress.finish()
    outputs = {item_id: g.text for item_id, g in zip(ids, gens) if g is not None}
    return CheckpointOutputs(label, checkpoint or generator.checkpoint, generator.fingerprint, outputs,
                             backend.notes(), backend.stats)   # the backend's notes and the cache's


class Generators:
    """Makes backends for specs through the registry; backends of one run share resources
    (one HF model pool, so adapters on one base swap)."""

    def __init__(self, target: Target, options: RunOptions):
        self.target, self.options = target, options
        self.shared = Shared(target.suite)

    @property
    def hf(self):
        """The run's HF model pool (made on first use): its counters say what was loaded."""
        from ..generate.hf import shared_pool

        return shared_pool(self.shared, self.options)

    def make(self, spec: CheckpointSpec) -> Generator:
        return make_backend(spec, self.options, self.shared)


def unique_labels(specs: Sequence[CheckpointSpec]) -> list[str]:
    """Folder-safe labels: the checkpoint's name, made unique with its parent's name if needed."""
    def base(s: CheckpointSpec) -> str:
        return s.label or Path(os.path.normpath(s.path)).name or "checkpoint"

    def safe(label: str) -> str:  # one path component under --out: never "..", "/" or a control
        label = re.sub(r"[\x00-\x1f\x7f-\x9f/\\:]", "_", label)[:100].strip()
        return label if label.strip(".") else "checkpoint"

    labels = [safe(base(s)) for s in specs]
    out = []
    for s, label in zip(specs, labels):
        if labels.count(label) > 1 and not s.label:
            label = safe(f"{Path(os.path.normpath(s.path)).parent.name}-{label}")
        while label in out:
            label += "_"
        out.append(label)
    return out


def generate_all(target: Target, specs: Sequence[CheckpointSpec], options: RunOptions | None = None,
                 progress: ProgressHook | None = None, generators: Generators | None = None) -> Iterator[CheckpointOutputs]:
    """Outputs for each checkpoint in turn. Every checkpoint is checked now, before the first is
    generated, so a bad path in a long series fails in milliseconds, not after an hour."""
    options = options or RunOptions()
    generators = generators or Generators(target, options)
    settings = effective_settings(target, options)
    labels = unique_labels(specs)
    made = [generators.make(CheckpointSpec(s.path, s.backend, s.base, label)) for s, label in zip(specs, labels)]

    def each() -> Iterator[CheckpointOutputs]:
        for spec, label, gen in zip(specs, labels, made):
            yield generate_outputs(target, gen, cache=options.cache, settings=settings, progress=progress,
                                   label=label, checkpoint=spec.path)

    return each()


def default_run_dir(target: Target, root: str | Path = "runs") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path(root) / f"{target.suite.name}-{stamp}"


def run_checkpoints(target: Target, specs: Sequence[CheckpointSpec], *, out_dir: str | Path | None = None,
                    options: RunOptions | None = None, progress: ProgressHook | None = None,
                    generators: Generators | None = None) -> list[CheckpointRun]:
    """Generate and score each checkpoint; with `out_dir`, write the run directory through
    `rundir.RunWriter`: `<out_dir>/<label>/results.json`, `outputs.jsonl`, and `<out_dir>/run.json`
    listing the checkpoints in order. Each result records `rundir.settings_digest`, so a later
    run (drift) can reuse it."""
    batches = generate_all(target, specs, options, progress, generators)  # checks every checkpoint first
    if out_dir:   # and where the results go, before anything is generated
        from ..store import check_writable_dir

        check_writable_dir(out_dir, "run directory")
    from ..rundir import OUTPUTS, CheckpointEntry, RunWriter, settings_digest, write_outputs_jsonl
    from ..scoring import build_context, score_outputs

    context = build_context(target)  # evidence indexes: built once for all checkpoints
    digest = settings_digest(target)
    writer = RunWriter(out_dir, suite=target.suite.name, config=target.path) if out_dir else None
    runs: list[CheckpointRun] = []
    for gen_out in batches:
        if out_dir:   # the answers are on disk before scoring, which could fail: nothing generated is lost
            write_outputs_jsonl(Path(out_dir) / gen_out.label / OUTPUTS, gen_out.outputs)
        result = score_outputs(target, gen_out.outputs, label=gen_out.label, checkpoint=gen_out.checkpoint,
                               fingerprint=gen_out.fingerprint, context=context, problems=gen_out.problems)
        result.settings_digest = digest
        directory = None
        if writer is not None:  # the manifest is rewritten after each checkpoint: a partial run is still readable
            stats = gen_out.stats
            directory = writer.checkpoint(result, CheckpointEntry(
                label=gen_out.label, dir=gen_out.label, checkpoint=gen_out.checkpoint,
                fingerprint=gen_out.fingerprint, generated=stats.generated, cached=stats.cached,
                tokens=stats.tokens, seconds=round(stats.seconds, 3)), outputs=gen_out.outputs)
        runs.append(CheckpointRun(gen_out, result, directory))
    return runs
