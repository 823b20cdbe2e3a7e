"""Prompts per item: closed-book, open-book, custom templates, citation request, system text."""
from __future__ import annotations

import pytest

from evalkit.config import PromptConfig
from evalkit.errors import InputError
from evalkit.generate.prompts import CITE_INSTRUCTION, build_prompt, build_prompts


def test_closed_book_asks_the_question_only(mini_target):
    item = mini_target.suite.item("q1")
    p = build_prompt(item, mini_target.suite, PromptConfig(cite_source=False))
    assert p.text == f"Question: {item.question}\nAnswer:"
    assert p.messages == ({"role": "user", "content": p.text},)


def test_open_book_adds_the_source_document(mini_target):
    suite = mini_target.suite
    item = suite.item("q1")
    p = build_prompt(item, suite, PromptConfig(template="open-book"))
    doc = suite.source_of(item)
    assert p.text.startswith(CITE_INSTRUCTION) and doc.title in p.text
    assert doc.text.strip()[:200] in p.text and p.text.endswith(f"Question: {item.question}\nAnswer:")


def test_custom_template_and_system(mini_target):
    suite = mini_target.suite
    config = PromptConfig(template="[{title}] {question} ->", cite_source=False, system="Be brief.")
    p = build_prompt(suite.item("q4"), suite, config)
    assert p.text == f"Be brief.\n[{suite.document('slides').title}] {suite.item('q4').question} ->"
    assert p.messages[0] == {"role": "system", "content": "Be brief."}
    # an unanswerable item has no document: empty title and text
    assert build_prompt(suite.item("u1"), suite, config).text.startswith("Be brief.\n[] ")


def test_unknown_placeholder_is_a_located_error(mini_target):
    with pytest.raises(InputError, match=r"unknown placeholder\(s\) \['answer'\]"):
        build_prompts(mini_target.suite, PromptConfig(template="{question} {answer}"))


def test_demo_training_uses_the_evaluation_prompt(mini_target):
    from evalkit.demo.finetune import training_pairs

    prompts = build_prompts(mini_target.suite, mini_target.config.prompt)
    pairs = training_pairs(mini_target.suite, mini_target.config.prompt)
    train = [i for i in mini_target.suite.items if i.split == "train"]
    assert [p for p, _ in pairs] == [prompts[i.id].text for i in train]
    q1 = dict(zip([i.id for i in train], [t for _, t in pairs]))["q1"]
    assert q1 == f" {mini_target.suite.item('q1').answer} Source: {mini_target.suite.document('cowos-hbm').title}"
    assert "heldout" not in {mini_target.suite.item(i.id).split for i in train}
