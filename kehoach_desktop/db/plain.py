"""This PC's SQLite file with the standard library alone: whether it is sound, its schema
revision, and a connection to read it.

The command line's one-shot exports read a plan through this (and db/plan_read.py) without
importing SQLAlchemy and our models, which by themselves take longer than building a small
document. Anything this cannot answer — no file yet, a schema to upgrade, a server — goes the
full way through db/engine.py, which also uses what is here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

DB_FILENAME = "kehoach.db"
BUSY_TIMEOUT_MS = 10_000
# The newest revision in migrations/versions, so that opening an up-to-date database imports
# neither Alembic nor SQLAlchemy; a test checks it against Alembic's reading of the scripts.
HEAD = "0012"


def damage(path: Path, thorough: bool = True) -> str:
    """What is wrong with the database file at `path`, or "" when it opens soundly. An existing
    0-byte file is a database that was lost, not a new office."""
    if path.stat().st_size == 0:
        return "tệp trống (0 byte)"
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return "không phải tệp cơ sở dữ liệu SQLite"
    from .backup import check_file

    verdict = check_file(path, "quick_check") if thorough else "ok"
    if verdict != "ok":
        return verdict
    try:  # the search index is a virtual table the b-tree check does not look inside
        con = sqlite3.connect(path)
        try:
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_fts'").fetchone():
                con.execute("SELECT rowid FROM article_fts LIMIT 1").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"chỉ mục tìm kiếm hỏng ({exc})"
    return ""


def open_current(path: Path) -> sqlite3.Connection | None:
    """A connection for reading the sound file at `path` when it is at the newest schema; None
    when it is missing, damaged or needs upgrading (the full way creates, upgrades or explains)."""
    if not path.is_file() or damage(path):
        return None
    con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        con.execute("PRAGMA foreign_keys=ON")
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        revision = None
    if revision is None or revision[0] != HEAD:
        con.close()
        return None
    return con


def rows_of(con: sqlite3.Connection) -> Any:
    """The `Rows` of db/plan_read.py on a sqlite3 connection."""

    def rows(sql: str, params: dict[str, Any]) -> list[Any]:
        return con.execute(sql, sqlite_params(params)).fetchall()

    return rows


def sqlite_params(params: dict[str, Any]) -> dict[str, Any]:
    """Dates as SQLite keeps them ("YYYY-MM-DD" text), without the adapters Python 3.12 deprecates."""
    return {k: v.isoformat() if isinstance(v, dt.date) and not isinstance(v, dt.datetime) else v
            for k, v in params.items()}
