"""signing: a report's approval, and the signed copies of plans and reports

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

Only an approved plan or report is signed (Decree 30). A report gets the approval a plan has
(`status`, who approved and when). `signed_document` keeps every signed copy made here: which
document (plan, appendix, report and its period), the roles signed so far, the certificate's
name, who signed and when, and the file's hash (the file itself in the evidence store). A copy is
superseded when its plan or report goes back to draft; until then it is the document, and
exporting gives that copy rather than a new, unsigned one.
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('report') as batch:
        batch.add_column(sa.Column('status', sa.String(length=10), nullable=False, server_default='draft'))
        batch.add_column(sa.Column('approved_by', sa.String(length=80), nullable=False, server_default=''))
        batch.add_column(sa.Column('approved_at', sa.DateTime(), nullable=True))
    op.create_table(
        'signed_document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('document', sa.String(length=10), nullable=False),
        sa.Column('period_key', sa.String(length=20), nullable=False),
        sa.Column('roles', sa.String(length=60), nullable=False),
        sa.Column('signer', sa.String(length=300), nullable=False),
        sa.Column('signed_by', sa.String(length=80), nullable=False),
        sa.Column('signed_at', sa.DateTime(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('superseded_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_signed_document_plan_id_plan'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_signed_document')),
    )
    op.create_index(op.f('ix_signed_document_plan_id'), 'signed_document', ['plan_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_signed_document_plan_id'), table_name='signed_document')
    op.drop_table('signed_document')
    with op.batch_alter_table('report') as batch:
        batch.drop_column('approved_at')
        batch.drop_column('approved_by')
        batch.drop_column('status')
