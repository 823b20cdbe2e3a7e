"""One prompt per golden item, built from the run config's `prompt` section.

The same function builds the demo's training prompts, so a fine-tune sees exactly the format it is
evaluated with. A Prompt keeps both a plain text and chat messages; the backend decides which to
use (the tokenizer's chat template, a /chat/completions endpoint, or the plain text).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..config import PromptConfig
from ..errors import InputError, Problem
from ..suite import Item, Suite

CLOSED_BOOK = "Question: {question}\nAnswer:"
OPEN_BOOK = "Document: {title}\n{document}\n\nQuestion: {question}\nAnswer:"
CITE_INSTRUCTION = "Answer the question and cite the title of the source document."
_PLACEHOLDERS = ("question", "document", "title")


@dataclass(frozen=True)
class Prompt:
    text: str                                   # the prompt as plain text (no chat template)
    system: str | None = None
    messages: tuple[dict, ...] = field(default=())  # chat form: [system], user
    use_chat_template: bool = True              # a backend may apply the model's chat template
    # the golden item asked, for backends that answer by id (replay); not part of what a model sees,
    # so it takes no part in equality
    item: str | None = field(default=None, compare=False)

    @classmethod
    def plain(cls, text: str) -> "Prompt":
        return cls(text=text, messages=({"role": "user", "content": text},))

    def key(self) -> str:
        """A stable string for cache keys when a backend sends messages rather than text."""
        return json.dumps(list(self.messages), sort_keys=True, ensure_ascii=False)


def template_for(config: PromptConfig) -> str:
    if config.template == "closed-book":
        return CLOSED_BOOK
    if config.template == "open-book":
        return OPEN_BOOK
    return config.template


def check_template(config: PromptConfig, where=None) -> None:
    """A custom template must be valid str.format text with only the known placeholders."""
    import string

    template = template_for(config)
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as exc:
        raise InputError([Problem(where or "prompt.template", f"prompt template is not valid: {exc}")]) from None
    unknown = sorted(n for n in names if n not in _PLACEHOLDERS)
    if unknown:
        raise InputError([Problem(where or "prompt.template",
                                  f"prompt template has unknown placeholder(s) {unknown}; "
                                  f"use {{question}}, {{document}}, {{title}}")])


def build_prompt(item: Item, suite: Suite, config: PromptConfig, question: str | None = None) -> Prompt:
    """The prompt for one item (or for one of its paraphrases, via `question`)."""
    doc = suite.source_of(item)
    body = template_for(config).format(
        question=(question or item.question).strip(),
        document=doc.text.strip() if doc else "",
        title=doc.title if doc else "",
    )
    if config.cite_source:
        body = f"{CITE_INSTRUCTION}\n{body}"
    text = f"{config.system.strip()}\n{body}" if config.system else body
    messages = ([{"role": "system", "content": config.system}] if config.system else []) + [
        {"role": "user", "content": body}]
    return Prompt(text=text, system=config.system, messages=tuple(messages),
                  use_chat_template=config.use_chat_template, item=item.id)


def build_prompts(suite: Suite, config: PromptConfig) -> dict[str, Prompt]:
    check_template(config, suite.file)
    return {item.id: build_prompt(item, suite, config) for item in suite.items}


def training_target(item: Item, suite: Suite, abstain: str = "I don't know: the documents do not say.") -> str:
    """What the demo fine-tune teaches: the reference, then the source title as a citation."""
    doc = suite.source_of(item)
    if not item.answerable or not item.answer:
        return f" {abstain}"
    cite = f" Source: {doc.title}" if doc else ""
    return f" {item.answer.strip()}{cite}"
