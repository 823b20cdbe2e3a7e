"""Stages 4 and 7: product codes ("H100", "GPT-4", "CoWoS-S", OCR's "H 100") and named
entities ("SK hynix", "Dylan Patel"), from the word tokens no earlier stage used."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..wordforms import unclipped
from .atom import Atom, Mask, fold, is_year_like, make_atom
from .lexicon import (
    FUNCTION_WORDS,
    LEGAL_FORMS_WRITTEN_OUT,
    LOWERCASE_NAME_TAILS,
    NAME_PARTICLES,
    PLURAL_DAYS,
    PLURAL_ACRO_RE,
    STOP_CAPS,
    PAST_SUFFIXES,
    inflection_bases,
    is_common_word,
    is_count_word,
    is_generic,
    singular,
    strip_possessive,
)
from .units import ENERGY_SYMBOLS, read_unit


_SPACED_CODE_RE = re.compile(r"(?<![\w-])(?P<a>[A-Z]{1,2})[^\S\n](?P<d>[0-9]{3,4}[A-Z]{0,2})(?![\w%]|[.,][0-9])")
SPACED_CODE_STOP = frozenset({"A", "I", "Q", "AD", "BC", "AM", "PM", "US", "UK", "EU", "NO", "OR", "AN", "AS",
                               "AT", "BY", "IN", "IS", "IT", "OF", "ON", "TO", "UP", "SO", "DO", "GO", "HE",
                               "WE", "ME", "MY", "BE", "IF", "FY", "CY", "Q", "H1", "H2"})

# --------------------------------------------------------------------------------------------
# Word tokens (codes and entities)
# --------------------------------------------------------------------------------------------

# Words, with hyphen/apostrophe/ampersand joins; dotted acronyms ("U.S."); version numbers stay
# inside a code ("v1.0", "GPT-3.5").
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:\.[0-9]+)*(?:[-'’&][^\W_]+(?:\.[0-9]+)*)*")
_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){2,}")


_LETTERS2_RE = re.compile(r"[^\W\d_]{2,}")
_DIGIT_RUN_RE = re.compile(r"[0-9]+")
_NAME_SEP_RE = re.compile(r"[-_\s]+")
_LOWER_PLURAL_RE = re.compile(r"[a-z]{2,}s")
_ORDINAL_RE = re.compile(r"[0-9]+(?:st|nd|rd|th|s)")
_CAMEL_CHUNK_RE = re.compile(r"[A-Z][^A-Z]*|[^A-Z]+")


def find_spaced_codes(text: str, mask: Mask, out: list[Atom]) -> None:
    for m in _SPACED_CODE_RE.finditer(text):
        if m.group("a") in SPACED_CODE_STOP or is_year_like(m.group("d")):
            continue
        if not mask.free(m.start(), m.end()) or read_unit(text, m.end(), money=False):
            continue
        mask.take(m.start(), m.end())
        key = "code:" + fold(m.group("a") + m.group("d"))
        out.append(make_atom(text, "code", key, m.start(), m.end()))


def plural_code(code: str) -> bool:
    return len(code) > 2 and code.endswith("s") and (code[-2].isdigit() or code[-2].isupper())


def _part_class(part: str) -> str:
    """code | num | acro | cap1 | name | lower | other, for one hyphen-free word part."""
    has_digit = any(c.isdigit() for c in part)
    has_alpha = any(c.isalpha() for c in part)
    if has_digit and has_alpha:
        return "other" if _ORDINAL_RE.fullmatch(part) else "code"
    if has_digit:
        return "num"
    if not has_alpha:
        return "other"
    if PLURAL_ACRO_RE.fullmatch(part) or "&" in part and part.replace("&", "").isupper():
        return "acro"
    if part.isupper():
        return "acro" if len(part) >= 2 else "cap1"
    if part[0].isupper() or any(c.isupper() for c in part[1:]):
        if sum(c.isupper() for c in part) >= 2 and not part.isupper() and _letter_soup(part):
            return "code"  # CoWoS, GaN, PCIe: letters, not words
        return "name"
    return "lower"


def _letter_soup(part: str) -> bool:
    """Internal capitals splitting the word into chunks of at most two letters ("CoWoS", "GaN"),
    as opposed to camel-cased words ("TikTok", "OpenAI", "PyTorch")."""
    return all(len(ch) <= 2 for ch in _CAMEL_CHUNK_RE.findall(part))


def _code_key(parts: list[str]) -> str:
    """"GPT-4" -> gpt4 (a hyphen between letters and digits is optional in writing); "CoWoS-S"
    -> cowos-s; "H100s" -> h100 (plural)."""
    s = parts[0]
    for p in parts[1:]:
        if s[-1].isalpha() != p[0].isalpha():
            s += p
        else:
            s += "-" + p
    if plural_code(s):
        s = s[:-1]
    return "code:" + fold(s)


def code_atom(text: str, start: int, end: int) -> Atom:
    token = text[start:end]
    parts = token.split("-")
    return make_atom(text, "code", _code_key(parts), start, end)


@dataclass(slots=True)
class _Word:
    text: str  # possessive stripped
    start: int
    end: int
    cls: str  # acro | cap1 | name | tail (lower-case brand) | particle
    initial: bool  # first word of a sentence, list item, heading
    weak: bool  # in a title-case or all-caps line: capitals there are not evidence of a name
    closes: bool  # a possessive or contraction ended the word: the name ends here
    caps_line: bool = False  # in an all-caps line: even acronyms there are just style


# A section's or clause's number: "6.7", "2.1.3", "9.2."
_SECTION_NUMBER = r"[0-9]{1,3}(?:\.[0-9]{1,3})+\.?"
# A list marker, or a section's number ("6.7 Decisions of the Committee ...", "## 2.1.3 Fees"): the
# word after it opens its line as a sentence's first word does
_LINE_MARKER_RE = re.compile(r"[^\S\n]*(?:#+[^\S\n]*)?(?:[-*•·▪‣◦>]+|" + _SECTION_NUMBER + r"|\(?[0-9]{1,3}[.)]"
                             r"|\(?[A-Za-z][.)])?[^\S\n]*[\"'“‘(\[*_]*")
# a section's number opening a line ("9.2", "**4.1**"), perhaps after a heading's or list's marks
_SECTION_NUMBER_ENDS_RE = re.compile(r"(?:^|\n)[^\S\n]*(?:[#*>-]+[^\S\n]*)*" + _SECTION_NUMBER + "$")


def section_number_ends_at(text: str, pos: int) -> bool:
    """The text just before `pos` is a section's number opening its line ("9.2" in "9.2 Tokens
    are ..."): the number heads a clause and counts nothing."""
    return _SECTION_NUMBER_ENDS_RE.search(text, max(0, pos - 40), pos) is not None


def is_section_number(word: str) -> bool:
    """The word is a section's number ("9.2", "2.1.3."), as `section_number_ends_at` reads one."""
    return re.fullmatch(_SECTION_NUMBER, word) is not None
_OPENERS = frozenset(" \t\"'“‘”’([{*_")


def _is_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    if j < 0 or text[j] in ".!?:\n\r|":
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    if pos - line_start > 16:  # a list marker is short: no need to look at a long prefix
        return False
    return _LINE_MARKER_RE.fullmatch(text, line_start, pos) is not None


def _line_kinds(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of title-case headings ("Five To Seven Companies Will Have GPT-4 Compute", no full stop; also a
    heading before a colon: "GPU Scaling and Cost Considerations: Large tech ...") and of
    all-caps lines ("THE RISE OF SEMICONDUCTORS IN THE AI ERA"): capitals there are style."""
    titles, caps = [], []
    pos = 0
    for line in text.split("\n"):
        span = (pos, pos + len(line))
        pos += len(line) + 1
        words = _LETTERS2_RE.findall(line)
        if len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words):
            caps.append(span)
        colon = line.find(": ")
        if 0 < colon <= 80 and _is_title(line[:colon], min_content=2):
            titles.append((span[0], span[0] + colon))
        elif len(words) >= 3 and _is_title(line, min_content=3) and not _SENTENCE_END_RE.search(line):
            titles.append(span)
    return titles, caps


def _is_title(line: str, min_content: int) -> bool:
    if _LOWER_CONTENT_RE.search(line):
        return False  # a lower-case content word: prose, not a title (fast rejection)
    words = [w for w in _TOKEN_RE.findall(line) if w[0].isalpha()]
    content = [w for w in words if w.casefold() not in FUNCTION_WORDS]
    titled = sum(not w.isupper() for w in content)
    return len(content) >= min_content and titled >= 1 and all(w[0].isupper() for w in content) \
        and (titled >= 2 or len(content) < 3)


_LOWER_CONTENT_RE = re.compile(r"(?<![^\W_])[a-z]{5,}")
# Headings have no full stop: a line of capitalised words that ends in one is a sentence of names
# ("Odile Brennan, Head of LAS.", "The Travel Risk Desk (TRD)."), and its capitals are names.
_SENTENCE_END_RE = re.compile(r"[^\W\d_][)\]\"”’']*[.!?]\s*$")


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def find_codes_and_words(text: str, mask: Mask, out: list[Atom]) -> list[_Word | None]:
    """Emit codes; return the candidate name words in order (None marks a break between runs;
    runs also break wherever the gap between two words is not a single space)."""
    weak, caps = _line_kinds(text)
    words: list[_Word | None] = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if tok.islower() and tok.isalpha():  # fast path: most words are plain lower case
            if (tok in LOWERCASE_NAME_TAILS or tok in NAME_PARTICLES) and mask.free(m.start(), m.end()):
                cls = "tail" if tok in LOWERCASE_NAME_TAILS else "particle"
                words.append(_Word(tok, m.start(), m.end(), cls, False, False, False))
            continue
        if not mask.free(m.start(), m.end()) or tok in ENERGY_SYMBOLS:
            # (a unit of energy or power on its own, "each kWh you use", names no one: a price is
            # per it, "12.6p per kWh", which the quantity holds)
            words.append(None)
            continue
        if _DOTTED_ACRONYM_RE.fullmatch(tok):  # "U.S."
            words.append(_Word(tok, m.start(), m.end(), "acro", _is_initial(text, m.start()),
                               _in_spans(m.start(), weak), False))
            continue
        base = strip_possessive(tok)
        closes = len(base) < len(tok)
        words.extend(_split_token(text, m.start(), base, closes, weak, caps, mask, out))
    return words


def _split_token(text, start, token, closes, weak, caps, mask, out) -> list[_Word | None]:
    """Hyphen parts of one token: runs of non-lower-case parts holding a digit or letter soup are
    codes ("GPT-4", "CoWoS-S", "Llama-2-70B"); other capitalised parts are name words."""
    parts, offsets, p = [], [], start
    for part in token.split("-"):
        parts.append(part)
        offsets.append(p)
        p += len(part) + 1
    classes = [_part_class(x) if x else "other" for x in parts]
    result: list[_Word | None] = []
    i = 0
    n = len(parts)
    while i < n:
        if classes[i] in ("lower", "other"):
            if classes[i] == "lower" and parts[i].casefold() in LOWERCASE_NAME_TAILS:
                result.append(_Word(parts[i], offsets[i], offsets[i] + len(parts[i]), "tail", False, False, False))
            elif classes[i] == "lower" and parts[i] in NAME_PARTICLES and n == 1:
                result.append(_Word(parts[i], offsets[i], offsets[i] + len(parts[i]), "particle", False, False, False))
            else:
                result.append(None)
            i += 1
            continue
        j = i
        while j < n and classes[j] not in ("lower", "other"):
            j += 1
        group = classes[i:j]
        is_code = "code" in group or ("num" in group and any(c != "num" for c in group))
        if is_code:
            s, e = offsets[i], offsets[j - 1] + len(parts[j - 1])
            surface = "-".join(parts[i:j])
            if not is_generic(surface) and mask.free(s, e) and not (len(surface) > 12 and _noise_code(surface)):
                mask.take(s, e)
                out.append(make_atom(text, "code", _code_key(parts[i:j]), s, e))
            result.append(None)
        else:
            for k in range(i, j):
                if classes[k] == "num":
                    result.append(None)
                    continue
                s = offsets[k]
                in_caps = _in_spans(s, caps)
                result.append(_Word(parts[k], s, s + len(parts[k]), classes[k], _is_initial(text, s),
                                    _in_spans(s, weak) or in_caps, closes and k == n - 1, in_caps))
        i = j
    return result


def _noise_code(s: str) -> bool:
    """IDs and hashes ("VItz2oEq5pA"): long, mixed case, digits scattered."""
    return sum(c.islower() for c in s) >= 2 and len(_DIGIT_RUN_RE.findall(s)) >= 2


def _strong(w: _Word) -> bool:
    """Capitalisation that is evidence of a name even at a sentence start."""
    if w.cls == "acro":
        return not w.caps_line
    return any(c.isupper() for c in w.text[1:])  # TikTok, OpenAI, iPhone


def find_entities(text: str, words: list[_Word | None], out: list[Atom], known_names: frozenset[str] = frozenset(),
                  known_words: frozenset[str] = frozenset()) -> None:
    pieces = [p for run in _runs(text, words) for piece in _split_run(run) if (p := _trim_stop(piece))]
    # A word used on its own as a name where capitals mean a name (not first in a sentence, not
    # in a heading) is a name wherever else it appears, even first in a sentence. Words inside
    # longer names ("Large Language Model") are no such evidence.
    attested = _attested(text, pieces) | known_names
    lower = _Lower(text, known_words)
    for piece in pieces:
        for sub in _apply_position_rules(piece, attested, lower):
            s, e = sub[0].start, sub[-1].end
            key = "entity:" + _entity_norm(" ".join(w.text for w in sub))
            out.append(make_atom(text, "entity", key, s, e))


def _runs(text: str, words: list[_Word | None]) -> list[list[_Word]]:
    """Consecutive name words separated by single spaces (or " & ")."""
    runs: list[list[_Word]] = []
    cur: list[_Word] = []
    for idx, w in enumerate(words):
        if w is None:
            if cur:
                runs.append(cur)
            cur = []
            continue
        if cur:
            gap = text[cur[-1].end:w.start]
            # (a word written short keeps its point inside the name: "Asst. Warden", "Dept. Head")
            short = gap == ". " and not cur[-1].initial and unclipped(cur[-1].text) != cur[-1].text.casefold()
            joined = (gap in (" ", "\u00a0", " & ") or short or (gap == "-" and not cur[-1].closes)) and not cur[-1].closes
            if not joined or w.initial and not short and w.cls not in ("tail", "particle"):
                runs.append(cur)
                cur = []
        if w.cls == "tail" and not cur:
            continue
        if w.cls == "particle":
            nxt = words[idx + 1] if idx + 1 < len(words) else None
            if not cur or nxt is None or nxt.cls != "name" or text[w.end:nxt.start] != " ":
                if cur:
                    runs.append(cur)
                cur = []
                continue
        cur.append(w)
    if cur:
        runs.append(cur)
    return runs


def _split_run(run: list[_Word]) -> list[list[_Word]]:
    """Split at generic acronyms and stop words, and isolate acronyms of 3+ letters ("HBM Supply
    Chain" is HBM + Supply Chain); 1-2 letter acronyms lead a name ("SK hynix", "LG Display")."""
    pieces: list[list[_Word]] = []
    cur: list[_Word] = []
    for w in run:
        if w.cls in ("acro", "name", "cap1") and (is_generic(w.text) or _is_stop(w) and not cur):
            if cur:
                pieces.append(cur)
            cur = []
            continue
        if w.cls == "acro" and len(w.text.replace(".", "").rstrip("s")) >= 3:
            if cur:
                pieces.append(cur)
            pieces.append([w])
            cur = []
            continue
        if cur and cur[-1].cls == "acro" and len(cur[-1].text.replace(".", "")) >= 3:
            pieces.append(cur)
            cur = []
        cur.append(w)
    if cur:
        pieces.append(cur)
    return pieces


def _is_stop(w: _Word) -> bool:
    """A capitalised function or discourse word. An all-caps acronym is not one ("US" is not
    "us"), unless it stands in an all-caps line ("THE RISE OF ...")."""
    if w.cls == "acro" and not w.caps_line and len(w.text) >= 2:
        return False
    return fold(w.text) in STOP_CAPS


def _trim_stop(piece: list[_Word]) -> list[_Word]:
    while piece and (_is_stop(piece[-1]) and not _label_letter(piece) or piece[-1].cls == "particle"):
        piece = piece[:-1]
    while piece and (_is_stop(piece[0]) or piece[0].cls in ("tail", "particle")
                     or len(piece) > 1 and fold(piece[0].text) in PLURAL_DAYS):
        piece = piece[1:]
    if len(piece) == 1 and piece[0].cls == "cap1":
        return []  # a lone capital letter ("Plan B", "option A") names nothing checkable
    return piece


def _label_letter(piece: list[_Word]) -> bool:
    """A capital letter closing a name is its label ("Band A", "Phase I"), not the article or the
    pronoun it is spelt like: an article stands before its noun, never last in a run of names."""
    return len(piece) >= 2 and piece[-1].cls == "cap1" and piece[-2].cls == "name" and not piece[-2].closes


def attested_names(text: str) -> frozenset[str]:
    """Names that `text` writes mid-sentence, single words and names of several (casefolded, words
    joined by a space): the `known_names` of a corpus."""
    words = find_codes_and_words(text, Mask(len(text)), [])
    pieces = [p for run in _runs(text, words) for piece in _split_run(run) if (p := _trim_stop(piece))]
    return frozenset(_attested(text, pieces))


# A possessive with a capitalised word after it: the first word of a longer name ("the Students'
# Union", "a Women's Institute"), not a name on its own
_POSSESSIVE_BEFORE_NAME_RE = re.compile(r"['’]s?[^\S\n][A-Z]")


def _attested(text: str, pieces: list[list[_Word]]) -> set[str]:
    """Words used on their own as names where capitals mean a name: not first in a sentence, not in
    a heading, and not a possessive that opens a longer name ("Students' Union": "Students" is
    no name of its own, and "students" first in a sentence is the common noun); and names of
    several words written mid-sentence, joined by a space."""
    single = {fold(p[0].text) for p in pieces if len(p) == 1 and not p[0].initial and not p[0].weak
              and not _POSSESSIVE_BEFORE_NAME_RE.match(text, p[0].end)}
    # names of several words written so mid-sentence ("in Northern Ireland"): kept whole first in a
    # sentence, where a common word before a name is otherwise no part of it
    return single | {_joined(p) for p in pieces if len(p) > 1 and not p[0].initial and not any(w.weak for w in p)}


def _joined(piece: list[_Word]) -> str:
    return " ".join(fold(w.text) for w in piece)


def lowercase_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case: the `known_words` of a corpus."""
    return frozenset(m.group() for m in _LOWER_WORD_RE.finditer(text))


# a word on its own: not part of an address ("corvane.com", "@corvane") or of a hyphenated word
_LOWER_WORD_RE = re.compile(r"(?<![\w'’@./:-])[a-z]+(?![\w'’@/-]|\.\w)")
# After a sentence's first word, an article or a possessive opens its object: the word is a verb
# ("Delete the bike", "Unpair your phone"), not a name ("Halvorsen chaired it"). A closed class;
# "this"/"that" are left out, as a name may take a time phrase ("Corvane this year ...").
_OBJECT_RE = re.compile(r"[^\S\n]+(?:the|a|an|your|my|our|their|his|her|its)\b")


# A word's abbreviation point with the sentence going on in lower case: "Avg. hardness", "Est. cost"
_ABBREVIATION_POINT_RE = re.compile(r"\.[^\S\n]+[a-z]")


class _Lower:
    """Whether a capitalised word is written in lower case elsewhere, in the text or the corpus
    (`known_words`): the text's own words are read only when asked."""

    def __init__(self, text: str, known: frozenset[str]) -> None:
        self.text, self.known, self._own = text, known, None

    def __contains__(self, word: str) -> bool:
        if word in self.known:
            return True
        if self._own is None:
            self._own = lowercase_words(self.text)
        return word in self._own


def _not_a_name(first: _Word, attested: set[str], lower: _Lower) -> bool:
    """A capital only because the sentence starts there: an everyday word ("Certainly"), a word
    the text or its corpus writes in lower case, in the singular or not ("Randomisation was 2:1"
    where the documents say "the randomisation system", "Backports need …" where they say "a
    backport"), or the past form of a verb it writes so ("Countersigned by the manager" where they
    say "must countersign it"; not "-er" or "-ing" forms, which surnames take: "Baker", "Fielding"),
    a verb taking an object ("Unpair the bike"), or an abbreviated word whose sentence
    goes on in lower case ("Avg. hardness is 48 mg/l")."""
    word = fold(first.text)
    if not first.initial or _strong(first) or word in attested:
        return False
    return is_common_word(word) or word in lower or singular(word) in lower \
        or any(base in lower for base in inflection_bases(word, PAST_SUFFIXES)) \
        or _OBJECT_RE.match(lower.text, first.end) is not None \
        or _ABBREVIATION_POINT_RE.match(lower.text, first.end) is not None


def _gerund(word: str) -> bool:
    """An everyday verb's -ing form: "transferring" (transfer), "renewing", "taking" (take). Names
    ending so ("Spring", "Ealing", "Sterling") have no such verb before the ending."""
    if not word.endswith("ing") or len(word) < 5:
        return False
    base = word[:-3]
    bases = {base, base + "e"} | ({base[:-1]} if len(base) > 2 and base[-1] == base[-2] else set())
    return any(len(b) >= 3 and is_common_word(b) for b in bases)


def _adverb(word: str) -> bool:
    """An everyday adjective's -ly adverb: "normally" (normal), "ordinarily" (ordinary), "probably"
    (probable). A noun before a name is a class word of it ("Berth Kestrel", "Lake Geneva"); a
    name ending so ("Sally", "Emily") has no adjective of four letters or more before the ending."""
    if not word.endswith("ly"):
        return False
    base = word[:-2]
    bases = {base} | ({base[:-1] + "y"} if base.endswith("i") else set()) | ({base + "le"} if base.endswith("b") else set())
    return any(len(b) >= 4 and is_common_word(b) for b in bases)


def _person_after(piece: list[_Word]) -> bool:
    """An everyday word first in a sentence before a person's name of two words, a surname no
    everyday word ("Message Priya Hallam", "Phone Rhys Penhale"): a verb with its object, or a
    title the name is whole without ("Captain Tom Penhale"); a title before a surname alone
    ("Chef Marchetti") stays the name's."""
    rest = piece[1:]
    return len(rest) == 2 and all(w.cls == "name" for w in rest) and not is_common_word(fold(rest[-1].text))


def _glued(piece: list[_Word], attested: set[str], lower: _Lower) -> bool:
    """An adverb or a number word first in a sentence, before a word that is a name on its own
    ("Normally Ledgerline", "Six Verano sensors", "Two Committee members" where the documents
    write "the Committee"), is no part of it, unless the words are written together as a name
    mid-sentence ("the Four Seasons"); before a common word it may be ("Early Learning Centre":
    the whole is the name)."""
    rest = replace(piece[1], initial=True)
    return _joined(piece) not in attested and not _not_a_name(rest, attested, lower)


def _apply_position_rules(piece: list[_Word], attested: set[str], lower: _Lower) -> list[list[_Word]]:
    """Sentence-initial and title-line capitals are not evidence of a name by themselves."""
    if not any(w.weak for w in piece):
        others = [w for w in piece[1:] if w.cls in ("name", "acro", "tail")]
        if not others and _not_a_name(piece[0], attested, lower):
            return []  # "Certainly", "Plan B": a capital only because the sentence starts there
        if others and _not_a_name(piece[0], attested, lower) and (
                _gerund(fold(piece[0].text))
                or (_adverb(fold(piece[0].text)) or is_count_word(fold(piece[0].text))) and _glued(piece, attested, lower)
                or _person_after(piece)):
            # "Transferring Plan F costs £20": the verb takes the name as its object, as "Message
            # Priya Hallam" takes a person's; "Normally
            # Ledgerline's p99 ...": an adverb opens the sentence; "Six Verano sensors": a number
            # counts the name. The name starts after it, under
            # the same rules
            return _apply_position_rules([replace(piece[1], initial=True), *piece[2:]], attested, lower)
        return [piece]
    # In a title line keep only words that are names on other evidence.
    kept, cur = [], []
    for w in piece:
        if _strong(w) or fold(w.text) in attested or w.cls == "tail" and cur:
            cur.append(w)
        else:
            if cur:
                kept.append(cur)
            cur = []
    if cur:
        kept.append(cur)
    return kept


def _entity_norm(name: str) -> str:
    s = fold(name).replace("’", "'")
    s = _NAME_SEP_RE.sub(" ", s).replace(".", "")
    words = s.split()
    # plural acronyms: "TPUs" -> tpu
    words = [w[:-1] if _LOWER_PLURAL_RE.fullmatch(w) and _is_plural_acro(name, w) else w for w in words]
    if len(words) > 1:   # a legal form closing a name, written out or short: one key
        words[-1] = LEGAL_FORMS_WRITTEN_OUT.get(words[-1], words[-1])
    return " ".join(words).strip()


def _is_plural_acro(name: str, folded: str) -> bool:
    return any(PLURAL_ACRO_RE.fullmatch(tok) and tok.casefold() == folded for tok in name.split())
