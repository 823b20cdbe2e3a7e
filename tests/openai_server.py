"""One scripted OpenAI-compatible HTTP server on 127.0.0.1 for the tests that need a real one
(the openai backend, the LLM drafters, the LLM judge plugin).

`OpenAIServer(reply)` runs a ThreadingHTTPServer on a free port in a thread; use it as a context
manager and point a client at `server.url` (".../v1"). It serves:

- GET /v1/models: `{"data": models}`;
- POST /v1/completions and /v1/chat/completions: the JSON body goes to `reply(path, body)`, whose
  result (a dict or list, sent as JSON; or bytes, sent as they are) is the 200 answer. Replies run one
  at a time (a test's model or script needs no locking of its own). Any other path is a 404.

Every POST is recorded in `requests` (a `Request`: path, parsed body, headers), whatever it was
answered, and `in_flight`/`max_in_flight` count the POSTs being handled at once. Knobs for
misbehaving, checked in this order after recording: `key` (requests must carry
"Authorization: Bearer <key>", else 401), `delay` (seconds slept before answering), `inject(status,
body, times)` (answer the next `times` POSTs, or all of them, with that instead of a reply).

`reply` may be given to the constructor or defined by a subclass; `prompt_text` and `completion`
are the two halves most replies need. tests/test_hardening_openai.py keeps its own raw socket server:
it sends bytes no HTTP library would.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Sequence

ROUTES = ("/v1/completions", "/v1/chat/completions")


@dataclass(frozen=True)
class Request:
    path: str
    body: dict
    headers: dict


def prompt_text(path: str, body: dict) -> str:
    """The prompt a request carries: the completion's prompt, or the chat messages' contents joined."""
    if path.endswith("/chat/completions"):
        return "\n".join(m["content"] for m in body["messages"])
    return body["prompt"]


def completion(path: str, text: str, **extra: Any) -> dict:
    """A reply carrying `text` in the shape the route uses; `extra` goes into the top level."""
    choice = {"index": 0, "finish_reason": "stop"}
    choice.update({"message": {"role": "assistant", "content": text}} if path.endswith("/chat/completions")
                  else {"text": text})
    return {"choices": [choice], **extra}


class OpenAIServer:
    def __init__(self, reply: Callable[[str, dict], Any] | None = None, models: Sequence[dict] = ()):
        if reply is not None:
            self.reply = reply
        self.models = list(models)
        self.key: str | None = None
        self.delay = 0.0
        self.requests: list[Request] = []
        self.in_flight = self.max_in_flight = 0
        self._injected: tuple[int, Any] | None = None
        self._injected_left: int | None = None
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep pytest output clean
                pass

            def do_GET(self):
                if self.path == "/v1/models":
                    return self._send(200, {"data": server.models})
                self._send(404, {"error": {"message": f"no route {self.path}"}})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    server.requests.append(Request(self.path, body, dict(self.headers)))
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    answer = server._answer(self.path, body, self.headers.get("Authorization"))
                finally:
                    # counted out before the reply is written: a client that has its reply may send
                    # the next request before this thread would get back here (a count of 3 at
                    # concurrency 2 that no client made)
                    with server.lock:
                        server.in_flight -= 1
                self._send(*answer)

            def _send(self, status, data):
                raw = data if isinstance(data, bytes) else json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def reply(self, path: str, body: dict) -> Any:
        raise NotImplementedError("give OpenAIServer a reply function or override reply()")

    def inject(self, status: int, body: Any, times: int | None = None) -> None:
        """Answer the next `times` POSTs (every one: None) with `status` and `body` (a dict or list
        sent as JSON, or bytes sent as they are). Replaces any injection still pending."""
        with self.lock:
            self._injected = (status, body) if times is None or times > 0 else None
            self._injected_left = times

    def _answer(self, path: str, body: dict, authorization: str | None) -> tuple[int, Any]:
        if self.key and authorization != f"Bearer {self.key}":
            return 401, {"error": {"message": "invalid api key"}}
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            if self._injected is not None:
                injected = self._injected
                if self._injected_left is not None:
                    self._injected_left -= 1
                    if self._injected_left <= 0:
                        self._injected = None
                return injected
            if path not in ROUTES:
                return 404, {"error": {"message": f"no route {path}"}}
            return 200, self.reply(path, body)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
