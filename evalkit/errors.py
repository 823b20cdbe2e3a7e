"""Located input problems: every user mistake names the file, the line and the item."""
from __future__ import annotations

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


def read_user_text(path: Path, missing: str, expected: str) -> str:
    """A user's text file, or an InputError saying plainly why it cannot be read.

    `missing` is the message for a file that does not exist ("file not found"); `expected` names
    what should be there instead of a directory ("a YAML file")."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(path, missing)]) from None
    except IsADirectoryError:
        raise InputError([Problem(path, f"is a directory, expected {expected}")]) from None
    except UnicodeDecodeError as exc:
        raise InputError([Problem(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]) from None


def did_you_mean(word: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
