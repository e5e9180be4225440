"""Logging an article, submitting it and approving it as the head of office, in the real window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.services import accounts, articles, channels
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.accounts import FIRST, LOGIN, LoginDialog, UsersDialog
from kehoach_desktop.ui.article_dialog import ArticleDialog
from kehoach_desktop.ui.articles_model import COL_STATUS, COL_TITLE, ArticlesModel
from kehoach_desktop.ui.main_window import TAB_ARTICLES, MainWindow


@pytest.fixture
def people(opened: OpenedDatabase, demo_plan: int) -> None:
    store = opened.store
    accounts.add_user(store, "hoa", "truong-phong", ["approver"], "Nguyễn Xuân Hòa")
    store.acting_as(accounts.login(store, "hoa", "truong-phong"))
    accounts.add_user(store, "toan", "van-thu-1", ["editor"], "Nguyễn Đức Toàn")
    store.acting_as(None)


def test_first_account_and_login_dialogs(qtbot: QtBot, opened: OpenedDatabase) -> None:
    first = LoginDialog(opened.store, FIRST)
    qtbot.addWidget(first)
    first.ui.userEdit.setText("hoa")
    first.ui.fullNameEdit.setText("Nguyễn Xuân Hòa")
    first.ui.passwordEdit.setText("truong-phong")
    first.ui.confirmEdit.setText("khac")
    first.accept()
    assert "không khớp" in first.ui.errorLabel.text()
    first.ui.confirmEdit.setText("truong-phong")
    first.accept()
    assert first.user is not None and set(first.user.roles) == {"admin", "approver"}
    login = LoginDialog(opened.store, LOGIN)
    qtbot.addWidget(login)
    login.ui.userEdit.setText("hoa")
    login.ui.passwordEdit.setText("sai")
    login.accept()
    assert "còn 4 lần" in login.ui.errorLabel.text() and login.user is None


def test_log_submit_approve_in_the_window(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int,
                                          people: None, monkeypatch: pytest.MonkeyPatch) -> None:
    store = opened.store
    store.acting_as(accounts.login(store, "toan", "van-thu-1"))
    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    window.ui.tabs.setCurrentIndex(TAB_ARTICLES)
    view = window.articles
    assert not view.ui.approveButton.isVisibleTo(window)  # an editor sees no approve button
    assert view.ui.queueButton.text() == "Chờ duyệt (4)"

    dialog = ArticleDialog(store, demo_plan, None, window)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Ngày hội đọc sách ở Trường Tiểu học Chi Nê")
    dialog.ui.channelCombo.setCurrentIndex(dialog.ui.channelCombo.findData(
        channels.resolve_channel(store, "Fanpage Facebook")))
    dialog.ui.dateEdit.setDate(QDate(2024, 4, 21))
    dialog.ui.urlEdit.setText("không phải đường dẫn")
    dialog.accept()
    assert "http" in dialog.ui.errorLabel.text()
    dialog.ui.urlEdit.setText("https://facebook.com/pgdlacthuy/posts/1")
    dialog.ui.themeList.item(0).setCheckState(dialog.ui.themeList.item(0).checkState().Checked)
    dialog.accept()
    new_id = dialog.article_id
    detail = articles.get_article(store, new_id)
    assert detail.status == "draft" and detail.published_on == dt.date(2024, 4, 21)
    assert len(detail.theme_ids) == 1

    view.ui.searchEdit.setText("ngay hoi doc sach")
    qtbot.waitUntil(lambda: view.model.ids == [new_id])
    view.select(new_id)
    view.ui.submitButton.click()
    assert articles.get_article(store, new_id).status == "pending"
    assert view.ui.queueButton.text() == "Chờ duyệt (5)"

    # the head of office switches in, sees the queue and approves with the password again
    monkeypatch.setattr(LoginDialog, "exec", lambda self: (self.ui.userEdit.setText("hoa"),
                                                           self.ui.passwordEdit.setText("truong-phong"),
                                                           self.accept(), 1)[-1])
    window.ui.actionSwitchUser.trigger()
    assert store.user.username == "hoa"
    assert view.ui.approveButton.isVisibleTo(window)
    view.ui.searchEdit.clear()
    view.ui.queueButton.setChecked(True)
    qtbot.waitUntil(lambda: new_id in view.model.ids)
    assert len(view.model.ids) == 5
    view.select(new_id)
    prompts: list[str] = []
    monkeypatch.setattr(QInputDialog, "exec", lambda self: (prompts.append(self.labelText()),
                                                            self.setTextValue("truong-phong"), 1)[-1])
    view.ui.approveButton.click()
    detail = articles.get_article(store, new_id)
    # the prompt said what was being approved: its title, date and channel
    assert detail.title in prompts[0] and detail.channel in prompts[0]
    assert (detail.published_on.strftime("%d/%m/%Y") if detail.published_on else "—") in prompts[0]
    assert detail.status == "approved" and detail.approved_by == "hoa"
    assert view.ui.queueButton.text() == "Chờ duyệt (4)"
    assert window.ui.tabs.tabText(TAB_ARTICLES) == "&Tin bài (4 chờ duyệt)"

    reopened = ArticleDialog(store, demo_plan, new_id, window)
    qtbot.addWidget(reopened)
    table = reopened.ui.historyTable
    rows = [[table.item(r, c).text() for c in range(2, 6)] for r in range(table.rowCount())]
    assert [r[0] for r in rows] == ["Tạo tin bài", "Gửi duyệt", "Duyệt"]
    assert rows[1][1:] == ["Trạng thái", "Nháp", "Chờ duyệt"] and rows[2][1:] == ["Trạng thái", "Chờ duyệt", "Đã duyệt"]
    assert table.item(2, 1).text() == "hoa"


def test_refused_approval_shows_a_message(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int,
                                          people: None, monkeypatch: pytest.MonkeyPatch) -> None:
    store = opened.store
    store.acting_as(accounts.login(store, "toan", "van-thu-1"))
    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.ui.tabs.setCurrentIndex(TAB_ARTICLES)
    view = window.articles
    view.ui.queueButton.setChecked(True)
    view.select(view.model.ids[0])
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QInputDialog, "exec", lambda self: (self.setTextValue("van-thu-1"), 1)[-1])
    view._transition("approve")  # the button is hidden; the service refuses all the same
    assert warned and "không có quyền" in warned[0]


def test_lazy_model_fetches_windows(opened: OpenedDatabase, demo_plan: int) -> None:
    model = ArticlesModel(opened.store)
    ids = articles.article_ids(opened.store, articles.ArticleFilter(plan_id=demo_plan))
    model.set_ids(ids)
    assert model.rowCount() == len(ids) > 40
    assert model._cache == {}
    assert model.index(3, COL_TITLE).data()
    assert 0 < len(model._cache) <= 200
    assert model.index(len(ids) - 1, COL_STATUS).data() in ("Chờ duyệt", "Đã đăng", "Nháp")


def test_users_dialog_adds_an_account(qtbot: QtBot, opened: OpenedDatabase, people: None) -> None:
    store = opened.store
    store.acting_as(accounts.login(store, "hoa", "truong-phong"))
    dialog = UsersDialog(store)
    qtbot.addWidget(dialog)
    dialog.ui.userEdit.setText("lan")
    dialog.ui.passwordEdit.setText("123456")
    dialog.ui.viewerCheck.setChecked(True)
    dialog.ui.editorCheck.setChecked(False)
    dialog.add()
    assert dialog.ui.table.rowCount() == 3
    assert [u.roles for u in accounts.list_users(store) if u.username == "lan"] == [("viewer",)]


def test_a_search_shows_its_first_rows_then_the_count(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Typing searches at once; a search with more matches than the first page shows those rows
    first and the total when counted off the GUI thread; the plan's per-state counts are not
    recounted for each keystroke."""
    from sqlalchemy import insert

    from kehoach_desktop.db.models import Article
    from kehoach_desktop.domain.text import fold, sort_string
    from kehoach_desktop.ui.articles_model import FIRST_IDS

    many = FIRST_IDS + 137
    rows = [{"plan_id": demo_plan, "title": f"Hội thi giáo viên dạy giỏi số {i}", "kind": "tin",
             "published_on": dt.date(2024, 3, 1 + i % 28), "url": "", "authors": "", "notes": "",
             "status": "published", "return_reason": "", "ever_approved": True, "withdrawn": False,
             "search_folded": fold(f"Hội thi giáo viên dạy giỏi số {i}"),
             "title_sort": sort_string(f"Hội thi {i}"), "created_by": "t", "approved_by": "t"} for i in range(many)]
    with opened.engine.begin() as conn:
        conn.execute(insert(Article), rows)
    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    window.ui.tabs.setCurrentIndex(TAB_ARTICLES)
    view = window.articles
    recounted: list[int] = []
    real = articles.status_counts
    monkeypatch.setattr(articles, "status_counts", lambda *a: (recounted.append(1), real(*a))[1])
    qtbot.keyClicks(view.ui.searchEdit, "day gioi")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5_000)
    assert view.model.rowCount() in (FIRST_IDS, many)  # the first page, or already counted
    qtbot.waitUntil(lambda: not view.counting and view.model.rowCount() == many, timeout=10_000)
    assert view.ui.countLabel.text().startswith(f"{many} tin bài")
    assert "giỏi" in view.model.data(view.model.index(many - 1, COL_TITLE))  # the last row reachable
    assert recounted == []
    qtbot.keyClicks(view.ui.searchEdit, " so 13")  # fewer than a page: exact at once, no count thread
    qtbot.waitUntil(lambda: view.model.rowCount() < FIRST_IDS, timeout=5_000)
    assert not view.counting
    assert {view.model.data(view.model.index(r, COL_TITLE)) for r in range(view.model.rowCount())} >= {
        "Hội thi giáo viên dạy giỏi số 13", "Hội thi giáo viên dạy giỏi số 130"}
