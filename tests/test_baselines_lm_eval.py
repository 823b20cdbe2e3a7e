"""The lm-eval bridge on the tiny model: a real simple_evaluate call on the shipped local tasks."""
from __future__ import annotations

import pytest

from evalkit.drift.lmeval import LOCAL_TASKS, BaselineSpec, flatten, model_args, run_baselines
from evalkit.errors import InputError

pytest.importorskip("lm_eval")


@pytest.fixture(autouse=True)
def _datasets_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-datasets"))


def test_flatten_lm_eval_results():
    raw = {"evalkit_general_mc": {"alias": "evalkit_general_mc", "acc,none": 0.25, "acc_stderr,none": "N/A",
                                  "acc_norm,none": 0.5},
           "gsm8k": {"exact_match,strict-match": 0.1}}
    assert flatten(raw) == {"evalkit_general_mc/acc": 0.25, "evalkit_general_mc/acc_norm": 0.5,
                            "gsm8k/exact_match[strict-match]": 0.1}


def test_real_simple_evaluate_on_an_adapter_and_the_cache(tiny_adapters, tmp_path, monkeypatch):
    from evalkit.generate.checkpoint import inspect_checkpoint

    info = inspect_checkpoint(tiny_adapters[0])
    assert model_args(info) == f"pretrained={info.base},peft={info.path}"
    spec = BaselineSpec(tasks=("evalkit_general_mc",), include_path=LOCAL_TASKS, limit=8, batch_size=8)
    first = run_baselines(info, spec, cache_root=tmp_path)
    assert not first.cached
    assert set(first.scores) == {"evalkit_general_mc/acc", "evalkit_general_mc/acc_norm"}
    assert all(0.0 <= v <= 1.0 for v in first.scores.values())

    # the second call must not run lm-eval at all
    import lm_eval

    monkeypatch.setattr(lm_eval, "simple_evaluate", lambda **_: pytest.fail("re-evaluated a cached checkpoint"))
    again = run_baselines(info, spec, cache_root=tmp_path)
    assert again.cached and again.scores == first.scores


def test_unknown_task_is_named(tiny_adapters, tmp_path):
    from evalkit.generate.checkpoint import inspect_checkpoint

    info = inspect_checkpoint(tiny_adapters[0])
    spec = BaselineSpec(tasks=("evalkit_general_mcq",), include_path=LOCAL_TASKS, limit=2)
    with pytest.raises(InputError) as info_err:
        run_baselines(info, spec, cache_root=tmp_path)
    assert "unknown lm-eval task(s): evalkit_general_mcq" in str(info_err.value)
    assert "evalkit_general_mc, evalkit_reading_mc" in str(info_err.value)
