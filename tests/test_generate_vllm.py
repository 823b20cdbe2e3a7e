"""The vLLM backend's own logic, without CUDA: a fake `vllm` module records what evalkit asks of it.

One engine per base for a whole series, built with LoRA on and tensor parallel; each adapter a
LoRA request with a stable id; greedy settings map to temperature 0.
"""
from __future__ import annotations

import sys
import types
from dataclasses import dataclass

import pytest

from evalkit.config import GenerationConfig, PromptConfig
from evalkit.generate.prompts import build_prompts


@dataclass
class _Out:
    text: str
    token_ids: list


class FakeLLM:
    built: list[dict] = []

    def __init__(self, **kwargs):
        FakeLLM.built.append(kwargs)
        self.calls = []

    def get_tokenizer(self):
        return types.SimpleNamespace(chat_template=None)

    def generate(self, texts, params, lora_request=None):
        self.calls.append((list(texts), params, lora_request))
        tag = lora_request.lora_name if lora_request else "base"
        return [types.SimpleNamespace(outputs=[_Out(f" {tag} answer", [1, 2, 3])]) for _ in texts]


@dataclass
class FakeLoRARequest:
    lora_name: str
    lora_int_id: int
    lora_path: str


class FakeSamplingParams:
    def __init__(self, **kwargs):
        self.kwargs = kwargs


@pytest.fixture
def fake_vllm(monkeypatch):
    FakeLLM.built = []
    vllm = types.ModuleType("vllm")
    vllm.LLM, vllm.SamplingParams = FakeLLM, FakeSamplingParams
    lora = types.ModuleType("vllm.lora")
    request = types.ModuleType("vllm.lora.request")
    request.LoRARequest = FakeLoRARequest
    monkeypatch.setitem(sys.modules, "vllm", vllm)
    monkeypatch.setitem(sys.modules, "vllm.lora", lora)
    monkeypatch.setitem(sys.modules, "vllm.lora.request", request)
    import evalkit.generate.vllm as backend

    monkeypatch.setattr(backend, "vllm_unavailable", lambda: None)
    monkeypatch.setattr(backend, "gpu_count", lambda: 4)
    return vllm


def test_a_series_shares_one_engine_and_each_adapter_is_a_lora_request(fake_vllm, mini_target, tiny_base,
                                                                       tiny_adapters):
    from evalkit.run.runner import CheckpointSpec, Generators, RunOptions

    gens = Generators(mini_target, RunOptions(backend="vllm", vllm_max_loras=8))
    made = [gens.make(CheckpointSpec(str(a))) for a in tiny_adapters]
    prompts = list(build_prompts(mini_target.suite, PromptConfig()).values())[:2]
    outs = [g.generate(prompts, GenerationConfig(max_new_tokens=8)) for g in made]
    assert len(FakeLLM.built) == 1            # one engine for the whole series
    args = FakeLLM.built[0]
    assert args["model"] == str(tiny_base.resolve()) and args["enable_lora"] is True
    assert args["max_loras"] == 8 and args["tensor_parallel_size"] == 4
    engine = gens.shared.resources["vllm"]._llm
    requests = [call[2] for call in engine.calls]
    assert [r.lora_int_id for r in requests] == [1, 2, 3]
    assert [r.lora_path for r in requests] == [str(a.resolve()) for a in tiny_adapters]
    assert outs[0][0].text == f"{requests[0].lora_name} answer" and outs[0][0].tokens == 3
    # the same adapter again keeps its id; greedy is temperature 0
    made[0].generate(prompts, GenerationConfig(max_new_tokens=8))
    assert engine.calls[-1][2].lora_int_id == 1 and engine.calls[-1][1].kwargs["temperature"] == 0.0
    # the base itself runs without a LoRA request on the same engine
    gens.make(CheckpointSpec(str(tiny_base))).generate(prompts, GenerationConfig(max_new_tokens=8))
    assert len(FakeLLM.built) == 1 and engine.calls[-1][2] is None


def test_tensor_parallel_option_and_missing_vllm(fake_vllm, mini_target, tiny_adapters, monkeypatch):
    from evalkit.errors import InputError
    from evalkit.run.runner import CheckpointSpec, Generators, RunOptions

    gens = Generators(mini_target, RunOptions(backend="vllm", vllm_tensor_parallel=2))
    prompts = list(build_prompts(mini_target.suite, PromptConfig()).values())[:1]
    gens.make(CheckpointSpec(str(tiny_adapters[0]))).generate(prompts, GenerationConfig(max_new_tokens=4))
    assert FakeLLM.built[-1]["tensor_parallel_size"] == 2
    import evalkit.generate.vllm as backend

    monkeypatch.setattr(backend, "vllm_unavailable", lambda: "the vllm package is not installed (pip install vllm)")
    with pytest.raises(InputError, match="vllm backend unavailable.*use --backend hf"):
        Generators(mini_target, RunOptions(backend="vllm")).make(CheckpointSpec(str(tiny_adapters[0])))
