"""Golden suites drawn from documents: draft Q&A items, verify them against the source, review.

    documents.py  reading Markdown, plain text, HTML and PDF into text, with located errors
    sentences.py  the documents in sentences and clauses, with their spans and information content
    extractive.py the model-free drafter: question forms for facts, definitions, comparisons, causes
    llm.py        drafters backed by an LLM (an OpenAI-compatible server, a local HF model)
    decoys.py     unanswerable decoys: an attribute asked of another entity of the documents
    paraphrase.py rule-based rewordings of questions, for drift
    verify.py     each drafted reference checked with evalkit's own scorer; duplicates merged
    draft.py      the whole pipeline: drafter, verification, split, the suite file
    review.py     walking the drafts: accept, edit, reject, skip; resumable
"""
from __future__ import annotations




