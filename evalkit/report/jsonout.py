"""The machine-readable report: every checkpoint's full results plus gate and drift, in run order."""
from __future__ import annotations

import json

from .data import ReportData
from .verdicts import counts

FORMAT = "evalkit-report/1"


def report_dict(data: ReportData) -> dict:
    return {
        "format": FORMAT,
        "suite": data.suite,
        "source": str(data.source),
        # items/passed: the original questions; paraphrased ones counted apart (as in every report)
        "checkpoints": [{"label": c.label, "path": str(c.path), **counts(c.result.items),
                         "result": c.result.model_dump(mode="json")}
                        for c in data.checkpoints],
        "gate": data.gate.model_dump(mode="json") if data.gate else None,
        "drift": data.drift.model_dump(mode="json") if data.drift else None,
        "plots": [p.name for p in data.plots],
        "notes": data.notes,
    }


def render_json(data: ReportData) -> str:
    return json.dumps(report_dict(data), indent=2, ensure_ascii=False) + "\n"
