"""Hostile YAML: alias bombs and duplicate keys give located errors, fast."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from evalkit import InputError
from evalkit.yamlfile import load_yaml_with_lines

BOMB = "\n".join(
    ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
) + "\n"


def test_alias_bomb_is_refused_fast_with_a_line(tmp_path: Path):
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB, encoding="utf-8")
    assert len(BOMB) < 700
    t0 = time.perf_counter()
    with pytest.raises(InputError) as exc:
        load_yaml_with_lines(path)
    assert time.perf_counter() - t0 < 2
    (problem,) = exc.value.problems
    assert "alias" in problem.message and problem.line is not None


def test_aliases_share_values_and_keep_lines(tmp_path: Path):
    path = tmp_path / "ok.yaml"
    path.write_text("base: &b {x: 1}\nuse: *b\nmerged:\n  <<: *b\n  x: 2\n", encoding="utf-8")
    data, lines = load_yaml_with_lines(path)
    assert data == {"base": {"x": 1}, "use": {"x": 1}, "merged": {"x": 2}}
    assert lines[("use",)] == 2


@pytest.mark.parametrize("text, line", [("a: 1\nb: 2\na: 3\n", 3), ("top:\n  - {id: 1, id: 2}\n", 2)])
def test_duplicate_keys_are_located_errors(tmp_path: Path, text: str, line: int):
    path = tmp_path / "dup.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_yaml_with_lines(path)
    (problem,) = exc.value.problems
    assert "duplicate key" in problem.message and problem.line == line
