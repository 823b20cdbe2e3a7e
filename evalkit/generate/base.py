"""The backend protocol: prompts in, outputs out, with the settings that made them."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence, runtime_checkable

from ..config import GenerationConfig
from ..errors import Problem
from .prompts import Prompt


@dataclass(frozen=True)
class Generation:
    text: str
    tokens: int = 0          # generated tokens (for tokens/s); 0 when unknown


# Called after each finished batch with the indexes (into the prompt list) and their outputs,
# so a caller can store them at once: a crash later loses nothing already generated.
OnBatch = Callable[[list[int], list[Generation]], None]


@runtime_checkable
class Generator(Protocol):
    """What every backend provides; the runner, the cache and the pytest plugin use nothing else.

    A backend is made by a factory registered in `evalkit.generate.registry`, so adding one needs
    no change to the runner.
    """

    name: str          # a label for people (checkpoint folder name, model name)
    fingerprint: str   # identity of the weights: part of every cache key
    checkpoint: str    # where the weights (or the replayed outputs) are, as the user named them
    generates: bool    # False when outputs are read, not generated (replay): nothing to cache or time

    def variant(self, settings: GenerationConfig) -> str:
        """What besides the weights shapes outputs (backend, device, dtype)."""

    def render(self, prompt: Prompt) -> str:
        """The exact text the model sees (chat template applied): the cache key's prompt part.
        Prompts that render alike share one generation."""

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig,
                 on_batch: OnBatch | None = None) -> list[Generation | None]:
        """One output per prompt, in order; None where the backend has no answer (an item a
        replay file lacks), which the run then reports as missing."""

    def notes(self) -> list[Problem]:
        """Problems met for this checkpoint (loading warnings, unreadable replay lines), for the run's report."""


# The name the registry and the issue use; `Generator` stays for existing imports.
Backend = Generator


def settings_key(settings: GenerationConfig) -> str:
    """Generation settings as they enter cache keys. Batch size is left out: greedy outputs do
    not depend on it (tested), and a resumed run may use another."""
    data = settings.model_dump(mode="json", exclude={"batch_size"})
    if not settings.do_sample:  # sampling knobs do not change greedy outputs
        for k in ("temperature", "top_p", "seed"):
            data.pop(k, None)
    return json.dumps(data, sort_keys=True)


def truncate_at_stops(text: str, stops: Sequence[str]) -> str:
    """Cut the output at the first stop string (the stop string itself is dropped)."""
    cut = len(text)
    for stop in stops:
        if stop:
            at = text.find(stop)
            if at != -1:
                cut = min(cut, at)
    return text[:cut]
