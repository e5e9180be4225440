"""Moving an office between this PC's SQLite file and the office's PostgreSQL server, and which
database this PC uses (Công cụ › Cơ sở dữ liệu, `kehoach db …`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from ..db import connection
from ..db.connection import TLS_MODES as TLS_MODES
from ..db.connection import ServerSettings as ServerSettings
from ..db.copy import CopyReport, copy_database
from ..db.engine import make_engine, open_database, parse_url
from ..db.evidence_store import store_for
from ..db.migrations_runner import current_revision, head_revision
from ..errors import DatabaseError
from .errors import ServiceError
from .permissions import ADMIN, require
from .store import Store


def copy_to(store: Store, url: str, progress: Callable[[str], None] | None = None) -> CopyReport:
    """Copy this database, with its evidence files, into the empty database at `url` (created
    and migrated there first); verified by row counts and content hashes. Administrators only."""
    require(store, ADMIN, "chép dữ liệu sang cơ sở dữ liệu khác")
    _not_itself(store, url)
    try:
        target = open_database(url, backup_dir=None)
    except DatabaseError as exc:
        raise ServiceError(str(exc)) from None
    try:
        return _copy(store.engine, target, store, progress, into_store=False)
    finally:
        target.dispose()


def copy_from(store: Store, url: str, progress: Callable[[str], None] | None = None) -> CopyReport:
    """Copy the database at `url` (at this version's schema) into this one, which must be empty:
    bringing the office's data back from the server to this PC, or onto a new PC."""
    require(store, ADMIN, "chép dữ liệu từ cơ sở dữ liệu khác vào đây")
    _not_itself(store, url)
    source = make_engine(url)
    try:
        try:
            with source.connect() as conn:
                rev = current_revision(conn)
        except Exception as exc:
            from ..db.engine import explain_connect_error

            raise ServiceError(explain_connect_error(url, exc)) from None
        if rev != head_revision():
            raise ServiceError(f"Cơ sở dữ liệu nguồn ở lược đồ {rev or 'trống'}, phiên bản này dùng {head_revision()}: "
                               "hãy mở nó bằng phiên bản này một lần trước (để nâng cấp), rồi chép lại.")
        return _copy(source, store.engine, store, progress, into_store=True)
    finally:
        source.dispose()


def _copy(source: Engine, target: Engine, store: Store, progress: Callable[[str], None] | None,
          into_store: bool) -> CopyReport:
    if store.files_dir is None:
        raise ServiceError("Cơ sở dữ liệu này không có thư mục dữ liệu cho các tệp minh chứng.")
    files_here = store.evidence
    files_there = store_for(target if not into_store else source, store.files_dir)
    try:
        return copy_database(source, target, source_files=files_there if into_store else files_here,
                             target_files=files_here if into_store else files_there, progress=progress)
    except DatabaseError as exc:
        raise ServiceError(str(exc)) from None
    except Exception as exc:  # the server went away midway: the target's transaction was rolled back
        raise ServiceError(f"Chép dữ liệu bị gián đoạn, không có gì được ghi ở nơi nhận: "
                           f"{getattr(exc, 'orig', None) or exc}") from None


def _not_itself(store: Store, url: str) -> None:
    other = parse_url(url)
    here = store.engine.url
    if (other.get_backend_name(), other.host, other.port, other.database) == (
            here.get_backend_name(), here.host, here.port, here.database):
        raise ServiceError("Nơi chép đến là chính cơ sở dữ liệu đang dùng.")


# --- which database this PC uses ----------------------------------------------------------------

def current(data: Path) -> ServerSettings | None:
    return connection.load(data)


def stored_password(settings: ServerSettings) -> str | None:
    return connection.stored_password(settings)


def use_server(data: Path, settings: ServerSettings, password: str | None) -> str:
    """Check that the server answers with these settings, then use it from the next start on;
    returns what the connection test found. Nothing is saved when the test fails."""
    try:
        settings.check()
        found = connection.test_connection(settings.url(password))
        connection.save(data, settings, password)
    except DatabaseError as exc:
        raise ServiceError(str(exc)) from None
    return found


def use_password_for_this_session(password: str) -> None:
    """The server's password for this process and the ones it starts (a PC whose operating
    system has no credential store: the password is asked again at the next start)."""
    import os

    os.environ[connection.ENV_PASSWORD] = password


def server_saved(data: Path) -> bool:
    """Whether this PC is set to use the office's server (and nothing on the command line or in
    the environment overrides it)."""
    import os

    return connection.load(data) is not None and not os.environ.get(connection.ENV_DB_URL)


def use_local_file(data: Path) -> None:
    connection.save(data, None)


def test_server(settings: ServerSettings, password: str | None) -> str:
    try:
        settings.check()
        return connection.test_connection(settings.url(password))
    except DatabaseError as exc:
        raise ServiceError(str(exc)) from None
