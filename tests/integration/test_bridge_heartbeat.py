"""A device-less headset port costs the bridge's clock thread nothing (issue 15).

pjmedia's conference hands every port that nobody transmits to a NONE "heart-beat"
frame on each 20 ms tick; for a Python `AudioMediaPort` each is a call into Python on
the clock thread. Measured in a real pjsua2 endpoint (its own process, null sound
device), with the bridge's clock kept running by a tone into a recorder as during a
call: the engine's silent headset port gets no frame, a plain Python port gets ~50 a
second (the control that shows the measurement can fail).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import json, sys, time
    import pjsua2 as pj
    from telephony.headset import CLOCK_RATE, FRAME_MS, HeadsetPort

    class Counting(HeadsetPort):
        frames = 0
        def onFrameReceived(self, frame):
            Counting.frames += 1

    class Plain(pj.AudioMediaPort):
        frames = 0
        def onFrameReceived(self, frame):
            Plain.frames += 1

    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.logConfig.level = 1
    cfg.logConfig.consoleLevel = 1
    cfg.medConfig.clockRate = CLOCK_RATE
    cfg.medConfig.sndClockRate = CLOCK_RATE
    cfg.medConfig.ecTailLen = 0
    ep.libInit(cfg)
    ep.audDevManager().setNullDev()
    ep.libStart()
    headset = Counting(None)
    plain = Plain()
    fmt = pj.MediaFormatAudio()
    fmt.init(pj.PJMEDIA_FORMAT_PCM, CLOCK_RATE, 1, FRAME_MS * 1000, 16)
    plain.createPort("plain", fmt)
    tone = pj.ToneGenerator()
    tone.createToneGenerator(CLOCK_RATE, 1)
    recorder = pj.AudioMediaRecorder()
    recorder.createRecorder(sys.argv[1])
    tone.startTransmit(recorder)  # the bridge's clock runs, as while a call is up
    desc = pj.ToneDesc()
    desc.freq1, desc.freq2, desc.on_msec, desc.off_msec, desc.volume = 440, 0, 200, 200, 0
    tone.play(pj.ToneDescVector([desc]), True)
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        ep.libHandleEvents(10)
    print(json.dumps({"headset": Counting.frames, "plain": Plain.frames}))
    sys.stdout.flush()
    tone.stopTransmit(recorder)
    del tone, recorder, headset, plain
    ep.libDestroy()
    """
)


def test_silent_headset_port_gets_no_heartbeat_frames(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "tone.wav")],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in reversed(done.stdout.splitlines()) if x.startswith("{"))
    counts = json.loads(line)
    assert counts["plain"] >= 40, counts  # ~75 over 1.5 s: the bridge did tick
    assert counts["headset"] == 0, counts
