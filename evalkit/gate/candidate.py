"""The candidate of a gate: whatever the user points at, turned into a RunResult.

A results.json, a replay .jsonl, a run directory holding results.json, or a model/adapter
directory generated and scored through the runner.
"""
from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ..config import Target
from ..errors import InputError, Problem, read_user_json
from ..results.model import RunResult


def _load_results(target: Target, path: Path) -> RunResult:
    data = read_user_json(path, "results file not found", "an evalkit results .json file")
    if isinstance(data, dict) and isinstance(data.get("items"), dict) and "format" in data:
        raise InputError([Problem(path, "is a baseline, not results: pass it with --baseline")])
    try:
        result = RunResult.model_validate(data)
    except ValidationError as exc:
        raise InputError([Problem(path, f"not an evalkit results file: "
                                        f"{'.'.join(str(p) for p in e['loc']) or 'file'}: {e['msg']}")
                          for e in exc.errors()[:5]]) from None
    if result.suite != target.suite.name:
        raise InputError([Problem(path, f"results are for suite '{result.suite}', not '{target.suite.name}'")])
    return result


def _score_replay(target: Target, path: Path) -> RunResult:
    from ..generate.replay import ReplayGenerator
    from ..outputs import missing_items
    from ..scoring import score_outputs

    replay = ReplayGenerator(path, target.suite)
    errors = [p for p in replay.problems if p.severity == "error"]
    if errors:   # gating on a partly unreadable file would compare fewer items without saying so
        raise InputError(errors)
    problems = list(replay.problems) + missing_items(target.suite, replay.outputs, path)
    return score_outputs(target, replay.outputs, label=replay.name, checkpoint=str(path),
                         fingerprint=replay.fingerprint, problems=problems)


def _run_checkpoint(target: Target, path: Path, options=None, base: str | None = None) -> RunResult:
    from ..run.runner import CheckpointSpec, RunOptions, run_checkpoints

    if options is None:
        from ..generate.cache import GenerationCache

        options = RunOptions(cache=GenerationCache())
    (run,) = run_checkpoints(target, [CheckpointSpec(str(path), base=base)], options=options)
    return run.result


def _is_hub_id(ref: str) -> bool:
    from ..generate.hub import parse_hub_id

    return parse_hub_id(ref) is not None


def candidate_result(target: Target, path: str | Path, *, options=None, base: str | None = None) -> RunResult:
    """The RunResult of whatever the user points at: (a) a results.json, (b) a replay .jsonl,
    (c) a run directory holding results.json, (d) a model or adapter directory, generated and
    scored through the runner (`options`: runner.RunOptions, default with the generation cache;
    `base`: an adapter's base model, overriding adapter_config.json)."""
    served = options is not None and (getattr(options, "openai_url", None) or getattr(options, "backend", "auto")
                                       not in ("auto", "hf"))
    if not Path(path).exists() and (served or _is_hub_id(str(path))):   # a served model name or a hub id
        return _run_checkpoint(target, str(path), options, base)
    path = Path(path)
    if not path.exists():
        raise InputError([Problem(path, "candidate not found: expected a results .json, a replay .jsonl, "
                                        "a run directory or a checkpoint directory")])
    if path.is_dir():
        if (path / "results.json").is_file():
            return _load_results(target, path / "results.json")
        runs = sorted(p.parent for p in path.glob("*/results.json"))
        if runs:
            raise InputError([Problem(path, f"a run directory with {len(runs)} checkpoints; pass one of them: "
                                            + ", ".join(str(p) for p in runs))])
        return _run_checkpoint(target, path, options, base)
    if path.suffix == ".jsonl":
        return _score_replay(target, path)
    if path.suffix == ".json":
        return _load_results(target, path)
    raise InputError([Problem(path, "unknown candidate: expected a results .json, a replay .jsonl, "
                                    "a run directory or a checkpoint directory")])
