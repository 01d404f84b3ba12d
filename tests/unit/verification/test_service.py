"""CallVerification end to end on a real SQLite database with imported profiles (KUTY-2.2).

Covers: right answers -> VERIFIED with the call row, attempt rows and audit rows; a wrong
factor -> the same outcome whichever factor; 3 failures per call; 5 per profile across
calls -> LOCKED, persisted, unlocked only by a supervisor; a family phone where the
answers pick the profile and the card shows only that profile's applications (KUTY-2.6).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import AuditEvent, Call
from db.models_verification import ProfileLock, VerificationAttempt, VerificationAttemptProfile
from db.session import close_database
from desk.policy import load_policy
from desk.roles import Actor, PermissionDenied
from telephony.protocol import CallDirection
from tests.unit.verification.test_store import (
    APPLICATIONS_CSV,
    FAMILY,
    FAST,
    OPERATOR,
    PHRASES,
    PROFILES_CSV,
    SUPERVISOR,
    TARAS,
    audit_kinds,
    import_files,
    open_with_users,
    profile_id,
    write,
)
from verification.flow import FlowError
from verification.key_phrase import SecretStr
from verification.service import CallVerification
from verification.states import WITHHELD, Outcome, Reason, Step
from verification.store import failures_in_window, unlock_profile

POLICY = load_policy("kuty")
_ids = itertools.count(1)


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_with_users(tmp_path / "data")
    import_files(
        factory,
        write(tmp_path / "in" / "p.csv", PROFILES_CSV),
        write(tmp_path / "in" / "a.csv", APPLICATIONS_CSV),
    )
    yield factory
    close_database(factory)


def new_call(
    sessions: sessionmaker[Session], number: str | None, actor: Actor = OPERATOR
) -> CallVerification:
    call_id = f"00000000-0000-4000-8000-{next(_ids):012d}"
    now = datetime.now(UTC)
    with sessions.begin() as s:
        s.add(Call(id=call_id, direction=CallDirection.INCOMING, remote_number=number,
                   ring_at=now, answer_at=now, operator_id=actor.operator_id,
                   seat="seat-1"))  # fmt: skip
    return CallVerification(
        sessions, actor, call_id, number, now - timedelta(seconds=5), POLICY, hasher=FAST
    )


def answer(v: CallVerification, surname: str, first: str, phrase: str) -> Outcome:
    assert v.step is Step.SURNAME
    v.submit_surname(surname)
    v.submit_first_name(first)
    return v.submit_key_phrase(SecretStr(phrase))


def call_row(sessions: sessionmaker[Session], call_id: str) -> tuple[str | None, int | None]:
    with sessions.begin() as s:
        call = s.get(Call, call_id)
        assert call is not None
        return call.verification_state, call.verified_profile_id  # type: ignore[attr-defined]


def test_right_answers_verify_and_are_persisted(sessions: sessionmaker[Session]) -> None:
    v = new_call(sessions, TARAS)
    assert v.start().step is Step.SURNAME
    with pytest.raises(FlowError):
        v.card()  # nothing of the profile before VERIFIED (KUTY-2.2)
    outcome = answer(v, "шевчук", "ТАРАС", "говерла п'ять")  # any case, any apostrophe
    assert outcome.verified and outcome.message_id == "verification.verified"
    with sessions.begin() as s:
        taras = profile_id(s, "Тарас")
        [attempt] = s.scalars(sa.select(VerificationAttempt))
        events = list(s.scalars(sa.select(AuditEvent).where(AuditEvent.call_id == v.call_id)))
        assert verify_audit_chain(s).ok
    assert call_row(sessions, v.call_id) == ("verified", taras)
    assert (attempt.call_id, attempt.result, attempt.matched_profile_id) == (
        v.call_id,
        "verified",
        taras,
    )
    assert attempt.operator_id == OPERATOR.operator_id and attempt.actor == OPERATOR.label
    assert attempt.key_phrase_start_s is not None and attempt.key_phrase_end_s is not None
    assert 5.0 <= attempt.key_phrase_start_s <= attempt.key_phrase_end_s < 60
    assert v.key_phrase_spans == [(attempt.key_phrase_start_s, attempt.key_phrase_end_s)]
    [event] = events
    assert event.kind == "verification_attempt"
    assert json.loads(event.payload) == {
        "attempt_id": attempt.id, "attempt_no": 1, "candidate_profile_ids": [taras],
        "result": "verified", "matched_profile_id": taras, "operator_id": OPERATOR.operator_id,
    }  # fmt: skip
    assert "шевчук" not in event.payload.casefold() and "говерла" not in event.payload.casefold()
    card = v.card()
    assert (card.surname, card.first_name, card.applications) == ("Шевчук", "Тарас", ())


@pytest.mark.parametrize(
    "answers",
    [
        ("Шевчук", "Тарас", "Говерла пʼятьь"),  # phrase one letter off
        ("Шевчук", "Тарас", "зелений чай"),  # another profile's phrase
        ("Шевчук", "Петро", "Говерла пʼять"),  # first name wrong
        ("Ткачук", "Тарас", "Говерла пʼять"),  # surname wrong
    ],
)
def test_any_wrong_factor_gives_the_same_outcome(
    sessions: sessionmaker[Session], answers: tuple[str, str, str]
) -> None:
    v = new_call(sessions, TARAS)
    v.start()
    outcome = answer(v, *answers)
    assert (outcome.step, outcome.reason, outcome.profile_id, outcome.attempts_left) == (
        Step.SURNAME,
        Reason.ANSWERS_DO_NOT_MATCH,
        None,
        2,
    )
    assert outcome.message_id == "verification.surname.answers_do_not_match"
    assert call_row(sessions, v.call_id) == (None, None)  # not final yet


def test_three_failures_in_one_call_end_it_not_verified(sessions: sessionmaker[Session]) -> None:
    v = new_call(sessions, TARAS)
    v.start()
    outcomes = [answer(v, "Шевчук", "Тарас", f"не те {i}") for i in range(3)]
    assert [o.step for o in outcomes] == [Step.SURNAME, Step.SURNAME, Step.NOT_VERIFIED]
    assert outcomes[-1].reason is Reason.CALL_LIMIT_REACHED
    assert call_row(sessions, v.call_id) == ("not_verified", None)
    with sessions.begin() as s:
        assert [a.result for a in s.scalars(sa.select(VerificationAttempt))] == ["failed"] * 3
        assert failures_in_window(s, profile_id(s, "Тарас"), timedelta(hours=24)) == 3
        assert s.scalar(sa.select(sa.func.count()).select_from(ProfileLock)) == 0


def test_five_failures_across_calls_lock_until_a_supervisor_unlocks(
    sessions: sessionmaker[Session],
) -> None:
    first = new_call(sessions, TARAS)
    first.start()
    for i in range(3):
        answer(first, "Шевчук", "Тарас", f"ні {i}")
    second = new_call(sessions, TARAS)
    assert second.start().attempts_left == 3
    assert answer(second, "Шевчук", "Тарас", "ні").step is Step.SURNAME
    locked = answer(second, "Шевчук", "Тарас", "ні")
    assert locked.step is Step.LOCKED and locked.message_id == "verification.locked.profile_locked"
    assert locked.locked_until is not None
    assert call_row(sessions, second.call_id) == ("locked", None)

    # Persisted: the next call is locked at once, even with the right answers unasked.
    third = new_call(sessions, TARAS)
    assert third.start().step is Step.LOCKED
    assert call_row(sessions, third.call_id) == ("locked", None)
    with sessions.begin() as s:
        taras = profile_id(s, "Тарас")
        [lock] = s.scalars(sa.select(ProfileLock))
        assert (lock.profile_id, lock.call_id, lock.unlocked_at) == (taras, second.call_id, None)

    with pytest.raises(PermissionDenied):
        unlock_profile(sessions, OPERATOR, taras, "caller asked")
    with pytest.raises(ValueError, match="reason"):
        unlock_profile(sessions, SUPERVISOR, taras, "   ")
    assert unlock_profile(sessions, SUPERVISOR, taras, "identity checked by phone") == 1
    with sessions.begin() as s:
        kinds = audit_kinds(s)
        assert failures_in_window(s, taras, timedelta(hours=24)) == 0
        [unlocked] = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "profile_unlocked"))
        assert verify_audit_chain(s).ok
    assert kinds.count("profile_locked") == 1 and kinds.count("permission_denied") == 1
    assert json.loads(unlocked.payload)["reason"] == "identity checked by phone"
    assert unlocked.actor == SUPERVISOR.label

    fourth = new_call(sessions, TARAS)
    assert fourth.start().step is Step.SURNAME
    assert answer(fourth, "Шевчук", "Тарас", PHRASES["Тарас"]).verified


def test_family_phone_answers_pick_the_profile_and_card_shows_only_its_data(
    sessions: sessionmaker[Session],
) -> None:
    v = new_call(sessions, FAMILY)
    start = v.start()
    assert start.step is Step.SURNAME and v.candidate_count == 2
    outcome = answer(v, "Коваленко", "Петро", PHRASES["Петро"])
    with sessions.begin() as s:
        petro, olena = profile_id(s, "Петро"), profile_id(s, "Олена")
        [link_ids] = [
            sorted(s.scalars(sa.select(VerificationAttemptProfile.profile_id)))
        ]  # both candidates are linked: a failure would count against both
    assert outcome.verified and outcome.profile_id == petro == v.verified_profile_id
    assert link_ids == sorted([petro, olena])
    card = v.card()
    assert (card.profile_id, card.first_name) == (petro, "Петро")
    assert [a.number for a in card.applications] == ["Z-2"]
    assert "Олена" not in repr(card) and "Марійка" not in repr(card)
    assert call_row(sessions, v.call_id) == ("verified", petro)


def test_olena_phrase_with_petro_names_does_not_verify(sessions: sessionmaker[Session]) -> None:
    v = new_call(sessions, FAMILY)
    v.start()
    assert not answer(v, "Коваленко", "Петро", PHRASES["Олена"]).verified


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (WITHHELD, Reason.WITHHELD_NUMBER),
        (None, Reason.NO_CALLER_ID),
        ("+380440000000", Reason.NO_PROFILE),
    ],
)
def test_general_mode_is_saved_on_the_call(
    sessions: sessionmaker[Session], number: str | None, reason: Reason
) -> None:
    v = new_call(sessions, number if number != WITHHELD else None)
    v = CallVerification(sessions, OPERATOR, v.call_id, number, None, POLICY, hasher=FAST)
    outcome = v.start()
    assert (outcome.step, outcome.reason) == (Step.GENERAL_ONLY, reason)
    assert call_row(sessions, v.call_id) == ("general_only", None)
    with sessions.begin() as s:
        [event] = s.scalars(sa.select(AuditEvent).where(AuditEvent.call_id == v.call_id))
    assert json.loads(event.payload) == {"state": "general_only", "reason": reason.value,
                                         "candidate_count": 0}  # fmt: skip


def test_abandoned_attempt_is_recorded(sessions: sessionmaker[Session]) -> None:
    v = new_call(sessions, TARAS)
    v.start()
    v.submit_surname("Шевчук")
    v.submit_first_name("Тарас")
    v.abandon()
    v.abandon()  # idempotent after a final state
    assert call_row(sessions, v.call_id) == ("not_verified", None)
    with sessions.begin() as s:
        [attempt] = s.scalars(sa.select(VerificationAttempt))
    assert attempt.result == "abandoned" and attempt.key_phrase_end_s is None
