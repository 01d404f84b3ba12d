"""Engine-client behaviour at the wire: partial lines, noise on stdout, dead engine.

The real engine never splits an event across writes on purpose or prints junk on its
channel, so these edge cases use a tiny scripted child process; everything else (calls,
kill -9, restart) is covered against the real engine in test_real_calls.py.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from console.bridge import TelephonyBridge
from console.engine_client import EngineClient
from console.tasks import DbWorker
from desk.settings import Settings
from telephony import protocol as p

SCRIPTED_ENGINE = textwrap.dedent(
    """
    import sys, time
    out = sys.stdout
    out.write("pjsua says hello, not JSON\\n"); out.flush()
    line = '{"event":"engine_ready","listen":"127.0.0.1:1","pid":1,"seat":"s"}'
    out.write(line[:20]); out.flush(); time.sleep(0.2)
    out.write(line[20:] + "\\n"); out.flush()
    for command in sys.stdin:
        out.write('{"event":"command_failed","command":%s,"message":"echo"}\\n'
                  % __import__("json").dumps(command.strip()))
        out.flush()
        if '"shutdown"' in command:
            break
    """
)


class RecordingCallLog:
    """Collects what the client would write, in order, from the database worker."""

    def __init__(self) -> None:
        self.applied: list[p.Event] = []
        self.audits: list[tuple[str, Any, dict[str, Any]]] = []

    def apply(self, event: p.Event) -> None:
        self.applied.append(event)

    def audit(
        self, kind: str, actor: Any, payload: dict[str, Any], call_id: str | None = None
    ) -> None:
        self.audits.append((kind, actor, payload))

    def list_calls(self, day: Any = None, limit: int = 200) -> list[Any]:
        return []


@pytest.fixture
def calllog() -> RecordingCallLog:
    return RecordingCallLog()


@pytest.fixture
def client(
    settings: Settings, bridge: TelephonyBridge, worker: DbWorker, calllog: RecordingCallLog
) -> Iterator[EngineClient]:
    engine = EngineClient(
        settings,
        bridge,
        worker,
        calllog=calllog,
        command=[sys.executable, "-c", SCRIPTED_ENGINE],
    )
    yield engine
    engine.stop()


def test_split_line_and_noise_still_give_one_ready_event(
    qtbot: QtBot,
    client: EngineClient,
    bridge: TelephonyBridge,
    worker: DbWorker,
    calllog: RecordingCallLog,
) -> None:
    seen: list[p.Event] = []
    bridge.event.connect(seen.append)
    states: list[str] = []
    bridge.engine_state.connect(states.append)
    with qtbot.waitSignal(bridge.engine_ready, timeout=10_000) as ready:
        client.start()
    assert ready.args is not None
    assert ready.args[0].listen == "127.0.0.1:1"
    assert [type(e) for e in seen] == [p.EngineReady]
    assert states == ["starting", "ready"]
    assert client.state == "ready"
    worker.shutdown()  # drain: the event reached the call log too
    assert calllog.applied == [ready.args[0]]


def test_commands_are_written_as_json_lines(
    qtbot: QtBot, client: EngineClient, bridge: TelephonyBridge
) -> None:
    with qtbot.waitSignal(bridge.engine_ready, timeout=10_000):
        client.start()
    with qtbot.waitSignal(bridge.command_failed, timeout=5000) as echoed:
        client.submit(p.Command(p.CommandName.HANGUP, "c9"))
    assert echoed.args is not None
    assert p.decode_command(echoed.args[0].command) == p.Command(p.CommandName.HANGUP, "c9")


def test_orderly_stop_is_not_a_death(
    qtbot: QtBot, client: EngineClient, bridge: TelephonyBridge
) -> None:
    with qtbot.waitSignal(bridge.engine_ready, timeout=10_000):
        client.start()
    with qtbot.assertNotEmitted(bridge.engine_died):
        client.stop()
    assert client.state == "stopped"


def test_command_without_engine_fails_visibly(
    qtbot: QtBot, client: EngineClient, bridge: TelephonyBridge
) -> None:
    with qtbot.waitSignal(bridge.command_failed) as failed:
        client.submit(p.Command(p.CommandName.ANSWER, "c1"))
    assert failed.args is not None
    assert failed.args[0] == p.CommandFailed(
        command="answer", message="engine not running", call_id="c1"
    )


def test_engine_that_cannot_start_is_reported_and_retried(
    qtbot: QtBot,
    settings: Settings,
    bridge: TelephonyBridge,
    worker: DbWorker,
    calllog: RecordingCallLog,
) -> None:
    engine = EngineClient(
        settings, bridge, worker, calllog=calllog, command=["/nonexistent/kuty-engine"]
    )
    died: list[str] = []
    bridge.engine_died.connect(died.append)
    try:
        engine.start()
        qtbot.waitUntil(lambda: len(died) >= 2, timeout=5000)  # 0.5 s, then 1 s backoff
    finally:
        engine.stop()
    assert "failed to start" in died[0]
    worker.shutdown()
    assert [kind for kind, _actor, _payload in calllog.audits][:2] == [
        "engine_died",
        "engine_died",
    ]
