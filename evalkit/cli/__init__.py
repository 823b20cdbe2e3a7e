"""`evalkit` command line. Each command lives in its own module and registers on the shared app."""
from __future__ import annotations

from .app import app
from . import validate, score  # noqa: F401,E402  (registers commands)


def main() -> None:
    app()
