"""The per-call verification state machine that gates detailed help (KUTY-2.2, KUTY-2.6).

    NUMBER_CHECK -> SURNAME -> FIRST_NAME -> KEY_PHRASE -> VERIFIED
                                   (failure, attempts left) -> SURNAME
    final: VERIFIED, NOT_VERIFIED, LOCKED, GENERAL_ONLY

Design decisions a newcomer may question:

- The caller number is the first factor: the flow is built with the profiles that list the
  caller's number (the candidates, 0..n: a family phone has several). No number, a
  withheld number or no profile gives GENERAL_ONLY: general technical help only (KUTY-2.1).
- Answers are collected and evaluated together after the key phrase; the outcome never
  says which factor failed, and evaluation does the same work whatever failed: exactly one
  Argon2 verification per candidate, against the dummy hash when that candidate's names do
  not match or it is locked. Duration depends only on the candidate count, which the
  operator already sees.
- Until VERIFIED the flow exposes candidate *counts and ids*, never names (KUTY-2.6);
  `Candidate`'s repr hides its names and hash. After VERIFIED it exposes the matched id.
- A failed attempt is attributed to **every** candidate of the call. Attributing it to the
  profile whose names matched would let lock-outs reveal that the names were right.
- A locked candidate is evaluated like a mismatch (dummy hash), so correct answers for a
  locked profile look exactly like wrong ones: the lock cannot be probed.
- Per-profile failures (`failures_in_window`) are asked once, in `start()`, for attempts
  recorded *before* this call; the flow counts its own failures, so persisting records
  early or late cannot double-count. Two seats failing the same profile at the same moment
  may overrun the limit by the other seat's in-flight attempts; accepted.
- The flow never keeps the typed key phrase: it is normalised, verified and dropped.
  `AttemptRecord`s carry ids, outcome and timestamps only.
- All methods are synchronous; the console runs `submit_key_phrase` off the GUI thread
  because it costs one Argon2 run per candidate.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from verification.key_phrase import Hasher, SecretStr, default_hasher
from verification.normalize import normalize_name, normalize_phrase
from verification.states import (
    E164_PATTERN,
    WITHHELD,
    AttemptRecord,
    AttemptResult,
    Candidate,
    EmptyAnswer,
    FlowError,
    Limits,
    Outcome,
    ProfileId,
    Reason,
    Step,
)

__all__ = [
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
    "VerificationFlow",
]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _no_failures(_profile_id: ProfileId) -> int:
    return 0


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


class VerificationFlow:
    """One call's verification; create it on answer, `start()` it, feed it the answers."""

    def __init__(
        self,
        call_id: str,
        caller_number: str | None,
        candidates: Sequence[Candidate],
        *,
        limits: Limits | None = None,
        failures_in_window: Callable[[ProfileId], int] = _no_failures,
        hasher: Hasher | None = None,
        clock: Callable[[], datetime] = _utcnow,
        monotonic: Callable[[], float] = time.monotonic,
        recording_origin: float | None = None,
    ) -> None:
        self.call_id = call_id
        self._caller_number = caller_number
        self._candidates = tuple(candidates)
        self._limits = limits or Limits()
        self._failures_in_window = failures_in_window
        self._hasher = hasher
        self._clock = clock
        self._monotonic = monotonic
        self.recording_origin = monotonic() if recording_origin is None else recording_origin
        self._step = Step.NUMBER_CHECK
        self._reason: Reason | None = None
        self._locked: dict[ProfileId, datetime | None] = {}
        self._prior_failures: dict[ProfileId, int] = {}
        self._failures = 0
        self._verified_id: ProfileId | None = None
        self.records: list[AttemptRecord] = []
        self._surname = self._first_name = ""
        self._started_at = clock()
        self._surname_at: datetime | None = None
        self._first_name_at: datetime | None = None
        self._asked_offset: float | None = None

    # -- what the operator may see -------------------------------------------------------
    @property
    def step(self) -> Step:
        return self._step

    @property
    def reason(self) -> Reason | None:
        return self._reason

    @property
    def candidate_count(self) -> int:
        return len(self._candidates)

    @property
    def attempts_left(self) -> int:
        return max(0, self._limits.per_call_failures - self._failures)

    @property
    def verified_profile_id(self) -> ProfileId | None:
        """The matched profile, only once VERIFIED: other profiles stay hidden (KUTY-2.6)."""
        return self._verified_id

    @property
    def key_phrase_spans(self) -> list[tuple[float, float]]:
        """(asked, answered) recording offsets of every key-phrase moment, for masking."""
        return [
            (r.key_phrase_asked_offset_s, r.key_phrase_answered_offset_s)
            for r in self.records
            if r.key_phrase_asked_offset_s is not None
            and r.key_phrase_answered_offset_s is not None
        ]

    # -- steps ---------------------------------------------------------------------------
    def start(self) -> Outcome:
        """The automatic number check; decides between GENERAL_ONLY, LOCKED and SURNAME."""
        self._expect(Step.NUMBER_CHECK)
        number = self._caller_number
        if number == WITHHELD:
            return self._finish(Step.GENERAL_ONLY, Reason.WITHHELD_NUMBER)
        if number is None or not E164_PATTERN.fullmatch(number):
            return self._finish(Step.GENERAL_ONLY, Reason.NO_CALLER_ID)
        if not self._candidates:
            return self._finish(Step.GENERAL_ONLY, Reason.NO_PROFILE)
        now = self._clock()
        for c in self._candidates:
            prior = self._failures_in_window(c.profile_id)
            self._prior_failures[c.profile_id] = prior
            if c.locked_until is not None and c.locked_until > now:
                self._locked[c.profile_id] = c.locked_until
            elif prior >= self._limits.per_profile_failures:
                self._locked[c.profile_id] = None
        if len(self._locked) == len(self._candidates):
            return self._finish(Step.LOCKED, Reason.PROFILE_LOCKED, locked=self._lock_end())
        self._enter_surname()
        return Outcome(Step.SURNAME, None, attempts_left=self.attempts_left)

    def submit_surname(self, text: str) -> Step:
        """Record the surname answer; nothing is evaluated yet."""
        self._expect(Step.SURNAME)
        self._surname = self._name(text)
        self._surname_at = self._clock()
        self._step = Step.FIRST_NAME
        return self._step

    def submit_first_name(self, text: str) -> Step:
        """Record the first-name answer; the key-phrase moment starts now (for masking)."""
        self._expect(Step.FIRST_NAME)
        self._first_name = self._name(text)
        self._first_name_at = self._clock()
        self._asked_offset = self._offset()
        self._step = Step.KEY_PHRASE
        return self._step

    def submit_key_phrase(self, text: str | SecretStr) -> Outcome:
        """Evaluate the whole attempt; costs one Argon2 verification per candidate.

        Raises:
            FlowError: not at the KEY_PHRASE step.
            EmptyAnswer, InputTooLong: nothing or too much typed; the step is unchanged.
        """
        self._expect(Step.KEY_PHRASE)
        plain = text.reveal() if isinstance(text, SecretStr) else text
        phrase = normalize_phrase(plain)
        if not phrase:
            raise EmptyAnswer("the key phrase answer is empty")
        answered_offset = self._offset()
        answered_at = self._clock()
        matched = self._evaluate(phrase)
        del phrase, plain
        if len(matched) == 1:
            self._verified_id = matched[0]
            record = self._record(AttemptResult.VERIFIED, answered_at, answered_offset)
            return self._finish(Step.VERIFIED, None, record=record, profile=matched[0])
        return self._fail(answered_at, answered_offset)

    def abandon(self) -> AttemptRecord | None:
        """End the flow (caller hung up, incident); records an attempt that was under way."""
        if self._step.is_final:
            return None
        record = None
        if self._step in (Step.FIRST_NAME, Step.KEY_PHRASE):
            record = self._record(AttemptResult.ABANDONED, None, None)
        self._finish(Step.NOT_VERIFIED, Reason.ABANDONED, record=record)
        return record

    # -- internals -----------------------------------------------------------------------
    def _evaluate(self, phrase: str) -> list[ProfileId]:
        hasher = self._hasher or default_hasher()
        matched: list[ProfileId] = []
        for c in self._candidates:
            # Both comparisons always run; `&` on bools does not short-circuit.
            names_ok = _same(self._surname, c.surname_norm) & _same(
                self._first_name, c.first_name_norm
            )
            usable = names_ok and c.profile_id not in self._locked and c.phrase_hash is not None
            if hasher.verify_normalized(c.phrase_hash if usable else None, phrase) and usable:
                matched.append(c.profile_id)
        return matched

    def _fail(self, answered_at: datetime, answered_offset: float) -> Outcome:
        self._failures += 1
        now = self._clock()
        until = now + self._limits.per_profile_window
        newly_locked = []
        for c in self._candidates:
            if c.profile_id in self._locked:
                continue
            total = self._prior_failures[c.profile_id] + self._failures
            if total >= self._limits.per_profile_failures:
                self._locked[c.profile_id] = until
                newly_locked.append(c.profile_id)
        record = self._record(
            AttemptResult.FAILED,
            answered_at,
            answered_offset,
            locked_ids=tuple(newly_locked),
            locked_until=until if newly_locked else None,
        )
        if len(self._locked) == len(self._candidates):
            return self._finish(
                Step.LOCKED, Reason.PROFILE_LOCKED, record=record, locked=self._lock_end()
            )
        if self._failures >= self._limits.per_call_failures:
            return self._finish(Step.NOT_VERIFIED, Reason.CALL_LIMIT_REACHED, record=record)
        self._enter_surname()
        self._reason = Reason.ANSWERS_DO_NOT_MATCH
        return Outcome(
            Step.SURNAME,
            Reason.ANSWERS_DO_NOT_MATCH,
            attempts_left=self.attempts_left,
            record=record,
        )

    def _record(
        self,
        result: AttemptResult,
        answered_at: datetime | None,
        answered_offset: float | None,
        *,
        locked_ids: tuple[ProfileId, ...] = (),
        locked_until: datetime | None = None,
    ) -> AttemptRecord:
        record = AttemptRecord(
            call_id=self.call_id,
            attempt_no=len(self.records) + 1,
            candidate_profile_ids=tuple(c.profile_id for c in self._candidates),
            result=result,
            matched_profile_id=self._verified_id if result is AttemptResult.VERIFIED else None,
            started_at=self._started_at,
            surname_at=self._surname_at,
            first_name_at=self._first_name_at,
            key_phrase_at=answered_at,
            ended_at=self._clock(),
            key_phrase_asked_offset_s=self._asked_offset,
            key_phrase_answered_offset_s=answered_offset,
            locked_profile_ids=locked_ids,
            locked_until=locked_until,
        )
        self.records.append(record)
        return record

    def _finish(
        self,
        step: Step,
        reason: Reason | None,
        *,
        record: AttemptRecord | None = None,
        locked: datetime | None = None,
        profile: ProfileId | None = None,
    ) -> Outcome:
        self._step = step
        self._reason = reason
        self._reset_attempt()
        left = self.attempts_left if step is Step.SURNAME else 0
        return Outcome(step, reason, profile, left, locked, record)

    def _lock_end(self) -> datetime | None:
        ends = [end for end in self._locked.values() if end is not None]
        return max(ends) if ends else None

    def _enter_surname(self) -> None:
        self._reset_attempt()
        self._step = Step.SURNAME
        self._reason = None
        self._started_at = self._clock()

    def _reset_attempt(self) -> None:
        self._surname = ""
        self._first_name = ""
        self._started_at = self._clock()
        self._surname_at = None
        self._first_name_at = None
        self._asked_offset = None

    def _expect(self, step: Step) -> None:
        if self._step is not step:
            raise FlowError(f"expected step {step}, the flow is at {self._step}")

    def _name(self, text: str) -> str:
        norm = normalize_name(text)
        if not norm:
            raise EmptyAnswer("the answer is empty")
        return norm

    def _offset(self) -> float:
        return self._monotonic() - self.recording_origin
