"""Strange and hostile INVITEs get a SIP final response and never take the engine down."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.conftest import Speech
from tests.support.serve import ServeProcess
from tests.support.sipp import SippResult, huge_header_args, run_sipp

pytestmark = [pytest.mark.sip, pytest.mark.slow]


@dataclass(frozen=True)
class Case:
    scenario: str
    transport: str = "u1"
    substitutions: dict[str, str] = field(default_factory=dict)
    extra_args: tuple[str | bytes, ...] = ()
    allowed: tuple[int, ...] = ()  # empty: any 2xx/4xx/5xx/6xx
    # pjsip drops a request whose From does not parse (it logs "PJSIP syntax error
    # exception when parsing 'From' header") instead of answering 400: no response at all
    # is accepted only there, and the engine must still survive and answer the next call.
    may_drop: bool = False


_BAD_BYTES = b"\xc3\x28\xa0\xa1\xff\xfe\x80\x7f"  # invalid UTF-8, a DEL, no NUL (argv)

CASES = {
    "garbage_from_unicode": Case("garbage_from"),
    "garbage_from_bytes_in_display_name": Case(
        "garbage_from", extra_args=("-key", "garbage", _BAD_BYTES)
    ),
    "garbage_from_bytes_in_uri": Case(
        "garbage_from", extra_args=("-key", "garbage_user", _BAD_BYTES), may_drop=True
    ),
    "huge_headers_udp_8k": Case("huge_headers", extra_args=tuple(huge_header_args(8 * 1024))),
    # pjsip's stream transport discards a message over PJSIP_MAX_PKT_LEN and then fails to
    # parse the rest ("syntax error exception when parsing 'Request Line'"): no 413/400.
    "huge_headers_tcp_60k": Case(
        "huge_headers",
        transport="t1",
        extra_args=tuple(huge_header_args(60 * 1024)),
        may_drop=True,
    ),
    "no_sdp": Case("no_sdp"),
    "unsupported_codec": Case("unsupported_codec", allowed=(488,)),
    "withheld": Case("withheld", allowed=(200,)),
}


def _assert_final_response(result: SippResult, case: Case) -> int:
    finals = [code for code in result.final_codes if code >= 200]
    assert finals, f"no SIP final response\n{result.describe()}"
    code = finals[0]
    if case.allowed:
        assert code in case.allowed, f"got {code}, expected {case.allowed}\n{result.describe()}"
    assert result.returncode == 0, result.describe()
    return code


def _assert_still_answers(serve: ServeProcess, speech: Speech) -> None:
    since = serve.mark()
    result = run_sipp(
        "uac_pai_speech",
        serve.listen,
        substitutions={"RTP_FILE": str(speech.ulaw), "PAUSE_MS": "1500"},
        timeout=20,
    )
    assert result.returncode == 0 and 200 in result.final_codes, result.describe()
    finished = serve.wait_for("recording_finished", since=since, timeout=30)
    assert finished["status"] == "complete", finished


@pytest.mark.parametrize("name", list(CASES))
def test_malformed_invite(serve: ServeProcess, speech_wav: Speech, name: str) -> None:
    case = CASES[name]
    since = serve.mark()
    result = run_sipp(
        case.scenario,
        serve.listen,
        substitutions=case.substitutions,
        extra_args=case.extra_args,
        transport=case.transport,
        timeout=20,
    )
    dropped = case.may_drop and not result.final_codes
    code = 0 if dropped else _assert_final_response(result, case)
    assert serve.alive, serve.diagnostics()
    if name == "withheld":
        incoming = serve.wait_for("call_incoming", since=since)
        assert incoming["caller_number"] == "withheld", incoming
    if code == 488:
        assert not serve.find("recording_started", since=since), serve.diagnostics()
    _assert_still_answers(serve, speech_wav)
    assert serve.alive, serve.diagnostics()
