"""The requests register's values in words (KUTY-1.3, issue 13): a request's state, why a
recording has no transcript, the dossier preview. Kept apart from the view so tests and
other screens read the same words; every text is `QCoreApplication.translate` with the
"RequestsView" context, literal, so lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from console.caller_display import desk_datetime, format_number
from console.wrapup_fields import category_text
from recordings.dossier_preview import DossierPreview
from recordings.request_transcripts import TranscriptState

__all__ = ["preview_text", "request_status_text", "transcript_state_text"]


def request_status_text(status: str, overdue: bool = False) -> str:
    """A request's state in words (never `in_progress`); overdue is said, not coloured."""
    texts = {
        "open": QCoreApplication.translate("RequestsView", "Open"),
        "in_progress": QCoreApplication.translate("RequestsView", "Dossier being built"),
        "fulfilled": QCoreApplication.translate("RequestsView", "Fulfilled"),
        "cancelled": QCoreApplication.translate("RequestsView", "Withdrawn"),
    }
    text = texts.get(status, QCoreApplication.translate("RequestsView", "Unknown state"))
    return (
        QCoreApplication.translate("RequestsView", "%1 ⚠ overdue").replace("%1", text)
        if overdue
        else text
    )


def transcript_state_text(state: TranscriptState) -> str:
    """Why a recording has no transcript in the dossier, or that it has one."""
    texts = {
        TranscriptState.INCLUDED: QCoreApplication.translate("RequestsView", "transcript included"),
        TranscriptState.QUEUED: QCoreApplication.translate(
            "RequestsView", "not transcribed: still queued"
        ),
        TranscriptState.FAILED: QCoreApplication.translate(
            "RequestsView", "not transcribed: the transcription failed"
        ),
        TranscriptState.ENGINE_MISSING: QCoreApplication.translate(
            "RequestsView", "not transcribed: no transcription engine or model on this seat"
        ),
        TranscriptState.NOT_QUEUED: QCoreApplication.translate(
            "RequestsView", "not transcribed: never queued"
        ),
    }
    return texts[state]


def _kind_text(kind: str) -> str:
    return {
        "abuse": QCoreApplication.translate("RequestsView", "Abuse"),
        "threat": QCoreApplication.translate("RequestsView", "Threat"),
    }.get(kind, QCoreApplication.translate("RequestsView", "Incident"))


def preview_text(preview: DossierPreview) -> str:
    """The preview as the head administrator reads it: one line per item, in words."""
    size = QLocale()
    lines = [
        QCoreApplication.translate("RequestsView", "Request No. %1: calls %2, recordings %3.")
        .replace("%1", str(preview.request_id))
        .replace("%2", str(preview.calls))
        .replace("%3", str(len(preview.recordings)))
    ]
    missing = {m.recording_id: m.state for m in preview.not_transcribed}
    tracks = {
        "caller": QCoreApplication.translate("RequestsView", "caller"),
        "operator": QCoreApplication.translate("RequestsView", "operator"),
        "mixed": QCoreApplication.translate("RequestsView", "both"),
    }
    if preview.scope.recordings or preview.scope.transcripts:
        lines.append(QCoreApplication.translate("RequestsView", "Recordings:"))
    for rec in preview.recordings:
        bytes_text = (
            size.formattedDataSize(rec.size_bytes)
            if rec.size_bytes is not None
            else QCoreApplication.translate("RequestsView", "a track file is missing")
        )
        lines.append(
            f"• {format_number(rec.number)}, {desk_datetime(rec.started_at)}, {bytes_text}"
        )
        for track, digest in rec.sha256.items():
            lines.append(f"    SHA-256 ({tracks.get(track, track)}): {digest}")
        if preview.scope.transcripts:
            state = missing.get(rec.recording_id, TranscriptState.INCLUDED)
            lines.append(f"    {transcript_state_text(state)}")
    if preview.scope.transcripts:
        lines.append(
            QCoreApplication.translate(
                "RequestsView", "Transcripts: %1 included, %2 not transcribed."
            )
            .replace("%1", str(len(preview.transcripts)))
            .replace("%2", str(len(preview.not_transcribed)))
        )
    if preview.wrap_ups:
        lines.append(QCoreApplication.translate("RequestsView", "Wrap-ups:"))
        for wrap in preview.wrap_ups:
            number = wrap.registration_number or QCoreApplication.translate(
                "RequestsView", "no registration number"
            )
            lines.append(f"• {number}: {category_text(wrap.category)}")
    if preview.scope.incidents:
        lines.append(
            QCoreApplication.translate("RequestsView", "Incidents: %1").replace(
                "%1", str(len(preview.incidents))
            )
        )
        for incident in preview.incidents:
            lines.append(f"• {_kind_text(incident.kind)} (No. {incident.id})")
    if preview.scope.correspondence:
        lines.append(
            QCoreApplication.translate("RequestsView", "Written messages: %1").replace(
                "%1", str(preview.messages)
            )
        )
    return "\n".join(lines)
