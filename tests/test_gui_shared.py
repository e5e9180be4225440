"""The window when someone else works on the same data (another PC on the office's server, or
another window): a save made from an older copy asks to reload or overwrite, and what the user
typed is never silently lost; choosing the office's server in Công cụ › Cơ sở dữ liệu."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.services import appendix, articles
from kehoach_desktop.services.store import Store
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui import article_dialog, undo
from kehoach_desktop.ui.article_dialog import ArticleDialog
from kehoach_desktop.ui.database_dialog import DatabaseDialog
from kehoach_desktop.ui.main_window import TAB_APPENDIX, MainWindow


def _answer(monkeypatch: pytest.MonkeyPatch, module: object, choice: str) -> list[str]:
    asked: list[str] = []

    def ask(_parent, exc):  # type: ignore[no-untyped-def]
        asked.append(str(exc))
        return choice

    monkeypatch.setattr(module, "ask_stale", ask)
    return asked


def test_the_appendix_asks_before_overwriting_a_theme_saved_elsewhere(
        qtbot: QtBot, opened: OpenedDatabase, demo_plan: int, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    window.ui.tabs.setCurrentIndex(TAB_APPENDIX)
    view = window.appendix
    theme = window.plan.groups[0].themes[0]
    view.select("theme", theme.id)
    asked = _answer(monkeypatch, undo, "overwrite")
    # my own edits one after another, before the screen reloads, are not someone else's
    view.ui.notesEdit.setPlainText("Ghi chú thứ nhất")
    view.notes.flush()
    view.ui.notesEdit.setPlainText("Ghi chú thứ hai")
    view.notes.flush()
    assert asked == [] and appendix.get_theme(opened.store, theme.id).notes == "Ghi chú thứ hai"

    elsewhere = Store(opened.engine, actor="to-truong")
    appendix.update_theme(elsewhere, theme.id, {"notes": "Tổ trưởng sửa ở máy khác"})
    view.ui.notesEdit.setPlainText("Văn thư sửa ở đây")
    view.notes.flush()
    assert len(asked) == 1 and "«to-truong»" in asked[0]
    assert appendix.get_theme(opened.store, theme.id).notes == "Văn thư sửa ở đây"  # overwrite chosen

    appendix.update_theme(elsewhere, theme.id, {"notes": "Tổ trưởng sửa lần nữa"})
    asked = _answer(monkeypatch, undo, "reload")
    view.ui.notesEdit.setPlainText("Văn thư lại sửa")
    view.notes.flush()
    assert len(asked) == 1
    assert appendix.get_theme(opened.store, theme.id).notes == "Tổ trưởng sửa lần nữa"  # reload: theirs kept
    qtbot.waitUntil(lambda: view.ui.notesEdit.toPlainText() == "Tổ trưởng sửa lần nữa")  # and shown


def test_the_article_dialog_keeps_what_was_typed_until_the_user_chooses(
        qtbot: QtBot, opened: OpenedDatabase, demo_plan: int, monkeypatch: pytest.MonkeyPatch) -> None:
    store = opened.store
    art = articles.add_article(store, demo_plan, "Tin bài hai người cùng mở")
    dialog = ArticleDialog(store, demo_plan, art, None)
    qtbot.addWidget(dialog)
    articles.update_article(Store(opened.engine, actor="may-khac"), art, {"authors": "Người ở máy khác"})

    asked = _answer(monkeypatch, article_dialog, "cancel")
    dialog.ui.authorsEdit.setText("Văn thư")
    dialog.accept()
    assert len(asked) == 1 and "«may-khac»" in asked[0]
    assert dialog.result() == 0 and dialog.ui.authorsEdit.text() == "Văn thư"  # still open, text kept
    assert articles.get_article(store, art).authors == "Người ở máy khác"

    _answer(monkeypatch, article_dialog, "reload")
    dialog.accept()
    assert dialog.ui.authorsEdit.text() == "Người ở máy khác" and "tải lại" in dialog.ui.errorLabel.text()

    articles.update_article(Store(opened.engine, actor="may-khac"), art, {"notes": "lần nữa"})
    _answer(monkeypatch, article_dialog, "overwrite")
    dialog.ui.authorsEdit.setText("Văn thư, lần cuối")
    dialog.accept()
    assert articles.get_article(store, art).authors == "Văn thư, lần cuối"


def test_a_server_that_does_not_answer_is_not_saved(qtbot: QtBot, opened: OpenedDatabase) -> None:
    dialog = DatabaseDialog(opened.data_dir, "kehoach.db", None)
    qtbot.addWidget(dialog)
    assert dialog.ui.localRadio.isChecked() and not dialog.ui.serverBox.isEnabled()
    dialog.ui.serverRadio.setChecked(True)
    dialog.ui.hostEdit.setText("127.0.0.1")
    dialog.ui.portSpin.setValue(1)
    dialog.accept()
    assert "không trả lời" in dialog.ui.statusLabel.text() and dialog.result() == 0
    assert dialog.ui.hostEdit.text() == "127.0.0.1"  # what was typed stays
    assert not (opened.data_dir / "server.json").exists()


@pytest.mark.postgres
def test_choosing_the_offices_server(qtbot: QtBot, opened: OpenedDatabase, pg_server) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.bootstrap import resolve_url
    from kehoach_desktop.ui.office_dialog import OfficeDialog

    pg_server.create_database("office_server")
    dialog = DatabaseDialog(opened.data_dir, "kehoach.db", None)
    qtbot.addWidget(dialog)
    dialog.ui.serverRadio.setChecked(True)
    for edit, value in ((dialog.ui.hostEdit, "127.0.0.1"), (dialog.ui.databaseEdit, "office_server"),
                        (dialog.ui.userEdit, "postgres")):
        edit.setText(value)
    dialog.ui.portSpin.setValue(pg_server.port)
    dialog.ui.testButton.click()
    qtbot.waitUntil(lambda: "Kết nối được PostgreSQL" in dialog.ui.statusLabel.text(), timeout=10_000)
    assert "trống" in dialog.ui.statusLabel.text()
    dialog.accept()
    assert dialog.result() == 1 and dialog.changed
    import os

    saved = resolve_url(opened.data_dir, None) if not os.environ.get("KEHOACH_DB_URL") else None
    assert saved is None or f"127.0.0.1:{pg_server.port}/office_server" in saved
    assert '"host": "127.0.0.1"' in (opened.data_dir / "server.json").read_text()
    # a new PC's first start offers the office's server beside starting anew
    first = OfficeDialog(opened.store, None, first_run=True, offer_server=True)
    qtbot.addWidget(first)
    assert first.ui.serverButton.isVisibleTo(first)
    first.ui.serverButton.click()
    assert first.wants_server and first.result() == 0


def test_changes_made_elsewhere_show_when_the_window_comes_to_the_front(
        qtbot: QtBot, opened: OpenedDatabase, demo_plan: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kehoach_desktop.services import plans

    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.show()
    window.refresh_lists(select=demo_plan)
    assert not window.refresh_if_changed_elsewhere()  # nothing new: no reload
    plans.update_plan(Store(opened.engine, actor="may-khac"), demo_plan, {"title": "Kế hoạch do máy khác sửa"})
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.title == "Kế hoạch do máy khác sửa")
    assert "Kế hoạch do máy khác sửa" in window.plan_model.item(0).text()
    assert window._poll_timer.isActive()  # and every minute while in front
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not window._poll_timer.isActive()


@pytest.mark.postgres
def test_an_edit_made_while_the_server_is_away_waits_and_is_stored_when_it_answers(
        qtbot: QtBot, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from pg_server import start_server
    from PySide6.QtWidgets import QMessageBox

    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services.demo import load_demo

    said: list[str] = []
    monkeypatch.setattr(undo, "show_error", lambda _parent, exc: said.append(str(exc)))
    server = start_server()
    try:
        opened = open_app_database(str(tmp_path / "pc"), server.create_database("away"), actor="tester")
        plan_id = load_demo(opened.store)
        window = MainWindow(opened, Settings())
        qtbot.addWidget(window)
        window.show()
        window.refresh_lists(select=plan_id)
        window.ui.tabs.setCurrentIndex(TAB_APPENDIX)
        view = window.appendix
        theme = window.plan.groups[0].themes[0]
        view.select("theme", theme.id)

        server.stop()
        view.ui.notesEdit.setPlainText("Ghi chú gõ khi mất mạng")
        view.notes.flush()
        assert said and "Mất kết nối tới máy chủ" in said[0]
        assert view.ui.notesEdit.toPlainText() == "Ghi chú gõ khi mất mạng"  # not reloaded over
        assert window.history.waiting == 1
        assert not window.refresh_if_changed_elsewhere()  # still away: it keeps waiting

        server.start_again()
        window.refresh_if_changed_elsewhere()
        assert window.history.waiting == 0
        assert appendix.get_theme(opened.store, theme.id).notes == "Ghi chú gõ khi mất mạng"
        window.history.stack.undo()  # and it is an ordinary step: undo works
        assert appendix.get_theme(opened.store, theme.id).notes != "Ghi chú gõ khi mất mạng"
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        window.close()
        opened.close()
    finally:
        server.discard()


def test_a_start_on_a_server_that_does_not_answer_offers_to_try_again_or_fix_the_connection(
        qtbot: QtBot, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import argparse
    import json

    from PySide6.QtWidgets import QMessageBox

    from kehoach_desktop.ui import app, database_dialog

    data = tmp_path / "pc"
    data.mkdir()
    (data / "server.json").write_text(json.dumps({"host": "127.0.0.1", "port": 1, "database": "kehoach",
                                                  "user": "kehoach", "tls": "disable"}))
    monkeypatch.delenv("KEHOACH_DB_URL", raising=False)
    said: list[str] = []
    choices = iter(["Thử lại", "Cài đặt kết nối…", "Thoát"])

    def click(box: QMessageBox) -> int:
        said.append(box.text())
        wanted = next(choices)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    fixed: list[bool] = []

    def fix_connection(dialog) -> int:  # type: ignore[no-untyped-def]
        fixed.append(dialog.ui.serverRadio.isChecked() and dialog.ui.portSpin.value() == 1)
        return 1  # saved (unchanged here): the data is opened again

    monkeypatch.setattr(database_dialog.DatabaseDialog, "exec", fix_connection)
    window = MainWindow(None, Settings())
    qtbot.addWidget(window)
    args = argparse.Namespace(data_dir=str(data), db_url=None, as_user=None, lang=None, command=None)
    starter = app.Starter(window, args, 0.0, data)
    window.show()
    qtbot.waitUntil(lambda: starter.code is not None, timeout=30_000)
    starter.close()
    assert len(said) == 3 and all("127.0.0.1:1/kehoach" in s and "không trả lời" in s for s in said)
    assert fixed == [True]  # the connection settings, filled in with the saved server
    assert starter.code == 1 and not window.isVisible()
