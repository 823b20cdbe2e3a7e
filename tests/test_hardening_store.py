from __future__ import annotations

import os
import stat

from evalkit.store import write_json_atomic, write_text_atomic


def test_written_files_respect_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        a = write_text_atomic(tmp_path / "r.md", "x")
        b = write_json_atomic(tmp_path / "r.json", {"a": 1})
        os.umask(0o077)
        c = write_text_atomic(tmp_path / "private.md", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(a.stat().st_mode) == 0o644 == stat.S_IMODE(b.stat().st_mode)
    assert stat.S_IMODE(c.stat().st_mode) == 0o600
