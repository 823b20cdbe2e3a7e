"""The LLM judge plugin (plugins/evalkit-judge) against a real HTTP server on 127.0.0.1.

The server implements /v1/chat/completions and /v1/completions and answers by rules over the
prompt text: a claim with the word "allegedly" is CONTRADICTED, one with "unknowable" is
NOT_ENOUGH_INFO, any other SUPPORTED; an answer with "wrongly" does not state the key fact.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("evalkit_judge", reason="plugins/evalkit-judge is not installed (setup.sh installs it)")

from evalkit import InputError, load_target  # noqa: E402
from evalkit.cli import main  # noqa: E402
from evalkit.scoring import available_scorers, build_context, score_outputs  # noqa: E402
from evalkit.scoring.registry import build_scorer  # noqa: E402
from evalkit.scoring.result import combine  # noqa: E402
from evalkit_judge import parse_key_fact, parse_verdict  # noqa: E402

from .openai_server import OpenAIServer, completion, prompt_text  # noqa: E402

MINI = Path(__file__).parent / "data" / "mini-suite" / "suite.yaml"
TITLE = "AI Capacity Constraints - CoWoS and HBM Supply Chain"
SCORERS = ["similarity", "abstention", "attribution", "hallucination", "llm-judge"]
SECRET = "sk-test-judge-secret-4242"

ANSWERS = {
    "q1": f"The H100 SXM version uses HBM3, 16GB per stack, 80GB in total. Source: {TITLE}",
    # the second claim has no checkable atom: the built-in scorers do not flag it, the judge does
    "q2": f"The H100 GPU ASIC has a die size of 814mm². It was allegedly designed by a committee. {TITLE}",
    "q3": f"Nvidia wrongly aims to ship more than 400,000 H100 GPUs per quarter. {TITLE}",
    "u1": "I don't know; the documents do not say.",
}


class JudgeServer(OpenAIServer):
    """A rule-based OpenAI-compatible judge; can fail, answer garbage, be slow, demand a key, babble."""

    babble = False

    def reply(self, path: str, body: dict) -> dict:
        return completion(path, self.verdict(prompt_text(path, body)))

    def verdict(self, prompt: str) -> str:
        if self.babble:
            return "Hmm, hard to say really."
        if "Claim:" in prompt:
            claim = re.search(r"^Claim: (.*)$", prompt, re.M).group(1)
            if "allegedly" in claim:
                return "**Contradicted** - the evidence names no committee."
            if "unknowable" in claim:
                return "not_enough_info: the evidence is silent"
            return "SUPPORTED. The evidence states it."
        if "Reference answer:" in prompt:
            answer = re.search(r"^Answer to check: (.*)$", prompt, re.M).group(1)
            return "No - it hedges wrongly." if "wrongly" in answer else "Yes, it states the key fact."
        return "???"


@pytest.fixture
def server():
    with JudgeServer() as s:
        yield s


def run_config(tmp_path: Path, judge: dict) -> Path:
    import yaml

    config = {"golden": str(MINI), "scoring": {"embeddings": False, "scorers": SCORERS,
                                               "plugins": {"llm-judge": judge}}}
    path = tmp_path / "run.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def score(tmp_path, judge: dict, answers=ANSWERS, context=None):
    target = load_target(run_config(tmp_path, judge))
    context = context or build_context(target)
    return score_outputs(target, answers, label="t", context=context), target, context


def builtin_only(answers=ANSWERS):
    target = load_target(MINI)
    target = target.model_copy(update={"config": target.config.model_copy(update={
        "scoring": target.config.scoring.model_copy(update={"embeddings": False})})})
    return {r.id: r for r in score_outputs(target, answers, label="t").items}


def test_found_through_the_entry_point():
    assert available_scorers()["llm-judge"] == "evalkit_judge.scorer:llm_judge"


@pytest.mark.parametrize("reply,want", [
    ("SUPPORTED - the doc says so", ("SUPPORTED", "the doc says so")),
    ("**Contradicted**: it says 40GB", ("CONTRADICTED", "it says 40GB")),
    ("Verdict: not_enough_info. Nothing on it", ("NOT_ENOUGH_INFO", "Nothing on it")),
    ("The claim is NOT SUPPORTED by the evidence", ("NOT_ENOUGH_INFO", "by the evidence")),
    ("<think>maybe CONTRADICTED</think>\nsupported.", ("SUPPORTED", "")),
    ("contradicted\n\nThe evidence says 80GB.", ("CONTRADICTED", "The evidence says 80GB.")),
    ("SUPPORTED / CONTRADICTED / NOT_ENOUGH_INFO", (None, "SUPPORTED / CONTRADICTED / NOT_ENOUGH_INFO")),
    ("It could be supported, or it could be contradicted", (None, "It could be supported, or it could be contradicted")),
    ("The claim is not contradicted.", (None, "The claim is not contradicted.")),
    ("", (None, "")),
])
def test_claim_replies_parse_strictly(reply, want):
    assert parse_verdict(reply) == want


@pytest.mark.parametrize("reply,want", [
    ("YES - states 80GB", True), ("no.", False), ("Answer: **No**, it says 40GB", False),
    ("The answer leaves it out, so NO", False), ("yes/no", None), ("maybe", None), ("unsupported", None),
])
def test_key_fact_replies_parse_strictly(reply, want):
    assert parse_key_fact(reply)[0] is want


def test_advisory_judge_changes_no_verdict(server, tmp_path):
    result, _, _ = score(tmp_path, {"base_url": server.url, "model": "judge"})
    base = builtin_only()
    items = {r.id: r for r in result.items}
    for item_id, r in items.items():
        b = base[item_id]
        assert (r.hallucinated, r.attributed, r.abstained, r.memorized) == \
               (b.hallucinated, b.attributed, b.abstained, b.memorized), item_id
    assert items["q1"].scores["judge_support"] == 1.0 and items["q1"].scores["judge_correct"] == 1.0
    assert items["q2"].scores["judge_support"] == 0.5
    assert items["q3"].scores["judge_correct"] == 0.0
    assert "judge_support" not in items["u1"].scores and "judge_correct" not in items["u1"].scores  # abstained, unanswerable
    assert any(x.startswith('LLM judge (advisory): contradicted "It was allegedly designed by a committee."')
               for x in items["q2"].reasons)
    assert not items["q2"].hallucinated
    assert server.requests and {r.path for r in server.requests} == {"/v1/chat/completions"}


def test_deciding_judge_adds_a_hallucination_by_the_or_rule(server, tmp_path):
    assert not builtin_only()["q2"].hallucinated
    result, target, context = score(tmp_path, {"base_url": server.url, "model": "judge", "decide": True,
                                               "chat": False})
    items = {r.id: r for r in result.items}
    assert items["q2"].hallucinated
    assert any('LLM judge: contradicted "It was allegedly designed by a committee."' in x and
               "the evidence names no committee" in x for x in items["q2"].reasons)
    assert not items["q1"].hallucinated  # supported: the judge adds nothing, clears nothing
    assert {r.path for r in server.requests} == {"/v1/completions"}
    # `correct` by the AND rule: the judge's NO denies it whatever another scorer says
    judge = context.scorer_fns["llm-judge"]
    (q3,) = judge([context.case(target.suite.item("q3"), ANSWERS["q3"])], context)
    assert q3.correct is False and combine([("keyfacts", type(q3)(correct=True)), ("llm-judge", q3)]).correct is False
    (q1,) = judge([context.case(target.suite.item("q1"), ANSWERS["q1"])], context)
    assert q1.correct is True and q1.hallucinated is False


def test_not_enough_info_flags_only_a_specific_claim(server, tmp_path):
    target = load_target(run_config(tmp_path, {}))
    context = build_context(target)
    item = target.suite.item("q2")
    vague = context.case(item, f"The H100 GPU ASIC has a die size of 814mm². Its yield is unknowable. {TITLE}")
    specific = context.case(item, f"The H100 GPU ASIC has a die size of 814mm². Its 2019 yield is unknowable. {TITLE}")
    assert not vague.claim_atoms[1] and specific.claim_atoms[1]  # "2019" is a checkable atom

    def judge(**extra):
        scoring = target.config.scoring.model_copy(update={"plugins": {"llm-judge": {
            "base_url": server.url, "model": "judge", "decide": True, **extra}}})
        return build_scorer("llm-judge", scoring, target.config.file)

    v, s = judge()([vague, specific], context)
    assert v.hallucinated is False and s.hallucinated is True
    assert any("(states a specific fact)" in x for x in s.reasons)
    (s2,) = judge(flag_unsupported_facts=False)([specific], context)
    assert s2.hallucinated is False


def test_replies_are_cached_within_a_run(server, tmp_path):
    result, target, context = score(tmp_path, {"base_url": server.url, "model": "judge"})
    first = len(server.requests)
    assert first > 0
    again = score_outputs(target, ANSWERS, label="t", context=context)
    assert len(server.requests) == first
    assert [r.scores for r in again.items] == [r.scores for r in result.items]


def test_concurrency_is_bounded(server, tmp_path):
    server.delay = 0.05
    score(tmp_path, {"base_url": server.url, "model": "judge", "concurrency": 2})
    assert server.max_in_flight <= 2 and len(server.requests) >= 4


def test_unreadable_replies_are_notes_not_crashes(server, tmp_path):
    server.babble = True
    result, _, _ = score(tmp_path, {"base_url": server.url, "model": "judge", "decide": True})
    q1 = next(r for r in result.items if r.id == "q1")
    assert "judge_support" not in q1.scores and "judge_correct" not in q1.scores
    assert any(x.startswith("LLM judge: unreadable reply for") for x in q1.reasons)
    assert not q1.hallucinated


FAILURES = {"500": (500, {"error": {"message": "boom"}}), "garbage-body": (200, b"<html>not json</html>"),
            "bad-shape": (200, {"choices": []})}


@pytest.mark.parametrize("mode,message", [
    ("500", "HTTP 500"), ("garbage-body", "invalid JSON"), ("bad-shape", "a reply without choices"),
])
def test_server_failures_are_located_errors(server, tmp_path, mode, message):
    server.inject(*FAILURES[mode])
    with pytest.raises(InputError) as info:
        score(tmp_path, {"base_url": server.url, "model": "judge", "retries": 0})
    text = str(info.value)
    assert str(tmp_path / "run.yaml") in text and server.url in text and message in text


def test_timeout_is_a_located_error(server, tmp_path):
    server.delay = 1.0
    with pytest.raises(InputError, match=r"judge server http://127\.0\.0\.1:\d+/v1 failed.*(timed out|Timeout)"):
        score(tmp_path, {"base_url": server.url, "model": "judge", "retries": 0, "timeout": 0.2})


def test_missing_settings_name_the_run_config(tmp_path):
    with pytest.raises(InputError) as info:
        score(tmp_path, {"concurrency": 0})
    text = str(info.value)
    assert f"{tmp_path / 'run.yaml'}: scoring.plugins.llm-judge.base_url is not set" in text
    assert "scoring.plugins.llm-judge.model is not set" in text and "concurrency: expected a whole number" in text


def test_prompt_file_overrides_the_packaged_prompt(server, tmp_path):
    (tmp_path / "claim.txt").write_text("Q {question}\nEvidence:\n{evidence}\nClaim: {claim}\nJSON like {\"a\": 1}\n")
    result, _, _ = score(tmp_path, {"base_url": server.url, "model": "judge", "prompt_file": "claim.txt"})
    assert next(r for r in result.items if r.id == "q2").scores["judge_support"] == 0.5
    (tmp_path / "bad.txt").write_text("no placeholders here")
    with pytest.raises(InputError, match=r"bad.txt: a prompt_file for llm-judge must contain \{claim\}, \{evidence\}"):
        score(tmp_path, {"base_url": server.url, "model": "judge", "prompt_file": "bad.txt"})


def test_cli_with_a_key_never_writes_it(server, tmp_path, monkeypatch, capsys):
    server.key = SECRET
    monkeypatch.setenv("JUDGE_KEY", SECRET)
    config = run_config(tmp_path, {"base_url": server.url, "model": "judge", "api_key_env": "JUDGE_KEY",
                                   "decide": True})
    outputs = tmp_path / "outputs.jsonl"
    outputs.write_text("".join(json.dumps({"id": k, "output": v}) + "\n" for k, v in ANSWERS.items()))
    out = tmp_path / "results.json"
    with pytest.raises(SystemExit) as exc:
        main(["score", str(config), "-o", str(outputs), "--json", str(out), "-q"])
    assert exc.value.code in (0, None), capsys.readouterr()
    saved = out.read_text()
    assert SECRET not in saved and "judge_support" in saved
    assert json.loads(saved)["items"][1]["hallucinated"] is True  # q2, by the judge

    monkeypatch.setenv("JUDGE_KEY", "sk-wrong")  # 401: not retried, exit 2, located, no traceback
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["score", str(config), "-o", str(outputs), "-q"])
    cap = capsys.readouterr()
    text = cap.out + cap.err
    assert exc.value.code == 2 and "HTTP 401" in text and server.url in text and "Traceback" not in text
    assert "sk-wrong" not in text and SECRET not in text

    monkeypatch.delenv("JUDGE_KEY")
    with pytest.raises(SystemExit) as exc:
        main(["score", str(config), "-o", str(outputs), "-q"])
    cap = capsys.readouterr()
    assert exc.value.code == 2 and "the environment variable JUDGE_KEY is not set" in cap.out + cap.err


def test_bench_reports_the_judges_agreement(server, tmp_path, capsys, monkeypatch):
    import runpy
    import sys

    import yaml

    root = Path(__file__).resolve().parents[1]
    config = tmp_path / "judge.yaml"
    config.write_text(yaml.safe_dump({"golden": str(root / "golden" / "gpu-supply" / "suite.yaml"),
                                      "scoring": {"plugins": {"llm-judge": {"base_url": server.url, "model": "j"}}}}))
    bench = runpy.run_path(str(root / "bench" / "scoring_quality.py"))
    assert bench["kappa"]([(True, True), (False, False)]) == 1.0
    assert bench["kappa"]([(True, False), (False, True)]) == -1.0
    assert abs(bench["kappa"]([(True, True), (True, False), (False, False), (False, False)]) - 0.5) < 1e-9
    monkeypatch.setattr(sys, "argv", ["scoring_quality.py", "--no-embeddings", "--judge", "llm-judge",
                                      "--judge-config", str(config)])
    assert bench["main"]() == 0
    out = capsys.readouterr().out
    assert "wrong-fact answers caught" in out and "disagreements:" in out  # the default report, still there
    assert re.search(r"hallucinated vs labels\s+\d+\s+[\d.]+%", out) and "hallucinated vs built-in" in out
    assert "built-in OR judge (decide: true)" in out
