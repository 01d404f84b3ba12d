"""A finished call of real English speech on two tracks, with rows as the recorder leaves them.

espeak-ng speaks an English caller and operator (pocketsphinx ships only an English model),
sox makes them 16 kHz mono tracks laid out as the recorder leaves them (the caller speaks
first, then the operator answers), and the database gets Call/Recording rows with the
tracks' real SHA-256. Shared by the transcript pipeline test, the transcript editor GUI
test and the `kuty transcripts` command-line tests, so all three run the real engine on
the same conversation.
"""

from __future__ import annotations

import subprocess
import wave
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from recordings.wavfile import merge_stereo
from tests.support.rows import add_recorded_call

__all__ = [
    "CALLER_TEXT",
    "CALL_ID",
    "GAP_S",
    "LEAD_S",
    "OPERATOR_TEXT",
    "REC_ID",
    "T0",
    "TAIL_S",
    "SpokenCall",
    "record_dialogue",
    "run_tool",
    "speak_16k",
]

CALLER_TEXT = "I would like to change the address in my application"
OPERATOR_TEXT = "Yes, you can change the address on the web site"
LEAD_S, GAP_S, TAIL_S = 0.5, 0.8, 0.5
CALL_ID = "5a1e0000-0000-4000-8000-000000000001"
REC_ID = "5a1e0000-0000-4000-8000-0000000000aa"
T0 = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)


def run_tool(argv: list[str]) -> str:
    """Run a command-line tool and return its stdout (raises if it fails)."""
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


def speak_16k(
    text: str, out: Path, *, voice: str = "en-us", speed: int = 140, pad_s: float = 0.0
) -> float:
    """espeak-ng's speech as a 16 kHz mono track (`pad_s` of silence each side); its seconds.

    sox runs with `-R`: resampling espeak's 22.05 kHz dithers, and without it the dither is
    time-seeded, so the recogniser heard different samples on every run (WER 0.4-0.9 in
    tests/integration/test_transcripts). Shared with bench/transcribe_wer.py.
    """
    raw = out.with_suffix(".raw.wav")
    run_tool(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(raw), text])
    pad = ["pad", f"{pad_s:.3f}", f"{pad_s:.3f}"] if pad_s else []
    sox_16k = ["-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer"]
    run_tool(["sox", "-R", str(raw), *sox_16k, str(out), *pad])
    raw.unlink()
    with wave.open(str(out), "rb") as w:
        return w.getnframes() / w.getframerate()


def _pad(src: Path, dst: Path, before: float, after: float) -> None:
    run_tool(["sox", "-R", str(src), str(dst), "pad", f"{before:.3f}", f"{after:.3f}"])


@dataclass(frozen=True)
class SpokenCall:
    """Where the speech is: the caller ends at `caller_end_s`, the operator starts later."""

    call_id: str
    recording_id: str
    caller_end_s: float
    operator_start_s: float
    duration_s: float


def record_dialogue(
    sessions: sessionmaker[Session],
    root: Path,
    *,
    operator_id: int | None,
    call_id: str = CALL_ID,
    recording_id: str = REC_ID,
) -> SpokenCall:
    """Speak the dialogue into `root`/recordings/... and add its Call and Recording rows."""
    work = root / "speech"
    work.mkdir(parents=True, exist_ok=True)
    dc = speak_16k(CALLER_TEXT, work / "c.wav")
    do = speak_16k(OPERATOR_TEXT, work / "o.wav")
    directory = root / "recordings" / "2026" / "03" / "02" / call_id
    directory.mkdir(parents=True)
    op_start = LEAD_S + dc + GAP_S
    _pad(work / "c.wav", directory / "caller.wav", LEAD_S, GAP_S + do + TAIL_S)
    _pad(work / "o.wav", directory / "operator.wav", op_start, TAIL_S)
    paths = {t: directory / f"{t}.wav" for t in ("caller", "operator")}
    paths["mixed"] = merge_stereo(paths["caller"], paths["operator"], directory / "mixed.wav")
    duration = op_start + do + TAIL_S
    with sessions.begin() as s:
        add_recorded_call(
            s, call_id=call_id, recording_id=recording_id, directory=directory,
            paths=dict(paths), seconds=duration, ring=T0, number="+380671234567",
            operator_id=operator_id, answer_after_s=3.0,
        )  # fmt: skip
    return SpokenCall(call_id, recording_id, LEAD_S + dc, op_start, duration)
