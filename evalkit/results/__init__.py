"""Results: what scoring produces for each item and run, and the summary rates over them."""
from .model import AtomFinding, ClaimResult, ItemResult, RunResult, Summary, summarize

__all__ = ["AtomFinding", "ClaimResult", "ItemResult", "RunResult", "Summary", "summarize"]
