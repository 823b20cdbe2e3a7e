"""Words that name one value of an attribute among values that exclude each other.

A modifier the documents never write may be a synonym of theirs ("see-through bag" for "clear
bag"), so the content rules leave such a word alone unless the documents write it elsewhere for
another thing. Some attributes of English have a small, closed set of values, and there the words
alone decide: "the white ring" is not "the yellow ring", "verbal notice" is not "written notice",
"winter internships" are not "summer internships", whatever the documents write; "the back wall"
is "the rear wall" (one value, two words). Each class below is closed (basic colour terms, the
seasons, the sides and ends of a thing, in or out of doors, the parts of a day and the ends of its
daylight, how days are counted, the modes of a message and the channel that carries it, the ways of
reckoning an amount or a measure, how much of it, the three grades of size and of severity, the
dimensions of a thing),
and each inner tuple is one value with its synonyms. A word may name a value of two classes ("phone":
a message by word of mouth, and a call among the channels); two words are exclusive where some class
both name a value of sets them apart. Open classes (materials, professions, venues) are not listed:
a word there may be a hypernym or a synonym that no list can rule out.
"""
from __future__ import annotations

from functools import lru_cache

from .text import normalize

_CLASSES: tuple[tuple[tuple[str, ...], ...], ...] = (
    # basic colour terms (Berlin and Kay's eleven, with their spellings)
    (("white",), ("black",), ("red",), ("green",), ("yellow",), ("blue",), ("brown",), ("purple", "violet"),
     ("pink",), ("orange",), ("grey", "gray")),
    (("spring",), ("summer",), ("autumn", "fall"), ("winter",)),
    # sides and ends of a thing, across and along and up
    (("left",), ("right",)),
    (("front", "fore"), ("back", "rear", "hind"), ("side",)),
    (("top", "upper", "uppermost"), ("bottom", "lower", "lowest", "bottommost")),
    (("inner", "inside", "internal", "interior"), ("outer", "outside", "external", "exterior")),
    # in or out of doors ("an outdoor tap" is an outside tap; an indoor court is no outdoor one)
    (("indoor", "indoors", "inside"), ("outdoor", "outdoors", "outside")),
    (("north", "northern"), ("south", "southern"), ("east", "eastern"), ("west", "western")),
    # parts of a day, and the two ends of its daylight
    (("morning",), ("afternoon",), ("evening",), ("night", "overnight", "nighttime")),
    (("sunrise", "dawn", "daybreak"), ("sunset", "dusk", "nightfall")),
    (("weekday",), ("weekend",)),
    # how a span of days is counted: days the business works, or every day of the calendar
    (("working", "business"), ("calendar",)),
    # days of the week
    (("monday", "mondays"), ("tuesday", "tuesdays"), ("wednesday", "wednesdays"), ("thursday", "thursdays"),
     ("friday", "fridays"), ("saturday", "saturdays"), ("sunday", "sundays")),
    # how a message or a meeting is made: in writing or by word of mouth (a call among its ways), and
    # which channel carries a message; "phone" names a value of both (and of the meeting's class)
    (("written", "writing"), ("verbal", "verbally", "oral", "orally", "spoken", "phone", "telephone")),
    (("post", "postal", "letter"), ("email", "e-mail"), ("text", "sms"), ("phone", "telephone")),
    (("live",), ("recorded", "prerecorded", "pre-recorded")),
    (("phone", "telephone"), ("video",)),
    # how an amount, a measure or a term is reckoned
    (("gross",), ("net",)),
    (("debit",), ("credit",)),
    (("metric",), ("imperial",)),
    (("interim", "provisional"), ("final",)),
    (("fully",), ("partly", "partially")),
    # how much of an amount or a thing ("a full refund", "the whole deposit", "the entire charge")
    (("full", "whole", "entire", "complete"), ("half",), ("partial",)),
    (("male",), ("female",)),
    (("public",), ("private",)),
    (("domestic",), ("international",)),
    (("wet",), ("dry",)),
    # grades of size and of severity, the three steps English names them in
    (("small",), ("medium", "medium-sized"), ("large",)),
    (("mild",), ("moderate",), ("severe",)),
    # the dimensions of a thing, said after a length ("60 cm wide", "2 m high") or named ("in width")
    (("wide", "broad", "width", "breadth"), ("deep", "depth"), ("high", "tall", "height"), ("long", "length"),
     ("thick", "thickness")),
)

# each word's values: (class, value) for every class it names a value of ("phone": a spoken message,
# and the channel of a call)
_VALUE: dict[str, tuple[tuple[int, int], ...]] = {}
for _c, _values in enumerate(_CLASSES):
    for _v, _words in enumerate(_values):
        for _word in _words:
            _VALUE[_word] = _VALUE.get(_word, ()) + ((_c, _v),)


@lru_cache(maxsize=65536)
def exclusive(a: str, b: str) -> bool:
    """`a` and `b` name two values of one closed attribute ("white" / "yellow", "written" /
    "verbal"); False for one value ("back" / "rear") or a word of no class."""
    x, y = _VALUE.get(normalize(a), ()), _VALUE.get(normalize(b), ())
    # apart in a class both name a value of ("phone" / "writing": by word of mouth and in writing)
    return any(c == d and v != w for c, v in x for d, w in y)


# the class whose values English capitalises (the days of the week): such a word is no name
_CAPITALISED = _VALUE["monday"][0][0]


def capitalised_value(word: str) -> bool:
    """`word` names a value of a closed attribute that English writes with a capital ("Friday"):
    a capital there does not make it a name."""
    return any(c == _CAPITALISED for c, _ in _VALUE.get(normalize(word), ()))


def same_value_words(word: str) -> tuple[str, ...]:
    """The other words that name the value `word` names ("telephone" for "phone", "rear" for
    "back"): one value, whichever of its words is written; () for a word of no class."""
    word = normalize(word)
    return tuple(dict.fromkeys(w for c, v in _VALUE.get(word, ()) for w in _CLASSES[c][v] if w != word))


def has_value(word: str) -> bool:
    """`word` names a value of one of the closed attributes."""
    return normalize(word) in _VALUE
