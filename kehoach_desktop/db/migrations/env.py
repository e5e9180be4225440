"""Alembic environment: the connection is handed in by migrations_runner.upgrade()."""

from alembic import context

from kehoach_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:  # `alembic revision --autogenerate` during development
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    connection = engine.connect()



def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # the FTS5 index of articles is created by hand in 0003 and has no model
    return not (type_ == "table" and name.startswith("article_fts"))


context.configure(
    connection=connection,
    target_metadata=target_metadata,
    include_object=include_object,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
