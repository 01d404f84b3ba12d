"""The product's own pjsua2 caller (`telephony.simcall`) is answered and recorded."""

from __future__ import annotations

import pytest

from tests.conftest import SPEECH_TEXT, Speech
from tests.support.checks import check_recorded_call
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command

pytestmark = [pytest.mark.sip, pytest.mark.slow]


def test_simcall_say_is_recorded(serve: ServeProcess, speech_wav: Speech) -> None:
    argv = simcall_command(serve.sip_uri, from_number="+380671112233", say=SPEECH_TEXT)
    result = run_simcall(argv, timeout=60)
    assert result.returncode == 0, result.describe()
    names = [e["event"] for e in result.events if "event" in e]
    assert "connected" in names and names[-1] == "disconnected", result.events

    incoming = serve.wait_for("call_incoming")
    assert incoming["caller_number"] == "+380671112233", incoming
    ended = serve.wait_for("call_ended", lambda e: e["call_id"] == incoming["call_id"])
    assert ended["end_reason"] == "remote_hangup", ended

    # simcall synthesises the same text with the same espeak-ng voice and rate.
    check_recorded_call(serve, speech_wav.wav, "+380671112233")


def test_simcall_wav_is_recorded(serve: ServeProcess, speech_wav: Speech) -> None:
    argv = simcall_command(
        serve.sip_uri, from_number="0671112233", wav=speech_wav.wav, duration=5.0
    )
    result = run_simcall(argv, timeout=60)
    assert result.returncode == 0, result.describe()
    recorded = check_recorded_call(serve, speech_wav.wav, "+380671112233")
    assert recorded.talk_s >= 4.5, recorded
