"""Evidence: documents split into passages, and BM25 retrieval of the passages a question is about.

Evidence for an item is its reference answer plus the passages of its source document retrieved
for the question (and reference), plus, per claim, the source passage closest to that claim. The
index is built once per suite and shared by every item and checkpoint.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from rank_bm25 import BM25Okapi

from .claims import LIST_ITEM_RE
from .text import content_words

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“(\[]?[A-Z0-9])")
MAX_PASSAGE_WORDS = 90


@dataclass(frozen=True)
class Passage:
    doc_id: str
    index: int
    text: str
    heading: str = ""


def split_passages(doc_id: str, text: str, max_words: int = MAX_PASSAGE_WORDS) -> list[Passage]:
    """Paragraphs under their heading, a list with the line that leads into it; long paragraphs cut
    at sentence ends into ~max_words pieces."""
    passages: list[Passage] = []
    heading = ""
    for block in _with_lead_ins(re.split(r"\n\s*\n", text)):
        block = block.strip()
        if not block:
            continue
        lines = block.splitlines()
        if _HEADING.match(lines[0]):
            heading = _HEADING.sub("", lines[0]).strip()
            block = "\n".join(lines[1:]).strip()
            if not block:
                continue
        for piece in _pieces(block, max_words):
            passages.append(Passage(doc_id, len(passages), piece, heading))
    return passages




def _with_lead_ins(blocks: list[str]) -> list[str]:
    """Blocks, a list joined to the line that leads into it ("We do not cover claims arising
    from:"): an item says what it says only under its lead-in."""
    out: list[str] = []
    for block in blocks:
        if out and out[-1].rstrip().endswith(":") and LIST_ITEM_RE.match(block) and not _HEADING.match(out[-1]):
            out[-1] = f"{out[-1].rstrip()}\n{block}"
        else:
            out.append(block)
    return out


def _pieces(block: str, max_words: int) -> list[str]:
    sentences = _SENTENCE_END.split(re.sub(r"\s*\n\s*", " ", block))
    out, cur, n = [], [], 0
    for s in sentences:
        w = len(s.split())
        if cur and n + w > max_words:
            out.append(" ".join(cur))
            cur, n = [], 0
        cur.append(s)
        n += w
    if cur:
        out.append(" ".join(cur))
    return out


def _bm25_tokens(text: str) -> list[str]:
    return content_words(text) or ["∅"]


@dataclass
class EvidenceIndex:
    """BM25 over all passages of a suite's documents; queries can be limited to one document."""

    passages: list[Passage]
    _doc_rows: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @classmethod
    def from_documents(cls, documents) -> "EvidenceIndex":
        passages: list[Passage] = []
        for doc in documents:
            for p in split_passages(doc.id, doc.text):
                passages.append(p)
        index = cls(passages)
        for doc in documents:
            index._doc_rows[doc.id] = np.array([i for i, p in enumerate(passages) if p.doc_id == doc.id], dtype=int)
        return index

    @cached_property
    def _bm25(self) -> BM25Okapi:
        return BM25Okapi([_bm25_tokens(p.heading + " " + p.text) for p in self.passages])

    @cached_property
    def _term_weights(self) -> dict[str, np.ndarray]:
        """Each term's BM25Okapi contribution to every passage, computed once from rank-bm25's
        fitted statistics: a query is then a sum of vectors instead of rank-bm25's Python loop
        over all passages per query word (the scorer's hot spot, retrieved once per claim)."""
        bm = self._bm25
        doc_len = np.asarray(bm.doc_len, dtype=float)
        norm = bm.k1 * (1 - bm.b + bm.b * doc_len / bm.avgdl)
        weights: dict[str, np.ndarray] = {}
        for term, idf in bm.idf.items():
            tf = np.array([freqs.get(term, 0) for freqs in bm.doc_freqs], dtype=float)
            weights[term] = idf * tf * (bm.k1 + 1) / (tf + norm)
        return weights

    def scores(self, query: str) -> np.ndarray:
        """BM25Okapi scores of every passage (the same numbers as rank-bm25's get_scores)."""
        out = np.zeros(len(self.passages))
        weights = self._term_weights
        for term in _bm25_tokens(query):
            w = weights.get(term)
            if w is not None:
                out += w
        return out

    def top(self, query: str, k: int = 3, doc_id: str | None = None, scores: np.ndarray | None = None) -> list[tuple[Passage, float]]:
        """The k best passages for the query, within one document when doc_id is given."""
        if scores is None:
            scores = self.scores(query)
        rows = self._doc_rows.get(doc_id, np.array([], dtype=int)) if doc_id else np.arange(len(self.passages))
        if rows.size == 0:
            return []
        order = rows[np.argsort(-scores[rows], kind="stable")][:k]
        if doc_id and rows.size <= k:
            # the whole document fits: give all of it (BM25's idf is ~0 on a corpus of two or
            # three passages, so a score says nothing there)
            return [(self.passages[i], float(scores[i])) for i in order]
        return [(self.passages[i], float(scores[i])) for i in order if scores[i] > 0]

    def best_document(self, query: str) -> tuple[str | None, float]:
        """The document holding the passage that best matches the query."""
        best = self.top(query, k=1)
        return (best[0][0].doc_id, best[0][1]) if best else (None, 0.0)
