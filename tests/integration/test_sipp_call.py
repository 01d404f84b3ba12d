"""A network-asserted caller (sipp, PAI) is answered, recorded and stored correctly."""

from __future__ import annotations

import pytest

from tests.conftest import Speech
from tests.support.checks import check_recorded_call
from tests.support.serve import ServeProcess
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.sip, pytest.mark.slow]


@pytest.mark.parametrize(
    "from_user",
    [
        "0501234567",  # the same number in national format
        "0441112233",  # a different From: proves the stored number comes from the PAI
    ],
)
def test_sipp_pai_call_is_recorded(serve: ServeProcess, speech_wav: Speech, from_user: str) -> None:
    pause_ms = int((speech_wav.duration_s + 1.0) * 1000)
    result = run_sipp(
        "uac_pai_speech",
        serve.listen,
        substitutions={
            "RTP_FILE": str(speech_wav.ulaw),
            "PAUSE_MS": str(pause_ms),
            "FROM_USER": from_user,
        },
        timeout=30,
    )
    assert result.returncode == 0 and 200 in result.final_codes, result.describe()

    incoming = serve.wait_for("call_incoming")
    assert incoming["caller_number"] == "+380501234567", incoming
    serve.wait_for("call_ended", lambda e: e["call_id"] == incoming["call_id"])
    ended = serve.find("call_ended")[0]
    assert ended["end_reason"] == "remote_hangup", ended

    recorded = check_recorded_call(serve, speech_wav.wav, "+380501234567")
    assert recorded.talk_s >= speech_wav.duration_s, recorded


BACK_TO_BACK = 40


def test_many_short_calls_in_a_row_keep_one_engine(serve: ServeProcess, speech_wav: Speech) -> None:
    """More auto-answered calls than pjmedia's tone queue holds (32 tones, two per zip
    tone), through a seat without a headset device: every one answered and recorded by
    the same engine (issue 15: zip tones queued on an unconnected generator aborted the
    engine at the 17th call)."""
    engine = serve.engine_pid()
    result = run_sipp(
        "uac_pai_speech",
        serve.listen,
        substitutions={"RTP_FILE": str(speech_wav.ulaw), "PAUSE_MS": "100"},
        calls=BACK_TO_BACK,
        timeout=BACK_TO_BACK * 2 + 20,
    )
    assert result.returncode == 0, result.describe()
    assert result.stats.get("SuccessfulCall(C)") == str(BACK_TO_BACK), result.stats
    deadline = BACK_TO_BACK * 0.5 + 20
    done = serve.wait_for(
        "recording_finished",
        lambda e: len(serve.find("recording_finished")) >= BACK_TO_BACK,
        timeout=deadline,
    )
    assert done is not None
    assert serve.engine_pid() == engine and not serve.find("engine_restarted")
    statuses = {e["status"] for e in serve.find("recording_finished")}
    assert statuses == {"complete"}, statuses
