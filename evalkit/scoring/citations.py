"""Citation detection: which documents an answer names as its source, in whatever form.

A document is cited by its full title (any case, punctuation or spacing, anywhere, glued to the
previous sentence or not), by its id, or by a shortened title. A shortened title alone is too
common a phrase to count everywhere, so it needs a citation cue: "Source:", "according to",
brackets or parentheses, or the end of the answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .text import STOPWORDS

_TOKEN = re.compile(r"[^\W_]+|&", re.UNICODE)  # splits "offers.AI" into "offers", "AI"
_CUE_BEFORE = re.compile(
    r"(?:\bsources?|\breferences?|\bcitations?|\bcited(?: from| in)?|\baccording to|\bas (?:stated|reported|described) in"
    r"|\bsee|\bper|\bfrom|\bvia|\bin)\s*(?:the\s+)?(?:document|article|post|talk|paper)?\s*[:\-–—]?\s*[\"'“‘\[(]?\s*$",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\s*[:|?]\s*|\s+[-–—]\s+")
_AND = {"&": "and"}  # "CoWoS & HBM" cites "CoWoS and HBM"
_POSSESSIVE = re.compile(r"['’]s\b")
_OPENERS = "([{\"'“‘«"
_CLOSERS = ")]}\"'”’»"


@dataclass(frozen=True)
class Citation:
    doc_id: str
    start: int
    end: int
    form: str  # "title" | "short-title" | "id"


@dataclass(frozen=True)
class _DocPattern:
    doc_id: str
    title_words: tuple[str, ...]
    segments: frozenset[tuple[str, ...]]  # title parts around ":" or " - ": natural short titles
    id_pattern: re.Pattern


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(_AND.get(m.group(), m.group().casefold()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=64)
def _patterns(docs: tuple[tuple[str, str], ...]) -> tuple[_DocPattern, ...]:
    return tuple(
        _DocPattern(
            doc_id=doc_id,
            title_words=tuple(t for t, _, _ in _tokens(title)),
            segments=frozenset(
                seg for part in _SEGMENT_SPLIT.split(title)
                if _has_content(seg := tuple(t for t, _, _ in _tokens(part)))
            ),
            id_pattern=re.compile(rf"(?<![\w-]){re.escape(doc_id)}(?![\w-])", re.IGNORECASE),
        )
        for doc_id, title in docs
    )


def _min_short_len(n: int) -> int:
    return min(n, max(3, (n + 1) // 2))


def find_citations(text: str, documents: Sequence) -> list[Citation]:
    """Every citation in `text` of one of `documents` (objects with .id and .title), in order."""
    pats = _patterns(tuple((d.id, d.title) for d in documents))
    toks = _tokens(text)
    words = [t for t, _, _ in toks]
    found: list[Citation] = []
    for pat in pats:
        found.extend(_title_matches(text, toks, words, pat))
        # an id that is an everyday word ("guide", "faq") cites only with a cue: "the guide does
        # not say" is no citation of the document with id "guide"
        word_like = pat.doc_id.isalpha()
        found.extend(Citation(pat.doc_id, m.start(), m.end(), "id") for m in pat.id_pattern.finditer(text)
                     if not word_like or _has_cue(text, m.start(), m.end()))
    found.extend(_named_texts(text, pats))
    return _drop_overlaps(found)


_TEXT_NOUNS = ("guide|manual|handbook|policy|report|summary|document|datasheet|data sheet|faq|article|paper|"
               "brochure|notes|specification|spec|sheet|leaflet|booklet|post|blog|slides|deck|presentation|"
               "transcript|memo|study|q&a")
_NAMED_TEXT = re.compile(
    rf"\b(?:according to|as (?:stated|described|reported|explained|noted) in|per|see|from|in)\s+(?:the\s+)?"
    rf"(?P<name>(?:[\w'’&.-]+\s+){{0,6}}?)(?P<noun>{_TEXT_NOUNS})\b(?:'s)?",
    re.IGNORECASE,
)


def _named_texts(text: str, pats: Sequence[_DocPattern]) -> list[Citation]:
    """"according to the TH-40 manual", "per the leave handbook": a cue, some words of one
    document's title, and a noun for a text. The whole phrase is the citation (so stripping it
    leaves no stray product name behind)."""
    out = []
    for m in _NAMED_TEXT.finditer(text):
        named = {t for t, _, _ in _tokens(m.group("name"))} - STOPWORDS
        words = named | ({t for t, _, _ in _tokens(m.group("noun"))} - STOPWORDS)
        overlap = {pat.doc_id: len(words & (set(pat.title_words) - STOPWORDS)) for pat in pats}
        best = max(overlap.values(), default=0)
        winners = [d for d, n in overlap.items() if n == best]
        # the words before the noun name the text, so they are words of its title: "in the 2 years
        # before you bought the policy" is no citation of the "Policy Wording"
        if best and len(winners) == 1 and named <= set(next(p for p in pats if p.doc_id == winners[0]).title_words):
            out.append(Citation(winners[0], m.start(), m.end(), "short-title"))
    return out


def _title_matches(text: str, toks, words: list[str], pat: _DocPattern) -> list[Citation]:
    title = pat.title_words
    n = len(title)
    if not n:
        return []
    out = []
    in_title = set(title)
    i = 0
    while i < len(words):
        if words[i] not in in_title:   # most words start no run: skip the scan of the title
            i += 1
            continue
        best = 0
        best_form = ""
        # longest run of title words starting at words[i] and at any title position
        for j in range(n):
            if words[i] != title[j]:
                continue
            k = 0
            while i + k < len(words) and j + k < n and words[i + k] == title[j + k]:
                k += 1
            if k == n:
                best, best_form = k, "title"
                break
            run = title[j:j + k]
            if k > best and (k >= _min_short_len(n) and _has_content(run) or run in pat.segments):
                best, best_form = k, "short-title"
        if best:
            start, end = toks[i][1], toks[i + best - 1][2]
            if best_form == "title" or _has_cue(text, start, end):
                out.append(Citation(pat.doc_id, start, end, best_form))
            i += best
        else:
            i += 1
    return out


def _has_content(title_words) -> bool:
    return sum(w not in STOPWORDS for w in title_words) >= 2


def _has_cue(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start]
    after = text[end:end + 3]
    if _CUE_BEFORE.search(before):
        return True
    opener, closer = before.rstrip()[-1:], after.lstrip()[:1]
    # in brackets or quotes: both marks there ("" is in every string), and a possessive's
    # apostrophe is no closing quote ("Ferrule 4.0's wheel")
    if opener and opener in _OPENERS and closer and closer in _CLOSERS and not _POSSESSIVE.match(after):
        return True
    if not text[end:].strip(" \t\n.!?\"'”’)]}") and text[:start].strip(" \t\n*_") \
            and not _BOUND_BEFORE.search(before):
        # the answer ends with it: the seed model's way of citing (a part of a title that is the
        # whole answer, "Tallowby Roofing Ltd.", is what the answer says)
        return True
    # glued to the previous sentence with no space ("...it offers.AI Capacity ...")
    return start > 0 and text[start - 1] in ".!?" and start >= 2 and text[start - 2].isalnum()


# a word that makes what follows part of its sentence ("Dr Kerr of Northfield Acoustics", "sent to
# the Parish Council"): a title segment after it, at the answer's end, is something the answer says,
# no citation appended to it
_BOUND_BEFORE = re.compile(r"\b(?:of|by|at|with|for|to|and|or)\s+(?:the\s+)?$", re.IGNORECASE)


def _drop_overlaps(cits: list[Citation]) -> list[Citation]:
    """Keep the longest of overlapping matches (a full title beats a shorter title inside it)."""
    kept: list[Citation] = []
    for c in sorted(cits, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


_CUE_STRIP = re.compile(
    r"(?:\b(?:sources?|references?|citations?|cited from)\s*[:\-–—]?\s*|\baccording to\s+(?:the\s+)?)"
    r"[\"'“‘\[(]?\s*$",
    re.IGNORECASE,
)


def strip_citations(text: str, citations: Sequence[Citation]) -> str:
    """The answer without its citations (and their "Source:" cues), for comparing with references."""
    return strip_citations_mapped(text, citations)[0]


def strip_citations_mapped(text: str, citations: Sequence[Citation]) -> tuple[str, list[int]]:
    """`strip_citations`, and for each character of the answer the index in `text` it came from,
    so that spans found in the answer can be shown in the output."""
    if not citations:
        return text, list(range(len(text)))
    chars: list[tuple[str, int]] = []
    pos = 0
    for c in citations:
        head = text[pos:c.start]
        m = _CUE_STRIP.search(head)
        if m:
            head = head[: m.start()]
        head = head.rstrip(" \t" + _OPENERS)
        chars.extend((ch, pos + i) for i, ch in enumerate(head))
        # keep a separator so glued sentences do not fuse into one word
        chars.append((" ", c.start))
        pos = c.end
        while pos < len(text) and text[pos] in _CLOSERS:
            pos += 1
    chars.extend((text[i], i) for i in range(pos, len(text)))
    kept = _strip_ends(_squeeze_blanks(chars))
    return "".join(ch for ch, _ in kept), [i for _, i in kept]


def _squeeze_blanks(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Runs of spaces and tabs become one space (where the run starts)."""
    out: list[tuple[str, int]] = []
    in_run = False
    for ch, i in chars:
        blank = ch in " \t"
        if not (blank and in_run):
            out.append((" ", i) if blank else (ch, i))
        in_run = blank
    return out


def _strip_ends(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    lo, hi = 0, len(chars)
    while lo < hi and chars[lo][0].isspace():
        lo += 1
    while hi > lo and chars[hi - 1][0].isspace():
        hi -= 1
    return chars[lo:hi]
