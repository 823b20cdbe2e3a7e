"""The run directory: one writer and one reader for everything a run leaves on disk.

    RUN_DIR/run.json                  the manifest (`RunManifest`): checkpoints in order, and which
                                      results the drift and gate files are about
    RUN_DIR/<label>/results.json      one RunResult per checkpoint
    RUN_DIR/<label>/outputs.jsonl     the raw outputs, {"id", "output"} per line
    RUN_DIR/drift.json                a DriftReport over the listed checkpoints
    RUN_DIR/gate.json                 a GateResult of one checkpoint

`evalkit run`, `evalkit drift` and the API write through `RunWriter`; reports read through
`read_run`, which gives back the real `DriftReport` and `GateResult`. Directories written before
the manifest had a format (run.json without "format", a gate.json of only passed/checks) are
still read.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .config import Target, result_settings
from .drift.rules import DriftReport
from .drift.series import natural_key
from .errors import InputError, Problem, read_user_json
from .gate.compare import GateResult
from .results.model import RunResult
from .store import write_json_atomic, write_text_atomic

FORMAT = 1
MANIFEST = "run.json"
RESULTS = "results.json"
OUTPUTS = "outputs.jsonl"
DRIFT = "drift.json"
GATE = "gate.json"


# --- what a stored result depends on ----------------------------------------------------------

def settings_digest(target: Target) -> str:
    """A stored result is reused for a checkpoint with the same fingerprint only while this is
    unchanged: the evalkit version, the suite's file, documents and item ids, and
    `config.result_settings` (the same settings golden baselines record; no batch size)."""
    from . import __version__

    h = hashlib.sha256(__version__.encode())
    if target.suite.file and Path(target.suite.file).is_file():
        h.update(Path(target.suite.file).read_bytes())
    for doc in target.suite.documents:
        h.update(doc.text.encode())
    h.update(json.dumps([i.id for i in target.suite.items]).encode())
    settings = result_settings(target.config)
    h.update(json.dumps([settings["prompt"], settings["generation"], settings["scoring"]], sort_keys=True,
                        default=str).encode())
    return h.hexdigest()[:20]


# --- the manifest -----------------------------------------------------------------------------

class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")   # newer writers may add keys; old readers skip them


class CheckpointEntry(_Model):
    label: str
    dir: str                          # folder under the run directory holding results.json
    checkpoint: str | None = None     # what was evaluated (path, served model, replay file)
    fingerprint: str | None = None
    epoch: float | None = None        # drift series only
    step: int | None = None
    generated: int | None = None      # generation stats, when this run generated it
    cached: int | None = None
    tokens: int | None = None
    seconds: float | None = None


class Attached(_Model):
    """A drift or gate file and the checkpoints (labels) it is about."""

    file: str
    results: list[str] = Field(default_factory=list)


class RunManifest(_Model):
    format: int | None = None         # None: written before the manifest had a format
    suite: str | None = None
    config: str | None = None
    checkpoints: list[CheckpointEntry] = Field(default_factory=list)
    drift: Attached | None = None
    gate: Attached | None = None

    def entry(self, label: str) -> CheckpointEntry | None:
        return next((e for e in self.checkpoints if e.label == label), None)


def read_manifest(root: Path) -> RunManifest | None:
    path = Path(root) / MANIFEST
    if not path.is_file():
        return None
    return _validated(RunManifest, _read_json(path), path)


# --- writing ----------------------------------------------------------------------------------

def write_outputs_jsonl(path: Path, outputs: dict[str, str]) -> Path:
    return write_text_atomic(path, "".join(json.dumps({"id": k, "output": v}, ensure_ascii=False) + "\n"
                                           for k, v in outputs.items()))


class RunWriter:
    """Writes one run directory. The manifest is rewritten after every file, so a run that stops
    half way is still readable."""

    def __init__(self, root: str | Path, *, suite: str, config: str | Path | None = None,
                 manifest: RunManifest | None = None):
        self.root = Path(root)
        self.manifest = manifest or RunManifest(suite=suite, config=str(config) if config else None)
        self.manifest.format = FORMAT
        self.manifest.suite = suite

    def checkpoint(self, result: RunResult, entry: CheckpointEntry, outputs: dict[str, str] | None = None) -> Path:
        """Write `<dir>/results.json` (and outputs.jsonl) once, and list the checkpoint."""
        directory = self.root / entry.dir
        if outputs is not None:
            write_outputs_jsonl(directory / OUTPUTS, outputs)
        result.save(directory / RESULTS)
        self.manifest.checkpoints = [e for e in self.manifest.checkpoints if e.label != entry.label] + [entry]
        self.save()
        return directory

    def order(self, entries: Iterable[CheckpointEntry]) -> None:
        """Set the listed checkpoints and their order (a drift series), keeping what was known of each."""
        known = {e.label: e for e in self.manifest.checkpoints}
        self.manifest.checkpoints = [
            known[e.label].model_copy(update={k: v for k, v in e.model_dump().items() if v is not None})
            if e.label in known else e for e in entries]
        self.save()

    def drift(self, report: DriftReport, results: list[str] | None = None) -> Path:
        path = write_json_atomic(self.root / DRIFT, report.model_dump(mode="json"))
        self.manifest.drift = Attached(file=DRIFT, results=results or [p.label for p in report.points])
        self.save()
        return path

    def gate(self, result: GateResult, label: str) -> Path:
        path = write_json_atomic(self.root / GATE, result.model_dump(mode="json"))
        self.manifest.gate = Attached(file=GATE, results=[label])
        self.save()
        return path

    def save(self) -> Path:
        return write_json_atomic(self.root / MANIFEST, self.manifest.model_dump(mode="json", exclude_none=True))


# --- reading ----------------------------------------------------------------------------------

@dataclass
class StoredCheckpoint:
    label: str
    result: RunResult
    path: Path                        # its results.json


@dataclass
class StoredRun:
    source: Path                      # what the user pointed at
    root: Path                        # the run directory (or the results file's folder)
    checkpoints: list[StoredCheckpoint]
    manifest: RunManifest | None = None
    drift: DriftReport | None = None
    gate: GateResult | None = None
    notes: list[str] = field(default_factory=list)   # optional inputs that could not be read


def _read_json(path: Path) -> Any:
    return read_user_json(path, "file not found", f"an evalkit {path.name} file")


def _validated(model, data: Any, path: Path, what: str = ""):
    """`data` as `model`, or a located error for each of its first problems."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError([Problem(path, f"{what}{'.'.join(str(p) for p in e['loc']) or 'top level'}: {e['msg']}")
                          for e in exc.errors()[:10]]) from None


def read_result(path: Path) -> RunResult:
    return _validated(RunResult, _read_json(path), path)


def read_drift(path: Path) -> DriftReport:
    return _validated(DriftReport, _read_json(path), path, "not a drift report: ")


def read_gate(path: Path) -> GateResult:
    """A GateResult; an old gate.json of only {"passed", "checks": [{"name", "passed", "detail"}]}
    is read as one whose checks either pass or fail."""
    data = _read_json(path)
    if isinstance(data, dict) and "suite" not in data and isinstance(data.get("checks"), list):
        checks = [{"name": str(c.get("name", "check")), "passed": bool(c.get("passed")),
                   "status": c.get("status") or ("pass" if c.get("passed") else "fail"),
                   "detail": str(c.get("detail") or "")} for c in data["checks"] if isinstance(c, dict)]
        passed = data.get("passed")
        data = {"passed": bool(passed) if passed is not None else all(c["passed"] for c in checks),
                "suite": "", "candidate": "", "baseline": "", "paired_items": 0, "checks": checks}
    return _validated(GateResult, data, path, "not a gate result: ")


def _order_key(label: str) -> tuple:
    # names without a number (e.g. "base") come first: they are the start of a series
    return (any(ch.isdigit() for ch in label), natural_key(label))


def find_root(path: Path) -> Path:
    if (path / RESULTS).is_file() or (path / MANIFEST).is_file() or any(path.glob(f"*/{RESULTS}")):
        return path
    if (path / "eval").is_dir():  # `evalkit demo --out DIR` puts the run directory under eval/
        return path / "eval"
    raise InputError([Problem(path, f"no {RESULTS} here or in its subfolders; is this a run directory?")])


def _checkpoint_paths(root: Path, manifest: RunManifest | None, notes: list[str]) -> list[tuple[str | None, Path]]:
    if manifest is not None and manifest.checkpoints:
        found = []
        for e in manifest.checkpoints:
            sub = root / (e.dir or e.label)
            if (sub / RESULTS).is_file():
                found.append((e.label, sub / RESULTS))
            else:
                notes.append(f"{root / MANIFEST}: checkpoint '{e.label}' has no {RESULTS} (not finished?)")
        if found:
            return found
    if (root / RESULTS).is_file():
        return [(None, root / RESULTS)]
    subs = sorted(root.glob(f"*/{RESULTS}"), key=lambda p: _order_key(p.parent.name))
    return [(p.parent.name, p) for p in subs]


def _manifest_of(root: Path, notes: list[str]) -> RunManifest | None:
    try:
        return read_manifest(root)
    except InputError as exc:
        notes.append(f"{root / MANIFEST}: ignored ({exc}); checkpoints ordered by name instead")
        return None


def _attach(root: Path, record: Attached | None, default: str, labels: list[str], whole_run: bool):
    """The drift or gate file that belongs to these checkpoints: the one the manifest records for
    them; for a whole run directory without such a record, the file of that name in it."""
    if record is not None:
        if whole_run or any(label in record.results for label in labels):
            return root / record.file
        return None
    return root / default if whole_run else None


def read_run(path: str | Path) -> StoredRun:
    """Everything stored under a run directory, or about a single results.json."""
    source = Path(path)
    if not source.exists():
        raise InputError([Problem(source, "no such file or directory")])
    notes: list[str] = []
    if not source.is_dir():   # a file (or a FIFO, a device: said by the reader)
        result = read_result(source)
        # its run directory: the results file's folder, or the one above a checkpoint's folder
        home = next((d for d in (source.parent, source.parent.parent) if (d / MANIFEST).is_file()), source.parent)
        manifest = _manifest_of(home, notes) if (home / MANIFEST).is_file() else None
        entry = next((e for e in (manifest.checkpoints if manifest else [])
                      if (home / e.dir).resolve() == source.parent.resolve()), None)
        root = source.parent
        label = entry.label if entry else result.label
        checkpoints = [StoredCheckpoint(label, result, source)]
        whole_run = False
    else:
        root = find_root(source)
        manifest = _manifest_of(root, notes)
        paths = _checkpoint_paths(root, manifest, notes)
        if not paths:
            raise InputError([Problem(root, f"no {RESULTS} found")])
        checkpoints = []
        seen: set[str] = set()
        for label, p in paths:
            result = read_result(p)
            label = label or result.label
            while label in seen:   # labels must be unique: they key every column of a report
                label += "'"
            seen.add(label)
            checkpoints.append(StoredCheckpoint(label, result, p))
        whole_run = True
    run = StoredRun(source, root, checkpoints, manifest, notes=notes)
    labels = [c.label for c in checkpoints]
    folders = list(dict.fromkeys([root, source])) if whole_run else [home]
    for folder in folders:
        if run.gate is None:
            gate_file = _attach(folder, manifest.gate if manifest else None, GATE, labels, whole_run)
            run.gate = _optional(gate_file, read_gate, notes)
        if run.drift is None:
            drift_file = _attach(folder, manifest.drift if manifest else None, DRIFT, labels, whole_run)
            run.drift = _optional(drift_file, read_drift, notes)
    return run


def _optional(path: Path | None, read, notes: list[str]):
    if path is None or not path.is_file():
        return None
    try:
        return read(path)
    except InputError as exc:
        notes.append(f"{path}: ignored ({exc})")
        return None
