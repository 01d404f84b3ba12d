"""No recording, no conversation (KUTY-1.1, issue 11), on real calls through `kuty serve`.

The kuty policy records every call, so `kuty serve` runs its engine with `--record-all`.
When the recording cannot be made (less free space than the reserve, or a recordings
folder that cannot be created) the call is never answered: the caller gets 183 with the
Ukrainian announcement as early media, then 503; the seat raises Alert("not_recorded")
and the call ends `not_recorded`. The caller (a pjsua2 process) records the early media.
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from telephony.record_guard import ANNOUNCEMENT
from tests.conftest import Speech
from tests.support.audio import best_correlation, duration, envelope
from tests.support.serve import ServeProcess, cmdline
from tests.support.simcall import run_simcall, simcall_command, start_simcall

pytestmark = [pytest.mark.sip, pytest.mark.slow]


def _refused_call(serve: ServeProcess, tmp_path: Path, speech: Speech) -> dict[str, Any]:
    early = tmp_path / "early.wav"
    argv = simcall_command(serve.sip_uri, wav=speech.wav, extra_args=("--record-early", str(early)))
    result = run_simcall(argv, timeout=60)
    events = result.events
    assert result.returncode == 1, result.describe()  # never connected: no 200 OK
    assert not [e for e in events if e["event"] == "connected"], events
    assert [e for e in events if e["event"] == "early_media"], result.describe()
    ended = next(e for e in events if e["event"] == "disconnected")
    assert ended["code"] == 503, ended

    # The announcement (~5 s of speech) reached the caller as early media.
    assert early.is_file() and duration(early) > 3.0, duration(early)
    loud = [v for v in envelope(early, hop_ms=50) if v > 0.02]
    assert len(loud) * 0.05 > 1.5, f"only {len(loud) * 0.05:.2f} s of speech in the early media"
    r, lag = best_correlation(early, ANNOUNCEMENT, 3.0)
    assert r > 0.5, f"early media vs the announcement: r={r:.3f} lag={lag:.2f} s"

    alert = serve.wait_for("alert", lambda e: e["code"] == "not_recorded")
    call_end = serve.wait_for("call_ended")
    assert call_end["end_reason"] == "not_recorded" and call_end["sip_code"] == 503, call_end
    assert alert["call_id"] == call_end["call_id"]
    assert not serve.find("call_answered") and not serve.find("recording_started")
    return dict(alert)


def test_reserve_larger_than_free_space_refuses_with_announcement_and_503(
    tmp_data_dir: Path, tmp_path: Path, speech_wav: Speech
) -> None:
    env = {"KUTY_RECORDINGS_RESERVE_MB": "10000000"}  # 10 TB: more than any test disk
    with ServeProcess(tmp_data_dir, auto_answer=True, env=env) as serve:
        # serve decides from the kuty policy (record_all_calls), not the test
        assert "--record-all" in cmdline(serve.engine_pid())
        alert = _refused_call(serve, tmp_path, speech_wav)
        assert "MB free" in alert["message"] and "KUTY-1.1" in alert["message"], alert
        low = serve.wait_for("alert", lambda e: e["code"] == "disk_space_low", timeout=10)
        assert "reserve 10000000 MB" in low["message"], low


def test_unwritable_recordings_folder_refuses(
    tmp_data_dir: Path, tmp_path: Path, speech_wav: Speech
) -> None:
    root = tmp_path / "recordings"
    root.mkdir()
    (root / f"{datetime.now(UTC):%Y}").write_text("a file where the year folder should be")
    env = {"KUTY_RECORDINGS_DIR": str(root)}
    with ServeProcess(tmp_data_dir, auto_answer=False, commands=True, env=env) as serve:
        early = tmp_path / "early.wav"
        caller = start_simcall(
            simcall_command(
                serve.sip_uri, wav=speech_wav.wav, extra_args=("--record-early", str(early))
            )
        )
        call_id = serve.wait_for("call_incoming")["call_id"]
        serve.send("answer", call_id)  # the operator's ANSWER is checked the same way
        out, err = caller.communicate(timeout=60)
        events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        assert caller.returncode == 1 and not [e for e in events if e["event"] == "connected"]
        ended = next(e for e in events if e["event"] == "disconnected")
        assert ended["code"] == 503, (events, err[-2000:])
        assert early.is_file() and duration(early) > 3.0
        alert = serve.wait_for("alert", lambda e: e["code"] == "not_recorded")
        assert "cannot be written" in alert["message"], alert
        call_end = serve.wait_for("call_ended", lambda e: e["call_id"] == call_id)
        assert call_end["end_reason"] == "not_recorded", call_end
        assert not serve.find("call_answered")


def _inodes_used(mount: Path) -> int:
    stat = os.statvfs(mount)
    return int(stat.f_files - stat.f_ffree)


def test_recorders_that_fail_after_the_answer_end_the_call(
    tmp_data_dir: Path, tmp_path: Path, speech_wav: Speech
) -> None:
    """The pre-check passes (the day folder takes a probe file) but the call's own folder
    cannot be made (a tmpfs out of inodes): the answered call is ended at once, after the
    announcement, and never becomes a conversation."""
    root = tmp_path / "recordings"
    root.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0755", "tmpfs", str(root)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"cannot mount a tmpfs (root needed): {done.stderr}"
    try:
        env = {"KUTY_RECORDINGS_DIR": str(root), "KUTY_RECORDINGS_RESERVE_MB": "1"}
        with ServeProcess(tmp_data_dir, auto_answer=True, env=env) as serve:
            now = datetime.now(UTC)
            (root / f"{now:%Y}" / f"{now:%m}" / f"{now:%d}").mkdir(parents=True, exist_ok=True)
            limit = _inodes_used(root) + 1  # room for the probe file, not for the call
            remount = subprocess.run(
                ["mount", "-o", f"remount,nr_inodes={limit}", str(root)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            assert remount.returncode == 0, remount.stderr
            heard = tmp_path / "heard.wav"
            result = run_simcall(
                simcall_command(serve.sip_uri, wav=speech_wav.wav, duration=20.0,
                                record_received=heard),
                timeout=60,
            )  # fmt: skip
            events = result.events
            assert [e for e in events if e["event"] == "connected"], result.describe()
            ended = next(e for e in events if e["event"] == "disconnected")
            assert ended["by"] == "remote", ended  # the seat sent the BYE, long before 20 s
            connected = next(e for e in events if e["event"] == "connected")
            assert ended["at"] - connected["at"] < 12.0, (connected, ended)
            r, lag = best_correlation(heard, ANNOUNCEMENT, 3.0)
            assert r > 0.5, f"caller heard vs the announcement: r={r:.3f} lag={lag:.2f} s"
            alert = serve.wait_for("alert", lambda e: e["code"] == "not_recorded")
            assert "recorders did not start" in alert["message"], alert
            call_end = serve.wait_for("call_ended")
            assert call_end["end_reason"] == "not_recorded", call_end
            assert serve.find("alert", lambda e: e["code"] == "recording_failed")
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False, timeout=30)
