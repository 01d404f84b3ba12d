"""The host's half of live listening (issue 13): a grant-bearing INVITE the engine holds
is answered only after the check says yes; no check, a failing check or a refusal: no."""

from __future__ import annotations

import json
from typing import Any

import pytest

from seat.supervisor import EngineSupervisor, SupervisorConfig
from telephony import protocol as p
from tests.unit.seat.test_supervisor import READY, CallLog, FakeHost, Listener

REQUEST = p.ListenRequested(listen_id="g1", call_id="c1", token_sha256="ab" * 32,
                            source="127.0.0.1:5080")  # fmt: skip


def _run(check: Any) -> list[dict[str, Any]]:
    host = FakeHost()
    config = SupervisorConfig(argv=["engine"], actor="seat:s1", listen_check=check)
    sup = EngineSupervisor(config, host, Listener(), CallLog())
    sup.start()
    sup.on_line(p.encode_event(READY))
    sup.on_line(p.encode_event(REQUEST))
    assert host.spawned[0].lines == []  # nothing is answered before the check ran
    host.finish_jobs()
    return [json.loads(line) for line in host.spawned[0].lines]


def test_a_grant_the_check_admits_is_accepted() -> None:
    seen: list[p.ListenRequested] = []
    [command] = _run(lambda event: seen.append(event))  # None: admitted
    assert seen == [REQUEST]
    assert command == {"cmd": "listen_accept", "call_id": None, "args": {"listen_id": "g1"}}


@pytest.mark.parametrize(
    ("check", "reason"),
    [
        (lambda _e: "replayed", "replayed"),
        (lambda _e: 1 / 0, "the grant could not be checked"),
    ],
)
def test_refused_or_failing_checks_refuse(check: Any, reason: str) -> None:
    [command] = _run(check)
    assert command["cmd"] == "listen_refuse" and command["args"]["reason"] == reason


def test_without_a_check_nobody_listens() -> None:
    host = FakeHost()
    sup = EngineSupervisor(SupervisorConfig(argv=["engine"]), host, Listener(), CallLog())
    sup.start()
    sup.on_line(p.encode_event(REQUEST))
    [command] = [json.loads(line) for line in host.spawned[0].lines]
    assert command["cmd"] == "listen_refuse"
