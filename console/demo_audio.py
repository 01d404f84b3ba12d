"""The demo's sound devices: ALSA PCMs whose speakers are files (issue 11, `make demo`).

Headless there is no sound card, yet the demo must show that a ringing call really rings:
the engine plays its ringtone into a "headset" and a second "ringer" (desk speakers) that
are ALSA `file` PCMs, and the demo measures the ringtone's two tones in what they received.
The config reaches the engine through `ALSA_CONFIG_PATH` (the system's alsa.conf first, then
ours), so the person's HOME and their own `~/.asoundrc` stay untouched. The microphone reads
/dev/zero: the demo operator says nothing, which never runs out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

RATE = 16000
HEADSET = "kutydemo"
RINGER = "kutydemoringer"
SYSTEM_ALSA_CONF = Path("/usr/share/alsa/alsa.conf")
RING_TONES_HZ = (523.0, 659.0)
"""The engine's ringtone chord (telephony/tones.py)."""

_CONF = """# Written by the Kuty demo (console/demo_audio.py): file "speakers", silent microphone.
pcm.{headset}_mic_file {{ type file slave.pcm "null" file "/dev/null" infile "/dev/zero"
    format "raw" }}
pcm.{headset}_speaker_file {{ type file slave.pcm "null" file "{speaker}" format "raw"
    perm 0644 }}
pcm.{headset}_mic {{ type plug slave {{ pcm "{headset}_mic_file" format S16_LE
    rate {rate} channels 1 }} }}
pcm.{headset}_speaker {{ type plug slave {{ pcm "{headset}_speaker_file" format S16_LE
    rate {rate} channels 1 }} }}
pcm.{headset} {{ type asym capture.pcm "{headset}_mic" playback.pcm "{headset}_speaker"
    hint {{ show on description "Kuty demo headset (speaker is a file)" }} }}
pcm.{ringer}_file {{ type file slave.pcm "null" file "{ringer_out}" format "raw"
    perm 0644 }}
pcm.{ringer} {{ type plug slave {{ pcm "{ringer}_file" format S16_LE rate {rate}
    channels 1 }} hint {{ show on description "Kuty demo ringer (a file)" }} }}
"""


@dataclass(frozen=True)
class DemoAudio:
    speaker: Path  # raw s16le mono: what the headset played
    ringer: Path  # raw s16le mono: what the desk speakers played


def install_demo_audio(directory: Path) -> DemoAudio | None:
    """Write the PCMs and point ALSA at them (for the engine this process starts);
    None when this machine has no ALSA configuration to extend."""
    if not SYSTEM_ALSA_CONF.is_file():
        return None
    directory.mkdir(parents=True, exist_ok=True)
    audio = DemoAudio(speaker=directory / "headset-speaker.raw", ringer=directory / "ringer.raw")
    for path in (audio.speaker, audio.ringer):
        path.unlink(missing_ok=True)
    conf = directory / "asoundrc"
    conf.write_text(
        _CONF.format(
            headset=HEADSET,
            ringer=RINGER,
            speaker=audio.speaker,
            ringer_out=audio.ringer,
            rate=RATE,
        ),
        encoding="utf-8",
    )
    os.environ["ALSA_CONFIG_PATH"] = f"{SYSTEM_ALSA_CONF}:{conf}"
    return audio


def raw_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def ring_seconds(path: Path, start: int, end: int) -> float:
    """Seconds of the ringtone in bytes [start, end) of a raw speaker file: 100 ms blocks
    in which both tones of the chord stand well above the rest of the spectrum."""
    import numpy as np

    try:
        with open(path, "rb") as f:
            f.seek(start - start % 2)
            data = f.read(max(0, end - start))
    except OSError:
        return 0.0
    samples = np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2").astype(np.float64)
    block = RATE // 10
    ringing = 0
    freqs = np.fft.rfftfreq(block, 1.0 / RATE)
    bins = [int(np.argmin(np.abs(freqs - hz))) for hz in RING_TONES_HZ]
    for i in range(0, len(samples) - block + 1, block):
        spectrum = np.abs(np.fft.rfft(samples[i : i + block] * np.hanning(block)))
        floor = float(np.median(spectrum)) + 1e-9
        if all(spectrum[b] > 50 * floor and spectrum[b] > 1000 for b in bins):
            ringing += 1
    return ringing / 10.0
