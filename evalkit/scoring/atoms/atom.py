"""The atom and the character mask that the extraction stages share."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..text import fold  # noqa: F401  (the atoms' name keys fold by it; text.squash too)


@dataclass(frozen=True, slots=True)
class Atom:
    """One checkable fact in a text. `key` is what two atoms compare by."""

    kind: str  # quantity | number | year | quarter | date | time | entity | code
    text: str  # the surface form, text[start:end]
    key: str
    value: float | None = None
    high: float | None = None  # upper end of a range ("5-7 days": value 5, high 7)
    unit: str | None = None
    start: int = 0
    end: int = 0
    approx: bool = False  # qualified by "about", "nearly", "over", "~", ... (key unaffected)
    # a range written "from X to Y" ("rises from €220 to €250"): where something starts and where it
    # ends, each a value the text gives; "5-7 days", "between 5 and 7" give an interval, neither end
    from_to: bool = False
    # a value written as a rounding ("about 6 miles", "just under 13 weeks"): "around" on either
    # side of the value it rounds, "below" it ("nearly", "almost", "just under"), "above" ("just over")
    hedge: str | None = None
    # a bare number written as part of a name ("Grade 7", "Studio 3"): it says which one, it is no
    # amount, so it gives no value in a unit ("7 days"); it takes no part in comparing atoms
    label: bool = field(default=False, compare=False)
    # a name written as a modifier between a determiner and a lower-case noun ("the North American
    # cluster"): an adjective of a place it may be, which names the place (`aliases.place_forms`)
    modifier: bool = field(default=False, compare=False)


def is_year_like(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1900 <= int(s) <= 2099


class Mask:
    """Characters already used by an atom (or a skipped span)."""

    def __init__(self, n: int):
        self.used = bytearray(n)

    def free(self, start: int, end: int) -> bool:
        return self.used.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self.used[start:end] = b"\x01" * (end - start)


def make_atom(text: str, kind: str, key: str, start: int, end: int, **kw) -> Atom:
    return Atom(kind=kind, text=text[start:end], key=key, start=start, end=end, **kw)
