"""Operator accounts: Argon2id passwords, lockout, audited sign-in, first-admin bootstrap.

The console signs people in with `authenticate`; its role then decides which screens exist
and, more importantly, what the service functions allow (desk.roles). Every success and
failure is an audit event, because "who was signed in when this recording was exported"
is evidence. Passwords never reach the audit log, argv or the operators table.

Bootstrap: while no active admin exists, `add_user(actor=None, role=ADMIN)` creates one
(the first admin, or recovery after the last admin was lost); afterwards only an actor
with MANAGE_USERS may add users.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Operator, OperatorRole, utcnow
from db.models_records import OperatorCredential
from desk.errors import UserFacingError
from desk.gate import authorize
from desk.roles import Actor, Permission, Role

__all__ = [
    "LOCKOUT_AFTER",
    "LOCKOUT_FOR",
    "MIN_PASSWORD_LENGTH",
    "AccountLocked",
    "SignInFailed",
    "UserError",
    "UserSummary",
    "add_user",
    "authenticate",
    "change_role",
    "disable_user",
    "has_active_admin",
    "list_users",
    "reset_password",
]

LOCKOUT_AFTER = 5
LOCKOUT_FOR = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 10
BOOTSTRAP_ACTOR = "bootstrap"

# argon2-cffi's defaults are Argon2id (RFC 9106 low-memory profile).
_HASHER = PasswordHasher()
# Verified for unknown usernames so that "no such user" takes as long as "wrong password"
# and sign-in timing does not reveal which usernames exist.
_DUMMY_HASH = _HASHER.hash("kuty-dummy-password-for-timing")


class UserError(UserFacingError, ValueError):
    """A user-management request that cannot be done (exists, unknown, weak password...)."""


class SignInFailed(PermissionError):
    """Wrong username or password; deliberately does not say which."""


class AccountLocked(SignInFailed):
    """Too many failures: sign-in refused until `until`, even with the right password."""

    def __init__(self, until: datetime) -> None:
        super().__init__(f"account locked until {until.isoformat(timespec='seconds')}")
        self.until = until


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    has_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "active": self.active,
            "has_password": self.has_password,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
            "last_login_at": self.last_login_at.isoformat() if self.last_login_at else None,
        }


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            f"the password must have at least {MIN_PASSWORD_LENGTH} characters",
            code="users.password_short",
            minimum=MIN_PASSWORD_LENGTH,
        )


def _check_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise UserError("a username is 1-64 characters without spaces", code="users.bad_username")
    if name == "system":
        raise UserError("'system' is reserved for the console itself", code="users.reserved")
    return name


def has_active_admin(session: Session) -> bool:
    found = session.scalar(
        sa.select(Operator.id)
        .where(Operator.role == OperatorRole.ADMIN, Operator.active.is_(True))
        .limit(1)
    )
    return found is not None


def _operator(session: Session, username: str) -> Operator:
    op = session.scalar(sa.select(Operator).where(Operator.username == username))
    if op is None:
        raise UserError(f"no user {username!r}", code="users.unknown", username=username)
    return op


def add_user(
    sessions: sessionmaker[Session],
    actor: Actor | None,
    username: str,
    role: Role,
    display_name: str,
    password: str,
) -> int:
    """Create an account and return its operator id.

    `actor=None` is the bootstrap path: allowed only for an admin account while no active
    admin exists (first install, or recovery from the command line on the server).

    Raises:
        PermissionDenied: the actor lacks MANAGE_USERS (audited).
        UserError: bad username, short password, username taken, bootstrap not allowed.
    """
    role = Role(role)
    name = _check_username(username)
    _check_password(password)
    if actor is not None:
        authorize(sessions, actor, Permission.MANAGE_USERS, action="add_user", username=name)
    with sessions.begin() as session:
        if actor is None and (role is not Role.ADMIN or has_active_admin(session)):
            raise UserError(
                "an admin exists: sign in as an admin (--as) to add users", code="users.bootstrap"
            )
        if session.scalar(sa.select(Operator.id).where(Operator.username == name)) is not None:
            raise UserError(f"user {name!r} already exists", code="users.exists", username=name)
        op = Operator(
            username=name, display_name=display_name.strip() or name, role=role, active=True
        )
        session.add(op)
        session.flush()
        session.add(
            OperatorCredential(
                operator_id=op.id,
                password_hash=_HASHER.hash(password),
                failed_logins=0,
                password_changed_at=utcnow(),
            )
        )
        who = actor.label if actor is not None else BOOTSTRAP_ACTOR
        append_audit(
            session, "user_added", who, {"operator_id": op.id, "username": name, "role": role.value}
        )
        return op.id


def disable_user(sessions: sessionmaker[Session], actor: Actor, username: str) -> None:
    """Deactivate an account (rows stay: calls and audit events refer to it).

    Raises:
        PermissionDenied, UserError: unknown user, or it is the last active admin.
    """
    authorize(sessions, actor, Permission.MANAGE_USERS, action="disable_user", username=username)
    with sessions.begin() as session:
        op = _operator(session, username)
        if not op.active:
            return
        op.active = False
        session.flush()
        if op.role is OperatorRole.ADMIN and not has_active_admin(session):
            raise UserError("refusing to disable the last active admin", code="users.last_admin")
        append_audit(
            session, "user_disabled", actor.label, {"operator_id": op.id, "username": op.username}
        )


def reset_password(
    sessions: sessionmaker[Session], actor: Actor, username: str, password: str
) -> None:
    """Set a new password and lift any lockout (the admin's recovery path).

    Raises:
        PermissionDenied, UserError.
    """
    _check_password(password)
    authorize(sessions, actor, Permission.MANAGE_USERS, action="reset_password", username=username)
    with sessions.begin() as session:
        op = _operator(session, username)
        cred = session.get(OperatorCredential, op.id)
        if cred is None:
            cred = OperatorCredential(operator_id=op.id, password_hash="")
            session.add(cred)
        cred.password_hash = _HASHER.hash(password)
        cred.failed_logins = 0
        cred.locked_until = None
        cred.password_changed_at = utcnow()
        append_audit(
            session, "password_reset", actor.label, {"operator_id": op.id, "username": op.username}
        )


def change_role(sessions: sessionmaker[Session], actor: Actor, username: str, role: Role) -> None:
    """Give an account another role (the GUI's "Change role"), audited with old and new.

    The last active admin cannot be demoted, for the same reason it cannot be disabled:
    nobody could manage users or settings afterwards without the bootstrap path.

    Raises:
        PermissionDenied: the actor lacks MANAGE_USERS (audited).
        UserError: unknown user, or the last active admin would lose the role.
    """
    role = Role(role)
    authorize(sessions, actor, Permission.MANAGE_USERS, action="change_role", username=username)
    with sessions.begin() as session:
        op = _operator(session, username)
        old = op.role
        if old.value == role.value:
            return
        op.role = OperatorRole(role.value)
        session.flush()
        if old is OperatorRole.ADMIN and not has_active_admin(session):
            raise UserError(
                "refusing to take the role from the last active admin", code="users.last_admin"
            )
        append_audit(
            session,
            "user_role_changed",
            actor.label,
            {"operator_id": op.id, "username": op.username, "old": old.value, "new": role.value},
        )


def list_users(sessions: sessionmaker[Session], actor: Actor) -> list[UserSummary]:
    """All accounts by username, for `kuty users list` and the admin screen."""
    authorize(sessions, actor, Permission.MANAGE_USERS, action="list_users")
    with sessions.begin() as session:
        rows = session.execute(
            sa.select(Operator, OperatorCredential)
            .outerjoin(OperatorCredential, OperatorCredential.operator_id == Operator.id)
            .order_by(Operator.username)
        ).all()
        return [
            UserSummary(
                op.id,
                op.username,
                op.display_name,
                op.role.value,
                op.active,
                cred is not None,
                cred.locked_until if cred else None,
                cred.last_login_at if cred else None,
            )
            for op, cred in rows
        ]


def _verify(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(
    sessions: sessionmaker[Session], username: str, password: str, now: datetime
) -> Actor:
    """Check a password and return the signed-in Actor.

    After LOCKOUT_AFTER consecutive failures the account is locked for LOCKOUT_FOR; while
    locked even the right password is refused, so guessing gains nothing. Unknown and
    disabled users fail with the same exception and about the same time as a wrong password.

    Raises:
        AccountLocked: locked (audited "sign_in_locked").
        SignInFailed: anything else (audited "sign_in_failed").
    """
    with sessions.begin() as session:
        op = session.scalar(sa.select(Operator).where(Operator.username == username))
        cred = session.get(OperatorCredential, op.id) if op is not None else None
        if op is None or cred is None or not op.active:
            _verify(_DUMMY_HASH, password)
            reason = "unknown_user" if op is None else "no_password" if cred is None else "disabled"
            append_audit(
                session,
                "sign_in_failed",
                f"user:{username[:64]}",
                {"username": username[:64], "reason": reason},
                at=now,
            )
            failure: SignInFailed = SignInFailed("wrong username or password")
        elif cred.locked_until is not None and cred.locked_until > now:
            _verify(_DUMMY_HASH, password)
            append_audit(
                session,
                "sign_in_locked",
                f"user:{op.username}",
                {"username": op.username, "locked_until": cred.locked_until.isoformat()},
                at=now,
            )
            failure = AccountLocked(cred.locked_until)
        elif _verify(cred.password_hash, password):
            if _HASHER.check_needs_rehash(cred.password_hash):
                cred.password_hash = _HASHER.hash(password)
            cred.failed_logins = 0
            cred.locked_until = None
            cred.last_login_at = now
            actor = Actor(op.username, op.role, op.id)
            append_audit(session, "sign_in", actor.label, {"username": op.username}, at=now)
            return actor
        else:
            if cred.locked_until is not None:  # an expired lock starts a fresh count
                cred.locked_until = None
                cred.failed_logins = 0
            cred.failed_logins += 1
            payload = {"username": op.username, "failures": cred.failed_logins}
            if cred.failed_logins >= LOCKOUT_AFTER:
                cred.locked_until = now + LOCKOUT_FOR
                cred.failed_logins = 0
                append_audit(
                    session,
                    "sign_in_locked",
                    f"user:{op.username}",
                    {**payload, "locked_until": cred.locked_until.isoformat()},
                    at=now,
                )
                failure = AccountLocked(cred.locked_until)
            else:
                append_audit(
                    session,
                    "sign_in_failed",
                    f"user:{op.username}",
                    {**payload, "reason": "wrong_password"},
                    at=now,
                )
                failure = SignInFailed("wrong username or password")
    raise failure
