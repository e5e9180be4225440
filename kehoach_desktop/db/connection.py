"""Which database this PC uses: the office's PostgreSQL server, saved in the data folder, or the
local SQLite file. The server's password lives in the operating system's credential store (or
$KEHOACH_DB_PASSWORD), never in the file."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import DatabaseError
from ..files import write_atomically
from .plain import DB_FILENAME

log = logging.getLogger(__name__)

FILENAME = "server.json"
KEYRING_SERVICE = "KeHoachDesktop-PostgreSQL"
ENV_PASSWORD = "KEHOACH_DB_PASSWORD"
ENV_DB_URL = "KEHOACH_DB_URL"  # a database for this process, over the saved choice
TLS_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass(frozen=True)
class ServerSettings:
    """The office's server as the connection dialog shows it."""

    host: str
    database: str = "kehoach"
    user: str = "kehoach"
    port: int = 5432
    tls: str = "prefer"

    def check(self) -> None:
        """DatabaseError naming the first field that is wrong."""
        problems = [("Máy chủ", "không được để trống") if not self.host.strip() else None,
                    ("Cổng", "phải từ 1 đến 65535") if not 1 <= int(self.port) <= 65535 else None,
                    ("Cơ sở dữ liệu", "không được để trống") if not self.database.strip() else None,
                    ("Người dùng", "không được để trống") if not self.user.strip() else None,
                    ("Mã hóa", f"phải là một trong {', '.join(TLS_MODES)}") if self.tls not in TLS_MODES else None]
        for problem in problems:
            if problem:
                raise DatabaseError(f"{problem[0]}: {problem[1]}.")

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        from sqlalchemy.engine import URL

        return URL.create("postgresql+psycopg", username=self.user, password=password or None, host=self.host,
                          port=int(self.port), database=self.database,
                          query={"sslmode": self.tls}).render_as_string(hide_password=False)


def load(data: Path) -> ServerSettings | None:
    """The saved server of this data folder, or None when this PC uses its local file."""
    path = data / FILENAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DatabaseError(f"Tệp cài đặt máy chủ {path} không đọc được ({exc}). Hãy sửa hoặc xóa tệp "
                            "để dùng lại cơ sở dữ liệu trên máy này.") from None
    try:
        return ServerSettings(host=str(raw["host"]), database=str(raw.get("database", "kehoach")),
                              user=str(raw.get("user", "kehoach")), port=int(raw.get("port", 5432)),
                              tls=str(raw.get("tls", "prefer")))
    except (KeyError, TypeError, ValueError):
        raise DatabaseError(f"Tệp cài đặt máy chủ {path} thiếu «host» hoặc sai kiểu dữ liệu.") from None


def save(data: Path, settings: ServerSettings | None, password: str | None = None) -> None:
    """Use `settings` from now on (None: back to the local file). The password goes to the
    credential store; when there is none, it is asked at each start (or $KEHOACH_DB_PASSWORD)."""
    path = data / FILENAME
    if settings is None:
        path.unlink(missing_ok=True)
        return
    settings.check()
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    write_atomically(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    if password:
        remember_password(settings, password)


def stored_password(settings: ServerSettings) -> str | None:
    if os.environ.get(ENV_PASSWORD) is not None:
        return os.environ[ENV_PASSWORD]
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, settings.account)
    except Exception:  # no credential store on this machine
        log.info("no usable credential store", exc_info=True)
        return None


def remember_password(settings: ServerSettings, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, settings.account, password)
        return True
    except Exception:
        log.warning("could not store the database password in the credential store", exc_info=True)
        return False


def local_file(data: Path, db_url: str | None) -> Path | None:
    """The database file in the data folder when that is the database in use: no --db-url, no
    $KEHOACH_DB_URL, no office server saved in the folder (see bootstrap.resolve_url)."""
    if db_url or os.environ.get(ENV_DB_URL) or load(data) is not None:
        return None
    return data / DB_FILENAME


def saved_url(data: Path) -> str | None:
    """The address of the saved server with its password, or None for the local file."""
    settings = load(data)
    if settings is None:
        return None
    return settings.url(stored_password(settings))


def test_connection(url: str, timeout: float = 5.0) -> str:
    """Connect once and say what is there, in the user's words; raises DatabaseError with the
    server's reason (wrong password, no such database, unreachable)."""
    from sqlalchemy import inspect, text

    from .engine import explain_connect_error, make_engine
    from .migrations_runner import current_revision, head_revision

    engine = make_engine(url, connect_timeout=timeout)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            rev = current_revision(conn)
            empty = not inspect(conn).get_table_names()
    except Exception as exc:
        raise DatabaseError(explain_connect_error(url, exc)) from None
    finally:
        engine.dispose()
    if empty:
        state = "cơ sở dữ liệu trống: KeHoach sẽ tạo các bảng khi mở"
    elif rev == head_revision():
        state = "dữ liệu KeHoach đúng phiên bản"
    elif rev is None:
        state = "có bảng nhưng không phải của KeHoach"
    elif rev > (head_revision() or ""):
        state = f"dữ liệu của phiên bản KeHoach mới hơn (lược đồ {rev})"
    else:
        state = f"dữ liệu KeHoach cũ (lược đồ {rev}), sẽ được nâng cấp khi mở"
    return f"Kết nối được PostgreSQL {version}: {state}."
