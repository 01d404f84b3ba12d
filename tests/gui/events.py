"""Protocol events as the engine would print them, for driving the window without a SIP stack."""

from __future__ import annotations

from telephony import protocol as p

NOW = "2024-05-06T09:15:00+00:00"


def ready(audio_device: str | None = "Jabra EVOLVE 20") -> p.EngineReady:
    return p.EngineReady(listen="127.0.0.1:5062", pid=4242, seat="s1", audio_device=audio_device)


def incoming(
    call_id: str = "c1", number: str | None = "+380501234567", name: str = "Олена"
) -> p.CallIncoming:
    return p.CallIncoming(
        call_id=call_id,
        remote_uri=f"sip:{number or 'anonymous'}@127.0.0.1",
        caller_number=number,
        display_name=name,
        ring_at=NOW,
    )


def answered(call_id: str = "c1") -> list[p.Event]:
    return [
        p.CallAnswered(call_id=call_id, answer_at=NOW),
        p.CallStateChanged(call_id=call_id, state=p.CallState.CONFIRMED, sip_code=200),
    ]


def recording_started(call_id: str = "c1", rec: str = "r1") -> p.RecordingStarted:
    return p.RecordingStarted(
        call_id=call_id,
        recording_id=rec,
        directory="/tmp/x",
        caller_path="/tmp/x/caller.wav",
        operator_path="/tmp/x/operator.wav",
        sample_rate=16000,
        started_at=NOW,
    )


def recording_finished(
    call_id: str = "c1", rec: str = "r1", status: p.RecordingStatus = p.RecordingStatus.COMPLETE
) -> p.RecordingFinished:
    return p.RecordingFinished(
        call_id=call_id,
        recording_id=rec,
        directory="/tmp/x",
        caller_path="/tmp/x/caller.wav",
        operator_path="/tmp/x/operator.wav",
        mixed_path=None,
        duration_s=3.0,
        sample_rate=16000,
        caller_sha256="0" * 64,
        operator_sha256="1" * 64,
        mixed_sha256=None,
        status=status,
    )


def ended(call_id: str = "c1", reason: p.EndReason = p.EndReason.LOCAL_HANGUP) -> p.CallEnded:
    return p.CallEnded(call_id=call_id, end_at=NOW, end_reason=reason)
