"""The report package (gói báo cáo, `.khbc`): what a school sends its district for one period.

A package is a ZIP file holding
- `manifest.json`: the format's name, its schema version, when the package was made (ISO 8601 with
  the office's UTC offset) and the SHA-256 and size of every other file;
- `figures.json`: the report's figures as structured data (schema below, README "Gói báo cáo");
- `report.pdf` and `report.xlsx`: the report and its Excel companion, as the school made them.

Reading checks everything before anything is believed: a ZIP at all, no file beyond those four, no
file larger than its bound (whatever the ZIP's headers claim), each file's hash against the
manifest, the schema version, and figures that add up (the article list against the totals). A
package that fails any check raises PackageError with the reason, in Vietnamese.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.reporting import MONTH, SEMESTER, YEAR, ReportPeriod
from ..files import write_atomically
from ..records import ReportData, TargetFigure

FORMAT = "kehoach-report-package"
SCHEMA = 1  # the figures' schema; a reader accepts exactly the versions in READABLE
READABLE = (1,)
EXTENSION = ".khbc"
MANIFEST, FIGURES, PDF, XLSX = "manifest.json", "figures.json", "report.pdf", "report.xlsx"
# what each file may weigh once unpacked: a school's year is a few thousand articles
LIMITS = {MANIFEST: 1 << 20, FIGURES: 64 << 20, PDF: 128 << 20, XLSX: 128 << 20}
MAX_PACKAGE = 256 << 20
VIETNAM = dt.timezone(dt.timedelta(hours=7))


class PackageError(Exception):
    """A file that is not a report package this version reads, with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class EvidenceHash:
    filename: str
    sha256: str
    size: int


@dataclass(frozen=True)
class PackageArticle:
    published_on: dt.date
    title: str
    channel: str
    url: str
    evidence: tuple[EvidenceHash, ...] = ()


@dataclass(frozen=True)
class Sender:
    name: str
    parent_name: str = ""
    level: str = "truong"
    abbreviation: str = ""
    email: str = ""


@dataclass(frozen=True)
class PackageFigures:
    """The figures of one report, as `figures.json` holds them."""

    sender: Sender
    period: ReportPeriod
    plan_title: str
    plan_number: str
    plan_years: tuple[int, int]
    addressees: tuple[str, ...] = ()
    report_number: str = ""
    year_to_date: int = 0
    monthly: tuple[tuple[int, int, int], ...] = ()
    by_channel: tuple[tuple[str, int], ...] = ()
    by_group: tuple[tuple[str, int], ...] = ()
    by_unit: tuple[tuple[str, int], ...] = ()
    targets: tuple[TargetFigure, ...] = ()
    articles: tuple[PackageArticle, ...] = ()
    opinion_issues: int = 0

    @property
    def total(self) -> int:
        return len(self.articles)


@dataclass(frozen=True)
class ReportPackage:
    figures: PackageFigures
    created_at: dt.datetime  # aware
    schema: int
    sha256: str  # of the whole package file
    file_hashes: dict[str, str] = field(default_factory=dict)
    pdf: bytes = b""  # the report as the school made it (checked against its hash)


def figures_of(data: ReportData, articles: list[PackageArticle]) -> PackageFigures:
    """The package's figures of a report; `articles` are the report's articles with their evidence."""
    org = data.organization
    return PackageFigures(
        sender=Sender(org.name, org.parent_name, org.level, org.abbreviation, org.email),
        period=data.period, plan_title=data.plan.title, plan_number=data.plan.number_text,
        plan_years=(data.plan.period.start, data.plan.period.end), addressees=tuple(data.addressees),
        report_number=data.number_text(), year_to_date=data.year_to_date, monthly=tuple(data.monthly),
        by_channel=tuple(data.by_channel), by_group=tuple(data.by_group), by_unit=tuple(data.by_unit),
        targets=tuple(data.targets), articles=tuple(articles), opinion_issues=len(data.opinion_rows))


# --- writing ----------------------------------------------------------------------------------------

def figures_json(figures: PackageFigures) -> dict[str, Any]:
    p = figures.period
    return {
        "schema": SCHEMA,
        "sender": {"name": figures.sender.name, "parent_name": figures.sender.parent_name,
                   "level": figures.sender.level, "abbreviation": figures.sender.abbreviation,
                   "email": figures.sender.email},
        "addressees": list(figures.addressees),
        "plan": {"number": figures.plan_number, "title": figures.plan_title,
                 "first_year": figures.plan_years[0], "last_year": figures.plan_years[1]},
        "period": {"key": p.key, "kind": p.kind, "year": p.year, "index": p.index, "window_day": p.window_day,
                   "start": p.start.isoformat(), "end": p.end.isoformat(), "label": p.label()},
        "report_number": figures.report_number,
        "totals": {"articles": figures.total, "year_to_date": figures.year_to_date,
                   "opinion_issues": figures.opinion_issues},
        "monthly": [{"year": y, "month": m, "articles": n} for y, m, n in figures.monthly],
        "by_channel": [{"name": k, "articles": n} for k, n in figures.by_channel],
        "by_group": [{"name": k, "articles": n} for k, n in figures.by_group],
        "by_unit": [{"name": k, "articles": n} for k, n in figures.by_unit],
        "targets": [{"criterion": t.criterion, "unit": t.unit, "window": t.window, "required": t.required,
                     "achieved": t.achieved, "finished": t.finished, "verdict": t.verdict} for t in figures.targets],
        "articles": [{"published_on": a.published_on.isoformat(), "title": a.title, "channel": a.channel, "url": a.url,
                      "evidence": [{"filename": e.filename, "sha256": e.sha256, "size": e.size} for e in a.evidence]}
                     for a in figures.articles],
    }


def write_package(figures: PackageFigures, pdf: Path, xlsx: Path, target: str | os.PathLike[str],
                  created_at: dt.datetime | None = None, generator: str = "KeHoach Desktop") -> Path:
    """Write the package to `target` (whole or not at all)."""
    created_at = created_at or dt.datetime.now(VIETNAM)
    if created_at.tzinfo is None:
        raise ValueError("created_at must carry its UTC offset")
    body = {FIGURES: json.dumps(figures_json(figures), ensure_ascii=False, indent=1).encode("utf-8"),
            PDF: Path(pdf).read_bytes(), XLSX: Path(xlsx).read_bytes()}
    manifest = {"format": FORMAT, "schema": SCHEMA, "created_at": created_at.isoformat(timespec="seconds"),
                "generator": generator,
                "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                          for name, data in body.items()}}
    def write(tmp: str) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in body.items():
                z.writestr(name, data)

    # whole or not at all, its partial file noted in the journal (a killed run leaves none behind)
    return write_atomically(target, write)


# --- reading ----------------------------------------------------------------------------------------

def read_package(path: str | os.PathLike[str]) -> ReportPackage:
    """The package at `path`, every check passed; PackageError otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackageError(f"không đọc được tệp ({exc.strerror or exc})") from None
    if size > MAX_PACKAGE:
        raise PackageError(f"tệp quá lớn ({size // (1 << 20)} MB) để là một gói báo cáo")
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    try:
        with zipfile.ZipFile(path) as z:
            names = [i.filename for i in z.infolist()]
            foreign = [n for n in names if n not in LIMITS]
            if MANIFEST not in names:
                raise PackageError("không phải gói báo cáo KeHoach (thiếu manifest.json)")
            if foreign:
                raise PackageError(f"gói có tệp lạ «{foreign[0]}»: không phải gói do KeHoach tạo, hoặc đã bị sửa")
            if len(names) != len(set(names)):
                raise PackageError("gói có tệp trùng tên: đã bị sửa")
            contents = {name: _read_member(z, name) for name in names}
    except zipfile.BadZipFile:
        raise PackageError("tệp hỏng hoặc không phải gói báo cáo (không đọc được dạng ZIP)") from None
    manifest = _json(contents[MANIFEST], MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError("không phải gói báo cáo KeHoach (manifest.json không đúng định dạng)")
    schema = manifest.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise PackageError("manifest.json không ghi phiên bản định dạng")
    if schema not in READABLE:
        if schema < min(READABLE):
            raise PackageError(f"gói theo định dạng cũ (phiên bản {schema}), phiên bản này đọc định dạng "
                               f"{', '.join(map(str, READABLE))}: đề nghị đơn vị gửi cập nhật KeHoach và tạo lại gói")
        raise PackageError(f"gói theo định dạng mới hơn (phiên bản {schema}): hãy cập nhật KeHoach để đọc")
    created_at = _aware(manifest.get("created_at"), "manifest.json: created_at")
    listed = manifest.get("files")
    if not isinstance(listed, dict) or set(listed) != {FIGURES, PDF, XLSX}:
        raise PackageError("manifest.json không liệt kê đủ figures.json, report.pdf, report.xlsx")
    hashes = {}
    for name, entry in listed.items():
        if name not in contents:
            raise PackageError(f"gói thiếu tệp {name}")
        if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
            raise PackageError(f"manifest.json không ghi mã băm của {name}")
        actual = hashlib.sha256(contents[name]).hexdigest()
        if actual != entry["sha256"].lower() or entry.get("size") != len(contents[name]):
            raise PackageError(f"tệp {name} không khớp mã băm trong manifest: gói đã bị sửa hoặc hỏng")
        hashes[name] = actual
    if not contents[PDF].startswith(b"%PDF-"):
        raise PackageError("report.pdf không phải tệp PDF")
    if not contents[XLSX].startswith(b"PK"):
        raise PackageError("report.xlsx không phải sổ tính Excel")
    raw = _json(contents[FIGURES], FIGURES)
    if not isinstance(raw, dict) or raw.get("schema") != schema:
        raise PackageError("figures.json ghi phiên bản định dạng khác manifest.json")
    figures = parse_figures(raw)
    if created_at.date() < figures.period.start - dt.timedelta(days=1):
        raise PackageError(f"gói ghi ngày tạo {created_at:%d/%m/%Y}, trước kỳ báo cáo {figures.period.label()}")
    return ReportPackage(figures, created_at, schema, digest.hexdigest(), hashes, contents[PDF])


def pdf_of(path: str | os.PathLike[str]) -> bytes:
    """The report PDF inside a package (the package checked first)."""
    return read_package(path).pdf


def _read_member(z: zipfile.ZipFile, name: str) -> bytes:
    limit = LIMITS[name]
    with z.open(name) as member:  # read no more than the bound, whatever the header says
        data = member.read(limit + 1)
    if len(data) > limit:
        raise PackageError(f"tệp {name} trong gói quá lớn")
    return data


def _json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise PackageError(f"{name} không đọc được (không phải JSON UTF-8)") from None


def _aware(value: Any, where: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise PackageError(f"{where} không phải thời điểm ISO 8601 có múi giờ")
    return moment


class _Reader:
    """Typed access to figures.json that names the field when something is wrong."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise PackageError(f"figures.json: «{where}» không đúng cấu trúc")
        self.obj, self.where = obj, where

    def _get(self, key: str, kinds: type | tuple[type, ...], default: Any = None) -> Any:
        value = self.obj.get(key, default)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in _tuple(kinds)):
            raise PackageError(f"figures.json: «{self.where}.{key}» thiếu hoặc sai kiểu")
        return value

    def text(self, key: str, limit: int = 2000, default: str | None = None) -> str:
        value = str(self._get(key, str, default))
        if len(value) > limit:
            raise PackageError(f"figures.json: «{self.where}.{key}» quá dài")
        return value

    def count(self, key: str, default: int | None = None) -> int:
        value = int(self._get(key, int, default))
        if not 0 <= value <= 10_000_000:
            raise PackageError(f"figures.json: «{self.where}.{key}» ngoài khoảng cho phép")
        return value

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool))

    def date(self, key: str) -> dt.date:
        try:
            return dt.date.fromisoformat(self.text(key, 10))
        except ValueError:
            raise PackageError(f"figures.json: «{self.where}.{key}» không phải ngày YYYY-MM-DD") from None

    def items(self, key: str, default: list[Any] | None = None) -> list[_Reader]:
        values = self._get(key, list, default)
        return [_Reader(v, f"{self.where}.{key}[{i}]") for i, v in enumerate(values)]

    def child(self, key: str) -> _Reader:
        return _Reader(self.obj.get(key), f"{self.where}.{key}")


def _tuple(kinds: type | tuple[type, ...]) -> tuple[type, ...]:
    return kinds if isinstance(kinds, tuple) else (kinds,)


def parse_figures(obj: Any) -> PackageFigures:
    """figures.json, checked field by field and for totals that agree."""
    r = _Reader(obj, "figures")
    sender = r.child("sender")
    plan = r.child("plan")
    period = r.child("period")
    kind = period.text("kind", 10)
    if kind not in (MONTH, SEMESTER, YEAR):
        raise PackageError(f"figures.json: loại kỳ báo cáo «{kind}» không có")
    try:
        the_period = ReportPeriod(kind, period.count("year"), period.count("index"), period.count("window_day"))
        valid = (the_period.start == period.date("start") and the_period.end == period.date("end")
                 and the_period.key == period.text("key", 20))
    except (ValueError, OverflowError):
        valid = False
    if not valid:
        raise PackageError("figures.json: kỳ báo cáo không hợp lệ (năm, tháng, ngày đầu và cuối kỳ không khớp)")
    first, last = plan.count("first_year"), plan.count("last_year")
    if not first <= the_period.year <= last:
        raise PackageError(f"kỳ báo cáo {the_period.label()} không thuộc kế hoạch năm {first}"
                           + (f"–{last}" if last != first else ""))
    totals = r.child("totals")
    articles = tuple(PackageArticle(a.date("published_on"), a.text("title"), a.text("channel", 300), a.text("url"),
                                    tuple(EvidenceHash(e.text("filename", 255), e.text("sha256", 64), e.count("size"))
                                          for e in a.items("evidence", [])))
                     for a in r.items("articles"))
    figures = PackageFigures(
        sender=Sender(sender.text("name", 300), sender.text("parent_name", 300, ""), sender.text("level", 20, ""),
                      sender.text("abbreviation", 60, ""), sender.text("email", 200, "")),
        period=the_period, plan_title=plan.text("title", 1000, ""), plan_number=plan.text("number", 100, ""),
        plan_years=(first, last), addressees=tuple(str(a) for a in r._get("addressees", list, [])),
        report_number=r.text("report_number", 100, ""), year_to_date=totals.count("year_to_date"),
        monthly=tuple((m.count("year"), m.count("month"), m.count("articles")) for m in r.items("monthly")),
        by_channel=tuple((c.text("name", 300), c.count("articles")) for c in r.items("by_channel")),
        by_group=tuple((c.text("name", 1000), c.count("articles")) for c in r.items("by_group")),
        by_unit=tuple((c.text("name", 300), c.count("articles")) for c in r.items("by_unit")),
        targets=tuple(TargetFigure(t.text("criterion", 1000), t.text("unit", 300, ""), t.text("window", 100, ""),
                                   t.count("required"), t.count("achieved"), t.flag("finished"), t.text("verdict", 100))
                      for t in r.items("targets")),
        articles=articles, opinion_issues=totals.count("opinion_issues", 0))
    if not figures.sender.name.strip():
        raise PackageError("figures.json không ghi tên đơn vị gửi")
    if totals.count("articles") != figures.total:
        raise PackageError(f"số tin bài ({totals.count('articles')}) khác danh sách tin bài ({figures.total}) trong gói")
    if any(not the_period.start <= a.published_on <= the_period.end for a in articles):
        raise PackageError("gói có tin bài đăng ngoài kỳ báo cáo")
    if sum(n for _y, _m, n in figures.monthly) != figures.total:
        raise PackageError("số tin bài theo tháng không cộng lại bằng tổng số tin bài trong gói")
    if figures.year_to_date < figures.total and the_period.start.year == the_period.end.year:
        raise PackageError("số tin bài lũy kế năm nhỏ hơn số tin bài trong kỳ")
    return figures
