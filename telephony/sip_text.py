"""Reading SIP message text (no pjsua2): small facts the engine needs from raw messages."""

from __future__ import annotations


def completed_elsewhere(message: str) -> bool:
    """RFC 3326 `Reason: SIP;cause=200` on the CANCEL: a forking proxy gave the call to
    another seat; the operator sees "answered elsewhere", not a missed call."""
    text = message.lower()
    return text.startswith("cancel") and "cause=200" in text.replace(" ", "")
