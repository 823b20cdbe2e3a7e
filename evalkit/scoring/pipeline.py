"""Scoring a set of answers: prepare each answer once, run the configured scorers in order,
assemble ItemResults and the RunResult. The CLI, the pytest plugin and the Python API call this."""
from __future__ import annotations

from typing import Iterable

from .. import __version__
from ..config import Target
from ..errors import Problem
from ..results.model import ItemResult, RunResult, summarize
from ..suite import Item
from .context import ScoringContext
from .registry import Verdict, get_scorer

_DEFAULT_FIELDS = {"hallucinated": False, "attributed": None, "abstained": False, "memorized": False}


def build_context(target: Target) -> ScoringContext:
    """Evidence and caches for one suite; build once and pass to every score call on that suite."""
    return ScoringContext(suite=target.suite, settings=target.config.scoring, config_file=target.config.file)


def score_items(context: ScoringContext, pairs: Iterable[tuple[Item, str]]) -> list[ItemResult]:
    pairs = list(pairs)
    limit = context.settings.max_output_chars
    clipped = [bool(limit) and len(output) > limit for _, output in pairs]
    cases = [context.case(item, output[:limit] if clip else output) for (item, output), clip in zip(pairs, clipped)]
    verdicts: list[list[Verdict]] = [[] for _ in cases]
    for name in context.settings.scorers:
        fn = get_scorer(name, context.config_file)
        for per_case, verdict in zip(verdicts, fn(cases, context)):
            per_case.append(verdict)
    results = [_item_result(case, vs) for case, vs in zip(cases, verdicts)]
    for result, (_, output), clip in zip(results, pairs, clipped):
        if clip:  # scoring time grows with the output; a runaway generation is scored by its start
            result.reasons.append(f"output clipped to its first {limit:,} of {len(output):,} characters "
                                  "for scoring (scoring.max_output_chars)")
    return results


def _item_result(case, verdicts: list[Verdict]) -> ItemResult:
    item = case.item
    fields = dict(_DEFAULT_FIELDS)
    scores: dict[str, float] = {}
    reasons: list[str] = []
    for v in verdicts:
        scores.update(v.scores)
        reasons.extend(v.fields.get("reasons", []))
        fields.update({k: val for k, val in v.fields.items() if k != "reasons"})
    if item.answerable and fields.get("abstained"):
        reasons.insert(0, "abstained on an answerable question")
    if not item.answerable and not fields.get("abstained"):
        reasons.insert(0, "answered a question the documents do not answer (expected an abstention)")
    return ItemResult(
        id=item.id, question=item.question, reference=item.answer, output=case.output, source=item.source,
        answerable=item.answerable, split=item.split, tags=list(item.tags),
        scores={k: round(float(v), 4) for k, v in scores.items()}, reasons=reasons, **fields,
    )


def score_outputs(target: Target, outputs: dict[str, str], *, label: str, checkpoint: str | None = None,
                  fingerprint: str | None = None, context: ScoringContext | None = None,
                  problems: Iterable[Problem] = ()) -> RunResult:
    """Score the answers of one checkpoint (or replay file) to the target's golden items."""
    context = context or build_context(target)
    suite = target.suite
    pairs = [(item, outputs[item.id]) for item in suite.items if item.id in outputs]
    items = score_items(context, pairs)
    return RunResult(
        suite=suite.name, label=label, checkpoint=checkpoint, fingerprint=fingerprint,
        evalkit_version=__version__, items=items, summary=summarize(items),
        problems=[str(p) for p in problems],
        missing=[item.id for item in suite.items if item.id not in outputs],
    )


def score_answer(target: Target, item: Item | str, answer: str, context: ScoringContext | None = None) -> ItemResult:
    """Score one answer to one golden item (by object or id)."""
    if isinstance(item, str):
        item = target.suite.item(item)
    context = context or build_context(target)
    return score_items(context, [(item, answer)])[0]
