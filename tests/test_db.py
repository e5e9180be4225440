"""Opening, migrating, backing up and locking the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from kehoach_desktop.bootstrap import open_app_database
from kehoach_desktop.db.engine import DatabaseError, make_engine, open_database, sqlite_url
from kehoach_desktop.db.lock import DatabaseLocked
from kehoach_desktop.db.migrations_runner import (
    current_revision,
    head_revision,
    script_head,
    upgrade,
)
from kehoach_desktop.services import plans


def test_migration_from_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    engine = make_engine(url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        assert "audit_entry" not in inspect(conn).get_table_names()
        conn.execute(text("INSERT INTO organization (id, name, parent_name, abbreviation, place, level, "
                          "email, superior_email) VALUES (1, 'Trường TH Nhà Mân 2', '', 'THNM2', "
                          "'Châu Thành', 'truong', '', '')"))
        conn.execute(text("INSERT INTO plan (id, organization_id, symbol, place, title, period_start, "
                          "period_end, period_kind, intro, closing, signer_prefix, signer_position, "
                          "signer_name, status, created_at, updated_at) VALUES (1, 1, 'KH-THNM2', '', "
                          "'Truyền thông giai đoạn 2017-2020', 2017, 2020, 'range', '', '', '', '', '', "
                          "'draft', '2017-09-01', '2017-09-01')"))
    engine.dispose()

    backups = tmp_path / "backups"
    engine = open_database(url, backups)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert "audit_entry" in inspect(conn).get_table_names()
        folded = conn.execute(text("SELECT title_folded FROM plan WHERE id = 1")).scalar()
    assert folded == "truyen thong giai doan 2017-2020"
    saved = list(backups.glob("kehoach-*before-migration-0001.db"))
    assert len(saved) == 1
    with sqlite3.connect(saved[0]) as old:
        assert old.execute("SELECT title FROM plan").fetchone() == ("Truyền thông giai đoạn 2017-2020",)
    engine.dispose()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = open_database(sqlite_url(tmp_path))
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    engine.dispose()


def test_not_a_database_gives_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "kehoach.db").write_text("đây là văn bản, không phải cơ sở dữ liệu")
    with pytest.raises(DatabaseError, match="không phải tệp cơ sở dữ liệu SQLite"):
        open_database(sqlite_url(tmp_path))


def test_unwritable_directory_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="Không"):
        open_database(sqlite_url(blocker / "sub"))


@pytest.mark.sqlite_only
def test_second_copy_is_read_only_or_refused(data_dir: Path) -> None:
    first = open_app_database(str(data_dir))
    try:
        second = open_app_database(str(data_dir))
        assert second.store.read_only
        assert "pid" in second.locked_by
        second.close()
        with pytest.raises(DatabaseLocked):
            open_app_database(str(data_dir), allow_read_only=False)
    finally:
        first.close()
    third = open_app_database(str(data_dir), allow_read_only=False)
    assert not third.store.read_only
    third.close()


def test_postgres_style_url_is_accepted_as_any_sqlalchemy_url(tmp_path: Path) -> None:
    # any SQLAlchemy URL: here a SQLite file named by URL instead of by data directory
    url = f"sqlite:///{tmp_path / 'khac.db'}"
    db = open_app_database(str(tmp_path / "data"), url)
    assert plans.list_plans(db.store) == []
    db.close()
    assert (tmp_path / "khac.db").exists()


def test_head_constant_matches_the_migration_scripts() -> None:
    assert head_revision() == script_head()


@pytest.mark.sqlite_only  # a server's data is not copied by every PC at each start
def test_scheduled_backup_once_a_day(data_dir: Path) -> None:
    first = open_app_database(str(data_dir))
    first.close()
    backups = list((data_dir / "backups").glob("kehoach-*-daily.db"))
    assert len(backups) == 1
    again = open_app_database(str(data_dir))
    again.close()
    assert len(list((data_dir / "backups").glob("kehoach-*-daily.db"))) == 1


@pytest.mark.sqlite_only
def test_unwritable_database_gives_a_clear_message(data_dir: Path) -> None:
    from kehoach_desktop.db.engine import make_engine
    from kehoach_desktop.records import OrganizationData
    from kehoach_desktop.services import organization
    from kehoach_desktop.services.errors import StorageError
    from kehoach_desktop.services.store import Store

    db = open_app_database(str(data_dir))
    db.close()
    path = data_dir / "kehoach.db"
    read_only = make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(StorageError, match="Không ghi được"):
        organization.save_organization(Store(read_only), OrganizationData(name="Trường A"))
    read_only.dispose()


def test_each_migration_step_commits_on_its_own(tmp_path: Path) -> None:
    from sqlalchemy import create_engine, event

    from kehoach_desktop.db.migrations_runner import HEAD, upgrade

    engine = create_engine(f"sqlite:///{tmp_path / 'steps.db'}")
    commits: list[int] = []
    event.listen(engine, "commit", lambda _conn: commits.append(1))
    upgrade(engine)
    assert len(commits) >= int(HEAD)  # one transaction per step, not one around them all
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD


def test_the_upgrade_gives_each_link_the_day_its_article_counts(store, demo_plan: int) -> None:  # type: ignore[no-untyped-def]
    """Migration 0012 on a database written before it (SQLite or the server): the links get their
    article's plan and counted day (published and not withdrawn), and from then on the triggers keep
    them, whoever writes."""
    from alembic import command

    from kehoach_desktop.db.migrations_runner import alembic_config

    engine = store.engine
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011")
    assert "counted_on" not in {c["name"] for c in inspect(engine).get_columns("article_theme")}
    with engine.begin() as conn:
        conn.execute(text("UPDATE article SET withdrawn = :yes WHERE id = (SELECT min(id) FROM article "
                          "WHERE status = 'published')"), {"yes": True})
    upgrade(engine)
    joined = text("SELECT l.article_id, l.theme_id, a.plan_id, CASE WHEN a.status = 'published' AND NOT a.withdrawn "
                  "THEN a.published_on END FROM article_theme l JOIN article a ON a.id = l.article_id ORDER BY 1, 2")
    kept = text("SELECT article_id, theme_id, plan_id, counted_on FROM article_theme ORDER BY 1, 2")
    with engine.connect() as conn:
        rows = conn.execute(kept).all()
        assert rows == conn.execute(joined).all()
    days = [d for *_k, d in rows]
    assert None in days and sum(d is not None for d in days) >= 40  # the withdrawn and the drafts count no day
    with engine.begin() as conn:  # as any other program may write
        conn.execute(text("UPDATE article SET status = 'draft' WHERE id = (SELECT max(article_id) FROM article_theme "
                          "WHERE counted_on IS NOT NULL)"))
    with engine.connect() as conn:
        assert conn.execute(kept).all() == conn.execute(joined).all() != rows
