"""Hugging Face hub ids (`org/name`, `org/name@revision`) resolved to a folder of the hub cache.

    resolve_hub_id("org/name@v1", offline=None) -> Path of the snapshot folder

Resolution goes through `huggingface_hub.snapshot_download`, in the cache it uses
(`$HF_HUB_CACHE`, else `$HF_HOME/hub`, else ~/.cache/huggingface/hub). Online it downloads what is
missing (safetensors weights, configs and tokenizer files only); with `HF_HUB_OFFLINE=1` or
`--offline` it reads the cache only, and a model that is not there is an error saying which
command fetches it. Everything after resolution loads from the local folder.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import InputError, Problem

# org/name or org/name@revision (a branch, a tag or a commit); names as the hub allows them
_HUB_ID = re.compile(r"^(?P<repo>[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95})(?:@(?P<rev>[\w./-]{1,200}))?$")
_DOWNLOAD = ["*.json", "*.safetensors", "*.txt", "*.model", "*.jinja", "*.tiktoken"]


def parse_hub_id(ref: str) -> tuple[str, str | None] | None:
    """(repo id, revision) when `ref` reads as a hub id, else None."""
    m = _HUB_ID.match(ref.strip())
    if not m or ".." in ref or ref.startswith((".", "/", "~")):
        return None
    return m.group("repo"), m.group("rev")


def hub_cache_dir() -> Path:
    """The hub cache, read from the environment now (huggingface_hub reads it once, at import)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path("~/.cache").expanduser()) / "huggingface" / "hub"


def hub_offline(offline: bool | None = None) -> bool:
    """--offline, else HF_HUB_OFFLINE (or TRANSFORMERS_OFFLINE) set to a true value."""
    if offline is not None:
        return offline
    return any(os.environ.get(v, "").strip().lower() in ("1", "true", "yes", "on")
               for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def download_command(repo: str, revision: str | None) -> str:
    return f"hf download {repo}" + (f" --revision {revision}" if revision else "")


def resolve_hub_id(ref: str, offline: bool | None = None, allow_unsafe_weights: bool = False,
                   where: Path | None = None) -> Path:
    """The snapshot folder of hub id `ref`; an InputError located at `where` (or the id) if it cannot be had."""
    parsed = parse_hub_id(ref)
    if parsed is None:
        raise ValueError(f"not a hub id: {ref!r}")
    repo, revision = parsed
    location = where or Path(ref)
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub import errors as hub_errors
    except ImportError:
        raise InputError([Problem(location, f"'{ref}' reads as a Hugging Face hub id, but huggingface_hub is not "
                                            "installed (pip install 'evalkit[ml]')")]) from None
    off = hub_offline(offline)
    cache = hub_cache_dir()
    patterns = _DOWNLOAD + (["*.bin"] if allow_unsafe_weights else [])
    try:
        folder = snapshot_download(repo, revision=revision, cache_dir=cache, local_files_only=off,
                                   allow_patterns=patterns)
    except (hub_errors.LocalEntryNotFoundError, FileNotFoundError) as exc:
        why = ("downloads are off (HF_HUB_OFFLINE=1 or --offline)" if off
               else f"it could not be downloaded ({_first_line(exc)})")
        raise InputError([Problem(location, f"'{ref}' is not in the Hugging Face cache ({cache}) and {why}; "
                                            f"fetch it with `{download_command(repo, revision)}` "
                                            "(same HF_HOME / HF_HUB_CACHE), then run again")]) from None
    except hub_errors.RevisionNotFoundError:
        raise InputError([Problem(location, f"revision '{revision}' of '{repo}' not found on the hub")]) from None
    except hub_errors.RepositoryNotFoundError:
        raise InputError([Problem(location, f"'{repo}' not found on the hub (or it is private: log in with "
                                            "`hf auth login` or set HF_TOKEN)")]) from None
    except hub_errors.GatedRepoError:
        raise InputError([Problem(location, f"'{repo}' is gated: accept its terms on the hub and log in "
                                            "(`hf auth login` or HF_TOKEN)")]) from None
    except (hub_errors.HfHubHTTPError, hub_errors.HFValidationError, OSError, ValueError) as exc:
        raise InputError([Problem(location, f"cannot fetch '{ref}' from the hub: {_first_line(exc)}; or fetch "
                                            f"it with `{download_command(repo, revision)}` and set "
                                            "HF_HUB_OFFLINE=1")]) from None
    return Path(folder)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]
