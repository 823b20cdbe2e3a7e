"""YAML loading that remembers where each value came from, for located errors."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Problem, read_user_text

Loc = tuple  # path of keys / indexes from the document root


class CoreLoader(yaml.SafeLoader):
    """YAML 1.2's core schema instead of PyYAML's YAML 1.1: `14:00`, `yes`, `no`, `on`, `off`,
    `2026-03-01` and `0755` stay text. Under 1.1 they are 840, True, False, True, False, a date and
    493, so a reference answer written `answer: 14:00` or `answer: no` would not be what its author
    wrote. Numbers (`42`, `-1.5`, `1e3`, `0x1F`), `true`/`false` and `null`/`~` are read as before."""


CoreLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
        ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        ("int", r"^(?:[-+]?(?:0|[1-9][0-9]*)|0x[0-9a-fA-F]+|0o[0-7]+)$", "-+0123456789"),
        ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
                  r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+.0123456789"),
        ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
        ("merge", r"^(?:<<)$", "<")):
    CoreLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


class WrittenInt(int):
    """A YAML integer that keeps the text it was written as (`as_written`)."""
    written: str


class WrittenFloat(float):
    """A YAML float that keeps the text it was written as: `answer: 6.` is 6.0 to YAML, "6." to its
    author."""
    written: str


_WRITTEN = {"tag:yaml.org,2002:int": WrittenInt, "tag:yaml.org,2002:float": WrittenFloat}


def as_written(value: Any) -> Any:
    """A number read by `parse_yaml_with_lines` as the text its author typed, for a field that
    holds text (`answer: 18`, `id: 007`); anything else unchanged."""
    return value.written if isinstance(value, (WrittenInt, WrittenFloat)) else value


def load_core(text: str) -> Any:
    """`yaml.safe_load` under the core schema (see CoreLoader), for text a user typed."""
    return yaml.load(text, Loader=CoreLoader)  # noqa: S506 - CoreLoader is a SafeLoader


def load_yaml_with_lines(path: Path) -> tuple[Any, dict[Loc, int]]:
    """Parse a YAML file into plain data plus a map from each value's location to its 1-based line.

    Raises InputError (never a bare YAML traceback) for unreadable files and syntax errors.
    """
    return parse_yaml_with_lines(read_user_text(path, "file not found", "a YAML file"), path)


def parse_yaml_with_lines(text: str, path: Path) -> tuple[Any, dict[Loc, int]]:
    loader = None
    try:
        loader = CoreLoader(text)
        node = loader.get_single_node()
        lines: dict[Loc, int] = {}
        data = None
        if node is not None:
            limit = max(MAX_EXPANDED_VALUES, 2 * _distinct_nodes(node))
            data = _Builder(loader, lines, limit).build(node, ())
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


# An alias shares its anchor's value rather than copying it; still, a "billion laughs" file makes
# a structure that every later step (validation, scoring) would walk in full, so the values a
# file expands to are capped at this many, or twice its own nodes, whichever is larger.
MAX_EXPANDED_VALUES = 200_000


def _distinct_nodes(root: yaml.Node) -> int:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return len(seen)


class _Builder:
    """Constructs plain data from a node graph, each node once (aliases share the value), recording
    the line of each location and rejecting duplicate keys and alias bombs with their line."""

    def __init__(self, loader: CoreLoader, lines: dict[Loc, int], limit: int):
        self.loader, self.lines, self.limit = loader, lines, limit
        self.done: dict[int, tuple[Any, int]] = {}  # id(node) -> (value, expanded size)

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        return self._construct(node, loc)[0]

    def _construct(self, node: yaml.Node, loc: Loc) -> tuple[Any, int]:
        self.lines.setdefault(loc, node.start_mark.line + 1)
        if id(node) in self.done:
            return self.done[id(node)]
        loader = self.loader
        if isinstance(node, yaml.MappingNode):
            _check_duplicate_keys(loader, node)
            loader.flatten_mapping(node)  # resolves YAML merge keys (<<); explicit keys override merged ones
            out: dict[Any, Any] = {}
            size = 1
            for key_node, value_node in node.value:
                key = loader.construct_object(key_node, deep=True)
                if not isinstance(key, (str, int, float, bool)) and key is not None:
                    raise yaml.constructor.ConstructorError(
                        None, None, "a mapping key must be a plain value", key_node.start_mark
                    )
                out[key], n = self._construct(value_node, loc + (key,))
                self.lines[loc + (key,)] = key_node.start_mark.line + 1
                size += n
            value: Any = out
        elif isinstance(node, yaml.SequenceNode):
            value, size = [], 1
            for i, child in enumerate(node.value):
                v, n = self._construct(child, loc + (i,))
                value.append(v)
                size += n
        else:
            value, size = loader.construct_object(node, deep=True), 1
            if node.tag in _WRITTEN and not isinstance(value, bool):
                value = _WRITTEN[node.tag](value)
                value.written = node.value
        if size > self.limit:
            raise yaml.constructor.ConstructorError(
                None, None, f"aliases expand this value to more than {self.limit:,} values "
                "(an alias bomb?); write the data out instead", node.start_mark)
        self.done[id(node)] = (value, size)
        return value, size


def _check_duplicate_keys(loader: CoreLoader, node: yaml.MappingNode) -> None:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(key_node, yaml.ScalarNode):
            continue
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            first = seen.get(key)
        except TypeError:  # unhashable: reported as a bad key later
            continue
        if first is None:
            seen[key] = line
        else:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first on line {first}); a key may appear once",
                key_node.start_mark)


def line_of(lines: dict[Loc, int], loc: Loc) -> int | None:
    """The line of `loc`, or of its nearest located parent."""
    loc = tuple(loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get(())
