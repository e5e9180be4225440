"""article counted index

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

A covering index for the counts of published articles (dashboard, targets, reports): the plan's
articles of a period are read from the index alone, without visiting 40,000 rows of a busy year.
"""
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_article_counted', 'article',
                    ['plan_id', 'published_on', 'status', 'withdrawn', 'unit_id', 'channel_id', 'kind'])


def downgrade() -> None:
    op.drop_index('ix_article_counted', table_name='article')
