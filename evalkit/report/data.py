"""Loading what a run directory holds into one `ReportData`, whichever of its files exist.

A run directory (written by `evalkit run` / `evalkit demo`):

    RUN_DIR/run.json                  optional manifest: {"checkpoints": [{"label", "dir"}, ...]} in order
    RUN_DIR/<label>/results.json      one RunResult per checkpoint (required: at least one)
    RUN_DIR/drift.json                optional: evalkit.drift.DriftReport as JSON
    RUN_DIR/gate.json                 optional: {"passed": bool, "checks": [{"name", "passed", "detail"}]}
    RUN_DIR/plots/*.svg|*.png         optional: drift plots, embedded as data: URIs

RUN_DIR may also be a single results.json, a folder holding one results.json, or the demo's output
folder (its checkpoints are under `eval/`). Without run.json, checkpoints are ordered by the numbers
in their names (epoch-2 before epoch-10). Optional files that are broken are reported as notes and
left out; they never stop a report.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..drift.series import natural_key
from ..errors import InputError, Problem
from ..results.model import ItemResult, RunResult

RESULTS = "results.json"
PLOT_TYPES = {".svg": "image/svg+xml", ".png": "image/png"}


@dataclass
class Checkpoint:
    label: str
    result: RunResult
    path: Path                       # its results.json

    def item(self, item_id: str) -> ItemResult | None:
        return self._index.get(item_id)

    def __post_init__(self) -> None:
        self._index = {i.id: i for i in self.result.items}


@dataclass
class GateCheck:
    name: str
    passed: bool
    detail: str = ""


@dataclass
class Gate:
    passed: bool
    checks: list[GateCheck] = field(default_factory=list)


@dataclass
class DriftVerdict:
    kind: str                        # best | memorization | forgetting | regression | note
    checkpoint: str | None
    message: str


@dataclass
class Drift:
    points: list[dict[str, Any]]     # {"label", "epoch", "step", "metrics": {...}, "baselines": {...}}
    verdicts: list[DriftVerdict]
    best: str | None = None
    memorization_starts: str | None = None

    def best_message(self) -> str | None:
        return next((v.message for v in self.verdicts if v.kind == "best"), None)


@dataclass
class Plot:
    name: str
    mime: str
    data: bytes


@dataclass
class ReportData:
    source: Path                     # what the user pointed at
    root: Path                       # the run directory (or the results file's folder)
    checkpoints: list[Checkpoint]
    gate: Gate | None = None
    drift: Drift | None = None
    plots: list[Plot] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # optional inputs that could not be read

    @property
    def suite(self) -> str:
        names = list(dict.fromkeys(c.result.suite for c in self.checkpoints))
        return " + ".join(names)

    @property
    def labels(self) -> list[str]:
        return [c.label for c in self.checkpoints]

    def item_ids(self) -> list[str]:
        """Every item id met in any checkpoint, in the order the results list them."""
        return list(dict.fromkeys(i.id for c in self.checkpoints for i in c.result.items))

    def first(self, item_id: str) -> ItemResult:
        """The item as the first checkpoint that has it tells it (question, reference, tags)."""
        return next(c.item(item_id) for c in self.checkpoints if c.item(item_id) is not None)

    def focus(self) -> Checkpoint:
        """The checkpoint a reader decides about: drift's best when known, else the last."""
        if self.drift and self.drift.best:
            for c in self.checkpoints:
                if c.label == self.drift.best:
                    return c
        return self.checkpoints[-1]


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError([Problem(path, f"not valid JSON: {exc.msg}", line=exc.lineno)]) from None
    except OSError as exc:
        raise InputError([Problem(path, f"cannot read: {exc.strerror or exc}")]) from None


def load_result(path: Path, label: str | None = None) -> Checkpoint:
    data = _read_json(path)
    try:
        result = RunResult.model_validate(data)
    except ValidationError as exc:
        problems = [Problem(path, f"{'.'.join(str(p) for p in e['loc']) or 'top level'}: {e['msg']}")
                    for e in exc.errors()[:10]]
        raise InputError(problems) from None
    return Checkpoint(label or result.label, result, path)


def _order_key(label: str) -> tuple:
    # names without a number (e.g. "base") come first: they are the start of a series
    return (any(ch.isdigit() for ch in label), natural_key(label))


def _find_root(path: Path) -> Path:
    if (path / RESULTS).is_file() or (path / "run.json").is_file() or any(path.glob(f"*/{RESULTS}")):
        return path
    if (path / "eval").is_dir():  # `evalkit demo --out DIR` puts the run directory under eval/
        return path / "eval"
    raise InputError([Problem(path, f"no {RESULTS} here or in its subfolders; is this a run directory?")])


def _checkpoint_paths(root: Path, notes: list[str]) -> list[tuple[str | None, Path]]:
    manifest = root / "run.json"
    if manifest.is_file():
        try:
            entries = _read_json(manifest).get("checkpoints") or []
            found = []
            for e in entries:
                sub = root / str(e.get("dir") or e.get("label"))
                if (sub / RESULTS).is_file():
                    found.append((e.get("label"), sub / RESULTS))
                else:
                    notes.append(f"{manifest}: checkpoint '{e.get('label')}' has no {RESULTS} (not finished?)")
            if found:
                return found
        except (InputError, AttributeError, TypeError) as exc:
            notes.append(f"{manifest}: ignored ({exc}); checkpoints ordered by name instead")
    if (root / RESULTS).is_file():
        return [(None, root / RESULTS)]
    subs = sorted((p for p in root.glob(f"*/{RESULTS}")), key=lambda p: _order_key(p.parent.name))
    return [(p.parent.name, p) for p in subs]


def _load_gate(path: Path, notes: list[str]) -> Gate | None:
    if not path.is_file():
        return None
    try:
        data = _read_json(path)
        checks = [GateCheck(str(c.get("name", "check")), bool(c.get("passed")), str(c.get("detail") or ""))
                  for c in data.get("checks") or []]
        passed = data.get("passed")
        return Gate(bool(passed) if passed is not None else all(c.passed for c in checks), checks)
    except (InputError, AttributeError, TypeError) as exc:
        notes.append(f"{path}: ignored ({exc})")
        return None


def _load_drift(path: Path, notes: list[str]) -> Drift | None:
    if not path.is_file():
        return None
    try:
        data = _read_json(path)
        points = [p for p in data.get("points") or [] if isinstance(p, dict) and "label" in p]
        verdicts = [DriftVerdict(str(v.get("kind", "note")), v.get("checkpoint"), str(v.get("message", "")))
                    for v in data.get("verdicts") or [] if isinstance(v, dict)]
        return Drift(points, verdicts, data.get("best"), data.get("memorization_starts"))
    except (InputError, AttributeError, TypeError) as exc:
        notes.append(f"{path}: ignored ({exc})")
        return None


def _load_plots(folder: Path) -> list[Plot]:
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PLOT_TYPES]
    # one image per plot: prefer SVG (sharp, small) over a PNG of the same name
    by_stem: dict[str, Path] = {}
    for p in sorted(files, key=lambda p: (p.stem, p.suffix.lower() != ".svg")):
        by_stem.setdefault(p.stem, p)
    return [Plot(p.stem, PLOT_TYPES[p.suffix.lower()], p.read_bytes())
            for p in sorted(by_stem.values(), key=lambda p: natural_key(p.stem))]


def load_run(run_dir: str | Path) -> ReportData:
    """Everything a report shows, from a run directory or a single results.json."""
    source = Path(run_dir)
    if not source.exists():
        raise InputError([Problem(source, "no such file or directory")])
    notes: list[str] = []
    if source.is_file():
        root = source.parent
        checkpoints = [load_result(source)]
    else:
        root = _find_root(source)
        paths = _checkpoint_paths(root, notes)
        if not paths:
            raise InputError([Problem(root, f"no {RESULTS} found")])
        checkpoints = [load_result(p, label) for label, p in paths]
        # labels must be unique: they key every column of the report
        seen: set[str] = set()
        for c in checkpoints:
            while c.label in seen:
                c.label += "'"
            seen.add(c.label)
    data = ReportData(source, root, checkpoints, notes=notes)
    for folder in dict.fromkeys([root, source if source.is_dir() else root]):
        data.gate = data.gate or _load_gate(folder / "gate.json", notes)
        data.drift = data.drift or _load_drift(folder / "drift.json", notes)
        data.plots = data.plots or _load_plots(folder / "plots")
    return data
