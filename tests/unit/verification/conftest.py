"""Shared fakes for verification tests: a cheap Argon2 hasher and candidate builders."""

from __future__ import annotations

from typing import Literal

from argon2 import PasswordHasher

from verification.flow import Candidate
from verification.key_phrase import FAST_FOR_TESTS, Hasher
from verification.normalize import normalize_name

FAST = Hasher(FAST_FOR_TESTS)
"""Module-level, not a fixture: hypothesis tests must not depend on function fixtures."""

NUMBER = "+380501234567"


class _CountingArgon2(PasswordHasher):
    def __init__(self, targets: list[str]) -> None:
        params = FAST_FOR_TESTS
        super().__init__(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost_kib,
            parallelism=params.parallelism,
        )
        self.targets = targets

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        self.targets.append(hash if isinstance(hash, str) else hash.decode())
        return super().verify(hash, password)


class CountingHasher(Hasher):
    """Records every real Argon2 verification and the hash it ran against (the work done)."""

    def __init__(self) -> None:
        super().__init__(FAST_FOR_TESTS)
        self.targets: list[str] = []
        self._ph = _CountingArgon2(self.targets)


def candidate(
    profile_id: int,
    surname: str,
    first_name: str,
    phrase: str | None,
    hasher: Hasher = FAST,
) -> Candidate:
    return Candidate(
        profile_id=profile_id,
        surname_norm=normalize_name(surname),
        first_name_norm=normalize_name(first_name),
        phrase_hash=hasher.hash(phrase) if phrase is not None else None,
        locked_until=None,
    )
