"""The NLI judge plugin (plugins/evalkit-nli): found through the entry point, wired into scoring.

The wiring is tested with a tiny randomly initialised sequence-classification model built here;
its judgements are noise, so only shapes, ranges and the decide/threshold logic are asserted.
A real NLI model is tested only when EVALKIT_NLI_MODEL points at one (none can be downloaded).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("evalkit_nli", reason="plugins/evalkit-nli is not installed (setup.sh installs it)")
transformers = pytest.importorskip("transformers")

from evalkit import InputError, load_target  # noqa: E402
from evalkit.scoring import available_scorers, score_answer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "golden" / "gpu-supply" / "suite.yaml"
TITLE = "AI Capacity Constraints - CoWoS and HBM Supply Chain"


@pytest.fixture(scope="module")
def tiny_nli(tmp_path_factory) -> Path:
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    from evalkit.scoring.embeddings import minilm_path

    out = tmp_path_factory.mktemp("tiny-nli")
    tok = AutoTokenizer.from_pretrained(minilm_path())
    tok.save_pretrained(out)
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=512, num_labels=3,
                     id2label={0: "CONTRADICTION", 1: "ENTAILMENT", 2: "NEUTRAL"},
                     label2id={"CONTRADICTION": 0, "ENTAILMENT": 1, "NEUTRAL": 2})
    BertForSequenceClassification(cfg).save_pretrained(out, safe_serialization=True)
    return out


def with_judge(settings: dict):
    target = load_target(SUITE)
    scoring = target.config.scoring.model_copy(update={
        "embeddings": False,
        "scorers": ("similarity", "abstention", "attribution", "hallucination", "nli-judge"),
        "plugins": {"nli-judge": settings},
    })
    return target.model_copy(update={"config": target.config.model_copy(update={"scoring": scoring})})


def test_plugin_is_found_through_the_entry_point():
    assert available_scorers()["nli-judge"] == "evalkit_nli.scorer:nli_judge"


def test_judge_scores_every_claim(tiny_nli):
    answer = f"The H100 SXM uses HBM3. It has 80GB in total. Source: {TITLE}"
    r = score_answer(with_judge({"model": str(tiny_nli)}), "q9", answer)
    assert 0.0 <= r.scores["nli_entailment"] <= 1.0 and 0.0 <= r.scores["nli_contradiction"] <= 1.0
    assert not r.hallucinated  # decide is off: the judge only scores
    assert r.attributed


def test_judge_decides_when_asked(tiny_nli):
    # threshold 0: every claim counts as contradicted, so the wiring of `decide` is visible
    r = score_answer(with_judge({"model": str(tiny_nli), "decide": True, "contradiction_threshold": 0.0}),
                     "q9", f"The H100 SXM uses HBM3. {TITLE}")
    assert r.hallucinated
    assert r.reasons[0].startswith('NLI judge: contradicted (') and '"The H100 SXM uses HBM3."' in r.reasons[0]


def test_missing_model_setting_is_a_clear_error():
    with pytest.raises(InputError) as info:
        score_answer(with_judge({}), "q9", "x")
    assert "scoring.plugins.nli-judge.model is not set" in str(info.value)
    with pytest.raises(InputError) as info:
        score_answer(with_judge({"model": "/nonexistent/nli"}), "q9", "x")
    assert "/nonexistent/nli is not a transformers model directory" in str(info.value)


@pytest.mark.skipif(not os.environ.get("EVALKIT_NLI_MODEL"),
                    reason="set EVALKIT_NLI_MODEL to a local NLI model directory to test real judgements")
def test_real_nli_model_flags_a_contradiction():
    target = with_judge({"model": os.environ["EVALKIT_NLI_MODEL"], "decide": True})
    good = score_answer(target, "q9", f"The H100 SXM version uses HBM3 with 80GB in total. {TITLE}")
    bad = score_answer(target, "q9", f"The H100 SXM version uses 40GB of HBM2E memory. {TITLE}")
    assert good.scores["nli_entailment"] > bad.scores["nli_entailment"]
    assert bad.scores["nli_contradiction"] > good.scores["nli_contradiction"]
