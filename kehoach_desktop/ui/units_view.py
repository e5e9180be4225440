"""Units and people: the lists, and the dialogs to add or change one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QWidget

from ..services import channels, units
from ..services.store import Store
from .common import ID_ROLE, SORT_ROLE, collation_string, confirm
from .errors import refused_in
from .generated.ui_person_dialog import Ui_PersonDialog
from .generated.ui_unit_dialog import Ui_UnitDialog
from .labels import channel_kind_labels
from .undo import History, ServiceCommand, delete_command


def unit_kind_labels(_widget: QWidget | None = None) -> dict[str, str]:
    return {"internal": QCoreApplication.translate("UnitKind", "Bộ phận nội bộ"),
            "school": QCoreApplication.translate("UnitKind", "Trường trực thuộc"),
            "partner": QCoreApplication.translate("UnitKind", "Đối tác bên ngoài")}


class UnitDialog(QDialog):
    def __init__(self, store: Store, unit_id: int | None, parent: QWidget | None = None,
                 history: History | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnitDialog()
        self.ui.setupUi(self)
        self.store, self.unit_id, self.history = store, unit_id, history
        self.saved_id: int | None = None
        for code, label in unit_kind_labels(self).items():
            self.ui.kindCombo.addItem(label, code)
        if unit_id is not None:
            unit = units.get_unit(store, unit_id)
            self.ui.nameEdit.setText(unit.name)
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(unit.kind))
            self.ui.notesEdit.setPlainText(unit.notes)
            self.ui.emailEdit.setText(unit.email)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        name, kind = self.ui.nameEdit.text(), self.ui.kindCombo.currentData()
        notes, email = self.ui.notesEdit.toPlainText(), self.ui.emailEdit.text()
        with refused_in(self.ui.errorLabel) as refused:
            if self.unit_id is None:
                self.saved_id = units.add_unit(self.store, name, kind, notes, email)
            else:
                unit_id = self.unit_id
                changes = {"name": name, "kind": kind, "notes": notes, "email": email}
                if self.history is not None:
                    before = units.update_unit(self.store, unit_id, changes)
                    self.history.stack.push(_after_the_fact(
                        self.history, self.tr("Sửa đơn vị"),
                        lambda: units.update_unit(self.store, unit_id, changes),
                        lambda: units.update_unit(self.store, unit_id, before)))
                else:
                    units.update_unit(self.store, unit_id, changes)
                self.saved_id = unit_id
        if refused:
            return
        super().accept()


class PersonDialog(QDialog):
    def __init__(self, store: Store, person_id: int | None, parent: QWidget | None = None,
                 history: History | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.store, self.person_id, self.history = store, person_id, history
        self.saved_id: int | None = None
        self.ui.unitCombo.addItem(self.tr("(không thuộc đơn vị nào)"), None)
        for unit in units.list_units(store):
            self.ui.unitCombo.addItem(unit.name, unit.id)
        if person_id is not None:
            p = units.get_person(store, person_id)
            self.ui.nameEdit.setText(p.name)
            self.ui.titleEdit.setText(p.title)
            self.ui.phoneEdit.setText(p.phone)
            self.ui.emailEdit.setText(p.email)
            self.ui.unitCombo.setCurrentIndex(max(0, self.ui.unitCombo.findData(p.unit_id)))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> dict[str, object]:
        return {"name": self.ui.nameEdit.text(), "title": self.ui.titleEdit.text(),
                "phone": self.ui.phoneEdit.text(), "email": self.ui.emailEdit.text(),
                "unit_id": self.ui.unitCombo.currentData()}

    def accept(self) -> None:
        values = self.values()
        with refused_in(self.ui.errorLabel) as refused:
            if self.person_id is None:
                self.saved_id = units.add_person(self.store, **values)  # type: ignore[arg-type]
            else:
                pid = self.person_id
                before = units.update_person(self.store, pid, values)
                if self.history is not None:
                    self.history.stack.push(_after_the_fact(
                        self.history, self.tr("Sửa cán bộ"),
                        lambda: units.update_person(self.store, pid, values),
                        lambda: units.update_person(self.store, pid, before)))
                self.saved_id = pid
        if refused:
            return
        super().accept()


def _after_the_fact(history: History, text: str, redo: Callable[[], Any],
                    undo: Callable[[], Any]) -> ServiceCommand:
    """A command for an edit a dialog has already stored."""
    return ServiceCommand(text, redo, undo, history)


class UnitsView(QWidget):
    def __init__(self, store: Store, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .generated.ui_units_view import Ui_UnitsView

        self.ui = Ui_UnitsView()
        self.ui.setupUi(self)
        self.store, self.history = store, history
        self.unit_model = QStandardItemModel(self)
        self.person_model = QStandardItemModel(self)
        for table, model in ((self.ui.unitTable, self.unit_model),
                             (self.ui.personTable, self.person_model)):
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SORT_ROLE)
            table.setModel(proxy)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        self.ui.unitTable.doubleClicked.connect(lambda _i: self.edit_unit())
        self.ui.personTable.doubleClicked.connect(lambda _i: self.edit_person())
        self.ui.addUnitButton.clicked.connect(self.add_unit)
        self.ui.editUnitButton.clicked.connect(self.edit_unit)
        self.ui.deleteUnitButton.clicked.connect(self.delete_unit)
        self.ui.addPersonButton.clicked.connect(self.add_person)
        self.ui.editPersonButton.clicked.connect(self.edit_person)
        self.ui.deletePersonButton.clicked.connect(self.delete_person)
        self.ui.addChannelButton.clicked.connect(self.add_channel)

    def reload(self) -> None:
        labels = unit_kind_labels(self)
        self.unit_model.clear()
        self.unit_model.setHorizontalHeaderLabels([self.tr("Tên đơn vị"), self.tr("Loại"),
                                                   self.tr("Số nội dung")])
        for unit in units.list_units(self.store):
            row = [QStandardItem(unit.name), QStandardItem(labels.get(unit.kind, unit.kind)),
                   QStandardItem(str(units.unit_usage(self.store, unit.id)))]
            for item in row:
                item.setEditable(False)
                item.setData(unit.id, ID_ROLE)
                item.setData(collation_string(item.text()), SORT_ROLE)
            row[2].setData(int(row[2].text()), SORT_ROLE)
            self.unit_model.appendRow(row)
        self.person_model.clear()
        self.person_model.setHorizontalHeaderLabels([
            self.tr("Họ tên"), self.tr("Chức vụ"), self.tr("Điện thoại"), self.tr("Thư điện tử"),
            self.tr("Đơn vị")])
        for p in units.list_people(self.store):
            row = [QStandardItem(x) for x in (p.name, p.title, p.phone, p.email, p.unit_name)]
            for item in row:
                item.setEditable(False)
                item.setData(p.id, ID_ROLE)
                item.setData(collation_string(item.text()), SORT_ROLE)
            self.person_model.appendRow(row)
        for table in (self.ui.unitTable, self.ui.personTable):
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        kinds = channel_kind_labels()
        self.ui.channelList.clear()
        for c in channels.list_channels(self.store):
            self.ui.channelList.addItem(f"{c.name} — {kinds.get(c.kind, c.kind)}")

    def add_channel(self) -> None:
        kinds = channel_kind_labels()
        name, ok = QInputDialog.getText(self, self.tr("Thêm kênh"), self.tr("Tên kênh (ví dụ: Báo Hòa Bình):"))
        if not ok or not name.strip():
            return
        label, ok = QInputDialog.getItem(self, self.tr("Thêm kênh"), self.tr("Loại kênh:"),
                                         list(kinds.values()), 0, False)
        if not ok:
            return
        kind = next(k for k, v in kinds.items() if v == label)
        with refused_in(self):
            channels.add_channel(self.store, name, kind)
        self.reload()

    def _selected(self, table) -> int | None:  # type: ignore[no-untyped-def]
        index = table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def add_unit(self) -> None:
        self._add(UnitDialog(self.store, None, self), self.tr("Thêm đơn vị"), units.delete_unit, units.restore_unit)

    def edit_unit(self) -> None:
        unit_id = self._selected(self.ui.unitTable)
        if unit_id is not None and UnitDialog(self.store, unit_id, self, self.history).exec():
            self.history.changed.emit()

    def delete_unit(self) -> None:
        self._delete(self.ui.unitTable, self.tr("Xóa đơn vị"),
                     lambda unit_id: self.tr("Xóa đơn vị «{0}»?").format(units.get_unit(self.store, unit_id).name),
                     units.delete_unit, units.restore_unit)

    def add_person(self) -> None:
        self._add(PersonDialog(self.store, None, self), self.tr("Thêm cán bộ"), units.delete_person,
                  units.restore_person)

    def edit_person(self) -> None:
        pid = self._selected(self.ui.personTable)
        if pid is not None and PersonDialog(self.store, pid, self, self.history).exec():
            self.history.changed.emit()

    def delete_person(self) -> None:
        self._delete(self.ui.personTable, self.tr("Xóa cán bộ"),
                     lambda pid: self.tr("Xóa cán bộ «{0}»? Các nội dung do người này phụ trách sẽ chưa có "
                                         "người phụ trách.").format(units.get_person(self.store, pid).name),
                     units.delete_person, units.restore_person)

    def _add(self, dialog: UnitDialog | PersonDialog, text: str, delete: Callable[[Store, int], Any],
             restore: Callable[[Store, Any], Any]) -> None:
        """A row the dialog has stored, undone by deleting it and redone by restoring it."""
        if dialog.exec() and dialog.saved_id is not None:
            new_id = dialog.saved_id
            state: dict[str, Any] = {}
            self.history.stack.push(_after_the_fact(
                self.history, text, lambda: restore(self.store, state["snap"]),
                lambda: state.update(snap=delete(self.store, new_id))))
            self.history.changed.emit()

    def _delete(self, table: Any, text: str, question: Callable[[int], str], delete: Callable[[Store, int], Any],
                restore: Callable[[Store, Any], Any]) -> None:
        """The selected row deleted once the user confirms; undo restores it."""
        row_id = self._selected(table)
        if row_id is None or not confirm(self, text, question(row_id)):
            return
        delete_command(self.history, text, lambda: delete(self.store, row_id),
                       lambda snap: restore(self.store, snap))

