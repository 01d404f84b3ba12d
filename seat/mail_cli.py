"""`kuty messages import|list` and `kuty mail sync`: written contacts from the command line.

Hooked into `seat.cli.build_parser` with `add_commands(sub, common)`, like
`incidents.cli`. `import` is for migrating an old mailbox and for tests: `.eml` files,
mbox files and folders of them; every file that cannot be read gets one line on stderr
and the rest go on, then one summary line (exit status 1 if any file failed). Malformed
mail is not a failure: its exact bytes are stored and the view says what it could not
read (issue 12: "bad input never crashes and never loses the raw bytes").

An .eml file is stored byte for byte. An mbox message is stored as the file holds it,
without its "From " separator line and with its line ends and ">From " quoting as they
are: mbox has already changed the original, and undoing that would be guessing.
"""

from __future__ import annotations

import argparse
import mailbox
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desk.actors import actor_for, as_user_parser, open_cli_database, print_json
from desk.errors import CliError, one_line
from desk.policy import Policy, available_policies, load_policy, seat_policy
from desk.settings import Settings

__all__ = [
    "add_commands",
    "cmd_mail_set_password",
    "cmd_mail_sync",
    "cmd_messages_import",
    "cmd_messages_list",
]

MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx", ".mail")


@dataclass(frozen=True)
class _Item:
    origin: str  # "FILE" or "FILE#N" for the N-th message of an mbox
    raw: bytes


class _BadFile(Exception):
    """One file that cannot be imported; the message is its one line."""


def _is_mbox(path: Path) -> bool:
    if path.suffix.lower() in (".mbox", ".mbx"):
        return True
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def _messages(path: Path) -> Iterator[_Item]:
    """The raw messages of one file (an mbox gives each of its messages, in order)."""
    try:
        if not _is_mbox(path):
            data = path.read_bytes()
            if not data.strip():
                raise _BadFile("empty file, not a message")
            yield _Item(str(path), data)
            return
        box = mailbox.mbox(path, create=False)
        try:
            keys = list(box.keys())
            if not keys:
                raise _BadFile("an mbox without messages")
            for index, key in enumerate(keys, start=1):
                yield _Item(f"{path}#{index}", box.get_bytes(key))
        finally:
            box.close()
    except OSError as exc:
        raise _BadFile(exc.strerror or str(exc)) from None


def _files(arguments: list[Path]) -> Iterator[Path | _BadFile]:
    for argument in arguments:
        if argument.is_dir():
            found = sorted(
                p for p in argument.rglob("*")
                if p.is_file() and p.suffix.lower() in MAIL_SUFFIXES
            )  # fmt: skip
            if not found:
                yield _BadFile(f"{argument}: no .eml or mbox files in this folder")
            yield from found
        elif argument.exists():
            yield argument
        else:
            yield _BadFile(f"{argument}: no such file or folder")


def _policy(args: argparse.Namespace, settings: Settings) -> Policy:
    """`--policy` when given, else the seat's (`desk.policy.seat_policy`, issue 12)."""
    return load_policy(args.policy) if args.policy else seat_policy(settings)


def cmd_messages_import(args: argparse.Namespace) -> int:
    from incidents.config import load_config
    from incidents.mailstore import mail_limits, store_mail

    settings, sessions = open_cli_database(args)
    actor = actor_for(sessions, args.as_user)
    policy = _policy(args, settings)
    limits, config = mail_limits(settings), load_config(settings.data_dir)
    stored = again = refused = failed = 0
    for entry in _files([Path(p) for p in args.files]):
        if isinstance(entry, _BadFile):
            print(f"kuty messages import: {entry}", file=sys.stderr)
            failed += 1
            continue
        try:
            for item in _messages(entry):
                result = store_mail(
                    sessions, actor, item.raw, policy=policy, source="import", limits=limits,
                    config=config, seat=settings.seat_name,
                )  # fmt: skip
                stored += result.created
                again += not result.created
                refused += result.created and result.refused
                if result.refused and result.created:
                    print(f"kuty messages import: {item.origin}: larger than "
                          f"{settings.mail_message_max_mb} MB: refused, its first "
                          f"{settings.mail_message_max_mb} MB kept", file=sys.stderr)  # fmt: skip
        except _BadFile as exc:
            print(f"kuty messages import: {entry}: {one_line(str(exc))}", file=sys.stderr)
            failed += 1
    print(f"{stored} message(s) stored, {again} already stored, {refused} refused over the "
          f"size limit, {failed} file(s) failed")  # fmt: skip
    return 1 if failed else 0


def cmd_messages_list(args: argparse.Namespace) -> int:
    from incidents.mailstore import list_mail

    _, sessions = open_cli_database(args)
    actor = actor_for(sessions, args.as_user)
    records = list_mail(sessions, actor, limit=args.limit)
    if args.json:
        print_json([r.as_json() for r in records])
        return 0
    for r in records:
        print(f"{r.id:6}  {r.received_at:%Y-%m-%d %H:%M}  {r.direction:3}  "
              f"{r.case or r.case_id or '-':22}  {r.status or '-':8}  {r.sender[:40]:40}  "
              f"{(r.subject or '')[:60]}")  # fmt: skip
    return 0


def cmd_mail_sync(args: argparse.Namespace) -> int:
    """One IMAP pass over the desk's mailbox (settings `imap_*`, password in the keyring)."""
    from incidents.config import load_config
    from incidents.imap_sync import ImapAccount, sync_once
    from incidents.mailstore import mail_limits
    from seat.accounts_cli import _keyring

    settings, sessions = open_cli_database(args)
    actor = actor_for(sessions, args.as_user)
    if not settings.imap_host:
        raise CliError("no desk mailbox: set imap_host, imap_user (and imap_ca_file) first")
    _keyring()
    config = load_config(settings.data_dir)
    report = sync_once(
        sessions, actor, ImapAccount.from_settings(settings), policy=_policy(args, settings),
        limits=mail_limits(settings), config=config, seat=settings.seat_name,
        smtp=config.smtp,
    )  # fmt: skip
    for line in report.problems:
        print(f"kuty mail sync: {line}", file=sys.stderr)
    print(report.summary())
    return 1 if report.problems else 0


def cmd_mail_set_password(args: argparse.Namespace) -> int:
    """Store the desk mailbox's password in the keyring (stdin or a prompt, never argv);
    MANAGE_SETTINGS only, audited as a settings change without the password."""
    from db.audit import append_audit
    from desk.roles import Permission, require
    from desk.secrets import SecretsUnavailable, set_secret
    from incidents.imap_sync import ImapAccount
    from seat.accounts_cli import _keyring
    from seat.audit_cli import read_password

    settings, sessions = open_cli_database(args)
    actor = actor_for(sessions, args.as_user)
    require(actor, Permission.MANAGE_SETTINGS)
    account = ImapAccount.from_settings(settings)
    if not account.host or not account.user:
        raise CliError("set imap_host and imap_user first: the password is stored for them")
    _keyring()
    password = read_password(f"IMAP password for {account.secret_name}: ")
    if not password:
        raise CliError("empty password refused")
    with sessions.begin() as session:
        changed = {"changed": [f"secret:imap:{account.secret_name}"], "via": "kuty mail"}
        append_audit(session, "settings_changed", actor.label, changed)
        try:
            set_secret("imap", account.secret_name, password)
        except SecretsUnavailable as exc:
            raise CliError(str(exc)) from exc
    print(f"IMAP password for {account.secret_name} stored in the keyring")
    return 0


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `messages` and `mail` to `kuty`; `common` has `--data-dir`."""
    as_user = as_user_parser(common)
    with_policy = argparse.ArgumentParser(add_help=False, parents=[as_user])
    with_policy.add_argument(
        "--policy", default=None, choices=available_policies(),
        help="regulation whose registration numbers and hours new cases get "
        "(default: the settings' policy)",
    )  # fmt: skip

    msgs = subparsers.add_parser("messages", help="written contacts (issue 12)")
    msub = msgs.add_subparsers(dest="sub", required=True)
    mi = msub.add_parser(
        "import", parents=[with_policy], help="store .eml files, mbox files or folders of them"
    )
    mi.add_argument("files", nargs="+", metavar="FILE", help=".eml, mbox or a folder")
    mi.set_defaults(func=cmd_messages_import)
    ml = msub.add_parser("list", parents=[as_user], help="stored messages in arrival order")
    ml.add_argument("--json", action="store_true")
    ml.add_argument("--limit", type=int, default=1000)
    ml.set_defaults(func=cmd_messages_list)

    mail = subparsers.add_parser("mail", help="the desk's mailbox over IMAP")
    msync = mail.add_subparsers(dest="sub", required=True)
    ms = msync.add_parser("sync", parents=[with_policy], help="one IMAP pass: fetch new mail")
    ms.set_defaults(func=cmd_mail_sync)
    mp = msync.add_parser(
        "set-password", parents=[as_user], help="store the mailbox password in the keyring (stdin)"
    )
    mp.set_defaults(func=cmd_mail_set_password)
