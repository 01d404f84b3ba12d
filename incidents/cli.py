"""`kuty incidents ...`, `kuty complaints ...` and `kuty blocklist ...` for supervisors' scripting.

Hooked into `seat.cli.build_parser` with `add_commands(sub, common)`. Same conventions as
`seat.cli`: functions take the parsed Namespace and return the exit status; expected
failures raise `CliError` (one line on stderr, status 1). The CLI acts as a person:
`--as USERNAME` names an active row of the operators table, whose role the permission
checks use, so a script cannot do what its user could not do in the console.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from db.models import utcnow
from db.models_incidents import ComplaintCategory, IncidentKind, IncidentStatus
from desk.actors import actor_for as _actor
from desk.actors import as_user_parser, open_cli_database, print_json
from desk.errors import CliError
from incidents.config import load_config

__all__ = [
    "add_commands",
    "cmd_blocklist_add",
    "cmd_blocklist_list",
    "cmd_blocklist_remove",
    "cmd_complaints_add",
    "cmd_complaints_list",
    "cmd_incidents_export_zip",
    "cmd_incidents_list",
    "cmd_incidents_notify_now",
    "cmd_incidents_package",
    "cmd_incidents_status",
]


def _open(args: argparse.Namespace) -> tuple[Any, sessionmaker[Session]]:
    return open_cli_database(args)


def cmd_incidents_list(args: argparse.Namespace) -> int:
    from incidents.queries import list_incidents

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    items = list_incidents(sessions, actor, kind=args.kind, status=args.status, limit=args.limit)
    if args.json:
        print_json([i.to_json_dict() for i in items])
    else:
        for i in items:
            print(f"{i.id:6}  {i.created_at:%Y-%m-%d %H:%M}  {i.kind:6}  {i.channel:7}  "
                  f"{i.status:22}  {i.caller_number or '-':16}  {i.operator_name}")  # fmt: skip
    return 0


def cmd_incidents_package(args: argparse.Namespace) -> int:
    from incidents.police import build_police_package

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    path = build_police_package(sessions, actor, args.id, Path(args.out))
    print(path)
    return 0


def cmd_incidents_status(args: argparse.Namespace) -> int:
    """Record management's progress; `handed_to_police` needs --police-date and --police-ref."""
    from incidents.service import set_status

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    handed = date.fromisoformat(args.police_date) if args.police_date else None
    set_status(sessions, actor, args.id, IncidentStatus(args.status),
               police_handed_at=handed, police_reference=args.police_ref)  # fmt: skip
    print(f"{args.id}  {args.status}")
    return 0


def cmd_incidents_export_zip(args: argparse.Namespace) -> int:
    """The hand-over ZIP; the export is a custody event, as in the console."""
    from incidents.police import export_package_zip

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    print(export_package_zip(sessions, actor, args.id, Path(args.out)))
    return 0


def cmd_blocklist_add(args: argparse.Namespace) -> int:
    from incidents.blocklist import block_number

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    print(block_number(sessions, actor, args.number, args.reason, args.incident))
    return 0


def cmd_blocklist_remove(args: argparse.Namespace) -> int:
    """Exit status 1 when the number was not blocked, so scripts notice a typo."""
    from incidents.blocklist import unblock_number

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    if not unblock_number(sessions, actor, args.number):
        raise CliError(f"{args.number} is not blocked")
    return 0


def cmd_blocklist_list(args: argparse.Namespace) -> int:
    from incidents.queries import list_blocked_numbers

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    items = list_blocked_numbers(sessions, actor)
    if args.json:
        print_json([{"id": b.id, "number": b.number, "reason": b.reason,
                      "incident_id": b.incident_id, "created_by": b.created_by,
                      "created_at": b.created_at.isoformat()} for b in items])  # fmt: skip
    else:
        for b in items:
            print(f"{b.number:16}  {b.created_at:%d.%m.%Y}  {b.created_by}  {b.reason}")
    return 0


def cmd_incidents_notify_now(args: argparse.Namespace) -> int:
    from incidents.notify import deliver_due

    settings, sessions = _open(args)
    config = load_config(settings.data_dir)
    report = deliver_due(sessions, config.smtp, utcnow())
    print_json({"sent": report.sent, "failed": report.failed, "errors": report.errors})
    return 1 if report.failed else 0


def cmd_complaints_add(args: argparse.Namespace) -> int:
    from incidents.complaints import add_complaint, link_complaint

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    received = datetime.fromisoformat(args.received) if args.received else utcnow()
    if received.utcoffset() is None:
        received = received.replace(tzinfo=UTC)
    cid = add_complaint(
        sessions, actor, complainant_name=args.name, complainant_contact=args.contact,
        text=args.text, received_at=received, category=ComplaintCategory(args.category),
        about_call_id=args.call, about_operator_id=args.operator_id,
    )  # fmt: skip
    for rec in args.recording or ():
        link_complaint(sessions, actor, cid, recording_id=rec)
    print(cid)
    return 0


def cmd_complaints_list(args: argparse.Namespace) -> int:
    from incidents.complaints import list_complaints

    _, sessions = _open(args)
    actor = _actor(sessions, args.as_user)
    items = list_complaints(sessions, actor, overdue_only=args.overdue)
    if args.json:
        print_json([c.to_json_dict() for c in items])
    else:
        for c in items:
            flag = "OVERDUE" if c.overdue else ""
            print(f"{c.id:6}  due {c.due_at}  {c.status:11}  {c.complainant_name}  {flag}")
    return 0


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `incidents`, `blocklist` and `complaints` to `kuty`; `common` has `--data-dir`."""
    as_user = as_user_parser(common)

    inc = subparsers.add_parser("incidents", help="incidents (KUTY-3.x)").add_subparsers(
        dest="sub", required=True
    )
    il = inc.add_parser("list", parents=[as_user], help="list incidents, newest first")
    il.add_argument("--json", action="store_true")
    il.add_argument("--kind", choices=[k.value for k in IncidentKind], default=None)
    il.add_argument("--status", choices=[s.value for s in IncidentStatus], default=None)
    il.add_argument("--limit", type=int, default=1000)
    il.set_defaults(func=cmd_incidents_list)
    ip = inc.add_parser("package", parents=[as_user], help="build the police package")
    ip.add_argument("id", type=int, help="incident id")
    ip.add_argument("--out", required=True, type=Path, help="folder to build it in")
    ip.set_defaults(func=cmd_incidents_package)
    ist = inc.add_parser("status", parents=[as_user], help="set an incident's status")
    ist.add_argument("id", type=int, help="incident id")
    ist.add_argument("--status", required=True, choices=[s.value for s in IncidentStatus])
    ist.add_argument("--police-date", default=None, help="ISO date handed to the police")
    ist.add_argument("--police-ref", default=None, help="police reference number")
    ist.set_defaults(func=cmd_incidents_status)
    iz = inc.add_parser("export-zip", parents=[as_user], help="ZIP the police package")
    iz.add_argument("id", type=int, help="incident id")
    iz.add_argument("--out", required=True, type=Path, help="a .zip path or a folder")
    iz.set_defaults(func=cmd_incidents_export_zip)
    inn = inc.add_parser("notify-now", parents=[common], help="send due e-mail notices once")
    inn.set_defaults(func=cmd_incidents_notify_now)

    block = subparsers.add_parser(
        "blocklist", help="blocked numbers and e-mail addresses (KZP-30-19, CSC-2.12)"
    )
    bsub = block.add_subparsers(dest="sub", required=True)
    ba = bsub.add_parser(
        "add", parents=[as_user], help="block a number (E.164) or an e-mail address"
    )
    ba.add_argument("number", metavar="NUMBER_OR_ADDRESS")
    ba.add_argument("--reason", required=True)
    ba.add_argument("--incident", type=int, default=None, help="incident id behind the block")
    ba.set_defaults(func=cmd_blocklist_add)
    br = bsub.add_parser("remove", parents=[as_user], help="lift a block")
    br.add_argument("number", metavar="NUMBER_OR_ADDRESS")
    br.set_defaults(func=cmd_blocklist_remove)
    bl = bsub.add_parser("list", parents=[as_user], help="active blocks, newest first")
    bl.add_argument("--json", action="store_true")
    bl.set_defaults(func=cmd_blocklist_list)

    comp = subparsers.add_parser("complaints", help="complaints register (KUTY-1.2)")
    csub = comp.add_subparsers(dest="sub", required=True)
    ca = csub.add_parser("add", parents=[as_user], help="register a complaint")
    ca.add_argument("--name", required=True, help="complainant's name")
    ca.add_argument("--contact", default=None)
    ca.add_argument("--text", required=True)
    ca.add_argument("--received", default=None, help="ISO date-time (default: now)")
    ca.add_argument("--category", choices=[c.value for c in ComplaintCategory],
                    default=ComplaintCategory.NEEDS_STUDY.value)  # fmt: skip
    ca.add_argument("--call", default=None, help="call id the complaint is about")
    ca.add_argument("--operator-id", type=int, default=None)
    ca.add_argument("--recording", action="append", help="recording id (repeatable)")
    ca.set_defaults(func=cmd_complaints_add)
    cl = csub.add_parser("list", parents=[as_user], help="list complaints by deadline")
    cl.add_argument("--json", action="store_true")
    cl.add_argument("--overdue", action="store_true", help="only overdue ones")
    cl.set_defaults(func=cmd_complaints_list)
