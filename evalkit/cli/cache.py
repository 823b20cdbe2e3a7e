"""`evalkit cache info|clear`: the generation cache (one SQLite file), listed by checkpoint."""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Optional

import typer

from .app import app, console, safe
from .view import FORMAT_OPTION, Col, Format, View

cache_app = typer.Typer(help="Inspect or clear the generation cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")

_DIR = typer.Option(None, "--cache-dir", envvar="EVALKIT_CACHE_DIR", help="Cache folder (default ~/.cache/evalkit).")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_age(text: str) -> float:
    """'7d', '12h', '30m', '2w', '90s' (or a sum: '1d12h') as seconds."""
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhdw])", text.strip().lower())
    if not parts or re.sub(r"(\d+(?:\.\d+)?)\s*([smhdw])", "", text.strip().lower()).strip():
        raise typer.BadParameter(f"{text!r} is not an age; write e.g. 7d, 12h, 30m, 2w", param_hint="--older-than")
    return sum(float(n) * _UNITS[u] for n, u in parts)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def _when(t: float, now: float) -> str:
    if t <= 0:
        return "–"
    age = max(0.0, now - t)
    ago = ("just now" if age < 60 else f"{age / 60:.0f} min ago" if age < 3600 else
           f"{age / 3600:.0f} h ago" if age < 86400 else f"{age / 86400:.0f} d ago")
    return f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(t))} ({ago})"


@cache_app.command("info")
def info(cache_dir: Optional[Path] = _DIR, fmt: Optional[Format] = FORMAT_OPTION) -> None:
    """Where the cache is and, per checkpoint, its name, path, fingerprint, items, size and last use.

    A fingerprint listed here is what `evalkit cache clear --fingerprint` takes; `--checkpoint`
    takes the name or path instead.
    """
    from ..generate.cache import GenerationCache

    with GenerationCache(cache_dir) as cache:
        i = cache.info()
        entries = cache.checkpoints() if i.exists else []
    if not i.exists and fmt is not Format.json:
        console.print(f"{safe(i.path)}: no cache yet", soft_wrap=True)
        return
    now = time.time()
    view = View(f"{i.path}: {i.rows} generations from {i.checkpoints} checkpoint(s), {i.bytes / 1e6:.1f} MB",
                [Col("checkpoint", "name", keep=True), Col("path", wrap=True, min_wrap=20),
                 Col("fingerprint", keep=True), Col("items", right=True), Col("size", "bytes", right=True),
                 Col("last used", "last_used")],
                extra={"path": str(i.path), "exists": i.exists, "generations": i.rows, "checkpoints": i.checkpoints,
                       "file_bytes": i.bytes})
    for e in entries:
        view.add([e.name or "(unnamed)", e.path or "–", e.fingerprint, str(e.items), _size(e.bytes),
                  _when(e.last_used, now)],
                 data={"name": e.name or None, "path": e.path or None, "fingerprint": e.fingerprint,
                       "items": e.items, "bytes": e.bytes,
                       "last_used": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(e.last_used))
                       if e.last_used > 0 else None})
    if any(not e.name for e in entries):
        view.notes.append("(unnamed): cached before checkpoints were named; a run of that checkpoint names it.")
    if entries:
        view.notes.append("Clear one: evalkit cache clear --checkpoint NAME_OR_PATH | --fingerprint FP | "
                          "--older-than 7d")
    view.print(console, fmt)


@cache_app.command("clear")
def clear(cache_dir: Optional[Path] = _DIR,
          checkpoint: Optional[str] = typer.Option(None, "--checkpoint", help="Only this checkpoint's rows "
                                                   "(its name or path, as `cache info` lists them)."),
          fingerprint: Optional[str] = typer.Option(None, "--fingerprint", help="Only this fingerprint's rows "
                                                    "(as `cache info` lists it; a prefix of 8+ characters will do)."),
          older_than: Optional[str] = typer.Option(None, "--older-than", help="Only checkpoints not used for this "
                                                   "long: 7d, 12h, 30m, 2w.")) -> None:
    """Delete cached generations: all of them, or the checkpoints every filter given matches."""
    from ..generate.cache import GenerationCache

    age = parse_age(older_than) if older_than is not None else None
    with GenerationCache(cache_dir) as cache:
        if checkpoint is None and fingerprint is None and age is None:
            n = cache.clear()
            console.print(f"removed {n} cached generation(s) from {safe(cache.path)}", soft_wrap=True)
            return
        chosen = cache.select(checkpoint=checkpoint, fingerprint=fingerprint, older_than=age)
        if not chosen:
            console.print(f"no cached checkpoint matches; nothing removed from {safe(cache.path)} "
                          "(`evalkit cache info` lists them)", soft_wrap=True)
            return
        n = cache.clear(fingerprints=[e.fingerprint for e in chosen])
    for e in chosen:
        console.print(f"  {safe(e.name or '(unnamed)')}  {safe(e.fingerprint)}  {e.items} item(s)", soft_wrap=True)
    console.print(f"removed {n} cached generation(s) of {len(chosen)} checkpoint(s) from {safe(cache.path)}",
                  soft_wrap=True)
