"""Every role x every service action: allowed or PermissionDenied exactly as desk.roles says.

The expectation is computed from the matrix (`desk.roles.allowed`), the outcome from
calling the real service on a real database, so a service that forgets its check, or
checks the wrong permission, fails here. "Allowed" means the call got past the permission
check: it may still fail for other reasons (no such incident, bad input), which is fine.
A refusal must also leave a "permission_denied" audit event. A second test pins the
matrix itself to DESIGN.md's "may not" column.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, Call, Operator, Recording
from db.session import close_database, open_database
from desk.roles import Actor, Permission, PermissionDenied, Role, allowed
from telephony.protocol import CallDirection, RecordingStatus

P = Permission
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
CALL, REC = "00000000-0000-4000-8000-000000000001", "10000000-0000-4000-8000-000000000001"


@dataclass(frozen=True)
class Env:
    sessions: sessionmaker[Session]
    tmp: Path
    role: Role


def _fn(module: str, name: str) -> Callable[..., Any]:
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _config(env: Env) -> Any:
    from incidents.config import IncidentsConfig

    return IncidentsConfig(packages_dir=env.tmp / "police", supervisor_emails=())


def _scope() -> Any:
    from recordings.requests import RequestScope

    return RequestScope()


def _search() -> Any:
    from recordings.search import CallFilter

    return CallFilter()


def _secret() -> Any:
    from verification.key_phrase import SecretStr

    return SecretStr("ключова фраза")


def _policy() -> Any:
    from desk.policy import load_policy

    return load_policy("kuty")


def _smtp() -> Any:
    from incidents.config import SmtpConfig

    return SmtpConfig(host="127.0.0.1", port=9, tls="plain")


def _wrap_up() -> Any:
    from desk.wrapups import WrapUpInput

    return WrapUpInput(call_id=CALL, category="registration")


Action = Callable[[Env, Actor], Any]
# name -> (permissions the service must require, call)
ACTIONS: dict[str, tuple[tuple[Permission, ...], Action]] = {
    "export_recordings": (
        (P.EXPORT_RECORDING,),
        lambda e, a: _fn("recordings.export", "export_recordings")(
            e.sessions, a, [REC], e.tmp / "x", fmt="wav", reason="r"
        ),
    ),
    "browse_calls": (
        (P.PLAY_RECORDING,),
        lambda e, a: _fn("recordings.search", "browse_calls")(e.sessions, a, _search()),
    ),
    "create_request": (
        (P.MANAGE_REQUESTS,),
        lambda e, a: _fn("recordings.requests", "create_request")(
            e.sessions, a, requested_by="ДО", scope=_scope()
        ),
    ),
    "list_requests": (
        (P.MANAGE_REQUESTS,),
        lambda e, a: _fn("recordings.requests", "list_requests")(e.sessions, a),
    ),
    "cancel_request": (
        (P.MANAGE_REQUESTS,),
        lambda e, a: _fn("recordings.requests", "cancel_request")(e.sessions, a, 999, "x"),
    ),
    "fulfil_request": (
        (P.FULFIL_REQUEST,),
        lambda e, a: _fn("recordings.dossier", "fulfil_request")(e.sessions, a, 999, e.tmp / "d"),
    ),
    "list_audit": (
        (P.READ_AUDIT,),
        lambda e, a: _fn("seat.audit_cli", "list_audit")(e.sessions, a),
    ),
    "add_user": (
        (P.MANAGE_USERS,),
        lambda e, a: _fn("desk.users", "add_user")(
            e.sessions, a, f"new_{a.role.value}", Role.OPERATOR, "N", "long enough password"
        ),
    ),
    "disable_user": (
        (P.MANAGE_USERS,),
        lambda e, a: _fn("desk.users", "disable_user")(e.sessions, a, "nobody"),
    ),
    "reset_password": (
        (P.MANAGE_USERS,),
        lambda e, a: _fn("desk.users", "reset_password")(
            e.sessions, a, "nobody", "long enough password"
        ),
    ),
    "list_users": ((P.MANAGE_USERS,), lambda e, a: _fn("desk.users", "list_users")(e.sessions, a)),
    "delete_recording": (
        (P.DELETE_RECORDING,),
        lambda e, a: _fn("incidents.retention", "delete_recording")(
            e.sessions, a, "no-such-recording", reason="r"
        ),
    ),
    "build_police_package": (
        (P.BUILD_POLICE_PACKAGE,),
        lambda e, a: _fn("incidents.police", "build_police_package")(
            e.sessions, a, 999, e.tmp / "p"
        ),
    ),
    "open_police_package": (
        (P.EXPORT_POLICE_PACKAGE,),
        lambda e, a: _fn("incidents.police", "open_package")(e.sessions, a, 999),
    ),
    "export_police_package": (
        (P.EXPORT_POLICE_PACKAGE,),
        lambda e, a: _fn("incidents.police", "export_package_zip")(e.sessions, a, 999, e.tmp),
    ),
    "block_number": (
        (P.MANAGE_BLOCKLIST,),
        lambda e, a: _fn("incidents.blocklist", "block_number")(
            e.sessions, a, "+380671234567", "abuse"
        ),
    ),
    "unblock_number": (
        (P.MANAGE_BLOCKLIST,),
        lambda e, a: _fn("incidents.blocklist", "unblock_number")(e.sessions, a, "+380671234567"),
    ),
    "add_complaint": (
        (P.MANAGE_COMPLAINTS,),
        lambda e, a: _fn("incidents.complaints", "add_complaint")(
            e.sessions, a, complainant_name="І", text="t", received_at=T0
        ),
    ),
    "list_complaints": (
        (P.VIEW_COMPLAINTS,),
        lambda e, a: _fn("incidents.complaints", "list_complaints")(e.sessions, a),
    ),
    "linked_calls": (
        (P.VIEW_COMPLAINTS,),
        lambda e, a: _fn("incidents.complaints", "linked_calls")(e.sessions, a, [CALL]),
    ),
    "list_incidents": (
        (P.VIEW_INCIDENTS,),
        lambda e, a: _fn("incidents.service", "list_incidents")(e.sessions, a),
    ),
    "report_call_incident": (
        (P.FILE_INCIDENT,),
        lambda e, a: _fn("incidents.service", "report_call_incident")(
            e.sessions,
            a,
            call_id="no-such-call",
            kind="abuse",
            pressed_at=T0,
            offset_s=None,
            config=_config(e),
        ),
    ),
    "pending_notifications": (
        (P.ACK_NOTIFICATION,),
        lambda e, a: _fn("incidents.inbox", "pending_notifications")(e.sessions, a),
    ),
    "log_message": (
        (P.HANDLE_CALLS,),
        lambda e, a: _fn("incidents.messages", "log_message")(
            e.sessions, a, channel="email", sender="a@b.c", body="x"
        ),
    ),
    # Issue 12: written contacts (e-mail).
    "store_mail": (
        (P.HANDLE_CALLS,),
        lambda e, a: _fn("incidents.mailstore", "store_mail")(
            e.sessions, a, b"From: a@b.c\r\nSubject: x\r\n\r\nbody\r\n", policy=_policy()
        ),
    ),
    "list_mail": (
        (P.HANDLE_CALLS,),
        lambda e, a: _fn("incidents.mailstore", "list_mail")(e.sessions, a),
    ),
    "raw_message": (
        (P.HANDLE_CALLS,),
        lambda e, a: _fn("incidents.mailstore", "raw_message")(e.sessions, a, 999),
    ),
    "save_attachment": (
        (P.HANDLE_CALLS,),
        lambda e, a: _fn("incidents.mail_attachments", "save_attachment")(
            e.sessions, a, 999, e.tmp / "att"
        ),
    ),
    "send_reply": (
        (P.HANDLE_CALLS,),
        lambda e, a: _fn("incidents.mail_reply", "send_reply")(
            e.sessions, a, 999, "reply", smtp=_smtp(), policy=_policy()
        ),
    ),
    "unlock_profile": (
        (P.UNLOCK_PROFILE,),
        lambda e, a: _fn("verification.store", "unlock_profile")(e.sessions, a, 999, "reason"),
    ),
    "set_key_phrase": (
        (P.IMPORT_PROFILES,),
        lambda e, a: _fn("verification.store", "set_key_phrase")(e.sessions, a, 999, _secret()),
    ),
    "list_profiles": (
        (P.IMPORT_PROFILES, P.UNLOCK_PROFILE),
        lambda e, a: _fn("verification.store", "list_profiles")(e.sessions, a),
    ),
    # Issue 11: the operator's working day.
    "current_agent_states": (
        (P.VIEW_AGENT_STATES,),
        lambda e, a: _fn("desk.agent_states", "current_agent_states")(e.sessions, a),
    ),
    "agent_state_history": (
        (P.VIEW_AGENT_STATES, P.HANDLE_CALLS),
        lambda e, a: _fn("desk.agent_states", "agent_state_history")(e.sessions, a, since=T0),
    ),
    "save_wrap_up": (
        (P.HANDLE_CALLS,),
        lambda e, a: _fn("desk.wrapups", "save_wrap_up")(
            e.sessions, a, _policy(), _wrap_up(), now=T0
        ),
    ),
    "wrap_up_for_call": (
        (P.HANDLE_CALLS, P.VIEW_AGENT_STATES, P.PLAY_RECORDING),
        lambda e, a: _fn("desk.wrapups", "wrap_up_for_call")(e.sessions, a, CALL),
    ),
    "callbacks_due": (
        (P.HANDLE_CALLS, P.VIEW_AGENT_STATES),
        lambda e, a: _fn("desk.wrapups", "callbacks_due")(e.sessions, a),
    ),
    "mark_callback_done": (
        (P.HANDLE_CALLS,),
        lambda e, a: _fn("desk.wrapups", "mark_callback_done")(e.sessions, a, 999),
    ),
    "withdraw_incident": (
        (P.FILE_INCIDENT, P.ACK_NOTIFICATION),
        lambda e, a: _fn("incidents.service", "withdraw_incident")(e.sessions, a, 999, reason="x"),
    ),
    "incidents_for_call": (
        (P.FILE_INCIDENT, P.VIEW_INCIDENTS),
        lambda e, a: _fn("incidents.service", "incidents_for_call")(e.sessions, a, CALL),
    ),
    "reclassify_incident": (
        (P.FILE_INCIDENT, P.ACK_NOTIFICATION),
        lambda e, a: _fn("incidents.service", "reclassify_incident")(
            e.sessions, a, 999, kind="abuse", reason="x"
        ),
    ),
}


ANY_OF = {  # verification.store: admins and supervisors both list profiles
    "list_profiles",
    "agent_state_history",  # supervisors: every seat; call handlers: their own periods
    "wrap_up_for_call",  # on the history row and in the recordings browser
    "callbacks_due",
    "withdraw_incident",  # the operator who filed it (in the window) or a supervisor
    "reclassify_incident",
    "incidents_for_call",  # own incidents for the operator, all for a supervisor
}


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Role, Env]]:
    envs = {}
    for role in Role:
        tmp = tmp_path_factory.mktemp(role.value)
        sessions = open_database(f"sqlite:///{tmp / 'k.sqlite3'}")
        with sessions.begin() as s:
            s.add(Operator(id=1, username="u", display_name="U", role=role))
            s.flush()
            s.add(
                Call(
                    id=CALL,
                    direction=CallDirection.INCOMING,
                    remote_number="+380671234567",
                    ring_at=T0,
                    seat="s",
                    operator_id=1,
                )
            )
            s.flush()
            s.add(
                Recording(
                    id=REC,
                    call_id=CALL,
                    directory=str(tmp),
                    started_at=T0,
                    status=RecordingStatus.COMPLETE,
                    legal_hold=False,
                )
            )
        envs[role] = Env(sessions, tmp, role)
    yield envs
    for env in envs.values():
        close_database(env.sessions)


def _denials(env: Env) -> int:
    with env.sessions.begin() as s:
        return (
            s.scalar(sa.select(sa.func.count()).where(AuditEvent.kind == "permission_denied")) or 0
        )


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_role_x_action(databases: dict[Role, Env], name: str, role: Role) -> None:
    permissions, call = ACTIONS[name]
    env = databases[role]
    actor = Actor("u", role, 1)
    holds = any if name in ANY_OF else all
    expected = holds(allowed(actor, p) for p in permissions)
    before = _denials(env)
    denied = False
    try:
        call(env, actor)
    except PermissionDenied as exc:
        denied = True
        assert exc.permission in permissions
    except Exception:  # past the check; other failures are not the point
        pass
    assert denied is not expected, (
        f"{role.value} {name}: expected {'allowed' if expected else 'denied'}"
    )
    assert _denials(env) == before + (1 if denied else 0)


# DESIGN.md "Who uses it": the "may not" column, pinned so the matrix cannot drift from it.
MAY_NOT: dict[Role, set[Permission]] = {
    Role.OPERATOR: {
        P.LISTEN_LIVE,
        P.EXPORT_RECORDING,
        P.DELETE_RECORDING,
        P.PLAY_RECORDING,
        P.READ_AUDIT,
        P.HEAR_KEY_PHRASE,
        P.FULFIL_REQUEST,
        P.MANAGE_USERS,
    },
    Role.SUPERVISOR: {P.HEAR_KEY_PHRASE, P.MANAGE_USERS, P.FULFIL_REQUEST},
    Role.HEAD_ADMIN: {
        P.LISTEN_LIVE,
        P.DELETE_RECORDING,
        P.MANAGE_BLOCKLIST,
        P.FILE_INCIDENT,
        P.HANDLE_CALLS,
        P.IMPORT_PROFILES,
        P.MANAGE_SETTINGS,
        P.MANAGE_USERS,
        P.UNLOCK_PROFILE,
    },
    Role.ADMIN: {P.EXPORT_RECORDING, P.HEAR_KEY_PHRASE, P.FULFIL_REQUEST, P.LISTEN_LIVE},
}
MUST: dict[Role, set[Permission]] = {
    Role.OPERATOR: {P.HANDLE_CALLS, P.FILE_INCIDENT},
    Role.SUPERVISOR: {
        P.PLAY_RECORDING,
        P.EXPORT_RECORDING,
        P.MANAGE_COMPLAINTS,
        P.READ_AUDIT,
        P.VIEW_AGENT_STATES,
        P.LISTEN_LIVE,  # issue 13: live listening, whisper, barge-in
    },
    Role.HEAD_ADMIN: {
        P.MANAGE_REQUESTS,
        P.FULFIL_REQUEST,
        P.HEAR_KEY_PHRASE,
        P.VIEW_COMPLAINTS,
        P.EXPORT_RECORDING,
    },
    Role.ADMIN: {P.MANAGE_USERS, P.MANAGE_SETTINGS, P.IMPORT_PROFILES, P.READ_AUDIT},
}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_matrix_matches_design(role: Role) -> None:
    actor = Actor("u", role)
    assert {p for p in MAY_NOT[role] if allowed(actor, p)} == set()
    assert {p for p in MUST[role] if not allowed(actor, p)} == set()


def test_every_permission_is_exercised_or_pinned() -> None:
    exercised = {p for perms, _ in ACTIONS.values() for p in perms}
    pinned = set().union(*MAY_NOT.values(), *MUST.values())
    assert set(Permission) - exercised - pinned == set()
