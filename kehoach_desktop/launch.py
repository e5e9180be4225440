"""The `kehoach` entry point: the window when no command is named, else the command line.

The window's path reads only the global options here, so it does not build the command line's
parser nor import its modules before the window paints.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .options import global_options


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed global options when `argv` holds nothing else (open the window); None when it
    names a command, asks for help or has anything the window does not take."""
    parsed = global_options(argv)
    if parsed is None or parsed[1]:
        return None
    args = parsed[0]
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = window_options(argv)
    if args is not None:
        from .ui.app import run_gui

        return run_gui(args)
    from .cli import main as command_line

    return command_line(argv)
