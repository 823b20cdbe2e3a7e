"""A value worked out from two others that the same sentence states, by one operation:

- their difference or sum, in one unit ("960 MB at peak versus 840 MB, so 120 MB more");
- a count of a measure ("4 lengths of the 25-metre pool: 100 metres");
- a share of an amount ("50% of the £28 fee, so £14");
- the share one amount is of another ("0.05 mg/kg, half the dog dose of 0.1 mg/kg").

The answer shows its working, so the result is checked by doing the sum, to the precision it is
written with ("a third of £10" is "£3.33"). Each operand must be a value the evidence gives: the
caller passes only those. Plain numbers and counted nouns are not added or subtracted ("3 and 2
make 5" states nothing), a count only multiplies a measure.
"""
from __future__ import annotations

import re
from itertools import permutations

from .atom import Atom
from .units import FRACTION, dimension, is_measure, per_period

_SHARES = frozenset({"%", FRACTION})
_DIGITS_RE = re.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")


def worked_out(atom: Atom, operands: list[Atom]) -> bool:
    """`atom` is the difference, sum, product or share of two of `operands` (values the same
    sentence states and the evidence gives)."""
    if atom.value is None or atom.high is not None or atom.kind not in ("quantity", "number"):
        return False
    values = [o for o in operands if o is not atom and o.value is not None and o.high is None
              and o.kind in ("quantity", "number")]
    return any(_makes(atom, x, y) for x, y in permutations(values, 2))


def _makes(atom: Atom, x: Atom, y: Atom) -> bool:
    unit = _unit(atom)
    if _amount(atom) and _unit(x) == _unit(y) == unit:
        return _equal(atom, x.value - y.value) or _equal(atom, x.value + y.value)
    if _amount(atom) and _unit(y) == unit:
        if _count(x):
            return _equal(atom, x.value * y.value)   # "4 lengths" of "25 metres"
        if _unit(x) in _SHARES:
            return _equal(atom, _share(x) * y.value)   # "50%" of "£28"
    if unit in _SHARES and _amount(x) and _unit(x) == _unit(y) and y.value:
        return _equal(atom, 100 * x.value / y.value if unit == "%" else x.value / y.value)
    return False


def _unit(a: Atom) -> str:
    """The unit sums are done in: a rate's amount, as answers leave the period out ("£36 a year,
    £28 less than the £64 rent")."""
    return (per_period(a.unit) or a.unit or "").casefold()


def _amount(a: Atom) -> bool:
    """An amount of something measured (money, memory, length, time): a thing sums can be done in."""
    return bool(a.unit) and a.unit not in _SHARES and (is_measure(a.unit) or dimension(a.unit) is not None)


def _count(a: Atom) -> bool:
    """A whole number of things: "4 lengths", "3 visits", "4"."""
    return (a.value == int(a.value) and a.value > 0
            and (a.unit is None or not (is_measure(a.unit) or dimension(a.unit) is not None)))


def _share(a: Atom) -> float:
    return a.value / 100 if a.unit == "%" else a.value


def _equal(atom: Atom, computed: float) -> bool:
    """`computed` rounds to `atom` as written: to its last written digit ("£3.33" for a third of
    £10), or exactly when it is written in words."""
    m = _DIGITS_RE.search(atom.text)
    tolerance = 1e-9 * max(abs(computed), 1.0)
    if m:
        written = float(m.group(0).replace(",", ""))
        scale = atom.value / written if written else 1.0
        tolerance += 0.5 * 10 ** -len(m.group(1) or "") * abs(scale)
    return abs(computed - atom.value) <= tolerance
