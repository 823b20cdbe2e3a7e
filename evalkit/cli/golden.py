"""`evalkit golden draft` and `evalkit golden review`: golden suites drawn from documents."""
from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import InputError, Problem
from .app import EXIT_FAILED, app, console, err_console, safe, user_errors

golden_app = typer.Typer(help="Golden suites drawn from documents: draft, verify against the source, review.",
                         no_args_is_help=True)
app.add_typer(golden_app, name="golden")

KIND_NAMES = ("fact", "definition", "comparison", "cause", "decoy")


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(dict.fromkeys(k.strip() for k in value.split(",") if k.strip()))
    bad = [k for k in kinds if k not in KIND_NAMES]
    if bad or not kinds:
        raise typer.BadParameter(f"unknown kind(s) {', '.join(bad) or '(none)'}; choose from {', '.join(KIND_NAMES)}",
                                 param_hint="--kinds")
    return kinds


def _mix(value: Optional[str]) -> dict[str, float] | None:
    if not value:
        return None
    out: dict[str, float] = {}
    for part in value.split(","):
        kind, _, weight = part.partition("=")
        try:
            w = float(weight)
        except ValueError:
            w = -1
        if kind.strip() not in KIND_NAMES[:4] or w < 0:
            raise typer.BadParameter("KIND=WEIGHT,... with kinds fact, definition, comparison, cause "
                                     "(e.g. fact=6,cause=2)", param_hint="--mix")
        out[kind.strip()] = w
    return out


@golden_app.command("draft")
def draft(
    docs: List[Path] = typer.Argument(..., help="Documents (Markdown, text, HTML, PDF) or folders of them."),
    out: Path = typer.Option(..., "--out", "-o", help="The suite file to write, e.g. golden/<name>/suite.yaml."),
    name: Optional[str] = typer.Option(None, "--name", help="Suite name (default: the --out folder's name)."),
    items: int = typer.Option(80, "--items", min=1, help="Answerable items at most."),
    decoys: int = typer.Option(12, "--decoys", min=0, help="Unanswerable decoys at most."),
    kinds: str = typer.Option(",".join(KIND_NAMES), "--kinds", help="Kinds to draft, comma-separated."),
    mix: Optional[str] = typer.Option(None, "--mix", help="Share of each answerable kind, e.g. fact=6,definition=1,"
                                                          "comparison=1,cause=2 (the default)."),
    heldout: float = typer.Option(0.3, "--heldout", min=0.0, max=1.0, help="Share of items held out of training."),
    paraphrases: int = typer.Option(1, "--paraphrases", min=0, help="Paraphrases per train item (for drift)."),
    drafter: str = typer.Option("extractive", "--drafter", help="extractive (no model), openai or hf."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="openai drafter: the server, e.g. http://host:8000/v1."),
    model: Optional[str] = typer.Option(None, "--model", help="openai drafter: the served model's name."),
    completions: bool = typer.Option(False, "--completions", help="openai drafter: /completions instead of /chat/completions."),
    checkpoint: Optional[Path] = typer.Option(None, "--checkpoint", help="hf drafter: a local instruction model directory."),
    device: str = typer.Option("auto", "--device", help="hf drafter: cuda, mps, cpu or auto."),
    prompt: Optional[Path] = typer.Option(None, "--prompt", help="LLM drafters: your own prompt template "
                                                                 "({title}, {passage}, {count})."),
    force: bool = typer.Option(False, "--force", help="Overwrite a suite that holds reviewed or hand-written items."),
) -> None:
    """Draft a golden suite from documents; every drafted reference is verified against its source."""
    from ..golden.draft import DEFAULT_MIX, DraftOptions, draft_suite, load_documents
    from ..golden.writer import write_suite

    options = DraftOptions(name=name or out.resolve().parent.name or "drafted", items=items, decoys=decoys,
                           kinds=_kinds(kinds), mix=_mix(mix) or dict(DEFAULT_MIX), heldout=heldout,
                           paraphrases=paraphrases)
    with user_errors():
        engine = _drafter(drafter, base_url, model, not completions, checkpoint, device, prompt)
        documents = load_documents(docs)
        data, report = draft_suite(documents, options, engine)
    for line in report.lines():
        console.print(safe(line), soft_wrap=True)
    if getattr(engine, "unparsed", 0):
        err_console.print(f"[yellow]warning[/] {engine.unparsed} model replies held no JSON item", soft_wrap=True)
    if not data["items"]:
        err_console.print("[red]no item was kept[/]; nothing written", soft_wrap=True)
        raise typer.Exit(EXIT_FAILED)
    with user_errors():
        written = write_suite(data, documents, out, force=force, drafter=drafter)
    console.print(f"wrote {len(data['items'])} draft items to {safe(written)}; review them with "
                  f"`evalkit golden review {safe(written)}`", soft_wrap=True)


def _drafter(kind: str, base_url, model, chat, checkpoint, device, prompt_file):
    from ..golden.draft import ExtractiveDrafter
    from ..golden.llm import hf_drafter, load_prompt, openai_drafter

    if kind == "extractive":
        return ExtractiveDrafter()
    where = Path("--drafter")
    if kind == "openai":
        if not base_url or not model:
            raise InputError([Problem(where, "the openai drafter needs --base-url and --model")])
        return openai_drafter(base_url, model, load_prompt(prompt_file), chat=chat,
                              api_key=os.environ.get("OPENAI_API_KEY"))
    if kind == "hf":
        if not checkpoint:
            raise InputError([Problem(where, "the hf drafter needs --checkpoint (a local model directory)")])
        return hf_drafter(str(checkpoint), load_prompt(prompt_file), device=device)
    raise InputError([Problem(where, f"unknown drafter '{kind}'; choose extractive, openai or hf")])


@golden_app.command("review")
def review(
    path: Path = typer.Argument(..., help="A drafted suite file."),
    editor: Optional[str] = typer.Option(None, "--editor", envvar=["VISUAL", "EDITOR"],
                                         help="The editor for 'edit' (default $VISUAL, $EDITOR)."),
) -> None:
    """Walk the drafts: [a]ccept, [e]dit in $EDITOR, [r]eject, [s]kip, [q]uit. Resumable: each
    decision is saved at once."""
    from ..golden.review import review_file, run_editor

    def choose(item: dict, n: int, total: int) -> str:
        console.rule(f"draft {n} of {total}: {safe(item.get('id'))}")
        kind = "decoy (the documents should NOT answer it)" if item.get("answerable") is False else \
            ", ".join(str(t) for t in item.get("tags") or [])
        console.print(f"[bold]question[/]  {safe(item.get('question'))}", soft_wrap=True)
        if item.get("answer"):
            console.print(f"[bold]answer[/]    {safe(item.get('answer'))}", soft_wrap=True)
        console.print(f"[dim]kind[/]      {safe(kind)}   [dim]split[/] {safe(item.get('split', 'train'))}"
                      f"   [dim]source[/] {safe(item.get('source') or '-')}", soft_wrap=True)
        if item.get("quote"):
            console.print(f"[dim]quote[/]     “{safe(item.get('quote'))}”", soft_wrap=True)
        for p in item.get("paraphrases") or []:
            console.print(f"[dim]paraphr.[/]  {safe(p)}", soft_wrap=True)
        return typer.prompt("[a]ccept [e]dit [r]eject [s]kip [q]uit", default="s", show_default=False)

    def edit(text: str) -> str | None:
        return run_editor(text, editor)

    with user_errors():
        tally = review_file(path, choose, edit, lambda m: err_console.print(safe(m), soft_wrap=True))
    console.print(f"accepted {tally.accepted} ({tally.edited} edited), rejected {tally.rejected}, skipped "
                  f"{tally.skipped}; {tally.left} drafts left in {safe(path)}", soft_wrap=True)
