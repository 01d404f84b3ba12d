"""What the verification store modules share: time and chunking (the gate is desk.gate)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import TypeVar

from desk.errors import UserFacingError

_T = TypeVar("_T")
_CHUNK = 500  # bound parameters per IN (...): far below every backend's limit


class UnknownProfile(UserFacingError, LookupError):
    """No caller profile has this id."""


def _now() -> datetime:
    return datetime.now(UTC)


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
