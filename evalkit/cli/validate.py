from __future__ import annotations

from pathlib import Path

import typer

from ..config import RATE_METRICS, Target
from ..errors import InputError, Problem, did_you_mean
from .app import app, console, counted, open_target, safe, user_errors

# the scores the built-in scorers give (plugins add their own, so with a plugin any name may be one)
BUILTIN_SCORES = ("rougeL", "verbatim", "cites_source", "support", "key_fact_recall", "bertscore_f1")


def run_config_problems(target: Target) -> list[Problem]:
    """What loading a run config accepts but a run would refuse later: unknown scorers, template
    placeholders and threshold metrics, each with its line."""
    from ..generate.prompts import check_template
    from ..results.model import Summary
    from ..scoring.registry import BUILTINS, available_scorers
    from ..yamlfile import line_of, load_yaml_with_lines

    path, config = target.path, target.config
    data, lines = load_yaml_with_lines(path)
    if not (isinstance(data, dict) and "golden" in data):
        return []  # a bare suite: every setting is a default
    problems: list[Problem] = []
    known = available_scorers()
    for i, name in enumerate(config.scoring.scorers):
        if name not in known:
            problems.append(Problem(path, f"scoring.scorers: unknown scorer '{name}'{did_you_mean(name, known)}; "
                                          f"available: {', '.join(sorted(known))}",
                                    line=line_of(lines, ("scoring", "scorers", i))))
    try:
        check_template(config.prompt, where=path)
    except InputError as exc:
        problems += [Problem(p.file, p.message, line=line_of(lines, ("prompt", "template"))) for p in exc.problems]
    if all(name in BUILTINS for name in config.scoring.scorers):
        metrics = list(dict.fromkeys([*RATE_METRICS, *(f for f in Summary.model_fields if f.endswith("_rate")),
                                      *BUILTIN_SCORES]))
        for key in config.gates.thresholds:
            if key not in metrics:
                problems.append(Problem(path, f"gates.thresholds: unknown metric '{key}'{did_you_mean(key, metrics)} "
                                              f"(known: {', '.join(metrics)})",
                                        line=line_of(lines, ("gates", "thresholds", key))))
    return problems


@app.command()
def validate(path: Path = typer.Argument(..., help="A golden suite file or a run config.")) -> None:
    """Check a suite or run config; print every problem with file and line. Exit 2 on error."""
    target = open_target(path)
    with user_errors():
        problems = run_config_problems(target)
        if problems:
            raise InputError(problems)
    suite = target.suite
    answerable = sum(i.answerable for i in suite.items)
    splits = {s: sum(i.split == s for i in suite.items) for s in ("train", "heldout")}
    console.print(
        f"[green]ok[/] {safe(path)}: suite '{safe(suite.name)}', {counted(len(suite.documents), 'document')}, "
        f"{counted(len(suite.items), 'item')} ({answerable} answerable, {len(suite.items) - answerable} unanswerable; "
        f"{splits['train']} train, {splits['heldout']} held-out)",
        soft_wrap=True,
    )
    drafts, rejected = suite.count("draft"), suite.count("rejected")
    if drafts or rejected:
        console.print(f"  {drafts} drafts to review (`evalkit golden review {safe(path)}`), {suite.count('accepted')} "
                      f"accepted, {rejected} rejected; run, score, drift and gate use the "
                      f"{sum(i.usable() for i in suite.items)} accepted and hand-written items "
                      "(--include-drafts adds the drafts)", soft_wrap=True)
