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


def did_you_mean(word: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
