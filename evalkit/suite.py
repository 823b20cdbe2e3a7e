"""Golden suites: documents, Q&A items and unanswerable items, loaded with located validation.

The file format is the exchange format of DESIGN.md ("Suite file"); optional keys are `tags`,
`split` (train / heldout), `paraphrases`, and for drafted items (`evalkit golden draft`) `status`
(draft / accepted / rejected) and `quote` (the source span the item was drawn from). Every
problem in a file is reported at once.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import InputError, Problem, did_you_mean, explain_validation_error, file_kind, read_user_text
from .yamlfile import as_written, line_of, load_yaml_with_lines


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Document(_Strict):
    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    path: str = Field(min_length=1)
    # resolved at load time; not part of the file format
    file: Path | None = Field(default=None, exclude=True)

    @cached_property
    def text(self) -> str:
        return self.file.read_text(encoding="utf-8") if self.file else ""


class Item(_Strict):
    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    answer: str | None = None
    source: str | None = None
    answerable: bool = True
    tags: tuple[str, ...] = ()
    split: Literal["train", "heldout"] = "train"
    paraphrases: tuple[str, ...] = ()
    # drafted items: `draft` until a person reviews them (`evalkit golden review`); hand-written
    # items have no status. Only accepted and untagged items are evaluated (`Suite.usable`).
    status: Literal["draft", "accepted", "rejected"] | None = None
    quote: str | None = None

    def usable(self, include_drafts: bool = False) -> bool:
        return self.status in (None, "accepted") or (include_drafts and self.status == "draft")


class Suite(_Strict):
    name: str = Field(min_length=1)
    description: str | None = None
    documents: tuple[Document, ...]
    items: tuple[Item, ...]
    file: Path | None = Field(default=None, exclude=True)

    def document(self, doc_id: str) -> Document:
        return self._documents_by_id[doc_id]

    def item(self, item_id: str) -> Item:
        return self._items_by_id[item_id]

    @cached_property
    def _documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        return {i.id: i for i in self.items}

    def source_of(self, item: Item) -> Document | None:
        return self._documents_by_id.get(item.source) if item.source else None

    def count(self, status: str | None) -> int:
        return sum(i.status == status for i in self.items)

    def usable(self, include_drafts: bool = False) -> "Suite":
        """The items to evaluate: hand-written (no status) and accepted ones, plus drafts when
        `include_drafts`; never rejected ones. The one filter that score, run, drift, gate and
        the pytest plugin apply. An InputError when nothing is left."""
        items = tuple(i for i in self.items if i.usable(include_drafts))
        if len(items) == len(self.items):
            return self
        if not items:
            drafts = self.count("draft")
            hint = (f"review them with `evalkit golden review {self.file}` or pass --include-drafts"
                    if drafts else "every item was rejected in review")
            raise InputError([Problem(self.file or Path(self.name), f"no item to evaluate: {drafts} of "
                                      f"{len(self.items)} items are unreviewed drafts; {hint}", line=1)])
        return self.model_copy(update={"items": items})


PARAPHRASE_MARK = "~p"  # id of a paraphrased question: "q3~p1" asks q3 in other words


def with_paraphrases(suite: Suite) -> Suite:
    """The suite plus one item per paraphrase of a question, scored against the same reference
    and source; drift compares them with the original (training) questions."""
    extra = [
        item.model_copy(update={"id": f"{item.id}{PARAPHRASE_MARK}{n}", "question": text,
                                "tags": item.tags + ("paraphrase",), "paraphrases": ()})
        for item in suite.items for n, text in enumerate(item.paraphrases, start=1)
    ]
    if not extra:
        return suite
    return suite.model_copy(update={"items": suite.items + tuple(extra)})


def is_paraphrase_id(item_id: str) -> bool:
    return PARAPHRASE_MARK in item_id


_ITEM_FIELDS = list(Item.model_fields)
_DOC_FIELDS = [f for f in Document.model_fields if f != "file"]
_TOP_FIELDS = [f for f in Suite.model_fields if f != "file"]


def load_suite(path: str | Path) -> Suite:
    """Load and validate a suite file. Raises InputError listing every problem with its line."""
    path = Path(path)
    data, lines = load_yaml_with_lines(path)
    return suite_from_data(data, lines, path)


def suite_from_data(data: Any, lines: dict, path: Path) -> Suite:
    problems: list[Problem] = []

    def add(loc: tuple, message: str, item: str | None = None) -> None:
        problems.append(Problem(path, message, line=line_of(lines, loc), item=item))

    if not isinstance(data, dict):
        found = "an empty file" if data is None else f"a {type(data).__name__}"
        raise InputError([Problem(path, f"expected a mapping with name, documents and items, found {found}", line=1)])

    for key in data:
        if key not in _TOP_FIELDS:
            add((key,), f"unknown key '{key}'{did_you_mean(key, _TOP_FIELDS)}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        add(("name",), "'name' is missing or empty")

    declared: set[str] = set()  # ids of documents with other problems still count as known sources
    documents = _load_documents(data.get("documents"), path, add, declared)
    doc_ids = declared
    items = _load_items(data.get("items"), doc_ids, add)

    if problems:
        raise InputError(sorted(problems, key=lambda p: p.line or 0))
    return Suite(name=name, description=data.get("description"), documents=documents, items=items, file=path)


def _load_documents(raw: Any, path: Path, add, declared: set[str]) -> tuple[Document, ...]:
    if not isinstance(raw, list) or not raw:
        add(("documents",), "'documents' must be a non-empty list of {id, title, path}")
        return ()
    root = path.parent.resolve()
    docs = []
    for i, entry in enumerate(raw):
        loc = ("documents", i)
        entry = _normalise_ids(entry)
        doc_id = entry.get("id") if isinstance(entry, dict) else None
        label = f"document '{doc_id}'" if isinstance(doc_id, str) else f"document #{i + 1}"
        if isinstance(doc_id, str) and doc_id in declared:
            add(loc + ("id",), f"duplicate document id '{doc_id}'")
            continue
        if isinstance(doc_id, str) and doc_id:
            declared.add(doc_id)
        try:
            doc = Document.model_validate(entry)
        except ValidationError as exc:
            for err in exc.errors():
                add(loc + tuple(err["loc"]), f"{label}: {explain_validation_error(err, _DOC_FIELDS)}")
            doc = _without_unknown_keys(Document, entry, exc)  # to report its other problems too
            if doc is None:
                continue
        shown = repr(doc.path)[1:-1]  # a NUL or control in the path is shown, not printed
        try:
            file = (root / doc.path).resolve()
            if not file.is_relative_to(root):
                add(loc + ("path",), f"{label}: path '{shown}' points outside the suite's folder {root}")
                continue
            kind = file_kind(file) if file.exists() else None
        except (OSError, ValueError) as exc:  # a NUL byte, a name too long for the file system
            why = "it holds a NUL byte" if isinstance(exc, ValueError) else exc.strerror or str(exc)
            add(loc + ("path",), f"{label}: path '{shown[:200]}{'…' if len(shown) > 200 else ''}' "
                                 f"is not a usable file name ({why})")
            continue
        if not file.exists():
            add(loc + ("path",), f"{label}: file '{shown}' does not exist (looked for {file})")
            continue
        if kind:
            add(loc + ("path",), f"{label}: '{shown}' is {kind}, expected a text file")
            continue
        try:
            read_user_text(file, "file not found", "a text file")
        except InputError as exc:
            add(loc + ("path",), f"{label}: file '{shown}': {exc.problems[0].message}")
            continue
        docs.append(doc.model_copy(update={"file": file}))
    return tuple(docs)


def _load_items(raw: Any, doc_ids: set[str], add) -> tuple[Item, ...]:
    if not isinstance(raw, list) or not raw:
        add(("items",), "'items' must be a non-empty list")
        return ()
    seen: set[str] = set()
    items = []
    for i, entry in enumerate(raw):
        loc = ("items", i)
        entry = _normalise_ids(entry)
        item_id = entry.get("id") if isinstance(entry, dict) else None
        who = item_id if isinstance(item_id, str) and item_id else f"#{i + 1}"
        try:
            item = Item.model_validate(entry)
        except ValidationError as exc:
            for err in exc.errors():
                add(loc + tuple(err["loc"]), explain_validation_error(err, _ITEM_FIELDS), item=who)
            item = _without_unknown_keys(Item, entry, exc)  # to report its other problems too
            if item is None:
                continue
        if item.id in seen:
            add(loc + ("id",), f"duplicate item id '{item.id}'", item=who)
        if PARAPHRASE_MARK in item.id:
            add(loc + ("id",), f"item id must not contain '{PARAPHRASE_MARK}' (it marks paraphrased questions)", item=who)
        seen.add(item.id)
        if item.answerable:
            if not (item.answer and item.answer.strip()):
                add(loc + ("answer",) if "answer" in entry else loc,
                    "answerable item has no answer (give 'answer', or set 'answerable: false')", item=who)
            if not item.source:
                add(loc + ("source",) if "source" in entry else loc,
                    "answerable item has no 'source' document id", item=who)
            elif item.source not in doc_ids:
                add(loc + ("source",),
                    f"unknown source '{item.source}'{did_you_mean(item.source, doc_ids)}; "
                    f"known documents: {', '.join(sorted(doc_ids)) or 'none'}", item=who)
        else:
            for key in ("answer", "source"):
                if entry.get(key) is not None:
                    add(loc + (key,), f"unanswerable item (answerable: false) must not have '{key}'", item=who)
        if not item.question.strip():
            add(loc + ("question",), "question is empty", item=who)
        for j, para in enumerate(item.paraphrases):
            if not para.strip():
                add(loc + ("paraphrases", j), f"paraphrase #{j + 1} is empty", item=who)
        items.append(item)
    return tuple(items)


def _without_unknown_keys(model, entry: Any, exc: ValidationError):
    """The entry validated without its unknown keys, when they were its only fault, else None."""
    if not all(err["type"] == "extra_forbidden" for err in exc.errors()):
        return None
    try:
        return model.model_validate({k: v for k, v in entry.items() if k in model.model_fields})
    except ValidationError:
        return None


# the item and document fields that hold text: a number there is the text its author typed
_TEXT_FIELDS = ("id", "question", "answer", "source", "quote", "title", "path")
_TEXT_LISTS = ("tags", "paraphrases")


def _normalise_ids(entry: Any) -> Any:
    """`id: 7`, `answer: 18` and `answer: 6.` are natural to write: YAML reads numbers, the item
    holds the text as written ("6.", not 6.0)."""
    if not isinstance(entry, dict):
        return entry
    out = {k: _text(v) if k in _TEXT_FIELDS else v for k, v in entry.items()}
    for k in _TEXT_LISTS:
        if isinstance(out.get(k), list):
            out[k] = [_text(v) for v in out[k]]
    return out


def _text(value: Any) -> Any:
    value = as_written(value)
    # an int from Python data rather than a YAML file reads one way only
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value
