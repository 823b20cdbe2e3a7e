"""The drafting pipeline: documents -> candidates (a drafter) -> decoys -> verification ->
selection by kind and mix -> train/held-out split -> suite data, with a report of what was kept,
what was rejected and why."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ..errors import InputError, Problem
from ..scoring.atoms import attested_names
from .candidate import KINDS, Candidate
from .decoys import entity_pool, make_decoys
from .documents import SourceDocument, collect_paths, read_document, slug
from .extractive import draft_extractive
from .sentences import Sentence, rank, split_sentences
from .verify import REASONS, verify

DEFAULT_MIX = {"fact": 6, "definition": 1, "comparison": 1, "cause": 2}


class Drafter(Protocol):
    name: str

    def draft(self, docs: list[SourceDocument], sentences: dict[str, list[Sentence]], analysis: "Analysis",
              kinds: set[str]) -> list[Candidate]:
        """Answerable candidates (facts, definitions, comparisons, causes) from the documents."""


@dataclass
class Analysis:
    known: frozenset[str]       # words the documents use as names
    lowercase: frozenset[str]   # words the documents write in lower case


class ExtractiveDrafter:
    name = "extractive"

    def draft(self, docs, sentences, analysis, kinds):
        return [c for d in docs for c in draft_extractive(sentences[d.id], analysis.known, kinds, analysis.lowercase)]


@dataclass
class DraftOptions:
    name: str
    items: int = 80                      # answerable items at most
    decoys: int = 12                     # unanswerable decoys at most
    kinds: tuple[str, ...] = KINDS
    mix: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_MIX))
    heldout: float = 0.3                 # share of items in the held-out split
    paraphrases: int = 1                 # per train item
    description: str | None = None


@dataclass
class DraftReport:
    drafted: Counter = field(default_factory=Counter)    # by kind
    kept: Counter = field(default_factory=Counter)       # by kind
    rejected: Counter = field(default_factory=Counter)   # by reason key
    not_selected: int = 0                                # verified, but over --items / --decoys
    examples: dict[str, list[str]] = field(default_factory=dict)  # reason -> a few "question: detail"
    candidates: list[Candidate] = field(default_factory=list)

    def lines(self) -> list[str]:
        total = sum(self.drafted.values())
        kept = sum(self.kept.values())
        out = [f"drafted {total} ({_by_kind(self.drafted)}); kept {kept} ({_by_kind(self.kept)}); "
               f"rejected {sum(self.rejected.values())}"
               + (f"; {self.not_selected} verified but over the limits (--items, --decoys)" if self.not_selected else "")]
        for reason, n in self.rejected.most_common():
            out.append(f"  {n:>4} {REASONS.get(reason, reason)}")
            for ex in self.examples.get(reason, [])[:2]:
                out.append(f"         e.g. {ex}")
        return out


def _by_kind(c: Counter) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(c.items(), key=lambda kv: KINDS.index(kv[0])
                                                    if kv[0] in KINDS else 9)) or "none"


def load_documents(inputs: list[Path]) -> list[SourceDocument]:
    paths = collect_paths(inputs)
    docs, problems, ids = [], [], set()
    for path in paths:
        try:
            doc_id = slug(path.stem)
            n = 2
            while doc_id in ids:
                doc_id, n = f"{slug(path.stem)}-{n}", n + 1
            docs.append(read_document(path, doc_id))
            ids.add(doc_id)
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    if not docs:
        raise InputError([Problem(Path(str(inputs[0]) if inputs else "."), "no document to draft from")])
    return docs


def analyse(docs: list[SourceDocument]) -> tuple[dict[str, list[Sentence]], Analysis]:
    sentences = {}
    for d in docs:
        sentences[d.id] = split_sentences(d.id, d.text)
    every = [s for ss in sentences.values() for s in ss]
    rank(every)
    known = frozenset().union(*(attested_names(d.text) for d in docs))
    lowercase = frozenset(w for d in docs for w in re.findall(r"\b[a-z][a-z'-]+\b", d.text))
    return sentences, Analysis(known, lowercase)


def draft_suite(docs: list[SourceDocument], options: DraftOptions, drafter: Drafter | None = None) -> tuple[dict, DraftReport]:
    """The suite (as plain data, documents not yet placed) and the report."""
    drafter = drafter or ExtractiveDrafter()
    kinds = set(options.kinds)
    sentences, analysis = analyse(docs)
    candidates = drafter.draft(docs, sentences, analysis, kinds - {"decoy"})
    if "decoy" in kinds and options.decoys:
        # decoys come from the documents' facts whatever the drafter: the facts the extractive reading finds
        facts = [c for c in candidates if c.kind == "fact"]
        if drafter.name != "extractive" or "fact" not in kinds:
            facts = [c for c in ExtractiveDrafter().draft(docs, sentences, analysis, {"fact"})]
        pool = entity_pool([d.text for d in docs], analysis.known)
        candidates += make_decoys(facts, pool, analysis.known, options.decoys)
    report = DraftReport()
    report.drafted.update(c.kind for c in candidates)
    verify(candidates, docs, analysis.known)
    for c in candidates:
        if c.rejected:
            report.rejected[c.rejected] += 1
            report.examples.setdefault(c.rejected, []).append(f"{c.question!r}" + (f": {c.detail}" if c.detail else ""))
    chosen = _select([c for c in candidates if not c.rejected and c.answerable], options)
    decoys = sorted([c for c in candidates if not c.rejected and not c.answerable], key=lambda c: -c.info)
    chosen_decoys = decoys[:options.decoys]
    report.not_selected = sum(1 for c in candidates if not c.rejected) - len(chosen) - len(chosen_decoys)
    report.kept.update(c.kind for c in chosen + chosen_decoys)
    report.candidates = candidates
    items = _items(chosen, chosen_decoys, options)
    data = {"name": options.name}
    if options.description:
        data["description"] = options.description
    data["documents"] = [{"id": d.id, "title": d.title, "path": str(d.path)} for d in docs]
    data["items"] = items
    return data, report


def _select(cands: list[Candidate], options: DraftOptions) -> list[Candidate]:
    """Up to `items`, shared among kinds by the mix; within a kind, documents take turns, most
    informative sentences first; a kind short of candidates leaves its share to the others."""
    by_kind: dict[str, list[Candidate]] = {}
    for c in cands:
        by_kind.setdefault(c.kind, []).append(c)
    for kind, cs in by_kind.items():
        by_kind[kind] = _interleave(cs)
    weights = {k: options.mix.get(k, 0) for k in by_kind}
    total = sum(weights.values()) or 1
    quota = {k: int(round(options.items * w / total)) for k, w in weights.items()}
    chosen: list[Candidate] = []
    for k, cs in by_kind.items():
        chosen += cs[:quota[k]]
    rest = [c for k, cs in by_kind.items() if weights[k] > 0 for c in cs[quota[k]:]]
    rest.sort(key=lambda c: -c.info)
    chosen += rest[:max(0, options.items - len(chosen))]
    return chosen[:options.items]


def _interleave(cs: list[Candidate]) -> list[Candidate]:
    per_doc: dict[str, list[Candidate]] = {}
    for c in sorted(cs, key=lambda c: -c.info):
        per_doc.setdefault(c.doc_id, []).append(c)
    out = []
    while any(per_doc.values()):
        for doc in list(per_doc):
            if per_doc[doc]:
                out.append(per_doc[doc].pop(0))
    return out


def _stable(text: str) -> float:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def _items(chosen: list[Candidate], decoys: list[Candidate], options: DraftOptions) -> list[dict]:
    """Items in document order, ids by document and kind; a stable share of each kind held out."""
    items = []
    counters: Counter = Counter()
    letter = {"fact": "f", "definition": "d", "comparison": "c", "cause": "w"}
    ordered = sorted(chosen, key=lambda c: (c.doc_id, c.kind != "fact", -c.info))
    for c in ordered:
        counters[(c.doc_id, c.kind)] += 1
        held = _stable(c.question) < options.heldout
        item = {"id": f"{c.doc_id}-{letter[c.kind]}{counters[(c.doc_id, c.kind)]}", "question": c.question,
                "answer": c.answer, "source": c.doc_id, "split": "heldout" if held else "train",
                "tags": list(dict.fromkeys(c.tags)), "status": "draft", "quote": _one_line(c.quote)}
        paraphrases = [p for p in c.paraphrases if p != c.question][:options.paraphrases]
        if paraphrases and not held:
            item["paraphrases"] = paraphrases
        items.append(item)
    for n, c in enumerate(decoys, start=1):
        items.append({"id": f"decoy-{n}", "question": c.question, "answerable": False, "split": "heldout",
                      "tags": list(dict.fromkeys(c.tags)), "status": "draft", "quote": _one_line(c.quote)})
    return items


def _one_line(text: str) -> str:
    return " ".join(text.split())
