"""One stand-in model for tests that need a `Generator` without weights (cache, registry, progress
and write-failure tests): it answers from a function of the prompt, reports rows through `on_batch`
in batches, or raises."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from evalkit.config import GenerationConfig
from evalkit.generate.base import Generation, OnBatch
from evalkit.generate.prompts import Prompt


class FakeGenerator:
    """Answers prompt i with `answer(prompt)`; `batch` rows per `on_batch` call (all at once when None);
    raises `error` instead of answering when given."""

    generates = True

    def __init__(self, answer: Callable[[Prompt], str] = lambda p: p.text, *, name: str = "fake",
                 fingerprint: str = "f" * 16, checkpoint: str | None = None, batch: int | None = None,
                 error: Exception | None = None) -> None:
        self.answer, self.batch, self.error = answer, batch, error
        self.name, self.fingerprint, self.checkpoint = name, fingerprint, checkpoint or name

    def variant(self, settings: GenerationConfig) -> str:
        return "fake"

    def render(self, prompt: Prompt) -> str:
        return prompt.text

    def notes(self) -> list:
        return []

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig,
                 on_batch: OnBatch | None = None) -> list[Generation | None]:
        if self.error is not None:
            raise self.error
        out = [Generation(self.answer(p), 1) for p in prompts]
        step = self.batch or max(len(out), 1)
        for start in range(0, len(out), step):
            if on_batch:
                on_batch(list(range(start, min(start + step, len(out)))), out[start:start + step])
        return out
