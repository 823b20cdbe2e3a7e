"""Located input problems: every user mistake names the file, the line and the item."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file. `line` is 1-based; `item` is an item or document id."""

    file: Path
    message: str
    line: int | None = None
    item: str | None = None
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = str(self.file) + (f":{self.line}" if self.line else "")
        who = f" item '{self.item}':" if self.item else ""
        return f"{where}:{who} {self.message}"


class InputError(Exception):
    """Raised with every problem found, so the user fixes them all in one pass."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):  # rebuilt from its problems when a scoring process sends it back
        return (type(self), (self.problems,))


MAX_USER_FILE_BYTES = 256 * 2**20  # suites, configs, outputs, baselines: far above any real one


def file_kind(path: Path) -> str | None:
    """What is at `path` when it is not a regular file ("a directory", "a FIFO"...), else None;
    raises FileNotFoundError, or OSError/ValueError for names that cannot be a path at all."""
    import stat

    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return None
    return ("a directory" if stat.S_ISDIR(mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(mode)
            else "a character device" if stat.S_ISCHR(mode) else "a block device" if stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")


def read_user_bytes(path: Path, missing: str, expected: str, limit: int = MAX_USER_FILE_BYTES) -> bytes:
    """A user's file as bytes, or an InputError: missing, not a regular file (a directory, a FIFO,
    /dev/zero), unreadable, or larger than `limit`, whose reading would never end."""
    try:
        kind = file_kind(path)
        if kind:
            raise InputError([Problem(path, f"is {kind}, expected {expected}")])
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise InputError([Problem(path, missing)]) from None
    except ValueError:  # a NUL byte in the name
        raise InputError([Problem(Path(repr(str(path))), f"not a usable file name, expected {expected}")]) from None
    except OSError as exc:
        raise InputError([Problem(path, f"cannot be read: {exc.strerror or exc}")]) from None
    if len(data) > limit:
        raise InputError([Problem(path, f"larger than {limit // 2**20} MiB, expected {expected}")])
    return data


def read_user_text(path: Path, missing: str, expected: str) -> str:
    """A user's text file, or an InputError saying plainly why it cannot be read.

    `missing` is the message for a file that does not exist ("file not found"); `expected` names
    what should be there instead of a directory ("a YAML file"). A leading BOM is dropped."""
    data = read_user_bytes(path, missing, expected)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError([Problem(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]) from None


def save_traceback(exc: BaseException) -> str:
    """Write the traceback of an unexpected exception to a temp file; its path (or where not)."""
    import sys
    import tempfile
    import traceback

    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        fd, path = tempfile.mkstemp(prefix="evalkit-crash-", suffix=".txt")
        with open(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(f"evalkit {' '.join(sys.argv[1:])}\n\n{text}")
        return path
    except OSError:
        return "nowhere (the temp folder is not writable)"


def bug_message(exc: BaseException) -> str:
    """The one line an entry point (CLI, pytest plugin) says about an unexpected exception, after
    saving its traceback: that it is a bug, what it was, and where the traceback is."""
    return (f"internal error (a bug in evalkit, please report it): {type(exc).__name__}: {str(exc)[:200]}; "
            f"traceback saved to {save_traceback(exc)}")


def read_user_json(path: Path, missing: str, expected: str, shape: type | None = dict):
    """A user's JSON file (results, baselines, run records) through `read_user_text` (BOM, file type,
    size cap), or an InputError: invalid JSON at its line, nesting too deep, a number too long, or
    a top level that is not `shape` (an object by default; None accepts any)."""
    return parse_user_json(path, read_user_text(path, missing, expected), expected, shape)


def parse_user_json(path: Path, text: str, expected: str, shape: type | None = dict):
    """`text` read from `path` as JSON, with the located errors of `read_user_json`."""
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Problem(path, f"invalid JSON: {exc.msg} at column {exc.colno}", line=exc.lineno)]) from None
    except RecursionError:
        raise InputError([Problem(path, f"invalid JSON: nested too deeply, expected {expected}")]) from None
    except ValueError as exc:   # an integer of more digits than Python converts
        raise InputError([Problem(path, f"invalid JSON: a number too long ({str(exc)[:80]})")]) from None
    if shape is not None and not isinstance(data, shape):
        found = {list: "a list", str: "a string", dict: "an object", type(None): "null", bool: "true or false",
                 int: "a number", float: "a number"}.get(type(data), type(data).__name__)
        raise InputError([Problem(path, f"expected {expected} (a JSON object), found {found}", line=1)])
    return data


def did_you_mean(word: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


# --------------------------------------------------------------------------------------------
# User text shown to people: ids, questions, answers, reasons and labels are untrusted.
# --------------------------------------------------------------------------------------------

# Bidirectional overrides and isolates (U+202A-202E, U+2066-2069) reorder what is displayed, so an
# answer can show "Verdict: PASS" that is not there; they are shown as their escape instead.
_BIDI = {c: f"\\u{c:04x}" for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
# C0 controls (ESC clears screens, CR overwrites lines) but tab and newline, DEL, and C1 controls.
_CONTROLS = [c for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if c not in (0x09, 0x0A)]
_VISIBLE = {**_BIDI, **{c: f"\\x{c:02x}" for c in _CONTROLS}}
_STRIPPED = {**_BIDI, **dict.fromkeys(_CONTROLS)}


def _surrogates_visible(text: str) -> str:
    # a lone surrogate (from JSON "\ud800") cannot be encoded, so it cannot be printed or written
    return text.encode("utf-8", "backslashreplace").decode("utf-8") if any(
        "\ud800" <= ch <= "\udfff" for ch in text) else text


def visible_controls(value) -> str:
    """Text with every control character (ESC, CR, NUL, C1) and bidi override shown as its escape
    (`\\x1b`, `\\u202e`): for renderers that escape markup themselves (HTML, Markdown)."""
    return _surrogates_visible("" if value is None else str(value)).translate(_VISIBLE)


def terminal_text(value) -> str:
    """User text made safe to print with rich: control characters (ESC, C1) removed, bidi
    overrides shown as `\\u202e`, lone surrogates as `\\udc80`, and rich markup escaped, so an id
    `[/bold]` prints as itself instead of crashing and `[link=...]` makes no hyperlink."""
    from rich.markup import escape

    return escape(_surrogates_visible("" if value is None else str(value)).translate(_STRIPPED))


def explain_validation_error(err: dict, fields: list[str]) -> str:
    """Turn one pydantic error into a sentence the author of a YAML file understands."""
    loc = err["loc"]
    field = ".".join(str(p) for p in loc) or "entry"
    kind = err["type"]
    if kind == "extra_forbidden":
        return f"unknown key '{loc[-1]}'{did_you_mean(loc[-1], fields)}"
    if kind == "missing":
        return f"'{field}' is missing"
    if kind == "string_too_short":
        return f"'{field}' is empty"
    if kind == "model_type":
        return f"expected a mapping of keys ({', '.join(fields)}), found {type(err.get('input')).__name__}"
    if kind == "literal_error":
        return f"'{field}' must be one of {err['ctx']['expected']}, not {err.get('input')!r}"
    if kind in ("string_type", "bool_type", "bool_parsing", "tuple_type"):
        expected = {"string_type": "text", "bool_type": "true or false", "bool_parsing": "true or false",
                    "tuple_type": "a list"}[kind]
        return f"'{field}' must be {expected}, not {err.get('input')!r}"
    return f"'{field}': {err['msg']}"
