"""Generation: the Generator protocol, backends (hf, openai, vllm, replay), prompts and the cache.

Backends import torch/transformers lazily, so `import evalkit.generate` stays light.
"""
from __future__ import annotations

from .base import Generation, Generator, settings_key, truncate_at_stops
from .cache import GenerationCache, cache_dir
from .checkpoint import CheckpointInfo, inspect_checkpoint
from .prompts import Prompt, build_prompt, build_prompts

__all__ = [
    "CheckpointInfo", "Generation", "GenerationCache", "Generator", "Prompt", "build_prompt", "build_prompts",
    "cache_dir", "inspect_checkpoint", "settings_key", "truncate_at_stops",
]
