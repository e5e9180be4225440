"""theme counted days: each article–theme link knows the day its article counts

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

The dashboard and the reports' coverage ask which theme had a counted article on which day. At a
province's size (40,000 articles in a year) joining the year's articles to their themes took most
of the dashboard's time. Each `article_theme` row now carries its article's plan and, while the
article counts (published and not withdrawn), its publication day (`counted_on`; NULL otherwise),
indexed by plan, day and theme, so that the year's pairs are one range of that index.

Triggers keep the two columns with the article, whoever writes (the application, the command line,
another PC on the server, a copy between databases): a link takes them from its article when it is
made, and an article's links change with its plan, status, withdrawal or publication day. The
condition is services/counting's (db/report_read.COUNTED).
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

COUNTED_DAY = "CASE WHEN {a}.status = 'published' AND NOT {a}.withdrawn THEN {a}.published_on END"

SQLITE = [
    "CREATE TRIGGER article_theme_counted_ai AFTER INSERT ON article_theme BEGIN "
    "UPDATE article_theme SET (plan_id, counted_on) = (SELECT a.plan_id, " + COUNTED_DAY.format(a="a") + " "
    "FROM article a WHERE a.id = NEW.article_id) WHERE article_id = NEW.article_id AND theme_id = NEW.theme_id; END",
    "CREATE TRIGGER article_counted_au AFTER UPDATE OF plan_id, status, withdrawn, published_on ON article BEGIN "
    "UPDATE article_theme SET plan_id = NEW.plan_id, counted_on = " + COUNTED_DAY.format(a="NEW") + " "
    "WHERE article_id = NEW.id; END",
]
POSTGRESQL = [
    "CREATE FUNCTION article_theme_counted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "SELECT a.plan_id, " + COUNTED_DAY.format(a="a") + " INTO NEW.plan_id, NEW.counted_on "
    "FROM article a WHERE a.id = NEW.article_id; RETURN NEW; END $$",
    "CREATE TRIGGER article_theme_counted_bi BEFORE INSERT OR UPDATE OF article_id ON article_theme "
    "FOR EACH ROW EXECUTE PROCEDURE article_theme_counted()",
    "CREATE FUNCTION article_counted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "UPDATE article_theme SET plan_id = NEW.plan_id, counted_on = " + COUNTED_DAY.format(a="NEW") + " "
    "WHERE article_id = NEW.id; RETURN NULL; END $$",
    "CREATE TRIGGER article_counted_au AFTER UPDATE OF plan_id, status, withdrawn, published_on ON article "
    "FOR EACH ROW EXECUTE PROCEDURE article_counted()",
]


def upgrade() -> None:
    op.add_column('article_theme', sa.Column('plan_id', sa.Integer(), nullable=True))
    op.add_column('article_theme', sa.Column('counted_on', sa.Date(), nullable=True))
    op.execute("UPDATE article_theme SET plan_id = (SELECT a.plan_id FROM article a WHERE a.id = article_theme.article_id), "
               "counted_on = (SELECT " + COUNTED_DAY.format(a="a") + " FROM article a "
               "WHERE a.id = article_theme.article_id)")
    op.create_index('ix_article_theme_counted', 'article_theme', ['plan_id', 'counted_on', 'theme_id'])
    for statement in SQLITE if op.get_bind().dialect.name == "sqlite" else POSTGRESQL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("article_theme_counted_ai", "article_counted_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS article_theme_counted_bi ON article_theme")
        op.execute("DROP TRIGGER IF EXISTS article_counted_au ON article")
        op.execute("DROP FUNCTION IF EXISTS article_theme_counted()")
        op.execute("DROP FUNCTION IF EXISTS article_counted()")
    op.drop_index('ix_article_theme_counted', table_name='article_theme')
    with op.batch_alter_table('article_theme') as batch:
        batch.drop_column('counted_on')
        batch.drop_column('plan_id')
