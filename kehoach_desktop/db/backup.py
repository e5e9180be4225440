"""File backups of a SQLite database, before migrations and on a schedule."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

KEEP_BACKUPS = 20


def backup_sqlite(engine: Engine, backup_dir: Path, reason: str = "manual") -> Path | None:
    """Copy the live SQLite database consistently (the backup API) into `backup_dir`.

    Returns the new file, or None for a database that is not a SQLite file. Old backups beyond
    the newest KEEP_BACKUPS are removed.
    """
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"kehoach-{stamp}-{reason}.db"
    src = sqlite3.connect(database)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    backups = sorted(backup_dir.glob("kehoach-*.db"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def backup_if_due(engine: Engine, backup_dir: Path, every: dt.timedelta = dt.timedelta(days=1)) -> Path | None:
    """The scheduled backup: a copy when the newest one is older than `every` (or none exists)."""
    newest = max((p.stat().st_mtime for p in backup_dir.glob("kehoach-*.db")), default=None)
    if newest is not None and dt.datetime.now().timestamp() - newest < every.total_seconds():
        return None
    return backup_sqlite(engine, backup_dir, reason="daily")
