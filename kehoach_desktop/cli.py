"""The command line: the same services as the GUI, without a window.

`kehoach` alone opens the GUI. Commands that create something print the new id alone on the
last line. Errors go to stderr in plain words with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .db.lock import DatabaseLocked
from .domain.numerals import to_roman
from .domain.workflow import ARTICLE_STATES
from .errors import DatabaseError
from .lazy import lazy_module
from .logging_setup import logging_active, setup_logging, stop_logging
from .options import add_global_options, global_options
from .paths import data_dir, log_dir
from .services.errors import ServiceError

if TYPE_CHECKING:
    from . import bootstrap
    from .bootstrap import OpenedDatabase
    from .domain.reporting import ReportPeriod
    from .services import accounts, articles, channels, demo, history, plans, transfer, units
else:
    # `kehoach` alone opens the window, which paints before the database layer is imported
    bootstrap = lazy_module("kehoach_desktop.bootstrap")
    accounts = lazy_module("kehoach_desktop.services.accounts")
    articles = lazy_module("kehoach_desktop.services.articles")
    channels = lazy_module("kehoach_desktop.services.channels")
    demo = lazy_module("kehoach_desktop.services.demo")
    history = lazy_module("kehoach_desktop.services.history")
    plans = lazy_module("kehoach_desktop.services.plans")
    transfer = lazy_module("kehoach_desktop.services.transfer")
    units = lazy_module("kehoach_desktop.services.units")

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3

log = logging.getLogger(__name__)


MAX_ID = 2**63 - 1  # SQLite's largest integer


def record_id(text: str) -> int:
    """An id or number on the command line: a whole number from 1 to 2^63 − 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» không phải một số") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} nằm ngoài khoảng 1 … {MAX_ID}")
    return value


def iso_date(text: str) -> str:
    """A date on the command line, YYYY-MM-DD; checked here so that every command explains it alike."""
    import datetime as dt

    if not text.strip():
        raise argparse.ArgumentTypeError("ngày để trống (dùng YYYY-MM-DD)")
    try:
        dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» không phải ngày YYYY-MM-DD") from None
    return text.strip()


def _command(parser: argparse.ArgumentParser, fn: Callable[[OpenedDatabase, argparse.Namespace], int],
             writes: bool, opens: bool = True,
             quick: Callable[[argparse.Namespace], int | None] | None = None) -> argparse.ArgumentParser:
    """A command is declared once: its parser, its handler, whether it changes data, whether
    it opens the database at all (choosing the server does not), and a `quick` way that may do
    the same work without opening it fully (returns None when the handler must)."""
    parser.set_defaults(command_handler=Command(fn, writes, opens, quick))
    return parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `command` (the word after the global options) only that
    command's parser, a tenth of the time of a small export (one that is no command: all of them)."""
    parser = argparse.ArgumentParser(
        prog="kehoach",
        description="KeHoach Desktop — kế hoạch truyền thông về GD&ĐT. Không có lệnh: mở cửa sổ.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name, add in COMMANDS.items():
        if command not in COMMANDS or name == command:
            add(sub)
    return parser


def _user_command(sub: Any) -> None:
    user = sub.add_parser("user", help="tài khoản").add_subparsers(dest="sub", metavar="LỆNH", required=True)
    u_add = _command(user.add_parser("add", help="thêm tài khoản (tài khoản đầu tiên là quản trị và người duyệt)"), cmd_user_add, writes=True)
    u_add.add_argument("name")
    u_add.add_argument("--role", action="append", default=[], choices=("approver", "editor", "admin", "viewer"))
    u_add.add_argument("--full-name", default="")
    u_list = _command(user.add_parser("list", help="liệt kê tài khoản"), cmd_user_list, writes=False)
    u_list.add_argument("--json", action="store_true")
    u_pw = _command(user.add_parser("passwd", help="đổi mật khẩu (của mình) hoặc đặt lại (quản trị)"), cmd_user_passwd, writes=True)
    u_pw.add_argument("name")
    for verb in ("disable", "enable"):
        u = _command(user.add_parser(verb, help="khóa tài khoản" if verb == "disable" else "mở khóa tài khoản"),
                     cmd_user_disable, writes=True)
        u.add_argument("name")


def _channel_command(sub: Any) -> None:
    channel = sub.add_parser("channel", help="kênh truyền thông").add_subparsers(
        dest="sub", metavar="LỆNH", required=True)
    c_list = _command(channel.add_parser("list", help="liệt kê kênh"), cmd_channel_list, writes=False)
    c_list.add_argument("--json", action="store_true")
    c_add = _command(channel.add_parser("add", help="thêm kênh"), cmd_channel_add, writes=True)
    c_add.add_argument("name")
    c_add.add_argument("--kind", required=True, choices=("website", "fanpage", "zalo", "press", "radio-tv", "event", "print"))
    c_add.add_argument("--url", default="")


def _report_command(sub: Any) -> None:
    report = _command(sub.add_parser("report", help="báo cáo kết quả (PDF hoặc Excel)"), cmd_report, writes=False,
                      quick=quick_report)
    report.add_argument("id", type=record_id, help="mã kế hoạch")
    report.add_argument("--period", required=True, help="2024-10 (tháng), 2024-S1, 2024-S2 (6 tháng) hoặc 2024 (năm)")
    report.add_argument("--window", type=int, default=0, metavar="NGÀY",
                        help="tháng tính từ ngày NGÀY tháng trước đến ngày NGÀY-1 (ví dụ 15)")
    report.add_argument("--format", default="pdf", choices=("pdf", "xlsx", "docx"))
    report.add_argument("--package", action="store_true",
                        help="gói báo cáo .khbc gửi cấp trên (số liệu, PDF, Excel, tin bài và mã băm minh chứng)")
    report.add_argument("-o", "--output", required=True, metavar="TỆP")

    report.add_argument("--regenerate", action="store_true",
                        help="tạo lại PDF dù báo cáo đã ký số (bản tạo lại không có chữ ký)")


def _report_approve_command(sub: Any) -> None:
    r_approve = _command(sub.add_parser("report-approve", help="thủ trưởng duyệt báo cáo (hỏi lại mật khẩu)"),
                         cmd_report_approve, writes=True)
    r_approve.add_argument("id", type=record_id, help="mã kế hoạch")
    r_approve.add_argument("--period", required=True)


def _report_return_command(sub: Any) -> None:
    r_return = _command(sub.add_parser("report-return", help="trả lại báo cáo đã duyệt về dự thảo"),
                        cmd_report_return, writes=True)
    r_return.add_argument("id", type=record_id, help="mã kế hoạch")
    r_return.add_argument("--period", required=True)
    r_return.add_argument("--reason", required=True)


def _sign_command(sub: Any) -> None:
    sign = _command(sub.add_parser("sign", help="ký số văn bản PDF (thủ trưởng; --agency: cơ quan, đóng dấu)"),
                    cmd_sign, writes=True)
    sign.add_argument("file", metavar="TỆP.pdf")
    key = sign.add_mutually_exclusive_group(required=True)
    key.add_argument("--p12", metavar="TỆP", help="chứng thư số .p12/.pfx (mật khẩu: KEHOACH_P12_PASSWORD)")
    key.add_argument("--pkcs11-lib", metavar="THƯ_VIỆN", help="thư viện PKCS#11 của thiết bị ký số (USB token)")
    sign.add_argument("--token-label", default="", help="nhãn thiết bị (mã PIN: KEHOACH_TOKEN_PIN)")
    sign.add_argument("--key-label", default="", help="nhãn khóa trên thiết bị (mặc định: khóa đầu tiên)")
    sign.add_argument("--image", metavar="PNG", help="ảnh chữ ký tay (PNG nền trong suốt)")
    role = sign.add_mutually_exclusive_group()
    role.add_argument("--agency", action="store_true", help="chữ ký của cơ quan, sau chữ ký của thủ trưởng")
    role.add_argument("--attachment", action="store_true",
                      help="chữ ký của cơ quan trên tệp đính kèm: số văn bản và thời gian ở góc trên bên phải trang 1")
    sign.add_argument("--seal", metavar="PNG", help="ảnh con dấu (với --agency)")
    sign.add_argument("--number", default="", help="số, ký hiệu văn bản (với --attachment; mặc định: của văn bản)")
    sign.add_argument("-o", "--output", required=True, metavar="TỆP.pdf")


def _verify_command(sub: Any) -> None:
    verify = _command(sub.add_parser("verify", help="kiểm tra chữ ký số của tệp PDF (hoặc gói báo cáo .khbc)"),
                      cmd_verify, writes=False)
    verify.add_argument("file", metavar="TỆP")
    verify.add_argument("--trust", action="append", default=[], metavar="CA.pem", help="chứng thư gốc tin cậy")
    verify.add_argument("--json", action="store_true")


def _receive_command(sub: Any) -> None:
    receive = _command(sub.add_parser("receive", help="nhận gói báo cáo của các trường (.khbc)"), cmd_receive,
                       writes=True)
    receive.add_argument("files", nargs="*", metavar="TỆP", help="gói báo cáo, hoặc thư mục chứa các gói")
    receive.add_argument("--mailbox", action="store_true",
                         help="cả các gói đính kèm thư chưa đọc trong hộp thư (IMAP; mật khẩu: KEHOACH_IMAP_PASSWORD)")
    receive.add_argument("--json", action="store_true")


def _district_command(sub: Any) -> None:
    district = sub.add_parser("district", help="tổng hợp báo cáo của các trường").add_subparsers(
        dest="sub", metavar="LỆNH", required=True)
    d_status = _command(district.add_parser("status", help="các trường đã gửi đúng hạn, muộn, chưa gửi"),
                        cmd_district_status, writes=False)
    d_status.add_argument("--period", required=True, help="2024-10, 2024-S1 hoặc 2024")
    d_status.add_argument("--json", action="store_true")
    d_remind = _command(district.add_parser("remind", help="đưa thư nhắc các trường chưa gửi vào hộp thư đi"),
                        cmd_district_remind, writes=True)
    d_remind.add_argument("--period", required=True)
    d_schools = _command(district.add_parser("import-schools", help="thêm các trường từ danh sách Excel"),
                         cmd_district_import_schools, writes=True)
    d_schools.add_argument("file", metavar="TỆP")


def _target_command(sub: Any) -> None:
    target = sub.add_parser("target", help="chỉ tiêu").add_subparsers(dest="sub", metavar="LỆNH", required=True)
    t_list = _command(target.add_parser("list", help="các chỉ tiêu của kế hoạch"), cmd_target_list, writes=False)
    t_list.add_argument("--plan", type=record_id, required=True)
    t_list.add_argument("--json", action="store_true")
    t_status = _command(target.add_parser("status", help="mức độ đạt từng chỉ tiêu"), cmd_target_status, writes=False)
    t_status.add_argument("--plan", type=record_id, required=True)
    t_status.add_argument("--period", default=None, help="2024-10, 2024-S1, 2024 (mặc định: cả kỳ kế hoạch)")
    t_status.add_argument("--json", action="store_true")
    t_add = _command(target.add_parser("add", help="thêm chỉ tiêu"), cmd_target_add, writes=True)
    t_add.add_argument("--plan", type=record_id, required=True)
    t_add.add_argument("--scope", required=True, choices=("office", "unit", "unit_kind"))
    t_add.add_argument("--period", required=True, choices=("month", "quarter", "semester", "year"))
    t_add.add_argument("--minimum", type=int, required=True)
    t_add.add_argument("--unit", default=None, help="tên đơn vị (với --scope unit)")
    t_add.add_argument("--unit-kind", default="", choices=("", "internal", "school", "partner"))


def _opinion_command(sub: Any) -> None:
    opin = sub.add_parser("opinion", help="vấn đề dư luận").add_subparsers(dest="sub", metavar="LỆNH", required=True)
    o_add = _command(opin.add_parser("add", help="ghi một vấn đề dư luận"), cmd_opinion_add, writes=True)
    o_add.add_argument("--summary", required=True)
    o_add.add_argument("--date", required=True, type=iso_date, help="ngày phát hiện YYYY-MM-DD")
    o_add.add_argument("--source", default="press", choices=("press", "social", "parents", "other"))
    o_add.add_argument("--link", default="")
    o_add.add_argument("--severity", default="normal", choices=("hot", "normal"))
    o_add.add_argument("--handler", default="")
    o_add.add_argument("--actions", default="")
    o_add.add_argument("--status", default="new", choices=("new", "in_progress", "resolved"))
    o_add.add_argument("--reported", action="store_true", help="đã báo cáo cấp trên")
    o_add.add_argument("--plan", type=record_id, default=None)
    o_list = _command(opin.add_parser("list", help="liệt kê vấn đề dư luận"), cmd_opinion_list, writes=False)
    o_list.add_argument("--from", dest="date_from", type=iso_date, default=None)
    o_list.add_argument("--to", dest="date_to", type=iso_date, default=None)
    o_list.add_argument("--json", action="store_true")


def _mail_command(sub: Any) -> None:
    mail = sub.add_parser("mail", help="thư điện tử").add_subparsers(dest="sub", metavar="LỆNH", required=True)
    m_config = _command(mail.add_parser("config", help="cài đặt máy chủ gửi thư (SMTP)"), cmd_mail_config, writes=True)
    m_config.add_argument("--host", required=True)
    m_config.add_argument("--port", type=int, required=True)
    m_config.add_argument("--security", required=True, choices=("ssl", "starttls", "none"))
    m_config.add_argument("--user", default="", help="để trống nếu máy chủ không cần đăng nhập")
    m_config.add_argument("--from", dest="from_addr", required=True, metavar="ĐỊA_CHỈ")
    m_config.add_argument("--imap-host", default=None, metavar="MÁY_CHỦ",
                          help="máy chủ nhận thư (IMAP) nơi các trường gửi gói báo cáo; cùng tài khoản")
    m_config.add_argument("--imap-port", type=int, default=993)
    m_config.add_argument("--imap-security", default="ssl", choices=("ssl", "starttls", "none"))
    m_config.add_argument("--imap-folder", default="INBOX")
    m_send = _command(mail.add_parser("send", help="gửi thư (mật khẩu: kho mật khẩu hệ thống hoặc $KEHOACH_SMTP_PASSWORD)"), cmd_mail_send, writes=True)
    m_send.add_argument("--to", action="append", required=True, metavar="ĐỊA_CHỈ")
    m_send.add_argument("--cc", action="append", default=[], metavar="ĐỊA_CHỈ")
    m_send.add_argument("--subject", required=True)
    m_send.add_argument("--body", default="")
    m_send.add_argument("--attach", action="append", default=[], metavar="TỆP")
    m_out = _command(mail.add_parser("outbox", help="thư chưa gửi được và thư đã gửi"), cmd_mail_outbox, writes=False)
    m_out.add_argument("--json", action="store_true")
    m_retry = _command(mail.add_parser("retry", help="gửi lại một thư trong hộp thư đi"), cmd_mail_retry, writes=True)
    m_retry.add_argument("id", type=record_id)
    m_discard = _command(mail.add_parser("discard", help="xóa một thư chưa gửi khỏi hộp thư đi"), cmd_mail_discard, writes=True)
    m_discard.add_argument("id", type=record_id)


def _article_command(sub: Any) -> None:
    article = sub.add_parser("article", help="tin bài").add_subparsers(dest="sub", metavar="LỆNH", required=True)
    a_add = _command(article.add_parser("add", help="ghi một tin bài (bản nháp)"), cmd_article_add, writes=True)
    a_add.add_argument("--plan", type=record_id, required=True)
    a_add.add_argument("--title", required=True)
    a_add.add_argument("--channel", required=True, help="tên hoặc mã kênh")
    a_add.add_argument("--date", required=True, type=iso_date, help="ngày đăng YYYY-MM-DD")
    a_add.add_argument("--kind", default="tin", choices=("tin", "bai", "phong-su", "video", "anh", "infographic", "khac"))
    a_add.add_argument("--url", default="")
    a_add.add_argument("--author", default="")
    a_add.add_argument("--unit", default=None, help="tên đơn vị thực hiện")
    a_add.add_argument("--theme", type=record_id, action="append", default=[], help="mã nội dung (lặp lại được)")
    a_add.add_argument("--evidence", action="append", default=[], help="tệp minh chứng (lặp lại được)")
    a_list = _command(article.add_parser("list", help="liệt kê tin bài"), cmd_article_list, writes=False)
    a_list.add_argument("--plan", type=record_id, required=True)
    a_list.add_argument("--search", default="")
    a_list.add_argument("--status", choices=ARTICLE_STATES)
    a_list.add_argument("--json", action="store_true")
    a_export = _command(article.add_parser("export", help="xuất danh sách tin bài ra Excel"), cmd_article_export,
                        writes=False, quick=quick_article_export)
    a_export.add_argument("--plan", type=record_id, required=True)
    a_export.add_argument("--from", dest="date_from", type=iso_date, default=None, help="từ ngày YYYY-MM-DD")
    a_export.add_argument("--to", dest="date_to", type=iso_date, default=None, help="đến ngày YYYY-MM-DD")
    a_export.add_argument("--all-states", action="store_true",
                          help="kèm cả tin bài nháp, chờ duyệt, đã duyệt (bảng tổng hợp vẫn chỉ tính tin bài đã đăng)")
    a_export.add_argument("-o", "--output", required=True, metavar="TỆP.xlsx")
    a_show = _command(article.add_parser("show", help="một tin bài và lịch sử"), cmd_article_show, writes=False)
    a_show.add_argument("id", type=record_id)
    a_show.add_argument("--json", action="store_true")
    for verb, text in (("submit", "gửi duyệt"), ("approve", "duyệt (hỏi lại mật khẩu)"),
                       ("return", "trả lại kèm lý do"), ("publish", "đánh dấu đã đăng")):
        a = _command(article.add_parser(verb, help=text), cmd_article_transition, writes=True)
        a.add_argument("id", type=record_id)
        a.add_argument("--reason", default="")
        if verb == "publish":
            a.add_argument("--date", type=iso_date, default=None)
            a.add_argument("--url", default=None)


def _demo_command(sub: Any) -> None:
    _command(sub.add_parser("demo", help="tạo đơn vị và kế hoạch mẫu (Lạc Thủy 2024)"), cmd_demo, writes=True)


def _backup_command(sub: Any) -> None:
    b = _command(sub.add_parser("backup", help="sao lưu ngay (kèm minh chứng); «backup list»: các bản sao lưu"), cmd_backup, writes=False)
    b.add_argument("what", nargs="?", choices=("list",), help="list: liệt kê các bản sao lưu")
    b.add_argument("-o", "--output", default=None, metavar="TỆP.db", help="ghi bản sao lưu vào tệp này")
    b.add_argument("--json", action="store_true")


def _restore_command(sub: Any) -> None:
    r = _command(sub.add_parser("restore", help="khôi phục một bản sao lưu (sao lưu dữ liệu hiện tại trước)"), cmd_restore, writes=True)
    r.add_argument("file", metavar="TỆP.db")
    r.add_argument("--yes", action="store_true", help="không hỏi lại (cho tập lệnh)")


def _db_command(sub: Any) -> None:
    db = sub.add_parser("db", help="cơ sở dữ liệu: máy chủ của văn phòng, chép dữ liệu").add_subparsers(
        dest="sub", metavar="LỆNH", required=True)
    d_copy = _command(db.add_parser("copy", help="chép toàn bộ dữ liệu (kèm minh chứng) sang / từ một cơ sở dữ liệu trống"),
                      cmd_db_copy, writes=True)
    where = d_copy.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="URL", help="chép dữ liệu đang dùng sang URL (phải trống)")
    where.add_argument("--from", dest="source", metavar="URL", help="chép dữ liệu ở URL vào cơ sở dữ liệu đang dùng (phải trống)")
    _command(db.add_parser("status", help="cơ sở dữ liệu máy này đang dùng"), cmd_db_status, writes=False, opens=False)
    d_connect = _command(db.add_parser("connect", help="dùng máy chủ PostgreSQL của văn phòng (mật khẩu: hỏi, hoặc $KEHOACH_DB_PASSWORD)"),
                         cmd_db_connect, writes=False, opens=False)
    d_connect.add_argument("--host", required=True)
    d_connect.add_argument("--port", type=int, default=5432)
    d_connect.add_argument("--database", default="kehoach")
    d_connect.add_argument("--user", default="kehoach")
    d_connect.add_argument("--tls", default="prefer", choices=("prefer", "require", "verify-full", "disable"))
    _command(db.add_parser("disconnect", help="thôi dùng máy chủ, dùng lại tệp dữ liệu trên máy này"),
             cmd_db_disconnect, writes=False, opens=False)


def _plan_command(sub: Any) -> None:
    plan = sub.add_parser("plan", help="kế hoạch").add_subparsers(dest="plan_command", metavar="LỆNH",
                                                                   required=True)
    p_list = _command(plan.add_parser("list", help="liệt kê kế hoạch"), cmd_plan_list, writes=False)
    p_list.add_argument("--json", action="store_true")
    p_list.add_argument("--search", default="", help="tìm theo tên (không phân biệt dấu)")
    p_show = _command(plan.add_parser("show", help="toàn bộ một kế hoạch"), cmd_plan_show, writes=False)
    p_show.add_argument("id", type=record_id)
    p_show.add_argument("--json", action="store_true")
    p_export = _command(plan.add_parser("export", help="xuất phụ lục ra Excel, kế hoạch ra PDF hoặc Word"),
                        cmd_plan_export, writes=False, quick=quick_plan_export)
    p_export.add_argument("--regenerate", action="store_true",
                          help="tạo lại PDF dù kế hoạch đã ký số (bản tạo lại không có chữ ký)")
    p_export.add_argument("id", type=record_id)
    p_export.add_argument("--format", default="xlsx", choices=("xlsx", "pdf", "docx"),
                          help="xlsx: phụ lục; pdf, docx: văn bản kế hoạch kèm phụ lục")
    p_export.add_argument("-o", "--output", required=True, metavar="TỆP")
    p_import = _command(plan.add_parser("import-appendix", help="nhập phụ lục từ tệp .xlsx/.docx của cấp trên"), cmd_plan_import, writes=True)
    p_import.add_argument("id", type=record_id)
    p_import.add_argument("file")
    p_import.add_argument("--dry-run", action="store_true", help="chỉ đọc và báo cáo, không ghi")
    p_import.add_argument("--json", action="store_true")
    p_sup = _command(plan.add_parser("import-plan", help="tạo kế hoạch mới từ kế hoạch của cấp trên (.docx, .pdf có chữ)"),
                     cmd_plan_import_superior, writes=True)
    p_sup.add_argument("file")
    p_sup.add_argument("--period", help="thời kỳ của kế hoạch mới (mặc định: của kế hoạch cấp trên)")
    p_sup.add_argument("--dry-run", action="store_true", help="chỉ đọc và cho biết sẽ tạo gì")
    p_sup.add_argument("--json", action="store_true")
    p_cas = _command(plan.add_parser("cascade", help="các nội dung của kế hoạch cấp trên và nội dung của đơn vị thực hiện chúng"),
                     cmd_plan_cascade, writes=False)
    p_cas.add_argument("id", type=record_id)
    p_cas.add_argument("--json", action="store_true")
    p_link = _command(plan.add_parser("link", help="nội dung ID của đơn vị thực hiện những nội dung nào của cấp trên"),
                      cmd_plan_link, writes=True)
    p_link.add_argument("theme", type=record_id, help="mã nội dung (phụ lục) của đơn vị")
    p_link.add_argument("--item", type=record_id, action="append", default=[], help="mã nội dung cấp trên (lặp lại được; không có: bỏ hết)")
    p_copy = _command(plan.add_parser("copy", help="sao chép kế hoạch sang thời kỳ mới"), cmd_plan_copy, writes=True)
    p_copy.add_argument("id", type=record_id)
    p_copy.add_argument("--period", help="thời kỳ mới: 2025, 2025-2026 hoặc 2021-2025 (mặc định: kỳ kế tiếp)")
    p_approve = _command(plan.add_parser("approve", help="duyệt kế hoạch (hỏi lại mật khẩu)"), cmd_plan_approve, writes=True)
    p_approve.add_argument("id", type=record_id)
    p_return = _command(plan.add_parser("return", help="trả lại kế hoạch đã duyệt về dự thảo"), cmd_plan_return, writes=True)
    p_return.add_argument("id", type=record_id)
    p_return.add_argument("--reason", required=True, help="lý do trả lại")
    p_issue = _command(plan.add_parser("issue", help="ban hành kế hoạch đã duyệt (số và ngày không sửa được sau đó)"), cmd_plan_issue, writes=True)
    p_issue.add_argument("id", type=record_id)
    p_issue.add_argument("--number", type=record_id, default=None, help="số văn bản")
    p_issue.add_argument("--date", type=iso_date, default=None, help="ngày ban hành YYYY-MM-DD")
    p_history = _command(plan.add_parser("history", help="lịch sử thay đổi, duyệt, ban hành của kế hoạch"), cmd_plan_history, writes=False)
    p_history.add_argument("id", type=record_id)
    p_history.add_argument("--json", action="store_true")


COMMANDS: dict[str, Callable[[Any], None]] = {
    "user": _user_command,
    "channel": _channel_command,
    "report": _report_command,
    "report-approve": _report_approve_command,
    "report-return": _report_return_command,
    "sign": _sign_command,
    "verify": _verify_command,
    "receive": _receive_command,
    "district": _district_command,
    "target": _target_command,
    "opinion": _opinion_command,
    "mail": _mail_command,
    "article": _article_command,
    "demo": _demo_command,
    "backup": _backup_command,
    "restore": _restore_command,
    "db": _db_command,
    "plan": _plan_command,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    leading = global_options(argv)
    parser = build_parser(leading[1][0] if leading and leading[1] else None)
    args = parser.parse_args(argv)
    if args.command is None:
        from .ui.app import run_gui

        return run_gui(args)
    already = logging_active()
    try:
        folder = data_dir(args.data_dir)
        if folder.exists() and not folder.is_dir():
            _err(f"«{folder}» là một tệp, không phải thư mục dữ liệu.")
            return EXIT_ERROR
        setup_logging(log_dir(folder))
        return _run(args)
    except OSError as exc:  # the data folder is a file, is not writable, lies on /proc …
        _err(_os_message(exc))
        return EXIT_ERROR
    finally:
        if not already:
            stop_logging()


def _os_message(exc: OSError) -> str:
    """An operating-system refusal in plain words, naming the file or folder."""
    import errno

    from .files import TargetError

    if isinstance(exc, TargetError) or not exc.strerror:
        return str(exc)
    reason = {errno.EEXIST: "đã có một tệp cùng tên (không phải thư mục)", errno.ENOENT: "không tồn tại",
              errno.EACCES: "không có quyền", errno.EPERM: "không có quyền", errno.EROFS: "nằm trên ổ chỉ đọc",
              errno.ENOSPC: "ổ đĩa hết chỗ trống", errno.EISDIR: "là một thư mục",
              errno.ENOTDIR: "một phần của đường dẫn không phải thư mục"}.get(exc.errno or 0, exc.strerror)
    where = f"«{exc.filename}»: " if exc.filename else ""
    return f"{where}{reason}."


def _run(args: argparse.Namespace) -> int:
    handler: Command = args.command_handler
    if not handler.opens:
        try:
            return handler.fn(None, args)  # type: ignore[arg-type]
        except (ServiceError, DatabaseError) as exc:
            _err(str(exc))
            return EXIT_ERROR
    if handler.quick is not None and not args.as_user:
        done = _guarded(lambda: handler.quick(args))  # type: ignore[misc]
        if done is not None:
            return done
    try:
        opened = bootstrap.open_app_database(args.data_dir, args.db_url, allow_read_only=not handler.writes, actor="cli",
                                   reader=not handler.writes, wait=10.0)
    except DatabaseLocked as exc:
        _err(f"{exc}\nHãy đóng cửa sổ KeHoach đang mở rồi chạy lại lệnh.")
        return EXIT_LOCKED
    except DatabaseError as exc:
        _err(str(exc))
        return EXIT_ERROR
    try:
        return _guarded(lambda: _as_user(handler, opened, args))  # type: ignore[return-value]
    finally:
        opened.close()


def _as_user(handler: Command, opened: OpenedDatabase, args: argparse.Namespace) -> int:
    if args.as_user:
        password = _password("KEHOACH_PASSWORD", f"Mật khẩu của {args.as_user}: ")
        opened.store.acting_as(accounts.login(opened.store, args.as_user, password))
        args.login_password = password  # an own-password change needs it again, not ""
    return handler(opened, args)


def _guarded(work: Callable[[], int | None]) -> int | None:
    """The command's work with every failure said in the user's words and its exit status."""
    try:
        return work()
    except ServiceError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head`
        return 0
    except OSError as exc:
        _err(_os_message(exc))
        return EXIT_ERROR
    except Exception as exc:  # never a bare traceback for the user; the log has the details
        log.exception("command failed")
        _err(f"Lỗi không mong đợi: {exc}")
        return EXIT_ERROR


class Command:
    def __init__(self, fn: Callable[[OpenedDatabase, argparse.Namespace], int], writes: bool,
                 opens: bool = True, quick: Callable[[argparse.Namespace], int | None] | None = None) -> None:
        self.fn = fn
        self.writes = writes
        self.opens = opens
        self.quick = quick

    def __call__(self, opened: OpenedDatabase, args: argparse.Namespace) -> int:
        return self.fn(opened, args)


def cmd_backup(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import backups

    if args.what == "list":
        found = backups.list_backups(opened.store)
        if args.json:
            _json([{"file": str(b.path), "label": b.label, "kind": b.kind, "plans": b.plans,
                    "articles": b.articles, "sound": b.sound} for b in found])
            return 0
        for b in found:
            state = f"{b.plans} kế hoạch, {b.articles} tin bài" if b.sound else "HỎNG"
            print(f"{b.label:<40} {state:<28} {b.path}")
        print(f"{len(found)} bản sao lưu")
        return 0
    path = backups.make_backup(opened.store, args.output)
    print(f"Đã sao lưu vào {path}.")
    return 0


def cmd_db_copy(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import database

    def step(table: str) -> None:
        print(f"  … {table}", file=sys.stderr)

    if args.to:
        report = database.copy_to(opened.store, args.to, progress=step)
        print(f"Đã chép sang {bootstrap.shown_url(args.to)}: {report.summary()}")
    else:
        report = database.copy_from(opened.store, args.source, progress=step)
        print(f"Đã chép từ {bootstrap.shown_url(args.source)}: {report.summary()}")
    return 0


def cmd_db_status(_opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import database

    folder = data_dir(args.data_dir)
    url = bootstrap.resolve_url(folder, args.db_url)
    server = database.current(folder)
    print(f"Đang dùng: {bootstrap.shown_url(url)}")
    if server is not None and not args.db_url and not os.environ.get(bootstrap.ENV_DB_URL):
        print(f"Máy chủ của văn phòng (đã lưu): {server.host}:{server.port}/{server.database}, người dùng "
              f"{server.user}, mã hóa {server.tls}")
    return 0


def cmd_db_connect(_opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .db.connection import ServerSettings
    from .services import database

    settings = ServerSettings(host=args.host, port=args.port, database=args.database, user=args.user, tls=args.tls)
    password = _password("KEHOACH_DB_PASSWORD", f"Mật khẩu PostgreSQL của {args.user}: ")
    found = database.use_server(data_dir(args.data_dir), settings, password)
    print(found)
    print(f"Từ nay máy này dùng máy chủ {settings.host}:{settings.port}/{settings.database} "
          "(«kehoach db disconnect» để dùng lại tệp trên máy).")
    return 0


def cmd_db_disconnect(_opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import database

    database.use_local_file(data_dir(args.data_dir))
    print("Từ nay máy này dùng tệp dữ liệu của mình.")
    return 0


def cmd_restore(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import backups

    info = backups.describe(Path(args.file)) if Path(args.file).is_file() else None
    if info is None or not info.sound:
        raise ServiceError(f"Tệp {args.file} không phải bản sao lưu dùng được.")
    print(f"Bản sao lưu {info.label}: {info.plans} kế hoạch, {info.articles} tin bài.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise ServiceError("Khôi phục thay thế toàn bộ dữ liệu hiện tại: thêm --yes để xác nhận.")
        if input("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu này? [c/K] ").strip().lower() not in ("c", "có", "y"):
            print("Không khôi phục.")
            return 0
    before = backups.restore(opened.store, args.file)
    print(f"Đã khôi phục. Dữ liệu trước đó được sao lưu tại {before}.")
    return 0


def cmd_demo(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    plan_id = demo.load_demo(opened.store)
    plan = plans.get_plan(opened.store, plan_id)
    print(f"Đã tạo kế hoạch mẫu «{plan.title}»: {len(plan.groups)} nhóm, "
          f"{len(plan.themes())} nội dung.")
    print(plan_id)
    return 0


def cmd_plan_list(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    rows = plans.list_plans(opened.store, args.search)
    if args.json:
        _json([{"id": p.id, "number": p.number_text, "title": p.title, "period": p.period.text(),
                "date": p.issued_on.isoformat() if p.issued_on else None, "status": p.status}
               for p in rows])
        return 0
    if not rows:
        print("Chưa có kế hoạch nào. Tạo kế hoạch mẫu: kehoach demo")
    for p in rows:
        print(f"{p.id:>5}  {p.period.text():<10} {p.number_text:<16} {p.title}")
    return 0


def cmd_plan_show(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    plan = plans.get_plan(opened.store, args.id)
    people = {p.id: p for p in units.list_people(opened.store)}
    data = plan.to_json(people)
    if args.json:
        _json(data)
        return 0
    print(f"KẾ HOẠCH {plan.title}")
    print(f"Số: {plan.number_text}   Thời kỳ: {plan.period.text()}")
    for g in plan.groups:
        print(f"{g.numeral}. {g.title}")
        for t in g.themes:
            print(f"   {t.stt}. {t.title} — {t.timing.text()}")
    return 0


def cmd_plan_approve(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    password = _password("KEHOACH_PASSWORD", "Nhập lại mật khẩu để duyệt: ")
    plans.approve_plan(opened.store, args.id, password)
    print(f"Kế hoạch {args.id}: đã duyệt.")
    return 0


def cmd_plan_return(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    plans.return_plan_to_draft(opened.store, args.id, args.reason)
    print(f"Kế hoạch {args.id}: đã trả lại về dự thảo.")
    return 0


def cmd_plan_issue(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    plans.issue_plan(opened.store, args.id, args.number, _day(args.date))
    plan = plans.get_plan(opened.store, args.id)
    print(f"Kế hoạch {args.id}: đã ban hành, số {plan.number}, ngày {plan.issued_on:%d/%m/%Y}.")
    return 0


def cmd_plan_history(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    if args.json:
        _json([e.to_json() for e in history.plan_history(opened.store, args.id)])
        return 0
    for line in history.plan_lines(opened.store, args.id):
        change = f" — {line.field}: {line.old} → {line.new}" if line.field else (f" — {line.new}" if line.new else "")
        print(f"  {line.at:%d/%m/%Y %H:%M}  {line.actor:<12} {line.event}{change}")
    return 0


def cmd_plan_copy(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    new_id = plans.copy_plan(opened.store, args.id, args.period)
    plan = plans.get_plan(opened.store, new_id)
    print(f"Đã sao chép sang kế hoạch «{plan.title}» ({plan.period.text()}).")
    print(new_id)
    return 0


def cmd_user_add(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    password = _new_password(f"Mật khẩu cho {args.name}: ")
    roles = args.role or ["editor"]
    user_id = accounts.add_user(opened.store, args.name, password, roles, args.full_name)
    roles_now = next(u.roles for u in accounts.list_users(opened.store) if u.id == user_id)
    print(f"Đã tạo tài khoản «{args.name}» ({', '.join(roles_now)}).")
    print(user_id)
    return 0


def cmd_user_list(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    users = accounts.list_users(opened.store)
    if args.json:
        _json([{"id": u.id, "username": u.username, "full_name": u.full_name, "roles": list(u.roles),
                "disabled": u.disabled} for u in users])
        return 0
    for u in users:
        flag = " (đã khóa)" if u.disabled else ""
        print(f"{u.id:>4}  {u.username:<16} {','.join(u.roles):<24} {u.full_name}{flag}")
    return 0


def cmd_user_passwd(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    store = opened.store
    new = _new_password(f"Mật khẩu mới cho {args.name}: ")
    if store.user is not None and store.user.username.lower() == args.name.lower():
        accounts.change_password(store, getattr(args, "login_password", ""), new)
    else:
        accounts.reset_password(store, args.name, new)
    print(f"Đã đổi mật khẩu của «{args.name}».")
    return 0


def cmd_user_disable(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    accounts.set_disabled(opened.store, args.name, args.sub == "disable")
    print(f"Đã {'khóa' if args.sub == 'disable' else 'mở khóa'} tài khoản «{args.name}».")
    return 0


def cmd_channel_list(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    rows = channels.list_channels(opened.store)
    if args.json:
        _json([{"id": c.id, "name": c.name, "kind": c.kind, "url": c.url} for c in rows])
        return 0
    for c in rows:
        print(f"{c.id:>4}  {c.kind:<9} {c.name}")
    return 0


def cmd_channel_add(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    new_id = channels.add_channel(opened.store, args.name, args.kind, args.url)
    print(f"Đã thêm kênh «{args.name}».")
    print(new_id)
    return 0


def cmd_article_add(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    store = opened.store
    fields: dict[str, Any] = {
        "kind": args.kind, "channel_id": channels.resolve_channel(store, args.channel),
        "published_on": args.date, "url": args.url, "authors": args.author, "theme_ids": args.theme,
    }
    new_id = articles.add_article(store, args.plan, args.title, unit_name=args.unit or "",
                                  evidence_files=args.evidence, **fields)
    print(f"Đã ghi tin bài «{args.title}» (Nháp).")
    print(new_id)
    return 0


def cmd_article_list(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    flt = articles.ArticleFilter(plan_id=args.plan, query=args.search, status=args.status)
    rows = articles.article_rows(opened.store, articles.article_ids(opened.store, flt))
    if args.json:
        _json([{"id": r.id, "title": r.title, "kind": r.kind, "channel": r.channel,
                "date": r.published_on.isoformat() if r.published_on else None, "url": r.url,
                "authors": r.authors, "unit": r.unit, "status": r.status, "withdrawn": r.withdrawn}
               for r in rows])
        return 0
    for r in rows:
        date = r.published_on.strftime("%d/%m/%Y") if r.published_on else "          "
        print(f"{r.id:>6}  {date}  {r.status_label:<10} {r.title}")
    print(f"{len(rows)} tin bài")
    return 0


def cmd_article_show(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    detail = articles.get_article(opened.store, args.id)
    data = detail.to_json()
    data["history"] = [e.to_json() for e in history.article_history(opened.store, args.id)]
    if args.json:
        _json(data)
        return 0
    print(f"{detail.title}\n{articles.STATUS_LABELS[detail.status]} · {detail.channel} · {detail.url}")
    for line in history.article_lines(opened.store, args.id):
        change = f" — {line.field}: {line.old} → {line.new}" if line.field else ""
        print(f"  {line.at:%d/%m/%Y %H:%M}  {line.actor:<12} {line.event}{change}")
    return 0


def cmd_article_transition(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    store = opened.store
    password = None
    if args.sub == "approve":
        password = _password("KEHOACH_PASSWORD", "Nhập lại mật khẩu để duyệt: ")
    date = _day(getattr(args, "date", None))
    status = articles.transition(store, args.id, args.sub, reason=args.reason, password=password,
                                 published_on=date, url=getattr(args, "url", None))
    print(f"Tin bài {args.id}: {articles.STATUS_LABELS[status]}.")
    return 0


def cmd_plan_export(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    warnings: list[str] = []
    if args.format in ("pdf", "docx"):
        from .services import documents

        if args.format == "pdf":
            path = documents.export_plan_pdf(opened.store, args.id, args.output, regenerate=args.regenerate)
        else:
            path = documents.export_plan_docx(opened.store, args.id, args.output)
    else:
        path, warnings = transfer.export_appendix(opened.store, args.id, args.output)
    return _plan_exported(args.format, path, warnings)


def quick_plan_export(args: argparse.Namespace) -> int | None:
    """`plan export` straight from this PC's file when it can (services/oneshot.py)."""
    from .services import oneshot

    done = oneshot.export_plan(data_dir(args.data_dir), args.db_url, args.id, args.format, args.output,
                               args.regenerate)
    return None if done is None else _plan_exported(args.format, *done)


def _plan_exported(fmt: str, path: Path, warnings: list[str]) -> int:
    for w in warnings:
        print(f"Lưu ý: {w}", file=sys.stderr)
    print(f"Đã xuất phụ lục ra {path}." if fmt == "xlsx" else f"Đã xuất kế hoạch ra {path}.")
    return 0


def cmd_plan_import(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .exchange.appendix_import import AppendixReadError, read_appendix

    try:
        data = read_appendix(args.file)
    except AppendixReadError as exc:
        raise ServiceError(str(exc)) from exc
    preview = transfer.import_appendix(opened.store, args.id, data, dry_run=args.dry_run)
    if args.json:
        _json({
            "source": data.source, "table": data.table, "written": preview.written,
            "basis": preview.basis, "new_units": preview.new_units, "matched_units": preview.matched_units,
            "warnings": preview.warnings,
            "groups": [{"numeral": to_roman(i + 1), "title": g.title, "themes": [
                {"stt": j + 1, "title": t.title, "forms": t.forms, "lead_units": t.lead_units,
                 "support_units": t.support_units, "timing": t.timing.text() or t.timing_text,
                 "quarters": sorted(t.timing.covered_quarters())}
                for j, t in enumerate(g.themes)]} for i, g in enumerate(data.groups)],
        })
        return 0
    verb = "Sẽ nhập" if args.dry_run else "Đã nhập"
    print(f"{verb} {preview.groups} nhóm, {preview.themes} nội dung từ «{data.source}» ({data.table}).")
    if preview.new_units:
        print(f"Đơn vị mới: {', '.join(preview.new_units)}")
    for w in preview.warnings:
        print(f"Lưu ý: {w}", file=sys.stderr)
    return 0


def cmd_plan_import_superior(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .exchange.plan_import import PlanReadError, read_superior_plan
    from .services import superior

    try:
        data = read_superior_plan(args.file)
    except PlanReadError as exc:
        raise ServiceError(str(exc)) from exc
    signatures = None
    if str(args.file).lower().endswith(".pdf"):  # who signed what arrives, shown with what is made of it
        from .services import signing

        signatures = signing.verify(opened.store, args.file).summary()
    made = superior.preview(data, args.period) if args.dry_run else superior.create_from_superior(
        opened.store, data, args.period)
    if args.json:
        _json({"signatures": signatures, "plan_id": made.plan_id, "title": made.title, "period": made.period, "basis": made.basis,
               "parts": made.parts, "items": made.items, "paragraphs": made.paragraphs, "groups": made.groups,
               "themes": made.themes, "warnings": made.warnings, "written": not args.dry_run})
        return 0
    if signatures:
        print(f"Chữ ký số: {signatures}")
    print(("Sẽ tạo: " if args.dry_run else "Đã tạo: ") + made.summary())
    for w in made.warnings:
        print(f"Lưu ý: {w}", file=sys.stderr)
    if made.plan_id is not None:
        print(made.plan_id)
    return 0


def cmd_plan_cascade(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import cascade

    rows = cascade.coverage(opened.store, args.id)
    if args.json:
        _json([{"id": r.item_id, "group": r.group_title, "title": r.title, "themes": list(r.themes),
                "addressed": r.addressed} for r in rows])
        return 0
    for r in rows:
        mark = "✓" if r.addressed else "✗"
        print(f"{r.item_id:>5} {mark} {r.title}" + (f"  ← {'; '.join(r.themes)}" if r.themes else ""))
    done = sum(r.addressed for r in rows)
    print(f"{done}/{len(rows)} nội dung của kế hoạch cấp trên có nội dung thực hiện."
          if rows else "Kế hoạch này không được tạo từ kế hoạch cấp trên (chưa có nội dung cấp trên).")
    return 0


def cmd_plan_link(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import cascade

    cascade.set_links(opened.store, args.theme, args.item)
    print(f"Nội dung {args.theme} thực hiện {len(args.item)} nội dung của cấp trên.")
    return 0


def cmd_article_export(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    path, warnings = transfer.export_articles(opened.store, args.plan, args.output, _day(args.date_from),
                                              _day(args.date_to), all_states=args.all_states)
    return _articles_exported(path, warnings)


def quick_article_export(args: argparse.Namespace) -> int | None:
    """`article export` straight from this PC's file when it can (services/oneshot.py)."""
    from .services import oneshot

    done = oneshot.export_articles(data_dir(args.data_dir), args.db_url, args.plan, args.output, _day(args.date_from),
                                   _day(args.date_to), args.all_states)
    return None if done is None else _articles_exported(*done)


def _articles_exported(path: Path, warnings: list[str]) -> int:
    for w in warnings:
        print(f"Lưu ý: {w}", file=sys.stderr)
    print(f"Đã xuất danh sách tin bài ra {path}.")
    return 0


def cmd_report(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import reports

    period = reports.parse_period(args.period, args.window)
    if args.package:
        from .services import packages

        path = packages.export_package(opened.store, args.id, period, args.output)
        print(f"Đã tạo gói báo cáo {period.label()}: {path}.")
        return 0
    path = reports.export_report(opened.store, args.id, period, args.output, args.format, regenerate=args.regenerate)
    return _report_exported(period, path)


def quick_report(args: argparse.Namespace) -> int | None:
    """`report` straight from this PC's file when it can (services/oneshot.py)."""
    if args.package:
        return None
    from .services import oneshot

    done = oneshot.export_report(data_dir(args.data_dir), args.db_url, args.id, args.period, args.window,
                                 args.format, args.output, args.regenerate)
    return None if done is None else _report_exported(*done)


def _report_exported(period: ReportPeriod, path: Path) -> int:
    print(f"Đã xuất báo cáo {period.label()} ra {path}.")
    return 0


def cmd_report_approve(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import reports

    period = reports.parse_period(args.period)
    password = _password("KEHOACH_PASSWORD", "Nhập lại mật khẩu để duyệt: ")
    reports.approve_report(opened.store, args.id, period, password)
    print(f"Báo cáo {period.label()}: đã duyệt.")
    return 0


def cmd_report_return(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import reports

    period = reports.parse_period(args.period)
    reports.return_report(opened.store, args.id, period, args.reason)
    print(f"Báo cáo {period.label()}: đã trả lại dự thảo.")
    return 0


def cmd_sign(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .exchange.signing import AGENCY, ATTACHMENT, LEADER, Credentials
    from .services import signing

    if args.p12:
        credentials = Credentials(p12=Path(args.p12),
                                  p12_password=_password("KEHOACH_P12_PASSWORD", "Mật khẩu tệp chứng thư số: "))
    else:
        credentials = Credentials(pkcs11_lib=args.pkcs11_lib, token_label=args.token_label, key_label=args.key_label,
                                  pin=_password("KEHOACH_TOKEN_PIN", "Mã PIN của thiết bị ký số: "))
    role = AGENCY if args.agency else ATTACHMENT if args.attachment else LEADER
    image = args.seal if args.agency else args.image
    result = signing.sign_document(opened.store, args.file, args.output, credentials, role, image=image,
                                   number=args.number)
    print(f"Đã ký: {result.path}")
    print(result.verification.summary())
    return 0


def cmd_verify(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    """Every signature: who, in what role, when, intact or changed, trusted; exit 1 unless all hold."""
    from .services import signing

    result = signing.verify(opened.store, args.file, args.trust)
    if args.json:
        _json({"ok": result.ok, "error": result.error or None, "signatures": [
            {"field": c.field, "role": c.role or None, "reason": c.reason, "signer": c.signer, "issuer": c.issuer,
             "signed_at": c.signed_at.isoformat() if c.signed_at else None, "timestamped": c.timestamped,
             "intact": c.intact, "valid": c.valid, "trusted": c.trusted, "modified_after": c.modified_after or None,
             "ok": c.ok} for c in result.signatures]})
    else:
        if result.error or not result.signatures:
            print(result.summary())
        for c in result.signatures:
            print(c.summary())
            print(f"    chứng thư do «{c.issuer}» cấp; lý do: {c.reason or '—'}"
                  + ("; có dấu thời gian" if c.timestamped else ""))
    return 0 if result.ok else 1


def cmd_receive(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    """One line a file: accepted, replaced or refused and why; exit 1 if any was refused."""
    from .services import packages

    files: list[Path] = []
    for item in args.files:
        path = Path(item)
        files += packages.package_files(path) if path.is_dir() else [path]
    if not files and not args.mailbox:
        print("Cần ít nhất một tệp, thư mục hoặc --mailbox.", file=sys.stderr)
        return 2
    receipts = packages.receive(opened.store, files) if files else []
    if args.mailbox:
        receipts += packages.receive_from_mailbox(opened.store)
        if not receipts:
            print("Hộp thư không có thư chưa đọc nào kèm gói báo cáo.")
            return 0
    if args.json:
        _json([{"file": r.path, "outcome": r.outcome, "reason": r.reason, "school": r.school,
                "period": r.period.key if r.period else None, "state": r.state or None} for r in receipts])
    else:
        for r in receipts:
            print(r.line())
    return 1 if any(r.refused for r in receipts) or not receipts else 0


def cmd_district_status(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .records import SCHOOL_STATES
    from .services import district, reports

    period = district.base_period(reports.parse_period(args.period))
    rows = district.status(opened.store, period)
    deadline = period.due(district.due_day(opened.store))
    if args.json:
        _json(district.status_json(rows, deadline))
        return 0
    if not rows:
        print("Chưa có trường nào (district import-schools TỆP để thêm).")
        return 0
    print(f"Báo cáo {period.label()} — hạn gửi: trước ngày {deadline:%d/%m/%Y}")
    for r in rows:
        state = SCHOOL_STATES[r.state] + (" (gửi lại)" if r.resubmitted else "")
        figures = f"{r.total} tin bài, lũy kế {r.year_to_date}" if r.received else ""
        print(f"{state:<22} {r.name:<45} {figures}")
    counts = {k: sum(1 for r in rows if r.state == k) for k in SCHOOL_STATES}
    print("Cộng: " + ", ".join(f"{SCHOOL_STATES[k].lower()} {n}" for k, n in counts.items() if n))
    return 0


def cmd_district_remind(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import district, reports

    result = district.remind(opened.store, reports.parse_period(args.period))
    print(result.summary())
    return 0


def cmd_district_import_schools(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import district

    print(district.import_schools(opened.store, args.file).summary())
    return 0


def cmd_mail_config(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import mail

    mail.configure(opened.store, args.host, args.port, args.security, args.user, args.from_addr)
    print(f"Đã lưu cài đặt thư: {args.host}:{args.port} ({args.security}).")
    if args.imap_host is not None:
        mail.configure_imap(opened.store, args.imap_host, args.imap_port, args.imap_security, args.imap_folder)
        if args.imap_host:
            print(f"Nhận gói báo cáo từ hộp thư: {args.imap_host}:{args.imap_port} ({args.imap_security}), "
                  f"thư mục {args.imap_folder}.")
    return 0


def cmd_mail_send(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import mail

    message_id = mail.queue(opened.store, args.to, args.cc, args.subject, args.body, args.attach)
    mail.send_queued(opened.store, message_id)
    print(f"Đã gửi thư «{args.subject}» tới {', '.join(args.to)}.")
    print(message_id)
    return 0


def cmd_mail_outbox(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import mail

    items = mail.outbox(opened.store)
    if args.json:
        _json([{"id": m.id, "to": m.to, "subject": m.subject, "status": m.status, "error": m.last_error,
                "sent_at": m.sent_at.isoformat(timespec="seconds") if m.sent_at else None} for m in items])
        return 0
    for m in items:
        state = "đã gửi" if m.status == "sent" else "chưa gửi"
        print(f"{m.id:>4}  {state:<8} {m.to:<30} {m.subject}  {m.last_error}")
    return 0


def cmd_mail_discard(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import mail

    mail.discard(opened.store, args.id)
    print(f"Đã xóa thư {args.id} khỏi hộp thư đi.")
    return 0


def cmd_mail_retry(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import mail

    mail.send_queued(opened.store, args.id)
    print(f"Đã gửi thư {args.id}.")
    return 0


def _day(text: str | None) -> dt.date | None:
    from .services.validate import optional_date

    return optional_date("Ngày", text)


def cmd_target_list(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import targets

    rules = targets.list_rules(opened.store, args.plan)
    if args.json:
        _json([{"id": r.id, "scope": r.scope, "period": r.period, "minimum": r.minimum, "unit_id": r.unit_id,
                "unit_kind": r.unit_kind or None, "text": r.text} for r in rules])
        return 0
    for r in rules:
        print(f"{r.id:>4}  {r.text}")
    return 0


def cmd_target_status(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import reports, targets

    start = end = None
    if args.period:
        period = reports.parse_period(args.period)
        start, end = period.start, period.end
    # a period's status is judged as the report of that period judges it: as of its last day
    rows = targets.status(opened.store, args.plan, start, end, as_of=end)
    if args.json:
        _json([r.to_json() for r in rows])
        return 0
    for r in rows:
        who = f" — {r.unit_name}" if r.unit_name else ""
        progress = "" if r.result.finished else f", tiến độ {r.result.expected}"
        print(f"{r.rule.text}{who}, {r.result.window.label}: {r.result.achieved}/{r.result.required}{progress} "
              f"({r.result.verdict_label.lower()})")
    return 0


def cmd_target_add(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import targets

    unit_id = units.find_or_add_unit(opened.store, args.unit) if args.unit else None
    new_id = targets.add_rule(opened.store, args.plan, args.scope, args.period, args.minimum,
                              unit_id=unit_id, unit_kind=args.unit_kind)
    print("Đã thêm chỉ tiêu.")
    print(new_id)
    return 0


def cmd_opinion_add(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import opinion

    noticed = _day(args.date)
    assert noticed is not None  # --date is required
    new_id = opinion.add_issue(opened.store, args.summary, noticed, source=args.source, link=args.link,
                               severity=args.severity, handler=args.handler, actions=args.actions,
                               status=args.status, reported_up=args.reported, plan_id=args.plan)
    print("Đã ghi vấn đề dư luận.")
    print(new_id)
    return 0


def cmd_opinion_list(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    from .services import opinion

    issues = opinion.list_issues(opened.store, _day(args.date_from), _day(args.date_to))
    if args.json:
        _json([i.to_json() for i in issues])
        return 0
    for i in issues:
        print(f"{i.id:>4}  {i.noticed_on:%d/%m/%Y}  {opinion.SEVERITIES[i.severity]:<6} "
              f"{opinion.STATUSES[i.status]:<11} {i.summary}")
    return 0




def _json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _password(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ServiceError(f"Cần mật khẩu: đặt biến môi trường {env} hoặc chạy trong cửa sổ dòng lệnh.")
    return getpass.getpass(prompt)


def _new_password(prompt: str) -> str:
    value = os.environ.get("KEHOACH_NEW_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ServiceError("Cần mật khẩu mới: đặt biến môi trường KEHOACH_NEW_PASSWORD.")
    first = getpass.getpass(prompt)
    if getpass.getpass("Nhập lại: ") != first:
        raise ServiceError("Hai lần nhập mật khẩu không khớp.")
    return first


def _err(message: str) -> None:
    print(f"kehoach: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
