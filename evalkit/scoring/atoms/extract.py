"""`extract_atoms`: the stages in order, most specific first. Each stage marks the characters it
used so a later stage cannot emit the same text again (the year in a date is not also a year, the
number in a quantity is not also a bare number):

1. skipped spans: URLs, e-mail addresses, list markers ("(1)", "2.", "## 7. Results"), the fixed phrase
   "24/7" (at all times) -- no atoms; then times of
   day ("18:00", "6 pm", "noon"; any other "nn:nn" is skipped);
2. dates; 3. quarters, years that span two ("2026/27"); 4. spaced product codes ("H 100", "MI 300X");
5. numbers with their scale, range, unit, currency or counted noun (a sum set against a larger one
   of its currency, "5p in every £1", one share: `numbers.money_shares`; a sum that leaves its
   period to a rate before it, "20p a day, a reduction from 25p": `numbers.periods_carried`);
6. years; 7. codes and named entities, from the remaining word tokens; a bare number right after
   a name in prose is marked as part of it ("at Grade 7": `Atom.label`, no amount), and a name
   between a determiner and a lower-case word as a modifier ("the North American cluster":
   `Atom.modifier`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .atom import Atom, Mask
from .dates import find_dates, find_quarters, find_times, find_year_spans, find_years
from .names import find_codes_and_words, find_entities, find_spaced_codes
from .numbers import find_quantities, money_shares, periods_carried


_SKIP_RES = (  # (pattern, substrings one of which must occur for the pattern to match)
    (re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), ("://", "www.", "@")),
    (re.compile(r"\(#[^)\s]*\)"), ("(#",)),  # markdown anchors "(#five-to-seven-companies)"
    # list markers, and a heading's numbering ("## 7. Results")
    (re.compile(r"(?m)^[^\S\n]*(?:#{1,6}[^\S\n]+)?(?:\([0-9]{1,3}\)|[0-9]{1,3}[.)])(?=\s)"), (".", ")")),
    # ... and where a passage's lines were joined, a marker or a clause's number right after a
    # sentence's end and before a capital ("… each day. 2. A family slot …", "… 26 weeks. 5.2 After …"):
    # no sentence opens on a bare numeral so
    (re.compile(r"(?<=[.!?][^\S\n])(?:\([0-9]{1,3}\)|[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|[0-9]{1,3}(?:\.[0-9]{1,3})+)"
                r"(?=[^\S\n]+[A-Z])"), (". ", "! ", "? ")),
    # "24/7", "24x7": a fixed phrase for "at all times", not the numbers 24 and 7 (nor a date)
    (re.compile(r"(?<![\w/.])24[^\S\n]?(?:/|x)[^\S\n]?7(?![\w/]|[.,]\d)"), ("24",)),
)


def _skip_spans(text: str, mask: Mask) -> None:
    for rx, hints in _SKIP_RES:
        if not any(h in text for h in hints):
            continue  # cheap substring test first: most answers have no URL or clock time
        for m in rx.finditer(text):
            if mask.free(m.start(), m.end()):
                mask.take(m.start(), m.end())


def extract_atoms(text: str, known_names: frozenset[str] = frozenset(),
                  known_words: frozenset[str] = frozenset()) -> list[Atom]:
    """All atoms of `text` in order of position, spans into `text`, no overlapping duplicates.

    `known_names` (casefolded; a name of several words joined by a space) are names attested
    elsewhere, e.g. in the suite's documents: such a word is a name even first in a sentence
    ("Broadcom is a key partner"), and such a name keeps its first word there ("Northern Ireland").
    `known_words` are words written in lower case elsewhere (`lowercase_words` of the documents):
    first in a sentence, such a word is no name ("Randomisation was 2:1"), unless it is a known name.
    """
    if not text:
        return []
    mask = Mask(len(text))
    out: list[Atom] = []
    _skip_spans(text, mask)
    find_times(text, mask, out)
    find_dates(text, mask, out)
    find_quarters(text, mask, out)
    find_year_spans(text, mask, out)
    find_spaced_codes(text, mask, out)
    find_quantities(text, mask, out)
    # Codes found inside counted-noun quantities ("400,000 H100 GPUs") are separate facts.
    for a in out:
        if a.kind == "code" and a.start and mask.free(a.start, a.end):
            mask.take(a.start, a.end)
    find_years(text, mask, out)
    words = find_codes_and_words(text, mask, out)
    find_entities(text, words, out, known_names, known_words)
    out.sort(key=lambda a: (a.start, -a.end))
    return _modifiers_marked(text, _labels_marked(text, periods_carried(text, money_shares(text, _dedupe(out)))))


# A word of prose before a name: the name is a noun phrase of the sentence ("a pass at Grade 7",
# "in Studio 3"), not a key of a list of values ("Adult 12, Child 6"), nor one coordinated with
# such a key ("and", "or": a closed class).
_PROSE_BEFORE_RE = re.compile(r"(?<![^\W_])(?!(?:and|or)\s)[a-z]+\s+$")


def _labels_marked(text: str, atoms: list[Atom]) -> list[Atom]:
    """A bare number in digits right after a name in prose is part of it, as "Area Two" is
    ("a pass at Grade 7", "in Studio 3"): marked `label`, it says which one, not how much."""
    out = list(atoms)
    for i in range(1, len(out)):
        a, name = out[i], out[i - 1]
        if (a.kind == "number" and a.text.isdigit() and name.kind == "entity" and text[name.end:a.start] == " "
                and _PROSE_BEFORE_RE.search(text, max(0, name.start - 24), name.start)):
            out[i] = replace(a, label=True)
    return out


# A determiner before a name and a lower-case word after it: the name modifies a noun ("the North
# American cluster", "a Canadian firm"); determiners are a closed class ("that" left out: it
# also opens a relative clause, "the cluster that Marlowe hosts")
_DETERMINER_BEFORE_RE = re.compile(r"(?<![^\W_])(?:the|a|an|its|our|their|his|her|your|my|this)\s+$", re.I)
_NOUN_AFTER_RE = re.compile(r"[^\S\n]+[a-z]")


def _modifiers_marked(text: str, atoms: list[Atom]) -> list[Atom]:
    """A name between a determiner and a lower-case word is a modifier (`Atom.modifier`)."""
    return [replace(a, modifier=True) if a.kind == "entity" and _NOUN_AFTER_RE.match(text, a.end)
            and _DETERMINER_BEFORE_RE.search(text, max(0, a.start - 8), a.start) else a for a in atoms]


def _dedupe(atoms: list[Atom]) -> list[Atom]:
    seen = set()
    result = []
    for a in atoms:
        ident = (a.kind, a.key, a.start, a.end)
        if ident not in seen:
            seen.add(ident)
            result.append(a)
    return result
