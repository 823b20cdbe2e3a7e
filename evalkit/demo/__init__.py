"""The embedded default model: a tiny GPT-2 pretrained on the golden documents and LoRA
fine-tuned on the golden Q&A, one adapter per epoch. Also the tests' model factory."""
from __future__ import annotations

from .finetune import FinetuneSettings, finetune, training_pairs
from .series import Series, SeriesSettings, build_series
from .tinymodel import TinyModelSettings, build_base

__all__ = ["FinetuneSettings", "Series", "SeriesSettings", "TinyModelSettings", "build_base", "build_series",
           "finetune", "training_pairs"]
