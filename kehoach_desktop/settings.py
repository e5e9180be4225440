"""User settings: defaults in code, merged into what is stored; a corrupt file never crashes."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from .files import write_atomically

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    language: str = "vi"
    last_plan_id: int | None = None
    last_report_period: str = ""  # the report dialog opens on the period last chosen ("2024-10w15")
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""

    @classmethod
    def load(cls, directory: Path) -> Settings:
        path = directory / SETTINGS_FILE
        if not path.exists():
            return cls()
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(stored, dict):
                raise ValueError("not an object")
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); replaced by defaults", path, exc)
            broken = path.with_suffix(".json.broken")
            try:
                path.replace(broken)
            except OSError:
                pass
            return cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
        settings = cls(**values)
        if settings.language not in ("vi", "en"):
            settings.language = "vi"
        return settings

    def save(self, directory: Path) -> None:
        """Written to a temporary file and moved into place, so a crash leaves the old file."""
        text = json.dumps(asdict(self), ensure_ascii=False, indent=1)
        write_atomically(directory / SETTINGS_FILE, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
