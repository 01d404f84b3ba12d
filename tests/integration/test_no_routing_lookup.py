"""An incoming call costs the engine no routing-table lookup (issue 15, packaging/pjsip/).

pjsua finds the address for its Contact and Via by opening a UDP socket, connecting it
towards the caller and reading its name (pj_getipinterface), twice per INVITE, then
replaces that answer with the transport's configured address when the transport was bound
to one (as every seat's is). Our PJSIP patch 0001 takes the configured address directly.
Checked on the real engine with strace (every connect() it makes during a real sipp
call): none at all, where the unpatched library makes two; and the call still works, so
the Contact pjsua built is one sipp could send its ACK and BYE to.
"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import Speech
from tests.support.serve import ServeProcess
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.sip]


def test_an_incoming_call_makes_no_connect_in_the_engine(
    serve: ServeProcess, speech_wav: Speech, tmp_path: Path
) -> None:
    trace, errors = tmp_path / "engine.strace", tmp_path / "strace.err"
    with errors.open("w") as err:
        strace = subprocess.Popen(
            ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace),
             "-p", str(serve.engine_pid())],
            stdout=subprocess.DEVNULL, stderr=err,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while not trace.exists() and time.monotonic() < deadline:
            time.sleep(0.05)  # strace creates its output once it has attached
        time.sleep(0.3)
        assert strace.poll() is None, errors.read_text()
        result = run_sipp(
            "uac_pai_speech",
            serve.listen,
            substitutions={"RTP_FILE": str(speech_wav.ulaw), "PAUSE_MS": "300"},
            timeout=30,
        )
        assert result.returncode == 0 and 200 in result.final_codes, result.describe()
        ended = serve.wait_for("call_ended")
        assert ended["end_reason"] == "remote_hangup", ended
    finally:
        strace.terminate()
        strace.wait(10)
    connects = [line for line in trace.read_text().splitlines() if re.search(r"\bconnect\(", line)]
    assert connects == [], connects
