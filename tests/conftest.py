"""Every test gets a fresh data directory and database; Qt runs offscreen.

Every test that opens a database runs twice in the one session `make test` starts: on SQLite, and
on a fresh PostgreSQL database (a copy of a template database) on a real server each worker starts
when its first such test comes (the ids end in `sqlite` and `postgresql`). Tests that use the
window, that are about SQLite's file itself (marked `sqlite_only`) or about a document's look on
the page (`layout`) run on SQLite only; the server's own tests (`postgres`) on PostgreSQL only.
KEHOACH_TEST_DB=sqlite or =postgresql runs one of the two. A server that cannot start fails the run."""

from __future__ import annotations

import contextlib
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from kehoach_desktop.bootstrap import OpenedDatabase, open_app_database  # noqa: E402
from kehoach_desktop.services.store import Store  # noqa: E402

KINDS = tuple(kind for kind in ("sqlite", "postgresql") if os.environ.get("KEHOACH_TEST_DB", kind) == kind)


def pytest_configure(config: pytest.Config) -> None:
    if not KINDS:
        raise pytest.UsageError("KEHOACH_TEST_DB is sqlite, postgresql, or unset (both)")
    config.addinivalue_line("markers", "sqlite_only: not run on PostgreSQL: about SQLite's own file (locks, damage, WAL), or a case the server needs once")
    config.addinivalue_line("markers", "postgres: about the shared server itself: run only on PostgreSQL")
    config.addinivalue_line("markers", "layout: about a document's look on the page, made from the demo: not run "
                                       "again on PostgreSQL, where test_server compares every document the server "
                                       "gives with the one the file gives")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that opens a database is one test per kind of database (pytest_collection_modifyitems
    then keeps the pairs that are wanted)."""
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend_kind", KINDS, indirect=True, scope="session")


def _wanted(item: pytest.Item) -> bool:
    """On SQLite: all but the server's own tests. On PostgreSQL: the server's own tests and every
    test that opens a database, except window tests, SQLite-only ones and those about a document's
    layout. A test with no database runs once."""
    names = getattr(item, "fixturenames", ())
    on_server = item.get_closest_marker("postgres") is not None
    callspec = getattr(item, "callspec", None)
    kind = callspec.params.get("backend_kind") if callspec is not None else None
    if kind == "postgresql":
        return on_server or ("data_dir" in names and "qtbot" not in names
                             and item.get_closest_marker("sqlite_only") is None
                             and item.get_closest_marker("layout") is None)
    if kind == "sqlite":
        return not on_server
    return ("postgresql" if on_server else "sqlite") in KINDS


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep, drop = [], []
    for item in items:
        (keep if _wanted(item) else drop).append(item)
    items[:] = keep
    if drop:
        config.hook.pytest_deselected(items=drop)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashes() -> Iterator[object]:
    """Argon2 at the application's cost (19 MiB, about 40 ms a hash) was a tenth of the suite's
    time: in this process the tests hash at the smallest cost. A command run as a child process
    verifies those hashes (Argon2 reads the cost from the hash) and raises them to its own cost at
    the first login, as it does for any hash made at an older cost. Yields the application's hasher."""
    from argon2 import PasswordHasher

    from kehoach_desktop.services import accounts

    own = accounts._ARGON2
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_ARGON2", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
        yield own


@pytest.fixture
def application_password_cost(cheap_password_hashes: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """For a test about the cost itself: passwords hashed as the application hashes them."""
    from kehoach_desktop.services import accounts

    monkeypatch.setattr(accounts, "_ARGON2", cheap_password_hashes)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real PostgreSQL server for this test process (each xdist worker starts its own)."""
    from pg_server import start_server

    server = start_server()  # ServerUnavailable is an error, never a skip
    yield server
    server.discard(wait=False)  # a worker's hundred-odd databases took 5-8 s to delete


class Backend:
    """Data folders (with their database) built once and copied per test. On SQLite the database
    is the file in the folder; on PostgreSQL each folder has a template database beside it, and a
    copy is a new database made from that template (CREATE DATABASE … TEMPLATE)."""

    def __init__(self, server: object | None) -> None:
        self.server = server
        self.databases: dict[Path, str] = {}
        self.counter = iter(range(1, 10**9))

    def build(self, folder: Path, fill: Callable[[Store], object] | None = None, source: Path | None = None) -> object:
        """Make `folder` a template: a copy of `source` (or empty and migrated), then `fill`."""
        if source is not None:
            shutil.copytree(source, folder, ignore=shutil.ignore_patterns("*.lock", "backups", "logs"))
        else:
            folder.mkdir(parents=True)
        url = None
        if self.server is not None:
            name = f"tpl{next(self.counter)}_{os.getpid()}"
            url = self.server.create_database(name, template=self.databases.get(source) if source else None)  # type: ignore[attr-defined]
            self.databases[folder] = name
        db = open_app_database(str(folder), url, actor="tester")
        try:
            result = fill(db.store) if fill else None
        finally:
            db.close()
        shutil.rmtree(folder / "backups", ignore_errors=True)  # each test starts with no backups
        return result

    def copy(self, template: Path | None, dest: Path) -> str | None:
        """A fresh copy of a template folder (None: an empty folder, and on PostgreSQL an empty
        database); returns the database address to use, None for the folder's own SQLite file."""
        if template is not None:
            shutil.copytree(template, dest, ignore=shutil.ignore_patterns("*.lock", "backups", "logs"))
        if self.server is None:
            return None
        name = f"t{next(self.counter)}_{os.getpid()}"
        url: str = self.server.create_database(name, template=self.databases.get(template) if template else None)  # type: ignore[attr-defined]
        return url


@pytest.fixture(scope="session")
def backend_kind(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql": the kind of database of this test (pytest_generate_tests)."""
    return str(request.param)


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest, backend_kind: str) -> Backend:
    return Backend(request.getfixturevalue("pg_server") if backend_kind == "postgresql" else None)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory, backend: Backend) -> dict[str, tuple[Path, int | None]]:
    """Data folders built once per test session and copied for each test that needs one: a
    migrated empty database, and the demo office with its plan. Migrating and loading the demo
    for every test was two thirds of the suite's time."""
    from kehoach_desktop.services.demo import load_demo

    base = tmp_path_factory.mktemp("templates")
    backend.build(base / "empty")
    plan_id = backend.build(base / "demo", load_demo)
    assert isinstance(plan_id, int)
    return {"empty": (base / "empty", None), "demo": (base / "demo", plan_id)}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
             templates: dict[str, tuple[Path, int | None]], backend: Backend) -> Path:
    """A fresh data folder: a copy of the demo template for a test that asks for the demo plan,
    of the empty migrated database for one that opens the database, else an empty folder."""
    d = tmp_path / "data"
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(d))
    wanted = ("demo" if "demo_plan" in request.fixturenames or "demo_on_disk" in request.fixturenames
              else "empty" if "opened" in request.fixturenames else None)
    url = backend.copy(templates[wanted][0] if wanted else None, d)
    if url:
        monkeypatch.setenv("KEHOACH_DB_URL", url)
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


@pytest.fixture(scope="session")
def read_once() -> Iterator[Callable[[Path], contextlib.AbstractContextManager[Any]]]:
    """pdfplumber's reading of a PDF that does not change (one a module-scoped fixture rendered),
    kept for the session: pdfplumber keeps a page's characters and lines once it has read them,
    and reading them again was most of the layout tests' time. `with read_once(path) as pdf:`."""
    import pdfplumber

    opened: dict[Path, Any] = {}

    def reading(path: Path) -> contextlib.AbstractContextManager[Any]:
        if path not in opened:
            opened[path] = pdfplumber.open(path)
        return contextlib.nullcontext(opened[path])

    yield reading
    for pdf in opened.values():
        pdf.close()


@pytest.fixture(autouse=True)
def no_log_file_left_attached() -> Iterator[None]:
    """A command or a window run in-process detaches the log file it attached: one left behind
    makes every later test's logging go to that test's folder (and hides a later command's own)."""
    yield
    from kehoach_desktop.logging_setup import logging_active, stop_logging

    if logging_active():
        stop_logging()
        pytest.fail("the test left KeHoach's log file attached to the root logger")
