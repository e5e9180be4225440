"""targets indicators opinion

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21

Targets (article minimums), indicators with measured values, the public-opinion log.
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('unit_label', sa.String(length=20), nullable=False),
    sa.Column('target_value', sa.Double(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_indicator_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_plan_id'), ['plan_id'], unique=False)

    op.create_table('opinion_issue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('noticed_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('link', sa.String(length=1000), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('handler', sa.String(length=200), nullable=False),
    sa.Column('actions', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reported_up', sa.Boolean(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_opinion_issue_plan_id_plan'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opinion_issue'))
    )
    with op.batch_alter_table('opinion_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opinion_issue_noticed_on'), ['noticed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_issue_plan_id'), ['plan_id'], unique=False)

    op.create_table('target_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('unit_kind', sa.String(length=20), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('minimum', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=True),
    sa.Column('article_kind', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], name=op.f('fk_target_rule_channel_id_channel'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_target_rule_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_target_rule_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_rule'))
    )
    with op.batch_alter_table('target_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_rule_plan_id'), ['plan_id'], unique=False)

    op.create_table('indicator_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('measured_on', sa.Date(), nullable=False),
    sa.Column('value', sa.Double(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_value_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_value'))
    )
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_value_indicator_id'), ['indicator_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_value_indicator_id'))

    op.drop_table('indicator_value')
    with op.batch_alter_table('target_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_target_rule_plan_id'))

    op.drop_table('target_rule')
    with op.batch_alter_table('opinion_issue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opinion_issue_plan_id'))
        batch_op.drop_index(batch_op.f('ix_opinion_issue_noticed_on'))

    op.drop_table('opinion_issue')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_plan_id'))

    op.drop_table('indicator')
