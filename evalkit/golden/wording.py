"""Vocabulary of the documents being drafted from, for rewording: which words are names (kept
capitalised) and which the documents write in lower case."""
from __future__ import annotations

import re

from ..scoring.atoms import is_common_word

KNOWN: frozenset[str] = frozenset()
LOWER: frozenset[str] = frozenset()
_ARTICLES = frozenset("the a an".split())


def use(known: frozenset[str], lowercase: frozenset[str]) -> None:
    global KNOWN, LOWER
    KNOWN, LOWER = known, lowercase


def lower_first(text: str) -> str:
    """Lower-case the first word when the documents write it in lower case elsewhere ("The",
    "Companies", "Rebuilding"), not a name ("Microsoft", "Patel")."""
    m = re.match(r"[A-Za-z][\w'-]*", text)
    if not m:
        return text
    word = m.group(0)
    if (word.isupper() and len(word) > 1) or any(c.isupper() for c in word[1:]) or word.lower() in KNOWN:
        return text
    w = word.lower()
    lower = w in LOWER or w in _ARTICLES or (is_common_word(w) and w not in KNOWN)
    return text[:1].lower() + text[1:] if lower else text
