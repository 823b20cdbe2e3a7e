"""Stage 5: numbers with their scale, range, unit, currency or counted noun ("$2.3 billion",
"five to seven companies", "814mm 2", "400,000 H100 GPUs per quarter", "8k"), and shares of a
whole in words ("half the rate", "one tenth of the bill": unit `FRACTION`, which converts to %).

A bare number is a fact on its own in digits, or in words of two number words or more ("twenty-two");
one word only where something makes it one: a range ("five to seven"), a comparator ("no more than two", "six or more"), a label ("Gate Four"), or a
sentence of its own ("Fifteen.", "Two of them.") or all that "be" says ("It's sixteen, counted ..."), or a
rate's count ("two per term", "two a week", "three each"); "a" before a unit is one of it where a comparator bounds it
("within a day") or a hedge rounds a measure to it ("about an hour"), and "a fortnight" is two weeks with or without one; "for the third time" counts
3 times. A number that labels a part of the text ("section 5", "Table 2", "page 12") is
no fact about the world, and no atom; one after an abbreviation of "number" ("Bulletin No. 47")
is an identifier, a code, and counts nothing after it. A word between a number and a unit of time
says which of them count ("10 working days" is days, "two working weeks" 10 of them); a decimal read
aloud is one number ("one point four metres" is 1.4 m, "nought point nine bar" 0.9 bar), "minus" before a
number its sign ("minus 2.5 °C") unless it takes the number off a noun ("a full refund minus £8"), and a share in words that is an answer of
its own ("A quarter.") a share of a whole; "a year and
a half" is 1.5 years, "three and a quarter hours" 3.25 hours, "3 hours 15 minutes" (and "an hour
and twenty minutes") one length of time, and "three-quarters of one percent" 0.75%. Number words of any size are one number ("fifteen
thousand eight hundred"), unless a scale word as large as one it has closed follows a group of its
own, which starts a second ("between one thousand eight hundred and two thousand six hundred" is a
range: `_cardinal_end`); a hyphened fraction before a noun is a share ("a one-third share"), and
so is a fraction before a comparative of amount ("a fifth more than the fare") or of one thing that is
no unit ("a quarter of a tank", "a quarter full") and a proportion "N in (every) M" ("23 in every
100", "one in five", "one car in fifty", "a one-in-four chance": the share N/M); in "N out of M" both words are
facts ("twelve out of twenty"); an age group ("the under-12s") is its bound number; a
rate per a count of a unit is the rate per one ("£1 for every 10 grams" is £0.10 per gram). A hedge before a number ("about", "nearly", "just over")
says it rounds another value, and on which side (`Atom.hedge`). A rise
written "from X to Y" is one range atom marked `from_to`; a fall is two atoms, the first of which
`starts_a_change`. Ratios ("1:2", "one adult to 2 children"), how often something recurs ("twice
daily", "every quarter", "once a year": one reader, `recurrences`, read as a frequency by
`how_often_in` and `recurrence_rates` and as a period by `periods_in`) and what a share is of
("50% of the single fare", "the full fare", `wholes_in`) are read for the checks only, not as atoms.

Decimal arithmetic is used for values so that keys are exact ("2.3 billion" is 2300000000, not
2299999999.9999998).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache

from ..text import DETERMINERS, STOPWORDS
from .atom import Atom, Mask, fold, is_year_like, make_atom
from .bounds import degree_bound_after, degree_bound_before
from .lexicon import COUNT_ADJECTIVES, FUNCTION_WORDS, MONTHS, PERIODS, SMALL_NUMBERS, TENS, is_count_word, NOT_COUNTED, ORDINALS, STOP_CAPS, TOTAL_WORDS, WEEK, WEEKDAYS_ONLY, singular, strip_possessive
from ..wordforms import irregular_past, participle, verb_of
from .names import SPACED_CODE_STOP, code_atom, plural_code, section_number_ends_at
from .units import CURRENCIES, CURRENCY_SYMBOLS, FRACTION, SEP, convert, counted_period, dimension, is_measure, is_period, period_word, read_rate, read_unit


# "a quarter of a year", "two thirds of a mile": a share of one unit; "a third of the staff", "one
# tenth of the bill": a share of a whole (`FRACTION`). The denominators people write in words.
_FRACTIONS = {w: Decimal(i) for i, w in enumerate(
    "half third quarter fifth sixth seventh eighth ninth tenth".split(), start=2)}
# ... and the round ones past ten ("one-twentieth of the share capital" is 5%, "a hundredth of a second")
_FRACTIONS |= {"twelfth": Decimal(12), "twentieth": Decimal(20), "fiftieth": Decimal(50),
               "hundredth": Decimal(100), "thousandth": Decimal(1000)}

_SCALE_WORDS = {
    "hundred": Decimal(100), "thousand": Decimal(10**3), "million": Decimal(10**6),
    "billion": Decimal(10**9), "trillion": Decimal(10**12), "dozen": Decimal(12),
}
# Glued suffixes: "8k", "70B", "$2M". "m"/"b" mean million/billion only after a currency.
_SCALE_SUFFIXES = {
    "k": Decimal(10**3), "K": Decimal(10**3), "M": Decimal(10**6), "B": Decimal(10**9),
    "T": Decimal(10**12), "mn": Decimal(10**6), "mln": Decimal(10**6), "bn": Decimal(10**9),
    "bln": Decimal(10**9), "tn": Decimal(10**12),
}
_MONEY_SCALE_SUFFIXES = {**_SCALE_SUFFIXES, "m": Decimal(10**6), "b": Decimal(10**9)}

# "dozens", "hundreds of millions": a vague amount, recorded as a range (approx=True).
_VAGUE = {
    "tens": (Decimal(20), Decimal(99)), "dozens": (Decimal(24), Decimal(99)),
    "hundreds": (Decimal(200), Decimal(999)), "thousands": (Decimal(2000), Decimal(999000)),
    "millions": (Decimal(2 * 10**6), Decimal(999 * 10**6)),
    "billions": (Decimal(2 * 10**9), Decimal(999 * 10**9)),
}
_VAGUE_OF = {"thousands": Decimal(10**3), "millions": Decimal(10**6), "billions": Decimal(10**9)}


# Number cores
# --------------------------------------------------------------------------------------------

# Digits: "1,234,567.89" (groups of exactly three) or "1234.5". ASCII digits only: other
# scripts' digits are rare in answers and not worth the ambiguity.
# a whole number may end in a vulgar fraction, read as its decimal ("13½ minutes" = 13.5 minutes)
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+|[½¼¾])?)"
_CURRENCY_PREFIX = r"(?:US\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR)[^\S\n]?)"
_SMALL_ALT = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_ONES_ALT = "one|two|three|four|five|six|seven|eight|nine"
# "nought" only as the whole part of a decimal read aloud ("nought point nine"): alone it is an idiom
_UNDER_100 = rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_ONES_ALT}))?|{_SMALL_ALT}|nought(?={SEP}+point{SEP}))"
# "three hundred and twelve", "a hundred and fifty", "one hundred eighty", "twelve hundred"
_HUNDREDS = rf"(?:{_UNDER_100}|an?(?=\s+hundred\b))(?:\s+hundred(?:(?:\s+and)?\s+{_UNDER_100}\b)?)?"
_BIG_SCALE = r"(?:thousand|million|billion|trillion)"
# A compound of groups, each but the last closed by a scale word ("fifteen thousand eight hundred",
# "two million five hundred thousand", "one thousand and fifty"): one number, not two. A scale
# word after a lone group is left to `_read_scale`, which also scales the second end of a range.
# A comma after a scale word, as cheques and legal texts write amounts ("eighteen thousand, four
# hundred and sixty-two"), joins only a last group: "ten thousand, five thousand" is a list.
_CARDINAL = (rf"(?:{_HUNDREDS}(?:\s+{_BIG_SCALE}(?:\s+and)?\s+{_HUNDREDS}\b)*"
             rf"(?:\s+{_BIG_SCALE}(?:(?:\s+and)?\s+{_HUNDREDS}\b|,(?:\s+and)?\s+{_HUNDREDS}\b(?!\s+(?:hundred|{_BIG_SCALE})\b)))"
             rf"(?:\s+{_BIG_SCALE}\b)?|{_HUNDREDS})")
_FRACTION_ALT = "|".join(f"{w}s?" if w != "half" else w for w in _FRACTIONS)
# A fraction before "of" is a share ("a third of the staff"), and so is one before a comparative of
# amount, the share a thing differs by ("a fifth more than the fare", "a third less", "a quarter
# fewer": the comparatives of amount, a closed class), or any hyphened one, a word of its own
# ("a one-third share", "a two-thirds majority", "about nine-tenths").
_SHARE_COMPARATIVE = r"more|less|fewer|higher|lower"
# ... and so is one before the two ends of a container's extent ("a quarter full", "two thirds empty")
_EXTENT = r"full|empty"
# "half" before a determiner or "of" is a share ("half the rate", "half of all claims"); before
# "a(n)", a share of one unit ("half a day").
_SHARE_AFTER = "|".join(["of", *sorted(DETERMINERS - {"a", "an"}), "all"])
_WORD_NUM = (
    rf"(?i:(?P<frac>(?:an?|one|two|three|four|five|six|seven|eight|nine)"
    rf"(?:[-\s]+(?:{_FRACTION_ALT})(?=\s+(?:of|{_SHARE_COMPARATIVE})\s|\s+(?:{_EXTENT})\b)|-(?:{_FRACTION_ALT})\b(?!-)))"
    rf"|(?P<card>{_CARDINAL})"
    r"|(?P<one>an?)(?=\s+(?:hundred|thousand|million|billion|trillion)\b)"
    r"|(?P<unit_half>an?)(?=\s+[^\W\d_]+\s+and\s+an?\s+(?:half|third|quarter)\b)"
    r"|(?P<dozen>a\s+dozen)|(?P<couple>a\s+couple(?:\s+of)?)|(?P<half>half\s+an?)"
    r"|(?P<part_hour>half|quarter)(?=[-\s]hours?\b)"
    rf"|(?P<share>half)(?=\s+(?:{_SHARE_AFTER})\s)"
    r"|(?P<vague>(?:tens|dozens|hundreds|thousands)(?:\s+of\s+(?:thousands|millions|billions))?"
    r"|millions|billions)"
    r"|(?P<a_unit>an?)(?=\s+[^\W\d_]))"
)
# A share in words before a clause's end ("A quarter.", "It's two fifths,"): a share where it is
# an answer of its own (`_fills_sentence`); elsewhere its words are read as `_WORD_NUM` reads them.
_FRACTION_ALONE = (rf"(?i:(?P<frac_alone>(?:an?|one|two|three|four|five|six|seven|eight|nine)[^\S\n]+"
                   rf"(?:{_FRACTION_ALT}))(?=[*_]*(?:[.!?;,]|$)))")
# A share written in digits before "of" or "off" ("1/5 off the total", "3/4 of the members"): a
# fraction, as "a fifth" is; elsewhere "1/5" may be a date or a score, left to the digits.
_SLASH_SHARE = r"(?<![\w./])(?P<slash>[0-9]{1,3}/[0-9]{1,3})(?![\w/])(?=\s+(?:of|off)\b)"
# Lookbehinds: not inside a word or code ("H100", "GPT-4") or after a decimal point.
_NUM_RE = re.compile(
    rf"{_SLASH_SHARE}|(?P<cur>{_CURRENCY_PREFIX})?(?<![\w.])(?<![^\W_]-)(?P<num>{_DIGITS})"
    rf"|\b{_FRACTION_ALONE}|\b{_WORD_NUM}\b"
)
# The same without the share alone: its groups, never matched, so one reader serves both.
_NOT_ALONE_RE = re.compile(rf"(?P<cur>(?!x)x)?(?P<num>(?!x)x)?(?P<frac_alone>(?!x)x)?\b{_WORD_NUM}\b")
_CANDIDATE_RE = re.compile(r"(?P<d>[0-9]+)|(?P<w>[A-Za-z]+)")
_CURRENCY_BEFORE_RE = re.compile(rf"{_CURRENCY_PREFIX}$")
_NUMBER_WORD_STARTS = frozenset(
    [*SMALL_NUMBERS, *TENS, "nought", "a", "an", "half", "quarter", "tens", "dozens", "hundreds", "thousands", "millions", "billions"])
# The second number of a range ("5-7"): no lookbehind, the hyphen is the range's own.
_NUM_AT_RE = re.compile(rf"(?P<cur>{_CURRENCY_PREFIX})?(?P<num>{_DIGITS})|\b{_WORD_NUM}\b")
# "or" makes a range too: speech gives "four or five months", "30 or 40,000". An em dash joins a
# range only unspaced ("5—7"): spaced, it sets off a clause ("4,210 in Arm 2 — 12,630 in total").
# A suspended hyphen ("14- to 17-year-olds", "two- or three-day courses") leaves the first number's
# unit to the second's: a range as the words after it make one.
_SUSPENDED = rf"[-‐]{SEP}+(?:to|through|or){SEP}+(?=[0-9A-Za-z.,]+[-‐][^\W\d_])"
_RANGE_SEP_RE = re.compile(rf"{_SUSPENDED}|{SEP}*(?:-|–|~){SEP}*|—|{SEP}+(?:to|through|or){SEP}+", re.IGNORECASE)
# "and" after one joins two values, no range ("30- and 60-minute sessions"): the first takes the
# second's unit (`_suspended_unit`)
_SUSPENDED_AND_RE = re.compile(rf"[-‐]{SEP}+(?:and|&){SEP}+", re.IGNORECASE)
_RANGE_AND_RE = re.compile(rf"{SEP}+and{SEP}+", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_RE = re.compile(rf"{SEP}+to{SEP}+", re.IGNORECASE)
_SCALE_WORD_RE = re.compile(rf"(?:{SEP}+|-)(?P<w>hundred|thousand|million|billion|trillion|dozen)\b", re.IGNORECASE)
_SCALE_SUFFIX_RE = re.compile(r"(?P<s>mln|bln|mn|bn|tn|[kKMBTmb])(?![^\W_])")
_SPACED_SCALE_RE = re.compile(rf"{SEP}(?P<s>mln|bln|mn|bn|tn)(?![^\W_])")
_OF_RE = re.compile(rf"{SEP}+of(?={SEP})")
_LABEL_BEFORE_RE = re.compile(rf"(?<![^\W_])[A-Z][a-z]+{SEP}+$")
# The nouns that name a part of a text, a small closed class: "section 5", "Table 2", "page 12",
# "step 3", "§ 4" label where something is written, they state nothing about the world. After
# "a(n)" the noun is a thing, not a label ("a table 4 guests can share").
_TEXT_PART_BEFORE_RE = re.compile(
    rf"(?:(?<![^\W_])(?<!\ba\s)(?<!\ban\s)(?:sections?|clauses?|articles?|chapters?|paragraphs?|paras?\.?|"
    rf"appendix|appendices|annex(?:es)?|tables?|figures?|figs?\.|pages?|pp?\.|steps?)|§§?){SEP}*$", re.IGNORECASE)
# The abbreviations of "number", a closed class ("No. 47", "Nos. 3", "Nr. 5"), after a word: at a
# sentence's start "No. 5 is open" may be the word "no".
_NUMBER_SIGN_RE = re.compile(rf"(?<=[^\W_]{SEP})(?:No|no|Nos|nos|Nr|nr)\.{SEP}*$")
_LABEL_NUMBER_RE = re.compile(
    rf"[0-9]+(?:\.[0-9]+)*[a-z]?(?:{SEP}*(?:-|–|to|and){SEP}*[0-9]+(?:\.[0-9]+)*[a-z]?)?(?![^\W_])")
# A sentence of its own: "Fifteen." (bold or italics aside), after the text's start or another sentence.
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:]\s+|\n)[\s*_]*$")
# the forms of "be" before a complement, a closed class; and the marks that end a clause
_COPULA_BEFORE_RE = re.compile(r"(?:\b(?:is|are|was|were)|[’']s)\s+$", re.IGNORECASE)
# A colon after a count ends it as well: what follows lists what it counts ("It's four: two
# chilled and two frozen", "Four: C1, C2, F1 and F2").
_CLAUSE_END_RE = re.compile(r"[*_]*(?:[,;.!?]|:[*_]*(?=\s)|\s+[—–]\s)")
# "of" and a pronoun after a number: the number counts what the pronoun stands for (closed class)
_PARTITIVE_AFTER_RE = re.compile(r"[^\S\n]+of[^\S\n]+(?:them|those|these|us|you)\b", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[*_]*(?:[.!?][*_]*(?:\s|$)|[^\S\n]*(?:\n|$))")
_OF_A_RE = re.compile(rf"{SEP}+of{SEP}+(?P<one>an?|one)(?={SEP})", re.IGNORECASE)
# A whole number and a part of one: "two and a half years", "three and a quarter hours", "four and
# two thirds cups", "an hour and a quarter" (the part is of the number's unit).
_AND_PART_RE = re.compile(
    rf"{SEP}+and{SEP}+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)(?:{SEP}+|(?P<hy>-))(?P<d>{_FRACTION_ALT})\b",
    re.IGNORECASE)
# A share in words right after a whole number and "and" is that number's part ("four and a half more
# than", "twenty-six and a half"), not a share of its own, even where no unit follows to read them as one.
_WHOLE_AND_BEFORE_RE = re.compile(rf"(?:\d|\b(?:{_TENS_ALT}|{_ONES_ALT}|{_SMALL_ALT}))[^\S\n]+and[^\S\n]+$", re.IGNORECASE)
# A tens word hyphened to an ordinal of ones is one ordinal ("the twenty-fifth", "thirty-first"), no count.
_TENS_VALUES = frozenset(range(20, 100, 10))
_ORDINAL_TAIL_RE = re.compile(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.IGNORECASE)
# Hedges of rounding, a small closed class of English words: the value is another rounded, on
# either side ("about", "roughly"), below it ("nearly", "just under") or above it ("just over").
# Comparators alone ("under 18", "over 65") bound a value, they do not round one (`bounds`).
_HEDGES = (
    ("around", r"about|approximately|approx\.?|around|roughly|circa|close\s+to|some|~|≈"),
    ("below", r"nearly|almost|just\s+(?:under|below|short\s+of|less\s+than)|not\s+quite"),
    ("above", r"just\s+(?:over|above|more\s+than)|a\s+little\s+(?:over|more\s+than)"),
)
# Words before a number that make it no exact value: the hedges above and the comparators that
# bound it ("at least 6", "under 18"; `bounds` reads which side), a closed class of English. The
# one list: the extractive drafter keeps them with the number it quotes.
_BOUND_WORDS = (r"over|more\s+than|less\s+than|fewer\s+than|under|below|above|up\s+to|at\s+least|at\s+most|"
                r"upwards\s+of|in\s+excess\s+of|north\s+of|an\s+estimated|estimated|just|<|>|≥|≤")
QUALIFIER_WORDS = "|".join(words for _, words in _HEDGES) + "|" + _BOUND_WORDS
_APPROX_RE = re.compile(rf"(?<![^\W_])(?:{QUALIFIER_WORDS})[^\S\n]*$", re.IGNORECASE)
# (a hedge rounds a stretch of time it frames too: "roughly the last three months", "about the
# first 20 minutes"; the frame's words a closed class)
_FRAME = r"(?:[^\S\n]+the[^\S\n]+(?:last|first|next|final|past|coming))?"
_HEDGE_RES = tuple((side, re.compile(rf"(?:(?<![^\W_])(?:{words})){_FRAME}[^\S\n]*$", re.IGNORECASE))
                   for side, words in _HEDGES)


def _hedge_before(text: str, start: int) -> str | None:
    """Which side of a value the number written at `start` rounds, or None (`_HEDGES`)."""
    before = text[max(0, start - 24):start]
    return next((side for side, rx in _HEDGE_RES if rx.search(before)), None)


# what comes before "a" when it says "per": a count or amount ("£40 a", "once a", "3 times a")
_RATE_BEFORE_RE = re.compile(r"(?:[0-9][^\s]*|\b(?:once|twice|thrice|times))\s+$", re.IGNORECASE)
# A second number after "or": "a week or two" is a vague range, not one week.
_OR_NUMBER_RE = re.compile(rf"{SEP}+or{SEP}+(?:[0-9]|(?:{_SMALL_ALT})\b)", re.IGNORECASE)
# A bound after the number, before its noun or unit: "six or more residents", "5 or fewer days".
_OR_BOUND_RE = re.compile(rf"{SEP}+or{SEP}+(?:more|fewer|less|over|above|under|below)\b", re.IGNORECASE)
# the next side of a size written as its sides ("500 x 250 mm", "90 × 55 × 60 cm", "2 by 3 metres")
_SIDE_RE = re.compile(rf"{SEP}*[x×]{SEP}*(?=\d)|{SEP}+by{SEP}+(?=\d)")
_SIDE_NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# "a" or "an" right before a number makes it a noun ("a 26", "an 8"), so a plural after it is no count
_ARTICLE_BEFORE_RE = re.compile(r"\b[Aa]n?\s+$")
# A year and a coordinator right before a year-like number ("the 2025 and 2026 seasons"): the two
# are years that share the noun, not a count of it (coordinators, a closed class).
_YEAR_AND_BEFORE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d\s+(?:and|or|&)\s+$")
# a determiner right before a number: "the 1988 gates", "their 2028 arrangements"
_DETERMINER_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(DETERMINERS - {'a', 'an'}))})[^\S\n]+$", re.IGNORECASE)


def _not_a_count(text: str, start: int, num: str | None, noun_end: int) -> bool:
    """A number before a plain noun that is not a count of it: part of a name (`_capital_before`)
    before a plural ("three Route 21 buses": a singular, "the Month 12 visit", stays read as the name's
    number with its noun, compared as one with the documents' "Month 24 visit"), or a name's
    number before a verb, first in a sentence too (`_name_before`: "Ward 7 reports that …");
    a year after a determiner ("the 1988 gates", "the 2028 arrangements": a count would be written
    1,988); "1" before a plural-marked word ("Update 1 says": one counts a singular)."""
    if not num or not num.isdigit():
        return False
    plural = _marked_plural(text[:noun_end])
    # a capitalised word inside a sentence (after another word on its line) before the number and a
    # plural: the number is part of a name ("three Route 21 buses", "the Bay 4 panel", "the Ivory
    # Act 2018 stops"), the noun is what the name modifies. Month and weekday names begin dates.
    name = _capital_before(text, start, 40) if plural else None
    if name and _WORD_SPACE_BEFORE_RE.search(text, max(0, start - 41), name.start()) \
            and name.group("w").casefold() not in MONTHS and name.group("w").casefold() not in WEEK:
        return True
    if is_year_like(num) and _DETERMINER_BEFORE_RE.search(text, max(0, start - 8), start):
        return True
    return num == "1" and plural or _name_before(text, start, start + len(num))
_WORD_AFTER_RE = re.compile(rf"(?P<sp>{SEP}+|-)(?P<w>[^\W\d_][\w'’]*(?:-[^\W_]+)*)")
_COUNT_CODE_RE = re.compile(rf"{SEP}+(?P<c>[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w-])")


_ACRO_RE = re.compile(r"[A-Z]{2,}s?")
_TITLE_PLURAL_RE = re.compile(r"[A-Z][a-z]+s")
_CARD_SPLIT_RE = re.compile(r"[\s,-]+")
_NUMBER_WORD_RE = re.compile(rf"(?i:{_UNDER_100}|oh)")


def _fmt(d: Decimal) -> str:
    """Canonical decimal string: "2000000", "2.5", "0.016" (never exponent notation)."""
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def _dec(s: str) -> Decimal:
    if s[-1:] in _VULGAR:
        return Decimal(s[:-1].replace(",", "")) + _VULGAR[s[-1]]
    return Decimal(s.replace(",", ""))


def amount_of(n: str) -> Decimal:
    """A count written in digits ("1,200") or in words ("twelve hundred", "twenty-five")."""
    return _dec(n) if n[:1].isdigit() else _cardinal_value(n)[0]


def _value_key(lo: Decimal, hi: Decimal | None) -> str:
    return _fmt(lo) if hi is None else f"{_fmt(lo)}-{_fmt(hi)}"


@dataclass(slots=True)
class _Core:
    lo: Decimal
    hi: Decimal | None
    form: str  # digits | card | one | dozen | couple | half | frac | vague
    currency: str | None
    end: int
    scaled: bool = False   # a scale word inside a compound in words ("two thousand five hundred")


def _cardinal_value(words: str) -> tuple[Decimal, bool]:
    """The value of a cardinal in words, and whether a scale word inside it made it ("fifteen
    thousand eight hundred" is 15800, True): each scale word closes the groups before it."""
    total, group, scaled = Decimal(0), Decimal(0), False
    for w in _CARD_SPLIT_RE.split(words.casefold()):
        if w == "hundred":
            group *= 100
        elif w in _SCALE_WORDS:
            # "two million five hundred thousand": the group before it; "one thousand million": all
            total = total * _SCALE_WORDS[w] if group == 0 else total + group * _SCALE_WORDS[w]
            group, scaled = Decimal(0), True
        elif w in ("a", "an"):
            group += 1
        elif w != "and":
            group += SMALL_NUMBERS.get(w, 0) + TENS.get(w, 0)
    return total + group, scaled


_CARD_WORD_RE = re.compile(r"[^\s,-]+")


def _cardinal_end(card: str) -> int:
    """Where a cardinal in words ends: all of `card`, or before the "and" that joins two numbers
    its pattern read as one. Scale words fall from group to group ("two million five hundred
    thousand"); one as large as a scale word already closed, after a group of its own, starts a
    second number, so the "and" before that group joins two ("between one thousand eight hundred
    and two thousand six hundred pounds" is a range, not 803,600). "One thousand million" scales
    all before it and is one number."""
    closed, group, last_and = None, False, None
    for w in _CARD_WORD_RE.finditer(card):
        word = w.group(0).casefold()
        if word == "and":
            last_and = w.start()
        elif word in _SCALE_WORDS and word not in ("hundred", "dozen"):
            size = _SCALE_WORDS[word]
            if closed is not None and group and size >= closed and last_and is not None:
                return len(card[:last_and].rstrip())
            closed, group = size, False
        elif word != "hundred":
            group = True
    return len(card)


def _compound_cardinal(text: str, m: re.Match) -> bool:
    """The core is a cardinal in words of two number words or more ("twenty-two", "one hundred and
    five"): as exact as digits, and no idiom is made of one, as "one of them" or "two reasons" are
    ("a hundred" counts as one word: "a" is no number word of its own). Not after another number
    word: "nineteen ninety-nine" is a year or a price, not 99."""
    card = m.groupdict().get("card")
    if not card or len([w for w in _CARD_SPLIT_RE.split(card.casefold()) if w not in ("a", "an", "and", "")]) < 2:
        return False
    before = re.search(r"([^\W\d_]+)[\s-]+$", text[max(0, m.start() - 24):m.start()])
    return before is None or _NUMBER_WORD_RE.fullmatch(before.group(1)) is None


def _core(m: re.Match) -> _Core | None:
    """Value of one number core match."""
    g = m.groupdict()
    currency = CURRENCY_SYMBOLS[g["cur"].strip()] if g.get("cur") else None
    if g.get("num"):
        try:
            return _Core(_dec(g["num"]), None, "digits", currency, m.end())
        except InvalidOperation:
            return None
    if g.get("card"):
        cut = _cardinal_end(g["card"])
        val, scaled = _cardinal_value(g["card"][:cut])
        return _Core(val, None, "card", None, m.start("card") + cut if cut < len(g["card"]) else m.end(), scaled)
    if g.get("one") or g.get("unit_half") or g.get("a_unit"):
        return _Core(Decimal(1), None, "one", None, m.end())
    if g.get("dozen"):
        return _Core(Decimal(12), None, "dozen", None, m.end())
    if g.get("couple"):
        return _Core(Decimal(2), None, "couple", None, m.end())
    if g.get("half"):
        return _Core(Decimal("0.5"), None, "half", None, m.end())
    if g.get("part_hour"):   # "a half-hour slot", "billed by the quarter hour": a part of the hour
        return _Core(Decimal("0.5") if g["part_hour"].casefold() == "half" else Decimal("0.25"), None, "half", None, m.end())
    if g.get("share"):
        return _Core(Decimal("0.5"), None, "frac", None, m.end())
    if g.get("slash"):
        top, bottom = (Decimal(x) for x in g["slash"].split("/"))
        return _Core(top / bottom, None, "frac", None, m.end()) if 0 < top < bottom else None
    if g.get("frac") or g.get("frac_alone"):
        count, part = _CARD_SPLIT_RE.split((g.get("frac") or g["frac_alone"]).casefold())
        share = Decimal(SMALL_NUMBERS.get(count, 1)) / _FRACTIONS[part.rstrip("s")]
        return _Core(share, None, "frac", None, m.end())
    words = g["vague"].casefold().split()
    lo, hi = _VAGUE[words[0]]
    if len(words) == 3:
        lo, hi = lo * _VAGUE_OF[words[2]], hi * _VAGUE_OF[words[2]]
    return _Core(lo, hi, "vague", None, m.end())


def _read_scale(text: str, pos: int, core: _Core) -> tuple[Decimal, int] | None:
    """A scale word or suffix right after a number: "2 million", "8k", "$2M", "$3 bn"."""
    m = _SCALE_WORD_RE.match(text, pos)
    if m:
        return _SCALE_WORDS[m.group("w").casefold()], m.end()
    if core.form == "digits":
        suffixes = _MONEY_SCALE_SUFFIXES if core.currency else _SCALE_SUFFIXES
        m = _SCALE_SUFFIX_RE.match(text, pos)
        if m and m.group("s") in suffixes:
            return suffixes[m.group("s")], m.end()
        m = _SPACED_SCALE_RE.match(text, pos)
        if m:
            return _SCALE_SUFFIXES[m.group("s")], m.end()
    return None


def _is_noun(word: str) -> bool:
    if len(word) < 2 or word.casefold() in NOT_COUNTED or word.casefold() in MONTHS:
        return False
    if _NUMBER_WORD_RE.fullmatch(word):
        return False   # "eighteen ninety-seven": a number word counts nothing, it is a number
    if word.islower():
        return True
    if _ACRO_RE.fullmatch(word):  # GPUs, HBM
        return word.rstrip("s").upper() not in SPACED_CODE_STOP
    return bool(_TITLE_PLURAL_RE.fullmatch(word)) and not word.endswith("ss")  # "500 Engineers"


def _read_counted(text: str, pos: int, hyphen_ok: bool, many: bool = False) -> tuple[str, int, list[tuple[int, int]]] | None:
    """A counted noun after a number: "400,000 H100 GPUs" -> ("gpu", end, [span of H100]). Of more
    than one (`many`), a singular noun before a plural one modifies it: "two kitchen rules" counts
    rules. An irregular verb's past ("2.4 made it start") is no noun."""
    codes: list[tuple[int, int]] = []
    m = _WORD_AFTER_RE.match(text, pos)
    if m and m.group("sp") == "-" and not hyphen_ok:
        return None
    if m and m.group("w")[:1].isupper() and section_number_ends_at(text, pos):
        return None   # "9.2 Tokens are worth £60 a year": a clause's number and its first word
    if m and m.group("w").casefold() in COUNT_ADJECTIVES:
        nxt = _WORD_AFTER_RE.match(text, m.end())
        if nxt and nxt.group("sp") != "-":
            m = nxt
    c = _COUNT_CODE_RE.match(text, m.end() if m and m.group("w").casefold() in COUNT_ADJECTIVES else pos)
    if c:
        codes.append((c.start("c"), c.end("c")))
        m2 = _WORD_AFTER_RE.match(text, c.end())
        if m2 and m2.group("sp") != "-" and _is_noun(strip_possessive(m2.group("w"))):
            word = strip_possessive(m2.group("w"))
            return singular(word), m2.start("w") + len(word), codes
        code = c.group("c")
        unit = fold(code[:-1] if plural_code(code) else code)
        return unit, c.end(), codes
    if not m:
        return None
    word = strip_possessive(m.group("w"))
    if not _is_noun(word) or _past_verb(word):
        return None
    if word.islower() and word.endswith("ed") and participle(word):
        # a regular past ("Condition 3 asked for", "the 40 recorded in March") counts no "asked":
        # as a modifier it leaves the count to the plural noun after it ("two failed inspections")
        head = _WORD_AFTER_RE.match(text, m.end())
        if head and head.group("sp") != "-" and head.group("w").islower() and _plural_word(head.group("w")) \
                and _is_noun(head.group("w")):
            return singular(head.group("w")), head.end("w"), codes
        return None
    modifier = many and m.group("sp") != "-" and word.islower() and not _plural_word(word)
    head = _WORD_AFTER_RE.match(text, m.end()) if modifier else None
    if head and head.group("sp") != "-" and head.group("w").islower() and _plural_word(head.group("w")) \
            and _is_noun(head.group("w")):
        return singular(head.group("w")), head.end("w"), codes
    return singular(word), m.start("w") + len(word), codes


def _plural_word(word: str) -> bool:
    """A word marked plural by its ending ("rules", "stories"), as `singular` reads it."""
    return singular(word) != word.casefold()


def _past_verb(word: str) -> bool:
    """An irregular verb's past that is not also its base ("made", "took"; not "cut", "set")."""
    w = word.casefold()
    return irregular_past(w) and verb_of(w) != w


def _read_range(text: str, start: int, pos: int, core: _Core) -> tuple[_Core, Decimal | None, int] | None:
    """A second number making a range: "5-7", "five to seven", "between 2 and 3 million"."""
    sep = _RANGE_SEP_RE.match(text, pos)
    if not sep and _BETWEEN_RE.search(text, max(0, start - 12), start):
        sep = _RANGE_AND_RE.match(text, pos)
    if not sep:
        return None
    m = _NUM_AT_RE.match(text, sep.end())
    if not m:
        return None
    second = _core(m)
    if second is None or second.hi is not None or (second.form == "digits") != (core.form == "digits"):
        return None
    if second.currency and core.currency and second.currency != core.currency:
        return None
    scale = _read_scale(text, second.end, second)
    end = scale[1] if scale else second.end
    return second, scale[0] if scale else None, end


def _suspended_unit(text: str, pos: int) -> tuple[str, Decimal, int] | None:
    """The unit a suspended hyphen at `pos` leaves to the number after "and" ("30- and 60-minute":
    minutes), with the end of the hyphen; None where no such number and unit follow."""
    sep = _SUSPENDED_AND_RE.match(text, pos)
    m = _NUM_AT_RE.match(text, sep.end()) if sep else None
    second = _core(m) if m else None
    if second is None or second.hi is not None or not re.match(r"[-‐][^\W\d_]", text[second.end:second.end + 2]):
        return None
    read = read_unit(text, second.end, money=False)
    return (read[0], read[1], pos + 1) if read else None


def _sides_unit(text: str, pos: int) -> tuple[str, Decimal, int] | None:
    """The unit of length a size written as its sides gives after its last side ("500 x 250 mm":
    the 500 is millimetres too), read from the end of a bare side at `pos`; the end returned is
    `pos` (the atom stays the side). Lengths only: "3 x 5 minutes" is three times five minutes."""
    at, sides = pos, 0
    while (m := _SIDE_RE.match(text, at)) and (n := _SIDE_NUM_RE.match(text, m.end())):
        at, sides = n.end(), sides + 1
    read = read_unit(text, at, money=False) if sides else None
    if read is None or dimension(read[0]) != "length":
        return None
    return read[0], read[1], pos


def _past_emphasis(text: str, start: int, at: int) -> int:
    """Past the Markdown emphasis that closes at `at` round a number opened by the same marks
    right before `start` ("**eight** players", "*two* substitutes"): the marks are layout, and the
    noun after them is still the number's unit."""
    mark = _EMPHASIS_RE.match(text, at)
    return mark.end() if mark and text[max(0, start - len(mark.group(1))):start] == mark.group(1) else at


_EMPHASIS_RE = re.compile(r"(\*{1,2}|_{1,2})(?=[^\S\n])")


# A capitalised word right before a number in digits, and a verb after it: the number completes a
# name ("Update 1 says the ...", "Les Pierres 2026 costs €36"), it counts nothing. The verb is a
# word ending in "s" that a noun phrase, a clause or an amount follows, where a counted noun could
# not stand. Not after a function word or a hedge ("About 40 boats", "Only 3 places"): the closed
# classes of `STOP_CAPS` and the qualifiers; sentence adverbs end in "-ly". Where no verb follows
# the capital proves nothing alone ("Maximum 6 guests", "their Month 12 visit" is read as before).
_CAPITAL_BEFORE_RE = re.compile(r"(?<![^\W_])(?P<w>[A-Z][a-z]+)(?P<sp>[^\S\n]+)$")
_WORD_SPACE_BEFORE_RE = re.compile(r"[^\W_][^\S\n]+\Z")   # another word before, on the same line
_VERB_THEN_PHRASE_RE = re.compile(r"[^\S\n]+[a-z]+s[*_]*[^\S\n]+(?:(?:that|the|a|an|this|these|those|it|they|he|she|"
                                  r"we|you|his|her|their|its|our|no)\b|[£$€¥]|[0-9])")


def _capital_before(text: str, start: int, reach: int) -> re.Match | None:
    """The capitalised word (group "w") and the spaces between it and `start`, within `reach`."""
    return _CAPITAL_BEFORE_RE.search(text, max(0, start - reach), start)


def _name_before(text: str, start: int, end: int) -> bool:
    m = _capital_before(text, start, 24)
    if m is None or len(m.group("sp")) != 1 or fold(m.group("w")) in STOP_CAPS or m.group("w").endswith("ly"):
        return False
    return not _APPROX_RE.search(text, max(0, start - 24), start) and _VERB_THEN_PHRASE_RE.match(text, end) is not None


def _quantity_at(text: str, m: re.Match) -> list[Atom] | None:
    """Parse the number starting at match `m` with everything attached to it, or None."""
    core = _core(m)
    if core is None:
        return None
    start = m.start()
    if core.form == "frac" and text[start:start + 1] in "aA" and _WHOLE_AND_BEFORE_RE.search(text, max(0, start - 24), start):
        return None   # "four and a half more": the half is the four's part
    if core.form == "card" and core.lo in _TENS_VALUES and _ORDINAL_TAIL_RE.match(text, core.end):
        return None   # "the twenty-fifth": an ordinal, no count of "fifth" ("a six-second soak" is a length)
    pos = core.end
    lo, hi = core.lo, core.hi
    has_scale = core.scaled
    part = _and_part(text, pos) if core.form in ("digits", "card") else None
    if part:  # "two and a half years", "1 and a half million", "three and a quarter hours"
        lo, pos = lo + part[0], part[1]
    spoken = _spoken_decimal(text, start, pos, core) if not part else None
    if spoken:   # "one point four metres": a decimal as exact as digits, a fact on its own
        lo, pos = lo + spoken[0], spoken[1]
    scale = _read_scale(text, pos, core)
    if scale:
        lo, hi, pos, has_scale = lo * scale[0], (hi * scale[0] if hi is not None else None), scale[1], True
    rng = _read_range(text, start, pos, core) if core.hi is None else None
    if rng:
        second, scale2, end = rng
        hi = second.lo * (scale2 or 1)
        if not has_scale and scale2 is not None:  # "2-3 million": the scale applies to both
            lo, has_scale = lo * scale2, True
        elif (not has_scale and core.form == "digits" and "," not in text[start:core.end]
              and "," in text[pos:end] and lo < 1000 and lo * 1000 <= hi):
            lo = lo * 1000  # "10 to 20,000", "30–40,000": the thousands apply to both ends
        if hi <= lo:
            hi, rng = None, None
        else:
            pos = end
    currency = core.currency or (rng[0].currency if rng else None)
    unit: str | None = currency
    share = None if currency or has_scale or rng or core.form not in ("digits", "card") else _share_in_every(text, pos, lo)
    if share:   # "23 in every 100 requests", "one in five adults": a share of a whole
        lo, pos = share
        unit = FRACTION
    counted = False
    inner_codes: list[tuple[int, int]] = []
    compound = False   # a length of time written in two units ("an hour and twenty minutes")
    if core.form == "digits" and pos == core.end and pos < len(text) and text[pos].isalpha():
        glued = read_unit(text, pos, money=bool(currency))
        if glued is None:
            return None  # "3D", "5G", "2E": a code, not a number
    bound = None if rng else _OR_BOUND_RE.match(text, pos)
    of = None
    if core.form in ("vague", "couple", "frac"):
        of = (_OF_A_RE if core.form == "frac" else _OF_RE).match(text, pos)
        if of and core.form == "frac" and not read_unit(text, of.end(), money=False) and (
                of.group("one").casefold() == "one" or _modified_time_unit(text, of.end()) is None):
            # "three-quarters of one percent" is of a unit; "half of one team", "a quarter of a
            # tank" a share of a whole (one tank: "a quarter of a tank" is 25% of it)
            of = None
        probe = of.end() if of else pos
    else:
        probe = bound.end() if bound else pos
    probe = _past_emphasis(text, start, probe)
    if m.groupdict().get("frac_alone") and not _fills_sentence(text, start, pos):
        # "once a quarter.", "over three quarters": only an answer of its own is a share
        plain = _NOT_ALONE_RE.match(text, start)
        return _quantity_at(text, plain) if plain else None
    if core.form == "frac" and m.group("share") and _half_is_a_part(text, start):
        return None   # "the first half of 2024", "the other half": a part, not a share of what follows
    # a side of a size takes the unit written after the last side, before any glued "x" ("90 × 55")
    sides = _sides_unit(text, probe) if core.form == "digits" and not currency and not rng else None
    read = sides or read_unit(text, probe, money=bool(currency)) or (None if currency else _modified_time_unit(text, probe)) \
        or (None if currency or rng else _suspended_unit(text, probe))
    if read and read[0] == "second" and text[probe:read[2]] == "s" and m.group("num") and m.group("num").endswith("0"):
        return None  # "the 1990s", "the 80s": a decade, not seconds
    if read and not (currency and read[0] in CURRENCIES and read[0] != currency):
        u, factor, end = read
        if u in CURRENCIES or not currency:
            unit, pos = u, end
            lo, hi = lo * factor, (hi * factor if hi is not None else None)
            part = _and_part(text, pos) if hi is None and core.form in ("digits", "card", "one") else None
            if part:   # "a year and a half", "two hours and a half", "an hour and a quarter"
                lo, pos = lo + part[0] * factor, part[1]
            smaller = _smaller_unit_after(text, pos, unit) if hi is None and not part else None
            if smaller is None and hi is None and not part and core.form in ("card", "one") \
                    and (unit in _HUNDREDTHS or unit == "lb"):
                smaller = _spoken_hundredths(text, pos)
                if smaller and unit == "lb":
                    unit = "GBP"   # "one pound twenty": money, as no weight is spoken so
            if smaller:   # "3 hours 15 minutes" is one length of time, 3.25 hours
                lo, pos, compound = lo + smaller[0], smaller[1], True
            second_end = _measured_end(text, pos, unit, lo) if hi is None and not rng else None
            if second_end:   # "18 °C–22 °C", "3 h 15 min – 4 h": one interval
                hi, pos = second_end
    if m.group("unit_half") and unit is None:
        return None   # "a cup and a half": no unit to count the half in
    if (m.group("a_unit") and not compound
            and (unit is None or not (degree_bound_before(text, start) or _hedge_before(text, start) and is_measure(unit))
                 or _OR_NUMBER_RE.match(text, pos))
            and not (read and read[1] != 1 and dimension(unit) == "clock" and not _RATE_BEFORE_RE.search(text, max(0, start - 24), start))):
        # "a day" is one day where a comparator bounds it ("within a day"), a hedge rounds a measure
        # to it ("about an hour", "roughly a metre") or a smaller unit follows
        # ("an hour and twenty minutes", one length of time), else a word; a unit of
        # time that is a count of another ("a fortnight", two weeks) states its count, as "a dozen"
        # does, unless "a" is a rate's "per" ("once a fortnight", "£40 a fortnight")
        return None
    if unit is None and core.form == "frac" and of is None:
        unit = FRACTION   # "a third of the staff", "half the rate": a share of a whole
    if unit is None:
        cnt = _read_counted(text, probe, hyphen_ok=core.form == "digits" or core.form == "card",
                             many=lo > 1 and not (core.form == "digits" and is_year_like(m.group("num"))))
        if cnt and _ARTICLE_BEFORE_RE.search(text, max(0, start - 4), start) and lo > 1 and _plural_word(text[probe:cnt[1]].split()[-1]):
            cnt = None   # "A 26 falls in the band": after "a", the number is a noun, the plural a verb
        if cnt and _not_a_count(text, start, m.group("num"), cnt[1]):
            cnt = None   # "Route 21 buses", "the 1988 gates", "Update 1 says": a label or a year, no count
        if cnt:
            noun, end, inner_codes = cnt
            year_like = core.form == "digits" and is_year_like(m.group("num")) and not has_scale
            plural = not text[end - 1:end].isalnum() or text[end - 1] in "sS"
            if bound and not plural and lo != 1:
                pass   # "16 or under need a guardian": after "or under" only a plural noun is counted
            elif not year_like or (_marked_plural(text[:end]) and not _YEAR_AND_BEFORE_RE.search(text, max(0, start - 12), start)):
                # a year-like number counts only a noun marked plural, and an acronym's plural "s"
                # is lower case ("2009 GPUs"): "in 2009 CHS volunteers" is a year before a name,
                # "the 2021 census" a year before a singular noun, "the 2025 and 2026 seasons" two
                # years before a plural one
                unit, pos, counted = noun, end, True
            elif not plural:
                inner_codes = []
    if unit is not None:
        rate = read_rate(text, pos)
        per_count = None if rate else _per_count(text, pos)
        period = None if rate or per_count else counted_period(text, pos)
        if rate:
            unit, pos = f"{unit}/{rate[0]}", rate[1]
        elif per_count:   # "£1 for every 10 grams" is £0.10 per gram
            (per, count, pos), unit = per_count, f"{unit}/{per_count[0]}"
            lo, hi = lo / count, (hi / count if hi is not None else None)
        elif period:   # "£18 per seat per month": a rate per month, the span the amount alone
            unit = f"{unit}/{period}"
        elif unit in CURRENCIES and (terms := _PRICE_TERMS_RE.match(text, pos)) \
                and (taxed := read_rate(text, terms.end())) is not None:
            # "£642.00 plus VAT per quarter": what the price includes stands between it and its
            # period; the span is the amount alone, as the tax is a name of its own
            unit = f"{unit}/{taxed[0]}"
        elif unit in CURRENCIES and (subject := _period_of_subject(text, start)) is not None:
            unit = f"{unit}/{subject}"   # "The quarterly rental is £642.00": £642 a quarter
    # Which bare forms are facts on their own?
    if unit is None and not has_scale:
        if (core.form != "digits" and core.form not in ("vague", "dozen") and not rng and not _is_label(text, m)
                and not _compound_cardinal(text, m) and not spoken
                and not (lo > 1 and (bound or degree_bound_before(text, start) or degree_bound_after(text, pos)))
                and not _fills_sentence(text, start, pos) and not _in_out_of(text, start, pos)
                and not (lo > 1 and _counts_per(text, pos))):
            return None  # "two" alone is not a checkable fact ("five to seven", "no more than two" are)
        if core.form == "digits" and is_year_like(m.group("num")) and not rng:
            return None  # left to the year stage
        if core.form == "digits" and rng and is_year_like(m.group("num")):
            return None  # "2019-2023": two years
    if counted and lo <= 1 and core.form not in ("digits", "dozen"):
        return None  # "one reason", "a couple" of nothing: too vague to check
    sign = _negative_sign(text, start) if core.form in ("digits", "card") else 0
    if sign:
        # "−7 °C", "-3.5%": a sign glued to the number, not a dash between two ("5-7", "Q1-2");
        # "minus 2.5 °C", "minus four degrees": the sign in words
        start, lo, hi = start - sign, -lo, (-hi if hi is not None else None)
        if hi is not None:
            lo, hi = hi, lo
    kind = "quantity" if unit is not None else "number"
    key = f"{kind}:{unit}:{_value_key(lo, hi)}" if unit is not None else f"number:{_value_key(lo, hi)}"
    approx = core.form == "vague" or bool(bound) or bool(_APPROX_RE.search(text, max(0, start - 24), start)) \
        or _hedge_before(text, start) is not None
    from_to = bool(rng) and _written_from_to(text, start, core.end, pos)
    atoms = [make_atom(text, kind, key, start, pos, value=float(lo), high=float(hi) if hi is not None else None,
                   unit=unit, approx=approx, from_to=from_to, hedge=_hedge_before(text, start) if approx else None)]
    for cs, ce in inner_codes:
        atoms.append(code_atom(text, cs, ce))
    return atoms


# A rate given per a count of a unit: "£1 for every 10 grams", "5 ml for each ten kilograms", "£1.60
# per 1,000 kg". Only after "for" or "per": "500 mg every 6 hours" is a dose that recurs
# (`recurrences`), not 83 mg an hour. After "per", only a measure that ends its phrase: "£18 per 10 kg
# bag" is a price per bag, and "£18 per 30 days" a pass's price for its period.
_FOR_EVERY_RE = re.compile(
    rf"{SEP}+(?:for{SEP}+(?:every|each)|(?P<per>per)){SEP}+(?P<n>{_DIGITS}|{_UNDER_100})(?P<u>{SEP}+[^\W\d_]+)"
    rf"(?(per)(?!{SEP}+(?!(?:per|for|an?|each|every|of|and|or|in|on|at|to|from|which|with|plus)\b)[a-z]))",
    re.IGNORECASE)


# A proportion: "23 in every 100", "one in five", "three out of four". "In (every)" states a share
# (N of each M, read as the share N/M); "out of" a count and its total ("12 out of 20 points"), each
# a fact even as one word. Not after a unit or before one ("3 in 10 minutes" is a time).
_IN_EVERY_RE = re.compile(rf"(?:{SEP}+in{SEP}+|-in-)(?:every{SEP}+)?(?P<n>{_DIGITS}|{_UNDER_100})(?![\w:]|[.,]\d)", re.IGNORECASE)
# the noun one of a share counts, between it and "in": "one car in fifty", "one patient in every ten"
_ONE_NOUN_RE = re.compile(rf"{SEP}+(?P<w>[^\W\d_]+)(?=(?:{SEP}+in{SEP}+))")
_OUT_OF_AFTER_RE = re.compile(rf"{SEP}+out{SEP}+of{SEP}+(?:[0-9]|(?:{_UNDER_100})\b)", re.IGNORECASE)
_OUT_OF_BEFORE_RE = re.compile(rf"(?:[0-9]|\b(?:{_UNDER_100})){SEP}+out{SEP}+of{SEP}+$", re.IGNORECASE)


def _share_in_every(text: str, pos: int, lo: Decimal) -> tuple[Decimal, int] | None:
    """The share "N in (every) M" states after the count N (`lo`) at `pos`, and its end: "23 in every
    100" is 0.23, "one car in fifty" 0.02 (one of a singular noun); None when M is no larger than N
    or a unit follows it ("2 in 3 days")."""
    m = _IN_EVERY_RE.match(text, pos)
    noun = _ONE_NOUN_RE.match(text, pos) if m is None and lo == 1 else None
    if noun and singular(noun.group("w")) == noun.group("w").casefold() and not read_unit(text, pos, money=False):
        m = _IN_EVERY_RE.match(text, noun.end())
    if m is None:
        return None
    total = amount_of(m.group("n"))
    if total <= lo or read_unit(text, m.end(), money=False) or (m.group("n").isdigit() and is_year_like(m.group("n"))):
        return None
    return lo / total, m.end()


# "N of the M" with M bare at its clause's end is "N out of M", both counts ("Two of the twenty.");
# not "one of the M", which picks one out, nor "nine of the thirty-two nests", where the count of
# nests is the fact
_OF_THE_AFTER_RE = re.compile(rf"{SEP}+of{SEP}+the{SEP}+(?:{_DIGITS}|{_CARDINAL})(?=[*_]*[,;.!?)]|[*_]*$)", re.IGNORECASE)
_OF_THE_BEFORE_RE = re.compile(rf"(?P<n>[0-9]+|\b(?:{_UNDER_100})){SEP}+of{SEP}+the{SEP}+$", re.IGNORECASE)


# A distributive word after a count, a closed class: "two per term", "three each", "two every visit"
_PER_AFTER_RE = re.compile(rf"{SEP}+(?:per{SEP}+[^\W\d_]|each\b|every{SEP}+[^\W\d_]|to{SEP}+(?:an?|each){SEP}+[^\W\d_])",
                           re.IGNORECASE)


def _counts_per(text: str, end: int) -> bool:
    """The number ending at `end` counts per something ("Two per term", "two a week", "three
    each", "three to a slab"): a rate's count, a fact as a count with its noun is ("one a month"
    is "monthly", a frequency, which `recurrences` reads)."""
    return _PER_AFTER_RE.match(text, end) is not None or read_rate(text, end) is not None


def out_of_total(text: str, atom: Atom) -> bool:
    """`atom` is the total of "N out of M" ("100 out of 150"): the scale a count is taken from,
    not the count."""
    return _OUT_OF_BEFORE_RE.search(text, max(0, atom.start - 40), atom.start) is not None


def _in_out_of(text: str, start: int, end: int) -> bool:
    """The number at `start`..`end` is a count or a total of "N out of M" (or "N of the M")."""
    if _OUT_OF_AFTER_RE.match(text, end) or _OUT_OF_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    if _OF_THE_AFTER_RE.match(text, end):
        return amount_of(text[start:end]) > 1
    before = _OF_THE_BEFORE_RE.search(text, max(0, start - 40), start)
    return (before is not None and amount_of(before.group("n")) > 1
            and re.match(r"[*_]*(?:[,;.!?)]|$)", text[end:]) is not None)


# What a price includes or leaves out, between it and its period: "plus VAT", "including VAT",
# "ex. VAT", "+ VAT" (the words of a price's terms and the taxes' names: closed classes)
_PRICE_TERMS_RE = re.compile(r"\s*(?:\+|plus|including|excluding|inclusive\s+of|exclusive\s+of|incl?\.?|excl?\.?|ex\.?)"
                             r"\s+(?:VAT|GST|tax|sales\s+tax)\b,?", re.IGNORECASE)


# A sum that its clause's subject, qualified by an adjective of period, is or costs: "The quarterly
# rental for both machines is £642.00", "a monthly retainer of £1,450", "Annual fee: £480" (the
# adjective, up to four words of the noun phrase, and a copula, "of" or a colon right before the
# sum; the verbs are a closed class)
_LINK_WORDS = r"is|are|was|were|of|per|and|or|but|than|for|to|at|by|in|on"
_PERIOD_SUBJECT_RE = re.compile(
    rf"(?<![^\W_])(?P<p>hourly|daily|weekly|monthly|quarterly|annual|yearly){SEP}+"
    rf"(?:(?!(?:{_LINK_WORDS})\b)[\w'’-]+{SEP}+(?:for{SEP}+(?:both|each|all|the|one|every){SEP}+)?){{0,3}}"
    rf"(?!(?:{_LINK_WORDS})\b)[\w'’-]+"
    rf"(?:{SEP}+(?:is|are|was|will{SEP}+be|remains|stays(?:{SEP}+at)?|rises{SEP}+to|falls{SEP}+to|costs?|comes{SEP}+to|of)"
    rf"|{SEP}*:|\*\*:?\*\*:?|:\*\*)"
    rf"{SEP}+(?:(?:now|just|only|currently|still){SEP}+)?$", re.IGNORECASE)


def _period_of_subject(text: str, start: int) -> str | None:
    """The period a sum at `start` is per, where its clause's subject is "the quarterly rental" or
    "a monthly retainer" (`_PERIOD_SUBJECT_RE`): "quarter"; None otherwise, and where the adjective
    is a name's word, capitalised within its sentence or before another capital."""
    lo = max(text.rfind(c, 0, start) for c in ".;!?\n|")
    m = _PERIOD_SUBJECT_RE.search(text, lo + 1, start)
    if m is None:
        return None
    if m.group("p")[0].isupper() and (text[lo + 1:m.start()].strip(" *_#") or not text[m.end("p"):].lstrip()[:1].islower()):
        return None   # a capital within a sentence, or before one, names a plan ("the Annual plan", "Concession Annual rate")
    return period_word(m.group("p"))


# the tax a price's terms name before the word of the terms ("30%, VAT included", "VAT extra")
_TAX_THEN_TERMS_RE = re.compile(r"(?:VAT|GST|tax)\s+(?:included|inclusive|incl\.?|extra|excluded|exclusive|excl\.?)\b",
                                re.IGNORECASE)


def in_price_terms(text: str, atom: Atom) -> bool:
    """`atom` is the tax a price's terms name ("VAT" of "£65 plus VAT", "excl. VAT", "VAT
    included"): no party."""
    m = _PRICE_TERMS_RE.search(text, max(0, atom.start - 24), atom.end + 1)
    return m is not None and m.end() >= atom.end and m.start() <= atom.start \
        or _TAX_THEN_TERMS_RE.match(text, atom.start) is not None


def _per_count(text: str, pos: int) -> tuple[str, Decimal, int] | None:
    """A denominator with a count at `pos` (`_FOR_EVERY_RE`): its unit as `read_rate` names it
    ("g"), the count and the end; None when the words after the count are no unit of a rate."""
    m = _FOR_EVERY_RE.match(text, pos)
    if m is None:
        return None
    count = amount_of(m.group("n"))
    rate = read_rate(" per" + m.group("u"), 0)
    if rate is None or count <= 0 or rate[1] != len(m.group("u")) + 4 \
            or m.group("per") and is_period(rate[0]):
        return None
    return rate[0], count, m.end()



def _marked_plural(text: str) -> bool:
    """The last word of `text` ends in a lower-case plural "s" ("GPUs", "residents"), not in an "s"
    of the singular ("census", "bus", "analysis", "class")."""
    word = re.search(r"[A-Za-z]+$", text)
    return word is not None and text.endswith("s") and singular(word.group(0)) != word.group(0).casefold()

# A length of time written in two units, the larger first: "3 hours 15 minutes", "2 years and 6
# months"; after a comma the second may begin a clause ("2 hours, 20 minutes of which ..."). So is
# an amount of money in a currency and its minor unit ("twelve pounds and forty pence", "3 dollars
# and 5 cents").
_NEXT_AMOUNT_RE = re.compile(rf"(?:{SEP}+and)?{SEP}+(?P<n>{_DIGITS}|{_UNDER_100})(?![\w.,:])", re.IGNORECASE)


# Currencies whose smaller unit is a hundredth, said without its name after the larger one in words
# ("two pounds fifty", "three dollars twenty"), where the number ends its clause or a rate's "a" /
# "per" / "each", a preposition ("three pounds fifty for each adult", "from two pounds fifty to
# three") or a word of a total follows ("twelve pounds seventeen a day", "six hundred pounds twenty
# altogether"): closed classes, where no noun the number could count stands.
_HUNDREDTHS = frozenset(("GBP", "USD", "EUR"))
_SPOKEN_HUNDREDTHS_RE = re.compile(rf"{SEP}+(?P<n>{_UNDER_100})(?=[*_]*(?:[,.;:!?)]|$)|{SEP}+(?:a|an|per|each|every|"
                                   rf"for|to|from|in|on|at|by|with|"
                                   rf"{TOTAL_WORDS.replace(' ', SEP + '+')})\b)", re.IGNORECASE)


def _spoken_hundredths(text: str, pos: int) -> tuple[Decimal, int] | None:
    """The hundredths spoken bare after an amount of money in words: "two pounds fifty," is 2.50."""
    m = _SPOKEN_HUNDREDTHS_RE.match(text, pos)
    if m is None:
        return None
    n = amount_of(m.group("n"))
    return (n / 100, m.end()) if 0 < n < 100 else None


# the imperial and US customary lengths and masses, written in two units where metric uses a decimal
_CUSTOMARY_UNITS = frozenset({"mi", "fur", "yd", "ft", "in", "st", "lb", "oz"})


_INCHES_AFTER_FEET_RE = re.compile(rf"{SEP}?in(?![^\W_])")


def _smaller_unit_after(text: str, pos: int, unit: str) -> tuple[Decimal, int] | None:
    """An amount in a smaller unit of time, length or mass (or of the same currency) right after an
    amount in `unit` (`_NEXT_AMOUNT_RE`), in `unit`, and its end; None when none follows or it is
    no less than one `unit`. Lengths and masses are written so in customary units only: "1 mile 2
    furlongs", "5 feet 10 inches", "1 pound 4 ounces" are one length or weight each, but a metric
    amount is written as one decimal, so "54 km and 820 m" is two (a distance and a climb)."""
    customary = unit in _CUSTOMARY_UNITS
    if dimension(unit) not in ("clock", "calendar") and unit not in CURRENCIES and not customary:
        return None
    m = _NEXT_AMOUNT_RE.match(text, pos)
    if m is None:
        return None
    read = read_unit(text, m.end(), money=False)
    if read is None and unit == "ft" and (inches := _INCHES_AFTER_FEET_RE.match(text, m.end())):
        read = ("in", Decimal(1), inches.end())   # after feet, "in" is inches whatever follows: "6 ft 7 in of floor"
    if read is not None and read[0] == "GBP" and dimension(unit) == "mass":
        read = ("lb", Decimal(1), read[2])   # after stone, "pounds" weigh: "12 stone 13 pounds"
    gap = len(text) - m.end() - len(text[m.end():].lstrip(" "))
    if read is None and gap:   # after a unit of time a spaced symbol is one too: "9 min 15 s"
        glued = read_unit(text[:m.end()] + text[m.end() + gap:], m.end(), money=False)
        read = (glued[0], glued[1], glued[2] + gap) if glued else None
    if read is None or dimension(read[0]) != dimension(unit) or customary and read[0] not in _CUSTOMARY_UNITS:
        return None
    amount = amount_of(m.group("n")) * read[1]
    value = convert(float(amount), read[0], unit)
    if value is None or not 0 < value < 1:
        return None   # "2 hours 90 minutes", "3 hours 2 days": no length written in two units
    return Decimal(str(value)), read[2]


# What joins the ends of an interval each written with its unit: a dash. Not "to": "from 41 °F to
# 89.6 °F" is as often a change as an interval (`starts_a_change`); not "between X u and Y u" yet:
# read as one interval, it is true of a band the document gives another thing (al07's swap), which
# only two atoms that each fail the evidence now catch.
_MEASURED_DASH_RE = re.compile(rf"{SEP}*(?:-|–){SEP}*")


def _measured_end(text: str, pos: int, unit: str, lo: Decimal) -> tuple[Decimal, int] | None:
    """The upper end of an interval whose two ends each carry a unit of measurement, after the
    first end (read with its unit, and with a second unit of time: "3 hours 15 minutes") at `pos`:
    "18 °C–22 °C", "3 hours 15 minutes – 4 hours", "64.4 °F–71.6 °F". The
    second end is read whole, with its own unit, and must convert exactly to `unit`; its value in
    `unit` and its end, or None."""
    if not (is_measure(unit) or dimension(unit)) or unit in CURRENCIES:
        return None
    sep = _MEASURED_DASH_RE.match(text, pos)
    m = _NUM_AT_RE.match(text, sep.end()) if sep else None
    if m is None or m.group("cur"):
        return None
    second = _quantity_at(text, m)
    if not second or second[0].high is not None or second[0].unit is None or "/" in second[0].unit:
        return None
    value = convert(second[0].value, second[0].unit, unit)
    spaced = sep.group()[:1].isspace() and sep.group()[-1:].isspace()
    if spaced and second[0].unit != unit and (convert(1, second[0].unit, unit) or 1) < 1:
        # a spaced dash before a smaller unit restates the value more exactly ("three quarters of
        # an hour - 48 minutes", "1.5 kg - 1,500 g"); an interval's upper end is written in the
        # same or a larger unit ("90 minutes – 2 hours")
        return None
    if value is None or Decimal(str(value)) <= lo:
        return None
    return Decimal(str(value)), second[0].end


# A decimal read aloud: a cardinal, "point", then one digit word per digit ("one point four",
# "twelve point oh five"); the digit words are the closed class zero to nine (and "oh", "nought").
_DIGIT_WORDS = {**{w: i for w, i in SMALL_NUMBERS.items() if i < 10}, "oh": 0, "nought": 0}
_DIGIT_WORD_ALT = "|".join(_DIGIT_WORDS)
_SPOKEN_POINT_RE = re.compile(
    rf"{SEP}+point{SEP}+(?P<d>(?:{_DIGIT_WORD_ALT})(?:[\s-]+(?:{_DIGIT_WORD_ALT}))*)\b", re.IGNORECASE)
# "at one point, four ...": the idiom "at one point" is a moment, not a decimal's first part.
_AT_ONE_POINT_RE = re.compile(r"\bat\s+$", re.IGNORECASE)


def _spoken_decimal(text: str, start: int, pos: int, core: _Core) -> tuple[Decimal, int] | None:
    """The decimal part after a whole number in words ("one point four" is 1.4): its value and end."""
    if core.form != "card" or core.scaled:
        return None
    m = _SPOKEN_POINT_RE.match(text, pos)
    if m is None or _AT_ONE_POINT_RE.search(text, max(0, start - 4), start):
        return None
    digits = "".join(str(_DIGIT_WORDS[w]) for w in re.split(r"[\s-]+", m.group("d").casefold()))
    return Decimal("0." + digits), m.end()


def _and_part(text: str, pos: int) -> tuple[Decimal, int] | None:
    """A part of one written after a whole number at `pos` (`_AND_PART_RE`): its value and end.
    "and a half" counts 1/2; a plural denominator needs a count over one ("and two thirds")."""
    m = _AND_PART_RE.match(text, pos)
    if m is None:
        return None
    count = 1 if m.group("n").casefold() in ("a", "an") else SMALL_NUMBERS[m.group("n").casefold()]
    denominator = m.group("d").casefold()
    # a count over one takes the plural, or the hyphened singular of a modifier: "one and
    # three-quarter lengths", as "one and three-quarters"
    singular_ok = count > 1 and m.group("hy") is not None and not denominator.endswith("s")
    if ((count > 1) != denominator.endswith("s") and not singular_ok) or count >= _FRACTIONS[denominator.rstrip("s")]:
        return None   # "and a thirds", "and five quarters": no part of one
    return count / _FRACTIONS[denominator.rstrip("s")], m.end()


def _modified_time_unit(text: str, pos: int) -> tuple[str, Decimal, int] | None:
    """A unit of time after one word that says which of them count: "10 working days", "3 calendar
    months", "6 clear days" are days and months, not a count of "working". Not a capitalised word:
    "2.1 Sunday hours" is a clause's number and its heading."""
    m = _WORD_AFTER_RE.match(text, pos)
    if m is None or m.group("sp") == "-" or "-" in m.group("w") or m.group("w").casefold() in NOT_COUNTED \
            or m.group("w")[:1].isupper():
        return None
    read = read_unit(text, m.end(), money=False)
    if read is None or not text[m.end()].isspace() or dimension(read[0]) not in ("clock", "calendar"):
        return None
    if read[0] == "week" and m.group("w").casefold() in WEEKDAYS_ONLY:
        return "day", read[1] * 5, read[2]   # "two working weeks" are 10 working days, not 14 days
    return read


def _written_from_to(text: str, start: int, first_end: int, end: int) -> bool:
    """The range is written "from X to Y": "from" before it and "to" between its two numbers."""
    return (_FROM_RE.search(text, max(0, start - 8), start) is not None
            and _TO_RE.search(text, first_end, end) is not None)


def starts_a_change(text: str, atom: Atom) -> bool:
    """`atom` (a span of `text`) is where a fall "from X to Y" starts, a value left behind: "lowered
    from 8 to 4", "reduced from £48 to £42". A rise is one atom (`from_to`); two values written
    "from X to Y" upwards may be an interval ("from 41 °F to 89.6 °F"), so they are left alone."""
    if atom.kind not in ("quantity", "number") or atom.high is not None:
        return False
    to = _TO_RE.match(text, atom.end)
    if to is None or _FROM_RE.search(text, max(0, atom.start - 8), atom.start) is None:
        return False
    here, there = _NUM_AT_RE.match(text, atom.start), _NUM_AT_RE.match(text, to.end())
    first, second = (_core(m) if m else None for m in (here, there))
    return first is not None and second is not None and second.lo < first.lo


# A ratio: "1:2", "2:1" (a single digit after the colon, else a time of day's shape, "1:10"), and in
# words "one adult to 2 children", "1 instructor per 5 juniors", "one to three".
_RATIO_TERM = rf"(?:[0-9]{{1,3}}|{_SMALL_ALT})"
_RATIO_DIGITS_RE = re.compile(r"(?<![\w:.])([0-9]{1,3}):([0-9]{1,3})(?![\w:])")
_RATIO_WORDS_RE = re.compile(
    rf"(?<![\w.])({_RATIO_TERM})\s+(?:[^\W\d_]+\s+){{0,2}}?(?:to|per|for\s+every)\s+({_RATIO_TERM})(?![\w.])",
    re.IGNORECASE)


def ratio_around(text: str, atom: Atom) -> tuple[int, int] | None:
    """The ratio of `text` that `atom` is a term of, or is ("1:2"; "1:12", which the atoms read as
    a time of day; "12 pupils" of "one adult per 12 pupils"), as its two terms."""
    for m in _RATIO_DIGITS_RE.finditer(text, max(0, atom.start - 4), min(len(text), atom.end + 4)):
        if m.start() <= atom.start < m.end():
            return int(m.group(1)), int(m.group(2))
    for m in _RATIO_WORDS_RE.finditer(text):
        if m.start() <= atom.start < m.end():
            return _ratio_terms(m)
    return None


def _ratio_terms(m: re.Match) -> tuple[int, int]:
    return tuple(int(t) if t.isdigit() else SMALL_NUMBERS[t.casefold()] for t in m.groups())


@lru_cache(maxsize=16384)
def ratios_in(text: str) -> frozenset[tuple[int, int]]:
    """The ratios a text states, as "N:M" or in words ("one adult to 2 children" is 1:2)."""
    found = {(int(m.group(1)), int(m.group(2))) for m in _RATIO_DIGITS_RE.finditer(text)}
    found.update(_ratio_terms(m) for m in _RATIO_WORDS_RE.finditer(text))
    return frozenset(found)


# How often something recurs: "every quarter", "every four weeks", "twice daily", "3 times a week",
# "3 times in a membership year", "quarterly". Read for the evidence check and the content check only, never as atoms ("twice
# daily" in a reference is seldom what the question asks, "20 mg once daily" answers "what dose?").
# As times per day, a month counts 30 days and a year 360, so that "every 24 months" is "every 2
# years"; two rates within a tenth of each other are the same (`same_rate`: months run 28 to 31
# days, a year is 52 weeks). The periods, the adverbs of recurrence and the words that say it
# ("every", "each", "N times a") are closed classes of English.
_HOW_OFTEN = {"once": 1, "twice": 2, "thrice": 3}
_PERIOD_DAYS = {"minute": Fraction(1, 1440), "hour": Fraction(1, 24), "day": Fraction(1), "night": Fraction(1),
                "week": Fraction(7), "fortnight": Fraction(14), "month": Fraction(30), "quarter": Fraction(90),
                "year": Fraction(360)}
_RATE_UNITS = {"minute": "min", "hour": "h", "night": "day", "fortnight": None}   # the atoms' "x/<unit>"; others as named
_RECURRING = {"hourly": (1, "hour"), "daily": (1, "day"), "nightly": (1, "night"), "weekly": (1, "week"),
              "fortnightly": (1, "fortnight"), "monthly": (1, "month"), "quarterly": (1, "quarter"),
              "yearly": (1, "year"), "annually": (1, "year"), "biennially": (2, "year")}
_RATE_TOLERANCE = Fraction(1, 10)
_TIMES = rf"(?:once|twice|thrice|(?:\d+|{_SMALL_ALT})\s*(?:times|x))"
# what kind of period is counted ("calendar month", "school day", "membership year"): a closed class
_KIND_OF_DAY = r"(?:(?:calendar|working|business|school|membership|financial|academic|tax|rolling)\s+)?"
_PERIODS = "|".join(PERIODS)
_WEEKDAYS = "|".join(WEEK)
_PERIOD_ALT = rf"(?P<period>{_PERIODS})s?"
_RECURRENCE_RE = re.compile(
    # ("every 12,000 miles or 12 months": "every" says the second of two measures joined by "or" too)
    rf"\b(?:(?P<times>{_TIMES})\s+(?:a|an|per|each|every|in\s+(?:a|an|any|each|every|one))\s+|(?:every|each)\s+"
    rf"(?:\d[\d,.]*\s+(?!(?:{_PERIODS})s?\b)[^\W\d_]+\s+or\s+)?)"
    rf"(?:(?P<count>\d+|other|half|{_SMALL_ALT})(?P<count_half>\s+and\s+a\s+half)?(?:\s+|(?<=half)-))?{_KIND_OF_DAY}{_PERIOD_ALT}\b"
    # "every year and a half": the half after a period of one ("every two years and a half" is rare)
    rf"(?(count)|(?P<period_half>\s+and\s+a\s+half\b)?)"
    # a day of the week, every week or every other ("every other Tuesday", "alternate Fridays")
    rf"|\b(?:(?:every|each)\s+(?:(?P<day_other>other|second|alternate)\s+)?(?P<day>{_WEEKDAYS})\b"
    rf"|(?P<alternate>alternate)\s+(?:{_WEEKDAYS})s\b)"
    rf"|\b(?:(?P<adverb_times>{_TIMES})\s+)?(?<![\w-])(?P<adverb>{'|'.join(_RECURRING)})\b", re.IGNORECASE)
# What every recurrence holds, a period's word or a part of its adverb ("dai" of "daily",
# "annual" of "annually"): a text without one says none, and is not scanned with the pattern above.
_PERIOD_WORD_RE = re.compile(f"{_PERIODS}|dai|annual|bienn", re.IGNORECASE)
# (an adverb after a hyphen is another word: "bi-weekly" is twice a week or every two weeks)
# What else says how often, in a text that gives it (not read from answers): a rate's period ("£845
# per calendar month", "£5 a month", "two sessions a week", "£15 per 30 minutes"), a span something
# falls in ("in any three-month period", "the 1st of the month"), a day of the week said of every week
# ("on Sundays", "at weekends"), "annual", "per annum", "biennial".
_RATE_SPANS = [re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"(?:(?:\d\S*|\b(?:{_SMALL_ALT}))(?:\s+[^\W\d]+){{0,3}}\s+(?:a|an)|\bper(?:\s+(?P<count>\d+|{_SMALL_ALT}))?)\s+"
    rf"{_KIND_OF_DAY}{_PERIOD_ALT}\b",
    rf"\b(?:any|each|every|a|an|per|one)\s+(?:(?P<count>\d+|{_SMALL_ALT})[- ])?{_PERIOD_ALT}\s+period\b",
    rf"\b(?:any|of\s+the)\s+{_PERIOD_ALT}\b")]
# ("every Friday" is a recurrence of its own, `_RECURRENCE_RE`)
_WEEKLY_RE = re.compile(rf"\b(?:{'|'.join(day + 's' for day in WEEK)}|weekends?)\b", re.IGNORECASE)
_YEARLY_RE = re.compile(r"\b(?:annual|per\s+annum)\b", re.IGNORECASE)
_BIENNIAL_RE = re.compile(r"\bbiennial\b", re.IGNORECASE)


@dataclass(frozen=True)
class Recurrence:
    """A statement of how often something happens: `times` every `every` `period`s ("twice a
    day": 2, 1, "day"; "every four weeks": 1, 4, "week"), at `start`-`end` of its text."""

    start: int
    end: int
    times: int
    every: Fraction   # whole, or with a half: "every year and a half", "every two and a half weeks"
    period: str

    @property
    def per_day(self) -> Fraction:
        return self.times / (self.every * _PERIOD_DAYS[self.period])


def recurrences(text: str) -> list[Recurrence]:
    """How often the text says something happens: "every quarter", "each month", "every four weeks",
    "every other week", "quarterly", "twice daily", "twice a day", "3 times a week"."""
    out = []
    if not _PERIOD_WORD_RE.search(text):
        return out
    for m in _RECURRENCE_RE.finditer(text):
        said = m.group("times") or m.group("adverb_times")
        times = _times(said) if said else 1
        if m.group("adverb"):
            every, period = _RECURRING[m.group("adverb").casefold()]
        elif m.group("day") or m.group("alternate"):
            every, period = Fraction(2 if m.group("day_other") or m.group("alternate") else 1), "week"
        else:
            count = m.group("count")
            every = Fraction(1 if count is None else 2 if count.casefold() == "other"
                             else Fraction(1, 2) if count.casefold() == "half" else _count(count))
            if m.group("count_half") or m.group("period_half"):
                every += Fraction(1, 2)
            period = m.group("period").casefold()
        if times and every:
            out.append(Recurrence(m.start(), m.end(), times, every, period))
    return out


@lru_cache(maxsize=16384)
def how_often_in(text: str) -> frozenset[tuple[int, str]]:
    """The frequencies a text gives in words, as (times, unit of the rate): "twice daily" is
    (2, "x/day"), the reading of "2 times a day"; "monthly" is (1, "x/month")."""
    return frozenset((r.times, f"x/{_RATE_UNITS.get(r.period, r.period)}") for r in recurrences(text)
                     if r.every == 1 and _RATE_UNITS.get(r.period, r.period))


# a recurrence's period in the units of time the atoms use ("fortnightly" is every 2 weeks)
_PERIOD_AS = {"fortnight": (2, "week"), "night": (1, "day")}


@lru_cache(maxsize=16384)
def periods_in(text: str) -> frozenset[tuple[float, str]]:
    """The periods of recurrence a text gives in words, as (value, unit): "every 12 months" is
    (12, "month"), "twice a year" (0.5, "year"), "fortnightly" (2, "week"). Read only to see that an
    answer states a period the reference gives as a length of time ("Every 12 months" is stated by
    "once a year"): these words state no value of their own elsewhere."""
    return frozenset((value, unit) for _, _, value, unit in periods_at(text))


def periods_at(text: str) -> list[tuple[int, int, float, str]]:
    """`periods_in` with where each is written: (start, end, value, unit), in order."""
    out = []
    for r in recurrences(text):
        size, unit = _PERIOD_AS.get(r.period, (1, r.period))
        out.append((r.start, r.end, float(size * r.every / r.times), unit))
    return out


@lru_cache(maxsize=16384)
def recurrence_rates(text: str) -> frozenset[Fraction]:
    """The times per day of every recurrence the text states, and of every rate's period it gives
    ("£5 a month" falls due once a month): all a text can say about how often."""
    rates = {r.per_day for r in recurrences(text)}
    for m in (m for spans in _RATE_SPANS for m in spans.finditer(text)):
        count = m.groupdict().get("count")
        rates.add(1 / ((_count(count) if count else 1) * _PERIOD_DAYS[m.group("period").casefold()]))
    for found, days in ((_WEEKLY_RE, 7), (_YEARLY_RE, 360), (_BIENNIAL_RE, 720)):
        if found.search(text):
            rates.add(Fraction(1, days))
    return frozenset(rates)


def same_rate(a: Fraction, b: Fraction) -> bool:
    """Two frequencies within a tenth of each other: "every 4 weeks" is "monthly", "every 52 weeks"
    is "annually"."""
    return abs(a - b) <= _RATE_TOLERANCE * max(a, b)


def _times(words: str) -> int:
    """"once" 1, "twice" 2, "3 times" 3, "3x" 3, "six times" 6 (an "x" is the sign only after digits)."""
    first = re.sub(r"(?<=\d)x$", "", words.split()[0].casefold())
    return _HOW_OFTEN.get(first) or _count(first)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else SMALL_NUMBERS.get(word.casefold(), 0)


# What a share is of: "50% of the single fare", "half the deposit"; and all of a thing, "the full
# fare", "the whole deposit" (the words for all of it, a closed class).
_WHOLE_WORDS = r"(?P<w>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){0,3})"
_OF_WHOLE_RE = re.compile(
    rf"(?:(?:{SEP}+of)?{SEP}+(?:the|a|an|this|that|your|their|its|his|her|our|each)\s+|{SEP}+of{SEP}+){_WHOLE_WORDS}",
    re.IGNORECASE)
_ALL_OF_RE = re.compile(
    rf"\b(?:(?:the|a|your|their|its|his|her|our)\s+(?:full|whole|entire)|all\s+of\s+the)\s+{_WHOLE_WORDS}",
    re.IGNORECASE)


def wholes_in(text: str, atoms: list[Atom]) -> list[tuple[float, str]]:
    """The shares of `text` (its atoms in "%" or a fraction in words) with the words after them that
    say what each is a share of, as (share of 1, those words): "50% of the single fare" gives
    (0.5, "single fare"); all of a thing said in words, "the full return fare", (1.0, "return fare")."""
    out = [(share_value(a), whole) for a in atoms if (whole := share_whole(text, a))]
    return out + [(1.0, m.group("w")) for m in _ALL_OF_RE.finditer(text)]


def share_whole(text: str, atom: Atom) -> str | None:
    """The words after share `atom` (a span of `text`) that say what it is a share of: "single fare
    for a" of "50% of the single fare for a delay"; None for another atom or a share of nothing named."""
    if atom.value is None or atom.high is not None or atom.unit not in ("%", FRACTION):
        return None
    m = _OF_WHOLE_RE.match(text, atom.end)
    return m.group("w") if m else None


# A share in words or a vulgar fraction sign as a word of its own ("half", "a quarter", "three
# fifths", "¾"), wherever it stands: `shares_in_words`
_SHARE_WORD_RE = re.compile(
    rf"(?<![\w-])(?:(?P<n>an?|{'|'.join(w for w in SMALL_NUMBERS if 0 < SMALL_NUMBERS[w] < 10)})[^\S\n]*[-\s][^\S\n]*)?"
    rf"(?P<d>halves|{'|'.join(f'{w}s?' for w in _FRACTIONS)})(?![\w-])|(?P<sign>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])", re.IGNORECASE)


def shares_in_words(text: str) -> list[tuple[int, int, float]]:
    """Every share written in words or as a fraction sign in `text`, as (start, end, part of 1),
    whether or not the atoms read it as a value of its own ("you'd get half back": 0.5, "three
    fifths": 0.6, "¾": 0.75)."""
    found = []
    for m in _SHARE_WORD_RE.finditer(text):
        if m.group("sign"):
            value = unicodedata.numeric(m.group("sign"))
        else:
            d = m.group("d").casefold()
            d = "half" if d in ("half", "halves") else d.rstrip("s")
            n = (m.group("n") or "a").casefold()
            value = float((1 if n in ("a", "an") else SMALL_NUMBERS[n]) / _FRACTIONS[d])
        found.append((m.start(), m.end(), value))
    return found


def shares_of(text: str, atoms: list[Atom]) -> list[tuple[int, int, float]]:
    """Every share `text` states, as (start, end, part of 1): its atoms in "%" or a fraction, and the
    shares in words the atoms leave unread ("at half weight"); not one the atoms read in another
    unit ("half an hour" is a length of time)."""
    shares = (FRACTION, "%")
    found = [(a.start, a.end, share_value(a)) for a in atoms
             if a.value is not None and a.high is None and (a.unit or "").casefold() in shares]
    return found + [(start, end, value) for start, end, value in shares_in_words(text)
                    if not any(a.start < end and start < a.end for a in atoms if a.unit)]


def share_value(atom: Atom) -> float:
    """A share as a part of 1: "50%" and "half" are 0.5."""
    return atom.value / 100 if atom.unit == "%" else atom.value


def _is_label(text: str, m: re.Match) -> bool:
    """A capitalised number word naming something after a capitalised word: "Area Two" is
    "Area 2", "Phase Three" is "Phase 3"."""
    if m.group("card") is None or not m.group(0)[:1].isupper():
        return False
    return _LABEL_BEFORE_RE.search(text, 0, m.start()) is not None


def _text_part_label(text: str, m: re.Match) -> tuple[int, int] | None:
    """The span of a label of a part of the text ("Section 5", "Table 2", "pages 9–11", "§ 4.2")
    when number match `m` ends one; not when a unit follows ("a table 2 metres long")."""
    if not m.group("num") or m.group("cur"):
        return None
    noun = _TEXT_PART_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())   # lookbehinds see past the window
    label = _LABEL_NUMBER_RE.match(text, m.start()) if noun else None
    if label is None or read_unit(text, label.end(), money=False) is not None:
        return None
    return noun.start(), label.end()


def _number_sign(text: str, m: re.Match) -> tuple[int, int] | None:
    """The span of an identifier written with an abbreviation of "number" ("No. 47", "no. 12b") when
    number match `m` follows one, after a word of its own: "Bulletin No. 47" names a bulletin."""
    if not m.group("num") or m.group("cur"):
        return None
    sign = _NUMBER_SIGN_RE.search(text, max(0, m.start() - 8), m.start())
    label = _LABEL_NUMBER_RE.match(text, m.start()) if sign else None
    if label is None or read_unit(text, label.end(), money=False) is not None:
        return None
    return sign.start(), label.end()


# A number after "number" or its abbreviation ("No. 12", "number twelve"): which one, a house's or
# a room's number.
_NUMBERED_RE = re.compile(rf"\b(?:No\.?|no\.|Nos?\.|number){SEP}+(?P<n>[0-9]+|{_UNDER_100})\b(?![.,][0-9])")


def numbered(text: str) -> frozenset[int]:
    """The numbers `text` writes with "number" or its sign before them ("No. 12", "number twelve")."""
    return frozenset(int(amount_of(m.group("n").casefold())) for m in _NUMBERED_RE.finditer(text)) \
        if "o" in text or "umber" in text else frozenset()


# A house's number before its street's name of two capitalised words or more ("16 Orchard Rise",
# "5 Pelham Lane"), and each of a list of them before one ("12 and 16 Orchard Rise"); not after a
# currency sign, a decimal point or another number.
_ADDRESS_RE = re.compile(
    r"(?<![\w£$€.,:/-])(?P<ns>[0-9]{1,4}(?:(?:,[^\S\n]*|[^\S\n]+(?:and|or|&)[^\S\n]+)[0-9]{1,4})*)"
    r"[^\S\n]+(?=[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+)")
_DIGITS_RE = re.compile(r"[0-9]+")


def house_numbers(text: str) -> frozenset[int]:
    """The numbers `text` gives a house or a room by: written with "number" or its sign (`numbered`),
    or before a street's name ("16 Orchard Rise"): "No. 16" names the house "16 Orchard Rise" does."""
    return numbered(text) | frozenset(int(n.group()) for m in _ADDRESS_RE.finditer(text)
                                      for n in _DIGITS_RE.finditer(m.group("ns")))


# "No. 16", "Nos. 12 and 16": a code that is a number sign and numbers alone.
_SIGNED_NUMBERS_RE = re.compile(r"(?:No|no|Nos|nos|Nr|nr)\.?[^\S\n]*[0-9]{1,4}(?:(?:,[^\S\n]*|[^\S\n]+(?:and|or|&)[^\S\n]+)[0-9]{1,4})*")


def signed_numbers(code: str) -> frozenset[int]:
    """The numbers of a code written as a sign of "number" and numbers alone ("No. 16": {16};
    "Nos. 12 and 16": {12, 16}); empty for any other code ("Bulletin No. 47" is no house's)."""
    if not _SIGNED_NUMBERS_RE.fullmatch(code.strip()):
        return frozenset()
    return frozenset(int(n.group()) for n in _DIGITS_RE.finditer(code))


def _fills_sentence(text: str, start: int, end: int) -> bool:
    """The number is a sentence of its own ("Fifteen.", "**Two.**", also with only a pronoun it
    counts, "Two of them."), or the whole of what a verb "be" says of its subject up to the
    clause's end ("It's sixteen, counted on race day"): an answer, not a word of one."""
    if _SENTENCE_START_RE.search(text, max(0, start - 8), start) is not None:
        # not before a comma: "One, it's cheaper" is a list's count; nor a pronoun's count that
        # goes on, "Two of them declined" (a word of a sentence about them)
        partitive = _PARTITIVE_AFTER_RE.match(text, end)
        if partitive and _cardinal_value(text[start:end])[0] <= 1:
            return False   # "One of them.": picks one out, counts nothing
        after = partitive.end() if partitive else end
        return (_SENTENCE_END_RE.match(text, after) is not None
                or _LIST_COLON_RE.match(text, after) is not None or _SET_OFF_RE.match(text, after) is not None)
    if _ANY_THERE_BEFORE_RE.search(text, max(0, start - 24), start) and _cardinal_value(text[start:end])[0] == 1:
        return False   # "whether there is one": a pronoun for the thing asked about, no count
    return (_COPULA_BEFORE_RE.search(text, max(0, start - 8), start) is not None
            and _CLAUSE_END_RE.match(text, end) is not None)


# A colon right after the count: what follows lists what it counts ("Four: two chilled and two
# frozen"), the count is still the answer
_LIST_COLON_RE = re.compile(r"[*_]*:[*_]*(?=\s)")
# a spaced dash after it sets the count off from a comment on it ("Twelve — nobody younger than
# that can throw"): the count is the answer
_SET_OFF_RE = re.compile(r"[*_]*[^\S\n]+[—–-][^\S\n]")


# "whether" or "if" and an existential "there is" before "one" (closed class): "I can't say
# whether there is one" asks after the thing, it counts nothing
_ANY_THERE_BEFORE_RE = re.compile(r"\b(?:whether|if)\s+there(?:\s+(?:is|was)|['’]s)\s+$", re.IGNORECASE)


def _half_is_a_part(text: str, start: int) -> bool:
    """A determiner in the two words before "half" makes it a noun, a part ("the first half of the
    year", "the other half of the bill", "a half"), not a share of what follows it."""
    before = text[max(0, start - 24):start].split()[-2:]
    return any(w.casefold() in DETERMINERS for w in before)


# "minus" before a number is its sign, unless a number stands before it ("10 minus 3" subtracts)
_MINUS_WORD_RE = re.compile(rf"(?<![\w.])(?<![0-9]{SEP})(?<![0-9]{SEP}{SEP})minus{SEP}+$", re.IGNORECASE)


_PLUS_OR_RE = re.compile(r"\bplus\s*(?:or|/)\s*$", re.IGNORECASE)
# the word right before "minus", with nothing but spaces between
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[^\S\n]+$")


def _deducted_from(text: str, at: int) -> bool:
    """"minus" at `at` takes an amount off the noun before it ("full refund minus £8", "the price
    minus 10%"): a content word stands right before it. After a function word, a verb in -ed or no
    word it is a sign ("falls to minus 5 °C", "recorded minus 12")."""
    before = _WORD_BEFORE_RE.search(text, max(0, at - 32), at)
    if before is None:
        return False
    word = before.group(1).casefold()
    return word not in _BEFORE_A_SIGN and not word.endswith("ed")


# words after which "minus" is a sign (closed classes): the function words, comparators and hedges
# ("below minus 5 °C", "roughly minus 3"), verbs of reaching in the present ("hits minus 12")
_BEFORE_A_SIGN = STOPWORDS | FUNCTION_WORDS | frozenset("""below above beneath around approximately roughly nearly
    almost exactly just only circa reach reaches hit hits drop drops fall falls""".split())


def _negative_sign(text: str, start: int) -> int:
    """The length of a minus sign right before the number, itself after a space, bracket or the
    text's start, or of the word "minus" before it ("minus 2.5 °C"); 0 when there is none."""
    word = _MINUS_WORD_RE.search(text, max(0, start - 12), start)
    # ("plus or minus 300 mg" is "±300 mg", a tolerance either way, as the sign "±" is read)
    if word and _PLUS_OR_RE.search(text, max(0, word.start() - 12), word.start()):
        return 0
    if word and not re.search(r"[0-9]\W*$", text[max(0, word.start() - 12):word.start()]) \
            and not _deducted_from(text, word.start()):
        return start - word.start()
    if start == 0 or text[start - 1] not in "-−–" or not text[start:start + 1].isdigit():
        return 0
    before = text[start - 2] if start >= 2 else " "
    return 1 if before.isspace() or before in "([{:=/≈~<>*_" else 0


def _number_starts(text: str):
    """Positions where a number may start: digit runs (moved back over a currency prefix) and
    number words. One fast scan instead of trying the full number pattern everywhere."""
    for m in _CANDIDATE_RE.finditer(text):
        if m.group("d"):
            start = m.start()
            cur = _CURRENCY_BEFORE_RE.search(text, max(0, start - 4), start)
            yield cur.start() if cur else start
        elif m.group("w").casefold() in _NUMBER_WORD_STARTS:
            yield m.start()


# "for the third time", "the 2nd time": how many times something has happened, counted to this one
# ("repaired for the third time" is repaired 3 times). Not "the first time", which is an idiom as
# often as a count.
_ORDINAL_TIME_RE = re.compile(
    rf"\bthe{SEP}+(?:(?P<word>{'|'.join(w for w, n in ORDINALS.items() if n > 1)})|(?P<num>[2-9]|[1-9][0-9])(?:st|nd|rd|th))"
    rf"{SEP}+time\b(?!{SEP}*(?:-|limit|period|frame|zone|of{SEP}+day))", re.IGNORECASE)


def _ordinal_times(text: str, mask: Mask, out: list[Atom]) -> None:
    """Counts written as the ordinal of a time (`_ORDINAL_TIME_RE`), as "N times" is keyed."""
    if "time" not in text.casefold():
        return
    for m in _ORDINAL_TIME_RE.finditer(text):
        count = ORDINALS[m.group("word").casefold()] if m.group("word") else int(m.group("num"))
        start = m.start("word") if m.group("word") else m.start("num")
        if mask.free(start, m.end()):
            mask.take(start, m.end())
            out.append(make_atom(text, "quantity", f"quantity:x:{count}", start, m.end(), value=float(count), unit="x"))


# An age group: "under-12s", "the over-65s" are those under (over) that age, the number bound by the
# comparator as in "children under 12" (the hyphen otherwise makes a number part of a code).
_AGE_GROUP_RE = re.compile(r"(?<![^\W_])(?:under|over)-(?P<n>[0-9]{1,3})s(?![^\W_])", re.IGNORECASE)


def _age_groups(text: str, mask: Mask, out: list[Atom]) -> None:
    """Age groups (`_AGE_GROUP_RE`), keyed as the bound number they are ("under-12s": 12)."""
    for m in _AGE_GROUP_RE.finditer(text):
        if mask.free(m.start("n"), m.end()):
            mask.take(m.start("n"), m.end())
            n = Decimal(m.group("n"))
            out.append(make_atom(text, "number", f"number:{_value_key(n, None)}", m.start("n"), m.end("n"),
                                 value=float(n), approx=True))


def find_quantities(text: str, mask: Mask, out: list[Atom]) -> None:
    _ordinal_times(text, mask, out)
    _age_groups(text, mask, out)
    pos = 0
    for start in _number_starts(text):
        if start < pos:
            continue
        m = _NUM_RE.match(text, start)
        if not m or not m.group(0) or not mask.free(m.start(), m.end()):
            continue
        label = _text_part_label(text, m)
        if label:   # "section 5": where something is written, no atom (nor "Section" a name)
            mask.take(*label)
            pos = label[1]
            continue
        number = _number_sign(text, m)
        if number:   # "Bulletin No. 47": an identifier, a name, not an amount of what follows
            mask.take(*number)
            out.append(make_atom(text, "code", "code:no" + fold(text[m.start():number[1]]), number[0], number[1]))
            pos = number[1]
            continue
        atoms = _quantity_at(text, m)
        if not atoms or not mask.free(atoms[0].start, atoms[0].end):
            continue
        mask.take(atoms[0].start, atoms[0].end)
        out.extend(atoms)
        pos = atoms[0].end


# A bare count a few words after a quantity, ending its phrase: the second term of a contrast that
# leaves the unit out ("six weeks ahead instead of four", "rose to £25 from 22", "£25, or 22"). A subordinate
# clause opening right after it ends the phrase too ("seven days, or ten if it is for X"; the
# subordinators are a closed class of English words).
_ELIDED_AFTER_RE = re.compile(rf"^(?:,?{SEP}+[^\W\d_]+){{0,3}}{SEP}+(?P<n>{_DIGITS}|{_CARDINAL})"
                              r"(?P<end>[*_]*(?:[,;.!?)]|$)|\s+(?:if|when|unless|where|once)\b)",
                              re.IGNORECASE)


def elided_unit_values(text: str, atoms: list[Atom]) -> list[tuple[float, str]]:
    """(value, unit) of each bare count in `text` that shares the unit of the quantity just before
    it in its clause: "six weeks ahead instead of four" states 4 weeks as well as 6. The count must
    end its phrase: "six weeks for four players" says nothing of four weeks."""
    return [(float(value), unit) for value, unit, _ in _elided(text, atoms)]


# a sum written in a currency's minor unit ("79p", "seventy-nine pence", "45 cents"), whose unit is
# the major one: a count that leaves its unit to it counts the minor unit ("79p, up from 74": 74p)
_MINOR_UNIT_RE = re.compile(r"(?<=\d)\s?p\b|\b(?:pence|penny|cents?|paise|paisa)\b|¢", re.IGNORECASE)


def _elided(text: str, atoms: list[Atom]) -> list[tuple[Decimal, str, int]]:
    """(value, unit, start) of each bare count `elided_unit_values` reads."""
    found = []
    for q in atoms:
        m = _ELIDED_AFTER_RE.match(text[q.end:]) if q.kind == "quantity" and q.unit else None
        if m is not None:
            minor = _MINOR_UNIT_RE.search(q.text) and q.unit.partition("/")[0] != "cent"
            found.append((amount_of(m.group("n")) * (Decimal("0.01") if minor else 1), q.unit, q.end + m.start("n")))
    return found


# a bare count that ends its clause, its unit left to a parallel one ("Brava guarantees the Corsa
# for two years; Halden gives the Vela three.")
_FINAL_COUNT_RE = re.compile(rf"(?<![\w-])(?P<n>{_DIGITS}|{_CARDINAL})[*_]*[.;,!?)]*\s*$", re.IGNORECASE)


def final_count(clause: str) -> Decimal | None:
    """The bare count that ends `clause`, if any: what a parallel clause's unit counts."""
    m = _FINAL_COUNT_RE.search(clause)
    return amount_of(m.group("n")) if m else None


def with_elided_units(text: str, atoms: list[Atom]) -> list[Atom]:
    """`atoms`, each bare number whose unit the text leaves to the quantity before it given that
    unit: in "90 minutes instead of seventy-five" the 75 is minutes, so it gives no "75 seconds"."""
    units = {start: (value, unit) for value, unit, start in _elided(text, atoms)}
    return [_in_unit(a, units[a.start][1], units[a.start][0])
            if a.kind == "number" and a.start in units and a.high is None else a for a in atoms]


def _in_unit(atom: Atom, unit: str, value: Decimal) -> Atom:
    """`atom` (a single value) read as `value` in `unit`, a quantity keyed as one is."""
    return replace(atom, kind="quantity", unit=unit, value=float(value), key=f"quantity:{unit}:{_fmt(value)}")


# a few words between a rate and a sum of its currency that ends its phrase, one of them a word of
# contrast or change (a closed class): the second term, its period left to the rate ("20p a day, a
# reduction from 25p", "£40 a month instead of £35"; not "£40 a month, plus £10", nor a bound, "£25 a
# day, up to £500")
_PERIOD_LEFT_RE = re.compile(rf"(?=.*\b(?:from|instead|was|were|not|than|previously|formerly|rising|falling|rises|falls|"
                             rf"rose|fell)\b)"
                             rf"(?:,?{SEP}*\(?{SEP}*[^\W\d_]+){{1,3}}{SEP}+$", re.IGNORECASE)
_PHRASE_END_AFTER_RE = re.compile(r"[*_]*(?:[,;.!?)]|$)")


def periods_carried(text: str, atoms: list[Atom]) -> list[Atom]:
    """`atoms`, each sum that leaves its period to a rate of its currency a few words before it
    (`_PERIOD_LEFT_RE`) given that rate's unit: "20p a day, a reduction from 25p" states 25p a day."""
    out = list(atoms)
    for i in range(1, len(out)):
        q, a = out[i - 1], out[i]
        currency, _, period = (q.unit or "").partition("/")
        if (a.kind == "quantity" and period and currency in CURRENCIES and a.unit == currency and a.high is None
                and _PERIOD_LEFT_RE.match(text, q.end, a.start) and _PHRASE_END_AFTER_RE.match(text, a.end)):
            out[i] = _in_unit(a, q.unit, Decimal(str(a.value)))
    return out


# a sum of money set against a larger one of its currency as a share ("5p in every £1", "£2 for
# every £100 of shares", "14p in commission for every £1": what the share is, in one word, may
# come between): the words between, a closed class
_SHARE_OF_MONEY_RE = re.compile(r"(?:[^\S\n]+(?:in|as)[^\S\n]+[a-z]+)?"
                                r"[^\S\n]+(?:(?:in|for|out\s+of|of)[^\S\n]+every|per)[^\S\n]+")


def money_shares(text: str, atoms: list[Atom]) -> list[Atom]:
    """Two sums of one currency, the first a share of the second ("5p in every £1" is 5%): one atom,
    a fraction, as "5 in every 100" is; any other atoms as they are."""
    out: list[Atom] = []
    for a in atoms:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == a.kind == "quantity" and prev.unit and prev.unit == a.unit
                and "/" not in a.unit and prev.unit in CURRENCIES and prev.high is None and a.high is None
                and prev.value and a.value and a.value > prev.value
                and _SHARE_OF_MONEY_RE.fullmatch(text, prev.end, a.start)):
            share = Decimal(str(prev.value)) / Decimal(str(a.value))
            out[-1] = Atom("quantity", text[prev.start:a.end], f"quantity:{FRACTION}:{_fmt(share)}", float(share),
                           unit=FRACTION, start=prev.start, end=a.end)
            continue
        out.append(a)
    return out
