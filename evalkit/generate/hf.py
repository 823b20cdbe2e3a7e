"""The transformers backend: full models and PEFT adapters, batched greedy decoding.

`HFModels` is a pool holding at most one base model in memory. A series of adapters on the same
base loads the base once and swaps adapters (load_adapter / set_adapter / delete_adapter), so a
50-epoch series costs one base load; `base_loads` counts them so tests can assert it.
"""
from __future__ import annotations

import contextlib
import logging
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..config import GenerationConfig
from ..cores import free_cores, whole_cores
from ..errors import InputError, Problem
from .base import Generation, OnBatch, truncate_at_stops
from .checkpoint import CheckpointInfo, check_loadable, inspect_checkpoint
from .prompts import Prompt

log = logging.getLogger(__name__)

AUTO_BATCH_GPU = 64
AUTO_BATCH_CPU = 16
# at most one intra-op thread per this many parameters: a tiny model's matrices are too small to
# split further (the tests' 0.2M-parameter model runs on one thread)
PARAMS_PER_THREAD = 500_000
THREADS_ENV = "EVALKIT_THREADS"
STATIC_CACHE_MAX_NEW = 256
# shared leading prompt tokens (the suite's instruction, few-shot examples, a document many
# questions share) that send a batch through `_generate_after_prefix`; a shorter prefix saves less
# than its extra forward passes may cost (not tuned: suite prompts share 15 or more)
PREFIX_MIN = 8
# a prefill group's fixed cost, in prompt positions (`length_groups`): a forward pass reads every
# weight once and has its Python overhead. On CPU at 134M, 16, 32 and 64 did about equally
# (tokens per CPU-second, 32 and 64 prompts); off CPU, where padding costs little next to a
# pass, one group (not measured)
GROUP_OVERHEAD = 32


def pick_threads(n_params: int, requested: int | None = None) -> int:
    """torch's intra-op threads for CPU generation: `requested` (or $EVALKIT_THREADS) when given;
    else the cores actually free (at least 1), at most one per PARAMS_PER_THREAD parameters.
    Threads on a busy core wait on each other (STACK.md: 1,000 -> 15 tokens/s with 2 threads and
    one other busy process on 2 cores); on free cores a second thread served even the 1M model
    (bench/generation.py: 4,679 against 3,248 tokens/s)."""
    if requested is None and os.environ.get(THREADS_ENV, "").strip():
        try:
            requested = int(os.environ[THREADS_ENV])
        except ValueError:
            raise InputError([Problem(Path("$" + THREADS_ENV), f"{THREADS_ENV} must be a whole number, "
                                            f"not {os.environ[THREADS_ENV]!r}")]) from None
    if requested is not None and requested > 0:
        return requested
    cap = max(1, round(n_params / PARAMS_PER_THREAD))   # the "1M" demo model has 989,952: two threads
    if cap == 1:
        return 1
    return max(1, min(cap, whole_cores(free_cores())))


def pick_device(device: str = "auto") -> str:
    import torch

    if device != "auto":
        return device
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def pick_dtype(dtype: str, device: str):
    import torch

    if dtype != "auto":
        return getattr(torch, dtype)
    if device.startswith("cuda"):
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return torch.float32


def is_oom(exc: BaseException) -> bool:
    import torch

    if isinstance(exc, torch.cuda.OutOfMemoryError):
        return True
    return isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()


@dataclass
class HFModels:
    """Loads models and adapters on demand, keeping one base (and one adapter) in memory."""

    device: str = "auto"
    dtype: str = "auto"
    trust_remote_code: bool = False
    allow_unsafe_weights: bool = False   # pickle (.bin) weights can run code: off by default
    offline: bool | None = None          # hub ids: None follows HF_HUB_OFFLINE; True reads the cache only
    threads: int | None = None           # CPU: torch threads while generating; None picks (pick_threads)
    static_cache: bool | None = None     # CPU: preallocated KV cache; None = where it applies, False = never
    prefix_cache: bool | None = None     # a batch's shared prompt prefix computed once; None = where it applies
    base_loads: int = 0
    adapter_loads: int = 0
    notes: list[Problem] = field(default_factory=list)   # warnings met while loading
    _base_dir: Path | None = None
    _model: object = None                # the base, or a PeftModel wrapping it
    _active: str | None = None           # the active adapter's name ("a" + its fingerprint)
    _slot: str | None = None             # the peft adapter name holding it (hot-swaps keep the slot)
    _slot_tensors: dict | None = None    # (slot, {adapter file key: the slot's tensor}) for in-place swaps
    hotswaps: int = 0                    # adapters swapped in place (counted in adapter_loads too)
    _tokenizers: dict = field(default_factory=dict)
    _n_params: dict = field(default_factory=dict)
    threads_used: int | None = None      # the thread count of the last CPU batch
    threads_seen: set = field(default_factory=set)   # every count used (tests, the bench)

    def __post_init__(self):
        quiet_transformers()
        self.device = pick_device(self.device)
        self.torch_dtype = pick_dtype(self.dtype, self.device)

    def generator(self, checkpoint: str | Path | CheckpointInfo, base: str | Path | None = None,
                  name: str | None = None) -> "HFGenerator":
        info = checkpoint if isinstance(checkpoint, CheckpointInfo) else inspect_checkpoint(
            checkpoint, base, allow_unsafe_weights=self.allow_unsafe_weights, offline=self.offline)
        check_loadable(info, self.trust_remote_code)   # before anything is generated
        return HFGenerator(self, info, name or info.name)

    @property
    def model(self):
        """The model in memory (the base, or a PeftModel wrapping it); None before the first load.
        Call `activate` first: it decides which adapter, if any, this model runs with."""
        return self._model

    def notes_for(self, info: CheckpointInfo) -> list[Problem]:
        """The loading notes about this checkpoint's own files (its folder or its base's)."""
        mine = {info.path, info.model_dir}
        return [p for p in self.notes if p.file in mine]

    # -- loading -----------------------------------------------------------------------------
    def _load_base(self, base_dir: Path):
        import torch
        from transformers import AutoModelForCausalLM

        if self._base_dir == base_dir and self._model is not None:
            return
        self._forget_model()
        if self.device.startswith("cuda"):
            torch.cuda.empty_cache()
        try:
            model = AutoModelForCausalLM.from_pretrained(
                base_dir, dtype=self.torch_dtype, use_safetensors=not self.allow_unsafe_weights,
                trust_remote_code=self.trust_remote_code, local_files_only=True)
        except (OSError, ValueError, RuntimeError) as exc:
            raise InputError([Problem(base_dir, f"cannot load the model: {_first_line(exc)}")]) from None
        model.to(self.device).eval()
        self._model, self._base_dir = model, base_dir
        self.base_loads += 1

    @property
    def n_params(self) -> int:
        if self._model is None:
            return 0
        if self._base_dir not in self._n_params:
            self._n_params[self._base_dir] = sum(p.numel() for p in self._model.parameters())
        return self._n_params[self._base_dir]

    @contextlib.contextmanager
    def cpu_threads(self):
        """torch's thread count for one generate call on CPU (put back after); on a GPU nothing."""
        import torch

        if not self.device.startswith("cpu"):
            yield None
            return
        before = torch.get_num_threads()
        self.retune_threads()
        try:
            yield self.threads_used
        finally:
            torch.set_num_threads(before)

    def retune_threads(self) -> None:
        """Pick the thread count again (between batches: load that starts mid-run is met within
        FREE_CORES_TTL_S); CPU only."""
        import torch

        if not self.device.startswith("cpu"):
            return
        chosen = pick_threads(self.n_params, self.threads)
        self.threads_used = chosen
        self.threads_seen.add(chosen)
        if chosen != torch.get_num_threads():
            torch.set_num_threads(chosen)

    def tokenizer(self, info: CheckpointInfo):
        # an adapter folder may carry its own tokenizer (added tokens); else the base's
        tok_dir = info.path if (info.path / "tokenizer_config.json").is_file() else info.model_dir
        if tok_dir not in self._tokenizers:
            from transformers import AutoTokenizer

            try:
                tok = AutoTokenizer.from_pretrained(tok_dir, trust_remote_code=self.trust_remote_code,
                                                    local_files_only=True)
            except (OSError, ValueError) as exc:
                raise InputError([Problem(tok_dir, f"cannot load the tokenizer: {_first_line(exc)}")]) from None
            if tok.pad_token is None:
                if tok.eos_token is None:
                    raise InputError([Problem(tok_dir, "tokenizer has no pad token and no eos token to pad "
                                                       "with; add a pad_token to tokenizer_config.json")])
                tok.pad_token = tok.eos_token
                self.notes.append(Problem(tok_dir, f"tokenizer has no pad token; padding with eos "
                                                   f"'{tok.eos_token}' (masked by the attention mask)",
                                          severity="warning"))
            tok.padding_side = "left"  # decoder-only: new tokens must follow the prompt directly
            self._tokenizers[tok_dir] = tok
        return self._tokenizers[tok_dir]

    def activate(self, info: CheckpointInfo):
        """Make `info` the model that generates; returns a context manager for the call."""
        self._load_base(info.model_dir)
        from peft import PeftModel

        if info.kind == "model":
            if isinstance(self._model, PeftModel):
                return self._model.disable_adapter()  # the base alone, adapters kept for later
            return contextlib.nullcontext()
        name = "a" + info.fingerprint  # the fingerprint changes when the adapter is rewritten
        if name != self._active and self._hotswap(info):
            self._active = name
            self.adapter_loads += 1
            self.hotswaps += 1
        elif name != self._active:
            try:
                if not isinstance(self._model, PeftModel):
                    self._model = PeftModel.from_pretrained(self._model, info.path, adapter_name=name,
                                                            torch_device=self.device)
                else:
                    self._model.load_adapter(info.path, adapter_name=name, torch_device=self.device)
                    self._model.set_adapter(name)
            except (RuntimeError, ValueError, KeyError) as exc:
                if isinstance(self._model, PeftModel) and name in self._model.peft_config:
                    self._model.delete_adapter(name)
                elif not isinstance(self._model, PeftModel):
                    # peft injects layers in place before loading weights: the base is no longer clean
                    self._forget_model()
                raise InputError([Problem(info.path, f"adapter does not fit base model {info.base}: "
                                                     f"{_first_line(exc)}")]) from None
            # bound memory: keep only the active adapter
            for old in [n for n in self._model.peft_config if n != name]:
                self._model.delete_adapter(old)
            self._model.eval()
            self._active = self._slot = name
            self._slot_tensors = None
            self.adapter_loads += 1
        return contextlib.nullcontext()

    # config fields that do not change what the adapter computes (the rest must match to hot-swap)
    _SWAP_IGNORES = frozenset({"base_model_name_or_path", "revision", "inference_mode", "peft_version",
                               "task_type"})

    def _hotswap(self, info: CheckpointInfo) -> bool:
        """Copy `info`'s LoRA weights into the loaded adapter's tensors (peft's hotswap_adapter)
        when the two configs match in everything that shapes the computation (rank, alpha, target
        modules, no modules_to_save...): no layers are injected or deleted, so a series swaps in a
        fraction of a load. False (nothing changed, or a half-swapped slot that is then replaced
        the usual way) when it does not apply."""
        from peft import PeftConfig, PeftModel

        slot = self._slot
        if not isinstance(self._model, PeftModel) or slot is None or slot not in self._model.peft_config:
            return False
        try:
            new = PeftConfig.from_pretrained(info.path).to_dict()
        except (OSError, ValueError, TypeError, KeyError):
            return False
        old = self._model.peft_config[slot].to_dict()
        if new.get("peft_type") != "LORA" or new.get("modules_to_save") or old.get("modules_to_save"):
            return False
        if {k: v for k, v in old.items() if k not in self._SWAP_IGNORES} != \
                {k: v for k, v in new.items() if k not in self._SWAP_IGNORES}:
            return False
        try:
            from peft.utils.hotswap import hotswap_adapter
        except ImportError:  # peft < 0.14
            return False
        try:
            if not self._copy_into_slot(info.path / "adapter_model.safetensors", slot, new):
                hotswap_adapter(self._model, str(info.path), adapter_name=slot, torch_device=self.device)
        except Exception:  # noqa: BLE001 - any failure: the slot is not trusted and gets replaced
            log.debug("hot-swap of %s failed; loading it the usual way", info.path, exc_info=True)
            self._slot = "broken"
            self._active = self._slot_tensors = None
            return False
        return True

    def _copy_into_slot(self, weights: Path, slot: str, config: dict) -> bool:
        """The common case of a hot-swap, done directly: the file holds exactly the slot's LoRA
        tensors, shape for shape, so each is copied into its place (what peft's hotswap_adapter does
        then, less its per-call walk of the whole model: its state_dict, and two attribute lookups
        and a scaling update per tensor). The configs are equal in everything that shapes the
        computation, so the scalings stand. False, with nothing written, when the file is anything
        else (missing or extra keys, another shape, DoRA): peft's hotswap_adapter handles those."""
        if config.get("use_dora") or not weights.is_file():
            return False
        try:
            from peft.utils.save_and_load import _insert_adapter_name_into_state_dict
            from safetensors import safe_open
        except ImportError:
            return False
        if self._slot_tensors is None or self._slot_tensors[0] != slot:
            # the slot's tensors by name, once per slot (hot-swaps keep them; a usual load resets)
            self._slot_tensors = (slot, {k: v for k, v in self._model.state_dict(keep_vars=True).items()
                                         if "lora_" in k and slot in k.split(".")})
        targets = self._slot_tensors[1]
        with safe_open(str(weights), framework="pt", device="cpu") as fh:
            keys = list(fh.keys())
            named = _insert_adapter_name_into_state_dict(dict.fromkeys(keys), adapter_name=slot,
                                                         parameter_prefix="lora_")
            if len(named) != len(keys) or set(named) != set(targets):
                return False
            mapped = dict(zip(keys, named))   # insertion order: file key -> the model's key
            shapes = {k: fh.get_slice(k).get_shape() for k in keys}
            if any(list(targets[mapped[k]].shape) != list(shapes[k]) for k in keys):
                return False
            for k in keys:   # checked above: from here every tensor has its place
                dst = targets[mapped[k]]
                dst.data.copy_(fh.get_tensor(k))
        return True

    def _forget_model(self) -> None:
        """Drop the model in memory and everything that describes it (which base, which adapter,
        which slot, the slot's tensors): the one place these are reset together."""
        self._model = self._base_dir = self._active = self._slot = self._slot_tensors = None

    def close(self) -> None:
        self._forget_model()
        self._tokenizers.clear()


class HFGenerator:
    generates = True

    def __init__(self, pool: HFModels, info: CheckpointInfo, name: str):
        self.pool, self.info, self.name = pool, info, name
        self.fingerprint = info.fingerprint
        self.checkpoint = str(info.path)
        self.batch_size_reached: int | None = None

    def notes(self) -> list[Problem]:
        return self.pool.notes_for(self.info)

    def variant(self, settings: GenerationConfig) -> str:
        return f"hf/{self.pool.device.split(':')[0]}/{str(self.pool.torch_dtype).removeprefix('torch.')}"

    def render(self, prompt: Prompt) -> str:
        tok = self.pool.tokenizer(self.info)
        if prompt.use_chat_template and getattr(tok, "chat_template", None):
            return tok.apply_chat_template(list(prompt.messages), tokenize=False, add_generation_prompt=True)
        return prompt.text

    def generate(self, prompts: Sequence[Prompt], settings: GenerationConfig,
                 on_batch: OnBatch | None = None) -> list[Generation]:
        texts = [self.render(p) for p in prompts]
        return self.generate_texts(texts, settings, on_batch)

    def generate_texts(self, texts: Sequence[str], settings: GenerationConfig,
                       on_batch: OnBatch | None = None) -> list[Generation]:
        import torch

        tok = self.pool.tokenizer(self.info)
        ctx = self.pool.activate(self.info)
        model = self.pool.model
        # tokenised once, in one call (the fast tokenizer batches it); batches are padded from these ids
        ids = tok(list(texts), add_special_tokens=True, verbose=False)["input_ids"] if texts else []
        limit = self._prompt_limit(model, settings)
        if limit is not None and max(map(len, ids), default=0) > limit:
            # keep the end (the question and the "Answer:" cue); drop the start of long documents
            too_long = sum(len(x) > limit for x in ids)
            ids = [self._cut(x, limit, tok) for x in ids]
            note = Problem(self.info.path, f"{too_long} prompt(s) longer than the model's context allows "
                                           f"({limit} tokens + {settings.max_new_tokens} new); their beginning "
                                           "was cut", severity="warning")
            if note not in self.pool.notes:
                self.pool.notes.append(note)
        # longest first: an out-of-memory shows on the first batch; neighbours have similar
        # lengths, so little padding
        order = sorted(range(len(texts)), key=lambda i: (-len(ids[i]), i))
        batch = settings.batch_size if isinstance(settings.batch_size, int) else (
            AUTO_BATCH_GPU if self.pool.device.startswith("cuda") else AUTO_BATCH_CPU)
        results: list[Generation | None] = [None] * len(texts)
        pos = 0
        with ctx, torch.inference_mode(), self.pool.cpu_threads():
            while pos < len(order):
                if pos:
                    self.pool.retune_threads()
                idx = order[pos:pos + batch]
                try:
                    gens = self._batch(model, tok, [ids[i] for i in idx], settings)
                except Exception as exc:  # noqa: BLE001 - only out-of-memory is handled
                    if not is_oom(exc) or batch == 1:
                        raise
                    batch //= 2  # keep what finished; retry this batch smaller
                    log.warning("out of memory; batch size now %d", batch)
                    if self.pool.device.startswith("cuda"):
                        torch.cuda.empty_cache()
                    continue
                for i, g in zip(idx, gens):
                    results[i] = g
                if on_batch:
                    on_batch(idx, gens)
                pos += len(idx)
        self.batch_size_reached = batch
        return results  # type: ignore[return-value]

    @staticmethod
    def _prompt_limit(model, settings: GenerationConfig) -> int | None:
        context = getattr(model.config, "max_position_embeddings", None)
        return max(1, context - settings.max_new_tokens) if isinstance(context, int) else None

    @staticmethod
    def _cut(ids: list[int], limit: int, tok) -> list[int]:
        """The last `limit` tokens, keeping a leading BOS (as the tokenizer's own left truncation)."""
        if len(ids) <= limit:
            return ids
        bos = tok.bos_token_id
        if bos is not None and ids and ids[0] == bos and bos != tok.eos_token_id and limit > 1:
            return [bos] + ids[len(ids) - limit + 1:]
        return ids[len(ids) - limit:]

    def _use_static_cache(self, model, settings: GenerationConfig) -> bool:
        """On CPU, for outputs up to STATIC_CACHE_MAX_NEW tokens (a static cache attends over its
        whole length every step: long limits with short answers would pay for it)."""
        return (self.pool.static_cache is not False and self.pool.device.startswith("cpu")
                and settings.max_new_tokens <= STATIC_CACHE_MAX_NEW
                and getattr(model, "_supports_static_cache", True) is not False)

    def _share_prefix(self, model, rows: list[list[int]]) -> int:
        """How many leading tokens of this batch to compute once for all its rows: their shared
        prefix when it is at least PREFIX_MIN tokens, else 0 (also for one row, or where the
        prefix cache is off or failed before)."""
        if len(rows) < 2 or self.pool.prefix_cache is False:
            return 0
        # a prompt-learning adapter (prefix tuning...) puts its own entries in the KV cache
        if getattr(getattr(model, "active_peft_config", None), "is_prompt_learning", False):
            return 0
        shared = shared_prefix(rows)
        return shared if shared >= PREFIX_MIN else 0

    def _batch(self, model, tok, rows: list[list[int]], settings: GenerationConfig) -> list[Generation]:
        width = max(map(len, rows))
        kwargs = self._generate_kwargs(tok, settings)
        prefix = self._share_prefix(model, rows)
        out = self._generate_after_prefix(model, rows, prefix, kwargs, settings) if prefix else None
        if out is None:
            out = self._generate_padded(model, rows, kwargs, settings)
        gens = []
        for row in out[:, width:].tolist():
            n = len(row)
            if tok.eos_token_id is not None and tok.eos_token_id in row:
                n = row.index(tok.eos_token_id) + 1  # the rest is padding
            text = tok.decode(row[:n], skip_special_tokens=True)
            gens.append(Generation(truncate_at_stops(text, settings.stop).strip(), n))
        return gens

    @staticmethod
    def _generate_kwargs(tok, settings: GenerationConfig) -> dict:
        import torch

        kwargs = dict(max_new_tokens=settings.max_new_tokens, do_sample=settings.do_sample,
                      pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id)
        if settings.do_sample:
            torch.manual_seed(settings.seed)
            kwargs.update(temperature=settings.temperature, top_p=settings.top_p)
        else:  # silence the model's generation_config sampling defaults
            kwargs.update(temperature=None, top_p=None, top_k=None)
        if settings.stop:
            kwargs.update(stop_strings=list(settings.stop), tokenizer=tok)
        return kwargs

    def _inputs(self, rows: list[list[int]], pad: int, prefix: int = 0) -> dict:
        """input_ids, attention_mask and position_ids, each row laid out as [prefix][left pad][rest]
        (prefix 0: plain left padding), from the ids tokenised once (no second tokenizer pass)."""
        import torch

        rest = max(map(len, rows)) - prefix
        input_ids = torch.tensor([r[:prefix] + [pad] * (rest + prefix - len(r)) + r[prefix:] for r in rows],
                                 dtype=torch.long, device=self.pool.device)
        attention_mask = torch.tensor([[1] * prefix + [0] * (rest + prefix - len(r)) + [1] * (len(r) - prefix)
                                       for r in rows], dtype=torch.long, device=self.pool.device)
        # explicit position ids: each prompt counts its own tokens only, so a prompt's output does
        # not depend on what it is batched with (nor on where its padding sits)
        position_ids = (attention_mask.cumsum(-1) - 1).clamp(min=0)
        return dict(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids)

    def _generate_padded(self, model, rows: list[list[int]], kwargs: dict, settings: GenerationConfig):
        """generate on the left-padded batch; the static cache where it applies, else the default one."""
        inputs = self._inputs(rows, kwargs["pad_token_id"])
        if not self._use_static_cache(model, settings):
            return model.generate(**inputs, **kwargs)
        try:
            # a preallocated KV cache: the default one grows by concatenation every step, which
            # was a third of the time on the 1M model on CPU (aten::cat); same outputs (tested)
            return model.generate(**inputs, **kwargs, cache_implementation="static")
        except (ValueError, TypeError, NotImplementedError) as exc:
            log.info("static KV cache not supported here (%s); using the default cache", _first_line(exc))
            self.pool.static_cache = False
            return model.generate(**inputs, **kwargs)

    def _generate_after_prefix(self, model, rows: list[list[int]], prefix: int, kwargs: dict,
                               settings: GenerationConfig):
        """generate with the prompts prefilled here: the rows' shared `prefix` once (batch 1), the
        rest in groups of similar length (`_prefilled_cache`), so generate computes only each
        row's last prompt token and the new ones. Outputs as the padded path (tested); None (and
        the prefix cache off from then on) where the model or its cache does not support it."""
        inputs = self._inputs(rows, kwargs["pad_token_id"], prefix)
        static = self._use_static_cache(model, settings)
        try:
            overhead = GROUP_OVERHEAD if self.pool.device.startswith("cpu") else math.inf
            cache = self._prefilled_cache(model, inputs, prefix,
                                          inputs["input_ids"].shape[1] + settings.max_new_tokens, static, overhead)
            return model.generate(**inputs, **kwargs, past_key_values=cache)
        except (ValueError, TypeError, NotImplementedError, AttributeError) as exc:
            log.info("shared-prefix KV cache not supported here (%s); padding whole prompts", _first_line(exc))
            self.pool.prefix_cache = False
            return None

    @staticmethod
    def _prefilled_cache(model, inputs: dict, prefix: int, max_len: int, static: bool, overhead: float):
        """The KV cache of every column of `inputs` but the last, laid out as `_inputs` lays out the
        rows: a StaticCache of `max_len` positions when `static`, else the default DynamicCache.
        Padding is what a batch's prefill wastes (one width for all rows); here each group of rows
        (`length_groups`) is computed over its own width, after the prefix computed once."""
        import torch
        from transformers import DynamicCache, StaticCache

        ids, mask, pos = inputs["input_ids"], inputs["attention_mask"], inputs["position_ids"]
        batch, end = ids.shape[0], ids.shape[1] - 1
        config = model.config.get_text_config(decoder=True)
        # only the hidden states are needed: logits for the last position alone (where supported)
        keep = {"logits_to_keep": 1} if getattr(model, "_supports_logits_to_keep", lambda: False)() else {}
        head = model(input_ids=ids[:1, :prefix], use_cache=True, **keep).past_key_values
        if not isinstance(head, DynamicCache) or any(getattr(x, "is_sliding", True) for x in head.layers):
            raise TypeError(f"no plain key/value cache here ({type(head).__name__})")
        keys = [x.keys.new_zeros(batch, x.keys.shape[1], end, x.keys.shape[3]) for x in head.layers]
        values = [x.values.new_zeros(batch, x.values.shape[1], end, x.values.shape[3]) for x in head.layers]
        for k, v, x in zip(keys, values, head.layers):
            k[:, :, :prefix], v[:, :, :prefix] = x.keys, x.values
        for group, width in length_groups(mask[:, prefix:end].sum(-1).tolist(), overhead):
            if not width:
                continue
            idx, cols = torch.tensor(group, device=ids.device), slice(end - width, end)
            part = DynamicCache(config=config)
            for i, x in enumerate(head.layers):
                part.update(x.keys.expand(len(group), -1, -1, -1), x.values.expand(len(group), -1, -1, -1), i)
            # the columns between the prefix and `cols` are padding in every row of the group
            model(input_ids=ids[idx, cols], attention_mask=torch.cat([mask[idx, :prefix], mask[idx, cols]], -1),
                  position_ids=pos[idx, cols], past_key_values=part, use_cache=True, **keep)
            for k, v, x in zip(keys, values, part.layers):
                k[idx, :, cols], v[idx, :, cols] = x.keys[:, :, prefix:], x.values[:, :, prefix:]
        cache = StaticCache(config=config, max_cache_len=max_len) if static else DynamicCache(config=config)
        for i in range(len(keys)):
            cache.update(keys[i], values[i], i)
            keys[i] = values[i] = None   # copied into the cache: free as we go (peak memory)
        return cache


def length_groups(lengths: Sequence[int], overhead: float = GROUP_OVERHEAD) -> list[tuple[list[int], int]]:
    """Rows (by index) in groups of similar length, each with its longest length: the split that
    computes the fewest positions, padding included, counting `overhead` positions per group (one
    group when it is infinite)."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    desc = [lengths[i] for i in order]
    cost, start = [0.0] + [math.inf] * len(desc), [0] * (len(desc) + 1)
    for j in range(1, len(desc) + 1):
        for i in range(j):   # rows i..j-1 in one group, as wide as row i
            c = cost[i] + (j - i) * desc[i] + overhead
            if c < cost[j]:
                cost[j], start[j] = c, i
    groups, j = [], len(desc)
    while j:
        groups.append((order[start[j]:j], desc[start[j]]))
        j = start[j]
    return groups[::-1]


def shared_prefix(rows: Sequence[Sequence[int]]) -> int:
    """How many leading tokens all rows share, leaving every row at least its last token (whose
    logits give the first new token)."""
    first, limit = rows[0], min(map(len, rows)) - 1
    n = 0
    while n < limit and all(r[n] == first[n] for r in rows):
        n += 1
    return n


def shared_pool(shared, options) -> HFModels:
    """The one HF pool of a run, made on first use: adapters on one base then swap, not reload."""
    pool = shared.resources.get("hf")
    if pool is None:
        pool = shared.resources["hf"] = HFModels(device=options.device, dtype=options.dtype,
                                                 trust_remote_code=options.trust_remote_code,
                                                 allow_unsafe_weights=options.allow_unsafe_weights,
                                                 offline=getattr(options, "offline", None),
                                                 threads=getattr(options, "threads", None))
    return pool


def from_spec(spec, options, shared) -> HFGenerator:
    """The registry's factory."""
    return shared_pool(shared, options).generator(spec.path, spec.base, name=spec.label)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    lines = text.splitlines()
    return lines[0] if len(lines) == 1 else f"{lines[0]} {lines[1].strip()}"[:400]


def quiet_transformers() -> None:
    """Our own progress bar reports progress; hide the libraries' per-load bars and notices."""
    import warnings

    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)


def set_offline() -> None:
    """Turn hub access off for this process (--offline): hub ids resolve from the cache only."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
