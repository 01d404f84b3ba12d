"""The seat's first answer to an INVITE is its 180, not pjsua's 100 Trying (issue 15).

Our pjsua2 build leaves out pjsua's automatic 100 (`PJSUA_DISABLE_AUTO_SEND_100`,
packaging/build_pjsua2.sh): the engine rings within a millisecond, so the 100 only delayed
the 180 (~0.1 ms of building and sending it first). A raw UDP socket reads every response
of a real `kuty serve` in order; the call is still answered, recorded and ended.
"""

from __future__ import annotations

from tests.support.serve import ServeProcess
from tests.support.sip_raw import SipSocket, ack_for, build_request, new_id, sdp


def test_the_first_response_is_ringing_and_the_call_goes_on(serve: ServeProcess) -> None:
    with SipSocket(serve.port) as sock:
        invite = build_request(
            "INVITE", serve.port, sock.local_port, call_id=new_id(),
            extra=("Content-Type: application/sdp",), body=sdp(sock.local_port),
        )  # fmt: skip
        ok = sock.final(invite, timeout=5.0)
        assert ok is not None and ok.code == 200, sock.received[-3:]
        codes = [r.response.code for r in sock.received if r.response is not None]
        assert codes[0] == 180, codes  # no 100 Trying before the ringing
        assert 100 not in codes, codes
        sock.send(ack_for(invite, ok))
    answered = serve.wait_for("call_answered")
    assert answered["call_id"] == serve.find("call_incoming")[0]["call_id"]
