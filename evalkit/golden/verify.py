"""Verification with evalkit's own scorer, before a person sees a draft.

- a reference is scored as an answer to an item whose reference is the quoted source span, with
  the source document as evidence (the hallucination scorer: every number, date, name and code of
  the reference must be supported there); an unsupported one rejects it, with the reason;
- a quote must be verbatim in its document (an LLM may misquote);
- a question that already holds its answer (the asked fact, or all the reference's key atoms or
  new words) is rejected;
- near-duplicate questions are merged: the better one is kept, the other becomes its paraphrase;
- a decoy is rejected when retrieval finds a passage stating the asked attribute for the entity
  it asks about.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..config import ScoringConfig
from ..scoring.aliases import name_in
from ..scoring.atoms import comparable, extract_atoms
from ..scoring.context import ScoringContext
from ..scoring.evidence import EvidenceIndex
from ..scoring.hallucination import key_atoms
from ..scoring.pipeline import score_items
from ..scoring.text import content_words, squash
from ..suite import Document, Item, Suite
from .candidate import Candidate
from .documents import SourceDocument

REASONS = {
    "unsupported": "reference states a fact its source does not support",
    "quote": "quote is not in the document",
    "contains-answer": "question contains its own answer",
    "duplicate": "near-duplicate question (merged)",
    "answered": "decoy is answered by the documents",
    "empty": "no question or no reference",
}
DUPLICATE_SIMILARITY = 0.8


def scoring_suite(docs: list[SourceDocument], items: Iterable[Item] = ()) -> Suite:
    """A suite over documents held in memory (their text, not a file), for the scorer."""
    documents = []
    for d in docs:
        doc = Document(id=d.id, title=d.title, path=str(d.path))
        doc.__dict__["text"] = d.text  # Document.text is a cached property: the text is already read
        documents.append(doc)
    return Suite(name="draft", documents=tuple(documents), items=tuple(items) or (
        Item(id="_", question="_", answerable=False),))


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[*_`]", "", text).split()).casefold()


def verify(candidates: list[Candidate], docs: list[SourceDocument], known: frozenset[str]) -> None:
    """Set `rejected` on every candidate that fails; the rest are kept."""
    by_id = {d.id: d for d in docs}
    answerable = [c for c in candidates if c.answerable and not c.rejected]
    for c in candidates:
        if not c.question.strip() or (c.answerable and not (c.answer or "").strip()):
            c.rejected = "empty"
        elif c.doc_id not in by_id or _norm(c.quote) not in _norm(by_id[c.doc_id].text):
            c.rejected = "quote"
    answerable = [c for c in answerable if not c.rejected]
    for c in answerable:
        if contains_answer(c, known):
            c.rejected = "contains-answer"
    _check_references([c for c in answerable if not c.rejected], docs)
    _merge_duplicates([c for c in candidates if not c.rejected])
    index = EvidenceIndex.from_documents(scoring_suite(docs).documents)
    for c in candidates:
        if c.kind == "decoy" and not c.rejected:
            found = answered_by(c, index, known)
            if found:
                c.rejected = "answered"
                c.detail = found


def contains_answer(c: Candidate, known: frozenset[str]) -> bool:
    q = c.question.casefold()
    if c.kind == "fact" and c.asked and c.asked.casefold() in q:
        return True
    atoms = extract_atoms(c.answer or "", known)
    if atoms and c.kind in ("fact",):
        return not key_atoms(c.answer or "", c.question, lambda t: extract_atoms(t, known))
    new = set(content_words(c.answer or "")) - set(content_words(c.question))
    return len(new) < 2


def _check_references(cands: list[Candidate], docs: list[SourceDocument]) -> None:
    items = [Item(id=f"v{i}", question=c.question, answer=c.quote, source=c.doc_id) for i, c in enumerate(cands)]
    if not items:
        return
    suite = scoring_suite(docs, items)
    context = ScoringContext(suite=suite, settings=ScoringConfig(scorers=("hallucination",), embeddings=False))
    results = score_items(context, [(item, c.answer or "") for item, c in zip(items, cands)])
    for c, r in zip(cands, results):
        if r.hallucinated:
            c.rejected = "unsupported"
            bad = [f"'{f.text}' {f.reason}" + (f" (source says '{f.conflicts_with}')" if f.conflicts_with else "")
                   for claim in r.claims for f in claim.unsupported]
            c.detail = "; ".join(bad) or "; ".join(r.reasons[:2])


def _words(text: str) -> set[str]:
    return set(content_words(text))


def _merge_duplicates(cands: list[Candidate]) -> None:
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: -c.info):
        words = _words(c.question)
        twin = None
        for k in kept:
            if k.kind != c.kind:
                continue
            other = _words(k.question)
            union = words | other
            same_answer = c.answerable and _norm(c.answer or "") == _norm(k.answer or "") and c.asked == k.asked
            if same_answer or (union and len(words & other) / len(union) >= DUPLICATE_SIMILARITY):
                twin = k
                break
        if twin is None:
            kept.append(c)
            continue
        c.rejected = "duplicate"
        c.detail = f"merged into: {twin.question}"
        if c.question != twin.question and c.question not in twin.paraphrases:
            twin.paraphrases.append(c.question)


def answered_by(c: Candidate, index: EvidenceIndex, known: frozenset[str]) -> str | None:
    """A passage sentence that names the decoy's entity and states an attribute of the asked kind."""
    attribute = next(iter(extract_atoms(c.attribute or "", known)), None)
    entity = next((a for a in extract_atoms(c.asked or "", known)), None)
    target = squash(c.asked or "")
    for passage, _ in index.top(c.question, k=8):
        for sentence in re.split(r"(?<=[.!?])\s+", passage.text):
            s_squashed = squash(sentence)
            if not (target and target in s_squashed) and not (entity and name_in(entity, s_squashed)):
                continue
            atoms = extract_atoms(sentence, known)
            if attribute is None or any(comparable(attribute, a) for a in atoms):
                return f"{passage.doc_id}: {sentence[:200]}"
    return None
