"""Saving settings and accounts: round trips, no secrets in files, one audited change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from db.session import close_database, open_database
from desk import secrets
from desk.roles import Actor, PermissionDenied, Role
from desk.settings import (
    SettingsError,
    _mount_type,
    check_recordings_folder,
    load_settings,
    save_settings,
    with_changes,
)
from desk.users import add_user
from seat.settings_change import SettingsChange, apply_settings_change
from seat.sip_accounts import AccountsFileError, accounts_file, load_accounts, save_accounts
from telephony.accounts import AccountSpec, SrtpUse, Transport

CANARY = "canary-Пароль-51d0e2"
ADMIN_PW = "correct horse battery"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """KUTY_CONFIG and the keyring point into tmp_path; the keyring is restored after."""
    before = keyring.get_keyring()
    config = tmp_path / "config" / "settings.toml"
    monkeypatch.setenv("KUTY_CONFIG", str(config))
    secrets.use_encrypted_file_backend(tmp_path / "data" / "keyring.cfg", "master pw")
    yield config
    keyring.set_keyring(before)


def spec(account_id: str = "desk", **extra: object) -> AccountSpec:
    return AccountSpec.from_args(
        {"account_id": account_id, "registrar": "pbx.kuty.example:5060", "user": "101", **extra}
    )


def files_containing(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_settings_round_trip_writes_only_changes(tmp_path: Path, isolated: Path) -> None:
    base = load_settings(data_dir=tmp_path / "data", env={})
    changed = with_changes(
        base,
        recordings_dir=str(tmp_path / 'записи "спільні"'),
        audio_device="USB Headset: Audio (hw:1,0)",
        auto_answer=True,
        headset_max_lag_ms=80,
        language="en",
    )
    save_settings(changed)
    text = isolated.read_text(encoding="utf-8")
    assert "log_level" not in text  # defaults are not pinned
    assert load_settings(env={"KUTY_CONFIG": str(isolated)}) == changed
    assert isolated.stat().st_mode & 0o077 == 0


def test_database_url_with_password_is_not_saved(tmp_path: Path, isolated: Path) -> None:
    settings = load_settings(data_dir=tmp_path, env={})
    bad = with_changes(settings, database_url=f"postgresql+psycopg://kuty:{CANARY}@db/kuty")
    with pytest.raises(SettingsError, match="contains a password"):
        save_settings(bad)
    assert not isolated.exists()


def test_accounts_round_trip_without_passwords(tmp_path: Path, isolated: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data", env={})
    path = accounts_file(settings)
    assert path == isolated.with_name("accounts.toml")  # beside KUTY_CONFIG
    first = spec(password=CANARY, transport="tls", srtp="mandatory", ca_file="/etc/ca.pem")
    second = spec("backup", default=False, ice=True)
    save_accounts([first, second], path)
    assert CANARY not in path.read_text(encoding="utf-8")
    secrets.set_secret("sip", "desk", CANARY)
    loaded = load_accounts(settings, path)
    assert [s.account_id for s in loaded] == ["desk", "backup"]
    assert loaded[0].password == CANARY and loaded[0].transport is Transport.TLS
    assert loaded[0].srtp is SrtpUse.MANDATORY and loaded[0].verify_server
    assert loaded[1].ice is True and loaded[1].password == ""
    with pytest.raises(AccountsFileError, match="duplicate"):
        save_accounts([first, first], path)


def test_recordings_folder_check(tmp_path: Path) -> None:
    check = check_recordings_folder(tmp_path / "new" / "recordings")
    assert check.writable and (tmp_path / "new" / "recordings").is_dir()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    bad = check_recordings_folder(blocker / "sub")
    assert not bad.writable and bad.error
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n//nas/rec /mnt/nas\\040rec cifs rw 0 0\n", encoding="utf-8"
    )
    assert _mount_type(Path("/mnt/nas rec/2026"), mounts) == "cifs"
    assert _mount_type(Path("/home"), mounts) == "ext4"


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}")
    yield factory
    close_database(factory)


def audit_rows(sessions: sessionmaker[Session]) -> list[tuple[str, dict[str, object]]]:
    with sessions.begin() as s:
        rows = s.execute(sa.select(AuditEvent.kind, AuditEvent.payload).order_by(AuditEvent.id))
        return [(kind, json.loads(payload)) for kind, payload in rows]


def test_change_is_audited_with_keys_and_secrets_go_to_keyring(
    tmp_path: Path, isolated: Path, sessions: sessionmaker[Session]
) -> None:
    admin = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "A", ADMIN_PW))
    old = load_settings(data_dir=tmp_path / "data", env={})
    url = "postgresql+psycopg://kuty@db.example/kuty"
    change = SettingsChange(
        settings=with_changes(old, audio_device="none", database_url=url),
        accounts=[spec()],
        old_settings=old,
        old_accounts=[],
        sip_passwords={"desk": CANARY},
        db_password="db-" + CANARY,
    )
    assert CANARY not in repr(change)
    changed = apply_settings_change(change, sessions, admin)
    assert changed == [
        "database_url",
        "audio_device",
        "accounts.desk",
        "secret:sip:desk",
        "secret:db",
    ]
    assert audit_rows(sessions)[-1] == ("settings_changed", {"changed": changed})
    assert secrets.get_secret("sip", "desk") == CANARY
    assert secrets.get_secret("db", secrets.db_secret_name(url)) == "db-" + CANARY
    assert files_containing(tmp_path, "51d0e2") == []

    operator = Actor("olena", Role.OPERATOR, 99)
    with pytest.raises(PermissionDenied):
        apply_settings_change(change, sessions, operator)
    assert audit_rows(sessions)[-1][0] == "permission_denied"


def test_mail_passwords_and_smtp_table_are_saved_with_the_change(
    tmp_path: Path, isolated: Path, sessions: sessionmaker[Session]
) -> None:
    """Issue 13: IMAP/SMTP passwords to the keyring under their names, [smtp] to
    incidents.toml with its other keys kept, all named in the one audit row."""
    import dataclasses

    from incidents.config import SmtpConfig, load_config

    admin = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "A", ADMIN_PW))
    data = tmp_path / "data"
    (data / "incidents.toml").write_text(
        'supervisor_emails = ["chief@kuty.example"]\nauto_reject_blocked = true\n',
        encoding="utf-8",
    )
    old = load_settings(data_dir=data, env={})
    old_smtp = load_config(data).smtp
    change = SettingsChange(
        settings=with_changes(old, imap_host="mail.kuty.example", imap_user="desk"),
        accounts=[],
        old_settings=old,
        old_accounts=[],
        secrets={("imap", "desk@mail.kuty.example"): CANARY, ("smtp", "relay"): "s-" + CANARY},
        smtp=dataclasses.replace(
            old_smtp, host="smtp.kuty.example", username="relay", port=465, tls="tls"
        ),
        old_smtp=old_smtp,
    )
    assert CANARY not in repr(change)
    changed = apply_settings_change(change, sessions, admin)
    assert changed == [
        "imap_host",
        "imap_user",
        "secret:imap:desk@mail.kuty.example",
        "secret:smtp:relay",
        "smtp.host",
        "smtp.port",
        "smtp.tls",
        "smtp.username",
    ]
    config = load_config(data)
    assert config.smtp == SmtpConfig(
        host="smtp.kuty.example", port=465, tls="tls", username="relay"
    )
    assert config.supervisor_emails == ("chief@kuty.example",) and config.auto_reject_blocked
    assert secrets.get_secret("imap", "desk@mail.kuty.example") == CANARY
    assert secrets.get_secret("smtp", "relay") == "s-" + CANARY
    assert files_containing(tmp_path, "51d0e2") == []


def test_save_smtp_refuses_bad_values_and_broken_files(tmp_path: Path) -> None:
    import dataclasses

    from incidents.config import IncidentsConfigError, SmtpConfig, load_config, save_smtp

    save_smtp(tmp_path, SmtpConfig(host="127.0.0.1", tls="plain", port=2525))
    assert load_config(tmp_path).smtp.port == 2525
    before = (tmp_path / "incidents.toml").read_text(encoding="utf-8")
    with pytest.raises(IncidentsConfigError, match=r"smtp\.tls"):
        save_smtp(tmp_path, dataclasses.replace(SmtpConfig(), tls="ssl"))  # type: ignore[arg-type]
    assert (tmp_path / "incidents.toml").read_text(encoding="utf-8") == before
    (tmp_path / "incidents.toml").write_text("supervisor_emails = [", encoding="utf-8")
    with pytest.raises(IncidentsConfigError, match="cannot read"):
        save_smtp(tmp_path, SmtpConfig(host="x"))
    assert (tmp_path / "incidents.toml").read_text(encoding="utf-8") == "supervisor_emails = ["


def test_a_refused_smtp_table_changes_no_file_and_audits_nothing(
    tmp_path: Path, isolated: Path, sessions: sessionmaker[Session]
) -> None:
    import dataclasses

    from incidents.config import IncidentsConfigError, SmtpConfig

    admin = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "A", ADMIN_PW))
    data = tmp_path / "data"
    (data / "incidents.toml").write_text("supervisor_emails = [", encoding="utf-8")
    old = load_settings(data_dir=data, env={})
    change = SettingsChange(
        settings=with_changes(old, retention_days=400),
        accounts=[],
        old_settings=old,
        old_accounts=[],
        smtp=dataclasses.replace(SmtpConfig(), host="smtp.kuty.example"),
        old_smtp=SmtpConfig(),
    )
    with pytest.raises(IncidentsConfigError, match="cannot read"):
        apply_settings_change(change, sessions, admin)
    assert not isolated.exists()  # settings.toml untouched
    assert all(kind != "settings_changed" for kind, _ in audit_rows(sessions))
