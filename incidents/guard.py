"""What every incident service shares: the permission gate (desk/gate.py), NotFound."""

from __future__ import annotations

from desk.gate import authorize
from desk.roles import SYSTEM, Actor

__all__ = ["NotFound", "authorize", "is_system"]


class NotFound(LookupError):
    """The incident, notification, message or complaint does not exist."""


def is_system(actor: Actor) -> bool:
    """The engine host / scheduled jobs: they act on the operator's click, not on a role."""
    return actor == SYSTEM
