"""The backend registry and protocol: names, 'auto', a backend registered from outside, replay as a backend."""
from __future__ import annotations

import json

import pytest

from evalkit.errors import InputError
from evalkit.generate import Generator, backend_names, register_backend
from evalkit.generate.registry import _FACTORIES
from evalkit.run.runner import CheckpointSpec, Generators, RunOptions, generate_outputs

from .fakes import FakeGenerator


def test_builtin_backends_are_registered():
    assert {"hf", "openai", "vllm", "replay"} <= set(backend_names())


def test_unknown_backend_names_the_known_ones(mini_target):
    with pytest.raises(InputError, match=r"unknown backend 'nope' \(hf, openai, vllm, replay"):
        Generators(mini_target, RunOptions()).make(CheckpointSpec("x", backend="nope"))


def test_a_registered_backend_runs_through_the_cache(mini_target, tmp_path):
    from evalkit.generate.cache import GenerationCache

    def echo(spec, options, shared):
        return FakeGenerator(lambda p: p.text[-10:], name="echo", fingerprint="echo-1")

    register_backend("echo-test", echo)
    try:
        gen = Generators(mini_target, RunOptions()).make(CheckpointSpec("x", backend="echo-test"))
        assert isinstance(gen, Generator)
        cache = GenerationCache(tmp_path)
        first = generate_outputs(mini_target, gen, cache=cache)
        again = generate_outputs(mini_target, gen, cache=cache)
        n = len(mini_target.suite.items)
        assert first.stats.generated == n and again.stats.cached == n and again.outputs == first.outputs
        with pytest.raises(ValueError, match="already registered"):
            register_backend("echo-test", lambda *a: echo(*a))  # another factory, same name
    finally:
        _FACTORIES.pop("echo-test", None)


def test_replay_is_a_backend_answering_from_its_file(mini_target, tmp_path):
    ids = [i.id for i in mini_target.suite.items]
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps({"id": i, "output": f"answer {i}"}) + "\n" for i in ids[1:]))
    gen = Generators(mini_target, RunOptions()).make(CheckpointSpec(str(path)))   # 'auto' -> replay
    assert isinstance(gen, Generator) and not gen.generates
    out = generate_outputs(mini_target, gen, cache=None)
    assert out.outputs == {i: f"answer {i}" for i in ids[1:]} and out.stats.generated == 0
    assert out.checkpoint == str(path)
