"""Build (or reuse) a tiny base and a series of LoRA epochs for a suite: the demo's and the tests'
model factory. A build is keyed by its settings and its data, and marked complete only at the end,
so a crashed build is redone and a finished one is reused."""
from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..config import Target
from .finetune import FinetuneSettings, finetune, training_pairs
from .tinymodel import TinyModelSettings, build_base

MARKER = "evalkit_series.json"


@dataclass(frozen=True)
class SeriesSettings:
    model: TinyModelSettings = TinyModelSettings()
    finetune: FinetuneSettings = FinetuneSettings()


@dataclass
class Series:
    root: Path
    base: Path
    adapters: list[Path]
    reused: bool = False
    seconds: float = 0.0
    losses: dict[str, float] = field(default_factory=dict)   # adapter name -> training loss


def series_key(target: Target, settings: SeriesSettings) -> str:
    """Hash of the factory settings and of everything the training reads."""
    pairs = training_pairs(target.suite, target.config.prompt, settings.finetune.include_unanswerable)
    # format 2: adapters name their base relative to their own folder
    h = hashlib.sha256(json.dumps({"format": 2, **asdict(settings)}, sort_keys=True).encode())
    for doc in target.suite.documents:
        h.update(doc.text.encode())
    h.update(json.dumps(pairs).encode())
    return h.hexdigest()[:16]


def build_series(target: Target, out_dir: str | Path, settings: SeriesSettings = SeriesSettings(),
                 log=None, reuse: bool = True) -> Series:
    out_dir = Path(out_dir).resolve()
    key = series_key(target, settings)
    marker = out_dir / MARKER
    if reuse and marker.is_file():
        stamp = json.loads(marker.read_text())
        if stamp.get("key") == key:
            return Series(out_dir, out_dir / stamp["base"], [out_dir / a for a in stamp["adapters"]], True,
                          0.0, stamp.get("losses", {}))
    from ..generate.hf import quiet_transformers

    quiet_transformers()
    started = time.perf_counter()
    marker.unlink(missing_ok=True)
    texts = [doc.text for doc in target.suite.documents]
    # the base depends on the model settings and documents only: other epochs reuse it
    base_key = hashlib.sha256(json.dumps([asdict(settings.model), texts]).encode()).hexdigest()[:16]
    base_stamp = out_dir / "base" / "evalkit_base_key"
    if not (reuse and base_stamp.is_file() and base_stamp.read_text() == base_key):
        if (out_dir / "base").exists():
            shutil.rmtree(out_dir / "base")
        build_base(texts, out_dir / "base", settings.model, log=log)
        base_stamp.write_text(base_key)
    elif log:
        log(f"reusing the base model in {out_dir / 'base'}")
    base = out_dir / "base"
    if (out_dir / "adapters").exists():
        shutil.rmtree(out_dir / "adapters")
    pairs = training_pairs(target.suite, target.config.prompt, settings.finetune.include_unanswerable)
    if log:
        log(f"fine-tuning on {len(pairs)} train items, {settings.finetune.epochs} epochs")
    adapters = finetune(base, pairs, out_dir / "adapters", settings.finetune, log=log)
    losses = {a.name: json.loads((a / "trainer_state.json").read_text())["loss"] for a in adapters}
    seconds = time.perf_counter() - started
    marker.write_text(json.dumps({
        "key": key, "base": "base", "adapters": [str(a.relative_to(out_dir)) for a in adapters],
        "losses": losses, "seconds": round(seconds, 2)}, indent=2) + "\n")
    return Series(out_dir, base, adapters, False, seconds, losses)
