"""Reference-based scores: ROUGE-L (rouge-score), verbatim overlap and memorization."""
from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from rouge_score import scoring

from .text import words


def rouge_l(output: str, reference: str) -> float:
    """ROUGE-L F-measure of the output against the reference: rouge-score's `RougeScorer(["rougeL"])`
    over `words` (the same tokens, LCS, precision, recall and F-measure), its LCS table of
    len(reference) x len(output) steps in Python replaced by `_lcs_length`."""
    if not output.strip() or not reference.strip():
        return 0.0
    target, prediction = words(reference), words(output)
    if not target or not prediction:
        return 0.0
    lcs = _lcs_length(target, prediction)
    return float(scoring.fmeasure(lcs / len(prediction), lcs / len(target)))


def _lcs_length(a: list[str], b: list[str]) -> int:
    """The length of the longest common subsequence of two token lists, bit-parallel (Allison and
    Dix; Hyyrö): one row of the LCS table is an integer with a bit per token of `a`, a zero where
    the row steps up, and each token of `b` makes the next row in a few integer operations. Bits
    carried past len(a) never come back down; the row is read from the low len(a) bits."""
    where: dict[str, int] = {}
    for i, token in enumerate(a):
        where[token] = where.get(token, 0) | (1 << i)
    full = (1 << len(a)) - 1
    row = full
    for token in b:
        matched = row & where.get(token, 0)
        row = (row + matched) | (row - matched)
    return len(a) - bin(row & full).count("1")


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
