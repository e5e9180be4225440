"""accounts channels articles evidence

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

Accounts, channels, the articles log with evidence, plan approval; on SQLite an FTS5 index of
the articles' folded text, kept in step by triggers.
"""
import sqlalchemy as sa
from alembic import op

# Word-prefix search over the folded text (SQLite's own diacritics removal does not fold đ).
FTS_SQL = [
    "CREATE VIRTUAL TABLE article_fts USING fts5(search_folded, content='article', "
    "content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER article_fts_ai AFTER INSERT ON article BEGIN "
    "INSERT INTO article_fts(rowid, search_folded) VALUES (new.id, new.search_folded); END",
    "CREATE TRIGGER article_fts_ad AFTER DELETE ON article BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, search_folded) VALUES ('delete', old.id, old.search_folded); END",
    "CREATE TRIGGER article_fts_au AFTER UPDATE OF search_folded ON article BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, search_folded) VALUES ('delete', old.id, old.search_folded); "
    "INSERT INTO article_fts(rowid, search_folded) VALUES (new.id, new.search_folded); END",
]

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('channel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_folded', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('url', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channel')),
    sa.UniqueConstraint('name_folded', name=op.f('uq_channel_name_folded'))
    )
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('roles', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('authors', sa.String(length=500), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('return_reason', sa.Text(), nullable=False),
    sa.Column('ever_approved', sa.Boolean(), nullable=False),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.Column('search_folded', sa.Text(), nullable=False),
    sa.Column('title_sort', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('approved_by', sa.String(length=80), nullable=False),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], name=op.f('fk_article_channel_id_channel'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_article_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_article_unit_id_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article'))
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index('ix_article_date', ['published_on', 'id'], unique=False)
        batch_op.create_index('ix_article_lookup', ['id', 'plan_id', 'published_on', 'status'], unique=False)
        batch_op.create_index('ix_article_plan_status', ['plan_id', 'status', 'withdrawn'], unique=False)
        batch_op.create_index('ix_article_plan_date', ['plan_id', 'published_on', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_title_sort'), ['title_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_unit_id'), ['unit_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('added_by', sa.String(length=80), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_evidence_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_article_id'), ['article_id'], unique=False)

    op.create_table('article_theme',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_article_theme_article_id_article'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_article_theme_theme_id_theme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'theme_id', name=op.f('pk_article_theme'))
    )
    with op.batch_alter_table('article_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_theme_theme_id'), ['theme_id'], unique=False)

    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved_by', sa.String(length=80), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('approved_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('issued_by', sa.String(length=80), nullable=False, server_default=''))

    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_SQL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("article_fts_ai", "article_fts_ad", "article_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS article_fts")
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.drop_column('issued_by')
        batch_op.drop_column('approved_at')
        batch_op.drop_column('approved_by')

    with op.batch_alter_table('article_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_theme_theme_id'))

    op.drop_table('article_theme')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_article_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_unit_id'))
        batch_op.drop_index(batch_op.f('ix_article_status'))
        batch_op.drop_index('ix_article_plan_date')
        batch_op.drop_index('ix_article_date')
        batch_op.drop_index(batch_op.f('ix_article_channel_id'))

    op.drop_table('article')
    op.drop_table('user_account')
    op.drop_table('channel')
