"""The appendix as the print-ready Excel table offices send upward (ND30 layout)."""

from __future__ import annotations

import os
from pathlib import Path

from ..records import PlanDetail
from .appendix_text import APPENDIX_HEADERS, appendix_title, attached_to
from .xlsx_common import (
    Cancelled,
    Progress,
    RowSheet,
    Warnings,
    as_lines,
    check,
    named_style,
    new_workbook,
    noop_progress,
    print_setup,
    row_height,
    safe_text,
    save_atomically,
)

# Widths (characters) that together fill an A4 landscape page between ND30 margins.
WIDTHS = (6, 30, 46, 18, 13, 22)
HEADER_ROW = 5


def write_appendix(plan: PlanDetail, target: str | os.PathLike[str], progress: Progress = noop_progress,
                   cancelled: Cancelled | None = None) -> tuple[Path, list[str]]:
    """Write the appendix workbook; returns the file and the warnings (text that was cleaned).

    Raises CellTooLong naming the row for text Excel cannot hold, ExportCancelled if cancelled;
    in both cases no file is left at `target`.
    """
    warnings = Warnings()
    with new_workbook() as wb:
        styles = {
            "title": named_style(wb, "kh_title", bold=True, size=14, horizontal="center", vertical="center",
                                 border=False, wrap=False),
            "subtitle": named_style(wb, "kh_subtitle", bold=True, size=13, horizontal="center",
                                    vertical="center", border=False),
            "attached": named_style(wb, "kh_attached", italic=True, size=13, horizontal="center",
                                    vertical="center", border=False),
            "header": named_style(wb, "kh_header", bold=True, horizontal="center", vertical="center"),
            "group_no": named_style(wb, "kh_group_no", bold=True, horizontal="center"),
            "group": named_style(wb, "kh_group", bold=True),
            "stt": named_style(wb, "kh_stt", horizontal="center"),
            "text": named_style(wb, "kh_text"),
            "center": named_style(wb, "kh_center", horizontal="center"),
        }
        sheet = RowSheet(wb, "Phụ lục", WIDTHS)
        print_setup(sheet.ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
        sheet.ws.freeze_panes = f"A{HEADER_ROW + 1}"
        for text, style, height in (("PHỤ LỤC", "title", None), (appendix_title(plan).upper(), "subtitle", 36),
                                    (attached_to(plan), "attached", 36)):
            sheet.put([(safe_text(text, f"Dòng {sheet.row + 1}", warnings), styles[style])], height=height,
                      merge=(1, len(APPENDIX_HEADERS)))
        sheet.skip(HEADER_ROW - 1 - sheet.row)
        sheet.put([(text, styles["header"]) for text in APPENDIX_HEADERS], height=36)

        total = sum(len(g.themes) for g in plan.groups) + len(plan.groups)
        done = 0
        group_width = [sum(WIDTHS[1:])]
        for group in plan.groups:
            check(cancelled)
            where = f"Nhóm {group.numeral}"
            sheet.put([(group.numeral, styles["group_no"]), (safe_text(group.title, where, warnings), styles["group"]),
                       *[(None, styles["group"])] * (len(APPENDIX_HEADERS) - 2)],
                      height=row_height([group.title], group_width), merge=(2, len(APPENDIX_HEADERS)))
            done += 1
            for theme in group.themes:
                where = f"Nội dung {group.numeral}.{theme.stt} (dòng {sheet.row + 1})"
                sheet.put([
                    (str(theme.stt), styles["stt"]),
                    (safe_text(theme.title, where, warnings), styles["text"]),
                    (safe_text(as_lines(theme.forms), where, warnings), styles["text"]),
                    (safe_text(as_lines([u.name for u in theme.lead_units]), where, warnings), styles["text"]),
                    (theme.timing.text(), styles["center"]),
                    (safe_text(as_lines([u.name for u in theme.support_units]), where, warnings), styles["text"]),
                ], fit=True)
                done += 1
                if done % 200 == 0:
                    check(cancelled)
                    progress(done, total)
        progress(total, total)
        check(cancelled)
        return save_atomically(wb, target), warnings.items
