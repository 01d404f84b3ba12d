"""A fake operator headset: an ALSA device whose microphone is a file and speaker a file.

`kutyheadset` is an `asym` PCM: capture reads raw s16le 16 kHz mono samples from the
"microphone" file (`file` plugin `infile` over the `null` PCM), playback writes raw
samples to the "speaker" file. `plug` layers pin the format so whatever PortAudio asks
for, the files hold S16_LE/16 kHz/mono. The config goes into `.asoundrc` of a private
HOME, which is passed (with `env()`) only to the process under test.

Caveat (docs/PJSUA2-NOTES.md): the `file`/`null` PCM is not paced - reads return at
once, far faster than real time. Capture content is delivered in order, so a consumer
that pulls exactly one 20 ms frame per pjmedia clock tick (the engine with
`--headset-max-lag-ms 0`) still hears the microphone file at the right speed; a consumer
that drops "excess" frames will skip through it. Playback is likewise unpaced.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.support.audio import make_raw_s16

DEVICE = "kutyheadset"

_ASOUNDRC = """# Written by tests/support/alsa.py: a fake headset for the Kuty integration tests.
pcm.{name}_mic_file {{
    type file
    slave.pcm "null"
    file "/dev/null"
    infile "{mic}"
    format "raw"
}}
pcm.{name}_speaker_file {{
    type file
    slave.pcm "null"
    file "{speaker}"
    format "raw"
    perm 0644
}}
pcm.{name}_mic {{
    type plug
    slave {{ pcm "{name}_mic_file" format S16_LE rate {rate} channels 1 }}
}}
pcm.{name}_speaker {{
    type plug
    slave {{ pcm "{name}_speaker_file" format S16_LE rate {rate} channels 1 }}
}}
pcm.{name} {{
    type asym
    capture.pcm "{name}_mic"
    playback.pcm "{name}_speaker"
    hint {{
        show on
        description "Kuty test headset (file microphone and speaker)"
    }}
}}
"""


@dataclass
class FakeHeadset:
    """Paths of a fake headset; `env()` makes a process see it.

    Attributes:
        home: the private HOME holding `.asoundrc`.
        mic_raw: raw s16le samples the "microphone" returns (then silence/EOF).
        speaker_raw: raw s16le samples the engine played to the "speaker".
        device: the PCM name to pass as `--audio-device`.
        rate: sample rate of both files.
    """

    home: Path
    mic_raw: Path
    speaker_raw: Path
    device: str = DEVICE
    rate: int = 16000

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env["HOME"] = str(self.home)
        env.pop("ALSA_CONFIG_PATH", None)
        return env

    def speaker_wav(self, out_wav: Path | None = None) -> Path:
        """The speaker capture as a WAV (sox reads the raw file with its format given)."""
        out = out_wav or self.speaker_raw.with_suffix(".wav")
        argv = ["sox", "-t", "raw", "-r", str(self.rate), "-e", "signed-integer", "-b", "16"]
        argv += ["-c", "1", "-L", str(self.speaker_raw), str(out)]
        subprocess.run(argv, check=True, capture_output=True, timeout=60)
        return out


def make_headset(
    mic_wav: str | Path,
    directory: Path | None = None,
    *,
    rate: int = 16000,
    lead_silence_s: float = 0.0,
    trail_silence_s: float = 30.0,
) -> FakeHeadset:
    """Build a fake-headset HOME whose microphone plays `mic_wav`.

    Args:
        mic_wav: what the operator "says" (any sox-readable audio).
        directory: becomes HOME; a new temporary directory by default.
        rate: the device's sample rate.
        lead_silence_s: silence before the speech in the microphone file.
        trail_silence_s: silence after it, so reads do not hit EOF during the call.
    """
    home = Path(directory or tempfile.mkdtemp(prefix="kuty-alsa-home-"))
    home.mkdir(parents=True, exist_ok=True)
    padded = home / "mic-padded.wav"
    argv = ["sox", str(mic_wav), "-r", str(rate), "-c", "1", "-b", "16", str(padded)]
    argv += ["pad", f"{lead_silence_s:.3f}", f"{trail_silence_s:.3f}"]
    subprocess.run(argv, check=True, capture_output=True, timeout=60)
    mic_raw = make_raw_s16(padded, home / "mic.raw", rate)
    speaker_raw = home / "speaker.raw"
    text = _ASOUNDRC.format(name=DEVICE, mic=mic_raw, speaker=speaker_raw, rate=rate)
    (home / ".asoundrc").write_text(text, encoding="utf-8")
    return FakeHeadset(home=home, mic_raw=mic_raw, speaker_raw=speaker_raw, rate=rate)


_OUTPUT = """
pcm.{name}_file {{
    type file
    slave.pcm "null"
    file "{out}"
    format "raw"
    perm 0644
}}
pcm.{name} {{
    type plug
    slave {{ pcm "{name}_file" format S16_LE rate {rate} channels 1 }}
    hint {{
        show on
        description "Kuty test output (file)"
    }}
}}
"""


def add_output(headset: FakeHeadset, name: str) -> Path:
    """A second, output-only device (e.g. desk speakers as the ringer) in the same HOME;
    returns the raw s16le file it writes (read it with `raw_to_wav`)."""
    out = headset.home / f"{name}.raw"
    with open(headset.home / ".asoundrc", "a", encoding="utf-8") as rc:
        rc.write(_OUTPUT.format(name=name, out=out, rate=headset.rate))
    return out


def portaudio_devices(headset: FakeHeadset) -> list[str]:
    """Device names PortAudio (through sounddevice) lists under the headset's HOME."""
    code = "import sounddevice as sd\nfor d in sd.query_devices():\n    print(d['name'])\n"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=headset.env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.splitlines()


def read_through_portaudio(headset: FakeHeadset, seconds: float = 1.0) -> bytes:
    """Record `seconds` from the fake microphone via sounddevice (checks the device opens)."""
    code = (
        "import sys, sounddevice as sd\n"
        f"data = sd.rec(int({seconds} * {headset.rate}), samplerate={headset.rate}, "
        f"channels=1, dtype='int16', device={headset.device!r}, blocking=True)\n"
        "sys.stdout.buffer.write(data.tobytes())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=headset.env(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    return result.stdout
