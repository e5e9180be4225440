"""Display names of codes (article kinds and states, channel and backup kinds) through Qt's
translation; the Vietnamese names are written once, beside the codes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain.targets import VERDICT_LABELS
from ..domain.workflow import ARTICLE_LABELS, KIND_LABELS, PLAN_LABELS


def translated(labels: dict[str, str], context: str = "Labels") -> dict[str, str]:
    """Vietnamese labels (marked for lupdate where they are written, under `context`) translated."""
    return {code: QCoreApplication.translate(context, text) for code, text in labels.items()}


def kind_labels() -> dict[str, str]:
    return translated(KIND_LABELS)


def status_labels() -> dict[str, str]:
    return translated(ARTICLE_LABELS)


def plan_status_labels() -> dict[str, str]:
    return translated(PLAN_LABELS)


def school_state_labels() -> dict[str, str]:
    """A school's report for a period (on time, late, not sent, not yet due) in the interface's language."""
    from ..records import SCHOOL_STATES

    return translated(SCHOOL_STATES)


def verdict_labels() -> dict[str, str]:
    """A target's verdict (met, missed, on track, behind) in the interface's language."""
    return translated(VERDICT_LABELS)


def channel_kind_labels() -> dict[str, str]:
    # imported here: the window's first paint comes before the database layer
    from ..services.channels import KIND_LABELS as CHANNEL_KINDS

    return translated(CHANNEL_KINDS)


def rule_text(rule: object, unit_name: str = "", channel_name: str = "") -> str:
    """A target rule in the interface's language ("Each school: at least 2 articles/year"); the
    documents keep the Vietnamese of domain.targets.describe."""
    scope, unit_kind = getattr(rule, "scope", "office"), getattr(rule, "unit_kind", "")
    who = {"office": QCoreApplication.translate("Targets", "Toàn đơn vị"), "unit": unit_name or QCoreApplication.translate("Targets", "Đơn vị"),
           "unit_kind": {"school": QCoreApplication.translate("Targets", "Mỗi trường trực thuộc"), "internal": QCoreApplication.translate("Targets", "Mỗi bộ phận"),
                         "partner": QCoreApplication.translate("Targets", "Mỗi đối tác")}.get(unit_kind, QCoreApplication.translate("Targets", "Mỗi đơn vị"))}.get(scope, QCoreApplication.translate("Targets", "Đơn vị"))
    per = {"month": QCoreApplication.translate("Targets", "tháng"), "quarter": QCoreApplication.translate("Targets", "quý"), "semester": QCoreApplication.translate("Targets", "6 tháng"),
           "year": QCoreApplication.translate("Targets", "năm")}.get(getattr(rule, "period", ""), "")
    text = QCoreApplication.translate("Targets", "{0}: ít nhất {1} tin bài/{2}").format(who, getattr(rule, "minimum", 0), per)
    if channel_name:
        text += QCoreApplication.translate("Targets", " trên {0}").format(channel_name)
    kind = getattr(rule, "article_kind", "")
    if kind:
        text += QCoreApplication.translate("Targets", " (loại {0})").format(kind_labels().get(kind, kind))
    return text


def window_label(window: Any, period: str) -> str:
    """A target's window ("October 2024", "Q IV/2024", "year 2024") in the interface's language."""
    from ..domain.numerals import to_roman

    start = window.start
    if period == "month":
        return QCoreApplication.translate("Targets", "tháng {0}/{1}").format(start.month, start.year)
    if period == "quarter":
        return QCoreApplication.translate("Targets", "Quý {0}/{1}").format(to_roman((start.month - 1) // 3 + 1), start.year)
    if period == "semester":
        return (QCoreApplication.translate("Targets", "6 tháng đầu năm {0}") if start.month <= 6 else QCoreApplication.translate("Targets", "6 tháng cuối năm {0}")).format(start.year)
    return QCoreApplication.translate("Targets", "năm {0}").format(start.year)


def backup_kind_labels() -> dict[str, str]:
    from ..services.backups import KIND_LABELS as BACKUP_KINDS

    return translated(BACKUP_KINDS)


def period_label(period: Any) -> str:
    """A report period in the interface's language ("October 2024", "first half of 2024")."""
    if period.kind == "month":
        return QCoreApplication.translate("Periods", "tháng {0}/{1}").format(period.index, period.year)
    if period.kind == "semester":
        return (QCoreApplication.translate("Periods", "6 tháng đầu năm {0}") if period.index == 1
                else QCoreApplication.translate("Periods", "6 tháng cuối năm {0}")).format(period.year)
    return QCoreApplication.translate("Periods", "năm {0}").format(period.year)


def signature_line(check: Any) -> str:
    """One signature as the interface says it: who, in what role, when, and whether it holds."""
    role = {"leader": QCoreApplication.translate("Signatures", "thủ trưởng"),
            "agency": QCoreApplication.translate("Signatures", "cơ quan"),
            "attachment": QCoreApplication.translate("Signatures", "cơ quan, tệp đính kèm")}.get(check.role, "")
    when = ""
    if check.signed_at is not None:
        import datetime as dt

        local = check.signed_at.astimezone(dt.timezone(dt.timedelta(hours=7)))
        when = QCoreApplication.translate("Signatures", " lúc {0}").format(f"{local:%H:%M %d/%m/%Y}")
    if check.ok:
        state = QCoreApplication.translate("Signatures", "hợp lệ")
    elif not check.intact or check.modified_after:
        state = QCoreApplication.translate("Signatures", "ĐÃ BỊ SỬA SAU KHI KÝ")
    elif not check.valid:
        state = QCoreApplication.translate("Signatures", "chữ ký không hợp lệ")
    else:
        state = QCoreApplication.translate("Signatures", "chứng thư không thuộc nơi cấp tin cậy")
    return f"{check.signer}{f' ({role})' if role else ''}{when}: {state}"


def signatures_text(verification: Any) -> str:
    if verification.error:
        return str(verification.error)
    if not verification.signatures:
        return QCoreApplication.translate("Signatures", "Văn bản chưa được ký số.")
    return "; ".join(signature_line(c) for c in verification.signatures)
