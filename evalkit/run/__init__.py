"""Running checkpoints: generate (through the cache) and score, one checkpoint after another."""
from .runner import (CheckpointOutputs, CheckpointRun, CheckpointSpec, GenerationStats, ProgressHook, RunOptions,
                     generate_outputs, run_checkpoints)

__all__ = ["CheckpointOutputs", "CheckpointRun", "CheckpointSpec", "GenerationStats", "ProgressHook", "RunOptions",
           "generate_outputs", "run_checkpoints"]
