"""The articles log as a lazy table model: it holds row ids and fetches rows a window at a time,
so 200,000 articles open and scroll smoothly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..services import articles
from ..services.articles import ArticleRow
from ..services.store import Store
from .common import ID_ROLE
from .labels import kind_labels, status_labels

COL_DATE, COL_TITLE, COL_KIND, COL_CHANNEL, COL_UNIT, COL_AUTHORS, COL_STATUS, COL_URL = range(8)
WINDOW = 200
FIRST_IDS = 500  # ids fetched with each search; the rest only when the user scrolls past them
_ROOT = QModelIndex()
CACHE_LIMIT = 5_000


class ArticlesModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ids: list[int] = []
        self._total = 0
        self._filter: articles.ArticleFilter | None = None
        self._cache: dict[int, ArticleRow] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, statuses and kinds in the interface's language (again after a switch)."""
        self._headers = [self.tr("Ngày đăng"), self.tr("Tiêu đề"), self.tr("Loại"), self.tr("Kênh"),
                         self.tr("Đơn vị"), self.tr("Tác giả"), self.tr("Trạng thái"), self.tr("Đường dẫn")]
        self._status = status_labels()
        self._kinds = kind_labels()
        if self.ids:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self._headers) - 1))
        else:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids, self._total, self._filter = ids, len(ids), None
        self._cache.clear()
        self.endResetModel()

    def set_filter(self, flt: articles.ArticleFilter) -> bool:
        """Fetch the first ids and show them. Returns True when there are more than those, whose
        number the caller counts (off the GUI thread) and gives to `set_total`; until then the
        model holds the first ids only. Fewer than FIRST_IDS matches: the count is exact at once."""
        first = articles.article_ids(self.store, flt, limit=FIRST_IDS)
        self.beginResetModel()
        self.ids, self._total, self._filter = first, len(first), flt
        self._cache.clear()
        self.endResetModel()
        return len(first) >= FIRST_IDS

    def set_total(self, flt: articles.ArticleFilter, total: int) -> None:
        """The number of matches of `flt`, counted after its first rows were shown."""
        if flt != self._filter or total <= self._total:
            return
        self.beginInsertRows(_ROOT, self._total, total - 1)
        self._total = total
        self.endInsertRows()

    def all_ids(self) -> list[int]:
        """Every matching id, in order (fetched once, when first needed)."""
        if self._filter is not None and len(self.ids) < self._total:
            self.ids = articles.article_ids(self.store, self._filter)
            if len(self.ids) != self._total:  # changed meanwhile: show what is there now
                self.beginResetModel()
                self._total = len(self.ids)
                self.endResetModel()
        return self.ids

    def row_of(self, article_id: int) -> int | None:
        ids = self.ids if article_id in self.ids else self.all_ids()
        return ids.index(article_id) if article_id in ids else None

    def refresh_rows(self) -> None:
        """Forget cached rows (after an edit) and repaint."""
        self._cache.clear()
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, COL_URL))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row(self, row: int) -> ArticleRow | None:
        if not 0 <= row < self._total:
            return None
        if row >= len(self.ids):
            self.all_ids()
        if row >= len(self.ids):
            return None
        article_id = self.ids[row]
        if article_id not in self._cache:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            start = max(0, row - WINDOW // 4)
            window = self.ids[start:start + WINDOW]
            for fetched in articles.article_rows(self.store, window):
                self._cache[fetched.id] = fetched
        return self._cache.get(article_id)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        if r is None:
            return None
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TITLE:
            return r.title
        if role == Qt.ItemDataRole.ForegroundRole and r.withdrawn:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_DATE:
            return r.published_on.strftime("%d/%m/%Y") if r.published_on else ""
        if col == COL_TITLE:
            return r.title
        if col == COL_KIND:
            return self._kinds.get(r.kind, r.kind)
        if col == COL_CHANNEL:
            return r.channel
        if col == COL_UNIT:
            return r.unit
        if col == COL_AUTHORS:
            return r.authors
        if col == COL_STATUS:
            return self.tr("Đã thu hồi") if r.withdrawn else self._status[r.status]
        return r.url
