"""received reports: the report packages a district receives from its schools

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

A Phòng GD&ĐT gathers the monthly, semester and annual reports of its schools (a Sở, those of its
Phòng). `received_report` keeps, for each school (a unit of kind "school") and period, the figures
of the latest package it sent, when it first and last sent one, and the package's hash (the
package itself is kept in the evidence store under that hash). `unit.email` is where a reminder
goes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('unit') as batch:
        batch.add_column(sa.Column('email', sa.String(length=200), nullable=False, server_default=''))
    op.create_table(
        'received_report',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=False),
        sa.Column('period_key', sa.String(length=20), nullable=False),
        sa.Column('schema_version', sa.Integer(), nullable=False),
        sa.Column('sender_name', sa.String(length=300), nullable=False),
        sa.Column('package_sha256', sa.String(length=64), nullable=False),
        sa.Column('package_name', sa.String(length=255), nullable=False),
        sa.Column('first_sent_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('submissions', sa.Integer(), nullable=False),
        sa.Column('figures', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_received_report_unit_id_unit'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_received_report')),
        sa.UniqueConstraint('unit_id', 'period_key', name=op.f('uq_received_report_unit_id')),
    )
    op.create_index(op.f('ix_received_report_period_key'), 'received_report', ['period_key'])


def downgrade() -> None:
    op.drop_index(op.f('ix_received_report_period_key'), table_name='received_report')
    op.drop_table('received_report')
    with op.batch_alter_table('unit') as batch:
        batch.drop_column('email')
