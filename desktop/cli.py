"""The admin commands of the operating guide: tables, migrate, export; import (.ics), add;
config show.

Each prints what it did, exits 0 on success, and on failure prints one line saying why and
exits non-zero (1 for a failure of the job, 2 for a usage or configuration problem).
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.data.errors import ConfigError, KeyringError, ProfileNotFoundError, StoreError
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.store import DynamoStore

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # stopped with Ctrl+C, as shells report SIGINT

_CONTEXT = "cli"


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Register the subcommands on the main parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--region", help="AWS region (overrides every other setting)")
    common.add_argument(
        "--endpoint-url", help="DynamoDB endpoint, e.g. http://localhost:8000 for DynamoDB Local"
    )
    common.add_argument("--profile", help="use this AWS profile for credentials")
    common.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    tables = commands.add_parser(
        "tables", help="create or check the two tables", description="Create or check the tables."
    )
    table_commands = tables.add_subparsers(dest="tables_command", metavar="ACTION", required=True)
    create = table_commands.add_parser(
        "create",
        parents=[common],
        help="create both tables as the guide does and wait until ACTIVE",
        description=(
            "Create the departments and events tables with the guide's keys, indexes and "
            "provisioned capacity (10/10, name-index 5/5, department-date-index 10/10), or "
            "on-demand. Existing tables are checked, not changed."
        ),
    )
    create.add_argument(
        "--on-demand",
        action="store_true",
        help="pay per request instead of provisioned capacity (the guide's advice for small teams)",
    )
    table_commands.add_parser(
        "check",
        parents=[common],
        help="check that the tables exist, are ACTIVE, have the guide's schema and are reachable",
        description="Check both tables and run one real Query with the configured credentials.",
    )
    migrate = commands.add_parser(
        "migrate",
        parents=[common],
        help="import the web app's JSON data (or an export) into the tables",
        description=(
            "Import departments and events from the web app's local JSON data: a folder with "
            "departments.json and events.json (objects mapping id to item, or lists); records "
            "the app would not accept are refused, each with the reason. Or restore a file "
            "written by 'deptcal export': every item exactly as it was stored. Running it again "
            "writes nothing twice. Exits 1 if any record was refused."
        ),
    )
    migrate.add_argument("path", type=Path, help="folder or JSON file to import")
    migrate.add_argument(
        "--dry-run", action="store_true", help="check and count everything, write nothing"
    )
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write all departments and events to one JSON file (a backup 'migrate' restores)",
        description=(
            "Write every department and event exactly as stored (DynamoDB JSON: every "
            "attribute, items the app cannot show included) to one file only you can read. "
            "Exits non-zero, leaving an older file unchanged, if it could not write everything."
        ),
    )
    export.add_argument("path", type=Path, help="the JSON file to write")
    _add_import(commands, common)
    from desktop.cli_add import add_arguments

    add_arguments(commands, common)
    from desktop.cli_config import add_config_command

    add_config_command(commands)


def _add_import(commands: Any, common: argparse.ArgumentParser) -> None:
    from desktop.data.ical_import import DEFAULT_LIMIT

    ics = commands.add_parser(
        "import",
        parents=[common],
        help="import the events of an iCalendar (.ics) file into a department",
        description=(
            "Import an iCalendar file (Outlook, Google, Thunderbird, Apple) into a department: "
            "repeating events become one event per occurrence, events over several days one "
            "per day, times in this computer's time zone. Prints what it will do, then writes "
            "it (nothing with --dry-run). Ids come from the file, so importing it again writes "
            "only what changed; an event someone changed meanwhile is reported, never "
            "overwritten. Without --from/--to: from a year ago to a year ahead. Exits 1 if a "
            "write was refused or failed, or the file cannot be read."
        ),
    )
    ics.add_argument("path", type=Path, help="the .ics file")
    ics.add_argument("--department", required=True, help="the department's name (or id)")
    ics.add_argument("--from", dest="start", type=_day, help="first day imported (YYYY-MM-DD)")
    ics.add_argument("--to", dest="end", type=_day, help="last day imported (YYYY-MM-DD)")
    ics.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"write at most this many events (default {DEFAULT_LIMIT})",
    )
    ics.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the chosen admin command; returns the exit code."""
    from desktop.logs import setup_logging

    out = out or _tolerant(sys.stdout)
    err = err or _tolerant(sys.stderr)
    setup_logging(console_level=logging.INFO if args.verbose else None)
    try:
        if args.command == "config":
            from desktop.cli_config import show_config

            return show_config(args, out)
        store = _store(args)
        if args.command == "tables" and args.tables_command == "create":
            return _tables_create(store, args.on_demand, out)
        if args.command == "tables" and args.tables_command == "check":
            return _tables_check(store, out)
        if args.command == "migrate":
            return _migrate(store, args.path, args.dry_run, out, err)
        if args.command == "export":
            return _export(store, args.path, out, err)
        if args.command == "import":
            from desktop.cli_import import import_ics

            return import_ics(store, args, out, err)
        if args.command == "add":
            from desktop.cli_add import add_event

            return add_event(store, args, out, err)
    except (ConfigError, ProfileNotFoundError, KeyringError) as exc:
        log.warning("%s", exc.log_text())
        print(f"deptcal: {exc}", file=err)
        return EXIT_USAGE
    except StoreError as exc:
        # An administrator's command: the technical part (server, table, code) is said too.
        details = exc.details()
        print(f"deptcal: {exc}" + (f" [{details}]" if details else ""), file=err)
        return EXIT_FAILED
    except OSError as exc:
        print(f"deptcal: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"deptcal: {tr(_CONTEXT, 'Stopped with Ctrl+C.')}", file=err)
        return EXIT_INTERRUPTED
    raise AssertionError(f"unknown command {args.command}")


def _tolerant(stream: TextIO) -> TextIO:
    """``stream``, printing characters its encoding lacks as escapes instead of failing: ids
    and names come from files and tables, and a console may not be UTF-8."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    return stream


def _store(args: argparse.Namespace) -> DynamoStore:
    from desktop.cli_mfa import terminal_prompter
    from desktop.data.config import CredentialMode, Credentials
    from desktop.data.connection import load_connection
    from desktop.data.prompts import set_mfa_prompter
    from desktop.data.secrets import SecretStore
    from desktop.data.store import DynamoStore
    from desktop.settings import AppSettings

    # The options are typed values over every other source, as the settings dialog's fields.
    typed = {"region": args.region, "endpoint_url": args.endpoint_url}
    profile = Credentials(CredentialMode.PROFILE, args.profile) if args.profile else None
    settings = load_connection(
        AppSettings(),
        SecretStore(),
        typed={name: value for name, value in typed.items() if value},
        credentials=profile,
        admin=True,  # the working directory's .env too: an administrator in the web app's folder
    )
    set_mfa_prompter(terminal_prompter())  # an assume-role profile's code, typed here
    return DynamoStore(settings)


def _tables_create(store: DynamoStore, on_demand: bool, out: TextIO) -> int:
    from desktop.domain import local_endpoint

    if local_endpoint.is_local_address(store.settings.endpoint_url):
        print(local_endpoint.creation_warning(), file=out)
    billing = "on-demand" if on_demand else "provisioned"
    print(f"Creating tables in {store.settings.region} ({billing})…", file=out)

    def progress(table: str, state: str) -> None:
        print(f"  {table}: {state}", file=out, flush=True)

    outcome = store.create_tables(on_demand=on_demand, progress=progress)
    created = [t for t, s in outcome.items() if s == "created"]
    existing = [t for t, s in outcome.items() if s == "exists"]
    if created:
        print(f"Created: {', '.join(created)}.", file=out)
    if existing:
        print(f"Already there, schema as expected: {', '.join(existing)}.", file=out)
    return EXIT_OK


def _tables_check(store: DynamoStore, out: TextIO) -> int:
    from desktop.data.errors import TableMissingError
    from desktop.data.tables import server_answered
    from desktop.domain import local_endpoint

    checks = store.check_tables()
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        print(f"[{mark}] {check.name}: {check.message}", file=out)
    failed = [c for c in checks if not c.ok]
    arns = (c.arn for c in checks)
    if server_answered(checks) and local_endpoint.looks_local(store.settings.endpoint_url, arns):
        print(local_endpoint.shared_db_warning(), file=out)
        if any(isinstance(c.error, TableMissingError) for c in failed):
            print(local_endpoint.missing_tables_hint(), file=out)
    if failed:
        first = failed[0].error
        raise first if first is not None else StoreError(failed[0].message)
    return EXIT_OK


def _migrate(store: DynamoStore, path: Path, dry_run: bool, out: TextIO, err: TextIO) -> int:
    from desktop.data.migrate import MigrationInterrupted, migrate

    def progress(done: int, total: int, what: str) -> None:
        print(f"  {what}: {done}/{total}", file=err, flush=True)

    try:
        summary = migrate(store, path, dry_run=dry_run, progress=progress)
    except MigrationInterrupted as exc:
        log.warning("%s", exc.log_text())
        print(f"deptcal: {exc}", file=err)
        return EXIT_INTERRUPTED if exc.cancelled else EXIT_FAILED
    refused = tr(_CONTEXT, "refused")
    for problem in summary.problems:
        print(f"{refused} {problem}", file=out)
    print(summary.describe(dry_run=dry_run), file=out)
    # Refused records are listed above; a restore that left some out did not succeed.
    return EXIT_FAILED if summary.problems else EXIT_OK


def _export(store: DynamoStore, path: Path, out: TextIO, err: TextIO) -> int:
    from desktop.data.migrate import ExportFailed, export

    try:
        counts = export(store, path)
    except ExportFailed as exc:
        log.warning("%s", exc.log_text())
        print(f"deptcal: {exc}", file=err)
        return EXIT_INTERRUPTED if exc.cancelled else EXIT_FAILED
    print(
        tr(
            _CONTEXT, "Exported {departments} and {events} to {path}, every item exactly as stored."
        ).format(
            departments=tr(_CONTEXT, "%n departments", n=counts.departments),
            events=tr(_CONTEXT, "%n events", n=counts.events),
            path=path,
        ),
        file=out,
    )
    if counts.not_shown:
        print(
            tr(
                _CONTEXT,
                "{count} of them cannot be shown by this app (no title, an impossible date…); "
                "they are in the file all the same and 'migrate' restores them.",
            ).format(count=counts.not_shown),
            file=out,
        )
    return EXIT_OK
