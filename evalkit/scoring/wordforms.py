"""Word forms for comparing words across paraphrase: each word with its stem and span.

Stems come from Snowball (nltk, which rouge-score already brings), irregular verb forms read as
their verb ("written" = "writing"); number words and ordinals read as digits ("fourth" = "4th" =
"4", "single" = "one" = "1", "twice" = "two"); a clipped word read as the word it clips ("lab" =
"laboratory"); an acronym is told by its capitals ("BLE", "HRBP", "the PM's").
"""
from __future__ import annotations

import re
from typing import NamedTuple
from functools import lru_cache

from .text import STOPWORDS, normalize

_TOKEN = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
# the tens ("forty" = "40"); a compound ("forty-two") is two words, read as one number by the atoms
_NUMBER_WORDS.update({w: str(10 * i) for i, w in enumerate(
    "thirty forty fifty sixty seventy eighty ninety".split(), start=3)})
# counts that are no number word ("a single dose" counts one, as "one dose" does)
_COUNT_WORDS = {"single": "1"}
_TIMES = {"twice": "2", "thrice": "3"}   # "twice a day" is "two times a day"
_ORDINALS = {w: str(i) for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINALS.update({w: str(10 * i) for i, w in enumerate(
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(), start=3)})
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# Clipped words, read as the words they clip ("the lab" is "the laboratory", "an exam" "an
# examination"): English clippings that clip one word only (not "temp", "app", "rep", "sub" or "ad",
# each short for several), singular and plural.
_CLIPPED = {clip + end: full + full_end for clip, full in (
    ("lab", "laboratory"), ("info", "information"), ("admin", "administration"), ("exam", "examination"),
    ("photo", "photograph"), ("memo", "memorandum"), ("gym", "gymnasium"), ("maths", "mathematics"),
    ("fridge", "refrigerator"), ("phone", "telephone"), ("bike", "bicycle"), ("intro", "introduction"),
    ("demo", "demonstration"), ("uni", "university"))
    for end, full_end in (("", ""), ("s", "s")) if not (end and clip.endswith("s"))}
# ... and words written short by leaving letters out, each of one word only (a closed class of
# English office words: "Asst.", "Dept"; not "Dr" or "St", each of two, and not a title before a
# name, "Cllr", "Capt": "Cllr Joe Danby" names one person, not the councillors as a class)
_CLIPPED.update({short: full for short, full in (
    ("asst", "assistant"), ("dept", "department"), ("depts", "departments"), ("mgr", "manager"),
    ("govt", "government"), ("approx", "approximately"))})
# Irregular English verbs: base -> (past, past participle), every form spelled out where the
# regular rules (`verb_forms`) would get it wrong, consonant doubling included ("referred"). A closed
# class of English; one table for every rule that reads or writes a verb's forms.
IRREGULAR_VERBS: dict[str, tuple[str, str]] = {
    "say": ("said", "said"), "tell": ("told", "told"), "give": ("gave", "given"), "have": ("had", "had"),
    "find": ("found", "found"), "know": ("knew", "known"), "show": ("showed", "shown"),
    "hold": ("held", "held"), "go": ("went", "gone"), "speak": ("spoke", "spoken"), "make": ("made", "made"),
    "get": ("got", "got"), "see": ("saw", "seen"), "set": ("set", "set"), "spell": ("spelled spelt", "spelled spelt"),
    "lay": ("laid", "laid"), "put": ("put", "put"), "write": ("wrote", "written"), "leave": ("left", "left"),
    "bring": ("brought", "brought"), "deal": ("dealt", "dealt"), "break": ("broke", "broken"),
    "take": ("took", "taken"), "choose": ("chose", "chosen"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"),
    "forget": ("forgot", "forgotten"), "hide": ("hid", "hidden"), "steal": ("stole", "stolen"),
    "freeze": ("froze", "frozen"), "ride": ("rode", "ridden"), "bite": ("bit", "bitten"),
    "shake": ("shook", "shaken"), "prove": ("proved", "proven"), "beat": ("beat", "beaten"),
    "fall": ("fell", "fallen"), "rise": ("rose", "risen"), "grow": ("grew", "grown"), "throw": ("threw", "thrown"),
    "draw": ("drew", "drawn"), "light": ("lit", "lit"), "wear": ("wore", "worn"), "tear": ("tore", "torn"), "swear": ("swore", "sworn"),
    "begin": ("began", "begun"), "shrink": ("shrank", "shrunk"), "lose": ("lost", "lost"), "win": ("won", "won"),
    "sell": ("sold", "sold"), "buy": ("bought", "bought"), "lend": ("lent", "lent"), "send": ("sent", "sent"),
    "teach": ("taught", "taught"), "refer": ("referred", "referred"), "log": ("logged", "logged"),
}
# Past forms that are other words as often as they are the verb ("a rose", "the fell", "turn left",
# "a saw", "found a company", "a bit", "Lent", "spelt flour"): word comparison everywhere keeps them
# apart from their verb; a rule that knows it reads a verb (of change, of saying) takes them too
# (`verb_of`).
_OTHER_WORDS = frozenset("rose fell left saw found bit lent spelt".split())
_FORMS_OF = {form: verb for verb, forms in IRREGULAR_VERBS.items() for part in forms for form in part.split()
             if form != verb}
_VERB_OF = {form: verb for form, verb in _FORMS_OF.items() if form not in _OTHER_WORDS}
_PAST_FORMS = frozenset(form for past, _ in IRREGULAR_VERBS.values() for form in past.split())
_VERB_PREFIXES = ("re", "over", "under", "mis", "out", "fore", "with")   # not "un": "unknown" is no verb
_PLURAL_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+s$")


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The comparable form of one lower-cased word."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace(".", "").replace("'", "")
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if word in _TIMES:
        return _TIMES[word]
    if word in _ORDINALS:
        return _ORDINALS[word]
    if word in _COUNT_WORDS:
        return _COUNT_WORDS[word]
    m = _ORDINAL_DIGITS.match(word)
    if m:
        return m.group(1)
    return _stemmer().stem(_verb(_CLIPPED.get(word, word)))


def unclipped(word: str) -> str:
    """The word a clipped word clips ("lab": "laboratory"), else the word, lower-cased."""
    w = word.casefold()
    return _CLIPPED.get(w, w)


def _verb(word: str) -> str:
    """The verb of an irregular form ("written" -> "write", "rewritten" -> "rewrite"), else the word."""
    if word in _VERB_OF:
        return _VERB_OF[word]
    prefix = next((p for p in _VERB_PREFIXES if word.startswith(p) and word[len(p):] in _VERB_OF), None)
    return prefix + _VERB_OF[word[len(prefix):]] if prefix else word


def verb_of(word: str) -> str:
    """The base of any irregular verb form, the other words among them too ("rose" -> "rise",
    "said" -> "say", "goes" -> "go"); else the word. For rules that know the word is a verb."""
    return _FORMS_OF.get(word) or _third_person().get(word, word)


@lru_cache(maxsize=1)
def _third_person() -> dict[str, str]:
    # an irregular verb's third person singular, which a stemmer reads as another word ("goes" -> "goe")
    return {verb_forms(verb)[1]: verb for verb in IRREGULAR_VERBS}


_PARTICIPLES = frozenset(form for _, participle in IRREGULAR_VERBS.values() for form in participle.split()) - _OTHER_WORDS


def participle(word: str) -> bool:
    """A verb's participle ("fractured", "broken", "rising"): a regular one has a stem of its own
    ("red", "seed", "spring" are none), an irregular one is in `IRREGULAR_VERBS` and no other word
    as often ("left", "found" are not read as one)."""
    word = word.lower()
    return (word.endswith(("ed", "ing")) and stem(word) != word) or word in _PARTICIPLES


def irregular_past(word: str) -> bool:
    """An irregular verb's past tense ("rose", "taught", "said")."""
    return word in _PAST_FORMS


def verb_forms(verb: str) -> tuple[str, str, str, str]:
    """Base, third person singular, past and past participle of a verb; a phrasal verb inflects
    its first word ("set out" -> "sets out"). Forms with two spellings are given as a regex
    alternation ("(?:spelled|spelt)")."""
    head, _, rest = verb.partition(" ")
    rest = f" {rest}" if rest else ""
    if head == "have":
        s = "has"
    elif re.search(r"(?:s|sh|ch|x|z|o)$", head):
        s = head + "es"
    elif re.search(r"[^aeiou]y$", head):
        s = head[:-1] + "ies"
    else:
        s = head + "s"
    if head in IRREGULAR_VERBS:
        past, pp = (f"(?:{'|'.join(f.split())})" if " " in f else f for f in IRREGULAR_VERBS[head])
    elif head.endswith("e"):
        past = pp = head + "d"
    elif re.search(r"[^aeiou]y$", head):
        past = pp = head[:-1] + "ied"
    else:
        past = pp = head + "ed"
    return tuple(f + rest for f in (head, s, past, pp))  # type: ignore[return-value]


def ing_form(verb: str) -> str:
    """The -ing form of a one-word verb (state: stating, list: listing, set: setting)."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


@lru_cache(maxsize=16384)
def is_ordinal(word: str) -> bool:
    """An ordinal, in words or digits: "third", "3rd"."""
    w = normalize(word)
    return w in _ORDINALS or _ORDINAL_DIGITS.match(w) is not None


def cardinal(word: str) -> str | None:
    """The digits of a number word ("Two" -> "2"), else None."""
    return _NUMBER_WORDS.get(normalize(word))


def number_word(digits: str) -> str | None:
    """The one number word for digits ("9" -> "nine", "40" -> "forty"), else None."""
    return _WORD_OF.get(digits)


# the roman numerals a label is marked with ("Grade II", "Phase IV"), one to twenty
_ROMAN = {r: str(i) for i, r in enumerate(
    "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split(), start=1)}
_WORD_OF = {d: w for w, d in _NUMBER_WORDS.items()}


def roman(word: str) -> tuple[str, str] | None:
    """The digits and the number word of a roman numeral ("II" -> ("2", "two")), else None."""
    digits = _ROMAN.get(normalize(word))
    return (digits, _WORD_OF[digits]) if digits else None


class Token(NamedTuple):
    # a tuple: made and hashed in C (tokens are made for every word of every text read, and
    # clauses of them are memoisation keys); compared as a frozen record of its four fields
    raw: str      # as written
    stem: str
    start: int
    end: int

    @property
    def is_acronym(self) -> bool:
        return _is_acronym(self.raw)

    @property
    def letters(self) -> list[str]:
        """The word's letters, lower-cased, less a possessive ending ("PM's": p, m)."""
        return [c.lower() for c in unpossessed(self.raw) if c.isalpha()]


_POSSESSIVE = re.compile(r"['’]s$")


def unpossessed(raw: str) -> str:
    """The word less a possessive ending ("Tarrant's": "Tarrant")."""
    return _POSSESSIVE.sub("", raw)


@lru_cache(maxsize=65536)
def _is_acronym(raw: str) -> bool:
    letters = unpossessed(raw).replace(".", "")   # "the PM's consent" names the PM
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2 \
        and letters[0].isupper() and not letters.istitle()


def tokens(text: str) -> list[Token]:
    """Every word of the text with its stem and span (stopwords included: negations matter).
    A fresh list each call (callers may build on it); the tokens themselves are read once per text."""
    return list(_tokens(text))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[Token, ...]:
    # each Token made by tuple.__new__ (what Token(...) calls, less a Python frame a word)
    return tuple([_new_tuple(Token, (w := m.group(), _stem_of(w), m.start(), m.end())) for m in _TOKEN.finditer(text)])


_new_tuple = tuple.__new__


@lru_cache(maxsize=65536)
def stems(text: str) -> frozenset[str]:
    """The stems of every word of the text: a document sentence is asked for them by every claim."""
    return frozenset(t.stem for t in _tokens(text))


# The days' and months' short forms, capitalised as they are written ("Mon–Fri", "Sat & Sun", "Apr,
# Jul and Sep"; a closed class): the word they stand for. Lower case they are other words ("sat",
# "sun", "wed", "mar").
_CALENDAR_SHORT = {"Mon": "monday", "Tue": "tuesday", "Tues": "tuesday", "Wed": "wednesday", "Thu": "thursday",
                   "Thur": "thursday", "Thurs": "thursday", "Fri": "friday", "Sat": "saturday", "Sun": "sunday",
                   "Jan": "january", "Feb": "february", "Mar": "march", "Apr": "april", "Jun": "june", "Jul": "july",
                   "Aug": "august", "Sep": "september", "Sept": "september", "Oct": "october", "Nov": "november",
                   "Dec": "december"}


@lru_cache(maxsize=65536)
def _stem_of(raw: str) -> str:
    # memoised by the word: the same words recur in every text
    if raw.rstrip(".") in _CALENDAR_SHORT:
        return stem(_CALENDAR_SHORT[raw.rstrip(".")])
    # "GPUs" is the plural of "GPU", not a word "gpus"
    word = raw[:-1] if _PLURAL_ACRONYM.match(raw) else raw
    return stem(normalize(word))


def content(toks: list[Token], skip: frozenset[str] = frozenset()) -> list[Token]:
    """The content words: no stopwords, nor words in `skip` (by form or stem)."""
    if not skip:
        return [t for t in toks if not _stopword(t.raw)]
    return [t for t in toks if not _stopword(t.raw) and t.stem not in skip and normalize(t.raw) not in skip]


@lru_cache(maxsize=65536)
def _stopword(raw: str) -> bool:
    # memoised: every rule asks it of the same few thousand words
    return normalize(raw).replace("’", "'") in STOPWORDS
