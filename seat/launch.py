"""How a host (console or `kuty serve`) starts the engine process.

Kept free of pjsua2 and Qt so the console can import it; the engine itself is
`python -m telephony.engine_main`.
"""

from __future__ import annotations

import sys

from desk.settings import Settings


def engine_command(settings: Settings) -> list[str]:
    """The argv that starts an engine for these settings (program first)."""
    argv = [
        sys.executable,
        "-m",
        "telephony.engine_main",
        "--listen",
        settings.listen,
        "--recordings",
        str(settings.recordings_root),
        "--seat",
        settings.seat_name,
        "--region",
        settings.default_region,
        "--headset-max-lag-ms",
        str(settings.headset_max_lag_ms),
        "--stun-check-s",
        str(settings.stun_check_s),
        "--reserve-mb",
        str(settings.recordings_reserve_mb),
    ]
    if settings.audio_device:
        argv += ["--audio-device", settings.audio_device]
    if settings.media_port_start:
        argv += ["--media-port", str(settings.media_port_start)]
    if settings.auto_answer:
        argv.append("--auto-answer")
    return argv
