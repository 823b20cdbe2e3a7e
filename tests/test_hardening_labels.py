"""Checkpoint labels are single safe path components: results never land outside --out."""
from __future__ import annotations

import pytest

from evalkit.run.runner import CheckpointSpec, unique_labels


@pytest.mark.parametrize("path, label", [
    ("..", None), ("base/sub/..", None), (".", None), ("/", None), ("", None),
    ("x", ".."), ("x", "a/../../b"), ("x", "a\\b"), ("x", "\x1b[2J"), ("x", "."), ("x", "c:\\evil"),
])
def test_labels_are_one_safe_path_component(path, label):
    (out,) = unique_labels([CheckpointSpec(path, label=label)])
    assert out and out.strip(".") and "/" not in out and "\\" not in out
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in out)


def test_dotdot_takes_the_folder_name_and_labels_stay_unique():
    labels = unique_labels([CheckpointSpec("base/sub/.."), CheckpointSpec(".."), CheckpointSpec("m:1"),
                            CheckpointSpec("x", label="m_1")])
    assert labels[0] == "base" and len(set(labels)) == 4
