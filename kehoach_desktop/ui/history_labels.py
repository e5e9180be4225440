"""History rows in the interface's language: the actions, things and fields services/history.py
names in Vietnamese (marked there for lupdate), each through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.history import ACTION_LABELS, ENTITY_LABELS, FIELD_LABELS
from .labels import translated


def actions() -> dict[str, str]:
    return translated(ACTION_LABELS, "History")


def entities() -> dict[str, str]:
    return translated(ENTITY_LABELS, "History")


def fields() -> dict[str, str]:
    return translated(FIELD_LABELS, "History")


def event_label(action: str, entity: str, fallback: str) -> str:
    """"Sửa tin bài" / "Update article"; an article's or plan's own steps by their name alone."""
    acts, things = actions(), entities()
    if not action:
        return fallback
    if entity in ("article", "plan") and action not in ("create", "update", "delete"):
        return acts.get(action, fallback)
    return QCoreApplication.translate("History", "{0} {1}").format(
        acts.get(action, action), things.get(entity, entity).lower())


def field_label(key: str, fallback: str) -> str:
    return fields().get(key, fallback) if key else fallback
