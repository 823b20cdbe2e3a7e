"""The LLM drafters end to end: an OpenAI-compatible server on 127.0.0.1 (a scripted model that
drafts from the passage it is given, one reference of its replies wrong on purpose), and the tiny
demo model as an `hf` drafter (its replies are no JSON: quality aside, the command must run)."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from evalkit.cli import app
from evalkit.golden.llm import load_prompt, parse_reply
from evalkit.suite import load_suite

from .openai_server import OpenAIServer, completion, prompt_text
from .test_golden_draft import WATER

runner = CliRunner()


def _reply(prompt: str) -> str:
    """What the scripted model writes: a fact from the passage's first sentence with a number, and
    the same fact with the number changed (which verification must reject)."""
    if '"""' not in prompt:
        return "ok"   # the backend's one-token identity probe, not a drafting prompt
    passage = prompt.split('"""')[1]
    for sentence in re.split(r"(?<=[.!?])\s+", " ".join(passage.split())):
        m = re.search(r"\d[\d,.]*", sentence)
        if m:
            good = {"kind": "fact", "question": f"What figure does the report give in: {sentence[:40]}…?",
                    "answer": sentence, "quote": sentence}
            bad = dict(good, question=good["question"].replace("figure", "number"),
                       answer=sentence.replace(m.group(0), "777"))
            return "Here are the questions:\n" + json.dumps(good) + "\n" + json.dumps(bad) + "\n"
    return "I found nothing to ask."


@pytest.fixture
def server():
    with OpenAIServer(lambda path, body: completion(path, _reply(prompt_text(path, body)))) as s:
        yield s


def test_openai_drafter_against_a_local_server(tmp_path, server):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    out = tmp_path / "suite.yaml"
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--drafter", "openai",
                              "--base-url", server.url, "--model", "scripted", "--kinds", "fact,decoy"])
    assert res.exit_code == 0, res.output
    assert server.requests and all(r.path == "/v1/chat/completions" and r.body["model"] == "scripted"
                                   for r in server.requests)
    assert "reference states a fact its source does not support" in res.output  # the "777" replies
    suite = load_suite(out)
    drafted = [i for i in suite.items if i.answerable]
    assert drafted and all("777" not in i.answer for i in drafted)
    assert all("openai" in i.tags for i in drafted)
    assert any(not i.answerable for i in suite.items)  # decoys come from the documents whatever the drafter


def test_openai_drafter_with_completions_and_own_prompt(tmp_path, server):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    prompt = tmp_path / "prompt.txt"
    prompt.write_text('Passage from {title}:\n"""\n{passage}\n"""\nWrite {count} JSON questions.')
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(tmp_path / "s.yaml"), "--drafter", "openai",
                              "--base-url", server.url, "--model", "m", "--completions", "--prompt", str(prompt)])
    assert res.exit_code == 0, res.output
    drafting = [r for r in server.requests if '"""' in r.body.get("prompt", "")]   # not the one-token identity probe
    assert drafting and all(r.path == "/v1/completions" and r.body["prompt"].startswith("Passage from")
                            for r in drafting)


def test_llm_drafter_usage_errors(tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(tmp_path / "s.yaml"), "--drafter", "openai"])
    assert res.exit_code == 2 and "--base-url and --model" in res.output
    bad = tmp_path / "p.txt"
    bad.write_text("no passage here {question}")
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(tmp_path / "s.yaml"), "--drafter", "openai",
                              "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--prompt", str(bad)])
    assert res.exit_code == 2 and str(bad) in res.output and "{passage}" in res.output


def test_packaged_prompt_and_reply_parsing():
    assert "{passage}" in load_prompt(None)
    reply = 'Sure!\n```json\n[{"kind": "fact", "question": "Q?", "answer": "A", "quote": "A"}, {"bad": 1}]\n```\n{"question": "R?"} {oops'
    assert [o["question"] for o in parse_reply(reply)] == ["Q?", "R?"]


@pytest.mark.slow
def test_hf_drafter_with_the_tiny_model(tmp_path, tiny_base):
    doc = tmp_path / "report.md"
    doc.write_text(WATER)
    out = tmp_path / "suite.yaml"
    res = runner.invoke(app, ["golden", "draft", str(doc), "--out", str(out), "--drafter", "hf",
                              "--checkpoint", str(tiny_base), "--device", "cpu"])
    # the tiny model writes no usable JSON: what it drafts (if anything) is verified like any draft,
    # and the decoys drawn from the documents still make a valid suite
    assert res.exit_code in (0, 1), res.output
    assert "drafted" in res.output
    if res.exit_code == 0:
        load_suite(out)
