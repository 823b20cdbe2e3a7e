"""Run directories for the report tests, scored from the golden replays, and a headless Chromium.

Results are scored at test time (not checked in) so they always match the current schema.
Chromium is Debian's (`apt-get install chromium`), driven by Playwright's Python package; the
browser tests skip, saying why, only when one of the two is missing.
"""
from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "golden" / "gpu-supply" / "suite.yaml"
REPLAYS = ROOT / "golden" / "gpu-supply" / "replays"
FIXTURES = ROOT / "tests" / "data" / "report"
CHROMIUM = Path(os.environ.get("EVALKIT_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def score_replay(replay: str, label: str):
    from evalkit.outputs import load_outputs, missing_items
    from evalkit.scoring import score_outputs

    target, context = _target()
    path = REPLAYS / replay
    answers, problems = load_outputs(path, target.suite)
    problems += missing_items(target.suite, answers, path)
    return score_outputs(target, answers, label=label, checkpoint=str(path), problems=problems, context=context)


@functools.lru_cache(maxsize=None)
def _target():
    """The golden suite and its evidence indexes, built once (the slow part of scoring)."""
    from evalkit import load_target
    from evalkit.scoring import build_context

    target = load_target(SUITE)
    return target, build_context(target)


def _cache_key() -> str:
    """Scores change when the suite, the replays or the scoring code change; nothing else matters."""
    h = hashlib.sha256()
    for path in sorted([*(ROOT / "golden" / "gpu-supply").rglob("*"), *(ROOT / "evalkit").rglob("*.py")]):
        if path.is_file() and "report" not in path.relative_to(ROOT).parts:
            h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=None)
def _scored(replay: str, label: str):
    """Scoring loads an embedding model (tens of seconds on a small CPU): results are kept in
    $TMPDIR/evalkit-test-report/<hash of inputs and code>/ and reused by later sessions."""
    from evalkit.results import RunResult

    folder = Path(tempfile.gettempdir()) / "evalkit-test-report" / _cache_key()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{replay}.json"
    with open(folder / ".lock", "w") as lock:  # xdist workers wait for one scorer
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not path.is_file():
                score_replay(replay, "replay").save(path)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    result = RunResult.load(path)
    return result.model_copy(update={"label": label})


def make_run(root: Path, checkpoints: dict[str, str], *, extras: bool = False, manifest: list[str] | None = None) -> Path:
    """A run directory: {label: replay file} scored into <label>/results.json; with `extras`, the
    fixture gate.json, drift.json and plots/; with `manifest`, a run.json listing those labels."""
    root.mkdir(parents=True, exist_ok=True)
    for label, replay in checkpoints.items():
        _scored(replay, label).save(root / label / "results.json")
    if extras:
        for name in ("gate.json", "drift.json"):
            shutil.copy(FIXTURES / name, root / name)
        shutil.copytree(FIXTURES / "plots", root / "plots", dirs_exist_ok=True)
    if manifest:
        (root / "run.json").write_text(json.dumps({"suite": "gpu-supply", "checkpoints": [
            {"label": label, "dir": label} for label in manifest]}), encoding="utf-8")
    return root


def make_analysed_run(root: Path) -> Path:
    """The main replay run as evalkit itself leaves it, not as the fixtures say: a run directory of
    REPLAY_RUN's checkpoints, its drift analysed by evalkit.drift (P(best), transitions) and a gate
    of "epoch-10" against the suite's recorded baseline under the default gates, written where
    `evalkit gate --json RUN_DIR/gate.json` writes it."""
    from evalkit.drift import analyze, make_point
    from evalkit.gate.compare import run_gate
    from evalkit.gate.golden import find_baseline, load_baseline
    from evalkit.rundir import CheckpointEntry, RunWriter

    writer = RunWriter(root, suite="gpu-supply")
    results = []
    for label, replay in sorted(REPLAY_RUN.items(), key=lambda kv: int(kv[0].split("-")[1])):
        results.append(_scored(replay, label))
        writer.checkpoint(results[-1], CheckpointEntry(label=label, dir=label))
    writer.drift(analyze("gpu-supply", [make_point(r, epoch=float(r.label.split("-")[1])) for r in results]))
    target, _ = _target()
    path, why = find_baseline(target, "reference-answers")
    gate = run_gate(target, results[-1], load_baseline(path), baseline_choice=why)
    (root / "gate.json").write_text(gate.model_dump_json(), encoding="utf-8")
    return root


# The main replay run: invented facts at "epoch-2", cited paraphrases at "epoch-10" (69 items, tags,
# train/held-out splits, unanswerable items). Lexical order would put epoch-10 first.
REPLAY_RUN = {"epoch-10": "paraphrase-cited.jsonl", "epoch-2": "wrong-facts.jsonl"}
# The seed case: ten questions at epoch 5 (invented facts) and epoch 50 (verbatim references).
SEED_RUN = {"epoch-05": "epoch-05.jsonl", "epoch-50": "epoch-50.jsonl"}


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (pip install playwright)"
    return None


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def keep_screenshot(path: Path) -> Path:
    """Screenshots live next to the test's output; $EVALKIT_SCREENSHOT_DIR gets a copy (CI artifacts)."""
    target = os.environ.get("EVALKIT_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)
    return path


# Untrusted text as a hostile model or document could write it. Each payload, if it ever ran, would
# set window.__pwned or open a dialog.
PAYLOADS = [
    "<script>window.__pwned=1;alert(1)</script>",
    "<img src=x onerror=\"window.__pwned=1;alert(1)\">",
    "\" onmouseover=\"window.__pwned=1\" data-x=\"",
    "' autofocus onfocus='window.__pwned=1' x='",
    "</script><script>window.__pwned=1</script><!--",
    "</textarea></title></style><svg onload=window.__pwned=1>",
    "[click](javascript:alert(1)) ![t](http://example.invalid/t.png) | a | b | @everyone\n# heading\n<b>x</b>",
    "\u2028\u2029</details></article><a href=javascript:window.__pwned=1>x</a>",
]


def poison(result, *, label: str = "epoch-1"):
    """The result with every text field rewritten to carry the payloads (ids stay unique)."""
    from evalkit.results import AtomFinding, ClaimResult

    items = []
    for k, item in enumerate(result.items):
        p = PAYLOADS[k % len(PAYLOADS)]
        claims = [c.model_copy(update={
            "text": c.text + p, "evidence": (c.evidence or "") + p, "evidence_source": p,
            "unsupported": [f.model_copy(update={"text": f.text + p, "conflicts_with": p}) for f in c.unsupported],
        }) for c in item.claims]
        # a claim whose atom is the payload itself, so it is highlighted in place with a hover tip
        at = len(item.output) + 1  # where the payload is in the poisoned output below
        claims.append(ClaimResult(text=p, supported=False, evidence=p, evidence_source=p, start=at, end=at + len(p),
                                  unsupported=[AtomFinding(text=p, kind="entity", reason="contradicted",
                                                           conflicts_with=p, start=at, end=at + len(p))]))
        items.append(item.model_copy(update={
            "id": f"{item.id}{p}", "question": p + item.question, "reference": (item.reference or "") + p,
            "output": f"{item.output} {p}", "tags": [*item.tags, p], "split": item.split, "cited": [p],
            "grounded_in": p, "source": p, "missing_key_facts": [p], "claims": claims,
            "reasons": [*item.reasons, p], "scores": {**item.scores, p[:20]: 0.5},
        }))
    return result.model_copy(update={"items": items, "suite": PAYLOADS[0] + result.suite, "label": label,
                                     "problems": PAYLOADS[:2]})
