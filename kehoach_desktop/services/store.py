"""The Store: how a service reaches the database, on whose behalf, and whether it may write."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..db.evidence_store import EvidenceStore, store_for
from ..db.models import AuditEntry
from ..db.plain import sqlite_params
from .changes import ChangeFeed
from .errors import Conflict, NotFound, ReadOnlyError, ServerUnreachable, StaleEdit, StorageError

_Row = TypeVar("_Row")


@dataclass(frozen=True)
class UserInfo:
    """Who is acting: set after login (GUI) or --as (CLI)."""

    id: int
    username: str
    roles: tuple[str, ...]
    full_name: str = ""


@dataclass
class Store:
    engine: Engine
    actor: str = "system"
    read_only: bool = False
    files_dir: Path | None = None  # this PC's evidence folder (its own store, or the server's cache)
    user: UserInfo | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    changes: ChangeFeed = field(init=False, repr=False)  # which days each commit touched

    @property
    def evidence(self) -> EvidenceStore | None:
        """Where evidence files are kept; None when this store has no place for files."""
        return store_for(self.engine, self.files_dir) if self.files_dir is not None else None

    def acting_as(self, user: UserInfo | None) -> None:
        self.user = user
        if user is not None:
            self.actor = user.username

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.changes = ChangeFeed(self._sessions)
        self._local = threading.local()

    @contextmanager
    def use_case(self) -> Iterator[Session]:
        """One transaction around several service calls (loading the demo): every read() and
        write() on this thread inside it joins it, so it is committed whole or not at all."""
        if getattr(self._local, "session", None) is not None:
            yield self._local.session
            return
        with self.write() as session:
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """Several reads that see one state of the data (a document and the list it is made from):
        every read() on this thread inside it shares one read transaction, never committed; a
        write inside it is a mistake in the code and raises. Works on a read-only store."""
        if getattr(self._local, "session", None) is not None:
            yield self._local.session
            return
        with self.read() as session:
            if self.engine.dialect.name == "sqlite":
                session.execute(text("BEGIN"))  # deferred: the first read fixes what the others see
            else:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            self._local.session, self._local.snapshot = session, True
            try:
                yield session
            finally:
                self._local.session, self._local.snapshot = None, False

    @contextmanager
    def read(self) -> Iterator[Session]:
        outer = getattr(self._local, "session", None)
        if outer is not None:  # inside a use case: see what it has written so far
            yield outer
            return
        try:
            with self._sessions() as session:
                yield session
        except (OperationalError, InterfaceError) as exc:
            if self.engine.dialect.name == "sqlite":
                raise
            raise ServerUnreachable(_first_line(exc)) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back completely on any error."""
        if self.read_only:
            raise ReadOnlyError()
        if getattr(self._local, "snapshot", False):
            raise RuntimeError("a write inside a read snapshot")
        outer = getattr(self._local, "session", None)
        if outer is not None:  # inside a use case: part of its one transaction
            yield outer
            return
        try:
            with self._sessions() as session, session.begin():
                yield session
        except StaleDataError:  # the row's version moved between our read and our write
            raise Conflict("Dữ liệu vừa được người khác thay đổi cùng lúc; thay đổi của bạn chưa được lưu. "
                           "Hãy xem lại rồi làm lại.") from None
        except (OperationalError, InterfaceError) as exc:
            if self.engine.dialect.name != "sqlite" and _lost_connection(exc):
                raise ServerUnreachable(_first_line(exc)) from exc
            raise StorageError(_first_line(exc)) from exc

    def check_version(self, session: Session, what: str, entity: str, row: Any, expected: int | None) -> None:
        """StaleEdit when `row` (with a `version`) is no longer at `expected`, naming who changed it
        last and when (from the history); nothing when `expected` is None (an overwrite). The row
        is marked changed, so that its version moves with this save even when only its links
        (units, themes) change."""
        from sqlalchemy.orm.attributes import flag_modified

        flag_modified(row, "title")
        if expected is None or row.version == expected:
            return
        from sqlalchemy import select

        last = session.scalars(select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == row.id)
                               .order_by(AuditEntry.id.desc()).limit(1)).first()
        at = ""
        if last is not None:
            local = last.at.replace(tzinfo=dt.UTC).astimezone()
            at = f"{local:%H:%M %d/%m/%Y}"
        raise StaleEdit(what, last.actor if last is not None else "", at)

    def added(self, session: Session, row: Any, entity: str, *, plan_id: int | None = None,
              after: dict[str, Any] | None = None, action: str = "create") -> int:
        """Add a new row (or one restored with its old id), recorded in the audit; returns its id."""
        session.add(row)
        session.flush()
        self.audit(session, action, entity, row.id, plan_id=plan_id, after=after)
        return int(row.id)

    def deleted(self, session: Session, row: Any, entity: str, before: dict[str, Any], *,
                plan_id: int | None = None, then: Callable[[], object] | None = None) -> dict[str, Any]:
        """Delete a row, recorded in the audit with `before`, the snapshot that restores it; `then`
        runs once the row is gone (renumbering the rows after it). Returns the snapshot."""
        row_id = row.id
        session.delete(row)
        session.flush()
        if then is not None:
            then()
        self.audit(session, "delete", entity, row_id, plan_id=plan_id, before=before)
        return before

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: int | None,
        *,
        plan_id: int | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        """Record a change in the same transaction as the change itself."""
        session.add(
            AuditEntry(
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                plan_id=plan_id,
                before=_jsonable(before),
                after=_jsonable(after),
            )
        )


def fetch(session: Session, model: type[_Row], row_id: Any, what: str) -> _Row:
    """The row `row_id` of `model`, or NotFound naming `what` (the Vietnamese name of the thing:
    "đơn vị", "tin bài") and the id."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(what, row_id)
    return row


def reference(session: Session, model: type[Any], row_id: int | None, what: str) -> int | None:
    """A foreign key as given: None, or the id of a row that exists (NotFound otherwise)."""
    if row_id is not None:
        fetch(session, model, row_id, what)
    return row_id


def sql_rows(session: Session) -> Any:
    """Plain SQL within the session's transaction, as db.plan_read reads (`:name` parameters):
    what the session holds unsaved is written first, as the ORM's own queries would see it."""
    session.flush()
    sqlite = session.get_bind().dialect.name == "sqlite"

    def rows(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        return session.execute(text(sql), sqlite_params(params) if sqlite else params).all()

    return rows


def record(cls: type[_Row], row: Any, **given: Any) -> _Row:
    """A record (a dataclass of records.py) from the stored row's attributes of the same names;
    `given` supplies the fields the row does not hold as they are (nested records, a period)."""
    names = [f.name for f in dataclasses.fields(cls) if f.init and f.name not in given]  # type: ignore[arg-type]
    return cls(**{name: getattr(row, name) for name in names}, **given)


def assign(row: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Set `values` on `row`; returns what those fields held before (an edit's undo and history)."""
    before = {key: getattr(row, key) for key in values}
    for key, value in values.items():
        setattr(row, key, value)
    return before


def _first_line(exc: OperationalError | InterfaceError) -> str:
    return (str(exc.orig or exc).strip().splitlines() or [type(exc).__name__])[0]


def _lost_connection(exc: OperationalError | InterfaceError) -> bool:
    """A server that did not answer, as opposed to one that refused the change."""
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return True
    low = str(exc.orig or exc).lower()
    return any(w in low for w in ("connection", "server closed", "terminating", "timeout", "timed out"))


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_jsonable(v) for v in value]
        return sorted(items) if isinstance(value, set | frozenset) else items
    if isinstance(value, dt.date):
        return value.isoformat()
    text = getattr(value, "text", None)
    if callable(text):
        return text()
    return str(value)
