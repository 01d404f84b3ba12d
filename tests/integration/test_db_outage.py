"""PostgreSQL stopped mid-run and started again: every call's rows present, none twice.

A real `kuty serve` on a real PostgreSQL: while the server is down, calls are still
answered and recorded, the seat says it is degraded, and once the server is back the
journaled events are written; `kuty calls list` then shows each call once, recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.postgres import PostgresServer
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command

pytestmark = [pytest.mark.sip, pytest.mark.slow]


@pytest.fixture
def database(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.create_database("outage")
    yield url
    if not postgres_server.running:
        postgres_server.start()
    postgres_server.drop_database(url)


def place_call(serve: ServeProcess, number: str) -> str:
    """One 2-second call from `number`; returns its call id once its recording finished."""
    since = serve.mark()
    argv = simcall_command(serve.sip_uri, from_number=number, say="Тест", duration=2)
    result = run_simcall(argv, timeout=60)
    assert result.returncode == 0, result.describe()
    incoming = serve.wait_for("call_incoming", since=since)
    call_id = str(incoming["call_id"])
    finished = serve.wait_for(
        "recording_finished", lambda e: e["call_id"] == call_id, timeout=30, since=since
    )
    assert finished["status"] == "complete", finished
    return call_id


def test_calls_during_an_outage_are_written_once_when_the_database_returns(
    tmp_data_dir: Path, postgres_server: PostgresServer, database: str
) -> None:
    env = {"KUTY_DATABASE_URL": database}
    with ServeProcess(tmp_data_dir, auto_answer=True, env=env) as serve:
        before = [place_call(serve, "+380501234567")]

        postgres_server.stop("fast")
        since = serve.mark()
        during = [place_call(serve, "+380501234568"), place_call(serve, "+380501234569")]
        degraded = serve.wait_for("database_degraded", since=since)
        assert degraded["pending"] >= 1, degraded
        assert serve.find("alert", lambda e: e.get("code") == "database_error", since) == []

        postgres_server.start()
        recovered = serve.wait_for("database_recovered", timeout=30, since=since)
        assert recovered["replayed"] >= len(during) * 3, recovered  # incoming..finished each
        after = [place_call(serve, "+380501234560")]  # written directly again

        calls = serve.calls_json()
    assert (tmp_data_dir / "db-journal.jsonl").read_bytes() == b""
    expected = before + during + after
    assert sorted(c["call_id"] for c in calls) == sorted(expected), calls  # once each
    for call in calls:
        assert call["answer_at"] and call["end_at"], call
        assert call["recording_status"] == "complete", call
        assert call["caller_sha256"] and call["operator_sha256"], call
        assert Path(call["caller_path"]).is_file(), call
