"""``deptcal``: the window, or one of the admin commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli import add_commands

    parser = argparse.ArgumentParser(
        prog="deptcal",
        description=(
            "Department Calendar: the department calendars kept in DynamoDB. Without a command "
            "it opens the calendar window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"deptcal {__version__}")
    from desktop.gui import add_gui_arguments

    add_gui_arguments(parser)
    from desktop.selftest import add_self_test_arguments

    add_self_test_arguments(parser)
    add_commands(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.data import trust

    # Before anything imports boto3: every client checks certificates against the computer's
    # store (where IT puts an inspecting proxy's root), installed on the first client's worker.
    trust.request()
    from PySide6.QtCore import QCoreApplication

    from desktop.qt_imports import speed_up_feature_check

    speed_up_feature_check()
    from desktop.settings import APPLICATION, ORGANIZATION

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    args = build_parser().parse_args(argv)
    if args.command:
        from desktop.cli import run

        return run(args)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test(args)
    from desktop.gui import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
