"""Backups that restore, and damaged or newer databases recognised at open without touching them."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from kehoach_desktop.bootstrap import DatabaseError, open_app_database
from kehoach_desktop.cli import main
from kehoach_desktop.db import backup as db_backup
from kehoach_desktop.db import server_backup
from kehoach_desktop.services import backups, plans


def backup_names(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "backups").glob("*")) if (data / "backups").exists() else []


def test_a_backup_is_checked_before_it_gets_its_name(opened, demo_plan: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = opened.store
    made = backups.make_backup(store)
    assert db_backup.check_file(made) == "ok" and not list(made.parent.glob("*.part"))
    assert not Path(f"{made}-wal").exists()  # one self-contained file
    info = backups.describe(made)
    assert (info.plans, info.articles, info.sound) == (1, 50, True)
    # a copy that does not check out leaves nothing under a backup's name
    before = backup_names(opened.data_dir)
    monkeypatch.setattr(db_backup, "check_file", lambda _p: "*** page 3: btreeInitPage() returns error code 11")
    with pytest.raises(Exception, match="hỏng"):
        backups.make_backup(store)
    assert backup_names(opened.data_dir) == before


def test_an_empty_file_under_a_backups_name_does_not_stop_the_daily_backup(opened, demo_plan: int) -> None:  # type: ignore[no-untyped-def]
    folder = opened.data_dir / "backups"
    folder.mkdir(exist_ok=True)
    empty = folder / f"kehoach-{dt.datetime.now():%Y%m%d-%H%M%S-%f}-daily.db"
    empty.write_bytes(b"")
    made = server_backup.backup_if_due(opened.engine, folder)
    assert made is not None and made != empty and db_backup.check_file(made) == "ok"
    assert empty.with_name(empty.name + ".damaged").exists()


def test_rotation_keeps_the_newest_of_each_kind(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2024, 1, 1, 8, 0)
    for i in range(25):
        (folder / f"kehoach-{start + dt.timedelta(days=i):%Y%m%d-%H%M%S-%f}-daily.db").write_bytes(b"x")
    (folder / f"kehoach-{start:%Y%m%d-%H%M%S-%f}-before-migration-0003.db").write_bytes(b"x")
    db_backup.rotate(folder)
    kinds = [b.kind for b in db_backup.list_backups(folder)]
    assert kinds.count("daily") == db_backup.KEEP["daily"] and kinds.count("before-migration") == 1
    newest = db_backup.list_backups(folder)[0]
    assert newest.made == start + dt.timedelta(days=24)


def _data_with_demo(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    db = open_app_database(str(data), actor="tester")
    from kehoach_desktop.services.demo import load_demo

    load_demo(db.store)
    backups.make_backup(db.store)
    db.close()
    return data


def test_a_newer_schema_is_refused_untouched_however_often(tmp_path: Path) -> None:
    data = _data_with_demo(tmp_path)
    con = sqlite3.connect(data / "kehoach.db")
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    before, content = backup_names(data), (data / "kehoach.db").read_bytes()
    for _ in range(21):
        with pytest.raises(DatabaseError, match="phiên bản KeHoach mới hơn"):
            open_app_database(str(data), actor="tester")
    assert backup_names(data) == before and (data / "kehoach.db").read_bytes() == content


@pytest.mark.parametrize("damage", ["empty", "garbage"])
def test_a_damaged_database_is_named_and_the_newest_good_backup_offered(tmp_path: Path, damage: str) -> None:
    data = _data_with_demo(tmp_path)
    db_file = data / "kehoach.db"
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    if damage == "empty":
        db_file.write_bytes(b"")
    else:
        size = db_file.stat().st_size
        with db_file.open("r+b") as fh:
            fh.seek(size // 2 // 4096 * 4096)
            fh.write(os.urandom(4096))
    before = backup_names(data)
    with pytest.raises(DatabaseError) as refused:
        open_app_database(str(data), actor="tester")
    message = str(refused.value)
    assert str(db_file) in message and "bị hỏng" in message and "kehoach restore" in message
    assert backup_names(data) == before  # the damaged file was not copied into a backup


def test_restore_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _data_with_demo(tmp_path)
    [good] = [b for b in db_backup.list_backups(data / "backups") if b.kind == "manual"]
    db = open_app_database(str(data), actor="tester")
    plans.delete_plan(db.store, plans.list_plans(db.store)[0].id)
    assert plans.list_plans(db.store) == []
    db.close()
    assert main(["--data-dir", str(data), "restore", str(good.path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 kế hoạch, 50 tin bài" in out and "before-restore" in out
    db = open_app_database(str(data), actor="tester")
    try:
        assert len(plans.list_plans(db.store)) == 1  # the deleted plan is back
    finally:
        db.close()
    assert main(["--data-dir", str(data), "backup", "list", "--json"]) == 0
    assert '"kind": "before-restore"' in capsys.readouterr().out


def test_back_up_and_restore_from_the_window(qtbot, opened, demo_plan: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from kehoach_desktop.settings import Settings
    from kehoach_desktop.ui.main_window import MainWindow
    from kehoach_desktop.ui.restore_dialog import RestoreDialog

    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    shown: list[RestoreDialog] = []

    def use(dialog: RestoreDialog) -> int:
        shown.append(dialog)
        dialog.ui.backupButton.click()
        qtbot.waitUntil(lambda: "Đã sao lưu" in dialog.ui.errorLabel.text(), timeout=20_000)
        plans.delete_plan(opened.store, demo_plan)  # a mistake made after the backup
        row = next(r for r, b in enumerate(dialog.found) if b.kind == "manual")
        dialog.ui.table.selectRow(row)
        assert dialog.ui.restoreButton.isEnabled()
        assert dialog.ui.table.item(row, 1).text() == "1" and dialog.ui.table.item(row, 2).text() == "50"
        dialog.ui.restoreButton.click()
        qtbot.waitUntil(lambda: dialog.restored, timeout=20_000)
        return 0

    monkeypatch.setattr(RestoreDialog, "exec", use)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.ui.actionRestore.trigger()
    assert shown and [p.id for p in plans.list_plans(opened.store)] == [demo_plan]
    assert window.plan_model.rowCount() == 1  # the window shows the restored data
    assert any(b.kind == "before-restore" for b in db_backup.list_backups(opened.data_dir / "backups"))


def test_closing_backs_up_unless_a_backup_is_fresh(opened, demo_plan: int) -> None:  # type: ignore[no-untyped-def]
    if opened.engine.dialect.name != "sqlite":  # the server's data is copied off to the side, not on close
        assert backups.scheduled_backup(opened.store, "on-close") is None
        first = backups.scheduled_backup(opened.store, "periodic")
        assert first is not None and "periodic" in first.name
        assert backups.scheduled_backup(opened.store, "periodic") is None  # once a day
        return
    assert backups.scheduled_backup(opened.store, "on-close") is None  # the daily one made at opening is fresh
    for made in (opened.data_dir / "backups").glob("kehoach-*.db"):
        made.unlink()
    first = backups.scheduled_backup(opened.store, "on-close")
    assert first is not None and "on-close" in first.name
    assert backups.scheduled_backup(opened.store, "on-close") is None  # the one just made is fresh


def test_the_window_checks_the_whole_file_after_it_shows(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox, QWidget

    from kehoach_desktop.ui.app import check_in_background

    data = _data_with_demo(tmp_path)
    db_file = data / "kehoach.db"
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with db_file.open("r+b") as fh:
        fh.seek(db_file.stat().st_size // 2 // 4096 * 4096)
        fh.write(os.urandom(4096))
    opened = open_app_database(str(data), actor="tester", thorough=False)  # the window opens at once
    try:
        said: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
        parent = QWidget()
        qtbot.addWidget(parent)
        check_in_background(parent, opened).wait(timeout=30)
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
        assert str(db_file) in said[0] and "bị hỏng" in said[0]
    finally:
        opened.close()


@pytest.mark.sqlite_only
def test_what_a_killed_backup_or_restore_left_goes_at_the_next_open(data_dir: Path) -> None:
    """A backup or a restore killed midway leaves a hidden .part file; the next writer to open the
    data removes it at once (not a day later)."""
    from kehoach_desktop.bootstrap import open_app_database

    db = open_app_database(str(data_dir), actor="tester")
    db.close()
    left = [data_dir / "backups" / ".kehoach-20261201-101010-daily.db.part", data_dir / ".kehoach.db.restore.part",
            data_dir / "backups" / ".kehoach-20261201-101010-daily.db.part-journal",
            data_dir / "backups" / ".kehoach-20261201-101011-manual.db.part-wal"]
    for p in left:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"half a database")
    db = open_app_database(str(data_dir), actor="tester")
    db.close()
    assert [p for p in left if p.exists()] == []


@pytest.mark.sqlite_only
def test_a_killed_exports_partial_file_goes_at_the_next_open(data_dir: Path, tmp_path: Path) -> None:
    """An export killed midway leaves a hidden partial beside its target, wherever that is; the
    journal in the data folder names it, and the next writer to open the data removes it."""
    import subprocess
    import sys

    from kehoach_desktop.bootstrap import open_app_database

    db = open_app_database(str(data_dir), actor="tester")
    db.close()
    out = tmp_path / "xuat"
    out.mkdir()
    script = ("import os, sys\nfrom kehoach_desktop.bootstrap import open_app_database\n"
              "from kehoach_desktop.files import write_atomically\n"
              "db = open_app_database(sys.argv[1], actor='w', reader=True)\n"
              "write_atomically(sys.argv[2], lambda tmp: os._exit(9))\n")
    done = subprocess.run([sys.executable, "-c", script, str(data_dir), str(out / "bao-cao.pdf")], timeout=60)
    assert done.returncode == 9
    assert len(list(out.glob(".*.part"))) == 1  # what the killed export left
    db = open_app_database(str(data_dir), actor="tester")
    db.close()
    assert list(out.glob(".*.part")) == [] and not (out / "bao-cao.pdf").exists()


def test_a_partial_file_is_in_the_journal_before_it_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed at any moment, an export leaves no partial file the journal does not name: the name
    is noted first, the file made after (a kill between the two leaves a name and no file)."""
    from kehoach_desktop import files

    journal = tmp_path / "partial-files.journal"
    monkeypatch.setattr(files, "_journal", journal)
    noted: list[tuple[str, bool]] = []
    note = files._note
    monkeypatch.setattr(files, "_note", lambda tmp: (noted.append((tmp, Path(tmp).exists())), note(tmp)))
    seen: list[str] = []
    files.write_atomically(tmp_path / "ke-hoach.pdf", lambda tmp: seen.append(tmp) or Path(tmp).write_bytes(b"%PDF"))
    assert [name for name, _existed in noted] == seen and not any(existed for _name, existed in noted)
    assert seen[0] in journal.read_text(encoding="utf-8") and (tmp_path / "ke-hoach.pdf").read_bytes() == b"%PDF"
    assert files.clear_abandoned(journal) == []  # this process's own line, and no file left to remove


def test_a_report_package_half_written_leaves_nothing_the_journal_does_not_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report package (.khbc) is written as every export is: its partial file noted in the
    journal first (it was an unnoted `.partial-…` file beside the target, left there by a kill),
    and nothing at the target unless whole."""
    import zipfile

    from district_fixtures import figures_of, generated_schools, make_attachments, write

    from kehoach_desktop import files

    journal = tmp_path / "partial-files.journal"
    monkeypatch.setattr(files, "_journal", journal)
    school = next(s for s in generated_schools() if s.sent is not None)
    attachments = make_attachments(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    writestr = zipfile.ZipFile.writestr
    calls: list[str] = []

    def failing(self, name, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(name)
        if len(calls) == 3:  # the power goes in the middle of the package
            raise OSError("ổ đĩa hết chỗ trống")
        return writestr(self, name, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing)
    with pytest.raises(OSError, match="hết chỗ"):
        write(out, "goi.khbc", figures_of(school), school.sent, attachments)
    assert list(out.iterdir()) == []  # neither the package nor a partial file
    noted = journal.read_text(encoding="utf-8")
    assert str(out / ".goi-") in noted and noted.rstrip().endswith(".part")
    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    assert write(out, "goi.khbc", figures_of(school), school.sent, attachments).stat().st_size > 1000
    assert [p.name for p in out.iterdir()] == ["goi.khbc"]


def test_an_evidence_file_copied_halfway_leaves_nothing_the_journal_does_not_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Evidence copied into the data folder goes through the same journaled writer: a copy cut off
    leaves no `.partial-…` file in the evidence folder (it left one that nothing removed)."""
    import hashlib
    import shutil

    from kehoach_desktop import files
    from kehoach_desktop.db.evidence_store import FolderStore

    journal = tmp_path / "partial-files.journal"
    monkeypatch.setattr(files, "_journal", journal)
    source = tmp_path / "anh.jpg"
    source.write_bytes(b"\xff\xd8" + b"x" * 10_000)
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    store = FolderStore(tmp_path / "evidence")
    copy = shutil.copyfile

    def cut_off(src, dst):  # type: ignore[no-untyped-def]
        Path(dst).write_bytes(b"\xff\xd8xx")
        raise OSError("ổ đĩa hết chỗ trống")

    monkeypatch.setattr(shutil, "copyfile", cut_off)
    with pytest.raises(OSError, match="hết chỗ"):
        store.put(source, sha, "anh.jpg")
    assert [p for p in (tmp_path / "evidence").rglob("*") if p.is_file()] == []
    assert str(store.local_path(sha, "anh.jpg").parent) in journal.read_text(encoding="utf-8")
    monkeypatch.setattr(shutil, "copyfile", copy)
    store.put(source, sha, "anh.jpg")
    assert store.has(sha, "anh.jpg") and store.local_path(sha, "anh.jpg").read_bytes() == source.read_bytes()
    assert [p.name for p in store.local_path(sha, "anh.jpg").parent.iterdir()] == [store.local_path(sha, "anh.jpg").name]


@pytest.mark.sqlite_only
def test_the_days_backups_copy_the_database_once_and_later_opens_read_none_through(
    data_dir: Path, demo_on_disk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a million articles each whole read of the file is half a minute: the first open of a
    month copies and checks the database once (the monthly backup is a copy of the daily one), and
    an open when today's backup is there reads no backup through (it read the newest one every time)."""
    import filecmp

    copies: list[object] = []
    checked: list[Path] = []
    real_copy, real_check = db_backup._copy_database, db_backup.check_file
    monkeypatch.setattr(db_backup, "_copy_database", lambda source, target: (copies.append(source),
                                                                             real_copy(source, target)))
    monkeypatch.setattr(db_backup, "check_file", lambda path, *a: (checked.append(Path(path)), real_check(path, *a))[1])

    open_app_database(str(data_dir), actor="tester").close()
    made = {b.kind: b.path for b in db_backup.list_backups(data_dir / "backups")}
    assert sorted(made) == ["daily", "monthly"] and len(copies) == 1
    assert filecmp.cmp(made["daily"], made["monthly"], shallow=False)
    assert backups.describe(made["monthly"]).sound

    checked.clear()
    for _ in range(3):
        open_app_database(str(data_dir), actor="tester").close()
    assert len(copies) == 1 and not [p for p in checked if p.parent.name == "backups"]
    assert sorted(b.kind for b in db_backup.list_backups(data_dir / "backups")) == ["daily", "monthly"]


@pytest.mark.sqlite_only
def test_a_cut_off_backup_is_set_aside_and_made_again(data_dir: Path, demo_on_disk: str) -> None:
    open_app_database(str(data_dir), actor="tester").close()
    daily = next(b.path for b in db_backup.list_backups(data_dir / "backups") if b.kind == "daily")
    with daily.open("r+b") as f:  # a disk that filled up while it was written, as an old version left it
        f.truncate(daily.stat().st_size - 4096)
    assert not db_backup.looks_whole(daily) and db_backup.looks_whole(data_dir / "kehoach.db")
    open_app_database(str(data_dir), actor="tester").close()
    assert daily.with_name(daily.name + ".damaged").exists()
    again = next(b.path for b in db_backup.list_backups(data_dir / "backups") if b.kind == "daily")
    assert again != daily and db_backup.check_file(again) == "ok"


@pytest.mark.sqlite_only
def test_the_window_makes_the_days_backup_after_it_shows_the_data(
    qtbot, data_dir: Path, demo_on_disk: str  # type: ignore[no-untyped-def]
) -> None:
    import argparse

    from PySide6.QtWidgets import QWidget

    from kehoach_desktop.ui import app

    opened = app.open_database(argparse.Namespace(data_dir=str(data_dir), db_url=None))
    try:
        assert backup_names(data_dir) == []  # nothing copied on the way to the data
        parent = QWidget()
        qtbot.addWidget(parent)
        check = app.check_in_background(parent, opened)
        qtbot.waitUntil(lambda: not check.busy, timeout=30_000)
        assert sorted(b.kind for b in db_backup.list_backups(data_dir / "backups")) == ["daily", "monthly"]
    finally:
        opened.close()
