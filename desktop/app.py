"""``deptcal``: the window, or one of the admin commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__


def build_parser(prog: str = "deptcal") -> argparse.ArgumentParser:
    from desktop.cleanup import add_cleanup_arguments
    from desktop.cli import add_commands
    from desktop.console import ADMIN

    without_command = (
        "it prints this help and exits with 2 (deptcal opens the calendar window)"
        if prog == ADMIN
        else "it opens the calendar window"
    )
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(
            "Department Calendar: the department calendars kept in DynamoDB. Without a command "
            f"{without_command}."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{prog} {__version__}")
    from desktop.gui import add_gui_arguments

    add_gui_arguments(parser)
    from desktop.selftest import add_self_test_arguments

    add_self_test_arguments(parser)
    add_cleanup_arguments(parser)
    add_commands(parser)
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The admin commands' names (tables, migrate, export…)."""
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


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
    from desktop import console

    prog = console.program_name()
    parser = build_parser(prog)
    arguments = list(sys.argv[1:] if argv is None else argv)
    if console.cannot_print(
        arguments,
        frozen=bool(getattr(sys, "frozen", False)),
        platform=sys.platform,
        has_console=sys.stdout is not None,
        commands=command_names(parser),
    ):
        return console.use_admin_instead(arguments)
    args = parser.parse_args(arguments)
    from desktop.cleanup import run_cleanup, wants_cleanup

    if args.force and not args.remove_user_data:
        parser.error("--force goes with --remove-user-data")
    if wants_cleanup(args):
        return run_cleanup(args, prog=prog)
    if args.command:
        from desktop.cli import run

        return run(args)
    if prog == console.ADMIN and not args.self_test:
        parser.print_help()
        return console.EXIT_USAGE
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test(args)
    from desktop.gui import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
