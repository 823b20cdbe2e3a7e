"""Any OpenAI-compatible server (vLLM, TGI, llama.cpp): /v1/completions or /v1/chat/completions.

Standard library only. A thread pool bounds concurrency; 429, 5xx, timeouts and connection
errors are retried with exponential backoff. Outputs come back in prompt order.
"""
from __future__ import annotations

import hashlib
import json
import random
import socket
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..config import GenerationConfig
from ..errors import InputError, Problem
from .base import Generation, OnBatch, truncate_at_stops
from .prompts import Prompt

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


class ServerError(RuntimeError):
    """The server kept failing (or refused the request) after all retries."""


@dataclass
class OpenAISettings:
    base_url: str                      # e.g. http://127.0.0.1:8000/v1
    model: str
    chat: bool = False                 # /chat/completions with messages, else /completions with text
    api_key: str | None = None
    concurrency: int = 8
    timeout_s: float = 120.0
    retries: int = 5
    backoff_s: float = 0.5             # first wait; doubles each retry (with jitter)
    fingerprint: str | None = None     # set when you know the served weights (else: url + model)


class OpenAIGenerator:
    generates = True

    def __init__(self, settings: OpenAISettings, name: str | None = None):
        self.settings = settings
        self.name = name or settings.model
        self.checkpoint = settings.model
        # a server's weights are not visible from here: the identity is the url and model name,
        # unless the caller supplies a real fingerprint
        self.fingerprint = settings.fingerprint or hashlib.sha256(
            f"{settings.base_url.rstrip('/')}\0{settings.model}".encode()).hexdigest()[:16]
        self.requests = 0
        self.retried = 0

    def variant(self, settings: GenerationConfig) -> str:
        return f"openai/{'chat' if self.settings.chat else 'completions'}"

    def render(self, prompt: Prompt) -> str:
        return prompt.key() if self.settings.chat else prompt.text

    def notes(self) -> list[Problem]:
        return []

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig,
                 on_batch: OnBatch | None = None) -> list[Generation]:
        results: list[Generation | None] = [None] * len(prompts)
        with ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency)) as pool:
            futures = {pool.submit(self._one, p, settings): i for i, p in enumerate(prompts)}
            try:
                # each finished request is a "batch" of one: stored at once, so a crash loses little
                for future in _as_completed(futures):
                    i = futures[future]
                    results[i] = future.result()
                    if on_batch:
                        on_batch([i], [results[i]])
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
        return results  # type: ignore[return-value]

    def _payload(self, prompt: Prompt, settings: GenerationConfig) -> tuple[str, dict]:
        body: dict = {"model": self.settings.model, "max_tokens": settings.max_new_tokens,
                      "temperature": settings.temperature if settings.do_sample else 0.0}
        if settings.do_sample:
            body.update(top_p=settings.top_p, seed=settings.seed)
        if settings.stop:
            body["stop"] = list(settings.stop)[:4]  # the OpenAI API accepts at most 4
        if self.settings.chat:
            body["messages"] = list(prompt.messages)
            return "/chat/completions", body
        body["prompt"] = prompt.text
        return "/completions", body

    def _one(self, prompt: Prompt, settings: GenerationConfig) -> Generation:
        route, body = self._payload(prompt, settings)
        data = self._post(route, body)
        try:
            choice = data["choices"][0]
            text = choice["message"]["content"] if self.settings.chat else choice["text"]
        except (KeyError, IndexError, TypeError):
            raise ServerError(f"unexpected response from {self.settings.base_url}{route}: {str(data)[:200]}") from None
        tokens = int((data.get("usage") or {}).get("completion_tokens") or 0)
        return Generation(truncate_at_stops(text or "", settings.stop).strip(), tokens)

    def _post(self, route: str, body: dict) -> dict:
        url = self.settings.base_url.rstrip("/") + route
        headers = {"Content-Type": "application/json"}
        if self.settings.api_key:
            headers["Authorization"] = f"Bearer {self.settings.api_key}"
        raw = json.dumps(body).encode()
        last = ""
        for attempt in range(self.settings.retries + 1):
            if attempt:
                self.retried += 1
                time.sleep(self.settings.backoff_s * 2 ** (attempt - 1) * (1 + 0.1 * random.random()))
            self.requests += 1
            request = urllib.request.Request(url, data=raw, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.settings.timeout_s) as response:
                    return json.loads(response.read())
            except urllib.error.HTTPError as exc:
                detail = exc.read()[:200].decode("utf-8", "replace")
                last = f"HTTP {exc.code}: {detail}"
                if exc.code not in RETRY_STATUS:
                    raise ServerError(f"{url}: {last}") from None
            except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as exc:
                last = f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
        raise ServerError(f"{url}: gave up after {self.settings.retries + 1} attempts; last: {last}")


def from_spec(spec, options, shared) -> OpenAIGenerator:
    """The registry's factory: the checkpoint is the served model's name."""
    if not options.openai_url:
        raise InputError([Problem(Path(spec.path), "the openai backend needs the server URL (--base-url)")])
    return OpenAIGenerator(OpenAISettings(base_url=options.openai_url, model=spec.path, chat=options.openai_chat,
                                          concurrency=options.openai_concurrency), name=spec.label)


def _as_completed(futures):
    from concurrent.futures import as_completed

    return as_completed(futures)
