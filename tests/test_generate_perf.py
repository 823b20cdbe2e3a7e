"""Generation speed knobs: torch's thread count on CPU, one tokenisation, cut of over-long prompts."""
from __future__ import annotations

import math

import pytest

from evalkit.config import GenerationConfig
from evalkit.errors import InputError
from evalkit import cores
from evalkit.generate import hf
from evalkit.generate.prompts import Prompt

GREEDY = GenerationConfig(max_new_tokens=8)


def test_pick_threads(monkeypatch):
    monkeypatch.delenv(hf.THREADS_ENV, raising=False)
    assert hf.pick_threads(200_000) == 1                    # a tiny model: one thread
    assert hf.pick_threads(200_000, requested=3) == 3       # an explicit choice wins
    monkeypatch.setattr(hf, "free_cores", lambda: 1.0)
    assert hf.pick_threads(150_000_000) == 1                # the other core is busy
    assert hf.pick_threads(1_000_000) == 1
    monkeypatch.setattr(hf, "free_cores", lambda: 1.8)
    assert hf.pick_threads(1_000_000) == 2                  # both cores free: the 1M model uses both
    monkeypatch.setattr(hf, "free_cores", lambda: 3.9)
    assert hf.pick_threads(150_000_000) == 4
    assert hf.pick_threads(1_000_000) == 2                  # at most one thread per 0.5M parameters
    monkeypatch.setattr(hf, "free_cores", lambda: 0.0)
    assert hf.pick_threads(150_000_000) == 1                # never none
    monkeypatch.setenv(hf.THREADS_ENV, "2")
    assert hf.pick_threads(200_000) == 2
    monkeypatch.setenv(hf.THREADS_ENV, "two")
    with pytest.raises(InputError, match="whole number"):
        hf.pick_threads(200_000)


def test_threads_follow_load_between_batches(hf_pool, tiny_base, monkeypatch):
    import torch

    monkeypatch.setattr(hf, "PARAMS_PER_THREAD", 1)         # let the tiny test model use 2 threads
    free = iter([2.0, 2.0, 1.0, 1.0, 1.0, 1.0])
    monkeypatch.setattr(hf, "free_cores", lambda: next(free, 1.0))
    seen = []
    gen = hf_pool.generator(tiny_base)
    gen.generate([Prompt.plain(f"Q: question {i}?\nA:") for i in range(6)], GREEDY.model_copy(update={"batch_size": 2}),
                 on_batch=lambda idx, gens: seen.append(torch.get_num_threads()))
    assert seen[0] == 2 and seen[-1] == 1                   # load arrived mid-run: one thread from then on
    assert hf_pool.threads_seen >= {1, 2}


def test_free_cores_is_within_the_machine():
    import os

    assert 0.0 <= cores.free_cores(0.01) <= (os.cpu_count() or 1)
    assert 0.0 <= cores._sample_free_cores(0.01) <= (os.cpu_count() or 1)
    assert cores.free_cores() == cores.free_cores()   # one sample serves calls close together


def test_free_cores_max_age_zero_takes_a_fresh_sample(monkeypatch):
    values = iter([1.0, 2.0])
    monkeypatch.setattr(cores, "_sample_free_cores", lambda sample_s: next(values))
    monkeypatch.setattr(cores, "_FREE_CORES", None)
    assert cores.free_cores() == 1.0 and cores.free_cores() == 1.0   # reused within FREE_CORES_TTL_S
    assert cores.free_cores(max_age_s=0) == 2.0 and cores.free_cores() == 2.0


def test_threads_are_set_for_the_call_and_put_back(hf_pool, tiny_base):
    import torch

    before = torch.get_num_threads()
    seen = []
    gen = hf_pool.generator(tiny_base)
    gen.generate([Prompt.plain("Q: what limits supply?\nA:")], GREEDY,
                 on_batch=lambda idx, gens: seen.append(torch.get_num_threads()))
    assert seen == [1] and hf_pool.threads_used == 1   # the tiny model runs on one thread
    assert torch.get_num_threads() == before


def test_long_prompts_keep_their_end(hf_pool, tiny_base):
    import torch

    gen = hf_pool.generator(tiny_base)
    short = gen.generate([Prompt.plain("Short one?\nA:")], GREEDY)[0]
    tok, model = hf_pool.tokenizer(gen.info), hf_pool.model
    limit = model.config.max_position_embeddings - GREEDY.max_new_tokens
    long = "word " * (limit + 50) + " the question at the end.\nA:"
    ids = tok(long)["input_ids"]
    assert len(ids) > limit
    out = gen.generate([Prompt.plain(long), Prompt.plain("Short one?\nA:")], GREEDY)
    with torch.inference_mode():
        expected = gen._batch(model, tok, [ids[-limit:]], GREEDY)[0]
    assert out == [expected, short]
    assert any("longer than the model's context" in p.message for p in hf_pool.notes)


def test_hot_swapped_adapters_give_the_outputs_of_a_fresh_load(hf_pool, tiny_adapters, mini_target):
    from evalkit.generate.hf import HFModels

    prompts = [Prompt.plain(f"Q: {item.question}\nA:") for item in mini_target.suite.items[:4]]
    swapped = [[g.text for g in hf_pool.generator(a).generate(prompts, GREEDY)] for a in tiny_adapters]
    fresh = [[g.text for g in HFModels(device="cpu", dtype="float32").generator(a).generate(prompts, GREEDY)]
             for a in tiny_adapters]
    assert swapped == fresh
    assert hf_pool.base_loads == 1 and hf_pool.hotswaps == len(tiny_adapters) - 1
    assert len(hf_pool.model.peft_config) == 1


def test_hot_swap_copies_the_weights_in_place_without_peft_walking_the_model(hf_pool, tiny_adapters, mini_target,
                                                                             monkeypatch):
    """The common case (the same keys and shapes) is copied directly; peft's hotswap_adapter is not
    called, and the outputs are those of a fresh load."""
    import peft.utils.hotswap

    from evalkit.generate.hf import HFModels

    def not_called(*args, **kwargs):
        raise AssertionError("peft's hotswap_adapter was called")

    prompts = [Prompt.plain(f"Q: {item.question}\nA:") for item in mini_target.suite.items[:3]]
    hf_pool.generator(tiny_adapters[0]).generate(prompts, GREEDY)
    monkeypatch.setattr(peft.utils.hotswap, "hotswap_adapter", not_called)
    for a in tiny_adapters[1:] + tiny_adapters[:1]:
        out = hf_pool.generator(a).generate(prompts, GREEDY)
        assert out == HFModels(device="cpu", dtype="float32").generator(a).generate(prompts, GREEDY)
    assert hf_pool.base_loads == 1 and hf_pool.hotswaps == len(tiny_adapters)


# (the partial file is the point of the test: peft's warning about the keys it lacks is expected)
@pytest.mark.filterwarnings("ignore:Found missing adapter keys:UserWarning")
def test_hot_swap_of_a_file_with_other_keys_goes_through_peft(hf_pool, tiny_base, tiny_adapters, mini_target,
                                                              tmp_path, monkeypatch):
    """An adapter file lacking some of the slot's tensors is not copied directly (nothing written):
    peft's hotswap_adapter zeroes what it lacks; the outputs are those of a fresh load."""
    import shutil

    import peft.utils.hotswap
    from safetensors.torch import load_file, save_file

    from evalkit.generate.hf import HFModels

    partial = tmp_path / "partial"
    shutil.copytree(tiny_adapters[1], partial)
    weights = load_file(partial / "adapter_model.safetensors")
    dropped = sorted(k for k in weights if ".h.0." in k)
    assert dropped and len(dropped) < len(weights)
    save_file({k: v for k, v in weights.items() if k not in dropped}, partial / "adapter_model.safetensors",
              metadata={"format": "pt"})
    calls = []
    real = peft.utils.hotswap.hotswap_adapter
    monkeypatch.setattr(peft.utils.hotswap, "hotswap_adapter", lambda *a, **k: (calls.append(a[1]), real(*a, **k)))
    prompts = [Prompt.plain(f"Q: {item.question}\nA:") for item in mini_target.suite.items[:3]]
    hf_pool.generator(tiny_adapters[0]).generate(prompts, GREEDY)
    out = hf_pool.generator(partial, tiny_base).generate(prompts, GREEDY)
    assert calls == [str(partial)] and hf_pool.hotswaps == 1
    assert out == HFModels(device="cpu", dtype="float32").generator(partial, tiny_base).generate(prompts, GREEDY)
    back = hf_pool.generator(tiny_adapters[2]).generate(prompts, GREEDY)   # directly again, all keys
    assert calls == [str(partial)] and hf_pool.hotswaps == 2
    assert back == HFModels(device="cpu", dtype="float32").generator(tiny_adapters[2]).generate(prompts, GREEDY)


def test_hot_swap_after_a_usual_load_copies_into_the_new_tensors(hf_pool, tiny_base, tiny_adapters, tmp_path):
    """A slot loaded anew (another adapter in between) under the name it had: swaps go into its
    new tensors, not into those of the slot it replaced."""
    import json

    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from evalkit.generate.hf import HFModels

    model = get_peft_model(AutoModelForCausalLM.from_pretrained(tiny_base),
                           LoraConfig(r=4, target_modules=["c_attn"], fan_in_fan_out=True, init_lora_weights=False))
    other = tmp_path / "r4"
    model.save_pretrained(other)
    cfg = json.loads((other / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = str(tiny_base)
    (other / "adapter_config.json").write_text(json.dumps(cfg))
    prompts = [Prompt.plain("Q: what limits supply?\nA:")]
    for a in (tiny_adapters[0], tiny_adapters[1], other, tiny_adapters[0]):
        hf_pool.generator(a).generate(prompts, GREEDY)
    out = hf_pool.generator(tiny_adapters[2]).generate(prompts, GREEDY)
    assert hf_pool.hotswaps == 2
    assert out == HFModels(device="cpu", dtype="float32").generator(tiny_adapters[2]).generate(prompts, GREEDY)


def test_incompatible_adapter_is_loaded_the_usual_way(hf_pool, tiny_base, tiny_adapters, mini_target, tmp_path):
    """Another rank: no hot-swap; the adapter is loaded, the old one deleted, outputs as a fresh load."""
    import json

    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from evalkit.generate.hf import HFModels

    model = get_peft_model(AutoModelForCausalLM.from_pretrained(tiny_base),
                           LoraConfig(r=4, target_modules=["c_attn"], fan_in_fan_out=True, init_lora_weights=False))
    other = tmp_path / "r4"
    model.save_pretrained(other)
    cfg = json.loads((other / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = str(tiny_base)
    (other / "adapter_config.json").write_text(json.dumps(cfg))
    prompts = [Prompt.plain("Q: what limits supply?\nA:")]
    hf_pool.generator(tiny_adapters[0]).generate(prompts, GREEDY)
    out = hf_pool.generator(other).generate(prompts, GREEDY)
    assert hf_pool.hotswaps == 0 and len(hf_pool.model.peft_config) == 1
    assert out == HFModels(device="cpu", dtype="float32").generator(other).generate(prompts, GREEDY)
    back = hf_pool.generator(tiny_adapters[0]).generate(prompts, GREEDY)
    assert back == HFModels(device="cpu", dtype="float32").generator(tiny_adapters[0]).generate(prompts, GREEDY)


def test_static_cache_gives_the_outputs_of_the_default_cache(tiny_adapters, mini_target):
    from evalkit.config import PromptConfig
    from evalkit.generate.hf import HFModels
    from evalkit.generate.prompts import build_prompts

    prompts = [Prompt.plain(p.text) for p in build_prompts(mini_target.suite, PromptConfig()).values()] * 3
    settings = GenerationConfig(max_new_tokens=24, batch_size=8)
    static_pool = HFModels(device="cpu", dtype="float32")
    dynamic_pool = HFModels(device="cpu", dtype="float32", static_cache=False)
    gen = static_pool.generator(tiny_adapters[-1])
    assert gen._use_static_cache(None, settings) is True
    static = gen.generate(prompts, settings)
    dynamic = dynamic_pool.generator(tiny_adapters[-1]).generate(prompts, settings)
    assert static == dynamic and static_pool.static_cache is None   # no fallback was needed
    one = gen.generate(prompts, settings.model_copy(update={"batch_size": 1}))
    assert one == static


def test_static_cache_falls_back_when_unsupported(hf_pool, tiny_base, monkeypatch):
    gen = hf_pool.generator(tiny_base)
    prompts = [Prompt.plain("Q: what limits supply?\nA:")]
    expected = gen.generate(prompts, GREEDY)
    real = hf_pool.model.generate

    def generate(**kw):
        if kw.get("cache_implementation") == "static":
            raise ValueError("This model does not support cache_implementation='static'")
        return real(**kw)

    monkeypatch.setattr(hf_pool.model, "generate", generate)
    assert gen.generate(prompts, GREEDY) == expected
    assert hf_pool.static_cache is False


def test_length_groups_split_where_padding_costs_more_than_a_pass():
    assert hf.length_groups([5, 1, 3, 20, 21, 0, 7], overhead=20) == [([4, 3], 21), ([6, 0, 2, 1, 5], 7)]
    assert hf.length_groups([5, 1, 3, 20, 21, 0, 7], overhead=10) == [([4, 3], 21), ([6, 0], 7), ([2, 1, 5], 3)]
    assert hf.length_groups([5, 1, 3, 20], overhead=math.inf) == [([3, 0, 2, 1], 20)]   # off CPU


def test_shared_prefix_leaves_every_row_its_last_token():
    assert hf.shared_prefix([[1, 2, 3, 4], [1, 2, 3, 5, 6]]) == 3
    assert hf.shared_prefix([[1, 2, 3], [1, 2, 3, 4]]) == 2    # the shorter row keeps its last token
    assert hf.shared_prefix([[1, 2], [3, 2]]) == 0
    assert hf.shared_prefix([[1, 2, 3]]) == 2


def _suite_prompts(target, template=None):
    from evalkit.config import PromptConfig
    from evalkit.generate.prompts import build_prompts

    config = PromptConfig() if template is None else PromptConfig(template=template, cite_source=False)
    return [Prompt.plain(p.text) for p in build_prompts(target.suite, config).values()]


@pytest.mark.parametrize("static", [None, False], ids=["static cache", "default cache"])
def test_shared_prefix_gives_the_outputs_of_padded_prompts(tiny_base, tiny_adapters, mini_target, monkeypatch, static):
    """The suite's instruction computed once per batch (prompts of different lengths after it):
    the same greedy outputs as whole prompts left-padded, for the base and an adapter."""
    from evalkit.generate.hf import HFModels

    computed = []   # (rows, shared prefix) of each batch prefilled with its prefix computed once
    real = hf.HFGenerator._prefilled_cache
    monkeypatch.setattr(hf.HFGenerator, "_prefilled_cache", staticmethod(
        lambda model, inputs, prefix, *a: computed.append((len(inputs["input_ids"]), prefix))
        or real(model, inputs, prefix, *a)))
    monkeypatch.setattr(hf, "GROUP_OVERHEAD", 1)   # groups even at the tiny model's few rows
    groups = []
    real_groups = hf.length_groups
    monkeypatch.setattr(hf, "length_groups", lambda *a: groups.append(real_groups(*a)) or groups[-1])
    prompts = (_suite_prompts(mini_target) * 2)[:15]
    # a prompt that is the instruction alone: one token of its own after the shared prefix
    prompts.append(Prompt.plain(prompts[0].text.split("Question:")[0] + "Question:"))
    settings = GenerationConfig(max_new_tokens=24, batch_size=8)
    shared = HFModels(device="cpu", dtype="float32", static_cache=static)
    padded = HFModels(device="cpu", dtype="float32", static_cache=static, prefix_cache=False)
    for checkpoint in (tiny_base, tiny_adapters[-1]):
        assert shared.generator(checkpoint).generate(prompts, settings) == \
            padded.generator(checkpoint).generate(prompts, settings)
    assert len(computed) == 2 * 2 and all(p >= hf.PREFIX_MIN for _, p in computed)   # 2 batches of 8 each
    assert max(map(len, groups)) > 1    # some batch's rest was prefilled in groups of similar length
    assert shared.prefix_cache is None and shared.static_cache is static   # no fallback was needed


def test_prompts_sharing_nothing_are_padded_as_before(hf_pool, tiny_base, mini_target, monkeypatch):
    monkeypatch.setattr(hf.HFGenerator, "_prefilled_cache", staticmethod(lambda *a: pytest.fail("no prefix to share")))
    prompts = [Prompt.plain(f"{word} {p.text}") for word, p in zip(("Why", "When", "Say", "Then") * 9,
                                                                      _suite_prompts(mini_target, "Q: {question}\nA:"))]
    gen = hf_pool.generator(tiny_base)
    assert gen.generate(prompts, GREEDY.model_copy(update={"batch_size": 4})) == \
        gen.generate(prompts, GREEDY.model_copy(update={"batch_size": 1}))


def test_shared_prefix_falls_back_when_unsupported(hf_pool, tiny_base, mini_target, monkeypatch):
    gen = hf_pool.generator(tiny_base)
    prompts = _suite_prompts(mini_target)[:4]
    expected = gen.generate(prompts, GREEDY.model_copy(update={"batch_size": 1}))

    def unsupported(*a):
        raise TypeError("the model returned a MambaCache, not a DynamicCache")

    monkeypatch.setattr(hf.HFGenerator, "_prefilled_cache", staticmethod(unsupported))
    assert gen.generate(prompts, GREEDY.model_copy(update={"batch_size": 4})) == expected
    assert hf_pool.prefix_cache is False
