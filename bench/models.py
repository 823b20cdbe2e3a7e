"""Random-weight Llama-style models for speed benchmarks, built offline.

    llama_dir("100m", root)  ->  root/llama-100m  (a 32k BPE tokenizer trained here + weights)

Speed does not depend on what the weights have learned, so the weights are random (seeded); the
tokenizer is a byte-level BPE with a 32,000-token vocabulary trained on text found on this machine
(this repository and the Python sources of the installed packages), so prompts tokenise to a
realistic number of tokens. Each size is built once per root and reused.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

EOS = "</s>"
BOS = "<s>"

# name: (hidden, layers, heads, kv heads, intermediate, vocab, tied embeddings)
SIZES = {
    "tiny": (64, 2, 4, 2, 128, 1000, True),               # tests: ~0.2M parameters
    "100m": (768, 12, 12, 12, 2048, 32000, False),        # ~134M parameters
    "1b": (2048, 16, 32, 8, 8192, 32000, False),          # ~1.1B parameters (TinyLlama-like)
}


def corpus(limit_bytes: int = 30_000_000):
    """Text to train the tokenizer on: this repository, then installed Python sources."""
    root = Path(__file__).resolve().parents[1]
    seen = 0
    files = sorted(p for ext in ("md", "py", "yaml", "jsonl", "txt") for p in root.rglob(f"*.{ext}")
                   if ".venv" not in p.parts and ".git" not in p.parts)
    site = next((Path(p) for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()), None)
    if site:
        files += sorted(site.glob("*/**/*.py"))
    for f in files:
        try:
            text = f.read_text(errors="ignore")
        except OSError:
            continue
        seen += len(text)
        yield text
        if seen >= limit_bytes:
            return


def train_tokenizer(vocab_size: int, limit_bytes: int):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=[EOS, BOS],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(corpus(limit_bytes), trainer=trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tok, eos_token=EOS, bos_token=BOS, unk_token=EOS,
                                   pad_token=EOS, model_max_length=2048)


def llama_config(size: str, vocab_size: int):
    from transformers import LlamaConfig

    hidden, layers, heads, kv, inter, _, tied = SIZES[size]
    return LlamaConfig(vocab_size=vocab_size, hidden_size=hidden, num_hidden_layers=layers,
                       num_attention_heads=heads, num_key_value_heads=kv, intermediate_size=inter,
                       max_position_embeddings=2048, tie_word_embeddings=tied,
                       bos_token_id=1, eos_token_id=0, pad_token_id=0)


def llama_dir(size: str, root: str | Path, log=print) -> Path:
    """The model folder for `size` under `root`, built the first time (tokenizer, then weights)."""
    import torch
    from transformers import LlamaForCausalLM

    out = Path(root) / f"llama-{size}"
    if (out / "config.json").is_file() and (out / "tokenizer.json").is_file():
        return out
    t0 = time.perf_counter()
    vocab = SIZES[size][5]
    tok_dir = Path(root) / f"tokenizer-{vocab}"
    if not (tok_dir / "tokenizer.json").is_file():
        tok = train_tokenizer(vocab, 300_000 if vocab <= 2000 else 30_000_000)
        tok.save_pretrained(tok_dir)
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tok_dir)
    torch.manual_seed(0)
    cfg = llama_config(size, len(tok))
    with torch.device("cpu"):
        model = LlamaForCausalLM(cfg)
    model.generation_config.pad_token_id = tok.pad_token_id
    if size == "1b":
        model = model.to(torch.bfloat16)   # the GPU check runs it in bf16: half the file, no conversion
    model.save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    n = sum(p.numel() for p in model.parameters())
    (out / "bench_model.json").write_text(json.dumps({"size": size, "parameters": n, "vocab": len(tok)}) + "\n")
    log(f"built {out}: {n / 1e6:.0f}M parameters, vocabulary {len(tok)}, {time.perf_counter() - t0:.0f}s")
    return out


def parameters(model_dir: Path) -> int:
    return json.loads((Path(model_dir) / "bench_model.json").read_text())["parameters"]


def random_adapters(base_dir: Path, out_root: Path, n: int, r: int = 16) -> list[Path]:
    """`n` LoRA adapters (random, non-zero) on the attention and MLP projections of `base_dir`."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    paths = [Path(out_root) / f"adapter-{i:02d}" for i in range(n)]
    if all((p / "adapter_config.json").is_file() for p in paths):
        return paths
    base = AutoModelForCausalLM.from_pretrained(base_dir)
    cfg = LoraConfig(r=r, lora_alpha=2 * r, lora_dropout=0.0, init_lora_weights=False,
                     target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])
    model = get_peft_model(base, cfg)
    for i, p in enumerate(paths):
        torch.manual_seed(100 + i)
        for name, w in model.named_parameters():
            if "lora_" in name:
                torch.nn.init.normal_(w, std=0.01)
        model.save_pretrained(p)
        cfgf = p / "adapter_config.json"
        data = json.loads(cfgf.read_text())
        data["base_model_name_or_path"] = str(Path(base_dir).resolve())
        cfgf.write_text(json.dumps(data, indent=2))
    return paths
