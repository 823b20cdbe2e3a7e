"""Generation cache: one SQLite file shared by runs, processes and pytest-xdist workers.

Key = checkpoint fingerprint + backend variant + rendered prompt + generation settings. Rows are
written once (PRIMARY KEY + INSERT OR IGNORE), one transaction per finished batch, so an
interrupted run resumes where it stopped and nothing is generated or stored twice.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .base import Generation

DEFAULT_DIR = Path("~/.cache/evalkit")
FILENAME = "generations.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS generations (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    variant TEXT NOT NULL,
    settings TEXT NOT NULL,
    prompt TEXT NOT NULL,
    output TEXT NOT NULL,
    tokens INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS generations_fingerprint ON generations (fingerprint);
CREATE TABLE IF NOT EXISTS checkpoints (
    fingerprint TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    last_used REAL NOT NULL
);
"""
# `checkpoints` names each fingerprint (added later: a cache file written before it gains the table on
# opening, and its fingerprints show without a name until a run uses them again).


def cache_dir(override: str | Path | None = None) -> Path:
    """--cache-dir, else $EVALKIT_CACHE_DIR, else ~/.cache/evalkit."""
    chosen = override or os.environ.get("EVALKIT_CACHE_DIR") or DEFAULT_DIR
    return Path(chosen).expanduser()


def cache_key(fingerprint: str, variant: str, settings: str, prompt: str) -> str:
    h = hashlib.sha256()
    for part in (fingerprint, variant, settings, prompt):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    exists: bool
    rows: int
    checkpoints: int
    bytes: int


@dataclass(frozen=True)
class CheckpointEntry:
    """One checkpoint's share of the cache."""

    fingerprint: str
    name: str            # "" for rows written before checkpoints were named
    path: str
    items: int
    bytes: int           # the stored text (prompts and outputs), not the file's pages
    last_used: float     # when a run last looked it up or stored an answer (epoch seconds)


class GenerationCache:
    def __init__(self, directory: str | Path | None = None):
        self.path = cache_dir(directory) / FILENAME
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # autocommit mode; transactions are opened explicitly per batch
                conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")   # readers never block the writer (xdist workers)
                conn.execute("PRAGMA synchronous=NORMAL")  # durable enough with WAL, much faster
                conn.execute("PRAGMA busy_timeout=60000")
                conn.executescript(_SCHEMA)
                # a cache that can be read but not written would lose every answer after generating it
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(f"PRAGMA user_version = {int(version)}")
                conn.execute("ROLLBACK")
            except (sqlite3.Error, OSError) as exc:
                if conn is not None:
                    conn.close()
                raise self._unusable(exc) from None
            self._conn = conn
        return self._conn

    def _unusable(self, exc: BaseException):
        from ..errors import InputError, Problem

        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return InputError([Problem(self.path, f"the generation cache cannot be written ({reason}); pass "
                                              "--cache-dir DIR for another folder, or --no-cache")])

    def get_many(self, keys: Iterable[str]) -> dict[str, Generation]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, Generation] = {}
        db = self._db()
        for i in range(0, len(keys), 500):  # SQLite caps the number of bound parameters
            chunk = keys[i:i + 500]
            rows = db.execute(f"SELECT key, output, tokens FROM generations WHERE key IN ({','.join('?' * len(chunk))})",
                              chunk)
            found.update({k: Generation(o, t) for k, o, t in rows})
        return found

    def put_many(self, rows: Iterable[tuple[str, str, str, str, str, Generation]]) -> int:
        """rows: (key, fingerprint, variant, settings, prompt, generation). One transaction."""
        now = time.time()
        data = [(k, f, v, s, p, g.text, g.tokens, now) for k, f, v, s, p, g in rows]
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            cur = db.executemany("INSERT OR IGNORE INTO generations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", data)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return cur.rowcount

    def touch(self, fingerprint: str, name: str, path: str) -> None:
        """Record which checkpoint a fingerprint is and that a run used it now."""
        db = self._db()
        db.execute("INSERT INTO checkpoints VALUES (?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET "
                   "name = excluded.name, path = excluded.path, last_used = excluded.last_used",
                   (fingerprint, name, path, time.time()))

    def checkpoints(self) -> list[CheckpointEntry]:
        """Every fingerprint with rows, most recently used first (read only)."""
        if not self.path.is_file():
            return []
        sql = ("SELECT g.fingerprint, COALESCE(c.name, ''), COALESCE(c.path, ''), COUNT(*), "
               "SUM(LENGTH(CAST(g.prompt AS BLOB)) + LENGTH(CAST(g.output AS BLOB)) + LENGTH(g.key) "
               "+ LENGTH(g.settings) + LENGTH(g.variant)), MAX(COALESCE(c.last_used, 0), MAX(g.created)) "
               "FROM generations g LEFT JOIN checkpoints c ON c.fingerprint = g.fingerprint "
               "GROUP BY g.fingerprint ORDER BY 6 DESC, 1")
        legacy = ("SELECT fingerprint, '', '', COUNT(*), SUM(LENGTH(CAST(prompt AS BLOB)) + "
                  "LENGTH(CAST(output AS BLOB)) + LENGTH(key) + LENGTH(settings) + LENGTH(variant)), MAX(created) "
                  "FROM generations GROUP BY fingerprint ORDER BY 6 DESC, 1")
        rows = self._read(lambda db: db.execute(sql if self._has_checkpoints(db) else legacy).fetchall())
        return [CheckpointEntry(f, n, p, i, b or 0, t or 0.0) for f, n, p, i, b, t in rows]

    def select(self, *, checkpoint: str | None = None, fingerprint: str | None = None,
               older_than: float | None = None) -> list[CheckpointEntry]:
        """The checkpoints matching every filter given: a name or path (as stored, or resolved), a
        fingerprint (or a unique prefix of at least 8 characters), unused for `older_than` seconds."""
        found = self.checkpoints()
        if checkpoint is not None:
            resolved = str(Path(checkpoint).expanduser().resolve())
            found = [e for e in found if checkpoint in (e.name, e.path) or
                     (e.path and str(Path(e.path).expanduser().resolve()) == resolved)]
        if fingerprint is not None:
            exact = [e for e in found if e.fingerprint == fingerprint]
            found = exact or ([e for e in found if e.fingerprint.startswith(fingerprint)] if len(fingerprint) >= 8 else [])
        if older_than is not None:
            cutoff = time.time() - older_than
            found = [e for e in found if e.last_used < cutoff]
        return found

    def _has_checkpoints(self, db: sqlite3.Connection) -> bool:
        return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'checkpoints'").fetchone() \
            is not None

    def _read(self, query):
        try:
            db = self._conn or sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                return query(db)
            finally:
                if db is not self._conn:
                    db.close()
        except sqlite3.Error as exc:
            from ..errors import InputError, Problem

            raise InputError([Problem(self.path, f"the generation cache cannot be read ({exc})")]) from None

    def count(self, fingerprint: str | None = None) -> int:
        if fingerprint is None:
            return self._db().execute("SELECT COUNT(*) FROM generations").fetchone()[0]
        return self._db().execute("SELECT COUNT(*) FROM generations WHERE fingerprint = ?", (fingerprint,)).fetchone()[0]

    def info(self) -> CacheInfo:
        """Read only: a cache that cannot be written can still be described."""
        if not self.path.is_file():
            return CacheInfo(self.path, False, 0, 0, 0)
        try:
            db = self._conn or sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                rows = db.execute("SELECT COUNT(*), COUNT(DISTINCT fingerprint) FROM generations").fetchone()
            finally:
                if db is not self._conn:
                    db.close()
        except sqlite3.Error as exc:
            from ..errors import InputError, Problem

            raise InputError([Problem(self.path, f"the generation cache cannot be read ({exc})")]) from None
        size = sum(p.stat().st_size for p in self.path.parent.glob(FILENAME + "*") if p.is_file())
        return CacheInfo(self.path, True, rows[0], rows[1], size)

    def clear(self, fingerprint: str | None = None, *, fingerprints: Iterable[str] | None = None) -> int:
        """Delete every row, one fingerprint's, or those of `fingerprints`; returns how many went."""
        if not self.path.exists():
            return 0
        db = self._db()
        if fingerprints is None and fingerprint:
            fingerprints = [fingerprint]
        if fingerprints is not None:
            n = 0
            for f in fingerprints:
                n += db.execute("DELETE FROM generations WHERE fingerprint = ?", (f,)).rowcount
                db.execute("DELETE FROM checkpoints WHERE fingerprint = ?", (f,))
        else:
            n = db.execute("DELETE FROM generations").rowcount
            db.execute("DELETE FROM checkpoints")
        db.execute("VACUUM")
        return n

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "GenerationCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
