"""Writing results safely: a crash never leaves a half-written file."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write to a temporary file in the same folder, fsync, then rename over the target."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; results are shared like any file
        # a lone surrogate (from a "\ud800" escape) is written as that escape rather than failing
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def check_writable_dir(path: str | Path, what: str = "output folder") -> Path:
    """Make the folder (and its parents) and write a probe file in it, so a folder that cannot be
    written is a located error before an hour of generation, not a traceback after it."""
    from .errors import InputError, Problem

    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=path, prefix=".evalkit-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else path
        raise InputError([Problem(path, f"{what} cannot be written ({exc.strerror or exc}"
                                        f"{f': {where}' if where != path else ''}); choose another with --out")]) from None
    return path


def write_json_atomic(path: str | Path, data: Any, *, indent: int | None = 2) -> Path:
    return write_text_atomic(path, json.dumps(data, indent=indent, ensure_ascii=False, sort_keys=False) + "\n")


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask
