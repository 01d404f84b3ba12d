"""Persistence of caller profiles and verification (KUTY-2.2, KUTY-2.6); no Qt, no SIP.

Decisions a newcomer may question:

- **Re-import identity key.** The Service's export carries no stable profile id, so an
  imported row *is* an existing profile when its normalised surname, first name and
  patronymic are equal **and** it shares at least one phone number with it. Changing one
  of two numbers keeps the profile (and its attempt history); changing every number or a
  name makes a new profile. A row matching two existing profiles, or two rows matching the
  same profile, is a per-row error and nothing is imported. A matched profile gets the
  file's display names, phones, applications and key phrase (the file wins over an earlier
  `set_key_phrase`). Profiles absent from the file are kept and counted (`not_in_file`):
  calls and attempts reference them.
- **All or nothing.** Any parse, application or identity error raises `ImportRejected`
  with every error and nothing is written. Argon2 hashing runs *between* the checking
  read transaction and the single write transaction: a SQLite write transaction holds the
  seat's only write lock, and minutes of hashing must not block call rows.
- **Ringing card (issue 2 vs issue 3).** Issue 2 asked the ringing card to show "matching
  profile names"; issue 3 and KUTY-2.6 say the operator never sees candidates' names
  before the answers are given. The regulation wins: `ringing_hint` gives counts only.
- **Unlocking resets the count.** `failures_in_window` counts failures after the latest
  supervisor unlock only; otherwise an unlocked profile would lock again at the next call.
- **Audit.** Every write appends an audit event in the same transaction; payloads carry
  ids, counts and outcomes, never a typed answer, a phrase or a hash. Denials are audited
  in their own transaction (the caller's is about to roll back).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.live import announce
from db.models import Call, CallerPhoneNumber, CallerProfile
from db.models_verification import (
    CALL_VERIFIED_PROFILE_ID,
    AttemptOutcome,
    CallerNameKeys,
    CallerSecret,
    ProfileApplication,
    ProfileLock,
    VerificationAttempt,
    VerificationAttemptProfile,
)
from desk.gate import authorize
from desk.roles import Actor, Permission
from verification.applications import ApplicationRecord
from verification.profile_import import (
    ImportRejected,
    ImportReport,
    import_profile_file,
    import_profiles,
    set_key_phrase,
)
from verification.states import AttemptRecord, AttemptResult, Candidate, Step
from verification.store_common import UnknownProfile, _chunks, _now

__all__ = [
    "CardApplication",
    "ImportRejected",
    "ImportReport",
    "ProfileSummary",
    "RingingHint",
    "UnknownProfile",
    "VerifiedCard",
    "authorize",
    "candidates_for_number",
    "failures_in_window",
    "import_profile_file",
    "import_profiles",
    "list_profiles",
    "record_attempt",
    "ringing_hint",
    "save_call_state",
    "set_key_phrase",
    "unlock_profile",
    "verified_card",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RingingHint:
    """What the ringing card may show before any answer (KUTY-2.6): counts, no names.

    `locked` is True when every profile with the number is locked, i.e. verification
    cannot succeed on this call and the operator can say so at once.
    """

    count: int
    locked: bool


CardApplication = ApplicationRecord
"""An application as the verified caller's card shows it: the imported record itself."""


@dataclass(frozen=True)
class VerifiedCard:
    """The verified caller's own data only: never other profiles on the phone (KUTY-2.6)."""

    profile_id: int
    surname: str
    first_name: str
    patronymic: str
    applications: tuple[CardApplication, ...]


@dataclass(frozen=True)
class ProfileSummary:
    """A profile for admins and supervisors; `has_phrase` instead of any hash."""

    id: int
    surname: str
    first_name: str
    patronymic: str
    phones: tuple[str, ...]
    applications: int
    has_phrase: bool
    locked_until: datetime | None

    def to_json_dict(self) -> dict[str, Any]:
        locked = self.locked_until.isoformat() if self.locked_until else None
        return {**self.__dict__, "phones": list(self.phones), "locked_until": locked}


# ---------------------------------------------------------------------------- calls


def _active_locks(session: Session, ids: Sequence[int], now: datetime) -> dict[int, datetime]:
    """Latest `locked_until` of each profile with a lock that is neither lifted nor over."""
    locks: dict[int, datetime] = {}
    for chunk in _chunks(ids):
        stmt = (
            sa.select(ProfileLock.profile_id, sa.func.max(ProfileLock.locked_until))
            .where(ProfileLock.profile_id.in_(chunk), ProfileLock.unlocked_at.is_(None))
            .where(ProfileLock.locked_until > now)
            .group_by(ProfileLock.profile_id)
        )
        locks.update(session.execute(stmt).tuples().all())
    return locks


def candidates_for_number(
    session: Session, e164: str, *, now: datetime | None = None
) -> list[Candidate]:
    """Profiles listing `e164`, with normalised names, hash and active lock (KUTY-2.2).

    Profiles without name keys or a secret (created before this feature) are candidates
    that can never match, so the count still says how many profiles have the number.
    """
    stmt = (
        sa.select(
            CallerPhoneNumber.profile_id,
            CallerNameKeys.surname_norm,
            CallerNameKeys.first_name_norm,
            CallerSecret.phrase_hash,
        )
        .outerjoin(CallerNameKeys, CallerNameKeys.profile_id == CallerPhoneNumber.profile_id)
        .outerjoin(CallerSecret, CallerSecret.profile_id == CallerPhoneNumber.profile_id)
        .where(CallerPhoneNumber.e164 == e164)
        .order_by(CallerPhoneNumber.profile_id)
    )
    rows = session.execute(stmt).all()
    locks = _active_locks(session, [r[0] for r in rows], now or _now())
    return [
        Candidate(pid, surname or "", first or "", phrase_hash, locks.get(pid))
        for pid, surname, first, phrase_hash in rows
    ]


def ringing_hint(
    session: Session, number: str | None, *, now: datetime | None = None
) -> RingingHint:
    """Counts for the ringing card, never names (KUTY-2.6; see the module docstring)."""
    if not number:
        return RingingHint(0, False)
    ids = list(
        session.scalars(
            sa.select(CallerPhoneNumber.profile_id).where(CallerPhoneNumber.e164 == number)
        )
    )
    locked = _active_locks(session, ids, now or _now())
    return RingingHint(len(ids), bool(ids) and len(locked) == len(ids))


def failures_in_window(
    session: Session, profile_id: int, window: timedelta, *, now: datetime | None = None
) -> int:
    """Failed attempts naming `profile_id` as a candidate within `window`, counted only
    after the latest supervisor unlock (an unlock gives the caller a fresh start)."""
    since = (now or _now()) - window
    unlocked = session.scalar(
        sa.select(sa.func.max(ProfileLock.unlocked_at)).where(ProfileLock.profile_id == profile_id)
    )
    if unlocked is not None and unlocked > since:
        since = unlocked
    stmt = (
        sa.select(sa.func.count())
        .select_from(VerificationAttemptProfile)
        .join(VerificationAttempt, VerificationAttempt.id == VerificationAttemptProfile.attempt_id)
        .where(VerificationAttemptProfile.profile_id == profile_id)
        .where(VerificationAttempt.result == AttemptOutcome.FAILED)
        .where(VerificationAttempt.ended_at > since)
    )
    return int(session.scalar(stmt) or 0)


def _set_call(session: Session, call_id: str, state: Step, profile_id: int | None) -> None:
    values = {"verification_state": state.value, CALL_VERIFIED_PROFILE_ID.name: profile_id}
    done = session.execute(sa.update(Call).where(Call.id == call_id).values(**values))
    announce(session, "calls")  # "verified or not" on the wallboard (issue 13)
    if getattr(done, "rowcount", 1) == 0:
        log.warning("call %s has no row; its verification state is only in the audit", call_id)


def record_attempt(
    sessions: sessionmaker[Session],
    actor: Actor,
    record: AttemptRecord,
    *,
    call_state: Step | None = None,
) -> int:
    """Persist one attempt, its audit event and any locks it caused; returns its id.

    `call_state` (the flow's step when it ended with this attempt) is saved on the call
    row in the same transaction, with the verified profile for VERIFIED. The audit payload
    carries ids, outcome and operator, never what was typed (KUTY-2.2). If the call has
    no `calls` row yet, the attempt row's `call_id` is NULL (the FK would refuse it) and
    the audit event still names the call.

    Raises:
        PermissionDenied: the actor may not handle calls.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="record_attempt")
    candidates = [int(p) for p in record.candidate_profile_ids]
    matched = int(record.matched_profile_id) if record.matched_profile_id is not None else None
    with sessions.begin() as session:
        call_exists = session.get(Call, record.call_id) is not None
        attempt = VerificationAttempt(
            call_id=record.call_id if call_exists else None,
            attempt_no=record.attempt_no,
            candidate_profile_ids=json.dumps(candidates),
            result=AttemptOutcome(record.result.value),
            matched_profile_id=matched,
            operator_id=actor.operator_id,
            actor=actor.label,
            started_at=record.started_at,
            ended_at=record.ended_at,
            key_phrase_start_s=record.key_phrase_asked_offset_s,
            key_phrase_end_s=record.key_phrase_answered_offset_s,
        )
        session.add(attempt)
        session.flush()
        session.add_all(
            VerificationAttemptProfile(attempt_id=attempt.id, profile_id=p) for p in candidates
        )
        payload = {
            "attempt_id": attempt.id,
            "attempt_no": record.attempt_no,
            "candidate_profile_ids": candidates,
            "result": record.result.value,
            "matched_profile_id": matched,
            "operator_id": actor.operator_id,
        }
        append_audit(session, "verification_attempt", actor.label, payload, record.call_id)
        locked = [int(p) for p in record.locked_profile_ids]
        if locked and record.locked_until is not None:
            session.add_all(
                ProfileLock(
                    profile_id=p,
                    call_id=record.call_id,
                    locked_at=record.ended_at,
                    locked_until=record.locked_until,
                )
                for p in locked
            )
            lock_payload = {"profile_ids": locked, "locked_until": record.locked_until.isoformat()}
            append_audit(session, "profile_locked", actor.label, lock_payload, record.call_id)
        if call_state is not None:
            verified = matched if record.result is AttemptResult.VERIFIED else None
            _set_call(session, record.call_id, call_state, verified)
        return attempt.id


def save_call_state(
    sessions: sessionmaker[Session],
    actor: Actor,
    call_id: str,
    state: Step,
    *,
    reason: str | None = None,
    candidate_count: int = 0,
) -> None:
    """Save an outcome reached without an attempt (general mode, all locked, abandoned)."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="save_call_state")
    with sessions.begin() as session:
        _set_call(session, call_id, state, None)
        payload = {"state": state.value, "reason": reason, "candidate_count": candidate_count}
        append_audit(session, "verification_outcome", actor.label, payload, call_id)


def unlock_profile(
    sessions: sessionmaker[Session], actor: Actor, profile_id: int, reason: str
) -> int:
    """Lift a profile's lock early (supervisors, admins); returns how many locks were active.

    The unlock is recorded even with no active lock row, because it also restarts the
    per-profile failure count (see `failures_in_window`). Audited with the reason.

    Raises:
        PermissionDenied, UnknownProfile, ValueError: an empty reason.
    """
    authorize(sessions, actor, Permission.UNLOCK_PROFILE, action="unlock_profile")
    reason = " ".join(reason.split())
    if not reason:
        raise ValueError("a reason is required to unlock a profile")
    now = _now()
    with sessions.begin() as session:
        if session.get(CallerProfile, profile_id) is None:
            raise UnknownProfile(f"profile {profile_id} does not exist")
        active = list(
            session.scalars(
                sa.select(ProfileLock).where(
                    ProfileLock.profile_id == profile_id, ProfileLock.unlocked_at.is_(None)
                )
            )
        )
        lifted = [lock for lock in active if lock.locked_until > now]
        if not active:
            active = [ProfileLock(profile_id=profile_id, locked_at=now, locked_until=now)]
            session.add(active[0])
        for lock in active:
            lock.unlocked_at, lock.unlocked_by, lock.unlock_reason = now, actor.label, reason
        payload = {"profile_id": profile_id, "reason": reason, "active_locks": len(lifted)}
        append_audit(session, "profile_unlocked", actor.label, payload)
        return len(lifted)


# ---------------------------------------------------------------------------- reading


def _applications(session: Session, profile_id: int) -> tuple[CardApplication, ...]:
    rows = session.scalars(
        sa.select(ProfileApplication)
        .where(ProfileApplication.profile_id == profile_id)
        .order_by(ProfileApplication.created, ProfileApplication.id)
    )
    return tuple(
        CardApplication(
            a.number,
            a.child_first_name,
            a.status,
            a.created,
            a.updated,
            tuple(json.loads(a.kindergartens)),
        )
        for a in rows
    )


def verified_card(session: Session, profile_id: int) -> VerifiedCard:
    """The card of ONE profile and only its applications (KUTY-2.6). Show it only after
    the flow reached VERIFIED for this profile (`CallVerification.card` enforces that).

    Raises:
        UnknownProfile: no such profile.
    """
    profile = session.get(CallerProfile, profile_id)
    if profile is None:
        raise UnknownProfile(f"profile {profile_id} does not exist")
    return VerifiedCard(
        profile.id,
        profile.surname,
        profile.first_name,
        profile.patronymic or "",
        _applications(session, profile_id),
    )


def list_profiles(
    sessions: sessionmaker[Session], actor: Actor, *, limit: int | None = None
) -> list[ProfileSummary]:
    """Every profile for admins and supervisors; never a hash (KUTY-2.2).

    Raises:
        PermissionDenied: operators (and the head administrator) may not list profiles.
    """
    authorize(
        sessions,
        actor,
        Permission.IMPORT_PROFILES,
        Permission.UNLOCK_PROFILE,
        action="list_profiles",
        any_of=True,
    )
    with sessions.begin() as session:
        stmt = sa.select(CallerProfile).order_by(CallerProfile.id).limit(limit)
        profiles = list(session.scalars(stmt))
        phones: dict[int, list[str]] = {}
        numbers = sa.select(CallerPhoneNumber.profile_id, CallerPhoneNumber.e164)
        for pid, e164 in session.execute(numbers.order_by(CallerPhoneNumber.e164)):
            phones.setdefault(pid, []).append(e164)
        owner = ProfileApplication.profile_id
        counts = sa.select(owner, sa.func.count()).group_by(owner)
        apps = dict(session.execute(counts).tuples().all())
        secrets = set(session.scalars(sa.select(CallerSecret.profile_id)))
        locks = _active_locks(session, [p.id for p in profiles], _now())
        return [
            ProfileSummary(
                p.id,
                p.surname,
                p.first_name,
                p.patronymic or "",
                tuple(phones.get(p.id, ())),
                apps.get(p.id, 0),
                p.id in secrets,
                locks.get(p.id),
            )
            for p in profiles
        ]
