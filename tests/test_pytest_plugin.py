"""The pytest plugin (evalkit.pytest_plugin), run through pytester: collection and node ids, failure
reports, gates, fixtures in a user's test file, -k by id and tag, JUnit properties, baselines,
pyproject settings, pytest-xdist without duplicate generation, and the tiny model for real."""
from __future__ import annotations

import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import evalkit.gate  # noqa: F401  pytester's inline runs drop the modules they import afterwards,
import evalkit.scoring.pipeline  # noqa: F401  and numpy cannot be imported twice in one process:
import evalkit.gate.golden  # noqa: F401  so what the plugin imports lazily is imported here first
from evalkit.scoring.context import ScoringContext  # noqa: F401
import evalkit.run.runner  # noqa: F401,E402  (and the generation side, for the fixtures' runs)
import evalkit.generate.hf  # noqa: F401,E402
import evalkit.report  # noqa: F401,E402
import numpy.fft  # noqa: F401,E402  (numpy's C submodules above all: a second load fails the process)
from tests.conftest import MINI_SUITE

pytest_plugins = ["pytester"]

CITE_HBM = "Source: AI Capacity Constraints - CoWoS and HBM Supply Chain"
CITE_SLIDES = "Source: The GPU Shortage and the AI Hardware Landscape"

SUITE = """\
name: mini
documents:
  - id: cowos-hbm
    title: AI Capacity Constraints - CoWoS and HBM Supply Chain
    path: docs/cowos-hbm.md
  - id: slides
    title: The GPU Shortage and the AI Hardware Landscape
    path: docs/accelerator-slides.md
items:
  - id: q1
    question: What is the memory configuration for the H100 SXM version?
    answer: The H100 SXM version uses HBM3, 16GB per stack, 80GB in total.
    source: cowos-hbm
    tags: [memory, hbm]
  - id: q2
    question: What is the die size of the H100 GPU ASIC?
    answer: The H100 GPU ASIC has a die size of 814mm².
    source: cowos-hbm
    tags: [silicon]
  - id: q3
    question: How many H100 GPUs per quarter does Nvidia aim to ship?
    answer: Nvidia aims to ship more than 400,000 H100 GPUs per quarter.
    source: cowos-hbm
    tags: [supply]
  - id: q4
    question: How large is the debt facility CoreWeave secured with H100 GPUs as collateral?
    answer: CoreWeave secured a $2.3 billion debt facility.
    source: slides
    tags: [finance]
  - id: q5
    question: Which process node does Hopper use?
    answer: Hopper (2022) uses TSMC 4nm.
    source: slides
    tags: [silicon]
  - id: h1
    question: What memory does the H100 SXM use?
    answer: The H100 SXM version uses HBM3, 16GB per stack, 80GB in total.
    source: cowos-hbm
    split: heldout
    tags: [memory, hbm]
  - id: u1
    question: What was the H100's launch price in Japan?
    answerable: false
"""

RUN = """\
golden: suite.yaml
scoring:
  embeddings: false        # exact atoms only: fast, and no MiniLM in these tests
gates:
  thresholds:
    hallucination_rate: {max: 0.2}
    attribution_rate: {min: 0.6}
  regression: {min_items: 3, alpha: 0.3}
"""

GOOD = {
    "q1": f"The H100 SXM version uses HBM3, 16GB per stack, 80GB in total. {CITE_HBM}",
    "q2": f"The H100 GPU ASIC has a die size of 912mm². {CITE_HBM}",          # substituted number
    "q3": "Nvidia aims to ship more than 400,000 H100 GPUs per quarter.",     # no citation
    "q4": f"CoreWeave secured a $2.3 billion debt facility. {CITE_SLIDES}",
    "q5": f"Hopper (2022) uses TSMC 4nm. {CITE_SLIDES}",
    "h1": f"The H100 SXM version uses HBM3, 16GB per stack, 80GB in total. {CITE_HBM}",
    "u1": "I don't know: the documents do not say.",
}
WORSE = {**GOOD,
         "q1": f"The H100 SXM uses HBM3e with 24GB per stack. {CITE_HBM}",
         "q4": f"CoreWeave secured a $7.5 billion debt facility. {CITE_SLIDES}",
         "q5": f"Hopper uses TSMC 7nm. {CITE_SLIDES}",
         "u1": "The H100 launched in Japan at 5,000,000 yen."}

GOLDEN_IDS = ["q1", "q2", "q3", "q4", "q5", "h1", "u1"]


def _replay(path: Path, outputs: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps({"id": k, "output": v}) + "\n" for k, v in outputs.items()), encoding="utf-8")
    return path


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with the golden suite, a run config, two replay files and no tests of its own."""
    shutil.copytree(MINI_SUITE.parent / "docs", pytester.path / "golden" / "docs")
    (pytester.path / "golden" / "suite.yaml").write_text(SUITE, encoding="utf-8")
    (pytester.path / "golden" / "run.yaml").write_text(RUN, encoding="utf-8")
    _replay(pytester.path / "good.jsonl", GOOD)
    _replay(pytester.path / "worse.jsonl", WORSE)
    return pytester


ARGS = ("--evalkit", "golden/run.yaml", "--evalkit-checkpoint", "good.jsonl", "-p", "no:cacheprovider")


def test_inactive_without_a_suite(pytester: pytest.Pytester):
    """No --evalkit: nothing collected, no summary; the fixtures skip and say why."""
    pytester.makepyfile("""
        def test_plain():
            pass

        def test_scores(evalkit_score):
            pass
    """)
    result = pytester.runpytest("-rs", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["*evalkit: no suite configured (pass --evalkit CONFIG*"])
    result.stdout.no_fnmatch_line("*= evalkit =*")
    assert "evalkit:" not in result.stdout.lines[3]   # no header line either


def test_importing_the_plugin_is_cheap():
    code = ("import sys, evalkit.pytest_plugin; heavy = [m for m in ('torch', 'transformers', 'numpy', 'rich', 'sqlite3') "
            "if m in sys.modules]; print(heavy)")
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_collects_golden_items_and_gates_with_suite_node_ids(project):
    result = project.runpytest(*ARGS, "--collect-only", "-q")
    result.stdout.fnmatch_lines([f"golden/suite.yaml::{i}" for i in GOLDEN_IDS]
                                + ["golden/suite.yaml::gate[[]hallucination_rate]", "golden/suite.yaml::gate[[]attribution_rate]", "", "9 tests collected*"])
    tree = project.runpytest(*ARGS, "--collect-only")
    tree.stdout.fnmatch_lines(["*<EvalkitSuite suite.yaml>", "*<GoldenItem q1>", "*<GateItem gate[[]attribution_rate]>"])


def test_failures_show_question_reference_answer_and_unsupported_atom(project):
    result = project.runpytest(*ARGS, "-rA")
    result.assert_outcomes(passed=7, failed=2)   # q2 (hallucinated) and q3 (no citation); u1 abstained: passes
    result.stdout.fnmatch_lines([
        "*_ golden/suite.yaml::q2 _*",
        "q2: substituted quantity '912mm²' ≠ 814mm²",
        "",
        "question   What is the die size of the H100 GPU ASIC?",
        "reference  The H100 GPU ASIC has a die size of 814mm².",
        "answer     The H100 GPU ASIC has a die size of 912mm². Source: AI Capacity Constraints*",
        "*",
        "source     cowos-hbm (AI Capacity Constraints - CoWoS and HBM Supply Chain); cited: cowos-hbm",
        "verdict    HALLUCINATED, NOT CORRECT, attributed, answered",
        "",
        "unsupported facts:",
        "  - quantity '912mm²' substituted ≠ 814mm²",
        "    checked against the reference (above)",
    ])
    result.stdout.fnmatch_lines([
        "*_ golden/suite.yaml::q3 _*",
        "q3: no citation: expected the source 'cowos-hbm'",
        "*",
        "verdict    NOT ATTRIBUTED, answered",
        "",
        "missing citation: the answer should name its source 'cowos-hbm' (AI Capacity Constraints*); it cites nothing",
    ])
    result.stdout.fnmatch_lines(["PASSED golden/suite.yaml::u1", "FAILED golden/suite.yaml::q2 - q2: substituted quantity*"])
    # a typical failure reads in about 25 lines: the reference is not repeated as evidence
    text = "\n".join(result.stdout.lines)
    block = text.split("_ golden/suite.yaml::q2 _")[1].split("\n_")[0]
    assert len(block.strip().splitlines()) <= 25, block
    assert block.count("814mm².") == 1
    # the summary section: rates, gates, worst items
    result.stdout.fnmatch_lines([
        "*= evalkit =*",
        "suite mini · checkpoint good (*good.jsonl)",
        "7 items (6 answerable, 1 unanswerable) · pass 71% · hallucination 14% · correct 83% · attribution 83%*",
        "gates:",
        "  PASS  gate[[]hallucination_rate]: hallucination_rate 14.3% meets max 20.0%",
        "  PASS  gate[[]attribution_rate]: attribution_rate 83.3% meets min 60.0%",
        "worst items:",
        "  q2  hallucinated: substituted quantity '912mm²' ≠ 814mm²",
        "  q3  not attributed: no citation: expected the source 'cowos-hbm'",
    ])


def test_a_printed_node_id_reruns_that_item_and_k_still_works(project):
    first = project.runpytest(*ARGS, "-q")
    failed = [line.split()[1] for line in first.stdout.lines if line.startswith("FAILED ")]
    assert failed == ["golden/suite.yaml::q2", "golden/suite.yaml::q3"]
    again = project.runpytest(*ARGS, failed[0], "-rA")   # pasted back as it was printed
    again.assert_outcomes(failed=1)
    again.stdout.fnmatch_lines(["FAILED golden/suite.yaml::q2 - *"])
    gate = project.runpytest(*ARGS, "golden/suite.yaml::gate[hallucination_rate]", "-rA")
    gate.assert_outcomes(passed=1)
    by_k = project.runpytest(*ARGS, "-k", "q2", "-rA")
    by_k.assert_outcomes(failed=1)


def test_a_node_id_printed_in_another_directory_reruns_from_there(project, monkeypatch):
    """Started from a subdirectory (a CI step's working directory), the failure header and the
    summary give the id relative to it, as pytest does for its own tests, so pasting either works."""
    (project.path / "ci").mkdir()
    monkeypatch.chdir(project.path / "ci")
    args = ("--rootdir", "..", "--evalkit", "../golden/run.yaml", "--evalkit-checkpoint", "../good.jsonl",
            "-p", "no:cacheprovider")
    first = project.runpytest(*args, "-rA")
    first.stdout.fnmatch_lines(["*_ ../golden/suite.yaml::q2 _*"])
    first.stdout.fnmatch_lines(["FAILED ../golden/suite.yaml::q2 - *"])
    header = next(line for line in first.stdout.lines if "::q2 _" in line).strip("_ ")
    again = project.runpytest(*args, header, "-rA")   # the header's id, pasted back
    again.assert_outcomes(failed=1)


def test_last_failed_and_stepwise_keep_the_gate_tests(project):
    args = [a for a in ARGS if a not in ("-p", "no:cacheprovider")] + ["--evalkit-gate", "pass_rate>=0.9"]
    first = project.runpytest(*args, "-q")
    first.assert_outcomes(passed=7, failed=3)   # q2, q3 and the pass-rate gate
    lf = project.runpytest(*args, "--lf", "-rA")
    lf.stdout.fnmatch_lines(["FAILED golden/suite.yaml::gate[[]pass_rate] - *"])
    lf.assert_outcomes(failed=3)
    sw = project.runpytest(*args, "--sw", "-rA")   # stops at the first failure, q2, and resumes there
    sw.assert_outcomes(failed=1, passed=1)
    sw = project.runpytest(*args, "--sw", "-rA")
    sw.stdout.fnmatch_lines(["FAILED golden/suite.yaml::q2 - *"])


def test_gates_fail_from_the_command_line_and_the_ini_file(project):
    result = project.runpytest(*ARGS, "-m", "evalkit_suite", "-k", "gate",
                               "--evalkit-gate", "hallucination_rate<=10%", "--evalkit-gate", "pass_rate>=0.5")
    result.assert_outcomes(passed=2, failed=1, deselected=7)
    result.stdout.fnmatch_lines([
        "*_ golden/suite.yaml::gate[[]hallucination_rate] _*",
        "gate hallucination_rate failed: hallucination_rate 14.3% above max 10.0%",
        "7 items*",
        "items against it (1): q2",
        "*  FAIL  gate[[]hallucination_rate]: hallucination_rate 14.3% above max 10.0%",
        "*  PASS  gate[[]pass_rate]: pass_rate 71.4% meets min 50.0%",
    ])
    project.makeini("[pytest]\nevalkit_gates =\n    attribution_rate>=0.9\n")
    result = project.runpytest(*ARGS, "-k", "gate[attribution_rate]")
    result.assert_outcomes(failed=1, deselected=8)
    result.stdout.fnmatch_lines(["gate attribution_rate failed: attribution_rate 83.3% below min 90.0%"])


def test_bad_gate_and_missing_suite_are_usage_errors(project):
    result = project.runpytest(*ARGS, "--evalkit-gate", "hallucination rate < 2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*cannot read the gate 'hallucination rate < 2'*"])
    result = project.runpytest("--evalkit-checkpoint", "good.jsonl")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--evalkit-checkpoint needs a suite: give --evalkit CONFIG*"])


def test_a_broken_suite_is_a_located_collection_error(project):
    (project.path / "golden" / "suite.yaml").write_text(SUITE.replace("source: slides\n    tags: [finance]",
                                                                      "source: slide\n    tags: [finance]"))
    result = project.runpytest(*ARGS)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*ERROR collecting golden/run.yaml*", "evalkit could not load *run.yaml:",
                                 "*suite.yaml:28: item 'q4': unknown source 'slide' (did you mean 'slides'?)*"])


def test_select_by_id_tag_split_and_answerability(project):
    def selected(*k: str) -> list[str]:
        res = project.runpytest(*ARGS, "--collect-only", "-q", "-k", *k)
        return [line.split("::")[1] for line in res.stdout.lines if line.startswith("golden/suite.yaml::")]

    assert selected("q2") == ["q2"]
    assert selected("hbm") == ["q1", "h1"]
    assert selected("silicon or finance") == ["q2", "q4", "q5"]
    assert selected("heldout") == ["h1"]
    assert selected("unanswerable") == ["u1"]
    assert selected("gate") == ["gate[hallucination_rate]", "gate[attribution_rate]"]


def test_junit_xml_carries_each_items_scores(project):
    project.runpytest(*ARGS, "--junitxml=out.xml")
    cases = {c.get("name"): c for c in ET.parse(project.path / "out.xml").getroot().iter("testcase")}
    assert set(cases) == set(GOLDEN_IDS) | {"gate[hallucination_rate]", "gate[attribution_rate]"}
    assert cases["q2"].get("classname") == "golden.suite.yaml"   # pytest's own, from the node id
    props = {p.get("name"): p.get("value") for p in cases["q2"].iter("property")}
    assert props["hallucinated"] == "true" and props["passed"] == "false" and props["attributed"] == "true"
    assert props["reason"] == "substituted quantity '912mm²' ≠ 814mm²"
    assert float(props["rougeL"]) == pytest.approx(0.9, abs=0.05) and props["key_fact_recall"] == "0.0"
    assert cases["q2"].find("failure") is not None and "912mm²" in cases["q2"].find("failure").text
    gate = {p.get("name"): p.get("value") for p in cases["gate[hallucination_rate]"].iter("property")}
    assert gate["value"] == str(round(1 / 7, 6)) and gate["max"] == "0.2"


def test_fixtures_in_a_users_test_file(project):
    project.makepyfile(test_mine="""
        import pytest

        def test_suite_and_target(evalkit_suite, evalkit_target):
            assert evalkit_suite.name == "mini" and evalkit_target.suite is evalkit_suite
            assert evalkit_target.config.scoring.embeddings is False

        def test_score_a_handwritten_answer(evalkit_score, evalkit_suite):
            ok = evalkit_score("q5", "Hopper uses TSMC 4nm. Source: The GPU Shortage and the AI Hardware Landscape")
            assert ok.passed and not ok.hallucinated
            bad = evalkit_score(evalkit_suite.item("q5"), "Hopper uses TSMC 5nm.")
            assert bad.hallucinated and bad.claims[0].unsupported[0].text == "5nm"

        def test_model_answers_items(evalkit_model, evalkit_suite, evalkit_score):
            answer = evalkit_model(evalkit_suite.item("q4"))
            assert answer == evalkit_model.answer("q4")
            assert not evalkit_score("q4", answer).hallucinated
            assert evalkit_model.label == "good"

        def test_replay_answers_no_free_questions(evalkit_model):
            with pytest.raises(LookupError, match="replay file"):
                evalkit_model("What is HBM?")

        def test_unknown_item(evalkit_score):
            with pytest.raises(LookupError, match="did you mean 'q1'"):
                evalkit_score("q11", "x")
    """)
    result = project.runpytest(*ARGS, "test_mine.py", "-m", "not evalkit_suite")
    result.assert_outcomes(passed=5, deselected=9)
    # a config without a checkpoint: golden items are not collected, evalkit_model skips
    result = project.runpytest("--evalkit", "golden/run.yaml", "test_mine.py", "-rs")
    result.assert_outcomes(passed=3, skipped=2)
    result.stdout.fnmatch_lines(["evalkit: *run.yaml (fixtures only: no checkpoint given*",
                                 "*no checkpoint under test (pass --evalkit-checkpoint PATH)*"])


def test_settings_from_pyproject(project):
    project.makepyprojecttoml("""
        [tool.pytest.ini_options]
        addopts = "-p no:cacheprovider"

        [tool.evalkit]
        config = "golden/run.yaml"
        checkpoint = "good.jsonl"
        gates = ["pass_rate>=0.8"]
    """)
    result = project.runpytest("-q")
    result.assert_outcomes(passed=7, failed=3)   # q2, q3 and gate[pass_rate]
    result.stdout.fnmatch_lines(["FAILED golden/suite.yaml::gate[[]pass_rate] - gate pass_rate failed*"])


def test_missing_output_skips_with_the_reason(project):
    _replay(project.path / "part.jsonl", {k: v for k, v in GOOD.items() if k != "q5"})
    result = project.runpytest("--evalkit", "golden/run.yaml", "--evalkit-checkpoint", "part.jsonl", "-rs",
                               "-k", "not gate")
    result.assert_outcomes(passed=4, failed=2, skipped=1, deselected=2)
    result.stdout.fnmatch_lines(["1 item has no output: q5",
                                 "SKIPPED [[]1] golden/suite.yaml:30: no output for item 'q5' in *part.jsonl"])


def test_update_baseline_then_regression_gate(project):
    baseline = project.path / "golden" / "baselines" / "good.json"
    first = project.runpytest(*ARGS, "--evalkit-update-baseline")
    first.stdout.fnmatch_lines(["baseline good created: golden/baselines/good.json"])
    recorded = json.loads(baseline.read_text())
    assert recorded["items"]["q2"]["reason"] == "substituted quantity '912mm²' ≠ 814mm²"
    assert set(recorded["items"]) == set(GOLDEN_IDS)
    again = project.runpytest(*ARGS, "--evalkit-update-baseline", "good", "-k", "q1")   # records every item anyway
    again.stdout.fnmatch_lines(["baseline good unchanged: golden/baselines/good.json"])

    same = project.runpytest(*ARGS, "--evalkit-baseline", "good", "-k", "regression")
    same.assert_outcomes(passed=1, deselected=9)
    same.stdout.fnmatch_lines(["  PASS  gate[[]regression]: vs baseline good (7 paired items): pass; warnings: *identity*"])

    worse = project.runpytest("--evalkit", "golden/run.yaml", "--evalkit-checkpoint", "worse.jsonl",
                              "--evalkit-baseline", "golden/baselines/good.json", "-k", "regression")
    worse.assert_outcomes(failed=1, deselected=9)
    worse.stdout.fnmatch_lines([
        "*_ golden/suite.yaml::gate[[]regression] _*",
        "regression gate failed: candidate worse vs baseline good (given; 7 paired items)",
        "*FAIL  regression pass_rate: pass rate 71.4% → 14.3%*",
        "4 items passed in the baseline and fail now:",
        "  q1: substituted quantity '24GB' ≠ 16GB",
        "*",
        "*  FAIL  gate[[]regression]: vs baseline good (7 paired items): failed regression pass_rate*",
    ])
    updated = project.runpytest("--evalkit", "golden/run.yaml", "--evalkit-checkpoint", "worse.jsonl",
                                "--evalkit-update-baseline", "good", "--evalkit-baseline", "good")
    updated.stdout.fnmatch_lines(["baseline good updated: golden/baselines/good.json"])
    assert "gate[regression]" not in updated.stdout.str()   # no check against the baseline being replaced
    assert json.loads(baseline.read_text())["label"] == "worse"


COUNTING_CONFTEST = """
import json, os
from evalkit.run import runner
from evalkit.generate.base import Generation


class CountingGenerator:
    # a stand-in model that writes every prompt it is asked to generate to a file
    name, fingerprint, checkpoint, generates = "counting", "counting-0001", "counting", True

    def variant(self, settings):
        return "counting"

    def render(self, prompt):
        return prompt.text

    def generate(self, prompts, settings, on_batch=None):
        with open(os.environ["EVALKIT_PROMPT_LOG"], "a", encoding="utf-8") as log:
            for p in prompts:
                log.write(json.dumps([os.environ.get("PYTEST_XDIST_WORKER"), p.text]) + "\\n")
        gens = [Generation("I don't know: the documents do not say.", 9) for _ in prompts]
        if on_batch:
            on_batch(list(range(len(prompts))), gens)
        return gens

    def notes(self):
        return []


runner.Generators.make = lambda self, spec: CountingGenerator()
"""


@pytest.mark.parametrize("no_cache", [False, True], ids=["cache", "no-cache"])
def test_xdist_workers_generate_each_prompt_once(project, monkeypatch, no_cache):
    pytest.importorskip("xdist")
    project.makeconftest(COUNTING_CONFTEST)
    (project.path / "model").mkdir()
    log = project.path / "prompts.log"
    monkeypatch.setenv("EVALKIT_PROMPT_LOG", str(log))
    result = project.runpytest_subprocess("-n", "2", "--evalkit", "golden/run.yaml", "--evalkit-checkpoint", "model",
                                          "-p", "no:cacheprovider", *(["--evalkit-no-cache"] if no_cache else []))
    result.assert_outcomes(passed=2, failed=7)   # the stand-in abstains everywhere: only u1 and a gate pass
    generated = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(generated) == len(GOLDEN_IDS) == len({text for _, text in generated})
    assert len({worker for worker, _ in generated}) == 1          # one worker generated, in one batch
    result.stdout.fnmatch_lines(["generation: gw?: * generated, * from cache; gw?: * generated, * from cache"])
    line = next(x for x in result.stdout.lines if x.startswith("generation: "))
    assert sorted(line.split("; ")[i].split(": ")[-1] for i in (0, 1)) == ["0 generated, 7 from cache",
                                                                         "7 generated, 0 from cache"]


@pytest.mark.slow
def test_real_generation_on_the_tiny_model(project, tiny_adapters, monkeypatch, tmp_path):
    """The tiny model really generates, once per prompt in one batch, into the cache; its answers
    are scored and reported like any other. (A process of its own: torch loads once per process.)"""
    cache = tmp_path / "cache"
    monkeypatch.setenv("EVALKIT_CACHE_DIR", str(cache))
    (project.path / "golden" / "run.yaml").write_text(RUN + "generation: {max_new_tokens: 32}\n")
    result = project.runpytest_subprocess(
        "--evalkit", "golden/run.yaml", f"--evalkit-checkpoint={tiny_adapters[-1]}", "-p", "no:cacheprovider",
        "--junitxml=tiny.xml", "-m", "evalkit_suite and slow", "--evalkit-device", "cpu")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) + outcomes.get("failed", 0) == len(GOLDEN_IDS) + 2, outcomes
    result.stdout.fnmatch_lines(["suite mini · checkpoint epoch-03 (*epoch-03)",
                                 "generation: 7 prompts generated, 0 answers from the cache, * tokens in *"])
    cases = {c.get("name"): c for c in ET.parse(project.path / "tiny.xml").getroot().iter("testcase")}
    for item_id in GOLDEN_IDS:
        props = {p.get("name") for p in cases[item_id].iter("property")}
        assert {"passed", "hallucinated", "abstained"} <= props and ("rougeL" in props or item_id == "u1")
        failed = cases[item_id].find("failure")
        if failed is not None:   # the report of a real failure names the question and the answer
            assert "question " in failed.text and "answer " in failed.text
    import sqlite3

    with sqlite3.connect(cache / "generations.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM generations").fetchone()[0] == len(GOLDEN_IDS)
