"""Documents the command line makes in one go, straight from this PC's SQLite file.

`kehoach plan export` of an office's plan, `kehoach report` of a month or `kehoach article export`
of a few hundred articles is mostly start-up:
importing SQLAlchemy and our models takes longer than reading the data and writing the file.
When the database in use is this PC's own file at the newest schema, the plan is read by the same
reader as every other use (db/plan_read.py), a report's figures and the article list computed by
the same code (services/report_figures.py over db/report_read.py), over a plain sqlite3 connection
(db/plain.py), and written by the same writer.

Each function returns None when the full way must do the work instead — a server, a file to
create, upgrade or report as damaged, a plan that is not there (the full way says so in its
words), a signed copy to hand over — so what the user gets never depends on which way ran.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .. import files
from ..db.connection import local_file
from ..db.plain import open_current, rows_of
from ..db.plan_read import Rows, read_plan
from ..db.report_read import signed_in_force
from ..domain.reporting import ReportPeriod, parse_report_period
from ..paths import partials_journal
from ..records import ArticleLine, PlanDetail, ReportData

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
    if fmt == "xlsx":
        from ..exchange.appendix_xlsx import write_appendix

        return write_appendix(plan, target)
    if fmt == "pdf":
        from ..exchange.plan_pdf import write_plan_pdf as write
    else:
        from ..exchange.plan_docx import write_plan_docx as write
    return files.write_atomically(target, lambda tmp: write(plan, tmp, None)), []


def export_report(data: Path, db_url: str | None, plan_id: int, period_text: str, window_day: int, fmt: str,
                  target: str | os.PathLike[str], regenerate: bool = False) -> tuple[ReportPeriod, Path] | None:
    """The results report of the period as PDF, xlsx or docx at `target`, and the period; None
    when the full way must make it (see the module's text; also a period it should explain)."""
    if fmt not in FORMATS:
        return None
    try:
        period = parse_report_period(period_text, window_day)
    except ValueError:
        return None  # the full way says what is wrong with it

    def figures(rows: Rows) -> ReportData | None:
        if fmt == "pdf" and not regenerate and signed_in_force(rows, "report", plan_id, period.key):
            return None
        plan = read_plan(rows, plan_id)
        if plan is None:
            return None
        from .report_figures import report_data

        return report_data(rows, plan, period)

    report = _read(data, db_url, figures)
    if report is None:
        return None
    if fmt == "xlsx":
        from ..exchange.report_xlsx import write_report_xlsx

        return period, Path(write_report_xlsx(report, target))
    write: Callable[..., object]
    if fmt == "pdf":
        from ..exchange.report_pdf import write_report_pdf as write
    else:
        from ..exchange.report_docx import write_report_docx as write
    return period, files.write_atomically(target, lambda tmp: write(report, tmp))


def export_articles(data: Path, db_url: str | None, plan_id: int, target: str | os.PathLike[str],
                    date_from: dt.date | None = None, date_to: dt.date | None = None,
                    all_states: bool = False) -> tuple[Path, list[str]] | None:
    """The article list workbook of the plan (see services/transfer.export_articles) and the
    export's warnings; None when the full way must make it."""
    from .report_figures import article_lines, articles_title

    def listed(rows: Rows) -> tuple[PlanDetail, list[ArticleLine]] | None:
        plan = read_plan(rows, plan_id)
        return None if plan is None else (plan, article_lines(rows, plan, date_from, date_to, all_states))

    found = _read(data, db_url, listed)
    if found is None:
        return None
    from ..exchange.articles_xlsx import write_articles

    plan, lines = found
    return write_articles(lines, target, articles_title(plan, date_from, date_to, all_states))


def _plan(data: Path, db_url: str | None, plan_id: int, signed: str | None) -> PlanDetail | None:
    """The plan read from the local file; None when there is no such file, no such plan, or a
    signed copy of the document `signed` still in force (the full way hands that over)."""
    return _read(data, db_url, lambda rows: None if signed and signed_in_force(rows, signed, plan_id)
                 else read_plan(rows, plan_id))


T = TypeVar("T")


def _read(data: Path, db_url: str | None, work: Callable[[Rows], T | None]) -> T | None:
    """`work` done on a reader of this PC's file, in one read transaction (every figure from the
    same data); None when the full way must open the database (no such file, a server, an
    upgrade, damage, the file busy past the timeout)."""
    path = local_file(data, db_url)
    if path is None:
        return None
    try:
        con = open_current(path)
        if con is None:
            return None
        try:
            con.execute("BEGIN")  # deferred: the first read fixes what the others see
            done = work(rows_of(con))
        finally:
            con.close()
    except sqlite3.Error:  # busy past the timeout, or anything odd: the full way waits or explains
        return None
    if done is not None:  # the file is written next: its partial file noted in the data folder's journal
        files.keep_journal(partials_journal(data))
    return done
