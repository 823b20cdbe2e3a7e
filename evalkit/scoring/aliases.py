"""Other ways of writing one name: the one definition of "the same name, written another way".

- an abbreviation and what it stands for, defined by a text ("Service Level Agreement (SLA)", "the
  Marketing Authorisation Holder, or MAH", a compound's parts too: "ultraviolet (UV)"), inside a
  longer name too ("the EN C Award" for "the England Netball C Award"), or
  read from initials ("CMO" = "Chief Medical Officer", "HRBP" = "HR business partner", "WSS" =
  "Waste and Street Services");
- an alias a document gives a label ("Arm A (oxalenib)", "the oxalenib arm (Arm A)", "the placebo
  group, referred to as Group B"), and a post and the person a document says holds it ("the Race
  Director, Ines Hartwell": "Hartwell" names the post, and the post or its abbreviation names
  her; `post_holders` is the one reader of such bindings, and an answer that puts a person with
  another post is judged by `content.misheld_posts`);
- number words inside a name ("Area Two" = "Area 2"), a weekday's plural ("Sundays" / "Sunday") and
  a label's class word in the plural before a list of them ("Bands B, C and D" names "Band B");
- a code of letters and a number written as the words the letters abbreviate ("growth stage 31" =
  "GS31"; one capital, the initial of the word before the number: "U2000" = "Under 2000");
- a name written in full for an acronym the documents write, its parts joined by "and", "of" or
  "for", read as one name (`joined_names`: "the Driver and Vehicle Licensing Agency" for DVLA), an
  acronym of a phrase with its function words ("YoY" = "year over year"), and a word of
  capitalised parts, each the first letters of a word of a name ("InfoSec" = "Information
  Security"; one part may be a lone initial: "IEng" = "Incorporated Engineer", also inside a
  longer name, "Lena Cho, Incorporated Engineer" for "Lena Cho IEng");
- a two-word label's distinctive word where the question asks for its class ("Wren" for "Region
  Wren" when asked "Which region …?");
- the noun a glossary entry defines an abbreviation as, referred to as one thing ("the battery" for
  "PP" where "Power Pack (PP) – the removable battery in the down tube"), when it defines no other so;
- a name written fuller or shorter, with words before its last added or dropped ("Cllr Marsh",
  "Eileen Marsh" for "Cllr Eileen Marsh"), unless the documents name two that the form fits
  (`same_named`); a name less its last word where that is a legal form or a class noun ("Halverne
  Pharma" for "Halverne Pharma Ltd", "the Grange" for "the Grange Hotel": `class_word_dropped`); a
  person the documents name in full, named by given name or surname alone, or a title and the
  surname ("Callum" for "Callum Whitford", "Ms Lowe" for "Dr Gareth Lowe": `named_in_part`), each
  unless another name the documents write shares the short form; a person named by a lower-case role
  the documents give them alone ("the county archaeologist" for "the county archaeologist, Dr Kate
  Lowther": `described_as`), not a role the question asks about or the answer gives someone else;
- a word of a name written short, by its first letters or as a contraction ("Snr Planning Officer"
  / "Senior Planning Officer", "Rev B" / "Revision B": `shortened_within`), and a name written in
  full where a text writes part of it by its acronym ("the Householder Design Guide Supplementary
  Planning Document" / "the Householder Design Guide SPD": `_spelled_within`);
- a place adjective by its regular ending and the place it names ("North American" / "North
  America", "Parisian" / "Paris": `place_forms`; read for a modifier by `hallucination.place_named`).

Used alike by the hallucination checks (is a name in the evidence, has the answer kept the
reference's name) and by key facts (does the answer state it). A name the question asks about
gives no alias ("By what name is Ambermoor called?" is not answered by "Ambermoor"), and an
acronym may be possessive ("the PM's consent"). Other rewordings of a name ("The
Singer and the Producer" for "The Producers", "Lina Vogt" for "Lena Vos") are other names.
"""
from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .atoms import Atom, extract_atoms
from .atoms.compare import counted_noun
from .atoms.atom import fold
from .atoms.lexicon import PLURAL_ACRO_RE, WEEKDAYS, is_common_word, singular
from .text import DETERMINERS, STOPWORDS, normalize, squash
from .wordforms import Token, cardinal, content, roman, stem, tokens, unclipped, unpossessed

Alias = tuple[tuple[str, ...], tuple[str, ...]]   # two names of one thing, as words


@dataclass
class Vocabulary:
    """What the documents define: abbreviations ("Service Level Agreement (SLA)"), as stem -> the
    stems of the words it stands for, aliases of labels ("Arm A (oxalenib)"), and what a defined
    abbreviation is ("Power Pack (PP) – the removable battery"), as stem -> the stem of that noun;
    and the kinds of things they name by a modifier ("single fare", "visitor berth fee"), as the
    stems of each two lower-case words written next to each other ("visitor", "berth")."""

    defined: dict[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    described: dict[str, str] = field(default_factory=dict)
    kinds: frozenset[tuple[str, str]] = frozenset()
    held: frozenset[Alias] = frozenset()   # (a post, its holder's surname), as the documents bind them
    names: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)   # last word -> the names written
    titles: frozenset[str] = frozenset()   # words written first in names of two or more people (squashed)
    lower: frozenset[str] = frozenset()    # the words the documents also write in lower case (squashed)
    referred: frozenset[str] = frozenset()   # lower-case nouns written after "the"/"its" ("the hotel"), squashed
    roles: frozenset[Alias] = frozenset()   # (a role's stems, its holder's name squashed): "lead guide", Hannah Kessler
    counted: frozenset[str] = frozenset()   # stems of the nouns they count by: "per slab", "each affected household"
    stems: tuple[str, ...] = ()   # each text's word stems in order, space-separated and padded: `writes`
    counts: frozenset[str] = frozenset()   # the nouns they count with a number ("3,650 fuzzy matches": match)

    @classmethod
    def of(cls, texts: list[str]) -> "Vocabulary":
        # a post and its holder's surname name each other: aliases too, read once per text; a name
        # of everyday words before its post ("Fiona Lowe, the Equipment Inspector") is a person's
        # where the documents never write its surname in lower case
        lower = _lower_words(texts)
        surnames = never_lower(texts, lower)
        held = [[(h.post, h.person[-1:]) for h in _bindings(t, surnames)] for t in texts]
        aliases = list(dict.fromkeys(a for t, mine in zip(texts, held) for a in defined_aliases(t) + mine))
        return cls({k: v for t in texts for k, v in defined_abbreviations(t).items()}, aliases,
                   _unambiguous([d for t in texts for d in defined_descriptions(t)]),
                   frozenset(pair for t in texts for pair in _kinds(t)),
                   frozenset(pair for mine in held for pair in mine), names := _by_last_word(texts),
                   _titles(names, lower), lower, _referred(texts), _roles(texts, frozenset(names)),
                   _counted(texts), tuple(f" {' '.join(t.stem for t in tokens(text))} " for text in texts),
                   _counts(texts))

    def writes(self, stems: list[str]) -> bool:
        """Some text writes these word stems in a row (punctuation aside)."""
        run = f" {' '.join(stems)} "
        return any(run in text for text in self.stems)

    def titled(self, form: tuple[str, ...]) -> bool:
        """A title and a surname ("Cllr Wynn", "Dr Kray"): two words, the first one the documents
        write before several surnames, the last a surname (never written in lower case). "Harbour
        Office" is no such form, nor "Kelderby Council" where the documents write "the council"."""
        return len(form) == 2 and form[0] in self.titles and form[1] not in self.lower


def _kinds(text: str) -> set[tuple[str, str]]:
    """The stems of each two lower-case content words written next to each other, in order."""
    toks = [t for t in tokens(text) if t.raw.islower() and t.raw.isalpha() and t.raw not in STOPWORDS]
    return {(a.stem, b.stem) for a, b in zip(toks, toks[1:]) if text[a.end:b.start] == " "}


# --- what a text defines ----------------------------------------------------------------------

# (a comma may part the words, as a list of them in the name does: "the Advisory, Conciliation and
# Arbitration Service (ACAS)")
# (an ampersand joins two of the words as "and" does: "Glass & Tyre Cover (GTC)")
# A number may close the words, as a letter's number closes the abbreviation: "Priority 3 (P3)".
# A term set in quotes or emphasis before its bracket is defined all the same: "**"Out of Hours"** (OOH)".
# A defined term may share the bracket, after a comma: "Calderbrook Calibration Services Ltd (CCS, "the
# Laboratory")" (see _DEFINED_TERM).
_DEFINITION = re.compile(r"((?:(?:[^\W\d_][\w'’-]*|&),?[\"”’'*_]*\s+){1,7}?(?:[0-9]{1,3}\s*)?)\(\s*([A-Za-z][A-Za-z0-9&.-]{1,9})\s*"
                         r"(?:[,;]\s*(?:the\s+)?[\"“'‘][^\"”'’()]{1,40}[\"”'’]\s*)?\)")
_CLOSING_NUMBER = re.compile(r"([0-9]{1,3})\s*$")
# the other way English defines one: "the Marketing Authorisation Holder, or MAH" (capitals only:
# the initials of the words before must spell it all the same)
_OR_DEFINITION = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){0,6}?[^\W\d_][\w'’-]*),?\s+or\s+([A-Z]{2,6})(?![\w'’-])")


def defined_abbreviations(text: str) -> dict[str, tuple[str, ...]]:
    """Abbreviations a text defines: "Paid Time Off (PTO)", "heat pump (HP)", "adverse event (AE)",
    "the Marketing Authorisation Holder, or MAH".
    The expansion is the shortest run of words before the brackets whose initials spell it, else
    whose initials and letters of a compound's later parts do ("ultraviolet (UV)")."""
    return {stem(abbr.lower()): tuple(stem(w.lower()) for w in run) for abbr, run in _definitions(text)}


# a word as a definition reads it: a hyphenated compound is one word ("anti-inflammatory")
_DEFINED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def definition_words(text: str) -> list[Token]:
    """The words of a text as `defined_abbreviations` reads a definition's (a hyphenated compound
    one word, "Tri-County"), each with its stem and span: a claim compared word for word with what
    an abbreviation stands for."""
    return [Token(m.group(0), stem(m.group(0).lower()), m.start(), m.end()) for m in _DEFINED_WORD.finditer(text)]


def _definitions(text: str) -> list[tuple[str, list[str]]]:
    """(abbreviation as written, the words it stands for) of each definition in the text; a plural
    abbreviation spells its words less its plural "s" ("Notices to Airmen (NOTAMs)")."""
    found = []
    for m in [*_DEFINITION.finditer(text), *_OR_DEFINITION.finditer(text)]:
        abbr = m.group(2)
        spelled = abbr[:-1] if PLURAL_ACRO_RE.fullmatch(abbr) else abbr
        letters = [c.lower() for c in spelled if c.isalpha()]
        words = _DEFINED_WORD.findall(m.group(1))
        if len(_bare(tuple(normalize(w) for w in words))) < len(words) and letters[-1:] != [words[-1][0].lower()]:
            words = words[:-1]   # a company's legal form, left out of its abbreviation: "Calderbrook Calibration Services Ltd (CCS)"
        number = _CLOSING_NUMBER.search(m.group(1))
        digits = "".join(c for c in spelled if c.isdigit())
        if (number.group(1) if number else "") != digits or (digits and not spelled.endswith(digits)):
            continue   # the number is part of the name it stands for, the same: "Priority 3 (P3)"
        run = _initials_run(words, letters)
        if run:
            found.append((abbr, run + ([digits] if digits else [])))
    return found


# an abbreviation spelled out after it in brackets, as an answer or a reference glosses one: "EFB
# (European foulbrood)" (capitals only)
_GLOSSED = re.compile(r"(?<![\w'’-])([A-Z]{2,6})\s*\(\s*((?:[^\W\d_][\w'’-]*\s+){0,6}[^\W\d_][\w'’-]*)\s*\)")


def glossed_abbreviations(text: str) -> dict[str, tuple[str, ...]]:
    """Abbreviations a text spells out in brackets after them ("EFB (European foulbrood)"), as
    `defined_abbreviations` gives them: the bracket's words must spell the abbreviation."""
    found = {}
    for m in _GLOSSED.finditer(text):
        words = _DEFINED_WORD.findall(m.group(2))
        run = _initials_run(words, [c.lower() for c in m.group(1)])
        if run and len(run) == len([w for w in words if w.lower() not in STOPWORDS]):
            found[stem(m.group(1).lower())] = tuple(stem(w.lower()) for w in run)
    return found


def defined_by(name: str, text: str) -> list[str]:
    """The abbreviations `text` defines as standing for words that include all of the name's: an
    answer that writes "the Notices to Airmen (NOTAMs)" names the NOTAMs with "Notices" and "Airmen"."""
    want = {stem(normalize(w)) for w in name.split()}
    return [abbr for abbr, run in _definitions(text) if want <= {stem(normalize(w)) for w in run}]


def _initials_run(words: list[str], letters: list[str]) -> list[str] | None:
    for n in range(1, len(words) + 1):
        run = words[-n:]
        content_run = [w for w in run if w.lower() not in STOPWORDS]
        initials = [w[0].lower() for w in content_run]
        if initials == letters or [w[0].lower() for w in run] == letters:
            return content_run
    for n in range(1, len(words) + 1):
        content_run = [w for w in words[-n:] if w.lower() not in STOPWORDS]
        if content_run and _compound_initials(content_run, letters):
            return content_run
    return None


def _compound_initials(words: list[str], letters: list[str]) -> bool:
    """Each word gives its initial and may give more letters of its own, in order, for the parts of
    a compound: "ultraviolet (UV)", "polyvinyl chloride (PVC)"."""
    if not words:
        return not letters
    word = words[0].lower()
    if not letters or word[0] != letters[0]:
        return False
    for k in range(1, len(letters) - len(words) + 2):
        if _in_order(letters[1:k], word[1:]) and _compound_initials(words[1:], letters[k:]):
            return True
    return False


def _in_order(letters: list[str], word: str) -> bool:
    rest = iter(word)
    return all(c in rest for c in letters)


# A glossary entry: "Power Pack (PP) – the removable battery in the down tube" (markdown bold allowed)
_DESCRIPTION = re.compile(r"\(\s*(?P<abbr>[A-Za-z][A-Za-z0-9&.-]{1,9})\s*\)[*_]*\s*[–—:-]+\s*(?:the|a|an)\s+"
                          r"(?P<np>[^\W\d_][^.;:,()\n]*)", re.IGNORECASE)


def defined_descriptions(text: str) -> list[tuple[str, str]]:
    """(abbreviation, noun) for each glossary entry that says what a defined abbreviation is: the
    head noun of its definition, the last word before a function word, a participle or a word
    that takes a determiner (a preposition: "the removable battery in the down tube": battery; "a
    workshop certified by Corvane": workshop; "the sealed gearbox behind the pedals": gearbox)."""
    found = []
    for m in _DESCRIPTION.finditer(text):
        words: list[str] = []
        np = m.group("np").split()
        for w, after in zip(np, np[1:] + [""]):
            if normalize(w) in STOPWORDS or words and (w.endswith(("ed", "ing")) or normalize(after) in DETERMINERS):
                break
            words.append(w)
        if words and words[-1].isalpha() and words[-1].islower():
            found.append((stem(m.group("abbr").lower()), stem(words[-1])))
    return found


def _unambiguous(described: list[tuple[str, str]]) -> dict[str, str]:
    """The descriptions whose noun describes one abbreviation only: "the battery" refers to one thing."""
    names: dict[str, set[str]] = {}
    for abbr, noun in described:
        names.setdefault(noun, set()).add(abbr)
    return {abbr: noun for abbr, noun in described if names[noun] == {abbr}}


# A label: a capitalised class word and a letter or a number ("Arm A", "Group 2", "Cohort B"). Its
# alias is one to three words of letters, within brackets next to it or after "referred to as".
_LABEL = r"[A-Z][a-z]+\s(?:[A-Z]|[0-9]{1,2})(?![\w.,]\w)"
_WORDS = r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}"
_CALLED = r"(?:hereafter|referred\s+to\s+as|known\s+as|called)"
_CALLED_WORDS = frozenset("hereafter referred known called".split())
_ALIAS_RES = (
    re.compile(rf"(?P<label>{_LABEL})\s*\(\s*(?P<name>{_WORDS})\s*\)"),                    # Arm A (oxalenib)
    re.compile(rf"(?P<name>{_WORDS})\s*\(\s*(?:{_CALLED}\s+)?[\"“']?(?P<label>{_LABEL})[\"”']?\s*\)"),  # the X arm (Arm A)
    re.compile(rf"(?P<name>{_WORDS}),?\s+{_CALLED}\s+[\"“']?(?P<label>{_LABEL})\b"),       # X, referred to as Arm A
)


# A defined term, as contracts, leases and agreements give their parties one: a capitalised name,
# perhaps its abbreviation and a place after it, then the term in quotes in brackets: "the Caddon
# Museum of Art (CMA), Brightwater (the "Borrower")", "Harbour Homes Ltd ("the Landlord")",
# "Jane Doe (hereinafter the "Tenant")", "Calderbrook Calibration Services Ltd (CCS, "the Laboratory")".
# The quotes in brackets are what define a term.
_NAME_PART = r"[A-Z][\w'’&.-]*"
_DEFINED_TERM = re.compile(
    rf"(?P<name>{_NAME_PART}(?:\s(?:of|and|for|the|&)?\s?{_NAME_PART}){{0,5}})(?:\s\([A-Z]{{2,6}}\))?"
    rf"(?:,\s{_NAME_PART}(?:\s{_NAME_PART})?)?\s\((?:[A-Z]{{2,6}}[,;]\s)?(?:the\s)?(?:hereinafter\s(?:called\s)?(?:the\s)?)?[\"“'‘]"
    rf"(?:the\s)?(?P<label>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[\"”'’](?:[,;]\s[^()\n]{{0,60}})?\)")


_EMPHASIS = re.compile(r"\*{1,2}|__")
# ... or a party named in a field at the head of a line, "**Licensee:** Pelham & Daughters
# Amusements Ltd, Fallow Lane Yard": the field's label is its term where the name has a legal form
# (a field names many things, "Site:", "Date:"; one with a legal form is a party)
_FIELD_PARTY = re.compile(
    rf"^[^\S\n]*(?P<label>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?):[^\S\n]*(?P<name>{_NAME_PART}(?:\s(?:of|and|for|the|&)?\s?{_NAME_PART}){{0,5}})",
    re.MULTILINE)


def defined_aliases(text: str) -> list[Alias]:
    """Labels a text gives another name: "Arm A (oxalenib)", "the oxalenib arm (Arm A)", "the
    placebo group, referred to as Group B". The name is the words after the last function word
    before the brackets ("randomised to oxalenib (Arm A)" names oxalenib). A defined term names its
    party whole: "the Caddon Museum of Art (CMA) (the "Borrower")" (`_DEFINED_TERM`; other names after
    the term in its brackets, '("the Company", "we", "us")', are pronouns), and so does a
    field that gives a party ("Licensee: Pelham & Daughters Amusements Ltd": `_FIELD_PARTY`)."""
    found: list[Alias] = []
    # (a party's name set in bold or italics, "**Fenwick & Orme Ltd** ("the Client")", is the same name)
    plain = _EMPHASIS.sub("", text)
    fields = [m for m in _FIELD_PARTY.finditer(plain)
              if _bare(named := tuple(normalize(w) for w in m.group("name").rstrip(",.").split())) != named]
    for m in (*_DEFINED_TERM.finditer(plain), *fields):
        words = m.group("name").rstrip(",.").split()
        name = tuple(words[1:] if words and normalize(words[0]) in DETERMINERS else words)
        label = tuple(m.group("label").split())
        if name and name != label:
            found.append((label, name))
            if len(bare := _bare(tuple(normalize(w) for w in name))) < len(name):
                found.append((label, name[:len(bare)]))   # the party written without its legal form too
            # and by its leading words, as a contract's parties are called in passing ("Northgate
            # staff" for Northgate Data Centres Ltd, "Fenwick & Orme" for Fenwick & Orme Fabrications
            # Ltd): a run of its capitalised words from the first, not a common word alone, nor words
            # the text writes before another name ("Ostrey Open Data Store" beside the Ostrey
            # Community Foundation)
            for k in range(1, len(bare)):
                short = name[:k]
                others = {m.group(1) for m in re.finditer(rf"(?<![\w-]){re.escape(' '.join(short))}\s+([A-Z][\w'’-]*)", plain)}
                if short[-1][:1].isupper() and not (k == 1 and is_common_word(normalize(short[0]))) \
                        and others <= {name[k]}:
                    found.append((label, short))
    for rx in _ALIAS_RES:
        for m in rx.finditer(text):
            label = tuple(m.group("label").split())
            words = m.group("name").split()
            cut = max((i + 1 for i, w in enumerate(words) if normalize(w) in STOPWORDS or w in _CALLED_WORDS),
                      default=0)
            name = tuple(words[cut:])
            if name and name != label:
                found.append((label, name))
    return found


# A post written as a title ("the Race Director", "the Head of People", "the Chief Medical Officer
# (CMO)") and the person holding it, in apposition either way round: "the Race Director, Ines
# Hartwell", "Marta Okafor, the Head of People", "Kofi Ansah, as Makerspace Technician", "Priya
# Sandhu, in her new role as …"; or said of the person by a verb of being it or taking it up
# (`_TAKES`: "Ruth Pellow is the Digital Services Librarian", "…, who is the …", "Sian Whitlow
# becomes the site's ESO on 1 June", "Priya Danvers remains Head Marshal"). Not a post qualified
# after it ("the Station Manager at Brindle Road" is not every Station Manager). A person is two or
# three capitalised words after an honorific (a closed class), or without one when some word is no
# everyday word ("the High Court, Family Division" names no one); after an honorific, a surname
# alone is a person too ("Dr Achterberg is the Chief Medical Officer"). A heading or list entry
# that opens a line binds them by a spaced dash, the post first: "**Treasurer — Priya Shah.**".
# Names are written in any Latin letters ("Siân", "Zoë").
_POST = r"[A-Z][\w'’-]*(?:\s(?:of|for|and|to)?\s?[A-Z][\w'’-]*){0,3}"
# English honorifics, a closed class: written before a surname they make it a person's ("Ms Kessler")
_HONORIFIC_WORDS = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Professor", "Sir", "Dame")
_HONORIFIC = rf"(?:(?:{'|'.join(_HONORIFIC_WORDS)})\.?\s)"
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ'’"   # Latin-1's letters too
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*"   # "Okafor", "Petrov-Hale", "Siân"


def _person(space: str) -> str:
    """A person: an honorific if any, and one to three name words with `space` between them."""
    return rf"(?P<title>{_HONORIFIC})?(?P<name>{_NAME_WORD}(?:{space}{_NAME_WORD}){{0,2}})"


_PERSON = _person(r"\s")
_PERSON_ON_LINE = _person(r"[^\S\n]")   # not over a line's end
# a post ends at punctuation or at a lower-case word that opens no phrase qualifying it (a closed
# class of prepositions: "the Judge at Leeds" is not every Judge)
# ... or at the date it is held from ("becomes the ESO on 1 June 2027")
_FROM_DATE = r"\s(?:on|from)\s\d"
_POST_END = (r"(?:\s\([A-Z]{2,6}\))?(?=[,.;:)—–]|\s[-–—]\s|$"
             r"|\s(?!(?:at|of|in|for|from|on|with|to|within|under|over)\b)[a-z]|" + _FROM_DATE + ")")
# The verbs that give a person a post (a closed class): being it ("is", "was"), and taking it up or
# keeping it over a change ("becomes", "remains", "will be", "has been promoted to", "takes over
# as"), with an adverb of time or addition either side ("is now", "also remains"). A post given
# from a date ("becomes the ESO on 1 June") is held from then: who holds it is what the documents
# say of it, as a post said in the past is.
_TIME_ADVERB = r"(?:(?:also|now|still)\s)?"
_TAKES_OVER = (rf"{_TIME_ADVERB}(?:(?:has\sbeen\s|is\s|was\s|will\sbe\s)?(?:promoted|appointed)\s(?:to|as)"
               rf"|(?:takes|took|will\stake)\sover\sas)\s")
_TAKES_UP = (rf"(?:{_TIME_ADVERB}(?:becomes|became|remains|remained|stays|(?:will|would)\s(?:become|remain)|has\sbecome)"
             rf"\s{_TIME_ADVERB}|{_TAKES_OVER})")
_TAKES = rf"(?:{_TIME_ADVERB}(?:is|was|will\sbe)\s{_TIME_ADVERB}|{_TAKES_UP})"
# whose the post or role is, a possessive before it: a name's ("the Bakery's account manager") or a
# common noun's ("the site's First-Aid Lead")
_NAMES_OWNER = rf"(?:{_NAME_WORD}(?:\s{_NAME_WORD})?['’]s\s)"
_OWNER = rf"{_NAMES_OWNER}?"
_HOLDER = rf"(?:{_NAMES_OWNER}|[a-z]+['’]s\s)"
# what stands before a post or a role said of a person: an article, a possessive or both
_POST_DETERMINER = rf"(?:the\s{_HOLDER}?|{_HOLDER}|(?:our|its|their)\s)"
# a person, and the verb that says a post or a role of them after it ("X is", "X, who becomes")
_SAID_OF = rf"(?<![\w’'])(?:{_PERSON})(?:,\swho)?\s"
# a post put as what a person acts in: "Priya Sandhu, in her new role as head upholsterer"
_IN_ROLE = r"(?:in\s(?:her|his|their)\s(?:new\s)?(?:role|capacity|post|position)\s)"
_POST_RES = (
    re.compile(rf"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s(?P<post>{_POST})(?:\s\([A-Z]{{2,6}}\))?,\s{_PERSON}\b"),
    re.compile(rf"(?<![\w’'])(?:{_PERSON}),\s(?:the|our|its|their|{_IN_ROLE}?as(?:\sthe)?)\s(?P<post>{_POST}){_POST_END}"),
    re.compile(rf"{_SAID_OF}{_TAKES}{_POST_DETERMINER}(?P<post>{_POST}){_POST_END}"),
    # a post's title needs no article after a verb of taking it up ("Priya Danvers remains Head Marshal")
    re.compile(rf"{_SAID_OF}{_TAKES_UP}(?P<post>{_POST}){_POST_END}"),
    # the post as the subject of "be": "From that date the Allergen Lead is Elin Sandoval"
    re.compile(rf"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s(?P<post>{_POST})\s(?:is|was|will\sbe)\s(?:now\s)?{_PERSON}"
               rf"(?=[,.;:)—–]|\s[-–—]\s|\s(?:who|from|until)\b|$)"),
    # the heading's mark-up ("#", "**", "- ") before; the line or the heading ends after the person
    re.compile(rf"^[#*_\s-]*(?:[Tt]he\s)?(?P<post>{_POST})\s[—–-]\s{_PERSON}(?=[.:]?[*_]*(?:\s|$))", re.M),
)


# A role described in lower-case words ("the county archaeologist", "lead guide", "the project's
# detectorist") and the person it is given to, in apposition either way round or by a verb of being
# it or taking it up with a determiner or a possessive before it (`_TAKES`: "(, who) is"/"was",
# "becomes our fabric buyer"), or after one of taking it over with none ("takes over as hygiene
# lead"): "the county archaeologist, Dr Kate Lowther", "**Ruth Adeyemi**, operations coordinator,",
# "Helen Marwick is the site director". One to three words, none a function word ("Ann Lee, bookings
# and insurance" gives no role); the role ends at punctuation or at the date it is held from, and
# an apposition "the Y, X" only where the person's name closes its phrase ("In the morning, Hannah
# rides ahead" gives none).
_ROLE_WORD = r"(?!(?:and|or|but|then|with|from|for|to|of|at|in|on|by)\b)[a-z][a-z'’-]*"
_ROLE = rf"{_ROLE_WORD}(?:\s{_ROLE_WORD}){{0,2}}"
_ROLE_END = r"(?=[,.;:)—–]|\s[-–—]\s|$|" + _FROM_DATE + ")"
# the nouns that end a role's title before a name ("fleet manager", "workshop supervisor", "head
# coach"): agent nouns by their endings (not the prepositions, adverbs and comparatives that end so:
# "after", "however", "later"), and the heads of posts English forms otherwise (closed classes)
_AGENT = (r"(?:(?!(?:after|under|over|other|either|neither|whether|rather|never|ever|however|order|together"
          r"|later|earlier|sooner|prior|minor|major|senior|junior|better|further|former|latter|inner|outer"
          r"|upper|lower|offer|answer|enter|number|floor|door|per|nor|for)\b)[a-z'’-]+(?:er|or|ist|ian)"
          r"|assistant|consultant|accountant|attendant|lead|leader|head|chair"
          r"|secretary|clerk|nurse|steward|mechanic|coach|captain|warden|marshal|chef|officer|director"
          r"|president|principal|coordinator|surveyor|solicitor|engineer|technician|administrator)")
# what may stand right before such a title: prepositions, coordinators and determiners (closed
# classes), each its own fixed-width look-behind
_AFTER_TITLE_WORD = "|".join(rf"(?<=\b{w}\s)"
                             for w in ("by", "to", "from", "with", "and", "or", "for", "the", "our", "your"))
_ROLE_RES = (
    re.compile(rf"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s{_OWNER}(?P<post>{_ROLE}),\s[*_]*{_PERSON}[*_]*(?=[,.;:)—–]|$)"),
    re.compile(rf"(?<![\w’'])(?:{_PERSON})[*_]*,\s(?:the\s|{_IN_ROLE}?as\s(?:the\s)?)?{_OWNER}(?P<post>{_ROLE}){_ROLE_END}"),
    re.compile(rf"{_SAID_OF}{_TAKES}{_POST_DETERMINER}(?P<post>{_ROLE}){_ROLE_END}"),
    # a role taken over needs no article ("Tomasz Wilk takes over as hygiene lead")
    re.compile(rf"{_SAID_OF}{_TAKES_OVER}(?P<post>{_ROLE}){_ROLE_END}"),
    # a role written as a title before the name, with no article or comma ("approved by fleet manager
    # Morag Lindsay", "Bookings coordinator Ewan Baird informs you"): after the start of a line or a
    # sentence, a comma, a preposition or an article, and ending in a noun of an agent (`_AGENT`)
    re.compile(rf"(?:^|(?<=[.;:!?]\s)|(?<=,\s)|{_AFTER_TITLE_WORD})"
               rf"(?P<post>(?:[A-Z][a-z'’-]+\s)?(?:{_ROLE_WORD}\s){{0,2}}?{_AGENT})"
               rf"\s[*_]*{_PERSON}[*_]*(?![\w'’-])", re.M),
)


@dataclass(frozen=True)
class Holding:
    """A person a text says holds a post ("the Race Director, Ines Hartwell")."""

    post: tuple[str, ...]     # the post's words ("Race", "Director")
    person: tuple[str, ...]   # the person's name, without an honorific ("Ines", "Hartwell")
    start: int                # where the two are written together in the text
    end: int


# A post set after its holder without an article, as a list of participants or a signature writes it:
# "Tobias Ekwueme, CFO.", "**Denise Hart**, Treasurer — deals with fees", "said Helena Marsh, President
# and Chief Executive Officer." Only where a stop, a semicolon, a colon, a bracket or a dash ends the
# post (a comma or a word after it may go on a list of names or places).
_BARE_POST_RE = re.compile(rf"(?<![\w’'])(?:{_PERSON})[*_]*,\s(?P<post>{_POST})(?:\s\([A-Z]{{2,6}}\))?"
                           rf"[*_]*(?=[.;:)—–]|\s[-–—]\s|\s*$)", re.M)


# A line's label and the one person after it, as a document's list of people writes them ("- **Educational
# Visits Coordinator (EVC):** Mr Owen Hartley, Assistant Headteacher", its emphasis taken out or
# not): not a message's header fields nor a label of signing off ("Signed:", "Prepared by:"), and
# not over a line's end (closed classes).
_LABEL_POST_RE = re.compile(
    rf"^[\s>*-]*(?:\*\*)?(?!(?:From|To|Cc|Bcc|Copy|Date|Re|Subject|Ref|Reference|Attn|Sent)\b|[A-Z][a-z]+ed\b)"
    rf"(?P<post>{_POST})(?:\s\([A-Z]{{2,6}}\))?:(?:\*\*)?[^\S\n]{_PERSON_ON_LINE}"
    rf"(?=[,.;:)]|\s[-–—]\s|[^\S\n]*$)", re.M)
_NEXT_NAME_RE = re.compile(rf",\s(?P<words>{_NAME_WORD}(?:\s{_NAME_WORD})*)(?![\w'’-])")


def post_holders(text: str, known: Set[str] = frozenset(), roles: bool = False,
                 bare: bool = False, uncased: frozenset[str] = frozenset()) -> list[Holding]:
    """The posts a text binds to the people holding them: the one reader of such bindings, for the
    documents (a holder's surname and the post name one another: "Hartwell decides" where "the Race
    Director, Ines Hartwell") and for an answer (which person it puts with which post). A name of
    everyday words is a person when its surname is `known` (one the documents give a post: "Sam
    Reid, the Ward Manager"). With `roles`, the roles described in lower-case words instead (`_ROLE_RES`).
    With `bare`, a post after its holder without an article counts too ("Tobias Ekwueme, CFO.",
    `_BARE_POST_RE`), and a line's label before one person ("Treasurer: Ruth Oyelaran", `_LABEL_POST_RE`),
    two name words before the post being its holder, unless the post reads as a name
    itself (capitalised words none of them everyday: "Ines Marlow, Okonkwo Achterberg."); only
    `content.misheld_posts` reads the documents so, to learn who holds a post, not to make a post
    another name for its holder. A name of everyday words set first, before the post, is a person's
    too where its surname is `uncased` (words the documents never write in lower case: "Fiona Lowe,
    the Equipment Inspector"); set after a post it may be a place or a body's part ("the High
    Court, Family Division")."""
    found: list[Holding] = []
    for rx in _ROLE_RES if roles else _POST_RES + ((_BARE_POST_RE, _LABEL_POST_RE) if bare else ()):
        for m in rx.finditer(text):
            if rx is _LABEL_POST_RE and (after := _NEXT_NAME_RE.match(text, m.end())) \
                    and _reads_as_person(tuple(after.group("words").split())):
                continue   # a label over a list of names ("Partners: Ines Marlow, Okonkwo Achterberg.")
            person = tuple(m.group("name").split())
            post = tuple(m.group("post").split())
            named = m.group("title") or len(person) > 1 and (
                normalize(person[-1]) in known or not all(is_common_word(w.lower()) for w in person)
                or m.start("name") < m.start("post") and normalize(person[-1]) in uncased)
            if rx is _BARE_POST_RE:
                # two name words set before a post by a comma are its holder, whatever their words
                if _reads_as_person(post):
                    continue
                named = named or len(person) > 1
            if named and person[-1] not in post:
                found.append(Holding(post, person, m.start(), m.end()))
    return found


def _bindings(text: str, uncased: frozenset[str]) -> list[Holding]:
    """The bindings that name a post by its holder and back: those the article patterns read, and
    a bare one ("**Fiona Marchetti**, Events Coordinator —") where the post is everyday words or
    acronyms and the holder has a word that is none (a surname): a bare reading of "the Network
    Manager, Alan Pryce" the wrong way round (a first name may be an everyday word) binds nothing."""
    found = post_holders(text, uncased=uncased)
    read = {(h.start, h.person) for h in found}
    return found + [h for h in post_holders(text, uncased=uncased, bare=True) if (h.start, h.person) not in read
                    and all(is_common_word(w.lower()) or w.isupper() for w in h.post)
                    and any(not is_common_word(w.lower()) for w in h.person)]


def _reads_as_person(words: tuple[str, ...]) -> bool:
    """Capitalised words none of which is an everyday word: a name ("Okonkwo Achterberg"), not a post
    ("Treasurer", "Chief Executive Officer"); an acronym ("CFO") is no such word."""
    return all(re.fullmatch(_NAME_WORD, w) and not is_common_word(w.lower()) for w in words)


def with_aliases(toks: list[Token], vocab: Vocabulary, asked: set[str] = frozenset(),
                 in_place: bool = False) -> list[Token]:
    """The answer's words plus, where it writes one name of an alias pair, the other name's words
    at the same place: "Arm A had more" also says "oxalenib" where "Arm A (oxalenib)" is defined.
    A name the question asks about (`asked`: its stems) gives no other: "By what name is Ambermoor
    still called?" is not answered by "Ambermoor" where "Ambermoor (Line B)" is defined. The other
    names come after the answer's words, or, `in_place`, each right after its name."""
    after: dict[int, list[Token]] = {}
    acronyms = [t for t in toks if t.is_acronym]   # read once for every alias pair
    for a, b in vocab.aliases:
        for written, other in ((a, b), (b, a)):
            if all(stem(normalize(w)) in asked for w in written) \
                    or _held_by_another(toks, vocab, written, other, acronyms):
                continue
            for first, last in _written(toks, written, vocab, acronyms):
                after.setdefault(id(last) if in_place else 0, []).extend(
                    Token(w, stem(normalize(w)), first.start, last.end) for w in other)
    if not in_place:
        return [*toks, *after.get(0, ())]
    # each name's other words right after it, in the answer's order (what negates a word reads
    # words by their place: "The CS, not the Master" denies no CS)
    return [x for t in toks for x in (t, *after.get(id(t), ()))]


def _written(toks: list[Token], words: tuple[str, ...], vocab: Vocabulary,
             acronyms: list[Token] | None = None) -> list[tuple[Token, Token]]:
    """Where the answer writes the words, in full or by an abbreviation the documents define for
    them ("the CMO" for "Chief Medical Officer"), as the first and last token of each (`acronyms`:
    those of `toks`, when the caller has them)."""
    forms = (tuple(stem(normalize(w)) for w in words), _initialled(words))
    return [(toks[at], toks[at + len(words) - 1]) for at in _occurrences(toks, words)] + \
        [(t, t) for t in (acronyms if acronyms is not None else toks)
         if t.is_acronym and vocab.defined.get(t.stem) in forms]


def _initialled(words: tuple[str, ...]) -> tuple[str, ...]:
    """The stems of the words an abbreviation's letters take, less the function words they skip: a
    definition keeps those ("Caddon Museum of Art (CMA)" is caddon museum art)."""
    return tuple(stem(normalize(w)) for w in words if normalize(w) not in STOPWORDS)


def _occurrences(toks: list[Token], words: tuple[str, ...]) -> list[int]:
    """Where the words stand in a row; a one-letter word must have the same case ("Arm A", not "arm a")."""
    want = [(stem(normalize(w)), w if len(w) == 1 else None) for w in words]
    first = want[0][0] if want else None
    return [i for i in range(len(toks) - len(want) + 1)
            if (first is None or toks[i].stem == first)   # most words start no run: one test, not a loop
            and all(toks[i + k].stem == s and (raw is None or toks[i + k].raw == raw) for k, (s, raw) in enumerate(want))]


# --- acronyms read from initials ----------------------------------------------------------------

def spells(acronym: Token, words: list[Token]) -> bool:
    """"BLE" = "Bluetooth Low Energy", "HRBP" = "HR business partner": the acronym's letters are
    the words' initials (an acronym among the words gives all its letters)."""
    letters = acronym.letters
    return len(words) > 1 and [c for w in words for c in _letters(w)] == letters


def _letters(word: Token) -> list[str]:
    """The letters a word gives an acronym: an acronym all of its own, any other word its initial."""
    return word.letters if word.is_acronym else [word.raw[0].lower()]


_LONGEST = 8   # words an acronym can stand for


def spelled_in(acronym: Token, toks: list[Token]) -> bool:
    """Some run of the content words ("Waste and Street Services" for WSS; "closed-circuit television"
    for CCTV, a compound giving a letter more), or of the words between two content words
    ("Department of Health" for DOH), is what the acronym spells."""
    letters = acronym.letters
    if not letters:
        return False
    if any(spells(acronym, run) for run in _runs(content(toks), letters)):
        return True
    # a compound's later part gives a letter of its own, as a definition's may ("CCTV" for
    # "closed-circuit television", "JSA" for "jobseeker's allowance"): one letter more than words,
    # written in a row (no punctuation or skipped word between them: "investigator, before" is no IRB)
    if any(len(letters) == len(run) + 1 and all(b.start - a.end <= 1 for a, b in zip(run, run[1:]))
           and _compound_initials([t.raw for t in run], letters) for run in _runs(content(toks), letters)):
        return True
    # a title's function word is a word of the name when the whole run is capitalised: "His Honour
    # Judge" is HHJ, "His Majesty's Coastguard" HMC
    return any(spells(acronym, run) for run in _runs(toks, letters)
               if (normalize(run[0].raw) not in STOPWORDS or all(t.raw[:1].isupper() for t in run))
               and normalize(run[-1].raw) not in STOPWORDS)


def _runs(toks: list[Token], letters: list[str]) -> list[list[Token]]:
    """The runs of words that could spell `letters`: they start with its first letter, and no more
    words than it has letters (each word gives one at least)."""
    longest = min(_LONGEST, len(letters))
    return [toks[i:j] for i in range(len(toks)) if _letters(toks[i])[0] == letters[0]
            for j in range(i + 2, min(len(toks), i + longest) + 1)]


def acronym_stems(words: list[Token], answer: list[Token], asked: set[str] = frozenset()) -> set[str]:
    """Key words an acronym stands for: "HRBP" in the answer for "HR business partner" of the
    reference, or the reverse, "Bluetooth Low Energy" in the answer for "BLE". An acronym the
    question asks about ("What does HP stand for?") states nothing by being repeated."""
    found: set[str] = set()
    given = [_letters(w) for w in words]
    for acronym in (t for t in answer if t.is_acronym and t.stem not in asked):
        letters = acronym.letters
        for i in range(len(words)):
            # `spells` of each run from words[i]: the run's initials grow word by word, so the
            # first that is no start of the acronym's letters ends the runs worth reading
            got: list[str] = []
            for j in range(i + 1, len(words) + 1):
                got += given[j - 1]
                if got != letters[:len(got)]:
                    break
                if j - i > 1 and len(got) == len(letters):
                    found.update(w.stem for w in words[i:j])
    found.update(w.stem for w in words if w.is_acronym and spelled_in(w, answer))
    return found


# the function words a name written in full joins its parts with ("Driver and Vehicle Licensing
# Agency", "Department for Transport"), where names are otherwise read apart ("Ada and Ben")
_NAME_JOIN_RE = re.compile(r"\s+(?:and|of|for)\s+")


def document_acronyms(texts: list[str], defined: dict[str, tuple[str, ...]] | None = None) -> frozenset[str]:
    """The acronyms the texts write ("DVLA"), as their letters: what a name written in full in an
    answer may stand for (`joined_names`); with `defined` (`Vocabulary.defined`), only those the
    documents define."""
    return frozenset("".join(t.letters) for text in texts for t in _tokens(text)[1]
                     if len(t.letters) > 2 and (defined is None or t.stem in defined))


def joined_names(text: str, atoms: list[Atom], acronyms: frozenset[str],
                 defined: dict[str, tuple[str, ...]] | None = None) -> list[Atom]:
    """`atoms` of `text` with two names the text joins by "and", "of" or "for" read as one, where
    the whole is written in full for an acronym the documents write (`acronyms`): "the Driver and
    Vehicle Licensing Agency" is one name, DVLA's, not "Driver" and "Vehicle Licensing Agency".
    Names whose initials spell no such acronym stay two ("Ada Moss and Ben Ward"), and so do
    names that spell an acronym the documents define (`defined`) as other words ("Director of
    Stage Management" where "Deputy Stage Manager (DSM)")."""
    names = sorted((a for a in atoms if a.kind == "entity" and text[a.start:a.end] == a.text), key=lambda a: a.start)
    if len(names) < 2 or not acronyms:
        return atoms
    merged: dict[int, Atom] = {}   # id of the first part -> the whole; the second part dropped
    dropped: set[int] = set()
    for first, then in zip(names, names[1:]):
        if id(first) in dropped or not _NAME_JOIN_RE.fullmatch(text, first.end, then.start):
            continue
        whole = text[first.start:then.end]
        words = content(tokens(whole))
        letters = "".join(c for w in words for c in _letters(w))
        if letters in acronyms and (defined or {}).get(letters, tuple(w.stem for w in words)) == tuple(w.stem for w in words):
            merged[id(first)] = replace(first, text=whole, key="entity:" + fold(whole), end=then.end)
            dropped.add(id(then))
    if not merged:
        return atoms
    return [merged.get(id(a), a) for a in atoms if id(a) not in dropped]


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[list[Token], list[Token]]:
    """A text's words and its acronyms, read once (evidence recurs across claims and answers)."""
    toks = tokens(text)
    return toks, [t for t in toks if t.is_acronym]


def abbreviated_in(atom: Atom, texts: list[str], vocab: Vocabulary) -> bool:
    """The name is in one of the texts in its other form: an acronym of the name ("API" for an
    answer's "Application Programming Interface"), or the words an acronym spells ("Chief
    Medical Officer" for an answer's "CMO"). An acronym the documents define stands for its
    definition only: "Maximum Uptime Period" is not the "Monthly Uptime Percentage (MUP)"; it is
    in a text that writes that definition, wherever the documents define it (`defined_in`)."""
    words = tokens(atom.text)
    if len(words) == 1 and words[0].is_acronym:
        if words[0].stem in vocab.defined:   # "AFB" where a passage says "American foulbrood"
            return any(defined_in(atom, t, vocab) for t in texts)
        return any(_spelled_in_text(words[0], t) or _parts_shortened_in_text(words[0].raw, t) for t in texts)
    if len(words) < 2:
        return False
    if any(w.is_acronym for w in words) and any(not w.is_acronym for w in words):
        if any(_partly_spelled_in_text(atom.text, t) for t in texts):
            return True
    else:
        defined = frozenset(vocab.defined.items())   # hashable for the memoised test, built once
        if any(_spelled_within_text(atom.text, t, defined) for t in texts):
            return True
    if any(shortened_within(words, _tokens(t)[0], vocab.lower) for t in texts):
        return True
    return any((spells(a, words) or spells(a, content(words)) or _parts_shorten(a.raw, content(words), whole=True))
               and _as_defined(a, words, vocab) for t in texts for a in _tokens(t)[1])


def defined_in(atom: Atom, text: str, vocab: Vocabulary) -> bool:
    """The name is an abbreviation the documents define, and the text writes the words it stands
    for, in a row: "MAH" in a text that writes "Marketing Authorisation Holder"."""
    words = tokens(atom.text)
    spelled = list(vocab.defined.get(words[0].stem, ())) if len(words) == 1 and words[0].is_acronym else []
    said = [t.stem for t in content(tokens(text))]
    return bool(spelled) and any(said[i:i + len(spelled)] == spelled for i in range(len(said) - len(spelled) + 1))


def defined_among(atom: Atom, stems: set[str] | frozenset[str], vocab: Vocabulary) -> bool:
    """The name is an abbreviation the documents define whose words are all among `stems` (the
    question's): "DPO" where the question asks of the "Data Protection Officer"; or the name spells
    out such an abbreviation among them: "the Installation Handover Certificate" where the question
    asks of the "IHC"."""
    words = tokens(atom.text)
    spelled = vocab.defined.get(words[0].stem, ()) if len(words) == 1 and words[0].is_acronym else ()
    if spelled:
        return set(spelled) <= set(stems)
    own = tuple(w.stem for w in content(words))
    return bool(own) and any(vocab.defined.get(s) == own for s in stems)


@lru_cache(maxsize=16384)
def _spelled_in_text(acronym: Token, text: str) -> bool:
    return spelled_in(acronym, _tokens(text)[0])   # memoised: evidence texts recur for every answer


# a word written as two or more capitalised parts ("InfoSec", "FinOps"), one of them maybe a lone
# initial ("CEng" for "Chartered Engineer", "MSc" for "Master of Science"), one at least in lower case
_CAMEL_PARTS_RE = re.compile(r"(?=[A-Z]*[a-z])(?:[A-Z][a-z]*){2,}")


@lru_cache(maxsize=16384)
def _parts_shortened_in_text(word: str, text: str) -> bool:
    """A word made of capitalised parts, each the first letters of one of a run of the text's
    words, in order ("InfoSec" for "Information Security", "DevOps" for "Development
    Operations"): the run written short, as one word."""
    return _parts_shorten(word, _tokens(text)[0])


def _parts_shorten(word: str, toks: list[Token], whole: bool = False) -> bool:
    """`word`'s capitalised parts are the first letters of a run of `toks`, in order (all of
    them where `whole`)."""
    if not _CAMEL_PARTS_RE.fullmatch(word):
        return False
    parts = re.findall(r"[A-Z][a-z]*", word)
    if whole and len(parts) != len(toks):
        return False
    return any(all(toks[i + k].raw.startswith(p) for k, p in enumerate(parts))
               for i in range(len(toks) - len(parts) + 1))


@lru_cache(maxsize=16384)
def _partly_spelled_in_text(name: str, text: str) -> bool:
    return _partly_spelled(tokens(name), _tokens(text)[0])


def _partly_spelled(words: list[Token], toks: list[Token]) -> bool:
    """A name with an acronym for part of it: "Bluetooth LE" where the text says "Bluetooth Low
    Energy", "NHS Digital Services" for "National Health Service Digital Services": its other words
    in place, each acronym where a run of the text's words it spells stands."""
    def match(i: int, j: int) -> bool:
        if j == len(words):
            return True
        if i >= len(toks):
            return False
        w = words[j]
        if not w.is_acronym:
            return toks[i].stem == w.stem and match(i + 1, j + 1)
        if toks[i].stem == w.stem and match(i + 1, j + 1):
            return True
        return any((spells(w, toks[i:k]) or _parts_shorten(w.raw, toks[i:k], whole=True)) and match(k, j + 1)
                   for k in range(i + 2, min(len(toks), i + _LONGEST) + 1))
    return any(match(i, 0) for i in range(len(toks)))


def _spelled_within(words: list[Token], toks: list[Token], asked: set[str] = frozenset(),
                    defined: dict[str, tuple[str, ...]] | None = None) -> bool:
    """The reverse of `_partly_spelled`: a name written in full where the text writes part of it by
    its acronym ("the Householder Design Guide Supplementary Planning Document" for "the
    Householder Design Guide SPD", "English Chess Federation Silver" for "ECF Silver"): the text's
    other words in place, each of its acronyms where a run of the name's words it spells stands. A
    word of the name is written as it is (an acronym for all of it is `spells`'s), and an acronym
    the question asks about (`asked`) stands for nothing ("What does MUP stand for?"), and one the
    documents define (`defined`) for its definition only."""
    defined = defined or {}

    def spelled(t: Token, run: list[Token]) -> bool:
        return spells(t, run) and defined.get(t.stem, tuple(w.stem for w in content(run))) == \
            tuple(w.stem for w in content(run))

    def match(i: int, j: int, literal: bool) -> bool:
        if j == len(words):
            return literal
        if i >= len(toks):
            return False
        t = toks[i]
        if t.stem == words[j].stem and match(i + 1, j + 1, True):
            return True
        return t.is_acronym and t.stem not in asked and any(
            spelled(t, words[j:k]) and match(i + 1, k, literal) for k in range(j + 2, min(len(words), j + _LONGEST) + 1))
    return len(words) >= 3 and any(match(i, 0, False) for i in range(len(toks)))


@lru_cache(maxsize=16384)
def _spelled_within_text(name: str, text: str, defined: frozenset[tuple[str, tuple[str, ...]]]) -> bool:
    return _spelled_within(tokens(name), _tokens(text)[0], defined=dict(defined))


def _as_defined(acronym: Token, words: list[Token], vocab: Vocabulary) -> bool:
    defined = vocab.defined.get(acronym.stem)
    return defined is None or set(defined) <= {w.stem for w in words}


# --- a word of a name written short ------------------------------------------------------------

_SHORT_FORM = (2, 4)   # letters of a short form ("Rd", "Snr", "Dept")


def shortened(short: str, word: str) -> bool:
    """`short` is how English writes `word` short: its first letters ("Rev" for "Revision", three
    at least), or its first and last with letters of its own between, in order (a contraction:
    "Snr" for "Senior", "Dept" for "Department", "wks" for "weeks"); two letters longer at least,
    with the same first letter and its case."""
    lo, hi = _SHORT_FORM
    if not (short.isalpha() and word.isalpha() and lo <= len(short) <= hi and len(word) >= len(short) + 2):
        return False
    s, w = short.lower(), word.lower()
    if short[0] != word[0] or not _in_order(list(s[1:]), w[1:]):
        return False
    return len(s) >= 3 and w.startswith(s) or s[-1] == w[-1] and _in_order(list(s[1:-1]), w[1:-1])


def _short_of(a: str, b: str, lower: frozenset[str]) -> bool:
    """One of the two words is the other, an everyday word, written short ("Snr", "Rev"); a proper
    name's first letters are another name ("Wend" is not "Wendale"). A short form that is an
    everyday word the documents also write in lower case ("car" where they write "car park") is
    that word, not a short form: "Car Park" is not the "Caravan Park"."""
    short, word = (a, b) if len(a) < len(b) else (b, a)
    return shortened(short, word) and is_common_word(fold(word)) and not (
        is_common_word(fold(short)) and squash(short) in lower)


def shortened_within(words: list[Token], toks: list[Token], lower: frozenset[str] = frozenset()) -> bool:
    """The name's words stand in a row in `toks`, word for word, some written short in one and in
    full in the other ("Snr Planning Officer" / "Senior Planning Officer", "Revision B" / "Rev B"):
    a name of two words at least, one of them written alike."""
    n = len(words)
    if n < 2:
        return False
    for i in range(len(toks) - n + 1):
        pairs = list(zip(words, toks[i:i + n]))
        # (a clipped word is its word written short: "Lab Reception" for "Laboratory Reception")
        clipped = [a.raw.casefold() != b.raw.casefold() and unclipped(a.raw) == unclipped(b.raw) for a, b in pairs]
        alike = [a.stem == b.stem and not clip for (a, b), clip in zip(pairs, clipped)]
        if any(alike) and not all(alike) and all(
                same or clip or _short_of(unpossessed(a.raw), unpossessed(b.raw), lower)
                for same, clip, (a, b) in zip(alike, clipped, pairs)):
            return True
    return False


# --- a name in a text, and a name stated in other words ------------------------------------------

def name_forms(name: str) -> list[str]:
    """A name squashed, as written and with its number words in digits ("Area Two": area2), a
    roman numeral after its first word in digits or words ("Grade II": grade2, gradetwo), and a
    weekday's plural in the singular ("Sundays": sunday)."""
    words = name.split()
    forms = [squash(name)]
    digits = [cardinal(w) or w for w in words]
    if digits != words:
        forms.append(squash(" ".join(digits)))
    # a label's roman numeral after its class word, in digits or words ("Grade II": grade2, gradetwo)
    numerals = [roman(w) if i else None for i, w in enumerate(words)]
    if any(numerals):
        for way in (0, 1):
            forms.append(squash(" ".join(n[way] if n else w for w, n in zip(words, numerals))))
    # a weekday's plural names the same day, recurring ("Sundays" = "every Sunday"); other plurals
    # are other names ("The Producers" is not "the Producer")
    if len(words) == 1 and singular(words[0]) in WEEKDAYS:
        forms.append(singular(words[0]))
    named = [w for w in words if normalize(w) not in DETERMINERS]
    if len(named) >= 2 and words[-1][:1].isalpha() and singular(words[-1]) != words[-1].casefold():
        # a named thing counted in the plural: "Tensor Cores" are units of the "Tensor Core 4.0"
        # (one word, "The Producers", stays another name than "the Producer")
        forms.append(squash(" ".join([*words[:-1], singular(words[-1])])))
    if len(words) == 2 and _LABEL_MARK.fullmatch(words[1]) and singular(words[0]) != words[0].casefold():
        # a label's class word in the plural before the first of a list: "Bands B, C and D" names Band B
        forms.append(squash(f"{singular(words[0])} {words[1]}"))
    return [f for f in forms if f]


_LABEL_MARK = re.compile(r"[^\W\d_]|[0-9]{1,2}")   # what tells a label apart: "Band B", "Zone 2" (keys are lower case)


# English's productive place-adjective endings and the place endings they stand for: "American" /
# "America", "Mexican" / "Mexico", "European" / "Europe", "Parisian" / "Paris", "Italian" / "Italy",
# "Japanese" / "Japan", "Chinese" / "China", "Pakistani" / "Pakistan", "Scottish" / "Scotland",
# "Swedish" / "Sweden". Irregular ones ("Welsh" / "Wales", "French" / "France") are not read.
_PLACE_ENDINGS = (("ian", ("", "a", "ia", "y", "e")), ("an", ("", "a", "o")), ("ese", ("", "a")),
                  ("i", ("",)), ("ish", ("land", "and", "en")))
_MIN_PLACE = 5   # letters of a place's word: shorter stems ("Ind-", "Rom-") are parts of other words


def place_forms(name: str) -> list[str]:
    """The places a name ending in a place adjective may name, squashed: "north american" ->
    northamerica, northamerico, ... (only those a text writes can match; `hallucination.place_named`)."""
    words = name.split()
    last = words[-1] if words else ""
    forms = []
    for ending, places in _PLACE_ENDINGS:
        if last.endswith(ending) and last.isalpha():
            stem = last[:-len(ending)]
            stems = {stem, stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else {stem}  # "Scott-ish": Scot-land
            forms += [squash(" ".join([*words[:-1], s + p])) for s in sorted(stems) for p in places
                      if len(s + p) >= _MIN_PLACE]
            break
    return forms


def name_in(atom: Atom, squashed_text: str) -> bool:
    """The atom's name is in the squashed text, in one of its forms (`name_forms`)."""
    name = atom.key.split(":", 1)[-1]
    forms = name_forms(name)
    if not forms:
        return False
    if forms[0] in squashed_text or any(_found(f, squashed_text) for f in forms[1:]):
        return True
    # long names survive one reworded word ("Senior Software Engineer II" / "Sr. Software Engineer II")
    parts = [squash(w) for w in name.split()]
    parts = [p for p in parts if p]
    return len(parts) >= 3 and sum(p in squashed_text for p in parts) >= 0.75 * len(parts)


def number_in_names(atom: Atom, names: list[Atom], before: str | None = None) -> bool:
    """A bare number that a name writes as a word: "2" for the "Area Two" among `names`; with
    `before`, the word written before the number must lead that word in the name ("Area 2")."""
    if atom.kind != "number" or atom.value is None or atom.high is not None:
        return False
    digits = str(int(atom.value)) if atom.value == int(atom.value) else ""
    for name in (n for n in names if n.kind == "entity"):
        words = name.key.split(":", 1)[-1].split()
        for i, w in enumerate(words):
            if cardinal(w) == digits and digits and (before is None or i > 0 and fold(before) == words[i - 1]):
                return True
    return False


_LETTERS_AND_NUMBER = re.compile(r"(?P<letters>[A-Z]|[A-Za-z]{2,8})-?(?P<number>[0-9]+)")


def code_in_words(code: Atom, toks: list[Token]) -> bool:
    """A code of letters and a number ("GS31") written as the words its letters abbreviate, then
    the number: "growth stage 31"."""
    parts = _LETTERS_AND_NUMBER.fullmatch(code.text) if code.kind == "code" else None
    if parts is None:
        return False
    acronym = Token(parts.group("letters"), "", 0, 0)
    n = len(parts.group("letters"))
    if n == 1:   # one letter, the initial of the word before the number ("U2000" for "Under 2000")
        return any(t.raw == parts.group("number") and toks[i - 1].raw[:1].upper() == acronym.raw
                   and toks[i - 1].end == t.start - 1 for i, t in enumerate(toks) if i >= 1)
    return any(t.raw == parts.group("number") and spells(acronym, toks[i - n:i]) for i, t in enumerate(toks) if i >= n)


@lru_cache(maxsize=16384)
def code_in_text(code: str, text: str) -> bool:
    """`code_in_words` over a whole text (memoised: evidence texts recur for every answer)."""
    return code_in_words(Atom("code", code, "code:" + code.lower()), _tokens(text)[0])


def number_of_code(atom: Atom, text: str, codes: list[Atom]) -> bool:
    """A number of `text` written after the words a code's letters abbreviate: the "31" of "at
    growth stage 31" where `codes` hold GS31."""
    if atom.kind != "number" or not atom.text.isdigit():
        return False
    toks = tokens(text[:atom.end])
    return any(c.text.endswith(atom.text) and code_in_words(c, toks) for c in codes if c.kind == "code")


def _found(form: str, squashed_text: str) -> bool:
    """A form ending in a digit is not found inside a longer number ("area2" is not in "area21")."""
    if not form[-1].isdigit():
        return form in squashed_text
    return re.search(re.escape(form) + r"(?!\d)", squashed_text) is not None


def name_stated(atom: Atom, toks: list[Token], vocab: Vocabulary, asked: set[str]) -> bool:
    """A name or code stated in another form: spelled out for an abbreviation ("personal locator
    beacon" for "PLB"), abbreviated ("BLE" for "Bluetooth Low Energy"), or by its distinctive part
    where the question asks for its class (`asked`: the question's stems)."""
    if atom.value is not None:
        return False
    words = tokens(atom.text)
    if _described(words, toks, vocab) or _alias_named(words, toks, vocab):
        return True
    if len(words) == 1 and words[0].is_acronym:
        spelled = vocab.defined.get(words[0].stem)
        stems = {t.stem for t in toks}
        return (bool(spelled and all(w in stems for w in spelled)) or words[0].stem in acronym_stems(words, toks, asked)
                or not spelled and _parts_shorten(words[0].raw, content(toks)))   # "Incorporated Engineer" for "IEng"
    acronyms = [t for t in toks if t.is_acronym and t.stem not in asked]
    if any(set(vocab.defined.get(a.stem, ())) >= {w.stem for w in content(words)} or spells(a, words)
           for a in acronyms):
        return True
    if any(_parts_shorten(t.raw, content(words), whole=True) for t in toks if t.is_acronym):
        return True   # "InfoSec" for "Information Security"
    if any(w.is_acronym for w in words) and any(not w.is_acronym for w in words) and _partly_spelled(words, toks):
        return True   # "Lena Cho, Incorporated Engineer" for "Lena Cho IEng"
    return (_abbreviated_within(words, toks, vocab, asked) or _distinctive_part_stated(words, toks, asked)
            or shortened_within(words, toks, vocab.lower) or _spelled_within(words, toks, asked, vocab.defined)
            or _named_by_first_word(words, toks, vocab))


def _named_by_first_word(words: list[Token], toks: list[Token], vocab: Vocabulary) -> bool:
    """A name the documents also write by its first word alone ("Tallowby will repair the fault"
    of "Tallowby Roofing Ltd"): the answer that writes that word alone states it. Alone: not beside
    another capitalised word ("Naveen Osei" names a person, "Millbridge Deposit Payment Service"
    another body), nor before a word the documents write after it in another name ("the Dormex
    course" is not "the Dormex Junior course"). The word must be a name's: capitalised, no everyday
    word, never written in lower case; and the documents must write it alone, before a function word
    or at a text's end ("Tallowby will", "Tallowby within 14 days"), not only as the modifier of
    other names."""
    if len(words) < 2 or not words[0].raw[:1].isupper() or is_common_word(fold(words[0].raw)) \
            or squash(words[0].raw) in vocab.lower:
        return False
    first = words[0]
    said = [i for i, t in enumerate(toks) if t.raw == first.raw
            and not (i and toks[i - 1].raw[:1].isupper() and normalize(toks[i - 1].raw) not in STOPWORDS
                     and (i > 1 or (squash(toks[i - 1].raw), squash(t.raw)) in vocab.names.get(squash(t.raw), ())))]
    if not any(i + 1 == len(toks)
               or not toks[i + 1].raw[:1].isupper() and not vocab.writes([first.stem, toks[i + 1].stem])
               for i in said):
        return False
    alone = re.compile(rf" {re.escape(first.stem)} (\S+ |$)")
    return any(m.group(1).strip() in _FUNCTION_STEMS or not m.group(1)
               for text in vocab.stems for m in alone.finditer(text))


# the stems of function words (closed classes): what follows a name used alone ("Tallowby will")
_FUNCTION_STEMS = frozenset(stem(w) for w in STOPWORDS)


def _abbreviated_within(words: list[Token], toks: list[Token], vocab: Vocabulary, asked: set[str]) -> bool:
    """A defined abbreviation is the words it stands for inside a longer name too: "the EN C Award"
    states "the England Netball C Award" where "England Netball (EN)" is defined."""
    if not any(t.is_acronym and t.stem in vocab.defined for t in toks):
        return False
    said = [s for t in toks for s in (vocab.defined[t.stem] if t.is_acronym and t.stem in vocab.defined
                                       and t.stem not in asked else (t.stem,))]
    said = [s for s in said if s not in STOPWORDS]   # a definition's words skip "of" ("Royal Schools of Music")
    want = [w.stem for w in content(words)]
    return len(want) > 1 and any(said[i:i + len(want)] == want for i in range(len(said) - len(want) + 1))


# Words that refer back to one thing: "the battery", "its battery", not "a battery"
_DEFINITE = DETERMINERS - {"a", "an"}


def _alias_named(words: list[Token], toks: list[Token], vocab: Vocabulary) -> bool:
    """The answer names the thing by another name the documents give it: "oxalenib" for "Arm A",
    the post holder's surname for the post ("Hartwell" for "the Race Director") and back."""
    name = [w.stem for w in content(words)]
    # an abbreviation the documents define says the words it stands for ("the CMO")
    stems = {t.stem for t in toks} | {w for t in toks if t.is_acronym for w in vocab.defined.get(t.stem, ())}

    spelled = list(vocab.defined.get(name[0], ())) if len(name) == 1 else []   # "CMO": Chief Medical Officer

    def names(side: tuple[str, ...]) -> bool:   # a surname names its bearer in full ("Dr Ruben Achterberg")
        said = [stem(normalize(w)) for w in side]
        return bool(name) and (said in (name, spelled) or len(said) == 1 and name[-1] == said[0])

    # the other name's words, less the function words an abbreviation's letters skip ("of")
    return any(names(mine) and all(w in stems for w in _initialled(other))
               and not _held_by_another(toks, vocab, other, mine)
               for a, b in vocab.aliases for mine, other in ((a, b), (b, a)))


def _held_by_another(toks: list[Token], vocab: Vocabulary, post: tuple[str, ...], holder: tuple[str, ...],
                     acronyms: list[Token] | None = None) -> bool:
    """Whether the answer writes a post the documents give `holder` in apposition with another
    person's name ("Daniel Reyes, the Head of People", "the Head of People, Daniel Reyes"), or names
    another person and not the holder: there the post does not name its holder. Tokens keep no
    punctuation: a gap wider than a space between the name and the post stands for the comma."""
    if (post, holder) not in vocab.held:
        return False
    surname = stem(normalize(holder[0]))
    for first, last in _written(toks, post, vocab, acronyms):
        i = next(k for k, t in enumerate(toks) if t is first)
        j = next(k for k, t in enumerate(toks) if t is last)
        k = i - 1 if i and normalize(toks[i - 1].raw) in ("the", "as") else i
        before = _name_run(toks[:k][::-1], toks[k].start)
        after = _name_run(toks[j + 1:], toks[j].end)
        if any(run and surname not in {t.stem for t in run} for run in (before, after)):
            return True
    # nor where the answer names another person the documents name, and not the holder ("Fiona
    # Lowe, in her role as Safety Officer" for "the Safety Officer, Priya Nair")
    said = {squash(t.raw) for t in toks if t.raw[:1].isupper()}
    own = {squash(w) for w in post + holder}
    return not own & said - {squash(w) for w in post} and any(
        len(n) >= 2 and set(n) <= said and not own & set(n) and _a_person(n, vocab)
        for w in said for n in vocab.names.get(w, ()))


def _name_run(toks: list[Token], edge: int) -> list[Token]:
    """The capitalised words next to a post, set off from it by punctuation (`toks` run outwards)."""
    gap = (toks[0].start - edge if toks[0].start >= edge else edge - toks[0].end) if toks else 0
    if gap <= 1:
        return []
    run = []
    for t in toks:
        if not t.raw[:1].isupper() or normalize(t.raw) in STOPWORDS:
            break
        run.append(t)
    return run


def _described(words: list[Token], toks: list[Token], vocab: Vocabulary) -> bool:
    """The answer calls a defined abbreviation, or what it stands for, by the noun its glossary
    entry defines it as: "the battery" for "PP" where "Power Pack (PP) – the removable battery"."""
    name = tuple(w.stem for w in content(words))
    nouns = {noun for abbr, noun in vocab.described.items() if name in ((abbr,), vocab.defined.get(abbr))}
    return bool(nouns) and any(t.stem in nouns and normalize(toks[i - 1].raw) in _DEFINITE
                               for i, t in enumerate(toks) if i > 0)


def _distinctive_part_stated(words: list[Token], toks: list[Token], asked: set[str]) -> bool:
    """"Which region opened in April?" - "Wren." states "Region Wren": a label of two words, a class
    word (an everyday noun the question also uses) and a distinctive one (capitalised, a letter or
    a number: "Zone C", "Tier 2"). The question gives the class; the distinctive word must be
    stated, and not as one of several ("Putnam and Westchester counties" chooses no county)."""
    if len(words) != 2:
        return False   # "Customer Relations Manager" is a title, not a class and a label
    generic = [w for w in words if w.stem in asked and is_common_word(fold(w.raw))]
    rest = [w for w in words if w not in generic]
    if len(generic) != 1 or not (rest[0].raw[:1].isupper() or rest[0].raw.isdigit()):
        return False
    return any(not _coordinated(toks, at, at + 1) for at in _occurrences(toks, (rest[0].raw,)))


def _coordinated(toks: list[Token], start: int, end: int) -> bool:
    """The words toks[start:end] are joined by "and"/"or" to a capitalised word (another name)."""
    after = toks[end:end + 2]
    before = toks[max(0, start - 2):start]
    joined = {"and", "or"}
    return (len(after) == 2 and normalize(after[0].raw) in joined and after[1].raw[:1].isupper()) or \
        (len(before) == 2 and normalize(before[1].raw) in joined and before[0].raw[:1].isupper())


# --- one name written fuller or shorter ---------------------------------------------------------

# A name as written: two to six capitalised words (a short abbreviation with its full stop: "Dr.",
# "J."; a longer word's full stop ends a sentence) next to each other, after any determiner ("The Hub": hub is not a name word)
_NAME_WORD_RUN = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*)"
_NAME_RUN = re.compile(rf"(?<![\w'’.-]){_NAME_WORD_RUN}(?:[ \t]{_NAME_WORD_RUN}){{1,5}}(?![\w'’-])")


def _name_words(run: str) -> tuple[str, ...]:
    words = tuple(squash(w) for w in run.split())
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return tuple(w for w in words if w)


def _by_last_word(texts: list[str]) -> dict[str, frozenset[tuple[str, ...]]]:
    """The names the texts write of two words or more, by their last word."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for words in (w for t in texts for w in names_in(t)):
        found.setdefault(words[-1], set()).add(words)
    return {k: frozenset(v) for k, v in found.items()}


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+")


def _lower_words(texts: list[str]) -> frozenset[str]:
    return frozenset(squash(w) for t in texts for w in _LOWER_WORD.findall(t))


def never_lower(texts: list[str] | tuple[str, ...], lower: frozenset[str] | None = None) -> frozenset[str]:
    """The capitalised words the texts never write in lower case (squashed): surnames, even those
    that are everyday words elsewhere ("Bell" in "Carys Bell")."""
    return frozenset(squash(w) for t in texts for w in _CAPITAL_WORD.findall(t)) \
        - (_lower_words(list(texts)) if lower is None else lower)


def _titles(names: dict[str, frozenset[tuple[str, ...]]], lower: frozenset[str]) -> frozenset[str]:
    """The first words of names of three words or more that stand before two or more surnames (a
    last word never written in lower case): "Cllr" of "Cllr Sarah Wynn" and "Cllr Ian Prestwick".
    A title, read from the documents, not from a list."""
    lasts: dict[str, set[str]] = {}
    for last, written in names.items():
        if last in lower:
            continue
        for n in written:
            if len(n) >= 3:
                lasts.setdefault(n[0], set()).add(last)
    return frozenset(first for first, found in lasts.items() if len(found) >= 2)


def _within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """The words of `short` in order in `full`, with its last word the same."""
    rest = iter(full[:-1])
    return bool(short) and short[-1] == full[-1] and all(w in rest for w in short[:-1])


def initialled(said: tuple[str, ...], full: tuple[str, ...], lower: Set[str]) -> bool:
    """`said` is a person's name `full` with given names written as their initials ("R Kettering",
    "R. J. Kettering" for "Ravi James Kettering"): word for word, the last the same, each other
    word the same or its first letter, at least one so; not a name of words the documents write
    in lower case too (`lower`: "P Office" is not the "Post Office"). Squashed words."""
    return (len(said) == len(full) >= 2 and said[-1] == full[-1] and said != full
            and all(a == b or len(a) == 1 and b[:1] == a for a, b in zip(said[:-1], full[:-1]))
            and not any(w in lower for w in full))


def same_named(key: tuple[str, ...], said: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Two forms of one name: the same last word, and both within one name (the key's, or one the
    documents write) that the other words complete: given names, initials or a title added or
    dropped ("Cllr Marsh", "Eileen Marsh" and "Cllr Eileen Marsh"; "Dr Okafor" for "Dr Ama Okafor").
    No list of titles: a word the documents write before the name is part of it. A form that fits
    two names the documents write of which neither holds the other ("Dr Reid" where "Dr Anna Reid"
    and "Dr Paul Reid") names neither. Forms are squashed words; each of two words at least, so
    that a bare last word ("Ground", "Reid") is no name's form here."""
    if key == said or len(key) < 2 or len(said) < 2 or key[-1] != said[-1]:
        return False
    written = vocab.names.get(key[-1], frozenset())
    full = next((n for n in (key, *sorted(written, key=lambda n: (len(n), n))) if _within(key, n) and _within(said, n)), None)
    if full is None or full != key and full not in written:
        return False
    return not any(_within(form, n) and not (_within(n, full) or _within(full, n))
                   for form in (key, said) for n in written)


def names_in(text: str) -> list[tuple[str, ...]]:
    """The names a text writes (`_NAME_RUN`), as squashed words."""
    return [w for w in (_name_words(m.group()) for m in _NAME_RUN.finditer(text)) if len(w) >= 2]


def whole_name(text: str) -> tuple[str, ...]:
    """The text's words when it is one name of two words or more (`_NAME_RUN`), else none: "the
    Chair, Cllr Oduya" is two."""
    text = text.strip()
    return _name_words(text) if _NAME_RUN.fullmatch(text) and len(_name_words(text)) >= 2 else ()


# --- a name less its last word -----------------------------------------------------------------

# A company's legal form, a closed class: "Halverne Pharma Ltd" is "Halverne Pharma" whatever follows.
_LEGAL_FORMS = frozenset("ltd limited inc incorporated plc llc llp gmbh ag sa srl bv nv pty corp".split())
# a name going on past the short form: another name word, or one after "of"/"and"/"&" ("Harbour Homes of Leeds")
_RUNS_ON = re.compile(r"\s+(?:(?:of|and|for|&)\s+)?[A-Z]")
_REFERRED = re.compile(r"\b(?:the|its|this|that)\s+([a-z][a-z-]*)")   # "the hotel's": hotel


def _referred(texts: list[str]) -> frozenset[str]:
    """The lower-case words the texts write after a word that refers back ("the hotel's sommelier"):
    nouns a name's last word may be, as the class of the thing it names ("the Grange Hotel")."""
    return frozenset(squash(w) for t in texts for w in _REFERRED.findall(t))


# a noun things are counted by: after "per", "each" or "every", one lower-case word between at most
# ("per slab", "each affected household"; closed class of words)
_COUNTED = re.compile(r"\b(?:per|each|every)\s+(?:[a-z][\w-]*\s+)?([a-z][\w'’-]*)\b", re.IGNORECASE)


def _counted(texts: list[str]) -> frozenset[str]:
    """The stems of the nouns the texts give things per, or count each of: both words after the
    marker, as either may be the noun ("per slab", "each affected household")."""
    out = set()
    for t in texts:
        for m in _COUNTED.finditer(t):
            out.update(stem(normalize(w)) for w in m.group(0).split()[1:])
    return frozenset(out)


def _counts(texts: list[str]) -> frozenset[str]:
    """The nouns the texts count with a number, as the atoms read them ("3,650 fuzzy matches": match)."""
    return frozenset(noun for t in texts for a in extract_atoms(t) if (noun := counted_noun(a)))


def class_word_dropped(key: tuple[str, ...], answer: str, vocab: Vocabulary) -> bool:
    """The answer writes the name `key` (squashed words) less its last word, where that word is a
    legal form ("Halverne Pharma" for "Halverne Pharma Ltd") or a class noun the documents also
    write as one, after "the" ("the Grange" for "the Grange Hotel" where "the hotel's sommelier").
    Not where the documents write another name that is the short form and one word more (less its own
    legal form), which the short form may equally stand for ("the Grange" where "Grange Hotel" and
    "Grange Farm", "Ferris" where "Ferris Trust Ltd"; a name
    longer still, "Calderwick Foods Pension Plan", is not written short by dropping one word), nor
    where the answer's short form runs on into another name ("Grange Farm" itself, "Harbour Homes
    of Leeds")."""
    if len(key) < 2 or not (key[-1] in _LEGAL_FORMS or key[-1] in vocab.referred):
        return False
    short = key[:-1]
    # another name the short form opens ("Grange Farm"): not the short form itself, nor the key
    others = {n for written in vocab.names.values() for n in written
              if _bare(n)[:len(short)] == short and len(_bare(n)) == len(key) and n != key}
    if others:
        return False
    run = r"[^\w'’-]+".join(re.escape(w) for w in short)
    return any(m.group()[:1].isupper() and not _RUNS_ON.match(answer, m.end())
               for m in re.finditer(rf"(?<![\w'’-]){run}(?![\w'’-])", answer, re.IGNORECASE))


def _bare(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name less its legal form ("Ferris Trust" of "Ferris Trust Ltd")."""
    return name[:-1] if len(name) > 1 and name[-1] in _LEGAL_FORMS else name


HONORIFICS = frozenset(w.lower() for w in _HONORIFIC_WORDS)   # squashed, as names are
# English titles of office and rank written short before a name ("Cllr Sowerby" for "Councillor
# Bethan Sowerby"), a closed class: the short form names the title it shortens
_TITLE_SHORT = {"cllr": "councillor", "capt": "captain", "sgt": "sergeant", "insp": "inspector",
                "supt": "superintendent", "rev": "reverend", "revd": "reverend", "col": "colonel",
                "lt": "lieutenant", "cdr": "commander", "det": "detective", "gov": "governor", "dr": "doctor",
                "prof": "professor", "fr": "father", "sr": "sister"}


def _holder(key: tuple[str, ...], vocab: Vocabulary) -> tuple[str, ...] | None:
    """The fullest name the documents write that holds the key ("Dr Gareth Lowe" for "Gareth Lowe"),
    where every written form of it lies within that one; none if the key is no name they write."""
    forms = [n for n in vocab.names.get(key[-1], frozenset()) if _within(key, n) or _within(n, key)]
    full = max(forms, key=lambda n: (len(n), n), default=None)
    if full is None or not all(_within(n, full) for n in forms):
        return None
    return full if any(_within(key, n) for n in forms) else None


def _title_forms(word: str) -> set[str]:
    """The other forms of a title, short or full ("cllr": {"councillor"}, "reverend": {"rev", "revd"})."""
    return {full for short, full in _TITLE_SHORT.items() if short == word} | \
        {short for short, full in _TITLE_SHORT.items() if full == word}


def title_written_short(word: str) -> str | None:
    """The title a short form before a name stands for ("Cllr": councillor), None for any other word."""
    return _TITLE_SHORT.get(squash(word))


def _untitled(name: tuple[str, ...], vocab: Vocabulary) -> tuple[str, ...]:
    """The name less a title before it: a person's is a given name and a surname ("Dr Gareth Lowe");
    an everyday word before two more is a title too ("Councillor Bethan Sowerby", "Captain …"),
    though no other person the documents name has it."""
    titled = name and (name[0] in HONORIFICS or name[0] in vocab.titles or name[0] in _TITLE_SHORT
                       or len(name) == 3 and is_common_word(name[0]) and not is_common_word(name[1]))
    return name[1:] if titled else name


def _a_person(full: tuple[str, ...], vocab: Vocabulary) -> bool:
    """The documents write the name as a person's: after a title ("Dr Gareth Lowe"), with a post or
    role they give it (`held`, `roles`), or with a last word that is no everyday word and a first
    word that opens no other name ("Tomas Quayle"; "Dormex Junior" ends in a class word, "Hut
    Gannet" and "Hut Fulmar" open with one: things)."""
    if _untitled(full, vocab) != full or any(squash(p[-1]) == full[-1] for _, p in vocab.held) \
            or any(_is(p, full) for _, p in vocab.roles):
        return True
    return not is_common_word(full[-1]) and not any(
        n[0] == full[0] and n[-1] != full[-1] for ns in vocab.names.values() for n in ns)


def named_in_part(said: tuple[str, ...], texts: list[str], vocab: Vocabulary) -> bool:
    """A person the documents name in full, by a given name and a surname after any title
    ("Callum Whitford", "Dr Gareth Lowe", held by `said`),
    where `texts` name them by one word of the name ("Callum did the sums", "Tell Margaret") or a
    title and the surname ("Dr Lowe", "Ms. Whitfield"): the word standing on its own, not next to
    another capitalised word but a title, a word of the same name or a word opening a sentence that
    the documents write in lower case ("Tell"); and no other name the documents write has that
    word (two Callums, or Ann and Tom Whitford, leave it open), nor do they write it in lower case."""
    full = _holder(said, vocab) if len(said) >= 2 else None
    # a title written short on one side and in full on the other ("Cllr Sowerby" for "Councillor
    # Bethan Sowerby", "Councillor Pryce" for "Cllr Ann Pryce")
    for title in _title_forms(said[0]) if full is None and len(said) >= 2 else ():
        full = full or _holder((title, *said[1:]), vocab)
    if full is None or len(_untitled(full, vocab)) != 2 or not _a_person(full, vocab):
        return False
    # a title and the surname the documents write ("Professor Cathcart" beside "Alan Cathcart") is a
    # form of this name, not another person's: that surname alone is then no other name's word
    written = [n for ns in vocab.names.values() for n in ns
               if not (_within(n, full) or _within(full, n) or _within(_untitled(n, vocab), full))]
    # the given name written as its initial ("M. Ellery" for "Marcus Ellery"), a form of no other
    # name the documents write (Marcus and Mia Ellery leave it open)
    bare = _untitled(full, vocab)
    if any(initialled(n, bare, vocab.lower) and not any(initialled(n, o, vocab.lower) for o in written)
           for t in texts for n in names_in(t)):
        return True
    for word in dict.fromkeys(full):
        if word in vocab.lower or word in HONORIFICS or word in vocab.titles or any(word in n for n in written):
            continue
        # not beside another capitalised word, nor joined to one by "&" (a firm: "Dolce & Gabbana")
        rx = re.compile(rf"(?<![\w'’-])(?<!&\s)({re.escape(word)})(?:['’]s)?(?![\w'’-])(?!\s+(?-i:[A-Z])|\s*&)",
                        re.IGNORECASE)
        if any(m.group(1)[:1].isupper() and _stands_alone(t, m.start(), full, vocab, word == full[-1])
               for t in texts for m in rx.finditer(t)):
            return True
    return False


_WORD_BEFORE = re.compile(r"(?:^|(?P<stop>[.!?:;]\s+|\n\s*)|\s)(?P<word>[^\W\d_][\w'’-]*)\.?\s+$")


def _stands_alone(text: str, at: int, full: tuple[str, ...], vocab: Vocabulary, surname: bool) -> bool:
    """The word at `at` is not the last word of another name: the word before it is in lower case, a
    title or a word of the name itself, or opens a sentence and the documents write it in lower case."""
    m = _WORD_BEFORE.search(text[max(0, at - 40):at])
    if m is None or not m.group("word")[:1].isupper():
        return True
    before = squash(m.group("word"))
    if before in full or before in HONORIFICS or before in vocab.titles or _TITLE_SHORT.get(before) in full \
            or before in {_TITLE_SHORT.get(w) for w in full}:   # a title written short either side
        return True
    # before a surname another capitalised word may be another given name ("Tom Farouk"); before a
    # given name, a word that opens the sentence is only that ("Ask Amina")
    opens = m.start("word") == 0 and at <= 40 or m.group("stop") is not None
    return opens and (not surname or before in vocab.lower)


def _roles(texts: list[str], surnames: frozenset[str]) -> frozenset[Alias]:
    """The roles the texts describe in lower-case words, each with the person given it (`post_holders`;
    a name of everyday words is a person's where its last word ends a name the texts write)."""
    return frozenset(_role_alias(h) for t in texts for h in post_holders(t, surnames, roles=True))


def _role_alias(h: Holding) -> Alias:
    """A role a text gives and its holder: (the role's stems, the holder's name squashed)."""
    return _stems(h.post), _name_words(" ".join(h.person))


def _stems(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.stem for w in words for t in tokens(w))


def _is(person: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`person` is a form of the name `full`: within it, or a lone word of it ("Hannah")."""
    return _within(person, full) or len(person) == 1 and person[0] in full


def described_as(said: tuple[str, ...], text: str, vocab: Vocabulary, asked: set[str] = frozenset()) -> bool:
    """The text refers to the person the documents name in full by `said` by a role they give that
    person and no one else ("the county archaeologist" for Dr Kate Lowther where "the county
    archaeologist, Dr Kate Lowther"): the role's words in a row, not all of them the question's
    (`asked`: "Who is the lead guide?" is not answered by "the lead guide"), and not given in the
    text to someone else ("Olivier Dantec, the lead guide" names Olivier)."""
    full = _holder(said, vocab) if len(said) >= 2 else None
    if full is None:
        return False
    mine = {r for r, p in vocab.roles if _is(p, full)} - {r for r, p in vocab.roles if not _is(p, full)}
    # (a holder's name of everyday words is a person's where the documents write it: "the project
    # manager, Callum Tate"; their last words, read in place)
    given = [_role_alias(h) for h in post_holders(text, vocab.names.keys(), roles=True)]
    toks = [t.stem for t in tokens(text)]
    return any(not set(r) <= asked and not any(g == r and not _is(p, full) for g, p in given)
               and any(tuple(toks[i:i + len(r)]) == r for i in range(len(toks) - len(r) + 1))
               for r in mine)
