"""Optional vLLM backend: used when `vllm` is importable and a CUDA GPU is present."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..config import GenerationConfig
from ..errors import InputError, Problem
from .base import Generation, OnBatch, truncate_at_stops
from .checkpoint import inspect_checkpoint
from .prompts import Prompt


def vllm_unavailable() -> str | None:
    """Why vLLM cannot run here, or None when it can."""
    try:
        import torch
    except ImportError:
        return "torch is not installed"
    if not torch.cuda.is_available():
        return "vLLM needs a CUDA GPU and none is available"
    try:
        import vllm  # noqa: F401
    except ImportError:
        return "the vllm package is not installed (pip install vllm)"
    return None


class VLLMGenerator:
    generates = True

    def __init__(self, checkpoint: str | Path, base: str | Path | None = None, dtype: str = "auto",
                 trust_remote_code: bool = False, name: str | None = None):
        reason = vllm_unavailable()
        if reason:
            raise InputError([Problem(Path(checkpoint), f"vllm backend unavailable: {reason}; use --backend hf")])
        from vllm import LLM

        self.info = inspect_checkpoint(checkpoint, base)
        self.name = name or self.info.name
        self.fingerprint = self.info.fingerprint
        self.checkpoint = str(self.info.path)
        self._lora = None
        if self.info.kind == "adapter":
            from vllm.lora.request import LoRARequest

            self._lora = LoRARequest(self.info.name, 1, str(self.info.path))
        self.llm = LLM(model=str(self.info.model_dir), dtype=dtype, trust_remote_code=trust_remote_code,
                       enable_lora=self._lora is not None)
        self.tokenizer = self.llm.get_tokenizer()

    def variant(self, settings: GenerationConfig) -> str:
        return "vllm/cuda"

    def notes(self) -> list[Problem]:
        return []

    def render(self, prompt: Prompt) -> str:
        if prompt.use_chat_template and getattr(self.tokenizer, "chat_template", None):
            return self.tokenizer.apply_chat_template(list(prompt.messages), tokenize=False, add_generation_prompt=True)
        return prompt.text

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig,
                 on_batch: OnBatch | None = None) -> list[Generation]:
        from vllm import SamplingParams

        params = SamplingParams(max_tokens=settings.max_new_tokens, stop=list(settings.stop) or None,
                                temperature=settings.temperature if settings.do_sample else 0.0,
                                top_p=settings.top_p if settings.do_sample else 1.0, seed=settings.seed)
        # vLLM schedules its own batches; the whole list is one batch for the cache
        outs = self.llm.generate([self.render(p) for p in prompts], params, lora_request=self._lora)
        gens = [Generation(truncate_at_stops(o.outputs[0].text, settings.stop).strip(),
                           len(o.outputs[0].token_ids)) for o in outs]
        if on_batch:
            on_batch(list(range(len(gens))), gens)
        return gens


def from_spec(spec, options, shared) -> VLLMGenerator:
    """The registry's factory."""
    return VLLMGenerator(spec.path, spec.base, dtype=options.dtype, trust_remote_code=options.trust_remote_code,
                         name=spec.label)
