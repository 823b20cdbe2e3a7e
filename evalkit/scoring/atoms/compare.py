"""The one definition of "the same fact", used by the hallucination scorer.

Two atoms state the same fact when their keys are equal, or, for numbers and quantities, when
their values are equal (up to float noise) and they do not carry two different units of
measurement. There is no tolerance: "4,424" and "4,440" are different facts, and so are
"1,000 GB" and "1.004 TB". A value in another unit of the same dimension is the same fact when
it converts to it, to the finer precision the two are written with ("24 months" = "2 years",
"41 °F" = "5 °C", "1.5 kg" = "1,500 g", "38 cents" = "€0.38", "half the rate" = "50%", "59 ft" =
"18 m"; not "45 minutes" = "1 hour" nor "20 months" = "2 years": a conversion keeps the precision
of what it converts, and a rounding that loses it is hedged; "730 days" is not "2 years": days
and years do not convert exactly; a value in words is as exact as its value and sets no step:
"half a year" is 6 months, not anything from 1 to 11, and "a third" is "33%"; "pounds" in words is
money or mass, a mass against a mass: "roughly 44 pounds" = "20 kg"). A rate against an amount alone compares
by its amount, as answers leave the period out ("$399" for "$399 per month"; "$85" for "$85 per
tonne"). Two lengths of time that say which days they count, and count other ones, are two facts:
"10 working days" is not "10 calendar days" (`lexicon.WEEKDAYS_ONLY`, `lexicon.EVERY_DAY`); one
that says nothing ("10 days") is either.
Years, quarters and dates compare by key alone ("Q1" is not "Q1 2024"; 2024 is not "close to"
2025; a numeric date either order allows, "6/7/2026", by either reading: `date_readings`), times of day by their 24-hour reading ("18:00" = "6 pm"; "6:30" written without am/pm is
either 06:30 or 18:30, or a length of time: "3:15" = "3 hours 15 minutes" = "195 minutes"), and a range only matches the same range ("5-7 days" is not "6 days",
"40–45%" is not "45%"; `end_of` gives one end of a range as a value of its own, for an answer that
states a range as its two ends).

`stated_by(a, b)` is the one-way relation the evidence check needs: `b` states `a`'s fact, as the
same fact or, for dates, more finely: every calendar field `a` gives (year, quarter, month, day) `b`
gives with the same value ("April 2027" and "2027" are stated by "1 April 2027", "Q1" by
"Q1 2024"). Not the reverse: "1 April 2027" is not stated by "April 2027" (the day is new), and a
key fact is covered only by an answer that states each of its fields. A range from zero states
the value it reaches: "0–80%" (a charge from empty to 80%) states "80%", "0 to 100 km/h" states
"100 km/h", and a change written "from X to Y" states where it ends ("rises from €220 to €250"
states "€250"); an interval between two values does not state either end ("40–45%" is not "45%",
nor is "between 40 and 45%"). `given_by(a, b)`, what evidence must hold for an answer's value, also
takes where a change starts: "rises from €220 to €250" gives "€220", the value before the change,
though it does not state that the value is €220, and not a count of a noun for a value in a
unit ("eight rowers" does not give "8 minutes"; "45" is still given by "£45"), nor a number in a
name for a value in a unit of measurement ("at Grade 7" does not give "7 days"). It also takes a value hedged as a rounding of
one in another unit, on the side the hedge says, to the place it is written to ("about 6 miles" for
10 km, "about 330 feet" for 100 m, "just under 13 weeks" for 90 days; not "just over 13 weeks"); in
one unit only a hedge to one side adds any, as a bound that rounds: "just under £18,500" for
£18,462.30, not for £17,000; "about 4,400" is not 4,424. A hedged value in words rounds to the
step it is spoken in, in one unit too ("roughly four and a half hours" for 4 hours 25 minutes,
"roughly four hours" too; not "roughly five hours"). A
hedged share in words is the simple share nearest the value ("nearly a quarter" for 23%, not
"nearly a third": `nearest_share`).

Two atoms are *comparable* when one value can contradict the other: the same kind of date, the
same unit of quantity, or codes of one family (HBM3 and HBM2E).
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from functools import lru_cache

from .atom import Atom
from .lexicon import EVERY_DAY, WEEKDAYS_ONLY
from .units import CURRENCIES, FRACTION, convert, dimension, is_counted_noun, is_measure, per_period, read_unit

NUMERIC_KINDS = frozenset({"quantity", "number", "year", "quarter", "date", "time"})
NAME_KINDS = frozenset({"entity", "code"})
DATE_KINDS = frozenset({"year", "quarter", "date", "time"})


def same_fact(a: Atom, b: Atom) -> bool:
    """Same fact: equal keys, or equal values unless both carry different units of measurement; not
    two lengths of time that count other days ("10 working days" is not "10 calendar days")."""
    if _counted_apart(a, b):
        return False
    if a.key == b.key:
        return True
    if a.kind == "date" and b.kind == "date":   # "6/7/2026" is 6 July or 7 June
        return any(x.key == y.key for x in date_readings(a) for y in date_readings(b))
    if a.value is None or b.value is None or a.kind in NAME_KINDS or b.kind in NAME_KINDS:
        return False
    if a.kind == "time" or b.kind == "time":
        if a.kind != b.kind:
            return _as_duration(a, b) or _as_duration(b, a)
        return bool(_clock_readings(a) & _clock_readings(b))
    if a.kind in DATE_KINDS or b.kind in DATE_KINDS:
        # a year may be written as a bare number ("in 2023" / "2,023"), nothing else crosses kinds
        # ("2025" is not the year "2025/26" that starts in it)
        return a.kind in ("year", "number") and b.kind in ("year", "number") and a.value == b.value and a.high == b.high
    a, b = pounds_weighed(*_period_left_out(a, b))
    if (a.unit in CURRENCIES) != (b.unit in CURRENCIES) and (dimension(a.unit) or dimension(b.unit)) \
            and "lb" not in (a.unit, b.unit):
        # an amount of money is no measure of anything: "£250" is not "250 cubic feet" ("a
        # twenty-pound deposit" reads as pounds of mass, and may be money)
        return False
    ua, ub = (a.unit or "").casefold(), (b.unit or "").casefold()
    if is_measure(ua) and is_measure(ub) and ua != ub or (dimension(a.unit) and dimension(b.unit) and ua != ub):
        return _converts(a, b)
    # a count of one noun per another period ("120 cards a year" = "10 cards per month"), as money is
    if ua != ub and "/" in ua and "/" in ub and ua.split("/")[0] == ub.split("/")[0] and convert(1.0, ua, ub) is not None:
        return _converts(a, b)
    return same_value(a.value, b.value) and same_value(high_end(a), high_end(b))


def days_counted(a: Atom) -> str | None:
    """Which days a length of time says it counts, by its own word before the unit: "weekdays"
    ("10 working days"), "every day" ("10 calendar days"), or None (no such word: "10 days")."""
    if a.kind != "quantity" or dimension(a.unit) not in ("clock", "calendar"):
        return None
    words = set(re.split(r"[\s\-‐–]+", a.text.casefold()))
    return "weekdays" if words & WEEKDAYS_ONLY else "every day" if words & EVERY_DAY else None


def _counted_apart(a: Atom, b: Atom) -> bool:
    """Both lengths of time say which days they count, and not the same ones: the same number of
    working days and of calendar days are two lengths (an answer that leaves the word out states
    either)."""
    x, y = days_counted(a), days_counted(b)
    return x is not None and y is not None and x != y


# "pounds" written as a word, with no "£" or "sterling": money or mass ("roughly 44 pounds of laundry")
_POUND_WORD = re.compile(r"\bpounds?\b(?!\s+sterling)", re.IGNORECASE)


def pounds_in_words(text: str) -> bool:
    """The text writes "pound(s)" as a word, no "£" or "sterling": the word names both the currency
    and the weight."""
    return "£" not in text and _POUND_WORD.search(text) is not None


def pounds_weighed(a: Atom, b: Atom) -> tuple[Atom, Atom]:
    """The two atoms, "pounds" in words read as a mass against a mass ("roughly 44 pounds" for 20 kg,
    "8 pounds" for "8 lb"); against anything else it stays money."""
    def weighed(x: Atom, other: Atom) -> Atom:
        if x.unit == "GBP" and pounds_in_words(x.text) and dimension(other.unit) == "mass":
            return replace(x, unit="lb")
        return x
    return weighed(a, b), weighed(b, a)


def _period_left_out(a: Atom, b: Atom) -> tuple[Atom, Atom]:
    """The two atoms, a rate compared by its amount against an amount alone: answers leave the
    period out ("$399" for "$399 per month", "two days" for "2 days a year"). Two rates compare
    with their periods ("$5 a day" is not "$5 a week")."""
    amount_a, amount_b = per_period(a.unit), per_period(b.unit)
    if amount_a is not None and "/" not in (b.unit or ""):
        return replace(a, unit=amount_a), b
    if amount_b is not None and "/" not in (a.unit or ""):
        return a, replace(b, unit=amount_b)
    return a, b


def _clock_readings(a: Atom) -> set[str]:
    """The 24-hour times a time atom may mean: one, or two for "6:30" written without am/pm."""
    hms = a.key.removeprefix("time:")
    if not hms.endswith("?"):
        return {hms}
    hms = hms[:-1]
    hour, rest = hms.split(":", 1)
    return {hms, f"{(int(hour) + 12) % 24:02d}:{rest}"}


def _as_duration(time: Atom, length: Atom) -> bool:
    """An "h:mm" written without am/pm is also a length of time ("a finish of 3:15" is 3 hours 15
    minutes): it is the same fact as that length in clock units ("195 minutes"). A time with am/pm
    or a leading zero ("3:15 pm", "03:15") is only a time of day, and a range is not one value."""
    if time.kind != "time" or length.kind != "quantity" or not time.key.endswith("?"):
        return False
    if length.high is not None or length.value is None or dimension(length.unit) != "clock":
        return False
    hour, minute = time.key.removeprefix("time:").removesuffix("?").split(":")[:2]
    minutes = convert(length.value, length.unit or "", "minute")
    return minutes is not None and same_value(minutes, int(hour) * 60 + int(minute))


def stated_by(a: Atom, b: Atom) -> bool:
    """`b` states `a`'s fact: the same fact, or a date giving every calendar field `a` gives, equal."""
    if same_fact(a, b) or _an_end_of(a, b):
        return True
    if a.kind not in DATE_KINDS or b.kind not in DATE_KINDS:
        return False   # no calendar fields to give (most pairs: asked of every atom against every other)
    return any(_fields_given(x, y) for x in date_readings(a) for y in date_readings(b))


def _fields_given(a: Atom, b: Atom) -> bool:
    """`b` gives every calendar field `a` gives, equal ("14 August 2026" gives "14 August")."""
    fa, fb = _calendar_fields(a.kind, a.text, a.key), _calendar_fields(b.kind, b.text, b.key)
    return bool(fa) and bool(fb) and fa.items() <= fb.items()


def _an_end_of(a: Atom, b: Atom) -> bool:
    """`a`, one value, is what range `b` comes to: the upper end of a range from zero, or the end
    of a change written "from X to Y" ("rises from €220 to €250" comes to €250)."""
    return (b.value == 0 or b.from_to) and b.high is not None and _is_end(a, b, b.high)


def given_by(a: Atom, b: Atom) -> bool:
    """`b` gives `a`'s value: states it, or gives it as where a change "from X to Y" starts ("rises
    from €220 to €250" gives €220 too, the value before the change). What evidence must hold for
    an answer's value; a key fact is covered only by what an answer states (`stated_by`)."""
    if counts_another_noun(b, a) or _labels_a_measure(b, a):
        return False
    return (stated_by(a, b) or (b.from_to and b.high is not None and _is_end(a, b, b.value))
            or _rounds(a, b))


_PLURAL_OF_NUMBER = re.compile(r"\d['’]?s$")


def counts_another_noun(b: Atom, a: Atom) -> bool:
    """`b` counts a noun and `a` is in a unit: "eight rowers" does not give "8 minutes", nor "9
    pupils" "£9". One way only: a noun the answer counts may be a word the reader took for one
    ("two paid volunteering days", "day 4 onwards"), and a bare number may drop any unit ("45" for
    "£45"). "Times" counts occurrences, as a noun does: "three renewals" is "up to 3 times"."""
    unit = per_period(a.unit) or a.unit
    if _PLURAL_OF_NUMBER.search(a.text):
        return False   # "429s" may be seconds or the plural of a number ("HTTP 429 responses")
    return is_counted_noun(b.unit) and bool(unit) and not is_counted_noun(unit) and unit != "x"


def counted_noun(a: Atom) -> str | None:
    """The noun a plain count counts, lower case ("3,650 fuzzy matches": match), or None: not a
    measure, nor a rate ("GPUs per quarter")."""
    unit = a.unit or ""
    return unit.casefold() if a.kind == "quantity" and "/" not in unit and is_counted_noun(unit) else None


def _labels_a_measure(b: Atom, a: Atom) -> bool:
    """`b` is a number in a name ("at Grade 7", `Atom.label`) and `a` a value in a unit of
    measurement: the name says which one, not how long or how much ("7 days"). A noun the answer
    counts may be a word read as one ("Arm 2 got the placebo"): `b` still gives it."""
    return b.label and bool(a.unit) and not is_counted_noun(a.unit)


def _rounds(a: Atom, b: Atom) -> bool:
    """`a`, hedged ("about 6 miles", "just under 13 weeks"), is `b` in another unit rounded to the
    precision `a` is written with, on the side its hedge says: "about 6 miles" for 10 km, "just
    under 13 weeks" for 90 days; not "just over 13 weeks" for 90 days. Only across units: in one
    unit there is no tolerance ("about 4,400" is not 4,424)."""
    if a.hedge is None or a.high is not None or b.high is not None or a.value is None or b.value is None:
        return False
    if a.kind != "quantity" or b.kind != "quantity":
        return False
    a, b = pounds_weighed(a, b)
    if (a.unit or "").casefold() == (b.unit or "").casefold():
        return _rounds_on_its_side(a, b) or (a.hedge == "around" and _spoken(a) and _rounds_to(a, b.value))
    converted = convert(b.value, b.unit, a.unit)
    if converted is None:
        return _rounds_in_months(a, b)
    if not (_converts(b, a) or nearest_share(a, converted) or _rounds_to(a, converted)):
        return False
    return on_hedged_side(a.hedge, converted, a.value)


def _spoken(a: Atom) -> bool:
    """`a` is written in words, without a digit ("four and a half hours", "half a minute")."""
    return not any(ch.isdigit() for ch in a.text)


def _rounds_to(a: Atom, value: float) -> bool:
    """`value` rounds to `a` at the place `a` is written to (`_round_step`): 328 feet is "about 330
    feet", 4 hours 25 minutes "roughly four and a half hours"."""
    step = _round_step(a)
    return step is not None and abs(value - a.value) <= step / 2 + 1e-9 * max(abs(value), 1.0)


_MONTH_DAYS = 365.25 / 12   # a month of the calendar, on average, in days


def _rounds_in_months(a: Atom, b: Atom) -> bool:
    """`a`, hedged, in months or years ("about a month and a half") and `b` in days or weeks ("six
    weeks"), or the other way: months have no fixed length, so only a hedge lets them meet, and
    then `b` must round to `a` at the step `a` is spoken in: its part ("and a half": halves, "and a
    quarter": quarters), else whole units ("about two months" is 7-10 weeks, not 6)."""
    dims = dimension(a.unit), dimension(b.unit)
    if set(dims) != {"clock", "calendar"}:
        return False
    days = convert(b.value, b.unit, "day") if dims[1] == "clock" else convert(b.value, b.unit, "month")
    if days is None:
        return False
    converted = (convert(days / _MONTH_DAYS, "month", a.unit) if dims[1] == "clock"
                 else convert(days * _MONTH_DAYS, "day", a.unit))
    if converted is None:
        return False
    step = float(Fraction(a.value).limit_denominator(4).denominator) ** -1
    return abs(converted - a.value) <= step / 2 and on_hedged_side(a.hedge, converted, a.value)


def loosely_restates(a: Atom, b: Atom) -> bool:
    """`a`, set right beside `b` to restate it ("Half a year: 26 weeks", "42 days - a month and a
    half"), rounds to it across months and days or weeks at the step `a` is spoken in, as a hedged
    `a` would (`_rounds_in_months`): the exact value is written beside it, so no hedge is needed."""
    if a.kind != "quantity" or b.kind != "quantity" or a.value is None or b.value is None \
            or a.high is not None or b.high is not None:
        return False
    return _rounds_in_months(replace(a, hedge=a.hedge or "around"), b)


def on_hedged_side(hedge: str | None, value: float, said: float) -> bool:
    """`value` lies where a hedge on `said` puts it: either side for "about", at or below it for
    "just under", at or above it for "just over"; nowhere for no hedge."""
    return {"around": True, "below": value <= said, "above": value >= said}.get(hedge, False)


def nearest_share(a: Atom, value: float) -> bool:
    """`a`, a share in words ("nearly a quarter", "just over half"), is the simple share nearest
    `value` (23% is nearly a quarter, 55% a little over half). A share in words rounds to the
    coarsest fractions people speak in, halves, thirds and quarters, or to its own denominator
    when finer ("roughly a fifth"): 23% is not "nearly a third", which a quarter is nearer."""
    if a.unit != FRACTION or any(ch.isdigit() for ch in a.text) or not 0 < a.value < 1:
        return False
    own = Fraction(a.value).limit_denominator(10)
    shares = {Fraction(n, d) for d in range(1, max(own.denominator, 4) + 1) for n in range(0, d + 1)}
    return min(shares, key=lambda s: (abs(float(s) - value), s != own)) == own


def _rounds_on_its_side(a: Atom, b: Atom) -> bool:
    """`a` in `b`'s unit, hedged to one side of a round figure ("just under £18,500", "nearly 2,000
    km"), is a bound that rounds: `b` lies on that side and rounds to `a` at the place of `a`'s
    last non-zero digit, two significant figures at least (£18,462.30 is just under £18,500;
    £17,000 is not). "About" names no side,
    and in one unit adds no tolerance ("about 4,400" is not 4,424)."""
    if a.hedge not in ("below", "above"):
        return False
    step = _round_step(a)
    side = b.value < a.value if a.hedge == "below" else b.value > a.value
    return step is not None and side and abs(a.value - b.value) <= step / 2


def _round_step(a: Atom) -> float | None:
    """The place `a` is rounded to, read from its digits: 18,500 to hundreds, 2,000 to hundreds, 30
    to units, 12.5 to tenths; a value in words to the step it is spoken in, its part ("four and a
    half": halves, "a quarter": quarters) or whole units ("about four hours")."""
    m = re.search(r"\d+(?:[.,]\d+)*", a.text)
    if not m:   # (a share of a whole in words rounds to the nearest simple share: `nearest_share`)
        return 1.0 / Fraction(a.value).limit_denominator(4).denominator if a.value and a.unit != FRACTION else None
    digits = m.group(0).replace(",", "")
    written = float(digits)
    if "." in digits:
        place = 10.0 ** -len(digits.rsplit(".", 1)[1])
    else:
        # two significant figures at least: "nearly 100 kg" is 96 kg, not 60 kg (which rounds to 100)
        place = 10.0 ** min(len(digits) - len(digits.rstrip("0")), max(len(digits) - 2, 0))
    # a scale or unit factor applies to the place too ("just under 2.5 million", "1,800p")
    return place * (a.value / written) if written else None


def _is_end(a: Atom, b: Atom, end: float) -> bool:
    if a.high is not None or a.value is None or a.kind not in ("quantity", "number"):
        return False
    return b.kind in ("quantity", "number") and same_fact(a, replace(b, value=end, high=None, key=""))


_DATE_KEY_RE = re.compile(r"date:(?P<year>\d{4}|-)-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
_QUARTER_KEY_RE = re.compile(r"quarter:(?:(?P<year>\d{4}):)?(?P<quarter>[1-4])")
_YEAR_KEY_RE = re.compile(r"year:(?P<year>\d{4})")


# A numeric date whose first two parts could each be the month ("6/7/2026"): the UK reads 6 July,
# the US 7 June, and the text alone cannot say which (the key takes the US order).
_EITHER_ORDER_RE = re.compile(r"(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<year>[0-9]{4})")


def date_readings(a: Atom) -> tuple[Atom, ...]:
    """The readings of a date: one, or for a numeric date either order allows, both (day/month and
    month/day). A value checked against it may match either; neither is a fact of its own."""
    m = _EITHER_ORDER_RE.fullmatch(a.text) if a.kind == "date" else None
    if m is None or m.group("a") == m.group("b") or max(int(m.group("a")), int(m.group("b"))) > 12:
        return (a,)
    first, second = int(m.group("a")), int(m.group("b"))
    other = f"date:{m.group('year')}-{first:02d}-{second:02d}"
    if other == a.key:   # the key read it day first already
        other = f"date:{m.group('year')}-{second:02d}-{first:02d}"
    return a, replace(a, key=other)


def calendar_fields(a: Atom) -> dict[str, int]:
    """The calendar fields a date, quarter or year states: "1 April 2027" {year, month, day},
    "Q1" {quarter}. Empty for a decade ("the 1990s") or a fiscal year or quarter ("FY24" is not
    the calendar year 2024)."""
    return dict(_calendar_fields(a.kind, a.text, a.key))


@lru_cache(maxsize=65536)
def _calendar_fields(kind: str, text: str, key: str) -> dict[str, int]:
    # memoised (callers only read it): asked of the same evidence dates for every claim
    if kind not in DATE_KINDS or "FY" in text.upper():
        return {}
    rx = {"date": _DATE_KEY_RE, "quarter": _QUARTER_KEY_RE, "year": _YEAR_KEY_RE}.get(kind)
    m = rx.fullmatch(key) if rx else None
    if not m:
        return {}
    return {k: int(v) for k, v in m.groupdict().items() if v and v != "-"}


def _converts(a: Atom, b: Atom) -> bool:
    """`a` in `b`'s unit equals `b` to the precision the two are written with: to the finer of
    their last written digits ("60.8 °F" = "16 °C", "59 ft" = "18 m", "1.5 kg" = "1,500 g"), as a
    conversion keeps the precision of the value it converts; one in words is exact, a part in
    words setting no step ("half an hour" = "30 minutes", "33%" = "a third"; "ninety minutes" is
    not "2 hours"). Not "45 minutes" for "1 hour", nor "20 months" for "2 years", nor "85
    minutes" for "an hour": a rounding that loses precision says so with a hedge, and a hedged
    side keeps the precision of the other alone ("about 48 °F" for 9 °C)."""
    lo, hi = convert(a.value, a.unit, b.unit), convert(high_end(a), a.unit, b.unit)
    if lo is None or hi is None:
        return False
    if a.hedge or b.hedge:
        step = 10.0 ** -_decimals(b)
    else:
        steps = [s for s in (_written_step(a, b.unit), _written_step(b, b.unit)) if s is not None]
        step = min(steps, default=0.0)
    tolerance = 0.5 * step + 1e-9 * max(abs(b.value), 1.0)
    return abs(lo - b.value) <= tolerance and abs(hi - high_end(b)) <= tolerance


_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _written_step(a: Atom, unit: str) -> float | None:
    """The step of `a`'s last written digit, in `unit`: of the unit written after it ("1 hour 15
    minutes" to the minute, "1,800p" to the penny), or of a scale ("2.5 million" to the hundred
    thousand). A value in words is exact: a whole number to its unit ("ninety minutes" to the
    minute, not "2 hours" rounded), a part with no step (None: "a third" is what "33%" rounds)."""
    numbers = list(_NUMBER_RE.finditer(a.text))
    if a.value is None:
        return None
    if not numbers:   # words: a whole number to its unit ("ninety minutes"), a part exactly ("a third")
        whole = a.value == int(a.value) and high_end(a) == int(high_end(a))
        here, there = convert(a.value, a.unit or "", unit), convert(a.value + 1, a.unit or "", unit)
        return abs(there - here) if whole and here is not None and there is not None else None
    last = numbers[-1].group(0)
    step = 10.0 ** -(len(last.rsplit(".", 1)[1]) if "." in last else 0)
    read = read_unit(a.text, numbers[-1].end(), True)
    factor = convert(float(read[1]), read[0], a.unit or "") if read and read[0] != a.unit else None
    if factor is not None:
        step *= factor
    elif read is None and len(numbers) == 1 and float(last.replace(",", "")):
        step *= abs(a.value / float(last.replace(",", "")))
    elif read is not None:
        step *= float(read[1])
    here, there = convert(a.value, a.unit or "", unit), convert(a.value + step, a.unit or "", unit)
    return None if here is None or there is None else abs(there - here)   # (a temperature has an offset)


def _decimals(a: Atom) -> int:
    """The decimals `a` is written with; a share in words ("half a year", "a quarter of a mile")
    is as exact as its value, not a whole number rounded."""
    m = re.search(r"\d(?:[.,]\d+)*", a.text)
    if not m:
        written = repr(a.value)
        return 0 if written.endswith(".0") or "." not in written else len(written.rsplit(".", 1)[1])
    if "." not in m.group(0):
        return 0
    return len(m.group(0).rsplit(".", 1)[1])


def comparable(a: Atom, b: Atom) -> bool:
    """Same kind of fact, so one value can contradict the other."""
    if a.kind in DATE_KINDS:
        return a.kind == b.kind
    if a.kind == "quantity" and b.kind == "quantity":
        a, b = pounds_weighed(a, b)
        same = (a.unit or "").casefold() == (b.unit or "").casefold()
        # any two lengths of time can contradict each other, though months and days do not convert
        times = {dimension(a.unit), dimension(b.unit)} <= {"clock", "calendar"}
        return same or times or convert(1.0, a.unit or "", b.unit or "") is not None
    if a.kind == "code" and b.kind == "code":
        return _code_family(a) == _code_family(b) or _code_digits(a) == _code_digits(b) != ""
    return False


def end_of(a: Atom, high: bool) -> Atom:
    """One end of range `a` as a value of its own: "22" or "38" of "from 22 to 38". Keyed apart from
    every atom an extractor makes, so it is the same fact only by value (and unit)."""
    value = a.high if high else a.value
    return replace(a, value=value, high=None, key=f"{a.key}#{'high' if high else 'low'}", from_to=False)


def high_end(a: Atom) -> float | None:
    """The upper end of a range, or the value itself."""
    return a.high if a.high is not None else a.value


def same_value(x: float, y: float) -> bool:
    # only float noise: "4,424" and "4,440" are different facts
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1.0)


def same_unit_or_counted(a: Atom, unit: str | None) -> bool:
    """`a` is in `unit`, or one of the two is a counted noun (matched by value alone)."""
    unit = (unit or "").casefold()
    return (a.unit or "").casefold() == unit or not (is_measure(unit) and is_measure(a.unit))


def _code_family(a: Atom) -> str:
    """Leading letters of a code: HBM3 and HBM2E are both "hbm", CoWoS-S and CoWoS-L "cowos"."""
    name = a.key.split(":", 1)[-1]
    letters = []
    for ch in name:
        if not ch.isalpha():
            break
        letters.append(ch)
    return "".join(letters)


def _code_digits(a: Atom) -> str:
    return "".join(ch for ch in a.key.split(":", 1)[-1] if ch.isdigit())
