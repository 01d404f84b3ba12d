"""`kuty profiles ...`: import the Service's caller profiles, set key phrases, unlock, list.

Hooked into `seat.cli.build_parser` with `add_commands(sub, common)`; same conventions as
`incidents.cli`: `--as USERNAME` names the acting user (`desk.actors`), expected failures
raise `CliError` (one line on stderr, status 1).

Key phrases (KUTY-2.2) never come from argv (visible in `ps` and shell history):
`set-phrase` reads the phrase with `getpass` on a terminal (asked twice) or as one line
from standard input otherwise, wraps it in `SecretStr` at once, and never prints it.

``KUTY_TEST_FAST_HASH=1`` is **test-only**: it makes imports and `set-phrase` hash with
`FAST_FOR_TESTS` (microseconds, worthless against an attacker) in one process. It is an
environment variable rather than a flag so no operator finds it in `--help`; a warning
is printed on stderr whenever it is honoured.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desk.actors import actor_for, as_user_parser, open_cli_database
from desk.errors import CliError
from verification.applications import parse_applications
from verification.import_files import Progress, check_size
from verification.import_rows import RowError
from verification.key_phrase import FAST_FOR_TESTS, PRODUCTION, HashParams, SecretStr
from verification.store import (
    ImportRejected,
    import_profile_file,
    list_profiles,
    set_key_phrase,
    unlock_profile,
)

__all__ = ["FAST_HASH_ENV", "add_commands", "read_phrase"]

FAST_HASH_ENV = "KUTY_TEST_FAST_HASH"


def _hash_params(warn: bool = True) -> tuple[HashParams, int | None]:
    if os.environ.get(FAST_HASH_ENV) == "1":
        if warn:
            _warn_fast_hash()
        return FAST_FOR_TESTS, 1
    return PRODUCTION, None


def _warn_fast_hash() -> None:
    if os.environ.get(FAST_HASH_ENV) == "1":
        print(f"kuty: {FAST_HASH_ENV}=1: test-only weak key-phrase hashing", file=sys.stderr)


def _open(args: argparse.Namespace) -> sessionmaker[Session]:
    return open_cli_database(args)[1]


def _print_errors(source: str, errors: Sequence[RowError]) -> None:
    for e in errors:
        print(f"{source}\t{e.unit} {e.line}\t{e.field or '-'}\t{e.code}\t{e.message}")


def cmd_profiles_import(args: argparse.Namespace) -> int:
    """Stream the file (`import_profile_file`): memory stays flat with its size."""
    path = Path(args.file)
    progress = Progress()  # stderr only: stdout is the report
    check_size(path)  # a file-level refusal comes before opening the database
    apps = (
        parse_applications(Path(args.applications), progress=progress)
        if args.applications
        else None
    )
    sessions = _open(args)
    actor = actor_for(sessions, args.as_user)
    params, workers = _hash_params(warn=False)  # warned once hashing starts: see below
    try:
        report = import_profile_file(
            sessions, actor, path, applications=apps, hasher_params=params,
            workers=workers, progress=progress, on_hashing=_warn_fast_hash,
        )  # fmt: skip
    except ImportRejected as exc:
        print("file\twhere\tfield\tcode\tmessage")
        _print_errors(path.name, exc.profile_errors)
        _print_errors(Path(args.applications).name if apps else "-", exc.application_errors)
        if exc.total > exc.shown:
            print(f"-\t-\t-\tnot_listed\t{exc.total - exc.shown} more error(s) not listed")
        raise
    print(
        f"imported {path.name}: {report.created} created, {report.updated} updated, "
        f"{report.phones} phones, {report.applications} applications, "
        f"{report.not_in_file} existing profiles not in the file (kept)"
    )
    if report.ignored_columns:
        print(f"ignored columns: {', '.join(report.ignored_columns)}")
    return 0


def read_phrase(stdin: Any = None) -> SecretStr:
    """The key phrase from a terminal (no echo, asked twice) or one line of stdin.

    Raises:
        CliError: nothing given, or the two terminal entries differ.
    """
    stream = stdin if stdin is not None else sys.stdin
    if stream.isatty():
        first = SecretStr(getpass.getpass("Key phrase: "))
        if SecretStr(getpass.getpass("Repeat the key phrase: ")) != first:
            raise CliError("the two entries differ; nothing was changed")
        phrase = first
    else:
        phrase = SecretStr(stream.readline().rstrip("\r\n"))
    if not phrase.reveal().strip():
        raise CliError("no key phrase given on standard input; nothing was changed")
    return phrase


def cmd_profiles_set_phrase(args: argparse.Namespace) -> int:
    sessions = _open(args)
    actor = actor_for(sessions, args.as_user)
    phrase = read_phrase()
    params, _ = _hash_params()
    set_key_phrase(sessions, actor, args.profile_id, phrase, params=params)
    print(f"key phrase of profile {args.profile_id} replaced")
    return 0


def cmd_profiles_unlock(args: argparse.Namespace) -> int:
    sessions = _open(args)
    actor = actor_for(sessions, args.as_user)
    if not args.reason.strip():
        raise CliError("--reason must say why the profile is unlocked")
    lifted = unlock_profile(sessions, actor, args.profile_id, args.reason)
    print(f"profile {args.profile_id} unlocked ({lifted} active lock(s) lifted)")
    return 0


def cmd_profiles_list(args: argparse.Namespace) -> int:
    sessions = _open(args)
    actor = actor_for(sessions, args.as_user)
    items = list_profiles(sessions, actor, limit=args.limit)
    if args.json:
        json.dump([p.to_json_dict() for p in items], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for p in items:
        locked = f"locked until {p.locked_until:%Y-%m-%d %H:%M}" if p.locked_until else ""
        phrase = "phrase" if p.has_phrase else "NO PHRASE"
        print(f"{p.id:7}  {p.surname} {p.first_name} {p.patronymic}".rstrip()
              + f"  {','.join(p.phones)}  {p.applications} app(s)  {phrase}  {locked}")  # fmt: skip
    return 0


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `profiles` to `kuty`; `common` carries `--data-dir`."""
    as_user = as_user_parser(common)
    prof = subparsers.add_parser("profiles", help="caller profiles for verification (KUTY-2.2)")
    sub = prof.add_subparsers(dest="sub", required=True)

    imp = sub.add_parser(
        "import", parents=[as_user], help="import the Service's export (CSV or JSON, UTF-8)"
    )
    imp.add_argument("file", type=Path, help="profiles: .csv or .json")
    imp.add_argument("--applications", type=Path, default=None, help="applications CSV")
    imp.set_defaults(func=cmd_profiles_import)

    sp = sub.add_parser(
        "set-phrase", parents=[as_user], help="replace a key phrase (read from stdin, no echo)"
    )
    sp.add_argument("profile_id", type=int)
    sp.set_defaults(func=cmd_profiles_set_phrase)

    un = sub.add_parser("unlock", parents=[as_user], help="lift a verification lock (audited)")
    un.add_argument("profile_id", type=int)
    un.add_argument("--reason", required=True, help="why (kept in the audit log)")
    un.set_defaults(func=cmd_profiles_unlock)

    ls = sub.add_parser("list", parents=[as_user], help="list profiles (no secrets)")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--limit", type=int, default=None)
    ls.set_defaults(func=cmd_profiles_list)
