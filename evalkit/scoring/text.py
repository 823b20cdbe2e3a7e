"""Word-level text helpers shared by the scorers. Unicode-aware: documents need not be English."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+(?:[.'’]\w+)*", re.UNICODE)

STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does for from had has have how
    in into is it its of on or such than that the their them then there these they this those to
    was were what when where which while who why will with would you your our we i he she his her
    not no so if about over also more most other some any each all may might must should very just
    only own same too both few many much""".split()
)
# Words that open a noun phrase: a word after one of these is a noun or its modifier ("the
# sponsor", "a constant orange"), not a verb.
DETERMINERS = frozenset("a an the this that these those its his her their our your my".split())
# a clause that opens with a coordinating word continues the one before it ("…, and the Duty
# Manager is informed", "…, but never more than eight."): a closed class
COORDINATED_START = re.compile(r"\s*(?:and|but|or|then|while|whereas|so)\b", re.IGNORECASE)
# the coordinating conjunctions proper, which join two predicates or phrases of one clause
COORDINATORS = frozenset("and but or".split())
# the relative pronouns, which open a clause about the noun before them
RELATIVES = frozenset("that which who whom whose".split())
# personal pronouns that open a subject ("Who should you contact?", "you may buy")
PRONOUNS = frozenset("i you we they he she it one".split())
# Interjections and discourse markers that open a reply before what it says (a closed class): "Sorry,
# no", "Well, yes", "Alas, the guide doesn't say"
INTERJECTIONS = frozenset("sorry alas well actually oh ah hmm ok okay so right".split())
# the auxiliaries a yes/no question opens with ("do the A100 and H100 meet it?"), and their negations
AUXILIARIES = frozenset("is are was were am do does did can could has have had will would should shall must may "
                        "might isn't aren't wasn't weren't don't doesn't didn't can't couldn't hasn't haven't won't "
                        "wouldn't shouldn't".split())


@lru_cache(maxsize=262144)
def normalize(text: str) -> str:
    """Casefold, unify unicode forms and dashes, collapse whitespace. Memoised: the word-level
    rules call it on the same few thousand words over and over."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


# Markdown emphasis around a word or phrase: "**", "__", or one "*" / "_" that opens after a
# space or punctuation and closes before one (so "2*3", "file_name" and a list's "* " stay)
_EMPHASIS = re.compile(r"(\*\*|__)(?=[^\s*_])(?:(?!\1)[^\n])*?(?<=[^\s*_])\1"
                       r"|(?<![\w*])(\*|_)(?=[^\s*_])[^\n*_]*?(?<=[^\s*_])\2(?![\w*])")


def drop_emphasis(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """The text without its markdown emphasis marks, and for each character kept its entry of
    `offsets`: "£95 per **day**" is read as "£95 per day", a rate, and a value marked bold in
    the middle of a phrase is part of the phrase."""
    if "*" not in text and "_" not in text:
        return text, offsets
    drop: set[int] = set()
    for m in _EMPHASIS.finditer(text):
        mark = len(m.group(1) or m.group(2))
        drop.update(range(m.start(), m.start() + mark))
        drop.update(range(m.end() - mark, m.end()))
    if not drop:
        return text, offsets
    kept = [i for i in range(len(text)) if i not in drop]
    # (once more for marks nested inside the ones just dropped: "**the _new_ date**")
    return drop_emphasis("".join(text[i] for i in kept), [offsets[i] for i in kept])


def words(text: str) -> list[str]:
    """Lower-cased word tokens; keeps non-ASCII scripts (rouge-score's default tokenizer drops them)."""
    return _WORD.findall(normalize(text))


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS]


def fold(s: str) -> str:
    """Casefold, strip accents: "Michaël" and "Michael" are one name."""
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def squash(text: str) -> str:
    """Letters and digits only, for matching titles whatever their punctuation and spacing; accents
    folded as a name's key folds them (`fold`: "Élodie" is keyed "elodie", and must be found in
    a document that writes "Élodie Ferrandou"). Memoised: the same evidence passages are squashed
    for every claim they are evidence of."""
    return "".join(ch for ch in fold(normalize(text)) if ch.isalnum())


class WordTokenizer:
    """rouge-score tokenizer protocol (an object with .tokenize) over `words`."""

    def tokenize(self, text: str) -> list[str]:
        return words(text)
