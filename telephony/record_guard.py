"""No recording, no conversation (KUTY-1.1), where every call must be recorded.

An object the Engine owns (`--record-all`, passed when the policy's record_all_calls is
true). Before the seat answers (the ANSWER command and auto-answer) it checks that today's
recordings folder can be created and written (a probe file) and that at least the
reserve is free; and when the recorders fail to start after the 200, the call is ended at
once. Either way the caller hears a short Ukrainian announcement and gets a final error:
before the answer as early media (183 with SDP, the announcement, then 503 Service
Unavailable, so no 200 is ever sent); after it, the announcement then BYE. The operator
and supervisors get Alert("not_recorded") and the call ends `not_recorded`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from telephony import protocol as p
from telephony.call_model import CallRecord, error_text
from telephony.recording_files import wav_seconds

if TYPE_CHECKING:
    from telephony.engine import Engine

log = logging.getLogger(__name__)

ANNOUNCEMENT = Path(__file__).with_name("data") / "not_recorded_uk.wav"
""""Вибачте, технічні труднощі. Зателефонуйте, будь ласка, пізніше." (make announcement)."""
MEDIA_WAIT_S = 3.0
"""A caller whose early media never comes up still gets its 503 this soon."""
FINAL_CODE = 503


def recording_problem(
    root: Path, reserve_mb: int, now: datetime | None = None, *, fsync: bool = True
) -> str | None:
    """Why a call answered now could not be recorded (English, one line), or None.

    The engine asks with ``fsync=False`` (issue 15: no fsync between INVITE and 200), on
    its recording worker every few seconds (`Recorder.probed_problem`) and before a 200
    only when that answer is stale: creating and writing the probe already fails on a
    read-only, full or missing folder; what only an fsync would reveal (a share that
    loses writes) is caught a few milliseconds after the answer, when the worker syncs
    the call's sidecar and finds it cannot (`Recorder.on_unrecordable`: the call ends).
    """
    now = now or datetime.now(UTC)
    day = Path(root) / f"{now:%Y}" / f"{now:%m}" / f"{now:%d}"
    try:
        day.mkdir(parents=True, exist_ok=True)
        probe = day / f".probe-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        with open(probe, "wb") as out:
            out.write(b"kuty")
            out.flush()
            if fsync:
                os.fsync(out.fileno())
        probe.unlink()
    except OSError as exc:
        return f"the recordings folder {day} cannot be written: {exc.strerror or exc}"
    if reserve_mb > 0:
        try:
            free = shutil.disk_usage(day).free
        except OSError as exc:
            return f"cannot read the free space of {day}: {exc.strerror or exc}"
        if free < reserve_mb * 1024 * 1024:
            return (
                f"only {free // (1024 * 1024)} MB free for recordings in {root} "
                f"(reserve {reserve_mb} MB)"
            )
    return None


class RecordGuard:
    """Refuses the conversation when the recording cannot be made (KUTY-1.1)."""

    def __init__(self, engine: Engine, enabled: bool) -> None:
        self._engine = engine
        self.enabled = enabled
        self._players: dict[str, Any] = {}

    def clear(self) -> None:
        """Drop the players (before libDestroy: PJSUA2-NOTES "Object lifetime")."""
        self._players.clear()

    def check_before_answer(self, rec: CallRecord) -> bool:
        """True: answer. False: the call is being refused (announcement, then 503)."""
        if not self.enabled:
            return True
        cfg = self._engine.config
        fresh, why = self._engine.recorder.probed_problem()  # the worker's, seconds old
        if not fresh:
            why = recording_problem(cfg.recordings_root, cfg.reserve_mb, fsync=False)
        if why is None:
            return True
        self._refuse(rec, f"call not answered: {why} (KUTY-1.1)")
        op = pj.CallOpParam()
        op.statusCode = 183  # early media: the caller hears why, and no 200 is ever sent
        try:
            rec.sip_call.answer(op)
        except pj.Error as exc:
            log.warning("183 for an unrecordable call failed: %s", error_text(exc))
            self._end(rec.call_id)
            return False
        self._engine.later(MEDIA_WAIT_S, lambda: self._end_without_media(rec.call_id))
        return False

    def recording_lost(self, rec: CallRecord) -> None:
        """The recording started but cannot be kept (its sidecar cannot be synced): where
        every call is recorded, the conversation ends as if the recorders had failed."""
        if self.enabled and not rec.not_recorded and rec.audio is not None:
            self.recorders_failed(rec, rec.audio)

    def recorders_failed(self, rec: CallRecord, audio: Any) -> None:
        """Answered, but the recorders did not start: announcement, then BYE at once."""
        self._refuse(rec, "call ended: the recorders did not start after the answer (KUTY-1.1)")
        self.on_media(rec, audio)

    def on_media(self, rec: CallRecord, audio: Any) -> None:
        """The refused call's media is up (early or after the 200): play, then end it."""
        if rec.call_id in self._players:
            self._players[rec.call_id].startTransmit(audio)  # a new port after a re-offer
            return
        player = pj.AudioMediaPlayer()
        try:
            player.createPlayer(str(ANNOUNCEMENT), pj.PJMEDIA_FILE_NO_LOOP)
            player.startTransmit(audio)
        except pj.Error as exc:
            log.error("announcement %s: %s", ANNOUNCEMENT, error_text(exc))
            self._end(rec.call_id)
            return
        self._players[rec.call_id] = player
        self._engine.later(wav_seconds(str(ANNOUNCEMENT)) + 0.3, lambda: self._end(rec.call_id))

    def forget(self, call_id: str) -> None:
        self._players.pop(call_id, None)

    def _refuse(self, rec: CallRecord, message: str) -> None:
        rec.not_recorded = True
        log.error("%s", message)
        self._engine.emit(p.Alert(code="not_recorded", message=message, call_id=rec.call_id))
        self._engine.update_alerting()

    def _end_without_media(self, call_id: str) -> None:
        if call_id not in self._players:
            self._end(call_id)

    def _end(self, call_id: str) -> None:
        rec = self._engine.calls.get(call_id)
        if rec is None or rec.end_at is not None:
            return
        rec.local_end = True
        op = pj.CallOpParam()
        op.statusCode = 200 if rec.confirmed else FINAL_CODE
        with contextlib.suppress(pj.Error):  # already gone: DISCONNECTED follows anyway
            rec.sip_call.hangup(op)
