"""The PySide6 user interface: windows and dialogs built from forms/*.ui, Qt models, undo."""
