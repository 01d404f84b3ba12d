"""Which SIP accounts a seat registers, from `accounts.toml` plus passwords from keyring.

`accounts.toml` (next to settings.toml, or in the data dir) holds only non-secret
fields, one `[[account]]` table each (see telephony/accounts.AccountSpec). A `password`
key in the file is refused: passwords live in keyring under `sip:<account_id>`
(`kuty accounts set-password ID`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk.settings import Settings, settings_file, toml_value, write_private_text
from telephony.accounts import AccountError, AccountSpec
from telephony.protocol import Command, CommandName


class AccountsFileError(ValueError):
    """accounts.toml cannot be used; the message names the file and the account."""


def accounts_file(settings: Settings) -> Path:
    """Where this seat's accounts live: the data dir's file if any, else beside settings."""
    beside_settings = settings_file().with_name("accounts.toml")
    in_data_dir = settings.data_dir / "accounts.toml"
    return in_data_dir if in_data_dir.exists() else beside_settings


def load_accounts(settings: Settings, path: Path | None = None) -> list[AccountSpec]:
    from desk.secrets import SecretsUnavailable, get_secret

    path = path or accounts_file(settings)
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise AccountsFileError(f"cannot read {path}: {exc}") from exc
    specs: list[AccountSpec] = []
    tables: Any = data.get("account", [])
    if not isinstance(tables, list):
        raise AccountsFileError(f"{path}: use [[account]] tables")
    for index, table in enumerate(tables, 1):
        label = f"{path} account #{index}"
        if not isinstance(table, dict):
            raise AccountsFileError(f"{label}: not a table")
        if "password" in table:
            raise AccountsFileError(
                f"{label}: passwords are not kept in files; use `kuty accounts set-password`"
            )
        try:
            spec = AccountSpec.from_args(dict(table))
        except AccountError as exc:
            raise AccountsFileError(f"{label}: {exc}") from exc
        try:
            password = get_secret("sip", spec.account_id) or ""
        except SecretsUnavailable:
            password = ""
        specs.append(AccountSpec.from_args({**spec.to_args(), "password": password}))
    return specs


def save_accounts(specs: list[AccountSpec], path: Path) -> Path:
    """Write `[[account]]` tables for `specs`, never their passwords (those go to keyring).

    Every non-secret field is written, so the file documents the account completely; the
    password is dropped here rather than trusted to callers, because this file is plain
    text that backups and support bundles copy.
    """
    ids = [spec.account_id for spec in specs]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise AccountsFileError(f"duplicate account id(s): {', '.join(duplicates)}")
    chunks = ["# Kuty SIP accounts. Passwords: keyring (`kuty accounts set-password ID`).\n"]
    for spec in specs:
        chunks.append("\n[[account]]\n")
        for key, value in spec.to_args().items():
            if key == "password":
                continue
            chunks.append(f"{key} = {toml_value(value)}\n")
    write_private_text(path, "".join(chunks))
    return path


def account_commands(settings: Settings, alert: Callable[[str, str], None]) -> list[Command]:
    """This seat's SIP accounts (password from keyring) as commands for a fresh engine.

    Every engine start registers again, so a restarted engine recovers its registrations
    without the operator doing anything; the password travels only over the engine's
    private stdin pipe. A broken accounts file is an alert, not a dead seat.
    """
    try:
        specs = load_accounts(settings)
    except AccountsFileError as exc:
        alert("accounts_error", str(exc))
        return []
    return [Command(CommandName.ADD_ACCOUNT, args=spec.to_args()) for spec in specs]
