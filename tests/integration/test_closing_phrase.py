"""The policy option of KUTY-3.1: play a closing phrase to the caller, then hang up (<= 5 s)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.support.audio import best_correlation, duration, make_speech
from tests.support.serve import ServeProcess
from tests.support.simcall import simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]

PHRASE = "Розмову завершено у зв'язку з порушенням правил спілкування."


@pytest.mark.parametrize("max_s", [5.0, 1.5])
def test_caller_hears_the_phrase_and_the_call_ends_in_time(
    tmp_data_dir: Path, tmp_path: Path, max_s: float
) -> None:
    phrase = make_speech(PHRASE, tmp_path / "closing.wav")
    heard = tmp_path / "heard.wav"
    with ServeProcess(tmp_data_dir, auto_answer=True, commands=True) as seat:
        caller = start_simcall(
            simcall_command(
                seat.sip_uri,
                from_number="0931234567",
                say="Алло",
                duration=30.0,
                record_received=heard,
            )
        )
        call_id = seat.wait_for("call_answered")["call_id"]
        seat.wait_for("recording_started", lambda e: e["call_id"] == call_id)
        pressed = time.time()
        seat.send("hangup", call_id, closing_phrase=str(phrase), max_s=max_s)
        ended = seat.wait_for("call_ended", lambda e: e["call_id"] == call_id, timeout=15)
        assert ended["end_reason"] == "local_hangup"
        out, _ = caller.communicate(timeout=30)
    events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    bye = next(e for e in events if e.get("event") == "disconnected")
    assert bye["by"] == "remote"  # the caller received our BYE
    took = bye["at"] - pressed
    expected = min(duration(phrase), max_s)
    assert expected - 0.3 <= took <= expected + 1.0, (took, expected)
    if max_s >= duration(phrase):
        corr, _lag = best_correlation(heard, phrase)
        assert corr > 0.6, corr  # what the caller heard before the BYE is the phrase
