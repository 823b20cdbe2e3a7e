"""Stages 2, 3 and 6: times of day ("18:00", "6:30 pm", "noon", "half past six", "six o'clock", "at six in the evening",
"twenty to one in the afternoon", "4.30 in the afternoon", "half four"), dates ("Dec 30, 2023", "2023-12-30", "December 2023"), quarters
("Q1", "Q1 2024", "1Q24", "first quarter of 2024", "Quarter 3"; "the end of March 2026" is its last day, 31 March
2026; "Saturday 7 and Sunday 8 March" is two dates, so is "from Monday 4 to Friday 22 October"), years
that span two ("2026/27", "2025–26") and years ("2023", "the 1990s", "FY24", "in eighteen ninety-seven")."""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from .atom import Atom, Mask, make_atom
from .lexicon import MONTHS, ORDINALS, WEEK
from .numbers import SMALL_NUMBERS, TENS, amount_of
from .units import SEP


# Dates, quarters, years
# --------------------------------------------------------------------------------------------

_MONTH_ALT = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
              r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
# A month name must not continue a word, except one glued on by scraping ("readDec 30"): this
# is checked in Python (_month_start_ok) so that the patterns start with a literal, which lets
# the regex engine skip quickly to candidate positions.
_MONTH_START = ""
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
# The ordinal words of a month's days, a closed class: "the thirtieth of September", "May the
# first". Written out, a day is read only with "of" before the month or after it ("the second
# March" is more often a count than a date).
_ORDINAL_DAYS = dict(ORDINALS)
_ORDINAL_DAYS |= {f"twenty{sep}{w}": 20 + n for sep in ("-", " ") for w, n in list(_ORDINAL_DAYS.items())[:9]}
_ORDINAL_DAYS |= {"thirtieth": 30, "thirty-first": 31, "thirty first": 31}
_DAY_WORD = ("(?P<dayword>(?i:" + "|".join(sorted((w.replace(" ", f"{SEP}+") for w in _ORDINAL_DAYS),
                                                  key=len, reverse=True)) + "))")
_YEAR4 = r"(?P<year>(?:19|20)[0-9]{2})"
# After the month, a day with "the" or in words ends the phrase ("May the 1st.", "September first,
# 2027"); followed by a word it begins one ("in March the first phase", "the 3 members").
_DAY_ENDS = r"(?=[^\S\n]*(?:[^\w\s-]|$|\n|(?:19|20)[0-9]{2}(?![0-9])))"
_DATE_RES = (
    re.compile(rf"{_MONTH_START}{_MONTH_ALT}{SEP}+(?:{_DAY}(?![0-9])|(?:the{SEP}+)?(?:{_DAY_WORD}|"
               rf"(?P<dayth>[0-3]?[0-9](?:st|nd|rd|th))){_DAY_ENDS})(?:,?{SEP}+{_YEAR4}(?![0-9]))?(?![^\W_])"),
    re.compile(rf"(?<![\w.]){_DAY}{SEP}+(?:of{SEP}+)?{_MONTH_ALT}(?:,?{SEP}+{_YEAR4})?(?![^\W_])"),
    re.compile(rf"{_MONTH_START}{_MONTH_ALT},?{SEP}+(?:of{SEP}+)?{_YEAR4}(?![^\W_])"),
    re.compile(r"(?<![\w.])(?P<year>(?:19|20)[0-9]{2})[-/.](?P<mon>0?[1-9]|1[0-2])[-/.](?P<day>[0-3]?[0-9])(?![\w.]?[0-9])"),
    re.compile(r"(?<![\w./])(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<year>(?:19|20)[0-9]{2})(?![\w/])"),
    # A month on its own ("in December"); not "May" (a verb) nor abbreviations, but "May" after the
    # words that name a month's end or beginning ("the end of May": no verb follows "of"; `_month_end`)
    re.compile(r"(?P<mon>January|February|March|April|June|July|August|September|"
               r"October|November|December|(?:(?<=end of )|(?<=start of )|(?<=day of )|(?<=beginning of ))May)(?![A-Za-z])"),
)
# "the thirtieth of September", read before the month-and-year form. Tried only just before an
# "of <month>": the word list is slow to try at every position of a long document.
_WORD_DAY_RE = re.compile(rf"{_DAY_WORD}{SEP}+of{SEP}+{_MONTH_ALT}(?:,?{SEP}+{_YEAR4})?(?![^\W_])")
_WORD_DAY_BEFORE_RE = re.compile(rf"(?<![^\W_]){_DAY_WORD}{SEP}+$")
_OF_MONTH_RE = re.compile(rf"of{SEP}+{_MONTH_ALT}")
_WS_RE = re.compile(r"\s+")
_MONTH_HINT_RE = re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec")
_QUARTER_RES = (
    re.compile(rf"(?<![\w])Q(?P<q>[1-4])(?:{SEP}*['’](?P<y2>[0-9]{{2}})|{SEP}+(?:of{SEP}+)?(?:FY|CY)?"
               rf"{SEP}?(?P<y4>(?:19|20)[0-9]{{2}})|{SEP}+(?:FY|CY)['’]?(?P<fy>[0-9]{{2}}))?(?![\w])"),
    re.compile(r"(?<![\w.])(?P<q>[1-4])Q(?:['’]?(?P<y2>[0-9]{2})|[^\S\n]+(?P<y4>(?:19|20)[0-9]{2}))?(?![\w])"),
    re.compile(rf"(?i:\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b)"
               rf"(?:{SEP}+(?i:of){SEP}+(?:(?i:fiscal|calendar){SEP}+(?:(?i:year){SEP}+)?)?(?:FY{SEP}?)?"
               rf"(?P<y4>(?:19|20)[0-9]{{2}})(?![\w]))?"),
    re.compile(rf"(?<![\w.])(?:FY{SEP}?)?(?P<y4>(?:19|20)[0-9]{{2}}){SEP}+Q(?P<q>[1-4])(?![\w])"),
    # the name "Q4" stands for, a capital "Quarter" and its number ("Quarter 3, 2026"; not "a
    # quarter 4 times")
    re.compile(rf"(?<![\w])(?:Quarter|QUARTER){SEP}+(?P<q>[1-4])(?![\w])(?!\.[0-9])"
               rf"(?:,?{SEP}+(?:of{SEP}+)?(?P<y4>(?:19|20)[0-9]{{2}})(?![\w]))?"),
)
_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_YEAR_RE = re.compile(r"(?<![\w$€£¥.,])(?P<fy>FY|CY)?(?P<y>(?:19|20)[0-9]{2})(?P<dec>s)?(?![^\W_])(?!\.[0-9])(?!,[0-9]{3})")
_FY2_RE = re.compile(r"(?<![\w])FY['’]?(?P<y>[0-9]{2})(?![\w])")
# A year said in words as its century and its two last digits: "eighteen ninety-seven", "nineteen
# oh five", "twenty twenty-four", "nineteen hundred". Speech says prices the same way ("nineteen
# ninety-nine" is £19.99), so only where a year is meant: after a preposition of time (a closed
# class of English) or as a sentence of its own ("Eighteen ninety-seven.").
_CENTURIES = {w: n for w, n in SMALL_NUMBERS.items() if n >= 10} | {"twenty": 20}
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_YEAR_WORDS_RE = re.compile(
    rf"\b(?P<c>{'|'.join(_CENTURIES)})[^\S\n]+(?P<yy>hundred|(?:oh|o)[-\s](?:{_ONES})"
    rf"|(?:{'|'.join(TENS)})(?:[-\s](?:{_ONES}))?|{'|'.join(w for w, n in SMALL_NUMBERS.items() if n >= 10)})\b",
    re.IGNORECASE)
_YEAR_WORDS_BEFORE_RE = re.compile(
    r"(?:(?:^|[.!?:;]\s+|\n)[\s*_]*|\b(?:in|since|until|till|by|from|before|after|around|circa|of)\s+)$", re.IGNORECASE)
_YEAR_WORDS_AFTER_RE = re.compile(r"[*_]*(?:[.!?,;:)]|\s*$)")


def _date_key(m: re.Match) -> str | None:
    g = m.groupdict()
    year = g.get("year")
    if g.get("a"):  # numeric d/m/y or m/d/y: US order unless the first part cannot be a month
        a, b = int(g["a"]), int(g["b"])
        mon, day = (b, a) if a > 12 else (a, b)
    else:
        mon = MONTHS[g["mon"].casefold()] if not g["mon"].isdigit() else int(g["mon"])
        word = g.get("dayword")
        if g.get("day") or g.get("dayth"):
            day = int((g.get("day") or g["dayth"]).rstrip("stndrh"))
        else:
            day = _ORDINAL_DAYS[_WS_RE.sub(" ", word.casefold())] if word else None
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


def _date_matches(text: str) -> Iterator[re.Match]:
    """Candidate dates, one pattern after another (a later one cannot take a span already used)."""
    has_month = _MONTH_HINT_RE.search(text) is not None
    has_numeric = "/" in text or "-" in text or "." in text
    if has_month:
        for of in _OF_MONTH_RE.finditer(text):
            word = _WORD_DAY_BEFORE_RE.search(text, max(0, of.start() - 24), of.start())
            m = _WORD_DAY_RE.match(text, word.start()) if word else None
            if m:
                yield m
    for i, rx in enumerate(_DATE_RES):
        if (i in (0, 1, 2, 5) and not has_month) or (i in (3, 4) and not has_numeric):
            continue
        yield from rx.finditer(text)


# "the end of March 2026", "the last day of June": a month's end is its last day. A closed class:
# the nouns naming a month's final day ("late March", "the end of the month" name no one day).
# Its beginning, likewise, is its first day ("from the beginning of March until the end of July").
_MONTH_END_BEFORE_RE = re.compile(rf"(?<![^\W_])(?:the{SEP}+)?(?:very{SEP}+)?(?:(?P<end>end|last{SEP}+day)"
                                  rf"|beginning|start|first{SEP}+day){SEP}+of{SEP}+$", re.IGNORECASE)
_MONTH_KEY_RE = re.compile(r"date:(?P<year>\d{4}|-)-(?P<month>\d\d)")


def _month_end(text: str, start: int, key: str) -> tuple[int, str] | None:
    """Where "the end of <month>" starts and its last day's key, for a month (no day) after those
    words; February's end needs its year (28th or 29th). "The beginning of <month>": its first day."""
    m = _MONTH_KEY_RE.fullmatch(key)
    before = _MONTH_END_BEFORE_RE.search(text, max(0, start - 24), start) if m else None
    if not m or not before:
        return None
    year, month = m.group("year"), int(m.group("month"))
    if not before.group("end"):
        return before.start(), f"date:{year}-{month:02d}-01"
    if year == "-" and month == 2:
        return None
    last = calendar.monthrange(int(year) if year != "-" else 2001, month)[1]
    return before.start(), f"date:{year}-{month:02d}-{last:02d}"


def find_dates(text: str, mask: Mask, out: list[Atom]) -> None:
    for m in _date_matches(text):
        if not mask.free(m.start(), m.end()) or not _month_start_ok(text, m):
            continue
        key = _date_key(m)
        if key:
            start = m.start()
            end_of = _month_end(text, start, key)
            if end_of:
                start, key = end_of
            mask.take(start, m.end())
            out.append(make_atom(text, "date", key, start, m.end()))
            _coordinated_days(text, start, key, mask, out)


# A day of the month before another and its month: "Saturday 7 and Sunday 8 March" and "7 or 8
# March" give 7 March too (the weekdays, a closed class, may name each day), as "the tenth and
# eleventh of February" gives the tenth, in words; so does the first end of a span that runs
# forward to it ("from Monday 4 to Friday 22 October", "4-22 October": the earlier day
# first); "between 3 and 5 May" too: between two days of one month is a span of days, as "3-5 May"
# is, whose ends are days the text names (not an estimate's bounds, as "between 40 and 45%" is).
_WEEKDAY = rf"(?:{'|'.join(WEEK)})"
_DAY_WORD_ALT = "|".join(sorted((w.replace(" ", f"{SEP}+") for w in _ORDINAL_DAYS), key=len, reverse=True))
_DAY_BEFORE_RE = re.compile(
    rf"(?<![\w.,/–-])(?P<day>[0-9]{{1,2}}(?=(?:st|nd|rd|th)?,?(?:{SEP}|[-–]))|(?<=the )(?:{_DAY_WORD_ALT}))(?:st|nd|rd|th)?,?"
    rf"(?:{SEP}+(?:and|or|&|(?P<span>to|until|till|through)){SEP}+|{SEP}*(?P<dash>[-–]){SEP}*)"
    rf"(?:{_WEEKDAY},?{SEP}+)?(?:the{SEP}+)?$", re.IGNORECASE)
_DAY_KEY_RE = re.compile(r"(?P<month>date:(?:\d{4}|-)-\d\d)-\d\d")
_BETWEEN_RE = re.compile(r"\bbetween[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)


def _coordinated_days(text: str, start: int, key: str, mask: Mask, out: list[Atom]) -> None:
    """The day coordinated before the date at `start` (`_DAY_BEFORE_RE`), a date of its month."""
    month = _DAY_KEY_RE.fullmatch(key)
    before = _DAY_BEFORE_RE.search(text, max(0, start - 40), start) if month else None
    if before is None or not mask.free(*before.span("day")):
        return
    word = before.group("day")
    day = int(word) if word.isdigit() else _ORDINAL_DAYS[_WS_RE.sub(" ", word.casefold())]
    if not 1 <= day <= 31:
        return
    at = before.start("day")
    spans = before.group("span") or before.group("dash") or _BETWEEN_RE.search(text, max(0, at - 14), at)
    if (spans and not day < int(key[-2:])
            and not (before.group("span") and _FROM_BEFORE_RE.search(text, max(0, at - 8), at))):
        # a span runs forward: "4 to 22 October", not "28 to 3 March"; but "from 14 to 7 December"
        # moves a date within its month ("brought forward from 14 to 7 December")
        return
    mask.take(*before.span("day"))
    day_key = f"{month.group('month')}-{day:02d}"
    out.append(make_atom(text, "date", day_key, before.start("day"), before.end("day")))


# Times of day
# --------------------------------------------------------------------------------------------

_CLOCK = (r"(?P<h{n}>[0-2]?[0-9])(?:(?P<colon{n}>:)(?P<m{n}>[0-5][0-9])(?::(?P<s{n}>[0-5][0-9]))?"
          r"|\.(?P<dm{n}>[0-5][0-9]))?")
# "18:00", "6:30 am", "6 pm", "6.30pm" (a dot only with am/pm: "18.00" is a decimal), "9-11 am",
# "4.30 in the afternoon" (a part of the day is an am/pm in words),
# "12 noon"; "noon", "midnight". Any other "nn:nn" is skipped, as before (no atom).
_TIME_RE = re.compile(
    rf"(?<![\w:.])(?:{_CLOCK.format(n=1)}(?P<join>{SEP}*(?:-|–|—|to){SEP}*))?{_CLOCK.format(n=2)}"
    rf"(?:{SEP}?(?P<ap>[AaPp])(?:\.[Mm]\.?|[Mm])(?![^\W_])|{SEP}+(?P<word>noon|midday|midnight)\b"
    rf"|{SEP}+(?:in{SEP}+the{SEP}+(?P<pod>morning|afternoon|evening)|at{SEP}+(?P<night>night))\b)?(?![\w:])"
    r"|\b(?P<named>noon|midday|midnight)\b",
    re.IGNORECASE,
)
_TIME_HINT_RE = re.compile(r"[0-9](?::[0-9]|[^\S\n]?[AaPp]\.?[Mm]|[^\S\n]+(?:in[^\S\n]+the|at[^\S\n]+night))"
                           r"|noon|midday|midnight", re.IGNORECASE)
# The prepositions that put a bare hour on the clock when a part of the day follows ("at 6 in the
# evening", "until 2 at night"); without one the number may count ("3 in the afternoon session").
_TIME_PREPOSITION_RE = re.compile(r"\b(?:at|by|from|until|till|before|after|around)[^\S\n]+$", re.IGNORECASE)
# ... or the end of a span whose start is told on the clock ("from 8 in the morning to 6 in the
# evening", "between 9 am and 5 in the afternoon"): a connective of a range after a part of the day,
# am/pm, "o'clock" or minutes.
_TIME_RANGE_END_RE = re.compile(
    r"(?:in[^\S\n]+the[^\S\n]+(?:morning|afternoon|evening)|at[^\S\n]+night|[0-9][^\S\n]?[ap]\.?m\.?|o['’]clock|:[0-5][0-9])"
    r"[^\S\n]*(?:to|and|until|till|-|–|—)[^\S\n]+$", re.IGNORECASE)


# A time told with nothing of time before it (closed classes): at the start of the text or after
# punctuation ("Six in the evening.", "Doors open: seven in the evening"), or after a comparative of
# time ("no later than six in the evening"); and where what follows its part of the day is the end of
# the text, punctuation, or a word that opens no noun phrase the number could count ("… in the evening,
# back at the depot", "… until eight in the evening on Fridays"). "we sold 3 in the morning" counts
# (a verb stands before it), and so does "3 in the afternoon session" (a noun follows).
_BEFORE_TIME_TOLD_RE = re.compile(r"(?:^|[.,;:!?(\]—–-]|\b(?:later|earlier|sooner)[^\S\n]+than)[^\S\n]*$",
                                  re.IGNORECASE)
_AFTER_TIME_TOLD_RE = re.compile(
    r"[^\S\n]*(?:$|[.,;:!?)\]—–-]|(?:to|until|till|and|or|on|at|every|each|sharp|when|then|but|so|from|by"
    r"|if|unless|while|because|as|instead|rather|daily|weekdays?)\b)", re.IGNORECASE)


def _on_the_clock(text: str, start: int, end: int) -> bool:
    """A bare hour at `start` with a part of the day after it (ending at `end`) is a time told: after
    a preposition of time, as the end of a span whose start is told on the clock, or standing alone
    (`_BEFORE_TIME_TOLD_RE`, `_AFTER_TIME_TOLD_RE`: "No later than six in the evening.", "Eight in the
    morning until eight in the evening")."""
    return (_TIME_PREPOSITION_RE.search(text, max(0, start - 8), start) is not None
            or _TIME_RANGE_END_RE.search(text, max(0, start - 32), start) is not None
            or (_BEFORE_TIME_TOLD_RE.search(text, max(0, start - 16), start) is not None
                and _AFTER_TIME_TOLD_RE.match(text, end) is not None))
_TIME_SKIP_RE = re.compile(r"(?<![\w:])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![\w:])")


# A time told in words: "half past six", "quarter to nine", "ten past 7", "20 minutes to 5",
# "six o'clock", "(at) six in the evening", optionally with what part of the day it is ("in the evening", "pm"). English's
# closed set of ways to tell the time; "to" only after "quarter" or "minutes" ("five to seven" is
# a range), or after minutes no hour can be ("twenty to one", "twenty-five to six") where the time
# is said of a part of the day or after "at" ("from twenty to ten" is a fall), or after "five" or
# "ten" said both after "at" and with a part of the day ("at ten to six in the evening"). Without am/pm the
# time may be either reading (key ending "?", as "6:30"): the documents' own time decides which
# one matches (compare.same_fact).
_HOUR_WORD = r"(?P<hr>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])(?![\w:]|[.,][0-9])"
_MINUTES = r"(?:five|ten|twenty|twenty[- ]five|[1-5]?[0-9])"
_PART_OF_DAY = (rf"(?:{SEP}*(?P<ap>[AaPp])(?:\.[Mm]\.?|[Mm])(?![^\W_])"
                rf"|{SEP}+(?:in{SEP}+the{SEP}+(?P<day>morning|afternoon|evening)|at{SEP}+(?P<night>night)))?")
_WORD_TIME_RE = re.compile(
    rf"\b(?:(?:(?P<min>half|(?:a{SEP}+)?quarter|{_MINUTES}(?:{SEP}+minutes?)?){SEP}+past"
    rf"|(?P<min2>(?:a{SEP}+)?quarter|{_MINUTES}{SEP}+minutes?|(?P<bare>twenty(?:[- ]five)?|five|ten)){SEP}+(?P<dir2>to|before|after))"
    rf"{SEP}+{_HOUR_WORD}"
    rf"|(?P<hr2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9]){SEP}*o['’]clock\b"
    rf"|(?<!in )(?<!by )(?<!a )(?P<half>half)(?:-|{SEP}+)(?P<hr3>one|two|three|four|five|six|seven|eight|nine|ten"
    rf"|eleven|twelve)(?![\w-])"
    rf"|(?P<hr4>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    rf"(?={SEP}+(?:in{SEP}+the{SEP}+(?:morning|afternoon|evening)|at{SEP}+night)\b))"
    rf"{_PART_OF_DAY}",
    re.IGNORECASE,
)


_AT_BEFORE_RE = re.compile(r"\bat\s+$", re.IGNORECASE)
# A unit of time after the hour makes it a length, not a time told: "3 hours 15 minutes to 4 hours".
_LENGTH_AFTER_RE = re.compile(rf"{SEP}*(?:hours?|hrs?|minutes?|mins?)\b", re.IGNORECASE)


def _word_count(word: str) -> int:
    return int(amount_of(word))


def _word_time_atom(text: str, m: re.Match) -> Atom | None:
    """The time of a `_WORD_TIME_RE` match, keyed as a clock time is."""
    g = m.groupdict()
    if g["hr4"] and not _on_the_clock(text, m.start(), m.end()):
        return None   # "six in the evening" is a time after "at", "by", "until": else it may count
    hour = _word_count(g["hr"] or g["hr2"] or g["hr3"] or g["hr4"])
    said = (g["min"] or g["min2"] or g["half"] or "").casefold()
    minute = 30 if said == "half" else 15 if said.endswith("quarter") else _word_count(said.split(" minute")[0]) if said else 0
    if minute >= 60 or not 1 <= hour <= 12 or _LENGTH_AFTER_RE.match(text, m.end("hr") if g["hr"] else m.end()):
        return None
    at = _AT_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
    if g["bare"] and not (g["ap"] or g["day"] or g["night"] or at):
        return None   # "twenty to ten" alone may be a fall or a range
    if (g["bare"] or "").casefold() in ("five", "ten") and not (at and (g["ap"] or g["day"] or g["night"])):
        return None   # minutes that may be an hour ("five to seven") tell the time after "at" with a part of the day
    if (g["dir2"] or "").casefold() in ("to", "before"):
        hour, minute = hour - 1, 60 - minute
    meridiem = _half_said(g["ap"], g["day"], g["night"], hour)
    hour = _on_the_24_hour_clock(hour, meridiem)
    key = f"time:{hour:02d}:{minute:02d}" + ("" if meridiem else "?")
    return make_atom(text, "time", key, m.start(), m.end(), value=hour + minute / 60)


def _half_said(ap: str | None, day: str | None, night: str | None, hour: int) -> str | None:
    """The half of the day ("a" or "p") that am/pm, a part of the day ("in the morning") or "at
    night" after a 12-hour `hour` says ("two o'clock at night" is in the small hours); None for none."""
    if ap:
        return ap.casefold()
    if night:
        return "p" if hour % 12 >= 5 else "a"
    if day:
        return "a" if day.casefold() == "morning" else "p"
    return None


def _on_the_24_hour_clock(hour: int, meridiem: str | None) -> int:
    """A 12-hour `hour` in the half of the day `meridiem` says, on the 24-hour clock."""
    return hour % 12 + (12 if meridiem == "p" else 0)


def _named_hour(word: str) -> int:
    return 0 if word.casefold() == "midnight" else 12


def _clock_atom(text: str, m: re.Match, n: int, end: int, meridiem: str | None) -> Atom | None:
    """One time of the match (`n` 1 or 2: a range's first or second), keyed on the 24-hour
    clock. A 12-hour time written without am/pm and without a leading zero ("6:30") may be
    either reading: its key ends in "?" (see compare.same_fact)."""
    g = m.groupdict()
    hour, minute = int(g[f"h{n}"]), int(g[f"m{n}"] or g[f"dm{n}"] or 0)
    second = int(g[f"s{n}"] or 0)
    if hour > 24 or (meridiem and not 1 <= hour <= 12):
        return None
    if meridiem:
        hour = _on_the_24_hour_clock(hour, meridiem)
    ambiguous = not meridiem and 1 <= hour <= 12 and not g[f"h{n}"].startswith("0")
    hour %= 24
    key = f"time:{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "") + ("?" if ambiguous else "")
    return make_atom(text, "time", key, m.start(f"h{n}"), end, value=hour + minute / 60 + second / 3600)


def _part_of_day(text: str, m: re.Match) -> str | None:
    """The am/pm a part of the day after a 12-hour time gives ("4.30 in the afternoon", "2 at
    night" is in the small hours): None after a 24-hour time, and after a bare hour unless a
    preposition of time or a span's start told on the clock puts it there ("at 6 in the evening",
    "from 8 in the morning to 6 in the evening": `_on_the_clock`)."""
    g = m.groupdict()
    hour = int(g["h2"])
    if not (g["pod"] or g["night"]) or not 1 <= hour <= 12:
        return None
    if not (g["colon2"] or g["dm2"]) and not _on_the_clock(text, m.start(), m.end()):
        return None
    return _half_said(None, g["pod"], g["night"], hour)


def _time_atoms(text: str, m: re.Match) -> list[Atom]:
    """The times of one match: none (a plain number), one, or the two ends of a range."""
    g = m.groupdict()
    named = g["named"] or g["word"]
    if named:
        if g["word"] and (g["h1"] or g["h2"] != "12" or (g["m2"] or "00") != "00"):
            return []  # "12 noon" only
        hour = _named_hour(named)
        return [make_atom(text, "time", f"time:{hour:02d}:00", m.start(), m.end(), value=float(hour))]
    ap2 = g["ap"].casefold() if g["ap"] else _part_of_day(text, m)
    if not ap2 and (g["dm1"] or g["dm2"] or not g["colon2"] or (g["h1"] and not g["colon1"])):
        return []  # "6.30", "6", "9-11": numbers, not times
    atoms = [_clock_atom(text, m, 2, m.end(), ap2)]
    if g["h1"]:
        # "9-11 am": the first shares the suffix, unless it is earlier on the clock face ("11-1 pm")
        h1, h2 = int(g["h1"]) % 12, int(g["h2"]) % 12
        ap1 = ap2 if not ap2 or h1 <= h2 else {"a": "p", "p": "a"}[ap2]
        atoms.insert(0, _clock_atom(text, m, 1, m.start("join"), ap1))
    found = [a for a in atoms if a is not None]
    return found if len(found) == len(atoms) else []   # "25:00": not a time


# A span of bare hours whose part of the day is said once, after its end: "from ten until eleven in
# the morning", "between 9 and 11 am", "from eleven to one in the afternoon". The part of the day puts
# both ends on the clock; the start is in the same half of the day unless its hour comes after the
# end's on the dial (eleven to one: the morning's eleven). Read first: "ten to eleven" is no time
# told ("ten minutes to eleven") and no range of numbers here.
_BARE_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])(?![\w:]|[.,][0-9])"
_SPAN_OF_HOURS_RE = re.compile(
    rf"\b(?:from|between){SEP}+(?P<a>{_BARE_HOUR})(?:{SEP}+o['’]clock)?{SEP}*(?:to|until|till|and|-|–|—){SEP}*"
    rf"(?P<b>{_BARE_HOUR})(?:{SEP}+o['’]clock)?"
    rf"(?:{SEP}*(?P<ap>[AaPp])(?:\.[Mm]\.?|[Mm])(?![^\W_])"
    rf"|{SEP}+(?:in{SEP}+the{SEP}+(?P<day>morning|afternoon|evening)|at{SEP}+(?P<night>night))\b)",
    re.IGNORECASE,
)


def _span_of_hours(text: str, m: re.Match) -> list[Atom]:
    """The two times of a `_SPAN_OF_HOURS_RE` match, keyed on the 24-hour clock."""
    a, b = _word_count(m["a"]), _word_count(m["b"])
    if not (1 <= a <= 12 and 1 <= b <= 12):
        return []
    end = _half_said(m["ap"], m["day"], m["night"], b)
    start = end if a % 12 < b % 12 else ("a" if end == "p" else "p")
    out = []
    for hour, meridiem, at, to in ((a, start, m.start("a"), m.end("a")), (b, end, m.start("b"), m.end())):
        hour = _on_the_24_hour_clock(hour, meridiem)
        out.append(make_atom(text, "time", f"time:{hour:02d}:00", at, to, value=float(hour)))
    return out


def find_times(text: str, mask: Mask, out: list[Atom]) -> None:
    """Times of day, keyed on the 24-hour clock ("18:00", "6 pm" and "6:00 p.m." are all
    ``time:18:00``); any other "nn:nn" is skipped."""
    if "rom" in text or "etween" in text:   # "from", "From", "between"
        for m in _SPAN_OF_HOURS_RE.finditer(text):
            if mask.free(m.start("a"), m.end()) and (atoms := _span_of_hours(text, m)):
                mask.take(m.start("a"), m.end())
                out.extend(atoms)
    for m in _WORD_TIME_RE.finditer(text) if ("past" in text or "clock" in text or "minute" in text or "alf" in text
                                              or "quarter" in text or "Quarter" in text or "wenty" in text
                                              or " the morning" in text or " the afternoon" in text
                                              or " the evening" in text or " at night" in text) else ():
        atom = _word_time_atom(text, m)
        if atom and mask.free(atom.start, atom.end):
            mask.take(atom.start, atom.end)
            out.append(atom)
    if not _TIME_HINT_RE.search(text):
        return
    for m in _TIME_RE.finditer(text):
        if not mask.free(m.start(), m.end()):
            continue
        for a in _time_atoms(text, m):
            mask.take(a.start, a.end)
            out.append(a)
    if ":" in text:
        for m in _TIME_SKIP_RE.finditer(text):
            if mask.free(m.start(), m.end()):
                mask.take(m.start(), m.end())


def find_quarters(text: str, mask: Mask, out: list[Atom]) -> None:
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
            out.append(make_atom(text, "quarter", key, m.start(), m.end(), value=float(q)))


# An academic, financial or sporting year written as its two calendar years, the second the next
# one: "2026/27", "2025–26", "2025/2026" (a hyphen with four digits, "2019-2020", is left a range
# of two years). One period, read before numbers so that "27" is not a number of its own.
_YEAR_SPAN_RE = re.compile(r"(?<![\w$€£¥.,/])(?:FY{SEP}?)?(?P<y>(?:19|20)[0-9]{2})(?:[-–—/](?P<y2>[0-9]{2})|/(?P<y4>(?:19|20)[0-9]{2}))"
                           r"(?![\w/]|[.,:][0-9])".replace("{SEP}", SEP))


def find_year_spans(text: str, mask: Mask, out: list[Atom]) -> None:
    """Years that run across two calendar years ("2026/27"), keyed ``year:2026/27``."""
    for m in _YEAR_SPAN_RE.finditer(text):
        year, second = int(m.group("y")), m.group("y2") or m.group("y4")
        if int(second) % 100 != (year + 1) % 100 or not mask.free(m.start(), m.end()):
            continue
        mask.take(m.start(), m.end())
        out.append(make_atom(text, "year", f"year:{year}/{(year + 1) % 100:02d}", m.start(), m.end(),
                             value=float(year), high=float(year + 1)))


def find_years(text: str, mask: Mask, out: list[Atom]) -> None:
    for m in _YEAR_RE.finditer(text):
        if mask.free(m.start(), m.end()):
            mask.take(m.start(), m.end())
            year = m.group("y")
            key = f"year:{year}s" if m.group("dec") else f"year:{year}"
            out.append(make_atom(text, "year", key, m.start(), m.end(), value=float(year)))
    for m in _FY2_RE.finditer(text):
        if mask.free(m.start(), m.end()):
            mask.take(m.start(), m.end())
            year = 2000 + int(m.group("y"))
            out.append(make_atom(text, "year", f"year:{year}", m.start(), m.end(), value=float(year)))
    for m in _YEAR_WORDS_RE.finditer(text):
        year = _year_in_words(text, m)
        if year and mask.free(m.start(), m.end()):
            mask.take(m.start(), m.end())
            out.append(make_atom(text, "year", f"year:{year}", m.start(), m.end(), value=float(year)))


def _year_in_words(text: str, m: re.Match) -> int | None:
    """The year a match of `_YEAR_WORDS_RE` says, where a year is meant: after a preposition of
    time, or as a sentence or clause of its own at a sentence's start."""
    preposition = _YEAR_WORDS_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
    if preposition is None:
        return None
    if preposition.group(0).strip(" *_\n.!?:;") == "" and not _YEAR_WORDS_AFTER_RE.match(text, m.end()):
        return None   # at a sentence's start only as the whole of it or its first clause
    words = re.split(r"[-\s]+", m.group("yy").casefold())
    tail = 0 if words[0] == "hundred" else sum(SMALL_NUMBERS.get(w, 0) + TENS.get(w, 0) for w in words)
    return _CENTURIES[m.group("c").casefold()] * 100 + tail


# ============================================================================================
# Stage 7: codes and entities
