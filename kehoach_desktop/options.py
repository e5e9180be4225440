"""The options the window and every command share, declared once for both parsers."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by the window and every command (declared once, here)."""
    parser.add_argument("--data-dir", metavar="DIR",
                        help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng; hoặc $KEHOACH_DATA_DIR)")
    parser.add_argument("--db-url", metavar="URL",
                        help="địa chỉ cơ sở dữ liệu SQLAlchemy (ví dụ postgresql://…); mặc định SQLite trong thư mục dữ liệu")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện")
    parser.add_argument("--as", dest="as_user", metavar="TÊN",
                        help="tài khoản thực hiện lệnh (mật khẩu: hỏi, hoặc $KEHOACH_PASSWORD)")


def global_options(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]] | None:
    """The global options in `argv` and the rest in order (a command's words first); None when
    the options themselves do not parse (the full parser then says why)."""
    parser = argparse.ArgumentParser(prog="kehoach", add_help=False, exit_on_error=False)
    add_global_options(parser)
    try:
        return parser.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
