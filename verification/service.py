"""`CallVerification`: one call's verification, persisted (KUTY-2.2, KUTY-2.6).

The console creates one per answered call and drives it from the operator's keystrokes.
It glues the pure `VerificationFlow` to the database: candidates and prior failures are
loaded at `start()`, every evaluated or abandoned attempt is stored with its audit event
(`store.record_attempt`), and the final state lands on the call row in the same
transaction as the attempt that decided it.

Threading: `submit_key_phrase` runs one Argon2 verification per candidate (tens of
milliseconds each with production parameters) plus a database write, so **the console
must call it off the GUI thread** (its worker / single-writer executor) and hand the
`Outcome` back by signal. All methods take an internal lock, so calling them from one
worker thread while the GUI thread reads `step`/`attempts_left` is safe; the flow itself
still refuses out-of-order steps (`FlowError`).

Secrets: the typed key phrase arrives as `SecretStr`, is handed to the flow, and is not
kept; nothing typed is logged or stored.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from desk.gate import authorize
from desk.policy import Policy
from desk.roles import Actor, Permission
from verification.flow import VerificationFlow
from verification.key_phrase import Hasher, SecretStr
from verification.states import FlowError, Limits, Outcome, ProfileId, Reason, Step
from verification.store import (
    VerifiedCard,
    candidates_for_number,
    failures_in_window,
    record_attempt,
    save_call_state,
    verified_card,
)

__all__ = ["CallVerification"]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class CallVerification:
    """Verification of one call, backed by the database.

    Args:
        sessions: session factory of the console's database.
        actor: the operator handling the call (needs `handle_calls`).
        call_id: the engine's call uuid (the `calls` row should exist; see `record_attempt`).
        caller_number: E.164 caller id, `WITHHELD`, or None when there was none.
        recording_started_at: when the call's recording started, as an aware datetime or a
            `monotonic` reading; key-phrase offsets are measured from it. None: now.
        policy: the regulation profile; its verification limits apply (KUTY: 3 per call,
            5 per profile per 24 hours).
        hasher: Argon2 hasher for the constant-work dummy checks; production by default.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Actor,
        call_id: str,
        caller_number: str | None,
        recording_started_at: datetime | float | None,
        policy: Policy,
        *,
        hasher: Hasher | None = None,
        clock: Callable[[], datetime] = _utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sessions = sessions
        self._actor = actor
        self.call_id = call_id
        self._number = caller_number
        self._limits = Limits.from_policy(policy)
        self._clock = clock
        self._lock = threading.RLock()
        if isinstance(recording_started_at, datetime):
            elapsed = (clock() - recording_started_at).total_seconds()
            origin: float | None = monotonic() - max(0.0, elapsed)
        else:
            origin = recording_started_at
        self._hasher = hasher
        self._monotonic = monotonic
        self._origin = origin
        self._flow: VerificationFlow | None = None

    # -- what the console may show ---------------------------------------------------------
    @property
    def step(self) -> Step:
        with self._lock:
            return self._flow.step if self._flow else Step.NUMBER_CHECK

    @property
    def reason(self) -> Reason | None:
        with self._lock:
            return self._flow.reason if self._flow else None

    @property
    def attempts_left(self) -> int:
        with self._lock:
            return self._flow.attempts_left if self._flow else self._limits.per_call_failures

    @property
    def candidate_count(self) -> int:
        with self._lock:
            return self._flow.candidate_count if self._flow else 0

    @property
    def verified_profile_id(self) -> ProfileId | None:
        """Only once VERIFIED; other profiles on the number stay hidden (KUTY-2.6)."""
        with self._lock:
            return self._flow.verified_profile_id if self._flow else None

    @property
    def key_phrase_spans(self) -> list[tuple[float, float]]:
        """Recording offsets of each key-phrase moment, for masking playback/export."""
        with self._lock:
            return self._flow.key_phrase_spans if self._flow else []

    # -- steps -------------------------------------------------------------------------------
    def start(self) -> Outcome:
        """The automatic number check (reads the database: call it off the GUI thread).

        Raises:
            PermissionDenied: the actor may not handle calls (audited).
            FlowError: already started.
        """
        with self._lock:
            if self._flow is not None:
                raise FlowError("verification already started for this call")
            authorize(self._sessions, self._actor, Permission.HANDLE_CALLS, action="verify")
            window = self._limits.per_profile_window
            now = self._clock()
            with self._sessions.begin() as session:
                number = self._number or ""
                candidates = candidates_for_number(session, number, now=now) if number else []
                prior = {
                    c.profile_id: failures_in_window(session, int(c.profile_id), window, now=now)
                    for c in candidates
                }
            self._flow = VerificationFlow(
                self.call_id,
                self._number,
                candidates,
                limits=self._limits,
                failures_in_window=prior.__getitem__,
                hasher=self._hasher,
                clock=self._clock,
                monotonic=self._monotonic,
                recording_origin=self._origin,
            )
            outcome = self._flow.start()
            if outcome.step.is_final:
                save_call_state(
                    self._sessions,
                    self._actor,
                    self.call_id,
                    outcome.step,
                    reason=outcome.reason.value if outcome.reason else None,
                    candidate_count=len(candidates),
                )
            return outcome

    def submit_surname(self, text: str) -> Step:
        """Record the surname as typed; nothing is evaluated yet (no database work)."""
        with self._lock:
            return self._started().submit_surname(text)

    def submit_first_name(self, text: str) -> Step:
        """Record the first name; the key-phrase moment starts now (recording offset)."""
        with self._lock:
            return self._started().submit_first_name(text)

    def submit_key_phrase(self, phrase: SecretStr) -> Outcome:
        """Evaluate the attempt and persist it. Slow (Argon2): call it off the GUI thread.

        The outcome says "verified" or "not verified" and never which factor failed; on
        failure with attempts left the flow is back at SURNAME.

        Raises:
            FlowError: not at the KEY_PHRASE step.
            EmptyAnswer, InputTooLong: nothing or too much typed; the step is unchanged.
            PermissionDenied: the actor may not handle calls (audited).
        """
        with self._lock:
            outcome = self._started().submit_key_phrase(phrase)
            if outcome.record is not None:
                final = outcome.step if outcome.step.is_final else None
                record_attempt(self._sessions, self._actor, outcome.record, call_state=final)
            return outcome

    def abandon(self) -> None:
        """The call ended or an incident cut it short: store the unfinished attempt, if any,
        and NOT_VERIFIED on the call. Does nothing after a final outcome."""
        with self._lock:
            if self._flow is None or self._flow.step.is_final:
                return
            record = self._flow.abandon()
            if record is not None:
                record_attempt(self._sessions, self._actor, record, call_state=self._flow.step)
            else:
                save_call_state(
                    self._sessions,
                    self._actor,
                    self.call_id,
                    self._flow.step,
                    reason=Reason.ABANDONED.value,
                    candidate_count=self._flow.candidate_count,
                )

    def card(self) -> VerifiedCard:
        """The verified caller's own card and applications (KUTY-2.2, KUTY-2.6).

        Raises:
            FlowError: the call is not VERIFIED; before that only general mode applies.
        """
        with self._lock:
            profile_id = self.verified_profile_id
            if profile_id is None:
                raise FlowError("the caller is not verified; no profile data may be shown")
            with self._sessions.begin() as session:
                return verified_card(session, int(profile_id))

    def _started(self) -> VerificationFlow:
        if self._flow is None:
            raise FlowError("call start() first")
        return self._flow
