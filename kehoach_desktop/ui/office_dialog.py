"""The office's details, asked for on first start and editable later."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..records import OrganizationData
from ..services import organization
from ..services.store import Store
from .errors import refused_in
from .generated.ui_office_dialog import Ui_OfficeDialog


class OfficeDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None, first_run: bool = False,
                 offer_server: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_OfficeDialog()
        self.ui.setupUi(self)
        self.store = store
        self.saved_id: int | None = None
        self.first_run = first_run
        levels = [("truong", self.tr("Trường")), ("phong", self.tr("Phòng GD&ĐT")),
                  ("so", self.tr("Sở GD&ĐT"))]
        for code, label in levels:
            self.ui.levelCombo.addItem(label, code)
        self.ui.levelCombo.setCurrentIndex(1)
        # a new PC of an office that already works on its server joins it instead of starting anew
        self.wants_server = False
        for widget in (self.ui.serverLabel, self.ui.serverButton):
            widget.setVisible(first_run and offer_server)
        self.ui.serverButton.clicked.connect(self._join_server)
        self.ui.demoCheck.setVisible(first_run)
        self.ui.demoCheck.setChecked(first_run)
        if first_run:
            self.setWindowTitle(self.tr("Chào mừng đến với KeHoach Desktop"))
        current = organization.get_organization(store)
        if current is not None:
            self.ui.parentEdit.setText(current.parent_name)
            self.ui.nameEdit.setText(current.name)
            self.ui.abbreviationEdit.setText(current.abbreviation)
            self.ui.placeEdit.setText(current.place)
            self.ui.levelCombo.setCurrentIndex(max(0, self.ui.levelCombo.findData(current.level)))
            self.ui.emailEdit.setText(current.email)
            self.ui.superiorEmailEdit.setText(current.superior_email)
            self.ui.headerNameEdit.setText(current.header_name.replace("\n", " | "))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Lưu"))

    def _join_server(self) -> None:
        self.wants_server = True
        self.reject()

    @property
    def load_demo(self) -> bool:
        return self.first_run and self.ui.demoCheck.isChecked()

    def data(self) -> OrganizationData:
        return OrganizationData(
            name=self.ui.nameEdit.text(), parent_name=self.ui.parentEdit.text(),
            abbreviation=self.ui.abbreviationEdit.text(), place=self.ui.placeEdit.text(),
            level=self.ui.levelCombo.currentData(), email=self.ui.emailEdit.text(),
            superior_email=self.ui.superiorEmailEdit.text(), header_name=self.ui.headerNameEdit.text(),
        )

    def accept(self) -> None:
        with refused_in(self.ui.errorLabel) as refused:
            self.saved_id = organization.save_organization(self.store, self.data())
        if refused:
            if "Tên trong tiêu đề" in str(refused.error):
                self.ui.headerNameEdit.setFocus()
            elif "Tên đơn vị" in str(refused.error):
                self.ui.nameEdit.setFocus()
            return
        super().accept()
