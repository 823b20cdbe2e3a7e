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
        self.requests = 0
        self.lock = threading.Lock()  # one model, many handler threads
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep pytest output clean
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
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
                "usage": {"completion_tokens": g.tokens}}

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
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", concurrency=4))
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
                                            backoff_s=0.01))
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
    client = OpenAIGenerator(OpenAISettings(base_url=server.url, model="tiny", retries=5, backoff_s=0.01))
    with pytest.raises(ServerError, match="HTTP 400"):
        client.generate(_prompts(mini_target)[:1], SETTINGS)
    assert server.requests == 1


def test_connection_refused_is_retried_then_reported(mini_target):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = OpenAIGenerator(OpenAISettings(base_url=f"http://127.0.0.1:{port}/v1", model="m", retries=1,
                                            backoff_s=0.01, timeout_s=2))
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
    assert second.stats.cached == len(mini_target.suite.items) and server.requests == before
    assert second.outputs == first.outputs
