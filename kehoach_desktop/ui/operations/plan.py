"""Plan actions: create, copy, delete, load the demo, approve, issue, return, history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ...domain.documents import default_issue_date, format_number, parse_ui_date
from ...domain.periods import parse_period
from ...services import demo, history, plans
from ..common import approval_password, confirm
from ..errors import refused_in
from . import Op, Window, quick


def new_plan(w: Window, parent: QWidget) -> int | None:
    """A plan of this year with the usual title; returns its id (undoable)."""
    year = dt.date.today().year
    fields = {"title": QCoreApplication.translate("PlanOps", "Truyền thông về Giáo dục và Đào tạo năm {0}").format(year), "period": str(year)}
    w.flush()
    new_id: int | None = w.history.perform(
        QCoreApplication.translate("PlanOps", "Tạo kế hoạch"), lambda: plans.create_plan(w.store, fields),
        lambda pid: (lambda: plans.delete_plan(w.store, pid)),
        lambda pid: (lambda: plans.restore_plan(w.store, pid)))
    return new_id


def copy_plan(w: Window, parent: QWidget) -> int | None:
    """The selected plan copied to a period the user names, after showing each appendix text
    that names the old period; only the ticked ones are rewritten. Undoable."""
    if w.plan is None:
        return None
    w.flush()
    plan = w.plan
    period, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("PlanOps", "Sao chép sang kỳ mới"),
        QCoreApplication.translate("PlanOps", "Thời kỳ của kế hoạch mới (năm, năm học hoặc giai đoạn).\n"
           "Nhóm, nội dung, đơn vị và người phụ trách được giữ; số và ngày được xóa."),
        text=plan.period.next().text())
    if not ok:
        return None
    with refused_in(parent) as refused:
        changes = plans.period_replacements(w.store, plan.id, period)
    if refused:
        return None
    chosen: list[plans.PeriodReplacement] = []
    if changes:
        from ..period_replace_dialog import PeriodReplaceDialog

        new_text = parse_period(period, plan.period.kind if plan.period.years() > 1 else None).text()
        dialog = PeriodReplaceDialog(plan.period.text(), new_text, changes, parent)
        if not dialog.exec():
            return None
        chosen = dialog.chosen()
    new_id: int | None = w.history.perform(
        QCoreApplication.translate("PlanOps", "Sao chép kế hoạch"), lambda: plans.copy_plan(w.store, plan.id, period, chosen),
        lambda pid: (lambda: plans.delete_plan(w.store, pid)),
        lambda pid: (lambda: plans.restore_plan(w.store, pid)))
    return new_id


def delete_plan(w: Window, parent: QWidget) -> bool:
    """After confirmation; undoable (the plan is marked deleted, never erased at once)."""
    if w.plan is None:
        return False
    plan = w.plan
    if not confirm(parent, QCoreApplication.translate("PlanOps", "Xóa kế hoạch"),
                   QCoreApplication.translate("PlanOps", "Xóa kế hoạch «{0}» ({1}) cùng {2} nhóm và {3} nội dung?\nCó thể hoàn tác bằng Ctrl+Z.")
                   .format(plan.title, plan.period.text(), len(plan.groups), len(plan.themes()))):
        return False
    w.history.perform(QCoreApplication.translate("PlanOps", "Xóa kế hoạch"), lambda: plans.delete_plan(w.store, plan.id),
                      lambda _r: (lambda: plans.restore_plan(w.store, plan.id)))
    return True


def load_demo(w: Window, parent: QWidget) -> None:
    """The demo plan, built off the GUI thread (a year of articles takes a moment)."""
    Op(parent, quick(lambda: demo.load_demo(w.store))).in_background(QCoreApplication.translate("PlanOps", "Đang tạo kế hoạch mẫu…")) \
        .success(lambda new_id: w.refresh_lists(select=new_id)).run()


def approve(w: Window, parent: QWidget) -> None:
    """The password again, under what is being approved: the plan's title, number and period."""
    if w.plan is None:
        return
    w.flush()
    plan = w.plan
    number = format_number(plan.number, plan.symbol).strip() if plan.number else QCoreApplication.translate("PlanOps", "(chưa có số)")
    password = approval_password(parent, QCoreApplication.translate("PlanOps", "Duyệt kế hoạch"), [
        (QCoreApplication.translate("PlanOps", "Kế hoạch"), plan.title), (QCoreApplication.translate("PlanOps", "Số"), number), (QCoreApplication.translate("PlanOps", "Thời kỳ"), plan.period.label())])
    if password is None:
        return
    Op(parent, quick(lambda: plans.approve_plan(w.store, plan.id, password))).refresh(w.refresh).run()


def issue(w: Window, parent: QWidget) -> None:
    """Number and date, then Đã ban hành; the date offered fits the plan's period."""
    if w.plan is None:
        return
    plan = w.plan
    number, ok = QInputDialog.getInt(parent, QCoreApplication.translate("PlanOps", "Ban hành kế hoạch"),
                                     QCoreApplication.translate("PlanOps", "Số văn bản (số và ngày không sửa được sau khi ban hành):"),
                                     plan.number or 1, 1, 99_999)
    if not ok:
        return
    day = plan.issued_on or default_issue_date(plan.period.start, plan.period.end, dt.date.today())
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("PlanOps", "Ban hành kế hoạch"), QCoreApplication.translate("PlanOps", "Ngày ban hành (dd/mm/yyyy):"),
                                    text=day.strftime("%d/%m/%Y") if day else "")
    if not ok:
        return
    try:
        issued = parse_ui_date(text)
    except ValueError:
        QMessageBox.warning(parent, QCoreApplication.translate("PlanOps", "Ban hành kế hoạch"), QCoreApplication.translate("PlanOps", "«{0}» không phải ngày.").format(text))
        return
    Op(parent, quick(lambda: plans.issue_plan(w.store, plan.id, number, issued))).refresh(w.refresh).run()


def return_to_draft(w: Window, parent: QWidget) -> None:
    if w.plan is None:
        return
    plan_id = w.plan.id
    reason, ok = QInputDialog.getText(parent, QCoreApplication.translate("PlanOps", "Trả lại dự thảo"), QCoreApplication.translate("PlanOps", "Lý do:"))
    if ok:
        Op(parent, quick(lambda: plans.return_plan_to_draft(w.store, plan_id, reason))).refresh(w.refresh).run()


def show_history(w: Window, parent: QWidget) -> None:
    if w.plan is None:
        return
    from ..history_dialog import HistoryDialog

    HistoryDialog(QCoreApplication.translate("PlanOps", "Lịch sử kế hoạch «{0}»").format(w.plan.title), history.plan_lines(w.store, w.plan.id),
                  parent).exec()


def cascade(w: Window, parent: QWidget) -> None:
    """Which of the superior's items the plan addresses; links changed there refresh the window."""
    if w.plan is None:
        return
    from ..cascade_dialog import CascadeDialog

    w.flush()
    CascadeDialog(w.store, w.plan, parent).exec()
    w.refresh()
