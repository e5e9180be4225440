"""The GUI driven as a user would: real widgets, real database, pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase, open_app_database
from kehoach_desktop.records import OrganizationData
from kehoach_desktop.services import appendix, organization, plans, units
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.appendix_model import MIME, AppendixModel
from kehoach_desktop.ui.main_window import TAB_APPENDIX, MainWindow
from kehoach_desktop.ui.office_dialog import OfficeDialog


@pytest.fixture
def office(opened: OpenedDatabase) -> None:
    organization.save_organization(opened.store, OrganizationData(
        name="Trường Tiểu học Nhà Mân 2", parent_name="UBND HUYỆN CHÂU THÀNH",
        abbreviation="THNM2", place="Nhà Mân", level="truong"))


@pytest.fixture
def window(qtbot: QtBot, opened: OpenedDatabase) -> MainWindow:
    w = MainWindow(opened, Settings())
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def type_into(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    if hasattr(widget, "setText"):
        widget.setText(text)
        widget.editingFinished.emit()
    else:
        widget.setPlainText(text)
        widget.clearFocus()


def test_create_plan_group_theme_quarters_owner_then_undo(
    qtbot: QtBot, window: MainWindow, office: None, opened: OpenedDatabase
) -> None:
    store = opened.store
    person = units.add_person(store, "Lê Thị Hoa", "Tổ trưởng", "0911 000 111")
    window.ui.actionNewPlan.trigger()
    qtbot.waitUntil(lambda: window.plan is not None)
    plan_id = window.plan.id
    type_into(qtbot, window.editor.ui.titleEdit, "Truyền thông giai đoạn 2017-2020")
    type_into(qtbot, window.editor.ui.periodEdit, "2017-2020")
    qtbot.waitUntil(lambda: window.plan.period.text() == "2017-2020")
    assert plans.get_plan(store, plan_id).title == "Truyền thông giai đoạn 2017-2020"
    assert window.plan_model.item(0).text().startswith("2017-2020")

    window.ui.tabs.setCurrentIndex(TAB_APPENDIX)
    view = window.appendix
    qtbot.mouseClick(view.ui.addGroupButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.plan.groups) == 1)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: view.ui.titleEdit.hasFocus())  # the new group's title is ready for typing
    type_into(qtbot, view.ui.titleEdit, "Tuyên truyền chủ trương, chính sách")
    qtbot.waitUntil(lambda: window.plan.groups[0].title == "Tuyên truyền chủ trương, chính sách")

    qtbot.mouseClick(view.ui.addThemeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.plan.themes()) == 1)
    theme_id = window.plan.themes()[0].id
    type_into(qtbot, view.ui.titleEdit, "Phong trào thi đua dạy tốt, học tốt")
    qtbot.waitUntil(lambda: window.plan.themes()[0].title == "Phong trào thi đua dạy tốt, học tốt")
    # the new theme starts in every quarter: untick III and IV
    view.ui.q3Check.click()
    view.ui.q4Check.click()
    qtbot.waitUntil(lambda: appendix.get_theme(store, theme_id).timing.quarters == {1, 2})
    combo = view.ui.ownerCombo
    combo.setCurrentIndex(combo.findData(person))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: appendix.get_theme(store, theme_id).owner_id == person)

    # what the model shows, once the view has reloaded
    source = view.model
    qtbot.waitUntil(lambda: source.index(0, 6, source.index(0, 0)).data() == "Lê Thị Hoa")
    group_index = source.index(0, 0)
    assert group_index.data() == "I. Tuyên truyền chủ trương, chính sách"
    assert source.index(0, 4, group_index).data() == "Quý I, II"
    assert source.index(0, 6, group_index).data() == "Lê Thị Hoa"

    # undo: owner, then the two quarter changes
    window.ui.actionUndo.trigger()
    qtbot.waitUntil(lambda: appendix.get_theme(store, theme_id).owner_id is None)
    window.ui.actionUndo.trigger()
    qtbot.waitUntil(lambda: appendix.get_theme(store, theme_id).timing.quarters == {1, 2, 4})
    window.ui.actionRedo.trigger()
    qtbot.waitUntil(lambda: appendix.get_theme(store, theme_id).timing.quarters == {1, 2})
    # undo everything back to the empty plan, then redo the theme: same id comes back
    while appendix.theme_count(store, plan_id):
        window.ui.actionUndo.trigger()
    assert [g.title for g in plans.get_plan(store, plan_id).groups] == ["Tuyên truyền chủ trương, chính sách"]
    window.ui.actionRedo.trigger()
    qtbot.waitUntil(lambda: appendix.theme_count(store, plan_id) == 1)
    assert plans.get_plan(store, plan_id).themes()[0].id == theme_id


def test_delete_asks_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, demo_plan: int, opened: OpenedDatabase, yes: list[str]
) -> None:
    window.refresh_lists(select=demo_plan)
    view = window.appendix
    window.ui.tabs.setCurrentIndex(TAB_APPENDIX)
    group = window.plan.groups[1]
    view.select("group", group.id)
    window.ui.actionDelete.trigger()
    assert "5 nội dung" in yes[0]
    qtbot.waitUntil(lambda: len(window.plan.groups) == 8)
    assert view.model.index(1, 0).data().startswith("II. Nâng cao chất lượng")
    window.ui.actionUndo.trigger()
    qtbot.waitUntil(lambda: len(window.plan.groups) == 9)
    assert [t.title for t in window.plan.groups[1].themes][0] == "Giáo dục mầm non"


def test_keyboard_reorder_and_move_to_group(
    qtbot: QtBot, window: MainWindow, demo_plan: int, opened: OpenedDatabase
) -> None:
    window.refresh_lists(select=demo_plan)
    view = window.appendix
    window.ui.tabs.setCurrentIndex(TAB_APPENDIX)
    second = window.plan.groups[1].themes[1]
    view.select("theme", second.id)
    view.ui.tree.setFocus()
    qtbot.keyClick(view.ui.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.plan.groups[1].themes[0].id == second.id)
    assert view.current_ref() == ("theme", second.id)
    view.ui.moveToCombo.setCurrentIndex(view.ui.moveToCombo.findData(window.plan.groups[0].id))
    view.ui.moveToCombo.activated.emit(view.ui.moveToCombo.currentIndex())
    qtbot.waitUntil(lambda: [t.id for t in window.plan.groups[0].themes][-1] == second.id)
    assert len(window.plan.groups[1].themes) == 4


def test_drop_asks_the_service_to_move(opened: OpenedDatabase, demo_plan: int, qtbot: QtBot) -> None:
    model = AppendixModel()
    plan = plans.get_plan(opened.store, demo_plan)
    model.load(plan)
    assert model.rowCount() == 9
    assert model.index(0, 0).data() == "I. Đẩy mạnh đổi mới quản lý nhà nước về GD&ĐT"
    theme = plan.groups[0].themes[0]
    mime = model.mimeData([model.find("theme", theme.id)])
    assert mime.hasFormat(MIME)
    target_group = model.index(2, 0)
    with qtbot.waitSignal(model.moveRequested) as signal:
        accepted = model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, target_group)
    assert accepted is False  # the view must not delete the source row itself
    assert signal.args == ["theme", theme.id, plan.groups[2].id, 1]
    # a theme cannot be dropped at the top level before the first group
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    other = QMimeData()
    other.setText("x")
    assert not model.canDropMimeData(other, Qt.DropAction.MoveAction, 0, 0, target_group)


def test_search_box_finds_themes_without_accents(
    qtbot: QtBot, window: MainWindow, demo_plan: int
) -> None:
    window.ui.searchEdit.setText("chuyen doi so")
    qtbot.waitUntil(lambda: window.hit_model.rowCount() == 1)
    assert window.hit_model.item(0).text() == "Tăng cường ứng dụng CNTT và chuyển đổi số"
    window._hit_clicked(window.hit_model.index(0, 0))
    assert window.ui.tabs.currentIndex() == TAB_APPENDIX
    assert window.appendix.ui.titleEdit.toPlainText() == "Tăng cường ứng dụng CNTT và chuyển đổi số"
    proxy = window.appendix.proxy
    assert proxy.rowCount() == 9
    window.appendix.ui.filterEdit.setText("Dao tao")  # "đào tạo" in a title or a form, accents ignored
    assert proxy.rowCount() == 4
    last = proxy.index(3, 0)
    children = [proxy.data(proxy.index(r, 1, last)) for r in range(proxy.rowCount(last))]
    assert "Thanh tra, kiểm tra và xử lý vi phạm trong lĩnh vực giáo dục và đào tạo" in children
    window.appendix.ui.filterEdit.setText("khong co noi dung nay")
    assert proxy.rowCount() == 0


def test_first_start_dialog(qtbot: QtBot, opened: OpenedDatabase) -> None:
    dialog = OfficeDialog(opened.store, None, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.demoCheck.isChecked()
    dialog.accept()  # no name yet
    assert "Tên đơn vị" in dialog.ui.errorLabel.text()
    assert organization.get_organization(opened.store) is None
    dialog.ui.parentEdit.setText("UBND TỈNH HÒA BÌNH")
    dialog.ui.nameEdit.setText("Sở Giáo dục và Đào tạo tỉnh Hòa Bình")
    dialog.ui.abbreviationEdit.setText("SGDĐT")
    dialog.ui.levelCombo.setCurrentIndex(dialog.ui.levelCombo.findData("so"))
    dialog.accept()
    assert dialog.result() == OfficeDialog.DialogCode.Accepted
    org = organization.get_organization(opened.store)
    assert org.name == "Sở Giáo dục và Đào tạo tỉnh Hòa Bình" and org.level == "so"
    assert dialog.load_demo


def test_second_window_is_read_only_and_says_so(qtbot: QtBot, data_dir: Path, opened: OpenedDatabase,
                                                demo_plan: int, monkeypatch: pytest.MonkeyPatch) -> None:
    second = open_app_database(str(data_dir))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    try:
        w = MainWindow(second, Settings())
        qtbot.addWidget(w)
        assert "CHỈ ĐỌC" in w.windowTitle()
        type_into(qtbot, w.editor.ui.titleEdit, "Sửa từ cửa sổ thứ hai")
        assert warned and "chỉ đọc" in warned[0]
        assert plans.get_plan(opened.store, demo_plan).title.endswith("năm 2024")
        assert w.history.stack.count() == 0
    finally:
        second.close()


def test_copy_plan_from_the_menu(qtbot: QtBot, window: MainWindow, demo_plan: int,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from kehoach_desktop.ui.period_replace_dialog import PeriodReplaceDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2025", True))
    shown: list[PeriodReplaceDialog] = []

    def answer(dialog: PeriodReplaceDialog) -> int:  # untick the first change of a form, keep the others
        shown.append(dialog)
        first_form = next(i for i, c in enumerate(dialog.changes) if c.kind == "form")
        dialog.ui.changesList.item(first_form).setCheckState(Qt.CheckState.Unchecked)
        return 1

    monkeypatch.setattr(PeriodReplaceDialog, "exec", answer)
    window.refresh_lists(select=demo_plan)
    window.ui.actionCopyPlan.trigger()
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.id != demo_plan)
    assert window.plan.title == "Truyền thông về Giáo dục và Đào tạo năm 2025"
    assert len(window.plan.themes()) == 24
    # each change was shown before it was made; the unticked one was not made
    changes = shown[0].changes
    groups = {g.numeral: g for g in window.plan.groups}
    assert groups["VIII"].title == "Kỳ thi THPT và tuyển sinh đại học, cao đẳng năm 2025"
    assert [t.title for t in groups["VIII"].themes][0] == "Kỳ thi tốt nghiệp THPT năm 2025"
    unticked = next(c for c in changes if c.kind == "form")
    texts = [x for g in window.plan.groups for t in g.themes for x in (t.title, *t.forms)]
    assert unticked.old in texts and unticked.new not in texts
    assert window.plan_model.rowCount() == 2


def test_body_sections_basis_recipients_and_signer(
    qtbot: QtBot, window: MainWindow, office: None, opened: OpenedDatabase, yes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = opened.store
    window.ui.actionNewPlan.trigger()
    qtbot.waitUntil(lambda: window.plan is not None)
    plan_id = window.plan.id
    editor = window.editor
    qtbot.mouseClick(editor.ui.addSiblingButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.plan.sections) == 1)
    type_into(qtbot, editor.ui.headingEdit, "MỤC ĐÍCH, YÊU CẦU")
    qtbot.waitUntil(lambda: window.plan.sections[0].heading == "MỤC ĐÍCH, YÊU CẦU")
    qtbot.mouseClick(editor.ui.addChildButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.plan.sections[0].children) == 1)
    assert window.plan.sections[0].children[0].label == "1."
    type_into(qtbot, editor.ui.basisEdit, "Căn cứ Luật Giáo dục;\nThực hiện Kế hoạch số 453/KH-SGD&ĐT.")
    type_into(qtbot, editor.ui.recipientsEdit, "Sở GD&ĐT (để b/c)\nLưu: VT")
    type_into(qtbot, editor.ui.signerPositionEdit, "HIỆU TRƯỞNG")
    prefix = editor.ui.signerPrefixCombo
    prefix.setCurrentIndex(prefix.findData("KT."))
    prefix.activated.emit(prefix.currentIndex())
    plan = plans.get_plan(store, plan_id)
    assert [b.text for b in plan.basis] == ["Căn cứ Luật Giáo dục;", "Thực hiện Kế hoạch số 453/KH-SGD&ĐT."]
    assert [(r.name, r.purpose) for r in plan.recipients] == [("Sở GD&ĐT", "để b/c"), ("Lưu: VT", "")]
    assert (plan.signer_prefix, plan.signer_position) == ("KT.", "HIỆU TRƯỞNG")
    # a period whose end is before its start is refused with a message and not stored
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    type_into(qtbot, editor.ui.periodEdit, "2025-2020")
    assert warned and "Thời kỳ" in warned[0] and "trước năm bắt đầu" in warned[0]
    qtbot.waitUntil(lambda: editor.ui.periodEdit.text() != "2025-2020")
    assert plans.get_plan(store, plan_id).period.start == plan.period.start


def test_delete_key_in_a_text_field_deletes_text_not_rows(
    qtbot: QtBot, window: MainWindow, demo_plan: int, yes: list[str]
) -> None:
    window.refresh_lists(select=demo_plan)
    window.ui.tabs.setCurrentIndex(TAB_APPENDIX)
    view = window.appendix
    view.select("theme", window.plan.groups[0].themes[0].id)
    view.ui.newUnitEdit.setFocus()
    view.ui.newUnitEdit.setText("abc")
    view.ui.newUnitEdit.setCursorPosition(0)
    qtbot.keyClick(view.ui.newUnitEdit, Qt.Key.Key_Delete)
    assert view.ui.newUnitEdit.text() == "bc"
    assert yes == []
    assert len(window.plan.themes()) == 24


def test_units_and_people_are_added_and_deleted_with_undo(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch, yes: list[str]
) -> None:
    from kehoach_desktop.ui import units_view
    from kehoach_desktop.ui.undo import History

    history = History()
    view = units_view.UnitsView(opened.store, history)
    qtbot.addWidget(view)
    history.changed.connect(view.reload)
    view.reload()

    def dialog_fills(dialog: type, **fields: str) -> None:
        def exec_(self) -> int:  # type: ignore[no-untyped-def]
            for name, value in fields.items():
                getattr(self.ui, name).setText(value)
            self.accept()
            return self.result()
        monkeypatch.setattr(dialog, "exec", exec_)

    def shown(table) -> list[str]:  # type: ignore[no-untyped-def]
        model = table.model()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    def select(table, text: str) -> None:  # type: ignore[no-untyped-def]
        table.setCurrentIndex(table.model().index(shown(table).index(text), 0))

    dialog_fills(units_view.UnitDialog, nameEdit="Trường Tiểu học Nhà Mân 2", emailEdit="c1nhaman2@example.vn")
    view.add_unit()
    assert shown(view.ui.unitTable) == ["Trường Tiểu học Nhà Mân 2"]
    history.stack.undo()
    assert shown(view.ui.unitTable) == [] and units.list_units(opened.store) == []
    history.stack.redo()
    assert [u.email for u in units.list_units(opened.store)] == ["c1nhaman2@example.vn"]

    dialog_fills(units_view.PersonDialog, nameEdit="Lê Thị Hoa", phoneEdit="0911 000 111")
    view.add_person()
    select(view.ui.personTable, "Lê Thị Hoa")
    view.delete_person()
    assert "Lê Thị Hoa" in yes[-1] and shown(view.ui.personTable) == []
    history.stack.undo()
    assert [(p.name, p.phone) for p in units.list_people(opened.store)] == [("Lê Thị Hoa", "0911 000 111")]

    select(view.ui.unitTable, "Trường Tiểu học Nhà Mân 2")
    view.delete_unit()
    assert yes[-1] == "Xóa đơn vị «Trường Tiểu học Nhà Mân 2»?" and units.list_units(opened.store) == []
    history.stack.undo()
    assert shown(view.ui.unitTable) == ["Trường Tiểu học Nhà Mân 2"]

    steps = (history.stack.count(), history.stack.undoText(), history.stack.redoText())
    assert steps == (3, "Thêm cán bộ", "Xóa đơn vị")
    dialog_fills(units_view.PersonDialog, nameEdit="Lê Văn Hùng", phoneEdit="số máy lẻ 12")
    view.add_person()  # refused in the dialog, which stays open: nothing added, no undo step
    assert [p.name for p in units.list_people(opened.store)] == ["Lê Thị Hoa"]
    assert (history.stack.count(), history.stack.undoText(), history.stack.redoText()) == steps
