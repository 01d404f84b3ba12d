"""Saving an admin's settings change: secrets to the keyring, files and the audit row together.

It lives in `seat/` (not beside the schema in `desk/settings.py`) because a change carries
the seat's SIP accounts, and those are the application's (`seat.sip_accounts`).
"""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass, fields
from typing import Any

from desk.settings import Settings, SettingsError, save_settings


@dataclass(frozen=True)
class SettingsChange:
    """What an admin edited in the settings dialog or the first-run wizard.

    Passwords travel here only on their way to the keyring; `apply_settings_change`
    never writes them to a file or the audit log.
    """

    settings: Settings
    accounts: list[Any]  # telephony.accounts.AccountSpec, without passwords
    old_settings: Settings
    old_accounts: list[Any]
    sip_passwords: dict[str, str] = dataclasses.field(default_factory=dict, repr=False)
    db_password: str = dataclasses.field(default="", repr=False)
    secrets: dict[tuple[str, str], str] = dataclasses.field(default_factory=dict, repr=False)
    """Other passwords typed (issue 13): (kind, name) as desk.secrets names them, e.g.
    ("imap", "desk@mail.example"), ("smtp", "kuty-desk")."""
    smtp: Any = None  # incidents.config.SmtpConfig to write to incidents.toml; None: unchanged
    old_smtp: Any = None

    def changed_keys(self) -> list[str]:
        """Names of what changed: setting fields, `accounts.<id>`, `secret:<kind>:<id>`."""
        keys = [
            f.name
            for f in fields(Settings)
            if getattr(self.settings, f.name) != getattr(self.old_settings, f.name)
        ]
        old = {a.account_id: a.to_args() | {"password": ""} for a in self.old_accounts}
        new = {a.account_id: a.to_args() | {"password": ""} for a in self.accounts}
        ids = sorted(old.keys() | new.keys())
        keys += [f"accounts.{i}" for i in ids if old.get(i) != new.get(i)]
        keys += [f"secret:sip:{i}" for i in sorted(self.sip_passwords)]
        if self.db_password:
            keys.append("secret:db")
        keys += [f"secret:{kind}:{name}" for kind, name in sorted(self.secrets)]
        if self.smtp is not None and self.old_smtp is not None:
            keys += [
                f"smtp.{f.name}"
                for f in fields(self.smtp)
                if getattr(self.smtp, f.name) != getattr(self.old_smtp, f.name)
            ]
        return keys


def apply_settings_change(change: SettingsChange, sessions: Any, actor: Any) -> list[str]:
    """Store secrets, then audit and write both files in one transaction.

    Secrets go first: if the keyring refuses, nothing else changes. The audit row is
    appended in the same transaction that the files are written under, so it exists if
    and only if the files were replaced (a failed write rolls it back).

    Returns:
        The changed keys (also the audit payload); empty when nothing changed.

    Raises:
        PermissionDenied: the actor may not MANAGE_SETTINGS (the denial is audited).
        SettingsError: e.g. a database URL with a password.
        SecretsUnavailable: no usable keyring for a password that was typed.
    """
    from db.audit import append_audit
    from desk import secrets
    from desk.gate import authorize
    from desk.roles import Permission
    from seat.sip_accounts import accounts_file, save_accounts

    authorize(sessions, actor, Permission.MANAGE_SETTINGS, action="change_settings")
    try:
        secrets.reject_password_in_url(change.settings.database_url)
    except secrets.PasswordInUrl as exc:
        raise SettingsError(str(exc)) from exc
    changed = change.changed_keys()
    if not changed:
        return []
    for account_id, password in change.sip_passwords.items():
        secrets.set_secret("sip", account_id, password)
    for (kind, name), password in change.secrets.items():
        secrets.set_secret(kind, name, password)
    if change.db_password:
        if not change.settings.database_url:
            raise SettingsError("a database password needs a PostgreSQL URL")
        name = secrets.db_secret_name(change.settings.database_url)
        secrets.set_secret("db", name, change.db_password)
    accounts_path = accounts_file(change.old_settings)
    with sessions.begin() as session:
        append_audit(session, "settings_changed", actor.label, {"changed": changed})
        if change.smtp is not None and any(k.startswith("smtp.") for k in changed):
            from incidents.config import save_smtp

            # First: the file most likely to refuse (an unreadable incidents.toml is never
            # rewritten), so a refusal leaves settings.toml and accounts.toml as they were.
            save_smtp(change.settings.data_dir, change.smtp)
        save_settings(change.settings)
        save_accounts(list(change.accounts), accounts_path)
    kept = {a.account_id for a in change.accounts}
    for gone in {a.account_id for a in change.old_accounts} - kept:
        # the account is gone from the file; a stale keyring entry is harmless
        with contextlib.suppress(secrets.SecretsUnavailable):
            secrets.delete_secret("sip", gone)
    return changed
