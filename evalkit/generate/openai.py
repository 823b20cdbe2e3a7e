"""Any OpenAI-compatible server (vLLM, TGI, llama.cpp, a hosted API): /v1/completions or /v1/chat/completions.

One kept `httpx2` client (the HTTP client huggingface_hub already brings) with a connection pool
as wide as the concurrency; a thread pool sends the requests. Each request has an overall
deadline (all attempts and reading included) and bounded retries with exponential backoff on 429,
5xx, timeouts, connection errors and unusable replies (invalid, truncated or garbage JSON, a
`text` that is not a string); what still fails is a located error naming the URL, never a
traceback. A reply is read up to `max_reply_bytes` (10 MB), an answer kept up to
`max_text_chars` (clipped, with a note). Outputs come back in prompt order.

The API key comes from --api-key, the variable named by the run config's `server.api_key_env`,
or OPENAI_API_KEY. It is sent as a bearer token and nowhere else: never in the fingerprint, the
cache, results, reports or error messages (a server echoing it is redacted).

The served model's identity is part of every cache key: the fingerprint hashes the URL, the model
name and what the server says of itself (the model's `root`/`parent` in /models, and the `model`
and `system_fingerprint` of a one-token probe), so another model behind the same URL and name
misses the cache. A reply naming another model or system fingerprint mid-run stops the run.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..config import GenerationConfig
from ..errors import InputError, Problem
from .base import Generation, OnBatch, truncate_at_stops
from .prompts import Prompt

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
MAX_REPLY_BYTES = 10 * 2**20
MAX_TEXT_CHARS = 1_000_000


class ServerError(InputError):
    """The server kept failing (or refused the request) after all retries: a located error (exit 2)."""

    def __init__(self, url: str, message: str, severity: str = "error"):
        super().__init__([Problem(url, message, severity=severity)])  # type: ignore[arg-type]  # a URL, not a Path
        self.url, self.message = url, message


class _Retry(Exception):
    """One attempt failed in a way worth another."""


@dataclass
class OpenAISettings:
    base_url: str                      # e.g. http://127.0.0.1:8000/v1
    model: str
    chat: bool = False                 # /chat/completions with messages, else /completions with text
    api_key: str | None = field(default=None, repr=False)
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    concurrency: int = 8
    timeout_s: float = 120.0           # connect / read inactivity, per attempt
    deadline_s: float = 600.0          # one request, all attempts and reading included
    retries: int = 5
    backoff_s: float = 0.5             # first wait; doubles each retry (with jitter)
    max_reply_bytes: int = MAX_REPLY_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    fingerprint: str | None = None     # set when you know the served weights: no identity probe
    probe: bool = True                 # ask the server who it is (see the module's docstring)


class OpenAIGenerator:
    generates = True

    def __init__(self, settings: OpenAISettings, name: str | None = None):
        import httpx2

        self.settings = settings
        check_url(settings.base_url)   # a URL without a scheme is a located error now, not after retries
        self.name = name or settings.model
        self.checkpoint = settings.model
        self.url = settings.base_url.rstrip("/")
        self.requests = 0
        self.retried = 0
        self.identity: dict | None = None
        self._fingerprint = settings.fingerprint
        self._notes: list[Problem] = []
        self._lock = threading.Lock()
        headers = {"Content-Type": "application/json", "Accept": "application/json", **settings.headers}
        if settings.api_key:
            headers["Authorization"] = f"Bearer {settings.api_key}"
        n = max(1, settings.concurrency)
        self._client = httpx2.Client(headers=headers, timeout=httpx2.Timeout(settings.timeout_s),
                                     limits=httpx2.Limits(max_connections=n, max_keepalive_connections=n),
                                     transport=httpx2.HTTPTransport(retries=0), follow_redirects=False)

    # -- identity ---------------------------------------------------------------------------------
    @property
    def fingerprint(self) -> str:
        if self._fingerprint is None:
            self.identity = self._probe() if self.settings.probe else {}
            data = {"url": self.url, "model": self.settings.model, **self.identity}
            self._fingerprint = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]
        return self._fingerprint

    def _probe(self) -> dict:
        """What the server says of the model: /models' root and parent, a probe reply's model and
        system_fingerprint. Missing pieces are left out; a server that refuses the probe is an error."""
        found: dict = {}
        try:
            r = self._client.get(self.url + "/models", timeout=min(self.settings.timeout_s, 30))
            if r.status_code == 200:
                for entry in (r.json().get("data") or []):
                    if isinstance(entry, dict) and entry.get("id") == self.settings.model:
                        found.update({f"models.{k}": entry[k] for k in ("root", "parent") if entry.get(k)})
        except Exception:  # noqa: BLE001 - /models is optional (hosted APIs, llama.cpp)
            pass
        probe = Prompt.plain("Hello")
        route, body = self._payload(probe, GenerationConfig(max_new_tokens=1))
        data = self._post(route, body)
        for k in ("model", "system_fingerprint"):
            if isinstance(data.get(k), str) and data[k]:
                found[f"reply.{k}"] = data[k]
        return found

    def _check_identity(self, route: str, data: dict) -> None:
        if not self.identity:
            return
        for k in ("model", "system_fingerprint"):
            was, now = self.identity.get(f"reply.{k}"), data.get(k)
            if was and isinstance(now, str) and now and now != was:
                raise ServerError(self.url + route, f"the served model changed during the run ({k} was '{was}', "
                                                    f"now '{now}'); run again to evaluate the new one")

    # -- the protocol -------------------------------------------------------------------------------
    def variant(self, settings: GenerationConfig) -> str:
        return f"openai/{'chat' if self.settings.chat else 'completions'}"

    def render(self, prompt: Prompt) -> str:
        return prompt.key() if self.settings.chat else prompt.text

    def notes(self) -> list[Problem]:
        return list(self._notes)

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig,
                 on_batch: OnBatch | None = None) -> list[Generation]:
        self.fingerprint  # noqa: B018 - the identity first: replies are checked against it
        results: list[Generation | None] = [None] * len(prompts)
        with ThreadPoolExecutor(max_workers=max(1, self.settings.concurrency)) as pool:
            futures = {pool.submit(self._one, p, settings): i for i, p in enumerate(prompts)}
            try:
                # each finished request is a "batch" of one: stored at once, so a crash loses little
                for future in as_completed(futures):
                    i = futures[future]
                    results[i] = future.result()
                    if on_batch:
                        on_batch([i], [results[i]])
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
        return results  # type: ignore[return-value]

    def close(self) -> None:
        self._client.close()

    # -- requests -----------------------------------------------------------------------------------
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
        data, text = self._post(route, body, want_text=True)
        self._check_identity(route, data)
        if len(text) > self.settings.max_text_chars:
            text = text[:self.settings.max_text_chars]
            note = Problem(self.url + route, f"an answer longer than {self.settings.max_text_chars:,} characters "  # type: ignore[arg-type]
                                             "was clipped", severity="warning")
            with self._lock:
                if note not in self._notes:
                    self._notes.append(note)
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        tokens = usage.get("completion_tokens")
        return Generation(truncate_at_stops(text, settings.stop).strip(), tokens if isinstance(tokens, int) else 0)

    def _text(self, data: object) -> str:
        """The answer's text; _Retry when the reply has none (a garbage or truncated reply)."""
        try:
            choice = data["choices"][0]  # type: ignore[index]
            text = choice["message"]["content"] if self.settings.chat else choice["text"]
        except (KeyError, IndexError, TypeError):
            raise _Retry(f"a reply without {'choices[0].message.content' if self.settings.chat else 'choices[0].text'}: "
                         f"{self._redact(json.dumps(data)[:200])}") from None
        if not isinstance(text, str):
            raise _Retry(f"a reply whose text is {type(text).__name__ if text is not None else 'null'}, not a string")
        if any("\ud800" <= ch <= "\udfff" for ch in text):   # a lone surrogate ("\ud800") cannot be stored
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return text

    def _post(self, route: str, body: dict, want_text: bool = False):
        url = self.url + route
        deadline = time.monotonic() + self.settings.deadline_s
        last = ""
        for attempt in range(self.settings.retries + 1):
            if attempt:
                with self._lock:
                    self.retried += 1
                wait = self.settings.backoff_s * 2 ** (attempt - 1) * (1 + 0.1 * random.random())
                if time.monotonic() + wait >= deadline:
                    raise ServerError(url, f"no usable reply within the {self.settings.deadline_s:g}s deadline "
                                           f"({attempt} attempts); last: {last}")
                time.sleep(wait)
            with self._lock:
                self.requests += 1
            try:
                data = self._attempt(url, body, deadline)
                return (data, self._text(data)) if want_text else data
            except _Retry as exc:
                last = str(exc)
            if time.monotonic() >= deadline:
                raise ServerError(url, f"no usable reply within the {self.settings.deadline_s:g}s deadline "
                                       f"(attempt {attempt + 1}); last: {last}")
        raise ServerError(url, f"gave up after {attempt + 1} attempts; last: {last}")

    def _attempt(self, url: str, body: dict, deadline: float) -> dict:
        """One request. Returns the parsed reply; raises _Retry (worth another try) or ServerError."""
        import httpx2

        left = deadline - time.monotonic()
        if left <= 0:
            raise _Retry("deadline reached")
        timeout = httpx2.Timeout(min(self.settings.timeout_s, left))
        try:
            with self._client.stream("POST", url, json=body, timeout=timeout) as r:
                raw = bytearray()
                for chunk in r.iter_bytes():
                    raw += chunk
                    if len(raw) > self.settings.max_reply_bytes:
                        raise ServerError(url, f"reply larger than {self.settings.max_reply_bytes // 2**20} MB; "
                                               "refused (is this an OpenAI-compatible server?)")
                    if time.monotonic() > deadline:
                        raise _Retry(f"reply still arriving at the {self.settings.deadline_s:g}s deadline")
                status = r.status_code
        except httpx2.TimeoutException as exc:
            raise _Retry(f"timed out ({type(exc).__name__})") from None
        except httpx2.TransportError as exc:
            raise _Retry(f"{type(exc).__name__}: {self._redact(str(exc))[:200]}") from None
        if status != 200:
            detail = self._redact(bytes(raw[:300]).decode("utf-8", "replace"))
            if status in RETRY_STATUS:
                raise _Retry(f"HTTP {status}: {detail}")
            hint = " (check the API key: --api-key, server.api_key_env or OPENAI_API_KEY)" if status in (401, 403) else ""
            raise ServerError(url, f"HTTP {status}: {detail}{hint}")
        try:
            data = json.loads(bytes(raw))
        except (ValueError, UnicodeDecodeError) as exc:
            raise _Retry(f"invalid JSON ({exc}): {self._redact(bytes(raw[:120]).decode('utf-8', 'replace'))!r}") from None
        if not isinstance(data, dict):
            raise _Retry(f"a JSON {type(data).__name__}, not an object")
        return data

    def _redact(self, text: str) -> str:
        key = self.settings.api_key
        return text.replace(key, "***") if key else text


def check_url(url: str) -> None:
    """An http(s) URL with a host (and a numeric port, if any), or a located error."""
    from urllib.parse import urlsplit

    why = None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        why = str(exc)
    else:
        if parts.scheme not in ("http", "https"):
            why = f"no http:// or https:// scheme ({parts.scheme or 'none'})"
        elif not parts.hostname:
            why = "no host"
    if why:
        raise ServerError(url or "''", f"not a server URL: {why}; expected e.g. http://127.0.0.1:8000/v1")


def resolve_api_key(cli_key: str | None, key_env: str | None, where: Path | str) -> str | None:
    """--api-key, else the variable the run config names (`server.api_key_env`), else OPENAI_API_KEY."""
    if cli_key:
        return cli_key
    if key_env:
        value = os.environ.get(key_env)
        if not value:
            raise InputError([Problem(Path(where), f"server.api_key_env names {key_env}, which is not set")])
        return value
    return os.environ.get("OPENAI_API_KEY") or None


def parse_headers(values: Sequence[str]) -> dict[str, str]:
    """'Name: value' strings (--header) as a dict."""
    out = {}
    for v in values:
        name, sep, value = v.partition(":")
        if not sep or not name.strip():
            raise InputError([Problem(Path("--header"), f"expected 'Name: value', got {v!r}")])
        out[name.strip()] = value.strip()
    return out


def from_spec(spec, options, shared) -> OpenAIGenerator:
    """The registry's factory: the checkpoint is the served model's name. Generators for one
    server share nothing but the options; each keeps its own client."""
    if not options.openai_url:
        raise InputError([Problem(Path(spec.path), "the openai backend needs the server URL (--base-url)")])
    gen = OpenAIGenerator(OpenAISettings(
        base_url=options.openai_url, model=spec.path, chat=options.openai_chat,
        api_key=getattr(options, "openai_api_key", None), headers=dict(getattr(options, "openai_headers", {}) or {}),
        concurrency=options.openai_concurrency, timeout_s=getattr(options, "openai_timeout_s", 120.0),
        deadline_s=getattr(options, "openai_deadline_s", 600.0)), name=spec.label)
    gen.fingerprint  # noqa: B018 - ask the server now: a wrong URL or key fails before any generation
    return gen
