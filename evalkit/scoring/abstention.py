"""Abstention: does the answer say the documents do not hold the answer?"""
from __future__ import annotations

import re

_DOCS = r"(?:documents?|sources?|provided (?:text|context|material|information|documents?|sources?)|context|texts?|materials?|articles?|passages?|information (?:provided|given|available)|records?|data (?:provided|given))"
_SAY = r"(?:say|state|mention|specify|contain|include|provide|give|cover|discuss|address|indicate|report|disclose|detail|list|reveal|tell)"

_PATTERNS = [
    r"\bi (?:do not|don't|dont) know\b",
    r"\bi(?:'m| am) not (?:sure|certain|aware)\b",
    r"\b(?:i|we) (?:cannot|can't|can not|could not|couldn't|am unable to|are unable to) (?:answer|determine|find|say|tell|confirm|verify|provide)\b",
    r"\b(?:cannot|can't|can not|unable to) be (?:answered|determined|found|confirmed)\b",
    rf"\b(?:the |these |this |provided |available |given |my )*{_DOCS} (?:do|does|did) not {_SAY}\b",
    rf"\b(?:the |these |this |provided |available |given |my )*{_DOCS} (?:don't|doesn't|didn't) {_SAY}\b",
    rf"\bnot (?:\w+ ){{0,2}}(?:mentioned|covered|specified|stated|provided|included|discussed|given|found|addressed|disclosed|reported|available|described|listed) (?:in|by|within|anywhere in) (?:the |these |any (?:of the )?|my )?{_DOCS}",
    rf"\bnone of the {_DOCS}\b",
    r"\b(?:there is|there's|i have|i've got|we have) no (?:\w+ ){0,2}(?:information|mention|data|details?|record|indication|evidence)\b",
    r"\bno (?:information|details?|data|mention) (?:is |are )?(?:available|given|provided)\b",
    r"\b(?:insufficient|not enough) (?:information|context|data)\b",
    r"\bi (?:do not|don't|dont) have (?:that|this|the|any|enough|such) (?:\w+ )?(?:information|data|details?)\b",
    r"\b(?:say|says|said|mention|mentions|give|gives|state|states) nothing (?:about|on|regarding|of)\b",
    r"\bnot (?:publicly )?(?:disclosed|known)\b",
    r"\bis (?:unknown|unclear) (?:from|in|based on)\b",
    r"\boutside (?:the scope of|of) (?:the |these )?{docs}\b".format(docs=_DOCS),
    r"\bunanswerable\b",
]
_ABSTAIN = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def find_abstention(text: str) -> str | None:
    """The phrase by which the answer declines, or None. Curly apostrophes count as straight ones."""
    m = _ABSTAIN.search(text.replace("’", "'"))
    return m.group(0) if m else None


def is_abstention(text: str) -> bool:
    return find_abstention(text) is not None
