"""Every test gets a fresh data directory and database; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kehoach_desktop.bootstrap import OpenedDatabase, open_app_database  # noqa: E402
from kehoach_desktop.services.store import Store  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(d))
    return d


@pytest.fixture
def opened(data_dir: Path) -> Iterator[OpenedDatabase]:
    db = open_app_database(str(data_dir), actor="tester")
    yield db
    db.close()


@pytest.fixture
def store(opened: OpenedDatabase) -> Store:
    return opened.store


@pytest.fixture
def demo_plan(store: Store) -> int:
    from kehoach_desktop.services.demo import load_demo

    return load_demo(store)
