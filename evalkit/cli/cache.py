"""`evalkit cache info|clear`: the generation cache (one SQLite file)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .app import app, console, safe

cache_app = typer.Typer(help="Inspect or clear the generation cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")

_DIR = typer.Option(None, "--cache-dir", envvar="EVALKIT_CACHE_DIR", help="Cache folder (default ~/.cache/evalkit).")


@cache_app.command("info")
def info(cache_dir: Optional[Path] = _DIR) -> None:
    """Where the cache is, how many generations it holds, for how many checkpoints."""
    from ..generate.cache import GenerationCache

    with GenerationCache(cache_dir) as cache:
        i = cache.info()
    if not i.exists:
        console.print(f"{safe(i.path)}: no cache yet", soft_wrap=True)
        return
    console.print(f"{safe(i.path)}: {i.rows} generations from {i.checkpoints} checkpoint(s), {i.bytes / 1e6:.1f} MB")


@cache_app.command("clear")
def clear(cache_dir: Optional[Path] = _DIR,
          fingerprint: Optional[str] = typer.Option(None, "--fingerprint", help="Only this checkpoint's rows.")) -> None:
    """Delete cached generations (all, or one checkpoint's)."""
    from ..generate.cache import GenerationCache

    with GenerationCache(cache_dir) as cache:
        n = cache.clear(fingerprint)
    console.print(f"removed {n} cached generation(s) from {safe(cache.path)}")
