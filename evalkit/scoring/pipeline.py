"""Scoring a set of answers: prepare each answer once, run the configured scorers in order,
assemble ItemResults and the RunResult. The CLI, the pytest plugin and the Python API call this."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator

from .. import __version__
from ..config import Target
from ..errors import InputError, Problem
from ..results.model import ItemResult, RunResult, decide_pass, summarize
from ..suite import Item
from . import builtin
from .context import Case, ScoringContext
from .processes import map_in_processes, worker_count
from .registry import ScorerFn, build_scorer
from .result import ScoreClash, ScoreResult, combine


def build_context(target: Target) -> ScoringContext:
    """Evidence and caches for one suite; build once and pass to every score call on that suite."""
    return ScoringContext(suite=target.suite, settings=target.config.scoring, config_file=target.config.file)


def score_items(context: ScoringContext, pairs: Iterable[tuple[Item, str]]) -> list[ItemResult]:
    with _young_collections_only():
        return _score_items(context, list(pairs))


@contextmanager
def _young_collections_only() -> Iterator[None]:
    """No full garbage collection while answers are scored: the rules' memoised readings (tokens,
    atoms, alignments) grow by the answer, and each full collection walks all of them again (a
    quarter of the scoring time on 1,000 answers) to free nothing: scoring leaves no cycles. The
    young generations are still collected; the thresholds are put back after."""
    old = gc.get_threshold()
    gc.set_threshold(old[0], old[1], 1 << 30)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _score_items(context: ScoringContext, pairs: list[tuple[Item, str]]) -> list[ItemResult]:
    fns = [_scorer(context, name) for name in context.settings.scorers]  # built once, before any fork
    # scorers defined in evalkit.scoring.builtin hold nothing a forked child must not share
    fork_safe = all(getattr(fn, "__module__", None) == builtin.__name__ for fn in fns)
    workers = worker_count(context.settings.workers, len(pairs), fork_safe)
    items = list({id(item): item for item, _ in pairs}.values())
    if context.settings.embeddings or workers > 1:
        # the evidence and key facts of these items read (and with embeddings, their evidence
        # sentences encoded in one batch) once per suite, before the answers: not one by one as
        # the first answers meet them, nor once in each worker process
        context.warm(items)
    if workers > 1:
        # the answers of one document, and within it of one item, together: the processes take
        # runs of neighbours (processes.py), so the rules' readings of its sentences (and the claims
        # and vectors its answers repeat), memoised in the process that meets them, are read once
        # and not in each process
        order = _by_source(pairs)
        scored = map_in_processes(partial(_score_here, context), [pairs[i] for i in order], workers)
        results: list[ItemResult] = [None] * len(pairs)  # type: ignore[list-item]
        for i, result in zip(order, scored):
            results[i] = result
        return results
    return _score_here(context, pairs)


def _by_source(pairs: list[tuple[Item, str]]) -> list[int]:
    """The positions of `pairs`, the answers to items of one source document together and within
    them those to one item, in the order the documents and items first come; stable otherwise."""
    docs: dict[str | None, int] = {}
    items: dict[int, int] = {}
    for item, _ in pairs:
        docs.setdefault(item.source, len(docs))
        items.setdefault(id(item), len(items))
    return sorted(range(len(pairs)), key=lambda i: (docs[pairs[i][0].source], items[id(pairs[i][0])]))


def _score_here(context: ScoringContext, pairs: list[tuple[Item, str]]) -> list[ItemResult]:
    limit = context.settings.max_output_chars
    clipped = [bool(limit) and len(output) > limit for _, output in pairs]
    cases = [context.case(item, output[:limit] if clip else output) for (item, output), clip in zip(pairs, clipped)]
    results: list[list[tuple[str, ScoreResult]]] = [[] for _ in cases]
    for name in context.settings.scorers:
        for per_case, result in zip(results, _scorer(context, name)(cases, context)):
            per_case.append((name, result))
    items = [_item_result(case, rs, context) for case, rs in zip(cases, results)]
    for item, (_, output), clip in zip(items, pairs, clipped):
        if clip:  # scoring time grows with the output; a runaway generation is scored by its start
            item.reasons.append(f"output clipped to its first {limit:,} of {len(output):,} characters "
                                "for scoring (scoring.max_output_chars)")
    return items


def _scorer(context: ScoringContext, name: str) -> ScorerFn:
    """Built once per context: a factory may load a model."""
    if name not in context.scorer_fns:
        context.scorer_fns[name] = build_scorer(name, context.settings, context.config_file)
    return context.scorer_fns[name]


def _item_result(case: Case, results: list[tuple[str, ScoreResult]], context: ScoringContext) -> ItemResult:
    item = case.item
    try:
        r = combine(results)
    except ScoreClash as clash:
        raise InputError([Problem(context.config_file or Path("<run config>"), f"scoring.scorers: {clash}")]) from None
    reasons = list(r.reasons)
    if item.answerable and r.abstained:
        reasons.insert(0, "abstained on an answerable question")
    if not item.answerable and not r.abstained:
        reasons.insert(0, "answered a question the documents do not answer (expected an abstention)")
    requires = context.settings.pass_requires
    if item.answerable and "correct" in requires and r.correct is None and not r.abstained:
        reasons.append("correctness was not judged: add the 'correctness' scorer to scoring.scorers, or "
                       "drop 'correct' from scoring.pass_requires")
    passed = decide_pass(item.answerable, abstained=bool(r.abstained), hallucinated=bool(r.hallucinated),
                         attributed=r.attributed, correct=r.correct, requires=requires)
    return ItemResult(
        id=item.id, question=item.question, reference=item.answer, output=case.output, source=item.source,
        answerable=item.answerable, split=item.split, tags=list(item.tags),
        hallucinated=bool(r.hallucinated), attributed=r.attributed, abstained=bool(r.abstained),
        memorized=bool(r.memorized), correct=r.correct if item.answerable else None, passed=passed,
        cited=r.cited or [], grounded_in=r.grounded_in,
        missing_key_facts=r.missing_key_facts or [], claims=r.claims or [],
        scores={k: round(float(v), 4) for k, v in r.scores.items()}, reasons=reasons,
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
