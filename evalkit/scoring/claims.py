"""Split an answer into claims: sentences, and long sentences into clauses.

A claim is the unit the hallucination scorer checks, so the split errs towards keeping text
together: a sentence is cut only at a real sentence end, a clause only where both sides could
stand as claims of their own. Each claim keeps its exact character span in the answer.

Handled: abbreviations and initials ("e.g.", "U.S.", "Inc.", "Dr. Smith", "J. Smith"),
decimals and versions ("3.5", "v1.0"), sentences glued together by scraping ("it
offers.AI Capacity Constraints"), bullet and numbered lists, hard-wrapped lines, quotes.
`items_after` counts the items of a list an answer introduces, `items_inline` gives those of a
list that runs on in the sentence ("two Directors, A for X and B for Y"). Pure Python, linear in
the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Claim", "LIST_ITEM_RE", "items_after", "items_inline", "lead_in", "split_claims"]


@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    start: int  # text == answer[start:end].strip()
    end: int


# Abbreviations after which a period never ends a sentence (titles, "e.g.", "approx.").
_NEVER_END = frozenset("""
e.g eg i.e ie mr mrs ms dr prof sr jr st vs v fig figs no nos approx cf al mt gen gov sen rep
capt lt col sgt ca est dept vol vols pp p ed eds rev ref refs incl min max asst cllr supt insp
""".split())
# Abbreviations of a numbered thing ("ext. 204", "tel. 01632 960 418", "art. 5", "para. 3.2"): before
# a number they never end a sentence, and elsewhere they are words ("a sec.")
_BEFORE_NUMBER = frozenset("ext tel art arts sect para paras ch chap nr apt rm".split())
_DIGIT_NEXT_RE = re.compile(r"\s+[0-9]")
# Abbreviations that may end a sentence; they do when the next word starts a new sentence.
_MAYBE_END = frozenset("inc ltd corp co llc plc bros etc u.s u.k u.s.a e.u a.m p.m".split())
_SENTENCE_STARTERS = frozenset("""
the a an this that these those it its in on at as for from by with to of and but or if when while
there here we you he she they i my our their his her however additionally furthermore moreover
also so thus therefore then despite although though because since after before during overall
finally first second third notably meanwhile instead indeed still yet such each every all both
some many most several other another what why how where which who
""".split())

# A sentence end: terminator, closing quotes/brackets, whitespace, then an opener and a capital
# or digit. Or a terminator glued between a word of 2+ characters and a capital ("offers.AI",
# "80GB.AI"); a dotted acronym ("U.S.A", "e.g.X") has one character before each period.
_BOUNDARY_RE = re.compile(
    r"(?P<term>[.!?…]+)(?P<close>[\"'”’)\]]*)(?=\s+[\"'“‘(\[]*[A-Z0-9])"
    r"|(?<=[^\W_]{2})(?P<glued>[.!?])(?=[A-Z])"
)
_PREV_TOKEN_RE = re.compile(r"([^\s\"'“‘(\[]+)$")
_NEXT_WORD_RE = re.compile(r"\s+[\"'“‘(\[]*([^\W_]+)")
# Clause joins: "; " always a candidate; ", and" / ", but" / ", while" / ", which" ... style.
_CLAUSE_RE = re.compile(r";\s+|,\s+(?=(?:and|but|while|whereas|which|although|though|yet|so)\b)")
_COMMA_WORD_RE = re.compile(r",\s+([^\W_]+)")
_CONTINUATIONS = frozenset("and but or so while whereas which although though yet resulting leading making "
                           "including such as with because".split())
# List markers: bullets, "1.", "1)", "(1)", a letter or roman numeral in brackets ("(a)", "(iv)",
# as a contract's sub-clauses are numbered), markdown headings and quotes. No bare letters ("a."),
# so no alphabetic text is dropped.
_LETTERED = r"\((?:[a-zA-Z]|[ivx]{2,4})\)"
_MARKER_RE = re.compile(rf"[^\S\n]*(?:[-*•·▪‣◦>]+|#{{1,6}}|\(?[0-9]{{1,3}}[.)]|{_LETTERED})(?=\s)")
# The markers of a list's items (no headings, no quotes), with their indentation.
LIST_ITEM_RE = re.compile(rf"(?P<indent>[^\S\n]*)(?:[-*+•·▪‣◦]|\(?[0-9]{{1,3}}[.)]|{_LETTERED})(?=\s)")
# what precedes an item number that opens a table cell ("| 2. Third party liability")
_CELL_OPENS_RE = re.compile(r"\|[^\S\n]*$")
_WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_MIN_CLAUSE_WORDS = 4


def split_claims(text: str, clauses: bool = True) -> list[Claim]:
    """Sentences and clauses of `text`, in order, with spans into `text`; whole sentences only
    with `clauses=False`."""
    claims: list[Claim] = []
    for bstart, bend in _blocks(text):
        for sstart, send in _sentences(text, bstart, bend):
            for cstart, cend in (_clauses(text, sstart, send) if clauses else [(sstart, send)]):
                claim = _make_claim(text, cstart, cend)
                if claim:
                    claims.append(claim)
    return claims


def _make_claim(text: str, start: int, end: int) -> Claim | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None  # rules and punctuation: nothing to claim
    return Claim(text[start:end], start, end)


# An assistant's offer to the reader ("I can also go over the booking rules if that would help.",
# "Let me know if you'd like the full list", "Happy to explain the appeal route too"): the speaker,
# a modal or a phrase of willingness, and a verb of helping or telling (closed classes of English).
# It states nothing about the documents.
_HELP_VERBS = (r"help|assist|explain|go\s+over|go\s+through|walk\s+you\s+through|run\s+through|talk\s+you\s+through|"
               r"summari[sz]e|outline|clarify|check|look\s+(?:into|up)|find|share|send|draft|list|break\s+(?:it|that|this)\s+down|"
               r"answer|expand|elaborate|point\s+you")
_OFFER_RE = re.compile(
    rf"^\W*(?:(?:and|but|also|if\s+(?:you(?:'d|’d|\s+would)?\s+(?:like|want|prefer)|it\s+helps|that\s+helps|useful),?)\s+)?"
    rf"(?:(?:i|we)(?:'d|’d|\s+would|\s+can|\s+could|'ll|’ll|\s+will|'m|’m|\s+am|\s+are|'re|’re)?\s+"
    rf"(?:also\s+|gladly\s+|happily\s+)?(?:be\s+)?(?:happy|glad|pleased)?\s*(?:to\s+)?(?:also\s+)?(?:{_HELP_VERBS})\b"
    rf"|let\s+me\s+know|feel\s+free\s+to|(?:i\s+)?hope\s+(?:this|that)\s+helps|happy\s+to\s+(?:{_HELP_VERBS})\b)",
    re.IGNORECASE)


def offers_help(text: str) -> bool:
    """The claim is an assistant's offer to the reader, no statement about the documents."""
    return _OFFER_RE.search(text) is not None


def items_after(text: str, pos: int) -> int:
    """How many list items begin on the lines after `pos` ("There are two deadlines:" and then
    "- ..." twice gives 2): items at the first item's indentation, nested lines and blank lines
    skipped, up to the first line that is neither."""
    nl = text.find("\n", pos)
    if nl < 0 or text[pos:nl].strip():
        return 0
    count, indent = 0, None
    for line in text[nl + 1:].split("\n"):
        if not line.strip():
            continue
        m = LIST_ITEM_RE.match(line)
        width = len(line) - len(line.lstrip())
        if m and (indent is None or len(m.group("indent")) == indent):
            count, indent = count + 1, len(m.group("indent"))
        elif indent is None or width <= indent:
            break
    return count


def lead_in(text: str, start: int) -> str:
    """The lead-in of the list item whose text starts at `start`: the line before the list's items,
    when it ends with a colon ("You must not, and must not allow anyone to:" before "(b) let a
    child under 14 ride on it;"), which the item completes; "" where `start` opens no list item or
    the list has no such line."""
    line = text.rfind("\n", 0, start) + 1
    m = LIST_ITEM_RE.match(text, line)
    if m is None or text[m.end():start].strip():
        return ""
    end = line - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        body = text[begin:end].strip()
        if body and not LIST_ITEM_RE.match(text, begin):
            return body if body.endswith(":") else ""
        end = begin - 1
    return ""


# What opens a list in the sentence after a count: a colon after the clause that names the
# counted noun ("Two councillors sent apologies: A and B"), or a comma or dash right after the noun
# (apposition: "the two Directors, A and B"; "three scales in all — two major and one minor").
_INLINE_OPEN_RE = re.compile(r"[^\W\d_]*(?:[^\S\n]+[^\W\d_]+)*[^\S\n]*:[^\S\n]*"
                             r"|(?:[^\S\n]+(?:in[^\S\n]+all|in[^\S\n]+total|altogether))?"
                             r"(?:,|[^\S\n]*[—–][^\S\n]*|[^\S\n]+-[^\S\n]+)[^\S\n]*")
# Where such a list ends: the sentence's end, an aside's closing dash or bracket, a semicolon.
_INLINE_END_RE = re.compile(r"[^\S\n]*(?:[—–;(]|[^\S\n]-[^\S\n])|[.!?]?[^\S\n]*$|[.!?][^\S\n]")
# The commas and conjunctions between items ("A, B and C", "A, who was ill, and B").
_ITEM_SEP_RE = re.compile(r"[^\S\n]*,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+")
# A relative clause between items says something of the item before it; it is no item itself
# (relative pronouns, a closed class).
_ASIDE_RE = re.compile(r"(?:who|whom|whose|which|where|when)\b", re.IGNORECASE)
_LAST_ITEM_RE = re.compile(r"\b(?:and|or)\b")


def items_inline(text: str, pos: int) -> list[str]:
    """The items of a list that runs on in the sentence after `pos` (the end of a count and its
    noun), asides left out: "Two councillors sent apologies: A, who was ill, and B" gives A and B.
    Empty when no list opens there or it has fewer than two items."""
    opened = _INLINE_OPEN_RE.match(text, pos)
    line_end = text.find("\n", pos)
    stop = len(text) if line_end < 0 else line_end
    if not opened or opened.end() >= stop:
        return []
    end = next((m.start() for m in _INLINE_END_RE.finditer(text, opened.end(), stop) if m.start() > opened.end()), stop)
    parts, at, body = [], 0, text[opened.end():end]
    for sep in _ITEM_SEP_RE.finditer(body):
        parts.append(body[at:sep.start()].strip())
        at = sep.end()
        if _LAST_ITEM_RE.search(sep.group()):
            # "and"/"or" comes before a list's last item: a plain comma after it closes the list
            # ("at two sites, Kelby Marsh and Orrin Sands, over two seasons"), an aside excepted
            close = next((c for c in _ITEM_SEP_RE.finditer(body, at) if not _LAST_ITEM_RE.search(c.group())
                          and not _ASIDE_RE.match(body, c.end())), None)
            body = body[:close.start()] if close else body
            break
    parts.append(body[at:].strip())
    items = [p for p in parts if p and not _ASIDE_RE.match(p)]
    return items if len(items) > 1 else []


# --------------------------------------------------------------------------------------------
# Blocks: paragraphs and list items; hard-wrapped lines are joined back.
# --------------------------------------------------------------------------------------------

def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _marker_end(text: str, start: int, end: int) -> int:
    m = _MARKER_RE.match(text, start, end)
    return m.end() if m else start


def _continues(text: str, prev: tuple[int, int], line: tuple[int, int]) -> bool:
    """A line continues the previous one when it was hard-wrapped mid-sentence."""
    body = text[line[0]:line[1]].lstrip()
    before = text[prev[0]:prev[1]].rstrip()
    if not body or not before or _marker_end(text, line[0], line[1]) != line[0]:
        return False
    return body[0].islower() or before.endswith((",", ";"))


def _blocks(text: str) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    prev: tuple[int, int] | None = None
    for line in _lines(text):
        if not text[line[0]:line[1]].strip():
            if cur:
                blocks.append(cur)
            cur, prev = None, None
            continue
        if cur and prev and _continues(text, prev, line):
            cur = (cur[0], line[1])
        else:
            if cur:
                blocks.append(cur)
            cur = (_marker_end(text, line[0], line[1]), line[1])
        prev = line
    if cur:
        blocks.append(cur)
    return blocks


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        if m.group("glued"):
            prev = _prev_token(text, start, m.start())
            if prev and prev.group(1).casefold() in _NEVER_END:
                continue  # "Dr.Smith"
            cut = m.end()
        else:
            if not _ends_sentence(text, m, start, end):
                continue
            cut = m.end()
        if cut > pos:
            spans.append((pos, cut))
            pos = cut
    if pos < end:
        spans.append((pos, end))
    return spans


_TOKEN_WINDOW = 40  # longer than any abbreviation or dotted acronym the rules look at


def _prev_token(text: str, start: int, end: int) -> re.Match | None:
    """The token just before `end`. Searched in a short window, not from `start`: a search from the
    start of the block for every period made splitting quadratic in the answer's length. A token
    longer than the window is no abbreviation and is returned as None."""
    lo = max(start, end - _TOKEN_WINDOW)
    prev = _PREV_TOKEN_RE.search(text, lo, end)
    if prev and prev.start() == lo > start and not text[lo - 1].isspace() and text[lo - 1] not in "\"'“‘([":
        return None
    return prev


def _ends_sentence(text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether the period at `m` ends a sentence (not "e.g.", "Dr.", "J.", "U.S. and")."""
    if m.group("term") != ".":
        return True  # "!", "?", "...", "?!"
    prev = _prev_token(text, start, m.start())
    token = prev.group(1).casefold() if prev else ""
    if token in _NEVER_END or token in _BEFORE_NUMBER and _DIGIT_NEXT_RE.match(text, m.end(), end):
        return False
    if prev and len(prev.group(1)) == 1 and prev.group(1).isupper():
        return False  # an initial: "J. Smith"
    if prev and re.fullmatch(r"\d{1,3}", prev.group(1)) and _CELL_OPENS_RE.search(text, max(start, prev.start() - 8), prev.start()):
        return False  # a table cell's item number: "| 2. Third party liability |"
    if token in _MAYBE_END or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        nxt = _NEXT_WORD_RE.match(text, m.end(), end)
        return bool(nxt) and nxt.group(1).casefold() in _SENTENCE_STARTERS
    return True


# --------------------------------------------------------------------------------------------
# Clauses
# --------------------------------------------------------------------------------------------

def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD_RE.findall(text, start, end))


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut at "; " and ", and"-style joins when both sides have >= 4 words. A ", which" clause
    in the middle of a sentence ("The ASIC, which is the core, has ...") is not cut: its left
    side is no claim on its own."""
    spans = []
    pos = start
    for m in _CLAUSE_RE.finditer(text, start, end):
        if _word_count(text, pos, m.start()) < _MIN_CLAUSE_WORDS:
            continue
        if _word_count(text, m.end(), end) < _MIN_CLAUSE_WORDS:
            break
        if text.startswith("which", m.end()) and _embedded(text, m.end(), end):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return spans


def _embedded(text: str, start: int, end: int) -> bool:
    """A relative clause followed by ", <verb>..." is embedded in the sentence."""
    m = _COMMA_WORD_RE.search(text, start, end)
    return bool(m) and m.group(1).casefold() not in _CONTINUATIONS
