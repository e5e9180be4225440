"""Alembic run programmatically: migrations live in the package, not next to an alembic.ini."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from .plain import HEAD  # the newest revision, known without Alembic (see db/plain.py)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return HEAD


def script_head() -> str | None:
    """The head according to Alembic's own reading of the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to `revision`; each step runs in its own transaction, so a step that fails leaves
    the database at the last step that succeeded (and the backup taken before is intact)."""
    from alembic import command

    cfg = alembic_config()
    # a plain connection: Alembic begins and commits one transaction per step
    # (transaction_per_migration in env.py); engine.begin() would wrap them all in one
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
