"""evalkit-judge: an LLM judge plugin for evalkit (entry point `llm-judge`)."""
from .scorer import JudgeSettings, llm_judge, parse_key_fact, parse_verdict

__all__ = ["JudgeSettings", "llm_judge", "parse_key_fact", "parse_verdict"]
