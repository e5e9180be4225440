"""English is complete: every window and dialog, walked with the English translation loaded, shows
no Vietnamese but the document's own text (examples of what a Vietnamese document says) and the
office's data; switching the language needs no restart."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_texts import vietnamese_left

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.domain.reporting import MONTH, ReportPeriod
from kehoach_desktop.records import OrganizationData
from kehoach_desktop.services import articles, channels, organization, plans, units
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.i18n import install_translators

# what a Vietnamese document says, shown as such in either language: examples of a plan's
# symbol, title and signer, the header preview, a recipients example inside an English sentence
DOCUMENT_WHERE = {"QLabel:headerPreview", "QLabel:recipientsLabel", "QLineEdit:symbolEdit.placeholder",
                  "QLineEdit:titleEdit.placeholder", "QLineEdit:signerPositionEdit.placeholder",
                  "QLineEdit:numberEdit.placeholder",
                  # examples of an office's own names as its documents write them
                  "QLineEdit:parentEdit.placeholder", "QLineEdit:nameEdit.placeholder",
                  "QLineEdit:abbreviationEdit.placeholder", "QLineEdit:placeEdit.placeholder",
                  "QLineEdit:headerNameEdit.placeholder",
                  # the column a school list must have, as the file says it
                  "QPushButton:schoolsButton.toolTip"}
LANGUAGE_NAMES = {"Tiếng Việt"}
PROPER_NAMES = ("Lạc Thủy", "NĐ-CP")  # a place and a decree keep their names in English
RECORDED = re.compile(r"HistoryDialog:.*\.cell\d+,[45]$")  # old and new values as the history recorded them


@pytest.fixture
def office(opened: OpenedDatabase) -> int:
    """An office whose own data is in English letters, so any Vietnamese left is the interface's."""
    store = opened.store
    organization.save_organization(store, OrganizationData(
        name="Education Office", parent_name="People's Committee", level="phong", place="Hanoi", abbreviation="EO"))
    plan_id = plans.create_plan(store, {"title": "Communication plan 2024", "period": "2024"})
    units.add_unit(store, "Unit A", "internal")
    units.add_unit(store, "School B", "school", email="b@school.example")
    articles.add_article(store, plan_id, "Opening day", published_on=dt.date(2024, 9, 5), url="https://x.example/1")
    return plan_id


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "vi")


def left(widget: QWidget, store: object) -> list[tuple[str, str]]:
    from ui_texts import is_vietnamese

    data = {c.name for c in channels.list_channels(store)}  # type: ignore[arg-type]
    out = []
    for where, text in vietnamese_left(widget, LANGUAGE_NAMES):
        bare = text
        for name in PROPER_NAMES:
            bare = bare.replace(name, "")
        if where in DOCUMENT_WHERE or any(name in text for name in data) or not is_vietnamese(bare) \
                or RECORDED.match(f"{type(widget).__name__}:{where}"):
            continue
        out.append((where, text))
    return out


def dialogs(opened: OpenedDatabase, plan_id: int, tmp_path: Path) -> Iterator[QWidget]:
    from kehoach_desktop.services import documents, history
    from kehoach_desktop.ui.about_dialog import AboutDialog
    from kehoach_desktop.ui.accounts import LoginDialog, UsersDialog
    from kehoach_desktop.ui.article_dialog import ArticleDialog
    from kehoach_desktop.ui.cascade_dialog import CascadeDialog
    from kehoach_desktop.ui.database_dialog import DatabaseDialog
    from kehoach_desktop.ui.district_dialog import DistrictDialog
    from kehoach_desktop.ui.history_dialog import HistoryDialog
    from kehoach_desktop.ui.mail_dialogs import ComposeDialog, MailSettingsDialog, OutboxDialog
    from kehoach_desktop.ui.office_dialog import OfficeDialog
    from kehoach_desktop.ui.opinion_view import OpinionDialog
    from kehoach_desktop.ui.pdf_preview import PdfPreview
    from kehoach_desktop.ui.report_dialog import ReportDialog
    from kehoach_desktop.ui.restore_dialog import RestoreDialog
    from kehoach_desktop.ui.settings_dialog import SettingsDialog
    from kehoach_desktop.ui.sign_dialog import SignatureSettingsDialog, SignDialog
    from kehoach_desktop.ui.targets_dialog import TargetsDialog
    from kehoach_desktop.ui.units_view import PersonDialog, UnitDialog

    store = opened.store
    plan = plans.get_plan(store, plan_id)
    period = ReportPeriod(MONTH, 2024, 9)
    yield ArticleDialog(store, plan_id)
    yield UnitDialog(store, None)
    yield PersonDialog(store, None)
    yield ReportDialog(store, plan_id, opened.data_dir, None, period)
    yield DistrictDialog(store, plan, opened.data_dir, None, period)
    yield CascadeDialog(store, plan)
    yield TargetsDialog(store, plan_id)
    yield OpinionDialog(store, plan_id)
    yield MailSettingsDialog(store)
    yield OutboxDialog(store)
    yield ComposeDialog(store, ["so@example.vn"], "Report", "Dear office", [], None)
    yield SettingsDialog(Settings(language="en"), opened.data_dir)
    yield DatabaseDialog(opened.data_dir, "kehoach.db")
    yield UsersDialog(store)
    yield LoginDialog(store)
    yield OfficeDialog(store)
    yield RestoreDialog(store)
    yield AboutDialog(opened.data_dir, "kehoach.db")
    yield SignatureSettingsDialog(store)
    pdf = documents.export_plan_pdf(store, plan_id, tmp_path / "plan.pdf")
    yield PdfPreview(pdf, pdf.name, None, store=store)
    yield SignDialog(store, pdf)
    yield HistoryDialog("History", history.plan_lines(store, plan_id))


def test_every_window_and_dialog_in_english(qtbot: QtBot, english: None, opened: OpenedDatabase, office: int,
                                            tmp_path: Path) -> None:
    from kehoach_desktop.ui.main_window import MainWindow

    window = MainWindow(opened, Settings(language="en"))
    qtbot.addWidget(window)
    window.refresh_lists(select=office)
    found: dict[str, list[tuple[str, str]]] = {}
    for i in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(i)
        qtbot.wait(50)
    qtbot.wait(300)  # the dashboard fills off the GUI thread
    found["MainWindow"] = left(window, opened.store)
    for dialog in dialogs(opened, office, tmp_path):
        qtbot.addWidget(dialog)
        found[type(dialog).__name__] = left(dialog, opened.store)
    leftovers = {k: v for k, v in found.items() if v}
    for name, items in leftovers.items():
        for where, text in items:
            print(f"LEFT {name} | {where} | {text[:150]}")
    assert leftovers == {}


def test_switching_the_language_needs_no_restart(qtbot: QtBot, qapp: QApplication, opened: OpenedDatabase,
                                                 office: int) -> None:
    from kehoach_desktop.ui.main_window import MainWindow

    install_translators(qapp, "vi")
    window = MainWindow(opened, Settings(language="vi"))
    qtbot.addWidget(window)
    window.refresh_lists(select=office)
    for i in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(i)
        qtbot.wait(20)
    assert window.ui.menuFile.title() == "&Tệp"
    try:
        install_translators(qapp, "en")
        for i in range(window.ui.tabs.count()):  # each tab as the user comes to it
            window.ui.tabs.setCurrentIndex(i)
            qtbot.wait(50)
        qtbot.wait(300)
        assert window.ui.menuFile.title() == "&File"
        assert window.articles.ui.statusCombo.itemText(0) == "Any status"
        assert window.articles.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
            == "Published"
        leftovers = left(window, opened.store)
        for where, text in leftovers:
            print(f"LEFT switch | {where} | {text[:150]}")
        assert leftovers == []
    finally:
        install_translators(qapp, "vi")
    qtbot.wait(100)
    assert window.ui.menuFile.title() == "&Tệp" and window.articles.ui.statusCombo.itemText(0) == "Mọi trạng thái"
