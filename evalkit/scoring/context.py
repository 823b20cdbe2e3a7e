"""What scorers share: the suite's evidence index and per-item evidence (built once per suite and
reused across checkpoints), and each answer prepared once (citations, claims, atoms)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from ..config import ScoringConfig
from ..suite import Document, Item, Suite
from .abstention import find_abstention
from .aliases import Vocabulary, document_acronyms, joined_names
from .atoms import Atom, attested_names, extract_atoms, lowercase_words
from .atoms.compare import calendar_fields
from .atoms.numbers import is_count_word
from .atoms.units import is_measure
from .citations import Citation, find_citations, strip_citations_mapped
from .claims import Claim, items_after, items_inline, lead_in, split_claims
from .evidence import EvidenceIndex
from .hallucination import EvidenceText, key_atoms, stated_atoms
from .keyfacts import KeyFacts, key_facts
from .meaning import lead_in_denies
from .text import content_words, drop_emphasis, squash

EVIDENCE_PASSAGES = 3
# With `scoring.evidence: aligned` or `related`, two documents are about the same subject (a guide and its
# addendum) when they share this many names. Measured: the two documents of each of six labelled
# suites share 4-18; of 3,000 pairs of unrelated HaluEval passages, 99.6% share at most one and
# none more than three.
RELATED_MIN_SHARED_NAMES = 3


def _defined_in_quotes(short: str, text: str) -> bool:
    """`text` defines `short` in quotes, as a party's short name is ('("the Licensee")', '(the
    "Tenant")')."""
    return re.search(rf"[\"“](?:the\s+)?{re.escape(short)}[\"”]", text) is not None


_TITLE = re.compile(r"\s*#\s+(.+)")   # a document's first line as its title heading


def _under_denial(sentence: Claim, text: str) -> str:
    """A list item of `text` with the lead-in it completes, when that lead-in is negated: the
    negation bears on every item ("You must not:" then "let a child under 14 ride on it")."""
    lead = lead_in(text, sentence.start)
    return f"{lead} {sentence.text}" if lead and lead_in_denies(lead) else sentence.text


def _year_span(atom: Atom) -> bool:
    """A year that spans two ("2025–26"): an academic or financial year, a period, not an edition."""
    return atom.kind == "year" and atom.high is not None


_LEADING_QUESTION = re.compile(r"\s*(?:\*\*)?(?P<q>[^.!?\n]{3,300}\?)(?:\*\*)?\s*")


def _opens_with_count(item: str) -> bool:
    """An item of a list that is a count of its own ("two carried by the pupil")."""
    word = item.split(maxsplit=1)[0].casefold() if item.strip() else ""
    return is_count_word(word)


def restated_question(answer: str, question: str) -> int:
    """Where the answer starts when it opens by repeating the question ("Is a C-wire required for
    Wi-Fi? Yes, it is."): the end of that opening sentence, else 0. The repeat states nothing, so
    its negations, choices and names are not the answer's; a question it asks of its own (one
    that shares less than half of the item question's words) is left alone."""
    m = _LEADING_QUESTION.match(answer)
    if m is None or m.end() >= len(answer.rstrip()):
        return 0
    asked = set(content_words(question))
    said = set(content_words(m.group("q")))
    return m.end() if asked and len(asked & said) * 2 >= len(asked) else 0


@dataclass
class ItemEvidence:
    question_atoms: list[Atom]
    question_squashed: str
    reference_atoms: list[Atom]
    keys: list[Atom]
    base: EvidenceText  # the reference + passages retrieved for the question


@dataclass
class Case:
    """One answer to one item, prepared once for every scorer."""

    item: Item
    output: str
    citations: list[Citation]
    answer: str               # the output with its citations taken out
    claims: list[Claim]
    claim_atoms: list[list[Atom]]
    abstention: str | None
    offsets: list[int]        # answer index -> output index: results show spans in the output

    @cached_property
    def answer_atoms(self) -> list[Atom]:
        return [a for atoms in self.claim_atoms for a in atoms]

    @cached_property
    def stated_atoms(self) -> list[Atom]:
        """The answer's atoms less the values it leaves behind ("lowered from 8 to 4" does not say
        the value is 8): what can cover a key fact."""
        return stated_atoms([(c.text, atoms) for c, atoms in zip(self.claims, self.claim_atoms)])

    def output_span(self, start: int, end: int) -> tuple[int | None, int | None]:
        """Where answer[start:end] is in the output; (None, None) for an empty or bad span."""
        if not 0 <= start < end <= len(self.offsets):
            return None, None
        return self.offsets[start], self.offsets[end - 1] + 1

    def claim_at(self, at: int) -> int | None:
        """The index of the claim that holds answer offset `at`; None between claims."""
        return next((k for k, c in enumerate(self.claims) if c.start <= at < c.end), None)

    def claim_span(self, k: int) -> tuple[int | None, int | None]:
        return self.output_span(self.claims[k].start, self.claims[k].end)

    def previous_claim(self, k: int) -> str:
        """The text of the claim before claim k ("" for the first), which a clause may continue."""
        return self.claims[k - 1].text if k else ""

    def counts_own_list(self, k: int, atom: Atom) -> bool:
        """The atom counts the items of a list the answer gives with it: the list claim k
        introduces ("There are two deadlines:" and two items follow), or one that runs on in its
        sentence ("Two councillors sent apologies: A, who was ill, and B"; "the two Directors, A
        for X and B for Y"). A statement about the answer's own list, whose items are checked
        themselves; a count the list does not bear out is checked as any value. Parts that give
        counts of their own ("three in all: two carried, one handed over") bear out nothing, summed
        or counted: a count with no noun is no atom, so the total is the one value checked."""
        claim = self.claims[k]
        if atom.kind not in ("quantity", "number") or atom.high is not None or is_measure(atom.unit):
            return False
        if claim.text.rstrip("*_ ").endswith(":") and atom.value == items_after(self.answer, claim.end):
            return True
        items = items_inline(self.answer, claim.start + atom.end)
        return atom.value == len(items) and not any(map(_opens_with_count, items))

    @cached_property
    def whole_sentences(self) -> list[Claim]:
        """The answer in whole sentences, clauses kept together (claims are clauses)."""
        return split_claims(self.answer, clauses=False)

    def sentence_atoms(self, k: int) -> list[Atom]:
        """The atoms of every claim in the sentence claim k is part of ("960 MB versus 840 MB, so
        120 MB more" is two claims) and in the sentence before it ("The rate is 70 kg/ha. Sown late,
        add 10 kg/ha, which takes it to 80 kg/ha": working may run on from one sentence to the
        next): the values a value of claim k may be worked out from."""
        at = self.claims[k].start
        i = next((i for i, s in enumerate(self.whole_sentences) if s.start <= at < s.end), None)
        if i is None:
            return list(self.claim_atoms[k])
        start, end = self.whole_sentences[max(0, i - 1)].start, self.whole_sentences[i].end
        return [a for c, atoms in zip(self.claims, self.claim_atoms) if start <= c.start < end for a in atoms]

    def atom_span(self, k: int, atom: Atom) -> tuple[int | None, int | None]:
        """An atom of claim k (its offsets are into the claim's text) in the output."""
        base = self.claims[k].start
        return self.output_span(base + atom.start, base + atom.end)


# A bold run-in heading that opens a line or a list item ("**New station.** Hollin Cross opens ...",
# "1. **Walk-in chiller.** Frostline replaced ..."): the label of the sentence it opens, kept with it
_RUN_IN = re.compile(r"(?m)^([^\S\n]*(?:[-*+•][^\S\n]+|\(?[0-9]{1,3}[.)][^\S\n]+)?)(\*\*|__)([^*_\n]{1,80}?)[.:]\2(?=[^\S\n]+\S)")


def _plain(text: str) -> str:
    """A document without its markdown emphasis, a bold run-in heading read as its sentence's label
    ("New station: Hollin Cross opens"), as the heading's full stop inside the marks never ended the
    sentence."""
    text = _RUN_IN.sub(lambda m: f"{m.group(1)}{m.group(3)}:", text)
    return drop_emphasis(text, list(range(len(text))))[0]


@dataclass
class ScoringContext:
    suite: Suite
    settings: ScoringConfig = field(default_factory=ScoringConfig)
    config_file: Path | None = None
    # the built scorers, by name: pipeline builds each once per context (a factory may load a model)
    scorer_fns: dict[str, Any] = field(default_factory=dict, repr=False)
    _evidence: dict[str, ItemEvidence] = field(default_factory=dict, repr=False)
    _atoms: dict[str, list[Atom]] = field(default_factory=dict, repr=False)
    _sentences: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _key_facts: dict[str, KeyFacts] = field(default_factory=dict, repr=False)
    _attested: dict[str | None, str] = field(default_factory=dict, repr=False)
    _whole: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _related: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _related_sentences: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _document_sentences: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _documents_of: dict[str, list[list[str]]] = field(default_factory=dict, repr=False)

    @cached_property
    def documents(self) -> list[Document]:
        """The suite's documents as the rules read them: without markdown emphasis marks, as an answer
        is read (`case`). A mark is formatting, not a word: "due **30 days** from the invoice date"
        counts 30 days from the invoice date, and a rule that reads the words right after a value
        must not stop at "**"."""
        return [d.model_copy(update={"text": _plain(d.text)}) if "*" in d.text or "_" in d.text else d
                for d in self.suite.documents]

    @cached_property
    def known_names(self) -> frozenset[str]:
        """Words the documents and references use as names: a name first in a sentence is still one."""
        return frozenset().union(*(attested_names(t) for t in self._suite_texts))

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Words the documents and references write in lower case: first in a sentence, no name."""
        return frozenset().union(*(lowercase_words(t) for t in self._suite_texts))

    @cached_property
    def document_acronyms(self) -> frozenset[str]:
        """The acronyms the documents and references write, as letters (`aliases.joined_names`)."""
        return document_acronyms(self._suite_texts)

    @cached_property
    def _suite_texts(self) -> list[str]:
        """The documents and the reference answers: where the suite's names and words are read."""
        return [d.text for d in self.documents] + [i.answer for i in self.suite.items if i.answer]

    def atoms_of(self, text: str) -> list[Atom]:
        """Atoms of a text, memoised: evidence and references recur across items and checkpoints."""
        atoms = self._atoms.get(text)
        if atoms is None:
            if len(self._atoms) > 200_000:
                self._atoms.clear()
            atoms = self._atoms[text] = extract_atoms(text, self.known_names, self.known_words)
        return atoms

    def answer_atoms(self, text: str) -> list[Atom]:
        """Atoms of a text of an answer: `atoms_of`, with a name written in full for an acronym the
        documents write read as one name ("the Driver and Vehicle Licensing Agency" for DVLA:
        `aliases.joined_names`)."""
        return joined_names(text, list(self.atoms_of(text)), self.document_acronyms, self.vocabulary.defined)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """Abbreviations and aliases the documents and references define ("Paid Time Off (PTO)",
        "Arm A (oxalenib)")."""
        texts = [d.text for d in self.documents] + [i.answer for i in self.suite.items if i.answer]
        return Vocabulary.of(texts)

    def attested(self, item: Item) -> str:
        """The text a name of an answer to this item may come from, squashed: its source document,
        or every document for an unanswerable item; and the titles of the documents an answer may
        draw on (`document_titles`): a name a title gives names a document ("the Courier", "the
        Amendment") or whom it was written by or to ("Hannah and Joe"); and the acronyms the documents
        about the same subject write and define (`related_documents`, `Vocabulary.defined`): an
        addendum or a reply names what the main document defines by the same letters ("covered by
        PBR" where the bulletin defines "Plant Breeder's Rights (PBR)"), a defined acronym being a
        name two authors share spelled alike, and so are the short names they give a party
        (`Vocabulary.aliases`: "the Licensee"); their other names stay theirs (`_given_elsewhere`
        reads a detail of one sentence), as does an acronym they only use ("the GP's letter")."""
        key = item.source if item.answerable else None
        found = self._attested.get(key)
        if found is None:
            docs = [d for d in self.documents if key is None or d.id == key]
            titles = self.document_titles(item) if key is not None else [d.title for d in docs if d.title]
            related = [] if key is None or self.settings.evidence == "source" else self.related_documents(key)
            texts = {d.id: d.text for d in self.documents}
            acronyms = sorted(document_acronyms([texts[d] for d in related if d in texts], self.vocabulary.defined))
            # (and the short names they give a party: "the Licensee" for Brightwell Access Ltd, named
            # so in the notice that amends the licence as in the licence)
            # (defined so in quotes: a job title beside a name in a table is no party's short name)
            shorts = sorted(s for s in {" ".join(short) for short, _ in self.vocabulary.aliases}
                            if any(_defined_in_quotes(s, texts[d]) for d in related if d in texts))
            found = self._attested[key] = " ".join([squash(d.text) for d in docs] + [squash(t) for t in titles]
                                                   + acronyms + [squash(s) for s in shorts])
        return found

    @cached_property
    def document_dates(self) -> list[Atom]:
        """The dates that date the suite's documents: those of each title and opening paragraph (an
        issue, release or effective date). An answer may name any document by its date ("the
        September 2026 notice", "the April 2027 addendum") or say from when what it says applies."""
        out: list[Atom] = []
        for doc in self.documents:
            title = _TITLE.match(doc.text)
            heading = title.group(1).strip() if title else ""
            first = next((p for p in self.index.passages if p.doc_id == doc.id), None)
            opening = first.text if first is not None and first.heading == heading else ""
            for text in (doc.title, heading, opening):
                # a date, not a bare year: a year in a title is an edition or a model year ("2026
                # edition"), no day from which anything the document says applies; a span of two
                # years is ("2025–26", "2026/27"): the academic or financial year the document
                # covers, which answers name its rules by ("under the 2025–26 rules")
                out += [a for a in self.atoms_of(text) if a.kind == "date" or _year_span(a)]
        return out

    @cached_property
    def running_year_dates(self) -> list[Atom]:
        """The dates the documents give by day and month alone, each with the year of the last date
        before it in its document that gives one: a text dates its events in a running year ("On 24
        September" after "the night of 22 to 23 September 2025" is 24 September 2025), and an
        answer may say that year; a day of an earlier month than that date's in the next year ("on
        9 January" after "6 November 2025" is 9 January 2026)."""
        out: list[Atom] = []
        for doc in self.documents:
            year, month = None, None
            for a in sorted((a for a in self.atoms_of(doc.text) if a.kind == "date"), key=lambda a: a.start):
                fields = calendar_fields(a)
                if "year" in fields and "month" in fields:
                    year, month = fields["year"], fields["month"]
                elif year is not None and "day" in fields:
                    # a day of an earlier month falls in the next year ("on 9 January" after "6
                    # November 2025" is 9 January 2026)
                    running = year if fields["month"] >= month else year + 1
                    out.append(replace(a, key=f"date:{running:04d}-{fields['month']:02d}-{fields['day']:02d}"))
        return out

    def key_facts(self, item: Item) -> KeyFacts:
        """What an answer to this item must state, read once per item."""
        facts = self._key_facts.get(item.id)
        if facts is None:
            facts = self._key_facts[item.id] = key_facts(item.question, item.answer or "",
                                                         self.sentences(item.answer or ""), self.atoms_of)
        return facts

    @cached_property
    def index(self) -> EvidenceIndex:
        return EvidenceIndex.from_documents(self.documents)

    @cached_property
    def embedder(self):
        from .embeddings import Embedder

        return Embedder()

    def evidence(self, item: Item) -> ItemEvidence:
        if item.id not in self._evidence:
            self._evidence[item.id] = self._build_evidence(item)
        return self._evidence[item.id]

    def _build_evidence(self, item: Item) -> ItemEvidence:
        reference = item.answer or ""
        units: list[tuple[str, str]] = [("reference", reference)] if reference else []
        query = f"{item.question} {reference}"
        doc_id = item.source if item.answerable else None
        for passage, _ in self.index.top(query, k=EVIDENCE_PASSAGES, doc_id=doc_id):
            units.append((passage.doc_id, passage.text))
        question_atoms = list(self.atoms_of(item.question))
        return ItemEvidence(
            question_atoms=question_atoms,
            question_squashed=squash(item.question),
            reference_atoms=list(self.atoms_of(reference)),
            keys=key_atoms(reference, item.question, self.atoms_of) if reference else [],
            base=EvidenceText.build(units, self.atoms_of),
        )

    def whole_sentences(self, text: str) -> list[str]:
        """An evidence text in whole sentences (clauses kept together), for meaning checks: a
        negation in one clause bears on the sentence, and a negated lead-in on each item of its
        list ("You must not:" / "(b) let a child under 14 ride on it;" is read as one sentence)."""
        found = self._whole.get(text)
        if found is None:
            found = self._whole[text] = [_under_denial(c, text) for c in split_claims(text, clauses=False)] or [text]
        return found

    def sentences(self, text: str) -> list[str]:
        """An evidence text in sentences, the unit soft support compares a claim with."""
        found = self._sentences.get(text)
        if found is None:
            found = self._sentences[text] = [c.text for c in split_claims(text)] or [text]
        return found

    def warm(self, items=None) -> None:
        """Build the evidence and key facts of these items (all, by default) and, with embeddings on, encode every
        evidence sentence in one batch: the per-suite index, paid once before scoring. That is the
        sentences of the evidence passages, and those of the documents' whole sentences that a
        claim is checked against for a paraphrase (`document_sentences`: split otherwise, they were
        a third of the strings, left to the first answers scored)."""
        items = list(items if items is not None else self.suite.items)
        for item in items:
            if item.answer:
                self.key_facts(item)
        units = {t for item in items for _, t in self.evidence(item).base.units}
        units |= {p.text for p in self.index.passages}
        if self.settings.embeddings:
            texts = [s for t in units for s in self.sentences(t)]
            texts += [s for t in dict.fromkeys(w for item in items for w in self.document_sentences(item))
                      for s in self.sentences(t)]
            self.embedder.encode(list(dict.fromkeys(texts)))

    def claim_evidence(self, item: Item, claim: str) -> EvidenceText:
        """The item's evidence plus the passage of its source document closest to this claim (and,
        with `scoring.evidence: related`, the closest passage of a document about the same subject)."""
        base = self.evidence(item).base
        doc_id = item.source if item.answerable else None
        scores = self.index.scores(claim)
        extra = [(p.doc_id, p.text) for p, _ in self.index.top(claim, k=1, doc_id=doc_id, scores=scores)]
        if self.settings.evidence == "related" and doc_id is not None:
            # per document, so that a short one (where BM25 says little) still offers its passage
            found = [hit for other in self.related_documents(doc_id)
                     for hit in self.index.top(claim, k=1, doc_id=other, scores=scores)]
            extra += [(p.doc_id, p.text) for p, _ in sorted(found, key=lambda h: -h[1])[:1]]
        return base.extended(extra, self.atoms_of)

    def related_sentences(self, item: Item) -> list[str]:
        """The sentences of the suite's documents about the same subject as the item's source (none
        with `scoring.evidence: source`), where a claim's true detail from an addendum is found."""
        if self.settings.evidence == "source" or not item.answerable or item.source is None:
            return []
        found = self._related_sentences.get(item.source)
        if found is None:   # the documents after the source in `documents_of`
            found = self._related_sentences[item.source] = [s for d in self.documents_of(item)[1:] for s in d]
        return found

    def document_sentences(self, item: Item) -> list[str]:
        """The whole sentences of the item's source document and of the documents about the same
        subject (`related_sentences`): all an answer to it may draw on. None for an unanswerable item."""
        if not item.answerable or item.source is None:
            return []
        found = self._document_sentences.get(item.source)
        if found is None:
            found = self._document_sentences[item.source] = [s for d in self.documents_of(item) for s in d]
        return found

    def documents_of(self, item: Item) -> list[list[str]]:
        """`document_sentences` document by document, the source's first: what one author wrote (a
        single author who writes two phrases names two things; two may name one thing two ways)."""
        if not item.answerable or item.source is None:
            return []
        found = self._documents_of.get(item.source)
        if found is None:
            docs = {d.id: d.text for d in self.documents}
            related = [] if self.settings.evidence == "source" else self.related_documents(item.source)
            found = self._documents_of[item.source] = [
                self.whole_sentences(docs.get(item.source, "")), *(self.whole_sentences(docs[d]) for d in related)]
        return found

    def document_titles(self, item: Item) -> list[str]:
        """The titles the suite gives the item's source and the documents about the same subject: a
        sentence of the suite's author saying what each document is ("Case officer's email to the
        agent: corrected Condition 4 ... (9 October 2026)"), which an answer may describe it by.
        None for an unanswerable item, or with `scoring.evidence: source` the source's alone."""
        if not item.answerable or item.source is None:
            return []
        ids = {item.source} | set([] if self.settings.evidence == "source" else self.related_documents(item.source))
        return [d.title for d in self.documents if d.id in ids and d.title]

    def related_documents(self, doc_id: str) -> list[str]:
        """The suite's other documents about the same subject as `doc_id`: they share names."""
        found = self._related.get(doc_id)
        if found is None:
            names = self._document_names
            own = names.get(doc_id, frozenset())
            found = self._related[doc_id] = [d for d, other in names.items() if d != doc_id
                                             and len(own & other) >= RELATED_MIN_SHARED_NAMES]
        return found

    @cached_property
    def _document_names(self) -> dict[str, frozenset[str]]:
        return {d.id: frozenset(a.key for a in self.atoms_of(d.text) if a.kind == "entity")
                for d in self.documents}

    def case(self, item: Item, output: str) -> Case:
        citations = find_citations(output, self.documents)
        answer, offsets = strip_citations_mapped(output, citations)
        answer, offsets = drop_emphasis(answer, offsets)
        cut = restated_question(answer, item.question)
        answer, offsets = answer[cut:], offsets[cut:]
        claims = split_claims(answer)
        # a refusal is read with its citations too: the text a refusal places the gap in is one
        # ("That isn't covered in the handbook or the announcement" is not "That isn't covered or
        # the announcement")
        abstention = find_abstention(answer, self.settings.abstention_phrases, item.question) or (
            find_abstention(output, self.settings.abstention_phrases, item.question) if citations else None)
        return Case(
            item=item, output=output, citations=citations, answer=answer, claims=claims,
            claim_atoms=[self.answer_atoms(c.text) for c in claims], abstention=abstention, offsets=offsets,
        )
