"""What a checkpoint is (full model or PEFT adapter), its base, and its fingerprint.

A checkpoint is a local folder or a Hugging Face hub id (`org/name`, `org/name@revision`) resolved
to its folder in the hub cache (`hub.py`). An adapter's base (`base_model_name_or_path`, or
--base-model) is the same: an absolute folder, a folder relative to the adapter's own folder, or a
hub id. The fingerprint is by content (`fingerprint.py`). All checks here are cheap (file names,
headers, memoised digests) and run before any weights load, so a bad path fails in milliseconds
with the path and the cause.
"""
from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Problem, read_user_json
from .fingerprint import fingerprint_dir
from .hub import parse_hub_id, resolve_hub_id

@dataclass(frozen=True)
class CheckpointInfo:
    path: Path
    kind: str                      # "model" | "adapter"
    base: Path | None              # the base model directory, for adapters
    fingerprint: str
    base_fingerprint: str | None = None
    hub_id: str | None = None      # "org/name[@revision]" when the checkpoint came from the hub cache
    base_hub_id: str | None = None

    @property
    def model_dir(self) -> Path:
        """The directory holding the full model weights."""
        return self.base if self.kind == "adapter" else self.path

    @property
    def name(self) -> str:
        return self.hub_id.split("@")[0].split("/")[-1] if self.hub_id else self.path.name


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
        if not isinstance(header, dict):
            raise ValueError(f"the header is a JSON {type(header).__name__}, not an object of tensors")
        end = 0
        for name, entry in header.items():
            if name == "__metadata__":
                continue
            offsets = entry.get("data_offsets") if isinstance(entry, dict) else None
            if not (isinstance(offsets, list) and len(offsets) == 2
                    and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in offsets)):
                raise ValueError(f"tensor {name[:80]!r} has no data_offsets [begin, end]")
            end = max(end, offsets[1])
        if 8 + n + end > size:
            raise ValueError(f"truncated: tensors need {8 + n + end} bytes, file has {size}")
    except RecursionError:
        raise _fail(file, "corrupt safetensors file: its header is nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:   # json.JSONDecodeError is a ValueError
        raise _fail(file, f"corrupt safetensors file: {exc}") from None
    except OSError as exc:
        raise _fail(file, f"cannot read: {exc.strerror or exc}") from None


def _read_config(path: Path, what: str) -> dict:
    """config.json or adapter_config.json as an object, or a located error."""
    return read_user_json(path, f"{path.name} not found", f"{what} (a JSON object)")


def _resolve_base(adapter: Path, name: str, offline: bool | None, allow_unsafe: bool) -> tuple[Path | None, str | None]:
    """The base folder of an adapter and, when it came from the hub cache, its hub id.

    An absolute path is itself; a relative one is looked up in the adapter's folder first (what
    a moved or copied run needs), then its parent and the working directory (older adapters);
    failing those, a name that reads as a hub id is resolved through the hub cache."""
    p = Path(name).expanduser()
    candidates = [p] if p.is_absolute() else [adapter / p, adapter.parent / p, p]
    for candidate in candidates:
        if (candidate / "config.json").is_file():
            return candidate.resolve(), None
    if not p.is_absolute() and parse_hub_id(name) is not None:
        return resolve_hub_id(name, offline, allow_unsafe, where=adapter), name
    return None, None


def inspect_checkpoint(path: str | Path, base: str | Path | None = None,
                       allow_unsafe_weights: bool = False, offline: bool | None = None) -> CheckpointInfo:
    """Classify `path` as a model or an adapter, find the adapter's base, validate weight files.

    `path` and `base` may be hub ids; `offline` None follows HF_HUB_OFFLINE."""
    hub_id = None
    raw = str(path)
    path = Path(path).expanduser()
    if not path.exists() and parse_hub_id(raw) is not None:
        hub_id, path = raw, resolve_hub_id(raw, offline, allow_unsafe_weights)
    if not path.exists():
        raise _fail(path, "checkpoint not found (a folder, or a hub id org/name[@revision])")
    if not path.is_dir():
        raise _fail(path, "not a checkpoint: expected a directory with config.json (a model) "
                          "or adapter_config.json (a PEFT adapter)")
    path = path.resolve()
    adapter_config = path / "adapter_config.json"
    if adapter_config.is_file():
        cfg = _read_config(adapter_config, "a PEFT adapter_config.json")
        _check_weights(path, ("adapter_model.safetensors",), allow_unsafe_weights)
        base_name = str(base) if base else cfg.get("base_model_name_or_path")
        if base_name is not None and not isinstance(base_name, str):
            raise _fail(adapter_config, f"base_model_name_or_path must be text, not {base_name!r:.80}")
        if not base_name:
            raise _fail(adapter_config, "adapter has no base_model_name_or_path; pass the base with --base-model")
        base_dir, base_hub = _resolve_base(path, base_name, offline, allow_unsafe_weights)
        if base_dir is None:
            raise _fail(path, f"base model '{base_name}' not found (no config.json there, looked in the adapter's "
                              f"folder for a relative path"
                              f"{'' if base else '; named by adapter_config.json base_model_name_or_path'}); "
                              "pass a base folder or a hub id org/name with --base-model")
        if base_dir == path:
            raise _fail(path, f"base model '{base_name}' is the adapter itself; pass the base folder with --base-model")
        if (base_dir / "adapter_config.json").is_file():   # also stops a cycle of adapters naming each other
            raise _fail(path, f"base '{base_dir}' is itself an adapter, not a model")
        base_info = inspect_checkpoint(base_dir, allow_unsafe_weights=allow_unsafe_weights)
        if base_info.kind != "model":
            raise _fail(path, f"base '{base_dir}' is itself an adapter, not a model")
        return CheckpointInfo(path, "adapter", base_dir, fingerprint_dir(path, base_info.fingerprint),
                              base_info.fingerprint, hub_id=hub_id, base_hub_id=base_hub)
    if not (path / "config.json").is_file():
        raise _fail(path, "not a checkpoint: no config.json (model) or adapter_config.json (PEFT adapter)")
    _read_config(path / "config.json", "a model's config.json")
    _check_weights(path, ("model.safetensors", "model.safetensors.index.json"), allow_unsafe_weights)
    return CheckpointInfo(path, "model", None, fingerprint_dir(path), hub_id=hub_id)


# what AutoTokenizer can load a tokenizer from (fast, sentencepiece, BPE and WordPiece files)
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "tokenizer.model", "vocab.json", "vocab.txt",
                   "spiece.model", "sentencepiece.bpe.model")


def tokenizer_dir(info: CheckpointInfo) -> Path:
    """An adapter folder may carry its own tokenizer (added tokens); else the model's."""
    return info.path if (info.path / "tokenizer_config.json").is_file() else info.model_dir


def check_loadable(info: CheckpointInfo, trust_remote_code: bool = False) -> None:
    """What would fail only when transformers loads the checkpoint, checked from its files before
    anything is generated: no tokenizer files, and a `model_type` transformers does not know (with
    an `auto_map` naming code shipped in the checkpoint, run only when trust_remote_code is asked)."""
    tok = tokenizer_dir(info)
    if not any((tok / name).is_file() for name in TOKENIZER_FILES):
        raise _fail(tok, "no tokenizer files (tokenizer.json, tokenizer_config.json, vocab.json...): save the "
                         "tokenizer with the model (tokenizer.save_pretrained)")
    config_path = info.model_dir / "config.json"
    cfg = _read_config(config_path, "a model's config.json")
    model_type = cfg.get("model_type")
    if model_type is None:
        return   # old configs: transformers infers it from the architectures or the name
    if not isinstance(model_type, str):
        raise _fail(config_path, f"model_type must be text, not {model_type!r:.80}")
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING_NAMES

    if model_type in CONFIG_MAPPING_NAMES or (cfg.get("auto_map") and trust_remote_code):
        return
    if cfg.get("auto_map"):
        raise _fail(config_path, f"model_type '{model_type:.80}' is not one transformers knows: its auto_map names "
                                 "code shipped with the checkpoint, which evalkit runs only with --trust-remote-code")
    raise _fail(config_path, f"model_type '{model_type:.80}' is not one this transformers knows "
                             "(a newer transformers, or a typo in config.json?)")


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
