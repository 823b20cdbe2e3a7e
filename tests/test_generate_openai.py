"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1 wrapping the hf backend."""
from __future__ import annotations

import pytest

from evalkit.config import GenerationConfig, PromptConfig
from evalkit.generate.openai import OpenAIGenerator, OpenAISettings, ServerError
from evalkit.generate.prompts import Prompt, build_prompts

from .openai_server import OpenAIServer, completion, prompt_text

SETTINGS = GenerationConfig(max_new_tokens=16)
OVERLOADED = {"error": {"message": "overloaded"}}


class TinyServer(OpenAIServer):
    """/v1/completions and /v1/chat/completions served by the tiny model."""

    def __init__(self, generator):
        super().__init__(models=[{"id": "tiny", "root": "/models/tiny"}])
        self.generator = generator
        self.system_fingerprint = "fp-1"

    def reply(self, path, body):
        settings = GenerationConfig(max_new_tokens=body["max_tokens"], stop=tuple(body.get("stop") or ()),
                                    do_sample=body.get("temperature", 0) > 0,
                                    temperature=body.get("temperature") or 1.0, seed=body.get("seed", 0))
        if path == "/v1/completions":
            prompt = Prompt.plain(body["prompt"])
        else:
            prompt = Prompt(text=prompt_text(path, body), messages=tuple(body["messages"]))
        (g,) = self.generator.generate([prompt], settings)
        return completion(path, g.text, object="text_completion", model=body["model"],
                          system_fingerprint=self.system_fingerprint, usage={"completion_tokens": g.tokens})


@pytest.fixture
def server(hf_pool, tiny_adapters):
    with TinyServer(hf_pool.generator(tiny_adapters[-1])) as s:
        yield s


def _prompts(target):
    return list(build_prompts(target.suite, PromptConfig()).values())


def test_completions_match_the_local_model(server, mini_target):
    prompts = _prompts(mini_target)
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", concurrency=4, probe=False))
    got = client.generate(prompts, SETTINGS)
    want = server.generator.generate(prompts, SETTINGS)
    assert [g.text for g in got] == [g.text for g in want]  # in prompt order despite concurrency
    assert all(g.tokens > 0 for g in got)
    assert len(server.requests) == len(prompts)


def test_chat_endpoint(server, mini_target):
    prompts = _prompts(mini_target)[:3]
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", chat=True))
    got = client.generate(prompts, SETTINGS)
    assert len(got) == 3 and all(isinstance(g.text, str) for g in got)
    assert client.render(prompts[0]) != client.render(prompts[1])


def test_retries_503_with_backoff(server, mini_target):
    server.inject(503, OVERLOADED, times=3)
    prompts = _prompts(mini_target)[:2]
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", concurrency=1, retries=4,
                                            backoff_s=0.01, probe=False))
    got = client.generate(prompts, SETTINGS)
    assert [g.text for g in got] == [g.text for g in server.generator.generate(prompts, SETTINGS)]
    assert client.retried == 3 and len(server.requests) == 5


def test_gives_up_after_retries(server, mini_target):
    server.inject(503, OVERLOADED)
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", retries=2, backoff_s=0.01))
    with pytest.raises(ServerError, match="gave up after 3 attempts; last: HTTP 503"):
        client.generate(_prompts(mini_target)[:1], SETTINGS)


def test_client_errors_are_not_retried(server, mini_target):
    server.inject(400, OVERLOADED)
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", retries=5, backoff_s=0.01,
                                            probe=False))
    with pytest.raises(ServerError, match="HTTP 400"):
        client.generate(_prompts(mini_target)[:1], SETTINGS)
    assert len(server.requests) == 1


def test_connection_refused_is_retried_then_reported(mini_target):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = OpenAIGenerator(OpenAISettings(base_url=f"http://127.0.0.1:{port}/v1", model="m", retries=1,
                                            backoff_s=0.01, timeout_s=2, probe=False))
    with pytest.raises(ServerError, match="gave up after 2 attempts"):
        client.generate(_prompts(mini_target)[:1], SETTINGS)


def test_runner_with_openai_backend_uses_the_cache(server, mini_target, tmp_path):
    from evalkit.generate.cache import GenerationCache
    from evalkit.run.runner import CheckpointSpec, RunOptions, generate_all

    options = RunOptions(cache=GenerationCache(tmp_path), openai_url=server.url)
    target = mini_target.model_copy(update={"config": mini_target.config.model_copy(update={"generation": SETTINGS})})
    (first,) = generate_all(target, [CheckpointSpec("tiny")], options)
    assert first.stats.generated == len(mini_target.suite.items)
    before = len(server.requests)
    (second,) = generate_all(target, [CheckpointSpec("tiny")], options)
    # one probe request (who is serving?), nothing generated
    assert second.stats.cached == len(mini_target.suite.items) and len(server.requests) == before + 1
    assert second.outputs == first.outputs


# --- keys, identity, unusable replies ---------------------------------------------------------------

SECRET = "sk-evalkit-test-5ecret-0123456789"


def _client(server, **kw):
    kw.setdefault("retries", 2)
    kw.setdefault("backoff_s", 0.01)
    return OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", **kw))


def test_the_key_is_sent_and_a_wrong_key_is_a_located_error(server, mini_target):
    server.key = SECRET
    prompts = _prompts(mini_target)[:2]
    assert len(_client(server, api_key=SECRET, headers={"X-Org": "evalkit"}).generate(prompts, SETTINGS)) == 2
    assert server.requests[-1].headers.get("X-Org") == "evalkit"
    with pytest.raises(ServerError, match="HTTP 401.*check the API key") as exc:
        _client(server, api_key="sk-wrong").generate(prompts, SETTINGS)
    assert "sk-wrong" not in str(exc.value) and exc.value.problems[0].file.startswith("http://127.0.0.1")
    assert SECRET not in repr(OpenAISettings(base_url=server.url, model="tiny", api_key=SECRET))


def test_the_served_model_identity_is_in_the_fingerprint(server):
    first = _client(server).fingerprint
    assert _client(server).fingerprint == first
    server.system_fingerprint = "fp-2"        # another model behind the same URL and name
    assert _client(server).fingerprint != first


def test_a_model_swapped_mid_run_stops_the_run(server, mini_target):
    client = _client(server)
    client.fingerprint  # noqa: B018
    server.system_fingerprint = "fp-2"
    with pytest.raises(ServerError, match="served model changed during the run"):
        client.generate(_prompts(mini_target)[:1], SETTINGS)


@pytest.mark.parametrize("garbage", [b"not json", b'{"choices": [{"text": "trunc', b'{"choices": [{"text": null}]}',
                                     b'{"choices": [{"text": 42}]}', b"[1, 2]", b'{"choices": []}'])
def test_unusable_replies_are_retried_then_a_located_error(server, mini_target, garbage):
    client = _client(server, probe=False)
    server.inject(200, garbage, times=1)                       # once: the retry succeeds
    (g,) = client.generate(_prompts(mini_target)[:1], SETTINGS)
    assert isinstance(g.text, str) and client.retried == 1
    server.inject(200, garbage)                                # always: a located error naming the URL
    with pytest.raises(ServerError, match="gave up after 3 attempts") as exc:
        client.generate(_prompts(mini_target)[:1], SETTINGS)
    assert str(exc.value).startswith(server.url + "/completions")


def test_null_text_is_never_cached(server, mini_target, tmp_path):
    from evalkit.generate.cache import GenerationCache
    from evalkit.generate.caching import CachingGenerator

    cache = GenerationCache(tmp_path)
    server.inject(200, b'{"choices": [{"text": null}]}')
    with pytest.raises(ServerError):
        CachingGenerator(_client(server, probe=False), cache).generate(_prompts(mini_target)[:1], SETTINGS)
    assert cache.count() == 0


def test_oversized_reply_is_refused(server, mini_target):
    server.inject(200, b"x" * 3000)
    with pytest.raises(ServerError, match="reply larger than"):
        _client(server, probe=False, max_reply_bytes=1000).generate(_prompts(mini_target)[:1], SETTINGS)


def test_a_request_has_an_overall_deadline(server, mini_target):
    import time

    server.delay = 1.0
    started = time.monotonic()
    with pytest.raises(ServerError, match="deadline"):
        _client(server, probe=False, timeout_s=0.4, deadline_s=1.5, retries=10).generate(
            _prompts(mini_target)[:1], SETTINGS)
    assert time.monotonic() - started < 4


def test_cli_run_with_a_key_writes_it_nowhere(server, tmp_path, monkeypatch):
    """`evalkit run --backend openai` with OPENAI_API_KEY: runs, and no file evalkit writes holds the key."""
    from typer.testing import CliRunner

    from evalkit.cli.app import app
    from tests.conftest import MINI_SUITE

    server.key = SECRET
    cache = tmp_path / "cache"
    out = tmp_path / "run"
    env = {"OPENAI_API_KEY": SECRET, "EVALKIT_CACHE_DIR": str(cache)}
    r = CliRunner().invoke(app, ["run", str(MINI_SUITE), "--backend", "openai", "--base-url", server.url,
                                 "--checkpoint", "tiny", "--out", str(out), "-q"], env=env)
    assert r.exit_code == 0, r.output
    assert SECRET not in r.output
    written = [p for root in (out, cache) for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "generations.sqlite" for p in written) and any(p.name == "results.json" for p in written)
    for p in written:
        assert SECRET.encode() not in p.read_bytes(), p
    r = CliRunner().invoke(app, ["run", str(MINI_SUITE), "--backend", "openai", "--base-url", server.url,
                                 "--checkpoint", "tiny", "--out", str(tmp_path / "bad"), "-q",
                                 "--api-key", "sk-wrong"], env={"EVALKIT_CACHE_DIR": str(cache)})
    assert r.exit_code == 2 and "HTTP 401" in r.output and "Traceback" not in r.output
