"""General-capability baselines through lm-eval: `simple_evaluate` on each checkpoint.

Tasks are lm-eval task names: the small local tasks shipped in `evalkit/drift/tasks/` (offline), or
any standard lm-eval task for users whose machines hold its data set. Results are cached per
checkpoint fingerprint, task set and limit, so a drift re-run only evaluates new checkpoints.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, Problem
from ..generate.hf import quiet_transformers
from ..store import write_json_atomic

LOCAL_TASKS = Path(__file__).resolve().parent / "tasks"   # package data: found from any install


@dataclass(frozen=True)
class BaselineSpec:
    tasks: tuple[str, ...]
    include_path: Path | None = None
    limit: int | None = None
    batch_size: int = 8
    device: str = "cpu"


@dataclass
class BaselineScores:
    """Scores per "task/metric" (e.g. "evalkit_general_mc/acc") for one checkpoint."""

    checkpoint: str
    fingerprint: str
    scores: dict[str, float] = field(default_factory=dict)
    cached: bool = False


def spec_from_config(config, device: str = "cpu") -> BaselineSpec | None:
    """The run config's `baselines` section as a spec (None when it lists no task)."""
    section = config.baselines
    if not section.tasks:
        return None
    include = section.include_path
    if include is not None and config.file is not None:
        include = (Path(config.file).parent / include).resolve()
    return BaselineSpec(tasks=tuple(section.tasks), include_path=Path(include) if include else LOCAL_TASKS,
                        limit=section.limit, device=device)


def _cache_file(cache_root: Path, fingerprint: str, spec: BaselineSpec) -> Path:
    import lm_eval

    task_files = ""
    if spec.include_path and spec.include_path.is_dir():
        # a changed task or data file must not reuse old scores
        for f in sorted(spec.include_path.glob("*")):
            if f.is_file():
                task_files += f"{f.name}:{hashlib.sha256(f.read_bytes()).hexdigest()[:16]};"
    key = json.dumps([fingerprint, sorted(spec.tasks), spec.limit, lm_eval.__version__, task_files])
    return cache_root / "baselines" / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


def model_args(info) -> str:
    """lm-eval's `hf` model arguments for a checkpoint (an adapter runs on its base via `peft=`)."""
    if info.kind == "adapter":
        return f"pretrained={info.base},peft={info.path}"
    return f"pretrained={info.path}"


def flatten(results: dict) -> dict[str, float]:
    """lm-eval's {"task": {"acc,none": 0.4, "acc_stderr,none": ...}} as {"task/acc": 0.4}."""
    out: dict[str, float] = {}
    for task, metrics in results.items():
        for key, value in metrics.items():
            name, _, filt = key.partition(",")
            if name.endswith("_stderr") or name in ("alias", "sample_len", "sample_count") or not isinstance(value, (int, float)):
                continue
            label = name if filt in ("", "none") else f"{name}[{filt}]"
            out[f"{task}/{label}"] = float(value)  # numpy floats do not json.dump
    return out


def run_baselines(info, spec: BaselineSpec, cache_root: Path | None = None, use_cache: bool = True) -> BaselineScores:
    """Evaluate one checkpoint (a CheckpointInfo) on the spec's tasks, or read the cached scores."""
    from ..generate.cache import cache_dir

    root = Path(cache_root) if cache_root else cache_dir()
    cache_file = _cache_file(root, info.fingerprint, spec)
    if use_cache and cache_file.is_file():
        data = json.loads(cache_file.read_text(encoding="utf-8"))
        return BaselineScores(info.name, info.fingerprint, data["scores"], cached=True)

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # datasets writes a cache of every local JSON task; keep it out of the user's home by default
    os.environ.setdefault("HF_DATASETS_CACHE", str(Path(tempfile.gettempdir()) / "evalkit-datasets-cache"))
    from lm_eval import simple_evaluate
    from lm_eval.tasks import TaskManager

    include = str(_absolute_task_dir(spec.include_path)) if spec.include_path else None
    manager = TaskManager(include_path=include, include_defaults=include is None or not _all_local(spec, include))
    unknown = [t for t in spec.tasks if t not in manager.all_tasks]
    if unknown:
        raise InputError([Problem(Path(include or "lm-eval"), f"unknown lm-eval task(s): {', '.join(unknown)}; "
                                  f"local tasks here: {', '.join(sorted(_local_names(include))) or 'none'}")])
    # lm-eval and datasets draw progress bars on stderr with no switch to turn them off; inside
    # evalkit's own output they are noise. Kept and shown if the evaluation fails.
    captured = io.StringIO()
    try:
        # a library's deprecation notice (peft asks transformers a deprecated question) is no
        # news to the user, here as in generation: the same filter, kept to this call
        with contextlib.redirect_stderr(captured), warnings.catch_warnings():
            quiet_transformers()
            out = simple_evaluate(model="hf", model_args=model_args(info), tasks=list(spec.tasks),
                                  task_manager=manager, device=spec.device, batch_size=spec.batch_size,
                                  limit=spec.limit, bootstrap_iters=0, log_samples=False, verbosity="ERROR")
    except Exception:
        sys.stderr.write(captured.getvalue()[-4000:])
        raise
    scores = flatten(out["results"])
    write_json_atomic(cache_file, {"checkpoint": str(info.path), "fingerprint": info.fingerprint,
                                   "tasks": list(spec.tasks), "scores": scores})
    return BaselineScores(info.name, info.fingerprint, scores)


def _absolute_task_dir(include: Path) -> Path:
    """A copy of the task folder whose `data_files` are absolute paths.

    lm-eval 0.4.13 resolves a local task's `data_files` against the working directory, not the
    YAML's folder, so tasks shipped beside their data would only load from inside that folder.
    """
    import shutil

    import yaml

    include = Path(include).resolve()
    digest = hashlib.sha256(str(include).encode()).hexdigest()[:12]
    out = Path(tempfile.gettempdir()) / f"evalkit-lm-eval-tasks-{digest}"
    out.mkdir(parents=True, exist_ok=True)
    for f in include.iterdir():
        if not f.is_file():
            continue
        if f.suffix not in (".yaml", ".yml"):
            shutil.copy2(f, out / f.name)
            continue
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
        except yaml.YAMLError:  # lm-eval's own tags (!function): copy untouched
            shutil.copy2(f, out / f.name)
            continue
        files = (data or {}).get("dataset_kwargs", {}).get("data_files") if isinstance(data, dict) else None
        if isinstance(files, dict):
            data["dataset_kwargs"]["data_files"] = {
                split: str((include / p).resolve()) if isinstance(p, str) and not Path(p).is_absolute() else p
                for split, p in files.items()}
        (out / f.name).write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return out


def _local_names(include: str | None) -> set[str]:
    if not include:
        return set()
    names = set()
    for f in Path(include).glob("*.yaml"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("task:"):
                names.add(line.split(":", 1)[1].strip())
    return names


def _all_local(spec: BaselineSpec, include: str) -> bool:
    """Indexing lm-eval's 14,000 built-in tasks costs seconds: skip it when every task is local."""
    return set(spec.tasks) <= _local_names(include)
