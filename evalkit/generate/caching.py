"""Any backend, answered from the generation cache where it can be (as lm-eval's `CachingLM`).

    backend = CachingGenerator(hf_generator, GenerationCache())
    plan = backend.lookup(prompts, settings)      # optional: know what is cached before generating
    outputs = backend.generate(prompts, settings, on_batch, lookup=plan)

Only prompts missing from the cache reach the backend, each distinct prompt once (prompts that
render alike share a generation). Each finished batch is stored in its own transaction before the
next starts, so a run that dies resumes where it stopped. A backend that does not generate (a
replay file) passes through: its file is already the store.
"""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, replace
from typing import Sequence

from ..config import GenerationConfig
from ..errors import Problem
from .base import Generation, Generator, OnBatch, settings_key
from .cache import GenerationCache, cache_key
from .prompts import Prompt


@dataclass
class GenerationStats:
    items: int = 0
    generated: int = 0      # prompts sent to the model (distinct prompts; duplicates share one)
    cached: int = 0         # items answered from the cache
    tokens: int = 0
    seconds: float = 0.0

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0


@dataclass
class Lookup:
    """Where each prompt's answer comes from."""

    rendered: list[str]               # what the model sees, per prompt
    keys: list[str]                   # the cache key, per prompt
    found: dict[str, Generation]      # answers known so far, by key (from the cache, then generated)
    todo: list[int]                   # the first prompt of each distinct key still to generate

    @property
    def cached(self) -> int:
        return sum(k in self.found for k in self.keys)


class CachingGenerator:
    """A backend in front of a backend: same protocol, answers from `cache` first.

    `cache` None shares answers between identical prompts and stores nothing (--no-cache).
    `stats` describes the last `generate` call.
    """

    def __init__(self, backend: Generator, cache: GenerationCache | None):
        self.backend = backend
        self.cache = cache if backend.generates else None
        self.stats = GenerationStats()
        self._notes: list[Problem] = []   # the cache's own troubles, as warnings

    # -- the protocol, delegated
    @property
    def name(self) -> str:
        return self.backend.name

    @property
    def fingerprint(self) -> str:
        return self.backend.fingerprint

    @property
    def checkpoint(self) -> str:
        return self.backend.checkpoint

    @property
    def generates(self) -> bool:
        return self.backend.generates

    def variant(self, settings: GenerationConfig) -> str:
        return self.backend.variant(settings)

    def render(self, prompt: Prompt) -> str:
        return self.backend.render(prompt)

    def notes(self) -> list[Problem]:
        return self.backend.notes() + self._notes

    # -- the cache
    def lookup(self, prompts: Sequence[Prompt], settings: GenerationConfig) -> Lookup:
        """Render every prompt and find what the cache already holds (loads a tokenizer, never weights)."""
        skey, variant = settings_key(settings), self.backend.variant(settings)
        rendered = [self.backend.render(p) for p in prompts]
        keys = [cache_key(self.backend.fingerprint, variant, skey, text) for text in rendered]
        found = self.cache.get_many(keys) if self.cache else {}
        if self.cache:   # name the fingerprint for `evalkit cache info|clear --checkpoint`
            try:
                self.cache.touch(self.backend.fingerprint, self.backend.name, self.backend.checkpoint)
            except sqlite3.Error:
                pass   # naming is a courtesy: answers still come from and go to the cache
        todo, seen = [], set(found)
        for i, k in enumerate(keys):
            if k not in seen:
                seen.add(k)
                todo.append(i)
        return Lookup(rendered, keys, found, todo)

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig, on_batch: OnBatch | None = None,
                 lookup: Lookup | None = None) -> list[Generation | None]:
        """One output per prompt, from the cache or the backend. `on_batch` hears of generated
        answers only, with every prompt that shares one (tokens counted on the first)."""
        plan = lookup or self.lookup(prompts, settings)
        stats = self.stats = GenerationStats(items=len(prompts), cached=plan.cached)
        skey, variant = settings_key(settings), self.backend.variant(settings)
        sharing: dict[str, list[int]] = {}
        for i, k in enumerate(plan.keys):
            sharing.setdefault(k, []).append(i)

        def store(indexes: list[int], gens: list[Generation | None]) -> None:
            done = [(plan.todo[i], g) for i, g in zip(indexes, gens)
                    if g is not None and plan.keys[plan.todo[i]] not in plan.found]
            if self.cache and done:   # one transaction per batch: a crash after it loses nothing
                try:
                    self.cache.put_many((plan.keys[i], self.backend.fingerprint, variant, skey, plan.rendered[i], g)
                                        for i, g in done)
                except (sqlite3.Error, OSError, ValueError) as exc:   # disk full, cache removed: keep the answers
                    self._notes.append(Problem(self.cache.path, f"the generation cache stopped taking answers "
                                                                f"({exc}); the rest of this run is not cached",
                                               severity="warning"))
                    self.cache = None
            for i, g in done:
                plan.found[plan.keys[i]] = g
            if self.backend.generates:
                stats.generated += len(done)
                stats.tokens += sum(g.tokens for _, g in done)
            if on_batch and done:
                shared = [(j, g if n == 0 else replace(g, tokens=0))
                          for i, g in done for n, j in enumerate(sharing[plan.keys[i]])]
                on_batch([j for j, _ in shared], [g for _, g in shared])

        started = time.perf_counter()
        try:
            if plan.todo:
                gens = self.backend.generate([prompts[i] for i in plan.todo], settings, on_batch=store)
                store(list(range(len(gens))), list(gens))   # a backend that reported no batches
        finally:
            stats.seconds = time.perf_counter() - started
        return [plan.found.get(k) for k in plan.keys]
