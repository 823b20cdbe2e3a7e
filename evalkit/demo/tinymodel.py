"""A tiny GPT-2 trained from scratch, offline: byte-level BPE tokenizer + brief pretraining.

Saved as a normal transformers directory (safetensors), so `evalkit run --checkpoint` takes it
like any other model. Everything is seeded, and training runs under `deterministic`: a fixed
thread count and deterministic algorithms, so the same settings give the same weights on a given
machine whatever its load and however many threads torch would otherwise use.
"""
from __future__ import annotations

import hashlib
import json
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

EOS = "<|endoftext|>"


@dataclass(frozen=True)
class TinyModelSettings:
    vocab_size: int = 1024
    n_layer: int = 4
    n_embd: int = 128
    n_head: int = 4
    n_positions: int = 512
    block_size: int = 128
    pretrain_steps: int = 600
    batch_size: int = 8
    learning_rate: float = 3e-3
    seed: int = 0
    threads: int = 2          # torch threads while training: reductions split the same way on every run

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:12]


@contextmanager
def deterministic(threads: int, seed: int):
    """Training that gives the same weights on every run on this machine: `threads` intra-op
    threads (a float sum split over another number of threads rounds differently), deterministic
    algorithms where torch has a choice, and the seed; the caller's settings are put back after."""
    import torch

    before = (torch.get_num_threads(), torch.are_deterministic_algorithms_enabled(),
              torch.is_deterministic_algorithms_warn_only_enabled())
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True, warn_only=True)
    torch.manual_seed(seed)
    try:
        yield
    finally:
        torch.set_num_threads(before[0])
        torch.use_deterministic_algorithms(before[1], warn_only=before[2])


def train_tokenizer(texts: list[str], vocab_size: int):
    """A byte-level BPE tokenizer with one special token (end of text). No pad token on purpose:
    like GPT-2, the generator sets pad = eos, which is the common real-world case."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=[EOS],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(texts, trainer=trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tok, eos_token=EOS, bos_token=EOS, unk_token=EOS,
                                   model_max_length=512)


def build_model(settings: TinyModelSettings, tokenizer):
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.manual_seed(settings.seed)
    config = GPT2Config(
        vocab_size=len(tokenizer), n_positions=settings.n_positions, n_embd=settings.n_embd,
        n_layer=settings.n_layer, n_head=settings.n_head,
        # dropout off: with it the tiny model loops instead of memorizing (STACK.md)
        resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0,
        bos_token_id=tokenizer.eos_token_id, eos_token_id=tokenizer.eos_token_id,
    )
    return GPT2LMHeadModel(config)


def pretrain(model, tokenizer, texts: list[str], settings: TinyModelSettings, log=None) -> list[float]:
    """Next-token training on random windows of the documents. Returns the loss per step."""
    import torch

    ids = []
    for text in texts:
        ids.extend(tokenizer(text, verbose=False)["input_ids"] + [tokenizer.eos_token_id])
    data = torch.tensor(ids, dtype=torch.long)
    block = min(settings.block_size, len(data) - 1)
    gen = torch.Generator().manual_seed(settings.seed)
    opt = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=0.0)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / 50) * max(0.1, 1 - s / max(1, settings.pretrain_steps)))
    model.train()
    losses = []
    for step in range(settings.pretrain_steps):
        starts = torch.randint(0, len(data) - block, (settings.batch_size,), generator=gen)
        batch = torch.stack([data[s:s + block] for s in starts.tolist()])
        loss = model(input_ids=batch, labels=batch).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        losses.append(loss.item())
        if log and (step + 1) % 100 == 0:
            log(f"pretrain step {step + 1}/{settings.pretrain_steps} loss {loss.item():.3f}")
    model.eval()
    return losses


def build_base(texts: list[str], out_dir: str | Path, settings: TinyModelSettings = TinyModelSettings(),
               log=None) -> Path:
    """Tokenizer + model + pretraining, saved (safetensors) to `out_dir`. Returns the directory."""
    out_dir = Path(out_dir)
    started = time.perf_counter()
    with deterministic(settings.threads, settings.seed):
        tokenizer = train_tokenizer(texts, settings.vocab_size)
        model = build_model(settings, tokenizer)
        losses = pretrain(model, tokenizer, texts, settings, log=log)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir, safe_serialization=True)
    tokenizer.save_pretrained(out_dir)
    (out_dir / "evalkit_tinymodel.json").write_text(json.dumps({
        "settings": asdict(settings), "final_loss": losses[-1] if losses else None,
        "seconds": round(time.perf_counter() - started, 2)}, indent=2) + "\n")
    return out_dir
