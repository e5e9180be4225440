"""Exports the command line makes in one go, straight from this PC's SQLite file.

`kehoach plan export` of an office's plan is mostly start-up: importing SQLAlchemy and our models
takes longer than reading the plan and writing its file. When the database in use is this PC's
own file at the newest schema, the plan is read by the same reader as every other use
(db/plan_read.py) over a plain sqlite3 connection (db/plain.py), and written by the same writer.

Each function returns None when the full way must do the work instead — a server, a file to
create, upgrade or report as damaged, a plan that is not there (the full way says so in its
words), a signed copy to hand over — so what the user gets never depends on which way ran.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..db.connection import local_file
from ..db.plain import open_current, rows_of
from ..db.plan_read import read_plan
from ..paths import partials_journal
from ..records import PlanDetail

FORMATS = ("xlsx", "pdf", "docx")


def export_plan(data: Path, db_url: str | None, plan_id: int, fmt: str, target: str | os.PathLike[str],
                regenerate: bool = False) -> tuple[Path, list[str]] | None:
    """The plan's appendix workbook (xlsx), document (pdf) or Word file (docx) at `target`, and
    the export's warnings; None when the full way must make it (see the module's text)."""
    if fmt not in FORMATS:
        return None
    plan = _plan(data, db_url, plan_id, signed="plan" if fmt == "pdf" and not regenerate else None)
    if plan is None:
        return None
    from ..exchange import files

    files.keep_journal(partials_journal(data))
    if fmt == "xlsx":
        from ..exchange.appendix_xlsx import write_appendix

        return write_appendix(plan, target)
    if fmt == "pdf":
        from ..exchange.plan_pdf import write_plan_pdf as write
    else:
        from ..exchange.plan_docx import write_plan_docx as write
    return files.write_atomically(target, lambda tmp: write(plan, tmp, None)), []


def _plan(data: Path, db_url: str | None, plan_id: int, signed: str | None) -> PlanDetail | None:
    """The plan read from the local file; None when there is no such file, no such plan, or a
    signed copy of the document `signed` still in force (the full way hands that over)."""
    path = local_file(data, db_url)
    if path is None:
        return None
    try:
        con = open_current(path)
        if con is None:
            return None
        try:
            rows = rows_of(con)
            if signed and rows("SELECT 1 FROM signed_document WHERE plan_id = :id AND document = :document "
                               "AND superseded_at IS NULL", {"id": plan_id, "document": signed}):
                return None
            return read_plan(rows, plan_id)
        finally:
            con.close()
    except sqlite3.Error:  # busy past the timeout, or anything odd: the full way waits or explains
        return None
