"""Generated schools and their report packages, for the district's tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from kehoach_desktop.domain.reporting import MONTH, ReportPeriod
from kehoach_desktop.exchange import report_package as rp
from kehoach_desktop.records import TargetFigure

VN = dt.timezone(dt.timedelta(hours=7))
OCTOBER = ReportPeriod(MONTH, 2024, 10)
DISTRICT = "PHÒNG GD&ĐT HUYỆN LẠC THỦY"  # as the schools write their superior's name (the demo office)
CHANNELS = ("Trang thông tin điện tử", "Fanpage Facebook", "Zalo OA")


@dataclass
class School:
    name: str
    email: str
    articles: list[rp.PackageArticle]
    before: int  # articles earlier in the year
    sent: dt.datetime | None  # when its (first) package was made; None: it sends none

    @property
    def year_to_date(self) -> int:
        return self.before + len(self.articles)

    def targets(self) -> tuple[TargetFigure, ...]:
        n = len(self.articles)
        return (TargetFigure("Toàn đơn vị: ít nhất 1 tin bài/tháng", "", "tháng 10/2024", 1, n, True,
                             "Đạt" if n >= 1 else "Chưa đạt"),
                TargetFigure("Toàn đơn vị: ít nhất 2 tin bài/năm", "", "năm 2024", 2, self.year_to_date, False,
                             "Đạt" if self.year_to_date >= 2 else "Đang thực hiện"))


def generated_schools(seed: int = 30) -> list[School]:
    rnd = random.Random(seed)
    kinds = ("Tiểu học", "THCS", "Mầm non", "TH&THCS")
    out = []
    for i in range(30):
        n = rnd.randint(0, 6)
        days = sorted(rnd.randint(1, 31) for _ in range(n))
        arts = [rp.PackageArticle(dt.date(2024, 10, d), f"Tin bài {j + 1} của trường số {i + 1}", rnd.choice(CHANNELS),
                                  f"https://truong{i + 1}.edu.vn/tin/{j + 1}",
                                  (rp.EvidenceHash(f"anh-{j + 1}.png", f"{i:02x}{j:02x}".ljust(64, "a"), 1000 + j),))
                for j, d in enumerate(days)]
        # 22 send on time, 4 late (after the 25th), 4 send nothing
        sent = (dt.datetime(2024, 10, rnd.randint(10, 24), 9, 30, tzinfo=VN) if i < 22 else
                dt.datetime(2024, 10, 25, 0, 5, tzinfo=VN) + dt.timedelta(days=i - 22) if i < 26 else None)
        out.append(School(f"Trường {kinds[i % 4]} Số {i + 1} Lạc Thủy", f"truong{i + 1}@lacthuy.edu.vn" if i % 5 else "",
                          arts, rnd.randint(0, 20), sent))
    return out


def figures_of(school: School, parent: str = DISTRICT) -> rp.PackageFigures:
    monthly = ((2024, 10, len(school.articles)),)
    by_channel = tuple(sorted(((c, sum(1 for a in school.articles if a.channel == c)) for c in CHANNELS
                               if any(a.channel == c for a in school.articles)), key=lambda x: (-x[1], x[0])))
    return rp.PackageFigures(
        sender=rp.Sender(school.name, parent, "truong"), period=OCTOBER, plan_title="Kế hoạch truyền thông năm 2024",
        plan_number="05/KH-TH", plan_years=(2024, 2024), addressees=("Phòng GD&ĐT huyện Lạc Thủy",),
        year_to_date=school.year_to_date, monthly=monthly, by_channel=by_channel, targets=school.targets(),
        articles=tuple(school.articles))


def make_attachments(folder: Path) -> tuple[Path, Path]:
    """A report PDF and workbook to put in generated packages (their content is the school's affair)."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(folder / "r.pdf"))
    canvas.drawString(72, 720, "Bao cao")
    canvas.save()
    wb = Workbook()
    wb.active["A1"] = "Số liệu"  # type: ignore[index]
    wb.save(folder / "r.xlsx")
    return folder / "r.pdf", folder / "r.xlsx"


def write(folder: Path, name: str, figures: rp.PackageFigures, when: dt.datetime, attachments: tuple[Path, Path]) -> Path:
    return rp.write_package(figures, attachments[0], attachments[1], folder / name, when)


def school_list(path: Path, schools: list[School]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["DANH SÁCH TRƯỜNG TRỰC THUỘC"])
    ws.append(["STT", "Tên trường", "Email"])
    for i, school in enumerate(schools, start=1):
        ws.append([i, school.name, school.email or None])
    ws.append(["", "Tổng", None])
    wb.save(path)
    return path


def tamper(package: Path, member: str, change: bytes) -> Path:
    """The same package with `change` appended to one of its files, the manifest left as it was."""
    out = package.with_name("tampered-" + package.name)
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, data + change if info.filename == member else data)
    return out


def older_schema(package: Path) -> Path:
    out = package.with_name("old-" + package.name)
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in (rp.MANIFEST, rp.FIGURES):
                obj = json.loads(data)
                obj["schema"] = 0
                data = json.dumps(obj).encode()
                if info.filename == rp.FIGURES:
                    figures_bytes = data
            dst.writestr(info.filename, data)
    # a consistent old package: the manifest's hash of figures.json matches its (old) content
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read(rp.MANIFEST))

    manifest["files"][rp.FIGURES] = {"sha256": hashlib.sha256(figures_bytes).hexdigest(), "size": len(figures_bytes)}
    final = package.with_name("older-" + package.name)
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(final, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, json.dumps(manifest) if info.filename == rp.MANIFEST else src.read(info.filename))
    return final
