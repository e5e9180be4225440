"""Storage: SQLAlchemy models, the engine, migrations, backups and the single-writer lock."""
