"""Where things live: user data, logs, backups, and the resources the application ships."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from . import APP_NAME

ENV_DATA_DIR = "KEHOACH_DATA_DIR"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $KEHOACH_DATA_DIR, else the platform's user data directory."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    return Path(chosen).expanduser().resolve() if chosen else _dirs().user_data_path


def log_dir(data: Path | None = None) -> Path:
    """Logs go beside the data when the data directory is overridden (portable use, tests)."""
    if data is not None and (os.environ.get(ENV_DATA_DIR) or data != _dirs().user_data_path):
        return data / "logs"
    return _dirs().user_log_path


def partials_journal(data: Path) -> Path:
    """Where every process notes the export files it has begun, so a killed one's are cleared."""
    return data / "partial-files.journal"


def backup_dir(data: Path) -> Path:
    return data / "backups"


def resources_dir() -> Path:
    """The shipped resources: the source tree's resources/, or a copy inside the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError("không tìm thấy thư mục resources của KeHoach Desktop")


def document_folder(directory: Path) -> Path:
    """A new folder under the data folder's outbox/ for the documents of one preview, print or
    message (kept, so that what was sent can be found again)."""
    import datetime as dt

    folder = directory / "outbox" / dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
