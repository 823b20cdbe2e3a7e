"""The suite loader: every problem reported at once, with file, line and item; never a traceback."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evalkit import InputError, load_suite, load_target
from evalkit.config import load_config

MINIMAL = """\
name: gpu-supply
documents:
  - id: cowos-hbm
    title: AI Capacity Constraints - CoWoS and HBM Supply Chain
    path: docs/cowos-hbm.md
items:
  - id: q9
    question: What is the memory configuration for the H100 SXM version?
    answer: The H100 SXM version uses HBM3, 16GB per stack, 80GB in total.
    source: cowos-hbm
  - id: u1
    question: What was the H100's launch price in Japan?
    answerable: false
"""


def write_suite(tmp_path: Path, text: str) -> Path:
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "cowos-hbm.md").write_text("# CoWoS\nThe H100 SXM uses HBM3.\n", encoding="utf-8")
    path = tmp_path / "suite.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        load_suite(path)
    return [str(p) for p in info.value.problems]


def test_the_design_sketch_format_loads(tmp_path):
    suite = load_suite(write_suite(tmp_path, MINIMAL))
    assert suite.name == "gpu-supply"
    assert [i.id for i in suite.items] == ["q9", "u1"]
    q9, u1 = suite.items
    assert q9.source == "cowos-hbm" and q9.answerable and q9.split == "train" and q9.tags == ()
    assert not u1.answerable and u1.answer is None and u1.source is None
    assert suite.document("cowos-hbm").text.startswith("# CoWoS")




def test_unknown_source_and_duplicates(tmp_path):
    text = MINIMAL.replace("source: cowos-hbm", "source: cowos") + (
        "  - id: q9\n    question: Again?\n    answer: Yes.\n    source: cowos-hbm\n")
    path = write_suite(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:10: item 'q9': unknown source 'cowos' (did you mean 'cowos-hbm'?); known documents: cowos-hbm",
        f"{path}:14: item 'q9': duplicate item id 'q9'",
    ]


def test_unknown_keys_get_did_you_mean(tmp_path):
    text = MINIMAL.replace("    source: cowos-hbm\n", "    source: cowos-hbm\n    tagz: [memory]\n    splt: train\n")
    path = write_suite(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:11: item 'q9': unknown key 'tagz' (did you mean 'tags'?)",
        f"{path}:12: item 'q9': unknown key 'splt' (did you mean 'split'?)",
    ]


def test_missing_and_empty_fields(tmp_path):
    text = MINIMAL + "  - id: q11\n    question: ''\n    source: cowos-hbm\n  - question: No id here?\n    answer: x\n    source: cowos-hbm\n"
    path = write_suite(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:15: item 'q11': 'question' is empty",
        f"{path}:17: item '#4': 'id' is missing",
    ]


def test_answerable_item_without_answer_and_unanswerable_with_one(tmp_path):
    text = MINIMAL.replace("    answer: The H100 SXM version uses HBM3, 16GB per stack, 80GB in total.\n", "")
    text = text.replace("    answerable: false\n", "    answerable: false\n    answer: 3 million yen\n")
    path = write_suite(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:7: item 'q9': answerable item has no answer (give 'answer', or set 'answerable: false')",
        f"{path}:13: item 'u1': unanswerable item (answerable: false) must not have 'answer'",
    ]


def test_document_paths_missing_or_outside(tmp_path):
    text = MINIMAL.replace("path: docs/cowos-hbm.md", "path: ../outside.md")
    (tmp_path.parent / "outside.md").write_text("x", encoding="utf-8")
    path = write_suite(tmp_path, text)
    [only] = problems_of(path)
    assert only.startswith(f"{path}:5: document 'cowos-hbm': path '../outside.md' points outside the suite's folder")
    path = write_suite(tmp_path, MINIMAL.replace("docs/cowos-hbm.md", "docs/nope.md"))
    assert problems_of(path)[0].startswith(f"{path}:5: document 'cowos-hbm': file 'docs/nope.md' does not exist")


def test_wrong_types_and_split_values(tmp_path):
    text = MINIMAL.replace("    source: cowos-hbm\n", "    source: cowos-hbm\n    split: test\n    answerable: maybe\n    tags: memory\n")
    path = write_suite(tmp_path, text)
    assert problems_of(path) == [
        f"{path}:11: item 'q9': 'split' must be one of 'train' or 'heldout', not 'test'",
        f"{path}:12: item 'q9': 'answerable' must be true or false, not 'maybe'",
        f"{path}:13: item 'q9': 'tags' must be a list, not 'memory'",
    ]


def test_yaml_syntax_error_is_located(tmp_path):
    path = write_suite(tmp_path, MINIMAL.replace("  - id: u1", "  - id: u1\n   bad: [unclosed"))
    [only] = problems_of(path)
    assert only.startswith(f"{path}:") and "invalid YAML" in only


def test_not_a_mapping_and_empty_file(tmp_path):
    path = write_suite(tmp_path, "- just\n- a list\n")
    assert problems_of(path) == [f"{path}:1: expected a mapping with name, documents and items, found a list"]
    path = write_suite(tmp_path, "")
    assert problems_of(path) == [f"{path}:1: expected a mapping with name, documents and items, found an empty file"]


def test_run_config_points_at_golden_set(tmp_path):
    write_suite(tmp_path, MINIMAL)
    cfg = tmp_path / "run.yaml"
    cfg.write_text("golden: suite.yaml\nprompt:\n  template: open-book\ngates:\n  thresholds:\n    hallucination_rate: {max: 0.2}\n")
    target = load_target(cfg)
    assert target.suite.name == "gpu-supply"
    assert target.config.prompt.template == "open-book"
    assert target.config.gates.thresholds["hallucination_rate"].max == 0.2
    assert load_target(tmp_path / "suite.yaml").config.prompt.template == "closed-book"


def test_run_config_errors_are_located(tmp_path):
    write_suite(tmp_path, MINIMAL)
    cfg = tmp_path / "run.yaml"
    cfg.write_text("golden: suite.yaml\ngeneration:\n  max_new_tokens: 0\n  temprature: 0.5\n")
    with pytest.raises(InputError) as info:
        load_config(cfg)
    assert [str(p) for p in info.value.problems] == [
        f"{cfg}:3: 'generation.max_new_tokens': Input should be greater than or equal to 1",
        f"{cfg}:4: unknown key 'temprature' (did you mean 'temperature'?)",
    ]
    cfg.write_text("golden: nowhere.yaml\n")
    with pytest.raises(InputError) as info:
        load_target(cfg)
    assert str(info.value.problems[0]).startswith(f"{cfg}:1: golden suite 'nowhere.yaml' not found")


# Malformed YAML of every shape: a located error or a clean load, never a traceback.
_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
_values = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["id", "question", "answer", "source", "answerable", "tags", "split",
                                     "paraphrases", "title", "path", "name", "documents", "items", "x"]),
                    inner, max_size=6)), max_leaves=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_values)
def test_generated_structures_load_or_fail_located(tmp_path, data):
    path = write_suite(tmp_path, yaml.safe_dump(data, allow_unicode=True))
    try:
        load_suite(path)
    except InputError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.file == path and p.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=len(MINIMAL)), junk=st.text(max_size=12))
def test_mangled_text_loads_or_fails_located(tmp_path, cut, junk):
    path = write_suite(tmp_path, MINIMAL[:cut] + junk + MINIMAL[cut:])
    try:
        load_suite(path)
    except InputError as exc:
        assert exc.problems and all(p.file == path for p in exc.problems)
