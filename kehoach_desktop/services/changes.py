"""Which publication days a committed write touched: the seam that lets a view refresh only what
an edit changed (the dashboard reads again the days an article left or entered, not its year).

The feed listens to the sessions of one Store. After every flush it notes, from the attribute
history SQLAlchemy keeps, the old and new `published_on` of each article added, changed or
deleted, and the day of each article whose themes changed; after the commit it tells its
watchers. A write it cannot see into (a bulk statement on the article tables, an article not
loaded in the session) is reported as "everything" (None): a watcher then reloads in full, so the
feed may say too much but never too little. Writes by another process are not seen here; the
window's look for changes made elsewhere invalidates the watchers instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import weakref
from collections.abc import Callable
from itertools import chain
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.sql.elements import TextClause

from ..db.models import Article, ArticleTheme, AuditEntry

# what a watcher is told: the days touched, or None for "anything may have changed"
Touched = frozenset[dt.date] | None
Watcher = Callable[[Touched], None]

WATCHED_TABLES = frozenset({Article.__tablename__, ArticleTheme.__tablename__})
_NAMES = re.compile(r"\b(?:" + "|".join(sorted(WATCHED_TABLES)) + r")\b", re.IGNORECASE)  # not article_fts
log = logging.getLogger(__name__)
_DAYS = "kehoach.touched_days"  # session.info: the set of days, or None once anything may have changed
_ENTRIES = "kehoach.history_entries"  # session.info: ids of the history entries written


class ChangeFeed:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._watchers: list[tuple[weakref.ref[Any] | None, Callable[..., None]]] = []
        self._lock = threading.Lock()
        self._own_entries: set[int] = set()  # history entries this program wrote (not yet looked at)
        event.listen(sessions, "after_flush", self._flushed)
        event.listen(sessions, "do_orm_execute", self._executed)
        event.listen(sessions, "after_commit", self._committed)
        event.listen(sessions, "after_transaction_end", self._ended)

    def watch(self, watcher: Watcher) -> None:
        """Call `watcher` after each commit that touched articles (from the committing thread; keep
        it short). A bound method is held weakly: a closed view stops being told."""
        owner = getattr(watcher, "__self__", None)
        func = getattr(watcher, "__func__", watcher)  # a bound method: its function, called with its owner
        entry = (weakref.ref(owner), func) if owner is not None else (None, watcher)
        with self._lock:
            self._watchers = [w for w in self._watchers if w[0] is None or w[0]() is not None] + [entry]

    # --- the session's events -----------------------------------------------------------------
    @staticmethod
    def _note(session: Session, days: set[dt.date] | None) -> None:
        if _DAYS in session.info and session.info[_DAYS] is None:
            return
        if days is None:
            session.info[_DAYS] = None
        else:
            session.info.setdefault(_DAYS, set()).update(days)

    def _flushed(self, session: Session, _context: Any) -> None:
        # still the pre-flush view here: new/dirty/deleted and each attribute's history
        days: set[dt.date] | None = set()
        entries = [obj.id for obj in session.new if isinstance(obj, AuditEntry)]
        if entries:
            session.info.setdefault(_ENTRIES, []).extend(entries)
        for obj in chain(session.new, session.dirty, session.deleted):
            if isinstance(obj, Article):
                days = _merge(days, _article_days(obj))
            elif isinstance(obj, ArticleTheme):
                key = inspect(Article).identity_key_from_primary_key((obj.article_id,))
                article = session.identity_map.get(key)
                days = _merge(days, _article_days(article) if article is not None else None)
            if days is None:
                break
        if days is None or days:
            self._note(session, days)

    def _executed(self, state: ORMExecuteState) -> None:
        if state.is_select:
            return
        statement = state.statement
        if isinstance(statement, TextClause):
            touches = _NAMES.search(statement.text) is not None
        else:
            table = getattr(statement, "table", None)
            touches = getattr(table, "name", None) in WATCHED_TABLES
        if touches:
            self._note(state.session, None)

    def _committed(self, session: Session) -> None:
        entries = session.info.pop(_ENTRIES, ())
        if entries:
            with self._lock:
                self._own_entries.update(entries)
        if _DAYS not in session.info:
            return
        days = session.info.pop(_DAYS)
        touched: Touched = None if days is None else frozenset(days)
        with self._lock:
            watchers = list(self._watchers)
        for ref, func in watchers:
            owner = ref() if ref is not None else None
            if ref is not None and owner is None:
                continue
            try:
                func(touched) if ref is None else func(owner, touched)
            except Exception:  # the write is committed: a watcher's trouble (a closed view) is not its
                log.warning("a change watcher failed", exc_info=True)

    @staticmethod
    def _ended(session: Session, transaction: Any) -> None:
        if transaction.parent is None:  # the outermost transaction: committed (told) or rolled back
            session.info.pop(_DAYS, None)
            session.info.pop(_ENTRIES, None)

    def own_entries_after(self, seen: int) -> frozenset[int]:
        """The history entries after `seen` this program wrote (older ones are forgotten): a window
        that finds any other after `seen` knows someone else changed something."""
        with self._lock:
            self._own_entries = {i for i in self._own_entries if i > seen}
            return frozenset(self._own_entries)


def _article_days(article: Article) -> set[dt.date] | None:
    state = inspect(article)
    if "published_on" in state.unloaded:
        return None  # its day is not known here: say everything
    history = state.attrs.published_on.history
    return {d for d in chain(history.added, history.deleted, history.unchanged) if d is not None}


def _merge(days: set[dt.date] | None, more: set[dt.date] | None) -> set[dt.date] | None:
    if days is None or more is None:
        return None
    return days | more
