"""Generation benchmark: naive loop vs batched hf backend vs cached re-run; adapter swap vs reload.

    python bench/generation.py [--max-new-tokens 32]

Same tiny model and prompts (the golden suite's items, >= 64) for every row. Targets on CPU: batched >= 5x the naive loop in
tokens/s; a cached re-run <= 5% of the first run's time. On CUDA it also runs a larger GPT-2
config in bf16 and reports tokens/s and the batch size reached.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evalkit import load_target  # noqa: E402
from evalkit.config import GenerationConfig  # noqa: E402
from evalkit.demo import FinetuneSettings, SeriesSettings, TinyModelSettings  # noqa: E402
from evalkit.demo.series import build_series  # noqa: E402
from evalkit.generate.cache import GenerationCache  # noqa: E402
from evalkit.generate.hf import HFModels  # noqa: E402
from evalkit.generate.prompts import build_prompts  # noqa: E402
from evalkit.run.runner import generate_outputs  # noqa: E402

SUITES = [ROOT / "golden" / "gpu-supply" / "suite.yaml"]


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def naive_loop(pool: HFModels, path: Path, texts: list[str], max_new: int) -> tuple[int, float]:
    """model.generate one prompt at a time: what a hand-written eval loop does."""
    import torch

    gen = pool.generator(path)
    tok = pool.tokenizer(gen.info)
    with pool.activate(gen.info):
        model = pool._model
        tokens, t0 = 0, time.perf_counter()
        with torch.inference_mode():
            for text in texts:
                enc = tok(text, return_tensors="pt")
                out = model.generate(**enc, max_new_tokens=max_new, do_sample=False, pad_token_id=tok.pad_token_id)
                tokens += out.shape[1] - enc["input_ids"].shape[1]
        return tokens, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-new-tokens", type=int, default=32)
    ap.add_argument("--models", default=os.path.join(tempfile.gettempdir(), "evalkit-bench-models"))
    args = ap.parse_args()

    target = load_target(next(p for p in SUITES if p.is_file()))
    # demo architecture, briefly pretrained: speed does not depend on how well it is trained
    settings = SeriesSettings(TinyModelSettings(pretrain_steps=60), FinetuneSettings(epochs=8))
    series, build_s = timed(lambda: build_series(target, Path(args.models) / "series", settings))
    texts = [p.text for p in build_prompts(target.suite, target.config.prompt).values()]
    if len(texts) < 64:
        sys.exit(f"need >= 64 items, {target.suite.file} has {len(texts)}")
    greedy = GenerationConfig(max_new_tokens=args.max_new_tokens)
    adapter = series.adapters[-1]
    print(f"model: {series.base} ({'reused' if series.reused else f'built in {build_s:.0f}s'}); "
          f"{len(texts)} prompts, max_new_tokens={args.max_new_tokens}, torch threads="
          f"{__import__('torch').get_num_threads()}")

    rows = []
    pool = HFModels(device="cpu", dtype="float32")
    pool.generator(adapter).generate_texts(texts[:2], greedy)  # warm-up: load + first kernels
    tokens, secs = naive_loop(pool, adapter, texts, args.max_new_tokens)
    naive_tps = tokens / secs
    rows.append(("naive loop (batch 1, model.generate)", secs, tokens, naive_tps, "1.0x"))

    gen = pool.generator(adapter)
    for bs in (16, 64):
        outs, secs = timed(lambda: gen.generate_texts(texts, greedy.model_copy(update={"batch_size": bs})))
        tps = sum(g.tokens for g in outs) / secs
        rows.append((f"evalkit hf, batch {bs}", secs, sum(g.tokens for g in outs), tps, f"{tps / naive_tps:.1f}x"))

    # cache: the runner on the suite's items, first run (fresh pool: includes loading), then a re-run
    run_target = target.model_copy(update={"config": target.config.model_copy(update={"generation": greedy})})
    with tempfile.TemporaryDirectory() as cache_root:
        cache = GenerationCache(cache_root)

        def run_once():
            return generate_outputs(run_target, HFModels(device="cpu", dtype="float32").generator(adapter), cache=cache)

        first, first_s = timed(run_once)
        again, again_s = timed(run_once)
        assert again.outputs == first.outputs and again.stats.generated == 0
    rows.append((f"runner, first run ({first.stats.items} items, load+generate+store)", first_s,
                 first.stats.tokens, first.stats.tokens / first_s, ""))
    rows.append(("runner, cached re-run", again_s, None, None, f"{100 * again_s / first_s:.1f}% of first"))

    # 8 adapters on one base: swap vs reload
    probe = texts[:8]
    swap_pool = HFModels(device="cpu", dtype="float32")
    _, swap_s = timed(lambda: [swap_pool.generator(a).generate_texts(probe, greedy) for a in series.adapters])
    loads = []

    def reload_each():
        for a in series.adapters:
            p = HFModels(device="cpu", dtype="float32")
            p.generator(a).generate_texts(probe, greedy)
            loads.append(p.base_loads)

    _, reload_s = timed(reload_each)
    rows.append((f"8 adapters, swap ({swap_pool.base_loads} base load)", swap_s, None, None, ""))
    rows.append((f"8 adapters, reload ({sum(loads)} base loads)", reload_s, None, None,
                 f"swap {reload_s / swap_s:.1f}x faster"))

    print(f"\n{'case':52} {'seconds':>8} {'tokens':>7} {'tok/s':>8}  note")
    for name, secs, tokens, tps, note in rows:
        print(f"{name:52} {secs:8.2f} {tokens if tokens is not None else '':>7} "
              f"{f'{tps:,.0f}' if tps else '':>8}  {note}")
    cuda_part(args)


def cuda_part(args) -> None:
    import torch

    if not torch.cuda.is_available():
        print("\nCUDA: no GPU here; the larger bf16 configuration was skipped.")
        return
    from transformers import AutoTokenizer, GPT2Config, GPT2LMHeadModel

    from evalkit.generate.prompts import Prompt

    root = Path(args.models) / "gpt2-medium-random"
    if not (root / "config.json").is_file():
        tok = AutoTokenizer.from_pretrained(Path(args.models) / "series" / "base")
        cfg = GPT2Config(vocab_size=len(tok), n_layer=24, n_embd=1024, n_head=16, n_positions=1024,
                         resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0,
                         bos_token_id=tok.eos_token_id, eos_token_id=tok.eos_token_id)
        GPT2LMHeadModel(cfg).save_pretrained(root)
        tok.save_pretrained(root)
    pool = HFModels(device="cuda", dtype="auto")
    gen = pool.generator(root)
    prompts = [Prompt.plain(f"Question {i}: what limits GPU supply?\nAnswer:") for i in range(512)]
    settings = GenerationConfig(max_new_tokens=128, batch_size="auto")
    gen.generate(prompts[:8], settings)  # warm-up
    torch.cuda.synchronize()
    outs, secs = timed(lambda: gen.generate(prompts, settings))
    tokens = sum(g.tokens for g in outs)
    print(f"\nCUDA {torch.cuda.get_device_name()}: GPT-2 345M-shape, {pool.torch_dtype}, 512 prompts: "
          f"{tokens / secs:,.0f} tok/s, batch size reached {gen.batch_size_reached}")


if __name__ == "__main__":
    main()
