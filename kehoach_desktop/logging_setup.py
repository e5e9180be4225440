"""Logs rotate in the platform's log directory; unhandled errors are logged, never lost."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "kehoach.log"


def setup_logging(directory: Path, level: int = logging.INFO) -> Path | None:
    """Log to a rotating file in `directory` (and warnings to stderr); returns the file path."""
    import logging.handlers  # sockets, pickle, queues: not needed before the window paints

    root = logging.getLogger()
    if logging_active():
        return None
    root.setLevel(level)
    path: Path | None = directory / LOG_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            directory / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._kehoach = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


def logging_active() -> bool:
    return any(getattr(h, "_kehoach", False) for h in logging.getLogger().handlers)


def stop_logging() -> None:
    """Remove the handler setup_logging installed (a command run in-process, as tests do, must not
    leave its log file attached for whatever runs next)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_kehoach", False)]:
        root.removeHandler(handler)
        handler.close()
