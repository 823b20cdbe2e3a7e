"""The documents in sentences, each with its exact span (a quote is always verbatim), its heading
and its information content: the sum of its content words' inverse document frequency, so a
sentence of rare, specific words ranks above a generic one."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from ..scoring.text import content_words

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_MARKER = re.compile(r"[^\S\n]*(?:[-*+•]|\(?\d{1,3}[.)])\s+")
# a Markdown lead-in label: "**GPU Scaling and Cost:** text" or "__Note:__ text"
_LEAD_IN = re.compile(r"[^\S\n]*(\*\*|__)(?P<label>[^*_\n]{2,80}?):?\s*\1:?\s*")
_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")
_ABBREV = frozenset("e.g i.e mr mrs ms dr prof sr jr st vs etc inc ltd corp co fig no approx u.s u.k".split())
_PRONOUN_START = re.compile(r"^(?:it|this|that|these|those|they|them|he|she|we|i|you|such|there|here|its|their|"
                            r"his|her|our|my|your|both|another|other|the latter|the former|so|and|but|or)\b",
                            re.IGNORECASE)
_COLLOQUIAL = re.compile(r"\b(?:call it|you know|kind of|sort of|i mean|yeah|oh|um|uh|like,|okay|gonna|wanna)\b|^well\b",
                         re.IGNORECASE)


@dataclass
class Sentence:
    doc_id: str
    text: str                  # exactly document.text[start:end]
    start: int
    end: int
    heading: str = ""          # the Markdown heading above it
    topic: str = ""            # a bold lead-in label before it, if any
    index: int = 0             # position among the document's sentences
    info: float = 0.0          # information content (set by `rank`)
    flags: set[str] = field(default_factory=set)  # pronoun-start, first-person, question, short, long

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_sentences(doc_id: str, text: str) -> list[Sentence]:
    """Sentences of a Markdown or plain text, skipping headings, code blocks and tables."""
    out: list[Sentence] = []
    heading = ""
    pos = 0
    in_code = False
    for block in re.split(r"(\n\s*\n)", text):
        start = pos
        pos += len(block)
        if not block.strip() or block.startswith("\n") and not block.strip():
            continue
        lines = block.split("\n")
        offset = start
        para: list[tuple[int, int]] = []   # (start, end) of each kept line's text
        topic = ""
        for line in lines:
            lstart, lend = offset, offset + len(line)
            offset = lend + 1
            stripped = line.strip()
            if stripped.startswith("```") or stripped.startswith("~~~"):
                in_code = not in_code
                continue
            if in_code or not stripped or stripped.startswith("|") or re.fullmatch(r"[-=*_ ]{3,}", stripped):
                continue
            h = _HEADING.match(line)
            if h:
                heading = h.group(2).strip(" #")
                continue
            if stripped.startswith(">"):
                lstart += line.index(">") + 1
            m = _MARKER.match(text, lstart, lend)
            if m:
                lstart = m.end()
            m = _LEAD_IN.match(text, lstart, lend)
            if m:
                topic = m.group("label").strip()
                lstart = m.end()
            starts = bool(m) or _MARKER.match(line) is not None
            if para and not starts:
                para[-1] = (para[-1][0], lend)  # a wrapped line continues the paragraph
            else:
                para.append((lstart, lend))
        for pstart, pend in para:
            for s, e, emphasised in _sentence_spans(text, pstart, pend):
                sent = Sentence(doc_id, text[s:e], s, e, heading=heading, topic=topic, index=len(out))
                if emphasised:  # a sentence wrapped in emphasis: a byline, a caption
                    sent.flags.add("byline")
                out.append(sent)
    return out


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    spans = []
    pos = start
    for m in _END.finditer(text, start, end):
        before = text[max(start, m.start() - 12):m.start()].split()
        token = before[-1].rstrip(".").lower() if before else ""
        if token in _ABBREV or (len(token) == 1 and token.isalpha()):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        # Markdown emphasis around a whole sentence is not part of it
        emphasised = False
        while e - s > 2 and text[s] in "*_" and text[e - 1] in "*_":
            s, e, emphasised = s + 1, e - 1, True
        if e - s > 1:
            out.append((s, e, emphasised))
    return out


def rank(sentences: list[Sentence]) -> None:
    """Set each sentence's information content and flags."""
    df: Counter[str] = Counter()
    bags = [set(content_words(s.text)) for s in sentences]
    for bag in bags:
        df.update(bag)
    n = max(1, len(sentences))
    for s, bag in zip(sentences, bags):
        idf = sum(math.log((n + 1) / (df[w] + 0.5)) for w in bag if not w.isdigit())
        s.info = idf / math.sqrt(max(8, len(s.text.split())))
        if _PRONOUN_START.match(s.text.lstrip("\"'“(")):
            s.flags.add("pronoun-start")
        if _COLLOQUIAL.search(s.text) or s.topic and s.text.count(",") > 4:
            s.flags.add("colloquial")
        if s.text.rstrip().endswith("?"):
            s.flags.add("question")
        if not (s.text[:1].isalnum() or s.text[:1] in "\"'“‘($€£"):
            s.flags.add("fragment")
        if s.words < 6:
            s.flags.add("short")
        if s.words > 60:
            s.flags.add("long")
