"""Calls refused before ringing are call-log rows, with the reason (issue 15).

pjsua caps `maxCalls` at its build's PJSUA_MAX_CALLS and answers every further INVITE with
486 before any Python runs; the engine reads back what it got (engine_ready) and turns
each such refusal, and each INVITE the SIP guard refuses that is a call attempt, into a
call-log row (telephony/refusals.py), so a desk that must fix every call (KUTY-1.1) knows
about the calls it turned away. Callers are sipp processes and a raw UDP socket on
loopback; the seat is the real product.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from telephony.refusals import SOURCE_BURST
from tests.conftest import Speech
from tests.support.calls_at_once import numbers_file, wait_count
from tests.support.serve import ServeProcess
from tests.support.sip_raw import SipSocket, build_request, new_id
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.sip, pytest.mark.slow]

BUILD_MAX_CALLS = 64  # PJSUA_MAX_CALLS of our build (packaging/build_pjsua2.sh, ADR 0008)


def test_engine_reports_the_call_slots_it_really_got(tmp_data_dir: Path) -> None:
    """Asked for more than the build allows, the engine says what pjsua gave it."""
    with ServeProcess(tmp_data_dir, extra_args=["--max-calls", "500"]) as serve:
        ready = serve.wait_for("engine_ready")
    assert ready["max_calls_requested"] == 500, ready
    assert ready["max_calls"] == BUILD_MAX_CALLS, ready
    log = serve.stderr_path.read_text(encoding="utf-8", errors="replace")
    assert f"{BUILD_MAX_CALLS} call slots, not the 500 asked for" in log, log[-3000:]


def test_calls_beyond_the_slots_are_refused_486_and_logged_as_capacity(
    tmp_data_dir: Path, tmp_path: Path, speech_wav: Speech
) -> None:
    """N slots, N+2 INVITEs at once: N answered, 2 get 486 and are missed calls `capacity`."""
    slots = 2
    numbers = [f"050123450{i}" for i in range(1, slots + 3)]
    inject = numbers_file(tmp_path, numbers)
    with ServeProcess(tmp_data_dir, env={"KUTY_MAX_CALLS": str(slots)}) as serve:
        ready = serve.wait_for("engine_ready")
        assert (ready["max_calls"], ready["max_calls_requested"]) == (slots, slots), ready
        since = serve.mark()
        result = run_sipp(
            "uac_speech",
            serve.listen,
            substitutions={
                "RTP_FILE": str(speech_wav.ulaw),
                "PAUSE_MS": "2500",  # the answered calls hold their slots meanwhile
                "FROM_USER": "[field0]",
            },
            extra_args=["-inf", str(inject)],
            calls=slots + 2,
            limit=slots + 2,
            rate=50,
            timeout=30,
        )
        finals = Counter(result.final_codes)
        # 200s: the INVITEs' and the BYEs'; 486: one per refused INVITE
        assert finals[486] == 2 and finals[200] == 2 * slots, result.describe()

        declined = wait_count(serve, "call_declined", 2, since)
        assert len(serve.find("call_declined", since=since)) == 2, serve.diagnostics()
        assert all(e["end_reason"] == "capacity" for e in declined), declined
        assert all(f"all {slots} call slots" in e["reason"] for e in declined), declined
        refused_numbers = {e["caller_number"] for e in declined}
        answered = serve.find("call_incoming", since=since)
        assert len(answered) == slots, answered
        answered_numbers = {e["caller_number"] for e in answered}
        assert refused_numbers | answered_numbers == {f"+38{n}" for n in numbers}
        wait_count(serve, "recording_finished", slots, since)

        rows = {row["call_id"]: row for row in serve.calls_json()}
        for event in declined:
            row = rows[event["call_id"]]
            assert row["end_reason"] == "capacity" and row["sip_code"] == 486, row
            assert row["answer_at"] is None and row["end_at"], row
        missed = serve.cli_json("calls", "missed")
        listed = {row["call_id"] for row in missed}
        assert {e["call_id"] for e in declined} <= listed, missed
        assert all(row["end_reason"] == "capacity" for row in missed), missed


def test_malformed_invites_are_rows_and_a_flood_of_them_is_rate_limited(
    tmp_data_dir: Path,
) -> None:
    """An INVITE the sanity check refuses is still a call attempt when its From and Call-ID
    parse: a `malformed` row. Thirty from one host are a flood: a few rows, every one of
    them answered all the same (telephony/refusals.py SOURCE_BURST)."""
    with ServeProcess(tmp_data_dir) as serve, SipSocket(serve.port) as sock:
        since = serve.mark()
        for _ in range(30):
            bad = build_request(
                "INVITE", serve.port, sock.local_port, call_id=new_id(),
                extra=("Date: Fri, 01 Jan 2010 16:00:00 EST",),  # not GMT (RFC 4475 baddate)
            )  # fmt: skip
            response = sock.final(bad, timeout=5.0)  # a loaded machine (RFC 3261 T1 is 0.5 s)
            assert response is not None and response.code == 400, sock.received[-3:]
        declined = wait_count(serve, "call_declined", SOURCE_BURST, since)
        assert serve.find("call_refused", since=since)  # still the guard's audit events
        rows = [r for r in serve.calls_json() if r["end_reason"] == "malformed"]
    assert len(serve.find("call_declined", since=since)) == SOURCE_BURST
    assert all(e["end_reason"] == "malformed" and e["sip_code"] == 400 for e in declined)
    assert all("Malformed Date" in e["reason"] for e in declined), declined
    assert {r["call_id"] for r in rows} == {e["call_id"] for e in declined}, rows
    assert all(r["sip_code"] == 400 and r["answer_at"] is None for r in rows), rows
    assert serve.find("call_incoming", since=since) == []
