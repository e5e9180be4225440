"""shared server: versions, evidence in the database, PostgreSQL search and order

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

What an office needs when several PCs share one PostgreSQL database:
- `version` on articles, themes and plans: a save names the version it was made from, so the
  second of two PCs editing the same row is told instead of overwriting (SQLAlchemy's
  version_id_col also makes two simultaneous approvals end with exactly one winner);
- `evidence_chunk`: evidence files kept in the database itself (in 4 MB parts, each content once
  under its SHA-256), so that every PC reaches them; SQLite on one PC keeps its folder store;
- on PostgreSQL, a full-text index over the folded search text with the same word splitting as
  SQLite's FTS5 (any run of letters and digits), and the Vietnamese sort key in code-point order
  (COLLATE "C") whatever the server's default collation.
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# kept in step with db/search.py, which must write the same expression for the index to be used
PG_SEARCH_DOCUMENT = "to_tsvector('simple'::regconfig, regexp_replace(search_folded, '[^[:alnum:]]+', ' ', 'g'))"


def upgrade() -> None:
    for table in ('article', 'theme', 'plan'):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    op.create_table(
        'evidence_chunk',
        sa.Column('sha256', sa.String(64), nullable=False),
        sa.Column('part', sa.Integer(), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('sha256', 'part', name=op.f('pk_evidence_chunk')),
    )
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(f"CREATE INDEX ix_article_search ON article USING gin ({PG_SEARCH_DOCUMENT})")
        op.execute('ALTER TABLE article ALTER COLUMN title_sort TYPE text COLLATE "C"')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP INDEX IF EXISTS ix_article_search")
        op.execute('ALTER TABLE article ALTER COLUMN title_sort TYPE text COLLATE "default"')
    op.drop_table('evidence_chunk')
    for table in ('plan', 'theme', 'article'):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('version')
