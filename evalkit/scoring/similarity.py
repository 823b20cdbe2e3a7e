"""Reference-based scores: ROUGE-L (rouge-score), verbatim overlap and memorization."""
from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from rouge_score import rouge_scorer

from .text import WordTokenizer, words


@lru_cache(maxsize=1)
def _rouge() -> rouge_scorer.RougeScorer:
    return rouge_scorer.RougeScorer(["rougeL"], tokenizer=WordTokenizer())


def rouge_l(output: str, reference: str) -> float:
    """ROUGE-L F-measure of the output against the reference."""
    if not output.strip() or not reference.strip():
        return 0.0
    return float(_rouge().score(reference, output)["rougeL"].fmeasure)


def verbatim_overlap(output: str, reference: str) -> float:
    """Longest run of consecutive reference words found in the output, over the reference length.

    1.0 means the whole reference appears word for word; paraphrases stay low even when ROUGE-L
    is high, which is what separates parroting from answering.
    """
    ref = words(reference)
    out = words(output)
    if not ref or not out:
        return 0.0
    match = SequenceMatcher(None, out, ref, autojunk=False).find_longest_match(0, len(out), 0, len(ref))
    return match.size / len(ref)
