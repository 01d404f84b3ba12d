"""Wrap-ups (issue 11) on a real database: validation, one per call, numbers, call-backs.

SQLite in tmp_path for the behaviour; the registration-number race runs on the real
PostgreSQL server too, where seats really do write at the same time.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import AuditEvent, Call, Operator, OperatorRole
from db.models_operator_day import WrapUp as WrapUpRow
from db.session import close_database, open_database
from desk.errors import NotFound
from desk.policy import load_policy
from desk.roles import Actor, PermissionDenied, Role
from desk.wrapups import (
    WrapUpError,
    WrapUpInput,
    callbacks_due,
    mark_callback_done,
    next_registration_number,
    save_wrap_up,
    wrap_up_for_call,
)
from telephony.protocol import CallDirection, EndReason
from tests.support.postgres import PostgresServer

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # 12:00 in Kyiv
CALL, CALL2 = "c0000000-0000-4000-8000-000000000001", "c0000000-0000-4000-8000-000000000002"
OLENA = Actor("olena", Role.OPERATOR, 1)
PETRO = Actor("petro", Role.SUPERVISOR, 2)
KUTY = load_policy("kuty")
EEP = load_policy("eep")


def _seed(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        s.add(
            Operator(
                id=1, username="olena", display_name="Олена Коваль", role=OperatorRole.OPERATOR
            )
        )
        s.add(Operator(id=2, username="petro", display_name="Петро", role=OperatorRole.SUPERVISOR))
        s.add(Operator(id=3, username="ira", display_name="Ірина", role=OperatorRole.HEAD_ADMIN))
        s.flush()
        for call_id, number in ((CALL, "+380671234567"), (CALL2, None)):
            s.add(
                Call(
                    id=call_id, direction=CallDirection.INCOMING, remote_number=number,
                    ring_at=NOW - timedelta(minutes=5), answer_at=NOW - timedelta(minutes=4),
                    end_at=NOW - timedelta(minutes=1), end_reason=EndReason.REMOTE_HANGUP,
                    seat="seat-1",
                )
            )  # fmt: skip


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_database(f"sqlite:///{tmp_path / 'kuty.sqlite3'}")
    _seed(factory)
    yield factory
    close_database(factory)


def _audit(sessions: sessionmaker[Session], kind: str) -> list[dict[str, object]]:
    with sessions() as s:
        rows = s.scalars(sa.select(AuditEvent.payload).where(AuditEvent.kind == kind)).all()
    return [json.loads(r) for r in rows]


def test_save_then_update_one_wrap_up_per_call(sessions: sessionmaker[Session]) -> None:
    first = save_wrap_up(
        sessions, OLENA, KUTY,
        WrapUpInput(call_id=CALL, category="registration", topic="Не приходить SMS з кодом",
                    notes="Порадила перевірити номер у профілі"),
        now=NOW,
    )  # fmt: skip
    # KUTY: an in-scope contact gets a number, by the desk's day (Kyiv), from the policy.
    assert first.registration_number == "KUTY-20261201-00001"
    assert first.status == "complete" and first.operator == "Олена Коваль"
    again = save_wrap_up(
        sessions, OLENA, KUTY,
        WrapUpInput(call_id=CALL, category="queue_position", out_of_scope_rule="KUTY-2.4",
                    refused_rules=("KUTY-2.4", "KUTY-2.4")),
        now=NOW + timedelta(seconds=30),
    )  # fmt: skip
    assert again.id == first.id
    assert again.registration_number == first.registration_number  # kept once given
    assert again.refused_rules == ("KUTY-2.4",)
    with sessions() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(WrapUpRow)) == 1
    read = wrap_up_for_call(sessions, PETRO, CALL)
    assert read is not None and read.category == "queue_position"
    assert read.out_of_scope_rule == "KUTY-2.4"
    saved, updated = _audit(sessions, "wrap_up_saved"), _audit(sessions, "wrap_up_updated")
    assert len(saved) == 1 and len(updated) == 1
    assert saved[0]["registration_number"] == "KUTY-20261201-00001"
    assert "notes" not in saved[0] and saved[0]["notes_chars"] == len(first.notes)
    changed = updated[0]["changed"]
    assert isinstance(changed, list)
    assert set(changed) >= {"category", "out_of_scope_rule", "refused_rules"}
    with sessions() as s:
        assert verify_audit_chain(s).ok


def test_odd_unicode_is_kept_exactly(sessions: sessionmaker[Session]) -> None:
    topic = "Зміна даних: Мар\u02bcяна / Мар'яна, ї́ (combining), 👶 \u200d"
    notes = "рядок 1\nрядок 2\tі таб\nRTL: \u202eтекст\u202c"
    saved = save_wrap_up(
        sessions, OLENA, KUTY,
        WrapUpInput(call_id=CALL, category="data_change", topic=topic, notes=notes), now=NOW,
    )  # fmt: skip
    read = wrap_up_for_call(sessions, OLENA, CALL)
    assert read is not None and (read.topic, read.notes) == (topic, notes) == (
        saved.topic,
        saved.notes,
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (WrapUpInput(call_id=CALL, category="weather"), r"^category: 'weather' is not a kuty"),
        (WrapUpInput(call_id=CALL, category=""), r"^category: '' is not a kuty"),
        (
            WrapUpInput(call_id=CALL, category="registration", out_of_scope_rule="KUTY-2.1"),
            r"^out_of_scope_rule: 'KUTY-2.1' is not an out-of-scope rule of kuty \(KUTY-2.3",
        ),
        (
            WrapUpInput(call_id=CALL, category="registration", out_of_scope_rule="EEP-9"),
            r"^out_of_scope_rule: 'EEP-9'",
        ),
        (
            WrapUpInput(call_id=CALL, category="registration", refused_rules=("KUTY-3.2",)),
            r"^refused_rules: 'KUTY-3.2' is not a rule of a kuty script",
        ),
        (
            WrapUpInput(call_id=CALL, category="registration",
                        callback_due=NOW - timedelta(hours=1)),
            r"^callback_due: the call-back time is in the past",
        ),
        (
            WrapUpInput(call_id=CALL, category="registration",
                        callback_due=datetime(2026, 12, 2, 9, 0)),
            r"^callback_due: pass an aware time",
        ),
        (
            WrapUpInput(call_id=CALL, category="registration",
                        callback_due=NOW + timedelta(days=400)),
            r"^callback_due: more than a year ahead",
        ),
        (
            WrapUpInput(call_id=CALL, category="registration", callback_number="12345"),
            r"^callback_number: '12345' is not a valid phone number",
        ),
        (
            WrapUpInput(call_id=CALL, category="registration", callback_number="дзвоніть"),
            r"^callback_number: 'дзвоніть' is not a phone number",
        ),
        (
            WrapUpInput(call_id=CALL2, category="registration",
                        callback_due=NOW + timedelta(hours=1)),
            r"^callback_number: the call has no number to call back",
        ),
        (WrapUpInput(call_id=CALL, category="registration", topic="х" * 301),
         r"^topic: 301 characters, at most 300"),
        (WrapUpInput(call_id=CALL, category="registration", topic="два\nрядки"),
         r"^topic: must be one line"),
        (WrapUpInput(call_id=CALL, category="registration", notes="н" * 10_001),
         r"^notes: 10001 characters, at most 10000"),
        (WrapUpInput(call_id=CALL, category="registration", notes="a\x00b"),
         r"^notes: contains a NUL character"),
        (WrapUpInput(call_id=CALL, category="registration", registration_number="  "),
         r"^registration_number: empty"),
    ],
)  # fmt: skip
def test_bad_input_is_one_clear_line(
    sessions: sessionmaker[Session], data: WrapUpInput, message: str
) -> None:
    with pytest.raises(WrapUpError, match=message) as caught:
        save_wrap_up(sessions, OLENA, KUTY, data, now=NOW)
    assert "\n" not in str(caught.value)
    with sessions() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(WrapUpRow)) == 0
        # a refused save gives its registration number back (same transaction)
        assert next_registration_number(s, KUTY, date(2026, 12, 1)) == "KUTY-20261201-00001"


def test_unknown_call_and_permissions(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(NotFound):
        save_wrap_up(sessions, OLENA, KUTY, WrapUpInput(call_id="nope", category="registration"))
    head_admin = Actor("ira", Role.HEAD_ADMIN, 3)
    with pytest.raises(PermissionDenied):
        save_wrap_up(sessions, head_admin, KUTY, WrapUpInput(call_id=CALL, category="registration"))
    assert len(_audit(sessions, "permission_denied")) == 1


def test_incomplete_when_the_acw_limit_ran_out(sessions: sessionmaker[Session]) -> None:
    saved = save_wrap_up(
        sessions, OLENA, KUTY, WrapUpInput(call_id=CALL, incomplete=True, topic="Не встигла"),
        now=NOW,
    )  # fmt: skip
    assert saved.status == "incomplete" and saved.category == ""
    assert saved.registration_number is None  # no category, no case to number


def test_callbacks_due_and_done(sessions: sessionmaker[Session]) -> None:
    due = NOW + timedelta(hours=2)
    wrap = save_wrap_up(
        sessions, OLENA, KUTY,
        WrapUpInput(call_id=CALL, category="registration", callback_due=due,
                    callback_number="067 765 43 21"),
        now=NOW,
    )  # fmt: skip
    assert wrap.callback_number == "+380677654321"  # E.164, region UA
    other = save_wrap_up(
        sessions, OLENA, EEP,
        WrapUpInput(call_id=CALL2, category="error", callback_due=NOW + timedelta(hours=1),
                    callback_number="+7 701 234 5678",
                    case_id=_case(sessions, "vip")),  # EEP-8: call-backs for VIP only
        now=NOW,
    )  # fmt: skip
    assert other.registration_number == "EEP-2026-000001"  # EEP-13, yearly series
    listed = callbacks_due(sessions, OLENA)
    assert [w.id for w in listed] == [other.id, wrap.id]  # soonest first
    assert [w.id for w in callbacks_due(sessions, PETRO, until=NOW + timedelta(hours=1))] == [
        other.id
    ]
    mark_callback_done(sessions, OLENA, wrap.id, call_id=CALL2)
    mark_callback_done(sessions, OLENA, wrap.id, call_id=CALL2)  # a double click: no change
    assert [w.id for w in callbacks_due(sessions, OLENA)] == [other.id]
    assert len(_audit(sessions, "callback_done")) == 1
    done = wrap_up_for_call(sessions, OLENA, CALL)
    assert done is not None and done.callback_done_at is not None
    # Saving the pane again with the now-past due time is not "a call-back in the past".
    later = NOW + timedelta(hours=3)
    again = save_wrap_up(
        sessions, OLENA, KUTY,
        WrapUpInput(call_id=CALL, category="registration", callback_due=due,
                    callback_number="+380677654321", notes="додано"),
        now=later,
    )  # fmt: skip
    assert again.notes == "додано"
    save_wrap_up(sessions, OLENA, KUTY, WrapUpInput(call_id=CALL, category="registration"))
    with pytest.raises(WrapUpError, match="has no call-back"):
        mark_callback_done(sessions, OLENA, wrap.id)
    with pytest.raises(NotFound):
        mark_callback_done(sessions, OLENA, 999)


def test_a_typed_registration_number_must_be_unique(sessions: sessionmaker[Session]) -> None:
    save_wrap_up(
        sessions, OLENA, EEP,
        WrapUpInput(call_id=CALL, category="error", registration_number="EEP-2026-000777"),
        now=NOW,
    )  # fmt: skip
    with pytest.raises(WrapUpError, match="'EEP-2026-000777' is already used"):
        save_wrap_up(
            sessions, OLENA, EEP,
            WrapUpInput(call_id=CALL2, category="error", registration_number="EEP-2026-000777"),
            now=NOW,
        )  # fmt: skip


def test_numbers_restart_each_day_or_year(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        got = [next_registration_number(s, KUTY, date(2026, 12, 1)) for _ in range(2)]
        got.append(next_registration_number(s, KUTY, date(2026, 12, 2)))
        got.append(next_registration_number(s, EEP, date(2026, 12, 2)))
        got.append(next_registration_number(s, EEP, date(2027, 1, 1)))
        with pytest.raises(WrapUpError, match="kzp policy gives no registration numbers"):
            next_registration_number(s, load_policy("kzp"), date(2026, 12, 1))
    assert got == [
        "KUTY-20261201-00001",
        "KUTY-20261201-00002",
        "KUTY-20261202-00001",
        "EEP-2026-000001",
        "EEP-2027-000001",
    ]


def _race(sessions: sessionmaker[Session], workers: int, each: int) -> list[str]:
    numbers: list[str] = []
    lock, start = threading.Lock(), threading.Barrier(workers)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            start.wait()
            for _ in range(each):
                with sessions.begin() as s:
                    number = next_registration_number(s, EEP, date(2026, 12, 1))
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # reported below, not swallowed
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    return numbers


def test_concurrent_numbers_are_unique_on_sqlite(sessions: sessionmaker[Session]) -> None:
    numbers = _race(sessions, workers=4, each=5)
    assert sorted(numbers) == [f"EEP-2026-{n:06d}" for n in range(1, 21)]


def test_concurrent_numbers_are_unique_on_postgresql(postgres_server: PostgresServer) -> None:
    """Seats race for the first number of a new period (the INSERT) and for the next."""
    url = postgres_server.create_database()
    sessions = open_database(url)
    try:
        numbers = _race(sessions, workers=6, each=5)
        assert sorted(numbers) == [f"EEP-2026-{n:06d}" for n in range(1, 31)]
    finally:
        close_database(sessions)
        postgres_server.drop_database(url)


def test_a_written_contact_has_its_own_wrap_up_without_a_call(
    sessions: sessionmaker[Session],
) -> None:
    """Issue 9's messages end in a wrap-up too: no call id, so each save is a new case."""
    first = save_wrap_up(sessions, OLENA, EEP, WrapUpInput(category="error", topic="лист"), now=NOW)
    second = save_wrap_up(sessions, OLENA, EEP, WrapUpInput(category="error"), now=NOW)
    assert first.id != second.id and first.call_id is None
    assert (first.registration_number, second.registration_number) == (
        "EEP-2026-000001",
        "EEP-2026-000002",
    )
    with pytest.raises(WrapUpError, match="give the number to call back"):
        save_wrap_up(
            sessions, OLENA, EEP,
            WrapUpInput(category="error", callback_due=NOW + timedelta(hours=1)), now=NOW,
        )  # fmt: skip


def _case(sessions: sessionmaker[Session], sla_level: str | None) -> int:
    from db.models_written import Case, CaseChannel, CaseStatus

    with sessions.begin() as s:
        case = Case(policy="eep", status=CaseStatus.OPEN, channel=CaseChannel.EMAIL,
                    sla_level=sla_level, opened_at=NOW)  # fmt: skip
        s.add(case)
        s.flush()
        return case.id


def test_eep_8_a_call_back_is_promised_only_to_a_vip_case(
    sessions: sessionmaker[Session],
) -> None:
    """EEP-8: call-back orders are for VIP only; the case's SLA level (EEP-3) decides."""
    due = NOW + timedelta(hours=2)
    for level in ("basic", None):
        with pytest.raises(WrapUpError, match=r"^callback_due: .*only to cases of SLA level vip"):
            save_wrap_up(sessions, OLENA, EEP,
                         WrapUpInput(call_id=CALL, category="consultation", callback_due=due,
                                     case_id=_case(sessions, level)), now=NOW)  # fmt: skip
    with pytest.raises(WrapUpError, match="EEP-8"):  # no case known: not VIP either
        save_wrap_up(sessions, OLENA, EEP, WrapUpInput(call_id=CALL, category="consultation",
                     callback_due=due), now=NOW)  # fmt: skip
    assert wrap_up_for_call(sessions, OLENA, CALL) is None  # nothing half-saved
    vip = save_wrap_up(sessions, OLENA, EEP,
                       WrapUpInput(call_id=CALL, category="consultation", callback_due=due,
                                   case_id=_case(sessions, "vip")), now=NOW)  # fmt: skip
    assert vip.callback_due == due
    # KUTY has no callback channel: a missed call's call-back needs no SLA level
    kuty = save_wrap_up(sessions, OLENA, KUTY,
                        WrapUpInput(call_id=CALL2, category="registration", callback_due=due,
                                    callback_number="+380671234567"), now=NOW)  # fmt: skip
    assert kuty.callback_due == due
    # a wrap-up without a call-back is not refused on EEP
    plain = WrapUpInput(call_id=CALL2, category="consultation", case_id=_case(sessions, "basic"))
    assert save_wrap_up(sessions, OLENA, EEP, plain, now=NOW).callback_due is None
