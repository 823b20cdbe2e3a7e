"""What the plugin's modules share: option group, stash key, xdist payload key."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # pragma: no cover
    from .session import EvalkitRun

GROUP = "evalkit"
WORKEROUTPUT_KEY = "evalkit"
RUN_KEY = pytest.StashKey["EvalkitRun"]()


def _run(config: pytest.Config) -> "EvalkitRun":
    return config.stash[RUN_KEY]
