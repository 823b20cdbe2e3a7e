"""Generation: the backend protocol, the registry of backends (hf, openai, vllm, replay), prompts and the cache.

Backends import torch/transformers lazily, so `import evalkit.generate` stays light.
"""
from __future__ import annotations

from .base import Backend, Generation, Generator, settings_key, truncate_at_stops
from .cache import GenerationCache, cache_dir
from .caching import CachingGenerator, GenerationStats
from .checkpoint import CheckpointInfo, inspect_checkpoint
from .prompts import Prompt, build_prompt, build_prompts
from .registry import Shared, backend_names, make_backend, register_backend, resolve_backend

__all__ = [
    "Backend", "CachingGenerator", "CheckpointInfo", "Generation", "GenerationCache", "GenerationStats", "Generator",
    "Prompt", "Shared", "backend_names", "build_prompt", "build_prompts", "cache_dir", "inspect_checkpoint",
    "make_backend", "register_backend", "resolve_backend", "settings_key", "truncate_at_stops",
]
