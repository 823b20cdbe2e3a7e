"""evalkit-nli: NLI cross-encoder judge plugin for evalkit (entry point `nli-judge`)."""
from .scorer import NLIJudge, nli_judge

__all__ = ["NLIJudge", "nli_judge"]
