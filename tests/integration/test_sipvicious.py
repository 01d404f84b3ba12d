"""SIP scanners (sipvicious svmap/svwar from PyPI) against a registered seat.

A console on the internet is scanned all day; the operator must not see a ringing call
for every probe. The seat is registered with Kamailio (127.0.0.2); the scanners run from
127.0.0.1 straight at the seat's port, with OPTIONS, REGISTER and INVITE sweeps. Then a
legitimate call through Kamailio must still ring, be answered and recorded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
        seat.send("add_account", **account_args(kamailio.address, USER, PASSWORD))
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
        before_call = seat.mark()
        argv = simcall_command(
            kamailio.uri(USER), wav=speech_wav.wav, duration=speech_wav.duration_s + 1.0
        )
        result = run_simcall(argv, timeout=60)
        assert result.returncode == 0, f"{result.describe()}\n{kamailio.log_tail()}"
        check_recorded_call(seat, speech_wav.wav, "+380501234567", since=before_call)
