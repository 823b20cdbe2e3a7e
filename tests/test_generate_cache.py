"""The generation cache: hits on re-runs, resume after a crash, nothing stored twice."""
from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from evalkit.generate.cache import GenerationCache, cache_dir
from evalkit.run.runner import generate_outputs

SETTINGS_UPDATE = {"max_new_tokens": 16, "batch_size": 3}


@pytest.fixture
def target(mini_target):
    config = mini_target.config.model_copy(update={
        "generation": mini_target.config.generation.model_copy(update=SETTINGS_UPDATE)})
    return mini_target.model_copy(update={"config": config})


def test_cache_dir_follows_env_and_override(tmp_path, monkeypatch):
    monkeypatch.setenv("EVALKIT_CACHE_DIR", str(tmp_path / "env"))
    assert cache_dir() == tmp_path / "env"
    assert cache_dir(tmp_path / "opt") == tmp_path / "opt"
    monkeypatch.delenv("EVALKIT_CACHE_DIR")
    assert str(cache_dir()).endswith(".cache/evalkit")


def test_rerun_of_unchanged_checkpoint_generates_nothing(target, tiny_adapters, hf_pool, tmp_path):
    cache = GenerationCache(tmp_path)
    first = generate_outputs(target, hf_pool.generator(tiny_adapters[0]), cache=cache)
    assert first.stats.generated == len(target.suite.items) and first.stats.cached == 0
    assert cache.count(first.fingerprint) == len(target.suite.items)

    from evalkit.generate.hf import HFModels

    fresh = HFModels(device="cpu", dtype="float32")
    again = generate_outputs(target, fresh.generator(tiny_adapters[0]), cache=cache)
    assert again.stats.generated == 0 and again.stats.cached == len(target.suite.items)
    assert again.outputs == first.outputs
    assert fresh.base_loads == 0  # a fully cached checkpoint never loads its weights

    # other settings or another checkpoint miss the cache
    longer = target.model_copy(update={"config": target.config.model_copy(update={
        "generation": target.config.generation.model_copy(update={"max_new_tokens": 17})})})
    assert generate_outputs(longer, fresh.generator(tiny_adapters[0]), cache=cache).stats.cached == 0
    assert generate_outputs(target, fresh.generator(tiny_adapters[1]), cache=cache).stats.cached == 0
    # batch size is not part of the key: greedy outputs do not depend on it
    other_batch = target.model_copy(update={"config": target.config.model_copy(update={
        "generation": target.config.generation.model_copy(update={"batch_size": 8})})})
    assert generate_outputs(other_batch, fresh.generator(tiny_adapters[0]), cache=cache).stats.generated == 0


def test_rewritten_checkpoint_changes_fingerprint(tmp_path, tiny_base, tiny_adapters):
    import shutil

    from evalkit.generate.checkpoint import inspect_checkpoint

    adapter = shutil.copytree(tiny_adapters[0], tmp_path / "a")
    before = inspect_checkpoint(adapter, tiny_base).fingerprint
    assert before == inspect_checkpoint(tiny_adapters[0]).fingerprint   # a copy is the same checkpoint
    weights = adapter / "adapter_model.safetensors"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    assert inspect_checkpoint(adapter, tiny_base).fingerprint != before


class Crash(Exception):
    pass


def test_interrupted_run_resumes_where_it_stopped(target, tiny_adapters, hf_pool, tmp_path):
    cache = GenerationCache(tmp_path)
    gen = hf_pool.generator(tiny_adapters[1])
    real = gen.generate
    sent: list[int] = []

    def crash_after_first_batch(prompts, settings, on_batch=None):
        def hook(idx, gens):
            on_batch(idx, gens)  # the batch is stored ...
            raise Crash()        # ... then the process "dies"
        return real(prompts, settings, on_batch=hook)

    gen.generate = crash_after_first_batch
    with pytest.raises(Crash):
        generate_outputs(target, gen, cache=cache)
    n = len(target.suite.items)
    assert cache.count(gen.fingerprint) == 3  # exactly the first batch

    def counting(prompts, settings, on_batch=None):
        sent.append(len(prompts))
        return real(prompts, settings, on_batch=on_batch)

    gen.generate = counting
    resumed = generate_outputs(target, gen, cache=cache)
    assert sent == [n - 3] and resumed.stats.cached == 3 and resumed.stats.generated == n - 3
    assert cache.count(gen.fingerprint) == n
    # the resumed outputs equal an uninterrupted run's
    gen.generate = real
    assert generate_outputs(target, gen, cache=None).outputs == resumed.outputs


def test_rows_are_written_once_and_wal_is_on(tmp_path):
    from evalkit.generate.base import Generation

    cache = GenerationCache(tmp_path)
    row = ("k1", "fp", "hf/cpu/float32", "{}", "prompt", Generation("out", 3))
    assert cache.put_many([row]) == 1
    assert cache.put_many([row, ("k1", "fp", "v", "{}", "p", Generation("other", 1))]) == 0
    assert cache.get_many(["k1"])["k1"] == Generation("out", 3)
    cache.close()
    db = sqlite3.connect(cache.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT COUNT(*) FROM generations").fetchone()[0] == 1


def test_no_cache_generates_every_time(target, tiny_base, hf_pool):
    gen = hf_pool.generator(tiny_base)
    a = generate_outputs(target, gen, cache=None)
    b = generate_outputs(target, gen, cache=None)
    assert a.stats.generated == b.stats.generated == len(target.suite.items)


def test_cache_cli_info_and_clear(tmp_path):
    from evalkit.cli import app
    import evalkit.cli.cache  # noqa: F401  (registers `cache` if evalkit.cli does not yet)
    from evalkit.generate.base import Generation

    runner = CliRunner()
    out = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert out.exit_code == 0 and "no cache yet" in out.output
    with GenerationCache(tmp_path) as cache:
        cache.put_many([(f"k{i}", "fp", "v", "{}", "p", Generation("o")) for i in range(5)])
    out = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert "5 generations from 1 checkpoint" in out.output
    out = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert out.exit_code == 0 and "removed 5" in out.output
    with GenerationCache(tmp_path) as cache:
        assert cache.count() == 0
