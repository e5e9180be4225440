"""What the user reads: histories as one row per change, workflow steps offered only where they
apply, dates and periods that fit the plan, an outbox that lets an unsent message go."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.domain.documents import default_issue_date
from kehoach_desktop.domain.reporting import ReportPeriod, default_report_period
from kehoach_desktop.services import accounts, articles, channels, history, mail, plans
from kehoach_desktop.services.errors import Conflict
from kehoach_desktop.services.store import Store
from kehoach_desktop.settings import Settings

D = dt.date


def test_a_history_reads_one_change_per_row(store: Store, demo_plan: int) -> None:
    channels.ensure_default_channels(store)
    web = channels.list_channels(store)[0]
    aid = articles.add_article(store, demo_plan, "Tin về tuyển sinh lớp 10", published_on=D(2024, 5, 3),
                               channel_id=web.id, url="https://pgd.edu.vn/a")
    articles.update_article(store, aid, {"published_on": D(2024, 5, 6), "title": "Tin về tuyển sinh lớp 10 năm 2024"})
    articles.transition(store, aid, "submit")
    lines = history.article_lines(store, aid)
    rows = [(line.event, line.field, line.old, line.new) for line in lines]
    assert rows[0] == ("Tạo tin bài", "", "", "Tin về tuyển sinh lớp 10")
    assert ("Sửa tin bài", "Ngày đăng", "03/05/2024", "06/05/2024") in rows
    assert ("Sửa tin bài", "Tiêu đề", "Tin về tuyển sinh lớp 10", "Tin về tuyển sinh lớp 10 năm 2024") in rows
    assert rows[-1] == ("Gửi duyệt", "Trạng thái", "Nháp", "Chờ duyệt")
    for line in history.plan_lines(store, demo_plan) + lines:
        shown = " ".join((line.event, line.field, line.old, line.new))
        for raw in ("null", "None", "status:", "_id", "{", "["):
            assert raw not in shown, f"«{raw}» in «{shown}»"
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", shown), f"an ISO date in «{shown}»"


def test_plan_events_appear_as_events(store: Store, demo_plan: int) -> None:
    accounts.add_user(store, "hoa", "truong-phong", ["approver"])
    store.acting_as(accounts.login(store, "hoa", "truong-phong"))
    plans.approve_plan(store, demo_plan, "truong-phong")
    plans.issue_plan(store, demo_plan, 115, D(2024, 2, 7))
    events = [(line.event, line.field, line.old, line.new) for line in history.plan_lines(store, demo_plan)]
    assert ("Duyệt", "Trạng thái", "Dự thảo", "Đã duyệt") in events
    assert any(e[0] == "Ban hành" and e[3] in ("115", "07/02/2024", "Đã ban hành") for e in events)


@pytest.mark.parametrize("first, last, today, expected", [
    (2024, 2024, D(2024, 2, 7), D(2024, 2, 7)),
    (2025, 2025, D(2024, 12, 20), D(2024, 12, 20)),  # next year's plan, issued in advance
    (2022, 2022, D(2026, 11, 23), None),  # another year's plan: the user types the date
    (2024, 2025, D(2025, 9, 1), D(2025, 9, 1)),
])
def test_the_issue_date_offered_fits_the_plan(first: int, last: int, today: D, expected: D | None) -> None:
    assert default_issue_date(first, last, today) == expected


def test_the_window_offers_no_date_for_another_years_plan(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.ui.main_window import MainWindow

    accounts.add_user(opened.store, "hoa", "truong-phong", ["approver"])
    opened.store.acting_as(accounts.login(opened.store, "hoa", "truong-phong"))
    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    # a draft can be approved, not returned or issued
    assert window.ui.actionApprovePlan.isEnabled()
    assert not window.ui.actionReturnPlan.isEnabled() and not window.ui.actionIssuePlan.isEnabled()
    monkeypatch.setattr(QInputDialog, "exec", lambda self: (self.setTextValue("truong-phong"), 1)[-1])
    window.ui.actionApprovePlan.trigger()
    assert window.ui.actionReturnPlan.isEnabled() and window.ui.actionIssuePlan.isEnabled()
    assert not window.ui.actionApprovePlan.isEnabled()
    offered: list[str] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (12, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (offered.append(k.get("text", "")), ("", False))[1])
    window.ui.actionIssuePlan.trigger()  # the demo plan is of 2024; today is later
    assert offered == [default_issue_date(2024, 2024, dt.date.today()).strftime("%d/%m/%Y")
                       if default_issue_date(2024, 2024, dt.date.today()) else ""]


def test_the_report_dialog_opens_on_the_period_last_chosen(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.ui.main_window import MainWindow
    from kehoach_desktop.ui.report_dialog import ReportDialog

    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    opened_on: list[str] = []

    def choose(dialog: ReportDialog) -> int:
        opened_on.append(dialog.period().key)
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("semester"))
        dialog.ui.indexCombo.setCurrentIndex(dialog.ui.indexCombo.findData(2))
        return 0

    monkeypatch.setattr(ReportDialog, "exec", choose)
    window.ui.actionReport.trigger()
    monkeypatch.setattr(ReportDialog, "exec", lambda dialog: (opened_on.append(dialog.period().key), 0)[1])
    window.ui.actionReport.trigger()
    # a 2024 plan opened later than 2024: first the year's report, then the half year chosen
    assert opened_on[0] == (default_report_period(2024, 2024, dt.date.today()).key)
    assert opened_on[1] == "2024-S2" and window.settings.last_report_period == "2024-S2"


def test_default_report_period_stays_within_the_plan() -> None:
    assert default_report_period(2024, 2024, D(2024, 10, 20)) == ReportPeriod("month", 2024, 10)
    assert default_report_period(2024, 2024, D(2026, 1, 5)) == ReportPeriod("year", 2024)
    assert default_report_period(2024, 2024, D(2026, 1, 5), "2024-10w15") == ReportPeriod("month", 2024, 10, 15)
    assert default_report_period(2025, 2025, D(2026, 1, 5), "2024-10") == ReportPeriod("year", 2025)
    assert default_report_period(2027, 2027, D(2026, 1, 5), "garbage") == ReportPeriod("month", 2027, 1)


def test_an_unsent_message_can_be_removed_a_sent_one_cannot(qtbot: QtBot, store: Store, demo_plan: int,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.db.models import MailMessage
    from kehoach_desktop.ui.mail_dialogs import OutboxDialog

    unsent = mail.queue(store, ["so@gddt.vn"], [], "Báo cáo tháng 10", "", [])
    sent = mail.queue(store, ["so@gddt.vn"], [], "Báo cáo tháng 9", "", [])
    with store.write() as s:
        s.get(MailMessage, sent).status = "sent"
    with pytest.raises(Conflict, match="đã gửi"):
        mail.discard(store, sent)
    dialog = OutboxDialog(store)
    qtbot.addWidget(dialog)
    rows = {dialog.ui.table.item(r, 2).text(): r for r in range(dialog.ui.table.rowCount())}
    dialog.ui.table.setCurrentCell(rows["Báo cáo tháng 9"], 0)
    assert not dialog.ui.discardButton.isEnabled() and not dialog.ui.retryButton.isEnabled()
    dialog.ui.table.setCurrentCell(rows["Báo cáo tháng 10"], 0)
    assert dialog.ui.discardButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.ui.discardButton.click()
    assert [m.id for m in mail.outbox(store)] == [sent]
    assert dialog.ui.table.rowCount() == 1
    assert unsent not in [m.id for m in mail.outbox(store)]


def test_an_import_reads_as_an_event(store: Store, demo_plan: int, tmp_path: Path) -> None:
    from appendix_fixtures import superior_xlsx

    from kehoach_desktop.exchange.appendix_import import read_appendix
    from kehoach_desktop.services import transfer

    new_plan = plans.create_plan(store, {"title": "Truyền thông năm 2025", "period": "2025"})
    transfer.import_appendix(store, new_plan, read_appendix(superior_xlsx(tmp_path / "so.xlsx")))
    rows = [(line.event, line.field, line.new) for line in history.plan_lines(store, new_plan)]
    assert ("Nhập phụ lục", "Nguồn", "so.xlsx") in rows and ("Nhập phụ lục", "Số nội dung", "24") in rows
    assert all(field in ("", *history.FIELD_LABELS.values()) for _e, field, _n in rows)
