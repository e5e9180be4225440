"""The appendix's title lines and column headers, the same in the PDF, the Word file and the workbook."""

from __future__ import annotations

from ..domain.documents import format_number
from ..records import PlanDetail

APPENDIX_HEADERS = ("STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm truyền thông", "Đơn vị chủ trì",
                    "Thời gian thực hiện", "Đơn vị phối hợp")


def appendix_title(plan: PlanDetail) -> str:
    return f"Kế hoạch {plan.title[0].lower() + plan.title[1:]}" if plan.title else "Kế hoạch"


def attached_to(plan: PlanDetail) -> str:
    """"(Kèm theo Kế hoạch số 182/KH-SGDĐT ngày 07 tháng 02 năm 2024 của Sở …)"."""
    number = format_number(plan.number, plan.symbol).strip() or "    "
    if plan.issued_on:
        month = f"{plan.issued_on.month:02d}" if plan.issued_on.month <= 2 else str(plan.issued_on.month)
        date = f"ngày {plan.issued_on.day:02d} tháng {month} năm {plan.issued_on.year}"
    else:
        date = f"ngày     tháng     năm {plan.period.start}"
    return f"(Kèm theo Kế hoạch số {number} {date} của {plan.organization.name})"
