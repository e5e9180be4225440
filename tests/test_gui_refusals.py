"""Nothing the user typed is lost to a refusal: dialog by dialog, a value the services refuse keeps
the dialog open, with what was typed, and says what is wrong."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase


def _article(opened: OpenedDatabase, plan_id: int) -> tuple[QDialog, Callable[[], str], str]:
    from kehoach_desktop.ui.article_dialog import ArticleDialog

    d = ArticleDialog(opened.store, plan_id)
    d.ui.titleEdit.setText("Hội nghị tổng kết")
    d.ui.urlEdit.setText("javascript:alert(1)")  # not a web link
    return d, lambda: d.ui.titleEdit.text() + "|" + d.ui.urlEdit.text(), "Hội nghị tổng kết|javascript:alert(1)"


def _unit(opened: OpenedDatabase, plan_id: int) -> tuple[QDialog, Callable[[], str], str]:
    from kehoach_desktop.ui.units_view import UnitDialog

    d = UnitDialog(opened.store, None)
    d.ui.nameEdit.setText("Tổ Văn phòng")
    d.ui.emailEdit.setText("khong phai thu")
    return d, lambda: d.ui.nameEdit.text() + "|" + d.ui.emailEdit.text(), "Tổ Văn phòng|khong phai thu"


def _person(opened: OpenedDatabase, plan_id: int) -> tuple[QDialog, Callable[[], str], str]:
    from kehoach_desktop.ui.units_view import PersonDialog

    d = PersonDialog(opened.store, None)
    d.ui.titleEdit.setText("Tổ trưởng")  # the name, required, left empty
    return d, lambda: d.ui.titleEdit.text(), "Tổ trưởng"


def _opinion(opened: OpenedDatabase, plan_id: int) -> tuple[QDialog, Callable[[], str], str]:
    from kehoach_desktop.ui.opinion_view import OpinionDialog

    d = OpinionDialog(opened.store, plan_id)
    d.ui.actionsEdit.setPlainText("Đã trả lời phụ huynh")  # the summary, required, left empty
    return d, lambda: d.ui.actionsEdit.toPlainText(), "Đã trả lời phụ huynh"


def _office(opened: OpenedDatabase, plan_id: int) -> tuple[QDialog, Callable[[], str], str]:
    from kehoach_desktop.ui.office_dialog import OfficeDialog

    d = OfficeDialog(opened.store)
    d.ui.nameEdit.setText("")  # the office's name, required
    d.ui.parentEdit.setText("UBND HUYỆN KIM BÔI")
    return d, lambda: d.ui.parentEdit.text(), "UBND HUYỆN KIM BÔI"


def _mail(opened: OpenedDatabase, plan_id: int) -> tuple[QDialog, Callable[[], str], str]:
    from kehoach_desktop.ui.mail_dialogs import MailSettingsDialog

    d = MailSettingsDialog(opened.store)
    d.ui.hostEdit.setText("smtp.example.vn")
    d.ui.fromEdit.setText("khong-phai-dia-chi")
    return d, lambda: d.ui.hostEdit.text() + "|" + d.ui.fromEdit.text(), "smtp.example.vn|khong-phai-dia-chi"


def _signing(opened: OpenedDatabase, plan_id: int) -> tuple[QDialog, Callable[[], str], str]:
    from kehoach_desktop.ui.sign_dialog import SignatureSettingsDialog

    d = SignatureSettingsDialog(opened.store)
    d.ui.tsaEdit.setText("ftp://tsa.example.vn")
    return d, lambda: d.ui.tsaEdit.text(), "ftp://tsa.example.vn"


def _district_unit_email(opened: OpenedDatabase, plan_id: int) -> tuple[QDialog, Callable[[], str], str]:
    from kehoach_desktop.ui.database_dialog import DatabaseDialog

    d = DatabaseDialog(opened.data_dir, "kehoach.db")
    d.ui.serverRadio.setChecked(True)
    d.ui.hostEdit.setText("may chu co dau cach")
    return d, lambda: d.ui.hostEdit.text(), "may chu co dau cach"


CASES = {"article": _article, "unit": _unit, "person": _person, "opinion": _opinion, "office": _office,
         "mail settings": _mail, "signing settings": _signing, "database": _district_unit_email}


@pytest.mark.parametrize("name", list(CASES))
def test_a_refused_value_keeps_the_dialog_and_what_was_typed(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int,
                                                            name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QLabel, QMessageBox

    told: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: told.append(text) or 0)
    dialog, typed, expected = CASES[name](opened, demo_plan)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    qtbot.wait(200)  # a check made off the GUI thread reports back
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible(), f"{name}: the dialog closed"
    assert typed() == expected, f"{name}: what was typed is gone"
    shown = [w.text() for w in dialog.findChildren(QLabel) if w.objectName() in ("errorLabel", "statusLabel")]
    assert any(t.strip() for t in shown) or told, f"{name}: no message says what is wrong"


def test_one_handler_says_a_refusal_where_the_dialog_says_things(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """refused_in: in the dialog's error line when given one, else in a message over the widget;
    the caller goes on knowing it was refused; anything else is not a refusal and goes up."""
    from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

    from kehoach_desktop.services.errors import NotFound, ValidationError
    from kehoach_desktop.ui.errors import refused_in

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text) or 0)
    widget, label = QWidget(), QLabel()
    qtbot.addWidget(widget)
    with refused_in(label) as refused:
        raise ValidationError("Tên đơn vị", "không được để trống.")
    assert refused and "Tên đơn vị" in label.text() and "Tên đơn vị" in str(refused.error) and not told
    with refused_in(widget) as refused:
        raise NotFound("kế hoạch", 7)
    assert refused and told and "7" in told[0]
    with refused_in(label) as refused:
        done = 1
    assert not refused and done == 1
    with pytest.raises(ZeroDivisionError), refused_in(label):
        _ = 1 / 0
