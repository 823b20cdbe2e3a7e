"""Where, in an answer's text, its unsupported claims and atoms are, so they can be highlighted.

Claims and atoms carry their character spans in the output (`start`, `end`). Results written
before spans were kept have none: they are not highlighted at all (searching for the text again
marks the wrong place: an absent "1" inside "H100"). Everything is still listed in the item's
details.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..results.model import AtomFinding, ClaimResult


@dataclass(frozen=True)
class Segment:
    text: str
    claim: int | None = None          # index of the unsupported claim this text belongs to
    atoms: tuple[AtomFinding, ...] = ()  # the unsupported atom(s) this text is


def _span(x: ClaimResult | AtomFinding, size: int) -> tuple[int, int] | None:
    """A usable span into a text of `size` characters, or None."""
    if x.start is None or x.end is None or not 0 <= x.start < x.end <= size:
        return None
    return x.start, x.end


def _atom_marks(output: str, claims: list[ClaimResult]) -> list[tuple[int, int, list[AtomFinding]]]:
    """Non-overlapping atom spans, each with the findings it shows."""
    marks: list[tuple[int, int, list[AtomFinding]]] = []
    for claim in claims:
        for finding in claim.unsupported:
            span = _span(finding, len(output))
            if span is not None:
                _place(marks, span, finding)
    return marks


def _place(marks: list[tuple[int, int, list[AtomFinding]]], span: tuple[int, int], finding: AtomFinding) -> None:
    s, e = span
    for a, b, found in marks:
        if a <= s and e <= b:  # "A100" inside "25,000 A100 GPUs": one mark, both findings
            found.append(finding)
            return
        if not (e <= a or s >= b):
            return  # crossing marks cannot both be drawn; the first stays
    marks.append((s, e, [finding]))


def segments(output: str, claims: list[ClaimResult]) -> list[Segment]:
    """The answer cut into plain text, unsupported-claim text and unsupported-atom text."""
    marks = _atom_marks(output, claims)
    located = {ci: span for ci, c in enumerate(claims) if not c.supported and (span := _span(c, len(output)))}
    # an unsupported claim is underlined; a claim crossed by another claim's atom is not (no nesting mess)
    claim_spans = {ci: r for ci, r in located.items()
                   if all(a >= r[1] or b <= r[0] or (a >= r[0] and b <= r[1]) for a, b, _ in marks)}
    cuts = sorted({0, len(output)} | {x for r in claim_spans.values() for x in r} | {x for m in marks for x in m[:2]})
    out: list[Segment] = []
    for s, e in zip(cuts, cuts[1:]):
        if s == e:
            continue
        claim = next((ci for ci, (a, b) in claim_spans.items() if a <= s and e <= b), None)
        found = next((f for a, b, f in marks if a <= s and e <= b), [])
        out.append(Segment(output[s:e], claim, tuple(found)))
    return out
