"""An Opus call from baresip, recorded as the caller spoke it (issue 14, ADR 0008).

Our pjsua2 build links libopus; the engine lists `opus/48000/2` in its codec priorities
(`telephony.engine.CODEC_PRIORITY`) and, as the answerer, follows the caller's order
(pjmedia's default, PJMEDIA_SDP_NEG_PREFER_REMOTE_CODEC_ORDER). So a softphone that
offers Opus first gets Opus; one that offers G.722 (or only G.711: test_baresip_call.py,
the sipp tests) still gets what it asked for. baresip calls through Kamailio, which
logs the seat's SDP answer: the test reads the codec from the answer itself, and the
recorded caller track must match the speech baresip sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from tests.conftest import Speech
from tests.support import baresip
from tests.support.checks import check_recorded_call
from tests.support.kamailio import KamailioServer, account_args
from tests.support.serve import ServeProcess

pytestmark = [pytest.mark.sip, pytest.mark.slow]

USER, PASSWORD = "seat1", "Kuty-opus-seat1"
CALLER = "+380501234567"


@pytest.fixture(scope="module")
def kamailio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KamailioServer]:
    workdir = tmp_path_factory.mktemp("kam")
    with KamailioServer({USER: PASSWORD}, workdir=workdir, log_sdp=True) as server:
        yield server


@pytest.fixture
def seat(tmp_data_dir: Path, kamailio: KamailioServer) -> Iterator[ServeProcess]:
    with ServeProcess(tmp_data_dir, auto_answer=True, commands=True) as proc:
        since = proc.mark()
        args = account_args(kamailio.address, USER, PASSWORD)
        proc.send("add_account", **cast(dict[str, Any], args))
        event = proc.wait_for("registration", timeout=30, since=since)
        assert event["state"] == "registered", f"{event}\n{kamailio.log_tail()}"
        yield proc


def answered_codec(answer: str) -> str:
    """The first codec of the answer's audio m= line, as "name/rate[/channels]"."""
    media = re.search(r"^m=audio \d+ \S+ (\d+)", answer, flags=re.MULTILINE)
    assert media, answer
    rtpmap = re.search(rf"^a=rtpmap:{media.group(1)} (\S+)", answer, flags=re.MULTILINE)
    assert rtpmap, answer
    return rtpmap.group(1).strip()


@pytest.mark.parametrize(
    ("modules", "rate", "channels", "expected"),
    [
        (("opus", "g722", "g711"), 48000, 2, "opus/48000/2"),
        (("g722", "g711"), 16000, 1, "G722/8000"),  # RFC 3551's clock rate for G.722
    ],
    ids=["opus", "g722"],
)
def test_baresip_codec_is_answered_and_recorded(
    kamailio: KamailioServer,
    seat: ServeProcess,
    speech_wav: Speech,
    tmp_path: Path,
    modules: tuple[str, ...],
    rate: int,
    channels: int,
    expected: str,
) -> None:
    answers_before = len(kamailio.sdp_bodies("answer"))
    config = baresip.make_config(
        tmp_path / "baresip",
        source_wav=speech_wav.wav,
        codecs=modules,
        source_rate=rate,
        source_channels=channels,
    )
    result = baresip.dial(config, kamailio.uri(USER), seconds=speech_wav.duration_s + 3)
    assert result.returncode == 0, result.output[-3000:]
    encoder = f"set audio encoder: {expected.split('/')[0].lower()} "
    assert encoder in result.output.lower(), result.output[-3000:]

    answers = kamailio.sdp_bodies("answer")[answers_before:]
    assert len(answers) == 1, kamailio.log_tail()
    assert answered_codec(answers[0]) == expected, answers[0]
    check_recorded_call(seat, speech_wav.wav, CALLER)
