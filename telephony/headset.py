"""The operator's headset on the conference bridge (PortAudio via `sounddevice`).

The pjsua2 wheel has no sound-device support (PJSUA2-NOTES.md), so the headset is a
custom `AudioMediaPort`. Design choice: PortAudio streams are opened in *blocking* mode
and driven from the pjmedia clock (one 20 ms read and one write per bridge tick) instead
of a PortAudio callback plus our own ring buffer. Why:
- only one Python callback family touches audio (pjmedia's), so there is one clock;
- PortAudio's own buffer is the jitter buffer; reads never block (`read_available` is
  checked first) so the bridge clock is never stalled by the device;
- a device that is not paced (ALSA `file` PCM used by the tests) still delivers its audio
  in order at real time, because we pull exactly one frame per tick.
Clock drift of a real headset is bounded by `max_lag_ms`: when more than that is queued
we drop the oldest audio (0 disables the cap, which the unpaced test device needs).

The port always exists, with or without a device. Without one it is left unconnected
(issue 15: it would only send silence, in Python, 50 times a second): the recorder's looped
silence keeps the operator track as long as, and aligned with, the caller track.
Mute is applied here (silence out) so the recording holds what the caller really heard.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

import pjsua2 as pj

log = logging.getLogger(__name__)

CLOCK_RATE = 16000
FRAME_MS = 20
SAMPLES_PER_FRAME = CLOCK_RATE * FRAME_MS // 1000
FRAME_BYTES = SAMPLES_PER_FRAME * 2
_SILENCE = bytes(FRAME_BYTES)


def vector_bytes(vec: Any, size: int) -> bytes:
    """Copy a SWIG `ByteVector` to bytes through its storage pointer.

    Iterating the SWIG vector costs ~0.4 ms per frame while holding the GIL that the
    whole bridge waits on; libstdc++ keeps the data pointer as the vector's first field.
    """
    if size <= 0:
        return b""
    try:
        data_ptr = ctypes.c_void_p.from_address(int(vec.this)).value
        if data_ptr:
            return ctypes.string_at(data_ptr, size)
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - other ABI
        pass
    return bytes(bytearray(vec))[:size]  # pragma: no cover


def fill_vector(vec: Any, data: bytes) -> bool:
    """Overwrite a SWIG `ByteVector` of at least len(data) bytes in place (storage pointer,
    as in `vector_bytes`); False if its storage cannot be reached (then build a new one)."""
    try:
        data_ptr = ctypes.c_void_p.from_address(int(vec.this)).value
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - other ABI
        return False
    if not data_ptr or len(vec) < len(data):
        return False
    ctypes.memmove(data_ptr, data, len(data))
    return True


def frame_stream(kind: Any, device: int | str) -> Any:
    """A blocking PortAudio stream (`sd.RawInputStream`/`RawOutputStream`) in the bridge's
    format: 16 kHz mono s16, one 20 ms frame per block (the headset and the ringer)."""
    return kind(
        samplerate=CLOCK_RATE,
        channels=1,
        dtype="int16",
        device=device,
        blocksize=SAMPLES_PER_FRAME,
        latency="low",
    )


class HeadsetError(RuntimeError):
    """The configured audio device cannot be opened; the message says which and why."""


PJMEDIA_PORT_DISABLE = 1  # pjmedia/port.h pjmedia_port_op: NO_CHANGE, DISABLE, MUTE, ENABLE


def disable_port(slot: int) -> bool:
    """Take a conference slot out of the bridge's ticks in both directions
    (`pjsua_conf_configure_port`, which pjsua2 does not wrap; the wheel's extension
    exports pjsua's C API, as telephony/sip_guard.py uses). False (logged) on failure:
    the port then merely costs CPU."""
    from pjsua2 import _pjsua2

    try:
        lib = ctypes.CDLL(_pjsua2.__file__)  # already loaded: the same handle
        status = lib.pjsua_conf_configure_port(
            ctypes.c_int(slot),
            ctypes.c_int(PJMEDIA_PORT_DISABLE),
            ctypes.c_int(PJMEDIA_PORT_DISABLE),
        )
    except (OSError, AttributeError) as exc:
        log.warning("cannot disable conference slot %d: %s", slot, exc)
        return False
    if status != 0:
        log.warning("cannot disable conference slot %d: pjsua status %d", slot, status)
        return False
    return True


class HeadsetPort(pj.AudioMediaPort):  # type: ignore[misc]  # pjsua2 (SWIG) is untyped
    """Bridge port: microphone -> bridge on request, bridge -> speaker on receive."""

    def __init__(self, device: str | None, max_lag_ms: int = 120) -> None:
        super().__init__()
        self.muted = False
        self.underruns = 0
        self.dropped_frames = 0
        self.device_name: str | None = None
        self._in: Any = None
        self._out: Any = None
        self._max_lag_samples = max(0, max_lag_ms) * CLOCK_RATE // 1000
        # Built once (issue 15): `pj.ByteVector(bytes)` walks the 640 bytes one by one in
        # SWIG, 50 times a second on the bridge's clock thread while holding the GIL.
        self._silence_vec = pj.ByteVector(_SILENCE)
        self._frame_vec = pj.ByteVector(_SILENCE)
        fmt = pj.MediaFormatAudio()
        fmt.init(pj.PJMEDIA_FORMAT_PCM, CLOCK_RATE, 1, FRAME_MS * 1000, 16)
        self.createPort("headset", fmt)
        if device and device.lower() != "none":
            self._open(device)
        else:
            # No device: nothing is ever connected to or from this port (has_device), but
            # pjmedia's bridge still hands every port without a transmitter a "heart-beat"
            # NONE frame each 20 ms tick (conference.c write_port), which here is a Python
            # call on the clock thread with a fresh thread state: ~half of that thread's
            # CPU during calls (issue 15, perf). Disabled, the bridge skips it.
            disable_port(self.getPortId())

    def _open(self, device: str) -> None:
        import sounddevice as sd  # PortAudio is loaded only when a device is asked for

        dev: int | str = int(device) if device.isdigit() else device
        try:
            info = sd.query_devices(dev)
            self._in = frame_stream(sd.RawInputStream, dev)
            self._out = frame_stream(sd.RawOutputStream, dev)
            self._in.start()
            self._out.start()
        except Exception as exc:  # sounddevice raises PortAudioError/ValueError
            self.close()
            raise HeadsetError(f"cannot open audio device {device!r}: {exc}") from exc
        self.device_name = str(info["name"])

    @property
    def has_device(self) -> bool:
        return self._in is not None

    def flush(self) -> None:
        """Drop queued microphone audio: called when a call's media starts (less latency)."""
        stream = self._in
        if stream is None or self._max_lag_samples == 0:
            return
        try:
            avail = stream.read_available
            if avail:
                stream.read(avail)
        except Exception:  # pragma: no cover - device vanished
            log.exception("headset flush failed")

    def onFrameRequested(self, frame: Any) -> None:
        data = _SILENCE
        stream = self._in
        if stream is not None:
            try:
                avail = stream.read_available
                if self._max_lag_samples and avail > self._max_lag_samples:
                    excess = avail - 2 * SAMPLES_PER_FRAME
                    stream.read(excess)
                    self.dropped_frames += excess // SAMPLES_PER_FRAME
                    avail -= excess
                if avail >= SAMPLES_PER_FRAME:
                    buf, _overflow = stream.read(SAMPLES_PER_FRAME)
                    data = bytes(buf)
                else:
                    self.underruns += 1
            except Exception:  # pragma: no cover - device unplugged mid-call
                log.exception("headset read failed; sending silence")
                self._in = None
        if self.muted:
            data = _SILENCE
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        if data is _SILENCE:
            frame.buf = self._silence_vec  # copied by SWIG into the frame (a C++ copy)
        elif len(data) == FRAME_BYTES and fill_vector(self._frame_vec, data):
            frame.buf = self._frame_vec
        else:
            frame.buf = pj.ByteVector(data)

    def onFrameReceived(self, frame: Any) -> None:
        stream = self._out
        if stream is None or frame.type != pj.PJMEDIA_FRAME_TYPE_AUDIO:
            return
        try:
            if stream.write_available >= SAMPLES_PER_FRAME:
                stream.write(vector_bytes(frame.buf, min(frame.size, FRAME_BYTES)))
        except Exception:  # pragma: no cover - device unplugged mid-call
            log.exception("headset write failed; speaker off")
            self._out = None

    def close(self) -> None:
        """Stop the streams first: they must not outlive the port (teardown order)."""
        for stream in (self._in, self._out):
            if stream is not None:
                try:
                    stream.abort()
                    stream.close()
                except Exception:  # pragma: no cover
                    log.exception("closing audio stream")
        self._in = None
        self._out = None
