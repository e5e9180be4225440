"""The appendix screen: the table of groups and themes, and the editor of the selected row."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QWidget

from ..domain.text import matches
from ..domain.timing import Timing, TimingKind
from ..records import GroupData, PlanDetail, ThemeData
from ..services import appendix, units
from ..services.errors import ServiceError
from ..services.store import Store
from .appendix_model import DATA_ROLE, GROUP, THEME, AppendixModel
from .common import ID_ROLE, KIND_ROLE, TextCommitter, confirm
from .errors import refused_in
from .generated.ui_appendix_view import Ui_AppendixView
from .undo import History, add_command, delete_command, update_command


class AppendixFilter(QSortFilterProxyModel):
    """Keeps rows whose texts contain every word typed, ignoring accents and case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self.query = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.query = text
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.query.strip():
            return True
        model = self.sourceModel()
        texts = [model.index(row, c, parent).data() or "" for c in range(model.columnCount())]
        return matches(self.query, " ".join(texts))


class AppendixView(QWidget):
    def __init__(self, store: Store, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AppendixView()
        self.ui.setupUi(self)
        self.store = store
        self.history = history
        self.plan: PlanDetail | None = None
        self._versions: dict[int, int] = {}
        self._loading = False
        self._pending: tuple[str, int] | None = None
        self._focus_title = False
        self._edited: tuple[str, int] | None = None
        self._coverage_plan: int | None = None

        self.model = AppendixModel(self)
        self.proxy = AppendixFilter(self)
        self.proxy.setSourceModel(self.model)
        tree = self.ui.tree
        tree.setModel(self.proxy)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((50, 240, 240, 140, 110, 160, 130, 110)):
            tree.setColumnWidth(col, width)
        self.ui.splitter.setSizes([520, 480])
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.model.moveRequested.connect(self._move_requested)
        tree.selectionModel().currentChanged.connect(self._current_changed)
        self.ui.filterEdit.textChanged.connect(self._filter)

        ui = self.ui
        ui.addGroupButton.clicked.connect(self.add_group)
        ui.addThemeButton.clicked.connect(self.add_theme)
        ui.deleteButton.clicked.connect(self.delete_current)
        ui.upButton.clicked.connect(lambda: self.move_current(-1))
        ui.downButton.clicked.connect(lambda: self.move_current(+1))
        ui.moveToCombo.activated.connect(self._move_to_group)
        QShortcut(QKeySequence("Ctrl+Up"), tree, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Ctrl+Down"), tree, lambda: self.move_current(+1))
        QShortcut(QKeySequence("Ctrl+Shift+Up"), tree, lambda: self.move_to_adjacent_group(-1))
        QShortcut(QKeySequence("Ctrl+Shift+Down"), tree, lambda: self.move_to_adjacent_group(+1))

        self.title = TextCommitter(ui.titleEdit, self._commit_title)
        self.forms = TextCommitter(ui.formsEdit, lambda t: self._update({"forms": t.split("\n")}))
        self.notes = TextCommitter(ui.notesEdit, lambda t: self._update({"notes": t}))
        ui.leadList.itemChanged.connect(lambda _i: self._units_changed("lead_unit_ids", ui.leadList))
        ui.supportList.itemChanged.connect(
            lambda _i: self._units_changed("support_unit_ids", ui.supportList))
        for w in (ui.quartersRadio, ui.monthsRadio, ui.deadlineRadio, ui.noTimingRadio,
                  ui.q1Check, ui.q2Check, ui.q3Check, ui.q4Check):
            w.toggled.connect(self._timing_changed)
        self.months = TextCommitter(ui.monthsEdit, lambda _t: self._timing_changed())
        ui.deadlineEdit.dateChanged.connect(self._timing_changed)
        ui.ownerCombo.activated.connect(self._owner_changed)
        ui.newPersonButton.clicked.connect(self._new_person)
        ui.addLeadUnitButton.clicked.connect(lambda: self._new_unit("lead_unit_ids"))
        ui.addSupportUnitButton.clicked.connect(lambda: self._new_unit("support_unit_ids"))
        ui.newUnitEdit.returnPressed.connect(lambda: self._new_unit("lead_unit_ids"))
        self._show_editor(None)
        self.setEnabled(False)

    # --- loading ---------------------------------------------------------------------------
    def set_plan(self, plan: PlanDetail | None) -> None:
        previous = self._pending or self.current_ref()
        self._pending = None
        self.plan = plan
        # the version of each theme as this screen shows it: a save names it (another PC may
        # have saved the same theme since)
        self._versions = {t.id: t.version for g in plan.groups for t in g.themes} if plan else {}
        self.setEnabled(plan is not None)
        self._loading = True
        try:
            self.model.load(plan, self.model.coverage if plan and plan.id == self._coverage_plan else {})
            # coverage reads every published article of the year: filled in after the screen shows
            QTimer.singleShot(0, self, self._fill_coverage)  # dropped with the view if it closes first
            self._span_groups()
            self.ui.tree.expandAll()
            self._fill_move_combo()
            self._fill_unit_lists()
            self._fill_owner_combo()
            if previous and not self.select(*previous) and previous[0] == THEME and plan:
                self._show_editor(None)
        finally:
            self._loading = False
        self._current_changed(self.ui.tree.currentIndex())
        if self._focus_title:
            self._focus_title = False
            self.ui.titleEdit.setFocus()
            self.ui.titleEdit.selectAll()

    def _fill_coverage(self) -> None:
        from ..services import targets

        plan = self.plan
        if plan is None:
            return
        year = min(max(dt.date.today().year, plan.period.start), plan.period.end)
        try:
            rows = targets.coverage(self.store, plan.id, year)
        except ServiceError:  # the server does not answer: the column fills in at the next refresh
            return
        self.model.set_coverage({row.theme_id: row for row in rows})
        self._coverage_plan = plan.id

    def current_ref(self) -> tuple[str, int] | None:
        index = self.ui.tree.currentIndex().siblingAtColumn(0)  # a row's kind and id are on its first cell
        return (index.data(KIND_ROLE), index.data(ID_ROLE)) if index.isValid() else None

    def current_data(self) -> GroupData | ThemeData | None:
        index = self.ui.tree.currentIndex().siblingAtColumn(0)
        return index.data(DATA_ROLE) if index.isValid() else None

    def select(self, kind: str, ident: int) -> bool:
        source = self.model.find(kind, ident)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.ui.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.tree.scrollTo(index)
        return True

    def _span_groups(self) -> None:
        for row in range(self.proxy.rowCount()):
            self.ui.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._span_groups()
        self.ui.tree.expandAll()
        self.ui.tree.setDragEnabled(not text.strip())  # no drag while rows are hidden

    def _fill_move_combo(self) -> None:
        combo = self.ui.moveToCombo
        combo.clear()
        combo.addItem(self.tr("Chuyển sang nhóm…"), None)
        for group in self.plan.groups if self.plan else ():
            combo.addItem(f"{group.numeral}. {_short(group.title)}", group.id)

    def _fill_unit_lists(self) -> None:
        all_units = units.list_units(self.store)
        for widget in (self.ui.leadList, self.ui.supportList):
            widget.blockSignals(True)
            widget.clear()
            for unit in all_units:
                item = QListWidgetItem(unit.name)
                item.setData(ID_ROLE, unit.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
            widget.blockSignals(False)

    def _fill_owner_combo(self) -> None:
        combo = self.ui.ownerCombo
        combo.clear()
        combo.addItem(self.tr("(chưa phân công)"), None)
        for person in units.list_people(self.store):
            label = person.name + (f" — {person.title}" if person.title else "")
            combo.addItem(label, person.id)

    # --- the editor panel ------------------------------------------------------------------
    def _current_changed(self, index: QModelIndex, _prev: QModelIndex | None = None) -> None:
        if not self._loading:
            for committer in (self.title, self.forms, self.notes):
                committer.flush()
        data = index.siblingAtColumn(0).data(DATA_ROLE) if index.isValid() else None
        self._show_editor(data)

    def _show_editor(self, data: GroupData | ThemeData | None) -> None:
        ui = self.ui
        is_theme = isinstance(data, ThemeData)
        self._edited = None
        for w in (ui.formsLabel, ui.formsEdit, ui.leadLabel, ui.leadList, ui.supportLabel,
                  ui.supportList, ui.newUnitEdit, ui.addLeadUnitButton, ui.addSupportUnitButton,
                  ui.timingBox, ui.ownerLabel, ui.ownerCombo, ui.newPersonButton, ui.notesLabel,
                  ui.notesEdit):
            w.setVisible(is_theme)
        ui.titleLabel.setVisible(data is not None)
        ui.titleEdit.setVisible(data is not None)
        ui.moveToCombo.setEnabled(is_theme)
        ui.deleteButton.setEnabled(data is not None)
        ui.upButton.setEnabled(data is not None)
        ui.downButton.setEnabled(data is not None)
        ui.addThemeButton.setEnabled(bool(self.plan and self.plan.groups))
        was_loading, self._loading = self._loading, True
        try:
            if data is None:
                ui.editorTitle.setText(self.tr("Chọn một nội dung để sửa"))
                self.title.load("")
                return
            if isinstance(data, GroupData):
                ui.editorTitle.setText(self.tr("<b>Nhóm {0}</b>").format(data.numeral))
                ui.titleLabel.setText(self.tr("Tên nhóm nội dung:"))
                self.title.load(data.title)
                self._edited = (GROUP, data.id)
                return
            group = next((g for g in self.plan.groups if g.id == data.group_id), None) if self.plan else None
            ui.editorTitle.setText(self.tr("<b>Nội dung {0}.{1}</b>").format(
                group.numeral if group else "?", data.stt))
            ui.titleLabel.setText(self.tr("Nội dung/Chủ đề:"))
            self.title.load(data.title)
            self.forms.load("\n".join(data.forms))
            self.notes.load(data.notes)
            self._check_units(ui.leadList, {u.id for u in data.lead_units})
            self._check_units(ui.supportList, {u.id for u in data.support_units})
            self._load_timing(data.timing)
            ui.ownerCombo.setCurrentIndex(max(0, ui.ownerCombo.findData(data.owner_id)))
            self._edited = (THEME, data.id)
        finally:
            self._loading = was_loading

    def _check_units(self, widget: Any, ids: set[int]) -> None:
        widget.blockSignals(True)
        for row in range(widget.count()):
            item = widget.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked)
        widget.blockSignals(False)

    def _load_timing(self, timing: Timing) -> None:
        ui = self.ui
        radio = {TimingKind.QUARTERS: ui.quartersRadio, TimingKind.MONTHS: ui.monthsRadio,
                 TimingKind.DEADLINE: ui.deadlineRadio, TimingKind.NONE: ui.noTimingRadio}[timing.kind]
        radio.setChecked(True)
        for q, box in enumerate((ui.q1Check, ui.q2Check, ui.q3Check, ui.q4Check), start=1):
            box.setChecked(q in timing.quarters)
        self.months.load(", ".join(str(m) for m in sorted(timing.months)))
        day = timing.deadline or dt.date.today()
        ui.deadlineEdit.setDate(QDate(day.year, day.month, day.day))

    def _commit_title(self, text: str) -> None:
        if self._loading or self._edited is None:
            return
        kind, ident = self._edited
        if kind == GROUP:
            self.history.perform(self.tr("Đổi tên nhóm"),
                                 lambda: appendix.rename_group(self.store, ident, text),
                                 lambda before: (lambda: appendix.rename_group(self.store, ident, before)))
        else:
            self._update({"title": text})

    def _update(self, changes: dict[str, Any]) -> None:
        if self._loading or self._edited is None or self._edited[0] != THEME:
            return
        theme_id = self._edited[1]

        def update(c: dict[str, Any], expected_version: int | None = None) -> dict[str, Any]:
            before = appendix.update_theme(self.store, theme_id, c, expected_version=expected_version)
            self._versions[theme_id] = appendix.theme_version(self.store, theme_id)  # before the view reloads
            return before

        update_command(self.history, self.tr("Sửa nội dung"), update, changes, version=self._versions.get(theme_id))

    def _units_changed(self, key: str, widget: Any) -> None:
        ids = [widget.item(r).data(ID_ROLE) for r in range(widget.count())
               if widget.item(r).checkState() == Qt.CheckState.Checked]
        data = self.current_data()
        if isinstance(data, ThemeData):
            current = [u.id for u in (data.lead_units if key == "lead_unit_ids" else data.support_units)]
            ids = [i for i in current if i in ids] + [i for i in ids if i not in current]
        self._update({key: ids})

    def timing_from_widgets(self) -> Timing:
        ui = self.ui
        if ui.quartersRadio.isChecked():
            quarters = [q for q, box in enumerate((ui.q1Check, ui.q2Check, ui.q3Check, ui.q4Check), 1)
                        if box.isChecked()]
            return Timing.of_quarters(*quarters)
        if ui.monthsRadio.isChecked():
            months: set[int] = set()
            for a, b in re.findall(r"(\d{1,2})\s*-\s*(\d{1,2})", ui.monthsEdit.text()):
                months.update(range(int(a), int(b) + 1))
            months.update(int(n) for n in re.findall(r"\d{1,2}", ui.monthsEdit.text()))
            return Timing.of_months(*[m for m in months if 1 <= m <= 12])
        if ui.deadlineRadio.isChecked():
            day = ui.deadlineEdit.date().toPython()
            assert isinstance(day, dt.date)
            return Timing.of_deadline(day)
        return Timing()

    def _timing_changed(self, *_args: object) -> None:
        if self._loading:
            return
        data = self.current_data()
        timing = self.timing_from_widgets()
        if isinstance(data, ThemeData) and timing != data.timing:
            self._update({"timing": timing})

    def _owner_changed(self, _index: int) -> None:
        self._update({"owner_id": self.ui.ownerCombo.currentData()})

    def _new_person(self) -> None:
        from .units_view import PersonDialog

        dialog = PersonDialog(self.store, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self._fill_owner_combo()
            self.ui.ownerCombo.setCurrentIndex(self.ui.ownerCombo.findData(dialog.saved_id))
            self._update({"owner_id": dialog.saved_id})

    def _new_unit(self, key: str) -> None:
        name = self.ui.newUnitEdit.text()
        data = self.current_data()
        if not isinstance(data, ThemeData) or not name.strip():
            return
        with refused_in(self) as refused:
            unit_id = units.find_or_add_unit(self.store, name)
        if refused:
            return
        self.ui.newUnitEdit.clear()
        current = [u.id for u in (data.lead_units if key == "lead_unit_ids" else data.support_units)]
        if unit_id not in current:
            self._update({key: [*current, unit_id]})

    # --- structure -------------------------------------------------------------------------
    def add_group(self) -> None:
        if self.plan is None:
            return
        plan_id = self.plan.id
        data = self.current_data()
        position = None
        if isinstance(data, GroupData):
            position = data.position + 1
        elif isinstance(data, ThemeData):
            position = next((g.position + 1 for g in self.plan.groups if g.id == data.group_id), None)
        new_id = add_command(
            self.history, self.tr("Thêm nhóm"),
            lambda: appendix.add_group(self.store, plan_id, self.tr("Nhóm nội dung mới"), position),
            lambda gid: appendix.delete_group(self.store, gid),
            lambda snap: appendix.restore_group(self.store, snap))
        if new_id is not None:
            self._pending, self._focus_title = (GROUP, new_id), True

    def add_theme(self) -> None:
        if self.plan is None or not self.plan.groups:
            return
        data = self.current_data()
        if isinstance(data, GroupData):
            group_id, position = data.id, None
        elif isinstance(data, ThemeData):
            group_id, position = data.group_id, data.position + 1
        else:
            group_id, position = self.plan.groups[-1].id, None
        new_id = add_command(
            self.history, self.tr("Thêm nội dung"),
            lambda: appendix.add_theme(self.store, group_id, self.tr("Nội dung mới"), position,
                                       timing=Timing.of_quarters(1, 2, 3, 4)),
            lambda tid: appendix.delete_theme(self.store, tid),
            lambda snap: appendix.restore_theme(self.store, snap))
        if new_id is not None:
            self._pending, self._focus_title = (THEME, new_id), True

    def delete_current(self) -> None:
        data = self.current_data()
        if isinstance(data, GroupData):
            question = self.tr("Xóa nhóm {0} «{1}» cùng {2} nội dung của nhóm?").format(
                data.numeral, _short(data.title), len(data.themes))
            if not confirm(self, self.tr("Xóa nhóm nội dung"), question):
                return
            delete_command(self.history, self.tr("Xóa nhóm"),
                           lambda: appendix.delete_group(self.store, data.id),
                           lambda snap: appendix.restore_group(self.store, snap))
        elif isinstance(data, ThemeData):
            question = self.tr("Xóa nội dung «{0}»?").format(_short(data.title))
            if not confirm(self, self.tr("Xóa nội dung"), question):
                return
            delete_command(self.history, self.tr("Xóa nội dung"),
                           lambda: appendix.delete_theme(self.store, data.id),
                           lambda snap: appendix.restore_theme(self.store, snap))

    def move_current(self, step: int) -> None:
        data = self.current_data()
        if isinstance(data, GroupData):
            self._move(GROUP, data.id, 0, data.position + step)
        elif isinstance(data, ThemeData):
            self._move(THEME, data.id, data.group_id, data.position + step)

    def move_to_adjacent_group(self, step: int) -> None:
        data = self.current_data()
        if not isinstance(data, ThemeData) or self.plan is None:
            return
        ids = [g.id for g in self.plan.groups]
        target = ids.index(data.group_id) + step
        if 0 <= target < len(ids):
            self._move(THEME, data.id, ids[target], 0 if step > 0 else 10_000)

    def _move_to_group(self, _index: int) -> None:
        group_id = self.ui.moveToCombo.currentData()
        self.ui.moveToCombo.setCurrentIndex(0)
        data = self.current_data()
        if group_id is None or not isinstance(data, ThemeData) or group_id == data.group_id:
            return
        self._move(THEME, data.id, group_id, 10_000)

    def _move_requested(self, kind: str, ident: int, group_id: int, position: int) -> None:
        self._move(kind, ident, group_id, position)

    def _move(self, kind: str, ident: int, group_id: int, position: int) -> None:
        if position < 0:
            return
        if kind == GROUP:
            self.history.perform(self.tr("Chuyển nhóm"),
                                 lambda: appendix.move_group(self.store, ident, position),
                                 lambda old: (lambda: appendix.move_group(self.store, ident, old)))
        else:
            self.history.perform(
                self.tr("Chuyển nội dung"),
                lambda: appendix.move_theme(self.store, ident, group_id, position),
                lambda old: (lambda: appendix.move_theme(self.store, ident, old[0], old[1])))
        self._pending = (kind, ident)

    def set_read_only(self, read_only: bool) -> None:
        """An issued plan, a viewer, or a second copy: look, do not touch (services refuse anyway)."""
        ui = self.ui
        for w in (ui.addGroupButton, ui.addThemeButton, ui.deleteButton, ui.upButton, ui.downButton,
                  ui.moveToCombo, ui.editorPanel):
            w.setEnabled(not read_only)
        ui.tree.setDragEnabled(not read_only)

    def flush(self) -> None:
        for committer in (self.title, self.forms, self.notes, self.months):
            committer.flush()


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
