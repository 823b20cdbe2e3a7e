"""What one scorer says of one answer (`ScoreResult`), and how the results of several scorers are
combined into one ItemResult (`combine`).

Each field is optional: None means "this scorer does not judge that". The combining rule, in
scorer order (the order of `scoring.scorers`):

- `hallucinated`, `abstained`, `memorized`: the OR of the scorers that judge it (one scorer that
  finds a hallucination is enough; an NLI judge can add one, never clear one); False when none do.
- `attributed`, `correct`: the AND of the scorers that judge it (every judge must agree the answer
  cites its source, or states the reference's key facts); None when none do (an unanswerable item
  has no source to cite and no key fact to state).
- `scores`: merged; two scorers giving a score of the same name is an error naming both.
- `cited`, `grounded_in`, `claims`, `missing_key_facts`: given by at most one scorer; a second
  one is an error naming both.
- `reasons`: concatenated, in scorer order.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..results.model import ClaimResult

# Fields that at most one scorer may give.
SINGLE_OWNER = ("cited", "grounded_in", "claims", "missing_key_facts")


@dataclass
class ScoreResult:
    """One scorer's judgement of one answer; None = not judged by this scorer."""

    scores: dict[str, float] = field(default_factory=dict)
    hallucinated: bool | None = None
    attributed: bool | None = None
    abstained: bool | None = None
    memorized: bool | None = None
    correct: bool | None = None                # states the reference's key facts
    cited: list[str] | None = None             # document ids the answer cites
    grounded_in: str | None = None             # document whose passages best support the answer
    claims: list[ClaimResult] | None = None
    missing_key_facts: list[str] | None = None
    reasons: list[str] = field(default_factory=list)


class ScoreClash(ValueError):
    """Two scorers gave the same score or the same single-owner field."""


def combine(results: list[tuple[str, ScoreResult]]) -> ScoreResult:
    """The scorers' results for one answer, combined by the rule in the module docstring."""
    out = ScoreResult()
    score_owner: dict[str, str] = {}
    field_owner: dict[str, str] = {}
    for name, r in results:
        for key, value in r.scores.items():
            if key in score_owner:
                raise ScoreClash(f"scorers '{score_owner[key]}' and '{name}' both give the score '{key}'")
            score_owner[key] = name
            out.scores[key] = value
        for key in ("hallucinated", "abstained", "memorized"):
            setattr(out, key, _or(getattr(out, key), getattr(r, key)))
        out.attributed = _and(out.attributed, r.attributed)
        out.correct = _and(out.correct, r.correct)
        for key in SINGLE_OWNER:
            _take(out, r, key, name, field_owner)
        out.reasons.extend(r.reasons)
    return out


def _or(a: bool | None, b: bool | None) -> bool | None:
    return b if a is None else a if b is None else a or b


def _and(a: bool | None, b: bool | None) -> bool | None:
    return b if a is None else a if b is None else a and b


def _take(out: ScoreResult, r: ScoreResult, key: str, name: str, owner: dict[str, str]) -> None:
    value = getattr(r, key)
    if value is None:
        return
    if key in owner:
        raise ScoreClash(f"scorers '{owner[key]}' and '{name}' both give '{key}'")
    owner[key] = name
    setattr(out, key, value)

