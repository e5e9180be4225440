"""Signing from the preview and approving a report, driven as the head of office does."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_signing import OCTOBER, P12_PASSWORD, PW, pki  # noqa: F401  (the module's CA and images)

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.exchange import signing as sg
from kehoach_desktop.services import accounts, documents, plans, reports, signing
from kehoach_desktop.ui import report_dialog as report_module
from kehoach_desktop.ui.pdf_preview import PdfPreview
from kehoach_desktop.ui.report_dialog import ReportDialog
from kehoach_desktop.ui.sign_dialog import SignatureSettingsDialog, SignDialog


@pytest.fixture
def head(opened: OpenedDatabase, demo_plan: int) -> int:
    store = opened.store
    accounts.add_user(store, "hieutruong", PW["hieutruong"], ["approver"], "Nguyễn Xuân Hòa")
    store.acting_as(accounts.login(store, "hieutruong", PW["hieutruong"]))
    return demo_plan


def test_the_head_signs_the_approved_plan_from_its_preview(qtbot: QtBot, opened: OpenedDatabase, head: int,
                                                           tmp_path: Path, pki: dict[str, Path],  # noqa: F811
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store = opened.store
    plans.approve_plan(store, head, PW["hieutruong"])
    pdf = documents.export_plan_pdf(store, head, tmp_path / "ke-hoach.pdf")
    preview = PdfPreview(pdf, pdf.name, None, store=store)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: not preview.checking_signatures, timeout=10_000)
    assert preview.ui.signButton.isVisibleTo(preview) and preview.ui.signaturesLabel.text() == ""

    def fill_and_sign(dialog: SignDialog) -> int:
        assert [dialog.ui.roleCombo.itemData(i) for i in range(dialog.ui.roleCombo.count())] == [sg.LEADER, sg.ATTACHMENT]
        dialog.ui.p12Edit.setText(str(pki["leader"]))
        dialog.ui.p12PasswordEdit.setText("sai mật khẩu")
        dialog.sign()
        qtbot.waitUntil(lambda: bool(dialog.ui.errorLabel.text()), timeout=20_000)
        assert "mật khẩu" in dialog.ui.errorLabel.text() and dialog.signed is None
        dialog.ui.p12PasswordEdit.setText(P12_PASSWORD)
        dialog.ui.imageEdit.setText(str(pki["image"]))
        dialog.sign()
        qtbot.waitUntil(lambda: dialog.signed is not None, timeout=20_000)
        return 1

    monkeypatch.setattr(SignDialog, "exec", fill_and_sign)
    preview.ui.signButton.click()
    assert preview.path.name == "ke-hoach-da-ky.pdf"
    qtbot.waitUntil(lambda: "Nguyễn Xuân Hòa (thủ trưởng)" in preview.ui.signaturesLabel.text(), timeout=10_000)
    assert preview.document.pageCount() > 1
    # the choices (not the password) are offered again next time
    remembered = signing.get_signing_settings(store)
    assert remembered.p12_path == str(pki["leader"]) and remembered.image_path == str(pki["image"])
    # the office's trust roots: the signature is then trusted
    settings = SignatureSettingsDialog(store)
    qtbot.addWidget(settings)
    settings.ui.rootsList.addItem(str(pki["ca"]))
    settings.accept()
    assert signing.verify(store, preview.path).ok


def test_approving_a_report_in_its_dialog_fixes_its_text(qtbot: QtBot, opened: OpenedDatabase, head: int,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store = opened.store
    dialog = ReportDialog(store, head, opened.data_dir, None, OCTOBER)
    qtbot.addWidget(dialog)
    assert dialog.ui.approvalLabel.text() == "Dự thảo" and dialog.ui.approveButton.isVisibleTo(dialog)
    dialog.ui.directionEdit.setPlainText("Phòng đã chỉ đạo các trường.")
    monkeypatch.setattr(report_module, "approval_password", lambda *a: PW["hieutruong"], raising=False)
    import kehoach_desktop.ui.common as common

    monkeypatch.setattr(common, "approval_password", lambda *a: PW["hieutruong"])
    dialog.ui.approveButton.click()
    assert dialog.ui.approvalLabel.text().startswith("Đã duyệt")
    assert dialog.ui.directionEdit.isReadOnly() and dialog.ui.returnButton.isVisibleTo(dialog)
    assert reports.report_status(store, head, OCTOBER)[0] == "approved"
    assert reports.report_data(store, head, OCTOBER).direction == "Phòng đã chỉ đạo các trường."
    dialog.close_dialog()  # closing saves nothing and refuses nothing


def test_checking_a_signed_file_from_the_tools_menu(qtbot: QtBot, opened: OpenedDatabase, head: int,
                                                    tmp_path: Path, pki: dict[str, Path],  # noqa: F811
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Công cụ › Kiểm tra chữ ký số…: the file is checked off the GUI thread, then each signature
    is said (who, as what), and a changed byte is said too."""
    from PySide6.QtWidgets import QFileDialog, QWidget
    from test_signing import p12

    from kehoach_desktop.ui import sign_dialog

    store = opened.store
    plans.approve_plan(store, head, PW["hieutruong"])
    source = documents.export_plan_pdf(store, head, tmp_path / "ke-hoach.pdf")
    signed = signing.sign_document(store, source, tmp_path / "ky.pdf", p12(pki, "leader"), sg.LEADER,
                                   image=pki["image"]).path
    changed = tmp_path / "sua.pdf"
    data = bytearray(signed.read_bytes())
    data[len(data) // 3] ^= 0x01
    changed.write_bytes(bytes(data))
    shown: list[tuple[str, object]] = []
    monkeypatch.setattr(sign_dialog, "show_verification", lambda _p, name, result: shown.append((name, result)))
    parent = QWidget()
    qtbot.addWidget(parent)
    for n, path in enumerate((signed, changed), start=1):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, _p=path, **k: (str(_p), ""))
        sign_dialog.check_signatures(store, parent)
        assert len(shown) == n - 1  # not yet: checked in the background
        qtbot.waitUntil(lambda _n=n: len(shown) == _n, timeout=20_000)
    (first_name, first), (second_name, second) = shown
    assert first_name == "ky.pdf" and [c.role for c in first.signatures] == [sg.LEADER]  # type: ignore[attr-defined]
    assert "Nguyễn Xuân Hòa" in first.signatures[0].signer  # type: ignore[attr-defined]
    assert second_name == "sua.pdf" and not second.ok  # type: ignore[attr-defined]
