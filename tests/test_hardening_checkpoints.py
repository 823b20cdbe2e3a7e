"""Checkpoints that are not what they claim: each a located InputError (exit 2 at the CLI) before any
generation, never a traceback."""
from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path

import pytest

from evalkit import InputError
from evalkit.cli import main
from evalkit.generate.checkpoint import inspect_checkpoint

from .conftest import MINI_SUITE
from .fakes import FakeGenerator


def _safetensors(header: bytes, data: bytes = b"") -> bytes:
    return struct.pack("<Q", len(header)) + header + data


def _model(folder: Path, header: bytes = b"{}", config: object = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(config if config is not None else {"model_type": "gpt2"}))
    (folder / "model.safetensors").write_bytes(_safetensors(header))
    return folder


@pytest.mark.parametrize("header", [b"[]", b"[1, 2]", b'"x"', b"3", b"null", b'{"w": 3}', b'{"w": {"data_offsets": [0]}}',
                                    b'{"w": {"data_offsets": "ab"}}', b'{"w": {"data_offsets": [0, 1e999]}}',
                                    b"[" * 50_000, b'{"w": {"data_offsets": [0, 99]}}'])
def test_a_bad_safetensors_header_is_located(tmp_path, header):
    folder = _model(tmp_path / "m", header)
    with pytest.raises(InputError) as exc:
        inspect_checkpoint(folder)
    assert exc.value.problems[0].file == folder / "model.safetensors"
    assert "safetensors" in str(exc.value)


@pytest.mark.parametrize("config", [[1], "x", None, 3])
def test_adapter_config_that_is_not_an_object(tmp_path, config):
    base = _model(tmp_path / "base")
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text(json.dumps(config))
    (adapter / "adapter_model.safetensors").write_bytes(_safetensors(b"{}"))
    with pytest.raises(InputError) as exc:
        inspect_checkpoint(adapter, base=base)
    assert exc.value.problems[0].file == adapter / "adapter_config.json"
    assert "expected" in str(exc.value)


def _adapter(folder: Path, base: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": base}))
    (folder / "adapter_model.safetensors").write_bytes(_safetensors(b"{}"))
    return folder


def test_an_adapter_whose_base_is_itself(tmp_path):
    adapter = _adapter(tmp_path / "a", ".")
    (adapter / "config.json").write_text("{}")
    (adapter / "model.safetensors").write_bytes(_safetensors(b"{}"))
    with pytest.raises(InputError, match="itself"):
        inspect_checkpoint(adapter)


def test_adapters_whose_bases_form_a_cycle(tmp_path):
    a = _adapter(tmp_path / "a", "../b")
    b = _adapter(tmp_path / "b", "../a")
    for x in (a, b):
        (x / "config.json").write_text("{}")
    with pytest.raises(InputError, match="adapter"):
        inspect_checkpoint(a)


@pytest.mark.parametrize("config", [[1], "x", 3, None])
def test_config_json_that_is_not_an_object(tmp_path, config):
    folder = _model(tmp_path / "m")
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(InputError) as exc:
        inspect_checkpoint(folder)
    assert exc.value.problems[0].file == folder / "config.json"


def test_trainer_state_that_is_not_an_object_falls_back_to_the_name(tmp_path):
    from evalkit.drift.series import read_position

    folder = tmp_path / "checkpoint-30"
    folder.mkdir()
    for text in (b"[1]", b"\xff", b"[" * 50_000, b"9" * 10_000):
        (folder / "trainer_state.json").write_bytes(text)
        assert read_position(folder) == (None, 30)


# --- through the CLI, with the tiny model: exit 2, nothing generated ------------------------------

def _cli(argv, capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    cap = capsys.readouterr()
    return exc.value.code, cap.out + cap.err


def _copy(src: Path, dst: Path, drop: tuple[str, ...] = ()) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(*drop))
    return dst


def test_a_model_without_tokenizer_files(tiny_base, tmp_path, capsys):
    model = _copy(tiny_base, tmp_path / "model", ("tokenizer*", "vocab*", "merges*", "special_tokens*"))
    code, out = _cli(["run", str(MINI_SUITE), "-c", str(model), "--out", str(tmp_path / "run"), "--device", "cpu"],
                     capsys)
    assert code == 2, out
    assert "tokenizer" in out and str(model) in out.replace("\n", "") and "Traceback" not in out
    assert "generated" not in out
    assert not (tmp_path / "run").exists()


def test_an_unknown_model_type_with_auto_map(tiny_base, tmp_path, capsys):
    model = _copy(tiny_base, tmp_path / "model")
    config = json.loads((model / "config.json").read_text())
    config.update(model_type="mystery-lm", auto_map={"AutoModelForCausalLM": "modeling_mystery.MysteryLM",
                                                     "AutoConfig": "configuration_mystery.MysteryConfig"})
    (model / "config.json").write_text(json.dumps(config))
    code, out = _cli(["run", str(MINI_SUITE), "-c", str(model), "--out", str(tmp_path / "run"), "--device", "cpu"],
                     capsys)
    assert code == 2, out
    assert "Traceback" not in out and "generated" not in out, out
    assert "trust-remote-code" in out or "model_type" in out, out
    assert not (tmp_path / "run").exists()


def test_a_failing_generation_reports_no_counts(mini_target):
    """The progress line ("3 items, 3 generated") is said only when the checkpoint finished."""
    from evalkit.run.runner import generate_outputs

    class Progress:
        calls: list[str] = []

        def start(self, label, total, cached):
            self.calls.append("start")

        def advance(self, items, tokens):
            self.calls.append("advance")

        def stop(self):
            self.calls.append("stop")

        def finish(self):
            self.calls.append("finish")

    progress = Progress()
    with pytest.raises(InputError):
        generate_outputs(mini_target, FakeGenerator(name="broken", error=InputError([])), progress=progress)
    assert progress.calls == ["start", "stop"]
