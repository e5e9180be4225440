"""Opening a database: the engine, SQLite pragmas, migrations after a backup, clear errors."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from ..errors import DatabaseError
from .backup import backup_sqlite
from .migrations_runner import current_revision, head_revision, upgrade
from .plain import BUSY_TIMEOUT_MS, DB_FILENAME
from .plain import damage as _damage

log = logging.getLogger(__name__)



def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"


def parse_url(url: str) -> URL:
    """The database address; DatabaseError (for the user) when it is not one."""
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url)
    except ArgumentError:
        raise DatabaseError(f"Địa chỉ cơ sở dữ liệu «{url}» không hợp lệ (ví dụ: "
                            "postgresql+psycopg://người_dùng@máy_chủ/kehoach).") from None


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str, connect_timeout: float = 10.0) -> Engine:
    """An engine with foreign keys, WAL and a busy timeout on SQLite; on a server, a bounded
    connect time and a connection checked before use (a server restarted overnight costs no
    error). Raises DatabaseError for an address that is not one, or a driver not installed."""
    from sqlalchemy.exc import NoSuchModuleError

    parsed = parse_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    kwargs: dict[str, object] = {"future": True}
    if is_sqlite:
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
    elif parsed.get_backend_name() == "postgresql":
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"connect_timeout": max(1, int(connect_timeout)),
                                  "application_name": "KeHoach Desktop"}
    try:
        engine = create_engine(parsed, **kwargs)
    except NoSuchModuleError:
        raise DatabaseError(f"Không biết loại cơ sở dữ liệu «{parsed.drivername}».") from None
    except ModuleNotFoundError as exc:
        raise DatabaseError(f"Chưa cài trình điều khiển cơ sở dữ liệu «{exc.name}» cho {parsed.drivername} "
                            f"(pip install {exc.name}).") from None
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except Exception:  # a read-only medium cannot switch journal mode
        log.warning("could not switch SQLite to WAL mode")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def open_database(url: str, backup_dir: Path | None = None, migrate: bool = True, thorough: bool = True) -> Engine:
    """Open (creating if needed) and migrate the database at `url`.

    An existing SQLite file that needs migrating is first copied into `backup_dir`. With
    `thorough`, SQLite's quick_check reads the whole file first (half a second at 200 MB); without,
    only the cheap checks run and the caller calls verify() soon after (the window: once it shows).
    Raises DatabaseError with a Vietnamese message when the file cannot be opened or upgraded.
    """
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Không tạo được thư mục dữ liệu {path.parent}: {exc.strerror}") from exc
        if path.exists():
            problem = _damage(path, thorough)
            if problem:
                raise DatabaseError(damaged_message(path, problem, backup_dir))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            rev = current_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
        if rev is not None and not _known(rev):
            # made by a newer version of the application: touch nothing, not even a backup
            raise DatabaseError(f"Cơ sở dữ liệu {path or url} được tạo bởi phiên bản KeHoach mới hơn (lược đồ {rev}, "
                                f"phiên bản này đọc đến {head_revision()}). Hãy cài phiên bản mới; dữ liệu không bị "
                                "thay đổi.")
        if migrate and rev != head_revision():
            if path is not None and path.exists() and has_tables and backup_dir is not None:
                backup_sqlite(engine, backup_dir, f"before-migration-{rev or 'none'}")
            upgrade(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        if path is None:
            raise DatabaseError(explain_connect_error(url, exc)) from exc
        raise DatabaseError(f"Không mở được cơ sở dữ liệu {path}: {getattr(exc, 'orig', None) or exc}") from exc
    return engine


def explain_connect_error(url: str, exc: BaseException) -> str:
    """Why a database server could not be used, in the user's words, naming the server (never
    the password)."""
    parsed = parse_url(url)
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"
    reason = str(getattr(exc, "orig", None) or exc).strip()
    low = reason.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return (f"Máy chủ {where} từ chối người dùng «{parsed.username}»: sai mật khẩu. Nhập lại mật khẩu trong "
                "Công cụ › Cơ sở dữ liệu.")
    if "does not exist" in low and "database" in low:
        return (f"Máy chủ {where} không có cơ sở dữ liệu «{parsed.database}». Người quản trị máy chủ cần tạo nó "
                "(xem README: Cài máy chủ của văn phòng).")
    if "role" in low and "does not exist" in low:
        return f"Máy chủ {where} không có người dùng «{parsed.username}»."
    if "pg_hba.conf" in low:
        return f"Máy chủ {where} không cho máy này kết nối (pg_hba.conf): {reason.splitlines()[0]}"
    if any(w in low for w in ("connection refused", "timeout", "timed out", "could not translate host",
                              "no route", "network is unreachable", "server closed the connection",
                              "terminating connection", "connection is closed", "failed to resolve")):
        return (f"Không kết nối được máy chủ cơ sở dữ liệu {where}: máy chủ không trả lời. Kiểm tra mạng "
                f"và máy chủ rồi thử lại; không có gì bị mất. ({reason.splitlines()[0]})")
    return f"Không mở được cơ sở dữ liệu {where}: {reason.splitlines()[0] if reason else type(exc).__name__}"


def _known(revision: str) -> bool:
    head = head_revision() or ""
    return revision.isdigit() and len(revision) == len(head) and revision <= head


def verify(path: Path, backup_dir: Path | None) -> str:
    """The thorough check of an open database: "" when sound, else the message for the user."""
    problem = _damage(path, thorough=True)
    return damaged_message(path, problem, backup_dir) if problem else ""


def damaged_message(path: Path, problem: str, backup_dir: Path | None) -> str:
    from .backup import check_file, list_backups

    good = next((b for b in list_backups(backup_dir) if check_file(b.path) == "ok"), None) if backup_dir else None
    offer = (f" Bản sao lưu tốt mới nhất: {good.path} ({good.label}); khôi phục bằng "
             f"«kehoach restore {good.path}» hoặc Tệp › Sao lưu / Khôi phục." if good
             else " Không có bản sao lưu tốt trong thư mục sao lưu.")
    return f"Cơ sở dữ liệu {path} bị hỏng: {problem}. Không có gì bị thay đổi.{offer}"
