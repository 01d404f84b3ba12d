"""`kuty audit verify/list` and `kuty users add/disable/reset-password/list`.

Administration from a shell: the first admin is created here (no GUI exists before an
account does), a locked-out admin is recovered here, and `kuty audit verify` is what a
scheduled job or an inspector runs to prove the audit chain is untampered (KUTY-1.3: the
recordings handed over must come with a trustworthy record of who touched them).

Passwords come from stdin (one line) or an interactive prompt, never from argv, which other
users of the machine can read in the process list and shells keep in history.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit, verify_audit_chain
from db.models import AuditEvent
from desk.actors import actor_for, as_user_parser, open_cli_database, print_json
from desk.errors import CliError
from desk.gate import authorize
from desk.roles import Actor, Permission, Role

__all__ = ["AuditRow", "add_commands", "cmd_audit_list", "cmd_audit_verify", "list_audit"]


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    kind: str
    actor: str
    call_id: str | None
    payload: dict[str, Any]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "kind": self.kind,
            "actor": self.actor,
            "call_id": self.call_id,
            "payload": self.payload,
        }


def list_audit(
    sessions: sessionmaker[Session], actor: Actor, *, limit: int = 100, kind: str | None = None
) -> list[AuditRow]:
    """The newest `limit` audit events; reading the log is itself audited.

    Raises:
        PermissionDenied: the actor lacks READ_AUDIT (operators; audited).
    """
    authorize(sessions, actor, Permission.READ_AUDIT, action="list_audit")
    with sessions.begin() as session:
        append_audit(session, "audit_read", actor.label, {"limit": limit, "kind": kind})
        stmt = sa.select(AuditEvent).order_by(AuditEvent.id.desc()).limit(max(1, limit))
        if kind:
            stmt = stmt.where(AuditEvent.kind == kind)
        return [
            AuditRow(e.id, e.at.isoformat(), e.kind, e.actor, e.call_id, json.loads(e.payload))
            for e in session.scalars(stmt)
        ]


# ------------------------------------------------------------------------ commands


def _open(args: argparse.Namespace) -> sessionmaker[Session]:
    return open_cli_database(args)[1]


def read_password(prompt: str = "Password: ") -> str:
    """One line from stdin when piped (scripts), else an interactive prompt asked twice."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise CliError("no password on stdin")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat: ") != first:
        raise CliError("the passwords differ")
    return first


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Check the chain's links, then hold it to every anchor of its head (fault 9).

    Anchors come from the recordings root (checkpoint file, sidecars) and from each
    `--anchor FILE` (a package's manifest.json or folder). A chain shorter than an anchor,
    or with another hash at an anchor's count, was cut or rewritten: exit status 1.
    """
    from seat.audit_anchor import anchor_problems, anchors_in_file, anchors_in_root

    settings, sessions = open_cli_database(args)
    unreadable: list[str] = []
    anchors = anchors_in_root(settings.recordings_root, unreadable)
    for path in args.anchor:
        anchors += anchors_in_file(path)
    with sessions.begin() as session:
        result = verify_audit_chain(session, at_counts={a.head.count for a in anchors})
    for where in unreadable:
        print(f"warning: unreadable audit anchor in {where}")
    if not result.ok:
        print(f"audit chain broken at event id {result.first_bad_id}: {result.problem}")
        return 1
    problems = anchor_problems(result, anchors)
    for line in problems:
        print(line)
    if problems:
        return 1
    print(f"ok: {result.checked} events (head {result.head_hash}); {len(anchors)} anchors agree")
    return 0


def cmd_audit_list(args: argparse.Namespace) -> int:
    sessions = _open(args)
    rows = list_audit(sessions, actor_for(sessions, args.as_user), limit=args.limit, kind=args.kind)
    if args.json:
        print_json([r.to_json_dict() for r in rows])
    else:
        for r in rows:
            payload = json.dumps(r.payload, ensure_ascii=False)
            print(f"{r.id:8}  {r.at[:19]}  {r.kind:28}  {r.actor:32}  {payload}")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from desk.users import add_user

    sessions = _open(args)
    actor = actor_for(sessions, args.as_user) if args.as_user else None
    password = read_password()
    new_id = add_user(
        sessions,
        actor,
        args.username,
        Role(args.role),
        args.display_name or args.username,
        password,
    )
    print(new_id)
    return 0


def cmd_users_disable(args: argparse.Namespace) -> int:
    from desk.users import disable_user

    sessions = _open(args)
    disable_user(sessions, actor_for(sessions, args.as_user), args.username)
    return 0


def cmd_users_reset_password(args: argparse.Namespace) -> int:
    from desk.users import reset_password

    sessions = _open(args)
    actor = actor_for(sessions, args.as_user)
    reset_password(sessions, actor, args.username, read_password("New password: "))
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from desk.users import list_users

    sessions = _open(args)
    users = list_users(sessions, actor_for(sessions, args.as_user))
    if args.json:
        print_json([u.to_json_dict() for u in users])
    else:
        for u in users:
            state = "active" if u.active else "disabled"
            print(f"{u.id:5}  {u.username:20}  {u.role:11}  {state:8}  {u.display_name}")
    return 0


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `audit` and `users` to `kuty`; `common` carries `--data-dir`."""
    as_user = as_user_parser(common)

    audit = subparsers.add_parser("audit", help="the hash-chained audit log")
    asub = audit.add_subparsers(dest="sub", required=True)
    av = asub.add_parser("verify", parents=[common], help="check the chain; exit 1 if broken")
    av.add_argument(
        "--anchor",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="also check against this package manifest.json (or folder); repeatable",
    )
    av.set_defaults(func=cmd_audit_verify)
    al = asub.add_parser("list", parents=[as_user], help="newest events first (READ_AUDIT)")
    al.add_argument("--json", action="store_true")
    al.add_argument("--limit", type=int, default=100)
    al.add_argument("--kind", default=None, help="only events of this kind")
    al.set_defaults(func=cmd_audit_list)

    users = subparsers.add_parser("users", help="operator accounts")
    usub = users.add_subparsers(dest="sub", required=True)
    ua = usub.add_parser(
        "add", parents=[as_user], help="add an account; password on stdin or prompted"
    )
    ua.add_argument("username")
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    ua.add_argument("--display-name", default=None)
    ua.set_defaults(func=cmd_users_add)
    ud = usub.add_parser("disable", parents=[as_user], help="deactivate an account")
    ud.add_argument("username")
    ud.set_defaults(func=cmd_users_disable)
    ur = usub.add_parser(
        "reset-password",
        parents=[as_user],
        help="set a new password (stdin or prompt), lift a lockout",
    )
    ur.add_argument("username")
    ur.set_defaults(func=cmd_users_reset_password)
    ul = usub.add_parser("list", parents=[as_user], help="list accounts")
    ul.add_argument("--json", action="store_true")
    ul.set_defaults(func=cmd_users_list)
