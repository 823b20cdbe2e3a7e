"""The CLI's error contract: user mistakes exit 2 with a located error; bugs exit 3 in one line
that names the saved traceback; never a bare traceback."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import evalkit.cli.validate as validate_cmd
from evalkit.cli import main
from evalkit.errors import InputError, Problem


def _run(argv, capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    cap = capsys.readouterr()
    return exc.value.code, cap.out + cap.err


def test_an_unexpected_exception_is_one_line_and_exit_3(tmp_path, monkeypatch, capsys):
    def boom(path):
        raise ZeroDivisionError("something broke")

    monkeypatch.setattr(validate_cmd, "open_target", boom)
    code, out = _run(["validate", str(tmp_path / "x.yaml")], capsys)
    assert code == 3
    assert "Traceback" not in out and len(out.strip().splitlines()) == 1
    saved = Path(out.split("traceback saved to ")[1].strip())
    assert saved.is_relative_to(tempfile.gettempdir()) and "ZeroDivisionError" in saved.read_text()
    saved.unlink()


def test_an_input_error_raised_anywhere_is_exit_2(tmp_path, monkeypatch, capsys):
    def bad(path):
        raise InputError([Problem(Path("s.yaml"), "broken", line=4)])

    monkeypatch.setattr(validate_cmd, "open_target", bad)
    code, out = _run(["validate", "s.yaml"], capsys)
    assert code == 2 and "s.yaml:4: broken" in out and "Traceback" not in out


def test_a_missing_file_is_exit_2(tmp_path, capsys):
    code, out = _run(["validate", str(tmp_path / "nope.yaml")], capsys)
    assert code == 2 and "not found" in out


def test_counts_agree_with_their_nouns(tmp_path, capsys):
    from evalkit.cli.app import counted

    assert [counted(1, "error"), counted(2, "error"), counted(3, "problem in the outputs")] == [
        "1 error", "2 errors", "3 problems in the outputs"]
    (tmp_path / "a.md").write_text("The office opens at 9.\n")
    (tmp_path / "s.yaml").write_text("name: one\ndocuments:\n  - {id: a, title: A, path: a.md}\nitems:\n"
                                     "  - {id: q1, question: When does it open, answer: 9., source: a}\n"
                                     "  - {id: q2, question: Is it open, answer: yes, source: b}\n")
    code, out = _run(["validate", str(tmp_path / "s.yaml")], capsys)
    assert code == 2 and "1 error:" in out and "unknown source 'b'" in out
    (tmp_path / "s.yaml").write_text((tmp_path / "s.yaml").read_text().replace("source: b", "source: a"))
    code, out = _run(["validate", str(tmp_path / "s.yaml")], capsys)
    assert code == 0 and "1 document, 2 items" in " ".join(out.split())
