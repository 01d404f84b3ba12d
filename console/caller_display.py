"""How a caller's number and the protocol's enums read to an operator.

Kept apart from the widgets so the card and the history show a number, a withheld
caller or an end reason exactly the same way.
"""

from __future__ import annotations

import datetime as dt

import phonenumbers
from PySide6.QtCore import QCoreApplication

from telephony.protocol import WITHHELD, CallDirection, EndReason, RecordingStatus


def format_number(number: str | None, remote_uri: str = "") -> str:
    """E.164 in international grouping; withheld and unknown are distinct words."""
    if number == WITHHELD:
        return QCoreApplication.translate("CallerDisplay", "Withheld")
    if not number:
        return remote_uri or QCoreApplication.translate("CallerDisplay", "Unknown number")
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def direction_text(direction: object) -> str:
    value = str(getattr(direction, "value", direction))
    if value == CallDirection.INCOMING.value:
        return QCoreApplication.translate("CallerDisplay", "Incoming")
    if value == CallDirection.OUTGOING.value:
        return QCoreApplication.translate("CallerDisplay", "Outgoing")
    return value


def end_reason_text(reason: object) -> str:
    value = str(getattr(reason, "value", reason)) if reason is not None else ""
    texts = {
        EndReason.LOCAL_HANGUP.value: QCoreApplication.translate(
            "CallerDisplay", "Operator hung up"
        ),
        EndReason.REMOTE_HANGUP.value: QCoreApplication.translate(
            "CallerDisplay", "Caller hung up"
        ),
        EndReason.REJECTED.value: QCoreApplication.translate("CallerDisplay", "Rejected"),
        EndReason.MISSED.value: QCoreApplication.translate("CallerDisplay", "Missed"),
        EndReason.ANSWERED_ELSEWHERE.value: QCoreApplication.translate(
            "CallerDisplay", "Answered elsewhere"
        ),
        EndReason.FAILED.value: QCoreApplication.translate("CallerDisplay", "Failed"),
        EndReason.INTERRUPTED.value: QCoreApplication.translate("CallerDisplay", "Interrupted"),
        EndReason.SHUTDOWN.value: QCoreApplication.translate("CallerDisplay", "Console closed"),
        # issue 15: refused before ringing
        EndReason.CAPACITY.value: QCoreApplication.translate(
            "CallerDisplay", "Refused: all lines busy"
        ),
        EndReason.MALFORMED.value: QCoreApplication.translate(
            "CallerDisplay", "Refused: malformed call request"
        ),
        EndReason.POLICY.value: QCoreApplication.translate(  # KZP-30-8: written contacts only
            "CallerDisplay", "Refused: this desk takes no voice calls"
        ),
        EndReason.UNKNOWN_SOURCE.value: QCoreApplication.translate(
            "CallerDisplay", "Refused: not from the PBX"
        ),
        "": QCoreApplication.translate("CallerDisplay", "In progress"),
    }
    return texts.get(value, value)


def recording_text(status: object) -> str:
    value = str(getattr(status, "value", status)) if status is not None else ""
    texts = {
        RecordingStatus.RECORDING.value: QCoreApplication.translate("CallerDisplay", "Recording"),
        RecordingStatus.COMPLETE.value: QCoreApplication.translate("CallerDisplay", "Recorded"),
        RecordingStatus.REPAIRED.value: QCoreApplication.translate("CallerDisplay", "Repaired"),
        RecordingStatus.FAILED.value: QCoreApplication.translate(
            "CallerDisplay", "Recording failed"
        ),
        "": QCoreApplication.translate("CallerDisplay", "No recording"),
    }
    return texts.get(value, value)


def format_duration(seconds: float | None) -> str:
    """mm:ss, or h:mm:ss for the rare hour-long call."""
    if seconds is None:
        return ""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


DATE_FORMAT = "%d.%m.%Y"
"""Dates as the desk writes them (01.12.2026), in both languages: never ISO on screen
(issue 13), and the four-digit year an evidence date needs."""


def desk_date(value: dt.date | dt.datetime | None) -> str:
    """A date, or an aware/naive-UTC datetime's local date, as 01.12.2026."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = _local(value).date()
    return value.strftime(DATE_FORMAT)


def desk_datetime(value: dt.datetime | None, seconds: bool = False) -> str:
    """A database timestamp (UTC) as the operator's local 01.12.2026 16:15[:03]."""
    if value is None:
        return ""
    return _local(value).strftime(DATE_FORMAT + (" %H:%M:%S" if seconds else " %H:%M"))


def _local(stamp: dt.datetime) -> dt.datetime:
    if stamp.tzinfo is None:  # the database keeps UTC without a zone
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone()


def local_time(value: object) -> str:
    """A protocol/database timestamp (ISO string or datetime, UTC) as local HH:MM:SS."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            stamp = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    elif isinstance(value, dt.datetime):
        stamp = value
    else:
        return str(value)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone().strftime("%H:%M:%S")
