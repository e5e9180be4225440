"""Settings: the interface language (and where the data lives)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ..settings import Settings
from .generated.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.ui.languageCombo.addItem("Tiếng Việt", "vi")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(settings.language)))
        self.ui.dataDirLabel.setText(str(data_dir))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        self.settings.language = self.ui.languageCombo.currentData()
        super().accept()
