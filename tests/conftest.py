"""Shared fixtures: an offline environment, a private generation cache, and the tiny model.

The tiny model (a base and 3 LoRA epochs) comes from the same factory as `evalkit demo`, smaller.
It is built once and reused across sessions from `$TMPDIR/evalkit-test-models/<hash of settings
and data>`; a file lock makes pytest-xdist workers wait for one build instead of racing.
"""
from __future__ import annotations

import fcntl
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

TESTS = Path(__file__).parent
MINI_SUITE = TESTS / "data" / "mini-suite" / "suite.yaml"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """No test touches ~/.cache/evalkit."""
    monkeypatch.setenv("EVALKIT_CACHE_DIR", str(tmp_path_factory.mktemp("evalkit-cache")))


@pytest.fixture(scope="session")
def mini_target():
    from evalkit import load_target

    return load_target(MINI_SUITE)


def tiny_settings():
    from evalkit.demo import FinetuneSettings, SeriesSettings, TinyModelSettings

    return SeriesSettings(
        model=TinyModelSettings(n_layer=2, n_embd=64, n_head=4, pretrain_steps=150),
        finetune=FinetuneSettings(epochs=3, save_every=1),
    )


@pytest.fixture(scope="session")
def tiny_series(mini_target):
    """A tiny base + adapters epoch-01..03, built in ~10 s the first time, then reused."""
    from evalkit.demo.series import build_series, series_key

    settings = tiny_settings()
    root = Path(os.environ.get("EVALKIT_TEST_MODELS") or Path(tempfile.gettempdir()) / "evalkit-test-models")
    root.mkdir(parents=True, exist_ok=True)
    key = series_key(mini_target, settings)
    with open(root / f"{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return build_series(mini_target, root / key, settings)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def tiny_base(tiny_series) -> Path:
    return tiny_series.base


@pytest.fixture(scope="session")
def tiny_adapters(tiny_series) -> list[Path]:
    return tiny_series.adapters


@pytest.fixture
def hf_pool():
    """A fresh model pool (cpu, float32): its base_loads counter starts at 0."""
    from evalkit.generate.hf import HFModels

    return HFModels(device="cpu", dtype="float32")
