"""Errors every layer may raise or catch, kept apart so that catching one imports nothing heavy."""

from __future__ import annotations


class DatabaseError(Exception):
    """A database that cannot be opened, migrated or written; the message is for the user."""
