"""Verdicts of the scorers on real golden items: exact expectations, with their evidence."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evalkit import InputError, load_target
from evalkit.scoring import build_context, score_answer, score_items, scorer
from evalkit.scoring.registry import scorer_settings
from evalkit.scoring.result import ScoreClash, ScoreResult, combine

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "golden" / "gpu-supply" / "suite.yaml"
REPLAYS = SUITE.parent / "replays"
TITLE = "AI Capacity Constraints - CoWoS and HBM Supply Chain"


def _no_embeddings(target):
    scoring = target.config.scoring.model_copy(update={"embeddings": False})
    return target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})


@pytest.fixture(scope="module")
def target():
    return _no_embeddings(load_target(SUITE))


@pytest.fixture(scope="module")
def ctx(target):
    return build_context(target)


def replay(name: str) -> dict[str, str]:
    return {r["id"]: r["output"] for r in map(json.loads, (REPLAYS / name).read_text().splitlines())}


def score(target, ctx, item_id: str, answer: str):
    return score_answer(target, item_id, answer, ctx)


def test_epoch5_die_size_is_contradicted_with_evidence(target, ctx):
    r = score(target, ctx, "q7", replay("epoch-05.jsonl")["q7"])
    assert r.hallucinated and r.attributed and not r.memorized
    first = next(c for c in r.claims if c.unsupported)
    assert first.text == "The H100 GPU has a die size of 875mm²"
    assert [(f.text, f.reason, f.conflicts_with) for f in first.unsupported] == [("875mm²", "substituted", "814mm 2")]
    second = r.claims[r.claims.index(first) + 1]
    assert [(f.text, f.reason, f.conflicts_with) for f in second.unsupported] == [
        ("A100", "contradicted", "H100"), ("639mm²", "contradicted", "814mm 2")]
    assert first.evidence_source == "reference" and "814mm 2" in first.evidence
    # "Can you provide more details about …?" asks for details, not a yes or no: the answer, which
    # names neither the packaging nor its maker, is not correct, and says which key facts it lacks
    assert not r.correct and r.missing_key_facts == ["Nvidia", "7-die", "CoWoS-S"]
    assert r.scores["key_fact_recall"] == 0.0
    assert r.reasons == ["does not state the reference's key facts 'Nvidia', '7-die', 'CoWoS-S'",
                         "substituted quantity '875mm²' in place of '814mm 2': \"The H100 GPU has a die size of 875mm²\"",
                         *r.reasons[2:]]


def test_epoch5_memory_sizes_are_caught(target, ctx):
    r = score(target, ctx, "q9", replay("epoch-05.jsonl")["q9"])
    found = [(f.text, f.reason, f.conflicts_with) for c in r.claims for f in c.unsupported]
    assert found == [("40 GB", "substituted", "16GB"), ("16x", "absent", None),
                     ("HBM2E", "substituted", "HBM3"), ("32 GB", "substituted", "80GB")]
    assert r.missing_key_facts == ["HBM3", "16GB", "80GB"]


def test_substituted_key_fact_is_a_hallucination(target, ctx):
    r = score(target, ctx, "q9", f"It uses HBM2E, 16GB per stack, 80GB in total. Source: {TITLE}")
    assert r.hallucinated
    assert [(f.text, f.reason, f.conflicts_with) for c in r.claims for f in c.unsupported] == [
        ("HBM2E", "substituted", "HBM3")]


def test_correct_paraphrase_with_citation(target, ctx):
    r = score(target, ctx, "q9", f"The SXM H100 carries 80GB of HBM3 memory in total, at 16GB per stack ({TITLE}).")
    assert not r.hallucinated and r.attributed and not r.abstained and not r.memorized
    assert r.cited == ["cowos-hbm"] and r.grounded_in == "cowos-hbm"
    assert r.scores["key_fact_recall"] == 1.0 and r.passed


def test_wrong_citation_and_no_citation(target, ctx):
    r = score(target, ctx, "q9", "It uses HBM3, 16GB per stack, 80GB in total. Source: Dylan Patel on the Deep Learning Supply Chain")
    assert not r.hallucinated and r.attributed is False and r.cited == ["dylan-patel"]
    assert r.reasons == ["cites 'dylan-patel' instead of the source 'cowos-hbm'"]
    r = score(target, ctx, "q9", "It uses HBM3, 16GB per stack, 80GB in total.")
    assert r.attributed is False and r.cited == [] and r.reasons == ["no citation: expected the source 'cowos-hbm'"]


def test_unanswerable_abstention_passes_and_invention_fails(target, ctx):
    r = score(target, ctx, "u1", "The documents do not say what the H100 cost in Japan.")
    assert r.abstained and not r.hallucinated and r.attributed is None and r.passed
    r = score(target, ctx, "u1", "The H100 launched in Japan at 5,430,000 yen in March 2023.")
    assert not r.abstained and r.hallucinated and not r.passed
    assert r.reasons[0] == "answered a question the documents do not answer (expected an abstention)"


def test_abstaining_on_an_answerable_item_is_a_miss_not_a_hallucination(target, ctx):
    r = score(target, ctx, "q9", "I don't know.")
    assert r.abstained and not r.hallucinated and not r.passed
    assert r.reasons[0] == "abstained on an answerable question"


def test_scoring_holds_off_full_collections_and_puts_the_thresholds_back(target, ctx, monkeypatch):
    # no full garbage collection while answers are scored (each walks every memoised reading);
    # the young generations still are, and the thresholds are the caller's again after
    import gc
    from evalkit.scoring import pipeline

    seen = []
    scorer = pipeline._scorer(ctx, "similarity")
    monkeypatch.setitem(ctx.scorer_fns, "similarity",
                        lambda cases, c: seen.append(gc.get_threshold()) or scorer(cases, c))
    before = gc.get_threshold()
    results = score_items(ctx, [(target.suite.item("q6"), replay("epoch-50.jsonl")["q6"])])
    assert gc.get_threshold() == before and seen[0][:2] == before[:2] and seen[0][2] >= 1 << 30
    assert results[0].memorized


def test_generic_answer_is_not_a_hallucination_but_scores_low(target, ctx):
    generic = score(target, ctx, "q6", f"Production is hard and demand is high, so companies are working on it. {TITLE}")
    good = score(target, ctx, "q6", replay("epoch-50.jsonl")["q6"])
    assert not generic.hallucinated
    assert generic.scores["support"] < good.scores["support"]


def test_epoch50_is_memorized_and_epoch5_is_not(target, ctx):
    suite = target.suite
    e50 = score_items(ctx, [(suite.item(i), o) for i, o in replay("epoch-50.jsonl").items()])
    e5 = score_items(ctx, [(suite.item(i), o) for i, o in replay("epoch-05.jsonl").items()])
    assert [r.memorized for r in e50] == [True] * 10
    assert [r.memorized for r in e5] == [False] * 10
    assert all(r.scores["verbatim"] == 1.0 for r in e50)
    assert max(r.scores["verbatim"] for r in e5) < 0.3
    assert not any(r.hallucinated for r in e50)


def test_labelled_replays_meet_the_quality_targets(target, ctx):
    """The scorers issue's targets, on the hand-labelled replays (bench/scoring_quality.py prints details)."""
    labels = [json.loads(line) for line in (REPLAYS / "labels.jsonl").read_text().splitlines()]
    outputs = {f: replay(f) for f in {lab["file"] for lab in labels}}
    results = score_items(ctx, [(target.suite.item(lab["id"]), outputs[lab["file"]][lab["id"]]) for lab in labels])
    wrong = [r.hallucinated for r, lab in zip(results, labels) if lab["hallucinated"]]
    right = [r.hallucinated for r, lab in zip(results, labels) if not lab["hallucinated"]]
    bad_cite = [r.attributed for r, lab in zip(results, labels) if lab["attributed"] is False]
    assert sum(wrong) / len(wrong) >= 0.95
    assert sum(right) / len(right) <= 0.05
    assert bad_cite.count(False) / len(bad_cite) >= 0.95


def test_registered_scorer_runs_and_unknown_scorer_is_named(target):
    @scorer(name="answer-length")
    def answer_length():
        return lambda cases, context: [ScoreResult(scores={"length": float(len(c.answer.split()))}) for c in cases]

    scoring = target.config.scoring.model_copy(update={"scorers": ("abstention", "answer-length")})
    custom = target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})
    r = score_answer(custom, "q9", "It uses HBM3.")
    assert r.scores == {"length": 3.0} and not r.abstained

    scoring = target.config.scoring.model_copy(update={"scorers": ("halucination",)})
    broken = target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})
    with pytest.raises(InputError) as info:
        score_answer(broken, "q9", "x")
    assert "unknown scorer 'halucination' (did you mean 'hallucination'?)" in str(info.value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=st.text(max_size=300), item=st.sampled_from(["q7", "q9", "w1", "u1", "d11"]))
def test_any_answer_scores_without_error(target, ctx, answer, item):
    r = score(target, ctx, item, answer)
    assert 0.0 <= r.scores.get("support", 0.0) <= 1.0
    for claim in r.claims:
        assert claim.supported == (not claim.unsupported) or claim.support_score is not None


def test_fast_bm25_matches_rank_bm25(ctx):
    import numpy as np

    from evalkit.scoring.evidence import _bm25_tokens

    index = ctx.index
    for query in ["H100 SXM memory HBM3", "CoWoS capacity TSMC", "Bytedance ordered A800 H800", "zzz unknown"]:
        assert np.allclose(index.scores(query), index._bm25.get_scores(_bm25_tokens(query)))


def test_a_list_keeps_the_line_that_leads_into_it():
    from evalkit.scoring.evidence import split_passages

    text = "## Exclusions\n\nWe do not cover claims arising from:\n\n- racing;\n- riding without a helmet.\n\nNext part."
    assert [p.text for p in split_passages("d", text)] == [
        "We do not cover claims arising from: - racing; - riding without a helmet.", "Next part."]
    assert [p.text for p in split_passages("d", "A note:\n\nNot a list.")] == ["A note:", "Not a list."]


def test_scorer_factories_get_their_settings(target):
    from evalkit.scoring.builtin import hallucination, similarity

    scoring = target.config.scoring.model_copy(update={"memorized_threshold": 0.5,
                                                        "plugins": {"similarity": {"memorized_threshold": 0.7}}})
    assert scorer_settings("similarity", similarity, scoring) == {"memorized_threshold": 0.7}  # its own settings win
    assert scorer_settings("hallucination", hallucination, scoring) == {"embeddings": False, "support_threshold": 0.5}
    bad = scoring.model_copy(update={"plugins": {"similarity": {"treshold": 1}}})
    with pytest.raises(InputError, match=r"scoring.plugins.similarity: unknown setting\(s\) \['treshold'\]"):
        scorer_settings("similarity", similarity, bad)


def test_combine_rule():
    r = combine([
        ("a", ScoreResult(scores={"x": 1.0}, hallucinated=False, attributed=True, reasons=["a1"])),
        ("b", ScoreResult(scores={"y": 2.0}, hallucinated=True, attributed=None, abstained=False, reasons=["b1"])),
        ("c", ScoreResult(attributed=False, claims=[], reasons=["c1"])),
    ])
    assert r.scores == {"x": 1.0, "y": 2.0}
    assert r.hallucinated is True and r.attributed is False and r.abstained is False and r.memorized is None
    assert r.claims == [] and r.reasons == ["a1", "b1", "c1"]
    assert combine([("a", ScoreResult(attributed=True)), ("b", ScoreResult())]).attributed is True
    assert combine([("a", ScoreResult())]).attributed is None  # nobody judged it
    with pytest.raises(ScoreClash, match="scorers 'a' and 'b' both give the score 'x'"):
        combine([("a", ScoreResult(scores={"x": 1.0})), ("b", ScoreResult(scores={"x": 0.0}))])
    with pytest.raises(ScoreClash, match="scorers 'a' and 'b' both give 'cited'"):
        combine([("a", ScoreResult(cited=[])), ("b", ScoreResult(cited=["d"]))])


def test_warm_encodes_the_document_sentences_a_paraphrase_is_checked_against(monkeypatch):
    """The per-suite index covers every sentence `_paraphrase_of_one` compares a claim with, so
    scoring does not meet them first (bench/scoring_speed.py times the index apart)."""
    from evalkit.scoring import context as context_module

    t = load_target(SUITE)
    t = t.model_copy(update={"config": t.config.model_copy(update={
        "scoring": t.config.scoring.model_copy(update={"embeddings": True})})})
    encoded: list[str] = []

    class Recorder:
        def encode(self, texts):
            encoded.extend(texts)

    monkeypatch.setattr(context_module.ScoringContext, "embedder", property(lambda self: Recorder()))
    ctx = build_context(t)
    items = [i for i in t.suite.items if i.answerable][:3]
    ctx.warm(items)
    pool = {s for item in items for text in ctx.document_sentences(item) for s in ctx.sentences(text)}
    assert pool and pool <= set(encoded)
    assert len(encoded) == len(set(encoded))   # each string once
