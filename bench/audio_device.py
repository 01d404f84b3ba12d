"""Headset latency and gaps: the PortAudio bridge (ADR 0003) against pjmedia's ALSA (ADR 0011).

One call per backend (`--calls N` for more) from `telephony.simcall` into `kuty serve
--auto-answer` whose headset is the tests' fake ALSA device (tests/support/alsa.py: a
`file` PCM over `null`), with one change: its microphone and speaker files are FIFOs that
this script feeds and drains at exactly 16 kHz (20 ms chunks, pipes shrunk to 4 KiB =
128 ms), so the device keeps time like a headset. Over the plain files (what the tests
use) capture returns at once, ~500x real time: pjmedia's capture thread then empties the
file in a fraction of a second (nothing to measure), while the PortAudio bridge pulls one
frame per bridge tick and so still plays it in order.

- mic_ms: a 1 kHz beep written into the microphone FIFO at wall time t, found in the
  recorded operator track at recording start + offset: the delay from the "headset" to
  the conference bridge (the path after the bridge is the same for both backends).
- ear_ms: a 1.4 kHz beep in the caller's audio, found in the recorded caller track (bridge
  time) and in what the speaker FIFO gave up (played) at wall time t: bridge -> ear.
- gaps: runs of >= 40 ms where a steady tone (440 Hz from the microphone, 600 Hz from the
  caller) fell below half its level, in both directions, while `--hogs` CPU-bound
  processes (default 3 on this 2-core machine) spin for 5 s: in kuty serve's own session
  and process group, i.e. the engine's (`--hog-place session`, the default: with the
  kernel's autogroup scheduling, hogs in another session only take that session's
  share), or in this script's (`--hog-place other`).
Reference time is the recording's `started_at` (the engine's wall clock; the first frame
follows after the sidecar's fsync and the next 20 ms tick), which shifts mic and ear by the
same amount in opposite directions.

    .venv/bin/python bench/audio_device.py [--calls 1] [--hogs 3] [--hog-place session]

prints `portaudio_mic_ms=X portaudio_ear_ms=X portaudio_gaps=N alsa_mic_ms=X alsa_ear_ms=X
alsa_gaps=N portaudio_roundtrip_ms=X alsa_roundtrip_ms=X` (medians over calls and beeps;
gaps summed; roundtrip = mic + ear of a call, exact because the recording-start offset
cancels: the split between mic and ear is only good to about 20 ms, so a mic figure can
even come out slightly negative); details go to stderr.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.audio import read_samples, tone_amplitudes  # noqa: E402
from tests.support.paced_headset import (  # noqa: E402
    RATE,
    make_paced_headset,
    onsets,
    tone,
    write_wav,
)
from tests.support.serve import ServeProcess  # noqa: E402
from tests.support.simcall import simcall_command  # noqa: E402

BEEP_HZ, MIC_TONE_HZ, CALLER_TONE_HZ = 1000.0, 440.0, 600.0
CALLER_BEEP_HZ = 1400.0  # not 1000 Hz: the auto-answer zip tone plays that into the ear
CALLER_BEEPS_S = (1.0, 2.0, 3.0)  # in the caller's WAV
MIC_BEEPS_S = (1.5, 2.5, 3.5)  # after the recording started
BUSY_S = (4.0, 9.0)  # hogs run, both tones play (4.2-8.8 s is judged)
CALL_S = 10.0


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def caller_wav(path: Path) -> Path:
    samples = np.zeros(int(CALL_S * RATE), dtype=np.int16)
    for at in CALLER_BEEPS_S:
        start = int(at * RATE)
        samples[start : start + int(0.1 * RATE)] = tone(CALLER_BEEP_HZ, 0.1)
    start, end = (int(s * RATE) for s in BUSY_S)
    samples[start:end] = tone(CALLER_TONE_HZ, BUSY_S[1] - BUSY_S[0])
    return write_wav(path, samples)


def gap_runs(data: np.ndarray, freq: float) -> int:
    """Runs of >= 40 ms (two 20 ms blocks) where a steady tone fell below half its level."""
    amps = tone_amplitudes(data, RATE, freq, block_s=0.02)
    if len(amps) == 0:
        return 0
    level = float(np.median(amps))
    runs, current = 0, 0
    for amp in amps:
        current = current + 1 if amp < level / 2 else 0
        if current == 2:
            runs += 1
    return runs


HOG = """\
import os, sys, time
go, stop = sys.argv[1:3]
end = time.time() + 120
while not os.path.exists(go) and time.time() < end:
    time.sleep(0.05)
n = 0
while time.time() < end:
    n += 1
    if n % 200000 == 0 and os.path.exists(stop):
        break
"""
"""A CPU hog that spins from the moment `go` exists until `stop` does (at most 2 min)."""


def hogs(count: int) -> list[subprocess.Popen[bytes]]:
    code = "while True:\n    pass\n"
    return [subprocess.Popen([sys.executable, "-c", code]) for _ in range(count)]


def session_hogs(count: int, go: Path, stop: Path) -> list[str]:
    """A `ServeProcess` prefix that starts `count` hogs in kuty serve's own session and
    process group (the engine's), then execs kuty serve. With the kernel's autogroup
    scheduling, CPU is shared between sessions first: hogs in another session take at
    most their session's share, hogs in the engine's session compete with it directly."""
    loop = f'for i in $(seq {count}); do "$KUTY_BENCH_PY" -c "$KUTY_BENCH_HOG" {go} {stop} & done'
    return ["sh", "-c", f'{loop}; exec "$@"', "sh"]


def one_call(
    backend: str, root: Path, n_hogs: int, place: str
) -> tuple[list[float], list[float], int]:
    paced = make_paced_headset(root)
    mic, speaker = paced.mic, paced.speaker
    env = {**paced.headset.env(), "KUTY_AUDIO_BACKEND": backend}
    env.update(KUTY_BENCH_PY=sys.executable, KUTY_BENCH_HOG=HOG)
    go, stop = root / "hogs-go", root / "hogs-stop"
    prefix = session_hogs(n_hogs, go, stop) if place == "session" else []
    wav = caller_wav(root / "caller.wav")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        with ServeProcess(
            root / "data", audio_device=paced.headset.device, env=env, prefix=prefix
        ) as serve:
            ready = serve.find("engine_ready")[0]
            if ready.get("audio_warning"):
                raise RuntimeError(f"{backend}: {ready['audio_warning']}")
            argv = simcall_command(serve.sip_uri, wav=wav, duration=CALL_S + 0.5)
            caller = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            started = serve.wait_for("recording_started", timeout=30)
            t_rec = datetime.fromisoformat(started["started_at"]).timestamp()
            for at in MIC_BEEPS_S:
                mic.play(t_rec + at, tone(BEEP_HZ, 0.1))
            mic.play(t_rec + BUSY_S[0], tone(MIC_TONE_HZ, BUSY_S[1] - BUSY_S[0]))
            time.sleep(max(0.0, t_rec + BUSY_S[0] - time.time()))
            if place == "session":
                go.touch()
            else:
                procs = hogs(n_hogs)
            time.sleep(max(0.0, t_rec + BUSY_S[1] - time.time()))
            stop.touch()
            for proc in procs:
                proc.kill()
            caller.communicate(timeout=60)
            finished = serve.wait_for("recording_finished", timeout=30)
    finally:
        stop.touch()
        for proc in procs:
            proc.kill()
            proc.wait()
        paced.stop()
    if finished["status"] != "complete":
        raise RuntimeError(f"{backend}: recording {finished['status']}")

    operator, _ = read_samples(finished["operator_path"])
    caller_track, _ = read_samples(finished["caller_path"])
    mic_ms = []
    for i in range(len(MIC_BEEPS_S)):
        written = mic.written_at.get(i)
        found = [
            t
            for t in onsets(operator, BEEP_HZ)
            if written is not None and -0.05 <= t_rec + t - written < 0.6
        ]
        if found and written is not None:
            mic_ms.append((t_rec + found[0] - written) * 1000)
    played, play_t0 = speaker.played()
    ear_ms = []
    heard = onsets(played, CALLER_BEEP_HZ)
    for at in onsets(caller_track, CALLER_BEEP_HZ):
        bridge_t = t_rec + at
        later = [play_t0 + t for t in heard if -0.05 <= play_t0 + t - bridge_t < 0.6]
        if later:
            ear_ms.append((later[0] - bridge_t) * 1000)
    lo, hi = BUSY_S[0] + 0.2, BUSY_S[1] - 0.2
    mic_part = operator[int(lo * RATE) : int(hi * RATE)]
    caller_at = [t for t in onsets(caller_track, CALLER_TONE_HZ) if t > 3.5]
    ear_part = np.zeros(0)
    if caller_at:
        start = t_rec + caller_at[0] + statistics.median(ear_ms or [0]) / 1000 - play_t0 + 0.2
        ear_part = played[int(start * RATE) : int((start + hi - lo) * RATE)]
    gaps = gap_runs(mic_part, MIC_TONE_HZ) + gap_runs(ear_part, CALLER_TONE_HZ)
    log(
        f"{backend}: mic_ms={[round(x) for x in mic_ms]} ear_ms={[round(x) for x in ear_ms]} "
        f"gaps={gaps} (mic {gap_runs(mic_part, MIC_TONE_HZ)}, ear "
        f"{gap_runs(ear_part, CALLER_TONE_HZ)}) mic_dropped_chunks={mic.dropped}"
    )
    if len(mic_ms) < len(MIC_BEEPS_S) or len(ear_ms) < len(CALLER_BEEPS_S):
        log(f"{backend}: some beeps were not found (device silent or too late)")
    return mic_ms, ear_ms, gaps


def fmt(values: list[float]) -> str:
    return str(round(statistics.median(values)) + 0) if values else "nan"  # no "-0"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=1)
    ap.add_argument("--hogs", type=int, default=3, help="CPU-bound processes while busy")
    ap.add_argument(
        "--hog-place",
        choices=("session", "other"),
        default="session",
        help="hogs in the engine's session and process group (default) or in this one's",
    )
    ap.add_argument("--backends", default="portaudio,pjmedia")
    args = ap.parse_args()
    out: list[str] = []
    extra: list[str] = []
    for backend in args.backends.split(","):
        mics: list[float] = []
        ears: list[float] = []
        trips: list[float] = []
        gaps = 0
        for i in range(args.calls):
            with tempfile.TemporaryDirectory(prefix=f"kuty-bench-{backend}-") as tmp:
                mic_ms, ear_ms, n = one_call(backend, Path(tmp), args.hogs, args.hog_place)
                log(f"{backend} call {i + 1}/{args.calls} done")
            mics += mic_ms
            ears += ear_ms
            if mic_ms and ear_ms:  # the recording-start offset cancels in the sum
                trips.append(statistics.median(mic_ms) + statistics.median(ear_ms))
            gaps += n
        name = "alsa" if backend == "pjmedia" else backend
        out += [f"{name}_mic_ms={fmt(mics)}", f"{name}_ear_ms={fmt(ears)}", f"{name}_gaps={gaps}"]
        extra.append(f"{name}_roundtrip_ms={fmt(trips)}")
    print(" ".join(out + extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
