"""The office's shared PostgreSQL server: moving an office there and back, several PCs on one
plan (nobody's save silently lost, one winner of two simultaneous approvals), evidence every PC
reaches, backups that restore, and a server that goes away. These run on PostgreSQL only, against
the real server each worker of `make test` starts."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from kehoach_desktop.bootstrap import open_app_database
from kehoach_desktop.cli import main
from kehoach_desktop.db.copy import _fingerprint, tables
from kehoach_desktop.db.engine import sqlite_url
from kehoach_desktop.db.models import AuditEntry, Plan
from kehoach_desktop.services import (
    accounts,
    appendix,
    articles,
    backups,
    channels,
    evidence,
    plans,
)
from kehoach_desktop.services.articles import ArticleFilter
from kehoach_desktop.services.demo import load_demo
from kehoach_desktop.services.errors import Conflict, StaleEdit, StorageError
from kehoach_desktop.services.store import Store

pytestmark = pytest.mark.postgres

PW = "mat-khau-truong-phong"


def _fingerprints(url: str) -> dict[str, tuple[int, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: _fingerprint(conn, t) for t in tables()}
    finally:
        engine.dispose()


@pytest.fixture
def local_office(tmp_path: Path) -> tuple[Path, int, bytes]:
    """An office on one PC: the demo, its head of office, an article with an evidence file."""
    folder = tmp_path / "pc1"
    db = open_app_database(str(folder), sqlite_url(folder), actor="tester")
    try:
        plan_id = load_demo(db.store)
        accounts.add_user(db.store, "hoa", PW, ["approver"], "Nguyễn Thị Hòa")
        db.store.acting_as(accounts.login(db.store, "hoa", PW))
        channels.ensure_default_channels(db.store)
        proof = tmp_path / "anh-chup.png"
        content = b"\x89PNG minh chung " * 1000
        proof.write_bytes(content)
        art = articles.add_article(db.store, plan_id, "Lễ khai giảng năm học mới ở Lạc Thủy",
                                   evidence_files=[proof])
        assert art
    finally:
        db.close()
    return folder, plan_id, content


def test_an_office_moves_to_the_server_and_back(local_office: tuple[Path, int, bytes], pg_server, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder, plan_id, content = local_office
    monkeypatch.delenv("KEHOACH_DB_URL", raising=False)
    monkeypatch.setenv("KEHOACH_PASSWORD", PW)
    server_url = pg_server.create_database("move_office")
    local = ["--data-dir", str(folder), "--db-url", sqlite_url(folder)]

    assert main([*local, "--as", "hoa", "db", "copy", "--to", server_url]) == 0
    out = capsys.readouterr().out
    assert "khớp" in out and "1 tệp minh chứng" in out
    assert _fingerprints(server_url) == _fingerprints(sqlite_url(folder))  # every row of every table, by content

    # a target that already holds an office is refused, and left as it was
    assert main([*local, "--as", "hoa", "db", "copy", "--to", server_url]) == 1
    assert "đã có dữ liệu" in capsys.readouterr().err
    assert _fingerprints(server_url) == _fingerprints(sqlite_url(folder))

    # a second PC on the server: same plan, same search hits, the evidence file reachable
    pc2 = open_app_database(str(tmp_path / "pc2"), server_url, actor="pc2")
    try:
        pc2.store.acting_as(accounts.login(pc2.store, "hoa", PW))
        assert plans.get_plan(pc2.store, plan_id).title
        hits = articles.article_ids(pc2.store, ArticleFilter(plan_id=plan_id, query="khai giang lac thuy"))
        assert len(hits) == 1
        detail = articles.get_article(pc2.store, hits[0])
        opened_file = evidence.evidence_file(pc2.store, detail.evidence[0].id)
        assert opened_file.read_bytes() == content and (tmp_path / "pc2") in opened_file.parents
        new_id = articles.add_article(pc2.store, plan_id, "Tin mới viết trên máy chủ")  # ids continue after the copied ones
        assert new_id > hits[0]
    finally:
        pc2.close()

    # and back onto a new PC's own file
    back = tmp_path / "pc3"
    assert main(["--data-dir", str(back), "--db-url", sqlite_url(back), "db", "copy", "--from", server_url]) == 0
    assert "khớp" in capsys.readouterr().out
    assert _fingerprints(sqlite_url(back)) == _fingerprints(server_url)
    files = [p for p in (back / "evidence").rglob("*") if p.is_file()]
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in files] == [hashlib.sha256(content).hexdigest()]


def test_copying_needs_an_administrator(local_office: tuple[Path, int, bytes], pg_server,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder, _plan, _content = local_office
    monkeypatch.delenv("KEHOACH_DB_URL", raising=False)
    url = pg_server.create_database("move_refused")
    assert main(["--data-dir", str(folder), "--db-url", sqlite_url(folder), "db", "copy", "--to", url]) == 1
    assert "Cần đăng nhập" in capsys.readouterr().err
    from sqlalchemy import inspect

    engine = create_engine(url)
    assert inspect(engine).get_table_names() == []  # refused before anything was written there
    engine.dispose()


def _pc(data_dir: Path, name: str) -> Store:
    import os

    opened = open_app_database(str(data_dir / name), os.environ["KEHOACH_DB_URL"], actor=name)
    return opened.store


def test_two_pcs_editing_one_theme_the_second_is_told(data_dir: Path, demo_plan: int) -> None:
    pc1, pc2 = _pc(data_dir, "van-thu"), _pc(data_dir, "to-truong")
    seen_by_1 = plans.get_plan(pc1, demo_plan).groups[0].themes[0]
    seen_by_2 = plans.get_plan(pc2, demo_plan).groups[0].themes[0]
    appendix.update_theme(pc2, seen_by_2.id, {"notes": "Tổ trưởng ghi chú"}, expected_version=seen_by_2.version)
    with pytest.raises(StaleEdit) as told:
        appendix.update_theme(pc1, seen_by_1.id, {"notes": "Văn thư ghi chú"}, expected_version=seen_by_1.version)
    assert "«to-truong»" in str(told.value) and f"{dt.date.today():%d/%m/%Y}" in str(told.value)
    assert appendix.get_theme(pc1, seen_by_1.id).notes == "Tổ trưởng ghi chú"  # nothing overwritten silently
    # the user chooses to overwrite: the save goes through, and the history keeps both
    appendix.update_theme(pc1, seen_by_1.id, {"notes": "Văn thư ghi chú"})
    assert appendix.get_theme(pc2, seen_by_1.id).notes == "Văn thư ghi chú"
    # a change of the lead units alone moves the version too
    fresh = appendix.get_theme(pc1, seen_by_1.id)
    other_unit = plans.get_plan(pc1, demo_plan).groups[1].themes[0].lead_units[0].id
    appendix.update_theme(pc2, fresh.id, {"lead_unit_ids": [other_unit]})
    with pytest.raises(StaleEdit):
        appendix.update_theme(pc1, fresh.id, {"title": "Sửa tên"}, expected_version=fresh.version)


def test_two_pcs_editing_one_article_the_second_is_told(data_dir: Path, demo_plan: int) -> None:
    pc1, pc2 = _pc(data_dir, "may-1"), _pc(data_dir, "may-2")
    art = articles.add_article(pc1, demo_plan, "Tin bài hai máy cùng sửa")
    a1, a2 = articles.get_article(pc1, art), articles.get_article(pc2, art)
    articles.update_article(pc2, art, {"authors": "Máy hai"}, expected_version=a2.version)
    with pytest.raises(StaleEdit, match="«may-2»"):
        articles.update_article(pc1, art, {"authors": "Máy một"}, expected_version=a1.version)
    assert articles.get_article(pc1, art).authors == "Máy hai"


@pytest.mark.parametrize("action", ["approve", "publish"])
def test_two_at_the_same_moment_exactly_one_wins(data_dir: Path, demo_plan: int, action: str) -> None:
    setup = _pc(data_dir, "setup")
    accounts.add_user(setup, "hoa", PW, ["approver"])
    setup.acting_as(accounts.login(setup, "hoa", PW))
    art = articles.add_article(setup, demo_plan, "Tin bài hai người cùng duyệt", url="https://gd.example.vn/tin")
    articles.transition(setup, art, "submit")
    if action == "publish":
        articles.transition(setup, art, "approve", password=PW)
    stores = [_pc(data_dir, f"pc{i}") for i in range(2)]
    for s in stores:
        s.acting_as(accounts.login(s, "hoa", PW))
    barrier = threading.Barrier(2)
    results: list[str] = []

    def act(store: Store) -> None:
        barrier.wait()
        try:
            articles.transition(store, art, action, password=PW)
            results.append("won")
        except Conflict as exc:
            results.append(f"told: {exc}")

    threads = [threading.Thread(target=act, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(r[:4] for r in results) == ["told", "won"], results
    with setup.read() as s:
        recorded = s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.entity_id == art, AuditEntry.action == action))
    assert recorded == 1


def test_a_server_backup_restores(data_dir: Path, demo_plan: int) -> None:
    store = _pc(data_dir, "pc")
    made = backups.make_backup(store)
    info = backups.describe(made)
    assert info.sound and (info.plans, info.articles) == (1, 50)
    plans.update_plan(store, demo_plan, {"title": "Tên bị sửa nhầm"})
    articles.add_article(store, demo_plan, "Tin thêm sau bản sao lưu")
    backups.restore(store, made)
    assert plans.get_plan(store, demo_plan).title != "Tên bị sửa nhầm"
    assert articles.count_articles(store, ArticleFilter(plan_id=demo_plan)) == 50
    assert any(b.kind == "before-restore" for b in backups.list_backups(store))
    articles.add_article(store, demo_plan, "Tin sau khi khôi phục")  # ids go on after the restored ones


def test_search_on_the_server_folds_accents_and_d_like_sqlite(data_dir: Path, demo_plan: int) -> None:
    store = _pc(data_dir, "pc")
    for title in ("Đại hội Đoàn trường", "Hội thi giáo viên dạy giỏi", "Ngày hội đọc sách"):
        articles.add_article(store, demo_plan, title)
    found = {q: [articles.get_article(store, i).title
                 for i in articles.article_ids(store, ArticleFilter(plan_id=demo_plan, query=q))]
             for q in ("dai hoi doan", "ĐẠI HỘI ĐOÀN", "giao vien day gio", "doc sach", "khong co tu nay")}
    assert found["dai hoi doan"] == ["Đại hội Đoàn trường"] == found["ĐẠI HỘI ĐOÀN"]
    assert found["giao vien day gio"] == ["Hội thi giáo viên dạy giỏi"]  # the last word may still be being typed
    assert found["doc sach"] == ["Ngày hội đọc sách"] and found["khong co tu nay"] == []
    with store.read() as s:  # the search uses the index, not a scan of every article
        plan = "\n".join(r[0] for r in s.execute(text(
            "EXPLAIN SELECT id FROM article WHERE to_tsvector('simple'::regconfig, regexp_replace("
            "article.search_folded, '[^[:alnum:]]+', ' ', 'g')) @@ to_tsquery('simple', 'dai')")))
    assert "ix_article_search" in plan or "Seq Scan" in plan  # small tables may be scanned; the index must exist
    with store.read() as s:
        assert s.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_article_search'")).first()


def test_a_server_that_goes_away_is_explained_and_the_edit_can_be_retried(tmp_path: Path) -> None:
    from pg_server import start_server

    server = start_server()
    try:
        url = server.create_database("away")
        db = open_app_database(str(tmp_path / "pc"), url, actor="pc")
        plan_id = load_demo(db.store)
        server.stop()
        with pytest.raises(StorageError, match="máy chủ"):
            plans.update_plan(db.store, plan_id, {"title": "Kế hoạch sửa khi mất mạng"})
        server.start_again()
        plans.update_plan(db.store, plan_id, {"title": "Kế hoạch sửa khi mất mạng"})  # the same action, again
        assert plans.get_plan(db.store, plan_id).title == "Kế hoạch sửa khi mất mạng"
        db.close()
    finally:
        server.discard()


def test_wrong_places_on_the_server_each_say_so(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.bootstrap import DatabaseError

    with pytest.raises(DatabaseError, match="không có cơ sở dữ liệu «khong_co»"):
        open_app_database(str(tmp_path / "a"), pg_server.url("khong_co"))
    with pytest.raises(DatabaseError, match="không có người dùng «ai_do»|từ chối người dùng «ai_do»"):
        open_app_database(str(tmp_path / "b"), f"postgresql+psycopg://ai_do@127.0.0.1:{pg_server.port}/postgres")
    pg_server.add_password_user("thu_ky", "mat-khau-dung")
    pg_server.create_database("with_password")
    wrong = f"postgresql+psycopg://thu_ky:sai-roi@127.0.0.1:{pg_server.port}/with_password"
    with pytest.raises(DatabaseError, match="sai mật khẩu"):
        open_app_database(str(tmp_path / "d"), wrong)
    from kehoach_desktop.services import database
    from kehoach_desktop.services.errors import ServiceError

    settings = database.ServerSettings(host="127.0.0.1", port=pg_server.port, database="with_password",
                                       user="thu_ky", tls="disable")
    with pytest.raises(ServiceError, match="sai mật khẩu"):
        database.use_server(tmp_path / "d", settings, "sai-roi")
    assert not (tmp_path / "d" / "server.json").exists()  # nothing saved for a refused login
    assert "Kết nối được" in database.use_server(tmp_path / "d", settings, "mat-khau-dung")
    assert (tmp_path / "d" / "server.json").exists() and "mat-khau" not in (tmp_path / "d" / "server.json").read_text()
    url = pg_server.create_database("newer_schema")
    open_app_database(str(tmp_path / "c"), url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="phiên bản KeHoach mới hơn"):
        open_app_database(str(tmp_path / "c"), url)


def test_migrations_run_on_the_server_from_every_earlier_revision(pg_server) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.db.migrations_runner import HEAD, upgrade

    for n in range(1, int(HEAD)):
        url = pg_server.create_database(f"from_{n:04d}")
        engine = create_engine(url)
        try:
            upgrade(engine, f"{n:04d}")
            upgrade(engine)
            with engine.connect() as conn:
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
                assert conn.execute(select(func.count()).select_from(Plan)).scalar() == 0
        finally:
            engine.dispose()


def _cells(path: Path) -> list[list[object]]:
    import openpyxl

    book = openpyxl.load_workbook(path)
    return [[ws.title, *(c.value for row in ws.iter_rows() for c in row)] for ws in book.worksheets]


def _pdf_drawing(path: Path) -> list[bytes]:
    """What each page draws, operation by operation (text, positions, fonts, rules): stricter than
    its extracted text, and read in a fraction of the time."""
    from pypdf import PdfReader

    return [page.get_contents().get_data() for page in PdfReader(str(path)).pages]  # type: ignore[union-attr]


def _docx_text(path: Path) -> list[str]:
    from docx import Document

    doc = Document(str(path))
    return [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for row in t.rows for c in row.cells]


def test_documents_from_the_server_are_those_from_the_file(data_dir: Path, demo_plan: int, tmp_path: Path) -> None:
    """The same office on both engines gives the same appendix, article list, plan and reports, in
    every format (so that the tests of their layout run on the file alone: marker `layout`)."""
    from kehoach_desktop.services import documents, reports, transfer

    on_file = open_app_database(str(tmp_path / "file"), sqlite_url(tmp_path / "file"), actor="tester")
    on_server = open_app_database(str(data_dir), actor="tester")
    try:
        assert load_demo(on_file.store) == demo_plan
        outputs: dict[str, list[object]] = {}
        for name, db in (("file", on_file), ("server", on_server)):
            out = tmp_path / name / "out"
            appendix_xlsx, _ = transfer.export_appendix(db.store, demo_plan, out / "phu-luc.xlsx")
            list_xlsx, _ = transfer.export_articles(db.store, demo_plan, out / "tin-bai.xlsx", dt.date(2024, 1, 1),
                                                    dt.date(2024, 12, 31))
            year = reports.parse_period("2024")
            month = reports.parse_period("2024-10")
            outputs[name] = [
                _cells(appendix_xlsx), _cells(list_xlsx),
                _pdf_drawing(documents.export_plan_pdf(db.store, demo_plan, out / "ke-hoach.pdf")),
                _pdf_drawing(reports.export_report(db.store, demo_plan, year, out / "nam.pdf")),
                _cells(reports.export_report(db.store, demo_plan, year, out / "nam.xlsx", "xlsx")),
                _pdf_drawing(reports.export_report(db.store, demo_plan, month, out / "thang.pdf")),
                _docx_text(documents.export_plan_docx(db.store, demo_plan, out / "ke-hoach.docx")),
                _docx_text(reports.export_report(db.store, demo_plan, year, out / "nam.docx", "docx")),
                _pdf_drawing(documents.export_appendix_pdf(db.store, demo_plan, out / "phu-luc.pdf")),
                [articles.article_ids(db.store, ArticleFilter(plan_id=demo_plan, order=o)) for o in ("title", "-date")],
            ]
        for i, (a, b) in enumerate(zip(outputs["file"], outputs["server"], strict=True)):
            assert a == b, f"output {i} differs between SQLite and PostgreSQL"
    finally:
        on_file.close()
        on_server.close()
