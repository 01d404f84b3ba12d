"""Three seats behind Kamailio on one PostgreSQL: every call answered once, recorded once.

All seats register the same AOR, so Kamailio forks each INVITE to all three; the first
seat to ring answers (bench/seats.py AnswerDesk explains why not `--auto-answer`), and
Kamailio CANCELs the other two with `Reason: SIP;cause=200`, which they must record as
"answered elsewhere", not as missed calls. The seats share the recordings root and the
database; every sipp call must end up with exactly one answered row and one complete
recording whose files exist under the shared root.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.seats import Cluster, cluster, place_calls, settled_audit
from tests.conftest import Speech
from tests.support.postgres import PostgresServer

pytestmark = [pytest.mark.sip, pytest.mark.slow]

CALLS = 20
CPS = 1.0


@pytest.fixture
def database(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.create_database("seats")
    yield url
    postgres_server.drop_database(url)


@pytest.fixture
def seats(database: str, tmp_path: Path) -> Iterator[Cluster]:
    with cluster(database, tmp_path, seats=3) as group:
        yield group


def test_each_call_is_answered_by_one_seat_and_recorded_once(
    seats: Cluster, speech_wav: Speech, tmp_path: Path
) -> None:
    talk_ms = int((speech_wav.duration_s + 0.5) * 1000)
    result = place_calls(seats, speech_wav.ulaw, talk_ms, CALLS, CPS, tmp_path / "sipp")
    assert result.returncode == 0, f"{result.describe()}\n{seats.kamailio.log_tail()}"
    assert result.stats.get("SuccessfulCall(C)") == str(CALLS), result.stats

    report = settled_audit(seats, CALLS)
    assert report.open_rows == 0, report.rows
    assert report.lost == [] and report.duplicated == [], (report.lost, report.duplicated)
    answering_seats = set()
    for number in range(1, CALLS + 1):
        rows = report.rows[number]
        assert sorted(r["seat"] for r in rows) == sorted(seats.names), rows  # all rang
        answered = [r for r in rows if r["answer_at"] is not None]
        assert len(answered) == 1, rows
        assert answered[0]["end_reason"] == "remote_hangup", answered
        assert int(answered[0]["complete"]) == 1, answered
        others = [r for r in rows if r["answer_at"] is None]
        assert [r["end_reason"] for r in others] == ["answered_elsewhere"] * 2, others
        answering_seats.add(answered[0]["seat"])

    # one recording directory per call, all under the shared root, none in the seats' dirs
    sidecars = list(seats.recordings_root.rglob("call.json"))
    assert len(sidecars) == CALLS, sidecars
    for seat in seats.seats:
        assert not list((seat.data_dir / "recordings").rglob("*.wav")), seat.data_dir
        assert seat.find("alert", lambda e: e.get("code") == "recording_failed") == []
    assert len(answering_seats) >= 2, answering_seats  # the calls really spread
