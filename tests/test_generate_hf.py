"""The transformers backend on the tiny model: adapters, determinism, one base load, OOM halving."""
from __future__ import annotations

import pytest

from evalkit.config import GenerationConfig, PromptConfig
from evalkit.generate.prompts import Prompt, build_prompts

GREEDY = GenerationConfig(max_new_tokens=24)


def _prompts(target, n=32):
    # different lengths on purpose: left padding must not change any output
    texts = [p.text for p in build_prompts(target.suite, PromptConfig()).values()]
    texts += [p.text for p in build_prompts(target.suite, PromptConfig(template="Q: {question}\nA:", cite_source=False)).values()]
    texts += [p.text for p in build_prompts(target.suite, PromptConfig(template="open-book")).values()][:2]
    return [Prompt.plain(t) for t in (texts * 4)[:n]]


def test_adapter_changes_outputs(hf_pool, tiny_base, tiny_adapters, mini_target):
    prompts = _prompts(mini_target, 8)
    base = [g.text for g in hf_pool.generator(tiny_base).generate(prompts, GREEDY)]
    tuned = [g.text for g in hf_pool.generator(tiny_adapters[-1]).generate(prompts, GREEDY)]
    assert sum(b != t for b, t in zip(base, tuned)) >= 4
    # the base alone again, after an adapter was attached: same as before
    again = [g.text for g in hf_pool.generator(tiny_base).generate(prompts, GREEDY)]
    assert again == base


def test_greedy_does_not_depend_on_batch_size_or_order(hf_pool, tiny_adapters, mini_target):
    gen = hf_pool.generator(tiny_adapters[-1])
    prompts = _prompts(mini_target, 32)
    one = gen.generate(prompts, GREEDY.model_copy(update={"batch_size": 1}))
    sixteen = gen.generate(prompts, GREEDY.model_copy(update={"batch_size": 16}))
    reversed_ = gen.generate(prompts[::-1], GREEDY.model_copy(update={"batch_size": 16}))[::-1]
    assert [g.text for g in one] == [g.text for g in sixteen] == [g.text for g in reversed_]
    assert [g.tokens for g in one] == [g.tokens for g in sixteen]
    assert gen.batch_size_reached == 16


def test_series_of_adapters_loads_the_base_once(hf_pool, tiny_base, tiny_adapters, mini_target):
    from peft import PeftModel

    prompts = _prompts(mini_target, 4)
    outs = []
    for path in [*tiny_adapters, tiny_base, *tiny_adapters]:
        outs.append([g.text for g in hf_pool.generator(path).generate(prompts, GREEDY)])
        if isinstance(hf_pool._model, PeftModel):
            assert len(hf_pool._model.peft_config) == 1  # old adapters are deleted
    assert hf_pool.base_loads == 1
    assert outs[:3] == outs[4:]  # swapping back and forth gives the same outputs
    assert len({tuple(o) for o in outs[:3]}) == 3


def test_out_of_memory_halves_the_batch_and_keeps_finished_work(hf_pool, tiny_base, mini_target, monkeypatch):
    gen = hf_pool.generator(tiny_base)
    prompts = _prompts(mini_target, 12)
    expected = [g.text for g in gen.generate(prompts, GREEDY.model_copy(update={"batch_size": 4}))]
    model = hf_pool._model
    real = model.generate
    sizes = []

    def generate(**kw):
        sizes.append(kw["input_ids"].shape[0])
        if kw["input_ids"].shape[0] > 4:
            raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real(**kw)

    monkeypatch.setattr(model, "generate", generate)
    batches = []
    out = gen.generate(prompts, GREEDY.model_copy(update={"batch_size": 16}),
                       on_batch=lambda idx, gens: batches.append(len(idx)))
    assert [g.text for g in out] == expected
    assert sizes[:3] == [12, 8, 4] and gen.batch_size_reached == 4
    assert batches == [4, 4, 4]


def test_other_errors_are_not_mistaken_for_oom(hf_pool, tiny_base, mini_target, monkeypatch):
    gen = hf_pool.generator(tiny_base)
    gen.generate(_prompts(mini_target, 1), GREEDY)

    def boom(**kw):
        raise RuntimeError("shape mismatch")

    monkeypatch.setattr(hf_pool._model, "generate", boom)
    with pytest.raises(RuntimeError, match="shape mismatch"):
        gen.generate(_prompts(mini_target, 4), GREEDY)


def test_stop_strings_truncate_and_pad_note(hf_pool, tiny_base, mini_target):
    gen = hf_pool.generator(tiny_base)
    prompts = _prompts(mini_target, 4)
    full = [g.text for g in gen.generate(prompts, GREEDY)]
    word = full[0].split()[1]
    cut = [g.text for g in gen.generate(prompts, GREEDY.model_copy(update={"stop": (word,)}))]
    assert word not in cut[0] and full[0].startswith(cut[0])
    assert any("no pad token" in p.message for p in hf_pool.notes)


def test_sampling_is_seeded(hf_pool, tiny_base, mini_target):
    gen = hf_pool.generator(tiny_base)
    prompts = _prompts(mini_target, 4)
    s = GREEDY.model_copy(update={"do_sample": True, "temperature": 1.5, "seed": 3})
    a = [g.text for g in gen.generate(prompts, s)]
    b = [g.text for g in gen.generate(prompts, s)]
    assert a == b
    assert a != [g.text for g in gen.generate(prompts, GREEDY)]


def test_chat_template_is_used_when_present(hf_pool, tiny_base, mini_target):
    from evalkit.generate.prompts import build_prompt

    gen = hf_pool.generator(tiny_base)
    tok = hf_pool.tokenizer(gen.info)
    item = mini_target.suite.items[0]
    prompt = build_prompt(item, mini_target.suite, PromptConfig(system="Be brief."))
    assert gen.render(prompt) == prompt.text  # the tiny tokenizer has no chat template
    tok.chat_template = "{% for m in messages %}<{{ m.role }}>{{ m.content }}\n{% endfor %}<assistant>"
    try:
        rendered = gen.render(prompt)
        assert rendered.startswith("<system>Be brief.\n<user>") and rendered.endswith("<assistant>")
        off = build_prompt(item, mini_target.suite, PromptConfig(system="Be brief.", use_chat_template=False))
        assert gen.render(off) == off.text
    finally:
        tok.chat_template = None
