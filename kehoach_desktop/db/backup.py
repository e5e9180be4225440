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
