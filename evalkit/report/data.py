"""Loading what a run directory holds into one `ReportData`, whichever of its files exist.

The run directory is read through `evalkit.rundir.read_run` (see there for its layout): the
checkpoints in order, and the real `DriftReport` and `GateResult` that belong to them. A single
results.json gets only the drift and gate files its run's manifest records for it, never an
unrelated gate.json that happens to sit in the same folder. Plots (`RUN_DIR/plots/*.svg|*.png`)
are embedded as data: URIs. Optional files that are broken are reported as notes and left out;
they never stop a report.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..drift.rules import DriftReport, Verdict
from ..drift.series import natural_key
from ..gate.compare import Check, GateResult
from ..results.model import ItemResult
from ..rundir import RESULTS, StoredCheckpoint, StoredRun, read_result, read_run

PLOT_TYPES = {".svg": "image/svg+xml", ".png": "image/png"}

# the report used to carry look-alikes of these; the names stay for callers that imported them
Gate, GateCheck, Drift, DriftVerdict = GateResult, Check, DriftReport, Verdict


@dataclass
class Checkpoint(StoredCheckpoint):
    """A stored checkpoint, with its items looked up by id."""

    def item(self, item_id: str) -> ItemResult | None:
        return self._index.get(item_id)

    def __post_init__(self) -> None:
        self._index = {i.id: i for i in self.result.items}


def best_message(drift: DriftReport) -> str | None:
    return next((v.message for v in drift.verdicts if v.kind == "best"), None)


def best_reason(drift: DriftReport) -> str:
    """Why the best checkpoint is best: its verdict without the "best checkpoint: LABEL" the
    heading beside it already says. A sentence starts with a capital unless it starts with a
    checkpoint's name ("epoch-12 and epoch-15 are indistinguishable ..."): a label stays as written."""
    message = best_message(drift) or ""
    prefix = f"best checkpoint: {drift.best}"
    if drift.best and message.startswith(prefix):
        message = message[len(prefix):].lstrip(":;, ")
    if any(p.label and message.startswith(p.label) for p in drift.points):
        return message
    return message[:1].upper() + message[1:]


@dataclass
class Plot:
    name: str
    mime: str
    data: bytes


@dataclass
class ReportData(StoredRun):
    """A stored run (`rundir.StoredRun`) as a report shows it: with its plots."""

    checkpoints: list[Checkpoint]
    plots: list[Plot] = field(default_factory=list)

    @property
    def suite(self) -> str:
        names = list(dict.fromkeys(c.result.suite for c in self.checkpoints))
        return " + ".join(names)

    @property
    def labels(self) -> list[str]:
        return [c.label for c in self.checkpoints]

    def item_counts(self) -> tuple[int, int]:
        """(originals, paraphrased questions) among every item met: what the header counts."""
        from ..suite import is_paraphrase_id

        ids = self.item_ids()
        para = sum(map(is_paraphrase_id, ids))
        return len(ids) - para, para

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


def load_result(path: Path, label: str | None = None) -> Checkpoint:
    result = read_result(path)
    return Checkpoint(label or result.label, result, path)


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
    run = read_run(run_dir)
    data = ReportData(run.source, run.root, [Checkpoint(c.label, c.result, c.path) for c in run.checkpoints],
                      gate=run.gate, drift=run.drift, notes=run.notes)
    # a whole run directory shows its plots; a single results file only its drift's
    folders = [run.root, run.source] if run.source.is_dir() else [run.root] if run.drift is not None else []
    for folder in dict.fromkeys(folders):
        data.plots = data.plots or _load_plots(folder / "plots")
    return data


__all__ = ["RESULTS", "Checkpoint", "Drift", "DriftVerdict", "Gate", "GateCheck", "Plot", "ReportData",
           "best_message", "best_reason", "load_result", "load_run"]
