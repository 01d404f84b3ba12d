"""Ring alert, call-waiting beep and zip tone, generated in the engine (issue 11).

An object the Engine owns, like `Recorder`. The tones are pjmedia `ToneGenerator`s on the
conference bridge (C, no Python per frame), so the phone keeps ringing while the GUI is
busy. They transmit only to the headset port's *speaker* side and to an optional second
"ringer" output (speakers on the desk): never to a call's media, so the caller never
hears them, and never to a recorder (the operator track records the headset's
microphone side, the caller track the call's media), so recordings hold only the call.

- ring: two short bursts of a soft two-note chord (C5+E5), then a pause; while a call
  rings and no call is talking;
- waiting: one short low beep every few seconds into the headset only, while a second
  call rings during a call (call waiting: the full ringtone would drown the caller);
- zip: two ~100 ms beeps in the headset when the seat answers by itself (auto-answer),
  the call-centre cue that a caller is now on the line.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Any

import pjsua2 as pj

from telephony.headset import (
    CLOCK_RATE,
    FRAME_BYTES,
    FRAME_MS,
    SAMPLES_PER_FRAME,
    frame_stream,
    vector_bytes,
)

log = logging.getLogger(__name__)

__all__ = ["RING_HZ", "WAITING_HZ", "ZIP_HZ", "RingMode", "RingerError", "RingerPort", "Tones"]

RING_HZ = (523, 659)
WAITING_HZ = 440
ZIP_HZ = 1000
# pjmedia's tone amplitude (peak of each sine); two summed stay well below clipping.
_RING_VOLUME = 5000
_BEEP_VOLUME = 5000


class RingMode(enum.StrEnum):
    OFF = "off"
    RING = "ring"
    WAITING = "waiting"


@dataclass(frozen=True)
class _Tone:
    freq1: int
    freq2: int
    on_ms: int
    off_ms: int
    volume: int


RING = (
    _Tone(RING_HZ[0], RING_HZ[1], 400, 200, _RING_VOLUME),
    _Tone(RING_HZ[0], RING_HZ[1], 400, 2000, _RING_VOLUME),
)
WAITING = (_Tone(WAITING_HZ, 0, 250, 3500, _BEEP_VOLUME),)
ZIP = (_Tone(ZIP_HZ, 0, 100, 100, _BEEP_VOLUME), _Tone(ZIP_HZ, 0, 100, 100, _BEEP_VOLUME))


def _vector(tones: tuple[_Tone, ...]) -> Any:
    vec = pj.ToneDescVector()
    for t in tones:
        desc = pj.ToneDesc()
        desc.freq1 = t.freq1
        desc.freq2 = t.freq2
        desc.on_msec = t.on_ms
        desc.off_msec = t.off_ms
        desc.volume = t.volume
        desc.flags = 0
        vec.append(desc)
    return vec


class RingerError(RuntimeError):
    """The ringer output device cannot be opened; the message says which and why."""


class RingerPort(pj.AudioMediaPort):  # type: ignore[misc]  # pjsua2 (SWIG) is untyped
    """An output-only bridge port: whatever is transmitted to it plays on a sound device.

    Like the headset port (telephony/headset.py): a blocking PortAudio stream written one
    20 ms frame per bridge tick, never waiting (`write_available` is checked first).
    """

    def __init__(self, device: str) -> None:
        super().__init__()
        self._out: Any = None
        self.device_name = ""
        fmt = pj.MediaFormatAudio()
        fmt.init(pj.PJMEDIA_FORMAT_PCM, CLOCK_RATE, 1, FRAME_MS * 1000, 16)
        self.createPort("ringer", fmt)
        import sounddevice as sd  # PortAudio is loaded only when a device is asked for

        dev: int | str = int(device) if device.isdigit() else device
        try:
            info = sd.query_devices(dev)
            self._out = frame_stream(sd.RawOutputStream, dev)
            self._out.start()
        except Exception as exc:  # sounddevice raises PortAudioError/ValueError
            self.close()
            raise RingerError(f"cannot open ringer device {device!r}: {exc}") from exc
        self.device_name = str(info["name"])

    def onFrameRequested(self, frame: Any) -> None:
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        frame.buf = pj.ByteVector(bytes(FRAME_BYTES))

    def onFrameReceived(self, frame: Any) -> None:
        stream = self._out
        if stream is None or frame.type != pj.PJMEDIA_FRAME_TYPE_AUDIO:
            return
        try:
            if stream.write_available >= SAMPLES_PER_FRAME:
                stream.write(vector_bytes(frame.buf, min(frame.size, FRAME_BYTES)))
        except Exception:  # pragma: no cover - device unplugged
            log.exception("ringer write failed; ringer off")
            self._out = None

    def close(self) -> None:
        stream, self._out = self._out, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception:  # pragma: no cover
                log.exception("closing ringer stream")


class Tones:
    """The ring/waiting generator and the zip-tone generator of one engine."""

    def __init__(self, ring_tone: bool = True) -> None:
        self.ring_tone = ring_tone
        self.mode = RingMode.OFF
        self._headset: Any = None
        self._ringer: RingerPort | None = None
        self._ring: Any = None
        self._zip: Any = None

    def start(self, headset: Any, ringer_device: str | None) -> str | None:
        """Make the generators (after libStart); returns a warning if the ringer failed."""
        self._headset = headset
        self._ring = pj.ToneGenerator()
        self._ring.createToneGenerator(CLOCK_RATE, 1)
        self._zip = pj.ToneGenerator()
        self._zip.createToneGenerator(CLOCK_RATE, 1)
        # Not connected yet: a connection on an idle bridge keeps pjsua's null sound
        # device (its 20 ms clock thread and the Python headset port) running with no
        # call; with none, pjsua closes it after sndAutoCloseTime (1 s, issue 15). The
        # device opened by setNullDev() at start-up is closed only once pjsua's idle
        # check has run, which a disconnect does: connect and disconnect once here.
        # The next call's first connection opens it again (pjsua_conf_connect).
        self._zip.startTransmit(headset)
        self._zip.stopTransmit(headset)
        if ringer_device and ringer_device.lower() != "none":
            try:
                self._ringer = RingerPort(ringer_device)
            except RingerError as exc:
                return str(exc)
        return None

    @property
    def ringer_name(self) -> str | None:
        return self._ringer.device_name if self._ringer is not None else None

    def set_mode(self, mode: RingMode) -> None:
        """Ring, beep or be quiet; the same mode again changes nothing (no restart)."""
        if not self.ring_tone and mode is RingMode.RING:
            mode = RingMode.OFF
        if mode is self.mode or self._ring is None:
            return
        gen = self._ring
        try:
            gen.stop()
            for sink in (self._headset, self._ringer):
                if sink is not None:
                    gen.stopTransmit(sink)
            if mode is RingMode.RING:
                gen.play(_vector(RING), True)
                if self._heard():
                    gen.startTransmit(self._headset)
                if self._ringer is not None:
                    gen.startTransmit(self._ringer)
            elif mode is RingMode.WAITING:
                gen.play(_vector(WAITING), True)
                if self._heard():
                    gen.startTransmit(self._headset)
        except pj.Error as exc:
            log.warning("ring tone %s: %s", mode.value, exc.info())
        self.mode = mode

    def zip(self) -> None:
        """Two short beeps in the headset: the seat answered by itself."""
        if self._zip is None or not self._heard():
            return  # queued and never played, the tones would overflow pjmedia's queue
        try:
            # One zip at a time: each play queues its tones, and pjmedia *asserts* (aborts
            # the engine) past 32 queued; 20 calls auto-answered at once did that (issue 15).
            if self._zip.isBusy():
                return
            self._zip.stop()  # drop what an earlier call left unplayed (32 tones at most)
            self._zip.startTransmit(self._headset)
            self._zip.play(_vector(ZIP), False)
        except pj.Error as exc:
            log.warning("zip tone: %s", exc.info())

    def _heard(self) -> bool:
        """A headset without a device hears nothing: a tone into it would only run its
        Python port on the bridge's clock thread (issue 15)."""
        return bool(getattr(self._headset, "has_device", True))

    def idle(self) -> None:
        """No call is up: leave nothing connected, so the bridge's clock can stop."""
        if self._zip is None or self._headset is None:
            return
        try:
            self._zip.stopTransmit(self._headset)
        except pj.Error as exc:
            log.debug("zip tone disconnect: %s", exc.info())

    def close(self) -> None:
        """Drop everything before libDestroy (PJSUA2-NOTES "Object lifetime")."""
        if self._ringer is not None:
            self._ringer.close()
        self._ring = self._zip = None
        self._ringer = None
        self._headset = None
        self.mode = RingMode.OFF
