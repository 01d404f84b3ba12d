"""Roles and permissions (DESIGN.md "Who uses it"), enforced in service functions.

Services take an `Actor` and call `require(actor, Permission.X)` before doing anything,
so an operator who calls an export function directly gets `PermissionDenied`, not just
a hidden button. Denials are audited by the caller of `require` (it has the session).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from db.models import OperatorRole as Role
from desk.errors import UserFacingError

__all__ = ["SYSTEM", "Actor", "Permission", "PermissionDenied", "Role", "allowed", "require"]


class Permission(enum.StrEnum):
    HANDLE_CALLS = "handle_calls"  # answer, verify, give help (KUTY-2.x)
    FILE_INCIDENT = "file_incident"  # KUTY-3.1..3.4
    VIEW_INCIDENTS = "view_incidents"
    ACK_NOTIFICATION = "ack_notification"
    BUILD_POLICE_PACKAGE = "build_police_package"
    EXPORT_POLICE_PACKAGE = "export_police_package"
    PLAY_RECORDING = "play_recording"
    EXPORT_RECORDING = "export_recording"
    DELETE_RECORDING = "delete_recording"
    HEAR_KEY_PHRASE = "hear_key_phrase"  # unmasked key-phrase segment
    MANAGE_BLOCKLIST = "manage_blocklist"
    MANAGE_COMPLAINTS = "manage_complaints"
    VIEW_COMPLAINTS = "view_complaints"
    MANAGE_REQUESTS = "manage_requests"  # KUTY-1.3 register
    FULFIL_REQUEST = "fulfil_request"
    UNLOCK_PROFILE = "unlock_profile"
    IMPORT_PROFILES = "import_profiles"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    READ_AUDIT = "read_audit"
    VIEW_AGENT_STATES = "view_agent_states"  # issue 11: every seat's states and wrap-ups
    LISTEN_LIVE = "listen_live"  # issue 13: listen to a call in progress, whisper, barge in


P = Permission
_MATRIX: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset({P.HANDLE_CALLS, P.FILE_INCIDENT}),
    Role.SUPERVISOR: frozenset(
        {
            P.HANDLE_CALLS,
            P.FILE_INCIDENT,
            P.VIEW_INCIDENTS,
            P.ACK_NOTIFICATION,
            P.BUILD_POLICE_PACKAGE,
            P.EXPORT_POLICE_PACKAGE,
            P.PLAY_RECORDING,
            P.EXPORT_RECORDING,
            P.DELETE_RECORDING,
            P.MANAGE_BLOCKLIST,
            P.MANAGE_COMPLAINTS,
            P.VIEW_COMPLAINTS,
            P.UNLOCK_PROFILE,
            P.READ_AUDIT,
            P.VIEW_AGENT_STATES,
            P.LISTEN_LIVE,
        }
    ),
    # KUTY-1.3/1.2: requests recordings, correspondence, transcripts; receives complaints;
    # may not change operational data.
    Role.HEAD_ADMIN: frozenset(
        {
            P.VIEW_INCIDENTS,
            P.PLAY_RECORDING,
            P.EXPORT_RECORDING,
            P.HEAR_KEY_PHRASE,
            P.EXPORT_POLICE_PACKAGE,
            P.VIEW_COMPLAINTS,
            P.MANAGE_COMPLAINTS,
            P.MANAGE_REQUESTS,
            P.FULFIL_REQUEST,
            P.READ_AUDIT,
        }
    ),
    # Accounts, SIP settings, imports, retention; listens only with an audited reason.
    Role.ADMIN: frozenset(
        {
            P.IMPORT_PROFILES,
            P.MANAGE_USERS,
            P.MANAGE_SETTINGS,
            P.READ_AUDIT,
            P.UNLOCK_PROFILE,
            P.DELETE_RECORDING,
            P.PLAY_RECORDING,
            P.MANAGE_BLOCKLIST,
        }
    ),
}


class PermissionDenied(UserFacingError, PermissionError):
    def __init__(self, actor: Actor, permission: Permission) -> None:
        super().__init__(
            f"{actor.username} ({actor.role.value}) may not {permission.value}",
            code="permission_denied",
            user=actor.username,
            permission=permission.value,
        )
        self.actor = actor
        self.permission = permission


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or the system (engine host, scheduled jobs)."""

    username: str
    role: Role
    operator_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.role.value}:{self.username}"


SYSTEM = Actor("system", Role.ADMIN)


def is_system(actor: Actor) -> bool:
    """The engine host / scheduled jobs: they act on the operator's click, not on a role."""
    return actor == SYSTEM


def allowed(actor: Actor, permission: Permission) -> bool:
    return permission in _MATRIX.get(actor.role, frozenset())


def require(actor: Actor, permission: Permission) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied(actor, permission)
