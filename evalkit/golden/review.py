"""Reviewing drafted items one by one: accept, edit (in $EDITOR), reject, skip, quit.

Each decision is written to the file at once (atomically), so a review can stop anywhere and
resume later with the drafts still left. Accepted items get `status: accepted` (an edited item is
accepted as edited); rejected ones `status: rejected` (kept in the file, never evaluated)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from ..errors import InputError, Problem, read_user_text
from ..store import write_text_atomic
from ..suite import suite_from_data
from ..yamlfile import load_core, load_yaml_with_lines, parse_yaml_with_lines
from .writer import dump_yaml

CHOICES = {"a": "accept", "e": "edit", "r": "reject", "s": "skip", "q": "quit"}


@dataclass
class Tally:
    accepted: int = 0
    edited: int = 0
    rejected: int = 0
    skipped: int = 0
    left: int = 0       # drafts still to review after this session


def _header(text: str) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


def review_file(path: Path, choose: Callable[[dict, int, int], str], edit: Callable[[str], str | None],
                say: Callable[[str], None]) -> Tally:
    """Walk the drafts of a suite file. `choose(item, n, total)` returns one of CHOICES' keys;
    `edit(text)` returns the edited YAML of an item (None when the editor made no change)."""
    path = Path(path)
    data, lines = load_yaml_with_lines(path)
    suite_from_data(data, lines, path)  # a located error before any question is asked
    header = _header(read_user_text(path, "file not found", "a suite file"))
    items = data["items"]
    drafts = [i for i, item in enumerate(items) if isinstance(item, dict) and item.get("status") == "draft"]
    tally = Tally()

    def save() -> None:
        text = header + dump_yaml(data)
        parsed, new_lines = parse_yaml_with_lines(text, path)
        suite_from_data(parsed, new_lines, path)
        write_text_atomic(path, text)

    for n, index in enumerate(drafts, start=1):
        item = items[index]
        while True:
            choice = (choose(item, n, len(drafts)) or "").strip().lower()[:1]
            if choice not in CHOICES:
                say(f"choose one of: {', '.join(f'{k} {v}' for k, v in CHOICES.items())}")
                continue
            if choice == "e":
                edited = _edit(item, edit, say)
                if edited is None:
                    continue
                items[index] = edited
                try:
                    save()
                except InputError as exc:
                    items[index] = item
                    say("not saved: " + "; ".join(p.message for p in exc.problems))
                    continue
                tally.edited += 1
                tally.accepted += 1
                break
            if choice == "a":
                item["status"] = "accepted"
                save()
                tally.accepted += 1
            elif choice == "r":
                item["status"] = "rejected"
                save()
                tally.rejected += 1
            elif choice == "s":
                tally.skipped += 1
            break
        if choice == "q":
            break
    tally.left = sum(1 for item in items if isinstance(item, dict) and item.get("status") == "draft")
    return tally


def _edit(item: dict, edit: Callable[[str], str | None], say: Callable[[str], None]) -> dict | None:
    shown = {k: v for k, v in item.items() if k != "status"}
    text = edit(dump_yaml(shown))
    if text is None:
        say("no change made in the editor; the item is as it was")
        return None
    try:
        new = load_core(text)
    except yaml.YAMLError as exc:
        say(f"the edited item is not valid YAML ({str(exc).splitlines()[0]}); the item is as it was")
        return None
    if not isinstance(new, dict):
        say("the edited item must be a mapping of keys (id, question, answer, ...); the item is as it was")
        return None
    new.pop("status", None)
    return {**new, "status": "accepted"}


def run_editor(text: str, editor: str | None) -> str | None:
    """`text` edited in the user's editor ($VISUAL / $EDITOR); None when it came back unchanged."""
    import click

    try:
        edited = click.edit(text, editor=editor, extension=".yaml", require_save=True)
    except click.ClickException as exc:
        raise InputError([Problem(Path(editor or "$EDITOR"), f"could not run the editor: {exc.format_message()}")]) from None
    return None if edited is None or edited == text else edited
