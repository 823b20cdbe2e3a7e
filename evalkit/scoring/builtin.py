"""The built-in scorers, registered through the `evalkit.scorers` entry point group."""
from __future__ import annotations

import numpy as np

from ..results.model import AtomFinding
from .context import Case, ScoringContext
from .hallucination import check_claim, substitutions
from .registry import Verdict
from .similarity import rouge_l, verbatim_overlap
from .text import content_words


def similarity(cases: list[Case], ctx: ScoringContext) -> list[Verdict]:
    """ROUGE-L and verbatim overlap against the reference; `memorized` = near-verbatim copy."""
    out = []
    for case in cases:
        ref = case.item.answer
        if not ref:
            out.append(Verdict(fields={"memorized": False}))
            continue
        verbatim = verbatim_overlap(case.answer, ref)
        out.append(Verdict(
            scores={"rougeL": rouge_l(case.answer, ref), "verbatim": verbatim},
            fields={"memorized": verbatim >= ctx.settings.memorized_threshold},
        ))
    return out


def abstention(cases: list[Case], ctx: ScoringContext) -> list[Verdict]:
    return [Verdict(fields={"abstained": case.abstention is not None}) for case in cases]


def attribution(cases: list[Case], ctx: ScoringContext) -> list[Verdict]:
    """Cited documents, `attributed` (cites its source and no other), and `grounded_in`."""
    out = []
    for case in cases:
        cited = list(dict.fromkeys(c.doc_id for c in case.citations))
        grounded = ctx.index.best_document(case.answer)[0] if case.answer.strip() and not case.abstention else None
        fields = {"cited": cited, "grounded_in": grounded}
        scores = {}
        if case.item.answerable:
            attributed = case.item.source in cited and len(cited) == 1
            fields["attributed"] = attributed
            scores["cites_source"] = float(case.item.source in cited)
            reasons = []
            if not cited:
                reasons.append(f"no citation: expected the source '{case.item.source}'")
            elif not attributed:
                other = [c for c in cited if c != case.item.source]
                reasons.append(f"cites {', '.join(repr(c) for c in other)} instead of the source '{case.item.source}'"
                               if case.item.source not in cited else
                               f"cites other documents too: {', '.join(repr(c) for c in other)}")
            fields["reasons"] = reasons
        else:
            fields["attributed"] = None
        out.append(Verdict(scores=scores, fields=fields))
    return out


def hallucination(cases: list[Case], ctx: ScoringContext) -> list[Verdict]:
    """Claim-level support with evidence; substituted key facts; soft support for atomless claims."""
    checks_per_case = []
    soft: list[tuple[int, int, str, list[tuple[str, str]]]] = []
    for ci, case in enumerate(cases):
        ev = ctx.evidence(case.item)
        checks = []
        for k, (claim, atoms) in enumerate(zip(case.claims, case.claim_atoms)):
            evidence = ctx.claim_evidence(case.item, claim.text) if atoms else ev.base
            check = check_claim(claim.text, atoms, evidence, ev.question_atoms, ev.question_squashed)
            checks.append(check)
            if not atoms and not case.abstention:
                soft.append((ci, k, claim.text, evidence.units))
        checks_per_case.append(checks)

    _soft_support(soft, checks_per_case, ctx)

    out = []
    for case, checks in zip(cases, checks_per_case):
        ev = ctx.evidence(case.item)
        missing, subs = substitutions(
            ev.keys, [(c.text, atoms) for c, atoms in zip(case.claims, case.claim_atoms)],
            case.item.answer or "", ev.reference_atoms, ev.question_atoms,
        ) if case.item.answerable else ([], [])
        for sub in subs:
            for check, atoms in zip(checks, case.claim_atoms):
                if sub.found in atoms:
                    finding = AtomFinding(text=sub.found.text, kind=sub.found.kind, reason="substituted",
                                          conflicts_with=sub.expected.text)
                    found = check.result.unsupported
                    # an atom already found absent or contradicted is now known to be a swap
                    same = [i for i, f in enumerate(found) if f.text == sub.found.text]
                    if same:
                        found[same[0]] = finding
                    else:
                        found.append(finding)
                    check.result.supported = False
                    break
        claims = [c.result for c in checks]
        hallucinated = any(c.unsupported for c in claims)
        reasons = []
        for c in claims:
            for f in c.unsupported:
                detail = f" (evidence has '{f.conflicts_with}')" if f.conflicts_with else " (not in the evidence)"
                if f.reason == "substituted":
                    detail = f" in place of '{f.conflicts_with}'"
                reasons.append(f"{f.reason} {f.kind} '{f.text}'{detail}: \"{_short(c.text)}\"")
        supports = [_claim_support(c, check) for c, check in zip(claims, checks)]
        scores = {"support": float(np.mean(supports)) if supports else 0.0}
        if ev.keys:
            scores["key_fact_recall"] = 1 - len(missing) / len(ev.keys)
        out.append(Verdict(scores=scores, fields={
            "hallucinated": hallucinated,
            "claims": claims,
            "missing_key_facts": [k.text for k in missing],
            "reasons": reasons,
        }))
    return out


def _claim_support(claim, check) -> float:
    if check.hard_atoms:
        return max(0.0, 1 - len(claim.unsupported) / check.hard_atoms)
    return claim.support_score if claim.support_score is not None else (1.0 if claim.supported else 0.0)


def _soft_support(soft, checks_per_case, ctx: ScoringContext) -> None:
    """Similarity of each atomless claim to its closest evidence sentence; decides `supported`."""
    if not soft:
        return
    threshold = ctx.settings.support_threshold
    if ctx.settings.embeddings:
        pools = [[s for _, text in units for s in ctx.sentences(text)] for *_, units in soft]
        claims = [s[2] for s in soft]
        # one batched encode for everything new (the model is fastest on full batches)
        ctx.embedder.encode(list(dict.fromkeys(claims + [s for pool in pools for s in pool])))
        claim_vecs = ctx.embedder.encode(claims)
        for row, ((ci, k, _, _), pool) in enumerate(zip(soft, pools)):
            score = float(np.max(ctx.embedder.encode(pool) @ claim_vecs[row])) if pool else 0.0
            _set_soft(checks_per_case[ci][k].result, score, threshold)
    else:
        for ci, k, text, units in soft:
            words = set(content_words(text))
            best = max((len(words & set(content_words(t))) / len(words) for _, t in units), default=0.0) if words else 0.0
            _set_soft(checks_per_case[ci][k].result, best, threshold)


def _set_soft(result, score: float, threshold: float) -> None:
    result.support_score = round(max(0.0, min(1.0, score)), 4)
    result.supported = score >= threshold


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def bertscore(cases: list[Case], ctx: ScoringContext) -> list[Verdict]:
    """BERTScore F1 against the reference, on the packaged MiniLM (layer 6; see STACK.md)."""
    pairs = [(i, c.answer, c.item.answer) for i, c in enumerate(cases) if c.item.answer and c.answer.strip()]
    out = [Verdict() for _ in cases]
    if not pairs:
        return out
    from bert_score import score as bert_score_fn

    from .embeddings import minilm_path

    _, _, f1 = bert_score_fn([p[1] for p in pairs], [p[2] for p in pairs], model_type=minilm_path(),
                             num_layers=6, device="cpu", batch_size=64, verbose=False)
    for (i, _, _), value in zip(pairs, f1.tolist()):
        out[i].scores["bertscore_f1"] = float(value)
    return out
