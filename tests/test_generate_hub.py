"""Hub ids through a local Hugging Face cache, content fingerprints, portable adapters.

The hub cache is laid out here from the tiny model exactly as huggingface_hub writes it
(`models--org--name/blobs/<sha256>`, `snapshots/<commit>/<file>` links, `refs/main`), and resolved
by the real code (`snapshot_download(..., local_files_only=True)`): no network.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evalkit.cli.app import app
from evalkit.errors import InputError
from evalkit.generate.checkpoint import inspect_checkpoint
from evalkit.generate.fingerprint import DigestMemo, fingerprint_dir
from evalkit.generate.hub import parse_hub_id

HUB_ID = "evalkit-test/tiny-gpt2"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def lay_out_hub_model(hub: Path, repo: str, folder: Path, commit: str = COMMIT) -> Path:
    """`folder`'s files as the hub cache holds `repo` at `commit` (refs/main points at it)."""
    root = hub / ("models--" + repo.replace("/", "--"))
    snap = root / "snapshots" / commit
    (root / "blobs").mkdir(parents=True, exist_ok=True)
    snap.mkdir(parents=True, exist_ok=True)
    for f in sorted(folder.iterdir()):
        if not f.is_file():
            continue
        blob = root / "blobs" / hashlib.sha256(f.read_bytes()).hexdigest()
        shutil.copyfile(f, blob)
        (snap / f.name).symlink_to(os.path.relpath(blob, snap))
    (root / "refs").mkdir(exist_ok=True)
    (root / "refs" / "main").write_text(commit)
    return snap


@pytest.fixture
def hub(tmp_path, monkeypatch, tiny_base):
    """HF_HOME with the tiny base as evalkit-test/tiny-gpt2; downloads off."""
    home = tmp_path / "hf-home"
    snap = lay_out_hub_model(home / "hub", HUB_ID, tiny_base)
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return snap


@pytest.fixture
def hub_adapter(tmp_path, tiny_adapters) -> Path:
    """The last tiny adapter, its config naming the hub id as base (as one trained on a hub base)."""
    adapter = shutil.copytree(tiny_adapters[-1], tmp_path / "adapters" / "epoch-03")
    cfg = json.loads((adapter / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = HUB_ID
    (adapter / "adapter_config.json").write_text(json.dumps(cfg))
    return adapter


def test_hub_ids_parse():
    assert parse_hub_id("org/name") == ("org/name", None)
    assert parse_hub_id("org/name@v1.0") == ("org/name", "v1.0")
    assert parse_hub_id(f"org/name@{COMMIT}") == ("org/name", COMMIT)
    for not_an_id in ("../base", "./a/b", "/abs/path", "~/x/y", "a/b/c", "name", "org/..", "org/name@"):
        assert parse_hub_id(not_an_id) is None, not_an_id


def test_hub_id_resolves_from_the_cache_offline(hub, tiny_base):
    info = inspect_checkpoint(HUB_ID)
    assert info.kind == "model" and info.path == hub.resolve() and info.hub_id == HUB_ID
    assert info.name == "tiny-gpt2"
    # the blobs are named by content: the same fingerprint as the plain folder, nothing read
    assert info.fingerprint == inspect_checkpoint(tiny_base).fingerprint
    assert inspect_checkpoint(f"{HUB_ID}@{COMMIT}").path == hub.resolve()
    assert inspect_checkpoint(f"{HUB_ID}@main").path == hub.resolve()


def test_adapter_naming_a_hub_base(hub, hub_adapter, tiny_adapters):
    info = inspect_checkpoint(hub_adapter)
    assert info.kind == "adapter" and info.base == hub.resolve() and info.base_hub_id == HUB_ID
    # where the base is does not change what the adapter is
    assert info.fingerprint == inspect_checkpoint(tiny_adapters[-1]).fingerprint


def test_not_cached_offline_says_which_command_fetches_it(hub, hub_adapter):
    with pytest.raises(InputError) as exc:
        inspect_checkpoint("evalkit-test/absent@v2")
    message = str(exc.value)
    assert "not in the Hugging Face cache" in message and "`hf download evalkit-test/absent --revision v2`" in message
    cfg = json.loads((hub_adapter / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = "evalkit-test/other-base"
    (hub_adapter / "adapter_config.json").write_text(json.dumps(cfg))
    with pytest.raises(InputError, match="hf download evalkit-test/other-base"):
        inspect_checkpoint(hub_adapter)


def test_offline_flag_overrides_the_environment(hub, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE")
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    assert inspect_checkpoint(HUB_ID, offline=True).hub_id == HUB_ID
    with pytest.raises(InputError, match="downloads are off"):
        inspect_checkpoint("evalkit-test/absent", offline=True)


# --- content fingerprints ---------------------------------------------------------------------

def test_copies_share_a_fingerprint_changed_weights_never_do(tmp_path, tiny_base):
    a = shutil.copytree(tiny_base, tmp_path / "a")
    b = shutil.copytree(tiny_base, tmp_path / "elsewhere" / "b")
    assert fingerprint_dir(a) == fingerprint_dir(b)
    # trainer-only files do not count
    (b / "optimizer.pt").write_bytes(b"state")
    (b / "rng_state.pth").write_bytes(b"rng")
    (b / "trainer_state.json").write_text("{}")
    assert fingerprint_dir(a) == fingerprint_dir(b)
    # one byte of the weights, same size, same mtime: another fingerprint
    weights = b / "model.safetensors"
    st = weights.stat()
    data = bytearray(weights.read_bytes())
    data[-1] ^= 1
    weights.write_bytes(bytes(data))
    os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert weights.stat().st_size == st.st_size and weights.stat().st_mtime_ns == st.st_mtime_ns
    assert fingerprint_dir(a) != fingerprint_dir(b)
    # touching a file changes nothing
    os.utime(a / "model.safetensors", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert fingerprint_dir(a) == fingerprint_dir(shutil.copytree(tiny_base, tmp_path / "c"))


def test_digests_are_memoised_by_path_size_mtime_and_inode(tmp_path):
    memo = DigestMemo(tmp_path / "digests.sqlite")
    f = tmp_path / "w.safetensors"
    f.write_bytes(b"x" * 1000)
    first = memo.digest(f)
    assert first == hashlib.sha256(b"x" * 1000).hexdigest() and memo.reads == 1
    assert memo.digest(f) == first and memo.reads == 1
    assert DigestMemo(tmp_path / "digests.sqlite").digest(f) == first   # another process: from the file
    f.write_bytes(b"y" * 1000)   # rewritten in place: ctime moves even if mtime were set back
    assert memo.digest(f) != first and memo.reads == 2


def test_a_large_tokenizer_file_is_memoised_and_fingerprints_as_before(tmp_path):
    """A config file of 1 MiB or more is hashed once (the memo) into the same sha256 as reading it
    whole, so fingerprints are unchanged; rewriting it still changes the fingerprint."""
    from evalkit.generate import fingerprint

    d = tmp_path / "m"
    d.mkdir()
    (d / "config.json").write_text("{}")
    big = b"t" * (fingerprint.MEMO_MIN_BYTES + 10)
    (d / "tokenizer.json").write_bytes(big)
    expected = hashlib.sha256(b"evalkit-fingerprint-v2\n")
    for name, content in (("config.json", b"{}"), ("tokenizer.json", big)):
        expected.update(f"{name}\0{hashlib.sha256(content).hexdigest()}\n".encode())
    memo = fingerprint.memo()
    before = memo.reads
    assert fingerprint_dir(d) == expected.hexdigest()[:16] and memo.reads == before + 1
    assert fingerprint_dir(d) == expected.hexdigest()[:16] and memo.reads == before + 1   # not read again
    (d / "tokenizer.json").write_bytes(big[:-1] + b"u")
    assert fingerprint_dir(d) != expected.hexdigest()[:16]


# --- portable runs ------------------------------------------------------------------------------

def test_demo_adapters_name_their_base_relative_to_themselves(tiny_series, tmp_path):
    cfg = json.loads((tiny_series.adapters[0] / "adapter_config.json").read_text())
    assert not Path(cfg["base_model_name_or_path"]).is_absolute()
    moved = shutil.copytree(tiny_series.root, tmp_path / "moved")
    info = inspect_checkpoint(moved / tiny_series.adapters[0].relative_to(tiny_series.root))
    assert info.base == (moved / "base").resolve()   # the moved folder's own base, not the original
    assert info.fingerprint == inspect_checkpoint(tiny_series.adapters[0]).fingerprint


# --- the command line, end to end ---------------------------------------------------------------

def _run(*args, **env):
    return CliRunner().invoke(app, ["run", *map(str, args)], env=env or None)


def _generated(out: Path) -> dict[str, int]:
    manifest = json.loads((out / "run.json").read_text())
    return {c["label"]: c["generated"] for c in manifest["checkpoints"]}


@pytest.mark.slow
def test_cli_hub_ids_copies_hit_the_cache_and_changed_weights_do_not(hub, hub_adapter, tmp_path):
    from tests.conftest import MINI_SUITE

    items = len(__import__("evalkit").load_target(MINI_SUITE).suite.items)
    r = _run(MINI_SUITE, "--checkpoint", HUB_ID, "--out", tmp_path / "r0", "--device", "cpu", "-q")
    assert r.exit_code == 0, r.output
    assert _generated(tmp_path / "r0") == {"tiny-gpt2": items}

    r = _run(MINI_SUITE, "--checkpoint", hub_adapter, "--out", tmp_path / "r1", "--device", "cpu", "-q")
    assert r.exit_code == 0, r.output
    assert _generated(tmp_path / "r1") == {"epoch-03": items}

    copy = shutil.copytree(hub_adapter, tmp_path / "copied" / "epoch-03")   # cp -r to a new folder
    r = _run(MINI_SUITE, "--checkpoint", copy, "--out", tmp_path / "r2", "--device", "cpu", "-q")
    assert r.exit_code == 0, r.output
    assert _generated(tmp_path / "r2") == {"epoch-03": 0}

    weights = copy / "adapter_model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-1] ^= 1                                                            # one byte of the weights
    weights.write_bytes(bytes(data))
    r = _run(MINI_SUITE, "--checkpoint", copy, "--out", tmp_path / "r3", "--device", "cpu", "-q")
    assert r.exit_code == 0, r.output
    assert _generated(tmp_path / "r3") == {"epoch-03": items}


def test_cli_uncached_hub_id_offline_is_exit_2_with_the_command(hub, tmp_path):
    from tests.conftest import MINI_SUITE

    r = _run(MINI_SUITE, "--checkpoint", "evalkit-test/absent", "--out", tmp_path / "r", "--offline")
    assert r.exit_code == 2
    assert "hf download evalkit-test/absent" in r.output
