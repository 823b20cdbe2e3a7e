"""Rule-based rewordings of drafted questions, for drift's paraphrase gap: another question form
where the kind has one, else the same question led in differently with a few words swapped."""
from __future__ import annotations

import re
import zlib

from .candidate import Candidate
from .wording import lower_first

_SWAPS = {
    "company": "firm", "companies": "firms", "large": "big", "uses": "employs", "utilizes": "uses",
    "significant": "considerable", "increase": "rise", "demand": "need", "shortage": "scarcity",
    "approximately": "roughly", "about": "roughly", "expected": "projected", "currently": "at present",
    "important": "key", "major": "leading", "build": "construct", "produce": "make", "buy": "purchase",
    "show": "indicate", "help": "assist", "start": "begin", "started": "began",
}
_LEADS = ("According to the documents, ", "Based on the source, ", "From what the documents say, ",
          "As the source describes it, ")


def paraphrases_for(c: Candidate, n: int = 1) -> list[str]:
    q = c.question
    out: list[str] = []
    m = re.match(r"What does (.+) stand for\?$", q)
    if m:
        out.append(f"What is {m.group(1)} short for?")
    m = re.match(r"(What|Who) (is|are) (.+)\?$", q)
    if m and c.kind == "definition":
        out.append(f"How would you describe {m.group(3)}?")
    m = re.match(r"Which (.+?), (.+) or (.+)\?$", q)
    if m and c.kind == "comparison":
        out.append(f"Between {m.group(2)} and {m.group(3)}, which {m.group(1)}?")
    m = re.match(r"Why is it that (.+)\?$", q)
    if m:
        out.append(f"What is the reason that {m.group(1)}?")
    if not out:
        lead = _LEADS[zlib.crc32(q.encode()) % len(_LEADS)]
        body = _swap(lower_first(q))
        out.append(lead + body)
    return [p for p in out if p != q][:n]


def _swap(text: str) -> str:
    def one(m: re.Match) -> str:
        w = m.group(0)
        r = _SWAPS.get(w.lower())
        if not r:
            return w
        return r.capitalize() if w[:1].isupper() else r

    return re.sub(r"[A-Za-z]+", one, text)
