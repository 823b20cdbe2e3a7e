"""--evalkit-update-baseline: the one place the plugin writes a baseline file (through
`evalkit.gate.golden.record_baseline`, which owns the format)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .state import EvalkitRun


def update_baseline(run: EvalkitRun) -> None:
    """With --evalkit-update-baseline, record this run's verdicts (the controller's, or a worker's
    under xdist) and say what happened in `run.baseline_note`; a partial run records nothing."""
    if run.settings.update_baseline is None:
        return
    from ..errors import InputError
    from ..results.model import RunResult
    from ..gate.golden import baseline_path, default_name, record_baseline, run_settings

    payload = run.final_payload()
    if payload is None:
        run.baseline_note = "baseline not updated: no golden item ran"
        return
    if not payload["complete"]:
        run.baseline_note = ("baseline not updated: only part of the suite ran (deselected items); "
                             "a baseline records every item")
        return
    path: Path | None = None
    try:
        target = run.target()
        result = run.result or RunResult.model_validate(payload["result"])
        name = run.settings.update_baseline or run.settings.baseline or default_name(result)
        path = Path(name) if name.endswith(".json") or "/" in name or os.sep in name else baseline_path(target, name)
        _, outcome = record_baseline(result, path, settings=run_settings(target))
    except InputError as exc:
        run.baseline_note = f"baseline not updated: {exc}"
        return
    except OSError as exc:   # a folder that cannot be made or written: the user's to fix
        run.baseline_note = f"baseline not updated: cannot write {exc.filename or path}: {exc.strerror or exc}"
        return
    try:
        shown = path.resolve().relative_to(run.config.rootpath)
    except ValueError:
        shown = path
    run.baseline_note = f"baseline {path.stem} {outcome}: {shown}"
