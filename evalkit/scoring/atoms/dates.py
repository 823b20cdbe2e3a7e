"""Stages 2, 3 and 6: dates ("Dec 30, 2023", "2023-12-30", "December 2023"), quarters ("Q1",
"Q1 2024", "1Q24", "first quarter of 2024") and years ("2023", "the 1990s", "FY24")."""
from __future__ import annotations

import re

from .atom import Atom, Mask, make_atom
from .lexicon import MONTHS
from .units import SEP


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
    re.compile(rf"{_MONTH_START}{_MONTH_ALT}{SEP}+{_DAY}(?![0-9])(?:,?{SEP}+{_YEAR4}(?![0-9]))?(?![^\W_])"),
    re.compile(rf"(?<![\w.]){_DAY}{SEP}+(?:of{SEP}+)?{_MONTH_ALT}(?:,?{SEP}+{_YEAR4})?(?![^\W_])"),
    re.compile(rf"{_MONTH_START}{_MONTH_ALT},?{SEP}+(?:of{SEP}+)?{_YEAR4}(?![^\W_])"),
    re.compile(r"(?<![\w.])(?P<year>(?:19|20)[0-9]{2})[-/.](?P<mon>0?[1-9]|1[0-2])[-/.](?P<day>[0-3]?[0-9])(?![\w.]?[0-9])"),
    re.compile(r"(?<![\w./])(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<year>(?:19|20)[0-9]{2})(?![\w/])"),
    # A month on its own ("in December"); not "May" (a verb) nor abbreviations.
    re.compile(r"(?P<mon>January|February|March|April|June|July|August|September|"
               r"October|November|December)(?![A-Za-z])"),
)
_MONTH_HINT_RE = re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec")
_QUARTER_RES = (
    re.compile(rf"(?<![\w])Q(?P<q>[1-4])(?:{SEP}*['’](?P<y2>[0-9]{{2}})|{SEP}+(?:of{SEP}+)?(?:FY|CY)?"
               rf"{SEP}?(?P<y4>(?:19|20)[0-9]{{2}})|{SEP}+(?:FY|CY)['’]?(?P<fy>[0-9]{{2}}))?(?![\w])"),
    re.compile(r"(?<![\w.])(?P<q>[1-4])Q(?:['’]?(?P<y2>[0-9]{2})|[^\S\n]+(?P<y4>(?:19|20)[0-9]{2}))?(?![\w])"),
    re.compile(rf"(?i:\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b)"
               rf"(?:{SEP}+(?i:of){SEP}+(?:(?i:fiscal|calendar){SEP}+(?:(?i:year){SEP}+)?)?(?:FY{SEP}?)?"
               rf"(?P<y4>(?:19|20)[0-9]{{2}})(?![\w]))?"),
    re.compile(rf"(?<![\w.])(?:FY{SEP}?)?(?P<y4>(?:19|20)[0-9]{{2}}){SEP}+Q(?P<q>[1-4])(?![\w])"),
)
_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_YEAR_RE = re.compile(r"(?<![\w$€£¥.,])(?P<fy>FY|CY)?(?P<y>(?:19|20)[0-9]{2})(?P<dec>s)?(?![^\W_])(?!\.[0-9])(?!,[0-9]{3})")
_FY2_RE = re.compile(r"(?<![\w])FY['’]?(?P<y>[0-9]{2})(?![\w])")


def _date_key(m: re.Match) -> str | None:
    g = m.groupdict()
    year = g.get("year")
    if g.get("a"):  # numeric d/m/y or m/d/y: US order unless the first part cannot be a month
        a, b = int(g["a"]), int(g["b"])
        mon, day = (b, a) if a > 12 else (a, b)
    else:
        mon = MONTHS[g["mon"].casefold()] if not g["mon"].isdigit() else int(g["mon"])
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


def find_dates(text: str, mask: Mask, out: list[Atom]) -> None:
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
                out.append(make_atom(text, "date", key, m.start(), m.end()))


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


# ============================================================================================
# Stage 7: codes and entities
