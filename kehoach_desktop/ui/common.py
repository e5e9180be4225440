"""Small helpers shared by the views: Vietnamese sort keys for Qt, committing text edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from ..domain.text import sort_string

SORT_ROLE = Qt.ItemDataRole.UserRole + 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
URL_ROLE = Qt.ItemDataRole.UserRole + 3  # an evidence item's link


def collation_string(text: str) -> str:
    """A string whose plain ordering is Vietnamese order, for Qt sort roles."""
    return sort_string(text)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before destroying data; No is the default button."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class TextCommitter(QObject):
    """Stores a text field when it loses focus, on Enter (line edits), or after a pause in typing.

    `commit(new_text)` is called only when the text differs from what was last loaded or stored.
    """

    PAUSE_MS = 1500

    def __init__(self, widget: QLineEdit | QPlainTextEdit, commit: Callable[[str], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self._commit = commit
        self._stored = self.text()
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        widget.installEventFilter(self)
        widget.textChanged.connect(self._changed)
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(self.flush)

    def text(self) -> str:
        w = self.widget
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def load(self, text: str) -> None:
        """Show stored text without committing it."""
        self._timer.stop()
        self._loading = True
        try:
            if self.text() != text:
                if isinstance(self.widget, QLineEdit):
                    self.widget.setText(text)
                else:
                    self.widget.setPlainText(text)
        finally:
            self._loading = False
        self._stored = text

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        text = self.text()
        if text != self._stored:
            self._stored = text
            self._commit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def approval_password(parent: QWidget, title: str, what: list[tuple[str, str]]) -> str | None:
    """The password asked again like a signature, under a statement of exactly what is being
    approved (each (label, value) on its own line). None when the user cancels."""
    from html import escape

    from PySide6.QtWidgets import QInputDialog

    lines = "".join(f"<tr><td>{escape(label)}:&nbsp;</td><td><b>{escape(value)}</b></td></tr>" for label, value in what)
    prompt = QCoreApplication.translate("approval", "Nhập lại mật khẩu của bạn để duyệt (như chữ ký):")
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(f"<table>{lines}</table><p>{escape(prompt)}</p>")
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    if not dialog.exec():
        return None
    return str(dialog.textValue())


def relabel(combo: Any, labels: dict[Any, str]) -> None:
    """Give a combo's items new texts by their data (a language switch), keeping the choice."""
    for i in range(combo.count()):
        data = combo.itemData(i)
        if data in labels:
            combo.setItemText(i, labels[data])
