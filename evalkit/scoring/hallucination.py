"""Hallucination verdicts, claim by claim, with the evidence each decision rests on.

A claim's checkable atoms (numbers with units, dates, names, product codes) must be found in the
evidence: the reference answer plus the passages of the source document retrieved for the
question and for the claim. An atom is *contradicted* when the evidence holds the same kind of
quantity with another value, *absent* when it holds nothing of the kind. The reference's key
atoms (those not already in the question) must be covered: an answer that puts another value or
name in their place has substituted a fact, even if that value appears elsewhere in the
documents; a value the answer gives only as where a fall starts ("lowered from 8 to 4") does not
cover one. Claims with no atoms are judged by soft support (embedding similarity): a vague answer
is not a hallucination, it just scores low on support. (The scorer also checks every claim's
meaning, `meaning`, and its words, `content`, against the sentence it is a version of.)

A value the evidence states is still *misbound* when the sentence the claim is a version of binds
it otherwise (`misbound`): it gives a comparable value and not this one ("the battery lasts 2
years" where the battery sentence says 5 hours), or it says the value with another name of its
own, while it says the claim's name with another value of the kind (`exchanged`: two names'
values, titles or labels exchanged, "Dunmere averaged 5.6 t/ha, Ambermoor 5.3" for the other way
round), or it gives values of two kinds in turn, each with its own, and the claim pairs one with
another's partner (`_mispaired`: "1 mg/m³ as a 15-minute limit" where it says "1 mg/m³ as an 8-hour
average and 2 mg/m³ as a 15-minute limit"). A labelled name ("Band A", "Zone 3", "Phase II") is
misbound where that sentence names its noun only with other marks (`mislabelled`: "withdrawals only
in Band A" where it says "only in Band C"), and a value is misbound where that sentence counts it
from another point than the claim, one another sentence counts a value from (`misanchored`: "within
30 days of delivery" where it says
"within 30 days of purchase"). Two names of a sentence are exchanged too when each stands in a
clause of its own whose words are those the documents say of the other (`exchanged_roles`: "X
approves it; Y is informed" for "Y approves it; X is informed", in either voice and order; a
clause's coordinated parts count as clauses, "designed by X and built by Y"; a name set against
another, "by X instead of Y", "X, not Y, approves", is no name of that clause), or, as a passive's
agents, when one of them is said with the other's words alone ("designed by Y and built by the
architect X" for "designed by the architect X and constructed by Y"). Two values are exchanged
when each stands in a part of its own with the words a sentence of the documents says the other
with (`exchanged_values`: "the air ambulance assisted on 16 call-outs and the Coastguard helicopter
on 9" for the other way round): what holds a value need be no name ("the air ambulance"), and one
test of crossing (`_crossed`) serves names and values; a table's value is read with its row's
heading and its column's ("| Seated dinner | 140 | 60 |" under "| | The Orangery | The Long
Gallery |"), and a value a table gives in one cell is misbound where the claim says it with another
row's or another column's heading and none of its own (`misplaced_in_tables`: "the Long Gallery can
seat 100 for dinner" where 100 is its standing figure), unless a sentence outside the table says it
so (an amendment). One name alone is misbound
where it does an act (as subject, a relative clause's subject or a passive's agent) that the part of
the sentences read sharing most of its words gives to another name only (`misassigned_acts`: "HSF
runs the launch" where they say "Skarra Boat Company will run a launch"); another form of the name,
its post, an abbreviation or alias the documents define is the same name, and an act given to two
names jointly is each one's. Both role checks go by what each name is bound to, not the verb alone: a
name said with a value that a clause naming it states keeps its role (`_value_kept`: "Halden
guarantees it for three years" where "Brava guarantees the Corsa for two years; Halden gives the
Vela three"), and a hyphenated compound is one word ("chef-patron" is no verb with its object).

An atom no evidence atom gives may still be given another way: a date that dates one of the
suite's documents (answers name a document by it: "the September 2026 notice") or that a document
gives by its day and month in the running year of its dates ("24 September 2025" for "On 24
September" after "22 to 23 September 2025") or in the year the question asks about ("4 April 2026"
for "On 4 April" to "when was budburst in 2026?": `_year_asked`), a ratio or a
frequency the evidence writes in words ("1:2" for "one adult to 2 children", "2 times a day" for
"twice daily"), the size of a change whose two ends the evidence gives ("half an hour earlier";
two days' dates only from one the answer gives, in its order: "two weeks later" than 1 December),
a value worked out from two others of the answer's sentence or the one before it (a time or date
moved by a length, percentages in points: "2.3 points up to 41.2%" from 38.9%), each given by the
evidence or another document's aligned sentence, or the period of that working ("over twelve
months" at a monthly rate) (`atoms.arithmetic`), the length between two times of day or two
days' dates the sentence gives ("from 1:15 am to 5:40 am, roughly four and a half hours",
"10:00-12:30 (2.5 hrs)", "just under eight weeks after the inspection of 22 August": `elapsed`; a
value so worked out is bound by its working, and no sentence misbinds it), a share in words of an amount that comes to another ("a third of the £240,000 pot"
where £80,000 is ring-fenced: `_share_coming_to`), or the
period or count of a recurrence said more than once whose rate the evidence gives ("twice every
four hours" for "every two hours"). An everyday word
that labels a code the evidence gives ("Section C3", "Form KF-12" where the document heads its
section "C3") names that code's kind: the code is the fact, the word no name of its own. A name
the claim puts in apposition with a post ("the strings tutor, Tomasz Brennan") is given where one
sentence of the documents says the post's words nearest that name (`named_in_apposition`).

A key atom is stated another way too: a period of recurrence in words ("once a year" for "every 12
months"), a share of 100% as all of the thing ("the full return fare"); a share of the key's value
of another thing the documents name ("50% of the return fare" for "50% of the single fare") does
not state it.

When two atoms state the same fact, or could contradict each other, is decided in one place:
`atoms.compare` (`same_fact`, `stated_by`, `given_by`, `comparable`); when two names are one name
written another way ("CMO" / "Chief Medical Officer", "Area Two" / "Area 2"), in `aliases`.
"""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations, permutations
from typing import Callable, Iterable

from ..results.model import AtomFinding, ClaimResult
from .aliases import (
    Alias,
    Vocabulary,
    abbreviated_in,
    class_word_dropped,
    code_in_text,
    code_in_words,
    defined_among,
    defined_by,
    defined_in,
    described_as,
    glossed_abbreviations,
    initialled,
    name_in,
    name_stated,
    named_in_part,
    names_in,
    number_in_names,
    number_of_code,
    place_forms,
    post_holders,
    same_named,
    spells,
    whole_name,
)
from .alternatives import capitalised_value, exclusive, has_value, same_value_words
from .claims import LIST_ITEM_RE
from .content import held_posts
from .meaning import NEGATORS, PREPOSITIONS, best_aligned, cases_apart, clause_overlaps, clause_spans, condition_end, lead_in_denies, negated_starts, negations, sizes_a_change
from .atoms import Atom, comparable, extract_atoms, given_by, same_fact, stated_by
from .atoms.compare import DATE_KINDS, calendar_fields, counted_noun, counts_another_noun, date_readings, NAME_KINDS, NUMERIC_KINDS, end_of, high_end, loosely_restates, pounds_weighed, same_unit_or_counted, same_value
from .atoms.bounds import Bound, bound_of, bounds_on, heading_bound, whole_step
from .atoms.arithmetic import apart, days_of, elapsed, year_of, over_length, restates, rest_of, share_of, shifted, shifted_by, times_of, total_of, total_over, worked_out
from .atoms.numbers import (
    elided_unit_values,
    with_elided_units,
    final_count,
    how_often_in,
    in_price_terms,
    is_count_word,
    house_numbers,
    out_of_total,
    signed_numbers,
    periods_in,
    ratio_around,
    ratios_in,
    recurrence_rates,
    recurrences,
    same_rate,
    share_value,
    shares_of,
    share_whole,
    starts_a_change,
    wholes_in,
)
from .atoms.atom import fold, is_year_like
from .atoms.names import section_number_ends_at
from .atoms.lexicon import MONTH_NAMES, POINT_NOUNS, SMALL_NUMBERS, STOP_CAPS, TOTAL_WORDS, WEEK, is_common_word, singular
from .atoms.units import CANONICAL_UNITS, CURRENCIES, CURRENCY_SYMBOLS, FRACTION, convert, dimension, is_counted_noun, is_measure, per_period, per_unit, period_name, period_word, read_unit, amount_unit, denominator
from .rates import Per, pers, rate_unit, units_later
from .text import AUXILIARIES, COORDINATED_START, DETERMINERS, RELATIVES, STOPWORDS, content_words, normalize, squash
from .wordforms import IRREGULAR_VERBS, Token, cardinal, content, number_word, irregular_past, is_ordinal, participle, stem, stems, tokens, verb_of


@dataclass
class EvidenceText:
    """Evidence units (label, text) with their atoms and a squashed copy for name look-ups."""

    units: list[tuple[str, str]]
    atoms: list[tuple[int, Atom]]  # (unit index, atom)
    squashed: str

    @classmethod
    def build(cls, units: list[tuple[str, str]], atoms_of) -> "EvidenceText":
        atoms = [(i, a) for i, (_, text) in enumerate(units) for a in atoms_of(text)]
        return cls(units, atoms, " ".join(squash(t) for _, t in units))

    def extended(self, extra: list[tuple[str, str]], atoms_of) -> "EvidenceText":
        extra = [u for u in extra if u not in self.units]
        if not extra:
            return self
        n = len(self.units)
        more = [(n + i, a) for i, (_, text) in enumerate(extra) for a in atoms_of(text)]
        return EvidenceText(self.units + extra, self.atoms + more,
                            self.squashed + " " + " ".join(squash(t) for _, t in extra))


def _one_acronym(atom: Atom) -> bool:
    """A code that is one acronym of letters only, read as a code for its mixed case ("YoY")."""
    words = tokens(atom.text)
    return len(words) == 1 and words[0].is_acronym and words[0].raw.isalpha()


def atom_supported(atom: Atom, evidence: EvidenceText, attested: str = "",
                   vocab: Vocabulary | None = None) -> tuple[bool, Atom | None, int | None]:
    """(supported, conflicting evidence atom, unit index of the match or the conflict). A name the
    retrieved evidence lacks but the document states (`attested`, squashed) is not invented, nor is
    one the evidence writes as its acronym or spells out ("CMO" / "Chief Medical Officer"), nor a
    code the evidence writes as the words its letters abbreviate ("KS3" / "Key Stage 3")."""
    if atom.kind in NAME_KINDS:
        for i, e in evidence.atoms:
            if e.key == atom.key:
                return True, None, i
        if name_in(atom, evidence.squashed) or (attested and name_in(atom, attested)):
            return True, None, None
        if (atom.kind == "entity" or atom.kind == "code" and _one_acronym(atom)) and abbreviated_in(
                atom, [text for _, text in evidence.units], vocab or Vocabulary()):
            return True, None, None
        if atom.kind == "entity" and vocab is not None and (
                _person_named_otherwise(atom, evidence.squashed, vocab)
                or named_in_part(whole_name(atom.text), [text for _, text in evidence.units], vocab)):
            return True, None, None
        if atom.kind == "code" and any(code_in_text(atom.text, text) for _, text in evidence.units):
            return True, None, None
        if atom.kind == "code" and _houses_given(atom, evidence):
            return True, None, None
        if atom.kind == "entity" and vocab is not None and _family_named(atom, evidence.squashed, attested, vocab):
            return True, None, None
        conflict = _closest_conflict(atom, evidence)
        return False, conflict[1] if conflict else None, conflict[0] if conflict else None
    for i, e in evidence.atoms:
        if given_by(atom, e) and not _unit_given_otherwise(atom, e, (o for _, o in evidence.atoms)):
            return True, None, i
    if atom.kind == "number" and _as_ordinal(atom, evidence.squashed):
        return True, None, None
    if (unit := _year_given_beside(atom, evidence)) is not None:
        return True, None, unit
    if atom.kind == "number" and (unit := _in_words(atom, evidence)) is not None:
        return True, None, unit
    if atom.high is None and (unit := _range_end_unit(atom, evidence)) is not None:
        return True, None, unit
    if atom.high is not None and atom.value is not None:
        # "four to six months" against "four or five, five or six months": both ends are there
        ends = [_endpoint_unit(atom, v, evidence) for v in (atom.value, atom.high)]
        if all(u is not None for u in ends):
            return True, None, ends[0]
    conflict = _closest_conflict(atom, evidence)
    return False, conflict[1] if conflict else None, conflict[0] if conflict else None


def _year_given_beside(atom: Atom, evidence: EvidenceText) -> int | None:
    """The unit of a date the evidence writes without a year ("passed his examination in February")
    where the answer gives it with one ("in February 2029") and a date of that year stands in the same
    passage ("From 1 April 2029 he joins …"): the passage's year is the one it means."""
    fields = calendar_fields(atom) if atom.kind == "date" else {}
    year = fields.pop("year", None)
    if year is None or not fields:
        return None
    dated = {j for j, o in evidence.atoms if o.kind in DATE_KINDS and calendar_fields(o).get("year") == year}
    return next((i for i, e in evidence.atoms if i in dated and e.kind == "date" and calendar_fields(e) == fields), None)


def _range_end_unit(atom: Atom, evidence: EvidenceText) -> int | None:
    """The unit of a range the evidence gives with `atom`, one value in the same unit or none, as
    one of its ends ("no younger than 3" of "aged 3 to 12", "from 14" of "14 to 17"): a value
    written there, and an age in years of a range of ages written bare ("a 15-year-old" of "aged 14
    or 15"). Whether the answer bounds it the way the range does is the bounds' to say
    (`bounds_on`). Not a value in a unit for another bare end ("two years" is no end of "Schedules
    2 to 4"): a bare number gives a unit only where it stands alone."""
    if atom.kind not in NUMERIC_KINDS or atom.value is None:
        return None
    return next((i for i, e in evidence.atoms if e.high is not None and e.kind in NUMERIC_KINDS
                 and (e.unit == atom.unit or _ages(atom, e, evidence.units[i][1]))
                 and any(given_by(atom, end_of(e, high=high)) for high in (False, True))), None)


# a range of ages written bare after the word for age ("aged 14 or 15", "ages 4 to 6")
_AGED_RE = re.compile(r"\bage[sd]?\s+(?:from\s+|between\s+)?$", re.IGNORECASE)


def _ages(atom: Atom, e: Atom, text: str) -> bool:
    """`e`, a bare range, is of ages ("aged 14 or 15") and `atom` a value in years: an age ("a
    15-year-old")."""
    return e.unit is None and atom.unit == "year" and _AGED_RE.search(text, max(0, e.start - 16), e.start) is not None


def _unit_given_otherwise(atom: Atom, e: Atom, others: Iterable[Atom]) -> bool:
    """`e`, a bare number, would give `atom`, the same value in a unit ("10" of "4 sets of 10" for
    "10 minutes"), where `others` (the text `e` is read from) state that value in another unit of the
    same measure ("hold for 10 seconds"): that text says which unit the value is in, and it is not
    `atom`'s. Evidence for an answer's value, or an answer for a key fact, alike."""
    if e.unit or not atom.unit or atom.kind != "quantity" or atom.value is None:
        return False
    measure = dimension(atom.unit)
    return measure is not None and any(
        o.kind == "quantity" and o.unit and o.value == atom.value and dimension(o.unit) == measure
        and not given_by(atom, o) for o in others)


def _family_named(atom: Atom, squashed: str, attested: str, vocab: Vocabulary) -> bool:
    """A surname in the plural ("the Allards", "the Brennans") names the family of the people the
    documents give that surname ("Mrs Deborah Allard and Mr Ian Allard"): one word ending in "s",
    whose singular is the last word of names of two words or more the documents write, never in
    lower case, and the evidence or the document writes it."""
    word = atom.text.strip()
    if not re.fullmatch(r"[A-Z][a-z]{2,}s", word) or word.endswith("ss"):
        return False
    # the plural of a surname ending in a hiss takes "es" ("the Marshes", "the Joneses", "the Foxes")
    singulars = [word[:-1]] + ([word[:-2]] if re.search(r"(?:s|sh|ch|x|z)es$", word) else [])
    return any(surname in vocab.names and surname not in vocab.lower and (surname in squashed or surname in attested)
               for surname in map(squash, singulars))


def _houses_given(atom: Atom, evidence: EvidenceText) -> bool:
    """A code of a number sign and numbers alone ("No. 16", "Nos. 12 and 16") names the houses or
    rooms one evidence unit gives by those numbers, with the sign or before a street's name ("12 and
    16 Orchard Rise": `atoms.numbers.house_numbers`)."""
    numbers = signed_numbers(atom.text)
    return bool(numbers) and any(numbers <= house_numbers(text) for _, text in evidence.units)


def _as_ordinal(atom: Atom, squashed: str) -> bool:
    """"day 4" states what "the 4th calendar day" does: the evidence has the number as an ordinal."""
    if atom.value is None or atom.value != int(atom.value) or atom.value < 1:
        return False
    n = int(atom.value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return re.search(rf"(?<!\d){n}{suffix}", squashed) is not None


def _in_words(atom: Atom, evidence: EvidenceText) -> int | None:
    """The evidence unit that writes a bare number as its one number word ("9 in summer" for "down
    from nine in summer", "4 at weekends" for "four on Saturdays and Sundays"): the atoms read a lone
    number word as a number only where something makes it one, so the evidence's word gives no atom
    for the answer's digits to meet. Not "one" (a pronoun as often as a count), not part of a
    compound ("twenty-two" is an atom of its own)."""
    if atom.unit or atom.high is not None or atom.value is None or atom.value != int(atom.value) or atom.value < 2:
        return None
    written = _written_word(str(int(atom.value)))
    if written is None:
        return None
    return next((i for i, (_, text) in enumerate(evidence.units) if written.search(text)), None)


@lru_cache(maxsize=128)
def _written_word(digits: str) -> re.Pattern | None:
    """A number's one word as a whole word, not part of a compound ("two", not "twenty-two")."""
    word = number_word(digits)
    return re.compile(rf"(?<![\w-]){word}(?![\w-])", re.IGNORECASE) if word else None


def _closest_conflict(atom: Atom, evidence: EvidenceText) -> tuple[int, Atom] | None:
    """The evidence atom to show against an unsupported one: of the same kind, from the earliest
    unit (the reference comes first), and of those the nearest in value ("8,424 H100s" is shown
    against "4,424", not against "tens of thousands" further on)."""
    found = [(i, e) for i, e in evidence.atoms if comparable(atom, e)]
    if not found:
        return None
    first_unit = min(i for i, _ in found)
    found = [(i, e) for i, e in found if i == first_unit]

    def distance(pair: tuple[int, Atom]) -> float:
        e = pair[1]
        if atom.value is None or e.value is None:
            return 0.0
        return abs(math.log1p(abs(atom.value)) - math.log1p(abs(e.value)))

    return min(found, key=distance)


def _endpoint_unit(atom: Atom, value: float, evidence: EvidenceText) -> int | None:
    """The evidence unit stating `value`, one end of range `atom`: as an end of a value in its unit,
    or as one value in another form ("195 to 240 minutes" for "3:15 to 4:00": 195 minutes is 3:15)."""
    end = replace(atom, key="", value=value, high=None, from_to=False)
    for i, e in evidence.atoms:
        if e.kind in ("quantity", "number") and e.value is not None:
            if same_unit_or_counted(e, atom.unit) and (same_value(value, e.value) or same_value(value, high_end(e))):
                return i
        if e.high is None and same_fact(end, e):
            return i
    return None


def _endpoints_in(atom: Atom, known: list[Atom]) -> bool:
    """A range whose two ends are both values the reference gives ("four to six months" for
    "four or five, five or six months") restates the reference; it substitutes nothing."""
    if atom.high is None or atom.value is None:
        return False
    values = [v for r in known if r.kind in ("quantity", "number") and r.value is not None for v in (r.value, high_end(r))]
    return all(any(same_value(end, v) for v in values) for end in (atom.value, atom.high))


def key_atoms(reference: str, question: str, atoms_of) -> list[Atom]:
    """Atoms of the reference that answer the question: those the question does not already hold,
    also as an abbreviation the reference spells out ("EFB (European foulbrood)" answering "AFB or
    EFB?" gives no key name "European"), less the total of a count "out of" it ("100 out of 150"
    answers with 100: an answer may leave the scale out, and one it states otherwise is a value
    the evidence must hold)."""
    q_atoms = [q for q in atoms_of(question) if not _part_of_a_name(q, question)]
    q_squashed = squash(question)
    spelled = _spelled_in_question(reference, question)
    keys = []
    seen = set()
    for a in atoms_of(reference):
        if a.key in seen:
            continue
        seen.add(a.key)
        if any(a.key == q.key or (a.kind not in NAME_KINDS and stated_by(a, q)) for q in q_atoms):
            continue
        if a.kind in NAME_KINDS and (name_in(a, q_squashed) or spelled and _stems(a.text) <= spelled):
            continue
        if a.kind not in NAME_KINDS and out_of_total(reference, a):
            continue
        if a.kind in NAME_KINDS and _priced_with(reference, a):
            continue
        keys.append(a)
    return keys


# what a price includes or leaves out, after it (a closed class): "£41 a week, including VAT",
# "£11,620 excluding VAT", "£142, inc. breakfast and VAT"
_PRICE_TERMS = r"including|excluding|inclusive\s+of|exclusive\s+of|incl?\.?|excl?\.?|ex\.?|plus"
_PRICED_WITH_RE = re.compile(rf"\b(?:{_PRICE_TERMS})\s+(?:[\w'-]+\s+(?:and|&)\s+)?$|\+\s*$", re.IGNORECASE)


def _priced_with(reference: str, atom: Atom) -> bool:
    """A name the reference says a stated amount includes or leaves out ("£41.00 a week, including
    VAT"): a term of the price, which an answer giving the amount may leave out as it may "per
    room"; not the key fact."""
    if _PRICED_WITH_RE.search(reference, max(0, atom.start - 40), atom.start) is None:
        return False
    return any(b.end <= atom.start and amount_unit(b.unit) in CURRENCIES for b in _text_atoms(reference))


def _spelled_in_question(reference: str, question: str) -> frozenset[str]:
    """The stems of the words the reference spells an abbreviation of the question out as."""
    defined = glossed_abbreviations(reference)
    return frozenset(w for t in tokens(question) if t.is_acronym for w in defined.get(t.stem, ()))


# a quantity whose noun is capitalised and followed by another capitalised word: "the 90 Day Notice
# Account", "our 24 Hour Helpline" (title case: in running text a unit is lower case)
_NAME_AFTER_RE = re.compile(r"[^\S\n]+[A-Z][\w'’-]*")


def _part_of_a_name(atom: Atom, text: str) -> bool:
    """`atom` is a number in a name of `text`, not a value the text gives: the question "How much
    notice must be given on the 90 Day Notice Account?" names the account; it does not give 90 days."""
    noun = text[atom.start:atom.end].lstrip("0123456789.,$€£¥ ").lstrip()
    return atom.kind == "quantity" and noun[:1].isupper() and bool(_NAME_AFTER_RE.match(text, atom.end))


@lru_cache(maxsize=64)
def _text_atoms(text: str) -> tuple[Atom, ...]:
    """`extract_atoms` of a whole answer or a key's clause, read once for all the keys `covered`
    tests against it (not kept past a few answers)."""
    return tuple(extract_atoms(text))


def covered(key: Atom, answer_atoms: list[Atom], answer_squashed: str, answer_tokens: list[Token] | None = None,
            vocab: Vocabulary | None = None, asked: set[str] = frozenset(), source: str = "", answer: str = "",
            keys: list[Atom] | None = None) -> bool:
    """The answer states the key atom: the same fact, or the same name in any of its forms
    (`aliases`; `asked`: the question's stems, which may give a name's class word); a bare number
    is stated as a number word in a name ("Area Two" for the "2" of "Area 2"); a setting's "False"
    as a switch's state ("switched off"). With `source` (the text the key was read from) and
    `answer`: a period of recurrence stated in words ("once a year" for "every 12 months"), all of
    a thing for a share of 100% of it ("the full return fare" for "100% of the return fare"); and
    a share is not stated as a share of another thing ("50% of the return fare" for "50% of the
    single fare"); a term of a ratio as the ratio in another form ("1:12"). A range as its two ends in
    order ("22 in August, 38 in September" for "22 to 38"), and, with `keys` (all the keys `key` is
    one of), a key as an end of a range of the answer whose other end is the key beside it ("195 to
    240 minutes" for "3:15" and "4:00"); a value as a share of an amount the answer states ("a third of
    the £240,000 pot" for £80,000); a date by its day and month where `source` gives them with the key's
    year only ("15 June" for "15 June 2027"); the start of a fall as the start of the answer's fall
    ("from forty-two watts to twenty-one" for the "42 W" of "from 42 W to 21 W"); one of a unit
    without a number ("per litre" for "1 litre"); a number `source` writes with its sign with that
    sign or the word ("number twelve" for "No. 12"); a date `source` works out from another it gives
    and a length of time, by those two (`_shift_stated`); a rate as its total over a length of time
    the answer gives ("£2,400 over the twelve-month term" for "£200 a month": `total_over`); a hedged
    rounding in another unit of the key's dimension ("roughly 13 weeks" for "3 months"). A bare number
    does not state a key in a unit where the answer gives that value in another unit of its measure
    ("4 sets of 10, holding for 10 minutes" for "10 seconds"), nor does a count of a noun
    ("every 10 lessons" for "every 10 weeks": `counts_another_noun`)."""
    if _calendar_word_stated(key, answer_tokens):
        return True
    if key.kind in NAME_KINDS:
        return (any(a.key == key.key for a in answer_atoms) or name_in(key, answer_squashed)
                or answer_tokens is not None and name_stated(key, answer_tokens, vocab or Vocabulary(), asked)
                or _switch_stated(key, answer_tokens or []) or code_in_words(key, answer_tokens or [])
                or _named_otherwise(key, answer_atoms, answer, vocab, asked))
    whole = _whole(share_whole(source, key)) if source and answer else None
    if whole is not None and _share_of_another(key, whole, answer, vocab or Vocabulary()):
        return False
    return (any((same_fact(a, key) or stated_by(key, a)) and not _unit_given_otherwise(key, a, answer_atoms)
                and not _counts_other_things(a, key, vocab, answer) for a in answer_atoms) or number_in_names(key, answer_atoms)
            or _version_stated(key, answer_atoms, answer_tokens or []) or _ordinal_stated(key, answer_tokens or [])
            or _period_stated(key, source, answer) or whole is not None and _all_of_stated(key, whole, answer)
            or _ratio_stated(key, source, answer) or _ends_stated(key, answer_atoms, answer)
            or _end_of_a_range(key, keys or [], answer_atoms) or _share_of_stated(key, answer_atoms, answer)
            or _year_left_out(key, answer_atoms, source) or _change_start_stated(key, source, answer)
            or _month_span_stated(key, answer_atoms, answer)
            or _shift_stated(key, source, answer)
            or _count_stated(key, asked, answer, source) or _one_unit_stated(key, answer)
            or _numbered_stated(key, source, answer) or _code_stated(key, source, answer_atoms)
            or any(total_over(a, [key], answer_atoms) for a in answer_atoms)
            or any(_rounded_otherwise(key, a) for a in answer_atoms)
            or _share_in_words_stated(key, answer, answer_atoms)
            or _strict_bound_stated(key, source, answer, answer_atoms))


def _strict_bound_stated(key: Atom, source: str, answer: str, answer_atoms: list[Atom]) -> bool:
    """A count of whole things bounded strictly ("more than 5 people") stated by the next whole
    number bounded the same way but not strictly ("6 or more people"), or the other way round
    (`bounds.whole_step`)."""
    return bool(source and answer) and any(whole_step(key, source, a, answer) for a in answer_atoms)


def _counts_other_things(a: Atom, key: Atom, vocab: Vocabulary | None, answer: str) -> bool:
    """The answer's value counts a noun the documents count with a number, where the key is in a
    unit ("every 10 lessons" for "every 10 weeks", where they write "10 lessons" of a block): other
    things, not the key. A noun they never count may be a word the reader took for a noun ("6 mths",
    "18 mos"), and a phrase with the key's unit in it or just after ("room nights", "two paid
    volunteering days") counts that unit."""
    if vocab is None or not counts_another_noun(a, key) or (a.unit or "").casefold() not in vocab.counts:
        return False
    unit = (key.unit or "").casefold()
    words = re.split(r"[\s‐–-]+", a.text)[1:] + (answer[a.end:].split()[:2] if answer[a.start:a.end] == a.text else [])
    return not any((read := read_unit(f" {w.strip('.,;:')}", 0, money=False)) and read[0].casefold() == unit
                   for w in words)


# a part of a period or a sequence, not a share of the thing asked about ("the first half of the
# year", "the second quarter")
_PART_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|other|final|latter|former|top|bottom|"
                          r"upper|lower|back|front)[^\S\n]+$", re.IGNORECASE)


def _share_in_words_stated(key: Atom, answer: str, answer_atoms: list[Atom]) -> bool:
    """A key share (a fraction or a percentage, "Half", "25%") stated by a share in words or a
    fraction sign of the same value that the atoms leave unread as a value of their own ("you'd get
    half back" for "Half of the money", "a quarter on top" for "25%"); not one the atoms read in
    another unit ("half an hour"), nor a part of a period or sequence ("the first half")."""
    if key.value is None or key.high is not None or (key.unit or "").casefold() not in (FRACTION, "%") or not answer:
        return False
    want = share_value(key)
    return any(abs(value - want) <= 1e-9 and not _PART_BEFORE.search(answer, max(0, start - 12), start)
               for start, end, value in shares_of(answer, answer_atoms))


_CALENDAR_WORDS = frozenset(WEEK) | frozenset(MONTH_NAMES)


def _calendar_word_stated(key: Atom, answer_tokens: list[Token] | None) -> bool:
    """A key that is one day's or month's name alone ("Saturdays", "April") stated by a capitalised
    word of the same stem, its short form among them ("Sat & Sun", "Apr, Jul and Sep":
    `wordforms`); lower case, "may" is a verb."""
    word = normalize(key.text)
    if not answer_tokens or " " in word or (word[:-1] if word.endswith("s") else word) not in _CALENDAR_WORDS:
        return False
    want = tokens(key.text)[0].stem
    return any(t.stem == want and t.raw[:1].isupper() for t in answer_tokens)


def _rounded_otherwise(key: Atom, a: Atom) -> bool:
    """`a` hedges a rounding of the key in another unit of its dimension, to the step `a` is written
    in and on the side its hedge says ("roughly 13 weeks" for "3 months", "about 5.7 litres" for
    "6 US quarts"; `given_by`): the key is stated, as loosely as the answer says it is. Not a
    rounding in the key's own unit ("about 4,400" is not 4,424), nor an unhedged one; "pounds" in
    words weighs against a mass ("roughly 550 pounds" for 250 kg: `pounds_weighed`)."""
    a, key = pounds_weighed(a, key)
    return (a.hedge is not None and a.kind == "quantity" and key.kind == "quantity" and bool(a.unit) and bool(key.unit)
            and a.unit != key.unit and _one_dimension(a.unit, key.unit) and given_by(a, key))


def _one_dimension(x: str, y: str) -> bool:
    """Two units of one dimension, lengths of time of the clock and of the calendar being one."""
    dims = {dimension(x), dimension(y)}
    return None not in dims and (len(dims) == 1 or dims == {"clock", "calendar"})


def _code_stated(key: Atom, source: str, answer_atoms: list[Atom]) -> bool:
    """A number `source` writes after words the answer writes short, by their initials, as a code
    with the number ("U2000" for the 2000 of "rated under 2000", "GS31" for "growth stage 31":
    `aliases.code_in_text`)."""
    return bool(source) and key.value is not None and key.high is None and any(
        a.kind == "code" and a.text.endswith(key.text) and code_in_text(a.text, source) for a in answer_atoms)


def _numbered_stated(key: Atom, source: str, answer: str) -> bool:
    """A number `source` gives a house or room by, with a sign of "number" ("No. 12") or before its
    street's name ("12 Orchard Rise"), stated with the sign or the word ("No. 12", "number twelve",
    "Nos. 12 and 16"): the answer names the same house or room (`atoms.numbers.house_numbers`)."""
    if key.kind != "number" or key.value is None or key.value != int(key.value) or not source:
        return False
    n = int(key.value)
    return n in house_numbers(source) and n in house_numbers(answer)


# "per litre", "each kilogram", "a litre": the determiners and prepositions that say one of a unit
# without a number, a closed class of English; not after a count of times ("twice a year" is a
# frequency, not a year).
# ("a full day", "a whole year": one of the unit, all of it)
_ONE_OF_UNIT_RE = re.compile(
    r"(?<!\bonce\s)(?<!\btwice\s)(?<!\bthrice\s)(?<!\btimes\s)(?<![^\W_])"
    r"(?:per|each|every|an?(?:[^\S\n]+(?:full|whole|entire|complete))?)[^\S\n]+", re.IGNORECASE)


def _one_unit_stated(key: Atom, answer: str) -> bool:
    """A key of one unit of measurement ("1 litre") stated as one of it without a number: "per
    litre", "to each litre", "a litre" (the atoms leave these unread: alone "a litre" bounds
    nothing, and "per litre" is a rate's period). A key of another value is stated as one of a
    larger unit it comes to after "a"/"an" alone ("a year's probation" for "12-month", "a day in
    advance" for "24 hours"), not one an atom of the answer reads as a rate's period ("£40 a
    year"); "per day", "each day" say a rate or a recurrence, no length."""
    if key.kind != "quantity" or key.value is None or key.high is not None or not is_measure(key.unit or ""):
        return False
    rates = None
    for m in _ONE_OF_UNIT_RE.finditer(answer):
        if key.value != 1:
            if m.group().split()[0].casefold() not in ("a", "an"):
                continue
            rates = _text_atoms(answer) if rates is None else rates
            if any(a.start <= m.start() < a.end for a in rates):
                continue
        read = read_unit(answer, m.end() - 1, money=False)
        if not read or read[2] <= m.end():
            continue
        if key.value == 1 and same_fact(key, replace(key, key="", value=float(read[1]), unit=read[0])):
            return True
        # exactly: one year is 12 months, not the 6 that "a year" would round
        length = convert(float(read[1]), read[0], key.unit)
        if key.value != 1 and length is not None and same_value(length, key.value):
            return True
    return False


# Words that make a following "one" a pronoun, not a count ("no one", "the one", "each one").
_PRONOUN_ONE_BEFORE = (DETERMINERS - {"a", "an"}) | {"no", "any", "every", "each", "some", "which"}
# Comparators written after a count ("fifteen at most", "two in all"): a closed class.
# A count ends its sentence ("One point." "Two; the rest are spares."): after a comma the answer
# may go on to say more of it ("Two, which are kept locked away"), so only a stop makes it bare.
_SENTENCE_END_RE = re.compile(r"\s*[.!?;]\s*")
# ... or its own phrase closed by a colon or a dash before what it counts or says of it ("three:
# Harbour Quay, St Anne's Square and ...", "Ten — four more than before")
_PHRASE_END_RE = re.compile(r"\s*(?::|\s[—–-])\s*")
# ... or a comma before a connective that opens a clause of its own ("They must bring two, and carry
# them"; "From the age of twelve, provided …"): a closed class; not a relative word or a number
_CLAUSE_AFTER_RE = re.compile(r",\s+(?:and|but|so|provided|providing|because|since|as|though|although|while|if|"
                              r"unless)\b", re.IGNORECASE)
_COUNT_AFTER_RE = re.compile(r"\s+(?:at\s+(?:most|least)|in\s+(?:all|total))\b", re.IGNORECASE)


# what may stand between a value and its restatement: a colon, dash or bracket, or "i.e.", "that is",
# "or" (a closed class), and a hedge on the second ("42 days - roughly a month and a half")
_RESTATING_GAP = re.compile(r"\s*(?:[:(–—-]|,?\s+(?:i\.e\.|that\s+is|or)\b)?\s*"
                            r"(?:(?:about|roughly|around|approximately|nearly|almost|just\s+(?:over|under))\s+)?", re.IGNORECASE)


def _set_beside(text: str, x: Atom, y: Atom) -> bool:
    """`x` and `y`, both spans of `text`, stand side by side with only a restating gap between."""
    first, second = (x, y) if x.start < y.start else (y, x)
    if text[x.start:x.end] != x.text or text[y.start:y.end] != y.text or first.end > second.start:
        return False
    return _RESTATING_GAP.fullmatch(text, first.end, second.start) is not None


def _count_stated(key: Atom, asked: set[str], answer: str, source: str = "") -> bool:
    """A count (a bare whole number, or one of a counted noun: "1 point", "15 players") stated by a
    number word or digits of its value (the atoms leave "one point", "a single point" unread, too
    vague on their own) where it counts the key's noun or a noun of the question ("just one team"
    for "How many teams?" "One"), or stands bare (its sentence's end, a comparator after it:
    "Fifteen at most", or a comma before a clause's connective: "bring two, and carry them"), is
    bounded after it the way `source` bounds the key ("sixteen or older" for "at least 16"), or
    stands in the key's own frame, the words after it those after the key in `source` ("Sixteen on
    race day" for "16 on race day"); a count that closes its phrase with a colon or a dash ("three:
    A, B and C") or opens the answer before a comma ("Twelve, set 10 m apart") stands bare too; an
    ordinal states it before the key's noun ("her third appearance" for
    "three appearances"). Not where it counts another noun ("one goal" for "1 point"), nor with a
    bound the other way ("sixteen or younger" for "at least 16")."""
    counted = key.kind == "quantity" and key.unit is not None and not is_measure(key.unit) and key.unit not in CURRENCIES
    if (not answer or key.high is not None or key.value is None or not (key.kind == "number" or counted)
            or key.value != int(key.value)):
        return False
    answer_tokens = tokens(answer)
    n, noun = str(int(key.value)), {t.stem for t in tokens(key.unit)} if counted else set()
    # (values only: a count word that opens a name first in a sentence counts it, "Two Terrace 5 plots")
    read = [(a.start, a.end) for a in _text_atoms(answer) if a.kind not in NAME_KINDS]
    nouns = noun | {w for w in asked if w not in STOPWORDS and w not in PREPOSITIONS}   # the question's nouns
    for i, t in enumerate(answer_tokens):
        if t.stem != n or any(s <= t.start < e for s, e in read):
            continue   # a part of a value the atoms read ("£2,000"): not a count of its own
        after = answer_tokens[i + 1] if i + 1 < len(answer_tokens) else None
        if is_ordinal(t.raw):
            if after is not None and after.stem in noun:
                return True
            continue
        if i and answer_tokens[i - 1].raw.casefold() in _PRONOUN_ONE_BEFORE:
            continue
        said = Atom("number", t.raw, key.key, key.value, start=t.start, end=t.end)
        bound, key_bound = bound_of(answer, said), bound_of(source, key) if source else None
        if bound is not None and key_bound is not None and bound.direction != key_bound.direction:
            continue   # "sixteen or younger" is no "at least 16"
        bare = (after is None or _SENTENCE_END_RE.fullmatch(answer, t.end, after.start)
                or _PHRASE_END_RE.fullmatch(answer, t.end, after.start)
                # ("Twelve, set 10 m apart"; not a list of counts, "Three, four or five", nor a relative
                # that goes on to say more of it, "Three, which open the front door")
                or not i and answer[t.end:after.start].strip() == "," and cardinal(after.raw) is None
                and normalize(after.raw) not in RELATIVES
                or bound is not None and key_bound is not None
                # (the value a noun is given, closing its phrase: "a material score of ten, on a scale")
                or i and normalize(answer_tokens[i - 1].raw) == "of" and answer[t.end:after.start].strip() == ","
                or _COUNT_AFTER_RE.match(answer, t.end) or _CLAUSE_AFTER_RE.match(answer, t.end))
        if bare or after.stem in nouns or _in_key_frame(answer_tokens, i, source, key):
            return True
    return False


_FRAME = 2   # words after a count that put it in the key's frame: a preposition and its noun ("on race day")


def _in_key_frame(answer_tokens: list[Token], i: int, source: str, key: Atom) -> bool:
    """The words after the answer's count `answer_tokens[i]` are those after the key in `source`:
    the count stands where the key does ("Sixteen on race day" for the 16 of "16 on race day")."""
    if not source or source[key.start:key.end] != key.text:
        return False
    after_key = [t.stem for t in tokens(source[key.end:])[:_FRAME]]
    after = [t.stem for t in answer_tokens[i + 1:i + 1 + _FRAME]]
    return len(after_key) == _FRAME and after == after_key


def _change_start_stated(key: Atom, source: str, answer: str) -> bool:
    """`key` is where a fall starts in `source` ("from 42 W to 21 W"), and the answer gives the same
    value where a fall starts ("from forty-two watts to twenty-one"): `stated_atoms` leaves change
    starts out, as values left behind, but one is stated where the key is one too."""
    if not source or not answer or source[key.start:key.end] != key.text or not starts_a_change(source, key):
        return False
    return any(starts_a_change(answer, a) and same_fact(a, key) for a in _text_atoms(answer))


def _year_from_its_sentence(atom: Atom, evidence: EvidenceText) -> bool:
    """A date with its year where the evidence gives its day and month without one, and the same
    unit of evidence gives that year on another date ("6 July 2026" for "from 6 July to 14 August
    2026"); either reading of a numeric date ("6/7/2026") may be the one given."""
    for reading in date_readings(atom):
        year, day = calendar_fields(reading).get("year"), _day_of(reading)
        if year is None or not day:
            continue
        for i, e in evidence.atoms:
            if e.kind == "date" and calendar_fields(e) == day and any(
                    j == i and calendar_fields(o).get("year") == year for j, o in evidence.atoms):
                return True
    return False


def _year_asked(atom: Atom, evidence: EvidenceText, question_atoms: list[Atom]) -> bool:
    """A date with its year where the evidence gives its day and month without one, and that year
    is the one the question asks about ("4 April 2026" for "On 4 April" to "When was budburst in
    2026?"): the year is the question's, not new."""
    years = {calendar_fields(q).get("year") for q in question_atoms if q.kind in ("year", "date")} - {None}
    for reading in date_readings(atom) if years else ():
        day = _day_of(reading)
        if day and calendar_fields(reading).get("year") in years and any(
                e.kind == "date" and calendar_fields(e) == day for _, e in evidence.atoms):
            return True
    return False


def _day_of(a: Atom) -> dict[str, int]:
    """The calendar fields of date `a` but its year: {month, day}, empty for anything else."""
    fields = calendar_fields(a) if a.kind == "date" else {}
    return {k: v for k, v in fields.items() if k != "year"} if "day" in fields else {}


def _shift_stated(key: Atom, source: str, answer: str) -> bool:
    """Date `key`, which the text it was read from works out as another date it states moved by a
    length of time it states ("within three years of 28 September 2026, i.e. by 28 September 2029"),
    or the date it works that one out from, stated by the two: the answer gives the other date and
    the length ("within three years of the permission, dated the twenty-eighth of September 2026").
    Not a length bounded the other way ("no earlier than three years after"); one left unbounded
    contradicts no bound."""
    if key.kind != "date" or not source or not answer:
        return False
    given, said = _text_atoms(source), _text_atoms(answer)   # spans of `answer`, for its bounds
    for x in (a for a in given if a.kind == "date" and a.key != key.key):
        # either end: the date worked out, or the one it is worked out from ("before 28 September
        # 2029, three years from the decision" states the decision's 28 September 2026)
        for y in (a for a in given if a.kind == "quantity" and (shifted(key, x, a) or shifted(x, key, a))):
            if any(same_fact(a, x) for a in said) and any(
                    same_fact(b, y) and not _turned(bound_of(answer, b), bound_of(source, y)) for b in said):
                return True
    return False


def _turned(ours: Bound | None, theirs: Bound | None) -> bool:
    """Both bound the value, in other directions (a bound left out contradicts none)."""
    return ours is not None and theirs is not None and ours.direction != theirs.direction


def _year_left_out(key: Atom, answer_atoms: list[Atom], source: str) -> bool:
    """Date `key` stated by its day and month alone ("15 June" for "15 June 2027"), where the text
    it was read from gives that day and month with that one year only: the year is then the
    context's, not new. Not where it also gives 15 June of another year."""
    day = _day_of(key)
    if not day or "year" not in calendar_fields(key) or not source:
        return False
    if not any(calendar_fields(a) == day for a in answer_atoms if a.kind == "date"):
        return False
    years = {calendar_fields(a).get("year") for a in extract_atoms(source) if _day_of(a) == day}
    return years == {calendar_fields(key)["year"]}


def _month_span_stated(key: Atom, answer_atoms: list[Atom], answer: str) -> bool:
    """Date `key`, the first day of a month, stated by that month opening a span of whole months
    the answer gives ("October through March" for "1 October"), or the last day of a month by that
    month ending one ("... March" for "31 March"): a span named by months runs from the first day of
    its first to the last day of its last. A year the answer gives must be the key's."""
    fields = calendar_fields(key) if key.kind == "date" else {}
    if "day" not in fields or not answer:
        return False
    first = fields["day"] == 1
    last = fields["day"] == calendar.monthrange(fields.get("year", 2001), fields["month"])[1]
    months = [a for a in answer_atoms if a.kind == "date" and "day" not in calendar_fields(a)
              and "month" in calendar_fields(a)]
    for a, b in zip(months, months[1:]):
        if not _span_ends(answer, a, b):   # ("October through March", "April–June")
            continue
        end = a if first else b if last else None
        got = calendar_fields(end) if end is not None else {}
        if got.get("month") == fields["month"] and got.get("year", fields.get("year")) == fields.get("year"):
            return True
    return False


# A share "of" the amount it is taken of, a few words between ("a third of the £240,000 pot").
_OF_AN_AMOUNT = r"\s+of\s+(?:[^\W\d][\w'’-]*\s+){0,3}?"


def _share_of_stated(key: Atom, answer_atoms: list[Atom], answer: str) -> bool:
    """`key` is stated as a share of an amount the answer gives ("a third of the £240,000 pot" for
    £80,000, "a little over half of the 40" for 22): `arithmetic.share_of`, the share written "of"
    that amount."""
    return any(share_of(key, x, y) and re.search(re.escape(x.text) + _OF_AN_AMOUNT + re.escape(y.text), answer)
               for x, y in zip(answer_atoms, answer_atoms[1:]))


# The kinds a value of a range may be: "3:15" and "4:00" are a range as much as "22 to 38" is.
_VALUE_KINDS = ("number", "quantity", "time")


def _ends_stated(key: Atom, answer_atoms: list[Atom], answer: str = "") -> bool:
    """Range `key` is stated as its low end and its high end, each a value of its own, the one right
    after the other among the answer's single values, ranges passed over ("twenty-two in August,
    thirty-eight in September" for "from 22 to 38"); turned round ("38 ... 22") they state another
    change. In any order where the answer bounds each end as the range does, the low one from below
    and the high one from above ("up to 12 years old, and no younger than 3" for "3 to 12")."""
    if key.high is None or key.kind not in _VALUE_KINDS:
        return False
    values = [a for a in answer_atoms if a.kind in _VALUE_KINDS and a.high is None]
    low, high = end_of(key, high=False), end_of(key, high=True)
    if any(same_fact(a, low) and same_fact(b, high) for a, b in zip(values, values[1:])):
        return True
    # read again from `answer`: the atoms given may be a clause's, placed in it
    bounded = [(a, b.direction) for a in extract_atoms(answer) if a.kind in _VALUE_KINDS and a.high is None
               and (b := bound_of(answer, a)) is not None] if answer else []
    return any(same_fact(a, low) for a, d in bounded if d == "min") and any(same_fact(b, high) for b, d in bounded if d == "max")


def _end_of_a_range(key: Atom, keys: list[Atom], answer_atoms: list[Atom]) -> bool:
    """`key` and the key beside it are the two ends of one range of the answer, in their order: the
    keys "3:15" and "4:00" are stated by "195 to 240 minutes", not by "240 to 195 minutes"."""
    if key.high is not None or key.kind not in _VALUE_KINDS or key not in keys:
        return False
    at = keys.index(key)
    pairs = [(keys[at - 1], key)] if at else []
    pairs += [(key, keys[at + 1])] if at + 1 < len(keys) else []
    ranges = [a for a in answer_atoms if a.high is not None and a.kind in _VALUE_KINDS]
    return any(same_fact(lo, end_of(r, high=False)) and same_fact(hi, end_of(r, high=True))
               for lo, hi in pairs for r in ranges)


def _named_otherwise(key: Atom, answer_atoms: list[Atom], answer: str, vocab: Vocabulary | None,
                     asked: set[str] = frozenset()) -> bool:
    """The answer writes the key's name fuller or shorter (`aliases.same_named`) in a form the
    documents write too: "Cllr Eileen Marsh" for "Cllr Marsh" where the minutes list "Cllr Eileen
    Marsh", or a title and surname (`Vocabulary.titled`), as a person is named: "Cllr Wynn" for
    "Cllr Sarah Wynn". Another form ("the Harbour Office" for "the Harbour Pilot Office") may be
    another body: a name is not shortened by dropping a word from its middle."""
    if key.kind != "entity" or vocab is None:
        return False
    said = names_in(answer) + [n for a in answer_atoms if a.kind == "entity" for n in names_in(a.text)]
    key_name = whole_name(key.text)
    if key_name and (class_word_dropped(key_name, answer, vocab) or named_in_part(key_name, [answer], vocab)
                     or described_as(key_name, answer, vocab, asked)):
        return True
    return bool(key_name) and any((s in vocab.names.get(s[-1], ()) or vocab.titled(s)) and same_named(key_name, s, vocab)
                                  for s in said)


def _person_named_otherwise(atom: Atom, squashed: str, vocab: Vocabulary) -> bool:
    """The atom names a person the evidence names in another form, one of the two a title and
    surname (`Vocabulary.titled`): "Cllr Wynn" where the evidence writes "Cllr Sarah Wynn", or
    "Cllr Dominic Faraday", a name the documents write, where it writes "Cllr Faraday"; not when
    another name fits (`aliases.same_named`); or with given names as initials ("R Kettering" where
    it writes "Ravi Kettering": `aliases.initialled`)."""
    said = whole_name(atom.text)
    written = vocab.names.get(said[-1], frozenset()) if said else frozenset()
    return any("".join(n) in squashed and ((vocab.titled(said) or vocab.titled(n) and said in written)
                                           and same_named(n, said, vocab) or initialled(said, n, vocab.lower))
               for n in written)


def _ratio_stated(key: Atom, source: str, answer: str) -> bool:
    """The key is a term of a ratio of its source that the answer states, in any form ("1:12" for
    the "1 adult" and "12 pupils" of "1 adult for every 12 pupils")."""
    ratio = ratio_of(source, key) if source and answer else None
    return ratio is not None and ratio in ratios_in(answer)


@dataclass(frozen=True)
class _Whole:
    """What a share is of, as stems in order: "single fare" is ("singl", "fare"), head last."""

    words: tuple[str, ...]

    @property
    def head(self) -> str:
        return self.words[-1]

    @property
    def modifiers(self) -> frozenset[str]:
        return frozenset(self.words[:-1])


def _whole(words: str | None) -> _Whole | None:
    """The noun phrase a share is of, from the words after "of (the)": up to the first function
    word ("single fare for a delay" is "single fare")."""
    said = []
    for t in tokens(words or ""):
        if normalize(t.raw) in STOPWORDS or t.raw[:1].isdigit():
            break
        said.append(t.stem)
    return _Whole(tuple(said)) if said else None


def _another_whole(ours: _Whole, theirs: _Whole | None, vocab: Vocabulary) -> bool:
    """Another kind of the same thing: "the return fare" for "the single fare". Each has a modifier
    the other lacks ("the fare" names either), and the documents write that modifier with the word
    after it (`Vocabulary.kinds`: "visitor berth" of "the visitor berth fee"): a modifier they never
    write so may be a synonym ("the normal portion" for "the usual portion")."""
    if theirs is None or theirs.head != ours.head or not ours.modifiers - theirs.modifiers:
        return False
    return any(m not in ours.modifiers and (m, after) in vocab.kinds
               for m, after in zip(theirs.words, theirs.words[1:]))


def _shares_of(key: Atom, answer: str) -> list[_Whole | None]:
    """What each of the answer's statements of the key's share is a share of."""
    value = share_value(key)
    return [_whole(words) for share, words in wholes_in(answer, list(_text_atoms(answer))) if same_value(share, value)]


def _share_of_another(key: Atom, whole: _Whole, answer: str, vocab: Vocabulary) -> bool:
    """Every share of the answer with the key's value is a share of another thing than the key's."""
    found = _shares_of(key, answer)
    return bool(found) and all(_another_whole(whole, w, vocab) for w in found)


def _all_of_stated(key: Atom, whole: _Whole, answer: str) -> bool:
    """A share of 100% stated as all of the same thing: "the full return fare"."""
    return same_value(share_value(key), 1.0) and any(w is not None and w.head == whole.head
                                                     for w in _shares_of(key, answer))


def _period_stated(key: Atom, source: str, answer: str) -> bool:
    """A length of time the key's text gives as a period of recurrence ("every 12 months") that the
    answer gives as one in words ("once a year", "annually")."""
    if not source or not answer or key.high is not None or dimension(key.unit) not in ("clock", "calendar"):
        return False

    def gives(text: str) -> bool:
        return any((length := convert(value, unit, key.unit)) is not None and same_value(length, key.value)
                   for value, unit in periods_in(text))

    return gives(source) and gives(answer)


def stated_atoms(claims: list[tuple[str, list[Atom]]]) -> list[Atom]:
    """The atoms of (claim text, atoms) pairs less the values the answer leaves behind ("lowered
    from 8 to 4" does not say the value is 8): what can cover a key fact."""
    return [a for text, atoms in claims for a in atoms if not starts_a_change(text, a)]


def _ordinal_stated(key: Atom, answer_tokens: list[Token]) -> bool:
    """A whole number that labels something ("week 3", "day 4") stated as its ordinal ("the third
    week", "the 4th day")."""
    if key.kind != "number" or key.value is None or not key.text.isdigit():
        return False
    n = key.text.lstrip("0") or "0"
    return any(t.stem == n and is_ordinal(t.raw) for t in answer_tokens)


# A setting's two values as the words for a switch's two states say them (closed classes of
# English): "True" is "on", "enabled", "active"; "False" is "off", "disabled", "inactive".
_SWITCH_VALUES = {"true": True, "false": False}
_SWITCH_STATES = {"on": True, "enabl": True, "activ": True, "off": False, "disabl": False, "inact": False}
# "on" and "off" are states only after a verb of switching or being, or before "by default" (not
# "off-peak", "on the branch")
_SWITCH_VERBS = frozenset("switch switched turn turned set is are was were be been stays stay remains remain "
                          "default defaults defaulted".split())


def _switch_stated(key: Atom, answer_tokens: list[Token]) -> bool:
    """A boolean setting's value ("False") stated as a switch's state: "date inference is switched
    off by default", "it is not enabled"."""
    want = _SWITCH_VALUES.get(key.text.lower())
    if want is None:
        return False
    denied = negated_starts(answer_tokens, reach=3)
    for i, t in enumerate(answer_tokens):
        state = _SWITCH_STATES.get(t.stem)
        if state is None:
            continue
        if t.stem in ("on", "off"):
            before = answer_tokens[i - 1].raw.lower() if i else ""
            after = " ".join(u.raw.lower() for u in answer_tokens[i + 1:i + 3])
            if before not in _SWITCH_VERBS and after != "by default":
                continue
        if (state != (t.start in denied)) == want:
            return True
    return False


def _version_stated(key: Atom, answer_atoms: list[Atom], answer_tokens: list[Token]) -> bool:
    """A version number ("Tensor Core 4.0", "HBM 3.0": written with ".0", no unit) stated as an
    ordinal generation ("fourth-generation") or as the digits a code ends in ("HBM3")."""
    if key.kind != "number" or key.value is None or not re.fullmatch(r"\d+\.0", key.text):
        return False
    n = str(int(key.value))
    return (any(t.stem == n and not t.raw.isdigit() for t in answer_tokens)
            or any(a.kind == "code" and re.search(rf"(?<![\d.]){n}$", a.text) for a in answer_atoms))


def _in_elided_unit(text: str, atom: Atom, atoms: list[Atom]) -> Atom | None:
    """The bare count `atom` read in the unit of the quantity before it that it leaves its unit to
    (`numbers.with_elided_units`), or None where it leaves it to none."""
    read = next((a for a in with_elided_units(text, atoms) if a.start == atom.start), None)
    return read if read is not None and read.kind == "quantity" else None


@dataclass
class Substitution:
    expected: Atom
    found: Atom


def substitutions(keys: list[Atom], claims: list[tuple[str, list[Atom]]], reference: str,
                  reference_atoms: list[Atom], question_atoms: list[Atom], vocab: Vocabulary | None = None,
                  asked: set[str] = frozenset()) -> tuple[list[Atom], list[Substitution]]:
    """Key atoms the answer lacks, and those it replaced with another value or name of the same kind."""
    answer_atoms = [a for _, atoms in claims for a in atoms]
    answer_squashed = " ".join(squash(text) for text, _ in claims)
    answer_tokens = [t for text, _ in claims for t in tokens(text)]
    claim_of = {id(a): text for text, atoms in claims for a in atoms}
    answer = " ".join(text for text, _ in claims)
    missing = [k for k in keys if not covered(k, stated_atoms(claims), answer_squashed, answer_tokens, vocab, asked,
                                              source=reference, answer=answer, keys=keys)]
    subs: list[Substitution] = []
    used: set[str] = set()
    known = reference_atoms + question_atoms
    known_squashed = " ".join(squash(r.text) for r in known)
    known_text = " . ".join(r.text for r in known)   # a defined abbreviation of a known name is that name ("MAH")
    for k in missing:
        for a in answer_atoms:
            if a.key in used:
                continue
            if a.kind == "entity":
                # a name the reference does not hold, in a claim about the reference sentence whose
                # name is missing: a swap ("Falcon 180B is Meta's" for "TII's")
                swapped = (k.kind == "entity" and not name_in(a, known_squashed)
                           and not defined_in(a, known_text, vocab or Vocabulary())
                           and not defined_among(a, asked, vocab or Vocabulary())
                           and _aboutsame_value(claim_of[id(a)], _sentence_with(reference, k), k, a))
            else:
                # (a total the answer works out from a known rate, "£2,400 over the twelve months"
                # at £200 a month, is that rate's, no value put in another's place)
                swapped = (comparable(a, k) and not any(given_by(a, r) for r in known)
                           and not _endpoints_in(a, known) and not total_over(a, known, answer_atoms)
                           and not any(_day_within(a, q) for q in question_atoms))
            if swapped:
                subs.append(Substitution(k, a))
                used.add(a.key)
                break
    return missing, subs


def _day_within(a: Atom, period: Atom) -> bool:
    """`a` is a day of the month or year `period` names ("3–5 June 2028" of "the weekend in June
    2028"): where the question names the period, its days are what it asks about, no value put in
    the place of the reference's."""
    return a.kind == period.kind == "date" and a.key.startswith(period.key + "-")


# The most things a count of the documents' own nouns may tally by itself ("the two accounts", "all
# three condition ratings"): a list that long is read at a glance, a longer count is a fact to check
_ENUMERATED = 4


def _enumerated_count(text: str, atom: Atom, conflict: Atom | None, evidence: EvidenceText) -> bool:
    """A small count in words of a noun the evidence writes but never counts ("two streams" where the
    call names Stream A and Stream B, "the three condition ratings"): a tally of what the documents
    list, which no atom of theirs gives; not where the evidence counts the noun otherwise (a
    conflict), nor a count in digits ("3 marks": a measured amount) or a bounded one ("up to two
    tickets": a limit, a fact of its own)."""
    counted = counted_noun(atom)
    if conflict is not None or counted is None or atom.high is not None or atom.hedge is not None \
            or not atom.text[:1].isalpha() or bound_of(text, atom) is not None or atom.value is None \
            or not (2 <= atom.value <= _ENUMERATED) or atom.value != int(atom.value):
        return False
    noun = stem(normalize(atom.unit))
    if any(is_counted_noun(e.unit) and stem(normalize(e.unit or "")) == noun for _, e in evidence.atoms):
        return False
    written = re.compile(rf"\b{re.escape(noun)}", re.IGNORECASE)
    return any(written.search(unit) for _, unit in evidence.units)


def _sentence_with(text: str, atom: Atom) -> str:
    from .claims import split_claims

    name = squash(atom.text)
    return next((c.text for c in split_claims(text) if name in squash(c.text)), text)


def _aboutsame_value(claim: str, ref_sentence: str, key: Atom, found: Atom, threshold: float = 0.3) -> bool:
    """The claim shares enough of the reference sentence's other words to be a statement of it."""
    drop = set(content_words(key.text)) | set(content_words(found.text))
    ref_words = set(content_words(ref_sentence)) - drop
    if not ref_words:
        return True
    return len(ref_words & set(content_words(claim))) / len(ref_words) >= threshold


@dataclass
class ClaimCheck:
    result: ClaimResult
    hard_atoms: int   # the claim's own findings are result.unsupported: one list, one count
    # the texts of atoms no evidence atom gives that the claim's own working gives (`given_otherwise`):
    # a value worked out is bound by its working, not to a sentence (`misbound` leaves it)
    worked: frozenset[str] = frozenset()


def _nowhere(atom: Atom) -> tuple[int | None, int | None]:
    return None, None


def check_claim(text: str, atoms: list[Atom], evidence: EvidenceText, question_atoms: list[Atom],
                question_squashed: str, span_of: Callable[[Atom], tuple[int | None, int | None]] = _nowhere,
                attested: str = "", vocab: Vocabulary | None = None, dated: list[Atom] = (),
                sentence: list[Atom] = (), known: list[Atom] = ()) -> ClaimCheck:
    """Each atom of the claim against the evidence; `span_of` places an atom in the output; `dated`,
    `sentence` and `known` as `given_otherwise` reads them."""
    findings: list[AtomFinding] = []
    hits: list[int] = []
    conflict_units: list[int] = []
    worked: set[str] = set()
    for atom in atoms:
        if any(atom.key == q.key for q in question_atoms) or (atom.kind in NAME_KINDS and name_in(atom, question_squashed)):
            continue  # given by the question
        ok, conflict, unit = atom_supported(atom, evidence, attested, vocab)
        if not ok and atom.kind == "number" and (read := _in_elided_unit(text, atom, atoms)) is not None:
            # a bare count that leaves its unit to the sum before it ("79p per kWh, up from 74"),
            # given as that unit's value (74p per kWh)
            ok = atom_supported(read, evidence, attested, vocab)[0]
        if not ok and given_otherwise(text, atom, evidence, dated, sentence, known):
            worked.add(atom.text)
            continue
        if not ok and (place_named(text, atom, atoms, evidence) or _enumerated_count(text, atom, conflict, evidence)
                       or _year_asked(atom, evidence, question_atoms)
                       or _labels_a_code(text, atom, atoms, evidence, attested, vocab)
                       or _numbers_a_name(text, atom, atoms, evidence, attested)
                       or _numbers_a_listed_item(text, atom, atoms, evidence)
                       or _spells_out(text, atom, atoms, evidence, attested, vocab)):
            continue
        if ok:
            if unit is not None:
                hits.append(unit)
            # a total the answer works out from parts it states is bound by that working, not to the
            # sentence (a table's row) the parts align with ("£244 in all: £184, £24 and £36")
            if _said_to_total(text, atom) and given_otherwise(text, atom, evidence, dated, sentence, known):
                worked.add(atom.text)
            continue
        start, end = span_of(atom)
        findings.append(AtomFinding(
            text=atom.text, kind=atom.kind,
            reason="contradicted" if conflict else "absent",
            conflicts_with=conflict.text if conflict else None, start=start, end=end,
        ))
        if unit is not None:
            conflict_units.append(unit)
    unit = _evidence_unit(text, evidence, conflict_units or hits)
    label, passage = evidence.units[unit] if unit is not None else (None, None)
    return ClaimCheck(
        ClaimResult(text=text, supported=not findings, unsupported=findings, evidence=passage, evidence_source=label),
        hard_atoms=len(atoms), worked=frozenset(worked),
    )


def _labels_a_code(text: str, atom: Atom, atoms: list[Atom], evidence: EvidenceText, attested: str,
                   vocab: Vocabulary | None) -> bool:
    """`atom` is one everyday word written right before a code the evidence gives ("Section C3",
    "Room G14"): it says what kind of thing the code names. A name ("Kestrel C3") is checked."""
    words = atom.text.split()
    if atom.kind != "entity" or len(words) != 1 or not is_common_word(fold(words[0])):
        return False
    code = next((a for a in atoms if a.kind == "code" and text[atom.end:a.start] in (" ", "\u00a0")), None)
    return (code is not None
            and atom_supported(code, evidence, attested, vocab)[0])


def _numbers_a_name(text: str, atom: Atom, atoms: list[Atom], evidence: EvidenceText, attested: str) -> bool:
    """`atom` is a number in a name ("the Bay 4 panel", "Route 21": `Atom.label`) and the evidence or
    the document writes that name with that number: it says which one, checked as the name is."""
    if not atom.label:
        return False
    name = next((a for a in atoms if a.kind == "entity" and a.end <= atom.start and text[a.end:atom.start] == " "), None)
    if name is None:
        return False
    key = squash(text[name.start:atom.end])
    return any(re.search(re.escape(key) + r"(?![0-9])", where) for where in (evidence.squashed, attested) if where)


# the nouns that name a part of a document by its number ("clause 5.4", "point 2 in section 6"), a
# closed class
_PART_NOUNS = r"(?:clause|section|point|paragraph|para|item|step|rule|condition|part|article|term|schedule|annex|note)s?"


def _numbers_a_listed_item(text: str, atom: Atom, atoms: list[Atom], evidence: EvidenceText) -> bool:
    """`atom` is a number right after a name word ("Condition 6", "Step 4") or a noun of a part of
    a document ("clause 5.4", "the same clause (5.4)", "point 2") and a unit of the evidence opens
    a line or a sentence with it as a list's or a clause's number ("6. Flat roof. The flat roof ...",
    "(6) ...", "5.4 Ride attendants ..."): the documents number that item so. A list's number is no
    value of the text (`atoms.extract` skips it), so it is found here, and only where the answer
    names an item by it."""
    if atom.kind != "number" or atom.value is None or atom.high is not None:
        return False
    written = re.escape(atom.text)
    if not (re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", atom.text)
            and (any(a.kind == "entity" and text[a.end:atom.start] == " " for a in atoms)
                 or re.search(rf"\b{_PART_NOUNS}\s+(?:\(\s*)?$", text[max(0, atom.start - 20):atom.start], re.IGNORECASE))):
        return False
    marker = re.compile(rf"(?:(?m:^)|(?<=[.!?]\s))[^\S\n]*(?:#+[^\S\n]*)?(?:\({written}\)|{written}[.)]?)(?=\s)")
    return any(marker.search(unit) for _, unit in evidence.units)


def _spells_out(text: str, atom: Atom, atoms: list[Atom], evidence: EvidenceText, attested: str,
                vocab: Vocabulary | None) -> bool:
    """`atom` is among the words the claim itself defines an abbreviation as ("the Notices to Airmen
    (NOTAMs)", "the Visual Observer (VO)"), and the evidence gives the abbreviation: one name,
    written twice. An abbreviation the evidence lacks leaves its words to be checked. So, the other
    way, is an abbreviation the claim spells out in brackets after it ("PINS (the Planning
    Inspectorate)"), where the evidence gives the words: they are the name the claim states."""
    if atom.kind != "entity":
        return False
    abbrs = {fold(a) for a in defined_by(atom.text, text)}
    if any(a.kind in NAME_KINDS and fold(a.text) in abbrs and atom_supported(a, evidence, attested, vocab)[0]
           for a in atoms):
        return True
    words = glossed_abbreviations(text).get(tokens(atom.text)[0].stem) if atom.text.isalpha() else None
    return bool(words) and any(
        a.kind in NAME_KINDS and a is not atom and [t.stem for t in content(tokens(a.text))] == list(words)
        and atom_supported(a, evidence, attested, vocab)[0] for a in atoms)


def given_otherwise(text: str, atom: Atom, evidence: EvidenceText, dated: list[Atom], sentence: list[Atom],
                    known: list[Atom] = ()) -> bool:
    """An atom of claim `text` that no evidence atom gives, given another way: a number the evidence
    writes in a name ("Wing 3" for "Wing Three") or a code ("growth stage 31" for "GS31"); a date
    that dates a document of the suite (`dated`: from its title or opening paragraph), which
    answers name a document by ("the September 2026 notice"); a date whose year the evidence
    sentence gives on another date (`_year_from_its_sentence`); a term of a ratio or a frequency the
    evidence writes in words; the size of a change whose two ends one evidence sentence gives
    ("half an hour earlier" for "at 16:00 instead of 16:30"); a value worked out from two others
    of the answer's `sentence` (its atoms and those of the sentence before) that the evidence gives
    ("960 MB versus 840 MB, so 120 MB more"; a time or a day's date is another the sentence gives
    moved by a length it gives, "two weeks before 2 March, so by 16 February": `shifted`; an operand
    is given by the evidence or, `known`, by the aligned sentence of another document, never by
    working of its own), a multiple of one by another ("4.2 seconds, more than
    twenty times the 180 ms": `times_of`, its bound read here), the rest of a whole that a share
    the sentence says is taken off leaves ("pay three fifths of the fare, 40% off": `rest_of`), or
    that a share the sentence gives leaves, said to be the rest ("30% went in whole, the other 70%
    destemmed"; not where it says of the rest what the evidence says of that share:
    `_said_of_the_share`), or the period the working takes a given rate over
    ("£10,140 over twelve months at £845 a month"), also where only the evidence gives the rate, the
    total and its length ("£2,400 over the twelve-month term" at £200 a month: `total_over`); a
    length between two times of day or two days' dates the sentence
    gives (`elapsed`); a recurrence said more than once (`_recurrence_given`); a length of time that
    is the one unit the evidence says two things are apart by in words ("seven days ahead" for "a
    week earlier": `_one_unit_apart`)."""
    if number_in_names(atom, [e for _, e in evidence.atoms], _word_before(text, atom.start)):
        return True
    if number_of_code(atom, text, [e for _, e in evidence.atoms]):
        return True
    if atom.kind in DATE_KINDS and any(stated_by(atom, d) for d in dated):
        return True
    if _year_from_its_sentence(atom, evidence):
        return True
    if (_ratio_given(text, atom, evidence) or _how_often_given(atom, evidence) or _change_size(text, atom, evidence, sentence)
            or _recurrence_given(text, atom, evidence) or _one_unit_apart(atom, evidence)):
        return True

    def given_(a: Atom) -> bool:
        # (a small count of a noun the documents write is a tally of theirs: "£370 for the two
        # machines" at £185 each, where they say "both Machines": `_enumerated_count`)
        if any(a is k for k in known):
            return True
        ok, conflict, _ = atom_supported(a, evidence)
        return ok or _enumerated_count(text, a, conflict, evidence)

    # the two ends of a change, or a time or date that is moved ("7.45 a.m., 45 minutes earlier than 08:30")
    moments = [a for a in sentence if a is not atom and a.kind in ("time", "date") and a.high is None and given_(a)]
    if atom.kind in ("time", "date") and any(shifted(atom, x, y) for y in sentence if y.kind == "quantity"
                                              and given_(y) for x in moments):
        return True
    # a length of time between two times of day the sentence gives ("from 1:15 am to 5:40 am, 4 h 25
    # min"; hedged, to the step it is said in: "roughly four and a half hours")
    # (a span of days said to be counted inclusive counts both its ends: "4 to 22 October inclusive, 19 days")
    # (so are two days' dates written as a span's ends, or as two days named together: "over three days,
    # from the 24th to the 26th", "over two days, the 20th and 21st"; calendar speech counts both ends)
    # (a span's ends are counted from the first written on: "from 1 March to 31 October, 245 days";
    # so may two dates of an earlier claim of the sentence, whose words this claim's text lacks)
    # (and the hours between two times of day are hours a day: "10 a.m. until 8 p.m., ten hours a day")
    counts = (False, True) if _INCLUSIVE_RE.search(text) else (False,)
    daily = atom.kind == "quantity" and per_unit(atom.unit) == "day"
    length = replace(atom, unit=amount_unit(atom.unit)) if daily else atom
    if atom.kind == "quantity" and dimension(length.unit) == "clock" and any(
            (gap := elapsed(x, y, inclusive, forward)) is not None
            and given_by(length if x.kind == "time" else atom, gap)
            for x, y in combinations(moments, 2)
            for forward, inclusive in _date_readings(text, x, y, counts)):
        return True
    if _both_sides(atom, evidence):
        return True
    if atom.value is None or atom.high is not None or atom.kind not in ("quantity", "number"):
        return False   # only a single value is worked out (`worked_out`): spare the operands' checks
    # (a year only as an end of a length of time: `apart`)
    others = [a for a in sentence if a is not atom and a.value is not None and a.kind in ("quantity", "number", "year")]
    # a share of this claim said to be taken off (its text where its offsets say: this claim's own)
    off = [a for a in others if text[a.start:a.end] == a.text and _TAKEN_OFF.match(text, a.end)]
    if any(rest_of(atom, o) and atom_supported(o, evidence)[0] for o in off):
        return True
    # a share said to be the rest of a whole, of which the sentence gives the other share ("30% went
    # in whole, the other 70% destemmed"): the share the rest is of is the fact checked, not the rest
    if _THE_REST_BEFORE.search(text, 0, atom.start) and any(
            rest_of(atom, o) and given_(o) and not _said_of_the_share(text, atom, o, evidence) for o in others):
        return True
    given = [a for a in others if given_(a)]
    if atom.unit == FRACTION and _share_coming_to(text, atom, given, [e for _, e in evidence.atoms]):
        return True
    # a value worked out from two given ones may be set beside in another unit ("6 kg (13 lb) more")
    derived = [a for a in others if a not in given and a.high is None and worked_out(a, given, others)]
    if restates(atom, given + derived):
        return True
    # a total said to be one ("so 84 were recorded in all", "£244 in all: £184 for the rental, £24
    # and £36"): the sum of values the sentence states, given or worked out from given ones
    if _said_to_total(text, atom) and total_of(atom, given + derived):
        return True
    # the size of a change, or a difference, said to be one, whose two ends the sentence states
    # ("went up by 1,600, from 9,800 to 11,400", "so the difference was 25 rpm"), or the rest of a
    # count of which the sentence gives a part ("9,204 of the 12,816 were valid; the other 3,612")
    if ((sizes_a_change(text, atom.start) or _DIFFERENCE_BEFORE.search(text, max(0, atom.start - 40), atom.start)
         or _THE_REST_BEFORE.search(text, 0, atom.start))
            and any(apart(atom, x, y) for x, y in combinations(given + derived, 2))):
        return True
    # ... or written as one change from the one to the other ("went up by 1,600, from 9,800 to 11,400")
    if sizes_a_change(text, atom.start) and any(
            apart(atom, lo, hi) and given_(lo) and given_(hi)
            for lo, hi in [ends for ends in map(_ends, others) if len(ends) == 2]):
        return True
    # a length in months or years set right beside one in days or weeks it restates loosely, or the
    # other way ("Half a year: 26 weeks", "42 days - a month and a half"; not one elsewhere in the sentence)
    if any(_set_beside(text, atom, o) and loosely_restates(atom, o) for o in given):
        return True
    # a length of time said to separate two years or moments the sentence gives ("in 1831 ... seven
    # years later, in 1838"; "7.45 a.m., 45 minutes earlier than 08:30"): their distance
    if _COMPARATIVE_AFTER.match(text, atom.end) and any(_apart_as_said(text, atom, x, y, sentence)
                                                         for x, y in combinations(given + moments, 2)):
        return True
    # a rate the evidence gives, taken over a length of time the sentence gives ("£2,400 over the
    # twelve-month term" at £200 a month): the total of that rate, the length the answer's working
    rates = [e for _, e in evidence.atoms if per_period(e.unit)]
    if rates and (total_over(atom, rates, others) or any(total_over(z, rates, [atom]) for z in others)):
        return True
    if len(others) < 2:
        return False
    carried = _units_carried(text, atom, others)
    if carried is not others:   # a bare number now in the difference's unit: support it anew
        others, given = carried, [a for a in carried if given_(a)]
        if _COMPARATIVE_AFTER.match(text, atom.end) and any(_apart_as_said(text, atom, x, y, others)
                                                             for x, y in combinations(given, 2)):
            return True   # the distance above, between values now in the difference's unit
    bound = bound_of(text, atom)
    return (worked_out(atom, given, others) or over_length(atom, given, others)
            or times_of(atom, given, bound.direction if bound else None))


# A length of time counted from a moment named by a noun phrase right after it ("two days into the
# heatwave", "a week after the inspection", "ten days before the hearing"): prepositions of time
# (a closed class) and the determiners a noun phrase opens with.
_FROM_NAMED = re.compile(r"\s+(?:(?P<later>into|after|since|from)|before|ahead\s+of|prior\s+to)\s+"
                         r"(?:(?:the|its|his|her|their|this|that|our|your)\s+)?"
                         r"(?P<np>[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2})", re.IGNORECASE)


def counted_from_named(text: str, atom: Atom, sentence: list[Atom], documents: list[str],
                       atoms_of: Callable[[str], list[Atom]]) -> bool:
    """`atom`, a length of time in claim `text`, counted from a moment the claim names by a noun
    right after it ("On 14 July, two days into the heatwave"; "at 10:42, twelve minutes after the
    ARC was put on test"): a sentence of the documents that writes that noun phrase's content words
    gives a moment of the kind the claim's sentence (`sentence`) states, a day's date or a time of
    day, that the length moves to the claim's ("the heatwave ran from 12 to 18 July"; "the ARC was
    put on test at 10:30"), the way the preposition says: on from it ("into", "after"), or back
    ("before"). The length is worked out from the two moments, exactly; no invention."""
    m = _FROM_NAMED.match(text, atom.end) if atom.kind == "quantity" and atom.high is None else None
    words = {t.stem for t in content(tokens(m.group("np")))} if m else set()
    moments = [a for a in sentence if a.kind in ("date", "time") and a.high is None]
    if not words or not moments:
        return False
    way = (1,) if m.group("later") else (-1,)
    return any(e.kind == d.kind and shifted(d, e, atom, way)
               for s in documents if words <= stems(s) for e in atoms_of(s) for d in moments)


# Words that say a value is a total: after it in its clause ("84 were recorded in all", "£503 in
# total") or before it ("a total of 84", "which makes 55", "comes to £503"); a closed class of English.
_TOTAL_PHRASE = TOTAL_WORDS.replace(" ", r"\s+")
_TOTAL_AFTER = re.compile(rf"(?:\s+[^\W\d][\w'’-]*){{0,3}}?\s+(?:{_TOTAL_PHRASE}|combined|between\s+them)\b",
                          re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|totall?(?:ing|ed|s)?|in\s+all,?|in\s+total,?|altogether,?|comes?\s+to|came\s+to|"
                           r"coming\s+to|adds?\s+up\s+to|added\s+up\s+to|makes?|made|making)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# A value said to be the difference of two: "the difference was 25 rpm", "a difference of £40".
_DIFFERENCE_BEFORE = re.compile(r"\bdifference\s+(?:is|was|of|being|comes\s+to|came\s+to)\s+(?:just\s+|only\s+)?$", re.IGNORECASE)


def _said_to_total(text: str, atom: Atom) -> bool:
    return bool(_TOTAL_AFTER.match(text, atom.end) or _TOTAL_BEFORE.search(text, max(0, atom.start - 30), atom.start))


def _share_coming_to(text: str, share: Atom, given: list[Atom], stated: list[Atom]) -> bool:
    """`share`, a share in words ("a third", "two-thirds"), of the amount the claim writes after it
    "of" that comes to an amount the evidence gives ("a third of the £240,000 pot" where £80,000
    is ring-fenced), or set beside the amount it comes to, of an amount the evidence gives
    ("two-thirds now (£2,000)" of a £3,000 grant): the amounts are the facts, the share their
    working (`arithmetic.share_of`, exactly or to the precision the share is written with)."""
    after = [a for a in given if text[a.start:a.end] == a.text and a.start >= share.end]
    if not after:
        return False
    amount = min(after, key=lambda a: a.start)
    between = text[share.end:amount.start]
    if re.fullmatch(_OF_AN_AMOUNT, between):
        return any(share_of(part, share, amount) for part in stated)
    return bool(_SET_BESIDE.fullmatch(between)) and any(share_of(amount, share, whole) for whole in stated)


# what stands between a share and the amount it comes to, set beside it: up to three words and a
# bracket, a dash, a comma or a colon ("two-thirds now (£2,000)", "a third of it, £80,000")
_SET_BESIDE = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s*[(,:—–-]?\s*")


# "than" and up to two words before a bare number it compares with ("than the 12", "than Brava's 12")
_THAN_BEFORE = re.compile(r"\bthan(?:\s+[\w'’]+){0,2}\s+$", re.IGNORECASE)


def _units_carried(text: str, atom: Atom, others: list[Atom]) -> list[Atom]:
    """`others` with a bare number that a difference `atom` of claim `text` is measured against
    written in `atom`'s unit: "two minutes more than the 12" leaves "minutes" understood."""
    if atom.kind != "quantity" or not atom.unit or not _COMPARATIVE_AFTER.match(text, atom.end):
        return others
    return [replace(a, kind="quantity", unit=atom.unit)
            if a.kind == "number" and a.start > atom.end and text[a.start:a.end] == a.text
            and _THAN_BEFORE.search(text, max(0, a.start - 40), a.start) else a
            for a in others]


# A share said to be taken off a whole ("40% off", "a third less"): what is paid or left is the rest
# (words of reduction after an amount, a closed class).
_TAKEN_OFF = re.compile(r"\s*(?:off|discount|reduction|less|cheaper)\b", re.IGNORECASE)
# Where what is said of a value ends: punctuation, or a coordinator that opens the next clause (a
# closed class: "30% went in whole and the rest was destemmed").
_SAID_OF_END = re.compile(r"[,;:.()]|\s(?:and|but|while|whereas|with)\s", re.IGNORECASE)


def _said_after(text: str, at: int) -> set[str]:
    """The content words said of the value that ends at `at`, up to the end of its clause part."""
    m = _SAID_OF_END.search(text, at)
    return set(content_words(text[at:m.start() if m else len(text)]))


def _said_of_the_share(text: str, rest: Atom, share: Atom, evidence: EvidenceText) -> bool:
    """The claim says of the rest (`rest`, "the other 70% went in whole") most of what the evidence
    says of the share it is the rest of ("30% went in whole and the rest was destemmed"): the two
    shares are swapped, not one read from the other."""
    ours = _said_after(text, rest.end)
    if not ours:
        return False
    return any(len(ours & _said_after(evidence.units[i][1], e.end)) * 2 > len(ours)
               for i, e in evidence.atoms if same_fact(e, share))


# A share named right before it as what is left of a whole ("the other 70%", "the remaining
# two-thirds", "the rest, 40%"): determiners and words of remainder, a closed class of English words.
_THE_REST_BEFORE = re.compile(r"\bthe\s+(?:other|remaining|rest,?|remainder,?|balance,?)\s+$", re.IGNORECASE)


# Comparatives and words of order in time or size, by the side they put their subject on against
# what it is set against: up ("£1,250 more", "an hour later") or down ("£1,250 less", "an hour
# earlier"), and those with no side of amount (closed classes of English words).
_UP_WORDS = "more higher greater larger bigger longer dearer above over later after".split()
_DOWN_WORDS = "less fewer lower smaller shorter cheaper below under earlier sooner before".split()
_SIDELESS_WORDS = "faster slower better worse older younger newer".split()
# A word of comparison right after a value says it is a difference: "half an hour earlier", "£5
# more", "£100 below", "seven years after".
_COMPARATIVE_AFTER = re.compile(rf"\s*(?:{'|'.join(_UP_WORDS + _DOWN_WORDS + _SIDELESS_WORDS)})\b", re.IGNORECASE)


def _change_size(text: str, atom: Atom, evidence: EvidenceText, said: list[Atom]) -> bool:
    """`atom` of claim `text` says by how much one value differs from another ("half an hour
    earlier"), and one sentence of the evidence gives two values that far apart ("the peak will
    begin at 16:00 instead of 16:30"); two days' dates only where the answer's sentence (`said`)
    gives one of them (`_anchored`), two years only in the order the claim says (`_years_in_order`)."""
    if not (_COMPARATIVE_AFTER.match(text, atom.end) or sizes_a_change(text, atom.start)):
        return False
    from .claims import split_claims

    for i, (_, unit) in enumerate(evidence.units):
        found = [e for j, e in evidence.atoms if j == i]
        for sentence in split_claims(unit, clauses=False) if len(found) > 1 else ():
            # not two years (a bare "1842" too): which event came first is the claim's, read apart
            values = [e for e in found if sentence.start <= e.start < sentence.end and year_of(e) is None]
            if any(_anchored(text, atom, x, y, said) if x.kind == "date" else _apart_as_said(text, atom, x, y, said)
                   for x, y in combinations(values, 2)):
                return True
            years = [e for e in found if sentence.start <= e.start < sentence.end and year_of(e) is not None]
            if len(years) > 1 and _years_in_order(text, atom, unit, years, said):
                return True
    return False


# A comparative after a difference says which way the subject differs from what it is set against.
_UP = re.compile(rf"\s*(?:{'|'.join(_UP_WORDS)})\b", re.IGNORECASE)
_DOWN = re.compile(rf"\s*(?:{'|'.join(_DOWN_WORDS)})\b", re.IGNORECASE)


def _apart_as_said(text: str, atom: Atom, x: Atom, y: Atom, said: list[Atom]) -> bool:
    """`atom`, a difference of claim `text`, is how far apart `x` and `y` are (`apart`), and where
    the claim states one of them, the side its comparative says: the value stated before the
    difference is the subject ("£5,150, which is £1,250 less than the original quote" of £6,400 and
    £5,150; not "£1,250 more"), one after it what the subject is set against ("£1,250 less than the
    £6,400 first quoted"). Where the claim states neither or both as one side, the gap alone, as for an
    adverb without "than" ("in 1952; eleven years later, in 1963": the moment before may be where it
    is counted from)."""
    if not apart(atom, x, y):
        return False
    up, down = _UP.match(text, atom.end), _DOWN.match(text, atom.end)
    if not (up or down) or _ORDER_ADVERB.match(text, atom.end) and not _THAN.match(text, (up or down).end()):
        return True   # "eleven years later": counted from a moment before it or by its subject, unread
    subject = against = None
    for d in said:
        if d is atom or text[d.start:d.end] != d.text:
            continue   # (another sentence's atom, or this one's offsets not its own)
        for end, other in ((x, y), (y, x)):
            if stated_by(d, end) and not stated_by(d, other):
                if d.end <= atom.start:
                    subject = subject or (end, other)
                elif d.start >= atom.end:
                    against = against or (other, end)
    pair = subject or against
    if pair is None or subject and against and subject != against:
        return True
    hi, lo = (pair[0], pair[1]) if up else (pair[1], pair[0])
    return _level(hi, atom) > _level(lo, atom)


def _level(a: Atom, like: Atom) -> float:
    """`a`'s value in the unit of `like` where both are measures (`convert`), else as it is."""
    if a.kind == "quantity" and a.unit and like.unit and a.unit != like.unit:
        v = convert(a.value, a.unit, like.unit)
        if v is not None:
            return v
    return a.value


_BEFORE_OR_AFTER = re.compile(r"\s*(?:before|after)\b", re.IGNORECASE)
_INCLUSIVE_RE = re.compile(r"\binclusive(?:ly)?\b", re.IGNORECASE)
# what joins two days' dates written as the ends of one span or named together: a closed class
_SPAN_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|and|[–—-])\s*(?:the\s+)?", re.IGNORECASE)


def _date_readings(text: str, x: Atom, y: Atom, counts: tuple[bool, ...]) -> list[tuple[bool, bool]]:
    """How a length between `x` and `y` may be counted, as (forward, inclusive) pairs: two dates
    written as a span's ends ("from 1 March to 31 October") from the first on, with or without both
    ends; two dates of another claim (their words are not in `text`) that way or as any two dates;
    others as the nearest two dates (or times), `counts` saying whether both ends count."""
    if x.kind != "date" or y.kind != "date":
        return [(False, inclusive) for inclusive in counts]
    if all(text[a.start:a.end] == a.text for a in (x, y)):
        return [(True, False), (True, True)] if _span_ends(text, x, y) else [(False, c) for c in counts]
    return [(False, c) for c in counts] + [(True, False), (True, True)]


def _span_ends(text: str, x: Atom, y: Atom) -> bool:
    """`x` and `y`, two atoms of claim `text`, are written as the ends of one span ("from the 24th to
    the 26th", "24–26 August") or named together ("the 20th and 21st"): nothing else between them."""
    first, then = (x, y) if x.start < y.start else (y, x)
    return text[first.start:first.end] == first.text and bool(_SPAN_JOIN.fullmatch(text, first.end, then.start))
# A length the evidence measures off on both sides of a point ("3 hours either side of high water"),
# or says twice, before and after it ("from 3 hours before to 3 hours after high water")
_BOTH_SIDES_RE = re.compile(r"[^\S\n]+(?:on[^\S\n]+)?(?:either|each|both)[^\S\n]+sides?\b", re.IGNORECASE)
_BEFORE_RE = re.compile(r"[^\S\n]+before\b", re.IGNORECASE)
_AFTER_RE = re.compile(r"[^\S\n]+after\b", re.IGNORECASE)


def _both_sides(atom: Atom, evidence: EvidenceText) -> bool:
    """`atom` is twice a length that an evidence sentence measures off on both sides of a point:
    the whole window ("a six-hour window" where the rules open the gate "3 hours either side of
    high water" or "from 3 hours before to 3 hours after high water"; "a 10 m strip" for "5 m either
    side of the path")."""
    if atom.kind != "quantity" or atom.value is None or atom.high is not None or not is_measure(atom.unit):
        return False
    lengths = [(j, e) for j, e in evidence.atoms if e.kind == "quantity" and e.value is not None and e.high is None
               and e.unit and evidence.units[j][1][e.start:e.end] == e.text]
    for j, e in lengths:
        unit = evidence.units[j][1]
        sides = _BOTH_SIDES_RE.match(unit, e.end) or _BEFORE_RE.match(unit, e.end) and any(
            k == j and f.key == e.key and f.start > e.start and _AFTER_RE.match(unit, f.end) for k, f in lengths)
        if sides and given_by(atom, Atom(kind="quantity", text="", key=f"quantity:{e.unit}:{2 * e.value!r}#both-sides",
                                         value=2 * e.value, unit=e.unit)):
            return True
    return False


def _years_in_order(text: str, atom: Atom, unit: str, years: list[Atom], said: list[Atom]) -> bool:
    """`atom`, a length of time that claim `text` sets between two events ("Low Mill shut nine years
    before High Mill stopped production"), is the gap between two years of the evidence sentence
    `unit` in the order the claim says: each year is the one of the clause that shares more words
    with its event, the subject before the length and the object after "before"/"after" ("Low
    Mill closed in 1958 ...; High Mill stopped production in 1967"); or, said with an adverb ("in
    1958, and High Mill nine years later"), counted from a year the answer's sentence (`said`) gives
    before it. So "nine years after High Mill" of the same two years is no support."""
    adverb = _ORDER_ADVERB.match(text, atom.end)
    if adverb:
        later = bool(_LATER.match(text, atom.end))
        # (a year of the sentence before, read with this claim, comes before it too)
        anchors = [d for d in said if year_of(d) is not None
                   and not (text[d.start:d.end] == d.text and d.start > atom.start)]
        return any(stated_by(d, x) and (year_of(y) > year_of(x)) == later and apart(atom, x, y)
                   for d in anchors for x, y in permutations(years, 2))
    m = _BEFORE_OR_AFTER.match(text, atom.end)
    own = next(((a, b) for a, b in clause_spans(text) if a <= atom.start < b), None)
    if m is None or own is None:
        return False
    subject, obj = _stems(text[own[0]:atom.start]), _stems(text[m.end():own[1]])
    spans = clause_spans(unit)
    events = [next((_stems(unit[a:b]) for a, b in spans if a <= y.start < b), frozenset()) for y in years]
    later = m.group().strip().casefold() == "after"
    for (x, ex), (y, ey) in permutations(zip(years, events), 2):
        if (len(subject & ex) > len(subject & ey) and len(obj & ey) > len(obj & ex)
                and (year_of(x) > year_of(y)) == later and apart(atom, x, y)):
            return True
    return False


# Words that order two moments: the later one or the earlier one (a closed class).
_LATER = re.compile(r"\s*(?:later|after)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\s*(?:earlier|sooner|before)\b", re.IGNORECASE)
# ... of them, the adverbs, which take no object of their own ("two weeks later", not "two weeks after Y")
_ORDER_ADVERB = re.compile(r"\s*(?:later|earlier|sooner)\b", re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


def _anchored(text: str, atom: Atom, x: Atom, y: Atom, said: list[Atom]) -> bool:
    """`atom`, a length of claim `text`, separates `x` and `y`, two days' dates of an evidence
    sentence, in the order the claim says, from one of them that the answer's sentence gives
    (`said`): "1 December ..., paid two weeks later" (the other is 15 December), "two weeks after
    1 December", but "1 December, two weeks after it is paid" (the other is 17 November). A
    document lists many dates, and a length equal to the gap between some two of them, or that gap
    the other way round, is no evidence of it."""
    later, earlier = _LATER.match(text, atom.end), _EARLIER.match(text, atom.end)
    days = days_of(atom)
    if not (later or earlier) or days is None:
        return False
    sign = 1 if later else -1
    adverb = bool(_ORDER_ADVERB.match(text, atom.end))
    for d in (a for a in said if a.kind == "date"):
        # the anchor after the length is what it is counted from; before it, with "after/before" and
        # an object of their own, the anchor is the moment counted ("X, two weeks after Y")
        own = text[d.start:d.end] == d.text
        counted = own and d.start < atom.start and not adverb
        lag = -sign * days if counted else sign * days
        for anchor, other in ((x, y), (y, x)):
            if stated_by(d, anchor) and shifted_by(other, anchor, lag):
                return True
    return False


# One unit of time written as a word with an article before a word of comparison ("a week earlier",
# "an hour later"): the atoms leave it unread (alone, "a week" is as often a rate's period).
_ONE_UNIT_RE = re.compile(r"(?<![^\W_])(?:an?|one)[^\S\n]+", re.IGNORECASE)


def _one_unit_apart(atom: Atom, evidence: EvidenceText) -> bool:
    """A length of time that is exactly one unit the evidence says two things are apart by in words
    ("seven days ahead" for "a week earlier", "60 minutes later" for "an hour later")."""
    if atom.kind != "quantity" or atom.value is None or atom.high is not None or dimension(atom.unit) not in ("clock", "calendar"):
        return False
    for _, passage in evidence.units:
        for m in _ONE_UNIT_RE.finditer(passage):
            read = read_unit(passage, m.end() - 1, money=False)
            if (read and read[2] > m.end() and _COMPARATIVE_AFTER.match(passage, read[2])
                    and same_fact(replace(atom, key="", text="", value=1.0, unit=read[0]), atom)):   # to the answer's precision
                return True
    return False


def _ratio_given(text: str, atom: Atom, evidence: EvidenceText) -> bool:
    """`atom` is a term of a ratio ("1:2") the evidence gives, as "1:2" or in words ("one adult to
    2 children"): the one of "1:2" is stated there, though no atom holds it."""
    ratio = ratio_of(text, atom)
    return ratio is not None and any(ratio in ratios_in(unit) for _, unit in evidence.units)


def ratio_of(text: str, atom: Atom) -> tuple[int, int] | None:
    """The ratio of `text` that `atom` is a term of: a bare number ("the 1 of 1:2"), a count ("12
    pupils" of "one adult per 12 pupils"), or a time of day that is a ratio's shape ("1:12", no
    am/pm): what the document writes "1 adult for every 12 pupils" an answer may write "1:12"."""
    if atom.kind == "time" and not _RATIO_SHAPE.fullmatch(atom.text):
        return None
    return ratio_around(text, atom) if atom.kind in ("number", "quantity", "time") else None


_RATIO_SHAPE = re.compile(r"\d{1,3}:\d{1,3}")


def _how_often_given(atom: Atom, evidence: EvidenceText) -> bool:
    """"2 times a day" where the evidence says "twice a day" or "twice daily"; "six times a year"
    where it says "every two months" (`same_rate`: a rate stated as its period)."""
    if atom.kind != "quantity" or atom.value is None or not (atom.unit or "").startswith("x/"):
        return False
    mine = recurrence_rates(atom.text)
    return any((atom.value, atom.unit) in how_often_in(unit)
               or any(same_rate(a, b) for a in mine for b in recurrence_rates(unit)) for _, unit in evidence.units)


def _recurrence_given(text: str, atom: Atom, evidence: EvidenceText) -> bool:
    """`atom` is the period or the count of times of a recurrence of claim `text` ("every two weeks",
    "twice every four hours", "three times every six hours"), and the evidence gives that rate
    another way ("every other Saturday", "every two hours"): how often, not how long (`same_rate`)."""
    if atom.kind != "quantity":
        return False
    said = [r for r in recurrences(text) if r.start <= atom.start and atom.end <= r.end]
    return any(same_rate(r.per_day, rate) for r in said for _, unit in evidence.units for rate in recurrence_rates(unit))


def _word_before(text: str, at: int) -> str:
    m = re.search(r"([^\W\d_]+)\s+$", text[:at])
    return m.group(1) if m else ""


def _evidence_unit(text: str, evidence: EvidenceText, preferred: list[int]) -> int | None:
    """The unit to show next to a claim: where its conflict or match is, else the closest in words."""
    if preferred:
        return max(set(preferred), key=preferred.count)
    words = set(content_words(text))
    if not evidence.units or not words:
        return None
    overlaps = [len(words & set(content_words(t))) for _, t in evidence.units]
    best = max(range(len(overlaps)), key=overlaps.__getitem__)
    return best if overlaps[best] else None


def misbound(claim: str, atoms: list[Atom], sentences: list[str], atoms_of,
             named: list[Atom] = (), given: set[str] = frozenset(), asked: str = "",
             documents: list[str] = ()) -> list[tuple[Atom, Atom, str]]:
    """Values of a claim that the evidence states, but in another statement: the sentence the claim
    is a version of (`meaning.best_aligned`) gives a comparable value and not this one, so the value
    was taken from elsewhere ("the battery lasts 2 years" where the battery sentence says 5 years
    and 2 years is the warranty); or gives it to another name of its own, one the answer also
    names (`named`: the atoms of the claim's sentence), and this claim's name another value of the
    kind (`exchanged`: "Dunmere averaged 5.6 t/ha, with Ambermoor at 5.3 t/ha" where Ambermoor
    averaged 5.6 and Dunmere 5.3). Of a claim with several values, each may belong to a statement
    of its own ("25 days, rising to 28"); only two the sentence states swapped are misbound
    (`_swapped_last`). `given`: the texts of atoms another sentence states, one of a related
    document the claim is a version of: a value it gives is bound where it binds it, a name and a
    value it gives together are said together there. (atom, the aligned sentence's value, that
    sentence) for each. `asked`: the question the claim answers; a lone value that the sentence the
    claim read with it is a version of states is bound there ("Ten years from the date of delivery."
    answers "how long is the compressor covered?", though its words are those of another period's
    sentence); so is a value whose own part of the claim is a version of a sentence that states it
    (`stated_where_phrased`: "X was the sommelier when the two met in 1999, the year Y retired"
    joins the meeting's sentence to the retirement's), and one the sentence states in a clause
    naming a name the claim says it with (`_value_kept`). `documents`: all the sentences of the
    documents, of which those that count a value from a point make it one for a claim read with the
    question or against several sentences (`_misanchored_in`)."""
    tops = best_aligned(claim, sentences, least=3)
    numeric = [a for a in atoms if a.kind in NUMERIC_KINDS and a.value is not None]
    if not tops and asked:
        # a claim too short to align ("12 months from the date of your first hire.") is read with
        # the question it answers, for the point its value is counted from only
        return _misanchored_in(claim, atoms, best_aligned(f"{asked} {claim}", sentences, least=3), numeric,
                               atoms_of, documents or sentences)
    if len(tops) > 1:
        # equally close versions (a table's rows, the reference and its row): for the point its
        # value is counted from only, read against those that state the value ("18 months from ..."
        # of the row with 18 months, not of the 24-month rows), each of which must count it otherwise
        return _misanchored_in(claim, atoms, tops, numeric, atoms_of, documents or sentences)
    if not tops:
        return []   # no one statement the claim is clearly a version of
    sentence = tops[0]
    stated = atoms_of(sentence)
    out = []
    if len(numeric) == 1 and numeric[0].text not in given:
        here = EvidenceText.build([("aligned", sentence)], atoms_of)
        for atom in numeric:
            if atom_supported(atom, here)[0] or _ratio_given(claim, atom, here) \
                    or _bound_where_asked(claim, atom, asked, sentences, atoms_of) \
                    or stated_where_phrased(claim, atom, sentences, atoms_of, dates=True) \
                    or _attribute_stated(claim, atom, atoms, documents or sentences, atoms_of) \
                    or any(_value_kept(claim, n, [n, atom], [sentence], atoms_of, same_fact)
                           for n in atoms if n.kind in NAME_KINDS):
                continue
            # a value the claim gives too, its unit left to this one ("seven days, or ten if …"), is
            # bound to its own part: the claim joins the two statements
            also = elided_unit_values(claim, atoms)
            rivals = [e for e in stated if comparable(atom, e) and comparable(e, atom) and (e.value, e.unit) not in also]
            if rivals and not _bound_as_written(claim, atom, sentences, atoms_of):
                out.append((atom, rivals[0], sentence))
    elif len(numeric) > 1:
        swap = _swapped_last(claim, numeric, sentence, stated) or _mispaired(numeric, stated)
        if swap and swap[0].text not in given:
            out.append((*swap, sentence))
    out += [(value, rival, sentence) for owner, value, rival in exchanged(claim, atoms, sentence, stated, named)
            if value not in [a for a, _, _ in out] and not {owner.text, value.text} <= given]
    out += [(ours, theirs, sentence) for ours, theirs in mislabelled(claim, atoms, sentence, stated, asked)
            if ours.text not in given]
    # the points values are counted from are the documents', wherever the claim's evidence came from
    return out + [(value, theirs, sentence) for value, theirs in misanchored(claim, atoms, sentence, stated,
                                                                             documents or sentences)
                  if value not in [a for a, _, _ in out]]


def _bound_as_written(claim: str, atom: Atom, sentences: list[str], atoms_of) -> bool:
    """The claim's value in other units than a sentence writes it ("56 days before you arrive" where
    the sentence says "8 weeks before arrival"): written as that sentence writes it, the claim is a
    version of that sentence (one of the closest), which may bind the value (alignment reads a value
    by its words)."""
    for sentence in sentences:
        for e in atoms_of(sentence):
            if e.unit and atom.unit and e.unit != atom.unit and same_fact(atom, e):
                written = f"{claim[:atom.start]}{e.text}{claim[atom.end:]}"
                if sentence in best_aligned(written, sentences, least=3):
                    return True
    return False


def _stating(sentences: list[str], numeric: list[Atom], atoms_of) -> list[str]:
    """The sentences that state one of the claim's values."""
    return [s for s in sentences if any(same_fact(a, e) for a in numeric for e in atoms_of(s))]


def _misanchored_in(claim: str, atoms: list[Atom], candidates: list[str], numeric: list[Atom], atoms_of,
                    documents: list[str]) -> list[tuple[Atom, Atom, str]]:
    """`misanchored` where the claim may be a version of any of several sentences (the reference and
    its table's row): every one of them that states its value counts it from another point."""
    stating = _stating(candidates, numeric, atoms_of)
    found = [misanchored(claim, atoms, s, atoms_of(s), documents) for s in stating]
    return [(value, theirs, stating[0]) for value, theirs in found[0]] if found and all(found) else []


def stated_where_phrased(claim: str, atom: Atom, sentences: list[str], atoms_of, dates: bool = False) -> bool:
    """The value's own part of the claim (`_own_part`: "or £48 with a vet since March 2026" of "You
    pay £18 with an RVN, or £48 with a vet since March 2026") is a version of one sentence, and that
    sentence states the value (or gives it as a term of a ratio): a claim may join values of two
    statements, each bound where its own words are. Of sentences the part matches equally, one must
    state the value and none give another of its kind: a value whose part reads like another role's
    sentence, one that gives a value of the kind and not this one, stays unbound. Dates and years
    are left out (unless `dates`): a heading's year dates an edition, no statement a claim's history
    is a version of; a date the documents give is still bound where its own words are."""
    if atom.kind in DATE_KINDS and not dates and not _RATIO_SHAPE.fullmatch(atom.text):
        return False
    stating = False
    for sentence in best_aligned(_own_part(claim, atom), sentences):
        here = EvidenceText.build([("aligned", sentence)], atoms_of)
        if atom_supported(atom, here)[0] or _ratio_given(claim, atom, here):
            stating = True
        elif any(comparable(atom, e) and comparable(e, atom) for _, e in here.atoms):
            return False
    return stating


def contradicted_apart(claim: str, atom: Atom, rival: str, evidence: list[str], sentences: list[str],
                       atoms_of) -> bool:
    """A value the claim's evidence contradicts only with a value of another statement: every
    evidence sentence that gives the rival (`rival`, its text) shares none of the words of the
    value's own part of the claim (`_own_part`), while a sentence of the documents that shares one
    states the value ("Starting with the 29 May session" where the passage read gives "the swarming
    season (May to July)" and another says "practical sessions … on 24 April, 15 May, 29 May").
    The two values are of different things: the claim's is bound where its own words are. A rival
    said with a word of the part ("the battery lasts 5 hours" for "the battery lasts 2 years") stays
    a contradiction."""
    part = _own_part(claim, atom)
    givers = [s for s in evidence if any(e.text == rival for e in atoms_of(s))]
    if not givers or any(best_aligned(part, [s], least=1) for s in givers):
        return False
    return any(atom_supported(atom, EvidenceText.build([("stating", s)], atoms_of))[0]
               for s in best_aligned(part, sentences, least=1))


def stated_with_own_words(claim: str, atom: Atom, atoms: list[Atom], sentences: list[str], atoms_of) -> bool:
    """A true detail the passages read for the claim miss: one sentence of the documents states the
    value and holds every content word of the value's own stretch of the claim (its part, cut at
    the values on either side: "£7,370 for buildings" of "£8,139 in total, £7,370 for buildings
    plus £769 for contents", stated by the table row "Buildings settlement | £7,370"). A value said
    with words its sentence lacks ("£769 for buildings", where £769 is the contents') stays
    unsupported, and so does one whose sentence gives another value (no date) that the claim does not
    give too, in the same order (`_same_values_in_order`); a value said with
    no words of its own is not read here."""
    (lo, hi), _ = _part_and_clause(claim, atom)
    cuts = [(other.start, other.end) for other in atoms if other is not atom and other.kind in NUMERIC_KINDS]
    cuts += [m.span() for m in _SUM_WORD.finditer(claim, lo, hi)]
    for start, end in cuts:
        if lo <= end <= atom.start:
            lo = end
        elif atom.end <= start < hi:
            hi = start
    # ("one" that no atom reads is the prop-word: the noun before it is meant)
    own = {t.stem for t in content(tokens(_attributive_phrase(claim, atom, hi)
                                          or claim[lo:atom.start] + " " + claim[atom.end:hi]))
           if t.raw.isalpha() and t.raw.casefold() not in _PROP_WORDS}
    if not own:
        return False
    for sentence in sentences:
        if not own <= stems(sentence):
            continue
        here = EvidenceText.build([("stating", sentence)], atoms_of)
        # a sentence that gives another value binds each to its own words, which these
        # words may be ("juniors" with £40 where £40 is the adults' rate): `misbound` reads that
        others = [e for _, e in here.atoms if e.kind in NUMERIC_KINDS and e.kind not in DATE_KINDS and e.value != atom.value
                  and not e.label and not section_number_ends_at(sentence, e.end)]
        if atom_supported(atom, here)[0] and (not others or _same_values_in_order(atom, atoms, here)):
            return True
    return False


_ATTRIBUTIVE_NOUNS = 2   # nouns a value before them may qualify ("the £20 booking deposit")


def _attribute_stated(claim: str, atom: Atom, atoms: list[Atom], sentences: list[str], atoms_of) -> bool:
    """A value said as an attribute of a noun phrase ("after the 48-month Minimum Term") is bound
    to that phrase, whatever statement the rest of the claim is a version of: one sentence that
    states the value with the phrase's words ("The Minimum Term is 48 months") binds it there."""
    (_, hi), _ = _part_and_clause(claim, atom)
    return bool(_attributive_phrase(claim, atom, hi)) and stated_with_own_words(claim, atom, atoms, sentences, atoms_of)


def _attributive_phrase(claim: str, atom: Atom, hi: int) -> str:
    """The noun phrase a value qualifies after a determiner ("the £20 deposit is refunded", "the
    48-month Minimum Term"): its own
    words are the nouns after it, up to a verb, not what the clause goes on to say of the phrase
    (a sentence that says the deposit is £20 states it, one that says it is refunded the rest);
    "" where the value is no attribute."""
    before = tokens(claim[max(0, atom.start - 12):atom.start])
    if not before or normalize(before[-1].raw) not in DETERMINERS or claim[atom.start - 1:atom.start] != " ":
        return ""
    words = []
    for t in tokens(claim[atom.end:hi])[:_ATTRIBUTIVE_NOUNS]:
        # (a defined term is capitalised: "the 48-month Minimum Term")
        if normalize(t.raw) in AUXILIARIES or not content([t]) or not (t.raw.islower() or t.raw.istitle()):
            break
        words.append(t.raw)
    return " ".join(words)


def _same_values_in_order(atom: Atom, atoms: list[Atom], here: EvidenceText) -> bool:
    """The sentence's values are the claim's, said in the same order ("costs £60 rather than £45"
    of "now costs £60 for the weekend instead of £45": a value and the one it replaced, both
    restated); values the claim gives the other way round are read by `misbound`."""
    said = sorted((a for a in atoms if a.kind in NUMERIC_KINDS and a.kind not in DATE_KINDS), key=lambda a: a.start)
    found = [e for _, e in sorted(here.atoms, key=lambda p: p[1].start) if e.kind in NUMERIC_KINDS and e.kind not in DATE_KINDS]
    order = []
    for e in found:
        k = next((i for i, a in enumerate(said) if same_fact(a, e)), None)
        if k is None:
            return False
        order.append(k)
    return order == sorted(order) and len(set(order)) == len(order)


# Words of no content of their own beside a value: the prop-word, standing for a noun said before ("the
# 16 A one costs £60"), and the contrast markers that set a value against the one it replaced ("£60
# rather than £45", "instead of"): closed classes of English
_PROP_WORDS = frozenset(("one", "ones", "rather", "instead"))
# the words that join the terms of a sum ("£7,370 for buildings plus £769 for contents"), a closed class
_SUM_WORD = re.compile(r"\s(?:plus|minus)\s", re.IGNORECASE)


def _own_part(text: str, atom: Atom) -> str:
    """The piece of `text` that holds `atom`: its part (between commas, dashes, coordinating words)
    within its clause, the words the value is said with. A value in a parenthesis or in a
    non-restrictive relative clause is said of the noun before it ("the first theory evening, which
    is on 2 March"; "the first session (on 24 April) is …"): that part comes with it."""
    (lo, hi), (clause_lo, _) = _part_and_clause(text, atom)
    opening = text.rfind("(", lo, atom.start)
    if opening > text.rfind(")", lo, atom.start):
        close = text.find(")", atom.end, hi)
        return text[_noun_phrase_before(text, lo, opening):close + 1 if close >= 0 else hi]
    if lo > clause_lo and _RELATIVE_OPENING.match(text, lo):
        before = [span for span in _spans(text, _PART_BREAK, clause_lo, lo) if span[1] < lo]
        if before:
            return text[_noun_phrase_before(text, before[-1][0], before[-1][1]):hi]
    return text[lo:hi]


# a non-restrictive relative clause opens with a relative word (a closed class)
_RELATIVE_OPENING = re.compile(r"(?:which|who|whom|whose|where|when)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:%s)\b" % "|".join(sorted(DETERMINERS)), re.IGNORECASE)


def _noun_phrase_before(text: str, lo: int, hi: int) -> int:
    """Where the noun phrase that ends text[lo:hi] starts: at its last determiner ("cancel before
    the first theory evening" -> "the first theory evening"), else at `lo`."""
    starts = [m.start() for m in _DETERMINER.finditer(text, lo, hi)]
    return starts[-1] if starts else lo


def _part_and_clause(text: str, atom: Atom) -> tuple[tuple[int, int], tuple[int, int]]:
    """The spans of `atom`'s part and of its clause in `text` (the part is the clause when the
    clause has no breaks)."""
    clause = next(((lo, hi) for lo, hi in _spans(text, _CLAUSE_BREAK) if lo <= atom.start < hi), (0, len(text)))
    part = next(((lo, hi) for lo, hi in _spans(text, _PART_BREAK, *clause) if lo <= atom.start < hi), clause)
    return part, clause


def _bound_where_asked(claim: str, atom: Atom, asked: str, sentences: list[str], atoms_of) -> bool:
    """The one sentence that the claim read with its question is a version of states `atom`: the
    question names what the value of a claim that names nothing is of. A claim that names a thing
    says itself what its value is of ("the AUX strip runs for 30 minutes")."""
    if not asked or any(a.kind in NAME_KINDS for a in extract_atoms(claim)):
        return False
    tops = best_aligned(f"{asked} {claim}", sentences, least=3)
    return len(tops) == 1 and atom_supported(atom, EvidenceText.build([("aligned", tops[0])], atoms_of))[0]


# Where a sentence's statements part, for what a name is said with: its clauses (a semicolon, a
# sentence's end, a list item, a middle dot between a list's entries: "Production Manager Gwen
# Tarrant · Deputy Stage Manager Lottie Fenwick"; not a colon, which gives a heading its holder:
# "Seed: Marcus Feld, Seed Officer") and, inside one, its parts (a comma, a spaced dash, a coordinating word: "ahead of
# Dunmere (5.3 t/ha) and Halbrook (5.0 t/ha)"). A full stop after a title ("Dr.") ends nothing.
_CLAUSE_BREAK = re.compile(r";\s+|(?<![A-Z][a-z])[.!?]\s+|\s[-•·*]\s+|\n+")
_PART_BREAK = re.compile(r",\s+|\s[—–]\s+|\s(?:and|or|but|while|whereas)\s")


def _spans(text: str, breaks: re.Pattern, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The pieces of text[lo:hi] between the breaks, as (start, end) in the text."""
    hi = len(text) if hi is None else hi
    out, at = [], lo
    for m in breaks.finditer(text, lo, hi):
        out.append((at, m.start()))
        at = m.end()
    return out + [(at, hi)]


def _statement(text: str, atom: Atom, atoms: list[Atom], alike: Callable[[Atom], bool]) -> tuple[int, int] | None:
    """Where `text` says `atom` with atoms `alike` picks: its part, else its clause; None when
    neither holds one (no one statement says it with another of that kind)."""
    part, clause = _part_and_clause(text, atom)
    return next(((lo, hi) for lo, hi in (part, clause)
                 if any(a is not atom and lo <= a.start < hi and alike(a) for a in atoms)), None)


def _within(span: tuple[int, int] | None, atoms: list[Atom],
            alike: Callable[[Atom], bool] = lambda a: True) -> list[Atom]:
    return [a for a in atoms if span and span[0] <= a.start < span[1] and alike(a)]


def _part_of(a: Atom, b: Atom) -> bool:
    """Name `a` is words of name `b` ("Corvane" of "the Corvane Fast Charger"): no other one."""
    words = [set(x.key.split(":", 1)[-1].split()) for x in (a, b)]
    return a.kind in NAME_KINDS and b.kind in NAME_KINDS and words[0] <= words[1]


def _label_word(text: str, atom: Atom, atoms: list[Atom]) -> bool:
    """The word of a label whose number is its own atom ("Zone" of "Zone 3"): the number is the
    label's distinctive part, compared with the numbers of the same word ("Zone 1")."""
    return atom.kind == "entity" and text[atom.end:atom.end + 1] == " " \
        and any(b.kind == "number" and b.start == atom.end + 1 and re.fullmatch(r"\d{1,2}", b.text) for b in atoms)


@dataclass(frozen=True)
class Label:
    """A thing named by a noun and a short mark ("Band A", "Zone 3", "Phase II", "Route 7A"): the
    documents give each such thing attributes of its own, so the mark is what a claim binds."""

    noun: str   # the noun's last word, folded: "band"
    mark: str   # "a", "3", "ii", "7a"
    atom: Atom  # the whole name, its span in the text it was read from


# A capitalised noun and its mark: a capital letter or a roman numeral ("Band A", "Phase II"), a
# number of up to three digits, alone or with a letter ("Zone 3", "Route 7A"), or a letter with
# digits ("Room G14"); not a clock time, a decimal or a longer number ("Gate 14:00", "Dunmere 5.3").
_MARK = r"(?:[A-Z]|[IVX]{2,4}|\d{1,3}[A-Z]?|[A-Z]\d{1,3})(?![\w'’]|[:.,]\d)"
_LABEL_RE = re.compile(rf"\b([A-Z][a-z]+) ({_MARK})")
# ... and a common noun with a capital letter after it ("hepatitis A", "vitamin D", "plan B"): in
# running text a capital letter after a lower-case word is no article ("I" aside, a pronoun)
_LOWER_LABEL_RE = re.compile(r"\b([a-z]{3,}) ([A-HJ-Z])(?![\w'’&]|[:.,]\d)")
# the function words before a mark, capitalised or not ("In 2026", "If A", "with A"): no label's noun
_NO_LABEL_NOUN = STOP_CAPS | STOPWORDS


def is_label(noun: str, mark: str) -> bool:
    """`noun` `mark` is a labelled name's shape ("Tier A", "Phase II", "Zone 3", "hepatitis A"): the
    one reading of a label that the label check here and the choice reader (`keyfacts`) share."""
    return any(rx.fullmatch(f"{noun} {mark}") for rx in (_LABEL_RE, _LOWER_LABEL_RE)) \
        and fold(noun) not in _NO_LABEL_NOUN
# more marks of the same noun, listed after the first: "Category A and B", "Zones 2, 3 or 4"
_MORE_MARKS_RE = re.compile(rf"(?:,? (?:and|or) |, )({_MARK})")


def labels(text: str, atoms: list[Atom]) -> list[Label]:
    """The labelled names of a text ("Band A", "Zone 3 sites", "Phase II", "Gate 14"), one for each
    mark of a list ("Category A and B visits": A and B). Not a capitalised function word with what
    follows it ("In 2026", "If A"), a date ("March 5"), nor a name with a measure (`atoms`: a
    number read with a unit, "Dunmere 5 t/ha"; a counted noun, "Zone 3 sites", is no unit)."""
    out = []
    for m in sorted((*_LABEL_RE.finditer(text), *_LOWER_LABEL_RE.finditer(text)), key=lambda m: m.start()):
        if fold(m.group(1)) in _NO_LABEL_NOUN or any(a.start == m.start(2) and _with_unit(a) or a.kind in DATE_KINDS
                                                     and a.start < m.end() and m.start() < a.end for a in atoms):
            continue
        noun, marks, end = singular(fold(m.group(1))), [m.group(2)], m.end()
        while more := _MORE_MARKS_RE.match(text, end):
            marks.append(more.group(1))
            end = more.end()
        whole = Atom(kind="entity", text=text[m.start():end], key=f"entity:{fold(m.group())}", start=m.start(), end=end)
        out += [Label(noun, fold(mark), whole) for mark in marks]
    return out


def _with_unit(atom: Atom) -> bool:
    """A quantity in a unit of measure or a currency, not of a counted noun ("3 sites")."""
    return atom.kind == "quantity" and atom.unit is not None and not atom.unit.isalpha() \
        or atom.unit in CANONICAL_UNITS


def mislabelled(claim: str, atoms: list[Atom], sentence: str, stated: list[Atom], asked: str = "") -> list[tuple[Atom, Atom]]:
    """A labelled name of the claim where the sentence it is a version of names the same noun only
    with other marks: what the claim says, the documents say of another band, zone or arm ("cash
    withdrawals are allowed only in Band A" where the sentence says "only in Band C"). A claim that
    also names one of the sentence's marks of the noun contrasts them ("on Category A and B visits;
    on Category C visits they don't"), and a label the question names is left alone: the answer is
    about it whatever sentence it reads like. (the claim's label, the sentence's in its place)."""
    ours_all = labels(claim, atoms)
    if not ours_all:
        return []
    theirs = labels(sentence, stated)
    asked_marks = _asked_marks(asked) if asked else frozenset()
    out = []
    for ours in ours_all:
        same_noun = [t for t in theirs if t.noun == ours.noun]
        marks = {o.mark for o in ours_all if o.noun == ours.noun}
        if not same_noun or (ours.noun, ours.mark) in asked_marks or any(t.mark in marks for t in same_noun) \
                or any(ours.atom is o for o, _ in out):
            continue
        out.append((ours.atom, same_noun[0].atom))
    return out


def _dimension_after(text: str, atom: Atom) -> str | None:
    """The word right after a measure of length that says which dimension of a thing it is ("60 cm
    wide", "2 m high"): a value of that closed attribute (`alternatives.exclusive`), or None."""
    if atom.kind != "quantity" or dimension(atom.unit) != "length":
        return None
    m = _NEXT_WORD.match(text, atom.end)
    return m.group(1) if m and has_value(m.group(1)) else None


_NEXT_WORD = re.compile(r"[*_]*[^\S\n]+[*_]*([A-Za-z]+)\b")   # past emphasis: "**14 m** high"


# The term right after a price (`_PRICE_TERMS`): "£28 including postage" includes, "£95 plus VAT",
# "£40 excluding delivery" leave out; the thing is a bare noun, not an added charge ("plus a £20 fee")
_PRICE_TERM_RE = re.compile(rf"[^\S\n]*,?[^\S\n]*(?P<term>(?:{_PRICE_TERMS})(?![A-Za-z])|\+)[^\S\n]*"
                            r"(?P<noun>[A-Za-z][\w&'’-]*)", re.IGNORECASE)
# the price terms that leave the thing out (a closed class): "excluding", "excl.", "ex", "plus", "+",
# "are exclusive of", "do not include", "don't include"
_EXCLUSIVE_TERM_RE = re.compile(r"^(?:ex|plus|\+)|exclu|plus|\bnot\b|n't")


def _term_includes(term: str) -> bool:
    """A price term includes its thing ("including", "inc.", "prices include") rather than leaves
    it out (`_EXCLUSIVE_TERM_RE`)."""
    return not _EXCLUSIVE_TERM_RE.search(normalize(term))
# words after a price term that start an added charge or a count, not the thing included
_NO_TERM_NOUN = DETERMINERS | SMALL_NUMBERS.keys() | {"another", "extra"}
# a document's rule for all its prices: "All prices include VAT", "Our fees are exclusive of VAT"
_ALL_PRICES_RE = re.compile(r"\b(?:prices|fees|charges|rates|costs|amounts|figures)\b(?:[^.;:\n]{0,30}?\b"
                            r"(?P<term>include|includes|are\s+inclusive\s+of|are\s+including|exclude|excludes|"
                            r"are\s+exclusive\s+of|are\s+excluding|do\s+not\s+include|don't\s+include|are\s+plus)"
                            # or a heading's term in brackets: "Fees (excluding VAT):"
                            r"|\s*\((?P<bracketed>including|excluding|inclusive\s+of|exclusive\s+of|incl?\.?|excl?\.?|ex|plus)"
                            r"(?=\s+[A-Za-z][\w&'’-]*\))"
                            r")\s+(?P<noun>[A-Za-z][\w&'’-]*)(?(bracketed)\))", re.IGNORECASE)
# a claim's word for what its one price includes or leaves out, later in the claim ("£3.40 per
# payslip, and that figure already includes VAT", "VAT is included"): the term and the thing's word
_CLAIM_TERM_RE = re.compile(r"\b(?P<term>includes?|including|inclusive\s+of|excludes?|excluding|exclusive\s+of)\s+"
                            r"(?P<noun>[A-Za-z][\w&'’-]*)|\b(?P<noun2>[A-Z]{2,}|[a-z]+)\s+(?:is\s+|are\s+)?"
                            r"(?P<term2>included|excluded)\b")


def _price_term(text: str, atom: Atom) -> tuple[bool, str, int] | None:
    """What an amount of money is said to include (True) or leave out (False) right after it, the
    thing's word (folded, singular) and where the phrase ends; None where it says neither."""
    if atom.kind != "quantity" or amount_unit(atom.unit) not in CURRENCIES:
        return None
    m = _PRICE_TERM_RE.match(text, atom.end)
    if m is None or normalize(m.group("noun")) in _NO_TERM_NOUN:
        return None
    term = normalize(m.group("term"))
    return _term_includes(term), singular(normalize(m.group("noun"))), m.end()


def _claim_term(claim: str, atom: Atom) -> tuple[bool, str, int] | None:
    """What a claim's one amount of money includes or leaves out, said later in the claim, not
    right after the amount ("£3.40 per payslip, and that figure already includes VAT"): the first
    such term after it, as `_price_term` gives it, or None."""
    if atom.kind != "quantity" or amount_unit(atom.unit) not in CURRENCIES:
        return None
    m = _CLAIM_TERM_RE.search(claim, atom.end)
    if m is None:
        return None
    term, noun = (m.group("term"), m.group("noun")) if m.group("term") else (m.group("term2"), m.group("noun2"))
    if normalize(noun) in _NO_TERM_NOUN:
        return None
    return _term_includes(term), singular(normalize(noun)), m.end()


def _all_prices_terms(sentences: list[str]) -> dict[str, list[tuple[bool, str, str]]]:
    """The documents' rules for all their prices, by the thing's word, each whether it includes the
    thing, with its phrase and sentence: {"vat": [(True, "prices include VAT", …)]}."""
    out: dict[str, list[tuple[bool, str, str]]] = {}
    for sentence in sentences:
        for m in _ALL_PRICES_RE.finditer(sentence):
            inclusive = _term_includes(m.group("term") or m.group("bracketed"))
            out.setdefault(singular(normalize(m.group("noun"))), []).append((inclusive, m.group(0), sentence))
    return out


def price_term_turned(claim: str, atom: Atom, sentences: list[str], atoms_of) -> tuple[str, str, str] | None:
    """An amount said to include a thing that the documents say it leaves out, or the other way round
    ("£28 plus postage" where they say "£28 including postage"; "£95 plus VAT" where "All prices
    include VAT"): the claim's phrase, the documents' and their sentence, or None. A sentence that
    states the amount with the claim's own term, or rules for all prices both ways, leave it."""
    mine = _price_term(claim, atom) or _claim_term(claim, atom)
    if mine is None:
        return None
    inclusive, noun, end = mine
    found = None
    for sentence in sentences:
        for e in atoms_of(sentence):
            theirs = _price_term(sentence, e) if same_fact(atom, e) else None
            if theirs is None or theirs[1] != noun:
                continue
            if theirs[0] == inclusive:
                return None
            found = found or (sentence[e.start:theirs[2]], sentence)
    if found is None:
        rules = _all_prices_terms(sentences).get(noun, [])
        if rules and all(rule[0] != inclusive for rule in rules):
            found = rules[0][1:]
    return (claim[atom.start:end], *found) if found else None


def misdimensioned(claim: str, atom: Atom, sentences: list[str], atoms_of) -> tuple[Atom, str] | None:
    """A length claimed as one dimension of a thing ("each shelf is 60 cm deep") that the documents
    give only as another: every sentence that states the value says it right after it with a word of
    another dimension ("60 cm wide and 40 cm deep"). A value said with the claim's (or its synonym:
    "tall" for "high") or with none ("no taller than 60 cm", a table's "| 0.6 m |" under a heading)
    may be of the claim's dimension. Returns the documents' value of the claim's dimension where the
    sentence gives one, else the value itself, and that sentence; or None."""
    ours = _dimension_after(claim, atom)
    if ours is None:
        return None
    found = None
    for sentence in sentences:
        stated = atoms_of(sentence)
        for e in stated:
            if not same_fact(atom, e) or dimension(e.unit) != "length":
                continue   # a bare number ("under 14s") is no length of anything
            theirs = _dimension_after(sentence, e)
            if theirs is None or not exclusive(ours, theirs):
                return None   # said of the claim's dimension somewhere, or of none ("| 0.6 m |" under a heading)
            if found is None:
                rival = next((o for o in stated if (w := _dimension_after(sentence, o)) and not exclusive(ours, w)), e)
                found = (rival, sentence)
    return found


def misvalued(claim: str, atom: Atom, sentences: list[str], atoms_of) -> tuple[str, str, str] | None:
    """A value the claim says with one value of a closed attribute (`alternatives.exclusive`: "09:00
    to 13:00 on Sundays", "the rear rack takes 5 kg", "30 minutes after sunrise") that the documents
    give only with another: every clause of theirs that states the value names a value of that
    attribute, none the claim's ("Saturday appointments, from 09:00 to 13:00, ..."; "the front
    basket holds 5 kg"). A clause that names no value of it (or a span of them: "Monday to Friday")
    may be of the claim's. The claim's word must say which one of the thing its clause speaks of: a
    modifier before a noun ("Sunday appointments") or a noun after a preposition ("on Sundays", "in
    the evening"); not one denied ("no Sunday work"). (the claim's word, the documents' word, their
    sentence), or None."""
    if atom.kind not in NUMERIC_KINDS or atom.value is None or atom.label:
        return None   # (a label's number, "Lock 19", says which one, not how much)
    others = [a for a in atoms_of(claim) if a.kind in NUMERIC_KINDS and a.start != atom.start]
    words = _said_values(claim, atom, others)
    if not words:
        return None
    found = None
    for sentence in sentences:
        for e in atoms_of(sentence):
            if e.label or not any(same_fact(atom, x) for x in _ends(e)):
                continue
            # a bare number where the claim gives a unit ("| 1 h after sunrise |" read as "1") may be the
            # value, or any other: it shows the claim's attribute value, never another's
            bare = bool(atom.unit) and not e.unit
            lo, hi = next(((a, b) for a, b in _spans(sentence, _VALUE_CLAUSE_BREAK) if a <= e.start < b), (0, len(sentence)))
            part = sentence[lo:hi]
            theirs = [t.raw for t in tokens(part) if has_value(t.raw) and not e.start <= lo + t.start < e.end]
            if _VALUE_SPAN_RE.search(part):
                return None   # "Monday to Friday": a span may hold the claim's value
            for word in words:
                kin = [w for w in theirs if exclusive(word, w) or normalize(w) in (normalize(word), *same_value_words(word))]
                if any(not exclusive(word, w) for w in kin) or not kin and not bare:
                    return None   # said with the claim's value of the attribute, or with none
                if found is None and kin and not bare:
                    found = (word, kin[0], sentence)
    return found


# where a sentence's statements part for the words a value is said with: `_CLAUSE_BREAK`, but a line
# that goes on in lower case goes on with the sentence ("gate access on Sundays\nwill be 07:00–20:00")
_VALUE_CLAUSE_BREAK = re.compile(r";\s+|(?<![A-Z][a-z])[.!?]\s+|\s[-•·*]\s+|\n+(?![^\S\n]*[a-z])")
# two values of one attribute joined as a span ("Monday to Friday", "Tuesday–Thursday")
_VALUE_SPAN_RE = re.compile(rf"\b(?:{'|'.join(WEEK)})s?\s*(?:to|-|–|through|until|till)\s*(?:{'|'.join(WEEK)})", re.IGNORECASE)
# where a word of a closed attribute names when or where a thing is ("on Sundays", "in the evening",
# "30 minutes after sunset", "until Friday")
_SAYS_WHICH = frozenset("on in at during over every each per before after until till from by".split())


def _said_values(claim: str, atom: Atom, others: list[Atom]) -> list[str]:
    """The words of closed attributes that the claim's clause holding `atom` says its thing with (a
    modifier before a noun, or a noun after a preposition), not denied, not inside the value and
    with none of the claim's `others` values between them ("12 m², 3 m² more than the 9 m² of the
    medium run": "medium" goes with 9 m²)."""
    lo, hi = next(((a, b) for a, b in clause_spans(claim) if a <= atom.start < b), (0, len(claim)))
    toks = [t for t in tokens(claim) if lo <= t.start < hi]
    valued = [t.raw for t in toks if has_value(t.raw)]
    out = []
    for i, t in enumerate(toks):
        if not has_value(t.raw) or atom.start <= t.start < atom.end \
                or any(min(t.start, atom.start) < o.start < max(t.start, atom.start) for o in others):
            continue
        if any(exclusive(t.raw, w) for w in valued):
            continue   # two values of the attribute in one clause: a span or a comparison ("Sunday, as Saturday")
        if t.raw[:1].isupper() and t.start > lo and not capitalised_value(t.raw):
            continue   # a capital inside a clause makes it a name's word ("the Full Day package")
        before = [normalize(x.raw) for x in toks[max(0, i - 2):i] if normalize(x.raw) not in DETERMINERS]
        if any(w in NEGATORS for w in before):
            continue
        head = toks[i + 1] if i + 1 < len(toks) else None
        modifier = head is not None and head.start - t.end <= 1 and content([head]) and not has_value(head.raw) \
            and not head.raw[:1].isdigit() and head.stem not in PREPOSITIONS
        if modifier or before and before[-1] in _SAYS_WHICH:
            out.append(t.raw)
    return out


def dimension_unasked(claim: str, atom: Atom, question: str, reference: str, keys: list[Atom]) -> str | None:
    """The value the question asks for, a length, claimed as another dimension than the one the
    question names ("It's 12 metres wide" for "How long is the Gauntlet?", "at least 5 m wide" for
    "What is the minimum ceiling height?"): the question's dimension word, or None. Only the asked
    value (a key atom of the reference, which does not say it as the claim's dimension itself: "no
    taller than 45 cm, in a bed up to 60 cm deep") is read, and only where every dimension the
    question names is another: "12 m long and 3 m wide" gives the asked length and a true detail."""
    ours = _dimension_after(claim, atom)
    asked_keys = [k for k in keys if same_fact(atom, k)]
    if ours is None or not asked_keys or any(
            (theirs := _dimension_after(reference, k)) and not exclusive(ours, theirs) for k in asked_keys):
        return None
    asked = [m.group(1) or m.group(2) for m in _ASKED_DIMENSION_RE.finditer(question)]
    asked = [w for w in asked if exclusive(w, ours) or normalize(w) in (ours, *same_value_words(ours))]
    return asked[0] if asked and all(exclusive(w, ours) for w in asked) else None


# the dimension a question asks: its noun anywhere ("the minimum ceiling height"), its adjective after
# "how" ("how wide"); an adjective alone qualifies a thing ("Who must use the wide stile?")
_ASKED_DIMENSION_RE = re.compile(r"\b(width|breadth|depth|height|length|thickness)\b|\bhow\s+([a-z]+)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _asked_marks(asked: str) -> frozenset[tuple[str, str]]:
    """The labelled names of a question (`labels`) as (noun, mark), read once per question."""
    return frozenset((x.noun, x.mark) for x in labels(asked, extract_atoms(asked)))


# What a value is counted from: "within 30 days of purchase", "more than 50 km from the depot", after
# a length's possessive noun too ("21 days' credit from the sale date"), and past the emphasis that
# closes round the value ("due **30 days** from the invoice date"). The phrase runs to
# punctuation or to a word that starts another part of the clause.
_ANCHOR_RE = re.compile(r"[*_]*(?:['’][^\S\n]+[^\W\d_]+)?[^\S\n]+(?:of|from|after)[^\S\n]+(.{1,60}?)(?=[,;:.!?()|]|[^\S\n](?:and|or|but|for|if|when|"
                        r"unless|so|while|just|as|in|on|at|by|with|to|is|are|was|were)\b|$)")


# the stems of the nouns that name a point by its event (`lexicon.POINT_NOUNS`)
POINT_STEMS = frozenset(stem(w) for w in POINT_NOUNS)


# the rest of a claim's clause after a value, up to punctuation or a table cell's end
_CLAUSE_REST_RE = re.compile(r"[^,;:.!?()|]*")


def _point_phrase(text: str, atom: Atom) -> str:
    """What `atom` is counted from, as written right after it in `text` ("the date of issue"), "" when none."""
    m = _ANCHOR_RE.match(text, atom.end)
    return m.group(1) if m else ""


def _anchor(text: str, atom: Atom) -> list[Token]:
    """The content words of what `atom` is counted from, right after it in `text` ("of purchase"),
    without the noun that only makes an event a point ("the date of issue" counts from issue)."""
    return _point_words(_point_phrase(text, atom))


def _point_words(phrase: str) -> list[Token]:
    return [t for t in content(tokens(phrase)) if t.stem not in POINT_STEMS]


def misanchored(claim: str, atoms: list[Atom], sentence: str, stated: list[Atom],
                sentences: list[str]) -> list[tuple[Atom, Atom]]:
    """A value the sentence the claim is a version of counts from one point, claimed from another
    the documents count values from ("within 30 days of the appliance's delivery" where the sentence
    says "within 30 days of purchase", and "within 90 days of delivery" is another rule's). The
    claim's point shares no word with the sentence's, and holds the word another sentence counts a
    value from: a paraphrase of the sentence's point ("of buying the plan") is no point of
    the documents. A sentence that states the value more than once ("hoses reach 60 metres from
    the van, so we need a space within 60 metres of your door") counts it from each of its points:
    the claim's may be any of them. (the claim's value, the sentence's) for each."""
    out = []
    counted_from: set[str] | None = None   # the last word of each point other sentences count from
    for value in atoms:
        ours = _anchor(claim, value) if value.kind in NUMERIC_KINDS else []
        theres = [s for s in stated if same_fact(value, s)] if ours else []
        if not theres:
            continue
        # (the claim's words to its clause's end: "the date the fare was issued" is "the date of issue")
        words = {t.stem for t in ours} | {t.stem for t in content(tokens(_CLAUSE_REST_RE.match(claim, value.end).group()))}
        if any(_counts_from_ours(ours, words, _point_phrase(sentence, there)) for there in theres):
            continue
        there = theres[0]
        if counted_from is None:   # read once per claim, and only when a value is counted from elsewhere
            counted_from = set().union(*(heads for other, heads in _points_counted_from(tuple(sentences))
                                         if other != sentence))
        if words & counted_from:
            out.append((value, there))
    return out


def _counts_from_ours(ours: list[Token], words: set[str], point: str) -> bool:
    """The sentence's `point` for a value is no other point than the claim's: it has no words (a
    date or a value it runs from is the atoms' to compare), abbreviates to the claim's ("of PTO" is
    "of Paid Time Off (PTO)") or shares a word with the claim's `words`."""
    theirs = _point_words(point)
    return not theirs or point[:1].isdigit() or _abbreviates(ours, point) or bool(words & {t.stem for t in theirs})


def _abbreviates(ours: list[Token], point: str) -> bool:
    """A word of the claim's point is the acronym of the words of the sentence's `point` ("25 days of
    PTO" for "25 days of Paid Time Off (PTO)"): one point, written short."""
    words = [w for w in re.findall(r"[^\W\d_]+", point) if w[0].isupper()]
    initials = "".join(w[0] for w in words).lower()
    return bool(initials) and any(t.raw.isupper() and len(t.raw) > 1 and t.raw.lower() in initials for t in ours)


@lru_cache(maxsize=1024)
def _points_counted_from(sentences: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence with the last word of each point its values are counted from (`_anchor`),
    memoised: a claim reads all the documents' sentences, the same for every claim of an item."""
    return tuple((s, frozenset(head[-1].stem for a in extract_atoms(s) if a.kind in NUMERIC_KINDS
                               if (head := _anchor(s, a)))) for s in sentences)


def _kind_of(text: str, atom: Atom) -> Callable[[str, Atom], bool]:
    """Whether an atom (in the text it stands in) is of the kind of `atom` (in `text`): a name of
    any name (a person, a title, a place), a value one that could contradict it, or a bare number
    written with the same word after it (a unit the reader does not know: "5.6 t/ha", "5.3 t/ha")
    or before it (a label's: "Zone 1", "Zone 2")."""
    def alike(where: str, b: Atom) -> bool:
        if atom.kind in NAME_KINDS or b.kind in NAME_KINDS:
            return atom.kind == b.kind == "entity" or atom.kind == b.kind == "code" and comparable(atom, b)
        if comparable(atom, b) and comparable(b, atom):
            return True
        if not (atom.kind == b.kind == "number" and atom.unit is None and b.unit is None):
            return False
        return any(w and w == _neighbour(where, b, after)
                   for w, after in ((_neighbour(text, atom, True), True), (_neighbour(text, atom, False), False)))
    return alike


def _neighbour(text: str, atom: Atom, after: bool) -> str:
    """The word right after (or before) the atom, lower-cased; "" where punctuation stands between."""
    m = re.match(r"\s?([^\W\d_]+)", text[atom.end:]) if after else re.search(r"([^\W\d_]+)\s?$", text[:atom.start])
    return m.group(1).lower() if m else ""


def exchanged(claim: str, atoms: list[Atom], sentence: str, stated: list[Atom],
              named: list[Atom]) -> list[tuple[Atom, Atom, Atom]]:
    """What the claim says a name with (a value, another name) that the sentence it is a version of
    says with another name of the kind, one the answer also names (`named`), while it says the
    claim's name with another of the value's kind: an exchange between two names of one sentence
    or list, whatever they are ("Dunmere averaged 5.6 t/ha" where Ambermoor averaged 5.6 and
    Dunmere 5.3; "Dr Oduya is the Seed Officer" where the list gives "Dr Oduya, Senior Agronomist"
    and "Marcus Feld, Seed Officer"). Both names must be the sentence's: one it does not give may
    be what its pronoun stands for ("it is still called Line B"). Only atoms the sentence states
    once are read, and a label's word by its number. (the claim's name, the atom it says with it,
    the sentence's atom in its place) for each. A value whose own part says it with a pronoun and
    only its clause with another name ("on the Vela it is sealed, and Halden's manual ...") may be
    said with what the pronoun stands for: no exchange (`_pronoun_in_part`)."""
    atoms = [a for a in atoms if not _label_word(claim, a, atoms)]
    stated = [a for a in stated if not _label_word(sentence, a, stated)]

    def once(a: Atom) -> Atom | None:
        found = [s for s in stated if same_fact(a, s)]
        return found[0] if len(found) == 1 else None

    out: list[tuple[Atom, Atom, Atom]] = []
    for owner in atoms:
        theirs = once(owner)
        for value in atoms if theirs is not None else []:
            there = once(value) if value is not owner else None
            if there is None or there is theirs or any(value is v or value is o and owner is v for o, v, _ in out):
                continue
            like_value, like_owner = _kind_of(claim, value), _kind_of(claim, owner)
            ours = _within(_statement(claim, owner, atoms, lambda a: like_value(claim, a)), atoms)
            if not any(a is value for a in ours):
                continue
            # the sentence says the claim's name with another of the value's kind, not with the value
            own = _statement(sentence, theirs, stated, lambda a: like_value(sentence, a))
            rivals = _within(own, stated, lambda a: a is not theirs and like_value(sentence, a))
            if not rivals or any(a is there for a in rivals):
                continue
            # ... and the value with another of the name's kind, apart from the name (not "Plus and
            # Premier", a list of equals), which the answer names too
            said = _statement(sentence, there, stated, lambda a: like_owner(sentence, a))
            if said is None or said[0] <= theirs.start < said[1] or own[0] <= there.start < own[1]:
                continue
            if _pronoun_in_part(sentence, there, said):
                continue   # "on the Vela it is sealed": the value's own part says it with what "it" stands for
            beside = _within(own, stated)
            others = [a for a in _within(said, stated, lambda a: a is not there and like_owner(sentence, a))
                      if not any(same_fact(a, b) for b in beside) and not _part_of(a, owner)]
            if not any(same_fact(o, n) for o in others for n in named or atoms):
                continue
            if any(same_fact(r, a) for r in rivals + others for a in ours):
                continue   # the claim says the other name or the other value with them too
            out.append((owner, value, min(rivals, key=lambda r: abs(r.start - theirs.start))))
    return out


# a thing's pronouns (a closed class): what one stands for may be the claim's name
_THING_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)


def _pronoun_in_part(sentence: str, atom: Atom, said: tuple[int, int]) -> bool:
    """`atom`'s own part of the sentence says it with no name of the kind but with a pronoun, and
    only its clause (`said`) with another name: the pronoun is the one the part says it with."""
    part = _part_and_clause(sentence, atom)[0]
    return said != part and bool(_THING_PRONOUN.search(sentence, part[0], part[1]))


def _swapped_last(claim: str, numeric: list[Atom], sentence: str, stated: list[Atom]) -> tuple[Atom, Atom] | None:
    """The claim's last value and the sentence's, when the two state two values each other's way
    round: the words after the claim's last value (what it qualifies: "at early stem elongation")
    stand after the sentence's last value, which is another value of the claim ("40 kg N/ha at
    sowing, then a 20 kg N/ha topdress at early stem elongation" where the sentence says "20 kg N/ha
    at sowing and topdress 40 kg N/ha at early stem elongation"). Only words after the last value
    are bound to it: words between two values may qualify either."""
    last = max(numeric, key=lambda a: a.start)
    rivals = [e for e in stated if e.kind in NUMERIC_KINDS and comparable(last, e)]
    if not rivals:
        return None
    theirs = max(rivals, key=lambda e: e.start)
    if same_fact(last, theirs) or not any(same_fact(last, e) for e in rivals) \
            or not any(same_fact(a, theirs) for a in numeric if a is not last):
        return None
    ours_after = _words_after(claim, last.end)
    return (last, theirs) if ours_after & _words_after(sentence, theirs.end) else None


def _mispaired(numeric: list[Atom], stated: list[Atom]) -> tuple[Atom, Atom] | None:
    """A value of the claim said with another the sentence pairs with a third: the sentence gives
    values of two kinds in turn, each with its own ("1 mg/m³ as an 8-hour average and 2 mg/m³ as a
    15-minute limit"), and the claim says one of one pair with one of the other ("1 mg/m³, a
    15-minute limit"). Only where the claim gives one value of each kind, each the sentence states
    once. (The claim's value, the one the sentence pairs with its other value) or None."""
    values = [e for e in stated if e.kind in NUMERIC_KINDS and e.value is not None]
    for x, y in permutations(numeric, 2):
        if comparable(x, y) or any(comparable(a, x) for a in numeric if a is not x) \
                or any(comparable(a, y) for a in numeric if a is not y):
            continue
        row = [e for e in values if comparable(x, e) or comparable(y, e)]
        kinds = [comparable(x, e) for e in row]
        if len(row) < 4 or len(row) % 2 or any(a == b for a, b in zip(kinds, kinds[1:])):
            continue   # not two kinds in turn, each with its own
        pairs = [tuple(row[i:i + 2]) if kinds[i] else tuple(row[i:i + 2][::-1]) for i in range(0, len(row), 2)]
        at_x = [i for i, (a, _) in enumerate(pairs) if same_fact(x, a)]
        at_y = [i for i, (_, b) in enumerate(pairs) if same_fact(y, b)]
        if len(at_x) == 1 and len(at_y) == 1 and at_x != at_y:
            return y, pairs[at_x[0]][1]
    return None


def _words_after(text: str, at: int) -> set[str]:
    """The content words after `at` that the text does not also write before it."""
    return set(content_words(text[at:])) - set(content_words(text[:at])) - {w for w in content_words(text[at:])
                                                                            if w[:1].isdigit()}


def misdirected(claim: str, atoms: list[Atom], sentences: list[str], atoms_of,
                question: str = "", documents: list[str] = (), previous: str = "") -> list[tuple[Bound, Bound, str]]:
    """Values of a claim whose bound the evidence turns round: of the sentences that state the
    value, the one the claim is a version of (`meaning.best_aligned`, the value set aside:
    `_value_aside`; a claim too short to align,
    "At least 90 days.", is read with the question it answers) bounds it only the other way
    ("at least 6 items" where it says "up to 6 items"), in the clauses of it the claim aligns with
    best when it bounds the value in more than one; a claim too short to align that continues the
    one before it (opens with a coordinating word: "… for each component, | but never more than
    eight.") is read with that claim first; before the question, a sentence that says nothing but
    the value and its bound (`_says_no_more`) is the one it answers with, unless the claim's bound
    stands in a clause that sets another case or denies (`states_another_case`: "if it is more than
    £40, the owner approves it" speaks of the other side of the question's bound). (the claim's bound, the evidence's, that sentence) for each. A value with no bound on
    one side is no conflict: answers leave bounds out.
    Nor is a negated statement of the other side ("helmets are not needed from 16" for "under 16
    must wear one"), nor a bound that says where a state ends (`_ends_state`: "blocked until it
    drops below £10" for "blocked at £10 or more"), nor a value bounded the claim's way by the
    document sentence its own part is a version of (`_bounded_where_phrased`), nor a bound in a
    clause that sets another case on a value the claim bounds the other way after it (a threshold:
    "if that comes to more than £150 the charge stops at £150")."""
    out = []
    for atom in atoms:
        said = bound_of(claim, atom)
        if said is None or atom.hedge is not None or _bounded_where_phrased(claim, atom, said, documents, atoms_of):
            continue   # (a value hedged "just over" is near it, no range: "just over 21 stone" under "at most 136 kg")
        if states_another_case(claim, said.start, said.end) \
                and any(o.start > said.end and o.value == atom.value and o.unit == atom.unit
                        and (b := bound_of(claim, o)) is not None and b.direction != said.direction for o in atoms):
            continue   # a threshold: "if that comes to more than £150 the charge stops at £150"
        stated = _bounding(atom, sentences, atoms_of)
        bare = _value_aside(claim, atom)
        aligned = best_aligned(bare, list(stated)) \
            or (previous and COORDINATED_START.match(claim) and best_aligned(f"{previous} {bare}", list(stated))) \
            or ([] if states_another_case(claim, said.start, said.end) else
                [s for s, bounds in stated.items() if _says_no_more(s, bounds, f"{question} {claim}")]
                or best_aligned(f"{question} {bare}", list(stated)))
        # (a table's row that states the value with no bound says nothing of its bound: a cell's
        # "Crown reduction of 2 m" beside "limited to 2 m"; prose that states it unbounded may
        # frame it otherwise, "once 90 days have passed" beside "within 90 days")
        theirs = [(b, s) for s in aligned
                  for b in (_clause_bounds(atom, claim, s, _own_unit(atom, atoms_of(s))) if _cells(s) is None
                            else _table_bounds(atom, s, sentences, atoms_of))
                  if b is not None or _cells(s) is None]
        ends = _ends_state(claim, said.start, atoms)
        if theirs and all(b is not None and (b.direction != said.direction)
                          != (ends != _ends_state(s, b.start, atoms_of(s))) for b, s in theirs):
            bound, sentence = theirs[0]
            if turned_round(claim, atom, said, atoms, sentence, bound, atoms_of(sentence)):
                out.append((said, bound, sentence))
    return out


# words that set the case a clause speaks of (a closed class): "if it isn't back on within 12 hours"
_CASE_WORDS = frozenset("if unless once when whenever where provided providing".split())


def states_another_case(answer: str, at: int, end: int) -> bool:
    """The clause holding a bound (`at` to `end`) denies something or opens on a case ("If the supply isn't
    back on within 12 hours, compensation is due" for "more than 12 hours"): it speaks of the other
    side of the reference's bound, which it may state so; so does one whose bound stands in its
    subject. The bound's own words ("no more than") deny nothing."""
    lo, hi = next(((lo, hi) for lo, hi in clause_spans(answer) if lo <= at < hi), (0, len(answer)))
    rest = answer[lo:at] + " " + answer[end:hi]
    words = {normalize(t.raw) for t in tokens(rest)}
    # a case is set before the bound ("if it is more than £40"); one after it says when the bounded
    # thing happens ("after 6 weeks, once the dose has settled")
    opens = {normalize(t.raw) for t in tokens(answer[lo:at])}
    # a bound in the subject, before the clause's first auxiliary ("a session cancelled with less than
    # 48 hours' notice is charged in full"), says which things the clause speaks of
    after = tokens(answer[end:hi])
    aux = next((i for i, t in enumerate(after) if normalize(t.raw) in AUXILIARIES), None)
    # (not the bounded thing itself as the whole subject, opening the clause with its auxiliary right
    # after it: "More than 4 people may ride" states the limit; "Bookings of more than 10 people must
    # pay" speaks of those bookings)
    subject = not opens & (AUXILIARIES | {"be"}) and aux is not None and (aux > 0 or bool(content(tokens(answer[lo:at]))))
    return bool(words & NEGATORS or opens & _CASE_WORDS) or subject or bool(re.search(r"n['’]t\b", rest))


def turned_round(claim: str, atom: Atom, said: Bound, atoms: list[Atom], sentence: str, theirs: Bound,
                 stated: list[Atom]) -> bool:
    """The claim's bound on its value `atom` (`said`) goes the other way from the sentence's (`theirs`), read as
    `misdirected` reads them: a bound that says where a state ends ("until it drops below £10") is
    the state's complement, a denied statement ("not needed from 16") or one that shuts the
    bounded out ("closed to vehicles over 7.5 t") turns it back, and two
    clauses about two cases ("under 16 … ; from 16 …") are apart, no conflict."""
    ends = _ends_state(claim, said.start, atoms)
    return (said.direction != theirs.direction) != (ends != _ends_state(sentence, theirs.start, stated)) \
        and _denies(claim, atom.start, atoms) == _denies(sentence, theirs.start, stated) \
        and not cases_apart(claim, said.start, sentence, theirs.start)


# words that shut what they speak of out (a closed class): "closed to vehicles heavier than 7.5
# tonnes", "children under 5 are barred"
_SHUT_OUT = re.compile(r"\b(?:banned|barred|prohibited|forbidden|excluded|disallowed|ineligible|closed\s+to)\b",
                       re.IGNORECASE)


def _denies(text: str, at: int, atoms: list[Atom]) -> bool:
    """The clause around `at` denies what it bounds: a negation (`_negated`) or a word that shuts it
    out (`_SHUT_OUT`), not both: "closed to any vehicle heavier than 7.5 tonnes" bounds what is
    allowed as "7.5 tonnes at most" does."""
    start, end = next(((s, e) for s, e in clause_spans(text) if s <= at < e), (0, 0))
    return (_negated(text, at, atoms) != bool(_SHUT_OUT.search(text, start, end))) != _denied_by_lead_in(text, at)


# a sentence's end (a closed class of marks before a capital)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z(])")


def _denied_by_lead_in(text: str, at: int) -> bool:
    """The value at `at` stands in an item of a list whose lead-in denies ("You must not, and must
    not allow anyone to: (a) let anyone weighing more than 125 kg use it; (b) …":
    `meaning.lead_in_denies`), a list marker opening its first item and no sentence ending between
    the colon and `at` (the items may be parted by semicolons; "The dose does not need reducing: he
    meets none of …" is a sentence after a colon, no list)."""
    colon = text.rfind(":", 0, at)
    if colon < 0 or _SENTENCE_BREAK.search(text, colon, at) \
            or not LIST_ITEM_RE.match(text, _COLON_AND_SPACE.match(text, colon).end()):
        return False   # (a list's first item opens with its marker right after the colon)
    return lead_in_denies(text[:colon])


_COLON_AND_SPACE = re.compile(r":\s*")


def _says_no_more(sentence: str, bounds: list, text: str) -> bool:
    """Every content word of `sentence` outside its bounded values (`bounds`) is one of `text`'s
    (the question and the claim): a sentence of the value and its bound alone ("Up to 7 calendar
    days.", a reference) is about what the question asks, as the claim is."""
    spans = [(b.start, b.end) for b in bounds if b is not None]
    words = {t.stem for t in content(tokens(sentence))
             if not t.stem[:1].isdigit() and not any(a <= t.start < z for a, z in spans)}
    return bool(spans) and words <= stems(text)


def _bounded_where_phrased(claim: str, atom: Atom, said: Bound, sentences: list[str], atoms_of) -> bool:
    """The value's own part of the claim (`_own_part`: "it can be spread over up to 6 monthly
    instalments" of "… before departure. From September it can be spread over …") is a version of
    sentences that bound the value, all the claim's way: a second statement's bound, true where
    its own words are, though the sentence the whole claim is a version of bounds that value
    otherwise ("no later than 6 weeks"). Of the sentences that state the value, as for the whole
    claim: one about the same things that does not state it says nothing of its bound. One aligned
    sentence bounding it the other way keeps the conflict."""
    stating = _bounding(atom, sentences, atoms_of)
    found = [b for s in best_aligned(_value_aside(_own_part(claim, atom), atom), list(stating))
             for b in stating[s]]
    return bool(found) and all(b is not None and b.direction == said.direction for b in found)


def _bounding(atom: Atom, sentences: list[str], atoms_of) -> dict[str, list]:
    """The sentences that state `atom`'s value, each with the bounds it puts on it (`bounds_on`)."""
    return {s: found for s in sentences if (found := bounds_on(atom, s, _own_unit(atom, atoms_of(s))))}


def _value_aside(text: str, atom: Atom) -> str:
    """`text` (a claim or a piece of it) with the value `atom` blanked out, to align by what it
    says of the value and not by the value: alignment sets numbers aside, and a value in words
    with its unit ("within a year") is a number too, not the "year" of another sentence ("its
    last financial year")."""
    at = atom.start if text[atom.start:atom.end] == atom.text else text.find(atom.text)
    return text if at < 0 else text[:at] + " " * len(atom.text) + text[at + len(atom.text):]


# "until"/"till" open the clause that says when a state stops: its bound is the state's complement
# ("blocked until the balance drops below £10" is blocked at £10 or more). A closed class.
_UNTIL_RE = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)


def _ends_state(text: str, at: int, atoms: list[Atom]) -> bool:
    """The bound starting at `at` stands in an until-clause of its own: "until" before it in its
    clause, with no other value and no break between ("until 31 March: up to £800" bounds a date,
    not £800). An "until" that is the bound's own comparator ("until 14 April") starts at `at`."""
    start = next((s for s, e in clause_spans(text) if s <= at < e), 0)
    until = None
    for until in _UNTIL_RE.finditer(text, start, at):
        pass
    if until is None:
        return False
    between = text[until.end():at]
    return not re.search(r"[,;:()\n]", between) and not any(until.end() <= a.start < at for a in atoms)


def _own_unit(atom: Atom, atoms: list[Atom]) -> list[Atom]:
    """A sentence's atoms, less those in another unit when one has the value's own: "a maximum of
    3 months" states "3 months" where "Tier 3 memberships" only shares the number."""
    if not atom.unit or not any(a.unit == atom.unit for a in atoms):
        return atoms
    return [a for a in atoms if a.unit == atom.unit or a.value != atom.value]


def _clause_bounds(atom: Atom, claim: str, sentence: str, atoms: list[Atom]) -> list[Bound | None]:
    """The bounds a sentence puts on the value, read in those of its clauses that state it and
    share most words with the claim: "booked at least 14 days before departure; a booking made
    less than 14 days ahead must give a reason" bounds 14 days each way, one way in each clause."""
    found = [(n, b) for lo, hi, n in clause_overlaps(claim, sentence)
             if (b := bounds_on(atom, sentence, [a for a in atoms if lo <= a.start < hi]))]
    best = max((n for n, _ in found), default=0)
    return _nearest_bounds(claim, sentence, [bound for n, b in found if n == best for bound in b]
                           or bounds_on(atom, sentence, atoms), atoms, atom)


_COMMA_PIECE_RE = re.compile(r"[^,;]+")


def _nearest_bounds(claim: str, sentence: str, found: list[Bound | None], atoms: list[Atom],
                    atom: Atom) -> list[Bound | None]:
    """Of a clause that states the value twice, one bound and one not ("employed for at least two
    years when the application is made, or recruited in the last two years"), the statement the
    claim is about: the comma piece holding the value that shares most content words with the
    claim. Bounds that agree, or one statement, are kept as they are."""
    if len(found) < 2 or len({b.direction if b else None for b in found}) < 2:
        return found
    words = {t.stem for t in content(tokens(claim)) if not t.stem[:1].isdigit()}
    scored = []
    for m in _COMMA_PIECE_RE.finditer(sentence):
        bounds = bounds_on(atom, sentence, [a for a in atoms if m.start() <= a.start < m.end()])
        if bounds:
            shared = len(words & {t.stem for t in content(tokens(m.group()))})
            scored.append((shared, bounds))
    best = max((n for n, _ in scored), default=0)
    kept = [b for n, bounds in scored if n == best for b in bounds]
    return kept if best and sum(n == best for n, _ in scored) == 1 else found


def _negated(text: str, at: int, atoms: list[Atom]) -> bool:
    """Whether the clause of `text` around `at` denies something, its comparators, a leading
    condition and a contrast after `at` aside ("not before 6 pm" is a bound, not a denial; "if you
    are not satisfied, …" sets a case; "limited to 2 m, not the 3 m" bounds 2 m)."""
    start, end = next(((s, e) for s, e in clause_spans(text) if s <= at < e), (None, None))
    if start is None:
        return False
    if start + condition_end(text[start:end]) <= at:   # a value inside the condition keeps its negations
        start += condition_end(text[start:end])
    piece = text[start:end]
    spans = [(b.start, b.end) for a in atoms if (b := bound_of(text, a))]
    # (a contrast after the value, "limited to 2 m, not the 3 m", denies only what follows it)
    return any(not any(s <= start + neg.start < e for s, e in spans)
               and not (start + neg.start > at and _CONTRAST_NOT.search(piece[:neg.start]))
               for neg, _ in negations(tokens(piece)))


# "X, not Y": a negator set off after a comma or a dash
_CONTRAST_NOT = re.compile(r"(?:,|\s[—–-])\s*$")


@dataclass(frozen=True)
class _Clause:
    """A clause's names and the stems of its other content words (what it says of them)."""
    names: tuple[Atom, ...]
    words: frozenset[str]
    agents: tuple[Atom, ...] = ()   # its names that are a passive's agent ("designed by X")
    subjects: tuple[Atom, ...] = ()   # its names that open it or a relative clause ("X approves", "X, who approves")
    passive: bool = False   # its verb is a passive ("X is told"): its subject is done to, not doing
    acts: tuple[tuple[Atom, frozenset[str]], ...] = ()   # each doer with its predicate's words (`_doers`)


# Where a clause's coordinated predicates part: "designed by X and built by Y", "X reviews them,
# Y approves them" (a comma or a coordinator: a closed class).
_COORDINATORS = "and|but|while|whereas"
# the subordinators of time (a closed class)
_TIME_SUBORDINATORS = "once|after|when|whenever|before|until"
_COORDINATION_RE = re.compile(rf",\s+(?:(?:{_COORDINATORS})\s+)?|\s+(?:{_COORDINATORS})\s+")


# a part's end at a coordinator: what follows is a predicate of its own
_COORDINATED_RE = re.compile(rf",?\s*(?:{_COORDINATORS}|{_TIME_SUBORDINATORS})\s", re.I)
# A clause of time with a subject of its own ("X is informed | once Y has approved it"): a
# subordinator of time and at most a determiner before the name that opens it.
_TIME_CLAUSE_RE = re.compile(rf",?\s+({_TIME_SUBORDINATORS})\s+(?:(?:the|a|an|its|their|our|his|her)\s+)?", re.I)


def _pieces(text: str, lo: int, hi: int, names: list[Atom]) -> list[tuple[int, int]]:
    """A clause's coordinated parts that each hold a name: each name with the predicate coordinated
    with it ("designed by X | and built by Y"); a part with no name of its own stays with the one
    before it ("X reviews them, and approves them"). A coordinator inside a name ("Varley & Sons",
    "Smith and Jones") parts nothing, nor one between two names (a list: "Disclosure and Barring
    Service"), nor a comma before a name, which it puts in apposition ("built by a local firm,
    Varley & Sons")."""
    cuts = [m.start() + lo for m in _COORDINATION_RE.finditer(text[lo:hi])
            if not any(a.start <= m.start() + lo < a.end or a.start == m.end() + lo and m.group().startswith(",")
                       for a in names) and not _between_names(m.start() + lo, m.end() + lo, names)]
    cuts = sorted(cuts + [m.start() + lo for m in _TIME_CLAUSE_RE.finditer(text[lo:hi])
                          if any(a.start == m.end() + lo for a in names)])
    spans = list(zip([lo] + cuts, cuts + [hi]))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and not any(a <= n.start < b for n in names) or out and not any(out[-1][0] <= n.start < out[-1][1]
                                                                              for n in names):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _between_names(start: int, end: int, names: list[Atom]) -> bool:
    return any(a.end == start for a in names) and any(a.start == end for a in names)


# A name as the agent of a passive ("built by a local contractor, X"): "by" and at most four words
# of the name's noun phrase before it.
_AGENT_RE = re.compile(r"\bby\s+(?:[\w'’-]+,?\s+){0,4}$", re.I)
# ... or of a noun of the act before "from" ("written approval from X", "a permit from X"): not a
# particle of direction (a closed class: "taken over from X", "away from X" say where from, not
# who acts) nor a verb's form ("bought from X", "comes from X": `_a_verb`)
_FROM_AGENT_RE = re.compile(r"\b(?!(?:over|away|apart|back|out|off|down|up|aside|far|on|in)\b)"
                            r"([^\W\d_][\w-]*)\s+from\s+(?:the\s+)?$", re.I)


def _agent(before: str) -> bool:
    """A name is a passive's agent or the doer of a noun of the act (`_AGENT_RE`, `_FROM_AGENT_RE`),
    read from the words before it."""
    m = _AGENT_RE.search(before) or _FROM_AGENT_RE.search(before)
    return bool(m) and (not m.groups() or not _a_verb(m.group(1).lower()))


def _a_verb(word: str) -> bool:
    """A word in a verb's form: a participle, a third person's -s, or any form of an irregular verb."""
    return participle(word) or word.endswith("s") or word in IRREGULAR_VERBS or verb_of(word) != word


# A name set against the one that holds a part's role ("by X instead of Y", "X, not Y, approves",
# "to X rather than to Y"): the contrast markers are a closed class, with at most a preposition and
# a determiner between them and the name. The contrasted name is said not to hold the role.
_CONTRASTED_RE = re.compile(r"(?:\binstead\s+of|\brather\s+than|,\s*not|\bbut\s+not|\band\s+not)\s+"
                            r"(?:(?:by|to|from|with|for|of|on|at)\s+)?(?:(?:the|a|an|its|their|our|his|her)\s+)?$", re.I)


def _contrasted(text: str, lo: int, name: Atom) -> bool:
    """A name the part sets against another as the one that does not hold its role (`_CONTRASTED_RE`)."""
    return bool(_CONTRASTED_RE.search(text[lo:name.start]))


# A name as the subject of a relative clause after it ("the Master, who approves it"): the relative
# pronouns are a closed class.
_RELATIVE_RE = re.compile(r"\s*,?\s*(?:who|which|that)\b", re.I)


def _clauses_of(text: str, atoms: list[Atom], parts: bool = False) -> list[_Clause]:
    """The text's clauses (`meaning.clause_spans`), or with `parts` their coordinated parts that
    hold a name (`_pieces`), each with the names it holds and its other words; a name's own words,
    and numbers, are not what the clause says of it."""
    return list(_clauses_read(text, tuple(atoms), parts))


@lru_cache(maxsize=16384)
def _clauses_read(text: str, atoms: tuple[Atom, ...], parts: bool) -> tuple[_Clause, ...]:
    # memoised: each document sentence is read again for every claim that names someone
    names = [a for a in atoms if a.kind in NAME_KINDS]
    spans = clause_spans(text)
    out = []
    before = None   # the part before, and its clause's end
    for (lo, hi), end in [(piece, c[1]) for c in spans for piece in _pieces(text, *c, names)] if parts \
            else [(c, c[1]) for c in spans]:
        within = [a for a in names if lo <= a.start < hi]
        # a contrasted name is not one the part says its words of: neither held nor among its words
        held = tuple(a for a in within if not _contrasted(text, lo, a))
        words = frozenset(t.stem for t in content(tokens(text[lo:hi]))
                          if not t.stem[:1].isdigit()
                          and not any(a.start <= lo + t.start < a.end for a in within))
        # (a part that shares the subject of the one before it in its clause says its words too)
        shared = frozenset() if before is None or before[2] != end else _shared_subject(text, before[:2], lo, hi, names)
        words |= shared
        before = (lo, hi, end)
        agents = tuple(a for a in held if _agent(text[lo:a.start]))
        subjects = () if _described(text, lo, hi, held) else \
            tuple(a for a in held if _opens(text[lo:a.start], text[a.end:hi]) or _RELATIVE_RE.match(text, a.end))
        # a part cut off by a coordinator has its own verb ("X authorises them | and Y is informed")
        clause = _Clause(held, words, agents, subjects,
                         _passive(text[lo:hi] if _COORDINATED_RE.match(text, hi) else text[lo:end]))
        out.append(replace(clause, acts=tuple((a, (_predicate(text, lo, hi, a, a in agents) | shared) & words)
                                              for a in _doers(clause))))
    return tuple(out)


# A passive predicate coordinated with the one before it, with no subject or auxiliary of its own:
# "… are prepared by X | and approved by Y" (a coordinator, maybe an adverb, a past participle, "by").
_COORDINATED_PASSIVE_RE = re.compile(r",?\s*(?:and|or|but)\s+(?:(?:then|also|later|finally)\s+)?(?P<verb>\w+)\s+by\b",
                                     re.I)


def _shared_subject(text: str, before: tuple[int, int], lo: int, hi: int, names: list[Atom]) -> frozenset[str]:
    """The stems of the subject a passive part shares with the part before it: "Warranty claims for
    parts are prepared by X | and approved by Y" approves the warranty claims for parts too. Empty for
    any other part."""
    m = _COORDINATED_PASSIVE_RE.match(text, lo, hi)
    if m is None or not (m.group("verb").lower().endswith("ed") or irregular_past(m.group("verb").lower())):
        return frozenset()
    chain = _CHAIN_RE.search(text, before[0], before[1])
    if chain is None or not _BE_WORD_RE.search(chain.group(1)):
        return frozenset()
    subject = text[before[0]:chain.start()]
    return frozenset(t.stem for t in content(tokens(subject)) if not t.stem[:1].isdigit()
                     and not any(a.start <= before[0] + t.start < a.end for a in names))


def _predicate(text: str, lo: int, hi: int, doer: Atom, agent: bool) -> frozenset[str]:
    """The stems of what a part says its doer does: the words before a passive's agent ("approved
    by X"), those after a subject ("X, who approves it"), not the rest of its noun phrase before it
    ("organisations like X that seek access" says nothing of X's but seeking access)."""
    return _stems(text[lo:doer.start] if agent else text[doer.end:hi])


def _passive(text: str) -> bool:
    """The text's first verb chain is a passive ("is approved", "has then been told"), read to its
    clause's end: a subject set off by commas has its verb in the part after it."""
    m = _CHAIN_RE.search(text)
    return bool(m and _BE_WORD_RE.search(m.group(1)) and (m.group(2).lower().endswith("ed")
                                                           or irregular_past(m.group(2).lower())))


def _described(text: str, lo: int, hi: int, held: tuple[Atom, ...]) -> bool:
    """A part that only describes its first name, cut before the clause's predicate ("X, the
    vendor's cluster, | is run by Y"): it opens with the name and a comma, and a comma follows it."""
    return bool(held) and not content(tokens(text[lo:held[0].start])) \
        and text[held[0].end:hi].lstrip().startswith(",") and text[hi:].lstrip().startswith(",")


def _opens(before: str, after: str) -> bool:
    """A name opens its part (only words without content before it), or follows a phrase set off by
    a comma and goes on to its verb ("In its place, X will run it"; not "by Y and its secretary, X,
    the stoppage lasted", where X is set off in turn)."""
    before = _TIME_CLAUSE_RE.sub(" ", before, count=1) if _TIME_CLAUSE_RE.match(before) else before
    return not content(tokens(before)) or bool(_FRONTED_RE.search(before)) and not after.lstrip().startswith(",")


# A clause's first verb chain: its auxiliaries (a closed class), at most one adverb, and the word
# after them; a passive when one of them is a form of "be" and that word a participle.
_CHAIN_RE = re.compile(r"\b((?:(?:is|are|was|were|be|been|being|has|have|had|may|might|must|will|would|can|could|"
                       r"shall|should)\s+(?:\w+ly\s+|then\s+|only\s+|not\s+)?)+)(\w+)", re.I)
_BE_WORD_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\b", re.I)


# A phrase set off before a clause's subject ("In its place, the X"): a comma and at most a
# determiner (a closed class).
_FRONTED_RE = re.compile(r",\s*(?:the|a|an|its|their|our|his|her)?\s*$", re.I)


def _sentences_read(claim: str, sentences: list[str]) -> list[str]:
    """The sentences a claim is a version of, as the role rules read them: those aligned with the
    whole claim (`meaning.best_aligned`) and with each of its clauses."""
    return list(dict.fromkeys(best_aligned(claim, sentences, least=3)
                              + [s for lo, hi in clause_spans(claim) for s in best_aligned(claim[lo:hi], sentences)]))


def _clauses_naming(name: Atom, found: list[_Clause]) -> list[_Clause]:
    return [c for c in found if any(same_fact(name, a) for a in c.names)]


def _said_of(clauses: list[_Clause]) -> frozenset[str]:
    return frozenset(w for c in clauses for w in c.words)


def exchanged_roles(claim: str, atoms: list[Atom], sentences: list[str], atoms_of) -> list[tuple[Atom, Atom, str]]:
    """Two names the claim says in clauses of their own, each said with what the evidence says of
    the other: "X approves it; Y is informed" where the sentences the claim is a version of say "Y
    approves it" in one clause and "X is informed" in another. Clauses are compared by their
    words, not their order or voice ("Y approves" and "it is approved by Y" both put Y with
    "approve"; "Y is informed after X approves" is no exchange). Each name must stand in one clause
    of the claim; what the evidence says of it is the words of its clauses in the sentences read
    (those aligned with the claim and with each of its clauses, `meaning.best_aligned`), none of
    which may name the other. Each name's clause in the claim must share words the evidence says
    of the other name only, at least as many as of those it says of its own, and more on one side;
    or, two passive agents in coordinated parts of a clause (`_pieces`), one with the other's words
    alone (`_one_crossed`). A name said with a value a clause naming it states is not exchanged
    (`_value_kept`). (the claim's name, the other name, a sentence of the other name's clauses) for
    each pair."""
    ours = _clauses_of(claim, atoms)
    parts = _clauses_of(claim, atoms, parts=True)
    if len(parts) < 2:
        return []
    read = _sentences_read(claim, sentences)
    theirs = {s: _clauses_of(s, atoms_of(s)) for s in read}
    pool = [c for found in theirs.values() for c in found]
    out = []
    named = [(a, c) for c in ours for a in c.names if len(_clauses_naming(a, ours)) == 1]
    for (x, cx), (y, cy) in combinations(named, 2):
        ex, ey = _clauses_naming(x, pool), _clauses_naming(y, pool)
        if cx is cy or not ex or not ey or any(c is d for c in ex for d in ey):
            continue
        if _crossed(cx.words, cy.words, _said_of(ex), _said_of(ey)) \
                and not _value_kept(claim, x, atoms, read, atoms_of, same_fact):
            out.append((x, y, next(s for s, found in theirs.items() if ey[0] in found)))
    parted = {s: _clauses_of(s, atoms_of(s), parts=True) for s in read}
    named = [(a, c) for c in parts for a in c.agents]
    for (x, cx), (y, cy) in combinations(named, 2):
        if cx is not cy and not any(x is a or y is a for a, _, _ in out) \
                and (sentence := _one_crossed(cx, cy, x, y, parted)) is not None:
            out.append((x, y, sentence))
    return out


def _crossed(mine_x: frozenset[str], mine_y: frozenset[str], of_x: frozenset[str], of_y: frozenset[str]) -> bool:
    """The claim says x with words the documents say of y only, and y with words they say of x
    only: on each side at least one, and at least as many as those it keeps of its own, more on one
    side (what both are said with tells nothing apart). The one test of an exchange between two
    holders, names (`exchanged_roles`) or values (`exchanged_values`)."""
    crossed = (len(mine_x & (of_y - of_x)), len(mine_y & (of_x - of_y)))
    kept = (len(mine_x & (of_x - of_y)), len(mine_y & (of_y - of_x)))
    return all(c > 0 and c >= k for c, k in zip(crossed, kept)) and crossed != kept


def exchanged_values(claim: str, atoms: list[Atom], sentences: list[str], atoms_of) -> list[tuple[Atom, Atom, str]]:
    """Two values the claim says in parts of their own, each with the words a sentence of the
    documents says the other with: "The air ambulance assisted on 16 call-outs and the Coastguard
    helicopter on 9" where they say "The Coastguard helicopter assisted on 16 call-outs and the air
    ambulance on 9"; "guests must be off by 23:45, and taxis booked for midnight" where "guests must
    have left by midnight, so taxis should be booked for 23:45". What holds a value is the words of
    its part (`_part_and_clause`: between commas, dashes and coordinators), names or not (a thing
    the documents write in lower case, "the air ambulance", holds a value as a name does); the
    sentence must state both values once each, in parts of their own, and the claim's parts must
    cross (`_crossed`), or cross where the sentence's second part leaves its verb to the first
    (`_carried`); no sentence stating both may bind them as the claim does, nor keep a name of the
    claim with its own value. The two values are of one kind (`_alike`: not a length of time and a
    sum). A value the claim says twice, or in a part with a negation ("9, not 16"), is said against
    the other, and is left alone, as are years and dates (a part's time, not what it holds) and a
    number that marks a name ("Act Two"). (the claim's value, the sentence's value in its place,
    the sentence) for each pair."""
    held = _held_values(claim, atoms)
    elided = elided_unit_values(claim, atoms)
    out: list[tuple[Atom, Atom, str]] = []
    values: list[tuple[int, str, list[Atom]]] | None = None   # the sentences' values, read once for all pairs
    for x, y in combinations(held, 2):
        if same_fact(x, y) or not _alike(x, y, elided) or any(x is a or y is a for a, _, _ in out):
            continue
        mine = [_holding_words(claim, v) for v in (x, y)]
        if None in mine or mine[0] == mine[1]:
            continue
        # the words the claim says both values with tell them apart no more than the sentence's do
        ours = (mine[0][1] - mine[1][1], mine[1][1] - mine[0][1])
        crossed, kept = None, False
        if values is None:
            values = [(k, sentence, stated) for k, sentence in enumerate(sentences)
                      if (stated := [a for a in atoms_of(sentence) if a.kind in NUMERIC_KINDS and a.value is not None])]
        for k, sentence, stated in values:
            there = [[b for b in stated if _same_stated(v, b)] for v in (x, y)]
            if any(len(t) != 1 for t in there):
                continue
            header = _table_header(sentences, k)
            theirs = [_cell_words(sentence, t[0], header) if header else _holding_words(sentence, t[0]) for t in there]
            if None in theirs or theirs[0] == theirs[1]:
                continue
            of_x, of_y = theirs[0][1], theirs[1][1]
            # a name the claim keeps with its own value binds it as the sentence does ("Whitford
            # owned forty per cent ... held the other sixty" where "Whitford held the other 40 per cent")
            names = _named_stems(sentence) | _named_stems(claim)
            if _binds(*ours, of_y, of_x) or names & (ours[0] & (of_x - of_y) | ours[1] & (of_y - of_x)):
                kept = True   # a sentence says the two as the claim does ("the panel scored the Corsa 9 and the Vela 7")
            elif crossed is None and _binds(*ours, of_x, of_y):
                crossed = (x, there[1][0], sentence)
        if crossed is not None and not kept:
            out.append(crossed)
    return out


def _binds(mine_x: frozenset[str], mine_y: frozenset[str], of_x: frozenset[str], of_y: frozenset[str]) -> bool:
    """The claim's words for x and y cross the sentence's (`_crossed`), the sentence's second part
    leaving its predicate to the first (`_carried`) or not."""
    return _crossed(mine_x, mine_y, of_x, of_y) or _carried(mine_x, mine_y, of_x, of_y) \
        or _carried(mine_y, mine_x, of_y, of_x)


def _named_stems(text: str) -> frozenset[str]:
    """The stems of a text's capitalised words after its first: names."""
    return frozenset(t.stem for t in tokens(text)[1:] if t.raw[:1].isupper())


def misplaced_in_tables(claim: str, atoms: list[Atom], sentences: list[str], atoms_of) -> list[tuple[Atom, Atom, str]]:
    """A value a table of the documents gives in one cell, said with the words of another row or
    another column of that table, none of its own: "The Long Gallery can seat 100 guests for
    dinner" where the table's "Seated dinner" row gives the Long Gallery 60, and its 100 is in the
    "Standing reception" row. A row is named by its cells without numbers, a column by its heading
    (`_table_header`); the claim names another row (or column) when the part that says the value
    (`_holding_words`) holds words of that one alone and none of the value's own, and that row
    names the value's column too (or that column its row); not where another cell holding the value
    is the one the claim names (`_in_a_named_cell`). (the claim's value, the value the table gives in
    the cell the claim names, the row) for each."""
    out: list[tuple[Atom, Atom, str]] = []
    held = _held_values(claim, atoms)
    for v in held:
        mine = _holding_words(claim, v)
        if mine and any(w is not v and mine[0][0] <= w.start < mine[0][1] for w in held):
            continue   # a part that says two values ("£265 for the week against £145 for the hybrid"): whose words are whose is not told
        for k in _headed_rows(tuple(sentences)) if mine else ():
            row, header = sentences[k], _table_header(sentences, k)
            spans = _cells(row)
            cells = [a for a in atoms_of(row) if _same_stated(v, a)] if spans else []
            if len(cells) != 1:
                continue
            # the first column heads the rows: a value there is a row's name, no cell's
            j = next((j for j, (a, b) in enumerate(spans) if a <= cells[0].start < b), 0)
            if not j:
                continue
            rows = _table_rows(sentences, k)
            labels = [_row_label(r) for r in rows]
            own_row, own_col = _row_label(row), _words(header[j])
            heads = [_words(h) for h in header]
            words = mine[1]
            # another row: the claim says the value with its words and none of the value's row
            if not own_col or words & own_col:
                # the row's heading (its first cell) names it; a word of its other cells may be the claim's by
                # chance; the value's own words ("marks" of "21 marks") are its unit, no row's name (a column's
                # heading may be: "8 bedrooms" where 8 is in the "Sleeps" column)
                naming = words - _words(v.text)
                others = [r for r, lab in zip(rows, labels) if r != row and naming & (_row_head(r) - _row_head(row))
                          and not naming & (own_row - lab)]
                if len(others) == 1 and not _said_with(v, _row_head(others[0]) - _row_head(row), sentences, atoms_of, rows):
                    found = _cell_value(others[0], j, v, atoms_of)
                    if found is not None:
                        if not _in_a_named_cell(v, words, sentences, atoms_of):
                            out.append((v, found, others[0]))
                        break
            # another column (not the rows' headings): another heading's words and none of its own
            if own_col and words & own_row:
                others = [i for i, h in enumerate(heads) if i not in (0, j) and words & (h - own_col) and not words & (own_col - h)]
                if len(others) == 1 and not _said_with(v, heads[others[0]] - own_col, sentences, atoms_of, rows):
                    found = _cell_value(row, others[0], v, atoms_of)
                    if found is not None:
                        if not _in_a_named_cell(v, words, sentences, atoms_of):
                            out.append((v, found, row))
                        break
    return out


def _in_a_named_cell(v: Atom, words: frozenset[str], sentences: list[str], atoms_of) -> bool:
    """A cell of a table holds `v` whose row heading and column heading the claim's `words` both
    name: "A high-season week on a Heron costs £1,890" where the table gives £1,890 for a Heron's
    "High week" and for an Otter's "Mid week"."""
    for row, spans, heads, rows in _table_index(tuple(sentences)):
        for a in atoms_of(row):
            j = next((j for j, (x, y) in enumerate(spans) if x <= a.start < y), 0)
            if j and _same_stated(v, a) and _names_one(words, heads[j], heads[1:]) \
                    and _names_one(words, _row_head(row), rows):
                return True
    return False


@lru_cache(maxsize=64)
def _table_index(sentences: tuple[str, ...]) -> tuple[tuple[str, tuple, tuple[frozenset[str], ...], tuple[frozenset[str], ...]], ...]:
    """Each table row under a header (`_headed_rows`): the row, its cells' spans, the words of each
    column heading and of each row heading of its table; read once per set of documents."""
    out, listed = [], list(sentences)
    for k in _headed_rows(sentences):
        heads = tuple(_words(h) for h in _table_header(listed, k))
        out.append((sentences[k], _cells(sentences[k]) or (), heads, tuple(_row_head(r) for r in _table_rows(listed, k))))
    return tuple(out)


def _names_one(words: frozenset[str], own: frozenset[str], all_of: list[frozenset[str]]) -> bool:
    """`words` name the heading `own` and no other of `all_of` by a word of its own ("high season
    week" names "High week", not "Mid week")."""
    return bool(words & own) and not any(words & (h - own) for h in all_of if h != own)


def _said_with(v: Atom, words: frozenset[str], sentences: list[str], atoms_of, table: list[str] = ()) -> bool:
    """A sentence of the documents outside the table (`table`, its rows) states `v` with one of
    `words`: it binds the value where the claim does, whatever the table said before ("the first
    warning signal on Saturday is brought forward to 10:00", an amendment to the timetable's Saturday
    row, or a row of a later table of changes: "| Aster Lounge opening time | 05:30 | 04:30 |")."""
    return any((_cells(s) is None or s not in table) and words & _words(s) and any(_same_stated(v, a) for a in atoms_of(s))
               for s in sentences)


def exchanged_counts(claim: str, atoms: list[Atom], sentences: list[str], atoms_of) -> list[tuple[Atom, Atom, str]]:
    """A count said with the words a sentence of the documents counts with another number, where
    that sentence gives the claim's number to other words: "1 driving fault and 12 serious faults"
    where it says "12 driving faults and 1 serious fault", "6 standard doubles" where it says "30
    standard doubles and 6 superior kings". A count is matched by its number alone (its noun is often
    reworded: "400,000 GPUs" / "units"), so such an exchange within one sentence passes; the words
    that tell the two counts apart are the claim's count's own words (`_count_words`), its counted
    noun aside, that the sentence's count of the same number lacks ("minor" of "3 minor defects"),
    and the sentence must count them with another number
    (`_one_count` no). Left alone where any sentence counts the claim's number with all its words.
    (the claim's count, the sentence's count of its words, the sentence) for each."""
    counts = [a for a in _held_values(claim, atoms) if a.kind == "quantity" and is_counted_noun(a.unit)]
    if not counts:
        return []
    stated = [(s, [b for b in atoms_of(s) if b.kind == "quantity" and b.value is not None and is_counted_noun(b.unit)])
              for s in sentences]
    stated = [(s, found) for s, found in stated if len(found) > 1]
    out = []
    for a in counts:
        mine = _count_words(a)
        # (a modifier: the counted noun itself may be left to the number, "nine on Roof A and five on Roof B")
        noun = {t.stem for t in tokens(f"{a.unit or ''} {a.text.split()[-1]}")}
        if not mine or any(_one_count(a, b) and mine <= _count_words(b) for _, found in stated for b in found):
            continue
        for sentence, found in stated:
            same = [b for b in found if _one_count(a, b)]
            if len(same) != 1:
                continue
            apart = mine - _count_words(same[0]) - noun
            others = [b for b in found if not _one_count(a, b) and apart and apart <= _count_words(b)]
            if len(others) == 1:
                out.append((a, others[0], sentence))
                break
    return out


def _one_count(a: Atom, b: Atom) -> bool:
    """Two counts of one number (or one range), whatever they count."""
    return same_value(a.value, b.value) and same_value(high_end(a), high_end(b))


def _count_words(a: Atom) -> frozenset[str]:
    """The stems of a count's words after its number ("12 driving faults": drive, fault)."""
    return frozenset(t.stem for t in content(tokens(a.text))
                     if not t.stem[:1].isdigit() and not is_count_word(normalize(t.raw)))


# a word as the per rules read it (letters first, no digit), and with each mark between words kept
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LETTER_WORD_OR_MARK = re.compile(r"[^\W\d_][\w'’-]*|\S+")

# what lies between two values one denominator after them is said of: "£48 and £72 per hour", "2, 3 or 4"
_COORDINATED_VALUES = re.compile(r"\s*(?:,|and|or|to|-|–)?\s*(?:and|or)?\s*", re.IGNORECASE)


# the word that says a denominator is no word of it: "per outing" in the question does not say "per day"
_PER_WORD = frozenset({"per"})


def per_unsaid(claim: str, atoms: list[Atom], sentences: list[str], atoms_of,
               question: str) -> list[tuple[Atom, int, str, str]]:
    """A sum of money the documents state, said per a thing they never give it per: "£820 per night"
    where their table gives £820 for a short break, "£65 for every hour" for a call-out fee or for
    a hem's fixed price (`_given_per`). Not judged: one occasion ("each time") or one person
    ("per person": a price is often each person's, said or not), a denominator the question says.
    (the claim's value, where its denominator ends, the value as the documents give it, their
    sentence) for each."""
    asked = _words(question)
    out: list[tuple[Atom, int, str, str]] = []
    for v in atoms:
        if v.kind != "quantity" or v.value is None or amount_unit(v.unit) not in CURRENCIES:
            continue
        mine = [p for p in pers(claim, v, own=True, article=True) if (p.unit or p.stems) and not p.one_occasion
                and not p.one_person and not (_words(p.phrase) & asked) - _PER_WORD]
        # a unit said later in the sentence may be what the documents give it per ("£45 per
        # client, billed per hour")
        end = max((p.end for p in mine), default=0)
        if mine and (given := _given_per(v, mine + units_later(claim, end), sentences, atoms_of, follow=True)):
            out.append((v, end, *given[0]))
    return out


def _given_per(v: Atom, mine: list[Per], sentences: list[str], atoms_of, follow: bool) -> list[tuple[str, str]]:
    """Where the documents state sum `v` (in its unit) and none of them gives it per one of `mine`:
    the words each statement says it with (`_said_with_words`) name no period of theirs by any word
    for it and no word of their noun; the documents state no rate that is `v` in other units
    ("£9,000 per tonne" for "£9.00 per kg"); and, with `follow`, a sum it changed from is given per
    none of them either ("rises to £12, from £10" where £10 is per booking). (the value as shown,
    its sentence) for each statement; [] when one gives it per one."""
    amount = _sum_of(v)
    given: list[tuple[str, str]] = []
    replaced: list[Atom] = []
    # a denominator that counts its period ("per half hour") is given by the same length counted
    # otherwise ("per 30 minutes")
    lengths = [a for p in mine for a in atoms_of(p.phrase) if a.kind == "quantity" and dimension(a.unit) in ("clock", "calendar")]
    for k, sentence in enumerate(sentences):
        found = atoms_of(sentence)
        if per_unit(v.unit) and any(per_unit(b.unit) and same_fact(v, e) for b in found for e in _ends(b)):
            return []
        for i, b in enumerate(found):
            ends = _ends(b)
            if not b.unit or not any(_same_stated(amount, _sum_of(e)) for e in ends):
                continue
            text, lead, shown = _said_with_words(sentences, k, found, i)
            words = _LETTER_WORD.findall(text)
            units = {u for w in words if (u := period_word(w) or rate_unit(w))} \
                | ({d, rate_unit(d)} if (d := denominator(b.unit)) else set())
            # a table's lead-in that gives its values a length of one period ("Resident permits last
            # 12 months": a year)
            units |= {p.unit for p in mine if p.unit for a in atoms_of(lead)
                      if a.kind == "quantity" and a.value is not None and convert(a.value, a.unit, period_name(p.unit)) == 1}
            stems = _words(text) - _counted_together(text)
            if any(p.unit in units if p.unit else p.stems & stems for p in mine) \
                    or lengths and any(same_fact(n, a) for a in atoms_of(text) for n in lengths):
                return []
            given.append((shown, sentence))
            replaced += [a for a in found if a is not b and a.unit and amount_unit(a.unit) == amount.unit
                         and _CHANGED_FROM.search(sentence[:a.start])]
            if len(ends) == 2 and _same_stated(amount, _sum_of(ends[1])):
                replaced.append(ends[0])   # the sum it rose or fell from
    if follow and any(not _given_per(a, mine, sentences, atoms_of, follow=False) for a in replaced):
        return []
    return given


# words that count several of a noun at once (closed classes): "both greens together", "all seven
# junctions", "the two courts"
_SEVERAL = frozenset(("both", "all"))
# the currency signs written before a sum (not the codes: "GBP 195" is rare in a sentence)
_SYMBOLS = tuple(sign for sign in CURRENCY_SYMBOLS if not sign.isalpha())


def _counted_together(text: str) -> frozenset[str]:
    """The stems of the nouns `text` only ever counts several of ("£95 (all seven junctions)", "£198
    per cut (both greens together)"): a sum said with them is for all of those together, not per one
    of them, so "£95 per junction" is no way the text gives it."""
    toks = tokens(text)
    several: set[str] = set()
    single: set[str] = set()
    for i, t in enumerate(toks):
        # the count right before the noun, a space between, and itself no sum ("£195 (spring)")
        count = toks[i - 1] if i and text[toks[i - 1].end:t.start].isspace() else None
        word = normalize(count.raw) if count else ""
        number = cardinal(word) or word
        many = count is not None and (word in _SEVERAL or number.isdigit() and int(number) > 1
                                      and not is_year_like(word) and not text[:count.start].rstrip().endswith(_SYMBOLS))
        (several if many else single).add(t.stem)
    return frozenset(several - single)


# a sum a value changed from or replaces: "up from £25", "rises from £120 to £135", "a reduction
# from 25p", "to £1,310, not the £1,240 printed", "instead of £40"
_CHANGED_FROM = re.compile(r"\b(?:from|not|instead\s+of|rather\s+than|replacing)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)


def _with_per(sentence: str, a: Atom) -> int:
    """Where value `a` and what it is given per end ("£6 per session, or £4": after "session")."""
    return max([a.end] + [p.end for p in pers(sentence, a, own=True)])


def _ends(a: Atom) -> tuple[Atom, ...]:
    """The values an atom states: a change written "from X to Y" ("rises from £12 to £15 per
    square metre") states each end, the value before and the value after; any other atom itself."""
    return (end_of(a, False), end_of(a, True)) if a.from_to and a.high is not None else (a,)


def _sum_of(a: Atom) -> Atom:
    """The sum of money a rate gives ("£820 per night": £820); any other atom as it is."""
    return replace(a, unit=amount_unit(a.unit)) if a.unit and "/" in a.unit else a


def _said_with_words(sentences: list[str], k: int, found: list[Atom], i: int) -> tuple[str, str, str]:
    """The words value i of the atoms `found` in sentence k is said with, those of them that lead
    into its table, and the value as shown: in a table, its row's heading, its cell and the cells
    without a number, its column's heading and the lead-in (up to three sentences before the
    table); in a sentence, its words less what the other values are given per, but for those
    coordinated with it ("£48 and £72 per hour", "£6 per session, or £4": the denominator is both
    values'), and the line that leads into its list (`_list_lead_in`)."""
    sentence, b = sentences[k], found[i]
    header = _table_header(sentences, k)
    spans = _cells(sentence)
    if header is None or spans is None:
        lead = _list_lead_in(sentences, k)
        return " ".join((lead, _own_words(sentence, found, i, 0, len(sentence)))).strip(), lead, b.text
    j = next((j for j, (x, y) in enumerate(spans) if x <= b.start < y), 0)
    first, _ = _table_run(sentences, k)
    lead = " ".join(t for t in sentences[max(first - 3, 0):first] if _cells(t) is None)
    # (its own cell read as a sentence is: "£4,000 per condition; £7,500 per policy year" gives £7,500
    # per no condition)
    text = " ".join((header[j], lead, *(sentence[x:y] if c != j else _own_words(sentence, found, i, x, y)
                                        for c, (x, y) in enumerate(spans)
                                        if c in (0, j) or not re.search(r"\d", sentence[x:y]))))
    return text, lead, f"{b.text} ({header[j].strip()})"


# a list's item runs on to the next (";", ",", or no stop at all); its lead-in ends with a colon
_ITEM_RUNS_ON = re.compile(r"(?:[;,]|[^.!?:;,\s])[*_]*\s*$")
_LEADS_IN = re.compile(r":[*_]*\s*$")
# the most items read back to a lead-in
_LIST_ITEMS = 12


def _list_lead_in(sentences: list[str], k: int) -> str:
    """The line that leads into the list whose item is sentence k ("Guest charges per visit:" over
    "- children aged 2 to 11: £15;"): the item says what it says under it. Read back over the items
    before it, each running on to the next; "" for a sentence in no list."""
    for j in range(k - 1, max(k - 1 - _LIST_ITEMS, -1), -1):
        if _LEADS_IN.search(sentences[j]):
            return sentences[j]
        if not _ITEM_RUNS_ON.search(sentences[j]):
            return ""
    return ""


def _own_words(sentence: str, found: list[Atom], i: int, lo: int, hi: int) -> str:
    """The words of sentence[lo:hi] that value i of the atoms `found` is said with: all but what the
    other values there are given per and it is not, but for those coordinated with it ("£48 and £72 per hour", "£6
    per session, or £4": the denominator is both values')."""
    run = {i}
    for step in (1, -1):
        j = i
        while 0 <= j + step < len(found) and _COORDINATED_VALUES.fullmatch(
                sentence[_with_per(sentence, found[min(j, j + step)]):found[max(j, j + step)].start]):
            j += step
            run.add(j)
    # (only values are given per a thing: a name before a denominator, "… £150 for the Finch, per
    # incident", leaves it to the values)
    others = {w for j, a in enumerate(found) if j not in run and a.value is not None and lo <= a.start < hi
              for p in pers(sentence, a, own=True) for w in _LETTER_WORD.findall(p.phrase)}
    # (but what it is given per itself: "8.4p per kWh, except 12.6p per kWh")
    others -= {w for p in pers(sentence, found[i], own=True) for w in _LETTER_WORD.findall(p.phrase)}
    return " ".join(w for w in _LETTER_WORD_OR_MARK.findall(sentence[lo:hi]) if w not in others)


def _held_values(claim: str, atoms: list[Atom]) -> list[Atom]:
    """The claim's values a holder may be said with: each said once, no year, date or quarter (a
    part's time, not what it holds), no number that marks a name (`_mark_of_a_name`) and none of a
    version's or a code's dotted parts ("3.9.x")."""
    return [a for a in atoms if a.kind in NUMERIC_KINDS and a.kind not in ("year", "date", "quarter")
            and a.value is not None and sum(same_fact(a, b) for b in atoms) == 1 and not _mark_of_a_name(claim, a)
            and not re.match(r"\.\w", claim[a.end:]) and not re.search(r"\w\.$", claim[:a.start])]


def _alike(x: Atom, y: Atom, elided: list[tuple[float, str]]) -> bool:
    """Two values of one kind, which one holder may have where the other has the other: in units
    that compare, or a bare count with a counted noun ("16 call-outs ... on 9") or with the unit the
    claim leaves to it (`numbers.elided_unit_values`); not a length of time and a sum of money, nor
    a bare number and a measure ("4.0" and "64 MB")."""
    if x.unit and y.unit:
        return comparable(x, y)
    if x.unit or y.unit:
        counted, bare = (x, y) if x.unit else (y, x)
        return not is_measure(counted.unit) and counted.unit not in CURRENCIES or (bare.value, counted.unit) in elided
    return x.kind == y.kind


def _same_stated(v: Atom, b: Atom) -> bool:
    """`b` states the value `v`, in its unit where both give one ("four bottles" is not "four weeks")."""
    return b.value is not None and same_fact(v, b) and not (v.unit and b.unit and not comparable(v, b))


def _words(text: str) -> frozenset[str]:
    """The stems of a text's content words (`_stems`), numbers aside."""
    return frozenset(w for w in _stems(text) if not w[:1].isdigit())


def _row_head(row: str) -> frozenset[str]:
    """The words of a table row's first cell, its heading ("Seated dinner")."""
    cells = _cells(row) or []
    return _words(row[cells[0][0]:cells[0][1]]) if cells else frozenset()


def _row_label(row: str) -> frozenset[str]:
    """What names a table row: the words of its first cell ("read_csv, 1 GB file: peak memory") and
    of its cells that hold no digit ("Seated dinner")."""
    cells = _cells(row) or []
    return frozenset().union(*(_words(row[a:b]) for k, (a, b) in enumerate(cells) if not k or not re.search(r"\d", row[a:b])))


def _table_rows(sentences: list[str], k: int) -> list[str]:
    """The rows of the table that row k is in, its header aside."""
    first, last = _table_run(sentences, k)
    return sentences[first + 1:last + 1]


def _table_run(sentences: list[str], k: int) -> tuple[int, int]:
    """The first and last sentence of the run of table rows that sentence k is in (a table, as the
    documents' sentences give one: a row a sentence)."""
    first, last = k, k
    while first > 0 and _cells(sentences[first - 1]) is not None:
        first -= 1
    while last + 1 < len(sentences) and _cells(sentences[last + 1]) is not None:
        last += 1
    return first, last


def _cell_value(row: str, j: int, v: Atom, atoms_of) -> Atom | None:
    """The one value of the kind of `v` (another one) in cell j of the row; None where it has none."""
    spans = _cells(row) or []
    if j >= len(spans):
        return None
    a, b = spans[j]
    found = [x for x in atoms_of(row) if a <= x.start < b and x.value is not None
             and (x.kind == v.kind or {x.kind, v.kind} <= {"number", "quantity"}) and _alike(v, x, [])]
    return found[0] if len(found) == 1 and not same_fact(v, found[0]) else None


# a whole number after a capitalised word, in digits or words ("Act Two", "Arm 2", "Shard 7")
_NAME_MARK_RE = re.compile(r"[A-Z][a-z]+\W{0,2} $")


def _mark_of_a_name(text: str, atom: Atom) -> bool:
    """A whole number that marks the name before it ("**Act Two**", "Arm 2", "the Zone 3 sowing
    window", read with a counted noun): part of a name, no value a holder is said with ("Kelby Marsh
    3.6", a decimal, is one; so is a measure, "Dunmere 5 t/ha")."""
    return atom.kind in ("number", "quantity") and not is_measure(atom.unit) and atom.unit not in CURRENCIES \
        and re.match(r"(?:\d{1,3}|[A-Za-z]+)(?![\d.,])", atom.text) is not None \
        and _NAME_MARK_RE.search(text[max(0, atom.start - 40):atom.start].lstrip("*_")) is not None


def _carried(mine_x: frozenset[str], mine_y: frozenset[str], of_x: frozenset[str], of_y: frozenset[str]) -> bool:
    """An exchange of two values where the sentence says the second with its holder alone and leaves
    the rest to the first part ("The Coastguard helicopter assisted on 16 call-outs and the air
    ambulance on 9": "assisted", "call-outs" are the first part's words, but both values'): the
    claim says x with all the words the sentence says y with alone, and y with words it says x
    with alone and none of y's own."""
    only_y = of_y - of_x
    return bool(only_y) and only_y <= mine_x and bool(mine_y & (of_x - of_y)) and not mine_y & only_y


@lru_cache(maxsize=65536)
def _cells(sentence: str) -> tuple[tuple[int, int], ...] | None:
    """The spans of a markdown table row's cells ("| Seated dinner | 140 | 60 |"); None for a
    sentence that is no row. Memoised: every value of every claim looks along the same rows."""
    text = sentence.rstrip()
    if not (text.startswith("|") and text.endswith("|") and len(text) > 1):
        return None
    bars = [m.start() for m in re.finditer(r"\|", text)]
    return tuple((a + 1, b) for a, b in zip(bars, bars[1:]))


@lru_cache(maxsize=256)
def _headed_rows(sentences: tuple[str, ...]) -> tuple[int, ...]:
    """Where the sentences are table rows under a header (`_table_header`), read once per set of
    documents: the rows a value is looked for in, not every sentence for every value of every claim."""
    return tuple(k for k in range(len(sentences)) if _table_header(sentences, k))


def _table_header(sentences: list[str], k: int) -> list[str] | None:
    """The header row's cells of the table whose row sentence k is (the row that opens its run of
    rows, as the documents' sentences give a table: a row a sentence), when sentence k is a row
    after it with as many cells; else None."""
    cells = _cells(sentences[k])
    if cells is None or k == 0:
        return None
    first, _ = _table_run(sentences, k)
    head = sentences[first]
    spans = _cells(head)
    if first == k or spans is None or len(spans) != len(cells):
        return None
    return [head[a:b] for a, b in spans]


# a Markdown table's separator row ("|---|:--:|"), after the header row
_SEPARATOR_RE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")


def _headings(sentence: str, at: int, sentences: list[str]) -> tuple[tuple[int, int], list[str]] | None:
    """The cell of a table at `at` (its span in `sentence`) and the headings over it: its column's
    heading and its row's label (the row's first cell, for a value in another cell). A sentence is
    one row under the header row that opens its run of rows (`_table_header`), or a whole table
    whose lines a passage joined ("| Animal | Must be given at least | |---|---| | Dog | 14 days |":
    the header, the separator, then rows of as many cells, each after the one empty piece the
    joined line break leaves). None where `at` is in no cell under a header."""
    sep = _SEPARATOR_RE.search(sentence)
    if sep is not None:
        head = _cells(sentence[:sep.start()].rstrip())
        if head is None:
            return None
        bars = [m.start() for m in re.finditer(r"\|", sentence) if m.start() >= sep.end() - 1]
        body = list(zip(bars, bars[1:]))[1:]   # each line break joined leaves one empty piece
        n = len(head)
        for i, (a, b) in enumerate(body):
            row, col = divmod(i, n + 1)
            if col < n and a < at < b:
                label = body[row * (n + 1)]
                return (a + 1, b), [sentence[x:y] for x, y in head[col:col + 1]] + \
                    ([sentence[label[0] + 1:label[1]]] if col else [])
        return None
    if sentence not in sentences:
        return None
    k = sentences.index(sentence)
    header, cells = _table_header(sentences, k), _cells(sentence)
    j = next((j for j, (a, b) in enumerate(cells or ()) if a <= at < b), None)
    if header is None or j is None:
        return None
    return cells[j], [header[j]] + ([sentence[cells[0][0]:cells[0][1]]] if j else [])


def _table_bounds(atom: Atom, sentence: str, sentences: list[str], atoms_of) -> list[Bound | None]:
    """The bounds a table sentence puts on each cell value that states `atom`'s: its own
    (`bounds_on`: "up to 6"), else the one its column's heading or its row's label names
    (`bounds.heading_bound`: "Must be given at least" over "14 days before arrival", "Maximum
    sustained wind" beside "10 m/s")."""
    out: list[Bound | None] = []
    for a in _own_unit(atom, atoms_of(sentence)):
        if not (same_fact(atom, a) or same_fact(a, atom)):
            continue
        bound = bound_of(sentence, a)
        found = _headings(sentence, a.start, sentences) if bound is None else None
        if found is not None:
            (lo, hi), heads = found
            cell = replace(a, start=a.start - lo, end=a.end - lo)
            way = next((d for h in heads if (d := heading_bound(h, sentence[lo:hi], cell))), None)
            bound = Bound(way, a.start, a.end) if way else None
        out.append(bound)
    return out


def _cell_words(row: str, value: Atom, header: list[str]) -> tuple[tuple[int, int], frozenset[str]] | None:
    """What a table binds a value of one of its rows to: the words of the row's heading, its first
    cell ("Seated dinner"), and of its column's heading ("The Orangery"), numbers aside."""
    spans = _cells(row) or []
    j = next((j for j, (a, b) in enumerate(spans) if a <= value.start < b), None)
    if j is None:
        return None
    return spans[j], _row_head(row) | _words(header[j])


def _holding_words(text: str, value: Atom) -> tuple[tuple[int, int], frozenset[str]] | None:
    """The span of the part of `text` that says `value` (`_part_and_clause`; a bracket opened before
    the value and not closed opens its part: "did not differ between the sites (Kelby Marsh 3.8
    eggs"), with its content words' stems (numbers aside); None when a negation governs the value
    ("9, not 16")."""
    (lo, hi), _ = _part_and_clause(text, value)
    opening = text.rfind("(", lo, value.start)
    if opening > text.rfind(")", lo, value.start):
        lo = opening + 1
    toks = tokens(text[lo:hi])
    at = [i for i, t in enumerate(toks) if value.start <= lo + t.start < value.end]
    if set(at) & negated_starts(toks):
        return None
    return (lo, hi), _words(text[lo:hi])


# The words a claim's part must share with a document part for both to state one act ("runs the
# launch" / "will run a launch"): a verb with its object, or two words of one; a preposition
# (`meaning`'s closed class) is neither ("booked through X" and "book it through Y" share no object).
_ACT_WORDS = 2


def misassigned_acts(claim: str, atoms: list[Atom], sentences: list[str], atoms_of,
                     vocab: Vocabulary | None = None) -> list[tuple[Atom, Atom, str]]:
    """A name the claim gives an act that the sentences it is a version of give another name only:
    "HSF runs the launch" where they say "Skarra Boat Company will run a launch", "the Master, who
    approves it" where "the Port Office approves it". One name at a time, by the claim's parts
    (`_pieces`), each name as its doer (`_doers`: subject, a relative clause's subject or a
    passive's agent, any voice) with its act (`_predicate`): the doers' acts of the sentences read
    (as `exchanged_roles` reads them) that share most of its words, at least `_ACT_WORDS`, must
    each be another's (a part with no doer gives its act to no one), in parts that name none of the
    claim part's names. Another form of a name is the same one (`_one_named`); a
    part that gives the act to two names jointly names the claim's too; a pronoun or a post the
    documents never name ("she", "the manager") is no name and is not read. (the claim's name, the
    other name, the other's sentence) for each part. Words are counted with a hyphenated compound
    as one (`_words_shared`), and a name said with a value a clause naming it states keeps its act
    (`_value_kept`). An act of fewer than `_ACT_WORDS` words ("authorises", "is informed") tells
    too little alone: it is another's only where that name's own act in the claim is given back to
    the first, the two exchanged ("X authorises them and Y is informed" for "authorised by Y; X
    will be informed")."""
    read = _sentences_read(claim, sentences)
    pool = [(c, s) for s in read for c in _with_bare_names(_clauses_of(s, _named(s, atoms_of(s)), parts=True))]
    # the claim's own bindings, and the documents' (a bare post too: the act of "Tom" where they say
    # "**Tom Ellery**, Swarm Coordinator" is the Swarm Coordinator's)
    held = tuple((h.post, h.person) for h in post_holders(claim)) + _full_names(tuple(sentences), atoms_of) \
        + tuple((h.post, h.person) for h, _ in held_posts(tuple(sentences)))
    # a compound never takes in the space between the claim and a sentence: each read on its own
    mine = _compounds(claim)
    compounds = {s: [*mine, *_compounds(s)] for s in read}
    given = []   # (claim's name, other name, other's sentence, words shared) for each part
    for part in _clauses_of(claim, _named(claim, atoms), parts=True):
        for doer, act in part.acts[:1] if pool else ():
            # each part of the sentences read by its doers' acts; a part with none gives its act to no one
            shared = [(_words_shared(act & (theirs if who else c.words) - PREPOSITIONS, compounds[s]),
                       who, c, s) for c, s in pool for who, theirs in c.acts or ((None, c.words),)]
            most = max(n for n, _, _, _ in shared)
            best = [(who, c, s) for n, who, c, s in shared if n == most]
            if most and all(who is not None and _same_voice(part, c) and not any(
                    _one_named(a, b, vocab, held) for a in part.names for b in c.names) for who, c, _ in best):
                given.append((doer, best[0][0], best[0][2], most))
    # an act of fewer words ("authorises", "is informed") is another's only when that name's act in
    # the claim is given back to the first: the two exchanged
    return [(doer, other, s) for doer, other, s, most in given
            if (most >= _ACT_WORDS or any(y is not doer and _one_named(other, y, vocab, held)
                                          and _one_named(back, doer, vocab, held) for y, back, _, _ in given))
            and not _value_kept(claim, doer, atoms, read, atoms_of, lambda a, b: _one_named(a, b, vocab, held))]


# a word joined by hyphens to others: "chef-patron", "follow-up", "52-cover"
_COMPOUND_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)+")


@lru_cache(maxsize=65536)
def _compounds(text: str) -> tuple[frozenset[str], ...]:
    """The stems of each hyphenated compound of `text` that has two or more (memoised: the
    documents' sentences are read for every claim)."""
    return tuple(f for m in _COMPOUND_RE.finditer(text) if len(f := _stems(m.group())) > 1)


def _words_shared(shared: set[str], compounds: list[frozenset[str]]) -> int:
    """How many words two parts share, a hyphenated compound being one word: shared whole it counts
    once ("chef-patron" is not a verb and its object), in part not at all ("follow-up" is not
    "the following year")."""
    whole = [f for f in compounds if f <= shared]
    cut = set().union(*compounds) - set().union(*whole)
    return len(shared - cut) - sum(len(f) - 1 for f in set(whole))


def _value_kept(claim: str, name: Atom, atoms: list[Atom], sentences: list[str], atoms_of,
                same: Callable[[Atom, Atom], bool]) -> bool:
    """The claim's part that says `name` gives it a value that a clause of the sentences naming it
    (`same`) states too: what a name is bound to is its role, whatever verb says it ("Halden
    guarantees it for three years" where "Brava guarantees the Corsa for two years; Halden gives
    the Vela three"). A bare count ending such a clause counts in the unit a parallel clause of its
    sentence gives (`numbers.final_count`)."""
    lo, hi = _part_and_clause(claim, name)[0]
    values = [a for a in atoms if lo <= a.start < hi and a.kind in NUMERIC_KINDS and a.value is not None]
    for sentence in sentences if values else ():
        stated = atoms_of(sentence)
        for clo, chi in _spans(sentence, _CLAUSE_BREAK):
            if not any(clo <= b.start < chi and b.kind in NAME_KINDS and same(name, b) for b in stated):
                continue
            here = [b for b in stated if clo <= b.start < chi]
            count = final_count(sentence[clo:chi])
            for v in values:
                if any(b.value == v.value and b.unit == v.unit for b in here) or count is not None \
                        and float(count) == v.value and v.unit and any(
                            b.unit == v.unit and not clo <= b.start < chi for b in stated):
                    return True
    return False


def _named(text: str, atoms: list[Atom]) -> list[Atom]:
    """The atoms less an everyday word capitalised only because it opens the sentence ("Applicants
    must secure match funding": no one's name), labelled names ("Arm 2", "Day 29": `mislabelled`
    reads those; they name things, not who acts) and a tax a price's terms name ("£65 plus VAT,
    which covers an hour": `numbers.in_price_terms`)."""
    marked = [lab.atom for lab in labels(text, atoms)]
    return [a for a in atoms if not (a.kind in NAME_KINDS and (
        " " not in a.text.strip() and not re.search(r"[^\W\d_]", text[:a.start]) and is_common_word(a.text.lower())
        or any(m.start <= a.start < m.end for m in marked) or in_price_terms(text, a)))]


def _doers(c: _Clause) -> tuple[Atom, ...]:
    """A part's names that do what it says: its subjects and a passive's agents. A name after a
    preposition ("at the CMA", "takes over from the Registrar") or as an object does nothing, nor
    does a passive's subject ("X is consulted"), unless the part names no agent: then what is done
    to it is its role ("X is told the total" against "Y is told the total")."""
    agents = tuple(a for a in c.names if a in c.agents)
    return agents or tuple(a for a in c.names if a in c.subjects)


def _same_voice(a: _Clause, b: _Clause) -> bool:
    """Two parts whose doers play one role: both agents or active subjects, or both passive
    subjects without an agent ("the Grants Committee consults him" is not "X is consulted")."""
    return (a.passive and not a.agents) == (b.passive and not b.agents)


def _with_bare_names(parts: list[_Clause]) -> list[_Clause]:
    """The parts that say something, each with the names of a part beside it that says nothing of
    its own: a name coordinated with the one before ("agreed by X and the Y": both agree) or put in
    apposition with the one after ("Ruth Calloway, the CFO, approved it": one holder)."""
    out = []
    for i, c in enumerate(parts):
        if c.words:
            bare = [n for n in (i - 1, i + 1) if 0 <= n < len(parts) and not parts[n].words]
            doers = tuple(a for n in bare for a in _doers(parts[n]))
            out.append(replace(c, names=c.names + tuple(a for n in bare for a in parts[n].names),
                               acts=c.acts + tuple((a, c.words) for a in doers)))
    return out


def _one_named(a: Atom, b: Atom, vocab: Vocabulary | None, held: tuple[Alias, ...]) -> bool:
    """Two names of one holder: one fact, one name's words within the other's ("Anders" of "Anders
    Holm", "the Director" of "the Director of Programmes"), or so once an abbreviation is read as
    the words the documents define it by ("the MD", "the Music Director"), or two names the
    documents alias (`aliases.Vocabulary`: "the Caddon Museum of Art (CMA) (the Borrower)", a post
    and its holder, "the Registrar, Dana Okonjo") or the claim binds as person and post ("Helen
    Achterberg, the Director")."""
    if same_fact(a, b) or _initials_of(a, b, vocab) or _initials_of(b, a, vocab) or _acronym_of(a, b) or _acronym_of(b, a):
        return True
    pairs = [(_stems(" ".join(p)), _stems(" ".join(q))) for x, y in held + tuple(vocab.aliases if vocab else ())
             for p, q in ((x, y), (y, x))]
    return any(_within_either(fa, fb) or any(_within_either(fa, p) and _within_either(fb, q) for p, q in pairs)
               for fa in _forms(a, vocab) for fb in _forms(b, vocab))


def _acronym_of(a: Atom, b: Atom) -> bool:
    """`a` is one acronym and `b` a name of several words it spells ("DVSA", "the Driver and
    Vehicle Standards Agency": `aliases.spells`)."""
    short, words = tokens(a.text), content(tokens(b.text))
    return len(short) == 1 and short[0].is_acronym and spells(short[0], words)


# a person's initials, each a capital with its stop ("O.P.", "S.D.")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,4}")


def _initials_of(a: Atom, b: Atom, vocab: Vocabulary | None) -> bool:
    """`a` is written as a person's initials ("O.P.", as author lists and minutes write them) and
    `b` is a form of the one name the documents write whose words those letters begin ("Owen
    Pritchard", "Pritchard"); where two names have those initials, neither."""
    if vocab is None or not _INITIALS_RE.fullmatch(a.text.strip()):
        return False
    letters = a.text.replace(".", "").strip().lower()
    names = {n for ns in vocab.names.values() for n in ns if "".join(w[0] for w in n) == letters}
    return len(names) == 1 and _within_either(_stems(b.text), _stems(" ".join(next(iter(names)))))


@lru_cache(maxsize=64)
def _full_names(sentences: tuple[str, ...], atoms_of) -> tuple[Alias, ...]:
    """Each word of a name of two or more words the sentences write, aliased to the whole name,
    where no other such name holds that word: "Callum" and "Whitford" are one person when the
    documents name "Callum Whitford" and no other Callum or Whitford. A surname two names share
    ("Ines Marlow", "Lena Marlow") names neither."""
    names = {tuple(a.text.split()) for s in sentences for a in atoms_of(s)
             if a.kind in NAME_KINDS and len(a.text.split()) > 1}
    holders: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        for word in name:
            holders.setdefault(word, set()).add(name)
    return tuple(((word,), name) for name in names for word in name
                 if len(holders[word]) == 1 and _stems(word))


def _stems(text: str) -> frozenset[str]:
    return frozenset(t.stem for t in content(tokens(text)))


def _forms(name: Atom, vocab: Vocabulary | None) -> list[frozenset[str]]:
    """A name's stems, and an abbreviation's defined words ("CMA": caddon museum art)."""
    own = _stems(name.text)
    defined = vocab.defined.get(next(iter(own)), ()) if vocab and len(own) == 1 else ()
    return [own, frozenset(defined)] if defined else [own]


def _within_either(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


def _one_crossed(cx: _Clause, cy: _Clause, x: Atom, y: Atom, theirs: dict[str, list[_Clause]]) -> str | None:
    """A sentence read that names x and y in parts of their own, where the claim says one of them
    with words that sentence says only of the other, and none it says only of its own: "designed by
    Y and built by the architect X" for "designed by the architect X and constructed by Y" (the
    claim's other part may keep a word of its own, "architect", or use another verb, "built"). Read
    within one sentence, where the two parts are each other's alternatives, and only where all four
    are a passive's agents ("VERBed by X"): what a verb says of its agent, its object does not
    share ("Y was followed by X" is said as "X followed Y")."""
    for sentence, found in theirs.items():
        ex, ey = _clauses_naming(x, found), _clauses_naming(y, found)
        if not ex or not ey or any(c is d for c in ex for d in ey) \
                or not all(any(same_fact(n, a) for c in e for a in c.agents) for n, e in ((x, ex), (y, ey))):
            continue
        of_x, of_y = _said_of(ex), _said_of(ey)
        if any(ours.words & (other - own) and not ours.words & (own - other)
               for ours, own, other in ((cx, of_x, of_y), (cy, of_y, of_x))):
            return sentence
    return None


# The noun phrase a name is put in apposition with: "the strings tutor, Tomasz Brennan" (before it)
# or "Tomasz Brennan, the strings tutor" (after it). The determiners are the closed class that opens
# a noun phrase naming a post.
_APPOSED_BEFORE_RE = re.compile(r"\b(?:the|its|their|his|her|our|your|a|an)\s+((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)\s*,\s*$",
                                re.IGNORECASE)
_APPOSED_AFTER_RE = re.compile(r"^\s*,\s*(?:the|its|their|his|her|our|your|a|an)\s+((?:[^\W\d_][\w'’-]*\s+){0,3}?[^\W\d_][\w'’-]*)\s*(?=[,.;:!?)]|$)",
                               re.IGNORECASE)


# a name, then an appositive noun phrase opening with an article: "Cluster Slate, the ..."
_APPOSITIVE_GAP_RE = re.compile(r",\s+(?:the|a|an)\s+$", re.I)


def place_named(claim: str, atom: Atom, atoms: list[Atom], evidence: EvidenceText) -> bool:
    """A place adjective written as a modifier ("the North American cluster", `Atom.modifier`)
    names the place a sentence of the evidence writes ("serves North America"). Set in apposition
    to a name ("Cluster Slate, the North American cluster"), it says that one is the place's: the
    sentence must name both."""
    if atom.kind != "entity" or not atom.modifier:
        return False
    from .claims import split_claims
    places = place_forms(atom.key.split(":", 1)[-1])
    apposed = [squash(a.text) for a in atoms if a.kind in NAME_KINDS and a.end <= atom.start
               and _APPOSITIVE_GAP_RE.fullmatch(claim, a.end, atom.start)]
    for _, unit in evidence.units:
        for sentence in (split_claims(unit, clauses=False) if apposed else ()):
            squashed = squash(sentence.text)
            if any(p in squashed for p in places) and all(n in squashed for n in apposed):
                return True
        if not apposed and any(p in squash(unit) for p in places):
            return True
    return False


def named_in_apposition(claim: str, atom: Atom, sentences: list[str], atoms_of) -> bool:
    """A name the claim puts in apposition with a post ("the strings tutor, Tomasz Brennan") that one
    sentence of the documents states with every word of that post, each word nearer this name than
    any other name of the sentence ("the section tutor …: Tomasz Brennan for strings, Priya Okafor
    for woodwind"): the documents say who holds the post. Nearness keeps a list sentence from
    lending a post to its neighbour ("the woodwind tutor, Tomasz Brennan" stays unfound)."""
    if atom.kind not in NAME_KINDS:
        return False
    m = _APPOSED_BEFORE_RE.search(claim[:atom.start]) or _APPOSED_AFTER_RE.match(claim[atom.end:])
    post = {singular(w) for w in content_words(m.group(1))} if m else set()
    if not post:
        return False
    for sentence in sentences:
        names = [a for a in atoms_of(sentence) if a.kind in NAME_KINDS]
        own = [a for a in names if fold(a.text) == fold(atom.text)]
        if own and all(_nearest_name(sentence, word, names) in own for word in post):
            return True
    return False


def _nearest_name(sentence: str, word: str, names: list[Atom]) -> Atom | None:
    """The name of `names` closest to an occurrence of `word` (singular-folded) in the sentence:
    fewest breaks (commas, colons, semicolons) between them, then fewest characters ("Tomasz Brennan
    for strings, Priya Okafor": strings is Brennan's). None when the sentence lacks the word."""
    best: tuple[tuple[int, int], Atom] | None = None
    for m in re.finditer(r"[^\W\d_][\w'’-]*", sentence):
        if singular(m.group(0).lower()) != word:
            continue
        for a in names:
            lo, hi = (a.end, m.start()) if a.end <= m.start() else (m.end(), a.start)
            gap = (len(re.findall(r"[,;:]", sentence[lo:hi])), max(hi - lo, 0))
            if best is None or gap < best[0]:
                best = (gap, a)
    return best[1] if best else None
