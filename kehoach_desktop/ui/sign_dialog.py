"""Ký số: the signing dialog (from the PDF preview), the office's signing settings, and checking
the signatures of a PDF or a report package."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from ..exchange.signing import AGENCY, ATTACHMENT, LEADER, Credentials
from ..services import signing
from ..services.errors import ServiceError
from ..services.permissions import APPROVER, allowed
from ..services.store import Store
from .errors import refused_in, show_error
from .generated.ui_sign_dialog import Ui_SignDialog
from .generated.ui_signature_settings import Ui_SignatureSettings
from .labels import signature_line, signatures_text
from .tasks import run_task


class SignDialog(QDialog):
    """Sign `pdf` into a new file beside it; `signed` is that file once done."""

    def __init__(self, store: Store, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignDialog()
        self.ui.setupUi(self)
        self.store, self.pdf = store, pdf
        self.signed: Path | None = None
        ui = self.ui
        self.settings = signing.get_signing_settings(store)
        existing = signing.verify(store, pdf)
        roles = [c.role for c in existing.signatures]
        from ..exchange.signing import SigningError, read_marks

        try:
            has_room = read_marks(pdf).signature_space is not None  # an appendix has no signature block
        except SigningError:
            has_room = False
        if allowed(store, APPROVER) and LEADER not in roles and has_room:
            ui.roleCombo.addItem(self.tr("Thủ trưởng đơn vị ký"), LEADER)
        if LEADER in roles and AGENCY not in roles:
            ui.roleCombo.addItem(self.tr("Cơ quan ký, đóng dấu (sau thủ trưởng)"), AGENCY)
        if not roles:
            ui.roleCombo.addItem(self.tr("Cơ quan ký tệp đính kèm (không hình ảnh)"), ATTACHMENT)
        ui.documentLabel.setText(self.tr("Văn bản: {0}\nChữ ký hiện có: {1}").format(pdf.name, signatures_text(existing)))
        ui.p12Edit.setText(self.settings.p12_path)
        ui.tokenInfoLabel.setText(
            self.tr("«{0}» qua {1}").format(self.settings.token_label, Path(self.settings.pkcs11_lib).name)
            if self.settings.pkcs11_lib else self.tr("chưa cài đặt (Công cụ › Cài đặt ký số…)"))
        ui.tokenRadio.setEnabled(bool(self.settings.pkcs11_lib))
        if self.settings.pkcs11_lib and not self.settings.p12_path:
            ui.tokenRadio.setChecked(True)
        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._role_changed())
        ui.fileRadio.toggled.connect(lambda _on: self._source_changed())
        ui.p12Button.clicked.connect(lambda: self._choose(ui.p12Edit, self.tr("Tệp chứng thư số (*.p12 *.pfx)")))
        ui.imageButton.clicked.connect(lambda: self._choose(ui.imageEdit, self.tr("Ảnh PNG (*.png)")))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ký"))
        ui.buttonBox.accepted.connect(self.sign)
        ui.buttonBox.rejected.connect(self.reject)
        if ui.roleCombo.count() == 0:
            ui.errorLabel.setText(self.tr("Không còn chữ ký nào bạn ký được trên văn bản này."))
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._role_changed()
        self._source_changed()

    def role(self) -> str:
        return str(self.ui.roleCombo.currentData() or "")

    def _role_changed(self) -> None:
        ui, role = self.ui, self.role()
        ui.imageLabel.setText(self.tr("Ảnh con &dấu (PNG nền trong suốt):") if role == AGENCY
                              else self.tr("Ảnh &chữ ký (PNG nền trong suốt):"))
        ui.imageEdit.setText(self.settings.seal_path if role == AGENCY else self.settings.image_path)
        for w in (ui.imageLabel, ui.imageEdit, ui.imageButton):
            w.setVisible(role != ATTACHMENT)
        for w in (ui.numberLabel, ui.numberEdit):
            w.setVisible(role == ATTACHMENT)

    def _source_changed(self) -> None:
        ui, by_file = self.ui, self.ui.fileRadio.isChecked()
        for w in (ui.p12Edit, ui.p12Button, ui.p12PasswordEdit, ui.p12PasswordLabel):
            w.setEnabled(by_file)
        for w in (ui.pinEdit, ui.pinLabel):
            w.setEnabled(not by_file)

    def _choose(self, edit: object, kinds: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp"), str(Path.home()), kinds)
        if path:
            edit.setText(path)  # type: ignore[attr-defined]

    def credentials(self) -> Credentials:
        ui = self.ui
        if ui.fileRadio.isChecked():
            return Credentials(p12=Path(ui.p12Edit.text().strip()), p12_password=ui.p12PasswordEdit.text())
        return Credentials(pkcs11_lib=self.settings.pkcs11_lib, token_label=self.settings.token_label,
                           pin=ui.pinEdit.text())

    def sign(self) -> None:
        ui, role = self.ui, self.role()
        if ui.fileRadio.isChecked() and not Path(ui.p12Edit.text().strip()).is_file():
            ui.errorLabel.setText(self.tr("Hãy chọn tệp chứng thư số (.p12, .pfx)."))
            return
        image = ui.imageEdit.text().strip() or None if role != ATTACHMENT else None
        target = self.pdf.with_name(self.pdf.stem.removesuffix("-da-ky") + "-da-ky.pdf")
        credentials, number = self.credentials(), ui.numberEdit.text()
        remembered = replace(self.settings, p12_path=ui.p12Edit.text().strip() if ui.fileRadio.isChecked()
                             else self.settings.p12_path)
        if role == AGENCY:
            remembered = replace(remembered, seal_path=image or "")
        elif role == LEADER:
            remembered = replace(remembered, image_path=image or "")

        def done(result: object) -> None:
            self.signed = result.path  # type: ignore[attr-defined]
            try:
                signing.set_signing_settings(self.store, remembered)
            except ServiceError:
                pass  # remembering the choices is a convenience
            self.accept()

        def failed(exc: BaseException) -> None:
            ui.errorLabel.setText(str(exc))

        run_task(self, self.tr("Đang ký số…"),
                 lambda _p, _c: signing.sign_document(self.store, self.pdf, target, credentials, role, image=image,
                                                      number=number), done, failed)


class SignatureSettingsDialog(QDialog):
    """Công cụ › Cài đặt ký số…: the token's library and label, the timestamp server, the trust roots."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignatureSettings()
        self.ui.setupUi(self)
        self.store = store
        ui = self.ui
        self.current = signing.get_signing_settings(store)
        ui.libEdit.setText(self.current.pkcs11_lib)
        ui.tokenEdit.setText(self.current.token_label)
        ui.tsaEdit.setText(self.current.tsa_url)
        ui.rootsList.addItems(list(self.current.trust_roots))
        ui.libButton.clicked.connect(self._choose_lib)
        ui.addRootButton.clicked.connect(self._add_root)
        ui.removeRootButton.clicked.connect(lambda: [ui.rootsList.takeItem(ui.rootsList.row(i))
                                                     for i in ui.rootsList.selectedItems()])
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _choose_lib(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Thư viện PKCS#11"), str(Path.home()),
                                              self.tr("Thư viện (*.dll *.so *.dylib);;Mọi tệp (*)"))
        if path:
            self.ui.libEdit.setText(path)

    def _add_root(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chứng thư gốc tin cậy"), str(Path.home()),
                                                self.tr("Chứng thư số (*.pem *.crt *.cer *.der);;Mọi tệp (*)"))
        self.ui.rootsList.addItems(paths)

    def accept(self) -> None:
        ui = self.ui
        roots = tuple(ui.rootsList.item(i).text() for i in range(ui.rootsList.count()))
        with refused_in(ui.errorLabel) as refused:
            signing.set_signing_settings(self.store, replace(
                self.current, pkcs11_lib=ui.libEdit.text().strip(), token_label=ui.tokenEdit.text().strip(),
                tsa_url=ui.tsaEdit.text().strip(), trust_roots=roots))
        if refused:
            return
        super().accept()


def check_signatures(store: Store, parent: QWidget) -> None:
    """Công cụ › Kiểm tra chữ ký số…: a PDF or a report package, every signature on it."""
    path, _ = QFileDialog.getOpenFileName(parent, parent.tr("Kiểm tra chữ ký số"), str(Path.home()),
                                          parent.tr("Văn bản PDF, gói báo cáo (*.pdf *.khbc);;Mọi tệp (*)"))
    if not path:
        return
    run_task(parent, parent.tr("Đang kiểm tra chữ ký số…"), lambda _p, _c: signing.verify(store, path),
             lambda result: show_verification(parent, Path(path).name, result), lambda exc: show_error(parent, exc))


def show_verification(parent: QWidget, name: str, result: object) -> None:
    lines = [signature_line(c) for c in getattr(result, "signatures", [])] or [signatures_text(result)]
    details = "\n".join(parent.tr("{0}: chứng thư do «{1}» cấp; {2}").format(c.signer, c.issuer, c.reason or "—")
                        + (parent.tr("; có dấu thời gian") if c.timestamped else "")
                        for c in getattr(result, "signatures", []))
    box = QMessageBox(QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning,  # type: ignore[attr-defined]
                      parent.tr("Chữ ký số"), parent.tr("{0}:").format(name), QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("\n".join(lines))
    if details:
        box.setDetailedText(details)
    box.exec()
