"""Replay: outputs read from a JSON Lines file ({"id": ..., "output": ...}) instead of a model."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

from ..config import GenerationConfig
from ..errors import Problem
from ..outputs import load_outputs
from ..suite import Suite


class ReplayGenerator:
    """Not prompt-driven: outputs are looked up by item id, so the runner skips the cache for it."""

    def __init__(self, path: str | Path, suite: Suite):
        self.path = Path(path)
        self.name = self.path.stem
        self.outputs, self.problems = load_outputs(self.path, suite)
        self.fingerprint = hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]

    def variant(self, settings: GenerationConfig) -> str:
        return "replay"

    def outputs_for(self, item_ids: Sequence[str]) -> tuple[dict[str, str], list[Problem]]:
        return {i: self.outputs[i] for i in item_ids if i in self.outputs}, self.problems
