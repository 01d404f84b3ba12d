from __future__ import annotations

import threading
import time
from pathlib import Path

from telephony.recording_files import open_in_this_process, wait_closed
from telephony.sip_text import completed_elsewhere


def test_wait_closed_waits_until_the_writer_lets_go(tmp_path: Path) -> None:
    """pjmedia closes recorder files asynchronously; hashing must wait for that."""
    track = tmp_path / "caller.partial.wav"
    handle = track.open("wb")
    assert open_in_this_process([track]) == {track}
    threading.Timer(0.3, handle.close).start()
    started = time.monotonic()
    assert wait_closed([track], timeout=5.0)
    assert time.monotonic() - started >= 0.25
    assert open_in_this_process([track]) == set()


def test_wait_closed_gives_up(tmp_path: Path) -> None:
    track = tmp_path / "operator.partial.wav"
    with track.open("wb"):
        assert not wait_closed([track], timeout=0.2)


def test_completed_elsewhere_reads_the_cancel_reason() -> None:
    cancel = (
        "CANCEL sip:seat@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.2\r\n"
        'Reason: SIP ;cause=200 ;text="Call completed elsewhere"\r\n\r\n'
    )
    assert completed_elsewhere(cancel)
    assert not completed_elsewhere(cancel.replace("cause=200", "cause=487"))
    assert not completed_elsewhere("BYE sip:x SIP/2.0\r\nReason: SIP;cause=200\r\n\r\n")
    assert not completed_elsewhere("")
