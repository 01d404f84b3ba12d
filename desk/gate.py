"""The service layer's permission gate: check the role, audit a refusal, raise.

DESIGN.md: permissions are enforced in the service functions and every denial is in the
audit log. The denial is written in its own transaction because the caller's transaction
is about to be rolled back by the very exception raised here. One gate for every package
(incidents, recordings, verification) so a refusal always leaves the same trace.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from desk.roles import Actor, Permission, PermissionDenied, allowed

__all__ = ["authorize"]


def authorize(
    sessions: sessionmaker[Session],
    actor: Actor,
    *permissions: Permission,
    action: str,
    any_of: bool = False,
    **details: Any,
) -> None:
    """Pass if `actor` holds every permission (or one of them with `any_of`).

    Raises:
        PermissionDenied: naming the missing permission (the first one with `any_of`);
            a "permission_denied" audit event with `action` and `details` is written first.
    """
    if any_of:
        if any(allowed(actor, p) for p in permissions):
            return
        missing = permissions[0]
    else:
        lacking = [p for p in permissions if not allowed(actor, p)]
        if not lacking:
            return
        missing = lacking[0]
    with sessions.begin() as session:
        payload = {"action": action, "permission": missing.value, **details}
        append_audit(session, "permission_denied", actor.label, payload)
    raise PermissionDenied(actor, missing)
