"""Writing a drafted suite: documents placed in the suite's folder, the file validated as a suite
before it is written, written atomically, and reviewed or hand-written items never overwritten
without `force`."""
from __future__ import annotations

import os
from pathlib import Path

import yaml

from ..errors import InputError, Problem
from ..store import write_text_atomic
from ..suite import suite_from_data
from ..yamlfile import load_yaml_with_lines
from .documents import SourceDocument

HEADER = ("# Drafted by `evalkit golden draft` ({drafter}). Every item is `status: draft` until reviewed:\n"
          "#   evalkit golden review {path}\n"
          "# run, score, drift, gate and the pytest plugin use only accepted (and hand-written) items,\n"
          "# unless --include-drafts. `quote` is the source span each item was drawn from.\n")


def reviewed_items(path: Path) -> list[str]:
    """Ids of the items of an existing suite file that a person wrote or reviewed (no status, or
    accepted / rejected). An unreadable file counts as one: it may be someone's work."""
    try:
        data, _ = load_yaml_with_lines(path)
    except InputError:
        return ["(the file is not a readable suite)"]
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return ["(the file is not a suite)"] if data is not None else []
    return [str(i.get("id", f"#{n + 1}")) if isinstance(i, dict) else f"#{n + 1}"
            for n, i in enumerate(items) if not (isinstance(i, dict) and i.get("status") == "draft")]


def place_documents(docs: list[SourceDocument], out: Path, force: bool) -> dict[str, str]:
    """Each document's path relative to the suite: a Markdown or text file already inside the
    suite's folder is named in place; any other is written (as text) to docs/<id>.md there."""
    root = out.parent.resolve()
    paths: dict[str, str] = {}
    problems: list[Problem] = []
    pending: list[tuple[Path, str]] = []
    for d in docs:
        src = d.path.resolve()
        if d.is_text_file and src.is_relative_to(root):
            paths[d.id] = src.relative_to(root).as_posix()
            continue
        target = root / "docs" / f"{d.id}.md"
        text = d.text if d.text.endswith("\n") else d.text + "\n"
        if target.exists() and not force:
            try:
                same = target.read_text(encoding="utf-8") == text
            except (OSError, UnicodeDecodeError):
                same = False
            if not same:
                problems.append(Problem(target, f"exists with other content; the text of {d.path} would replace "
                                                "it (use --force, or another --out folder)"))
                continue
        pending.append((target, text))
        paths[d.id] = target.relative_to(root).as_posix()
    if problems:
        raise InputError(problems)
    for target, text in pending:
        write_text_atomic(target, text)
    return paths


def write_suite(data: dict, docs: list[SourceDocument], out: Path, *, force: bool = False,
                drafter: str = "extractive") -> Path:
    out = Path(out)
    if out.exists():
        if out.is_dir():
            raise InputError([Problem(out, "is a folder; --out names the suite file (golden/<name>/suite.yaml)")])
        kept = reviewed_items(out)
        if kept and not force:
            shown = ", ".join(kept[:8]) + (" …" if len(kept) > 8 else "")
            raise InputError([Problem(out, f"holds {len(kept)} reviewed or hand-written item(s) ({shown}); "
                                           "a draft would overwrite them. Use --force, or another --out")])
    paths = place_documents(docs, out, force)
    data = {**data, "documents": [{**d, "path": paths[d["id"]]} for d in data["documents"]]}
    text = HEADER.format(drafter=drafter, path=out.as_posix()) + dump_yaml(data)
    # what is written must load as a suite: checked against the real paths before writing
    from ..yamlfile import parse_yaml_with_lines

    parsed, lines = parse_yaml_with_lines(text, out)
    suite_from_data(parsed, lines, out)
    os.makedirs(out.parent, exist_ok=True)
    write_text_atomic(out, text)
    return out


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
