"""Backends by name: `name -> factory(spec, options, shared)`, as lm-eval's model registry.

    register_backend("mine", make_mine)           # or @register_backend("mine") on the factory
    make_backend(spec, options, shared)           # spec.backend "auto" resolves as below

The built-in factories import their module only when called, so registering them costs nothing
and `import evalkit.generate` never loads torch. The backend modules do not import this one: the
registry knows the backends, not the other way round.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Callable, Protocol

from ..errors import InputError, Problem
from ..suite import Suite
from .base import Generator


class BackendSpec(Protocol):
    """What a factory reads of the checkpoint to run (`evalkit.run.runner.CheckpointSpec`)."""

    path: str
    backend: str
    base: str | None
    label: str | None


class BackendOptions(Protocol):
    """What the factories read of the run's options (`evalkit.run.runner.RunOptions`)."""

    backend: str
    device: str
    dtype: str
    trust_remote_code: bool
    allow_unsafe_weights: bool
    offline: bool | None
    openai_url: str | None
    openai_chat: bool
    openai_concurrency: int
    openai_api_key: str | None
    openai_headers: dict[str, str]
    openai_timeout_s: float
    openai_deadline_s: float
    vllm_tensor_parallel: int | None
    vllm_max_loras: int
    vllm_max_lora_rank: int


@dataclass
class Shared:
    """What the backends made for one run share: the suite (replay looks items up in it) and
    resources worth loading once, by backend name (the HF pool: adapters on one base swap)."""

    suite: Suite
    resources: dict[str, object] = field(default_factory=dict)


BackendFactory = Callable[[BackendSpec, BackendOptions, Shared], Generator]

_FACTORIES: dict[str, BackendFactory] = {}


def register_backend(name: str, factory: BackendFactory | None = None):
    """Register `factory` under `name`; without `factory`, a decorator. A name is taken once:
    silently replacing a backend would make two runs of one config use different models."""
    def add(f: BackendFactory) -> BackendFactory:
        if name == "auto":
            raise ValueError("'auto' is not a backend name: it chooses one")
        if _FACTORIES.get(name, f) is not f:
            raise ValueError(f"backend '{name}' is already registered")
        _FACTORIES[name] = f
        return f

    return add if factory is None else add(factory)


def backend_names() -> list[str]:
    return list(_FACTORIES)


def resolve_backend(name: str, path: str, options: BackendOptions) -> str:
    """'auto': a .jsonl/.json file is a replay; else the run's backend option when it names one;
    with a server URL, the served model; else transformers."""
    if name != "auto":
        return name
    p = Path(path)
    if p.suffix in (".jsonl", ".json") and p.is_file():
        return "replay"
    if getattr(options, "backend", "auto") not in ("auto", None):
        return options.backend
    return "openai" if options.openai_url else "hf"


def make_backend(spec: BackendSpec, options: BackendOptions, shared: Shared) -> Generator:
    name = resolve_backend(spec.backend, spec.path, options)
    factory = _FACTORIES.get(name)
    if factory is None:
        raise InputError([Problem(Path(spec.path), f"unknown backend '{name}' ({', '.join(backend_names())})")])
    return factory(spec, options, shared)


# --- built-ins: each imports its module on first use -------------------------------------------

def _lazy(module: str) -> BackendFactory:
    """The `from_spec` factory of a backend module, imported when first called."""
    def factory(spec: BackendSpec, options: BackendOptions, shared: Shared) -> Generator:
        return import_module(f"{__package__}.{module}").from_spec(spec, options, shared)

    return factory


for _name in ("hf", "openai", "vllm", "replay"):
    register_backend(_name, _lazy(_name))
