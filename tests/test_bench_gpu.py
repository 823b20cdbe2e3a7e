"""bench/gpu.py, the GPU check, runs end to end on CPU with a tiny config (the same steps)."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_gpu_check_runs_on_cpu_with_a_tiny_model(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    from bench import gpu

    res = gpu.main([str(tmp_path / "out"), "--size", "tiny", "--device", "cpu", "--models", str(tmp_path / "models")])
    assert res["errors"] == {}
    data = json.loads((tmp_path / "out" / "gpu.json").read_text())
    md = (tmp_path / "out" / "gpu.md").read_text()
    assert data["size"] == "tiny" and data["device"] == "cpu"
    assert data["decode"]["tok_s"] > 0 and 0 < data["decode"]["mbu"]
    methods = {(r["method"], str(r["batch"])) for r in data["batched"]}
    assert {("naive loop", "1"), ("plain batched", "16"), ("plain batched", "64"), ("evalkit", "16"),
            ("evalkit", "64"), ("evalkit", "auto (16)")} <= methods
    tokens = {r["tokens"] for r in data["batched"] if r["method"] != "naive loop"}
    assert len(tokens) == 1   # every batched method generated the same number of tokens
    a = data["adapters"]
    assert a["adapters"] == 8 and a["hotswaps"] == 7 and a["same_outputs"]
    o = data["oom"]
    assert o["simulated"] and o["batch_sizes_tried"] == [16, 8, 4] and o["finished"] == o["prompts"]
    assert "MBU" in md and "| evalkit | 64 |" in md and "swap" in md
