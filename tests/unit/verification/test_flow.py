"""The verification state machine: order, outcomes, limits, family phones (KUTY-2.2, 2.6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.unit.verification.conftest import FAST, NUMBER, CountingHasher, candidate
from verification.flow import (
    AttemptResult,
    Candidate,
    EmptyAnswer,
    FlowError,
    Limits,
    Reason,
    Step,
    VerificationFlow,
)
from verification.normalize import InputTooLong

T0 = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
OLENA = ("Коваленко", "Олена", "мій кіт мурчик")
PETRO = ("Коваленко", "Петро", "зелений чай")


class Clock:
    def __init__(self) -> None:
        self.now = T0
        self.mono = 100.0

    def wall(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.mono += seconds


def make_flow(
    candidates: list[Candidate] | None = None,
    number: str | None = NUMBER,
    **kwargs: object,
) -> VerificationFlow:
    if candidates is None:
        candidates = [candidate(1, *OLENA)]
    kwargs.setdefault("hasher", FAST)
    return VerificationFlow("call-1", number, candidates, **kwargs)  # type: ignore[arg-type]


def attempt(flow: VerificationFlow, surname: str, first: str, phrase: str) -> object:
    flow.submit_surname(surname)
    flow.submit_first_name(first)
    return flow.submit_key_phrase(phrase)


def test_correct_answers_verify_and_expose_only_the_matched_id() -> None:
    flow = make_flow()
    assert flow.start().step is Step.SURNAME
    assert flow.submit_surname("КОВАЛЕНКО") is Step.FIRST_NAME
    assert flow.submit_first_name(" олена ") is Step.KEY_PHRASE
    outcome = flow.submit_key_phrase("Мій кіт, Мурчик")
    assert outcome.verified and outcome.step is Step.VERIFIED
    assert outcome.profile_id == 1 == flow.verified_profile_id
    assert outcome.message_id == "verification.verified"
    assert outcome.record is not None and outcome.record.result is AttemptResult.VERIFIED


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("withheld", Reason.WITHHELD_NUMBER),
        (None, Reason.NO_CALLER_ID),
        ("12", Reason.NO_CALLER_ID),
    ],
)
def test_unusable_caller_id_gives_general_help_only(number: str | None, reason: Reason) -> None:
    flow = make_flow(number=number)
    outcome = flow.start()
    assert outcome.step is Step.GENERAL_ONLY and outcome.reason is reason
    assert outcome.message_id == f"verification.general_only.{reason}"
    with pytest.raises(FlowError):
        flow.submit_surname("Коваленко")


def test_no_profile_for_the_number_gives_general_help_only() -> None:
    outcome = make_flow([]).start()
    assert (outcome.step, outcome.reason) == (Step.GENERAL_ONLY, Reason.NO_PROFILE)


@pytest.mark.parametrize(
    "action",
    [
        lambda f: f.submit_surname("x"),
        lambda f: f.submit_first_name("x"),
        lambda f: f.submit_key_phrase("x"),
    ],
)
def test_steps_cannot_be_taken_before_start(action: object) -> None:
    flow = make_flow()
    with pytest.raises(FlowError):
        action(flow)  # type: ignore[operator]


def test_steps_cannot_be_skipped_or_repeated() -> None:
    flow = make_flow()
    flow.start()
    with pytest.raises(FlowError):
        flow.start()
    with pytest.raises(FlowError):
        flow.submit_first_name("Олена")
    with pytest.raises(FlowError):
        flow.submit_key_phrase("мій кіт мурчик")
    flow.submit_surname("Коваленко")
    with pytest.raises(FlowError):
        flow.submit_surname("Коваленко")
    with pytest.raises(FlowError):
        flow.submit_key_phrase("мій кіт мурчик")
    assert flow.step is Step.FIRST_NAME


def test_empty_and_over_long_answers_leave_the_step_unchanged() -> None:
    flow = make_flow()
    flow.start()
    with pytest.raises(EmptyAnswer):
        flow.submit_surname("  «» ")
    with pytest.raises(InputTooLong):
        flow.submit_surname("я" * 1000)
    assert flow.step is Step.SURNAME


@pytest.mark.parametrize(
    "answers",
    [
        ("Коваленка", "Олена", "мій кіт мурчик"),
        ("Коваленко", "Олеся", "мій кіт мурчик"),
        ("Коваленко", "Олена", "мій кит мурчик"),
        ("Петренко", "Іван", "щось"),
    ],
)
def test_any_wrong_factor_gives_the_same_outcome_and_the_same_work(
    answers: tuple[str, str, str],
) -> None:
    hasher = CountingHasher()
    flow = make_flow([candidate(1, *OLENA, hasher=hasher)], hasher=hasher)
    flow.start()
    outcome = attempt(flow, *answers)
    assert outcome.step is Step.SURNAME  # type: ignore[attr-defined]
    assert outcome.reason is Reason.ANSWERS_DO_NOT_MATCH  # type: ignore[attr-defined]
    assert outcome.message_id == "verification.surname.answers_do_not_match"  # type: ignore[attr-defined]
    assert len(hasher.targets) == 1


def test_three_failures_end_the_call_attempts() -> None:
    flow = make_flow()
    flow.start()
    left = [attempt(flow, "Коваленко", "Олена", "не те").attempts_left for _ in range(2)]  # type: ignore[attr-defined]
    assert left == [2, 1]
    outcome = attempt(flow, "Коваленко", "Олена", "не те")
    assert outcome.step is Step.NOT_VERIFIED  # type: ignore[attr-defined]
    assert outcome.reason is Reason.CALL_LIMIT_REACHED  # type: ignore[attr-defined]
    with pytest.raises(FlowError):
        flow.submit_surname("Коваленко")
    assert [r.result for r in flow.records] == [AttemptResult.FAILED] * 3
    assert flow.verified_profile_id is None


def test_fifth_failure_in_the_window_locks_the_profile() -> None:
    clock = Clock()
    flow = make_flow(failures_in_window=lambda pid: 3, clock=clock.wall)
    flow.start()
    first = attempt(flow, "Коваленко", "Олена", "не те")
    assert first.step is Step.SURNAME  # type: ignore[attr-defined]
    clock.tick(30)
    outcome = attempt(flow, "Коваленко", "Олена", "не те")
    assert outcome.step is Step.LOCKED  # type: ignore[attr-defined]
    assert outcome.reason is Reason.PROFILE_LOCKED  # type: ignore[attr-defined]
    assert outcome.locked_until == clock.now + timedelta(hours=24)  # type: ignore[attr-defined]
    assert outcome.record.locked_profile_ids == (1,)  # type: ignore[attr-defined]


def test_locked_profile_is_locked_at_start_and_cannot_be_probed() -> None:
    locked = Candidate(1, "коваленко", "олена", FAST.hash(OLENA[2]), T0 + timedelta(hours=1))
    outcome = make_flow([locked], clock=lambda: T0).start()
    assert outcome.step is Step.LOCKED and outcome.locked_until == T0 + timedelta(hours=1)
    by_count = make_flow(failures_in_window=lambda pid: 5).start()
    assert by_count.step is Step.LOCKED
    expired = Candidate(1, "коваленко", "олена", FAST.hash(OLENA[2]), T0 - timedelta(seconds=1))
    assert make_flow([expired], clock=lambda: T0).start().step is Step.SURNAME


def test_locked_family_member_looks_like_a_wrong_answer() -> None:
    petro_locked = Candidate(2, "коваленко", "петро", FAST.hash(PETRO[2]), T0 + timedelta(hours=1))
    flow = make_flow([candidate(1, *OLENA), petro_locked], clock=lambda: T0)
    flow.start()
    outcome = attempt(flow, *PETRO)
    assert outcome.step is Step.SURNAME and outcome.reason is Reason.ANSWERS_DO_NOT_MATCH  # type: ignore[attr-defined]


def test_family_phone_answers_decide_the_profile_with_constant_work() -> None:
    hasher = CountingHasher()
    candidates = [
        candidate(1, *OLENA, hasher=hasher),
        candidate(2, *PETRO, hasher=hasher),
        candidate(3, "Коваленко", "Марія", None),  # no phrase: can never verify
    ]
    flow = make_flow(candidates, hasher=hasher)
    flow.start()
    assert flow.candidate_count == 3
    rendered = repr(candidates) + repr(vars(flow).get("_candidates"))
    assert "Петро" not in rendered and "петро" not in rendered and "$argon2" not in rendered
    hasher.targets.clear()
    outcome = attempt(flow, *PETRO)
    assert outcome.profile_id == 2  # type: ignore[attr-defined]
    assert len(hasher.targets) == 3
    assert hasher.targets.count(hasher.dummy_hash) == 2  # Olena's and Maria's slots


def test_failure_is_attributed_to_every_candidate() -> None:
    flow = make_flow([candidate(1, *OLENA), candidate(2, *PETRO)])
    flow.start()
    outcome = attempt(flow, *PETRO[:2], "не те")
    assert outcome.record.candidate_profile_ids == (1, 2)  # type: ignore[attr-defined]
    assert outcome.record.matched_profile_id is None  # type: ignore[attr-defined]


def test_records_mark_the_key_phrase_moment_and_hold_no_answers() -> None:
    clock = Clock()
    flow = make_flow(clock=clock.wall, monotonic=clock.monotonic, recording_origin=95.0)
    flow.start()
    clock.tick(4)
    flow.submit_surname("Коваленко")
    clock.tick(3)
    flow.submit_first_name("Олена")
    clock.tick(6)
    outcome = flow.submit_key_phrase("мій кіт мурчик")
    record = outcome.record
    assert record is not None
    assert (record.key_phrase_asked_offset_s, record.key_phrase_answered_offset_s) == (12.0, 18.0)
    assert flow.key_phrase_spans == [(12.0, 18.0)]
    assert record.surname_at == T0 + timedelta(seconds=4)
    text = repr(record)
    assert "мурчик" not in text and "Коваленко" not in text and "олена" not in text


def test_abandon_records_an_attempt_under_way() -> None:
    flow = make_flow()
    flow.start()
    flow.submit_surname("Коваленко")
    record = flow.abandon()
    assert record is not None and record.result is AttemptResult.ABANDONED
    assert flow.step is Step.NOT_VERIFIED and flow.reason is Reason.ABANDONED
    assert flow.abandon() is None


def test_limits_come_from_the_policy() -> None:
    from desk.policy import load_policy

    limits = Limits.from_policy(load_policy("kuty"))
    assert limits == Limits(3, 5, timedelta(hours=24))
