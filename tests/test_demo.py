"""The model factory and `evalkit demo`, at toy sizes."""
from __future__ import annotations

import json

from evalkit.demo.series import build_series
from tests.conftest import MINI_SUITE, tiny_settings


def test_series_layout_and_reuse(tiny_series, mini_target):
    assert [a.name for a in tiny_series.adapters] == ["epoch-01", "epoch-02", "epoch-03"]
    assert (tiny_series.base / "model.safetensors").is_file() and (tiny_series.base / "tokenizer.json").is_file()
    state = json.loads((tiny_series.adapters[-1] / "trainer_state.json").read_text())
    assert state["epoch"] == 3 and [h["epoch"] for h in state["log_history"]] == [1, 2, 3]
    assert state["log_history"][-1]["loss"] < state["log_history"][0]["loss"]
    cfg = json.loads((tiny_series.adapters[0] / "adapter_config.json").read_text())
    # stored relative to the adapter, so the run folder can move (`../../base` from adapters/epoch-01)
    assert (tiny_series.adapters[0] / cfg["base_model_name_or_path"]).resolve() == tiny_series.base.resolve()
    again = build_series(mini_target, tiny_series.root, tiny_settings())
    assert again.reused and again.adapters == tiny_series.adapters


def test_base_loads_as_a_plain_transformers_directory(tiny_base):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_base)
    model = AutoModelForCausalLM.from_pretrained(tiny_base, use_safetensors=True)
    assert model.config.resid_pdrop == model.config.attn_pdrop == 0.0
    assert tok.eos_token == "<|endoftext|>" and model.config.vocab_size == len(tok)


def test_pretraining_is_deterministic(tmp_path, mini_target):
    from safetensors.torch import load_file

    from evalkit.demo.tinymodel import TinyModelSettings, build_base

    texts = [d.text for d in mini_target.suite.documents]
    settings = TinyModelSettings(n_layer=1, n_embd=32, n_head=2, pretrain_steps=5)
    a = load_file(build_base(texts, tmp_path / "a", settings) / "model.safetensors")
    b = load_file(build_base(texts, tmp_path / "b", settings) / "model.safetensors")
    assert all((a[k] == b[k]).all() for k in a)


def test_demo_end_to_end_small(tmp_path):
    from typer.testing import CliRunner

    from evalkit.cli import app
    import evalkit.cli.demo  # noqa: F401  (registers `demo` if evalkit.cli does not yet)

    out = tmp_path / "demo"
    result = CliRunner().invoke(app, ["demo", "--epochs", "2", "--pretrain-steps", "10", "--out", str(out), "--no-baselines",
                                      "--suite", str(MINI_SUITE), "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert "drift · mini" in result.output and "epoch-02" in result.output
    assert "best checkpoint:" in result.output
    for label in ("base", "epoch-01", "epoch-02"):
        assert (out / "eval" / label / "results.json").is_file()
    drift = json.loads((out / "eval" / "drift.json").read_text())
    assert [p["label"] for p in drift["points"]] == ["base", "epoch-01", "epoch-02"]
    assert (out / "eval" / "plots" / "drift-1-quality.svg").is_file()
    assert (out / "model" / "base" / "model.safetensors").is_file()
