"""Typed results: one ItemResult per golden item, one RunResult per checkpoint or outputs file."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from statistics import fmean
from typing import Any, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..store import write_json_atomic
from .metrics import METRICS, SUMMARY_RATES
from .wording import specific_reason


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
    correct: bool | None = None      # states the reference's key facts; None for unanswerable items
    passed: bool = False             # `decide_pass` under the run's scoring.pass_requires
    scores: dict[str, float] = Field(default_factory=dict)
    claims: list[ClaimResult] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)     # one line per failed verdict, for people

    def first_reason(self) -> str:
        """The most specific thing wrong with the answer (see `wording.specific_reason`)."""
        return specific_reason(self)

    @model_validator(mode="before")
    @classmethod
    def _decide_pass_when_absent(cls, data: Any) -> Any:
        """Results written before `passed` was stored: decide it by the default requirements, less
        correctness when it was never judged (the file has no `correct`)."""
        if isinstance(data, dict) and "passed" not in data:
            requires = PASS_REQUIRES if data.get("correct") is not None else UNJUDGED_CORRECTNESS
            data = {**data, "passed": decide_pass(data.get("answerable", True), abstained=data.get("abstained", False),
                                                  hallucinated=data.get("hallucinated", False),
                                                  attributed=data.get("attributed"), correct=data.get("correct"),
                                                  requires=requires)}
        return data


# What a pass can require of an answer to an answerable item (`scoring.pass_requires`).
PassRequirement = Literal["correct", "grounded", "cited"]
PASS_REQUIRES: tuple[PassRequirement, ...] = ("correct", "grounded", "cited")
UNJUDGED_CORRECTNESS: tuple[PassRequirement, ...] = ("grounded", "cited")


def decide_pass(answerable: bool, *, abstained: bool, hallucinated: bool, attributed: bool | None,
                correct: bool | None, requires: Sequence[str] = PASS_REQUIRES) -> bool:
    """The one definition of a pass.

    Answerable: not abstained, and each requirement: `correct` (states the reference's key facts),
    `grounded` (not hallucinated), `cited` (attributed to its source). Unanswerable: abstained and,
    when `grounded` is required, not hallucinated. A requirement that was not judged (None) fails:
    relaxing it is explicit configuration, never a silent default.
    """
    if not answerable:
        return abstained and not ("grounded" in requires and hallucinated)
    if abstained:
        return False
    checks = {"correct": correct is True, "grounded": not hallucinated, "cited": attributed is True}
    return all(checks[r] for r in requires)


class Summary(_Model):
    items: int
    answerable: int
    unanswerable: int
    hallucination_rate: float
    correct_rate: float | None = None   # over answerable items: states the reference's key facts
    attribution_rate: float | None      # over answerable items
    abstention_rate: float | None       # over unanswerable items (higher is better)
    false_abstention_rate: float | None  # answerable items the model declined
    memorization_rate: float | None     # over answerable items
    pass_rate: float
    mean_scores: dict[str, float] = Field(default_factory=dict)
    # paraphrased questions (drift's probe, ids "q3~p1") are counted apart, not in the rates above
    paraphrases: int = 0
    paraphrase_pass_rate: float | None = None


assert {m.name for m in SUMMARY_RATES} <= set(Summary.model_fields), "a Summary rate without a field"


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
        """A results.json, or an InputError naming the file (unreadable, invalid JSON, wrong fields)."""
        from pydantic import ValidationError

        from ..errors import InputError, Problem, read_user_json

        path = Path(path)
        data = read_user_json(path, "results file not found", "an evalkit results.json file")
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise InputError([Problem(path, f"{'.'.join(str(p) for p in e['loc']) or 'top level'}: {e['msg']}")
                              for e in exc.errors()[:10]]) from None


def summarize(items: list[ItemResult]) -> Summary:
    """The Summary of a run: every catalogued Summary rate, over the original (not paraphrased) items."""
    from ..suite import is_paraphrase_id

    originals = [i for i in items if not is_paraphrase_id(i.id)]
    answerable = [i for i in originals if i.answerable]
    names = sorted({k for i in originals for k in i.scores})
    rates = {m.name: m.value(items) for m in SUMMARY_RATES}
    return Summary(
        items=len(originals),
        answerable=len(answerable),
        unanswerable=len(originals) - len(answerable),
        **{**rates, "hallucination_rate": rates["hallucination_rate"] or 0.0, "pass_rate": rates["pass_rate"] or 0.0},
        mean_scores={n: fmean(i.scores[n] for i in originals if n in i.scores) for n in names},
        paraphrases=len(items) - len(originals),
        paraphrase_pass_rate=METRICS["paraphrase_pass_rate"].value(items),
    )
