"""Permission checks that leave a trace, shared by every incident service.

DESIGN.md: permissions are enforced in the service layer and denials are audited. The
denial is written in its own transaction because the caller's transaction is about to be
rolled back by the very exception we raise.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from desk.roles import SYSTEM, Actor, Permission, PermissionDenied, allowed

__all__ = ["NotFound", "authorize", "is_system"]


class NotFound(LookupError):
    """The incident, notification, message or complaint does not exist."""


def is_system(actor: Actor) -> bool:
    """The engine host / scheduled jobs: they act on the operator's click, not on a role."""
    return actor == SYSTEM


def authorize(
    sessions: sessionmaker[Session],
    actor: Actor,
    *permissions: Permission,
    action: str,
    **details: Any,
) -> None:
    """Pass if `actor` holds every permission; otherwise audit the denial and raise.

    Raises:
        PermissionDenied: naming the first permission the actor lacks.
    """
    for permission in permissions:
        if not allowed(actor, permission):
            with sessions.begin() as session:
                payload = {"action": action, "permission": permission.value, **details}
                append_audit(session, "permission_denied", actor.label, payload)
            raise PermissionDenied(actor, permission)
