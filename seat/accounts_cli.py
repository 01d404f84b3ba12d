"""`kuty accounts list/add/set-password/remove`: a seat's SIP accounts from a shell.

Unattended seats (`kuty serve`) have no settings dialog, so accounts.toml and the keyring
are managed here. Changes act as an admin (`--as USERNAME`, MANAGE_SETTINGS) and are
audited as "settings_changed" with the changed keys, never with a password.

Passwords come from stdin or a prompt, never from argv (visible in `ps` and shell
history), and go to the keyring only.

Automation and tests: a process without a desktop keyring can be pointed at the
encrypted keyring file with `KUTY_KEYRING_FILE=<path>` and `KUTY_KEYRING_MASTER=<master
password>`. The master password then sits in that process's environment, readable by the
same OS user and root only; use it for CI and provisioning scripts, not for a desk.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desk.errors import CliError
from desk.settings import Settings, load_settings
from telephony.accounts import AccountError, AccountSpec, SrtpUse, Transport

ENV_KEYRING_FILE = "KUTY_KEYRING_FILE"
ENV_KEYRING_MASTER = "KUTY_KEYRING_MASTER"


def configure_keyring_from_env(env: Mapping[str, str] | None = None) -> Any:
    """Use the encrypted keyring file named by `KUTY_KEYRING_FILE`, if set.

    Returns:
        The `KeyringStatus`, or None when the variable is not set (the normal keyring
        applies).

    Raises:
        SecretsUnavailable: the master password is missing or wrong.
    """
    from desk.secrets import use_encrypted_file_backend

    env = os.environ if env is None else env
    path = env.get(ENV_KEYRING_FILE, "")
    if not path:
        return None
    return use_encrypted_file_backend(Path(path), env.get(ENV_KEYRING_MASTER, ""))


def _keyring() -> None:
    """Make secrets usable for this command or fail with the operator's explanation."""
    from desk.secrets import SecretsUnavailable, ensure_usable_keyring

    try:
        if configure_keyring_from_env() is not None:
            return
    except SecretsUnavailable as exc:
        raise CliError(f"keyring file from {ENV_KEYRING_FILE}: {exc}") from exc
    status = ensure_usable_keyring()
    if not status.usable:
        raise CliError(status.explanation)


def _admin(args: argparse.Namespace, settings: Settings) -> tuple[Any, Any]:
    """(sessions, actor) for a change; only MANAGE_SETTINGS may change accounts."""
    from db.session import open_database
    from desk.actors import actor_for
    from desk.roles import Permission, PermissionDenied, require

    sessions = open_database(settings.database)
    actor = actor_for(sessions, args.as_user)
    try:
        require(actor, Permission.MANAGE_SETTINGS)
    except PermissionDenied as exc:
        raise CliError(str(exc)) from exc
    return sessions, actor


def _audited_write(
    sessions: Any, actor: Any, changed: list[str], specs: list[AccountSpec], path: Path
) -> None:
    """Audit and write in one transaction: the row exists only if the file was written."""
    from db.audit import append_audit
    from seat.sip_accounts import save_accounts

    with sessions.begin() as session:
        append_audit(
            session, "settings_changed", actor.label, {"changed": changed, "via": "kuty accounts"}
        )
        save_accounts(specs, path)


def _current(settings: Settings) -> tuple[Path, list[AccountSpec]]:
    from seat.sip_accounts import AccountsFileError, accounts_file, load_accounts

    path = accounts_file(settings)
    try:
        return path, load_accounts(settings, path)
    except AccountsFileError as exc:
        raise CliError(str(exc)) from exc


def _find(specs: list[AccountSpec], account_id: str) -> AccountSpec:
    for spec in specs:
        if spec.account_id == account_id:
            return spec
    raise CliError(f"no account {account_id!r}")


def cmd_list(args: argparse.Namespace) -> int:
    _keyring()
    path, specs = _current(load_settings(data_dir=args.data_dir))
    rows = []
    for spec in specs:
        row = {k: v for k, v in spec.to_args().items() if k != "password"}
        row["password_set"] = bool(spec.password)
        row["aor"] = spec.aor
        rows.append(row)
    if args.json:
        json.dump({"file": str(path), "accounts": rows}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print(f"no accounts in {path} (local listening only)")
    for row in rows:
        default = " default" if row["default"] else ""
        password = "password set" if row["password_set"] else "NO PASSWORD"
        print(
            f"{row['account_id']:12} {row['aor']:32} via {row['registrar']} "
            f"{row['transport']} srtp={row['srtp']}{default} ({password})"
        )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    settings = load_settings(data_dir=args.data_dir)
    _keyring()
    path, specs = _current(settings)
    if any(s.account_id == args.account_id for s in specs) and not args.replace:
        raise CliError(f"account {args.account_id!r} exists; use --replace to change it")
    values: dict[str, Any] = {
        "account_id": args.account_id,
        "registrar": args.registrar,
        "user": args.user,
        "domain": args.domain,
        "auth_user": args.auth_user,
        "realm": args.realm,
        "transport": args.transport,
        "proxy": args.proxy,
        "srtp": args.srtp,
        "reg_timeout_s": args.reg_timeout,
        "retry_interval_s": args.retry_interval,
        "ca_file": args.ca_file,
        "verify_server": not args.no_verify_server,
        "default": args.default or not specs,
        "ice": args.ice,
        "stun_servers": tuple(args.stun or ()),
    }
    try:
        new = AccountSpec.from_args(values)
    except AccountError as exc:
        raise CliError(str(exc)) from exc
    others = [s for s in specs if s.account_id != new.account_id]
    if new.default:  # one default account
        others = [AccountSpec.from_args({**s.to_args(), "default": False}) for s in others]
    sessions, actor = _admin(args, settings)
    _audited_write(sessions, actor, [f"accounts.{new.account_id}"], [*others, new], path)
    print(
        f"account {new.account_id} saved in {path}; set its password with "
        f"`kuty accounts set-password {new.account_id}`"
    )
    return 0


def cmd_set_password(args: argparse.Namespace) -> int:
    from db.audit import append_audit
    from desk.secrets import SecretsUnavailable, set_secret
    from seat.audit_cli import read_password

    settings = load_settings(data_dir=args.data_dir)
    _keyring()
    _path, specs = _current(settings)
    _find(specs, args.account_id)
    sessions, actor = _admin(args, settings)
    password = read_password(f"SIP password for {args.account_id}: ")
    if not password:
        raise CliError("empty password refused")
    with sessions.begin() as session:
        append_audit(
            session,
            "settings_changed",
            actor.label,
            {"changed": [f"secret:sip:{args.account_id}"], "via": "kuty accounts"},
        )
        try:
            set_secret("sip", args.account_id, password)
        except SecretsUnavailable as exc:
            raise CliError(str(exc)) from exc
    print(f"password of {args.account_id} stored in the keyring")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from desk.secrets import SecretsUnavailable, delete_secret

    settings = load_settings(data_dir=args.data_dir)
    _keyring()
    path, specs = _current(settings)
    _find(specs, args.account_id)
    sessions, actor = _admin(args, settings)
    rest = [s for s in specs if s.account_id != args.account_id]
    _audited_write(sessions, actor, [f"accounts.{args.account_id}"], rest, path)
    try:
        delete_secret("sip", args.account_id)
    except SecretsUnavailable as exc:
        print(f"kuty accounts: account removed, keyring entry kept: {exc}", file=sys.stderr)
    print(f"account {args.account_id} removed from {path}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register `kuty accounts ...` on the top-level subparsers."""
    from desk.actors import as_user_parser

    as_user = as_user_parser(common)
    accounts = sub.add_parser("accounts", help="SIP accounts of this seat (accounts.toml)")
    asub = accounts.add_subparsers(dest="sub", required=True)
    al = asub.add_parser("list", parents=[common], help="list accounts (no passwords)")
    al.add_argument("--json", action="store_true")
    al.set_defaults(func=cmd_list)

    aa = asub.add_parser("add", parents=[as_user], help="add or --replace an account (admin)")
    aa.add_argument("account_id", metavar="ID")
    aa.add_argument("--registrar", required=True, help="registrar/PBX host[:port]")
    aa.add_argument("--user", required=True, help="extension (user part of the AOR)")
    aa.add_argument("--domain", default="", help="AOR domain (default: registrar host)")
    aa.add_argument("--auth-user", default="", help="digest user (default: --user)")
    aa.add_argument("--realm", default="*")
    aa.add_argument("--transport", choices=[t.value for t in Transport], default="udp")
    aa.add_argument("--proxy", default="", help="outbound proxy host[:port]")
    aa.add_argument("--srtp", choices=[s.value for s in SrtpUse], default="disabled")
    aa.add_argument("--reg-timeout", type=int, default=300, help="seconds (20..86400)")
    aa.add_argument("--retry-interval", type=int, default=30, help="seconds (5..3600)")
    aa.add_argument("--ca-file", default="", help="TLS: CA certificates to trust")
    aa.add_argument(
        "--no-verify-server", action="store_true", help="TLS: accept any certificate (unsafe)"
    )
    aa.add_argument("--default", action="store_true", help="make this the default account")
    aa.add_argument(
        "--stun",
        action="append",
        metavar="HOST:PORT",
        help="STUN server for NAT (repeat for more, up to 4); tried in order",
    )
    aa.add_argument(
        "--ice", action="store_true", help="offer ICE candidates (needs a non-loopback address)"
    )
    aa.add_argument("--replace", action="store_true", help="overwrite an existing account")
    aa.set_defaults(func=cmd_add)

    ap = asub.add_parser(
        "set-password", parents=[as_user], help="store the SIP password in the keyring (stdin)"
    )
    ap.add_argument("account_id", metavar="ID")
    ap.set_defaults(func=cmd_set_password)

    ar = asub.add_parser("remove", parents=[as_user], help="remove an account and its password")
    ar.add_argument("account_id", metavar="ID")
    ar.set_defaults(func=cmd_remove)
