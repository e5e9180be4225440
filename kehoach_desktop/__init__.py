"""KeHoach Desktop: the yearly communication plan of a Vietnamese education office."""

__version__ = "0.1.0"

APP_NAME = "KeHoachDesktop"
APP_DISPLAY_NAME = "KeHoach Desktop"
APP_ORG = "KeHoach"
# One reverse-DNS id for the .desktop file, AppStream metadata, icon and Qt.
APP_ID = "vn.edu.kehoach.KeHoachDesktop"
