"""A value worked out from two others that the same sentence states, by one operation:

- their difference or sum, in one unit or units of one measure ("960 MB at peak versus 840 MB, so
  120 MB more", "1.2 kg, 400 g more than the 800 g");
- a count of a measure ("4 lengths of the 25-metre pool: 100 metres");
- a rate over a length of what it is per ("£845 a month comes to £10,140 over 12 months"; the rate
  may be one the evidence gives where the sentence gives the length: `total_over`);
- a share of an amount ("50% of the £28 fee, so £14"), or the amount less or plus that share ("€164, or
  €147.60 once the 10% discount is taken off", "£500, so £600 with 20% VAT");
- the share one amount, or percentage, is of another ("0.05 mg/kg, half the dog dose of 0.1 mg/kg",
  "a 5% rise, half of the 10% asked"; of two counts of one thing, "75%, that is 30 out of 40"), or by which
  it differs from it ("5.2 t/ha, 8% more than the 4.8 t/ha of the other"); a share in words hedged
  to one side is the simple share nearest the ratio of two values of one kind, on that side ("0.17
  per pair, a little over half the 0.30": `compare.nearest_share`).

`times_of` is a multiple an answer gives of two values it states ("4.2 seconds, more than twenty
times the 180 ms"), honouring its hedge or bound: "roughly four times" is 3.96 rounded to the
place of its last non-zero digit, "more than twenty times" any multiple above twenty.

`rest_of` is the share left when another is taken off the whole ("pay three fifths of the fare,
40% off"); the caller reads that the other is taken off.

`share_of` is a value an answer gives as a share of an amount it states, without working it out
("a third of the £240,000 pot" for £80,000; a hedged share in words on its side: "a little over half
of the 40" for 22, `compare.nearest_share`).

`restates` is one of the values given in another unit of its kind, a conversion set beside it ("6 kg
(roughly 13 lb)", "35.6 °F and 46.4 °F (2-8 °C)"): the value times a constant, to its written
precision.

`apart` is the size of a change the answer gives where the evidence gives its two ends ("half an
hour earlier" where it says "at 16:00 instead of 16:30"), or the length of time between two years
("seven years later" of 1831 and 1838) or two days' dates ("two weeks later" of 1 and 15 December),
or how many more one count is than another of the same things ("74 call-outs, 13 more than the
61": a count the caller reads as compared, not two counts added for their own sake).

`total_of` is a total an answer says is one ("84 were recorded in all", "£244 in all: £184, £24 and
£36"): the sum of two or more values it states, in one unit or units of one measure, or counts of
things when the total is a count ("46 singers and 9 companions, 55 people in all"); the caller
reads the words that say it is a total.

`shifted` is a time of day or a day's date that is another moved by a length of time ("16 February",
two weeks before 2 March; "09:15", 45 minutes after 08:30; "28 September 2029", three years on
from 28 September 2026: whole months and years move it on the calendar).

Percentages are added and subtracted in percentage points ("up 2.3 percentage points to 41.2%" from
38.9%; "80 basis points under" 42.0%): a point, or a basis point (a hundredth of one), is the one
unit a difference of two percentages is given in (`_points`).

The answer shows its working, so the result is checked by doing the sum, to the precision it is
written with ("a third of £10" is "£3.33"). Each operand must be a value the evidence gives (the
caller passes those as `given`), except the period a rate per unit of time is taken over: "over
twelve months at that rate" is the answer's own working, not a fact of the documents, and that
period is given by the working itself (`over_length`). A length of anything else is a thing's own
("a 6 kg cat" at 0.05 mg/kg): the evidence must give it. Plain numbers and counted nouns are not
added or subtracted ("3 and 2 make 5" states nothing), a count only multiplies a measure or, said
to be more or fewer than another, is how far apart two counts are (`apart`); a bare number is the
other end of a difference in a unit written once ("3 years old, two years younger than Tashi, who
is five").
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import combinations, permutations

from .atom import Atom
from .compare import calendar_fields, nearest_share, on_hedged_side
from .units import CANONICAL_UNITS, FRACTION, convert, dimension, is_measure, per_period, per_unit

_SHARES = frozenset({"%", FRACTION})
_DIGITS_RE = re.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")


def worked_out(atom: Atom, given: list[Atom], stated: list[Atom] = ()) -> bool:
    """`atom` is the difference, sum, product or share of two of `given` (values the same sentence
    states and the evidence gives), or a rate of `given` over a length the sentence states
    (`stated`: all its values)."""
    if not _single(atom):
        return False
    values = [o for o in given if o is not atom and _single(o)]
    periods = [o for o in stated if o is not atom and _single(o) and _is_period(o)]
    return (any(_makes(atom, x, y) for x, y in permutations(values, 2))
            or any(_over(atom, x, y) for y in values for x in periods if x is not y))


def times_of(atom: Atom, given: list[Atom], side: str | None = None) -> bool:
    """`atom` ("twenty times", unit "x") is how many times one of `given` is another of one kind
    (both converted to one unit): exactly to its written precision; rounded at the place of its
    last non-zero digit when hedged ("roughly four times" for 3.96, on the hedge's side); beyond
    it on the bound's side (`side`: "min" for "more than twenty times", "max" for "less than")."""
    if not _single(atom) or atom.unit != "x" or not atom.value:
        return False
    values = [o for o in given if o is not atom and _single(o) and o.unit and o.unit not in _SHARES]
    ratios = [x.value / y for x, y in ((x, convert(y.value, y.unit, x.unit)) for x, y in permutations(values, 2)) if y]
    return any(_multiple(atom, r, side) for r in ratios)


def _multiple(atom: Atom, ratio: float, side: str | None) -> bool:
    if side == "min":
        return ratio > atom.value
    if side == "max":
        return ratio < atom.value
    if atom.hedge is None:
        return _equal(atom, ratio)
    digits = f"{atom.value:g}".replace(".", "").rstrip("0")
    place = 10.0 ** (len(f"{int(atom.value)}") - len(digits)) if digits else 1.0
    on_side = on_hedged_side(atom.hedge, ratio, atom.value)
    return on_side and abs(ratio - atom.value) <= place / 2


def restates(atom: Atom, given: list[Atom]) -> bool:
    """`atom` is one of `given`, or an end of a range of them, in another unit of one kind ("13 lb"
    for "6 kg", "35.6 °F" for the 2 of "2-8 °C"), to `atom`'s written precision."""
    if not _single(atom) or not atom.unit or dimension(atom.unit) is None:
        return False
    for o in given:
        if o is atom or not o.unit or o.unit == atom.unit or dimension(o.unit) != dimension(atom.unit):
            continue
        ends = [convert(v, o.unit, atom.unit) for v in (o.value, o.high) if v is not None]
        if any(c is not None and _equal(atom, c) for c in ends):
            return True
    return False


# the most parts a total is looked for among (their subsets are tried: 2**8 sums at most)
_MOST_PARTS = 8


def total_of(atom: Atom, parts: list[Atom]) -> bool:
    """`atom`, said to be a total, is the sum of two or more of `parts` (values the answer's sentence
    states, each given), to `atom`'s written precision."""
    if not _single(atom):
        return False
    measured, counted, unit = _amount(atom) or _unit(atom) == "%", _count(atom), _unit(atom)
    values = []
    for p in parts:
        if p is atom or not _single(p):
            continue
        if measured:
            v = p.value if _unit(p) == unit else _converted(p, atom)
        else:
            v = p.value if counted and _count(p) else None
        if v is not None:
            values.append(v)
    values = values[:_MOST_PARTS]
    return any(_equal(atom, sum(c)) for n in range(2, len(values) + 1) for c in combinations(values, n))


def rest_of(atom: Atom, off: Atom) -> bool:
    """`atom` and `off`, two shares of one whole, make the whole ("three fifths" and "40%"): what
    is left of it when `off` is taken off, exactly to `atom`'s written precision."""
    if not (_single(atom) and _single(off)) or atom.unit not in _SHARES or off.unit not in _SHARES:
        return False
    left = 1 - _share(off)
    return _equal(atom, 100 * left if atom.unit == "%" else left)


def over_length(atom: Atom, given: list[Atom], stated: list[Atom]) -> bool:
    """`atom` is the period the answer takes a rate of `given` over, to make a value the sentence
    states (`stated`): "£10,140 over twelve months at £845 a month"."""
    return _single(atom) and _is_period(atom) and any(
        _over(z, atom, y) for y in given if y is not atom and _single(y)
        for z in stated if z is not atom and z is not y and _single(z))


def total_over(atom: Atom, rates: list[Atom], stated: list[Atom]) -> bool:
    """`atom` is one of `rates` (per a unit of time) taken over a length of time that `stated` (the
    sentence's values) gives, exactly to its written precision: "£2,400 over the twelve-month
    term" of £200 a month, "1,050 litres over a week" of 150 litres a day. The rate need not be
    written beside it: the length is the answer's own working, the total that rate's and nothing
    else's (a rate that differs by any amount makes another total)."""
    if not _single(atom) or not _amount(atom):
        return False
    periods = [x for x in stated if x is not atom and _single(x) and _is_period(x)]
    return any(_over(atom, x, y) for y in rates if _single(y) and per_period(y.unit) for x in periods)


def _is_period(a: Atom) -> bool:
    """A length of time ("twelve months", "3 days"), not a rate."""
    return per_period(a.unit) is None and dimension(a.unit) in ("clock", "calendar")


def apart(atom: Atom, x: Atom, y: Atom) -> bool:
    """`atom` is how far apart `x` and `y` are, two values of one kind: "half an hour" between
    16:00 and 16:30 (times of day), "two weeks" between 1 and 15 December (days' dates), "£5"
    between £25 and £30, "80 basis points" between 41.2% and 42.0%, "13" between 74 and 61
    call-outs (counts of one thing)."""
    if not (_single(atom) and (_amount(atom) or _points(atom) or _count(atom))) or x.high is not None or y.high is not None:
        return False
    if x.kind == y.kind == "date":   # "two weeks later" of 1 and 15 December
        days = _days_between(x, y)
        return bool(days) and days_of(atom) is not None and _equal(atom, convert(days, "day", atom.unit))
    if x.value is None or y.value is None:
        return False
    if year_of(x) is not None and year_of(y) is not None:   # "seven years later" of 1831 and 1838
        gap = convert(abs(year_of(x) - year_of(y)), "year", atom.unit) if dimension(atom.unit) == "calendar" else None
    elif x.kind == y.kind == "time":   # hours on the clock; "6:30" without am/pm may be either
        return any(_equal(atom, gap) for a in clock_readings(x) for b in clock_readings(y)
                   if (gap := convert(abs(a - b), "hour", atom.unit)) is not None and gap > 0)
    elif _points(atom):   # "230 bps" between 38.9% and 41.2%
        gap = abs(x.value - y.value) * _points(atom) if _unit(x) == _unit(y) == "%" else None
    elif x.kind == y.kind == "quantity" and x.unit and y.unit:
        ends = convert(x.value, x.unit, atom.unit), convert(y.value, y.unit, atom.unit)
        gap = None if None in ends else abs(ends[0] - ends[1])
    elif _count(atom) and _count(x) and _count(y) and len({_unit(a) for a in (atom, x, y)} - {""}) <= 1:
        # two counts of one thing, the count written once or not at all ("74 call-outs, 13 more
        # than the 61"): the comparison says the count is their difference
        gap = abs(x.value - y.value)
    else:
        return False
    return gap is not None and gap > 0 and _equal(atom, gap)


def elapsed(x: Atom, y: Atom, inclusive: bool = False, forward: bool = False) -> Atom | None:
    """The length of time between `x` and `y`, two times of day, as a quantity in hours ("4 h 25
    min" from 01:15 to 05:40), or two days' dates, in days ("just under eight weeks" from 22 August
    to 14 October 2027), for a value an answer gives it as (`compare.given_by`: exactly, or
    hedged to the step it is said in, "roughly four and a half hours"); None for anything else.
    A time written without am/pm ("6:30" may be either) is read on the 12-hour dial, from the
    earlier-written time forward ("10:00-12:30" and "11:00 to 1:30" are two and a half hours
    either way: both readings of a 12-hour time are 12 hours apart); a date without a year, in the
    year that puts it nearest the other (`_days_across`: "seventeen days after 22 December" is 8
    January 2027's). Two dates counted `inclusive` ("from 4 to 22 October inclusive") count both
    ends: 19 days. Two dates read `forward` are a span's ends, the first written its start ("from 1
    March to 31 October" is 244 days on, not the 121 back from October to March)."""
    if x.high is not None or y.high is not None:
        return None
    if x.kind == y.kind == "date":
        days = _days_on(x, y) if forward else _days_across(x, y)
        days = days + 1 if days and inclusive else days
        return None if not days else Atom(kind="quantity", text="", key=f"quantity:day:{float(days)!r}#elapsed",
                                          value=float(days), unit="day")
    if x.kind != "time" or y.kind != "time":
        return None
    if x.value is None or y.value is None or x.value == y.value:
        return None
    if "?" in x.key + y.key:
        first, then = (x, y) if x.start <= y.start else (y, x)
        hours = (then.value - first.value) % 12
        if not hours and then.value != first.value:
            hours = 12   # "10:00 to 22:00": twelve hours on, the only reading that moves
        if not hours:
            return None
        return Atom(kind="quantity", text="", key=f"quantity:hour:{hours!r}#elapsed", value=hours, unit="hour")
    hours = abs(x.value - y.value)
    return Atom(kind="quantity", text="", key=f"quantity:hour:{hours!r}#elapsed", value=hours, unit="hour")


def clock_readings(t: Atom) -> tuple[float, ...]:
    """The hours on the clock a time of day may be: a time written without am/pm ("11:30", its key
    marked "?") is either reading, the morning's or the evening's ("at 14:00 instead of 11:30" is
    two and a half hours later, "09:15, 45 minutes after 8:30")."""
    return (t.value, (t.value + 12) % 24) if "?" in t.key else (t.value,)


# The lengths a date is moved by or apart from another in: a fixed count of days (a month or a
# year is none).
_DAYS = frozenset({"day", "week"})


def shifted(atom: Atom, x: Atom, y: Atom, ways: tuple[int, ...] = (1, -1)) -> bool:
    """`atom`, a time of day or a day's date, is `x` of its kind moved either way by `y`, a length of
    time ("16 February" is 2 March less two weeks; "09:15" is 08:30 and 45 minutes): exactly; only
    on from `x` or only back, where `ways` is (1,) or (-1,). A date without a year is read in the
    other's year, or in both a common and a leap year when neither states one (either is the
    document's reading)."""
    if atom.kind != x.kind or atom.kind not in ("time", "date") or not _single(y) or not _is_period(y) \
            or atom.high is not None or x.high is not None:
        return False
    if atom.kind == "time":   # hours on the clock, round midnight; "6:30" without am/pm may be either
        hours = convert(y.value, y.unit, "hour")
        if hours is None or atom.value is None or x.value is None:
            return False
        return any(abs((b + s * hours - a + 12) % 24 - 12) < 1e-6
                   for a in clock_readings(atom) for b in clock_readings(x) for s in ways)
    days = days_of(y)
    if days is None:   # whole months or years move the date on the calendar: "three years from 28 September 2026"
        months = _months_of(y)
        return months is not None and any(_moved_by_months(atom, x, s * months) for s in ways)
    return any(shifted_by(atom, x, s * days) for s in ways)


def _months_of(a: Atom) -> int | None:
    """The whole number of calendar months length `a` is ("three years": 36); None for another."""
    months = convert(a.value, a.unit, "month") if a.unit in _CALENDAR and a.value is not None else None
    return int(months) if months is not None and months == int(months) else None


_CALENDAR = frozenset({"month", "quarter", "year"})


def _moved_by_months(atom: Atom, x: Atom, months: int) -> bool:
    """`atom` is the date `x` gives, `months` calendar months on (back, when negative): the same day
    of the month, both with their years."""
    fa, fx = calendar_fields(atom), calendar_fields(x)
    if not ({"year", "month", "day"} <= fa.keys() and {"year", "month", "day"} <= fx.keys()):
        return False
    total = fx["year"] * 12 + fx["month"] - 1 + months
    return (fa["year"], fa["month"], fa["day"]) == (total // 12, total % 12 + 1, fx["day"])


def days_of(a: Atom) -> int | None:
    """The whole number of days length `a` is ("two weeks": 14); None for another value, or a length
    in months or years (no fixed number of days)."""
    days = convert(a.value, a.unit, "day") if a.unit in _DAYS and a.value is not None else None
    return int(days) if days is not None and days == int(days) else None


def _days_between(x: Atom, y: Atom) -> int | None:
    """The days between `x` and `y`, two days' dates (a year one leaves out is the other's; both
    without one, a common year's); None when either is no day's date."""
    yx, yy = (_years(x, y) or [(None, None)])[0]
    ends = _on(x, yx), _on(y, yy)
    return None if None in ends else abs((ends[0] - ends[1]).days)


def _days_across(x: Atom, y: Atom) -> int | None:
    """The days between two days' dates as `_days_between` reads them, but a date without a year
    read in the year before or after the other's where that brings the two nearer: an answer that
    counts the days between them counts across the new year ("22 December" to "8 January 2027")."""
    readings = _years(x, y)
    if not readings:
        return None
    fx, fy = calendar_fields(x), calendar_fields(y)
    gaps = []
    for yx, yy in readings:
        for shift in ((0,) if "year" in fx and "year" in fy else (-1, 0, 1)):
            ends = (_on(x, yx + (0 if "year" in fx else shift)), _on(y, yy + (0 if "year" in fy or "year" not in fx else shift)))
            if None not in ends:
                gaps.append(abs((ends[0] - ends[1]).days))
    return min(gaps) if gaps else None


def _days_on(x: Atom, y: Atom) -> int | None:
    """The days from `x` on to `y`, the span's first-written end to its other: a date without a year
    is read in the year that puts it on or after the start ("1 November to the end of February"
    runs into the next year); None when either is no day's date or a year puts `y` first."""
    first, then = (x, y) if x.start <= y.start else (y, x)
    for yx, yy in _years(first, then) or ():
        start, end = _on(first, yx), _on(then, yy)
        if start and end and end < start:
            if "year" not in calendar_fields(then):
                end = _on(then, yy + 1)
            elif "year" not in calendar_fields(first):
                start = _on(first, yx - 1)
        if start and end and end >= start:
            return (end - start).days
    return None


def shifted_by(atom: Atom, x: Atom, lag: int) -> bool:
    """`atom` is the day's date `lag` days after `x` (before it, when negative), in a year they allow."""
    fields = calendar_fields(atom)
    for yx, yy in _years(atom, x) or ():
        start = _on(x, yy)
        moved = start + timedelta(days=lag) if start else None
        if moved and (moved.month, moved.day) == (fields["month"], fields["day"]) \
                and moved.year == fields.get("year", moved.year):
            return True
    return False


def _years(x: Atom, y: Atom) -> list[tuple[int, int]] | None:
    """The years `x` and `y`, two days' dates, are read in: their own, or the other's where one
    leaves it out; both without one, a common and a leap year (either is a reading of the
    documents). None when either is no day's date."""
    fx, fy = calendar_fields(x), calendar_fields(y)
    if not ({"month", "day"} <= fx.keys() and {"month", "day"} <= fy.keys()):
        return None
    if "year" not in fx and "year" not in fy:
        return [(2025, 2025), (2024, 2024)]
    return [(fx.get("year", fy.get("year")), fy.get("year", fx.get("year")))]


def _on(a: Atom, year: int | None) -> date | None:
    """The day `a` dates in `year`; None for none (no year, or 29 February of a common one)."""
    fields = calendar_fields(a)
    try:
        return date(year, fields["month"], fields["day"]) if year else None
    except ValueError:
        return None


def year_of(a: Atom) -> float | None:
    """The year `a` names: a year ("2021"), or a bare four-digit number, as years before 1900 are
    read ("in 1838"); None for anything else."""
    if a.kind == "year" and a.value is not None and a.high is None:
        return a.value
    return a.value if a.kind == "number" and re.fullmatch(r"[12]\d{3}", a.text) else None


def share_of(atom: Atom, share: Atom, whole: Atom) -> bool:
    """`atom` is `share` of `whole`, in `whole`'s unit: exactly, to the precision `atom` is written
    with ("a third of £240,000" is £80,000, "a quarter of" it is not), or, for a share in words
    hedged to one side, the simple share nearest `atom`'s part of `whole` on that side ("a little
    over half of the 40" for 22, not for 18)."""
    if not (_single(atom) and _single(share) and _single(whole)) or share.unit not in _SHARES \
            or whole.unit in _SHARES or _unit(atom) != _unit(whole) or not whole.value:
        return False
    if share.hedge is None:
        return _equal(atom, _share(share) * whole.value)
    part = atom.value / whole.value
    side = on_hedged_side(share.hedge, part, _share(share))
    return side and nearest_share(share, part)


def _single(a: Atom) -> bool:
    """One value, a number or a quantity (not a range, a date or a name)."""
    return a.value is not None and a.high is None and a.kind in ("quantity", "number")


def _over(atom: Atom, x: Atom, y: Atom) -> bool:
    """`atom` is rate `y` over length `x` ("£845 a month" over "12 months" is £10,140)."""
    over = _length_in(x, per_unit(y.unit))
    return over is not None and _amount(atom) and _unit(y) == _unit(atom) and _equal(atom, over * y.value)


def _points(a: Atom) -> float:
    """How many of `a`'s unit make a percentage point, when `a` is a difference of percentages: 1 for
    "2.3 percentage points" (and "80 basis points", read as 0.8 pp), 100 for the short "230 bps",
    which the units table leaves unread (it is bits per second too) and which, as the difference of
    two percentages, can only be basis points; 1 for plain "points" too ("76%, 12 points lower than
    the 88%"): beside two percentages a point is a percentage point; 0 for any other unit. Callers
    use it only where both other values are percentages."""
    unit = (a.unit or "").casefold()
    return 1.0 if unit in ("pp", "point") else 100.0 if unit in ("bp", "bps") else 0.0


def _makes(atom: Atom, x: Atom, y: Atom) -> bool:
    unit = _unit(atom)
    if unit == "%" and _unit(x) == "%" and _points(y):   # "up 2.3 points to 41.2%": 38.9% a year ago
        return _sum_equal(atom, x.value + y.value / _points(y)) or _sum_equal(atom, x.value - y.value / _points(y))
    if _points(atom):   # "230 bps better" between 38.9% and 41.2%
        return _unit(x) == _unit(y) == "%" and _sum_equal(atom, abs(x.value - y.value) * _points(atom))
    if _amount(atom) and _unit(x) == _unit(y) == unit:
        return _sum_equal(atom, x.value - y.value) or _sum_equal(atom, x.value + y.value)
    if _amount(atom) and _unit(x) == unit and y.kind == "number" and not y.unit:
        # the unit written once, for the value the difference is taken from: "two years younger than
        # Tashi, who is five" (5 years), "five minutes longer than a Sinfonietta audition, which
        # takes 10"; a difference only: a bare number is added to nothing
        return _sum_equal(atom, abs(x.value - y.value))
    if atom.kind == "number" and not atom.unit and _amount(x) and (not y.unit and y.kind == "number" or _unit(y) == _unit(x)):
        # the difference bare, the unit written once, with the value it is taken from ("1,420 cubic
        # feet — 270 more than the 1,150 estimated")
        return _sum_equal(atom, abs(x.value - y.value))
    ends = _converted(x, atom), _converted(y, atom)
    if _amount(atom) and None not in ends:   # in units of one measure: "1.2 kg, 400 g more than 800 g"
        return _sum_equal(atom, ends[0] - ends[1]) or _sum_equal(atom, ends[0] + ends[1])
    if _over(atom, x, y):
        return True   # "0.1 mg/kg" for "a 12 kg dog"
    if _amount(atom) and _unit(y) == unit:
        if _count(x):
            return _equal(atom, x.value * y.value)   # "4 lengths" of "25 metres"
        if _unit(x) in _SHARES:
            # "50%" of "£28"; or what is left of it when the share is taken off, or what it comes to
            # with the share added ("€147.60 once the 10% discount is taken off" €164, "£600 with
            # 20% VAT" on £500)
            share = _share(x)
            return any(_equal(atom, f * y.value) for f in (share, 1 - share, 1 + share))
    if unit == FRACTION and atom.hedge and x.value is not None and y.value and _unit(x) == _unit(y) \
            and _unit(x) not in _SHARES:
        # a share in words hedged to one side, of two values of one kind: the simple share nearest
        # their ratio, on that side ("0.17 per pair, a little over half the 0.30")
        ratio = x.value / y.value
        return nearest_share(atom, ratio) and on_hedged_side(atom.hedge, ratio, atom.value)
    if unit in _SHARES and (_amount(x) or _unit(x) == "%") and _unit(x) == _unit(y) and y.value:
        # of two amounts, or two percentages ("a 5% rise, half of the 10% asked for")
        scale = 100 if unit == "%" else 1
        # the share x is of y ("half the dose"), or by which x differs from y ("8% more than")
        return _equal(atom, scale * x.value / y.value) or _equal(atom, scale * abs(x.value - y.value) / y.value)
    if unit in _SHARES and _count(x) and _count(y) and x.value < y.value and (not x.unit or not y.unit or _unit(x) == _unit(y)):
        # the share one count is of another of the same things ("30 or more out of 40": 75%)
        return _equal(atom, (100 if unit == "%" else 1) * x.value / y.value)
    return False


def _converted(x: Atom, atom: Atom) -> float | None:
    """`x` in `atom`'s unit, another of one measure (not a rate); None when it is not one."""
    if not (x.unit and atom.unit) or "/" in x.unit + atom.unit or dimension(x.unit) != dimension(atom.unit) \
            or dimension(x.unit) is None:
        return None
    return convert(x.value, x.unit, atom.unit)


def _length_in(x: Atom, per: str | None) -> float | None:
    """`x` as a number of the unit a rate is per ("12 months" in months), None when it is none."""
    if per is None or not x.unit or per_period(x.unit) is not None:
        return None
    return convert(x.value, x.unit, per)


def _unit(a: Atom) -> str:
    """The unit sums are done in: a rate's amount, as answers leave the period out ("£36 a year,
    £28 less than the £64 rent")."""
    return (per_period(a.unit) or a.unit or "").casefold()


def _amount(a: Atom) -> bool:
    """An amount of something measured (money, memory, data rates, length, time): a thing sums can
    be done in. Any unit the tables read is one, whether or not it converts to another dimension
    ("30 Mbps more than the 320 Mbps", "₹500 less") or contradicts a value in it (`is_measure`)."""
    return bool(a.unit) and a.unit not in _SHARES and a.unit != "pp" \
        and (is_measure(a.unit) or dimension(a.unit) is not None or a.unit in CANONICAL_UNITS)


def _count(a: Atom) -> bool:
    """A whole number of things: "4 lengths", "3 visits", "4"."""
    return (a.value == int(a.value) and a.value > 0
            and (a.unit is None or not (is_measure(a.unit) or dimension(a.unit) is not None)))


def _share(a: Atom) -> float:
    return a.value / 100 if a.unit == "%" else a.value


def _sum_equal(atom: Atom, computed: float) -> bool:
    """`computed`, a sum or a difference, is `atom`: exactly, since a sum of written values has no
    more digits than they have ("2 m" is no difference of 2.7 m and 1.2 m), or rounded as
    `_equal` rounds where the atom is hedged ("about 4 m" in all)."""
    if atom.hedge is not None:
        return _equal(atom, computed)
    return abs(computed - atom.value) <= 1e-9 * max(abs(computed), 1.0)


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
