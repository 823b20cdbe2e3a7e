"""Finding and ordering a series of checkpoints: epoch-2 before epoch-10.

Accepts checkpoint directories, globs, and parent folders holding `epoch-*` / `checkpoint-*`
directories. Order comes from `trainer_state.json` (HF Trainer's `epoch`, then `global_step`)
when present, else from the last number in the directory name.
"""
from __future__ import annotations

import glob
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Problem

_SERIES_DIR = re.compile(r"^(?:epoch|checkpoint|step|ckpt)[-_]?\d+", re.IGNORECASE)
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)")
_MARKERS = ("adapter_config.json", "config.json")


@dataclass(frozen=True)
class SeriesPoint:
    path: Path
    label: str
    epoch: float | None    # from trainer_state.json or the name
    step: int | None

    @property
    def order(self) -> tuple:
        return (self.epoch if self.epoch is not None else float("inf"),
                self.step if self.step is not None else -1, natural_key(self.label))


def natural_key(name: str) -> tuple:
    """"epoch-2" < "epoch-10": numbers compare as numbers."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", name))


def _is_checkpoint(path: Path) -> bool:
    return path.is_dir() and any((path / m).is_file() for m in _MARKERS)


def read_position(path: Path) -> tuple[float | None, int | None]:
    """(epoch, step) of a checkpoint: trainer_state.json first, then the number in its name."""
    state = path / "trainer_state.json"
    if state.is_file():
        try:
            data = json.loads(state.read_text(encoding="utf-8"))
            data = data if isinstance(data, dict) else {}
            epoch = data.get("epoch")
            step = data.get("global_step")
            if isinstance(epoch, (int, float)) or isinstance(step, int):
                return (float(epoch) if isinstance(epoch, (int, float)) else None,
                        step if isinstance(step, int) else None)
        except (OSError, ValueError, RecursionError):   # JSON, UTF-8 and number errors are ValueErrors
            pass  # a broken state file: fall back to the name
    numbers = _NUMBER.findall(path.name)
    if not numbers:
        return None, None
    value = float(numbers[-1])
    if path.name.lower().startswith(("checkpoint", "step")):
        return None, int(value)
    return value, None


def discover(specs: list[str | Path]) -> list[SeriesPoint]:
    """Expand paths, globs and parent folders into checkpoints ordered by epoch or step."""
    found: dict[Path, SeriesPoint] = {}
    problems: list[Problem] = []
    for spec in specs:
        spec_str = str(spec)
        paths = [Path(p) for p in sorted(glob.glob(spec_str))] if glob.has_magic(spec_str) else [Path(spec_str)]
        if not paths:
            problems.append(Problem(Path(spec_str), "the pattern matches no path"))
        for path in paths:
            if not path.exists():
                problems.append(Problem(path, "no such checkpoint directory"))
            elif _is_checkpoint(path):
                found[path.resolve()] = _point(path)
            elif path.is_dir():
                children = [c for c in path.iterdir() if _SERIES_DIR.match(c.name) and _is_checkpoint(c)]
                if not children:
                    problems.append(Problem(path, "neither a checkpoint (no config.json or adapter_config.json) "
                                                  "nor a folder of epoch-*/checkpoint-* checkpoints"))
                for child in children:
                    found[child.resolve()] = _point(child)
            else:
                problems.append(Problem(path, "not a directory: a checkpoint is a model or adapter directory"))
    if problems:
        raise InputError(problems)
    return sorted(found.values(), key=lambda p: p.order)


def _point(path: Path) -> SeriesPoint:
    epoch, step = read_position(path)
    return SeriesPoint(path=path, label=path.name, epoch=epoch, step=step)
