"""The audit chain verifies when intact and names the first bad row when tampered with.

Every test runs on SQLite and on a real PostgreSQL server (`db_url` is parametrised).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import AuditVerification, append_audit, compute_row_hash, verify_audit_chain
from db.models import GENESIS_HASH, AuditEvent
from db.session import close_database, make_engine, session_factory

ROWS = 20


def _fill_chain(sessions: sessionmaker[Session], rows: int = ROWS) -> None:
    for n in range(rows):
        with sessions.begin() as session:
            append_audit(
                session, "recording_played", f"operator:{n % 3}", {"n": n, "ї": "ґ"}, f"call-{n}"
            )


def _verify(url: str) -> AuditVerification:
    engine = make_engine(url)
    try:
        with session_factory(engine)() as session:
            return verify_audit_chain(session)
    finally:
        engine.dispose()


_DROP_TRIGGERS = {
    "sqlite": ("DROP TRIGGER audit_events_no_update", "DROP TRIGGER audit_events_no_delete"),
    "postgresql": ("DROP TRIGGER audit_events_no_change ON audit_events",),
}


@pytest.fixture
def chain_url(db_url: str, sessions: sessionmaker[Session]) -> str:
    """A database holding an intact 20-row chain, closed so nothing else holds it open."""
    _fill_chain(sessions)
    close_database(sessions)
    return db_url


@pytest.fixture
def tampered_copy(chain_url: str) -> Iterator[Callable[..., str]]:
    """Let the test tamper with the chain as an attacker with write access to the database.

    The attacker drops the append-only triggers first (the owner of a SQLite file or a
    PostgreSQL superuser can), so only the hash chain stands between them and the evidence.
    """
    engine = make_engine(chain_url)
    with engine.begin() as connection:
        for statement in _DROP_TRIGGERS[engine.dialect.name]:
            connection.exec_driver_sql(statement)

    def tamper(*statements: str | sa.Executable) -> str:
        with engine.begin() as connection:
            for statement in statements:
                if isinstance(statement, str):  # raw SQL: payload JSON has colons
                    connection.exec_driver_sql(statement)
                else:
                    connection.execute(statement)
        return chain_url

    yield tamper
    engine.dispose()


def _row(url: str, row_id: int) -> tuple[str, str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            row_hash, prev_hash = connection.execute(
                sa.text("SELECT row_hash, prev_hash FROM audit_events WHERE id = :id"),
                {"id": row_id},
            ).one()
    finally:
        engine.dispose()
    return row_hash, prev_hash


def _forged_insert(row_id: int, prev_hash: str) -> sa.Executable:
    """A row a careful forger would write: its own hash is right, only its place is not."""
    at = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
    payload = '{"n":999}'
    row_hash = compute_row_hash(
        id=row_id,
        at=at,
        kind="recording_deleted",
        actor="intruder",
        call_id=None,
        payload=payload,
        prev_hash=prev_hash,
    )
    # Core insert: the timestamp is stored exactly as the application would store it.
    return sa.insert(AuditEvent.__table__).values(
        id=row_id,
        at=at,
        kind="recording_deleted",
        actor="intruder",
        call_id=None,
        payload=payload,
        prev_hash=prev_hash,
        row_hash=row_hash,
    )


def test_intact_chain_verifies(chain_url: str) -> None:
    result = _verify(chain_url)
    assert result == AuditVerification(
        ok=True, checked=ROWS, first_bad_id=None, problem="", head_hash=_row(chain_url, ROWS)[0]
    )


def test_first_row_starts_from_genesis_and_links(sessions: sessionmaker[Session]) -> None:
    _fill_chain(sessions, rows=3)
    with sessions() as session:
        rows = session.scalars(sa.select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [r.id for r in rows] == [1, 2, 3]
    assert rows[0].prev_hash == GENESIS_HASH
    assert rows[1].prev_hash == rows[0].row_hash
    assert rows[2].prev_hash == rows[1].row_hash
    assert rows[0].payload == '{"n":0,"ї":"ґ"}'
    assert rows[0].at.tzinfo is UTC


def test_empty_chain_is_ok(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        assert verify_audit_chain(session) == AuditVerification(True, 0, None, "")


def test_edited_payload(tampered_copy: Callable[..., str]) -> None:
    url = tampered_copy("UPDATE audit_events SET payload = '{\"n\":0}' WHERE id = 7")
    result = _verify(url)
    assert (result.ok, result.first_bad_id, result.checked) == (False, 7, 6)
    assert "content" in result.problem


def test_edited_payload_with_recomputed_hash(
    chain_url: str, tampered_copy: Callable[..., str]
) -> None:
    _, prev_hash = _row(chain_url, 7)
    url = tampered_copy("DELETE FROM audit_events WHERE id = 7", _forged_insert(7, prev_hash))
    result = _verify(url)
    assert (result.ok, result.first_bad_id) == (False, 8)
    assert "prev_hash" in result.problem


def test_deleted_row(tampered_copy: Callable[..., str]) -> None:
    result = _verify(tampered_copy("DELETE FROM audit_events WHERE id = 10"))
    assert (result.ok, result.first_bad_id, result.checked) == (False, 11, 9)


def test_deleted_first_row(tampered_copy: Callable[..., str]) -> None:
    result = _verify(tampered_copy("DELETE FROM audit_events WHERE id = 1"))
    assert (result.ok, result.first_bad_id, result.checked) == (False, 2, 0)
    assert "first row" in result.problem


def test_inserted_forged_row_at_the_end(chain_url: str, tampered_copy: Callable[..., str]) -> None:
    # Branches off row 19 as if row 20 never happened.
    result = _verify(tampered_copy(_forged_insert(21, _row(chain_url, 19)[0])))
    assert (result.ok, result.first_bad_id, result.checked) == (False, 21, 20)


def test_inserted_forged_row_in_a_gap(chain_url: str, tampered_copy: Callable[..., str]) -> None:
    url = tampered_copy(
        "DELETE FROM audit_events WHERE id = 15",
        _forged_insert(15, _row(chain_url, 14)[0]),
    )
    result = _verify(url)
    assert (result.ok, result.first_bad_id) == (False, 16)


def test_swapped_rows(tampered_copy: Callable[..., str]) -> None:
    url = tampered_copy(
        "UPDATE audit_events SET id = -5 WHERE id = 5",
        "UPDATE audit_events SET id = 5 WHERE id = 6",
        "UPDATE audit_events SET id = 6 WHERE id = -5",
    )
    result = _verify(url)
    assert (result.ok, result.first_bad_id, result.checked) == (False, 5, 4)


def test_payload_must_be_json(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(ValueError, match="JSON"), sessions.begin() as session:
        append_audit(session, "k", "a", {"when": datetime.now(UTC)})
    with pytest.raises(ValueError, match="JSON"), sessions.begin() as session:
        append_audit(session, "k", "a", {"x": float("nan")})
    with sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)) == 0


def test_several_appends_in_one_transaction(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        first = append_audit(session, "a", "x", {})
        second = append_audit(session, "b", "x", {})
        assert second.prev_hash == first.row_hash
    with sessions() as session:
        assert verify_audit_chain(session).checked == 2


def test_concurrent_writers_do_not_fork_the_chain(sessions: sessionmaker[Session]) -> None:
    errors: list[BaseException] = []

    def writer(worker: int) -> None:
        try:
            for n in range(10):
                with sessions.begin() as session:
                    append_audit(session, "k", f"worker:{worker}", {"n": n})
        except BaseException as exc:  # reported below; a thread must not swallow it
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sessions() as session:
        result = verify_audit_chain(session)
    assert (result.ok, result.checked) == (True, 40)


def test_head_and_hashes_at_anchored_counts(
    chain_url: str, tampered_copy: Callable[..., str]
) -> None:
    """Fault 9: the chain's hash at an anchor's count is what `kuty audit verify` compares;
    a chain cut at the end verifies by itself, so only the anchored head can tell."""
    from db.audit import AuditHead, audit_head

    engine = make_engine(chain_url)
    try:
        with session_factory(engine)() as session:
            head = audit_head(session)
            full = verify_audit_chain(session, at_counts={0, 5, ROWS, ROWS + 1})
    finally:
        engine.dispose()
    assert head == AuditHead(ROWS, full.head_hash)
    assert full.hashes_at[0] == GENESIS_HASH and full.hashes_at[ROWS] == head.hash
    assert set(full.hashes_at) == {0, 5, ROWS}  # ROWS + 1 is beyond the chain
    assert AuditHead.from_json(head.to_json_dict()) == head
    assert AuditHead.from_json({"count": "9", "hash": head.hash}) is None
    cut = _verify(tampered_copy(sa.delete(AuditEvent).where(AuditEvent.id > ROWS - 2)))
    assert cut.ok and cut.checked == ROWS - 2  # the chain alone cannot see the cut
