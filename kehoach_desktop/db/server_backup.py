"""Backups of any database, the office's server included, and restoring them.

A SQLite file is backed up with SQLite's backup API (db/backup.py). A server database is backed
up as a logical copy into a SQLite file of the same schema, written under a temporary name,
verified row by row (db/copy.py), checked and only then named: the same kind of file, listed,
rotated, described and restored like any other backup. Where PostgreSQL's `pg_dump` is installed
a dump in its custom format is written beside it, for the server's administrator.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import Engine

from ..errors import DatabaseError
from . import backup as file_backup
from .copy import copy_database
from .evidence_store import EvidenceStore, FolderStore
from .migrations_runner import upgrade

log = logging.getLogger(__name__)


def back_up(engine: Engine, backup_dir: Path, kind: str = "manual", target: Path | None = None,
            evidence: EvidenceStore | None = None, evidence_dir: Path | None = None) -> Path:
    """A checked backup of the database behind `engine`, into `backup_dir` (or at `target`).
    Raises BackupError, leaving nothing under a backup's name, when it cannot be made."""
    if file_backup.sqlite_file(engine) is not None:
        made = file_backup.backup_sqlite(engine, backup_dir, kind, target, evidence_dir=evidence_dir)
        assert made is not None
        return made
    backup_dir.mkdir(parents=True, exist_ok=True)
    kind = kind if kind in file_backup.KEEP or kind.startswith("before-migration") else "manual"
    final = target or file_backup.backup_name(backup_dir, kind)
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.with_name(f".{final.name}.part")
    partial.unlink(missing_ok=True)
    shutil.copyfile(_empty_schema(), partial)
    copy = _sqlite_engine(partial)
    try:
        copy_database(engine, copy, source_files=evidence, target_files=FolderStore(final.parent / "evidence"))
        copy.dispose()
        verdict = file_backup.check_file(partial)
        if verdict != "ok":
            raise file_backup.BackupError(f"Bản sao lưu {final} bị hỏng ({verdict}): không đặt tên cho nó.")
        os.replace(partial, final)
    except DatabaseError as exc:
        raise file_backup.BackupError(f"Không sao lưu được máy chủ: {exc}") from exc
    except Exception as exc:  # the server went away midway, the disk is full…
        raise file_backup.BackupError(f"Không sao lưu được máy chủ {engine.url.render_as_string(hide_password=True)}: "
                                      f"{getattr(exc, 'orig', None) or exc}") from exc
    finally:
        copy.dispose()
        partial.unlink(missing_ok=True)
    _pg_dump(engine, final.with_suffix(".pgdump"))
    if target is None:
        file_backup.rotate(backup_dir)
    return final


def backup_if_due(engine: Engine, backup_dir: Path, every: dt.timedelta = dt.timedelta(days=1),
                  evidence: EvidenceStore | None = None, evidence_dir: Path | None = None,
                  kind: str = "daily") -> Path | None:
    return file_backup.backup_if_due(
        engine, backup_dir, every, kind=kind,
        make=lambda k: back_up(engine, backup_dir, k, evidence=evidence, evidence_dir=evidence_dir))


def restore(backup: Path, engine: Engine, evidence: EvidenceStore | None = None,
            evidence_dir: Path | None = None) -> None:
    """Put the backup file in place of the database behind `engine`: the SQLite file replaced,
    or the server's rows replaced in one transaction (nothing changes if the copy fails)."""
    database = file_backup.sqlite_file(engine)
    if database is not None:
        engine.dispose()
        file_backup.restore_file(backup, database, backup.parent / "evidence", evidence_dir)
        return
    verdict = file_backup.check_file(backup)
    if verdict != "ok":
        raise file_backup.BackupError(f"Bản sao lưu {backup} không dùng được ({verdict}).")
    # a working copy brought to this version's schema (a backup made by an older version)
    work = backup.with_name(f".{backup.name}.restore.part")
    file_backup.copy_database_file(backup, work)
    source = _sqlite_engine(work)
    try:
        upgrade(source)
        copy_database(source, engine, replace=True, source_files=FolderStore(backup.parent / "evidence"),
                      target_files=evidence)
    except DatabaseError as exc:
        raise file_backup.BackupError(str(exc)) from exc
    finally:
        source.dispose()
        work.unlink(missing_ok=True)


_schema_file: Path | None = None


def _empty_schema() -> Path:
    """A SQLite file migrated to this version's schema, made once per process and copied for
    each backup (migrating a new file each time costs more than the copy of a small office)."""
    global _schema_file
    if _schema_file is None or not _schema_file.is_file():
        import tempfile

        fd, name = tempfile.mkstemp(prefix="kehoach-schema-", suffix=".db")
        os.close(fd)
        os.unlink(name)
        engine = _sqlite_engine(Path(name))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        _schema_file = Path(name)
        import atexit

        atexit.register(_schema_file.unlink, missing_ok=True)  # not left in the temporary folder
    return _schema_file


def _sqlite_engine(path: Path) -> Engine:
    """A plain SQLite file (rollback journal, not WAL): a backup is one self-contained file."""
    from sqlalchemy import create_engine

    return create_engine(f"sqlite:///{path.as_posix()}")


def _pg_dump(engine: Engine, target: Path) -> None:
    """A pg_dump of the server beside the backup where pg_dump is installed (best effort)."""
    program = shutil.which("pg_dump")
    url = engine.url
    if program is None or url.get_backend_name() != "postgresql":
        return
    env = {**os.environ, "PGPASSWORD": url.password or ""} if url.password else dict(os.environ)
    args = [program, "--format=custom", "--no-owner", f"--file={target}", "-h", url.host or "localhost",
            "-p", str(url.port or 5432), "-U", url.username or "", url.database or ""]
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            log.warning("pg_dump failed: %s", done.stderr.strip())
            target.unlink(missing_ok=True)
    except (OSError, subprocess.TimeoutExpired):
        log.warning("pg_dump could not run", exc_info=True)
        target.unlink(missing_ok=True)
