"""A seat whose regulation has no voice channel refuses calls before ringing (issue 12).

KZP-30-8: the preschool portal's support works by chat only. A seat with `policy = "kzp"`
in its settings.toml (no flag anywhere) answers every INVITE with 403 and a reason phrase
saying voice is not served, and each refused call is still a call-log row with
EndReason.POLICY (KUTY-1.1 style: every call that reached the seat is logged). Callers
are a real sipp and a raw UDP socket (to read the reason phrase); the seat is the product.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from telephony.engine import VOICE_NOT_SERVED
from tests.conftest import Speech
from tests.support.calls_at_once import wait_count
from tests.support.serve import ServeProcess
from tests.support.sip_raw import SipSocket, ack_for, build_request, new_id, sdp
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.sip, pytest.mark.slow]


@pytest.mark.parametrize("how", ["settings.toml", "--policy"])
def test_kzp_30_8_a_chat_only_seat_refuses_calls_with_403_and_logs_them(
    tmp_data_dir: Path, speech_wav: Speech, how: str
) -> None:
    """`policy = "kzp"` in settings.toml with no flag, or `kuty serve --policy kzp`."""
    settings = tmp_data_dir / "settings.toml"
    settings.write_text('policy = "kzp"\n' if how == "settings.toml" else "", encoding="utf-8")
    extra = ["--policy", "kzp"] if how == "--policy" else []
    with ServeProcess(tmp_data_dir, env={"KUTY_CONFIG": str(settings)}, extra_args=extra) as serve:
        since = serve.mark()
        result = run_sipp(
            "uac_speech", serve.listen,
            substitutions={"RTP_FILE": str(speech_wav.ulaw), "FROM_USER": "0501234567"},
            timeout=20,
        )  # fmt: skip
        assert Counter(result.final_codes) == Counter({403: 1}), result.describe()
        with SipSocket(serve.port) as sock:
            invite = build_request(
                "INVITE", serve.port, sock.local_port, call_id=new_id(),
                extra=("Content-Type: application/sdp",), body=sdp(sock.local_port),
            )  # fmt: skip
            response = sock.final(invite, timeout=5.0)
            assert response is not None and response.code == 403, sock.received[-3:]
            assert response.reason == VOICE_NOT_SERVED
            sock.send(ack_for(invite, response))
        declined = wait_count(serve, "call_declined", 2, since)
        assert serve.find("call_incoming", since=since) == []  # it never rang
        assert all(e["end_reason"] == "policy" and e["sip_code"] == 403 for e in declined)
        assert all(e["reason"] == "voice calls are not served (KZP-30-8)" for e in declined)
        rows = {row["call_id"]: row for row in serve.calls_json()}
    for event in declined:
        row = rows[event["call_id"]]
        assert row["end_reason"] == "policy" and row["sip_code"] == 403, row
        assert row["answer_at"] is None and row["end_at"], row
    assert any(rows[e["call_id"]].get("number") == "+380501234567" for e in declined), rows
    assert serve.recordings_json() == []  # nothing to record: no conversation


def test_a_kuty_seat_still_takes_the_same_call(tmp_data_dir: Path, speech_wav: Speech) -> None:
    """The control: the same sipp call on the default policy (KUTY-1.1) is answered."""
    with ServeProcess(tmp_data_dir) as serve:
        result = run_sipp(
            "uac_speech", serve.listen,
            substitutions={"RTP_FILE": str(speech_wav.ulaw), "PAUSE_MS": "500"}, timeout=20,
        )  # fmt: skip
        assert 200 in result.final_codes and 403 not in result.final_codes, result.describe()
