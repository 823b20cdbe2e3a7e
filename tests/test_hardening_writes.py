"""Where evalkit writes: an unusable generation cache or run directory is a located error before
anything is generated; a cache that fails mid-run loses no answer. (Tests run as root too, where
permissions do not stop writes: a file where a folder should be stops anyone, and a read-only
database is what SQLite says, simulated; a chmod test runs where it means something.)"""
from __future__ import annotations

import os
import sqlite3

import pytest

from evalkit.cli import main
from evalkit.generate.cache import GenerationCache
from evalkit.generate.caching import CachingGenerator
from evalkit.config import GenerationConfig

from .conftest import MINI_SUITE
from .fakes import FakeGenerator


def _cli(argv, capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    cap = capsys.readouterr()
    return exc.value.code, cap.out + cap.err


def _run(tiny_base, tmp_path, *extra):
    return ["run", str(MINI_SUITE), "-c", str(tiny_base), "--device", "cpu", "-q", *extra]


def test_an_unwritable_out_fails_before_generating(tiny_base, tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    generated = []
    import evalkit.generate.hf as hf

    monkeypatch.setattr(hf.HFGenerator, "generate", lambda *a, **k: generated.append(1) or [])
    code, out = _cli(_run(tiny_base, tmp_path, "--out", str(blocker / "run"), "--no-cache"), capsys)
    assert code == 2, out
    assert str(blocker / "run") in out.replace("\n", "") and "Traceback" not in out
    assert not generated


def test_a_cache_folder_that_is_a_file_is_located(tiny_base, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, out = _cli(_run(tiny_base, tmp_path, "--out", str(tmp_path / "run"), "--cache-dir", str(blocker)), capsys)
    assert code == 2, out
    assert "cache" in out and "--no-cache" in out and "Traceback" not in out
    code, out = _cli(["cache", "info", "--cache-dir", str(blocker)], capsys)
    assert code in (0, 2) and "Traceback" not in out, out


def test_a_read_only_cache_is_located_before_generating(tmp_path, monkeypatch):
    from evalkit import InputError

    real = sqlite3.connect

    class ReadOnly:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            if sql.strip().upper().startswith(("BEGIN IMMEDIATE", "PRAGMA USER_VERSION =", "PRAGMA JOURNAL_MODE",
                                               "INSERT", "CREATE", "DELETE")):
                raise sqlite3.OperationalError("attempt to write a readonly database")
            return self.conn.execute(sql, *args)

        def executescript(self, sql):
            raise sqlite3.OperationalError("attempt to write a readonly database")

        def close(self):
            self.conn.close()

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: ReadOnly(real(*a, **k)))
    cache = GenerationCache(tmp_path / "cache")
    with pytest.raises(InputError) as exc:
        cache.get_many(["k"])
    assert exc.value.problems[0].file == cache.path
    assert "readonly" in str(exc.value) and "--no-cache" in str(exc.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_folder_for_real(tmp_path, capsys):
    from evalkit import InputError

    folder = tmp_path / "cache"
    GenerationCache(folder).count()
    os.chmod(folder / "generations.sqlite", 0o444)
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(InputError, match="--no-cache"):
            GenerationCache(folder).get_many(["k"])
        code, out = _cli(["cache", "info", "--cache-dir", str(folder)], capsys)
        assert "Traceback" not in out and code in (0, 2)
    finally:
        os.chmod(folder, 0o755)


def test_a_cache_that_fails_mid_run_loses_no_answer(tmp_path, mini_target):
    """The first batch is stored; the store then fails (disk full): the rest are still generated and
    returned (the run writes them to outputs.jsonl), with a warning."""
    from evalkit.generate.prompts import build_prompts

    prompts = list(build_prompts(mini_target.suite, mini_target.config.prompt).values())

    cache = GenerationCache(tmp_path / "cache")
    real_put = cache.put_many
    calls = []

    def put(rows):
        calls.append(1)
        if len(calls) > 1:
            raise sqlite3.OperationalError("database or disk is full")
        return real_put(rows)

    cache.put_many = put
    backend = CachingGenerator(FakeGenerator(lambda p: p.text, name="m", batch=2), cache)
    gens = backend.generate(prompts, GenerationConfig())
    assert all(g is not None for g in gens) and len(gens) == len(prompts)
    assert any("disk is full" in p.message for p in backend.notes())
    assert cache.count() == 2


def test_answers_reach_the_run_directory_before_scoring(tiny_base, tmp_path, capsys, monkeypatch):
    """With --no-cache, a failure after generation (here in scoring) still leaves outputs.jsonl."""
    import json

    import evalkit.scoring as scoring

    def broken(*a, **k):
        raise ZeroDivisionError("scoring broke")

    monkeypatch.setattr(scoring, "score_outputs", broken)
    code, out = _cli(_run(tiny_base, tmp_path, "--out", str(tmp_path / "run"), "--no-cache"), capsys)
    assert code == 3, out
    lines = (tmp_path / "run" / "base" / "outputs.jsonl").read_text().splitlines()
    assert len(lines) == 8 and all("output" in json.loads(line) for line in lines)
