"""Make the user guide (Hướng dẫn sử dụng): screenshots of the real windows on the demo data, the
guide as HTML (shown by Trợ giúp › Hướng dẫn sử dụng) and as a PDF.

    .venv/bin/python tools/make_guide.py [OUTPUT_FOLDER]      # default: resources/guide

Runs offscreen (no display needed): a demo office in a temporary folder, the main window and the
dialogs a new user meets first, each grabbed as it paints. `make guide` runs it.
"""

from __future__ import annotations

import html
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TITLE = "Hướng dẫn sử dụng KeHoach Desktop"

# (id, heading, paragraphs, screenshot or None); the text is the guide, the screenshots are made below
SECTIONS: list[tuple[str, str, list[str], str | None]] = [
    ("bat-dau", "1. Bắt đầu", [
        "Lần đầu mở, KeHoach hỏi thông tin đơn vị (cơ quan chủ quản, tên đơn vị, chữ viết tắt dùng trong số "
        "văn bản, địa danh, cấp) và đề nghị nạp dữ liệu mẫu. Sau đó tạo tài khoản đầu tiên — của thủ trưởng, "
        "vừa là người duyệt vừa là quản trị. Các lần sau, KeHoach hỏi ai đang làm việc.",
        "Văn phòng có nhiều máy dùng chung một cơ sở dữ liệu thì chọn «Kết nối máy chủ của văn phòng…» ngay "
        "lần đầu (Công cụ › Cơ sở dữ liệu…).",
        "Mọi thay đổi được lưu ngay; Ctrl+Z hoàn tác, Ctrl+Y làm lại, kể cả việc xóa."], "office-dialog"),
    ("ke-hoach", "2. Soạn kế hoạch", [
        "Thẻ «Văn bản» chứa số, ký hiệu, ngày, trích yếu, căn cứ, các phần I, II… của kế hoạch, nơi nhận và "
        "người ký. Khung xem trước cho thấy phần đầu văn bản đúng thể thức Nghị định 30/2020/NĐ-CP.",
        "Tệp › Xem trước (Ctrl+Shift+P) tạo tệp PDF để xem, lưu, in; Tệp › Xuất kế hoạch ra Word… cho tệp .docx "
        "cùng thể thức để hoàn thiện trong Word."], "plan-tab"),
    ("phu-luc", "3. Phụ lục các nội dung", [
        "Thẻ «Phụ lục» là bảng các nhóm nội dung (I, II…) và nội dung: hình thức, đơn vị chủ trì, phối hợp, thời "
        "gian thực hiện (theo quý, tháng hoặc hạn), người phụ trách. Tìm nhanh không cần dấu.",
        "Phụ lục của cấp trên (Excel hoặc Word) nhập bằng Tệp › Nhập phụ lục…; KeHoach cho xem trước những gì "
        "sẽ thêm và không ghi gì cho đến khi bấm «Nhập». Tệp › Tạo kế hoạch từ kế hoạch của cấp trên… lấy cả "
        "căn cứ, các phần và phụ lục từ văn bản cấp trên gửi."], "appendix-tab"),
    ("tin-bai", "4. Ghi tin bài, minh chứng và duyệt", [
        "Thẻ «Tin bài»: Ghi tin bài… (Ctrl+N) với tiêu đề, kênh, ngày đăng, đường dẫn, nội dung kế hoạch và "
        "minh chứng (ảnh chụp, PDF hoặc đường dẫn). Tin bài đi qua Nháp → Chờ duyệt → Đã duyệt → Đã đăng; chỉ "
        "tin bài đã đăng được tính trong báo cáo.",
        "Thủ trưởng duyệt bằng cách nhập lại mật khẩu (như chữ ký); lịch sử của mỗi tin bài ghi ai làm gì, khi nào."],
     "articles-tab"),
    ("theo-doi", "5. Theo dõi chỉ tiêu", [
        "Thẻ «Bảng điều khiển» cho thấy số tin bài theo tháng so với chỉ tiêu, mức đạt từng chỉ tiêu trong kỳ, "
        "bảng đơn vị × tháng và các nội dung đã đến quý thực hiện mà chưa có tin bài."], "dashboard-tab"),
    ("bao-cao", "6. Báo cáo kết quả", [
        "Kế hoạch › Báo cáo kết quả… (Ctrl+R): chọn kỳ (tháng, 6 tháng, năm), viết phần chỉ đạo, đánh giá, "
        "kiến nghị; số liệu tự tính từ tin bài đã đăng. Xem trước PDF, Xuất Excel, Xuất Word, Gói báo cáo… và "
        "Gửi thư (thư tự đính kèm PDF, Excel và gói báo cáo).",
        "Thủ trưởng «Duyệt báo cáo…»; báo cáo đã duyệt thì nội dung cố định và ký số được."], "report-dialog"),
    ("ky-so", "7. Ký số", [
        "Trong cửa sổ xem trước của kế hoạch hoặc báo cáo đã duyệt, bấm «Ký số…»: thủ trưởng ký bằng tệp chứng "
        "thư số (.p12) hoặc USB token, ảnh chữ ký nằm giữa chức vụ và họ tên; văn thư ký tiếp với con dấu của "
        "cơ quan. Công cụ › Kiểm tra chữ ký số… cho biết ai đã ký văn bản nhận được, văn bản còn nguyên vẹn không."],
     None),
    ("tong-hop", "8. Tổng hợp báo cáo các trường (Phòng, Sở)", [
        "Kế hoạch › Tổng hợp báo cáo các trường… (Ctrl+Shift+R): nhập danh sách trường từ Excel, nhận các gói "
        "báo cáo (.khbc) các trường gửi — chọn tệp, cả thư mục, kéo thả hoặc từ hộp thư — rồi xem trường nào "
        "gửi đúng hạn, muộn, chưa gửi; nhắc trường chưa gửi; báo cáo tổng hợp cộng số liệu các trường."],
     "district-dialog"),
    ("du-lieu", "9. Dữ liệu và sao lưu", [
        "Dữ liệu nằm trong thư mục dữ liệu (Trợ giúp › Giới thiệu cho biết và mở thư mục). KeHoach tự sao lưu "
        "hằng ngày, hằng tháng và trước mỗi lần nâng cấp; Công cụ › Sao lưu và khôi phục… để tự sao lưu hoặc "
        "khôi phục một bản. Gỡ cài đặt không xóa dữ liệu."], None),
]


def screenshots(folder: Path) -> dict[str, Path]:
    """The windows a new user sees, on the demo data, grabbed offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.domain.reporting import MONTH, ReportPeriod
    from kehoach_desktop.services import demo, plans, units
    from kehoach_desktop.settings import Settings
    from kehoach_desktop.ui.app import make_application
    from kehoach_desktop.ui.i18n import install_translators

    app = make_application([sys.argv[0]])
    install_translators(app, "vi")
    folder.mkdir(parents=True, exist_ok=True)
    shots: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="kehoach-guide-") as tmp:
        opened = open_app_database(str(Path(tmp) / "data"), actor="huongdan")
        try:
            plan_id = demo.load_demo(opened.store)
            for name in ("Trường Tiểu học Kim Đồng", "Trường THCS Lạc Thủy", "Trường Mầm non Hoa Sen"):
                units.add_unit(opened.store, name, "school")
            from kehoach_desktop.ui.main_window import (
                TAB_APPENDIX,
                TAB_ARTICLES,
                TAB_DASHBOARD,
                TAB_DOCUMENT,
                MainWindow,
            )

            window = MainWindow(opened, Settings(language="vi"))
            window.resize(1280, 800)
            window.refresh_lists(select=plan_id)
            window.show()

            from kehoach_desktop.ui.background import Background

            def settle(ms: int = 150) -> None:
                """Let the window fill in: until no view computes its figures off the GUI thread
                any more and `ms` have passed, sleeping between rounds of events."""
                start = time.monotonic()
                while True:
                    app.processEvents()
                    waited = time.monotonic() - start
                    if waited > 30 or (waited >= ms / 1000 and not any(b.busy for b in window.findChildren(Background))):
                        break
                    time.sleep(0.01)

            settle(300)
            for key, tab in (("plan-tab", TAB_DOCUMENT), ("appendix-tab", TAB_APPENDIX),
                             ("articles-tab", TAB_ARTICLES), ("dashboard-tab", TAB_DASHBOARD)):
                window.ui.tabs.setCurrentIndex(tab)
                settle()
                shots[key] = folder / f"{key}.png"
                window.grab().save(str(shots[key]))
            from kehoach_desktop.ui.district_dialog import DistrictDialog
            from kehoach_desktop.ui.office_dialog import OfficeDialog
            from kehoach_desktop.ui.report_dialog import ReportDialog

            period = ReportPeriod(MONTH, 2024, 10)
            for key, dialog in (("office-dialog", OfficeDialog(opened.store, window)),
                                ("report-dialog", ReportDialog(opened.store, plan_id, opened.data_dir, window, period)),
                                ("district-dialog", DistrictDialog(opened.store, plans.get_plan(opened.store, plan_id),
                                                                   opened.data_dir, window, period))):
                dialog.show()
                settle()
                shots[key] = folder / f"{key}.png"
                dialog.grab().save(str(shots[key]))
                dialog.close()
            window.close()
        finally:
            opened.close()
    return shots


def write_html(folder: Path, shots: dict[str, Path]) -> Path:
    parts = [f"<h1>{html.escape(TITLE)}</h1>",
             "<p><i>Dành cho cán bộ phụ trách truyền thông, văn thư và thủ trưởng đơn vị.</i></p>",
             "<ul>" + "".join(f"<li><a href='#{sid}'>{html.escape(head)}</a></li>" for sid, head, _p, _s in SECTIONS)
             + "</ul>"]
    for sid, head, paragraphs, shot in SECTIONS:
        parts.append(f"<h2><a name='{sid}'></a>{html.escape(head)}</h2>")
        parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
        if shot and shot in shots:
            parts.append(f"<p><img src='images/{shots[shot].name}' width='720'></p>")
    page = ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>"
            f"{html.escape(TITLE)}</title></head><body>{''.join(parts)}</body></html>")
    target = folder / "huong-dan-su-dung.html"
    target.write_text(page, encoding="utf-8")
    return target


def write_pdf(folder: Path, shots: dict[str, Path]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    from kehoach_desktop.exchange.pdf_fonts import font

    body = ParagraphStyle("body", fontName=font("regular"), fontSize=12, leading=16, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=body, fontName=font("bold"), fontSize=18, leading=22, spaceAfter=12)
    h2 = ParagraphStyle("h2", parent=body, fontName=font("bold"), fontSize=14, leading=18, spaceBefore=10)
    target = folder / "huong-dan-su-dung.pdf"
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=TITLE, author="KeHoach Desktop", lang="vi")
    story: list[object] = [Paragraph(html.escape(TITLE), h1)]
    for _sid, head, paragraphs, shot in SECTIONS:
        block: list[object] = [Paragraph(html.escape(head), h2)]
        block += [Paragraph(html.escape(p), body) for p in paragraphs]
        if shot and shot in shots:
            from PIL import Image as PILImage

            with PILImage.open(shots[shot]) as im:
                w, h = im.size
            width = doc.width
            block.append(Spacer(1, 4))
            block.append(Image(str(shots[shot]), width=width, height=width * h / w))
        story.append(KeepTogether(block))
    doc.build(story)
    return target


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "resources" / "guide"
    shots = screenshots(out / "images")
    print(write_html(out, shots))
    print(write_pdf(out, shots))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
