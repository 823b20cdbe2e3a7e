"""The pytest plugin's error contract: a user's mistake is a located message (a usage error, exit 4,
before collection; a collection error or an item failure after), an unexpected exception one line
saying it is a bug and where its traceback was saved; never an INTERNALERROR traceback."""
from __future__ import annotations

import pytest

from tests.test_pytest_plugin import ARGS, project  # noqa: F401  (the fixture)

pytest_plugins = ["pytester"]


def _clean(result) -> None:
    text = "\n".join(result.outlines + result.errlines)
    assert "INTERNALERROR" not in text and "Traceback" not in text and "During handling" not in text, text


def test_a_bad_gate_value_in_pyproject_is_a_usage_error(project):
    project.makepyprojecttoml('[tool.evalkit]\ngates = {hallucination_rate = {max = "abc"}}\n')
    result = project.runpytest(*ARGS)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*[[]tool.evalkit] gates.hallucination_rate: max must be a number, not 'abc'*"])
    _clean(result)


def test_an_input_error_while_configuring_is_a_located_usage_error(project, monkeypatch):
    from evalkit.errors import InputError, Problem
    from evalkit.pytest_plugin import session

    def broken(config):
        raise InputError([Problem(project.path / "golden" / "run.yaml", "something is wrong", line=3)])

    monkeypatch.setattr(session, "resolve_settings", broken)
    result = project.runpytest(*ARGS)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*golden/run.yaml:3: something is wrong*"])
    _clean(result)


def test_a_bug_while_configuring_is_one_line_and_a_saved_traceback(project, monkeypatch):
    from evalkit.pytest_plugin import session

    def broken(config):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(session, "resolve_settings", broken)
    result = project.runpytest(*ARGS)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    _clean(result)
    line = next(line for line in result.errlines if "a bug in evalkit" in line)
    assert "ZeroDivisionError: boom" in line
    saved = line.split("traceback saved to ")[1].strip()
    assert "ZeroDivisionError" in open(saved, encoding="utf-8").read()


def test_an_unwritable_baseline_is_a_note_not_an_internal_error(project):
    (project.path / "afile").write_text("x")
    result = project.runpytest(*ARGS, "--evalkit-update-baseline", "afile/b.json")
    _clean(result)
    result.stdout.fnmatch_lines(["baseline not updated: *afile*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED   # the items' own verdicts, nothing else


def test_a_bug_after_the_run_is_one_line_not_an_internal_error(project, monkeypatch):
    from evalkit.pytest_plugin import session

    def broken(run):
        raise ZeroDivisionError("late boom")

    monkeypatch.setattr(session, "update_baseline", broken)
    result = project.runpytest(*ARGS, "--evalkit-update-baseline", "b")
    _clean(result)
    result.stdout.fnmatch_lines(["*internal error (a bug in evalkit, please report it): ZeroDivisionError: late boom;"
                                 " traceback saved to *"])


def test_a_broken_config_in_a_fixture_is_one_located_message(project):
    (project.path / "golden" / "run.yaml").write_text("golden: [\n", encoding="utf-8")
    project.makepyfile("def test_x(evalkit_target):\n    pass\n")
    result = project.runpytest("--evalkit", "golden/run.yaml", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*golden/run.yaml:2: invalid YAML*"])
    _clean(result)


def test_a_broken_suite_is_a_located_collection_error_without_traceback(project):
    (project.path / "golden" / "suite.yaml").write_text("name: mini\nitems: {\n", encoding="utf-8")
    result = project.runpytest(*ARGS)
    assert result.ret == pytest.ExitCode.INTERRUPTED   # pytest's exit code for a collection error
    result.stdout.fnmatch_lines(["*suite.yaml:*invalid YAML*"])
    _clean(result)
