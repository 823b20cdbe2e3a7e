"""`evalkit validate` refuses what would fail later, each problem with its line."""
from __future__ import annotations

import pytest

from evalkit.cli import main

SUITE = """\
name: s
documents:
  - {id: d, title: D, path: doc.md}
items:
  - id: q1
    question: What does the H100 SXM use?
    answer: The H100 SXM uses HBM3.
    source: d
"""


def _validate(tmp_path, capsys, config: str, suite: str = SUITE) -> tuple[int, str]:
    (tmp_path / "doc.md").write_text("The H100 SXM uses HBM3.\n", encoding="utf-8")
    (tmp_path / "suite.yaml").write_text(suite, encoding="utf-8")
    path = tmp_path / "run.yaml"
    path.write_text(config, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["validate", str(path)])
    cap = capsys.readouterr()
    return exc.value.code, cap.out + cap.err


@pytest.mark.parametrize("config, says, line", [
    ("golden: suite.yaml\nscoring:\n  scorers: [similarity, halucination]\n", "unknown scorer 'halucination'", 3),
    ("golden: suite.yaml\nprompt:\n  template: 'Q: {questoin}'\n", "unknown placeholder", 3),
    ("golden: suite.yaml\ngates:\n  thresholds:\n    pass_rat: {min: 0.5}\n", "unknown metric 'pass_rat'", 4),
    ("golden: suite.yaml\ngates:\n  thresholds:\n    pass_rate: {min: 0.9, max: 0.5}\n", "above max", 4),
    ("golden: suite.yaml\ngates:\n  regression:\n    resamples: 1e8\n", "resamples", 4),
    ("golden: suite.yaml\ngolden: other.yaml\n", "duplicate key 'golden'", 2),
])
def test_validate_refuses_with_a_line(tmp_path, capsys, config, says, line):
    code, out = _validate(tmp_path, capsys, config)
    assert code == 2 and says in out and f"run.yaml:{line}:" in out, out


def test_validate_accepts_known_metrics_and_scores(tmp_path, capsys):
    config = "golden: suite.yaml\ngates:\n  thresholds:\n    pass_rate: {min: 0.5}\n    rougeL: {min: 0.1}\n"
    code, out = _validate(tmp_path, capsys, config)
    assert code in (0, None) and "ok" in out


def test_an_unknown_key_does_not_hide_the_items_other_problems(tmp_path, capsys):
    suite = SUITE.replace("    source: d\n", "    source: nope\n    colour: red\n")
    code, out = _validate(tmp_path, capsys, "golden: suite.yaml\n", suite)
    assert code == 2 and "unknown key 'colour'" in out and "unknown source 'nope'" in out
