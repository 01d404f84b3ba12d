"""The browser query returns exactly the rows a brute-force filter over the same data does,
in order, across keyset pages."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models import Call, Operator, OperatorRole, Recording
from db.models_incidents import (
    Complaint,
    ComplaintCategory,
    ComplaintLink,
    ComplaintStatus,
    Incident,
    IncidentChannel,
    IncidentKind,
    IncidentStatus,
)
from db.session import close_database, open_database
from desk.roles import Actor, PermissionDenied
from recordings.search import CallFilter, SortOrder, browse_calls, search_calls
from telephony.protocol import CallDirection, RecordingStatus

T0 = datetime(2026, 1, 1, tzinfo=UTC)
NUMBERS = ["+380441000001", "+380441000002", "+380672000003", "+380672000004", None]
STATES = ["verified", "not_verified", "locked", None]


@dataclass
class Fact:
    id: str
    ring_at: datetime
    number: str | None
    operator_id: int
    state: str | None
    held: bool
    kinds: set[str]
    complaint: bool


@pytest.fixture(scope="module")
def data(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[sessionmaker[Session], list[Fact]]]:
    rnd = random.Random(5)
    sessions = open_database(f"sqlite:///{tmp_path_factory.mktemp('s') / 'k.sqlite3'}")
    facts = []
    with sessions.begin() as s:
        for i in (1, 2, 3):
            s.add(
                Operator(
                    id=i, username=f"op{i}", display_name=f"Op {i}", role=OperatorRole.OPERATOR
                )
            )
        s.flush()
        complaint = Complaint(
            complainant_name="x",
            text="x",
            received_at=T0,
            category=ComplaintCategory.SIMPLE,
            due_at=T0.date(),
            status=ComplaintStatus.NEW,
        )
        s.add(complaint)
        s.flush()
        for n in range(300):
            # duplicate ring times on purpose: the keyset must break ties by id
            f = Fact(
                f"c{n:05d}",
                T0 + timedelta(minutes=rnd.randrange(0, 60 * 24 * 20, 7)),
                rnd.choice(NUMBERS),
                rnd.randint(1, 3),
                rnd.choice(STATES),
                rnd.random() < 0.1,
                set(),
                False,
            )
            s.add(
                Call(
                    id=f.id,
                    direction=CallDirection.INCOMING,
                    remote_number=f.number,
                    ring_at=f.ring_at,
                    operator_id=f.operator_id,
                    seat="s",
                    verification_state=f.state,
                )
            )
            s.flush()
            s.add(
                Recording(
                    id=f"r{n:05d}",
                    call_id=f.id,
                    directory="/x",
                    duration_s=1.0,
                    status=RecordingStatus.COMPLETE,
                    started_at=f.ring_at,
                    legal_hold=f.held,
                )
            )
            if rnd.random() < 0.1:
                kind = rnd.choice(list(IncidentKind))
                f.kinds.add(kind.value)
                s.add(
                    Incident(
                        kind=kind,
                        channel=IncidentChannel.VOICE,
                        call_id=f.id,
                        pressed_at=f.ring_at,
                        operator_name="x",
                        status=IncidentStatus.OPEN,
                    )
                )
            r = rnd.random()
            if r < 0.03:
                s.add(ComplaintLink(complaint_id=complaint.id, call_id=f.id))
                f.complaint = True
            elif r < 0.06:
                s.flush()
                s.add(ComplaintLink(complaint_id=complaint.id, recording_id=f"r{n:05d}"))
                f.complaint = True
            facts.append(f)
    yield sessions, facts
    close_database(sessions)


def matches(f: Fact, flt: CallFilter) -> bool:
    return (
        (flt.date_from is None or f.ring_at >= flt.date_from)
        and (flt.date_to is None or f.ring_at < flt.date_to)
        and (flt.operator_id is None or f.operator_id == flt.operator_id)
        and (
            not flt.number or (f.number or "").startswith(flt.number)
            if flt.number_prefix
            else not flt.number or f.number == flt.number
        )
        and (flt.verification_state is None or f.state == flt.verification_state)
        and (flt.incident_kind is None or flt.incident_kind.value in f.kinds)
        and (flt.held is None or f.held is flt.held)
        and (flt.complaint is None or f.complaint is flt.complaint)
    )


FILTERS = {
    "all": CallFilter(),
    "week": CallFilter(date_from=T0 + timedelta(days=3), date_to=T0 + timedelta(days=10)),
    "number": CallFilter(number="+380441000002"),
    "prefix": CallFilter(number="+38067", number_prefix=True),
    "operator_week": CallFilter(operator_id=2, date_from=T0 + timedelta(days=5)),
    "state": CallFilter(verification_state="locked"),
    "held": CallFilter(held=True),
    "not_held": CallFilter(held=False, operator_id=1),
    "threat": CallFilter(incident_kind=IncidentKind.THREAT),
    "complaint": CallFilter(complaint=True),
    "no_complaint": CallFilter(complaint=False, number="+380441000001"),
}


@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize("name", sorted(FILTERS))
def test_filter_and_pages_match_brute_force(
    data: tuple[sessionmaker[Session], list[Fact]], name: str, sort: SortOrder
) -> None:
    sessions, facts = data
    flt = FILTERS[name]
    expected = sorted(
        (f for f in facts if matches(f, flt)),
        key=lambda f: (f.ring_at, f.id),
        reverse=sort is SortOrder.NEWEST,
    )
    got, cursor, pages = [], None, 0
    with sessions.begin() as s:
        while True:
            page = search_calls(s, flt, sort, cursor, page_size=17)
            got.extend(page.rows)
            pages += 1
            cursor = page.next_cursor
            if cursor is None:
                break
    assert [r.call_id for r in got] == [f.id for f in expected]
    assert pages == max(1, -(-len(expected) // 17)) or len(expected) % 17 == 0
    by_id = {f.id: f for f in facts}
    for row in got:
        assert row.held is by_id[row.call_id].held
        assert set(row.incident_kinds) == by_id[row.call_id].kinds
        assert row.operator_name == f"Op {by_id[row.call_id].operator_id}"
    assert expected, f"filter {name} selects nothing: the test would prove little"


def test_browse_needs_play_permission(data: tuple[sessionmaker[Session], list[Fact]]) -> None:
    sessions, _ = data
    with pytest.raises(PermissionDenied):
        browse_calls(sessions, Actor("op1", OperatorRole.OPERATOR, 1), CallFilter())
    page = browse_calls(sessions, Actor("s", OperatorRole.SUPERVISOR, 9), CallFilter(), page_size=5)
    assert len(page.rows) == 5 and page.next_cursor


def test_bad_cursor(data: tuple[sessionmaker[Session], list[Fact]]) -> None:
    with data[0].begin() as s, pytest.raises(ValueError, match="cursor"):
        search_calls(s, CallFilter(), page="garbage")


def test_indexes_used(tmp_path: Path, data: tuple[sessionmaker[Session], list[Fact]]) -> None:
    """The typical pages are index scans, never a full sort of calls."""
    from sqlalchemy.dialects import sqlite

    sessions, _ = data
    import recordings.search as search

    with sessions.begin() as s:
        for flt in (CallFilter(), FILTERS["number"], CallFilter(operator_id=2)):
            stmt = (
                search._where(search.sa.select(Call.id), flt)
                .order_by(Call.ring_at.desc(), Call.id.desc())
                .limit(50)
            )
            sql = str(
                stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            )
            plan = " ".join(
                str(r[-1]) for r in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
            )
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_wrap_up_text_and_category_filters(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Issue 11: topic, notes and registration number are searched whatever the case
    (Cyrillic too, which SQLite's LIKE does not fold), the category filters exactly, and
    LIKE's wildcards in the query are literal."""
    from desk.policy import load_policy
    from desk.wrapups import WrapUpInput, save_wrap_up

    server = request.getfixturevalue("postgres_server") if backend == "postgresql" else None
    url = server.create_database() if server else f"sqlite:///{tmp_path / 'k.sqlite3'}"
    sessions = open_database(url)
    kuty, olena = load_policy("kuty"), Actor("olena", OperatorRole.OPERATOR, 1)
    wraps = [
        ("registration", "Не приходить SMS", "Порадила перевірити ЧЕРГУ повідомлень"),
        ("queue_position", "Питала про чергу", "відмова за KUTY-2.4, 100% ввічливо"),
        ("data_change", "Зміна прізвища", "Мар\u02bcяна"),
        (None, "", ""),
    ]
    try:
        with sessions.begin() as s:
            s.add(Operator(id=1, username="olena", display_name="О", role=OperatorRole.OPERATOR))
            for i in range(len(wraps)):
                s.add(Call(id=f"w{i}", direction=CallDirection.INCOMING,
                           ring_at=T0 + timedelta(minutes=i), remote_number="+380441000001",
                           seat="s"))  # fmt: skip
        numbers = {}
        for i, (category, topic, notes) in enumerate(wraps):
            if category is not None:
                saved = save_wrap_up(
                    sessions, olena, kuty,
                    WrapUpInput(call_id=f"w{i}", category=category, topic=topic, notes=notes),
                    now=T0 + timedelta(hours=1),
                )  # fmt: skip
                numbers[f"w{i}"] = saved.registration_number

        def ids(**criteria: Any) -> list[str]:
            with sessions() as s:
                page = search_calls(s, CallFilter(**criteria), SortOrder.OLDEST, page_size=2)
                rows = list(page.rows)
                while page.next_cursor:
                    page = search_calls(
                        s, CallFilter(**criteria), SortOrder.OLDEST, page.next_cursor, 2
                    )
                    rows += page.rows
            return [r.call_id for r in rows]

        assert ids(text="черг") == ["w0", "w1"]  # "ЧЕРГУ" in notes, "чергу" in the topic
        assert ids(text="  Черга ") == []  # a word neither contains
        assert ids(text="мар\u02bcяна") == ["w2"]  # the typed apostrophe is kept, and found
        assert ids(text="100%") == ["w1"] and ids(text="_") == []
        assert ids(text=str(numbers["w2"]).lower()) == ["w2"]
        assert ids(category="queue_position") == ["w1"]
        assert ids(category="queue_position", text="sms") == []
        assert ids(text="") == ["w0", "w1", "w2", "w3"]  # empty: no filter
        with sessions() as s:
            row = search_calls(s, CallFilter(category="data_change")).rows[0]
        assert (row.category, row.topic, row.wrap_up_status) == (
            "data_change", "Зміна прізвища", "complete",
        )  # fmt: skip
        assert row.registration_number == numbers["w2"]
        assert row.to_json_dict()["registration_number"] == numbers["w2"]
    finally:
        close_database(sessions)
        if server:
            server.drop_database(url)
