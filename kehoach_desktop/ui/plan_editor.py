"""The plan document: header, basis, body tree, closing, recipients and signer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from ..domain.documents import format_number, nd30_date
from ..records import PlanDetail, SectionData
from ..services import plans, sections
from ..services.store import Store
from .common import ID_ROLE, TextCommitter, confirm
from .generated.ui_plan_editor import Ui_PlanEditor
from .undo import History, add_command, delete_command, update_command

NODE_ROLE = Qt.ItemDataRole.UserRole + 3  # a tree item's SectionData
SECTION_KINDS = ("part", "item", "paragraph", "bullet")
CHILD_KIND = {"part": "item", "item": "bullet", "paragraph": "bullet", "bullet": "bullet"}


class PlanEditor(QWidget):
    def __init__(self, store: Store, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanEditor()
        self.ui.setupUi(self)
        self.store = store
        self.history = history
        self.plan: PlanDetail | None = None
        self._loading = False
        self._section_id: int | None = None
        self._pending_section: int | None = None
        ui = self.ui
        self._kind_labels = self.kind_labels()
        for kind in SECTION_KINDS:
            ui.kindCombo.addItem(self._kind_labels[kind], kind)
        for prefix in plans.SIGNER_PREFIXES:
            ui.signerPrefixCombo.addItem(prefix or self.tr("(ký trực tiếp)"), prefix)

        self.fields: dict[str, TextCommitter] = {
            "number": TextCommitter(ui.numberEdit, lambda t: self._set("number", t.strip() or None)),
            "symbol": TextCommitter(ui.symbolEdit, lambda t: self._set("symbol", t)),
            "place": TextCommitter(ui.placeEdit, lambda t: self._set("place", t)),
            "title": TextCommitter(ui.titleEdit, lambda t: self._set("title", t)),
            "period": TextCommitter(ui.periodEdit, lambda t: self._set("period", t)),
            "intro": TextCommitter(ui.introEdit, lambda t: self._set("intro", t)),
            "closing": TextCommitter(ui.closingEdit, lambda t: self._set("closing", t)),
            "signer_position": TextCommitter(ui.signerPositionEdit,
                                             lambda t: self._set("signer_position", t)),
            "signer_name": TextCommitter(ui.signerNameEdit, lambda t: self._set("signer_name", t)),
        }
        self.basis = TextCommitter(ui.basisEdit, self._set_basis)
        self.recipients = TextCommitter(ui.recipientsEdit, self._set_recipients)
        self.heading = TextCommitter(ui.headingEdit, lambda t: self._set_section("heading", t))
        self.body = TextCommitter(ui.bodyEdit, lambda t: self._set_section("body", t))

        ui.dateCheck.toggled.connect(self._date_changed)
        ui.dateEdit.dateChanged.connect(self._date_changed)
        ui.signerPrefixCombo.activated.connect(
            lambda _i: self._set("signer_prefix", ui.signerPrefixCombo.currentData()))
        ui.kindCombo.activated.connect(
            lambda _i: self._set_section("kind", ui.kindCombo.currentData()))

        self.section_model = QStandardItemModel(self)
        ui.sectionTree.setModel(self.section_model)
        ui.sectionTree.selectionModel().currentChanged.connect(self._section_selected)
        ui.addSiblingButton.clicked.connect(self.add_sibling)
        ui.addChildButton.clicked.connect(self.add_child)
        ui.deleteSectionButton.clicked.connect(self.delete_section)
        ui.upButton.clicked.connect(lambda: self.move_section(-1))
        ui.downButton.clicked.connect(lambda: self.move_section(+1))
        QShortcut(QKeySequence("Ctrl+Up"), ui.sectionTree, lambda: self.move_section(-1))
        QShortcut(QKeySequence("Ctrl+Down"), ui.sectionTree, lambda: self.move_section(+1))
        self.setEnabled(False)

    # --- loading ---------------------------------------------------------------------------
    def kind_labels(self) -> dict[str, str]:
        return {"part": self.tr("Phần (I, II, …)"), "item": self.tr("Mục (1., 1.1.)"),
                "paragraph": self.tr("Đoạn văn"), "bullet": self.tr("Gạch đầu dòng (-)")}

    def retranslate(self) -> None:
        """The texts the code gave the form, in the new language."""
        from .common import relabel

        self._kind_labels = self.kind_labels()
        relabel(self.ui.kindCombo, dict(self._kind_labels))
        relabel(self.ui.signerPrefixCombo, {"": self.tr("(ký trực tiếp)")})

    def set_plan(self, plan: PlanDetail | None) -> None:
        """Show `plan` (None: nothing selected), keeping the selected body section."""
        self.plan = plan
        self.setEnabled(plan is not None)
        if plan is None:
            return
        self._loading = True
        try:
            ui = self.ui
            values = {"number": "" if plan.number is None else str(plan.number),
                      "symbol": plan.symbol, "place": plan.place, "title": plan.title,
                      "period": plan.period.text(), "intro": plan.intro, "closing": plan.closing,
                      "signer_position": plan.signer_position, "signer_name": plan.signer_name}
            for key, committer in self.fields.items():
                committer.load(values[key])
            self.basis.load("\n".join(b.text for b in plan.basis))
            self.recipients.load("\n".join(r.line() for r in plan.recipients))
            ui.dateCheck.setChecked(plan.issued_on is not None)
            ui.dateEdit.setEnabled(plan.issued_on is not None)
            day = plan.issued_on or dt.date.today()
            ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
            ui.signerPrefixCombo.setCurrentIndex(max(0, ui.signerPrefixCombo.findData(plan.signer_prefix)))
            ui.headerPreview.setText(self._header_preview(plan))
            self._load_sections(plan.sections)
        finally:
            self._loading = False

    def _header_preview(self, plan: PlanDetail) -> str:
        number = format_number(plan.number, plan.symbol)
        date = nd30_date(plan.place, plan.issued_on, plan.period.start)
        return self.tr("Số: {0}    —    {1}").format(number, date)

    def _load_sections(self, tree: tuple[SectionData, ...]) -> None:
        current = self._pending_section or self.current_section_id()
        focus_new = self._pending_section is not None
        self._pending_section = None
        self.section_model.clear()

        def add(parent: QStandardItem, nodes: tuple[SectionData, ...]) -> None:
            for node in nodes:
                text = " ".join(x for x in (node.label, node.heading or _preview(node.body)) if x)
                item = QStandardItem(text)
                item.setEditable(False)
                item.setData(node.id, ID_ROLE)
                item.setData(node, NODE_ROLE)
                if node.kind == "part":
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                parent.appendRow(item)
                add(item, node.children)

        add(self.section_model.invisibleRootItem(), tree)
        self.ui.sectionTree.expandAll()
        if current is not None:
            self.select_section(current)
        self._section_selected(self.ui.sectionTree.currentIndex())
        node = self._current_node()
        if focus_new and node is not None:
            editor = self.ui.headingEdit if node.kind in ("part", "item") else self.ui.bodyEdit
            editor.setFocus()
            editor.selectAll()

    # --- header fields ---------------------------------------------------------------------
    def _set(self, field: str, value: Any) -> None:
        if self._loading or self.plan is None:
            return
        plan_id = self.plan.id
        update_command(self.history, self.tr("Sửa kế hoạch"),
                       lambda changes: plans.update_plan(self.store, plan_id, changes), {field: value})

    def _date_changed(self, *_args: object) -> None:
        self.ui.dateEdit.setEnabled(self.ui.dateCheck.isChecked())
        if self._loading:
            return
        day = self.ui.dateEdit.date().toPython() if self.ui.dateCheck.isChecked() else None
        if self.plan is not None and day != self.plan.issued_on:
            self._set("issued_on", day)

    def _set_basis(self, text: str) -> None:
        if self._loading or self.plan is None:
            return
        plan_id = self.plan.id
        self.history.perform(
            self.tr("Sửa căn cứ"),
            lambda: plans.set_basis(self.store, plan_id, text.split("\n")),
            lambda before: (lambda: plans.set_basis(self.store, plan_id, before)))

    def _set_recipients(self, text: str) -> None:
        if self._loading or self.plan is None:
            return
        plan_id = self.plan.id
        rows = [plans.parse_recipient(line) for line in text.split("\n") if line.strip()]
        self.history.perform(
            self.tr("Sửa nơi nhận"),
            lambda: plans.set_recipients(self.store, plan_id, rows),
            lambda before: (lambda: plans.set_recipients(self.store, plan_id, before)))

    def flush(self) -> None:
        """Store whatever is being typed (before switching plans or closing)."""
        for committer in [*self.fields.values(), self.basis, self.recipients, self.heading, self.body]:
            committer.flush()

    # --- body sections ---------------------------------------------------------------------
    def current_section_id(self) -> int | None:
        index = self.ui.sectionTree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _current_node(self) -> SectionData | None:
        index = self.ui.sectionTree.currentIndex()
        return index.data(NODE_ROLE) if index.isValid() else None

    def select_section(self, section_id: int) -> bool:
        matches = self.section_model.match(self.section_model.index(0, 0), ID_ROLE, section_id, 1,
                                           Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        if matches:
            self.ui.sectionTree.selectionModel().setCurrentIndex(
                matches[0], QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return True
        return False

    def _section_selected(self, index: QModelIndex, _prev: QModelIndex | None = None) -> None:
        if not self._loading:  # store what was typed into the section being left
            self.heading.flush()
            self.body.flush()
        node = self._current_node()
        self._section_id = node.id if node else None
        enabled = node is not None
        for w in (self.ui.kindCombo, self.ui.headingEdit, self.ui.bodyEdit,
                  self.ui.deleteSectionButton, self.ui.addChildButton):
            w.setEnabled(enabled)
        self.heading.load(node.heading if node else "")
        self.body.load(node.body if node else "")
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(node.kind if node else "")))

    def _set_section(self, field: str, value: str) -> None:
        section_id = self._section_id
        if self._loading or section_id is None:
            return
        update_command(self.history, self.tr("Sửa mục"),
                       lambda changes: sections.update_section(self.store, section_id, changes),
                       {field: value})

    def add_sibling(self) -> None:
        if self.plan is None:
            return
        node = self._current_node()
        parent = node.parent_id if node else None
        position = node.position + 1 if node else None
        kind = node.kind if node else "part"
        self._add(parent, position, kind)

    def add_child(self) -> None:
        node = self._current_node()
        if self.plan is None or node is None:
            return
        self._add(node.id, None, CHILD_KIND[node.kind])

    def _add(self, parent: int | None, position: int | None, kind: str) -> None:
        assert self.plan is not None
        plan_id = self.plan.id
        new_id = add_command(
            self.history, self.tr("Thêm mục"),
            lambda: sections.add_section(self.store, plan_id, parent, position, kind,
                                         self.tr("Mục mới") if kind in ("part", "item") else "",
                                         "" if kind in ("part", "item") else self.tr("Nội dung mới")),
            lambda sid: sections.delete_section(self.store, sid),
            lambda snap: sections.restore_section(self.store, snap))
        if new_id is not None:
            self._pending_section = new_id

    def delete_section(self) -> None:
        node = self._current_node()
        if node is None:
            return
        if node.children and not confirm(
                self, self.tr("Xóa mục"),
                self.tr("Xóa mục «{0}» cùng {1} mục con? Có thể hoàn tác bằng Ctrl+Z.").format(
                    node.heading or _preview(node.body), len(node.children))):
            return
        delete_command(self.history, self.tr("Xóa mục"),
                       lambda: sections.delete_section(self.store, node.id),
                       lambda snap: sections.restore_section(self.store, snap))

    def move_section(self, step: int) -> None:
        node = self._current_node()
        if node is None:
            return
        target = node.position + step
        if target < 0:
            return
        self.history.perform(
            self.tr("Chuyển mục"),
            lambda: sections.move_section(self.store, node.id, node.parent_id, target),
            lambda old: (lambda: sections.move_section(self.store, node.id, old[0], old[1])))
        self._pending_section = node.id


def _preview(text: str, limit: int = 80) -> str:
    line = text.split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"
