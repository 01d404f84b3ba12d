"""What the verification store modules share: the permission gate, time, chunking."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from desk import gate
from desk.roles import Actor, Permission

_T = TypeVar("_T")
_CHUNK = 500  # bound parameters per IN (...): far below every backend's limit


class UnknownProfile(LookupError):
    """No caller profile has this id."""


def _now() -> datetime:
    return datetime.now(UTC)


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def authorize(
    sessions: sessionmaker[Session], actor: Actor, *any_of: Permission, action: str
) -> None:
    """Pass if `actor` holds one of `any_of`; else audit "permission_denied" and raise.

    Raises:
        PermissionDenied: naming the first permission of `any_of`.
    """
    gate.authorize(sessions, actor, *any_of, action=action, any_of=True)
