"""Undo and redo over services: every edit is stored at once, and every edit can be undone.

A command runs its service call before it is pushed (so a refusal shows a message and leaves
the stack untouched); undo and redo then call the inverse and the same service again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ..services.errors import ServerUnreachable, StaleEdit
from .errors import ask_stale, show_error

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any],
                 history: History) -> None:
        super().__init__(text)
        self._redo, self._undo, self._history = redo, undo, history
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._history.run(self._redo)

    def undo(self) -> None:
        self._history.run(self._undo)


class History(QObject):
    """The application's undo stack, and the signal that data changed."""

    changed = Signal()

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)
        self._parent = parent_widget
        self._waiting: list[tuple[str, Callable[[], Any], Callable[[Any], Callable[[], Any]],
                                  Callable[[Any], Callable[[], Any]] | None]] = []

    def set_parent_widget(self, widget: QWidget) -> None:
        self._parent = widget

    def perform(self, text: str, do: Callable[[], Any],
                make_undo: Callable[[Any], Callable[[], Any]],
                make_redo: Callable[[Any], Callable[[], Any]] | None = None,
                overwrite: Callable[[], Any] | None = None) -> Any:
        """Run `do` now; on success push a command whose undo is make_undo(result).

        `make_redo(result)` gives what redo calls later (default: `do` again). When someone else
        saved the same row first (StaleEdit) and `overwrite` is given, the user chooses: reload
        (their change is shown) or overwrite (`overwrite` runs instead). Returns the result, or
        None when the service refused (the message has been shown).
        """
        if self._waiting and not self.retry_waiting():  # an earlier edit still waits for the server
            self._waiting.append((text, do, make_undo, make_redo))
            return None
        try:
            result = do()
        except ServerUnreachable as exc:
            # kept, not reloaded over: the views keep what was typed, and the edit is stored as
            # soon as the server answers again (the next edit, or the window's next look)
            self._waiting.append((text, do, make_undo, make_redo))
            show_error(self._parent, exc)
            return None
        except StaleEdit as exc:
            if overwrite is None or ask_stale(self._parent, exc) != "overwrite":
                self.changed.emit()  # reload: the views show what is really stored
                return None
            return self.perform(text, overwrite, make_undo, make_redo)
        except Exception as exc:
            show_error(self._parent, exc)
            self.changed.emit()  # the views show what is really stored
            return None
        redo = make_redo(result) if make_redo else do
        self.stack.push(ServiceCommand(text, redo, make_undo(result), self))
        self.changed.emit()
        return result

    @property
    def waiting(self) -> int:
        """How many edits wait for the server to answer again."""
        return len(self._waiting)

    def retry_waiting(self) -> bool:
        """Store the edits that waited for the server, in order; True when none waits any more."""
        while self._waiting:
            text, do, make_undo, make_redo = self._waiting[0]
            try:
                result = do()
            except ServerUnreachable:
                return False
            except Exception as exc:  # refused now for another reason: said, and dropped
                self._waiting.pop(0)
                show_error(self._parent, exc)
                continue
            self._waiting.pop(0)
            redo = make_redo(result) if make_redo else do
            self.stack.push(ServiceCommand(text, redo, make_undo(result), self))
        self.changed.emit()
        return True

    def run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:
            log.warning("undo/redo step failed: %s", exc)
            show_error(self._parent, exc)
        self.changed.emit()

    def clear(self) -> None:
        self.stack.clear()


def add_command(history: History, text: str, add: Callable[[], int],
                delete: Callable[[int], Any], restore: Callable[[Any], Any]) -> int | None:
    """An addition: undo deletes the new row, redo restores it with the same id."""
    state: dict[str, Any] = {}

    def undo_for(new_id: int) -> Callable[[], Any]:
        def undo() -> None:
            state["snapshot"] = delete(new_id)
        return undo

    def redo_for(_new_id: int) -> Callable[[], Any]:
        return lambda: restore(state["snapshot"])

    result: int | None = history.perform(text, add, undo_for, redo_for)
    return result


def delete_command(history: History, text: str, delete: Callable[[], Any],
                   restore: Callable[[Any], Any], delete_again: Callable[[], Any] | None = None) -> Any:
    """A deletion: undo restores the snapshot the service returned, redo deletes again."""
    state: dict[str, Any] = {}

    def undo_for(snapshot: Any) -> Callable[[], Any]:
        state["snapshot"] = snapshot
        return lambda: restore(state["snapshot"])

    def redo_for(_snapshot: Any) -> Callable[[], Any]:
        def redo() -> None:
            state["snapshot"] = (delete_again or delete)()
        return redo

    return history.perform(text, delete, undo_for, redo_for)


def update_command(history: History, text: str, update: Callable[..., dict[str, Any]],
                   changes: dict[str, Any], version: int | None = None) -> Any:
    """A change of fields: the service returns the previous values, undo writes them back.
    With `version` (of the row as the user saw it) the first save is refused when someone else
    saved the row since, and the user chooses to reload or overwrite; undo and redo are the
    user's own intent and overwrite."""
    return history.perform(
        text,
        (lambda: update(changes, expected_version=version)) if version is not None else (lambda: update(changes)),
        lambda before: (lambda: update(before)),
        lambda _before: (lambda: update(changes)),
        overwrite=lambda: update(changes),
    )
