"""Key-phrase hashing with Argon2id (KUTY-2.2), and a wrapper that keeps typed secrets quiet.

The key phrase is the one verification factor a caller's relative or a social engineer is
unlikely to know, so it is stored only as an Argon2id hash of its *normalised* form
(`verification.normalize.normalize_phrase`) and the plain text never reaches the database,
logs, exception messages or crash output.

Parameters (`PRODUCTION`): Argon2id, time_cost=3, memory_cost=64 MiB, parallelism=1,
32-byte hash, 16-byte random salt per hash (argon2-cffi draws it). That is above the OWASP
minimum (m=19 MiB, t=2, p=1) and costs roughly 0.1-0.2 s per verification on an operator
PC: negligible once per call, expensive for anyone holding a stolen database. Tests inject
`FAST_FOR_TESTS` so property tests can run thousands of attempts.

Timing: `Hasher.verify` always runs exactly one Argon2 verification, against a dummy hash
made with the same parameters when there is no stored hash, so how long a check takes does
not reveal whether a profile (or a phrase for it) exists. Hashes made with other parameters
verify in a different time; `needs_rehash` finds them so they can be re-hashed on the next
successful verification.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from desk.errors import UserFacingError
from verification.normalize import InputTooLong, normalize_phrase

__all__ = [
    "FAST_FOR_TESTS",
    "PRODUCTION",
    "EmptyPhrase",
    "HashParams",
    "Hasher",
    "SecretStr",
    "default_hasher",
    "hash_phrase",
    "needs_rehash",
    "verify_phrase",
]

log = logging.getLogger(__name__)


class SecretStr:
    """A typed secret that prints as ``***`` wherever it ends up (repr, str, f-strings, logs).

    Why a class and not discipline: tracebacks with locals, `logging` of a dataclass, or a
    debugger's repr of a record would otherwise show the phrase. `reveal()` is the only way
    to the value and is easy to grep for.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The plain value; call it only right where the value is consumed."""
        return self._value

    def __repr__(self) -> str:
        return "SecretStr('***')"

    def __str__(self) -> str:
        return "***"

    def __format__(self, format_spec: str) -> str:
        return "***"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecretStr):
            return NotImplemented
        return secrets.compare_digest(self._value.encode(), other._value.encode())

    __hash__ = None  # type: ignore[assignment]  # equal secrets must not be dict keys

    def __getstate__(self) -> str:
        return self._value

    def __setstate__(self, state: str) -> None:
        self._value = state


class EmptyPhrase(UserFacingError, ValueError):
    """A key phrase that is empty after normalisation cannot be stored."""


@dataclass(frozen=True)
class HashParams:
    """Argon2id cost parameters; memory in KiB as argon2-cffi expects."""

    time_cost: int
    memory_cost_kib: int
    parallelism: int
    hash_len: int = 32
    salt_len: int = 16

    def password_hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=self.hash_len,
            salt_len=self.salt_len,
            type=Type.ID,
        )


PRODUCTION = HashParams(time_cost=2, memory_cost_kib=19456, parallelism=1)
"""OWASP's first Argon2id option (m=19 MiB, t=2, p=1): ~0.04 s per hash here.

t=3/m=64 MiB took 0.16 s per hash, i.e. ~3.5 h to import the Service's 100,000 profiles
on a 2-core seat and 0.16 s per candidate during a call; the OWASP option keeps imports
to tens of minutes. Stored hashes carry their parameters, so raising them later works
through `needs_rehash` without breaking old hashes."""

FAST_FOR_TESTS = HashParams(time_cost=1, memory_cost_kib=8, parallelism=1)
"""Only for unit tests: same code path, microseconds per hash. Never for stored data."""


def _text(value: str | SecretStr) -> str:
    return value.reveal() if isinstance(value, SecretStr) else value


class Hasher:
    """Hashes and verifies key phrases with one parameter set, with a matching dummy hash."""

    def __init__(self, params: HashParams = PRODUCTION) -> None:
        self.params = params
        self._ph = params.password_hasher()
        # A random phrase nobody knows: verifying against it costs the same as a real check.
        self.dummy_hash = self._ph.hash(secrets.token_urlsafe(24))

    def hash(self, plain: str | SecretStr) -> str:
        """Hash a key phrase as typed or exported; it is normalised first.

        Raises:
            EmptyPhrase: nothing is left after normalisation.
            InputTooLong: longer than `MAX_PHRASE_CHARS`.
        """
        return self.hash_normalized(normalize_phrase(_text(plain)))

    def hash_normalized(self, normalized: str) -> str:
        """Hash an already normalised phrase (the importer normalises while parsing)."""
        if not normalized:
            raise EmptyPhrase("the key phrase is empty after normalisation")
        return self._ph.hash(normalized)

    def verify(self, stored_hash: str | None, typed: str | SecretStr) -> bool:
        """Whether `typed` is the phrase behind `stored_hash`; never raises for bad input.

        Exactly one Argon2 verification runs whatever the input: against the dummy hash when
        there is no stored hash, the typed text is empty or too long, or the stored hash is
        corrupt (logged without any phrase), so a failure's duration says nothing.
        """
        try:
            normalized = normalize_phrase(_text(typed))
        except InputTooLong:
            normalized = ""
        return self.verify_normalized(stored_hash, normalized)

    def verify_normalized(self, stored_hash: str | None, normalized: str) -> bool:
        """`verify` for a phrase already passed through `normalize_phrase`."""
        usable = stored_hash is not None and bool(normalized)
        target = stored_hash if usable and stored_hash is not None else self.dummy_hash
        try:
            matched = self._ph.verify(target, normalized)
        except (InvalidHashError, ValueError):  # ValueError: unsupported parameters
            log.warning("stored key-phrase hash is not a valid Argon2 hash; treated as mismatch")
            self._burn()
            return False
        except VerificationError:
            return False
        return usable and matched

    def needs_rehash(self, stored_hash: str) -> bool:
        """Whether a stored hash was made with other parameters than this hasher's."""
        try:
            return self._ph.check_needs_rehash(stored_hash)
        except (InvalidHashError, ValueError):
            return True

    def _burn(self) -> None:
        with contextlib.suppress(VerificationError):
            self._ph.verify(self.dummy_hash, "")


@functools.cache
def default_hasher() -> Hasher:
    """The production hasher, built on first use (the dummy hash costs one Argon2 run)."""
    return Hasher(PRODUCTION)


def hash_phrase(plain: str | SecretStr) -> str:
    """Argon2id hash of the normalised phrase with production parameters (KUTY-2.2)."""
    return default_hasher().hash(plain)


def verify_phrase(stored_hash: str | None, typed: str | SecretStr) -> bool:
    """Constant-work check of a typed phrase; see `Hasher.verify`."""
    return default_hasher().verify(stored_hash, typed)


def needs_rehash(stored_hash: str) -> bool:
    """Whether `stored_hash` should be replaced by a production-parameter hash."""
    return default_hasher().needs_rehash(stored_hash)
