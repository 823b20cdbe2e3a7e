"""Replay: outputs read from a JSON Lines file ({"id": ..., "output": ...}) instead of a model.

A backend like the others, so the runner needs no special case: it renders a prompt as the item
it asks (two items never share an answer, however alike their questions) and "generates" by
looking the item up in the file. Its outputs are not generated, so nothing is cached or timed.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

from ..config import GenerationConfig
from ..errors import Problem
from ..outputs import load_outputs
from ..suite import Suite
from .base import Generation, OnBatch
from .prompts import Prompt


class ReplayGenerator:
    generates = False   # the file is the store: caching it would only copy it

    def __init__(self, path: str | Path, suite: Suite):
        self.path = Path(path)
        self.name = self.path.stem
        self.checkpoint = str(path)
        self.outputs, self.problems = load_outputs(self.path, suite)
        self.fingerprint = hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]

    def variant(self, settings: GenerationConfig) -> str:
        return "replay"

    def render(self, prompt: Prompt) -> str:
        return prompt.item if prompt.item is not None else prompt.text

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig,
                 on_batch: OnBatch | None = None) -> list[Generation | None]:
        found = [self.outputs.get(self.render(p)) for p in prompts]
        gens = [None if text is None else Generation(text) for text in found]
        if on_batch:
            answered = [i for i, g in enumerate(gens) if g is not None]
            on_batch(answered, [gens[i] for i in answered])
        return gens

    def notes(self) -> list[Problem]:
        return list(self.problems)

    def outputs_for(self, item_ids: Sequence[str]) -> tuple[dict[str, str], list[Problem]]:
        return {i: self.outputs[i] for i in item_ids if i in self.outputs}, self.problems


def from_spec(spec, options, shared) -> ReplayGenerator:
    """The registry's factory: items are looked up in the run's suite."""
    return ReplayGenerator(spec.path, shared.suite)
