"""Word forms for comparing words across paraphrase: each word with its stem and span.

Stems come from Snowball (nltk, which rouge-score already brings), irregular verb forms read as
their verb ("written" = "writing"); number words and ordinals read as digits ("fourth" = "4th" =
"4", "single" = "one" = "1", "twice" = "two"); an acronym is told by its capitals ("BLE", "HRBP",
"the PM's").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import STOPWORDS, normalize

_TOKEN = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
# counts that are no number word ("a single dose" counts one, as "one dose" does)
_COUNT_WORDS = {"single": "1"}
_TIMES = {"twice": "2", "thrice": "3"}   # "twice a day" is "two times a day"
_ORDINALS = {w: str(i) for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# Irregular verb forms the stemmer leaves apart from their verb ("written" / "writing"): a closed
# class of English, each read as its verb; a prefixed one too ("rewritten" = "rewrite").
_IRREGULAR_VERBS = {
    "write": "written wrote", "take": "taken took", "give": "given gave", "choose": "chosen chose",
    "break": "broken broke", "drive": "driven drove", "eat": "eaten", "forget": "forgotten forgot",
    "hide": "hidden", "speak": "spoken spoke", "steal": "stolen stole", "freeze": "frozen froze",
    "ride": "ridden", "bite": "bitten", "shake": "shaken shook", "prove": "proven", "beat": "beaten",
    "fall": "fallen", "rise": "risen", "grow": "grown grew", "know": "known knew", "show": "shown",
    "throw": "thrown threw", "draw": "drawn", "wear": "worn", "tear": "torn", "swear": "sworn",
    "begin": "begun began",
}
_VERB_OF = {form: verb for verb, forms in _IRREGULAR_VERBS.items() for form in forms.split()}
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
    return _stemmer().stem(_verb(word))


def _verb(word: str) -> str:
    """The verb of an irregular form ("written" -> "write", "rewritten" -> "rewrite"), else the word."""
    if word in _VERB_OF:
        return _VERB_OF[word]
    prefix = next((p for p in _VERB_PREFIXES if word.startswith(p) and word[len(p):] in _VERB_OF), None)
    return prefix + _VERB_OF[word[len(prefix):]] if prefix else word


def is_ordinal(word: str) -> bool:
    """An ordinal, in words or digits: "third", "3rd"."""
    w = normalize(word)
    return w in _ORDINALS or _ORDINAL_DIGITS.match(w) is not None


def cardinal(word: str) -> str | None:
    """The digits of a number word ("Two" -> "2"), else None."""
    return _NUMBER_WORDS.get(normalize(word))


@dataclass(frozen=True, slots=True)
class Token:
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
        return [c.lower() for c in _unpossessed(self.raw) if c.isalpha()]


_POSSESSIVE = re.compile(r"['’]s$")


def _unpossessed(raw: str) -> str:
    return _POSSESSIVE.sub("", raw)


@lru_cache(maxsize=65536)
def _is_acronym(raw: str) -> bool:
    letters = _unpossessed(raw).replace(".", "")   # "the PM's consent" names the PM
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2 \
        and letters[0].isupper() and not letters.istitle()


def tokens(text: str) -> list[Token]:
    """Every word of the text with its stem and span (stopwords included: negations matter).
    A fresh list each call (callers may build on it); the tokens themselves are read once per text."""
    return list(_tokens(text))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        # "GPUs" is the plural of "GPU", not a word "gpus"
        word = raw[:-1] if _PLURAL_ACRONYM.match(raw) else raw
        out.append(Token(raw, stem(normalize(word)), m.start(), m.end()))
    return tuple(out)


def content(toks: list[Token], skip: frozenset[str] = frozenset()) -> list[Token]:
    """The content words: no stopwords, nor words in `skip` (by form or stem)."""
    return [t for t in toks if normalize(t.raw).replace("’", "'") not in STOPWORDS
            and t.stem not in skip and normalize(t.raw) not in skip]
