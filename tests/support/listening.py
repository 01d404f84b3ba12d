"""Live listening between real `kuty serve` seats (issue 13): what its tests share.

The supervisor's seat wears the fake ALSA headset (tests/support/alsa.py) whose
microphone plays a 1 kHz test tone and whose speaker is captured; the operator's seat
wears one with a silent microphone, so its ear shows when the supervisor is in it. The
grant comes from the real service (desk/listening.py) in the operator seat's database, as
the supervisor's console asks for it, and the operator's host checks it there before its
engine answers. tests/integration/test_live_listening.py runs the seats side by side
(direct addresses); tests/integration/test_live_listening_kamailio.py behind Kamailio.
"""

from __future__ import annotations

import itertools
import json
import time
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, OperatorRole
from db.session import open_database
from desk.listening import ListenTicket, grant_listen, record_listen_mode, record_listen_stop
from desk.policy import load_policy
from desk.roles import Actor
from tests.support.alsa import FakeHeadset, make_headset
from tests.support.audio import best_correlation, read_samples, tone_amplitudes
from tests.support.paced_headset import tone, write_wav
from tests.support.serve import ServeProcess

PETRO = Actor("petro", OperatorRole.SUPERVISOR, 2)
KUTY = load_policy("kuty")
TONE_HZ = 1000.0
PHASE_S = 4.0
UNPACED = ["--headset-max-lag-ms", "0"]  # the fake headsets are not paced (alsa.py)
SPEECH = (
    "Добрий день, я телефоную щодо черги в дитячий садок. Моя дитина зареєстрована "
    "з минулого року, але в особистому кабінеті я не бачу заяви. Підкажіть, будь ласка, "
    "що мені робити далі і куди звернутися."
)


def seat_sessions(seat: ServeProcess) -> sessionmaker[Session]:
    """The seat's own SQLite database (where it announced itself and admits grants)."""
    return open_database(f"sqlite:///{seat.data_dir / 'kuty.sqlite3'}")


def listen_audits(sessions: sessionmaker[Session]) -> list[tuple[str, dict[str, object]]]:
    with sessions() as s:
        rows = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind.like("listen%")))
        return [(r.kind, json.loads(r.payload)) for r in rows]


def headsets(directory: Path) -> tuple[FakeHeadset, FakeHeadset]:
    """(supervisor's, operator's): a 1 kHz tone microphone, a silent one; 40 s each."""
    supervisor = make_headset(write_wav(directory / "tone.wav", tone(TONE_HZ, 40, 0.4)),
                              directory / "home", trail_silence_s=30)  # fmt: skip
    silence = write_wav(directory / "silence.wav", np.zeros(16000 * 40, dtype=np.int16))
    operator = make_headset(silence, directory / "operator-home", trail_silence_s=30)
    return supervisor, operator


def piece(wav: Path, start_s: float, end_s: float, directory: Path) -> Path:
    """A cut of a 16-bit mono WAV, to look for in another recording."""
    data, rate = read_samples(wav)
    out = directory / f"{wav.stem}-{start_s:.0f}-{end_s:.0f}.wav"
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        part = data[int(start_s * rate) : int(end_s * rate)]
        w.writeframes((np.clip(part, -1, 1) * 32767).astype("<i2").tobytes())
    return out


def found_in(heard: Path, speech: Path, starts: Sequence[float], directory: Path) -> list[float]:
    """How well each 3 s piece of `speech` (from each of `starts`) is found in `heard`:
    the caller's own sentence scores 0.75 to 0.95 there, another sentence about 0.3."""
    return [best_correlation(heard, piece(speech, s, s + 3.0, directory), 30.0)[0]
            for s in starts]  # fmt: skip


def tone_level(path: Path | str, start_s: float, end_s: float) -> float:
    """Median 1 kHz amplitude between two offsets of a WAV (0 for speech or silence)."""
    data, rate = read_samples(path)
    part = data[int(max(0.0, start_s) * rate) : int(end_s * rate)]
    amps = tone_amplitudes(part, rate, TONE_HZ, 0.2)
    assert len(amps) >= 5, (path, start_s, end_s, len(data) / rate)
    return float(np.median(amps))


def tone_seconds(path: Path | str, block_s: float = 0.2) -> float:
    """Seconds of 1 kHz tone in a WAV, wherever they are (for files without wall-clock
    offsets: the fake headset's speaker, a caller that received no RTP while held)."""
    data, rate = read_samples(path)
    return float(np.sum(tone_amplitudes(data, rate, TONE_HZ, block_s) > 0.1)) * block_s


@dataclass(frozen=True)
class Supervision:
    """One listening session that ran: its grant and when (time.time()) each mode began;
    `marks["stop"]` is when the supervisor stopped."""

    ticket: ListenTicket
    marks: dict[str, float]


def supervise(
    op: ServeProcess,
    sup: ServeProcess,
    sessions: sessionmaker[Session],
    call_id: str,
    modes: Sequence[str] = ("whisper", "barge"),
    phase_s: float = PHASE_S,
) -> Supervision:
    """As the supervisor's console does it: a grant, the `listen` command to its seat,
    `phase_s` seconds of listening, then each of `modes` (audited before it is sent) for
    `phase_s`, then stop; both seats must report each step."""
    ticket = grant_listen(sessions, PETRO, call_id, KUTY)
    sup.send("listen", call_id, uri=ticket.uri, listen_id=ticket.listen_id,
             token=ticket.token)  # fmt: skip
    op.wait_for("listen_started", lambda e: e["listen_id"] == ticket.listen_id)
    sup.wait_for("listen_started", lambda e: e["listen_id"] == ticket.listen_id)
    marks = {"listen": time.time()}
    time.sleep(phase_s)
    for mode in modes:
        record_listen_mode(sessions, PETRO, ticket.listen_id, call_id, mode, KUTY)
        mark = op.mark()
        sup.send("listen_mode", listen_id=ticket.listen_id, mode=mode)
        applied = op.wait_for("listen_mode", lambda e: e["listen_id"] == ticket.listen_id,
                              since=mark)  # fmt: skip
        assert applied["mode"] == mode, applied
        marks[mode] = time.time()
        time.sleep(phase_s)
    record_listen_stop(sessions, PETRO, ticket.listen_id, call_id)
    marks["stop"] = time.time()
    sup.send("listen_stop", listen_id=ticket.listen_id)
    op.wait_for("listen_ended", lambda e: e["listen_id"] == ticket.listen_id)
    sup.wait_for("listen_ended", lambda e: e["listen_id"] == ticket.listen_id)
    return Supervision(ticket, marks)


def check_ear(operator_headset: FakeHeadset, marks: dict[str, float]) -> None:
    """The operator heard the supervisor from the whisper on, not while it only listened
    (counted in seconds: the fake headset's speaker file has no wall-clock offsets)."""
    ear_s = tone_seconds(operator_headset.speaker_wav())
    spoken_s = marks["stop"] - marks["whisper"]
    assert spoken_s - 2.0 < ear_s < spoken_s + 1.0, (ear_s, marks)


def check_caller_heard(heard: Path, connected_at: float, marks: dict[str, float]) -> None:
    """The caller heard the supervisor's tone in barge mode only (each phase of `marks`
    after its first second), `connected_at` being when its recording began."""
    phases = sorted(marks.items(), key=lambda kv: kv[1])
    for (mode, start), (_, end) in itertools.pairwise(phases):
        level = tone_level(heard, start - connected_at + 1.0, end - connected_at - 0.5)
        assert (level > 0.1) if mode == "barge" else (level < 0.02), (mode, level, marks)
