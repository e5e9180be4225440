"""Accent-insensitive article search, one implementation per database engine.

Services hand over the words already folded (no accents, no case, đ → d); this module turns them
into a condition on Article.id. SQLite: the FTS5 index over the folded text, whole words with the
last one as a prefix (the user may still be typing it). Any other engine: LIKE on the folded
column (PostgreSQL can back that column with a trigram index).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select, text

from .models import Article


def article_match(dialect: str, words: list[str]) -> ColumnElement[bool]:
    """Articles whose folded title, authors and link hold every word in `words`."""
    if dialect == "sqlite":
        match = " AND ".join([*(f'"{w}"' for w in words[:-1]), f'"{words[-1]}"*'])
        return Article.id.in_(select(text("rowid")).select_from(text("article_fts"))
                              .where(text("article_fts MATCH :match")).params(match=match))
    return and_(*(Article.search_folded.contains(word, autoescape=True) for word in words))
