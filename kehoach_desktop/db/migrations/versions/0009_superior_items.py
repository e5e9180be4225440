"""superior items: the superior's plan items an office's themes implement

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

Each plan implements its superior's (Bộ → Sở → Phòng → Trường). `superior_item` keeps, with the
office's plan, the items of the superior's appendix it was built from (group and title);
`theme_superior` links the office's themes to the items they implement, so that a coverage view
and a report section can say which of the superior's items the plan addresses and which not.
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'superior_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('group_title', sa.Text(), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_superior_item_plan_id_plan'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_superior_item')),
    )
    op.create_index(op.f('ix_superior_item_plan_id'), 'superior_item', ['plan_id'])
    op.create_table(
        'theme_superior',
        sa.Column('theme_id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_theme_superior_theme_id_theme'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['item_id'], ['superior_item.id'], name=op.f('fk_theme_superior_item_id_superior_item'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('theme_id', 'item_id', name=op.f('pk_theme_superior')),
    )
    op.create_index(op.f('ix_theme_superior_item_id'), 'theme_superior', ['item_id'])


def downgrade() -> None:
    op.drop_table('theme_superior')
    op.drop_index(op.f('ix_superior_item_plan_id'), table_name='superior_item')
    op.drop_table('superior_item')
