"""Where, in an answer's text, its unsupported claims and atoms are, so they can be highlighted.

Claims and atoms are stored as text, not offsets; we find them again in the answer. Anything not
found is still listed in the item's details, just not highlighted in place.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..results.model import AtomFinding, ClaimResult


@dataclass(frozen=True)
class Segment:
    text: str
    claim: int | None = None          # index of the unsupported claim this text belongs to
    atoms: tuple[AtomFinding, ...] = ()  # the unsupported atom(s) this text is


def _find(haystack: str, needle: str, start: int = 0, end: int | None = None) -> int:
    needle = needle.strip()
    if not needle:
        return -1
    end = len(haystack) if end is None else end
    pos = haystack.find(needle, start, end)
    if pos < 0:  # case may differ ("The" at the start of a claim)
        pos = haystack.lower().find(needle.lower(), start, end)
    return pos


def _claim_ranges(output: str, claims: list[ClaimResult]) -> dict[int, tuple[int, int]]:
    ranges, cursor = {}, 0
    for ci, claim in enumerate(claims):
        text = claim.text.strip(" ,;:")
        pos = _find(output, text, cursor)
        if pos < 0:
            pos = _find(output, text)
        if pos >= 0:
            ranges[ci] = (pos, pos + len(text))
            cursor = pos + len(text)
    return ranges


def segments(output: str, claims: list[ClaimResult]) -> list[Segment]:
    """The answer cut into plain text, unsupported-claim text and unsupported-atom text."""
    located = _claim_ranges(output, claims)
    atoms: list[tuple[int, int, list[AtomFinding]]] = []

    def place(s: int, e: int, finding: AtomFinding) -> bool:
        for a, b, found in atoms:
            if a <= s and e <= b:  # "A100" inside "25,000 A100 GPUs": one mark, both findings
                found.append(finding)
                return True
            if not (e <= a or s >= b):
                return False
        atoms.append((s, e, [finding]))
        return True

    for ci, claim in enumerate(claims):
        for finding in claim.unsupported:
            spans = []
            if ci in located:
                spans.append(located[ci])
            spans.append((0, len(output)))
            placed = False
            for lo, hi in spans:
                pos = lo
                while not placed and (pos := _find(output, finding.text, pos, hi)) >= 0:
                    placed = place(pos, pos + len(finding.text.strip()), finding)
                    pos += 1
                if placed:
                    break
    # an unsupported claim is underlined; a claim crossed by another claim's atom is not (no nesting mess)
    claim_spans = {ci: r for ci, r in located.items() if not claims[ci].supported and
                   all(a >= r[1] or b <= r[0] or (a >= r[0] and b <= r[1]) for a, b, _ in atoms)}
    cuts = sorted({0, len(output)} | {x for r in claim_spans.values() for x in r} | {x for a in atoms for x in a[:2]})
    out: list[Segment] = []
    for s, e in zip(cuts, cuts[1:]):
        if s == e:
            continue
        claim = next((ci for ci, (a, b) in claim_spans.items() if a <= s and e <= b), None)
        found = next((f for a, b, f in atoms if a <= s and e <= b), [])
        out.append(Segment(output[s:e], claim, tuple(found)))
    return out
