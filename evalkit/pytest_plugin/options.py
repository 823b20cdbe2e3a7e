"""Command-line, ini and [tool.evalkit] settings, resolved to one Settings (command line > ini > pyproject)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

GROUP = "evalkit"   # the option group in `pytest --help`
_GATE_SPEC = re.compile(r"^\s*([A-Za-z_][\w.-]*)\s*(<=|>=|=<|=>)\s*([-+]?(?:\d+\.?\d*|\.\d+))\s*(%?)\s*$")
_PYPROJECT_KEYS = {"config": str, "checkpoint": str, "base_model": str, "baseline": str, "cache_dir": str,
                   "no_cache": bool, "device": str, "gates": (list, dict), "backend": str, "base_url": str}


# --- options --------------------------------------------------------------------------------------

def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup(GROUP, "evalkit: golden suites as tests (inactive unless a suite is configured)")
    group.addoption("--evalkit", dest="evalkit_config", metavar="CONFIG", default=None,
                    help="Run config (suites/*.yaml) or golden suite file: collect its golden items as tests "
                         "and provide the evalkit_* fixtures.")
    group.addoption("--evalkit-checkpoint", dest="evalkit_checkpoint", metavar="PATH", default=None,
                    help="Checkpoint under test: a model or PEFT adapter directory, or a replay .jsonl "
                         "({\"id\", \"output\"} per line).")
    group.addoption("--evalkit-base-model", dest="evalkit_base_model", metavar="PATH", default=None,
                    help="Base model directory for an adapter (overrides adapter_config.json).")
    group.addoption("--evalkit-backend", dest="evalkit_backend", metavar="NAME", default=None,
                    help="auto (default), hf, openai, vllm or replay.")
    group.addoption("--evalkit-base-url", dest="evalkit_base_url", metavar="URL", default=None,
                    help="OpenAI-compatible server (http://host:8000/v1): the checkpoint is then a served model "
                         "name. The key comes from $OPENAI_API_KEY or the run config's server.api_key_env.")
    group.addoption("--evalkit-no-cache", dest="evalkit_no_cache", action="store_true", default=None,
                    help="Generate every answer anew (xdist workers still share this run's answers).")
    group.addoption("--evalkit-cache-dir", dest="evalkit_cache_dir", metavar="DIR", default=None,
                    help="Generation cache folder (default $EVALKIT_CACHE_DIR or ~/.cache/evalkit).")
    group.addoption("--evalkit-device", dest="evalkit_device", metavar="DEVICE", default=None,
                    help="cuda, mps, cpu or auto (default).")
    group.addoption("--evalkit-gate", dest="evalkit_gates", metavar="METRIC<=X", action="append", default=[],
                    help="A suite gate, e.g. 'hallucination_rate<=0.2' or 'attribution_rate>=60%%'; overrides the "
                         "config's gates.thresholds bound for that metric. Repeatable.")
    group.addoption("--evalkit-baseline", dest="evalkit_baseline", metavar="NAME|FILE", default=None,
                    help="Add the regression check against this recorded baseline (a name under "
                         "golden/<set>/baselines/ or a file) as the item gate[regression].")
    group.addoption("--evalkit-update-baseline", dest="evalkit_update_baseline", metavar="NAME", nargs="?",
                    const="", default=None,
                    help="Record this run's verdicts as golden/<set>/baselines/NAME.json (default name: the "
                         "--evalkit-baseline name, else the checkpoint's label).")
    group.addoption("--evalkit-include-drafts", dest="evalkit_include_drafts", action="store_true", default=False,
                    help="Also collect drafted items not yet reviewed (status: draft); by default only accepted "
                         "and hand-written items are tests.")
    group.addoption("--evalkit-worst", dest="evalkit_worst", metavar="N", type=int, default=5,
                    help="How many failing items the summary lists (default 5).")
    parser.addini("evalkit_config", "evalkit: run config or golden suite (relative to the ini file)", default="")
    parser.addini("evalkit_checkpoint", "evalkit: checkpoint or replay file under test", default="")
    parser.addini("evalkit_base_model", "evalkit: base model directory for an adapter", default="")
    parser.addini("evalkit_baseline", "evalkit: baseline name or file for the regression check", default="")
    parser.addini("evalkit_cache_dir", "evalkit: generation cache folder", default="")
    parser.addini("evalkit_gates", "evalkit: suite gates, one per line (hallucination_rate<=0.2)",
                  type="linelist", default=[])


@dataclass
class Settings:
    """Where the plugin's settings came from, resolved to paths (command line > ini > pyproject)."""

    config: Path | None = None
    checkpoint: str | None = None
    base_model: str | None = None
    no_cache: bool = False
    cache_dir: Path | None = None
    device: str = "auto"
    backend: str = "auto"
    base_url: str | None = None
    gates: list[tuple[str, str, float, str]] = field(default_factory=list)  # (metric, min|max, value, spec)
    baseline: str | None = None
    update_baseline: str | None = None     # None: no update; "": the default name
    worst: int = 5
    include_drafts: bool = False           # also collect drafted items not yet reviewed
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.config is not None

    @property
    def collects(self) -> bool:
        return self.config is not None and self.checkpoint is not None


def _pyproject_settings(config: pytest.Config) -> dict[str, Any]:
    path = config.rootpath / "pyproject.toml"
    if not path.is_file():
        return {}
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError:
            return {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("evalkit", {})
    except (OSError, ValueError):
        return {}   # pytest reports a broken pyproject.toml itself when it is the ini file
    if not isinstance(table, dict):
        return {}
    for key, kind in _PYPROJECT_KEYS.items():
        if key in table and not isinstance(table[key], kind):
            raise pytest.UsageError(f"{path}: [tool.evalkit] {key} has the wrong type "
                                    f"({type(table[key]).__name__})")
    return table


def _parse_gate(spec: str, where: str) -> tuple[str, str, float, str]:
    m = _GATE_SPEC.match(spec)
    if not m:
        raise pytest.UsageError(f"{where}: cannot read the gate {spec!r}; write METRIC<=VALUE or METRIC>=VALUE, "
                                "e.g. 'hallucination_rate<=0.2' or 'attribution_rate>=60%'")
    metric, op, value, pct = m.groups()
    number = float(value) / (100 if pct else 1)
    return metric, ("max" if op in ("<=", "=<") else "min"), number, spec.strip()


def _looks_like_hub_id(value: str) -> bool:
    from ..generate.hub import parse_hub_id

    return bool(value) and parse_hub_id(value) is not None and not Path(value).exists()


def _resolve(value: str, base: Path) -> str:
    p = Path(value).expanduser()
    return str(p if p.is_absolute() else (base / p))


def resolve_settings(config: pytest.Config) -> Settings:
    opt = config.getoption
    cli_dir = config.invocation_params.dir
    ini_dir = config.inipath.parent if config.inipath else config.rootpath
    py = _pyproject_settings(config)
    s = Settings(worst=max(0, opt("evalkit_worst") or 0), include_drafts=bool(opt("evalkit_include_drafts")))

    def pick(name: str, ini_name: str, *, path: bool = True) -> str | None:
        value = opt(f"evalkit_{name}")
        if value:
            s.sources[name] = "command line"
            return _resolve(value, cli_dir) if path else value
        value = config.getini(ini_name) if ini_name else ""
        if value:
            s.sources[name] = f"ini {ini_name}"
            return _resolve(value, ini_dir) if path else value
        value = py.get(name)
        if value:
            s.sources[name] = "[tool.evalkit]"
            return _resolve(value, config.rootpath) if path else value
        return None

    config_path = pick("config", "evalkit_config")
    s.config = Path(config_path) if config_path else None
    checkpoint = pick("checkpoint", "evalkit_checkpoint")
    base = pick("base_model", "evalkit_base_model")
    s.checkpoint, s.base_model = checkpoint, base
    cache_dir = pick("cache_dir", "evalkit_cache_dir")
    s.cache_dir = Path(cache_dir) if cache_dir else None
    s.no_cache = bool(opt("evalkit_no_cache") or py.get("no_cache", False))
    s.device = opt("evalkit_device") or py.get("device") or "auto"
    s.backend = opt("evalkit_backend") or py.get("backend") or "auto"
    s.base_url = opt("evalkit_base_url") or py.get("base_url") or None
    if s.base_url or s.backend not in ("auto", "replay") or _looks_like_hub_id(opt("evalkit_checkpoint") or ""):
        raw = opt("evalkit_checkpoint") or config.getini("evalkit_checkpoint") or py.get("checkpoint")
        if raw and not Path(s.checkpoint or "").exists():
            s.checkpoint = raw   # a served model name or a hub id: not a path to resolve
    # a baseline name stays a name; a file is resolved where it was given
    raw = opt("evalkit_baseline") or config.getini("evalkit_baseline") or py.get("baseline")
    if raw:
        base_dir = cli_dir if opt("evalkit_baseline") else (ini_dir if config.getini("evalkit_baseline")
                                                              else config.rootpath)
        looks_like_file = raw.endswith(".json") or "/" in raw or os.sep in raw
        s.baseline = _resolve(raw, base_dir) if looks_like_file else raw
    s.update_baseline = opt("evalkit_update_baseline")

    # gates: pyproject, then ini, then the command line; a later bound replaces an earlier one
    py_gates = py.get("gates", [])
    if isinstance(py_gates, dict):
        for metric, bounds in py_gates.items():
            if not isinstance(bounds, dict) or set(bounds) - {"min", "max"}:
                raise pytest.UsageError(f"[tool.evalkit] gates.{metric}: expected {{min = X}} and/or {{max = Y}}")
            for side, v in bounds.items():
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    raise pytest.UsageError(f"[tool.evalkit] gates.{metric}: {side} must be a number, not {v!r}")
                s.gates.append((metric, side, float(v), f"{metric}{'>=' if side == 'min' else '<='}{v}"))
    else:
        s.gates += [_parse_gate(str(g), "[tool.evalkit] gates") for g in py_gates]
    s.gates += [_parse_gate(g, "ini evalkit_gates") for g in config.getini("evalkit_gates") if g.strip()]
    s.gates += [_parse_gate(g, "--evalkit-gate") for g in opt("evalkit_gates") or []]
    return s


