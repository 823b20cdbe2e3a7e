"""The LLM judge: each claim of an answer checked against its aligned evidence by a model behind
any OpenAI-compatible server, plus one question per answerable item: does the answer state the
reference's key fact?

Requests go through evalkit's own OpenAI-compatible client (`evalkit.generate.openai`): its
bounded thread pool, per-request timeout and retries. Replies are cached in memory per (server,
model, endpoint, prompt) for the life of the scorer, which the pipeline builds once per run, so a
repeated answer costs nothing.

How the verdicts combine with the built-in ones is `evalkit.scoring.result.combine`'s rule, the
same for every scorer: `hallucinated` is ORed (the judge can add a hallucination, never clear
one), `correct` is ANDed (the judge can deny that an answer states the key fact, never grant it
against another scorer). With `decide: false` the judge sets neither; its verdicts are scores and
reasons only.
"""
from __future__ import annotations

import http.client
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from evalkit.config import GenerationConfig
from evalkit.errors import InputError, Problem, read_user_text
from evalkit.generate.openai import OpenAIGenerator, OpenAISettings, ServerError
from evalkit.generate.prompts import Prompt
from evalkit.scoring.registry import ScorerFn, scorer
from evalkit.scoring.result import ScoreResult
from evalkit.scoring.text import content_words

NAME = "llm-judge"
SUPPORTED, CONTRADICTED, NOT_ENOUGH_INFO = "SUPPORTED", "CONTRADICTED", "NOT_ENOUGH_INFO"
CLAIM_FIELDS = ("claim", "evidence")          # placeholders a claim prompt must have
KEY_FACT_FIELDS = ("reference", "answer")     # and a key-fact prompt


@dataclass(frozen=True)
class JudgeSettings:
    base_url: str
    model: str
    api_key_env: str | None = None     # the NAME of an environment variable holding the key
    chat: bool = True                  # /chat/completions (else /completions)
    timeout: float = 60.0              # seconds per request
    concurrency: int = 4               # requests in flight at once
    retries: int = 2
    max_claims: int = 8                # per answer; the rest are not judged (noted)
    evidence_sentences: int = 4        # aligned evidence sentences shown per claim
    max_tokens: int = 64
    decide: bool = False
    flag_unsupported_facts: bool = True  # decide: NOT_ENOUGH_INFO on a claim with a number/date/name flags it
    prompt_file: str | None = None
    key_fact_prompt_file: str | None = None


@scorer(name=NAME)
def llm_judge(base_url: str | None = None, model: str | None = None, api_key_env: str | None = None,
              chat: bool = True, timeout: float = 60.0, concurrency: int = 4, retries: int = 2,
              max_claims: int = 8, evidence_sentences: int = 4, max_tokens: int = 64, decide: bool = False,
              flag_unsupported_facts: bool = True, prompt_file: str | None = None,
              key_fact_prompt_file: str | None = None) -> ScorerFn:
    """Scorer factory, from `scoring.plugins.llm-judge`: see the module docstring and the README."""
    raw = dict(base_url=base_url, model=model, api_key_env=api_key_env, chat=chat, timeout=timeout,
               concurrency=concurrency, retries=retries, max_claims=max_claims,
               evidence_sentences=evidence_sentences, max_tokens=max_tokens, decide=decide,
               flag_unsupported_facts=flag_unsupported_facts, prompt_file=prompt_file,
               key_fact_prompt_file=key_fact_prompt_file)
    state: dict = {}

    def score(cases, context) -> list[ScoreResult]:
        if "judge" not in state:  # resolved on first use: the run config's location is known then
            state["judge"] = Judge(_resolved(raw, context.config_file))
        return state["judge"].score(cases, context)

    return score


# --- settings ------------------------------------------------------------------------------------

def _resolved(raw: dict, config_file: Path | None) -> JudgeSettings:
    where = config_file or Path("<run config>")
    problems = []

    def bad(message: str) -> None:
        problems.append(Problem(where, f"scoring.plugins.{NAME}.{message}"))

    for key in ("base_url", "model"):
        if not raw[key] or not isinstance(raw[key], str):
            bad(f"{key} is not set: " + ("give the URL of the judge's OpenAI-compatible server (e.g. "
                                          "http://127.0.0.1:8000/v1)" if key == "base_url"
                                          else "give the name of the model the judge server serves"))
    if raw["base_url"] and isinstance(raw["base_url"], str) and not re.match(r"https?://", raw["base_url"]):
        bad(f"base_url: '{raw['base_url']}' is not an http(s) URL")
    for key in ("chat", "decide", "flag_unsupported_facts"):
        if not isinstance(raw[key], bool):
            bad(f"{key}: expected true or false, got {raw[key]!r}")
    for key in ("concurrency", "max_claims", "evidence_sentences", "max_tokens"):
        if isinstance(raw[key], bool) or not isinstance(raw[key], int) or raw[key] < 1:
            bad(f"{key}: expected a whole number >= 1, got {raw[key]!r}")
    if isinstance(raw["retries"], bool) or not isinstance(raw["retries"], int) or raw["retries"] < 0:
        bad(f"retries: expected a whole number >= 0, got {raw['retries']!r}")
    if isinstance(raw["timeout"], bool) or not isinstance(raw["timeout"], (int, float)) or raw["timeout"] <= 0:
        bad(f"timeout: expected seconds > 0, got {raw['timeout']!r}")
    env = raw["api_key_env"]
    if env is not None and (not isinstance(env, str) or not env):
        bad(f"api_key_env: expected the name of an environment variable, got {env!r}")
    elif env and not os.environ.get(env):
        # name the variable, never a value
        bad(f"api_key_env: the environment variable {env} is not set (it should hold the server's API key)")
    for key in ("prompt_file", "key_fact_prompt_file"):
        if raw[key] is not None and not isinstance(raw[key], str):
            bad(f"{key}: expected a file path, got {raw[key]!r}")
    if problems:
        raise InputError(problems)
    paths = {}
    for key in ("prompt_file", "key_fact_prompt_file"):
        if raw[key]:  # relative to the run config
            path = Path(raw[key]).expanduser()
            paths[key] = str(Path(config_file).parent / path if not path.is_absolute() and config_file else path)
    return JudgeSettings(**{**raw, "timeout": float(raw["timeout"]), **paths})


def _template(path: str | None, default: str, fields: tuple[str, ...], setting: str, where: Path) -> str:
    if path is None:
        return resources.files("evalkit_judge").joinpath("prompts", default).read_text(encoding="utf-8")
    text = read_user_text(Path(path), "file not found", "a prompt text file")
    missing = [f"{{{f}}}" for f in fields if f"{{{f}}}" not in text]
    if missing:
        raise InputError([Problem(Path(path), f"a {setting} for {NAME} must contain {', '.join(missing)} "
                                              f"(set in {where})")])
    return text


def fill(template: str, **values: str) -> str:
    """Placeholders replaced literally: a prompt may hold other braces, a value may hold any text."""
    out = []
    for piece in re.split(r"(\{(?:question|claim|evidence|reference|answer)\})", template):
        out.append(values.get(piece[1:-1], piece) if piece.startswith("{") and piece[1:-1] in values else piece)
    return "".join(out)


# --- parsing replies -----------------------------------------------------------------------------

_THINK = re.compile(r"<think>.*?</think>", re.S | re.I)
_PREFIX = re.compile(r"^\s*(?:verdict|answer|reply|label|judgement|judgment|result)\s*[:=-]\s*", re.I)
_VERDICT = re.compile(
    r"\b(?:(?P<nei>not[\s_-]*enough[\s_-]*info(?:rmation)?|insufficient(?:[\s_-]+info(?:rmation)?)?|nei"
    r"|unsupported|not[\s_-]+supported|unverifiable)"
    r"|(?P<neg>not[\s_-]+contradict(?:ed|s)?)"
    r"|(?P<con>contradict(?:ed|s|ion|ory)?|refuted)"
    r"|(?P<sup>supported|supports|entailed))\b", re.I)
_YES_NO = re.compile(r"\b(yes|no)\b", re.I)
_LABEL = {"nei": NOT_ENOUGH_INFO, "con": CONTRADICTED, "sup": SUPPORTED, "neg": None}


def _clean(reply: str) -> str:
    text = _THINK.sub(" ", reply or "")
    text = re.sub(r"[*_`#>\[\]\"]+(?=\w)|(?<=\w)[*`#\[\]\"]+", " ", text).strip()
    while (m := _PREFIX.match(text)):
        text = text[m.end():]
    return text.strip()


def _reason_after(text: str, end: int) -> str:
    rest = text[end:]
    first, _, more = rest.partition("\n")
    reason = first.strip(" \t-:–—.,;)(") or next((l.strip(" \t-:–—") for l in more.splitlines() if l.strip()), "")
    return re.sub(r"\s+", " ", reason)[:200]


def parse_verdict(reply: str) -> tuple[str | None, str]:
    """(SUPPORTED | CONTRADICTED | NOT_ENOUGH_INFO, reason), or (None, the reply clipped) when the
    reply holds no verdict or contradictory ones. The verdict is the label the reply starts with,
    or the only kind of label in its first line; case, underscores, punctuation and extra words
    do not matter."""
    text = _clean(reply)
    head = _chosen(text, _VERDICT, lambda m: m.lastgroup)
    if head is None:
        return None, _clip(reply)
    label = _LABEL[head.lastgroup]
    if label is None:
        return None, _clip(reply)
    return label, _reason_after(text, head.end())


def parse_key_fact(reply: str) -> tuple[bool | None, str]:
    """(True for YES, False for NO, reason), or (None, the reply clipped) when unreadable."""
    text = _clean(reply)
    head = _chosen(text, _YES_NO, lambda m: m.group(1).casefold())
    if head is None:
        return None, _clip(reply)
    return head.group(1).casefold() == "yes", _reason_after(text, head.end())


def _chosen(text: str, pattern: re.Pattern, kind):
    """The label the reply chooses: the one it starts with, or the only kind in its first line
    (the whole reply when the first line has none); None when it has none, or hedges between
    kinds ("maybe supported, maybe contradicted"), or lists the choices back."""
    first_line = text.split("\n", 1)[0]
    src = first_line if pattern.search(first_line) else text
    matches = list(pattern.finditer(src))
    if not matches:
        return None
    head = matches[0]
    if (head.start() > 0 and len({kind(m) for m in matches}) > 1) or _listed(src, matches, kind):
        return None
    return head


_LIST_GLUE = re.compile(r"\s*(?:/|\||,|\bor\b|\band\b|\bvs\b\.?)\s*", re.I)


def _listed(text: str, matches: list, kind) -> bool:
    """Two different labels joined by "/", "or", "and", ",": the choices listed, not one chosen."""
    return any(kind(a) != kind(b) and _LIST_GLUE.fullmatch(text[a.end():b.start()])
               for a, b in zip(matches, matches[1:]))


def _clip(text: str, n: int = 80) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= n else text[:n - 1] + "…"


# --- the judge -----------------------------------------------------------------------------------

@dataclass
class Judge:
    settings: JudgeSettings
    cache: dict[tuple, str] = field(default_factory=dict)
    _words: dict[str, frozenset] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        s = self.settings
        self.client = OpenAIGenerator(OpenAISettings(
            base_url=s.base_url, model=s.model, chat=s.chat,
            api_key=os.environ.get(s.api_key_env) if s.api_key_env else None,
            concurrency=s.concurrency, timeout_s=s.timeout, retries=s.retries))
        self.generation = GenerationConfig(max_new_tokens=s.max_tokens, do_sample=False)
        self._templates: tuple[str, str] | None = None

    def templates(self, where: Path) -> tuple[str, str]:
        if self._templates is None:
            s = self.settings
            self._templates = (_template(s.prompt_file, "claim.txt", CLAIM_FIELDS, "prompt_file", where),
                               _template(s.key_fact_prompt_file, "key_fact.txt", KEY_FACT_FIELDS,
                                         "key_fact_prompt_file", where))
        return self._templates

    def words(self, text: str) -> frozenset:
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = frozenset(content_words(text))
        return found

    def aligned_evidence(self, context, item, claim: str) -> list[tuple[str, str]]:
        """The evidence sentences sharing the most content words with the claim, in evidence order."""
        claim_words = self.words(claim)
        ranked, seen = [], set()
        for u, (label, text) in enumerate(context.claim_evidence(item, claim).units):
            for s, sentence in enumerate(context.sentences(text)):
                if sentence in seen:
                    continue
                seen.add(sentence)
                ranked.append((-len(claim_words & self.words(sentence)), u, s, label, sentence))
        top = sorted(ranked)[:self.settings.evidence_sentences]
        return [(label, sentence) for _, _, _, label, sentence in sorted(top, key=lambda t: (t[1], t[2]))]

    def ask(self, prompts: list[str], where: Path) -> list[str]:
        """The replies, in order: cached ones free, the rest in one bounded concurrent batch."""
        s = self.settings
        keys = [(s.base_url.rstrip("/"), s.model, s.chat, p) for p in prompts]
        todo = list(dict.fromkeys(k for k in keys if k not in self.cache))
        if todo:
            try:
                replies = self.client.generate([Prompt.plain(k[-1]) for k in todo], self.generation)
            except (ServerError, ValueError, OSError, http.client.HTTPException) as exc:
                why = (f"it answered with something that is not JSON ({exc})" if isinstance(exc, ValueError)
                       else f"{type(exc).__name__}: {exc}" if not isinstance(exc, ServerError) else str(exc))
                raise InputError([Problem(where, f"scoring.plugins.{NAME}: the judge server {s.base_url} failed: "
                                                 f"{_clip(why, 300)}")]) from None
            for k, g in zip(todo, replies):
                self.cache[k] = g.text if g is not None else ""
        return [self.cache[k] for k in keys]

    def score(self, cases, context) -> list[ScoreResult]:
        where = context.config_file or Path("<run config>")
        claim_template, key_template = self.templates(where)
        s = self.settings
        prompts: list[str] = []
        asks: list[tuple[int, str, int]] = []  # (case index, "claim" | "key", claim index)
        for ci, case in enumerate(cases):
            item = case.item
            if case.abstention is None:  # an abstention states no facts to check
                for k, claim in enumerate(case.claims[:s.max_claims]):
                    evidence = "\n".join(f"- [{label}] {sentence}"
                                         for label, sentence in self.aligned_evidence(context, item, claim.text))
                    prompts.append(fill(claim_template, question=item.question, claim=claim.text,
                                        evidence=evidence or "(none)"))
                    asks.append((ci, "claim", k))
            if item.answerable and item.answer:
                prompts.append(fill(key_template, question=item.question, reference=item.answer,
                                    answer=case.answer))
                asks.append((ci, "key", -1))
        replies = self.ask(prompts, where) if prompts else []
        verdicts: list[list[tuple[int, str | None, str]]] = [[] for _ in cases]
        key_fact: list[tuple[bool | None, str] | None] = [None] * len(cases)
        for (ci, what, k), reply in zip(asks, replies):
            if what == "claim":
                verdicts[ci].append((k, *parse_verdict(reply)))
            else:
                key_fact[ci] = parse_key_fact(reply)
        return [self.result(case, verdicts[ci], key_fact[ci]) for ci, case in enumerate(cases)]

    def result(self, case, verdicts: list[tuple[int, str | None, str]],
               key_fact: tuple[bool | None, str] | None) -> ScoreResult:
        s = self.settings
        tag = "LLM judge" if s.decide else "LLM judge (advisory)"
        out = ScoreResult()
        judged = [(k, v, why) for k, v, why in verdicts if v is not None]
        if judged:
            out.scores["judge_support"] = sum(v == SUPPORTED for _, v, _ in judged) / len(judged)
        flagged = []
        for k, verdict, why in verdicts:
            text = _clip(case.claims[k].text)
            if verdict is None:
                out.reasons.append(f"{tag}: unreadable reply for \"{text}\": \"{why}\" (claim not judged)")
            elif verdict == CONTRADICTED:
                flagged.append(k)
                out.reasons.append(f"{tag}: contradicted \"{text}\": {why or 'no reason given'}")
            elif verdict == NOT_ENOUGH_INFO:
                specific = bool(case.claim_atoms[k])  # a number, date, name or code the evidence does not back
                if specific and s.flag_unsupported_facts:
                    flagged.append(k)
                out.reasons.append(f"{tag}: not enough information for \"{text}\""
                                   f"{' (states a specific fact)' if specific else ''}: {why or 'no reason given'}")
        if len(case.claims) > s.max_claims and case.abstention is None:
            out.reasons.append(f"{tag}: judged the first {s.max_claims} of {len(case.claims)} claims (max_claims)")
        correct = None
        if key_fact is not None:
            correct, why = key_fact
            if correct is None:
                out.reasons.append(f"{tag}: unreadable reply on the key fact: \"{why}\"")
            else:
                out.scores["judge_correct"] = 1.0 if correct else 0.0
                if not correct:
                    out.reasons.append(f"{tag}: the answer does not state the key fact: {why or 'no reason given'}")
        if s.decide:
            # the OR rule: True adds a hallucination; False only when every judged claim was read
            if flagged:
                out.hallucinated = True
            elif verdicts and len(judged) == len(verdicts):
                out.hallucinated = False
            out.correct = correct
        return out


__all__ = ["JudgeSettings", "Judge", "llm_judge", "parse_key_fact", "parse_verdict", "fill"]
