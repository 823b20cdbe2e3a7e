"""Generate and score checkpoints: the orchestration the CLI, the pytest plugin and the API share.

    generate_outputs(target, generator, cache=...)      one checkpoint -> outputs (cached)
    run_checkpoints(target, specs, out_dir=...)         many checkpoints -> RunResults on disk

Plain functions over dataclasses; printing is the caller's job (see `ProgressHook`).
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator, Literal, Protocol, Sequence

from ..config import GenerationConfig, Target
from ..errors import InputError, Problem
from ..generate.base import Generation, settings_key
from ..generate.cache import GenerationCache, cache_key
from ..generate.prompts import build_prompts
from ..results.model import RunResult
from ..store import write_json_atomic, write_text_atomic

Backend = Literal["auto", "hf", "openai", "vllm", "replay"]


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
    openai_url: str | None = None            # for backend "openai": the server's /v1 URL
    openai_chat: bool = False
    openai_concurrency: int = 8


class ProgressHook(Protocol):
    def start(self, label: str, total: int, cached: int) -> None: ...
    def advance(self, items: int, tokens: int) -> None: ...
    def finish(self) -> None: ...


@dataclass
class GenerationStats:
    items: int = 0
    generated: int = 0      # prompts sent to the model (distinct prompts; duplicates share one)
    cached: int = 0         # items answered from the cache
    tokens: int = 0
    seconds: float = 0.0

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0


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


def generate_outputs(target: Target, generator, *, cache: GenerationCache | None = None,
                     settings: GenerationConfig | None = None, progress: ProgressHook | None = None,
                     label: str | None = None, checkpoint: str | None = None) -> CheckpointOutputs:
    """Outputs of one generator for every item of the target, from the cache where possible.

    Each finished batch is stored in its own transaction before the next starts, so a run that
    dies resumes where it stopped; prompts already cached are never generated again.
    """
    from ..generate.replay import ReplayGenerator

    suite = target.suite
    label = label or generator.name
    checkpoint = checkpoint or str(getattr(generator, "path", None) or getattr(getattr(generator, "info", None), "path", label))
    if isinstance(generator, ReplayGenerator):
        outputs, problems = generator.outputs_for([i.id for i in suite.items])
        return CheckpointOutputs(label, checkpoint, generator.fingerprint, outputs, list(problems),
                                 GenerationStats(items=len(outputs)))

    settings = settings or target.config.generation
    prompts = build_prompts(suite, target.config.prompt)
    skey, variant = settings_key(settings), generator.variant(settings)
    rendered = {item_id: generator.render(p) for item_id, p in prompts.items()}
    keys = {item_id: cache_key(generator.fingerprint, variant, skey, text) for item_id, text in rendered.items()}
    found: dict[str, Generation] = cache.get_many(keys.values()) if cache else {}

    todo_keys = list(dict.fromkeys(k for k in keys.values() if k not in found))  # distinct prompts
    first_id = {}
    for item_id, k in keys.items():
        first_id.setdefault(k, item_id)
    stats = GenerationStats(items=len(keys), cached=sum(k in found for k in keys.values()))
    if progress:
        progress.start(label, len(keys), stats.cached)
    per_key = {k: [i for i, kk in keys.items() if kk == k] for k in todo_keys}

    def on_batch(indexes: list[int], gens: list[Generation]) -> None:
        batch_keys = [todo_keys[i] for i in indexes]
        if cache:
            cache.put_many((k, generator.fingerprint, variant, skey, rendered[first_id[k]], g)
                           for k, g in zip(batch_keys, gens))
        for k, g in zip(batch_keys, gens):
            found[k] = g
        stats.generated += len(gens)
        stats.tokens += sum(g.tokens for g in gens)
        if progress:
            progress.advance(sum(len(per_key[k]) for k in batch_keys), sum(g.tokens for g in gens))

    started = time.perf_counter()
    try:
        if todo_keys:
            generator.generate([prompts[first_id[k]] for k in todo_keys], settings, on_batch=on_batch)
    finally:
        stats.seconds = time.perf_counter() - started
        if progress:
            progress.finish()
    outputs = {item_id: found[k].text for item_id, k in keys.items()}
    info = getattr(generator, "info", None)
    mine = {info.path, info.model_dir} if info else set()
    notes = [p for p in getattr(getattr(generator, "pool", None), "notes", []) if p.file in mine]
    return CheckpointOutputs(label, checkpoint, generator.fingerprint, outputs, notes, stats)


class Generators:
    """Makes generators for specs, sharing one HF model pool so adapters on one base swap."""

    def __init__(self, target: Target, options: RunOptions):
        self.target, self.options = target, options
        self._hf = None

    @property
    def hf(self):
        if self._hf is None:
            from ..generate.hf import HFModels, set_offline

            set_offline()
            self._hf = HFModels(device=self.options.device, dtype=self.options.dtype,
                                trust_remote_code=self.options.trust_remote_code,
                                allow_unsafe_weights=self.options.allow_unsafe_weights)
        return self._hf

    def make(self, spec: CheckpointSpec):
        backend = spec.backend
        if backend == "auto":
            p = Path(spec.path)
            backend = "replay" if p.suffix in (".jsonl", ".json") and p.is_file() else (
                "openai" if self.options.openai_url else "hf")
        if backend == "replay":
            from ..generate.replay import ReplayGenerator

            return ReplayGenerator(spec.path, self.target.suite)
        if backend == "openai":
            from ..generate.openai import OpenAIGenerator, OpenAISettings

            if not self.options.openai_url:
                raise InputError([Problem(Path(spec.path), "the openai backend needs the server URL (--base-url)")])
            return OpenAIGenerator(OpenAISettings(base_url=self.options.openai_url, model=spec.path,
                                                  chat=self.options.openai_chat,
                                                  concurrency=self.options.openai_concurrency), name=spec.label)
        if backend == "vllm":
            from ..generate.vllm import VLLMGenerator

            return VLLMGenerator(spec.path, spec.base, dtype=self.options.dtype,
                                 trust_remote_code=self.options.trust_remote_code, name=spec.label)
        if backend == "hf":
            return self.hf.generator(spec.path, spec.base, name=spec.label)
        raise InputError([Problem(Path(spec.path), f"unknown backend '{backend}' (hf, openai, vllm, replay)")])


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


def write_outputs_jsonl(path: Path, outputs: dict[str, str]) -> Path:
    import json

    return write_text_atomic(path, "".join(json.dumps({"id": k, "output": v}, ensure_ascii=False) + "\n"
                                           for k, v in outputs.items()))


def run_checkpoints(target: Target, specs: Sequence[CheckpointSpec], *, out_dir: str | Path | None = None,
                    options: RunOptions | None = None, progress: ProgressHook | None = None,
                    generators: Generators | None = None) -> list[CheckpointRun]:
    """Generate and score each checkpoint; with `out_dir`, write `<out_dir>/<label>/results.json`,
    `outputs.jsonl`, and `<out_dir>/run.json` listing the checkpoints in order."""
    batches = generate_all(target, specs, options, progress, generators)  # checks every checkpoint first
    from ..scoring import build_context, score_outputs

    context = build_context(target)  # evidence indexes: built once for all checkpoints
    out = Path(out_dir) if out_dir else None
    runs: list[CheckpointRun] = []
    for gen_out in batches:
        result = score_outputs(target, gen_out.outputs, label=gen_out.label, checkpoint=gen_out.checkpoint,
                               fingerprint=gen_out.fingerprint, context=context, problems=gen_out.problems)
        directory = None
        if out is not None:
            directory = out / gen_out.label
            write_outputs_jsonl(directory / "outputs.jsonl", gen_out.outputs)
            result.save(directory / "results.json")
        runs.append(CheckpointRun(gen_out, result, directory))
        if out is not None:  # rewritten after each checkpoint: a partial run is still readable
            write_json_atomic(out / "run.json", {
                "suite": target.suite.name, "config": str(target.path),
                "checkpoints": [{"label": r.outputs.label, "checkpoint": r.outputs.checkpoint,
                                 "fingerprint": r.outputs.fingerprint, "dir": r.outputs.label,
                                 "generated": r.outputs.stats.generated, "cached": r.outputs.stats.cached,
                                 "tokens": r.outputs.stats.tokens, "seconds": round(r.outputs.stats.seconds, 3)}
                                for r in runs]})
    return runs
