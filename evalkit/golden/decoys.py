"""Unanswerable decoys: a plausible question about the documents' own entities that the documents
do not answer. The attribute a sentence gives for one entity is asked of another entity of the
same kind, a product code for another ("the H100 SXM's total memory" asked of the A100); verification then rejects the decoy
when retrieval finds a passage that does state that attribute for the entity asked about."""
from __future__ import annotations

import difflib
import re
from collections import Counter

from ..scoring.atoms import Atom, extract_atoms
from .candidate import Candidate


def entity_pool(texts: list[str], known: frozenset[str]) -> Counter:
    """(kind, key, surface) of every code and multi-letter entity in the documents, with counts;
    one surface per key (the first seen: "H100", not also "H100s")."""
    pool: Counter = Counter()
    surface: dict[str, str] = {}
    for text in texts:
        for a in extract_atoms(text, known):
            if (a.kind == "code" and re.fullmatch(r"[A-Z]{1,4}\d{2,4}[A-Za-z]{0,3}", a.text)) or \
                    (a.kind == "entity" and len(a.text) > 2 and a.text[0].isupper()):
                text = a.text[:-1] if a.text.endswith("s") and not a.key.endswith("s") else a.text
                pool[(a.kind, a.key, surface.setdefault(a.key, text))] += 1
    return pool


def make_decoys(facts: list[Candidate], pool: Counter, known: frozenset[str], limit: int) -> list[Candidate]:
    """Decoys from fact questions that name an entity besides the one fact they ask; at most one
    per source sentence and per swapped-in entity, best (most informative) facts first."""
    out: list[Candidate] = []
    used_quotes: set[str] = set()
    used_targets: Counter = Counter()
    for fact in sorted(facts, key=lambda c: -c.info):
        if len(out) >= limit * 3:  # verification rejects some: draft a margin
            break
        if fact.quote in used_quotes or not fact.asked:
            continue
        asked = next((a for a in extract_atoms(fact.answer or "", known) if a.text == fact.asked), None)
        if asked is None or asked.kind not in ("quantity", "date", "quarter", "year"):
            continue
        # product codes only: a name of another kind of thing ("Saudi Arabia" -> "CUDA") makes a
        # question no one would ask
        named = [a for a in extract_atoms(fact.question, known)
                 if a.kind == "code" and re.fullmatch(r"[A-Z]{1,4}\d{2,4}[A-Za-z]{0,3}", a.text)]
        for subject in named:
            other = _other(subject, pool, fact.question + " " + fact.quote, used_targets)
            if not other:
                continue
            question = _swap(fact.question, subject, other)
            if question == fact.question:
                continue
            out.append(Candidate("decoy", question, None, fact.doc_id, fact.quote, tags=["decoy", "unanswerable"],
                                 asked=other, attribute=asked.text, info=fact.info))
            used_quotes.add(fact.quote)
            used_targets[other] += 1
            break
    return out


def _other(subject: Atom, pool: Counter, context: str, used: Counter) -> str | None:
    """Another entity of the subject's kind, the most alike by name ("H100" -> "A100"), not named
    in the question or its sentence, and not already a decoy twice."""
    low = context.lower()
    options = [(text, n) for (kind, key, text), n in pool.items()
               if kind == subject.kind and key != subject.key and text.lower() not in low
               and used[text] < 3 and not (kind == "entity" and n < 3)]
    if subject.kind == "code":  # a product code for one of its family: "H100" -> "A100", not "HBM3"
        options = [o for o in options if re.sub(r"\D", "", o[0])[:1] == re.sub(r"\D", "", subject.text)[:1]] or options
    if not options:
        return None
    return max(options, key=lambda o: (difflib.SequenceMatcher(None, subject.text.lower(), o[0].lower()).ratio(),
                                       o[1], o[0]))[0]


def _swap(question: str, subject: Atom, other: str) -> str:
    return re.sub(rf"(?<![\w-]){re.escape(subject.text)}(?![\w-])", other, question, count=1)
