"""Recording a call (KUTY-1.1): a mixin of `Engine`, run on the engine thread.

On the first ACTIVE audio media of a call two C-side recorders start on the same
bridge tick: the call's audio -> caller track, the headset port -> operator track. The
sidecar `call.json` is written first so a crash never orphans audio; `HeaderPatcher`
keeps the headers valid about once a second; when the call ends the recorders are
dropped and a worker thread finalises (fsync, rename, stereo mix, SHA-256).
"""

from __future__ import annotations

import concurrent.futures
import logging
import os
import uuid
from datetime import UTC, datetime
from typing import Any

import pjsua2 as pj

from recordings import store
from telephony import protocol as p
from telephony.call_model import CallRecord, EngineConfig, error_text, now_iso
from telephony.headset import CLOCK_RATE
from telephony.recording_files import finalize

log = logging.getLogger(__name__)


class CallRecording:
    """Recording; the Engine provides the state below."""

    config: EngineConfig
    headset: Any
    emit: Any
    _patcher: store.HeaderPatcher
    _finisher: concurrent.futures.ThreadPoolExecutor
    _pending: list[concurrent.futures.Future[p.Event]]
    _dead: list[str]

    def _start_recording(self, rec: CallRecord, audio: Any) -> None:
        started = datetime.now(UTC)
        rec.recording_id = str(uuid.uuid4())
        directory = store.recording_dir(self.config.recordings_root, rec.call_id, started)
        caller = directory / "caller.partial.wav"
        operator = directory / "operator.partial.wav"
        rec.sidecar = {
            "call_id": rec.call_id,
            "recording_id": rec.recording_id,
            "seat": self.config.seat,
            "engine_pid": os.getpid(),
            "direction": rec.direction.value,
            "remote_uri": rec.remote_uri,
            "caller_number": rec.number,
            "display_name": rec.display,
            "ring_at": rec.ring_at,
            "answer_at": rec.answer_at or started.isoformat(),
            "started_at": started.isoformat(),
            "sample_rate": CLOCK_RATE,
            "status": p.RecordingStatus.RECORDING.value,
            "end_at": None,
            "end_reason": None,
            "duration_s": None,
            "directory": str(directory),
            "tracks": {"caller": {"path": str(caller)}, "operator": {"path": str(operator)}},
        }
        try:
            directory.mkdir(parents=True, exist_ok=True)
            store.write_sidecar(directory, rec.sidecar)
            rec_caller = pj.AudioMediaRecorder()
            rec_caller.createRecorder(str(caller))
            rec_operator = pj.AudioMediaRecorder()
            rec_operator.createRecorder(str(operator))
            # Both on the same bridge tick: the tracks stay sample-aligned.
            audio.startTransmit(rec_caller)
            assert self.headset is not None
            self.headset.startTransmit(rec_operator)
        except (OSError, pj.Error, store.SidecarError) as exc:
            msg = error_text(exc)
            self._recording_failed(rec, f"recording could not start in {directory}: {msg}")
            return
        rec.recorders = [rec_caller, rec_operator]
        rec.rec_dir = directory
        self._patcher.add(caller)
        self._patcher.add(operator)
        self.emit(
            p.RecordingStarted(
                call_id=rec.call_id,
                recording_id=rec.recording_id,
                directory=str(directory),
                caller_path=str(caller),
                operator_path=str(operator),
                sample_rate=CLOCK_RATE,
                started_at=started.isoformat(),
            )
        )

    def _recording_failed(self, rec: CallRecord | None, message: str) -> None:
        log.error("recording failed: %s", message)
        self.emit(
            p.Alert(
                code="recording_failed",
                message=message,
                call_id=rec.call_id if rec else None,
            )
        )

    def _finish_call(self, rec: CallRecord, reason: p.EndReason, code: int) -> None:
        rec.end_at = now_iso()
        rec.audio = None
        recorders, rec.recorders = rec.recorders, []
        del recorders  # pjmedia closes the files and writes the final WAV headers
        self.emit(
            p.CallEnded(call_id=rec.call_id, end_at=rec.end_at, end_reason=reason, sip_code=code)
        )
        if rec.rec_dir is not None:
            for name in ("caller.partial.wav", "operator.partial.wav"):
                self._patcher.remove(rec.rec_dir / name)
            rec.sidecar.update(end_at=rec.end_at, end_reason=reason.value)
            self._pending.append(self._finisher.submit(finalize, rec.rec_dir, rec.sidecar))
        self._dead.append(rec.call_id)
