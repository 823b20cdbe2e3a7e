"""The demo's promise: the same commit gives the same drift table on every run on this machine,
whatever the load and however many threads torch uses. A small series is built twice from
scratch, under different torch thread settings, and drift.json must match byte for byte (it
holds no timestamps and no absolute paths: labels, numbers, ids and rules only)."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest


@pytest.mark.slow
def test_a_series_built_twice_gives_the_same_drift_json_byte_for_byte(mini_target, tmp_path):
    import torch

    from evalkit.demo.series import build_series
    from evalkit.drift.run import run_drift
    from evalkit.generate.cache import GenerationCache
    from evalkit.run.runner import RunOptions
    from tests.conftest import tiny_settings

    base = tiny_settings()
    settings = replace(base, model=replace(base.model, pretrain_steps=40), finetune=replace(base.finetune, epochs=2))
    # what this test is about is training and generation: skip the embedding models' loading
    config = mini_target.config.model_copy(update={
        "scoring": mini_target.config.scoring.model_copy(update={"embeddings": False}),
        "drift": mini_target.config.drift.model_copy(update={"bertscore": False})})
    target = mini_target.model_copy(update={"config": config})
    before = torch.get_num_threads()
    texts = []
    try:
        for n, threads in enumerate((1, 3)):   # the caller's thread count must not matter
            torch.set_num_threads(threads)
            series = build_series(mini_target, tmp_path / f"series-{n}", settings, reuse=False)
            out = tmp_path / f"drift-{n}"
            run_drift(target, series.adapters, out, baselines=False,
                      options=RunOptions(cache=GenerationCache(tmp_path / f"cache-{n}"), device="cpu"))
            # the checkpoints' paths (relative to the run directory) name their series folder
            texts.append((out / "drift.json").read_bytes().replace(f"series-{n}/".encode(), b"series-N/"))
    finally:
        torch.set_num_threads(before)
    assert texts[0] == texts[1]
    drift = json.loads(texts[0])
    assert str(tmp_path) not in texts[0].decode()
    assert drift["best_uncertainty"]["indistinguishable"] and drift["transitions"]
    assert drift["best_path"].startswith("../series-N/") and all(p["path"] for p in drift["points"])
    assert drift["memorization_uncertainty"] is not None
