"""YAML loading that remembers where each value came from, for located errors."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Problem, read_user_text

Loc = tuple  # path of keys / indexes from the document root


def load_yaml_with_lines(path: Path) -> tuple[Any, dict[Loc, int]]:
    """Parse a YAML file into plain data plus a map from each value's location to its 1-based line.

    Raises InputError (never a bare YAML traceback) for unreadable files and syntax errors.
    """
    return parse_yaml_with_lines(read_user_text(path, "file not found", "a YAML file"), path)


def parse_yaml_with_lines(text: str, path: Path) -> tuple[Any, dict[Loc, int]]:
    loader = None
    try:
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
        lines: dict[Loc, int] = {}
        data = _construct(loader, node, (), lines) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        msg = " ".join(filter(None, [exc.context, exc.problem])) or "invalid YAML"
        raise InputError([Problem(path, f"invalid YAML: {msg}", line=line)]) from None
    except yaml.YAMLError as exc:  # reader errors (control characters) carry no mark
        raise InputError([Problem(path, f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise InputError([Problem(path, "invalid YAML: nesting too deep")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, lines


def _construct(loader: yaml.SafeLoader, node: yaml.Node, loc: Loc, lines: dict[Loc, int]) -> Any:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolves YAML merge keys (<<)
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                )
            out[key] = _construct(loader, value_node, loc + (key,), lines)
            lines[loc + (key,)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(loader, child, loc + (i,), lines) for i, child in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def line_of(lines: dict[Loc, int], loc: Loc) -> int | None:
    """The line of `loc`, or of its nearest located parent."""
    loc = tuple(loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get(())
