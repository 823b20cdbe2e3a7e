"""vLLM, the scale-out path: one engine per base model for a whole series, each adapter a LoRA request.

    evalkit drift suites/x.yaml runs/adapters/ --backend vllm [--tensor-parallel 4] [--max-loras 8]

`VLLMEngines` (one per run, in `Shared.resources["vllm"]`) keeps one `vllm.LLM` for the base the
series shares, built with `enable_lora=True`, `max_loras` and `tensor_parallel_size` (default:
every GPU the machine shows). A checkpoint that is an adapter runs as
`LoRARequest(name, id, path)` on that engine; its id is stable for the run, so vLLM keeps the
adapter's weights loaded while it is in use. A full model (another base) replaces the engine.
The logic kept here is only the request building; vLLM schedules the batches itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..config import GenerationConfig
from ..errors import InputError, Problem
from .base import Generation, OnBatch, truncate_at_stops
from .checkpoint import CheckpointInfo, inspect_checkpoint
from .prompts import Prompt


def vllm_unavailable() -> str | None:
    """Why vLLM cannot run here, or None when it can."""
    try:
        import vllm  # noqa: F401
    except ImportError:
        return "the vllm package is not installed (pip install vllm)"
    try:
        import torch
    except ImportError:
        return "torch is not installed"
    if not torch.cuda.is_available():
        return "vLLM needs a CUDA GPU and none is available"
    return None


def gpu_count() -> int:
    try:
        import torch

        return max(1, torch.cuda.device_count())
    except ImportError:
        return 1


@dataclass
class VLLMEngines:
    """The run's vLLM engines: one at a time, for the base model the checkpoints share."""

    dtype: str = "auto"
    trust_remote_code: bool = False
    tensor_parallel: int | None = None    # None: every visible GPU
    max_loras: int = 4
    max_lora_rank: int = 64
    engine_builds: int = 0                # tests and logs: how many engines this run built
    _llm: object = None
    _base: Path | None = None
    _lora_ids: dict[Path, int] = field(default_factory=dict)

    def engine_args(self, base: Path) -> dict:
        return dict(model=str(base), dtype=self.dtype, trust_remote_code=self.trust_remote_code,
                    tensor_parallel_size=self.tensor_parallel or gpu_count(), enable_lora=True,
                    max_loras=self.max_loras, max_lora_rank=self.max_lora_rank)

    def engine(self, base: Path):
        if self._llm is None or self._base != base:
            from vllm import LLM

            self._llm = None   # free the old engine's memory before building the next
            self._llm = LLM(**self.engine_args(base))
            self._base = base
            self.engine_builds += 1
        return self._llm

    def lora_request(self, info: CheckpointInfo):
        """The LoRA request of an adapter (None for a full model); ids start at 1, stable per path."""
        if info.kind != "adapter":
            return None
        from vllm.lora.request import LoRARequest

        lora_id = self._lora_ids.setdefault(info.path, len(self._lora_ids) + 1)
        return LoRARequest(f"{info.name}-{lora_id}", lora_id, str(info.path))


def sampling_params(settings: GenerationConfig):
    from vllm import SamplingParams

    return SamplingParams(max_tokens=settings.max_new_tokens, stop=list(settings.stop) or None,
                          temperature=settings.temperature if settings.do_sample else 0.0,
                          top_p=settings.top_p if settings.do_sample else 1.0, seed=settings.seed)


class VLLMGenerator:
    generates = True

    def __init__(self, engines: VLLMEngines, info: CheckpointInfo, name: str | None = None):
        self.engines, self.info = engines, info
        self.name = name or info.name
        self.fingerprint = info.fingerprint
        self.checkpoint = str(info.path)

    def variant(self, settings: GenerationConfig) -> str:
        return f"vllm/cuda/{self.engines.dtype}"

    def notes(self) -> list[Problem]:
        return []

    def _tokenizer(self):
        return self.engines.engine(self.info.model_dir).get_tokenizer()

    def render(self, prompt: Prompt) -> str:
        if prompt.use_chat_template:
            tok = self._tokenizer()
            if getattr(tok, "chat_template", None):
                return tok.apply_chat_template(list(prompt.messages), tokenize=False, add_generation_prompt=True)
        return prompt.text

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig,
                 on_batch: OnBatch | None = None) -> list[Generation]:
        llm = self.engines.engine(self.info.model_dir)
        # vLLM schedules its own batches; the whole list is one batch for the cache
        outs = llm.generate([self.render(p) for p in prompts], sampling_params(settings),
                            lora_request=self.engines.lora_request(self.info))
        gens = [Generation(truncate_at_stops(o.outputs[0].text, settings.stop).strip(),
                           len(o.outputs[0].token_ids)) for o in outs]
        if on_batch:
            on_batch(list(range(len(gens))), gens)
        return gens


def from_spec(spec, options, shared) -> VLLMGenerator:
    """The registry's factory: the run's engines are shared by every checkpoint of the series."""
    reason = vllm_unavailable()
    if reason:
        raise InputError([Problem(Path(spec.path), f"vllm backend unavailable: {reason}; use --backend hf")])
    engines = shared.resources.get("vllm") if shared is not None else None
    if engines is None:
        engines = VLLMEngines(dtype=options.dtype, trust_remote_code=options.trust_remote_code,
                              tensor_parallel=getattr(options, "vllm_tensor_parallel", None),
                              max_loras=getattr(options, "vllm_max_loras", 4),
                              max_lora_rank=getattr(options, "vllm_max_lora_rank", 64))
        if shared is not None:
            shared.resources["vllm"] = engines
    info = inspect_checkpoint(spec.path, spec.base, allow_unsafe_weights=options.allow_unsafe_weights,
                              offline=getattr(options, "offline", None))
    return VLLMGenerator(engines, info, name=spec.label)
