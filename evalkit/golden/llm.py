"""Drafters backed by a language model: any OpenAI-compatible server (`--drafter openai`) or a local
instruction model (`--drafter hf`). The document is cut into passages; each passage is one prompt
(package data `prompts/draft.txt`, or the user's own with `--prompt`); the model replies with JSON
objects {kind, question, answer, quote}. Whatever it writes is verified like any draft: a quote
not in the document, or a reference its source does not support, is rejected."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Sequence

from ..config import GenerationConfig
from ..errors import InputError, Problem, read_user_text
from ..scoring.evidence import split_passages
from .candidate import KINDS, Candidate
from .paraphrase import paraphrases_for

PLACEHOLDERS = ("title", "passage", "count")


def load_prompt(path: Path | None) -> str:
    """The drafting prompt: the user's file, or the packaged default."""
    if path is None:
        return resources.files("evalkit.golden").joinpath("prompts/draft.txt").read_text(encoding="utf-8")
    text = read_user_text(path, "file not found", "a prompt template")
    import string

    try:
        names = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError as exc:
        raise InputError([Problem(path, f"prompt template is not valid: {exc} (write literal braces as {{{{ }}}})")]) from None
    unknown = sorted(n for n in names if n not in PLACEHOLDERS)
    if unknown or "passage" not in names:
        raise InputError([Problem(path, f"prompt template must use {{passage}} and only {{title}}, {{passage}}, "
                                        f"{{count}}; found {sorted(names)}")])
    return text


Complete = Callable[[Sequence[str]], list[str]]


@dataclass
class LLMDrafter:
    """Drafts with any text completion function (prompts in, replies out)."""

    name: str
    complete: Complete
    prompt: str
    per_passage: int = 4
    max_passages: int = 40           # per document
    problems: list[Problem] = field(default_factory=list)
    unparsed: int = 0                # replies with no usable JSON object

    def draft(self, docs, sentences, analysis, kinds):
        jobs: list[tuple[str, str]] = []  # (doc id, passage)
        prompts: list[str] = []
        for d in docs:
            passages = [p for p in split_passages(d.id, d.text) if len(p.text.split()) >= 12][:self.max_passages]
            for p in passages:
                jobs.append((d.id, p.text))
                prompts.append(self.prompt.format(title=d.title, passage=p.text, count=self.per_passage))
        replies = self.complete(prompts) if prompts else []
        out: list[Candidate] = []
        for (doc_id, passage), reply in zip(jobs, replies):
            found = parse_reply(reply or "")
            if not found:
                self.unparsed += 1
            for obj in found:
                c = _candidate(obj, doc_id, passage, self.name)
                if c and c.kind in kinds:
                    c.paraphrases = paraphrases_for(c)
                    out.append(c)
        return out


def parse_reply(text: str) -> list[dict]:
    """Every JSON object in a reply (one per line, in a list, or in a ```json block)."""
    decoder = json.JSONDecoder()
    found: list[dict] = []
    pos = 0
    while True:
        start = text.find("{", pos)
        if start < 0:
            break
        try:
            obj, end = decoder.raw_decode(text, start)
        except ValueError:
            pos = start + 1
            continue
        if isinstance(obj, dict):
            found.append(obj)
        pos = end
    return [o for o in found if isinstance(o.get("question"), str)]


def _candidate(obj: dict, doc_id: str, passage: str, drafter: str) -> Candidate | None:
    question = " ".join(str(obj.get("question") or "").split())
    answer = " ".join(str(obj.get("answer") or "").split())
    if not question or not answer:
        return None
    kind = str(obj.get("kind") or "fact").lower()
    kind = kind if kind in KINDS and kind != "decoy" else "fact"
    quote = " ".join(str(obj.get("quote") or "").split()) or passage
    if not question.endswith("?"):
        question += "?"
    return Candidate(kind, question, answer, doc_id, quote, tags=[kind, drafter], drafter=drafter, info=1.0)


# --- the two backends -----------------------------------------------------------------------------

SETTINGS = GenerationConfig(max_new_tokens=512)


def openai_drafter(base_url: str, model: str, prompt: str, chat: bool = True, api_key: str | None = None,
                   concurrency: int = 4) -> LLMDrafter:
    """Through evalkit's OpenAI-compatible client (generate.openai), by its public interface."""
    from ..generate.openai import OpenAIGenerator, OpenAISettings
    from ..generate.prompts import Prompt

    generator = OpenAIGenerator(OpenAISettings(base_url=base_url, model=model, chat=chat, api_key=api_key,
                                               concurrency=concurrency))

    def complete(prompts: Sequence[str]) -> list[str]:
        return [g.text if g else "" for g in generator.generate([Prompt.plain(p) for p in prompts], SETTINGS)]

    return LLMDrafter(name="openai", complete=complete, prompt=prompt)


def hf_drafter(checkpoint: str, prompt: str, device: str = "auto", dtype: str = "auto",
               max_new_tokens: int = 512) -> LLMDrafter:
    """A local model directory through evalkit's transformers backend (generate.hf)."""
    from ..generate.hf import HFModels, set_offline
    from ..generate.prompts import Prompt

    set_offline()
    pool = HFModels(device=device, dtype=dtype)
    generator = pool.generator(checkpoint)
    settings = GenerationConfig(max_new_tokens=max_new_tokens)

    def complete(prompts: Sequence[str]) -> list[str]:
        return [g.text if g else "" for g in generator.generate([Prompt.plain(p) for p in prompts], settings)]

    return LLMDrafter(name="hf", complete=complete, prompt=prompt)
