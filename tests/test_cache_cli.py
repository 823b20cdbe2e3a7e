"""`evalkit cache info|clear` on real cache files: checkpoints listed by name, path and fingerprint,
cleared by any of them or by age; a cache file from before checkpoints were named still works."""
from __future__ import annotations

import json
import sqlite3
import time

import pytest
from typer.testing import CliRunner

import evalkit.cli.cache  # noqa: F401  (registers `cache`)
from evalkit.cli import app
from evalkit.cli.cache import parse_age
from evalkit.config import GenerationConfig
from evalkit.generate.cache import FILENAME, GenerationCache
from evalkit.generate.caching import CachingGenerator
from evalkit.generate.prompts import Prompt

from .fakes import FakeGenerator

runner = CliRunner()


def _run(tmp_path, name, fp, n):
    with GenerationCache(tmp_path) as cache:
        CachingGenerator(FakeGenerator(lambda p: p.text.upper(), name=name, fingerprint=fp,
                                       checkpoint=f"/ckpt/{name}"), cache).generate(
            [Prompt(f"{name} q{i}") for i in range(n)], GenerationConfig())


def _info(tmp_path, *extra):
    out = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path), *extra])
    assert out.exit_code == 0, out.output
    return out.output


def test_info_lists_each_checkpoint_with_its_fingerprint(tmp_path):
    _run(tmp_path, "epoch-1", "fp-aaaaaaaaaaaa", 3)
    _run(tmp_path, "epoch-2", "fp-bbbbbbbbbbbb", 5)
    data = json.loads(_info(tmp_path, "--format", "json"))
    assert data["generations"] == 8 and data["checkpoints"] == 2
    rows = {r["name"]: r for r in data["rows"]}
    assert rows["epoch-1"]["fingerprint"] == "fp-aaaaaaaaaaaa" and rows["epoch-1"]["items"] == 3
    assert rows["epoch-2"]["path"] == "/ckpt/epoch-2" and rows["epoch-2"]["items"] == 5
    assert rows["epoch-1"]["bytes"] > 0 and rows["epoch-1"]["last_used"]
    plain = _info(tmp_path, "--format", "plain")
    assert "fp-bbbbbbbbbbbb" in plain and "/ckpt/epoch-1" in plain and "last used" in plain
    for line in plain.splitlines():
        if line.startswith("epoch-2"):
            assert " 5 " in line and "just now" in line
    table = _info(tmp_path, "--format", "table")
    assert "epoch-1" in table and "fp-aaaaaaaaaaaa" in table


def test_clear_by_checkpoint_name_path_or_fingerprint(tmp_path):
    for n, name in enumerate(["a", "b", "c"], start=1):
        _run(tmp_path, name, f"fingerprint-{name}", n)
    out = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path), "--checkpoint", "b"])
    assert out.exit_code == 0 and "removed 2 cached generation(s) of 1 checkpoint" in out.output
    out = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path), "--checkpoint", "/ckpt/c"])
    assert "removed 3" in out.output
    out = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path), "--fingerprint", "fingerprint-a"])
    assert "removed 1" in out.output
    out = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path), "--checkpoint", "nope"])
    assert out.exit_code == 0 and "nothing removed" in out.output
    with GenerationCache(tmp_path) as cache:
        assert cache.count() == 0 and cache.checkpoints() == []


def test_clear_older_than_keeps_recently_used(tmp_path):
    _run(tmp_path, "old", "fp-old", 2)
    _run(tmp_path, "new", "fp-new", 3)
    db = sqlite3.connect(tmp_path / FILENAME)
    ten_days = time.time() - 10 * 86400
    db.execute("UPDATE generations SET created = ? WHERE fingerprint = 'fp-old'", (ten_days,))
    db.execute("UPDATE checkpoints SET last_used = ? WHERE fingerprint = 'fp-old'", (ten_days,))
    db.commit()
    db.close()
    assert "10 d ago" in _info(tmp_path, "--format", "plain")
    out = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path), "--older-than", "7d"])
    assert out.exit_code == 0 and "removed 2" in out.output and "old" in out.output
    with GenerationCache(tmp_path) as cache:
        assert [e.name for e in cache.checkpoints()] == ["new"]
    out = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path), "--older-than", "soon"])
    assert out.exit_code != 0 and "7d" in out.output


def test_old_cache_file_without_checkpoint_table(tmp_path):
    """A cache written before checkpoints were named: listed unnamed, cleared by fingerprint, and
    named by the next run that uses it."""
    db = sqlite3.connect(tmp_path / FILENAME)
    db.executescript("""CREATE TABLE generations (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL,
        variant TEXT NOT NULL, settings TEXT NOT NULL, prompt TEXT NOT NULL, output TEXT NOT NULL,
        tokens INTEGER NOT NULL DEFAULT 0, created REAL NOT NULL);""")
    db.executemany("INSERT INTO generations VALUES (?, ?, 'v', '{}', 'p', 'o', 1, ?)",
                   [(f"k{i}", "legacy-fp" if i < 4 else "other-fp", time.time()) for i in range(6)])
    db.commit()
    db.close()
    data = json.loads(_info(tmp_path, "--format", "json"))     # read only: no migration needed to look
    assert {(r["name"], r["fingerprint"], r["items"]) for r in data["rows"]} == {(None, "legacy-fp", 4),
                                                                                  (None, "other-fp", 2)}
    assert "(unnamed)" in _info(tmp_path, "--format", "plain")
    _run(tmp_path, "epoch-9", "other-fp", 1)                   # opening for a run adds the table
    rows = {r["fingerprint"]: r for r in json.loads(_info(tmp_path, "--format", "json"))["rows"]}
    assert rows["other-fp"]["name"] == "epoch-9" and rows["other-fp"]["items"] == 3
    out = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path), "--fingerprint", "legacy-fp"])
    assert "removed 4" in out.output


@pytest.mark.parametrize("text,seconds", [("7d", 7 * 86400), ("12h", 43200), ("30m", 1800), ("1d12h", 129600),
                                          ("2w", 14 * 86400)])
def test_parse_age(text, seconds):
    assert parse_age(text) == seconds
