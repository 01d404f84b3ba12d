"""Who a command-line invocation acts as: `--as USERNAME` resolved to an `Actor`.

Shared by every `kuty` subcommand that acts as a person (incidents, complaints, profiles):
the username must name an active row of the operators table, whose role the service-layer
permission checks then use, so a script can never do what its user could not do in the
console. "system" is refused because it is the console's own identity.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import Operator
from desk.errors import CliError
from desk.roles import SYSTEM, Actor
from desk.settings import Settings, load_settings

__all__ = ["actor_for", "as_user_parser", "open_cli_database", "print_json"]


def actor_for(sessions: sessionmaker[Session], username: str | None) -> Actor:
    """The `Actor` for `--as USERNAME`.

    Raises:
        CliError: no username given, the reserved "system", or no active such user.
    """
    if not username:
        raise CliError("--as USERNAME is required (the user whose role applies)")
    if username == SYSTEM.username:
        raise CliError("'system' is reserved for the console itself; use a person's username")
    with sessions.begin() as session:
        op = session.scalar(sa.select(Operator).where(Operator.username == username))
        if op is None or not op.active:
            raise CliError(f"no active user {username!r} in the operators table")
        return Actor(op.username, op.role, op.id)


def as_user_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """A parent parser adding `--as USERNAME` (dest ``as_user``) to `common`'s options."""
    parser = argparse.ArgumentParser(add_help=False, parents=[common])
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USERNAME",
        default=None,
        help="act as this user (operators table); their role applies",
    )
    return parser


def open_cli_database(args: argparse.Namespace) -> tuple[Settings, sessionmaker[Session]]:
    """Settings and the migrated database for a `kuty` command's `--data-dir`."""
    from db.session import open_database

    settings = load_settings(data_dir=args.data_dir)
    return settings, open_database(settings.database)


def print_json(data: Any) -> None:
    """Pretty, UTF-8 (Cyrillic kept readable) JSON on stdout for `--json` output."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
