"""Golden baselines: a checkpoint's verdicts on every item, recorded next to the golden suite.

`golden/<set>/baselines/<name>.json` is reviewed in pull requests like a snapshot, so the file is
small and diff-friendly: sorted keys, one line per item, rounded scores, and a `created` stamp
that only changes when the content does.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..config import Target, result_settings
from ..errors import InputError, Problem, did_you_mean, parse_user_json, read_user_text
from ..results.model import RunResult, Summary
from ..results.wording import first_reason
from ..store import write_text_atomic

FORMAT = 1
SCORE_DIGITS = 4   # scores move in the last float digits between runs and machines; reviews should not
RATE_DIGITS = 6
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class BaselineItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    passed: bool
    answerable: bool
    hallucinated: bool
    attributed: bool | None
    abstained: bool
    memorized: bool
    correct: bool | None = None   # absent in baselines recorded before correctness was judged
    scores: dict[str, float] = Field(default_factory=dict)
    reason: str | None = None   # why the item failed, for reviewers; None when it passed


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: int = FORMAT
    suite: str
    label: str                   # the run's label (checkpoint or replay name)
    checkpoint: str | None = None
    fingerprint: str | None = None
    evalkit_version: str = ""
    created: str
    settings: dict | None = None   # prompt, generation and scoring settings the verdicts came from
    summary: Summary
    items: dict[str, BaselineItem]
    file: Path | None = Field(default=None, exclude=True)

    @property
    def name(self) -> str:
        return self.file.stem if self.file else self.label

    def content(self) -> dict:
        """What a re-record compares: everything but when and by which evalkit version."""
        return self.model_dump(mode="json", exclude={"created", "evalkit_version"})


def run_settings(target: Target) -> dict:
    """The settings that decide a run's verdicts (`config.result_settings`); a gate warns when the
    baseline's differ."""
    return result_settings(target.config)


def baseline_from_result(result: RunResult, settings: dict | None = None) -> Baseline:
    from .. import __version__

    summary = result.summary.model_copy(update={
        **{k: round(v, RATE_DIGITS) for k, v in result.summary.model_dump().items() if isinstance(v, float)},
        "mean_scores": {k: round(v, SCORE_DIGITS) for k, v in result.summary.mean_scores.items()}})
    items = {
        i.id: BaselineItem(passed=i.passed, answerable=i.answerable, hallucinated=i.hallucinated,
                           attributed=i.attributed, abstained=i.abstained, memorized=i.memorized, correct=i.correct,
                           scores={k: round(v, SCORE_DIGITS) for k, v in i.scores.items()},
                           reason=None if i.passed else first_reason(i))
        for i in result.items
    }
    return Baseline(suite=result.suite, label=result.label, checkpoint=result.checkpoint,
                    fingerprint=result.fingerprint, evalkit_version=result.evalkit_version or __version__,
                    created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    settings=settings, summary=summary, items=items)


def _compact(item: dict) -> dict:
    """A passing item has no reason: leave the key out to keep lines short."""
    return {k: v for k, v in item.items() if not (k == "reason" and v is None)}


def dumps_baseline(baseline: Baseline) -> str:
    """JSON with sorted keys, indented, except `items`: one compact line per item, in suite order."""
    data = baseline.model_dump(mode="json")
    parts = []
    for key in sorted(data):
        if key == "items":
            rows = [f"    {json.dumps(k, ensure_ascii=False)}: "
                    f"{json.dumps(_compact(v), sort_keys=True, ensure_ascii=False, separators=(', ', ': '))}"
                    for k, v in data[key].items()]
            body = "{\n" + ",\n".join(rows) + "\n  }" if rows else "{}"
        else:
            body = json.dumps(data[key], indent=2, sort_keys=True, ensure_ascii=False).replace("\n", "\n  ")
        parts.append(f"  {json.dumps(key)}: {body}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def record_baseline(result: RunResult, path: str | Path, *, settings: dict | None = None
                    ) -> tuple[Baseline, Literal["created", "updated", "unchanged"]]:
    """Write the baseline of `result` to `path` (`settings`: see `run_settings`). When the file
    already holds the same verdicts and scores it is left untouched, byte for byte, so
    re-recording never produces a diff."""
    path = Path(path)
    new = baseline_from_result(result, settings)
    outcome: Literal["created", "updated", "unchanged"] = "created"
    if path.exists():
        outcome = "updated"
        try:
            old = load_baseline(path)
        except InputError:
            old = None   # a broken file is simply replaced
        if old is not None and old.content() == new.content():
            return old, "unchanged"
    write_text_atomic(path, dumps_baseline(new))
    return new.model_copy(update={"file": path}), outcome


def _line_index(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """Line numbers of top-level keys and of item ids, for located errors."""
    top, items, in_items = {}, {}, False
    for n, line in enumerate(text.splitlines(), start=1):
        m = re.match(r'^(\s*)"((?:[^"\\]|\\.)*)"\s*:', line)
        if not m:
            continue
        indent, key = len(m.group(1)), m.group(2)
        if indent <= 2:
            top.setdefault(key, n)
            in_items = key == "items"
        elif in_items and indent <= 4:
            items.setdefault(key, n)
    return top, items


def load_baseline(path: str | Path) -> Baseline:
    """Read and validate a baseline file; every problem is reported with its line."""
    path = Path(path)
    text = read_user_text(path, "baseline file not found", "a baseline .json file")
    data = parse_user_json(path, text, "a baseline .json file", shape=None)   # invalid, too deep: located
    if not isinstance(data, dict):
        raise InputError([Problem(path, f"expected a baseline object, found {type(data).__name__}")])
    top, item_lines = _line_index(text)
    if isinstance(data.get("format"), int) and data["format"] > FORMAT:
        raise InputError([Problem(path, f"baseline format {data['format']} is newer than this evalkit reads "
                                        f"({FORMAT}); upgrade evalkit", line=top.get("format"))])
    if isinstance(data.get("items"), list):
        raise InputError([Problem(path, "holds a list of items: this looks like a results file, not a baseline "
                                        "(record one with `evalkit baseline record`)", line=top.get("items"))])
    try:
        baseline = Baseline.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = err["loc"]
            where = ".".join(str(p) for p in loc) or "baseline"
            if err["type"] == "extra_forbidden":
                fields = BaselineItem.model_fields if loc[0] == "items" else Baseline.model_fields
                msg = f"unknown key '{loc[-1]}'{did_you_mean(loc[-1], fields)}"
            elif err["type"] == "missing":
                msg = f"'{where}' is missing"
            else:
                msg = f"'{where}': {err['msg']}"
            item = str(loc[1]) if loc[0] == "items" and len(loc) > 1 else None
            line = item_lines.get(item) if item else top.get(str(loc[0]))
            problems.append(Problem(path, msg, line=line, item=item))
        raise InputError(problems) from None
    if baseline.summary.items != len(baseline.items):
        raise InputError([Problem(path, f"the summary counts {baseline.summary.items} items but the file lists "
                                        f"{len(baseline.items)}; was it edited by hand? Re-record it.",
                                  line=top.get("summary"))])
    return baseline.model_copy(update={"file": path})


# --- where baselines live --------------------------------------------------------------------

def baselines_dir(target: Target) -> Path:
    """`baselines/` next to the golden suite file."""
    return target.config.golden_path.parent / "baselines"


def check_name(name: str) -> str:
    if not _NAME.match(name) or name.endswith(".json"):
        raise InputError([Problem(Path(name), "a baseline name is letters, digits, '.', '_' and '-' "
                                              "(no folders, no .json), e.g. 'reference-answers'")])
    return name


def default_name(result: RunResult) -> str:
    """A baseline name from the run's label: 'epoch-03', 'paraphrase-cited' (no file suffix)."""
    label = re.sub(r"\.(jsonl|json)$", "", result.label)
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", label).strip("-.") or "baseline"
    return name


def baseline_path(target: Target, name: str) -> Path:
    return baselines_dir(target) / f"{check_name(name)}.json"


def list_baselines(target: Target) -> list[Path]:
    folder = baselines_dir(target)
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def find_baseline(target: Target, choice: str | Path | None = None) -> tuple[Path, str]:
    """The baseline file to gate against, and why it was chosen.

    `choice` is a file, or a name under golden/<set>/baselines/. Without one: the config's
    `gates.baseline`, else the only baseline, else `default.json`, else the most recently created;
    ties are refused with the list of choices rather than guessed.
    """
    folder = baselines_dir(target)
    available = list_baselines(target)
    names = [p.stem for p in available]
    listing = ", ".join(names) if names else "none"

    def by_name(name: str, why: str) -> tuple[Path, str]:
        path = folder / f"{name}.json"
        if not path.is_file():
            raise InputError([Problem(path, f"no baseline '{name}'{did_you_mean(name, names)} "
                                            f"(recorded in {folder}: {listing})")])
        return path, why

    if choice is not None:
        path = Path(choice)
        if path.is_file():
            return path, "given"
        if path.suffix != ".json" and "/" not in str(choice) and _NAME.match(str(choice)):
            return by_name(str(choice), "given by name")
        raise InputError([Problem(path, f"baseline file not found (recorded in {folder}: {listing})")])
    if target.config.gates.baseline:
        return by_name(target.config.gates.baseline, "gates.baseline in the config")
    if not available:
        raise InputError([Problem(folder, f"no baseline recorded for suite '{target.suite.name}'; record one with "
                                          f"`evalkit baseline record {target.path} --checkpoint PATH`")])
    if len(available) == 1:
        return available[0], "the only baseline"
    if "default" in names:
        return folder / "default.json", "default.json"
    stamps = {p: load_baseline(p).created for p in available}
    latest = max(stamps.values())
    newest = [p for p, s in stamps.items() if s == latest]
    if len(newest) > 1:
        raise InputError([Problem(folder, f"{len(available)} baselines and no default.json; the newest are tied "
                                          f"({', '.join(p.stem for p in newest)}): pass --baseline NAME "
                                          f"(one of: {listing})")])
    return newest[0], f"the most recent of {len(available)} ({listing}); pass --baseline to choose"
