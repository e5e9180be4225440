"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21

Organization, plans with their body, basis and recipients, units, people, the appendix.
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organization',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('parent_name', sa.String(length=300), nullable=False),
    sa.Column('abbreviation', sa.String(length=60), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('superior_email', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_folded', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('name_folded', name=op.f('uq_unit_name_folded'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_folded', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_person_unit_id_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_name_folded'), ['name_folded'], unique=False)

    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('symbol', sa.String(length=60), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('period_start', sa.Integer(), nullable=False),
    sa.Column('period_end', sa.Integer(), nullable=False),
    sa.Column('period_kind', sa.String(length=20), nullable=False),
    sa.Column('intro', sa.Text(), nullable=False),
    sa.Column('closing', sa.Text(), nullable=False),
    sa.Column('signer_prefix', sa.String(length=10), nullable=False),
    sa.Column('signer_position', sa.String(length=120), nullable=False),
    sa.Column('signer_name', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('copied_from_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['copied_from_id'], ['plan.id'], name=op.f('fk_plan_copied_from_id_plan'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_plan_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan'))
    )
    op.create_table('basis_reference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('doc_number', sa.String(length=80), nullable=False),
    sa.Column('doc_date', sa.Date(), nullable=True),
    sa.Column('issuer', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_basis_reference_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_basis_reference'))
    )
    with op.batch_alter_table('basis_reference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_basis_reference_plan_id'), ['plan_id'], unique=False)

    op.create_table('recipient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_recipient_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient'))
    )
    with op.batch_alter_table('recipient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recipient_plan_id'), ['plan_id'], unique=False)

    op.create_table('section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('heading', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['section.id'], name=op.f('fk_section_parent_id_section'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_section_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_section'))
    )
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_section_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_section_plan_id'), ['plan_id'], unique=False)

    op.create_table('theme_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_theme_group_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme_group'))
    )
    with op.batch_alter_table('theme_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_group_plan_id'), ['plan_id'], unique=False)

    op.create_table('theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('forms', sa.JSON(), nullable=False),
    sa.Column('timing_kind', sa.String(length=20), nullable=False),
    sa.Column('quarters_mask', sa.Integer(), nullable=False),
    sa.Column('months_mask', sa.Integer(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['theme_group.id'], name=op.f('fk_theme_group_id_theme_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_theme_owner_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme'))
    )
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_theme_owner_id'), ['owner_id'], unique=False)

    op.create_table('theme_unit',
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_theme_unit_theme_id_theme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_theme_unit_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('theme_id', 'unit_id', 'role', name=op.f('pk_theme_unit'))
    )
    with op.batch_alter_table('theme_unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_unit_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('theme_unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_unit_unit_id'))

    op.drop_table('theme_unit')
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_owner_id'))
        batch_op.drop_index(batch_op.f('ix_theme_group_id'))

    op.drop_table('theme')
    with op.batch_alter_table('theme_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_group_plan_id'))

    op.drop_table('theme_group')
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_section_plan_id'))
        batch_op.drop_index(batch_op.f('ix_section_parent_id'))

    op.drop_table('section')
    with op.batch_alter_table('recipient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recipient_plan_id'))

    op.drop_table('recipient')
    with op.batch_alter_table('basis_reference', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_basis_reference_plan_id'))

    op.drop_table('basis_reference')
    op.drop_table('plan')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_name_folded'))

    op.drop_table('person')
    op.drop_table('unit')
    op.drop_table('organization')
