"""SIP scanners (sipvicious svmap/svwar from PyPI) against a registered seat.

A console on the internet is scanned all day; the operator must not see a ringing call
for every probe. The seat is registered with Kamailio (127.0.0.2); the scanners run from
127.0.0.1 straight at the seat's port, with OPTIONS, REGISTER and INVITE sweeps. Then a
legitimate call through Kamailio must still ring, be answered and recorded.

The seat registers for 300 s, as a desk seat does by default (telephony/accounts.py): the
four sweeps take 10 s here and took long enough on a loaded CI machine to outlast a 20 s
registration (Kamailio answered the call with 404 "no contact"). Whether refreshes go on
while the seat is being scanned is a registration question, asked by
`test_registration_is_refreshed_while_scanned` below with a 20 s registration.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from telephony.refusals import SOURCE_BURST
from tests.conftest import Speech
from tests.support.checks import check_recorded_call
from tests.support.kamailio import KamailioServer, account_args
from tests.support.serve import ServeProcess
from tests.support.simcall import run_simcall, simcall_command

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USER, PASSWORD = "seat1", "Kuty-scan-seat1"


def tool(name: str) -> str:
    """sipvicious 0.3 installs `sipvicious_svmap`; older releases install `svmap`."""
    here = Path(sys.executable).parent
    for candidate in (f"sipvicious_{name}", name):
        found = shutil.which(candidate, path=f"{here}{os.pathsep}{os.environ.get('PATH', '')}")
        if found:
            return found
    pytest.fail(f"sipvicious {name} not found: pip install sipvicious", pytrace=False)


def scan(argv: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """One sipvicious run; its output is kept for the failure messages."""
    home.mkdir(parents=True, exist_ok=True)  # sipvicious keeps its sessions in ~/.sipvicious
    env = dict(os.environ, HOME=str(home))
    result = subprocess.run(
        argv, capture_output=True, text=True, timeout=120, check=False, env=env, cwd=home
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


@pytest.fixture
def kamailio(tmp_path: Path) -> Iterator[KamailioServer]:
    with KamailioServer({USER: PASSWORD}, workdir=tmp_path / "kam") as server:
        yield server


def test_scanners_do_not_ring_the_seat(
    kamailio: KamailioServer, tmp_data_dir: Path, tmp_path: Path, speech_wav: Speech
) -> None:
    with ServeProcess(tmp_data_dir, auto_answer=True, commands=True) as seat:
        args = account_args(kamailio.address, USER, PASSWORD, reg_timeout_s=300)
        seat.send("add_account", **args)
        assert seat.wait_for("registration", timeout=20)["state"] == "registered"
        engine = seat.engine_pid()
        since = seat.mark()
        home = tmp_path / "scanner-home"
        port = str(seat.port)

        svmap = scan([tool("svmap"), "127.0.0.1", "-p", port, "-m", "INVITE"], home)
        assert "127.0.0.1" in svmap.stdout, svmap.stdout  # it found the seat
        scan([tool("svmap"), "127.0.0.1", "-p", port], home)  # OPTIONS
        scan([tool("svwar"), "127.0.0.1", "-p", port, "-e", "100-300", "-D"], home)
        scan(
            [tool("svwar"), "127.0.0.1", "-p", port, "-m", "INVITE", "-e", "100-300"],
            home,
        )

        assert seat.alive and seat.engine_pid() == engine, seat.diagnostics()
        assert seat.find("call_incoming", since=since) == [], seat.find("call_incoming")
        assert seat.find("recording_started", since=since) == []
        assert seat.find("engine_stopped", since=since) == []
        refused = seat.find("call_refused", since=since)
        assert refused and all(e["sip_code"] == 403 for e in refused), refused
        # issue 15: the INVITE sweep's attempts are call-log rows, a few for the one
        # source, never rings (telephony/refusals.py SOURCE_BURST)
        rows = seat.find("call_declined", since=since)
        assert 0 < len(rows) <= SOURCE_BURST, rows
        assert all(e["end_reason"] == "unknown_source" and e["sip_code"] == 403 for e in rows)

        # the seat still works: a call through the registrar rings, is answered, recorded
        states = [e["state"] for e in seat.find("registration")]
        assert states[-1] == "registered", f"{states}\n{kamailio.log_tail()}"
        before_call = seat.mark()
        argv = simcall_command(
            kamailio.uri(USER), wav=speech_wav.wav, duration=speech_wav.duration_s + 1.0
        )
        result = run_simcall(argv, timeout=60)
        assert result.returncode == 0, f"{result.describe()}\n{kamailio.log_tail()}"
        check_recorded_call(seat, speech_wav.wav, "+380501234567", since=before_call)


def test_registration_is_refreshed_while_scanned(
    kamailio: KamailioServer, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """A 20 s registration (refreshed every 15 s) outlives 40 s of INVITE/REGISTER sweeps.

    The sweeps hit the seat's own SIP port, whose front guard refuses them one by one on
    the loop thread that also runs pjsip's refresh timer: a guard slow enough to starve
    that timer, or a refusal that disturbed the account, would let the registration lapse
    and the desk's calls go to 404 (the registrar's "no contact").
    """
    with ServeProcess(tmp_data_dir, auto_answer=True, commands=True) as seat:
        seat.send("add_account", **account_args(kamailio.address, USER, PASSWORD))
        first = seat.wait_for("registration", timeout=20)
        assert first["state"] == "registered" and first["expires_s"] == 20, first
        home, port = tmp_path / "scanner-home", str(seat.port)
        start = time.monotonic()
        sweeps = 0
        while time.monotonic() - start < 40:
            scan([tool("svwar"), "127.0.0.1", "-p", port, "-m", "INVITE", "-e", "100-300"], home)
            scan([tool("svwar"), "127.0.0.1", "-p", port, "-e", "100-300"], home)
            sweeps += 2
        seen = [(round(e["_t"] - first["_t"], 1), e["state"]) for e in seat.find("registration")]
        refreshed = [t for t, state in seen if state == "registered" and t > 0]
        # 40 s at one refresh per 15 s: two at least, none late, none lost
        assert len(refreshed) >= 2, f"{sweeps} sweeps; {seen}\n{kamailio.log_tail()}"
        gaps = [b - a for a, b in zip([0.0, *refreshed], refreshed, strict=False)]
        assert max(gaps) < 20, f"a refresh came after the expiry: {seen}"
        assert all(state == "registered" for _, state in seen), seen
        assert kamailio.log_text().count(f"REGISTER ok for {USER}") >= 3, kamailio.log_tail()
