"""What a results report says, in order: the parts, the numbered results with their tables, the
list of articles, the addressees and recipients. The PDF and the Word writers both lay out
this, so the two documents always say the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..records import ReportData

PART_I = "I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN"
PART_II = "II. KẾT QUẢ THỰC HIỆN"
PART_III = "III. ĐÁNH GIÁ CHUNG"
PART_IV = "IV. ĐỀ XUẤT, KIẾN NGHỊ"
ARTICLE_HEADERS = ("STT", "Ngày", "Tiêu đề", "Kênh", "Đường dẫn")
# A year of a province's articles runs to tens of thousands: a document lists a bounded number;
# the Excel companion always has the full list.
MAX_LISTED = 1_000


@dataclass
class ResultPart:
    heading: str
    kind: str = "table"  # table | chart (monthly counts against the minimum) | articles
    headers: list[str] = field(default_factory=list)
    rows: list[Any] = field(default_factory=list)
    note: str = ""


SCHOOL_HEADERS = ("STT", "Trường", "Báo cáo", "Tin bài trong kỳ", "Lũy kế năm", "Chỉ tiêu đạt")
TARGET_HEADERS = ("Chỉ tiêu", "Yêu cầu", "Đạt được", "Đánh giá")


def results_sentence(data: ReportData) -> str:
    text = (f"Trong kỳ báo cáo ({data.period.start:%d/%m/%Y} – {data.period.end:%d/%m/%Y}), "
            f"đơn vị đã đăng {data.total} tin bài.")
    if data.schools:
        sent = sum(1 for s in data.schools if s.received)
        text += (f" {sent}/{len(data.schools)} trường đã gửi báo cáo, với {data.schools_total} tin bài; "
                 f"toàn ngành (đơn vị và các trường): {data.combined_total} tin bài.")
    return text


def school_rows(data: ReportData) -> list[tuple[object, ...]]:
    """The schools' summary table: one row a school, then the total."""
    rows: list[tuple[object, ...]] = []
    for i, school in enumerate(data.schools, start=1):
        met, judged = school.targets_met()
        rows.append((i, school.name, school.state_label, school.total if school.received else "—",
                     school.year_to_date if school.received else "—", f"{met}/{judged}" if judged else "—"))
    sent = [s for s in data.schools if s.received]
    rows.append(("", f"Cộng ({len(sent)}/{len(data.schools)} trường đã gửi)", "", data.schools_total,
                 sum(s.year_to_date for s in sent), ""))
    return rows


def school_target_rows(school: object) -> list[tuple[str, str, str, str]]:
    targets = getattr(school, "targets", ())
    return [(f"{t.criterion}{f' — {t.unit}' if t.unit else ''} ({t.window})", str(t.required), str(t.achieved), t.verdict)
            for t in targets]


def result_parts(data: ReportData) -> list[ResultPart]:
    """Part II's numbered results, in order."""
    parts = [
        ResultPart("1. Số tin bài theo kênh truyền thông", "table", ["Kênh truyền thông", "Số tin bài"], data.by_channel),
        ResultPart("2. Số tin bài theo nhóm nội dung của kế hoạch", "table", ["Nhóm nội dung", "Số tin bài"], data.by_group),
        ResultPart("3. Số tin bài theo đơn vị thực hiện", "table", ["Đơn vị", "Số tin bài"], data.by_unit),
        ResultPart("4. Mức độ hoàn thành chỉ tiêu", "table", ["Chỉ tiêu", "Yêu cầu", "Đạt được", "Đánh giá"],
                   data.quota_rows()),
    ]
    if len(data.monthly) > 1:
        parts.append(ResultPart("5. Số tin bài theo tháng so với chỉ tiêu", "chart", ["Tháng", "Số tin bài", "Chỉ tiêu"],
                                [(f"{m:02d}/{y}", n, data.monthly_minimum) for y, m, n in data.monthly]))
    n = len(parts) + 1
    parts.append(ResultPart(f"{n}. Thực hiện các nội dung của kế hoạch trong kỳ", "table",
                            ["STT", "Nội dung", "Thời gian", "Kết quả"], data.coverage_rows))
    parts.append(ResultPart(f"{n + 1}. Tình hình dư luận và kết quả xử lý", "table",
                            ["Ngày", "Vấn đề", "Mức độ", "Biện pháp xử lý", "Kết quả"], data.opinion_rows))
    if data.superior_rows:
        n += 1
        parts.append(ResultPart(f"{n + 1}. Thực hiện các nội dung của kế hoạch cấp trên", "table",
                                ["Nội dung của kế hoạch cấp trên", "Nội dung của đơn vị", "Đánh giá"],
                                data.superior_rows))
    if data.schools:
        n += 1
        parts.append(ResultPart(f"{n + 1}. Kết quả của các trường (theo báo cáo gửi về)", "table",
                                list(SCHOOL_HEADERS), school_rows(data)))
        for k, school in enumerate((s for s in data.schools if s.received), start=1):
            parts.append(ResultPart(f"{n + 1}.{k}. {school.name}", "table", list(TARGET_HEADERS),
                                    school_target_rows(school),
                                    f"{school.state_label}; {school.total} tin bài trong kỳ, {school.year_to_date} "
                                    "tin bài lũy kế năm."))
    note = (f"(Báo cáo liệt kê {MAX_LISTED} tin bài đầu tiên; danh sách đầy đủ {len(data.articles)} tin bài ở tệp "
            "Excel kèm theo.)" if len(data.articles) > MAX_LISTED else "")
    parts.append(ResultPart(f"{n + 2}. Danh sách tin bài đã đăng", "articles", list(ARTICLE_HEADERS),
                            data.articles[:MAX_LISTED], note))
    return parts


def addressed_lines(addressees: list[str]) -> list[str]:
    """"Kính gửi: Sở GD&ĐT." or, for several, "Kính gửi:" and one "- …;" line each."""
    if not addressees:
        return []
    if len(addressees) == 1:
        return [f"Kính gửi: {addressees[0]}."]
    return ["Kính gửi:", *(f"- {name}{'.' if i == len(addressees) - 1 else ';'}" for i, name in enumerate(addressees))]


def report_recipients(data: ReportData) -> list[tuple[str, str]]:
    """"Như trên" (the addressees), then the plan's other recipients, at most six."""
    recipients = [("Như trên", "")] + [(r.name, r.purpose) for r in data.plan.recipients
                                       if r.name not in data.addressees and not r.name.lower().startswith("lưu")]
    return recipients[:6]
