"""Content fingerprints: the first (streamed sha256) and the memoised fingerprint of a 1 GB weight file.

    python bench/fingerprint.py [--gb 1]

Creates the file in a temporary folder (random bytes, so nothing compresses or dedups), then
times `fingerprint_dir` three ways: the first time (the file is read and hashed), again in the
same process (in-memory memo), and from a fresh memo object (the SQLite memo, as a new process
sees it). Prints the figures; deletes the file.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gb", type=float, default=1.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="evalkit-bench-fp-") as tmp:
        os.environ["EVALKIT_CACHE_DIR"] = str(Path(tmp) / "cache")
        from evalkit.generate import fingerprint as fp

        model = Path(tmp) / "model"
        model.mkdir()
        (model / "config.json").write_text('{"model_type": "gpt2"}')
        size = int(args.gb * 2**30)
        block = os.urandom(2**20)
        with open(model / "model.safetensors", "wb") as fh:
            for _ in range(size // len(block)):
                fh.write(block)
        t0 = time.perf_counter()
        first = fp.fingerprint_dir(model)
        t1 = time.perf_counter()
        again = fp.fingerprint_dir(model)
        t2 = time.perf_counter()
        fresh = fp.DigestMemo(fp.memo().path)
        fresh.digest(model / "model.safetensors")
        t3 = time.perf_counter()
        assert first == again and fresh.reads == 0
        mb = size / 2**20
        print(f"file: {mb:,.0f} MiB")
        print(f"first fingerprint (read + sha256): {t1 - t0:8.3f} s  ({mb / (t1 - t0):,.0f} MiB/s)")
        print(f"memoised, same process:            {(t2 - t1) * 1e3:8.3f} ms")
        print(f"memoised, new process (SQLite):    {(t3 - t2) * 1e3:8.3f} ms")


if __name__ == "__main__":
    main()
