"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1 wrapping the hf backend."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from evalkit.config import GenerationConfig, PromptConfig
from evalkit.generate.openai import OpenAIGenerator, OpenAISettings, ServerError
from evalkit.generate.prompts import Prompt, build_prompts

SETTINGS = GenerationConfig(max_new_tokens=16)


class TinyServer:
    """/v1/completions and /v1/chat/completions served by the tiny model; can fail on purpose."""

    def __init__(self, generator):
        self.generator = generator
        self.fail_first = 0          # answer this many requests with `fail_status`
        self.fail_status = 503
        self.key = None              # when set, requests must carry "Authorization: Bearer <key>"
        self.system_fingerprint = "fp-1"
        self.garbage = None          # bytes sent instead of a reply, for the next `garbage_times` requests
        self.garbage_times = 0
        self.delay = 0.0
        self.requests = 0
        self.lock = threading.Lock()  # one model, many handler threads
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep pytest output clean
                pass

            def do_GET(self):
                if self.path == "/v1/models":
                    return self._send(200, {"data": [{"id": "tiny", "root": "/models/tiny"}]})
                self._send(404, {})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.seen_headers = dict(self.headers)
                if server.key and self.headers.get("Authorization") != f"Bearer {server.key}":
                    return self._send(401, {"error": {"message": "invalid api key"}})
                if server.delay:
                    import time
                    time.sleep(server.delay)
                with server.lock:
                    if server.garbage_times:
                        server.garbage_times -= 1
                        garbage = server.garbage
                    else:
                        garbage = None
                if garbage is not None:
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(garbage)))
                    self.end_headers()
                    return self.wfile.write(garbage)
                with server.lock:
                    server.requests += 1
                    fail = server.requests <= server.fail_first
                    if not fail:
                        reply = server.answer(self.path, body)
                if fail:
                    return self._send(server.fail_status, {"error": {"message": "overloaded"}})
                if reply is None:
                    return self._send(404, {"error": {"message": f"no route {self.path}"}})
                self._send(200, reply)

            def _send(self, status, data):
                raw = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def answer(self, path, body):
        settings = GenerationConfig(max_new_tokens=body["max_tokens"], stop=tuple(body.get("stop") or ()),
                                    do_sample=body.get("temperature", 0) > 0,
                                    temperature=body.get("temperature") or 1.0, seed=body.get("seed", 0))
        if path == "/v1/completions":
            prompt = Prompt.plain(body["prompt"])
        elif path == "/v1/chat/completions":
            prompt = Prompt(text="\n".join(m["content"] for m in body["messages"]), messages=tuple(body["messages"]))
        else:
            return None
        (g,) = self.generator.generate([prompt], settings)
        choice = {"index": 0, "finish_reason": "stop"}
        choice.update({"message": {"role": "assistant", "content": g.text}} if "chat" in path else {"text": g.text})
        return {"object": "text_completion", "model": body["model"], "choices": [choice],
                "system_fingerprint": self.system_fingerprint, "usage": {"completion_tokens": g.tokens}}

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


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
    assert server.requests == len(prompts)


def test_chat_endpoint(server, mini_target):
    prompts = _prompts(mini_target)[:3]
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", chat=True))
    got = client.generate(prompts, SETTINGS)
    assert len(got) == 3 and all(isinstance(g.text, str) for g in got)
    assert client.render(prompts[0]) != client.render(prompts[1])


def test_retries_503_with_backoff(server, mini_target):
    server.fail_first = 3
    prompts = _prompts(mini_target)[:2]
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", concurrency=1, retries=4,
                                            backoff_s=0.01, probe=False))
    got = client.generate(prompts, SETTINGS)
    assert [g.text for g in got] == [g.text for g in server.generator.generate(prompts, SETTINGS)]
    assert client.retried == 3 and server.requests == 5


def test_gives_up_after_retries(server, mini_target):
    server.fail_first = 100
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", retries=2, backoff_s=0.01))
    with pytest.raises(ServerError, match="gave up after 3 attempts; last: HTTP 503"):
        client.generate(_prompts(mini_target)[:1], SETTINGS)


def test_client_errors_are_not_retried(server, mini_target):
    server.fail_first, server.fail_status = 100, 400
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", retries=5, backoff_s=0.01,
                                            probe=False))
    with pytest.raises(ServerError, match="HTTP 400"):
        client.generate(_prompts(mini_target)[:1], SETTINGS)
    assert server.requests == 1


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
    before = server.requests
    (second,) = generate_all(target, [CheckpointSpec("tiny")], options)
    # one probe request (who is serving?), nothing generated
    assert second.stats.cached == len(mini_target.suite.items) and server.requests == before + 1
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
    assert server.seen_headers.get("X-Org") == "evalkit"
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
    server.garbage, server.garbage_times = garbage, 1          # once: the retry succeeds
    (g,) = client.generate(_prompts(mini_target)[:1], SETTINGS)
    assert isinstance(g.text, str) and client.retried == 1
    server.garbage, server.garbage_times = garbage, 100        # always: a located error naming the URL
    with pytest.raises(ServerError, match="gave up after 3 attempts") as exc:
        client.generate(_prompts(mini_target)[:1], SETTINGS)
    assert str(exc.value).startswith(server.url + "/completions")


def test_null_text_is_never_cached(server, mini_target, tmp_path):
    from evalkit.generate.cache import GenerationCache
    from evalkit.generate.caching import CachingGenerator

    cache = GenerationCache(tmp_path)
    server.garbage, server.garbage_times = b'{"choices": [{"text": null}]}', 100
    with pytest.raises(ServerError):
        CachingGenerator(_client(server, probe=False), cache).generate(_prompts(mini_target)[:1], SETTINGS)
    assert cache.count() == 0


def test_oversized_reply_is_refused(server, mini_target):
    server.garbage, server.garbage_times = b"x" * 3000, 100
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
