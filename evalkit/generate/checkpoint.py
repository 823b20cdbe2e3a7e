"""What a checkpoint directory is (full model or PEFT adapter), its base, and its fingerprint.

All checks here are cheap (file names, headers) and run before any weights load, so a bad path
fails in milliseconds with the path and the cause.
"""
from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Problem

# Files whose change changes outputs. Names, sizes and mtimes are hashed (not contents: a
# multi-GB checkpoint would take minutes to hash); adapter_config.json is hashed by content.
_FINGERPRINT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".model")
_FINGERPRINT_NAMES = {"config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                      "special_tokens_map.json", "vocab.json", "merges.txt", "chat_template.jinja",
                      "added_tokens.json"}


@dataclass(frozen=True)
class CheckpointInfo:
    path: Path
    kind: str                      # "model" | "adapter"
    base: Path | None              # the base model directory, for adapters
    fingerprint: str
    base_fingerprint: str | None = None

    @property
    def model_dir(self) -> Path:
        """The directory holding the full model weights."""
        return self.base if self.kind == "adapter" else self.path

    @property
    def name(self) -> str:
        return self.path.name


def _fail(path: Path, message: str) -> InputError:
    return InputError([Problem(Path(path), message)])


def weight_files(path: Path) -> list[Path]:
    return sorted(p for p in path.iterdir() if p.suffix == ".safetensors")


def check_safetensors(file: Path) -> None:
    """Read the header only: a truncated or garbage file fails here, not deep inside torch."""
    try:
        size = file.stat().st_size
        with file.open("rb") as fh:
            raw = fh.read(8)
            if len(raw) < 8:
                raise ValueError(f"file is {size} bytes, too short for a safetensors header")
            (n,) = struct.unpack("<Q", raw)
            if n > size - 8 or n > 100_000_000:
                raise ValueError(f"header length {n} exceeds the file size {size}")
            header = json.loads(fh.read(n))
        end = max((v["data_offsets"][1] for k, v in header.items() if k != "__metadata__"), default=0)
        if 8 + n + end > size:
            raise ValueError(f"truncated: tensors need {8 + n + end} bytes, file has {size}")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(file, f"corrupt safetensors file: {exc}") from None


def fingerprint_dir(path: Path, extra: str = "") -> str:
    h = hashlib.sha256()
    for p in sorted(path.iterdir()):
        if p.is_file() and (p.suffix in _FINGERPRINT_SUFFIXES or p.name in _FINGERPRINT_NAMES):
            st = p.stat()
            h.update(f"{p.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    adapter_config = path / "adapter_config.json"
    if adapter_config.is_file():
        h.update(adapter_config.read_bytes())
    h.update(extra.encode())
    return h.hexdigest()[:16]


def _resolve_base(adapter: Path, name: str) -> Path | None:
    for candidate in (Path(name).expanduser(), adapter / name, adapter.parent / name):
        if (candidate / "config.json").is_file():
            return candidate.resolve()
    return None


def inspect_checkpoint(path: str | Path, base: str | Path | None = None,
                       allow_unsafe_weights: bool = False) -> CheckpointInfo:
    """Classify `path` as a model or an adapter, find the adapter's base, validate weight files."""
    path = Path(path).expanduser()
    if not path.exists():
        raise _fail(path, "checkpoint not found")
    if not path.is_dir():
        raise _fail(path, "not a checkpoint: expected a directory with config.json (a model) "
                          "or adapter_config.json (a PEFT adapter)")
    path = path.resolve()
    adapter_config = path / "adapter_config.json"
    if adapter_config.is_file():
        try:
            cfg = json.loads(adapter_config.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise _fail(adapter_config, f"adapter_config.json is not valid JSON: {exc}") from None
        _check_weights(path, ("adapter_model.safetensors",), allow_unsafe_weights)
        base_name = str(base) if base else cfg.get("base_model_name_or_path")
        if not base_name:
            raise _fail(adapter_config, "adapter has no base_model_name_or_path; pass the base with --base-model")
        base_dir = _resolve_base(path, base_name)
        if base_dir is None:
            raise _fail(path, f"base model '{base_name}' not found (no config.json there"
                              f"{'' if base else '; named by adapter_config.json base_model_name_or_path'}); "
                              "pass a local base directory with --base-model")
        base_info = inspect_checkpoint(base_dir, allow_unsafe_weights=allow_unsafe_weights)
        if base_info.kind != "model":
            raise _fail(path, f"base '{base_dir}' is itself an adapter, not a model")
        return CheckpointInfo(path, "adapter", base_dir, fingerprint_dir(path, base_info.fingerprint),
                              base_info.fingerprint)
    if not (path / "config.json").is_file():
        raise _fail(path, "not a checkpoint: no config.json (model) or adapter_config.json (PEFT adapter)")
    _check_weights(path, ("model.safetensors", "model.safetensors.index.json"), allow_unsafe_weights)
    return CheckpointInfo(path, "model", None, fingerprint_dir(path))


def _check_weights(path: Path, expected: tuple[str, ...], allow_unsafe: bool) -> None:
    files = weight_files(path)
    if not files:
        pickles = sorted(p.name for p in path.iterdir() if p.suffix in (".bin", ".pt", ".pth"))
        if pickles and not allow_unsafe:
            raise _fail(path, f"only pickle weights ({', '.join(pickles)}); evalkit loads safetensors only "
                              "(pickle files can run code): convert them, or allow them explicitly")
        if not pickles:
            raise _fail(path, f"no weights: expected {' or '.join(expected)}")
    for file in files:
        check_safetensors(file)
