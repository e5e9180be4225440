"""The appendix as a Qt item model: groups as top-level rows, their themes as children.

Numbering is derived (I, II…; 1, 2…). Drag and drop does not move rows itself: it asks for a
move (moveRequested) which a service performs, so the database stays the source of truth.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from ..domain.timing import format_quarters
from ..records import GroupData, PlanDetail, ThemeData
from .common import ID_ROLE, KIND_ROLE

MIME = "application/x-kehoach-appendix-item"
COL_STT, COL_TITLE, COL_FORMS, COL_LEAD, COL_TIMING, COL_SUPPORT, COL_OWNER, COL_COVERAGE = range(8)
GROUP, THEME = "group", "theme"
DATA_ROLE = Qt.ItemDataRole.UserRole + 3


class AppendixModel(QStandardItemModel):
    moveRequested = Signal(str, int, int, int)  # kind, id, target group id (themes), position

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coverage: dict[int, Any] = {}
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("STT"), self.tr("Nội dung/Chủ đề"), self.tr("Hình thức/sản phẩm truyền thông"),
            self.tr("Đơn vị chủ trì"), self.tr("Thời gian thực hiện"), self.tr("Đơn vị phối hợp"),
            self.tr("Người phụ trách"), self.tr("Quý đã có tin bài"),
        ])

    def load(self, plan: PlanDetail | None, coverage: dict[int, Any] | None = None) -> None:
        """`coverage` maps theme ids to their CoverageRow (planned and covered quarters)."""
        self.coverage = coverage or {}
        self.removeRows(0, self.rowCount())
        if plan is None:
            return
        bold = QFont()
        bold.setBold(True)
        # one prototype item per kind of cell, cloned (its flags and roles copied in C++): a row costs
        # a few calls, not dozens; the theme's id and record are on its first cell only
        first, other = QStandardItem(), QStandardItem()
        for proto in (first, other):
            proto.setEditable(False)
            proto.setFlags((proto.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled)
        first.setData(THEME, KIND_ROLE)
        self._protos = (first, other)
        for group in plan.groups:
            row = self._group_row(group, bold)
            self.appendRow(row)
            for theme in group.themes:
                row[0].appendRow(self._theme_row(theme))

    def _group_row(self, group: GroupData, bold: QFont) -> list[QStandardItem]:
        # the first cell spans the table in the view, as the printed appendix does
        items = [QStandardItem(f"{group.numeral}. {group.title}"), QStandardItem(group.title)]
        items += [QStandardItem("") for _ in range(6)]
        for item in items:
            item.setFont(bold)
            item.setData(GROUP, KIND_ROLE)
            item.setData(group.id, ID_ROLE)
            item.setData(group, DATA_ROLE)
            item.setEditable(False)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        return items

    def _theme_row(self, theme: ThemeData) -> list[QStandardItem]:
        texts = [
            str(theme.stt),
            theme.title,
            "\n".join(f"- {f}" for f in theme.forms),
            "\n".join(f"- {u.name}" for u in theme.lead_units),
            theme.timing.text(),
            "\n".join(f"- {u.name}" for u in theme.support_units),
            theme.owner_name,
            self._coverage_text(theme.id),
        ]
        first, other = self._protos
        items = []
        for column, text in enumerate(texts):
            item = (first if column == 0 else other).clone()
            item.setText(text)
            if column == 0:
                item.setData(theme.id, ID_ROLE)
                item.setData(theme, DATA_ROLE)
            elif column in (COL_TITLE, COL_FORMS, COL_LEAD, COL_SUPPORT):  # the texts a column may cut
                item.setToolTip(text)
            items.append(item)
        row = self.coverage.get(theme.id)
        if row is not None and row.planned - row.covered:
            items[COL_COVERAGE].setForeground(QColor("#b00020"))
            items[COL_COVERAGE].setToolTip(self.tr("Chưa có tin bài: {0}").format(
                format_quarters(row.planned - row.covered)))
        return items

    def set_coverage(self, coverage: dict[int, Any]) -> None:
        """Update the coverage column of every theme row."""
        self.coverage = coverage
        for g in range(self.rowCount()):
            group = self.index(g, 0)
            for t in range(self.rowCount(group)):
                theme_id = self.index(t, 0, group).data(ID_ROLE)
                item = self.itemFromIndex(self.index(t, COL_COVERAGE, group))
                item.setText(self._coverage_text(theme_id))
                row = coverage.get(theme_id)
                missing = row.planned - row.covered if row is not None else frozenset()
                item.setForeground(QColor("#b00020") if missing else QColor("black"))
                item.setToolTip(self.tr("Chưa có tin bài: {0}").format(format_quarters(missing)) if missing else "")

    def _coverage_text(self, theme_id: int) -> str:
        row = self.coverage.get(theme_id)
        if row is None:
            return ""
        return format_quarters(row.covered) or self.tr("Chưa có")

    # --- lookup ----------------------------------------------------------------------------
    def find(self, kind: str, ident: int) -> QModelIndex:
        for g in range(self.rowCount()):
            gi = self.index(g, 0)
            if kind == GROUP and gi.data(ID_ROLE) == ident:
                return gi
            if kind == THEME:
                for t in range(self.rowCount(gi)):
                    ti = self.index(t, 0, gi)
                    if ti.data(ID_ROLE) == ident:
                        return ti
        return QModelIndex()

    def group_ids(self) -> list[int]:
        return [self.index(g, 0).data(ID_ROLE) for g in range(self.rowCount())]

    # --- drag and drop ---------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            index = indexes[0].siblingAtColumn(0)  # the row's id is on its first cell
            mime.setData(MIME, QByteArray(f"{index.data(KIND_ROLE)}:{index.data(ID_ROLE)}".encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self._target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        target = self._target(data, row, parent)
        if target is None:
            return False
        self.moveRequested.emit(*target)
        return False  # the view must not remove the source row: the reload shows the move

    def _target(self, data: QMimeData, row: int, parent: QModelIndex | QPersistentModelIndex
                ) -> tuple[str, int, int, int] | None:
        if not data.hasFormat(MIME):
            return None
        kind, _, ident = bytes(data.data(MIME).data()).decode().partition(":")
        item_id = int(ident)
        if kind == GROUP:
            if parent.isValid():  # groups only move among groups
                return None
            position = row if row >= 0 else self.rowCount()
            current = self.find(GROUP, item_id).row()
            if position > current:
                position -= 1
            return (GROUP, item_id, 0, position)
        if not parent.isValid():
            # dropped between groups: into the end of the group above the drop point
            if row <= 0:
                return None
            parent = self.index(row - 1, 0)
            row = -1
        if parent.data(KIND_ROLE) != GROUP:
            return None
        group_index = self.index(parent.row(), 0)
        group_id = group_index.data(ID_ROLE)
        position = row if row >= 0 else self.rowCount(group_index)
        source = self.find(THEME, item_id)
        if source.parent().data(ID_ROLE) == group_id and position > source.row():
            position -= 1
        return (THEME, item_id, group_id, position)
