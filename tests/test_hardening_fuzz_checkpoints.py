"""Fuzzing what a checkpoint folder or a baseline holds: generated adapter_config.json, config.json
and safetensors headers in a temp checkpoint fed to `inspect_checkpoint` (and `check_loadable`), and
generated baseline JSON fed to `load_baseline`. One property: a located InputError or a clean
result, within a time bound. (OpenAI-compatible replies: tests/test_hardening_openai.py.)"""
from __future__ import annotations

import json
import struct
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evalkit import InputError
from evalkit.gate.golden import load_baseline
from evalkit.generate.checkpoint import check_loadable, inspect_checkpoint

from .hostile import HOSTILE

_SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
_KEYS = ["base_model_name_or_path", "model_type", "auto_map", "data_offsets", "dtype", "shape", "__metadata__",
         "w", "format", "items", "passed", "suite", "label", "metrics", "hallucinated", "q1"]
_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
              st.sampled_from(HOSTILE + [".", "..", "../base", "/", "gpt2", "org/name", "F32"]), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(_KEYS), inner, max_size=4)),
    max_leaves=10)
_RAW = st.one_of(
    _JSON.map(lambda v: json.dumps(v).encode()),
    st.sampled_from([b"[" * 50_000, b"9" * 10_000, b"\xef\xbb\xbf{}", b"\xff\xfe", b"", b"{", b'{"a": 1, "a": 2}']),
    st.binary(max_size=80),
)


def _bounded(call) -> None:
    started = time.perf_counter()
    try:
        call()
    except InputError as exc:
        assert exc.problems and all(p.file for p in exc.problems) and str(exc)
    assert time.perf_counter() - started < 2


def _base(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text('{"model_type": "gpt2"}')
    (folder / "tokenizer.json").write_text("{}")
    (folder / "model.safetensors").write_bytes(struct.pack("<Q", 2) + b"{}")
    return folder


@_SETTINGS
@given(raw=_RAW)
def test_fuzz_adapter_config(tmp_path_factory, raw):
    tmp = tmp_path_factory.mktemp("adapter")
    _base(tmp / "base")
    adapter = tmp / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_bytes(raw)
    (adapter / "adapter_model.safetensors").write_bytes(struct.pack("<Q", 2) + b"{}")
    _bounded(lambda: check_loadable(inspect_checkpoint(adapter)))


@_SETTINGS
@given(raw=_RAW)
def test_fuzz_config_json(tmp_path_factory, raw):
    folder = _base(tmp_path_factory.mktemp("model") / "m")
    (folder / "config.json").write_bytes(raw)
    _bounded(lambda: check_loadable(inspect_checkpoint(folder)))


@_SETTINGS
@given(header=_RAW, data=st.binary(max_size=64), length=st.one_of(st.none(), st.integers(0, 2**64 - 1)))
def test_fuzz_safetensors_header(tmp_path_factory, header, data, length):
    folder = _base(tmp_path_factory.mktemp("weights") / "m")
    n = len(header) if length is None else length
    (folder / "model.safetensors").write_bytes(struct.pack("<Q", n) + header + data)
    _bounded(lambda: inspect_checkpoint(folder))


_BASELINE_ITEMS = st.dictionaries(st.sampled_from(["q1", "u1", "[/bold]", "\u202e"]),
                                  st.one_of(_JSON, st.fixed_dictionaries({}, optional={
                                      "passed": st.booleans(), "hallucinated": st.one_of(st.booleans(), _JSON),
                                      "attributed": st.one_of(st.none(), st.booleans()), "abstained": st.booleans()})),
                                  max_size=3)


@_SETTINGS
@given(raw=st.one_of(_RAW, st.builds(lambda fmt, suite, items, extra: json.dumps(
    {"format": fmt, "suite": suite, "items": items, **extra}).encode(),
    st.one_of(st.integers(-1, 3), _JSON), st.one_of(st.text(max_size=10), _JSON), _BASELINE_ITEMS,
    st.dictionaries(st.sampled_from(_KEYS), _JSON, max_size=2))))
def test_fuzz_baseline_json(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("baseline") / "b.json"
    path.write_bytes(raw)
    _bounded(lambda: load_baseline(path))
