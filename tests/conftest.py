"""Every test gets a fresh data directory and database; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kehoach_desktop.bootstrap import OpenedDatabase, open_app_database  # noqa: E402
from kehoach_desktop.services.store import Store  # noqa: E402


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int | None]]:
    """Data folders built once per test session and copied for each test that needs one: a
    migrated empty database, and the demo office with its plan. Migrating and loading the demo
    for every test was two thirds of the suite's time."""
    from kehoach_desktop.services.demo import load_demo

    base = tmp_path_factory.mktemp("templates")
    out: dict[str, tuple[Path, int | None]] = {}
    for name in ("empty", "demo"):
        folder = base / name
        db = open_app_database(str(folder), actor="tester")
        try:
            plan_id = load_demo(db.store) if name == "demo" else None
        finally:
            db.close()
        shutil.rmtree(folder / "backups", ignore_errors=True)  # each test starts with no backups
        out[name] = (folder, plan_id)
    return out


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
             templates: dict[str, tuple[Path, int | None]]) -> Path:
    """A fresh data folder: a copy of the demo template for a test that asks for the demo plan,
    of the empty migrated database for one that opens the database, else an empty folder."""
    d = tmp_path / "data"
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(d))
    wanted = ("demo" if "demo_plan" in request.fixturenames or "demo_on_disk" in request.fixturenames
              else "empty" if "opened" in request.fixturenames else None)
    if wanted:
        shutil.copytree(templates[wanted][0], d, ignore=shutil.ignore_patterns("*.lock", "backups", "logs"))
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
def demo_plan(store: Store, templates: dict[str, tuple[Path, int | None]]) -> int:
    """The demo plan, already in the database copied from the demo template."""
    plan_id = templates["demo"][1]
    assert plan_id is not None
    return plan_id


@pytest.fixture
def demo_on_disk(data_dir: Path, templates: dict[str, tuple[Path, int | None]]) -> str:
    """The demo's data folder in place and closed (for commands run as a user runs them); returns
    the demo plan's id as the command line prints it."""
    return str(templates["demo"][1])
