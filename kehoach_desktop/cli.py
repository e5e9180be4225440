"""The command line: the same services as the GUI, without a window.

`kehoach` alone opens the GUI. Commands that create something print the new id alone on the
last line. Errors go to stderr in plain words with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from . import __version__
from .bootstrap import OpenedDatabase, open_app_database
from .db.engine import DatabaseError
from .db.lock import DatabaseLocked
from .logging_setup import setup_logging
from .paths import data_dir, log_dir
from .services import demo, plans, units
from .services.errors import ServiceError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kehoach",
        description="KeHoach Desktop — kế hoạch truyền thông về GD&ĐT. Không có lệnh: mở cửa sổ.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng; hoặc $KEHOACH_DATA_DIR)")
    parser.add_argument("--db-url", metavar="URL",
                        help="địa chỉ cơ sở dữ liệu SQLAlchemy (ví dụ postgresql://…); mặc định SQLite trong thư mục dữ liệu")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")

    sub.add_parser("demo", help="tạo đơn vị và kế hoạch mẫu (Lạc Thủy 2024)")

    plan = sub.add_parser("plan", help="kế hoạch").add_subparsers(dest="plan_command", metavar="LỆNH",
                                                                   required=True)
    p_list = plan.add_parser("list", help="liệt kê kế hoạch")
    p_list.add_argument("--json", action="store_true")
    p_list.add_argument("--search", default="", help="tìm theo tên (không phân biệt dấu)")
    p_show = plan.add_parser("show", help="toàn bộ một kế hoạch")
    p_show.add_argument("id", type=int)
    p_show.add_argument("--json", action="store_true")
    p_copy = plan.add_parser("copy", help="sao chép kế hoạch sang thời kỳ mới")
    p_copy.add_argument("id", type=int)
    p_copy.add_argument("--period", help="thời kỳ mới: 2025, 2025-2026 hoặc 2021-2025 (mặc định: kỳ kế tiếp)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .ui.app import run_gui

        return run_gui(args)
    setup_logging(log_dir(data_dir(args.data_dir)))
    handler = COMMANDS[(args.command, getattr(args, "plan_command", None))]
    try:
        opened = open_app_database(args.data_dir, args.db_url, allow_read_only=not handler.writes,
                                   actor="cli")
    except DatabaseLocked as exc:
        _err(f"{exc}\nHãy đóng cửa sổ KeHoach đang mở rồi chạy lại lệnh.")
        return EXIT_LOCKED
    except DatabaseError as exc:
        _err(str(exc))
        return EXIT_ERROR
    try:
        return handler(opened, args)
    except ServiceError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head`
        return 0
    except Exception as exc:  # never a bare traceback for the user; the log has the details
        log.exception("command failed")
        _err(f"Lỗi không mong đợi: {exc}")
        return EXIT_ERROR
    finally:
        opened.close()


class Command:
    def __init__(self, fn: Callable[[OpenedDatabase, argparse.Namespace], int], writes: bool) -> None:
        self.fn = fn
        self.writes = writes

    def __call__(self, opened: OpenedDatabase, args: argparse.Namespace) -> int:
        return self.fn(opened, args)


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


def cmd_plan_copy(opened: OpenedDatabase, args: argparse.Namespace) -> int:
    new_id = plans.copy_plan(opened.store, args.id, args.period)
    plan = plans.get_plan(opened.store, new_id)
    print(f"Đã sao chép sang kế hoạch «{plan.title}» ({plan.period.text()}).")
    print(new_id)
    return 0


COMMANDS: dict[tuple[str, str | None], Command] = {
    ("demo", None): Command(cmd_demo, writes=True),
    ("plan", "list"): Command(cmd_plan_list, writes=False),
    ("plan", "show"): Command(cmd_plan_show, writes=False),
    ("plan", "copy"): Command(cmd_plan_copy, writes=True),
}


def _json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _err(message: str) -> None:
    print(f"kehoach: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
