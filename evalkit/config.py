"""Run configs (`suites/*.yaml`): which golden set, how to prompt and generate, which gates apply.

Every command takes either a run config or a golden suite file; `load_target` tells them apart
(a run config has a `golden` key) and gives both back, with defaults for a bare suite.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import InputError, Problem, explain_validation_error
from .results.metrics import RATE_NAMES
from .results.model import PASS_REQUIRES, PassRequirement
from .suite import Suite, suite_from_data
from .yamlfile import line_of, load_yaml_with_lines


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PromptConfig(_Section):
    # "closed-book" asks the question alone; "open-book" adds the source document's text;
    # any other string is a template with {question}, {document}, {title} placeholders.
    template: str = "closed-book"
    cite_source: bool = True
    system: str | None = None
    use_chat_template: bool = True


class GenerationConfig(_Section):
    max_new_tokens: int = Field(default=128, ge=1)
    do_sample: bool = False
    temperature: float = Field(default=1.0, gt=0)
    top_p: float = Field(default=1.0, gt=0, le=1)
    seed: int = 0
    stop: tuple[str, ...] = ()
    batch_size: int | Literal["auto"] = "auto"


def _valid_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None
    return pattern


class ScoringConfig(_Section):
    # scorer names, run in this order; plugins add theirs through the `evalkit.scorers` entry points
    # (the order of the reasons an item gets: what is wrong with the answer before how it cites)
    scorers: tuple[str, ...] = ("similarity", "abstention", "correctness", "hallucination", "attribution")
    # what a pass requires of an answer to an answerable item (see results.model.decide_pass):
    # correct (states the key facts), grounded (not hallucinated), cited (attributed)
    pass_requires: tuple[PassRequirement, ...] = PASS_REQUIRES
    memorized_threshold: float = Field(default=0.9, ge=0, le=1)
    embeddings: bool = True          # soft support of claims without hard atoms (MiniLM)
    support_threshold: float = Field(default=0.5, ge=0, le=1)
    plugins: dict[str, dict] = Field(default_factory=dict)  # per-plugin settings, by scorer name
    # extra ways of declining (regexes, case-insensitive), on top of the built-in structural rules
    abstention_phrases: tuple[Annotated[str, AfterValidator(_valid_regex)], ...] = ()
    # longer outputs are scored by their first this-many characters (noted in the item's reasons);
    # null scores them whole
    max_output_chars: int | None = Field(default=20_000, ge=1)
    # what a claim may be supported by: the reference and the item's source document ("source"); also
    # the one sentence of a document about the same subject that the claim is a version of
    # ("aligned", the default: an addendum's old fee, "up from £38", is no invention); or also the
    # closest passage of such a document ("related": looser, a value stated there in another role passes)
    evidence: Literal["source", "aligned", "related"] = "aligned"
    # processes that score a long list of answers (the rules are pure Python: one core each); "auto"
    # takes one per free core, for lists of 300 answers and more and the built-in scorers only
    # (see scoring/processes.py); 1 scores in this process
    workers: Annotated[int, Field(ge=1)] | Literal["auto"] = "auto"


class Threshold(_Section):
    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _min_below_max(self):
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min:g} is above max {self.max:g}; no value can pass")
        return self


# the Summary rates gates compare and thresholds bound: the metric catalogue's, see results/metrics.py
RATE_METRICS = RATE_NAMES
# the rates compared with the baseline unless the config says otherwise: a pass already requires
# an answer that is correct, grounded and attributed (or an abstention), so these two cover the rest
DEFAULT_REGRESSION_METRICS = ("pass_rate", "hallucination_rate")


class RegressionRule(_Section):
    tolerance: float = Field(default=0.05, ge=0, le=1)
    alpha: float = Field(default=0.05, gt=0, lt=1)
    min_items: int = Field(default=30, ge=1)
    # the Summary rates compared with the baseline, each with its own paired tests
    metrics: tuple[str, ...] = DEFAULT_REGRESSION_METRICS
    confidence: float = Field(default=0.95, gt=0, lt=1)   # of the paired bootstrap interval
    resamples: int = Field(default=10_000, ge=100, le=100_000)
    seed: int = 0                                         # fixed, so a gate never changes on re-run


class GatesConfig(_Section):
    thresholds: dict[str, Threshold] = Field(default_factory=dict)
    regression: RegressionRule = RegressionRule()
    baseline: str | None = None   # baseline name under golden/<set>/baselines/ (default: the only one)


class BaselinesConfig(_Section):
    tasks: tuple[str, ...] = ()
    include_path: str | None = None
    limit: int | None = None


class DriftRules(_Section):
    """Thresholds of the drift verdicts (see evalkit/drift.py for the rules)."""

    verbatim: float = Field(default=0.5, ge=0, le=1)          # verbatim rate on training questions
    gap: float = Field(default=0.25, ge=0, le=1)              # ROUGE-L train minus held-out/paraphrased
    forgetting_drop: float = Field(default=0.05, ge=0, le=1)  # baseline score drop from the first point
    paraphrases: bool = True                                  # also ask the paraphrased questions
    bertscore: bool = True                                    # BERTScore against references in the table
    # uncertainty of the best checkpoint and the memorization onset (a paired bootstrap over items),
    # and of transitions between consecutive checkpoints (exact McNemar)
    alpha: float = Field(default=0.05, gt=0, lt=1)
    prefer: Literal["best", "earliest"] = "best"              # among checkpoints indistinguishable from the best
    resamples: int = Field(default=2000, ge=100, le=100_000)
    seed: int = 0


class ServerConfig(_Section):
    """An OpenAI-compatible server (`--backend openai`). Command-line options override these.
    The key itself never goes in a config: name the environment variable holding it."""

    base_url: str | None = None
    chat: bool = False
    api_key_env: str | None = Field(default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    headers: dict[str, str] = Field(default_factory=dict)
    concurrency: int = Field(default=8, ge=1, le=256)
    timeout_s: float = Field(default=120.0, gt=0)
    deadline_s: float = Field(default=600.0, gt=0)


class RunConfig(_Section):
    golden: str
    name: str | None = None
    prompt: PromptConfig = PromptConfig()
    generation: GenerationConfig = GenerationConfig()
    scoring: ScoringConfig = ScoringConfig()
    gates: GatesConfig = GatesConfig()
    baselines: BaselinesConfig = BaselinesConfig()
    drift: DriftRules = DriftRules()
    server: ServerConfig = ServerConfig()
    file: Path | None = Field(default=None, exclude=True)

    @property
    def golden_path(self) -> Path:
        base = self.file.parent if self.file else Path.cwd()
        return (base / self.golden).resolve()


class Target(BaseModel):
    """What a command runs on: the suite and the run settings."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    suite: Suite
    config: RunConfig
    path: Path

    def usable(self, include_drafts: bool = False) -> "Target":
        """This target with only the items to evaluate (see `Suite.usable`)."""
        suite = self.suite.usable(include_drafts)
        return self if suite is self.suite else self.model_copy(update={"suite": suite})


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names of the section at `loc`, for did-you-mean on misspelt keys."""
    for part in loc:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        annotation = getattr(field, "annotation", None)
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            break
        model = annotation
    return [f for f in model.model_fields if f != "file"]


def load_config(path: str | Path) -> RunConfig:
    path = Path(path)
    data, lines = load_yaml_with_lines(path)
    return _config_from_data(data, lines, path)


def _config_from_data(data: Any, lines: dict, path: Path) -> RunConfig:
    try:
        config = RunConfig.model_validate(data)
    except ValidationError as exc:
        raise InputError([
            Problem(path, explain_validation_error(err, _fields_at(RunConfig, err["loc"][:-1])), line=line_of(lines, tuple(err["loc"])))
            for err in exc.errors()
        ]) from None
    return config.model_copy(update={"file": path.resolve()})


def load_target(path: str | Path) -> Target:
    """Load a run config (and the golden suite it names) or a golden suite with default settings."""
    path = Path(path)
    data, lines = load_yaml_with_lines(path)
    if isinstance(data, dict) and "golden" in data:
        config = _config_from_data(data, lines, path)
        golden = config.golden_path
        if not golden.is_file():
            raise InputError([Problem(path, f"golden suite '{config.golden}' not found (looked for {golden})",
                                      line=line_of(lines, ("golden",)))])
        from .suite import load_suite

        return Target(suite=load_suite(golden), config=config, path=path)
    suite = suite_from_data(data, lines, path)
    return Target(suite=suite, config=RunConfig(golden=str(path.resolve()), file=path.resolve()), path=path)


# --- what a stored result depends on -----------------------------------------------------------

# Knobs that change how fast outputs come, never what they are: greedy outputs are tested
# identical across batch sizes (as the generation cache's key already assumes).
SPEED_ONLY = {"generation": frozenset({"batch_size"})}


def result_settings(config: RunConfig) -> dict:
    """The settings a run's verdicts depend on besides the checkpoint: prompt, generation and
    scoring, without speed-only knobs. Golden baselines record this;
    `rundir.settings_digest` (drift's reuse of stored results) hashes it."""
    return {section: getattr(config, section).model_dump(mode="json", exclude=set(SPEED_ONLY.get(section, ())))
            for section in ("prompt", "generation", "scoring")}
