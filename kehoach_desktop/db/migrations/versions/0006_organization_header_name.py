"""organization header name

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

How the office's name is broken into lines in the ND30 header ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" over
"HUYỆN LẠC THỦY"), as offices set it in Word. Empty: broken at phrase boundaries automatically.
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.add_column(sa.Column('header_name', sa.String(length=300), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_column('header_name')
