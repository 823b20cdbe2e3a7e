"""Checkable atoms of a text: quantities, numbers, years, quarters, dates, named entities, codes.

Each atom carries a canonical `key`: two mentions of the same fact get the same key ("$2M" and
"2 million dollars" are both ``quantity:USD:2000000``) and different facts get different keys
("4,424" is ``number:4424``, "44,240" is ``number:44240``). Numeric atoms also carry `value`
(and `high` for ranges) and a normalised `unit`, so that near-equal values and ranges can be
compared with `atoms_equal`.

Pure Python (stdlib `re`, `unicodedata`, `decimal`): a few hundred microseconds per answer.

Extraction runs in stages, most specific first; each stage marks the characters it used so a
later stage cannot emit the same text again (the year in a date is not also a year, the number
in a quantity is not also a bare number):

1. skipped spans: URLs, e-mail addresses, clock times, list markers ("(1)", "2.") -- no atoms;
2. dates ("Dec 30, 2023", "2023-12-30", "December 2023");
3. quarters ("Q1", "Q1 2024", "1Q24", "first quarter of 2024");
4. spaced product codes ("H 100", "MI 300X"), written that way by OCR and careless writers;
5. numbers with their scale, range, unit, currency or counted noun ("$2.3 billion", "five to
   seven companies", "814mm 2", "400,000 H100 GPUs per quarter", "8k");
6. years ("2023", "the 1990s", "FY24");
7. codes and named entities, from the remaining word tokens.

Decimal arithmetic is used for values so that keys are exact ("2.3 billion" is 2300000000, not
2299999999.9999998).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Atom", "GENERIC_ACRONYMS", "extract_atoms", "parse_quantity", "format_variants",
    "atoms_compatible", "atoms_equal",
]


@dataclass(frozen=True, slots=True)
class Atom:
    """One checkable fact in a text. `key` is what two atoms compare by."""

    kind: str  # quantity | number | year | quarter | date | entity | code
    text: str  # the surface form, text[start:end]
    key: str
    value: float | None = None
    high: float | None = None  # upper end of a range ("5-7 days": value 5, high 7)
    unit: str | None = None
    start: int = 0
    end: int = 0
    approx: bool = False  # qualified by "about", "nearly", "over", "~", ... (key unaffected)


# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

# Acronyms and codes that are generic technical nouns, not names of a thing: "the GPU" or "an
# LLM" says nothing checkable. Plurals are matched after stripping the final "s".
GENERIC_ACRONYMS = frozenset({
    "AI", "ML", "DL", "NLP", "LLM", "GPU", "CPU", "ASIC", "FPGA", "HPC", "API", "SDK", "CEO", "CTO",
    "CFO", "COO", "VP", "IT", "OS", "UI", "UX", "FAQ", "PDF", "URL", "HTTP", "HTTPS", "RAM", "SSD",
    "IPO", "GDP", "USB", "LED", "PC", "TV", "OK", "AM", "PM", "ETA", "FYI", "TBD", "NB", "PS",
    "R&D", "Q&A", "B2B", "B2C", "P2P", "2D", "3D", "SAAS", "EOL", "FLOP", "FLOPS",
})

# Capitalised words that are not names: function and discourse words, pronouns, and so on.
# Compared casefolded. A run of capitalised words is trimmed of these at both ends.
_STOP_CAPS = frozenset("""
a an the this that these those it its it's in on at as for from by with without to of and or but
nor if when while where which who whom whose what why how however additionally furthermore
moreover also certainly yes no not notably despite although though because since so therefore
thus then there here we you he she they i me my our your their his her him them us some many
most several each every all both either neither other another such overall finally first second
third firstly secondly lastly meanwhile instead indeed still yet just only even please note
sure hence given based according after before during until unlike like over under between among
through per via once whether today yesterday tomorrow currently now previously recently
specifically generally typically essentially ultimately importantly similarly consequently
accordingly nonetheless nevertheless otherwise alternatively regarding considering following
including let do does did is are was were be been has have had will would can could should
might must shall about above below into onto out up down off again further more less than very
much any few well oh ok okay hi hello thanks thank dear mr mrs ms dr prof sir madam
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())

# Brand names written in lower case cannot be found by capitalisation; these join a preceding
# capitalised word ("SK hynix"). Extend when a corpus needs it.
_LOWERCASE_NAME_TAILS = frozenset({"hynix"})
# Name particles join two capitalised words ("Vincent van Gogh", "Leonardo da Vinci").
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "al"})

# Words that follow a number but are not counted nouns ("16 of them", "5 are", "8k versus 32k").
_NOT_COUNTED = frozenset("""
of the a an and or nor to in on at by for from with as is are was were be been being has have had
will would can could should may might must that this these those which who whom whose what it its
they them their we us our you your he she his her him i me my not no more less than per each every
all some any both other others such so if when while where then there here also only just about
over under into onto out up down off after before since until between among through during against
via vs versus but yet again later earlier ago respectively etc plus minus times total alone apiece
last next previous past same own already ever never always often even still
or percent more most least many much few several lot lots bit
""".split())

# Adjectives skipped between a number and its counted noun ("6 active stacks" counts stacks).
_COUNT_ADJECTIVES = frozenset("""
active additional new more other separate different major minor main key large small big top
leading individual unique extra further consecutive straight known possible full distinct
dedicated physical independent identical similar potential existing current former primary
available total high-end low-end
""".split())

_IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "dies": "die",
    "series": "series", "species": "species", "data": "data", "media": "media",
    "criteria": "criterion", "analyses": "analysis", "indices": "index", "matrices": "matrix",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
}

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

_SMALL_NUMBERS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split())
}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}

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

_CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "INR": "INR",
}
CURRENCIES = frozenset(_CURRENCY_SYMBOLS.values())

# --------------------------------------------------------------------------------------------
# Units. Surface form -> (canonical unit, factor to the canonical unit).
# Families that mix prefixes within one text are normalised (memory to GB, bits to Gbit, power
# to W, frequency to GHz, compute to TFLOPS); others keep their own unit ("5nm" is nm, "814mm2"
# is mm2), as readers compare them as written. Binary prefixes (GiB) are read as decimal ones:
# writers use them interchangeably.
# --------------------------------------------------------------------------------------------

_D = Decimal


def _family(pairs: dict[str, tuple[str, str]]) -> dict[str, tuple[str, Decimal]]:
    return {k: (u, _D(f)) for k, (u, f) in pairs.items()}


# Case-sensitive symbols.
_UNIT_SYMBOLS = _family({
    "%": ("%", "1"), "pp": ("pp", "1"),
    "mm²": ("mm2", "1"), "mm^2": ("mm2", "1"), "mm2": ("mm2", "1"), "mm 2": ("mm2", "1"),
    "sq mm": ("mm2", "1"), "sq. mm": ("mm2", "1"),
    "cm²": ("cm2", "1"), "cm^2": ("cm2", "1"), "cm2": ("cm2", "1"),
    "m²": ("m2", "1"), "m^2": ("m2", "1"), "sq m": ("m2", "1"),
    "km²": ("km2", "1"), "km^2": ("km2", "1"), "km2": ("km2", "1"), "sq km": ("km2", "1"),
    "ft²": ("ft2", "1"), "sq ft": ("ft2", "1"), "sq. ft.": ("ft2", "1"), "sq. ft": ("ft2", "1"),
    "nm": ("nm", "1"), "µm": ("um", "1"), "μm": ("um", "1"), "um": ("um", "1"),
    "mm": ("mm", "1"), "cm": ("cm", "1"), "m": ("m", "1"), "km": ("km", "1"), "ft": ("ft", "1"),
    "mg": ("mg", "1"), "g": ("g", "1"), "kg": ("kg", "1"), "lb": ("lb", "1"), "lbs": ("lb", "1"),
    "oz": ("oz", "1"), "t": ("t", "1"),
    "KB": ("GB", "0.000001"), "kB": ("GB", "0.000001"), "kb": ("GB", "0.000001"),
    "MB": ("GB", "0.001"), "mb": ("GB", "0.001"), "MiB": ("GB", "0.001"),
    "GB": ("GB", "1"), "gb": ("GB", "1"), "GiB": ("GB", "1"),
    "TB": ("GB", "1000"), "tb": ("GB", "1000"), "TiB": ("GB", "1000"),
    "PB": ("GB", "1000000"), "PiB": ("GB", "1000000"),
    "Kb": ("Gbit", "0.000001"), "Kbit": ("Gbit", "0.000001"), "kbit": ("Gbit", "0.000001"),
    "Mb": ("Gbit", "0.001"), "Mbit": ("Gbit", "0.001"), "Gb": ("Gbit", "1"), "Gbit": ("Gbit", "1"),
    "Tb": ("Gbit", "1000"), "Tbit": ("Gbit", "1000"),
    "Kbps": ("Gbit/s", "0.000001"), "kbps": ("Gbit/s", "0.000001"), "Mbps": ("Gbit/s", "0.001"),
    "Gbps": ("Gbit/s", "1"), "Tbps": ("Gbit/s", "1000"),
    "Hz": ("GHz", "0.000000001"), "kHz": ("GHz", "0.000001"), "KHz": ("GHz", "0.000001"),
    "MHz": ("GHz", "0.001"), "GHz": ("GHz", "1"), "THz": ("GHz", "1000"),
    "W": ("W", "1"), "kW": ("W", "1000"), "KW": ("W", "1000"), "MW": ("W", "1000000"),
    "GW": ("W", "1000000000"), "TW": ("W", "1000000000000"),
    "Wh": ("Wh", "1"), "kWh": ("Wh", "1000"), "MWh": ("Wh", "1000000"), "GWh": ("Wh", "1000000000"),
    "TWh": ("Wh", "1000000000000"),
    "GFLOPS": ("TFLOPS", "0.001"), "GFLOPs": ("TFLOPS", "0.001"),
    "TFLOPS": ("TFLOPS", "1"), "TFLOPs": ("TFLOPS", "1"), "TFlops": ("TFLOPS", "1"),
    "PFLOPS": ("TFLOPS", "1000"), "PFLOPs": ("TFLOPS", "1000"), "PFlops": ("TFLOPS", "1000"),
    "EFLOPS": ("TFLOPS", "1000000"), "EFLOPs": ("TFLOPS", "1000000"),
    "°C": ("degC", "1"), "ºC": ("degC", "1"), "℃": ("degC", "1"), "°F": ("degF", "1"), "ºF": ("degF", "1"),
    "ns": ("ns", "1"), "µs": ("us", "1"), "μs": ("us", "1"), "us": ("us", "1"), "ms": ("ms", "1"),
    "s": ("second", "1"), "h": ("hour", "1"), "x": ("x", "1"), "×": ("x", "1"),
})

# Case-insensitive words (matched casefolded; plural and singular listed explicitly).
_UNIT_WORDS = _family({
    "percent": ("%", "1"), "per cent": ("%", "1"), "pct": ("%", "1"), "percentage points": ("pp", "1"),
    "percentage point": ("pp", "1"),
    **{f"square {w}": (u, "1") for w, u in [
        ("millimeters", "mm2"), ("millimetres", "mm2"), ("millimeter", "mm2"), ("millimetre", "mm2"),
        ("centimeters", "cm2"), ("centimetres", "cm2"), ("meters", "m2"), ("metres", "m2"),
        ("meter", "m2"), ("metre", "m2"), ("kilometers", "km2"), ("kilometres", "km2"),
        ("feet", "ft2"), ("foot", "ft2"), ("miles", "mi2"), ("mile", "mi2")]},
    "acres": ("acre", "1"), "acre": ("acre", "1"), "hectares": ("ha", "1"), "hectare": ("ha", "1"),
    **{w: (u, "1") for ws, u in [
        ("nanometers nanometres nanometer nanometre", "nm"),
        ("micrometers micrometres micrometer micrometre microns micron", "um"),
        ("millimeters millimetres millimeter millimetre", "mm"),
        ("centimeters centimetres centimeter centimetre", "cm"),
        ("meters metres meter metre", "m"), ("kilometers kilometres kilometer kilometre", "km"),
        ("inches inch", "in"), ("feet foot", "ft"), ("miles mile", "mi"),
        ("milligrams milligram", "mg"), ("grams gram", "g"),
        ("kilograms kilogram kilos kilo", "kg"), ("tonnes tonne tons ton", "t"),
        ("pounds pound", "lb"), ("ounces ounce", "oz"),
        ("liters litres liter litre", "l"),
        ("nanoseconds nanosecond", "ns"), ("microseconds microsecond", "us"),
        ("milliseconds millisecond", "ms"), ("seconds second secs sec", "second"),
        ("minutes minute mins min", "minute"), ("hours hour hrs hr", "hour"), ("days day", "day"),
        ("weeks week wks wk", "week"), ("months month", "month"), ("quarters quarter", "quarter"),
        ("years year yrs yr", "year"), ("decades decade", "decade"), ("centuries century", "century"),
        ("times fold", "x"), ("degrees celsius", "degC"), ("degrees fahrenheit", "degF"),
        ("degrees degree", "deg"), ("watts watt", "W"), ("hertz", "GHz"),
        ("dollars dollar usd bucks", "USD"), ("euros euro eur", "EUR"), ("pounds sterling", "GBP"),
        ("yen jpy", "JPY"), ("yuan rmb cny renminbi", "CNY"), ("rupees rupee inr", "INR"),
        ("gbp", "GBP"),
    ] for w in ws.split()},
    "hertz": ("GHz", "0.000000001"),
    "kilowatts": ("W", "1000"), "kilowatt": ("W", "1000"), "megawatts": ("W", "1000000"),
    "megawatt": ("W", "1000000"), "gigawatts": ("W", "1000000000"), "gigawatt": ("W", "1000000000"),
    "kilohertz": ("GHz", "0.000001"), "megahertz": ("GHz", "0.001"), "gigahertz": ("GHz", "1"),
    "bytes": ("GB", "0.000000001"), "byte": ("GB", "0.000000001"),
    "kilobytes": ("GB", "0.000001"), "kilobyte": ("GB", "0.000001"),
    "megabytes": ("GB", "0.001"), "megabyte": ("GB", "0.001"),
    "gigabytes": ("GB", "1"), "gigabyte": ("GB", "1"), "terabytes": ("GB", "1000"),
    "terabyte": ("GB", "1000"), "petabytes": ("GB", "1000000"), "petabyte": ("GB", "1000000"),
    "kilobits": ("Gbit", "0.000001"), "megabits": ("Gbit", "0.001"), "gigabits": ("Gbit", "1"),
    "terabits": ("Gbit", "1000"),
    "gigaflops": ("TFLOPS", "0.001"), "teraflops": ("TFLOPS", "1"), "petaflops": ("TFLOPS", "1000"),
    "exaflops": ("TFLOPS", "1000000"),
    "cents": ("USD", "0.01"), "cent": ("USD", "0.01"),
})

# Short symbols that are ambiguous with ordinary words or letters unless glued to the number
# ("5m" is five metres, "5 m" may be anything; "30 s" vs "30s").
_GLUED_ONLY = frozenset({"m", "s", "h", "g", "t", "x", "us", "um", "mb", "kb", "gb", "tb", "lb", "oz", "ft"})

_TIME_UNITS = {
    "s": "second", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "d": "day", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "annum": "year",
}


def _alternation(words) -> str:
    # Longest first, so "mm 2" wins over "mm" and "per cent" over nothing.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SEP = r"[^\S\n]"  # horizontal whitespace: a quantity never spans a line break
_UNIT_SYMBOL_RE = re.compile(rf"(?P<sp>{_SEP}?|-)(?P<u>{_alternation(_UNIT_SYMBOLS)})(?![^\W_])")
_UNIT_WORD_RE = re.compile(
    rf"(?P<sp>{_SEP}?|-)(?P<u>{_alternation(_UNIT_WORDS).replace(chr(92) + ' ', _SEP + '+')})(?![^\W_])",
    re.IGNORECASE,
)
_RATE_RE = re.compile(
    rf"(?:{_SEP}*/{_SEP}*|{_SEP}+(?:per|an?|each|every){_SEP}+)(?P<t>{_alternation(_TIME_UNITS)})(?![^\W_])",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------------------------
# Number cores
# --------------------------------------------------------------------------------------------

# Digits: "1,234,567.89" (groups of exactly three) or "1234.5". ASCII digits only: other
# scripts' digits are rare in answers and not worth the ambiguity.
_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
_CURRENCY_PREFIX = r"(?:US\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR)[^\S\n]?)"
_SMALL_ALT = "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True))
_TENS_ALT = "|".join(_TENS)
_ONES_ALT = "one|two|three|four|five|six|seven|eight|nine"
_CARDINAL = rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_ONES_ALT}))?|{_SMALL_ALT})(?:\s+hundred)?"
_WORD_NUM = (
    rf"(?i:(?P<card>{_CARDINAL})"
    r"|(?P<one>an?)(?=\s+(?:hundred|thousand|million|billion|trillion)\b)"
    r"|(?P<dozen>a\s+dozen)|(?P<couple>a\s+couple(?:\s+of)?)|(?P<half>half\s+an?)"
    r"|(?P<vague>(?:tens|dozens|hundreds|thousands)(?:\s+of\s+(?:thousands|millions|billions))?"
    r"|millions|billions))"
)
# Lookbehinds: not inside a word or code ("H100", "GPT-4") or after a decimal point.
_NUM_RE = re.compile(
    rf"(?P<cur>{_CURRENCY_PREFIX})?(?<![\w.])(?<![^\W_]-)(?P<num>{_DIGITS})"
    rf"|\b{_WORD_NUM}\b"
)
_CANDIDATE_RE = re.compile(r"(?P<d>[0-9]+)|(?P<w>[A-Za-z]+)")
_CURRENCY_BEFORE_RE = re.compile(rf"{_CURRENCY_PREFIX}$")
_NUMBER_WORD_STARTS = frozenset(
    [*_SMALL_NUMBERS, *_TENS, "a", "an", "half", "tens", "dozens", "hundreds", "thousands", "millions", "billions"])
# The second number of a range ("5-7"): no lookbehind, the hyphen is the range's own.
_NUM_AT_RE = re.compile(rf"(?P<cur>{_CURRENCY_PREFIX})?(?P<num>{_DIGITS})|\b{_WORD_NUM}\b")
# "or" makes a range too: speech gives "four or five months", "30 or 40,000"
_RANGE_SEP_RE = re.compile(rf"{_SEP}*(?:-|–|—|~){_SEP}*|{_SEP}+(?:to|through|or){_SEP}+", re.IGNORECASE)
_RANGE_AND_RE = re.compile(rf"{_SEP}+and{_SEP}+", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_SCALE_WORD_RE = re.compile(rf"(?:{_SEP}+|-)(?P<w>hundred|thousand|million|billion|trillion|dozen)\b", re.IGNORECASE)
_SCALE_SUFFIX_RE = re.compile(r"(?P<s>mln|bln|mn|bn|tn|[kKMBTmb])(?![^\W_])")
_SPACED_SCALE_RE = re.compile(rf"{_SEP}(?P<s>mln|bln|mn|bn|tn)(?![^\W_])")
_OF_RE = re.compile(rf"{_SEP}+of(?={_SEP})")
_APPROX_RE = re.compile(
    r"(?:\b(?:nearly|about|approximately|approx\.?|around|roughly|over|more\s+than|less\s+than"
    r"|fewer\s+than|under|almost|up\s+to|at\s+least|at\s+most|some|close\s+to|upwards\s+of"
    r"|in\s+excess\s+of|circa|an\s+estimated|estimated|below|above|north\s+of|just)"
    r"|~|≈|<|>|≥|≤)[^\S\n]*$",
    re.IGNORECASE,
)
_WORD_AFTER_RE = re.compile(rf"(?P<sp>{_SEP}+|-)(?P<w>[^\W\d_][\w'’]*(?:-[^\W_]+)*)")
_COUNT_CODE_RE = re.compile(rf"{_SEP}+(?P<c>[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w-])")

# --------------------------------------------------------------------------------------------
# Dates, quarters, years, skipped spans
# --------------------------------------------------------------------------------------------

_MONTH_ALT = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
              r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
# A month name must not continue a word, except one glued on by scraping ("readDec 30"): this
# is checked in Python (_month_start_ok) so that the patterns start with a literal, which lets
# the regex engine skip quickly to candidate positions.
_MONTH_START = ""
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>(?:19|20)[0-9]{2})"
_DATE_RES = (
    re.compile(rf"{_MONTH_START}{_MONTH_ALT}{_SEP}+{_DAY}(?![0-9])(?:,?{_SEP}+{_YEAR4}(?![0-9]))?(?![^\W_])"),
    re.compile(rf"(?<![\w.]){_DAY}{_SEP}+(?:of{_SEP}+)?{_MONTH_ALT}(?:,?{_SEP}+{_YEAR4})?(?![^\W_])"),
    re.compile(rf"{_MONTH_START}{_MONTH_ALT},?{_SEP}+(?:of{_SEP}+)?{_YEAR4}(?![^\W_])"),
    re.compile(r"(?<![\w.])(?P<year>(?:19|20)[0-9]{2})[-/.](?P<mon>0?[1-9]|1[0-2])[-/.](?P<day>[0-3]?[0-9])(?![\w.]?[0-9])"),
    re.compile(r"(?<![\w./])(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<year>(?:19|20)[0-9]{2})(?![\w/])"),
    # A month on its own ("in December"); not "May" (a verb) nor abbreviations.
    re.compile(r"(?P<mon>January|February|March|April|June|July|August|September|"
               r"October|November|December)(?![A-Za-z])"),
)
_MONTH_HINT_RE = re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec")
_QUARTER_RES = (
    re.compile(rf"(?<![\w])Q(?P<q>[1-4])(?:{_SEP}*['’](?P<y2>[0-9]{{2}})|{_SEP}+(?:of{_SEP}+)?(?:FY|CY)?"
               rf"{_SEP}?(?P<y4>(?:19|20)[0-9]{{2}})|{_SEP}+(?:FY|CY)['’]?(?P<fy>[0-9]{{2}}))?(?![\w])"),
    re.compile(r"(?<![\w.])(?P<q>[1-4])Q(?:['’]?(?P<y2>[0-9]{2})|[^\S\n]+(?P<y4>(?:19|20)[0-9]{2}))?(?![\w])"),
    re.compile(rf"(?i:\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b)"
               rf"(?:{_SEP}+(?i:of){_SEP}+(?:(?i:fiscal|calendar){_SEP}+(?:(?i:year){_SEP}+)?)?(?:FY{_SEP}?)?"
               rf"(?P<y4>(?:19|20)[0-9]{{2}})(?![\w]))?"),
    re.compile(rf"(?<![\w.])(?:FY{_SEP}?)?(?P<y4>(?:19|20)[0-9]{{2}}){_SEP}+Q(?P<q>[1-4])(?![\w])"),
)
_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_YEAR_RE = re.compile(r"(?<![\w$€£¥.,])(?P<fy>FY|CY)?(?P<y>(?:19|20)[0-9]{2})(?P<dec>s)?(?![^\W_])(?!\.[0-9])(?!,[0-9]{3})")
_FY2_RE = re.compile(r"(?<![\w])FY['’]?(?P<y>[0-9]{2})(?![\w])")
_SKIP_RES = (  # (pattern, substrings one of which must occur for the pattern to match)
    (re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), ("://", "www.", "@")),
    (re.compile(r"\(#[^)\s]*\)"), ("(#",)),  # markdown anchors "(#five-to-seven-companies)"
    (re.compile(r"(?<![\w:])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[^\S\n]?[ap]\.?m\.?)?(?![\w:])", re.IGNORECASE),
     (":",)),
    (re.compile(r"(?m)^[^\S\n]*(?:\([0-9]{1,3}\)|[0-9]{1,3}[.)])(?=\s)"), (".", ")")),  # list markers
)
_SPACED_CODE_RE = re.compile(r"(?<![\w-])(?P<a>[A-Z]{1,2})[^\S\n](?P<d>[0-9]{3,4}[A-Z]{0,2})(?![\w%]|[.,][0-9])")
_SPACED_CODE_STOP = frozenset({"A", "I", "Q", "AD", "BC", "AM", "PM", "US", "UK", "EU", "NO", "OR", "AN", "AS",
                               "AT", "BY", "IN", "IS", "IT", "OF", "ON", "TO", "UP", "SO", "DO", "GO", "HE",
                               "WE", "ME", "MY", "BE", "IF", "FY", "CY", "Q", "H1", "H2"})

# --------------------------------------------------------------------------------------------
# Word tokens (codes and entities)
# --------------------------------------------------------------------------------------------

# Words, with hyphen/apostrophe/ampersand joins; dotted acronyms ("U.S."); version numbers stay
# inside a code ("v1.0", "GPT-3.5").
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:\.[0-9]+)*(?:[-'’&][^\W_]+(?:\.[0-9]+)*)*")
_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){2,}")
_PLURAL_ACRO_RE = re.compile(r"[A-Z]{2,}s")
_ACRO_RE = re.compile(r"[A-Z]{2,}s?")
_TITLE_PLURAL_RE = re.compile(r"[A-Z][a-z]+s")
_CARD_SPLIT_RE = re.compile(r"[\s-]+")
_WS_RE = re.compile(r"\s+")
_LETTERS2_RE = re.compile(r"[^\W\d_]{2,}")
_DIGIT_RUN_RE = re.compile(r"[0-9]+")
_NAME_SEP_RE = re.compile(r"[-_\s]+")
_LOWER_PLURAL_RE = re.compile(r"[a-z]{2,}s")
_ORDINAL_RE = re.compile(r"[0-9]+(?:st|nd|rd|th|s)")
_CAMEL_CHUNK_RE = re.compile(r"[A-Z][^A-Z]*|[^A-Z]+")
_CONTRACTIONS = ("'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "n't", "n’t")


# ============================================================================================
# Small helpers
# ============================================================================================

def _fmt(d: Decimal) -> str:
    """Canonical decimal string: "2000000", "2.5", "0.016" (never exponent notation)."""
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def _dec(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def _value_key(lo: Decimal, hi: Decimal | None) -> str:
    return _fmt(lo) if hi is None else f"{_fmt(lo)}-{_fmt(hi)}"


def _singular(word: str) -> str:
    if _PLURAL_ACRO_RE.fullmatch(word):  # "GPUs": an acronym's plural
        return word[:-1].casefold()
    w = word.casefold()
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("pus") and len(w) <= 5 or w[:-1].upper() in GENERIC_ACRONYMS:
        return w[:-1]  # "gpus", "cpus", "tpus": a lower-cased acronym's plural, not "status"
    if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _fold(s: str) -> str:
    """Casefold, strip accents: "Michaël" and "Michael" are one name."""
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _is_year_like(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1900 <= int(s) <= 2099


class _Mask:
    """Characters already used by an atom (or a skipped span)."""

    def __init__(self, n: int):
        self.used = bytearray(n)

    def free(self, start: int, end: int) -> bool:
        return self.used.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self.used[start:end] = b"\x01" * (end - start)


def _atom(text: str, kind: str, key: str, start: int, end: int, **kw) -> Atom:
    return Atom(kind=kind, text=text[start:end], key=key, start=start, end=end, **kw)


# ============================================================================================
# Stage 1-4: skipped spans, dates, quarters, spaced codes
# ============================================================================================

def _skip_spans(text: str, mask: _Mask) -> None:
    for rx, hints in _SKIP_RES:
        if not any(h in text for h in hints):
            continue  # cheap substring test first: most answers have no URL or clock time
        for m in rx.finditer(text):
            if mask.free(m.start(), m.end()):
                mask.take(m.start(), m.end())


def _date_key(m: re.Match) -> str | None:
    g = m.groupdict()
    year = g.get("year")
    if g.get("a"):  # numeric d/m/y or m/d/y: US order unless the first part cannot be a month
        a, b = int(g["a"]), int(g["b"])
        mon, day = (b, a) if a > 12 else (a, b)
    else:
        mon = _MONTHS[g["mon"].casefold()] if not g["mon"].isdigit() else int(g["mon"])
        day = int(g["day"]) if g.get("day") else None
    if not 1 <= mon <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if year and day:
        return f"date:{year}-{mon:02d}-{day:02d}"
    if year:
        return f"date:{year}-{mon:02d}"
    if day:
        return f"date:--{mon:02d}-{day:02d}"
    return f"date:--{mon:02d}"


def _month_start_ok(text: str, m: re.Match) -> bool:
    """The month name does not continue a word; a lower-case letter before it is a scraping
    glue ("readDec 30, 2023") and accepted, except for a bare month name."""
    if "mon" not in m.re.groupindex or m.start("mon") != m.start() or m.start() == 0:
        return True
    prev = text[m.start() - 1]
    if not ("A" <= prev <= "Z" or "a" <= prev <= "z"):
        return True
    return prev.islower() and m.re is not _DATE_RES[5]


def _dates(text: str, mask: _Mask, out: list[Atom]) -> None:
    has_month = _MONTH_HINT_RE.search(text) is not None
    has_numeric = "/" in text or "-" in text or "." in text
    for i, rx in enumerate(_DATE_RES):
        if (i in (0, 1, 2, 5) and not has_month) or (i in (3, 4) and not has_numeric):
            continue
        for m in rx.finditer(text):
            if not mask.free(m.start(), m.end()) or not _month_start_ok(text, m):
                continue
            key = _date_key(m)
            if key:
                mask.take(m.start(), m.end())
                out.append(_atom(text, "date", key, m.start(), m.end()))


def _quarters(text: str, mask: _Mask, out: list[Atom]) -> None:
    if "Q" not in text and "quarter" not in text and "Quarter" not in text and "QUARTER" not in text:
        return
    for rx in _QUARTER_RES:
        for m in rx.finditer(text):
            if not mask.free(m.start(), m.end()):
                continue
            g = m.groupdict()
            q = int(g["q"]) if g.get("q") else _ORDINAL_QUARTERS[g["ord"].casefold()]
            short = g.get("y2") or g.get("fy")
            year = g.get("y4") or (f"20{short}" if short else None)
            key = f"quarter:{year}:{q}" if year else f"quarter:{q}"
            mask.take(m.start(), m.end())
            out.append(_atom(text, "quarter", key, m.start(), m.end(), value=float(q)))


def _spaced_codes(text: str, mask: _Mask, out: list[Atom]) -> None:
    for m in _SPACED_CODE_RE.finditer(text):
        if m.group("a") in _SPACED_CODE_STOP or _is_year_like(m.group("d")):
            continue
        if not mask.free(m.start(), m.end()) or _read_unit(text, m.end(), money=False):
            continue
        mask.take(m.start(), m.end())
        key = "code:" + _fold(m.group("a") + m.group("d"))
        out.append(_atom(text, "code", key, m.start(), m.end()))


# ============================================================================================
# Stage 5: numbers and quantities
# ============================================================================================

@dataclass(slots=True)
class _Core:
    lo: Decimal
    hi: Decimal | None
    form: str  # digits | card | one | dozen | couple | half | vague
    currency: str | None
    end: int


def _core(m: re.Match) -> _Core | None:
    """Value of one number core match."""
    g = m.groupdict()
    currency = _CURRENCY_SYMBOLS[g["cur"].strip()] if g.get("cur") else None
    if g.get("num"):
        try:
            return _Core(_dec(g["num"]), None, "digits", currency, m.end())
        except InvalidOperation:
            return None
    if g.get("card"):
        words = _CARD_SPLIT_RE.split(g["card"].casefold())
        val = 0
        for w in words:
            if w == "hundred":
                val *= 100
            else:
                val += _SMALL_NUMBERS.get(w, 0) + _TENS.get(w, 0)
        return _Core(Decimal(val), None, "card", None, m.end())
    if g.get("one"):
        return _Core(Decimal(1), None, "one", None, m.end())
    if g.get("dozen"):
        return _Core(Decimal(12), None, "dozen", None, m.end())
    if g.get("couple"):
        return _Core(Decimal(2), None, "couple", None, m.end())
    if g.get("half"):
        return _Core(Decimal("0.5"), None, "half", None, m.end())
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


def _read_unit(text: str, pos: int, money: bool) -> tuple[str, Decimal, int] | None:
    """A unit of measurement or currency word right after a number (longest match wins)."""
    best = None
    for rx, table, fold in ((_UNIT_SYMBOL_RE, _UNIT_SYMBOLS, False), (_UNIT_WORD_RE, _UNIT_WORDS, True)):
        m = rx.match(text, pos)
        if not m:
            continue
        surface = _WS_RE.sub(" ", m.group("u"))
        lookup = surface.casefold() if fold else surface
        if lookup not in table:
            continue
        if m.group("sp") and m.group("sp") != "-" and lookup in _GLUED_ONLY:
            continue
        if m.group("sp") == "-" and not fold and surface in ("%", "x", "×"):
            continue
        if best is None or m.end() > best[2]:
            unit, factor = table[lookup]
            best = (unit, factor, m.end())
    return best


_RATE_SHORT = {"second": "s", "minute": "min", "hour": "h"}


def _read_rate(text: str, pos: int) -> tuple[str, int] | None:
    """A time denominator: "GB/s", "GPUs per quarter", "$5 a month" ("second" is written "s")."""
    m = _RATE_RE.match(text, pos)
    if m:
        t = _TIME_UNITS[m.group("t").casefold()]
        return _RATE_SHORT.get(t, t), m.end()
    return None


def _is_noun(word: str) -> bool:
    if len(word) < 2 or word.casefold() in _NOT_COUNTED or word.casefold() in _MONTHS:
        return False
    if word.islower():
        return True
    if _ACRO_RE.fullmatch(word):  # GPUs, HBM
        return word.rstrip("s").upper() not in _SPACED_CODE_STOP
    return bool(_TITLE_PLURAL_RE.fullmatch(word)) and not word.endswith("ss")  # "500 Engineers"


def _read_counted(text: str, pos: int, hyphen_ok: bool) -> tuple[str, int, list[tuple[int, int]]] | None:
    """A counted noun after a number: "400,000 H100 GPUs" -> ("gpu", end, [span of H100])."""
    codes: list[tuple[int, int]] = []
    m = _WORD_AFTER_RE.match(text, pos)
    if m and m.group("sp") == "-" and not hyphen_ok:
        return None
    if m and m.group("w").casefold() in _COUNT_ADJECTIVES:
        nxt = _WORD_AFTER_RE.match(text, m.end())
        if nxt and nxt.group("sp") != "-":
            m = nxt
    c = _COUNT_CODE_RE.match(text, m.end() if m and m.group("w").casefold() in _COUNT_ADJECTIVES else pos)
    if c:
        codes.append((c.start("c"), c.end("c")))
        m2 = _WORD_AFTER_RE.match(text, c.end())
        if m2 and m2.group("sp") != "-" and _is_noun(_strip_possessive(m2.group("w"))):
            word = _strip_possessive(m2.group("w"))
            return _singular(word), m2.start("w") + len(word), codes
        code = c.group("c")
        unit = _fold(code[:-1] if _plural_code(code) else code)
        return unit, c.end(), codes
    if not m:
        return None
    word = _strip_possessive(m.group("w"))
    if not _is_noun(word):
        return None
    return _singular(word), m.start("w") + len(word), codes


def _strip_possessive(word: str) -> str:
    if "'" not in word and "’" not in word:
        return word
    for suffix in _CONTRACTIONS:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _plural_code(code: str) -> bool:
    return len(code) > 2 and code.endswith("s") and (code[-2].isdigit() or code[-2].isupper())


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


def _quantity_at(text: str, m: re.Match) -> list[Atom] | None:
    """Parse the number starting at match `m` with everything attached to it, or None."""
    core = _core(m)
    if core is None:
        return None
    start = m.start()
    pos = core.end
    lo, hi = core.lo, core.hi
    has_scale = False
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
    counted = False
    inner_codes: list[tuple[int, int]] = []
    if core.form == "digits" and pos == core.end and pos < len(text) and text[pos].isalpha():
        glued = _read_unit(text, pos, money=bool(currency))
        if glued is None:
            return None  # "3D", "5G", "2E": a code, not a number
    if core.form in ("vague", "couple"):
        of = _OF_RE.match(text, pos)
        probe = of.end() if of else pos
    else:
        probe = pos
    read = _read_unit(text, probe, money=bool(currency))
    if read and read[0] == "second" and text[probe:read[2]] == "s" and m.group("num") and m.group("num").endswith("0"):
        return None  # "the 1990s", "the 80s": a decade, not seconds
    if read and not (currency and read[0] in CURRENCIES and read[0] != currency):
        u, factor, end = read
        if u in CURRENCIES or not currency:
            unit, pos = u, end
            lo, hi = lo * factor, (hi * factor if hi is not None else None)
    if unit is None:
        cnt = _read_counted(text, probe, hyphen_ok=core.form == "digits" or core.form == "card")
        if cnt:
            noun, end, inner_codes = cnt
            year_like = core.form == "digits" and _is_year_like(m.group("num")) and not has_scale
            plural = not text[end - 1:end].isalnum() or text[end - 1] in "sS"
            if not year_like or text[end - 1] in "sS":
                unit, pos, counted = noun, end, True
            elif not plural:
                inner_codes = []
    if unit is not None:
        rate = _read_rate(text, pos)
        if rate:
            unit, pos = f"{unit}/{rate[0]}", rate[1]
    # Which bare forms are facts on their own?
    if unit is None and not has_scale:
        if core.form != "digits" and core.form not in ("vague", "dozen") and not rng:
            return None  # "two" alone is not a checkable fact ("five to seven" is)
        if core.form == "digits" and _is_year_like(m.group("num")) and not rng:
            return None  # left to the year stage
        if core.form == "digits" and rng and _is_year_like(m.group("num")):
            return None  # "2019-2023": two years
    if counted and lo <= 1 and core.form not in ("digits", "dozen"):
        return None  # "one reason", "a couple" of nothing: too vague to check
    kind = "quantity" if unit is not None else "number"
    key = f"{kind}:{unit}:{_value_key(lo, hi)}" if unit is not None else f"number:{_value_key(lo, hi)}"
    approx = core.form == "vague" or bool(_APPROX_RE.search(text, max(0, start - 24), start))
    atoms = [_atom(text, kind, key, start, pos, value=float(lo), high=float(hi) if hi is not None else None,
                   unit=unit, approx=approx)]
    for cs, ce in inner_codes:
        atoms.append(_code_atom(text, cs, ce))
    return atoms


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


def _quantities(text: str, mask: _Mask, out: list[Atom]) -> None:
    pos = 0
    for start in _number_starts(text):
        if start < pos:
            continue
        m = _NUM_RE.match(text, start)
        if not m or not m.group(0) or not mask.free(m.start(), m.end()):
            continue
        atoms = _quantity_at(text, m)
        if not atoms or not mask.free(atoms[0].start, atoms[0].end):
            continue
        mask.take(atoms[0].start, atoms[0].end)
        out.extend(atoms)
        pos = atoms[0].end


# ============================================================================================
# Stage 6: years
# ============================================================================================

def _years(text: str, mask: _Mask, out: list[Atom]) -> None:
    for m in _YEAR_RE.finditer(text):
        if mask.free(m.start(), m.end()):
            mask.take(m.start(), m.end())
            year = m.group("y")
            key = f"year:{year}s" if m.group("dec") else f"year:{year}"
            out.append(_atom(text, "year", key, m.start(), m.end(), value=float(year)))
    for m in _FY2_RE.finditer(text):
        if mask.free(m.start(), m.end()):
            mask.take(m.start(), m.end())
            year = 2000 + int(m.group("y"))
            out.append(_atom(text, "year", f"year:{year}", m.start(), m.end(), value=float(year)))


# ============================================================================================
# Stage 7: codes and entities
# ============================================================================================

def _part_class(part: str) -> str:
    """code | num | acro | cap1 | name | lower | other, for one hyphen-free word part."""
    has_digit = any(c.isdigit() for c in part)
    has_alpha = any(c.isalpha() for c in part)
    if has_digit and has_alpha:
        return "other" if _ORDINAL_RE.fullmatch(part) else "code"
    if has_digit:
        return "num"
    if not has_alpha:
        return "other"
    if _PLURAL_ACRO_RE.fullmatch(part) or "&" in part and part.replace("&", "").isupper():
        return "acro"
    if part.isupper():
        return "acro" if len(part) >= 2 else "cap1"
    if part[0].isupper() or any(c.isupper() for c in part[1:]):
        if sum(c.isupper() for c in part) >= 2 and not part.isupper() and _letter_soup(part):
            return "code"  # CoWoS, GaN, PCIe: letters, not words
        return "name"
    return "lower"


def _letter_soup(part: str) -> bool:
    """Internal capitals splitting the word into chunks of at most two letters ("CoWoS", "GaN"),
    as opposed to camel-cased words ("TikTok", "OpenAI", "PyTorch")."""
    return all(len(ch) <= 2 for ch in _CAMEL_CHUNK_RE.findall(part))


def _code_key(parts: list[str]) -> str:
    """"GPT-4" -> gpt4 (a hyphen between letters and digits is optional in writing); "CoWoS-S"
    -> cowos-s; "H100s" -> h100 (plural)."""
    s = parts[0]
    for p in parts[1:]:
        if s[-1].isalpha() != p[0].isalpha():
            s += p
        else:
            s += "-" + p
    if _plural_code(s):
        s = s[:-1]
    return "code:" + _fold(s)


def _code_atom(text: str, start: int, end: int) -> Atom:
    token = text[start:end]
    parts = token.split("-")
    return _atom(text, "code", _code_key(parts), start, end)


def _is_generic(word: str) -> bool:
    w = word.upper()
    return w in GENERIC_ACRONYMS or (w.endswith("S") and w[:-1] in GENERIC_ACRONYMS and word[-1] == "s")


@dataclass(slots=True)
class _Word:
    text: str  # possessive stripped
    start: int
    end: int
    cls: str  # acro | cap1 | name | tail (lower-case brand) | particle
    initial: bool  # first word of a sentence, list item, heading
    weak: bool  # in a title-case or all-caps line: capitals there are not evidence of a name
    closes: bool  # a possessive or contraction ended the word: the name ends here
    caps_line: bool = False  # in an all-caps line: even acronyms there are just style


_LINE_MARKER_RE = re.compile(r"[^\S\n]*(?:[-*•·▪‣◦>#]+|\(?[0-9]{1,3}[.)]|\(?[A-Za-z][.)])?[^\S\n]*[\"'“‘(\[*_]*")
_OPENERS = frozenset(" \t\"'“‘”’([{*_")
# Words that title case leaves in lower case.
_FUNCTION_WORDS = frozenset("a an the of and or nor but so yet in on at for to with by from vs via as is are be "
                            "into onto over under about than per up out off its not no".split())


def _is_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    if j < 0 or text[j] in ".!?:\n\r|":
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    if pos - line_start > 16:  # a list marker is short: no need to look at a long prefix
        return False
    return _LINE_MARKER_RE.fullmatch(text, line_start, pos) is not None


def _line_kinds(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of title-case headings ("Five To Seven Companies Will Have GPT-4 Compute", also a
    heading before a colon: "GPU Scaling and Cost Considerations: Large tech ...") and of
    all-caps lines ("THE RISE OF SEMICONDUCTORS IN THE AI ERA"): capitals there are style."""
    titles, caps = [], []
    pos = 0
    for line in text.split("\n"):
        span = (pos, pos + len(line))
        pos += len(line) + 1
        words = _LETTERS2_RE.findall(line)
        if len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words):
            caps.append(span)
        colon = line.find(": ")
        if 0 < colon <= 80 and _is_title(line[:colon], min_content=2):
            titles.append((span[0], span[0] + colon))
        elif len(words) >= 3 and _is_title(line, min_content=3):
            titles.append(span)
    return titles, caps


def _is_title(line: str, min_content: int) -> bool:
    if _LOWER_CONTENT_RE.search(line):
        return False  # a lower-case content word: prose, not a title (fast rejection)
    words = [w for w in _TOKEN_RE.findall(line) if w[0].isalpha()]
    content = [w for w in words if w.casefold() not in _FUNCTION_WORDS]
    titled = sum(not w.isupper() for w in content)
    return len(content) >= min_content and titled >= 1 and all(w[0].isupper() for w in content) \
        and (titled >= 2 or len(content) < 3)


_LOWER_CONTENT_RE = re.compile(r"(?<![^\W_])[a-z]{5,}")


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _tokens_and_codes(text: str, mask: _Mask, out: list[Atom]) -> list[_Word | None]:
    """Emit codes; return the candidate name words in order (None marks a break between runs;
    runs also break wherever the gap between two words is not a single space)."""
    weak, caps = _line_kinds(text)
    words: list[_Word | None] = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if tok.islower() and tok.isalpha():  # fast path: most words are plain lower case
            if (tok in _LOWERCASE_NAME_TAILS or tok in _NAME_PARTICLES) and mask.free(m.start(), m.end()):
                cls = "tail" if tok in _LOWERCASE_NAME_TAILS else "particle"
                words.append(_Word(tok, m.start(), m.end(), cls, False, False, False))
            continue
        if not mask.free(m.start(), m.end()):
            words.append(None)
            continue
        if _DOTTED_ACRONYM_RE.fullmatch(tok):  # "U.S."
            words.append(_Word(tok, m.start(), m.end(), "acro", _is_initial(text, m.start()),
                               _in_spans(m.start(), weak), False))
            continue
        base = _strip_possessive(tok)
        closes = len(base) < len(tok)
        words.extend(_split_token(text, m.start(), base, closes, weak, caps, mask, out))
    return words


def _split_token(text, start, token, closes, weak, caps, mask, out) -> list[_Word | None]:
    """Hyphen parts of one token: runs of non-lower-case parts holding a digit or letter soup are
    codes ("GPT-4", "CoWoS-S", "Llama-2-70B"); other capitalised parts are name words."""
    parts, offsets, p = [], [], start
    for part in token.split("-"):
        parts.append(part)
        offsets.append(p)
        p += len(part) + 1
    classes = [_part_class(x) if x else "other" for x in parts]
    result: list[_Word | None] = []
    i = 0
    n = len(parts)
    while i < n:
        if classes[i] in ("lower", "other"):
            if classes[i] == "lower" and parts[i].casefold() in _LOWERCASE_NAME_TAILS:
                result.append(_Word(parts[i], offsets[i], offsets[i] + len(parts[i]), "tail", False, False, False))
            elif classes[i] == "lower" and parts[i] in _NAME_PARTICLES and n == 1:
                result.append(_Word(parts[i], offsets[i], offsets[i] + len(parts[i]), "particle", False, False, False))
            else:
                result.append(None)
            i += 1
            continue
        j = i
        while j < n and classes[j] not in ("lower", "other"):
            j += 1
        group = classes[i:j]
        is_code = "code" in group or ("num" in group and any(c != "num" for c in group))
        if is_code:
            s, e = offsets[i], offsets[j - 1] + len(parts[j - 1])
            surface = "-".join(parts[i:j])
            if not _is_generic(surface) and mask.free(s, e) and not (len(surface) > 12 and _noise_code(surface)):
                mask.take(s, e)
                out.append(_atom(text, "code", _code_key(parts[i:j]), s, e))
            result.append(None)
        else:
            for k in range(i, j):
                if classes[k] == "num":
                    result.append(None)
                    continue
                s = offsets[k]
                in_caps = _in_spans(s, caps)
                result.append(_Word(parts[k], s, s + len(parts[k]), classes[k], _is_initial(text, s),
                                    _in_spans(s, weak) or in_caps, closes and k == n - 1, in_caps))
        i = j
    return result


def _noise_code(s: str) -> bool:
    """IDs and hashes ("VItz2oEq5pA"): long, mixed case, digits scattered."""
    return sum(c.islower() for c in s) >= 2 and len(_DIGIT_RUN_RE.findall(s)) >= 2


def _strong(w: _Word) -> bool:
    """Capitalisation that is evidence of a name even at a sentence start."""
    if w.cls == "acro":
        return not w.caps_line
    return any(c.isupper() for c in w.text[1:])  # TikTok, OpenAI, iPhone


def _entities(text: str, words: list[_Word | None], out: list[Atom], known_names: frozenset[str] = frozenset()) -> None:
    pieces = [p for run in _runs(text, words) for piece in _split_run(run) if (p := _trim_stop(piece))]
    # A word used on its own as a name where capitals mean a name (not first in a sentence, not
    # in a heading) is a name wherever else it appears, even first in a sentence. Words inside
    # longer names ("Large Language Model") are no such evidence.
    attested = {_fold(p[0].text) for p in pieces if len(p) == 1 and not p[0].initial and not p[0].weak}
    attested |= known_names
    for piece in pieces:
        for sub in _apply_position_rules(piece, attested):
            s, e = sub[0].start, sub[-1].end
            key = "entity:" + _entity_norm(" ".join(w.text for w in sub))
            out.append(_atom(text, "entity", key, s, e))


def _runs(text: str, words: list[_Word | None]) -> list[list[_Word]]:
    """Consecutive name words separated by single spaces (or " & ")."""
    runs: list[list[_Word]] = []
    cur: list[_Word] = []
    for idx, w in enumerate(words):
        if w is None:
            if cur:
                runs.append(cur)
            cur = []
            continue
        if cur:
            gap = text[cur[-1].end:w.start]
            joined = (gap in (" ", "\u00a0", " & ") or (gap == "-" and not cur[-1].closes)) and not cur[-1].closes
            if not joined or w.initial and w.cls not in ("tail", "particle"):
                runs.append(cur)
                cur = []
        if w.cls == "tail" and not cur:
            continue
        if w.cls == "particle":
            nxt = words[idx + 1] if idx + 1 < len(words) else None
            if not cur or nxt is None or nxt.cls != "name" or text[w.end:nxt.start] != " ":
                if cur:
                    runs.append(cur)
                cur = []
                continue
        cur.append(w)
    if cur:
        runs.append(cur)
    return runs


def _split_run(run: list[_Word]) -> list[list[_Word]]:
    """Split at generic acronyms and stop words, and isolate acronyms of 3+ letters ("HBM Supply
    Chain" is HBM + Supply Chain); 1-2 letter acronyms lead a name ("SK hynix", "LG Display")."""
    pieces: list[list[_Word]] = []
    cur: list[_Word] = []
    for w in run:
        if w.cls in ("acro", "name", "cap1") and (_is_generic(w.text) or _is_stop(w) and not cur):
            if cur:
                pieces.append(cur)
            cur = []
            continue
        if w.cls == "acro" and len(w.text.replace(".", "").rstrip("s")) >= 3:
            if cur:
                pieces.append(cur)
            pieces.append([w])
            cur = []
            continue
        if cur and cur[-1].cls == "acro" and len(cur[-1].text.replace(".", "")) >= 3:
            pieces.append(cur)
            cur = []
        cur.append(w)
    if cur:
        pieces.append(cur)
    return pieces


def _is_stop(w: _Word) -> bool:
    """A capitalised function or discourse word. An all-caps acronym is not one ("US" is not
    "us"), unless it stands in an all-caps line ("THE RISE OF ...")."""
    if w.cls == "acro" and not w.caps_line and len(w.text) >= 2:
        return False
    return _fold(w.text) in _STOP_CAPS


def _trim_stop(piece: list[_Word]) -> list[_Word]:
    while piece and (_is_stop(piece[-1]) or piece[-1].cls == "particle"):
        piece = piece[:-1]
    while piece and (_is_stop(piece[0]) or piece[0].cls in ("tail", "particle")):
        piece = piece[1:]
    if len(piece) == 1 and piece[0].cls == "cap1":
        return []  # a lone capital letter ("Plan B", "option A") names nothing checkable
    return piece


_SUFFIXES = ("ing", "ed", "es", "s", "ly", "ers", "er", "ations", "ation", "ments", "ment", "ness", "ies", "ied")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def is_common_word(word: str) -> bool:
    """An everyday English word (or an inflection of one): capitalised first in a sentence, it is
    no evidence of a name. Unknown words there ("Marvell, ...") are read as names."""
    common = _common_words()
    if word in common:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in common or stem + "e" in common or stem + "y" in common or (
                    len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in common):
                return True
    return False


def attested_names(text: str) -> frozenset[str]:
    """Single words that `text` uses as names mid-sentence: the `known_names` of a corpus."""
    words = _tokens_and_codes(text, _Mask(len(text)), [])
    pieces = [p for run in _runs(text, words) for piece in _split_run(run) if (p := _trim_stop(piece))]
    return frozenset(_fold(p[0].text) for p in pieces if len(p) == 1 and not p[0].initial and not p[0].weak)


def _apply_position_rules(piece: list[_Word], attested: set[str]) -> list[list[_Word]]:
    """Sentence-initial and title-line capitals are not evidence of a name by themselves."""
    if not any(w.weak for w in piece):
        first = piece[0]
        others = [w for w in piece[1:] if w.cls in ("name", "acro", "tail")]
        if (first.initial and not others and not _strong(first) and _fold(first.text) not in attested
                and is_common_word(_fold(first.text))):
            return []  # "Certainly", "Plan B": a capital only because the sentence starts there
        return [piece]
    # In a title line keep only words that are names on other evidence.
    kept, cur = [], []
    for w in piece:
        if _strong(w) or _fold(w.text) in attested or w.cls == "tail" and cur:
            cur.append(w)
        else:
            if cur:
                kept.append(cur)
            cur = []
    if cur:
        kept.append(cur)
    return kept


def _entity_norm(name: str) -> str:
    s = _fold(name).replace("’", "'")
    s = _NAME_SEP_RE.sub(" ", s).replace(".", "")
    words = s.split()
    # plural acronyms: "TPUs" -> tpu
    words = [w[:-1] if _LOWER_PLURAL_RE.fullmatch(w) and _is_plural_acro(name, w) else w for w in words]
    return " ".join(words).strip()


def _is_plural_acro(name: str, folded: str) -> bool:
    return any(_PLURAL_ACRO_RE.fullmatch(tok) and tok.casefold() == folded for tok in name.split())


# ============================================================================================
# Public API
# ============================================================================================

def extract_atoms(text: str, known_names: frozenset[str] = frozenset()) -> list[Atom]:
    """All atoms of `text` in order of position, spans into `text`, no overlapping duplicates.

    `known_names` (casefolded single words) are names attested elsewhere, e.g. in the suite's
    documents: such a word is a name even first in a sentence ("Broadcom is a key partner").
    """
    if not text:
        return []
    mask = _Mask(len(text))
    out: list[Atom] = []
    _skip_spans(text, mask)
    _dates(text, mask, out)
    _quarters(text, mask, out)
    _spaced_codes(text, mask, out)
    _quantities(text, mask, out)
    # Codes found inside counted-noun quantities ("400,000 H100 GPUs") are separate facts.
    for a in out:
        if a.kind == "code" and a.start and mask.free(a.start, a.end):
            mask.take(a.start, a.end)
    _years(text, mask, out)
    words = _tokens_and_codes(text, mask, out)
    _entities(text, words, out, known_names)
    out.sort(key=lambda a: (a.start, -a.end))
    return _dedupe(out)


def _dedupe(atoms: list[Atom]) -> list[Atom]:
    seen = set()
    result = []
    for a in atoms:
        ident = (a.kind, a.key, a.start, a.end)
        if ident not in seen:
            seen.add(ident)
            result.append(a)
    return result


def parse_quantity(text: str) -> Atom | None:
    """Parse one standalone quantity or number ("$2.3 billion", "814 mm²", "4,424")."""
    stripped = text.strip()
    offset = text.find(stripped) if stripped else 0
    for a in extract_atoms(stripped):
        if a.kind in ("quantity", "number"):
            return Atom(a.kind, a.text, a.key, a.value, a.high, a.unit, a.start + offset, a.end + offset, a.approx)
    m = re.fullmatch(r"(?:19|20)[0-9]{2}", stripped)
    if m:  # a bare year-like number given as a quantity is a number
        return Atom("number", stripped, f"number:{stripped}", float(stripped), None, None,
                    offset, offset + len(stripped))
    return None


def _plain(d: Decimal) -> str:
    return _fmt(d)


def _commas(d: Decimal) -> str:
    s = _fmt(d)
    whole, _, frac = s.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    grouped = f"{int(whole):,}"
    return sign + grouped + ("." + frac if frac else "")


_NUMBER_WORDS = {v: k for k, v in {**_SMALL_NUMBERS, **_TENS}.items()}
_FORMAT_SUFFIXES = {
    "%": ["{n}%", "{n} percent", "{n} per cent"],
    "mm2": ["{n}mm 2", "{n} mm²", "{n}mm^2", "{n}mm2", "{n} square millimeters"],
    "nm": ["{n}nm", "{n} nm", "{n} nanometers"],
    "mm": ["{n}mm", "{n} mm", "{n} millimeters"],
    "kg": ["{n}kg", "{n} kg", "{n} kilograms"],
    "W": ["{n}W", "{n} W", "{n} watts"],
    "GHz": ["{n}GHz", "{n} GHz", "{n} gigahertz"],
    "TFLOPS": ["{n} TFLOPS", "{n} teraflops"],
    "x": ["{n}x", "{n} times"],
}
_MONEY_FORMS = {"USD": ("$", "USD", "dollars"), "EUR": ("€", "EUR", "euros"), "GBP": ("£", "GBP", None),
                "JPY": ("¥", "JPY", "yen"), "CNY": (None, "CNY", "yuan"), "INR": ("₹", "INR", "rupees")}
_SCALES_FOR_FORMAT = [(Decimal(10**12), "trillion", "T"), (Decimal(10**9), "billion", "B"),
                      (Decimal(10**6), "million", "M"), (Decimal(10**3), "thousand", "k")]


def format_variants(value: float, unit: str) -> list[str]:
    """Surface forms that `parse_quantity` reads back as this quantity (for round-trip tests)."""
    d = Decimal(repr(float(value)))
    n, c = _plain(d), _commas(d)
    forms: list[str] = []
    if unit in _MONEY_FORMS:
        sym, code, word = _MONEY_FORMS[unit]
        if sym:
            forms += [f"{sym}{c}", f"{sym}{n}"]
        forms.append(f"{code} {c}")
        if word:
            forms += [f"{c} {word}", f"{n} {word}"]
        for size, name, suffix in _SCALES_FOR_FORMAT:
            if d >= size:
                s = _fmt(d / size)
                if sym:
                    forms += [f"{sym}{s}{suffix}", f"{sym}{s} {name}"]
                forms.append(f"{code} {s} {name}")
                if word:
                    forms.append(f"{s} {name} {word}")
                break
        return forms
    if unit == "GB":
        forms += [f"{n}GB", f"{c} GB", f"{n} gigabytes"]
        if d >= 1000:
            forms += [f"{_fmt(d / 1000)} TB", f"{_fmt(d / 1000)}TB"]
        elif d < 1:
            forms += [f"{_fmt(d * 1000)} MB", f"{_fmt(d * 1000)} megabytes"]
        return forms
    if unit in ("second", "minute", "hour", "day", "week", "month", "quarter", "year"):
        forms += [f"{c} {unit}s", f"{n} {unit}s"]
        if d == d.to_integral_value() and int(d) in _NUMBER_WORDS and int(d) >= 2:
            forms.append(f"{_NUMBER_WORDS[int(d)]} {unit}s")
        return forms
    if unit in _FORMAT_SUFFIXES:
        return [f.format(n=n if "{n}" in f and i % 2 == 0 else c) for i, f in enumerate(_FORMAT_SUFFIXES[unit])]
    # a counted noun
    plural = unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"
    return [f"{c} {plural}", f"{n} {plural}"]


_DATE_LIKE = frozenset({"year", "quarter", "date"})


def atoms_compatible(a: Atom, b: Atom) -> bool:
    """Same kind of fact, so that one value can contradict the other: same kind and unit for
    quantities, any two bare numbers, any two years / quarters / dates. Names never are."""
    if a.kind != b.kind:
        return False
    if a.kind == "quantity":
        return a.unit == b.unit
    return a.kind in ("number", "year", "quarter", "date")


def atoms_equal(a: Atom, b: Atom) -> bool:
    """Same fact: same key; or numbers/quantities of the same unit whose values agree within 0.5%
    or one's range contains the other's value (or range); or a quarter without a year matching
    the same quarter with one."""
    if a.key == b.key:
        return True
    if a.kind == "quarter" and b.kind == "quarter":
        qa, qb = a.key.split(":"), b.key.split(":")
        return qa[-1] == qb[-1] and (len(qa) == 2 or len(qb) == 2)
    if a.kind not in ("quantity", "number") or a.kind != b.kind or a.unit != b.unit:
        return False
    if a.value is None or b.value is None:
        return False
    alo, ahi = a.value, a.high if a.high is not None else a.value
    blo, bhi = b.value, b.high if b.high is not None else b.value
    if _close(alo, blo) and _close(ahi, bhi):
        return True
    return (alo <= blo and bhi <= ahi) or (blo <= alo and ahi <= bhi)


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 0.005 * max(abs(x), abs(y))
