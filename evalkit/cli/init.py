"""`evalkit init [SUITE]`: write a commented run config with the documented default gates, to edit
(as `promptfoo init` does for its config). Every value written is the default evalkit applies
without the file, read from the config models, so the file and the defaults never disagree."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from ..config import DriftRules, GatesConfig, GenerationConfig, PromptConfig, ScoringConfig
from ..errors import InputError, Problem
from .app import app, console, safe, user_errors


def _yaml_str(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)   # a JSON string is a valid YAML scalar


def init_config_text(golden: str, name: str | None = None) -> str:
    """The commented run config `evalkit init` writes, pointing at `golden` (relative to the file)."""
    p, g, s, gates, d = PromptConfig(), GenerationConfig(), ScoringConfig(), GatesConfig(), DriftRules()
    r = gates.regression
    return f"""\
# evalkit run config{f' for {name}' if name else ''}: which golden suite, how to prompt, generate, score and gate.
# Every value below is the default evalkit applies when the key is absent; edit what you need.
golden: {_yaml_str(golden)}

prompt:
  template: {p.template}      # closed-book | open-book | a template with {{question}} {{document}} {{title}}
  cite_source: {str(p.cite_source).lower()}          # ask the model to name its source document

generation:
  max_new_tokens: {g.max_new_tokens}
  do_sample: {str(g.do_sample).lower()}            # greedy: the same answers on every run
  batch_size: {g.batch_size}

scoring:
  memorized_threshold: {s.memorized_threshold}   # overlap with the reference at or above this = memorized
  embeddings: {str(s.embeddings).lower()}            # soft support of claims (MiniLM); false is faster
  support_threshold: {s.support_threshold}

# `evalkit gate` compares a candidate with a recorded baseline (`evalkit baseline record`).
# A regression FAILS the gate when it is beyond `tolerance` AND significant (exact McNemar on the
# items that flipped, p < alpha), at any suite size. Below `min_items` paired items, a change that
# is not significant is a warning naming the smallest change the suite could have detected.
gates:
  thresholds: {{}}             # absolute bounds on the candidate, e.g. hallucination_rate: {{max: 0.25}}
  regression:
    metrics: [{', '.join(r.metrics)}]   # also: attribution_rate, abstention_rate, false_abstention_rate, memorization_rate
    tolerance: {r.tolerance}         # a rate may move this much the wrong way before it counts
    alpha: {r.alpha}             # ... and the move must be significant at this level
    min_items: {r.min_items}           # fewer paired items: a non-significant change is a warning

drift:
  verbatim: {d.verbatim}              # memorization: this share of training answers copied verbatim ...
  gap: {d.gap}                  # ... while ROUGE-L on held-out/paraphrased questions trails by this much
  forgetting_drop: {d.forgetting_drop}      # a baseline score this far below the first checkpoint = forgetting
  alpha: {d.alpha}                # best checkpoint and memorization onset: their uncertainty at this level
  prefer: {d.prefer}               # best | earliest: among checkpoints indistinguishable from the best
  paraphrases: {str(d.paraphrases).lower()}
  bertscore: {str(d.bertscore).lower()}
"""


def write_init_config(out: Path, suite: Path | None = None, *, force: bool = False) -> Path:
    """Write the run config to `out`; refuses to overwrite without `force`."""
    out = Path(out)
    if out.exists() and not force:
        raise InputError([Problem(out, "already exists; pass --force to overwrite it")])
    name = None
    if suite is not None:
        from ..suite import load_suite

        loaded = load_suite(suite)   # a located error now rather than at the first run
        name = loaded.name
        golden = Path(os.path.relpath(Path(suite).resolve(), out.resolve().parent)).as_posix()
    else:
        golden = "golden/my-suite/suite.yaml"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(init_config_text(golden, name), encoding="utf-8")
    return out


@app.command()
def init(
    suite: Optional[Path] = typer.Argument(None, help="The golden suite the config runs (default: a placeholder)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write it (default suites/<suite>.yaml, "
                                                                 "or evalkit.yaml without a suite)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented run config with the default gates, to edit."""
    with user_errors():
        if out is None:
            if suite is not None:
                from ..suite import load_suite

                out = Path("suites") / f"{load_suite(suite).name}.yaml"
            else:
                out = Path("evalkit.yaml")
        path = write_init_config(out, suite, force=force)
    console.print(f"wrote {safe(path)}: edit it, then `evalkit run {safe(path)}` and "
                  f"`evalkit gate {safe(path)} --candidate ...`", soft_wrap=True)
