"""Property tests: nothing reaches VERIFIED without the number and all three factors
(KUTY-2.2), and wrong answers never verify."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.verification.conftest import FAST, NUMBER, candidate
from verification.flow import (
    EmptyAnswer,
    FlowError,
    Limits,
    Step,
    VerificationFlow,
)
from verification.normalize import InputTooLong, normalize_name, normalize_phrase

PROFILES = [
    (1, "Коваленко", "Олена", "мій кіт мурчик"),
    (2, "Коваленко", "Петро", "зелений чай"),
    (3, "Ґудзь", "Їжак", "пʼять котів"),
]
CANDIDATES = [candidate(pid, s, f, p) for pid, s, f, p in PROFILES]
BY_ID = {pid: (s, f, p) for pid, s, f, p in PROFILES}

NEAR = {
    "Коваленко": ["Коваленка", "Ковaленко", "Кова ленко", "Коваленкo", "Коваленко-"],
    "Олена": ["Олеиа", "Альона", "Oлена", "Олена "],
    "Петро": ["Петр", "Петpo", "Пєтро"],
    "Ґудзь": ["Гудзь", "Ґудз", "Ґудзъ"],
    "Їжак": ["Іжак", "Йжак", "Ижак", "\u0456\u0308жак"],
    "мій кіт мурчик": ["мій кит мурчик", "мій кіт мурчік", "Мій Кіт Мурчик!", "мій кіт"],
    "зелений чай": ["зелений чaй", "зелении чай", "зелений  чай"],
    "пʼять котів": ["пять котів", "п'ять котів", "пʼять котив"],
}
ALL_TEXTS = sorted({t for k, v in NEAR.items() for t in (k, *v)})


def answer_text() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(ALL_TEXTS), st.text(min_size=1, max_size=30))


@dataclass
class Action:
    kind: str
    text: str


actions = st.lists(
    st.builds(
        Action,
        st.sampled_from(["start", "surname", "first", "phrase", "abandon"]),
        answer_text(),
    ),
    max_size=25,
)


@settings(max_examples=400, deadline=None)
@given(
    actions=actions,
    number=st.sampled_from([NUMBER, "withheld", None, "050", "+380671112233"]),
    count=st.integers(0, 3),
)
def test_verified_only_with_matching_number_and_all_three_factors(
    actions: list[Action], number: str | None, count: int
) -> None:
    flow = VerificationFlow("c", number, CANDIDATES[:count], hasher=FAST)
    typed: dict[str, str] = {}
    for action in actions:
        try:
            if action.kind == "start":
                flow.start()
            elif action.kind == "surname":
                flow.submit_surname(action.text)
                typed["surname"] = action.text
            elif action.kind == "first":
                flow.submit_first_name(action.text)
                typed["first"] = action.text
            elif action.kind == "phrase":
                typed["phrase"] = action.text
                flow.submit_key_phrase(action.text)
            else:
                flow.abandon()
        except (FlowError, EmptyAnswer, InputTooLong):
            continue
        if flow.step is Step.VERIFIED:
            break
    if flow.step is not Step.VERIFIED:
        assert flow.verified_profile_id is None
        return
    assert number is not None and number.startswith("+") and len(number) > 8
    profile = flow.verified_profile_id
    assert profile in [c.profile_id for c in CANDIDATES[:count]]
    surname, first, phrase = BY_ID[profile]  # type: ignore[index]
    assert normalize_name(typed["surname"]) == normalize_name(surname)
    assert normalize_name(typed["first"]) == normalize_name(first)
    assert normalize_phrase(typed["phrase"]) == normalize_phrase(phrase)


@settings(max_examples=300, deadline=None)
@given(surname=answer_text(), first=answer_text(), phrase=answer_text())
def test_arbitrary_answers_verify_only_when_all_correct(
    surname: str, first: str, phrase: str
) -> None:
    flow = VerificationFlow("c", NUMBER, CANDIDATES, hasher=FAST)
    flow.start()
    try:
        flow.submit_surname(surname)
        flow.submit_first_name(first)
        outcome = flow.submit_key_phrase(phrase)
    except (EmptyAnswer, InputTooLong):
        return
    expected = [
        pid
        for pid, (s, f, p) in BY_ID.items()
        if normalize_name(s) == normalize_name(surname)
        and normalize_name(f) == normalize_name(first)
        and normalize_phrase(p) == normalize_phrase(phrase)
    ]
    assert outcome.verified == bool(expected)
    assert outcome.profile_id == (expected[0] if expected else None)


def _wrong_answers(rng: random.Random, right: tuple[str, str, str]) -> tuple[str, str, str]:
    """Right answers with at least one factor replaced by a near miss or random text."""
    answers = list(right)
    wrong = [i for i in range(3) if rng.random() < 0.5] or [rng.randrange(3)]
    for i in wrong:
        normalize = normalize_phrase if i == 2 else normalize_name
        while True:
            pool = NEAR.get(right[i], [])
            if pool and rng.random() < 0.6:
                text = rng.choice(pool)
            else:
                alphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ' -abcehikmoptxy"
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
            if normalize(text) and normalize(text) != normalize(right[i]):
                break
        answers[i] = text
    return answers[0], answers[1], answers[2]


def test_ten_thousand_wrong_attempts_never_verify() -> None:
    rng = random.Random(20210420)
    limits = Limits(per_call_failures=10_001, per_profile_failures=10**9)
    flow = VerificationFlow("c", NUMBER, CANDIDATES, hasher=FAST, limits=limits)
    flow.start()
    for _ in range(10_000):
        _, *right = rng.choice(PROFILES)
        surname, first, phrase = _wrong_answers(rng, (right[0], right[1], right[2]))
        flow.submit_surname(surname)
        flow.submit_first_name(first)
        outcome = flow.submit_key_phrase(phrase)
        assert not outcome.verified and outcome.profile_id is None
        assert outcome.step is Step.SURNAME
    assert len(flow.records) == 10_000
    # The same flow still verifies the right answers: the loop was not vacuous.
    flow.submit_surname("Ґудзь")
    flow.submit_first_name("Їжак")
    assert flow.submit_key_phrase("п'ять котів").profile_id == 3
