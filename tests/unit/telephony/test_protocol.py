from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telephony import protocol as p


def _sample(cls: type[p.Event]) -> p.Event:
    values: dict[str, object] = {}
    for f in dataclasses.fields(cls):
        t = str(f.type)
        if "CallState" in t:
            values[f.name] = p.CallState.CONFIRMED
        elif "EndReason" in t:
            values[f.name] = p.EndReason.REMOTE_HANGUP
        elif "RecordingStatus" in t:
            values[f.name] = p.RecordingStatus.COMPLETE
        elif "AgentState" in t:
            values[f.name] = p.AgentState.AFTER_CALL_WORK
        elif t.startswith("int"):
            values[f.name] = 7
        elif t.startswith("float"):
            values[f.name] = 1.5
        elif t.startswith("bool"):
            values[f.name] = True
        else:
            values[f.name] = 'Ґалина ʼ"\\\n😀'
    return cls(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", list(p.EVENT_TYPES.values()), ids=lambda c: c.name)
def test_every_event_round_trips(cls: type[p.Event]) -> None:
    event = _sample(cls)
    line = p.encode_event(event)
    assert "\n" not in line  # one event per line, whatever the text holds
    assert p.decode_event(line) == event


@pytest.mark.parametrize(
    "line",
    [
        "",
        "not json",
        "[]",
        '{"event":"nope"}',
        '{"event":"call_ended","call_id":"x"}',
        '{"event":"call_state","call_id":"x","state":"bogus"}',
    ],
)
def test_bad_event_lines_raise_protocol_error(line: str) -> None:
    with pytest.raises(p.ProtocolError):
        p.decode_event(line)


def test_command_round_trip() -> None:
    cmd = p.Command(p.CommandName.DTMF, "abc", {"digits": "12#"})
    assert p.decode_command(p.encode_command(cmd)) == cmd


@given(st.text(max_size=300))
def test_decode_command_never_crashes_on_garbage(line: str) -> None:
    try:
        cmd = p.decode_command(line)
    except p.ProtocolError:
        return
    assert isinstance(cmd.cmd, p.CommandName)


def test_recording_finished_from_sidecar_with_missing_tracks() -> None:
    event = p.recording_finished_from_sidecar(
        {
            "call_id": "c",
            "recording_id": "r",
            "directory": "/d",
            "status": "failed",
            "tracks": {"caller": {"path": "/d/caller.wav", "sha256": "ab"}, "mixed": None},
        }
    )
    assert event.caller_path == "/d/caller.wav"
    assert event.operator_path == ""
    assert event.mixed_path is None
    assert event.status is p.RecordingStatus.FAILED


def test_a_command_typed_by_hand_may_give_its_arguments_at_the_top_level() -> None:
    """Issue 11: `{"cmd": "set_agent_state", "state": "ready"}` on kuty serve's stdin."""
    cmd = p.decode_command('{"cmd": "set_agent_state", "state": "not_ready", "reason": "lunch"}')
    assert cmd.cmd is p.CommandName.SET_AGENT_STATE
    assert cmd.args == {"state": "not_ready", "reason": "lunch"}
    nested = p.decode_command('{"cmd": "dial", "uri": "x", "args": {"uri": "sip:a@127.0.0.1"}}')
    assert nested.args == {"uri": "sip:a@127.0.0.1"}  # "args" wins over a top-level key
