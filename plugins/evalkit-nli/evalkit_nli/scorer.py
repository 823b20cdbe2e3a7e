"""The NLI judge: premise = an evidence unit of the item, hypothesis = a claim of the answer."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from evalkit.errors import InputError, Problem
from evalkit.scoring.registry import ScorerFn, scorer
from evalkit.scoring.result import ScoreResult


@dataclass(frozen=True)
class JudgeSettings:
    model: str
    contradiction_threshold: float = 0.8
    decide: bool = False
    batch_size: int = 16
    max_length: int = 384


class NLIJudge:
    """A local sequence-classification model with entailment/contradiction labels."""

    def __init__(self, path: str, max_length: int = 384):
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.path = path
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModelForSequenceClassification.from_pretrained(path, use_safetensors=True).eval()
        self.max_length = max_length
        self._torch = torch
        labels = {str(v).casefold(): int(k) for k, v in self.model.config.id2label.items()}
        try:
            self.entail = next(i for name, i in labels.items() if name.startswith("entail"))
            self.contra = next(i for name, i in labels.items() if name.startswith("contradict"))
        except StopIteration:
            raise InputError([Problem(Path(path) / "config.json",
                                      f"id2label {self.model.config.id2label} has no entailment/contradiction labels; "
                                      "an NLI model is needed")]) from None

    def probabilities(self, pairs: list[tuple[str, str]], batch_size: int = 16) -> list[tuple[float, float]]:
        """(entailment, contradiction) probability per (premise, hypothesis) pair."""
        out: list[tuple[float, float]] = []
        for i in range(0, len(pairs), batch_size):
            chunk = pairs[i:i + batch_size]
            enc = self.tokenizer([p for p, _ in chunk], [h for _, h in chunk], truncation=True,
                                 max_length=self.max_length, padding=True, return_tensors="pt")
            with self._torch.no_grad():
                probs = self.model(**enc).logits.softmax(-1)
            out.extend((float(row[self.entail]), float(row[self.contra])) for row in probs)
        return out


@lru_cache(maxsize=4)
def _judge(path: str, max_length: int) -> NLIJudge:
    return NLIJudge(path, max_length)


def _resolved(settings: JudgeSettings, context) -> JudgeSettings:
    """The settings with `model` checked and made absolute (relative to the run config)."""
    where = context.config_file or Path("<run config>")
    if not settings.model:
        raise InputError([Problem(where, "scoring.plugins.nli-judge.model is not set: give the path of a local NLI "
                                         "sequence-classification model (none is bundled; none can be downloaded)")])
    model = Path(str(settings.model)).expanduser()
    if not model.is_absolute() and context.config_file:
        model = (Path(context.config_file).parent / model).resolve()
    if not (model / "config.json").is_file():
        raise InputError([Problem(where, f"scoring.plugins.nli-judge.model: {model} is not a transformers model directory")])
    return replace(settings, model=str(model))


@scorer(name="nli-judge")
def nli_judge(model: str | None = None, contradiction_threshold: float = 0.8, decide: bool = False,
              batch_size: int = 16, max_length: int = 384) -> ScorerFn:
    """Scorer factory, from `scoring.plugins.nli-judge`: entailment and contradiction of each claim
    against its evidence; with `decide`, a contradiction over the threshold is a hallucination."""
    settings = JudgeSettings(model or "", contradiction_threshold, decide, batch_size, max_length)

    def score(cases, context) -> list[ScoreResult]:
        return _judge_cases(cases, context, _resolved(settings, context))

    return score


def _judge_cases(cases, context, settings: JudgeSettings) -> list[ScoreResult]:
    judge = _judge(settings.model, settings.max_length)
    pairs, owners = [], []
    for ci, case in enumerate(cases):
        for k, claim in enumerate(case.claims):
            for _, premise in context.claim_evidence(case.item, claim.text).units:
                pairs.append((premise, claim.text))
                owners.append((ci, k, premise))
    probs = judge.probabilities(pairs, settings.batch_size) if pairs else []
    best: dict[tuple[int, int], tuple[float, float, str]] = {}
    for (ci, k, premise), (ent, con) in zip(owners, probs):
        e, c, p = best.get((ci, k), (0.0, 0.0, ""))
        best[(ci, k)] = (max(e, ent), max(c, con), premise if con > c else p)
    return [_case_result(case, [best[(ci, k)] for k in range(len(case.claims)) if (ci, k) in best], settings)
            for ci, case in enumerate(cases)]


def _case_result(case, claim_scores: list[tuple[float, float, str]], settings: JudgeSettings) -> ScoreResult:
    if not claim_scores:
        return ScoreResult()
    result = ScoreResult(scores={"nli_entailment": sum(e for e, _, _ in claim_scores) / len(claim_scores),
                                 "nli_contradiction": max(c for _, c, _ in claim_scores)})
    if settings.decide:
        flagged = [(case.claims[k].text, c, p) for k, (e, c, p) in enumerate(claim_scores)
                   if c >= settings.contradiction_threshold]
        # the judge can add a hallucination, never clear one: left None (not judged) when it finds none
        if flagged:
            result.hallucinated = True
            result.reasons = [f"NLI judge: contradicted ({c:.2f}) \"{t[:80]}\" by \"{p[:80]}\"" for t, c, p in flagged]
    return result


__all__ = ["JudgeSettings", "NLIJudge", "nli_judge"]
