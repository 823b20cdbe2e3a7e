"""A drafted item before it is written: what every drafter produces and verification judges."""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("fact", "definition", "comparison", "cause", "decoy")


@dataclass
class Candidate:
    kind: str                      # one of KINDS
    question: str
    answer: str | None             # the reference; None for a decoy
    doc_id: str                    # the document the quote is from (a decoy's: the entity it swaps)
    quote: str                     # verbatim span of that document the item is drawn from
    tags: list[str] = field(default_factory=list)
    paraphrases: list[str] = field(default_factory=list)
    asked: str | None = None       # fact: the atom asked for; decoy: the entity asked about
    attribute: str | None = None   # decoy: the atom the quote gives for the other entity
    info: float = 0.0              # information content of the source sentence (selection order)
    drafter: str = "extractive"
    rejected: str | None = None    # why verification rejected it, a key of verify.REASONS (None: kept)
    detail: str | None = None      # the evidence for the rejection

    @property
    def answerable(self) -> bool:
        return self.kind != "decoy"
