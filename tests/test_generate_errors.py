"""Bad checkpoints fail early with the path and the cause; the CLI prints them and exits 2."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from evalkit.errors import InputError
from evalkit.generate.checkpoint import inspect_checkpoint
from tests.conftest import MINI_SUITE


def _problem(exc_info) -> str:
    (p,) = exc_info.value.problems
    return f"{p.file}: {p.message}"


def test_missing_path(tmp_path):
    with pytest.raises(InputError) as e:
        inspect_checkpoint(tmp_path / "nope")
    assert "nope: checkpoint not found" in _problem(e)


def test_a_file_or_an_empty_dir_is_not_a_checkpoint(tmp_path):
    f = tmp_path / "weights.txt"
    f.write_text("x")
    with pytest.raises(InputError, match="not a checkpoint"):
        inspect_checkpoint(f)
    with pytest.raises(InputError) as e:
        inspect_checkpoint(tmp_path)
    assert str(tmp_path) in _problem(e) and "no config.json" in _problem(e)


def test_missing_base_model(tmp_path, tiny_adapters):
    adapter = shutil.copytree(tiny_adapters[0], tmp_path / "adapter")
    cfg = json.loads((adapter / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = str(tmp_path / "gone-base")
    (adapter / "adapter_config.json").write_text(json.dumps(cfg))
    with pytest.raises(InputError) as e:
        inspect_checkpoint(adapter)
    assert "gone-base' not found" in _problem(e) and "--base-model" in _problem(e)


def test_base_override(tmp_path, tiny_adapters, tiny_base):
    adapter = shutil.copytree(tiny_adapters[0], tmp_path / "adapter")
    cfg = json.loads((adapter / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = "some/hub-name"
    (adapter / "adapter_config.json").write_text(json.dumps(cfg))
    info = inspect_checkpoint(adapter, base=tiny_base)
    assert info.kind == "adapter" and info.base == tiny_base.resolve()


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_corrupt_safetensors(tmp_path, tiny_base, damage):
    model = shutil.copytree(tiny_base, tmp_path / "model")
    weights = model / "model.safetensors"
    data = weights.read_bytes()
    weights.write_bytes(data[: len(data) // 2] if damage == "truncate" else b"\x00" * 64)
    with pytest.raises(InputError) as e:
        inspect_checkpoint(model)
    assert "model.safetensors: corrupt safetensors file" in _problem(e)


def test_pickle_weights_refused(tmp_path, tiny_base):
    model = shutil.copytree(tiny_base, tmp_path / "model")
    (model / "model.safetensors").rename(model / "pytorch_model.bin")
    with pytest.raises(InputError, match="safetensors only"):
        inspect_checkpoint(model)


def test_tokenizer_without_pad_or_eos(tmp_path, tiny_base, hf_pool):
    model = shutil.copytree(tiny_base, tmp_path / "model")
    cfg_file = model / "tokenizer_config.json"
    cfg = json.loads(cfg_file.read_text())
    for k in ("eos_token", "bos_token", "unk_token", "pad_token"):
        cfg.pop(k, None)
    cfg_file.write_text(json.dumps(cfg))
    gen = hf_pool.generator(model)
    with pytest.raises(InputError) as e:
        hf_pool.tokenizer(gen.info)
    assert "no pad token and no eos token" in _problem(e)


@pytest.fixture(scope="module")
def other_base(tmp_path_factory, tiny_base):
    """A model with another width: the tiny adapters do not fit it."""
    from transformers import AutoTokenizer, GPT2Config, GPT2LMHeadModel

    out = tmp_path_factory.mktemp("other-base")
    tok = AutoTokenizer.from_pretrained(tiny_base)
    GPT2LMHeadModel(GPT2Config(vocab_size=len(tok), n_embd=32, n_layer=2, n_head=2)).save_pretrained(out)
    tok.save_pretrained(out)
    return out


def test_adapter_for_another_base(hf_pool, tiny_adapters, other_base):
    from evalkit.config import GenerationConfig
    from evalkit.generate.prompts import Prompt

    gen = hf_pool.generator(tiny_adapters[0], base=other_base)
    with pytest.raises(InputError) as e:
        gen.generate([Prompt.plain("Question: x\nAnswer:")], GenerationConfig(max_new_tokens=2))
    text = _problem(e)
    assert str(tiny_adapters[0]) in text and "does not fit base model" in text and "size mismatch" in text


def test_cli_prints_located_error_and_exits_2(tmp_path):
    from evalkit.cli import app
    import evalkit.cli.run  # noqa: F401  (registers `run` if evalkit.cli does not yet)

    result = CliRunner().invoke(app, ["run", str(MINI_SUITE), "--checkpoint", str(tmp_path / "missing"),
                                      "--out", str(tmp_path / "run")])
    assert result.exit_code == 2, result.output
    assert "missing: checkpoint not found" in result.output.replace("\n", "")


def test_vllm_backend_explains_why_it_cannot_run(tiny_base):
    from evalkit.generate.vllm import from_spec, vllm_unavailable
    from evalkit.run.runner import CheckpointSpec, RunOptions

    reason = vllm_unavailable()
    if reason is None:
        pytest.skip("vLLM and a GPU are present")
    with pytest.raises(InputError) as e:
        from_spec(CheckpointSpec(str(tiny_base), backend="vllm"), RunOptions(), None)
    assert "vllm backend unavailable" in _problem(e) and reason in _problem(e)
