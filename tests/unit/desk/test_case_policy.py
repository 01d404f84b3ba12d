"""Cases under their policy (issue 12), on SQLite and PostgreSQL: calls on cases (join,
wrap-up → voice case), EEP categories and the EEP-13 number, SLA levels (EEP-3, EEP-8),
the writer's identification (EEP-11) and verification (KUTY-2.2), the written wrap-up."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.enums import CallDirection, EndReason
from db.models import AuditEvent, Call, OperatorRole
from db.models_operator_day import WrapUp as WrapUpRow
from db.models_written import Case, CaseChannel, CaseStatus
from desk import case_policy, cases
from desk.case_policy import WriterStanding, writer_standing
from desk.case_wrapup import close_with_wrap_up, wrap_up_for_case
from desk.cases import CaseError
from desk.policy import load_policy
from desk.roles import Actor
from desk.wrapups import WrapUpError, WrapUpInput, save_wrap_up
from incidents.mailstore import store_mail

KUTY = load_policy("kuty")
EEP = load_policy("eep")
OLENA = Actor("olena", OperatorRole.OPERATOR, 1)
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def _mail(message_id: str, subject: str = "Помилка") -> bytes:
    word = "=?utf-8?B?" + base64.b64encode(subject.encode()).decode() + "?="
    return (
        f"From: Айгүл <aigul@example.kz>\r\nSubject: {word}\r\nMessage-ID: {message_id}\r\n"
        "Date: Tue, 01 Dec 2026 09:00:00 +0500\r\nTo: support@example.kz\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nПортал қате береді\r\n"
    ).encode()


def _call(sessions: sessionmaker[Session], call_id: str, *, verified: bool = False) -> None:
    with sessions.begin() as s:
        s.add(Call(id=call_id, direction=CallDirection.INCOMING, remote_number="+380501234567",
                   ring_at=NOW - timedelta(minutes=5), answer_at=NOW - timedelta(minutes=4),
                   end_at=NOW - timedelta(minutes=1), end_reason=EndReason.REMOTE_HANGUP,
                   seat="seat-1", operator_id=1,
                   verification_state="verified" if verified else None))  # fmt: skip


def _events(sessions: sessionmaker[Session], kind: str) -> list[dict[str, object]]:
    with sessions.begin() as s:
        rows = s.scalars(sa.select(AuditEvent.payload).where(AuditEvent.kind == kind)).all()
    return [json.loads(r) for r in rows]


def test_an_error_case_gets_its_own_number_once_when_categorised(
    desk_sessions: sessionmaker[Session],
) -> None:
    """EEP-4 categories, EEP-13: an *error* request gets a unique registration number from
    the policy's format when it is categorised, and keeps it from then on; a consultation
    is not numbered on arrival."""
    first = store_mail(desk_sessions, OLENA, _mail("<e1@x.kz>"), policy=EEP)
    second = store_mail(desk_sessions, OLENA, _mail("<e2@x.kz>", "Кеңес"), policy=EEP)
    assert first.registration_number is None and second.registration_number is None
    consult = case_policy.set_category(desk_sessions, OLENA, EEP, second.case_id, "consultation")
    assert consult.registration_number is None and consult.refusal is None
    error = case_policy.set_category(desk_sessions, OLENA, EEP, first.case_id, "error", now=NOW)
    assert (error.registration_number, error.numbered_now) == ("EEP-2026-000001", True)
    again = case_policy.set_category(desk_sessions, OLENA, EEP, first.case_id, "error", now=NOW)
    assert (again.registration_number, again.numbered_now) == ("EEP-2026-000001", False)
    back = case_policy.set_category(desk_sessions, OLENA, EEP, first.case_id, "consultation")
    assert back.registration_number == "EEP-2026-000001"  # EEP-13: identifies it from then on
    other = case_policy.set_category(desk_sessions, OLENA, EEP, second.case_id, "error", now=NOW)
    assert other.registration_number == "EEP-2026-000002"  # unique: never given twice
    row = cases.case_row(desk_sessions, OLENA, EEP, first.case_id)
    assert (row.category, row.registration_number) == ("consultation", "EEP-2026-000001")
    audited = _events(desk_sessions, "case_categorised")
    assert [e["numbered_now"] for e in audited] == [False, True, False, False, True]
    assert "EEP-13" in audited[1]["rules"]  # type: ignore[operator]


def test_out_of_scope_refuses_with_its_script_and_unknown_categories_are_refused(
    desk_sessions: sessionmaker[Session],
) -> None:
    """EEP-9: an out-of-scope request is recorded and answered with the policy's script."""
    stored = store_mail(desk_sessions, OLENA, _mail("<o1@x.kz>"), policy=EEP)
    result = case_policy.set_category(desk_sessions, OLENA, EEP, stored.case_id, "out_of_scope")
    assert result.refusal is not None and result.refusal.rules == ("EEP-9",)
    assert result.registration_number is None
    with pytest.raises(CaseError, match="not a eep category"):
        case_policy.set_category(desk_sessions, OLENA, EEP, stored.case_id, "legal_question")


def test_sla_level_is_the_policys_and_decides_the_vip_callback(
    desk_sessions: sessionmaker[Session],
) -> None:
    """EEP-3 levels Basic/VIP; EEP-8: a call-back order only on a VIP case (the call's
    case, joined by the operator)."""
    stored = store_mail(desk_sessions, OLENA, _mail("<s1@x.kz>"), policy=EEP)
    _call(desk_sessions, "c-vip")
    cases.join_call(desk_sessions, OLENA, stored.case_id, "c-vip")
    due = datetime.now(UTC) + timedelta(hours=1)
    data = WrapUpInput(call_id="c-vip", category="consultation", callback_due=due)
    with pytest.raises(WrapUpError, match="callback_due"):
        save_wrap_up(desk_sessions, OLENA, EEP, data)  # no level yet: not VIP
    case_policy.set_sla_level(desk_sessions, OLENA, EEP, stored.case_id, "vip")
    assert cases.case_row(desk_sessions, OLENA, EEP, stored.case_id).sla_level == "vip"
    saved = save_wrap_up(desk_sessions, OLENA, EEP, data)
    assert saved.callback_due is not None and saved.case_id == stored.case_id
    with pytest.raises(CaseError, match="not an SLA level"):
        case_policy.set_sla_level(desk_sessions, OLENA, EEP, stored.case_id, "gold")
    kuty_case = store_mail(desk_sessions, OLENA, _mail("<s2@x.kz>"), policy=KUTY)
    with pytest.raises(CaseError, match="none"):
        case_policy.set_sla_level(desk_sessions, OLENA, KUTY, kuty_case.case_id, "vip")
    assert [e["sla_level"] for e in _events(desk_sessions, "case_sla_level")] == ["vip"]


def test_eep_writer_identifies_or_is_refused_with_the_script(
    desk_sessions: sessionmaker[Session],
) -> None:
    """EEP-11: the requester identifies themselves; refusing allows refusing service."""
    stored = store_mail(desk_sessions, OLENA, _mail("<i1@x.kz>"), policy=EEP)
    row = cases.case_row(desk_sessions, OLENA, EEP, stored.case_id)
    assert writer_standing(EEP, row.identity_state, False) is WriterStanding.UNIDENTIFIED
    script = case_policy.record_identification(desk_sessions, OLENA, EEP, stored.case_id, False)
    assert script is not None and script.id == "identify_yourself"
    row = cases.case_row(desk_sessions, OLENA, EEP, stored.case_id)
    assert writer_standing(EEP, row.identity_state, False) is WriterStanding.REFUSED
    done = case_policy.record_identification(desk_sessions, OLENA, EEP, stored.case_id, True)
    assert done is None
    row = cases.case_row(desk_sessions, OLENA, EEP, stored.case_id)
    assert writer_standing(EEP, row.identity_state, False) is WriterStanding.IDENTIFIED
    assert [e["rule"] for e in _events(desk_sessions, "writer_identified")] == ["EEP-11"]
    assert len(_events(desk_sessions, "writer_identification_refused")) == 1


def test_kuty_writer_is_verified_only_by_a_verified_call_on_the_case(
    desk_sessions: sessionmaker[Session],
) -> None:
    """KUTY-2.2: detailed help only to a verified caller (profile's number + surname, first
    name, key phrase). A mail is not verified by its From address, and KUTY asks no
    self-identification: only a verified call joined to the case verifies its writer."""
    stored = store_mail(desk_sessions, OLENA, _mail("<k1@x.kz>"), policy=KUTY)
    with pytest.raises(CaseError, match="no self-identification"):
        case_policy.record_identification(desk_sessions, OLENA, KUTY, stored.case_id, True)
    row = cases.case_row(desk_sessions, OLENA, KUTY, stored.case_id)
    standing = writer_standing(KUTY, row.identity_state, row.verified_call)
    assert standing is WriterStanding.NOT_VERIFIED
    _call(desk_sessions, "c-plain")
    cases.join_call(desk_sessions, OLENA, stored.case_id, "c-plain")
    assert not cases.case_row(desk_sessions, OLENA, KUTY, stored.case_id).verified_call
    _call(desk_sessions, "c-verified", verified=True)
    cases.join_call(desk_sessions, OLENA, stored.case_id, "c-verified")
    row = cases.case_row(desk_sessions, OLENA, KUTY, stored.case_id)
    assert row.verified_call and row.calls == 2
    assert writer_standing(KUTY, row.identity_state, row.verified_call) is WriterStanding.VERIFIED
    assert writer_standing(load_policy("kzp"), None, False) is None  # KZP asks nothing


def test_a_wrapped_up_call_lands_on_a_new_voice_case_with_the_wrap_ups_number(
    desk_sessions: sessionmaker[Session],
) -> None:
    """Every contact belongs to a case (issue 12, KUTY "Звернення" = call or message): a
    call joined to no case gets a voice case, numbered once with the wrap-up's number."""
    _call(desk_sessions, "c1")
    saved = save_wrap_up(desk_sessions, OLENA, KUTY,
                         WrapUpInput(call_id="c1", category="registration", topic="Пароль"),
                         now=NOW)  # fmt: skip
    assert saved.registration_number == "KUTY-20261201-00001" and saved.case_id is not None
    with desk_sessions.begin() as s:
        case = s.get(Case, saved.case_id)
        assert case is not None and s.get(Call, "c1").case_id == case.id  # type: ignore[union-attr]
        assert (case.channel, case.status, case.registration_number, case.category) == (
            CaseChannel.VOICE, CaseStatus.CLOSED, "KUTY-20261201-00001", "registration"
        )  # fmt: skip
    again = save_wrap_up(desk_sessions, OLENA, KUTY,
                         WrapUpInput(call_id="c1", category="data_change", topic="Адреса"),
                         now=NOW)  # fmt: skip
    assert (again.registration_number, again.case_id) == (saved.registration_number, case.id)
    with desk_sessions.begin() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Case)) == 1
        assert s.get(Case, case.id).category == "data_change"  # type: ignore[union-attr]


def test_a_joined_call_takes_its_cases_number_and_numbers_an_unnumbered_one(
    desk_sessions: sessionmaker[Session],
) -> None:
    """The caller already has the case's number: no second one for the same contact
    (KUTY). An EEP case without one gets the wrap-up's when it is an error (EEP-13)."""
    kuty_mail = store_mail(desk_sessions, OLENA, _mail("<j1@x.kz>"), policy=KUTY)
    _call(desk_sessions, "c-k")
    cases.join_call(desk_sessions, OLENA, kuty_mail.case_id, "c-k")
    saved = save_wrap_up(desk_sessions, OLENA, KUTY,
                         WrapUpInput(call_id="c-k", category="registration"), now=NOW)  # fmt: skip
    assert saved.registration_number == kuty_mail.registration_number
    assert saved.case_id == kuty_mail.case_id
    with desk_sessions.begin() as s:
        row = s.scalar(sa.select(WrapUpRow).where(WrapUpRow.call_id == "c-k"))
        assert row is not None and row.registration_number is None  # the case's, not copied
        assert (kuty_mail.registration_number or "?").casefold() in row.search_text
    [listed] = cases.thread(desk_sessions, OLENA, KUTY, kuty_mail.case_id).calls
    assert (listed.wrap_up_category, listed.end_reason, listed.duration_s) == (
        "registration", "remote_hangup", 180.0
    )  # fmt: skip
    eep_mail = store_mail(desk_sessions, OLENA, _mail("<j2@x.kz>"), policy=EEP)
    _call(desk_sessions, "c-e")
    cases.join_call(desk_sessions, OLENA, eep_mail.case_id, "c-e")
    saved = save_wrap_up(desk_sessions, OLENA, EEP,
                         WrapUpInput(call_id="c-e", category="error"), now=NOW)  # fmt: skip
    assert saved.registration_number == "EEP-2026-000001"
    row2 = cases.case_row(desk_sessions, OLENA, EEP, eep_mail.case_id)
    assert (row2.registration_number, row2.category) == ("EEP-2026-000001", "error")
    moved = [e["previous_case"] for e in _events(desk_sessions, "call_joined_case")]
    assert moved == [None, None]


def test_closing_a_written_case_stores_its_wrap_up_on_the_case(
    desk_sessions: sessionmaker[Session],
) -> None:
    """Issue 12: the written case closes with the fields of a call's wrap-up; a refused
    wrap-up leaves the case open; an error case is numbered as it closes (EEP-13)."""
    stored = store_mail(desk_sessions, OLENA, _mail("<w1@x.kz>"), policy=EEP)
    bad = WrapUpInput(category="no_such", topic="x")
    with pytest.raises(WrapUpError, match="category"):
        close_with_wrap_up(desk_sessions, OLENA, EEP, stored.case_id, bad, "шешілді")
    good = WrapUpInput(category="error", topic="Кіру қатесі", notes="Кэшті тазалау көмектесті")
    with pytest.raises(CaseError, match="reason"):
        close_with_wrap_up(desk_sessions, OLENA, EEP, stored.case_id, good, "   ")
    assert cases.case_row(desk_sessions, OLENA, EEP, stored.case_id).status == CaseStatus.NEW
    saved = close_with_wrap_up(desk_sessions, OLENA, EEP, stored.case_id, good, "шешілді",
                               now=NOW)  # fmt: skip
    assert (saved.category, saved.topic, saved.registration_number) == (
        "error", "Кіру қатесі", "EEP-2026-000001"
    )  # fmt: skip
    assert wrap_up_for_case(desk_sessions, OLENA, stored.case_id) == saved
    row = cases.case_row(desk_sessions, OLENA, EEP, stored.case_id)
    assert (row.status, row.category) == (CaseStatus.CLOSED, "error")
    with pytest.raises(CaseError, match="closed"):
        close_with_wrap_up(desk_sessions, OLENA, EEP, stored.case_id, good, "тағы")
    [event] = _events(desk_sessions, "wrap_up_saved")
    assert event["case_id"] == stored.case_id and "Кэш" not in json.dumps(event)
    oos = store_mail(desk_sessions, OLENA, _mail("<w2@x.kz>"), policy=EEP)
    out = WrapUpInput(category="out_of_scope", out_of_scope_rule="EEP-9")
    assert close_with_wrap_up(desk_sessions, OLENA, EEP, oos.case_id, out, "құзыретке жатпайды"
                              ).out_of_scope_rule == "EEP-9"  # fmt: skip
