"""Typed results: one ItemResult per golden item, one RunResult per checkpoint or outputs file."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from statistics import fmean

from pydantic import BaseModel, ConfigDict, Field

from ..store import write_json_atomic


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AtomFinding(_Model):
    """A checkable atom of a claim that the evidence does not support."""

    text: str                       # as written in the answer
    kind: str                       # quantity, number, year, entity, code, ...
    reason: str                     # "absent" | "contradicted"
    conflicts_with: str | None = None  # the evidence's value of the same kind, when contradicted
    # where the atom is in ItemResult.output; None in results written before spans were kept
    start: int | None = None
    end: int | None = None


def _clip(text: str, limit: int = 60) -> str:
    """A degenerate model can emit a 500-character "atom" (H100100100...): keep one line readable."""
    return text if len(text) <= limit else f"{text[:limit - 15]}…[{len(text) - limit + 15} chars]"


class ClaimResult(_Model):
    text: str
    supported: bool
    unsupported: list[AtomFinding] = Field(default_factory=list)
    support_score: float | None = None   # soft support (embedding similarity), when computed
    evidence: str | None = None          # the passage the claim was checked against
    evidence_source: str | None = None   # "reference" or a document id
    # where the claim is in ItemResult.output; None in results written before spans were kept
    start: int | None = None
    end: int | None = None


class ItemResult(_Model):
    id: str
    question: str
    reference: str | None
    output: str
    source: str | None
    answerable: bool
    split: str = "train"
    tags: list[str] = Field(default_factory=list)
    hallucinated: bool
    attributed: bool | None          # None for unanswerable items
    abstained: bool
    memorized: bool
    cited: list[str] = Field(default_factory=list)       # document ids the answer cites
    grounded_in: str | None = None   # document whose passages best support the answer
    missing_key_facts: list[str] = Field(default_factory=list)  # reference atoms the answer lacks
    scores: dict[str, float] = Field(default_factory=dict)
    claims: list[ClaimResult] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)     # one line per failed verdict, for people

    def first_reason(self) -> str:
        """The most specific thing wrong with the answer, in one line: its first unsupported atom,
        a substituted or contradicted one (with the value it conflicts with) before a merely absent
        one, else its first reason ("" when there is none)."""
        findings = [f for claim in self.claims for f in claim.unsupported]
        if findings:
            rank = {"substituted": 0, "contradicted": 1}
            f = min(findings, key=lambda f: rank.get(f.reason, 2))  # min keeps the earliest of a rank
            conflict = f" ≠ {_clip(f.conflicts_with)}" if f.conflicts_with else ""
            return f"{f.reason} {f.kind} '{_clip(f.text)}'{conflict}"
        return self.reasons[0] if self.reasons else ""

    @property
    def passed(self) -> bool:
        """Pass = no hallucination and, when answerable, attributed and not abstained; else abstained."""
        if not self.answerable:
            return self.abstained and not self.hallucinated
        return not self.hallucinated and bool(self.attributed) and not self.abstained


class Summary(_Model):
    items: int
    answerable: int
    unanswerable: int
    hallucination_rate: float
    attribution_rate: float | None      # over answerable items
    abstention_rate: float | None       # over unanswerable items (higher is better)
    false_abstention_rate: float | None  # answerable items the model declined
    memorization_rate: float | None     # over answerable items
    pass_rate: float
    mean_scores: dict[str, float] = Field(default_factory=dict)
    # paraphrased questions (drift's probe, ids "q3~p1") are counted apart, not in the rates above
    paraphrases: int = 0
    paraphrase_pass_rate: float | None = None


class RunResult(_Model):
    suite: str
    label: str                       # checkpoint name or outputs file
    checkpoint: str | None = None
    fingerprint: str | None = None
    created: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    evalkit_version: str = ""
    items: list[ItemResult]
    summary: Summary
    problems: list[str] = Field(default_factory=list)  # input problems met on the way
    missing: list[str] = Field(default_factory=list)   # golden items with no output
    settings_digest: str | None = None  # suite + prompt/generation/scoring settings, for safe reuse

    def save(self, path: str | Path) -> Path:
        return write_json_atomic(path, self.model_dump(mode="json"))

    @classmethod
    def load(cls, path: str | Path) -> "RunResult":
        return cls.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))


def _rate(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def summarize(items: list[ItemResult]) -> Summary:
    from ..suite import is_paraphrase_id

    paraphrases = [i for i in items if is_paraphrase_id(i.id)]
    items = [i for i in items if not is_paraphrase_id(i.id)]
    answerable = [i for i in items if i.answerable]
    unanswerable = [i for i in items if not i.answerable]
    names = sorted({k for i in items for k in i.scores})
    return Summary(
        items=len(items),
        answerable=len(answerable),
        unanswerable=len(unanswerable),
        hallucination_rate=_rate([i.hallucinated for i in items]) or 0.0,
        attribution_rate=_rate([bool(i.attributed) for i in answerable]),
        abstention_rate=_rate([i.abstained for i in unanswerable]),
        false_abstention_rate=_rate([i.abstained for i in answerable]),
        memorization_rate=_rate([i.memorized for i in answerable]),
        pass_rate=_rate([i.passed for i in items]) or 0.0,
        mean_scores={n: fmean(i.scores[n] for i in items if n in i.scores) for n in names},
        paraphrases=len(paraphrases),
        paraphrase_pass_rate=_rate([i.passed for i in paraphrases]),
    )
