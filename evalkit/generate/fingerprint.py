"""Content fingerprints of checkpoint folders: what the weights are, not where or when they were written.

    fingerprint_dir(path, extra="")      16 hex digits over the files that shape outputs
    file_digest(path)                    sha256 of one file, memoised

A copy of a checkpoint (`cp -r`, a fresh CI checkout, a Hugging Face cache snapshot) has the same
fingerprint as the original, so it hits the generation cache; weights changed by one byte never do,
whatever their size and mtime. Trainer-only files (optimizer and scheduler state, RNG state, the
trainer's logs) do not change outputs and are left out.

Weights (and config files of 1 MiB or more: a large tokenizer.json) are hashed by content,
streamed, once: a digest is memoised (in memory and in `<evalkit cache>/file-digests.sqlite`) by
real path, size, mtime, ctime and inode, so an unchanged file is not read again. ctime changes
on every write and cannot be set back, so weights rewritten with their old size and mtime are
re-read. A file in the Hugging Face cache is a link to
`blobs/<sha256 of its content>`: that name is its digest, nothing is read.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
from pathlib import Path

# Weight and tokenizer-model files: hashed by (memoised) content digest.
WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".model", ".gguf", ".tiktoken")
# Small files that shape outputs: hashed whole (config, tokenizer, chat template).
CONFIG_NAMES = {"config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                "special_tokens_map.json", "vocab.json", "vocab.txt", "merges.txt", "chat_template.jinja",
                "chat_template.json", "added_tokens.json", "preprocessor_config.json", "adapter_config.json"}
# What a trainer saves next to the weights; none of it changes what the model generates.
TRAINER_FILES = {"optimizer.pt", "optimizer.bin", "scheduler.pt", "scaler.pt", "training_args.bin",
                 "trainer_state.json", "rng_state.pth", "all_results.json", "train_results.json",
                 "eval_results.json"}
_TRAINER_PATTERN = re.compile(r"^(rng_state_\d+\.pth|optimizer.*\.(pt|bin)|.*_optim_states\.pt)$")
# adapter_config.json keys that say where the base is, not what the adapter is (the base's own
# fingerprint is part of the adapter's): a moved adapter keeps its fingerprint
_LOCATION_KEYS = ("base_model_name_or_path", "revision")

# a config file this large (a tokenizer.json of a 32k-150k vocabulary, 2-10 MB) is memoised like the
# weights: hashing it again on every inspection of a checkpoint was half the time of inspecting one
MEMO_MIN_BYTES = 2**20

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 8 * 2**20


def is_trainer_file(name: str) -> bool:
    return name in TRAINER_FILES or bool(_TRAINER_PATTERN.match(name))


def fingerprinted_files(path: Path) -> list[Path]:
    """The files of `path` (top level) whose content shapes outputs, sorted by name."""
    out = []
    for p in sorted(path.iterdir()):
        name = p.name
        if is_trainer_file(name) or not p.is_file():
            continue
        if name.endswith(WEIGHT_SUFFIXES) or name in CONFIG_NAMES or name.endswith(".index.json"):
            out.append(p)
    return out


def fingerprint_dir(path: Path, extra: str = "") -> str:
    """Names and contents of the files that shape outputs; `extra` (a base's fingerprint) mixed in."""
    h = hashlib.sha256(b"evalkit-fingerprint-v2\n")
    for p in fingerprinted_files(path):
        if p.name == "adapter_config.json":
            digest = hashlib.sha256(_adapter_config_bytes(p)).hexdigest()
        elif p.name.endswith(WEIGHT_SUFFIXES) or p.stat().st_size >= MEMO_MIN_BYTES:
            digest = file_digest(p)   # the same sha256 of the content, memoised
        else:
            digest = hashlib.sha256(p.read_bytes()).hexdigest()
        h.update(f"{p.name}\0{digest}\n".encode())
    h.update(extra.encode())
    return h.hexdigest()[:16]


def _adapter_config_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    try:
        cfg = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return raw
    if not isinstance(cfg, dict):
        return raw
    for key in _LOCATION_KEYS:
        cfg.pop(key, None)
    return json.dumps(cfg, sort_keys=True).encode()


# --- memoised file digests ---------------------------------------------------------------------

class DigestMemo:
    """sha256 of files by (real path, size, mtime, ctime, inode, device): in memory, and in an
    SQLite file shared by processes. A memo that cannot be written (read-only cache) is skipped."""

    def __init__(self, path: Path | None):
        self.path = path
        self._mem: dict[tuple, str] = {}
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.reads = 0          # files read and hashed (tests and the bench count them)

    def _db(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        if self._conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("CREATE TABLE IF NOT EXISTS digests (key TEXT PRIMARY KEY, sha256 TEXT NOT NULL)")
                self._conn = conn
            except (OSError, sqlite3.Error):
                self.path = None
                return None
        return self._conn

    def digest(self, file: Path) -> str:
        real = Path(os.path.realpath(file))
        if real.parent.name == "blobs" and _SHA256.match(real.name):
            return real.name          # Hugging Face cache: the blob's name is its content's sha256
        st = real.stat()
        key = (str(real), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        with self._lock:
            if key in self._mem:
                return self._mem[key]
            text_key = json.dumps(key)
            db = self._db()
            if db is not None:
                try:
                    row = db.execute("SELECT sha256 FROM digests WHERE key = ?", (text_key,)).fetchone()
                except sqlite3.Error:
                    row = None
                if row:
                    self._mem[key] = row[0]
                    return row[0]
        digest = sha256_file(real)
        self.reads += 1
        with self._lock:
            self._mem[key] = digest
            db = self._db()
            if db is not None:
                try:
                    db.execute("INSERT OR REPLACE INTO digests VALUES (?, ?)", (text_key, digest))
                except sqlite3.Error:
                    pass
        return digest


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


_MEMOS: dict[str, DigestMemo] = {}


def memo() -> DigestMemo:
    """The memo of the current evalkit cache folder ($EVALKIT_CACHE_DIR or ~/.cache/evalkit)."""
    from .cache import cache_dir

    where = str(cache_dir() / "file-digests.sqlite")
    if where not in _MEMOS:
        _MEMOS[where] = DigestMemo(Path(where))
    return _MEMOS[where]


def file_digest(path: Path) -> str:
    return memo().digest(path)
