"""desk.policy_rules: each regulation's time and text rules, per rule id (issue 12).

Moments are written in the desk's local time and converted, so the tests say what the
regulation says ("Friday 17:59 Astana time") whatever offset the zone database gives.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk.errors import UserFacingError
from desk.policy import load_policy
from desk.policy_rules import (
    CREDENTIAL_WARNING,
    CaseTimes,
    answer_due,
    callback_refusal,
    closed_since,
    credential_warning,
    defer_until,
    expand_template,
    hours_text,
    outside_hours_reply,
    unanswered_close_due,
)

KUTY, KZP, EEP, CSC = (load_policy(n) for n in ("kuty", "kzp", "eep", "csc"))
ASTANA, KYIV = ZoneInfo("Asia/Almaty"), ZoneInfo("Europe/Kyiv")


def at(zone: ZoneInfo, *parts: int) -> datetime:
    """A local wall-clock moment as UTC (what the database holds)."""
    return datetime(*parts, tzinfo=zone).astimezone(UTC)  # type: ignore[arg-type, misc]


# 2026-12-04 is a Friday, 12-05/06 the weekend, 12-07 a Monday.


# ------------------------------------------------------------------ CSC-2.4


def test_csc_2_4_first_answer_is_due_an_hour_after_reaching_an_employee() -> None:
    reached = at(ASTANA, 2026, 12, 4, 19, 30)
    case = CaseTimes(opened_at=reached - timedelta(hours=3), reached_employee_at=reached)
    assert answer_due(CSC, case) == reached + timedelta(minutes=60)
    # counted from reaching an employee, not from arrival: waiting in the queue is free
    assert answer_due(CSC, case) != case.opened_at + timedelta(minutes=60)


def test_csc_2_4_no_clock_before_an_employee_and_none_once_answered() -> None:
    opened = at(ASTANA, 2026, 12, 4, 9, 0)
    assert answer_due(CSC, CaseTimes(opened_at=opened)) is None
    answered = CaseTimes(opened, opened, first_answered_at=opened + timedelta(minutes=5))
    assert answer_due(CSC, answered) is None


def test_csc_2_4_target_may_be_extended_when_clarification_is_needed() -> None:
    reached = at(ASTANA, 2026, 12, 4, 10, 0)
    case = CaseTimes(opened_at=reached, reached_employee_at=reached)
    assert CSC.response.answer_target_extendable
    extended = answer_due(CSC, case, extended_by=timedelta(hours=2))
    assert extended == reached + timedelta(hours=3)
    with pytest.raises(UserFacingError, match="cannot be negative"):
        answer_due(CSC, case, extended_by=timedelta(minutes=-5))


def test_kzp_30_9_response_speed_is_not_normalised() -> None:
    moment = at(ASTANA, 2026, 12, 4, 10, 0)
    case = CaseTimes(opened_at=moment, reached_employee_at=moment)
    assert answer_due(KZP, case) is None
    assert answer_due(KUTY, case) is None  # KUTY sets no written answer target either


def test_an_answer_target_without_extension_refuses_one() -> None:
    fixed = replace(CSC, response=replace(CSC.response, answer_target_extendable=False))
    moment = at(ASTANA, 2026, 12, 4, 10, 0)
    with pytest.raises(UserFacingError, match=r"cannot be extended \(CSC-2.4"):
        answer_due(fixed, CaseTimes(moment, moment), extended_by=timedelta(minutes=30))


# ------------------------------------------------------------------ EEP-15


def test_eep_15_waiting_for_the_customer_closes_after_8_hours() -> None:
    asked = at(ASTANA, 2026, 12, 4, 17, 0)  # Friday evening: 8 h are wall-clock hours
    case = CaseTimes(opened_at=asked - timedelta(hours=1), waiting_since=asked)
    assert unanswered_close_due(EEP, case) == asked + timedelta(hours=8)
    assert unanswered_close_due(EEP, CaseTimes(opened_at=asked)) is None  # not waiting
    assert unanswered_close_due(CSC, case) is None  # no such rule in CSC
    with pytest.raises(ValueError, match="aware"):
        unanswered_close_due(EEP, CaseTimes(asked, waiting_since=datetime(2026, 12, 4, 17)))


# ------------------------------------------------------------------ CSC-2.3


def test_csc_2_3_complex_question_on_weekend_duty_waits_for_monday_08_00() -> None:
    saturday = at(ASTANA, 2026, 12, 5, 10, 0)
    monday = at(ASTANA, 2026, 12, 7, 8, 0)
    assert defer_until(CSC, saturday, complex_question=True) == monday
    assert defer_until(CSC, saturday, complex_question=False) is None  # duty answers it
    sunday_late = at(ASTANA, 2026, 12, 6, 16, 59)
    assert defer_until(CSC, sunday_late, complex_question=True) == monday


def test_csc_2_3_edges_of_the_weekend_in_astana_time() -> None:
    # Friday 19:59 Astana is a full window: answer now; 20:00 is closed until Monday
    # (the Saturday duty window does not take complex questions).
    assert defer_until(CSC, at(ASTANA, 2026, 12, 4, 19, 59), complex_question=True) is None
    friday_night = at(ASTANA, 2026, 12, 4, 20, 0)
    assert defer_until(CSC, friday_night, complex_question=True) == at(ASTANA, 2026, 12, 7, 8)
    # Sunday 23:30 in UTC is already Monday 04:30 in Astana: Monday 08:00 the same day.
    sunday_utc = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    assert sunday_utc.astimezone(ASTANA).weekday() == 0
    assert defer_until(CSC, sunday_utc, complex_question=True) == at(ASTANA, 2026, 12, 7, 8)
    # Monday 08:00 itself: the full window is open
    assert defer_until(CSC, at(ASTANA, 2026, 12, 7, 8, 0), complex_question=True) is None


def test_only_a_policy_with_duty_windows_defers() -> None:
    saturday = at(ASTANA, 2026, 12, 5, 10, 0)
    assert defer_until(KZP, saturday, complex_question=True) is None
    assert defer_until(EEP, saturday, complex_question=True) is None


# ------------------------------------------------------------------ hours, automatic reply


def test_kzp_30_10_outside_hours_reply_in_kazakh_with_the_hours() -> None:
    assert outside_hours_reply(KZP, at(ASTANA, 2026, 12, 4, 17, 59)) is None  # Friday, open
    text = outside_hours_reply(KZP, at(ASTANA, 2026, 12, 4, 18, 0))
    assert text is not None and text.startswith("Сәлеметсіз бе!")
    assert "дүйсенбі – жұма: 09:00–18:00 (Астана уақыты бойынша)" in text
    assert "{hours}" not in text
    # Monday 08:59 Astana is closed; 09:00 open
    assert outside_hours_reply(KZP, at(ASTANA, 2026, 12, 7, 8, 59)) is not None
    assert outside_hours_reply(KZP, at(ASTANA, 2026, 12, 7, 9, 0)) is None


def test_eep_5_weekend_is_outside_hours() -> None:
    text = outside_hours_reply(EEP, at(ASTANA, 2026, 12, 6, 12, 0))
    assert text is not None and "09:00–18:00" in text and "автоматты жауап" in text


def test_csc_2_2_weekend_duty_is_within_hours_and_the_reply_is_russian() -> None:
    assert outside_hours_reply(CSC, at(ASTANA, 2026, 12, 5, 9, 0)) is None  # duty window
    text = outside_hours_reply(CSC, at(ASTANA, 2026, 12, 5, 17, 0))
    assert text is not None and text.startswith("Здравствуйте!")
    assert "понедельник – пятница: 08:00–20:00 (по времени Астаны)" in text
    assert "суббота, воскресенье: 09:00–17:00 (по времени Астаны, дежурный режим)" in text


def test_kuty_hours_follow_kyiv_time_across_the_dst_change() -> None:
    # 2026-10-23 is a Friday in summer time (UTC+3), 10-26 a Monday in winter time (UTC+2):
    # 17:30 Kyiv is within hours both times, whatever the UTC offset.
    assert outside_hours_reply(KUTY, at(KYIV, 2026, 10, 23, 17, 30)) is None
    assert outside_hours_reply(KUTY, at(KYIV, 2026, 10, 26, 17, 30)) is None
    text = outside_hours_reply(KUTY, at(KYIV, 2026, 10, 26, 18, 0))
    assert text is not None and "понеділок – п'ятниця: 09:00–18:00 (за київським часом)" in text


def test_hours_text_in_other_languages() -> None:
    assert hours_text(KZP, "ru") == "понедельник – пятница: 09:00–18:00 (по времени Астаны)"
    assert hours_text(KZP, "xx") == "Monday – Friday: 09:00–18:00 (Astana time)"


def test_every_profile_has_its_reply_templates_in_its_language() -> None:
    for policy in (KUTY, KZP, EEP, CSC):
        ids = {t.id for t in policy.templates}
        assert {"acknowledgement", "request_details", "closing", "outside_hours"} <= ids
    assert {"error_registered", "closed_no_response", "callback_vip_only"} <= {
        t.id for t in EEP.templates
    }
    # CSC-2.5: answers in Russian; KZP/EEP Kazakh; KUTY Ukrainian
    assert all("Здравствуйте" in t.text or "Рады" in t.text for t in CSC.templates)
    assert KUTY.template("acknowledgement").text.startswith("Добрий день!")  # type: ignore[union-attr]
    closed = EEP.template("closed_no_response")
    assert closed is not None and "«клиенттен жауап келмеді»" in closed.text  # EEP-15


def test_eep_13_error_registered_names_the_number() -> None:
    template = EEP.template("error_registered")
    assert template is not None
    text = expand_template(EEP, template, registration_number="EEP-2026-000042")
    assert "тіркеу нөмірі: EEP-2026-000042." in text and "{" not in text


# ------------------------------------------------------------------ KZP-30-11


@pytest.mark.parametrize(
    "text",
    [
        "Please send us your password so we can check.",
        "What is your login?",
        "Пришлите, пожалуйста, ваш логин и пароль.",
        "Не могли бы вы прислать пароль от кабинета?",
        "Надішліть, будь ласка, ваш пароль.",
        "Який ваш логін?",
        "Құпиясөзіңізді жіберіңізші.",
        "Жеке кабинетке кіру деректерін жазыңыз.",
        "Добрый день! Укажите РЕГИСТРАЦИОННЫЕ данные. Спасибо.",
        "Can you tell me the password you use?",
        "Вкажіть, будь ласка, логін від кабінету",
    ],
)
def test_kzp_30_11_a_reply_asking_for_credentials_is_warned(text: str) -> None:
    assert credential_warning(KZP, text) == CREDENTIAL_WARNING


@pytest.mark.parametrize(
    "text",
    [
        "We will never ask for your password.",
        "Do not send your password to anyone.",
        "Мы никогда не запрашиваем пароль.",
        "Не присылайте пароль никому.",
        "Ми ніколи не просимо ваш пароль.",
        "Құпиясөзіңізді ешкімге жібермеңіз.",
        "Техникалық қолдау ешқашан құпиясөзіңізді сұрамайды.",
        "Чтобы сменить пароль, нажмите «Забыли пароль» на странице входа.",
        "Опишіть, будь ласка, проблему і надішліть знімок екрана.",
        # the desk's own future, not an ask
        "We will send you a new password by e-mail.",
        "Enter your password on the portal's login page.",
        "Мы отправим вам ссылку для смены пароля.",
        "Ми надішлемо вам посилання для зміни пароля.",
        "Біз сізге құпиясөзді қалпына келтіру сілтемесін жібереміз.",
    ],
)
def test_kzp_30_11_no_false_alarm(text: str) -> None:
    assert credential_warning(KZP, text) is None


def test_kzp_30_11_only_where_the_policy_forbids_it_and_own_templates_pass() -> None:
    assert credential_warning(KUTY, "Please send us your password.") is None
    assert credential_warning(CSC, "Пришлите пароль.") is None
    for policy in (KUTY, KZP, EEP, CSC):
        for template in policy.templates:
            assert credential_warning(KZP, template.text) is None, (policy.name, template.id)
    script = KZP.script("never_asks_passwords")
    assert script is not None and credential_warning(KZP, script.text) is None


# ------------------------------------------------------------------ EEP-8


def test_eep_8_callback_only_for_vip() -> None:
    refusal = callback_refusal(EEP, "basic")
    assert refusal is not None and "vip" in refusal and "EEP-8" in refusal
    assert callback_refusal(EEP, None) is not None  # no level known: not VIP
    assert callback_refusal(EEP, "vip") is None
    assert callback_refusal(KUTY, None) is None  # no callback channel: missed-call call-backs


def test_closed_since_is_the_last_window_end() -> None:
    """KZP-30-10: the closed period an outside-hours reply is sent once in."""
    monday_night = at(ASTANA, 2026, 12, 7, 3, 0)
    assert closed_since(KZP, monday_night) == at(ASTANA, 2026, 12, 4, 18, 0)  # Friday
    assert closed_since(KZP, at(ASTANA, 2026, 12, 7, 18, 0)) == at(ASTANA, 2026, 12, 7, 18, 0)
    assert closed_since(KZP, at(ASTANA, 2026, 12, 7, 12, 0)) is None  # open
    assert closed_since(CSC, at(ASTANA, 2026, 12, 5, 17, 30)) == at(ASTANA, 2026, 12, 5, 17, 0)
