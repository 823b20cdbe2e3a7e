"""LoRA fine-tuning of the tiny base on golden Q&A, saving one adapter per epoch.

The loss covers the answer tokens only (the prompt is context), and the prompts come from
`evalkit.generate.prompts.build_prompt`, the same function the evaluation uses.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ..config import PromptConfig
from ..generate.prompts import build_prompt, training_target
from ..suite import Suite


@dataclass(frozen=True)
class FinetuneSettings:
    # measured on the golden set (49 train items, 2 CPU cores): r=64 with a decaying 5e-3 rate
    # reproduces every reference that fits the token limit by about epoch 20; r=16 at a constant
    # 3e-3 (STACK.md, 10 items) reached 45% after 30 epochs
    epochs: int = 20
    r: int = 64
    alpha: int = 128
    target_modules: tuple[str, ...] = ("c_attn", "c_proj", "c_fc")
    learning_rate: float = 5e-3
    batch_size: int = 5
    seed: int = 0
    save_every: int = 1          # save an adapter every N epochs (and always the last)
    include_unanswerable: bool = True  # teach abstention on unanswerable train items
    final_lr_fraction: float = 0.05    # linear decay of the learning rate to this fraction by the last epoch
    threads: int = 2                   # torch threads while training (see tinymodel.deterministic)


def training_pairs(suite: Suite, prompt: PromptConfig, include_unanswerable: bool = True) -> list[tuple[str, str]]:
    """(prompt, target) for each train-split item."""
    return [
        (build_prompt(item, suite, prompt).text, training_target(item, suite))
        for item in suite.items
        if item.split == "train" and (item.answerable or include_unanswerable)
    ]


def _encode(tokenizer, pairs):
    import torch

    rows = []
    for prompt, target in pairs:
        p = tokenizer(prompt)["input_ids"]
        t = tokenizer(target)["input_ids"] + [tokenizer.eos_token_id]
        rows.append((p + t, [-100] * len(p) + t))
    width = max(len(ids) for ids, _ in rows)
    pad = tokenizer.eos_token_id
    # right padding for training; padded positions are masked out of attention and loss
    input_ids = torch.tensor([ids + [pad] * (width - len(ids)) for ids, _ in rows])
    labels = torch.tensor([lab + [-100] * (width - len(lab)) for _, lab in rows])
    mask = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids, _ in rows])
    return input_ids, labels, mask


def portable_base(adapter: Path, base_dir: str | Path) -> None:
    """Store the base as a path relative to the adapter's folder (peft writes the absolute path it
    was given): a run folder moved or copied elsewhere still finds its own base, never the original
    machine's."""
    cfg_path = Path(adapter) / "adapter_config.json"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["base_model_name_or_path"] = os.path.relpath(Path(base_dir).resolve(), Path(adapter).resolve())
    cfg_path.write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def finetune(base_dir: str | Path, pairs: list[tuple[str, str]], out_dir: str | Path,
             settings: FinetuneSettings = FinetuneSettings(), log=None) -> list[Path]:
    """Train a LoRA adapter on `pairs`, saving `out_dir/epoch-NN` (adapter + trainer_state.json),
    deterministically (a fixed thread count, deterministic algorithms, seeds)."""
    from .tinymodel import deterministic

    with deterministic(settings.threads, settings.seed):
        return _finetune(base_dir, pairs, out_dir, settings, log)


def _finetune(base_dir, pairs, out_dir, settings: FinetuneSettings, log=None) -> list[Path]:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out_dir = Path(out_dir)
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    torch.manual_seed(settings.seed)
    model = AutoModelForCausalLM.from_pretrained(base_dir, use_safetensors=True)
    lora = LoraConfig(r=settings.r, lora_alpha=settings.alpha, target_modules=list(settings.target_modules),
                      lora_dropout=0.0, fan_in_fan_out=True, task_type="CAUSAL_LM")
    model = get_peft_model(model, lora)
    input_ids, labels, mask = _encode(tokenizer, pairs)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=settings.learning_rate)
    steps = settings.epochs * -(-len(pairs) // settings.batch_size)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: 1 - (1 - settings.final_lr_fraction) * min(1.0, s / max(1, steps - 1)))
    gen = torch.Generator().manual_seed(settings.seed)
    saved, history = [], []
    started = time.perf_counter()
    model.train()
    for epoch in range(1, settings.epochs + 1):
        order = torch.randperm(len(pairs), generator=gen)
        losses = []
        for i in range(0, len(order), settings.batch_size):
            idx = order[i:i + settings.batch_size]
            width = int(mask[idx].sum(1).max())  # trim shared right padding: faster steps
            loss = model(input_ids=input_ids[idx, :width], attention_mask=mask[idx, :width],
                         labels=labels[idx, :width]).loss
            loss.backward()
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            losses.append(loss.item())
        mean = sum(losses) / len(losses)
        history.append({"epoch": epoch, "loss": round(mean, 5)})
        if log:
            log(f"epoch {epoch}/{settings.epochs} loss {mean:.4f}")
        if epoch % settings.save_every == 0 or epoch == settings.epochs:
            path = out_dir / f"epoch-{epoch:02d}"
            model.save_pretrained(path, safe_serialization=True)
            portable_base(path, base_dir)
            (path / "trainer_state.json").write_text(json.dumps({
                "epoch": epoch, "loss": round(mean, 5), "log_history": history,
                "train_items": len(pairs), "settings": asdict(settings),
                "seconds": round(time.perf_counter() - started, 2)}, indent=2) + "\n")
            saved.append(path)
    return saved
