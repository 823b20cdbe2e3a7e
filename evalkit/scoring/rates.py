"""What a value is given per, as a text says it: a rate's unit of time or measure ("£2.35 per
tonne", "$5 a month") and each thing it is counted by after it ("per court per hour", "for each
percentage point removed"). Read by the key facts (a reference's denominator against an answer's)
and by the hallucination checks (a denominator the documents never give a value)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .atoms import Atom
from .atoms.units import per_unit, read_rate
from .text import STOPWORDS, normalize
from .wordforms import stem


# one more thing a value is given per, right after it or after the one before: "per tonne per
# month", "for each percentage point removed", "a tonne, each month", "£3 each per stay"; the
# marker, then a noun (no marker) and at most one word after it
_PER_THING = (r"\s+(?:(?:the|a|an)\s+)?(?!(?:per|each|every)\b)"
              r"([^\W\d_][\w'’-]*(?:\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|per|each|every)\b)"
              r"[a-z][\w'’-]*)?)\b(?!\s+\d)")
PER_NEXT = re.compile(r",?\s+(?:per|for\s+(?:each|every)|each(?:\s+per)?|every)" + _PER_THING, re.IGNORECASE)
# an article right after a sum, no comma between, and one noun that ends its phrase says "per" too:
# "£70 a shoe.", "£5.40 a punnet, from June" (not elsewhere: "to change a booking" gives nothing
# per a booking; not "a year earlier", a time, nor "a head still applies", whose noun is not the last)
_PER_ARTICLE = re.compile(r"\s+an?\s+([^\W\d_][\w'’-]*)(?=[*_]*\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|for|from|in|on|at|"
                          r"to|with|by|plus|including|excluding|if|when|which|so)\b)", re.IGNORECASE)


def rate_unit(words: str) -> str | None:
    """The unit of time or measure `words` name as a denominator (`read_rate`: "hour" -> "h",
    "square metre" -> "m2"), reading all of them; or of the unit word a compound ends in
    ("weekday", "workday": a day of a kind)."""
    rate = read_rate(f" per {words}", 0)
    if rate is not None and rate[1] == len(words) + 5:
        return rate[0]
    if " " not in words:
        for i in range(1, len(words) - 2):
            rate = read_rate(f" per {words[i:]}", 0)
            if rate is not None and rate[1] == len(words) - i + 5:
                return rate[0]
    return None


# nouns that count one of whatever is counted, so they say nothing of which thing: one person
# of any kind ("per head" is "per person", and may be "per player"), one occasion of any kind ("each
# time" is "per application"); and nouns of several people, never one person ("per couple")
ONE_PERSON = frozenset(stem(w) for w in "person people head individual capita".split())
ONE_OCCASION = frozenset(stem(w) for w in "time occasion instance".split())
SEVERAL_PEOPLE = frozenset(stem(w) for w in "couple pair family household group team party".split())


@dataclass(frozen=True)
class Per:
    """One thing a value is given per: a unit of time or measure (`rate_unit`: "h", "t"), or a
    noun by the stems of its words ("percentage point"); `end`: where it ends in its text."""
    phrase: str
    unit: str | None
    stems: frozenset[str]
    end: int = 0

    def matches(self, other: "Per") -> bool:
        if self.unit or other.unit:
            return self.unit == other.unit
        return bool(self.stems & other.stems) or self.one_person and other.one_person

    @property
    def one_person(self) -> bool:
        return bool(self.stems) and self.stems <= ONE_PERSON

    @property
    def one_occasion(self) -> bool:
        return bool(self.stems) and self.stems <= ONE_OCCASION


def pers(text: str, atom: Atom, own: bool, article: bool = False) -> list[Per]:
    """What `atom` in `text` is given per: with `own`, its rate's unit ("£2.35 per tonne": t), then
    each denominator after it ("per month", "for each percentage point removed"); with `article`, a
    noun after "a" right after it too ("£70 a shoe": `_PER_ARTICLE`), as a claim said of a sum reads."""
    out = []
    if own and per_unit(atom.unit):
        per = re.search(r"(?:/|\b(?:per|an?|each|every)\b)\s*(.*)$", text[atom.start:atom.end])
        unit = per_unit(atom.unit)
        out.append(Per(per.group() if per else atom.text, (rate_unit(per.group(1)) if per else None)
                       or rate_unit(unit) or unit, frozenset(), atom.end))
    at = atom.end
    for _ in range(3):
        rate = read_rate(text, at)
        if rate is not None:
            out.append(Per(text[at:rate[1]].strip(), rate[0], frozenset(), rate[1]))
            at = rate[1]
            continue
        m = PER_NEXT.match(text, at)
        if m is None and article and at == atom.end:
            m = _PER_ARTICLE.match(text, at)
            if m is not None and rate_unit(m.group(1)) is not None:
                m = None   # a period or a unit no rate reads ("a year earlier"): no thing it is per
        if m is None:
            break
        words = [w for w in m.group(1).split() if normalize(w) not in STOPWORDS]
        unit = rate_unit(m.group(1)) or next((u for w in words if (u := rate_unit(w))), None)
        out.append(Per(m.group(0).strip(" ,"), unit, frozenset(stem(normalize(w)) for w in words), m.end()))
        at = m.end()
    return out


_DENOMINATOR_AT = re.compile(r"\s(?:per|an?|each|every)\s", re.IGNORECASE)


def said_later(text: str, at: int, per: Per) -> bool:
    """The unit `per` names is a denominator somewhere after `at` in `text` ("ten minutes per walk,
    three walks a day")."""
    return per.unit is not None and any(p.unit == per.unit for p in units_later(text, at))


def units_later(text: str, at: int) -> list[Per]:
    """The denominators of time or measure `text` says after `at` ("£45 per client, billed per hour")."""
    return [Per(text[m.start():rate[1]].strip(), rate[0], frozenset(), rate[1])
            for m in _DENOMINATOR_AT.finditer(text, at) if (rate := read_rate(text, m.start())) is not None]
