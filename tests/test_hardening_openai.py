"""The OpenAI-compatible backend against real local servers on 127.0.0.1 that misbehave: a lone
surrogate in a reply, a server that drips one byte at a time, a URL without a scheme; and a
hypothesis property over generated replies (status, body bytes): a located error or a clean
answer, within a time bound."""
from __future__ import annotations

import json
import socket
import socketserver
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evalkit import InputError
from evalkit.config import GenerationConfig
from evalkit.generate.cache import GenerationCache
from evalkit.generate.caching import CachingGenerator
from evalkit.generate.openai import OpenAIGenerator, OpenAISettings
from evalkit.generate.prompts import Prompt

SETTINGS = GenerationConfig(max_new_tokens=8)


class RawServer:
    """An HTTP/1.1 server on 127.0.0.1 that answers every request with `reply(request_number)`:
    (status, body bytes, seconds between body bytes)."""

    def __init__(self):
        self.reply = lambda n: (200, b'{"choices": [{"text": "ok"}]}', 0.0)
        self.count = 0
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                sock = self.request
                sock.settimeout(5)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        chunk = sock.recv(65536)
                        if not chunk:
                            return
                        data += chunk
                    head, _, rest = data.partition(b"\r\n\r\n")
                    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                                   if line.lower().startswith(b"content-length:")), 0)
                    while len(rest) < length:
                        rest += sock.recv(65536)
                    server.count += 1
                    status, body, drip = server.reply(server.count)
                    sock.sendall(f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                                 f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode())
                    if drip:
                        for i in range(len(body)):
                            sock.sendall(body[i:i + 1])
                            time.sleep(drip)
                    else:
                        sock.sendall(body)
                except OSError:
                    pass

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.tcp.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.tcp.server_address[1]}/v1"
        threading.Thread(target=self.tcp.serve_forever, daemon=True).start()

    def close(self):
        self.tcp.shutdown()
        self.tcp.server_close()


@pytest.fixture(scope="module")
def raw():
    server = RawServer()
    yield server
    server.close()


def _client(url: str, **kw) -> OpenAIGenerator:
    base = dict(base_url=url, model="m", probe=False, fingerprint="f" * 16, retries=2, backoff_s=0.01,
                timeout_s=5, deadline_s=5, concurrency=1)
    return OpenAIGenerator(OpenAISettings(**{**base, **kw}))


def _prompts(n: int) -> list[Prompt]:
    return [Prompt.plain(f"question {i}") for i in range(n)]


def test_a_lone_surrogate_in_a_reply_loses_no_stored_answer(raw, tmp_path):
    replies = {1: b'{"choices": [{"text": "first"}]}', 2: b'{"choices": [{"text": "second"}]}',
               3: b'{"choices": [{"text": "bad \\ud800 half"}]}', 4: b'{"choices": [{"text": "\\udfff"}]}'}
    raw.count = 0
    raw.reply = lambda n: (200, replies.get(n, b'{"choices": [{"text": "later"}]}'), 0.0)
    cache = GenerationCache(tmp_path / "cache")
    gens = CachingGenerator(_client(raw.url), cache).generate(_prompts(5), SETTINGS)
    assert [g.text for g in gens][:2] == ["first", "second"]
    for g in gens:
        g.text.encode("utf-8")   # storable and printable
    assert "\ufffd" in gens[2].text
    assert cache.count() == 5
    again = CachingGenerator(_client(raw.url), cache).generate(_prompts(5), SETTINGS)
    assert [g.text for g in again] == [g.text for g in gens]


def test_a_dripping_server_is_cut_off_by_the_deadline(raw):
    raw.reply = lambda n: (200, b'{"choices": [{"text": "' + b"x" * 50 + b'"}]}', 5.0)   # a byte every 5 s
    started = time.monotonic()
    with pytest.raises(InputError, match="deadline"):
        _client(raw.url, timeout_s=30, deadline_s=1.5).generate(_prompts(1), SETTINGS)
    assert time.monotonic() - started < 4


def test_a_slow_drip_within_the_read_timeout_is_cut_off_too(raw):
    """Each byte arrives well within the read timeout: only the overall deadline stops it."""
    raw.reply = lambda n: (200, b'{"choices": [{"text": "' + b"x" * 200 + b'"}]}', 0.3)
    started = time.monotonic()
    with pytest.raises(InputError, match="deadline"):
        _client(raw.url, timeout_s=30, deadline_s=1.5).generate(_prompts(1), SETTINGS)
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("url", ["localhost:8000/v1", "127.0.0.1:8000", "ftp://host/v1", "http:///v1", "",
                                 "http://", "/v1", "http://host:notaport/v1"])
def test_a_url_without_a_scheme_or_host_is_located_at_once(url):
    started = time.monotonic()
    with pytest.raises(InputError) as exc:
        gen = _client(url, retries=5, backoff_s=1)
        gen.generate(_prompts(1), SETTINGS)
    assert time.monotonic() - started < 0.5
    assert "http://" in str(exc.value) and "URL" in str(exc.value)


def test_a_url_without_a_scheme_at_the_cli_is_exit_2_at_once(tmp_path, capsys):
    from evalkit.cli import main

    from .conftest import MINI_SUITE

    started = time.monotonic()
    with pytest.raises(SystemExit) as exc:
        main(["run", str(MINI_SUITE), "-c", "m", "--base-url", "localhost:1/v1", "--out", str(tmp_path / "run")])
    out = capsys.readouterr()
    assert exc.value.code == 2, out
    assert time.monotonic() - started < 5 and "Traceback" not in out.out + out.err


# --- a property over generated replies --------------------------------------------------------

_REPLIES = st.one_of(
    st.builds(lambda t: json.dumps({"choices": [{"text": t}]}).encode(), st.text(max_size=40)),
    st.builds(lambda v: json.dumps(v).encode(),
              st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10)),
                           lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                   st.dictionaries(st.sampled_from(["choices", "text", "message",
                                                                                    "content", "usage"]),
                                                                   inner, max_size=3)), max_leaves=6)),
    st.sampled_from([b'{"choices": [{"text": "\\ud800"}]}', b'{"choices": [{"text": "a"}], "usage": {"completion_tokens": "x"}}',
                     b"[" * 20_000, b'{"choices": [{"text": ' + b"9" * 5000 + b"}]}", b"\xff\xfe", b"",
                     b'{"choices": [{"text": "x"}]}' + b" " * 3000]),
    st.binary(max_size=60),
)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(status=st.sampled_from([200, 200, 200, 201, 301, 400, 401, 404, 429, 500, 503]), body=_REPLIES)
def test_fuzz_server_replies(raw, status, body):
    raw.reply = lambda n: (status, body, 0.0)
    client = _client(raw.url, retries=1, backoff_s=0.01, deadline_s=3, max_reply_bytes=2000)
    started = time.monotonic()
    try:
        (g,) = client.generate(_prompts(1), SETTINGS)
    except InputError as exc:
        assert exc.problems and str(exc).startswith(raw.url)
    else:
        assert isinstance(g.text, str)
        g.text.encode("utf-8")
    finally:
        client.close()
    assert time.monotonic() - started < 5


def test_the_raw_server_is_local(raw):
    assert raw.url.startswith("http://127.0.0.1:")
    socket.create_connection(("127.0.0.1", raw.tcp.server_address[1]), timeout=1).close()
