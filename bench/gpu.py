"""The GPU check: one command, about 6 minutes on an H200, a JSON and a Markdown table.

    python bench/gpu.py OUT_DIR                                   # CUDA: ~1.1B Llama-style, bf16
    python bench/gpu.py OUT_DIR --size tiny --device cpu          # the same steps, tiny, on CPU (tests)

Steps (each timed, each recorded in OUT_DIR/gpu.json and OUT_DIR/gpu.md; a step that fails is
recorded with its error and the rest still run):
  1. build   a random-weight Llama-style model (1b: hidden 2048, 16 layers, GQA 32/8 heads, MLP 8192,
             32k BPE vocabulary trained here; ~1.1B parameters), saved under --models (not OUT_DIR)
  2. copy    bandwidth: device-to-device tensor copy, bytes read + written per second
  3. decode  batch-1 greedy decode tokens/s, and MBU = weight bytes read per token x tokens/s /
             copy bandwidth (the weights every token must stream, against what the memory delivers)
  4. batched throughput at batch 16, 64 and auto: evalkit vs plain batched `generate` (left
             padding, same batch) vs a naive per-prompt loop; tokens/s, peak device memory
  5. adapters: 8 LoRA adapters (r=16, all projections) swapped on one base vs a fresh base load each
  6. oom     an oversized first batch (long prompts, sized from free memory to exceed it ~2.5x):
             evalkit halves until it fits and finishes every prompt (on CPU the out-of-memory is
             simulated above batch 4, as in the tests)
  7. compile (CUDA, when time is left) batch-1 decode with a static KV cache and torch.compile

Nothing here needs a network. No vLLM.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# per size: prompts for batched runs, new tokens, naive-loop prompts, decode tokens, OOM prompt length
PLAN = {
    "1b": dict(prompts=128, new=64, naive=8, decode=128, oom_len=1000, budget_s=330),
    "100m": dict(prompts=64, new=32, naive=8, decode=64, oom_len=500, budget_s=330),
    "tiny": dict(prompts=24, new=8, naive=4, decode=16, oom_len=32, budget_s=60),
}


def sync(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.synchronize()


def peak_reset(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()


def peak_gib(device: str) -> float | None:
    import torch

    return round(torch.cuda.max_memory_allocated() / 2**30, 2) if device.startswith("cuda") else None


def copy_bandwidth(device: str) -> dict:
    import torch

    nbytes = 4 * 2**30 if device.startswith("cuda") else 64 * 2**20
    reps = 20 if device.startswith("cuda") else 3
    a = torch.empty(nbytes, dtype=torch.uint8, device=device)
    b = torch.empty_like(a)
    b.copy_(a)
    sync(device)
    t0 = time.perf_counter()
    for _ in range(reps):
        b.copy_(a)
    sync(device)
    secs = time.perf_counter() - t0
    del a, b
    return {"bytes": nbytes, "reps": reps, "bytes_per_s": 2 * nbytes * reps / secs,
            "tb_per_s": round(2 * nbytes * reps / secs / 1e12, 3)}


def weight_bytes_per_token(model) -> int:
    """Bytes of weights each decode step reads: every parameter but the input embedding table
    (one row of it is read), unless it is tied to the output layer (then it is read whole)."""
    emb = model.get_input_embeddings().weight
    out = model.get_output_embeddings()
    total = sum(p.numel() * p.element_size() for p in model.parameters())
    tied = out is not None and out.weight.data_ptr() == emb.data_ptr()
    return total if tied else total - emb.numel() * emb.element_size()


def decode_rate(model, tok, device: str, new: int, **extra) -> dict:
    """Batch-1 greedy decode tokens/s: (new - 1) tokens over the time beyond a 1-token generate."""
    import torch

    enc = tok("Explain why GPU supply is limited.\nAnswer:", return_tensors="pt").to(device)

    def run(n):
        sync(device)
        t0 = time.perf_counter()
        with torch.inference_mode():
            model.generate(**enc, max_new_tokens=n, min_new_tokens=n, do_sample=False,
                           pad_token_id=tok.pad_token_id, temperature=None, top_p=None, top_k=None, **extra)
        sync(device)
        return time.perf_counter() - t0

    run(new)  # warm-up (and compilation, when asked)
    first = min(run(1) for _ in range(2))
    full = min(run(new) for _ in range(2))
    return {"new_tokens": new, "prefill_plus_one_s": round(first, 4), "seconds": round(full, 4),
            "tok_s": round((new - 1) / max(1e-9, full - first), 1)}


def prompts_for(n: int) -> list[str]:
    from evalkit import load_target
    from evalkit.generate.prompts import build_prompts

    target = load_target(ROOT / "golden" / "gpu-supply" / "suite.yaml")
    texts = [p.text for p in build_prompts(target.suite, target.config.prompt).values()]
    return [texts[i % len(texts)] for i in range(n)]


def naive_loop(model, tok, texts, new, device) -> dict:
    import torch

    tokens = 0
    peak_reset(device)
    t0 = time.perf_counter()
    with torch.inference_mode():
        for text in texts:
            enc = tok(text, return_tensors="pt").to(device)
            out = model.generate(**enc, max_new_tokens=new, do_sample=False, pad_token_id=tok.pad_token_id,
                                 temperature=None, top_p=None, top_k=None)
            tokens += out.shape[1] - enc["input_ids"].shape[1]
    secs = time.perf_counter() - t0
    return {"method": "naive loop", "batch": 1, "prompts": len(texts), "tokens": tokens, "seconds": round(secs, 3),
            "tok_s": round(tokens / secs, 1), "peak_gib": peak_gib(device)}


def plain_batched(model, tok, texts, new, bs, device) -> dict:
    import torch

    tok.padding_side = "left"
    tokens = 0
    peak_reset(device)
    t0 = time.perf_counter()
    with torch.inference_mode():
        for i in range(0, len(texts), bs):
            enc = tok(texts[i:i + bs], return_tensors="pt", padding=True).to(device)
            out = model.generate(**enc, max_new_tokens=new, do_sample=False, pad_token_id=tok.pad_token_id,
                                 temperature=None, top_p=None, top_k=None)
            for r in out[:, enc["input_ids"].shape[1]:].tolist():
                tokens += r.index(tok.eos_token_id) + 1 if tok.eos_token_id in r else len(r)
    secs = time.perf_counter() - t0
    return {"method": "plain batched", "batch": bs, "prompts": len(texts), "tokens": tokens,
            "seconds": round(secs, 3), "tok_s": round(tokens / secs, 1), "peak_gib": peak_gib(device)}


def evalkit_batched(gen, texts, new, bs, device) -> dict:
    from evalkit.config import GenerationConfig

    peak_reset(device)
    t0 = time.perf_counter()
    outs = gen.generate_texts(texts, GenerationConfig(max_new_tokens=new, batch_size=bs))
    secs = time.perf_counter() - t0
    tokens = sum(g.tokens for g in outs)
    return {"method": "evalkit", "batch": bs if bs != "auto" else f"auto ({gen.batch_size_reached})",
            "prompts": len(texts), "tokens": tokens, "seconds": round(secs, 3), "tok_s": round(tokens / secs, 1),
            "peak_gib": peak_gib(device)}


def oom_check(pool, gen, model, tok, device, length: int) -> dict:
    """An oversized first batch; evalkit must halve and finish every prompt."""
    import torch

    from evalkit.config import GenerationConfig

    cfg = model.config
    dbytes = next(model.parameters()).element_size()
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    kv = 2 * cfg.num_hidden_layers * cfg.num_key_value_heads * head_dim * dbytes
    per_token = kv + dbytes * (3 * cfg.intermediate_size + 6 * cfg.hidden_size)
    simulated = not device.startswith("cuda")
    if simulated:
        first = 16
    else:
        torch.cuda.empty_cache()
        free, _ = torch.cuda.mem_get_info()
        need = 2.5 * free / (per_token * length)
        first = 1 << max(4, int(need - 1).bit_length())
    texts = [f"{i} " + "supply " * (length - 4) + "\nAnswer:" for i in range(first)]
    sizes = []
    real = model.generate

    def watched(**kw):
        sizes.append(int(kw["input_ids"].shape[0]))
        if simulated and kw["input_ids"].shape[0] > 4:
            raise RuntimeError("CUDA out of memory (simulated on CPU)")
        return real(**kw)

    model.generate = watched
    try:
        peak_reset(device)
        t0 = time.perf_counter()
        outs = gen.generate_texts(texts, GenerationConfig(max_new_tokens=2, batch_size=first))
        secs = time.perf_counter() - t0
    finally:
        del model.generate
    tried = []
    for s in sizes:
        if s not in tried:
            tried.append(s)
    return {"prompts": len(texts), "prompt_tokens": length, "first_batch": first, "batch_sizes_tried": tried,
            "batch_size_reached": gen.batch_size_reached, "finished": sum(o is not None for o in outs),
            "oom_triggered": gen.batch_size_reached < first, "simulated": simulated, "seconds": round(secs, 2),
            "peak_gib": peak_gib(device), "free_bytes_estimate_per_token": per_token}


def adapter_series(base_dir: Path, adapters: list[Path], device: str, dtype: str) -> dict:
    from evalkit.config import GenerationConfig
    from evalkit.generate.hf import HFModels

    settings = GenerationConfig(max_new_tokens=8)
    probe = ["Why is GPU supply limited?\nAnswer:"]
    swap = HFModels(device=device, dtype=dtype)
    t0 = time.perf_counter()
    swapped = [swap.generator(a).generate_texts(probe, settings)[0].text for a in adapters]
    swap_s = time.perf_counter() - t0
    swap.close()
    t0 = time.perf_counter()
    reloaded = []
    for a in adapters:
        p = HFModels(device=device, dtype=dtype)
        reloaded.append(p.generator(a).generate_texts(probe, settings)[0].text)
        p.close()
        if device.startswith("cuda"):
            import torch

            torch.cuda.empty_cache()
    reload_s = time.perf_counter() - t0
    return {"adapters": len(adapters), "probe": "1 prompt x 8 tokens", "swap_s": round(swap_s, 2),
            "hotswaps": swap.hotswaps, "reload_s": round(reload_s, 2), "swap_speedup": round(reload_s / swap_s, 2),
            "same_outputs": swapped == reloaded}


def markdown(res: dict) -> str:
    lines = [f"# evalkit GPU check: {res['device_name']}", "",
             f"Model: random-weight Llama-style, {res.get('parameters', 0) / 1e6:,.1f}M parameters, {res['dtype']}; "
             f"torch {res['torch']}, transformers {res['transformers']}; {res['seconds']:.0f} s in all.", ""]
    if "copy" in res:
        lines.append(f"Copy bandwidth: {res['copy']['bytes_per_s'] / 1e9:,.0f} GB/s (read + write).")
    if "decode" in res:
        d = res["decode"]
        lines.append(f"Batch-1 decode: {d['tok_s']:,.0f} tokens/s; {d['weight_gb_per_token']:.3g} GB of weights "
                     f"per token; bandwidth bound {d['bound_tok_s']:,.0f} tokens/s; **MBU {100 * d['mbu']:.1f}%**.")
    if "compile" in res and "tok_s" in res["compile"]:
        c = res["compile"]
        lines.append(f"Batch-1 decode, static cache + torch.compile: {c['tok_s']:,.0f} tokens/s; "
                     f"**MBU {100 * c['mbu']:.1f}%**.")
    if "batched" in res:
        naive = next((r["tok_s"] for r in res["batched"] if r["method"] == "naive loop"), None)
        lines += ["", "| method | batch | prompts | tokens | seconds | tokens/s | vs naive | peak GiB |",
                  "|---|---|---|---|---|---|---|---|"]
        for r in res["batched"]:
            lines.append(f"| {r['method']} | {r['batch']} | {r['prompts']} | {r['tokens']} | {r['seconds']:.2f} | "
                         f"{r['tok_s']:,.0f} | {r['tok_s'] / naive:.1f}x | {r['peak_gib'] if r['peak_gib'] is not None else ''} |"
                         if naive else f"| {r['method']} | {r['batch']} | | | | {r['tok_s']} | | |")
        if "evalkit_vs_plain" in res:
            lines += ["", f"evalkit vs plain batched (best batch each): {res['evalkit_vs_plain']:.2f}x"]
    if "adapters" in res:
        a = res["adapters"]
        lines += ["", f"{a['adapters']} adapters ({a['probe']} each): swap {a['swap_s']:.2f} s "
                      f"({a['hotswaps']} hot-swaps) vs reload {a['reload_s']:.2f} s: swap {a['swap_speedup']:.1f}x "
                      f"faster; same outputs: {a['same_outputs']}."]
    if "oom" in res:
        o = res["oom"]
        lines += ["", f"Out of memory{' (simulated)' if o['simulated'] else ''}: {o['prompts']} prompts of "
                      f"{o['prompt_tokens']} tokens, first batch {o['first_batch']}, tried {o['batch_sizes_tried']}, "
                      f"reached {o['batch_size_reached']}, finished {o['finished']}/{o['prompts']} in {o['seconds']:.1f} s."]
    if res.get("errors"):
        lines += ["", "Errors:"] + [f"- {k}: {v.splitlines()[-1] if v else ''}" for k, v in res["errors"].items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="folder for gpu.json and gpu.md")
    ap.add_argument("--size", default=None, choices=sorted(PLAN), help="default: 1b on CUDA, tiny on CPU")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--models", default=os.path.join(tempfile.gettempdir(), "evalkit-gpu-models"),
                    help="where the random-weight model and adapters are built (not the output folder)")
    ap.add_argument("--no-compile", action="store_true")
    args = ap.parse_args(argv)

    import torch
    import transformers

    from bench.models import llama_dir, parameters, random_adapters
    from evalkit.generate.hf import HFModels, pick_device

    started = time.perf_counter()
    device = pick_device(args.device)
    size = args.size or ("1b" if device.startswith("cuda") else "tiny")
    plan = PLAN[size]
    dtype = "bfloat16" if device.startswith("cuda") else "float32"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    res: dict = {"size": size, "device": device, "dtype": dtype, "torch": torch.__version__,
                 "transformers": transformers.__version__, "python": platform.python_version(),
                 "device_name": torch.cuda.get_device_name() if device.startswith("cuda") else platform.processor() or "cpu",
                 "cpu_cores": os.cpu_count(), "errors": {}, "steps_s": {}}

    def save():
        res["seconds"] = round(time.perf_counter() - started, 1)
        (out / "gpu.json").write_text(json.dumps(res, indent=2, default=str) + "\n")
        (out / "gpu.md").write_text(markdown(res))

    def step(name, fn):
        t0 = time.perf_counter()
        try:
            fn()
        except Exception:  # noqa: BLE001 - recorded; the other steps still run
            res["errors"][name] = traceback.format_exc(limit=3)
            print(f"[{name}] failed:\n{res['errors'][name]}", flush=True)
        res["steps_s"][name] = round(time.perf_counter() - t0, 1)
        print(f"[{name}] {res['steps_s'][name]} s", flush=True)
        save()

    models = Path(args.models)
    ctx: dict = {}

    def build():
        ctx["base"] = llama_dir(size, models, log=lambda s: print(s, flush=True))
        res["parameters"] = parameters(ctx["base"])
        ctx["pool"] = HFModels(device=device, dtype=dtype)
        ctx["gen"] = ctx["pool"].generator(ctx["base"])
        ctx["gen"].generate_texts(["warm-up"], __import__("evalkit.config", fromlist=["x"]).GenerationConfig(max_new_tokens=2))
        ctx["model"], ctx["tok"] = ctx["pool"].model, ctx["pool"].tokenizer(ctx["gen"].info)
        res["threads"] = torch.get_num_threads()

    step("build", build)
    if "model" not in ctx:
        save()
        return res
    model, tok, gen, pool = ctx["model"], ctx["tok"], ctx["gen"], ctx["pool"]

    step("copy", lambda: res.__setitem__("copy", copy_bandwidth(device)))

    def decode():
        with pool.cpu_threads():
            d = decode_rate(model, tok, device, plan["decode"])
        wb = weight_bytes_per_token(model)
        bw = res.get("copy", {}).get("bytes_per_s")
        d.update(weight_gb_per_token=wb / 1e9, bound_tok_s=round(bw / wb, 1) if bw else None,
                 mbu=round(d["tok_s"] * wb / bw, 4) if bw else None)
        res["decode"] = d

    step("decode", decode)

    def batched():
        texts = prompts_for(plan["prompts"])
        rows = res["batched"] = []
        with pool.cpu_threads():
            rows.append(naive_loop(model, tok, texts[:plan["naive"]], plan["new"], device))
            for bs in (16, 64):
                rows.append(plain_batched(model, tok, texts, plan["new"], bs, device))
        for bs in (16, 64, "auto"):
            rows.append(evalkit_batched(gen, texts, plan["new"], bs, device))
        best = {m: max(r["tok_s"] for r in rows if r["method"] == m) for m in ("evalkit", "plain batched")}
        res["evalkit_vs_plain"] = round(best["evalkit"] / best["plain batched"], 2)
        res["evalkit_vs_naive"] = round(best["evalkit"] / rows[0]["tok_s"], 2)

    step("batched", batched)

    def adapters():
        paths = random_adapters(ctx["base"], models / f"llama-{size}-adapters", 8)
        res["adapters"] = adapter_series(ctx["base"], paths, device, dtype)

    step("adapters", adapters)
    step("oom", lambda: res.__setitem__("oom", oom_check(pool, gen, model, tok, device, plan["oom_len"])))

    if device.startswith("cuda") and not args.no_compile and time.perf_counter() - started < plan["budget_s"] - 90:
        def compiled():
            d = decode_rate(model, tok, device, plan["decode"], cache_implementation="static")
            wb = weight_bytes_per_token(model)
            bw = res.get("copy", {}).get("bytes_per_s")
            d.update(mbu=round(d["tok_s"] * wb / bw, 4) if bw else None)
            res["compile"] = d

        step("compile", compiled)
    save()
    print((out / "gpu.md").read_text(), flush=True)
    return res


if __name__ == "__main__":
    main()
