"""`evalkit` command line. Each command lives in its own module and registers on the shared app;
heavy libraries (torch, transformers, lm-eval) load inside the commands that need them."""
from __future__ import annotations

from .app import app
from . import validate, score, run, drift, demo, cache, gate, report  # noqa: F401,E402  (registers commands)


def main() -> None:
    app()
