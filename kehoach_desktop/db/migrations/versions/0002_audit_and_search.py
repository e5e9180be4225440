"""audit log and accent-folded search columns

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Every change is recorded in audit_entry. Plans and themes get a folded copy of their title
(accents and case removed, đ → d) because SQLite's LIKE/lower() and FTS5 do not fold Vietnamese;
existing rows are filled in here.
"""
import sqlalchemy as sa
from alembic import op

from kehoach_desktop.domain.text import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_plan_id"), ["plan_id"], unique=False)

    for table in ("plan", "theme"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("title_folded", sa.Text(), nullable=False, server_default="")
            )
        conn = op.get_bind()
        rows = conn.execute(sa.text(f"SELECT id, title FROM {table}")).fetchall()
        for row_id, title in rows:
            conn.execute(
                sa.text(f"UPDATE {table} SET title_folded = :f WHERE id = :id"),
                {"f": fold(title), "id": row_id},
            )


def downgrade() -> None:
    for table in ("theme", "plan"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("title_folded")
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_plan_id"))
        batch_op.drop_index("ix_audit_entity")
    op.drop_table("audit_entry")
