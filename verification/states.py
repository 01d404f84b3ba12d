"""Values the verification flow hands out: states, reasons, limits, candidates, records.

Kept apart from `verification.flow` so the database layer and the console can import the
vocabulary (to persist `AttemptRecord`s, to translate `Outcome.message_id`) without the
state machine. Nothing here holds a typed answer or, before VERIFIED, a candidate's name
(KUTY-2.6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.policy import Policy

__all__ = [
    "E164_PATTERN",
    "WITHHELD",
    "AttemptRecord",
    "AttemptResult",
    "Candidate",
    "EmptyAnswer",
    "FlowError",
    "Limits",
    "Outcome",
    "ProfileId",
    "Reason",
    "Step",
]

ProfileId = int | str
WITHHELD = "withheld"  # same value as telephony.protocol.WITHHELD
E164_PATTERN = re.compile(r"\+[1-9][0-9]{6,14}")


class Step(StrEnum):
    NUMBER_CHECK = "number_check"
    SURNAME = "surname"
    FIRST_NAME = "first_name"
    KEY_PHRASE = "key_phrase"
    VERIFIED = "verified"
    NOT_VERIFIED = "not_verified"
    LOCKED = "locked"
    GENERAL_ONLY = "general_only"

    @property
    def is_final(self) -> bool:
        return self in _FINAL


_FINAL = frozenset({Step.VERIFIED, Step.NOT_VERIFIED, Step.LOCKED, Step.GENERAL_ONLY})


class Reason(StrEnum):
    """Why the flow is where it is; also the tail of the message id the console translates."""

    NO_CALLER_ID = "no_caller_id"
    WITHHELD_NUMBER = "withheld_number"
    NO_PROFILE = "no_profile"
    PROFILE_LOCKED = "profile_locked"
    ANSWERS_DO_NOT_MATCH = "answers_do_not_match"
    CALL_LIMIT_REACHED = "call_limit_reached"
    ABANDONED = "abandoned"


class AttemptResult(StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"
    ABANDONED = "abandoned"


class FlowError(RuntimeError):
    """A step was submitted out of order or after the flow ended: steps cannot be skipped."""


class EmptyAnswer(ValueError):
    """The operator submitted nothing (after normalisation); the step stays where it is."""


@dataclass(frozen=True)
class Limits:
    """Attempt limits (KUTY policy: 3 per call, 5 per profile per 24 hours)."""

    per_call_failures: int = 3
    per_profile_failures: int = 5
    per_profile_window: timedelta = timedelta(hours=24)

    @classmethod
    def from_policy(cls, policy: Policy) -> Limits:
        rules = policy.verification
        return cls(
            per_call_failures=rules.per_call_failures,
            per_profile_failures=rules.per_profile_failures,
            per_profile_window=timedelta(hours=rules.per_profile_window_hours),
        )


@dataclass(frozen=True)
class Candidate:
    """A profile that lists the caller's number; names are normalised stored forms."""

    profile_id: ProfileId
    surname_norm: str = field(repr=False)
    first_name_norm: str = field(repr=False)
    phrase_hash: str | None = field(repr=False)
    locked_until: datetime | None = None


@dataclass(frozen=True)
class AttemptRecord:
    """One attempt for the audit log; never holds what was typed.

    `key_phrase_asked_offset_s`/`..._answered_offset_s` are seconds from the recording
    origin, so playback and export can mask the key phrase for roles that must not hear it.
    `locked_profile_ids` are profiles this attempt locked until `locked_until`.
    """

    call_id: str
    attempt_no: int
    candidate_profile_ids: tuple[ProfileId, ...]
    result: AttemptResult
    matched_profile_id: ProfileId | None
    started_at: datetime
    surname_at: datetime | None
    first_name_at: datetime | None
    key_phrase_at: datetime | None
    ended_at: datetime
    key_phrase_asked_offset_s: float | None
    key_phrase_answered_offset_s: float | None
    locked_profile_ids: tuple[ProfileId, ...] = ()
    locked_until: datetime | None = None


@dataclass(frozen=True)
class Outcome:
    """What the operator sees after `start()` or an evaluated attempt.

    `message_id` ("verification.<step>.<reason>") names the text the console shows and
    what the operator tells the caller; it is the same whichever factor failed.
    """

    step: Step
    reason: Reason | None
    profile_id: ProfileId | None = None
    attempts_left: int = 0
    locked_until: datetime | None = None
    record: AttemptRecord | None = None

    @property
    def message_id(self) -> str:
        return f"verification.{self.step}" + (f".{self.reason}" if self.reason else "")

    @property
    def verified(self) -> bool:
        """Detailed consultation allowed (KUTY-2.2)."""
        return self.step is Step.VERIFIED
