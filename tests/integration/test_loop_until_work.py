"""`libHandleEventsUntil` keeps packets that need no Python in C (issue 15, patch 0003).

While a call is up, every RTP packet ended the engine's `libHandleEvents` and ran a step
of its Python loop for nothing. Our build's `Endpoint.libHandleEventsUntil` goes on
handling packets until there is work: a SIP message, `kuty_loop_break` set (by the
engine's `emit`, `later` and `wake`, or pjsua2's pending jobs) or the time is up. Checked
on a real pjsua2 endpoint in its own process: keep-alive datagrams (which pjsip handles
and drops, as it handles RTP with no Python) are many events and one return; a SIP
OPTIONS or the flag set from another thread ends the loop at once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from telephony.sip_guard import loop_break_flag

pytestmark = pytest.mark.skipif(loop_break_flag() is None, reason="needs our pjsua2 build")

PROBE = textwrap.dedent(
    """
    import json, socket, sys, threading, time
    import pjsua2 as pj
    from telephony.sip_guard import loop_break_flag

    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.logConfig.level = 1
    cfg.logConfig.consoleLevel = 1
    cfg.medConfig.hasIoqueue = False
    cfg.medConfig.threadCnt = 0
    ep.libInit(cfg)
    ep.audDevManager().setNullDev()
    tcfg = pj.TransportConfig()
    tcfg.port = 0
    tcfg.boundAddress = "127.0.0.1"
    tid = ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
    ep.libStart()
    # the front module with its C hooks, as the engine installs it
    from telephony.sip_guard import SipGuard
    guard = SipGuard(lambda: None, lambda event: None)
    assert guard.install() and guard.fast
    port = int(ep.transportGetInfo(tid).localName.rsplit(":", 1)[1])
    flag = loop_break_flag()
    out = {}

    def timed(name, action, timeout_ms=400):
        started = time.monotonic()
        worker = threading.Thread(target=action)
        worker.start()
        events = ep.libHandleEventsUntil(timeout_ms)
        out[name] = {"ms": (time.monotonic() - started) * 1000, "events": events}
        worker.join()

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    def pings():  # no Python needed for these: the loop must not return for them
        for _ in range(20):
            sock.sendto(b"\\r\\n\\r\\n", ("127.0.0.1", port))
            time.sleep(0.005)
    def options():
        time.sleep(0.05)
        sock.sendto((
            f"OPTIONS sip:operator@127.0.0.1:{port} SIP/2.0\\r\\n"
            "Via: SIP/2.0/UDP 127.0.0.1:9;rport;branch=z9hG4bKloop1\\r\\n"
            "Max-Forwards: 70\\r\\nFrom: <sip:t@127.0.0.1:9>;tag=a\\r\\n"
            f"To: <sip:operator@127.0.0.1:{port}>\\r\\nCall-ID: loop1@127.0.0.1\\r\\n"
            "CSeq: 1 OPTIONS\\r\\nContent-Length: 0\\r\\n\\r\\n").encode(), ("127.0.0.1", port))
    def flagged():
        time.sleep(0.05)
        flag.value = 1
        sock.sendto(b"\\r\\n\\r\\n", ("127.0.0.1", port))

    timed("pings", pings)
    timed("options", options)
    timed("flag", flagged)
    timed("idle", lambda: None, 150)
    print(json.dumps(out))
    sys.stdout.flush()
    ep.libDestroy()
    """
)


def test_packets_without_work_stay_in_the_loop_and_work_ends_it() -> None:
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=repo, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    # 20 datagrams handled in one call that lasted its whole time
    assert out["pings"]["events"] >= 20 and out["pings"]["ms"] >= 380, out
    # a SIP request and the flag each end it soon after they come (50 ms in)
    assert out["options"]["ms"] < 300, out
    assert out["flag"]["ms"] < 300, out
    assert out["idle"]["ms"] >= 140, out
