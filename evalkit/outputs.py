"""Replay outputs: JSON Lines, one `{"id": ..., "output": ...}` per golden item.

Problems are collected, each with its line number; every line that is fine is kept, so one bad
line never costs the scores of the others.
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import Problem, did_you_mean, read_user_bytes
from .suite import Suite


def load_outputs(path: str | Path, suite: Suite) -> tuple[dict[str, str], list[Problem]]:
    """Read a replay file. Returns the usable outputs by item id and the problems met."""
    path = Path(path)
    raw = read_user_bytes(path, "outputs file not found", "a JSON Lines file").removeprefix(b"\xef\xbb\xbf")

    known = {item.id for item in suite.items}
    outputs: dict[str, str] = {}
    first_line: dict[str, int] = {}
    problems: list[Problem] = []
    for n, line_bytes in enumerate(raw.splitlines(), start=1):
        if not line_bytes.strip():
            continue
        try:
            line = line_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(path, f"not UTF-8 text (byte {exc.start})", line=n))
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(path, f"invalid JSON: {exc.msg} at column {exc.colno}", line=n))
            continue
        except RecursionError:
            problems.append(Problem(path, "invalid JSON: nested too deep", line=n))
            continue
        if not isinstance(record, dict):
            problems.append(Problem(path, f"expected an object {{\"id\": ..., \"output\": ...}}, found {type(record).__name__}", line=n))
            continue
        item_id = record.get("id")
        if isinstance(item_id, int) and not isinstance(item_id, bool):
            item_id = str(item_id)
        if not isinstance(item_id, str) or not item_id:
            problems.append(Problem(path, "missing or empty \"id\"", line=n))
            continue
        if _has_surrogate(item_id):
            problems.append(Problem(path, "\"id\" holds a lone surrogate escape (\\ud800-\\udfff), which is no character", line=n))
            continue
        if item_id not in known:
            problems.append(Problem(path, f"unknown id '{item_id}'{did_you_mean(item_id, known)}; not in suite '{suite.name}'", line=n, item=item_id))
            continue
        if item_id in first_line:
            problems.append(Problem(path, f"duplicate id '{item_id}' (first on line {first_line[item_id]}); keeping the first", line=n, item=item_id))
            continue
        output = record.get("output")
        if not isinstance(output, str):
            what = "missing" if "output" not in record else f"not text ({type(output).__name__})"
            problems.append(Problem(path, f"\"output\" is {what}", line=n, item=item_id))
            continue
        if _has_surrogate(output):
            # "\ud800" escapes to a half of a character that no file can hold: the results would not save
            problems.append(Problem(path, "\"output\" holds a lone surrogate escape (\\ud800-\\udfff), "
                                          "which is no character", line=n, item=item_id))
            continue
        first_line[item_id] = n
        if not output.strip():
            problems.append(Problem(path, "empty output; scored as an empty answer", line=n, item=item_id, severity="warning"))
        outputs[item_id] = output
    if not outputs and not problems:
        problems.append(Problem(path, "the file holds no outputs"))
    return outputs, problems


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def missing_items(suite: Suite, outputs: dict[str, str], path: Path) -> list[Problem]:
    """One warning naming the golden items that have no output (they are left out of the rates)."""
    missing = [item.id for item in suite.items if item.id not in outputs]
    if not missing:
        return []
    shown = ", ".join(missing[:12]) + (f", … ({len(missing) - 12} more)" if len(missing) > 12 else "")
    return [Problem(path, f"{len(missing)} of {len(suite.items)} golden items have no output and are left out "
                          f"of the scores: {shown}", severity="warning")]
