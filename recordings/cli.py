"""`kuty recordings export|search` and `kuty requests add|list|fulfil|cancel`.

Every supervisor and head-administrator action on recordings has a subcommand for
scripting (issue 5), acting `--as` a user whose role the services check, so a script can
do no more than its user could in the console. Hooked into `seat.cli.build_parser`:
`add_recording_commands(<recordings subparsers>, common)` and `add_commands(sub, common)`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.models_incidents import IncidentKind
from db.models_records import RequestStatus
from desk.actors import actor_for, as_user_parser, open_cli_database, print_json
from desk.errors import CliError

__all__ = ["add_commands", "add_recording_commands"]


def _open(args: argparse.Namespace) -> sessionmaker[Session]:
    return open_cli_database(args)[1]


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(text)
    return value if value.utcoffset() is not None else value.replace(tzinfo=UTC)


def cmd_recordings_export(args: argparse.Namespace) -> int:
    from recordings.export import export_recordings

    sessions = _open(args)
    actor = actor_for(sessions, args.as_user)
    password = None
    if args.zip_password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("no ZIP password on stdin")
    result = export_recordings(
        sessions,
        actor,
        args.ids,
        args.out,
        fmt=args.format,
        reason=args.reason,
        zip_password=password,
    )
    for rid, why in result.refused.items():
        print(f"kuty recordings export: REFUSED {rid}: {why}", file=sys.stderr)
    print(result.path)
    return 1 if result.refused else 0


def cmd_recordings_search(args: argparse.Namespace) -> int:
    from recordings.search import CallFilter, SortOrder, browse_calls

    sessions = _open(args)
    actor = actor_for(sessions, args.as_user)
    filters = CallFilter(
        date_from=_when(args.date_from),
        date_to=_when(args.date_to),
        operator_id=args.operator_id,
        number=args.number,
        number_prefix=args.prefix,
        verification_state=args.verification,
        incident_kind=args.incident,
        held=True if args.held else None,
        complaint=True if args.complaint else None,
    )
    page = browse_calls(sessions, actor, filters, SortOrder(args.sort), args.cursor, args.limit)
    print_json({"rows": [r.to_json_dict() for r in page.rows], "next_cursor": page.next_cursor})
    return 0


def cmd_requests_add(args: argparse.Namespace) -> int:
    from recordings.requests import RequestScope, create_request

    sessions = _open(args)
    actor = actor_for(sessions, args.as_user)
    what = set(args.what or ["recordings"])
    scope = RequestScope(
        period_from=_when(args.date_from),
        period_to=_when(args.date_to),
        numbers=tuple(args.number or ()),
        operator_ids=tuple(args.operator_id or ()),
        recordings="recordings" in what,
        correspondence="correspondence" in what,
        transcripts="transcripts" in what,
        verification_log="verification_log" in what,
        incidents="incidents" in what,
        complaints="complaints" in what,
    )
    rid = create_request(
        sessions,
        actor,
        requested_by=args.requested_by,
        requester_office=args.office,
        scope=scope,
        requested_at=_when(args.requested_at),
        reference=args.reference,
        due_at=date.fromisoformat(args.due) if args.due else None,
        note=args.note,
    )
    print(rid)
    return 0


def cmd_requests_list(args: argparse.Namespace) -> int:
    from recordings.requests import list_requests

    sessions = _open(args)
    items = list_requests(
        sessions,
        actor_for(sessions, args.as_user),
        status=RequestStatus(args.status) if args.status else None,
    )
    if args.json:
        print_json([r.to_json_dict() for r in items])
    else:
        for r in items:
            flag = "OVERDUE" if r.overdue else ""
            print(
                f"{r.id:5}  {r.requested_at:%Y-%m-%d}  due {r.due_at or '-'}  {r.status:11}  "
                f"{r.requested_by}  {flag}"
            )
    return 0


def cmd_requests_fulfil(args: argparse.Namespace) -> int:
    from recordings.dossier import fulfil_request

    sessions = _open(args)
    print(fulfil_request(sessions, actor_for(sessions, args.as_user), args.id, args.out))
    return 0


def cmd_requests_cancel(args: argparse.Namespace) -> int:
    from recordings.requests import cancel_request

    sessions = _open(args)
    cancel_request(sessions, actor_for(sessions, args.as_user), args.id, args.why)
    return 0


def cmd_recordings_purge(args: argparse.Namespace) -> int:
    """Run the retention job now (it also runs by itself every 6 h on every seat)."""
    from desk.gate import authorize
    from desk.roles import Permission
    from incidents.retention import purge_expired

    settings, sessions = open_cli_database(args)
    actor = actor_for(sessions, args.as_user)
    authorize(sessions, actor, Permission.DELETE_RECORDING, action="purge_recordings")
    days = args.older_than_days if args.older_than_days is not None else settings.retention_days
    if days <= 0:
        raise CliError("retention is off (retention_days = 0): nothing is deleted")
    report = purge_expired(sessions, older_than_days=days, now=datetime.now(UTC), actor=actor)
    print_json(
        {
            "older_than_days": days,
            "deleted": report.deleted,
            "kept": report.kept_held,
            "errors": report.errors,
        }
    )
    return 1 if report.errors else 0


def add_recording_commands(
    recordings: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `export` and `search` to the existing `kuty recordings` group."""
    as_user = as_user_parser(common)
    ex = recordings.add_parser(
        "export", parents=[as_user], help="export recordings with a manifest (reason audited)"
    )
    ex.add_argument("ids", nargs="+", metavar="ID", help="recording id")
    ex.add_argument("--format", choices=["wav", "flac", "mp3", "ogg"], default="wav")
    ex.add_argument("--reason", required=True, help="why (audited)")
    ex.add_argument("--out", required=True, type=Path, help="folder to build the package in")
    ex.add_argument(
        "--zip-password-stdin",
        action="store_true",
        help="read a password from stdin and write one AES-256 ZIP",
    )
    ex.set_defaults(func=cmd_recordings_export)
    se = recordings.add_parser("search", parents=[as_user], help="the recordings browser query")
    se.add_argument("--from", dest="date_from", default=None, help="ISO date-time, inclusive")
    se.add_argument("--to", dest="date_to", default=None, help="ISO date-time, exclusive")
    se.add_argument("--operator-id", type=int, default=None)
    se.add_argument("--number", default=None)
    se.add_argument("--prefix", action="store_true", help="--number is a prefix")
    se.add_argument("--verification", default=None, help="verification state")
    se.add_argument("--incident", choices=[k.value for k in IncidentKind], default=None)
    se.add_argument("--held", action="store_true", help="only calls on legal hold")
    se.add_argument("--complaint", action="store_true", help="only calls with a complaint")
    se.add_argument("--sort", choices=["newest", "oldest"], default="newest")
    se.add_argument("--cursor", default=None, help="next_cursor of the previous page")
    se.add_argument("--limit", type=int, default=50)
    se.set_defaults(func=cmd_recordings_search)
    pu = recordings.add_parser(
        "purge",
        parents=[as_user],
        help="delete recordings older than the retention period (never held ones)",
    )
    pu.add_argument(
        "--older-than-days",
        type=int,
        default=None,
        help="default: the retention_days setting (3 years)",
    )
    pu.set_defaults(func=cmd_recordings_purge)


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `requests` (KUTY-1.3 register) to `kuty`."""
    as_user = as_user_parser(common)
    req = subparsers.add_parser("requests", help="head administrator requests (KUTY-1.3)")
    rsub = req.add_subparsers(dest="sub", required=True)
    ra = rsub.add_parser("add", parents=[as_user], help="register a request")
    ra.add_argument("--requested-by", required=True, help="who asked (name)")
    ra.add_argument("--office", default=None, help="their office")
    ra.add_argument("--requested-at", default=None, help="ISO date-time (default: now)")
    ra.add_argument("--reference", default=None, help="letter number or similar")
    ra.add_argument("--from", dest="date_from", default=None)
    ra.add_argument("--to", dest="date_to", default=None)
    ra.add_argument("--number", action="append", help="caller number (repeatable)")
    ra.add_argument("--operator-id", type=int, action="append", help="repeatable")
    ra.add_argument(
        "--what",
        action="append",
        choices=[
            "recordings",
            "correspondence",
            "transcripts",
            "verification_log",
            "incidents",
            "complaints",
        ],
        help="repeatable; default: recordings",
    )
    ra.add_argument("--due", default=None, help="due date YYYY-MM-DD")
    ra.add_argument("--note", default=None)
    ra.set_defaults(func=cmd_requests_add)
    rl = rsub.add_parser("list", parents=[as_user], help="the register, newest first")
    rl.add_argument("--json", action="store_true")
    rl.add_argument("--status", choices=[s.value for s in RequestStatus], default=None)
    rl.set_defaults(func=cmd_requests_list)
    rf = rsub.add_parser("fulfil", parents=[as_user], help="build the dossier")
    rf.add_argument("id", type=int)
    rf.add_argument("--out", required=True, type=Path)
    rf.set_defaults(func=cmd_requests_fulfil)
    rc = rsub.add_parser("cancel", parents=[as_user], help="withdraw an open request")
    rc.add_argument("id", type=int)
    rc.add_argument("--why", required=True)
    rc.set_defaults(func=cmd_requests_cancel)
