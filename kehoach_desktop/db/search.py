"""Accent-insensitive article search, one implementation per database engine.

Services hand over the words already folded (no accents, no case, đ → d); this module turns them
into a condition on Article.id. SQLite: the FTS5 index over the folded text, whole words with the
last one as a prefix (the user may still be typing it). PostgreSQL: the same query over a GIN
full-text index of the folded text, split into words as FTS5 splits them (migration 0008). Any
other engine: LIKE on the folded column.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_, func, literal_column, select, text

from .models import Article

# the expression the GIN index of migration 0008 is built on, written the same way
PG_DOCUMENT = "to_tsvector('simple'::regconfig, regexp_replace(article.search_folded, '[^[:alnum:]]+', ' ', 'g'))"


def pg_tsquery(words: list[str]) -> str:
    """Every word, split where FTS5 splits it (a word of several parts is a phrase), the last
    part of the last word a prefix."""
    terms = []
    for i, word in enumerate(words):
        parts = re.findall(r"[^\W_]+", word)
        if not parts:
            continue
        if i == len(words) - 1:
            parts[-1] += ":*"
        terms.append(" <-> ".join(parts) if len(parts) > 1 else parts[0])
    return " & ".join(f"({t})" for t in terms) or "''"


def article_match(dialect: str, words: list[str]) -> ColumnElement[bool]:
    """Articles whose folded title, authors and link hold every word in `words`."""
    if dialect == "sqlite":
        match = " AND ".join([*(f'"{w}"' for w in words[:-1]), f'"{words[-1]}"*'])
        return Article.id.in_(select(text("rowid")).select_from(text("article_fts"))
                              .where(text("article_fts MATCH :match")).params(match=match))
    if dialect == "postgresql":
        return literal_column(PG_DOCUMENT).bool_op("@@")(
            func.to_tsquery(literal_column("'simple'::regconfig"), pg_tsquery(words)))
    return and_(*(Article.search_folded.contains(word, autoescape=True) for word in words))
