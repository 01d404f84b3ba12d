"""A third-party softphone (baresip) calling in is answered, recorded and identified."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Speech
from tests.support import baresip
from tests.support.checks import check_recorded_call
from tests.support.serve import ServeProcess

pytestmark = [pytest.mark.sip, pytest.mark.slow]


def test_baresip_call_is_recorded(serve: ServeProcess, speech_wav: Speech, tmp_path: Path) -> None:
    config = baresip.make_config(tmp_path / "baresip", source_wav=speech_wav.wav, user="0501234567")
    # baresip quits after -t seconds and hangs up on the way out.
    result = baresip.dial(config, serve.sip_uri, seconds=speech_wav.duration_s + 3)
    assert result.returncode == 0, result.output[-3000:]

    incoming = serve.wait_for("call_incoming")
    assert incoming["caller_number"] == "+380501234567", incoming
    ended = serve.wait_for("call_ended", lambda e: e["call_id"] == incoming["call_id"])
    assert ended["end_reason"] == "remote_hangup", (ended, result.output[-3000:])

    check_recorded_call(serve, speech_wav.wav, "+380501234567")
