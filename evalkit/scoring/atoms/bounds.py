"""The bound on a number: the comparator written next to it, as a direction on its value.

"at least 6", "6 or more", "a minimum of 6", "over 65", "not before 6 pm" put a *lower* bound on
the value ("min"); "up to 6", "6 at most", "no more than 6", "under 18", "within 14 days" (or "within the first 14 days"),
"no later than 6 pm", "12.5% is the maximum", "capped at £300", "a ceiling of £6" an *upper* one
("max"); the nouns of an end ("cap", "ceiling", "limit"; "floor" a lower one) bound the number they
are said to be. A length of time said to
have gone by ("once 14 days have passed") is the start of a window, a lower bound, where
"within 14 days" is its end. Strictness is not kept
("over 65" and "65 or over" are one direction): a wrong answer turns the direction round, it does
not move the end by one.

Comparators are a small closed class of English words (like the negators), not facts of any
document: degree words ("least", "most", "more", "less", "up to", "within", "under"), and order
in time ("before", "after", "earlier", "later", "by"). A negator before one turns it round ("no
more than" is an upper bound, "not before" and "can't go below" lower ones), except before "up to"
and "within", where it denies what is bounded ("may not be open for up to 2 days"). Order in time
is a direction on a point in time ("after 6 pm"); on a length of time it reads the other way round
when the length counts back from an event: "no later than 2 days before the visit" is "at least
2 days before". "by" bounds only a point in time ("by 6 pm", not "rose by 12%").

A range bounds its ends ("aged 65 to 79" is 65 or over), and the same value may be bounded both
ways in one sentence; `bounds_on` gives every bound a text puts on a value.

A number with no comparator has no bound (None): an answer that leaves a bound out does not
contradict one, nor the other way round.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from .atom import Atom
from .compare import DATE_KINDS, NUMERIC_KINDS, same_fact
from .units import CURRENCIES, dimension

Direction = Literal["min", "max"]

# The comparators, a small closed class of English words (no document's facts), as regular expressions.
# Written before the number ("at least 6", "a maximum of £300", "not before 6 pm"), or hyphened
# to it as in an age group ("the under-12s", "over-65s").
# The nouns of an end are a closed class too: "cap", "ceiling" and "limit" name an upper end, "floor"
# a lower one, when they say what the number is ("a cap of £300", "the ceiling was £8", "£8 is the
# cap"); "the £250 limit" only names a limit, perhaps one that changed ("a rise on the previous £250
# limit"); and the verbs that say a value reaches its end ("capped at £300", "charges stop at £6",
# "limited to 4 guests").
_LOWER_END = r"floor"
_UPPER_END = r"cap|ceiling|limit"
_END_IS = r"(?:\s+(?:of|is|was|are|were|stands\s+at|remains))?"
_REACHES_END = r"(?:capped|limited|restricted)\s+(?:at|to)|(?:stops?|stopped)\s+at"
# "within the first 30 days", "within your first 12 months": the opening span of a period ends where
# the number does, an upper bound as "within 30 days" is (a determiner and "first"/"next": closed classes)
_OPENING_SPAN = r"(?:(?:the|your|its|their|his|her|our|my|a)\s+)?(?:first|next)"
# "the minimum load accepted is 10 tonnes", "Maximum occupancy: 40": the end named, then what it is
# of, then a copula or a colon before the number
def _named_end(word: str) -> str:
    return (rf"{word}(?:\s+[^\W\d_][\w'’-]*){{0,6}}?\s+(?:is|are|was|were|will\s+be)"
            rf"|{word}(?:\s+(?!of\b)[^\W\d_][\w'’-]*){{0,3}}\s*:")   # not "a maximum of seven players: five …"


# the noun an end may name before its "of" ("a minimum charge of £10", "a maximum stay of 3 nights")
_END_NOUN = r"(?:[a-z][\w'’-]*\s+)?"
# Comparatives of size, weight, distance, speed and heat (a closed class, beside "longer"/"shorter"):
# "no taller than 130 cm" is an upper bound as "no more than" is, "deeper than 1 m" a lower one
_MORE_OF = r"taller|wider|deeper|heavier|bigger|thicker|further|farther|faster|steeper|hotter|warmer"
_LESS_OF = r"narrower|shallower|lighter|thinner|closer|nearer|slower|cooler|colder"
_MIN_BEFORE = (rf"{_named_end('minimum')}|at\s+least|(?:a\s+)?minimum(?:\s+{_END_NOUN}of)?|min\.|more\s+than|greater\s+than|higher\s+than|"
               rf"larger\s+than|longer\s+than|older\s+than|(?:{_MORE_OF})\s+than|over|above|beyond|exceeding|exceeds?|"
               rf"in\s+excess\s+of|upwards\s+of|(?:{_LOWER_END}){_END_IS}")
_MAX_BEFORE = (rf"{_named_end('maximum')}|up\s+to|at\s+most|(?:a\s+)?maximum(?:\s+{_END_NOUN}of)?|max\.|less\s+than|fewer\s+than|lower\s+than|"
               rf"smaller\s+than|shorter\s+than|younger\s+than|(?:{_LESS_OF})\s+than|under|below|within(?:\s+{_OPENING_SPAN})?|"
               rf"(?:{_UPPER_END}){_END_IS}|{_REACHES_END}")
# ("at the earliest" and "at the latest" stand before the number too: "at the earliest 14 days after")
_LATER_BEFORE = r"later\s+than|after|at\s+the\s+earliest"
# ("until" ends a time as "by" does: "until 28 days before day one" is no later than 28 days before;
# "up to" before a length counted back may say either, `bound_of`)
_EARLIER_BEFORE = r"earlier\s+than|sooner\s+than|before|by|at\s+the\s+latest|up\s+until|until|till"
# any comparative with its "than" compares too, by its form ("closer than", "further than",
# "more often than"): "must never come closer than 100 metres" keeps at least 100 metres away
_COMPARATIVE_THAN = r"(?:[^\W\d_]{2,}er|more\s+[^\W\d_]+)\s+than\b"
_COMPARATOR_RE = re.compile(rf"\b(?:{_MIN_BEFORE}|{_MAX_BEFORE}|{_LATER_BEFORE}|{_COMPARATIVE_THAN})", re.IGNORECASE)


def has_comparator(text: str) -> bool:
    """Whether `text` holds a comparator ("more than", "exceed", "longer than", "after"): a negated
    one bounds a value ("can't exceed three months" is "up to 3 months"), it does not deny it."""
    return _COMPARATOR_RE.search(text) is not None
# "no" denies only the comparator it stands before ("no more than 6"); a negated verb also denies
# one a few words later ("can't go above 6", "must not stay for longer than 2 hours").
# The words it passes over are not comparators of order themselves: in "not until at least 10 days
# after" the negation is of "until", and "at least" bounds the number as written.
_NEGATOR = (r"\b(?:no|(?:not|never|cannot|\w+n't)(?:\s+(?!(?:of|in|on|at|to|with|and|or|but|if|when|"
            r"than|that|which|who|a|an|the|until|till|before|after)\b)[^\W\d_]+){0,3})")
# A negation before these denies what is bounded, not the bound: "may not be available for up to
# 2 hours", "if it is not paid within 14 days"; before an end it denies the end ("not capped at 5%").
_KEPT_UNDER_NEGATION = re.compile(rf"up\s+to|within|(?:{_UPPER_END}|{_LOWER_END}){_END_IS}|{_REACHES_END}",
                                  re.IGNORECASE)
# Markdown emphasis is no word: "up to **7 days**" bounds 7 days as "up to 7 days" does, and
# "**7 days** or more" too (the markers may stand between the comparator and the number, or after it)
_EMPHASIS = r"(?:\s*[*_]{1,3})?"
# A bound on how often, before the period it is counted in ("at least once every 12 months", "no
# more than twice in any 6 weeks"): the bound on the count turns round on the period (at least once
# every 12 months: 12 months at most between two).
_HOW_OFTEN = (r"(?P<often>(?:once|twice|thrice|(?:\d+|two|three|four|five|six)\s+times)\s+"
              r"(?:in\s+)?(?:every|each|a|an|per|any)\s+)")
_BEFORE_RE = re.compile(
    rf"(?:(?P<neg>{_NEGATOR})\s+)?\b(?:(?P<min>{_MIN_BEFORE})|(?P<max>{_MAX_BEFORE})|"
    rf"(?P<later>{_LATER_BEFORE})|(?P<earlier>{_EARLIER_BEFORE})){_EMPHASIS}(?:\s*|-)(?:{_HOW_OFTEN}(?:[*_]{{1,3}})?)?$",
    re.IGNORECASE,
)
# Written after the number, perhaps after its noun ("6 or more", "6 residents or more", "65+").
# "12.5% is (also) the maximum moisture": the value said to be the end itself
_IS_THE = r"(?:is|are|was|were)\s+(?:[^\W\d_]+\s+)?the\s+"
_MIN_AFTER = (rf"or\s+(?:more|over|above|greater|higher|longer|older|upwards|{_MORE_OF})|and\s+(?:over|above|up|older)|"
              rf"at\s+(?:the\s+)?least|minimum|onwards?|(?<!\s)\+(?!\s*\d)|{_IS_THE}minimum|{_IS_THE}(?:{_LOWER_END})")
_MAX_AFTER = (rf"or\s+(?:less|fewer|under|below|lower|shorter|younger|{_LESS_OF})|and\s+(?:under|below|younger)|"
              rf"at\s+(?:the\s+)?most|maximum|{_IS_THE}maximum|{_IS_THE}(?:{_UPPER_END})")
_LATER_AFTER = r"or\s+later|at\s+the\s+earliest"
_EARLIER_AFTER = r"or\s+(?:earlier|sooner)|at\s+the\s+latest"
# one word for the noun a bare number counts ("6 residents or more"), not a word of order or a particle;
# a length's possessive before its noun is the number's too ("72 hours' notice or more")
_NOUN = r"(?:(?!(?:before|after|prior|ahead|earlier|later|of|in|on|at|to|for|per|a|an|the|and|or)\b)[^\W\d_]+\s+)?"
_AFTER_RE = re.compile(
    rf"(?:['’]s?(?=\s))?(?:[*_]{{1,3}})?\s*{_NOUN}(?:(?P<min>{_MIN_AFTER})|(?P<max>{_MAX_AFTER})|(?P<later>{_LATER_AFTER})|"
    rf"(?P<earlier>{_EARLIER_AFTER}))(?![\w+])",
    re.IGNORECASE,
)
# A length of time said to have gone by ("once 14 days have passed", "when 6 months have elapsed"):
# the time since is that length or more, the start of a window, where "within 14 days" is its end.
# Only on a length of time: "5 people have passed" bounds nothing.
_ELAPSED_RE = re.compile(r"\s*(?:have|has|had)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by|run\s+out)\b", re.IGNORECASE)
_LENGTHS_OF_TIME = ("clock", "calendar")
# The bound inside an atom that the number reader kept with its noun ("six or more residents").
_INNER_RE = re.compile(r"\bor\s+(?:(?P<min>more|over|above)|(?P<max>fewer|less|under|below))\b", re.IGNORECASE)
_BEFORE_NEG_RE = re.compile(rf"\b(?:{_NEGATOR})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE)
# A length of time counted back from an event ("2 working days before", "48 hours in advance").
_COUNTS_BACK_RE = re.compile(r"[*_]{0,3}\s*(?:[^\W\d_]+\s+){0,2}?(?:before|prior\s+to|ahead\s+of|in\s+advance|earlier)\b",
                             re.IGNORECASE)
_REACH = 48   # characters before a number that a comparator can stand in
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)   # "for" right before a comparator: a length of waiting
_NOT_UNTIL_RE = re.compile(r"\b(?:not|never)\s+(?:until|till|before|after)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Bound:
    direction: Direction
    start: int     # the comparator and the number, text[start:end] ("at least 6 items")
    end: int


def bound_of(text: str, atom: Atom) -> Bound | None:
    """The bound `text` puts on `atom` (a span of `text`), or None when it has no comparator."""
    if atom.kind not in NUMERIC_KINDS:
        return None
    found = _BEFORE_RE.search(text, max(0, atom.start - _REACH), atom.start)
    inner = _INNER_RE.search(text, atom.start, atom.end) if not found else None
    if inner:   # the atom holds its bound: "six or more residents"
        kind = "min" if inner.group("min") else "max"
        negated = bool(_BEFORE_NEG_RE.search(text, max(0, atom.start - _REACH), atom.start))
        return Bound(_direction(text, atom, kind, negated), atom.start, atom.end)
    if found:
        start, end = found.start(), atom.end
        # a negated comparator of order right before it is part of the bound, no denial: "not until
        # at least 10 days after" (its "at least" decides the direction)
        if (lead := _NOT_UNTIL_RE.search(text, max(0, start - _REACH), start)) and not found.groupdict().get("neg"):
            start = lead.start()
    else:
        found = _AFTER_RE.match(text, atom.end)
        if not found:
            return _from_age(text, atom) or _elapsed(text, atom)
        start, end = atom.start, found.end()
    kind = next(k for k in ("min", "max", "later", "earlier") if found.group(k))
    if kind == "earlier" and found.group(kind).casefold() == "by" and not _is_point(atom):
        return None   # "by" bounds a point in time ("by 6 pm"), not an amount ("rose by 12%")
    if kind == "max" and re.fullmatch(r"up\s+to", found.group(kind), re.IGNORECASE) and _is_length_of_time(atom) \
            and _COUNTS_BACK_RE.match(text, atom.end) and not _FOR_BEFORE.search(text, 0, found.start(kind)):
        # "up to 2 hours before departure" is a deadline ("cancel up to 24 hours before") or the
        # earliest time ("booked up to 12 weeks ahead") by its verb: no bound either way (not a
        # length of waiting, "wait for up to 2 hours before baking")
        return None
    negated = bool(found.groupdict().get("neg"))
    if negated and _KEPT_UNDER_NEGATION.fullmatch(found.group(kind)):
        negated, start = False, found.start(kind)
    if found.groupdict().get("often"):
        if kind not in ("min", "max"):
            return None
        kind = "max" if kind == "min" else "min"   # a bound on how often, turned round on the period
    return Bound(_direction(text, atom, kind, negated, end), start, end)


# An age an entitlement starts at: "from 12 months old", "from age 16", "from the age of 18" (a
# lower bound; "from" before other values opens a time, a range or a change)
_FROM_AGE_BEFORE_RE = re.compile(r"\bfrom\s+(?P<age>(?:the\s+)?age\s+(?:of\s+)?)?$", re.IGNORECASE)
_OLD_AFTER_RE = re.compile(r"\s+(?:old|of\s+age)\b", re.IGNORECASE)


def _from_age(text: str, atom: Atom) -> Bound | None:
    """The lower bound "from" puts on an age (`_FROM_AGE_BEFORE_RE`), None for any other value."""
    m = _FROM_AGE_BEFORE_RE.search(text, max(0, atom.start - _REACH), atom.start)
    if m is None or not (m.group("age") or _OLD_AFTER_RE.match(text, atom.end)):
        return None
    return Bound("min", m.start(), atom.end)


# A table's heading that names an end: it opens with one ("Minimum gap", "Max. weight") or closes
# with one of the nouns of an end ("Rate limit", "Weight cap"): the values under it, or in its row,
# are that end.
_HEADING_END_RE = re.compile(
    rf"^[\W_]*(?:(?P<min>minimum|min\.|lowest)|(?P<max>maximum|max\.|highest))(?![\w.])"
    rf"|(?<![\w-])(?:(?P<min_end>minimum|{_LOWER_END})|(?P<max_end>maximum|{_UPPER_END}))[\W_]*$",
    re.IGNORECASE)


def heading_bound(heading: str, cell: str, atom: Atom) -> Direction | None:
    """The bound a table's heading puts on a value in a cell it heads (its column's heading, or
    its row's label): a heading that ends with a comparator reads as the words before the cell
    ("Must be given at least" over "14 days before arrival": at least 14 days before), one that
    names an end names its direction ("Maximum sustained wind": 10 m/s at most); None when it names
    none. `atom` is a span of `cell`."""
    head = heading.strip(" *_")
    if not head:
        return None
    lead = f"{head} "
    found = bound_of(lead + cell, replace(atom, start=atom.start + len(lead), end=atom.end + len(lead)))
    if found is not None and found.start < len(lead):
        return found.direction
    m = _HEADING_END_RE.search(head)
    if m is None:
        return None
    return "min" if m.group("min") or m.group("min_end") else "max"


def _elapsed(text: str, atom: Atom) -> Bound | None:
    """A length of time said to have gone by ("once 14 days have passed"): a lower bound."""
    found = _ELAPSED_RE.match(text, atom.end)
    if found is None or not _is_length_of_time(atom):
        return None
    return Bound("min", atom.start, found.end())


def degree_bound_before(text: str, start: int) -> bool:
    """A comparator of degree ("at least", "no more than", "up to", "under") right before `start`:
    it makes a bare number an amount ("no more than two"). Order in time does not ("after two")."""
    found = _BEFORE_RE.search(text, max(0, start - _REACH), start)
    return found is not None and bool(found.group("min") or found.group("max"))


def degree_bound_after(text: str, end: int) -> bool:
    """A comparator of degree right after `end` ("or older", "and over", "or fewer"): it makes a
    bare number an amount ("sixteen or older") as one before it does (`degree_bound_before`)."""
    found = _AFTER_RE.match(text, end)
    return found is not None and bool(found.group("min") or found.group("max"))


def _direction(text: str, atom: Atom, kind: str, negated: bool, end: int | None = None) -> Direction:
    """The comparator as a direction on the value: later is more, earlier less, except on a length
    of time counted back from an event ("at least 2 days before" = "no later than 2 days before"),
    the event named after the value or after a comparator written after it (`end`: "14 days at the
    latest before arrival" = "at least 14 days before")."""
    if kind in ("later", "earlier"):
        back = _is_length_of_time(atom) and any(_COUNTS_BACK_RE.match(text, at) is not None
                                                for at in {atom.end, end or atom.end})
        kind = "min" if (kind == "later") != back else "max"
    if negated:
        kind = "max" if kind == "min" else "min"
    return "min" if kind == "min" else "max"


def _is_length_of_time(atom: Atom) -> bool:
    """A length of time ("2 days", "48 hours"), the only value an event can be counted back from:
    "version 4.2 or later before 7 December" bounds a version, not a lead time."""
    return not _is_point(atom) and dimension(atom.unit) in _LENGTHS_OF_TIME


def _is_point(atom: Atom) -> bool:
    """A point in time (a date, a year, a clock time such as "6 pm"), not an amount."""
    return atom.kind in DATE_KINDS or (atom.unit or "").casefold() in ("am", "pm")


_OPEN_BRACKET_RE = re.compile(r"[^\S\n]*\([^\S\n]*")


def _bracketed_after(a: Atom, atoms: list[Atom], text: str) -> Atom | None:
    """The value `a` restates in brackets right after it ("over 16 stone (102 kg)"): `a` bears its
    bound, which the brackets do not repeat."""
    return next((p for p in atoms if p.end <= a.start and _OPEN_BRACKET_RE.fullmatch(text, p.end, a.start)), None)


def bounds_on(atom: Atom, text: str, atoms: list[Atom]) -> list[Bound | None]:
    """The bound `text` puts on each of its `atoms` that states the same value as `atom`. A range
    bounds its ends: "aged 65 to 79" is 65 or over, and 79 or under; a value restated in brackets
    after another ("over 16 stone (102 kg)") is bounded as that one is."""
    out: list[Bound | None] = []
    for a in atoms:
        if same_fact(atom, a) or same_fact(a, atom):
            bound = bound_of(text, a)
            if bound is None and (restated := _bracketed_after(a, atoms, text)) is not None:
                bound = bound_of(text, restated)
            out.append(bound)
        elif atom.high is None and a.high is not None and a.value is not None:
            ends = ((replace(a, high=None), "min"), (replace(a, value=a.high, high=None), "max"))
            out += [Bound(direction, a.start, a.end) for end, direction in ends if same_fact(atom, end)]
    return out


# the comparators that leave their number out of what they bound (a closed class): "more than 5"
# is 6 or more where only whole things are counted
_STRICT_RE = re.compile(r"\b(?:(?:more|greater|fewer|less|higher|lower)\s+than|over|above|under|below|exceeding)\b",
                        re.IGNORECASE)


def whole_step(a: Atom, a_text: str, b: Atom, b_text: str) -> bool:
    """Two counts of whole things bounding one number the same way, one strictly and the other not,
    a whole step apart: "more than 5 people" (in `a_text`) and "6 or more people", "at least 6
    people" (in `b_text`); "fewer than 4" and "3 or fewer". Not a measure ("more than 5 m" is no
    "6 m or more"), nor money. A count whose noun stands after its bound ("6 or more people") is
    of the other's noun when that noun follows."""
    if a.value is None or b.value is None or a.high is not None or b.high is not None \
            or a.value != int(a.value) or b.value != int(b.value):
        return False
    unit = a.unit or b.unit
    if not unit or dimension(unit) is not None or unit.split("/")[0] in CURRENCIES:   # a measure or money
        return False
    ba, bb = bound_of(a_text, a), bound_of(b_text, b)
    if ba is None or bb is None or ba.direction != bb.direction or ba.direction not in ("min", "max"):
        return False
    strict = bool(_STRICT_RE.search(a_text, ba.start, ba.end))
    if bool(_STRICT_RE.search(b_text, bb.start, bb.end)) == strict:
        return False
    step = 1 if ba.direction == "min" else -1
    if b.value != (a.value + step if strict else a.value - step):
        return False
    if a.unit and b.unit:
        return a.unit.casefold() == b.unit.casefold()
    bare, bare_text, bound = (a, a_text, ba) if not a.unit else (b, b_text, bb)
    after = re.match(r"\W*([A-Za-z]+)", bare_text[max(bound.end, bare.end):])
    return after is not None and after.group(1).casefold() in {unit.casefold(), unit.casefold() + "s", _PEOPLE.get(unit, "")}


_PEOPLE = {"person": "people"}
