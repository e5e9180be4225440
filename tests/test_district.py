"""A district gathers its schools' report packages: receiving, who is late, the matrices and the
consolidated report, each checked against figures computed here from the generated data."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from district_fixtures import (
    CHANNELS,
    OCTOBER,
    VN,
    figures_of,
    generated_schools,
    make_attachments,
    older_schema,
    school_list,
    tamper,
    write,
)
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select, update

from kehoach_desktop.bootstrap import open_app_database
from kehoach_desktop.cli import main
from kehoach_desktop.db.models import Article, ReceivedReport
from kehoach_desktop.domain.reporting import ReportPeriod
from kehoach_desktop.domain.text import sort_key
from kehoach_desktop.domain.workflow import PUBLISHED
from kehoach_desktop.exchange import report_package as rp
from kehoach_desktop.records import OrganizationData
from kehoach_desktop.services import (
    articles,
    district,
    mail,
    organization,
    packages,
    plans,
    reports,
    targets,
    units,
)
from kehoach_desktop.services.store import Store


@pytest.fixture(scope="module")
def attachments(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_attachments(tmp_path_factory.mktemp("attachments"))


def own_total(store: Store, plan_id: int, period: ReportPeriod) -> int:
    """The district's own articles in the period, counted here straight from the table."""
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Article).where(
            Article.plan_id == plan_id, Article.status == PUBLISHED, Article.withdrawn.is_(False),
            Article.published_on >= period.start, Article.published_on <= period.end)) or 0


def test_thirty_schools_received_matrix_and_consolidated_report(store: Store, demo_plan: int, tmp_path: Path,
                                                                attachments: tuple[Path, Path]) -> None:
    schools = generated_schools()
    imported = district.import_schools(store, school_list(tmp_path / "truong.xlsx", schools))
    assert len(imported.added) == 30 and not imported.updated
    assert [s.name for s in district.schools(store)] == sorted((s.name for s in schools), key=sort_key)
    folder = tmp_path / "inbox"
    folder.mkdir()
    files: list[Path] = []
    for i, school in enumerate(schools):
        if school.sent is not None:
            files.append(write(folder, f"goi-{i + 1}.khbc", figures_of(school), school.sent, attachments))
    # three schools send again two days later, with one more article each: the later package replaces
    resent = [schools[1], schools[5], schools[23]]
    for school in resent:
        assert school.sent is not None
        extra = rp.PackageArticle(dt.date(2024, 10, 28), "Tin bổ sung", CHANNELS[0], "https://x.edu.vn/bo-sung")
        school.articles.append(extra)
        files.append(write(folder, f"lai-{schools.index(school) + 1}.khbc", figures_of(school),
                           school.sent + dt.timedelta(days=2), attachments))
    # a school that sent nothing hands in a package changed after it was made: refused
    silent = schools[27]
    honest = write(tmp_path, "silent.khbc", figures_of(silent), dt.datetime(2024, 10, 20, tzinfo=VN), attachments)
    tampered = tamper(honest, rp.PDF, b"%% changed")
    # a school of another district (with the same name as one of ours) and an older schema's package
    foreign = write(tmp_path, "foreign.khbc", replace(figures_of(schools[2], "PHÒNG GD&ĐT HUYỆN KIM BÔI"),
                                                      addressees=("Phòng GD&ĐT huyện Kim Bôi",)),
                    dt.datetime(2024, 10, 21, tzinfo=VN), attachments)
    old = older_schema(write(tmp_path, "old.khbc", figures_of(schools[28]), dt.datetime(2024, 10, 20, tzinfo=VN),
                             attachments))
    bad = [tampered, foreign, old]
    order = files[:10] + bad + files[10:]
    receipts = packages.receive(store, order)

    assert [r.outcome for r in receipts].count(packages.REFUSED) == 3
    by_file = {Path(r.path).name: r for r in receipts}
    assert "mã băm" in by_file[tampered.name].reason
    assert "Kim Bôi" in by_file[foreign.name].reason and "không phải" in by_file[foreign.name].reason
    assert "định dạng cũ" in by_file[old.name].reason
    assert [r.outcome for r in receipts if Path(r.path).name.startswith("lai-")] == [packages.REPLACED] * 3
    assert sum(1 for r in receipts if r.outcome == packages.ACCEPTED) == 26
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ReceivedReport)) == 26  # the refused stored nothing

    # who sent, on time or late — against the dates generated here
    status = {row.name: row for row in district.status(store, OCTOBER, today=dt.date(2024, 11, 5))}
    for school in schools:
        row = status[school.name]
        expected = ("missing" if school.sent is None else
                    "on_time" if school.sent.date() < dt.date(2024, 10, 25) else "late")
        assert row.state == expected, school.name
        assert row.resubmitted == (school in resent)
        assert row.total == (len(school.articles) if school.sent else 0)
        assert row.year_to_date == (school.year_to_date if school.sent else 0)
    assert status[silent.name].state == "missing"
    assert status[schools[2].name].state == "on_time"  # the foreign namesake did not replace ours

    # before the due day a school that has not sent is pending, not missing
    early = {row.name: row.state for row in district.status(store, OCTOBER, today=dt.date(2024, 10, 24))}
    assert early[silent.name] == "pending"

    # schools × months: October as above, the other months missing or pending
    matrix = dict((sc.name, months) for sc, months in district.month_matrix(store, 2024, today=dt.date(2024, 11, 5)))
    assert {name: months[9].state for name, months in matrix.items()} == {n: r.state for n, r in status.items()}
    assert all(months[10].state == "pending" and months[8].state == "missing" for months in matrix.values())

    # schools × targets from the received figures
    columns, rows = district.target_matrix(store, OCTOBER, today=dt.date(2024, 11, 5))
    assert columns == ["Toàn đơn vị: ít nhất 1 tin bài/tháng (tháng 10/2024)",
                       "Toàn đơn vị: ít nhất 2 tin bài/năm (năm 2024)"]
    for row, cells in rows:
        school = next(s for s in schools if s.name == row.name)
        if school.sent is None:
            assert cells == [None, None]
        else:
            assert [c.achieved if c else None for c in cells] == [len(school.articles), school.year_to_date]
            assert cells[0] is not None and cells[0].met == (len(school.articles) >= 1)

    # the consolidated report: the office's own figures and its schools', in the PDF and the workbook
    sent = [s for s in schools if s.sent is not None]
    schools_total = sum(len(s.articles) for s in sent)
    own = own_total(store, demo_plan, OCTOBER)
    data = reports.report_data(store, demo_plan, OCTOBER)
    assert (data.total, data.schools_total, data.combined_total) == (own, schools_total, own + schools_total)
    pdf = Path(reports.export_report(store, demo_plan, OCTOBER, str(tmp_path / "bc.pdf")))
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        text = " ".join((page.extract_text() or "") for page in doc.pages)
        cells = [[" ".join((c or "").split()) for c in row] for page in doc.pages for t in page.extract_tables()
                 for row in t]
    text = " ".join(text.split())
    assert f"{len(sent)}/30 trường đã gửi báo cáo, với {schools_total} tin bài" in text
    assert f"toàn ngành (đơn vị và các trường): {own + schools_total} tin bài" in text
    assert ["", f"Cộng ({len(sent)}/30 trường đã gửi)", "", str(schools_total), str(sum(s.year_to_date for s in sent)),
            ""] in cells
    pdf_rows = {row[1]: row for row in cells if len(row) == 6 and row[0].isdigit()}
    for school in schools:
        assert pdf_rows[school.name][2:5] == (
            [status[school.name].state_label, str(len(school.articles)), str(school.year_to_date)] if school.sent
            else ["Chưa gửi", "—", "—"])
    for school in sent:
        assert f"{school.name} " in text
        assert f"{len(school.articles)} tin bài trong kỳ, {school.year_to_date} tin bài lũy kế năm" in text
    xlsx = Path(reports.export_report(store, demo_plan, OCTOBER, str(tmp_path / "bc.xlsx"), "xlsx"))
    ws = load_workbook(xlsx)["Các trường"]
    values = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    listed = {row[1]: row for row in values if isinstance(row[0], int)}
    assert set(listed) == {s.name for s in schools}
    for school in schools:
        row = listed[school.name]
        assert row[2].startswith({"on_time": "Đúng hạn", "late": "Muộn", "missing": "Chưa gửi"}[status[school.name].state])
        assert row[3] == (len(school.articles) if school.sent else "—")
    total_row = next(row for row in values if isinstance(row[1], str) and row[1].startswith("Cộng ("))
    assert total_row[3] == schools_total
    assert any(isinstance(r[0], str) and f"Toàn ngành: {own + schools_total} tin bài" in r[0] for r in values)
    # and the Word copy says the same
    from docx import Document

    word = Document(str(reports.export_report(store, demo_plan, OCTOBER, str(tmp_path / "bc.docx"), "docx")))
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in word.tables]
    school_table = next(t for t in tables if t[0][:2] == ["STT", "Trường"])
    assert school_table[-1][1:5] == [f"Cộng ({len(sent)}/30 trường đã gửi)", "", str(schools_total),
                                     str(sum(s.year_to_date for s in sent))]
    assert {row[1]: row[3] for row in school_table[1:-1]} == {
        s.name: str(len(s.articles)) if s.sent else "—" for s in schools}


def test_resubmission_older_than_received_is_refused_and_a_repeat_is_unchanged(
        store: Store, demo_plan: int, tmp_path: Path, attachments: tuple[Path, Path]) -> None:
    school = generated_schools()[0]
    units.add_unit(store, school.name, "school")
    first = write(tmp_path, "a.khbc", figures_of(school), dt.datetime(2024, 10, 20, tzinfo=VN), attachments)
    older = write(tmp_path, "b.khbc", figures_of(school), dt.datetime(2024, 10, 18, tzinfo=VN), attachments)
    outcomes = [r.outcome for r in packages.receive(store, [first, first, older])]
    assert outcomes == [packages.ACCEPTED, packages.UNCHANGED, packages.REFUSED]
    # the stored package is the one received, and its PDF can be read back
    path = packages.received_package(store, district.school_of(store, school.name).id, OCTOBER)  # type: ignore[union-attr]
    assert rp.pdf_of(path).startswith(b"%PDF-")


@pytest.mark.parametrize("damage, reason", [
    ("not a zip", "ZIP"),
    ("extra member", "tệp lạ"),
    ("totals", "khác danh sách tin bài"),
    ("period", "kỳ báo cáo không hợp lệ"),
    ("newer", "mới hơn"),
])
def test_damaged_packages_are_refused_with_the_reason(store: Store, demo_plan: int, tmp_path: Path,
                                                      attachments: tuple[Path, Path], damage: str, reason: str) -> None:
    school = generated_schools()[3]
    units.add_unit(store, school.name, "school")
    good = write(tmp_path, "g.khbc", figures_of(school), dt.datetime(2024, 10, 20, tzinfo=VN), attachments)
    bad = tmp_path / "bad.khbc"
    if damage == "not a zip":
        bad.write_bytes(b"PK\x03\x04 not really")
    else:
        with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
            manifest = json.loads(src.read(rp.MANIFEST))
            figures = json.loads(src.read(rp.FIGURES))
            if damage == "totals":
                figures["totals"]["articles"] += 1
            elif damage == "period":
                figures["period"]["end"] = "2024-10-30"
            elif damage == "newer":
                manifest["schema"] = figures["schema"] = rp.SCHEMA + 1
            raw = json.dumps(figures).encode()
            import hashlib

            manifest["files"][rp.FIGURES] = {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}
            dst.writestr(rp.MANIFEST, json.dumps(manifest))
            dst.writestr(rp.FIGURES, raw)
            for name in (rp.PDF, rp.XLSX):
                dst.writestr(name, src.read(name))
            if damage == "extra member":
                dst.writestr("../evil.sh", b"rm -rf /")
    [receipt] = packages.receive(store, [bad])
    assert receipt.refused and reason in receipt.reason, receipt.reason
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ReceivedReport)) == 0


def test_reminders_go_to_the_schools_that_have_not_sent(store: Store, demo_plan: int, tmp_path: Path,
                                                        attachments: tuple[Path, Path]) -> None:
    schools = generated_schools()[:6]
    district.import_schools(store, school_list(tmp_path / "ds.xlsx", schools))
    packages.receive(store, [write(tmp_path, "p.khbc", figures_of(schools[1]), dt.datetime(2024, 10, 20, tzinfo=VN),
                                   attachments)])
    result = district.remind(store, OCTOBER, today=dt.date(2024, 10, 26))
    waiting = [s for s in schools if s is not schools[1]]
    assert sorted(result.sent_to) == sorted(s.name for s in waiting if s.email)
    assert sorted(result.without_email) == sorted(s.name for s in waiting if not s.email)
    queued = {m.to: m.subject for m in mail.outbox(store) if m.id in result.queued}
    assert set(queued) == {s.email for s in waiting if s.email}
    assert all("tháng 10/2024" in subject for subject in queued.values())


def test_school_list_errors_name_the_row(store: Store, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Tên trường", "Email"])
    ws.append(["Trường Mầm non Hoa Sen", "hoasen@edu.vn"])
    ws.append(["Trường TH Đoàn Kết", "không phải thư"])
    wb.save(tmp_path / "ds.xlsx")
    from kehoach_desktop.services.errors import ValidationError

    with pytest.raises(ValidationError, match="dòng 3"):
        district.import_schools(store, tmp_path / "ds.xlsx")
    assert district.schools(store) == []  # all or none


def school_office(folder: Path, backend: object, templates: dict[str, tuple[Path, int | None]]) -> tuple[str | None, int]:
    """A school's own data folder: its office, a plan for 2024 with a monthly target, three published
    articles in October (one with an evidence file)."""
    url = backend.copy(templates["empty"][0], folder)  # type: ignore[attr-defined]
    db = open_app_database(str(folder), url, actor="tester")
    try:
        st = db.store
        organization.save_organization(st, OrganizationData(
            name="Trường Tiểu học Kim Đồng", parent_name="UBND HUYỆN LẠC THỦY", level="truong", abbreviation="THKĐ"))
        plan_id = plans.create_plan(st, {"title": "Kế hoạch truyền thông năm 2024", "period": "2024"})
        plans.set_recipients(st, plan_id, [("Phòng GD&ĐT huyện Lạc Thủy", "để b/c"), ("Lưu: VT", "")])
        targets.add_rule(st, plan_id, "office", "month", 2)
        proof = folder.parent / "anh-chup.png"
        proof.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
        for day in (3, 9, 17):
            aid = articles.add_article(st, plan_id, f"Tin ngày {day}/10", published_on=dt.date(2024, 10, day),
                                       url=f"https://kimdong.edu.vn/{day}",
                                       evidence_files=[proof] if day == 3 else ())
            with st.write() as s:
                s.execute(update(Article).where(Article.id == aid).values(status=PUBLISHED))
    finally:
        db.close()
    return url, plan_id


def test_school_to_district_from_the_command_line(demo_on_disk: str, data_dir: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str], backend: object,
                                                  templates: dict[str, tuple[Path, int | None]]) -> None:
    school_dir = tmp_path / "school" / "data"
    school_dir.parent.mkdir()
    url, plan_id = school_office(school_dir, backend, templates)
    package = tmp_path / "kim-dong.khbc"
    where = ["--data-dir", str(school_dir), *(["--db-url", url] if url else [])]
    assert main([*where, "report", str(plan_id), "--period", "2024-10", "--package", "-o", str(package)]) == 0
    capsys.readouterr()
    read = rp.read_package(package)
    assert read.figures.total == 3 and read.figures.sender.name == "Trường Tiểu học Kim Đồng"
    assert [len(a.evidence) for a in read.figures.articles] == [1, 0, 0]
    assert read.figures.articles[0].evidence[0].filename == "anh-chup.png"
    assert [(t.required, t.achieved, t.verdict) for t in read.figures.targets
            if t.criterion == "Toàn đơn vị: ít nhất 2 tin bài/tháng"] == [(2, 3, "Đạt")]
    assert read.created_at.utcoffset() == dt.timedelta(hours=7)
    with zipfile.ZipFile(package) as z:
        assert sorted(z.namelist()) == sorted([rp.MANIFEST, rp.FIGURES, rp.PDF, rp.XLSX])
        import io

        import pdfplumber

        with pdfplumber.open(io.BytesIO(z.read(rp.PDF))) as doc:
            assert "Trường Tiểu học Kim Đồng".upper() in " ".join(p.extract_text() or "" for p in doc.pages).upper()

    # the district: its list of schools (with the name abbreviated), then the package and a damaged copy
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Tên trường", "Email"])
    ws.append(["Trường TH Kim Đồng", "kimdong@lacthuy.edu.vn"])
    ws.append(["Trường TH Võ Thị Sáu", ""])
    wb.save(tmp_path / "ds.xlsx")
    assert main(["district", "import-schools", str(tmp_path / "ds.xlsx")]) == 0
    assert "2 trường mới" in capsys.readouterr().out
    broken = tamper(package, rp.FIGURES, b" ")
    code = main(["receive", str(package), str(broken)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0].startswith("kim-dong.khbc: đã nhận — Trường TH Kim Đồng, tháng 10/2024")
    assert out[1].startswith(f"{broken.name}: từ chối — ") and "mã băm" in out[1]
    assert main(["district", "status", "--period", "2024-10", "--json"]) == 0
    rows = {r["school"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["Trường TH Kim Đồng"]["articles"] == 3
    assert rows["Trường TH Võ Thị Sáu"]["state"] in ("missing", "pending")
    assert main(["receive", "--json", str(package)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["outcome"] == "unchanged"
    # the district's report now has the school's three articles beside its own
    assert main(["report", demo_on_disk, "--period", "2024-10", "--format", "xlsx", "-o", str(tmp_path / "d.xlsx")]) == 0
    sheet = load_workbook(tmp_path / "d.xlsx")["Các trường"]
    assert any(row[1] == "Trường TH Kim Đồng" and row[3] == 3 for row in sheet.iter_rows(values_only=True))


class FakeImap:
    """An IMAP server's answers, as imaplib gives them, over a list of messages."""

    messages: dict[str, tuple[bytes, set[str]]] = {}
    logins: list[tuple[str, str]] = []

    def __init__(self, host: str, port: int, ssl_context: object = None, timeout: float = 0) -> None:
        self.host = host

    def login(self, user: str, password: str) -> tuple[str, list[bytes]]:
        self.logins.append((user, password))
        return "OK", [b"logged in"]

    def select(self, folder: str) -> tuple[str, list[bytes]]:
        return ("OK", [str(len(self.messages)).encode()]) if folder == '"INBOX"' else ("NO", [b"no such folder"])

    def uid(self, command: str, *args: str) -> tuple[str, list[object]]:
        if command == "SEARCH":
            return "OK", [" ".join(u for u, (_m, flags) in self.messages.items() if "\\Seen" not in flags).encode()]
        if command == "FETCH":
            raw, _flags = self.messages[args[0]]
            return "OK", [(f"{args[0]} (UID {args[0]} BODY[] {{{len(raw)}}}".encode(), raw), b")"]
        if command == "STORE":
            self.messages[args[0]][1].add("\\Seen")
            return "OK", []
        raise AssertionError(command)

    def logout(self) -> None:
        pass


def mail_with(attachments: list[Path], sender: str) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "pgd@lacthuy.edu.vn", "Báo cáo tháng 10"
    message.set_content("Kính gửi Phòng GD&ĐT, trường gửi báo cáo.")
    for path in attachments:
        message.add_attachment(path.read_bytes(), maintype="application", subtype="zip", filename=path.name)
    return bytes(message)


def test_packages_are_received_from_the_mailbox(store: Store, demo_plan: int, tmp_path: Path,
                                                attachments: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import imaplib

    schools = generated_schools()[:3]
    district.import_schools(store, school_list(tmp_path / "ds.xlsx", schools))
    good = write(tmp_path, "truong-1.khbc", figures_of(schools[0]), dt.datetime(2024, 10, 20, tzinfo=VN), attachments)
    broken = tamper(write(tmp_path, "truong-2.khbc", figures_of(schools[1]), dt.datetime(2024, 10, 21, tzinfo=VN),
                          attachments), rp.PDF, b"x")
    old = write(tmp_path, "truong-3.khbc", figures_of(schools[2]), dt.datetime(2024, 10, 19, tzinfo=VN), attachments)
    FakeImap.messages = {"7": (mail_with([good], "truong1@lacthuy.edu.vn"), set()),
                         "8": (mail_with([broken], "truong2@lacthuy.edu.vn"), set()),
                         "9": (mail_with([], "ai-do@example.vn"), set()),
                         "5": (mail_with([old], "truong3@lacthuy.edu.vn"), {"\\Seen"})}
    FakeImap.logins = []
    monkeypatch.setattr(imaplib, "IMAP4_SSL", FakeImap)
    monkeypatch.setenv("KEHOACH_IMAP_PASSWORD", "mat-khau-thu")
    with pytest.raises(Exception, match="IMAP"):
        packages.receive_from_mailbox(store)
    mail.configure(store, "smtp.lacthuy.edu.vn", 587, "starttls", "pgd@lacthuy.edu.vn", "pgd@lacthuy.edu.vn")
    mail.configure_imap(store, "imap.lacthuy.edu.vn", 993, "ssl")
    receipts = packages.receive_from_mailbox(store)
    assert [r.outcome for r in receipts] == [packages.ACCEPTED, packages.REFUSED]
    assert receipts[0].path == "truong1@lacthuy.edu.vn: truong-1.khbc" and "mã băm" in receipts[1].reason
    assert FakeImap.logins == [("pgd@lacthuy.edu.vn", "mat-khau-thu")]
    # the two that carried packages are read now; the message without one, and the old one, as they were
    assert {u: "\\Seen" in f for u, (_m, f) in FakeImap.messages.items()} == {"7": True, "8": True, "9": False, "5": True}
    assert {r.name: r.state for r in district.status(store, OCTOBER, today=dt.date(2024, 11, 1))} == {
        schools[0].name: "on_time", schools[1].name: "missing", schools[2].name: "missing"}
    assert packages.receive_from_mailbox(store) == []  # nothing unread with a package any more
