"""baresip (1.0.x, Debian 12) as a caller or an auto-answering callee on loopback.

baresip 1.0's `aufile` module is a source only, so the "speaker" of the test peer is the
ALSA `null` PCM (always defined by alsa-lib); with `record=True` the `sndfile` module also
dumps both directions to WAV files in the config directory (`dump-*-dec.wav` is what
baresip received).
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.support.audio import to_pcm
from tests.support.ports import free_port, free_port_range

MODULE_PATH = Path("/usr/lib/baresip/modules")


@dataclass
class BaresipConfig:
    """A baresip config directory and the address it listens on."""

    directory: Path
    listen: str
    account_uri: str


def make_config(
    directory: Path | None = None,
    *,
    source_wav: str | Path | None = None,
    user: str = "0501234567",
    display_name: str = "",
    auto_answer: bool = False,
    record: bool = False,
    codecs: tuple[str, ...] = ("g711",),
    source_rate: int = 8000,
    source_channels: int = 1,
) -> BaresipConfig:
    """Write `config`, `accounts` and an empty `contacts` for a loopback baresip.

    Args:
        directory: where to write them; a new temporary directory by default.
        source_wav: what baresip sends as its microphone (any rate, mono 16-bit WAV);
            None reads the ALSA `null` PCM, i.e. sends silence.
        user: the user part of the account AOR, i.e. the caller number others see.
        display_name: display name in From.
        auto_answer: answer incoming calls at once (`answermode=auto`).
        record: load `sndfile` to dump sent/received audio as WAVs in `directory`.
        codecs: baresip codec modules to load, in preference order. baresip 1.0's aufile
            cannot resample: the source is converted to `source_rate`, which must be the
            rate of the codec that is negotiated (8000 fits G.711 only).
        source_rate: sample rate of the converted source (48000 for "opus", whose
            encoder runs at 48 kHz in baresip).
        source_channels: channels of the converted source (2 for baresip's opus/48000/2).
    """
    directory = Path(directory or tempfile.mkdtemp(prefix="kuty-baresip-"))
    directory.mkdir(parents=True, exist_ok=True)
    port = free_port()
    rtp = free_port_range(40, even=True)
    lines = [
        "poll_method\t\tepoll",
        f"sip_listen\t\t127.0.0.1:{port}",
        "sip_transports\t\tudp",
        f"rtp_ports\t\t{rtp}-{rtp + 39}",
        "audio_player\t\talsa,null",
        "audio_alert\t\talsa,null",
        "audio_srate\t\t8000-48000",
        "audio_channels\t\t1-2",
        f"module_path\t\t{MODULE_PATH}",
        *(f"module\t\t\t{codec}.so" for codec in codecs),
        "module\t\t\taufile.so",
        "module\t\t\talsa.so",
        "module_app\t\taccount.so",
        "module_app\t\tmenu.so",
    ]
    if source_wav is not None:
        source = to_pcm(
            source_wav,
            directory / f"source-{source_rate // 1000}k.wav",
            rate=source_rate,
            channels=source_channels,
        )
        lines.insert(4, f"audio_source\t\taufile,{source.resolve()}")
    else:
        lines.insert(4, "audio_source\t\talsa,null")
    if record:
        lines += ["module\t\t\tsndfile.so", f"snd_path\t\t{directory}"]
    (directory / "config").write_text("\n".join(lines) + "\n", encoding="utf-8")
    name = f'"{display_name}" ' if display_name else ""
    params = ";regint=0"
    if auto_answer:
        params += ";answermode=auto"
    account = f"{name}<sip:{user}@127.0.0.1:{port}>{params}"
    (directory / "accounts").write_text(account + "\n", encoding="utf-8")
    (directory / "contacts").write_text("", encoding="utf-8")
    return BaresipConfig(directory, f"127.0.0.1:{port}", f"sip:{user}@127.0.0.1:{port}")


@dataclass
class BaresipResult:
    returncode: int
    output: str


def dial(
    config: BaresipConfig, uri: str, seconds: float, *, timeout: float | None = None
) -> BaresipResult:
    """Dial `uri`, let baresip run for `seconds` in all (it hangs up on exit), return.

    baresip 1.0 quits after `-t` seconds; leaving with a call up sends BYE first.
    """
    argv = ["baresip", "-f", str(config.directory), "-e", f"/dial {uri}", "-t", str(int(seconds))]
    try:
        proc = subprocess.run(
            argv,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=timeout or seconds + 20,
            check=False,
            env=_env(),
        )
        out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
        return BaresipResult(proc.returncode, out)
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode("utf-8", "replace")
        return BaresipResult(-9, out + "\n[killed: timeout]")


def start(config: BaresipConfig, log_path: Path | None = None) -> subprocess.Popen[bytes]:
    """Run baresip in the background (e.g. auto-answering); stop it with `stop()`."""
    log = open(log_path or config.directory / "baresip.log", "wb")  # noqa: SIM115
    return subprocess.Popen(
        ["baresip", "-f", str(config.directory)],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=_env(),
    )


def stop(proc: subprocess.Popen[bytes], timeout: float = 10.0) -> int:
    """SIGTERM the background baresip and wait; SIGKILL if it does not go."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)
    return proc.returncode


def received_dumps(config: BaresipConfig) -> list[Path]:
    """WAVs the `sndfile` module wrote of the audio baresip received (decoder side)."""
    return sorted(config.directory.glob("dump-*-dec.wav"))


def _env() -> dict[str, str]:
    # baresip writes nothing to HOME when -f is given, but ALSA reads ~/.asoundrc: keep the
    # caller's environment (tests may point HOME at a fake-headset config on purpose).
    return dict(os.environ)
