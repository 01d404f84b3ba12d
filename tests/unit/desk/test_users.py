"""Accounts: Argon2id, lockout, audited sign-in, first-admin bootstrap (CLI and service)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, Operator
from db.models_records import OperatorCredential
from db.session import close_database, open_database
from desk.roles import Actor, PermissionDenied, Role
from desk.users import (
    LOCKOUT_AFTER,
    LOCKOUT_FOR,
    AccountLocked,
    SignInFailed,
    UserError,
    add_user,
    authenticate,
    disable_user,
    list_users,
    reset_password,
)
from seat import cli

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PW = "correct horse battery"


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}")
    yield factory
    close_database(factory)


def kinds(sessions: sessionmaker[Session]) -> list[str]:
    with sessions.begin() as s:
        return list(s.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


def payloads(sessions: sessionmaker[Session]) -> str:
    with sessions.begin() as s:
        return " ".join(s.scalars(sa.select(AuditEvent.payload)))


def test_bootstrap_then_admin_required(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(UserError):
        add_user(sessions, None, "olena", Role.OPERATOR, "Олена", PW)  # not an admin
    admin_id = add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW)
    with pytest.raises(UserError, match="admin exists"):
        add_user(sessions, None, "root2", Role.ADMIN, "Другий", PW)
    admin = Actor("root", Role.ADMIN, admin_id)
    add_user(sessions, admin, "olena", Role.OPERATOR, "Олена", PW)
    with pytest.raises(PermissionDenied):
        add_user(sessions, Actor("olena", Role.OPERATOR, 2), "x1", Role.ADMIN, "X", PW)
    with sessions.begin() as s:
        cred = s.get(OperatorCredential, admin_id)
        assert cred is not None and cred.password_hash.startswith("$argon2id$")
    assert kinds(sessions) == ["user_added", "user_added", "permission_denied"]
    assert PW not in payloads(sessions)


def test_sign_in_success_failure_and_lockout(sessions: sessionmaker[Session]) -> None:
    add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW)
    actor = authenticate(sessions, "root", PW, NOW)
    assert actor.username == "root" and actor.role is Role.ADMIN
    for i in range(LOCKOUT_AFTER - 1):
        with pytest.raises(SignInFailed) as info:
            authenticate(sessions, "root", "wrong password!", NOW + timedelta(seconds=i))
        assert not isinstance(info.value, AccountLocked)
    with pytest.raises(AccountLocked):
        authenticate(sessions, "root", "wrong password!", NOW + timedelta(seconds=10))
    with pytest.raises(AccountLocked):  # even the right password, while locked
        authenticate(sessions, "root", PW, NOW + timedelta(minutes=5))
    later = NOW + timedelta(seconds=10) + LOCKOUT_FOR + timedelta(seconds=1)
    assert authenticate(sessions, "root", PW, later).username == "root"
    k = kinds(sessions)
    assert k[1] == "sign_in" and k[-1] == "sign_in"
    assert k.count("sign_in_failed") == LOCKOUT_AFTER - 1 and k.count("sign_in_locked") == 2
    assert "wrong password!" not in payloads(sessions)


def test_unknown_and_disabled_users_fail_alike(sessions: sessionmaker[Session]) -> None:
    admin = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "A", PW))
    add_user(sessions, admin, "petro", Role.SUPERVISOR, "Петро", PW)
    disable_user(sessions, admin, "petro")
    for name in ("nobody", "petro"):
        with pytest.raises(SignInFailed, match="wrong username or password"):
            authenticate(sessions, name, PW, NOW)
    with pytest.raises(UserError, match="last active admin"):
        disable_user(sessions, admin, "root")
    summary = {u.username: u for u in list_users(sessions, admin)}
    assert summary["petro"].active is False and summary["root"].active is True


def test_reset_password_lifts_lockout(sessions: sessionmaker[Session]) -> None:
    admin = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "A", PW))
    add_user(sessions, admin, "olena", Role.OPERATOR, "Олена", PW)
    for _ in range(LOCKOUT_AFTER):
        with pytest.raises(SignInFailed):
            authenticate(sessions, "olena", "nope nope nope", NOW)
    reset_password(sessions, admin, "olena", "new password 123")
    assert authenticate(sessions, "olena", "new password 123", NOW).username == "olena"
    with pytest.raises(UserError, match="at least"):
        reset_password(sessions, admin, "olena", "short")


def run_cli(monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(args)


def test_cli_bootstrap_and_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = ["--data-dir", str(tmp_path / "d")]
    assert run_cli(monkeypatch, ["users", "add", "root", "--role", "admin", *d], PW + "\n") == 0
    assert run_cli(monkeypatch, ["users", "add", "olena", "--role", "operator", *d], PW) == 1
    assert "sign in as an admin" in capsys.readouterr().err
    args = [
        "users",
        "add",
        "olena",
        "--role",
        "operator",
        "--display-name",
        "Олена",
        "--as",
        "root",
        *d,
    ]
    assert run_cli(monkeypatch, args, PW + "\n") == 0
    assert (
        run_cli(monkeypatch, ["users", "add", "x1", "--role", "admin", "--as", "olena", *d], PW)
        == 1
    )
    assert "may not manage_users" in capsys.readouterr().err
    assert (
        run_cli(
            monkeypatch,
            ["users", "reset-password", "olena", "--as", "root", *d],
            "another password\n",
        )
        == 0
    )
    assert run_cli(monkeypatch, ["users", "disable", "olena", "--as", "root", *d]) == 0
    capsys.readouterr()
    assert run_cli(monkeypatch, ["users", "list", "--json", "--as", "root", *d]) == 0
    out = capsys.readouterr().out
    assert '"olena"' in out and '"active": false' in out and PW not in out
    sessions = open_database(f"sqlite:///{tmp_path / 'd' / 'kuty.sqlite3'}")
    try:
        with sessions.begin() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Operator)) == 2
        assert authenticate(sessions, "root", PW, NOW).username == "root"
    finally:
        close_database(sessions)


def test_change_role_is_permission_checked_audited_and_keeps_an_admin(
    sessions: sessionmaker[Session],
) -> None:
    """Issue 13: the GUI's "Change the role"; the last active admin keeps the role."""
    from desk.users import change_role

    admin = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW))
    olena_id = add_user(sessions, admin, "olena", Role.OPERATOR, "Олена", PW)
    olena = Actor("olena", Role.OPERATOR, olena_id)
    with pytest.raises(PermissionDenied):
        change_role(sessions, olena, "olena", Role.ADMIN)  # no promoting oneself
    change_role(sessions, admin, "olena", Role.SUPERVISOR)
    assert authenticate(sessions, "olena", PW, NOW).role is Role.SUPERVISOR
    assert "user_role_changed" in kinds(sessions)
    assert '"new":"supervisor","old":"operator"' in payloads(sessions)
    with pytest.raises(UserError, match="last active admin") as refused:
        change_role(sessions, admin, "root", Role.OPERATOR)
    assert refused.value.code == "users.last_admin"
    assert authenticate(sessions, "root", PW, NOW).role is Role.ADMIN
    with pytest.raises(UserError) as unknown:
        change_role(sessions, admin, "nobody", Role.OPERATOR)
    assert unknown.value.code == "users.unknown" and unknown.value.params == {"username": "nobody"}


def test_user_errors_carry_codes_for_the_console(sessions: sessionmaker[Session]) -> None:
    admin = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW))
    with pytest.raises(UserError) as short:
        add_user(sessions, admin, "olena", Role.OPERATOR, "Олена", "short")
    assert short.value.code == "users.password_short" and short.value.params["minimum"] == 10
    add_user(sessions, admin, "olena", Role.OPERATOR, "Олена", PW)
    with pytest.raises(UserError) as taken:
        add_user(sessions, admin, "olena", Role.OPERATOR, "Олена", PW)
    assert taken.value.code == "users.exists"
    with pytest.raises(UserError) as last:
        disable_user(sessions, admin, "root")
    assert last.value.code == "users.last_admin"
