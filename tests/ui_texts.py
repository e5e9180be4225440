"""Every text a user sees in a widget tree, and which of them are still Vietnamese."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def is_vietnamese(text: str) -> bool:
    """Vietnamese letters or tone marks (English shows none)."""
    return "đ" in text.lower() or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what `root` and its descendants show: titles, labels, buttons, tabs,
    menus, combo items, headers, placeholders, tooltips."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield name + ".windowTitle", w.windowTitle()
        if w.toolTip():
            yield name + ".toolTip", w.toolTip()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name + ".placeholder", w.placeholderText()
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            yield name + ".placeholder", w.placeholderText()
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield f"{name}[{i}]", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}.tab{i}", w.tabText(i)
                yield f"{name}.tab{i}.toolTip", w.tabToolTip(i)
        elif isinstance(w, QMenu):
            yield name, w.title()
        if isinstance(w, QAbstractItemView) and w.model() is not None and hasattr(w, "horizontalHeader"):
            model = w.model()
            for c in range(w.horizontalHeader().count()):  # type: ignore[attr-defined]
                yield f"{name}.header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for r in range(min(model.rowCount(), 60)):
                for c in range(max(model.columnCount(), 1) if hasattr(w, "horizontalHeader") else 1):
                    value = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        yield f"{name}.cell{r},{c}", value
    if isinstance(root, QMainWindow):
        for action in root.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction):
            yield f"QAction:{action.objectName()}", action.text()
            yield f"QAction:{action.objectName()}.toolTip", action.toolTip()


def vietnamese_left(root: QWidget, allowed: set[str] = frozenset()) -> list[tuple[str, str]]:  # type: ignore[assignment]
    return [(where, text) for where, text in texts(root) if text and text not in allowed and is_vietnamese(text)]
